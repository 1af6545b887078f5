//! `spiro-mock/src/generated.rs`: everything spiro-mock serves from the spec, rendered from the
//! spec model so that the mock parses no YAML at run time: its record kinds (collection,
//! `type`, attributes schema, relationships), its routes (every operation with its query and
//! header parameters and their JSON schemas, its request and 2xx response schemas), the
//! attributes of every record, and every component schema converted to JSON Schema draft 7 for
//! validating requests and (in its tests) responses.

use std::fmt::Write as _;

use openapiv3::{OpenAPI, ReferenceOr, SchemaKind, Type};
use serde_json::{Map, Value, json};

use crate::Result;
use crate::model::{self, RecordKind};
use crate::spec;

pub const PATH: &str = "spiro-mock/src/generated.rs";

/// The Rust source of `spiro-mock/src/generated.rs`.
pub fn render(doc: &OpenAPI) -> Result<String> {
    let kinds = model::record_kinds(doc)?;
    let mut out = String::from(
        "// The contents of this file are generated from spec/spiro.yaml by `cargo xtask generate`;\n\
         // do not edit them by hand. `cargo xtask check` fails when they are stale.\n\
         \n\
         //! What the mock serves, from the spec: record kinds, operations, attributes and the\n\
         //! spec's schemas as JSON Schema.\n\
         \n\
         use crate::resources::{RelationshipDef, ResourceKind};\n\
         use crate::spec::{AttributeDef, OperationDef, ParamDef, ParamLocation};\n\
         \n",
    );
    render_kinds(&kinds, &mut out)?;
    render_operations(doc, &mut out)?;
    render_attributes(doc, &mut out)?;
    render_schemas(doc, &mut out)?;
    Ok(out)
}

/// A Rust string literal of `text` (a raw string when it holds quotes).
fn literal(text: &str) -> String {
    if !text.contains('"') && !text.contains('\\') {
        return format!("\"{text}\"");
    }
    let mut hashes = String::from("#");
    while text.contains(&format!("\"{hashes}")) {
        hashes.push('#');
    }
    format!("r{hashes}\"{text}\"{hashes}")
}

fn render_kinds(kinds: &[RecordKind], out: &mut String) -> Result<()> {
    let collection_of = |schema: &str| -> Result<&str> {
        kinds
            .iter()
            .find(|k| k.schema == schema)
            .map(|k| k.collection.as_str())
            .ok_or_else(|| format!("relationship target `{schema}` is not a record kind").into())
    };
    out.push_str(
        "/// Every record kind, in the spec's schema order.\n\
         pub(crate) static KINDS: &[ResourceKind] = &[\n",
    );
    for kind in kinds {
        write!(
            out,
            "    ResourceKind {{\n        collection: {},\n        type_name: {},\n        attributes_schema: {},\n        relationships: &[",
            literal(&kind.collection),
            literal(&kind.type_name),
            literal(&kind.attributes_schema)
        )?;
        if !kind.relationships.is_empty() {
            out.push('\n');
            for rel in &kind.relationships {
                write!(
                    out,
                    "            RelationshipDef {{\n                name: {},\n                collection: {},\n            }},\n",
                    literal(&rel.name),
                    literal(collection_of(&rel.target)?)
                )?;
            }
            out.push_str("        ");
        }
        out.push_str("],\n    },\n");
    }
    out.push_str("];\n\n");
    Ok(())
}

