//! Safe writes: the JSON:API document that `--set`, `--custom` or `--json-body` describe, and
//! whether a record already holds (`--if-changed`) or kept (`--verify`) what it says.
//!
//! `--set name=value` types `value` by the attribute's type in the spec (text, number,
//! boolean, or JSON for anything else); `--set name:=JSON` and `--custom key:=JSON` take JSON
//! as it is (`--custom probability:=50`, `--set close_at:=null`). `--custom key=value` sends
//! text. An attribute the spec does not know, or one it marks read-only, is refused: custom
//! fields go with `--custom`, anything else with `--json-body`.

use serde_json::{Map, Value, json};
use spiro_api::{RawRequest, RawResponse};

use crate::catalog::{RecordKind, ValueKind};
use crate::error::CliError;

/// The checks around a write.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Checks {
    /// `--if-changed`: read the record first; send nothing when it holds every value.
    pub(crate) if_changed: bool,
    /// `--verify`: read the record back; fail when a value was not kept.
    pub(crate) verify: bool,
}

/// Sends `request` (a write of `changes`) with its `checks`, reading the record with
/// `read_back` (the GET of its path; no checks without one). `None` when `--if-changed`
/// found nothing to change.
pub(crate) async fn send_checked(
    request: RawRequest<'_>,
    read_back: Option<RawRequest<'_>>,
    changes: &Changes,
    checks: Checks,
) -> Result<Option<RawResponse>, CliError> {
    if checks.if_changed
        && let Some(read_back) = &read_back
    {
        let current: Value = read_back.clone().send().await?.json()?;
        if differences(&current["data"], changes).is_empty() {
            return Ok(None);
        }
    }
    let response = request.send().await?;
    if checks.verify
        && let Some(read_back) = read_back
    {
        let stored: Value = read_back.send().await?.json()?;
        let differences = differences(&stored["data"], changes);
        if !differences.is_empty() {
            return Err(CliError::Failed(format!(
                "--verify: Spiro did not keep every value written: {}",
                differences.join("; ")
            )));
        }
    }
    Ok(Some(response))
}

/// What a write sets: attributes and custom fields.
#[derive(Debug, Default, Clone, PartialEq)]
pub(crate) struct Changes {
    pub(crate) attributes: Map<String, Value>,
    pub(crate) custom: Map<String, Value>,
}

impl Changes {
    pub(crate) fn is_empty(&self) -> bool {
        self.attributes.is_empty() && self.custom.is_empty()
    }

    /// Adds `--set NAME=VALUE` / `--set NAME:=JSON`, checked against `kind`'s attributes.
    pub(crate) fn set(&mut self, kind: &RecordKind, assignment: &str) -> Result<(), CliError> {
        let (name, raw, json) = split(assignment, "--set")?;
        let value = match (json, kind.attribute(name)) {
            (_, None) if name == "custom" => {
                return Err(CliError::Usage(
                    "custom fields are set one by one with `--custom KEY=VALUE`".to_owned(),
                ));
            }
            (_, None) => {
                let known: Vec<&str> = kind.attributes.iter().map(|a| a.name).collect();
                return Err(CliError::Usage(format!(
                    "`{name}` is not an attribute of {} in the spec (known: {}); custom fields go \
                     with --custom, anything else with --json-body",
                    kind.type_name,
                    known.join(", ")
                )));
            }
            (_, Some(attribute)) if attribute.read_only => {
                return Err(CliError::Usage(format!(
                    "`{name}` is read-only: Spiro sets it"
                )));
            }
            (true, Some(_)) => parse_json(name, raw)?,
            (false, Some(attribute)) => typed(name, raw, attribute.kind)?,
        };
        self.attributes.insert(name.to_owned(), value);
        Ok(())
    }

    /// Adds `--custom KEY=VALUE` (text) / `--custom KEY:=JSON`.
    pub(crate) fn custom(&mut self, assignment: &str) -> Result<(), CliError> {
        let (name, raw, json) = split(assignment, "--custom")?;
        let value = if json {
            parse_json(name, raw)?
        } else {
            Value::String(raw.to_owned())
        };
        self.custom.insert(name.to_owned(), value);
        Ok(())
    }

