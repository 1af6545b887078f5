//! `ClientBuilder::capture_shapes` against spiro-mock: the capture file holds shapes per
//! operation and status, never a value or a token, and capturing changes nothing for the
//! caller.

mod support;

use std::collections::BTreeSet;

use chrono::Duration as Age;
use serde_json::{Value, json};
use spiro_api::spiro_auth::BodyLimits;
use spiro_api::spiro_auth::{FileTokenStore, TokenStore};
use spiro_mock::{Dataset, Server};

async fn server() -> Server {
    Server::builder()
        .dataset(
            Dataset::empty()
                .companies(12)
                .contacts(20)
                .opportunities(15)
                .users(4)
                .pipelines(1)
                .stages_per_pipeline(6),
        )
        .start()
        .await
        .unwrap()
}

/// The capture file: its header (origin) and its lines, one per operation and status.
fn read_capture(path: &std::path::Path) -> (Value, Vec<Value>) {
    let mut lines: Vec<Value> = std::fs::read_to_string(path)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let header = lines.remove(0);
    assert_eq!(header["format"], "spiro-shapes/2");
    (header, lines)
}

/// The summed counts of one JSON path of one operation and status.
fn types_at(lines: &[Value], operation: &str, status: u16, path: &str) -> Value {
    let mut sum = serde_json::Map::new();
    for line in lines
        .iter()
        .filter(|l| l["operation"] == operation && l["status"] == status)
    {
        if let Some(types) = line["paths"][path]["types"].as_object() {
            for (t, n) in types {
                let total = sum.get(t).and_then(Value::as_u64).unwrap_or(0) + n.as_u64().unwrap();
                sum.insert(t.clone(), json!(total));
            }
        }
    }
    Value::Object(sum)
}

