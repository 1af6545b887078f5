//! Failing open where the spec guesses: the generator's copy of the spec is widened so that
//! a response that differs from a guess still decodes. This is the one place that decides
//! which generated fields are lenient; *whether* a field is strict is the spec model's rule
//! ([`model::is_strict`]: `live` evidence, or captured responses consistent with one type).
//!
//! - A `string` property that is not strict becomes `spiro_api::Text` (a string, number or
//!   boolean; an `enum` is dropped, so unknown values decode), or `spiro_api::Timestamp` when
//!   it holds a date (named `…_at`, or declared `date`/`date-time`: a date, a date-time, a Unix
//!   time or an object with a date inside); a `number` or `integer` property becomes
//!   `spiro_api::Amount` (a number or numeric string); an `object` or `array` property becomes
//!   `serde_json::Value`. `null` decodes as `None` for every property that is not `required`.
//! - A property widened to a union (`oneOf`/`anyOf` of types, as `cargo xtask learn` writes
//!   when a field was seen with another type) is never narrower than its lenient type: numbers
//!   only → `Amount`; a date's string and number → `Timestamp`; scalars → `Text`; with an
//!   object or array → `serde_json::Value`.
//! - **Strict** fields keep the spec's exact JSON type, and a value of another type does not
//!   decode; untagged properties (the envelope: `id`, `type`, `meta.pagination`'s fields, …)
//!   are left as the spec declares them. A record that does not decode fails alone:
//! - the `data` array of every list document becomes `spiro_api::Records<T>`, which decodes
//!   record by record and keeps each record that does not decode, with its id and raw JSON,
//!   instead of failing the page.

use openapiv3::{OpenAPI, ReferenceOr, Schema, SchemaData, SchemaKind, Type};

use crate::Result;
use crate::model;
use crate::spec::Evidence;

/// The generator-only schema replaced by `spiro_api::Text`.
pub const TEXT: &str = "LenientText";
/// The generator-only schema replaced by `spiro_api::Timestamp`.
pub const TIMESTAMP: &str = "LenientTimestamp";
/// The generator-only schema replaced by `serde_json::Value`.
pub const ANY: &str = "LenientJson";
/// The spec's number-or-numeric-string schema, replaced by `spiro_api::Amount`.
pub const NUMBER: &str = "Amount";

/// A schema name the generator replaces with a hand-written type.
pub struct Replacement {
    pub schema: String,
    pub rust: String,
}

/// The lenient schema a property is read as, or `None` when it stays as declared.
fn lenient_target(name: &str, prop: &Schema, evidence: Option<&Evidence>) -> Option<&'static str> {
    // Untagged properties are structure (the envelope), not guesses.
    let evidence = evidence?;
    let union = match &prop.schema_kind {
        SchemaKind::OneOf { one_of } => Some(one_of),
        SchemaKind::AnyOf { any_of } => Some(any_of),
        _ => None,
    };
    if let Some(variants) = union {
        let types: Vec<&str> = variants
            .iter()
            .map(|v| match v.as_item().map(|v| &v.schema_kind) {
                Some(SchemaKind::Type(Type::String(_))) => "string",
                Some(SchemaKind::Type(Type::Number(_) | Type::Integer(_))) => "number",
                Some(SchemaKind::Type(Type::Boolean(_))) => "boolean",
                // Objects, arrays, references and anything else.
                _ => "json",
            })
            .collect();
        let only = |allowed: &[&str]| types.iter().all(|t| allowed.contains(t));
        let date = name.ends_with("_at");
        return Some(if types.contains(&"json") {
            ANY
        } else if only(&["number"]) {
            NUMBER
        } else if date && only(&["string", "number"]) {
            TIMESTAMP
        } else {
            TEXT
        });
    }
    if model::is_strict(name, prop, Some(evidence)) {
        return None;
    }
    match &prop.schema_kind {
        SchemaKind::Type(Type::String(s)) if s.format.is_empty() || is_text_format(&s.format) => {
            Some(if model::is_date_property(name, prop) {
                TIMESTAMP
            } else {
                TEXT
            })
        }
        SchemaKind::Type(Type::Number(_) | Type::Integer(_)) => Some(NUMBER),
        SchemaKind::Type(Type::Object(_) | Type::Array(_)) => Some(ANY),
        _ => None,
    }
}

