//! Validation of request bodies against the spec's schemas.
//!
//! `cargo xtask generate` converts the spec's OpenAPI 3.0 schemas to JSON Schema draft 7
//! (`generated.rs`'s `SCHEMAS`: `#/definitions/X` references, `nullable` as `null`, integer
//! formats as ranges, OpenAPI-only keywords dropped); they are compiled here once, with the
//! `jsonschema` crate.

use std::collections::BTreeMap;
use std::sync::OnceLock;

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
    /// The `…Attributes` validators, for described records, compiled on first use: they
    /// almost triple the time the spec takes to load, and most tests never describe a record.
    attributes: OnceLock<Result<BTreeMap<String, Validator>, String>>,
}

/// At most this many violations are reported for one document.
const MAX_VIOLATIONS: usize = 20;

/// Compiles a validator for each `…WriteDocument` of the converted `definitions`.
pub(crate) fn compile_all(definitions: Map<String, Value>) -> Result<SchemaValidators, String> {
    let names: Vec<String> = definitions
        .keys()
        .filter(|n| n.ends_with("WriteDocument"))
        .cloned()
        .collect();
    let mut validators = SchemaValidators {
        definitions: Value::Object(definitions),
        compiled: BTreeMap::new(),
        attributes: OnceLock::new(),
    };
    for name in names {
        let validator = validators.compile(&name)?;
        validators.compiled.insert(name, validator);
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
            attributes: OnceLock::new(),
        };
        if let Some(def) = lenient.definitions.get_mut("RelationshipData") {
            *def = json!({ "anyOf": [def.clone(), { "type": "null" }] });
        }
        lenient.compile(name)
    }

    /// Validates `instance` against an `…Attributes` schema (compiling them all on first use).
    /// `Ok(None)` when there is no such schema.
    pub(crate) fn check_attributes(
        &self,
        name: &str,
        instance: &Value,
    ) -> Result<Option<Vec<Violation>>, String> {
        let compiled = self.attributes.get_or_init(|| {
            let Value::Object(definitions) = &self.definitions else {
                return Ok(BTreeMap::new());
            };
            definitions
                .keys()
                .filter(|n| n.ends_with("Attributes"))
                .map(|n| Ok((n.clone(), self.compile(n)?)))
                .collect()
        });
        let compiled = compiled.as_ref().map_err(Clone::clone)?;
        Ok(compiled.get(name).map(|v| violations(v, instance)))
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

#[cfg(test)]
mod tests {
    use super::*;

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
