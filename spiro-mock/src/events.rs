//! The ordered event log, the counters derived from it and the `on_event` listeners.

use std::cell::Cell;
use std::sync::Arc;

use parking_lot::{Mutex, ReentrantMutex, RwLock};

use crate::faults::{FaultKind, Target};

/// How a request to `POST /oauth/token` ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TokenOutcome {
    /// A new token pair was issued (200).
    Issued,
    /// 400 `invalid_grant`: unknown, used or expired code, revoked or unknown refresh token, or a
    /// redirect URI that does not match.
    InvalidGrant,
    /// 401 `invalid_client`: unknown client id or wrong secret.
    InvalidClient,
    /// 400 `invalid_request` (malformed body, missing parameter) or `unsupported_grant_type`.
    InvalidRequest,
    /// An injected fault answered instead of the grant (status, rate limit or dropped connection).
    Fault,
}

/// Something the mock did, in the order it happened.
///
/// Events carry token strings so that tests can correlate them; the mock never writes them to
/// `tracing` or its own output.
///
/// The events of one HTTP request are contiguous in the log except where concurrent requests
/// interleave, and the request's own [`Event::ApiRequest`] is always its last event.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum Event {
    /// A request to `POST /oauth/token` was decided.
    TokenRequest {
        /// The raw `grant_type` (`authorization_code`, `refresh_token`, anything else sent), empty
        /// when missing or when the body could not be read.
        grant: String,
        /// How it ended.
        outcome: TokenOutcome,
    },
    /// A new token pair was issued (always right after its [`Event::TokenRequest`], or alone for
    /// [`Server::issue_tokens`](crate::Server::issue_tokens)).
    TokensIssued {
        /// 1 for a pair from an authorization code; the parent's generation + 1 for a refresh.
        generation: u64,
        /// The new access token.
        access_token: String,
        /// The new refresh token.
        refresh_token: String,
        /// The refresh token this pair was refreshed from.
        previous_refresh_token: Option<String>,
    },
    /// An access token was presented to the API for the first time. When the token came from a
    /// refresh, the pair it was refreshed from is revoked right after ([`Event::Revoked`]).
    AccessTokenFirstUse {
        /// The access token.
        access_token: String,
    },
    /// A token pair (access and refresh token) was revoked: by revoke-on-use or by
    /// [`Server::revoke_all_tokens`](crate::Server::revoke_all_tokens).
    Revoked {
        /// The revoked access token.
        access_token: String,
        /// The revoked refresh token.
        refresh_token: String,
    },
    /// An HTTP request was answered: OAuth, API or an unknown route. Recorded just before the
    /// response is written. `status` is 0 when an injected fault closed the connection without
    /// a response.
    ApiRequest {
        /// The HTTP method, e.g. `GET`.
        method: String,
        /// The path, e.g. `/api/v1/companies`.
        path: String,
        /// The raw query string, if any.
        query: Option<String>,
        /// The status sent, 0 for none.
        status: u16,
    },
    /// An authorization code was issued, by `GET /oauth/authorize` or
    /// [`Server::issue_code`](crate::Server::issue_code).
    CodeIssued {
        /// The code.
        code: String,
    },
    /// An injected fault was applied to a request.
    FaultInjected {
        /// Where.
        target: Target,
        /// Which.
        fault: FaultKind,
    },
}

/// Counts of what the mock did. Every counter is derived from the event log under the same
/// lock, so counters and [`Server::events`](crate::Server::events) always agree.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct Counters {
    /// [`Event::TokenRequest`] events: requests to `POST /oauth/token`, any outcome.
    pub token_requests: u64,
    /// Token requests with `grant_type=authorization_code`, any outcome.
    pub code_exchanges: u64,
    /// Token requests with `grant_type=refresh_token`, any outcome.
    pub refresh_requests: u64,
    /// [`Event::TokensIssued`] events.
    pub tokens_issued: u64,
    /// Token requests answered `invalid_grant`.
    pub invalid_grant: u64,
    /// Token requests answered `invalid_client`.
    pub invalid_client: u64,
    /// Token requests answered `invalid_request` or `unsupported_grant_type`.
    pub invalid_request: u64,
    /// [`Event::Revoked`] events (token pairs revoked).
    pub revocations: u64,
    /// [`Event::ApiRequest`] events whose path is under `/api/`.
    pub api_requests: u64,
    /// API requests answered 401.
    pub api_unauthorized: u64,
    /// [`Event::FaultInjected`] events.
    pub faults_injected: u64,
    /// All [`Event::ApiRequest`] events (OAuth, API and unknown routes).
    pub http_requests: u64,
    /// [`Event::CodeIssued`] events.
    pub codes_issued: u64,
    /// [`Event::AccessTokenFirstUse`] events.
    pub first_uses: u64,
}

impl Counters {
    fn count(&mut self, event: &Event) {
        match event {
            Event::TokenRequest { grant, outcome } => {
                self.token_requests += 1;
                match grant.as_str() {
                    "authorization_code" => self.code_exchanges += 1,
                    "refresh_token" => self.refresh_requests += 1,
                    _ => {}
                }
                match outcome {
                    TokenOutcome::InvalidGrant => self.invalid_grant += 1,
                    TokenOutcome::InvalidClient => self.invalid_client += 1,
                    TokenOutcome::InvalidRequest => self.invalid_request += 1,
                    TokenOutcome::Issued | TokenOutcome::Fault => {}
                }
            }
            Event::TokensIssued { .. } => self.tokens_issued += 1,
            Event::AccessTokenFirstUse { .. } => self.first_uses += 1,
            Event::Revoked { .. } => self.revocations += 1,
            Event::ApiRequest { path, status, .. } => {
                self.http_requests += 1;
                if path.starts_with("/api/") {
                    self.api_requests += 1;
                    if *status == 401 {
                        self.api_unauthorized += 1;
                    }
                }
            }
            Event::CodeIssued { .. } => self.codes_issued += 1,
            Event::FaultInjected { .. } => self.faults_injected += 1,
        }
    }
}

