//! The metrics of the `metrics` feature, recorded by metrics-util's debugging recorder against
//! spiro-mock, on an injected clock: durations are exact (the clock moves only by the waits).
//!
//! `cargo test -p spiro-api --features metrics --test metrics`

mod support;

use std::time::{Duration, SystemTime};

use metrics_util::debugging::{DebugValue, DebuggingRecorder, Snapshotter};
use spiro_api::RetryPolicy;
use spiro_api::spiro_auth::time::{ManualSleep, ManualTimeSource};
use spiro_mock::{Fault, Server, Target};

/// One metric of a snapshot: its name, its labels (sorted) and its value.
type Row = (String, Vec<(String, String)>, DebugValue);

fn rows(snapshotter: &Snapshotter) -> Vec<Row> {
    snapshotter
        .snapshot()
        .into_vec()
        .into_iter()
        .map(|(key, _, _, value)| {
            let key = key.key();
            let mut labels: Vec<_> = key
                .labels()
                .map(|l| (l.key().to_owned(), l.value().to_owned()))
                .collect();
            labels.sort();
            (key.name().to_owned(), labels, value)
        })
        .collect()
}

/// The values of metric `name` whose labels include `with`.
fn values<'a>(rows: &'a [Row], name: &str, with: &[(&str, &str)]) -> Vec<&'a DebugValue> {
    rows.iter()
        .filter(|(n, labels, _)| {
            n == name
                && with
                    .iter()
                    .all(|(k, v)| labels.iter().any(|(lk, lv)| lk == k && lv == v))
        })
        .map(|(_, _, value)| value)
        .collect()
}

fn histogram(rows: &[Row], name: &str, with: &[(&str, &str)]) -> Vec<f64> {
    values(rows, name, with)
        .into_iter()
        .flat_map(|value| match value {
            DebugValue::Histogram(samples) => {
                samples.iter().map(|s| s.into_inner()).collect::<Vec<f64>>()
            }
            other => panic!("{name} is not a histogram: {other:?}"),
        })
        .collect()
}

fn counter(rows: &[Row], name: &str, with: &[(&str, &str)]) -> u64 {
    values(rows, name, with)
        .into_iter()
        .map(|value| match value {
            DebugValue::Counter(n) => *n,
            other => panic!("{name} is not a counter: {other:?}"),
        })
        .sum()
}

/// Runs `test` with a debugging recorder on a current-thread runtime (the refresh task runs on
/// the same thread, so its metrics land in the same recorder).
fn recorded<F: std::future::Future<Output = ()>>(test: impl FnOnce(Snapshotter) -> F) {
    let recorder = DebuggingRecorder::new();
    let snapshotter = recorder.snapshotter();
    let _guard = metrics::set_default_local_recorder(&recorder);
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap()
        .block_on(async { tokio::time::timeout(Duration::from_secs(60), test(snapshotter)).await })
        .expect("the test finished within a minute");
}

#[test]
fn attempts_calls_retries_replays_and_refreshes_are_recorded() {
    recorded(|snapshotter| async move {
        let server = Server::start().await.unwrap();
        let clock = ManualTimeSource::new(SystemTime::now());
        let client = support::on_clock(&server, &clock, &ManualSleep::new(clock.clone()))
            .build()
            .unwrap();

        // A 429 (Retry-After: 2) then a 200: two attempts, one retry, one call of exactly 2 s.
        server.inject(Target::Api, Fault::rate_limited(Duration::from_secs(2)));
        client.list_companies().send().await.unwrap();
        let rows = rows(&snapshotter);
        let attempts = "http.client.request.duration";
        let throttled = histogram(
            &rows,
            attempts,
            &[
                ("http.request.method", "GET"),
                ("server.address", "127.0.0.1"),
                ("http.response.status_code", "429"),
                ("error.type", "429"),
            ],
        );
        assert_eq!(
            throttled,
            [0.0],
            "the clock does not move during the exchange"
        );
        let answered = histogram(&rows, attempts, &[("http.response.status_code", "200")]);
        assert_eq!(answered, [0.0]);
        let success_labels = rows
            .iter()
            .filter(|(n, labels, _)| {
                n == attempts
                    && labels
                        .iter()
                        .any(|(k, v)| k == "http.response.status_code" && v == "200")
            })
            .map(|(_, labels, _)| labels);
        for labels in success_labels {
            assert!(
                labels.iter().all(|(k, _)| k != "error.type"),
                "no error.type on a success: {labels:?}"
            );
        }
        assert_eq!(
            counter(
                &rows,
                "spiro.client.retries",
                &[("server.address", "127.0.0.1")]
            ),
            1
        );
        let calls = histogram(
            &rows,
            "spiro.client.call.duration",
            &[("spiro.operation_id", "list_companies")],
        );
        assert_eq!(calls, [2.0], "the Retry-After, exactly");

        // A 401: one refresh, one replay.
        server.expire_access_tokens();
        client
            .get_user()
            .id(&server.ids("users")[0])
            .send()
            .await
            .unwrap();
        let rows = self::rows(&snapshotter);
        assert_eq!(
            counter(
                &rows,
                "spiro.client.unauthorized_replays",
                &[("spiro.operation_id", "get_user")]
            ),
            1
        );
        assert_eq!(
            counter(
                &rows,
                "spiro.client.token_refreshes",
                &[("reason", "unauthorized"), ("outcome", "refreshed")]
            ),
            1
        );
        let token_attempts = histogram(&rows, attempts, &[("http.request.method", "POST")]);
        assert_eq!(token_attempts.len(), 1, "the token endpoint's attempt");
        assert_eq!(counter(&rows, "spiro.client.retry_budget.refusals", &[]), 0);
    });
}

#[test]
fn a_spent_retry_budget_is_counted_and_named_on_the_call() {
    recorded(|snapshotter| async move {
        let server = Server::start().await.unwrap();
        let clock = ManualTimeSource::new(SystemTime::now());
        let client = support::on_clock(&server, &clock, &ManualSleep::new(clock.clone()))
            // Room for one retry (a retry costs 5).
            .retry_policy(RetryPolicy::default().with_retry_budget(5))
            .build()
            .unwrap();
        server.inject(Target::Api, Fault::status(503).times(3));
        let error = client.list_companies().send().await.unwrap_err();
        assert_eq!(error.status().map(|s| s.as_u16()), Some(503));
        assert_eq!(
            server.counters().api_requests,
            2,
            "one retry, then the budget is spent"
        );
        let rows = rows(&snapshotter);
        assert_eq!(counter(&rows, "spiro.client.retry_budget.refusals", &[]), 1);
        assert_eq!(counter(&rows, "spiro.client.retries", &[]), 1);
        let failed = histogram(
            &rows,
            "spiro.client.call.duration",
            &[
                ("spiro.operation_id", "list_companies"),
                ("error.type", "retry_budget_exhausted"),
            ],
        );
        assert_eq!(failed.len(), 1);
        let attempts = histogram(
            &rows,
            "http.client.request.duration",
            &[("error.type", "503")],
        );
        assert_eq!(attempts.len(), 2);
    });
}
