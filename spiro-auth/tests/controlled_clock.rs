//! Refresh-ahead, expiry, the background cooldown and the endpoint's backoff, driven by a
//! [`ManualTimeSource`] and a [`ManualSleep`] instead of real time: a day of token life in
//! microseconds, and exact assertions on when things happen.

mod common;

use std::time::{Duration, SystemTime};

use chrono::{DateTime, Utc};
use common::*;
use spiro_auth::time::{ManualSleep, ManualTimeSource, TimeSource};
use spiro_auth::{AuthError, MemoryTokenStore, RefreshPolicy, RetryPolicy, TokenManager, TokenSet};
use spiro_mock::{Fault, IssuedTokens, Server, Target};

const HOUR: Duration = Duration::from_secs(3600);
const DAY: Duration = Duration::from_secs(86_400);

/// The mock's tokens, issued "now" on `clock` for Spiro's 24 h.
fn issued_now(issued: &IssuedTokens, clock: &ManualTimeSource) -> TokenSet {
    let t0 = DateTime::<Utc>::from(clock.now());
    TokenSet::new(
        issued.access_token.as_str(),
        issued.refresh_token.as_str(),
        t0 + chrono::Duration::hours(24),
    )
    .with_issued_at(t0)
}

/// No jitter: the refresh-ahead lead is exactly 10% of 24 h.
fn exact_policy(cooldown: Duration) -> RefreshPolicy {
    RefreshPolicy::default()
        .with_max_jitter(Duration::ZERO)
        .with_background_retry_cooldown(cooldown)
}

fn manager(server: &Server, clock: &ManualTimeSource, tokens: TokenSet) -> TokenManager {
    builder(server)
        .time_source(clock.clone())
        .sleep_impl(ManualSleep::new(clock.clone()))
        .refresh_policy(exact_policy(Duration::ZERO))
        .store(MemoryTokenStore::with_tokens(tokens))
        .build()
        .expect("manager")
}

#[tokio::test]
async fn refresh_ahead_starts_exactly_at_the_window_on_the_controlled_clock() {
    bounded(async {
        let server = mock().await;
        let clock = ManualTimeSource::new(SystemTime::now());
        let issued = server.issue_tokens();
        let manager = manager(&server, &clock, issued_now(&issued, &clock));
        let first = manager.authorization().await.expect("loaded");
        assert_eq!(first.as_bytes(), bearer(&issued.access_token).as_bytes());

        // One second before the window (24 h − 2.4 h): nothing happens, however often asked.
        let lead = DAY / 10;
        clock.advance(DAY - lead - Duration::from_secs(1));
        for _ in 0..10 {
            let header = manager.authorization().await.expect("valid");
            assert_eq!(header.as_bytes(), first.as_bytes());
        }
        assert!(
            manager.wait_idle().await.is_none(),
            "no refresh before the window"
        );
        assert_eq!(server.counters().token_requests, 0);

        // Inside the window: the valid token is served at once and one background refresh runs.
        clock.advance(Duration::from_secs(2));
        let header = manager.authorization().await.expect("valid");
        assert_eq!(
            header.as_bytes(),
            first.as_bytes(),
            "served while refreshing"
        );
        assert!(matches!(manager.wait_idle().await, Some(Ok(()))));
        assert_eq!(server.counters().refresh_requests, 1);
        let second = manager.authorization().await.expect("rotated");
        assert_ne!(second.as_bytes(), first.as_bytes());
        assert_eq!(manager.current_generation(), 2);
        assert_eq!(use_token(&server, &second).await, 200);

        // The new token lives 24 h from the controlled clock's now: quiet until its own window.
        clock.advance(DAY - lead - Duration::from_secs(1));
        manager.authorization().await.expect("valid");
        assert!(manager.wait_idle().await.is_none());
        assert_eq!(server.counters().refresh_requests, 1);
        clock.advance(Duration::from_secs(2));
        manager.authorization().await.expect("valid");
        assert!(matches!(manager.wait_idle().await, Some(Ok(()))));
        assert_eq!(server.counters().refresh_requests, 2);
    })
    .await
}

#[tokio::test]
async fn an_expired_token_is_never_handed_out_on_the_controlled_clock() {
    bounded(async {
        let server = mock().await;
        let clock = ManualTimeSource::new(SystemTime::now());
        let issued = server.issue_tokens();
        // No refresh-ahead at all, so only expiry triggers the refresh.
        let manager = builder(&server)
            .time_source(clock.clone())
            .refresh_policy(
                RefreshPolicy::default()
                    .with_min_lead(Duration::ZERO)
                    .with_lead_fraction(0.0)
                    .with_max_jitter(Duration::ZERO)
                    .with_background_retry_cooldown(Duration::ZERO),
            )
            .store(MemoryTokenStore::with_tokens(issued_now(&issued, &clock)))
            .build()
            .expect("manager");
        let first = manager.authorization().await.expect("loaded");
        clock.advance(DAY - Duration::from_secs(1));
        let same = manager.authorization().await.expect("still valid");
        assert_eq!(same.as_bytes(), first.as_bytes());
        assert_eq!(server.counters().token_requests, 0);
        clock.advance(Duration::from_secs(1));
        let fresh = manager.authorization().await.expect("refreshed before use");
        assert_ne!(fresh.as_bytes(), first.as_bytes());
        assert_eq!(server.counters().refresh_requests, 1);
    })
    .await
}

