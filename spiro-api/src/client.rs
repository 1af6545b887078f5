//! Building a [`Client`]: base URL, headers, timeouts, TLS, retries and authentication.

use std::time::Duration;

use reqwest::header::{self, HeaderMap, HeaderValue};
use spiro_auth::transport::{BodyLimits, RetryBudget, check_url};
use spiro_auth::{
    AuthError, ConfigError, Credentials, Endpoints, RefreshPolicy, TokenManager,
    TokenManagerBuilder, TokenStore,
};

use crate::{Client, ClientInfo, RetryPolicy};

/// Where the Spiro API lives.
pub const DEFAULT_BASE_URL: &str = "https://api.spiro.ai/api/v1";

/// The `User-Agent` this crate sends: `spiro-rs/<version>`.
pub const USER_AGENT: &str = concat!("spiro-rs/", env!("CARGO_PKG_VERSION"));

/// State that every [`Client`] carries and its request hooks read: how to authenticate,
/// how to retry, and how much of a body to read.
///
/// Build it with [`Client::builder`]; it is public only because the generated
/// [`Client::new`] takes it.
#[derive(Clone, Debug, Default)]
pub struct ClientState {
    pub(crate) auth: Authentication,
    pub(crate) retry: RetryPolicy,
    /// Shared by every request of this client and its clones.
    pub(crate) budget: RetryBudget,
    pub(crate) limits: BodyLimits,
}

