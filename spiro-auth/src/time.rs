//! Time, one concept: a [`TimeSource`] (wall and monotonic clock) and an [`AsyncSleep`] (how to
//! wait), given to [`TokenManagerBuilder`](crate::TokenManagerBuilder) (and to `spiro-api`'s
//! `ClientBuilder`, which hands the same pair to its token manager) the way smithy-rs's identity
//! cache takes `time_source` and `sleep_impl`.
//!
//! What reads it, end to end:
//! - [`TimeSource::now`], the wall clock: how long a token has left, from its absolute
//!   `expires_at` (this is what survives a restart), and what a `Retry-After` date means.
//! - [`TimeSource::monotonic`]: every in-process decision and deadline: refresh ahead,
//!   expired, the background cooldown, the time left of a call's or a refresh's deadline (and so
//!   whether a retry may start), attempt and call durations in spans and metrics. A wall-clock
//!   jump changes none of them.
//! - [`AsyncSleep`]: every wait chosen by the client: backoff and `Retry-After` between
//!   attempts, the rate limiter's pacing.
//! - The one thing it does not drive is the timer that cuts off real I/O that outlives the
//!   time left (an attempt, a store operation): that is the runtime's (reqwest's and tokio's
//!   timeouts), armed with the time left *as this clock reads it*. A test clock cannot make a
//!   socket answer sooner.
//!
//! [`ManualTimeSource`] and [`ManualSleep`] let tests (yours too) drive time by hand:
//!
//! ```
//! use std::time::{Duration, SystemTime};
//! use spiro_auth::time::{AsyncSleep, ManualSleep, ManualTimeSource, TimeSource};
//! # futures::executor::block_on(async {
//! let clock = ManualTimeSource::new(SystemTime::UNIX_EPOCH + Duration::from_secs(1_767_225_600));
//! let sleep = ManualSleep::new(clock.clone());
//! sleep.sleep(Duration::from_secs(90)).await; // returns at once, the clock moved 90 s
//! assert_eq!(clock.monotonic(), Duration::from_secs(90));
//! assert_eq!(sleep.sleeps(), vec![Duration::from_secs(90)]);
//! # });
//! ```

use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, SystemTime};

use chrono::{DateTime, Utc};

/// A source of wall-clock and monotonic time.
pub trait TimeSource: Send + Sync + fmt::Debug + 'static {
    /// The wall-clock time now.
    fn now(&self) -> SystemTime;

    /// Time since an arbitrary origin fixed for the life of this source; never goes backwards
    /// and ignores wall-clock changes.
    fn monotonic(&self) -> Duration;
}

/// A future that completes after a sleep; see [`AsyncSleep`].
pub type Sleep = Pin<Box<dyn Future<Output = ()> + Send + 'static>>;

/// How to wait without blocking a thread.
pub trait AsyncSleep: Send + Sync + fmt::Debug + 'static {
    /// A future that completes after `duration`.
    fn sleep(&self, duration: Duration) -> Sleep;
}

/// The system clocks: `SystemTime` for wall time, the runtime's monotonic clock (tokio's
/// `Instant`, so `tokio::time::pause` applies, as it does to [`TokioSleep`]) for monotonic
/// time. The default.
#[derive(Debug, Default, Clone, Copy)]
pub struct SystemTimeSource;

impl TimeSource for SystemTimeSource {
    fn now(&self) -> SystemTime {
        SystemTime::now()
    }

    fn monotonic(&self) -> Duration {
        static ORIGIN: std::sync::OnceLock<tokio::time::Instant> = std::sync::OnceLock::new();
        ORIGIN.get_or_init(tokio::time::Instant::now).elapsed()
    }
}

/// Sleeps on the tokio timer (so `tokio::time::pause` applies). The default.
#[derive(Debug, Default, Clone, Copy)]
pub struct TokioSleep;

impl AsyncSleep for TokioSleep {
    fn sleep(&self, duration: Duration) -> Sleep {
        Box::pin(tokio::time::sleep(duration))
    }
}

/// A clock that moves only when told; clones share it. For tests.
#[derive(Clone)]
pub struct ManualTimeSource {
    state: Arc<Mutex<ManualState>>,
}

#[derive(Debug)]
struct ManualState {
    wall: SystemTime,
    monotonic: Duration,
}

impl ManualTimeSource {
    /// A clock reading `wall` now, its monotonic time at zero.
    pub fn new(wall: SystemTime) -> Self {
        ManualTimeSource {
            state: Arc::new(Mutex::new(ManualState {
                wall,
                monotonic: Duration::ZERO,
            })),
        }
    }

