//! Text that may arrive as a JSON string, number or boolean.

use super::{Forms, Lenient, lenient_type};

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
pub struct Text(Lenient);

lenient_type!(
    Text,
    Forms {
        expecting: "a string, number or boolean",
        number: true,
        boolean: true,
        object: None,
    }
);

impl Text {
    /// The text, e.g. `4155550100` for a number that arrived as `4155550100`.
    pub fn as_str(&self) -> &str {
        self.0.as_str()
    }

    /// The text as `f64` when it spells a finite number (whatever JSON type it arrived as).
    pub fn as_f64(&self) -> Option<f64> {
        self.0.as_f64()
    }

    /// Whether it arrived as a JSON string (and not as a number or a boolean).
    pub fn arrived_as_string(&self) -> bool {
        self.0.is_string()
    }

    /// The text, by value.
    pub fn into_string(self) -> String {
        self.0.into_string()
    }
}

impl From<&str> for Text {
    fn from(text: &str) -> Self {
        text.to_owned().into()
    }
}

impl From<String> for Text {
    fn from(text: String) -> Self {
        Self(Lenient::string(text))
    }
}

impl PartialEq<str> for Text {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<&str> for Text {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
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
