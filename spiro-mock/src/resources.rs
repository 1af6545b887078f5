//! The resource kinds the mock knows: collection path segment, JSON:API `type` string,
//! attribute schema in the spec and to-one relationships. The table itself is generated from
//! the spec (`generated.rs`, by `cargo xtask generate`).

/// A to-one relationship of a resource kind.
#[derive(Debug)]
pub(crate) struct RelationshipDef {
    /// Relationship name, e.g. `company`.
    pub(crate) name: &'static str,
    /// Collection of the related records, e.g. `companies`.
    pub(crate) collection: &'static str,
}

/// One kind of record.
#[derive(Debug)]
pub(crate) struct ResourceKind {
    /// Path segment, e.g. `opportunities`; `custom_objects` for every custom entity type.
    pub(crate) collection: &'static str,
    /// The singular JSON:API `type`, e.g. `opportunity`.
    pub(crate) type_name: &'static str,
    /// The spec schema that declares the attributes, e.g. `OpportunityAttributes`.
    pub(crate) attributes_schema: &'static str,
    pub(crate) relationships: &'static [RelationshipDef],
}

impl ResourceKind {
    /// The relationship of that name.
    pub(crate) fn relationship(&self, name: &str) -> Option<&'static RelationshipDef> {
        self.relationships.iter().find(|r| r.name == name)
    }
}

/// Every kind, generated from the spec's record schemas and their `x-spiro-relationships`.
pub(crate) use crate::generated::KINDS;

/// The custom entity types the mock seeds (`/custom_objects/{object_type}`).
pub(crate) const CUSTOM_OBJECT_TYPES: &[&str] = &["machines"];

/// The kind whose path segment is `collection`.
pub(crate) fn kind(collection: &str) -> Option<&'static ResourceKind> {
    KINDS.iter().find(|k| k.collection == collection)
}

/// The store key of a collection: `companies`, or `custom_objects/machines` for a custom type.
pub(crate) fn store_key(collection: &str, object_type: Option<&str>) -> String {
    match object_type {
        Some(t) => format!("{collection}/{t}"),
        None => collection.to_owned(),
    }
}
