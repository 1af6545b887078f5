//! The one error type of this crate, and how Spiro's error bodies are decoded into it.

use std::fmt;
use std::time::Duration;

use bytes::Bytes;
use reqwest::StatusCode;
use reqwest::header::HeaderMap;

use spiro_auth::AuthError;

use crate::{CustomFieldError, IncludeError, types};

/// `Result` with this crate's [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// How much of an error body is kept (the rest is dropped, never buffered).
pub(crate) const ERROR_BODY_LIMIT: usize = 64 * 1024;
/// How much of a body an error message shows.
const SHOWN_BODY: usize = 512;

/// Everything that can go wrong when calling Spiro.
///
/// Convert the errors of generated calls with `?` (or `Error::from`):
///
/// ```no_run
/// # async fn run(client: &spiro_api::Client) -> spiro_api::Result<()> {
/// match client.get_company().id("884211").send().await.map_err(spiro_api::Error::from) {
///     Ok(company) => println!("{:?}", company.data.attributes),
///     Err(e) if e.is_not_found() => println!("no such company"),
///     Err(e) => return Err(e),
/// }
/// # Ok(()) }
/// ```
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// Spiro answered with an error status.
    #[error(transparent)]
    Api(Box<ApiError>),
    /// Spiro could not be reached, or the connection failed or timed out.
    #[error("could not reach Spiro")]
    Transport(#[source] reqwest::Error),
    /// A success response whose body is not the documented JSON.
    #[error("Spiro's response could not be decoded (body: {})", shown(.body))]
    Decode {
        /// The body as received (truncated).
        body: Bytes,
        /// What serde reported.
        #[source]
        source: serde_json::Error,
    },
    /// No access token could be had: see [`AuthError`] (e.g.
    /// [`AuthError::ReauthorizationRequired`] when a person has to log in again).
    #[error("authentication failed")]
    Auth(#[source] AuthError),
    /// The request could not be built, e.g. a builder was given a value of the wrong kind.
    #[error("invalid request: {0}")]
    InvalidRequest(String),
    /// A custom field is missing, or not of the requested type.
    #[error(transparent)]
    CustomField(#[from] CustomFieldError),
    /// A related record in `included` is not of the requested type.
    #[error(transparent)]
    Include(#[from] IncludeError),
}

/// An error response from Spiro, with whatever its body says.
#[derive(Clone, Debug)]
pub struct ApiError {
    status: StatusCode,
    headers: HeaderMap,
    body: Bytes,
    document: Option<types::ErrorDocument>,
    oauth: Option<types::OAuthError>,
}

impl Error {
    /// The HTTP status, when Spiro answered.
    pub fn status(&self) -> Option<StatusCode> {
        match self {
            Error::Api(api) => Some(api.status),
            Error::Transport(e) => e.status(),
            _ => None,
        }
    }

    /// The API error, when Spiro answered with an error status.
    pub fn api(&self) -> Option<&ApiError> {
        match self {
            Error::Api(api) => Some(api),
            _ => None,
        }
    }

    /// 404: no such record (or path).
    pub fn is_not_found(&self) -> bool {
        self.status() == Some(StatusCode::NOT_FOUND)
    }

    /// 429: rate limited (even after the client's retries).
    pub fn is_rate_limited(&self) -> bool {
        self.status() == Some(StatusCode::TOO_MANY_REQUESTS)
    }

    /// 422: Spiro refused the document; see [`ApiError::errors`] for the fields.
    pub fn is_validation_failed(&self) -> bool {
        self.status() == Some(StatusCode::UNPROCESSABLE_ENTITY)
    }

    /// A person has to authorize the app again (the grant was revoked, or no tokens are
    /// stored): run the login flow.
    pub fn is_reauthorization_required(&self) -> bool {
        matches!(self, Error::Auth(e) if e.is_reauthorization_required())
    }

    /// The authentication error, if that is what this is.
    pub fn auth(&self) -> Option<&AuthError> {
        match self {
            Error::Auth(e) => Some(e),
            _ => None,
        }
    }

    /// 401 or 403: the access token was refused, or lacks permission.
    pub fn is_unauthorized(&self) -> bool {
        matches!(
            self.status(),
            Some(StatusCode::UNAUTHORIZED | StatusCode::FORBIDDEN)
        )
    }

    /// Whether trying again later may succeed: connection failures, timeouts, 408, 429 and
    /// 5xx.
    pub fn is_transient(&self) -> bool {
        match self {
            Error::Transport(_) => true,
            Error::Api(api) => crate::retry::is_retryable_status(api.status),
            Error::Auth(e) => e.is_transient(),
            _ => false,
        }
    }

    /// The JSON:API errors Spiro sent (empty when the body had none).
    pub fn api_errors(&self) -> &[types::ErrorObject] {
        self.api().map(ApiError::errors).unwrap_or_default()
    }
}

impl ApiError {
    /// Decodes an error response: JSON:API `errors[]` first, then an OAuth error body;
    /// anything else (HTML pages, empty bodies, malformed JSON) is kept as raw bytes.
    pub(crate) fn new(status: StatusCode, headers: HeaderMap, body: Bytes) -> Self {
        let document = serde_json::from_slice::<types::ErrorDocument>(&body).ok();
        let oauth = match document {
            Some(_) => None,
            None => serde_json::from_slice::<types::OAuthError>(&body).ok(),
        };
        Self {
            status,
            headers,
            body,
            document,
            oauth,
        }
    }

    /// The HTTP status.
    pub fn status(&self) -> StatusCode {
        self.status
    }

    /// The response headers.
    pub fn headers(&self) -> &HeaderMap {
        &self.headers
    }

    /// The JSON:API errors (title, detail, `source.pointer`), if the body was a JSON:API
    /// error document.
    pub fn errors(&self) -> &[types::ErrorObject] {
        self.document
            .as_ref()
            .map(|d| d.errors.as_slice())
            .unwrap_or_default()
    }

    /// The OAuth error (`error`, `error_description`), if the body was one; Spiro answers
    /// an expired or revoked access token this way.
    pub fn oauth_error(&self) -> Option<&types::OAuthError> {
        self.oauth.as_ref()
    }

    /// The body as received, truncated to 64 KiB.
    pub fn body(&self) -> &Bytes {
        &self.body
    }

    /// How long Spiro asked us to wait (`Retry-After` in seconds).
    pub fn retry_after(&self) -> Option<Duration> {
        crate::retry::retry_after(&self.headers)
    }
}

impl fmt::Display for ApiError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Spiro answered {}", self.status)?;
        if let Some(first) = self.errors().first() {
            let parts = [first.title.as_deref(), first.detail.as_deref()];
            let text: Vec<&str> = parts.into_iter().flatten().collect();
            if !text.is_empty() {
                write!(f, ": {}", text.join(": "))?;
            }
            if let Some(pointer) = first.source.as_ref().and_then(|s| s.pointer.as_deref()) {
                write!(f, " (at {pointer})")?;
            }
            if self.errors().len() > 1 {
                write!(f, " and {} more errors", self.errors().len() - 1)?;
            }
        } else if let Some(oauth) = &self.oauth {
            write!(f, ": {}", oauth.error)?;
            if let Some(description) = &oauth.error_description {
                write!(f, ": {description}")?;
            }
        } else if !self.body.is_empty() {
            write!(f, ": {}", shown(&self.body))?;
        }
        Ok(())
    }
}

impl std::error::Error for ApiError {}

/// The start of a body, as text, for messages.
fn shown(body: &[u8]) -> String {
    let end = body.len().min(SHOWN_BODY);
    let text = String::from_utf8_lossy(&body[..end]);
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if body.len() > SHOWN_BODY {
        format!("{text}…")
    } else {
        text
    }
}

/// The body of an error response, read by the request hooks so that the conversion into
/// [`Error`] (which cannot wait for a body) has it at hand.
#[derive(Clone, Debug)]
pub(crate) struct CapturedBody(pub(crate) Bytes);

/// Reads (at most [`ERROR_BODY_LIMIT`] of) an error response's body and returns an
/// equivalent response that carries it as a [`CapturedBody`] extension.
pub(crate) async fn capture_body(mut response: reqwest::Response) -> reqwest::Response {
    let mut body = Vec::new();
    while body.len() < ERROR_BODY_LIMIT {
        match response.chunk().await {
            Ok(Some(chunk)) => {
                body.extend_from_slice(&chunk[..chunk.len().min(ERROR_BODY_LIMIT - body.len())])
            }
            Ok(None) | Err(_) => break,
        }
    }
    let body = Bytes::from(body);
    let mut rebuilt = http::Response::builder()
        .status(response.status())
        .version(response.version());
    if let Some(headers) = rebuilt.headers_mut() {
        *headers = std::mem::take(response.headers_mut());
    }
    let rebuilt = reqwest::ResponseBuilderExt::url(rebuilt, response.url().clone())
        .extension(CapturedBody(body.clone()))
        .body(body)
        .expect("status, version and headers come from a valid response");
    reqwest::Response::from(rebuilt)
}

/// An authentication failure on its way through progenitor's generated code, which only
/// passes responses and strings: the hooks attach it to a synthetic 401 response, and
/// [`Error::from`] takes it back out, typed.
#[derive(Clone, Debug)]
pub(crate) struct AuthFailure(AuthError);

impl AuthFailure {
    /// A 401 response (never sent by Spiro) that carries `error`. Its body is an OAuth
    /// error document for callers who look at the raw response.
    pub(crate) fn response(error: AuthError) -> reqwest::Response {
        let body =
            serde_json::json!({ "error": error.kind(), "error_description": error.to_string() });
        let response = http::Response::builder()
            .status(StatusCode::UNAUTHORIZED)
            .header(reqwest::header::CONTENT_TYPE, "application/json")
            .extension(AuthFailure(error))
            .body(body.to_string())
            .expect("static status and header");
        reqwest::Response::from(response)
    }
}

impl<E> From<progenitor_client::Error<E>> for Error {
    fn from(error: progenitor_client::Error<E>) -> Self {
        use progenitor_client::Error as E;
        match error {
            E::UnexpectedResponse(response) => from_response(response),
            E::ErrorResponse(value) => Error::Api(Box::new(ApiError::new(
                value.status(),
                value.headers().clone(),
                Bytes::new(),
            ))),
            E::InvalidResponsePayload(body, source) => Error::Decode {
                body: truncate(body),
                source,
            },
            E::CommunicationError(e) | E::ResponseBodyError(e) | E::InvalidUpgrade(e) => {
                Error::Transport(e)
            }
            E::InvalidRequest(message) | E::Custom(message) => Error::InvalidRequest(message),
        }
    }
}

fn from_response(response: reqwest::Response) -> Error {
    if let Some(AuthFailure(error)) = response.extensions().get::<AuthFailure>() {
        return Error::Auth(error.clone());
    }
    let body = response
        .extensions()
        .get::<CapturedBody>()
        .map(|b| b.0.clone())
        .unwrap_or_default();
    Error::Api(Box::new(ApiError::new(
        response.status(),
        response.headers().clone(),
        body,
    )))
}

fn truncate(body: Bytes) -> Bytes {
    if body.len() > ERROR_BODY_LIMIT {
        body.slice(..ERROR_BODY_LIMIT)
    } else {
        body
    }
}
