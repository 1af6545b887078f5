//! Injectable time: a [`TimeSource`] (wall and monotonic clock) and an [`AsyncSleep`] (how to
//! wait), given to [`TokenManagerBuilder`](crate::TokenManagerBuilder) the way smithy-rs's
//! identity cache takes `time_source` and `sleep_impl`.
//!
//! What each clock decides:
//! - [`TimeSource::now`], the wall clock: how long a token has left, from its absolute
//!   `expires_at` (this is what survives a restart).
//! - [`TimeSource::monotonic`]: every in-process decision (refresh ahead, expired, the
//!   background cooldown), so a wall-clock jump changes none of them once a token is loaded.
//! - [`AsyncSleep`]: the backoff between attempts at the token endpoint.
//! - Deadlines on real I/O (the refresh deadline around the store and the network) stay on the
//!   async runtime's timer: they bound how long a syscall or a socket may take, which a test
//!   clock cannot speed up.
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

/// The system clocks: `SystemTime` for wall time; for monotonic time `CLOCK_MONOTONIC_COARSE`
/// on Linux (a fraction of the cost of `Instant::now`, with a scheduler tick's resolution,
/// plenty for decisions measured in minutes), `Instant` elsewhere. The default.
#[derive(Debug, Default, Clone, Copy)]
pub struct SystemTimeSource;

impl TimeSource for SystemTimeSource {
    fn now(&self) -> SystemTime {
        SystemTime::now()
    }

    fn monotonic(&self) -> Duration {
        Duration::from_nanos(crate::clock::now())
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

/// The manager's clock: the system clocks inline (the hot path reads it on every call), or a
/// custom source.
#[derive(Debug, Clone)]
pub(crate) enum Clock {
    System,
    Custom(Arc<dyn TimeSource>),
}

impl Clock {
    /// Monotonic nanoseconds.
    #[inline(always)]
    pub(crate) fn monotonic(&self) -> u64 {
        match self {
            Clock::System => crate::clock::now(),
            Clock::Custom(source) => {
                u64::try_from(source.monotonic().as_nanos()).unwrap_or(u64::MAX)
            }
        }
    }

    /// Wall time as UTC, clamped to chrono's range (a custom source may return anything).
    pub(crate) fn now(&self) -> DateTime<Utc> {
        let now = match self {
            Clock::System => SystemTime::now(),
            Clock::Custom(source) => source.now(),
        };
        utc(now)
    }
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
