//! Loading `spec/spiro.yaml` and the project rules every spec must follow.

use std::collections::BTreeMap;
use std::path::Path;

use openapiv3::{OpenAPI, Parameter, PathItem, ReferenceOr, Schema, SchemaKind, StatusCode, Type};

use crate::Result;

pub const PATH: &str = "spec/spiro.yaml";

/// The sources that `x-spiro-evidence` cites, described in this file.
pub const EVIDENCE_PATH: &str = "spec/EVIDENCE.md";

/// The evidence levels (see `spec/EVIDENCE.md`), strongest first. `observed` is what
/// `cargo xtask learn` gives a field seen in captured responses (an operation seen answering
/// 2xx there becomes `live`).
pub const LEVELS: [&str; 5] = ["live", "observed", "call", "doc", "inferred"];

/// The level of an operation seen answering 2xx in a capture.
pub const LIVE: &str = LEVELS[0];
/// The level of a field seen in a capture.
pub const OBSERVED: &str = LEVELS[1];

/// The rank of a level: 0 is the strongest (`live`); an unknown level ranks below every
/// known one.
pub fn rank(level: &str) -> usize {
    LEVELS
        .iter()
        .position(|l| *l == level)
        .unwrap_or(LEVELS.len())
}

/// The JSON types a capture counts (integers apart from other numbers).
pub const JSON_TYPES: [&str; 7] = [
    "null", "boolean", "integer", "number", "string", "array", "object",
];

/// The classes of value a capture counts without keeping the value: strings that are a
/// `date`, a `date-time`, a `numeric` string, and `unix-time` (a number, or a string of digits,
/// of seconds between 2000 and 2100).
pub const FORMATS: [&str; 4] = ["date", "date-time", "numeric", "unix-time"];

const CAPTURE_PREFIX: &str = "capture-";

/// The source id of a capture started on `date` (`YYYY-MM-DD`), listed in `spec/EVIDENCE.md`
/// under "Captured responses": `capture-YYYY-MM-DD`, or `capture-YYYY-MM-DD-n` (n ≥ 2) for the
/// n-th capture of that date.
pub fn capture_source(date: &str, n: u32) -> String {
    if n <= 1 {
        format!("{CAPTURE_PREFIX}{date}")
    } else {
        format!("{CAPTURE_PREFIX}{date}-{n}")
    }
}

/// Whether `id` is a well-formed capture source id (see [`capture_source`]).
pub fn is_capture_source(id: &str) -> bool {
    let Some(rest) = id.strip_prefix(CAPTURE_PREFIX) else {
        return false;
    };
    let (date, n) = match rest.get(10..) {
        Some("") => (rest, None),
        Some(tail) => match tail.strip_prefix('-') {
            Some(n) => (&rest[..10], Some(n)),
            None => return false,
        },
        None => return false,
    };
    is_date(date)
        && n.is_none_or(|n| {
            (1..=4).contains(&n.len())
                && !n.starts_with('0')
                && n.bytes().all(|b| b.is_ascii_digit())
                && n != "1"
        })
}

/// `YYYY-MM-DD`, a real day of the proleptic Gregorian calendar (`2026-02-31` is not).
pub fn is_date(s: &str) -> bool {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return false;
    }
    let number = |r: std::ops::Range<usize>| {
        b[r].iter().try_fold(0u32, |n, c| {
            c.is_ascii_digit().then(|| n * 10 + u32::from(c - b'0'))
        })
    };
    let (Some(year), Some(month), Some(day)) = (number(0..4), number(5..7), number(8..10)) else {
        return false;
    };
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    let days = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    year >= 1 && (1..=days).contains(&day)
}

/// One `x-spiro-evidence` value: a level, the ids of its sources and, for a field seen in
/// captured responses, what was seen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Evidence {
    pub level: String,
    pub sources: Vec<String>,
    pub seen: Option<Seen>,
}

