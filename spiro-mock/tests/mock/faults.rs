//! Fault injection on the token endpoint and the API.

use std::time::Duration;

use reqwest::StatusCode;
use serde_json::Value;
use spiro_mock::{Dataset, Event, Fault, FaultKind, Server, Target, TokenOutcome};

use crate::common::*;
use spiro_mock::limit::bounded;

async fn server() -> Server {
    Server::builder()
        .dataset(Dataset::empty().companies(3).users(1))
        .start()
        .await
        .expect("server")
}

fn faults_seen(server: &Server) -> Vec<(Target, FaultKind)> {
    server
        .events()
        .into_iter()
        .filter_map(|e| match e {
            Event::FaultInjected { target, fault } => Some((target, fault)),
            _ => None,
        })
        .collect()
}

#[tokio::test]
async fn status_faults_apply_in_fifo_order_then_stop() {
    bounded(async {
        let server = server().await;
        let http = client();
        let token = server.issue_tokens().access_token;
        server.inject(Target::Api, Fault::status(503).times(2));
        server.inject(Target::Api, Fault::status(500));
        server.inject(
            Target::Api,
            Fault::rate_limited(Duration::from_millis(1_500)),
        );
        let mut statuses = Vec::new();
        for _ in 0..5 {
            let response = get(&server, &http, &token, "/companies").await;
            statuses.push(response.status().as_u16());
            if response.status() == StatusCode::TOO_MANY_REQUESTS {
                assert_eq!(
                    response
                        .headers()
                        .get("retry-after")
                        .and_then(|v| v.to_str().ok()),
                    Some("2")
                );
                api_error(response, 429).await;
            } else if response.status().is_server_error() {
                let status = response.status().as_u16();
                api_error(response, status).await;
            }
        }
        assert_eq!(statuses, [503, 503, 500, 429, 200]);
        let c = server.counters();
        assert_eq!(c.faults_injected, 4);
        assert_eq!(c.api_requests, 5);
        // Faulted requests never reached authentication: the token's first use is the last request.
        let events = server.events();
        let first_use = events
            .iter()
            .position(|e| matches!(e, Event::AccessTokenFirstUse { .. }))
            .expect("first use");
        assert_eq!(first_use, events.len() - 2);
        assert_eq!(
            faults_seen(&server),
            vec![
                (Target::Api, FaultKind::Status(503)),
                (Target::Api, FaultKind::Status(503)),
                (Target::Api, FaultKind::Status(500)),
                (
                    Target::Api,
                    FaultKind::RateLimited {
                        retry_after: Duration::from_millis(1_500)
                    }
                ),
            ]
        );
    })
    .await
}

#[tokio::test]
async fn an_injected_401_looks_like_a_rejected_token() {
    bounded(async {
    let server = server().await;
    let http = client();
    let tokens = server.issue_tokens();
    server.inject(Target::Api, Fault::status(401));
    let response = get(&server, &http, &tokens.access_token, "/companies").await;
    assert_eq!(
        response
            .headers()
            .get("www-authenticate")
            .and_then(|v| v.to_str().ok()),
        Some(
            r#"Bearer realm="Spiro", error="invalid_token", error_description="The access token is invalid""#
        )
    );
    assert_eq!(oauth_error(response, 401).await, "invalid_token");
    server.inject(Target::Token, Fault::status(401));
    let response = refresh_json(&server, &http, &tokens.refresh_token).await;
    assert_eq!(oauth_error(response, 401).await, "invalid_client");
    let c = server.counters();
    assert_eq!(
        (c.api_unauthorized, c.invalid_client, c.faults_injected),
        (1, 0, 2)
    );
}).await
}

