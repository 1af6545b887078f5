//! Paging streams against spiro-mock: exact record sets, filters on every page, read-ahead
//! order, retries mid-way, and no requests after the stream is dropped.

mod support;

use futures::{StreamExt, TryStreamExt};
use spiro_api::{ListOperation, Resource, RetryPolicy};
use spiro_mock::{Dataset, Event, Fault, Server, Target};

async fn server_with(companies: usize) -> Server {
    Server::builder()
        .dataset(Dataset::empty().companies(companies))
        .start()
        .await
        .unwrap()
}

fn company_ids(items: &[spiro_api::types::Company]) -> Vec<String> {
    items.iter().map(|c| c.id().to_string()).collect()
}

/// The query strings of the API requests the mock answered, in order.
fn list_queries(server: &Server) -> Vec<String> {
    server
        .events()
        .into_iter()
        .filter_map(|e| match e {
            Event::ApiRequest { path, query, .. } if path == "/api/v1/companies" => {
                Some(query.unwrap_or_default())
            }
            _ => None,
        })
        .collect()
}

#[tokio::test]
async fn exact_record_sets_at_the_page_boundaries() {
    for (records, page_size, expected_requests) in [
        (0, 25, 1),
        (1, 25, 1),
        (25, 25, 1),
        (26, 25, 2),
        (10_000, 100, 100),
    ] {
        let server = server_with(records).await;
        let client = support::client(&server);
        let items: Vec<_> = client
            .list_companies()
            .pages()
            .page_size(page_size)
            .items()
            .try_collect()
            .await
            .unwrap();
        assert_eq!(
            company_ids(&items),
            server.ids("companies"),
            "{records} records"
        );
        assert_eq!(
            server.counters().api_requests,
            expected_requests,
            "{records} records"
        );
    }
}

#[tokio::test]
async fn filters_and_include_are_sent_with_every_page() {
    let server = Server::builder()
        .dataset(Dataset::empty().companies(600).users(3))
        .start()
        .await
        .unwrap();
    let client = support::client(&server);
    let pages: Vec<_> = client
        .list_companies()
        .filter_name_cont("in")
        .include("user")
        .pages()
        .page_size(10)
        .into_stream()
        .try_collect()
        .await
        .unwrap();
    let total = pages[0].pagination.unwrap().total_entries.unwrap();
    assert!(pages.len() > 2, "the filter must leave several pages");
    let items: Vec<_> = pages.iter().flat_map(|p| p.items.iter()).collect();
    assert_eq!(items.len() as i64, total);
    for company in &items {
        let name = company
            .attributes
            .as_ref()
            .and_then(|a| a.name.clone())
            .unwrap();
        assert!(name.to_lowercase().contains("in"), "{name}");
    }
    // Every page asked for the filter, the include and the size, and numbers 1, 2, 3, …
    for (n, query) in list_queries(&server).iter().enumerate() {
        assert!(query.contains("filter%5Bname_cont%5D=in"), "{query}");
        assert!(
            query.contains("include=user") && query.contains("page%5Bsize%5D=10"),
            "{query}"
        );
        assert!(
            query.contains(&format!("page%5Bnumber%5D={}", n + 1)),
            "{query}"
        );
    }
    // Every page carries the users it references.
    assert!(pages.iter().all(|p| !p.included.is_empty()));
    let owner: spiro_api::types::User = items[0].user(&pages[0].included).unwrap().unwrap();
    assert_eq!(owner.type_, "user");
}

#[tokio::test]
async fn read_ahead_keeps_the_order() {
    let server = server_with(1_000).await;
    let client = support::client(&server);
    server.inject(
        Target::Api,
        Fault::latency(std::time::Duration::from_millis(5)),
    );
    let items: Vec<_> = client
        .list_companies()
        .pages()
        .page_size(50)
        .read_ahead(3)
        .items()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(company_ids(&items), server.ids("companies"));
    assert_eq!(
        server.counters().api_requests,
        20,
        "no page requested twice or past the end"
    );
}