/// What captured responses showed of one field (`x-spiro-evidence.seen`), summed over every
/// capture that saw it: enough to answer "a number or a string?", "a date or a date-time?" in
/// the spec itself.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Seen {
    /// The captures that saw the field.
    pub captures: u64,
    /// The records (objects of its schema) the field could have been in.
    pub records: u64,
    /// The JSON types of its values, with counts (`null` included: its null count).
    pub types: BTreeMap<String, u64>,
    /// The classes of its values ([`FORMATS`]), with counts.
    pub formats: BTreeMap<String, u64>,
}

impl Seen {
    /// In how many records the field was present (with any value, `null` included).
    pub fn present(&self) -> u64 {
        self.types.values().fold(0u64, |n, c| n.saturating_add(*c))
    }

    /// Adds `other`'s counts (saturating).
    pub fn add(&mut self, other: &Seen) {
        self.captures = self.captures.saturating_add(other.captures);
        self.records = self.records.saturating_add(other.records);
        for (into, from) in [
            (&mut self.types, &other.types),
            (&mut self.formats, &other.formats),
        ] {
            for (k, n) in from {
                let slot = into.entry(k.clone()).or_default();
                *slot = slot.saturating_add(*n);
            }
        }
    }

    fn parse(value: &serde_json::Value) -> std::result::Result<Seen, String> {
        let count = |key: &str| -> std::result::Result<u64, String> {
            match value.get(key) {
                None => Ok(0),
                Some(n) => n
                    .as_u64()
                    .ok_or_else(|| format!("x-spiro-evidence.seen.{key} is not a count")),
            }
        };
        let counts =
            |key: &str, names: &[&str]| -> std::result::Result<BTreeMap<String, u64>, String> {
                let Some(map) = value.get(key) else {
                    return Ok(BTreeMap::new());
                };
                let map = map
                    .as_object()
                    .ok_or_else(|| format!("x-spiro-evidence.seen.{key} is not a map"))?;
                map.iter()
                    .map(|(name, n)| {
                        if !names.contains(&name.as_str()) {
                            return Err(format!(
                                "x-spiro-evidence.seen.{key}: {name:?} is not one of {names:?}"
                            ));
                        }
                        let n = n.as_u64().ok_or_else(|| {
                            format!("x-spiro-evidence.seen.{key}.{name} is not a count")
                        })?;
                        Ok((name.clone(), n))
                    })
                    .collect()
            };
        Ok(Seen {
            captures: count("captures")?,
            records: count("records")?,
            types: counts("types", &JSON_TYPES)?,
            formats: counts("formats", &FORMATS)?,
        })
    }
}

impl Evidence {
    /// Reads `{level, sources[, seen]}`; the level must be one of [`LEVELS`].
    pub fn parse(value: &serde_json::Value) -> std::result::Result<Evidence, String> {
        let level = value
            .get("level")
            .and_then(|l| l.as_str())
            .unwrap_or_default();
        if !LEVELS.contains(&level) {
            return Err(format!(
                "x-spiro-evidence level {level:?} is not one of {LEVELS:?}"
            ));
        }
        let sources = value
            .get("sources")
            .and_then(|s| s.as_array())
            .ok_or("x-spiro-evidence has no `sources` list")?
            .iter()
            .map(|s| {
                s.as_str()
                    .map(str::to_owned)
                    .ok_or_else(|| format!("x-spiro-evidence source {s} is not a string"))
            })
            .collect::<std::result::Result<_, _>>()?;
        let seen = value.get("seen").map(Seen::parse).transpose()?;
        Ok(Evidence {
            level: level.to_owned(),
            sources,
            seen,
        })
    }

    /// The `x-spiro-evidence` of a schema or a property, if it has a valid one.
    pub fn of(data: &openapiv3::SchemaData) -> Option<Evidence> {
        data.extensions
            .get("x-spiro-evidence")
            .and_then(|e| Evidence::parse(e).ok())
    }

