//! Typed async client for the Spiro CRM API.

#[rustfmt::skip]
#[allow(clippy::all, unused_imports, missing_docs)]
mod generated;

mod client;
mod custom_fields;
mod error;
mod hooks;
pub mod paging;
mod resource;
mod resource_id;
mod retry;

pub use client::{BuildError, ClientBuilder, ClientState, DEFAULT_BASE_URL, USER_AGENT};
pub use custom_fields::{CustomFieldError, CustomFields};
pub use error::{ApiError, Error, Result};
pub use generated::{ByteStream, Client, ClientInfo, ResponseValue, builder, types};
pub use paging::{ListOperation, Page, Pages};
pub use resource::{IncludeError, Resource};
pub use resource_id::ResourceId;
pub use retry::RetryPolicy;
pub use spiro_auth;
