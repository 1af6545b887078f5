//! A typed, async client for the [Spiro CRM](https://spiro.ai) API.
//!
//! The operations and types are generated from the OpenAPI description in `spec/spiro.yaml`
//! (one builder per operation on [`Client`], records in [`types`]); a thin hand-written
//! layer adds authentication that keeps itself valid ([`spiro_auth`]), retries,
//! paging streams, one matchable [`Error`] from every call, typed related records from
//! `included`, and custom fields.
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
//! # Call an operation
//!
//! Every operation is a builder on [`Client`]; `send()` returns this crate's
//! [`Result`]: the decoded document, or an [`Error`] that says what went wrong.
//!
//! ```no_run
//! # async fn run(client: &spiro_api::Client) -> spiro_api::Result<()> {
//! let document = client.get_company().id("884211").send().await?;
//! println!("{:?} in {:?}", document.data.name(), document.data.city());
//! # Ok(()) }
//! ```
//!
//! Records have one accessor per attribute (`name()`, `amount()`, …: `None` when Spiro did
//! not send it); the attributes themselves stay in `record.attributes`, and unknown
//! attributes are ignored, so a new attribute on Spiro's side never breaks decoding.
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
//!     .read_ahead(1) // one page requested ahead of the one being read
//!     .items();
//! while let Some(company) = companies.try_next().await? {
//!     println!("{}\t{}", company.id, company.name().unwrap_or_default());
//! }
//! // Or just the first 50:
//! let first = client.list_contacts().pages().collect(50).await?;
//! # let _ = first; Ok(()) }
//! ```
//!
//! # When Spiro differs from the spec
//!
//! Most of the spec is inferred (see `spec/EVIDENCE.md`), so the client fails open where it
//! guesses and stays strict where the evidence shows the type (`live`, or captured answers of
//! Spiro's that agree):
//!
//! - an attribute whose type the evidence does not show is lenient: text attributes are
//!   [`Text`] (a string, number or boolean), number attributes are [`Amount`] (a number or
//!   numeric string), date attributes are [`Timestamp`] (a date, a date-time, a Unix time or
//!   an object with a date inside: no source shows the format of any date, so even the live
//!   `close_at` is one); `null` is `None`;
//!   pick-list values are JSON objects with or without `label`;
//! - a strict attribute (an opportunity's `name`, `description`, …) has exactly its spec type.
//!   A record with a value of another type there (or without an `id`) does not decode, and
//!   fails alone: a list document's `data` is [`Records`], the records that decoded and a
//!   [`RecordError`] (id, position, raw JSON) for each one that did not; the paging streams
//!   yield it as [`Error::Record`] and go on, or set it aside in [`BadRecords`] (see
//!   [`Pages::set_aside`]).
//!
//! ```
//! use spiro_api::types;
//! let page: types::CompanyListDocument = serde_json::from_str(r#"{ "data": [
//!     { "id": "1", "type": "company", "attributes": { "name": "Watkins", "phone": 4155550100 } },
//!     { "id": "2", "type": "company", "attributes": { "name": 42 } }
//! ] }"#).unwrap();
//! let phone = page.data[0].attributes.as_ref().and_then(|a| a.phone.as_ref()).unwrap();
//! assert_eq!(phone.as_str(), "4155550100"); // `phone` is inferred: lenient
//! let bad = &page.data.failures()[0]; // `name` is live: strict, and the record fails alone
//! assert_eq!((bad.id().unwrap().as_str(), bad.path()), ("2", "attributes.name"));
//! assert_eq!(bad.raw().get(), r#"{ "id": "2", "type": "company", "attributes": { "name": 42 } }"#);
//! ```
//!
//! # Export with related records
//!
//! Ask for the related records with `include`; [`Pages::items_with_included`] yields each
//! record with the `included` records of its page, and the relationship accessors
//! (`opportunity.user(&included)`) return the type the spec gives for the relationship.
//! Opportunities with their owner and company, as CSV; a record that does not match the
//! spec is set aside in [`BadRecords`] (counted, kept with its raw JSON) so that the export
//! runs to the end, and reported after it:
//!
//! ```no_run
//! use std::io::Write;
//! use futures::TryStreamExt;
//! use spiro_api::{BadRecords, ListOperation};
//!
//! # async fn run(client: &spiro_api::Client) -> Result<(), Box<dyn std::error::Error>> {
//! let mut out = std::io::stdout().lock();
//! writeln!(out, "id,name,amount,owner,company")?;
//! let bad = BadRecords::new();
//! let mut rows = client
//!     .list_opportunities()
//!     .include("user,company")
//!     .pages()
//!     .set_aside(&bad)
//!     .items_with_included();
//! while let Some((opportunity, included)) = rows.try_next().await? {
//!     let owner = opportunity.user(&included)?;
//!     let company = opportunity.company(&included)?;
//!     let fields = [
//!         opportunity.name(),
//!         owner.as_ref().and_then(|u| u.email()),
//!         company.as_ref().and_then(|c| c.name()),
//!     ]
//!     .map(|f| format!("\"{}\"", f.unwrap_or_default().replace('"', "\"\"")));
//!     let amount = opportunity.amount().map(|a| a.to_string()).unwrap_or_default();
//!     writeln!(out, "{},{},{amount},{},{}", opportunity.id, fields[0], fields[1], fields[2])?;
//! }
//! for record in bad.kept() {
//!     eprintln!("skipped {record}"); // its id, position and what failed; `record.raw()` holds it
//! }
//! # Ok(()) }
//! ```
//!
//! A relationship that is absent or empty gives `Ok(None)`; one that points at a record
//! missing from `included` (not requested with `include`) gives
//! `Err(Error::Include(IncludeError::MissingFromIncluded { .. }))`, so the two cannot be
//! confused. Types are compared exactly with the spec's type strings. Asking a relationship
//! for another type than the spec's does not compile:
//!
//! ```compile_fail
//! # fn run(opportunity: &spiro_api::types::Opportunity, included: &[spiro_api::types::IncludedResource]) -> spiro_api::Result<()> {
//! let owner: Option<spiro_api::types::Company> = opportunity.user(included)?; // `user` is a User
//! # Ok(()) }
//! ```
//!
//! ```
//! # fn run(opportunity: &spiro_api::types::Opportunity, included: &[spiro_api::types::IncludedResource]) -> spiro_api::Result<()> {
//! let owner: Option<spiro_api::types::User> = opportunity.user(included)?;
//! # Ok(()) }
//! ```
//!
//! # Create a contact at a company
//!
//! Create and update builders take the record's write attributes, and one method per
//! relationship the spec gives the record, taking an [`Id`] of the related type (or `&record`):
//! `.company(..)` on a contact takes an `Id<types::Company>`, so a contact cannot be pointed
//! at a user by mistake, nor given a relationship it does not have. The calls can come in any
//! order; each sets its part of the body.
//!
//! ```
//! use spiro_api::{Id, types};
//!
//! # async fn example() -> Result<(), Box<dyn std::error::Error>> {
//! # let (_server, client) = spiro_api::testing::start().await?; // spiro-mock
//! let company = client
//!     .create_company()
//!     .attributes(types::CompanyWriteAttributes {
//!         name: Some("Watkins Inc.".into()),
//!         ..Default::default()
//!     })
//!     .send()
//!     .await?
//!     .data;
//! let company_id = Id::from(&company); // or Id::<types::Company>::new("884211")
//!
//! let contact = client
//!     .create_contact()
//!     .attributes(types::ContactWriteAttributes {
//!         first_name: Some("Pat".into()),
//!         email: Some("pat@watkinsinc.com".into()),
//!         ..Default::default()
//!     })
//!     .company(&company_id)
//!     .send()
//!     .await?
//!     .data;
//!
//! let read = client.get_contact().id(&contact.id).include("company").send().await?;
//! let at = read.data.company(&read.included)?.expect("the contact has a company");
//! assert_eq!(at.name(), Some("Watkins Inc."));
//! # Ok(()) }
//! # #[tokio::main]
//! # async fn main() { spiro_mock::limit::bounded(example()).await.unwrap() }
//! ```
//!
//! # Read and update custom fields
//!
//! Send only the keys you change: Spiro keeps the others. An update needs the id, not the
//! record: `.attributes(..)` builds the body (with `data.id` and `type`).
//!
//! ```no_run
//! use spiro_api::{CustomFields, Resource, types};
//!
//! # async fn run(client: &spiro_api::Client) -> spiro_api::Result<()> {
//! let mut changes = CustomFields::new();
//! changes.insert("bc_packaging_quote", "https://erp.example.com/quotes/Q-10055");
//! client
//!     .update_opportunity()
//!     .id("3609460")
//!     .attributes(types::OpportunityWriteAttributes { custom: Some(changes), ..Default::default() })
//!     .send()
//!     .await?;
//!
//! let opportunity = client.get_opportunity().id("3609460").send().await?.data;
//! let probability: Option<f64> = opportunity.custom("probability")?;
//! let rating = opportunity.custom_fields().and_then(|c| c.label("rating")); // pick-list label
//! # let _ = (probability, rating); Ok(()) }
//! ```
//!
//! # Handle errors
//!
//! Every `send()` returns [`Error`], which says what happened and what can be done about
//! it; a 404 or 422 comes with Spiro's error body already decoded.
//!
//! ```no_run
//! # async fn run(client: &spiro_api::Client) -> spiro_api::Result<()> {
//! match client.get_company().id("884211").send().await {
//!     Ok(company) => println!("{:?}", company.data.name()),
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
//! [`Error`] is a `std::error::Error` with its causes in `source()`, so it travels through
//! `anyhow` or `Box<dyn Error>` and can be taken back out:
//!
//! ```no_run
//! # async fn run(client: &spiro_api::Client) -> anyhow::Result<()> {
//! let outcome: anyhow::Result<_> = client.list_companies().send().await.map_err(Into::into);
//! if let Err(error) = &outcome {
//!     eprintln!("{error}"); // e.g. "re-authorization required: …; run the login flow again"
//!     if error.downcast_ref::<spiro_api::Error>().is_some_and(|e| e.is_reauthorization_required()) {
//!         eprintln!("run the login again");
//!     }
//! }
//! # Ok(()) }
//! ```
//!
//! # Design notes
//!
//! - **`send()` returns the document, not a response wrapper.** A success is always a 2xx
//!   whose status and headers almost no caller reads, so `send()` → `Result<T>` keeps the
//!   common path free of `.into_inner()`; `send_with_response()` returns a [`Response`]
//!   with the status and headers for those who need them.
//! - **The generated methods are rewritten, not wrapped by hand.** `cargo xtask generate`
//!   renames progenitor's `send` (which returns progenitor's error) to a private
//!   `send_raw` and emits the public `send()`/`send_with_response()` for every operation,
//!   both running through one function that makes [`Error`]. Extension traits over the
//!   generated client (oxide.rs's way) would have left progenitor's `send` public next
//!   to ours: two ways to call each operation, one of which loses the error's type.
//! - **Failures that are not responses stay typed.** When no token can be had (revoked
//!   grant, token endpoint down), the request hooks hand the typed error to the call
//!   (a slot scoped to it with `tokio::task_local!`) instead of inventing an HTTP
//!   response; [`Error::status`] is `None` for them.
//! - **Relationships come from the spec.** Each record schema lists its relationships
//!   and their target schemas in `x-spiro-relationships`; the generator refuses a record
//!   schema without it, so a relationship's type is never guessed: reading it
//!   (`opportunity.user(&included)`) and writing it (`.user(Id<types::User>)` on the create
//!   and update builders) alike.
//!
//! # Watch it in production: spans, metrics, hooks
//!
//! Every call runs in a `tracing` span, and every request it sends (each retry, the replay
//! after a 401) in a child span with OpenTelemetry's names for HTTP client spans; the token
//! refresh a request needed is a child of that request's span:
//!
//! ```text
//! spiro.call  otel.name="spiro.list_companies" spiro.operation_id="list_companies" error.type=…
//! ├─ spiro.attempt  otel.name="GET /companies" http.request.method="GET" server.address=…
//! │    server.port=… url.full="https://api.spiro.ai/api/v1/companies?filter%5Bname_cont%5D=REDACTED"
//! │    url.template="/companies" http.response.status_code=401 error.type="401"
//! │  └─ spiro_auth.refresh  reason="unauthorized" outcome="refreshed"
//! │     └─ spiro.attempt  otel.name="POST /oauth/token" http.response.status_code=200
//! └─ spiro.attempt  otel.name="GET /companies" http.request.resend_count=1 http.response.status_code=200
//! ```
//!
//! `url.full` never carries a query value (filters hold customer names) and no span or event
//! carries a token or secret, at any level. The call span's `error.type` is the status code of
//! an error answer, or one of `retry_budget_exhausted`, `timeout`, `connection`,
//! `reauthorization_required`, `authentication`, `decode`, `body_too_large`,
//! `invalid_request`. The spans are at INFO; `cargo run -p spiro-api --example tracing` prints
//! them. Without a subscriber they cost next to nothing (see the README's benchmarks).
//!
//! To export them to OpenTelemetry, add `tracing-opentelemetry` and an exporter to your
//! application (this crate depends on neither); `otel.name`, `otel.kind` and
//! `otel.status_code` become the exported span's name, kind and status:
//!
//! ```ignore
//! use opentelemetry::trace::TracerProvider as _;
//! use tracing_subscriber::prelude::*;
//!
//! let provider = opentelemetry_sdk::trace::SdkTracerProvider::builder()
//!     .with_batch_exporter(opentelemetry_otlp::SpanExporter::builder().with_tonic().build()?)
//!     .build();
//! tracing_subscriber::registry()
//!     .with(tracing_subscriber::EnvFilter::new("info"))
//!     .with(tracing_opentelemetry::layer().with_tracer(provider.tracer("my-service")))
//!     .init();
//! ```
//!
//! With the cargo feature `metrics`, the client records through the
//! [`metrics`](https://docs.rs/metrics) facade (install a recorder such as
//! `metrics-exporter-prometheus` or an OpenTelemetry bridge in your application):
//! `http.client.request.duration` (seconds, per request, with `http.request.method`,
//! `server.address`, `server.port`, `http.response.status_code`, `error.type`),
//! `spiro.client.call.duration` (per call, with `spiro.operation_id`, `error.type`), and the
//! counters `spiro.client.retries`, `spiro.client.retry_budget.refusals`,
//! `spiro.client.unauthorized_replays` and `spiro.client.token_refreshes` (`reason`,
//! `outcome`). Without the feature no metrics code is compiled.
//!
//! [`ClientBuilder::hook`] takes a [`Hook`] that sees every request before it is sent and
//! every answer when it arrives, read-only and without secrets; [`CallOptions`] override the
//! timeout and the retry policy of one call.
//!
//! # How a request travels
//!
//! The generated builder builds the request → `send()` opens the call span → the `pre` hook
//! sets `X-Api-Version` and the bearer header (waiting for a refresh only when the token is
//! due) → `exec` hands it to the request engine it shares with the token endpoint, which
//! paces it ([`RateLimit`]: adaptive after a 429), sends it in an attempt span (following no
//! redirects), retries transient failures ([`RetryPolicy`], within the call's deadline on the
//! client's clock and the client's one retry budget), refreshes and replays once after a 401,
//! and reads the body through a capped reader (success bodies up to 32 MiB, else
//! [`Error::BodyTooLarge`]; error bodies kept up to 64 KiB), handing a whole body to the shape
//! capture when [`ClientBuilder::capture_shapes`] is on → the generated code decodes the
//! JSON → `send()` turns failures into [`Error`].