    /// The YAML form, as the spec writes it: `level`, `sources`, then `seen`.
    pub fn to_yaml(&self) -> serde_yaml::Value {
        use serde_yaml::{Mapping, Value};
        let counts = |map: &BTreeMap<String, u64>| {
            Value::Mapping(
                map.iter()
                    .map(|(k, n)| (Value::from(k.as_str()), Value::from(*n)))
                    .collect(),
            )
        };
        let mut out = Mapping::new();
        out.insert("level".into(), self.level.as_str().into());
        out.insert(
            "sources".into(),
            Value::Sequence(self.sources.iter().map(|s| s.as_str().into()).collect()),
        );
        if let Some(seen) = &self.seen {
            let mut m = Mapping::new();
            m.insert("captures".into(), seen.captures.into());
            m.insert("records".into(), seen.records.into());
            m.insert("types".into(), counts(&seen.types));
            if !seen.formats.is_empty() {
                m.insert("formats".into(), counts(&seen.formats));
            }
            out.insert("seen".into(), Value::Mapping(m));
        }
        Value::Mapping(out)
    }
}

/// Where a piece of evidence sits, for lint messages and counts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tagged {
    /// e.g. `GET /companies`, `GET /companies ?include`, `OpportunityAttributes.amount`,
    /// `Opportunity -> company`.
    pub place: String,
    pub evidence: Evidence,
}

/// Every `x-spiro-evidence` of the spec outside operations: parameters, schemas, schema
/// properties (nested ones included) and relationships.
pub fn tagged(doc: &OpenAPI) -> Result<Vec<Tagged>> {
    let json = serde_json::to_value(doc)?;
    let mut out = Vec::new();
    walk(&json, "", &mut out)?;
    Ok(out)
}

fn walk(value: &serde_json::Value, place: &str, out: &mut Vec<Tagged>) -> Result<()> {
    let serde_json::Value::Object(map) = value else {
        if let serde_json::Value::Array(items) = value {
            for (i, item) in items.iter().enumerate() {
                walk(item, &format!("{place}[{i}]"), out)?;
            }
        }
        return Ok(());
    };
    for (key, child) in map {
        if key == "x-spiro-evidence" {
            let evidence = Evidence::parse(child).map_err(|e| format!("{place}: {e}"))?;
            out.push(Tagged {
                place: place.to_owned(),
                evidence,
            });
        } else {
            walk(child, &format!("{place}/{key}"), out)?;
        }
    }
    Ok(())
}

/// The properties that must carry evidence (of every `…Attributes` schema, of `Pagination` and
/// of `PicklistValue`), by evidence level; `untagged` lists those without `x-spiro-evidence`
/// (none should be: a shared schema such as `CustomFields` is referenced through
/// `allOf: [$ref]` so that the property can carry its own).
pub fn field_levels(doc: &OpenAPI) -> BTreeMap<String, Vec<String>> {
    let mut out: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let Some(components) = doc.components.as_ref() else {
        return out;
    };
    for (name, schema) in &components.schemas {
        if !(name.ends_with("Attributes") || name == "Pagination" || name == "PicklistValue") {
            continue;
        }
        let Some(openapiv3::SchemaKind::Type(openapiv3::Type::Object(object))) =
            schema.as_item().map(|s| &s.schema_kind)
        else {
            continue;
        };
        for (property, schema) in &object.properties {
            let level = match schema {
                ReferenceOr::Item(s) => Evidence::of(&s.schema_data).map(|e| e.level),
                ReferenceOr::Reference { .. } => None,
            }
            .unwrap_or_else(|| "untagged".to_owned());
            out.entry(level)
                .or_default()
                .push(format!("{name}.{property}"));
        }
    }
    out
}

/// The parsed spec plus the facts the tasks need about each operation.
pub struct Spec {
    pub doc: OpenAPI,
    pub operations: Vec<Operation>,
    /// `sha256:<hex>` of the spec's text: what a capture records as the spec it was taken with.
    pub hash: String,
}

