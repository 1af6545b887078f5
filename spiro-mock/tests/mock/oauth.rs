//! OAuth: authorize, token grants, rotation with revoke-on-use, error bodies, API 401s.

use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use reqwest::StatusCode;
use serde_json::{Value, json};
use spiro_mock::{Dataset, Event, Server, TokenOutcome};

use crate::common::*;
use spiro_mock::limit::bounded;

fn api_request(method: &str, path: &str, query: Option<&str>, status: u16) -> Event {
    Event::ApiRequest {
        method: method.into(),
        path: path.into(),
        query: query.map(Into::into),
        status,
    }
}

fn token_request(grant: &str, outcome: TokenOutcome) -> Event {
    Event::TokenRequest {
        grant: grant.into(),
        outcome,
    }
}

fn issued(generation: u64, access: &str, refresh: &str, previous: Option<&str>) -> Event {
    Event::TokensIssued {
        generation,
        access_token: access.into(),
        refresh_token: refresh.into(),
        previous_refresh_token: previous.map(Into::into),
    }
}

async fn small_server() -> Server {
    Server::builder()
        .dataset(Dataset::empty().companies(3).users(2))
        .start()
        .await
        .expect("server")
}

#[tokio::test]
async fn rotation_with_revoke_on_use_step_by_step() {
    bounded(async {
    let server = small_server().await;
    let http = client();

    // Authorize -> code -> first pair.
    let code = authorize(&server, &http).await;
    assert_eq!(code.len(), 64);
    let (a1, r1) = pair(exchange(&server, &http, &code).await).await;
    assert_eq!(get(&server, &http, &a1, "/companies").await.status(), 200);

    // Refresh (form body): a second pair that remembers r1.
    let (a2, r2) = pair(refresh_form(&server, &http, &r1).await).await;
    // The new access token is not used yet: replaying r1 is allowed and issues yet another pair.
    let (a3, r3) = pair(refresh_json(&server, &http, &r1).await).await;
    // The old access token still works until a new one is used.
    assert_eq!(get(&server, &http, &a1, "/companies").await.status(), 200);

    // First use of a2 revokes the pair (a1, r1).
    assert_eq!(get(&server, &http, &a2, "/companies").await.status(), 200);
    let old_access = get(&server, &http, &a1, "/companies").await;
    assert_eq!(old_access.status(), StatusCode::UNAUTHORIZED);
    let challenge = old_access
        .headers()
        .get("www-authenticate")
        .and_then(|v| v.to_str().ok())
        .expect("challenge")
        .to_owned();
    assert_eq!(
        challenge,
        r#"Bearer realm="Spiro", error="invalid_token", error_description="The access token was revoked""#
    );
    assert_eq!(
        oauth_error(refresh_json(&server, &http, &r1).await, 400).await,
        "invalid_grant"
    );

    // The sibling pair (a3, r3) was not revoked; its first use revokes nothing more.
    assert_eq!(get(&server, &http, &a3, "/companies").await.status(), 200);
    // r2 keeps rotating.
    let (a4, r4) = pair(refresh_json(&server, &http, &r2).await).await;

    let authorize_query = format!(
        "client_id={}&redirect_uri={}&response_type=code",
        server.client_id(),
        url::form_urlencoded::byte_serialize(server.redirect_uri().as_bytes()).collect::<String>()
    );
    let expected = vec![
        Event::CodeIssued { code: code.clone() },
        api_request("GET", "/oauth/authorize", Some(&authorize_query), 302),
        token_request("authorization_code", TokenOutcome::Issued),
        issued(1, &a1, &r1, None),
        api_request("POST", "/oauth/token", None, 200),
        Event::AccessTokenFirstUse {
            access_token: a1.clone(),
        },
        api_request("GET", "/api/v1/companies", None, 200),
        token_request("refresh_token", TokenOutcome::Issued),
        issued(2, &a2, &r2, Some(&r1)),
        api_request("POST", "/oauth/token", None, 200),
        token_request("refresh_token", TokenOutcome::Issued),
        issued(2, &a3, &r3, Some(&r1)),
        api_request("POST", "/oauth/token", None, 200),
        api_request("GET", "/api/v1/companies", None, 200),
        Event::AccessTokenFirstUse {
            access_token: a2.clone(),
        },
        Event::Revoked {
            access_token: a1.clone(),
            refresh_token: r1.clone(),
        },
        api_request("GET", "/api/v1/companies", None, 200),
        api_request("GET", "/api/v1/companies", None, 401),
        token_request("refresh_token", TokenOutcome::InvalidGrant),
        api_request("POST", "/oauth/token", None, 400),
        Event::AccessTokenFirstUse {
            access_token: a3.clone(),
        },
        api_request("GET", "/api/v1/companies", None, 200),
        token_request("refresh_token", TokenOutcome::Issued),
        issued(3, &a4, &r4, Some(&r2)),
        api_request("POST", "/oauth/token", None, 200),
    ];
    assert_eq!(server.events(), expected);

    let c = server.counters();
    assert_eq!(c.token_requests, 5);
    assert_eq!(c.code_exchanges, 1);
    assert_eq!(c.refresh_requests, 4);
    assert_eq!(c.tokens_issued, 4);
    assert_eq!(c.invalid_grant, 1);
    assert_eq!(c.invalid_client, 0);
    assert_eq!(c.invalid_request, 0);
    assert_eq!(c.revocations, 1);
    assert_eq!(c.first_uses, 3);
    assert_eq!(c.codes_issued, 1);
    assert_eq!(c.api_requests, 5);
    assert_eq!(c.api_unauthorized, 1);
    assert_eq!(c.http_requests, 11);
    assert_eq!(c.faults_injected, 0);
}).await
}