#![warn(missing_docs)]

// The generated docs quote the spec's descriptions, whose evidence tags (`[live P3]`,
// `[inferred]`) and URLs are text, not links.
#[rustfmt::skip]
#[allow(clippy::all, unused_imports, missing_docs, rustdoc::broken_intra_doc_links, rustdoc::bare_urls)]
mod generated;

mod capture;
mod client;
mod document;
mod error;
mod lenient;
#[cfg(feature = "testing")]
pub mod testing;

pub use client::{
    Answer, BuildError, CallOptions, ClientBuilder, DEFAULT_BASE_URL, ENV_API_URL, ENV_TOKEN_FILE,
    Hook, Outgoing, RAW_OPERATION_ID, RawRequest, RawResponse, Response, USER_AGENT,
};
// `ClientState` is reachable inside the crate only (see its docs).
use client::ClientState;
pub use document::Id;
pub use document::{
    BadRecords, CustomFieldError, CustomFields, DecodeError, IncludeError, Included, ListOperation,
    Page, Pages, RecordError, Records, Resource, ResourceId,
};
pub use error::{ApiError, Error, Result};
pub use generated::{Client, builder, types};
pub use lenient::{Amount, Text, Timestamp};
pub use reqwest;
pub use spiro_auth;
pub use spiro_auth::RetryPolicy;
pub use spiro_auth::engine::RateLimit;
#[cfg(feature = "testing")]
pub use spiro_mock;

/// The README's Rust examples compile (and those that can run, run) as doctests.
#[cfg(doctest)]
#[doc = include_str!("../../README.md")]
struct ReadmeDoctests;