/// Every scalar of a JSON document as the text that would betray it, with the set of its
/// object keys (field names, which a capture is allowed to contain).
fn scalars(value: &Value, out: &mut BTreeSet<String>, keys: &mut BTreeSet<String>) {
    match value {
        Value::String(s) => {
            out.insert(s.clone());
        }
        Value::Number(n) => {
            out.insert(n.to_string());
        }
        Value::Array(items) => items.iter().for_each(|v| scalars(v, out, keys)),
        Value::Object(fields) => {
            for (k, v) in fields {
                keys.insert(k.clone());
                scalars(v, out, keys);
            }
        }
        Value::Bool(_) | Value::Null => {}
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_capture_holds_shapes_and_no_seeded_value_or_token() {
    let server = server().await;
    let opportunity = server.ids("opportunities")[0].clone();
    let company = server.ids("companies")[0].clone();
    // Deviations from the spec: a numeric string and an attribute the spec does not declare.
    assert!(server.set_attribute("opportunities", &opportunity, "amount", json!("48250.0")));
    assert!(server.set_attribute(
        "opportunities",
        &opportunity,
        "win_reason",
        json!("Price beat the incumbent")
    ));
    let issued = server.issue_tokens();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("shapes.jsonl");
    // An expired token: the client refreshes through the real OAuth flow of the mock first,
    // and the file store keeps the rotated pair for the check below.
    let tokens = dir.path().join("tokens.json");
    FileTokenStore::new(&tokens)
        .save(&support::token_set(&issued, Age::minutes(-5)))
        .await
        .unwrap();
    let client = spiro_api::testing::builder(&server)
        .token_store(FileTokenStore::new(&tokens))
        .capture_shapes(&path)
        .build()
        .unwrap();

    // Whether today's types decode the deviation does not matter here: the capture sees the
    // response before decoding.
    let _ = client
        .get_opportunity()
        .id(&opportunity)
        .include("user,company")
        .send()
        .await;
    let _ = client.list_opportunities().page_size(5).send().await;
    client.list_companies().page_size(50).send().await.unwrap();
    client.get_company().id(&company).send().await.unwrap();
    client.list_contacts().page_size(50).send().await.unwrap();
    let missing = client.get_company().id("999999999").send().await;
    assert!(missing.unwrap_err().is_not_found());
    drop(client); // writes the remaining counts

    let (header, lines) = read_capture(&path);
    // The origin: the mock is on loopback, which `cargo xtask learn` refuses as evidence.
    assert_eq!(header["origin"]["host"], "127.0.0.1");
    assert_eq!(
        header["origin"]["sdk"],
        format!("spiro-api {}", env!("CARGO_PKG_VERSION"))
    );
    assert!(
        header["origin"]["spec"]
            .as_str()
            .is_some_and(|s| s.starts_with("sha256:") && s.len() == 71)
    );
    // One line per operation and status.
    let pairs: BTreeSet<(String, u64)> = lines
        .iter()
        .map(|l| (l["operation"].to_string(), l["status"].as_u64().unwrap()))
        .collect();
    assert_eq!(pairs.len(), lines.len());
    let text: String = lines.iter().map(|l| l.to_string() + "\n").collect();
    assert_eq!(
        types_at(&lines, "get_opportunity", 200, "data.attributes.amount"),
        json!({ "string": 1 })
    );
    assert_eq!(
        types_at(
            &lines,
            "list_opportunities",
            200,
            "data[].attributes.amount"
        ),
        json!({ "string": 1, "number": 4 })
    );
    assert_eq!(
        types_at(&lines, "get_opportunity", 200, "data.attributes.win_reason"),
        json!({ "string": 1 })
    );
    assert_eq!(
        types_at(&lines, "list_companies", 200, "data[]"),
        json!({ "object": 12 })
    );
    assert_eq!(
        types_at(&lines, "get_company", 404, "errors[]"),
        json!({ "object": 1 })
    );
    assert!(
        !types_at(&lines, "list_contacts", 200, "meta.pagination.total_pages")
            .as_object()
            .unwrap()
            .is_empty()
    );

    // Every value the mock served for these calls, fetched again without the SDK.
    let http = reqwest::Client::new();
    let reader = server.issue_tokens();
    let mut served = BTreeSet::new();
    let mut keys = BTreeSet::new();
    for url in [
        format!("opportunities/{opportunity}?include=user,company"),
        "opportunities?page%5Bsize%5D=5".to_owned(),
        "companies?page%5Bsize%5D=50".to_owned(),
        format!("companies/{company}"),
        "contacts?page%5Bsize%5D=50".to_owned(),
        "companies/999999999".to_owned(),
    ] {
        let body: Value = http
            .get(format!("{}/{url}", server.api_url()))
            .bearer_auth(&reader.access_token)
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        scalars(&body, &mut served, &mut keys);
    }
    // Every string of the capture (keys, values) and every segment of its paths.
    let mut words = BTreeSet::new();
    let mut all = BTreeSet::new();
    for line in &lines {
        scalars(line, &mut all, &mut words);
    }
    // Numbers in the capture are counts: keep only its strings.
    all.retain(|s| s.parse::<f64>().is_err());
    for text in all.iter().chain(&words.clone()) {
        words.extend(text.split('.').map(|s| s.trim_end_matches("[]").to_owned()));
        words.insert(text.clone());
    }
    let rotated: Value = serde_json::from_str(&std::fs::read_to_string(&tokens).unwrap()).unwrap();
    let (rotated_access, rotated_refresh) = (
        rotated["access_token"]
            .as_str()
            .expect("access token in the store"),
        rotated["refresh_token"]
            .as_str()
            .expect("refresh token in the store"),
    );
    assert_ne!(
        rotated_refresh, issued.refresh_token,
        "the client refreshed"
    );
    let secrets = [
        issued.access_token.as_str(),
        issued.refresh_token.as_str(),
        rotated_access,
        rotated_refresh,
        server.client_secret(),
        server.client_id(),
    ];
    let mut checked = 0;
    for value in served.iter().map(String::as_str).chain(secrets) {
        // A field name (`"type": "user"` and the `user` relationship) may appear as a key,
        // and an error document's `status` repeats the HTTP status the capture is keyed by.
        if keys.contains(value) || value == "404" {
            continue;
        }
        checked += 1;
        assert!(!words.contains(value), "the capture contains {value:?}");
        // Anything but a bare lower-case word (which could be part of an operation id or a
        // field name) must not appear even inside another string.
        let bare_word = value.bytes().all(|b| b.is_ascii_lowercase() || b == b'_');
        if !bare_word && value.len() >= 3 {
            assert!(!text.contains(value), "the capture contains {value:?}");
        }
    }
    assert!(checked > 200, "only {checked} values checked");
    assert!(served.contains("48250.0") && served.contains(&opportunity));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn capturing_changes_nothing_for_the_caller() {
    let server = server().await;
    let dir = tempfile::tempdir().unwrap();
    let plain = support::client(&server);
    let capturing = support::builder(
        &server,
        support::token_set(&server.issue_tokens(), Age::hours(23)),
    )
    .capture_shapes(dir.path().join("shapes.jsonl"))
    .build()
    .unwrap();
    let expected = plain
        .list_companies()
        .include("user")
        .send_with_response()
        .await
        .unwrap();
    let actual = capturing
        .list_companies()
        .include("user")
        .send_with_response()
        .await
        .unwrap();
    assert_eq!(actual.status(), expected.status());
    assert_eq!(actual.headers().len(), expected.headers().len());
    assert_eq!(actual.into_inner(), expected.into_inner());

    let id = server.ids("contacts")[3].clone();
    let plain_error = plain.get_contact().id("0").send().await.unwrap_err();
    let capturing_error = capturing.get_contact().id("0").send().await.unwrap_err();
    assert_eq!(plain_error.to_string(), capturing_error.to_string());
    let contact = capturing.get_contact().id(&id).send().await.unwrap();
    assert_eq!(contact.data.id.to_string(), id);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_capture_file_that_cannot_be_written_never_fails_a_call() {
    let server = server().await;
    let dir = tempfile::tempdir().unwrap();
    // A directory cannot be opened for appending.
    let client = support::builder(
        &server,
        support::token_set(&server.issue_tokens(), Age::hours(23)),
    )
    .capture_shapes(dir.path())
    .build()
    .unwrap();
    // More than one flush: the writer fails on the first and stays quiet after.
    for _ in 0..(2 * 100 + 5) {
        client.list_users().page_size(1).send().await.unwrap();
    }
    drop(client);
    assert!(dir.path().is_dir());
}

/// Capture sees Spiro's final answer after the capped reader: a success body past the limit
/// (`Error::BodyTooLarge`) and a failed refresh after a 401 (`Error::Auth`) are failures of the
/// client, not answers of Spiro's, and leave no line; a small error body is captured.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn carried_failures_are_not_captured() {
    let server = server().await;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("shapes.jsonl");
    let client = support::builder(
        &server,
        support::token_set(&server.issue_tokens(), Age::hours(23)),
    )
    .body_limits(BodyLimits::default().with_success(64))
    .capture_shapes(&path)
    .build()
    .unwrap();

    let too_large = client.list_companies().send().await.unwrap_err();
    assert!(
        matches!(too_large, spiro_api::Error::BodyTooLarge { limit: 64 }),
        "{too_large:?}"
    );
    let not_found = client.get_contact().id("0").send().await.unwrap_err();
    assert!(not_found.is_not_found(), "{not_found:?}");
    server.revoke_all_tokens();
    let refused = client.list_users().send().await.unwrap_err();
    assert!(refused.is_reauthorization_required(), "{refused:?}");
    assert_eq!(
        server.counters().api_unauthorized,
        1,
        "Spiro did answer 401"
    );
    drop(client);

    let (_, lines) = read_capture(&path);
    let seen: BTreeSet<(String, u64)> = lines
        .iter()
        .map(|l| {
            (
                l["operation"].as_str().unwrap().to_owned(),
                l["status"].as_u64().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        seen,
        BTreeSet::from([("get_contact".to_owned(), 404)]),
        "{lines:?}"
    );
}
