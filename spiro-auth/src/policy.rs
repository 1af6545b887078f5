//! When to refresh ([`RefreshPolicy`]) and how to retry the token endpoint ([`RetryPolicy`]).
//!
//! Both are plain data with pure functions, so the timing math is tested without clocks.

use std::time::Duration;

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
/// let policy = RefreshPolicy { max_jitter: Duration::from_secs(60), ..RefreshPolicy::default() };
/// let day = Duration::from_secs(86_400);
/// assert_eq!(policy.lead(day, 0.0), Duration::from_secs(8_640));
/// assert_eq!(policy.lead(Duration::from_secs(60), 1.0), Duration::from_secs(30));
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct RefreshPolicy {
    /// Smallest lead before expiry (default 5 min).
    pub min_lead: Duration,
    /// Lead as a fraction of the token's lifetime, in `[0, 0.5]` (default 0.1).
    pub lead_fraction: f64,
    /// Upper bound of the uniform jitter added to the lead (default 5 min), so that many
    /// instances started together do not refresh together.
    pub max_jitter: Duration,
    /// After a background (refresh-ahead) refresh fails, the still valid token keeps being
    /// served and no new background refresh starts for this long (default 30 s). Callers whose
    /// token has expired never wait for this cooldown.
    pub background_retry_cooldown: Duration,
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

/// How the token endpoint is retried: exponential backoff with full jitter, honouring
/// `Retry-After`, bounded by a number of attempts and by a refresh deadline that is separate
/// from the per-request timeout.
///
/// Retrying a refresh with the same refresh token is safe on Spiro: the previous tokens are
/// revoked only once the new access token is used.
///
/// ```
/// use std::time::Duration;
/// use spiro_auth::RetryPolicy;
/// let policy = RetryPolicy::default();
/// // After the first failure the wait is uniform in [0, initial_backoff] ...
/// assert!(policy.backoff(1, None, 0.5) <= policy.initial_backoff);
/// // ... but never shorter than the server's Retry-After.
/// assert_eq!(policy.backoff(1, Some(Duration::from_secs(3)), 0.5), Duration::from_secs(3));
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct RetryPolicy {
    /// Most requests per refresh, including the first (default 4).
    pub max_attempts: u32,
    /// Backoff ceiling after the first failure; doubles after each further failure (default
    /// 250 ms).
    pub initial_backoff: Duration,
    /// Largest backoff ceiling (default 10 s).
    pub max_backoff: Duration,
    /// Timeout of one request, body included (default 10 s).
    pub request_timeout: Duration,
    /// Deadline for one whole refresh: waiting for the store lock plus every attempt and backoff
    /// (default 30 s). A `Retry-After` that ends past it stops the retries at once.
    pub refresh_deadline: Duration,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        RetryPolicy {
            max_attempts: 4,
            initial_backoff: Duration::from_millis(250),
            max_backoff: Duration::from_secs(10),
            request_timeout: Duration::from_secs(10),
            refresh_deadline: Duration::from_secs(30),
        }
    }
}

impl RetryPolicy {
    /// The wait after `failures` failed attempts (`failures >= 1`), with `jitter` in `[0, 1]`:
    /// full jitter over `min(max_backoff, initial_backoff × 2^(failures-1))`, but at least the
    /// server's `Retry-After`.
    pub fn backoff(&self, failures: u32, retry_after: Option<Duration>, jitter: f64) -> Duration {
        let exponent = failures.saturating_sub(1).min(30);
        let ceiling = self
            .initial_backoff
            .saturating_mul(1u32 << exponent)
            .min(self.max_backoff);
        let wait = ceiling.mul_f64(jitter.clamp(0.0, 1.0));
        retry_after.map_or(wait, |r| wait.max(r))
    }

    pub(crate) fn validate(&self) -> Result<(), ConfigError> {
        if self.max_attempts == 0 {
            return Err(ConfigError::InvalidPolicy {
                reason: "RetryPolicy::max_attempts must be at least 1",
            });
        }
        if self.request_timeout.is_zero() || self.refresh_deadline.is_zero() {
            return Err(ConfigError::InvalidPolicy {
                reason: "RetryPolicy timeouts must be positive",
            });
        }
        Ok(())
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
    fn backoff_grows_with_full_jitter_and_caps() {
        let p = RetryPolicy::default();
        assert_eq!(p.backoff(1, None, 1.0), Duration::from_millis(250));
        assert_eq!(p.backoff(2, None, 1.0), Duration::from_millis(500));
        assert_eq!(p.backoff(3, None, 1.0), Duration::from_secs(1));
        assert_eq!(p.backoff(40, None, 1.0), p.max_backoff);
        assert_eq!(p.backoff(3, None, 0.0), Duration::ZERO);
        assert_eq!(p.backoff(3, None, 0.5), Duration::from_millis(500));
    }

    #[test]
    fn backoff_honours_retry_after() {
        let p = RetryPolicy::default();
        assert_eq!(
            p.backoff(1, Some(Duration::from_secs(7)), 1.0),
            Duration::from_secs(7)
        );
        // A Retry-After shorter than the jittered wait does not shorten it.
        assert_eq!(
            p.backoff(3, Some(Duration::from_millis(1)), 1.0),
            Duration::from_secs(1)
        );
    }

    #[test]
    fn validation() {
        assert!(RetryPolicy::default().validate().is_ok());
        assert!(
            RetryPolicy {
                max_attempts: 0,
                ..RetryPolicy::default()
            }
            .validate()
            .is_err()
        );
        assert!(
            RefreshPolicy {
                lead_fraction: 0.7,
                ..RefreshPolicy::default()
            }
            .validate()
            .is_err()
        );
    }
}