/// Where the `Authorization` header comes from.
#[derive(Clone, Debug, Default)]
pub(crate) enum Authentication {
    /// No header.
    #[default]
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

/// Configures and builds a [`Client`].
///
/// ```no_run
/// use spiro_api::Client;
/// use spiro_auth::{Credentials, FileTokenStore};
///
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let client = Client::builder()
///     .credentials(Credentials::from_env()?)
///     .token_store(FileTokenStore::new("spiro-tokens.json"))
///     .build()?;
/// # Ok(()) }
/// ```
#[derive(Debug)]
#[must_use]
pub struct ClientBuilder {
    base_url: String,
    timeout: Duration,
    connect_timeout: Duration,
    http: Option<reqwest::Client>,
    retry: RetryPolicy,
    body_limits: BodyLimits,
    auth: Authentication,
    /// Set by [`credentials`](Self::credentials); the OAuth settings are applied to it.
    oauth: Option<TokenManagerBuilder>,
    /// An OAuth setting was given before the credentials.
    oauth_without_credentials: bool,
}

impl Default for ClientBuilder {
    fn default() -> Self {
        Self {
            base_url: DEFAULT_BASE_URL.to_owned(),
            timeout: Duration::from_secs(30),
            connect_timeout: Duration::from_secs(10),
            http: None,
            retry: RetryPolicy::default(),
            body_limits: BodyLimits::default(),
            auth: Authentication::None,
            oauth: None,
            oauth_without_credentials: false,
        }
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
    /// ([`spiro_auth::transport::check_url`]).
    #[error(transparent)]
    InsecureBaseUrl(ConfigError),
    /// The access token contains bytes that cannot go into an HTTP header.
    #[error("the access token is not a valid header value")]
    AccessToken,
    /// A token store, OAuth endpoints or a refresh policy were given without credentials.
    #[error(
        "token store, OAuth endpoints and refresh policy need OAuth credentials: call `credentials` first"
    )]
    MissingCredentials,
    /// The token manager could not be created.
    #[error("could not set up authentication")]
    Auth(#[source] AuthError),
    /// The HTTP client could not be created (e.g. TLS initialisation failed).
    #[error("could not create the HTTP client")]
    Http(#[source] reqwest::Error),
}

impl Client {
    /// Starts configuring a client for [`DEFAULT_BASE_URL`].
    pub fn builder() -> ClientBuilder {
        ClientBuilder::default()
    }

    /// The token manager, when the client authenticates with OAuth: use it to log in
    /// ([`TokenManager::exchange_code`]) or to refresh on demand.
    pub fn token_manager(&self) -> Option<&TokenManager> {
        match &self.inner().auth {
            Authentication::Managed(manager) => Some(manager),
            _ => None,
        }
    }
}

impl ClientBuilder {
    /// The API base URL, e.g. `http://127.0.0.1:8080/api/v1` for spiro-mock.
    pub fn base_url(mut self, url: impl Into<String>) -> Self {
        self.base_url = url.into();
        self
    }

    /// Total time allowed for one HTTP exchange (default 30 s).
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = timeout;
        self
    }

    /// Time allowed to establish a connection (default 10 s).
    pub fn connect_timeout(mut self, timeout: Duration) -> Self {
        self.connect_timeout = timeout;
        self
    }

    /// How transient failures are retried (default: [`RetryPolicy::default`]). The client
    /// gets a [`RetryBudget`] of the policy's size, shared by all its requests and clones.
    pub fn retry(mut self, policy: RetryPolicy) -> Self {
        self.retry = policy;
        self
    }

    /// How much of a response body is read (default: [`BodyLimits::default`], 32 MiB for
    /// success bodies, 64 KiB kept of error bodies). A larger success body fails the call
    /// with [`Error::BodyTooLarge`](crate::Error::BodyTooLarge).
    pub fn body_limits(mut self, limits: BodyLimits) -> Self {
        self.body_limits = limits;
        self
    }

    /// Sends this access token as it is, without refreshing it (for short scripts and
    /// tests; use [`credentials`](Self::credentials) for anything that runs longer than a
    /// token lives).
    pub fn access_token(mut self, token: &str) -> Result<Self, BuildError> {
        let mut value = HeaderValue::try_from(format!("Bearer {token}"))
            .map_err(|_| BuildError::AccessToken)?;
        value.set_sensitive(true);
        self.auth = Authentication::Static(value);
        self.oauth = None;
        Ok(self)
    }

    /// Authenticates with OAuth: the client gets, refreshes, rotates and stores its tokens
    /// itself (see [`TokenManager`]). Pair it with [`token_store`](Self::token_store);
    /// without one, tokens live in memory only.
    pub fn credentials(mut self, credentials: Credentials) -> Self {
        self.oauth = Some(TokenManager::builder(credentials));
        self
    }

    /// The OAuth endpoints (default [`Endpoints::spiro`]). Needs
    /// [`credentials`](Self::credentials) first.
    pub fn oauth_endpoints(self, endpoints: Endpoints) -> Self {
        self.with_oauth(|oauth| oauth.endpoints(endpoints))
    }

    /// Where tokens are kept between runs, e.g. a
    /// [`FileTokenStore`](spiro_auth::FileTokenStore). Needs
    /// [`credentials`](Self::credentials) first.
    pub fn token_store(self, store: impl TokenStore) -> Self {
        self.with_oauth(|oauth| oauth.store(store))
    }

    /// When tokens are refreshed (default [`RefreshPolicy::default`]). Needs
    /// [`credentials`](Self::credentials) first.
    pub fn refresh_policy(self, policy: RefreshPolicy) -> Self {
        self.with_oauth(|oauth| oauth.refresh_policy(policy))
    }

    /// Uses a token manager built elsewhere, e.g. one shared by several clients.
    pub fn token_manager(mut self, manager: TokenManager) -> Self {
        self.auth = Authentication::Managed(manager);
        self.oauth = None;
        self
    }

    /// Uses this `reqwest::Client` instead of building one; its own timeouts, TLS, default
    /// headers and redirect policy apply, and the builder's `timeout`s are ignored.
    ///
    /// The default client follows no redirects (Spiro's API has no reason to redirect; a 3xx
    /// is returned as an [`ApiError`](crate::ApiError)). A client given here that follows
    /// redirects does so: reqwest drops `Authorization` on a cross-host redirect, but re-sends
    /// a PUT body on a 307/308 and sends a `Referer`. Build it with
    /// `.redirect(reqwest::redirect::Policy::none())` unless you need otherwise.
    pub fn http_client(mut self, client: reqwest::Client) -> Self {
        self.http = Some(client);
        self
    }

    fn with_oauth(
        mut self,
        apply: impl FnOnce(TokenManagerBuilder) -> TokenManagerBuilder,
    ) -> Self {
        match self.oauth.take() {
            Some(oauth) => self.oauth = Some(apply(oauth)),
            None => self.oauth_without_credentials = true,
        }
        self
    }

    /// Builds the client.
    pub fn build(self) -> Result<Client, BuildError> {
        if self.oauth_without_credentials {
            return Err(BuildError::MissingCredentials);
        }
        check_url(&self.base_url, "the API base URL").map_err(|e| match e {
            ConfigError::InvalidUrl { .. } => BuildError::BaseUrl(self.base_url.clone()),
            insecure => BuildError::InsecureBaseUrl(insecure),
        })?;
        let auth = match self.oauth {
            Some(oauth) => Authentication::Managed(oauth.build().map_err(BuildError::Auth)?),
            None => self.auth,
        };
        let http = match self.http {
            Some(http) => http,
            None => reqwest::Client::builder()
                .user_agent(USER_AGENT)
                .default_headers(default_headers())
                .timeout(self.timeout)
                .connect_timeout(self.connect_timeout)
                .redirect(reqwest::redirect::Policy::none())
                .build()
                .map_err(BuildError::Http)?,
        };
        let state = ClientState {
            auth,
            budget: RetryBudget::new(&self.retry),
            retry: self.retry,
            limits: self.body_limits,
        };
        Ok(Client::new_with_client(
            self.base_url.trim().trim_end_matches('/'),
            http,
            state,
        ))
    }
}

/// `Accept: application/json` on every request, including those without a JSON response
/// (`X-Api-Version` is set by the `pre` hook, so that it is sent whatever HTTP client is
/// used).
fn default_headers() -> HeaderMap {
    let mut headers = HeaderMap::new();
    headers.insert(header::ACCEPT, HeaderValue::from_static("application/json"));
    headers
}
