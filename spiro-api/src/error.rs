//! The one error type of this crate, and how Spiro's error bodies are decoded into it.

use std::fmt;
use std::time::{Duration, SystemTime};

use bytes::Bytes;
use reqwest::StatusCode;
use reqwest::header::HeaderMap;

use spiro_auth::AuthError;
use spiro_auth::transport::{self, Overflow, escape_control};

use crate::{CustomFieldError, DecodeError, IncludeError, RecordError, types};

/// `Result` with this crate's [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// How much of a body an error message shows.
const SHOWN_BODY: usize = 512;

/// Everything that can go wrong when calling Spiro: every generated call's `send()`
/// returns it.
///
/// Its `Display` (`{e}`) is one line that says what happened and, where the caller can do
/// something about it, ends with what to do (log in again, raise the timeout, check the
/// network); the causes stay in `source()` and no message repeats its cause. `Debug` is as
/// short, so that `main() -> Result<(), Box<dyn Error>>` prints something readable.
///
/// ```no_run
/// # async fn run(client: &spiro_api::Client) -> spiro_api::Result<()> {
/// match client.get_company().id("884211").send().await {
///     Ok(company) => println!("{:?}", company.data.name()),
///     Err(e) if e.is_not_found() => println!("no such company"),
///     Err(e) => return Err(e),
/// }
/// # Ok(()) }
/// ```
#[derive(thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// Spiro answered with an error status.
    #[error(transparent)]
    Api(Box<ApiError>),
    /// Spiro could not be reached, or the connection failed or timed out.
    #[error("{}", transport_message(.0))]
    Transport(#[source] reqwest::Error),
    /// A success response whose body is not the documented JSON (not JSON, not a JSON:API
    /// document, no `data`). Its message names the operation, the JSON path and the type
    /// expected, never the body, which [`DecodeError::body`] keeps (capped). A record that
    /// does not match the spec is [`Error::Record`] instead.
    #[error(transparent)]
    Decode(Box<DecodeError>),
    /// No access token could be had: see [`AuthError`] (e.g.
    /// [`AuthError::ReauthorizationRequired`] when a person has to log in again). Its message
    /// is the [`AuthError`]'s, which ends with what to do.
    #[error(transparent)]
    Auth(AuthError),
    /// A success response's body is larger than the client's limit
    /// ([`BodyLimits::success`](spiro_auth::BodyLimits::success), 32 MiB by
    /// default); it was not read past the limit.
    #[error(
        "Spiro's response body is larger than the limit of {limit} bytes; raise it with `ClientBuilder::body_limits` if such responses are expected"
    )]
    BodyTooLarge {
        /// The limit in bytes.
        limit: usize,
    },
    /// The request could not be built, e.g. a builder was given a value of the wrong kind.
    #[error("invalid request: {0}")]
    InvalidRequest(String),
    /// A custom field is missing, or not of the requested type.
    #[error(transparent)]
    CustomField(#[from] CustomFieldError),
    /// A related record could not be taken from `included`: see [`IncludeError`].
    #[error(transparent)]
    Include(#[from] IncludeError),
    /// One record of a page did not decode as the spec's type; its id and raw JSON are in
    /// the [`RecordError`]. The paging streams yield it in the record's place and go on with
    /// the next record: it is the only error after which they continue.
    #[error(transparent)]
    Record(#[from] RecordError),
}

/// An error response from Spiro, with whatever its body says.
///
/// Its `Debug` shows the status and the message, not the headers and bytes (read them with
/// [`headers`](Self::headers) and [`body`](Self::body)).
#[derive(Clone)]
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

    /// 401 from Spiro: the access token was refused even after the client refreshed it
    /// once. (When no token can be had at all, the error is [`Error::Auth`] instead.)
    pub fn is_unauthorized(&self) -> bool {
        self.status() == Some(StatusCode::UNAUTHORIZED)
    }

    /// 403: the token is valid but lacks permission for this record or operation.
    pub fn is_forbidden(&self) -> bool {
        self.status() == Some(StatusCode::FORBIDDEN)
    }

    /// Whether trying again later may succeed: connection failures, timeouts, and the
    /// statuses the client retries (408,
    /// 429, 500, 502, 503, 504).
    pub fn is_transient(&self) -> bool {
        match self {
            Error::Transport(_) => true,
            Error::Api(api) => transport::is_retryable_status(api.status),
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
        let document = types::ErrorDocument::read(&body);
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

    /// The body as received, truncated to the client's error body limit
    /// ([`BodyLimits::error`](spiro_auth::BodyLimits::error), 64 KiB by default).
    pub fn body(&self) -> &Bytes {
        &self.body
    }

    /// How long Spiro asked us to wait (`Retry-After`, in seconds or as an HTTP date).
    pub fn retry_after(&self) -> Option<Duration> {
        transport::retry_after(&self.headers, SystemTime::now())
    }
}

/// Every server-provided string goes through [`escape_control`]: a title with CR/LF stays on
/// one line.
impl fmt::Display for ApiError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Spiro answered {}", self.status)?;
        if let Some(first) = self.errors().first() {
            let parts = [first.title.as_deref(), first.detail.as_deref()];
            let text: Vec<&str> = parts.into_iter().flatten().collect();
            if !text.is_empty() {
                write!(f, ": {}", escape_control(&text.join(": ")))?;
            }
            if let Some(pointer) = first.source.as_ref().and_then(|s| s.pointer.as_deref()) {
                write!(f, " (at {})", escape_control(pointer))?;
            }
            if self.errors().len() > 1 {
                write!(f, " and {} more errors", self.errors().len() - 1)?;
            }
        } else if let Some(oauth) = &self.oauth {
            write!(f, ": {}", escape_control(&oauth.error))?;
            if let Some(description) = &oauth.error_description {
                write!(f, ": {}", escape_control(description))?;
            }
        } else if !self.body.is_empty() {
            write!(f, ": {}", shown(&self.body))?;
        }
        match what_to_do(self.status) {
            Some(hint) => write!(f, "; {hint}"),
            None => Ok(()),
        }
    }
}

impl std::error::Error for ApiError {}

impl fmt::Debug for ApiError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("ApiError")
            .field(&format_args!("{self}"))
            .finish()
    }
}

