//! The surface a user touches: every call's error is `spiro_api::Error` (also through
//! `anyhow` and `Box<dyn Error>`), auth failures are never disguised as responses,
//! relationships are typed and tell "missing from `included`" from "empty", updates need no
//! fetch, and paging hands out `included` with each item.

mod support;

use chrono::Duration as Age;
use futures::TryStreamExt;
use serde_json::{Value, json};
use spiro_api::{CustomFields, Error, IncludeError, ListOperation, Resource, types};
use spiro_mock::{Dataset, Fault, Server, Target};

/// What a user's `anyhow` function returns when the grant is revoked.
async fn list_with_anyhow(client: &spiro_api::Client) -> anyhow::Result<usize> {
    Ok(client.list_companies().send().await?.data.len())
}

async fn list_with_box(client: &spiro_api::Client) -> Result<usize, Box<dyn std::error::Error>> {
    Ok(client.list_companies().send().await?.data.len())
}

fn assert_reauthorization_through_anyhow(error: &anyhow::Error) {
    let chain = format!("{error:#}");
    assert!(chain.contains("re-authorization required"), "{chain}");
    assert!(!chain.contains("Unexpected Response"), "{chain}");
    let typed = error
        .downcast_ref::<Error>()
        .expect("an anyhow error made from a call's error downcasts to spiro_api::Error");
    assert!(typed.is_reauthorization_required(), "{typed:?}");
    assert_eq!(
        typed.status(),
        None,
        "no HTTP status: Spiro did not answer this"
    );
    assert!(typed.api().is_none());
}

/// The stored token is expired and the grant revoked: the refresh before sending fails, and
/// nothing reaches the API.
#[tokio::test]
async fn a_revoked_grant_before_sending_reads_well_through_anyhow() {
    let server = Server::start().await.unwrap();
    let client = support::builder(
        &server,
        support::token_set(&server.issue_tokens(), -Age::minutes(1)),
    )
    .build()
    .unwrap();
    server.revoke_all_tokens();

    let error = list_with_anyhow(&client).await.unwrap_err();
    assert_reauthorization_through_anyhow(&error);
    assert_eq!(
        server.counters().api_requests,
        0,
        "nothing sent without a token"
    );

    // What `main() -> Result<(), Box<dyn Error>>` shows: the message says what to do, once.
    let boxed = list_with_box(&client).await.unwrap_err();
    let shown = boxed.to_string();
    assert!(shown.starts_with("re-authorization required"), "{shown}");
    assert!(shown.ends_with("run the login flow again"), "{shown}");
    assert!(boxed.source().is_none(), "no cause repeats the message");
    let debug = format!("{boxed:?}");
    assert!(
        debug.starts_with("Auth(re-authorization required"),
        "{debug}"
    );
    assert!(
        boxed
            .downcast_ref::<Error>()
            .unwrap()
            .is_reauthorization_required()
    );
}

/// The token looks valid but the grant was revoked: Spiro answers 401, the refresh fails
/// with `invalid_grant`, and the call fails with the typed error, not with the 401.
#[tokio::test]
async fn a_revoked_grant_after_a_401_reads_well_through_anyhow() {
    let server = Server::start().await.unwrap();
    let client = support::client(&server);
    server.revoke_all_tokens();

    let error = list_with_anyhow(&client).await.unwrap_err();
    assert_reauthorization_through_anyhow(&error);
    assert_eq!(server.counters().api_unauthorized, 1);
}

/// A 404 is an `Error` with Spiro's body decoded, with no conversion by the caller.
#[tokio::test]
async fn a_404_comes_with_its_body_decoded() {
    let server = Server::start().await.unwrap();
    let client = support::client(&server);
    let error: Error = client
        .get_company()
        .id("999999999")
        .send()
        .await
        .unwrap_err();
    assert!(error.is_not_found(), "{error:?}");
    let problems = error.api_errors();
    assert!(!problems.is_empty(), "{error:?}");
    assert!(problems[0].detail.is_some() || problems[0].title.is_some());
    assert!(
        error.to_string().starts_with("Spiro answered 404"),
        "{error}"
    );
}

#[tokio::test]
async fn forbidden_is_not_unauthorized() {
    let server = Server::start().await.unwrap();
    let client = support::client(&server);
    server.inject(Target::Api, Fault::status(403));
    let error = client.list_companies().send().await.unwrap_err();
    assert!(error.is_forbidden(), "{error:?}");
    assert!(!error.is_unauthorized());
    assert!(!error.is_transient());
}

/// A 501 is not retried, and `is_transient` says so, as its doc does.
#[tokio::test]
async fn a_501_is_not_transient() {
    let server = Server::start().await.unwrap();
    let client = support::client(&server);
    server.inject(Target::Api, Fault::status(501));
    let error = client.list_companies().send().await.unwrap_err();
    assert_eq!(error.status().map(|s| s.as_u16()), Some(501));
    assert!(!error.is_transient());
    assert_eq!(server.counters().api_requests, 1);
}

