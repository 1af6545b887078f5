//! A Spiro-compatible local sandbox server for tests, examples and offline development.
//!
//! Nobody outside Spiro's customers can reach the real Spiro API, so this crate serves a
//! faithful stand-in on a real HTTP stack (hyper 1 / axum 0.8 / tokio), bound to `127.0.0.1`:
//!
//! - **OAuth 2.0** as Spiro documents it, with Doorkeeper semantics: `GET /oauth/authorize`
//!   (auto-approves and redirects with a code), `POST /oauth/token` (JSON or form body;
//!   `authorization_code` and `refresh_token` grants) with refresh-token rotation and
//!   revoke-on-use: the previous pair is revoked the first time the new access token is used.
//! - **The resource API** of `spec/spiro.yaml` under `/api/v1`: every path and method of the
//!   spec, served from an in-memory store seeded deterministically, with JSON:API documents,
//!   `page[number]`/`page[size]` paging, the spec's filters, `include`, query parameters and
//!   request bodies validated against the spec's schemas (400 with `source.parameter`, 422
//!   with `source.pointer`), and JSON:API's 403/404/409 for writes it cannot apply.
//! - **Records a test describes**: [`Server::insert`] adds one (any resource of the spec,
//!   with relationships, checked against the spec) and [`Dataset::from_file`] reads a JSON file
//!   of them (the `--dataset FILE` flag of the binary); they are served like seeded records.
//! - **Control for tests**: injected faults (status codes, 429 with `Retry-After`, latency,
//!   dropped connections, "commit the grant, then drop the response"), exact [`Counters`] and an
//!   ordered [`Event`] log, so that tests assert on what happened instead of sleeping.
//!
//! The mock never writes a token, code or client secret to `tracing` or to its own output.
//!
//! # Example
//!
//! ```no_run
//! use spiro_mock::{Event, Server};
//!
//! #[tokio::test]
//! async fn lists_companies_with_a_fresh_token() -> Result<(), Box<dyn std::error::Error>> {
//!     let server = Server::start().await?;
//!     let tokens = server.issue_tokens();
//!
//!     let response = reqwest::Client::new()
//!         .get(format!("{}/companies?page%5Bsize%5D=10", server.api_url()))
//!         .bearer_auth(&tokens.access_token)
//!         .send()
//!         .await?;
//!     assert_eq!(response.status(), 200);
//!     let body: serde_json::Value = response.json().await?;
//!     assert_eq!(body["data"].as_array().map(Vec::len), Some(10));
//!     assert_eq!(body["meta"]["pagination"]["total_entries"], 250);
//!
//!     assert_eq!(server.counters().api_requests, 1);
//!     assert!(server.events().iter().any(|e| matches!(e, Event::AccessTokenFirstUse { .. })));
//!     Ok(())
//! }
//! ```
//!
//! # Choices where Spiro's behaviour is not documented
//!
//! - Ids are numeric strings; `type` strings are singular (`company`, `opportunity_stage`,
//!   `custom_object`).
//! - An empty collection has `total_pages: 0`; a page past the end has `data: []` and the real
//!   `meta`. `page[size]` defaults to 25 and is clamped to `max_page_size` (default 100).
//! - `page[…]`, `filter[…]` and `include` must be declared by the operation in the spec (400
//!   otherwise); other query parameters are ignored.
//! - Read-only and undeclared attributes in a write are ignored; `custom` is merged key by key.
//! - Faults on the API apply before routing and authentication, like a gateway would.

#![warn(missing_docs)]

mod api;
mod events;
mod faults;
#[rustfmt::skip]
mod generated;
mod jsonapi;
pub mod limit;
mod oauth;
mod records;
mod resources;
mod seed;
mod spec;
mod store;
mod validate;
mod wire;

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::extract::{Request, State};
use axum::middleware::{self, Next};
use axum::response::Response;
use axum::routing::{any, get, post};
use parking_lot::{Mutex, RwLock};
use tokio::net::TcpListener;
use tokio::task::JoinHandle;

pub use events::{Counters, Event, TokenOutcome};
pub use faults::{Fault, FaultKind, Target};
pub use oauth::IssuedTokens;
pub use records::{DatasetError, InsertError, MAX_DATASET_BYTES, MAX_ID, RecordData};
pub use seed::Dataset;

