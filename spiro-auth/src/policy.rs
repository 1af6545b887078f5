//! The value types that tune the crate: when to refresh ([`RefreshPolicy`]), how the token
//! endpoint and API calls are retried ([`RetryPolicy`]) and how much of a response body is read
//! ([`BodyLimits`]); the last two are shared with the API client, whose requests run through the
//! same engine.
//!
//! Plain data with pure functions, so the timing math is tested without clocks.

use std::time::Duration;

use http::Method;

use rand::Rng;

use crate::error::ConfigError;

/// When a token is refreshed ahead of its expiry.
///
/// The lead (how long before expiry a background refresh starts) is
/// `max(min_lead, lead_fraction × lifetime) + U[0, max_jitter]`, capped at half the lifetime so a
/// token is never refreshed in the first half of its life (short-lived tokens do not refresh on
/// every call). With Spiro's 24 h tokens the defaults give 2.4 h plus up to 5 min of jitter.
///
/// ```
/// use std::time::Duration;
/// use spiro_auth::RefreshPolicy;
/// let policy = RefreshPolicy::default().with_max_jitter(Duration::from_secs(60));
/// let day = Duration::from_secs(86_400);
/// assert_eq!(policy.lead(day, 0.0), Duration::from_secs(8_640));
/// assert_eq!(policy.lead(Duration::from_secs(60), 1.0), Duration::from_secs(30));
/// ```
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct RefreshPolicy {
    min_lead: Duration,
    lead_fraction: f64,
    max_jitter: Duration,
    background_retry_cooldown: Duration,
}

impl Default for RefreshPolicy {
    fn default() -> Self {
        RefreshPolicy {
            min_lead: Duration::from_secs(5 * 60),
            lead_fraction: 0.1,
            max_jitter: Duration::from_secs(5 * 60),
            background_retry_cooldown: Duration::from_secs(30),
        }
    }
}

impl RefreshPolicy {
    /// Sets the smallest lead before expiry (default 5 min).
    pub fn with_min_lead(mut self, lead: Duration) -> Self {
        self.min_lead = lead;
        self
    }

    /// Sets the lead as a fraction of the token's lifetime, in `[0, 0.5]` (default 0.1);
    /// [`TokenManagerBuilder::build`](crate::TokenManagerBuilder::build) refuses other values.
    pub fn with_lead_fraction(mut self, fraction: f64) -> Self {
        self.lead_fraction = fraction;
        self
    }

    /// Sets the upper bound of the uniform jitter added to the lead (default 5 min), so that
    /// many instances started together do not refresh together.
    pub fn with_max_jitter(mut self, jitter: Duration) -> Self {
        self.max_jitter = jitter;
        self
    }

    /// Sets how long, after a background (refresh-ahead) refresh fails, the still valid token
    /// keeps being served with no new background refresh (default 30 s). Callers whose token
    /// has expired never wait for this cooldown.
    pub fn with_background_retry_cooldown(mut self, cooldown: Duration) -> Self {
        self.background_retry_cooldown = cooldown;
        self
    }

    /// Smallest lead before expiry.
    pub fn min_lead(&self) -> Duration {
        self.min_lead
    }

    /// Lead as a fraction of the token's lifetime.
    pub fn lead_fraction(&self) -> f64 {
        self.lead_fraction
    }

    /// Upper bound of the jitter added to the lead.
    pub fn max_jitter(&self) -> Duration {
        self.max_jitter
    }

    /// How long background refreshes pause after one failed.
    pub fn background_retry_cooldown(&self) -> Duration {
        self.background_retry_cooldown
    }

    /// The lead before expiry for a token living `lifetime`, with `jitter` in `[0, 1]` picking
    /// the point in the jitter range. Never more than half the lifetime.
    pub fn lead(&self, lifetime: Duration, jitter: f64) -> Duration {
        let base = self.min_lead.max(lifetime.mul_f64(self.lead_fraction));
        let jittered = base.saturating_add(self.max_jitter.mul_f64(jitter.clamp(0.0, 1.0)));
        jittered.min(lifetime / 2)
    }

    /// [`lead`](Self::lead) with a random jitter.
    pub fn sample_lead(&self, lifetime: Duration) -> Duration {
        self.lead(lifetime, rand::rng().random::<f64>())
    }

    pub(crate) fn validate(&self) -> Result<(), ConfigError> {
        if !(0.0..=0.5).contains(&self.lead_fraction) {
            return Err(ConfigError::InvalidPolicy {
                reason: "RefreshPolicy::lead_fraction must be within [0, 0.5]",
            });
        }
        Ok(())
    }
}

/// Default capacity of a client's retry budget.
const DEFAULT_RETRY_BUDGET: u32 = 500;