#[tokio::test]
async fn send_with_response_keeps_status_and_headers() {
    let server = Server::start().await.unwrap();
    let client = support::client(&server);
    let response = client
        .list_companies()
        .page_size(2)
        .send_with_response()
        .await
        .unwrap();
    assert_eq!(response.status().as_u16(), 200);
    assert!(response.headers().contains_key("content-type"));
    assert_eq!(response.value().data.len(), 2);
    assert_eq!(response.into_inner().data.len(), 2);
}

/// With `include`, relationships resolve to the spec's types; without it, a relationship
/// that names a record is `MissingFromIncluded`, not `None`.
#[tokio::test]
async fn relationships_are_typed_and_missing_is_not_empty() {
    let server = Server::start().await.unwrap();
    let client = support::client(&server);
    let id = &server.ids("opportunities")[0];

    let document = client
        .get_opportunity()
        .id(id)
        .include("user,company")
        .send()
        .await
        .unwrap();
    let opportunity = &document.data;
    let owner: types::User = opportunity.user(&document.included).unwrap().unwrap();
    let stored = server.record("opportunities", id).unwrap();
    assert_eq!(
        owner.id.as_str(),
        stored["relationships"]["user"]["data"]["id"]
            .as_str()
            .unwrap()
    );
    assert_eq!(owner.type_, types::User::TYPE);

    let bare = client.get_opportunity().id(id).send().await.unwrap();
    assert!(bare.included.is_empty());
    match bare.data.user(&bare.included) {
        Err(Error::Include(IncludeError::MissingFromIncluded {
            relationship, id, ..
        })) => {
            assert_eq!(relationship, "user");
            assert_eq!(id, owner.id);
        }
        other => panic!("expected MissingFromIncluded, got {other:?}"),
    }
}

fn opportunity(relationships: Value) -> types::Opportunity {
    serde_json::from_value(json!({
        "id": "1", "type": "opportunity", "attributes": { "name": "Deal" },
        "relationships": relationships,
    }))
    .unwrap()
}

fn included(records: Value) -> Vec<types::IncludedResource> {
    serde_json::from_value(records).unwrap()
}

#[test]
fn an_absent_or_empty_relationship_is_none() {
    let none = included(json!([]));
    assert!(opportunity(json!({})).user(&none).unwrap().is_none());
    assert!(
        opportunity(json!({ "user": { "data": null } }))
            .user(&none)
            .unwrap()
            .is_none()
    );
    assert!(
        opportunity(json!({ "user": {} }))
            .user(&none)
            .unwrap()
            .is_none()
    );
}

/// Types are compared exactly: a plural or truncated type string is not the spec's type.
#[test]
fn type_strings_are_compared_exactly() {
    let record = opportunity(json!({ "user": { "data": { "id": "7", "type": "user" } } }));
    let plural = included(json!([{ "id": "7", "type": "users", "attributes": {} }]));
    assert!(matches!(
        record.user(&plural),
        Err(Error::Include(IncludeError::MissingFromIncluded { .. }))
    ));

    let wrong = opportunity(json!({ "user": { "data": { "id": "7", "type": "company" } } }));
    let company = included(json!([{ "id": "7", "type": "company", "attributes": {} }]));
    match wrong.user(&company) {
        Err(Error::Include(IncludeError::UnexpectedType {
            expected, found, ..
        })) => assert_eq!((expected, found.as_str()), ("user", "company")),
        other => panic!("expected UnexpectedType, got {other:?}"),
    }

    let list = opportunity(json!({ "user": { "data": [{ "id": "7", "type": "user" }] } }));
    assert!(matches!(
        list.user(&plural),
        Err(Error::Include(IncludeError::NotToOne { .. }))
    ));
}

/// Attribute accessors: no `Option<Option<…>>`, and unknown attributes do not break
/// decoding.
#[test]
fn attribute_accessors_read_flat() {
    let record: types::Opportunity = serde_json::from_value(json!({
        "id": "1", "type": "opportunity",
        "attributes": { "name": "Deal", "amount": 1200.5, "brand_new_attribute": [1, 2] },
    }))
    .unwrap();
    assert_eq!(record.name(), Some("Deal"));
    assert_eq!(record.amount().and_then(|a| a.as_f64()), Some(1200.5));
    assert_eq!(record.currency(), None);
    let bare: types::Opportunity =
        serde_json::from_value(json!({ "id": "2", "type": "opportunity" })).unwrap();
    assert_eq!(bare.name(), None);
}

