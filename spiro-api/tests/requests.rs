//! What the client puts on the wire: one representative operation per resource, sent to a
//! loopback server and recorded as an insta snapshot (method, path, query, headers, body).

use std::collections::BTreeMap;

use serde::Serialize;
use serde_json::{Value, json};
use spiro_api::{Client, Id, types};
use wiremock::matchers::any;
use wiremock::{Mock, MockServer, ResponseTemplate};

/// A request as the server saw it, without volatile or secret parts.
#[derive(Serialize)]
struct Recorded {
    method: String,
    path: String,
    query: Option<String>,
    headers: BTreeMap<String, String>,
    body: Option<Value>,
}

/// Starts a server that answers every request with `status` and `body`, and a client with a
/// fixed access token pointed at it.
async fn setup(status: u16, body: Value) -> (MockServer, Client) {
    let server = MockServer::start().await;
    let template = if status == 204 {
        ResponseTemplate::new(204)
    } else {
        ResponseTemplate::new(status).set_body_json(body)
    };
    Mock::given(any())
        .respond_with(template)
        .mount(&server)
        .await;
    let client = Client::builder()
        .base_url(format!("{}/api/v1", server.uri()))
        .access_token("test-access-token")
        .build()
        .unwrap();
    (server, client)
}

/// The single request the server received.
async fn recorded(server: &MockServer) -> Recorded {
    let requests = server.received_requests().await.unwrap();
    assert_eq!(requests.len(), 1, "exactly one request expected");
    let request = &requests[0];
    let headers = request
        .headers
        .iter()
        .filter(|(name, _)| name.as_str() != "host")
        .map(|(name, value)| {
            let value = value.to_str().unwrap_or("<binary>");
            let value = if name.as_str() == "authorization" {
                assert_eq!(value, "Bearer test-access-token");
                "Bearer <redacted>"
            } else {
                value
            };
            (name.as_str().to_owned(), value.to_owned())
        })
        .collect();
    Recorded {
        method: request.method.to_string(),
        path: request.url.path().to_owned(),
        query: request.url.query().map(str::to_owned),
        headers,
        body: (!request.body.is_empty()).then(|| serde_json::from_slice(&request.body).unwrap()),
    }
}

fn list_body() -> Value {
    json!({"data": [], "meta": {"pagination": {"current_page": 1, "total_pages": 0}}})
}

fn record_body(kind: &str) -> Value {
    json!({"data": {"id": "1", "type": kind}})
}

#[tokio::test]
async fn list_companies_with_paging_and_filters() {
    let (server, client) = setup(200, list_body()).await;
    client
        .list_companies()
        .page_number(2)
        .page_size(100)
        .filter_name_cont("Watkins & Sons")
        .filter_updated_at_gte("2026-01-01T00:00:00Z")
        .send()
        .await
        .unwrap();
    insta::assert_yaml_snapshot!(recorded(&server).await);
}

#[tokio::test]
async fn get_contact_with_include() {
    let (server, client) = setup(200, record_body("contact")).await;
    client
        .get_contact()
        .id("5512093")
        .include("company,user")
        .send()
        .await
        .unwrap();
    insta::assert_yaml_snapshot!(recorded(&server).await);
}

#[tokio::test]
async fn update_opportunity_sends_only_the_changed_custom_key() {
    let (server, client) = setup(200, record_body("opportunity")).await;
    let mut custom = spiro_api::CustomFields::default();
    custom.insert("bc_packaging_quote", "https://example.com/quote/42");
    let body = types::OpportunityWriteDocument {
        data: types::OpportunityWrite {
            id: Some("3609460".parse().unwrap()),
            type_: "opportunity".into(),
            attributes: Some(types::OpportunityWriteAttributes {
                custom: Some(custom),
                ..Default::default()
            }),
            relationships: None,
        },
    };
    client
        .update_opportunity()
        .id("3609460")
        .body(body)
        .send()
        .await
        .unwrap();
    insta::assert_yaml_snapshot!(recorded(&server).await);
}