#[tokio::test]
async fn token_endpoint_faults_keep_the_refresh_token_valid() {
    bounded(async {
        let server = server().await;
        let http = client();
        let tokens = server.issue_tokens();
        server.inject(Target::Token, Fault::status(503));
        server.inject(Target::Token, Fault::rate_limited(Duration::from_secs(3)));
        let response = refresh_json(&server, &http, &tokens.refresh_token).await;
        assert_eq!(oauth_error(response, 503).await, "temporarily_unavailable");
        let response = refresh_json(&server, &http, &tokens.refresh_token).await;
        assert_eq!(
            response
                .headers()
                .get("retry-after")
                .and_then(|v| v.to_str().ok()),
            Some("3")
        );
        assert_eq!(oauth_error(response, 429).await, "rate_limited");
        // API faults do not touch the token endpoint and vice versa.
        server.inject(Target::Api, Fault::status(500));
        let (access, _) = pair(refresh_json(&server, &http, &tokens.refresh_token).await).await;
        assert_eq!(
            get(&server, &http, &access, "/companies").await.status(),
            500
        );
        assert_eq!(
            get(&server, &http, &access, "/companies").await.status(),
            200
        );

        let outcomes: Vec<TokenOutcome> = server
            .events()
            .into_iter()
            .filter_map(|e| match e {
                Event::TokenRequest { grant, outcome } => {
                    assert_eq!(grant, "refresh_token");
                    Some(outcome)
                }
                _ => None,
            })
            .collect();
        assert_eq!(
            outcomes,
            [
                TokenOutcome::Fault,
                TokenOutcome::Fault,
                TokenOutcome::Issued
            ]
        );
        let c = server.counters();
        assert_eq!(
            (c.refresh_requests, c.tokens_issued, c.faults_injected),
            (3, 2, 3)
        );
    })
    .await
}

#[tokio::test]
async fn drop_connection_closes_without_a_response() {
    bounded(async {
        let server = server().await;
        let http = client();
        let tokens = server.issue_tokens();

        server.inject(Target::Api, Fault::drop_connection());
        let error = get_err(&server, &http, &tokens.access_token).await;
        assert!(!error.is_timeout());
        assert!(error.status().is_none(), "no response at all");
        assert_eq!(
            get(&server, &http, &tokens.access_token, "/companies")
                .await
                .status(),
            200
        );

        server.inject(Target::Token, Fault::drop_connection());
        let error = http
            .post(server.token_url())
            .form(&[
                ("grant_type", "refresh_token"),
                ("client_id", server.client_id()),
                ("client_secret", server.client_secret()),
                ("refresh_token", tokens.refresh_token.as_str()),
            ])
            .send()
            .await
            .expect_err("the connection is dropped");
        assert!(error.status().is_none());
        // Nothing was issued; the refresh token still works.
        assert_eq!(server.counters().tokens_issued, 1);
        pair(refresh_form(&server, &http, &tokens.refresh_token).await).await;

        let dropped: Vec<Event> = server
            .events()
            .into_iter()
            .filter(|e| matches!(e, Event::ApiRequest { status: 0, .. }))
            .collect();
        assert_eq!(dropped.len(), 2);
        assert!(server.events().contains(&Event::TokenRequest {
            grant: "refresh_token".into(),
            outcome: TokenOutcome::Fault
        }));
        let c = server.counters();
        assert_eq!(
            (c.faults_injected, c.token_requests, c.tokens_issued),
            (2, 2, 2)
        );
    })
    .await
}

async fn get_err(server: &Server, http: &reqwest::Client, token: &str) -> reqwest::Error {
    http.get(format!("{}/companies", server.api_url()))
        .bearer_auth(token)
        .send()
        .await
        .expect_err("the connection is dropped")
}

