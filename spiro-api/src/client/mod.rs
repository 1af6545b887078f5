//! Building a [`Client`]: base URL, headers, timeouts, TLS, retries, rate limit, clock, hook
//! and authentication; and the path of its calls (`call`: the call span, per-call options, the
//! typed outcome) and requests (`hooks`: authentication, then the request engine), also taken
//! by requests made by method and path (`raw`).

pub(crate) mod call;
mod hook;
mod hooks;
mod raw;

pub(crate) use call::Operation;
pub use call::{CallOptions, Response};
pub use hook::{Answer, Hook, Outgoing};
pub use raw::{RAW_OPERATION_ID, RawRequest, RawResponse};
pub(crate) use spiro_auth::engine::Target;

use std::fmt;
use std::sync::Arc;
use std::time::Duration;

use reqwest::header::{self, HeaderMap, HeaderValue};
use spiro_auth::BodyLimits;
use spiro_auth::engine::{Engine, RateLimit};
use spiro_auth::time::{AsyncSleep, Clock, TimeSource};
use spiro_auth::transport::check_url;
use spiro_auth::{
    AccessToken, AuthError, ConfigError, Credentials, Endpoints, FileTokenStore, RefreshPolicy,
    TokenManager, TokenManagerBuilder, TokenStore,
};

use progenitor_client::ClientInfo;

use crate::{Client, RetryPolicy};

/// Where the Spiro API lives.
pub const DEFAULT_BASE_URL: &str = "https://api.spiro.ai/api/v1";

/// Total time allowed for one HTTP exchange unless [`ClientBuilder::timeout`] says otherwise.
const DEFAULT_TIMEOUT: Duration = Duration::from_secs(30);
/// Time allowed to connect unless [`ClientBuilder::connect_timeout`] says otherwise.
const DEFAULT_CONNECT_TIMEOUT: Duration = Duration::from_secs(10);

/// The `User-Agent` this crate sends: `spiro-rs/<version>`.
pub const USER_AGENT: &str = concat!("spiro-rs/", env!("CARGO_PKG_VERSION"));

/// State that every [`Client`] carries and its request hooks read: how to authenticate,
/// the request engine (HTTP client, retry policy and budget, clock, rate limit), and how much
/// of a body to read.
///
/// It is public only because the generated `ClientInfo::inner` returns it; it is not exported
/// under any path, has no public constructor and no `Default`, and the generated
/// constructors that take it are not public, so a `Client` is made only by
/// [`ClientBuilder`] (which sets the `User-Agent`, `Accept` and timeouts and checks the base
/// URL).
#[derive(Clone, Debug)]
pub struct ClientState {
    pub(crate) auth: Authentication,
    /// Shared by every request of this client and its clones, and by its token endpoint.
    pub(crate) engine: Engine,
    pub(crate) limits: BodyLimits,
    /// Set by [`ClientBuilder::hook`].
    pub(crate) hook: Option<Arc<dyn Hook>>,
    /// Set by [`ClientBuilder::capture_shapes`].
    pub(crate) capture: Option<crate::capture::ShapeCapture>,
}

/// Where the `Authorization` header comes from.
#[derive(Clone, Debug)]
pub(crate) enum Authentication {
    /// No header.
    None,
    /// A fixed access token that is never refreshed.
    Static(HeaderValue),
    /// Tokens kept fresh, rotated and stored by spiro-auth.
    Managed(TokenManager),
}

impl Authentication {
    /// The header for the next request.
    pub(crate) async fn header(&self) -> Result<Option<HeaderValue>, AuthError> {
        match self {
            Authentication::None => Ok(None),
            Authentication::Static(header) => Ok(Some(header.clone())),
            Authentication::Managed(manager) => manager.authorization().await.map(Some),
        }
    }
}

/// Environment variable [`ClientBuilder::from_env`] reads the API base URL from (default
/// [`DEFAULT_BASE_URL`]).
pub const ENV_API_URL: &str = "SPIRO_API_URL";

/// Environment variable [`ClientBuilder::from_env`] reads the token file's path from (a
/// [`FileTokenStore`]).
pub const ENV_TOKEN_FILE: &str = "SPIRO_TOKEN_FILE";