/// Default client id.
pub const DEFAULT_CLIENT_ID: &str = "spiro-mock-client";
/// Default client secret.
pub const DEFAULT_CLIENT_SECRET: &str = "spiro-mock-secret";
/// Default redirect URI.
pub const DEFAULT_REDIRECT_URI: &str = "http://127.0.0.1/spiro/callback";
/// Default access token lifetime (24 h, as documented by Spiro).
pub const DEFAULT_TOKEN_TTL: Duration = Duration::from_secs(86_400);
/// Default seed of the data set.
pub const DEFAULT_SEED: u64 = 42;
/// Default largest `page[size]`.
pub const DEFAULT_MAX_PAGE_SIZE: u32 = 100;
/// Default lifetime of an authorization code (10 minutes).
pub const DEFAULT_CODE_TTL: Duration = Duration::from_secs(600);

/// Fixed configuration of a running server. No `Debug`: it holds the client secret.
pub(crate) struct Config {
    pub(crate) client_id: String,
    pub(crate) client_secret: String,
    pub(crate) redirect_uri: String,
    pub(crate) redirect_url: url::Url,
    pub(crate) max_page_size: u32,
    pub(crate) code_ttl: Duration,
}

/// State shared by the handlers and the [`Server`] handle.
pub(crate) struct Shared {
    pub(crate) config: Config,
    pub(crate) token_ttl: Mutex<Duration>,
    pub(crate) oauth: Mutex<oauth::OAuthState>,
    pub(crate) store: RwLock<store::Store>,
    pub(crate) faults: Mutex<faults::FaultQueues>,
    pub(crate) log: events::EventLog,
}

/// Records a request that gets no response (its `ApiRequest` event has status 0) and hands the
/// pending events to the listeners.
pub(crate) fn record_dropped(shared: &Shared, method: &::http::Method, uri: &::http::Uri) {
    shared.log.emit([Event::ApiRequest {
        method: method.to_string(),
        path: uri.path().to_owned(),
        query: uri.query().map(str::to_owned),
        status: 0,
    }]);
}

/// Records every answered request (the last event of the request) before it is sent.
async fn record_request(
    State(shared): State<Arc<Shared>>,
    request: Request,
    next: Next,
) -> Response {
    let method = request.method().clone();
    let path = request.uri().path().to_owned();
    let query = request.uri().query().map(str::to_owned);
    let response = next.run(request).await;
    let status = response.status().as_u16();
    // Path and status only: queries and bodies may carry codes or tokens.
    tracing::debug!(%method, %path, status, "spiro-mock request");
    shared.log.emit([Event::ApiRequest {
        method: method.to_string(),
        path,
        query,
        status,
    }]);
    response
}

async fn not_found(request: Request) -> Response {
    api::no_route(request.uri().path())
}

async fn method_not_allowed() -> Response {
    jsonapi::error(
        ::http::StatusCode::METHOD_NOT_ALLOWED,
        "This method is not supported here.",
    )
}

fn router(shared: Arc<Shared>) -> Router {
    Router::new()
        .route(
            "/oauth/authorize",
            get(oauth::authorize).fallback(method_not_allowed),
        )
        .route(
            "/oauth/token",
            post(oauth::token).fallback(method_not_allowed),
        )
        .route("/api", any(api::handle))
        .route("/api/{*rest}", any(api::handle))
        .fallback(not_found)
        .layer(middleware::from_fn_with_state(
            shared.clone(),
            record_request,
        ))
        .with_state(shared)
}

/// A running mock server. Dropping it shuts it down (the accept loop and every connection are
/// aborted); [`Server::shutdown`] does the same and waits for it.
pub struct Server {
    shared: Arc<Shared>,
    addr: SocketAddr,
    task: JoinHandle<()>,
}

impl std::fmt::Debug for Server {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Server")
            .field("addr", &self.addr)
            .finish_non_exhaustive()
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.task.abort();
    }
}

impl Server {
    /// Starts a server with the defaults on a free port of 127.0.0.1
    /// (`Server::builder().start().await`).
    pub async fn start() -> std::io::Result<Server> {
        Server::builder().start().await
    }

    /// A builder for a customised server.
    pub fn builder() -> ServerBuilder {
        ServerBuilder::default()
    }

    /// Stops the server and waits until its listener is closed.
    pub async fn shutdown(mut self) {
        self.task.abort();
        // The task ends with a cancellation error, which is the expected outcome.
        let _ = (&mut self.task).await;
    }

    /// `http://127.0.0.1:PORT`.
    pub fn base_url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// `{base}/api/v1`.
    pub fn api_url(&self) -> String {
        format!("{}{}", self.base_url(), api::PREFIX)
    }

