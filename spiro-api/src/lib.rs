//! Typed async client for the Spiro CRM API.

#[rustfmt::skip]
#[allow(clippy::all, unused_imports, missing_docs)]
mod generated;

mod client;
mod custom_fields;
mod hooks;
mod resource_id;

pub use client::{BuildError, ClientBuilder, ClientState, DEFAULT_BASE_URL, USER_AGENT};
pub use custom_fields::{CustomFieldError, CustomFields};
pub use generated::{ByteStream, Client, ClientInfo, Error, ResponseValue, builder, types};
pub use resource_id::ResourceId;
