//! The one request engine: how every HTTP request of this workspace is sent, the token
//! endpoint's and the API's alike.
//!
//! [`Engine::run`] holds the only retry loop. For each attempt it
//! 1. paces the request through the client's [`RateLimit`] (API calls),
//! 2. bounds it by the time left of the call's deadline (and the attempt timeout),
//! 3. sends it inside an attempt span (OpenTelemetry's HTTP client names, see `span.rs`),
//! 4. classifies the outcome: a connection failure, a timeout, a retryable status (408, 429,
//!    500, 502, 503, 504, see [`crate::transport::RETRYABLE_STATUSES`]), or an answer that the
//!    caller's [`Exchange`] judges (reading its body through the capped reader
//!    [`crate::transport::read_body`]): done, transient, or to be replayed (the 401 path),
//! 5. and for a retry: waits (backoff with full jitter, never less than `Retry-After`, never
//!    past the deadline) on the injected [`Clock`], spending from the client's one
//!    [`RetryBudget`].
//!
//! What differs between the token endpoint and the API is only what an [`Exchange`] says about
//! an answer: the token endpoint decodes token responses and OAuth errors; the API replays once
//! after a 401 and keeps error bodies for its error type.
//!
//! Not user API: public (and hidden from the docs) because `spiro-api` runs its calls through
//! it, and a second crate for it would be one more to publish and version in lockstep. Users
//! reach what they may tune through `RetryPolicy`, `spiro-api`'s `ClientBuilder` (the rate
//! limit, the clock, the timeout) and its per-call options.

mod budget;
#[cfg(feature = "metrics")]
pub mod metrics;
mod rate;
mod span;

use std::future::Future;
use std::sync::Arc;
use std::time::Duration;

use tracing::{Instrument, Span};

pub use budget::RetryBudget;
pub use rate::RateLimit;
pub use span::{Target, redacted_url};

use crate::error::ConfigError;
use crate::policy::RetryPolicy;
use crate::time::Clock;
use crate::transport::{is_retryable_status, retry_after};
use rate::RateLimiter;

/// Timeout of one attempt when neither the policy nor the engine's owner sets one.
pub const DEFAULT_ATTEMPT_TIMEOUT: Duration = Duration::from_secs(30);

/// Sends requests with the rules every request of one client shares. Cheap to clone: clones
/// share the HTTP client, the policy, the budget, the clock and the rate limiter.
#[derive(Clone, Debug)]
pub struct Engine {
    shared: Arc<Shared>,
}

#[derive(Debug)]
struct Shared {
    http: reqwest::Client,
    policy: RetryPolicy,
    budget: RetryBudget,
    clock: Clock,
    limiter: RateLimiter,
    attempt_timeout: Duration,
}

/// One call as the engine sees it.
#[derive(Debug)]
pub struct Call<'a> {
    /// The retry policy of this call (the client's, or a per-call override).
    pub policy: &'a RetryPolicy,
    /// The call's deadline, on the engine's clock ([`Clock::monotonic`]).
    pub deadline: Duration,
    /// Whether the request may be sent twice: then timeouts and retryable statuses are
    /// retried (a failed connection never reached the server and is retried whatever this
    /// says).
    pub idempotent: bool,
    /// What the attempt spans are named after.
    pub target: Target,
    /// Whether the request goes through the client's rate limiter (API calls do; the token
    /// endpoint, on another host and called once a day, does not).
    pub paced: bool,
}

/// What an [`Exchange`] learns about the attempt it judges.
#[derive(Debug)]
pub struct Attempt<'a> {
    /// 0 for the first attempt, then 1, 2, … (`http.request.resend_count`).
    pub resend_count: u32,
    /// The attempt's span (record more fields on it, or run work under it).
    pub span: &'a Span,
    /// When the attempt started, on the engine's clock.
    pub started: Duration,
}

