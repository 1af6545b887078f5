//! Whole calls on the injected clock ([`ClientBuilder::time_source`] and `sleep_impl`): the
//! token refresh (with its own retry), the API retries and the call's deadline all read one
//! manual clock, so minutes of waiting take no real time and every wait is exact.

mod support;

use std::time::{Duration, Instant, SystemTime};

use chrono::{DateTime, Duration as Age, Utc};
use spiro_api::spiro_auth::time::{ManualSleep, ManualTimeSource, TimeSource};
use spiro_api::spiro_auth::{MemoryTokenStore, TokenSet};
use spiro_api::{CallOptions, RetryPolicy};
use spiro_mock::{Fault, Server, Target};

const SECOND: Duration = Duration::from_secs(1);

/// A client of `server` whose token expired a minute ago on `clock`, with `policy`.
fn client_with_expired_token(
    server: &Server,
    clock: &ManualTimeSource,
    sleep: &ManualSleep,
    policy: RetryPolicy,
) -> spiro_api::Client {
    let issued = server.issue_tokens();
    let now = DateTime::<Utc>::from(clock.now());
    let expired = TokenSet::new(
        issued.access_token,
        issued.refresh_token,
        now - Age::minutes(1),
    )
    .with_issued_at(now - Age::hours(24));
    support::on_clock(server, clock, sleep)
        .token_store(MemoryTokenStore::with_tokens(expired))
        .retry_policy(policy)
        .build()
        .unwrap()
}

/// Issue 19, item 1: a refresh that is retried once, then an API call whose `Retry-After`s
/// together outlast the call's deadline. The call ends by its deadline with the typed 429,
/// having waited exactly what the server asked and never past the deadline, in well under a
/// second of real time. Counting the deadline from the call's start (not from each retry) is
/// what stops the third wait: the time already spent is subtracted.
#[tokio::test]
async fn retries_a_refresh_and_the_deadline_on_the_injected_clock() {
    let server = Server::start().await.unwrap();
    let clock = ManualTimeSource::new(SystemTime::now());
    let sleep = ManualSleep::new(clock.clone());
    let deadline = Duration::from_secs(50);
    let policy = RetryPolicy::default()
        .with_max_retries(5)
        .with_initial_backoff(SECOND)
        .with_max_backoff(SECOND)
        .with_deadline(deadline);
    let client = client_with_expired_token(&server, &clock, &sleep, policy);
    server.inject(Target::Token, Fault::status(503));
    server.inject(
        Target::Api,
        Fault::rate_limited(Duration::from_secs(20)).times(10),
    );

    let real = Instant::now();
    let started = clock.monotonic();
    let error = client.list_companies().send().await.unwrap_err();
    let spent = clock.monotonic() - started;

    assert!(error.is_rate_limited(), "{error:?}");
    let counters = server.counters();
    assert_eq!(counters.refresh_requests, 2, "the refresh was retried once");
    assert_eq!(counters.api_requests, 3, "{counters:?}");
    let sleeps = sleep.sleeps();
    assert_eq!(sleeps.len(), 3, "{sleeps:?}");
    assert!(sleeps[0] <= SECOND, "the refresh's backoff: {sleeps:?}");
    assert_eq!(
        sleeps[1..],
        [Duration::from_secs(20); 2],
        "Retry-After, exactly"
    );
    // 20 s + 20 s + the backoff are spent; a third 20 s wait would end past the deadline.
    assert!(spent <= deadline, "{spent:?}");
    assert!(spent >= Duration::from_secs(40), "{spent:?}");
    assert!(
        real.elapsed() < Duration::from_secs(10),
        "{:?} of real time",
        real.elapsed()
    );
}

