//! spiro-api with spiro-auth against spiro-mock: the bearer header, refresh on expiry, and
//! the 401 handling of the `exec` hook.

mod support;

use std::time::Duration;

use chrono::Duration as Age;
use futures::future::join_all;
use spiro_api::{Error, types};
use spiro_mock::{Event, Fault, Server, Target};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn concurrent_calls_on_an_expired_token_refresh_once() {
    let server = Server::start().await.unwrap();
    let client = support::builder(
        &server,
        support::token_set(&server.issue_tokens(), -Age::minutes(1)),
    )
    .build()
    .unwrap();
    let calls = (0..32).map(|_| client.list_companies().page_size(1).send());
    for result in join_all(calls).await {
        assert_eq!(result.unwrap().data.len(), 1);
    }
    let counters = server.counters();
    assert_eq!(counters.refresh_requests, 1, "{counters:?}");
    assert_eq!(counters.api_requests, 32);
    assert_eq!(
        counters.api_unauthorized, 0,
        "the expired token was never sent"
    );
    assert_eq!(client.token_manager().unwrap().current_generation(), 1);
}

/// Issue 4, test 6: requests in flight with the previous access token when the token
/// rotates get 401 (the mock revokes the old pair on the new token's first use) and are
/// replayed with the current token, without another refresh.
///
/// On paused time: the mock holds the six requests with a timer that fires only once
/// everything else (the rotation, the request that revokes the old pair) has finished and the
/// runtime is idle, however slow the machine; no real window has to be met.
#[tokio::test(start_paused = true)]
async fn in_flight_requests_with_the_previous_token_are_replayed_without_a_refresh() {
    const IN_FLIGHT: u32 = 6;
    let server = Server::start().await.unwrap();
    let client = support::client(&server);
    let manager = client.token_manager().unwrap().clone();

    // Six requests leave with the first access token and are held at the mock's door.
    server.inject(
        Target::Api,
        Fault::latency(Duration::from_millis(1500)).times(IN_FLIGHT),
    );
    let held: Vec<_> = (0..IN_FLIGHT)
        .map(|_| {
            let client = client.clone();
            tokio::spawn(async move { client.list_companies().page_size(1).send().await })
        })
        .collect();
    wait_until(|| server.counters().faults_injected == u64::from(IN_FLIGHT)).await;

    // Rotate, and use the new token: the mock revokes the first pair.
    manager.force_refresh().await.unwrap();
    client
        .get_company()
        .id(&server.ids("companies")[0])
        .send()
        .await
        .unwrap();
    assert!(
        server
            .events()
            .iter()
            .any(|e| matches!(e, Event::Revoked { .. }))
    );

    for request in held {
        assert_eq!(request.await.unwrap().unwrap().data.len(), 1);
    }
    let counters = server.counters();
    assert_eq!(
        counters.api_unauthorized,
        u64::from(IN_FLIGHT),
        "each held request met a revoked token"
    );
    assert_eq!(
        counters.refresh_requests, 1,
        "only the forced refresh: 401s on an old token refresh nothing"
    );
    assert_eq!(counters.api_requests, 1 + 2 * u64::from(IN_FLIGHT));
}

/// The server stops accepting a token the client still believes valid: 8 requests that
/// all left with it get 401 and cause one refresh between them, and one replay each.
///
/// On paused time: the mock's hold ends only when all eight are at its door and the runtime
/// is idle, so all of them leave with the old token, whatever the machine's speed.
#[tokio::test(start_paused = true)]
async fn concurrent_401s_on_the_current_token_refresh_once() {
    let server = Server::start().await.unwrap();
    let client = support::client(&server);
    client.list_companies().page_size(1).send().await.unwrap();
    server.expire_access_tokens();
    // Hold the eight at the mock's door so that all of them leave with the old token.
    server.inject(Target::Api, Fault::latency(Duration::from_secs(1)).times(8));
    let calls = (0..8).map(|_| {
        let client = client.clone();
        tokio::spawn(async move { client.list_companies().page_size(1).send().await.map(drop) })
    });
    for result in join_all(calls).await {
        result.unwrap().unwrap();
    }
    let counters = server.counters();
    assert_eq!(counters.refresh_requests, 1, "{counters:?}");
    assert_eq!(counters.api_unauthorized, 8);
    assert_eq!(counters.api_requests, 1 + 8 + 8);
}

