//! What the spec says about each kind of record, read once from the parsed spec: its JSON:API
//! `type` string, its collection path segment, its attributes schema and its relationships
//! (`x-spiro-relationships`). The mock's resource table is rendered from it.

use std::collections::{BTreeMap, BTreeSet};

use openapiv3::{Components, OpenAPI, ReferenceOr, Schema, SchemaKind, StatusCode, Type};

use crate::Result;
use crate::spec::Evidence;

/// One kind of record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecordKind {
    /// The record schema, e.g. `Opportunity`.
    pub schema: String,
    /// The JSON:API `type` string (the `example` of the schema's `type` property).
    pub type_name: String,
    /// The last literal segment of the paths that list it, e.g. `opportunities`.
    pub collection: String,
    /// The schema of its attributes, e.g. `OpportunityAttributes`.
    pub attributes_schema: String,
    pub relationships: Vec<RelationshipDef>,
}

/// One relationship of a kind, from `x-spiro-relationships`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RelationshipDef {
    pub name: String,
    /// The record schema it points at, e.g. `Company`.
    pub target: String,
    /// `to: many` (a list of records); absent or `to: one`: one record.
    pub many: bool,
    pub evidence: Evidence,
}

/// Every record kind of the spec, in schema order.
pub fn record_kinds(doc: &OpenAPI) -> Result<Vec<RecordKind>> {
    let components = doc
        .components
        .as_ref()
        .ok_or("the spec has no components")?;
    let schemas = &components.schemas;
    let collections = collections(doc);
    let mut out = Vec::new();
    for (name, schema) in schemas {
        if !is_record_schema(components, name) {
            continue;
        }
        let attributes_schema = format!("{name}Attributes");
        let schema = schema
            .as_item()
            .ok_or_else(|| format!("schema `{name}` is a $ref"))?;
        let type_name = object_property(schema, "type")
            .and_then(|t| t.schema_data.example.as_ref())
            .and_then(|e| e.as_str())
            .ok_or_else(|| {
                format!("schema `{name}`: its `type` property needs an `example` (the type string)")
            })?
            .to_owned();
        let collection = collections
            .get(name)
            .ok_or_else(|| format!("record schema `{name}`: no GET operation lists it"))?
            .clone();
        let relationships = relationships(name, schema, &|s| schemas.contains_key(s))?;
        out.push(RecordKind {
            schema: name.clone(),
            type_name,
            collection,
            attributes_schema,
            relationships,
        });
    }
    Ok(out)
}

/// Whether the schema `name` is a record: one with an `XAttributes` schema beside it (and not
/// the `XWrite` body of a record `X`, which has `XWriteAttributes` in the generator's copy).
pub fn is_record_schema(components: &Components, name: &str) -> bool {
    let schemas = &components.schemas;
    let write_body = name
        .strip_suffix("Write")
        .is_some_and(|record| schemas.contains_key(record));
    schemas.contains_key(&format!("{name}Attributes")) && !write_body
}

fn relationships(
    name: &str,
    schema: &Schema,
    is_schema: &dyn Fn(&str) -> bool,
) -> Result<Vec<RelationshipDef>> {
    let Some(value) = schema.schema_data.extensions.get("x-spiro-relationships") else {
        return Err(format!("record schema `{name}` has no x-spiro-relationships").into());
    };
    let map = value
        .as_object()
        .ok_or_else(|| format!("`{name}`: x-spiro-relationships must be a map"))?;
    let mut out = Vec::new();
    for (rel, def) in map {
        let where_ = || format!("`{name}` relationship `{rel}`");
        let target = def
            .get("target")
            .and_then(|t| t.as_str())
            .ok_or_else(|| format!("{}: no `target` schema", where_()))?;
        if !is_schema(target) {
            return Err(format!("{}: unknown target schema `{target}`", where_()).into());
        }
        let many = match def.get("to").map(|t| t.as_str()) {
            None | Some(Some("one")) => false,
            Some(Some("many")) => true,
            Some(_) => return Err(format!("{}: `to` must be `one` or `many`", where_()).into()),
        };
        let evidence = def
            .get("x-spiro-evidence")
            .ok_or_else(|| format!("{}: no x-spiro-evidence", where_()))
            .and_then(|e| Evidence::parse(e).map_err(|e| format!("{}: {e}", where_())))?;
        out.push(RelationshipDef {
            name: rel.clone(),
            target: target.to_owned(),
            many,
            evidence,
        });
    }
    Ok(out)
}