    /// The OAuth base URL (= [`base_url`](Server::base_url); endpoints live under `/oauth/…`).
    pub fn oauth_url(&self) -> String {
        self.base_url()
    }

    /// `{base}/oauth/token`.
    pub fn token_url(&self) -> String {
        format!("{}/oauth/token", self.base_url())
    }

    /// `{base}/oauth/authorize`.
    pub fn authorize_url(&self) -> String {
        format!("{}/oauth/authorize", self.base_url())
    }

    /// The socket address the server listens on.
    pub fn local_addr(&self) -> SocketAddr {
        self.addr
    }

    /// The accepted client id.
    pub fn client_id(&self) -> &str {
        &self.shared.config.client_id
    }

    /// The accepted client secret.
    pub fn client_secret(&self) -> &str {
        &self.shared.config.client_secret
    }

    /// The registered redirect URI (must match exactly).
    pub fn redirect_uri(&self) -> &str {
        &self.shared.config.redirect_uri
    }

    /// An approved authorization code, as if `GET /oauth/authorize` had run (recorded as
    /// [`Event::CodeIssued`]).
    pub fn issue_code(&self) -> String {
        let code = {
            let mut oauth = self.shared.oauth.lock();
            let (code, event) = oauth.new_code();
            self.shared.log.push([event]);
            code
        };
        self.shared.log.dispatch();
        code
    }

    /// A fresh first-generation token pair, as if a code had been exchanged (recorded as
    /// [`Event::TokensIssued`]; no `TokenRequest` event, as no request was made).
    pub fn issue_tokens(&self) -> IssuedTokens {
        let ttl = *self.shared.token_ttl.lock();
        let tokens = {
            let mut oauth = self.shared.oauth.lock();
            let (tokens, event) = oauth.issue_tokens(ttl);
            self.shared.log.push([event]);
            tokens
        };
        self.shared.log.dispatch();
        tokens
    }

    /// Queues a fault for the next matching request(s) of `target` (FIFO).
    pub fn inject(&self, target: Target, fault: Fault) {
        self.shared.faults.lock().inject(target, fault);
    }

    /// Removes every queued fault, latency included.
    pub fn clear_faults(&self) {
        self.shared.faults.lock().clear();
    }

    /// A snapshot of the counters.
    pub fn counters(&self) -> Counters {
        self.shared.log.counters()
    }

    /// The event log, oldest first.
    pub fn events(&self) -> Vec<Event> {
        self.shared.log.events()
    }

    /// Calls `f` for every event from now on, synchronously and in log order, before the HTTP
    /// response of the request that caused it is sent. Keep it quick: it runs on the server's
    /// tasks. It may call back into the server.
    pub fn on_event(&self, f: impl Fn(&Event) + Send + Sync + 'static) {
        self.shared.log.subscribe(Arc::new(f));
    }

    /// The user revoked the app: every issued pair is revoked (each recorded as
    /// [`Event::Revoked`]) and outstanding codes are void. Refreshing then gives 400
    /// `invalid_grant` and every access token 401.
    pub fn revoke_all_tokens(&self) {
        {
            let mut oauth = self.shared.oauth.lock();
            let events = oauth.revoke_all();
            self.shared.log.push(events);
        }
        self.shared.log.dispatch();
    }

    /// Every access token issued so far is expired from now on (401 `invalid_token`, "The
    /// access token expired"); refresh tokens stay usable and new pairs are fresh.
    pub fn expire_access_tokens(&self) {
        self.shared.oauth.lock().expire_all();
    }

    /// Sets the lifetime of access tokens issued from now on (whole seconds, at least 1 s).
    pub fn set_token_ttl(&self, ttl: Duration) {
        *self.shared.token_ttl.lock() = ttl.max(Duration::from_secs(1));
    }

    /// A stored record as a JSON:API resource object (`id`, `type`, `attributes`,
    /// `relationships`). `collection` is the path segment (`opportunities`,
    /// `opportunity_stages`, …; `custom_objects/machines` for custom objects).
    pub fn record(&self, collection: &str, id: &str) -> Option<serde_json::Value> {
        let id = id.parse::<u64>().ok()?;
        self.shared.store.read().resource_by_id(collection, id)
    }

