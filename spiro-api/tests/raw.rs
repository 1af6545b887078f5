//! Requests by method and path (`Client::request`) against spiro-mock: they take the path of
//! every generated call (bearer header, retries, 401 refresh and replay, typed errors) and
//! their list walk is the paging stream's.

mod support;

use chrono::Duration as Age;
use futures::TryStreamExt;
use serde_json::{Value, json};
use spiro_api::reqwest::Method;
use spiro_api::{Error, ListOperation};
use spiro_mock::{Dataset, Event, Fault, Server, Target};

#[tokio::test]
async fn reads_a_record_as_it_came_with_status_and_headers() {
    let server = Server::start().await.unwrap();
    let client = support::client(&server);
    let id = &server.ids("companies")[0];
    let response = client
        .request(Method::GET, format!("/companies/{id}"))
        .query("include", "user")
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    assert!(response.headers().contains_key("content-type"));
    let document: Value = response.json().unwrap();
    assert_eq!(document["data"]["id"], json!(id));
    assert_eq!(
        document["data"],
        server.record("companies", id).unwrap(),
        "the record exactly as the mock holds it"
    );
    let queries: Vec<_> = server
        .events()
        .into_iter()
        .filter_map(|e| match e {
            Event::ApiRequest { path, query, .. } if path.starts_with("/api/v1/companies/") => {
                Some(query)
            }
            _ => None,
        })
        .collect();
    assert_eq!(queries, [Some("include=user".to_owned())]);
}

#[tokio::test]
async fn error_statuses_are_the_typed_error_of_every_call() {
    let server = Server::start().await.unwrap();
    let client = support::client(&server);
    let error = client
        .request(Method::GET, "/companies/999999999")
        .send()
        .await
        .unwrap_err();
    assert!(error.is_not_found(), "{error:?}");

    server.revoke_all_tokens();
    let error = client
        .request(Method::GET, "/companies")
        .send()
        .await
        .unwrap_err();
    assert!(error.is_reauthorization_required(), "{error:?}");
}

#[tokio::test]
async fn retries_and_replays_after_a_refresh_like_generated_calls() {
    let server = Server::start().await.unwrap();
    let client = support::client(&server);
    server.inject(Target::Api, Fault::status(503));
    server.expire_access_tokens();
    let response = client.request(Method::GET, "/users").send().await.unwrap();
    assert_eq!(response.status(), 200);
    let issued: Vec<u64> = server
        .events()
        .into_iter()
        .filter_map(|e| match e {
            Event::TokensIssued { generation, .. } => Some(generation),
            _ => None,
        })
        .collect();
    assert_eq!(issued, [1, 2], "one refresh after the 401");
    assert_eq!(server.counters().api_requests, 3, "503, then 401, then 200");
}

#[tokio::test]
async fn writes_send_the_json_body() {
    let server = Server::start().await.unwrap();
    let client = support::client(&server);
    let id = server.ids("opportunities")[0].clone();
    let body = json!({ "data": { "type": "opportunity", "id": id,
        "attributes": { "custom": { "bc_packaging_quote": "Q-1" } } } });
    let response = client
        .request(Method::PUT, format!("/opportunities/{id}"))
        .json(body)
        .operation_id("update_opportunity")
        .send()
        .await
        .unwrap();
    assert!(response.status().is_success());
    let stored = server.record("opportunities", &id).unwrap();
    assert_eq!(
        stored["attributes"]["custom"]["bc_packaging_quote"],
        json!("Q-1")
    );
}

#[tokio::test]
async fn paths_that_leave_the_base_url_are_refused_before_sending() {
    let server = Server::start().await.unwrap();
    let client = support::client(&server);
    for path in [
        "companies",
        "//evil.example/x",
        "/../../oauth/token",
        "/../v10/companies",
        "@evil.example/x",
    ] {
        let error = client.request(Method::GET, path).send().await.unwrap_err();
        assert!(
            matches!(error, Error::InvalidRequest(_)),
            "{path}: {error:?}"
        );
    }
    assert_eq!(server.counters().api_requests, 0);
}

#[tokio::test]
async fn the_paging_stream_walks_every_record_as_raw_json() {
    let server = Server::builder()
        .dataset(Dataset::empty().companies(230).users(3))
        .start()
        .await
        .unwrap();
    let client = support::builder(
        &server,
        support::token_set(&server.issue_tokens(), Age::hours(23)),
    )
    .build()
    .unwrap();
    let pages: Vec<_> = client
        .request(Method::GET, "/companies?include=user")
        .query("page[size]", "5")
        .pages()
        .page_size(100)
        .read_ahead(1)
        .into_stream()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(pages.len(), 3);
    let ids: Vec<String> = pages
        .iter()
        .flat_map(|p| p.items.iter().map(|r| r["id"].as_str().unwrap().to_owned()))
        .collect();
    assert_eq!(ids, server.ids("companies"));
    assert!(pages[0].included.iter().all(|r| r.type_ == "user"));
    assert!(!pages[0].included.is_empty());
    assert_eq!(
        pages[2].pagination.as_ref().and_then(|p| p.total_pages),
        Some(3)
    );
    // `page[size]` given by the walk replaces the one of the request.
    let queries: Vec<String> = server
        .events()
        .into_iter()
        .filter_map(|e| match e {
            Event::ApiRequest { query, .. } => query,
            _ => None,
        })
        .collect();
    assert_eq!(
        queries[0],
        "include=user&page%5Bnumber%5D=1&page%5Bsize%5D=100"
    );
}