/// Record schema → the last literal path segment of the GET operations that list it.
fn collections(doc: &OpenAPI) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    for (path, method, op) in doc.operations() {
        let Some((item, true)) = (method == "get").then(|| record_of(doc, op)).flatten() else {
            continue;
        };
        let literal = path
            .split('/')
            .rev()
            .find(|s| !s.is_empty() && !s.starts_with('{'));
        if let Some(literal) = literal {
            out.entry(item).or_insert_with(|| literal.to_owned());
        }
    }
    out
}

/// The JSON schema of an operation's success body: the `application/json` content of its first
/// 2xx response (a status code or the `2XX` range), `$ref` to a response followed. The one
/// definition of "the 2xx response schema of an operation".
pub fn success_schema<'a>(
    doc: &'a OpenAPI,
    op: &'a openapiv3::Operation,
) -> Option<&'a ReferenceOr<Schema>> {
    let response = op.responses.responses.iter().find_map(|(status, r)| {
        matches!(status, StatusCode::Code(200..=299) | StatusCode::Range(2)).then_some(r)
    })?;
    let response = match response {
        ReferenceOr::Item(r) => r,
        ReferenceOr::Reference { reference } => {
            let key = reference.strip_prefix("#/components/responses/")?;
            doc.components.as_ref()?.responses.get(key)?.as_item()?
        }
    };
    response.content.get("application/json")?.schema.as_ref()
}

/// A schema with its `$ref`s followed (through `#/components/schemas/…`, and through an
/// `allOf` of one `$ref`, which is how a property carries evidence beside a shared schema),
/// with the name of the component it ended at. The one place `$ref`s are resolved.
pub fn resolve<'a>(
    doc: &'a OpenAPI,
    schema: &'a ReferenceOr<Schema>,
) -> Option<(&'a Schema, Option<&'a str>)> {
    let schemas = &doc.components.as_ref()?.schemas;
    let mut current = schema;
    let mut name = None;
    // A cycle of `$ref`s resolves to nothing rather than looping.
    for _ in 0..16 {
        match current {
            ReferenceOr::Reference { reference } => {
                let (key, target) =
                    schemas.get_key_value(reference.strip_prefix("#/components/schemas/")?)?;
                name = Some(key.as_str());
                current = target;
            }
            ReferenceOr::Item(item) => match &item.schema_kind {
                SchemaKind::AllOf { all_of } if all_of.len() == 1 => {
                    let ReferenceOr::Reference { reference } = &all_of[0] else {
                        return Some((item, name));
                    };
                    let (key, target) =
                        schemas.get_key_value(reference.strip_prefix("#/components/schemas/")?)?;
                    name = Some(key.as_str());
                    current = target;
                }
                _ => return Some((item, name)),
            },
        }
    }
    None
}

/// The record schema an operation answers with, and whether it answers with a list of them:
/// the `$ref` of `data` (or of its items) in the 2xx document.
pub fn record_of(doc: &OpenAPI, op: &openapiv3::Operation) -> Option<(String, bool)> {
    let (document, _) = resolve(doc, success_schema(doc, op)?)?;
    let data = match &document.schema_kind {
        SchemaKind::Type(Type::Object(object)) => object.properties.get("data")?,
        _ => return None,
    };
    match data {
        ReferenceOr::Reference { reference } => {
            Some((reference.rsplit('/').next()?.to_owned(), false))
        }
        ReferenceOr::Item(schema) => match &schema.schema_kind {
            SchemaKind::Type(Type::Array(array)) => {
                Some((reference_name(&array.items.clone()?.unbox())?, true))
            }
            _ => None,
        },
    }
}