impl Spec {
    /// The host of the API's base URL (`servers[0].url`): the only host whose answers are
    /// evidence.
    pub fn api_host(&self) -> Option<String> {
        let url = &self.doc.servers.first()?.url;
        let rest = url.split_once("://")?.1;
        let host = rest.split(['/', '?', '#']).next()?;
        let host = host.rsplit_once('@').map_or(host, |(_, h)| h);
        let host = match host.rsplit_once(':') {
            Some((h, port)) if port.bytes().all(|b| b.is_ascii_digit()) => h,
            _ => host,
        };
        (!host.is_empty()).then(|| host.to_ascii_lowercase())
    }
}

/// `sha256:<hex>` of `text`.
pub fn hash(text: &str) -> String {
    use sha2::Digest;
    let digest = sha2::Sha256::digest(text.as_bytes());
    let hex: String = digest.iter().map(|b| format!("{b:02x}")).collect();
    format!("sha256:{hex}")
}

/// One operation as the coverage table shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Operation {
    pub method: String,
    pub path: String,
    pub operation_id: String,
    pub level: String,
    pub sources: Vec<String>,
}

pub fn load(root: &Path) -> Result<Spec> {
    let text = std::fs::read_to_string(root.join(PATH))?;
    parse(&text)
}

pub fn parse(text: &str) -> Result<Spec> {
    let doc: OpenAPI = serde_yaml::from_str(text).map_err(|e| format!("{PATH}: {e}"))?;
    let operations = operations(&doc)?;
    check_parameter_names(&doc)?;
    Ok(Spec {
        doc,
        operations,
        hash: hash(text),
    })
}

fn operations(doc: &OpenAPI) -> Result<Vec<Operation>> {
    let mut out = Vec::new();
    for (path, method, op) in doc.operations() {
        let Some(operation_id) = op.operation_id.clone() else {
            return Err(format!("{} {path} has no operationId", method.to_uppercase()).into());
        };
        let evidence = op
            .extensions
            .get("x-spiro-evidence")
            .ok_or_else(|| format!("operation `{operation_id}` has no x-spiro-evidence"))?;
        let Evidence { level, sources, .. } =
            Evidence::parse(evidence).map_err(|e| format!("operation `{operation_id}`: {e}"))?;
        out.push(Operation {
            method: method.to_uppercase(),
            path: path.to_owned(),
            operation_id,
            level,
            sources,
        });
    }
    Ok(out)
}

/// progenitor turns `page[number]` into `page_number` and does not notice when two
/// parameters of one operation end up with the same Rust name: the generated code then
/// fails to compile far from the cause. Catch it here and name the operation.
fn check_parameter_names(doc: &OpenAPI) -> Result<()> {
    for (path, method, op) in doc.operations() {
        let id = op.operation_id.as_deref().unwrap_or(path);
        let item = doc.paths.paths.get(path).and_then(ReferenceOr::as_item);
        let inherited = item.map(|i| i.parameters.as_slice()).unwrap_or_default();
        let mut seen: BTreeMap<String, String> = BTreeMap::new();
        for param in inherited.iter().chain(&op.parameters) {
            let name = resolve_parameter(doc, param)
                .ok_or_else(|| {
                    format!("operation `{id}` ({method} {path}): unresolvable parameter")
                })?
                .parameter_data_ref()
                .name
                .clone();
            let rust = rust_name(&name);
            if let Some(previous) = seen.insert(rust.clone(), name.clone()) {
                return Err(format!(
                    "operation `{id}` ({} {path}): parameters `{previous}` and `{name}` would both be \
                     named `{rust}` in Rust; rename one in the spec",
                    method.to_uppercase()
                )
                .into());
            }
        }
    }
    Ok(())
}

/// A parameter, its `$ref` to `#/components/parameters/…` followed.
pub fn resolve_parameter<'a>(
    doc: &'a OpenAPI,
    param: &'a ReferenceOr<Parameter>,
) -> Option<&'a Parameter> {
    match param {
        ReferenceOr::Item(p) => Some(p),
        ReferenceOr::Reference { reference } => {
            let key = reference.strip_prefix("#/components/parameters/")?;
            doc.components.as_ref()?.parameters.get(key)?.as_item()
        }
    }
}

