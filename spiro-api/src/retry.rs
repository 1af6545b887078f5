//! When and how long to wait before sending a request again.

use std::time::Duration;

use rand::Rng;
use reqwest::header::{HeaderMap, RETRY_AFTER};
use reqwest::{Method, StatusCode};

/// How the client retries requests that failed for a reason that may pass: connection
/// failures and timeouts, 408, 429, 502, 503 and 504.
///
/// Waits grow exponentially with full jitter (a random time between zero and the
/// exponential bound), or follow Spiro's `Retry-After`. Retries stop after
/// `max_retries` or when the next wait would end past the `deadline`, counted from the
/// first attempt. Only idempotent methods (GET, PUT, DELETE) are retried unless
/// [`retry_post`](Self::retry_post) is set: a POST that timed out may have created its
/// record.
///
/// ```
/// use std::time::Duration;
/// use spiro_api::RetryPolicy;
/// let patient = RetryPolicy::default().max_retries(5).deadline(Duration::from_secs(120));
/// let never = RetryPolicy::disabled();
/// # let _ = (patient, never);
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[must_use]
pub struct RetryPolicy {
    max_retries: u32,
    initial_backoff: Duration,
    max_backoff: Duration,
    deadline: Duration,
    retry_post: bool,
}

impl Default for RetryPolicy {
    /// 3 retries, backoff from 250 ms up to 20 s, 60 s deadline, POST not retried.
    fn default() -> Self {
        Self {
            max_retries: 3,
            initial_backoff: Duration::from_millis(250),
            max_backoff: Duration::from_secs(20),
            deadline: Duration::from_secs(60),
            retry_post: false,
        }
    }
}

impl RetryPolicy {
    /// Never retry.
    pub fn disabled() -> Self {
        Self {
            max_retries: 0,
            ..Self::default()
        }
    }

    /// Retries after the first attempt (default 3).
    pub fn max_retries(mut self, retries: u32) -> Self {
        self.max_retries = retries;
        self
    }

    /// Upper bound of the first wait (default 250 ms); it doubles with each retry.
    pub fn initial_backoff(mut self, backoff: Duration) -> Self {
        self.initial_backoff = backoff;
        self
    }

    /// Largest wait between two attempts (default 20 s).
    pub fn max_backoff(mut self, backoff: Duration) -> Self {
        self.max_backoff = backoff;
        self
    }

    /// Total time, from the first attempt, after which no retry starts (default 60 s).
    pub fn deadline(mut self, deadline: Duration) -> Self {
        self.deadline = deadline;
        self
    }

    /// Also retry POST requests (default: no).
    pub fn retry_post(mut self, retry: bool) -> Self {
        self.retry_post = retry;
        self
    }

    pub(crate) fn max_retries_allowed(&self) -> u32 {
        self.max_retries
    }

    pub(crate) fn total_deadline(&self) -> Duration {
        self.deadline
    }

    /// Whether requests with this method may be sent twice.
    pub(crate) fn allows(&self, method: &Method) -> bool {
        self.max_retries > 0
            && (matches!(
                *method,
                Method::GET | Method::HEAD | Method::PUT | Method::DELETE | Method::OPTIONS
            ) || (self.retry_post && *method == Method::POST))
    }

    /// The wait before retry number `retry` (0-based): Spiro's `Retry-After` when it sent
    /// one, else a random time in `[0, min(max_backoff, initial_backoff * 2^retry)]`.
    pub(crate) fn delay(&self, retry: u32, retry_after: Option<Duration>) -> Duration {
        if let Some(wait) = retry_after {
            return wait;
        }
        let bound = self
            .initial_backoff
            .saturating_mul(2u32.saturating_pow(retry))
            .min(self.max_backoff);
        let nanos = u64::try_from(bound.as_nanos()).unwrap_or(u64::MAX);
        Duration::from_nanos(rand::rng().random_range(0..=nanos))
    }
}

/// Statuses that say "try again later".
pub(crate) fn is_retryable_status(status: StatusCode) -> bool {
    matches!(status.as_u16(), 408 | 429 | 502 | 503 | 504)
}

/// Transport failures worth a retry. A failed connect never reached Spiro, so it is safe
/// for any method; a timeout or a connection lost mid-response may have been processed.
pub(crate) fn is_retryable_transport(error: &reqwest::Error, replay_allowed: bool) -> bool {
    error.is_connect() || (replay_allowed && (error.is_timeout() || error.is_request()))
}

/// `Retry-After` as seconds or as an HTTP date.
pub(crate) fn retry_after(headers: &HeaderMap) -> Option<Duration> {
    let value = headers.get(RETRY_AFTER)?.to_str().ok()?.trim();
    if let Ok(seconds) = value.parse::<u64>() {
        return Some(Duration::from_secs(seconds));
    }
    let when = httpdate::parse_http_date(value).ok()?;
    Some(
        when.duration_since(std::time::SystemTime::now())
            .unwrap_or_default(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_idempotent_methods_by_default() {
        let policy = RetryPolicy::default();
        assert!(
            policy.allows(&Method::GET)
                && policy.allows(&Method::PUT)
                && policy.allows(&Method::DELETE)
        );
        assert!(!policy.allows(&Method::POST));
        assert!(policy.clone().retry_post(true).allows(&Method::POST));
        assert!(!RetryPolicy::disabled().allows(&Method::GET));
    }

    #[test]
    fn full_jitter_stays_within_the_exponential_bound() {
        let policy = RetryPolicy::default()
            .initial_backoff(Duration::from_millis(100))
            .max_backoff(Duration::from_millis(500));
        for retry in 0..8 {
            let bound =
                Duration::from_millis(100 * 2u64.pow(retry)).min(Duration::from_millis(500));
            let delays: Vec<_> = (0..200).map(|_| policy.delay(retry, None)).collect();
            assert!(
                delays.iter().all(|d| *d <= bound),
                "retry {retry}: {delays:?}"
            );
            // Full jitter spreads the waits over the whole range.
            assert!(
                delays.iter().any(|d| *d < bound / 4) && delays.iter().any(|d| *d > bound * 3 / 4)
            );
        }
    }

    #[test]
    fn retry_after_wins() {
        let policy = RetryPolicy::default();
        assert_eq!(
            policy.delay(0, Some(Duration::from_secs(7))),
            Duration::from_secs(7)
        );
    }

    #[test]
    fn retry_after_header_forms() {
        let mut headers = HeaderMap::new();
        assert_eq!(retry_after(&headers), None);
        headers.insert(RETRY_AFTER, "3".parse().unwrap());
        assert_eq!(retry_after(&headers), Some(Duration::from_secs(3)));
        let soon = std::time::SystemTime::now() + Duration::from_secs(30);
        headers.insert(RETRY_AFTER, httpdate::fmt_http_date(soon).parse().unwrap());
        let wait = retry_after(&headers).unwrap();
        assert!(
            wait > Duration::from_secs(28) && wait <= Duration::from_secs(30),
            "{wait:?}"
        );
        headers.insert(RETRY_AFTER, "soon".parse().unwrap());
        assert_eq!(retry_after(&headers), None);
    }

    #[test]
    fn retryable_statuses() {
        for code in [408, 429, 502, 503, 504] {
            assert!(
                is_retryable_status(StatusCode::from_u16(code).unwrap()),
                "{code}"
            );
        }
        for code in [400, 401, 403, 404, 422, 500, 501] {
            assert!(
                !is_retryable_status(StatusCode::from_u16(code).unwrap()),
                "{code}"
            );
        }
    }
}
