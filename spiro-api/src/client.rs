//! Building a [`Client`]: base URL, headers, timeouts, TLS and authentication.

use std::time::Duration;

use reqwest::header::{self, HeaderMap, HeaderValue};

use crate::{Client, RetryPolicy};

/// Where the Spiro API lives.
pub const DEFAULT_BASE_URL: &str = "https://api.spiro.ai/api/v1";

/// The `User-Agent` this crate sends: `spiro-rs/<version>`.
pub const USER_AGENT: &str = concat!("spiro-rs/", env!("CARGO_PKG_VERSION"));

/// State that every [`Client`] carries and its request hooks read: how to authenticate.
///
/// Build it with [`Client::builder`]; it is public only because the generated
/// [`Client::new`] takes it.
#[derive(Clone, Debug, Default)]
pub struct ClientState {
    pub(crate) bearer: Option<HeaderValue>,
    pub(crate) retry: RetryPolicy,
}

/// Configures and builds a [`Client`].
///
/// ```
/// use std::time::Duration;
/// let client = spiro_api::Client::builder()
///     .timeout(Duration::from_secs(20))
///     .build()
///     .unwrap();
/// assert_eq!(client.baseurl(), spiro_api::DEFAULT_BASE_URL);
/// # use spiro_api::ClientInfo;
/// ```
#[derive(Debug)]
#[must_use]
pub struct ClientBuilder {
    base_url: String,
    timeout: Duration,
    connect_timeout: Duration,
    http: Option<reqwest::Client>,
    state: ClientState,
}

impl Default for ClientBuilder {
    fn default() -> Self {
        Self {
            base_url: DEFAULT_BASE_URL.to_owned(),
            timeout: Duration::from_secs(30),
            connect_timeout: Duration::from_secs(10),
            http: None,
            state: ClientState::default(),
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
    /// The access token contains bytes that cannot go into an HTTP header.
    #[error("the access token is not a valid header value")]
    AccessToken,
    /// The HTTP client could not be created (e.g. TLS initialisation failed).
    #[error("could not create the HTTP client")]
    Http(#[source] reqwest::Error),
}

impl Client {
    /// Starts configuring a client for [`DEFAULT_BASE_URL`].
    pub fn builder() -> ClientBuilder {
        ClientBuilder::default()
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

    /// Sends this access token as it is, without refreshing it.
    pub fn access_token(mut self, token: &str) -> Result<Self, BuildError> {
        let mut value = HeaderValue::try_from(format!("Bearer {token}"))
            .map_err(|_| BuildError::AccessToken)?;
        value.set_sensitive(true);
        self.state.bearer = Some(value);
        Ok(self)
    }

    /// How transient failures are retried (default: [`RetryPolicy::default`]).
    pub fn retry(mut self, policy: RetryPolicy) -> Self {
        self.state.retry = policy;
        self
    }

    /// Uses this `reqwest::Client` instead of building one; its own timeouts, TLS and
    /// default headers apply, and the builder's `timeout`s are ignored.
    pub fn http_client(mut self, client: reqwest::Client) -> Self {
        self.http = Some(client);
        self
    }

    /// Builds the client.
    pub fn build(self) -> Result<Client, BuildError> {
        let url = reqwest::Url::parse(&self.base_url)
            .map_err(|_| BuildError::BaseUrl(self.base_url.clone()))?;
        if !matches!(url.scheme(), "http" | "https") || url.cannot_be_a_base() {
            return Err(BuildError::BaseUrl(self.base_url));
        }
        let http = match self.http {
            Some(http) => http,
            None => reqwest::Client::builder()
                .user_agent(USER_AGENT)
                .default_headers(default_headers())
                .timeout(self.timeout)
                .connect_timeout(self.connect_timeout)
                .build()
                .map_err(BuildError::Http)?,
        };
        Ok(Client::new_with_client(
            self.base_url.trim_end_matches('/'),
            http,
            self.state,
        ))
    }
}

/// `Accept: application/json` and `X-Api-Version: 1` ("required by Spiro API").
pub(crate) fn default_headers() -> HeaderMap {
    let mut headers = HeaderMap::new();
    headers.insert(header::ACCEPT, HeaderValue::from_static("application/json"));
    headers.insert("x-api-version", HeaderValue::from_static("1"));
    headers
}
