//! Configuring a client: the builder's result does not depend on the order of its calls, bad
//! settings surface at `build`, and one user-supplied `reqwest::Client` serves both the API and
//! the token endpoint.

mod support;

use chrono::Duration as Age;
use serde_json::json;
use spiro_api::{BuildError, Client, ClientBuilder, reqwest};
use spiro_auth::{Credentials, Endpoints, MemoryTokenStore, RefreshPolicy};
use spiro_mock::Server;
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

type Setter<'a> = Box<dyn Fn(ClientBuilder) -> ClientBuilder + 'a>;

/// Every ordering of `items`.
fn permutations<T: Copy>(items: &[T]) -> Vec<Vec<T>> {
    if items.len() <= 1 {
        return vec![items.to_vec()];
    }
    let mut all = Vec::new();
    for (i, first) in items.iter().enumerate() {
        let mut rest = items.to_vec();
        rest.remove(i);
        for mut tail in permutations(&rest) {
            tail.insert(0, *first);
            all.push(tail);
        }
    }
    all
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn oauth_settings_apply_in_any_order() {
    let server = Server::start().await.unwrap();
    // The four OAuth settings (which used to need `credentials` first) in every order, with
    // the base URL before or after them.
    let orders: Vec<Vec<usize>> = permutations(&[1, 2, 3, 4])
        .into_iter()
        .enumerate()
        .map(|(n, mut order)| {
            order.insert(if n % 2 == 0 { 0 } else { 4 }, 0);
            order
        })
        .collect();
    assert_eq!(orders.len(), 24);
    for order in orders {
        // An expired token: the first call refreshes, which needs the credentials, the OAuth
        // endpoints and the store (holding the refresh token) all applied; the call reaches the
        // mock only through the base URL.
        let tokens = support::token_set(&server.issue_tokens(), -Age::hours(1));
        let refreshes_before = server.counters().refresh_requests;
        let setters: [Setter<'_>; 5] = [
            Box::new(|b| b.base_url(server.api_url())),
            Box::new(|b| b.credentials(support::credentials(&server))),
            Box::new(|b| {
                b.oauth_endpoints(Endpoints::from_oauth_url(&server.oauth_url()).unwrap())
            }),
            Box::new(|b| b.token_store(MemoryTokenStore::with_tokens(tokens.clone()))),
            Box::new(|b| b.refresh_policy(RefreshPolicy::default())),
        ];
        let builder = order
            .iter()
            .fold(Client::builder(), |builder, &i| setters[i](builder));
        let client = builder
            .build()
            .unwrap_or_else(|e| panic!("order {order:?}: {e}"));
        assert_eq!(client.base_url(), server.api_url().trim_end_matches('/'));
        client
            .list_companies()
            .page_size(1)
            .send()
            .await
            .unwrap_or_else(|e| panic!("order {order:?}: {e:?}"));
        assert_eq!(
            server.counters().refresh_requests,
            refreshes_before + 1,
            "order {order:?}: the expired token was refreshed through the configured endpoints"
        );
    }
}

/// `build`'s error for `builder`.
fn build_error(builder: ClientBuilder) -> BuildError {
    match builder.build() {
        Ok(client) => panic!("expected an error, built {client:?}"),
        Err(error) => error,
    }
}

#[test]
fn errors_surface_at_build_whatever_the_order() {
    let credentials = || Credentials::new("id", "secret", "https://example.com/cb");

    // A token that cannot be a header value: the setter takes it, `build` refuses it.
    let builder = Client::builder().access_token("line\nbreak");
    assert!(matches!(build_error(builder), BuildError::AccessToken));

    // OAuth settings without credentials, before or after other settings.
    for builder in [
        Client::builder()
            .token_store(MemoryTokenStore::new())
            .base_url("http://127.0.0.1:1/api/v1"),
        Client::builder()
            .base_url("http://127.0.0.1:1/api/v1")
            .refresh_policy(RefreshPolicy::default()),
        Client::builder().oauth_endpoints(Endpoints::spiro()),
    ] {
        assert!(matches!(
            build_error(builder),
            BuildError::MissingCredentials
        ));
    }

    // Two sources of authentication, in both orders.
    for builder in [
        Client::builder()
            .credentials(credentials())
            .access_token("t"),
        Client::builder()
            .access_token("t")
            .credentials(credentials()),
    ] {
        let error = build_error(builder);
        assert!(
            matches!(error, BuildError::ConflictingAuthentication(_)),
            "{error:?}"
        );
        assert!(error.to_string().contains("credentials"), "{error}");
    }

    // A bad base URL, whatever comes after it.
    let builder = Client::builder()
        .base_url("not a url")
        .credentials(credentials());
    assert!(matches!(build_error(builder), BuildError::BaseUrl(url) if url == "not a url"));

    // The last value of a setter wins: a bad base URL replaced by a good one builds.
    let client = Client::builder()
        .base_url("not a url")
        .base_url("http://127.0.0.1:1/api/v1")
        .access_token("t")
        .build()
        .unwrap();
    assert_eq!(client.base_url(), "http://127.0.0.1:1/api/v1");
}

#[tokio::test]
async fn one_http_client_serves_the_api_and_the_token_endpoint() {
    let wire = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/oauth/token"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({
            "access_token": "new-access", "refresh_token": "new-refresh", "token_type": "Bearer",
            "expires_in": 86400, "created_at": chrono::Utc::now().timestamp(),
        })))
        .mount(&wire)
        .await;
    Mock::given(method("GET"))
        .and(path("/api/v1/companies"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"data": []})))
        .mount(&wire)
        .await;

    let mut marker = reqwest::header::HeaderMap::new();
    marker.insert("x-shared-client", "yes".parse().unwrap());
    let http = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .default_headers(marker)
        .build()
        .unwrap();
    let expired = spiro_auth::TokenSet::new(
        "old-access".to_owned(),
        "old-refresh".to_owned(),
        chrono::Utc::now() - Age::hours(1),
    );
    let client = Client::builder()
        .http_client(http)
        .base_url(format!("{}/api/v1", wire.uri()))
        .credentials(Credentials::new("id", "secret", "https://example.com/cb"))
        .oauth_endpoints(Endpoints::from_oauth_url(&wire.uri()).unwrap())
        .token_store(MemoryTokenStore::with_tokens(expired))
        .build()
        .unwrap();
    client.list_companies().send().await.unwrap();

    let requests = wire.received_requests().await.unwrap();
    let paths: Vec<&str> = requests.iter().map(|r| r.url.path()).collect();
    assert_eq!(paths, ["/oauth/token", "/api/v1/companies"]);
    for request in &requests {
        assert_eq!(
            request
                .headers
                .get("x-shared-client")
                .map(|v| v.to_str().unwrap()),
            Some("yes"),
            "{} went through the user's client",
            request.url.path()
        );
    }
}
