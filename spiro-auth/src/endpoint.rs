//! The token endpoint over HTTP: where it is ([`Endpoints`]) and how it is called
//! ([`TokenEndpoint`]): JSON bodies exactly as Spiro documents them and what its answers mean;
//! sending, retrying and reading bodies are the request engine's (`crate::engine`).

use std::fmt;
use std::sync::Arc;
use std::time::Duration;

use chrono::{DateTime, Utc};
use http::StatusCode;
use http::header::{ACCEPT, CONTENT_TYPE};
use secrecy::ExposeSecret;
use serde::{Deserialize, Serialize};
use url::Url;
use zeroize::Zeroizing;

use crate::credentials::Credentials;
use crate::engine::{Attempt, Call, Engine, Exchange, Target, Verdict};
use crate::error::{AuthError, ConfigError, ReauthReason, TransientError, sanitize_code};
use crate::policy::RetryPolicy;
use crate::secret::{AuthorizationCode, RefreshToken, zeroizing_bytes};
use crate::time::{AsyncSleep, Clock, TimeSource};
use crate::token::{ResponseProblem, TokenResponse, TokenSet};
use crate::transport::{self, BodyEnd, Overflow, check_url, is_retryable_status};

/// Spiro's OAuth host.
pub const SPIRO_OAUTH_URL: &str = "https://engine.spiro.ai";
/// Environment variable overriding [`SPIRO_OAUTH_URL`] (tests point it at a local mock).
pub const ENV_OAUTH_URL: &str = "SPIRO_OAUTH_URL";

/// Largest token-endpoint response body read, success or error (token responses are a few
/// hundred bytes).
const MAX_BODY: usize = 64 * 1024;

/// Where the authorize page and the token endpoint are.
///
/// Only `https` URLs are accepted, except plain `http` to loopback hosts (`localhost`,
/// `127.0.0.0/8`, `[::1]`) for local tests; URLs with credentials are refused.
///
/// ```
/// use spiro_auth::Endpoints;
/// let e = Endpoints::from_oauth_url("http://127.0.0.1:8080")?;
/// assert_eq!(e.token_url().as_str(), "http://127.0.0.1:8080/oauth/token");
/// assert!(Endpoints::from_oauth_url("http://engine.spiro.ai").is_err());
/// # Ok::<(), spiro_auth::AuthError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Endpoints {
    token_url: Url,
    authorize_url: Url,
}

impl Endpoints {
    /// Spiro's production endpoints: `https://engine.spiro.ai/oauth/{token,authorize}`.
    pub fn spiro() -> Self {
        Self::from_oauth_url(SPIRO_OAUTH_URL).expect("the built-in Spiro URL is valid")
    }

    /// `{base}/oauth/token` and `{base}/oauth/authorize`.
    ///
    /// # Errors
    /// [`ConfigError`] if `base` is not a valid, secure URL.
    pub fn from_oauth_url(base: &str) -> Result<Self, ConfigError> {
        let base = base.trim().trim_end_matches('/');
        Self::new(
            &format!("{base}/oauth/token"),
            &format!("{base}/oauth/authorize"),
        )
    }

    /// `SPIRO_OAUTH_URL` when set, else Spiro's production host.
    ///
    /// # Errors
    /// [`ConfigError`] if the variable holds an invalid or insecure URL.
    pub fn from_env() -> Result<Self, ConfigError> {
        match std::env::var(ENV_OAUTH_URL) {
            Ok(base) if !base.trim().is_empty() => Self::from_oauth_url(&base),
            _ => Ok(Self::spiro()),
        }
    }

    /// Explicit token and authorize URLs.
    ///
    /// # Errors
    /// [`ConfigError`] if either is not a valid, secure URL.
    pub fn new(token_url: &str, authorize_url: &str) -> Result<Self, ConfigError> {
        Ok(Endpoints {
            token_url: check_url(token_url, "the token URL")?,
            authorize_url: check_url(authorize_url, "the authorize URL")?,
        })
    }

    /// The token endpoint.
    pub fn token_url(&self) -> &Url {
        &self.token_url
    }

