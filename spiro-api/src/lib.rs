//! A typed, async client for the [Spiro CRM](https://spiro.ai) API.
//!
//! The operations and types are generated from the OpenAPI description in `spec/spiro.yaml`
//! (one builder per operation on [`Client`], records in [`types`]); a thin hand-written
//! layer adds authentication that keeps itself valid ([`spiro_auth`]), retries,
//! paging streams, one matchable [`Error`], related records from `included`, and custom
//! fields.
//!
//! # Authenticate
//!
//! Log in once (see the `login` example of spiro-auth), then let the client refresh,
//! rotate and store its tokens for as long as it runs:
//!
//! ```no_run
//! use spiro_api::Client;
//! use spiro_api::spiro_auth::{Credentials, FileTokenStore};
//!
//! # fn main() -> Result<(), Box<dyn std::error::Error>> {
//! let client = Client::builder()
//!     .credentials(Credentials::from_env()?) // SPIRO_CLIENT_ID, _SECRET, SPIRO_REDIRECT_URI
//!     .token_store(FileTokenStore::new("spiro-tokens.json"))
//!     .build()?;
//! # Ok(()) }
//! ```
//!
//! Or configure everything from the environment ([`ClientBuilder::from_env`] lists the
//! variables: `SPIRO_CLIENT_ID`, `SPIRO_CLIENT_SECRET`, `SPIRO_REDIRECT_URI`,
//! `SPIRO_TOKEN_FILE`, and optionally `SPIRO_OAUTH_URL`, `SPIRO_API_URL`):
//!
//! ```no_run
//! # fn main() -> Result<(), spiro_api::BuildError> {
//! let client = spiro_api::Client::from_env()?;
//! # let _ = client; Ok(()) }
//! ```
//!
//! The builder's settings can come in any order; a bad value is reported by `build`.
//!
//! # TLS and the HTTP client
//!
//! Cargo features choose the TLS stack of the API and the token endpoint alike: `rustls`
//! (default; rustls with aws-lc-rs), `rustls-ring` (rustls with ring, no aws-lc-sys C build)
//! or `native-tls` (OpenSSL on Linux). [`ClientBuilder::http_client`] takes a
//! [`reqwest::Client`] of your own (built with the re-exported [`reqwest`]) and uses it for
//! both.
//!
//! # List with paging and filters
//!
//! Every list builder is a [`ListOperation`]: `.pages()` walks `page[number]` with its
//! filters kept on every page.
//!
//! ```no_run
//! use futures::TryStreamExt;
//! use spiro_api::ListOperation;
//!
//! # async fn run(client: &spiro_api::Client) -> spiro_api::Result<()> {
//! let mut companies = client
//!     .list_companies()
//!     .filter_name_cont("Watkins")
//!     .pages()
//!     .page_size(100)
//!     .read_ahead(2) // one page requested ahead of the one being read
//!     .items();
//! while let Some(company) = companies.try_next().await? {
//!     println!("{}\t{:?}", company.id, company.attributes.and_then(|a| a.name));
//! }
//! // Or just the first 50:
//! let first = client.list_contacts().pages().collect(50).await?;
//! # let _ = first; Ok(()) }
//! ```
//!
//! # Related records from `include`
//!
//! ```no_run
//! use spiro_api::{Resource, types};
//!
//! # async fn run(client: &spiro_api::Client) -> spiro_api::Result<()> {
//! let document = client.get_opportunity().id("3609460").include("user,company").send().await?.into_inner();
//! let owner: Option<types::User> = document.data.related("user", &document.included)?;
//! let company: Option<types::Company> = document.data.related("company", &document.included)?;
//! # let _ = (owner, company); Ok(()) }
//! ```
//!
//! # Read and update custom fields
//!
//! Send only the keys you change: Spiro keeps the others.
//!
//! ```no_run
//! use spiro_api::{CustomFields, Resource, types};
//!
//! # async fn run(client: &spiro_api::Client) -> spiro_api::Result<()> {
//! let opportunity = client.get_opportunity().id("3609460").send().await?.into_inner().data;
//! let probability: Option<f64> = opportunity.custom("probability")?;
//! let rating = opportunity.custom_fields().and_then(|c| c.label("rating")); // pick-list label
//!
//! let mut changes = CustomFields::new();
//! changes.insert("bc_packaging_quote", "https://erp.example.com/quotes/Q-10055");
//! let body = opportunity.update(types::OpportunityAttributes { custom: Some(changes), ..Default::default() });
//! client.update_opportunity().id(&opportunity.id).body(body).send().await?;
//! # let _ = (probability, rating); Ok(()) }
//! ```
//!
//! # Handle errors
//!
//! Generated calls return progenitor's error; `?` (or [`Error::from`]) turns it into
//! [`Error`], which says what happened and what can be done about it.
//!
//! ```no_run
//! # async fn run(client: &spiro_api::Client) -> spiro_api::Result<()> {
//! match client.get_company().id("884211").send().await.map_err(spiro_api::Error::from) {
//!     Ok(company) => println!("{:?}", company.into_inner().data.attributes),
//!     Err(e) if e.is_not_found() => println!("no such company"),
//!     Err(e) if e.is_reauthorization_required() => println!("log in again"),
//!     Err(e) if e.is_validation_failed() => {
//!         for problem in e.api_errors() {
//!             println!("{:?}: {:?}", problem.source.as_ref().and_then(|s| s.pointer.as_deref()), problem.detail);
//!         }
//!     }
//!     Err(e) => return Err(e), // transient failures were already retried
//! }
//! # Ok(()) }
//! ```
//!
//! # How a request travels
//!
//! The generated builder builds the request → the `pre` hook sets
//! `X-Api-Version` and the bearer header (waiting for a refresh only when the token is
//! due) → `exec` sends it (following no redirects), retries transient failures
//! ([`RetryPolicy`], within the client's retry budget), refreshes and replays once after a
//! 401, and reads the body through a capped reader (success bodies up to 32 MiB, else
//! [`Error::BodyTooLarge`]; error bodies kept up to 64 KiB) → the generated code decodes the
//! JSON → [`Error::from`] turns failures into [`Error`]. The retry, body-limit and URL rules
//! are [`spiro_auth::transport`]'s, shared with the token endpoint.

#![warn(missing_docs)]

// The generated docs quote the spec's descriptions, whose evidence tags (`[live P3]`,
// `[inferred]`) and URLs are text, not links.
#[rustfmt::skip]
#[allow(clippy::all, unused_imports, missing_docs, rustdoc::broken_intra_doc_links, rustdoc::bare_urls)]
mod generated;

mod amount;
mod client;
mod custom_fields;
mod error;
mod hooks;
pub mod paging;
mod resource;
mod resource_id;

pub use amount::Amount;
// `ClientState` is reachable inside the crate only (see its docs).
use client::ClientState;
pub use client::{
    BuildError, ClientBuilder, DEFAULT_BASE_URL, ENV_API_URL, ENV_TOKEN_FILE, USER_AGENT,
};
pub use custom_fields::{CustomFieldError, CustomFields};
pub use error::{ApiError, Error, Result};
pub use generated::{ByteStream, Client, ClientInfo, ResponseValue, builder, types};
pub use paging::{ListOperation, Page, Pages};
pub use reqwest;
pub use resource::{IncludeError, Resource};
pub use resource_id::ResourceId;
pub use spiro_auth;
pub use spiro_auth::RetryPolicy;

/// The README's Rust examples compile (and those that can run, run) as doctests.
#[cfg(doctest)]
#[doc = include_str!("../../README.md")]
struct ReadmeDoctests;
