//! Property tests of the parsers of network and configuration input in
//! `spiro_auth::transport`: none panics, whatever the input, and what each accepts is what
//! its grammar says. Every property runs 25,000 cases; the `Retry-After`, URL and
//! `WWW-Authenticate` parsers have four properties each (100,000 inputs per parser and run),
//! `escape_control` has two (a few seconds in all: the parsers are cheap).

use std::time::{Duration, SystemTime};

use proptest::prelude::*;
use spiro_auth::RetryPolicy;
use spiro_auth::transport::{check_url, escape_control, parse_retry_after};

/// Cases per property.
const CASES: u32 = 25_000;

fn config() -> ProptestConfig {
    ProptestConfig {
        cases: CASES,
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

/// A `now` anywhere from 1970 to a few thousand years on.
fn any_now() -> impl Strategy<Value = SystemTime> {
    (0u64..100_000_000_000).prop_map(|s| SystemTime::UNIX_EPOCH + Duration::from_secs(s))
}

/// HTTP-date-shaped strings (IMF-fixdate, RFC 850 and asctime), valid and not.
fn date_like() -> impl Strategy<Value = String> {
    prop_oneof![
        "(Mon|Tue|Wed|Thu|Fri|Sat|Sun|Xyz), [0-9]{1,3} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Foo) [0-9]{1,6} [0-9]{1,3}:[0-9]{1,3}:[0-9]{1,3} (GMT|UTC|)",
        "(Monday|Sunday|Friday), [0-9]{1,3}-(Jan|Feb|Dec)-[0-9]{1,4} [0-9]{2}:[0-9]{2}:[0-9]{2} GMT",
        "(Mon|Sun) (Jan|Nov) [ 0-9]{1,3} [0-9]{2}:[0-9]{2}:[0-9]{2} [0-9]{1,6}",
    ]
}

/// What `check_url` accepts: no credentials, and https, or http to a loopback host.
fn accepted_url_is_safe(url: &url::Url, raw: &str) -> Result<(), TestCaseError> {
    prop_assert!(
        url.username().is_empty() && url.password().is_none(),
        "{raw}"
    );
    let loopback = match url.host() {
        Some(url::Host::Domain(d)) => d.eq_ignore_ascii_case("localhost"),
        Some(url::Host::Ipv4(ip)) => ip.is_loopback(),
        Some(url::Host::Ipv6(ip)) => ip.is_loopback(),
        None => false,
    };
    match url.scheme() {
        "https" => {}
        "http" => prop_assert!(loopback, "plain http to a remote host: {raw}"),
        other => prop_assert!(false, "scheme {other} accepted: {raw}"),
    }
    Ok(())
}

/// What `parse_www_authenticate` accepts: at least one challenge, each with a scheme.
fn accepted_challenges_have_schemes(value: &str) -> Result<(), TestCaseError> {
    if let Ok(challenges) = spiro_auth::transport::parse_www_authenticate(value) {
        prop_assert!(!challenges.is_empty(), "{value:?}");
        for c in &challenges {
            prop_assert!(!c.scheme().is_empty(), "{value:?}");
        }
    }
    Ok(())
}

/// Whatever the parse gives, the retry decision built on it is overflow-free.
fn decide(wait: Option<Duration>, retry: u32, remaining: Duration, jitter: f64) {
    let policy = RetryPolicy::default().with_max_retries(u32::MAX);
    if let Some(wait) = policy.next_wait(retry, wait, remaining, jitter) {
        assert!(wait < remaining);
    }
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn retry_after_arbitrary_text(value in any::<String>(), now in any_now(), retry in any::<u32>(), left in any::<u64>(), jitter in any::<f64>()) {
        let parsed = parse_retry_after(&value, now);
        // Accepted exactly when it is delay-seconds or an HTTP date (RFC 9110 §10.2.3).
        let trimmed = value.trim();
        let seconds = !trimmed.is_empty() && trimmed.bytes().all(|b| b.is_ascii_digit());
        let date = httpdate::parse_http_date(trimmed).ok();
        prop_assert_eq!(parsed.is_ok(), seconds || date.is_some(), "{:?}", value);
        decide(parsed.ok(), retry, Duration::from_secs(left), jitter);
    }

    #[test]
    fn retry_after_seconds_of_any_size(digits in "[ \t]{0,2}[0-9]{1,40}[ \t]{0,2}", now in any_now(), retry in any::<u32>(), left in any::<u64>()) {
        let parsed = parse_retry_after(&digits, now);
        prop_assert!(parsed.is_ok(), "{digits:?}: {parsed:?}");
        decide(parsed.ok(), retry, Duration::new(left, 999_999_999), 1.0);
    }

    #[test]
    fn retry_after_dates(value in date_like(), now in any_now(), left in any::<u64>()) {
        let parsed = parse_retry_after(&value, now);
        // A valid date is the time from `now` until it (zero when it has passed); anything
        // else is refused.
        match httpdate::parse_http_date(value.trim()) {
            Ok(at) => prop_assert_eq!(parsed, Ok(at.duration_since(now).unwrap_or(Duration::ZERO))),
            Err(_) => prop_assert!(parsed.is_err(), "{:?}: {:?}", value, parsed),
        }
        if let Ok(wait) = parsed {
            // A date is never further away than 10,000 years.
            prop_assert!(wait <= Duration::from_secs(10_000 * 366 * 86_400));
        }
        decide(parsed.ok(), 0, Duration::from_secs(left), 0.5);
    }

    #[test]
    fn retry_after_bytes_from_the_wire(bytes in proptest::collection::vec(any::<u8>(), 0..48), now in any_now()) {
        // A header's value is read as its text would be; one that is not text is no value.
        if let Ok(value) = http::HeaderValue::from_bytes(&bytes) {
            let text = value.to_str().ok().map(str::to_owned);
            let mut headers = http::HeaderMap::new();
            headers.insert(http::header::RETRY_AFTER, value);
            let expected = text.and_then(|t| parse_retry_after(&t, now).ok());
            prop_assert_eq!(spiro_auth::transport::retry_after(&headers, now), expected);
        }
        let lossy = String::from_utf8_lossy(&bytes);
        let digits = !lossy.trim().is_empty() && lossy.trim().bytes().all(|b| b.is_ascii_digit());
        if digits {
            prop_assert!(parse_retry_after(&lossy, now).is_ok(), "{:?}", lossy);
        }
    }

    #[test]
    fn url_check_arbitrary_text(raw in any::<String>()) {
        if let Ok(url) = check_url(&raw, "the URL") {
            accepted_url_is_safe(&url, &raw)?;
        }
    }

    #[test]
    fn url_check_url_shaped(raw in "(https?|HTTP|ftp|file|data|javascript)(:|://|:///)([a-zA-Z0-9.:@%\\[\\]_~-]{0,40})(/[ -~]{0,20})?") {
        if let Ok(url) = check_url(&raw, "the URL") {
            accepted_url_is_safe(&url, &raw)?;
        }
    }

    #[test]
    fn url_check_hosts(host in "([a-z0-9-]{0,12}\\.){0,3}[a-z0-9-]{0,12}|[0-9]{1,4}(\\.[0-9]{1,4}){0,4}|\\[[0-9a-f:]{0,40}\\]", port in proptest::option::of(any::<u32>()), https in any::<bool>()) {
        let scheme = if https { "https" } else { "http" };
        let raw = match port {
            Some(port) => format!("{scheme}://{host}:{port}/api/v1"),
            None => format!("{scheme}://{host}/api/v1"),
        };
        let checked = check_url(&raw, "the URL");
        if let Ok(url) = &checked {
            accepted_url_is_safe(url, &raw)?;
        }
    }

    #[test]
    fn url_check_userinfo(user in "[a-z:%@]{1,10}", host in "(localhost|127\\.0\\.0\\.1|engine\\.spiro\\.ai)") {
        // A URL carrying credentials is always refused, whatever the scheme and host.
        for scheme in ["https", "http"] {
            let raw = format!("{scheme}://{user}@{host}/x");
            if let Ok(url) = check_url(&raw, "the URL") {
                prop_assert!(url.username().is_empty() && url.password().is_none(), "{raw}");
            }
        }
    }

    #[test]
    fn text_without_control_characters_is_left_as_it_is(text in "[^\\p{Cc}\u{2028}\u{2029}\u{202a}-\u{202e}\u{2066}-\u{2069}]{0,64}") {
        let escaped = escape_control(&text);
        prop_assert!(matches!(escaped, std::borrow::Cow::Borrowed(_)));
        prop_assert_eq!(escaped.as_ref(), text.as_str());
    }

    #[test]
    fn escaped_text_has_no_control_characters(text in any::<String>()) {
        let escaped = escape_control(&text);
        let bad = escaped.chars().any(|c| c.is_control() || matches!(c, '\u{2028}' | '\u{2029}'));
        prop_assert!(!bad, "{:?}", escaped);
    }
}

/// `WWW-Authenticate`-shaped values: schemes, token68, parameters, quoted strings with escapes.
fn challenge_like() -> impl Strategy<Value = String> {
    let param = "[a-zA-Z_]{0,8}[ ]{0,1}=[ ]{0,1}(\"([^\"\\\\]|\\\\.){0,12}\"?|[a-z0-9_]{0,8})";
    let challenge = format!(
        "(Bearer|Basic|Digest|[a-z]{{0,4}})( [a-zA-Z0-9/+]{{0,8}}={{0,2}}|( {param}(,[ ]{{0,2}}{param}){{0,3}}))?"
    );
    let challenge = proptest::string::string_regex(&challenge).expect("valid regex");
    proptest::collection::vec(challenge, 0..4).prop_map(|cs| cs.join(", "))
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn www_authenticate_arbitrary_text(value in any::<String>()) {
        accepted_challenges_have_schemes(&value)?;
    }

    #[test]
    fn www_authenticate_shaped(value in challenge_like()) {
        if let Ok(challenges) = spiro_auth::transport::parse_www_authenticate(&value) {
            prop_assert!(!challenges.is_empty());
            for c in &challenges {
                prop_assert!(!c.scheme().is_empty());
                let _ = (c.param("error"), c.token68());
            }
        }
    }

    #[test]
    fn www_authenticate_printable_ascii(value in "[ -~]{0,64}") {
        accepted_challenges_have_schemes(&value)?;
    }

    #[test]
    fn www_authenticate_header_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..64)) {
        // A refresh is ruled out only by a Bearer challenge naming another error than
        // `invalid_token` (RFC 6750 §3.1); anything unreadable leaves it possible.
        if let Ok(value) = http::HeaderValue::from_bytes(&bytes) {
            let bearer_error = value
                .to_str()
                .ok()
                .and_then(|t| spiro_auth::transport::parse_www_authenticate(t).ok())
                .and_then(|cs| cs.into_iter().find(|c| c.scheme().eq_ignore_ascii_case("bearer")))
                .and_then(|c| c.param("error").map(str::to_owned));
            let mut headers = http::HeaderMap::new();
            headers.insert(http::header::WWW_AUTHENTICATE, value);
            let expected = bearer_error.is_none_or(|e| e == "invalid_token");
            prop_assert_eq!(spiro_auth::transport::refresh_may_help(&headers), expected);
        }
    }
}