/// A per-call timeout replaces the policy's deadline for that call only.
#[tokio::test]
async fn a_per_call_timeout_bounds_the_waits_of_that_call_only() {
    let server = Server::start().await.unwrap();
    let clock = ManualTimeSource::new(SystemTime::now());
    let sleep = ManualSleep::new(clock.clone());
    let client = support::on_clock(&server, &clock, &sleep)
        .retry_policy(RetryPolicy::default().with_deadline(Duration::from_secs(120)))
        // Only the retry waits are counted here (pacing after a 429 is the test below's).
        .rate_limit(spiro_api::RateLimit::disabled())
        .build()
        .unwrap();

    // Within the client's 120 s: a 30 s Retry-After is waited out.
    server.inject(Target::Api, Fault::rate_limited(Duration::from_secs(30)));
    client.list_companies().send().await.unwrap();
    assert_eq!(sleep.sleeps(), [Duration::from_secs(30)]);

    // With a 10 s timeout for this call, the same answer is returned at once.
    server.inject(Target::Api, Fault::rate_limited(Duration::from_secs(30)));
    let error = client
        .list_companies()
        .options(CallOptions::new().timeout(Duration::from_secs(10)))
        .send()
        .await
        .unwrap_err();
    assert!(error.is_rate_limited());
    assert_eq!(sleep.sleeps().len(), 1, "no wait past the call's timeout");

    // A per-call policy without retries: one attempt.
    server.inject(Target::Api, Fault::status(503));
    let error = client
        .list_companies()
        .options(CallOptions::new().retry_policy(RetryPolicy::disabled()))
        .send()
        .await
        .unwrap_err();
    assert_eq!(error.status().map(|s| s.as_u16()), Some(503));
    assert_eq!(sleep.sleeps().len(), 1);
    // And the client's own policy is unchanged afterwards.
    server.inject(Target::Api, Fault::status(503));
    client.list_companies().send().await.unwrap();
    assert_eq!(sleep.sleeps().len(), 2);
}

/// One `get_user` call that must succeed.
async fn get_user(client: &spiro_api::Client, server: &Server) {
    client
        .get_user()
        .id(&server.ids("users")[0])
        .send()
        .await
        .unwrap();
}

/// After a 429, the client paces its own requests (adaptive rate limit, on by default); the
/// pacing waits are on the injected clock too. With pacing off, no wait but Retry-After.
#[tokio::test]
async fn a_429_slows_the_client_down_until_successes_restore_its_rate() {
    let server = Server::start().await.unwrap();
    let clock = ManualTimeSource::new(SystemTime::now());
    let sleep = ManualSleep::new(clock.clone());
    let client = support::on_clock(&server, &clock, &sleep).build().unwrap();
    // Ten requests per second, then a 429 with Retry-After: 1.
    for _ in 0..20 {
        get_user(&client, &server).await;
        clock.advance(Duration::from_millis(100));
    }
    server.inject(Target::Api, Fault::rate_limited(SECOND));
    get_user(&client, &server).await;
    assert_eq!(sleep.sleeps(), [SECOND], "Retry-After");
    // Back-to-back requests are now spaced at about half the rate they were sent at (5 per
    // second, rising a little with each success), once the second's worth the bucket gathered
    // during the Retry-After wait is spent.
    for _ in 0..12 {
        get_user(&client, &server).await;
    }
    let pacing = &sleep.sleeps()[1..];
    assert!(pacing.len() >= 5, "{pacing:?}");
    for wait in pacing {
        assert!(
            *wait >= Duration::from_millis(100) && *wait <= Duration::from_millis(260),
            "{pacing:?}"
        );
    }
    // Successes raise the rate until the pacing stops.
    for _ in 0..100 {
        get_user(&client, &server).await;
        clock.advance(Duration::from_millis(300));
    }
    let last = sleep.sleeps().len();
    for _ in 0..10 {
        get_user(&client, &server).await;
    }
    assert_eq!(sleep.sleeps().len(), last, "no pacing once recovered");

    // The same with adaptive pacing off: only Retry-After.
    let sleep = ManualSleep::new(clock.clone());
    let client = support::on_clock(&server, &clock, &sleep)
        .rate_limit(spiro_api::RateLimit::disabled())
        .build()
        .unwrap();
    server.inject(Target::Api, Fault::rate_limited(SECOND));
    for _ in 0..5 {
        get_user(&client, &server).await;
    }
    assert_eq!(sleep.sleeps(), [SECOND]);
}