    /// Changes read from a line of `spiro apply`: `set` and `custom` objects of JSON values.
    pub(crate) fn from_json(
        kind: &RecordKind,
        set: Option<&Value>,
        custom: Option<&Value>,
    ) -> Result<Changes, String> {
        let object = |value: Option<&Value>, what: &str| match value {
            None => Ok(Map::new()),
            Some(Value::Object(map)) => Ok(map.clone()),
            Some(_) => Err(format!("`{what}` must be an object")),
        };
        let attributes = object(set, "set")?;
        for name in attributes.keys() {
            match kind.attribute(name) {
                None => {
                    return Err(format!(
                        "`{name}` is not an attribute of {} in the spec",
                        kind.type_name
                    ));
                }
                Some(a) if a.read_only => return Err(format!("`{name}` is read-only")),
                Some(_) => {}
            }
        }
        Ok(Changes {
            attributes,
            custom: object(custom, "custom")?,
        })
    }

    /// The JSON:API document that writes these changes to a record of `kind` (with `id` for
    /// an update): only what is set is sent, Spiro keeps the rest.
    pub(crate) fn document(&self, kind: &RecordKind, id: Option<&str>) -> Value {
        let mut attributes = self.attributes.clone();
        if !self.custom.is_empty() {
            attributes.insert("custom".to_owned(), Value::Object(self.custom.clone()));
        }
        let mut data = json!({ "type": kind.type_name, "attributes": attributes });
        if let Some(id) = id {
            data["id"] = Value::String(id.to_owned());
        }
        json!({ "data": data })
    }
}

/// The changes a write document makes (its `data.attributes`, `custom` apart).
pub(crate) fn changes_of(document: &Value) -> Changes {
    let mut attributes = document["data"]["attributes"]
        .as_object()
        .cloned()
        .unwrap_or_default();
    let custom = match attributes.remove("custom") {
        Some(Value::Object(custom)) => custom,
        _ => Map::new(),
    };
    Changes { attributes, custom }
}

/// The changes that `record` (a resource object) does not hold yet, each as
/// `name: has X, wanted Y`. Empty when every value already matches.
pub(crate) fn differences(record: &Value, changes: &Changes) -> Vec<String> {
    let attributes = &record["attributes"];
    let mut out = Vec::new();
    let mut compare = |name: String, stored: &Value, wanted: &Value| {
        if !same(stored, wanted) {
            out.push(format!("{name}: has {stored}, wanted {wanted}"));
        }
    };
    for (name, wanted) in &changes.attributes {
        compare(name.clone(), &attributes[name], wanted);
    }
    for (name, wanted) in &changes.custom {
        compare(
            format!("custom.{name}"),
            &attributes["custom"][name],
            wanted,
        );
    }
    out
}

/// Whether a stored value holds what was asked for: equal JSON, or the same text where one
/// side is a string and the other a number or boolean (Spiro's types are partly guessed:
/// `50` and `"50"` are the same value to it), or a pick-list object whose `label` or `value`
/// is the text.
fn same(stored: &Value, wanted: &Value) -> bool {
    if stored == wanted {
        return true;
    }
    let scalar = |v: &Value| match v {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        Value::Bool(b) => Some(b.to_string()),
        _ => None,
    };
    let numbers_equal = |a: &Value, b: &Value| {
        let number = |v: &Value| match v {
            Value::Number(n) => n.as_f64(),
            Value::String(s) => s.trim().parse::<f64>().ok(),
            _ => None,
        };
        matches!((number(a), number(b)), (Some(x), Some(y)) if x == y)
    };
    match (stored, wanted) {
        (Value::Object(object), Value::String(text)) => ["label", "value"]
            .iter()
            .any(|key| object.get(*key).and_then(scalar).as_deref() == Some(text)),
        (Value::Number(_), _) | (_, Value::Number(_)) => numbers_equal(stored, wanted),
        _ => matches!((scalar(stored), scalar(wanted)), (Some(a), Some(b)) if a == b),
    }
}

