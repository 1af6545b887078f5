//! `spiro_api::testing`: a client of a running spiro-mock in one call, logged in through the
//! mock's OAuth flow, that refreshes and rotates like against Spiro.

use std::sync::Arc;

use serde_json::json;
use spiro_api::Client;
use spiro_api::spiro_auth::{MemoryTokenStore, TokenStore};
use spiro_api::testing::{self, SetupError};
use spiro_mock::limit::bounded;
use spiro_mock::{Dataset, Fault, Server, Target};

async fn access_token(store: &MemoryTokenStore) -> String {
    let tokens = store.load().await.expect("load").expect("tokens stored");
    tokens.access_token().expose_secret().to_owned()
}

/// A mock and a client of it whose token store the test keeps.
async fn mock_and_client() -> (Server, Arc<MemoryTokenStore>, Client) {
    let server = Server::start().await.expect("spiro-mock starts");
    let store = Arc::new(MemoryTokenStore::new());
    let client = testing::client_with_store(&server, store.clone())
        .await
        .expect("a client");
    (server, store, client)
}

#[tokio::test]
async fn the_client_logs_in_through_the_mocks_token_endpoint() {
    bounded(async {
        let (server, store, client) = mock_and_client().await;
        let counters = server.counters();
        assert_eq!((counters.codes_issued, counters.code_exchanges), (1, 1));

        let stored = access_token(&store).await;
        let page = client.list_companies().send().await.expect("a page");
        assert_eq!(page.data.len(), 25);
        assert_eq!(server.counters().first_uses, 1);
        assert_eq!(access_token(&store).await, stored);
    })
    .await;
}

#[tokio::test]
async fn expired_access_tokens_cost_one_refresh() {
    bounded(async {
        let (server, store, client) = mock_and_client().await;
        client.list_users().send().await.expect("first call");
        let first = access_token(&store).await;
        server.expire_access_tokens();
        client.list_users().send().await.expect("after expiry");
        assert_ne!(access_token(&store).await, first, "rotated");
        client.list_users().send().await.expect("and after");
        let counters = server.counters();
        assert_eq!(counters.refresh_requests, 1);
        assert_eq!(counters.api_unauthorized, 1);
        assert_eq!(counters.api_requests, 4, "one replay after the 401");
    })
    .await;
}

#[tokio::test]
async fn start_with_serves_the_described_records() {
    bounded(async {
        let (server, client) = testing::start_with(Server::builder().dataset(Dataset::empty()))
            .await
            .expect("mock and client");
        let id = server
            .insert(
                "users",
                json!({ "attributes": { "email": "dana@example.com" } }),
            )
            .expect("a user");
        let user = client.get_user().id(&id).send().await.expect("the user");
        assert_eq!(user.data.email(), Some("dana@example.com"));
    })
    .await;
}

#[tokio::test]
async fn a_refused_login_is_an_error() {
    bounded(async {
        let server = Server::start().await.expect("spiro-mock starts");
        server.inject(Target::Token, Fault::status(400).times(10));
        let error = testing::client(&server)
            .await
            .expect_err("the code is refused");
        assert!(matches!(error, SetupError::LogIn(_)), "{error:?}");
        assert!(error.to_string().contains("spiro-mock"), "{error}");

        let taken = Server::builder().port(server.local_addr().port());
        let error = testing::start_with(taken).await.expect_err("port taken");
        assert!(matches!(error, SetupError::Start(_)), "{error:?}");
    })
    .await;
}
