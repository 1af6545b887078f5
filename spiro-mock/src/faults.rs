//! Fault injection: queued per target, applied in FIFO order.

use std::collections::VecDeque;
use std::time::Duration;

use crate::Shared;
use crate::events::Event;

/// Which endpoint family a fault applies to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Target {
    /// `POST /oauth/token`.
    Token,
    /// Every request under `/api/` (applied before routing and authentication, like a gateway).
    Api,
}

/// What a fault does.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum FaultKind {
    /// Answer with this status (and an error body) instead of handling the request.
    Status(u16),
    /// Answer 429 with `Retry-After` (whole seconds, rounded up).
    RateLimited {
        /// The delay announced in `Retry-After`.
        retry_after: Duration,
    },
    /// Close the connection without writing any response.
    DropConnection,
    /// Handle the request fully (a token grant is performed, tokens issued and recorded; an API
    /// write is stored), then close the connection without writing the response.
    CommitThenDrop,
    /// Wait this long before handling the request.
    Latency(Duration),
}

/// A fault to inject with [`Server::inject`](crate::Server::inject).
///
/// Faults of one target are applied in the order they were injected. A latency fault delays
/// requests (until cleared unless [`times`](Fault::times) is set) and combines with the first
/// other queued fault, which applies to the next request only (or the next `n` with
/// [`times`](Fault::times)).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Fault {
    kind: FaultKind,
    /// `None`: until cleared.
    times: Option<u32>,
}

impl Fault {
    /// Answer with `status` (e.g. 500, 502, 503) instead of handling the request. The body is a
    /// JSON:API error document on the API and an OAuth error body on the token endpoint.
    /// Statuses outside 400..=599 are answered as 500. A 401 on the API looks exactly like a
    /// rejected token (`WWW-Authenticate` and an `invalid_token` body); on the token endpoint it
    /// is `invalid_client`.
    pub fn status(status: u16) -> Fault {
        Fault {
            kind: FaultKind::Status(status),
            times: Some(1),
        }
    }

    /// Answer 429 with `Retry-After: <seconds>` (rounded up).
    pub fn rate_limited(retry_after: Duration) -> Fault {
        Fault {
            kind: FaultKind::RateLimited { retry_after },
            times: Some(1),
        }
    }

    /// Close the TCP connection without writing any response.
    pub fn drop_connection() -> Fault {
        Fault {
            kind: FaultKind::DropConnection,
            times: Some(1),
        }
    }

    /// Perform the request fully (on the token endpoint: the grant is performed, tokens issued
    /// and recorded), then close the connection without a response.
    pub fn commit_then_drop() -> Fault {
        Fault {
            kind: FaultKind::CommitThenDrop,
            times: Some(1),
        }
    }

    /// Delay requests by `delay` before handling them, until cleared (or `n` requests with
    /// [`times`](Fault::times)).
    pub fn latency(delay: Duration) -> Fault {
        Fault {
            kind: FaultKind::Latency(delay),
            times: None,
        }
    }

    /// Apply to the next `n` matching requests (default: 1; latency: until cleared).
    #[must_use]
    pub fn times(mut self, n: u32) -> Fault {
        self.times = Some(n);
        self
    }

    /// What this fault does.
    pub fn kind(&self) -> FaultKind {
        self.kind
    }
}

#[derive(Debug)]
struct Armed {
    kind: FaultKind,
    remaining: Option<u32>,
}

/// The queued faults of both targets.
#[derive(Debug, Default)]
pub(crate) struct FaultQueues {
    token: VecDeque<Armed>,
    api: VecDeque<Armed>,
}

/// The faults that apply to one request.
#[derive(Debug, Default, PartialEq, Eq)]
pub(crate) struct Plan {
    pub(crate) latency: Option<Duration>,
    /// A non-latency fault.
    pub(crate) action: Option<FaultKind>,
}

impl FaultQueues {
    fn queue(&mut self, target: Target) -> &mut VecDeque<Armed> {
        match target {
            Target::Token => &mut self.token,
            Target::Api => &mut self.api,
        }
    }

    /// Queues a fault.
    pub(crate) fn inject(&mut self, target: Target, fault: Fault) {
        if fault.times == Some(0) {
            return;
        }
        self.queue(target).push_back(Armed {
            kind: fault.kind,
            remaining: fault.times,
        });
    }

    /// Removes every fault.
    pub(crate) fn clear(&mut self) {
        self.token.clear();
        self.api.clear();
    }

