//! The token endpoint on the wire (against wiremock, to see exact requests): JSON bodies as
//! Spiro documents them, error decoding, retries, and no redirects.

mod common;

use std::time::{Duration, SystemTime};

use common::bounded;
use serde_json::json;
use spiro_auth::time::{ManualSleep, ManualTimeSource};
use spiro_auth::{
    AuthError, AuthorizationCode, Credentials, Endpoints, ReauthReason, RefreshToken, RetryPolicy,
    TokenEndpoint, TransientError,
};
use wiremock::matchers::{body_json, header, method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

fn endpoint(server: &MockServer, retry: RetryPolicy) -> TokenEndpoint {
    let credentials = Credentials::new("cid", "csecret", "https://example.com/cb");
    TokenEndpoint::new(
        credentials,
        &Endpoints::from_oauth_url(&server.uri()).expect("loopback"),
    )
    .expect("endpoint")
    .with_retry_policy(retry)
}

fn fast() -> RetryPolicy {
    RetryPolicy::default()
        .with_initial_backoff(Duration::from_millis(1))
        .with_max_backoff(Duration::from_millis(2))
}

fn tokens(access: &str, refresh: Option<&str>) -> ResponseTemplate {
    let mut body = json!({"access_token": access, "token_type": "Bearer", "expires_in": 86400,
        "created_at": chrono::Utc::now().timestamp(), "scope": ""});
    if let Some(refresh) = refresh {
        body["refresh_token"] = json!(refresh);
    }
    ResponseTemplate::new(200).set_body_json(body)
}

#[tokio::test]
async fn code_exchange_sends_the_documented_json_body() {
    bounded(async {
        let server = MockServer::start().await;
        Mock::given(method("POST"))
            .and(path("/oauth/token"))
            .and(header("content-type", "application/json"))
            .and(body_json(json!({
                "client_id": "cid",
                "client_secret": "csecret",
                "code": "the-code",
                "redirect_uri": "https://example.com/cb",
                "grant_type": "authorization_code",
            })))
            .respond_with(tokens("at1", Some("rt1")))
            .expect(1)
            .mount(&server)
            .await;
        let t = endpoint(&server, fast())
            .exchange_code(&AuthorizationCode::from("the-code"))
            .await
            .expect("exchanged");
        assert_eq!(t.access_token().expose_secret(), "at1");
        assert_eq!(t.refresh_token().expose_secret(), "rt1");
    })
    .await
}

#[tokio::test]
async fn refresh_sends_the_documented_json_body_and_keeps_the_old_refresh_token() {
    bounded(async {
        let server = MockServer::start().await;
        Mock::given(method("POST"))
            .and(path("/oauth/token"))
            .and(header("content-type", "application/json"))
            .and(body_json(json!({
                "client_id": "cid",
                "client_secret": "csecret",
                "refresh_token": "rt-old",
                "grant_type": "refresh_token",
            })))
            .respond_with(tokens("at2", None))
            .expect(1)
            .mount(&server)
            .await;
        let t = endpoint(&server, fast())
            .refresh(&RefreshToken::from("rt-old"))
            .await
            .expect("refreshed");
        assert_eq!(t.access_token().expose_secret(), "at2");
        assert_eq!(t.refresh_token().expose_secret(), "rt-old");
    })
    .await
}

#[tokio::test]
async fn oauth_errors_are_typed_and_not_retried() {
    bounded(async {
        let cases = [
            (
                400,
                json!({"error": "invalid_grant", "error_description": "revoked"}),
                "invalid_grant",
            ),
            (401, json!({"error": "invalid_client"}), "invalid_client"),
            (400, json!({"error": "invalid_request"}), "invalid_request"),
            (403, json!({"unexpected": true}), "other"),
        ];
        for (status, body, name) in cases {
            let server = MockServer::start().await;
            Mock::given(method("POST"))
                .respond_with(ResponseTemplate::new(status).set_body_json(body))
                .expect(1)
                .mount(&server)
                .await;
            let err = endpoint(&server, fast())
                .refresh(&RefreshToken::from("rt"))
                .await
                .expect_err(name);
            match name {
                "invalid_grant" => assert!(matches!(
                    err,
                    AuthError::ReauthorizationRequired {
                        reason: ReauthReason::InvalidGrant
                    }
                )),
                "invalid_client" => assert!(matches!(err, AuthError::InvalidClient)),
                "invalid_request" => assert!(matches!(
                    &err,
                    AuthError::Rejected { status: 400, error: Some(e) } if e == "invalid_request"
                )),
                _ => assert!(matches!(
                    err,
                    AuthError::Rejected {
                        status: 403,
                        error: None
                    }
                )),
            }
        }
    })
    .await
}

#[tokio::test]
async fn html_5xx_and_garbage_2xx_are_retried_until_success() {
    bounded(async {
        let server = MockServer::start().await;
        Mock::given(method("POST"))
            .respond_with(
                ResponseTemplate::new(502).set_body_raw("<html>Bad Gateway</html>", "text/html"),
            )
            .up_to_n_times(2)
            .mount(&server)
            .await;
        Mock::given(method("POST"))
            .respond_with(ResponseTemplate::new(200).set_body_raw("<html>oops</html>", "text/html"))
            .up_to_n_times(1)
            .mount(&server)
            .await;
        Mock::given(method("POST"))
            .respond_with(tokens("at", Some("rt2")))
            .mount(&server)
            .await;
        let t = endpoint(&server, fast())
            .refresh(&RefreshToken::from("rt"))
            .await
            .expect("fourth attempt succeeds");
        assert_eq!(t.refresh_token().expose_secret(), "rt2");
        assert_eq!(server.received_requests().await.map_or(0, |r| r.len()), 4);
    })
    .await
}

#[tokio::test]
async fn attempts_are_bounded() {
    bounded(async {
        let server = MockServer::start().await;
        Mock::given(method("POST"))
            .respond_with(ResponseTemplate::new(503))
            .expect(3)
            .mount(&server)
            .await;
        let err = endpoint(&server, fast().with_max_retries(2))
            .refresh(&RefreshToken::from("rt"))
            .await
            .expect_err("exhausted");
        assert!(matches!(
            err,
            AuthError::Unavailable {
                attempts: 3,
                last: TransientError::Status { status: 503, .. }
            }
        ));
    })
    .await
}

#[tokio::test]
async fn retry_after_is_honoured_and_bounded_by_the_deadline() {
    bounded(async {
        // Retry-After: 1 is waited out, on the injected sleeper: exactly one wait of a second...
        let server = MockServer::start().await;
        Mock::given(method("POST"))
            .respond_with(ResponseTemplate::new(429).insert_header("retry-after", "1"))
            .up_to_n_times(1)
            .mount(&server)
            .await;
        Mock::given(method("POST"))
            .respond_with(tokens("at", Some("rt")))
            .mount(&server)
            .await;
        let clock = ManualTimeSource::new(SystemTime::now());
        let sleep = ManualSleep::new(clock.clone());
        endpoint(&server, fast())
            .with_time_source(clock)
            .with_sleep_impl(sleep.clone())
            .refresh(&RefreshToken::from("rt"))
            .await
            .expect("after the wait");
        assert_eq!(sleep.sleeps(), [Duration::from_secs(1)]);

        // ...but a Retry-After beyond the refresh deadline ends the refresh at once.
        let server = MockServer::start().await;
        Mock::given(method("POST"))
            .respond_with(ResponseTemplate::new(503).insert_header("retry-after", "3600"))
            .expect(1)
            .mount(&server)
            .await;
        let err = endpoint(&server, fast())
            .refresh(&RefreshToken::from("rt"))
            .await
            .expect_err("deadline");
        assert!(matches!(err, AuthError::Unavailable { attempts: 1, .. }));
    })
    .await
}

/// Several `Retry-After` waits together stay within the refresh deadline: each wait is measured
/// against the time left, not against the whole deadline again. On the injected clock, so the
/// sum is exact: 4 s + 4 s, and a third wait of 4 s would end past the 10 s deadline.
#[tokio::test]
async fn retry_after_waits_together_stay_within_the_deadline() {
    bounded(async {
        let server = MockServer::start().await;
        Mock::given(method("POST"))
            .respond_with(ResponseTemplate::new(503).insert_header("retry-after", "4"))
            .mount(&server)
            .await;
        let clock = ManualTimeSource::new(SystemTime::now());
        let sleep = ManualSleep::new(clock.clone());
        let deadline = Duration::from_secs(10);
        let err = endpoint(&server, fast().with_max_retries(10).with_deadline(deadline))
            .with_time_source(clock)
            .with_sleep_impl(sleep.clone())
            .refresh(&RefreshToken::from("rt"))
            .await
            .expect_err("503 until the deadline");
        let waited: Duration = sleep.sleeps().iter().sum();
        assert!(waited <= deadline, "{:?}", sleep.sleeps());
        assert_eq!(sleep.sleeps().len(), 2, "{:?}", sleep.sleeps());
        assert!(
            matches!(err, AuthError::Unavailable { attempts: 3, .. }),
            "{err:?}"
        );
    })
    .await
}

#[tokio::test]
async fn timeouts_are_transient_and_bounded() {
    bounded(async {
        let server = MockServer::start().await;
        Mock::given(method("POST"))
            .respond_with(tokens("at", Some("rt")).set_delay(Duration::from_secs(5)))
            .mount(&server)
            .await;
        let err = endpoint(
            &server,
            fast()
                .with_max_retries(1)
                .with_attempt_timeout(Duration::from_millis(100)),
        )
        .refresh(&RefreshToken::from("rt"))
        .await
        .expect_err("timed out");
        assert!(
            matches!(
                err,
                AuthError::Unavailable {
                    attempts: 2,
                    last: TransientError::Timeout
                }
            ),
            "{err:?}"
        );
    })
    .await
}

#[tokio::test]
async fn redirects_are_not_followed() {
    bounded(async {
        let server = MockServer::start().await;
        let elsewhere = format!("{}/elsewhere", server.uri());
        Mock::given(method("POST"))
            .and(path("/oauth/token"))
            .respond_with(ResponseTemplate::new(307).insert_header("location", elsewhere.as_str()))
            .expect(1)
            .mount(&server)
            .await;
        Mock::given(path("/elsewhere"))
            .respond_with(tokens("stolen", Some("stolen")))
            .expect(0)
            .mount(&server)
            .await;
        let err = endpoint(&server, fast())
            .refresh(&RefreshToken::from("rt"))
            .await
            .expect_err("redirect refused");
        assert!(
            matches!(err, AuthError::InvalidResponse { status: 307, .. }),
            "{err:?}"
        );
    })
    .await
}

#[tokio::test]
async fn a_client_that_follows_redirects_is_caught() {
    bounded(async {
        let server = MockServer::start().await;
        let elsewhere = format!("{}/elsewhere", server.uri());
        Mock::given(path("/oauth/token"))
            .respond_with(ResponseTemplate::new(307).insert_header("location", elsewhere.as_str()))
            .mount(&server)
            .await;
        Mock::given(path("/elsewhere"))
            .respond_with(tokens("x", Some("y")))
            .mount(&server)
            .await;
        let err = endpoint(&server, fast())
            .with_http_client(reqwest::Client::new())
            .refresh(&RefreshToken::from("rt"))
            .await
            .expect_err("response from another URL refused");
        assert!(
            matches!(err, AuthError::InvalidResponse { status: 200, .. }),
            "{err:?}"
        );
    })
    .await
}

#[test]
fn plain_http_is_refused_except_for_loopback() {
    assert!(matches!(
        Endpoints::from_oauth_url("http://engine.spiro.ai"),
        Err(spiro_auth::ConfigError::InsecureUrl { .. })
    ));
    assert!(Endpoints::from_oauth_url("http://127.0.0.1:9").is_ok());
    assert!(Endpoints::from_oauth_url("https://engine.spiro.ai").is_ok());
}

/// Issue 8, defect 1: `Retry-After: 18446744073709551615` (and larger) used to overflow
/// `Instant::now() + wait` in the retry loop and panic, for refreshes and code exchanges alike.
/// Now a wait past the deadline stops the retries at once with the typed error.
#[tokio::test]
async fn huge_retry_after_stops_retrying_with_a_typed_error_instead_of_panicking() {
    bounded(async {
        for retry_after in [
            "18446744073709551615",
            "99999999999999999999999999",
            "10000000000000000000",
        ] {
            let server = MockServer::start().await;
            Mock::given(method("POST"))
                .respond_with(ResponseTemplate::new(503).insert_header("retry-after", retry_after))
                .expect(2)
                .mount(&server)
                .await;
            let endpoint = endpoint(&server, fast());
            let refresh = endpoint.refresh(&RefreshToken::from("rt")).await;
            let exchange = endpoint
                .exchange_code(&AuthorizationCode::from("code"))
                .await;
            for err in [refresh.expect_err("503"), exchange.expect_err("503")] {
                assert!(
                    matches!(
                        err,
                        AuthError::Unavailable {
                            attempts: 1,
                            last: TransientError::Status {
                                status: 503,
                                retry_after: Some(_)
                            }
                        }
                    ),
                    "{retry_after}: {err:?}"
                );
                assert!(err.is_transient());
            }
        }
    })
    .await
}

/// Defect 1 through the manager: the refresh task used to panic (surfacing as `TaskFailed`);
/// now the caller gets `Unavailable` and the token file is left exactly as it was.
#[tokio::test]
async fn huge_retry_after_through_the_manager_leaves_the_token_file_unchanged() {
    bounded(async {
        use spiro_auth::{FileTokenStore, TokenManager, TokenSet, TokenStore};
        let server = MockServer::start().await;
        Mock::given(method("POST"))
            .respond_with(
                ResponseTemplate::new(429).insert_header("retry-after", "18446744073709551615"),
            )
            .expect(1)
            .mount(&server)
            .await;
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("tokens.json");
        let expired = TokenSet::new("at", "rt", chrono::Utc::now() - chrono::Duration::hours(1));
        FileTokenStore::new(&path)
            .save(&expired)
            .await
            .expect("saved");
        let before = std::fs::read(&path).expect("token file");
        let manager =
            TokenManager::builder(Credentials::new("cid", "csecret", "https://example.com/cb"))
                .endpoints(Endpoints::from_oauth_url(&server.uri()).expect("loopback"))
                .store(FileTokenStore::new(&path))
                .retry_policy(fast())
                .build()
                .expect("manager");
        let err = manager.authorization().await.expect_err("rate limited");
        assert!(
            matches!(
                err,
                AuthError::Unavailable {
                    attempts: 1,
                    last: TransientError::Status { status: 429, .. }
                }
            ),
            "{err:?}"
        );
        assert_eq!(std::fs::read(&path).expect("token file"), before);
    })
    .await
}
