//! Record ids: untyped ([`ResourceId`], as Spiro sends them) and typed ([`Id`], for writes).
use std::fmt;
use std::marker::PhantomData;

use crate::Resource;

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

/// The id of a record of type `T`: what a create or update builder's relationship methods
/// take, so that a relationship can only point at the record type the spec gives for it.
///
/// Made from an id (`Id::<types::Company>::new("884211")`) or from a record (`&company`, any
/// `T: Resource`); [`ResourceId`] is the same id without its type.
///
/// ```
/// use spiro_api::{Id, types};
/// # async fn run(client: &spiro_api::Client) -> spiro_api::Result<()> {
/// client
///     .create_contact()
///     .company(Id::<types::Company>::new("884211"))
///     .send()
///     .await?;
/// # Ok(()) }
/// ```
///
/// An id of another record type than the relationship's does not compile (`company` holds a
/// company, not a user):
///
/// ```compile_fail,E0277
/// use spiro_api::{Id, types};
/// # async fn run(client: &spiro_api::Client) -> spiro_api::Result<()> {
/// client
///     .create_contact()
///     .company(Id::<types::User>::new("884211"))
///     .send()
///     .await?;
/// # Ok(()) }
/// ```
///
/// Nor does a relationship the record type does not have (a contact has no `pipeline`; an
/// opportunity has):
///
/// ```compile_fail,E0599
/// use spiro_api::{Id, types};
/// # async fn run(client: &spiro_api::Client) -> spiro_api::Result<()> {
/// client
///     .create_contact()
///     .pipeline(Id::<types::Pipeline>::new("7528"))
///     .send()
///     .await?;
/// # Ok(()) }
/// ```
///
/// ```
/// use spiro_api::{Id, types};
/// # async fn run(client: &spiro_api::Client) -> spiro_api::Result<()> {
/// client
///     .create_opportunity()
///     .pipeline(Id::<types::Pipeline>::new("7528"))
///     .send()
///     .await?;
/// # Ok(()) }
/// ```
pub struct Id<T> {
    id: ResourceId,
    // `fn() -> T`: `Id<T>` is `Send`, `Sync`, `Clone`, … whatever `T` is.
    record: PhantomData<fn() -> T>,
}

impl<T: Resource> Id<T> {
    /// The id `id` of a record of type `T`.
    pub fn new(id: impl Into<ResourceId>) -> Self {
        Self {
            id: id.into(),
            record: PhantomData,
        }
    }

    /// The id as text.
    pub fn as_str(&self) -> &str {
        self.id.as_str()
    }

    /// The JSON:API identifier of the record: its id and `T`'s type string.
    pub(crate) fn identifier(self) -> crate::types::ResourceIdentifier {
        crate::types::ResourceIdentifier {
            id: self.id,
            type_: T::TYPE.to_owned(),
        }
    }
}

/// The id of a record that was read or created: `.company(&company)`.
impl<T: Resource> From<&T> for Id<T> {
    fn from(record: &T) -> Self {
        Self::new(record.id().clone())
    }
}

impl<T> From<&Id<T>> for Id<T> {
    fn from(id: &Id<T>) -> Self {
        id.clone()
    }
}

impl<T> From<Id<T>> for ResourceId {
    fn from(id: Id<T>) -> Self {
        id.id
    }
}

/// Lets a typed id go straight into a builder's path: `.id(&company_id)`.
impl<T> From<&Id<T>> for String {
    fn from(id: &Id<T>) -> Self {
        id.id.as_str().to_owned()
    }
}

impl<T> Clone for Id<T> {
    fn clone(&self) -> Self {
        Self {
            id: self.id.clone(),
            record: PhantomData,
        }
    }
}

impl<T> PartialEq for Id<T> {
    fn eq(&self, other: &Self) -> bool {
        self.id == other.id
    }
}

impl<T> Eq for Id<T> {}

impl<T> std::hash::Hash for Id<T> {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.id.hash(state);
    }
}

impl<T> fmt::Display for Id<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.id.as_str())
    }
}

/// `Id<company>("884211")`: the type string of `T`, and the id.
impl<T: Resource> fmt::Debug for Id<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Id<{}>({:?})", T::TYPE, self.id.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::types;

    #[test]
    fn an_id_is_its_record_type_and_its_text() {
        let company: types::Company =
            serde_json::from_value(serde_json::json!({ "id": 884211, "type": "company" })).unwrap();
        let id = Id::from(&company);
        assert_eq!(id, Id::<types::Company>::new("884211"));
        assert_eq!(id.to_string(), "884211");
        assert_eq!(format!("{id:?}"), r#"Id<company>("884211")"#);
        assert_eq!(String::from(&id), "884211");
        assert_eq!(ResourceId::from(id.clone()), ResourceId::from("884211"));
        let identifier = id.identifier();
        assert_eq!(
            (identifier.id.as_str(), identifier.type_.as_str()),
            ("884211", "company")
        );
    }
}