#[tokio::test]
async fn a_wall_clock_jump_changes_no_decision_in_process() {
    bounded(async {
        let server = mock().await;
        let clock = ManualTimeSource::new(SystemTime::now());
        let start = clock.now();
        let issued = server.issue_tokens();
        let manager = manager(&server, &clock, issued_now(&issued, &clock));
        let first = manager.authorization().await.expect("loaded");
        // The wall clock jumps a day forward, then an hour back: the loaded token's deadlines are
        // on the monotonic clock, which did not move.
        for wall in [start + DAY + HOUR, start - HOUR] {
            clock.set_wall(wall);
            let header = manager.authorization().await.expect("valid");
            assert_eq!(header.as_bytes(), first.as_bytes());
            assert!(manager.wait_idle().await.is_none());
        }
        assert_eq!(server.counters().token_requests, 0);
        // Monotonic time reaching the window does start the refresh.
        clock.advance(DAY - DAY / 10 + Duration::from_secs(1));
        manager.authorization().await.expect("valid");
        assert!(manager.wait_idle().await.is_some());
        assert_eq!(server.counters().refresh_requests, 1);
    })
    .await
}

#[tokio::test]
async fn a_failed_background_refresh_is_retried_after_the_cooldown_on_the_controlled_clock() {
    bounded(async {
        let server = mock().await;
        let clock = ManualTimeSource::new(SystemTime::now());
        let issued = server.issue_tokens();
        let cooldown = Duration::from_secs(30);
        let manager = builder(&server)
            .time_source(clock.clone())
            .sleep_impl(ManualSleep::new(clock.clone()))
            .refresh_policy(exact_policy(cooldown))
            .store(MemoryTokenStore::with_tokens(issued_now(&issued, &clock)))
            .build()
            .expect("manager");
        manager.authorization().await.expect("loaded");
        clock.advance(DAY - DAY / 10 + Duration::from_secs(1));
        server.inject(Target::Token, Fault::status(500).times(1000));
        manager.authorization().await.expect("valid");
        let failed = manager.wait_idle().await;
        assert!(
            matches!(failed, Some(Err(AuthError::Unavailable { .. }))),
            "{failed:?}"
        );
        assert_eq!(server.counters().token_requests, 4);

        // The cooldown counts from the failure; the endpoint's backoff (a few ms on ManualSleep)
        // already moved the clock, so one second short of it is safely inside.
        clock.advance(cooldown - Duration::from_secs(1));
        for _ in 0..20 {
            manager
                .authorization()
                .await
                .expect("valid token still served");
        }
        assert!(manager.wait_idle().await.is_none(), "cooling down");
        assert_eq!(server.counters().token_requests, 4);

        server.clear_faults();
        clock.advance(Duration::from_secs(2));
        manager.authorization().await.expect("valid");
        assert!(matches!(manager.wait_idle().await, Some(Ok(()))));
        assert_eq!(server.counters().token_requests, 5);
    })
    .await
}

#[tokio::test]
async fn the_endpoint_backoff_and_retry_after_sleep_on_the_injected_sleeper() {
    bounded(async {
        let server = mock().await;
        let clock = ManualTimeSource::new(SystemTime::now());
        let sleep = ManualSleep::new(clock.clone());
        let issued = server.issue_tokens();
        let policy = RetryPolicy::default()
            .with_max_retries(3)
            .with_initial_backoff(Duration::from_millis(250))
            .with_max_backoff(Duration::from_secs(10))
            .with_attempt_timeout(Duration::from_secs(5))
            .with_deadline(Duration::from_secs(30));
        let expired = {
            let t0 = DateTime::<Utc>::from(clock.now());
            TokenSet::new(
                issued.access_token.as_str(),
                issued.refresh_token.as_str(),
                t0 - chrono::Duration::seconds(1),
            )
            .with_issued_at(t0 - chrono::Duration::hours(24))
        };
        let manager = builder(&server)
            .time_source(clock.clone())
            .sleep_impl(sleep.clone())
            .retry_policy(policy)
            .store(MemoryTokenStore::with_tokens(expired))
            .build()
            .expect("manager");

        // Three 503s: three backoffs with full jitter under 250 ms, 500 ms, 1 s.
        server.inject(Target::Token, Fault::status(503).times(3));
        manager
            .authorization()
            .await
            .expect("fourth attempt succeeds");
        let sleeps = sleep.sleeps();
        assert_eq!(sleeps.len(), 3, "{sleeps:?}");
        for (wait, ceiling) in sleeps.iter().zip([250u64, 500, 1000]) {
            assert!(*wait <= Duration::from_millis(ceiling), "{sleeps:?}");
        }

        // A 429 with `Retry-After: 7`: exactly 7 s on the sleeper, none of it real.
        server.inject(
            Target::Token,
            Fault::rate_limited(Duration::from_secs(7)).times(1),
        );
        manager
            .force_refresh()
            .await
            .expect("second attempt succeeds");
        assert_eq!(sleep.sleeps()[3..], [Duration::from_secs(7)]);
        assert_eq!(server.counters().refresh_requests, 6);
    })
    .await
}
