//! The embedded OpenAPI description of the resource API (`spec/spiro.yaml`).
//!
//! The mock derives from it what it serves: the operations (method and path template), the query
//! parameters each operation declares, the request body schema of each write and the attribute
//! names of each resource. Drift between the spec and the mock is therefore impossible for
//! routing, and the test suite checks the rest (every seeded response validates against the
//! spec's response schema).

use std::collections::{BTreeMap, BTreeSet};
use std::sync::LazyLock;

use http::Method;
use serde_json::Value;

use crate::validate::{self, SchemaValidators};

/// The spec text, embedded at compile time from the crate's own copy of `spec/spiro.yaml`
/// (written by `cargo xtask generate`, kept identical by `cargo xtask check`), so that the
/// published package carries it.
pub(crate) const SPEC_YAML: &str = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/spiro.yaml"));

/// Why the embedded spec could not be used.
#[derive(Debug, thiserror::Error)]
pub(crate) enum SpecError {
    #[error("spec/spiro.yaml is not valid YAML: {0}")]
    Yaml(String),
    #[error("spec/spiro.yaml is not an OpenAPI document the mock understands: {0}")]
    Shape(String),
    #[error("a schema of spec/spiro.yaml does not compile to JSON Schema: {0}")]
    Schema(String),
}

/// One segment of a path template.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Segment {
    /// A literal segment, e.g. `companies`.
    Literal(String),
    /// A `{name}` parameter.
    Param(String),
}

/// One operation of the spec.
#[derive(Clone, Debug)]
pub(crate) struct Operation {
    /// `operationId`, e.g. `list_companies`.
    pub(crate) id: String,
    pub(crate) method: Method,
    /// The path template as written, e.g. `/companies/{id}`.
    pub(crate) path: String,
    pub(crate) segments: Vec<Segment>,
    /// Names of the declared query parameters, e.g. `page[number]`, `filter[name_cont]`.
    #[cfg_attr(not(test), allow(dead_code))]
    pub(crate) query_params: BTreeSet<String>,
    /// The declared query and header parameters with their schemas (header names in lower
    /// case): the mock refuses a value its schema refuses, with 400.
    pub(crate) param_schemas: Vec<ParamSchema>,
    /// Name of the `application/json` request body schema, e.g. `CompanyWriteDocument`.
    pub(crate) request_schema: Option<String>,
    /// Name of the schema of the 2xx response body, e.g. `CompanyListDocument` (used by the
    /// conformance tests).
    #[cfg_attr(not(test), allow(dead_code))]
    pub(crate) response_schema: Option<String>,
}

/// A declared query or header parameter and its compiled schema.
#[derive(Clone)]
pub(crate) struct ParamSchema {
    pub(crate) name: String,
    pub(crate) location: ParamLocation,
    /// Query strings and headers are text: `integer` parameters are parsed as `i64` first.
    pub(crate) integer: bool,
    pub(crate) validator: jsonschema::Validator,
}

impl std::fmt::Debug for ParamSchema {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ParamSchema")
            .field("name", &self.name)
            .field("location", &self.location)
            .finish_non_exhaustive()
    }
}

/// Where a parameter goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum ParamLocation {
    Query,
    Header,
}

/// An attribute of a resource, as declared by its `…Attributes` schema.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Attribute {
    pub(crate) name: String,
    pub(crate) read_only: bool,
}

/// What the mock uses of the spec.
pub(crate) struct Spec {
    pub(crate) operations: Vec<Operation>,
    attributes: BTreeMap<String, Vec<Attribute>>,
    pub(crate) validators: SchemaValidators,
}

impl std::fmt::Debug for Spec {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Spec")
            .field("operations", &self.operations.len())
            .finish_non_exhaustive()
    }
}

static SPEC: LazyLock<Result<Spec, SpecError>> = LazyLock::new(|| Spec::parse(SPEC_YAML));

/// The parsed embedded spec (parsed once per process).
pub(crate) fn get() -> Result<&'static Spec, &'static SpecError> {
    SPEC.as_ref()
}

impl Spec {
    /// Parses an OpenAPI 3.0 document.
    pub(crate) fn parse(yaml: &str) -> Result<Spec, SpecError> {
        let doc: Value = serde_yaml::from_str(yaml).map_err(|e| SpecError::Yaml(e.to_string()))?;
        let paths = doc
            .get("paths")
            .and_then(Value::as_object)
            .ok_or_else(|| SpecError::Shape("no `paths`".into()))?;
        let mut operations = Vec::new();
        for (path, item) in paths {
            let item = item
                .as_object()
                .ok_or_else(|| SpecError::Shape(format!("path {path} is not an object")))?;
            for (method, op) in item {
                let method = match method.as_str() {
                    "get" => Method::GET,
                    "put" => Method::PUT,
                    "post" => Method::POST,
                    "delete" => Method::DELETE,
                    "patch" => Method::PATCH,
                    "head" => Method::HEAD,
                    "options" => Method::OPTIONS,
                    // `parameters`, `summary`, … at path level.
                    _ => continue,
                };
                operations.push(parse_operation(&doc, path, method, op)?);
            }
        }
        let schemas = doc
            .pointer("/components/schemas")
            .and_then(Value::as_object)
            .ok_or_else(|| SpecError::Shape("no `components.schemas`".into()))?;
        let mut attributes = BTreeMap::new();
        for (name, schema) in schemas {
            if !name.ends_with("Attributes") {
                continue;
            }
            let props = schema.get("properties").and_then(Value::as_object);
            let list = props
                .map(|props| {
                    props
                        .iter()
                        .map(|(attr, s)| Attribute {
                            name: attr.clone(),
                            read_only: s.get("readOnly").and_then(Value::as_bool).unwrap_or(false),
                        })
                        .collect()
                })
                .unwrap_or_default();
            attributes.insert(name.clone(), list);
        }
        let validators = validate::compile_all(schemas).map_err(SpecError::Schema)?;
        Ok(Spec {
            operations,
            attributes,
            validators,
        })
    }

