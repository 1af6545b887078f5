//! How fast one client sends: an optional fixed maximum rate, and adaptive slowing down after
//! a 429 (a token bucket whose rate halves when Spiro throttles and grows back on successes,
//! the idea of aws-sdk's adaptive retry mode).

use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Mutex, PoisonError};
use std::time::Duration;

use crate::time::Clock;

/// How fast one client sends its API requests. Used by `spiro-api`'s
/// `ClientBuilder::rate_limit`.
///
/// - **Adaptive** (on by default): after Spiro answers 429, the client halves its own send
///   rate (from the rate it was sending at) and paces every request through a token bucket;
///   each success then raises the rate a little (about one more request per second for each
///   second at the current rate), and once it is back above where the first 429 struck, the
///   pacing stops. A client that keeps sending at the rate that got it throttled only collects
///   more 429s and spends its retry budget on them; one without a 429 never notices this (one
///   atomic read per request).
/// - **A fixed maximum rate** (off by default): never more than this many requests per
///   second, in bursts of at most one second's worth, for those who want to be polite to
///   Spiro whatever it answers.
///
/// Pacing waits run on the client's clock and never past a call's deadline: a request whose
/// turn would come later is sent when the deadline is reached.
///
/// ```
/// use spiro_auth::engine::RateLimit;
/// let polite = RateLimit::default().with_max_rate(10.0); // adaptive, and at most 10 per second
/// let off = RateLimit::disabled();
/// assert_eq!((polite.max_rate(), polite.adaptive()), (Some(10.0), true));
/// assert_eq!((off.max_rate(), off.adaptive()), (None, false));
/// ```
#[derive(Clone, Debug, PartialEq)]
#[must_use]
pub struct RateLimit {
    adaptive: bool,
    max_rate: Option<f64>,
}

impl Default for RateLimit {
    /// Adaptive, no fixed maximum.
    fn default() -> Self {
        RateLimit {
            adaptive: true,
            max_rate: None,
        }
    }
}

impl RateLimit {
    /// No pacing at all, whatever Spiro answers.
    pub fn disabled() -> Self {
        RateLimit {
            adaptive: false,
            max_rate: None,
        }
    }

    /// Slows down after a 429 (default: yes).
    pub fn with_adaptive(mut self, adaptive: bool) -> Self {
        self.adaptive = adaptive;
        self
    }

    /// At most `per_second` requests per second (default: no maximum). A value that is not a
    /// positive number means no maximum.
    pub fn with_max_rate(mut self, per_second: f64) -> Self {
        self.max_rate = (per_second.is_finite() && per_second > 0.0).then_some(per_second);
        self
    }

    /// Whether the client slows down after a 429.
    pub fn adaptive(&self) -> bool {
        self.adaptive
    }

    /// The fixed maximum rate, in requests per second.
    pub fn max_rate(&self) -> Option<f64> {
        self.max_rate
    }
}

/// The lowest rate adaptive pacing goes down to, in requests per second.
const MIN_RATE: f64 = 0.5;
/// How much a 429 cuts the rate.
const BACKOFF: f64 = 0.5;
/// How long the send rate is measured over.
const WINDOW: Duration = Duration::from_secs(1);

/// The rate limiter of one client.
#[derive(Debug)]
pub(super) struct RateLimiter {
    config: RateLimit,
    /// Pacing is in force (a fixed maximum, or a 429 was seen): the hot path's one read.
    pacing: AtomicBool,
    /// The send rate, measured while not pacing, without a lock: requests sent in the current
    /// window, when it started (clock nanoseconds) and the rate of the previous window.
    sent: AtomicU64,
    window_start: AtomicU64,
    previous_rate: AtomicU64,
    bucket: Mutex<Bucket>,
}

#[derive(Debug)]
struct Bucket {
    /// Requests per second allowed by adaptive pacing (`None`: not throttled).
    adaptive: Option<f64>,
    /// The rate at which the last 429 struck: adaptive pacing ends above it.
    ceiling: f64,
    tokens: f64,
    refilled: Duration,
}

