//! Token endpoint outages and rate limits: callers holding a still valid token see no errors,
//! attempts are bounded, and the first call after recovery succeeds.

mod common;

use std::sync::Arc;
use std::time::Duration;

use common::*;
use spiro_auth::{AuthError, MemoryTokenStore, RefreshPolicy, TransientError};
use spiro_mock::{Fault, Target};

#[tokio::test]
async fn an_outage_inside_the_refresh_window_is_invisible_to_callers() {
    bounded(async {
        let server = mock().await;
        let issued = server.issue_tokens();
        let store = CountingStore::new(MemoryTokenStore::with_tokens(in_refresh_window(&issued)));
        let manager = builder(&server)
            .store(Arc::clone(&store))
            .build()
            .expect("manager");
        let valid = bearer(&issued.access_token);

        server.inject(Target::Token, Fault::status(503).times(1000));
        for round in 1..=3 {
            // Each call inside the window gets the valid token at once; the first one starts a
            // background refresh (no cooldown in these tests).
            let header = manager
                .authorization()
                .await
                .expect("no error while the token is valid");
            assert_eq!(header.as_bytes(), valid.as_bytes());
            let background = manager.wait_idle();
            for _ in 0..20 {
                let header = manager.authorization().await.expect("no error");
                assert_eq!(header.as_bytes(), valid.as_bytes());
            }
            assert_eq!(use_token(&server, &header).await, 200);
            let outcome = background.await.expect("a background refresh ran");
            assert!(
                matches!(outcome, Err(AuthError::Unavailable { attempts: 4, .. })),
                "{outcome:?}"
            );
            assert_eq!(
                server.counters().token_requests,
                4 * round,
                "each refresh is bounded by max_attempts"
            );
        }

        // The endpoint is back: the next call still gets the valid token at once and starts a
        // background refresh, which succeeds.
        server.clear_faults();
        let header = manager.authorization().await.expect("valid");
        assert_eq!(header.as_bytes(), valid.as_bytes());
        assert!(matches!(manager.wait_idle().await, Some(Ok(()))));
        let rotated = manager.authorization().await.expect("rotated");
        assert_ne!(rotated.as_bytes(), valid.as_bytes());
        assert_eq!(use_token(&server, &rotated).await, 200);
        assert_eq!(server.counters().token_requests, 13);
        assert_eq!(store.saves(), 1);
    })
    .await
}

#[tokio::test]
async fn background_retries_wait_for_the_cooldown() {
    bounded(async {
        let server = mock().await;
        let issued = server.issue_tokens();
        let manager = builder(&server)
            .store(MemoryTokenStore::with_tokens(in_refresh_window(&issued)))
            .refresh_policy(
                RefreshPolicy::default().with_background_retry_cooldown(Duration::from_secs(3600)),
            )
            .build()
            .expect("manager");
        server.inject(Target::Token, Fault::status(500).times(1000));
        manager.authorization().await.expect("valid");
        assert!(matches!(manager.wait_idle().await, Some(Err(_))));
        for _ in 0..50 {
            manager.authorization().await.expect("valid");
        }
        assert!(
            manager.wait_idle().await.is_none(),
            "cooling down: no new refresh"
        );
        assert_eq!(server.counters().token_requests, 4);
        // A caller that needs a new token does not wait for the cooldown.
        server.clear_faults();
        manager
            .force_refresh()
            .await
            .expect("forced refresh is not throttled");
    })
    .await
}

#[tokio::test]
async fn an_expired_token_during_an_outage_fails_typed_and_recovers_on_the_next_call() {
    bounded(async {
        let server = mock().await;
        let issued = server.issue_tokens();
        let manager = builder(&server)
            .store(MemoryTokenStore::with_tokens(expired(&issued)))
            .build()
            .expect("manager");
        server.inject(Target::Token, Fault::status(502).times(4));
        let err = manager
            .authorization()
            .await
            .expect_err("nothing valid to serve");
        assert!(
            matches!(
                err,
                AuthError::Unavailable {
                    attempts: 4,
                    last: TransientError::Status { status: 502, .. }
                }
            ),
            "{err:?}"
        );
        assert!(err.is_transient() && !err.is_reauthorization_required());
        assert_eq!(server.counters().token_requests, 4);
        // The failure is not cached: the first call after recovery succeeds.
        let header = manager.authorization().await.expect("recovered");
        assert_eq!(use_token(&server, &header).await, 200);
    })
    .await
}

#[tokio::test]
async fn rate_limits_and_dropped_connections_are_retried() {
    bounded(async {
        let server = mock().await;
        let issued = server.issue_tokens();
        let manager = builder(&server)
            .store(MemoryTokenStore::with_tokens(expired(&issued)))
            .build()
            .expect("manager");
        server.inject(Target::Token, Fault::rate_limited(Duration::ZERO).times(2));
        server.inject(Target::Token, Fault::drop_connection());
        let header = manager.authorization().await.expect("retried through");
        assert_eq!(server.counters().token_requests, 4);
        assert_eq!(use_token(&server, &header).await, 200);
    })
    .await
}

#[tokio::test]
async fn a_lost_response_is_replayed_with_the_same_refresh_token() {
    bounded(async {
        let server = mock().await;
        let issued = server.issue_tokens();
        let manager = builder(&server)
            .store(MemoryTokenStore::with_tokens(expired(&issued)))
            .build()
            .expect("manager");
        // The server issues a pair, then the response is lost.
        server.inject(Target::Token, Fault::commit_then_drop());
        let header = manager.authorization().await.expect("replayed");
        let issued_now = issued_access_tokens(&server);
        assert_eq!(issued_now.len(), 3, "initial, lost, replayed");
        assert_eq!(header.as_bytes(), bearer(&issued_now[2]).as_bytes());
        assert_eq!(use_token(&server, &header).await, 200);
        assert_eq!(server.counters().invalid_grant, 0);
        assert!(!first_used(&server).contains(&issued_now[1]));
    })
    .await
}

#[tokio::test]
async fn a_retry_after_past_the_deadline_stops_retrying_at_once() {
    bounded(async {
        let server = mock().await;
        let issued = server.issue_tokens();
        let manager = builder(&server)
            .store(MemoryTokenStore::with_tokens(expired(&issued)))
            .retry_policy(fast_retries().with_deadline(Duration::from_secs(5)))
            .build()
            .expect("manager");
        server.inject(Target::Token, Fault::rate_limited(Duration::from_secs(60)));
        let err = manager.authorization().await.expect_err("gives up");
        assert!(
            matches!(
                err,
                AuthError::Unavailable {
                    attempts: 1,
                    last: TransientError::Status {
                        status: 429,
                        retry_after: Some(_)
                    }
                }
            ),
            "{err:?}"
        );
        assert_eq!(server.counters().token_requests, 1);
    })
    .await
}