#[tokio::test]
async fn token_response_shape() {
    bounded(async {
        let server = Server::builder()
            .dataset(Dataset::empty())
            .token_ttl(Duration::from_secs(5))
            .start()
            .await
            .expect("server");
        let http = client();
        let code = server.issue_code();
        let response = exchange(&server, &http, &code).await;
        assert_eq!(response.status(), 200);
        assert_eq!(
            response
                .headers()
                .get("cache-control")
                .and_then(|v| v.to_str().ok()),
            Some("no-store")
        );
        let body: Value = response.json().await.expect("json");
        let keys: Vec<&str> = body
            .as_object()
            .expect("object")
            .keys()
            .map(String::as_str)
            .collect();
        let mut sorted = keys.clone();
        sorted.sort_unstable();
        assert_eq!(
            sorted,
            [
                "access_token",
                "created_at",
                "expires_in",
                "refresh_token",
                "scope",
                "token_type"
            ]
        );
        assert_eq!(body["token_type"], "Bearer");
        assert_eq!(body["scope"], "");
        assert_eq!(body["expires_in"], 5);
        for key in ["access_token", "refresh_token"] {
            let t = body[key].as_str().expect("token");
            assert_eq!(t.len(), 64);
            assert!(
                t.bytes()
                    .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
            );
        }
        let now = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .expect("clock")
            .as_secs() as i64;
        let created = body["created_at"].as_i64().expect("created_at");
        assert!((now - 60..=now + 60).contains(&created));

        // The TTL can be changed for tokens issued from now on; sub-second values become 1 s.
        server.set_token_ttl(Duration::from_millis(10));
        let issued = server.issue_tokens();
        assert_eq!(issued.expires_in, 1);
        assert!(!format!("{issued:?}").contains(&issued.access_token));
        let c = server.counters();
        assert_eq!(
            (c.tokens_issued, c.token_requests, c.codes_issued),
            (2, 1, 1)
        );
    })
    .await
}

#[tokio::test]
async fn default_ttl_is_a_day() {
    bounded(async {
        let server = Server::builder()
            .dataset(Dataset::empty())
            .start()
            .await
            .expect("server");
        let tokens = server.issue_tokens();
        assert_eq!(tokens.expires_in, 86_400);
        assert_eq!(
            server.events(),
            vec![issued(1, &tokens.access_token, &tokens.refresh_token, None)]
        );
    })
    .await
}