/// `Error::Api(ApiError("Spiro answered 404 Not Found: …; check the id"))`: the variant and
/// the message; the causes are in `source()`, the details in the accessors.
impl fmt::Debug for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let variant = match self {
            Error::Api(_) => "Api",
            Error::Transport(_) => "Transport",
            Error::Decode(_) => "Decode",
            Error::Auth(_) => "Auth",
            Error::BodyTooLarge { .. } => "BodyTooLarge",
            Error::InvalidRequest(_) => "InvalidRequest",
            Error::CustomField(_) => "CustomField",
            Error::Include(_) => "Include",
            Error::Record(_) => "Record",
        };
        f.debug_tuple(variant)
            .field(&format_args!("{self}"))
            .finish()
    }
}

/// What the caller can do about an error status, when there is something.
fn what_to_do(status: StatusCode) -> Option<&'static str> {
    Some(match status.as_u16() {
        400 => "the request is malformed: check the values given to the builder",
        401 => {
            "the access token was refused even after a refresh: check the app's access in Spiro, or log in again"
        }
        403 => "the grant lacks permission for this record or operation: ask a Spiro admin",
        404 => "check the id (or the API URL)",
        409 | 412 => "the record changed meanwhile: read it again and retry",
        422 => "fix the fields named by Spiro's errors (`Error::api_errors`)",
        429 => {
            "still rate limited after the client's retries: send less often (`ClientBuilder::rate_limit`) or try again later"
        }
        500..=599 => "Spiro failed; try again later",
        _ => return None,
    })
}

/// A transport failure in words, ending with what to do; reqwest's own error is the source.
fn transport_message(error: &reqwest::Error) -> &'static str {
    if error.is_timeout() {
        "the request to Spiro timed out: raise the timeout (`ClientBuilder::timeout` or `CallOptions::timeout`) or check the network"
    } else if error.is_connect() {
        "could not connect to Spiro: check the network and the API URL (`SPIRO_API_URL`)"
    } else if error.is_body() || error.is_decode() {
        "the connection to Spiro failed while the response was read: check the network and try again"
    } else {
        "could not reach Spiro: check the network and the API URL (`SPIRO_API_URL`)"
    }
}

