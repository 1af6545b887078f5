// The contents of this file are generated from spec/spiro.yaml by `cargo xtask generate`;
// do not edit them by hand. `cargo xtask check` fails when they are stale.

//! Every record kind of the spec: collection, JSON:API `type`, attributes schema and
//! relationships (`x-spiro-relationships`).

use crate::resources::{RelationshipDef, ResourceKind};

/// Every kind, in the spec's schema order.
pub(crate) static KINDS: &[ResourceKind] = &[
    ResourceKind {
        collection: "companies",
        type_name: "company",
        attributes_schema: "CompanyAttributes",
        relationships: &[
            RelationshipDef {
                name: "user",
                collection: "users",
            },
        ],
    },
    ResourceKind {
        collection: "contacts",
        type_name: "contact",
        attributes_schema: "ContactAttributes",
        relationships: &[
            RelationshipDef {
                name: "company",
                collection: "companies",
            },
            RelationshipDef {
                name: "user",
                collection: "users",
            },
        ],
    },
    ResourceKind {
        collection: "opportunities",
        type_name: "opportunity",
        attributes_schema: "OpportunityAttributes",
        relationships: &[
            RelationshipDef {
                name: "company",
                collection: "companies",
            },
            RelationshipDef {
                name: "opportunity_stage",
                collection: "opportunity_stages",
            },
            RelationshipDef {
                name: "pipeline",
                collection: "pipelines",
            },
            RelationshipDef {
                name: "user",
                collection: "users",
            },
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
        relationships: &[
            RelationshipDef {
                name: "pipeline",
                collection: "pipelines",
            },
        ],
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
            RelationshipDef {
                name: "company",
                collection: "companies",
            },
            RelationshipDef {
                name: "contact",
                collection: "contacts",
            },
            RelationshipDef {
                name: "opportunity",
                collection: "opportunities",
            },
            RelationshipDef {
                name: "user",
                collection: "users",
            },
        ],
    },
    ResourceKind {
        collection: "activities",
        type_name: "activity",
        attributes_schema: "ActivityAttributes",
        relationships: &[
            RelationshipDef {
                name: "company",
                collection: "companies",
            },
            RelationshipDef {
                name: "contact",
                collection: "contacts",
            },
            RelationshipDef {
                name: "opportunity",
                collection: "opportunities",
            },
            RelationshipDef {
                name: "user",
                collection: "users",
            },
        ],
    },
    ResourceKind {
        collection: "campaigns",
        type_name: "campaign",
        attributes_schema: "CampaignAttributes",
        relationships: &[
            RelationshipDef {
                name: "user",
                collection: "users",
            },
        ],
    },
    ResourceKind {
        collection: "quotes",
        type_name: "quote",
        attributes_schema: "QuoteAttributes",
        relationships: &[
            RelationshipDef {
                name: "company",
                collection: "companies",
            },
            RelationshipDef {
                name: "opportunity",
                collection: "opportunities",
            },
            RelationshipDef {
                name: "user",
                collection: "users",
            },
        ],
    },
    ResourceKind {
        collection: "quote_products",
        type_name: "quote_product",
        attributes_schema: "QuoteProductAttributes",
        relationships: &[
            RelationshipDef {
                name: "quote",
                collection: "quotes",
            },
        ],
    },
    ResourceKind {
        collection: "custom_objects",
        type_name: "custom_object",
        attributes_schema: "CustomObjectAttributes",
        relationships: &[
            RelationshipDef {
                name: "company",
                collection: "companies",
            },
            RelationshipDef {
                name: "contact",
                collection: "contacts",
            },
            RelationshipDef {
                name: "opportunity",
                collection: "opportunities",
            },
            RelationshipDef {
                name: "user",
                collection: "users",
            },
        ],
    },
];