    /// The authorize page.
    pub fn authorize_url(&self) -> &Url {
        &self.authorize_url
    }
}

impl Default for Endpoints {
    fn default() -> Self {
        Self::spiro()
    }
}

/// Calls Spiro's token endpoint: the `authorization_code` and `refresh_token` grants with JSON
/// bodies, through the request engine every request of a client shares: transient failures
/// (the statuses 408, 429, 500, 502, 503 and 504, timeouts, connection errors, garbage bodies)
/// are retried with exponential backoff and full jitter, honouring `Retry-After`, bounded by
/// [`RetryPolicy::max_retries`], [`RetryPolicy::deadline`] and the retry budget (shared by the
/// clones of this endpoint, and with the API calls of a `spiro-api` client).
///
/// Redirects are never followed: the default HTTP client has redirects disabled, a 3xx is an
/// error, and a response that arrives from another URL than the token URL is refused.
///
/// This is the stateless building block; [`TokenManager`](crate::TokenManager) adds storage,
/// single-flight and refresh-ahead on top.
///
/// ```no_run
/// # async fn demo() -> Result<(), spiro_auth::AuthError> {
/// use spiro_auth::{AuthorizationCode, Credentials, Endpoints, TokenEndpoint};
/// let endpoint = TokenEndpoint::new(Credentials::from_env()?, &Endpoints::from_env()?)?;
/// let tokens = endpoint.exchange_code(&AuthorizationCode::new("the-code")).await?;
/// let rotated = endpoint.refresh(tokens.refresh_token()).await?;
/// # let _ = rotated; Ok(()) }
/// ```
#[derive(Clone)]
pub struct TokenEndpoint {
    engine: Engine,
    token_url: Url,
    credentials: Credentials,
}

impl fmt::Debug for TokenEndpoint {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("TokenEndpoint")
            .field("token_url", &self.token_url.as_str())
            .field("credentials", &self.credentials)
            .field("retry", self.engine.policy())
            .finish_non_exhaustive()
    }
}

/// The grant being requested.
#[derive(Clone, Copy)]
enum Grant<'a> {
    Code(&'a AuthorizationCode),
    Refresh(&'a RefreshToken),
}

/// The JSON body, fields in the order Spiro documents them.
#[derive(Serialize)]
struct GrantBody<'a> {
    client_id: &'a str,
    client_secret: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    code: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    redirect_uri: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    refresh_token: Option<&'a str>,
    grant_type: &'static str,
}

#[derive(Deserialize)]
struct OAuthErrorBody {
    error: String,
}

/// What the attempt spans of the token endpoint are named after.
const TARGET: Target = Target {
    name: "POST /oauth/token",
    template: Some("/oauth/token"),
};

impl TokenEndpoint {
    /// A token endpoint client with [`TokenEndpoint::default_http_client`] and the default
    /// [`RetryPolicy`].
    ///
    /// # Errors
    /// [`ConfigError::HttpClient`] if the HTTP client cannot be built.
    pub fn new(credentials: Credentials, endpoints: &Endpoints) -> Result<Self, ConfigError> {
        Ok(TokenEndpoint {
            engine: Engine::new(
                Self::default_http_client()?,
                RetryPolicy::default(),
                Clock::system(),
            ),
            token_url: endpoints.token_url().clone(),
            credentials,
        })
    }

    /// The HTTP client used by default: the TLS stack chosen by the crate's features
    /// ([`http_client_builder`](crate::http_client_builder)), redirects disabled, 10 s connect
    /// timeout.
    ///
    /// # Errors
    /// [`ConfigError`] if the TLS backend cannot be initialised.
    pub fn default_http_client() -> Result<reqwest::Client, ConfigError> {
        crate::tls::http_client_builder()?
            .redirect(reqwest::redirect::Policy::none())
            .connect_timeout(Duration::from_secs(10))
            .build()
            .map_err(|e| ConfigError::HttpClient(Arc::new(e)))
    }

