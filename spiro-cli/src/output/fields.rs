//! `--fields id,name,custom.bc_packaging_quote,user.email`: columns picked from a record, where
//! a name that starts with one of the record's relationships reads the related record from
//! `included`.
//!
//! A field is a dotted path, read in this order:
//! - `id`, `type`: the record's own;
//! - `attributes.…`, `relationships.…`, `links.…`, `meta.…`: from the record as it came;
//! - `custom.KEY`: a custom field (`attributes.custom.KEY`);
//! - `REL.id`, `REL.type`: the identifier in `relationships.REL` (no `include` needed);
//! - `REL.NAME…`: read from the related record in `included` the same way (`user.email`,
//!   `company.custom.segment`); `REL` is a relationship of the record kind or of the record;
//! - anything else, `NAME…`: the attribute `NAME`.
//!
//! Further segments walk into objects (`custom.rating.label`). A to-many relationship gives a
//! list. Whatever is missing is `null`.

use serde_json::Value;
use spiro_api::types::IncludedResource;

use crate::catalog::RecordKind;

/// One column.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Field {
    /// As given, e.g. `user.email`: the column's header.
    pub(crate) name: String,
    segments: Vec<String>,
}

/// Splits `--fields`; empty names are refused.
pub(crate) fn parse(list: &str) -> Result<Vec<Field>, String> {
    list.split(',')
        .map(str::trim)
        .map(|name| {
            let segments: Vec<String> = name.split('.').map(str::to_owned).collect();
            if segments.iter().any(String::is_empty) {
                Err(format!(
                    "`{name}` is not a field name (in --fields {list:?})"
                ))
            } else {
                Ok(Field {
                    name: name.to_owned(),
                    segments,
                })
            }
        })
        .collect()
}

/// The default columns of a record kind: `id` and its attributes in spec order.
pub(crate) fn defaults(kind: Option<&RecordKind>) -> Vec<Field> {
    let mut names = vec!["id".to_owned()];
    if let Some(kind) = kind {
        names.extend(kind.attributes.iter().map(|a| a.name.to_owned()));
    }
    names
        .into_iter()
        .map(|name| Field {
            segments: vec![name.clone()],
            name,
        })
        .collect()
}

/// The relationships that `fields` read from `included` (to ask for with `include`).
pub(crate) fn included_relationships(fields: &[Field], kind: Option<&RecordKind>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for field in fields {
        let [relationship, rest @ ..] = field.segments.as_slice() else {
            continue;
        };
        let identifier_only = matches!(rest, [one] if one == "id" || one == "type");
        if kind.is_some_and(|k| k.relationships.contains(&relationship.as_str()))
            && !rest.is_empty()
            && !identifier_only
            && !out.contains(relationship)
        {
            out.push(relationship.clone());
        }
    }
    out
}

impl Field {
    /// The value of this field in `record`, with the page's `included` records.
    pub(crate) fn value(
        &self,
        record: &Value,
        included: &[IncludedResource],
        kind: Option<&RecordKind>,
    ) -> Value {
        let segments: Vec<&str> = self.segments.iter().map(String::as_str).collect();
        read(record, &segments, included, kind)
    }
}

fn read(
    record: &Value,
    segments: &[&str],
    included: &[IncludedResource],
    kind: Option<&RecordKind>,
) -> Value {
    let Some((first, rest)) = segments.split_first() else {
        return Value::Null;
    };
    let is_relationship = kind.is_some_and(|k| k.relationships.contains(first))
        || record["relationships"].get(*first).is_some();
    match (*first, rest) {
        ("id" | "type", []) => record[*first].clone(),
        ("attributes" | "relationships" | "links" | "meta", _) => walk(&record[*first], rest),
        ("custom", _) => walk(&record["attributes"]["custom"], rest),
        (_, [_, ..]) if is_relationship => {
            let data = &record["relationships"][*first]["data"];
            match data {
                Value::Array(items) => Value::Array(
                    items
                        .iter()
                        .map(|identifier| related(identifier, rest, included))
                        .collect(),
                ),
                identifier => related(identifier, rest, included),
            }
        }
        _ => walk(&record["attributes"], segments),
    }
}

/// `rest` of the record that `identifier` points at.
fn related(identifier: &Value, rest: &[&str], included: &[IncludedResource]) -> Value {
    match rest {
        ["id" | "type"] => identifier[rest[0]].clone(),
        _ => {
            let (Some(type_), Some(id)) = (identifier["type"].as_str(), id_text(&identifier["id"]))
            else {
                return Value::Null;
            };
            included
                .iter()
                .find(|r| r.type_ == type_ && r.id.as_str() == id)
                .and_then(|r| serde_json::to_value(r).ok())
                .map_or(Value::Null, |record| read(&record, rest, &[], None))
        }
    }
}

fn id_text(id: &Value) -> Option<String> {
    match id {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

fn walk(value: &Value, path: &[&str]) -> Value {
    path.iter()
        .try_fold(value, |value, key| value.get(key))
        .cloned()
        .unwrap_or(Value::Null)
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;
    use crate::catalog;

    fn opportunity() -> (Value, Vec<IncludedResource>) {
        let record = json!({
            "id": "7", "type": "opportunity",
            "attributes": { "name": "Roof", "amount": 48250.5,
                "custom": { "bc_packaging_quote": "Q-1", "rating": { "label": "Warm" } } },
            "relationships": {
                "user": { "data": { "type": "user", "id": "3" } },
                "company": { "data": null },
                "pipeline": { "data": { "type": "pipeline", "id": 9 } }
            }
        });
        let included = serde_json::from_value(json!([
            { "id": "3", "type": "user", "attributes": { "email": "ann@example.com" } },
            { "id": "3", "type": "company", "attributes": { "email": "wrong type" } }
        ]))
        .unwrap();
        (record, included)
    }

    fn values(list: &str) -> Vec<Value> {
        let (record, included) = opportunity();
        let kind = catalog::record_kind("opportunity");
        parse(list)
            .unwrap()
            .iter()
            .map(|f| f.value(&record, &included, kind))
            .collect()
    }

    #[test]
    fn reads_attributes_custom_fields_and_related_records() {
        assert_eq!(
            values("id,name,amount,custom.bc_packaging_quote,custom.rating.label,user.email"),
            [
                json!("7"),
                json!("Roof"),
                json!(48250.5),
                json!("Q-1"),
                json!("Warm"),
                json!("ann@example.com")
            ]
        );
    }

    #[test]
    fn missing_things_are_null_and_identifiers_need_no_include() {
        assert_eq!(
            values("user.id,pipeline.id,company.name,pipeline.name,nothing,custom.nothing"),
            [
                json!("3"),
                json!(9),
                Value::Null,
                Value::Null,
                Value::Null,
                Value::Null
            ]
        );
    }

    #[test]
    fn relationship_columns_ask_for_include_unless_they_read_the_identifier() {
        let kind = catalog::record_kind("opportunity");
        let fields = parse("id,user.email,company.id,user.name,pipeline.custom.x").unwrap();
        assert_eq!(included_relationships(&fields, kind), ["user", "pipeline"]);
    }

    #[test]
    fn empty_names_are_refused() {
        assert!(parse("id,,name").is_err());
        assert!(parse("user.").is_err());
    }
}
