//! Bad input gets proper 4xx answers; many clients at once are fine.

use reqwest::Method;
use serde_json::json;
use spiro_mock::{Dataset, Event, Server};

use crate::common::*;
use spiro_mock::limit::bounded;

async fn server() -> (Server, reqwest::Client, String) {
    let server = Server::builder()
        .dataset(Dataset::empty().companies(5).users(2))
        .start()
        .await
        .expect("server");
    let token = server.issue_tokens().access_token;
    (server, client(), token)
}

#[tokio::test]
async fn garbage_bodies_are_4xx() {
    bounded(async {
        let (server, http, token) = server().await;
        let id = server.ids("companies")[0].clone();
        let url = format!("{}/companies/{id}", server.api_url());
        let cases: Vec<(&str, Vec<u8>, u16)> = vec![
            ("application/json", b"not json at all".to_vec(), 400),
            ("application/json", b"{\"data\": ".to_vec(), 400),
            ("application/json", b"\xff\xfe\xfd".to_vec(), 400),
            (
                "application/json",
                b"{\"data\":{\"type\":\"company\",\"attributes\":{\"name\":\"\xc3\x28\"}}}"
                    .to_vec(),
                400,
            ),
            ("application/json", Vec::new(), 400),
            ("text/plain", b"{}".to_vec(), 415),
            ("application/x-www-form-urlencoded", b"a=b".to_vec(), 415),
            ("application/vnd.api+json", b"[]".to_vec(), 422),
            ("application/json; charset=utf-8", b"42".to_vec(), 422),
        ];
        for (content_type, body, status) in cases {
            let response = http
                .put(&url)
                .bearer_auth(&token)
                .header("content-type", content_type)
                .body(body.clone())
                .send()
                .await
                .expect("request");
            api_error(response, status).await;
        }
        let response = http
            .post(format!("{}/companies", server.api_url()))
            .bearer_auth(&token)
            .body("x")
            .send()
            .await
            .expect("request");
        api_error(response, 415).await;
        assert_eq!(server.count("companies"), 5);
    })
    .await
}

#[tokio::test]
async fn huge_bodies_are_413() {
    bounded(async {
        let (server, http, token) = server().await;
        let id = server.ids("companies")[0].clone();
        let name = "x".repeat(2 * 1024 * 1024);
        let body = json!({"data": {"type": "company", "attributes": {"name": name}}});
        let response = send_json(
            &server,
            &http,
            &token,
            Method::PUT,
            &format!("/companies/{id}"),
            &body,
        )
        .await;
        api_error(response, 413).await;
        let response = http
            .post(server.token_url())
            .header("content-type", "application/json")
            .body(body.to_string())
            .send()
            .await
            .expect("request");
        assert_eq!(oauth_error(response, 413).await, "invalid_request");
        // The server is still fine.
        assert_eq!(
            get(&server, &http, &token, "/companies").await.status(),
            200
        );
    })
    .await
}

#[tokio::test]
async fn odd_requests_do_not_break_anything() {
    bounded(async {
        let (server, http, token) = server().await;
        let long = "a".repeat(8 * 1024);
        for path in [
            format!("/companies/{long}"),
            "/companies/%00%ff".to_owned(),
            "/companies/../users".to_owned(),
            "/companies//1".to_owned(),
            "/companies?page%5Bnumber%5D=%ff%fe".to_owned(),
            "/companies?filter%5Bname_cont%5D=%ff%fe".to_owned(),
            "/companies?&&=&page%5Bsize%5D".to_owned(),
        ] {
            let response = get(&server, &http, &token, &path).await;
            assert!(
                response.status().is_client_error() || response.status().is_success(),
                "{path}: {}",
                response.status()
            );
        }
        for auth in ["Bearer", "Bearer \u{e9}", "\u{0}"] {
            let response = http
                .get(format!("{}/companies", server.api_url()))
                .header("authorization", auth.as_bytes())
                .send()
                .await;
            if let Ok(response) = response {
                assert_eq!(response.status(), 401);
            }
        }
        for method in [Method::HEAD, Method::OPTIONS, Method::TRACE] {
            let response = http
                .request(method.clone(), format!("{}/companies", server.api_url()))
                .bearer_auth(&token)
                .send()
                .await
                .expect("request");
            assert_eq!(response.status(), 405, "{method}");
        }
        assert_eq!(
            get(&server, &http, &token, "/companies").await.status(),
            200
        );
    })
    .await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_hundred_concurrent_clients() {
    bounded(async {
        let server = Server::builder()
            .dataset(Dataset::default())
            .start()
            .await
            .expect("server");
        let tokens = server.issue_tokens();
        let api = server.api_url();
        // One client: its pool opens a connection per concurrent request (building 200 TLS-capable
        // clients would only measure certificate loading).
        let shared = reqwest::Client::new();
        let tasks: Vec<_> = (0..200)
            .map(|i| {
                let url = format!(
                    "{api}/contacts?page%5Bnumber%5D={}&page%5Bsize%5D=10",
                    i % 100 + 1
                );
                let token = tokens.access_token.clone();
                let http = shared.clone();
                tokio::spawn(async move {
                    let response = http
                        .get(url)
                        .bearer_auth(token)
                        .send()
                        .await
                        .expect("request");
                    assert_eq!(response.status(), 200);
                    let body: serde_json::Value = response.json().await.expect("json");
                    body["data"].as_array().map_or(0, Vec::len)
                })
            })
            .collect();
        for result in futures::future::join_all(tasks).await {
            assert_eq!(result.expect("task"), 10);
        }

        // Concurrent refreshes with the same (unused) refresh token all succeed, as in Doorkeeper.
        let http = client();
        let refreshes = (0..50).map(|_| refresh_json(&server, &http, &tokens.refresh_token));
        let pairs =
            futures::future::join_all(refreshes.map(|f| async { pair(f.await).await })).await;
        let distinct: std::collections::BTreeSet<_> =
            pairs.iter().map(|(a, _)| a.clone()).collect();
        assert_eq!(distinct.len(), 50);

        let c = server.counters();
        assert_eq!(c.api_requests, 200);
        assert_eq!(c.first_uses, 1);
        assert_eq!(c.tokens_issued, 51);
        assert_eq!(c.refresh_requests, 50);
        let api_events = server
            .events()
            .iter()
            .filter(|e| matches!(e, Event::ApiRequest { path, .. } if path.starts_with("/api/")))
            .count();
        assert_eq!(api_events, 200);
    })
    .await
}