/// How failed requests are retried, for the token endpoint and for API calls.
///
/// - **What**: the statuses 408, 429, 500, 502, 503 and 504, connection failures and timeouts
///   (and, for the token endpoint, a success whose body is not a token response).
/// - **How often**: at most [`max_retries`](Self::max_retries) retries after the first attempt,
///   and only while the client's retry budget lasts (see
///   [`with_retry_budget`](Self::with_retry_budget)).
/// - **When**: waits grow exponentially with full jitter (a random time between zero and
///   `min(max_backoff, initial_backoff × 2^retry)`), and are never shorter than the server's
///   `Retry-After`.
/// - **How long in all**: no wait starts that would end past the
///   [`deadline`](Self::deadline), counted from the start of the call on the client's clock
///   (the time already spent counts: several waits together never pass it); a `Retry-After`
///   that ends past it stops the retries at once and the last failure is returned. Each attempt
///   is cut off when the deadline passes.
/// - **Which methods** (API calls): GET, HEAD, PUT, DELETE and OPTIONS; POST only with
///   [`retry_post`](Self::retry_post), since a POST that timed out may have created its record.
///   The token endpoint's POSTs are always retried: replaying a refresh is safe on Spiro until
///   the new access token is used.
///
/// ```
/// use std::time::Duration;
/// use spiro_auth::RetryPolicy;
/// let patient = RetryPolicy::default().with_max_retries(5).with_deadline(Duration::from_secs(120));
/// let never = RetryPolicy::disabled();
/// assert_eq!(patient.max_retries(), 5);
/// // The wait after a failure is at least the server's Retry-After ...
/// assert_eq!(patient.backoff(0, Some(Duration::from_secs(3)), 0.5), Duration::from_secs(3));
/// // ... and none is made when it would end past the time left.
/// assert_eq!(patient.next_wait(0, Some(Duration::MAX), Duration::from_secs(60), 0.5), None);
/// # let _ = never;
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[must_use]
pub struct RetryPolicy {
    max_retries: u32,
    initial_backoff: Duration,
    max_backoff: Duration,
    deadline: Duration,
    attempt_timeout: Option<Duration>,
    retry_post: bool,
    budget: u32,
}

impl Default for RetryPolicy {
    /// 3 retries, backoff from 250 ms up to 10 s, 30 s deadline, no attempt timeout of its
    /// own, POST not retried, a budget of 500 (100 retries in a row).
    fn default() -> Self {
        Self {
            max_retries: 3,
            initial_backoff: Duration::from_millis(250),
            max_backoff: Duration::from_secs(10),
            deadline: Duration::from_secs(30),
            attempt_timeout: None,
            retry_post: false,
            budget: DEFAULT_RETRY_BUDGET,
        }
    }
}

impl RetryPolicy {
    /// Never retry.
    pub fn disabled() -> Self {
        Self::default().with_max_retries(0)
    }

    /// Retries after the first attempt (default 3).
    pub fn with_max_retries(mut self, retries: u32) -> Self {
        self.max_retries = retries;
        self
    }

    /// Upper bound of the first wait (default 250 ms); it doubles with each retry.
    pub fn with_initial_backoff(mut self, backoff: Duration) -> Self {
        self.initial_backoff = backoff;
        self
    }

    /// Largest bound of a jittered wait (default 10 s). A longer `Retry-After` is still
    /// honoured, within the deadline.
    pub fn with_max_backoff(mut self, backoff: Duration) -> Self {
        self.max_backoff = backoff;
        self
    }

    /// Total time from the first attempt within which retries happen (default 30 s). For a
    /// token refresh it also bounds the wait for the store lock and each attempt.
    pub fn with_deadline(mut self, deadline: Duration) -> Self {
        self.deadline = deadline;
        self
    }

    /// Timeout of one attempt, body included. Default: none of its own, so the engine's (30 s,
    /// or `spiro-api`'s `ClientBuilder::timeout`) applies. No attempt runs past the deadline
    /// either.
    pub fn with_attempt_timeout(mut self, timeout: Duration) -> Self {
        self.attempt_timeout = Some(timeout);
        self
    }

    /// Also retry API POST requests (default: no).
    pub fn with_retry_post(mut self, retry: bool) -> Self {
        self.retry_post = retry;
        self
    }

    /// Capacity of the retry budget each client gets (default 500), shared by all its requests,
    /// its clones and its token endpoint: a token bucket (the idea of the AWS SDKs' "standard"
    /// retry mode). A retry costs 5 tokens (10 after a timeout) and is not made when fewer are
    /// left; a success gives one back. During an outage a client so makes at most 100 retries in
    /// a row, then returns failures at once until successes refill it; 0 never retries.
    pub fn with_retry_budget(mut self, capacity: u32) -> Self {
        self.budget = capacity;
        self
    }

    /// Retries after the first attempt.
    pub fn max_retries(&self) -> u32 {
        self.max_retries
    }

