//! Entries of a document's `included`: related records, kept as Spiro sent them and decoded
//! as the spec's type when a relationship asks for them.

use std::fmt;
use std::sync::Arc;

use serde::de::DeserializeOwned;
use serde_json::value::RawValue;

use super::records::{Member, RecordError};
use crate::ResourceId;

/// A related record from a document's `included` (e.g. the `user` of an opportunity listed
/// with `include=user`).
///
/// Kept as Spiro sent it: its `id` and `type` are read at once, and the rest is decoded as the
/// spec's record type when a relationship accessor (`opportunity.user(&included)`) asks for
/// it. So an entry with a value the spec does not expect costs nothing until it is needed, and
/// then the relationship that needed it says so (`IncludeError::Decode`). An entry without a
/// readable `id` and `type` (which no relationship could point at) is dropped from `included`
/// and kept in the document's `included_failures`.
///
/// ```
/// use spiro_api::types;
/// let doc: types::OpportunityDocument = serde_json::from_str(r#"{
///   "data": { "id": "1", "type": "opportunity" },
///   "included": [ { "id": "40213", "type": "user", "attributes": { "first_name": "Dana" } } ]
/// }"#).unwrap();
/// let user = &doc.included[0];
/// assert_eq!((user.id.as_str(), user.type_.as_str()), ("40213", "user"));
/// assert_eq!(user.attributes().unwrap()["first_name"], "Dana");
/// let dana: types::User = user.decode().unwrap();
/// assert_eq!(dana.first_name(), Some("Dana"));
/// ```
#[derive(Clone)]
pub struct IncludedResource {
    /// The record's id.
    pub id: ResourceId,
    /// The record's `type`, as Spiro sent it.
    pub type_: String,
    raw: Arc<RawValue>,
}

/// The parts of an `included` entry read at once; a record without them cannot be pointed at.
#[derive(serde::Deserialize)]
struct Head {
    id: ResourceId,
    #[serde(rename = "type")]
    type_: String,
}

impl IncludedResource {
    /// The entry at `index` of `included`, or the reason it is dropped.
    pub(crate) fn read(index: usize, raw: Box<RawValue>) -> Result<Self, RecordError> {
        match serde_json::from_str::<Head>(raw.get()) {
            Ok(Head { id, type_ }) => Ok(IncludedResource {
                id,
                type_,
                raw: raw.into(),
            }),
            Err(source) => Err(RecordError::new::<Head>(
                Member::Included,
                index,
                raw.into(),
                source,
            )),
        }
    }

    /// The record as Spiro sent it, byte for byte.
    pub fn raw(&self) -> &RawValue {
        &self.raw
    }

    /// Its `attributes`, when they are a JSON object serde_json can hold.
    pub fn attributes(&self) -> Option<serde_json::Map<String, serde_json::Value>> {
        #[derive(serde::Deserialize)]
        struct Attributes<'a> {
            #[serde(borrow)]
            attributes: Option<&'a RawValue>,
        }
        let attributes = serde_json::from_str::<Attributes<'_>>(self.raw.get()).ok()?;
        serde_json::from_str(attributes.attributes?.get()).ok()
    }

    /// The record decoded as `T` (use the spec's record type, e.g. `types::User`).
    ///
    /// # Errors
    /// serde's error when it does not decode; it may quote the record's values. The
    /// relationship accessors report it as [`IncludeError::Decode`](crate::IncludeError::Decode)
    /// instead, with a message that quotes none.
    pub fn decode<T: DeserializeOwned>(&self) -> Result<T, serde_json::Error> {
        serde_json::from_str(self.raw.get())
    }

    /// As [`decode`](Self::decode), with a [`RecordError`] for the entry at `index`.
    pub(crate) fn decode_at<T: DeserializeOwned>(&self, index: usize) -> Result<T, RecordError> {
        self.decode().map_err(|source| {
            RecordError::new::<T>(Member::Included, index, Arc::clone(&self.raw), source)
        })
    }
}

impl fmt::Debug for IncludedResource {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("IncludedResource")
            .field("id", &self.id)
            .field("type_", &self.type_)
            .field("raw", &self.raw.get())
            .finish()
    }
}

/// Equal when their JSON is the same text.
impl PartialEq for IncludedResource {
    fn eq(&self, other: &Self) -> bool {
        self.raw.get() == other.raw.get()
    }
}

/// Sends the record as it arrived.
impl serde::Serialize for IncludedResource {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.raw.serialize(s)
    }
}

/// Reads one entry (its `id` and `type` must read; see the type's docs).
impl<'de> serde::Deserialize<'de> for IncludedResource {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let raw = Box::<RawValue>::deserialize(d)?;
        IncludedResource::read(0, raw).map_err(|e| serde::de::Error::custom(e.to_string()))
    }
}