    /// A new engine with one part changed (and so a budget of its own).
    fn rebuilt(
        self,
        http: Option<reqwest::Client>,
        retry: Option<RetryPolicy>,
        clock: Option<Clock>,
    ) -> Self {
        let engine = Engine::new(
            http.unwrap_or_else(|| self.engine.http().clone()),
            retry.unwrap_or_else(|| self.engine.policy().clone()),
            clock.unwrap_or_else(|| self.engine.clock().clone()),
        );
        TokenEndpoint { engine, ..self }
    }

    /// Uses `http` for the token endpoint. Build it with
    /// `redirect(reqwest::redirect::Policy::none())`: a client that follows redirects would
    /// re-send the secrets in the body before spiro-auth can refuse the response.
    #[must_use]
    pub fn with_http_client(self, http: reqwest::Client) -> Self {
        self.rebuilt(Some(http), None, None)
    }

    /// Uses `retry` for every call, with a fresh retry budget of its size.
    #[must_use]
    pub fn with_retry_policy(self, retry: RetryPolicy) -> Self {
        self.rebuilt(None, Some(retry), None)
    }

    /// Waits between attempts with `sleep` (default: [`TokioSleep`](crate::time::TokioSleep));
    /// tests pass a [`ManualSleep`](crate::time::ManualSleep) to check the backoff without
    /// waiting.
    #[must_use]
    pub fn with_sleep_impl(self, sleep: impl AsyncSleep) -> Self {
        let clock = self.engine.clock().clone().with_sleep(Arc::new(sleep));
        self.rebuilt(None, None, Some(clock))
    }

    /// Reads time (deadlines, when a request was sent, what a `Retry-After` date means) from
    /// `time_source` (default: [`SystemTimeSource`](crate::time::SystemTimeSource)).
    #[must_use]
    pub fn with_time_source(self, time_source: impl TimeSource) -> Self {
        let clock = self
            .engine
            .clock()
            .clone()
            .with_source(Arc::new(time_source));
        self.rebuilt(None, None, Some(clock))
    }

    /// A token endpoint client sending through `engine` (the token manager's, or a
    /// `spiro-api` client's).
    pub(crate) fn on(engine: Engine, credentials: Credentials, endpoints: &Endpoints) -> Self {
        TokenEndpoint {
            engine,
            token_url: endpoints.token_url().clone(),
            credentials,
        }
    }

    /// The retry policy in use.
    pub fn retry_policy(&self) -> &RetryPolicy {
        self.engine.policy()
    }

    /// The client credentials in use.
    pub fn credentials(&self) -> &Credentials {
        &self.credentials
    }

    /// Exchanges an authorization code for tokens (`grant_type=authorization_code`).
    ///
    /// # Errors
    /// [`AuthError::ReauthorizationRequired`] with [`ReauthReason::CodeRejected`] for an invalid,
    /// expired or used code; [`AuthError::InvalidClient`]; [`AuthError::Unavailable`] once
    /// retries are exhausted; [`AuthError::Rejected`] / [`AuthError::InvalidResponse`].
    pub async fn exchange_code(&self, code: &AuthorizationCode) -> Result<TokenSet, AuthError> {
        self.exchange_code_until(code, self.deadline_from_now())
            .await
    }

    /// Trades a refresh token for new tokens (`grant_type=refresh_token`). A response without a
    /// new refresh token keeps `refresh_token`.
    ///
    /// # Errors
    /// [`AuthError::ReauthorizationRequired`] with [`ReauthReason::InvalidGrant`] when the
    /// endpoint answers `invalid_grant` (the caller should re-read its store first: see
    /// [`TokenManager`](crate::TokenManager)); otherwise as for
    /// [`exchange_code`](Self::exchange_code).
    pub async fn refresh(&self, refresh_token: &RefreshToken) -> Result<TokenSet, AuthError> {
        self.refresh_until(refresh_token, self.deadline_from_now())
            .await
    }

    /// Now plus the policy's deadline, on the engine's clock (saturating).
    pub(crate) fn deadline_from_now(&self) -> Duration {
        self.engine.deadline_in(self.engine.policy().deadline())
    }

    /// The engine's clock.
    pub(crate) fn clock(&self) -> &Clock {
        self.engine.clock()
    }

