// The contents of this file are generated from spec/spiro.yaml by `cargo xtask generate`;
// do not edit them by hand. `cargo xtask check` fails when they are stale.

//! What the mock serves, from the spec: record kinds, operations, attributes and the
//! spec's schemas as JSON Schema.

use crate::resources::{RelationshipDef, ResourceKind};
use crate::spec::{AttributeDef, OperationDef, ParamDef, ParamLocation};

/// Every record kind, in the spec's schema order.
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

/// Every operation of the spec, in its order: the mock's routes.
pub(crate) static OPERATIONS: &[OperationDef] = &[
    OperationDef {
        id: "list_companies",
        method: "GET",
        path: "/companies",
        params: &[
            ParamDef {
                name: "page[number]",
                location: ParamLocation::Query,
                integer: true,
                schema: r#"{"maximum":9223372036854775807,"minimum":1,"type":"integer"}"#,
            },
            ParamDef {
                name: "page[size]",
                location: ParamLocation::Query,
                integer: true,
                schema: r#"{"maximum":9223372036854775807,"minimum":1,"type":"integer"}"#,
            },
            ParamDef {
                name: "per_page",
                location: ParamLocation::Query,
                integer: true,
                schema: r#"{"maximum":9223372036854775807,"minimum":1,"type":"integer"}"#,
            },
            ParamDef {
                name: "filter[name_cont]",
                location: ParamLocation::Query,
                integer: false,
                schema: r#"{"type":"string"}"#,
            },
            ParamDef {
                name: "filter[website_cont]",
                location: ParamLocation::Query,
                integer: false,
                schema: r#"{"type":"string"}"#,
            },
            ParamDef {
                name: "filter[updated_at][gte]",
                location: ParamLocation::Query,
                integer: false,
                schema: r#"{"pattern":"^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])(T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](\\.[0-9]{1,9})?(Z|[+-]([01][0-9]|2[0-3]):[0-5][0-9])?)?$","type":"string"}"#,
            },
            ParamDef {
                name: "include",
                location: ParamLocation::Query,
                integer: false,
                schema: r#"{"pattern":"^(user)(,(user))*$","type":"string"}"#,
            },
            ParamDef {
                name: "x-api-version",
                location: ParamLocation::Header,
                integer: false,
                schema: r#"{"enum":["1"],"type":"string"}"#,
            },
        ],
        request_schema: None,
        response_schema: Some("CompanyListDocument"),
    },
    OperationDef {
        id: "create_company",
        method: "POST",
        path: "/companies",
        params: &[
            ParamDef {
                name: "x-api-version",
                location: ParamLocation::Header,
                integer: false,
                schema: r#"{"enum":["1"],"type":"string"}"#,
            },
        ],
        request_schema: Some("CompanyWriteDocument"),
        response_schema: Some("CompanyDocument"),
    },
    OperationDef {
        id: "get_company",
        method: "GET",
        path: "/companies/{id}",
        params: &[
            ParamDef {
                name: "include",
                location: ParamLocation::Query,
                integer: false,
                schema: r#"{"pattern":"^(user)(,(user))*$","type":"string"}"#,
            },
            ParamDef {
                name: "x-api-version",
                location: ParamLocation::Header,
                integer: false,
                schema: r#"{"enum":["1"],"type":"string"}"#,
            },
        ],
        request_schema: None,
        response_schema: Some("CompanyDocument"),
    },
    OperationDef {
        id: "update_company",
        method: "PUT",
        path: "/companies/{id}",
        params: &[
            ParamDef {
                name: "x-api-version",
                location: ParamLocation::Header,
                integer: false,
                schema: r#"{"enum":["1"],"type":"string"}"#,
            },
        ],
        request_schema: Some("CompanyWriteDocument"),
        response_schema: Some("CompanyDocument"),
    },
    OperationDef {
        id: "delete_company",
        method: "DELETE",
        path: "/companies/{id}",
        params: &[
            ParamDef {
                name: "x-api-version",
                location: ParamLocation::Header,
                integer: false,
                schema: r#"{"enum":["1"],"type":"string"}"#,
            },
        ],
        request_schema: None,
        response_schema: None,
    },
    OperationDef {
        id: "list_contacts",
        method: "GET",
        path: "/contacts",
        params: &[
            ParamDef {
                name: "page[number]",
                location: ParamLocation::Query,
                integer: true,
                schema: r#"{"maximum":9223372036854775807,"minimum":1,"type":"integer"}"#,
            },
            ParamDef {
                name: "page[size]",
                location: ParamLocation::Query,
                integer: true,
                schema: r#"{"maximum":9223372036854775807,"minimum":1,"type":"integer"}"#,
            },
            ParamDef {
                name: "filter[updated_at][gte]",
                location: ParamLocation::Query,
                integer: false,
                schema: r#"{"pattern":"^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])(T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](\\.[0-9]{1,9})?(Z|[+-]([01][0-9]|2[0-3]):[0-5][0-9])?)?$","type":"string"}"#,
            },
            ParamDef {
                name: "include",
                location: ParamLocation::Query,
                integer: false,
                schema: r#"{"pattern":"^(company|user)(,(company|user))*$","type":"string"}"#,
            },
            ParamDef {
                name: "x-api-version",
                location: ParamLocation::Header,
                integer: false,
                schema: r#"{"enum":["1"],"type":"string"}"#,
            },
        ],
        request_schema: None,
        response_schema: Some("ContactListDocument"),
    },
    OperationDef {
        id: "create_contact",
        method: "POST",
        path: "/contacts",
        params: &[
            ParamDef {
                name: "x-api-version",
                location: ParamLocation::Header,
                integer: false,
                schema: r#"{"enum":["1"],"type":"string"}"#,
            },
        ],
        request_schema: Some("ContactWriteDocument"),
        response_schema: Some("ContactDocument"),
    },
    OperationDef {
        id: "get_contact",
        method: "GET",
        path: "/contacts/{id}",
        params: &[
            ParamDef {
                name: "include",
                location: ParamLocation::Query,
                integer: false,
                schema: r#"{"pattern":"^(company|user)(,(company|user))*$","type":"string"}"#,
            },
            ParamDef {
                name: "x-api-version",
                location: ParamLocation::Header,
                integer: false,
                schema: r#"{"enum":["1"],"type":"string"}"#,
            },
        ],
        request_schema: None,
        response_schema: Some("ContactDocument"),
    },
    OperationDef {
        id: "update_contact",
        method: "PUT",
        path: "/contacts/{id}",
        params: &[
            ParamDef {
                name: "x-api-version",
                location: ParamLocation::Header,
                integer: false,
                schema: r#"{"enum":["1"],"type":"string"}"#,
            },
        ],
        request_schema: Some("ContactWriteDocument"),
        response_schema: Some("ContactDocument"),
    },
    OperationDef {
        id: "delete_contact",
        method: "DELETE",
        path: "/contacts/{id}",
        params: &[
            ParamDef {
                name: "x-api-version",
                location: ParamLocation::Header,
                integer: false,
                schema: r#"{"enum":["1"],"type":"string"}"#,
            },
        ],
        request_schema: None,
        response_schema: None,
    },
    OperationDef {
        id: "list_opportunities",
        method: "GET",
        path: "/opportunities",
        params: &[
            ParamDef {
                name: "page[number]",
                location: ParamLocation::Query,
                integer: true,
                schema: r#"{"maximum":9223372036854775807,"minimum":1,"type":"integer"}"#,
            },
            ParamDef {
                name: "page[size]",
                location: ParamLocation::Query,
                integer: true,
                schema: r#"{"maximum":9223372036854775807,"minimum":1,"type":"integer"}"#,
            },
            ParamDef {
                name: "per_page",
                location: ParamLocation::Query,
                integer: true,
                schema: r#"{"maximum":9223372036854775807,"minimum":1,"type":"integer"}"#,
            },
            ParamDef {
                name: "filter[company_name_cont]",
                location: ParamLocation::Query,
                integer: false,
                schema: r#"{"type":"string"}"#,
            },
            ParamDef {
                name: "filter[updated_at][gte]",
                location: ParamLocation::Query,
                integer: false,
                schema: r#"{"pattern":"^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])(T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](\\.[0-9]{1,9})?(Z|[+-]([01][0-9]|2[0-3]):[0-5][0-9])?)?$","type":"string"}"#,
            },
            ParamDef {
                name: "include",
                location: ParamLocation::Query,
                integer: false,
                schema: r#"{"pattern":"^(company|user|pipeline|opportunity_stage)(,(company|user|pipeline|opportunity_stage))*$","type":"string"}"#,
            },
            ParamDef {
                name: "x-api-version",
                location: ParamLocation::Header,
                integer: false,
                schema: r#"{"enum":["1"],"type":"string"}"#,
            },
        ],
        request_schema: None,
        response_schema: Some("OpportunityListDocument"),
    },
    OperationDef {
        id: "create_opportunity",
        method: "POST",
        path: "/opportunities",
        params: &[
            ParamDef {
                name: "x-api-version",
                location: ParamLocation::Header,
                integer: false,
                schema: r#"{"enum":["1"],"type":"string"}"#,
            },
        ],
        request_schema: Some("OpportunityWriteDocument"),
        response_schema: Some("OpportunityDocument"),
    },
    OperationDef {
        id: "get_opportunity",
        method: "GET",
        path: "/opportunities/{id}",
        params: &[
            ParamDef {
                name: "include",
                location: ParamLocation::Query,
                integer: false,
                schema: r#"{"pattern":"^(company|user)(,(company|user))*$","type":"string"}"#,
            },
            ParamDef {
                name: "x-api-version",
                location: ParamLocation::Header,
                integer: false,
                schema: r#"{"enum":["1"],"type":"string"}"#,
            },
        ],
        request_schema: None,
        response_schema: Some("OpportunityDocument"),
    },
    OperationDef {
        id: "update_opportunity",
        method: "PUT",
        path: "/opportunities/{id}",
        params: &[
            ParamDef {
                name: "x-api-version",
                location: ParamLocation::Header,
                integer: false,
                schema: r#"{"enum":["1"],"type":"string"}"#,
            },
        ],
        request_schema: Some("OpportunityWriteDocument"),
        response_schema: Some("OpportunityDocument"),
    },
    OperationDef {
        id: "delete_opportunity",
        method: "DELETE",
        path: "/opportunities/{id}",
        params: &[
            ParamDef {
                name: "x-api-version",
                location: ParamLocation::Header,
                integer: false,
                schema: r#"{"enum":["1"],"type":"string"}"#,
            },
        ],
        request_schema: None,
        response_schema: None,
    },
    OperationDef {
        id: "list_pipelines",
        method: "GET",
        path: "/pipelines",
        params: &[
            ParamDef {
                name: "page[number]",
                location: ParamLocation::Query,
                integer: true,
                schema: r#"{"maximum":9223372036854775807,"minimum":1,"type":"integer"}"#,
            },
            ParamDef {
                name: "page[size]",
                location: ParamLocation::Query,
                integer: true,
                schema: r#"{"maximum":9223372036854775807,"minimum":1,"type":"integer"}"#,
            },
            ParamDef {
                name: "x-api-version",
                location: ParamLocation::Header,
                integer: false,
                schema: r#"{"enum":["1"],"type":"string"}"#,
            },
        ],
        request_schema: None,
        response_schema: Some("PipelineListDocument"),
    },
    OperationDef {
        id: "get_pipeline",
        method: "GET",
        path: "/pipelines/{id}",
        params: &[
            ParamDef {
                name: "x-api-version",
                location: ParamLocation::Header,
                integer: false,
                schema: r#"{"enum":["1"],"type":"string"}"#,
            },
        ],
        request_schema: None,
        response_schema: Some("PipelineDocument"),
    },
    OperationDef {
        id: "list_pipeline_opportunity_stages",
        method: "GET",
        path: "/pipelines/{id}/opportunity_stages",
        params: &[
            ParamDef {
                name: "page[number]",
                location: ParamLocation::Query,
                integer: true,
                schema: r#"{"maximum":9223372036854775807,"minimum":1,"type":"integer"}"#,
            },
            ParamDef {
                name: "page[size]",
                location: ParamLocation::Query,
                integer: true,
                schema: r#"{"maximum":9223372036854775807,"minimum":1,"type":"integer"}"#,
            },
            ParamDef {
                name: "x-api-version",
                location: ParamLocation::Header,
                integer: false,
                schema: r#"{"enum":["1"],"type":"string"}"#,
            },
        ],
        request_schema: None,
        response_schema: Some("OpportunityStageListDocument"),
    },
    OperationDef {
        id: "list_users",
        method: "GET",
        path: "/users",
        params: &[
            ParamDef {
                name: "page[number]",
                location: ParamLocation::Query,
                integer: true,
                schema: r#"{"maximum":9223372036854775807,"minimum":1,"type":"integer"}"#,
            },
            ParamDef {
                name: "page[size]",
                location: ParamLocation::Query,
                integer: true,
                schema: r#"{"maximum":9223372036854775807,"minimum":1,"type":"integer"}"#,
            },
            ParamDef {
                name: "x-api-version",
                location: ParamLocation::Header,
                integer: false,
                schema: r#"{"enum":["1"],"type":"string"}"#,
            },
        ],
        request_schema: None,
        response_schema: Some("UserListDocument"),
    },
    OperationDef {
        id: "get_user",
        method: "GET",
        path: "/users/{id}",
        params: &[
            ParamDef {
                name: "x-api-version",
                location: ParamLocation::Header,
                integer: false,
                schema: r#"{"enum":["1"],"type":"string"}"#,
            },
        ],
        request_schema: None,
        response_schema: Some("UserDocument"),
    },
    OperationDef {
        id: "list_reminders",
        method: "GET",
        path: "/reminders",
        params: &[
            ParamDef {
                name: "page[number]",
                location: ParamLocation::Query,
                integer: true,
                schema: r#"{"maximum":9223372036854775807,"minimum":1,"type":"integer"}"#,
            },
            ParamDef {
                name: "page[size]",
                location: ParamLocation::Query,
                integer: true,
                schema: r#"{"maximum":9223372036854775807,"minimum":1,"type":"integer"}"#,
            },
            ParamDef {
                name: "x-api-version",
                location: ParamLocation::Header,
                integer: false,
                schema: r#"{"enum":["1"],"type":"string"}"#,
            },
        ],
        request_schema: None,
        response_schema: Some("ReminderListDocument"),
    },
    OperationDef {
        id: "create_reminder",
        method: "POST",
        path: "/reminders",
        params: &[
            ParamDef {
                name: "x-api-version",
                location: ParamLocation::Header,
                integer: false,
                schema: r#"{"enum":["1"],"type":"string"}"#,
            },
        ],
        request_schema: Some("ReminderWriteDocument"),
        response_schema: Some("ReminderDocument"),
    },
    OperationDef {
        id: "get_reminder",
        method: "GET",
        path: "/reminders/{id}",
        params: &[
            ParamDef {
                name: "x-api-version",
                location: ParamLocation::Header,
                integer: false,
                schema: r#"{"enum":["1"],"type":"string"}"#,
            },
        ],
        request_schema: None,
        response_schema: Some("ReminderDocument"),
    },
    OperationDef {
        id: "update_reminder",
        method: "PUT",
        path: "/reminders/{id}",
        params: &[
            ParamDef {
                name: "x-api-version",
                location: ParamLocation::Header,
                integer: false,
                schema: r#"{"enum":["1"],"type":"string"}"#,
            },
        ],
        request_schema: Some("ReminderWriteDocument"),
        response_schema: Some("ReminderDocument"),
    },
    OperationDef {
        id: "delete_reminder",
        method: "DELETE",
        path: "/reminders/{id}",
        params: &[
            ParamDef {
                name: "x-api-version",
                location: ParamLocation::Header,
                integer: false,
                schema: r#"{"enum":["1"],"type":"string"}"#,
            },
        ],
        request_schema: None,
        response_schema: None,
    },
    OperationDef {
        id: "list_activities",
        method: "GET",
        path: "/activities",
        params: &[
            ParamDef {
                name: "page[number]",
                location: ParamLocation::Query,
                integer: true,
                schema: r#"{"maximum":9223372036854775807,"minimum":1,"type":"integer"}"#,
            },
            ParamDef {
                name: "page[size]",
                location: ParamLocation::Query,
                integer: true,
                schema: r#"{"maximum":9223372036854775807,"minimum":1,"type":"integer"}"#,
            },
            ParamDef {
                name: "x-api-version",
                location: ParamLocation::Header,
                integer: false,
                schema: r#"{"enum":["1"],"type":"string"}"#,
            },
        ],
        request_schema: None,
        response_schema: Some("ActivityListDocument"),
    },
    OperationDef {
        id: "create_activity",
        method: "POST",
        path: "/activities",
        params: &[
            ParamDef {
                name: "x-api-version",
                location: ParamLocation::Header,
                integer: false,
                schema: r#"{"enum":["1"],"type":"string"}"#,
            },
        ],
        request_schema: Some("ActivityWriteDocument"),
        response_schema: Some("ActivityDocument"),
    },
    OperationDef {
        id: "get_activity",
        method: "GET",
        path: "/activities/{id}",
        params: &[
            ParamDef {
                name: "x-api-version",
                location: ParamLocation::Header,
                integer: false,
                schema: r#"{"enum":["1"],"type":"string"}"#,
            },
        ],
        request_schema: None,
        response_schema: Some("ActivityDocument"),
    },
    OperationDef {
        id: "update_activity",
        method: "PUT",
        path: "/activities/{id}",
        params: &[
            ParamDef {
                name: "x-api-version",
                location: ParamLocation::Header,
                integer: false,
                schema: r#"{"enum":["1"],"type":"string"}"#,
            },
        ],
        request_schema: Some("ActivityWriteDocument"),
        response_schema: Some("ActivityDocument"),
    },
    OperationDef {
        id: "delete_activity",
        method: "DELETE",
        path: "/activities/{id}",
        params: &[
            ParamDef {
                name: "x-api-version",
                location: ParamLocation::Header,
                integer: false,
                schema: r#"{"enum":["1"],"type":"string"}"#,
            },
        ],
        request_schema: None,
        response_schema: None,
    },
    OperationDef {
        id: "list_campaigns",
        method: "GET",
        path: "/campaigns",
        params: &[
            ParamDef {
                name: "page[number]",
                location: ParamLocation::Query,
                integer: true,
                schema: r#"{"maximum":9223372036854775807,"minimum":1,"type":"integer"}"#,
            },
            ParamDef {
                name: "page[size]",
                location: ParamLocation::Query,
                integer: true,
                schema: r#"{"maximum":9223372036854775807,"minimum":1,"type":"integer"}"#,
            },
            ParamDef {
                name: "x-api-version",
                location: ParamLocation::Header,
                integer: false,
                schema: r#"{"enum":["1"],"type":"string"}"#,
            },
        ],
        request_schema: None,
        response_schema: Some("CampaignListDocument"),
    },
    OperationDef {
        id: "create_campaign",
        method: "POST",
        path: "/campaigns",
        params: &[
            ParamDef {
                name: "x-api-version",
                location: ParamLocation::Header,
                integer: false,
                schema: r#"{"enum":["1"],"type":"string"}"#,
            },
        ],
        request_schema: Some("CampaignWriteDocument"),
        response_schema: Some("CampaignDocument"),
    },
    OperationDef {
        id: "get_campaign",
        method: "GET",
        path: "/campaigns/{id}",
        params: &[
            ParamDef {
                name: "x-api-version",
                location: ParamLocation::Header,
                integer: false,
                schema: r#"{"enum":["1"],"type":"string"}"#,
            },
        ],
        request_schema: None,
        response_schema: Some("CampaignDocument"),
    },
    OperationDef {
        id: "update_campaign",
        method: "PUT",
        path: "/campaigns/{id}",
        params: &[
            ParamDef {
                name: "x-api-version",
                location: ParamLocation::Header,
                integer: false,
                schema: r#"{"enum":["1"],"type":"string"}"#,
            },
        ],
        request_schema: Some("CampaignWriteDocument"),
        response_schema: Some("CampaignDocument"),
    },
    OperationDef {
        id: "delete_campaign",
        method: "DELETE",
        path: "/campaigns/{id}",
        params: &[
            ParamDef {
                name: "x-api-version",
                location: ParamLocation::Header,
                integer: false,
                schema: r#"{"enum":["1"],"type":"string"}"#,
            },
        ],
        request_schema: None,
        response_schema: None,
    },
    OperationDef {
        id: "list_quotes",
        method: "GET",
        path: "/quotes",
        params: &[
            ParamDef {
                name: "page[number]",
                location: ParamLocation::Query,
                integer: true,
                schema: r#"{"maximum":9223372036854775807,"minimum":1,"type":"integer"}"#,
            },
            ParamDef {
                name: "page[size]",
                location: ParamLocation::Query,
                integer: true,
                schema: r#"{"maximum":9223372036854775807,"minimum":1,"type":"integer"}"#,
            },
            ParamDef {
                name: "per_page",
                location: ParamLocation::Query,
                integer: true,
                schema: r#"{"maximum":9223372036854775807,"minimum":1,"type":"integer"}"#,
            },
            ParamDef {
                name: "filter[company_name_cont]",
                location: ParamLocation::Query,
                integer: false,
                schema: r#"{"type":"string"}"#,
            },
            ParamDef {
                name: "x-api-version",
                location: ParamLocation::Header,
                integer: false,
                schema: r#"{"enum":["1"],"type":"string"}"#,
            },
        ],
        request_schema: None,
        response_schema: Some("QuoteListDocument"),
    },
    OperationDef {
        id: "create_quote",
        method: "POST",
        path: "/quotes",
        params: &[
            ParamDef {
                name: "x-api-version",
                location: ParamLocation::Header,
                integer: false,
                schema: r#"{"enum":["1"],"type":"string"}"#,
            },
        ],
        request_schema: Some("QuoteWriteDocument"),
        response_schema: Some("QuoteDocument"),
    },
    OperationDef {
        id: "get_quote",
        method: "GET",
        path: "/quotes/{id}",
        params: &[
            ParamDef {
                name: "x-api-version",
                location: ParamLocation::Header,
                integer: false,
                schema: r#"{"enum":["1"],"type":"string"}"#,
            },
        ],
        request_schema: None,
        response_schema: Some("QuoteDocument"),
    },
    OperationDef {
        id: "update_quote",
        method: "PUT",
        path: "/quotes/{id}",
        params: &[
            ParamDef {
                name: "x-api-version",
                location: ParamLocation::Header,
                integer: false,
                schema: r#"{"enum":["1"],"type":"string"}"#,
            },
        ],
        request_schema: Some("QuoteWriteDocument"),
        response_schema: Some("QuoteDocument"),
    },
    OperationDef {
        id: "delete_quote",
        method: "DELETE",
        path: "/quotes/{id}",
        params: &[
            ParamDef {
                name: "x-api-version",
                location: ParamLocation::Header,
                integer: false,
                schema: r#"{"enum":["1"],"type":"string"}"#,
            },
        ],
        request_schema: None,
        response_schema: None,
    },
    OperationDef {
        id: "list_quote_products",
        method: "GET",
        path: "/quote_products",
        params: &[
            ParamDef {
                name: "page[number]",
                location: ParamLocation::Query,
                integer: true,
                schema: r#"{"maximum":9223372036854775807,"minimum":1,"type":"integer"}"#,
            },
            ParamDef {
                name: "page[size]",
                location: ParamLocation::Query,
                integer: true,
                schema: r#"{"maximum":9223372036854775807,"minimum":1,"type":"integer"}"#,
            },
            ParamDef {
                name: "x-api-version",
                location: ParamLocation::Header,
                integer: false,
                schema: r#"{"enum":["1"],"type":"string"}"#,
            },
        ],
        request_schema: None,
        response_schema: Some("QuoteProductListDocument"),
    },
    OperationDef {
        id: "create_quote_product",
        method: "POST",
        path: "/quote_products",
        params: &[
            ParamDef {
                name: "x-api-version",
                location: ParamLocation::Header,
                integer: false,
                schema: r#"{"enum":["1"],"type":"string"}"#,
            },
        ],
        request_schema: Some("QuoteProductWriteDocument"),
        response_schema: Some("QuoteProductDocument"),
    },
    OperationDef {
        id: "get_quote_product",
        method: "GET",
        path: "/quote_products/{id}",
        params: &[
            ParamDef {
                name: "x-api-version",
                location: ParamLocation::Header,
                integer: false,
                schema: r#"{"enum":["1"],"type":"string"}"#,
            },
        ],
        request_schema: None,
        response_schema: Some("QuoteProductDocument"),
    },
    OperationDef {
        id: "update_quote_product",
        method: "PUT",
        path: "/quote_products/{id}",
        params: &[
            ParamDef {
                name: "x-api-version",
                location: ParamLocation::Header,
                integer: false,
                schema: r#"{"enum":["1"],"type":"string"}"#,
            },
        ],
        request_schema: Some("QuoteProductWriteDocument"),
        response_schema: Some("QuoteProductDocument"),
    },
    OperationDef {
        id: "delete_quote_product",
        method: "DELETE",
        path: "/quote_products/{id}",
        params: &[
            ParamDef {
                name: "x-api-version",
                location: ParamLocation::Header,
                integer: false,
                schema: r#"{"enum":["1"],"type":"string"}"#,
            },
        ],
        request_schema: None,
        response_schema: None,
    },
    OperationDef {
        id: "list_custom_objects",
        method: "GET",
        path: "/custom_objects/{object_type}",
        params: &[
            ParamDef {
                name: "page[number]",
                location: ParamLocation::Query,
                integer: true,
                schema: r#"{"maximum":9223372036854775807,"minimum":1,"type":"integer"}"#,
            },
            ParamDef {
                name: "page[size]",
                location: ParamLocation::Query,
                integer: true,
                schema: r#"{"maximum":9223372036854775807,"minimum":1,"type":"integer"}"#,
            },
            ParamDef {
                name: "x-api-version",
                location: ParamLocation::Header,
                integer: false,
                schema: r#"{"enum":["1"],"type":"string"}"#,
            },
        ],
        request_schema: None,
        response_schema: Some("CustomObjectListDocument"),
    },
    OperationDef {
        id: "create_custom_object",
        method: "POST",
        path: "/custom_objects/{object_type}",
        params: &[
            ParamDef {
                name: "x-api-version",
                location: ParamLocation::Header,
                integer: false,
                schema: r#"{"enum":["1"],"type":"string"}"#,
            },
        ],
        request_schema: Some("CustomObjectWriteDocument"),
        response_schema: Some("CustomObjectDocument"),
    },
    OperationDef {
        id: "get_custom_object",
        method: "GET",
        path: "/custom_objects/{object_type}/{id}",
        params: &[
            ParamDef {
                name: "x-api-version",
                location: ParamLocation::Header,
                integer: false,
                schema: r#"{"enum":["1"],"type":"string"}"#,
            },
        ],
        request_schema: None,
        response_schema: Some("CustomObjectDocument"),
    },
    OperationDef {
        id: "update_custom_object",
        method: "PUT",
        path: "/custom_objects/{object_type}/{id}",
        params: &[
            ParamDef {
                name: "x-api-version",
                location: ParamLocation::Header,
                integer: false,
                schema: r#"{"enum":["1"],"type":"string"}"#,
            },
        ],
        request_schema: Some("CustomObjectWriteDocument"),
        response_schema: Some("CustomObjectDocument"),
    },
    OperationDef {
        id: "delete_custom_object",
        method: "DELETE",
        path: "/custom_objects/{object_type}/{id}",
        params: &[
            ParamDef {
                name: "x-api-version",
                location: ParamLocation::Header,
                integer: false,
                schema: r#"{"enum":["1"],"type":"string"}"#,
            },
        ],
        request_schema: None,
        response_schema: None,
    },
];

