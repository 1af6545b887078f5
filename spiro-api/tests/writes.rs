//! Typed writes (issue 18, item 1): create and update builders take the record's write
//! attributes and one method per relationship of the spec (a typed `Id`), each editing its part
//! of the body, so the body does not depend on the order of the calls.

mod support;

use serde_json::{Value, json};
use spiro_api::{Id, types};
use spiro_mock::limit::bounded;
use spiro_mock::{Dataset, Server};
use wiremock::MockServer;

fn attributes() -> types::ContactWriteAttributes {
    types::ContactWriteAttributes {
        first_name: Some("Pat".into()),
        last_name: Some("Lee".into()),
        ..Default::default()
    }
}

/// The JSON bodies the server received, in order.
async fn bodies(server: &MockServer) -> Vec<Value> {
    server
        .received_requests()
        .await
        .unwrap()
        .iter()
        .map(|r| serde_json::from_slice(&r.body).unwrap())
        .collect()
}

#[tokio::test]
async fn a_create_sends_the_same_body_whatever_the_order_of_the_calls() {
    bounded(async {
        let (server, client) = support::answering(json!({ "id": "9", "type": "contact" })).await;
        let company = Id::<types::Company>::new("884211");
        let user = Id::<types::User>::new("40213");
        client
            .create_contact()
            .attributes(attributes())
            .company(&company)
            .user(&user)
            .send()
            .await
            .unwrap();
        client
            .create_contact()
            .user(&user)
            .company(&company)
            .attributes(attributes())
            .send()
            .await
            .unwrap();
        client
            .create_contact()
            .company(&company)
            .attributes(attributes())
            .user(user.clone())
            .send()
            .await
            .unwrap();
        let expected = json!({ "data": {
            "type": "contact",
            "attributes": { "first_name": "Pat", "last_name": "Lee" },
            "relationships": {
                "company": { "data": { "id": "884211", "type": "company" } },
                "user": { "data": { "id": "40213", "type": "user" } },
            },
        }});
        let bodies = bodies(&server).await;
        assert_eq!(bodies.len(), 3);
        for body in &bodies {
            assert_eq!(body, &expected);
        }
    })
    .await;
}

#[tokio::test]
async fn an_update_keeps_a_body_given_first_and_carries_the_path_id() {
    bounded(async {
        let (server, client) = support::answering(json!({ "id": "7", "type": "contact" })).await;
        // A body given first is the base: the typed setters edit their part of it.
        let base = types::ContactWriteDocument {
            data: types::ContactWrite {
                id: None,
                type_: "contact".into(),
                attributes: Some(types::ContactWriteAttributes {
                    title: Some("CTO".into()),
                    ..Default::default()
                }),
                relationships: Some(types::Relationships(
                    [(
                        "user".to_owned(),
                        types::Relationship {
                            data: Some(types::RelationshipData::ResourceIdentifier(
                                types::ResourceIdentifier {
                                    id: "40213".into(),
                                    type_: "user".into(),
                                },
                            )),
                        },
                    )]
                    .into(),
                )),
            },
        };
        client
            .update_contact()
            .body(base.clone())
            .company(Id::<types::Company>::new("884211"))
            .id("7")
            .send()
            .await
            .unwrap();
        client
            .update_contact()
            .id("7")
            .body(base)
            .company(Id::<types::Company>::new("884211"))
            .send()
            .await
            .unwrap();
        // Without a body: only what is set.
        client
            .update_contact()
            .company(Id::<types::Company>::new("1"))
            .id("7")
            .send()
            .await
            .unwrap();
        let bodies = bodies(&server).await;
        let expected = json!({ "data": {
            "id": "7", "type": "contact",
            "attributes": { "title": "CTO" },
            "relationships": {
                "company": { "data": { "id": "884211", "type": "company" } },
                "user": { "data": { "id": "40213", "type": "user" } },
            },
        }});
        assert_eq!(bodies[0], expected);
        assert_eq!(bodies[1], expected);
        assert_eq!(
            bodies[2],
            json!({ "data": {
                "id": "7", "type": "contact",
                "relationships": { "company": { "data": { "id": "1", "type": "company" } } },
            }})
        );
    })
    .await;
}

/// Against spiro-mock, which validates the body against the spec and resolves the
/// relationship: the contact is created at the company, and reads back with it.
#[tokio::test]
async fn a_contact_created_at_a_company_reads_back_with_it() {
    bounded(async {
        let server = Server::builder()
            .dataset(Dataset::empty().users(1))
            .start()
            .await
            .unwrap();
        let client = support::client(&server);
        let company = client
            .create_company()
            .attributes(types::CompanyWriteAttributes {
                name: Some("Watkins Inc.".into()),
                ..Default::default()
            })
            .send()
            .await
            .unwrap()
            .data;
        let owner = Id::<types::User>::new(server.ids("users")[0].as_str());

        let first = client
            .create_contact()
            .company(&company)
            .attributes(attributes())
            .user(&owner)
            .send()
            .await
            .unwrap()
            .data;
        let second = client
            .create_contact()
            .user(&owner)
            .attributes(attributes())
            .company(&company)
            .send()
            .await
            .unwrap()
            .data;
        // The order of the calls made no difference to what was stored.
        let stored = |id: &spiro_api::ResourceId| {
            let mut record = server.record("contacts", id.as_str()).unwrap();
            let record = record.as_object_mut().unwrap();
            record.remove("id");
            let attributes = record["attributes"].as_object_mut().unwrap();
            attributes.retain(|key, _| !key.ends_with("_at"));
            Value::Object(record.clone())
        };
        assert_eq!(stored(&first.id), stored(&second.id));

        let read = client
            .get_contact()
            .id(&first.id)
            .include("company,user")
            .send()
            .await
            .unwrap();
        assert_eq!(read.data.first_name(), Some("Pat"));
        let at = read.data.company(&read.included).unwrap().unwrap();
        assert_eq!(
            (at.id.as_str(), at.name()),
            (company.id.as_str(), Some("Watkins Inc."))
        );
        let by = read.data.user(&read.included).unwrap().unwrap();
        assert_eq!(Id::from(&by), owner);
    })
    .await;
}

/// A relationship to a record that does not exist is Spiro's to refuse (here spiro-mock's):
/// the typed id says which type it is, not that it exists.
#[tokio::test]
async fn a_relationship_to_a_missing_record_is_refused_by_the_server() {
    bounded(async {
        let server = Server::builder()
            .dataset(Dataset::empty())
            .start()
            .await
            .unwrap();
        let client = support::client(&server);
        let error = client
            .create_contact()
            .attributes(attributes())
            .company(Id::<types::Company>::new("999999"))
            .send()
            .await
            .unwrap_err();
        assert_eq!(error.status().map(|s| s.as_u16()), Some(404), "{error:?}");
        let pointers: Vec<_> = error
            .api_errors()
            .iter()
            .filter_map(|e| e.source.as_ref()?.pointer.as_deref())
            .collect();
        assert_eq!(pointers, ["/data/relationships/company/data/id"]);
        assert_eq!(server.count("contacts"), 0);
    })
    .await;
}