/// The identifier progenitor derives from a parameter's wire name.
pub(crate) fn rust_name(wire: &str) -> String {
    use heck::ToSnakeCase;
    wire.replace('\'', "")
        .replace(|c: char| !(c.is_alphanumeric() || c == '_'), "-")
        .to_snake_case()
}

/// The spec as handed to progenitor. Four adjustments:
///
/// - The `X-Api-Version` header parameter is dropped: spiro-api's hooks send it on every
///   request, so a builder method for it would be a second way to do the same thing.
/// - Query parameters lose their `minimum` and `pattern`: they state what the server
///   enforces (it answers 400), not what the client must refuse. Client-side checks would
///   turn `page[number]` into `NonZeroU64` and `include` into a regex newtype, and would
///   reject an `include` name that Spiro serves but the spec does not know yet.
/// - The branches of a `oneOf` lose `nullable`: `Relationship.data` spells "or null" on its
///   array branch (OpenAPI 3.0 has no `type: null`), and typify would otherwise wrap that
///   variant in an `Option` and rename both variants. In Rust the field is an `Option`
///   already, so `null` decodes as `None`.
/// - Record schemas that no operation writes (users, pipelines, stages) get the same
///   `XWrite`/`XWriteDocument` pair as the others, so that every record implements
///   spiro-api's `Resource` trait alike. The stored spec leaves them out: they are unused
///   there. Every record's write body carries `XWriteAttributes`, its attributes without the
///   `readOnly` ones (see `add_write_schemas`).
///
/// - The stored spec documents error responses (400, 401, 403, 404, 409, 413, 415, 422, 429)
///   for readers, spiro-mock and Schemathesis, but progenitor would decode their bodies itself and, when Spiro sends an
///   HTML page or an empty body, report only a decode error without the status. Without
///   them every non-2xx reaches spiro-api's error layer as `Error::UnexpectedResponse`,
///   with status, headers and body intact.
/// - The exact success codes of writes (201 for a create, 204 for a delete) are inferred, so
///   each operation's success response is widened to `2XX`: a 200 where we expected a 201
///   must not turn a successful call into an error.
pub fn for_generator(doc: &OpenAPI) -> Result<OpenAPI> {
    let mut doc = doc.clone();
    let header_params: Vec<String> = doc
        .components
        .as_ref()
        .map(|c| {
            c.parameters
                .iter()
                .filter(|(_, p)| p.as_item().is_some_and(is_api_version))
                .map(|(name, _)| format!("#/components/parameters/{name}"))
                .collect()
        })
        .unwrap_or_default();
    add_write_schemas(&mut doc)?;
    drop_nullable_branches(&mut doc);
    if let Some(components) = doc.components.as_mut() {
        for param in components.parameters.values_mut() {
            if let ReferenceOr::Item(param) = param {
                drop_query_constraints(param);
            }
        }
    }
    for item in doc.paths.paths.values_mut() {
        let ReferenceOr::Item(item) = item else {
            continue;
        };
        for op in operation_slots(item)
            .into_iter()
            .filter_map(|(_, slot)| slot.as_mut())
        {
            op.parameters.retain(|p| match p {
                ReferenceOr::Reference { reference } => !header_params.contains(reference),
                ReferenceOr::Item(p) => !is_api_version(p),
            });
            for param in &mut op.parameters {
                if let ReferenceOr::Item(param) = param {
                    drop_query_constraints(param);
                }
            }
            op.responses.default = None;
            let success = std::mem::take(&mut op.responses.responses)
                .into_iter()
                .filter(|(status, _)| {
                    matches!(status, StatusCode::Code(200..=299) | StatusCode::Range(2))
                })
                .map(|(_, response)| response)
                .next();
            if let Some(response) = success {
                op.responses
                    .responses
                    .insert(StatusCode::Range(2), response);
            }
        }
    }
    Ok(doc)
}