/// Configures and builds a [`Client`].
///
/// Every setter only records its value: what the client becomes is decided in
/// [`build`](Self::build), so the order of the calls never matters, and a setter given a
/// bad value does not fail on the spot: `build` reports it. Calling a setter twice keeps the
/// last value.
///
/// ```no_run
/// use spiro_api::Client;
/// use spiro_api::spiro_auth::{Credentials, FileTokenStore};
///
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let client = Client::builder()
///     .token_store(FileTokenStore::new("spiro-tokens.json"))
///     .credentials(Credentials::from_env()?)
///     .build()?;
/// # Ok(()) }
/// ```
///
/// Authentication comes from exactly one of [`credentials`](Self::credentials) (OAuth, with
/// [`token_store`](Self::token_store), [`oauth_endpoints`](Self::oauth_endpoints) and
/// [`refresh_policy`](Self::refresh_policy)), [`token_manager`](Self::token_manager) or
/// [`access_token`](Self::access_token); none means requests go out without an
/// `Authorization` header.
///
/// The builder is the only way to a [`Client`]: there is no public `Client::new`, even for a
/// state taken from a built client.
///
/// ```compile_fail
/// let client = spiro_api::Client::new("https://api.spiro.ai/api/v1");
/// ```
#[derive(Default)]
#[must_use]
pub struct ClientBuilder {
    base_url: Option<String>,
    timeout: Option<Duration>,
    connect_timeout: Option<Duration>,
    http: Option<reqwest::Client>,
    retry: Option<RetryPolicy>,
    body_limits: Option<BodyLimits>,
    access_token: Option<AccessToken>,
    token_manager: Option<TokenManager>,
    credentials: Option<Result<Credentials, AuthError>>,
    oauth_endpoints: Option<Result<Endpoints, AuthError>>,
    token_store: Option<Result<StoreSetter, AuthError>>,
    refresh_policy: Option<RefreshPolicy>,
    rate_limit: Option<RateLimit>,
    time_source: Option<Arc<dyn TimeSource>>,
    sleep_impl: Option<Arc<dyn AsyncSleep>>,
    hook: Option<Arc<dyn Hook>>,
    capture: Option<std::path::PathBuf>,
}

/// Hands a token store of any type to the [`TokenManagerBuilder`] in `build`.
type StoreSetter = Box<dyn FnOnce(TokenManagerBuilder) -> TokenManagerBuilder + Send>;

impl fmt::Debug for ClientBuilder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let set = |present: bool| if present { "set" } else { "unset" };
        f.debug_struct("ClientBuilder")
            .field("base_url", &self.base_url)
            .field("timeout", &self.timeout)
            .field("connect_timeout", &self.connect_timeout)
            .field("http_client", &set(self.http.is_some()))
            .field("retry", &self.retry)
            .field("body_limits", &self.body_limits)
            .field(
                "access_token",
                &self.access_token.as_ref().map(|_| "[redacted]"),
            )
            .field("token_manager", &self.token_manager)
            .field("credentials", &self.credentials)
            .field("oauth_endpoints", &self.oauth_endpoints)
            .field("token_store", &set(self.token_store.is_some()))
            .field("refresh_policy", &self.refresh_policy)
            .field("rate_limit", &self.rate_limit)
            .field("time_source", &self.time_source)
            .field("sleep_impl", &self.sleep_impl)
            .field("hook", &set(self.hook.is_some()))
            .field("capture_shapes", &self.capture)
            .finish()
    }
}

