//! Described records: `Server::insert` and dataset files, served over HTTP like seeded ones.

use serde_json::{Value, json};
use spiro_mock::limit::bounded;
use spiro_mock::{Dataset, DatasetError, InsertError, RecordData, Server};

use crate::common::client;

/// `GET {api}/{path}` with a fresh token; the status and the JSON body.
async fn get(server: &Server, path: &str) -> (u16, Value) {
    let response = client()
        .get(format!("{}/{path}", server.api_url()))
        .bearer_auth(server.issue_tokens().access_token)
        .send()
        .await
        .expect("request");
    let status = response.status().as_u16();
    (status, response.json().await.expect("JSON body"))
}

async fn empty_server() -> Server {
    Server::builder()
        .dataset(Dataset::empty())
        .start()
        .await
        .expect("server")
}

#[tokio::test]
async fn inserted_records_are_listed_got_and_included() {
    bounded(async {
        let server = empty_server().await;
        let owner = server
            .insert(
                "users",
                json!({ "attributes": { "email": "dana@example.com" } }),
            )
            .expect("a user");
        let acme = server
            .insert(
                "companies",
                json!({ "id": 77, "attributes": { "name": "Acme" }, "relationships": { "user": owner } }),
            )
            .expect("a company");
        assert_eq!(acme, "77");
        let pat = server
            .insert(
                "contacts",
                json!({
                    "attributes": { "first_name": "Pat", "custom": { "tier": "gold" } },
                    "relationships": { "company": "77", "user": null },
                }),
            )
            .expect("a contact");

        let (status, doc) = get(&server, &format!("contacts/{pat}?include=company")).await;
        assert_eq!(status, 200, "{doc}");
        assert_eq!(doc["data"]["attributes"]["first_name"], "Pat");
        assert_eq!(doc["data"]["attributes"]["custom"]["tier"], "gold");
        assert_eq!(doc["data"]["attributes"]["last_name"], Value::Null);
        assert!(doc["data"]["attributes"]["created_at"].is_string());
        assert_eq!(doc["data"]["relationships"]["company"]["data"]["id"], "77");
        assert_eq!(doc["included"][0]["attributes"]["name"], "Acme");

        let (status, doc) = get(&server, "companies?filter%5Bname_cont%5D=acm").await;
        assert_eq!(status, 200, "{doc}");
        assert_eq!(doc["meta"]["pagination"]["total_entries"], 1);
        let (_, doc) = get(&server, "users").await;
        assert_eq!(doc["data"][0]["attributes"]["email"], "dana@example.com");
        let machine = server
            .insert(
                "custom_objects/machines",
                json!({ "attributes": { "name": "Wrapmaster", "custom": { "serial_number": "S-1" } } }),
            )
            .expect("a machine of the custom type");
        let (status, doc) = get(&server, &format!("custom_objects/machines/{machine}")).await;
        assert_eq!(status, 200, "{doc}");
        assert_eq!(doc["data"]["attributes"]["name"], "Wrapmaster");
        // The next free id follows the largest one.
        let next = server
            .insert("companies", json!({}))
            .expect("an empty company");
        assert_eq!(next, "78");
    })
    .await;
}

#[tokio::test]
async fn inserts_the_spec_refuses_are_errors_and_store_nothing() {
    bounded(async {
        let server = Server::builder()
            .dataset(Dataset::empty().companies(1))
            .start()
            .await
            .expect("server");
        let company = server.ids("companies")[0].clone();
        let cases = [
            ("accounts", json!({})),
            ("contacts", json!({ "attributes": { "nickname": "P" } })),
            ("contacts", json!({ "attributes": { "first_name": 5 } })),
            ("contacts", json!({ "relationships": { "pipeline": company } })),
            ("contacts", json!({ "relationships": { "company": "424242" } })),
            ("contacts", json!({ "id": "abc" })),
            ("contacts", json!({ "name": "Pat" })),
            ("companies", json!({ "id": company })),
        ];
        let errors: Vec<InsertError> = cases
            .iter()
            .map(|(collection, description)| {
                server
                    .insert(collection, description.clone())
                    .expect_err(&format!("{collection} {description} is refused"))
            })
            .collect();
        assert!(matches!(&errors[0], InsertError::UnknownCollection { known, .. } if known.contains("contacts")));
        assert!(matches!(&errors[1], InsertError::UnknownAttribute { name, .. } if name == "nickname"));
        assert!(
            matches!(&errors[2], InsertError::InvalidAttribute { pointer, .. } if pointer == "/attributes/first_name"),
            "{:?}",
            errors[2]
        );
        assert!(matches!(&errors[3], InsertError::UnknownRelationship { known, .. } if known == "company, user"));
        assert!(matches!(&errors[4], InsertError::MissingRelated { target, id: 424242, .. } if target == "companies"));
        assert!(matches!(&errors[5], InsertError::Malformed { path, .. } if path == "id"));
        assert!(matches!(&errors[6], InsertError::Malformed { .. }));
        assert!(matches!(&errors[7], InsertError::IdTaken { .. }));
        for error in &errors {
            assert!(error.to_string().len() > 30, "{error}");
        }
        assert_eq!(server.count("contacts"), 0);
        assert_eq!(server.count("companies"), 1);
    })
    .await;
}

