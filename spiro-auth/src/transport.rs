//! The HTTP rules that the request engine ([`crate::engine`]) applies to every request, the
//! token endpoint's and `spiro-api`'s alike, written once: which statuses are worth a retry
//! ([`is_retryable_status`]), how long the server asked us to wait ([`parse_retry_after`]),
//! how much of a body is read ([`BodyLimits`](crate::BodyLimits), [`read_body`]), which URLs
//! may carry tokens ([`check_url`]), whether a 401 is worth a token refresh
//! ([`parse_www_authenticate`], [`refresh_may_help`]) and how server text is shown in error
//! messages ([`escape_control`]).
//!
//! Not user API: public (and hidden from the docs) for `spiro-api` and the property tests.
//!
//! The invariants this module protects:
//! - **No arithmetic on network input can panic.** A `Retry-After` of any size (even
//!   `18446744073709551615` seconds) is a [`Duration`]; every comparison with the time left is
//!   done with saturating [`Duration`] operations, never `Instant + Duration`. A wait that ends
//!   past the deadline stops the retries at once.
//! - **No body costs unbounded memory.** Bodies are read through [`read_body`], which checks
//!   `Content-Length` up front and stops reading one chunk past the limit.
//! - **Bearer tokens only travel over TLS**, or in plain text to loopback for local tests.

use std::borrow::Cow;
use std::net::IpAddr;
use std::time::{Duration, SystemTime};

use http::StatusCode;
use http::header::{HeaderMap, RETRY_AFTER};
use url::{Host, Url};

use crate::error::ConfigError;

/// The statuses that say "try again later", for the token endpoint and the API alike:
/// 408 Request Timeout, 429 Too Many Requests, 500 Internal Server Error, 502 Bad Gateway,
/// 503 Service Unavailable and 504 Gateway Timeout.
///
/// Other 5xx are not retried: 501 Not Implemented and 505 HTTP Version Not Supported will
/// answer the same again, and the rest are not sent by Spiro or its proxies.
pub const RETRYABLE_STATUSES: [u16; 6] = [408, 429, 500, 502, 503, 504];

/// Whether `status` is in [`RETRYABLE_STATUSES`].
///
/// ```
/// use http::StatusCode;
/// use spiro_auth::transport::is_retryable_status;
/// assert!(is_retryable_status(StatusCode::SERVICE_UNAVAILABLE));
/// assert!(!is_retryable_status(StatusCode::NOT_IMPLEMENTED));
/// ```
pub fn is_retryable_status(status: StatusCode) -> bool {
    RETRYABLE_STATUSES.contains(&status.as_u16())
}

/// A `Retry-After` value that is neither delay-seconds nor an HTTP date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("Retry-After is neither a number of seconds nor an HTTP date")]
pub struct InvalidRetryAfter;

/// Parses a `Retry-After` value (RFC 9110 §10.2.3): delay-seconds, or an HTTP date that is
/// turned into the time left after `now` (zero for a date in the past).
///
/// Never panics and never overflows: a number of seconds too large for a `u64` saturates to
/// [`Duration::MAX`], which is past any deadline and so stops the retries.
///
/// ```
/// use std::time::{Duration, SystemTime};
/// use spiro_auth::transport::parse_retry_after;
/// let now = SystemTime::UNIX_EPOCH + Duration::from_secs(1_767_225_600); // 2026-01-01
/// assert_eq!(parse_retry_after("7", now), Ok(Duration::from_secs(7)));
/// assert_eq!(parse_retry_after("Thu, 01 Jan 2026 00:00:30 GMT", now), Ok(Duration::from_secs(30)));
/// assert_eq!(parse_retry_after("99999999999999999999999", now), Ok(Duration::MAX));
/// assert!(parse_retry_after("soon", now).is_err());
/// ```
///
/// # Errors
/// [`InvalidRetryAfter`] for anything else.
pub fn parse_retry_after(value: &str, now: SystemTime) -> Result<Duration, InvalidRetryAfter> {
    let value = value.trim();
    if !value.is_empty() && value.bytes().all(|b| b.is_ascii_digit()) {
        return Ok(value
            .parse::<u64>()
            .map_or(Duration::MAX, Duration::from_secs));
    }
    let at = httpdate::parse_http_date(value).map_err(|_| InvalidRetryAfter)?;
    Ok(at.duration_since(now).unwrap_or(Duration::ZERO))
}