/// The caller's judgement of an answer.
#[derive(Debug)]
pub enum Verdict<T> {
    /// The call's outcome.
    Done(T),
    /// A transient failure: retried if the policy, the deadline and the budget allow, else
    /// this is the outcome.
    Retry(T),
    /// Send the request again at once, without a wait and outside the retry count and budget
    /// (the replay after a 401 that refreshed the token). [`Exchange::before_resend`] updates it
    /// first. If the request cannot be sent twice (a streaming body), this is the outcome.
    Replay(T),
}

/// How a call ended, besides its outcome.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ending {
    /// The outcome stands: a success, a failure that is not transient, or a transient failure
    /// after the attempts, the deadline or the request's body left no retry.
    Settled,
    /// A transient failure that would have been retried, had the retry budget not been spent.
    BudgetExhausted,
}

/// What one caller (the token endpoint, an API call) says about its answers.
pub trait Exchange: Send {
    /// The call's outcome.
    type Output: Send;

    /// A read-only look at every request just before it is sent.
    fn sending(&mut self, _request: &reqwest::Request, _attempt: &Attempt<'_>) {}

    /// A read-only look at every answer's head, before anything else happens to it (also to
    /// the answers the engine retries without asking [`answer`](Self::answer)).
    fn answered(&mut self, _response: &reqwest::Response, _attempt: &Attempt<'_>) {}

    /// Judges an answer that the engine does not retry by itself: reads its body (through the
    /// capped reader) and says what it means.
    fn answer(
        &mut self,
        response: reqwest::Response,
        attempt: &Attempt<'_>,
    ) -> impl Future<Output = Verdict<Self::Output>> + Send;

    /// The outcome when the attempt failed without an answer (the engine decides whether it is
    /// retried).
    fn failed(&mut self, error: reqwest::Error, attempt: &Attempt<'_>) -> Self::Output;

    /// Brings a request that is about to be sent again up to date (the bearer header may have
    /// changed during the wait).
    fn before_resend(
        &mut self,
        _request: &mut reqwest::Request,
    ) -> impl Future<Output = ()> + Send {
        async {}
    }
}

/// What one attempt led to.
enum Step<T> {
    Done(T, Ending),
    Wait(Duration),
    Replay,
}

/// Why a transport failure happened, for retries and `error.type`.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Failure {
    /// The connection was never made: the server saw nothing.
    Connect,
    /// The attempt's timeout passed.
    Timeout,
    /// Sending or receiving failed on an open connection (the server may have acted).
    Connection,
    /// Anything else (a redirect loop, a builder error): never retried.
    Other,
}

impl Failure {
    fn of(error: &reqwest::Error) -> Self {
        if error.is_connect() {
            Failure::Connect
        } else if error.is_timeout() {
            Failure::Timeout
        } else if error.is_request() || error.is_body() {
            Failure::Connection
        } else {
            Failure::Other
        }
    }

    fn error_type(self) -> &'static str {
        match self {
            Failure::Connect | Failure::Connection => "connection",
            Failure::Timeout => "timeout",
            Failure::Other => "_OTHER",
        }
    }

    fn retryable(self, idempotent: bool) -> bool {
        match self {
            Failure::Connect => true,
            Failure::Timeout | Failure::Connection => idempotent,
            Failure::Other => false,
        }
    }
}

impl Engine {
    /// An engine sending with `http`, retrying under `policy` (and a budget of its size), on
    /// `clock`, with the default [`RateLimit`]. The policy is checked where it is built into
    /// a client ([`with_parts`](Self::with_parts), the token manager's `build`).
    pub fn new(http: reqwest::Client, policy: RetryPolicy, clock: Clock) -> Self {
        Engine::unchecked(
            http,
            policy,
            clock,
            RateLimit::default(),
            DEFAULT_ATTEMPT_TIMEOUT,
        )
    }

    /// An engine with everything given: the rate limit and the timeout of one attempt when
    /// the policy sets none.
    ///
    /// # Errors
    /// [`ConfigError::InvalidPolicy`] for a policy out of range.
    pub fn with_parts(
        http: reqwest::Client,
        policy: RetryPolicy,
        clock: Clock,
        rate_limit: RateLimit,
        attempt_timeout: Duration,
    ) -> Result<Self, ConfigError> {
        policy.validate()?;
        Ok(Engine::unchecked(
            http,
            policy,
            clock,
            rate_limit,
            attempt_timeout,
        ))
    }

