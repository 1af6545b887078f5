//! Validation of request bodies against the spec's schemas.
//!
//! OpenAPI 3.0 schemas are a dialect of JSON Schema draft 4/7; they are converted once at startup:
//! `#/components/schemas/X` references become `#/definitions/X`, `nullable: true` allows `null`,
//! and the OpenAPI-only keywords (`readOnly`, `format`, `x-…`, `example`, …) are dropped. The
//! result is compiled with the `jsonschema` crate as draft 7.

use std::collections::BTreeMap;

use jsonschema::Validator;
use jsonschema::error::ValidationErrorKind;
use serde_json::{Map, Value, json};

/// One failed check: a JSON pointer into the instance and a message that does not echo the value.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Violation {
    pub(crate) pointer: String,
    pub(crate) message: String,
}

/// The converted schemas, with compiled validators for every request body schema.
pub(crate) struct SchemaValidators {
    definitions: Value,
    compiled: BTreeMap<String, Validator>,
}

/// At most this many violations are reported for one document.
const MAX_VIOLATIONS: usize = 20;

/// Converts every schema and compiles a validator for each `…WriteDocument`.
pub(crate) fn compile_all(schemas: &Map<String, Value>) -> Result<SchemaValidators, String> {
    let definitions: Map<String, Value> = schemas
        .iter()
        .map(|(k, v)| (k.clone(), convert(v)))
        .collect();
    let mut validators = SchemaValidators {
        definitions: Value::Object(definitions),
        compiled: BTreeMap::new(),
    };
    for name in schemas.keys().filter(|n| n.ends_with("WriteDocument")) {
        let validator = validators.compile(name)?;
        validators.compiled.insert(name.clone(), validator);
    }
    Ok(validators)
}

impl SchemaValidators {
    /// Compiles a validator for the named schema.
    pub(crate) fn compile(&self, name: &str) -> Result<Validator, String> {
        let root = json!({
            "$schema": "http://json-schema.org/draft-07/schema#",
            "definitions": self.definitions,
            "allOf": [{ "$ref": format!("#/definitions/{name}") }],
        });
        jsonschema::draft7::new(&root).map_err(|e| format!("{name}: {e}"))
    }

    /// Compiles a validator like [`compile`](Self::compile), with one documented deviation:
    /// `RelationshipData` also accepts `null`, as the spec's text says an empty to-one
    /// relationship has `data: null` while its schema omits `nullable: true`.
    #[cfg(test)]
    pub(crate) fn compile_lenient(&self, name: &str) -> Result<Validator, String> {
        let mut lenient = SchemaValidators {
            definitions: self.definitions.clone(),
            compiled: BTreeMap::new(),
        };
        if let Some(def) = lenient.definitions.get_mut("RelationshipData") {
            *def = json!({ "anyOf": [def.clone(), { "type": "null" }] });
        }
        lenient.compile(name)
    }

    /// Validates `instance` against a precompiled request schema. `None` when the schema is not
    /// one of them.
    pub(crate) fn check(&self, name: &str, instance: &Value) -> Option<Vec<Violation>> {
        let validator = self.compiled.get(name)?;
        Some(violations(validator, instance))
    }
}

/// All violations of `instance` (at most [`MAX_VIOLATIONS`]), ordered by pointer.
pub(crate) fn violations(validator: &Validator, instance: &Value) -> Vec<Violation> {
    let mut out: Vec<Violation> = validator
        .iter_errors(instance)
        .take(MAX_VIOLATIONS)
        .map(|error| {
            let mut pointer = error.instance_path().to_string();
            if let ValidationErrorKind::Required {
                property: Value::String(p),
            } = error.kind()
            {
                pointer.push('/');
                pointer.push_str(&p.replace('~', "~0").replace('/', "~1"));
            }
            Violation {
                pointer,
                message: error.masked().to_string(),
            }
        })
        .collect();
    out.sort_by(|a, b| a.pointer.cmp(&b.pointer));
    out.dedup();
    out
}

/// Converts one OpenAPI 3.0 schema object to JSON Schema draft 7.
pub(crate) fn convert(schema: &Value) -> Value {
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
            | "xml" | "externalDocs" | "deprecated" => {}
            k if k.starts_with("x-") => {}
            "properties" => {
                let props = value
                    .as_object()
                    .map(|p| p.iter().map(|(k, v)| (k.clone(), convert(v))).collect())
                    .unwrap_or_default();
                out.insert(key.clone(), Value::Object(props));
            }
            "items" | "additionalProperties" | "not" => {
                out.insert(key.clone(), convert(value));
            }
            "allOf" | "oneOf" | "anyOf" => {
                let list = value
                    .as_array()
                    .map(|l| l.iter().map(convert).collect())
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
        let s = convert(&json!({"type": "number", "nullable": true, "description": "x"}));
        assert_eq!(s, json!({"type": ["number", "null"], "description": "x"}));
    }

    #[test]
    fn nullable_refs_and_combinators_accept_null() {
        let s = convert(
            &json!({"nullable": true, "oneOf": [{"type": "string"}, {"$ref": "#/components/schemas/P"}]}),
        );
        assert_eq!(
            s,
            json!({"anyOf": [{"oneOf": [{"type": "string"}, {"$ref": "#/definitions/P"}]}, {"type": "null"}]})
        );
        let unconstrained = convert(&json!({"nullable": true, "description": "any"}));
        assert_eq!(unconstrained, json!({"description": "any"}));
    }

    #[test]
    fn openapi_keywords_are_dropped() {
        let s = convert(&json!({
            "type": "object",
            "properties": {"created_at": {"type": "string", "readOnly": true, "format": "date-time", "x-a": 1}}
        }));
        assert_eq!(
            s,
            json!({"type": "object", "properties": {"created_at": {"type": "string"}}})
        );
    }

    #[test]
    fn write_documents_report_pointers() {
        let spec = crate::spec::get().expect("spec");
        let doc = json!({"data": {"type": "opportunity", "attributes": {"amount": "a lot", "custom": {"rating": {"label": 5}}}}});
        let v = spec
            .validators
            .check("OpportunityWriteDocument", &doc)
            .expect("schema exists");
        let pointers: Vec<&str> = v.iter().map(|v| v.pointer.as_str()).collect();
        assert!(pointers.contains(&"/data/attributes/amount"), "{v:?}");
        assert!(
            pointers.contains(&"/data/attributes/custom/rating"),
            "{v:?}"
        );
        let missing = spec
            .validators
            .check("CompanyWriteDocument", &json!({"data": {}}))
            .expect("schema");
        assert_eq!(missing[0].pointer, "/data/type");
        let ok = json!({"data": {"type": "company", "id": 5, "attributes": {"name": null, "custom": {"a": ["x", null], "b": {"label": "L", "value": null}, "c": true}}}});
        assert_eq!(
            spec.validators.check("CompanyWriteDocument", &ok),
            Some(vec![])
        );
    }
}