    /// Upper bound of the first wait.
    pub fn initial_backoff(&self) -> Duration {
        self.initial_backoff
    }

    /// Largest bound of a jittered wait.
    pub fn max_backoff(&self) -> Duration {
        self.max_backoff
    }

    /// Total time from the first attempt within which retries happen.
    pub fn deadline(&self) -> Duration {
        self.deadline
    }

    /// Timeout of one attempt, if one is set.
    pub fn attempt_timeout(&self) -> Option<Duration> {
        self.attempt_timeout
    }

    /// Whether API POST requests are retried.
    pub fn retry_post(&self) -> bool {
        self.retry_post
    }

    /// Capacity of each client's retry budget.
    pub fn retry_budget(&self) -> u32 {
        self.budget
    }

    /// Whether an API request with this method may be sent twice.
    pub fn allows(&self, method: &Method) -> bool {
        self.max_retries > 0
            && (matches!(
                *method,
                Method::GET | Method::HEAD | Method::PUT | Method::DELETE | Method::OPTIONS
            ) || (self.retry_post && *method == Method::POST))
    }

    /// The wait before retry number `retry` (0 for the first retry), with `jitter` in `[0, 1]`
    /// picking the point in the jitter range: `min(max_backoff, initial_backoff × 2^retry) ×
    /// jitter`, but at least `retry_after`.
    pub fn backoff(&self, retry: u32, retry_after: Option<Duration>, jitter: f64) -> Duration {
        let bound = self
            .initial_backoff
            .saturating_mul(1u32 << retry.min(31))
            .min(self.max_backoff);
        let wait = bound.mul_f64(jitter.clamp(0.0, 1.0));
        retry_after.map_or(wait, |floor| wait.max(floor))
    }

    /// The wait before retry number `retry` (0 for the first retry) when `remaining` is the
    /// time left before the deadline, or `None` when no retry is to be made: retries are
    /// exhausted, or the wait would not end before the deadline. Pure and overflow-free.
    pub fn next_wait(
        &self,
        retry: u32,
        retry_after: Option<Duration>,
        remaining: Duration,
        jitter: f64,
    ) -> Option<Duration> {
        if retry >= self.max_retries {
            return None;
        }
        let wait = self.backoff(retry, retry_after, jitter);
        (wait < remaining).then_some(wait)
    }

    /// [`next_wait`](Self::next_wait) with a random jitter.
    pub fn sample_next_wait(
        &self,
        retry: u32,
        retry_after: Option<Duration>,
        remaining: Duration,
    ) -> Option<Duration> {
        self.next_wait(retry, retry_after, remaining, rand::rng().random::<f64>())
    }

    pub(crate) fn validate(&self) -> Result<(), ConfigError> {
        if self.deadline.is_zero() || self.attempt_timeout.is_some_and(|t| t.is_zero()) {
            return Err(ConfigError::InvalidPolicy {
                reason: "RetryPolicy deadline and attempt timeout must be positive",
            });
        }
        Ok(())
    }
}

/// How many bytes of a response body are read: success bodies up to
/// [`success`](Self::success) (default 32 MiB; past it the call fails with a typed error),
/// error bodies up to [`error`](Self::error) (default 64 KiB; the rest is dropped unread).
///
/// ```
/// use spiro_auth::BodyLimits;
/// let small = BodyLimits::default().with_success(1 << 20);
/// assert_eq!((small.success(), small.error()), (1 << 20, 64 * 1024));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[must_use]
pub struct BodyLimits {
    success: usize,
    error: usize,
}

impl Default for BodyLimits {
    fn default() -> Self {
        Self {
            success: 32 * 1024 * 1024,
            error: 64 * 1024,
        }
    }
}

impl BodyLimits {
    /// Largest success body read (default 32 MiB).
    pub fn with_success(mut self, bytes: usize) -> Self {
        self.success = bytes;
        self
    }

    /// How much of an error body is kept (default 64 KiB).
    pub fn with_error(mut self, bytes: usize) -> Self {
        self.error = bytes;
        self
    }

    /// Largest success body read.
    pub fn success(&self) -> usize {
        self.success
    }

