//! Values where the spec guesses: read leniently, so that a type Spiro sends differently
//! from the spec never costs a record.
//!
//! One mechanism serves [`Text`], [`Amount`] and [`Timestamp`]: a [`Lenient`] value keeps the
//! text of what arrived and the JSON form it arrived in ([`Wire`]), decodes the forms its type
//! accepts ([`Forms`]) with one serde visitor, and is sent back in the form it arrived in. Each
//! public type is a newtype over it that adds its own reading (`as_f64`, `as_date`, …).

mod amount;
mod text;
mod timestamp;

use std::fmt;

use serde::de::{self, MapAccess, Visitor};
use serde_json::{Map, Value};

pub use amount::Amount;
pub use text::Text;
pub use timestamp::Timestamp;

/// The JSON form a lenient value arrived in, and is sent back in.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
enum Wire {
    String,
    Number,
    Bool,
    /// An object that holds the value (a date object such as `{"date": "2026-09-30"}`),
    /// kept whole so that it is sent back as it arrived.
    Object(Box<ObjectJson>),
}

/// An object kept as its JSON text (a `Map` has no `Hash`).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
struct ObjectJson(String);

/// Reads the text an object stands for, `None` when it stands for none.
pub(crate) type ReadObject = fn(&Map<String, Value>) -> Option<String>;

/// Which JSON forms a lenient type accepts besides a string.
pub(crate) struct Forms {
    /// What the error says was expected, e.g. "a string, number or boolean".
    pub(crate) expecting: &'static str,
    pub(crate) number: bool,
    pub(crate) boolean: bool,
    /// The text an object stands for (`None`: refused), e.g. the date inside a date object.
    pub(crate) object: Option<ReadObject>,
}

/// The text of a value and the JSON form it arrived in: what [`Text`], [`Amount`] and
/// [`Timestamp`] are made of.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub(crate) struct Lenient {
    text: String,
    wire: Wire,
}

impl Lenient {
    /// Text that is sent as a JSON string.
    pub(crate) fn string(text: String) -> Self {
        Self {
            text,
            wire: Wire::String,
        }
    }

    /// Text that spells a JSON number and is sent as one.
    pub(crate) fn number(text: String) -> Self {
        Self {
            text,
            wire: Wire::Number,
        }
    }

    pub(crate) fn as_str(&self) -> &str {
        &self.text
    }

    pub(crate) fn into_string(self) -> String {
        self.text
    }

    /// Whether it arrived as a JSON string.
    pub(crate) fn is_string(&self) -> bool {
        self.wire == Wire::String
    }

    /// The text as `f64` when it spells a finite number, whatever form it arrived in.
    pub(crate) fn as_f64(&self) -> Option<f64> {
        self.text
            .trim()
            .parse::<f64>()
            .ok()
            .filter(|n| n.is_finite())
    }

    /// Decodes the forms `forms` accepts.
    pub(crate) fn deserialize<'de, D: serde::Deserializer<'de>>(
        deserializer: D,
        forms: &'static Forms,
    ) -> Result<Self, D::Error> {
        deserializer.deserialize_any(LenientVisitor(forms))
    }

    pub(crate) fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::Serialize;
        match &self.wire {
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
            Wire::Object(object) => match serde_json::from_str::<Map<String, Value>>(&object.0) {
                Ok(map) => map.serialize(s),
                Err(_) => s.serialize_str(&self.text),
            },
        }
    }

    /// The JSON schema of the forms a type accepts.
    pub(crate) fn json_schema(forms: &Forms) -> schemars::schema::Schema {
        use schemars::schema::{InstanceType, SchemaObject};
        let mut types = vec![InstanceType::String];
        if forms.number {
            types.push(InstanceType::Number);
        }
        if forms.boolean {
            types.push(InstanceType::Boolean);
        }
        if forms.object.is_some() {
            types.push(InstanceType::Object);
        }
        SchemaObject {
            instance_type: Some(types.into()),
            ..Default::default()
        }
        .into()
    }
}