#[tokio::test]
async fn create_reminder() {
    let (server, client) = setup(201, record_body("reminder")).await;
    client
        .create_reminder()
        .attributes(types::ReminderWriteAttributes {
            description: Some("Call Pat about the Q3 order".into()),
            due_at: Some("2026-12-01T15:00:00Z".into()),
            ..Default::default()
        })
        .contact(Id::<types::Contact>::new("5512093"))
        .send()
        .await
        .unwrap();
    insta::assert_yaml_snapshot!(recorded(&server).await);
}

#[tokio::test]
async fn delete_activity() {
    let (server, client) = setup(204, Value::Null).await;
    client.delete_activity().id("77").send().await.unwrap();
    insta::assert_yaml_snapshot!(recorded(&server).await);
}

#[tokio::test]
async fn list_campaigns() {
    let (server, client) = setup(200, list_body()).await;
    client.list_campaigns().page_size(25).send().await.unwrap();
    insta::assert_yaml_snapshot!(recorded(&server).await);
}

#[tokio::test]
async fn list_quotes_by_company_name() {
    let (server, client) = setup(200, list_body()).await;
    client
        .list_quotes()
        .filter_company_name_cont("Watkins")
        .send()
        .await
        .unwrap();
    insta::assert_yaml_snapshot!(recorded(&server).await);
}

#[tokio::test]
async fn update_quote_product() {
    let (server, client) = setup(200, record_body("quote_product")).await;
    let body = types::QuoteProductWriteDocument {
        data: types::QuoteProductWrite {
            id: Some("12".parse().unwrap()),
            type_: "quote_product".into(),
            attributes: Some(types::QuoteProductWriteAttributes {
                quantity: Some(250.0.into()),
                ..Default::default()
            }),
            relationships: None,
        },
    };
    client
        .update_quote_product()
        .id("12")
        .body(body)
        .send()
        .await
        .unwrap();
    insta::assert_yaml_snapshot!(recorded(&server).await);
}

#[tokio::test]
async fn list_custom_objects_of_a_type() {
    let (server, client) = setup(200, list_body()).await;
    client
        .list_custom_objects()
        .object_type("machines")
        .page_number(1)
        .send()
        .await
        .unwrap();
    insta::assert_yaml_snapshot!(recorded(&server).await);
}

#[tokio::test]
async fn list_pipeline_opportunity_stages() {
    let (server, client) = setup(200, list_body()).await;
    client
        .list_pipeline_opportunity_stages()
        .id("7528")
        .send()
        .await
        .unwrap();
    insta::assert_yaml_snapshot!(recorded(&server).await);
}

#[tokio::test]
async fn get_pipeline() {
    let (server, client) = setup(200, record_body("pipeline")).await;
    client.get_pipeline().id("7528").send().await.unwrap();
    insta::assert_yaml_snapshot!(recorded(&server).await);
}

#[tokio::test]
async fn get_user() {
    let (server, client) = setup(200, record_body("user")).await;
    client.get_user().id("40213").send().await.unwrap();
    insta::assert_yaml_snapshot!(recorded(&server).await);
}

#[tokio::test]
async fn create_company() {
    let (server, client) = setup(201, record_body("company")).await;
    client
        .create_company()
        .attributes(types::CompanyWriteAttributes {
            name: Some("Watkins Inc.".into()),
            website: Some("https://www.watkinsinc.com".into()),
            ..Default::default()
        })
        .send()
        .await
        .unwrap();
    insta::assert_yaml_snapshot!(recorded(&server).await);
}

/// Path segments are percent-encoded: an id cannot escape its segment.
#[tokio::test]
async fn path_parameters_are_encoded() {
    let (server, client) = setup(200, record_body("custom_object")).await;
    client
        .get_custom_object()
        .object_type("machines/../users")
        .id("1 2")
        .send()
        .await
        .unwrap();
    let request = recorded(&server).await;
    assert_eq!(
        request.path,
        "/api/v1/custom_objects/machines%2F..%2Fusers/1%202"
    );
    assert_eq!(client.base_url(), format!("{}/api/v1", server.uri()));
}