    /// How much of an error body is kept.
    pub fn error(&self) -> usize {
        self.error
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const MIN: Duration = Duration::from_secs(60);
    const DAY: Duration = Duration::from_secs(86_400);

    #[test]
    fn default_lead_for_spiro_tokens() {
        let p = RefreshPolicy::default();
        // 10% of 24 h beats the 5 min floor; jitter adds up to 5 min.
        assert_eq!(p.lead(DAY, 0.0), DAY / 10);
        assert_eq!(p.lead(DAY, 1.0), DAY / 10 + 5 * MIN);
        // One hour: 10% (6 min) beats the floor; half an hour: the 5 min floor wins.
        assert_eq!(p.lead(60 * MIN, 0.0), 6 * MIN);
        assert_eq!(p.lead(30 * MIN, 0.0), 5 * MIN);
    }

    #[test]
    fn never_refreshes_in_the_first_half_of_life() {
        let p = RefreshPolicy::default();
        for secs in [
            1u64, 2, 10, 59, 60, 300, 600, 601, 3_600, 7_200, 86_400, 864_000,
        ] {
            let lifetime = Duration::from_secs(secs);
            for jitter in [0.0, 0.25, 0.5, 0.999, 1.0] {
                let lead = p.lead(lifetime, jitter);
                assert!(
                    lead <= lifetime / 2,
                    "lifetime {secs}s jitter {jitter}: {lead:?}"
                );
            }
        }
        // A 10 min token refreshes at exactly half its life, not on every call.
        assert_eq!(p.lead(10 * MIN, 0.7), 5 * MIN);
        let zero = RefreshPolicy {
            min_lead: Duration::ZERO,
            lead_fraction: 0.5,
            max_jitter: DAY,
            ..p
        };
        assert_eq!(zero.lead(DAY, 1.0), DAY / 2);
    }

    #[test]
    fn jitter_spreads_refresh_times() {
        let p = RefreshPolicy::default();
        let leads: Vec<Duration> = (0..100).map(|_| p.sample_lead(DAY)).collect();
        let min = leads.iter().min().copied().unwrap_or_default();
        let max = leads.iter().max().copied().unwrap_or_default();
        assert!(min >= DAY / 10 && max <= DAY / 10 + p.max_jitter);
        // 100 uniform samples cover well over half of the 5 min range (failure odds ~1e-28).
        assert!(max - min >= p.max_jitter / 2, "spread {:?}", max - min);
    }

    #[test]
    fn validation() {
        assert!(
            RefreshPolicy {
                lead_fraction: 0.7,
                ..RefreshPolicy::default()
            }
            .validate()
            .is_err()
        );
    }

    #[test]
    fn backoff_grows_with_full_jitter_and_caps() {
        let p = RetryPolicy::default();
        assert_eq!(p.backoff(0, None, 1.0), Duration::from_millis(250));
        assert_eq!(p.backoff(1, None, 1.0), Duration::from_millis(500));
        assert_eq!(p.backoff(2, None, 1.0), Duration::from_secs(1));
        assert_eq!(p.backoff(40, None, 1.0), p.max_backoff());
        assert_eq!(p.backoff(u32::MAX, None, 1.0), p.max_backoff());
        assert_eq!(p.backoff(2, None, 0.0), Duration::ZERO);
        assert_eq!(p.backoff(2, None, 0.5), Duration::from_millis(500));
        // Retry-After is a floor, never shortened.
        assert_eq!(
            p.backoff(0, Some(Duration::from_secs(7)), 1.0),
            Duration::from_secs(7)
        );
        assert_eq!(
            p.backoff(2, Some(Duration::from_millis(1)), 1.0),
            Duration::from_secs(1)
        );
    }

    #[test]
    fn next_wait_stops_at_the_limit_and_the_deadline_without_overflow() {
        let p = RetryPolicy::default().with_max_retries(2);
        let left = Duration::from_secs(30);
        assert!(p.next_wait(0, None, left, 1.0).is_some());
        assert!(p.next_wait(1, None, left, 1.0).is_some());
        assert_eq!(p.next_wait(2, None, left, 1.0), None);
        assert_eq!(p.next_wait(0, Some(Duration::MAX), left, 1.0), None);
        assert_eq!(
            p.next_wait(0, Some(Duration::from_secs(u64::MAX)), Duration::MAX, 1.0),
            Some(Duration::from_secs(u64::MAX))
        );
        assert_eq!(p.next_wait(0, Some(left), left, 1.0), None);
        assert_eq!(p.next_wait(0, None, Duration::ZERO, 0.0), None);
        assert_eq!(RetryPolicy::disabled().next_wait(0, None, left, 0.0), None);
    }

    #[test]
    fn only_idempotent_methods_by_default() {
        let p = RetryPolicy::default();
        assert!(p.allows(&Method::GET) && p.allows(&Method::PUT) && p.allows(&Method::DELETE));
        assert!(!p.allows(&Method::POST));
        assert!(p.clone().with_retry_post(true).allows(&Method::POST));
        assert!(!RetryPolicy::disabled().allows(&Method::GET));
    }

    #[test]
    fn retry_policy_validation() {
        assert!(RetryPolicy::default().validate().is_ok());
        assert!(RetryPolicy::disabled().validate().is_ok());
        assert!(
            RetryPolicy::default()
                .with_deadline(Duration::ZERO)
                .validate()
                .is_err()
        );
        assert!(
            RetryPolicy::default()
                .with_attempt_timeout(Duration::ZERO)
                .validate()
                .is_err()
        );
    }
}
