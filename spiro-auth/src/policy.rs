//! When to refresh ([`RefreshPolicy`]). How the token endpoint is retried is
//! [`RetryPolicy`](crate::RetryPolicy), shared with the API client (see [`crate::transport`]).
//!
//! Plain data with pure functions, so the timing math is tested without clocks.

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
}
