//! What every record type has in common: id, type, relationships, custom fields, and how to
//! find its related records in a document's `included`.

use serde::de::DeserializeOwned;

use crate::custom_fields::CustomFieldError;
use crate::{CustomFields, ResourceId, types};

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
/// let owner: types::User = opportunity.related("user", &doc.included).unwrap().unwrap();
/// assert_eq!(owner.attributes.unwrap().first_name.as_deref(), Some("Dana"));
/// ```
pub trait Resource {
    /// The attribute set of this type.
    type Attributes: Default;
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
    /// A body that updates this record with `attributes`. Only the attributes (and custom
    /// fields) that are set are sent; Spiro keeps the others.
    fn update(&self, attributes: Self::Attributes) -> Self::WriteDocument;
    /// A body that creates a record of this type.
    fn create(
        attributes: Self::Attributes,
        relationships: Option<types::Relationships>,
    ) -> Self::WriteDocument;

    /// The custom field `key` decoded as `T`.
    fn custom<T: DeserializeOwned>(&self, key: &str) -> Result<T, CustomFieldError> {
        match self.custom_fields() {
            Some(custom) => custom.get_as(key),
            None => Err(CustomFieldError::Missing {
                key: key.to_owned(),
            }),
        }
    }

    /// The record that to-one relationship `name` points at, decoded from `included` (the
    /// document's related records, present when requested with `include`). `Ok(None)` when
    /// the relationship is empty or its record was not included.
    fn related<T: DeserializeOwned>(
        &self,
        name: &str,
        included: &[types::IncludedResource],
    ) -> Result<Option<T>, IncludeError> {
        let Some(target) = self.relationships().and_then(|r| r.one(name)) else {
            return Ok(None);
        };
        find(included, target)
            .map(|record| decode(record, name))
            .transpose()
    }

    /// The records that relationship `name` points at and that are in `included`.
    fn related_many<T: DeserializeOwned>(
        &self,
        name: &str,
        included: &[types::IncludedResource],
    ) -> Result<Vec<T>, IncludeError> {
        let targets = self
            .relationships()
            .map(|r| r.many(name))
            .unwrap_or_default();
        targets
            .into_iter()
            .filter_map(|t| find(included, t))
            .map(|record| decode(record, name))
            .collect()
    }
}

/// A related record in `included` could not be decoded as the requested type.
#[derive(Debug, thiserror::Error)]
#[error("included record for relationship `{relationship}` is not a {expected}: {source}")]
pub struct IncludeError {
    relationship: String,
    expected: &'static str,
    #[source]
    source: serde_json::Error,
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

    /// A relationships map with one to-one relationship, e.g. `("company", "884211",
    /// "company")`; chain [`with`](Self::with) for more.
    pub fn to_one(name: &str, id: impl Into<ResourceId>, type_: &str) -> Self {
        Self(Default::default()).with(name, id, type_)
    }

    /// Adds a to-one relationship.
    pub fn with(mut self, name: &str, id: impl Into<ResourceId>, type_: &str) -> Self {
        let target = types::ResourceIdentifier {
            id: id.into(),
            type_: type_.to_owned(),
        };
        self.0.insert(
            name.to_owned(),
            types::Relationship {
                data: Some(types::RelationshipData::ResourceIdentifier(target)),
            },
        );
        self
    }
}

/// The included record `target` points at. Types are compared without regard to case or
/// a plural `s`, since Spiro's exact type strings are not documented.
fn find<'a>(
    included: &'a [types::IncludedResource],
    target: &types::ResourceIdentifier,
) -> Option<&'a types::IncludedResource> {
    let same_type = |a: &str, b: &str| {
        let a = a.trim_end_matches('s');
        let b = b.trim_end_matches('s');
        a.eq_ignore_ascii_case(b)
    };
    included
        .iter()
        .find(|r| r.id == target.id && same_type(&r.type_, &target.type_))
}

fn decode<T: DeserializeOwned>(
    record: &types::IncludedResource,
    relationship: &str,
) -> Result<T, IncludeError> {
    let error = |source| IncludeError {
        relationship: relationship.to_owned(),
        expected: std::any::type_name::<T>(),
        source,
    };
    serde_json::to_value(record)
        .and_then(serde_json::from_value)
        .map_err(error)
}