fn render_operations(doc: &OpenAPI, out: &mut String) -> Result<()> {
    out.push_str(
        "/// Every operation of the spec, in its order: the mock's routes.\n\
         pub(crate) static OPERATIONS: &[OperationDef] = &[\n",
    );
    for (path, method, op) in doc.operations() {
        let id = op
            .operation_id
            .as_deref()
            .ok_or_else(|| format!("{method} {path} has no operationId"))?;
        let item = doc.paths.paths.get(path).and_then(ReferenceOr::as_item);
        let inherited = item.map(|i| i.parameters.as_slice()).unwrap_or_default();
        let mut params = String::new();
        for param in inherited.iter().chain(&op.parameters) {
            let param = spec::resolve_parameter(doc, param)
                .ok_or_else(|| format!("operation `{id}`: unresolvable parameter"))?;
            let (location, data) = match param {
                openapiv3::Parameter::Query { parameter_data, .. } => ("Query", parameter_data),
                openapiv3::Parameter::Header { parameter_data, .. } => ("Header", parameter_data),
                _ => continue,
            };
            let schema = match &data.format {
                openapiv3::ParameterSchemaOrContent::Schema(schema) => {
                    json_schema(&serde_json::to_value(schema)?)
                }
                openapiv3::ParameterSchemaOrContent::Content(_) => Value::Bool(true),
            };
            let integer = schema.get("type").and_then(Value::as_str) == Some("integer");
            let name = if location == "Header" {
                data.name.to_ascii_lowercase()
            } else {
                data.name.clone()
            };
            write!(
                params,
                "\n            ParamDef {{\n                name: {},\n                location: ParamLocation::{location},\n                integer: {integer},\n                schema: {},\n            }},",
                literal(&name),
                literal(&serde_json::to_string(&schema)?)
            )?;
        }
        if !params.is_empty() {
            params.push_str("\n        ");
        }
        let request = op
            .request_body
            .as_ref()
            .and_then(ReferenceOr::as_item)
            .and_then(|b| b.content.get("application/json"))
            .and_then(|m| m.schema.as_ref())
            .and_then(model::reference_name);
        let response = model::success_schema(doc, op).and_then(model::reference_name);
        let option = |name: Option<String>| match name {
            Some(name) => format!("Some({})", literal(&name)),
            None => "None".to_owned(),
        };
        write!(
            out,
            "    OperationDef {{\n        id: {},\n        method: {},\n        path: {},\n        params: &[{params}],\n        request_schema: {},\n        response_schema: {},\n    }},\n",
            literal(id),
            literal(&method.to_uppercase()),
            literal(path),
            option(request),
            option(response)
        )?;
    }
    out.push_str("];\n\n");
    Ok(())
}

fn render_attributes(doc: &OpenAPI, out: &mut String) -> Result<()> {
    out.push_str(
        "/// The attributes each `…Attributes` schema declares, in its order, and whether Spiro\n\
         /// sets them (`readOnly`).\n\
         pub(crate) static ATTRIBUTES: &[(&str, &[AttributeDef])] = &[\n",
    );
    let schemas = &doc
        .components
        .as_ref()
        .ok_or("the spec has no components")?
        .schemas;
    for (name, schema) in schemas.iter().filter(|(n, _)| n.ends_with("Attributes")) {
        let Some(SchemaKind::Type(Type::Object(object))) = schema.as_item().map(|s| &s.schema_kind)
        else {
            continue;
        };
        write!(out, "    (\n        {},\n        &[\n", literal(name))?;
        for (attribute, prop) in &object.properties {
            let read_only = prop.as_item().is_some_and(|p| p.schema_data.read_only);
            write!(
                out,
                "            AttributeDef {{\n                name: {},\n                read_only: {read_only},\n            }},\n",
                literal(attribute)
            )?;
        }
        out.push_str("        ],\n    ),\n");
    }
    out.push_str("];\n\n");
    Ok(())
}

fn render_schemas(doc: &OpenAPI, out: &mut String) -> Result<()> {
    out.push_str(
        "/// Every component schema of the spec as JSON Schema draft 7 (`#/definitions/…`), one a\n\
         /// line, for `validate.rs`.\n\
         pub(crate) const SCHEMAS: &str = ",
    );
    out.push_str(&literal(&schemas_json(doc)?));
    out.push_str(";\n");
    Ok(())
}

/// The JSON object of every component schema, converted ([`json_schema`]), one a line.
fn schemas_json(doc: &OpenAPI) -> Result<String> {
    let schemas = &doc
        .components
        .as_ref()
        .ok_or("the spec has no components")?
        .schemas;
    let mut lines = Vec::new();
    for (name, schema) in schemas {
        let converted = json_schema(&serde_json::to_value(schema)?);
        lines.push(format!(
            "{}:{}",
            serde_json::to_string(name)?,
            serde_json::to_string(&converted)?
        ));
    }
    Ok(format!("{{\n{}\n}}", lines.join(",\n")))
}