fn drop_query_constraints(param: &mut Parameter) {
    let Parameter::Query { parameter_data, .. } = param else {
        return;
    };
    let openapiv3::ParameterSchemaOrContent::Schema(ReferenceOr::Item(schema)) =
        &mut parameter_data.format
    else {
        return;
    };
    match &mut schema.schema_kind {
        SchemaKind::Type(Type::Integer(integer)) => integer.minimum = None,
        SchemaKind::Type(Type::String(string)) => string.pattern = None,
        _ => {}
    }
}

fn drop_nullable_branches(doc: &mut OpenAPI) {
    let Some(components) = doc.components.as_mut() else {
        return;
    };
    for schema in components.schemas.values_mut() {
        if let ReferenceOr::Item(Schema {
            schema_kind: SchemaKind::OneOf { one_of },
            ..
        }) = schema
        {
            for branch in one_of.iter_mut() {
                if let ReferenceOr::Item(branch) = branch {
                    branch.schema_data.nullable = false;
                }
            }
        }
    }
}

fn is_api_version(p: &Parameter) -> bool {
    matches!(p, Parameter::Header { parameter_data, .. }
        if parameter_data.name.eq_ignore_ascii_case("x-api-version"))
}

/// Adds `XWrite` and `XWriteDocument` for every record schema `X` (one with `XAttributes`
/// and a `type` property) that lacks them, and `XWriteAttributes` for every one: its
/// `XAttributes` without the `readOnly` properties (timestamps, and every field learned from
/// responses only), which `XWrite` then carries. What Spiro only sends never lands in a
/// request body.
fn add_write_schemas(doc: &mut OpenAPI) -> Result<()> {
    add_missing_write_schemas(doc)?;
    let Some(components) = doc.components.as_mut() else {
        return Ok(());
    };
    let records: Vec<String> = components
        .schemas
        .keys()
        .filter(|name| crate::model::is_record_schema(components, name))
        .cloned()
        .collect();
    for name in records {
        let attributes = format!("{name}Attributes");
        let write_attributes = format!("{name}WriteAttributes");
        if components.schemas.contains_key(&write_attributes) {
            return Err(
                format!("the spec may not define a schema named `{write_attributes}`").into(),
            );
        }
        let Some(ReferenceOr::Item(mut schema)) = components.schemas.get(&attributes).cloned()
        else {
            return Err(format!("`{attributes}` must be a schema, not a $ref").into());
        };
        if let SchemaKind::Type(Type::Object(object)) = &mut schema.schema_kind {
            object
                .properties
                .retain(|_, p| !p.as_item().is_some_and(|p| p.schema_data.read_only));
        }
        schema.schema_data.description = Some(format!(
            "The attributes of a {name} that a request may send: `{attributes}` without the \
             read-only ones (set by Spiro)."
        ));
        components
            .schemas
            .insert(write_attributes.clone(), ReferenceOr::Item(schema));
        let Some(ReferenceOr::Item(write)) = components.schemas.get_mut(&format!("{name}Write"))
        else {
            return Err(format!("`{name}Write` must be a schema, not a $ref").into());
        };
        if let SchemaKind::Type(Type::Object(object)) = &mut write.schema_kind {
            object.properties.insert(
                "attributes".to_owned(),
                ReferenceOr::Reference {
                    reference: format!("#/components/schemas/{write_attributes}"),
                },
            );
        }
    }
    Ok(())
}

