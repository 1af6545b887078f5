//! Text that may arrive as a JSON string, number or boolean.
use std::fmt;

/// A text attribute whose JSON type the spec only infers (its evidence is not `live`).
///
/// `cargo xtask generate` gives this type to every `string` attribute whose
/// `x-spiro-evidence` is not `live`, so that an id, a phone number or a status that Spiro
/// sends as `12345` or `true` instead of `"12345"` still decodes. The text is kept as it
/// arrived and is sent back in the same JSON form; text built from a `&str` is sent as a
/// JSON string.
///
/// ```
/// use spiro_api::Text;
/// let number: Text = serde_json::from_str("4155550100").unwrap();
/// let text: Text = serde_json::from_str("\"Open\"").unwrap();
/// assert_eq!(number.as_str(), "4155550100");
/// assert_eq!(text.as_str(), "Open");
/// assert_eq!(serde_json::to_string(&number).unwrap(), "4155550100");
/// assert_eq!(serde_json::to_string(&Text::from("x")).unwrap(), "\"x\"");
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Text {
    text: String,
    wire: Wire,
}

/// The JSON type the text arrived as.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
enum Wire {
    String,
    Number,
    Bool,
}

impl Text {
    /// The text, e.g. `4155550100` for a number that arrived as `4155550100`.
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// The text as `f64` when it spells a finite number (whatever JSON type it arrived as).
    pub fn as_f64(&self) -> Option<f64> {
        self.text
            .trim()
            .parse::<f64>()
            .ok()
            .filter(|n| n.is_finite())
    }

    /// Whether it arrived as a JSON string (and not as a number or a boolean).
    pub fn arrived_as_string(&self) -> bool {
        self.wire == Wire::String
    }

    /// The text, by value.
    pub fn into_string(self) -> String {
        self.text
    }
}

impl fmt::Display for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text)
    }
}

impl From<&str> for Text {
    fn from(text: &str) -> Self {
        text.to_owned().into()
    }
}

impl From<String> for Text {
    fn from(text: String) -> Self {
        Self {
            text,
            wire: Wire::String,
        }
    }
}

impl PartialEq<str> for Text {
    fn eq(&self, other: &str) -> bool {
        self.text == other
    }
}

impl PartialEq<&str> for Text {
    fn eq(&self, other: &&str) -> bool {
        self.text == *other
    }
}

impl serde::Serialize for Text {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self.wire {
            Wire::String => s.serialize_str(&self.text),
            Wire::Number => match serde_json::from_str::<serde_json::Number>(&self.text) {
                Ok(n) => n.serialize(s),
                Err(_) => s.serialize_str(&self.text),
            },
            Wire::Bool => match self.text.as_str() {
                "true" => s.serialize_bool(true),
                "false" => s.serialize_bool(false),
                _ => s.serialize_str(&self.text),
            },
        }
    }
}

impl<'de> serde::Deserialize<'de> for Text {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        #[derive(serde::Deserialize)]
        #[serde(untagged)]
        enum Any {
            Text(String),
            Number(serde_json::Number),
            Bool(bool),
        }
        Ok(match Any::deserialize(d)? {
            Any::Text(text) => Self {
                text,
                wire: Wire::String,
            },
            Any::Number(n) => Self {
                text: n.to_string(),
                wire: Wire::Number,
            },
            Any::Bool(b) => Self {
                text: b.to_string(),
                wire: Wire::Bool,
            },
        })
    }
}

impl schemars::JsonSchema for Text {
    fn schema_name() -> String {
        "Text".to_owned()
    }

    fn json_schema(_: &mut schemars::r#gen::SchemaGenerator) -> schemars::schema::Schema {
        use schemars::schema::{InstanceType, SchemaObject};
        SchemaObject {
            instance_type: Some(
                vec![
                    InstanceType::String,
                    InstanceType::Number,
                    InstanceType::Boolean,
                ]
                .into(),
            ),
            ..Default::default()
        }
        .into()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn strings_numbers_and_booleans_decode_and_round_trip() {
        for (wire, text) in [
            ("\"Open\"", "Open"),
            ("12345", "12345"),
            ("-3.5", "-3.5"),
            ("true", "true"),
            ("\"\"", ""),
        ] {
            let value: Text = serde_json::from_str(wire).unwrap();
            assert_eq!(value.as_str(), text, "{wire}");
            assert_eq!(serde_json::to_string(&value).unwrap(), wire);
        }
    }

    #[test]
    fn objects_arrays_and_null_are_refused() {
        for wire in ["{}", "[]", "null", "{\"label\":\"x\"}"] {
            assert!(serde_json::from_str::<Text>(wire).is_err(), "{wire}");
        }
        let absent: Option<Text> = serde_json::from_str("null").unwrap();
        assert_eq!(absent, None);
    }

    proptest! {
        #[test]
        fn any_input_decodes_or_errors_without_panicking(text in ".{0,40}") {
            if let Ok(value) = serde_json::from_str::<Text>(&text) {
                let again: Text = serde_json::from_str(&serde_json::to_string(&value).unwrap()).unwrap();
                prop_assert_eq!(again, value);
            }
        }

        #[test]
        fn any_string_round_trips(s in any::<String>()) {
            let value: Text = serde_json::from_value(serde_json::Value::String(s.clone())).unwrap();
            prop_assert_eq!(value.as_str(), s.as_str());
            prop_assert!(value.arrived_as_string());
        }

        #[test]
        fn integers_keep_their_digits(n in any::<i64>()) {
            let value: Text = serde_json::from_str(&n.to_string()).unwrap();
            prop_assert_eq!(value.as_str(), n.to_string());
            prop_assert_eq!(serde_json::to_string(&value).unwrap(), n.to_string());
        }
    }
}