    fn state(&self) -> std::sync::MutexGuard<'_, ManualState> {
        self.state.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Moves both clocks forward by `by`.
    pub fn advance(&self, by: Duration) {
        let mut s = self.state();
        s.wall += by;
        s.monotonic = s.monotonic.saturating_add(by);
    }

    /// Sets the wall clock alone (a clock jump: NTP, a suspended laptop, an operator).
    pub fn set_wall(&self, wall: SystemTime) {
        self.state().wall = wall;
    }
}

impl fmt::Debug for ManualTimeSource {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let s = self.state();
        f.debug_struct("ManualTimeSource")
            .field("wall", &s.wall)
            .field("monotonic", &s.monotonic)
            .finish()
    }
}

impl TimeSource for ManualTimeSource {
    fn now(&self) -> SystemTime {
        self.state().wall
    }

    fn monotonic(&self) -> Duration {
        self.state().monotonic
    }
}

/// A sleeper that does not wait: it advances a [`ManualTimeSource`] by the requested duration,
/// returns at once and records the request. Clones share the record. For tests.
#[derive(Debug, Clone)]
pub struct ManualSleep {
    clock: ManualTimeSource,
    sleeps: Arc<Mutex<Vec<Duration>>>,
}

impl ManualSleep {
    /// A sleeper moving `clock`.
    pub fn new(clock: ManualTimeSource) -> Self {
        ManualSleep {
            clock,
            sleeps: Arc::default(),
        }
    }

    /// Every duration asked for so far, in order.
    pub fn sleeps(&self) -> Vec<Duration> {
        self.sleeps
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .clone()
    }
}

impl AsyncSleep for ManualSleep {
    fn sleep(&self, duration: Duration) -> Sleep {
        self.sleeps
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .push(duration);
        self.clock.advance(duration);
        Box::pin(std::future::ready(()))
    }
}

/// The clock in use: one time source and one sleep, shared by everything that reads time or
/// waits (the engine's deadlines and backoff, the token manager's expiry and refresh-ahead,
/// `Retry-After` dates). Built from the builders' `time_source` and `sleep_impl`; the system
/// clocks are read inline (the token manager's hot path reads this clock on every call).
///
/// Not user API: public (and hidden) so that `spiro-api`'s `ClientBuilder` can hand one clock
/// to the engine and the token manager alike.
#[doc(hidden)]
#[derive(Debug, Clone)]
pub struct Clock {
    source: Option<Arc<dyn TimeSource>>,
    sleep: Option<Arc<dyn AsyncSleep>>,
    /// Where the system clock's monotonic time starts (shared by the clones).
    origin: tokio::time::Instant,
}

impl Default for Clock {
    fn default() -> Self {
        Clock::system()
    }
}

impl Clock {
    /// The system clocks and the tokio timer.
    pub fn system() -> Self {
        Clock::new(None, None)
    }

    /// `source` and `sleep`, each defaulting to the system's.
    pub fn new(source: Option<Arc<dyn TimeSource>>, sleep: Option<Arc<dyn AsyncSleep>>) -> Self {
        Clock {
            source,
            sleep,
            origin: tokio::time::Instant::now(),
        }
    }

    /// This clock with another time source.
    pub fn with_source(mut self, source: Arc<dyn TimeSource>) -> Self {
        self.source = Some(source);
        self
    }

    /// This clock with another sleep.
    pub fn with_sleep(mut self, sleep: Arc<dyn AsyncSleep>) -> Self {
        self.sleep = Some(sleep);
        self
    }

    /// Monotonic nanoseconds, at the resolution decisions measured in minutes need (the token
    /// manager's hot path): `CLOCK_MONOTONIC_COARSE` for the system clock. Not comparable with
    /// [`monotonic`](Self::monotonic) (another origin).
    #[inline(always)]
    pub(crate) fn coarse_nanos(&self) -> u64 {
        match &self.source {
            None => coarse_monotonic(),
            Some(source) => nanos(source.monotonic()),
        }
    }

    /// Monotonic time, precise: deadlines and durations. For the system clock, tokio's
    /// (`tokio::time::pause` applies, as it does to the default sleep).
    #[inline]
    pub fn monotonic(&self) -> Duration {
        match &self.source {
            None => self.origin.elapsed(),
            Some(source) => source.monotonic(),
        }
    }

    /// Wall time.
    pub fn now(&self) -> SystemTime {
        match &self.source {
            None => SystemTime::now(),
            Some(source) => source.now(),
        }
    }

    /// Wall time as UTC, clamped to chrono's range (a custom source may return anything).
    pub(crate) fn now_utc(&self) -> DateTime<Utc> {
        utc(self.now())
    }