#[tokio::test]
async fn a_5xx_mid_way_is_retried() {
    let server = server_with(100).await;
    let client = support::builder(
        &server,
        support::token_set(&server.issue_tokens(), chrono::Duration::hours(23)),
    )
    .retry_policy(RetryPolicy::default().with_initial_backoff(std::time::Duration::from_millis(1)))
    .build()
    .unwrap();
    let mut pages = client.list_companies().pages().page_size(25).into_stream();
    let first = pages.try_next().await.unwrap().unwrap();
    server.inject(Target::Api, Fault::status(503).times(2));
    let mut items = first.items;
    while let Some(page) = pages.try_next().await.unwrap() {
        items.extend(page.items);
    }
    assert_eq!(company_ids(&items), server.ids("companies"));
    let statuses: Vec<u16> = server
        .events()
        .into_iter()
        .filter_map(|e| match e {
            Event::ApiRequest { status, .. } => Some(status),
            _ => None,
        })
        .collect();
    assert_eq!(statuses, [200, 503, 503, 200, 200, 200]);
}

#[tokio::test]
async fn an_error_ends_the_stream() {
    let server = server_with(100).await;
    let client = support::builder(
        &server,
        support::token_set(&server.issue_tokens(), chrono::Duration::hours(23)),
    )
    .retry_policy(RetryPolicy::disabled())
    .build()
    .unwrap();
    server.inject(Target::Api, Fault::status(500));
    let results: Vec<_> = client.list_companies().stream().collect().await;
    assert_eq!(results.len(), 1);
    assert_eq!(
        results[0]
            .as_ref()
            .unwrap_err()
            .status()
            .map(|s| s.as_u16()),
        Some(500)
    );
}

#[tokio::test]
async fn a_dropped_stream_stops_requesting_pages() {
    let server = server_with(500).await;
    let client = support::client(&server);
    let mut items = client.list_companies().pages().page_size(10).items();
    for _ in 0..15 {
        items.try_next().await.unwrap().unwrap();
    }
    drop(items);
    tokio::task::yield_now().await;
    assert_eq!(
        server.counters().api_requests,
        2,
        "15 records need 2 pages, and nothing more is asked"
    );

    // With two pages read ahead, at most the pages in flight when it was dropped: never page 5
    // or later.
    let mut items = client
        .list_companies()
        .pages()
        .page_size(10)
        .read_ahead(2)
        .items();
    items.try_next().await.unwrap().unwrap();
    drop(items);
    client
        .get_company()
        .id(&server.ids("companies")[0])
        .send()
        .await
        .unwrap();
    let pages: Vec<u32> = list_queries(&server)
        .iter()
        .skip(2)
        .map(|q| {
            let number = q
                .split('&')
                .find_map(|p| p.strip_prefix("page%5Bnumber%5D="))
                .unwrap();
            number.parse().unwrap()
        })
        .collect();
    assert!(pages.iter().all(|&n| n <= 1 + 3), "{pages:?}");
}

#[tokio::test]
async fn collect_stops_at_the_limit() {
    let server = server_with(500).await;
    let client = support::client(&server);
    let first = client
        .list_companies()
        .pages()
        .page_size(20)
        .collect(30)
        .await
        .unwrap();
    assert_eq!(company_ids(&first), server.ids("companies")[..30]);
    assert_eq!(server.counters().api_requests, 2);
}

