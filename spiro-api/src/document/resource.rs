//! What every record type has in common (id, type, relationships, custom fields), and how
//! the generated relationship accessors find related records in a document's `included`.

use serde::de::DeserializeOwned;

use crate::{CustomFieldError, CustomFields, RecordError, ResourceId, types};

/// A Spiro record type (`types::Company`, `types::Opportunity`, …).
///
/// Implemented by `cargo xtask generate` for every record schema of the spec.
///
/// ```
/// use spiro_api::{Resource, types};
/// let doc: types::OpportunityDocument = serde_json::from_str(r#"{
///   "data": { "id": "3609460", "type": "opportunity",
///             "attributes": { "custom": { "rating": { "label": "Warm" }, "probability": 60 } },
///             "relationships": { "user": { "data": { "id": "40213", "type": "user" } } } },
///   "included": [ { "id": "40213", "type": "user", "attributes": { "first_name": "Dana" } } ]
/// }"#).unwrap();
/// let opportunity = &doc.data;
/// assert_eq!(opportunity.custom::<u8>("probability").unwrap(), 60);
/// let owner: types::User = opportunity.user(&doc.included).unwrap().unwrap();
/// assert_eq!(owner.first_name(), Some("Dana"));
/// ```
pub trait Resource {
    /// The attribute set of this type, as Spiro sends it.
    type Attributes: Default;
    /// The attributes a request may send: [`Attributes`](Self::Attributes) without the
    /// read-only ones (timestamps, fields only ever seen in responses).
    type WriteAttributes: Default;
    /// The request body that creates or updates a record of this type.
    type WriteDocument;
    /// The `type` string Spiro is expected to use for this record type.
    const TYPE: &'static str;

    /// The record's id.
    fn id(&self) -> &ResourceId;
    /// The record's `type` as Spiro sent it.
    fn resource_type(&self) -> &str;
    /// The record's attributes.
    fn attributes(&self) -> Option<&Self::Attributes>;
    /// The record's relationships.
    fn relationships(&self) -> Option<&types::Relationships>;
    /// The record's custom fields.
    fn custom_fields(&self) -> Option<&CustomFields>;
    /// The custom field `key` decoded as `T`.
    fn custom<T: DeserializeOwned>(&self, key: &str) -> Result<T, CustomFieldError> {
        match self.custom_fields() {
            Some(custom) => custom.get_as(key),
            None => Err(CustomFieldError::Missing {
                key: key.to_owned(),
            }),
        }
    }
}

/// A related record could not be taken from a document's `included`.
///
/// Returned (inside [`Error::Include`](crate::Error::Include)) by the generated
/// relationship accessors such as `opportunity.user(&included)`. A relationship that is
/// absent or empty is not an error: the accessor returns `Ok(None)`.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum IncludeError {
    /// The relationship names a record that `included` does not hold: it was not requested
    /// with `include`, or Spiro left it out.
    #[error(
        "relationship `{relationship}` points at {type_} {id}, which is not in `included` (request it with include=\"{relationship}\")"
    )]
    MissingFromIncluded {
        /// The relationship, e.g. `user`.
        relationship: &'static str,
        /// The `type` of the record it points at.
        type_: String,
        /// The id of the record it points at.
        id: ResourceId,
    },
    /// The relationship points at a record whose `type` is not the one the spec gives for
    /// it.
    #[error(
        "relationship `{relationship}` points at a record of type `{found}`; the spec says `{expected}`"
    )]
    UnexpectedType {
        /// The relationship, e.g. `user`.
        relationship: &'static str,
        /// The type string of the spec.
        expected: &'static str,
        /// The type string Spiro sent.
        found: String,
    },
    /// A to-one relationship holds a list.
    #[error("relationship `{relationship}` holds a list where the spec says it holds one record")]
    NotToOne {
        /// The relationship, e.g. `user`.
        relationship: &'static str,
    },
    /// The included record does not decode as the spec's record type: the relationship that
    /// needed it says so. The record's raw JSON, position and what failed are in `record`.
    #[error("relationship `{relationship}`: {record}")]
    Decode {
        /// The relationship, e.g. `user`.
        relationship: &'static str,
        /// The included record that did not decode.
        record: RecordError,
    },
}

/// The record to-one relationship `name` points at, decoded from `included`; called by the
/// generated accessors (`opportunity.user(&included)`), which fix `T` from the spec.
pub(crate) fn to_one<T: Resource + DeserializeOwned>(
    relationships: Option<&types::Relationships>,
    name: &'static str,
    included: &[types::IncludedResource],
) -> crate::Result<Option<T>> {
    let data = relationships
        .and_then(|r| r.0.get(name))
        .and_then(|r| r.data.as_ref());
    match data {
        None => Ok(None),
        Some(types::RelationshipData::Array(_)) => {
            Err(IncludeError::NotToOne { relationship: name }.into())
        }
        Some(types::RelationshipData::ResourceIdentifier(target)) => {
            resolve(target, name, included).map(Some)
        }
    }
}

