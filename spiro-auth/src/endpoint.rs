//! The token endpoint over HTTP: where it is ([`Endpoints`]) and how it is called
//! ([`TokenEndpoint`]): JSON bodies exactly as Spiro documents them, error decoding, and retries
//! with exponential backoff and full jitter.

use std::fmt;
use std::sync::Arc;
use std::time::{Duration, Instant, SystemTime};

use chrono::{DateTime, Utc};
use http::StatusCode;
use http::header::{ACCEPT, CONTENT_TYPE};
use secrecy::ExposeSecret;
use serde::{Deserialize, Serialize};
use tracing::Span;
use url::Url;
use zeroize::Zeroizing;

use crate::credentials::Credentials;
use crate::error::{AuthError, ConfigError, ReauthReason, TransientError, sanitize_code};
use crate::policy::RetryPolicy;
use crate::secret::{AuthorizationCode, RefreshToken, zeroizing_bytes};
use crate::time::{AsyncSleep, Clock, TimeSource, TokioSleep};
use crate::token::{ResponseProblem, TokenResponse, TokenSet};
use crate::transport::{self, BodyEnd, Overflow, RetryBudget, check_url, is_retryable_status};

/// Spiro's OAuth host.
pub const SPIRO_OAUTH_URL: &str = "https://engine.spiro.ai";
/// Environment variable overriding [`SPIRO_OAUTH_URL`] (tests point it at a local mock).
pub const ENV_OAUTH_URL: &str = "SPIRO_OAUTH_URL";

/// Largest token-endpoint response body read, success or error (token responses are a few
/// hundred bytes).
const MAX_BODY: usize = 64 * 1024;

/// Timeout of one token endpoint request when [`RetryPolicy::attempt_timeout`] is not set.
const DEFAULT_ATTEMPT_TIMEOUT: Duration = Duration::from_secs(10);

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
/// bodies, retrying transient failures (the statuses of
/// [`RETRYABLE_STATUSES`](crate::transport::RETRYABLE_STATUSES), timeouts, connection errors, garbage
/// bodies) with exponential backoff and full jitter, honouring `Retry-After`, bounded by
/// [`RetryPolicy::max_retries`], [`RetryPolicy::deadline`] and a [`RetryBudget`] shared by the
/// clones of this endpoint (see [`crate::transport`]).
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
    http: reqwest::Client,
    token_url: Url,
    credentials: Credentials,
    retry: RetryPolicy,
    sleep: Arc<dyn AsyncSleep>,
    clock: Clock,
    budget: RetryBudget,
}