/// The attributes each `…Attributes` schema declares, in its order, and whether Spiro
/// sets them (`readOnly`).
pub(crate) static ATTRIBUTES: &[(&str, &[AttributeDef])] = &[
    (
        "CompanyAttributes",
        &[
            AttributeDef {
                name: "name",
                read_only: false,
            },
            AttributeDef {
                name: "website",
                read_only: false,
            },
            AttributeDef {
                name: "city",
                read_only: false,
            },
            AttributeDef {
                name: "state",
                read_only: false,
            },
            AttributeDef {
                name: "external_id",
                read_only: false,
            },
            AttributeDef {
                name: "phone",
                read_only: false,
            },
            AttributeDef {
                name: "address",
                read_only: false,
            },
            AttributeDef {
                name: "zipcode",
                read_only: false,
            },
            AttributeDef {
                name: "description",
                read_only: false,
            },
            AttributeDef {
                name: "created_at",
                read_only: true,
            },
            AttributeDef {
                name: "updated_at",
                read_only: true,
            },
            AttributeDef {
                name: "custom",
                read_only: false,
            },
        ],
    ),
    (
        "ContactAttributes",
        &[
            AttributeDef {
                name: "first_name",
                read_only: false,
            },
            AttributeDef {
                name: "last_name",
                read_only: false,
            },
            AttributeDef {
                name: "email",
                read_only: false,
            },
            AttributeDef {
                name: "title",
                read_only: false,
            },
            AttributeDef {
                name: "phone",
                read_only: false,
            },
            AttributeDef {
                name: "mobile",
                read_only: false,
            },
            AttributeDef {
                name: "home_phone",
                read_only: false,
            },
            AttributeDef {
                name: "description",
                read_only: false,
            },
            AttributeDef {
                name: "external_id",
                read_only: false,
            },
            AttributeDef {
                name: "created_at",
                read_only: true,
            },
            AttributeDef {
                name: "updated_at",
                read_only: true,
            },
            AttributeDef {
                name: "custom",
                read_only: false,
            },
        ],
    ),
    (
        "OpportunityAttributes",
        &[
            AttributeDef {
                name: "name",
                read_only: false,
            },
            AttributeDef {
                name: "amount",
                read_only: false,
            },
            AttributeDef {
                name: "close_at",
                read_only: false,
            },
            AttributeDef {
                name: "description",
                read_only: false,
            },
            AttributeDef {
                name: "external_id",
                read_only: false,
            },
            AttributeDef {
                name: "priority",
                read_only: false,
            },
            AttributeDef {
                name: "currency",
                read_only: false,
            },
            AttributeDef {
                name: "created_at",
                read_only: true,
            },
            AttributeDef {
                name: "updated_at",
                read_only: true,
            },
            AttributeDef {
                name: "custom",
                read_only: false,
            },
        ],
    ),
    (
        "PipelineAttributes",
        &[
            AttributeDef {
                name: "name",
                read_only: false,
            },
            AttributeDef {
                name: "custom",
                read_only: false,
            },
        ],
    ),
    (
        "OpportunityStageAttributes",
        &[
            AttributeDef {
                name: "name",
                read_only: false,
            },
            AttributeDef {
                name: "position",
                read_only: false,
            },
            AttributeDef {
                name: "probability",
                read_only: false,
            },
            AttributeDef {
                name: "custom",
                read_only: false,
            },
        ],
    ),
    (
        "UserAttributes",
        &[
            AttributeDef {
                name: "first_name",
                read_only: false,
            },
            AttributeDef {
                name: "last_name",
                read_only: false,
            },
            AttributeDef {
                name: "email",
                read_only: false,
            },
            AttributeDef {
                name: "custom",
                read_only: false,
            },
        ],
    ),
    (
        "ReminderAttributes",
        &[
            AttributeDef {
                name: "description",
                read_only: false,
            },
            AttributeDef {
                name: "due_at",
                read_only: false,
            },
            AttributeDef {
                name: "status",
                read_only: false,
            },
            AttributeDef {
                name: "created_at",
                read_only: true,
            },
            AttributeDef {
                name: "updated_at",
                read_only: true,
            },
            AttributeDef {
                name: "custom",
                read_only: false,
            },
        ],
    ),
    (
        "ActivityAttributes",
        &[
            AttributeDef {
                name: "kind",
                read_only: false,
            },
            AttributeDef {
                name: "subject",
                read_only: false,
            },
            AttributeDef {
                name: "body",
                read_only: false,
            },
            AttributeDef {
                name: "occurred_at",
                read_only: false,
            },
            AttributeDef {
                name: "created_at",
                read_only: true,
            },
            AttributeDef {
                name: "updated_at",
                read_only: true,
            },
            AttributeDef {
                name: "custom",
                read_only: false,
            },
        ],
    ),
    (
        "CampaignAttributes",
        &[
            AttributeDef {
                name: "name",
                read_only: false,
            },
            AttributeDef {
                name: "description",
                read_only: false,
            },
            AttributeDef {
                name: "created_at",
                read_only: true,
            },
            AttributeDef {
                name: "updated_at",
                read_only: true,
            },
            AttributeDef {
                name: "custom",
                read_only: false,
            },
        ],
    ),
    (
        "QuoteAttributes",
        &[
            AttributeDef {
                name: "name",
                read_only: false,
            },
            AttributeDef {
                name: "total",
                read_only: false,
            },
            AttributeDef {
                name: "status",
                read_only: false,
            },
            AttributeDef {
                name: "created_at",
                read_only: true,
            },
            AttributeDef {
                name: "updated_at",
                read_only: true,
            },
            AttributeDef {
                name: "custom",
                read_only: false,
            },
        ],
    ),
    (
        "QuoteProductAttributes",
        &[
            AttributeDef {
                name: "name",
                read_only: false,
            },
            AttributeDef {
                name: "quantity",
                read_only: false,
            },
            AttributeDef {
                name: "price",
                read_only: false,
            },
            AttributeDef {
                name: "total",
                read_only: false,
            },
            AttributeDef {
                name: "created_at",
                read_only: true,
            },
            AttributeDef {
                name: "updated_at",
                read_only: true,
            },
            AttributeDef {
                name: "custom",
                read_only: false,
            },
        ],
    ),
    (
        "CustomObjectAttributes",
        &[
            AttributeDef {
                name: "name",
                read_only: false,
            },
            AttributeDef {
                name: "created_at",
                read_only: true,
            },
            AttributeDef {
                name: "updated_at",
                read_only: true,
            },
            AttributeDef {
                name: "custom",
                read_only: false,
            },
        ],
    ),
];