    /// Test knob: sets attribute `name` of a stored record to `value` as it is, without
    /// checking it against the spec, so that a test can make the mock answer differently from
    /// the spec (an `amount` sent as the string `"48250.0"`, an attribute the spec does not
    /// declare). Returns `false` when there is no such record.
    pub fn set_attribute(
        &self,
        collection: &str,
        id: &str,
        name: &str,
        value: serde_json::Value,
    ) -> bool {
        let Ok(id) = id.parse::<u64>() else {
            return false;
        };
        match self.shared.store.write().record_mut(collection, id) {
            Some(record) => {
                record.attributes.insert(name.to_owned(), value);
                true
            }
            None => false,
        }
    }

    /// Stores a record the test describes, validated against the spec like a dataset file's
    /// (see [`Dataset#the-dataset-file`] for the format), and returns its id. It is then served
    /// by list, get and `include` like a seeded record. `collection` is the path segment
    /// (`contacts`, `users`, `custom_objects/machines`, …); relationships must point at stored
    /// records.
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// use serde_json::json;
    /// let server = spiro_mock::Server::builder().dataset(spiro_mock::Dataset::empty()).start().await?;
    /// let acme = server.insert("companies", json!({ "attributes": { "name": "Acme" } }))?;
    /// let pat = server.insert("contacts", json!({
    ///     "attributes": { "first_name": "Pat", "email": "pat@acme.example" },
    ///     "relationships": { "company": acme },
    /// }))?;
    /// assert_eq!(server.record("contacts", &pat).unwrap()["relationships"]["company"]["data"]["id"], acme);
    /// assert!(server.insert("contacts", json!({ "relationships": { "company": "999" } })).is_err());
    /// # Ok(())
    /// # }
    /// ```
    pub fn insert(
        &self,
        collection: &str,
        description: serde_json::Value,
    ) -> Result<String, InsertError> {
        let data = records::from_value(collection, description)?;
        let spec = spec::get().map_err(|e| InsertError::Spec(e.to_string()))?;
        let now = api::now_string();
        let id = records::insert(
            &mut self.shared.store.write(),
            spec,
            collection,
            &data,
            &now,
        )?;
        Ok(id.to_string())
    }

    /// Number of records in a collection (0 for an unknown one).
    pub fn count(&self, collection: &str) -> usize {
        self.shared.store.read().count(collection)
    }

    /// The ids of a collection, ascending.
    pub fn ids(&self, collection: &str) -> Vec<String> {
        self.shared
            .store
            .read()
            .ids(collection)
            .into_iter()
            .map(|id| id.to_string())
            .collect()
    }
}

/// Configures and starts a [`Server`]. Its `Debug` output hides the client secret.
#[derive(Clone)]
pub struct ServerBuilder {
    port: u16,
    client_id: String,
    client_secret: String,
    redirect_uri: String,
    token_ttl: Duration,
    code_ttl: Duration,
    seed: u64,
    dataset: Dataset,
    max_page_size: u32,
}

impl std::fmt::Debug for ServerBuilder {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ServerBuilder")
            .field("port", &self.port)
            .field("client_id", &self.client_id)
            .field("client_secret", &"[redacted]")
            .field("redirect_uri", &self.redirect_uri)
            .field("token_ttl", &self.token_ttl)
            .field("code_ttl", &self.code_ttl)
            .field("seed", &self.seed)
            .field("dataset", &self.dataset)
            .field("max_page_size", &self.max_page_size)
            .finish()
    }
}

impl Default for ServerBuilder {
    fn default() -> ServerBuilder {
        ServerBuilder {
            port: 0,
            client_id: DEFAULT_CLIENT_ID.to_owned(),
            client_secret: DEFAULT_CLIENT_SECRET.to_owned(),
            redirect_uri: DEFAULT_REDIRECT_URI.to_owned(),
            token_ttl: DEFAULT_TOKEN_TTL,
            code_ttl: DEFAULT_CODE_TTL,
            seed: DEFAULT_SEED,
            dataset: Dataset::default(),
            max_page_size: DEFAULT_MAX_PAGE_SIZE,
        }
    }
}

impl ServerBuilder {
    /// The port on 127.0.0.1 (default 0: a free port).
    #[must_use]
    pub fn port(mut self, port: u16) -> ServerBuilder {
        self.port = port;
        self
    }

    /// The accepted client id (default [`DEFAULT_CLIENT_ID`]).
    #[must_use]
    pub fn client_id(mut self, client_id: impl Into<String>) -> ServerBuilder {
        self.client_id = client_id.into();
        self
    }

    /// The accepted client secret (default [`DEFAULT_CLIENT_SECRET`]).
    #[must_use]
    pub fn client_secret(mut self, client_secret: impl Into<String>) -> ServerBuilder {
        self.client_secret = client_secret.into();
        self
    }