    pub(crate) async fn exchange_code_until(
        &self,
        code: &AuthorizationCode,
        deadline: Duration,
    ) -> Result<TokenSet, AuthError> {
        self.request(Grant::Code(code), deadline).await
    }

    pub(crate) async fn refresh_until(
        &self,
        refresh_token: &RefreshToken,
        deadline: Duration,
    ) -> Result<TokenSet, AuthError> {
        self.request(Grant::Refresh(refresh_token), deadline).await
    }

    fn body(&self, grant: Grant<'_>) -> bytes::Bytes {
        let c = &self.credentials;
        let body = match grant {
            Grant::Code(code) => GrantBody {
                client_id: &c.client_id,
                client_secret: c.client_secret.expose_secret(),
                code: Some(code.expose_secret()),
                redirect_uri: Some(&c.redirect_uri),
                refresh_token: None,
                grant_type: "authorization_code",
            },
            Grant::Refresh(token) => GrantBody {
                client_id: &c.client_id,
                client_secret: c.client_secret.expose_secret(),
                code: None,
                redirect_uri: None,
                refresh_token: Some(token.expose_secret()),
                grant_type: "refresh_token",
            },
        };
        // Sized up front so the buffer holding the secrets is never reallocated (and copied).
        let secrets = match grant {
            Grant::Code(code) => code.expose_secret().len(),
            Grant::Refresh(token) => token.expose_secret().len(),
        };
        let capacity = 2 * (secrets + c.client_secret.expose_secret().len())
            + c.client_id.len()
            + c.redirect_uri.len()
            + 256;
        let mut buf = Zeroizing::new(Vec::with_capacity(capacity));
        serde_json::to_writer(&mut *buf, &body)
            .expect("serializing string fields into a Vec cannot fail");
        zeroizing_bytes(buf)
    }

    async fn request(&self, grant: Grant<'_>, deadline: Duration) -> Result<TokenSet, AuthError> {
        if deadline <= self.engine.clock().monotonic() {
            return Err(AuthError::Unavailable {
                attempts: 0,
                last: TransientError::Deadline,
            });
        }
        let request = self
            .engine
            .http()
            .post(self.token_url.clone())
            .header(CONTENT_TYPE, "application/json")
            .header(ACCEPT, "application/json")
            .body(self.body(grant))
            .build()
            .map_err(|e| AuthError::Config(ConfigError::HttpClient(Arc::new(e))))?;
        let call = Call {
            policy: self.engine.policy(),
            deadline,
            // Replaying a refresh is safe on Spiro until the new access token is used.
            idempotent: true,
            target: TARGET,
            paced: false,
        };
        let mut exchange = TokenExchange {
            grant,
            token_url: &self.token_url,
            clock: self.engine.clock(),
            requested_at: DateTime::<Utc>::UNIX_EPOCH,
        };
        self.engine.run(&call, request, &mut exchange).await.0
    }
}

/// What the token endpoint's answers mean.
struct TokenExchange<'a> {
    grant: Grant<'a>,
    token_url: &'a Url,
    clock: &'a Clock,
    /// When the last request was sent: the start of the new token's life.
    requested_at: DateTime<Utc>,
}

impl Exchange for TokenExchange<'_> {
    type Output = Result<TokenSet, AuthError>;

    fn sending(&mut self, _request: &reqwest::Request, _attempt: &Attempt<'_>) {
        self.requested_at = self.clock.now_utc();
    }

    async fn answer(
        &mut self,
        mut response: reqwest::Response,
        attempt: &Attempt<'_>,
    ) -> Verdict<Self::Output> {
        let status = response.status();
        let attempts = attempt.resend_count + 1;
        if response.url() != self.token_url {
            return Verdict::Done(Err(AuthError::InvalidResponse {
                status: status.as_u16(),
                reason: "the HTTP client followed a redirect away from the token URL",
            }));
        }
        let retry_after = transport::retry_after(response.headers(), self.clock.now());
        let mut body = Zeroizing::new(Vec::with_capacity(4096));
        let body =
            match transport::read_body(&mut response, MAX_BODY, Overflow::Fail, &mut body).await {
                Ok(BodyEnd::Complete) => Some(body),
                Ok(BodyEnd::TooLarge) => None,
                Err(e) => return Verdict::Retry(Err(unavailable(attempts, e))),
            };
        classify(
            status,
            body.as_deref().map(Vec::as_slice),
            retry_after,
            self.grant,
            self.requested_at,
            attempts,
        )
    }

    fn failed(&mut self, error: reqwest::Error, attempt: &Attempt<'_>) -> Self::Output {
        Err(unavailable(attempt.resend_count + 1, error))
    }
}