    /// A wait of `duration`.
    pub fn sleep(&self, duration: Duration) -> Sleep {
        match &self.sleep {
            None => Box::pin(tokio::time::sleep(duration)),
            Some(sleep) => sleep.sleep(duration),
        }
    }
}

/// `at + span` in nanoseconds, saturating.
#[inline]
pub(crate) fn add_nanos(at: u64, span: Duration) -> u64 {
    at.saturating_add(nanos(span))
}

#[inline]
fn nanos(d: Duration) -> u64 {
    u64::try_from(d.as_nanos()).unwrap_or(u64::MAX)
}

/// Nanoseconds on the system's coarse monotonic clock.
///
/// Deciding whether a token is due needs minutes of precision, not nanoseconds: on Linux the
/// hot path reads `CLOCK_MONOTONIC_COARSE` (the time of the last scheduler tick, 1–4 ms behind),
/// which costs a fraction of `CLOCK_MONOTONIC` (the hot-path benchmark measured 1.4–2.2× a bare
/// `RwLock` read with `Instant::now`, 0.9–1.0× with the coarse clock). Elsewhere it reads
/// `Instant`. Wall-clock jumps never affect it.
#[cfg(any(target_os = "linux", target_os = "android"))]
#[inline(always)]
fn coarse_monotonic() -> u64 {
    let t = rustix::time::clock_gettime(rustix::time::ClockId::MonotonicCoarse);
    let secs = u64::try_from(t.tv_sec).unwrap_or(0);
    let nanos = u64::try_from(t.tv_nsec).unwrap_or(0);
    secs.saturating_mul(1_000_000_000).saturating_add(nanos)
}

/// Nanoseconds on the system's coarse monotonic clock.
#[cfg(not(any(target_os = "linux", target_os = "android")))]
#[inline(always)]
fn coarse_monotonic() -> u64 {
    use std::sync::OnceLock;
    use std::time::Instant;
    static ORIGIN: OnceLock<Instant> = OnceLock::new();
    nanos(ORIGIN.get_or_init(Instant::now).elapsed())
}

/// `t` as UTC; times outside chrono's range (about ±262,000 years) are clamped to its ends.
pub(crate) fn utc(t: SystemTime) -> DateTime<Utc> {
    let (secs, nanos, after) = match t.duration_since(SystemTime::UNIX_EPOCH) {
        Ok(d) => (d.as_secs(), d.subsec_nanos(), true),
        Err(e) => (e.duration().as_secs(), e.duration().subsec_nanos(), false),
    };
    let clamp = if after {
        DateTime::<Utc>::MAX_UTC
    } else {
        DateTime::<Utc>::MIN_UTC
    };
    let Ok(secs) = i64::try_from(secs) else {
        return clamp;
    };
    let at = if after {
        DateTime::from_timestamp(secs, nanos)
    } else if nanos == 0 {
        DateTime::from_timestamp(-secs, 0)
    } else {
        DateTime::from_timestamp(-secs - 1, 1_000_000_000 - nanos)
    };
    at.unwrap_or(clamp)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn system_clocks_are_monotonic() {
        let clock = Clock::system();
        let (coarse, precise) = (clock.coarse_nanos(), clock.monotonic());
        std::thread::sleep(Duration::from_millis(30));
        // Coarse: behind the precise clock by at most a scheduler tick or two.
        let later = clock.coarse_nanos();
        assert!(later - coarse >= 10_000_000, "{}", later - coarse);
        assert!(clock.monotonic() >= precise + Duration::from_millis(30));
        assert_eq!(add_nanos(u64::MAX - 1, Duration::from_secs(1)), u64::MAX);
        assert_eq!(add_nanos(5, Duration::from_nanos(7)), 12);
    }

    #[test]
    fn wall_times_out_of_range_are_clamped_not_panics() {
        let epoch = SystemTime::UNIX_EPOCH;
        assert_eq!(utc(epoch), DateTime::UNIX_EPOCH);
        assert_eq!(
            utc(epoch + Duration::from_millis(1_500)).timestamp_millis(),
            1_500
        );
        assert_eq!(
            utc(epoch - Duration::from_millis(1_500)).timestamp_millis(),
            -1_500
        );
        if let Some(far) = epoch.checked_add(Duration::from_secs(1 << 60)) {
            assert_eq!(utc(far), DateTime::<Utc>::MAX_UTC);
        }
        if let Some(far) = epoch.checked_sub(Duration::from_secs(1 << 60)) {
            assert_eq!(utc(far), DateTime::<Utc>::MIN_UTC);
        }
    }
}
