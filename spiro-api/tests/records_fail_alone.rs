//! Issue 17, items 1–3: a record that does not decode fails alone, always. Huge numbers, a
//! million digits, `"id": 1e400`, nesting deeper than 128, a bad id, a wrong type or a record
//! that is not an object each become that record's error (with its exact raw JSON) and every
//! other record arrives; a malformed `meta.pagination` only makes the walk go on until an empty
//! or short page; a bad `included` entry is dropped, and the relationship that needs an entry
//! that does not decode says so; no message repeats a value from the body.
//!
//! Property tests decode generated pages; the end-to-end tests run the client against
//! wiremock on 127.0.0.1.

use chrono::{Duration as Age, Utc};
use futures::StreamExt;
use proptest::prelude::*;
use spiro_api::spiro_auth::{Credentials, Endpoints, MemoryTokenStore, TokenSet};
use spiro_api::{Client, Error, IncludeError, ListOperation, types};
use wiremock::matchers::{method, path, query_param};
use wiremock::{Mock, MockServer, ResponseTemplate};

/// Every value the tests put in a record carries this marker, which no message may contain.
const MARK: &str = "Zq";

/// One record of a generated page, good or broken in one of the ways of issue 17.
#[derive(Clone, Debug)]
enum Entry {
    Good {
        id: u32,
        name: String,
    },
    /// `attributes.name` (strict: its evidence is `live`) beyond `f64`.
    HugeName {
        id: u32,
    },
    /// `attributes.name` as a number of this many digits.
    LongNumber {
        id: u32,
        digits: usize,
    },
    /// `"id": 1e400`.
    HugeId,
    /// Nesting deeper than 128 under `attributes.custom` (any JSON there, so only the depth
    /// is wrong).
    Deep {
        id: u32,
        depth: usize,
    },
    /// An id that is not a string or an integer.
    BadId(&'static str),
    /// `attributes.name` of the wrong type.
    WrongType {
        id: u32,
    },
    /// Not an object at all.
    NotAnObject(&'static str),
    /// A value the spec does not know, deep and huge, in an attribute it does not know: not a
    /// failure at all.
    UnknownHuge {
        id: u32,
        depth: usize,
    },
}

impl Entry {
    fn json(&self) -> String {
        match self {
            Entry::Good { id, name } => format!(
                r#"{{"id":"{id}","type":"company","attributes":{{"name":{}}}}}"#,
                serde_json::to_string(name).unwrap()
            ),
            Entry::HugeName { id } => {
                format!(r#"{{"id":"{id}","type":"company","attributes":{{"name":1e400}}}}"#)
            }
            Entry::LongNumber { id, digits } => format!(
                r#"{{"id":"{id}","type":"company","attributes":{{"name":9{}}}}}"#,
                "7".repeat(*digits)
            ),
            Entry::HugeId => format!(
                r#"{{"id":1e400,"type":"company","attributes":{{"name":"{MARK}huge id"}}}}"#
            ),
            Entry::Deep { id, depth } => format!(
                r#"{{"id":"{id}","type":"company","attributes":{{"custom":{{"x":{}"{MARK}"{}}}}}}}"#,
                "[".repeat(*depth),
                "]".repeat(*depth)
            ),
            Entry::BadId(id) => {
                format!(r#"{{"id":{id},"type":"company","attributes":{{"name":"{MARK}bad id"}}}}"#)
            }
            Entry::WrongType { id } => format!(
                r#"{{"id":"{id}","type":"company","attributes":{{"name":["{MARK} in a list"]}}}}"#
            ),
            Entry::NotAnObject(text) => (*text).to_owned(),
            Entry::UnknownHuge { id, depth } => format!(
                r#"{{"id":"{id}","type":"company","attributes":{{"name":"ok","new_thing":{}1e999{}}}}}"#,
                "[".repeat(*depth),
                "]".repeat(*depth)
            ),
        }
    }

    fn decodes(&self) -> bool {
        matches!(self, Entry::Good { .. } | Entry::UnknownHuge { .. })
    }

    fn id(&self) -> Option<String> {
        match self {
            Entry::Good { id, .. } | Entry::UnknownHuge { id, .. } => Some(id.to_string()),
            _ => None,
        }
    }
}

fn entry() -> impl Strategy<Value = Entry> {
    let id = 1u32..1_000_000;
    prop_oneof![
        4 => (id.clone(), "[a-zA-Z ]{0,12}").prop_map(|(id, name)| Entry::Good { id, name: format!("{MARK}{name}") }),
        1 => id.clone().prop_map(|id| Entry::HugeName { id }),
        1 => (id.clone(), 320usize..3_000).prop_map(|(id, digits)| Entry::LongNumber { id, digits }),
        1 => Just(Entry::HugeId),
        1 => (id.clone(), 129usize..400).prop_map(|(id, depth)| Entry::Deep { id, depth }),
        1 => prop_oneof![Just("{\"n\":1}"), Just("true"), Just("1.5"), Just("[7]"), Just("null")].prop_map(Entry::BadId),
        1 => id.clone().prop_map(|id| Entry::WrongType { id }),
        1 => prop_oneof![Just("\"Zq a string\""), Just("17"), Just("null"), Just("[]"), Just("false")].prop_map(Entry::NotAnObject),
        1 => (id, 1usize..400).prop_map(|(id, depth)| Entry::UnknownHuge { id, depth }),
    ]
}

/// `meta` as Spiro might send it, well or badly.
fn meta() -> impl Strategy<Value = (String, Option<i64>)> {
    prop_oneof![
        (1i64..50).prop_map(|t| (
            format!(r#","meta":{{"pagination":{{"current_page":1,"total_pages":{t}}}}}"#),
            Some(t)
        )),
        (1i64..50).prop_map(|t| (
            format!(r#","meta":{{"pagination":{{"current_page":"1","total_pages":"{t}"}}}}"#),
            Some(t)
        )),
        Just((
            r#","meta":{"pagination":{"current_page":1}}"#.to_owned(),
            None
        )),
        Just((
            r#","meta":{"pagination":{"current_page":1,"total_pages":"Zq many"}}"#.to_owned(),
            None
        )),
        Just((
            r#","meta":{"pagination":{"total_pages":1e400}}"#.to_owned(),
            None
        )),
        Just((r#","meta":{"pagination":"Zq"}"#.to_owned(), None)),
        Just((r#","meta":"Zq""#.to_owned(), None)),
        Just((r#","meta":{"pagination":null}"#.to_owned(), None)),
        Just((String::new(), None)),
    ]
}

fn body(entries: &[Entry], meta: &str) -> String {
    let records: Vec<String> = entries.iter().map(Entry::json).collect();
    format!(r#"{{"data":[{}]{meta}}}"#, records.join(", "))
}

fn assert_no_marker(message: &str) -> Result<(), TestCaseError> {
    prop_assert!(
        !message.contains(MARK),
        "a value reached a message: {message}"
    );
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 1_000, failure_persistence: None, ..ProptestConfig::default() })]

    /// Any mix of good and broken records: the page decodes, the good ones arrive in order,
    /// each broken one is a failure at its position holding its exact text, and no message
    /// repeats a value. The pagination reads as what it says, or not at all.
    #[test]
    fn every_good_record_arrives_and_each_bad_one_fails_alone(
        entries in proptest::collection::vec(entry(), 0..12),
        (meta, total_pages) in meta(),
    ) {
        let text = body(&entries, &meta);
        let page: types::CompanyListDocument = serde_json::from_slice(text.as_bytes())
            .map_err(|e| TestCaseError::fail(format!("the page failed: {e}")))?;
        prop_assert_eq!(
            page.meta.and_then(|m| m.pagination).and_then(|p| p.total_pages),
            total_pages
        );
        let good: Vec<String> = entries.iter().filter_map(Entry::id).collect();
        let bad: Vec<(usize, String)> = entries
            .iter()
            .enumerate()
            .filter(|(_, e)| !e.decodes())
            .map(|(i, e)| (i, e.json()))
            .collect();
        let ids: Vec<String> = page.data.iter().map(|c| c.id.to_string()).collect();
        prop_assert_eq!(&ids, &good);
        let failed: Vec<(usize, String)> = page
            .data
            .failures()
            .iter()
            .map(|f| (f.index(), f.raw().get().to_owned()))
            .collect();
        prop_assert_eq!(&failed, &bad);
        for failure in page.data.failures() {
            assert_no_marker(&failure.to_string())?;
            assert_no_marker(&format!("{}", Error::Record(failure.clone())))?;
        }
        // One at a time, as the paging streams hand them out: the same, in the order sent.
        let page: types::CompanyListDocument = serde_json::from_slice(text.as_bytes()).unwrap();
        let sequence: Vec<Result<String, usize>> = page
            .data
            .into_results()
            .map(|r| r.map(|c| c.id.to_string()).map_err(|f| f.index()))
            .collect();
        let expected: Vec<Result<String, usize>> = entries
            .iter()
            .enumerate()
            .map(|(i, e)| e.id().ok_or(i))
            .collect();
        prop_assert_eq!(sequence, expected);
    }
}

/// A million-digit number: in a strict attribute it costs that record alone; in an attribute
/// the spec does not know it costs nothing.
#[test]
fn a_million_digit_number_fails_one_record_at_most() {
    let huge = format!("1{}", "0".repeat(1_000_000));
    let text = format!(
        r#"{{"data":[
            {{"id":"1","type":"company","attributes":{{"name":{huge}}}}},
            {{"id":"2","type":"company","attributes":{{"name":"kept","unknown":{huge}}}}},
            {{"id":"3","type":"company","attributes":{{"name":"kept too"}}}}
        ]}}"#
    );
    let page: types::CompanyListDocument = serde_json::from_str(&text).unwrap();
    let ids: Vec<&str> = page.data.iter().map(|c| c.id.as_str()).collect();
    assert_eq!(ids, ["2", "3"]);
    let failure = &page.data.failures()[0];
    assert_eq!(failure.index(), 0);
    assert_eq!(failure.path(), "attributes.name");
    assert!(failure.raw().get().contains(&huge));
    assert!(
        failure.value().is_none(),
        "serde_json cannot hold it as a value"
    );
    let message = failure.to_string();
    assert!(message.len() < 300, "{message}");
    assert!(message.contains("number out of range"), "{message}");
}

/// `data` that is not an array: an object is read as one record, `null` as none, a scalar as
/// one record that does not decode.
#[test]
fn data_that_is_not_an_array_loses_nothing() {
    let one: types::CompanyListDocument =
        serde_json::from_str(r#"{"data":{"id":"1","type":"company"}}"#).unwrap();
    assert_eq!(one.data[0].id.as_str(), "1");
    let none: types::CompanyListDocument = serde_json::from_str(r#"{"data":null}"#).unwrap();
    assert!(none.data.is_empty() && none.data.failures().is_empty());
    let scalar: types::CompanyListDocument =
        serde_json::from_str(r#"{"data":"Zq not records"}"#).unwrap();
    assert_eq!(scalar.data.failures()[0].raw().get(), r#""Zq not records""#);
    assert!(!scalar.data.failures()[0].to_string().contains(MARK));
}

// ------------------------------------------------------------------------------ end to end

fn client(server: &MockServer) -> Client {
    let now = Utc::now();
    let tokens = TokenSet::new("access", "refresh", now + Age::hours(23))
        .with_issued_at(now - Age::hours(1));
    Client::builder()
        .base_url(server.uri())
        .credentials(Credentials::new(
            "id",
            "secret",
            format!("{}/callback", server.uri()),
        ))
        .oauth_endpoints(Endpoints::from_oauth_url(&server.uri()).unwrap())
        .token_store(MemoryTokenStore::with_tokens(tokens))
        .build()
        .unwrap()
}

fn json(body: String) -> ResponseTemplate {
    ResponseTemplate::new(200).set_body_raw(body.into_bytes(), "application/json")
}

/// Three pages without usable pagination (a string, a missing `total_pages`, `meta` that is
/// not an object), full of broken records: the stream hands out every good record in order
/// and each broken one as `Error::Record` naming the operation, and stops on the short page.
#[tokio::test]
async fn a_stream_goes_past_broken_records_and_broken_pagination() {
    let server = MockServer::start().await;
    let pages = [
        (
            vec![
                Entry::Good {
                    id: 1,
                    name: "Zq a".into(),
                },
                Entry::HugeId,
                Entry::Deep { id: 3, depth: 300 },
                Entry::Good {
                    id: 4,
                    name: "Zq b".into(),
                },
            ],
            r#","meta":{"pagination":{"current_page":1,"total_pages":"Zq lots"}}"#,
        ),
        (
            vec![
                Entry::LongNumber {
                    id: 5,
                    digits: 5_000,
                },
                Entry::Good {
                    id: 6,
                    name: "Zq c".into(),
                },
                Entry::NotAnObject("17"),
                Entry::UnknownHuge { id: 8, depth: 200 },
            ],
            r#","meta":{"pagination":{"current_page":2}}"#,
        ),
        (
            vec![
                Entry::Good {
                    id: 9,
                    name: "Zq d".into(),
                },
                Entry::WrongType { id: 10 },
            ],
            r#","meta":"Zq""#,
        ),
    ];
    for (number, (entries, meta)) in pages.iter().enumerate() {
        Mock::given(method("GET"))
            .and(path("/companies"))
            .and(query_param("page[number]", (number + 1).to_string()))
            .respond_with(json(body(entries, meta)))
            .expect(1)
            .mount(&server)
            .await;
    }
    let client = client(&server);
    let mut items = client.list_companies().pages().page_size(4).items();
    let mut seen = Vec::new();
    while let Some(item) = items.next().await {
        match item {
            Ok(company) => seen.push(company.id.to_string()),
            Err(Error::Record(failure)) => {
                assert_eq!(failure.operation(), Some("list_companies"));
                let message = failure.to_string();
                assert!(message.starts_with("`list_companies`: "), "{message}");
                assert!(!message.contains(MARK), "{message}");
                seen.push(format!("bad {}", failure.index()));
            }
            Err(other) => panic!("the stream ended on {other}"),
        }
    }
    assert_eq!(
        seen,
        [
            "1", "bad 1", "bad 2", "4", "bad 0", "6", "bad 2", "8", "9", "bad 1"
        ]
    );
}

/// A single-record GET of a record that does not decode: the call's error is that record's
/// `Error::Record`, with its exact raw JSON, naming the operation and no value.
#[tokio::test]
async fn a_single_record_that_does_not_decode_is_the_calls_record_error() {
    let server = MockServer::start().await;
    let record = r#"{"id":"7","type":"company","attributes":{"name":1e400,"city":"Zq Boston"}}"#;
    Mock::given(method("GET"))
        .and(path("/companies/7"))
        .respond_with(json(format!(r#"{{"data":{record}}}"#)))
        .mount(&server)
        .await;
    let error = client(&server)
        .get_company()
        .id("7")
        .send()
        .await
        .expect_err("1e400 is not a string");
    let Error::Record(failure) = &error else {
        panic!("expected Error::Record, got {error:?}");
    };
    assert_eq!(failure.raw().get(), record);
    assert_eq!(failure.id().map(|id| id.as_str()), Some("7"));
    assert_eq!(failure.path(), "attributes.name");
    assert_eq!(
        error.to_string(),
        "`get_company`: record company 7 (position 0 of `data`) does not match the spec: at `attributes.name`: invalid JSON: number out of range"
    );
}

/// A broken `included` entry: one without an id is dropped (and listed); one whose attributes
/// do not decode as a `User` makes the relationship that needs it say so; the others resolve.
#[tokio::test]
async fn a_bad_included_entry_is_dropped_and_the_relationship_that_needs_it_says_so() {
    let server = MockServer::start().await;
    let page = r#"{"data":[
        {"id":"1","type":"opportunity","attributes":{"name":"a"},"relationships":{"user":{"data":{"id":"7","type":"user"}}}},
        {"id":"2","type":"opportunity","attributes":{"name":"b"},"relationships":{"user":{"data":{"id":"8","type":"user"}}}}
    ],"included":[
        {"type":"user","attributes":{"first_name":"Zq no id"}},
        {"id":"7","type":"user","attributes":{"first_name":1e400,"last_name":"Zq Lee"}},
        {"id":"8","type":"user","attributes":{"first_name":"Dana"}}
    ],"meta":{"pagination":{"current_page":1,"total_pages":1}}}"#;
    Mock::given(method("GET"))
        .and(path("/opportunities"))
        .respond_with(json(page.to_owned()))
        .mount(&server)
        .await;
    let document = client(&server)
        .list_opportunities()
        .include("user")
        .send()
        .await
        .unwrap();
    assert_eq!(document.included.len(), 2);
    assert_eq!(document.included_failures.len(), 1);
    let dropped = &document.included_failures[0];
    assert!(dropped.is_included());
    assert_eq!(dropped.index(), 0);
    assert!(!dropped.to_string().contains(MARK), "{dropped}");

    let (a, b) = (&document.data[0], &document.data[1]);
    match a.user(&document.included) {
        Err(Error::Include(IncludeError::Decode {
            relationship,
            record,
        })) => {
            assert_eq!(relationship, "user");
            assert_eq!(record.index(), 0, "its position among the entries kept");
            assert!(record.raw().get().contains("1e400"));
            let message = Error::Include(IncludeError::Decode {
                relationship,
                record,
            })
            .to_string();
            assert!(
                message.starts_with("relationship `user`: included record user 7"),
                "{message}"
            );
            assert!(!message.contains(MARK), "{message}");
        }
        other => panic!("expected the relationship to say so, got {other:?}"),
    }
    let dana: types::User = b.user(&document.included).unwrap().unwrap();
    assert_eq!(dana.first_name(), Some("Dana"));

    // The same through the paging stream.
    let client = client(&server);
    let mut rows = client
        .list_opportunities()
        .include("user")
        .pages()
        .items_with_included();
    let (first, included) = rows.next().await.unwrap().unwrap();
    assert!(first.user(&included).is_err());
    let (second, included) = rows.next().await.unwrap().unwrap();
    assert!(second.user(&included).unwrap().is_some());
    assert!(rows.next().await.is_none());
}

/// A success body that is not a document at all: `Error::Decode`, naming the operation, the
/// path and what was wrong, never the body, which stays reachable.
#[tokio::test]
async fn a_body_that_is_not_a_document_is_named_without_its_text() {
    let server = MockServer::start().await;
    let cases = [
        (
            "<html>Zq maintenance</html>",
            "",
            "invalid JSON: expected value",
        ),
        (
            r#"{"data":[{"id":"1","type":"company","attributes":{"name":"Zq cut"#,
            "data[0].attributes.name",
            "invalid JSON: EOF while parsing a string",
        ),
        (
            r#"{"errors":[{"title":"Zq nope"}]}"#,
            "",
            "missing field `data`",
        ),
        (
            r#"["Zq", "not", "a document"]"#,
            "",
            "expected a JSON:API document",
        ),
    ];
    for (body, at, what) in cases {
        server.reset().await;
        Mock::given(method("GET"))
            .and(path("/companies"))
            .respond_with(json(body.to_owned()))
            .mount(&server)
            .await;
        let error = client(&server).list_companies().send().await.unwrap_err();
        let Error::Decode(decode) = &error else {
            panic!("{body}: expected Error::Decode, got {error:?}");
        };
        let message = error.to_string();
        assert!(
            message.starts_with(
                "the response of `list_companies` is not the document the spec describes: "
            ),
            "{message}"
        );
        assert_eq!(decode.path(), at, "{message}");
        assert!(message.contains(what), "{body}: {message}");
        assert!(!message.contains(MARK), "{message}");
        assert!(
            std::error::Error::source(&error).is_none(),
            "serde's error is not in the chain"
        );
        assert_eq!(decode.body().as_ref(), body.as_bytes());
        assert_eq!(decode.operation(), Some("list_companies"));
    }
}