/// A transport failure as the endpoint reports it.
fn unavailable(attempts: u32, e: reqwest::Error) -> AuthError {
    let last = if e.is_timeout() {
        TransientError::Timeout
    } else {
        TransientError::Network(Arc::new(e))
    };
    AuthError::Unavailable { attempts, last }
}

fn classify(
    status: StatusCode,
    body: Option<&[u8]>,
    retry_after: Option<Duration>,
    grant: Grant<'_>,
    requested_at: DateTime<Utc>,
    attempts: u32,
) -> Verdict<Result<TokenSet, AuthError>> {
    let code = status.as_u16();
    let transient = |last| Verdict::Retry(Err(AuthError::Unavailable { attempts, last }));
    if status.is_success() {
        let previous = match grant {
            Grant::Refresh(token) => Some(token),
            Grant::Code(_) => None,
        };
        let parsed = body
            .ok_or(ResponseProblem::Malformed)
            .and_then(TokenResponse::parse)
            .and_then(|r| r.into_tokens(requested_at, previous));
        return match parsed {
            Ok(parsed) => {
                if let Some(server) = parsed.server_created_at {
                    let skew = (requested_at - server).num_seconds();
                    if skew.abs() > 60 {
                        tracing::warn!(
                            skew_seconds = skew,
                            "the local clock and the token endpoint's differ; expiry is computed from the local clock"
                        );
                    }
                }
                Verdict::Done(Ok(parsed.tokens))
            }
            Err(ResponseProblem::Malformed) => {
                transient(TransientError::MalformedResponse { status: code })
            }
            Err(ResponseProblem::NoRefreshToken) => {
                Verdict::Done(Err(AuthError::InvalidResponse {
                    status: code,
                    reason: "the code exchange returned no refresh_token",
                }))
            }
        };
    }
    if is_retryable_status(status) {
        return transient(TransientError::Status {
            status: code,
            retry_after,
        });
    }
    if status.is_redirection() {
        return Verdict::Done(Err(AuthError::InvalidResponse {
            status: code,
            reason: "the token endpoint redirected; redirects are not followed",
        }));
    }
    if !status.is_client_error() {
        return Verdict::Done(Err(AuthError::InvalidResponse {
            status: code,
            reason: "unexpected status",
        }));
    }
    let error = body
        .and_then(|b| serde_json::from_slice::<OAuthErrorBody>(b).ok())
        .map(|e| sanitize_code(&e.error));
    Verdict::Done(Err(match error.as_deref() {
        Some("invalid_grant") => AuthError::ReauthorizationRequired {
            reason: match grant {
                Grant::Refresh(_) => ReauthReason::InvalidGrant,
                Grant::Code(_) => ReauthReason::CodeRejected,
            },
        },
        Some("invalid_client") => AuthError::InvalidClient,
        _ => AuthError::Rejected {
            status: code,
            error,
        },
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn endpoints_go_through_the_shared_url_check_and_join_paths() {
        // The URL rules themselves are tested once, in `transport` (`check_url`).
        assert!(Endpoints::from_oauth_url("http://engine.spiro.ai").is_err());
        assert!(Endpoints::from_oauth_url("http://127.0.0.1:1").is_ok());
        let e = Endpoints::from_oauth_url("http://[::1]:8080/base/").unwrap_or_default();
        assert_eq!(e.token_url().as_str(), "http://[::1]:8080/base/oauth/token");
        assert_eq!(
            e.authorize_url().as_str(),
            "http://[::1]:8080/base/oauth/authorize"
        );
        assert_eq!(
            Endpoints::spiro().token_url().as_str(),
            "https://engine.spiro.ai/oauth/token"
        );
    }
}
