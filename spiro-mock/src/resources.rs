//! The resource kinds the mock knows: collection path segment, JSON:API `type` string,
//! attribute schema in the spec and to-one relationships.

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

const fn rel(name: &'static str, collection: &'static str) -> RelationshipDef {
    RelationshipDef { name, collection }
}

/// Every kind. Relationship names follow the spec's schema descriptions and the evidence
/// (opportunities: `company`, `user`, `pipeline`, `opportunity_stage`; no `contact`).
pub(crate) static KINDS: &[ResourceKind] = &[
    ResourceKind {
        collection: "companies",
        type_name: "company",
        attributes_schema: "CompanyAttributes",
        relationships: &[rel("user", "users")],
    },
    ResourceKind {
        collection: "contacts",
        type_name: "contact",
        attributes_schema: "ContactAttributes",
        relationships: &[rel("company", "companies"), rel("user", "users")],
    },
    ResourceKind {
        collection: "opportunities",
        type_name: "opportunity",
        attributes_schema: "OpportunityAttributes",
        relationships: &[
            rel("company", "companies"),
            rel("user", "users"),
            rel("pipeline", "pipelines"),
            rel("opportunity_stage", "opportunity_stages"),
        ],
    },
    ResourceKind {
        collection: "pipelines",
        type_name: "pipeline",
        attributes_schema: "PipelineAttributes",
        relationships: &[],
    },
    ResourceKind {
        collection: "opportunity_stages",
        type_name: "opportunity_stage",
        attributes_schema: "OpportunityStageAttributes",
        relationships: &[rel("pipeline", "pipelines")],
    },
    ResourceKind {
        collection: "users",
        type_name: "user",
        attributes_schema: "UserAttributes",
        relationships: &[],
    },
    ResourceKind {
        collection: "reminders",
        type_name: "reminder",
        attributes_schema: "ReminderAttributes",
        relationships: &[
            rel("company", "companies"),
            rel("contact", "contacts"),
            rel("opportunity", "opportunities"),
            rel("user", "users"),
        ],
    },
    ResourceKind {
        collection: "activities",
        type_name: "activity",
        attributes_schema: "ActivityAttributes",
        relationships: &[
            rel("company", "companies"),
            rel("contact", "contacts"),
            rel("opportunity", "opportunities"),
            rel("user", "users"),
        ],
    },
    ResourceKind {
        collection: "campaigns",
        type_name: "campaign",
        attributes_schema: "CampaignAttributes",
        relationships: &[rel("user", "users")],
    },
    ResourceKind {
        collection: "quotes",
        type_name: "quote",
        attributes_schema: "QuoteAttributes",
        relationships: &[
            rel("company", "companies"),
            rel("opportunity", "opportunities"),
            rel("user", "users"),
        ],
    },
    ResourceKind {
        collection: "quote_products",
        type_name: "quote_product",
        attributes_schema: "QuoteProductAttributes",
        relationships: &[rel("quote", "quotes")],
    },
    ResourceKind {
        collection: "custom_objects",
        type_name: "custom_object",
        attributes_schema: "CustomObjectAttributes",
        relationships: &[
            rel("company", "companies"),
            rel("contact", "contacts"),
            rel("opportunity", "opportunities"),
            rel("user", "users"),
        ],
    },
];

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