/// The start of a body, as text on one line with control characters escaped, for messages.
fn shown(body: &[u8]) -> String {
    let end = body.len().min(SHOWN_BODY);
    let text = String::from_utf8_lossy(&body[..end]);
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let text = escape_control(&text).into_owned();
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

/// Reads (at most `limit` bytes of) an error response's body through the capped reader and
/// returns an equivalent response that carries it as a [`CapturedBody`] extension, with the
/// body again when it was read whole (not cut at `limit`, no connection lost).
pub(crate) async fn capture_body(
    mut response: reqwest::Response,
    limit: usize,
) -> (reqwest::Response, Option<Bytes>) {
    let mut body = Vec::new();
    // A connection lost in the middle of an error body still leaves the status to report.
    let end = transport::read_body(&mut response, limit, Overflow::Truncate, &mut body).await;
    let body = Bytes::from(body);
    let whole = matches!(end, Ok(transport::BodyEnd::Complete)).then(|| body.clone());
    (
        rebuild(response, body.clone(), Some(CapturedBody(body))),
        whole,
    )
}

/// An equivalent of `response` whose body is `body` (already read), with `captured` attached.
pub(crate) fn rebuild(
    mut response: reqwest::Response,
    body: Bytes,
    captured: Option<CapturedBody>,
) -> reqwest::Response {
    let mut rebuilt = http::Response::builder()
        .status(response.status())
        .version(response.version());
    if let Some(headers) = rebuilt.headers_mut() {
        *headers = std::mem::take(response.headers_mut());
    }
    let mut rebuilt = reqwest::ResponseBuilderExt::url(rebuilt, response.url().clone());
    if let Some(captured) = captured {
        rebuilt = rebuilt.extension(captured);
    }
    let rebuilt = rebuilt
        .body(body)
        .expect("status, version and headers come from a valid response");
    reqwest::Response::from(rebuilt)
}

/// Reports `error` as the outcome of the current call (see `call.rs`) and returns the
/// response the generated code gets instead, which never reaches the caller: an empty 502
/// (so that it is never decoded as a success).
pub(crate) fn carry(error: Error) -> reqwest::Response {
    crate::client::call::report(error);
    let response = http::Response::builder()
        .status(StatusCode::BAD_GATEWAY)
        .body(String::new())
        .expect("static status");
    reqwest::Response::from(response)
}

impl Error {
    /// What a generated call's failure means (see `call.rs`; progenitor's error type stays
    /// out of the public API).
    pub(crate) fn from_progenitor<E>(error: progenitor_client::Error<E>) -> Self {
        use progenitor_client::Error as E;
        match error {
            E::UnexpectedResponse(response) => from_response(response),
            E::ErrorResponse(value) => Error::Api(Box::new(ApiError::new(
                value.status(),
                value.headers().clone(),
                Bytes::new(),
            ))),
            E::InvalidResponsePayload(body, source) => Error::Decode(Box::new(DecodeError::new(
                truncate(body.clone()),
                &body,
                source,
            ))),
            E::CommunicationError(e) | E::ResponseBodyError(e) | E::InvalidUpgrade(e) => {
                Error::Transport(e)
            }
            E::InvalidRequest(message) | E::Custom(message) => Error::InvalidRequest(message),
        }
    }
}

impl Error {
    /// Names `operation` in a decode failure (called by every generated `send()`).
    pub(crate) fn in_operation(mut self, operation: &'static str) -> Self {
        match &mut self {
            Error::Decode(error) => error.set_operation(operation),
            Error::Record(error) => error.set_operation(operation),
            _ => {}
        }
        self
    }
}

fn from_response(response: reqwest::Response) -> Error {
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

/// A body kept in [`Error::Decode`]: at most the default error body limit.
pub(crate) fn truncate(body: Bytes) -> Bytes {
    let limit = spiro_auth::BodyLimits::default().error();
    if body.len() > limit {
        body.slice(..limit)
    } else {
        body
    }
}

#[cfg(test)]
mod tests {
    //! Property tests of error body decoding: whatever Spiro (or a proxy in front of it)
    //! sends, decoding never panics, and the message is one line without control characters.
    //! Over 100,000 generated bodies per run (4 properties × 25,000 cases).

    use proptest::prelude::*;
    use serde_json::{Value, json};

    use super::*;

    fn config() -> ProptestConfig {
        ProptestConfig {
            cases: 25_000,
            failure_persistence: None,
            ..ProptestConfig::default()
        }
    }

    fn check(status: u16, body: Vec<u8>) -> Result<(), TestCaseError> {
        let status = StatusCode::from_u16(status).unwrap_or(StatusCode::BAD_REQUEST);
        let error = ApiError::new(status, HeaderMap::new(), Bytes::from(body));
        let message = error.to_string();
        prop_assert!(!message.chars().any(char::is_control), "{message:?}");
        prop_assert!(message.starts_with("Spiro answered "));
        let _ = (error.errors(), error.oauth_error(), error.retry_after());
        let wrapped = Error::Api(Box::new(error));
        let _ = (
            wrapped.is_transient(),
            wrapped.is_unauthorized(),
            wrapped.to_string(),
        );
        Ok(())
    }

    /// Any JSON value, a few levels deep, with text that likes control characters.
    fn json_value() -> impl Strategy<Value = Value> {
        let text = prop_oneof![any::<String>(), "[a-z\r\n\t\u{1b}\u{2028} ]{0,12}"];
        let leaf = prop_oneof![
            Just(Value::Null),
            any::<bool>().prop_map(Value::from),
            any::<i64>().prop_map(Value::from),
            any::<f64>().prop_map(|f| json!(f)),
            text.prop_map(Value::from),
        ];
        leaf.prop_recursive(3, 24, 4, |inner| {
            prop_oneof![
                proptest::collection::vec(inner.clone(), 0..4).prop_map(Value::from),
                proptest::collection::btree_map(
                    prop_oneof![
                        Just("errors".to_owned()),
                        Just("title".to_owned()),
                        Just("detail".to_owned()),
                        Just("source".to_owned()),
                        Just("pointer".to_owned()),
                        Just("error".to_owned()),
                        Just("error_description".to_owned()),
                        "[a-z]{1,6}",
                    ],
                    inner,
                    0..4
                )
                .prop_map(|m| Value::Object(m.into_iter().collect())),
            ]
        })
    }

    fn opt_text() -> impl Strategy<Value = Option<String>> {
        proptest::option::of(prop_oneof![
            any::<String>(),
            "[ -~\r\n\u{0}-\u{1f}\u{7f}-\u{9f}]{0,40}"
        ])
    }

    proptest! {
        #![proptest_config(config())]

        #[test]
        fn arbitrary_bytes(status in 100u16..1000, body in proptest::collection::vec(any::<u8>(), 0..128)) {
            check(status, body)?;
        }

        #[test]
        fn arbitrary_json(status in 400u16..600, value in json_value()) {
            check(status, serde_json::to_vec(&value).unwrap_or_default())?;
        }

        #[test]
        fn json_api_error_documents(
            status in 400u16..600,
            errors in proptest::collection::vec((opt_text(), opt_text(), opt_text(), opt_text()), 0..4),
        ) {
            let errors: Vec<Value> = errors
                .into_iter()
                .map(|(title, detail, pointer, code)| json!({
                    "title": title, "detail": detail, "code": code,
                    "source": { "pointer": pointer },
                }))
                .collect();
            check(status, serde_json::to_vec(&json!({ "errors": errors })).unwrap_or_default())?;
        }

        #[test]
        fn oauth_error_bodies(status in 400u16..600, error in any::<String>(), description in opt_text(), cut in any::<usize>()) {
            let mut body = serde_json::to_vec(&json!({ "error": error, "error_description": description })).unwrap_or_default();
            // Also every prefix: a body cut short by the size limit or a dropped connection.
            let whole = body.clone();
            check(status, whole)?;
            body.truncate(cut % (body.len() + 1));
            check(status, body)?;
        }
    }
}