/// `.attributes(..)` updates a known id without a fetch; the body carries the path's id
/// and the spec's type, whichever setter comes first.
#[tokio::test]
async fn an_update_needs_no_fetch_and_no_call_order() {
    let (server, client) = support::answering(json!({ "id": "42", "type": "opportunity" })).await;
    let changes = || {
        let mut custom = CustomFields::new();
        custom.insert("bc_packaging_quote", "Q-1");
        types::OpportunityWriteAttributes {
            custom: Some(custom),
            ..Default::default()
        }
    };
    client
        .update_opportunity()
        .id("42")
        .attributes(changes())
        .send()
        .await
        .unwrap();
    client
        .update_opportunity()
        .attributes(changes())
        .id("42")
        .send()
        .await
        .unwrap();
    let requests = server.received_requests().await.unwrap();
    assert_eq!(requests.len(), 2);
    let expected = json!({ "data": {
        "id": "42", "type": "opportunity",
        "attributes": { "custom": { "bc_packaging_quote": "Q-1" } },
    }});
    for request in &requests {
        assert_eq!(request.method.as_str(), "PUT");
        assert_eq!(request.url.path(), "/api/v1/opportunities/42");
        let body: Value = serde_json::from_slice(&request.body).unwrap();
        assert_eq!(body, expected);
    }
}

/// Against the mock: the update changes the stored record and keeps the other custom
/// fields.
#[tokio::test]
async fn an_update_by_id_merges_into_the_stored_record() {
    let server = Server::start().await.unwrap();
    let client = support::client(&server);
    let id = server.ids("opportunities")[0].clone();
    let before = server.record("opportunities", &id).unwrap();
    let mut custom = CustomFields::new();
    custom.insert("bc_packaging_quote", "https://erp.example.com/quotes/Q-1");
    let updated = client
        .update_opportunity()
        .id(&id)
        .attributes(types::OpportunityWriteAttributes {
            custom: Some(custom),
            ..Default::default()
        })
        .send()
        .await
        .unwrap();
    assert_eq!(
        updated.data.custom::<String>("bc_packaging_quote").unwrap(),
        "https://erp.example.com/quotes/Q-1"
    );
    let after = server.record("opportunities", &id).unwrap();
    let others = |record: &Value| {
        let mut custom = record["attributes"]["custom"].as_object().unwrap().clone();
        custom.remove("bc_packaging_quote");
        custom
    };
    assert_eq!(others(&before), others(&after));
}

/// Every item of every page comes with its page's `included`, enough to resolve its
/// owner and company.
#[tokio::test]
async fn items_with_included_resolve_relationships_on_every_page() {
    let server = Server::builder()
        .dataset(
            Dataset::empty()
                .companies(30)
                .users(5)
                .pipelines(1)
                .stages_per_pipeline(2)
                .opportunities(45),
        )
        .start()
        .await
        .unwrap();
    let client = support::client(&server);
    let rows: Vec<_> = client
        .list_opportunities()
        .include("user,company")
        .pages()
        .page_size(10)
        .items_with_included()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(rows.len(), 45);
    let mut owners = 0;
    for (opportunity, included) in &rows {
        let stored = server
            .record("opportunities", opportunity.id.as_str())
            .unwrap();
        match opportunity.user(included).unwrap() {
            Some(user) => {
                owners += 1;
                assert_eq!(
                    user.id.as_str(),
                    stored["relationships"]["user"]["data"]["id"]
                        .as_str()
                        .unwrap()
                );
            }
            None => assert!(stored["relationships"]["user"]["data"].is_null()),
        }
        let company = opportunity.company(included).unwrap();
        assert_eq!(
            company.map(|c| c.id.to_string()),
            stored["relationships"]["company"]["data"]["id"]
                .as_str()
                .map(str::to_owned)
        );
    }
    assert!(owners > 0, "the seed gives opportunities owners");
}

/// A failure reported by the hooks belongs to its own call, even when calls are polled
/// together on one task.
#[tokio::test]
async fn a_reported_failure_stays_with_its_call() {
    let (revoked, healthy) = (
        Server::start().await.unwrap(),
        Server::start().await.unwrap(),
    );
    let failing = support::builder(
        &revoked,
        support::token_set(&revoked.issue_tokens(), -Age::minutes(1)),
    )
    .build()
    .unwrap();
    revoked.revoke_all_tokens();
    let working = support::client(&healthy);
    let (failed, succeeded, failed_again) = futures::join!(
        failing.list_companies().send(),
        working.list_companies().page_size(3).send(),
        failing.get_company().id("1").send(),
    );
    assert!(failed.unwrap_err().is_reauthorization_required());
    assert_eq!(succeeded.unwrap().data.len(), 3);
    assert!(failed_again.unwrap_err().is_reauthorization_required());
    assert_eq!(
        working
            .list_companies()
            .page_size(1)
            .send()
            .await
            .unwrap()
            .data
            .len(),
        1
    );
}