/// The records relationship `name` points at, in order, decoded from `included`; called by
/// the generated to-many accessors. A to-many relationship sent as a single identifier
/// yields that one record.
#[allow(dead_code)] // the spec declares no to-many relationship today
pub(crate) fn to_many<'a, T: Resource + DeserializeOwned>(
    relationships: Option<&'a types::Relationships>,
    name: &'static str,
    included: &'a [types::IncludedResource],
) -> impl Iterator<Item = crate::Result<T>> + 'a {
    let targets: &[types::ResourceIdentifier] = match relationships
        .and_then(|r| r.0.get(name))
        .and_then(|r| r.data.as_ref())
    {
        None => &[],
        Some(types::RelationshipData::ResourceIdentifier(target)) => std::slice::from_ref(target),
        Some(types::RelationshipData::Array(targets)) => targets,
    };
    targets
        .iter()
        .map(move |target| resolve(target, name, included))
}

/// The included record `target` points at, decoded as `T`. Types are compared exactly
/// with the spec's type string.
fn resolve<T: Resource + DeserializeOwned>(
    target: &types::ResourceIdentifier,
    name: &'static str,
    included: &[types::IncludedResource],
) -> crate::Result<T> {
    if target.type_ != T::TYPE {
        return Err(IncludeError::UnexpectedType {
            relationship: name,
            expected: T::TYPE,
            found: target.type_.clone(),
        }
        .into());
    }
    let (index, record) = included
        .iter()
        .enumerate()
        .find(|(_, r)| r.id == target.id && r.type_ == target.type_)
        .ok_or_else(|| IncludeError::MissingFromIncluded {
            relationship: name,
            type_: target.type_.clone(),
            id: target.id.clone(),
        })?;
    record.decode_at(index).map_err(|record| {
        IncludeError::Decode {
            relationship: name,
            record,
        }
        .into()
    })
}

impl types::Relationships {
    /// The record a to-one relationship points at (`None` if absent, empty or to-many).
    pub fn one(&self, name: &str) -> Option<&types::ResourceIdentifier> {
        match self.0.get(name)?.data.as_ref()? {
            types::RelationshipData::ResourceIdentifier(target) => Some(target),
            types::RelationshipData::Array(_) => None,
        }
    }

    /// The records a relationship points at (one for a to-one relationship).
    pub fn many(&self, name: &str) -> Vec<&types::ResourceIdentifier> {
        match self.0.get(name).and_then(|r| r.data.as_ref()) {
            Some(types::RelationshipData::ResourceIdentifier(target)) => vec![target],
            Some(types::RelationshipData::Array(targets)) => targets.iter().collect(),
            None => Vec::new(),
        }
    }
}

/// Sets relationship `name` of a write's `relationships` to `data`, keeping the others; called
/// by the generated relationship methods of the create and update builders
/// (`.company(id)`), which fix the name and the related type from the spec.
pub(crate) fn relate(
    relationships: &mut Option<types::Relationships>,
    name: &str,
    data: types::RelationshipData,
) {
    relationships
        .get_or_insert_with(|| types::Relationships(Default::default()))
        .0
        .insert(name.to_owned(), types::Relationship { data: Some(data) });
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn opportunity(relationships: serde_json::Value) -> types::Opportunity {
        serde_json::from_value(
            json!({ "id": "1", "type": "opportunity", "relationships": relationships }),
        )
        .unwrap()
    }

    fn included() -> Vec<types::IncludedResource> {
        serde_json::from_value(json!([
            { "id": "7", "type": "user", "attributes": { "first_name": "Dana" } },
            { "id": "8", "type": "user", "attributes": { "first_name": "Kim" } },
        ]))
        .unwrap()
    }

    #[test]
    fn to_many_yields_every_target_in_order_and_reports_the_missing_one() {
        let record = opportunity(json!({ "watchers": { "data": [
            { "id": "8", "type": "user" }, { "id": "7", "type": "user" }, { "id": "9", "type": "user" },
        ] } }));
        let included = included();
        let found: Vec<crate::Result<types::User>> =
            to_many(record.relationships.as_ref(), "watchers", &included).collect();
        assert_eq!(found.len(), 3);
        assert_eq!(found[0].as_ref().unwrap().first_name(), Some("Kim"));
        assert_eq!(found[1].as_ref().unwrap().first_name(), Some("Dana"));
        assert!(matches!(
            found[2],
            Err(crate::Error::Include(
                IncludeError::MissingFromIncluded { .. }
            ))
        ));
    }

    #[test]
    fn to_many_of_an_absent_or_single_relationship() {
        let included = included();
        let none = opportunity(json!({}));
        assert_eq!(
            to_many::<types::User>(none.relationships.as_ref(), "watchers", &included).count(),
            0
        );
        let one = opportunity(json!({ "watchers": { "data": { "id": "7", "type": "user" } } }));
        let found: Vec<types::User> = to_many(one.relationships.as_ref(), "watchers", &included)
            .collect::<crate::Result<_>>()
            .unwrap();
        assert_eq!(found.len(), 1);
    }
}