    fn unchecked(
        http: reqwest::Client,
        policy: RetryPolicy,
        clock: Clock,
        rate_limit: RateLimit,
        attempt_timeout: Duration,
    ) -> Self {
        Engine {
            shared: Arc::new(Shared {
                http,
                budget: RetryBudget::new(policy.retry_budget()),
                limiter: RateLimiter::new(rate_limit),
                policy,
                clock,
                attempt_timeout,
            }),
        }
    }

    /// The HTTP client.
    pub fn http(&self) -> &reqwest::Client {
        &self.shared.http
    }

    /// The client's retry policy.
    pub fn policy(&self) -> &RetryPolicy {
        &self.shared.policy
    }

    /// The client's clock.
    pub fn clock(&self) -> &Clock {
        &self.shared.clock
    }

    /// The client's retry budget.
    pub fn budget(&self) -> &RetryBudget {
        &self.shared.budget
    }

    /// The deadline of a call that starts now and may take `allowed`, on the clock.
    pub fn deadline_in(&self, allowed: Duration) -> Duration {
        self.shared.clock.monotonic().saturating_add(allowed)
    }

    /// Sends `request` until `exchange` is satisfied, a failure is not worth a retry, or the
    /// policy, the deadline or the budget allow no more. Returns the outcome and how the call
    /// ended.
    pub async fn run<X: Exchange>(
        &self,
        call: &Call<'_>,
        mut request: reqwest::Request,
        exchange: &mut X,
    ) -> (X::Output, Ending) {
        let shared = &*self.shared;
        let (mut resend_count, mut retries) = (0u32, 0u32);
        loop {
            let mut now = shared.clock.monotonic();
            if call.paced {
                let left = call.deadline.saturating_sub(now);
                if let Some(wait) = shared.limiter.acquire(now, left) {
                    tracing::debug!(
                        wait_ms = millis(wait),
                        "pacing the request (client rate limit)"
                    );
                    shared.clock.sleep(wait).await;
                    now = shared.clock.monotonic();
                }
            }
            let timeout = call
                .policy
                .attempt_timeout()
                .unwrap_or(shared.attempt_timeout)
                .min(call.deadline.saturating_sub(now));
            *request.timeout_mut() = Some(timeout);
            // Kept for a retry or a replay; bodies of our requests are bytes, so this is cheap
            // and fails only for streaming bodies, which are then sent once.
            let mut again = request.try_clone();
            let span = span::attempt(&request, &call.target, resend_count);
            let attempt = Attempt {
                resend_count,
                span: &span,
                started: now,
            };
            let step = self
                .attempt(call, request, &mut again, exchange, &attempt, retries)
                .instrument(span.clone())
                .await;
            match step {
                Step::Done(output, ending) => return (output, ending),
                Step::Wait(wait) => {
                    let Some(mut next) = again else {
                        unreachable!("a wait is only chosen when the request can be sent again")
                    };
                    tracing::debug!(
                        retry = retries + 1,
                        wait_ms = millis(wait),
                        "retrying a transient failure"
                    );
                    #[cfg(feature = "metrics")]
                    metrics::retry(&next);
                    shared.clock.sleep(wait).await;
                    exchange.before_resend(&mut next).await;
                    retries += 1;
                    request = next;
                }
                Step::Replay => {
                    let Some(mut next) = again else {
                        unreachable!("a replay is only chosen when the request can be sent again")
                    };
                    exchange.before_resend(&mut next).await;
                    request = next;
                }
            }
            resend_count += 1;
        }
    }