#[tokio::test]
async fn commit_then_drop_issues_tokens_and_the_replay_succeeds() {
    bounded(async {
        let server = server().await;
        let http = client();
        let tokens = server.issue_tokens();
        server.inject(Target::Token, Fault::commit_then_drop());
        let error = http
            .post(server.token_url())
            .json(&serde_json::json!({
                "grant_type": "refresh_token",
                "client_id": server.client_id(),
                "client_secret": server.client_secret(),
                "refresh_token": tokens.refresh_token,
            }))
            .send()
            .await
            .expect_err("the response is dropped");
        assert!(error.status().is_none());
        // The grant was committed: a pair was issued from the refresh token.
        let lost = server
            .events()
            .into_iter()
            .find_map(|e| match e {
                Event::TokensIssued {
                    generation: 2,
                    access_token,
                    previous_refresh_token,
                    ..
                } => Some((access_token, previous_refresh_token)),
                _ => None,
            })
            .expect("the lost pair was issued");
        assert_eq!(lost.1.as_deref(), Some(tokens.refresh_token.as_str()));
        assert_eq!(server.counters().tokens_issued, 2);

        // Replaying the same refresh token succeeds (its new access token was never used).
        let (access, refresh) =
            pair(refresh_json(&server, &http, &tokens.refresh_token).await).await;
        assert_ne!(access, lost.0);
        assert_eq!(
            get(&server, &http, &access, "/companies").await.status(),
            200
        );
        // Now the original pair is revoked.
        assert_eq!(
            oauth_error(
                refresh_json(&server, &http, &tokens.refresh_token).await,
                400
            )
            .await,
            "invalid_grant"
        );
        pair(refresh_json(&server, &http, &refresh).await).await;

        let c = server.counters();
        assert_eq!(c.tokens_issued, 4);
        assert_eq!(c.faults_injected, 1);
        assert_eq!(c.revocations, 1);
        let committed = server.events();
        let drop_at = committed
            .iter()
            .position(|e| matches!(e, Event::ApiRequest { status: 0, .. }))
            .expect("dropped request recorded");
        assert!(matches!(committed[drop_at - 1], Event::TokensIssued { .. }));
        assert_eq!(
            committed[drop_at - 2],
            Event::TokenRequest {
                grant: "refresh_token".into(),
                outcome: TokenOutcome::Issued
            }
        );
    })
    .await
}

#[tokio::test]
async fn commit_then_drop_on_the_api_stores_the_write() {
    bounded(async {
    let server = server().await;
    let http = client();
    let token = server.issue_tokens().access_token;
    let id = server.ids("companies")[0].clone();
    server.inject(Target::Api, Fault::commit_then_drop());
    let error = http
        .put(format!("{}/companies/{id}", server.api_url()))
        .bearer_auth(&token)
        .json(&serde_json::json!({"data": {"type": "company", "id": id, "attributes": {"name": "Committed"}}}))
        .send()
        .await
        .expect_err("the response is dropped");
    assert!(error.status().is_none());
    assert_eq!(
        server.record("companies", &id).expect("record")["attributes"]["name"],
        "Committed"
    );
}).await
}

#[tokio::test]
async fn latency_delays_until_cleared_or_counted() {
    bounded(async {
        let server = server().await;
        let http = client();
        let token = server.issue_tokens().access_token;

        // Counted latency: the request succeeds and the fault is recorded once.
        server.inject(
            Target::Api,
            Fault::latency(Duration::from_millis(20)).times(1),
        );
        assert_eq!(
            get(&server, &http, &token, "/companies").await.status(),
            200
        );
        assert_eq!(
            get(&server, &http, &token, "/companies").await.status(),
            200
        );
        assert_eq!(
            faults_seen(&server),
            vec![(Target::Api, FaultKind::Latency(Duration::from_millis(20)))]
        );

        // Latency until cleared: a client with a short timeout gives up every time.
        server.inject(Target::Api, Fault::latency(Duration::from_secs(30)));
        for _ in 0..2 {
            let error = http
                .get(format!("{}/companies", server.api_url()))
                .bearer_auth(&token)
                .timeout(Duration::from_millis(100))
                .send()
                .await
                .expect_err("times out");
            assert!(error.is_timeout());
        }
        server.clear_faults();
        assert_eq!(
            get(&server, &http, &token, "/companies").await.status(),
            200
        );

        // Latency combines with a status fault.
        server.inject(
            Target::Token,
            Fault::latency(Duration::from_millis(5)).times(1),
        );
        server.inject(Target::Token, Fault::status(502));
        let refresh = server.issue_tokens().refresh_token;
        let response = refresh_json(&server, &http, &refresh).await;
        assert_eq!(oauth_error(response, 502).await, "server_error");
        let body: Value = refresh_json(&server, &http, &refresh)
            .await
            .json()
            .await
            .expect("json");
        assert!(body["access_token"].is_string());
    })
    .await
}