#[tokio::test]
async fn authorize_redirects_with_code_and_state() {
    bounded(async {
        let server = Server::builder()
            .dataset(Dataset::empty())
            .redirect_uri("https://app.example.com/spiro/callback?tenant=7")
            .start()
            .await
            .expect("server");
        let http = client();
        let response = http
            .get(server.authorize_url())
            .query(&[
                ("client_id", server.client_id()),
                ("redirect_uri", server.redirect_uri()),
                ("response_type", "code"),
                ("state", "s t&8"),
                ("scope", ""),
            ])
            .send()
            .await
            .expect("authorize");
        assert_eq!(response.status(), StatusCode::FOUND);
        let location = response
            .headers()
            .get("location")
            .and_then(|v| v.to_str().ok())
            .expect("location")
            .to_owned();
        let url = url::Url::parse(&location).expect("url");
        assert_eq!(url.host_str(), Some("app.example.com"));
        assert_eq!(url.path(), "/spiro/callback");
        let pairs: Vec<(String, String)> = url.query_pairs().into_owned().collect();
        assert_eq!(pairs[0], ("tenant".into(), "7".into()));
        assert_eq!(pairs[1].0, "code");
        assert_eq!(pairs[2], ("state".into(), "s t&8".into()));
        // The code works once.
        let (access, _) = pair(exchange(&server, &http, &pairs[1].1).await).await;
        assert_eq!(access.len(), 64);
        assert_eq!(
            oauth_error(exchange(&server, &http, &pairs[1].1).await, 400).await,
            "invalid_grant"
        );
    })
    .await
}

#[tokio::test]
async fn authorize_errors_are_pages_never_redirects() {
    bounded(async {
        let server = small_server().await;
        let http = client();
        let ok_redirect = server.redirect_uri().to_owned();
        let cases: Vec<(Vec<(&str, &str)>, &str)> = vec![
            (
                vec![
                    ("client_id", "someone-else"),
                    ("redirect_uri", &ok_redirect),
                    ("response_type", "code"),
                ],
                "invalid_client",
            ),
            (
                vec![("redirect_uri", &ok_redirect), ("response_type", "code")],
                "invalid_client",
            ),
            (
                vec![
                    ("client_id", server.client_id()),
                    ("redirect_uri", "https://evil.example.com/cb"),
                    ("response_type", "code"),
                ],
                "invalid_redirect_uri",
            ),
            (
                vec![("client_id", server.client_id()), ("response_type", "code")],
                "invalid_redirect_uri",
            ),
            (
                vec![
                    ("client_id", server.client_id()),
                    ("redirect_uri", &ok_redirect),
                ],
                "invalid_request",
            ),
            (
                vec![
                    ("client_id", server.client_id()),
                    ("redirect_uri", &ok_redirect),
                    ("response_type", "token"),
                ],
                "unsupported_response_type",
            ),
        ];
        for (query, error) in cases {
            let response = http
                .get(server.authorize_url())
                .query(&query)
                .send()
                .await
                .expect("authorize");
            assert_eq!(response.status(), StatusCode::BAD_REQUEST, "{query:?}");
            assert!(response.headers().get("location").is_none());
            assert_eq!(
                response
                    .headers()
                    .get("content-type")
                    .and_then(|v| v.to_str().ok()),
                Some("text/html; charset=utf-8")
            );
            let html = response.text().await.expect("html");
            assert!(
                html.contains(&format!("<p id=\"error\">{error}</p>")),
                "{html}"
            );
        }
        assert_eq!(server.counters().codes_issued, 0);
        // Wrong method.
        let post = http
            .post(server.authorize_url())
            .send()
            .await
            .expect("post");
        assert_eq!(post.status(), StatusCode::METHOD_NOT_ALLOWED);
    })
    .await
}

