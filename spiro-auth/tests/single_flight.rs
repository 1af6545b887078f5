//! Single flight in one process: many concurrent callers (or 401s) cause one refresh and one
//! store write, and a cancelled caller neither hangs the others nor causes a second refresh.

mod common;

use std::sync::Arc;
use std::time::Duration;

use common::*;
use spiro_auth::{AuthError, MemoryTokenStore};
use spiro_mock::{Event, Fault, Target};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn concurrent_callers_on_an_expired_token_cause_exactly_one_refresh() {
    bounded(async {
        for callers in [1usize, 8, 64, 1024] {
            let server = mock().await;
            let issued = server.issue_tokens();
            let store = CountingStore::new(MemoryTokenStore::with_tokens(expired(&issued)));
            let manager = builder(&server)
                .store(Arc::clone(&store))
                .build()
                .expect("manager builds");
            let barrier = Arc::new(tokio::sync::Barrier::new(callers));
            let tasks: Vec<_> = (0..callers)
                .map(|_| {
                    let manager = manager.clone();
                    let barrier = Arc::clone(&barrier);
                    tokio::spawn(async move {
                        barrier.wait().await;
                        manager.authorization().await
                    })
                })
                .collect();
            let mut headers = Vec::with_capacity(callers);
            for task in tasks {
                headers.push(
                    task.await
                        .expect("caller task")
                        .expect("caller gets a token"),
                );
            }
            let counters = server.counters();
            assert_eq!(counters.token_requests, 1, "{callers} callers");
            assert_eq!(counters.refresh_requests, 1, "{callers} callers");
            assert_eq!(store.saves(), 1, "{callers} callers");
            let issued_now = issued_access_tokens(&server);
            assert_eq!(issued_now.len(), 2, "the initial pair and one refresh");
            let expected = bearer(&issued_now[1]);
            assert!(
                headers.iter().all(|h| h.as_bytes() == expected.as_bytes()),
                "{callers} callers all got the refreshed token"
            );
            assert!(headers.iter().all(http::HeaderValue::is_sensitive));
            assert_eq!(manager.current_generation(), 1);
        }
    })
    .await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn concurrent_401s_on_the_current_token_cause_one_refresh_and_older_tokens_none() {
    bounded(async {
        let server = mock().await;
        let issued = server.issue_tokens();
        let store = CountingStore::new(MemoryTokenStore::with_tokens(fresh(&issued)));
        let manager = builder(&server)
            .store(Arc::clone(&store))
            .build()
            .expect("manager builds");
        let first = manager
            .authorization()
            .await
            .expect("loaded from the store");
        assert_eq!(first.as_bytes(), bearer(&issued.access_token).as_bytes());
        assert_eq!(
            server.counters().token_requests,
            0,
            "a valid stored token is adopted"
        );

        let tasks: Vec<_> = (0..256)
            .map(|_| {
                let manager = manager.clone();
                let rejected = first.clone();
                tokio::spawn(async move { manager.unauthorized(&rejected).await })
            })
            .collect();
        let mut replays = Vec::new();
        for task in tasks {
            replays.push(task.await.expect("task").expect("a replay header"));
        }
        assert_eq!(server.counters().refresh_requests, 1);
        assert_eq!(store.saves(), 1);
        let second = manager.authorization().await.expect("current");
        assert_ne!(second.as_bytes(), first.as_bytes());
        assert!(replays.iter().all(|h| h.as_bytes() == second.as_bytes()));

        // A 401 for the older token (an in-flight request that raced the rotation) replays with the
        // current token and does not refresh.
        let replay = manager.unauthorized(&first).await.expect("current header");
        assert_eq!(replay.as_bytes(), second.as_bytes());
        assert_eq!(server.counters().refresh_requests, 1);
        assert_eq!(use_token(&server, &replay).await, 200);
    })
    .await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_cancelled_caller_neither_hangs_the_others_nor_causes_a_second_refresh() {
    bounded(async {
        let server = mock().await;
        let issued = server.issue_tokens();
        let store = CountingStore::new(MemoryTokenStore::with_tokens(expired(&issued)));
        let manager = builder(&server)
            .store(Arc::clone(&store))
            .build()
            .expect("manager builds");

        // Hold the token request at the server until the first caller has been cancelled.
        let (reached_tx, reached_rx) = std::sync::mpsc::channel::<()>();
        let reached_tx = std::sync::Mutex::new(reached_tx);
        server.on_event(move |event| {
            if matches!(event, Event::FaultInjected { .. }) {
                let _ = reached_tx.lock().map(|tx| tx.send(()));
            }
        });
        server.inject(
            Target::Token,
            Fault::latency(Duration::from_millis(300)).times(1),
        );

        let leader = tokio::spawn({
            let manager = manager.clone();
            async move { manager.authorization().await }
        });
        tokio::task::spawn_blocking(move || reached_rx.recv())
            .await
            .expect("join")
            .expect("the refresh reached the token endpoint");
        leader.abort();
        assert!(leader.await.is_err_and(|e| e.is_cancelled()));

        let followers: Vec<_> = (0..16)
            .map(|_| {
                let manager = manager.clone();
                tokio::spawn(async move { manager.authorization().await })
            })
            .collect();
        for follower in followers {
            follower
                .await
                .expect("task")
                .expect("followers get the token");
        }
        assert_eq!(server.counters().token_requests, 1);
        assert_eq!(store.saves(), 1);
        assert!(
            manager.wait_idle().await.is_none(),
            "nothing left in flight"
        );
    })
    .await
}

#[tokio::test]
async fn an_empty_store_requires_authorization_until_login() {
    bounded(async {
        let server = mock().await;
        let manager = builder(&server).build().expect("manager builds");
        let err = manager.authorization().await.expect_err("nothing stored");
        assert!(err.is_reauthorization_required(), "{err}");
        assert_eq!(server.counters().token_requests, 0);

        let code = server.issue_code();
        manager
            .exchange_code(&code.as_str().into())
            .await
            .expect("login");
        let header = manager.authorization().await.expect("logged in");
        assert_eq!(use_token(&server, &header).await, 200);
        assert_eq!(server.counters().code_exchanges, 1);
        assert_eq!(manager.current_generation(), 1);

        // The code is single use: a second exchange is a typed re-authorization error.
        let again = manager
            .exchange_code(&code.as_str().into())
            .await
            .expect_err("used code");
        assert!(matches!(
            again,
            AuthError::ReauthorizationRequired {
                reason: spiro_auth::ReauthReason::CodeRejected
            }
        ));
    })
    .await
}

#[tokio::test]
async fn force_refresh_rotates_and_publishes_a_new_generation() {
    bounded(async {
        let server = mock().await;
        let issued = server.issue_tokens();
        let manager = builder(&server)
            .store(MemoryTokenStore::with_tokens(fresh(&issued)))
            .build()
            .expect("manager builds");
        let before = manager.authorization().await.expect("loaded");
        assert_eq!(manager.current_generation(), 1);
        manager.force_refresh().await.expect("forced");
        assert_eq!(manager.current_generation(), 2);
        let after = manager.authorization().await.expect("current");
        assert_ne!(before.as_bytes(), after.as_bytes());
        assert_eq!(server.counters().refresh_requests, 1);
        assert_eq!(use_token(&server, &after).await, 200);
        // The rotation revoked the old pair on first use of the new token.
        assert_eq!(use_token(&server, &before).await, 401);
    })
    .await
}
