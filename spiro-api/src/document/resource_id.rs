//! Record ids.
use std::fmt;

/// A Spiro record id such as `3609460`.
///
/// Decodes from a JSON string or integer (which one Spiro sends is not documented) and
/// encodes as a string.
#[derive(
    Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, schemars::JsonSchema,
)]
#[serde(transparent)]
pub struct ResourceId(String);

impl ResourceId {
    /// The id as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for ResourceId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::str::FromStr for ResourceId {
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Self(s.to_owned()))
    }
}

impl<'de> serde::Deserialize<'de> for ResourceId {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        #[derive(serde::Deserialize)]
        #[serde(untagged)]
        enum Wire {
            Text(String),
            Signed(i64),
            Unsigned(u64),
        }
        Ok(Self(match Wire::deserialize(d)? {
            Wire::Text(s) => s,
            Wire::Signed(n) => n.to_string(),
            Wire::Unsigned(n) => n.to_string(),
        }))
    }
}

impl From<&str> for ResourceId {
    fn from(id: &str) -> Self {
        Self(id.to_owned())
    }
}

impl From<String> for ResourceId {
    fn from(id: String) -> Self {
        Self(id)
    }
}

impl From<u64> for ResourceId {
    fn from(id: u64) -> Self {
        Self(id.to_string())
    }
}

impl From<&ResourceId> for ResourceId {
    fn from(id: &ResourceId) -> Self {
        id.clone()
    }
}

/// Lets a record's id go straight into a builder: `.id(&company.id)`.
impl From<&ResourceId> for String {
    fn from(id: &ResourceId) -> Self {
        id.0.clone()
    }
}

impl From<ResourceId> for String {
    fn from(id: ResourceId) -> Self {
        id.0
    }
}

impl AsRef<str> for ResourceId {
    fn as_ref(&self) -> &str {
        &self.0
    }
}