/// The `Retry-After` of `headers`, if it has a valid one (see [`parse_retry_after`]).
pub fn retry_after(headers: &HeaderMap, now: SystemTime) -> Option<Duration> {
    let value = headers.get(RETRY_AFTER)?.to_str().ok()?;
    parse_retry_after(value, now).ok()
}

/// What [`read_body`] does with a body longer than its limit.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Overflow {
    /// Stop at once (without reading anything when `Content-Length` already says so): the
    /// body is useless (a success body that would be cut).
    Fail,
    /// Keep the first `limit` bytes (an error body, shown in messages).
    Truncate,
}

/// How a body read by [`read_body`] ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BodyEnd {
    /// The whole body is in the buffer.
    Complete,
    /// The body is longer than the limit; the buffer holds at most `limit` bytes of it (none
    /// with [`Overflow::Fail`] and a `Content-Length` past the limit) and the rest was not
    /// read.
    TooLarge,
}

/// Reads `response`'s body into `buf`, never more than `limit` bytes of it (plus the one chunk
/// that shows the body goes past it, which is dropped).
///
/// `buf` is the caller's so that it can be a zeroize-on-drop buffer for secrets; it is
/// reserved up front from `Content-Length` (capped at `limit`) so that it is not reallocated
/// while the body arrives.
///
/// # Errors
/// The transport error when the connection fails while the body is read.
pub async fn read_body(
    response: &mut reqwest::Response,
    limit: usize,
    overflow: Overflow,
    buf: &mut Vec<u8>,
) -> Result<BodyEnd, reqwest::Error> {
    let declared = response
        .content_length()
        .map(|n| usize::try_from(n).unwrap_or(usize::MAX));
    if let Some(declared) = declared {
        if declared > limit && overflow == Overflow::Fail {
            return Ok(BodyEnd::TooLarge);
        }
        buf.reserve(declared.min(limit).saturating_sub(buf.len()));
    }
    while let Some(chunk) = response.chunk().await? {
        let room = limit.saturating_sub(buf.len());
        if chunk.len() > room {
            if overflow == Overflow::Truncate {
                buf.extend_from_slice(&chunk[..room]);
            }
            return Ok(BodyEnd::TooLarge);
        }
        buf.extend_from_slice(&chunk);
    }
    Ok(BodyEnd::Complete)
}

/// Checks a URL that tokens or client secrets are sent to: it must parse, be able to take a
/// path, carry no user name or password, and use `https` — plain `http` only to loopback
/// hosts (`localhost`, `127.0.0.0/8`, `[::1]`), for local tests. `what` names the URL in the
/// error ("the token URL", "the API base URL").
///
/// ```
/// use spiro_auth::transport::check_url;
/// assert!(check_url("https://api.spiro.ai/api/v1", "the API base URL").is_ok());
/// assert!(check_url("http://127.0.0.1:8080/api/v1", "the API base URL").is_ok());
/// assert!(check_url("http://somehost/api/v1", "the API base URL").is_err());
/// assert!(check_url("https://user:pw@api.spiro.ai", "the API base URL").is_err());
/// ```
///
/// # Errors
/// [`ConfigError::InvalidUrl`], [`ConfigError::UnsupportedUrl`] (credentials, or no path
/// possible) or [`ConfigError::InsecureUrl`].
pub fn check_url(raw: &str, what: &'static str) -> Result<Url, ConfigError> {
    let url = Url::parse(raw.trim()).map_err(|source| ConfigError::InvalidUrl { what, source })?;
    if !url.username().is_empty() || url.password().is_some() || url.cannot_be_a_base() {
        return Err(ConfigError::UnsupportedUrl { what });
    }
    match url.scheme() {
        "https" => Ok(url),
        "http" if is_loopback(&url) => Ok(url),
        _ => Err(ConfigError::InsecureUrl { what }),
    }
}

