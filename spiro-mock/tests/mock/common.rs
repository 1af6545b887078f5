//! Helpers shared by the tests.
#![allow(dead_code)] // each test binary uses a different part

use reqwest::{Client, Response, StatusCode};
use serde_json::{Value, json};
use spiro_mock::Server;

/// A client that does not follow redirects.
pub fn client() -> Client {
    Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .expect("client")
}

/// The `code` of a redirect `Location`.
pub fn code_of(location: &str) -> String {
    let url = url::Url::parse(location).expect("absolute location");
    url.query_pairs()
        .find(|(k, _)| k == "code")
        .map(|(_, v)| v.into_owned())
        .expect("code in location")
}

/// Runs `GET /oauth/authorize` and returns the code.
pub async fn authorize(server: &Server, http: &Client) -> String {
    let response = http
        .get(server.authorize_url())
        .query(&[
            ("client_id", server.client_id()),
            ("redirect_uri", server.redirect_uri()),
            ("response_type", "code"),
        ])
        .send()
        .await
        .expect("authorize");
    assert_eq!(response.status(), StatusCode::FOUND);
    let location = response
        .headers()
        .get("location")
        .and_then(|v| v.to_str().ok())
        .expect("location");
    code_of(location)
}

/// `POST /oauth/token` with a JSON body.
pub async fn token_json(server: &Server, http: &Client, body: Value) -> Response {
    http.post(server.token_url())
        .json(&body)
        .send()
        .await
        .expect("token request")
}

/// Exchanges a code (JSON body).
pub async fn exchange(server: &Server, http: &Client, code: &str) -> Response {
    token_json(
        server,
        http,
        json!({
            "grant_type": "authorization_code",
            "client_id": server.client_id(),
            "client_secret": server.client_secret(),
            "code": code,
            "redirect_uri": server.redirect_uri(),
        }),
    )
    .await
}

/// Refreshes with a form-encoded body, as some Spiro callers do.
pub async fn refresh_form(server: &Server, http: &Client, refresh_token: &str) -> Response {
    http.post(server.token_url())
        .form(&[
            ("grant_type", "refresh_token"),
            ("client_id", server.client_id()),
            ("client_secret", server.client_secret()),
            ("refresh_token", refresh_token),
        ])
        .send()
        .await
        .expect("refresh request")
}

/// Refreshes with a JSON body.
pub async fn refresh_json(server: &Server, http: &Client, refresh_token: &str) -> Response {
    token_json(
        server,
        http,
        json!({
            "grant_type": "refresh_token",
            "client_id": server.client_id(),
            "client_secret": server.client_secret(),
            "refresh_token": refresh_token,
        }),
    )
    .await
}

/// `(access_token, refresh_token)` of a successful token response.
pub async fn pair(response: Response) -> (String, String) {
    assert_eq!(response.status(), StatusCode::OK);
    let body: Value = response.json().await.expect("token json");
    (
        body["access_token"].as_str().expect("access").to_owned(),
        body["refresh_token"].as_str().expect("refresh").to_owned(),
    )
}

/// `GET {api}{path}` with a bearer token.
pub async fn get(server: &Server, http: &Client, token: &str, path: &str) -> Response {
    http.get(format!("{}{path}", server.api_url()))
        .bearer_auth(token)
        .send()
        .await
        .expect("api request")
}

/// `GET` and decode JSON, asserting the status.
pub async fn get_json(
    server: &Server,
    http: &Client,
    token: &str,
    path: &str,
    status: u16,
) -> Value {
    let response = get(server, http, token, path).await;
    assert_eq!(response.status().as_u16(), status, "GET {path}");
    response.json().await.expect("json body")
}

/// Sends a JSON document with a method.
pub async fn send_json(
    server: &Server,
    http: &Client,
    token: &str,
    method: reqwest::Method,
    path: &str,
    body: &Value,
) -> Response {
    http.request(method, format!("{}{path}", server.api_url()))
        .bearer_auth(token)
        .json(body)
        .send()
        .await
        .expect("api request")
}

/// Asserts a JSON:API error document with one error of `status` and returns the error.
pub async fn api_error(response: Response, status: u16) -> Value {
    assert_eq!(response.status().as_u16(), status);
    let content_type = response
        .headers()
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_owned();
    assert!(
        content_type.starts_with("application/json"),
        "{content_type}"
    );
    let body: Value = response.json().await.expect("error json");
    let errors = body["errors"].as_array().expect("errors array");
    assert!(!errors.is_empty());
    assert_eq!(errors[0]["status"], status.to_string());
    assert!(errors[0]["title"].is_string());
    assert!(errors[0]["detail"].is_string());
    errors[0].clone()
}

/// Asserts an OAuth error body and returns `error`.
pub async fn oauth_error(response: Response, status: u16) -> String {
    assert_eq!(response.status().as_u16(), status);
    assert_eq!(
        response
            .headers()
            .get("cache-control")
            .and_then(|v| v.to_str().ok()),
        Some("no-store")
    );
    let body: Value = response.json().await.expect("oauth error json");
    assert!(
        body["error_description"]
            .as_str()
            .is_some_and(|d| !d.is_empty())
    );
    body["error"].as_str().expect("error").to_owned()
}

/// Every page of a list, following `meta.pagination`.
pub async fn all_pages(
    server: &Server,
    http: &Client,
    token: &str,
    path_and_query: &str,
) -> Vec<Value> {
    let sep = if path_and_query.contains('?') {
        '&'
    } else {
        '?'
    };
    let mut out = Vec::new();
    let mut page = 1;
    loop {
        let doc = get_json(
            server,
            http,
            token,
            &format!("{path_and_query}{sep}page%5Bnumber%5D={page}"),
            200,
        )
        .await;
        out.extend(doc["data"].as_array().expect("data").iter().cloned());
        let total_pages = doc["meta"]["pagination"]["total_pages"]
            .as_u64()
            .expect("total_pages");
        if page >= total_pages {
            return out;
        }
        page += 1;
    }
}
