//! Custom fields: the per-organisation values under `attributes.custom`.

use std::collections::BTreeMap;

use serde::de::DeserializeOwned;
use serde_json::Value;

/// The custom fields of a record, keyed by their snake_case API name.
///
/// Values are kept as JSON so that no shape Spiro sends can break decoding: text, number,
/// date and link fields are scalars, pick-lists and pickers are objects with a `label`,
/// multi pick-lists are arrays.
///
/// ```
/// use spiro_api::CustomFields;
/// let custom: CustomFields = serde_json::from_value(serde_json::json!({
///     "probability": 60,
///     "rating": { "label": "Warm" },
///     "industries_served": [{ "label": "Food" }, "Retail"],
/// })).unwrap();
/// assert_eq!(custom.get_as::<u8>("probability").unwrap(), 60);
/// assert_eq!(custom.label("rating"), Some("Warm"));
/// assert_eq!(custom.labels("industries_served"), ["Food", "Retail"]);
/// ```
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, schemars::JsonSchema,
)]
#[serde(transparent)]
pub struct CustomFields(BTreeMap<String, Value>);

/// Why a custom field could not be read as the requested type.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum CustomFieldError {
    /// The record has no such custom field.
    #[error("custom field `{key}` is not present")]
    Missing {
        /// The field's API name.
        key: String,
    },
    /// The value does not have the requested type. The message says what kind of value was
    /// found, never the value itself; serde's own message (which may quote it) is `error`.
    #[error("custom field `{key}` is not a {expected}: {}", found(.error))]
    WrongType {
        /// The field's API name.
        key: String,
        /// The requested Rust type.
        expected: &'static str,
        /// What serde reported (not this error's `source()`: it may quote the value).
        error: serde_json::Error,
    },
}

/// What was found instead, in words that hold no value.
fn found(error: &serde_json::Error) -> String {
    let problem = super::decode::Problem::new(String::new(), error);
    match problem.expected {
        Some(_) => format!("found {}", problem.found),
        None => problem.found,
    }
}

impl CustomFields {
    /// No fields.
    pub fn new() -> Self {
        Self::default()
    }

    /// The raw value of `key`.
    pub fn get(&self, key: &str) -> Option<&Value> {
        self.0.get(key)
    }

    /// The value of `key` decoded as `T`. Use `Option<T>` for fields that may be null.
    pub fn get_as<T: DeserializeOwned>(&self, key: &str) -> Result<T, CustomFieldError> {
        let value = self.0.get(key).ok_or_else(|| CustomFieldError::Missing {
            key: key.to_owned(),
        })?;
        T::deserialize(value).map_err(|error| CustomFieldError::WrongType {
            key: key.to_owned(),
            expected: std::any::type_name::<T>(),
            error,
        })
    }

    /// The display text of `key`: a pick-list's `label`, or the value itself when it is text.
    pub fn label(&self, key: &str) -> Option<&str> {
        self.0.get(key).and_then(label_of)
    }

    /// The display texts of a multi pick-list (or of a single value, as a list of one).
    pub fn labels(&self, key: &str) -> Vec<&str> {
        match self.0.get(key) {
            Some(Value::Array(items)) => items.iter().filter_map(label_of).collect(),
            Some(value) => label_of(value).into_iter().collect(),
            None => Vec::new(),
        }
    }

    /// Sets `key`, returning the previous value. In an update, send a `CustomFields` that
    /// holds only the keys you change: Spiro leaves the others as they are.
    pub fn insert(&mut self, key: impl Into<String>, value: impl Into<Value>) -> Option<Value> {
        self.0.insert(key.into(), value.into())
    }

    /// Removes `key` from this map (it does not clear the field on Spiro; insert
    /// `Value::Null` for that).
    pub fn remove(&mut self, key: &str) -> Option<Value> {
        self.0.remove(key)
    }

    /// Whether `key` is present.
    pub fn contains_key(&self, key: &str) -> bool {
        self.0.contains_key(key)
    }

    /// The fields in key order.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &Value)> {
        self.0.iter().map(|(k, v)| (k.as_str(), v))
    }

    /// Number of fields.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Whether there are no fields.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl<K: Into<String>, V: Into<Value>> FromIterator<(K, V)> for CustomFields {
    fn from_iter<I: IntoIterator<Item = (K, V)>>(iter: I) -> Self {
        Self(
            iter.into_iter()
                .map(|(k, v)| (k.into(), v.into()))
                .collect(),
        )
    }
}

fn label_of(value: &Value) -> Option<&str> {
    match value {
        Value::String(text) => Some(text),
        Value::Object(object) => object.get("label").and_then(Value::as_str),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn sample() -> CustomFields {
        serde_json::from_value(json!({
            "bc_packaging_quote": "https://example.com/q",
            "probability": 60,
            "rating": { "label": "Warm" },
            "assigned_isr": { "label": "Dana Ortiz", "value": 40213 },
            "industries_served": ["Food & Beverage"],
            "empty": null,
        }))
        .unwrap()
    }

    #[test]
    fn typed_access_and_errors() {
        let custom = sample();
        assert_eq!(
            custom.get_as::<String>("bc_packaging_quote").unwrap(),
            "https://example.com/q"
        );
        assert_eq!(custom.get_as::<f64>("probability").unwrap(), 60.0);
        assert_eq!(custom.get_as::<Option<String>>("empty").unwrap(), None);
        let missing = custom.get_as::<String>("nope").unwrap_err();
        assert!(matches!(missing, CustomFieldError::Missing { ref key } if key == "nope"));
        let wrong = custom.get_as::<u32>("rating").unwrap_err();
        assert!(
            matches!(
                wrong,
                CustomFieldError::WrongType {
                    expected: "u32",
                    ..
                }
            ),
            "{wrong}"
        );
        assert_eq!(
            wrong.to_string(),
            "custom field `rating` is not a u32: found an object"
        );
        assert!(std::error::Error::source(&wrong).is_none());
        let text = custom.get_as::<u32>("bc_packaging_quote").unwrap_err();
        assert_eq!(
            text.to_string(),
            "custom field `bc_packaging_quote` is not a u32: found a string",
            "the value is not shown"
        );
    }

    #[test]
    fn labels_of_picklists() {
        let custom = sample();
        assert_eq!(custom.label("rating"), Some("Warm"));
        assert_eq!(custom.label("assigned_isr"), Some("Dana Ortiz"));
        assert_eq!(custom.label("probability"), None);
        assert_eq!(custom.labels("industries_served"), ["Food & Beverage"]);
        assert_eq!(custom.labels("rating"), ["Warm"]);
        assert!(custom.labels("nope").is_empty());
    }

    #[test]
    fn only_inserted_keys_are_serialized() {
        let mut changes = CustomFields::new();
        changes.insert("bc_packaging_quote", "https://example.com/new");
        assert_eq!(
            serde_json::to_value(&changes).unwrap(),
            json!({"bc_packaging_quote": "https://example.com/new"})
        );
    }
}
