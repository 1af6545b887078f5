//! The retry budget: one per client, shared by the API calls and the token endpoint.

use std::sync::Arc;
use std::sync::atomic::{AtomicU32, Ordering};

/// A token bucket that bounds the retries of one client, shared by all its requests and
/// clones (the idea of the AWS SDKs' "standard" retry mode).
///
/// It starts full ([`RetryPolicy::retry_budget`](crate::RetryPolicy::retry_budget), default
/// 500). Each retry takes
/// [`RETRY_COST`](Self::RETRY_COST) tokens ([`TIMEOUT_COST`](Self::TIMEOUT_COST) after a
/// timeout) and is not made when the bucket holds fewer; each successful request puts
/// [`SUCCESS_REFUND`](Self::SUCCESS_REFUND) back, up to the capacity. During an outage a client
/// therefore makes at most `capacity / RETRY_COST` retries in a row (100 by default), then
/// returns failures at once; afterwards at most one retry per `RETRY_COST` successes, so
/// retries never add more than a fifth to the load in steady state.
///
/// ```
/// use spiro_auth::engine::RetryBudget;
/// let budget = RetryBudget::new(10);
/// assert!(budget.try_withdraw(false) && budget.try_withdraw(false));
/// assert!(!budget.try_withdraw(false)); // spent
/// for _ in 0..5 { budget.deposit(); }
/// assert!(budget.try_withdraw(false));
/// ```
#[derive(Clone, Debug)]
pub struct RetryBudget {
    tokens: Arc<AtomicU32>,
    capacity: u32,
}

impl RetryBudget {
    /// Tokens one retry takes.
    pub const RETRY_COST: u32 = 5;
    /// Tokens one retry after a timeout takes (a timeout costs the server more).
    pub const TIMEOUT_COST: u32 = 10;
    /// Tokens a success puts back.
    pub const SUCCESS_REFUND: u32 = 1;

    /// A full bucket of `capacity` tokens.
    pub fn new(capacity: u32) -> Self {
        Self {
            tokens: Arc::new(AtomicU32::new(capacity)),
            capacity,
        }
    }

    /// Takes the cost of one retry (`after_timeout`: the failure was a timeout); false, and
    /// nothing taken, when the bucket holds too little.
    pub fn try_withdraw(&self, after_timeout: bool) -> bool {
        let cost = if after_timeout {
            Self::TIMEOUT_COST
        } else {
            Self::RETRY_COST
        };
        self.tokens
            .fetch_update(Ordering::AcqRel, Ordering::Acquire, |t| t.checked_sub(cost))
            .is_ok()
    }

    /// Records a success.
    pub fn deposit(&self) {
        // Cheap when full: a load, no write, so the success path of every request does not
        // contend on one cache line.
        if self.tokens.load(Ordering::Relaxed) >= self.capacity {
            return;
        }
        let capacity = self.capacity;
        let _ = self
            .tokens
            .fetch_update(Ordering::AcqRel, Ordering::Acquire, |t| {
                (t < capacity).then(|| t.saturating_add(Self::SUCCESS_REFUND).min(capacity))
            });
    }

    /// Tokens left.
    pub fn available(&self) -> u32 {
        self.tokens.load(Ordering::Acquire)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn budget_bounds_retries_and_refills_on_success() {
        let budget = RetryBudget::new(500);
        let retries = (0..10_000).filter(|_| budget.try_withdraw(false)).count();
        assert_eq!(retries, 100);
        let shared = budget.clone();
        for _ in 0..10 {
            shared.deposit();
        }
        assert!(budget.try_withdraw(true));
        assert!(!budget.try_withdraw(false));
        for _ in 0..1_000 {
            budget.deposit();
        }
        assert_eq!(budget.available(), 500);
        assert!(!RetryBudget::new(0).try_withdraw(false));
    }
}
