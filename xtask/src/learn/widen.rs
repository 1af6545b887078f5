//! The type of an attribute after what a capture saw: widened, never narrowed. Works on the
//! attribute's YAML mapping (the form `layout` edits), and returns the key-level edits.

use std::collections::BTreeSet;

use serde_yaml::{Mapping, Value};

use crate::layout::Edit;

/// The JSON types a schema allows, or `None` when it does not say (no `type`, or a union
/// with an untyped variant).
pub fn declared_types(schema: &Value) -> Option<BTreeSet<String>> {
    if let Some(t) = schema.get("type").and_then(Value::as_str) {
        return Some(BTreeSet::from([t.to_owned()]));
    }
    variants(schema)?
        .iter()
        .map(|v| v.get("type").and_then(Value::as_str).map(str::to_owned))
        .collect()
}

/// The variants of a `oneOf`/`anyOf` schema.
fn variants(schema: &Value) -> Option<&Vec<Value>> {
    schema
        .get("oneOf")
        .or_else(|| schema.get("anyOf"))
        .and_then(Value::as_sequence)
}

/// Whether the schema accepts `null` (OpenAPI 3.0: `nullable`, on it or on a variant).
pub fn allows_null(schema: &Value) -> bool {
    let nullable = |s: &Value| s.get("nullable").and_then(Value::as_bool) == Some(true);
    nullable(schema) || variants(schema).is_some_and(|v| v.iter().any(nullable))
}

fn allows(declared: &BTreeSet<String>, seen: &str) -> bool {
    declared.contains(seen) || (seen == "integer" && declared.contains("number"))
}

/// The seen JSON types (`null` aside) that the schema does not allow.
pub fn unexpected<'a>(schema: &Value, seen: impl Iterator<Item = &'a String>) -> BTreeSet<String> {
    let Some(declared) = declared_types(schema) else {
        return BTreeSet::new();
    };
    seen.filter(|t| *t != "null" && !allows(&declared, t))
        .cloned()
        .collect()
}

/// Keywords that describe one type: they move into that type's variant when a property
/// becomes a union.
const TYPE_KEYWORDS: [&str; 11] = [
    "format",
    "pattern",
    "enum",
    "minimum",
    "maximum",
    "exclusiveMinimum",
    "exclusiveMaximum",
    "minLength",
    "maxLength",
    "multipleOf",
    "nullable",
];

/// A typed variant (OpenAPI 3.0 has no type lists; `nullable` goes on a variant, since a
/// `nullable` without a sibling `type` is invalid).
pub fn typed(t: &str, nullable: bool) -> Mapping {
    let mut m = Mapping::new();
    m.insert("type".into(), t.into());
    match t {
        "object" => {
            m.insert("additionalProperties".into(), Value::Bool(true));
        }
        "array" => {
            m.insert("items".into(), Value::Mapping(Mapping::new()));
        }
        _ => {}
    }
    if nullable {
        m.insert("nullable".into(), Value::Bool(true));
    }
    m
}

/// The type of a new attribute: its one type, or a `oneOf` of the types seen, nullable (on the
/// first variant) like every attribute of the spec: no capture shows that Spiro never leaves it
/// empty. `None` when only `null` was seen: there is no type to declare.
pub fn new_type<'a>(seen: impl Iterator<Item = &'a String>) -> Option<Mapping> {
    let nullable = true;
    let mut types = BTreeSet::new();
    for t in seen.filter(|t| *t != "null") {
        types.insert(t.as_str());
    }
    if types.contains("number") {
        types.remove("integer");
    }
    match types.iter().copied().collect::<Vec<_>>().as_slice() {
        [] => None,
        [only] => Some(typed(only, nullable)),
        several => {
            let mut m = Mapping::new();
            m.insert(
                "oneOf".into(),
                Value::Sequence(
                    several
                        .iter()
                        .enumerate()
                        .map(|(i, t)| Value::Mapping(typed(t, nullable && i == 0)))
                        .collect(),
                ),
            );
            Some(m)
        }
    }
}