const FILE: &str = r#"{
  "contacts": [
    { "attributes": { "first_name": "Pat" }, "relationships": { "company": "10" } }
  ],
  "companies": [
    { "id": 10, "attributes": { "name": "Acme" }, "relationships": { "user": "1" } }
  ],
  "users": [{ "id": "1", "attributes": { "email": "dana@example.com" } }]
}"#;

#[tokio::test]
async fn a_dataset_file_is_served_alone() {
    bounded(async {
        let dir = tempfile::tempdir().expect("temporary directory");
        let path = dir.path().join("dataset.json");
        std::fs::write(&path, FILE).expect("file written");
        let dataset = Dataset::from_file(&path).expect("the file is a dataset");
        let server = Server::builder()
            .dataset(dataset)
            .start()
            .await
            .expect("server");
        assert_eq!(server.count("opportunities"), 0);
        let (status, doc) = get(&server, "contacts?include=company").await;
        assert_eq!(status, 200, "{doc}");
        assert_eq!(doc["meta"]["pagination"]["total_entries"], 1);
        assert_eq!(doc["data"][0]["attributes"]["first_name"], "Pat");
        assert_eq!(doc["included"][0]["id"], "10");
        assert_eq!(
            doc["included"][0]["relationships"]["user"]["data"]["id"],
            "1"
        );
    })
    .await;
}

#[tokio::test]
async fn described_records_join_generated_ones() {
    bounded(async {
        let server = Server::builder()
            .dataset(
                Dataset::empty()
                    .users(2)
                    .record(
                        "companies",
                        RecordData {
                            attributes: json!({ "name": "Acme" })
                                .as_object()
                                .cloned()
                                .unwrap_or_default(),
                            relationships: [("user".to_owned(), Some(999))].into(),
                            ..RecordData::default()
                        },
                    )
                    .record(
                        "users",
                        RecordData {
                            id: Some(999),
                            ..RecordData::default()
                        },
                    ),
            )
            .start()
            .await
            .expect("server");
        assert_eq!(server.count("users"), 3);
        let id = &server.ids("companies")[0];
        let company = server.record("companies", id).expect("the company");
        assert_eq!(company["attributes"]["name"], "Acme");
        assert_eq!(company["relationships"]["user"]["data"]["id"], "999");
    })
    .await;
}

#[tokio::test]
async fn a_dataset_the_spec_refuses_stops_the_start_and_names_the_record() {
    bounded(async {
        let dataset =
            Dataset::from_json(r#"{"contacts": [{}, {"relationships": {"company": "5"}}]}"#)
                .expect("well formed");
        let error = Server::builder()
            .dataset(dataset)
            .start()
            .await
            .expect_err("no company 5");
        let message = error.to_string();
        assert!(message.contains("contacts[1]"), "{message}");
        assert!(message.contains("companies 5"), "{message}");
    })
    .await;
}

#[test]
fn dataset_errors_say_where_and_what_to_do() {
    let cases = [
        (
            "{\n  \"contacts\": [{\"id\": \"x1\"}]\n}",
            2,
            "contacts[0].id",
        ),
        (
            "{\"contacts\": [{\"id\": 1, \"extra\": true}]}",
            1,
            "contacts[0].extra",
        ),
        ("{\"contacts\": {}}", 1, "contacts"),
        ("{\"contacts\": [], \"contacts\": []}", 1, "."),
        ("{\"contacts\": []} trailing", 1, "."),
        ("[", 1, "."),
        ("", 1, "."),
    ];
    for (text, line, path) in cases {
        match Dataset::from_json(text) {
            Err(DatasetError::Invalid {
                line: got_line,
                path: got_path,
                ..
            }) => {
                assert_eq!((got_line, got_path.as_str()), (line, path), "{text}");
            }
            other => panic!("{text}: {other:?}"),
        }
        let message = Dataset::from_json(text).expect_err("invalid").to_string();
        assert!(message.contains("a dataset is"), "{message}");
    }
}

#[test]
fn dataset_files_are_bounded_and_must_be_text() {
    let dir = tempfile::tempdir().expect("temporary directory");
    let missing = Dataset::from_file(dir.path().join("missing.json"));
    assert!(
        matches!(missing, Err(DatasetError::Read { .. })),
        "{missing:?}"
    );

    let binary = dir.path().join("binary.json");
    std::fs::write(&binary, b"{\n \"a\xff\": []}").expect("written");
    match Dataset::from_file(&binary) {
        Err(DatasetError::Invalid { line, column, .. }) => assert_eq!((line, column), (2, 4)),
        other => panic!("{other:?}"),
    }

    let large = dir.path().join("large.json");
    let file = std::fs::File::create(&large).expect("created");
    file.set_len(spiro_mock::MAX_DATASET_BYTES + 1)
        .expect("sized");
    assert!(matches!(
        Dataset::from_file(&large),
        Err(DatasetError::TooLarge { .. })
    ));
}
