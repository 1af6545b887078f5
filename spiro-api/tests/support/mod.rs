//! Shared set-up of the tests that run against spiro-mock.
#![allow(dead_code)] // each test file uses a different part

use chrono::{Duration as Age, Utc};
use spiro_api::{Client, ClientBuilder};
use spiro_auth::time::{ManualSleep, ManualTimeSource};
use spiro_auth::{Credentials, MemoryTokenStore, TokenSet};
use spiro_mock::{IssuedTokens, Server};

/// Credentials the mock accepts.
pub fn credentials(server: &Server) -> Credentials {
    Credentials::new(
        server.client_id(),
        server.client_secret().to_owned(),
        server.redirect_uri(),
    )
}

/// The mock's tokens as a token set that expires `expires_in` from now (negative: already
/// expired).
pub fn token_set(issued: &IssuedTokens, expires_in: Age) -> TokenSet {
    let now = Utc::now();
    TokenSet::new(
        issued.access_token.clone(),
        issued.refresh_token.clone(),
        now + expires_in,
    )
    .with_issued_at(now + expires_in - Age::hours(24))
}

/// A builder for a client of `server` with OAuth, holding `tokens` in memory.
pub fn builder(server: &Server, tokens: TokenSet) -> ClientBuilder {
    spiro_api::testing::builder(server).token_store(MemoryTokenStore::with_tokens(tokens))
}

/// A client of `server` with a freshly issued, valid token.
pub fn client(server: &Server) -> Client {
    builder(server, token_set(&server.issue_tokens(), Age::hours(23)))
        .build()
        .unwrap()
}

/// A builder for a client of `server` with a valid token that reads time from `clock` and
/// waits with `sleep` (a sleep on `clock`, which records every wait): a whole call runs
/// without real waiting.
pub fn on_clock(server: &Server, clock: &ManualTimeSource, sleep: &ManualSleep) -> ClientBuilder {
    builder(server, token_set(&server.issue_tokens(), Age::hours(23)))
        .time_source(clock.clone())
        .sleep_impl(sleep.clone())
}

/// A server on 127.0.0.1 that answers every request with `{"data": record}`, and a client of
/// it without authentication, for tests of what the client sends.
pub async fn answering(record: serde_json::Value) -> (wiremock::MockServer, Client) {
    use wiremock::{Mock, MockServer, ResponseTemplate, matchers::any};
    let server = MockServer::start().await;
    Mock::given(any())
        .respond_with(
            ResponseTemplate::new(200).set_body_json(serde_json::json!({ "data": record })),
        )
        .mount(&server)
        .await;
    let client = Client::builder()
        .base_url(format!("{}/api/v1", server.uri()))
        .build()
        .unwrap();
    (server, client)
}