/// How the generated client reads a property, in words: `strictly`, `as Text`, `as Amount`,
/// `as Timestamp` or `as any JSON value` (for `cargo xtask learn`'s notes).
pub fn reading(name: &str, prop: &Schema, evidence: Option<&Evidence>) -> &'static str {
    match lenient_target(name, prop, evidence) {
        None => "strictly",
        Some(TEXT) => "as Text",
        Some(NUMBER) => "as Amount",
        Some(TIMESTAMP) => "as Timestamp",
        Some(_) => "as any JSON value",
    }
}

/// The widened copy of `doc` and the replacements it needs (beyond the fixed ones).
pub fn widen(doc: &OpenAPI) -> Result<(OpenAPI, Vec<Replacement>)> {
    let mut doc = doc.clone();
    let Some(components) = doc.components.as_mut() else {
        return Ok((doc, Vec::new()));
    };
    for reserved in [TEXT, TIMESTAMP, ANY] {
        if components.schemas.contains_key(reserved) {
            return Err(format!("the spec may not define a schema named `{reserved}`").into());
        }
    }
    let has_number = components.schemas.contains_key(NUMBER);
    let mut replacements = vec![
        Replacement {
            schema: TEXT.to_owned(),
            rust: "crate::Text".to_owned(),
        },
        Replacement {
            schema: TIMESTAMP.to_owned(),
            rust: "crate::Timestamp".to_owned(),
        },
        Replacement {
            schema: ANY.to_owned(),
            rust: "::serde_json::Value".to_owned(),
        },
    ];
    let mut added = Vec::new();
    for schema in components.schemas.values_mut() {
        let ReferenceOr::Item(schema) = schema else {
            continue;
        };
        let schema_evidence = Evidence::of(&schema.schema_data);
        let SchemaKind::Type(Type::Object(object)) = &mut schema.schema_kind else {
            continue;
        };
        for (property, slot) in object.properties.iter_mut() {
            let ReferenceOr::Item(prop) = slot else {
                continue;
            };
            // `data: [Record]` of a list document.
            if property == "data"
                && let SchemaKind::Type(Type::Array(array)) = &prop.schema_kind
                && let Some(ReferenceOr::Reference { reference }) = &array.items
            {
                let item = reference.rsplit('/').next().unwrap_or_default().to_owned();
                let records = format!("{item}Records");
                if !added.iter().any(|(n, _): &(String, Schema)| *n == records) {
                    added.push((records.clone(), (**prop).clone()));
                    replacements.push(Replacement {
                        schema: records.clone(),
                        rust: format!("crate::Records<crate::types::{item}>"),
                    });
                }
                *slot = ReferenceOr::Reference {
                    reference: format!("#/components/schemas/{records}"),
                };
                continue;
            }
            let evidence = Evidence::of(&prop.schema_data).or_else(|| schema_evidence.clone());
            let Some(target) = lenient_target(property, prop, evidence.as_ref()) else {
                continue;
            };
            if target == NUMBER && !has_number {
                return Err(format!(
                    "a number attribute is not strict but the spec has no `{NUMBER}` schema (a number or numeric string) to widen it to"
                )
                .into());
            }
            let data = SchemaData {
                nullable: false,
                ..prop.schema_data.clone()
            };
            **prop = Schema {
                schema_data: data,
                schema_kind: SchemaKind::AllOf {
                    all_of: vec![ReferenceOr::Reference {
                        reference: format!("#/components/schemas/{target}"),
                    }],
                },
            };
        }
    }
    for (name, schema) in added {
        if components.schemas.contains_key(&name) {
            return Err(format!("the spec may not define a schema named `{name}`").into());
        }
        components.schemas.insert(name, ReferenceOr::Item(schema));
    }
    for placeholder in [TIMESTAMP, TEXT, ANY] {
        components.schemas.insert(
            placeholder.to_owned(),
            ReferenceOr::Item(Schema {
                schema_data: Default::default(),
                schema_kind: SchemaKind::Type(Type::String(Default::default())),
            }),
        );
    }
    Ok((doc, replacements))
}