/// A POST replayed after a 401 carries its body again and creates one record.
#[tokio::test]
async fn a_post_is_replayed_once_after_a_401() {
    let server = Server::start().await.unwrap();
    let client = support::client(&server);
    client.list_companies().page_size(1).send().await.unwrap();
    server.expire_access_tokens();
    let before = server.count("companies");
    let body = <types::Company as spiro_api::Resource>::create(
        types::CompanyWriteAttributes {
            name: Some("Replay Inc.".into()),
            ..Default::default()
        },
        None,
    );
    let created = client.create_company().body(body).send().await.unwrap();
    assert_eq!(server.count("companies"), before + 1);
    let stored = server
        .record("companies", created.data.id.as_str())
        .unwrap();
    assert_eq!(stored["attributes"]["name"], "Replay Inc.");
}

/// Never a second retry: a request that meets 401 again after the refresh fails.
#[tokio::test]
async fn a_second_401_is_returned_not_retried() {
    let server = Server::start().await.unwrap();
    let client = support::client(&server);
    server.inject(Target::Api, Fault::status(401).times(2));
    let error = client.list_companies().send().await.unwrap_err();
    assert_eq!(error.status().map(|s| s.as_u16()), Some(401), "{error:?}");
    let counters = server.counters();
    assert_eq!(counters.api_requests, 2, "{counters:?}");
    assert_eq!(counters.refresh_requests, 1);
}

/// Issue 4, test 7 through the API client: a revoked grant is a typed, matchable error.
#[tokio::test]
async fn a_revoked_grant_is_a_reauthorization_error() {
    let server = Server::start().await.unwrap();
    let client = support::builder(
        &server,
        support::token_set(&server.issue_tokens(), -Age::minutes(1)),
    )
    .build()
    .unwrap();
    server.revoke_all_tokens();
    let error = client.list_companies().send().await.unwrap_err();
    assert!(error.is_reauthorization_required(), "{error:?}");
    assert!(matches!(
        error,
        Error::Auth(spiro_auth::AuthError::ReauthorizationRequired { .. })
    ));
    assert_eq!(error.status(), None, "not an answer from Spiro");
    assert_eq!(
        server.counters().api_requests,
        0,
        "nothing was sent without a token"
    );
    assert_eq!(
        error.to_string(),
        "re-authorization required: the refresh token was rejected (invalid_grant); run the login flow again"
    );
    assert!(
        std::error::Error::source(&error).is_none(),
        "the message says it all; nothing repeats it"
    );
}

/// A 401 whose refresh then fails with invalid_grant surfaces the typed error too.
#[tokio::test]
async fn a_401_then_invalid_grant_is_a_reauthorization_error() {
    let server = Server::start().await.unwrap();
    let client = support::client(&server);
    server.revoke_all_tokens();
    let error = client.list_companies().send().await.unwrap_err();
    assert!(error.is_reauthorization_required(), "{error:?}");
    assert_eq!(server.counters().api_unauthorized, 1);
}

/// Without credentials nothing is sent as `Authorization`, and Spiro's 401 is an API error.
#[tokio::test]
async fn without_credentials_spiro_answers_401() {
    let server = Server::start().await.unwrap();
    let client = spiro_api::Client::builder()
        .base_url(server.api_url())
        .build()
        .unwrap();
    let error = client.list_companies().send().await.unwrap_err();
    assert!(error.is_unauthorized());
    assert_eq!(
        error.api().unwrap().oauth_error().unwrap().error,
        "invalid_token"
    );
}

async fn wait_until(condition: impl Fn() -> bool) {
    tokio::time::timeout(Duration::from_secs(10), async {
        while !condition() {
            tokio::time::sleep(Duration::from_millis(2)).await;
        }
    })
    .await
    .expect("condition not reached within 10 s");
}