    /// Takes what applies to the next request of `target`: the first latency fault and the
    /// first other fault.
    pub(crate) fn take(&mut self, target: Target) -> Plan {
        let queue = self.queue(target);
        let latency = take_first(queue, |k| matches!(k, FaultKind::Latency(_)));
        let action = take_first(queue, |k| !matches!(k, FaultKind::Latency(_)));
        Plan {
            latency: latency.and_then(|k| match k {
                FaultKind::Latency(d) => Some(d),
                _ => None,
            }),
            action,
        }
    }
}

fn take_first(queue: &mut VecDeque<Armed>, pred: impl Fn(&FaultKind) -> bool) -> Option<FaultKind> {
    let index = queue.iter().position(|a| pred(&a.kind))?;
    let armed = queue.get_mut(index)?;
    let kind = armed.kind;
    if let Some(n) = armed.remaining.as_mut() {
        *n = n.saturating_sub(1);
        if *n == 0 {
            queue.remove(index);
        }
    }
    Some(kind)
}

/// What a handler must do after faults were applied.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Decision {
    /// Handle the request normally.
    Proceed,
    /// Handle the request, then drop the connection instead of answering.
    ProceedThenDrop,
    /// Answer with this fault instead of handling the request.
    Respond(FaultKind),
    /// Drop the connection without handling the request.
    Drop,
}

/// Takes the faults for one request of `target`, records them and waits out any latency.
pub(crate) async fn apply(shared: &Shared, target: Target) -> Decision {
    let plan = shared.faults.lock().take(target);
    if let Some(delay) = plan.latency {
        shared.log.emit([Event::FaultInjected {
            target,
            fault: FaultKind::Latency(delay),
        }]);
        tokio::time::sleep(delay).await;
    }
    let Some(action) = plan.action else {
        return Decision::Proceed;
    };
    shared.log.emit([Event::FaultInjected {
        target,
        fault: action,
    }]);
    match action {
        FaultKind::DropConnection => Decision::Drop,
        FaultKind::CommitThenDrop => Decision::ProceedThenDrop,
        other => Decision::Respond(other),
    }
}

/// The status a `Status` fault answers with: 400..=599 as given, anything else 500.
pub(crate) fn fault_status(code: u16) -> http::StatusCode {
    http::StatusCode::from_u16(code)
        .ok()
        .filter(|s| s.is_client_error() || s.is_server_error())
        .unwrap_or(http::StatusCode::INTERNAL_SERVER_ERROR)
}

/// `Retry-After` seconds for a delay (rounded up).
pub(crate) fn retry_after_secs(delay: Duration) -> u64 {
    let secs = delay.as_secs();
    if delay.subsec_nanos() > 0 {
        secs.saturating_add(1)
    } else {
        secs
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fifo_with_counts_and_latency_alongside() {
        let mut q = FaultQueues::default();
        q.inject(Target::Api, Fault::status(503).times(2));
        q.inject(Target::Api, Fault::drop_connection());
        q.inject(
            Target::Api,
            Fault::latency(Duration::from_millis(5)).times(1),
        );
        q.inject(Target::Token, Fault::status(500).times(0));
        let first = q.take(Target::Api);
        assert_eq!(first.latency, Some(Duration::from_millis(5)));
        assert_eq!(first.action, Some(FaultKind::Status(503)));
        assert_eq!(
            q.take(Target::Api),
            Plan {
                latency: None,
                action: Some(FaultKind::Status(503))
            }
        );
        assert_eq!(q.take(Target::Api).action, Some(FaultKind::DropConnection));
        assert_eq!(q.take(Target::Api), Plan::default());
        assert_eq!(q.take(Target::Token), Plan::default());
    }

    #[test]
    fn latency_lasts_until_cleared() {
        let mut q = FaultQueues::default();
        q.inject(Target::Token, Fault::latency(Duration::from_millis(1)));
        for _ in 0..3 {
            assert_eq!(
                q.take(Target::Token).latency,
                Some(Duration::from_millis(1))
            );
        }
        q.clear();
        assert_eq!(q.take(Target::Token), Plan::default());
    }

    #[test]
    fn fault_statuses_are_errors() {
        assert_eq!(fault_status(503).as_u16(), 503);
        assert_eq!(fault_status(404).as_u16(), 404);
        for odd in [0, 101, 200, 204, 302, 600, 1000] {
            assert_eq!(fault_status(odd).as_u16(), 500, "{odd}");
        }
    }

    #[test]
    fn retry_after_rounds_up() {
        assert_eq!(retry_after_secs(Duration::from_secs(2)), 2);
        assert_eq!(retry_after_secs(Duration::from_millis(1500)), 2);
        assert_eq!(retry_after_secs(Duration::ZERO), 0);
    }
}
