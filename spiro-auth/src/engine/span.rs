//! The attempt span: one per HTTP request sent, with OpenTelemetry's names for HTTP client
//! spans (semantic conventions, stable): `http.request.method`, `server.address`,
//! `server.port`, `url.full`, `url.template`, `http.request.resend_count` (every attempt after
//! the first, retry or replay alike), `http.response.status_code`, `error.type`.
//!
//! The span's name in `tracing` is `spiro.attempt`; `otel.name` carries the name
//! OpenTelemetry wants, `{METHOD} {url.template}` (`GET /companies/{id}`), which
//! `tracing-opentelemetry` uses as the exported span's name. `url.full` carries no query value
//! (filters hold customer names) and never a credential.

use std::fmt;

use reqwest::StatusCode;
use tracing::Span;
use url::Url;

/// What a request's attempt spans are named after.
#[derive(Clone, Copy, Debug)]
pub struct Target {
    /// `{METHOD} {url.template}`, e.g. `GET /companies/{id}` (the span's `otel.name`).
    pub name: &'static str,
    /// The path template from the spec (`/companies/{id}`), when the request has one.
    pub template: Option<&'static str>,
}

/// A new attempt span, a child of the current span.
pub(super) fn attempt(request: &reqwest::Request, target: &Target, resend_count: u32) -> Span {
    let url = request.url();
    tracing::info_span!(
        "spiro.attempt",
        otel.name = target.name,
        otel.kind = "client",
        http.request.method = request.method().as_str(),
        server.address = url.host_str().map(|h| h.trim_start_matches('[').trim_end_matches(']')),
        server.port = url.port_or_known_default(),
        url.full = %redacted_url(url),
        url.template = target.template,
        http.request.resend_count = (resend_count > 0).then_some(resend_count),
        http.response.status_code = tracing::field::Empty,
        error.type = tracing::field::Empty,
        otel.status_code = tracing::field::Empty,
    )
}

/// Records the answer's status; a 4xx or 5xx is an error of a client span.
pub(super) fn answered(span: &Span, status: StatusCode) {
    if span.is_disabled() {
        return;
    }
    span.record("http.response.status_code", status.as_u16());
    if status.as_u16() >= 400 {
        span.record("error.type", status.as_str());
        span.record("otel.status_code", "ERROR");
    }
}

/// Records a failure without an answer.
pub(super) fn failed(span: &Span, error_type: &'static str) {
    span.record("error.type", error_type);
    span.record("otel.status_code", "ERROR");
}

/// `url` as spans show it: every query value replaced by `REDACTED` (the names stay), no user
/// name or password, no fragment.
///
/// ```
/// let url = url::Url::parse("https://u:p@api.spiro.ai/api/v1/companies?filter%5Bname_cont%5D=Watkins&page%5Bsize%5D=5&flag#x").unwrap();
/// assert_eq!(
///     spiro_auth::engine::redacted_url(&url).to_string(),
///     "https://api.spiro.ai/api/v1/companies?filter%5Bname_cont%5D=REDACTED&page%5Bsize%5D=REDACTED&flag"
/// );
/// ```
pub fn redacted_url(url: &Url) -> impl fmt::Display + '_ {
    RedactedUrl(url)
}

struct RedactedUrl<'a>(&'a Url);

impl fmt::Display for RedactedUrl<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let url = self.0;
        write!(f, "{}://", url.scheme())?;
        if let Some(host) = url.host_str() {
            f.write_str(host)?;
        }
        if let Some(port) = url.port() {
            write!(f, ":{port}")?;
        }
        f.write_str(url.path())?;
        if let Some(query) = url.query() {
            f.write_str("?")?;
            for (i, pair) in query.split('&').enumerate() {
                if i > 0 {
                    f.write_str("&")?;
                }
                match pair.split_once('=') {
                    Some((name, _)) => write!(f, "{name}=REDACTED")?,
                    None => f.write_str(pair)?,
                }
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn query_values_and_credentials_never_show() {
        let shown = |raw: &str| {
            redacted_url(&Url::parse(raw).unwrap_or_else(|e| panic!("{e}"))).to_string()
        };
        assert_eq!(
            shown("http://127.0.0.1:8080/a/b"),
            "http://127.0.0.1:8080/a/b"
        );
        assert_eq!(
            shown("https://x.test/c?a=1&b=&c=%20secret&=v&&d"),
            "https://x.test/c?a=REDACTED&b=REDACTED&c=REDACTED&=REDACTED&&d"
        );
        assert_eq!(shown("https://user:pw@x.test/p#frag"), "https://x.test/p");
        assert_eq!(
            shown("http://[::1]:9/p?q=a=b"),
            "http://[::1]:9/p?q=REDACTED"
        );
    }
}
