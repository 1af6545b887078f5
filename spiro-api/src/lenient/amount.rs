//! Decimal amounts that arrive as a JSON number or as a numeric string.

use super::{Forms, Lenient, lenient_type};

/// A number that may arrive as a JSON number or as a numeric string: an opportunity's
/// `amount`, a quote's `total`, and every `number`/`integer` attribute whose evidence is not
/// `live` (`cargo xtask generate` gives them this type, e.g. a stage's `position`).
///
/// Whether Spiro sends these as a JSON number (`48250.0`) or as a numeric string
/// (`"48250.0"`) is not evidenced, so both decode. The text is kept exactly as it arrived
/// (no rounding through `f64`) and is sent back in the same JSON form.
///
/// ```
/// let number: spiro_api::Amount = serde_json::from_str("48250.0").unwrap();
/// let text: spiro_api::Amount = serde_json::from_str("\"48250.0\"").unwrap();
/// assert_eq!(number.as_f64(), Some(48250.0));
/// assert_eq!(text.as_f64(), Some(48250.0));
/// assert_eq!(text.as_str(), "48250.0");
/// assert_eq!(text.as_i64(), Some(48250));
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Amount(Lenient);

lenient_type!(
    Amount,
    Forms {
        expecting: "a number or a numeric string",
        number: true,
        boolean: false,
        object: None,
    }
);

impl Amount {
    /// The amount as `f64`; `None` when the text is not a finite number (Spiro sent a
    /// string that is not numeric).
    pub fn as_f64(&self) -> Option<f64> {
        self.0.as_f64()
    }

    /// The amount as `i64` when it is a whole number within range (`"3"`, `3`, `3.0`).
    pub fn as_i64(&self) -> Option<i64> {
        let text = self.as_str().trim();
        text.parse::<i64>().ok().or_else(|| {
            self.as_f64()
                .filter(|n| n.fract() == 0.0 && n.abs() < 9.0e15)
                .map(|n| n as i64)
        })
    }

    /// The amount exactly as it arrived, e.g. `48250.0`.
    pub fn as_str(&self) -> &str {
        self.0.as_str()
    }
}

/// A JSON number, written as serde_json writes an `f64` (`250.0`); a non-finite `n` has
/// no JSON form and becomes the text `NaN`/`inf`, sent as a string.
impl From<f64> for Amount {
    fn from(n: f64) -> Self {
        Self(match serde_json::Number::from_f64(n) {
            Some(n) => Lenient::number(n.to_string()),
            None => Lenient::string(n.to_string()),
        })
    }
}

/// A JSON number.
impl From<i64> for Amount {
    fn from(n: i64) -> Self {
        Self(Lenient::number(n.to_string()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn numbers_and_numeric_strings_decode_and_round_trip() {
        for (wire, value) in [
            ("48250.0", 48250.0),
            ("\"48250.0\"", 48250.0),
            ("12", 12.0),
            ("\"-3.5\"", -3.5),
        ] {
            let amount: Amount = serde_json::from_str(wire).unwrap();
            assert_eq!(amount.as_f64(), Some(value), "{wire}");
            assert_eq!(serde_json::to_string(&amount).unwrap(), wire);
        }
    }

    #[test]
    fn non_numeric_text_decodes_but_has_no_value() {
        let amount: Amount = serde_json::from_str("\"about 5k\"").unwrap();
        assert_eq!(amount.as_f64(), None);
        assert_eq!(amount.as_str(), "about 5k");
        assert!(serde_json::from_str::<Amount>("true").is_err());
        assert!(serde_json::from_str::<Amount>("{\"value\": 3}").is_err());
    }

    #[test]
    fn built_amounts_are_numbers() {
        assert_eq!(serde_json::to_string(&Amount::from(12.5)).unwrap(), "12.5");
        assert_eq!(
            serde_json::to_string(&Amount::from(250.0)).unwrap(),
            "250.0"
        );
        assert_eq!(serde_json::to_string(&Amount::from(7_i64)).unwrap(), "7");
        assert_eq!(
            serde_json::to_string(&Amount::from(f64::NAN)).unwrap(),
            "\"NaN\""
        );
    }

    proptest! {
        #[test]
        fn any_json_value_decodes_or_errors_without_panicking(text in ".{0,40}") {
            let _ = serde_json::from_str::<Amount>(&text);
        }

        #[test]
        fn finite_numbers_keep_their_value(n in proptest::num::f64::NORMAL) {
            let wire = serde_json::to_string(&n).unwrap();
            let amount: Amount = serde_json::from_str(&wire).unwrap();
            prop_assert_eq!(amount.as_f64(), Some(n));
            let quoted: Amount = serde_json::from_str(&format!("\"{wire}\"")).unwrap();
            prop_assert_eq!(quoted.as_f64(), Some(n));
        }
    }
}
