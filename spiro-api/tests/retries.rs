//! Retries of transient failures, with tokio's paused clock: the waits are real timers that
//! the test runtime skips, so the counts and the spacing are exact and the test is instant.

mod support;

use std::sync::{Arc, Mutex};
use std::time::Duration;

use spiro_api::{Client, RetryPolicy, types};
use spiro_mock::{Event, Fault, Server, Target};
use tokio::time::Instant;

/// The mock, the (virtual) times at which it answered API requests, and their statuses.
async fn recorded_server() -> (Server, Arc<Mutex<Vec<(Instant, u16)>>>) {
    let server = Server::start().await.unwrap();
    let answers = Arc::new(Mutex::new(Vec::new()));
    let sink = Arc::clone(&answers);
    server.on_event(move |event| {
        if let Event::ApiRequest { path, status, .. } = event
            && path.starts_with("/api/")
        {
            sink.lock().unwrap().push((Instant::now(), *status));
        }
    });
    (server, answers)
}

/// A client with `policy` and no timers of its own (no timeouts, no idle-connection sweep),
/// so that the paused clock only moves for the retry waits.
fn client(server: &Server, policy: RetryPolicy) -> Client {
    let http = reqwest::Client::builder()
        .pool_idle_timeout(None)
        .build()
        .unwrap();
    support::builder(
        server,
        support::token_set(&server.issue_tokens(), chrono::Duration::hours(23)),
    )
    .http_client(http)
    .retry_policy(policy)
    .build()
    .unwrap()
}

fn gaps(answers: &Mutex<Vec<(Instant, u16)>>) -> Vec<Duration> {
    let answers = answers.lock().unwrap();
    answers.windows(2).map(|w| w[1].0 - w[0].0).collect()
}

fn statuses(answers: &Mutex<Vec<(Instant, u16)>>) -> Vec<u16> {
    answers.lock().unwrap().iter().map(|a| a.1).collect()
}

#[tokio::test(start_paused = true)]
async fn retry_after_is_honoured() {
    let (server, answers) = recorded_server().await;
    let client = client(&server, RetryPolicy::default());
    server.inject(
        Target::Api,
        Fault::rate_limited(Duration::from_secs(2)).times(2),
    );
    client.list_companies().send().await.unwrap();
    assert_eq!(statuses(&answers), [429, 429, 200]);
    for gap in gaps(&answers) {
        assert!(
            gap >= Duration::from_secs(2) && gap < Duration::from_millis(2100),
            "{gap:?}"
        );
    }
}

#[tokio::test(start_paused = true)]
async fn backoff_is_exponential_with_full_jitter() {
    let (server, answers) = recorded_server().await;
    let policy = RetryPolicy::default()
        .with_max_retries(3)
        .with_initial_backoff(Duration::from_secs(1))
        .with_max_backoff(Duration::from_secs(3));
    let client = client(&server, policy);
    server.inject(Target::Api, Fault::status(503).times(3));
    client.list_companies().send().await.unwrap();
    assert_eq!(statuses(&answers), [503, 503, 503, 200]);
    let bounds = [
        Duration::from_secs(1),
        Duration::from_secs(2),
        Duration::from_secs(3),
    ];
    for (gap, bound) in gaps(&answers).into_iter().zip(bounds) {
        assert!(
            gap <= bound + Duration::from_millis(50),
            "{gap:?} > {bound:?}"
        );
    }
}

#[tokio::test(start_paused = true)]
async fn attempts_are_bounded() {
    let (server, answers) = recorded_server().await;
    let client = client(&server, RetryPolicy::default().with_max_retries(2));
    server.inject(Target::Api, Fault::status(502).times(10));
    let error = client.list_companies().send().await.unwrap_err();
    assert_eq!(error.status().map(|s| s.as_u16()), Some(502));
    assert!(error.is_transient());
    assert_eq!(statuses(&answers), [502, 502, 502]);
}

#[tokio::test(start_paused = true)]
async fn no_retry_starts_past_the_deadline() {
    let (server, answers) = recorded_server().await;
    let client = client(
        &server,
        RetryPolicy::default().with_deadline(Duration::from_secs(60)),
    );
    server.inject(Target::Api, Fault::rate_limited(Duration::from_secs(90)));
    let started = Instant::now();
    let error = client.list_companies().send().await.unwrap_err();
    assert!(error.is_rate_limited());
    assert_eq!(
        error.api().unwrap().retry_after(),
        Some(Duration::from_secs(90))
    );
    assert_eq!(statuses(&answers), [429]);
    assert!(
        started.elapsed() < Duration::from_secs(1),
        "it did not wait for nothing"
    );
}

#[tokio::test(start_paused = true)]
async fn post_is_not_retried_unless_asked() {
    let (server, answers) = recorded_server().await;
    let attributes = || types::CompanyWriteAttributes {
        name: Some("Once Inc.".into()),
        ..Default::default()
    };
    let client = client(&server, RetryPolicy::default());
    server.inject(Target::Api, Fault::status(503));
    let error = client
        .create_company()
        .attributes(attributes())
        .send()
        .await
        .unwrap_err();
    assert_eq!(error.status().map(|s| s.as_u16()), Some(503));
    assert_eq!(statuses(&answers), [503]);

    let client = self::client(&server, RetryPolicy::default().with_retry_post(true));
    server.inject(Target::Api, Fault::status(503));
    client
        .create_company()
        .attributes(attributes())
        .send()
        .await
        .unwrap();
    assert_eq!(statuses(&answers), [503, 503, 201]);
}

#[tokio::test(start_paused = true)]
async fn a_dropped_connection_is_retried_for_a_get() {
    let (server, answers) = recorded_server().await;
    let client = client(&server, RetryPolicy::default());
    server.inject(Target::Api, Fault::drop_connection());
    client.list_companies().send().await.unwrap();
    assert_eq!(statuses(&answers), [0, 200], "0: closed without an answer");
}

#[tokio::test(start_paused = true)]
async fn disabled_means_one_attempt() {
    let (server, answers) = recorded_server().await;
    let client = client(&server, RetryPolicy::disabled());
    server.inject(Target::Api, Fault::status(503));
    client.list_companies().send().await.unwrap_err();
    assert_eq!(statuses(&answers), [503]);
}

/// Retries and the 401 handling compose: a transient failure, then a 401, cause one refresh
/// and one replay, never a second refresh.
#[tokio::test(start_paused = true)]
async fn retries_and_401_compose_with_one_refresh() {
    let (server, answers) = recorded_server().await;
    let client = client(&server, RetryPolicy::default());
    client.list_companies().send().await.unwrap();
    server.expire_access_tokens();
    server.inject(Target::Api, Fault::status(503).times(2));
    client.list_companies().send().await.unwrap();
    assert_eq!(statuses(&answers), [200, 503, 503, 401, 200]);
    assert_eq!(server.counters().refresh_requests, 1);
}