/// The JSON:API envelope: the members of a document and of a record that are structure, not
/// data. spiro-api models them by hand (its `document/` module); `cargo xtask learn` never
/// changes them, whatever a capture shows there.
pub mod envelope {
    /// The members of a document besides `data`.
    pub const DOCUMENT: [&str; 5] = ["included", "meta", "links", "errors", "jsonapi"];
    /// The members of a record besides `attributes`.
    pub const RECORD: [&str; 5] = ["id", "type", "links", "relationships", "meta"];
}

/// Every object key the spec names: the properties of its schemas (inline ones included), the
/// names of relationships, and the envelope's members. A shape capture writes these keys
/// verbatim whatever they look like.
pub fn spec_keys(doc: &OpenAPI) -> BTreeSet<String> {
    fn walk(value: &serde_json::Value, out: &mut BTreeSet<String>) {
        match value {
            serde_json::Value::Object(map) => {
                for key in ["properties", "x-spiro-relationships"] {
                    if let Some(serde_json::Value::Object(named)) = map.get(key) {
                        out.extend(named.keys().cloned());
                    }
                }
                map.values().for_each(|v| walk(v, out));
            }
            serde_json::Value::Array(items) => items.iter().for_each(|v| walk(v, out)),
            _ => {}
        }
    }
    let mut out: BTreeSet<String> = envelope::DOCUMENT
        .iter()
        .chain(&envelope::RECORD)
        .chain(&["data", "attributes"])
        .map(|k| (*k).to_owned())
        .collect();
    if let Some(components) = &doc.components
        && let Ok(json) = serde_json::to_value(&components.schemas)
    {
        walk(&json, &mut out);
    }
    out
}

/// Method names every generated record type already has (typify's `builder()`, the `Resource`
/// trait, `custom`): an attribute or a relationship of the same name would shadow or break them.
pub const RESERVED_NAMES: [&str; 9] = [
    "builder",
    "id",
    "resource_type",
    "attributes",
    "relationships",
    "custom_fields",
    "update",
    "create",
    "custom",
];

/// Rust's keywords (strict, reserved and edition 2024's): not usable as field names.
const KEYWORDS: [&str; 52] = [
    "as", "async", "await", "break", "const", "continue", "crate", "dyn", "else", "enum", "extern",
    "false", "fn", "for", "if", "impl", "in", "let", "loop", "match", "mod", "move", "mut", "pub",
    "ref", "return", "self", "Self", "static", "struct", "super", "trait", "true", "type",
    "unsafe", "use", "where", "while", "abstract", "become", "box", "do", "final", "macro",
    "override", "priv", "typeof", "unsized", "virtual", "yield", "try", "gen",
];

/// Why `name` cannot be a new attribute of a record schema, or `None` when it can: the
/// generator gives every attribute a struct field and an accessor of the same name, so it must
/// be a snake_case identifier (`[a-z][a-z0-9]*` words joined by single `_`, at most 64
/// characters) that is neither a Rust keyword nor one of [`RESERVED_NAMES`].
pub fn attribute_name_problem(name: &str) -> Option<String> {
    let snake = !name.is_empty()
        && name.len() <= 64
        && name.split('_').all(|word| {
            let mut chars = word.chars();
            chars.next().is_some_and(|c| c.is_ascii_alphanumeric())
                && chars.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
        })
        && name.starts_with(|c: char| c.is_ascii_lowercase());
    if !snake {
        return Some(
            "not a snake_case name of at most 64 characters: the generated field and accessor \
             would be renamed, or collide with another"
                .to_owned(),
        );
    }
    if KEYWORDS.contains(&name) {
        return Some("a Rust keyword".to_owned());
    }
    RESERVED_NAMES
        .contains(&name)
        .then(|| "the name of a method every generated record has".to_owned())
}

