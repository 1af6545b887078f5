//! What the mock serves of the spec (`spec/spiro.yaml`), as `cargo xtask generate` renders it
//! into `generated.rs`: the operations (method and path template), the query and header
//! parameters each declares with their JSON schemas, the request body schema of each write, the
//! attribute names of each resource, and every schema as JSON Schema. The mock parses no YAML:
//! routing cannot drift from the spec, and the test suite checks the rest (every seeded
//! response validates against the spec's response schema).

use std::collections::{BTreeMap, BTreeSet};
use std::sync::LazyLock;

use http::Method;

use crate::generated::{ATTRIBUTES, OPERATIONS, SCHEMAS};
use crate::validate::{self, SchemaValidators};

/// Why the generated tables could not be used (a generator bug: `cargo xtask check` keeps
/// them consistent with the spec).
#[derive(Debug, thiserror::Error)]
pub(crate) enum SpecError {
    #[error("the generated tables are not what the mock understands: {0}")]
    Shape(String),
    #[error("a schema of spec/spiro.yaml does not compile to JSON Schema: {0}")]
    Schema(String),
}

/// One operation as `generated.rs` lists it.
#[derive(Debug)]
pub(crate) struct OperationDef {
    pub(crate) id: &'static str,
    /// `GET`, `PUT`, …
    pub(crate) method: &'static str,
    /// The path template, e.g. `/companies/{id}`.
    pub(crate) path: &'static str,
    pub(crate) params: &'static [ParamDef],
    pub(crate) request_schema: Option<&'static str>,
    pub(crate) response_schema: Option<&'static str>,
}

/// One query or header parameter as `generated.rs` lists it.
#[derive(Debug)]
pub(crate) struct ParamDef {
    /// The wire name (header names in lower case).
    pub(crate) name: &'static str,
    pub(crate) location: ParamLocation,
    /// Its schema is `integer`: the value is parsed as `i64` first.
    pub(crate) integer: bool,
    /// Its JSON schema (draft 7), as JSON text.
    pub(crate) schema: &'static str,
}

/// One attribute of a `…Attributes` schema as `generated.rs` lists it.
#[derive(Debug)]
pub(crate) struct AttributeDef {
    pub(crate) name: &'static str,
    pub(crate) read_only: bool,
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

/// What the mock uses of the spec.
pub(crate) struct Spec {
    pub(crate) operations: Vec<Operation>,
    attributes: BTreeMap<&'static str, &'static [AttributeDef]>,
    pub(crate) validators: SchemaValidators,
}

impl std::fmt::Debug for Spec {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Spec")
            .field("operations", &self.operations.len())
            .finish_non_exhaustive()
    }
}

static SPEC: LazyLock<Result<Spec, SpecError>> = LazyLock::new(Spec::load);

/// The spec, from the generated tables (read once per process).
pub(crate) fn get() -> Result<&'static Spec, &'static SpecError> {
    SPEC.as_ref()
}

impl Spec {
    /// Builds the routes and compiles the validators from the generated tables.
    fn load() -> Result<Spec, SpecError> {
        let definitions: serde_json::Map<String, serde_json::Value> =
            serde_json::from_str(SCHEMAS).map_err(|e| SpecError::Shape(format!("SCHEMAS: {e}")))?;
        let validators = validate::compile_all(definitions).map_err(SpecError::Schema)?;
        let operations = OPERATIONS
            .iter()
            .map(operation)
            .collect::<Result<Vec<_>, _>>()?;
        Ok(Spec {
            operations,
            attributes: ATTRIBUTES.iter().copied().collect(),
            validators,
        })
    }

    /// The attributes declared by a `…Attributes` schema (empty when unknown).
    pub(crate) fn attributes(&self, schema: &str) -> &'static [AttributeDef] {
        self.attributes.get(schema).copied().unwrap_or_default()
    }
}

fn operation(def: &OperationDef) -> Result<Operation, SpecError> {
    let (id, path) = (def.id, def.path);
    let method = Method::from_bytes(def.method.as_bytes())
        .map_err(|e| SpecError::Shape(format!("{id}: method {}: {e}", def.method)))?;
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
    for param in def.params {
        if param.location == ParamLocation::Query {
            query_params.insert(param.name.to_owned());
        }
        let schema: serde_json::Value = serde_json::from_str(param.schema)
            .map_err(|e| SpecError::Shape(format!("parameter {} of {id}: {e}", param.name)))?;
        let validator = jsonschema::draft7::new(&schema).map_err(|e| {
            SpecError::Schema(format!("parameter {} of {method} {path}: {e}", param.name))
        })?;
        param_schemas.push(ParamSchema {
            name: param.name.to_owned(),
            location: param.location,
            integer: param.integer,
            validator,
        });
    }
    Ok(Operation {
        id: id.to_owned(),
        method,
        path: path.to_owned(),
        segments,
        query_params,
        param_schemas,
        request_schema: def.request_schema.map(str::to_owned),
        response_schema: def.response_schema.map(str::to_owned),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_generated_tables_load() {
        let spec = get().expect("the generated tables load");
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