/// `NAME=VALUE` or `NAME:=JSON` → (name, value text, is JSON).
fn split<'a>(assignment: &'a str, flag: &str) -> Result<(&'a str, &'a str, bool), CliError> {
    let Some((name, value)) = assignment.split_once('=') else {
        return Err(CliError::Usage(format!(
            "{flag} {assignment:?}: expected NAME=VALUE or NAME:=JSON"
        )));
    };
    let (name, json) = match name.strip_suffix(':') {
        Some(name) => (name, true),
        None => (name, false),
    };
    if name.is_empty() {
        return Err(CliError::Usage(format!(
            "{flag} {assignment:?}: the name is empty"
        )));
    }
    Ok((name, value, json))
}

fn parse_json(name: &str, raw: &str) -> Result<Value, CliError> {
    serde_json::from_str(raw)
        .map_err(|e| CliError::Usage(format!("`{name}:={raw}` is not JSON: {e}")))
}

fn typed(name: &str, raw: &str, kind: ValueKind) -> Result<Value, CliError> {
    match kind {
        ValueKind::Text => Ok(Value::String(raw.to_owned())),
        ValueKind::Number => raw
            .trim()
            .parse::<serde_json::Number>()
            .map(Value::Number)
            .map_err(|_| {
                CliError::Usage(format!(
                    "`{name}` is a number: {raw:?} is not one (use `{name}:=JSON` for anything else)"
                ))
            }),
        ValueKind::Boolean => match raw.trim() {
            "true" => Ok(Value::Bool(true)),
            "false" => Ok(Value::Bool(false)),
            _ => Err(CliError::Usage(format!(
                "`{name}` is true or false, not {raw:?}"
            ))),
        },
        ValueKind::Json => parse_json(name, raw),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog;

    fn opportunity() -> &'static RecordKind {
        catalog::record_kind("opportunity").unwrap()
    }

    #[test]
    fn set_and_custom_build_the_json_api_document() {
        let mut changes = Changes::default();
        changes.set(opportunity(), "name=Roof, phase 2").unwrap();
        changes.set(opportunity(), "amount=48250.5").unwrap();
        changes.set(opportunity(), "close_at:=null").unwrap();
        changes.custom("bc_packaging_quote=Q-1=A").unwrap();
        changes.custom("probability:=50").unwrap();
        assert_eq!(
            changes.document(opportunity(), Some("7")),
            json!({ "data": { "type": "opportunity", "id": "7", "attributes": {
                "name": "Roof, phase 2", "amount": 48250.5, "close_at": null,
                "custom": { "bc_packaging_quote": "Q-1=A", "probability": 50 } } } })
        );
        assert_eq!(changes_of(&changes.document(opportunity(), None)), changes);
    }

    #[test]
    fn unknown_read_only_and_mistyped_attributes_are_refused() {
        let mut changes = Changes::default();
        for bad in [
            "nmae=x",
            "updated_at=2026-01-01",
            "amount=lots",
            "custom=x",
            "=x",
            "name",
        ] {
            let error = changes.set(opportunity(), bad).unwrap_err();
            assert!(matches!(error, CliError::Usage(_)), "{bad}: {error}");
        }
        let error = changes
            .set(opportunity(), "nmae=x")
            .unwrap_err()
            .to_string();
        assert!(error.contains("known: name, amount"), "{error}");
        assert!(changes.is_empty());
    }

    #[test]
    fn differences_compare_leniently() {
        let record = json!({ "attributes": { "name": "Roof", "amount": "48250.0",
            "custom": { "bc_packaging_quote": "Q-1", "rating": { "label": "Warm" }, "n": 50 } } });
        let mut changes = Changes::default();
        changes.set(opportunity(), "name=Roof").unwrap();
        changes.set(opportunity(), "amount=48250").unwrap();
        changes.custom("bc_packaging_quote=Q-1").unwrap();
        changes.custom("rating=Warm").unwrap();
        changes.custom("n=50").unwrap();
        assert!(differences(&record, &changes).is_empty());
        changes.custom("bc_packaging_quote=Q-2").unwrap();
        changes.custom("missing=x").unwrap();
        assert_eq!(
            differences(&record, &changes),
            [
                "custom.bc_packaging_quote: has \"Q-1\", wanted \"Q-2\"",
                "custom.missing: has null, wanted \"x\""
            ]
        );
    }
}