impl fmt::Debug for TokenEndpoint {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("TokenEndpoint")
            .field("token_url", &self.token_url.as_str())
            .field("credentials", &self.credentials)
            .field("retry", &self.retry)
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

/// What one request led to.
enum Attempt {
    Done(Result<TokenSet, AuthError>),
    Retry {
        cause: TransientError,
        retry_after: Option<Duration>,
    },
}

impl TokenEndpoint {
    /// A token endpoint client with [`TokenEndpoint::default_http_client`] and the default
    /// [`RetryPolicy`].
    ///
    /// # Errors
    /// [`ConfigError::HttpClient`] if the HTTP client cannot be built.
    pub fn new(credentials: Credentials, endpoints: &Endpoints) -> Result<Self, ConfigError> {
        Ok(TokenEndpoint {
            http: Self::default_http_client()?,
            token_url: endpoints.token_url().clone(),
            credentials,
            retry: RetryPolicy::default(),
            sleep: Arc::new(TokioSleep),
            clock: Clock::System,
            budget: RetryBudget::default(),
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

    /// Uses `http` for the token endpoint. Build it with
    /// `redirect(reqwest::redirect::Policy::none())`: a client that follows redirects would
    /// re-send the secrets in the body before spiro-auth can refuse the response.
    #[must_use]
    pub fn with_http_client(mut self, http: reqwest::Client) -> Self {
        self.http = http;
        self
    }

    /// Uses `retry` for every call, with a fresh [`RetryBudget`] of its size.
    #[must_use]
    pub fn with_retry_policy(mut self, retry: RetryPolicy) -> Self {
        self.budget = RetryBudget::new(&retry);
        self.retry = retry;
        self
    }

    /// Waits between attempts with `sleep` (default: [`TokioSleep`]); tests pass a
    /// [`ManualSleep`](crate::time::ManualSleep) to check the backoff without waiting.
    #[must_use]
    pub fn with_sleep_impl(mut self, sleep: impl AsyncSleep) -> Self {
        self.sleep = Arc::new(sleep);
        self
    }

    /// Reads wall time (when a request was sent, what a `Retry-After` date means) from
    /// `time_source` (default: [`SystemTimeSource`](crate::time::SystemTimeSource)).
    #[must_use]
    pub fn with_time_source(mut self, time_source: impl TimeSource) -> Self {
        self.clock = Clock::Custom(Arc::new(time_source));
        self
    }

    pub(crate) fn with_clock(mut self, clock: Clock) -> Self {
        self.clock = clock;
        self
    }

    /// The retry policy in use.
    pub fn retry_policy(&self) -> &RetryPolicy {
        &self.retry
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

    /// Now plus the policy's deadline, saturating (a huge configured deadline cannot panic).
    pub(crate) fn deadline_from_now(&self) -> Instant {
        let now = Instant::now();
        now.checked_add(self.retry.deadline())
            .or_else(|| now.checked_add(Duration::from_secs(100 * 365 * 86_400)))
            .unwrap_or(now)
    }

    pub(crate) async fn exchange_code_until(
        &self,
        code: &AuthorizationCode,
        deadline: Instant,
    ) -> Result<TokenSet, AuthError> {
        self.request(Grant::Code(code), deadline).await
    }

    pub(crate) async fn refresh_until(
        &self,
        refresh_token: &RefreshToken,
        deadline: Instant,
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

    async fn request(&self, grant: Grant<'_>, deadline: Instant) -> Result<TokenSet, AuthError> {
        let body = self.body(grant);
        let mut attempts = 0u32;
        loop {
            // Saturating: zero once the deadline has passed, whatever the clocks did.
            let remaining = deadline.saturating_duration_since(Instant::now());
            if remaining.is_zero() {
                return Err(AuthError::Unavailable {
                    attempts,
                    last: TransientError::Deadline,
                });
            }
            attempts += 1;
            Span::current().record("attempt", attempts);
            let timeout = self
                .retry
                .attempt_timeout()
                .unwrap_or(DEFAULT_ATTEMPT_TIMEOUT)
                .min(remaining);
            let (cause, retry_after) = match self.attempt(grant, body.clone(), timeout).await {
                Attempt::Done(result) => {
                    if result.is_ok() {
                        self.budget.deposit();
                    }
                    return result;
                }
                Attempt::Retry { cause, retry_after } => (cause, retry_after),
            };
            // The time left is measured again: the attempt itself took some of it. Every
            // operation below is on `Duration`s and saturates, so no `Retry-After` can overflow.
            let remaining = deadline.saturating_duration_since(Instant::now());
            let Some(wait) = self
                .retry
                .sample_next_wait(attempts - 1, retry_after, remaining)
            else {
                tracing::debug!(attempts, %cause, "token endpoint: no retry within the attempts and the deadline");
                return Err(AuthError::Unavailable {
                    attempts,
                    last: cause,
                });
            };
            if !self
                .budget
                .try_withdraw(matches!(cause, TransientError::Timeout))
            {
                tracing::debug!(attempts, %cause, "token endpoint: the retry budget is spent");
                return Err(AuthError::Unavailable {
                    attempts,
                    last: cause,
                });
            }
            tracing::debug!(attempts, %cause, wait_ms = u64::try_from(wait.as_millis()).unwrap_or(u64::MAX), "token endpoint: retrying");
            self.sleep.sleep(wait).await;
        }
    }

    async fn attempt(&self, grant: Grant<'_>, body: bytes::Bytes, timeout: Duration) -> Attempt {
        let requested_at = self.clock.now();
        let sent = self
            .http
            .post(self.token_url.clone())
            .header(CONTENT_TYPE, "application/json")
            .header(ACCEPT, "application/json")
            .timeout(timeout)
            .body(body)
            .send()
            .await;
        let response = match sent {
            Ok(r) => r,
            Err(e) => return transport_failure(e),
        };
        let status = response.status();
        tracing::debug!(status = status.as_u16(), "token endpoint answered");
        if response.url() != &self.token_url {
            return Attempt::Done(Err(AuthError::InvalidResponse {
                status: status.as_u16(),
                reason: "the HTTP client followed a redirect away from the token URL",
            }));
        }
        let retry_after =
            transport::retry_after(response.headers(), SystemTime::from(self.clock.now()));
        let mut response = response;
        let mut body = Zeroizing::new(Vec::with_capacity(4096));
        let body =
            match transport::read_body(&mut response, MAX_BODY, Overflow::Fail, &mut body).await {
                Ok(BodyEnd::Complete) => Some(body),
                Ok(BodyEnd::TooLarge) => None,
                Err(e) => return transport_failure(e),
            };
        classify(
            status,
            body.as_deref().map(Vec::as_slice),
            retry_after,
            grant,
            requested_at,
        )
    }
}

fn transport_failure(e: reqwest::Error) -> Attempt {
    let cause = if e.is_timeout() {
        TransientError::Timeout
    } else {
        TransientError::Network(Arc::new(e))
    };
    Attempt::Retry {
        cause,
        retry_after: None,
    }
}

fn classify(
    status: StatusCode,
    body: Option<&[u8]>,
    retry_after: Option<Duration>,
    grant: Grant<'_>,
    requested_at: DateTime<Utc>,
) -> Attempt {
    let code = status.as_u16();
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
                Attempt::Done(Ok(parsed.tokens))
            }
            Err(ResponseProblem::Malformed) => Attempt::Retry {
                cause: TransientError::MalformedResponse { status: code },
                retry_after,
            },
            Err(ResponseProblem::NoRefreshToken) => {
                Attempt::Done(Err(AuthError::InvalidResponse {
                    status: code,
                    reason: "the code exchange returned no refresh_token",
                }))
            }
        };
    }
    if is_retryable_status(status) {
        return Attempt::Retry {
            cause: TransientError::Status {
                status: code,
                retry_after,
            },
            retry_after,
        };
    }
    if status.is_redirection() {
        return Attempt::Done(Err(AuthError::InvalidResponse {
            status: code,
            reason: "the token endpoint redirected; redirects are not followed",
        }));
    }
    if !status.is_client_error() {
        return Attempt::Done(Err(AuthError::InvalidResponse {
            status: code,
            reason: "unexpected status",
        }));
    }
    let error = body
        .and_then(|b| serde_json::from_slice::<OAuthErrorBody>(b).ok())
        .map(|e| sanitize_code(&e.error));
    Attempt::Done(Err(match error.as_deref() {
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