/// Without `meta.pagination` the walk stops on a short page; with page sizes unknown to it,
/// on an empty page. (spiro-mock always sends meta, so this uses wiremock.)
#[tokio::test]
async fn without_meta_the_walk_stops_on_a_short_or_empty_page() {
    use wiremock::matchers::query_param;
    use wiremock::{Mock, MockServer, ResponseTemplate};
    let server = MockServer::start().await;
    let page = |ids: std::ops::Range<u32>| {
        let data: Vec<_> = ids
            .map(|i| serde_json::json!({"id": i.to_string(), "type": "company"}))
            .collect();
        ResponseTemplate::new(200).set_body_json(serde_json::json!({ "data": data }))
    };
    Mock::given(query_param("page[number]", "1"))
        .respond_with(page(0..3))
        .mount(&server)
        .await;
    Mock::given(query_param("page[number]", "2"))
        .respond_with(page(3..6))
        .mount(&server)
        .await;
    Mock::given(query_param("page[number]", "3"))
        .respond_with(page(6..7))
        .mount(&server)
        .await;
    Mock::given(query_param("page[number]", "4"))
        .respond_with(page(0..0))
        .mount(&server)
        .await;
    let client = spiro_api::Client::builder()
        .base_url(server.uri())
        .build()
        .unwrap();

    let with_size: Vec<_> = client
        .list_companies()
        .pages()
        .page_size(3)
        .items()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(with_size.len(), 7);
    assert_eq!(
        server.received_requests().await.unwrap().len(),
        3,
        "page 3 is short: the end"
    );

    server.reset().await;
    Mock::given(query_param("page[number]", "1"))
        .respond_with(page(0..3))
        .mount(&server)
        .await;
    Mock::given(query_param("page[number]", "2"))
        .respond_with(page(0..0))
        .mount(&server)
        .await;
    let unknown_size: Vec<_> = client
        .list_companies()
        .stream()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(unknown_size.len(), 3);
    assert_eq!(
        server.received_requests().await.unwrap().len(),
        2,
        "an empty page ends the walk"
    );
}

/// A record that does not decode (a live field of the wrong type, no id) fails alone: the
/// stream yields `Error::Record` in its place with its id and raw JSON, then the records
/// after it and the next pages; `collect` keeps it in `failures()`; a page holding one still
/// counts at full length (no early stop).
#[tokio::test]
async fn a_bad_record_fails_alone_and_the_walk_goes_on() {
    use spiro_api::Error;
    use wiremock::matchers::query_param;
    use wiremock::{Mock, MockServer, ResponseTemplate};
    let server = MockServer::start().await;
    let pages = [
        serde_json::json!([
            { "id": "1", "type": "company", "attributes": { "name": "A", "phone": 4155550100_i64 } },
            { "id": "2", "type": "company", "attributes": { "name": 7 } },
            { "id": "3", "type": "company", "attributes": { "name": "C" } },
        ]),
        serde_json::json!([
            { "type": "company", "attributes": { "name": "no id" } },
            { "id": 5, "type": "company", "attributes": { "name": "E", "zipcode": 55987 } },
            { "id": "6", "type": "company" },
        ]),
        serde_json::json!([{ "id": "7", "type": "company" }]),
    ];
    for (number, data) in pages.iter().enumerate() {
        let body = serde_json::json!({
            "data": data,
            "meta": { "pagination": { "current_page": number + 1, "total_pages": 3 } },
        });
        Mock::given(query_param("page[number]", (number + 1).to_string()))
            .respond_with(ResponseTemplate::new(200).set_body_json(body))
            .mount(&server)
            .await;
    }
    let client = spiro_api::Client::builder()
        .base_url(server.uri())
        .build()
        .unwrap();

    let seen: Vec<_> = client
        .list_companies()
        .pages()
        .page_size(3)
        .items()
        .collect()
        .await;
    let outline: Vec<String> = seen
        .iter()
        .map(|item| match item {
            Ok(company) => company.id().to_string(),
            Err(Error::Record(bad)) => format!(
                "bad {} {}",
                bad.id().map(|i| i.to_string()).unwrap_or_default(),
                bad.value().unwrap()["attributes"]["name"]
            ),
            Err(other) => panic!("unexpected error {other}"),
        })
        .collect();
    assert_eq!(
        outline,
        ["1", "bad 2 7", "3", "bad  \"no id\"", "5", "6", "7"]
    );
    let Ok(first) = &seen[0] else { panic!() };
    assert_eq!(
        first
            .attributes
            .as_ref()
            .unwrap()
            .phone
            .as_ref()
            .unwrap()
            .as_str(),
        "4155550100"
    );

    let collected = client
        .list_companies()
        .pages()
        .page_size(3)
        .collect(5)
        .await
        .unwrap();
    assert_eq!(company_ids(collected.records()), ["1", "3", "5"]);
    let failures: Vec<_> = collected.failures().iter().map(|f| f.index()).collect();
    assert_eq!(failures, [1, 0], "positions within their pages");

    let pages: Vec<_> = client
        .list_companies()
        .pages()
        .into_stream()
        .try_collect()
        .await
        .unwrap();
    let shape: Vec<_> = pages
        .iter()
        .map(|p| (p.items.len(), p.failures.len()))
        .collect();
    assert_eq!(shape, [(2, 1), (2, 1), (1, 0)]);
}