/// Adds `XWrite` and `XWriteDocument` for every record schema `X` that lacks them.
fn add_missing_write_schemas(doc: &mut OpenAPI) -> Result<()> {
    let Some(components) = doc.components.as_mut() else {
        return Ok(());
    };
    let records: Vec<String> = components
        .schemas
        .keys()
        .filter(|name| {
            crate::model::is_record_schema(components, name)
                && !components.schemas.contains_key(&format!("{name}Write"))
        })
        .cloned()
        .collect();
    for name in records {
        let write = serde_json::json!({
            "type": "object",
            "description": format!("A {name} to create or update; no operation of the spec writes it."),
            "required": ["type"],
            "properties": {
                "id": { "$ref": "#/components/schemas/ResourceId" },
                "type": { "type": "string" },
                "attributes": { "$ref": format!("#/components/schemas/{name}Attributes") },
                "relationships": { "$ref": "#/components/schemas/Relationships" },
            },
        });
        let document = serde_json::json!({
            "type": "object",
            "description": format!("Request body that writes a {name}."),
            "required": ["data"],
            "properties": { "data": { "$ref": format!("#/components/schemas/{name}Write") } },
        });
        components.schemas.insert(
            format!("{name}Write"),
            ReferenceOr::Item(serde_json::from_value(write)?),
        );
        components.schemas.insert(
            format!("{name}WriteDocument"),
            ReferenceOr::Item(serde_json::from_value(document)?),
        );
    }
    Ok(())
}

/// A path item's operation slots, by lower-case method name.
pub fn operation_slots(
    item: &mut PathItem,
) -> [(&'static str, &mut Option<openapiv3::Operation>); 8] {
    [
        ("get", &mut item.get),
        ("put", &mut item.put),
        ("post", &mut item.post),
        ("delete", &mut item.delete),
        ("options", &mut item.options),
        ("head", &mut item.head),
        ("patch", &mut item.patch),
        ("trace", &mut item.trace),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    const MINIMAL: &str = r#"
openapi: 3.0.3
info: { title: t, version: "1" }
paths:
  /things:
    get:
      operationId: list_things
      x-spiro-evidence: { level: live, sources: [P1] }
      parameters:
        - { name: "page[size]", in: query, schema: { type: integer } }
        - { name: page_size, in: query, schema: { type: integer } }
      responses:
        "200": { description: ok }
"#;

    #[test]
    fn colliding_parameter_names_name_the_operation() {
        let err = parse(MINIMAL)
            .err()
            .expect("collision must be an error")
            .to_string();
        assert!(err.contains("list_things"), "{err}");
        assert!(
            err.contains("page[size]") && err.contains("page_size"),
            "{err}"
        );
    }

    #[test]
    fn missing_evidence_is_an_error() {
        let text = MINIMAL.replace(
            "      x-spiro-evidence: { level: live, sources: [P1] }\n",
            "",
        );
        let err = parse(&text).err().expect("must fail").to_string();
        assert!(
            err.contains("list_things") && err.contains("x-spiro-evidence"),
            "{err}"
        );
    }

    #[test]
    fn unknown_evidence_level_is_an_error() {
        let text = MINIMAL.replace("level: live", "level: rumour");
        let err = parse(&text).err().expect("must fail").to_string();
        assert!(err.contains("rumour"), "{err}");
    }

    #[test]
    fn generator_sees_only_a_2xx_range() {
        let text = MINIMAL.replace("        - { name: page_size, in: query, schema: { type: integer } }\n", "")
            .replace("\"200\": { description: ok }", "\"201\": { description: ok }\n        \"404\": { description: gone }\n        default: { description: error }");
        let spec = parse(&text).expect("valid");
        let generated = for_generator(&spec.doc).unwrap();
        let (_, _, op) = generated.operations().next().unwrap();
        let statuses: Vec<_> = op.responses.responses.keys().cloned().collect();
        assert_eq!(statuses, [StatusCode::Range(2)]);
        assert!(op.responses.default.is_none());
    }

    #[test]
    fn rust_names_follow_progenitor() {
        assert_eq!(rust_name("page[number]"), "page_number");
        assert_eq!(
            rust_name("filter[updated_at][gte]"),
            "filter_updated_at_gte"
        );
        assert_eq!(rust_name("include"), "include");
    }
}
