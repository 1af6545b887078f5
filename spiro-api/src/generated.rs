// The contents of this file are generated from spec/spiro.yaml by `cargo xtask generate`;
// do not edit them by hand. `cargo xtask check` fails when they are stale.

#[allow(unused_imports)]
pub use progenitor_client::{ByteStream, ClientInfo, Error, ResponseValue};
#[allow(unused_imports)]
use progenitor_client::{encode_path, ClientHooks, OperationInfo, RequestBuilderExt};
/// Types used as operation parameters and responses.
#[allow(clippy::all)]
pub mod types {
    ///A timeline entry: email, phone call, note, calendar event or completed reminder. [doc S3]
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct Activity {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub attributes: ::std::option::Option<ActivityAttributes>,
        pub id: crate::ResourceId,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub relationships: ::std::option::Option<Relationships>,
        ///Record type. The exact strings are not evidenced; the example is the most likely one.
        #[serde(rename = "type")]
        pub type_: ::std::string::String,
    }

    impl Activity {
        pub fn builder() -> builder::Activity {
            Default::default()
        }
    }

    ///Attributes of a activity. Every attribute is optional: unknown attributes are ignored, missing ones are `None`.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct ActivityAttributes {
        ///Text of the note, email or call log. [inferred]
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub body: ::std::option::Option<crate::Text>,
        ///ISO 8601 date or date-time as sent by Spiro, kept as a string: no source shows its format. [inferred]
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub created_at: ::std::option::Option<crate::Timestamp>,
        ///Custom fields (S5: activities can have them). [doc S5]
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub custom: ::std::option::Option<crate::CustomFields>,
        ///Kind of activity, e.g. `email`, `call`, `note`, `meeting`. [inferred from S3]
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub kind: ::std::option::Option<crate::Text>,
        ///When it happened. ISO 8601 timestamp as sent by Spiro. Kept as a string: the exact format is not evidenced. [inferred]
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub occurred_at: ::std::option::Option<crate::Timestamp>,
        ///Subject or title. [inferred]
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub subject: ::std::option::Option<crate::Text>,
        ///ISO 8601 date or date-time as sent by Spiro, kept as a string: no source shows its format. [inferred]
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub updated_at: ::std::option::Option<crate::Timestamp>,
    }

    impl ActivityAttributes {
        pub fn builder() -> builder::ActivityAttributes {
            Default::default()
        }
    }

    ///A activity to create (no `id`) or update (with `id`). Send only what changes.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct ActivityWrite {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub attributes: ::std::option::Option<ActivityWriteAttributes>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<crate::ResourceId>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub relationships: ::std::option::Option<Relationships>,
        ///Record type, e.g. `activity`; an update may send back the type that a read returned.
        #[serde(rename = "type")]
        pub type_: ::std::string::String,
    }

    impl ActivityWrite {
        pub fn builder() -> builder::ActivityWrite {
            Default::default()
        }
    }

    ///The attributes of a Activity that a request may send: `ActivityAttributes` without the read-only ones (set by Spiro).
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct ActivityWriteAttributes {
        ///Text of the note, email or call log. [inferred]
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub body: ::std::option::Option<crate::Text>,
        ///Custom fields (S5: activities can have them). [doc S5]
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub custom: ::std::option::Option<crate::CustomFields>,
        ///Kind of activity, e.g. `email`, `call`, `note`, `meeting`. [inferred from S3]
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub kind: ::std::option::Option<crate::Text>,
        ///When it happened. ISO 8601 timestamp as sent by Spiro. Kept as a string: the exact format is not evidenced. [inferred]
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub occurred_at: ::std::option::Option<crate::Timestamp>,
        ///Subject or title. [inferred]
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub subject: ::std::option::Option<crate::Text>,
    }

    impl ActivityWriteAttributes {
        pub fn builder() -> builder::ActivityWriteAttributes {
            Default::default()
        }
    }

    ///Request body that creates or updates a activity.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct ActivityWriteDocument {
        pub data: ActivityWrite,
    }

    impl ActivityWriteDocument {
        pub fn builder() -> builder::ActivityWriteDocument {
            Default::default()
        }
    }

    ///A call/email list of contacts. [doc S3, S4]
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct Campaign {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub attributes: ::std::option::Option<CampaignAttributes>,
        pub id: crate::ResourceId,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub relationships: ::std::option::Option<Relationships>,
        ///Record type. The exact strings are not evidenced; the example is the most likely one.
        #[serde(rename = "type")]
        pub type_: ::std::string::String,
    }

    impl Campaign {
        pub fn builder() -> builder::Campaign {
            Default::default()
        }
    }

    ///Attributes of a campaign. Every attribute is optional: unknown attributes are ignored, missing ones are `None`.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct CampaignAttributes {
        ///ISO 8601 date or date-time as sent by Spiro, kept as a string: no source shows its format. [inferred]
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub created_at: ::std::option::Option<crate::Timestamp>,
        ///Custom fields; no source says campaigns have any. [inferred]
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub custom: ::std::option::Option<crate::CustomFields>,
        ///Description. [inferred]
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<crate::Text>,
        ///Campaign name. [inferred]
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<crate::Text>,
        ///ISO 8601 date or date-time as sent by Spiro, kept as a string: no source shows its format. [inferred]
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub updated_at: ::std::option::Option<crate::Timestamp>,
    }

    impl CampaignAttributes {
        pub fn builder() -> builder::CampaignAttributes {
            Default::default()
        }
    }

    ///A campaign to create (no `id`) or update (with `id`). Send only what changes.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct CampaignWrite {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub attributes: ::std::option::Option<CampaignWriteAttributes>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<crate::ResourceId>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub relationships: ::std::option::Option<Relationships>,
        ///Record type, e.g. `campaign`; an update may send back the type that a read returned.
        #[serde(rename = "type")]
        pub type_: ::std::string::String,
    }

    impl CampaignWrite {
        pub fn builder() -> builder::CampaignWrite {
            Default::default()
        }
    }

    ///The attributes of a Campaign that a request may send: `CampaignAttributes` without the read-only ones (set by Spiro).
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct CampaignWriteAttributes {
        ///Custom fields; no source says campaigns have any. [inferred]
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub custom: ::std::option::Option<crate::CustomFields>,
        ///Description. [inferred]
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<crate::Text>,
        ///Campaign name. [inferred]
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<crate::Text>,
    }

    impl CampaignWriteAttributes {
        pub fn builder() -> builder::CampaignWriteAttributes {
            Default::default()
        }
    }

    ///Request body that creates or updates a campaign.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct CampaignWriteDocument {
        pub data: CampaignWrite,
    }

    impl CampaignWriteDocument {
        pub fn builder() -> builder::CampaignWriteDocument {
            Default::default()
        }
    }

    ///An account: a business you sell to. [doc S3]
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct Company {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub attributes: ::std::option::Option<CompanyAttributes>,
        pub id: crate::ResourceId,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub relationships: ::std::option::Option<Relationships>,
        ///Record type. The exact strings are not evidenced; the example is the most likely one.
        #[serde(rename = "type")]
        pub type_: ::std::string::String,
    }

    impl Company {
        pub fn builder() -> builder::Company {
            Default::default()
        }
    }

    ///Attributes of a company. Every attribute is optional: unknown attributes are ignored, missing ones are `None`.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct CompanyAttributes {
        ///Street address. [call Y3 (in `custom` or here); S8 import columns]
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub address: ::std::option::Option<crate::Text>,
        ///City. [call Y1, Y3]
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub city: ::std::option::Option<crate::Text>,
        ///ISO 8601 date or date-time as sent by Spiro, kept as a string: no source shows its format. [call Y3 reads it]
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub created_at: ::std::option::Option<crate::Timestamp>,
        ///Custom fields; Y1 and Y3 read `relationship_type`, `assigned_isr`, `industries_served`. [call Y1, Y3]
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub custom: ::std::option::Option<crate::CustomFields>,
        ///Free-text description. [inferred from S8 import columns]
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<crate::Text>,
        ///External (e.g. ERP) id. [call Y1]
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub external_id: ::std::option::Option<crate::Text>,
        ///Company name. [live P3: callers throw when missing]
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        ///Phone number, E.164-like in the product. [call Y3; S8 import columns]
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub phone: ::std::option::Option<crate::Text>,
        ///State or region. [call Y1, Y3]
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub state: ::std::option::Option<crate::Text>,
        ///ISO 8601 date or date-time as sent by Spiro, kept as a string: no source shows its format. [call Y3 reads it]
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub updated_at: ::std::option::Option<crate::Timestamp>,
        ///Website URL. [call Y1, Y3]
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub website: ::std::option::Option<crate::Text>,
        ///Postal code. [inferred from S8 import columns]
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub zipcode: ::std::option::Option<crate::Text>,
    }

    impl CompanyAttributes {
        pub fn builder() -> builder::CompanyAttributes {
            Default::default()
        }
    }

    ///A company to create (no `id`) or update (with `id`). Send only what changes.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct CompanyWrite {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub attributes: ::std::option::Option<CompanyWriteAttributes>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<crate::ResourceId>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub relationships: ::std::option::Option<Relationships>,
        ///Record type, e.g. `company`; an update may send back the type that a read returned.
        #[serde(rename = "type")]
        pub type_: ::std::string::String,
    }

    impl CompanyWrite {
        pub fn builder() -> builder::CompanyWrite {
            Default::default()
        }
    }

    ///The attributes of a Company that a request may send: `CompanyAttributes` without the read-only ones (set by Spiro).
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct CompanyWriteAttributes {
        ///Street address. [call Y3 (in `custom` or here); S8 import columns]
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub address: ::std::option::Option<crate::Text>,
        ///City. [call Y1, Y3]
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub city: ::std::option::Option<crate::Text>,
        ///Custom fields; Y1 and Y3 read `relationship_type`, `assigned_isr`, `industries_served`. [call Y1, Y3]
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub custom: ::std::option::Option<crate::CustomFields>,
        ///Free-text description. [inferred from S8 import columns]
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<crate::Text>,
        ///External (e.g. ERP) id. [call Y1]
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub external_id: ::std::option::Option<crate::Text>,
        ///Company name. [live P3: callers throw when missing]
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        ///Phone number, E.164-like in the product. [call Y3; S8 import columns]
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub phone: ::std::option::Option<crate::Text>,
        ///State or region. [call Y1, Y3]
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub state: ::std::option::Option<crate::Text>,
        ///Website URL. [call Y1, Y3]
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub website: ::std::option::Option<crate::Text>,
        ///Postal code. [inferred from S8 import columns]
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub zipcode: ::std::option::Option<crate::Text>,
    }

    impl CompanyWriteAttributes {
        pub fn builder() -> builder::CompanyWriteAttributes {
            Default::default()
        }
    }

    ///Request body that creates or updates a company.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct CompanyWriteDocument {
        pub data: CompanyWrite,
    }

    impl CompanyWriteDocument {
        pub fn builder() -> builder::CompanyWriteDocument {
            Default::default()
        }
    }

    ///A person, usually at a company. [doc S3]
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct Contact {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub attributes: ::std::option::Option<ContactAttributes>,
        pub id: crate::ResourceId,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub relationships: ::std::option::Option<Relationships>,
        ///Record type. The exact strings are not evidenced; the example is the most likely one.
        #[serde(rename = "type")]
        pub type_: ::std::string::String,
    }

    impl Contact {
        pub fn builder() -> builder::Contact {
            Default::default()
        }
    }

    ///Attributes of a contact. Every attribute is optional: unknown attributes are ignored, missing ones are `None`.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct ContactAttributes {
        ///ISO 8601 date or date-time as sent by Spiro, kept as a string: no source shows its format. [call Y3 reads it]
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub created_at: ::std::option::Option<crate::Timestamp>,
        ///Custom fields; Y3 reads `assigned_isr`, `status`. [call Y3; doc S5]
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub custom: ::std::option::Option<crate::CustomFields>,
        ///Free-text description. [inferred from S8 import columns]
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<crate::Text>,
        ///Email address. [call P5, Y3]
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub email: ::std::option::Option<crate::Text>,
        ///External id. [inferred from S8 import columns]
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub external_id: ::std::option::Option<crate::Text>,
        ///First name. [call P5, Y3]
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub first_name: ::std::option::Option<crate::Text>,
        ///Home phone. [inferred from S8 import columns]
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub home_phone: ::std::option::Option<crate::Text>,
        ///Last name. [call P5, Y3]
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub last_name: ::std::option::Option<crate::Text>,
        ///Mobile number. [call Y3]
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub mobile: ::std::option::Option<crate::Text>,
        ///Phone number. [call Y3]
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub phone: ::std::option::Option<crate::Text>,
        ///Job title. [call Y3]
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub title: ::std::option::Option<crate::Text>,
        ///ISO 8601 date or date-time as sent by Spiro, kept as a string: no source shows its format. [call Y3 reads it]
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub updated_at: ::std::option::Option<crate::Timestamp>,
    }

    impl ContactAttributes {
        pub fn builder() -> builder::ContactAttributes {
            Default::default()
        }
    }

    ///A contact to create (no `id`) or update (with `id`). Send only what changes.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct ContactWrite {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub attributes: ::std::option::Option<ContactWriteAttributes>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<crate::ResourceId>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub relationships: ::std::option::Option<Relationships>,
        ///Record type, e.g. `contact`; an update may send back the type that a read returned.
        #[serde(rename = "type")]
        pub type_: ::std::string::String,
    }

    impl ContactWrite {
        pub fn builder() -> builder::ContactWrite {
            Default::default()
        }
    }

    ///The attributes of a Contact that a request may send: `ContactAttributes` without the read-only ones (set by Spiro).
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct ContactWriteAttributes {
        ///Custom fields; Y3 reads `assigned_isr`, `status`. [call Y3; doc S5]
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub custom: ::std::option::Option<crate::CustomFields>,
        ///Free-text description. [inferred from S8 import columns]
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<crate::Text>,
        ///Email address. [call P5, Y3]
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub email: ::std::option::Option<crate::Text>,
        ///External id. [inferred from S8 import columns]
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub external_id: ::std::option::Option<crate::Text>,
        ///First name. [call P5, Y3]
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub first_name: ::std::option::Option<crate::Text>,
        ///Home phone. [inferred from S8 import columns]
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub home_phone: ::std::option::Option<crate::Text>,
        ///Last name. [call P5, Y3]
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub last_name: ::std::option::Option<crate::Text>,
        ///Mobile number. [call Y3]
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub mobile: ::std::option::Option<crate::Text>,
        ///Phone number. [call Y3]
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub phone: ::std::option::Option<crate::Text>,
        ///Job title. [call Y3]
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub title: ::std::option::Option<crate::Text>,
    }

    impl ContactWriteAttributes {
        pub fn builder() -> builder::ContactWriteAttributes {
            Default::default()
        }
    }

    ///Request body that creates or updates a contact.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct ContactWriteDocument {
        pub data: ContactWrite,
    }

    impl ContactWriteDocument {
        pub fn builder() -> builder::ContactWriteDocument {
            Default::default()
        }
    }

    ///A record of a custom entity (list entity, section entity or independent list); its fields are mostly in `custom`. [doc S6; path call Y2]
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct CustomObject {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub attributes: ::std::option::Option<CustomObjectAttributes>,
        pub id: crate::ResourceId,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub relationships: ::std::option::Option<Relationships>,
        ///Record type. The exact strings are not evidenced; the example is the most likely one.
        #[serde(rename = "type")]
        pub type_: ::std::string::String,
    }

    impl CustomObject {
        pub fn builder() -> builder::CustomObject {
            Default::default()
        }
    }

    ///Attributes of a custom entity record. Every attribute is optional: unknown attributes are ignored, missing ones are `None`.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct CustomObjectAttributes {
        ///ISO 8601 date or date-time as sent by Spiro, kept as a string: no source shows its format. [inferred]
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub created_at: ::std::option::Option<crate::Timestamp>,
        ///The fields of a custom entity record, mostly custom. [doc S5, S6]
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub custom: ::std::option::Option<crate::CustomFields>,
        ///Display name of the record. [inferred]
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<crate::Text>,
        ///ISO 8601 date or date-time as sent by Spiro, kept as a string: no source shows its format. [inferred]
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub updated_at: ::std::option::Option<crate::Timestamp>,
    }

    impl CustomObjectAttributes {
        pub fn builder() -> builder::CustomObjectAttributes {
            Default::default()
        }
    }

    ///A custom entity record to create (no `id`) or update (with `id`). Send only what changes.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct CustomObjectWrite {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub attributes: ::std::option::Option<CustomObjectWriteAttributes>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<crate::ResourceId>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub relationships: ::std::option::Option<Relationships>,
        ///Record type, e.g. `custom_object`; an update may send back the type that a read returned.
        #[serde(rename = "type")]
        pub type_: ::std::string::String,
    }

    impl CustomObjectWrite {
        pub fn builder() -> builder::CustomObjectWrite {
            Default::default()
        }
    }

    ///The attributes of a CustomObject that a request may send: `CustomObjectAttributes` without the read-only ones (set by Spiro).
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct CustomObjectWriteAttributes {
        ///The fields of a custom entity record, mostly custom. [doc S5, S6]
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub custom: ::std::option::Option<crate::CustomFields>,
        ///Display name of the record. [inferred]
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<crate::Text>,
    }

    impl CustomObjectWriteAttributes {
        pub fn builder() -> builder::CustomObjectWriteAttributes {
            Default::default()
        }
    }

    ///Request body that creates or updates a custom entity record.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct CustomObjectWriteDocument {
        pub data: CustomObjectWrite,
    }

    impl CustomObjectWriteDocument {
        pub fn builder() -> builder::CustomObjectWriteDocument {
            Default::default()
        }
    }

    ///An OAuth error body, e.g. on an expired access token. [inferred: Doorkeeper conventions]
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct OAuthError {
        pub error: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub error_description: ::std::option::Option<::std::string::String>,
    }

    impl OAuthError {
        pub fn builder() -> builder::OAuthError {
            Default::default()
        }
    }

    ///A deal in a pipeline; there is no `contact` relationship (P9). [live]
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct Opportunity {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub attributes: ::std::option::Option<OpportunityAttributes>,
        pub id: crate::ResourceId,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub relationships: ::std::option::Option<Relationships>,
        ///Record type. The exact strings are not evidenced; the example is the most likely one.
        #[serde(rename = "type")]
        pub type_: ::std::string::String,
    }

    impl Opportunity {
        pub fn builder() -> builder::Opportunity {
            Default::default()
        }
    }

    ///Attributes of a opportunity. Every attribute is optional: unknown attributes are ignored, missing ones are `None`.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct OpportunityAttributes {
        ///Amount in the opportunity's currency, a number or a numeric string. [call Y1]
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub amount: ::std::option::Option<crate::Amount>,
        ///Close date, as a date (`2026-09-30`) or a date-time: no source shows its format. [live P11: "actual Spiro close date field"]
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub close_at: ::std::option::Option<crate::Timestamp>,
        ///ISO 8601 date or date-time as sent by Spiro, kept as a string: no source shows its format. [call Y3 reads it]
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub created_at: ::std::option::Option<crate::Timestamp>,
        ///Currency code. [call Y3, which defaults it to USD; S8 import columns]
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub currency: ::std::option::Option<crate::Text>,
        ///Custom fields: `bc_packaging_quote` written and read back (P1, P2), lookup values read by `label` (P11). [live P1, P2, P11, P12]
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub custom: ::std::option::Option<crate::CustomFields>,
        ///Free-text description. [live P12]
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        ///External id. [live P12]
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub external_id: ::std::option::Option<::std::string::String>,
        ///Opportunity name. [live P3]
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        ///Priority. [inferred from S8 import columns]
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub priority: ::std::option::Option<crate::Text>,
        ///ISO 8601 date or date-time as sent by Spiro, kept as a string: no source shows its format. [call Y1, Y3]
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub updated_at: ::std::option::Option<crate::Timestamp>,
    }

    impl OpportunityAttributes {
        pub fn builder() -> builder::OpportunityAttributes {
            Default::default()
        }
    }

    ///A stage of a pipeline. [live P3, P4, P5]
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct OpportunityStage {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub attributes: ::std::option::Option<OpportunityStageAttributes>,
        pub id: crate::ResourceId,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub relationships: ::std::option::Option<Relationships>,
        ///Record type. The exact strings are not evidenced; the example is the most likely one.
        #[serde(rename = "type")]
        pub type_: ::std::string::String,
    }

    impl OpportunityStage {
        pub fn builder() -> builder::OpportunityStage {
            Default::default()
        }
    }

    ///Attributes of a opportunity stage. Every attribute is optional: unknown attributes are ignored, missing ones are `None`.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct OpportunityStageAttributes {
        ///Custom fields; no source says stages have any. [inferred]
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub custom: ::std::option::Option<crate::CustomFields>,
        ///Stage name, e.g. Prospecting, Qualifying, Proposing. Callers read `name`, then `label`, `title` or `stage_name`: one of them exists, `name` most likely. [call P3, P5]
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<crate::Text>,
        ///Order of the stage in its pipeline. [inferred]
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub position: ::std::option::Option<crate::Amount>,
        ///Win probability of the stage in percent. [inferred]
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub probability: ::std::option::Option<crate::Amount>,
    }

    impl OpportunityStageAttributes {
        pub fn builder() -> builder::OpportunityStageAttributes {
            Default::default()
        }
    }

    ///A OpportunityStage to create or update; no operation of the spec writes it.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct OpportunityStageWrite {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub attributes: ::std::option::Option<OpportunityStageWriteAttributes>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<crate::ResourceId>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub relationships: ::std::option::Option<Relationships>,
        #[serde(rename = "type")]
        pub type_: ::std::string::String,
    }

    impl OpportunityStageWrite {
        pub fn builder() -> builder::OpportunityStageWrite {
            Default::default()
        }
    }

    ///The attributes of a OpportunityStage that a request may send: `OpportunityStageAttributes` without the read-only ones (set by Spiro).
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct OpportunityStageWriteAttributes {
        ///Custom fields; no source says stages have any. [inferred]
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub custom: ::std::option::Option<crate::CustomFields>,
        ///Stage name, e.g. Prospecting, Qualifying, Proposing. Callers read `name`, then `label`, `title` or `stage_name`: one of them exists, `name` most likely. [call P3, P5]
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<crate::Text>,
        ///Order of the stage in its pipeline. [inferred]
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub position: ::std::option::Option<crate::Amount>,
        ///Win probability of the stage in percent. [inferred]
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub probability: ::std::option::Option<crate::Amount>,
    }

    impl OpportunityStageWriteAttributes {
        pub fn builder() -> builder::OpportunityStageWriteAttributes {
            Default::default()
        }
    }

    ///Request body that writes a OpportunityStage.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct OpportunityStageWriteDocument {
        pub data: OpportunityStageWrite,
    }

    impl OpportunityStageWriteDocument {
        pub fn builder() -> builder::OpportunityStageWriteDocument {
            Default::default()
        }
    }

    ///A opportunity to create (no `id`) or update (with `id`). Send only what changes.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct OpportunityWrite {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub attributes: ::std::option::Option<OpportunityWriteAttributes>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<crate::ResourceId>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub relationships: ::std::option::Option<Relationships>,
        ///Record type, e.g. `opportunity`; an update may send back the type that a read returned.
        #[serde(rename = "type")]
        pub type_: ::std::string::String,
    }

    impl OpportunityWrite {
        pub fn builder() -> builder::OpportunityWrite {
            Default::default()
        }
    }

    ///The attributes of a Opportunity that a request may send: `OpportunityAttributes` without the read-only ones (set by Spiro).
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct OpportunityWriteAttributes {
        ///Amount in the opportunity's currency, a number or a numeric string. [call Y1]
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub amount: ::std::option::Option<crate::Amount>,
        ///Close date, as a date (`2026-09-30`) or a date-time: no source shows its format. [live P11: "actual Spiro close date field"]
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub close_at: ::std::option::Option<crate::Timestamp>,
        ///Currency code. [call Y3, which defaults it to USD; S8 import columns]
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub currency: ::std::option::Option<crate::Text>,
        ///Custom fields: `bc_packaging_quote` written and read back (P1, P2), lookup values read by `label` (P11). [live P1, P2, P11, P12]
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub custom: ::std::option::Option<crate::CustomFields>,
        ///Free-text description. [live P12]
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        ///External id. [live P12]
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub external_id: ::std::option::Option<::std::string::String>,
        ///Opportunity name. [live P3]
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        ///Priority. [inferred from S8 import columns]
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub priority: ::std::option::Option<crate::Text>,
    }

    impl OpportunityWriteAttributes {
        pub fn builder() -> builder::OpportunityWriteAttributes {
            Default::default()
        }
    }

    ///Request body that creates or updates a opportunity.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct OpportunityWriteDocument {
        pub data: OpportunityWrite,
    }

    impl OpportunityWriteDocument {
        pub fn builder() -> builder::OpportunityWriteDocument {
            Default::default()
        }
    }

    ///A pick-list, user-picker or lookup value. Its keys vary: P11 reads `label`, then `name`, `display_name` or `value`, and date objects with `value`/`date`; none of them is always present. [live P11 that such objects exist; keys call]
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct PicklistValue {
        ///The date of a date object. [call P11]
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub date: ::std::option::Option<crate::Text>,
        ///Read when `label` and `name` are empty. [call P11]
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub display_name: ::std::option::Option<crate::Text>,
        ///Display text, e.g. `Warm`. [live P11, read first after a live dry run; call Y1]
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub label: ::std::option::Option<::std::string::String>,
        ///Read when `label` is empty. [call P11]
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<crate::Text>,
        ///The underlying value, e.g. a user id; any JSON value. [call P11]
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub value: ::std::option::Option<::serde_json::Value>,
    }

    impl PicklistValue {
        pub fn builder() -> builder::PicklistValue {
            Default::default()
        }
    }

    ///A sales pipeline; opportunities reference it through the `pipeline` relationship. [live P3, P9 as a relationship]
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct Pipeline {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub attributes: ::std::option::Option<PipelineAttributes>,
        pub id: crate::ResourceId,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub relationships: ::std::option::Option<Relationships>,
        ///Record type. The exact strings are not evidenced; the example is the most likely one.
        #[serde(rename = "type")]
        pub type_: ::std::string::String,
    }

    impl Pipeline {
        pub fn builder() -> builder::Pipeline {
            Default::default()
        }
    }

    ///Attributes of a pipeline. Every attribute is optional: unknown attributes are ignored, missing ones are `None`.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct PipelineAttributes {
        ///Custom fields; no source says pipelines have any. [inferred]
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub custom: ::std::option::Option<crate::CustomFields>,
        ///Pipeline name. [inferred]
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<crate::Text>,
    }

    impl PipelineAttributes {
        pub fn builder() -> builder::PipelineAttributes {
            Default::default()
        }
    }

    ///A Pipeline to create or update; no operation of the spec writes it.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct PipelineWrite {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub attributes: ::std::option::Option<PipelineWriteAttributes>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<crate::ResourceId>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub relationships: ::std::option::Option<Relationships>,
        #[serde(rename = "type")]
        pub type_: ::std::string::String,
    }

    impl PipelineWrite {
        pub fn builder() -> builder::PipelineWrite {
            Default::default()
        }
    }

    ///The attributes of a Pipeline that a request may send: `PipelineAttributes` without the read-only ones (set by Spiro).
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct PipelineWriteAttributes {
        ///Custom fields; no source says pipelines have any. [inferred]
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub custom: ::std::option::Option<crate::CustomFields>,
        ///Pipeline name. [inferred]
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<crate::Text>,
    }

    impl PipelineWriteAttributes {
        pub fn builder() -> builder::PipelineWriteAttributes {
            Default::default()
        }
    }

    ///Request body that writes a Pipeline.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct PipelineWriteDocument {
        pub data: PipelineWrite,
    }

    impl PipelineWriteDocument {
        pub fn builder() -> builder::PipelineWriteDocument {
            Default::default()
        }
    }

    ///A quote from the Quoting module. [call Y1; doc S7]
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct Quote {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub attributes: ::std::option::Option<QuoteAttributes>,
        pub id: crate::ResourceId,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub relationships: ::std::option::Option<Relationships>,
        ///Record type. The exact strings are not evidenced; the example is the most likely one.
        #[serde(rename = "type")]
        pub type_: ::std::string::String,
    }

    impl Quote {
        pub fn builder() -> builder::Quote {
            Default::default()
        }
    }

    ///Attributes of a quote. Every attribute is optional: unknown attributes are ignored, missing ones are `None`.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct QuoteAttributes {
        ///ISO 8601 date or date-time as sent by Spiro, kept as a string: no source shows its format. [call Y1]
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub created_at: ::std::option::Option<crate::Timestamp>,
        ///Custom fields; S7 names them for quote products, not quotes. [inferred]
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub custom: ::std::option::Option<crate::CustomFields>,
        ///Quote name or number. [call Y1]
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<crate::Text>,
        ///Quote status, e.g. `Sent`. [call Y1]
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<crate::Text>,
        ///Quote total, a number or a numeric string. [call Y1]
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub total: ::std::option::Option<crate::Amount>,
        ///ISO 8601 date or date-time as sent by Spiro, kept as a string: no source shows its format. [call Y1]
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub updated_at: ::std::option::Option<crate::Timestamp>,
    }

    impl QuoteAttributes {
        pub fn builder() -> builder::QuoteAttributes {
            Default::default()
        }
    }

    ///A line item of a quote; supports custom fields. [doc S7]
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct QuoteProduct {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub attributes: ::std::option::Option<QuoteProductAttributes>,
        pub id: crate::ResourceId,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub relationships: ::std::option::Option<Relationships>,
        ///Record type. The exact strings are not evidenced; the example is the most likely one.
        #[serde(rename = "type")]
        pub type_: ::std::string::String,
    }

    impl QuoteProduct {
        pub fn builder() -> builder::QuoteProduct {
            Default::default()
        }
    }

    ///Attributes of a quote product. Every attribute is optional: unknown attributes are ignored, missing ones are `None`.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct QuoteProductAttributes {
        ///ISO 8601 date or date-time as sent by Spiro, kept as a string: no source shows its format. [inferred]
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub created_at: ::std::option::Option<crate::Timestamp>,
        ///Custom fields (S7: quote products support them). [doc S7]
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub custom: ::std::option::Option<crate::CustomFields>,
        ///Product name on the line. [inferred from S7]
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<crate::Text>,
        ///Unit price. [inferred from S7]
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub price: ::std::option::Option<crate::Amount>,
        ///Quantity. [inferred from S7]
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub quantity: ::std::option::Option<crate::Amount>,
        ///Line total. [inferred from S7]
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub total: ::std::option::Option<crate::Amount>,
        ///ISO 8601 date or date-time as sent by Spiro, kept as a string: no source shows its format. [inferred]
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub updated_at: ::std::option::Option<crate::Timestamp>,
    }

    impl QuoteProductAttributes {
        pub fn builder() -> builder::QuoteProductAttributes {
            Default::default()
        }
    }

    ///A quote product to create (no `id`) or update (with `id`). Send only what changes.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct QuoteProductWrite {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub attributes: ::std::option::Option<QuoteProductWriteAttributes>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<crate::ResourceId>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub relationships: ::std::option::Option<Relationships>,
        ///Record type, e.g. `quote_product`; an update may send back the type that a read returned.
        #[serde(rename = "type")]
        pub type_: ::std::string::String,
    }

    impl QuoteProductWrite {
        pub fn builder() -> builder::QuoteProductWrite {
            Default::default()
        }
    }

    ///The attributes of a QuoteProduct that a request may send: `QuoteProductAttributes` without the read-only ones (set by Spiro).
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct QuoteProductWriteAttributes {
        ///Custom fields (S7: quote products support them). [doc S7]
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub custom: ::std::option::Option<crate::CustomFields>,
        ///Product name on the line. [inferred from S7]
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<crate::Text>,
        ///Unit price. [inferred from S7]
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub price: ::std::option::Option<crate::Amount>,
        ///Quantity. [inferred from S7]
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub quantity: ::std::option::Option<crate::Amount>,
        ///Line total. [inferred from S7]
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub total: ::std::option::Option<crate::Amount>,
    }

    impl QuoteProductWriteAttributes {
        pub fn builder() -> builder::QuoteProductWriteAttributes {
            Default::default()
        }
    }

    ///Request body that creates or updates a quote product.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct QuoteProductWriteDocument {
        pub data: QuoteProductWrite,
    }

    impl QuoteProductWriteDocument {
        pub fn builder() -> builder::QuoteProductWriteDocument {
            Default::default()
        }
    }

    ///A quote to create (no `id`) or update (with `id`). Send only what changes.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct QuoteWrite {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub attributes: ::std::option::Option<QuoteWriteAttributes>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<crate::ResourceId>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub relationships: ::std::option::Option<Relationships>,
        ///Record type, e.g. `quote`; an update may send back the type that a read returned.
        #[serde(rename = "type")]
        pub type_: ::std::string::String,
    }

    impl QuoteWrite {
        pub fn builder() -> builder::QuoteWrite {
            Default::default()
        }
    }

    ///The attributes of a Quote that a request may send: `QuoteAttributes` without the read-only ones (set by Spiro).
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct QuoteWriteAttributes {
        ///Custom fields; S7 names them for quote products, not quotes. [inferred]
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub custom: ::std::option::Option<crate::CustomFields>,
        ///Quote name or number. [call Y1]
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<crate::Text>,
        ///Quote status, e.g. `Sent`. [call Y1]
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<crate::Text>,
        ///Quote total, a number or a numeric string. [call Y1]
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub total: ::std::option::Option<crate::Amount>,
    }

    impl QuoteWriteAttributes {
        pub fn builder() -> builder::QuoteWriteAttributes {
            Default::default()
        }
    }

    ///Request body that creates or updates a quote.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct QuoteWriteDocument {
        pub data: QuoteWrite,
    }

    impl QuoteWriteDocument {
        pub fn builder() -> builder::QuoteWriteDocument {
            Default::default()
        }
    }

    ///A relationship: `data` is one identifier, a list of them (to-many, shape not evidenced) or null (an empty to-one relationship).
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct Relationship {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub data: ::std::option::Option<RelationshipData>,
    }

    impl Relationship {
        pub fn builder() -> builder::Relationship {
            Default::default()
        }
    }

    ///One identifier, a list of identifiers, or null for an empty to-one relationship.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    #[serde(untagged)]
    pub enum RelationshipData {
        ResourceIdentifier(ResourceIdentifier),
        Array(::std::vec::Vec<ResourceIdentifier>),
    }

    impl ::std::convert::From<ResourceIdentifier> for RelationshipData {
        fn from(value: ResourceIdentifier) -> Self {
            Self::ResourceIdentifier(value)
        }
    }

    impl ::std::convert::From<::std::vec::Vec<ResourceIdentifier>> for RelationshipData {
        fn from(value: ::std::vec::Vec<ResourceIdentifier>) -> Self {
            Self::Array(value)
        }
    }

    ///Relationships by name, e.g. `company`, `user`, `pipeline`, `opportunity_stage`. [live P3, P9]
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    #[serde(transparent)]
    pub struct Relationships(
        pub ::std::collections::BTreeMap<::std::string::String, Relationship>,
    );
    impl ::std::ops::Deref for Relationships {
        type Target = ::std::collections::BTreeMap<::std::string::String, Relationship>;
        fn deref(
            &self,
        ) -> &::std::collections::BTreeMap<::std::string::String, Relationship> {
            &self.0
        }
    }

    impl ::std::convert::From<Relationships>
    for ::std::collections::BTreeMap<::std::string::String, Relationship> {
        fn from(value: Relationships) -> Self {
            value.0
        }
    }

    impl ::std::convert::From<
        ::std::collections::BTreeMap<::std::string::String, Relationship>,
    > for Relationships {
        fn from(
            value: ::std::collections::BTreeMap<::std::string::String, Relationship>,
        ) -> Self {
            Self(value)
        }
    }

    ///A follow-up task related to a company, contact or opportunity. [doc S3, S4]
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct Reminder {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub attributes: ::std::option::Option<ReminderAttributes>,
        pub id: crate::ResourceId,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub relationships: ::std::option::Option<Relationships>,
        ///Record type. The exact strings are not evidenced; the example is the most likely one.
        #[serde(rename = "type")]
        pub type_: ::std::string::String,
    }

    impl Reminder {
        pub fn builder() -> builder::Reminder {
            Default::default()
        }
    }

    ///Attributes of a reminder. Every attribute is optional: unknown attributes are ignored, missing ones are `None`.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct ReminderAttributes {
        ///ISO 8601 date or date-time as sent by Spiro, kept as a string: no source shows its format. [inferred]
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub created_at: ::std::option::Option<crate::Timestamp>,
        ///Custom fields (S5: reminders can have them). [doc S5]
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub custom: ::std::option::Option<crate::CustomFields>,
        ///What to do. [inferred]
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<crate::Text>,
        ///When the reminder is due. ISO 8601 timestamp as sent by Spiro. Kept as a string: the exact format is not evidenced. [inferred from S3/S4: reminder date]
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub due_at: ::std::option::Option<crate::Timestamp>,
        ///`open` or `closed`. [inferred from S4: open/closed status]
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<crate::Text>,
        ///ISO 8601 date or date-time as sent by Spiro, kept as a string: no source shows its format. [inferred]
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub updated_at: ::std::option::Option<crate::Timestamp>,
    }

    impl ReminderAttributes {
        pub fn builder() -> builder::ReminderAttributes {
            Default::default()
        }
    }

    ///A reminder to create (no `id`) or update (with `id`). Send only what changes.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct ReminderWrite {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub attributes: ::std::option::Option<ReminderWriteAttributes>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<crate::ResourceId>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub relationships: ::std::option::Option<Relationships>,
        ///Record type, e.g. `reminder`; an update may send back the type that a read returned.
        #[serde(rename = "type")]
        pub type_: ::std::string::String,
    }

    impl ReminderWrite {
        pub fn builder() -> builder::ReminderWrite {
            Default::default()
        }
    }

    ///The attributes of a Reminder that a request may send: `ReminderAttributes` without the read-only ones (set by Spiro).
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct ReminderWriteAttributes {
        ///Custom fields (S5: reminders can have them). [doc S5]
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub custom: ::std::option::Option<crate::CustomFields>,
        ///What to do. [inferred]
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<crate::Text>,
        ///When the reminder is due. ISO 8601 timestamp as sent by Spiro. Kept as a string: the exact format is not evidenced. [inferred from S3/S4: reminder date]
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub due_at: ::std::option::Option<crate::Timestamp>,
        ///`open` or `closed`. [inferred from S4: open/closed status]
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<crate::Text>,
    }

    impl ReminderWriteAttributes {
        pub fn builder() -> builder::ReminderWriteAttributes {
            Default::default()
        }
    }

    ///Request body that creates or updates a reminder.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct ReminderWriteDocument {
        pub data: ReminderWrite,
    }

    impl ReminderWriteDocument {
        pub fn builder() -> builder::ReminderWriteDocument {
            Default::default()
        }
    }

    ///Points at another record. The `type` strings are not evidenced (singular, e.g. `user`, is most likely) and stay free strings.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct ResourceIdentifier {
        pub id: crate::ResourceId,
        #[serde(rename = "type")]
        pub type_: ::std::string::String,
    }

    impl ResourceIdentifier {
        pub fn builder() -> builder::ResourceIdentifier {
            Default::default()
        }
    }

    ///A licensed Spiro user; owners of records. [doc S3; live as `included` records]
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct User {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub attributes: ::std::option::Option<UserAttributes>,
        pub id: crate::ResourceId,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub relationships: ::std::option::Option<Relationships>,
        ///Record type. The exact strings are not evidenced; the example is the most likely one.
        #[serde(rename = "type")]
        pub type_: ::std::string::String,
    }

    impl User {
        pub fn builder() -> builder::User {
            Default::default()
        }
    }

    ///Attributes of a user. Every attribute is optional: unknown attributes are ignored, missing ones are `None`.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct UserAttributes {
        ///Custom fields (S5: users can have them). [doc S5]
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub custom: ::std::option::Option<crate::CustomFields>,
        ///Email address. [inferred: callers fall back to it]
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub email: ::std::option::Option<crate::Text>,
        ///First name. [live P3, P4: read from `included`]
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub first_name: ::std::option::Option<::std::string::String>,
        ///Last name. [live P3, P4: read from `included`]
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub last_name: ::std::option::Option<::std::string::String>,
    }

    impl UserAttributes {
        pub fn builder() -> builder::UserAttributes {
            Default::default()
        }
    }

    ///A User to create or update; no operation of the spec writes it.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct UserWrite {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub attributes: ::std::option::Option<UserWriteAttributes>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<crate::ResourceId>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub relationships: ::std::option::Option<Relationships>,
        #[serde(rename = "type")]
        pub type_: ::std::string::String,
    }

    impl UserWrite {
        pub fn builder() -> builder::UserWrite {
            Default::default()
        }
    }

    ///The attributes of a User that a request may send: `UserAttributes` without the read-only ones (set by Spiro).
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct UserWriteAttributes {
        ///Custom fields (S5: users can have them). [doc S5]
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub custom: ::std::option::Option<crate::CustomFields>,
        ///Email address. [inferred: callers fall back to it]
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub email: ::std::option::Option<crate::Text>,
        ///First name. [live P3, P4: read from `included`]
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub first_name: ::std::option::Option<::std::string::String>,
        ///Last name. [live P3, P4: read from `included`]
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub last_name: ::std::option::Option<::std::string::String>,
    }

    impl UserWriteAttributes {
        pub fn builder() -> builder::UserWriteAttributes {
            Default::default()
        }
    }

    ///Request body that writes a User.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct UserWriteDocument {
        pub data: UserWrite,
    }

    impl UserWriteDocument {
        pub fn builder() -> builder::UserWriteDocument {
            Default::default()
        }
    }

    /// Types for composing complex structures.
    pub mod builder {
        #[derive(Clone, Debug)]
        pub struct Activity {
            attributes: ::std::result::Result<
                ::std::option::Option<super::ActivityAttributes>,
                ::std::string::String,
            >,
            id: ::std::result::Result<crate::ResourceId, ::std::string::String>,
            relationships: ::std::result::Result<
                ::std::option::Option<super::Relationships>,
                ::std::string::String,
            >,
            type_: ::std::result::Result<::std::string::String, ::std::string::String>,
        }

        impl ::std::default::Default for Activity {
            fn default() -> Self {
                Self {
                    attributes: Ok(Default::default()),
                    id: Err("no value supplied for id".to_string()),
                    relationships: Ok(Default::default()),
                    type_: Err("no value supplied for type_".to_string()),
                }
            }
        }

        impl Activity {
            pub fn attributes<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::ActivityAttributes>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.attributes = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for attributes: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::ResourceId>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn relationships<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Relationships>>,
                T::Error: ::std::fmt::Display,
            {
                self.relationships = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for relationships: {e}")
                    });
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for type_: {e}")
                    });
                self
            }
        }

        impl ::std::convert::TryFrom<Activity> for super::Activity {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Activity,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    attributes: value.attributes?,
                    id: value.id?,
                    relationships: value.relationships?,
                    type_: value.type_?,
                })
            }
        }

        impl ::std::convert::From<super::Activity> for Activity {
            fn from(value: super::Activity) -> Self {
                Self {
                    attributes: Ok(value.attributes),
                    id: Ok(value.id),
                    relationships: Ok(value.relationships),
                    type_: Ok(value.type_),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct ActivityAttributes {
            body: ::std::result::Result<
                ::std::option::Option<crate::Text>,
                ::std::string::String,
            >,
            created_at: ::std::result::Result<
                ::std::option::Option<crate::Timestamp>,
                ::std::string::String,
            >,
            custom: ::std::result::Result<
                ::std::option::Option<crate::CustomFields>,
                ::std::string::String,
            >,
            kind: ::std::result::Result<
                ::std::option::Option<crate::Text>,
                ::std::string::String,
            >,
            occurred_at: ::std::result::Result<
                ::std::option::Option<crate::Timestamp>,
                ::std::string::String,
            >,
            subject: ::std::result::Result<
                ::std::option::Option<crate::Text>,
                ::std::string::String,
            >,
            updated_at: ::std::result::Result<
                ::std::option::Option<crate::Timestamp>,
                ::std::string::String,
            >,
        }

        impl ::std::default::Default for ActivityAttributes {
            fn default() -> Self {
                Self {
                    body: Ok(Default::default()),
                    created_at: Ok(Default::default()),
                    custom: Ok(Default::default()),
                    kind: Ok(Default::default()),
                    occurred_at: Ok(Default::default()),
                    subject: Ok(Default::default()),
                    updated_at: Ok(Default::default()),
                }
            }
        }

        impl ActivityAttributes {
            pub fn body<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::Text>>,
                T::Error: ::std::fmt::Display,
            {
                self.body = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for body: {e}")
                    });
                self
            }
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::Timestamp>>,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created_at: {e}")
                    });
                self
            }
            pub fn custom<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::CustomFields>>,
                T::Error: ::std::fmt::Display,
            {
                self.custom = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for custom: {e}")
                    });
                self
            }
            pub fn kind<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::Text>>,
                T::Error: ::std::fmt::Display,
            {
                self.kind = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for kind: {e}")
                    });
                self
            }
            pub fn occurred_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::Timestamp>>,
                T::Error: ::std::fmt::Display,
            {
                self.occurred_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for occurred_at: {e}")
                    });
                self
            }
            pub fn subject<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::Text>>,
                T::Error: ::std::fmt::Display,
            {
                self.subject = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for subject: {e}")
                    });
                self
            }
            pub fn updated_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::Timestamp>>,
                T::Error: ::std::fmt::Display,
            {
                self.updated_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for updated_at: {e}")
                    });
                self
            }
        }

        impl ::std::convert::TryFrom<ActivityAttributes> for super::ActivityAttributes {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ActivityAttributes,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    body: value.body?,
                    created_at: value.created_at?,
                    custom: value.custom?,
                    kind: value.kind?,
                    occurred_at: value.occurred_at?,
                    subject: value.subject?,
                    updated_at: value.updated_at?,
                })
            }
        }

        impl ::std::convert::From<super::ActivityAttributes> for ActivityAttributes {
            fn from(value: super::ActivityAttributes) -> Self {
                Self {
                    body: Ok(value.body),
                    created_at: Ok(value.created_at),
                    custom: Ok(value.custom),
                    kind: Ok(value.kind),
                    occurred_at: Ok(value.occurred_at),
                    subject: Ok(value.subject),
                    updated_at: Ok(value.updated_at),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct ActivityWrite {
            attributes: ::std::result::Result<
                ::std::option::Option<super::ActivityWriteAttributes>,
                ::std::string::String,
            >,
            id: ::std::result::Result<
                ::std::option::Option<crate::ResourceId>,
                ::std::string::String,
            >,
            relationships: ::std::result::Result<
                ::std::option::Option<super::Relationships>,
                ::std::string::String,
            >,
            type_: ::std::result::Result<::std::string::String, ::std::string::String>,
        }

        impl ::std::default::Default for ActivityWrite {
            fn default() -> Self {
                Self {
                    attributes: Ok(Default::default()),
                    id: Ok(Default::default()),
                    relationships: Ok(Default::default()),
                    type_: Err("no value supplied for type_".to_string()),
                }
            }
        }

        impl ActivityWrite {
            pub fn attributes<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::ActivityWriteAttributes>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.attributes = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for attributes: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::ResourceId>>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn relationships<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Relationships>>,
                T::Error: ::std::fmt::Display,
            {
                self.relationships = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for relationships: {e}")
                    });
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for type_: {e}")
                    });
                self
            }
        }

        impl ::std::convert::TryFrom<ActivityWrite> for super::ActivityWrite {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ActivityWrite,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    attributes: value.attributes?,
                    id: value.id?,
                    relationships: value.relationships?,
                    type_: value.type_?,
                })
            }
        }

        impl ::std::convert::From<super::ActivityWrite> for ActivityWrite {
            fn from(value: super::ActivityWrite) -> Self {
                Self {
                    attributes: Ok(value.attributes),
                    id: Ok(value.id),
                    relationships: Ok(value.relationships),
                    type_: Ok(value.type_),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct ActivityWriteAttributes {
            body: ::std::result::Result<
                ::std::option::Option<crate::Text>,
                ::std::string::String,
            >,
            custom: ::std::result::Result<
                ::std::option::Option<crate::CustomFields>,
                ::std::string::String,
            >,
            kind: ::std::result::Result<
                ::std::option::Option<crate::Text>,
                ::std::string::String,
            >,
            occurred_at: ::std::result::Result<
                ::std::option::Option<crate::Timestamp>,
                ::std::string::String,
            >,
            subject: ::std::result::Result<
                ::std::option::Option<crate::Text>,
                ::std::string::String,
            >,
        }

        impl ::std::default::Default for ActivityWriteAttributes {
            fn default() -> Self {
                Self {
                    body: Ok(Default::default()),
                    custom: Ok(Default::default()),
                    kind: Ok(Default::default()),
                    occurred_at: Ok(Default::default()),
                    subject: Ok(Default::default()),
                }
            }
        }

        impl ActivityWriteAttributes {
            pub fn body<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::Text>>,
                T::Error: ::std::fmt::Display,
            {
                self.body = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for body: {e}")
                    });
                self
            }
            pub fn custom<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::CustomFields>>,
                T::Error: ::std::fmt::Display,
            {
                self.custom = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for custom: {e}")
                    });
                self
            }
            pub fn kind<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::Text>>,
                T::Error: ::std::fmt::Display,
            {
                self.kind = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for kind: {e}")
                    });
                self
            }
            pub fn occurred_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::Timestamp>>,
                T::Error: ::std::fmt::Display,
            {
                self.occurred_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for occurred_at: {e}")
                    });
                self
            }
            pub fn subject<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::Text>>,
                T::Error: ::std::fmt::Display,
            {
                self.subject = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for subject: {e}")
                    });
                self
            }
        }

        impl ::std::convert::TryFrom<ActivityWriteAttributes>
        for super::ActivityWriteAttributes {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ActivityWriteAttributes,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    body: value.body?,
                    custom: value.custom?,
                    kind: value.kind?,
                    occurred_at: value.occurred_at?,
                    subject: value.subject?,
                })
            }
        }

        impl ::std::convert::From<super::ActivityWriteAttributes>
        for ActivityWriteAttributes {
            fn from(value: super::ActivityWriteAttributes) -> Self {
                Self {
                    body: Ok(value.body),
                    custom: Ok(value.custom),
                    kind: Ok(value.kind),
                    occurred_at: Ok(value.occurred_at),
                    subject: Ok(value.subject),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct ActivityWriteDocument {
            data: ::std::result::Result<super::ActivityWrite, ::std::string::String>,
        }

        impl ::std::default::Default for ActivityWriteDocument {
            fn default() -> Self {
                Self {
                    data: Err("no value supplied for data".to_string()),
                }
            }
        }

        impl ActivityWriteDocument {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ActivityWrite>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
        }

        impl ::std::convert::TryFrom<ActivityWriteDocument>
        for super::ActivityWriteDocument {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ActivityWriteDocument,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { data: value.data? })
            }
        }

        impl ::std::convert::From<super::ActivityWriteDocument>
        for ActivityWriteDocument {
            fn from(value: super::ActivityWriteDocument) -> Self {
                Self { data: Ok(value.data) }
            }
        }

        #[derive(Clone, Debug)]
        pub struct Campaign {
            attributes: ::std::result::Result<
                ::std::option::Option<super::CampaignAttributes>,
                ::std::string::String,
            >,
            id: ::std::result::Result<crate::ResourceId, ::std::string::String>,
            relationships: ::std::result::Result<
                ::std::option::Option<super::Relationships>,
                ::std::string::String,
            >,
            type_: ::std::result::Result<::std::string::String, ::std::string::String>,
        }

        impl ::std::default::Default for Campaign {
            fn default() -> Self {
                Self {
                    attributes: Ok(Default::default()),
                    id: Err("no value supplied for id".to_string()),
                    relationships: Ok(Default::default()),
                    type_: Err("no value supplied for type_".to_string()),
                }
            }
        }

        impl Campaign {
            pub fn attributes<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::CampaignAttributes>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.attributes = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for attributes: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::ResourceId>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn relationships<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Relationships>>,
                T::Error: ::std::fmt::Display,
            {
                self.relationships = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for relationships: {e}")
                    });
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for type_: {e}")
                    });
                self
            }
        }

        impl ::std::convert::TryFrom<Campaign> for super::Campaign {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Campaign,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    attributes: value.attributes?,
                    id: value.id?,
                    relationships: value.relationships?,
                    type_: value.type_?,
                })
            }
        }

        impl ::std::convert::From<super::Campaign> for Campaign {
            fn from(value: super::Campaign) -> Self {
                Self {
                    attributes: Ok(value.attributes),
                    id: Ok(value.id),
                    relationships: Ok(value.relationships),
                    type_: Ok(value.type_),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct CampaignAttributes {
            created_at: ::std::result::Result<
                ::std::option::Option<crate::Timestamp>,
                ::std::string::String,
            >,
            custom: ::std::result::Result<
                ::std::option::Option<crate::CustomFields>,
                ::std::string::String,
            >,
            description: ::std::result::Result<
                ::std::option::Option<crate::Text>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<crate::Text>,
                ::std::string::String,
            >,
            updated_at: ::std::result::Result<
                ::std::option::Option<crate::Timestamp>,
                ::std::string::String,
            >,
        }

        impl ::std::default::Default for CampaignAttributes {
            fn default() -> Self {
                Self {
                    created_at: Ok(Default::default()),
                    custom: Ok(Default::default()),
                    description: Ok(Default::default()),
                    name: Ok(Default::default()),
                    updated_at: Ok(Default::default()),
                }
            }
        }

        impl CampaignAttributes {
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::Timestamp>>,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created_at: {e}")
                    });
                self
            }
            pub fn custom<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::CustomFields>>,
                T::Error: ::std::fmt::Display,
            {
                self.custom = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for custom: {e}")
                    });
                self
            }
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::Text>>,
                T::Error: ::std::fmt::Display,
            {
                self.description = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for description: {e}")
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::Text>>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn updated_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::Timestamp>>,
                T::Error: ::std::fmt::Display,
            {
                self.updated_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for updated_at: {e}")
                    });
                self
            }
        }

        impl ::std::convert::TryFrom<CampaignAttributes> for super::CampaignAttributes {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CampaignAttributes,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    created_at: value.created_at?,
                    custom: value.custom?,
                    description: value.description?,
                    name: value.name?,
                    updated_at: value.updated_at?,
                })
            }
        }

        impl ::std::convert::From<super::CampaignAttributes> for CampaignAttributes {
            fn from(value: super::CampaignAttributes) -> Self {
                Self {
                    created_at: Ok(value.created_at),
                    custom: Ok(value.custom),
                    description: Ok(value.description),
                    name: Ok(value.name),
                    updated_at: Ok(value.updated_at),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct CampaignWrite {
            attributes: ::std::result::Result<
                ::std::option::Option<super::CampaignWriteAttributes>,
                ::std::string::String,
            >,
            id: ::std::result::Result<
                ::std::option::Option<crate::ResourceId>,
                ::std::string::String,
            >,
            relationships: ::std::result::Result<
                ::std::option::Option<super::Relationships>,
                ::std::string::String,
            >,
            type_: ::std::result::Result<::std::string::String, ::std::string::String>,
        }

        impl ::std::default::Default for CampaignWrite {
            fn default() -> Self {
                Self {
                    attributes: Ok(Default::default()),
                    id: Ok(Default::default()),
                    relationships: Ok(Default::default()),
                    type_: Err("no value supplied for type_".to_string()),
                }
            }
        }

        impl CampaignWrite {
            pub fn attributes<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::CampaignWriteAttributes>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.attributes = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for attributes: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::ResourceId>>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn relationships<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Relationships>>,
                T::Error: ::std::fmt::Display,
            {
                self.relationships = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for relationships: {e}")
                    });
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for type_: {e}")
                    });
                self
            }
        }

        impl ::std::convert::TryFrom<CampaignWrite> for super::CampaignWrite {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CampaignWrite,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    attributes: value.attributes?,
                    id: value.id?,
                    relationships: value.relationships?,
                    type_: value.type_?,
                })
            }
        }

        impl ::std::convert::From<super::CampaignWrite> for CampaignWrite {
            fn from(value: super::CampaignWrite) -> Self {
                Self {
                    attributes: Ok(value.attributes),
                    id: Ok(value.id),
                    relationships: Ok(value.relationships),
                    type_: Ok(value.type_),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct CampaignWriteAttributes {
            custom: ::std::result::Result<
                ::std::option::Option<crate::CustomFields>,
                ::std::string::String,
            >,
            description: ::std::result::Result<
                ::std::option::Option<crate::Text>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<crate::Text>,
                ::std::string::String,
            >,
        }

        impl ::std::default::Default for CampaignWriteAttributes {
            fn default() -> Self {
                Self {
                    custom: Ok(Default::default()),
                    description: Ok(Default::default()),
                    name: Ok(Default::default()),
                }
            }
        }

        impl CampaignWriteAttributes {
            pub fn custom<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::CustomFields>>,
                T::Error: ::std::fmt::Display,
            {
                self.custom = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for custom: {e}")
                    });
                self
            }
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::Text>>,
                T::Error: ::std::fmt::Display,
            {
                self.description = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for description: {e}")
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::Text>>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
        }

        impl ::std::convert::TryFrom<CampaignWriteAttributes>
        for super::CampaignWriteAttributes {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CampaignWriteAttributes,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    custom: value.custom?,
                    description: value.description?,
                    name: value.name?,
                })
            }
        }

        impl ::std::convert::From<super::CampaignWriteAttributes>
        for CampaignWriteAttributes {
            fn from(value: super::CampaignWriteAttributes) -> Self {
                Self {
                    custom: Ok(value.custom),
                    description: Ok(value.description),
                    name: Ok(value.name),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct CampaignWriteDocument {
            data: ::std::result::Result<super::CampaignWrite, ::std::string::String>,
        }

        impl ::std::default::Default for CampaignWriteDocument {
            fn default() -> Self {
                Self {
                    data: Err("no value supplied for data".to_string()),
                }
            }
        }

        impl CampaignWriteDocument {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::CampaignWrite>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
        }

        impl ::std::convert::TryFrom<CampaignWriteDocument>
        for super::CampaignWriteDocument {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CampaignWriteDocument,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { data: value.data? })
            }
        }

        impl ::std::convert::From<super::CampaignWriteDocument>
        for CampaignWriteDocument {
            fn from(value: super::CampaignWriteDocument) -> Self {
                Self { data: Ok(value.data) }
            }
        }

        #[derive(Clone, Debug)]
        pub struct Company {
            attributes: ::std::result::Result<
                ::std::option::Option<super::CompanyAttributes>,
                ::std::string::String,
            >,
            id: ::std::result::Result<crate::ResourceId, ::std::string::String>,
            relationships: ::std::result::Result<
                ::std::option::Option<super::Relationships>,
                ::std::string::String,
            >,
            type_: ::std::result::Result<::std::string::String, ::std::string::String>,
        }

        impl ::std::default::Default for Company {
            fn default() -> Self {
                Self {
                    attributes: Ok(Default::default()),
                    id: Err("no value supplied for id".to_string()),
                    relationships: Ok(Default::default()),
                    type_: Err("no value supplied for type_".to_string()),
                }
            }
        }

        impl Company {
            pub fn attributes<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::CompanyAttributes>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.attributes = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for attributes: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::ResourceId>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn relationships<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Relationships>>,
                T::Error: ::std::fmt::Display,
            {
                self.relationships = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for relationships: {e}")
                    });
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for type_: {e}")
                    });
                self
            }
        }

        impl ::std::convert::TryFrom<Company> for super::Company {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Company,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    attributes: value.attributes?,
                    id: value.id?,
                    relationships: value.relationships?,
                    type_: value.type_?,
                })
            }
        }

        impl ::std::convert::From<super::Company> for Company {
            fn from(value: super::Company) -> Self {
                Self {
                    attributes: Ok(value.attributes),
                    id: Ok(value.id),
                    relationships: Ok(value.relationships),
                    type_: Ok(value.type_),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct CompanyAttributes {
            address: ::std::result::Result<
                ::std::option::Option<crate::Text>,
                ::std::string::String,
            >,
            city: ::std::result::Result<
                ::std::option::Option<crate::Text>,
                ::std::string::String,
            >,
            created_at: ::std::result::Result<
                ::std::option::Option<crate::Timestamp>,
                ::std::string::String,
            >,
            custom: ::std::result::Result<
                ::std::option::Option<crate::CustomFields>,
                ::std::string::String,
            >,
            description: ::std::result::Result<
                ::std::option::Option<crate::Text>,
                ::std::string::String,
            >,
            external_id: ::std::result::Result<
                ::std::option::Option<crate::Text>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            phone: ::std::result::Result<
                ::std::option::Option<crate::Text>,
                ::std::string::String,
            >,
            state: ::std::result::Result<
                ::std::option::Option<crate::Text>,
                ::std::string::String,
            >,
            updated_at: ::std::result::Result<
                ::std::option::Option<crate::Timestamp>,
                ::std::string::String,
            >,
            website: ::std::result::Result<
                ::std::option::Option<crate::Text>,
                ::std::string::String,
            >,
            zipcode: ::std::result::Result<
                ::std::option::Option<crate::Text>,
                ::std::string::String,
            >,
        }

        impl ::std::default::Default for CompanyAttributes {
            fn default() -> Self {
                Self {
                    address: Ok(Default::default()),
                    city: Ok(Default::default()),
                    created_at: Ok(Default::default()),
                    custom: Ok(Default::default()),
                    description: Ok(Default::default()),
                    external_id: Ok(Default::default()),
                    name: Ok(Default::default()),
                    phone: Ok(Default::default()),
                    state: Ok(Default::default()),
                    updated_at: Ok(Default::default()),
                    website: Ok(Default::default()),
                    zipcode: Ok(Default::default()),
                }
            }
        }

        impl CompanyAttributes {
            pub fn address<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::Text>>,
                T::Error: ::std::fmt::Display,
            {
                self.address = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for address: {e}")
                    });
                self
            }
            pub fn city<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::Text>>,
                T::Error: ::std::fmt::Display,
            {
                self.city = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for city: {e}")
                    });
                self
            }
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::Timestamp>>,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created_at: {e}")
                    });
                self
            }
            pub fn custom<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::CustomFields>>,
                T::Error: ::std::fmt::Display,
            {
                self.custom = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for custom: {e}")
                    });
                self
            }
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::Text>>,
                T::Error: ::std::fmt::Display,
            {
                self.description = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for description: {e}")
                    });
                self
            }
            pub fn external_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::Text>>,
                T::Error: ::std::fmt::Display,
            {
                self.external_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for external_id: {e}")
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn phone<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::Text>>,
                T::Error: ::std::fmt::Display,
            {
                self.phone = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for phone: {e}")
                    });
                self
            }
            pub fn state<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::Text>>,
                T::Error: ::std::fmt::Display,
            {
                self.state = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for state: {e}")
                    });
                self
            }
            pub fn updated_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::Timestamp>>,
                T::Error: ::std::fmt::Display,
            {
                self.updated_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for updated_at: {e}")
                    });
                self
            }
            pub fn website<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::Text>>,
                T::Error: ::std::fmt::Display,
            {
                self.website = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for website: {e}")
                    });
                self
            }
            pub fn zipcode<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::Text>>,
                T::Error: ::std::fmt::Display,
            {
                self.zipcode = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for zipcode: {e}")
                    });
                self
            }
        }

        impl ::std::convert::TryFrom<CompanyAttributes> for super::CompanyAttributes {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CompanyAttributes,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    address: value.address?,
                    city: value.city?,
                    created_at: value.created_at?,
                    custom: value.custom?,
                    description: value.description?,
                    external_id: value.external_id?,
                    name: value.name?,
                    phone: value.phone?,
                    state: value.state?,
                    updated_at: value.updated_at?,
                    website: value.website?,
                    zipcode: value.zipcode?,
                })
            }
        }

        impl ::std::convert::From<super::CompanyAttributes> for CompanyAttributes {
            fn from(value: super::CompanyAttributes) -> Self {
                Self {
                    address: Ok(value.address),
                    city: Ok(value.city),
                    created_at: Ok(value.created_at),
                    custom: Ok(value.custom),
                    description: Ok(value.description),
                    external_id: Ok(value.external_id),
                    name: Ok(value.name),
                    phone: Ok(value.phone),
                    state: Ok(value.state),
                    updated_at: Ok(value.updated_at),
                    website: Ok(value.website),
                    zipcode: Ok(value.zipcode),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct CompanyWrite {
            attributes: ::std::result::Result<
                ::std::option::Option<super::CompanyWriteAttributes>,
                ::std::string::String,
            >,
            id: ::std::result::Result<
                ::std::option::Option<crate::ResourceId>,
                ::std::string::String,
            >,
            relationships: ::std::result::Result<
                ::std::option::Option<super::Relationships>,
                ::std::string::String,
            >,
            type_: ::std::result::Result<::std::string::String, ::std::string::String>,
        }

        impl ::std::default::Default for CompanyWrite {
            fn default() -> Self {
                Self {
                    attributes: Ok(Default::default()),
                    id: Ok(Default::default()),
                    relationships: Ok(Default::default()),
                    type_: Err("no value supplied for type_".to_string()),
                }
            }
        }

        impl CompanyWrite {
            pub fn attributes<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::CompanyWriteAttributes>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.attributes = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for attributes: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::ResourceId>>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn relationships<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Relationships>>,
                T::Error: ::std::fmt::Display,
            {
                self.relationships = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for relationships: {e}")
                    });
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for type_: {e}")
                    });
                self
            }
        }

        impl ::std::convert::TryFrom<CompanyWrite> for super::CompanyWrite {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CompanyWrite,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    attributes: value.attributes?,
                    id: value.id?,
                    relationships: value.relationships?,
                    type_: value.type_?,
                })
            }
        }

        impl ::std::convert::From<super::CompanyWrite> for CompanyWrite {
            fn from(value: super::CompanyWrite) -> Self {
                Self {
                    attributes: Ok(value.attributes),
                    id: Ok(value.id),
                    relationships: Ok(value.relationships),
                    type_: Ok(value.type_),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct CompanyWriteAttributes {
            address: ::std::result::Result<
                ::std::option::Option<crate::Text>,
                ::std::string::String,
            >,
            city: ::std::result::Result<
                ::std::option::Option<crate::Text>,
                ::std::string::String,
            >,
            custom: ::std::result::Result<
                ::std::option::Option<crate::CustomFields>,
                ::std::string::String,
            >,
            description: ::std::result::Result<
                ::std::option::Option<crate::Text>,
                ::std::string::String,
            >,
            external_id: ::std::result::Result<
                ::std::option::Option<crate::Text>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            phone: ::std::result::Result<
                ::std::option::Option<crate::Text>,
                ::std::string::String,
            >,
            state: ::std::result::Result<
                ::std::option::Option<crate::Text>,
                ::std::string::String,
            >,
            website: ::std::result::Result<
                ::std::option::Option<crate::Text>,
                ::std::string::String,
            >,
            zipcode: ::std::result::Result<
                ::std::option::Option<crate::Text>,
                ::std::string::String,
            >,
        }

        impl ::std::default::Default for CompanyWriteAttributes {
            fn default() -> Self {
                Self {
                    address: Ok(Default::default()),
                    city: Ok(Default::default()),
                    custom: Ok(Default::default()),
                    description: Ok(Default::default()),
                    external_id: Ok(Default::default()),
                    name: Ok(Default::default()),
                    phone: Ok(Default::default()),
                    state: Ok(Default::default()),
                    website: Ok(Default::default()),
                    zipcode: Ok(Default::default()),
                }
            }
        }

        impl CompanyWriteAttributes {
            pub fn address<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::Text>>,
                T::Error: ::std::fmt::Display,
            {
                self.address = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for address: {e}")
                    });
                self
            }
            pub fn city<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::Text>>,
                T::Error: ::std::fmt::Display,
            {
                self.city = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for city: {e}")
                    });
                self
            }
            pub fn custom<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::CustomFields>>,
                T::Error: ::std::fmt::Display,
            {
                self.custom = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for custom: {e}")
                    });
                self
            }
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::Text>>,
                T::Error: ::std::fmt::Display,
            {
                self.description = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for description: {e}")
                    });
                self
            }
            pub fn external_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::Text>>,
                T::Error: ::std::fmt::Display,
            {
                self.external_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for external_id: {e}")
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn phone<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::Text>>,
                T::Error: ::std::fmt::Display,
            {
                self.phone = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for phone: {e}")
                    });
                self
            }
            pub fn state<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::Text>>,
                T::Error: ::std::fmt::Display,
            {
                self.state = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for state: {e}")
                    });
                self
            }
            pub fn website<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::Text>>,
                T::Error: ::std::fmt::Display,
            {
                self.website = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for website: {e}")
                    });
                self
            }
            pub fn zipcode<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::Text>>,
                T::Error: ::std::fmt::Display,
            {
                self.zipcode = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for zipcode: {e}")
                    });
                self
            }
        }

        impl ::std::convert::TryFrom<CompanyWriteAttributes>
        for super::CompanyWriteAttributes {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CompanyWriteAttributes,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    address: value.address?,
                    city: value.city?,
                    custom: value.custom?,
                    description: value.description?,
                    external_id: value.external_id?,
                    name: value.name?,
                    phone: value.phone?,
                    state: value.state?,
                    website: value.website?,
                    zipcode: value.zipcode?,
                })
            }
        }

        impl ::std::convert::From<super::CompanyWriteAttributes>
        for CompanyWriteAttributes {
            fn from(value: super::CompanyWriteAttributes) -> Self {
                Self {
                    address: Ok(value.address),
                    city: Ok(value.city),
                    custom: Ok(value.custom),
                    description: Ok(value.description),
                    external_id: Ok(value.external_id),
                    name: Ok(value.name),
                    phone: Ok(value.phone),
                    state: Ok(value.state),
                    website: Ok(value.website),
                    zipcode: Ok(value.zipcode),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct CompanyWriteDocument {
            data: ::std::result::Result<super::CompanyWrite, ::std::string::String>,
        }

        impl ::std::default::Default for CompanyWriteDocument {
            fn default() -> Self {
                Self {
                    data: Err("no value supplied for data".to_string()),
                }
            }
        }

        impl CompanyWriteDocument {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::CompanyWrite>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
        }

        impl ::std::convert::TryFrom<CompanyWriteDocument>
        for super::CompanyWriteDocument {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CompanyWriteDocument,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { data: value.data? })
            }
        }

        impl ::std::convert::From<super::CompanyWriteDocument> for CompanyWriteDocument {
            fn from(value: super::CompanyWriteDocument) -> Self {
                Self { data: Ok(value.data) }
            }
        }

        #[derive(Clone, Debug)]
        pub struct Contact {
            attributes: ::std::result::Result<
                ::std::option::Option<super::ContactAttributes>,
                ::std::string::String,
            >,
            id: ::std::result::Result<crate::ResourceId, ::std::string::String>,
            relationships: ::std::result::Result<
                ::std::option::Option<super::Relationships>,
                ::std::string::String,
            >,
            type_: ::std::result::Result<::std::string::String, ::std::string::String>,
        }

        impl ::std::default::Default for Contact {
            fn default() -> Self {
                Self {
                    attributes: Ok(Default::default()),
                    id: Err("no value supplied for id".to_string()),
                    relationships: Ok(Default::default()),
                    type_: Err("no value supplied for type_".to_string()),
                }
            }
        }

        impl Contact {
            pub fn attributes<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::ContactAttributes>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.attributes = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for attributes: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::ResourceId>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn relationships<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Relationships>>,
                T::Error: ::std::fmt::Display,
            {
                self.relationships = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for relationships: {e}")
                    });
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for type_: {e}")
                    });
                self
            }
        }

        impl ::std::convert::TryFrom<Contact> for super::Contact {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Contact,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    attributes: value.attributes?,
                    id: value.id?,
                    relationships: value.relationships?,
                    type_: value.type_?,
                })
            }
        }

        impl ::std::convert::From<super::Contact> for Contact {
            fn from(value: super::Contact) -> Self {
                Self {
                    attributes: Ok(value.attributes),
                    id: Ok(value.id),
                    relationships: Ok(value.relationships),
                    type_: Ok(value.type_),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct ContactAttributes {
            created_at: ::std::result::Result<
                ::std::option::Option<crate::Timestamp>,
                ::std::string::String,
            >,
            custom: ::std::result::Result<
                ::std::option::Option<crate::CustomFields>,
                ::std::string::String,
            >,
            description: ::std::result::Result<
                ::std::option::Option<crate::Text>,
                ::std::string::String,
            >,
            email: ::std::result::Result<
                ::std::option::Option<crate::Text>,
                ::std::string::String,
            >,
            external_id: ::std::result::Result<
                ::std::option::Option<crate::Text>,
                ::std::string::String,
            >,
            first_name: ::std::result::Result<
                ::std::option::Option<crate::Text>,
                ::std::string::String,
            >,
            home_phone: ::std::result::Result<
                ::std::option::Option<crate::Text>,
                ::std::string::String,
            >,
            last_name: ::std::result::Result<
                ::std::option::Option<crate::Text>,
                ::std::string::String,
            >,
            mobile: ::std::result::Result<
                ::std::option::Option<crate::Text>,
                ::std::string::String,
            >,
            phone: ::std::result::Result<
                ::std::option::Option<crate::Text>,
                ::std::string::String,
            >,
            title: ::std::result::Result<
                ::std::option::Option<crate::Text>,
                ::std::string::String,
            >,
            updated_at: ::std::result::Result<
                ::std::option::Option<crate::Timestamp>,
                ::std::string::String,
            >,
        }

        impl ::std::default::Default for ContactAttributes {
            fn default() -> Self {
                Self {
                    created_at: Ok(Default::default()),
                    custom: Ok(Default::default()),
                    description: Ok(Default::default()),
                    email: Ok(Default::default()),
                    external_id: Ok(Default::default()),
                    first_name: Ok(Default::default()),
                    home_phone: Ok(Default::default()),
                    last_name: Ok(Default::default()),
                    mobile: Ok(Default::default()),
                    phone: Ok(Default::default()),
                    title: Ok(Default::default()),
                    updated_at: Ok(Default::default()),
                }
            }
        }

        impl ContactAttributes {
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::Timestamp>>,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created_at: {e}")
                    });
                self
            }
            pub fn custom<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::CustomFields>>,
                T::Error: ::std::fmt::Display,
            {
                self.custom = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for custom: {e}")
                    });
                self
            }
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::Text>>,
                T::Error: ::std::fmt::Display,
            {
                self.description = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for description: {e}")
                    });
                self
            }
            pub fn email<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::Text>>,
                T::Error: ::std::fmt::Display,
            {
                self.email = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for email: {e}")
                    });
                self
            }
            pub fn external_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::Text>>,
                T::Error: ::std::fmt::Display,
            {
                self.external_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for external_id: {e}")
                    });
                self
            }
            pub fn first_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::Text>>,
                T::Error: ::std::fmt::Display,
            {
                self.first_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for first_name: {e}")
                    });
                self
            }
            pub fn home_phone<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::Text>>,
                T::Error: ::std::fmt::Display,
            {
                self.home_phone = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for home_phone: {e}")
                    });
                self
            }
            pub fn last_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::Text>>,
                T::Error: ::std::fmt::Display,
            {
                self.last_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for last_name: {e}")
                    });
                self
            }
            pub fn mobile<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::Text>>,
                T::Error: ::std::fmt::Display,
            {
                self.mobile = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for mobile: {e}")
                    });
                self
            }
            pub fn phone<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::Text>>,
                T::Error: ::std::fmt::Display,
            {
                self.phone = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for phone: {e}")
                    });
                self
            }
            pub fn title<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::Text>>,
                T::Error: ::std::fmt::Display,
            {
                self.title = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for title: {e}")
                    });
                self
            }
            pub fn updated_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::Timestamp>>,
                T::Error: ::std::fmt::Display,
            {
                self.updated_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for updated_at: {e}")
                    });
                self
            }
        }

        impl ::std::convert::TryFrom<ContactAttributes> for super::ContactAttributes {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ContactAttributes,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    created_at: value.created_at?,
                    custom: value.custom?,
                    description: value.description?,
                    email: value.email?,
                    external_id: value.external_id?,
                    first_name: value.first_name?,
                    home_phone: value.home_phone?,
                    last_name: value.last_name?,
                    mobile: value.mobile?,
                    phone: value.phone?,
                    title: value.title?,
                    updated_at: value.updated_at?,
                })
            }
        }

        impl ::std::convert::From<super::ContactAttributes> for ContactAttributes {
            fn from(value: super::ContactAttributes) -> Self {
                Self {
                    created_at: Ok(value.created_at),
                    custom: Ok(value.custom),
                    description: Ok(value.description),
                    email: Ok(value.email),
                    external_id: Ok(value.external_id),
                    first_name: Ok(value.first_name),
                    home_phone: Ok(value.home_phone),
                    last_name: Ok(value.last_name),
                    mobile: Ok(value.mobile),
                    phone: Ok(value.phone),
                    title: Ok(value.title),
                    updated_at: Ok(value.updated_at),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct ContactWrite {
            attributes: ::std::result::Result<
                ::std::option::Option<super::ContactWriteAttributes>,
                ::std::string::String,
            >,
            id: ::std::result::Result<
                ::std::option::Option<crate::ResourceId>,
                ::std::string::String,
            >,
            relationships: ::std::result::Result<
                ::std::option::Option<super::Relationships>,
                ::std::string::String,
            >,
            type_: ::std::result::Result<::std::string::String, ::std::string::String>,
        }

        impl ::std::default::Default for ContactWrite {
            fn default() -> Self {
                Self {
                    attributes: Ok(Default::default()),
                    id: Ok(Default::default()),
                    relationships: Ok(Default::default()),
                    type_: Err("no value supplied for type_".to_string()),
                }
            }
        }

        impl ContactWrite {
            pub fn attributes<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::ContactWriteAttributes>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.attributes = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for attributes: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::ResourceId>>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn relationships<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Relationships>>,
                T::Error: ::std::fmt::Display,
            {
                self.relationships = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for relationships: {e}")
                    });
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for type_: {e}")
                    });
                self
            }
        }

        impl ::std::convert::TryFrom<ContactWrite> for super::ContactWrite {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ContactWrite,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    attributes: value.attributes?,
                    id: value.id?,
                    relationships: value.relationships?,
                    type_: value.type_?,
                })
            }
        }

        impl ::std::convert::From<super::ContactWrite> for ContactWrite {
            fn from(value: super::ContactWrite) -> Self {
                Self {
                    attributes: Ok(value.attributes),
                    id: Ok(value.id),
                    relationships: Ok(value.relationships),
                    type_: Ok(value.type_),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct ContactWriteAttributes {
            custom: ::std::result::Result<
                ::std::option::Option<crate::CustomFields>,
                ::std::string::String,
            >,
            description: ::std::result::Result<
                ::std::option::Option<crate::Text>,
                ::std::string::String,
            >,
            email: ::std::result::Result<
                ::std::option::Option<crate::Text>,
                ::std::string::String,
            >,
            external_id: ::std::result::Result<
                ::std::option::Option<crate::Text>,
                ::std::string::String,
            >,
            first_name: ::std::result::Result<
                ::std::option::Option<crate::Text>,
                ::std::string::String,
            >,
            home_phone: ::std::result::Result<
                ::std::option::Option<crate::Text>,
                ::std::string::String,
            >,
            last_name: ::std::result::Result<
                ::std::option::Option<crate::Text>,
                ::std::string::String,
            >,
            mobile: ::std::result::Result<
                ::std::option::Option<crate::Text>,
                ::std::string::String,
            >,
            phone: ::std::result::Result<
                ::std::option::Option<crate::Text>,
                ::std::string::String,
            >,
            title: ::std::result::Result<
                ::std::option::Option<crate::Text>,
                ::std::string::String,
            >,
        }

        impl ::std::default::Default for ContactWriteAttributes {
            fn default() -> Self {
                Self {
                    custom: Ok(Default::default()),
                    description: Ok(Default::default()),
                    email: Ok(Default::default()),
                    external_id: Ok(Default::default()),
                    first_name: Ok(Default::default()),
                    home_phone: Ok(Default::default()),
                    last_name: Ok(Default::default()),
                    mobile: Ok(Default::default()),
                    phone: Ok(Default::default()),
                    title: Ok(Default::default()),
                }
            }
        }

        impl ContactWriteAttributes {
            pub fn custom<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::CustomFields>>,
                T::Error: ::std::fmt::Display,
            {
                self.custom = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for custom: {e}")
                    });
                self
            }
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::Text>>,
                T::Error: ::std::fmt::Display,
            {
                self.description = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for description: {e}")
                    });
                self
            }
            pub fn email<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::Text>>,
                T::Error: ::std::fmt::Display,
            {
                self.email = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for email: {e}")
                    });
                self
            }
            pub fn external_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::Text>>,
                T::Error: ::std::fmt::Display,
            {
                self.external_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for external_id: {e}")
                    });
                self
            }
            pub fn first_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::Text>>,
                T::Error: ::std::fmt::Display,
            {
                self.first_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for first_name: {e}")
                    });
                self
            }
            pub fn home_phone<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::Text>>,
                T::Error: ::std::fmt::Display,
            {
                self.home_phone = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for home_phone: {e}")
                    });
                self
            }
            pub fn last_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::Text>>,
                T::Error: ::std::fmt::Display,
            {
                self.last_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for last_name: {e}")
                    });
                self
            }
            pub fn mobile<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::Text>>,
                T::Error: ::std::fmt::Display,
            {
                self.mobile = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for mobile: {e}")
                    });
                self
            }
            pub fn phone<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::Text>>,
                T::Error: ::std::fmt::Display,
            {
                self.phone = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for phone: {e}")
                    });
                self
            }
            pub fn title<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::Text>>,
                T::Error: ::std::fmt::Display,
            {
                self.title = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for title: {e}")
                    });
                self
            }
        }

        impl ::std::convert::TryFrom<ContactWriteAttributes>
        for super::ContactWriteAttributes {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ContactWriteAttributes,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    custom: value.custom?,
                    description: value.description?,
                    email: value.email?,
                    external_id: value.external_id?,
                    first_name: value.first_name?,
                    home_phone: value.home_phone?,
                    last_name: value.last_name?,
                    mobile: value.mobile?,
                    phone: value.phone?,
                    title: value.title?,
                })
            }
        }

        impl ::std::convert::From<super::ContactWriteAttributes>
        for ContactWriteAttributes {
            fn from(value: super::ContactWriteAttributes) -> Self {
                Self {
                    custom: Ok(value.custom),
                    description: Ok(value.description),
                    email: Ok(value.email),
                    external_id: Ok(value.external_id),
                    first_name: Ok(value.first_name),
                    home_phone: Ok(value.home_phone),
                    last_name: Ok(value.last_name),
                    mobile: Ok(value.mobile),
                    phone: Ok(value.phone),
                    title: Ok(value.title),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct ContactWriteDocument {
            data: ::std::result::Result<super::ContactWrite, ::std::string::String>,
        }

        impl ::std::default::Default for ContactWriteDocument {
            fn default() -> Self {
                Self {
                    data: Err("no value supplied for data".to_string()),
                }
            }
        }

        impl ContactWriteDocument {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ContactWrite>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
        }

        impl ::std::convert::TryFrom<ContactWriteDocument>
        for super::ContactWriteDocument {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ContactWriteDocument,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { data: value.data? })
            }
        }

        impl ::std::convert::From<super::ContactWriteDocument> for ContactWriteDocument {
            fn from(value: super::ContactWriteDocument) -> Self {
                Self { data: Ok(value.data) }
            }
        }

        #[derive(Clone, Debug)]
        pub struct CustomObject {
            attributes: ::std::result::Result<
                ::std::option::Option<super::CustomObjectAttributes>,
                ::std::string::String,
            >,
            id: ::std::result::Result<crate::ResourceId, ::std::string::String>,
            relationships: ::std::result::Result<
                ::std::option::Option<super::Relationships>,
                ::std::string::String,
            >,
            type_: ::std::result::Result<::std::string::String, ::std::string::String>,
        }

        impl ::std::default::Default for CustomObject {
            fn default() -> Self {
                Self {
                    attributes: Ok(Default::default()),
                    id: Err("no value supplied for id".to_string()),
                    relationships: Ok(Default::default()),
                    type_: Err("no value supplied for type_".to_string()),
                }
            }
        }

        impl CustomObject {
            pub fn attributes<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::CustomObjectAttributes>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.attributes = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for attributes: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::ResourceId>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn relationships<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Relationships>>,
                T::Error: ::std::fmt::Display,
            {
                self.relationships = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for relationships: {e}")
                    });
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for type_: {e}")
                    });
                self
            }
        }

        impl ::std::convert::TryFrom<CustomObject> for super::CustomObject {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CustomObject,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    attributes: value.attributes?,
                    id: value.id?,
                    relationships: value.relationships?,
                    type_: value.type_?,
                })
            }
        }

        impl ::std::convert::From<super::CustomObject> for CustomObject {
            fn from(value: super::CustomObject) -> Self {
                Self {
                    attributes: Ok(value.attributes),
                    id: Ok(value.id),
                    relationships: Ok(value.relationships),
                    type_: Ok(value.type_),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct CustomObjectAttributes {
            created_at: ::std::result::Result<
                ::std::option::Option<crate::Timestamp>,
                ::std::string::String,
            >,
            custom: ::std::result::Result<
                ::std::option::Option<crate::CustomFields>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<crate::Text>,
                ::std::string::String,
            >,
            updated_at: ::std::result::Result<
                ::std::option::Option<crate::Timestamp>,
                ::std::string::String,
            >,
        }

        impl ::std::default::Default for CustomObjectAttributes {
            fn default() -> Self {
                Self {
                    created_at: Ok(Default::default()),
                    custom: Ok(Default::default()),
                    name: Ok(Default::default()),
                    updated_at: Ok(Default::default()),
                }
            }
        }

        impl CustomObjectAttributes {
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::Timestamp>>,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created_at: {e}")
                    });
                self
            }
            pub fn custom<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::CustomFields>>,
                T::Error: ::std::fmt::Display,
            {
                self.custom = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for custom: {e}")
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::Text>>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn updated_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::Timestamp>>,
                T::Error: ::std::fmt::Display,
            {
                self.updated_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for updated_at: {e}")
                    });
                self
            }
        }

        impl ::std::convert::TryFrom<CustomObjectAttributes>
        for super::CustomObjectAttributes {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CustomObjectAttributes,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    created_at: value.created_at?,
                    custom: value.custom?,
                    name: value.name?,
                    updated_at: value.updated_at?,
                })
            }
        }

        impl ::std::convert::From<super::CustomObjectAttributes>
        for CustomObjectAttributes {
            fn from(value: super::CustomObjectAttributes) -> Self {
                Self {
                    created_at: Ok(value.created_at),
                    custom: Ok(value.custom),
                    name: Ok(value.name),
                    updated_at: Ok(value.updated_at),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct CustomObjectWrite {
            attributes: ::std::result::Result<
                ::std::option::Option<super::CustomObjectWriteAttributes>,
                ::std::string::String,
            >,
            id: ::std::result::Result<
                ::std::option::Option<crate::ResourceId>,
                ::std::string::String,
            >,
            relationships: ::std::result::Result<
                ::std::option::Option<super::Relationships>,
                ::std::string::String,
            >,
            type_: ::std::result::Result<::std::string::String, ::std::string::String>,
        }

        impl ::std::default::Default for CustomObjectWrite {
            fn default() -> Self {
                Self {
                    attributes: Ok(Default::default()),
                    id: Ok(Default::default()),
                    relationships: Ok(Default::default()),
                    type_: Err("no value supplied for type_".to_string()),
                }
            }
        }

        impl CustomObjectWrite {
            pub fn attributes<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::CustomObjectWriteAttributes>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.attributes = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for attributes: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::ResourceId>>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn relationships<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Relationships>>,
                T::Error: ::std::fmt::Display,
            {
                self.relationships = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for relationships: {e}")
                    });
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for type_: {e}")
                    });
                self
            }
        }

        impl ::std::convert::TryFrom<CustomObjectWrite> for super::CustomObjectWrite {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CustomObjectWrite,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    attributes: value.attributes?,
                    id: value.id?,
                    relationships: value.relationships?,
                    type_: value.type_?,
                })
            }
        }

        impl ::std::convert::From<super::CustomObjectWrite> for CustomObjectWrite {
            fn from(value: super::CustomObjectWrite) -> Self {
                Self {
                    attributes: Ok(value.attributes),
                    id: Ok(value.id),
                    relationships: Ok(value.relationships),
                    type_: Ok(value.type_),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct CustomObjectWriteAttributes {
            custom: ::std::result::Result<
                ::std::option::Option<crate::CustomFields>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<crate::Text>,
                ::std::string::String,
            >,
        }

        impl ::std::default::Default for CustomObjectWriteAttributes {
            fn default() -> Self {
                Self {
                    custom: Ok(Default::default()),
                    name: Ok(Default::default()),
                }
            }
        }

        impl CustomObjectWriteAttributes {
            pub fn custom<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::CustomFields>>,
                T::Error: ::std::fmt::Display,
            {
                self.custom = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for custom: {e}")
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::Text>>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
        }

        impl ::std::convert::TryFrom<CustomObjectWriteAttributes>
        for super::CustomObjectWriteAttributes {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CustomObjectWriteAttributes,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    custom: value.custom?,
                    name: value.name?,
                })
            }
        }

        impl ::std::convert::From<super::CustomObjectWriteAttributes>
        for CustomObjectWriteAttributes {
            fn from(value: super::CustomObjectWriteAttributes) -> Self {
                Self {
                    custom: Ok(value.custom),
                    name: Ok(value.name),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct CustomObjectWriteDocument {
            data: ::std::result::Result<super::CustomObjectWrite, ::std::string::String>,
        }

        impl ::std::default::Default for CustomObjectWriteDocument {
            fn default() -> Self {
                Self {
                    data: Err("no value supplied for data".to_string()),
                }
            }
        }

        impl CustomObjectWriteDocument {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::CustomObjectWrite>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
        }

        impl ::std::convert::TryFrom<CustomObjectWriteDocument>
        for super::CustomObjectWriteDocument {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CustomObjectWriteDocument,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { data: value.data? })
            }
        }

        impl ::std::convert::From<super::CustomObjectWriteDocument>
        for CustomObjectWriteDocument {
            fn from(value: super::CustomObjectWriteDocument) -> Self {
                Self { data: Ok(value.data) }
            }
        }

        #[derive(Clone, Debug)]
        pub struct OAuthError {
            error: ::std::result::Result<::std::string::String, ::std::string::String>,
            error_description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }

        impl ::std::default::Default for OAuthError {
            fn default() -> Self {
                Self {
                    error: Err("no value supplied for error".to_string()),
                    error_description: Ok(Default::default()),
                }
            }
        }

        impl OAuthError {
            pub fn error<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.error = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for error: {e}")
                    });
                self
            }
            pub fn error_description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.error_description = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for error_description: {e}"
                        )
                    });
                self
            }
        }

        impl ::std::convert::TryFrom<OAuthError> for super::OAuthError {
            type Error = super::error::ConversionError;
            fn try_from(
                value: OAuthError,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    error: value.error?,
                    error_description: value.error_description?,
                })
            }
        }

        impl ::std::convert::From<super::OAuthError> for OAuthError {
            fn from(value: super::OAuthError) -> Self {
                Self {
                    error: Ok(value.error),
                    error_description: Ok(value.error_description),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct Opportunity {
            attributes: ::std::result::Result<
                ::std::option::Option<super::OpportunityAttributes>,
                ::std::string::String,
            >,
            id: ::std::result::Result<crate::ResourceId, ::std::string::String>,
            relationships: ::std::result::Result<
                ::std::option::Option<super::Relationships>,
                ::std::string::String,
            >,
            type_: ::std::result::Result<::std::string::String, ::std::string::String>,
        }

        impl ::std::default::Default for Opportunity {
            fn default() -> Self {
                Self {
                    attributes: Ok(Default::default()),
                    id: Err("no value supplied for id".to_string()),
                    relationships: Ok(Default::default()),
                    type_: Err("no value supplied for type_".to_string()),
                }
            }
        }

        impl Opportunity {
            pub fn attributes<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::OpportunityAttributes>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.attributes = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for attributes: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::ResourceId>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn relationships<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Relationships>>,
                T::Error: ::std::fmt::Display,
            {
                self.relationships = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for relationships: {e}")
                    });
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for type_: {e}")
                    });
                self
            }
        }

        impl ::std::convert::TryFrom<Opportunity> for super::Opportunity {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Opportunity,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    attributes: value.attributes?,
                    id: value.id?,
                    relationships: value.relationships?,
                    type_: value.type_?,
                })
            }
        }

        impl ::std::convert::From<super::Opportunity> for Opportunity {
            fn from(value: super::Opportunity) -> Self {
                Self {
                    attributes: Ok(value.attributes),
                    id: Ok(value.id),
                    relationships: Ok(value.relationships),
                    type_: Ok(value.type_),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct OpportunityAttributes {
            amount: ::std::result::Result<
                ::std::option::Option<crate::Amount>,
                ::std::string::String,
            >,
            close_at: ::std::result::Result<
                ::std::option::Option<crate::Timestamp>,
                ::std::string::String,
            >,
            created_at: ::std::result::Result<
                ::std::option::Option<crate::Timestamp>,
                ::std::string::String,
            >,
            currency: ::std::result::Result<
                ::std::option::Option<crate::Text>,
                ::std::string::String,
            >,
            custom: ::std::result::Result<
                ::std::option::Option<crate::CustomFields>,
                ::std::string::String,
            >,
            description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            external_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            priority: ::std::result::Result<
                ::std::option::Option<crate::Text>,
                ::std::string::String,
            >,
            updated_at: ::std::result::Result<
                ::std::option::Option<crate::Timestamp>,
                ::std::string::String,
            >,
        }

        impl ::std::default::Default for OpportunityAttributes {
            fn default() -> Self {
                Self {
                    amount: Ok(Default::default()),
                    close_at: Ok(Default::default()),
                    created_at: Ok(Default::default()),
                    currency: Ok(Default::default()),
                    custom: Ok(Default::default()),
                    description: Ok(Default::default()),
                    external_id: Ok(Default::default()),
                    name: Ok(Default::default()),
                    priority: Ok(Default::default()),
                    updated_at: Ok(Default::default()),
                }
            }
        }

        impl OpportunityAttributes {
            pub fn amount<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::Amount>>,
                T::Error: ::std::fmt::Display,
            {
                self.amount = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for amount: {e}")
                    });
                self
            }
            pub fn close_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::Timestamp>>,
                T::Error: ::std::fmt::Display,
            {
                self.close_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for close_at: {e}")
                    });
                self
            }
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::Timestamp>>,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created_at: {e}")
                    });
                self
            }
            pub fn currency<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::Text>>,
                T::Error: ::std::fmt::Display,
            {
                self.currency = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for currency: {e}")
                    });
                self
            }
            pub fn custom<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::CustomFields>>,
                T::Error: ::std::fmt::Display,
            {
                self.custom = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for custom: {e}")
                    });
                self
            }
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.description = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for description: {e}")
                    });
                self
            }
            pub fn external_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.external_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for external_id: {e}")
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn priority<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::Text>>,
                T::Error: ::std::fmt::Display,
            {
                self.priority = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for priority: {e}")
                    });
                self
            }
            pub fn updated_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::Timestamp>>,
                T::Error: ::std::fmt::Display,
            {
                self.updated_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for updated_at: {e}")
                    });
                self
            }
        }

        impl ::std::convert::TryFrom<OpportunityAttributes>
        for super::OpportunityAttributes {
            type Error = super::error::ConversionError;
            fn try_from(
                value: OpportunityAttributes,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    amount: value.amount?,
                    close_at: value.close_at?,
                    created_at: value.created_at?,
                    currency: value.currency?,
                    custom: value.custom?,
                    description: value.description?,
                    external_id: value.external_id?,
                    name: value.name?,
                    priority: value.priority?,
                    updated_at: value.updated_at?,
                })
            }
        }

        impl ::std::convert::From<super::OpportunityAttributes>
        for OpportunityAttributes {
            fn from(value: super::OpportunityAttributes) -> Self {
                Self {
                    amount: Ok(value.amount),
                    close_at: Ok(value.close_at),
                    created_at: Ok(value.created_at),
                    currency: Ok(value.currency),
                    custom: Ok(value.custom),
                    description: Ok(value.description),
                    external_id: Ok(value.external_id),
                    name: Ok(value.name),
                    priority: Ok(value.priority),
                    updated_at: Ok(value.updated_at),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct OpportunityStage {
            attributes: ::std::result::Result<
                ::std::option::Option<super::OpportunityStageAttributes>,
                ::std::string::String,
            >,
            id: ::std::result::Result<crate::ResourceId, ::std::string::String>,
            relationships: ::std::result::Result<
                ::std::option::Option<super::Relationships>,
                ::std::string::String,
            >,
            type_: ::std::result::Result<::std::string::String, ::std::string::String>,
        }

        impl ::std::default::Default for OpportunityStage {
            fn default() -> Self {
                Self {
                    attributes: Ok(Default::default()),
                    id: Err("no value supplied for id".to_string()),
                    relationships: Ok(Default::default()),
                    type_: Err("no value supplied for type_".to_string()),
                }
            }
        }

        impl OpportunityStage {
            pub fn attributes<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::OpportunityStageAttributes>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.attributes = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for attributes: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::ResourceId>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn relationships<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Relationships>>,
                T::Error: ::std::fmt::Display,
            {
                self.relationships = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for relationships: {e}")
                    });
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for type_: {e}")
                    });
                self
            }
        }

        impl ::std::convert::TryFrom<OpportunityStage> for super::OpportunityStage {
            type Error = super::error::ConversionError;
            fn try_from(
                value: OpportunityStage,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    attributes: value.attributes?,
                    id: value.id?,
                    relationships: value.relationships?,
                    type_: value.type_?,
                })
            }
        }

        impl ::std::convert::From<super::OpportunityStage> for OpportunityStage {
            fn from(value: super::OpportunityStage) -> Self {
                Self {
                    attributes: Ok(value.attributes),
                    id: Ok(value.id),
                    relationships: Ok(value.relationships),
                    type_: Ok(value.type_),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct OpportunityStageAttributes {
            custom: ::std::result::Result<
                ::std::option::Option<crate::CustomFields>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<crate::Text>,
                ::std::string::String,
            >,
            position: ::std::result::Result<
                ::std::option::Option<crate::Amount>,
                ::std::string::String,
            >,
            probability: ::std::result::Result<
                ::std::option::Option<crate::Amount>,
                ::std::string::String,
            >,
        }

        impl ::std::default::Default for OpportunityStageAttributes {
            fn default() -> Self {
                Self {
                    custom: Ok(Default::default()),
                    name: Ok(Default::default()),
                    position: Ok(Default::default()),
                    probability: Ok(Default::default()),
                }
            }
        }

        impl OpportunityStageAttributes {
            pub fn custom<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::CustomFields>>,
                T::Error: ::std::fmt::Display,
            {
                self.custom = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for custom: {e}")
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::Text>>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn position<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::Amount>>,
                T::Error: ::std::fmt::Display,
            {
                self.position = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for position: {e}")
                    });
                self
            }
            pub fn probability<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::Amount>>,
                T::Error: ::std::fmt::Display,
            {
                self.probability = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for probability: {e}")
                    });
                self
            }
        }

        impl ::std::convert::TryFrom<OpportunityStageAttributes>
        for super::OpportunityStageAttributes {
            type Error = super::error::ConversionError;
            fn try_from(
                value: OpportunityStageAttributes,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    custom: value.custom?,
                    name: value.name?,
                    position: value.position?,
                    probability: value.probability?,
                })
            }
        }

        impl ::std::convert::From<super::OpportunityStageAttributes>
        for OpportunityStageAttributes {
            fn from(value: super::OpportunityStageAttributes) -> Self {
                Self {
                    custom: Ok(value.custom),
                    name: Ok(value.name),
                    position: Ok(value.position),
                    probability: Ok(value.probability),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct OpportunityStageWrite {
            attributes: ::std::result::Result<
                ::std::option::Option<super::OpportunityStageWriteAttributes>,
                ::std::string::String,
            >,
            id: ::std::result::Result<
                ::std::option::Option<crate::ResourceId>,
                ::std::string::String,
            >,
            relationships: ::std::result::Result<
                ::std::option::Option<super::Relationships>,
                ::std::string::String,
            >,
            type_: ::std::result::Result<::std::string::String, ::std::string::String>,
        }

        impl ::std::default::Default for OpportunityStageWrite {
            fn default() -> Self {
                Self {
                    attributes: Ok(Default::default()),
                    id: Ok(Default::default()),
                    relationships: Ok(Default::default()),
                    type_: Err("no value supplied for type_".to_string()),
                }
            }
        }

        impl OpportunityStageWrite {
            pub fn attributes<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::OpportunityStageWriteAttributes>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.attributes = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for attributes: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::ResourceId>>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn relationships<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Relationships>>,
                T::Error: ::std::fmt::Display,
            {
                self.relationships = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for relationships: {e}")
                    });
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for type_: {e}")
                    });
                self
            }
        }

        impl ::std::convert::TryFrom<OpportunityStageWrite>
        for super::OpportunityStageWrite {
            type Error = super::error::ConversionError;
            fn try_from(
                value: OpportunityStageWrite,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    attributes: value.attributes?,
                    id: value.id?,
                    relationships: value.relationships?,
                    type_: value.type_?,
                })
            }
        }

        impl ::std::convert::From<super::OpportunityStageWrite>
        for OpportunityStageWrite {
            fn from(value: super::OpportunityStageWrite) -> Self {
                Self {
                    attributes: Ok(value.attributes),
                    id: Ok(value.id),
                    relationships: Ok(value.relationships),
                    type_: Ok(value.type_),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct OpportunityStageWriteAttributes {
            custom: ::std::result::Result<
                ::std::option::Option<crate::CustomFields>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<crate::Text>,
                ::std::string::String,
            >,
            position: ::std::result::Result<
                ::std::option::Option<crate::Amount>,
                ::std::string::String,
            >,
            probability: ::std::result::Result<
                ::std::option::Option<crate::Amount>,
                ::std::string::String,
            >,
        }

        impl ::std::default::Default for OpportunityStageWriteAttributes {
            fn default() -> Self {
                Self {
                    custom: Ok(Default::default()),
                    name: Ok(Default::default()),
                    position: Ok(Default::default()),
                    probability: Ok(Default::default()),
                }
            }
        }

        impl OpportunityStageWriteAttributes {
            pub fn custom<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::CustomFields>>,
                T::Error: ::std::fmt::Display,
            {
                self.custom = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for custom: {e}")
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::Text>>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn position<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::Amount>>,
                T::Error: ::std::fmt::Display,
            {
                self.position = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for position: {e}")
                    });
                self
            }
            pub fn probability<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::Amount>>,
                T::Error: ::std::fmt::Display,
            {
                self.probability = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for probability: {e}")
                    });
                self
            }
        }

        impl ::std::convert::TryFrom<OpportunityStageWriteAttributes>
        for super::OpportunityStageWriteAttributes {
            type Error = super::error::ConversionError;
            fn try_from(
                value: OpportunityStageWriteAttributes,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    custom: value.custom?,
                    name: value.name?,
                    position: value.position?,
                    probability: value.probability?,
                })
            }
        }

        impl ::std::convert::From<super::OpportunityStageWriteAttributes>
        for OpportunityStageWriteAttributes {
            fn from(value: super::OpportunityStageWriteAttributes) -> Self {
                Self {
                    custom: Ok(value.custom),
                    name: Ok(value.name),
                    position: Ok(value.position),
                    probability: Ok(value.probability),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct OpportunityStageWriteDocument {
            data: ::std::result::Result<
                super::OpportunityStageWrite,
                ::std::string::String,
            >,
        }

        impl ::std::default::Default for OpportunityStageWriteDocument {
            fn default() -> Self {
                Self {
                    data: Err("no value supplied for data".to_string()),
                }
            }
        }

        impl OpportunityStageWriteDocument {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::OpportunityStageWrite>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
        }

        impl ::std::convert::TryFrom<OpportunityStageWriteDocument>
        for super::OpportunityStageWriteDocument {
            type Error = super::error::ConversionError;
            fn try_from(
                value: OpportunityStageWriteDocument,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { data: value.data? })
            }
        }

        impl ::std::convert::From<super::OpportunityStageWriteDocument>
        for OpportunityStageWriteDocument {
            fn from(value: super::OpportunityStageWriteDocument) -> Self {
                Self { data: Ok(value.data) }
            }
        }

        #[derive(Clone, Debug)]
        pub struct OpportunityWrite {
            attributes: ::std::result::Result<
                ::std::option::Option<super::OpportunityWriteAttributes>,
                ::std::string::String,
            >,
            id: ::std::result::Result<
                ::std::option::Option<crate::ResourceId>,
                ::std::string::String,
            >,
            relationships: ::std::result::Result<
                ::std::option::Option<super::Relationships>,
                ::std::string::String,
            >,
            type_: ::std::result::Result<::std::string::String, ::std::string::String>,
        }

        impl ::std::default::Default for OpportunityWrite {
            fn default() -> Self {
                Self {
                    attributes: Ok(Default::default()),
                    id: Ok(Default::default()),
                    relationships: Ok(Default::default()),
                    type_: Err("no value supplied for type_".to_string()),
                }
            }
        }

        impl OpportunityWrite {
            pub fn attributes<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::OpportunityWriteAttributes>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.attributes = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for attributes: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::ResourceId>>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn relationships<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Relationships>>,
                T::Error: ::std::fmt::Display,
            {
                self.relationships = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for relationships: {e}")
                    });
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for type_: {e}")
                    });
                self
            }
        }

        impl ::std::convert::TryFrom<OpportunityWrite> for super::OpportunityWrite {
            type Error = super::error::ConversionError;
            fn try_from(
                value: OpportunityWrite,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    attributes: value.attributes?,
                    id: value.id?,
                    relationships: value.relationships?,
                    type_: value.type_?,
                })
            }
        }

        impl ::std::convert::From<super::OpportunityWrite> for OpportunityWrite {
            fn from(value: super::OpportunityWrite) -> Self {
                Self {
                    attributes: Ok(value.attributes),
                    id: Ok(value.id),
                    relationships: Ok(value.relationships),
                    type_: Ok(value.type_),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct OpportunityWriteAttributes {
            amount: ::std::result::Result<
                ::std::option::Option<crate::Amount>,
                ::std::string::String,
            >,
            close_at: ::std::result::Result<
                ::std::option::Option<crate::Timestamp>,
                ::std::string::String,
            >,
            currency: ::std::result::Result<
                ::std::option::Option<crate::Text>,
                ::std::string::String,
            >,
            custom: ::std::result::Result<
                ::std::option::Option<crate::CustomFields>,
                ::std::string::String,
            >,
            description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            external_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            priority: ::std::result::Result<
                ::std::option::Option<crate::Text>,
                ::std::string::String,
            >,
        }

        impl ::std::default::Default for OpportunityWriteAttributes {
            fn default() -> Self {
                Self {
                    amount: Ok(Default::default()),
                    close_at: Ok(Default::default()),
                    currency: Ok(Default::default()),
                    custom: Ok(Default::default()),
                    description: Ok(Default::default()),
                    external_id: Ok(Default::default()),
                    name: Ok(Default::default()),
                    priority: Ok(Default::default()),
                }
            }
        }

        impl OpportunityWriteAttributes {
            pub fn amount<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::Amount>>,
                T::Error: ::std::fmt::Display,
            {
                self.amount = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for amount: {e}")
                    });
                self
            }
            pub fn close_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::Timestamp>>,
                T::Error: ::std::fmt::Display,
            {
                self.close_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for close_at: {e}")
                    });
                self
            }
            pub fn currency<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::Text>>,
                T::Error: ::std::fmt::Display,
            {
                self.currency = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for currency: {e}")
                    });
                self
            }
            pub fn custom<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::CustomFields>>,
                T::Error: ::std::fmt::Display,
            {
                self.custom = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for custom: {e}")
                    });
                self
            }
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.description = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for description: {e}")
                    });
                self
            }
            pub fn external_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.external_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for external_id: {e}")
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn priority<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::Text>>,
                T::Error: ::std::fmt::Display,
            {
                self.priority = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for priority: {e}")
                    });
                self
            }
        }

        impl ::std::convert::TryFrom<OpportunityWriteAttributes>
        for super::OpportunityWriteAttributes {
            type Error = super::error::ConversionError;
            fn try_from(
                value: OpportunityWriteAttributes,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    amount: value.amount?,
                    close_at: value.close_at?,
                    currency: value.currency?,
                    custom: value.custom?,
                    description: value.description?,
                    external_id: value.external_id?,
                    name: value.name?,
                    priority: value.priority?,
                })
            }
        }

        impl ::std::convert::From<super::OpportunityWriteAttributes>
        for OpportunityWriteAttributes {
            fn from(value: super::OpportunityWriteAttributes) -> Self {
                Self {
                    amount: Ok(value.amount),
                    close_at: Ok(value.close_at),
                    currency: Ok(value.currency),
                    custom: Ok(value.custom),
                    description: Ok(value.description),
                    external_id: Ok(value.external_id),
                    name: Ok(value.name),
                    priority: Ok(value.priority),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct OpportunityWriteDocument {
            data: ::std::result::Result<super::OpportunityWrite, ::std::string::String>,
        }

        impl ::std::default::Default for OpportunityWriteDocument {
            fn default() -> Self {
                Self {
                    data: Err("no value supplied for data".to_string()),
                }
            }
        }

        impl OpportunityWriteDocument {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::OpportunityWrite>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
        }

        impl ::std::convert::TryFrom<OpportunityWriteDocument>
        for super::OpportunityWriteDocument {
            type Error = super::error::ConversionError;
            fn try_from(
                value: OpportunityWriteDocument,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { data: value.data? })
            }
        }

        impl ::std::convert::From<super::OpportunityWriteDocument>
        for OpportunityWriteDocument {
            fn from(value: super::OpportunityWriteDocument) -> Self {
                Self { data: Ok(value.data) }
            }
        }

        #[derive(Clone, Debug)]
        pub struct PicklistValue {
            date: ::std::result::Result<
                ::std::option::Option<crate::Text>,
                ::std::string::String,
            >,
            display_name: ::std::result::Result<
                ::std::option::Option<crate::Text>,
                ::std::string::String,
            >,
            label: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<crate::Text>,
                ::std::string::String,
            >,
            value: ::std::result::Result<
                ::std::option::Option<::serde_json::Value>,
                ::std::string::String,
            >,
        }

        impl ::std::default::Default for PicklistValue {
            fn default() -> Self {
                Self {
                    date: Ok(Default::default()),
                    display_name: Ok(Default::default()),
                    label: Ok(Default::default()),
                    name: Ok(Default::default()),
                    value: Ok(Default::default()),
                }
            }
        }

        impl PicklistValue {
            pub fn date<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::Text>>,
                T::Error: ::std::fmt::Display,
            {
                self.date = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for date: {e}")
                    });
                self
            }
            pub fn display_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::Text>>,
                T::Error: ::std::fmt::Display,
            {
                self.display_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for display_name: {e}")
                    });
                self
            }
            pub fn label<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.label = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for label: {e}")
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::Text>>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn value<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::serde_json::Value>>,
                T::Error: ::std::fmt::Display,
            {
                self.value = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for value: {e}")
                    });
                self
            }
        }

        impl ::std::convert::TryFrom<PicklistValue> for super::PicklistValue {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PicklistValue,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    date: value.date?,
                    display_name: value.display_name?,
                    label: value.label?,
                    name: value.name?,
                    value: value.value?,
                })
            }
        }

        impl ::std::convert::From<super::PicklistValue> for PicklistValue {
            fn from(value: super::PicklistValue) -> Self {
                Self {
                    date: Ok(value.date),
                    display_name: Ok(value.display_name),
                    label: Ok(value.label),
                    name: Ok(value.name),
                    value: Ok(value.value),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct Pipeline {
            attributes: ::std::result::Result<
                ::std::option::Option<super::PipelineAttributes>,
                ::std::string::String,
            >,
            id: ::std::result::Result<crate::ResourceId, ::std::string::String>,
            relationships: ::std::result::Result<
                ::std::option::Option<super::Relationships>,
                ::std::string::String,
            >,
            type_: ::std::result::Result<::std::string::String, ::std::string::String>,
        }

        impl ::std::default::Default for Pipeline {
            fn default() -> Self {
                Self {
                    attributes: Ok(Default::default()),
                    id: Err("no value supplied for id".to_string()),
                    relationships: Ok(Default::default()),
                    type_: Err("no value supplied for type_".to_string()),
                }
            }
        }

        impl Pipeline {
            pub fn attributes<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::PipelineAttributes>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.attributes = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for attributes: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::ResourceId>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn relationships<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Relationships>>,
                T::Error: ::std::fmt::Display,
            {
                self.relationships = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for relationships: {e}")
                    });
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for type_: {e}")
                    });
                self
            }
        }

        impl ::std::convert::TryFrom<Pipeline> for super::Pipeline {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Pipeline,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    attributes: value.attributes?,
                    id: value.id?,
                    relationships: value.relationships?,
                    type_: value.type_?,
                })
            }
        }

        impl ::std::convert::From<super::Pipeline> for Pipeline {
            fn from(value: super::Pipeline) -> Self {
                Self {
                    attributes: Ok(value.attributes),
                    id: Ok(value.id),
                    relationships: Ok(value.relationships),
                    type_: Ok(value.type_),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct PipelineAttributes {
            custom: ::std::result::Result<
                ::std::option::Option<crate::CustomFields>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<crate::Text>,
                ::std::string::String,
            >,
        }

        impl ::std::default::Default for PipelineAttributes {
            fn default() -> Self {
                Self {
                    custom: Ok(Default::default()),
                    name: Ok(Default::default()),
                }
            }
        }

        impl PipelineAttributes {
            pub fn custom<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::CustomFields>>,
                T::Error: ::std::fmt::Display,
            {
                self.custom = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for custom: {e}")
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::Text>>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
        }

        impl ::std::convert::TryFrom<PipelineAttributes> for super::PipelineAttributes {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PipelineAttributes,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    custom: value.custom?,
                    name: value.name?,
                })
            }
        }

        impl ::std::convert::From<super::PipelineAttributes> for PipelineAttributes {
            fn from(value: super::PipelineAttributes) -> Self {
                Self {
                    custom: Ok(value.custom),
                    name: Ok(value.name),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct PipelineWrite {
            attributes: ::std::result::Result<
                ::std::option::Option<super::PipelineWriteAttributes>,
                ::std::string::String,
            >,
            id: ::std::result::Result<
                ::std::option::Option<crate::ResourceId>,
                ::std::string::String,
            >,
            relationships: ::std::result::Result<
                ::std::option::Option<super::Relationships>,
                ::std::string::String,
            >,
            type_: ::std::result::Result<::std::string::String, ::std::string::String>,
        }

        impl ::std::default::Default for PipelineWrite {
            fn default() -> Self {
                Self {
                    attributes: Ok(Default::default()),
                    id: Ok(Default::default()),
                    relationships: Ok(Default::default()),
                    type_: Err("no value supplied for type_".to_string()),
                }
            }
        }

        impl PipelineWrite {
            pub fn attributes<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::PipelineWriteAttributes>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.attributes = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for attributes: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::ResourceId>>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn relationships<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Relationships>>,
                T::Error: ::std::fmt::Display,
            {
                self.relationships = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for relationships: {e}")
                    });
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for type_: {e}")
                    });
                self
            }
        }

        impl ::std::convert::TryFrom<PipelineWrite> for super::PipelineWrite {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PipelineWrite,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    attributes: value.attributes?,
                    id: value.id?,
                    relationships: value.relationships?,
                    type_: value.type_?,
                })
            }
        }

        impl ::std::convert::From<super::PipelineWrite> for PipelineWrite {
            fn from(value: super::PipelineWrite) -> Self {
                Self {
                    attributes: Ok(value.attributes),
                    id: Ok(value.id),
                    relationships: Ok(value.relationships),
                    type_: Ok(value.type_),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct PipelineWriteAttributes {
            custom: ::std::result::Result<
                ::std::option::Option<crate::CustomFields>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<crate::Text>,
                ::std::string::String,
            >,
        }

        impl ::std::default::Default for PipelineWriteAttributes {
            fn default() -> Self {
                Self {
                    custom: Ok(Default::default()),
                    name: Ok(Default::default()),
                }
            }
        }

        impl PipelineWriteAttributes {
            pub fn custom<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::CustomFields>>,
                T::Error: ::std::fmt::Display,
            {
                self.custom = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for custom: {e}")
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::Text>>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
        }

        impl ::std::convert::TryFrom<PipelineWriteAttributes>
        for super::PipelineWriteAttributes {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PipelineWriteAttributes,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    custom: value.custom?,
                    name: value.name?,
                })
            }
        }

        impl ::std::convert::From<super::PipelineWriteAttributes>
        for PipelineWriteAttributes {
            fn from(value: super::PipelineWriteAttributes) -> Self {
                Self {
                    custom: Ok(value.custom),
                    name: Ok(value.name),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct PipelineWriteDocument {
            data: ::std::result::Result<super::PipelineWrite, ::std::string::String>,
        }

        impl ::std::default::Default for PipelineWriteDocument {
            fn default() -> Self {
                Self {
                    data: Err("no value supplied for data".to_string()),
                }
            }
        }

        impl PipelineWriteDocument {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::PipelineWrite>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
        }

        impl ::std::convert::TryFrom<PipelineWriteDocument>
        for super::PipelineWriteDocument {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PipelineWriteDocument,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { data: value.data? })
            }
        }

        impl ::std::convert::From<super::PipelineWriteDocument>
        for PipelineWriteDocument {
            fn from(value: super::PipelineWriteDocument) -> Self {
                Self { data: Ok(value.data) }
            }
        }

        #[derive(Clone, Debug)]
        pub struct Quote {
            attributes: ::std::result::Result<
                ::std::option::Option<super::QuoteAttributes>,
                ::std::string::String,
            >,
            id: ::std::result::Result<crate::ResourceId, ::std::string::String>,
            relationships: ::std::result::Result<
                ::std::option::Option<super::Relationships>,
                ::std::string::String,
            >,
            type_: ::std::result::Result<::std::string::String, ::std::string::String>,
        }

        impl ::std::default::Default for Quote {
            fn default() -> Self {
                Self {
                    attributes: Ok(Default::default()),
                    id: Err("no value supplied for id".to_string()),
                    relationships: Ok(Default::default()),
                    type_: Err("no value supplied for type_".to_string()),
                }
            }
        }

        impl Quote {
            pub fn attributes<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::QuoteAttributes>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.attributes = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for attributes: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::ResourceId>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn relationships<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Relationships>>,
                T::Error: ::std::fmt::Display,
            {
                self.relationships = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for relationships: {e}")
                    });
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for type_: {e}")
                    });
                self
            }
        }

        impl ::std::convert::TryFrom<Quote> for super::Quote {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Quote,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    attributes: value.attributes?,
                    id: value.id?,
                    relationships: value.relationships?,
                    type_: value.type_?,
                })
            }
        }

        impl ::std::convert::From<super::Quote> for Quote {
            fn from(value: super::Quote) -> Self {
                Self {
                    attributes: Ok(value.attributes),
                    id: Ok(value.id),
                    relationships: Ok(value.relationships),
                    type_: Ok(value.type_),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct QuoteAttributes {
            created_at: ::std::result::Result<
                ::std::option::Option<crate::Timestamp>,
                ::std::string::String,
            >,
            custom: ::std::result::Result<
                ::std::option::Option<crate::CustomFields>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<crate::Text>,
                ::std::string::String,
            >,
            status: ::std::result::Result<
                ::std::option::Option<crate::Text>,
                ::std::string::String,
            >,
            total: ::std::result::Result<
                ::std::option::Option<crate::Amount>,
                ::std::string::String,
            >,
            updated_at: ::std::result::Result<
                ::std::option::Option<crate::Timestamp>,
                ::std::string::String,
            >,
        }

        impl ::std::default::Default for QuoteAttributes {
            fn default() -> Self {
                Self {
                    created_at: Ok(Default::default()),
                    custom: Ok(Default::default()),
                    name: Ok(Default::default()),
                    status: Ok(Default::default()),
                    total: Ok(Default::default()),
                    updated_at: Ok(Default::default()),
                }
            }
        }

        impl QuoteAttributes {
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::Timestamp>>,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created_at: {e}")
                    });
                self
            }
            pub fn custom<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::CustomFields>>,
                T::Error: ::std::fmt::Display,
            {
                self.custom = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for custom: {e}")
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::Text>>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::Text>>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
            pub fn total<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::Amount>>,
                T::Error: ::std::fmt::Display,
            {
                self.total = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for total: {e}")
                    });
                self
            }
            pub fn updated_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::Timestamp>>,
                T::Error: ::std::fmt::Display,
            {
                self.updated_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for updated_at: {e}")
                    });
                self
            }
        }

        impl ::std::convert::TryFrom<QuoteAttributes> for super::QuoteAttributes {
            type Error = super::error::ConversionError;
            fn try_from(
                value: QuoteAttributes,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    created_at: value.created_at?,
                    custom: value.custom?,
                    name: value.name?,
                    status: value.status?,
                    total: value.total?,
                    updated_at: value.updated_at?,
                })
            }
        }

        impl ::std::convert::From<super::QuoteAttributes> for QuoteAttributes {
            fn from(value: super::QuoteAttributes) -> Self {
                Self {
                    created_at: Ok(value.created_at),
                    custom: Ok(value.custom),
                    name: Ok(value.name),
                    status: Ok(value.status),
                    total: Ok(value.total),
                    updated_at: Ok(value.updated_at),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct QuoteProduct {
            attributes: ::std::result::Result<
                ::std::option::Option<super::QuoteProductAttributes>,
                ::std::string::String,
            >,
            id: ::std::result::Result<crate::ResourceId, ::std::string::String>,
            relationships: ::std::result::Result<
                ::std::option::Option<super::Relationships>,
                ::std::string::String,
            >,
            type_: ::std::result::Result<::std::string::String, ::std::string::String>,
        }

        impl ::std::default::Default for QuoteProduct {
            fn default() -> Self {
                Self {
                    attributes: Ok(Default::default()),
                    id: Err("no value supplied for id".to_string()),
                    relationships: Ok(Default::default()),
                    type_: Err("no value supplied for type_".to_string()),
                }
            }
        }

        impl QuoteProduct {
            pub fn attributes<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::QuoteProductAttributes>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.attributes = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for attributes: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::ResourceId>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn relationships<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Relationships>>,
                T::Error: ::std::fmt::Display,
            {
                self.relationships = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for relationships: {e}")
                    });
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for type_: {e}")
                    });
                self
            }
        }

        impl ::std::convert::TryFrom<QuoteProduct> for super::QuoteProduct {
            type Error = super::error::ConversionError;
            fn try_from(
                value: QuoteProduct,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    attributes: value.attributes?,
                    id: value.id?,
                    relationships: value.relationships?,
                    type_: value.type_?,
                })
            }
        }

        impl ::std::convert::From<super::QuoteProduct> for QuoteProduct {
            fn from(value: super::QuoteProduct) -> Self {
                Self {
                    attributes: Ok(value.attributes),
                    id: Ok(value.id),
                    relationships: Ok(value.relationships),
                    type_: Ok(value.type_),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct QuoteProductAttributes {
            created_at: ::std::result::Result<
                ::std::option::Option<crate::Timestamp>,
                ::std::string::String,
            >,
            custom: ::std::result::Result<
                ::std::option::Option<crate::CustomFields>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<crate::Text>,
                ::std::string::String,
            >,
            price: ::std::result::Result<
                ::std::option::Option<crate::Amount>,
                ::std::string::String,
            >,
            quantity: ::std::result::Result<
                ::std::option::Option<crate::Amount>,
                ::std::string::String,
            >,
            total: ::std::result::Result<
                ::std::option::Option<crate::Amount>,
                ::std::string::String,
            >,
            updated_at: ::std::result::Result<
                ::std::option::Option<crate::Timestamp>,
                ::std::string::String,
            >,
        }

        impl ::std::default::Default for QuoteProductAttributes {
            fn default() -> Self {
                Self {
                    created_at: Ok(Default::default()),
                    custom: Ok(Default::default()),
                    name: Ok(Default::default()),
                    price: Ok(Default::default()),
                    quantity: Ok(Default::default()),
                    total: Ok(Default::default()),
                    updated_at: Ok(Default::default()),
                }
            }
        }

        impl QuoteProductAttributes {
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::Timestamp>>,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created_at: {e}")
                    });
                self
            }
            pub fn custom<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::CustomFields>>,
                T::Error: ::std::fmt::Display,
            {
                self.custom = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for custom: {e}")
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::Text>>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn price<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::Amount>>,
                T::Error: ::std::fmt::Display,
            {
                self.price = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for price: {e}")
                    });
                self
            }
            pub fn quantity<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::Amount>>,
                T::Error: ::std::fmt::Display,
            {
                self.quantity = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for quantity: {e}")
                    });
                self
            }
            pub fn total<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::Amount>>,
                T::Error: ::std::fmt::Display,
            {
                self.total = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for total: {e}")
                    });
                self
            }
            pub fn updated_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::Timestamp>>,
                T::Error: ::std::fmt::Display,
            {
                self.updated_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for updated_at: {e}")
                    });
                self
            }
        }

        impl ::std::convert::TryFrom<QuoteProductAttributes>
        for super::QuoteProductAttributes {
            type Error = super::error::ConversionError;
            fn try_from(
                value: QuoteProductAttributes,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    created_at: value.created_at?,
                    custom: value.custom?,
                    name: value.name?,
                    price: value.price?,
                    quantity: value.quantity?,
                    total: value.total?,
                    updated_at: value.updated_at?,
                })
            }
        }

        impl ::std::convert::From<super::QuoteProductAttributes>
        for QuoteProductAttributes {
            fn from(value: super::QuoteProductAttributes) -> Self {
                Self {
                    created_at: Ok(value.created_at),
                    custom: Ok(value.custom),
                    name: Ok(value.name),
                    price: Ok(value.price),
                    quantity: Ok(value.quantity),
                    total: Ok(value.total),
                    updated_at: Ok(value.updated_at),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct QuoteProductWrite {
            attributes: ::std::result::Result<
                ::std::option::Option<super::QuoteProductWriteAttributes>,
                ::std::string::String,
            >,
            id: ::std::result::Result<
                ::std::option::Option<crate::ResourceId>,
                ::std::string::String,
            >,
            relationships: ::std::result::Result<
                ::std::option::Option<super::Relationships>,
                ::std::string::String,
            >,
            type_: ::std::result::Result<::std::string::String, ::std::string::String>,
        }

        impl ::std::default::Default for QuoteProductWrite {
            fn default() -> Self {
                Self {
                    attributes: Ok(Default::default()),
                    id: Ok(Default::default()),
                    relationships: Ok(Default::default()),
                    type_: Err("no value supplied for type_".to_string()),
                }
            }
        }

        impl QuoteProductWrite {
            pub fn attributes<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::QuoteProductWriteAttributes>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.attributes = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for attributes: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::ResourceId>>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn relationships<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Relationships>>,
                T::Error: ::std::fmt::Display,
            {
                self.relationships = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for relationships: {e}")
                    });
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for type_: {e}")
                    });
                self
            }
        }

        impl ::std::convert::TryFrom<QuoteProductWrite> for super::QuoteProductWrite {
            type Error = super::error::ConversionError;
            fn try_from(
                value: QuoteProductWrite,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    attributes: value.attributes?,
                    id: value.id?,
                    relationships: value.relationships?,
                    type_: value.type_?,
                })
            }
        }

        impl ::std::convert::From<super::QuoteProductWrite> for QuoteProductWrite {
            fn from(value: super::QuoteProductWrite) -> Self {
                Self {
                    attributes: Ok(value.attributes),
                    id: Ok(value.id),
                    relationships: Ok(value.relationships),
                    type_: Ok(value.type_),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct QuoteProductWriteAttributes {
            custom: ::std::result::Result<
                ::std::option::Option<crate::CustomFields>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<crate::Text>,
                ::std::string::String,
            >,
            price: ::std::result::Result<
                ::std::option::Option<crate::Amount>,
                ::std::string::String,
            >,
            quantity: ::std::result::Result<
                ::std::option::Option<crate::Amount>,
                ::std::string::String,
            >,
            total: ::std::result::Result<
                ::std::option::Option<crate::Amount>,
                ::std::string::String,
            >,
        }

        impl ::std::default::Default for QuoteProductWriteAttributes {
            fn default() -> Self {
                Self {
                    custom: Ok(Default::default()),
                    name: Ok(Default::default()),
                    price: Ok(Default::default()),
                    quantity: Ok(Default::default()),
                    total: Ok(Default::default()),
                }
            }
        }

        impl QuoteProductWriteAttributes {
            pub fn custom<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::CustomFields>>,
                T::Error: ::std::fmt::Display,
            {
                self.custom = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for custom: {e}")
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::Text>>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn price<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::Amount>>,
                T::Error: ::std::fmt::Display,
            {
                self.price = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for price: {e}")
                    });
                self
            }
            pub fn quantity<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::Amount>>,
                T::Error: ::std::fmt::Display,
            {
                self.quantity = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for quantity: {e}")
                    });
                self
            }
            pub fn total<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::Amount>>,
                T::Error: ::std::fmt::Display,
            {
                self.total = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for total: {e}")
                    });
                self
            }
        }

        impl ::std::convert::TryFrom<QuoteProductWriteAttributes>
        for super::QuoteProductWriteAttributes {
            type Error = super::error::ConversionError;
            fn try_from(
                value: QuoteProductWriteAttributes,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    custom: value.custom?,
                    name: value.name?,
                    price: value.price?,
                    quantity: value.quantity?,
                    total: value.total?,
                })
            }
        }

        impl ::std::convert::From<super::QuoteProductWriteAttributes>
        for QuoteProductWriteAttributes {
            fn from(value: super::QuoteProductWriteAttributes) -> Self {
                Self {
                    custom: Ok(value.custom),
                    name: Ok(value.name),
                    price: Ok(value.price),
                    quantity: Ok(value.quantity),
                    total: Ok(value.total),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct QuoteProductWriteDocument {
            data: ::std::result::Result<super::QuoteProductWrite, ::std::string::String>,
        }

        impl ::std::default::Default for QuoteProductWriteDocument {
            fn default() -> Self {
                Self {
                    data: Err("no value supplied for data".to_string()),
                }
            }
        }

        impl QuoteProductWriteDocument {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::QuoteProductWrite>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
        }

        impl ::std::convert::TryFrom<QuoteProductWriteDocument>
        for super::QuoteProductWriteDocument {
            type Error = super::error::ConversionError;
            fn try_from(
                value: QuoteProductWriteDocument,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { data: value.data? })
            }
        }

        impl ::std::convert::From<super::QuoteProductWriteDocument>
        for QuoteProductWriteDocument {
            fn from(value: super::QuoteProductWriteDocument) -> Self {
                Self { data: Ok(value.data) }
            }
        }

        #[derive(Clone, Debug)]
        pub struct QuoteWrite {
            attributes: ::std::result::Result<
                ::std::option::Option<super::QuoteWriteAttributes>,
                ::std::string::String,
            >,
            id: ::std::result::Result<
                ::std::option::Option<crate::ResourceId>,
                ::std::string::String,
            >,
            relationships: ::std::result::Result<
                ::std::option::Option<super::Relationships>,
                ::std::string::String,
            >,
            type_: ::std::result::Result<::std::string::String, ::std::string::String>,
        }

        impl ::std::default::Default for QuoteWrite {
            fn default() -> Self {
                Self {
                    attributes: Ok(Default::default()),
                    id: Ok(Default::default()),
                    relationships: Ok(Default::default()),
                    type_: Err("no value supplied for type_".to_string()),
                }
            }
        }

        impl QuoteWrite {
            pub fn attributes<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::QuoteWriteAttributes>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.attributes = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for attributes: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::ResourceId>>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn relationships<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Relationships>>,
                T::Error: ::std::fmt::Display,
            {
                self.relationships = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for relationships: {e}")
                    });
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for type_: {e}")
                    });
                self
            }
        }

        impl ::std::convert::TryFrom<QuoteWrite> for super::QuoteWrite {
            type Error = super::error::ConversionError;
            fn try_from(
                value: QuoteWrite,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    attributes: value.attributes?,
                    id: value.id?,
                    relationships: value.relationships?,
                    type_: value.type_?,
                })
            }
        }

        impl ::std::convert::From<super::QuoteWrite> for QuoteWrite {
            fn from(value: super::QuoteWrite) -> Self {
                Self {
                    attributes: Ok(value.attributes),
                    id: Ok(value.id),
                    relationships: Ok(value.relationships),
                    type_: Ok(value.type_),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct QuoteWriteAttributes {
            custom: ::std::result::Result<
                ::std::option::Option<crate::CustomFields>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<crate::Text>,
                ::std::string::String,
            >,
            status: ::std::result::Result<
                ::std::option::Option<crate::Text>,
                ::std::string::String,
            >,
            total: ::std::result::Result<
                ::std::option::Option<crate::Amount>,
                ::std::string::String,
            >,
        }

        impl ::std::default::Default for QuoteWriteAttributes {
            fn default() -> Self {
                Self {
                    custom: Ok(Default::default()),
                    name: Ok(Default::default()),
                    status: Ok(Default::default()),
                    total: Ok(Default::default()),
                }
            }
        }

        impl QuoteWriteAttributes {
            pub fn custom<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::CustomFields>>,
                T::Error: ::std::fmt::Display,
            {
                self.custom = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for custom: {e}")
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::Text>>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::Text>>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
            pub fn total<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::Amount>>,
                T::Error: ::std::fmt::Display,
            {
                self.total = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for total: {e}")
                    });
                self
            }
        }

        impl ::std::convert::TryFrom<QuoteWriteAttributes>
        for super::QuoteWriteAttributes {
            type Error = super::error::ConversionError;
            fn try_from(
                value: QuoteWriteAttributes,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    custom: value.custom?,
                    name: value.name?,
                    status: value.status?,
                    total: value.total?,
                })
            }
        }

        impl ::std::convert::From<super::QuoteWriteAttributes> for QuoteWriteAttributes {
            fn from(value: super::QuoteWriteAttributes) -> Self {
                Self {
                    custom: Ok(value.custom),
                    name: Ok(value.name),
                    status: Ok(value.status),
                    total: Ok(value.total),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct QuoteWriteDocument {
            data: ::std::result::Result<super::QuoteWrite, ::std::string::String>,
        }

        impl ::std::default::Default for QuoteWriteDocument {
            fn default() -> Self {
                Self {
                    data: Err("no value supplied for data".to_string()),
                }
            }
        }

        impl QuoteWriteDocument {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::QuoteWrite>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
        }

        impl ::std::convert::TryFrom<QuoteWriteDocument> for super::QuoteWriteDocument {
            type Error = super::error::ConversionError;
            fn try_from(
                value: QuoteWriteDocument,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { data: value.data? })
            }
        }

        impl ::std::convert::From<super::QuoteWriteDocument> for QuoteWriteDocument {
            fn from(value: super::QuoteWriteDocument) -> Self {
                Self { data: Ok(value.data) }
            }
        }

        #[derive(Clone, Debug)]
        pub struct Relationship {
            data: ::std::result::Result<
                ::std::option::Option<super::RelationshipData>,
                ::std::string::String,
            >,
        }

        impl ::std::default::Default for Relationship {
            fn default() -> Self {
                Self {
                    data: Ok(Default::default()),
                }
            }
        }

        impl Relationship {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::RelationshipData>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
        }

        impl ::std::convert::TryFrom<Relationship> for super::Relationship {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Relationship,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { data: value.data? })
            }
        }

        impl ::std::convert::From<super::Relationship> for Relationship {
            fn from(value: super::Relationship) -> Self {
                Self { data: Ok(value.data) }
            }
        }

        #[derive(Clone, Debug)]
        pub struct Reminder {
            attributes: ::std::result::Result<
                ::std::option::Option<super::ReminderAttributes>,
                ::std::string::String,
            >,
            id: ::std::result::Result<crate::ResourceId, ::std::string::String>,
            relationships: ::std::result::Result<
                ::std::option::Option<super::Relationships>,
                ::std::string::String,
            >,
            type_: ::std::result::Result<::std::string::String, ::std::string::String>,
        }

        impl ::std::default::Default for Reminder {
            fn default() -> Self {
                Self {
                    attributes: Ok(Default::default()),
                    id: Err("no value supplied for id".to_string()),
                    relationships: Ok(Default::default()),
                    type_: Err("no value supplied for type_".to_string()),
                }
            }
        }

        impl Reminder {
            pub fn attributes<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::ReminderAttributes>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.attributes = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for attributes: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::ResourceId>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn relationships<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Relationships>>,
                T::Error: ::std::fmt::Display,
            {
                self.relationships = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for relationships: {e}")
                    });
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for type_: {e}")
                    });
                self
            }
        }

        impl ::std::convert::TryFrom<Reminder> for super::Reminder {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Reminder,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    attributes: value.attributes?,
                    id: value.id?,
                    relationships: value.relationships?,
                    type_: value.type_?,
                })
            }
        }

        impl ::std::convert::From<super::Reminder> for Reminder {
            fn from(value: super::Reminder) -> Self {
                Self {
                    attributes: Ok(value.attributes),
                    id: Ok(value.id),
                    relationships: Ok(value.relationships),
                    type_: Ok(value.type_),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct ReminderAttributes {
            created_at: ::std::result::Result<
                ::std::option::Option<crate::Timestamp>,
                ::std::string::String,
            >,
            custom: ::std::result::Result<
                ::std::option::Option<crate::CustomFields>,
                ::std::string::String,
            >,
            description: ::std::result::Result<
                ::std::option::Option<crate::Text>,
                ::std::string::String,
            >,
            due_at: ::std::result::Result<
                ::std::option::Option<crate::Timestamp>,
                ::std::string::String,
            >,
            status: ::std::result::Result<
                ::std::option::Option<crate::Text>,
                ::std::string::String,
            >,
            updated_at: ::std::result::Result<
                ::std::option::Option<crate::Timestamp>,
                ::std::string::String,
            >,
        }

        impl ::std::default::Default for ReminderAttributes {
            fn default() -> Self {
                Self {
                    created_at: Ok(Default::default()),
                    custom: Ok(Default::default()),
                    description: Ok(Default::default()),
                    due_at: Ok(Default::default()),
                    status: Ok(Default::default()),
                    updated_at: Ok(Default::default()),
                }
            }
        }

        impl ReminderAttributes {
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::Timestamp>>,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created_at: {e}")
                    });
                self
            }
            pub fn custom<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::CustomFields>>,
                T::Error: ::std::fmt::Display,
            {
                self.custom = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for custom: {e}")
                    });
                self
            }
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::Text>>,
                T::Error: ::std::fmt::Display,
            {
                self.description = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for description: {e}")
                    });
                self
            }
            pub fn due_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::Timestamp>>,
                T::Error: ::std::fmt::Display,
            {
                self.due_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for due_at: {e}")
                    });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::Text>>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
            pub fn updated_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::Timestamp>>,
                T::Error: ::std::fmt::Display,
            {
                self.updated_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for updated_at: {e}")
                    });
                self
            }
        }

        impl ::std::convert::TryFrom<ReminderAttributes> for super::ReminderAttributes {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ReminderAttributes,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    created_at: value.created_at?,
                    custom: value.custom?,
                    description: value.description?,
                    due_at: value.due_at?,
                    status: value.status?,
                    updated_at: value.updated_at?,
                })
            }
        }

        impl ::std::convert::From<super::ReminderAttributes> for ReminderAttributes {
            fn from(value: super::ReminderAttributes) -> Self {
                Self {
                    created_at: Ok(value.created_at),
                    custom: Ok(value.custom),
                    description: Ok(value.description),
                    due_at: Ok(value.due_at),
                    status: Ok(value.status),
                    updated_at: Ok(value.updated_at),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct ReminderWrite {
            attributes: ::std::result::Result<
                ::std::option::Option<super::ReminderWriteAttributes>,
                ::std::string::String,
            >,
            id: ::std::result::Result<
                ::std::option::Option<crate::ResourceId>,
                ::std::string::String,
            >,
            relationships: ::std::result::Result<
                ::std::option::Option<super::Relationships>,
                ::std::string::String,
            >,
            type_: ::std::result::Result<::std::string::String, ::std::string::String>,
        }

        impl ::std::default::Default for ReminderWrite {
            fn default() -> Self {
                Self {
                    attributes: Ok(Default::default()),
                    id: Ok(Default::default()),
                    relationships: Ok(Default::default()),
                    type_: Err("no value supplied for type_".to_string()),
                }
            }
        }

        impl ReminderWrite {
            pub fn attributes<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::ReminderWriteAttributes>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.attributes = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for attributes: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::ResourceId>>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn relationships<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Relationships>>,
                T::Error: ::std::fmt::Display,
            {
                self.relationships = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for relationships: {e}")
                    });
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for type_: {e}")
                    });
                self
            }
        }

        impl ::std::convert::TryFrom<ReminderWrite> for super::ReminderWrite {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ReminderWrite,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    attributes: value.attributes?,
                    id: value.id?,
                    relationships: value.relationships?,
                    type_: value.type_?,
                })
            }
        }

        impl ::std::convert::From<super::ReminderWrite> for ReminderWrite {
            fn from(value: super::ReminderWrite) -> Self {
                Self {
                    attributes: Ok(value.attributes),
                    id: Ok(value.id),
                    relationships: Ok(value.relationships),
                    type_: Ok(value.type_),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct ReminderWriteAttributes {
            custom: ::std::result::Result<
                ::std::option::Option<crate::CustomFields>,
                ::std::string::String,
            >,
            description: ::std::result::Result<
                ::std::option::Option<crate::Text>,
                ::std::string::String,
            >,
            due_at: ::std::result::Result<
                ::std::option::Option<crate::Timestamp>,
                ::std::string::String,
            >,
            status: ::std::result::Result<
                ::std::option::Option<crate::Text>,
                ::std::string::String,
            >,
        }

        impl ::std::default::Default for ReminderWriteAttributes {
            fn default() -> Self {
                Self {
                    custom: Ok(Default::default()),
                    description: Ok(Default::default()),
                    due_at: Ok(Default::default()),
                    status: Ok(Default::default()),
                }
            }
        }

        impl ReminderWriteAttributes {
            pub fn custom<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::CustomFields>>,
                T::Error: ::std::fmt::Display,
            {
                self.custom = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for custom: {e}")
                    });
                self
            }
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::Text>>,
                T::Error: ::std::fmt::Display,
            {
                self.description = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for description: {e}")
                    });
                self
            }
            pub fn due_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::Timestamp>>,
                T::Error: ::std::fmt::Display,
            {
                self.due_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for due_at: {e}")
                    });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::Text>>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
        }

        impl ::std::convert::TryFrom<ReminderWriteAttributes>
        for super::ReminderWriteAttributes {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ReminderWriteAttributes,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    custom: value.custom?,
                    description: value.description?,
                    due_at: value.due_at?,
                    status: value.status?,
                })
            }
        }

        impl ::std::convert::From<super::ReminderWriteAttributes>
        for ReminderWriteAttributes {
            fn from(value: super::ReminderWriteAttributes) -> Self {
                Self {
                    custom: Ok(value.custom),
                    description: Ok(value.description),
                    due_at: Ok(value.due_at),
                    status: Ok(value.status),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct ReminderWriteDocument {
            data: ::std::result::Result<super::ReminderWrite, ::std::string::String>,
        }

        impl ::std::default::Default for ReminderWriteDocument {
            fn default() -> Self {
                Self {
                    data: Err("no value supplied for data".to_string()),
                }
            }
        }

        impl ReminderWriteDocument {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ReminderWrite>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
        }

        impl ::std::convert::TryFrom<ReminderWriteDocument>
        for super::ReminderWriteDocument {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ReminderWriteDocument,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { data: value.data? })
            }
        }

        impl ::std::convert::From<super::ReminderWriteDocument>
        for ReminderWriteDocument {
            fn from(value: super::ReminderWriteDocument) -> Self {
                Self { data: Ok(value.data) }
            }
        }

        #[derive(Clone, Debug)]
        pub struct ResourceIdentifier {
            id: ::std::result::Result<crate::ResourceId, ::std::string::String>,
            type_: ::std::result::Result<::std::string::String, ::std::string::String>,
        }

        impl ::std::default::Default for ResourceIdentifier {
            fn default() -> Self {
                Self {
                    id: Err("no value supplied for id".to_string()),
                    type_: Err("no value supplied for type_".to_string()),
                }
            }
        }

        impl ResourceIdentifier {
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::ResourceId>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for type_: {e}")
                    });
                self
            }
        }

        impl ::std::convert::TryFrom<ResourceIdentifier> for super::ResourceIdentifier {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ResourceIdentifier,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    id: value.id?,
                    type_: value.type_?,
                })
            }
        }

        impl ::std::convert::From<super::ResourceIdentifier> for ResourceIdentifier {
            fn from(value: super::ResourceIdentifier) -> Self {
                Self {
                    id: Ok(value.id),
                    type_: Ok(value.type_),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct User {
            attributes: ::std::result::Result<
                ::std::option::Option<super::UserAttributes>,
                ::std::string::String,
            >,
            id: ::std::result::Result<crate::ResourceId, ::std::string::String>,
            relationships: ::std::result::Result<
                ::std::option::Option<super::Relationships>,
                ::std::string::String,
            >,
            type_: ::std::result::Result<::std::string::String, ::std::string::String>,
        }

        impl ::std::default::Default for User {
            fn default() -> Self {
                Self {
                    attributes: Ok(Default::default()),
                    id: Err("no value supplied for id".to_string()),
                    relationships: Ok(Default::default()),
                    type_: Err("no value supplied for type_".to_string()),
                }
            }
        }

        impl User {
            pub fn attributes<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::UserAttributes>>,
                T::Error: ::std::fmt::Display,
            {
                self.attributes = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for attributes: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::ResourceId>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn relationships<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Relationships>>,
                T::Error: ::std::fmt::Display,
            {
                self.relationships = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for relationships: {e}")
                    });
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for type_: {e}")
                    });
                self
            }
        }

        impl ::std::convert::TryFrom<User> for super::User {
            type Error = super::error::ConversionError;
            fn try_from(
                value: User,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    attributes: value.attributes?,
                    id: value.id?,
                    relationships: value.relationships?,
                    type_: value.type_?,
                })
            }
        }

        impl ::std::convert::From<super::User> for User {
            fn from(value: super::User) -> Self {
                Self {
                    attributes: Ok(value.attributes),
                    id: Ok(value.id),
                    relationships: Ok(value.relationships),
                    type_: Ok(value.type_),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct UserAttributes {
            custom: ::std::result::Result<
                ::std::option::Option<crate::CustomFields>,
                ::std::string::String,
            >,
            email: ::std::result::Result<
                ::std::option::Option<crate::Text>,
                ::std::string::String,
            >,
            first_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            last_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }

        impl ::std::default::Default for UserAttributes {
            fn default() -> Self {
                Self {
                    custom: Ok(Default::default()),
                    email: Ok(Default::default()),
                    first_name: Ok(Default::default()),
                    last_name: Ok(Default::default()),
                }
            }
        }

        impl UserAttributes {
            pub fn custom<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::CustomFields>>,
                T::Error: ::std::fmt::Display,
            {
                self.custom = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for custom: {e}")
                    });
                self
            }
            pub fn email<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::Text>>,
                T::Error: ::std::fmt::Display,
            {
                self.email = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for email: {e}")
                    });
                self
            }
            pub fn first_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.first_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for first_name: {e}")
                    });
                self
            }
            pub fn last_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.last_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for last_name: {e}")
                    });
                self
            }
        }

        impl ::std::convert::TryFrom<UserAttributes> for super::UserAttributes {
            type Error = super::error::ConversionError;
            fn try_from(
                value: UserAttributes,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    custom: value.custom?,
                    email: value.email?,
                    first_name: value.first_name?,
                    last_name: value.last_name?,
                })
            }
        }

        impl ::std::convert::From<super::UserAttributes> for UserAttributes {
            fn from(value: super::UserAttributes) -> Self {
                Self {
                    custom: Ok(value.custom),
                    email: Ok(value.email),
                    first_name: Ok(value.first_name),
                    last_name: Ok(value.last_name),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct UserWrite {
            attributes: ::std::result::Result<
                ::std::option::Option<super::UserWriteAttributes>,
                ::std::string::String,
            >,
            id: ::std::result::Result<
                ::std::option::Option<crate::ResourceId>,
                ::std::string::String,
            >,
            relationships: ::std::result::Result<
                ::std::option::Option<super::Relationships>,
                ::std::string::String,
            >,
            type_: ::std::result::Result<::std::string::String, ::std::string::String>,
        }

        impl ::std::default::Default for UserWrite {
            fn default() -> Self {
                Self {
                    attributes: Ok(Default::default()),
                    id: Ok(Default::default()),
                    relationships: Ok(Default::default()),
                    type_: Err("no value supplied for type_".to_string()),
                }
            }
        }

        impl UserWrite {
            pub fn attributes<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::UserWriteAttributes>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.attributes = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for attributes: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::ResourceId>>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn relationships<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Relationships>>,
                T::Error: ::std::fmt::Display,
            {
                self.relationships = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for relationships: {e}")
                    });
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for type_: {e}")
                    });
                self
            }
        }

        impl ::std::convert::TryFrom<UserWrite> for super::UserWrite {
            type Error = super::error::ConversionError;
            fn try_from(
                value: UserWrite,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    attributes: value.attributes?,
                    id: value.id?,
                    relationships: value.relationships?,
                    type_: value.type_?,
                })
            }
        }

        impl ::std::convert::From<super::UserWrite> for UserWrite {
            fn from(value: super::UserWrite) -> Self {
                Self {
                    attributes: Ok(value.attributes),
                    id: Ok(value.id),
                    relationships: Ok(value.relationships),
                    type_: Ok(value.type_),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct UserWriteAttributes {
            custom: ::std::result::Result<
                ::std::option::Option<crate::CustomFields>,
                ::std::string::String,
            >,
            email: ::std::result::Result<
                ::std::option::Option<crate::Text>,
                ::std::string::String,
            >,
            first_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            last_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }

        impl ::std::default::Default for UserWriteAttributes {
            fn default() -> Self {
                Self {
                    custom: Ok(Default::default()),
                    email: Ok(Default::default()),
                    first_name: Ok(Default::default()),
                    last_name: Ok(Default::default()),
                }
            }
        }

        impl UserWriteAttributes {
            pub fn custom<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::CustomFields>>,
                T::Error: ::std::fmt::Display,
            {
                self.custom = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for custom: {e}")
                    });
                self
            }
            pub fn email<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::Text>>,
                T::Error: ::std::fmt::Display,
            {
                self.email = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for email: {e}")
                    });
                self
            }
            pub fn first_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.first_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for first_name: {e}")
                    });
                self
            }
            pub fn last_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.last_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for last_name: {e}")
                    });
                self
            }
        }

        impl ::std::convert::TryFrom<UserWriteAttributes>
        for super::UserWriteAttributes {
            type Error = super::error::ConversionError;
            fn try_from(
                value: UserWriteAttributes,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    custom: value.custom?,
                    email: value.email?,
                    first_name: value.first_name?,
                    last_name: value.last_name?,
                })
            }
        }

        impl ::std::convert::From<super::UserWriteAttributes> for UserWriteAttributes {
            fn from(value: super::UserWriteAttributes) -> Self {
                Self {
                    custom: Ok(value.custom),
                    email: Ok(value.email),
                    first_name: Ok(value.first_name),
                    last_name: Ok(value.last_name),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct UserWriteDocument {
            data: ::std::result::Result<super::UserWrite, ::std::string::String>,
        }

        impl ::std::default::Default for UserWriteDocument {
            fn default() -> Self {
                Self {
                    data: Err("no value supplied for data".to_string()),
                }
            }
        }

        impl UserWriteDocument {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::UserWrite>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
        }

        impl ::std::convert::TryFrom<UserWriteDocument> for super::UserWriteDocument {
            type Error = super::error::ConversionError;
            fn try_from(
                value: UserWriteDocument,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { data: value.data? })
            }
        }

        impl ::std::convert::From<super::UserWriteDocument> for UserWriteDocument {
            fn from(value: super::UserWriteDocument) -> Self {
                Self { data: Ok(value.data) }
            }
        }
    }

    /// Error types.
    pub mod error {
        /// Error from a `TryFrom` or `FromStr` implementation.
        pub struct ConversionError(::std::borrow::Cow<'static, str>);
        impl ::std::error::Error for ConversionError {}
        impl ::std::fmt::Display for ConversionError {
            fn fmt(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> Result<(), ::std::fmt::Error> {
                ::std::fmt::Display::fmt(&self.0, f)
            }
        }

        impl ::std::fmt::Debug for ConversionError {
            fn fmt(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> Result<(), ::std::fmt::Error> {
                ::std::fmt::Debug::fmt(&self.0, f)
            }
        }

        impl From<&'static str> for ConversionError {
            fn from(value: &'static str) -> Self {
                Self(value.into())
            }
        }

        impl From<String> for ConversionError {
            fn from(value: String) -> Self {
                Self(value.into())
            }
        }
    }

    pub use crate::document::{
        Document, ListDocument, Links, Pagination, ListMeta, IncludedResource,
        ErrorDocument, ErrorObject, ErrorSource,
    };
    ///A single-company document.
    ///
    /// The JSON:API envelope is spiro-api's own, for every record type alike: [`Document`]`<`[`Company`]`>`.
    pub type CompanyDocument = Document<Company>;
    ///One page of companies.
    ///
    /// The JSON:API envelope is spiro-api's own, for every record type alike: [`ListDocument`]`<`[`Company`]`>`.
    pub type CompanyListDocument = ListDocument<Company>;
    ///A single-contact document.
    ///
    /// The JSON:API envelope is spiro-api's own, for every record type alike: [`Document`]`<`[`Contact`]`>`.
    pub type ContactDocument = Document<Contact>;
    ///One page of contacts.
    ///
    /// The JSON:API envelope is spiro-api's own, for every record type alike: [`ListDocument`]`<`[`Contact`]`>`.
    pub type ContactListDocument = ListDocument<Contact>;
    ///A single-opportunity document.
    ///
    /// The JSON:API envelope is spiro-api's own, for every record type alike: [`Document`]`<`[`Opportunity`]`>`.
    pub type OpportunityDocument = Document<Opportunity>;
    ///One page of opportunities.
    ///
    /// The JSON:API envelope is spiro-api's own, for every record type alike: [`ListDocument`]`<`[`Opportunity`]`>`.
    pub type OpportunityListDocument = ListDocument<Opportunity>;
    ///A single-pipeline document.
    ///
    /// The JSON:API envelope is spiro-api's own, for every record type alike: [`Document`]`<`[`Pipeline`]`>`.
    pub type PipelineDocument = Document<Pipeline>;
    ///One page of pipelines.
    ///
    /// The JSON:API envelope is spiro-api's own, for every record type alike: [`ListDocument`]`<`[`Pipeline`]`>`.
    pub type PipelineListDocument = ListDocument<Pipeline>;
    ///One page of opportunity stages.
    ///
    /// The JSON:API envelope is spiro-api's own, for every record type alike: [`ListDocument`]`<`[`OpportunityStage`]`>`.
    pub type OpportunityStageListDocument = ListDocument<OpportunityStage>;
    ///A single-user document.
    ///
    /// The JSON:API envelope is spiro-api's own, for every record type alike: [`Document`]`<`[`User`]`>`.
    pub type UserDocument = Document<User>;
    ///One page of users.
    ///
    /// The JSON:API envelope is spiro-api's own, for every record type alike: [`ListDocument`]`<`[`User`]`>`.
    pub type UserListDocument = ListDocument<User>;
    ///A single-reminder document.
    ///
    /// The JSON:API envelope is spiro-api's own, for every record type alike: [`Document`]`<`[`Reminder`]`>`.
    pub type ReminderDocument = Document<Reminder>;
    ///One page of reminders.
    ///
    /// The JSON:API envelope is spiro-api's own, for every record type alike: [`ListDocument`]`<`[`Reminder`]`>`.
    pub type ReminderListDocument = ListDocument<Reminder>;
    ///A single-activity document.
    ///
    /// The JSON:API envelope is spiro-api's own, for every record type alike: [`Document`]`<`[`Activity`]`>`.
    pub type ActivityDocument = Document<Activity>;
    ///One page of activities.
    ///
    /// The JSON:API envelope is spiro-api's own, for every record type alike: [`ListDocument`]`<`[`Activity`]`>`.
    pub type ActivityListDocument = ListDocument<Activity>;
    ///A single-campaign document.
    ///
    /// The JSON:API envelope is spiro-api's own, for every record type alike: [`Document`]`<`[`Campaign`]`>`.
    pub type CampaignDocument = Document<Campaign>;
    ///One page of campaigns.
    ///
    /// The JSON:API envelope is spiro-api's own, for every record type alike: [`ListDocument`]`<`[`Campaign`]`>`.
    pub type CampaignListDocument = ListDocument<Campaign>;
    ///A single-quote document.
    ///
    /// The JSON:API envelope is spiro-api's own, for every record type alike: [`Document`]`<`[`Quote`]`>`.
    pub type QuoteDocument = Document<Quote>;
    ///One page of quotes.
    ///
    /// The JSON:API envelope is spiro-api's own, for every record type alike: [`ListDocument`]`<`[`Quote`]`>`.
    pub type QuoteListDocument = ListDocument<Quote>;
    ///A single-quote product document.
    ///
    /// The JSON:API envelope is spiro-api's own, for every record type alike: [`Document`]`<`[`QuoteProduct`]`>`.
    pub type QuoteProductDocument = Document<QuoteProduct>;
    ///One page of quote products.
    ///
    /// The JSON:API envelope is spiro-api's own, for every record type alike: [`ListDocument`]`<`[`QuoteProduct`]`>`.
    pub type QuoteProductListDocument = ListDocument<QuoteProduct>;
    ///A single-custom entity record document.
    ///
    /// The JSON:API envelope is spiro-api's own, for every record type alike: [`Document`]`<`[`CustomObject`]`>`.
    pub type CustomObjectDocument = Document<CustomObject>;
    ///One page of custom objects.
    ///
    /// The JSON:API envelope is spiro-api's own, for every record type alike: [`ListDocument`]`<`[`CustomObject`]`>`.
    pub type CustomObjectListDocument = ListDocument<CustomObject>;
}

#[derive(Clone, Debug)]
/**Client for Spiro CRM API

The Spiro CRM resource API (https://spiro.ai), reconstructed from public evidence: the official reference is not published. The sources are listed, with links and what each shows, in `spec/EVIDENCE.md` beside this file.

Every operation carries `x-spiro-evidence` with a level and the ids of its sources:

- `live`: used by caller code that was checked against the live API (or, for an operation, seen answering 2xx in a capture of Spiro's answers);
- `observed`: a field seen in captured responses of Spiro's (`cargo xtask learn`), with the counts of what was seen under `seen`;
- `call`: issued by caller code, not shown to have been checked;
- `doc`: promised, for this path, by Spiro's support pages;
- `inferred`: our inference from the product's data model, Spiro's generic statements and JSON:API conventions.

A parameter, a schema property or a relationship carries its own `x-spiro-evidence` where its level differs from the operation's (or, for properties, wherever it is known); without one it has the level of its operation.

Bodies are JSON:API-style documents sent and received as `application/json`. Every request carries `Authorization: Bearer <token>` and `X-Api-Version: 1`.

Version: 1*/
pub struct Client {
    pub(crate) baseurl: String,
    pub(crate) client: reqwest::Client,
    pub(crate) inner: crate::ClientState,
}

impl Client {
    /// Construct a new client with an existing `reqwest::Client`,
    /// allowing more control over its configuration.
    ///
    /// `baseurl` is the base URL provided to the internal
    /// `reqwest::Client`, and should include a scheme and hostname,
    /// as well as port and a path stem if applicable.
    pub(crate) fn new_with_client(
        baseurl: &str,
        client: reqwest::Client,
        inner: crate::ClientState,
    ) -> Self {
        Self {
            baseurl: baseurl.to_string(),
            client,
            inner,
        }
    }
}

#[doc(hidden)]
impl ClientInfo<crate::ClientState> for Client {
    fn api_version() -> &'static str {
        "1"
    }

    fn baseurl(&self) -> &str {
        self.baseurl.as_str()
    }

    fn client(&self) -> &reqwest::Client {
        &self.client
    }

    fn inner(&self) -> &crate::ClientState {
        &self.inner
    }
}

const _: () = {
    #[allow(dead_code)]
    fn assert_client_hooks()
    where
        Client: ClientHooks<crate::ClientState>,
    {}
};
impl Client {
    /**List companies

Paginated with page[number]/page[size]; the post-OAuth smoke test.

Sends a `GET` request to `/companies`

Arguments:
- `filter_name_cont`: Only companies whose name contains this text.
- `filter_updated_at_gte`: Only records updated at or after this ISO 8601 date or date-time, e.g. `2026-01-01` or `2026-01-01T00:00:00Z`. Y2 sends it; whether Spiro honours it is not shown.
- `filter_website_cont`: Only companies whose website contains this text.
- `include`: Comma-separated relationships to return in `included`, from: `user`.
- `page_number`: Page number, starting at 1. Sent percent-encoded (`page%5Bnumber%5D`). Seen live on companies, contacts and opportunities (P4, P5, P7, P13); elsewhere it has the level of its operation.
- `page_size`: Records per page, at least 1; 100 works live, the maximum is not known (spiro-mock caps it at its `max_page_size`). Seen live on companies, contacts and opportunities (P4, P5, P13); elsewhere it has the level of its operation.
- `per_page`: Records per page as Y1 sends it (`per_page=5/10/25`); whether Spiro honours it is not shown. Where both are sent, `page[size]` wins.
```ignore
let response = client.list_companies()
    .filter_name_cont(filter_name_cont)
    .filter_updated_at_gte(filter_updated_at_gte)
    .filter_website_cont(filter_website_cont)
    .include(include)
    .page_number(page_number)
    .page_size(page_size)
    .per_page(per_page)
    .send()
    .await;
```*/
    pub fn list_companies(&self) -> builder::ListCompanies<'_> {
        builder::ListCompanies::new(self)
    }

    /**Create a company

Create. S2 says in one generic sentence that the API can retrieve, create, update or delete data with GET, POST, PUT and DELETE; it names no path, so this operation is inferred. Body shape inferred from the observed PUT.

Sends a `POST` request to `/companies`

```no_run
# async fn run(client: &spiro_api::Client) -> spiro_api::Result<()> {
use spiro_api::{Id, types};
let created = client
    .create_company()
    .attributes(types::CompanyWriteAttributes {
        address: Some("new address".into()),
        ..Default::default()
    })
    .user(Id::<types::User>::new("1001"))
    .send()
    .await?;
println!("{}", created.data.id);
# Ok(()) }
```*/
    pub fn create_company(&self) -> builder::CreateCompany<'_> {
        builder::CreateCompany::new(self)
    }

    /**Read one company

Read one company.

Sends a `GET` request to `/companies/{id}`

Arguments:
- `id`: Record id (numeric in every id seen, e.g. `3609460`).
- `include`: Comma-separated relationships to return in `included`, from: `user`.
```ignore
let response = client.get_company()
    .id(id)
    .include(include)
    .send()
    .await;
```*/
    pub fn get_company(&self) -> builder::GetCompany<'_> {
        builder::GetCompany::new(self)
    }

    /**Update a company

Update. S2 says in one generic sentence that the API can retrieve, create, update or delete data with GET, POST, PUT and DELETE; it names no path, so this operation is inferred. Partial-update semantics inferred, as for PUT /opportunities/{id}.

Sends a `PUT` request to `/companies/{id}`

Arguments:
- `id`: Record id (numeric in every id seen, e.g. `3609460`).
- `body`
```no_run
# async fn run(client: &spiro_api::Client) -> spiro_api::Result<()> {
use spiro_api::{Id, types};
let updated = client
    .update_company()
    .id("3609460")
    .attributes(types::CompanyWriteAttributes {
        address: Some("new address".into()),
        ..Default::default()
    })
    .user(Id::<types::User>::new("1001"))
    .send()
    .await?;
println!("{}", updated.data.id);
# Ok(()) }
```*/
    pub fn update_company(&self) -> builder::UpdateCompany<'_> {
        builder::UpdateCompany::new(self)
    }

    /**Delete a company

Delete. S2 says in one generic sentence that the API can retrieve, create, update or delete data with GET, POST, PUT and DELETE; it names no path, so this operation is inferred.

Sends a `DELETE` request to `/companies/{id}`

Arguments:
- `id`: Record id (numeric in every id seen, e.g. `3609460`).
```ignore
let response = client.delete_company()
    .id(id)
    .send()
    .await;
```*/
    pub fn delete_company(&self) -> builder::DeleteCompany<'_> {
        builder::DeleteCompany::new(self)
    }

    /**List contacts

Paginated; contacts carry a `company` relationship.

Sends a `GET` request to `/contacts`

Arguments:
- `filter_updated_at_gte`: Only records updated at or after this ISO 8601 date or date-time, e.g. `2026-01-01` or `2026-01-01T00:00:00Z`. Y2 sends it; whether Spiro honours it is not shown.
- `include`: Comma-separated relationships to return in `included`, from: `company`, `user`.
- `page_number`: Page number, starting at 1. Sent percent-encoded (`page%5Bnumber%5D`). Seen live on companies, contacts and opportunities (P4, P5, P7, P13); elsewhere it has the level of its operation.
- `page_size`: Records per page, at least 1; 100 works live, the maximum is not known (spiro-mock caps it at its `max_page_size`). Seen live on companies, contacts and opportunities (P4, P5, P13); elsewhere it has the level of its operation.
```ignore
let response = client.list_contacts()
    .filter_updated_at_gte(filter_updated_at_gte)
    .include(include)
    .page_number(page_number)
    .page_size(page_size)
    .send()
    .await;
```*/
    pub fn list_contacts(&self) -> builder::ListContacts<'_> {
        builder::ListContacts::new(self)
    }

    /**Create a contact

Create. S2 says in one generic sentence that the API can retrieve, create, update or delete data with GET, POST, PUT and DELETE; it names no path, so this operation is inferred. Body shape inferred from the observed PUT.

Sends a `POST` request to `/contacts`

```no_run
# async fn run(client: &spiro_api::Client) -> spiro_api::Result<()> {
use spiro_api::{Id, types};
let created = client
    .create_contact()
    .attributes(types::ContactWriteAttributes {
        description: Some("new description".into()),
        ..Default::default()
    })
    .company(Id::<types::Company>::new("1001"))
    .user(Id::<types::User>::new("1002"))
    .send()
    .await?;
println!("{}", created.data.id);
# Ok(()) }
```*/
    pub fn create_contact(&self) -> builder::CreateContact<'_> {
        builder::CreateContact::new(self)
    }

    /**Read one contact

Read one contact.

Sends a `GET` request to `/contacts/{id}`

Arguments:
- `id`: Record id (numeric in every id seen, e.g. `3609460`).
- `include`: Comma-separated relationships to return in `included`, from: `company`, `user`.
```ignore
let response = client.get_contact()
    .id(id)
    .include(include)
    .send()
    .await;
```*/
    pub fn get_contact(&self) -> builder::GetContact<'_> {
        builder::GetContact::new(self)
    }

    /**Update a contact

Update. S2 says in one generic sentence that the API can retrieve, create, update or delete data with GET, POST, PUT and DELETE; it names no path, so this operation is inferred. Partial-update semantics inferred, as for PUT /opportunities/{id}.

Sends a `PUT` request to `/contacts/{id}`

Arguments:
- `id`: Record id (numeric in every id seen, e.g. `3609460`).
- `body`
```no_run
# async fn run(client: &spiro_api::Client) -> spiro_api::Result<()> {
use spiro_api::{Id, types};
let updated = client
    .update_contact()
    .id("3609460")
    .attributes(types::ContactWriteAttributes {
        description: Some("new description".into()),
        ..Default::default()
    })
    .company(Id::<types::Company>::new("1001"))
    .user(Id::<types::User>::new("1002"))
    .send()
    .await?;
println!("{}", updated.data.id);
# Ok(()) }
```*/
    pub fn update_contact(&self) -> builder::UpdateContact<'_> {
        builder::UpdateContact::new(self)
    }

    /**Delete a contact

Delete. S2 says in one generic sentence that the API can retrieve, create, update or delete data with GET, POST, PUT and DELETE; it names no path, so this operation is inferred.

Sends a `DELETE` request to `/contacts/{id}`

Arguments:
- `id`: Record id (numeric in every id seen, e.g. `3609460`).
```ignore
let response = client.delete_contact()
    .id(id)
    .send()
    .await;
```*/
    pub fn delete_contact(&self) -> builder::DeleteContact<'_> {
        builder::DeleteContact::new(self)
    }

    /**List opportunities

Paginated; `include=user` seen live.

Sends a `GET` request to `/opportunities`

Arguments:
- `filter_company_name_cont`: Only opportunities whose company name contains this text.
- `filter_updated_at_gte`: Only records updated at or after this ISO 8601 date or date-time, e.g. `2026-01-01` or `2026-01-01T00:00:00Z`. Y2 sends it; whether Spiro honours it is not shown.
- `include`: Comma-separated relationships to return in `included`, from: `company`, `user`, `pipeline`, `opportunity_stage`. P4 pages this list without it; `include=user` is seen live only on GET /opportunities/{id}.
- `page_number`: Page number, starting at 1. Sent percent-encoded (`page%5Bnumber%5D`). Seen live on companies, contacts and opportunities (P4, P5, P7, P13); elsewhere it has the level of its operation.
- `page_size`: Records per page, at least 1; 100 works live, the maximum is not known (spiro-mock caps it at its `max_page_size`). Seen live on companies, contacts and opportunities (P4, P5, P13); elsewhere it has the level of its operation.
- `per_page`: Records per page as Y1 sends it (`per_page=5/10/25`); whether Spiro honours it is not shown. Where both are sent, `page[size]` wins.
```ignore
let response = client.list_opportunities()
    .filter_company_name_cont(filter_company_name_cont)
    .filter_updated_at_gte(filter_updated_at_gte)
    .include(include)
    .page_number(page_number)
    .page_size(page_size)
    .per_page(per_page)
    .send()
    .await;
```*/
    pub fn list_opportunities(&self) -> builder::ListOpportunities<'_> {
        builder::ListOpportunities::new(self)
    }

    /**Create a opportunity

Create. S2 says in one generic sentence that the API can retrieve, create, update or delete data with GET, POST, PUT and DELETE; it names no path, so this operation is inferred. Body shape inferred from the observed PUT.

Sends a `POST` request to `/opportunities`

```no_run
# async fn run(client: &spiro_api::Client) -> spiro_api::Result<()> {
use spiro_api::{Id, types};
let created = client
    .create_opportunity()
    .attributes(types::OpportunityWriteAttributes {
        currency: Some("new currency".into()),
        ..Default::default()
    })
    .company(Id::<types::Company>::new("1001"))
    .opportunity_stage(Id::<types::OpportunityStage>::new("1002"))
    .pipeline(Id::<types::Pipeline>::new("1003"))
    .user(Id::<types::User>::new("1004"))
    .send()
    .await?;
println!("{}", created.data.id);
# Ok(()) }
```*/
    pub fn create_opportunity(&self) -> builder::CreateOpportunity<'_> {
        builder::CreateOpportunity::new(self)
    }

    /**Read one opportunity

Read one opportunity; `include=user,company` seen live.

Sends a `GET` request to `/opportunities/{id}`

Arguments:
- `id`: Record id (numeric in every id seen, e.g. `3609460`).
- `include`: Comma-separated relationships to return in `included`, from: `company`, `user` (`user` and `user,company` seen live). `pipeline` and `opportunity_stage` were only probed (P8, P9; the answers are not recorded): callers read stages through the pipeline instead.
```ignore
let response = client.get_opportunity()
    .id(id)
    .include(include)
    .send()
    .await;
```*/
    pub fn get_opportunity(&self) -> builder::GetOpportunity<'_> {
        builder::GetOpportunity::new(self)
    }

    /**Update a opportunity

Seen live (P1, P2): a PUT carrying one `custom` key, checked by reading the record back. That keys not sent are kept (a partial update) is our inference: the callers rely on it but never checked it. The response body was never read; its shape is inferred.

Sends a `PUT` request to `/opportunities/{id}`

Arguments:
- `id`: Record id (numeric in every id seen, e.g. `3609460`).
- `body`
```no_run
# async fn run(client: &spiro_api::Client) -> spiro_api::Result<()> {
use spiro_api::{Id, types};
let updated = client
    .update_opportunity()
    .id("3609460")
    .attributes(types::OpportunityWriteAttributes {
        currency: Some("new currency".into()),
        ..Default::default()
    })
    .company(Id::<types::Company>::new("1001"))
    .opportunity_stage(Id::<types::OpportunityStage>::new("1002"))
    .pipeline(Id::<types::Pipeline>::new("1003"))
    .user(Id::<types::User>::new("1004"))
    .send()
    .await?;
println!("{}", updated.data.id);
# Ok(()) }
```*/
    pub fn update_opportunity(&self) -> builder::UpdateOpportunity<'_> {
        builder::UpdateOpportunity::new(self)
    }

    /**Delete a opportunity

Delete. S2 says in one generic sentence that the API can retrieve, create, update or delete data with GET, POST, PUT and DELETE; it names no path, so this operation is inferred.

Sends a `DELETE` request to `/opportunities/{id}`

Arguments:
- `id`: Record id (numeric in every id seen, e.g. `3609460`).
```ignore
let response = client.delete_opportunity()
    .id(id)
    .send()
    .await;
```*/
    pub fn delete_opportunity(&self) -> builder::DeleteOpportunity<'_> {
        builder::DeleteOpportunity::new(self)
    }

    /**List pipelines

Probed by P8 with no recorded result; the `pipeline` relationship makes the resource likely.

Sends a `GET` request to `/pipelines`

Arguments:
- `page_number`: Page number, starting at 1. Sent percent-encoded (`page%5Bnumber%5D`). Seen live on companies, contacts and opportunities (P4, P5, P7, P13); elsewhere it has the level of its operation.
- `page_size`: Records per page, at least 1; 100 works live, the maximum is not known (spiro-mock caps it at its `max_page_size`). Seen live on companies, contacts and opportunities (P4, P5, P13); elsewhere it has the level of its operation.
```ignore
let response = client.list_pipelines()
    .page_number(page_number)
    .page_size(page_size)
    .send()
    .await;
```*/
    pub fn list_pipelines(&self) -> builder::ListPipelines<'_> {
        builder::ListPipelines::new(self)
    }

    /**Read one pipeline

Probed by P9 with no recorded result.

Sends a `GET` request to `/pipelines/{id}`

Arguments:
- `id`: Record id (numeric in every id seen, e.g. `3609460`).
```ignore
let response = client.get_pipeline()
    .id(id)
    .send()
    .await;
```*/
    pub fn get_pipeline(&self) -> builder::GetPipeline<'_> {
        builder::GetPipeline::new(self)
    }

    /**List the opportunity stages of a pipeline

The stages of one pipeline; used by all final sync code. No query parameters were used live; paging parameters are inferred.

Sends a `GET` request to `/pipelines/{id}/opportunity_stages`

Arguments:
- `id`: Record id (numeric in every id seen, e.g. `3609460`).
- `page_number`: Page number, starting at 1. Sent percent-encoded (`page%5Bnumber%5D`). No caller pages this list (P3, P4, P5 read it whole).
- `page_size`: Records per page, at least 1 (spiro-mock caps it at its `max_page_size`). No caller pages this list (P3, P4, P5 read it whole).
```ignore
let response = client.list_pipeline_opportunity_stages()
    .id(id)
    .page_number(page_number)
    .page_size(page_size)
    .send()
    .await;
```*/
    pub fn list_pipeline_opportunity_stages(
        &self,
    ) -> builder::ListPipelineOpportunityStages<'_> {
        builder::ListPipelineOpportunityStages::new(self)
    }

    /**List users

Users exist in the product (S3); no caller lists them.

Sends a `GET` request to `/users`

Arguments:
- `page_number`: Page number, starting at 1. Sent percent-encoded (`page%5Bnumber%5D`). Seen live on companies, contacts and opportunities (P4, P5, P7, P13); elsewhere it has the level of its operation.
- `page_size`: Records per page, at least 1; 100 works live, the maximum is not known (spiro-mock caps it at its `max_page_size`). Seen live on companies, contacts and opportunities (P4, P5, P13); elsewhere it has the level of its operation.
```ignore
let response = client.list_users()
    .page_number(page_number)
    .page_size(page_size)
    .send()
    .await;
```*/
    pub fn list_users(&self) -> builder::ListUsers<'_> {
        builder::ListUsers::new(self)
    }

    /**Read one user

Probed by P9 with no recorded result; users are seen live only through `include=user`.

Sends a `GET` request to `/users/{id}`

Arguments:
- `id`: Record id (numeric in every id seen, e.g. `3609460`).
```ignore
let response = client.get_user()
    .id(id)
    .send()
    .await;
```*/
    pub fn get_user(&self) -> builder::GetUser<'_> {
        builder::GetUser::new(self)
    }

    /**List reminders

Path inferred from the product's data model.

Sends a `GET` request to `/reminders`

Arguments:
- `page_number`: Page number, starting at 1. Sent percent-encoded (`page%5Bnumber%5D`). Seen live on companies, contacts and opportunities (P4, P5, P7, P13); elsewhere it has the level of its operation.
- `page_size`: Records per page, at least 1; 100 works live, the maximum is not known (spiro-mock caps it at its `max_page_size`). Seen live on companies, contacts and opportunities (P4, P5, P13); elsewhere it has the level of its operation.
```ignore
let response = client.list_reminders()
    .page_number(page_number)
    .page_size(page_size)
    .send()
    .await;
```*/
    pub fn list_reminders(&self) -> builder::ListReminders<'_> {
        builder::ListReminders::new(self)
    }

    /**Create a reminder

Create. Path and body inferred.

Sends a `POST` request to `/reminders`

```no_run
# async fn run(client: &spiro_api::Client) -> spiro_api::Result<()> {
use spiro_api::{Id, types};
let created = client
    .create_reminder()
    .attributes(types::ReminderWriteAttributes {
        description: Some("new description".into()),
        ..Default::default()
    })
    .company(Id::<types::Company>::new("1001"))
    .contact(Id::<types::Contact>::new("1002"))
    .opportunity(Id::<types::Opportunity>::new("1003"))
    .user(Id::<types::User>::new("1004"))
    .send()
    .await?;
println!("{}", created.data.id);
# Ok(()) }
```*/
    pub fn create_reminder(&self) -> builder::CreateReminder<'_> {
        builder::CreateReminder::new(self)
    }

    /**Read one reminder

Read one record. Path inferred from JSON:API conventions.

Sends a `GET` request to `/reminders/{id}`

Arguments:
- `id`: Record id (numeric in every id seen, e.g. `3609460`).
```ignore
let response = client.get_reminder()
    .id(id)
    .send()
    .await;
```*/
    pub fn get_reminder(&self) -> builder::GetReminder<'_> {
        builder::GetReminder::new(self)
    }

    /**Update a reminder

Partial update. Path and body inferred.

Sends a `PUT` request to `/reminders/{id}`

Arguments:
- `id`: Record id (numeric in every id seen, e.g. `3609460`).
- `body`
```no_run
# async fn run(client: &spiro_api::Client) -> spiro_api::Result<()> {
use spiro_api::{Id, types};
let updated = client
    .update_reminder()
    .id("3609460")
    .attributes(types::ReminderWriteAttributes {
        description: Some("new description".into()),
        ..Default::default()
    })
    .company(Id::<types::Company>::new("1001"))
    .contact(Id::<types::Contact>::new("1002"))
    .opportunity(Id::<types::Opportunity>::new("1003"))
    .user(Id::<types::User>::new("1004"))
    .send()
    .await?;
println!("{}", updated.data.id);
# Ok(()) }
```*/
    pub fn update_reminder(&self) -> builder::UpdateReminder<'_> {
        builder::UpdateReminder::new(self)
    }

    /**Delete a reminder

Delete. Path inferred.

Sends a `DELETE` request to `/reminders/{id}`

Arguments:
- `id`: Record id (numeric in every id seen, e.g. `3609460`).
```ignore
let response = client.delete_reminder()
    .id(id)
    .send()
    .await;
```*/
    pub fn delete_reminder(&self) -> builder::DeleteReminder<'_> {
        builder::DeleteReminder::new(self)
    }

    /**List activities

Path inferred from the product's data model.

Sends a `GET` request to `/activities`

Arguments:
- `page_number`: Page number, starting at 1. Sent percent-encoded (`page%5Bnumber%5D`). Seen live on companies, contacts and opportunities (P4, P5, P7, P13); elsewhere it has the level of its operation.
- `page_size`: Records per page, at least 1; 100 works live, the maximum is not known (spiro-mock caps it at its `max_page_size`). Seen live on companies, contacts and opportunities (P4, P5, P13); elsewhere it has the level of its operation.
```ignore
let response = client.list_activities()
    .page_number(page_number)
    .page_size(page_size)
    .send()
    .await;
```*/
    pub fn list_activities(&self) -> builder::ListActivities<'_> {
        builder::ListActivities::new(self)
    }

    /**Create a activity

Create. Path and body inferred.

Sends a `POST` request to `/activities`

```no_run
# async fn run(client: &spiro_api::Client) -> spiro_api::Result<()> {
use spiro_api::{Id, types};
let created = client
    .create_activity()
    .attributes(types::ActivityWriteAttributes {
        body: Some("new body".into()),
        ..Default::default()
    })
    .company(Id::<types::Company>::new("1001"))
    .contact(Id::<types::Contact>::new("1002"))
    .opportunity(Id::<types::Opportunity>::new("1003"))
    .user(Id::<types::User>::new("1004"))
    .send()
    .await?;
println!("{}", created.data.id);
# Ok(()) }
```*/
    pub fn create_activity(&self) -> builder::CreateActivity<'_> {
        builder::CreateActivity::new(self)
    }

    /**Read one activity

Read one record. Path inferred from JSON:API conventions.

Sends a `GET` request to `/activities/{id}`

Arguments:
- `id`: Record id (numeric in every id seen, e.g. `3609460`).
```ignore
let response = client.get_activity()
    .id(id)
    .send()
    .await;
```*/
    pub fn get_activity(&self) -> builder::GetActivity<'_> {
        builder::GetActivity::new(self)
    }

    /**Update a activity

Partial update. Path and body inferred.

Sends a `PUT` request to `/activities/{id}`

Arguments:
- `id`: Record id (numeric in every id seen, e.g. `3609460`).
- `body`
```no_run
# async fn run(client: &spiro_api::Client) -> spiro_api::Result<()> {
use spiro_api::{Id, types};
let updated = client
    .update_activity()
    .id("3609460")
    .attributes(types::ActivityWriteAttributes {
        body: Some("new body".into()),
        ..Default::default()
    })
    .company(Id::<types::Company>::new("1001"))
    .contact(Id::<types::Contact>::new("1002"))
    .opportunity(Id::<types::Opportunity>::new("1003"))
    .user(Id::<types::User>::new("1004"))
    .send()
    .await?;
println!("{}", updated.data.id);
# Ok(()) }
```*/
    pub fn update_activity(&self) -> builder::UpdateActivity<'_> {
        builder::UpdateActivity::new(self)
    }

    /**Delete a activity

Delete. Path inferred.

Sends a `DELETE` request to `/activities/{id}`

Arguments:
- `id`: Record id (numeric in every id seen, e.g. `3609460`).
```ignore
let response = client.delete_activity()
    .id(id)
    .send()
    .await;
```*/
    pub fn delete_activity(&self) -> builder::DeleteActivity<'_> {
        builder::DeleteActivity::new(self)
    }

    /**List campaigns

Path inferred from the product's data model.

Sends a `GET` request to `/campaigns`

Arguments:
- `page_number`: Page number, starting at 1. Sent percent-encoded (`page%5Bnumber%5D`). Seen live on companies, contacts and opportunities (P4, P5, P7, P13); elsewhere it has the level of its operation.
- `page_size`: Records per page, at least 1; 100 works live, the maximum is not known (spiro-mock caps it at its `max_page_size`). Seen live on companies, contacts and opportunities (P4, P5, P13); elsewhere it has the level of its operation.
```ignore
let response = client.list_campaigns()
    .page_number(page_number)
    .page_size(page_size)
    .send()
    .await;
```*/
    pub fn list_campaigns(&self) -> builder::ListCampaigns<'_> {
        builder::ListCampaigns::new(self)
    }

    /**Create a campaign

Create. Path and body inferred.

Sends a `POST` request to `/campaigns`

```no_run
# async fn run(client: &spiro_api::Client) -> spiro_api::Result<()> {
use spiro_api::{Id, types};
let created = client
    .create_campaign()
    .attributes(types::CampaignWriteAttributes {
        description: Some("new description".into()),
        ..Default::default()
    })
    .user(Id::<types::User>::new("1001"))
    .send()
    .await?;
println!("{}", created.data.id);
# Ok(()) }
```*/
    pub fn create_campaign(&self) -> builder::CreateCampaign<'_> {
        builder::CreateCampaign::new(self)
    }

    /**Read one campaign

Read one record. Path inferred from JSON:API conventions.

Sends a `GET` request to `/campaigns/{id}`

Arguments:
- `id`: Record id (numeric in every id seen, e.g. `3609460`).
```ignore
let response = client.get_campaign()
    .id(id)
    .send()
    .await;
```*/
    pub fn get_campaign(&self) -> builder::GetCampaign<'_> {
        builder::GetCampaign::new(self)
    }

    /**Update a campaign

Partial update. Path and body inferred.

Sends a `PUT` request to `/campaigns/{id}`

Arguments:
- `id`: Record id (numeric in every id seen, e.g. `3609460`).
- `body`
```no_run
# async fn run(client: &spiro_api::Client) -> spiro_api::Result<()> {
use spiro_api::{Id, types};
let updated = client
    .update_campaign()
    .id("3609460")
    .attributes(types::CampaignWriteAttributes {
        description: Some("new description".into()),
        ..Default::default()
    })
    .user(Id::<types::User>::new("1001"))
    .send()
    .await?;
println!("{}", updated.data.id);
# Ok(()) }
```*/
    pub fn update_campaign(&self) -> builder::UpdateCampaign<'_> {
        builder::UpdateCampaign::new(self)
    }

    /**Delete a campaign

Delete. Path inferred.

Sends a `DELETE` request to `/campaigns/{id}`

Arguments:
- `id`: Record id (numeric in every id seen, e.g. `3609460`).
```ignore
let response = client.delete_campaign()
    .id(id)
    .send()
    .await;
```*/
    pub fn delete_campaign(&self) -> builder::DeleteCampaign<'_> {
        builder::DeleteCampaign::new(self)
    }

    /**List quotes

"Get quotes from the Spiro Quotes module" (Y1).

Sends a `GET` request to `/quotes`

Arguments:
- `filter_company_name_cont`: Only quotes whose company name contains this text.
- `page_number`: Page number, starting at 1. Sent percent-encoded (`page%5Bnumber%5D`). Y1 pages quotes with `per_page`, not with `page[...]`.
- `page_size`: Records per page, at least 1 (spiro-mock caps it at its `max_page_size`). Y1 pages quotes with `per_page`, not with `page[...]`.
- `per_page`: Records per page as Y1 sends it (`per_page=5/10/25`); whether Spiro honours it is not shown. Where both are sent, `page[size]` wins.
```ignore
let response = client.list_quotes()
    .filter_company_name_cont(filter_company_name_cont)
    .page_number(page_number)
    .page_size(page_size)
    .per_page(per_page)
    .send()
    .await;
```*/
    pub fn list_quotes(&self) -> builder::ListQuotes<'_> {
        builder::ListQuotes::new(self)
    }

    /**Create a quote

Create. Path and body inferred.

Sends a `POST` request to `/quotes`

```no_run
# async fn run(client: &spiro_api::Client) -> spiro_api::Result<()> {
use spiro_api::{Id, types};
let created = client
    .create_quote()
    .attributes(types::QuoteWriteAttributes {
        name: Some("new name".into()),
        ..Default::default()
    })
    .company(Id::<types::Company>::new("1001"))
    .opportunity(Id::<types::Opportunity>::new("1002"))
    .user(Id::<types::User>::new("1003"))
    .send()
    .await?;
println!("{}", created.data.id);
# Ok(()) }
```*/
    pub fn create_quote(&self) -> builder::CreateQuote<'_> {
        builder::CreateQuote::new(self)
    }

    /**Read one quote

Read one record. Path inferred from JSON:API conventions.

Sends a `GET` request to `/quotes/{id}`

Arguments:
- `id`: Record id (numeric in every id seen, e.g. `3609460`).
```ignore
let response = client.get_quote()
    .id(id)
    .send()
    .await;
```*/
    pub fn get_quote(&self) -> builder::GetQuote<'_> {
        builder::GetQuote::new(self)
    }

    /**Update a quote

Partial update. Path and body inferred.

Sends a `PUT` request to `/quotes/{id}`

Arguments:
- `id`: Record id (numeric in every id seen, e.g. `3609460`).
- `body`
```no_run
# async fn run(client: &spiro_api::Client) -> spiro_api::Result<()> {
use spiro_api::{Id, types};
let updated = client
    .update_quote()
    .id("3609460")
    .attributes(types::QuoteWriteAttributes {
        name: Some("new name".into()),
        ..Default::default()
    })
    .company(Id::<types::Company>::new("1001"))
    .opportunity(Id::<types::Opportunity>::new("1002"))
    .user(Id::<types::User>::new("1003"))
    .send()
    .await?;
println!("{}", updated.data.id);
# Ok(()) }
```*/
    pub fn update_quote(&self) -> builder::UpdateQuote<'_> {
        builder::UpdateQuote::new(self)
    }

    /**Delete a quote

Delete. Path inferred.

Sends a `DELETE` request to `/quotes/{id}`

Arguments:
- `id`: Record id (numeric in every id seen, e.g. `3609460`).
```ignore
let response = client.delete_quote()
    .id(id)
    .send()
    .await;
```*/
    pub fn delete_quote(&self) -> builder::DeleteQuote<'_> {
        builder::DeleteQuote::new(self)
    }

    /**List quote products

Path inferred from the product's data model.

Sends a `GET` request to `/quote_products`

Arguments:
- `page_number`: Page number, starting at 1. Sent percent-encoded (`page%5Bnumber%5D`). Seen live on companies, contacts and opportunities (P4, P5, P7, P13); elsewhere it has the level of its operation.
- `page_size`: Records per page, at least 1; 100 works live, the maximum is not known (spiro-mock caps it at its `max_page_size`). Seen live on companies, contacts and opportunities (P4, P5, P13); elsewhere it has the level of its operation.
```ignore
let response = client.list_quote_products()
    .page_number(page_number)
    .page_size(page_size)
    .send()
    .await;
```*/
    pub fn list_quote_products(&self) -> builder::ListQuoteProducts<'_> {
        builder::ListQuoteProducts::new(self)
    }

    /**Create a quote product

Create. Path and body inferred.

Sends a `POST` request to `/quote_products`

```no_run
# async fn run(client: &spiro_api::Client) -> spiro_api::Result<()> {
use spiro_api::{Id, types};
let created = client
    .create_quote_product()
    .attributes(types::QuoteProductWriteAttributes {
        name: Some("new name".into()),
        ..Default::default()
    })
    .quote(Id::<types::Quote>::new("1001"))
    .send()
    .await?;
println!("{}", created.data.id);
# Ok(()) }
```*/
    pub fn create_quote_product(&self) -> builder::CreateQuoteProduct<'_> {
        builder::CreateQuoteProduct::new(self)
    }

    /**Read one quote product

Read one record. Path inferred from JSON:API conventions.

Sends a `GET` request to `/quote_products/{id}`

Arguments:
- `id`: Record id (numeric in every id seen, e.g. `3609460`).
```ignore
let response = client.get_quote_product()
    .id(id)
    .send()
    .await;
```*/
    pub fn get_quote_product(&self) -> builder::GetQuoteProduct<'_> {
        builder::GetQuoteProduct::new(self)
    }

    /**Update a quote product

Partial update. Path and body inferred.

Sends a `PUT` request to `/quote_products/{id}`

Arguments:
- `id`: Record id (numeric in every id seen, e.g. `3609460`).
- `body`
```no_run
# async fn run(client: &spiro_api::Client) -> spiro_api::Result<()> {
use spiro_api::{Id, types};
let updated = client
    .update_quote_product()
    .id("3609460")
    .attributes(types::QuoteProductWriteAttributes {
        name: Some("new name".into()),
        ..Default::default()
    })
    .quote(Id::<types::Quote>::new("1001"))
    .send()
    .await?;
println!("{}", updated.data.id);
# Ok(()) }
```*/
    pub fn update_quote_product(&self) -> builder::UpdateQuoteProduct<'_> {
        builder::UpdateQuoteProduct::new(self)
    }

    /**Delete a quote product

Delete. Path inferred.

Sends a `DELETE` request to `/quote_products/{id}`

Arguments:
- `id`: Record id (numeric in every id seen, e.g. `3609460`).
```ignore
let response = client.delete_quote_product()
    .id(id)
    .send()
    .await;
```*/
    pub fn delete_quote_product(&self) -> builder::DeleteQuoteProduct<'_> {
        builder::DeleteQuoteProduct::new(self)
    }

    /**List custom objects

Written before live access and never exercised later (Y2): treat as a guess.

Sends a `GET` request to `/custom_objects/{object_type}`

Arguments:
- `object_type`: API name of the custom entity, e.g. `machines` (the type spiro-mock seeds); the names are per organisation.
- `page_number`: Page number, starting at 1. Sent percent-encoded (`page%5Bnumber%5D`). Seen live on companies, contacts and opportunities (P4, P5, P7, P13); elsewhere it has the level of its operation.
- `page_size`: Records per page, at least 1; 100 works live, the maximum is not known (spiro-mock caps it at its `max_page_size`). Seen live on companies, contacts and opportunities (P4, P5, P13); elsewhere it has the level of its operation.
```ignore
let response = client.list_custom_objects()
    .object_type(object_type)
    .page_number(page_number)
    .page_size(page_size)
    .send()
    .await;
```*/
    pub fn list_custom_objects(&self) -> builder::ListCustomObjects<'_> {
        builder::ListCustomObjects::new(self)
    }

    /**Create a custom entity record

Create. Path and body inferred.

Sends a `POST` request to `/custom_objects/{object_type}`

Arguments:
- `object_type`: API name of the custom entity, e.g. `machines` (the type spiro-mock seeds); the names are per organisation.
- `body`
```no_run
# async fn run(client: &spiro_api::Client) -> spiro_api::Result<()> {
use spiro_api::{Id, types};
let created = client
    .create_custom_object()
    .object_type("machines")
    .attributes(types::CustomObjectWriteAttributes {
        name: Some("new name".into()),
        ..Default::default()
    })
    .company(Id::<types::Company>::new("1001"))
    .contact(Id::<types::Contact>::new("1002"))
    .opportunity(Id::<types::Opportunity>::new("1003"))
    .user(Id::<types::User>::new("1004"))
    .send()
    .await?;
println!("{}", created.data.id);
# Ok(()) }
```*/
    pub fn create_custom_object(&self) -> builder::CreateCustomObject<'_> {
        builder::CreateCustomObject::new(self)
    }

    /**Read one custom entity record

Read one record. Path inferred.

Sends a `GET` request to `/custom_objects/{object_type}/{id}`

Arguments:
- `object_type`: API name of the custom entity, e.g. `machines` (the type spiro-mock seeds); the names are per organisation.
- `id`: Record id (numeric in every id seen, e.g. `3609460`).
```ignore
let response = client.get_custom_object()
    .object_type(object_type)
    .id(id)
    .send()
    .await;
```*/
    pub fn get_custom_object(&self) -> builder::GetCustomObject<'_> {
        builder::GetCustomObject::new(self)
    }

    /**Update a custom entity record

Partial update. Path and body inferred.

Sends a `PUT` request to `/custom_objects/{object_type}/{id}`

Arguments:
- `object_type`: API name of the custom entity, e.g. `machines` (the type spiro-mock seeds); the names are per organisation.
- `id`: Record id (numeric in every id seen, e.g. `3609460`).
- `body`
```no_run
# async fn run(client: &spiro_api::Client) -> spiro_api::Result<()> {
use spiro_api::{Id, types};
let updated = client
    .update_custom_object()
    .id("3609460")
    .object_type("machines")
    .attributes(types::CustomObjectWriteAttributes {
        name: Some("new name".into()),
        ..Default::default()
    })
    .company(Id::<types::Company>::new("1001"))
    .contact(Id::<types::Contact>::new("1002"))
    .opportunity(Id::<types::Opportunity>::new("1003"))
    .user(Id::<types::User>::new("1004"))
    .send()
    .await?;
println!("{}", updated.data.id);
# Ok(()) }
```*/
    pub fn update_custom_object(&self) -> builder::UpdateCustomObject<'_> {
        builder::UpdateCustomObject::new(self)
    }

    /**Delete a custom entity record

Delete. Path inferred.

Sends a `DELETE` request to `/custom_objects/{object_type}/{id}`

Arguments:
- `object_type`: API name of the custom entity, e.g. `machines` (the type spiro-mock seeds); the names are per organisation.
- `id`: Record id (numeric in every id seen, e.g. `3609460`).
```ignore
let response = client.delete_custom_object()
    .object_type(object_type)
    .id(id)
    .send()
    .await;
```*/
    pub fn delete_custom_object(&self) -> builder::DeleteCustomObject<'_> {
        builder::DeleteCustomObject::new(self)
    }
}

/// Types for composing operation parameters.
#[allow(clippy::all)]
pub mod builder {
    use super::types;
    #[allow(unused_imports)]
    use super::{
        encode_path, ByteStream, ClientInfo, ClientHooks, Error, OperationInfo,
        RequestBuilderExt, ResponseValue,
    };
    /**Builder for [`Client::list_companies`]

[`Client::list_companies`]: super::Client::list_companies*/
    #[derive(Debug, Clone)]
    pub struct ListCompanies<'a> {
        client: &'a super::Client,
        filter_name_cont: Result<Option<::std::string::String>, String>,
        filter_updated_at_gte: Result<Option<::std::string::String>, String>,
        filter_website_cont: Result<Option<::std::string::String>, String>,
        include: Result<Option<::std::string::String>, String>,
        page_number: Result<Option<i64>, String>,
        page_size: Result<Option<i64>, String>,
        per_page: Result<Option<i64>, String>,
        options: crate::CallOptions,
    }

    impl<'a> ListCompanies<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                filter_name_cont: Ok(None),
                filter_updated_at_gte: Ok(None),
                filter_website_cont: Ok(None),
                include: Ok(None),
                page_number: Ok(None),
                page_size: Ok(None),
                per_page: Ok(None),
                options: ::std::default::Default::default(),
            }
        }

        pub fn filter_name_cont<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.filter_name_cont = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for filter_name_cont failed"
                        .to_string()
                });
            self
        }

        pub fn filter_updated_at_gte<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.filter_updated_at_gte = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for filter_updated_at_gte failed"
                        .to_string()
                });
            self
        }

        pub fn filter_website_cont<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.filter_website_cont = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for filter_website_cont failed"
                        .to_string()
                });
            self
        }

        pub fn include<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.include = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for include failed"
                        .to_string()
                });
            self
        }

        pub fn page_number<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.page_number = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for page_number failed".to_string());
            self
        }

        pub fn page_size<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.page_size = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for page_size failed".to_string());
            self
        }

        pub fn per_page<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.per_page = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for per_page failed".to_string());
            self
        }

        pub(super) async fn send_raw(
            self,
        ) -> Result<
            ResponseValue<crate::document::ListDocument<crate::types::Company>>,
            Error<()>,
        > {
            let Self {
                client,
                filter_name_cont,
                filter_updated_at_gte,
                filter_website_cont,
                include,
                page_number,
                page_size,
                per_page,
                ..
            } = self;
            let filter_name_cont = filter_name_cont.map_err(Error::InvalidRequest)?;
            let filter_updated_at_gte = filter_updated_at_gte
                .map_err(Error::InvalidRequest)?;
            let filter_website_cont = filter_website_cont
                .map_err(Error::InvalidRequest)?;
            let include = include.map_err(Error::InvalidRequest)?;
            let page_number = page_number.map_err(Error::InvalidRequest)?;
            let page_size = page_size.map_err(Error::InvalidRequest)?;
            let per_page = per_page.map_err(Error::InvalidRequest)?;
            let url = format!("{}/companies", client.baseurl,);
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                );
            if filter_name_cont.is_some() {
                request = request
                    .query(
                        &progenitor_client::QueryParam::new(
                            "filter[name_cont]",
                            &filter_name_cont,
                        ),
                    );
            }
            if filter_updated_at_gte.is_some() {
                request = request
                    .query(
                        &progenitor_client::QueryParam::new(
                            "filter[updated_at][gte]",
                            &filter_updated_at_gte,
                        ),
                    );
            }
            if filter_website_cont.is_some() {
                request = request
                    .query(
                        &progenitor_client::QueryParam::new(
                            "filter[website_cont]",
                            &filter_website_cont,
                        ),
                    );
            }
            if include.is_some() {
                request = request
                    .query(&progenitor_client::QueryParam::new("include", &include));
            }
            if page_number.is_some() {
                request = request
                    .query(
                        &progenitor_client::QueryParam::new("page[number]", &page_number),
                    );
            }
            if page_size.is_some() {
                request = request
                    .query(
                        &progenitor_client::QueryParam::new("page[size]", &page_size),
                    );
            }
            if per_page.is_some() {
                request = request
                    .query(&progenitor_client::QueryParam::new("per_page", &per_page));
            }
            #[allow(unused_mut)]
            let mut request = request.build()?;
            let info = OperationInfo {
                operation_id: "list_companies",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => ResponseValue::from_response(response).await,
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }

    /**Builder for [`Client::create_company`]

[`Client::create_company`]: super::Client::create_company*/
    #[derive(Debug, Clone)]
    pub struct CreateCompany<'a> {
        client: &'a super::Client,
        body: Result<types::builder::CompanyWriteDocument, String>,
        options: crate::CallOptions,
    }

    impl<'a> CreateCompany<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(
                    types::CompanyWriteDocument {
                        data: types::CompanyWrite {
                            id: None,
                            type_: <types::Company as crate::Resource>::TYPE.to_owned(),
                            attributes: None,
                            relationships: None,
                        },
                    }
                        .into(),
                ),
                options: ::std::default::Default::default(),
            }
        }

        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CompanyWriteDocument>,
            <V as std::convert::TryInto<
                types::CompanyWriteDocument,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `CompanyWriteDocument` for body failed: {}", s
                    )
                });
            self
        }

        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::CompanyWriteDocument,
            ) -> types::builder::CompanyWriteDocument,
        {
            self.body = self.body.map(f);
            self
        }

        pub(super) async fn send_raw(
            self,
        ) -> Result<
            ResponseValue<crate::document::Document<crate::types::Company>>,
            Error<()>,
        > {
            let Self { client, body, .. } = self;
            let body = body
                .and_then(|v| {
                    types::CompanyWriteDocument::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/companies", client.baseurl,);
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body);
            #[allow(unused_mut)]
            let mut request = request.build()?;
            let info = OperationInfo {
                operation_id: "create_company",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => ResponseValue::from_response(response).await,
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }

    /**Builder for [`Client::get_company`]

[`Client::get_company`]: super::Client::get_company*/
    #[derive(Debug, Clone)]
    pub struct GetCompany<'a> {
        client: &'a super::Client,
        id: Result<::std::string::String, String>,
        include: Result<Option<::std::string::String>, String>,
        options: crate::CallOptions,
    }

    impl<'a> GetCompany<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                id: Err("id was not initialized".to_string()),
                include: Ok(None),
                options: ::std::default::Default::default(),
            }
        }

        pub fn id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for id failed"
                        .to_string()
                });
            self
        }

        pub fn include<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.include = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for include failed"
                        .to_string()
                });
            self
        }

        pub(super) async fn send_raw(
            self,
        ) -> Result<
            ResponseValue<crate::document::Document<crate::types::Company>>,
            Error<()>,
        > {
            let Self { client, id, include, .. } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            let include = include.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/companies/{}", client.baseurl, encode_path(& id.to_string()),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                );
            if include.is_some() {
                request = request
                    .query(&progenitor_client::QueryParam::new("include", &include));
            }
            #[allow(unused_mut)]
            let mut request = request.build()?;
            let info = OperationInfo {
                operation_id: "get_company",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => ResponseValue::from_response(response).await,
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }

    /**Builder for [`Client::update_company`]

[`Client::update_company`]: super::Client::update_company*/
    #[derive(Debug, Clone)]
    pub struct UpdateCompany<'a> {
        client: &'a super::Client,
        id: Result<::std::string::String, String>,
        body: Result<types::builder::CompanyWriteDocument, String>,
        options: crate::CallOptions,
    }

    impl<'a> UpdateCompany<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                id: Err("id was not initialized".to_string()),
                body: Ok(
                    types::CompanyWriteDocument {
                        data: types::CompanyWrite {
                            id: None,
                            type_: <types::Company as crate::Resource>::TYPE.to_owned(),
                            attributes: None,
                            relationships: None,
                        },
                    }
                        .into(),
                ),
                options: ::std::default::Default::default(),
            }
        }

        pub fn id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for id failed"
                        .to_string()
                });
            self
        }

        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CompanyWriteDocument>,
            <V as std::convert::TryInto<
                types::CompanyWriteDocument,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `CompanyWriteDocument` for body failed: {}", s
                    )
                });
            self
        }

        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::CompanyWriteDocument,
            ) -> types::builder::CompanyWriteDocument,
        {
            self.body = self.body.map(f);
            self
        }

        pub(super) async fn send_raw(
            self,
        ) -> Result<
            ResponseValue<crate::document::Document<crate::types::Company>>,
            Error<()>,
        > {
            let Self { client, id, body, .. } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::CompanyWriteDocument::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/companies/{}", client.baseurl, encode_path(& id.to_string()),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .put(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body);
            #[allow(unused_mut)]
            let mut request = request.build()?;
            let info = OperationInfo {
                operation_id: "update_company",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => ResponseValue::from_response(response).await,
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }

    /**Builder for [`Client::delete_company`]

[`Client::delete_company`]: super::Client::delete_company*/
    #[derive(Debug, Clone)]
    pub struct DeleteCompany<'a> {
        client: &'a super::Client,
        id: Result<::std::string::String, String>,
        options: crate::CallOptions,
    }

    impl<'a> DeleteCompany<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                id: Err("id was not initialized".to_string()),
                options: ::std::default::Default::default(),
            }
        }

        pub fn id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for id failed"
                        .to_string()
                });
            self
        }

        pub(super) async fn send_raw(self) -> Result<ResponseValue<()>, Error<()>> {
            let Self { client, id, .. } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/companies/{}", client.baseurl, encode_path(& id.to_string()),
            );
            #[allow(unused_mut)]
            let mut request = client.client.delete(url);
            #[allow(unused_mut)]
            let mut request = request.build()?;
            let info = OperationInfo {
                operation_id: "delete_company",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => Ok(ResponseValue::empty(response)),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }

    /**Builder for [`Client::list_contacts`]

[`Client::list_contacts`]: super::Client::list_contacts*/
    #[derive(Debug, Clone)]
    pub struct ListContacts<'a> {
        client: &'a super::Client,
        filter_updated_at_gte: Result<Option<::std::string::String>, String>,
        include: Result<Option<::std::string::String>, String>,
        page_number: Result<Option<i64>, String>,
        page_size: Result<Option<i64>, String>,
        options: crate::CallOptions,
    }

    impl<'a> ListContacts<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                filter_updated_at_gte: Ok(None),
                include: Ok(None),
                page_number: Ok(None),
                page_size: Ok(None),
                options: ::std::default::Default::default(),
            }
        }

        pub fn filter_updated_at_gte<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.filter_updated_at_gte = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for filter_updated_at_gte failed"
                        .to_string()
                });
            self
        }

        pub fn include<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.include = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for include failed"
                        .to_string()
                });
            self
        }

        pub fn page_number<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.page_number = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for page_number failed".to_string());
            self
        }

        pub fn page_size<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.page_size = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for page_size failed".to_string());
            self
        }

        pub(super) async fn send_raw(
            self,
        ) -> Result<
            ResponseValue<crate::document::ListDocument<crate::types::Contact>>,
            Error<()>,
        > {
            let Self {
                client,
                filter_updated_at_gte,
                include,
                page_number,
                page_size,
                ..
            } = self;
            let filter_updated_at_gte = filter_updated_at_gte
                .map_err(Error::InvalidRequest)?;
            let include = include.map_err(Error::InvalidRequest)?;
            let page_number = page_number.map_err(Error::InvalidRequest)?;
            let page_size = page_size.map_err(Error::InvalidRequest)?;
            let url = format!("{}/contacts", client.baseurl,);
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                );
            if filter_updated_at_gte.is_some() {
                request = request
                    .query(
                        &progenitor_client::QueryParam::new(
                            "filter[updated_at][gte]",
                            &filter_updated_at_gte,
                        ),
                    );
            }
            if include.is_some() {
                request = request
                    .query(&progenitor_client::QueryParam::new("include", &include));
            }
            if page_number.is_some() {
                request = request
                    .query(
                        &progenitor_client::QueryParam::new("page[number]", &page_number),
                    );
            }
            if page_size.is_some() {
                request = request
                    .query(
                        &progenitor_client::QueryParam::new("page[size]", &page_size),
                    );
            }
            #[allow(unused_mut)]
            let mut request = request.build()?;
            let info = OperationInfo {
                operation_id: "list_contacts",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => ResponseValue::from_response(response).await,
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }

    /**Builder for [`Client::create_contact`]

[`Client::create_contact`]: super::Client::create_contact*/
    #[derive(Debug, Clone)]
    pub struct CreateContact<'a> {
        client: &'a super::Client,
        body: Result<types::builder::ContactWriteDocument, String>,
        options: crate::CallOptions,
    }

    impl<'a> CreateContact<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(
                    types::ContactWriteDocument {
                        data: types::ContactWrite {
                            id: None,
                            type_: <types::Contact as crate::Resource>::TYPE.to_owned(),
                            attributes: None,
                            relationships: None,
                        },
                    }
                        .into(),
                ),
                options: ::std::default::Default::default(),
            }
        }

        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ContactWriteDocument>,
            <V as std::convert::TryInto<
                types::ContactWriteDocument,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `ContactWriteDocument` for body failed: {}", s
                    )
                });
            self
        }

        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::ContactWriteDocument,
            ) -> types::builder::ContactWriteDocument,
        {
            self.body = self.body.map(f);
            self
        }

        pub(super) async fn send_raw(
            self,
        ) -> Result<
            ResponseValue<crate::document::Document<crate::types::Contact>>,
            Error<()>,
        > {
            let Self { client, body, .. } = self;
            let body = body
                .and_then(|v| {
                    types::ContactWriteDocument::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/contacts", client.baseurl,);
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body);
            #[allow(unused_mut)]
            let mut request = request.build()?;
            let info = OperationInfo {
                operation_id: "create_contact",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => ResponseValue::from_response(response).await,
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }

    /**Builder for [`Client::get_contact`]

[`Client::get_contact`]: super::Client::get_contact*/
    #[derive(Debug, Clone)]
    pub struct GetContact<'a> {
        client: &'a super::Client,
        id: Result<::std::string::String, String>,
        include: Result<Option<::std::string::String>, String>,
        options: crate::CallOptions,
    }

    impl<'a> GetContact<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                id: Err("id was not initialized".to_string()),
                include: Ok(None),
                options: ::std::default::Default::default(),
            }
        }

        pub fn id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for id failed"
                        .to_string()
                });
            self
        }

        pub fn include<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.include = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for include failed"
                        .to_string()
                });
            self
        }

        pub(super) async fn send_raw(
            self,
        ) -> Result<
            ResponseValue<crate::document::Document<crate::types::Contact>>,
            Error<()>,
        > {
            let Self { client, id, include, .. } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            let include = include.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/contacts/{}", client.baseurl, encode_path(& id.to_string()),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                );
            if include.is_some() {
                request = request
                    .query(&progenitor_client::QueryParam::new("include", &include));
            }
            #[allow(unused_mut)]
            let mut request = request.build()?;
            let info = OperationInfo {
                operation_id: "get_contact",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => ResponseValue::from_response(response).await,
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }

    /**Builder for [`Client::update_contact`]

[`Client::update_contact`]: super::Client::update_contact*/
    #[derive(Debug, Clone)]
    pub struct UpdateContact<'a> {
        client: &'a super::Client,
        id: Result<::std::string::String, String>,
        body: Result<types::builder::ContactWriteDocument, String>,
        options: crate::CallOptions,
    }

    impl<'a> UpdateContact<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                id: Err("id was not initialized".to_string()),
                body: Ok(
                    types::ContactWriteDocument {
                        data: types::ContactWrite {
                            id: None,
                            type_: <types::Contact as crate::Resource>::TYPE.to_owned(),
                            attributes: None,
                            relationships: None,
                        },
                    }
                        .into(),
                ),
                options: ::std::default::Default::default(),
            }
        }

        pub fn id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for id failed"
                        .to_string()
                });
            self
        }

        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ContactWriteDocument>,
            <V as std::convert::TryInto<
                types::ContactWriteDocument,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `ContactWriteDocument` for body failed: {}", s
                    )
                });
            self
        }

        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::ContactWriteDocument,
            ) -> types::builder::ContactWriteDocument,
        {
            self.body = self.body.map(f);
            self
        }

        pub(super) async fn send_raw(
            self,
        ) -> Result<
            ResponseValue<crate::document::Document<crate::types::Contact>>,
            Error<()>,
        > {
            let Self { client, id, body, .. } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::ContactWriteDocument::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/contacts/{}", client.baseurl, encode_path(& id.to_string()),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .put(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body);
            #[allow(unused_mut)]
            let mut request = request.build()?;
            let info = OperationInfo {
                operation_id: "update_contact",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => ResponseValue::from_response(response).await,
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }

    /**Builder for [`Client::delete_contact`]

[`Client::delete_contact`]: super::Client::delete_contact*/
    #[derive(Debug, Clone)]
    pub struct DeleteContact<'a> {
        client: &'a super::Client,
        id: Result<::std::string::String, String>,
        options: crate::CallOptions,
    }

    impl<'a> DeleteContact<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                id: Err("id was not initialized".to_string()),
                options: ::std::default::Default::default(),
            }
        }

        pub fn id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for id failed"
                        .to_string()
                });
            self
        }

        pub(super) async fn send_raw(self) -> Result<ResponseValue<()>, Error<()>> {
            let Self { client, id, .. } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/contacts/{}", client.baseurl, encode_path(& id.to_string()),
            );
            #[allow(unused_mut)]
            let mut request = client.client.delete(url);
            #[allow(unused_mut)]
            let mut request = request.build()?;
            let info = OperationInfo {
                operation_id: "delete_contact",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => Ok(ResponseValue::empty(response)),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }

    /**Builder for [`Client::list_opportunities`]

[`Client::list_opportunities`]: super::Client::list_opportunities*/
    #[derive(Debug, Clone)]
    pub struct ListOpportunities<'a> {
        client: &'a super::Client,
        filter_company_name_cont: Result<Option<::std::string::String>, String>,
        filter_updated_at_gte: Result<Option<::std::string::String>, String>,
        include: Result<Option<::std::string::String>, String>,
        page_number: Result<Option<i64>, String>,
        page_size: Result<Option<i64>, String>,
        per_page: Result<Option<i64>, String>,
        options: crate::CallOptions,
    }

    impl<'a> ListOpportunities<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                filter_company_name_cont: Ok(None),
                filter_updated_at_gte: Ok(None),
                include: Ok(None),
                page_number: Ok(None),
                page_size: Ok(None),
                per_page: Ok(None),
                options: ::std::default::Default::default(),
            }
        }

        pub fn filter_company_name_cont<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.filter_company_name_cont = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for filter_company_name_cont failed"
                        .to_string()
                });
            self
        }

        pub fn filter_updated_at_gte<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.filter_updated_at_gte = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for filter_updated_at_gte failed"
                        .to_string()
                });
            self
        }

        pub fn include<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.include = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for include failed"
                        .to_string()
                });
            self
        }

        pub fn page_number<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.page_number = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for page_number failed".to_string());
            self
        }

        pub fn page_size<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.page_size = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for page_size failed".to_string());
            self
        }

        pub fn per_page<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.per_page = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for per_page failed".to_string());
            self
        }

        pub(super) async fn send_raw(
            self,
        ) -> Result<
            ResponseValue<crate::document::ListDocument<crate::types::Opportunity>>,
            Error<()>,
        > {
            let Self {
                client,
                filter_company_name_cont,
                filter_updated_at_gte,
                include,
                page_number,
                page_size,
                per_page,
                ..
            } = self;
            let filter_company_name_cont = filter_company_name_cont
                .map_err(Error::InvalidRequest)?;
            let filter_updated_at_gte = filter_updated_at_gte
                .map_err(Error::InvalidRequest)?;
            let include = include.map_err(Error::InvalidRequest)?;
            let page_number = page_number.map_err(Error::InvalidRequest)?;
            let page_size = page_size.map_err(Error::InvalidRequest)?;
            let per_page = per_page.map_err(Error::InvalidRequest)?;
            let url = format!("{}/opportunities", client.baseurl,);
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                );
            if filter_company_name_cont.is_some() {
                request = request
                    .query(
                        &progenitor_client::QueryParam::new(
                            "filter[company_name_cont]",
                            &filter_company_name_cont,
                        ),
                    );
            }
            if filter_updated_at_gte.is_some() {
                request = request
                    .query(
                        &progenitor_client::QueryParam::new(
                            "filter[updated_at][gte]",
                            &filter_updated_at_gte,
                        ),
                    );
            }
            if include.is_some() {
                request = request
                    .query(&progenitor_client::QueryParam::new("include", &include));
            }
            if page_number.is_some() {
                request = request
                    .query(
                        &progenitor_client::QueryParam::new("page[number]", &page_number),
                    );
            }
            if page_size.is_some() {
                request = request
                    .query(
                        &progenitor_client::QueryParam::new("page[size]", &page_size),
                    );
            }
            if per_page.is_some() {
                request = request
                    .query(&progenitor_client::QueryParam::new("per_page", &per_page));
            }
            #[allow(unused_mut)]
            let mut request = request.build()?;
            let info = OperationInfo {
                operation_id: "list_opportunities",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => ResponseValue::from_response(response).await,
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }

    /**Builder for [`Client::create_opportunity`]

[`Client::create_opportunity`]: super::Client::create_opportunity*/
    #[derive(Debug, Clone)]
    pub struct CreateOpportunity<'a> {
        client: &'a super::Client,
        body: Result<types::builder::OpportunityWriteDocument, String>,
        options: crate::CallOptions,
    }

    impl<'a> CreateOpportunity<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(
                    types::OpportunityWriteDocument {
                        data: types::OpportunityWrite {
                            id: None,
                            type_: <types::Opportunity as crate::Resource>::TYPE
                                .to_owned(),
                            attributes: None,
                            relationships: None,
                        },
                    }
                        .into(),
                ),
                options: ::std::default::Default::default(),
            }
        }

        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::OpportunityWriteDocument>,
            <V as std::convert::TryInto<
                types::OpportunityWriteDocument,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `OpportunityWriteDocument` for body failed: {}", s
                    )
                });
            self
        }

        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::OpportunityWriteDocument,
            ) -> types::builder::OpportunityWriteDocument,
        {
            self.body = self.body.map(f);
            self
        }

        pub(super) async fn send_raw(
            self,
        ) -> Result<
            ResponseValue<crate::document::Document<crate::types::Opportunity>>,
            Error<()>,
        > {
            let Self { client, body, .. } = self;
            let body = body
                .and_then(|v| {
                    types::OpportunityWriteDocument::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/opportunities", client.baseurl,);
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body);
            #[allow(unused_mut)]
            let mut request = request.build()?;
            let info = OperationInfo {
                operation_id: "create_opportunity",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => ResponseValue::from_response(response).await,
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }

    /**Builder for [`Client::get_opportunity`]

[`Client::get_opportunity`]: super::Client::get_opportunity*/
    #[derive(Debug, Clone)]
    pub struct GetOpportunity<'a> {
        client: &'a super::Client,
        id: Result<::std::string::String, String>,
        include: Result<Option<::std::string::String>, String>,
        options: crate::CallOptions,
    }

    impl<'a> GetOpportunity<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                id: Err("id was not initialized".to_string()),
                include: Ok(None),
                options: ::std::default::Default::default(),
            }
        }

        pub fn id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for id failed"
                        .to_string()
                });
            self
        }

        pub fn include<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.include = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for include failed"
                        .to_string()
                });
            self
        }

        pub(super) async fn send_raw(
            self,
        ) -> Result<
            ResponseValue<crate::document::Document<crate::types::Opportunity>>,
            Error<()>,
        > {
            let Self { client, id, include, .. } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            let include = include.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/opportunities/{}", client.baseurl, encode_path(& id.to_string()),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                );
            if include.is_some() {
                request = request
                    .query(&progenitor_client::QueryParam::new("include", &include));
            }
            #[allow(unused_mut)]
            let mut request = request.build()?;
            let info = OperationInfo {
                operation_id: "get_opportunity",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => ResponseValue::from_response(response).await,
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }

    /**Builder for [`Client::update_opportunity`]

[`Client::update_opportunity`]: super::Client::update_opportunity*/
    #[derive(Debug, Clone)]
    pub struct UpdateOpportunity<'a> {
        client: &'a super::Client,
        id: Result<::std::string::String, String>,
        body: Result<types::builder::OpportunityWriteDocument, String>,
        options: crate::CallOptions,
    }

    impl<'a> UpdateOpportunity<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                id: Err("id was not initialized".to_string()),
                body: Ok(
                    types::OpportunityWriteDocument {
                        data: types::OpportunityWrite {
                            id: None,
                            type_: <types::Opportunity as crate::Resource>::TYPE
                                .to_owned(),
                            attributes: None,
                            relationships: None,
                        },
                    }
                        .into(),
                ),
                options: ::std::default::Default::default(),
            }
        }

        pub fn id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for id failed"
                        .to_string()
                });
            self
        }

        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::OpportunityWriteDocument>,
            <V as std::convert::TryInto<
                types::OpportunityWriteDocument,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `OpportunityWriteDocument` for body failed: {}", s
                    )
                });
            self
        }

        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::OpportunityWriteDocument,
            ) -> types::builder::OpportunityWriteDocument,
        {
            self.body = self.body.map(f);
            self
        }

        pub(super) async fn send_raw(
            self,
        ) -> Result<
            ResponseValue<crate::document::Document<crate::types::Opportunity>>,
            Error<()>,
        > {
            let Self { client, id, body, .. } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::OpportunityWriteDocument::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/opportunities/{}", client.baseurl, encode_path(& id.to_string()),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .put(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body);
            #[allow(unused_mut)]
            let mut request = request.build()?;
            let info = OperationInfo {
                operation_id: "update_opportunity",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => ResponseValue::from_response(response).await,
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }

    /**Builder for [`Client::delete_opportunity`]

[`Client::delete_opportunity`]: super::Client::delete_opportunity*/
    #[derive(Debug, Clone)]
    pub struct DeleteOpportunity<'a> {
        client: &'a super::Client,
        id: Result<::std::string::String, String>,
        options: crate::CallOptions,
    }

    impl<'a> DeleteOpportunity<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                id: Err("id was not initialized".to_string()),
                options: ::std::default::Default::default(),
            }
        }

        pub fn id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for id failed"
                        .to_string()
                });
            self
        }

        pub(super) async fn send_raw(self) -> Result<ResponseValue<()>, Error<()>> {
            let Self { client, id, .. } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/opportunities/{}", client.baseurl, encode_path(& id.to_string()),
            );
            #[allow(unused_mut)]
            let mut request = client.client.delete(url);
            #[allow(unused_mut)]
            let mut request = request.build()?;
            let info = OperationInfo {
                operation_id: "delete_opportunity",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => Ok(ResponseValue::empty(response)),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }

    /**Builder for [`Client::list_pipelines`]

[`Client::list_pipelines`]: super::Client::list_pipelines*/
    #[derive(Debug, Clone)]
    pub struct ListPipelines<'a> {
        client: &'a super::Client,
        page_number: Result<Option<i64>, String>,
        page_size: Result<Option<i64>, String>,
        options: crate::CallOptions,
    }

    impl<'a> ListPipelines<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                page_number: Ok(None),
                page_size: Ok(None),
                options: ::std::default::Default::default(),
            }
        }

        pub fn page_number<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.page_number = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for page_number failed".to_string());
            self
        }

        pub fn page_size<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.page_size = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for page_size failed".to_string());
            self
        }

        pub(super) async fn send_raw(
            self,
        ) -> Result<
            ResponseValue<crate::document::ListDocument<crate::types::Pipeline>>,
            Error<()>,
        > {
            let Self { client, page_number, page_size, .. } = self;
            let page_number = page_number.map_err(Error::InvalidRequest)?;
            let page_size = page_size.map_err(Error::InvalidRequest)?;
            let url = format!("{}/pipelines", client.baseurl,);
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                );
            if page_number.is_some() {
                request = request
                    .query(
                        &progenitor_client::QueryParam::new("page[number]", &page_number),
                    );
            }
            if page_size.is_some() {
                request = request
                    .query(
                        &progenitor_client::QueryParam::new("page[size]", &page_size),
                    );
            }
            #[allow(unused_mut)]
            let mut request = request.build()?;
            let info = OperationInfo {
                operation_id: "list_pipelines",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => ResponseValue::from_response(response).await,
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }

    /**Builder for [`Client::get_pipeline`]

[`Client::get_pipeline`]: super::Client::get_pipeline*/
    #[derive(Debug, Clone)]
    pub struct GetPipeline<'a> {
        client: &'a super::Client,
        id: Result<::std::string::String, String>,
        options: crate::CallOptions,
    }

    impl<'a> GetPipeline<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                id: Err("id was not initialized".to_string()),
                options: ::std::default::Default::default(),
            }
        }

        pub fn id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for id failed"
                        .to_string()
                });
            self
        }

        pub(super) async fn send_raw(
            self,
        ) -> Result<
            ResponseValue<crate::document::Document<crate::types::Pipeline>>,
            Error<()>,
        > {
            let Self { client, id, .. } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/pipelines/{}", client.baseurl, encode_path(& id.to_string()),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                );
            #[allow(unused_mut)]
            let mut request = request.build()?;
            let info = OperationInfo {
                operation_id: "get_pipeline",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => ResponseValue::from_response(response).await,
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }

    /**Builder for [`Client::list_pipeline_opportunity_stages`]

[`Client::list_pipeline_opportunity_stages`]: super::Client::list_pipeline_opportunity_stages*/
    #[derive(Debug, Clone)]
    pub struct ListPipelineOpportunityStages<'a> {
        client: &'a super::Client,
        id: Result<::std::string::String, String>,
        page_number: Result<Option<i64>, String>,
        page_size: Result<Option<i64>, String>,
        options: crate::CallOptions,
    }

    impl<'a> ListPipelineOpportunityStages<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                id: Err("id was not initialized".to_string()),
                page_number: Ok(None),
                page_size: Ok(None),
                options: ::std::default::Default::default(),
            }
        }

        pub fn id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for id failed"
                        .to_string()
                });
            self
        }

        pub fn page_number<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.page_number = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for page_number failed".to_string());
            self
        }

        pub fn page_size<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.page_size = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for page_size failed".to_string());
            self
        }

        pub(super) async fn send_raw(
            self,
        ) -> Result<
            ResponseValue<crate::document::ListDocument<crate::types::OpportunityStage>>,
            Error<()>,
        > {
            let Self { client, id, page_number, page_size, .. } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            let page_number = page_number.map_err(Error::InvalidRequest)?;
            let page_size = page_size.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/pipelines/{}/opportunity_stages", client.baseurl, encode_path(& id
                .to_string()),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                );
            if page_number.is_some() {
                request = request
                    .query(
                        &progenitor_client::QueryParam::new("page[number]", &page_number),
                    );
            }
            if page_size.is_some() {
                request = request
                    .query(
                        &progenitor_client::QueryParam::new("page[size]", &page_size),
                    );
            }
            #[allow(unused_mut)]
            let mut request = request.build()?;
            let info = OperationInfo {
                operation_id: "list_pipeline_opportunity_stages",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => ResponseValue::from_response(response).await,
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }

    /**Builder for [`Client::list_users`]

[`Client::list_users`]: super::Client::list_users*/
    #[derive(Debug, Clone)]
    pub struct ListUsers<'a> {
        client: &'a super::Client,
        page_number: Result<Option<i64>, String>,
        page_size: Result<Option<i64>, String>,
        options: crate::CallOptions,
    }

    impl<'a> ListUsers<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                page_number: Ok(None),
                page_size: Ok(None),
                options: ::std::default::Default::default(),
            }
        }

        pub fn page_number<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.page_number = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for page_number failed".to_string());
            self
        }

        pub fn page_size<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.page_size = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for page_size failed".to_string());
            self
        }

        pub(super) async fn send_raw(
            self,
        ) -> Result<
            ResponseValue<crate::document::ListDocument<crate::types::User>>,
            Error<()>,
        > {
            let Self { client, page_number, page_size, .. } = self;
            let page_number = page_number.map_err(Error::InvalidRequest)?;
            let page_size = page_size.map_err(Error::InvalidRequest)?;
            let url = format!("{}/users", client.baseurl,);
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                );
            if page_number.is_some() {
                request = request
                    .query(
                        &progenitor_client::QueryParam::new("page[number]", &page_number),
                    );
            }
            if page_size.is_some() {
                request = request
                    .query(
                        &progenitor_client::QueryParam::new("page[size]", &page_size),
                    );
            }
            #[allow(unused_mut)]
            let mut request = request.build()?;
            let info = OperationInfo {
                operation_id: "list_users",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => ResponseValue::from_response(response).await,
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }

    /**Builder for [`Client::get_user`]

[`Client::get_user`]: super::Client::get_user*/
    #[derive(Debug, Clone)]
    pub struct GetUser<'a> {
        client: &'a super::Client,
        id: Result<::std::string::String, String>,
        options: crate::CallOptions,
    }

    impl<'a> GetUser<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                id: Err("id was not initialized".to_string()),
                options: ::std::default::Default::default(),
            }
        }

        pub fn id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for id failed"
                        .to_string()
                });
            self
        }

        pub(super) async fn send_raw(
            self,
        ) -> Result<
            ResponseValue<crate::document::Document<crate::types::User>>,
            Error<()>,
        > {
            let Self { client, id, .. } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/users/{}", client.baseurl, encode_path(& id.to_string()),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                );
            #[allow(unused_mut)]
            let mut request = request.build()?;
            let info = OperationInfo {
                operation_id: "get_user",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => ResponseValue::from_response(response).await,
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }

    /**Builder for [`Client::list_reminders`]

[`Client::list_reminders`]: super::Client::list_reminders*/
    #[derive(Debug, Clone)]
    pub struct ListReminders<'a> {
        client: &'a super::Client,
        page_number: Result<Option<i64>, String>,
        page_size: Result<Option<i64>, String>,
        options: crate::CallOptions,
    }

    impl<'a> ListReminders<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                page_number: Ok(None),
                page_size: Ok(None),
                options: ::std::default::Default::default(),
            }
        }

        pub fn page_number<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.page_number = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for page_number failed".to_string());
            self
        }

        pub fn page_size<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.page_size = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for page_size failed".to_string());
            self
        }

        pub(super) async fn send_raw(
            self,
        ) -> Result<
            ResponseValue<crate::document::ListDocument<crate::types::Reminder>>,
            Error<()>,
        > {
            let Self { client, page_number, page_size, .. } = self;
            let page_number = page_number.map_err(Error::InvalidRequest)?;
            let page_size = page_size.map_err(Error::InvalidRequest)?;
            let url = format!("{}/reminders", client.baseurl,);
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                );
            if page_number.is_some() {
                request = request
                    .query(
                        &progenitor_client::QueryParam::new("page[number]", &page_number),
                    );
            }
            if page_size.is_some() {
                request = request
                    .query(
                        &progenitor_client::QueryParam::new("page[size]", &page_size),
                    );
            }
            #[allow(unused_mut)]
            let mut request = request.build()?;
            let info = OperationInfo {
                operation_id: "list_reminders",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => ResponseValue::from_response(response).await,
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }

    /**Builder for [`Client::create_reminder`]

[`Client::create_reminder`]: super::Client::create_reminder*/
    #[derive(Debug, Clone)]
    pub struct CreateReminder<'a> {
        client: &'a super::Client,
        body: Result<types::builder::ReminderWriteDocument, String>,
        options: crate::CallOptions,
    }

    impl<'a> CreateReminder<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(
                    types::ReminderWriteDocument {
                        data: types::ReminderWrite {
                            id: None,
                            type_: <types::Reminder as crate::Resource>::TYPE.to_owned(),
                            attributes: None,
                            relationships: None,
                        },
                    }
                        .into(),
                ),
                options: ::std::default::Default::default(),
            }
        }

        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ReminderWriteDocument>,
            <V as std::convert::TryInto<
                types::ReminderWriteDocument,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `ReminderWriteDocument` for body failed: {}", s
                    )
                });
            self
        }

        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::ReminderWriteDocument,
            ) -> types::builder::ReminderWriteDocument,
        {
            self.body = self.body.map(f);
            self
        }

        pub(super) async fn send_raw(
            self,
        ) -> Result<
            ResponseValue<crate::document::Document<crate::types::Reminder>>,
            Error<()>,
        > {
            let Self { client, body, .. } = self;
            let body = body
                .and_then(|v| {
                    types::ReminderWriteDocument::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/reminders", client.baseurl,);
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body);
            #[allow(unused_mut)]
            let mut request = request.build()?;
            let info = OperationInfo {
                operation_id: "create_reminder",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => ResponseValue::from_response(response).await,
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }

    /**Builder for [`Client::get_reminder`]

[`Client::get_reminder`]: super::Client::get_reminder*/
    #[derive(Debug, Clone)]
    pub struct GetReminder<'a> {
        client: &'a super::Client,
        id: Result<::std::string::String, String>,
        options: crate::CallOptions,
    }

    impl<'a> GetReminder<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                id: Err("id was not initialized".to_string()),
                options: ::std::default::Default::default(),
            }
        }

        pub fn id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for id failed"
                        .to_string()
                });
            self
        }

        pub(super) async fn send_raw(
            self,
        ) -> Result<
            ResponseValue<crate::document::Document<crate::types::Reminder>>,
            Error<()>,
        > {
            let Self { client, id, .. } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/reminders/{}", client.baseurl, encode_path(& id.to_string()),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                );
            #[allow(unused_mut)]
            let mut request = request.build()?;
            let info = OperationInfo {
                operation_id: "get_reminder",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => ResponseValue::from_response(response).await,
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }

    /**Builder for [`Client::update_reminder`]

[`Client::update_reminder`]: super::Client::update_reminder*/
    #[derive(Debug, Clone)]
    pub struct UpdateReminder<'a> {
        client: &'a super::Client,
        id: Result<::std::string::String, String>,
        body: Result<types::builder::ReminderWriteDocument, String>,
        options: crate::CallOptions,
    }

    impl<'a> UpdateReminder<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                id: Err("id was not initialized".to_string()),
                body: Ok(
                    types::ReminderWriteDocument {
                        data: types::ReminderWrite {
                            id: None,
                            type_: <types::Reminder as crate::Resource>::TYPE.to_owned(),
                            attributes: None,
                            relationships: None,
                        },
                    }
                        .into(),
                ),
                options: ::std::default::Default::default(),
            }
        }

        pub fn id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for id failed"
                        .to_string()
                });
            self
        }

        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ReminderWriteDocument>,
            <V as std::convert::TryInto<
                types::ReminderWriteDocument,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `ReminderWriteDocument` for body failed: {}", s
                    )
                });
            self
        }

        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::ReminderWriteDocument,
            ) -> types::builder::ReminderWriteDocument,
        {
            self.body = self.body.map(f);
            self
        }

        pub(super) async fn send_raw(
            self,
        ) -> Result<
            ResponseValue<crate::document::Document<crate::types::Reminder>>,
            Error<()>,
        > {
            let Self { client, id, body, .. } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::ReminderWriteDocument::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/reminders/{}", client.baseurl, encode_path(& id.to_string()),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .put(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body);
            #[allow(unused_mut)]
            let mut request = request.build()?;
            let info = OperationInfo {
                operation_id: "update_reminder",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => ResponseValue::from_response(response).await,
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }

    /**Builder for [`Client::delete_reminder`]

[`Client::delete_reminder`]: super::Client::delete_reminder*/
    #[derive(Debug, Clone)]
    pub struct DeleteReminder<'a> {
        client: &'a super::Client,
        id: Result<::std::string::String, String>,
        options: crate::CallOptions,
    }

    impl<'a> DeleteReminder<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                id: Err("id was not initialized".to_string()),
                options: ::std::default::Default::default(),
            }
        }

        pub fn id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for id failed"
                        .to_string()
                });
            self
        }

        pub(super) async fn send_raw(self) -> Result<ResponseValue<()>, Error<()>> {
            let Self { client, id, .. } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/reminders/{}", client.baseurl, encode_path(& id.to_string()),
            );
            #[allow(unused_mut)]
            let mut request = client.client.delete(url);
            #[allow(unused_mut)]
            let mut request = request.build()?;
            let info = OperationInfo {
                operation_id: "delete_reminder",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => Ok(ResponseValue::empty(response)),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }

    /**Builder for [`Client::list_activities`]

[`Client::list_activities`]: super::Client::list_activities*/
    #[derive(Debug, Clone)]
    pub struct ListActivities<'a> {
        client: &'a super::Client,
        page_number: Result<Option<i64>, String>,
        page_size: Result<Option<i64>, String>,
        options: crate::CallOptions,
    }

    impl<'a> ListActivities<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                page_number: Ok(None),
                page_size: Ok(None),
                options: ::std::default::Default::default(),
            }
        }

        pub fn page_number<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.page_number = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for page_number failed".to_string());
            self
        }

        pub fn page_size<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.page_size = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for page_size failed".to_string());
            self
        }

        pub(super) async fn send_raw(
            self,
        ) -> Result<
            ResponseValue<crate::document::ListDocument<crate::types::Activity>>,
            Error<()>,
        > {
            let Self { client, page_number, page_size, .. } = self;
            let page_number = page_number.map_err(Error::InvalidRequest)?;
            let page_size = page_size.map_err(Error::InvalidRequest)?;
            let url = format!("{}/activities", client.baseurl,);
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                );
            if page_number.is_some() {
                request = request
                    .query(
                        &progenitor_client::QueryParam::new("page[number]", &page_number),
                    );
            }
            if page_size.is_some() {
                request = request
                    .query(
                        &progenitor_client::QueryParam::new("page[size]", &page_size),
                    );
            }
            #[allow(unused_mut)]
            let mut request = request.build()?;
            let info = OperationInfo {
                operation_id: "list_activities",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => ResponseValue::from_response(response).await,
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }

    /**Builder for [`Client::create_activity`]

[`Client::create_activity`]: super::Client::create_activity*/
    #[derive(Debug, Clone)]
    pub struct CreateActivity<'a> {
        client: &'a super::Client,
        body: Result<types::builder::ActivityWriteDocument, String>,
        options: crate::CallOptions,
    }

    impl<'a> CreateActivity<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(
                    types::ActivityWriteDocument {
                        data: types::ActivityWrite {
                            id: None,
                            type_: <types::Activity as crate::Resource>::TYPE.to_owned(),
                            attributes: None,
                            relationships: None,
                        },
                    }
                        .into(),
                ),
                options: ::std::default::Default::default(),
            }
        }

        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ActivityWriteDocument>,
            <V as std::convert::TryInto<
                types::ActivityWriteDocument,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `ActivityWriteDocument` for body failed: {}", s
                    )
                });
            self
        }

        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::ActivityWriteDocument,
            ) -> types::builder::ActivityWriteDocument,
        {
            self.body = self.body.map(f);
            self
        }

        pub(super) async fn send_raw(
            self,
        ) -> Result<
            ResponseValue<crate::document::Document<crate::types::Activity>>,
            Error<()>,
        > {
            let Self { client, body, .. } = self;
            let body = body
                .and_then(|v| {
                    types::ActivityWriteDocument::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/activities", client.baseurl,);
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body);
            #[allow(unused_mut)]
            let mut request = request.build()?;
            let info = OperationInfo {
                operation_id: "create_activity",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => ResponseValue::from_response(response).await,
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }

    /**Builder for [`Client::get_activity`]

[`Client::get_activity`]: super::Client::get_activity*/
    #[derive(Debug, Clone)]
    pub struct GetActivity<'a> {
        client: &'a super::Client,
        id: Result<::std::string::String, String>,
        options: crate::CallOptions,
    }

    impl<'a> GetActivity<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                id: Err("id was not initialized".to_string()),
                options: ::std::default::Default::default(),
            }
        }

        pub fn id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for id failed"
                        .to_string()
                });
            self
        }

        pub(super) async fn send_raw(
            self,
        ) -> Result<
            ResponseValue<crate::document::Document<crate::types::Activity>>,
            Error<()>,
        > {
            let Self { client, id, .. } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/activities/{}", client.baseurl, encode_path(& id.to_string()),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                );
            #[allow(unused_mut)]
            let mut request = request.build()?;
            let info = OperationInfo {
                operation_id: "get_activity",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => ResponseValue::from_response(response).await,
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }

    /**Builder for [`Client::update_activity`]

[`Client::update_activity`]: super::Client::update_activity*/
    #[derive(Debug, Clone)]
    pub struct UpdateActivity<'a> {
        client: &'a super::Client,
        id: Result<::std::string::String, String>,
        body: Result<types::builder::ActivityWriteDocument, String>,
        options: crate::CallOptions,
    }

    impl<'a> UpdateActivity<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                id: Err("id was not initialized".to_string()),
                body: Ok(
                    types::ActivityWriteDocument {
                        data: types::ActivityWrite {
                            id: None,
                            type_: <types::Activity as crate::Resource>::TYPE.to_owned(),
                            attributes: None,
                            relationships: None,
                        },
                    }
                        .into(),
                ),
                options: ::std::default::Default::default(),
            }
        }

        pub fn id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for id failed"
                        .to_string()
                });
            self
        }

        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ActivityWriteDocument>,
            <V as std::convert::TryInto<
                types::ActivityWriteDocument,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `ActivityWriteDocument` for body failed: {}", s
                    )
                });
            self
        }

        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::ActivityWriteDocument,
            ) -> types::builder::ActivityWriteDocument,
        {
            self.body = self.body.map(f);
            self
        }

        pub(super) async fn send_raw(
            self,
        ) -> Result<
            ResponseValue<crate::document::Document<crate::types::Activity>>,
            Error<()>,
        > {
            let Self { client, id, body, .. } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::ActivityWriteDocument::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/activities/{}", client.baseurl, encode_path(& id.to_string()),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .put(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body);
            #[allow(unused_mut)]
            let mut request = request.build()?;
            let info = OperationInfo {
                operation_id: "update_activity",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => ResponseValue::from_response(response).await,
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }

    /**Builder for [`Client::delete_activity`]

[`Client::delete_activity`]: super::Client::delete_activity*/
    #[derive(Debug, Clone)]
    pub struct DeleteActivity<'a> {
        client: &'a super::Client,
        id: Result<::std::string::String, String>,
        options: crate::CallOptions,
    }

    impl<'a> DeleteActivity<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                id: Err("id was not initialized".to_string()),
                options: ::std::default::Default::default(),
            }
        }

        pub fn id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for id failed"
                        .to_string()
                });
            self
        }

        pub(super) async fn send_raw(self) -> Result<ResponseValue<()>, Error<()>> {
            let Self { client, id, .. } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/activities/{}", client.baseurl, encode_path(& id.to_string()),
            );
            #[allow(unused_mut)]
            let mut request = client.client.delete(url);
            #[allow(unused_mut)]
            let mut request = request.build()?;
            let info = OperationInfo {
                operation_id: "delete_activity",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => Ok(ResponseValue::empty(response)),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }

    /**Builder for [`Client::list_campaigns`]

[`Client::list_campaigns`]: super::Client::list_campaigns*/
    #[derive(Debug, Clone)]
    pub struct ListCampaigns<'a> {
        client: &'a super::Client,
        page_number: Result<Option<i64>, String>,
        page_size: Result<Option<i64>, String>,
        options: crate::CallOptions,
    }

    impl<'a> ListCampaigns<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                page_number: Ok(None),
                page_size: Ok(None),
                options: ::std::default::Default::default(),
            }
        }

        pub fn page_number<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.page_number = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for page_number failed".to_string());
            self
        }

        pub fn page_size<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.page_size = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for page_size failed".to_string());
            self
        }

        pub(super) async fn send_raw(
            self,
        ) -> Result<
            ResponseValue<crate::document::ListDocument<crate::types::Campaign>>,
            Error<()>,
        > {
            let Self { client, page_number, page_size, .. } = self;
            let page_number = page_number.map_err(Error::InvalidRequest)?;
            let page_size = page_size.map_err(Error::InvalidRequest)?;
            let url = format!("{}/campaigns", client.baseurl,);
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                );
            if page_number.is_some() {
                request = request
                    .query(
                        &progenitor_client::QueryParam::new("page[number]", &page_number),
                    );
            }
            if page_size.is_some() {
                request = request
                    .query(
                        &progenitor_client::QueryParam::new("page[size]", &page_size),
                    );
            }
            #[allow(unused_mut)]
            let mut request = request.build()?;
            let info = OperationInfo {
                operation_id: "list_campaigns",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => ResponseValue::from_response(response).await,
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }

    /**Builder for [`Client::create_campaign`]

[`Client::create_campaign`]: super::Client::create_campaign*/
    #[derive(Debug, Clone)]
    pub struct CreateCampaign<'a> {
        client: &'a super::Client,
        body: Result<types::builder::CampaignWriteDocument, String>,
        options: crate::CallOptions,
    }

    impl<'a> CreateCampaign<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(
                    types::CampaignWriteDocument {
                        data: types::CampaignWrite {
                            id: None,
                            type_: <types::Campaign as crate::Resource>::TYPE.to_owned(),
                            attributes: None,
                            relationships: None,
                        },
                    }
                        .into(),
                ),
                options: ::std::default::Default::default(),
            }
        }

        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CampaignWriteDocument>,
            <V as std::convert::TryInto<
                types::CampaignWriteDocument,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `CampaignWriteDocument` for body failed: {}", s
                    )
                });
            self
        }

        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::CampaignWriteDocument,
            ) -> types::builder::CampaignWriteDocument,
        {
            self.body = self.body.map(f);
            self
        }

        pub(super) async fn send_raw(
            self,
        ) -> Result<
            ResponseValue<crate::document::Document<crate::types::Campaign>>,
            Error<()>,
        > {
            let Self { client, body, .. } = self;
            let body = body
                .and_then(|v| {
                    types::CampaignWriteDocument::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/campaigns", client.baseurl,);
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body);
            #[allow(unused_mut)]
            let mut request = request.build()?;
            let info = OperationInfo {
                operation_id: "create_campaign",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => ResponseValue::from_response(response).await,
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }

    /**Builder for [`Client::get_campaign`]

[`Client::get_campaign`]: super::Client::get_campaign*/
    #[derive(Debug, Clone)]
    pub struct GetCampaign<'a> {
        client: &'a super::Client,
        id: Result<::std::string::String, String>,
        options: crate::CallOptions,
    }

    impl<'a> GetCampaign<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                id: Err("id was not initialized".to_string()),
                options: ::std::default::Default::default(),
            }
        }

        pub fn id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for id failed"
                        .to_string()
                });
            self
        }

        pub(super) async fn send_raw(
            self,
        ) -> Result<
            ResponseValue<crate::document::Document<crate::types::Campaign>>,
            Error<()>,
        > {
            let Self { client, id, .. } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/campaigns/{}", client.baseurl, encode_path(& id.to_string()),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                );
            #[allow(unused_mut)]
            let mut request = request.build()?;
            let info = OperationInfo {
                operation_id: "get_campaign",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => ResponseValue::from_response(response).await,
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }

    /**Builder for [`Client::update_campaign`]

[`Client::update_campaign`]: super::Client::update_campaign*/
    #[derive(Debug, Clone)]
    pub struct UpdateCampaign<'a> {
        client: &'a super::Client,
        id: Result<::std::string::String, String>,
        body: Result<types::builder::CampaignWriteDocument, String>,
        options: crate::CallOptions,
    }

    impl<'a> UpdateCampaign<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                id: Err("id was not initialized".to_string()),
                body: Ok(
                    types::CampaignWriteDocument {
                        data: types::CampaignWrite {
                            id: None,
                            type_: <types::Campaign as crate::Resource>::TYPE.to_owned(),
                            attributes: None,
                            relationships: None,
                        },
                    }
                        .into(),
                ),
                options: ::std::default::Default::default(),
            }
        }

        pub fn id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for id failed"
                        .to_string()
                });
            self
        }

        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CampaignWriteDocument>,
            <V as std::convert::TryInto<
                types::CampaignWriteDocument,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `CampaignWriteDocument` for body failed: {}", s
                    )
                });
            self
        }

        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::CampaignWriteDocument,
            ) -> types::builder::CampaignWriteDocument,
        {
            self.body = self.body.map(f);
            self
        }

        pub(super) async fn send_raw(
            self,
        ) -> Result<
            ResponseValue<crate::document::Document<crate::types::Campaign>>,
            Error<()>,
        > {
            let Self { client, id, body, .. } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::CampaignWriteDocument::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/campaigns/{}", client.baseurl, encode_path(& id.to_string()),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .put(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body);
            #[allow(unused_mut)]
            let mut request = request.build()?;
            let info = OperationInfo {
                operation_id: "update_campaign",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => ResponseValue::from_response(response).await,
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }

    /**Builder for [`Client::delete_campaign`]

[`Client::delete_campaign`]: super::Client::delete_campaign*/
    #[derive(Debug, Clone)]
    pub struct DeleteCampaign<'a> {
        client: &'a super::Client,
        id: Result<::std::string::String, String>,
        options: crate::CallOptions,
    }

    impl<'a> DeleteCampaign<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                id: Err("id was not initialized".to_string()),
                options: ::std::default::Default::default(),
            }
        }

        pub fn id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for id failed"
                        .to_string()
                });
            self
        }

        pub(super) async fn send_raw(self) -> Result<ResponseValue<()>, Error<()>> {
            let Self { client, id, .. } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/campaigns/{}", client.baseurl, encode_path(& id.to_string()),
            );
            #[allow(unused_mut)]
            let mut request = client.client.delete(url);
            #[allow(unused_mut)]
            let mut request = request.build()?;
            let info = OperationInfo {
                operation_id: "delete_campaign",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => Ok(ResponseValue::empty(response)),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }

    /**Builder for [`Client::list_quotes`]

[`Client::list_quotes`]: super::Client::list_quotes*/
    #[derive(Debug, Clone)]
    pub struct ListQuotes<'a> {
        client: &'a super::Client,
        filter_company_name_cont: Result<Option<::std::string::String>, String>,
        page_number: Result<Option<i64>, String>,
        page_size: Result<Option<i64>, String>,
        per_page: Result<Option<i64>, String>,
        options: crate::CallOptions,
    }

    impl<'a> ListQuotes<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                filter_company_name_cont: Ok(None),
                page_number: Ok(None),
                page_size: Ok(None),
                per_page: Ok(None),
                options: ::std::default::Default::default(),
            }
        }

        pub fn filter_company_name_cont<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.filter_company_name_cont = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for filter_company_name_cont failed"
                        .to_string()
                });
            self
        }

        pub fn page_number<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.page_number = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for page_number failed".to_string());
            self
        }

        pub fn page_size<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.page_size = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for page_size failed".to_string());
            self
        }

        pub fn per_page<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.per_page = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for per_page failed".to_string());
            self
        }

        pub(super) async fn send_raw(
            self,
        ) -> Result<
            ResponseValue<crate::document::ListDocument<crate::types::Quote>>,
            Error<()>,
        > {
            let Self {
                client,
                filter_company_name_cont,
                page_number,
                page_size,
                per_page,
                ..
            } = self;
            let filter_company_name_cont = filter_company_name_cont
                .map_err(Error::InvalidRequest)?;
            let page_number = page_number.map_err(Error::InvalidRequest)?;
            let page_size = page_size.map_err(Error::InvalidRequest)?;
            let per_page = per_page.map_err(Error::InvalidRequest)?;
            let url = format!("{}/quotes", client.baseurl,);
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                );
            if filter_company_name_cont.is_some() {
                request = request
                    .query(
                        &progenitor_client::QueryParam::new(
                            "filter[company_name_cont]",
                            &filter_company_name_cont,
                        ),
                    );
            }
            if page_number.is_some() {
                request = request
                    .query(
                        &progenitor_client::QueryParam::new("page[number]", &page_number),
                    );
            }
            if page_size.is_some() {
                request = request
                    .query(
                        &progenitor_client::QueryParam::new("page[size]", &page_size),
                    );
            }
            if per_page.is_some() {
                request = request
                    .query(&progenitor_client::QueryParam::new("per_page", &per_page));
            }
            #[allow(unused_mut)]
            let mut request = request.build()?;
            let info = OperationInfo {
                operation_id: "list_quotes",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => ResponseValue::from_response(response).await,
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }

    /**Builder for [`Client::create_quote`]

[`Client::create_quote`]: super::Client::create_quote*/
    #[derive(Debug, Clone)]
    pub struct CreateQuote<'a> {
        client: &'a super::Client,
        body: Result<types::builder::QuoteWriteDocument, String>,
        options: crate::CallOptions,
    }

    impl<'a> CreateQuote<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(
                    types::QuoteWriteDocument {
                        data: types::QuoteWrite {
                            id: None,
                            type_: <types::Quote as crate::Resource>::TYPE.to_owned(),
                            attributes: None,
                            relationships: None,
                        },
                    }
                        .into(),
                ),
                options: ::std::default::Default::default(),
            }
        }

        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::QuoteWriteDocument>,
            <V as std::convert::TryInto<
                types::QuoteWriteDocument,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `QuoteWriteDocument` for body failed: {}", s)
                });
            self
        }

        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::QuoteWriteDocument,
            ) -> types::builder::QuoteWriteDocument,
        {
            self.body = self.body.map(f);
            self
        }

        pub(super) async fn send_raw(
            self,
        ) -> Result<
            ResponseValue<crate::document::Document<crate::types::Quote>>,
            Error<()>,
        > {
            let Self { client, body, .. } = self;
            let body = body
                .and_then(|v| {
                    types::QuoteWriteDocument::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/quotes", client.baseurl,);
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body);
            #[allow(unused_mut)]
            let mut request = request.build()?;
            let info = OperationInfo {
                operation_id: "create_quote",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => ResponseValue::from_response(response).await,
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }

    /**Builder for [`Client::get_quote`]

[`Client::get_quote`]: super::Client::get_quote*/
    #[derive(Debug, Clone)]
    pub struct GetQuote<'a> {
        client: &'a super::Client,
        id: Result<::std::string::String, String>,
        options: crate::CallOptions,
    }

    impl<'a> GetQuote<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                id: Err("id was not initialized".to_string()),
                options: ::std::default::Default::default(),
            }
        }

        pub fn id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for id failed"
                        .to_string()
                });
            self
        }

        pub(super) async fn send_raw(
            self,
        ) -> Result<
            ResponseValue<crate::document::Document<crate::types::Quote>>,
            Error<()>,
        > {
            let Self { client, id, .. } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/quotes/{}", client.baseurl, encode_path(& id.to_string()),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                );
            #[allow(unused_mut)]
            let mut request = request.build()?;
            let info = OperationInfo {
                operation_id: "get_quote",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => ResponseValue::from_response(response).await,
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }

    /**Builder for [`Client::update_quote`]

[`Client::update_quote`]: super::Client::update_quote*/
    #[derive(Debug, Clone)]
    pub struct UpdateQuote<'a> {
        client: &'a super::Client,
        id: Result<::std::string::String, String>,
        body: Result<types::builder::QuoteWriteDocument, String>,
        options: crate::CallOptions,
    }

    impl<'a> UpdateQuote<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                id: Err("id was not initialized".to_string()),
                body: Ok(
                    types::QuoteWriteDocument {
                        data: types::QuoteWrite {
                            id: None,
                            type_: <types::Quote as crate::Resource>::TYPE.to_owned(),
                            attributes: None,
                            relationships: None,
                        },
                    }
                        .into(),
                ),
                options: ::std::default::Default::default(),
            }
        }

        pub fn id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for id failed"
                        .to_string()
                });
            self
        }

        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::QuoteWriteDocument>,
            <V as std::convert::TryInto<
                types::QuoteWriteDocument,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `QuoteWriteDocument` for body failed: {}", s)
                });
            self
        }

        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::QuoteWriteDocument,
            ) -> types::builder::QuoteWriteDocument,
        {
            self.body = self.body.map(f);
            self
        }

        pub(super) async fn send_raw(
            self,
        ) -> Result<
            ResponseValue<crate::document::Document<crate::types::Quote>>,
            Error<()>,
        > {
            let Self { client, id, body, .. } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::QuoteWriteDocument::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/quotes/{}", client.baseurl, encode_path(& id.to_string()),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .put(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body);
            #[allow(unused_mut)]
            let mut request = request.build()?;
            let info = OperationInfo {
                operation_id: "update_quote",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => ResponseValue::from_response(response).await,
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }

    /**Builder for [`Client::delete_quote`]

[`Client::delete_quote`]: super::Client::delete_quote*/
    #[derive(Debug, Clone)]
    pub struct DeleteQuote<'a> {
        client: &'a super::Client,
        id: Result<::std::string::String, String>,
        options: crate::CallOptions,
    }

    impl<'a> DeleteQuote<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                id: Err("id was not initialized".to_string()),
                options: ::std::default::Default::default(),
            }
        }

        pub fn id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for id failed"
                        .to_string()
                });
            self
        }

        pub(super) async fn send_raw(self) -> Result<ResponseValue<()>, Error<()>> {
            let Self { client, id, .. } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/quotes/{}", client.baseurl, encode_path(& id.to_string()),
            );
            #[allow(unused_mut)]
            let mut request = client.client.delete(url);
            #[allow(unused_mut)]
            let mut request = request.build()?;
            let info = OperationInfo {
                operation_id: "delete_quote",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => Ok(ResponseValue::empty(response)),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }

    /**Builder for [`Client::list_quote_products`]

[`Client::list_quote_products`]: super::Client::list_quote_products*/
    #[derive(Debug, Clone)]
    pub struct ListQuoteProducts<'a> {
        client: &'a super::Client,
        page_number: Result<Option<i64>, String>,
        page_size: Result<Option<i64>, String>,
        options: crate::CallOptions,
    }

    impl<'a> ListQuoteProducts<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                page_number: Ok(None),
                page_size: Ok(None),
                options: ::std::default::Default::default(),
            }
        }

        pub fn page_number<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.page_number = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for page_number failed".to_string());
            self
        }

        pub fn page_size<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.page_size = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for page_size failed".to_string());
            self
        }

        pub(super) async fn send_raw(
            self,
        ) -> Result<
            ResponseValue<crate::document::ListDocument<crate::types::QuoteProduct>>,
            Error<()>,
        > {
            let Self { client, page_number, page_size, .. } = self;
            let page_number = page_number.map_err(Error::InvalidRequest)?;
            let page_size = page_size.map_err(Error::InvalidRequest)?;
            let url = format!("{}/quote_products", client.baseurl,);
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                );
            if page_number.is_some() {
                request = request
                    .query(
                        &progenitor_client::QueryParam::new("page[number]", &page_number),
                    );
            }
            if page_size.is_some() {
                request = request
                    .query(
                        &progenitor_client::QueryParam::new("page[size]", &page_size),
                    );
            }
            #[allow(unused_mut)]
            let mut request = request.build()?;
            let info = OperationInfo {
                operation_id: "list_quote_products",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => ResponseValue::from_response(response).await,
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }

    /**Builder for [`Client::create_quote_product`]

[`Client::create_quote_product`]: super::Client::create_quote_product*/
    #[derive(Debug, Clone)]
    pub struct CreateQuoteProduct<'a> {
        client: &'a super::Client,
        body: Result<types::builder::QuoteProductWriteDocument, String>,
        options: crate::CallOptions,
    }

    impl<'a> CreateQuoteProduct<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(
                    types::QuoteProductWriteDocument {
                        data: types::QuoteProductWrite {
                            id: None,
                            type_: <types::QuoteProduct as crate::Resource>::TYPE
                                .to_owned(),
                            attributes: None,
                            relationships: None,
                        },
                    }
                        .into(),
                ),
                options: ::std::default::Default::default(),
            }
        }

        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::QuoteProductWriteDocument>,
            <V as std::convert::TryInto<
                types::QuoteProductWriteDocument,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `QuoteProductWriteDocument` for body failed: {}",
                        s
                    )
                });
            self
        }

        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::QuoteProductWriteDocument,
            ) -> types::builder::QuoteProductWriteDocument,
        {
            self.body = self.body.map(f);
            self
        }

        pub(super) async fn send_raw(
            self,
        ) -> Result<
            ResponseValue<crate::document::Document<crate::types::QuoteProduct>>,
            Error<()>,
        > {
            let Self { client, body, .. } = self;
            let body = body
                .and_then(|v| {
                    types::QuoteProductWriteDocument::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/quote_products", client.baseurl,);
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body);
            #[allow(unused_mut)]
            let mut request = request.build()?;
            let info = OperationInfo {
                operation_id: "create_quote_product",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => ResponseValue::from_response(response).await,
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }

    /**Builder for [`Client::get_quote_product`]

[`Client::get_quote_product`]: super::Client::get_quote_product*/
    #[derive(Debug, Clone)]
    pub struct GetQuoteProduct<'a> {
        client: &'a super::Client,
        id: Result<::std::string::String, String>,
        options: crate::CallOptions,
    }

    impl<'a> GetQuoteProduct<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                id: Err("id was not initialized".to_string()),
                options: ::std::default::Default::default(),
            }
        }

        pub fn id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for id failed"
                        .to_string()
                });
            self
        }

        pub(super) async fn send_raw(
            self,
        ) -> Result<
            ResponseValue<crate::document::Document<crate::types::QuoteProduct>>,
            Error<()>,
        > {
            let Self { client, id, .. } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/quote_products/{}", client.baseurl, encode_path(& id.to_string()),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                );
            #[allow(unused_mut)]
            let mut request = request.build()?;
            let info = OperationInfo {
                operation_id: "get_quote_product",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => ResponseValue::from_response(response).await,
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }

    /**Builder for [`Client::update_quote_product`]

[`Client::update_quote_product`]: super::Client::update_quote_product*/
    #[derive(Debug, Clone)]
    pub struct UpdateQuoteProduct<'a> {
        client: &'a super::Client,
        id: Result<::std::string::String, String>,
        body: Result<types::builder::QuoteProductWriteDocument, String>,
        options: crate::CallOptions,
    }

    impl<'a> UpdateQuoteProduct<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                id: Err("id was not initialized".to_string()),
                body: Ok(
                    types::QuoteProductWriteDocument {
                        data: types::QuoteProductWrite {
                            id: None,
                            type_: <types::QuoteProduct as crate::Resource>::TYPE
                                .to_owned(),
                            attributes: None,
                            relationships: None,
                        },
                    }
                        .into(),
                ),
                options: ::std::default::Default::default(),
            }
        }

        pub fn id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for id failed"
                        .to_string()
                });
            self
        }

        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::QuoteProductWriteDocument>,
            <V as std::convert::TryInto<
                types::QuoteProductWriteDocument,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `QuoteProductWriteDocument` for body failed: {}",
                        s
                    )
                });
            self
        }

        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::QuoteProductWriteDocument,
            ) -> types::builder::QuoteProductWriteDocument,
        {
            self.body = self.body.map(f);
            self
        }

        pub(super) async fn send_raw(
            self,
        ) -> Result<
            ResponseValue<crate::document::Document<crate::types::QuoteProduct>>,
            Error<()>,
        > {
            let Self { client, id, body, .. } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::QuoteProductWriteDocument::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/quote_products/{}", client.baseurl, encode_path(& id.to_string()),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .put(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body);
            #[allow(unused_mut)]
            let mut request = request.build()?;
            let info = OperationInfo {
                operation_id: "update_quote_product",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => ResponseValue::from_response(response).await,
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }

    /**Builder for [`Client::delete_quote_product`]

[`Client::delete_quote_product`]: super::Client::delete_quote_product*/
    #[derive(Debug, Clone)]
    pub struct DeleteQuoteProduct<'a> {
        client: &'a super::Client,
        id: Result<::std::string::String, String>,
        options: crate::CallOptions,
    }

    impl<'a> DeleteQuoteProduct<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                id: Err("id was not initialized".to_string()),
                options: ::std::default::Default::default(),
            }
        }

        pub fn id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for id failed"
                        .to_string()
                });
            self
        }

        pub(super) async fn send_raw(self) -> Result<ResponseValue<()>, Error<()>> {
            let Self { client, id, .. } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/quote_products/{}", client.baseurl, encode_path(& id.to_string()),
            );
            #[allow(unused_mut)]
            let mut request = client.client.delete(url);
            #[allow(unused_mut)]
            let mut request = request.build()?;
            let info = OperationInfo {
                operation_id: "delete_quote_product",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => Ok(ResponseValue::empty(response)),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }

    /**Builder for [`Client::list_custom_objects`]

[`Client::list_custom_objects`]: super::Client::list_custom_objects*/
    #[derive(Debug, Clone)]
    pub struct ListCustomObjects<'a> {
        client: &'a super::Client,
        object_type: Result<::std::string::String, String>,
        page_number: Result<Option<i64>, String>,
        page_size: Result<Option<i64>, String>,
        options: crate::CallOptions,
    }

    impl<'a> ListCustomObjects<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                object_type: Err("object_type was not initialized".to_string()),
                page_number: Ok(None),
                page_size: Ok(None),
                options: ::std::default::Default::default(),
            }
        }

        pub fn object_type<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.object_type = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for object_type failed"
                        .to_string()
                });
            self
        }

        pub fn page_number<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.page_number = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for page_number failed".to_string());
            self
        }

        pub fn page_size<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.page_size = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for page_size failed".to_string());
            self
        }

        pub(super) async fn send_raw(
            self,
        ) -> Result<
            ResponseValue<crate::document::ListDocument<crate::types::CustomObject>>,
            Error<()>,
        > {
            let Self { client, object_type, page_number, page_size, .. } = self;
            let object_type = object_type.map_err(Error::InvalidRequest)?;
            let page_number = page_number.map_err(Error::InvalidRequest)?;
            let page_size = page_size.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/custom_objects/{}", client.baseurl, encode_path(& object_type
                .to_string()),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                );
            if page_number.is_some() {
                request = request
                    .query(
                        &progenitor_client::QueryParam::new("page[number]", &page_number),
                    );
            }
            if page_size.is_some() {
                request = request
                    .query(
                        &progenitor_client::QueryParam::new("page[size]", &page_size),
                    );
            }
            #[allow(unused_mut)]
            let mut request = request.build()?;
            let info = OperationInfo {
                operation_id: "list_custom_objects",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => ResponseValue::from_response(response).await,
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }

    /**Builder for [`Client::create_custom_object`]

[`Client::create_custom_object`]: super::Client::create_custom_object*/
    #[derive(Debug, Clone)]
    pub struct CreateCustomObject<'a> {
        client: &'a super::Client,
        object_type: Result<::std::string::String, String>,
        body: Result<types::builder::CustomObjectWriteDocument, String>,
        options: crate::CallOptions,
    }

    impl<'a> CreateCustomObject<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                object_type: Err("object_type was not initialized".to_string()),
                body: Ok(
                    types::CustomObjectWriteDocument {
                        data: types::CustomObjectWrite {
                            id: None,
                            type_: <types::CustomObject as crate::Resource>::TYPE
                                .to_owned(),
                            attributes: None,
                            relationships: None,
                        },
                    }
                        .into(),
                ),
                options: ::std::default::Default::default(),
            }
        }

        pub fn object_type<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.object_type = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for object_type failed"
                        .to_string()
                });
            self
        }

        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CustomObjectWriteDocument>,
            <V as std::convert::TryInto<
                types::CustomObjectWriteDocument,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `CustomObjectWriteDocument` for body failed: {}",
                        s
                    )
                });
            self
        }

        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::CustomObjectWriteDocument,
            ) -> types::builder::CustomObjectWriteDocument,
        {
            self.body = self.body.map(f);
            self
        }

        pub(super) async fn send_raw(
            self,
        ) -> Result<
            ResponseValue<crate::document::Document<crate::types::CustomObject>>,
            Error<()>,
        > {
            let Self { client, object_type, body, .. } = self;
            let object_type = object_type.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::CustomObjectWriteDocument::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/custom_objects/{}", client.baseurl, encode_path(& object_type
                .to_string()),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body);
            #[allow(unused_mut)]
            let mut request = request.build()?;
            let info = OperationInfo {
                operation_id: "create_custom_object",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => ResponseValue::from_response(response).await,
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }

    /**Builder for [`Client::get_custom_object`]

[`Client::get_custom_object`]: super::Client::get_custom_object*/
    #[derive(Debug, Clone)]
    pub struct GetCustomObject<'a> {
        client: &'a super::Client,
        object_type: Result<::std::string::String, String>,
        id: Result<::std::string::String, String>,
        options: crate::CallOptions,
    }

    impl<'a> GetCustomObject<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                object_type: Err("object_type was not initialized".to_string()),
                id: Err("id was not initialized".to_string()),
                options: ::std::default::Default::default(),
            }
        }

        pub fn object_type<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.object_type = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for object_type failed"
                        .to_string()
                });
            self
        }

        pub fn id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for id failed"
                        .to_string()
                });
            self
        }

        pub(super) async fn send_raw(
            self,
        ) -> Result<
            ResponseValue<crate::document::Document<crate::types::CustomObject>>,
            Error<()>,
        > {
            let Self { client, object_type, id, .. } = self;
            let object_type = object_type.map_err(Error::InvalidRequest)?;
            let id = id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/custom_objects/{}/{}", client.baseurl, encode_path(& object_type
                .to_string()), encode_path(& id.to_string()),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                );
            #[allow(unused_mut)]
            let mut request = request.build()?;
            let info = OperationInfo {
                operation_id: "get_custom_object",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => ResponseValue::from_response(response).await,
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }

    /**Builder for [`Client::update_custom_object`]

[`Client::update_custom_object`]: super::Client::update_custom_object*/
    #[derive(Debug, Clone)]
    pub struct UpdateCustomObject<'a> {
        client: &'a super::Client,
        object_type: Result<::std::string::String, String>,
        id: Result<::std::string::String, String>,
        body: Result<types::builder::CustomObjectWriteDocument, String>,
        options: crate::CallOptions,
    }

    impl<'a> UpdateCustomObject<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                object_type: Err("object_type was not initialized".to_string()),
                id: Err("id was not initialized".to_string()),
                body: Ok(
                    types::CustomObjectWriteDocument {
                        data: types::CustomObjectWrite {
                            id: None,
                            type_: <types::CustomObject as crate::Resource>::TYPE
                                .to_owned(),
                            attributes: None,
                            relationships: None,
                        },
                    }
                        .into(),
                ),
                options: ::std::default::Default::default(),
            }
        }

        pub fn object_type<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.object_type = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for object_type failed"
                        .to_string()
                });
            self
        }

        pub fn id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for id failed"
                        .to_string()
                });
            self
        }

        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CustomObjectWriteDocument>,
            <V as std::convert::TryInto<
                types::CustomObjectWriteDocument,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `CustomObjectWriteDocument` for body failed: {}",
                        s
                    )
                });
            self
        }

        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::CustomObjectWriteDocument,
            ) -> types::builder::CustomObjectWriteDocument,
        {
            self.body = self.body.map(f);
            self
        }

        pub(super) async fn send_raw(
            self,
        ) -> Result<
            ResponseValue<crate::document::Document<crate::types::CustomObject>>,
            Error<()>,
        > {
            let Self { client, object_type, id, body, .. } = self;
            let object_type = object_type.map_err(Error::InvalidRequest)?;
            let id = id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::CustomObjectWriteDocument::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/custom_objects/{}/{}", client.baseurl, encode_path(& object_type
                .to_string()), encode_path(& id.to_string()),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .put(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body);
            #[allow(unused_mut)]
            let mut request = request.build()?;
            let info = OperationInfo {
                operation_id: "update_custom_object",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => ResponseValue::from_response(response).await,
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }

    /**Builder for [`Client::delete_custom_object`]

[`Client::delete_custom_object`]: super::Client::delete_custom_object*/
    #[derive(Debug, Clone)]
    pub struct DeleteCustomObject<'a> {
        client: &'a super::Client,
        object_type: Result<::std::string::String, String>,
        id: Result<::std::string::String, String>,
        options: crate::CallOptions,
    }

    impl<'a> DeleteCustomObject<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                object_type: Err("object_type was not initialized".to_string()),
                id: Err("id was not initialized".to_string()),
                options: ::std::default::Default::default(),
            }
        }

        pub fn object_type<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.object_type = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for object_type failed"
                        .to_string()
                });
            self
        }

        pub fn id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for id failed"
                        .to_string()
                });
            self
        }

        pub(super) async fn send_raw(self) -> Result<ResponseValue<()>, Error<()>> {
            let Self { client, object_type, id, .. } = self;
            let object_type = object_type.map_err(Error::InvalidRequest)?;
            let id = id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/custom_objects/{}/{}", client.baseurl, encode_path(& object_type
                .to_string()), encode_path(& id.to_string()),
            );
            #[allow(unused_mut)]
            let mut request = client.client.delete(url);
            #[allow(unused_mut)]
            let mut request = request.build()?;
            let info = OperationInfo {
                operation_id: "delete_custom_object",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => Ok(ResponseValue::empty(response)),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }

    impl ListCompanies<'_> {
        /// What the spans of this operation are named after.
        const OPERATION: crate::client::Operation = crate::client::Operation {
            id: "list_companies",
            call_name: "spiro.list_companies",
            attempt: crate::client::Target {
                name: "GET /companies",
                template: Some("/companies"),
            },
        };
        /// Overrides the client's timeout and retry policy for this call (and, for a
        /// list, every page of it).
        pub fn options(mut self, options: crate::CallOptions) -> Self {
            self.options = options;
            self
        }

        ///Sends a `GET` request to `/companies`
        ///
        /// Returns the decoded body, or [`crate::Error`] for anything that went wrong (an error status with its body decoded, a revoked grant, a body that does not decode, …). [`send_with_response`](Self::send_with_response) also returns the status and headers.
        pub async fn send(
            mut self,
        ) -> crate::Result<crate::document::ListDocument<crate::types::Company>> {
            let (client, options) = (self.client, std::mem::take(&mut self.options));
            crate::client::call::send(client, &Self::OPERATION, options, self.send_raw())
                .await
                .map(ResponseValue::into_inner)
        }

        /// Like [`send`](Self::send), with the status and headers of the response.
        pub async fn send_with_response(
            mut self,
        ) -> crate::Result<
            crate::Response<crate::document::ListDocument<crate::types::Company>>,
        > {
            let (client, options) = (self.client, std::mem::take(&mut self.options));
            crate::client::call::send(client, &Self::OPERATION, options, self.send_raw())
                .await
                .map(crate::Response::from_progenitor)
        }
    }

    impl CreateCompany<'_> {
        /// What the spans of this operation are named after.
        const OPERATION: crate::client::Operation = crate::client::Operation {
            id: "create_company",
            call_name: "spiro.create_company",
            attempt: crate::client::Target {
                name: "POST /companies",
                template: Some("/companies"),
            },
        };
        /// Overrides the client's timeout and retry policy for this call (and, for a
        /// list, every page of it).
        pub fn options(mut self, options: crate::CallOptions) -> Self {
            self.options = options;
            self
        }

        ///Sends a `POST` request to `/companies`
        ///
        /// Returns the decoded body, or [`crate::Error`] for anything that went wrong (an error status with its body decoded, a revoked grant, a body that does not decode, …). [`send_with_response`](Self::send_with_response) also returns the status and headers.
        pub async fn send(
            mut self,
        ) -> crate::Result<crate::document::Document<crate::types::Company>> {
            let (client, options) = (self.client, std::mem::take(&mut self.options));
            crate::client::call::send(client, &Self::OPERATION, options, self.send_raw())
                .await
                .map(ResponseValue::into_inner)
        }

        /// Like [`send`](Self::send), with the status and headers of the response.
        pub async fn send_with_response(
            mut self,
        ) -> crate::Result<
            crate::Response<crate::document::Document<crate::types::Company>>,
        > {
            let (client, options) = (self.client, std::mem::take(&mut self.options));
            crate::client::call::send(client, &Self::OPERATION, options, self.send_raw())
                .await
                .map(crate::Response::from_progenitor)
        }
    }

    impl GetCompany<'_> {
        /// What the spans of this operation are named after.
        const OPERATION: crate::client::Operation = crate::client::Operation {
            id: "get_company",
            call_name: "spiro.get_company",
            attempt: crate::client::Target {
                name: "GET /companies/{id}",
                template: Some("/companies/{id}"),
            },
        };
        /// Overrides the client's timeout and retry policy for this call (and, for a
        /// list, every page of it).
        pub fn options(mut self, options: crate::CallOptions) -> Self {
            self.options = options;
            self
        }

        ///Sends a `GET` request to `/companies/{id}`
        ///
        /// Returns the decoded body, or [`crate::Error`] for anything that went wrong (an error status with its body decoded, a revoked grant, a body that does not decode, …). [`send_with_response`](Self::send_with_response) also returns the status and headers.
        pub async fn send(
            mut self,
        ) -> crate::Result<crate::document::Document<crate::types::Company>> {
            let (client, options) = (self.client, std::mem::take(&mut self.options));
            crate::client::call::send(client, &Self::OPERATION, options, self.send_raw())
                .await
                .map(ResponseValue::into_inner)
        }

        /// Like [`send`](Self::send), with the status and headers of the response.
        pub async fn send_with_response(
            mut self,
        ) -> crate::Result<
            crate::Response<crate::document::Document<crate::types::Company>>,
        > {
            let (client, options) = (self.client, std::mem::take(&mut self.options));
            crate::client::call::send(client, &Self::OPERATION, options, self.send_raw())
                .await
                .map(crate::Response::from_progenitor)
        }
    }

    impl UpdateCompany<'_> {
        /// What the spans of this operation are named after.
        const OPERATION: crate::client::Operation = crate::client::Operation {
            id: "update_company",
            call_name: "spiro.update_company",
            attempt: crate::client::Target {
                name: "PUT /companies/{id}",
                template: Some("/companies/{id}"),
            },
        };
        /// Overrides the client's timeout and retry policy for this call (and, for a
        /// list, every page of it).
        pub fn options(mut self, options: crate::CallOptions) -> Self {
            self.options = options;
            self
        }

        ///Sends a `PUT` request to `/companies/{id}`
        ///
        /// Returns the decoded body, or [`crate::Error`] for anything that went wrong (an error status with its body decoded, a revoked grant, a body that does not decode, …). [`send_with_response`](Self::send_with_response) also returns the status and headers.
        pub async fn send(
            mut self,
        ) -> crate::Result<crate::document::Document<crate::types::Company>> {
            let (client, options) = (self.client, std::mem::take(&mut self.options));
            crate::client::call::send(
                    client,
                    &Self::OPERATION,
                    options,
                    self.with_path_id().send_raw(),
                )
                .await
                .map(ResponseValue::into_inner)
        }

        /// Like [`send`](Self::send), with the status and headers of the response.
        pub async fn send_with_response(
            mut self,
        ) -> crate::Result<
            crate::Response<crate::document::Document<crate::types::Company>>,
        > {
            let (client, options) = (self.client, std::mem::take(&mut self.options));
            crate::client::call::send(
                    client,
                    &Self::OPERATION,
                    options,
                    self.with_path_id().send_raw(),
                )
                .await
                .map(crate::Response::from_progenitor)
        }
    }

    impl DeleteCompany<'_> {
        /// What the spans of this operation are named after.
        const OPERATION: crate::client::Operation = crate::client::Operation {
            id: "delete_company",
            call_name: "spiro.delete_company",
            attempt: crate::client::Target {
                name: "DELETE /companies/{id}",
                template: Some("/companies/{id}"),
            },
        };
        /// Overrides the client's timeout and retry policy for this call (and, for a
        /// list, every page of it).
        pub fn options(mut self, options: crate::CallOptions) -> Self {
            self.options = options;
            self
        }

        ///Sends a `DELETE` request to `/companies/{id}`
        ///
        /// Returns `Ok(())` on success, or [`crate::Error`] for anything that went wrong (an error status with its body decoded, a revoked grant, a body that does not decode, …). [`send_with_response`](Self::send_with_response) also returns the status and headers.
        pub async fn send(mut self) -> crate::Result<()> {
            let (client, options) = (self.client, std::mem::take(&mut self.options));
            crate::client::call::send(client, &Self::OPERATION, options, self.send_raw())
                .await
                .map(ResponseValue::into_inner)
        }

        /// Like [`send`](Self::send), with the status and headers of the response.
        pub async fn send_with_response(mut self) -> crate::Result<crate::Response<()>> {
            let (client, options) = (self.client, std::mem::take(&mut self.options));
            crate::client::call::send(client, &Self::OPERATION, options, self.send_raw())
                .await
                .map(crate::Response::from_progenitor)
        }
    }

    impl ListContacts<'_> {
        /// What the spans of this operation are named after.
        const OPERATION: crate::client::Operation = crate::client::Operation {
            id: "list_contacts",
            call_name: "spiro.list_contacts",
            attempt: crate::client::Target {
                name: "GET /contacts",
                template: Some("/contacts"),
            },
        };
        /// Overrides the client's timeout and retry policy for this call (and, for a
        /// list, every page of it).
        pub fn options(mut self, options: crate::CallOptions) -> Self {
            self.options = options;
            self
        }

        ///Sends a `GET` request to `/contacts`
        ///
        /// Returns the decoded body, or [`crate::Error`] for anything that went wrong (an error status with its body decoded, a revoked grant, a body that does not decode, …). [`send_with_response`](Self::send_with_response) also returns the status and headers.
        pub async fn send(
            mut self,
        ) -> crate::Result<crate::document::ListDocument<crate::types::Contact>> {
            let (client, options) = (self.client, std::mem::take(&mut self.options));
            crate::client::call::send(client, &Self::OPERATION, options, self.send_raw())
                .await
                .map(ResponseValue::into_inner)
        }

        /// Like [`send`](Self::send), with the status and headers of the response.
        pub async fn send_with_response(
            mut self,
        ) -> crate::Result<
            crate::Response<crate::document::ListDocument<crate::types::Contact>>,
        > {
            let (client, options) = (self.client, std::mem::take(&mut self.options));
            crate::client::call::send(client, &Self::OPERATION, options, self.send_raw())
                .await
                .map(crate::Response::from_progenitor)
        }
    }

    impl CreateContact<'_> {
        /// What the spans of this operation are named after.
        const OPERATION: crate::client::Operation = crate::client::Operation {
            id: "create_contact",
            call_name: "spiro.create_contact",
            attempt: crate::client::Target {
                name: "POST /contacts",
                template: Some("/contacts"),
            },
        };
        /// Overrides the client's timeout and retry policy for this call (and, for a
        /// list, every page of it).
        pub fn options(mut self, options: crate::CallOptions) -> Self {
            self.options = options;
            self
        }

        ///Sends a `POST` request to `/contacts`
        ///
        /// Returns the decoded body, or [`crate::Error`] for anything that went wrong (an error status with its body decoded, a revoked grant, a body that does not decode, …). [`send_with_response`](Self::send_with_response) also returns the status and headers.
        pub async fn send(
            mut self,
        ) -> crate::Result<crate::document::Document<crate::types::Contact>> {
            let (client, options) = (self.client, std::mem::take(&mut self.options));
            crate::client::call::send(client, &Self::OPERATION, options, self.send_raw())
                .await
                .map(ResponseValue::into_inner)
        }

        /// Like [`send`](Self::send), with the status and headers of the response.
        pub async fn send_with_response(
            mut self,
        ) -> crate::Result<
            crate::Response<crate::document::Document<crate::types::Contact>>,
        > {
            let (client, options) = (self.client, std::mem::take(&mut self.options));
            crate::client::call::send(client, &Self::OPERATION, options, self.send_raw())
                .await
                .map(crate::Response::from_progenitor)
        }
    }

    impl GetContact<'_> {
        /// What the spans of this operation are named after.
        const OPERATION: crate::client::Operation = crate::client::Operation {
            id: "get_contact",
            call_name: "spiro.get_contact",
            attempt: crate::client::Target {
                name: "GET /contacts/{id}",
                template: Some("/contacts/{id}"),
            },
        };
        /// Overrides the client's timeout and retry policy for this call (and, for a
        /// list, every page of it).
        pub fn options(mut self, options: crate::CallOptions) -> Self {
            self.options = options;
            self
        }

        ///Sends a `GET` request to `/contacts/{id}`
        ///
        /// Returns the decoded body, or [`crate::Error`] for anything that went wrong (an error status with its body decoded, a revoked grant, a body that does not decode, …). [`send_with_response`](Self::send_with_response) also returns the status and headers.
        pub async fn send(
            mut self,
        ) -> crate::Result<crate::document::Document<crate::types::Contact>> {
            let (client, options) = (self.client, std::mem::take(&mut self.options));
            crate::client::call::send(client, &Self::OPERATION, options, self.send_raw())
                .await
                .map(ResponseValue::into_inner)
        }

        /// Like [`send`](Self::send), with the status and headers of the response.
        pub async fn send_with_response(
            mut self,
        ) -> crate::Result<
            crate::Response<crate::document::Document<crate::types::Contact>>,
        > {
            let (client, options) = (self.client, std::mem::take(&mut self.options));
            crate::client::call::send(client, &Self::OPERATION, options, self.send_raw())
                .await
                .map(crate::Response::from_progenitor)
        }
    }

    impl UpdateContact<'_> {
        /// What the spans of this operation are named after.
        const OPERATION: crate::client::Operation = crate::client::Operation {
            id: "update_contact",
            call_name: "spiro.update_contact",
            attempt: crate::client::Target {
                name: "PUT /contacts/{id}",
                template: Some("/contacts/{id}"),
            },
        };
        /// Overrides the client's timeout and retry policy for this call (and, for a
        /// list, every page of it).
        pub fn options(mut self, options: crate::CallOptions) -> Self {
            self.options = options;
            self
        }

        ///Sends a `PUT` request to `/contacts/{id}`
        ///
        /// Returns the decoded body, or [`crate::Error`] for anything that went wrong (an error status with its body decoded, a revoked grant, a body that does not decode, …). [`send_with_response`](Self::send_with_response) also returns the status and headers.
        pub async fn send(
            mut self,
        ) -> crate::Result<crate::document::Document<crate::types::Contact>> {
            let (client, options) = (self.client, std::mem::take(&mut self.options));
            crate::client::call::send(
                    client,
                    &Self::OPERATION,
                    options,
                    self.with_path_id().send_raw(),
                )
                .await
                .map(ResponseValue::into_inner)
        }

        /// Like [`send`](Self::send), with the status and headers of the response.
        pub async fn send_with_response(
            mut self,
        ) -> crate::Result<
            crate::Response<crate::document::Document<crate::types::Contact>>,
        > {
            let (client, options) = (self.client, std::mem::take(&mut self.options));
            crate::client::call::send(
                    client,
                    &Self::OPERATION,
                    options,
                    self.with_path_id().send_raw(),
                )
                .await
                .map(crate::Response::from_progenitor)
        }
    }

    impl DeleteContact<'_> {
        /// What the spans of this operation are named after.
        const OPERATION: crate::client::Operation = crate::client::Operation {
            id: "delete_contact",
            call_name: "spiro.delete_contact",
            attempt: crate::client::Target {
                name: "DELETE /contacts/{id}",
                template: Some("/contacts/{id}"),
            },
        };
        /// Overrides the client's timeout and retry policy for this call (and, for a
        /// list, every page of it).
        pub fn options(mut self, options: crate::CallOptions) -> Self {
            self.options = options;
            self
        }

        ///Sends a `DELETE` request to `/contacts/{id}`
        ///
        /// Returns `Ok(())` on success, or [`crate::Error`] for anything that went wrong (an error status with its body decoded, a revoked grant, a body that does not decode, …). [`send_with_response`](Self::send_with_response) also returns the status and headers.
        pub async fn send(mut self) -> crate::Result<()> {
            let (client, options) = (self.client, std::mem::take(&mut self.options));
            crate::client::call::send(client, &Self::OPERATION, options, self.send_raw())
                .await
                .map(ResponseValue::into_inner)
        }

        /// Like [`send`](Self::send), with the status and headers of the response.
        pub async fn send_with_response(mut self) -> crate::Result<crate::Response<()>> {
            let (client, options) = (self.client, std::mem::take(&mut self.options));
            crate::client::call::send(client, &Self::OPERATION, options, self.send_raw())
                .await
                .map(crate::Response::from_progenitor)
        }
    }

    impl ListOpportunities<'_> {
        /// What the spans of this operation are named after.
        const OPERATION: crate::client::Operation = crate::client::Operation {
            id: "list_opportunities",
            call_name: "spiro.list_opportunities",
            attempt: crate::client::Target {
                name: "GET /opportunities",
                template: Some("/opportunities"),
            },
        };
        /// Overrides the client's timeout and retry policy for this call (and, for a
        /// list, every page of it).
        pub fn options(mut self, options: crate::CallOptions) -> Self {
            self.options = options;
            self
        }

        ///Sends a `GET` request to `/opportunities`
        ///
        /// Returns the decoded body, or [`crate::Error`] for anything that went wrong (an error status with its body decoded, a revoked grant, a body that does not decode, …). [`send_with_response`](Self::send_with_response) also returns the status and headers.
        pub async fn send(
            mut self,
        ) -> crate::Result<crate::document::ListDocument<crate::types::Opportunity>> {
            let (client, options) = (self.client, std::mem::take(&mut self.options));
            crate::client::call::send(client, &Self::OPERATION, options, self.send_raw())
                .await
                .map(ResponseValue::into_inner)
        }

        /// Like [`send`](Self::send), with the status and headers of the response.
        pub async fn send_with_response(
            mut self,
        ) -> crate::Result<
            crate::Response<crate::document::ListDocument<crate::types::Opportunity>>,
        > {
            let (client, options) = (self.client, std::mem::take(&mut self.options));
            crate::client::call::send(client, &Self::OPERATION, options, self.send_raw())
                .await
                .map(crate::Response::from_progenitor)
        }
    }

    impl CreateOpportunity<'_> {
        /// What the spans of this operation are named after.
        const OPERATION: crate::client::Operation = crate::client::Operation {
            id: "create_opportunity",
            call_name: "spiro.create_opportunity",
            attempt: crate::client::Target {
                name: "POST /opportunities",
                template: Some("/opportunities"),
            },
        };
        /// Overrides the client's timeout and retry policy for this call (and, for a
        /// list, every page of it).
        pub fn options(mut self, options: crate::CallOptions) -> Self {
            self.options = options;
            self
        }

        ///Sends a `POST` request to `/opportunities`
        ///
        /// Returns the decoded body, or [`crate::Error`] for anything that went wrong (an error status with its body decoded, a revoked grant, a body that does not decode, …). [`send_with_response`](Self::send_with_response) also returns the status and headers.
        pub async fn send(
            mut self,
        ) -> crate::Result<crate::document::Document<crate::types::Opportunity>> {
            let (client, options) = (self.client, std::mem::take(&mut self.options));
            crate::client::call::send(client, &Self::OPERATION, options, self.send_raw())
                .await
                .map(ResponseValue::into_inner)
        }

        /// Like [`send`](Self::send), with the status and headers of the response.
        pub async fn send_with_response(
            mut self,
        ) -> crate::Result<
            crate::Response<crate::document::Document<crate::types::Opportunity>>,
        > {
            let (client, options) = (self.client, std::mem::take(&mut self.options));
            crate::client::call::send(client, &Self::OPERATION, options, self.send_raw())
                .await
                .map(crate::Response::from_progenitor)
        }
    }

    impl GetOpportunity<'_> {
        /// What the spans of this operation are named after.
        const OPERATION: crate::client::Operation = crate::client::Operation {
            id: "get_opportunity",
            call_name: "spiro.get_opportunity",
            attempt: crate::client::Target {
                name: "GET /opportunities/{id}",
                template: Some("/opportunities/{id}"),
            },
        };
        /// Overrides the client's timeout and retry policy for this call (and, for a
        /// list, every page of it).
        pub fn options(mut self, options: crate::CallOptions) -> Self {
            self.options = options;
            self
        }

        ///Sends a `GET` request to `/opportunities/{id}`
        ///
        /// Returns the decoded body, or [`crate::Error`] for anything that went wrong (an error status with its body decoded, a revoked grant, a body that does not decode, …). [`send_with_response`](Self::send_with_response) also returns the status and headers.
        pub async fn send(
            mut self,
        ) -> crate::Result<crate::document::Document<crate::types::Opportunity>> {
            let (client, options) = (self.client, std::mem::take(&mut self.options));
            crate::client::call::send(client, &Self::OPERATION, options, self.send_raw())
                .await
                .map(ResponseValue::into_inner)
        }

        /// Like [`send`](Self::send), with the status and headers of the response.
        pub async fn send_with_response(
            mut self,
        ) -> crate::Result<
            crate::Response<crate::document::Document<crate::types::Opportunity>>,
        > {
            let (client, options) = (self.client, std::mem::take(&mut self.options));
            crate::client::call::send(client, &Self::OPERATION, options, self.send_raw())
                .await
                .map(crate::Response::from_progenitor)
        }
    }

    impl UpdateOpportunity<'_> {
        /// What the spans of this operation are named after.
        const OPERATION: crate::client::Operation = crate::client::Operation {
            id: "update_opportunity",
            call_name: "spiro.update_opportunity",
            attempt: crate::client::Target {
                name: "PUT /opportunities/{id}",
                template: Some("/opportunities/{id}"),
            },
        };
        /// Overrides the client's timeout and retry policy for this call (and, for a
        /// list, every page of it).
        pub fn options(mut self, options: crate::CallOptions) -> Self {
            self.options = options;
            self
        }

        ///Sends a `PUT` request to `/opportunities/{id}`
        ///
        /// Returns the decoded body, or [`crate::Error`] for anything that went wrong (an error status with its body decoded, a revoked grant, a body that does not decode, …). [`send_with_response`](Self::send_with_response) also returns the status and headers.
        pub async fn send(
            mut self,
        ) -> crate::Result<crate::document::Document<crate::types::Opportunity>> {
            let (client, options) = (self.client, std::mem::take(&mut self.options));
            crate::client::call::send(
                    client,
                    &Self::OPERATION,
                    options,
                    self.with_path_id().send_raw(),
                )
                .await
                .map(ResponseValue::into_inner)
        }

        /// Like [`send`](Self::send), with the status and headers of the response.
        pub async fn send_with_response(
            mut self,
        ) -> crate::Result<
            crate::Response<crate::document::Document<crate::types::Opportunity>>,
        > {
            let (client, options) = (self.client, std::mem::take(&mut self.options));
            crate::client::call::send(
                    client,
                    &Self::OPERATION,
                    options,
                    self.with_path_id().send_raw(),
                )
                .await
                .map(crate::Response::from_progenitor)
        }
    }

    impl DeleteOpportunity<'_> {
        /// What the spans of this operation are named after.
        const OPERATION: crate::client::Operation = crate::client::Operation {
            id: "delete_opportunity",
            call_name: "spiro.delete_opportunity",
            attempt: crate::client::Target {
                name: "DELETE /opportunities/{id}",
                template: Some("/opportunities/{id}"),
            },
        };
        /// Overrides the client's timeout and retry policy for this call (and, for a
        /// list, every page of it).
        pub fn options(mut self, options: crate::CallOptions) -> Self {
            self.options = options;
            self
        }

        ///Sends a `DELETE` request to `/opportunities/{id}`
        ///
        /// Returns `Ok(())` on success, or [`crate::Error`] for anything that went wrong (an error status with its body decoded, a revoked grant, a body that does not decode, …). [`send_with_response`](Self::send_with_response) also returns the status and headers.
        pub async fn send(mut self) -> crate::Result<()> {
            let (client, options) = (self.client, std::mem::take(&mut self.options));
            crate::client::call::send(client, &Self::OPERATION, options, self.send_raw())
                .await
                .map(ResponseValue::into_inner)
        }

        /// Like [`send`](Self::send), with the status and headers of the response.
        pub async fn send_with_response(mut self) -> crate::Result<crate::Response<()>> {
            let (client, options) = (self.client, std::mem::take(&mut self.options));
            crate::client::call::send(client, &Self::OPERATION, options, self.send_raw())
                .await
                .map(crate::Response::from_progenitor)
        }
    }

    impl ListPipelines<'_> {
        /// What the spans of this operation are named after.
        const OPERATION: crate::client::Operation = crate::client::Operation {
            id: "list_pipelines",
            call_name: "spiro.list_pipelines",
            attempt: crate::client::Target {
                name: "GET /pipelines",
                template: Some("/pipelines"),
            },
        };
        /// Overrides the client's timeout and retry policy for this call (and, for a
        /// list, every page of it).
        pub fn options(mut self, options: crate::CallOptions) -> Self {
            self.options = options;
            self
        }

        ///Sends a `GET` request to `/pipelines`
        ///
        /// Returns the decoded body, or [`crate::Error`] for anything that went wrong (an error status with its body decoded, a revoked grant, a body that does not decode, …). [`send_with_response`](Self::send_with_response) also returns the status and headers.
        pub async fn send(
            mut self,
        ) -> crate::Result<crate::document::ListDocument<crate::types::Pipeline>> {
            let (client, options) = (self.client, std::mem::take(&mut self.options));
            crate::client::call::send(client, &Self::OPERATION, options, self.send_raw())
                .await
                .map(ResponseValue::into_inner)
        }

        /// Like [`send`](Self::send), with the status and headers of the response.
        pub async fn send_with_response(
            mut self,
        ) -> crate::Result<
            crate::Response<crate::document::ListDocument<crate::types::Pipeline>>,
        > {
            let (client, options) = (self.client, std::mem::take(&mut self.options));
            crate::client::call::send(client, &Self::OPERATION, options, self.send_raw())
                .await
                .map(crate::Response::from_progenitor)
        }
    }

    impl GetPipeline<'_> {
        /// What the spans of this operation are named after.
        const OPERATION: crate::client::Operation = crate::client::Operation {
            id: "get_pipeline",
            call_name: "spiro.get_pipeline",
            attempt: crate::client::Target {
                name: "GET /pipelines/{id}",
                template: Some("/pipelines/{id}"),
            },
        };
        /// Overrides the client's timeout and retry policy for this call (and, for a
        /// list, every page of it).
        pub fn options(mut self, options: crate::CallOptions) -> Self {
            self.options = options;
            self
        }

        ///Sends a `GET` request to `/pipelines/{id}`
        ///
        /// Returns the decoded body, or [`crate::Error`] for anything that went wrong (an error status with its body decoded, a revoked grant, a body that does not decode, …). [`send_with_response`](Self::send_with_response) also returns the status and headers.
        pub async fn send(
            mut self,
        ) -> crate::Result<crate::document::Document<crate::types::Pipeline>> {
            let (client, options) = (self.client, std::mem::take(&mut self.options));
            crate::client::call::send(client, &Self::OPERATION, options, self.send_raw())
                .await
                .map(ResponseValue::into_inner)
        }

        /// Like [`send`](Self::send), with the status and headers of the response.
        pub async fn send_with_response(
            mut self,
        ) -> crate::Result<
            crate::Response<crate::document::Document<crate::types::Pipeline>>,
        > {
            let (client, options) = (self.client, std::mem::take(&mut self.options));
            crate::client::call::send(client, &Self::OPERATION, options, self.send_raw())
                .await
                .map(crate::Response::from_progenitor)
        }
    }

    impl ListPipelineOpportunityStages<'_> {
        /// What the spans of this operation are named after.
        const OPERATION: crate::client::Operation = crate::client::Operation {
            id: "list_pipeline_opportunity_stages",
            call_name: "spiro.list_pipeline_opportunity_stages",
            attempt: crate::client::Target {
                name: "GET /pipelines/{id}/opportunity_stages",
                template: Some("/pipelines/{id}/opportunity_stages"),
            },
        };
        /// Overrides the client's timeout and retry policy for this call (and, for a
        /// list, every page of it).
        pub fn options(mut self, options: crate::CallOptions) -> Self {
            self.options = options;
            self
        }

        ///Sends a `GET` request to `/pipelines/{id}/opportunity_stages`
        ///
        /// Returns the decoded body, or [`crate::Error`] for anything that went wrong (an error status with its body decoded, a revoked grant, a body that does not decode, …). [`send_with_response`](Self::send_with_response) also returns the status and headers.
        pub async fn send(
            mut self,
        ) -> crate::Result<
            crate::document::ListDocument<crate::types::OpportunityStage>,
        > {
            let (client, options) = (self.client, std::mem::take(&mut self.options));
            crate::client::call::send(client, &Self::OPERATION, options, self.send_raw())
                .await
                .map(ResponseValue::into_inner)
        }

        /// Like [`send`](Self::send), with the status and headers of the response.
        pub async fn send_with_response(
            mut self,
        ) -> crate::Result<
            crate::Response<
                crate::document::ListDocument<crate::types::OpportunityStage>,
            >,
        > {
            let (client, options) = (self.client, std::mem::take(&mut self.options));
            crate::client::call::send(client, &Self::OPERATION, options, self.send_raw())
                .await
                .map(crate::Response::from_progenitor)
        }
    }

    impl ListUsers<'_> {
        /// What the spans of this operation are named after.
        const OPERATION: crate::client::Operation = crate::client::Operation {
            id: "list_users",
            call_name: "spiro.list_users",
            attempt: crate::client::Target {
                name: "GET /users",
                template: Some("/users"),
            },
        };
        /// Overrides the client's timeout and retry policy for this call (and, for a
        /// list, every page of it).
        pub fn options(mut self, options: crate::CallOptions) -> Self {
            self.options = options;
            self
        }

        ///Sends a `GET` request to `/users`
        ///
        /// Returns the decoded body, or [`crate::Error`] for anything that went wrong (an error status with its body decoded, a revoked grant, a body that does not decode, …). [`send_with_response`](Self::send_with_response) also returns the status and headers.
        pub async fn send(
            mut self,
        ) -> crate::Result<crate::document::ListDocument<crate::types::User>> {
            let (client, options) = (self.client, std::mem::take(&mut self.options));
            crate::client::call::send(client, &Self::OPERATION, options, self.send_raw())
                .await
                .map(ResponseValue::into_inner)
        }

        /// Like [`send`](Self::send), with the status and headers of the response.
        pub async fn send_with_response(
            mut self,
        ) -> crate::Result<
            crate::Response<crate::document::ListDocument<crate::types::User>>,
        > {
            let (client, options) = (self.client, std::mem::take(&mut self.options));
            crate::client::call::send(client, &Self::OPERATION, options, self.send_raw())
                .await
                .map(crate::Response::from_progenitor)
        }
    }

    impl GetUser<'_> {
        /// What the spans of this operation are named after.
        const OPERATION: crate::client::Operation = crate::client::Operation {
            id: "get_user",
            call_name: "spiro.get_user",
            attempt: crate::client::Target {
                name: "GET /users/{id}",
                template: Some("/users/{id}"),
            },
        };
        /// Overrides the client's timeout and retry policy for this call (and, for a
        /// list, every page of it).
        pub fn options(mut self, options: crate::CallOptions) -> Self {
            self.options = options;
            self
        }

        ///Sends a `GET` request to `/users/{id}`
        ///
        /// Returns the decoded body, or [`crate::Error`] for anything that went wrong (an error status with its body decoded, a revoked grant, a body that does not decode, …). [`send_with_response`](Self::send_with_response) also returns the status and headers.
        pub async fn send(
            mut self,
        ) -> crate::Result<crate::document::Document<crate::types::User>> {
            let (client, options) = (self.client, std::mem::take(&mut self.options));
            crate::client::call::send(client, &Self::OPERATION, options, self.send_raw())
                .await
                .map(ResponseValue::into_inner)
        }

        /// Like [`send`](Self::send), with the status and headers of the response.
        pub async fn send_with_response(
            mut self,
        ) -> crate::Result<
            crate::Response<crate::document::Document<crate::types::User>>,
        > {
            let (client, options) = (self.client, std::mem::take(&mut self.options));
            crate::client::call::send(client, &Self::OPERATION, options, self.send_raw())
                .await
                .map(crate::Response::from_progenitor)
        }
    }

    impl ListReminders<'_> {
        /// What the spans of this operation are named after.
        const OPERATION: crate::client::Operation = crate::client::Operation {
            id: "list_reminders",
            call_name: "spiro.list_reminders",
            attempt: crate::client::Target {
                name: "GET /reminders",
                template: Some("/reminders"),
            },
        };
        /// Overrides the client's timeout and retry policy for this call (and, for a
        /// list, every page of it).
        pub fn options(mut self, options: crate::CallOptions) -> Self {
            self.options = options;
            self
        }

        ///Sends a `GET` request to `/reminders`
        ///
        /// Returns the decoded body, or [`crate::Error`] for anything that went wrong (an error status with its body decoded, a revoked grant, a body that does not decode, …). [`send_with_response`](Self::send_with_response) also returns the status and headers.
        pub async fn send(
            mut self,
        ) -> crate::Result<crate::document::ListDocument<crate::types::Reminder>> {
            let (client, options) = (self.client, std::mem::take(&mut self.options));
            crate::client::call::send(client, &Self::OPERATION, options, self.send_raw())
                .await
                .map(ResponseValue::into_inner)
        }

        /// Like [`send`](Self::send), with the status and headers of the response.
        pub async fn send_with_response(
            mut self,
        ) -> crate::Result<
            crate::Response<crate::document::ListDocument<crate::types::Reminder>>,
        > {
            let (client, options) = (self.client, std::mem::take(&mut self.options));
            crate::client::call::send(client, &Self::OPERATION, options, self.send_raw())
                .await
                .map(crate::Response::from_progenitor)
        }
    }

    impl CreateReminder<'_> {
        /// What the spans of this operation are named after.
        const OPERATION: crate::client::Operation = crate::client::Operation {
            id: "create_reminder",
            call_name: "spiro.create_reminder",
            attempt: crate::client::Target {
                name: "POST /reminders",
                template: Some("/reminders"),
            },
        };
        /// Overrides the client's timeout and retry policy for this call (and, for a
        /// list, every page of it).
        pub fn options(mut self, options: crate::CallOptions) -> Self {
            self.options = options;
            self
        }

        ///Sends a `POST` request to `/reminders`
        ///
        /// Returns the decoded body, or [`crate::Error`] for anything that went wrong (an error status with its body decoded, a revoked grant, a body that does not decode, …). [`send_with_response`](Self::send_with_response) also returns the status and headers.
        pub async fn send(
            mut self,
        ) -> crate::Result<crate::document::Document<crate::types::Reminder>> {
            let (client, options) = (self.client, std::mem::take(&mut self.options));
            crate::client::call::send(client, &Self::OPERATION, options, self.send_raw())
                .await
                .map(ResponseValue::into_inner)
        }

        /// Like [`send`](Self::send), with the status and headers of the response.
        pub async fn send_with_response(
            mut self,
        ) -> crate::Result<
            crate::Response<crate::document::Document<crate::types::Reminder>>,
        > {
            let (client, options) = (self.client, std::mem::take(&mut self.options));
            crate::client::call::send(client, &Self::OPERATION, options, self.send_raw())
                .await
                .map(crate::Response::from_progenitor)
        }
    }

    impl GetReminder<'_> {
        /// What the spans of this operation are named after.
        const OPERATION: crate::client::Operation = crate::client::Operation {
            id: "get_reminder",
            call_name: "spiro.get_reminder",
            attempt: crate::client::Target {
                name: "GET /reminders/{id}",
                template: Some("/reminders/{id}"),
            },
        };
        /// Overrides the client's timeout and retry policy for this call (and, for a
        /// list, every page of it).
        pub fn options(mut self, options: crate::CallOptions) -> Self {
            self.options = options;
            self
        }

        ///Sends a `GET` request to `/reminders/{id}`
        ///
        /// Returns the decoded body, or [`crate::Error`] for anything that went wrong (an error status with its body decoded, a revoked grant, a body that does not decode, …). [`send_with_response`](Self::send_with_response) also returns the status and headers.
        pub async fn send(
            mut self,
        ) -> crate::Result<crate::document::Document<crate::types::Reminder>> {
            let (client, options) = (self.client, std::mem::take(&mut self.options));
            crate::client::call::send(client, &Self::OPERATION, options, self.send_raw())
                .await
                .map(ResponseValue::into_inner)
        }

        /// Like [`send`](Self::send), with the status and headers of the response.
        pub async fn send_with_response(
            mut self,
        ) -> crate::Result<
            crate::Response<crate::document::Document<crate::types::Reminder>>,
        > {
            let (client, options) = (self.client, std::mem::take(&mut self.options));
            crate::client::call::send(client, &Self::OPERATION, options, self.send_raw())
                .await
                .map(crate::Response::from_progenitor)
        }
    }

    impl UpdateReminder<'_> {
        /// What the spans of this operation are named after.
        const OPERATION: crate::client::Operation = crate::client::Operation {
            id: "update_reminder",
            call_name: "spiro.update_reminder",
            attempt: crate::client::Target {
                name: "PUT /reminders/{id}",
                template: Some("/reminders/{id}"),
            },
        };
        /// Overrides the client's timeout and retry policy for this call (and, for a
        /// list, every page of it).
        pub fn options(mut self, options: crate::CallOptions) -> Self {
            self.options = options;
            self
        }

        ///Sends a `PUT` request to `/reminders/{id}`
        ///
        /// Returns the decoded body, or [`crate::Error`] for anything that went wrong (an error status with its body decoded, a revoked grant, a body that does not decode, …). [`send_with_response`](Self::send_with_response) also returns the status and headers.
        pub async fn send(
            mut self,
        ) -> crate::Result<crate::document::Document<crate::types::Reminder>> {
            let (client, options) = (self.client, std::mem::take(&mut self.options));
            crate::client::call::send(
                    client,
                    &Self::OPERATION,
                    options,
                    self.with_path_id().send_raw(),
                )
                .await
                .map(ResponseValue::into_inner)
        }

        /// Like [`send`](Self::send), with the status and headers of the response.
        pub async fn send_with_response(
            mut self,
        ) -> crate::Result<
            crate::Response<crate::document::Document<crate::types::Reminder>>,
        > {
            let (client, options) = (self.client, std::mem::take(&mut self.options));
            crate::client::call::send(
                    client,
                    &Self::OPERATION,
                    options,
                    self.with_path_id().send_raw(),
                )
                .await
                .map(crate::Response::from_progenitor)
        }
    }

    impl DeleteReminder<'_> {
        /// What the spans of this operation are named after.
        const OPERATION: crate::client::Operation = crate::client::Operation {
            id: "delete_reminder",
            call_name: "spiro.delete_reminder",
            attempt: crate::client::Target {
                name: "DELETE /reminders/{id}",
                template: Some("/reminders/{id}"),
            },
        };
        /// Overrides the client's timeout and retry policy for this call (and, for a
        /// list, every page of it).
        pub fn options(mut self, options: crate::CallOptions) -> Self {
            self.options = options;
            self
        }

        ///Sends a `DELETE` request to `/reminders/{id}`
        ///
        /// Returns `Ok(())` on success, or [`crate::Error`] for anything that went wrong (an error status with its body decoded, a revoked grant, a body that does not decode, …). [`send_with_response`](Self::send_with_response) also returns the status and headers.
        pub async fn send(mut self) -> crate::Result<()> {
            let (client, options) = (self.client, std::mem::take(&mut self.options));
            crate::client::call::send(client, &Self::OPERATION, options, self.send_raw())
                .await
                .map(ResponseValue::into_inner)
        }

        /// Like [`send`](Self::send), with the status and headers of the response.
        pub async fn send_with_response(mut self) -> crate::Result<crate::Response<()>> {
            let (client, options) = (self.client, std::mem::take(&mut self.options));
            crate::client::call::send(client, &Self::OPERATION, options, self.send_raw())
                .await
                .map(crate::Response::from_progenitor)
        }
    }

    impl ListActivities<'_> {
        /// What the spans of this operation are named after.
        const OPERATION: crate::client::Operation = crate::client::Operation {
            id: "list_activities",
            call_name: "spiro.list_activities",
            attempt: crate::client::Target {
                name: "GET /activities",
                template: Some("/activities"),
            },
        };
        /// Overrides the client's timeout and retry policy for this call (and, for a
        /// list, every page of it).
        pub fn options(mut self, options: crate::CallOptions) -> Self {
            self.options = options;
            self
        }

        ///Sends a `GET` request to `/activities`
        ///
        /// Returns the decoded body, or [`crate::Error`] for anything that went wrong (an error status with its body decoded, a revoked grant, a body that does not decode, …). [`send_with_response`](Self::send_with_response) also returns the status and headers.
        pub async fn send(
            mut self,
        ) -> crate::Result<crate::document::ListDocument<crate::types::Activity>> {
            let (client, options) = (self.client, std::mem::take(&mut self.options));
            crate::client::call::send(client, &Self::OPERATION, options, self.send_raw())
                .await
                .map(ResponseValue::into_inner)
        }

        /// Like [`send`](Self::send), with the status and headers of the response.
        pub async fn send_with_response(
            mut self,
        ) -> crate::Result<
            crate::Response<crate::document::ListDocument<crate::types::Activity>>,
        > {
            let (client, options) = (self.client, std::mem::take(&mut self.options));
            crate::client::call::send(client, &Self::OPERATION, options, self.send_raw())
                .await
                .map(crate::Response::from_progenitor)
        }
    }

    impl CreateActivity<'_> {
        /// What the spans of this operation are named after.
        const OPERATION: crate::client::Operation = crate::client::Operation {
            id: "create_activity",
            call_name: "spiro.create_activity",
            attempt: crate::client::Target {
                name: "POST /activities",
                template: Some("/activities"),
            },
        };
        /// Overrides the client's timeout and retry policy for this call (and, for a
        /// list, every page of it).
        pub fn options(mut self, options: crate::CallOptions) -> Self {
            self.options = options;
            self
        }

        ///Sends a `POST` request to `/activities`
        ///
        /// Returns the decoded body, or [`crate::Error`] for anything that went wrong (an error status with its body decoded, a revoked grant, a body that does not decode, …). [`send_with_response`](Self::send_with_response) also returns the status and headers.
        pub async fn send(
            mut self,
        ) -> crate::Result<crate::document::Document<crate::types::Activity>> {
            let (client, options) = (self.client, std::mem::take(&mut self.options));
            crate::client::call::send(client, &Self::OPERATION, options, self.send_raw())
                .await
                .map(ResponseValue::into_inner)
        }

        /// Like [`send`](Self::send), with the status and headers of the response.
        pub async fn send_with_response(
            mut self,
        ) -> crate::Result<
            crate::Response<crate::document::Document<crate::types::Activity>>,
        > {
            let (client, options) = (self.client, std::mem::take(&mut self.options));
            crate::client::call::send(client, &Self::OPERATION, options, self.send_raw())
                .await
                .map(crate::Response::from_progenitor)
        }
    }

    impl GetActivity<'_> {
        /// What the spans of this operation are named after.
        const OPERATION: crate::client::Operation = crate::client::Operation {
            id: "get_activity",
            call_name: "spiro.get_activity",
            attempt: crate::client::Target {
                name: "GET /activities/{id}",
                template: Some("/activities/{id}"),
            },
        };
        /// Overrides the client's timeout and retry policy for this call (and, for a
        /// list, every page of it).
        pub fn options(mut self, options: crate::CallOptions) -> Self {
            self.options = options;
            self
        }

        ///Sends a `GET` request to `/activities/{id}`
        ///
        /// Returns the decoded body, or [`crate::Error`] for anything that went wrong (an error status with its body decoded, a revoked grant, a body that does not decode, …). [`send_with_response`](Self::send_with_response) also returns the status and headers.
        pub async fn send(
            mut self,
        ) -> crate::Result<crate::document::Document<crate::types::Activity>> {
            let (client, options) = (self.client, std::mem::take(&mut self.options));
            crate::client::call::send(client, &Self::OPERATION, options, self.send_raw())
                .await
                .map(ResponseValue::into_inner)
        }

        /// Like [`send`](Self::send), with the status and headers of the response.
        pub async fn send_with_response(
            mut self,
        ) -> crate::Result<
            crate::Response<crate::document::Document<crate::types::Activity>>,
        > {
            let (client, options) = (self.client, std::mem::take(&mut self.options));
            crate::client::call::send(client, &Self::OPERATION, options, self.send_raw())
                .await
                .map(crate::Response::from_progenitor)
        }
    }

    impl UpdateActivity<'_> {
        /// What the spans of this operation are named after.
        const OPERATION: crate::client::Operation = crate::client::Operation {
            id: "update_activity",
            call_name: "spiro.update_activity",
            attempt: crate::client::Target {
                name: "PUT /activities/{id}",
                template: Some("/activities/{id}"),
            },
        };
        /// Overrides the client's timeout and retry policy for this call (and, for a
        /// list, every page of it).
        pub fn options(mut self, options: crate::CallOptions) -> Self {
            self.options = options;
            self
        }

        ///Sends a `PUT` request to `/activities/{id}`
        ///
        /// Returns the decoded body, or [`crate::Error`] for anything that went wrong (an error status with its body decoded, a revoked grant, a body that does not decode, …). [`send_with_response`](Self::send_with_response) also returns the status and headers.
        pub async fn send(
            mut self,
        ) -> crate::Result<crate::document::Document<crate::types::Activity>> {
            let (client, options) = (self.client, std::mem::take(&mut self.options));
            crate::client::call::send(
                    client,
                    &Self::OPERATION,
                    options,
                    self.with_path_id().send_raw(),
                )
                .await
                .map(ResponseValue::into_inner)
        }

        /// Like [`send`](Self::send), with the status and headers of the response.
        pub async fn send_with_response(
            mut self,
        ) -> crate::Result<
            crate::Response<crate::document::Document<crate::types::Activity>>,
        > {
            let (client, options) = (self.client, std::mem::take(&mut self.options));
            crate::client::call::send(
                    client,
                    &Self::OPERATION,
                    options,
                    self.with_path_id().send_raw(),
                )
                .await
                .map(crate::Response::from_progenitor)
        }
    }

    impl DeleteActivity<'_> {
        /// What the spans of this operation are named after.
        const OPERATION: crate::client::Operation = crate::client::Operation {
            id: "delete_activity",
            call_name: "spiro.delete_activity",
            attempt: crate::client::Target {
                name: "DELETE /activities/{id}",
                template: Some("/activities/{id}"),
            },
        };
        /// Overrides the client's timeout and retry policy for this call (and, for a
        /// list, every page of it).
        pub fn options(mut self, options: crate::CallOptions) -> Self {
            self.options = options;
            self
        }

        ///Sends a `DELETE` request to `/activities/{id}`
        ///
        /// Returns `Ok(())` on success, or [`crate::Error`] for anything that went wrong (an error status with its body decoded, a revoked grant, a body that does not decode, …). [`send_with_response`](Self::send_with_response) also returns the status and headers.
        pub async fn send(mut self) -> crate::Result<()> {
            let (client, options) = (self.client, std::mem::take(&mut self.options));
            crate::client::call::send(client, &Self::OPERATION, options, self.send_raw())
                .await
                .map(ResponseValue::into_inner)
        }

        /// Like [`send`](Self::send), with the status and headers of the response.
        pub async fn send_with_response(mut self) -> crate::Result<crate::Response<()>> {
            let (client, options) = (self.client, std::mem::take(&mut self.options));
            crate::client::call::send(client, &Self::OPERATION, options, self.send_raw())
                .await
                .map(crate::Response::from_progenitor)
        }
    }

    impl ListCampaigns<'_> {
        /// What the spans of this operation are named after.
        const OPERATION: crate::client::Operation = crate::client::Operation {
            id: "list_campaigns",
            call_name: "spiro.list_campaigns",
            attempt: crate::client::Target {
                name: "GET /campaigns",
                template: Some("/campaigns"),
            },
        };
        /// Overrides the client's timeout and retry policy for this call (and, for a
        /// list, every page of it).
        pub fn options(mut self, options: crate::CallOptions) -> Self {
            self.options = options;
            self
        }

        ///Sends a `GET` request to `/campaigns`
        ///
        /// Returns the decoded body, or [`crate::Error`] for anything that went wrong (an error status with its body decoded, a revoked grant, a body that does not decode, …). [`send_with_response`](Self::send_with_response) also returns the status and headers.
        pub async fn send(
            mut self,
        ) -> crate::Result<crate::document::ListDocument<crate::types::Campaign>> {
            let (client, options) = (self.client, std::mem::take(&mut self.options));
            crate::client::call::send(client, &Self::OPERATION, options, self.send_raw())
                .await
                .map(ResponseValue::into_inner)
        }

        /// Like [`send`](Self::send), with the status and headers of the response.
        pub async fn send_with_response(
            mut self,
        ) -> crate::Result<
            crate::Response<crate::document::ListDocument<crate::types::Campaign>>,
        > {
            let (client, options) = (self.client, std::mem::take(&mut self.options));
            crate::client::call::send(client, &Self::OPERATION, options, self.send_raw())
                .await
                .map(crate::Response::from_progenitor)
        }
    }

    impl CreateCampaign<'_> {
        /// What the spans of this operation are named after.
        const OPERATION: crate::client::Operation = crate::client::Operation {
            id: "create_campaign",
            call_name: "spiro.create_campaign",
            attempt: crate::client::Target {
                name: "POST /campaigns",
                template: Some("/campaigns"),
            },
        };
        /// Overrides the client's timeout and retry policy for this call (and, for a
        /// list, every page of it).
        pub fn options(mut self, options: crate::CallOptions) -> Self {
            self.options = options;
            self
        }

        ///Sends a `POST` request to `/campaigns`
        ///
        /// Returns the decoded body, or [`crate::Error`] for anything that went wrong (an error status with its body decoded, a revoked grant, a body that does not decode, …). [`send_with_response`](Self::send_with_response) also returns the status and headers.
        pub async fn send(
            mut self,
        ) -> crate::Result<crate::document::Document<crate::types::Campaign>> {
            let (client, options) = (self.client, std::mem::take(&mut self.options));
            crate::client::call::send(client, &Self::OPERATION, options, self.send_raw())
                .await
                .map(ResponseValue::into_inner)
        }

        /// Like [`send`](Self::send), with the status and headers of the response.
        pub async fn send_with_response(
            mut self,
        ) -> crate::Result<
            crate::Response<crate::document::Document<crate::types::Campaign>>,
        > {
            let (client, options) = (self.client, std::mem::take(&mut self.options));
            crate::client::call::send(client, &Self::OPERATION, options, self.send_raw())
                .await
                .map(crate::Response::from_progenitor)
        }
    }

    impl GetCampaign<'_> {
        /// What the spans of this operation are named after.
        const OPERATION: crate::client::Operation = crate::client::Operation {
            id: "get_campaign",
            call_name: "spiro.get_campaign",
            attempt: crate::client::Target {
                name: "GET /campaigns/{id}",
                template: Some("/campaigns/{id}"),
            },
        };
        /// Overrides the client's timeout and retry policy for this call (and, for a
        /// list, every page of it).
        pub fn options(mut self, options: crate::CallOptions) -> Self {
            self.options = options;
            self
        }

        ///Sends a `GET` request to `/campaigns/{id}`
        ///
        /// Returns the decoded body, or [`crate::Error`] for anything that went wrong (an error status with its body decoded, a revoked grant, a body that does not decode, …). [`send_with_response`](Self::send_with_response) also returns the status and headers.
        pub async fn send(
            mut self,
        ) -> crate::Result<crate::document::Document<crate::types::Campaign>> {
            let (client, options) = (self.client, std::mem::take(&mut self.options));
            crate::client::call::send(client, &Self::OPERATION, options, self.send_raw())
                .await
                .map(ResponseValue::into_inner)
        }

        /// Like [`send`](Self::send), with the status and headers of the response.
        pub async fn send_with_response(
            mut self,
        ) -> crate::Result<
            crate::Response<crate::document::Document<crate::types::Campaign>>,
        > {
            let (client, options) = (self.client, std::mem::take(&mut self.options));
            crate::client::call::send(client, &Self::OPERATION, options, self.send_raw())
                .await
                .map(crate::Response::from_progenitor)
        }
    }

    impl UpdateCampaign<'_> {
        /// What the spans of this operation are named after.
        const OPERATION: crate::client::Operation = crate::client::Operation {
            id: "update_campaign",
            call_name: "spiro.update_campaign",
            attempt: crate::client::Target {
                name: "PUT /campaigns/{id}",
                template: Some("/campaigns/{id}"),
            },
        };
        /// Overrides the client's timeout and retry policy for this call (and, for a
        /// list, every page of it).
        pub fn options(mut self, options: crate::CallOptions) -> Self {
            self.options = options;
            self
        }

        ///Sends a `PUT` request to `/campaigns/{id}`
        ///
        /// Returns the decoded body, or [`crate::Error`] for anything that went wrong (an error status with its body decoded, a revoked grant, a body that does not decode, …). [`send_with_response`](Self::send_with_response) also returns the status and headers.
        pub async fn send(
            mut self,
        ) -> crate::Result<crate::document::Document<crate::types::Campaign>> {
            let (client, options) = (self.client, std::mem::take(&mut self.options));
            crate::client::call::send(
                    client,
                    &Self::OPERATION,
                    options,
                    self.with_path_id().send_raw(),
                )
                .await
                .map(ResponseValue::into_inner)
        }

        /// Like [`send`](Self::send), with the status and headers of the response.
        pub async fn send_with_response(
            mut self,
        ) -> crate::Result<
            crate::Response<crate::document::Document<crate::types::Campaign>>,
        > {
            let (client, options) = (self.client, std::mem::take(&mut self.options));
            crate::client::call::send(
                    client,
                    &Self::OPERATION,
                    options,
                    self.with_path_id().send_raw(),
                )
                .await
                .map(crate::Response::from_progenitor)
        }
    }

    impl DeleteCampaign<'_> {
        /// What the spans of this operation are named after.
        const OPERATION: crate::client::Operation = crate::client::Operation {
            id: "delete_campaign",
            call_name: "spiro.delete_campaign",
            attempt: crate::client::Target {
                name: "DELETE /campaigns/{id}",
                template: Some("/campaigns/{id}"),
            },
        };
        /// Overrides the client's timeout and retry policy for this call (and, for a
        /// list, every page of it).
        pub fn options(mut self, options: crate::CallOptions) -> Self {
            self.options = options;
            self
        }

        ///Sends a `DELETE` request to `/campaigns/{id}`
        ///
        /// Returns `Ok(())` on success, or [`crate::Error`] for anything that went wrong (an error status with its body decoded, a revoked grant, a body that does not decode, …). [`send_with_response`](Self::send_with_response) also returns the status and headers.
        pub async fn send(mut self) -> crate::Result<()> {
            let (client, options) = (self.client, std::mem::take(&mut self.options));
            crate::client::call::send(client, &Self::OPERATION, options, self.send_raw())
                .await
                .map(ResponseValue::into_inner)
        }

        /// Like [`send`](Self::send), with the status and headers of the response.
        pub async fn send_with_response(mut self) -> crate::Result<crate::Response<()>> {
            let (client, options) = (self.client, std::mem::take(&mut self.options));
            crate::client::call::send(client, &Self::OPERATION, options, self.send_raw())
                .await
                .map(crate::Response::from_progenitor)
        }
    }

    impl ListQuotes<'_> {
        /// What the spans of this operation are named after.
        const OPERATION: crate::client::Operation = crate::client::Operation {
            id: "list_quotes",
            call_name: "spiro.list_quotes",
            attempt: crate::client::Target {
                name: "GET /quotes",
                template: Some("/quotes"),
            },
        };
        /// Overrides the client's timeout and retry policy for this call (and, for a
        /// list, every page of it).
        pub fn options(mut self, options: crate::CallOptions) -> Self {
            self.options = options;
            self
        }

        ///Sends a `GET` request to `/quotes`
        ///
        /// Returns the decoded body, or [`crate::Error`] for anything that went wrong (an error status with its body decoded, a revoked grant, a body that does not decode, …). [`send_with_response`](Self::send_with_response) also returns the status and headers.
        pub async fn send(
            mut self,
        ) -> crate::Result<crate::document::ListDocument<crate::types::Quote>> {
            let (client, options) = (self.client, std::mem::take(&mut self.options));
            crate::client::call::send(client, &Self::OPERATION, options, self.send_raw())
                .await
                .map(ResponseValue::into_inner)
        }

        /// Like [`send`](Self::send), with the status and headers of the response.
        pub async fn send_with_response(
            mut self,
        ) -> crate::Result<
            crate::Response<crate::document::ListDocument<crate::types::Quote>>,
        > {
            let (client, options) = (self.client, std::mem::take(&mut self.options));
            crate::client::call::send(client, &Self::OPERATION, options, self.send_raw())
                .await
                .map(crate::Response::from_progenitor)
        }
    }

    impl CreateQuote<'_> {
        /// What the spans of this operation are named after.
        const OPERATION: crate::client::Operation = crate::client::Operation {
            id: "create_quote",
            call_name: "spiro.create_quote",
            attempt: crate::client::Target {
                name: "POST /quotes",
                template: Some("/quotes"),
            },
        };
        /// Overrides the client's timeout and retry policy for this call (and, for a
        /// list, every page of it).
        pub fn options(mut self, options: crate::CallOptions) -> Self {
            self.options = options;
            self
        }

        ///Sends a `POST` request to `/quotes`
        ///
        /// Returns the decoded body, or [`crate::Error`] for anything that went wrong (an error status with its body decoded, a revoked grant, a body that does not decode, …). [`send_with_response`](Self::send_with_response) also returns the status and headers.
        pub async fn send(
            mut self,
        ) -> crate::Result<crate::document::Document<crate::types::Quote>> {
            let (client, options) = (self.client, std::mem::take(&mut self.options));
            crate::client::call::send(client, &Self::OPERATION, options, self.send_raw())
                .await
                .map(ResponseValue::into_inner)
        }

        /// Like [`send`](Self::send), with the status and headers of the response.
        pub async fn send_with_response(
            mut self,
        ) -> crate::Result<
            crate::Response<crate::document::Document<crate::types::Quote>>,
        > {
            let (client, options) = (self.client, std::mem::take(&mut self.options));
            crate::client::call::send(client, &Self::OPERATION, options, self.send_raw())
                .await
                .map(crate::Response::from_progenitor)
        }
    }

    impl GetQuote<'_> {
        /// What the spans of this operation are named after.
        const OPERATION: crate::client::Operation = crate::client::Operation {
            id: "get_quote",
            call_name: "spiro.get_quote",
            attempt: crate::client::Target {
                name: "GET /quotes/{id}",
                template: Some("/quotes/{id}"),
            },
        };
        /// Overrides the client's timeout and retry policy for this call (and, for a
        /// list, every page of it).
        pub fn options(mut self, options: crate::CallOptions) -> Self {
            self.options = options;
            self
        }

        ///Sends a `GET` request to `/quotes/{id}`
        ///
        /// Returns the decoded body, or [`crate::Error`] for anything that went wrong (an error status with its body decoded, a revoked grant, a body that does not decode, …). [`send_with_response`](Self::send_with_response) also returns the status and headers.
        pub async fn send(
            mut self,
        ) -> crate::Result<crate::document::Document<crate::types::Quote>> {
            let (client, options) = (self.client, std::mem::take(&mut self.options));
            crate::client::call::send(client, &Self::OPERATION, options, self.send_raw())
                .await
                .map(ResponseValue::into_inner)
        }

        /// Like [`send`](Self::send), with the status and headers of the response.
        pub async fn send_with_response(
            mut self,
        ) -> crate::Result<
            crate::Response<crate::document::Document<crate::types::Quote>>,
        > {
            let (client, options) = (self.client, std::mem::take(&mut self.options));
            crate::client::call::send(client, &Self::OPERATION, options, self.send_raw())
                .await
                .map(crate::Response::from_progenitor)
        }
    }

    impl UpdateQuote<'_> {
        /// What the spans of this operation are named after.
        const OPERATION: crate::client::Operation = crate::client::Operation {
            id: "update_quote",
            call_name: "spiro.update_quote",
            attempt: crate::client::Target {
                name: "PUT /quotes/{id}",
                template: Some("/quotes/{id}"),
            },
        };
        /// Overrides the client's timeout and retry policy for this call (and, for a
        /// list, every page of it).
        pub fn options(mut self, options: crate::CallOptions) -> Self {
            self.options = options;
            self
        }

        ///Sends a `PUT` request to `/quotes/{id}`
        ///
        /// Returns the decoded body, or [`crate::Error`] for anything that went wrong (an error status with its body decoded, a revoked grant, a body that does not decode, …). [`send_with_response`](Self::send_with_response) also returns the status and headers.
        pub async fn send(
            mut self,
        ) -> crate::Result<crate::document::Document<crate::types::Quote>> {
            let (client, options) = (self.client, std::mem::take(&mut self.options));
            crate::client::call::send(
                    client,
                    &Self::OPERATION,
                    options,
                    self.with_path_id().send_raw(),
                )
                .await
                .map(ResponseValue::into_inner)
        }

        /// Like [`send`](Self::send), with the status and headers of the response.
        pub async fn send_with_response(
            mut self,
        ) -> crate::Result<
            crate::Response<crate::document::Document<crate::types::Quote>>,
        > {
            let (client, options) = (self.client, std::mem::take(&mut self.options));
            crate::client::call::send(
                    client,
                    &Self::OPERATION,
                    options,
                    self.with_path_id().send_raw(),
                )
                .await
                .map(crate::Response::from_progenitor)
        }
    }

    impl DeleteQuote<'_> {
        /// What the spans of this operation are named after.
        const OPERATION: crate::client::Operation = crate::client::Operation {
            id: "delete_quote",
            call_name: "spiro.delete_quote",
            attempt: crate::client::Target {
                name: "DELETE /quotes/{id}",
                template: Some("/quotes/{id}"),
            },
        };
        /// Overrides the client's timeout and retry policy for this call (and, for a
        /// list, every page of it).
        pub fn options(mut self, options: crate::CallOptions) -> Self {
            self.options = options;
            self
        }

        ///Sends a `DELETE` request to `/quotes/{id}`
        ///
        /// Returns `Ok(())` on success, or [`crate::Error`] for anything that went wrong (an error status with its body decoded, a revoked grant, a body that does not decode, …). [`send_with_response`](Self::send_with_response) also returns the status and headers.
        pub async fn send(mut self) -> crate::Result<()> {
            let (client, options) = (self.client, std::mem::take(&mut self.options));
            crate::client::call::send(client, &Self::OPERATION, options, self.send_raw())
                .await
                .map(ResponseValue::into_inner)
        }

        /// Like [`send`](Self::send), with the status and headers of the response.
        pub async fn send_with_response(mut self) -> crate::Result<crate::Response<()>> {
            let (client, options) = (self.client, std::mem::take(&mut self.options));
            crate::client::call::send(client, &Self::OPERATION, options, self.send_raw())
                .await
                .map(crate::Response::from_progenitor)
        }
    }

    impl ListQuoteProducts<'_> {
        /// What the spans of this operation are named after.
        const OPERATION: crate::client::Operation = crate::client::Operation {
            id: "list_quote_products",
            call_name: "spiro.list_quote_products",
            attempt: crate::client::Target {
                name: "GET /quote_products",
                template: Some("/quote_products"),
            },
        };
        /// Overrides the client's timeout and retry policy for this call (and, for a
        /// list, every page of it).
        pub fn options(mut self, options: crate::CallOptions) -> Self {
            self.options = options;
            self
        }

        ///Sends a `GET` request to `/quote_products`
        ///
        /// Returns the decoded body, or [`crate::Error`] for anything that went wrong (an error status with its body decoded, a revoked grant, a body that does not decode, …). [`send_with_response`](Self::send_with_response) also returns the status and headers.
        pub async fn send(
            mut self,
        ) -> crate::Result<crate::document::ListDocument<crate::types::QuoteProduct>> {
            let (client, options) = (self.client, std::mem::take(&mut self.options));
            crate::client::call::send(client, &Self::OPERATION, options, self.send_raw())
                .await
                .map(ResponseValue::into_inner)
        }

        /// Like [`send`](Self::send), with the status and headers of the response.
        pub async fn send_with_response(
            mut self,
        ) -> crate::Result<
            crate::Response<crate::document::ListDocument<crate::types::QuoteProduct>>,
        > {
            let (client, options) = (self.client, std::mem::take(&mut self.options));
            crate::client::call::send(client, &Self::OPERATION, options, self.send_raw())
                .await
                .map(crate::Response::from_progenitor)
        }
    }

    impl CreateQuoteProduct<'_> {
        /// What the spans of this operation are named after.
        const OPERATION: crate::client::Operation = crate::client::Operation {
            id: "create_quote_product",
            call_name: "spiro.create_quote_product",
            attempt: crate::client::Target {
                name: "POST /quote_products",
                template: Some("/quote_products"),
            },
        };
        /// Overrides the client's timeout and retry policy for this call (and, for a
        /// list, every page of it).
        pub fn options(mut self, options: crate::CallOptions) -> Self {
            self.options = options;
            self
        }

        ///Sends a `POST` request to `/quote_products`
        ///
        /// Returns the decoded body, or [`crate::Error`] for anything that went wrong (an error status with its body decoded, a revoked grant, a body that does not decode, …). [`send_with_response`](Self::send_with_response) also returns the status and headers.
        pub async fn send(
            mut self,
        ) -> crate::Result<crate::document::Document<crate::types::QuoteProduct>> {
            let (client, options) = (self.client, std::mem::take(&mut self.options));
            crate::client::call::send(client, &Self::OPERATION, options, self.send_raw())
                .await
                .map(ResponseValue::into_inner)
        }

        /// Like [`send`](Self::send), with the status and headers of the response.
        pub async fn send_with_response(
            mut self,
        ) -> crate::Result<
            crate::Response<crate::document::Document<crate::types::QuoteProduct>>,
        > {
            let (client, options) = (self.client, std::mem::take(&mut self.options));
            crate::client::call::send(client, &Self::OPERATION, options, self.send_raw())
                .await
                .map(crate::Response::from_progenitor)
        }
    }

    impl GetQuoteProduct<'_> {
        /// What the spans of this operation are named after.
        const OPERATION: crate::client::Operation = crate::client::Operation {
            id: "get_quote_product",
            call_name: "spiro.get_quote_product",
            attempt: crate::client::Target {
                name: "GET /quote_products/{id}",
                template: Some("/quote_products/{id}"),
            },
        };
        /// Overrides the client's timeout and retry policy for this call (and, for a
        /// list, every page of it).
        pub fn options(mut self, options: crate::CallOptions) -> Self {
            self.options = options;
            self
        }

        ///Sends a `GET` request to `/quote_products/{id}`
        ///
        /// Returns the decoded body, or [`crate::Error`] for anything that went wrong (an error status with its body decoded, a revoked grant, a body that does not decode, …). [`send_with_response`](Self::send_with_response) also returns the status and headers.
        pub async fn send(
            mut self,
        ) -> crate::Result<crate::document::Document<crate::types::QuoteProduct>> {
            let (client, options) = (self.client, std::mem::take(&mut self.options));
            crate::client::call::send(client, &Self::OPERATION, options, self.send_raw())
                .await
                .map(ResponseValue::into_inner)
        }

        /// Like [`send`](Self::send), with the status and headers of the response.
        pub async fn send_with_response(
            mut self,
        ) -> crate::Result<
            crate::Response<crate::document::Document<crate::types::QuoteProduct>>,
        > {
            let (client, options) = (self.client, std::mem::take(&mut self.options));
            crate::client::call::send(client, &Self::OPERATION, options, self.send_raw())
                .await
                .map(crate::Response::from_progenitor)
        }
    }

    impl UpdateQuoteProduct<'_> {
        /// What the spans of this operation are named after.
        const OPERATION: crate::client::Operation = crate::client::Operation {
            id: "update_quote_product",
            call_name: "spiro.update_quote_product",
            attempt: crate::client::Target {
                name: "PUT /quote_products/{id}",
                template: Some("/quote_products/{id}"),
            },
        };
        /// Overrides the client's timeout and retry policy for this call (and, for a
        /// list, every page of it).
        pub fn options(mut self, options: crate::CallOptions) -> Self {
            self.options = options;
            self
        }

        ///Sends a `PUT` request to `/quote_products/{id}`
        ///
        /// Returns the decoded body, or [`crate::Error`] for anything that went wrong (an error status with its body decoded, a revoked grant, a body that does not decode, …). [`send_with_response`](Self::send_with_response) also returns the status and headers.
        pub async fn send(
            mut self,
        ) -> crate::Result<crate::document::Document<crate::types::QuoteProduct>> {
            let (client, options) = (self.client, std::mem::take(&mut self.options));
            crate::client::call::send(
                    client,
                    &Self::OPERATION,
                    options,
                    self.with_path_id().send_raw(),
                )
                .await
                .map(ResponseValue::into_inner)
        }

        /// Like [`send`](Self::send), with the status and headers of the response.
        pub async fn send_with_response(
            mut self,
        ) -> crate::Result<
            crate::Response<crate::document::Document<crate::types::QuoteProduct>>,
        > {
            let (client, options) = (self.client, std::mem::take(&mut self.options));
            crate::client::call::send(
                    client,
                    &Self::OPERATION,
                    options,
                    self.with_path_id().send_raw(),
                )
                .await
                .map(crate::Response::from_progenitor)
        }
    }

    impl DeleteQuoteProduct<'_> {
        /// What the spans of this operation are named after.
        const OPERATION: crate::client::Operation = crate::client::Operation {
            id: "delete_quote_product",
            call_name: "spiro.delete_quote_product",
            attempt: crate::client::Target {
                name: "DELETE /quote_products/{id}",
                template: Some("/quote_products/{id}"),
            },
        };
        /// Overrides the client's timeout and retry policy for this call (and, for a
        /// list, every page of it).
        pub fn options(mut self, options: crate::CallOptions) -> Self {
            self.options = options;
            self
        }

        ///Sends a `DELETE` request to `/quote_products/{id}`
        ///
        /// Returns `Ok(())` on success, or [`crate::Error`] for anything that went wrong (an error status with its body decoded, a revoked grant, a body that does not decode, …). [`send_with_response`](Self::send_with_response) also returns the status and headers.
        pub async fn send(mut self) -> crate::Result<()> {
            let (client, options) = (self.client, std::mem::take(&mut self.options));
            crate::client::call::send(client, &Self::OPERATION, options, self.send_raw())
                .await
                .map(ResponseValue::into_inner)
        }

        /// Like [`send`](Self::send), with the status and headers of the response.
        pub async fn send_with_response(mut self) -> crate::Result<crate::Response<()>> {
            let (client, options) = (self.client, std::mem::take(&mut self.options));
            crate::client::call::send(client, &Self::OPERATION, options, self.send_raw())
                .await
                .map(crate::Response::from_progenitor)
        }
    }

    impl ListCustomObjects<'_> {
        /// What the spans of this operation are named after.
        const OPERATION: crate::client::Operation = crate::client::Operation {
            id: "list_custom_objects",
            call_name: "spiro.list_custom_objects",
            attempt: crate::client::Target {
                name: "GET /custom_objects/{object_type}",
                template: Some("/custom_objects/{object_type}"),
            },
        };
        /// Overrides the client's timeout and retry policy for this call (and, for a
        /// list, every page of it).
        pub fn options(mut self, options: crate::CallOptions) -> Self {
            self.options = options;
            self
        }

        ///Sends a `GET` request to `/custom_objects/{object_type}`
        ///
        /// Returns the decoded body, or [`crate::Error`] for anything that went wrong (an error status with its body decoded, a revoked grant, a body that does not decode, …). [`send_with_response`](Self::send_with_response) also returns the status and headers.
        pub async fn send(
            mut self,
        ) -> crate::Result<crate::document::ListDocument<crate::types::CustomObject>> {
            let (client, options) = (self.client, std::mem::take(&mut self.options));
            crate::client::call::send(client, &Self::OPERATION, options, self.send_raw())
                .await
                .map(ResponseValue::into_inner)
        }

        /// Like [`send`](Self::send), with the status and headers of the response.
        pub async fn send_with_response(
            mut self,
        ) -> crate::Result<
            crate::Response<crate::document::ListDocument<crate::types::CustomObject>>,
        > {
            let (client, options) = (self.client, std::mem::take(&mut self.options));
            crate::client::call::send(client, &Self::OPERATION, options, self.send_raw())
                .await
                .map(crate::Response::from_progenitor)
        }
    }

    impl CreateCustomObject<'_> {
        /// What the spans of this operation are named after.
        const OPERATION: crate::client::Operation = crate::client::Operation {
            id: "create_custom_object",
            call_name: "spiro.create_custom_object",
            attempt: crate::client::Target {
                name: "POST /custom_objects/{object_type}",
                template: Some("/custom_objects/{object_type}"),
            },
        };
        /// Overrides the client's timeout and retry policy for this call (and, for a
        /// list, every page of it).
        pub fn options(mut self, options: crate::CallOptions) -> Self {
            self.options = options;
            self
        }

        ///Sends a `POST` request to `/custom_objects/{object_type}`
        ///
        /// Returns the decoded body, or [`crate::Error`] for anything that went wrong (an error status with its body decoded, a revoked grant, a body that does not decode, …). [`send_with_response`](Self::send_with_response) also returns the status and headers.
        pub async fn send(
            mut self,
        ) -> crate::Result<crate::document::Document<crate::types::CustomObject>> {
            let (client, options) = (self.client, std::mem::take(&mut self.options));
            crate::client::call::send(client, &Self::OPERATION, options, self.send_raw())
                .await
                .map(ResponseValue::into_inner)
        }

        /// Like [`send`](Self::send), with the status and headers of the response.
        pub async fn send_with_response(
            mut self,
        ) -> crate::Result<
            crate::Response<crate::document::Document<crate::types::CustomObject>>,
        > {
            let (client, options) = (self.client, std::mem::take(&mut self.options));
            crate::client::call::send(client, &Self::OPERATION, options, self.send_raw())
                .await
                .map(crate::Response::from_progenitor)
        }
    }

    impl GetCustomObject<'_> {
        /// What the spans of this operation are named after.
        const OPERATION: crate::client::Operation = crate::client::Operation {
            id: "get_custom_object",
            call_name: "spiro.get_custom_object",
            attempt: crate::client::Target {
                name: "GET /custom_objects/{object_type}/{id}",
                template: Some("/custom_objects/{object_type}/{id}"),
            },
        };
        /// Overrides the client's timeout and retry policy for this call (and, for a
        /// list, every page of it).
        pub fn options(mut self, options: crate::CallOptions) -> Self {
            self.options = options;
            self
        }

        ///Sends a `GET` request to `/custom_objects/{object_type}/{id}`
        ///
        /// Returns the decoded body, or [`crate::Error`] for anything that went wrong (an error status with its body decoded, a revoked grant, a body that does not decode, …). [`send_with_response`](Self::send_with_response) also returns the status and headers.
        pub async fn send(
            mut self,
        ) -> crate::Result<crate::document::Document<crate::types::CustomObject>> {
            let (client, options) = (self.client, std::mem::take(&mut self.options));
            crate::client::call::send(client, &Self::OPERATION, options, self.send_raw())
                .await
                .map(ResponseValue::into_inner)
        }

        /// Like [`send`](Self::send), with the status and headers of the response.
        pub async fn send_with_response(
            mut self,
        ) -> crate::Result<
            crate::Response<crate::document::Document<crate::types::CustomObject>>,
        > {
            let (client, options) = (self.client, std::mem::take(&mut self.options));
            crate::client::call::send(client, &Self::OPERATION, options, self.send_raw())
                .await
                .map(crate::Response::from_progenitor)
        }
    }

    impl UpdateCustomObject<'_> {
        /// What the spans of this operation are named after.
        const OPERATION: crate::client::Operation = crate::client::Operation {
            id: "update_custom_object",
            call_name: "spiro.update_custom_object",
            attempt: crate::client::Target {
                name: "PUT /custom_objects/{object_type}/{id}",
                template: Some("/custom_objects/{object_type}/{id}"),
            },
        };
        /// Overrides the client's timeout and retry policy for this call (and, for a
        /// list, every page of it).
        pub fn options(mut self, options: crate::CallOptions) -> Self {
            self.options = options;
            self
        }

        ///Sends a `PUT` request to `/custom_objects/{object_type}/{id}`
        ///
        /// Returns the decoded body, or [`crate::Error`] for anything that went wrong (an error status with its body decoded, a revoked grant, a body that does not decode, …). [`send_with_response`](Self::send_with_response) also returns the status and headers.
        pub async fn send(
            mut self,
        ) -> crate::Result<crate::document::Document<crate::types::CustomObject>> {
            let (client, options) = (self.client, std::mem::take(&mut self.options));
            crate::client::call::send(
                    client,
                    &Self::OPERATION,
                    options,
                    self.with_path_id().send_raw(),
                )
                .await
                .map(ResponseValue::into_inner)
        }

        /// Like [`send`](Self::send), with the status and headers of the response.
        pub async fn send_with_response(
            mut self,
        ) -> crate::Result<
            crate::Response<crate::document::Document<crate::types::CustomObject>>,
        > {
            let (client, options) = (self.client, std::mem::take(&mut self.options));
            crate::client::call::send(
                    client,
                    &Self::OPERATION,
                    options,
                    self.with_path_id().send_raw(),
                )
                .await
                .map(crate::Response::from_progenitor)
        }
    }

    impl DeleteCustomObject<'_> {
        /// What the spans of this operation are named after.
        const OPERATION: crate::client::Operation = crate::client::Operation {
            id: "delete_custom_object",
            call_name: "spiro.delete_custom_object",
            attempt: crate::client::Target {
                name: "DELETE /custom_objects/{object_type}/{id}",
                template: Some("/custom_objects/{object_type}/{id}"),
            },
        };
        /// Overrides the client's timeout and retry policy for this call (and, for a
        /// list, every page of it).
        pub fn options(mut self, options: crate::CallOptions) -> Self {
            self.options = options;
            self
        }

        ///Sends a `DELETE` request to `/custom_objects/{object_type}/{id}`
        ///
        /// Returns `Ok(())` on success, or [`crate::Error`] for anything that went wrong (an error status with its body decoded, a revoked grant, a body that does not decode, …). [`send_with_response`](Self::send_with_response) also returns the status and headers.
        pub async fn send(mut self) -> crate::Result<()> {
            let (client, options) = (self.client, std::mem::take(&mut self.options));
            crate::client::call::send(client, &Self::OPERATION, options, self.send_raw())
                .await
                .map(ResponseValue::into_inner)
        }

        /// Like [`send`](Self::send), with the status and headers of the response.
        pub async fn send_with_response(mut self) -> crate::Result<crate::Response<()>> {
            let (client, options) = (self.client, std::mem::take(&mut self.options));
            crate::client::call::send(client, &Self::OPERATION, options, self.send_raw())
                .await
                .map(crate::Response::from_progenitor)
        }
    }

    impl CreateCompany<'_> {
        /// Sets the attributes (and custom fields) of the new record: only what is set is sent. Keeps the relationships and the rest of the body (`body(..)` replaces the whole body: give it first).
        pub fn attributes(self, attributes: types::CompanyWriteAttributes) -> Self {
            self.edit(|write| write.attributes = Some(attributes))
        }

        /// Sets relationship `user` to the [`User`](types::User) with this id (an [`Id`](crate::Id), or `&record`); keeps the attributes and the other relationships (`body(..)` replaces the whole body: give it first).
        pub fn user(self, user: impl Into<crate::Id<types::User>>) -> Self {
            let data = types::RelationshipData::ResourceIdentifier(
                user.into().identifier(),
            );
            self.edit(|write| {
                crate::document::resource::relate(&mut write.relationships, "user", data)
            })
        }

        /// Applies `f` to the body's `data` in place (a body that is not valid stays as it
        /// is: `send` reports it).
        fn edit(mut self, f: impl FnOnce(&mut types::CompanyWrite)) -> Self {
            self.body = self
                .body
                .and_then(|body| {
                    let mut document = types::CompanyWriteDocument::try_from(body)
                        .map_err(|e| e.to_string())?;
                    f(&mut document.data);
                    Ok(document.into())
                });
            self
        }
    }

    impl UpdateCompany<'_> {
        /// Sets the attributes (and custom fields) to change: only what is set is sent, Spiro keeps the rest, and the record need not be fetched first. Keeps the relationships and the rest of the body (`body(..)` replaces the whole body: give it first).
        pub fn attributes(self, attributes: types::CompanyWriteAttributes) -> Self {
            self.edit(|write| write.attributes = Some(attributes))
        }

        /// Sets relationship `user` to the [`User`](types::User) with this id (an [`Id`](crate::Id), or `&record`); keeps the attributes and the other relationships (`body(..)` replaces the whole body: give it first).
        pub fn user(self, user: impl Into<crate::Id<types::User>>) -> Self {
            let data = types::RelationshipData::ResourceIdentifier(
                user.into().identifier(),
            );
            self.edit(|write| {
                crate::document::resource::relate(&mut write.relationships, "user", data)
            })
        }

        /// Applies `f` to the body's `data` in place (a body that is not valid stays as it
        /// is: `send` reports it).
        fn edit(mut self, f: impl FnOnce(&mut types::CompanyWrite)) -> Self {
            self.body = self
                .body
                .and_then(|body| {
                    let mut document = types::CompanyWriteDocument::try_from(body)
                        .map_err(|e| e.to_string())?;
                    f(&mut document.data);
                    Ok(document.into())
                });
            self
        }

        /// The body with `data.id` set to the path's id when it names none (Spiro's
        /// updates carry both).
        fn with_path_id(mut self) -> Self {
            if let (Ok(id), Ok(body)) = (&self.id, &self.body)
                && let Ok(mut document) = types::CompanyWriteDocument::try_from(
                    body.clone(),
                ) && document.data.id.is_none()
            {
                document.data.id = Some(crate::ResourceId::from(id.as_str()));
                self.body = Ok(document.into());
            }
            self
        }
    }

    impl CreateContact<'_> {
        /// Sets the attributes (and custom fields) of the new record: only what is set is sent. Keeps the relationships and the rest of the body (`body(..)` replaces the whole body: give it first).
        pub fn attributes(self, attributes: types::ContactWriteAttributes) -> Self {
            self.edit(|write| write.attributes = Some(attributes))
        }

        /// Sets relationship `company` to the [`Company`](types::Company) with this id (an [`Id`](crate::Id), or `&record`); keeps the attributes and the other relationships (`body(..)` replaces the whole body: give it first).
        pub fn company(self, company: impl Into<crate::Id<types::Company>>) -> Self {
            let data = types::RelationshipData::ResourceIdentifier(
                company.into().identifier(),
            );
            self.edit(|write| {
                crate::document::resource::relate(
                    &mut write.relationships,
                    "company",
                    data,
                )
            })
        }

        /// Sets relationship `user` to the [`User`](types::User) with this id (an [`Id`](crate::Id), or `&record`); keeps the attributes and the other relationships (`body(..)` replaces the whole body: give it first).
        pub fn user(self, user: impl Into<crate::Id<types::User>>) -> Self {
            let data = types::RelationshipData::ResourceIdentifier(
                user.into().identifier(),
            );
            self.edit(|write| {
                crate::document::resource::relate(&mut write.relationships, "user", data)
            })
        }

        /// Applies `f` to the body's `data` in place (a body that is not valid stays as it
        /// is: `send` reports it).
        fn edit(mut self, f: impl FnOnce(&mut types::ContactWrite)) -> Self {
            self.body = self
                .body
                .and_then(|body| {
                    let mut document = types::ContactWriteDocument::try_from(body)
                        .map_err(|e| e.to_string())?;
                    f(&mut document.data);
                    Ok(document.into())
                });
            self
        }
    }

    impl UpdateContact<'_> {
        /// Sets the attributes (and custom fields) to change: only what is set is sent, Spiro keeps the rest, and the record need not be fetched first. Keeps the relationships and the rest of the body (`body(..)` replaces the whole body: give it first).
        pub fn attributes(self, attributes: types::ContactWriteAttributes) -> Self {
            self.edit(|write| write.attributes = Some(attributes))
        }

        /// Sets relationship `company` to the [`Company`](types::Company) with this id (an [`Id`](crate::Id), or `&record`); keeps the attributes and the other relationships (`body(..)` replaces the whole body: give it first).
        pub fn company(self, company: impl Into<crate::Id<types::Company>>) -> Self {
            let data = types::RelationshipData::ResourceIdentifier(
                company.into().identifier(),
            );
            self.edit(|write| {
                crate::document::resource::relate(
                    &mut write.relationships,
                    "company",
                    data,
                )
            })
        }

        /// Sets relationship `user` to the [`User`](types::User) with this id (an [`Id`](crate::Id), or `&record`); keeps the attributes and the other relationships (`body(..)` replaces the whole body: give it first).
        pub fn user(self, user: impl Into<crate::Id<types::User>>) -> Self {
            let data = types::RelationshipData::ResourceIdentifier(
                user.into().identifier(),
            );
            self.edit(|write| {
                crate::document::resource::relate(&mut write.relationships, "user", data)
            })
        }

        /// Applies `f` to the body's `data` in place (a body that is not valid stays as it
        /// is: `send` reports it).
        fn edit(mut self, f: impl FnOnce(&mut types::ContactWrite)) -> Self {
            self.body = self
                .body
                .and_then(|body| {
                    let mut document = types::ContactWriteDocument::try_from(body)
                        .map_err(|e| e.to_string())?;
                    f(&mut document.data);
                    Ok(document.into())
                });
            self
        }

        /// The body with `data.id` set to the path's id when it names none (Spiro's
        /// updates carry both).
        fn with_path_id(mut self) -> Self {
            if let (Ok(id), Ok(body)) = (&self.id, &self.body)
                && let Ok(mut document) = types::ContactWriteDocument::try_from(
                    body.clone(),
                ) && document.data.id.is_none()
            {
                document.data.id = Some(crate::ResourceId::from(id.as_str()));
                self.body = Ok(document.into());
            }
            self
        }
    }

    impl CreateOpportunity<'_> {
        /// Sets the attributes (and custom fields) of the new record: only what is set is sent. Keeps the relationships and the rest of the body (`body(..)` replaces the whole body: give it first).
        pub fn attributes(self, attributes: types::OpportunityWriteAttributes) -> Self {
            self.edit(|write| write.attributes = Some(attributes))
        }

        /// Sets relationship `company` to the [`Company`](types::Company) with this id (an [`Id`](crate::Id), or `&record`); keeps the attributes and the other relationships (`body(..)` replaces the whole body: give it first).
        pub fn company(self, company: impl Into<crate::Id<types::Company>>) -> Self {
            let data = types::RelationshipData::ResourceIdentifier(
                company.into().identifier(),
            );
            self.edit(|write| {
                crate::document::resource::relate(
                    &mut write.relationships,
                    "company",
                    data,
                )
            })
        }

        /// Sets relationship `opportunity_stage` to the [`OpportunityStage`](types::OpportunityStage) with this id (an [`Id`](crate::Id), or `&record`); keeps the attributes and the other relationships (`body(..)` replaces the whole body: give it first).
        pub fn opportunity_stage(
            self,
            opportunity_stage: impl Into<crate::Id<types::OpportunityStage>>,
        ) -> Self {
            let data = types::RelationshipData::ResourceIdentifier(
                opportunity_stage.into().identifier(),
            );
            self.edit(|write| {
                crate::document::resource::relate(
                    &mut write.relationships,
                    "opportunity_stage",
                    data,
                )
            })
        }

        /// Sets relationship `pipeline` to the [`Pipeline`](types::Pipeline) with this id (an [`Id`](crate::Id), or `&record`); keeps the attributes and the other relationships (`body(..)` replaces the whole body: give it first).
        pub fn pipeline(self, pipeline: impl Into<crate::Id<types::Pipeline>>) -> Self {
            let data = types::RelationshipData::ResourceIdentifier(
                pipeline.into().identifier(),
            );
            self.edit(|write| {
                crate::document::resource::relate(
                    &mut write.relationships,
                    "pipeline",
                    data,
                )
            })
        }

        /// Sets relationship `user` to the [`User`](types::User) with this id (an [`Id`](crate::Id), or `&record`); keeps the attributes and the other relationships (`body(..)` replaces the whole body: give it first).
        pub fn user(self, user: impl Into<crate::Id<types::User>>) -> Self {
            let data = types::RelationshipData::ResourceIdentifier(
                user.into().identifier(),
            );
            self.edit(|write| {
                crate::document::resource::relate(&mut write.relationships, "user", data)
            })
        }

        /// Applies `f` to the body's `data` in place (a body that is not valid stays as it
        /// is: `send` reports it).
        fn edit(mut self, f: impl FnOnce(&mut types::OpportunityWrite)) -> Self {
            self.body = self
                .body
                .and_then(|body| {
                    let mut document = types::OpportunityWriteDocument::try_from(body)
                        .map_err(|e| e.to_string())?;
                    f(&mut document.data);
                    Ok(document.into())
                });
            self
        }
    }

    impl UpdateOpportunity<'_> {
        /// Sets the attributes (and custom fields) to change: only what is set is sent, Spiro keeps the rest, and the record need not be fetched first. Keeps the relationships and the rest of the body (`body(..)` replaces the whole body: give it first).
        pub fn attributes(self, attributes: types::OpportunityWriteAttributes) -> Self {
            self.edit(|write| write.attributes = Some(attributes))
        }

        /// Sets relationship `company` to the [`Company`](types::Company) with this id (an [`Id`](crate::Id), or `&record`); keeps the attributes and the other relationships (`body(..)` replaces the whole body: give it first).
        pub fn company(self, company: impl Into<crate::Id<types::Company>>) -> Self {
            let data = types::RelationshipData::ResourceIdentifier(
                company.into().identifier(),
            );
            self.edit(|write| {
                crate::document::resource::relate(
                    &mut write.relationships,
                    "company",
                    data,
                )
            })
        }

        /// Sets relationship `opportunity_stage` to the [`OpportunityStage`](types::OpportunityStage) with this id (an [`Id`](crate::Id), or `&record`); keeps the attributes and the other relationships (`body(..)` replaces the whole body: give it first).
        pub fn opportunity_stage(
            self,
            opportunity_stage: impl Into<crate::Id<types::OpportunityStage>>,
        ) -> Self {
            let data = types::RelationshipData::ResourceIdentifier(
                opportunity_stage.into().identifier(),
            );
            self.edit(|write| {
                crate::document::resource::relate(
                    &mut write.relationships,
                    "opportunity_stage",
                    data,
                )
            })
        }

        /// Sets relationship `pipeline` to the [`Pipeline`](types::Pipeline) with this id (an [`Id`](crate::Id), or `&record`); keeps the attributes and the other relationships (`body(..)` replaces the whole body: give it first).
        pub fn pipeline(self, pipeline: impl Into<crate::Id<types::Pipeline>>) -> Self {
            let data = types::RelationshipData::ResourceIdentifier(
                pipeline.into().identifier(),
            );
            self.edit(|write| {
                crate::document::resource::relate(
                    &mut write.relationships,
                    "pipeline",
                    data,
                )
            })
        }

        /// Sets relationship `user` to the [`User`](types::User) with this id (an [`Id`](crate::Id), or `&record`); keeps the attributes and the other relationships (`body(..)` replaces the whole body: give it first).
        pub fn user(self, user: impl Into<crate::Id<types::User>>) -> Self {
            let data = types::RelationshipData::ResourceIdentifier(
                user.into().identifier(),
            );
            self.edit(|write| {
                crate::document::resource::relate(&mut write.relationships, "user", data)
            })
        }

        /// Applies `f` to the body's `data` in place (a body that is not valid stays as it
        /// is: `send` reports it).
        fn edit(mut self, f: impl FnOnce(&mut types::OpportunityWrite)) -> Self {
            self.body = self
                .body
                .and_then(|body| {
                    let mut document = types::OpportunityWriteDocument::try_from(body)
                        .map_err(|e| e.to_string())?;
                    f(&mut document.data);
                    Ok(document.into())
                });
            self
        }

        /// The body with `data.id` set to the path's id when it names none (Spiro's
        /// updates carry both).
        fn with_path_id(mut self) -> Self {
            if let (Ok(id), Ok(body)) = (&self.id, &self.body)
                && let Ok(mut document) = types::OpportunityWriteDocument::try_from(
                    body.clone(),
                ) && document.data.id.is_none()
            {
                document.data.id = Some(crate::ResourceId::from(id.as_str()));
                self.body = Ok(document.into());
            }
            self
        }
    }

    impl CreateReminder<'_> {
        /// Sets the attributes (and custom fields) of the new record: only what is set is sent. Keeps the relationships and the rest of the body (`body(..)` replaces the whole body: give it first).
        pub fn attributes(self, attributes: types::ReminderWriteAttributes) -> Self {
            self.edit(|write| write.attributes = Some(attributes))
        }

        /// Sets relationship `company` to the [`Company`](types::Company) with this id (an [`Id`](crate::Id), or `&record`); keeps the attributes and the other relationships (`body(..)` replaces the whole body: give it first).
        pub fn company(self, company: impl Into<crate::Id<types::Company>>) -> Self {
            let data = types::RelationshipData::ResourceIdentifier(
                company.into().identifier(),
            );
            self.edit(|write| {
                crate::document::resource::relate(
                    &mut write.relationships,
                    "company",
                    data,
                )
            })
        }

        /// Sets relationship `contact` to the [`Contact`](types::Contact) with this id (an [`Id`](crate::Id), or `&record`); keeps the attributes and the other relationships (`body(..)` replaces the whole body: give it first).
        pub fn contact(self, contact: impl Into<crate::Id<types::Contact>>) -> Self {
            let data = types::RelationshipData::ResourceIdentifier(
                contact.into().identifier(),
            );
            self.edit(|write| {
                crate::document::resource::relate(
                    &mut write.relationships,
                    "contact",
                    data,
                )
            })
        }

        /// Sets relationship `opportunity` to the [`Opportunity`](types::Opportunity) with this id (an [`Id`](crate::Id), or `&record`); keeps the attributes and the other relationships (`body(..)` replaces the whole body: give it first).
        pub fn opportunity(
            self,
            opportunity: impl Into<crate::Id<types::Opportunity>>,
        ) -> Self {
            let data = types::RelationshipData::ResourceIdentifier(
                opportunity.into().identifier(),
            );
            self.edit(|write| {
                crate::document::resource::relate(
                    &mut write.relationships,
                    "opportunity",
                    data,
                )
            })
        }

        /// Sets relationship `user` to the [`User`](types::User) with this id (an [`Id`](crate::Id), or `&record`); keeps the attributes and the other relationships (`body(..)` replaces the whole body: give it first).
        pub fn user(self, user: impl Into<crate::Id<types::User>>) -> Self {
            let data = types::RelationshipData::ResourceIdentifier(
                user.into().identifier(),
            );
            self.edit(|write| {
                crate::document::resource::relate(&mut write.relationships, "user", data)
            })
        }

        /// Applies `f` to the body's `data` in place (a body that is not valid stays as it
        /// is: `send` reports it).
        fn edit(mut self, f: impl FnOnce(&mut types::ReminderWrite)) -> Self {
            self.body = self
                .body
                .and_then(|body| {
                    let mut document = types::ReminderWriteDocument::try_from(body)
                        .map_err(|e| e.to_string())?;
                    f(&mut document.data);
                    Ok(document.into())
                });
            self
        }
    }

    impl UpdateReminder<'_> {
        /// Sets the attributes (and custom fields) to change: only what is set is sent, Spiro keeps the rest, and the record need not be fetched first. Keeps the relationships and the rest of the body (`body(..)` replaces the whole body: give it first).
        pub fn attributes(self, attributes: types::ReminderWriteAttributes) -> Self {
            self.edit(|write| write.attributes = Some(attributes))
        }

        /// Sets relationship `company` to the [`Company`](types::Company) with this id (an [`Id`](crate::Id), or `&record`); keeps the attributes and the other relationships (`body(..)` replaces the whole body: give it first).
        pub fn company(self, company: impl Into<crate::Id<types::Company>>) -> Self {
            let data = types::RelationshipData::ResourceIdentifier(
                company.into().identifier(),
            );
            self.edit(|write| {
                crate::document::resource::relate(
                    &mut write.relationships,
                    "company",
                    data,
                )
            })
        }

        /// Sets relationship `contact` to the [`Contact`](types::Contact) with this id (an [`Id`](crate::Id), or `&record`); keeps the attributes and the other relationships (`body(..)` replaces the whole body: give it first).
        pub fn contact(self, contact: impl Into<crate::Id<types::Contact>>) -> Self {
            let data = types::RelationshipData::ResourceIdentifier(
                contact.into().identifier(),
            );
            self.edit(|write| {
                crate::document::resource::relate(
                    &mut write.relationships,
                    "contact",
                    data,
                )
            })
        }

        /// Sets relationship `opportunity` to the [`Opportunity`](types::Opportunity) with this id (an [`Id`](crate::Id), or `&record`); keeps the attributes and the other relationships (`body(..)` replaces the whole body: give it first).
        pub fn opportunity(
            self,
            opportunity: impl Into<crate::Id<types::Opportunity>>,
        ) -> Self {
            let data = types::RelationshipData::ResourceIdentifier(
                opportunity.into().identifier(),
            );
            self.edit(|write| {
                crate::document::resource::relate(
                    &mut write.relationships,
                    "opportunity",
                    data,
                )
            })
        }

        /// Sets relationship `user` to the [`User`](types::User) with this id (an [`Id`](crate::Id), or `&record`); keeps the attributes and the other relationships (`body(..)` replaces the whole body: give it first).
        pub fn user(self, user: impl Into<crate::Id<types::User>>) -> Self {
            let data = types::RelationshipData::ResourceIdentifier(
                user.into().identifier(),
            );
            self.edit(|write| {
                crate::document::resource::relate(&mut write.relationships, "user", data)
            })
        }

        /// Applies `f` to the body's `data` in place (a body that is not valid stays as it
        /// is: `send` reports it).
        fn edit(mut self, f: impl FnOnce(&mut types::ReminderWrite)) -> Self {
            self.body = self
                .body
                .and_then(|body| {
                    let mut document = types::ReminderWriteDocument::try_from(body)
                        .map_err(|e| e.to_string())?;
                    f(&mut document.data);
                    Ok(document.into())
                });
            self
        }

        /// The body with `data.id` set to the path's id when it names none (Spiro's
        /// updates carry both).
        fn with_path_id(mut self) -> Self {
            if let (Ok(id), Ok(body)) = (&self.id, &self.body)
                && let Ok(mut document) = types::ReminderWriteDocument::try_from(
                    body.clone(),
                ) && document.data.id.is_none()
            {
                document.data.id = Some(crate::ResourceId::from(id.as_str()));
                self.body = Ok(document.into());
            }
            self
        }
    }

    impl CreateActivity<'_> {
        /// Sets the attributes (and custom fields) of the new record: only what is set is sent. Keeps the relationships and the rest of the body (`body(..)` replaces the whole body: give it first).
        pub fn attributes(self, attributes: types::ActivityWriteAttributes) -> Self {
            self.edit(|write| write.attributes = Some(attributes))
        }

        /// Sets relationship `company` to the [`Company`](types::Company) with this id (an [`Id`](crate::Id), or `&record`); keeps the attributes and the other relationships (`body(..)` replaces the whole body: give it first).
        pub fn company(self, company: impl Into<crate::Id<types::Company>>) -> Self {
            let data = types::RelationshipData::ResourceIdentifier(
                company.into().identifier(),
            );
            self.edit(|write| {
                crate::document::resource::relate(
                    &mut write.relationships,
                    "company",
                    data,
                )
            })
        }

        /// Sets relationship `contact` to the [`Contact`](types::Contact) with this id (an [`Id`](crate::Id), or `&record`); keeps the attributes and the other relationships (`body(..)` replaces the whole body: give it first).
        pub fn contact(self, contact: impl Into<crate::Id<types::Contact>>) -> Self {
            let data = types::RelationshipData::ResourceIdentifier(
                contact.into().identifier(),
            );
            self.edit(|write| {
                crate::document::resource::relate(
                    &mut write.relationships,
                    "contact",
                    data,
                )
            })
        }

        /// Sets relationship `opportunity` to the [`Opportunity`](types::Opportunity) with this id (an [`Id`](crate::Id), or `&record`); keeps the attributes and the other relationships (`body(..)` replaces the whole body: give it first).
        pub fn opportunity(
            self,
            opportunity: impl Into<crate::Id<types::Opportunity>>,
        ) -> Self {
            let data = types::RelationshipData::ResourceIdentifier(
                opportunity.into().identifier(),
            );
            self.edit(|write| {
                crate::document::resource::relate(
                    &mut write.relationships,
                    "opportunity",
                    data,
                )
            })
        }

        /// Sets relationship `user` to the [`User`](types::User) with this id (an [`Id`](crate::Id), or `&record`); keeps the attributes and the other relationships (`body(..)` replaces the whole body: give it first).
        pub fn user(self, user: impl Into<crate::Id<types::User>>) -> Self {
            let data = types::RelationshipData::ResourceIdentifier(
                user.into().identifier(),
            );
            self.edit(|write| {
                crate::document::resource::relate(&mut write.relationships, "user", data)
            })
        }

        /// Applies `f` to the body's `data` in place (a body that is not valid stays as it
        /// is: `send` reports it).
        fn edit(mut self, f: impl FnOnce(&mut types::ActivityWrite)) -> Self {
            self.body = self
                .body
                .and_then(|body| {
                    let mut document = types::ActivityWriteDocument::try_from(body)
                        .map_err(|e| e.to_string())?;
                    f(&mut document.data);
                    Ok(document.into())
                });
            self
        }
    }

    impl UpdateActivity<'_> {
        /// Sets the attributes (and custom fields) to change: only what is set is sent, Spiro keeps the rest, and the record need not be fetched first. Keeps the relationships and the rest of the body (`body(..)` replaces the whole body: give it first).
        pub fn attributes(self, attributes: types::ActivityWriteAttributes) -> Self {
            self.edit(|write| write.attributes = Some(attributes))
        }

        /// Sets relationship `company` to the [`Company`](types::Company) with this id (an [`Id`](crate::Id), or `&record`); keeps the attributes and the other relationships (`body(..)` replaces the whole body: give it first).
        pub fn company(self, company: impl Into<crate::Id<types::Company>>) -> Self {
            let data = types::RelationshipData::ResourceIdentifier(
                company.into().identifier(),
            );
            self.edit(|write| {
                crate::document::resource::relate(
                    &mut write.relationships,
                    "company",
                    data,
                )
            })
        }

        /// Sets relationship `contact` to the [`Contact`](types::Contact) with this id (an [`Id`](crate::Id), or `&record`); keeps the attributes and the other relationships (`body(..)` replaces the whole body: give it first).
        pub fn contact(self, contact: impl Into<crate::Id<types::Contact>>) -> Self {
            let data = types::RelationshipData::ResourceIdentifier(
                contact.into().identifier(),
            );
            self.edit(|write| {
                crate::document::resource::relate(
                    &mut write.relationships,
                    "contact",
                    data,
                )
            })
        }

        /// Sets relationship `opportunity` to the [`Opportunity`](types::Opportunity) with this id (an [`Id`](crate::Id), or `&record`); keeps the attributes and the other relationships (`body(..)` replaces the whole body: give it first).
        pub fn opportunity(
            self,
            opportunity: impl Into<crate::Id<types::Opportunity>>,
        ) -> Self {
            let data = types::RelationshipData::ResourceIdentifier(
                opportunity.into().identifier(),
            );
            self.edit(|write| {
                crate::document::resource::relate(
                    &mut write.relationships,
                    "opportunity",
                    data,
                )
            })
        }

        /// Sets relationship `user` to the [`User`](types::User) with this id (an [`Id`](crate::Id), or `&record`); keeps the attributes and the other relationships (`body(..)` replaces the whole body: give it first).
        pub fn user(self, user: impl Into<crate::Id<types::User>>) -> Self {
            let data = types::RelationshipData::ResourceIdentifier(
                user.into().identifier(),
            );
            self.edit(|write| {
                crate::document::resource::relate(&mut write.relationships, "user", data)
            })
        }

        /// Applies `f` to the body's `data` in place (a body that is not valid stays as it
        /// is: `send` reports it).
        fn edit(mut self, f: impl FnOnce(&mut types::ActivityWrite)) -> Self {
            self.body = self
                .body
                .and_then(|body| {
                    let mut document = types::ActivityWriteDocument::try_from(body)
                        .map_err(|e| e.to_string())?;
                    f(&mut document.data);
                    Ok(document.into())
                });
            self
        }

        /// The body with `data.id` set to the path's id when it names none (Spiro's
        /// updates carry both).
        fn with_path_id(mut self) -> Self {
            if let (Ok(id), Ok(body)) = (&self.id, &self.body)
                && let Ok(mut document) = types::ActivityWriteDocument::try_from(
                    body.clone(),
                ) && document.data.id.is_none()
            {
                document.data.id = Some(crate::ResourceId::from(id.as_str()));
                self.body = Ok(document.into());
            }
            self
        }
    }

    impl CreateCampaign<'_> {
        /// Sets the attributes (and custom fields) of the new record: only what is set is sent. Keeps the relationships and the rest of the body (`body(..)` replaces the whole body: give it first).
        pub fn attributes(self, attributes: types::CampaignWriteAttributes) -> Self {
            self.edit(|write| write.attributes = Some(attributes))
        }

        /// Sets relationship `user` to the [`User`](types::User) with this id (an [`Id`](crate::Id), or `&record`); keeps the attributes and the other relationships (`body(..)` replaces the whole body: give it first).
        pub fn user(self, user: impl Into<crate::Id<types::User>>) -> Self {
            let data = types::RelationshipData::ResourceIdentifier(
                user.into().identifier(),
            );
            self.edit(|write| {
                crate::document::resource::relate(&mut write.relationships, "user", data)
            })
        }

        /// Applies `f` to the body's `data` in place (a body that is not valid stays as it
        /// is: `send` reports it).
        fn edit(mut self, f: impl FnOnce(&mut types::CampaignWrite)) -> Self {
            self.body = self
                .body
                .and_then(|body| {
                    let mut document = types::CampaignWriteDocument::try_from(body)
                        .map_err(|e| e.to_string())?;
                    f(&mut document.data);
                    Ok(document.into())
                });
            self
        }
    }

    impl UpdateCampaign<'_> {
        /// Sets the attributes (and custom fields) to change: only what is set is sent, Spiro keeps the rest, and the record need not be fetched first. Keeps the relationships and the rest of the body (`body(..)` replaces the whole body: give it first).
        pub fn attributes(self, attributes: types::CampaignWriteAttributes) -> Self {
            self.edit(|write| write.attributes = Some(attributes))
        }

        /// Sets relationship `user` to the [`User`](types::User) with this id (an [`Id`](crate::Id), or `&record`); keeps the attributes and the other relationships (`body(..)` replaces the whole body: give it first).
        pub fn user(self, user: impl Into<crate::Id<types::User>>) -> Self {
            let data = types::RelationshipData::ResourceIdentifier(
                user.into().identifier(),
            );
            self.edit(|write| {
                crate::document::resource::relate(&mut write.relationships, "user", data)
            })
        }

        /// Applies `f` to the body's `data` in place (a body that is not valid stays as it
        /// is: `send` reports it).
        fn edit(mut self, f: impl FnOnce(&mut types::CampaignWrite)) -> Self {
            self.body = self
                .body
                .and_then(|body| {
                    let mut document = types::CampaignWriteDocument::try_from(body)
                        .map_err(|e| e.to_string())?;
                    f(&mut document.data);
                    Ok(document.into())
                });
            self
        }

        /// The body with `data.id` set to the path's id when it names none (Spiro's
        /// updates carry both).
        fn with_path_id(mut self) -> Self {
            if let (Ok(id), Ok(body)) = (&self.id, &self.body)
                && let Ok(mut document) = types::CampaignWriteDocument::try_from(
                    body.clone(),
                ) && document.data.id.is_none()
            {
                document.data.id = Some(crate::ResourceId::from(id.as_str()));
                self.body = Ok(document.into());
            }
            self
        }
    }

    impl CreateQuote<'_> {
        /// Sets the attributes (and custom fields) of the new record: only what is set is sent. Keeps the relationships and the rest of the body (`body(..)` replaces the whole body: give it first).
        pub fn attributes(self, attributes: types::QuoteWriteAttributes) -> Self {
            self.edit(|write| write.attributes = Some(attributes))
        }

        /// Sets relationship `company` to the [`Company`](types::Company) with this id (an [`Id`](crate::Id), or `&record`); keeps the attributes and the other relationships (`body(..)` replaces the whole body: give it first).
        pub fn company(self, company: impl Into<crate::Id<types::Company>>) -> Self {
            let data = types::RelationshipData::ResourceIdentifier(
                company.into().identifier(),
            );
            self.edit(|write| {
                crate::document::resource::relate(
                    &mut write.relationships,
                    "company",
                    data,
                )
            })
        }

        /// Sets relationship `opportunity` to the [`Opportunity`](types::Opportunity) with this id (an [`Id`](crate::Id), or `&record`); keeps the attributes and the other relationships (`body(..)` replaces the whole body: give it first).
        pub fn opportunity(
            self,
            opportunity: impl Into<crate::Id<types::Opportunity>>,
        ) -> Self {
            let data = types::RelationshipData::ResourceIdentifier(
                opportunity.into().identifier(),
            );
            self.edit(|write| {
                crate::document::resource::relate(
                    &mut write.relationships,
                    "opportunity",
                    data,
                )
            })
        }

        /// Sets relationship `user` to the [`User`](types::User) with this id (an [`Id`](crate::Id), or `&record`); keeps the attributes and the other relationships (`body(..)` replaces the whole body: give it first).
        pub fn user(self, user: impl Into<crate::Id<types::User>>) -> Self {
            let data = types::RelationshipData::ResourceIdentifier(
                user.into().identifier(),
            );
            self.edit(|write| {
                crate::document::resource::relate(&mut write.relationships, "user", data)
            })
        }

        /// Applies `f` to the body's `data` in place (a body that is not valid stays as it
        /// is: `send` reports it).
        fn edit(mut self, f: impl FnOnce(&mut types::QuoteWrite)) -> Self {
            self.body = self
                .body
                .and_then(|body| {
                    let mut document = types::QuoteWriteDocument::try_from(body)
                        .map_err(|e| e.to_string())?;
                    f(&mut document.data);
                    Ok(document.into())
                });
            self
        }
    }

    impl UpdateQuote<'_> {
        /// Sets the attributes (and custom fields) to change: only what is set is sent, Spiro keeps the rest, and the record need not be fetched first. Keeps the relationships and the rest of the body (`body(..)` replaces the whole body: give it first).
        pub fn attributes(self, attributes: types::QuoteWriteAttributes) -> Self {
            self.edit(|write| write.attributes = Some(attributes))
        }

        /// Sets relationship `company` to the [`Company`](types::Company) with this id (an [`Id`](crate::Id), or `&record`); keeps the attributes and the other relationships (`body(..)` replaces the whole body: give it first).
        pub fn company(self, company: impl Into<crate::Id<types::Company>>) -> Self {
            let data = types::RelationshipData::ResourceIdentifier(
                company.into().identifier(),
            );
            self.edit(|write| {
                crate::document::resource::relate(
                    &mut write.relationships,
                    "company",
                    data,
                )
            })
        }

        /// Sets relationship `opportunity` to the [`Opportunity`](types::Opportunity) with this id (an [`Id`](crate::Id), or `&record`); keeps the attributes and the other relationships (`body(..)` replaces the whole body: give it first).
        pub fn opportunity(
            self,
            opportunity: impl Into<crate::Id<types::Opportunity>>,
        ) -> Self {
            let data = types::RelationshipData::ResourceIdentifier(
                opportunity.into().identifier(),
            );
            self.edit(|write| {
                crate::document::resource::relate(
                    &mut write.relationships,
                    "opportunity",
                    data,
                )
            })
        }

        /// Sets relationship `user` to the [`User`](types::User) with this id (an [`Id`](crate::Id), or `&record`); keeps the attributes and the other relationships (`body(..)` replaces the whole body: give it first).
        pub fn user(self, user: impl Into<crate::Id<types::User>>) -> Self {
            let data = types::RelationshipData::ResourceIdentifier(
                user.into().identifier(),
            );
            self.edit(|write| {
                crate::document::resource::relate(&mut write.relationships, "user", data)
            })
        }

        /// Applies `f` to the body's `data` in place (a body that is not valid stays as it
        /// is: `send` reports it).
        fn edit(mut self, f: impl FnOnce(&mut types::QuoteWrite)) -> Self {
            self.body = self
                .body
                .and_then(|body| {
                    let mut document = types::QuoteWriteDocument::try_from(body)
                        .map_err(|e| e.to_string())?;
                    f(&mut document.data);
                    Ok(document.into())
                });
            self
        }

        /// The body with `data.id` set to the path's id when it names none (Spiro's
        /// updates carry both).
        fn with_path_id(mut self) -> Self {
            if let (Ok(id), Ok(body)) = (&self.id, &self.body)
                && let Ok(mut document) = types::QuoteWriteDocument::try_from(
                    body.clone(),
                ) && document.data.id.is_none()
            {
                document.data.id = Some(crate::ResourceId::from(id.as_str()));
                self.body = Ok(document.into());
            }
            self
        }
    }

    impl CreateQuoteProduct<'_> {
        /// Sets the attributes (and custom fields) of the new record: only what is set is sent. Keeps the relationships and the rest of the body (`body(..)` replaces the whole body: give it first).
        pub fn attributes(self, attributes: types::QuoteProductWriteAttributes) -> Self {
            self.edit(|write| write.attributes = Some(attributes))
        }

        /// Sets relationship `quote` to the [`Quote`](types::Quote) with this id (an [`Id`](crate::Id), or `&record`); keeps the attributes and the other relationships (`body(..)` replaces the whole body: give it first).
        pub fn quote(self, quote: impl Into<crate::Id<types::Quote>>) -> Self {
            let data = types::RelationshipData::ResourceIdentifier(
                quote.into().identifier(),
            );
            self.edit(|write| {
                crate::document::resource::relate(
                    &mut write.relationships,
                    "quote",
                    data,
                )
            })
        }

        /// Applies `f` to the body's `data` in place (a body that is not valid stays as it
        /// is: `send` reports it).
        fn edit(mut self, f: impl FnOnce(&mut types::QuoteProductWrite)) -> Self {
            self.body = self
                .body
                .and_then(|body| {
                    let mut document = types::QuoteProductWriteDocument::try_from(body)
                        .map_err(|e| e.to_string())?;
                    f(&mut document.data);
                    Ok(document.into())
                });
            self
        }
    }

    impl UpdateQuoteProduct<'_> {
        /// Sets the attributes (and custom fields) to change: only what is set is sent, Spiro keeps the rest, and the record need not be fetched first. Keeps the relationships and the rest of the body (`body(..)` replaces the whole body: give it first).
        pub fn attributes(self, attributes: types::QuoteProductWriteAttributes) -> Self {
            self.edit(|write| write.attributes = Some(attributes))
        }

        /// Sets relationship `quote` to the [`Quote`](types::Quote) with this id (an [`Id`](crate::Id), or `&record`); keeps the attributes and the other relationships (`body(..)` replaces the whole body: give it first).
        pub fn quote(self, quote: impl Into<crate::Id<types::Quote>>) -> Self {
            let data = types::RelationshipData::ResourceIdentifier(
                quote.into().identifier(),
            );
            self.edit(|write| {
                crate::document::resource::relate(
                    &mut write.relationships,
                    "quote",
                    data,
                )
            })
        }

        /// Applies `f` to the body's `data` in place (a body that is not valid stays as it
        /// is: `send` reports it).
        fn edit(mut self, f: impl FnOnce(&mut types::QuoteProductWrite)) -> Self {
            self.body = self
                .body
                .and_then(|body| {
                    let mut document = types::QuoteProductWriteDocument::try_from(body)
                        .map_err(|e| e.to_string())?;
                    f(&mut document.data);
                    Ok(document.into())
                });
            self
        }

        /// The body with `data.id` set to the path's id when it names none (Spiro's
        /// updates carry both).
        fn with_path_id(mut self) -> Self {
            if let (Ok(id), Ok(body)) = (&self.id, &self.body)
                && let Ok(mut document) = types::QuoteProductWriteDocument::try_from(
                    body.clone(),
                ) && document.data.id.is_none()
            {
                document.data.id = Some(crate::ResourceId::from(id.as_str()));
                self.body = Ok(document.into());
            }
            self
        }
    }

    impl CreateCustomObject<'_> {
        /// Sets the attributes (and custom fields) of the new record: only what is set is sent. Keeps the relationships and the rest of the body (`body(..)` replaces the whole body: give it first).
        pub fn attributes(self, attributes: types::CustomObjectWriteAttributes) -> Self {
            self.edit(|write| write.attributes = Some(attributes))
        }

        /// Sets relationship `company` to the [`Company`](types::Company) with this id (an [`Id`](crate::Id), or `&record`); keeps the attributes and the other relationships (`body(..)` replaces the whole body: give it first).
        pub fn company(self, company: impl Into<crate::Id<types::Company>>) -> Self {
            let data = types::RelationshipData::ResourceIdentifier(
                company.into().identifier(),
            );
            self.edit(|write| {
                crate::document::resource::relate(
                    &mut write.relationships,
                    "company",
                    data,
                )
            })
        }

        /// Sets relationship `contact` to the [`Contact`](types::Contact) with this id (an [`Id`](crate::Id), or `&record`); keeps the attributes and the other relationships (`body(..)` replaces the whole body: give it first).
        pub fn contact(self, contact: impl Into<crate::Id<types::Contact>>) -> Self {
            let data = types::RelationshipData::ResourceIdentifier(
                contact.into().identifier(),
            );
            self.edit(|write| {
                crate::document::resource::relate(
                    &mut write.relationships,
                    "contact",
                    data,
                )
            })
        }

        /// Sets relationship `opportunity` to the [`Opportunity`](types::Opportunity) with this id (an [`Id`](crate::Id), or `&record`); keeps the attributes and the other relationships (`body(..)` replaces the whole body: give it first).
        pub fn opportunity(
            self,
            opportunity: impl Into<crate::Id<types::Opportunity>>,
        ) -> Self {
            let data = types::RelationshipData::ResourceIdentifier(
                opportunity.into().identifier(),
            );
            self.edit(|write| {
                crate::document::resource::relate(
                    &mut write.relationships,
                    "opportunity",
                    data,
                )
            })
        }

        /// Sets relationship `user` to the [`User`](types::User) with this id (an [`Id`](crate::Id), or `&record`); keeps the attributes and the other relationships (`body(..)` replaces the whole body: give it first).
        pub fn user(self, user: impl Into<crate::Id<types::User>>) -> Self {
            let data = types::RelationshipData::ResourceIdentifier(
                user.into().identifier(),
            );
            self.edit(|write| {
                crate::document::resource::relate(&mut write.relationships, "user", data)
            })
        }

        /// Applies `f` to the body's `data` in place (a body that is not valid stays as it
        /// is: `send` reports it).
        fn edit(mut self, f: impl FnOnce(&mut types::CustomObjectWrite)) -> Self {
            self.body = self
                .body
                .and_then(|body| {
                    let mut document = types::CustomObjectWriteDocument::try_from(body)
                        .map_err(|e| e.to_string())?;
                    f(&mut document.data);
                    Ok(document.into())
                });
            self
        }
    }

    impl UpdateCustomObject<'_> {
        /// Sets the attributes (and custom fields) to change: only what is set is sent, Spiro keeps the rest, and the record need not be fetched first. Keeps the relationships and the rest of the body (`body(..)` replaces the whole body: give it first).
        pub fn attributes(self, attributes: types::CustomObjectWriteAttributes) -> Self {
            self.edit(|write| write.attributes = Some(attributes))
        }

        /// Sets relationship `company` to the [`Company`](types::Company) with this id (an [`Id`](crate::Id), or `&record`); keeps the attributes and the other relationships (`body(..)` replaces the whole body: give it first).
        pub fn company(self, company: impl Into<crate::Id<types::Company>>) -> Self {
            let data = types::RelationshipData::ResourceIdentifier(
                company.into().identifier(),
            );
            self.edit(|write| {
                crate::document::resource::relate(
                    &mut write.relationships,
                    "company",
                    data,
                )
            })
        }

        /// Sets relationship `contact` to the [`Contact`](types::Contact) with this id (an [`Id`](crate::Id), or `&record`); keeps the attributes and the other relationships (`body(..)` replaces the whole body: give it first).
        pub fn contact(self, contact: impl Into<crate::Id<types::Contact>>) -> Self {
            let data = types::RelationshipData::ResourceIdentifier(
                contact.into().identifier(),
            );
            self.edit(|write| {
                crate::document::resource::relate(
                    &mut write.relationships,
                    "contact",
                    data,
                )
            })
        }

        /// Sets relationship `opportunity` to the [`Opportunity`](types::Opportunity) with this id (an [`Id`](crate::Id), or `&record`); keeps the attributes and the other relationships (`body(..)` replaces the whole body: give it first).
        pub fn opportunity(
            self,
            opportunity: impl Into<crate::Id<types::Opportunity>>,
        ) -> Self {
            let data = types::RelationshipData::ResourceIdentifier(
                opportunity.into().identifier(),
            );
            self.edit(|write| {
                crate::document::resource::relate(
                    &mut write.relationships,
                    "opportunity",
                    data,
                )
            })
        }

        /// Sets relationship `user` to the [`User`](types::User) with this id (an [`Id`](crate::Id), or `&record`); keeps the attributes and the other relationships (`body(..)` replaces the whole body: give it first).
        pub fn user(self, user: impl Into<crate::Id<types::User>>) -> Self {
            let data = types::RelationshipData::ResourceIdentifier(
                user.into().identifier(),
            );
            self.edit(|write| {
                crate::document::resource::relate(&mut write.relationships, "user", data)
            })
        }

        /// Applies `f` to the body's `data` in place (a body that is not valid stays as it
        /// is: `send` reports it).
        fn edit(mut self, f: impl FnOnce(&mut types::CustomObjectWrite)) -> Self {
            self.body = self
                .body
                .and_then(|body| {
                    let mut document = types::CustomObjectWriteDocument::try_from(body)
                        .map_err(|e| e.to_string())?;
                    f(&mut document.data);
                    Ok(document.into())
                });
            self
        }

        /// The body with `data.id` set to the path's id when it names none (Spiro's
        /// updates carry both).
        fn with_path_id(mut self) -> Self {
            if let (Ok(id), Ok(body)) = (&self.id, &self.body)
                && let Ok(mut document) = types::CustomObjectWriteDocument::try_from(
                    body.clone(),
                ) && document.data.id.is_none()
            {
                document.data.id = Some(crate::ResourceId::from(id.as_str()));
                self.body = Ok(document.into());
            }
            self
        }
    }

    /// The operation of the spec with this id (for requests made by method and path that
    /// name it: `Client::request(..).operation_id(..)`).
    pub(crate) fn operation(id: &str) -> Option<&'static crate::client::Operation> {
        match id {
            "list_companies" => Some(&ListCompanies::OPERATION),
            "create_company" => Some(&CreateCompany::OPERATION),
            "get_company" => Some(&GetCompany::OPERATION),
            "update_company" => Some(&UpdateCompany::OPERATION),
            "delete_company" => Some(&DeleteCompany::OPERATION),
            "list_contacts" => Some(&ListContacts::OPERATION),
            "create_contact" => Some(&CreateContact::OPERATION),
            "get_contact" => Some(&GetContact::OPERATION),
            "update_contact" => Some(&UpdateContact::OPERATION),
            "delete_contact" => Some(&DeleteContact::OPERATION),
            "list_opportunities" => Some(&ListOpportunities::OPERATION),
            "create_opportunity" => Some(&CreateOpportunity::OPERATION),
            "get_opportunity" => Some(&GetOpportunity::OPERATION),
            "update_opportunity" => Some(&UpdateOpportunity::OPERATION),
            "delete_opportunity" => Some(&DeleteOpportunity::OPERATION),
            "list_pipelines" => Some(&ListPipelines::OPERATION),
            "get_pipeline" => Some(&GetPipeline::OPERATION),
            "list_pipeline_opportunity_stages" => {
                Some(&ListPipelineOpportunityStages::OPERATION)
            }
            "list_users" => Some(&ListUsers::OPERATION),
            "get_user" => Some(&GetUser::OPERATION),
            "list_reminders" => Some(&ListReminders::OPERATION),
            "create_reminder" => Some(&CreateReminder::OPERATION),
            "get_reminder" => Some(&GetReminder::OPERATION),
            "update_reminder" => Some(&UpdateReminder::OPERATION),
            "delete_reminder" => Some(&DeleteReminder::OPERATION),
            "list_activities" => Some(&ListActivities::OPERATION),
            "create_activity" => Some(&CreateActivity::OPERATION),
            "get_activity" => Some(&GetActivity::OPERATION),
            "update_activity" => Some(&UpdateActivity::OPERATION),
            "delete_activity" => Some(&DeleteActivity::OPERATION),
            "list_campaigns" => Some(&ListCampaigns::OPERATION),
            "create_campaign" => Some(&CreateCampaign::OPERATION),
            "get_campaign" => Some(&GetCampaign::OPERATION),
            "update_campaign" => Some(&UpdateCampaign::OPERATION),
            "delete_campaign" => Some(&DeleteCampaign::OPERATION),
            "list_quotes" => Some(&ListQuotes::OPERATION),
            "create_quote" => Some(&CreateQuote::OPERATION),
            "get_quote" => Some(&GetQuote::OPERATION),
            "update_quote" => Some(&UpdateQuote::OPERATION),
            "delete_quote" => Some(&DeleteQuote::OPERATION),
            "list_quote_products" => Some(&ListQuoteProducts::OPERATION),
            "create_quote_product" => Some(&CreateQuoteProduct::OPERATION),
            "get_quote_product" => Some(&GetQuoteProduct::OPERATION),
            "update_quote_product" => Some(&UpdateQuoteProduct::OPERATION),
            "delete_quote_product" => Some(&DeleteQuoteProduct::OPERATION),
            "list_custom_objects" => Some(&ListCustomObjects::OPERATION),
            "create_custom_object" => Some(&CreateCustomObject::OPERATION),
            "get_custom_object" => Some(&GetCustomObject::OPERATION),
            "update_custom_object" => Some(&UpdateCustomObject::OPERATION),
            "delete_custom_object" => Some(&DeleteCustomObject::OPERATION),
            _ => None,
        }
    }
}

/// Items consumers will typically use such as the Client.
pub mod prelude {
    pub use self::super::Client;
}

/// Connects the generated types and builders to spiro-api's traits, and adds the
/// accessors of every record type.
mod glue {
    use super::{builder, types};
    impl types::Company {
        ///Street address. [call Y3 (in `custom` or here); S8 import columns]
        ///
        /// `None` when Spiro did not send it (or the record came without attributes).
        pub fn address(&self) -> Option<&str> {
            self.attributes
                .as_ref()
                .and_then(|a| a.address.as_ref())
                .map(crate::Text::as_str)
        }

        ///City. [call Y1, Y3]
        ///
        /// `None` when Spiro did not send it (or the record came without attributes).
        pub fn city(&self) -> Option<&str> {
            self.attributes
                .as_ref()
                .and_then(|a| a.city.as_ref())
                .map(crate::Text::as_str)
        }

        ///ISO 8601 date or date-time as sent by Spiro, kept as a string: no source shows its format. [call Y3 reads it]
        ///
        /// `None` when Spiro did not send it (or the record came without attributes).
        pub fn created_at(&self) -> Option<&crate::Timestamp> {
            self.attributes.as_ref().and_then(|a| a.created_at.as_ref())
        }

        ///Free-text description. [inferred from S8 import columns]
        ///
        /// `None` when Spiro did not send it (or the record came without attributes).
        pub fn description(&self) -> Option<&str> {
            self.attributes
                .as_ref()
                .and_then(|a| a.description.as_ref())
                .map(crate::Text::as_str)
        }

        ///External (e.g. ERP) id. [call Y1]
        ///
        /// `None` when Spiro did not send it (or the record came without attributes).
        pub fn external_id(&self) -> Option<&str> {
            self.attributes
                .as_ref()
                .and_then(|a| a.external_id.as_ref())
                .map(crate::Text::as_str)
        }

        ///Company name. [live P3: callers throw when missing]
        ///
        /// `None` when Spiro did not send it (or the record came without attributes).
        pub fn name(&self) -> Option<&str> {
            self.attributes.as_ref().and_then(|a| a.name.as_deref())
        }

        ///Phone number, E.164-like in the product. [call Y3; S8 import columns]
        ///
        /// `None` when Spiro did not send it (or the record came without attributes).
        pub fn phone(&self) -> Option<&str> {
            self.attributes
                .as_ref()
                .and_then(|a| a.phone.as_ref())
                .map(crate::Text::as_str)
        }

        ///State or region. [call Y1, Y3]
        ///
        /// `None` when Spiro did not send it (or the record came without attributes).
        pub fn state(&self) -> Option<&str> {
            self.attributes
                .as_ref()
                .and_then(|a| a.state.as_ref())
                .map(crate::Text::as_str)
        }

        ///ISO 8601 date or date-time as sent by Spiro, kept as a string: no source shows its format. [call Y3 reads it]
        ///
        /// `None` when Spiro did not send it (or the record came without attributes).
        pub fn updated_at(&self) -> Option<&crate::Timestamp> {
            self.attributes.as_ref().and_then(|a| a.updated_at.as_ref())
        }

        ///Website URL. [call Y1, Y3]
        ///
        /// `None` when Spiro did not send it (or the record came without attributes).
        pub fn website(&self) -> Option<&str> {
            self.attributes
                .as_ref()
                .and_then(|a| a.website.as_ref())
                .map(crate::Text::as_str)
        }

        ///Postal code. [inferred from S8 import columns]
        ///
        /// `None` when Spiro did not send it (or the record came without attributes).
        pub fn zipcode(&self) -> Option<&str> {
            self.attributes
                .as_ref()
                .and_then(|a| a.zipcode.as_ref())
                .map(crate::Text::as_str)
        }

        /// The [`User`](types::User) that relationship `user` points at, from a document's `included`.
        ///
        /// `Ok(None)` when the relationship is absent or empty; `Err(Error::Include(IncludeError::MissingFromIncluded { .. }))` when it points at a record that `included` lacks (request it with `include("user")`).
        pub fn user(
            &self,
            included: &[types::IncludedResource],
        ) -> crate::Result<Option<types::User>> {
            crate::document::resource::to_one(
                self.relationships.as_ref(),
                "user",
                included,
            )
        }
    }

    impl From<types::CompanyAttributes> for types::CompanyWriteAttributes {
        /// The attributes of a Company that a request may send, from those Spiro sent: the read-only ones are left out. For writing back a record that was read.
        fn from(attributes: types::CompanyAttributes) -> Self {
            Self {
                address: attributes.address,
                city: attributes.city,
                custom: attributes.custom,
                description: attributes.description,
                external_id: attributes.external_id,
                name: attributes.name,
                phone: attributes.phone,
                state: attributes.state,
                website: attributes.website,
                zipcode: attributes.zipcode,
            }
        }
    }

    impl crate::Resource for types::Company {
        type Attributes = types::CompanyAttributes;
        type WriteAttributes = types::CompanyWriteAttributes;
        type WriteDocument = types::CompanyWriteDocument;
        const TYPE: &'static str = "company";
        fn id(&self) -> &crate::ResourceId {
            &self.id
        }

        fn resource_type(&self) -> &str {
            &self.type_
        }

        fn attributes(&self) -> Option<&types::CompanyAttributes> {
            self.attributes.as_ref()
        }

        fn relationships(&self) -> Option<&types::Relationships> {
            self.relationships.as_ref()
        }

        fn custom_fields(&self) -> Option<&crate::CustomFields> {
            self.attributes.as_ref().and_then(|a| a.custom.as_ref())
        }
    }

    impl types::Contact {
        ///ISO 8601 date or date-time as sent by Spiro, kept as a string: no source shows its format. [call Y3 reads it]
        ///
        /// `None` when Spiro did not send it (or the record came without attributes).
        pub fn created_at(&self) -> Option<&crate::Timestamp> {
            self.attributes.as_ref().and_then(|a| a.created_at.as_ref())
        }

        ///Free-text description. [inferred from S8 import columns]
        ///
        /// `None` when Spiro did not send it (or the record came without attributes).
        pub fn description(&self) -> Option<&str> {
            self.attributes
                .as_ref()
                .and_then(|a| a.description.as_ref())
                .map(crate::Text::as_str)
        }

        ///Email address. [call P5, Y3]
        ///
        /// `None` when Spiro did not send it (or the record came without attributes).
        pub fn email(&self) -> Option<&str> {
            self.attributes
                .as_ref()
                .and_then(|a| a.email.as_ref())
                .map(crate::Text::as_str)
        }

        ///External id. [inferred from S8 import columns]
        ///
        /// `None` when Spiro did not send it (or the record came without attributes).
        pub fn external_id(&self) -> Option<&str> {
            self.attributes
                .as_ref()
                .and_then(|a| a.external_id.as_ref())
                .map(crate::Text::as_str)
        }

        ///First name. [call P5, Y3]
        ///
        /// `None` when Spiro did not send it (or the record came without attributes).
        pub fn first_name(&self) -> Option<&str> {
            self.attributes
                .as_ref()
                .and_then(|a| a.first_name.as_ref())
                .map(crate::Text::as_str)
        }

        ///Home phone. [inferred from S8 import columns]
        ///
        /// `None` when Spiro did not send it (or the record came without attributes).
        pub fn home_phone(&self) -> Option<&str> {
            self.attributes
                .as_ref()
                .and_then(|a| a.home_phone.as_ref())
                .map(crate::Text::as_str)
        }

        ///Last name. [call P5, Y3]
        ///
        /// `None` when Spiro did not send it (or the record came without attributes).
        pub fn last_name(&self) -> Option<&str> {
            self.attributes
                .as_ref()
                .and_then(|a| a.last_name.as_ref())
                .map(crate::Text::as_str)
        }

        ///Mobile number. [call Y3]
        ///
        /// `None` when Spiro did not send it (or the record came without attributes).
        pub fn mobile(&self) -> Option<&str> {
            self.attributes
                .as_ref()
                .and_then(|a| a.mobile.as_ref())
                .map(crate::Text::as_str)
        }

        ///Phone number. [call Y3]
        ///
        /// `None` when Spiro did not send it (or the record came without attributes).
        pub fn phone(&self) -> Option<&str> {
            self.attributes
                .as_ref()
                .and_then(|a| a.phone.as_ref())
                .map(crate::Text::as_str)
        }

        ///Job title. [call Y3]
        ///
        /// `None` when Spiro did not send it (or the record came without attributes).
        pub fn title(&self) -> Option<&str> {
            self.attributes
                .as_ref()
                .and_then(|a| a.title.as_ref())
                .map(crate::Text::as_str)
        }

        ///ISO 8601 date or date-time as sent by Spiro, kept as a string: no source shows its format. [call Y3 reads it]
        ///
        /// `None` when Spiro did not send it (or the record came without attributes).
        pub fn updated_at(&self) -> Option<&crate::Timestamp> {
            self.attributes.as_ref().and_then(|a| a.updated_at.as_ref())
        }

        /// The [`Company`](types::Company) that relationship `company` points at, from a document's `included`.
        ///
        /// `Ok(None)` when the relationship is absent or empty; `Err(Error::Include(IncludeError::MissingFromIncluded { .. }))` when it points at a record that `included` lacks (request it with `include("company")`).
        pub fn company(
            &self,
            included: &[types::IncludedResource],
        ) -> crate::Result<Option<types::Company>> {
            crate::document::resource::to_one(
                self.relationships.as_ref(),
                "company",
                included,
            )
        }

        /// The [`User`](types::User) that relationship `user` points at, from a document's `included`.
        ///
        /// `Ok(None)` when the relationship is absent or empty; `Err(Error::Include(IncludeError::MissingFromIncluded { .. }))` when it points at a record that `included` lacks (request it with `include("user")`).
        pub fn user(
            &self,
            included: &[types::IncludedResource],
        ) -> crate::Result<Option<types::User>> {
            crate::document::resource::to_one(
                self.relationships.as_ref(),
                "user",
                included,
            )
        }
    }

    impl From<types::ContactAttributes> for types::ContactWriteAttributes {
        /// The attributes of a Contact that a request may send, from those Spiro sent: the read-only ones are left out. For writing back a record that was read.
        fn from(attributes: types::ContactAttributes) -> Self {
            Self {
                custom: attributes.custom,
                description: attributes.description,
                email: attributes.email,
                external_id: attributes.external_id,
                first_name: attributes.first_name,
                home_phone: attributes.home_phone,
                last_name: attributes.last_name,
                mobile: attributes.mobile,
                phone: attributes.phone,
                title: attributes.title,
            }
        }
    }

    impl crate::Resource for types::Contact {
        type Attributes = types::ContactAttributes;
        type WriteAttributes = types::ContactWriteAttributes;
        type WriteDocument = types::ContactWriteDocument;
        const TYPE: &'static str = "contact";
        fn id(&self) -> &crate::ResourceId {
            &self.id
        }

        fn resource_type(&self) -> &str {
            &self.type_
        }

        fn attributes(&self) -> Option<&types::ContactAttributes> {
            self.attributes.as_ref()
        }

        fn relationships(&self) -> Option<&types::Relationships> {
            self.relationships.as_ref()
        }

        fn custom_fields(&self) -> Option<&crate::CustomFields> {
            self.attributes.as_ref().and_then(|a| a.custom.as_ref())
        }
    }

    impl types::Opportunity {
        ///Amount in the opportunity's currency, a number or a numeric string. [call Y1]
        ///
        /// `None` when Spiro did not send it (or the record came without attributes).
        pub fn amount(&self) -> Option<&crate::Amount> {
            self.attributes.as_ref().and_then(|a| a.amount.as_ref())
        }

        ///Close date, as a date (`2026-09-30`) or a date-time: no source shows its format. [live P11: "actual Spiro close date field"]
        ///
        /// `None` when Spiro did not send it (or the record came without attributes).
        pub fn close_at(&self) -> Option<&crate::Timestamp> {
            self.attributes.as_ref().and_then(|a| a.close_at.as_ref())
        }

        ///ISO 8601 date or date-time as sent by Spiro, kept as a string: no source shows its format. [call Y3 reads it]
        ///
        /// `None` when Spiro did not send it (or the record came without attributes).
        pub fn created_at(&self) -> Option<&crate::Timestamp> {
            self.attributes.as_ref().and_then(|a| a.created_at.as_ref())
        }

        ///Currency code. [call Y3, which defaults it to USD; S8 import columns]
        ///
        /// `None` when Spiro did not send it (or the record came without attributes).
        pub fn currency(&self) -> Option<&str> {
            self.attributes
                .as_ref()
                .and_then(|a| a.currency.as_ref())
                .map(crate::Text::as_str)
        }

        ///Free-text description. [live P12]
        ///
        /// `None` when Spiro did not send it (or the record came without attributes).
        pub fn description(&self) -> Option<&str> {
            self.attributes.as_ref().and_then(|a| a.description.as_deref())
        }

        ///External id. [live P12]
        ///
        /// `None` when Spiro did not send it (or the record came without attributes).
        pub fn external_id(&self) -> Option<&str> {
            self.attributes.as_ref().and_then(|a| a.external_id.as_deref())
        }

        ///Opportunity name. [live P3]
        ///
        /// `None` when Spiro did not send it (or the record came without attributes).
        pub fn name(&self) -> Option<&str> {
            self.attributes.as_ref().and_then(|a| a.name.as_deref())
        }

        ///Priority. [inferred from S8 import columns]
        ///
        /// `None` when Spiro did not send it (or the record came without attributes).
        pub fn priority(&self) -> Option<&str> {
            self.attributes
                .as_ref()
                .and_then(|a| a.priority.as_ref())
                .map(crate::Text::as_str)
        }

        ///ISO 8601 date or date-time as sent by Spiro, kept as a string: no source shows its format. [call Y1, Y3]
        ///
        /// `None` when Spiro did not send it (or the record came without attributes).
        pub fn updated_at(&self) -> Option<&crate::Timestamp> {
            self.attributes.as_ref().and_then(|a| a.updated_at.as_ref())
        }

        /// The [`Company`](types::Company) that relationship `company` points at, from a document's `included`.
        ///
        /// `Ok(None)` when the relationship is absent or empty; `Err(Error::Include(IncludeError::MissingFromIncluded { .. }))` when it points at a record that `included` lacks (request it with `include("company")`).
        pub fn company(
            &self,
            included: &[types::IncludedResource],
        ) -> crate::Result<Option<types::Company>> {
            crate::document::resource::to_one(
                self.relationships.as_ref(),
                "company",
                included,
            )
        }

        /// The [`OpportunityStage`](types::OpportunityStage) that relationship `opportunity_stage` points at, from a document's `included`.
        ///
        /// `Ok(None)` when the relationship is absent or empty; `Err(Error::Include(IncludeError::MissingFromIncluded { .. }))` when it points at a record that `included` lacks (request it with `include("opportunity_stage")`).
        pub fn opportunity_stage(
            &self,
            included: &[types::IncludedResource],
        ) -> crate::Result<Option<types::OpportunityStage>> {
            crate::document::resource::to_one(
                self.relationships.as_ref(),
                "opportunity_stage",
                included,
            )
        }

        /// The [`Pipeline`](types::Pipeline) that relationship `pipeline` points at, from a document's `included`.
        ///
        /// `Ok(None)` when the relationship is absent or empty; `Err(Error::Include(IncludeError::MissingFromIncluded { .. }))` when it points at a record that `included` lacks (request it with `include("pipeline")`).
        pub fn pipeline(
            &self,
            included: &[types::IncludedResource],
        ) -> crate::Result<Option<types::Pipeline>> {
            crate::document::resource::to_one(
                self.relationships.as_ref(),
                "pipeline",
                included,
            )
        }

        /// The [`User`](types::User) that relationship `user` points at, from a document's `included`.
        ///
        /// `Ok(None)` when the relationship is absent or empty; `Err(Error::Include(IncludeError::MissingFromIncluded { .. }))` when it points at a record that `included` lacks (request it with `include("user")`).
        pub fn user(
            &self,
            included: &[types::IncludedResource],
        ) -> crate::Result<Option<types::User>> {
            crate::document::resource::to_one(
                self.relationships.as_ref(),
                "user",
                included,
            )
        }
    }

    impl From<types::OpportunityAttributes> for types::OpportunityWriteAttributes {
        /// The attributes of a Opportunity that a request may send, from those Spiro sent: the read-only ones are left out. For writing back a record that was read.
        fn from(attributes: types::OpportunityAttributes) -> Self {
            Self {
                amount: attributes.amount,
                close_at: attributes.close_at,
                currency: attributes.currency,
                custom: attributes.custom,
                description: attributes.description,
                external_id: attributes.external_id,
                name: attributes.name,
                priority: attributes.priority,
            }
        }
    }

    impl crate::Resource for types::Opportunity {
        type Attributes = types::OpportunityAttributes;
        type WriteAttributes = types::OpportunityWriteAttributes;
        type WriteDocument = types::OpportunityWriteDocument;
        const TYPE: &'static str = "opportunity";
        fn id(&self) -> &crate::ResourceId {
            &self.id
        }

        fn resource_type(&self) -> &str {
            &self.type_
        }

        fn attributes(&self) -> Option<&types::OpportunityAttributes> {
            self.attributes.as_ref()
        }

        fn relationships(&self) -> Option<&types::Relationships> {
            self.relationships.as_ref()
        }

        fn custom_fields(&self) -> Option<&crate::CustomFields> {
            self.attributes.as_ref().and_then(|a| a.custom.as_ref())
        }
    }

    impl types::Pipeline {
        ///Pipeline name. [inferred]
        ///
        /// `None` when Spiro did not send it (or the record came without attributes).
        pub fn name(&self) -> Option<&str> {
            self.attributes
                .as_ref()
                .and_then(|a| a.name.as_ref())
                .map(crate::Text::as_str)
        }
    }

    impl From<types::PipelineAttributes> for types::PipelineWriteAttributes {
        /// The attributes of a Pipeline that a request may send, from those Spiro sent: the read-only ones are left out. For writing back a record that was read.
        fn from(attributes: types::PipelineAttributes) -> Self {
            Self {
                custom: attributes.custom,
                name: attributes.name,
            }
        }
    }

    impl crate::Resource for types::Pipeline {
        type Attributes = types::PipelineAttributes;
        type WriteAttributes = types::PipelineWriteAttributes;
        type WriteDocument = types::PipelineWriteDocument;
        const TYPE: &'static str = "pipeline";
        fn id(&self) -> &crate::ResourceId {
            &self.id
        }

        fn resource_type(&self) -> &str {
            &self.type_
        }

        fn attributes(&self) -> Option<&types::PipelineAttributes> {
            self.attributes.as_ref()
        }

        fn relationships(&self) -> Option<&types::Relationships> {
            self.relationships.as_ref()
        }

        fn custom_fields(&self) -> Option<&crate::CustomFields> {
            self.attributes.as_ref().and_then(|a| a.custom.as_ref())
        }
    }

    impl types::OpportunityStage {
        ///Stage name, e.g. Prospecting, Qualifying, Proposing. Callers read `name`, then `label`, `title` or `stage_name`: one of them exists, `name` most likely. [call P3, P5]
        ///
        /// `None` when Spiro did not send it (or the record came without attributes).
        pub fn name(&self) -> Option<&str> {
            self.attributes
                .as_ref()
                .and_then(|a| a.name.as_ref())
                .map(crate::Text::as_str)
        }

        ///Order of the stage in its pipeline. [inferred]
        ///
        /// `None` when Spiro did not send it (or the record came without attributes).
        pub fn position(&self) -> Option<&crate::Amount> {
            self.attributes.as_ref().and_then(|a| a.position.as_ref())
        }

        ///Win probability of the stage in percent. [inferred]
        ///
        /// `None` when Spiro did not send it (or the record came without attributes).
        pub fn probability(&self) -> Option<&crate::Amount> {
            self.attributes.as_ref().and_then(|a| a.probability.as_ref())
        }

        /// The [`Pipeline`](types::Pipeline) that relationship `pipeline` points at, from a document's `included`.
        ///
        /// `Ok(None)` when the relationship is absent or empty; `Err(Error::Include(IncludeError::MissingFromIncluded { .. }))` when it points at a record that `included` lacks (request it with `include("pipeline")`).
        pub fn pipeline(
            &self,
            included: &[types::IncludedResource],
        ) -> crate::Result<Option<types::Pipeline>> {
            crate::document::resource::to_one(
                self.relationships.as_ref(),
                "pipeline",
                included,
            )
        }
    }

    impl From<types::OpportunityStageAttributes>
    for types::OpportunityStageWriteAttributes {
        /// The attributes of a OpportunityStage that a request may send, from those Spiro sent: the read-only ones are left out. For writing back a record that was read.
        fn from(attributes: types::OpportunityStageAttributes) -> Self {
            Self {
                custom: attributes.custom,
                name: attributes.name,
                position: attributes.position,
                probability: attributes.probability,
            }
        }
    }

    impl crate::Resource for types::OpportunityStage {
        type Attributes = types::OpportunityStageAttributes;
        type WriteAttributes = types::OpportunityStageWriteAttributes;
        type WriteDocument = types::OpportunityStageWriteDocument;
        const TYPE: &'static str = "opportunity_stage";
        fn id(&self) -> &crate::ResourceId {
            &self.id
        }

        fn resource_type(&self) -> &str {
            &self.type_
        }

        fn attributes(&self) -> Option<&types::OpportunityStageAttributes> {
            self.attributes.as_ref()
        }

        fn relationships(&self) -> Option<&types::Relationships> {
            self.relationships.as_ref()
        }

        fn custom_fields(&self) -> Option<&crate::CustomFields> {
            self.attributes.as_ref().and_then(|a| a.custom.as_ref())
        }
    }

    impl types::User {
        ///Email address. [inferred: callers fall back to it]
        ///
        /// `None` when Spiro did not send it (or the record came without attributes).
        pub fn email(&self) -> Option<&str> {
            self.attributes
                .as_ref()
                .and_then(|a| a.email.as_ref())
                .map(crate::Text::as_str)
        }

        ///First name. [live P3, P4: read from `included`]
        ///
        /// `None` when Spiro did not send it (or the record came without attributes).
        pub fn first_name(&self) -> Option<&str> {
            self.attributes.as_ref().and_then(|a| a.first_name.as_deref())
        }

        ///Last name. [live P3, P4: read from `included`]
        ///
        /// `None` when Spiro did not send it (or the record came without attributes).
        pub fn last_name(&self) -> Option<&str> {
            self.attributes.as_ref().and_then(|a| a.last_name.as_deref())
        }
    }

    impl From<types::UserAttributes> for types::UserWriteAttributes {
        /// The attributes of a User that a request may send, from those Spiro sent: the read-only ones are left out. For writing back a record that was read.
        fn from(attributes: types::UserAttributes) -> Self {
            Self {
                custom: attributes.custom,
                email: attributes.email,
                first_name: attributes.first_name,
                last_name: attributes.last_name,
            }
        }
    }

    impl crate::Resource for types::User {
        type Attributes = types::UserAttributes;
        type WriteAttributes = types::UserWriteAttributes;
        type WriteDocument = types::UserWriteDocument;
        const TYPE: &'static str = "user";
        fn id(&self) -> &crate::ResourceId {
            &self.id
        }

        fn resource_type(&self) -> &str {
            &self.type_
        }

        fn attributes(&self) -> Option<&types::UserAttributes> {
            self.attributes.as_ref()
        }

        fn relationships(&self) -> Option<&types::Relationships> {
            self.relationships.as_ref()
        }

        fn custom_fields(&self) -> Option<&crate::CustomFields> {
            self.attributes.as_ref().and_then(|a| a.custom.as_ref())
        }
    }

    impl types::Reminder {
        ///ISO 8601 date or date-time as sent by Spiro, kept as a string: no source shows its format. [inferred]
        ///
        /// `None` when Spiro did not send it (or the record came without attributes).
        pub fn created_at(&self) -> Option<&crate::Timestamp> {
            self.attributes.as_ref().and_then(|a| a.created_at.as_ref())
        }

        ///What to do. [inferred]
        ///
        /// `None` when Spiro did not send it (or the record came without attributes).
        pub fn description(&self) -> Option<&str> {
            self.attributes
                .as_ref()
                .and_then(|a| a.description.as_ref())
                .map(crate::Text::as_str)
        }

        ///When the reminder is due. ISO 8601 timestamp as sent by Spiro. Kept as a string: the exact format is not evidenced. [inferred from S3/S4: reminder date]
        ///
        /// `None` when Spiro did not send it (or the record came without attributes).
        pub fn due_at(&self) -> Option<&crate::Timestamp> {
            self.attributes.as_ref().and_then(|a| a.due_at.as_ref())
        }

        ///`open` or `closed`. [inferred from S4: open/closed status]
        ///
        /// `None` when Spiro did not send it (or the record came without attributes).
        pub fn status(&self) -> Option<&str> {
            self.attributes
                .as_ref()
                .and_then(|a| a.status.as_ref())
                .map(crate::Text::as_str)
        }

        ///ISO 8601 date or date-time as sent by Spiro, kept as a string: no source shows its format. [inferred]
        ///
        /// `None` when Spiro did not send it (or the record came without attributes).
        pub fn updated_at(&self) -> Option<&crate::Timestamp> {
            self.attributes.as_ref().and_then(|a| a.updated_at.as_ref())
        }

        /// The [`Company`](types::Company) that relationship `company` points at, from a document's `included`.
        ///
        /// `Ok(None)` when the relationship is absent or empty; `Err(Error::Include(IncludeError::MissingFromIncluded { .. }))` when it points at a record that `included` lacks (request it with `include("company")`).
        pub fn company(
            &self,
            included: &[types::IncludedResource],
        ) -> crate::Result<Option<types::Company>> {
            crate::document::resource::to_one(
                self.relationships.as_ref(),
                "company",
                included,
            )
        }

        /// The [`Contact`](types::Contact) that relationship `contact` points at, from a document's `included`.
        ///
        /// `Ok(None)` when the relationship is absent or empty; `Err(Error::Include(IncludeError::MissingFromIncluded { .. }))` when it points at a record that `included` lacks (request it with `include("contact")`).
        pub fn contact(
            &self,
            included: &[types::IncludedResource],
        ) -> crate::Result<Option<types::Contact>> {
            crate::document::resource::to_one(
                self.relationships.as_ref(),
                "contact",
                included,
            )
        }

        /// The [`Opportunity`](types::Opportunity) that relationship `opportunity` points at, from a document's `included`.
        ///
        /// `Ok(None)` when the relationship is absent or empty; `Err(Error::Include(IncludeError::MissingFromIncluded { .. }))` when it points at a record that `included` lacks (request it with `include("opportunity")`).
        pub fn opportunity(
            &self,
            included: &[types::IncludedResource],
        ) -> crate::Result<Option<types::Opportunity>> {
            crate::document::resource::to_one(
                self.relationships.as_ref(),
                "opportunity",
                included,
            )
        }

        /// The [`User`](types::User) that relationship `user` points at, from a document's `included`.
        ///
        /// `Ok(None)` when the relationship is absent or empty; `Err(Error::Include(IncludeError::MissingFromIncluded { .. }))` when it points at a record that `included` lacks (request it with `include("user")`).
        pub fn user(
            &self,
            included: &[types::IncludedResource],
        ) -> crate::Result<Option<types::User>> {
            crate::document::resource::to_one(
                self.relationships.as_ref(),
                "user",
                included,
            )
        }
    }

    impl From<types::ReminderAttributes> for types::ReminderWriteAttributes {
        /// The attributes of a Reminder that a request may send, from those Spiro sent: the read-only ones are left out. For writing back a record that was read.
        fn from(attributes: types::ReminderAttributes) -> Self {
            Self {
                custom: attributes.custom,
                description: attributes.description,
                due_at: attributes.due_at,
                status: attributes.status,
            }
        }
    }

    impl crate::Resource for types::Reminder {
        type Attributes = types::ReminderAttributes;
        type WriteAttributes = types::ReminderWriteAttributes;
        type WriteDocument = types::ReminderWriteDocument;
        const TYPE: &'static str = "reminder";
        fn id(&self) -> &crate::ResourceId {
            &self.id
        }

        fn resource_type(&self) -> &str {
            &self.type_
        }

        fn attributes(&self) -> Option<&types::ReminderAttributes> {
            self.attributes.as_ref()
        }

        fn relationships(&self) -> Option<&types::Relationships> {
            self.relationships.as_ref()
        }

        fn custom_fields(&self) -> Option<&crate::CustomFields> {
            self.attributes.as_ref().and_then(|a| a.custom.as_ref())
        }
    }

    impl types::Activity {
        ///Text of the note, email or call log. [inferred]
        ///
        /// `None` when Spiro did not send it (or the record came without attributes).
        pub fn body(&self) -> Option<&str> {
            self.attributes
                .as_ref()
                .and_then(|a| a.body.as_ref())
                .map(crate::Text::as_str)
        }

        ///ISO 8601 date or date-time as sent by Spiro, kept as a string: no source shows its format. [inferred]
        ///
        /// `None` when Spiro did not send it (or the record came without attributes).
        pub fn created_at(&self) -> Option<&crate::Timestamp> {
            self.attributes.as_ref().and_then(|a| a.created_at.as_ref())
        }

        ///Kind of activity, e.g. `email`, `call`, `note`, `meeting`. [inferred from S3]
        ///
        /// `None` when Spiro did not send it (or the record came without attributes).
        pub fn kind(&self) -> Option<&str> {
            self.attributes
                .as_ref()
                .and_then(|a| a.kind.as_ref())
                .map(crate::Text::as_str)
        }

        ///When it happened. ISO 8601 timestamp as sent by Spiro. Kept as a string: the exact format is not evidenced. [inferred]
        ///
        /// `None` when Spiro did not send it (or the record came without attributes).
        pub fn occurred_at(&self) -> Option<&crate::Timestamp> {
            self.attributes.as_ref().and_then(|a| a.occurred_at.as_ref())
        }

        ///Subject or title. [inferred]
        ///
        /// `None` when Spiro did not send it (or the record came without attributes).
        pub fn subject(&self) -> Option<&str> {
            self.attributes
                .as_ref()
                .and_then(|a| a.subject.as_ref())
                .map(crate::Text::as_str)
        }

        ///ISO 8601 date or date-time as sent by Spiro, kept as a string: no source shows its format. [inferred]
        ///
        /// `None` when Spiro did not send it (or the record came without attributes).
        pub fn updated_at(&self) -> Option<&crate::Timestamp> {
            self.attributes.as_ref().and_then(|a| a.updated_at.as_ref())
        }

        /// The [`Company`](types::Company) that relationship `company` points at, from a document's `included`.
        ///
        /// `Ok(None)` when the relationship is absent or empty; `Err(Error::Include(IncludeError::MissingFromIncluded { .. }))` when it points at a record that `included` lacks (request it with `include("company")`).
        pub fn company(
            &self,
            included: &[types::IncludedResource],
        ) -> crate::Result<Option<types::Company>> {
            crate::document::resource::to_one(
                self.relationships.as_ref(),
                "company",
                included,
            )
        }

        /// The [`Contact`](types::Contact) that relationship `contact` points at, from a document's `included`.
        ///
        /// `Ok(None)` when the relationship is absent or empty; `Err(Error::Include(IncludeError::MissingFromIncluded { .. }))` when it points at a record that `included` lacks (request it with `include("contact")`).
        pub fn contact(
            &self,
            included: &[types::IncludedResource],
        ) -> crate::Result<Option<types::Contact>> {
            crate::document::resource::to_one(
                self.relationships.as_ref(),
                "contact",
                included,
            )
        }

        /// The [`Opportunity`](types::Opportunity) that relationship `opportunity` points at, from a document's `included`.
        ///
        /// `Ok(None)` when the relationship is absent or empty; `Err(Error::Include(IncludeError::MissingFromIncluded { .. }))` when it points at a record that `included` lacks (request it with `include("opportunity")`).
        pub fn opportunity(
            &self,
            included: &[types::IncludedResource],
        ) -> crate::Result<Option<types::Opportunity>> {
            crate::document::resource::to_one(
                self.relationships.as_ref(),
                "opportunity",
                included,
            )
        }

        /// The [`User`](types::User) that relationship `user` points at, from a document's `included`.
        ///
        /// `Ok(None)` when the relationship is absent or empty; `Err(Error::Include(IncludeError::MissingFromIncluded { .. }))` when it points at a record that `included` lacks (request it with `include("user")`).
        pub fn user(
            &self,
            included: &[types::IncludedResource],
        ) -> crate::Result<Option<types::User>> {
            crate::document::resource::to_one(
                self.relationships.as_ref(),
                "user",
                included,
            )
        }
    }

    impl From<types::ActivityAttributes> for types::ActivityWriteAttributes {
        /// The attributes of a Activity that a request may send, from those Spiro sent: the read-only ones are left out. For writing back a record that was read.
        fn from(attributes: types::ActivityAttributes) -> Self {
            Self {
                body: attributes.body,
                custom: attributes.custom,
                kind: attributes.kind,
                occurred_at: attributes.occurred_at,
                subject: attributes.subject,
            }
        }
    }

    impl crate::Resource for types::Activity {
        type Attributes = types::ActivityAttributes;
        type WriteAttributes = types::ActivityWriteAttributes;
        type WriteDocument = types::ActivityWriteDocument;
        const TYPE: &'static str = "activity";
        fn id(&self) -> &crate::ResourceId {
            &self.id
        }

        fn resource_type(&self) -> &str {
            &self.type_
        }

        fn attributes(&self) -> Option<&types::ActivityAttributes> {
            self.attributes.as_ref()
        }

        fn relationships(&self) -> Option<&types::Relationships> {
            self.relationships.as_ref()
        }

        fn custom_fields(&self) -> Option<&crate::CustomFields> {
            self.attributes.as_ref().and_then(|a| a.custom.as_ref())
        }
    }

    impl types::Campaign {
        ///ISO 8601 date or date-time as sent by Spiro, kept as a string: no source shows its format. [inferred]
        ///
        /// `None` when Spiro did not send it (or the record came without attributes).
        pub fn created_at(&self) -> Option<&crate::Timestamp> {
            self.attributes.as_ref().and_then(|a| a.created_at.as_ref())
        }

        ///Description. [inferred]
        ///
        /// `None` when Spiro did not send it (or the record came without attributes).
        pub fn description(&self) -> Option<&str> {
            self.attributes
                .as_ref()
                .and_then(|a| a.description.as_ref())
                .map(crate::Text::as_str)
        }

        ///Campaign name. [inferred]
        ///
        /// `None` when Spiro did not send it (or the record came without attributes).
        pub fn name(&self) -> Option<&str> {
            self.attributes
                .as_ref()
                .and_then(|a| a.name.as_ref())
                .map(crate::Text::as_str)
        }

        ///ISO 8601 date or date-time as sent by Spiro, kept as a string: no source shows its format. [inferred]
        ///
        /// `None` when Spiro did not send it (or the record came without attributes).
        pub fn updated_at(&self) -> Option<&crate::Timestamp> {
            self.attributes.as_ref().and_then(|a| a.updated_at.as_ref())
        }

        /// The [`User`](types::User) that relationship `user` points at, from a document's `included`.
        ///
        /// `Ok(None)` when the relationship is absent or empty; `Err(Error::Include(IncludeError::MissingFromIncluded { .. }))` when it points at a record that `included` lacks (request it with `include("user")`).
        pub fn user(
            &self,
            included: &[types::IncludedResource],
        ) -> crate::Result<Option<types::User>> {
            crate::document::resource::to_one(
                self.relationships.as_ref(),
                "user",
                included,
            )
        }
    }

    impl From<types::CampaignAttributes> for types::CampaignWriteAttributes {
        /// The attributes of a Campaign that a request may send, from those Spiro sent: the read-only ones are left out. For writing back a record that was read.
        fn from(attributes: types::CampaignAttributes) -> Self {
            Self {
                custom: attributes.custom,
                description: attributes.description,
                name: attributes.name,
            }
        }
    }

    impl crate::Resource for types::Campaign {
        type Attributes = types::CampaignAttributes;
        type WriteAttributes = types::CampaignWriteAttributes;
        type WriteDocument = types::CampaignWriteDocument;
        const TYPE: &'static str = "campaign";
        fn id(&self) -> &crate::ResourceId {
            &self.id
        }

        fn resource_type(&self) -> &str {
            &self.type_
        }

        fn attributes(&self) -> Option<&types::CampaignAttributes> {
            self.attributes.as_ref()
        }

        fn relationships(&self) -> Option<&types::Relationships> {
            self.relationships.as_ref()
        }

        fn custom_fields(&self) -> Option<&crate::CustomFields> {
            self.attributes.as_ref().and_then(|a| a.custom.as_ref())
        }
    }

    impl types::Quote {
        ///ISO 8601 date or date-time as sent by Spiro, kept as a string: no source shows its format. [call Y1]
        ///
        /// `None` when Spiro did not send it (or the record came without attributes).
        pub fn created_at(&self) -> Option<&crate::Timestamp> {
            self.attributes.as_ref().and_then(|a| a.created_at.as_ref())
        }

        ///Quote name or number. [call Y1]
        ///
        /// `None` when Spiro did not send it (or the record came without attributes).
        pub fn name(&self) -> Option<&str> {
            self.attributes
                .as_ref()
                .and_then(|a| a.name.as_ref())
                .map(crate::Text::as_str)
        }

        ///Quote status, e.g. `Sent`. [call Y1]
        ///
        /// `None` when Spiro did not send it (or the record came without attributes).
        pub fn status(&self) -> Option<&str> {
            self.attributes
                .as_ref()
                .and_then(|a| a.status.as_ref())
                .map(crate::Text::as_str)
        }

        ///Quote total, a number or a numeric string. [call Y1]
        ///
        /// `None` when Spiro did not send it (or the record came without attributes).
        pub fn total(&self) -> Option<&crate::Amount> {
            self.attributes.as_ref().and_then(|a| a.total.as_ref())
        }

        ///ISO 8601 date or date-time as sent by Spiro, kept as a string: no source shows its format. [call Y1]
        ///
        /// `None` when Spiro did not send it (or the record came without attributes).
        pub fn updated_at(&self) -> Option<&crate::Timestamp> {
            self.attributes.as_ref().and_then(|a| a.updated_at.as_ref())
        }

        /// The [`Company`](types::Company) that relationship `company` points at, from a document's `included`.
        ///
        /// `Ok(None)` when the relationship is absent or empty; `Err(Error::Include(IncludeError::MissingFromIncluded { .. }))` when it points at a record that `included` lacks (request it with `include("company")`).
        pub fn company(
            &self,
            included: &[types::IncludedResource],
        ) -> crate::Result<Option<types::Company>> {
            crate::document::resource::to_one(
                self.relationships.as_ref(),
                "company",
                included,
            )
        }

        /// The [`Opportunity`](types::Opportunity) that relationship `opportunity` points at, from a document's `included`.
        ///
        /// `Ok(None)` when the relationship is absent or empty; `Err(Error::Include(IncludeError::MissingFromIncluded { .. }))` when it points at a record that `included` lacks (request it with `include("opportunity")`).
        pub fn opportunity(
            &self,
            included: &[types::IncludedResource],
        ) -> crate::Result<Option<types::Opportunity>> {
            crate::document::resource::to_one(
                self.relationships.as_ref(),
                "opportunity",
                included,
            )
        }

        /// The [`User`](types::User) that relationship `user` points at, from a document's `included`.
        ///
        /// `Ok(None)` when the relationship is absent or empty; `Err(Error::Include(IncludeError::MissingFromIncluded { .. }))` when it points at a record that `included` lacks (request it with `include("user")`).
        pub fn user(
            &self,
            included: &[types::IncludedResource],
        ) -> crate::Result<Option<types::User>> {
            crate::document::resource::to_one(
                self.relationships.as_ref(),
                "user",
                included,
            )
        }
    }

    impl From<types::QuoteAttributes> for types::QuoteWriteAttributes {
        /// The attributes of a Quote that a request may send, from those Spiro sent: the read-only ones are left out. For writing back a record that was read.
        fn from(attributes: types::QuoteAttributes) -> Self {
            Self {
                custom: attributes.custom,
                name: attributes.name,
                status: attributes.status,
                total: attributes.total,
            }
        }
    }

    impl crate::Resource for types::Quote {
        type Attributes = types::QuoteAttributes;
        type WriteAttributes = types::QuoteWriteAttributes;
        type WriteDocument = types::QuoteWriteDocument;
        const TYPE: &'static str = "quote";
        fn id(&self) -> &crate::ResourceId {
            &self.id
        }

        fn resource_type(&self) -> &str {
            &self.type_
        }

        fn attributes(&self) -> Option<&types::QuoteAttributes> {
            self.attributes.as_ref()
        }

        fn relationships(&self) -> Option<&types::Relationships> {
            self.relationships.as_ref()
        }

        fn custom_fields(&self) -> Option<&crate::CustomFields> {
            self.attributes.as_ref().and_then(|a| a.custom.as_ref())
        }
    }

    impl types::QuoteProduct {
        ///ISO 8601 date or date-time as sent by Spiro, kept as a string: no source shows its format. [inferred]
        ///
        /// `None` when Spiro did not send it (or the record came without attributes).
        pub fn created_at(&self) -> Option<&crate::Timestamp> {
            self.attributes.as_ref().and_then(|a| a.created_at.as_ref())
        }

        ///Product name on the line. [inferred from S7]
        ///
        /// `None` when Spiro did not send it (or the record came without attributes).
        pub fn name(&self) -> Option<&str> {
            self.attributes
                .as_ref()
                .and_then(|a| a.name.as_ref())
                .map(crate::Text::as_str)
        }

        ///Unit price. [inferred from S7]
        ///
        /// `None` when Spiro did not send it (or the record came without attributes).
        pub fn price(&self) -> Option<&crate::Amount> {
            self.attributes.as_ref().and_then(|a| a.price.as_ref())
        }

        ///Quantity. [inferred from S7]
        ///
        /// `None` when Spiro did not send it (or the record came without attributes).
        pub fn quantity(&self) -> Option<&crate::Amount> {
            self.attributes.as_ref().and_then(|a| a.quantity.as_ref())
        }

        ///Line total. [inferred from S7]
        ///
        /// `None` when Spiro did not send it (or the record came without attributes).
        pub fn total(&self) -> Option<&crate::Amount> {
            self.attributes.as_ref().and_then(|a| a.total.as_ref())
        }

        ///ISO 8601 date or date-time as sent by Spiro, kept as a string: no source shows its format. [inferred]
        ///
        /// `None` when Spiro did not send it (or the record came without attributes).
        pub fn updated_at(&self) -> Option<&crate::Timestamp> {
            self.attributes.as_ref().and_then(|a| a.updated_at.as_ref())
        }

        /// The [`Quote`](types::Quote) that relationship `quote` points at, from a document's `included`.
        ///
        /// `Ok(None)` when the relationship is absent or empty; `Err(Error::Include(IncludeError::MissingFromIncluded { .. }))` when it points at a record that `included` lacks (request it with `include("quote")`).
        pub fn quote(
            &self,
            included: &[types::IncludedResource],
        ) -> crate::Result<Option<types::Quote>> {
            crate::document::resource::to_one(
                self.relationships.as_ref(),
                "quote",
                included,
            )
        }
    }

    impl From<types::QuoteProductAttributes> for types::QuoteProductWriteAttributes {
        /// The attributes of a QuoteProduct that a request may send, from those Spiro sent: the read-only ones are left out. For writing back a record that was read.
        fn from(attributes: types::QuoteProductAttributes) -> Self {
            Self {
                custom: attributes.custom,
                name: attributes.name,
                price: attributes.price,
                quantity: attributes.quantity,
                total: attributes.total,
            }
        }
    }

    impl crate::Resource for types::QuoteProduct {
        type Attributes = types::QuoteProductAttributes;
        type WriteAttributes = types::QuoteProductWriteAttributes;
        type WriteDocument = types::QuoteProductWriteDocument;
        const TYPE: &'static str = "quote_product";
        fn id(&self) -> &crate::ResourceId {
            &self.id
        }

        fn resource_type(&self) -> &str {
            &self.type_
        }

        fn attributes(&self) -> Option<&types::QuoteProductAttributes> {
            self.attributes.as_ref()
        }

        fn relationships(&self) -> Option<&types::Relationships> {
            self.relationships.as_ref()
        }

        fn custom_fields(&self) -> Option<&crate::CustomFields> {
            self.attributes.as_ref().and_then(|a| a.custom.as_ref())
        }
    }

    impl types::CustomObject {
        ///ISO 8601 date or date-time as sent by Spiro, kept as a string: no source shows its format. [inferred]
        ///
        /// `None` when Spiro did not send it (or the record came without attributes).
        pub fn created_at(&self) -> Option<&crate::Timestamp> {
            self.attributes.as_ref().and_then(|a| a.created_at.as_ref())
        }

        ///Display name of the record. [inferred]
        ///
        /// `None` when Spiro did not send it (or the record came without attributes).
        pub fn name(&self) -> Option<&str> {
            self.attributes
                .as_ref()
                .and_then(|a| a.name.as_ref())
                .map(crate::Text::as_str)
        }

        ///ISO 8601 date or date-time as sent by Spiro, kept as a string: no source shows its format. [inferred]
        ///
        /// `None` when Spiro did not send it (or the record came without attributes).
        pub fn updated_at(&self) -> Option<&crate::Timestamp> {
            self.attributes.as_ref().and_then(|a| a.updated_at.as_ref())
        }

        /// The [`Company`](types::Company) that relationship `company` points at, from a document's `included`.
        ///
        /// `Ok(None)` when the relationship is absent or empty; `Err(Error::Include(IncludeError::MissingFromIncluded { .. }))` when it points at a record that `included` lacks (request it with `include("company")`).
        pub fn company(
            &self,
            included: &[types::IncludedResource],
        ) -> crate::Result<Option<types::Company>> {
            crate::document::resource::to_one(
                self.relationships.as_ref(),
                "company",
                included,
            )
        }

        /// The [`Contact`](types::Contact) that relationship `contact` points at, from a document's `included`.
        ///
        /// `Ok(None)` when the relationship is absent or empty; `Err(Error::Include(IncludeError::MissingFromIncluded { .. }))` when it points at a record that `included` lacks (request it with `include("contact")`).
        pub fn contact(
            &self,
            included: &[types::IncludedResource],
        ) -> crate::Result<Option<types::Contact>> {
            crate::document::resource::to_one(
                self.relationships.as_ref(),
                "contact",
                included,
            )
        }

        /// The [`Opportunity`](types::Opportunity) that relationship `opportunity` points at, from a document's `included`.
        ///
        /// `Ok(None)` when the relationship is absent or empty; `Err(Error::Include(IncludeError::MissingFromIncluded { .. }))` when it points at a record that `included` lacks (request it with `include("opportunity")`).
        pub fn opportunity(
            &self,
            included: &[types::IncludedResource],
        ) -> crate::Result<Option<types::Opportunity>> {
            crate::document::resource::to_one(
                self.relationships.as_ref(),
                "opportunity",
                included,
            )
        }

        /// The [`User`](types::User) that relationship `user` points at, from a document's `included`.
        ///
        /// `Ok(None)` when the relationship is absent or empty; `Err(Error::Include(IncludeError::MissingFromIncluded { .. }))` when it points at a record that `included` lacks (request it with `include("user")`).
        pub fn user(
            &self,
            included: &[types::IncludedResource],
        ) -> crate::Result<Option<types::User>> {
            crate::document::resource::to_one(
                self.relationships.as_ref(),
                "user",
                included,
            )
        }
    }

    impl From<types::CustomObjectAttributes> for types::CustomObjectWriteAttributes {
        /// The attributes of a CustomObject that a request may send, from those Spiro sent: the read-only ones are left out. For writing back a record that was read.
        fn from(attributes: types::CustomObjectAttributes) -> Self {
            Self {
                custom: attributes.custom,
                name: attributes.name,
            }
        }
    }

    impl crate::Resource for types::CustomObject {
        type Attributes = types::CustomObjectAttributes;
        type WriteAttributes = types::CustomObjectWriteAttributes;
        type WriteDocument = types::CustomObjectWriteDocument;
        const TYPE: &'static str = "custom_object";
        fn id(&self) -> &crate::ResourceId {
            &self.id
        }

        fn resource_type(&self) -> &str {
            &self.type_
        }

        fn attributes(&self) -> Option<&types::CustomObjectAttributes> {
            self.attributes.as_ref()
        }

        fn relationships(&self) -> Option<&types::Relationships> {
            self.relationships.as_ref()
        }

        fn custom_fields(&self) -> Option<&crate::CustomFields> {
            self.attributes.as_ref().and_then(|a| a.custom.as_ref())
        }
    }

    impl crate::ListOperation for builder::ListCompanies<'_> {
        type Item = types::Company;
        const OPERATION: &'static str = "list_companies";
        fn fetch_page(
            self,
            number: i64,
            size: Option<i64>,
        ) -> impl ::std::future::Future<
            Output = crate::Result<types::CompanyListDocument>,
        > + Send {
            let request = self.page_number(number);
            let request = match size {
                Some(size) => request.page_size(size),
                None => request,
            };
            request.send()
        }
    }

    impl crate::ListOperation for builder::ListContacts<'_> {
        type Item = types::Contact;
        const OPERATION: &'static str = "list_contacts";
        fn fetch_page(
            self,
            number: i64,
            size: Option<i64>,
        ) -> impl ::std::future::Future<
            Output = crate::Result<types::ContactListDocument>,
        > + Send {
            let request = self.page_number(number);
            let request = match size {
                Some(size) => request.page_size(size),
                None => request,
            };
            request.send()
        }
    }

    impl crate::ListOperation for builder::ListOpportunities<'_> {
        type Item = types::Opportunity;
        const OPERATION: &'static str = "list_opportunities";
        fn fetch_page(
            self,
            number: i64,
            size: Option<i64>,
        ) -> impl ::std::future::Future<
            Output = crate::Result<types::OpportunityListDocument>,
        > + Send {
            let request = self.page_number(number);
            let request = match size {
                Some(size) => request.page_size(size),
                None => request,
            };
            request.send()
        }
    }

    impl crate::ListOperation for builder::ListPipelines<'_> {
        type Item = types::Pipeline;
        const OPERATION: &'static str = "list_pipelines";
        fn fetch_page(
            self,
            number: i64,
            size: Option<i64>,
        ) -> impl ::std::future::Future<
            Output = crate::Result<types::PipelineListDocument>,
        > + Send {
            let request = self.page_number(number);
            let request = match size {
                Some(size) => request.page_size(size),
                None => request,
            };
            request.send()
        }
    }

    impl crate::ListOperation for builder::ListPipelineOpportunityStages<'_> {
        type Item = types::OpportunityStage;
        const OPERATION: &'static str = "list_pipeline_opportunity_stages";
        fn fetch_page(
            self,
            number: i64,
            size: Option<i64>,
        ) -> impl ::std::future::Future<
            Output = crate::Result<types::OpportunityStageListDocument>,
        > + Send {
            let request = self.page_number(number);
            let request = match size {
                Some(size) => request.page_size(size),
                None => request,
            };
            request.send()
        }
    }

    impl crate::ListOperation for builder::ListUsers<'_> {
        type Item = types::User;
        const OPERATION: &'static str = "list_users";
        fn fetch_page(
            self,
            number: i64,
            size: Option<i64>,
        ) -> impl ::std::future::Future<
            Output = crate::Result<types::UserListDocument>,
        > + Send {
            let request = self.page_number(number);
            let request = match size {
                Some(size) => request.page_size(size),
                None => request,
            };
            request.send()
        }
    }

    impl crate::ListOperation for builder::ListReminders<'_> {
        type Item = types::Reminder;
        const OPERATION: &'static str = "list_reminders";
        fn fetch_page(
            self,
            number: i64,
            size: Option<i64>,
        ) -> impl ::std::future::Future<
            Output = crate::Result<types::ReminderListDocument>,
        > + Send {
            let request = self.page_number(number);
            let request = match size {
                Some(size) => request.page_size(size),
                None => request,
            };
            request.send()
        }
    }

    impl crate::ListOperation for builder::ListActivities<'_> {
        type Item = types::Activity;
        const OPERATION: &'static str = "list_activities";
        fn fetch_page(
            self,
            number: i64,
            size: Option<i64>,
        ) -> impl ::std::future::Future<
            Output = crate::Result<types::ActivityListDocument>,
        > + Send {
            let request = self.page_number(number);
            let request = match size {
                Some(size) => request.page_size(size),
                None => request,
            };
            request.send()
        }
    }

    impl crate::ListOperation for builder::ListCampaigns<'_> {
        type Item = types::Campaign;
        const OPERATION: &'static str = "list_campaigns";
        fn fetch_page(
            self,
            number: i64,
            size: Option<i64>,
        ) -> impl ::std::future::Future<
            Output = crate::Result<types::CampaignListDocument>,
        > + Send {
            let request = self.page_number(number);
            let request = match size {
                Some(size) => request.page_size(size),
                None => request,
            };
            request.send()
        }
    }

    impl crate::ListOperation for builder::ListQuotes<'_> {
        type Item = types::Quote;
        const OPERATION: &'static str = "list_quotes";
        fn fetch_page(
            self,
            number: i64,
            size: Option<i64>,
        ) -> impl ::std::future::Future<
            Output = crate::Result<types::QuoteListDocument>,
        > + Send {
            let request = self.page_number(number);
            let request = match size {
                Some(size) => request.page_size(size),
                None => request,
            };
            request.send()
        }
    }

    impl crate::ListOperation for builder::ListQuoteProducts<'_> {
        type Item = types::QuoteProduct;
        const OPERATION: &'static str = "list_quote_products";
        fn fetch_page(
            self,
            number: i64,
            size: Option<i64>,
        ) -> impl ::std::future::Future<
            Output = crate::Result<types::QuoteProductListDocument>,
        > + Send {
            let request = self.page_number(number);
            let request = match size {
                Some(size) => request.page_size(size),
                None => request,
            };
            request.send()
        }
    }

    impl crate::ListOperation for builder::ListCustomObjects<'_> {
        type Item = types::CustomObject;
        const OPERATION: &'static str = "list_custom_objects";
        fn fetch_page(
            self,
            number: i64,
            size: Option<i64>,
        ) -> impl ::std::future::Future<
            Output = crate::Result<types::CustomObjectListDocument>,
        > + Send {
            let request = self.page_number(number);
            let request = match size {
                Some(size) => request.page_size(size),
                None => request,
            };
            request.send()
        }
    }
}

/// The hash of the `spec/spiro.yaml` this file was generated from.
pub(crate) const SPEC_HASH: &str = "sha256:f22494493d354df09466b5227766ee7445f7961da65762db651b15c6783ebf38";
/// Every object key the spec names, sorted (byte order).
pub(crate) const SPEC_KEYS: &[&str] = &[
    "address",
    "amount",
    "attributes",
    "body",
    "city",
    "close_at",
    "code",
    "company",
    "contact",
    "created_at",
    "currency",
    "current_page",
    "custom",
    "data",
    "date",
    "description",
    "detail",
    "display_name",
    "due_at",
    "email",
    "error",
    "error_description",
    "errors",
    "external_id",
    "first_name",
    "home_phone",
    "id",
    "included",
    "jsonapi",
    "kind",
    "label",
    "last_name",
    "links",
    "meta",
    "mobile",
    "name",
    "occurred_at",
    "opportunity",
    "opportunity_stage",
    "pagination",
    "parameter",
    "per_page",
    "phone",
    "pipeline",
    "pointer",
    "position",
    "price",
    "priority",
    "probability",
    "quantity",
    "quote",
    "relationships",
    "source",
    "state",
    "status",
    "subject",
    "title",
    "total",
    "total_entries",
    "total_pages",
    "type",
    "updated_at",
    "user",
    "value",
    "website",
    "zipcode",
];