    /// One attempt, inside its span.
    async fn attempt<X: Exchange>(
        &self,
        call: &Call<'_>,
        request: reqwest::Request,
        again: &mut Option<reqwest::Request>,
        exchange: &mut X,
        attempt: &Attempt<'_>,
        retries: u32,
    ) -> Step<X::Output> {
        let shared = &*self.shared;
        exchange.sending(&request, attempt);
        #[cfg(feature = "metrics")]
        let measured = metrics::AttemptLabels::of(&request);
        let sent = shared.http.execute(request).await;
        let response = match sent {
            Ok(response) => response,
            Err(error) => {
                let failure = Failure::of(&error);
                span::failed(attempt.span, failure.error_type());
                #[cfg(feature = "metrics")]
                measured.record(&shared.clock, attempt.started, None, failure.error_type());
                let retryable = failure.retryable(call.idempotent);
                let output = exchange.failed(error, attempt);
                if !retryable || again.is_none() {
                    return Step::Done(output, Ending::Settled);
                }
                return self.retry_or(call, retries, None, failure == Failure::Timeout, output);
            }
        };
        let status = response.status();
        span::answered(attempt.span, status);
        #[cfg(feature = "metrics")]
        measured.record(
            &shared.clock,
            attempt.started,
            Some(status),
            if status.as_u16() >= 400 {
                status.as_str()
            } else {
                ""
            },
        );
        exchange.answered(&response, attempt);
        if call.paced {
            shared
                .limiter
                .answered(&shared.clock, status.as_u16() == 429);
        }
        if status.is_success() {
            shared.budget.deposit();
        }
        // Read only where a retry may follow (a success's headers are not searched).
        let waited = || retry_after(response.headers(), shared.clock.now());
        if call.idempotent && is_retryable_status(status) && again.is_some() {
            // Retried without reading the body when a retry can be had; else the exchange
            // makes the failure.
            match self.next_wait(call, retries, waited(), false) {
                Ok(wait) => return Step::Wait(wait),
                Err(ending) => {
                    let output = match exchange.answer(response, attempt).await {
                        Verdict::Done(output)
                        | Verdict::Retry(output)
                        | Verdict::Replay(output) => output,
                    };
                    return Step::Done(output, ending);
                }
            }
        }
        let waited = (!status.is_success()).then(waited).flatten();
        match exchange.answer(response, attempt).await {
            Verdict::Done(output) => Step::Done(output, Ending::Settled),
            Verdict::Retry(output) if again.is_some() => {
                self.retry_or(call, retries, waited, false, output)
            }
            Verdict::Retry(output) => Step::Done(output, Ending::Settled),
            Verdict::Replay(output) => match again {
                Some(_) => {
                    drop(output);
                    Step::Replay
                }
                None => Step::Done(output, Ending::Settled),
            },
        }
    }

    /// A retry's wait, or `output` as the outcome when there is none.
    fn retry_or<T>(
        &self,
        call: &Call<'_>,
        retries: u32,
        retry_after: Option<Duration>,
        after_timeout: bool,
        output: T,
    ) -> Step<T> {
        match self.next_wait(call, retries, retry_after, after_timeout) {
            Ok(wait) => Step::Wait(wait),
            Err(ending) => Step::Done(output, ending),
        }
    }

    /// The wait before the next retry, with its cost taken from the budget; or why there is
    /// none.
    fn next_wait(
        &self,
        call: &Call<'_>,
        retries: u32,
        retry_after: Option<Duration>,
        after_timeout: bool,
    ) -> Result<Duration, Ending> {
        // The time left is read again: the attempt itself took some of it.
        let wait = call
            .policy
            .sample_next_wait(retries, retry_after, self.left(call))
            .ok_or(Ending::Settled)?;
        if !self.shared.budget.try_withdraw(after_timeout) {
            tracing::debug!("the retry budget is spent: no retry");
            #[cfg(feature = "metrics")]
            metrics::budget_refusal();
            return Err(Ending::BudgetExhausted);
        }
        Ok(wait)
    }

    /// Time left before the call's deadline (zero once it has passed).
    fn left(&self, call: &Call<'_>) -> Duration {
        call.deadline.saturating_sub(self.shared.clock.monotonic())
    }
}

fn millis(d: Duration) -> u64 {
    u64::try_from(d.as_millis()).unwrap_or(u64::MAX)
}