    /// The registered redirect URI, an absolute URL (default [`DEFAULT_REDIRECT_URI`]).
    #[must_use]
    pub fn redirect_uri(mut self, redirect_uri: impl Into<String>) -> ServerBuilder {
        self.redirect_uri = redirect_uri.into();
        self
    }

    /// Lifetime of access tokens (whole seconds, at least 1 s; default 24 h).
    #[must_use]
    pub fn token_ttl(mut self, ttl: Duration) -> ServerBuilder {
        self.token_ttl = ttl;
        self
    }

    /// Lifetime of authorization codes (default 10 minutes; zero makes every code expired).
    #[must_use]
    pub fn code_ttl(mut self, ttl: Duration) -> ServerBuilder {
        self.code_ttl = ttl;
        self
    }

    /// Seed of the data set (default [`DEFAULT_SEED`]).
    #[must_use]
    pub fn seed(mut self, seed: u64) -> ServerBuilder {
        self.seed = seed;
        self
    }

    /// What the store holds: generated records and described ones (default
    /// [`Dataset::default`]).
    #[must_use]
    pub fn dataset(mut self, dataset: Dataset) -> ServerBuilder {
        self.dataset = dataset;
        self
    }

    /// Largest `page[size]`; larger requests are clamped (default 100).
    #[must_use]
    pub fn max_page_size(mut self, max: u32) -> ServerBuilder {
        self.max_page_size = max;
        self
    }

    /// Seeds the store, binds 127.0.0.1 and starts serving. Fails when the port is taken, the
    /// redirect URI is not an absolute URL or `max_page_size` is 0.
    pub async fn start(self) -> std::io::Result<Server> {
        let invalid = |msg: String| std::io::Error::new(std::io::ErrorKind::InvalidInput, msg);
        let spec = spec::get().map_err(|e| std::io::Error::other(e.to_string()))?;
        let redirect_url = url::Url::parse(&self.redirect_uri)
            .map_err(|e| invalid(format!("the redirect URI is not an absolute URL: {e}")))?;
        if self.max_page_size == 0 {
            return Err(invalid("max_page_size must be at least 1".into()));
        }
        let listener = TcpListener::bind(("127.0.0.1", self.port)).await?;
        let addr = listener.local_addr()?;
        let mut store = seed::seed(spec, self.seed, &self.dataset);
        records::insert_all(&mut store, spec, self.dataset.records(), &api::now_string())
            .map_err(invalid)?;
        let shared = Arc::new(Shared {
            config: Config {
                client_id: self.client_id,
                client_secret: self.client_secret,
                redirect_uri: self.redirect_uri,
                redirect_url,
                max_page_size: self.max_page_size,
                code_ttl: self.code_ttl,
            },
            token_ttl: Mutex::new(self.token_ttl.max(Duration::from_secs(1))),
            oauth: Mutex::new(oauth::OAuthState::default()),
            store: RwLock::new(store),
            faults: Mutex::new(faults::FaultQueues::default()),
            log: events::EventLog::default(),
        });
        let task = tokio::spawn(wire::serve(listener, router(shared.clone())));
        Ok(Server { shared, addr, task })
    }
}

#[cfg(test)]
impl Shared {
    /// State with the default configuration and a seeded store, for unit tests.
    pub(crate) fn for_tests(dataset: &Dataset) -> Shared {
        let spec = spec::get().expect("the generated tables load");
        Shared {
            config: Config {
                client_id: DEFAULT_CLIENT_ID.into(),
                client_secret: DEFAULT_CLIENT_SECRET.into(),
                redirect_uri: DEFAULT_REDIRECT_URI.into(),
                redirect_url: url::Url::parse(DEFAULT_REDIRECT_URI).expect("url"),
                max_page_size: DEFAULT_MAX_PAGE_SIZE,
                code_ttl: DEFAULT_CODE_TTL,
            },
            token_ttl: Mutex::new(DEFAULT_TOKEN_TTL),
            oauth: Mutex::new(oauth::OAuthState::default()),
            store: RwLock::new({
                let mut store = seed::seed(spec, DEFAULT_SEED, dataset);
                records::insert_all(&mut store, spec, dataset.records(), "2026-01-01T00:00:00Z")
                    .expect("the described records are valid");
                store
            }),
            faults: Mutex::new(faults::FaultQueues::default()),
            log: events::EventLog::default(),
        }
    }
}