type Listener = Arc<dyn Fn(&Event) + Send + Sync>;

/// Clears the "dispatching" flag, also when a listener panics.
struct ResetOnDrop<'a>(&'a Cell<bool>);

impl Drop for ResetOnDrop<'_> {
    fn drop(&mut self) {
        self.0.set(false);
    }
}

#[derive(Default)]
struct LogInner {
    events: Vec<Event>,
    counters: Counters,
    /// Events before this index were handed to the listeners.
    dispatched: usize,
}

/// The log. `push` appends under a short lock; `dispatch` hands pending events to the listeners
/// in log order, one dispatcher at a time (re-entrant, so a listener may call back into the
/// server).
#[derive(Default)]
pub(crate) struct EventLog {
    inner: Mutex<LogInner>,
    /// Held while dispatching; the flag marks a dispatch loop running on the holding thread.
    dispatching: ReentrantMutex<Cell<bool>>,
    listeners: RwLock<Vec<Listener>>,
}

impl EventLog {
    /// Appends events and updates the counters atomically.
    pub(crate) fn push(&self, events: impl IntoIterator<Item = Event>) {
        let mut inner = self.inner.lock();
        for event in events {
            inner.counters.count(&event);
            inner.events.push(event);
        }
    }

    /// Hands every pending event to the listeners, in order. Returns once the events pushed
    /// before the call have been handed over (by this or another thread). Called from a
    /// listener, it returns at once: the dispatch loop already running on this thread hands the
    /// new events over after the current ones, so listeners always see log order.
    pub(crate) fn dispatch(&self) {
        let turn = self.dispatching.lock();
        if turn.get() {
            return;
        }
        turn.set(true);
        let _reset = ResetOnDrop(&turn);
        loop {
            let pending: Vec<Event> = {
                let mut inner = self.inner.lock();
                let start = inner.dispatched;
                inner.dispatched = inner.events.len();
                if start == inner.events.len() {
                    return;
                }
                if self.listeners.read().is_empty() {
                    continue;
                }
                inner.events[start..].to_vec()
            };
            let listeners = self.listeners.read().clone();
            for event in &pending {
                for listener in &listeners {
                    listener(event);
                }
            }
        }
    }

    /// Pushes and dispatches.
    pub(crate) fn emit(&self, events: impl IntoIterator<Item = Event>) {
        self.push(events);
        self.dispatch();
    }

    /// Registers a listener for events pushed from now on (the log is not replayed to it).
    pub(crate) fn subscribe(&self, listener: Listener) {
        let _turn = self.dispatching.lock();
        // Pending events belong to the listeners registered before.
        self.dispatch();
        self.listeners.write().push(listener);
    }

    /// A copy of the log.
    pub(crate) fn events(&self) -> Vec<Event> {
        self.inner.lock().events.clone()
    }

    /// A copy of the counters.
    pub(crate) fn counters(&self) -> Counters {
        self.inner.lock().counters.clone()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicUsize, Ordering};

    #[test]
    fn counters_follow_events() {
        let log = EventLog::default();
        log.emit([
            Event::TokenRequest {
                grant: "refresh_token".into(),
                outcome: TokenOutcome::InvalidGrant,
            },
            Event::ApiRequest {
                method: "GET".into(),
                path: "/api/v1/users".into(),
                query: None,
                status: 401,
            },
            Event::ApiRequest {
                method: "POST".into(),
                path: "/oauth/token".into(),
                query: None,
                status: 400,
            },
        ]);
        let c = log.counters();
        assert_eq!(
            (
                c.token_requests,
                c.refresh_requests,
                c.invalid_grant,
                c.api_requests,
                c.api_unauthorized,
                c.http_requests
            ),
            (1, 1, 1, 1, 1, 2)
        );
    }

    #[test]
    fn listeners_see_new_events_in_order_and_may_reenter() {
        let log = Arc::new(EventLog::default());
        log.emit([Event::CodeIssued { code: "old".into() }]);
        let seen = Arc::new(Mutex::new(Vec::new()));
        let calls = Arc::new(AtomicUsize::new(0));
        {
            let seen = seen.clone();
            let calls = calls.clone();
            let weak = Arc::downgrade(&log);
            log.subscribe(Arc::new(move |e: &Event| {
                calls.fetch_add(1, Ordering::SeqCst);
                seen.lock().push(e.clone());
                // Re-entering the log from a listener must not deadlock.
                if let Some(log) = weak.upgrade() {
                    let _ = log.events();
                    if matches!(e, Event::CodeIssued { code } if code == "a") {
                        log.emit([Event::CodeIssued {
                            code: "nested".into(),
                        }]);
                    }
                }
            }));
        }
        log.emit([
            Event::CodeIssued { code: "a".into() },
            Event::CodeIssued { code: "b".into() },
        ]);
        let codes: Vec<String> = seen
            .lock()
            .iter()
            .filter_map(|e| match e {
                Event::CodeIssued { code } => Some(code.clone()),
                _ => None,
            })
            .collect();
        assert_eq!(codes, ["a", "b", "nested"]);
        assert_eq!(calls.load(Ordering::SeqCst), 3);
    }
}
