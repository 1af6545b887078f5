//! Every error shape a server can send becomes the right variant of `spiro_api::Error`,
//! never a panic.

use std::time::Duration;

use spiro_api::{Client, Error, RetryPolicy};
use wiremock::matchers::any;
use wiremock::{Mock, MockServer, ResponseTemplate};

async fn client_for(template: ResponseTemplate) -> (MockServer, Client) {
    let server = MockServer::start().await;
    Mock::given(any())
        .respond_with(template)
        .mount(&server)
        .await;
    let client = Client::builder()
        .base_url(format!("{}/api/v1", server.uri()))
        .retry_policy(RetryPolicy::disabled())
        .timeout(Duration::from_millis(500))
        .build()
        .unwrap();
    (server, client)
}

async fn get_company_error(template: ResponseTemplate) -> Error {
    let (_server, client) = client_for(template).await;
    let result = client.get_company().id("1").send().await;
    result.expect_err("the call must fail")
}

fn json(status: u16, body: &str) -> ResponseTemplate {
    ResponseTemplate::new(status).set_body_raw(body.as_bytes().to_vec(), "application/json")
}

/// What a test expects of an error.
struct Expect {
    status: Option<u16>,
    variant: fn(&Error) -> bool,
    display_contains: &'static str,
    check: fn(&Error) -> bool,
}