impl RateLimiter {
    pub(super) fn new(config: RateLimit) -> Self {
        let fixed = config.max_rate;
        RateLimiter {
            pacing: AtomicBool::new(fixed.is_some()),
            sent: AtomicU64::new(0),
            window_start: AtomicU64::new(0),
            previous_rate: AtomicU64::new(0f64.to_bits()),
            bucket: Mutex::new(Bucket {
                adaptive: None,
                ceiling: 0.0,
                tokens: fixed.map_or(0.0, |r| r.max(1.0)),
                refilled: Duration::ZERO,
            }),
            config,
        }
    }

    fn bucket(&self) -> std::sync::MutexGuard<'_, Bucket> {
        self.bucket.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Takes a turn to send at `now`; the wait before it, when there is one (never more than
    /// `left`).
    pub(super) fn acquire(&self, now: Duration, left: Duration) -> Option<Duration> {
        if !self.pacing.load(Ordering::Relaxed) {
            if self.config.adaptive {
                self.count(now);
            }
            return None;
        }
        let mut bucket = self.bucket();
        let rate = self.rate(&bucket)?;
        let burst = rate.max(1.0);
        let elapsed = now.saturating_sub(bucket.refilled).as_secs_f64();
        bucket.tokens = (bucket.tokens + elapsed * rate).min(burst);
        bucket.refilled = now;
        bucket.tokens -= 1.0;
        if bucket.tokens >= 0.0 {
            return None;
        }
        let wait = Duration::try_from_secs_f64(-bucket.tokens / rate).unwrap_or(Duration::MAX);
        Some(wait.min(left))
    }

    /// The rate in force: the lower of the fixed maximum and the adaptive rate.
    fn rate(&self, bucket: &Bucket) -> Option<f64> {
        match (self.config.max_rate, bucket.adaptive) {
            (Some(fixed), Some(adaptive)) => Some(fixed.min(adaptive)),
            (fixed, adaptive) => fixed.or(adaptive),
        }
    }

    /// Counts a request sent at `now` towards the measured send rate.
    fn count(&self, now: Duration) {
        let now = nanos(now);
        let start = self.window_start.load(Ordering::Relaxed);
        let span = now.saturating_sub(start);
        if span >= nanos(WINDOW)
            && self
                .window_start
                .compare_exchange(start, now, Ordering::Relaxed, Ordering::Relaxed)
                .is_ok()
        {
            let sent = self.sent.swap(1, Ordering::Relaxed);
            let rate = sent as f64 / Duration::from_nanos(span).as_secs_f64();
            self.previous_rate.store(rate.to_bits(), Ordering::Relaxed);
        } else {
            self.sent.fetch_add(1, Ordering::Relaxed);
        }
    }

    /// The send rate measured at `now`: the higher of the last whole window's and the current
    /// one's so far (at least a tenth of a window long).
    fn measured(&self, now: Duration) -> f64 {
        let previous = f64::from_bits(self.previous_rate.load(Ordering::Relaxed));
        let span = Duration::from_nanos(
            nanos(now).saturating_sub(self.window_start.load(Ordering::Relaxed)),
        )
        .max(WINDOW / 10);
        let current = self.sent.load(Ordering::Relaxed) as f64 / span.as_secs_f64();
        previous.max(current)
    }

    /// Learns from an answer: a 429 (`throttled`) cuts the rate, a success raises it. The
    /// clock is read only when there is something to learn.
    pub(super) fn answered(&self, clock: &Clock, throttled: bool) {
        if !self.config.adaptive || (!throttled && !self.pacing.load(Ordering::Relaxed)) {
            return;
        }
        self.learn(clock.monotonic(), throttled);
    }

    /// [`answered`](Self::answered) at `now`.
    fn learn(&self, now: Duration, throttled: bool) {
        let mut bucket = self.bucket();
        if !throttled {
            if let Some(rate) = bucket.adaptive {
                let raised = rate + 1.0 / rate.max(1.0);
                if raised > bucket.ceiling {
                    bucket.adaptive = None;
                    self.pacing
                        .store(self.config.max_rate.is_some(), Ordering::Relaxed);
                    tracing::debug!("adaptive pacing ended");
                } else {
                    bucket.adaptive = Some(raised);
                }
            }
            return;
        }
        let sending_at = match bucket.adaptive {
            Some(rate) => rate,
            None => {
                let measured = self.measured(now).max(MIN_RATE);
                bucket.ceiling = measured;
                bucket.tokens = 0.0;
                bucket.refilled = now;
                measured
            }
        };
        let cut = (sending_at * BACKOFF).max(MIN_RATE);
        tracing::debug!(
            requests_per_second = cut,
            "429: the client slows down its own send rate"
        );
        bucket.adaptive = Some(cut);
        bucket.tokens = bucket.tokens.min(1.0);
        self.pacing.store(true, Ordering::Relaxed);
    }
}

fn nanos(d: Duration) -> u64 {
    u64::try_from(d.as_nanos()).unwrap_or(u64::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    const MS: Duration = Duration::from_millis(1);

    /// Sends `n` requests at `now`, returning the waits.
    fn send(limiter: &RateLimiter, now: Duration, n: usize) -> Vec<Option<Duration>> {
        (0..n)
            .map(|_| limiter.acquire(now, Duration::MAX))
            .collect()
    }

    #[test]
    fn no_pacing_without_a_maximum_or_a_429() {
        let limiter = RateLimiter::new(RateLimit::default());
        for i in 0..1000u64 {
            let now = MS * u32::try_from(i).unwrap_or(0);
            assert_eq!(limiter.acquire(now, Duration::MAX), None);
            limiter.learn(now, false);
        }
        let off = RateLimiter::new(RateLimit::disabled());
        off.answered(&Clock::system(), true);
        assert_eq!(send(&off, Duration::ZERO, 100), vec![None; 100]);
    }

    #[test]
    fn a_fixed_maximum_paces_after_a_burst_of_one_second() {
        let limiter = RateLimiter::new(RateLimit::disabled().with_max_rate(10.0));
        let waits = send(&limiter, Duration::ZERO, 12);
        assert_eq!(waits[..10], [None; 10]);
        assert_eq!(waits[10], Some(Duration::from_millis(100)));
        assert_eq!(waits[11], Some(Duration::from_millis(200)));
        // A second later the bucket has refilled by ten.
        let later = send(&limiter, Duration::from_secs(1), 9);
        assert_eq!(later[..8], [None; 8]);
        assert!(later[8].is_some());
    }

    #[test]
    fn a_429_halves_the_measured_rate_and_successes_restore_it() {
        let limiter = RateLimiter::new(RateLimit::default());
        // 20 requests per second for two seconds.
        for i in 0..40u32 {
            let now = MS * (50 * i);
            assert_eq!(limiter.acquire(now, Duration::MAX), None);
            limiter.learn(now, false);
        }
        let now = Duration::from_secs(2);
        limiter.learn(now, true);
        let rate = limiter.bucket().adaptive.unwrap_or_default();
        assert!((9.0..=11.0).contains(&rate), "{rate}");
        // The next requests are paced at that rate: the bucket starts empty, then 1/rate apart.
        let waits = send(&limiter, now, 3);
        let first = waits[0].unwrap_or_default().as_secs_f64();
        assert!((first - 1.0 / rate).abs() < 1e-3, "{first}");
        let gap = waits[2].unwrap_or_default() - waits[1].unwrap_or_default();
        assert!((gap.as_secs_f64() - 1.0 / rate).abs() < 1e-3, "{gap:?}");
        // Successes raise the rate until the pacing stops.
        let mut t = now;
        for _ in 0..10_000 {
            t += Duration::from_millis(100);
            limiter.learn(t, false);
            if !limiter.pacing.load(Ordering::Relaxed) {
                break;
            }
        }
        assert!(!limiter.pacing.load(Ordering::Relaxed));
        assert_eq!(limiter.acquire(t, Duration::MAX), None);
        // A second 429 while paced halves the paced rate again, not below the floor.
        limiter.learn(t, true);
        for _ in 0..20 {
            limiter.learn(t, true);
        }
        assert_eq!(limiter.bucket().adaptive, Some(MIN_RATE));
    }

    #[test]
    fn waits_never_pass_the_time_left() {
        let limiter = RateLimiter::new(RateLimit::disabled().with_max_rate(1.0));
        assert_eq!(limiter.acquire(Duration::ZERO, MS), None);
        assert_eq!(limiter.acquire(Duration::ZERO, MS), Some(MS));
    }
}