#[tokio::test]
async fn token_endpoint_error_bodies() {
    bounded(async {
    let server = small_server().await;
    let http = client();
    let id = server.client_id().to_owned();
    let secret = server.client_secret().to_owned();
    let redirect = server.redirect_uri().to_owned();

    // invalid_client (401): wrong secret, unknown id, missing credentials.
    let code = server.issue_code();
    for (cid, csecret) in [
        (id.as_str(), "wrong"),
        ("nobody", secret.as_str()),
        ("", ""),
    ] {
        let body = json!({"grant_type": "authorization_code", "client_id": cid, "client_secret": csecret, "code": code, "redirect_uri": redirect});
        assert_eq!(
            oauth_error(token_json(&server, &http, body).await, 401).await,
            "invalid_client"
        );
    }

    // invalid_grant (400): wrong redirect URI, unknown code, used code, unknown refresh token.
    let wrong_redirect = json!({"grant_type": "authorization_code", "client_id": id, "client_secret": secret, "code": code, "redirect_uri": "https://other.example.com/cb"});
    assert_eq!(
        oauth_error(token_json(&server, &http, wrong_redirect).await, 400).await,
        "invalid_grant"
    );
    assert_eq!(
        oauth_error(exchange(&server, &http, &"0".repeat(64)).await, 400).await,
        "invalid_grant"
    );
    // The code survived the failed attempts (as in Doorkeeper), works once, then is used.
    assert_eq!(exchange(&server, &http, &code).await.status(), 200);
    assert_eq!(
        oauth_error(exchange(&server, &http, &code).await, 400).await,
        "invalid_grant"
    );
    assert_eq!(
        oauth_error(refresh_json(&server, &http, "not-a-token").await, 400).await,
        "invalid_grant"
    );

    // invalid_request (400): missing grant_type, missing code, missing redirect_uri, missing
    // refresh_token, malformed JSON, a non-object, a non-string field, unsupported content type,
    // invalid UTF-8.
    let bodies = [
        json!({"client_id": id, "client_secret": secret}),
        json!({"grant_type": "authorization_code", "client_id": id, "client_secret": secret, "redirect_uri": redirect}),
        json!({"grant_type": "authorization_code", "client_id": id, "client_secret": secret, "code": code}),
        json!({"grant_type": "refresh_token", "client_id": id, "client_secret": secret}),
        json!(["grant_type", "refresh_token"]),
        json!({"grant_type": "refresh_token", "client_id": id, "client_secret": secret, "refresh_token": 12}),
    ];
    for body in bodies {
        assert_eq!(
            oauth_error(token_json(&server, &http, body).await, 400).await,
            "invalid_request"
        );
    }
    let raw = [
        ("application/json", b"{\"grant_type\":".to_vec()),
        ("text/plain", b"grant_type=refresh_token".to_vec()),
        (
            "application/json",
            b"{\"grant_type\":\"\xff\xfe\"}".to_vec(),
        ),
    ];
    for (content_type, body) in raw {
        let response = http
            .post(server.token_url())
            .header("content-type", content_type)
            .body(body)
            .send()
            .await
            .expect("token");
        assert_eq!(oauth_error(response, 400).await, "invalid_request");
    }

    // unsupported_grant_type (400), counted as invalid_request.
    let password = json!({"grant_type": "password", "client_id": id, "client_secret": secret, "username": "u", "password": "p"});
    assert_eq!(
        oauth_error(token_json(&server, &http, password).await, 400).await,
        "unsupported_grant_type"
    );

    let c = server.counters();
    assert_eq!(c.invalid_client, 3);
    assert_eq!(c.invalid_grant, 4);
    assert_eq!(c.invalid_request, 10);
    assert_eq!(c.tokens_issued, 1);
    assert_eq!(c.token_requests, 18);
    let outcomes = server
        .events()
        .iter()
        .filter(|e| matches!(e, Event::TokenRequest { .. }))
        .count();
    assert_eq!(outcomes as u64, c.token_requests);
}).await
}