#[tokio::test]
async fn each_error_body_shape_decodes_to_the_right_variant() {
    let is_api = |e: &Error| matches!(e, Error::Api(_));
    let is_decode = |e: &Error| matches!(e, Error::Decode(_));
    let is_record = |e: &Error| matches!(e, Error::Record(_));
    let cases: Vec<(&str, ResponseTemplate, Expect)> = vec![
        (
            "404 JSON:API",
            json(
                404,
                r#"{"errors":[{"status":"404","title":"Not Found","detail":"Company 1 does not exist"}]}"#,
            ),
            Expect {
                status: Some(404),
                variant: is_api,
                display_contains: "Spiro answered 404 Not Found: Not Found: Company 1 does not exist",
                check: |e| {
                    e.is_not_found() && e.api_errors()[0].title.as_deref() == Some("Not Found")
                },
            },
        ),
        (
            "422 with a pointer",
            json(
                422,
                r#"{"errors":[{"title":"Invalid","detail":"can't be blank","source":{"pointer":"/data/attributes/name"}},{"title":"x"}]}"#,
            ),
            Expect {
                status: Some(422),
                variant: is_api,
                display_contains: "(at /data/attributes/name) and 1 more errors",
                check: |e| e.is_validation_failed() && e.api_errors().len() == 2,
            },
        ),
        (
            "401 OAuth error",
            json(
                401,
                r#"{"error":"invalid_token","error_description":"The access token expired"}"#,
            )
            .insert_header(
                "www-authenticate",
                r#"Bearer realm="Spiro", error="invalid_token""#,
            ),
            Expect {
                status: Some(401),
                variant: is_api,
                display_contains: "invalid_token: The access token expired",
                check: |e| {
                    e.is_unauthorized()
                        && e.api().unwrap().oauth_error().unwrap().error == "invalid_token"
                        && e.api().unwrap().headers().contains_key("www-authenticate")
                },
            },
        ),
        (
            "500 HTML page",
            ResponseTemplate::new(500).set_body_raw(
                b"<html>\n<body><h1>We're sorry, but something went wrong.</h1></body></html>"
                    .to_vec(),
                "text/html",
            ),
            Expect {
                status: Some(500),
                variant: is_api,
                display_contains: "<html> <body><h1>We're sorry, but something went wrong.</h1>",
                // 500 is in the shared retryable-status table.
                check: |e| {
                    e.is_transient()
                        && e.api_errors().is_empty()
                        && e.api().unwrap().oauth_error().is_none()
                },
            },
        ),
        (
            "503 empty body",
            ResponseTemplate::new(503),
            Expect {
                status: Some(503),
                variant: is_api,
                display_contains: "Spiro answered 503 Service Unavailable",
                check: |e| e.is_transient() && e.api().unwrap().body().is_empty(),
            },
        ),
        (
            "429 with Retry-After",
            json(429, r#"{"errors":[{"title":"Too Many Requests"}]}"#)
                .insert_header("retry-after", "7"),
            Expect {
                status: Some(429),
                variant: is_api,
                display_contains: "429 Too Many Requests",
                check: |e| {
                    e.is_rate_limited()
                        && e.api().unwrap().retry_after() == Some(Duration::from_secs(7))
                },
            },
        ),
        (
            "403 plain text",
            ResponseTemplate::new(403).set_body_string("Forbidden"),
            Expect {
                status: Some(403),
                variant: is_api,
                display_contains: "403 Forbidden: Forbidden",
                check: |e| e.is_forbidden() && !e.is_unauthorized(),
            },
        ),
        (
            "200 malformed JSON",
            json(200, r#"{"data": {"id": "1", "type": "company""#),
            Expect {
                status: None,
                variant: is_decode,
                display_contains: "the response of `get_company` is not the document the spec describes: at `data`: invalid JSON: EOF while parsing an object",
                check: |e| match e {
                    Error::Decode(decode) => {
                        !e.is_transient()
                            && decode.serde_error().to_string().contains("EOF")
                            && decode.path() == "data"
                            && std::error::Error::source(e).is_none()
                    }
                    _ => false,
                },
            },
        ),
        (
            "200 HTML page",
            ResponseTemplate::new(200)
                .set_body_raw(b"<html>maintenance</html>".to_vec(), "text/html"),
            Expect {
                status: None,
                variant: is_decode,
                display_contains: "of `get_company` is not the document the spec describes: at the top level: invalid JSON: expected value",
                // The page stays reachable, but is not in the message.
                check: |e| match e {
                    Error::Decode(decode) => {
                        !e.to_string().contains("maintenance")
                            && decode.body().as_ref() == b"<html>maintenance</html>"
                    }
                    _ => false,
                },
            },
        ),
        (
            "200 JSON of the wrong shape",
            json(200, r#"{"data": [1, 2]}"#),
            Expect {
                status: None,
                variant: is_record,
                display_contains: "`get_company`: a record without a readable id (position 0 of `data`) does not match the spec: at `[0]`: expected struct CompanyAttributes, found an integer",
                check: |e| match e {
                    Error::Record(record) => record.raw().get() == "[1, 2]",
                    _ => false,
                },
            },
        ),
        (
            "200 JSON that is not a document",
            json(200, r#"{"errors": []}"#),
            Expect {
                status: None,
                variant: is_decode,
                display_contains: "at the top level: missing field `data`",
                check: |_| true,
            },
        ),
    ];
    for (name, template, expect) in cases {
        let error = get_company_error(template).await;
        assert_eq!(
            error.status().map(|s| s.as_u16()),
            expect.status,
            "{name}: {error:?}"
        );
        assert!((expect.variant)(&error), "{name}: wrong variant {error:?}");
        let shown = error.to_string();
        assert!(shown.contains(expect.display_contains), "{name}: {shown:?}");
        assert!((expect.check)(&error), "{name}: {error:?}");
    }
}

#[tokio::test]
async fn huge_error_bodies_are_truncated() {
    let body = "x".repeat(1024 * 1024);
    let error = get_company_error(ResponseTemplate::new(500).set_body_string(body)).await;
    let api = error.api().unwrap();
    assert_eq!(api.body().len(), 64 * 1024);
    assert!(
        error.to_string().len() < 1024,
        "messages show only the start of a body"
    );
}

#[tokio::test]
async fn connection_refused_is_a_transport_error() {
    let port = {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        listener.local_addr().unwrap().port()
    };
    let client = Client::builder()
        .base_url(format!("http://127.0.0.1:{port}/api/v1"))
        .retry_policy(RetryPolicy::disabled())
        .build()
        .unwrap();
    let error = client.list_companies().send().await.unwrap_err();
    assert!(
        matches!(error, Error::Transport(ref e) if e.is_connect()),
        "{error:?}"
    );
    assert!(error.is_transient());
    assert_eq!(error.status(), None);
    assert_eq!(
        error.to_string(),
        "could not connect to Spiro: check the network and the API URL (`SPIRO_API_URL`)"
    );
    assert_no_repeated_cause(&error);
}

/// No message in an error's chain repeats its cause's (what `{:#}` would print twice).
fn assert_no_repeated_cause(error: &(dyn std::error::Error + 'static)) {
    let mut current = error;
    while let Some(cause) = current.source() {
        let (outer, inner) = (current.to_string(), cause.to_string());
        assert!(!outer.contains(&inner), "{outer:?} repeats {inner:?}");
        current = cause;
    }
}

/// What `main() -> Result<(), Box<dyn Error>>` prints is short: the variant and the message.
#[tokio::test]
async fn debug_of_a_404_is_the_variant_and_the_message() {
    let error = get_company_error(json(
        404,
        r#"{"errors":[{"status":"404","title":"Not Found","detail":"Company 1 does not exist"}]}"#,
    ))
    .await;
    assert_eq!(
        format!("{error:?}"),
        "Api(Spiro answered 404 Not Found: Not Found: Company 1 does not exist; check the id (or the API URL))"
    );
    assert!(format!("{error:#?}").lines().count() <= 3, "{error:#?}");
    assert_no_repeated_cause(&error);
}

#[tokio::test]
async fn a_timeout_is_a_transport_error() {
    let slow =
        json(200, r#"{"data":{"id":"1","type":"company"}}"#).set_delay(Duration::from_secs(5));
    let error = get_company_error(slow).await;
    assert!(
        matches!(error, Error::Transport(ref e) if e.is_timeout()),
        "{error:?}"
    );
    assert!(error.is_transient());
    assert!(
        error.to_string().ends_with(
            "raise the timeout (`ClientBuilder::timeout` or `CallOptions::timeout`) or check the network"
        ),
        "{error}"
    );
    assert_no_repeated_cause(&error);
}

#[tokio::test]
async fn an_invalid_builder_value_is_an_invalid_request() {
    let (server, client) = client_for(json(200, "{}")).await;
    // `page[size]` is an i64; a u64 beyond its range cannot be converted.
    let error = client
        .list_companies()
        .page_size(u64::MAX)
        .send()
        .await
        .unwrap_err();
    assert!(matches!(error, Error::InvalidRequest(_)), "{error:?}");
    assert!(
        server.received_requests().await.unwrap().is_empty(),
        "nothing was sent"
    );
}