/// Why a [`ClientBuilder`] could not build a client.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum BuildError {
    /// The base URL is not an absolute `http` or `https` URL.
    #[error("invalid base URL {0:?}: expected an absolute http(s) URL")]
    BaseUrl(String),
    /// The base URL would send the access token in clear (plain `http` to a host that is not
    /// loopback) or carries a user name or password: the same rule as the OAuth URLs
    /// (https, or plain http to loopback only).
    #[error(transparent)]
    InsecureBaseUrl(ConfigError),
    /// The access token contains bytes that cannot go into an HTTP header.
    #[error("the access token is not a valid header value")]
    AccessToken,
    /// The retry policy is out of range (a zero deadline or attempt timeout).
    #[error("invalid retry policy")]
    RetryPolicy(#[source] ConfigError),
    /// A token store, OAuth endpoints or a refresh policy were given without credentials.
    #[error(
        "a token store, OAuth endpoints or a refresh policy were given without OAuth credentials: \
         add `credentials` (or remove them)"
    )]
    MissingCredentials,
    /// More than one of `credentials`, `token_manager` and `access_token` was given, or
    /// OAuth settings were given with a `token_manager` (which brings its own).
    #[error(
        "authentication was configured twice ({0}): use one of `credentials`, `token_manager` or \
         `access_token`"
    )]
    ConflictingAuthentication(&'static str),
    /// The token manager could not be created, or its configuration (e.g. from the
    /// environment) is missing or invalid.
    #[error("could not set up authentication")]
    Auth(#[source] AuthError),
    /// The TLS stack chosen by the crate's features could not be set up (see
    /// [`spiro_auth::http_client_builder`]).
    #[error("could not set up TLS")]
    Tls(#[source] ConfigError),
    /// The HTTP client could not be created (e.g. TLS initialisation failed).
    #[error("could not create the HTTP client")]
    Http(#[source] reqwest::Error),
}

impl Client {
    /// Starts configuring a client for [`DEFAULT_BASE_URL`].
    pub fn builder() -> ClientBuilder {
        ClientBuilder::default()
    }

    /// A client configured from the environment: [`ClientBuilder::from_env`], then `build`.
    ///
    /// # Errors
    /// [`BuildError::Auth`] naming the first variable that is missing or invalid, or any
    /// other error of [`ClientBuilder::build`].
    pub fn from_env() -> Result<Client, BuildError> {
        ClientBuilder::from_env().build()
    }

    /// The token manager, when the client authenticates with OAuth: use it to log in
    /// ([`TokenManager::exchange_code`]) or to refresh on demand.
    pub fn token_manager(&self) -> Option<&TokenManager> {
        match &self.inner().auth {
            Authentication::Managed(manager) => Some(manager),
            _ => None,
        }
    }

    /// The API base URL, without a trailing `/` (e.g. `https://api.spiro.ai/api/v1`).
    pub fn base_url(&self) -> &str {
        self.baseurl()
    }
}

impl ClientBuilder {
    /// A builder configured from the environment, for OAuth with a token file:
    ///
    /// | variable | setting | |
    /// |---|---|---|
    /// | `SPIRO_CLIENT_ID`, `SPIRO_CLIENT_SECRET`, `SPIRO_REDIRECT_URI` | [`credentials`](Self::credentials) | required ([`Credentials::from_env`]) |
    /// | `SPIRO_TOKEN_FILE` | [`token_store`](Self::token_store): a [`FileTokenStore`] | required |
    /// | `SPIRO_OAUTH_URL` | [`oauth_endpoints`](Self::oauth_endpoints) | default `https://engine.spiro.ai` ([`Endpoints::from_env`]) |
    /// | `SPIRO_API_URL` | [`base_url`](Self::base_url) | default [`DEFAULT_BASE_URL`] |
    ///
    /// A missing or invalid variable is reported by [`build`](Self::build), unless a setter
    /// called afterwards replaces that setting: the variables are starting values.
    ///
    /// ```no_run
    /// # fn main() -> Result<(), spiro_api::BuildError> {
    /// let client = spiro_api::ClientBuilder::from_env()
    ///     .timeout(std::time::Duration::from_secs(60))
    ///     .build()?;
    /// # let _ = client; Ok(()) }
    /// ```
    pub fn from_env() -> Self {
        let token_store = match std::env::var(ENV_TOKEN_FILE) {
            Ok(path) if !path.trim().is_empty() => {
                Ok(store_setter(FileTokenStore::new(path.trim())))
            }
            _ => Err(ConfigError::MissingEnv {
                name: ENV_TOKEN_FILE,
            }
            .into()),
        };
        Self {
            base_url: std::env::var(ENV_API_URL)
                .ok()
                .filter(|url| !url.trim().is_empty())
                .map(|url| url.trim().to_owned()),
            credentials: Some(Credentials::from_env().map_err(AuthError::from)),
            oauth_endpoints: Some(Endpoints::from_env().map_err(AuthError::from)),
            token_store: Some(token_store),
            ..Self::default()
        }
    }

    /// The API base URL (default [`DEFAULT_BASE_URL`]), e.g. `http://127.0.0.1:8080/api/v1`
    /// for spiro-mock.
    pub fn base_url(mut self, url: impl Into<String>) -> Self {
        self.base_url = Some(url.into());
        self
    }

    /// Time allowed for one attempt, body included (default 30 s), unless the retry policy
    /// sets its own ([`RetryPolicy::with_attempt_timeout`]). A whole call, every attempt and
    /// wait included, is bounded by the policy's deadline ([`RetryPolicy::with_deadline`];
    /// per call: [`CallOptions::timeout`]).
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = Some(timeout);
        self
    }

    /// Time allowed to establish a connection (default 10 s). Ignored with
    /// [`http_client`](Self::http_client).
    pub fn connect_timeout(mut self, timeout: Duration) -> Self {
        self.connect_timeout = Some(timeout);
        self
    }

    /// How transient failures are retried (default: [`RetryPolicy::default`]), for the API
    /// calls and, with [`credentials`](Self::credentials), the token endpoint too. The client
    /// gets one retry budget of the policy's size, shared by all its requests, its clones and
    /// its token endpoint. Per call: [`CallOptions::retry_policy`].
    pub fn retry_policy(mut self, policy: RetryPolicy) -> Self {
        self.retry = Some(policy);
        self
    }

    /// How fast the client sends (default: [`RateLimit::default`], adaptive: after a 429 the
    /// client halves its own send rate and recovers it on successes; no fixed maximum). See
    /// [`RateLimit`] for why adaptive pacing is on by default.
    pub fn rate_limit(mut self, limit: RateLimit) -> Self {
        self.rate_limit = Some(limit);
        self
    }

    /// The clocks that every deadline, wait, token expiry and refresh-ahead of this client
    /// reads (default: [`SystemTimeSource`](spiro_auth::time::SystemTimeSource)); with
    /// [`credentials`](Self::credentials), its token manager reads them too. Tests pass a
    /// [`ManualTimeSource`](spiro_auth::time::ManualTimeSource) to drive a whole call (retries,
    /// refresh, deadline) without waiting; see [`spiro_auth::time`].
    pub fn time_source(mut self, time_source: impl TimeSource) -> Self {
        self.time_source = Some(Arc::new(time_source));
        self
    }

    /// How the client waits (backoff, `Retry-After`, pacing; default:
    /// [`TokioSleep`](spiro_auth::time::TokioSleep)); with [`credentials`](Self::credentials),
    /// its token manager waits the same way.
    pub fn sleep_impl(mut self, sleep_impl: impl AsyncSleep) -> Self {
        self.sleep_impl = Some(Arc::new(sleep_impl));
        self
    }

    /// Calls `hook` before every request is sent and after every answer arrives (each
    /// attempt: retries and replays too), with a read-only view that holds no secret; see
    /// [`Hook`].
    pub fn hook(mut self, hook: impl Hook) -> Self {
        self.hook = Some(Arc::new(hook));
        self
    }

    /// How much of a response body is read (default: [`BodyLimits::default`], 32 MiB for
    /// success bodies, 64 KiB kept of error bodies). A larger success body fails the call
    /// with [`Error::BodyTooLarge`](crate::Error::BodyTooLarge).
    pub fn body_limits(mut self, limits: BodyLimits) -> Self {
        self.body_limits = Some(limits);
        self
    }

    /// Sends this access token as it is, without refreshing it (for short scripts and
    /// tests; use [`credentials`](Self::credentials) for anything that runs longer than a
    /// token lives). A token that cannot go into a header is reported by
    /// [`build`](Self::build) as [`BuildError::AccessToken`].
    pub fn access_token(mut self, token: impl Into<AccessToken>) -> Self {
        self.access_token = Some(token.into());
        self
    }

    /// Authenticates with OAuth: the client gets, refreshes, rotates and stores its tokens
    /// itself (see [`TokenManager`]). Pair it with [`token_store`](Self::token_store);
    /// without one, tokens live in memory only.
    pub fn credentials(mut self, credentials: Credentials) -> Self {
        self.credentials = Some(Ok(credentials));
        self
    }

    /// The OAuth endpoints (default [`Endpoints::spiro`]); used with
    /// [`credentials`](Self::credentials).
    pub fn oauth_endpoints(mut self, endpoints: Endpoints) -> Self {
        self.oauth_endpoints = Some(Ok(endpoints));
        self
    }

    /// The OAuth endpoints under `url` (`{url}/oauth/token`, …), an invalid URL reported by
    /// `build` (for [`crate::testing`]).
    #[cfg(feature = "testing")]
    pub(crate) fn oauth_url(mut self, url: &str) -> Self {
        self.oauth_endpoints = Some(Endpoints::from_oauth_url(url).map_err(AuthError::from));
        self
    }

    /// Where tokens are kept between runs, e.g. a [`FileTokenStore`]; used with
    /// [`credentials`](Self::credentials).
    pub fn token_store(mut self, store: impl TokenStore) -> Self {
        self.token_store = Some(Ok(store_setter(store)));
        self
    }

    /// When tokens are refreshed (default [`RefreshPolicy::default`]); used with
    /// [`credentials`](Self::credentials).
    pub fn refresh_policy(mut self, policy: RefreshPolicy) -> Self {
        self.refresh_policy = Some(policy);
        self
    }

    /// Uses a token manager built elsewhere, e.g. one shared by several clients. It keeps
    /// its own HTTP client for the token endpoint (see
    /// [`TokenManagerBuilder::http_client`]).
    pub fn token_manager(mut self, manager: TokenManager) -> Self {
        self.token_manager = Some(manager);
        self
    }

    /// Uses this `reqwest::Client` instead of building one, for the API and, with
    /// [`credentials`](Self::credentials), for the token endpoint too: its own timeouts, TLS,
    /// proxy, default headers and redirect policy apply, and the builder's `timeout`s are
    /// ignored.
    ///
    /// Build it with `.redirect(reqwest::redirect::Policy::none())`. The default client follows
    /// no redirects (Spiro's API has no reason to redirect; a 3xx is returned as an
    /// [`ApiError`](crate::ApiError)). A client given here that follows redirects does so:
    /// reqwest drops `Authorization` on a cross-host redirect, but re-sends a PUT body on a
    /// 307/308 and sends a `Referer`. On the token endpoint it is worse: spiro-auth refuses a
    /// response that arrives from another URL than the token URL, but by then a client that
    /// followed a 307/308 has re-sent the client secret and the refresh token to wherever the
    /// redirect pointed. reqwest offers no way to read a client's redirect policy, so this
    /// cannot be checked here.
    ///
    /// ```
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// use spiro_api::reqwest;
    ///
    /// let http = reqwest::Client::builder()
    ///     .redirect(reqwest::redirect::Policy::none())
    ///     .build()?;
    /// let client = spiro_api::Client::builder().http_client(http).build()?;
    /// # let _ = client; Ok(()) }
    /// ```
    pub fn http_client(mut self, client: reqwest::Client) -> Self {
        self.http = Some(client);
        self
    }

    /// Records the *shape* of Spiro's answers (per operation and status: JSON paths, the
    /// JSON types and classes of value seen at each and how often, never a value; object keys
    /// that may be data written as `*`) in the file at `path`, for `cargo xtask learn` to merge
    /// into the spec. The file records where the answers came from (this client's API host,
    /// the SDK version, the spec's hash) and holds one line per operation and status; later
    /// runs with the same origin merge into it. Only bodies read whole within the
    /// [`body_limits`](Self::body_limits) count; failures of the client itself
    /// ([`Error::BodyTooLarge`](crate::Error::BodyTooLarge), authentication) are not Spiro's
    /// answers and are skipped. Off by default; safe to leave on: bounded in memory (a few MiB)
    /// and on disk (2 MiB, with a warning when full), and it never delays or fails a call
    /// (writes happen on a background thread; an I/O error is logged once). The last counts
    /// are written when the last clone of the client is dropped. See the README section
    /// "Help us map Spiro's API".
    pub fn capture_shapes(mut self, path: impl Into<std::path::PathBuf>) -> Self {
        self.capture = Some(path.into());
        self
    }

    /// Builds the client.
    ///
    /// # Errors
    /// [`BuildError::BaseUrl`], [`BuildError::AccessToken`],
    /// [`BuildError::MissingCredentials`] (OAuth settings without credentials),
    /// [`BuildError::ConflictingAuthentication`], [`BuildError::Auth`] (including settings
    /// from the environment that are missing or invalid), [`BuildError::Tls`],
    /// [`BuildError::Http`].
    pub fn build(self) -> Result<Client, BuildError> {
        let base_url = self.base_url.unwrap_or_else(|| DEFAULT_BASE_URL.to_owned());
        check_url(&base_url, "the API base URL").map_err(|e| match e {
            ConfigError::InvalidUrl { .. } => BuildError::BaseUrl(base_url.clone()),
            insecure => BuildError::InsecureBaseUrl(insecure),
        })?;
        let http = match self.http {
            Some(http) => http,
            None => spiro_auth::http_client_builder()
                .map_err(BuildError::Tls)?
                .user_agent(USER_AGENT)
                .default_headers(default_headers())
                .timeout(self.timeout.unwrap_or(DEFAULT_TIMEOUT))
                .connect_timeout(self.connect_timeout.unwrap_or(DEFAULT_CONNECT_TIMEOUT))
                .redirect(reqwest::redirect::Policy::none())
                .build()
                .map_err(BuildError::Http)?,
        };
        let engine = Engine::with_parts(
            http.clone(),
            self.retry.unwrap_or_default(),
            Clock::new(self.time_source, self.sleep_impl),
            self.rate_limit.unwrap_or_default(),
            self.timeout.unwrap_or(DEFAULT_TIMEOUT),
        )
        .map_err(BuildError::RetryPolicy)?;
        let oauth_settings = self.oauth_endpoints.is_some()
            || self.token_store.is_some()
            || self.refresh_policy.is_some();
        let auth = match (self.credentials, self.token_manager, self.access_token) {
            (Some(_), Some(_), _) => {
                return Err(BuildError::ConflictingAuthentication(
                    "credentials and token_manager",
                ));
            }
            (Some(_), _, Some(_)) => {
                return Err(BuildError::ConflictingAuthentication(
                    "credentials and access_token",
                ));
            }
            (None, Some(_), Some(_)) => {
                return Err(BuildError::ConflictingAuthentication(
                    "token_manager and access_token",
                ));
            }
            (None, Some(_), None) if oauth_settings => {
                return Err(BuildError::ConflictingAuthentication(
                    "token_manager and OAuth settings",
                ));
            }
            (None, None, _) if oauth_settings => return Err(BuildError::MissingCredentials),
            (Some(credentials), None, None) => {
                let mut oauth = TokenManager::builder(credentials.map_err(BuildError::Auth)?);
                if let Some(endpoints) = self.oauth_endpoints {
                    oauth = oauth.endpoints(endpoints.map_err(BuildError::Auth)?);
                }
                if let Some(store) = self.token_store {
                    oauth = store.map_err(BuildError::Auth)?(oauth);
                }
                if let Some(policy) = self.refresh_policy {
                    oauth = oauth.refresh_policy(policy);
                }
                // One engine for the API and the token endpoint: one HTTP client, one retry
                // policy and budget, one clock.
                oauth = oauth.engine(engine.clone());
                Authentication::Managed(oauth.build().map_err(|e| BuildError::Auth(e.into()))?)
            }
            (None, Some(manager), None) => Authentication::Managed(manager),
            (None, None, Some(token)) => Authentication::Static(bearer(&token)?),
            (None, None, None) => Authentication::None,
        };
        let state = ClientState {
            auth,
            engine,
            limits: self.body_limits.unwrap_or_default(),
            hook: self.hook,
            capture: self.capture.map(|path| {
                crate::capture::ShapeCapture::new(path, crate::capture::Origin::of(&base_url))
            }),
        };
        Ok(Client::new_with_client(
            base_url.trim().trim_end_matches('/'),
            http,
            state,
        ))
    }
}

/// `Bearer <token>`, marked sensitive.
fn bearer(token: &AccessToken) -> Result<HeaderValue, BuildError> {
    let mut value = HeaderValue::try_from(format!("Bearer {}", token.expose_secret()))
        .map_err(|_| BuildError::AccessToken)?;
    value.set_sensitive(true);
    Ok(value)
}

fn store_setter(store: impl TokenStore) -> StoreSetter {
    Box::new(move |oauth: TokenManagerBuilder| oauth.store(store))
}

/// `Accept: application/json` on every request, including those without a JSON response
/// (`X-Api-Version` is set by the `pre` hook, so that it is sent whatever HTTP client is
/// used).
fn default_headers() -> HeaderMap {
    let mut headers = HeaderMap::new();
    headers.insert(header::ACCEPT, HeaderValue::from_static("application/json"));
    headers
}
