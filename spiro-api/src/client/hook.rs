//! A user's hook on every request: a read-only look before it is sent and after its answer
//! arrives, without access to any secret.

use std::fmt;
use std::time::Duration;

use reqwest::header::{AUTHORIZATION, COOKIE, HeaderMap, HeaderName, HeaderValue, SET_COOKIE};
use reqwest::{Method, StatusCode, Url};

/// Called by the client around every request it sends (every attempt: a retry or the replay
/// after a 401 is another request). Set with
/// [`ClientBuilder::hook`](crate::ClientBuilder::hook).
///
/// The views are read-only and hold no secret: the `Authorization` header, cookies and every
/// header marked sensitive are left out; request bodies (which may carry customer data you
/// sent) are not shown. Hooks run inline on the request's task: keep them quick, and hand
/// anything slow to a channel. Token endpoint requests (whose bodies are secrets) are not
/// shown; trace them with the `spiro_auth.refresh` span.
///
/// ```
/// use spiro_api::{Answer, Hook, Outgoing};
///
/// #[derive(Debug)]
/// struct Log;
///
/// impl Hook for Log {
///     fn before_send(&self, request: &Outgoing<'_>) {
///         assert!(request.header("authorization").is_none()); // never shown
///         eprintln!("{} {} {}", request.operation(), request.method(), request.url().path());
///     }
///     fn after_answer(&self, answer: &Answer<'_>) {
///         eprintln!("{:?} after {:?}", answer.status(), answer.elapsed());
///     }
/// }
///
/// # fn main() -> Result<(), spiro_api::BuildError> {
/// let client = spiro_api::Client::builder().hook(Log).build()?;
/// # let _ = client; Ok(()) }
/// ```
pub trait Hook: Send + Sync + fmt::Debug + 'static {
    /// Just before `request` is sent.
    fn before_send(&self, _request: &Outgoing<'_>) {}

    /// When the answer to a request has arrived (its status and headers; the body is read
    /// afterwards), or the request failed without one.
    fn after_answer(&self, _answer: &Answer<'_>) {}
}

/// A request about to be sent, as a [`Hook`] sees it.
#[derive(Clone, Copy)]
pub struct Outgoing<'a> {
    pub(crate) operation: &'static str,
    pub(crate) request: &'a reqwest::Request,
    pub(crate) resend_count: u32,
}

impl<'a> Outgoing<'a> {
    /// The operation id (`get_company`), from the spec.
    pub fn operation(&self) -> &'static str {
        self.operation
    }

    /// The HTTP method.
    pub fn method(&self) -> &'a Method {
        self.request.method()
    }

    /// The URL, query included (the values you gave: no secret).
    pub fn url(&self) -> &'a Url {
        self.request.url()
    }

    /// 0 for the first request of a call, then 1, 2, … for its retries and replays.
    pub fn resend_count(&self) -> u32 {
        self.resend_count
    }

    /// A header, unless it could hold a secret (then `None`).
    pub fn header(&self, name: &str) -> Option<&'a HeaderValue> {
        visible(self.request.headers(), name)
    }

    /// The headers that cannot hold a secret.
    pub fn headers(&self) -> impl Iterator<Item = (&'a HeaderName, &'a HeaderValue)> {
        shown(self.request.headers())
    }
}

impl fmt::Debug for Outgoing<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Outgoing")
            .field("operation", &self.operation)
            .field("method", self.method())
            .field("url", &self.url().as_str())
            .field("resend_count", &self.resend_count)
            .finish_non_exhaustive()
    }
}

/// The answer to a request (or its failure), as a [`Hook`] sees it.
#[derive(Clone, Copy)]
pub struct Answer<'a> {
    pub(crate) operation: &'static str,
    pub(crate) method: &'a Method,
    pub(crate) url: &'a Url,
    pub(crate) resend_count: u32,
    pub(crate) elapsed: Duration,
    pub(crate) response: Result<&'a reqwest::Response, &'a reqwest::Error>,
}

impl<'a> Answer<'a> {
    /// The operation id (`get_company`), from the spec.
    pub fn operation(&self) -> &'static str {
        self.operation
    }

    /// The request's HTTP method.
    pub fn method(&self) -> &'a Method {
        self.method
    }

    /// The request's URL.
    pub fn url(&self) -> &'a Url {
        self.url
    }

    /// 0 for the first request of a call, then 1, 2, … for its retries and replays.
    pub fn resend_count(&self) -> u32 {
        self.resend_count
    }

    /// From sending the request to its answer's headers (or its failure), on the client's
    /// clock.
    pub fn elapsed(&self) -> Duration {
        self.elapsed
    }

    /// The answer's status, `None` when the request failed without an answer.
    pub fn status(&self) -> Option<StatusCode> {
        self.response.ok().map(reqwest::Response::status)
    }

    /// Why the request failed without an answer (a timeout, a refused or lost connection).
    pub fn error(&self) -> Option<&'a reqwest::Error> {
        self.response.err()
    }

    /// A header of the answer, unless it could hold a secret (then `None`).
    pub fn header(&self, name: &str) -> Option<&'a HeaderValue> {
        visible(self.response.ok()?.headers(), name)
    }

    /// The answer's headers that cannot hold a secret (none when there is no answer).
    pub fn headers(&self) -> impl Iterator<Item = (&'a HeaderName, &'a HeaderValue)> {
        self.response
            .ok()
            .map(|r| shown(r.headers()))
            .into_iter()
            .flatten()
    }
}

impl fmt::Debug for Answer<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Answer")
            .field("operation", &self.operation)
            .field("method", self.method)
            .field("url", &self.url.as_str())
            .field("resend_count", &self.resend_count)
            .field("elapsed", &self.elapsed)
            .field("status", &self.status())
            .field("error", &self.error())
            .finish_non_exhaustive()
    }
}

/// Whether a header may be shown: not a credential or a cookie, not marked sensitive.
fn may_show(name: &HeaderName, value: &HeaderValue) -> bool {
    !value.is_sensitive() && ![AUTHORIZATION, COOKIE, SET_COOKIE].contains(name)
}

fn visible<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a HeaderValue> {
    let name = HeaderName::from_bytes(name.as_bytes()).ok()?;
    let value = headers.get(&name)?;
    may_show(&name, value).then_some(value)
}

fn shown(headers: &HeaderMap) -> impl Iterator<Item = (&HeaderName, &HeaderValue)> {
    headers.iter().filter(|(name, value)| may_show(name, value))
}
