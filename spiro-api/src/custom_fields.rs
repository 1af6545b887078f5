//! Custom fields.
use std::collections::BTreeMap;

/// The custom fields of a record.
#[derive(
    Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize, schemars::JsonSchema,
)]
#[serde(transparent)]
pub struct CustomFields(BTreeMap<String, serde_json::Value>);