/// Edits that make the property at `at` accept `extra` types too (and `null` when
/// `nullable`): a `oneOf` whose first variants are the declared ones, unchanged except for
/// `nullable`. Nothing the spec allowed is dropped.
pub fn widen(at: &[String], schema: &Value, extra: &BTreeSet<String>, nullable: bool) -> Vec<Edit> {
    let mut old_variants: Vec<Value> = match variants(schema) {
        Some(list) => list.clone(),
        None => {
            let mut only = Mapping::new();
            for key in std::iter::once("type").chain(TYPE_KEYWORDS) {
                if let Some(v) = schema.get(key) {
                    only.insert(key.into(), v.clone());
                }
            }
            vec![Value::Mapping(only)]
        }
    };
    // `integer` widened by `number` is just `number`.
    let mut extra = extra.clone();
    if extra.contains("number") {
        for v in &mut old_variants {
            if v.get("type").and_then(Value::as_str) == Some("integer")
                && let Some(m) = v.as_mapping_mut()
            {
                m.insert("type".into(), "number".into());
                m.shift_remove("format");
            }
        }
        if old_variants
            .iter()
            .any(|v| v.get("type").and_then(Value::as_str) == Some("number"))
        {
            extra.remove("number");
        }
    }
    // An integer is a number: only a new `integer` variant when no variant is a number.
    if extra.contains("number")
        || old_variants
            .iter()
            .any(|v| v.get("type").and_then(Value::as_str) == Some("number"))
    {
        extra.remove("integer");
    }
    let mut all = old_variants;
    all.extend(extra.iter().map(|t| Value::Mapping(typed(t, false))));
    // `null` on the first variant only: the variants of a `oneOf` must stay mutually
    // exclusive (Redocly's `no-illogical-composition-keywords`).
    for (i, v) in all.iter_mut().enumerate() {
        if let Some(m) = v.as_mapping_mut() {
            if nullable && i == 0 {
                m.insert("nullable".into(), Value::Bool(true));
            } else {
                m.shift_remove("nullable");
            }
        }
    }
    // The type-describing keys the property ends up with; the others are removed. Keys that
    // stay are set in place, so the diff shows a changed line rather than a moved one.
    let mut wanted = Mapping::new();
    match all.as_slice() {
        [Value::Mapping(only)] => wanted = only.clone(),
        _ => {
            wanted.insert("oneOf".into(), Value::Sequence(all));
        }
    }
    let mut edits: Vec<Edit> = std::iter::once("type")
        .chain(TYPE_KEYWORDS)
        .chain(["anyOf", "oneOf"])
        .filter(|k| schema.get(*k).is_some() && !wanted.contains_key(*k))
        .map(|k| Edit::Remove {
            parent: at.to_vec(),
            key: k.to_owned(),
        })
        .collect();
    for (k, v) in &wanted {
        if let Some(k) = k.as_str()
            && schema.get(k) != Some(v)
        {
            edits.push(Edit::Set {
                parent: at.to_vec(),
                key: k.to_owned(),
                value: v.clone(),
            });
        }
    }
    edits
}

#[cfg(test)]
mod tests {
    use super::*;

    fn yaml(text: &str) -> Value {
        serde_yaml::from_str(text).expect("yaml")
    }

    fn set(edits: &[Edit], key: &str) -> Option<Value> {
        edits.iter().find_map(|e| match e {
            Edit::Set { key: k, value, .. } if k == key => Some(value.clone()),
            _ => None,
        })
    }

    #[test]
    fn a_string_seen_as_an_integer_becomes_a_union_that_keeps_the_string() {
        let schema = yaml("{type: string, nullable: true, maxLength: 3}");
        let extra = unexpected(&schema, ["integer".to_owned(), "null".to_owned()].iter());
        assert_eq!(extra, BTreeSet::from(["integer".to_owned()]));
        let edits = widen(&["p".to_owned()], &schema, &extra, true);
        assert_eq!(
            set(&edits, "oneOf"),
            Some(yaml(
                "[{type: string, nullable: true, maxLength: 3}, {type: integer}]"
            ))
        );
        assert!(
            edits
                .iter()
                .any(|e| matches!(e, Edit::Remove { key, .. } if key == "type"))
        );
    }

    #[test]
    fn an_integer_seen_as_a_number_becomes_a_number_in_place() {
        let schema = yaml("{type: integer, format: int64, minimum: 0}");
        let extra = unexpected(&schema, ["number".to_owned()].iter());
        let edits = widen(&["p".to_owned()], &schema, &extra, false);
        assert_eq!(set(&edits, "type"), Some(yaml("number")));
        assert!(
            edits
                .iter()
                .any(|e| matches!(e, Edit::Remove { key, .. } if key == "format"))
        );
        assert_eq!(set(&edits, "minimum"), None, "kept as it was");
    }

    #[test]
    fn new_types() {
        let seen = |t: &[&str]| t.iter().map(|s| (*s).to_owned()).collect::<Vec<_>>();
        assert_eq!(new_type(seen(&["null"]).iter()), None);
        assert_eq!(
            Value::Mapping(new_type(seen(&["string", "null"]).iter()).unwrap()),
            yaml("{type: string, nullable: true}")
        );
        assert_eq!(
            Value::Mapping(new_type(seen(&["string"]).iter()).unwrap()),
            yaml("{type: string, nullable: true}")
        );
        assert_eq!(
            Value::Mapping(new_type(seen(&["integer", "number", "object"]).iter()).unwrap()),
            yaml(
                "{oneOf: [{type: number, nullable: true}, {type: object, additionalProperties: true}]}"
            )
        );
    }
}