/// One OpenAPI 3.0 schema as JSON Schema draft 7: `#/components/schemas/X` references become
/// `#/definitions/X`, `nullable: true` allows `null`, integer formats become ranges, and the
/// OpenAPI-only keywords (`readOnly`, `format`, `x-…`, `example`, …) are dropped.
pub fn json_schema(schema: &Value) -> Value {
    let Value::Object(map) = schema else {
        return schema.clone();
    };
    let mut out = Map::new();
    for (key, value) in map {
        match key.as_str() {
            "$ref" => {
                let target = value.as_str().unwrap_or_default();
                let rewritten = target.replace("#/components/schemas/", "#/definitions/");
                out.insert(key.clone(), Value::String(rewritten));
            }
            "format" => {
                // JSON Schema leaves formats unchecked; OpenAPI's integer formats are ranges.
                let range = match value.as_str() {
                    Some("int64") => Some((i64::MIN, i64::MAX)),
                    Some("int32") => Some((i64::from(i32::MIN), i64::from(i32::MAX))),
                    _ => None,
                };
                if let Some((min, max)) = range {
                    out.entry("minimum").or_insert(json!(min));
                    out.entry("maximum").or_insert(json!(max));
                }
            }
            "nullable" | "readOnly" | "writeOnly" | "example" | "examples" | "discriminator"
            | "xml" | "externalDocs" | "deprecated" | "description" => {}
            k if k.starts_with("x-") => {}
            "properties" => {
                let props = value
                    .as_object()
                    .map(|p| p.iter().map(|(k, v)| (k.clone(), json_schema(v))).collect())
                    .unwrap_or_default();
                out.insert(key.clone(), Value::Object(props));
            }
            "items" | "additionalProperties" | "not" => {
                out.insert(key.clone(), json_schema(value));
            }
            "allOf" | "oneOf" | "anyOf" => {
                let list = value
                    .as_array()
                    .map(|l| l.iter().map(json_schema).collect())
                    .unwrap_or_default();
                out.insert(key.clone(), Value::Array(list));
            }
            _ => {
                out.insert(key.clone(), value.clone());
            }
        }
    }
    if map.get("nullable").and_then(Value::as_bool) == Some(true) {
        return allow_null(out);
    }
    Value::Object(out)
}

/// Makes a converted schema accept `null` as well.
fn allow_null(mut schema: Map<String, Value>) -> Value {
    let constrained = [
        "type", "$ref", "oneOf", "anyOf", "allOf", "enum", "const", "not",
    ]
    .iter()
    .any(|k| schema.contains_key(*k));
    if !constrained {
        // Accepts anything already, `null` included.
        return Value::Object(schema);
    }
    let simple_type = schema
        .get("type")
        .and_then(Value::as_str)
        .map(str::to_owned);
    let only_type = ["$ref", "oneOf", "anyOf", "allOf", "const", "not"]
        .iter()
        .all(|k| !schema.contains_key(*k));
    if let (Some(t), true) = (simple_type, only_type) {
        schema.insert("type".into(), json!([t, "null"]));
        if let Some(Value::Array(values)) = schema.get_mut("enum") {
            values.push(Value::Null);
        }
        return Value::Object(schema);
    }
    json!({ "anyOf": [Value::Object(schema), { "type": "null" }] })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nullable_scalars_accept_null() {
        let s = json_schema(&json!({"type": "number", "nullable": true, "description": "x"}));
        assert_eq!(s, json!({"type": ["number", "null"]}));
    }

    #[test]
    fn nullable_refs_and_combinators_accept_null() {
        let s = json_schema(
            &json!({"nullable": true, "oneOf": [{"type": "string"}, {"$ref": "#/components/schemas/P"}]}),
        );
        assert_eq!(
            s,
            json!({"anyOf": [{"oneOf": [{"type": "string"}, {"$ref": "#/definitions/P"}]}, {"type": "null"}]})
        );
        let unconstrained = json_schema(&json!({"nullable": true, "description": "any"}));
        assert_eq!(unconstrained, json!({}));
    }

    #[test]
    fn openapi_keywords_are_dropped() {
        let s = json_schema(&json!({
            "type": "object",
            "properties": {"created_at": {"type": "string", "readOnly": true, "format": "date-time", "x-a": 1}}
        }));
        assert_eq!(
            s,
            json!({"type": "object", "properties": {"created_at": {"type": "string"}}})
        );
        let n = json_schema(&json!({"type": "integer", "format": "int32"}));
        assert_eq!(n["maximum"], i64::from(i32::MAX));
    }

    #[test]
    fn the_tables_name_collections_routes_and_schemas() {
        let spec = crate::spec::load(&crate::root()).expect("spec");
        let table = render(&spec.doc).unwrap();
        assert!(table.starts_with("// The contents of this file are generated"));
        assert!(table.contains(
            "name: \"opportunity_stage\",\n                collection: \"opportunity_stages\","
        ));
        assert!(table.contains(
            "id: \"list_companies\",\n        method: \"GET\",\n        path: \"/companies\","
        ));
        assert!(table.contains(
            "name: \"x-api-version\",\n                location: ParamLocation::Header,"
        ));
        assert!(table.contains("response_schema: Some(\"CompanyListDocument\")"));
        assert!(table.contains("request_schema: Some(\"OpportunityWriteDocument\")"));
        assert!(table.contains("pub(crate) const SCHEMAS: &str = r##\"{\n"));
        let parsed: Value = serde_json::from_str(&schemas_json(&spec.doc).unwrap()).expect("JSON");
        assert_eq!(
            parsed["CompanyListDocument"]["properties"]["data"]["items"]["$ref"],
            "#/definitions/Company"
        );
    }
}