struct LenientVisitor(&'static Forms);

impl LenientVisitor {
    fn number<E: de::Error>(
        &self,
        text: String,
        unexpected: de::Unexpected<'_>,
    ) -> Result<Lenient, E> {
        if self.0.number {
            Ok(Lenient::number(text))
        } else {
            Err(E::invalid_type(unexpected, self))
        }
    }
}

impl<'de> Visitor<'de> for LenientVisitor {
    type Value = Lenient;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.0.expecting)
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Lenient, E> {
        Ok(Lenient::string(v.to_owned()))
    }

    fn visit_string<E: de::Error>(self, v: String) -> Result<Lenient, E> {
        Ok(Lenient::string(v))
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Lenient, E> {
        self.number(v.to_string(), de::Unexpected::Signed(v))
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Lenient, E> {
        self.number(v.to_string(), de::Unexpected::Unsigned(v))
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Lenient, E> {
        // JSON has no NaN or infinity; serde_json writes a finite f64 as it reads it.
        let text = serde_json::Number::from_f64(v)
            .map(|n| n.to_string())
            .ok_or_else(|| E::invalid_value(de::Unexpected::Float(v), &self))?;
        self.number(text, de::Unexpected::Float(v))
    }

    fn visit_bool<E: de::Error>(self, v: bool) -> Result<Lenient, E> {
        if self.0.boolean {
            Ok(Lenient {
                text: v.to_string(),
                wire: Wire::Bool,
            })
        } else {
            Err(E::invalid_type(de::Unexpected::Bool(v), &self))
        }
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Lenient, A::Error> {
        let Some(read) = self.0.object else {
            return Err(de::Error::invalid_type(de::Unexpected::Map, &self));
        };
        let object: Map<String, Value> =
            serde::Deserialize::deserialize(de::value::MapAccessDeserializer::new(map))?;
        let text =
            read(&object).ok_or_else(|| de::Error::invalid_value(de::Unexpected::Map, &self))?;
        let json = serde_json::to_string(&object).map_err(de::Error::custom)?;
        Ok(Lenient {
            text,
            wire: Wire::Object(Box::new(ObjectJson(json))),
        })
    }
}

/// The impls every lenient newtype shares: `Display` (the text), serde through [`Lenient`]
/// with the type's [`Forms`], and its JSON schema.
macro_rules! lenient_type {
    ($name:ident, $forms:expr) => {
        impl $name {
            const FORMS: &'static $crate::lenient::Forms = &$forms;
        }

        impl ::std::fmt::Display for $name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str(self.0.as_str())
            }
        }

        impl ::serde::Serialize for $name {
            fn serialize<S: ::serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                self.0.serialize(s)
            }
        }

        impl<'de> ::serde::Deserialize<'de> for $name {
            fn deserialize<D: ::serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                $crate::lenient::Lenient::deserialize(d, Self::FORMS).map(Self)
            }
        }

        impl ::schemars::JsonSchema for $name {
            fn schema_name() -> String {
                stringify!($name).to_owned()
            }

            fn json_schema(
                _: &mut ::schemars::r#gen::SchemaGenerator,
            ) -> ::schemars::schema::Schema {
                $crate::lenient::Lenient::json_schema(Self::FORMS)
            }
        }
    };
}
use lenient_type;

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// Every form the three types accept is sent back exactly as it arrived, and a form a type
    /// refuses is an error, never a panic.
    fn round_trips<T>(wire: &str) -> bool
    where
        T: serde::Serialize + serde::de::DeserializeOwned,
    {
        match serde_json::from_str::<T>(wire) {
            Ok(value) => {
                let again = serde_json::to_value(&value).unwrap();
                again == serde_json::from_str::<Value>(wire).unwrap()
            }
            Err(_) => true,
        }
    }

    fn json() -> impl Strategy<Value = Value> {
        let leaf = prop_oneof![
            Just(Value::Null),
            any::<bool>().prop_map(Value::Bool),
            any::<i64>().prop_map(Value::from),
            any::<f64>()
                .prop_filter("finite", |f| f.is_finite())
                .prop_map(Value::from),
            ".{0,12}".prop_map(Value::String),
            "[0-9]{4}-[0-9]{2}-[0-9]{2}".prop_map(Value::String),
        ];
        leaf.prop_recursive(3, 16, 4, |inner| {
            prop_oneof![
                prop::collection::vec(inner.clone(), 0..3).prop_map(Value::Array),
                prop::collection::btree_map("(date|value|[a-z]{1,5})", inner, 0..3)
                    .prop_map(|m| Value::Object(m.into_iter().collect())),
            ]
        })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2_000))]

        #[test]
        fn any_json_decodes_or_errors_and_round_trips(value in json()) {
            let wire = value.to_string();
            prop_assert!(round_trips::<Text>(&wire));
            prop_assert!(round_trips::<Amount>(&wire));
            prop_assert!(round_trips::<Timestamp>(&wire));
        }
    }
}