/// `items_with_included` yields a bad record as `Error::Record` in its place, like `items`,
/// and lenient text attributes read as `&str` through their accessors.
#[tokio::test]
async fn items_with_included_yield_a_bad_record_and_go_on() {
    use spiro_api::Error;
    use wiremock::{Mock, MockServer, ResponseTemplate};
    let server = MockServer::start().await;
    let body = serde_json::json!({
        "data": [
            { "id": "1", "type": "opportunity", "attributes": { "name": "A", "priority": 2 },
              "relationships": { "user": { "data": { "id": "9", "type": "user" } } } },
            // `name` is live, so strict: a number costs the record (`close_at`, a date, would
            // be lenient).
            { "id": "2", "type": "opportunity", "attributes": { "name": 20260930 } },
            { "id": "3", "type": "opportunity", "attributes": { "name": "C", "amount": "12.5" } },
        ],
        "included": [ { "id": "9", "type": "user", "attributes": { "email": "dana@example.com" } } ],
        "meta": { "pagination": { "current_page": 1, "total_pages": 1 } },
    });
    Mock::given(wiremock::matchers::any())
        .respond_with(ResponseTemplate::new(200).set_body_json(body))
        .mount(&server)
        .await;
    let client = spiro_api::Client::builder()
        .base_url(server.uri())
        .build()
        .unwrap();
    let seen: Vec<_> = client
        .list_opportunities()
        .include("user")
        .pages()
        .items_with_included()
        .collect()
        .await;
    assert_eq!(seen.len(), 3);
    let Ok((first, included)) = &seen[0] else {
        panic!("{:?}", seen[0])
    };
    assert_eq!(first.priority(), Some("2"));
    let owner = first.user(included).unwrap().unwrap();
    assert_eq!(owner.email(), Some("dana@example.com"));
    match &seen[1] {
        Err(Error::Record(bad)) => {
            assert_eq!(bad.id().map(|i| i.as_str()), Some("2"));
            assert_eq!(bad.value().unwrap()["attributes"]["name"], 20260930);
        }
        other => panic!("{other:?}"),
    }
    let Ok((third, _)) = &seen[2] else {
        panic!("{:?}", seen[2])
    };
    assert_eq!(third.amount().and_then(|a| a.as_f64()), Some(12.5));
}

/// The documented export (`set_aside` and `try_next()?`) runs to the end of the collection
/// when a record does not match the spec, and reports that record: every other record
/// arrives, with its included owner, and the bad one is counted and kept with its raw JSON.
#[tokio::test]
async fn an_export_that_sets_bad_records_aside_finishes_and_reports_them() {
    spiro_mock::limit::bounded(export_with_a_bad_record()).await;
}

async fn export_with_a_bad_record() {
    let server = Server::start().await.unwrap();
    let client = support::client(&server);
    let ids = server.ids("opportunities");
    let broken = ids[ids.len() / 2].clone();
    // `name` is strict (live evidence), so a number there fails this record alone.
    assert!(server.set_attribute("opportunities", &broken, "name", serde_json::json!(42)));

    let bad = spiro_api::BadRecords::new();
    let mut rows = client
        .list_opportunities()
        .include("user")
        .pages()
        .page_size(7)
        .set_aside(&bad)
        .items_with_included();
    let mut exported = Vec::new();
    while let Some((opportunity, included)) = rows.try_next().await.unwrap() {
        assert!(opportunity.user(&included).unwrap().is_some());
        exported.push(opportunity.id.to_string());
    }

    let expected: Vec<String> = ids.iter().filter(|id| **id != broken).cloned().collect();
    assert_eq!(exported, expected);
    assert_eq!(bad.count(), 1);
    let kept = bad.kept();
    assert_eq!(kept[0].id().map(|id| id.as_str()), Some(broken.as_str()));
    assert_eq!(kept[0].path(), "attributes.name");
    assert_eq!(kept[0].operation(), Some("list_opportunities"));
    assert_eq!(kept[0].value().unwrap()["attributes"]["name"], 42);
}