    /// The attributes declared by a `…Attributes` schema (empty when unknown).
    pub(crate) fn attributes(&self, schema: &str) -> &[Attribute] {
        self.attributes
            .get(schema)
            .map(Vec::as_slice)
            .unwrap_or_default()
    }
}

fn parse_operation(
    doc: &Value,
    path: &str,
    method: Method,
    op: &Value,
) -> Result<Operation, SpecError> {
    let id = op
        .get("operationId")
        .and_then(Value::as_str)
        .ok_or_else(|| SpecError::Shape(format!("{method} {path} has no operationId")))?
        .to_owned();
    let segments = path
        .split('/')
        .filter(|s| !s.is_empty())
        .map(
            |s| match s.strip_prefix('{').and_then(|s| s.strip_suffix('}')) {
                Some(name) => Segment::Param(name.to_owned()),
                None => Segment::Literal(s.to_owned()),
            },
        )
        .collect();
    let mut query_params = BTreeSet::new();
    let mut param_schemas = Vec::new();
    for param in op
        .get("parameters")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        let param = resolve(doc, param)?;
        let name = param.get("name").and_then(Value::as_str);
        let location = match param.get("in").and_then(Value::as_str) {
            Some("query") => ParamLocation::Query,
            Some("header") => ParamLocation::Header,
            _ => continue,
        };
        let Some(name) = name else { continue };
        if location == ParamLocation::Query {
            query_params.insert(name.to_owned());
        }
        let schema = param.get("schema").cloned().unwrap_or(Value::Bool(true));
        let integer = schema.get("type").and_then(Value::as_str) == Some("integer");
        let validator = jsonschema::draft7::new(&validate::convert(&schema))
            .map_err(|e| SpecError::Schema(format!("parameter {name} of {method} {path}: {e}")))?;
        param_schemas.push(ParamSchema {
            name: if location == ParamLocation::Header {
                name.to_ascii_lowercase()
            } else {
                name.to_owned()
            },
            location,
            integer,
            validator,
        });
    }
    let request_schema = op
        .pointer("/requestBody/content/application~1json/schema/$ref")
        .and_then(Value::as_str)
        .map(schema_name);
    let response_schema = op
        .get("responses")
        .and_then(Value::as_object)
        .and_then(|r| r.iter().find(|(code, _)| code.starts_with('2')))
        .and_then(|(_, r)| r.pointer("/content/application~1json/schema/$ref"))
        .and_then(Value::as_str)
        .map(schema_name);
    Ok(Operation {
        id,
        method,
        path: path.to_owned(),
        segments,
        query_params,
        param_schemas,
        request_schema,
        response_schema,
    })
}

/// Follows a local `$ref` (one level, as components do not chain here).
fn resolve<'a>(doc: &'a Value, value: &'a Value) -> Result<&'a Value, SpecError> {
    match value.get("$ref").and_then(Value::as_str) {
        Some(r) => {
            let pointer = r
                .strip_prefix('#')
                .ok_or_else(|| SpecError::Shape(format!("non-local $ref {r}")))?;
            doc.pointer(pointer)
                .ok_or_else(|| SpecError::Shape(format!("dangling $ref {r}")))
        }
        None => Ok(value),
    }
}

/// `#/components/schemas/CompanyWriteDocument` -> `CompanyWriteDocument`.
fn schema_name(r: &str) -> String {
    r.rsplit('/').next().unwrap_or(r).to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_spec_parses() {
        let spec = get().expect("embedded spec parses");
        assert_eq!(spec.operations.len(), 50);
        let list = spec
            .operations
            .iter()
            .find(|o| o.id == "list_companies")
            .expect("list_companies");
        assert!(list.query_params.contains("page[number]"));
        assert!(list.query_params.contains("filter[name_cont]"));
        assert!(list.query_params.contains("filter[updated_at][gte]"));
        assert_eq!(list.response_schema.as_deref(), Some("CompanyListDocument"));
        let put = spec
            .operations
            .iter()
            .find(|o| o.id == "update_opportunity")
            .expect("update_opportunity");
        assert_eq!(
            put.request_schema.as_deref(),
            Some("OpportunityWriteDocument")
        );
        let attrs = spec.attributes("OpportunityAttributes");
        assert!(attrs.iter().any(|a| a.name == "amount" && !a.read_only));
        assert!(attrs.iter().any(|a| a.name == "updated_at" && a.read_only));
    }
}