/// Every component schema of the spec as JSON Schema draft 7 (`#/definitions/…`), one a
/// line, for `validate.rs`.
pub(crate) const SCHEMAS: &str = r##"{
"ResourceId":{"oneOf":[{"type":"string"},{"maximum":9223372036854775807,"minimum":-9223372036854775808,"type":"integer"}]},
"ResourceIdentifier":{"properties":{"id":{"$ref":"#/definitions/ResourceId"},"type":{"type":"string"}},"required":["id","type"],"type":"object"},
"Amount":{"anyOf":[{"type":["number","null"]},{"pattern":"^-?[0-9]+(\\.[0-9]+)?$","type":["string","null"]}]},
"Relationship":{"properties":{"data":{"$ref":"#/definitions/RelationshipData"}},"type":"object"},
"RelationshipData":{"oneOf":[{"$ref":"#/definitions/ResourceIdentifier"},{"items":{"$ref":"#/definitions/ResourceIdentifier"},"type":["array","null"]}]},
"Relationships":{"additionalProperties":{"$ref":"#/definitions/Relationship"},"type":"object"},
"PicklistValue":{"additionalProperties":true,"properties":{"date":{"type":"string"},"display_name":{"type":"string"},"label":{"type":"string"},"name":{"type":"string"},"value":{}},"type":"object"},
"CustomValue":{"anyOf":[{"type":["string","null"]},{"type":"number"},{"type":"boolean"},{"items":{},"type":"array"},{"$ref":"#/definitions/PicklistValue"}]},
"CustomFields":{"additionalProperties":{"$ref":"#/definitions/CustomValue"},"type":"object"},
"Pagination":{"properties":{"current_page":{"maximum":9223372036854775807,"minimum":-9223372036854775808,"type":"integer"},"per_page":{"maximum":9223372036854775807,"minimum":-9223372036854775808,"type":["integer","null"]},"total_entries":{"maximum":9223372036854775807,"minimum":-9223372036854775808,"type":["integer","null"]},"total_pages":{"maximum":9223372036854775807,"minimum":-9223372036854775808,"type":"integer"}},"required":["current_page","total_pages"],"type":"object"},
"ListMeta":{"properties":{"pagination":{"$ref":"#/definitions/Pagination"}},"type":"object"},
"IncludedResource":{"properties":{"attributes":{"additionalProperties":true,"type":"object"},"id":{"$ref":"#/definitions/ResourceId"},"relationships":{"$ref":"#/definitions/Relationships"},"type":{"type":"string"}},"required":["id","type"],"type":"object"},
"ErrorSource":{"properties":{"parameter":{"type":"string"},"pointer":{"type":"string"}},"type":"object"},
"ErrorObject":{"properties":{"code":{"type":"string"},"detail":{"type":"string"},"source":{"$ref":"#/definitions/ErrorSource"},"status":{"type":"string"},"title":{"type":"string"}},"type":"object"},
"ErrorDocument":{"properties":{"errors":{"items":{"$ref":"#/definitions/ErrorObject"},"type":"array"}},"required":["errors"],"type":"object"},
"OAuthError":{"properties":{"error":{"type":"string"},"error_description":{"type":"string"}},"required":["error"],"type":"object"},
"CompanyAttributes":{"properties":{"address":{"type":["string","null"]},"city":{"type":["string","null"]},"created_at":{"type":["string","null"]},"custom":{"allOf":[{"$ref":"#/definitions/CustomFields"}]},"description":{"type":["string","null"]},"external_id":{"type":["string","null"]},"name":{"type":["string","null"]},"phone":{"type":["string","null"]},"state":{"type":["string","null"]},"updated_at":{"type":["string","null"]},"website":{"type":["string","null"]},"zipcode":{"type":["string","null"]}},"type":"object"},
"Company":{"properties":{"attributes":{"$ref":"#/definitions/CompanyAttributes"},"id":{"$ref":"#/definitions/ResourceId"},"relationships":{"$ref":"#/definitions/Relationships"},"type":{"type":"string"}},"required":["id","type"],"type":"object"},
"CompanyDocument":{"properties":{"data":{"$ref":"#/definitions/Company"},"included":{"items":{"$ref":"#/definitions/IncludedResource"},"type":"array"},"meta":{"additionalProperties":true,"type":"object"}},"required":["data"],"type":"object"},
"CompanyListDocument":{"properties":{"data":{"items":{"$ref":"#/definitions/Company"},"type":"array"},"included":{"items":{"$ref":"#/definitions/IncludedResource"},"type":"array"},"meta":{"$ref":"#/definitions/ListMeta"}},"required":["data"],"type":"object"},
"CompanyWrite":{"properties":{"attributes":{"$ref":"#/definitions/CompanyAttributes"},"id":{"$ref":"#/definitions/ResourceId"},"relationships":{"$ref":"#/definitions/Relationships"},"type":{"type":"string"}},"required":["type"],"type":"object"},
"CompanyWriteDocument":{"properties":{"data":{"$ref":"#/definitions/CompanyWrite"}},"required":["data"],"type":"object"},
"ContactAttributes":{"properties":{"created_at":{"type":["string","null"]},"custom":{"allOf":[{"$ref":"#/definitions/CustomFields"}]},"description":{"type":["string","null"]},"email":{"type":["string","null"]},"external_id":{"type":["string","null"]},"first_name":{"type":["string","null"]},"home_phone":{"type":["string","null"]},"last_name":{"type":["string","null"]},"mobile":{"type":["string","null"]},"phone":{"type":["string","null"]},"title":{"type":["string","null"]},"updated_at":{"type":["string","null"]}},"type":"object"},
"Contact":{"properties":{"attributes":{"$ref":"#/definitions/ContactAttributes"},"id":{"$ref":"#/definitions/ResourceId"},"relationships":{"$ref":"#/definitions/Relationships"},"type":{"type":"string"}},"required":["id","type"],"type":"object"},
"ContactDocument":{"properties":{"data":{"$ref":"#/definitions/Contact"},"included":{"items":{"$ref":"#/definitions/IncludedResource"},"type":"array"},"meta":{"additionalProperties":true,"type":"object"}},"required":["data"],"type":"object"},
"ContactListDocument":{"properties":{"data":{"items":{"$ref":"#/definitions/Contact"},"type":"array"},"included":{"items":{"$ref":"#/definitions/IncludedResource"},"type":"array"},"meta":{"$ref":"#/definitions/ListMeta"}},"required":["data"],"type":"object"},
"ContactWrite":{"properties":{"attributes":{"$ref":"#/definitions/ContactAttributes"},"id":{"$ref":"#/definitions/ResourceId"},"relationships":{"$ref":"#/definitions/Relationships"},"type":{"type":"string"}},"required":["type"],"type":"object"},
"ContactWriteDocument":{"properties":{"data":{"$ref":"#/definitions/ContactWrite"}},"required":["data"],"type":"object"},
"OpportunityAttributes":{"properties":{"amount":{"allOf":[{"$ref":"#/definitions/Amount"}]},"close_at":{"type":["string","null"]},"created_at":{"type":["string","null"]},"currency":{"type":["string","null"]},"custom":{"allOf":[{"$ref":"#/definitions/CustomFields"}]},"description":{"type":["string","null"]},"external_id":{"type":["string","null"]},"name":{"type":["string","null"]},"priority":{"type":["string","null"]},"updated_at":{"type":["string","null"]}},"type":"object"},
"Opportunity":{"properties":{"attributes":{"$ref":"#/definitions/OpportunityAttributes"},"id":{"$ref":"#/definitions/ResourceId"},"relationships":{"$ref":"#/definitions/Relationships"},"type":{"type":"string"}},"required":["id","type"],"type":"object"},
"OpportunityDocument":{"properties":{"data":{"$ref":"#/definitions/Opportunity"},"included":{"items":{"$ref":"#/definitions/IncludedResource"},"type":"array"},"meta":{"additionalProperties":true,"type":"object"}},"required":["data"],"type":"object"},
"OpportunityListDocument":{"properties":{"data":{"items":{"$ref":"#/definitions/Opportunity"},"type":"array"},"included":{"items":{"$ref":"#/definitions/IncludedResource"},"type":"array"},"meta":{"$ref":"#/definitions/ListMeta"}},"required":["data"],"type":"object"},
"OpportunityWrite":{"properties":{"attributes":{"$ref":"#/definitions/OpportunityAttributes"},"id":{"$ref":"#/definitions/ResourceId"},"relationships":{"$ref":"#/definitions/Relationships"},"type":{"type":"string"}},"required":["type"],"type":"object"},
"OpportunityWriteDocument":{"properties":{"data":{"$ref":"#/definitions/OpportunityWrite"}},"required":["data"],"type":"object"},
"PipelineAttributes":{"properties":{"custom":{"allOf":[{"$ref":"#/definitions/CustomFields"}]},"name":{"type":["string","null"]}},"type":"object"},
"Pipeline":{"properties":{"attributes":{"$ref":"#/definitions/PipelineAttributes"},"id":{"$ref":"#/definitions/ResourceId"},"relationships":{"$ref":"#/definitions/Relationships"},"type":{"type":"string"}},"required":["id","type"],"type":"object"},
"PipelineDocument":{"properties":{"data":{"$ref":"#/definitions/Pipeline"},"included":{"items":{"$ref":"#/definitions/IncludedResource"},"type":"array"},"meta":{"additionalProperties":true,"type":"object"}},"required":["data"],"type":"object"},
"PipelineListDocument":{"properties":{"data":{"items":{"$ref":"#/definitions/Pipeline"},"type":"array"},"included":{"items":{"$ref":"#/definitions/IncludedResource"},"type":"array"},"meta":{"$ref":"#/definitions/ListMeta"}},"required":["data"],"type":"object"},
"OpportunityStageAttributes":{"properties":{"custom":{"allOf":[{"$ref":"#/definitions/CustomFields"}]},"name":{"type":["string","null"]},"position":{"type":["integer","null"]},"probability":{"type":["number","null"]}},"type":"object"},
"OpportunityStage":{"properties":{"attributes":{"$ref":"#/definitions/OpportunityStageAttributes"},"id":{"$ref":"#/definitions/ResourceId"},"relationships":{"$ref":"#/definitions/Relationships"},"type":{"type":"string"}},"required":["id","type"],"type":"object"},
"OpportunityStageListDocument":{"properties":{"data":{"items":{"$ref":"#/definitions/OpportunityStage"},"type":"array"},"included":{"items":{"$ref":"#/definitions/IncludedResource"},"type":"array"},"meta":{"$ref":"#/definitions/ListMeta"}},"required":["data"],"type":"object"},
"UserAttributes":{"properties":{"custom":{"allOf":[{"$ref":"#/definitions/CustomFields"}]},"email":{"type":["string","null"]},"first_name":{"type":["string","null"]},"last_name":{"type":["string","null"]}},"type":"object"},
"User":{"properties":{"attributes":{"$ref":"#/definitions/UserAttributes"},"id":{"$ref":"#/definitions/ResourceId"},"relationships":{"$ref":"#/definitions/Relationships"},"type":{"type":"string"}},"required":["id","type"],"type":"object"},
"UserDocument":{"properties":{"data":{"$ref":"#/definitions/User"},"included":{"items":{"$ref":"#/definitions/IncludedResource"},"type":"array"},"meta":{"additionalProperties":true,"type":"object"}},"required":["data"],"type":"object"},
"UserListDocument":{"properties":{"data":{"items":{"$ref":"#/definitions/User"},"type":"array"},"included":{"items":{"$ref":"#/definitions/IncludedResource"},"type":"array"},"meta":{"$ref":"#/definitions/ListMeta"}},"required":["data"],"type":"object"},
"ReminderAttributes":{"properties":{"created_at":{"type":["string","null"]},"custom":{"allOf":[{"$ref":"#/definitions/CustomFields"}]},"description":{"type":["string","null"]},"due_at":{"type":["string","null"]},"status":{"type":["string","null"]},"updated_at":{"type":["string","null"]}},"type":"object"},
"Reminder":{"properties":{"attributes":{"$ref":"#/definitions/ReminderAttributes"},"id":{"$ref":"#/definitions/ResourceId"},"relationships":{"$ref":"#/definitions/Relationships"},"type":{"type":"string"}},"required":["id","type"],"type":"object"},
"ReminderDocument":{"properties":{"data":{"$ref":"#/definitions/Reminder"},"included":{"items":{"$ref":"#/definitions/IncludedResource"},"type":"array"},"meta":{"additionalProperties":true,"type":"object"}},"required":["data"],"type":"object"},
"ReminderListDocument":{"properties":{"data":{"items":{"$ref":"#/definitions/Reminder"},"type":"array"},"included":{"items":{"$ref":"#/definitions/IncludedResource"},"type":"array"},"meta":{"$ref":"#/definitions/ListMeta"}},"required":["data"],"type":"object"},
"ReminderWrite":{"properties":{"attributes":{"$ref":"#/definitions/ReminderAttributes"},"id":{"$ref":"#/definitions/ResourceId"},"relationships":{"$ref":"#/definitions/Relationships"},"type":{"type":"string"}},"required":["type"],"type":"object"},
"ReminderWriteDocument":{"properties":{"data":{"$ref":"#/definitions/ReminderWrite"}},"required":["data"],"type":"object"},
"ActivityAttributes":{"properties":{"body":{"type":["string","null"]},"created_at":{"type":["string","null"]},"custom":{"allOf":[{"$ref":"#/definitions/CustomFields"}]},"kind":{"type":["string","null"]},"occurred_at":{"type":["string","null"]},"subject":{"type":["string","null"]},"updated_at":{"type":["string","null"]}},"type":"object"},
"Activity":{"properties":{"attributes":{"$ref":"#/definitions/ActivityAttributes"},"id":{"$ref":"#/definitions/ResourceId"},"relationships":{"$ref":"#/definitions/Relationships"},"type":{"type":"string"}},"required":["id","type"],"type":"object"},
"ActivityDocument":{"properties":{"data":{"$ref":"#/definitions/Activity"},"included":{"items":{"$ref":"#/definitions/IncludedResource"},"type":"array"},"meta":{"additionalProperties":true,"type":"object"}},"required":["data"],"type":"object"},
"ActivityListDocument":{"properties":{"data":{"items":{"$ref":"#/definitions/Activity"},"type":"array"},"included":{"items":{"$ref":"#/definitions/IncludedResource"},"type":"array"},"meta":{"$ref":"#/definitions/ListMeta"}},"required":["data"],"type":"object"},
"ActivityWrite":{"properties":{"attributes":{"$ref":"#/definitions/ActivityAttributes"},"id":{"$ref":"#/definitions/ResourceId"},"relationships":{"$ref":"#/definitions/Relationships"},"type":{"type":"string"}},"required":["type"],"type":"object"},
"ActivityWriteDocument":{"properties":{"data":{"$ref":"#/definitions/ActivityWrite"}},"required":["data"],"type":"object"},
"CampaignAttributes":{"properties":{"created_at":{"type":["string","null"]},"custom":{"allOf":[{"$ref":"#/definitions/CustomFields"}]},"description":{"type":["string","null"]},"name":{"type":["string","null"]},"updated_at":{"type":["string","null"]}},"type":"object"},
"Campaign":{"properties":{"attributes":{"$ref":"#/definitions/CampaignAttributes"},"id":{"$ref":"#/definitions/ResourceId"},"relationships":{"$ref":"#/definitions/Relationships"},"type":{"type":"string"}},"required":["id","type"],"type":"object"},
"CampaignDocument":{"properties":{"data":{"$ref":"#/definitions/Campaign"},"included":{"items":{"$ref":"#/definitions/IncludedResource"},"type":"array"},"meta":{"additionalProperties":true,"type":"object"}},"required":["data"],"type":"object"},
"CampaignListDocument":{"properties":{"data":{"items":{"$ref":"#/definitions/Campaign"},"type":"array"},"included":{"items":{"$ref":"#/definitions/IncludedResource"},"type":"array"},"meta":{"$ref":"#/definitions/ListMeta"}},"required":["data"],"type":"object"},
"CampaignWrite":{"properties":{"attributes":{"$ref":"#/definitions/CampaignAttributes"},"id":{"$ref":"#/definitions/ResourceId"},"relationships":{"$ref":"#/definitions/Relationships"},"type":{"type":"string"}},"required":["type"],"type":"object"},
"CampaignWriteDocument":{"properties":{"data":{"$ref":"#/definitions/CampaignWrite"}},"required":["data"],"type":"object"},
"QuoteAttributes":{"properties":{"created_at":{"type":["string","null"]},"custom":{"allOf":[{"$ref":"#/definitions/CustomFields"}]},"name":{"type":["string","null"]},"status":{"type":["string","null"]},"total":{"allOf":[{"$ref":"#/definitions/Amount"}]},"updated_at":{"type":["string","null"]}},"type":"object"},
"Quote":{"properties":{"attributes":{"$ref":"#/definitions/QuoteAttributes"},"id":{"$ref":"#/definitions/ResourceId"},"relationships":{"$ref":"#/definitions/Relationships"},"type":{"type":"string"}},"required":["id","type"],"type":"object"},
"QuoteDocument":{"properties":{"data":{"$ref":"#/definitions/Quote"},"included":{"items":{"$ref":"#/definitions/IncludedResource"},"type":"array"},"meta":{"additionalProperties":true,"type":"object"}},"required":["data"],"type":"object"},
"QuoteListDocument":{"properties":{"data":{"items":{"$ref":"#/definitions/Quote"},"type":"array"},"included":{"items":{"$ref":"#/definitions/IncludedResource"},"type":"array"},"meta":{"$ref":"#/definitions/ListMeta"}},"required":["data"],"type":"object"},
"QuoteWrite":{"properties":{"attributes":{"$ref":"#/definitions/QuoteAttributes"},"id":{"$ref":"#/definitions/ResourceId"},"relationships":{"$ref":"#/definitions/Relationships"},"type":{"type":"string"}},"required":["type"],"type":"object"},
"QuoteWriteDocument":{"properties":{"data":{"$ref":"#/definitions/QuoteWrite"}},"required":["data"],"type":"object"},
"QuoteProductAttributes":{"properties":{"created_at":{"type":["string","null"]},"custom":{"allOf":[{"$ref":"#/definitions/CustomFields"}]},"name":{"type":["string","null"]},"price":{"type":["number","null"]},"quantity":{"type":["number","null"]},"total":{"type":["number","null"]},"updated_at":{"type":["string","null"]}},"type":"object"},
"QuoteProduct":{"properties":{"attributes":{"$ref":"#/definitions/QuoteProductAttributes"},"id":{"$ref":"#/definitions/ResourceId"},"relationships":{"$ref":"#/definitions/Relationships"},"type":{"type":"string"}},"required":["id","type"],"type":"object"},
"QuoteProductDocument":{"properties":{"data":{"$ref":"#/definitions/QuoteProduct"},"included":{"items":{"$ref":"#/definitions/IncludedResource"},"type":"array"},"meta":{"additionalProperties":true,"type":"object"}},"required":["data"],"type":"object"},
"QuoteProductListDocument":{"properties":{"data":{"items":{"$ref":"#/definitions/QuoteProduct"},"type":"array"},"included":{"items":{"$ref":"#/definitions/IncludedResource"},"type":"array"},"meta":{"$ref":"#/definitions/ListMeta"}},"required":["data"],"type":"object"},
"QuoteProductWrite":{"properties":{"attributes":{"$ref":"#/definitions/QuoteProductAttributes"},"id":{"$ref":"#/definitions/ResourceId"},"relationships":{"$ref":"#/definitions/Relationships"},"type":{"type":"string"}},"required":["type"],"type":"object"},
"QuoteProductWriteDocument":{"properties":{"data":{"$ref":"#/definitions/QuoteProductWrite"}},"required":["data"],"type":"object"},
"CustomObjectAttributes":{"properties":{"created_at":{"type":["string","null"]},"custom":{"allOf":[{"$ref":"#/definitions/CustomFields"}]},"name":{"type":["string","null"]},"updated_at":{"type":["string","null"]}},"type":"object"},
"CustomObject":{"properties":{"attributes":{"$ref":"#/definitions/CustomObjectAttributes"},"id":{"$ref":"#/definitions/ResourceId"},"relationships":{"$ref":"#/definitions/Relationships"},"type":{"type":"string"}},"required":["id","type"],"type":"object"},
"CustomObjectDocument":{"properties":{"data":{"$ref":"#/definitions/CustomObject"},"included":{"items":{"$ref":"#/definitions/IncludedResource"},"type":"array"},"meta":{"additionalProperties":true,"type":"object"}},"required":["data"],"type":"object"},
"CustomObjectListDocument":{"properties":{"data":{"items":{"$ref":"#/definitions/CustomObject"},"type":"array"},"included":{"items":{"$ref":"#/definitions/IncludedResource"},"type":"array"},"meta":{"$ref":"#/definitions/ListMeta"}},"required":["data"],"type":"object"},
"CustomObjectWrite":{"properties":{"attributes":{"$ref":"#/definitions/CustomObjectAttributes"},"id":{"$ref":"#/definitions/ResourceId"},"relationships":{"$ref":"#/definitions/Relationships"},"type":{"type":"string"}},"required":["type"],"type":"object"},
"CustomObjectWriteDocument":{"properties":{"data":{"$ref":"#/definitions/CustomObjectWrite"}},"required":["data"],"type":"object"}
}"##;