/// Whether the generator reads a property strictly (its exact JSON type; another type fails
/// the record) rather than leniently (`Text`, `Amount`, `Timestamp`). The one rule, used by the
/// generator and reported by `cargo xtask learn`:
///
/// - a property whose captured values contradict its declared type is lenient;
/// - a property seen in captured responses with one type in every record, in at least two
///   captures (and, for a date, with one format), is strict;
/// - otherwise a property is strict when its evidence is `live`, except a date (a string named
///   `…_at` or declared `date`/`date-time`): no source shows the format of any date, so a
///   date is strict only from captures.
pub fn is_strict(name: &str, schema: &Schema, evidence: Option<&Evidence>) -> bool {
    let Some(evidence) = evidence else {
        return false;
    };
    let declared = match &schema.schema_kind {
        SchemaKind::Type(Type::String(_)) => "string",
        SchemaKind::Type(Type::Number(_)) => "number",
        SchemaKind::Type(Type::Integer(_)) => "integer",
        SchemaKind::Type(Type::Boolean(_)) => "boolean",
        SchemaKind::Type(Type::Object(_)) => "object",
        SchemaKind::Type(Type::Array(_)) => "array",
        _ => return false,
    };
    let date = is_date_property(name, schema);
    if let Some(seen) = &evidence.seen {
        let allowed = |t: &str| t == declared || (t == "integer" && declared == "number");
        let values: Vec<&String> = seen.types.keys().filter(|t| *t != "null").collect();
        if !values.iter().all(|t| allowed(t)) {
            return false;
        }
        let one_format =
            seen.formats.len() == 1 && seen.formats.values().next() == seen.types.get("string");
        if seen.captures >= 2
            && !values.is_empty()
            && seen.present() == seen.records
            && (!date || one_format)
        {
            return true;
        }
    }
    evidence.level == crate::spec::LIVE && !date
}

/// A string property that holds a date: named `…_at`, or declared `format: date|date-time`.
pub fn is_date_property(name: &str, schema: &Schema) -> bool {
    use openapiv3::{StringFormat, VariantOrUnknownOrEmpty as V};
    match &schema.schema_kind {
        SchemaKind::Type(Type::String(s)) => {
            name.ends_with("_at")
                || matches!(
                    s.format,
                    V::Item(StringFormat::Date | StringFormat::DateTime)
                )
        }
        _ => false,
    }
}

/// The schema of property `name` when `schema` is an object that declares it inline.
pub(crate) fn object_property<'a>(schema: &'a Schema, name: &str) -> Option<&'a Schema> {
    match &schema.schema_kind {
        SchemaKind::Type(Type::Object(object)) => {
            object.properties.get(name)?.as_item().map(|b| &**b)
        }
        _ => None,
    }
}

/// The component name a `$ref` points at (`#/components/schemas/Name` → `Name`).
pub(crate) fn reference_name(schema: &ReferenceOr<Schema>) -> Option<String> {
    match schema {
        ReferenceOr::Reference { reference } => reference.rsplit('/').next().map(str::to_owned),
        ReferenceOr::Item(_) => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_stored_spec_yields_every_kind_with_its_collection() {
        let spec = crate::spec::load(&crate::root()).expect("spec");
        let kinds = record_kinds(&spec.doc).expect("kinds");
        let by_schema = |s: &str| kinds.iter().find(|k| k.schema == s).expect(s);
        assert_eq!(kinds.len(), 12);
        let opp = by_schema("Opportunity");
        assert_eq!(
            (opp.type_name.as_str(), opp.collection.as_str()),
            ("opportunity", "opportunities")
        );
        let names: Vec<&str> = opp.relationships.iter().map(|r| r.name.as_str()).collect();
        assert_eq!(names, ["company", "opportunity_stage", "pipeline", "user"]);
        assert!(opp.relationships.iter().all(|r| r.evidence.level == "live"));
        assert_eq!(
            by_schema("OpportunityStage").collection,
            "opportunity_stages"
        );
        assert_eq!(by_schema("CustomObject").collection, "custom_objects");
        let company_user = &by_schema("Company").relationships[0];
        assert_eq!(
            (
                company_user.target.as_str(),
                company_user.evidence.level.as_str()
            ),
            ("User", "inferred")
        );
    }
}