/// `date`, `date-time` and free-form formats stay text; `binary`/`byte` do not occur in
/// responses and are left alone.
fn is_text_format(format: &openapiv3::VariantOrUnknownOrEmpty<openapiv3::StringFormat>) -> bool {
    use openapiv3::{StringFormat, VariantOrUnknownOrEmpty as V};
    matches!(
        format,
        V::Item(StringFormat::Date | StringFormat::DateTime) | V::Unknown(_)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn property<'a>(doc: &'a OpenAPI, schema: &str, name: &str) -> &'a ReferenceOr<Box<Schema>> {
        let Some(ReferenceOr::Item(schema)) = doc.components.as_ref().unwrap().schemas.get(schema)
        else {
            panic!("no {schema}");
        };
        let SchemaKind::Type(Type::Object(object)) = &schema.schema_kind else {
            panic!("{name}: not an object");
        };
        &object.properties[name]
    }

    fn all_of(prop: &ReferenceOr<Box<Schema>>) -> Option<String> {
        match prop {
            ReferenceOr::Item(s) => match &s.schema_kind {
                SchemaKind::AllOf { all_of } => match &all_of[..] {
                    [ReferenceOr::Reference { reference }] => Some(reference.clone()),
                    _ => None,
                },
                _ => None,
            },
            ReferenceOr::Reference { .. } => None,
        }
    }

    #[test]
    fn guessed_attributes_widen_and_live_ones_stay_strict() {
        let spec = crate::spec::load(&crate::root()).expect("spec");
        let doc = crate::spec::for_generator(&spec.doc).unwrap();
        let (widened, replacements) = widen(&doc).unwrap();
        let text = Some(format!("#/components/schemas/{TEXT}"));
        let number = Some(format!("#/components/schemas/{NUMBER}"));
        // inferred / call → lenient, description kept.
        let phone = property(&widened, "CompanyAttributes", "phone");
        assert_eq!(all_of(phone), text);
        assert!(phone.as_item().unwrap().schema_data.description.is_some());
        assert_eq!(
            all_of(property(&widened, "ContactAttributes", "email")),
            text
        );
        let timestamp = Some(format!("#/components/schemas/{TIMESTAMP}"));
        assert_eq!(
            all_of(property(&widened, "CompanyAttributes", "created_at")),
            timestamp
        );
        assert_eq!(
            all_of(property(&widened, "ReminderAttributes", "due_at")),
            timestamp
        );
        assert_eq!(
            all_of(property(&widened, "OpportunityStageAttributes", "position")),
            number
        );
        assert_eq!(all_of(property(&widened, "Pagination", "per_page")), number);
        // A live date is lenient until captures show its format (issue 17).
        assert_eq!(
            all_of(property(&widened, "OpportunityAttributes", "close_at")),
            timestamp
        );
        // live → untouched.
        for (schema, name) in [
            ("CompanyAttributes", "name"),
            ("Pagination", "total_pages"),
            ("Company", "type"),
        ] {
            assert_eq!(
                property(&widened, schema, name),
                property(&doc, schema, name),
                "{schema}.{name}"
            );
        }
        // list documents' data → Records<T>.
        assert_eq!(
            property(&widened, "CompanyListDocument", "data"),
            &ReferenceOr::Reference {
                reference: "#/components/schemas/CompanyRecords".into()
            }
        );
        assert!(
            replacements.iter().any(|r| r.schema == "CompanyRecords"
                && r.rust == "crate::Records<crate::types::Company>")
        );
        // A single document's data is one record, not widened.
        assert_eq!(
            property(&widened, "CompanyDocument", "data"),
            property(&doc, "CompanyDocument", "data")
        );
    }
}