fn is_loopback(url: &Url) -> bool {
    match url.host() {
        Some(Host::Domain(d)) => d.eq_ignore_ascii_case("localhost"),
        Some(Host::Ipv4(ip)) => IpAddr::V4(ip).is_loopback(),
        Some(Host::Ipv6(ip)) => IpAddr::V6(ip).is_loopback(),
        None => false,
    }
}

/// `text` from a server, safe to put in an error message or a log line: control characters
/// (CR, LF, ESC, …), Unicode line and paragraph separators and bidirectional overrides are
/// replaced by visible escapes (`\r`, `\n`, `\u{1b}`), so one message stays one line and
/// cannot forge another.
///
/// ```
/// use spiro_auth::transport::escape_control;
/// assert_eq!(escape_control("bad\r\nINFO forged"), r"bad\r\nINFO forged");
/// assert_eq!(escape_control("plain: café"), "plain: café");
/// ```
pub fn escape_control(text: &str) -> Cow<'_, str> {
    fn unsafe_char(c: char) -> bool {
        c.is_control()
            || matches!(c, '\u{2028}' | '\u{2029}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
    }
    if !text.chars().any(unsafe_char) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if unsafe_char(c) {
            out.extend(c.escape_default());
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// One challenge of a `WWW-Authenticate` header (RFC 9110 §11.6.1), e.g.
/// `Bearer realm="Spiro", error="invalid_token"`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Challenge {
    scheme: String,
    token68: Option<String>,
    params: Vec<(String, String)>,
}

impl Challenge {
    /// The auth scheme, as sent (compare it case-insensitively).
    pub fn scheme(&self) -> &str {
        &self.scheme
    }

    /// The value of parameter `name` (names are case-insensitive), unquoted.
    pub fn param(&self, name: &str) -> Option<&str> {
        self.params
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    /// The `token68` form (`Basic dXNlcg==`), when the challenge uses it.
    pub fn token68(&self) -> Option<&str> {
        self.token68.as_deref()
    }
}

/// A `WWW-Authenticate` value that does not follow RFC 9110's grammar.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("malformed WWW-Authenticate header: {reason}")]
pub struct InvalidChallenge {
    /// What is wrong.
    pub reason: &'static str,
}

fn is_tchar(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&b)
}

/// Parses a `WWW-Authenticate` value into its challenges.
///
/// ```
/// use spiro_auth::transport::parse_www_authenticate;
/// let c = parse_www_authenticate(r#"Bearer realm="Spiro", error="invalid_token", Basic abc=="#)?;
/// assert_eq!((c[0].scheme(), c[0].param("ERROR")), ("Bearer", Some("invalid_token")));
/// assert_eq!((c[1].scheme(), c[1].token68()), ("Basic", Some("abc==")));
/// # Ok::<(), spiro_auth::transport::InvalidChallenge>(())
/// ```
///
/// # Errors
/// [`InvalidChallenge`] when the value is empty or does not follow the grammar (unterminated
/// quoted string, parameter without a value, …).
pub fn parse_www_authenticate(value: &str) -> Result<Vec<Challenge>, InvalidChallenge> {
    let bad = |reason| InvalidChallenge { reason };
    let b = value.as_bytes();
    let mut i = 0;
    let skip_ws = |i: &mut usize| {
        while *i < b.len() && matches!(b[*i], b' ' | b'\t') {
            *i += 1;
        }
    };
    let token = |i: &mut usize| {
        let start = *i;
        while *i < b.len() && is_tchar(b[*i]) {
            *i += 1;
        }
        &value[start..*i]
    };
    let mut challenges: Vec<Challenge> = Vec::new();
    loop {
        // Empty list elements are allowed: `, ,Bearer`.
        while i < b.len() && matches!(b[i], b' ' | b'\t' | b',') {
            i += 1;
        }
        if i >= b.len() {
            break;
        }
        let scheme = token(&mut i);
        if scheme.is_empty() {
            return Err(bad("expected an auth scheme"));
        }
        let mut challenge = Challenge {
            scheme: scheme.to_owned(),
            token68: None,
            params: Vec::new(),
        };
        skip_ws(&mut i);
        // token68: a token (plus `/` and `=` padding) followed by the end or a comma.
        let start = i;
        while i < b.len() && (is_tchar(b[i]) || b[i] == b'/') {
            i += 1;
        }
        let word_end = i;
        while i < b.len() && b[i] == b'=' {
            i += 1;
        }
        let mut after = i;
        skip_ws(&mut after);
        if word_end > start && (after >= b.len() || b[after] == b',') {
            challenge.token68 = Some(value[start..i].to_owned());
            i = after;
            challenges.push(challenge);
            continue;
        }
        // auth-params: name BWS "=" BWS ( token / quoted-string ), separated by commas.
        i = start;
        loop {
            let name_start = i;
            let name = token(&mut i);
            let mut eq = i;
            skip_ws(&mut eq);
            if name.is_empty() || eq >= b.len() || b[eq] != b'=' {
                // Not a parameter: the start of the next challenge (or nothing).
                i = name_start;
                break;
            }
            i = eq + 1;
            skip_ws(&mut i);
            let param_value = if i < b.len() && b[i] == b'"' {
                i += 1;
                let mut text = String::new();
                loop {
                    let Some(c) = value[i..].chars().next() else {
                        return Err(bad("unterminated quoted string"));
                    };
                    i += c.len_utf8();
                    match c {
                        '"' => break,
                        '\\' => {
                            let Some(escaped) = value[i..].chars().next() else {
                                return Err(bad("unterminated quoted string"));
                            };
                            i += escaped.len_utf8();
                            text.push(escaped);
                        }
                        c => text.push(c),
                    }
                }
                text
            } else {
                let v = token(&mut i);
                if v.is_empty() {
                    return Err(bad("parameter without a value"));
                }
                v.to_owned()
            };
            challenge.params.push((name.to_owned(), param_value));
            skip_ws(&mut i);
            if i >= b.len() {
                break;
            }
            if b[i] != b',' {
                return Err(bad("expected a comma between parameters"));
            }
            while i < b.len() && matches!(b[i], b' ' | b'\t' | b',') {
                i += 1;
            }
        }
        challenges.push(challenge);
    }
    if challenges.is_empty() {
        return Err(bad("no challenge"));
    }
    Ok(challenges)
}

/// Whether a 401 with these `WWW-Authenticate` headers says the access token itself was
/// refused, so that a refresh may help (RFC 6750 §3.1): true when a Bearer challenge says
/// `error="invalid_token"` or gives no error code, and when there is no usable header; false
/// when the Bearer challenge names another error (`invalid_request`, `insufficient_scope`):
/// a new token would be refused the same way.
pub fn refresh_may_help(headers: &HeaderMap) -> bool {
    headers
        .get_all(http::header::WWW_AUTHENTICATE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .filter_map(|v| parse_www_authenticate(v).ok())
        .flatten()
        .find(|c| c.scheme().eq_ignore_ascii_case("bearer"))
        .and_then(|c| c.param("error").map(|e| e == "invalid_token"))
        .unwrap_or(true)
}

#[cfg(test)]
mod tests {
    use super::*;

    const NOW: Duration = Duration::from_secs(1_767_225_600); // 2026-01-01T00:00:00Z

    fn now() -> SystemTime {
        SystemTime::UNIX_EPOCH + NOW
    }

    #[test]
    fn retry_after_forms() {
        assert_eq!(parse_retry_after(" 7 ", now()), Ok(Duration::from_secs(7)));
        assert_eq!(
            parse_retry_after("18446744073709551615", now()),
            Ok(Duration::from_secs(u64::MAX))
        );
        assert_eq!(
            parse_retry_after("184467440737095516150", now()),
            Ok(Duration::MAX)
        );
        assert_eq!(
            parse_retry_after("Thu, 01 Jan 2026 00:00:30 GMT", now()),
            Ok(Duration::from_secs(30))
        );
        assert_eq!(
            parse_retry_after("Wed, 31 Dec 2025 00:00:00 GMT", now()),
            Ok(Duration::ZERO)
        );
        for bad in [
            "",
            "soon",
            "-1",
            "1.5",
            "+3",
            "Thu, 01 Jan 2026 25:00:00 GMT",
        ] {
            assert_eq!(
                parse_retry_after(bad, now()),
                Err(InvalidRetryAfter),
                "{bad}"
            );
        }
        let mut headers = HeaderMap::new();
        assert_eq!(retry_after(&headers, now()), None);
        headers.insert(RETRY_AFTER, http::HeaderValue::from_static("3"));
        assert_eq!(retry_after(&headers, now()), Some(Duration::from_secs(3)));
    }

    #[test]
    fn retryable_status_table() {
        for code in RETRYABLE_STATUSES {
            assert!(is_retryable_status(
                StatusCode::from_u16(code).unwrap_or_default()
            ));
        }
        for code in [200, 301, 307, 400, 401, 403, 404, 422, 501, 505] {
            assert!(
                !is_retryable_status(StatusCode::from_u16(code).unwrap_or_default()),
                "{code}"
            );
        }
    }

    #[test]
    fn url_checks() {
        for ok in [
            "https://engine.spiro.ai",
            "http://localhost:3000",
            "http://127.8.9.10",
            "http://[::1]:8080/base",
            " https://api.spiro.ai/api/v1 ",
        ] {
            assert!(check_url(ok, "u").is_ok(), "{ok}");
        }
        for bad in [
            "http://engine.spiro.ai",
            "http://10.0.0.1",
            "http://localhost.evil.com",
            "ftp://localhost",
            "https://user:pw@engine.spiro.ai",
            "https://user@engine.spiro.ai",
            "mailto:a@b.c",
            "not a url",
        ] {
            assert!(check_url(bad, "u").is_err(), "{bad}");
        }
    }

    #[test]
    fn control_characters_are_escaped() {
        assert_eq!(escape_control("a\tb\u{1b}[31m"), r"a\tb\u{1b}[31m");
        assert_eq!(
            escape_control("x\u{2028}y\u{202e}z"),
            r"x\u{2028}y\u{202e}z"
        );
        assert!(matches!(escape_control("no escapes"), Cow::Borrowed(_)));
    }

    #[test]
    fn www_authenticate_forms() {
        let c = parse_www_authenticate(
            r#"Bearer realm="Spiro", error="invalid_token", error_description="The access token \"x\" expired""#,
        )
        .unwrap_or_default();
        assert_eq!(c.len(), 1);
        assert_eq!(c[0].param("realm"), Some("Spiro"));
        assert_eq!(c[0].param("Error"), Some("invalid_token"));
        assert_eq!(
            c[0].param("error_description"),
            Some(r#"The access token "x" expired"#)
        );
        let c = parse_www_authenticate("Basic realm=x, Bearer , Negotiate abc/d==, Digest a=b")
            .unwrap_or_default();
        let schemes: Vec<&str> = c.iter().map(Challenge::scheme).collect();
        assert_eq!(schemes, ["Basic", "Bearer", "Negotiate", "Digest"]);
        assert_eq!(c[2].token68(), Some("abc/d=="));
        assert_eq!(c[3].param("a"), Some("b"));
        for bad in [
            "",
            " , ",
            "=x",
            r#"Bearer error="open"#,
            "Bearer a=b c",
            r#"Bearer a="x" ="#,
        ] {
            assert!(parse_www_authenticate(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn refresh_helps_only_for_token_errors() {
        let mut h = HeaderMap::new();
        assert!(refresh_may_help(&h));
        for (value, helps) in [
            (r#"Bearer error="invalid_token""#, true),
            (r#"Bearer realm="Spiro""#, true),
            (r#"Bearer error="insufficient_scope""#, false),
            (r#"Bearer error=invalid_request"#, false),
            (r#"Bearer error="unterminated"#, true),
        ] {
            h.insert(
                http::header::WWW_AUTHENTICATE,
                http::HeaderValue::from_static(value),
            );
            assert_eq!(refresh_may_help(&h), helps, "{value}");
        }
    }
}
