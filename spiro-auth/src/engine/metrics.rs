//! Metrics, with the cargo feature `metrics`, through the [`metrics`](https://docs.rs/metrics)
//! facade: nothing is recorded until the application installs a recorder (an exporter to
//! Prometheus, OpenTelemetry, StatsD, …), and without the feature none of this is compiled.
//!
//! | name | kind | unit | labels |
//! |---|---|---|---|
//! | `http.client.request.duration` | histogram | s | `http.request.method`, `server.address`, `server.port`, `http.response.status_code` (when an answer came), `error.type` (on failure) |
//! | `spiro.client.call.duration` | histogram | s | `spiro.operation_id`, `error.type` (on failure) |
//! | `spiro.client.retries` | counter | | `http.request.method`, `server.address` |
//! | `spiro.client.retry_budget.refusals` | counter | | |
//! | `spiro.client.unauthorized_replays` | counter | | `spiro.operation_id` |
//! | `spiro.client.token_refreshes` | counter | | `reason`, `outcome` |
//!
//! One attempt is one request sent (`http.client.request.duration`, OpenTelemetry's HTTP
//! client metric); one call is one operation (`client.get_company()…send()`), all its attempts
//! and waits included. Durations are read on the client's clock, so a test clock makes them
//! exact.

use std::time::Duration;

use metrics::{counter, histogram};
use reqwest::StatusCode;

use crate::time::Clock;

/// Histogram of one attempt's duration, in seconds.
pub const REQUEST_DURATION: &str = "http.client.request.duration";
/// Histogram of one call's duration (every attempt and wait), in seconds.
pub const CALL_DURATION: &str = "spiro.client.call.duration";
/// Counter of retries (attempts after a wait).
pub const RETRIES: &str = "spiro.client.retries";
/// Counter of retries not made because the retry budget was spent.
pub const BUDGET_REFUSALS: &str = "spiro.client.retry_budget.refusals";
/// Counter of requests replayed after a 401 (with a refreshed token).
pub const UNAUTHORIZED_REPLAYS: &str = "spiro.client.unauthorized_replays";
/// Counter of token refreshes (and adoptions, and logins), by reason and outcome.
pub const TOKEN_REFRESHES: &str = "spiro.client.token_refreshes";

/// The labels of one attempt, taken before the request is sent.
pub(super) struct AttemptLabels {
    method: String,
    address: String,
    port: String,
}

impl AttemptLabels {
    pub(super) fn of(request: &reqwest::Request) -> Self {
        let url = request.url();
        AttemptLabels {
            method: request.method().as_str().to_owned(),
            address: url.host_str().unwrap_or_default().to_owned(),
            port: url
                .port_or_known_default()
                .map(|p| p.to_string())
                .unwrap_or_default(),
        }
    }

    /// Records the attempt that started at `started` on `clock` and ended now.
    pub(super) fn record(
        self,
        clock: &Clock,
        started: Duration,
        status: Option<StatusCode>,
        error_type: &str,
    ) {
        let seconds = clock.monotonic().saturating_sub(started).as_secs_f64();
        let mut labels = vec![
            ("http.request.method", self.method),
            ("server.address", self.address),
            ("server.port", self.port),
        ];
        if let Some(status) = status {
            labels.push(("http.response.status_code", status.as_str().to_owned()));
        }
        if !error_type.is_empty() {
            labels.push(("error.type", error_type.to_owned()));
        }
        histogram!(REQUEST_DURATION, &labels).record(seconds);
    }
}

/// Counts a retry of `request`.
pub(super) fn retry(request: &reqwest::Request) {
    let url = request.url();
    counter!(
        RETRIES,
        "http.request.method" => request.method().as_str().to_owned(),
        "server.address" => url.host_str().unwrap_or_default().to_owned(),
    )
    .increment(1);
}

/// Counts a retry refused by the budget.
pub(super) fn budget_refusal() {
    counter!(BUDGET_REFUSALS).increment(1);
}

/// Records one call of `operation` that took `duration`, with its `error_type` (empty for a
/// success).
pub fn call(operation: &'static str, duration: Duration, error_type: &str) {
    let seconds = duration.as_secs_f64();
    if error_type.is_empty() {
        histogram!(CALL_DURATION, "spiro.operation_id" => operation).record(seconds);
    } else {
        histogram!(
            CALL_DURATION,
            "spiro.operation_id" => operation,
            "error.type" => error_type.to_owned(),
        )
        .record(seconds);
    }
}

/// Counts a replay after a 401 in `operation`.
pub fn unauthorized_replay(operation: &'static str) {
    counter!(UNAUTHORIZED_REPLAYS, "spiro.operation_id" => operation).increment(1);
}

/// Counts a token refresh that ran for `reason` and ended with `outcome`.
pub(crate) fn token_refresh(reason: &'static str, outcome: &'static str) {
    counter!(TOKEN_REFRESHES, "reason" => reason, "outcome" => outcome).increment(1);
}