#[tokio::test]
async fn expired_codes_are_invalid_grants() {
    bounded(async {
        let server = Server::builder()
            .dataset(Dataset::empty())
            .code_ttl(Duration::ZERO)
            .start()
            .await
            .expect("server");
        let http = client();
        let code = authorize(&server, &http).await;
        assert_eq!(
            oauth_error(exchange(&server, &http, &code).await, 400).await,
            "invalid_grant"
        );
    })
    .await
}

#[tokio::test]
async fn api_401_bodies_and_challenges() {
    bounded(async {
    let server = small_server().await;
    let http = client();
    let check = |response: reqwest::Response, description: &'static str| async move {
        assert_eq!(response.status(), StatusCode::UNAUTHORIZED);
        let challenge = response
            .headers()
            .get("www-authenticate")
            .and_then(|v| v.to_str().ok())
            .expect("challenge")
            .to_owned();
        assert_eq!(
            challenge,
            format!(
                r#"Bearer realm="Spiro", error="invalid_token", error_description="{description}""#
            )
        );
        let body: Value = response.json().await.expect("json");
        assert_eq!(
            body,
            json!({"error": "invalid_token", "error_description": description})
        );
    };
    let url = format!("{}/companies", server.api_url());
    check(
        http.get(&url).send().await.expect("req"),
        "The access token is missing",
    )
    .await;
    check(
        get(&server, &http, "unknown", "/companies").await,
        "The access token is invalid",
    )
    .await;
    check(
        http.get(&url)
            .header("authorization", "Basic Zm9vOmJhcg==")
            .send()
            .await
            .expect("req"),
        "The access token is invalid",
    )
    .await;

    // Expiry: existing access tokens expire, refresh tokens stay usable, new pairs are fresh.
    let tokens = server.issue_tokens();
    assert_eq!(
        get(&server, &http, &tokens.access_token, "/companies")
            .await
            .status(),
        200
    );
    server.expire_access_tokens();
    check(
        get(&server, &http, &tokens.access_token, "/companies").await,
        "The access token expired",
    )
    .await;
    let (fresh, fresh_refresh) =
        pair(refresh_json(&server, &http, &tokens.refresh_token).await).await;
    assert_eq!(
        get(&server, &http, &fresh, "/companies").await.status(),
        200
    );

    // The user revokes the app.
    server.revoke_all_tokens();
    check(
        get(&server, &http, &fresh, "/companies").await,
        "The access token was revoked",
    )
    .await;
    assert_eq!(
        oauth_error(refresh_json(&server, &http, &fresh_refresh).await, 400).await,
        "invalid_grant"
    );

    let c = server.counters();
    assert_eq!(c.api_unauthorized, 5);
    assert_eq!(c.api_requests, 7);
    // Revoked: the pair refreshed from (revoke-on-use) plus the live pair (revoke_all).
    assert_eq!(c.revocations, 2);
}).await
}

#[tokio::test]
async fn on_event_runs_before_the_response_is_sent() {
    bounded(async {
    let server = small_server().await;
    let http = client();
    let seen = Arc::new(Mutex::new(Vec::new()));
    {
        let seen = seen.clone();
        server.on_event(move |e| seen.lock().expect("lock").push(e.clone()));
    }
    let tokens = server.issue_tokens();
    let response = get(&server, &http, &tokens.access_token, "/users").await;
    assert_eq!(response.status(), 200);
    // No waiting: the listener ran before the response left the server.
    let seen = seen.lock().expect("lock").clone();
    assert_eq!(seen.len(), 3, "{seen:?}");
    assert!(matches!(seen[0], Event::TokensIssued { .. }));
    assert!(
        matches!(&seen[1], Event::AccessTokenFirstUse { access_token } if *access_token == tokens.access_token)
    );
    assert!(
        matches!(&seen[2], Event::ApiRequest { path, status: 200, .. } if path == "/api/v1/users")
    );
    assert_eq!(seen, server.events());
}).await
}
