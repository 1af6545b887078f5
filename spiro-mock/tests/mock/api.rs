//! The resource API: every spec operation, paging, filters, include, writes, determinism.

use std::collections::BTreeSet;

use reqwest::Method;
use serde_json::{Value, json};
use spiro_mock::{Dataset, Server};

use crate::common::*;
use spiro_mock::limit::bounded;

async fn server_with(dataset: Dataset) -> (Server, reqwest::Client, String) {
    let server = Server::builder()
        .dataset(dataset)
        .start()
        .await
        .expect("server");
    let token = server.issue_tokens().access_token;
    (server, client(), token)
}

fn pagination(doc: &Value) -> (u64, u64, u64, u64) {
    let p = &doc["meta"]["pagination"];
    (
        p["current_page"].as_u64().expect("current_page"),
        p["total_pages"].as_u64().expect("total_pages"),
        p["per_page"].as_u64().expect("per_page"),
        p["total_entries"].as_u64().expect("total_entries"),
    )
}

fn ids(doc: &Value) -> Vec<String> {
    doc["data"]
        .as_array()
        .expect("data")
        .iter()
        .map(|r| r["id"].as_str().expect("id").to_owned())
        .collect()
}

#[tokio::test]
async fn every_spec_operation_is_served_and_nothing_else() {
    bounded(async {
        let (server, http, token) = server_with(Dataset::default()).await;
        let spec: Value =
            serde_yaml::from_str(include_str!("../../../spec/spiro.yaml")).expect("spec yaml");
        let paths = spec["paths"].as_object().expect("paths");
        let mut served = 0;
        for (template, item) in paths {
            let collection = template
                .trim_start_matches('/')
                .split('/')
                .next()
                .expect("segment");
            let store_key = if collection == "custom_objects" {
                "custom_objects/machines".to_owned()
            } else {
                collection.to_owned()
            };
            let some_id = server.ids(&store_key).last().cloned().expect("seeded id");
            let path = template
                .replace("{object_type}", "machines")
                .replace("{id}", &some_id);
            let type_name = match collection {
                "companies" => "company",
                "contacts" => "contact",
                "opportunities" => "opportunity",
                "reminders" => "reminder",
                "activities" => "activity",
                "campaigns" => "campaign",
                "quotes" => "quote",
                "quote_products" => "quote_product",
                "custom_objects" => "custom_object",
                _ => "",
            };
            let methods: Vec<&str> = item
                .as_object()
                .expect("item")
                .keys()
                .map(String::as_str)
                .collect();
            // Deletes last, so that the other operations find the record.
            let mut ordered: Vec<&str> =
                methods.iter().copied().filter(|m| *m != "delete").collect();
            if methods.contains(&"delete") {
                ordered.push("delete");
            }
            for method in ordered {
                let (method, body) = match method {
                    "get" => (Method::GET, None),
                    "post" => (
                        Method::POST,
                        Some(json!({"data": {"type": type_name, "attributes": {}}})),
                    ),
                    "put" => (
                        Method::PUT,
                        Some(json!({"data": {"type": type_name, "id": some_id, "attributes": {}}})),
                    ),
                    "delete" => (Method::DELETE, None),
                    other => panic!("unexpected method {other}"),
                };
                let mut request = http
                    .request(method.clone(), format!("{}{path}", server.api_url()))
                    .bearer_auth(&token);
                if let Some(body) = &body {
                    request = request.json(body);
                }
                let response = request.send().await.expect("request");
                assert!(
                    response.status().is_success(),
                    "{method} {path}: {}",
                    response.status()
                );
                served += 1;
            }
            // Methods the spec does not list are 405 with `Allow`.
            let response = http
                .patch(format!("{}{path}", server.api_url()))
                .bearer_auth(&token)
                .send()
                .await
                .expect("patch");
            assert_eq!(response.status(), 405, "PATCH {path}");
            assert!(response.headers().get("allow").is_some());
        }
        assert_eq!(served, 50);
    })
    .await
}

#[tokio::test]
async fn paging_boundaries() {
    bounded(async {
        let (server, http, token) = server_with(Dataset::empty().companies(53)).await;
        let first = get_json(&server, &http, &token, "/companies", 200).await;
        assert_eq!(pagination(&first), (1, 3, 25, 53));
        assert_eq!(ids(&first).len(), 25);
        let last = get_json(&server, &http, &token, "/companies?page%5Bnumber%5D=3", 200).await;
        assert_eq!(pagination(&last), (3, 3, 25, 53));
        assert_eq!(ids(&last).len(), 3);
        let past = get_json(&server, &http, &token, "/companies?page%5Bnumber%5D=4", 200).await;
        assert_eq!(pagination(&past), (4, 3, 25, 53));
        assert_eq!(past["data"], json!([]));
        let far = get_json(
            &server,
            &http,
            &token,
            "/companies?page%5Bnumber%5D=9223372036854775807&page%5Bsize%5D=100",
            200,
        )
        .await;
        assert_eq!(far["data"], json!([]));
        // The spec says int64 and at least 1: anything else is a 400 naming the parameter.
        for query in [
            "page%5Bnumber%5D=9223372036854775808",
            "page%5Bnumber%5D=0",
            "page%5Bsize%5D=-1",
            "page%5Bsize%5D=ten",
            "per_page=0",
        ] {
            let response = get(&server, &http, &token, &format!("/companies?{query}")).await;
            let error = api_error(response, 400).await;
            assert!(error["source"]["parameter"].is_string(), "{query}");
        }
        // `per_page` (Y1) sets the page size; `page[size]` wins over it.
        let per_page = get_json(&server, &http, &token, "/companies?per_page=10", 200).await;
        assert_eq!(pagination(&per_page), (1, 6, 10, 53));
        let both = get_json(
            &server,
            &http,
            &token,
            "/companies?per_page=10&page%5Bsize%5D=20",
            200,
        )
        .await;
        assert_eq!(pagination(&both).2, 20);
        // Pages partition the collection in id order.
        let all: Vec<String> = all_pages(&server, &http, &token, "/companies?page%5Bsize%5D=10")
            .await
            .iter()
            .map(|r| r["id"].as_str().expect("id").to_owned())
            .collect();
        assert_eq!(all, server.ids("companies"));
        // Literal (unencoded) brackets work too.
        let literal = get_json(
            &server,
            &http,
            &token,
            "/companies?page[number]=2&page[size]=50",
            200,
        )
        .await;
        assert_eq!(pagination(&literal), (2, 2, 50, 53));
        assert_eq!(ids(&literal).len(), 3);
    })
    .await
}

#[tokio::test]
async fn empty_collections_have_zero_pages() {
    bounded(async {
        let (server, http, token) = server_with(Dataset::empty()).await;
        for path in [
            "/companies",
            "/users",
            "/custom_objects/machines",
            "/quote_products",
        ] {
            let doc = get_json(&server, &http, &token, path, 200).await;
            assert_eq!(doc["data"], json!([]), "{path}");
            assert_eq!(pagination(&doc), (1, 0, 25, 0), "{path}");
        }
    })
    .await
}

#[tokio::test]
async fn page_size_is_clamped() {
    bounded(async {
        let (server, http, token) = server_with(Dataset::empty().companies(150)).await;
        let doc = get_json(&server, &http, &token, "/companies?page%5Bsize%5D=500", 200).await;
        assert_eq!(pagination(&doc), (1, 2, 100, 150));
        assert_eq!(ids(&doc).len(), 100);

        let small = Server::builder()
            .dataset(Dataset::empty().companies(30))
            .max_page_size(10)
            .start()
            .await
            .expect("server");
        let token = small.issue_tokens().access_token;
        let doc = get_json(&small, &http, &token, "/companies?page%5Bsize%5D=25", 200).await;
        assert_eq!(pagination(&doc), (1, 3, 10, 30));
    })
    .await
}

#[tokio::test]
async fn bad_query_parameters_are_400_with_the_parameter() {
    bounded(async {
        let (server, http, token) = server_with(Dataset::empty().companies(3)).await;
        let cases = [
            ("/companies?page%5Bnumber%5D=0", "page[number]"),
            ("/companies?page%5Bnumber%5D=-1", "page[number]"),
            ("/companies?page%5Bnumber%5D=abc", "page[number]"),
            ("/companies?page%5Bnumber%5D=", "page[number]"),
            ("/companies?page%5Bnumber%5D=1.5", "page[number]"),
            (
                "/companies?page%5Bnumber%5D=99999999999999999999999",
                "page[number]",
            ),
            ("/companies?page%5Bsize%5D=0", "page[size]"),
            ("/companies?page%5Boffset%5D=3", "page[offset]"),
            ("/companies?filter%5Bcity_cont%5D=x", "filter[city_cont]"),
            ("/contacts?filter%5Bname_cont%5D=x", "filter[name_cont]"),
            (
                "/companies?filter%5Bupdated_at%5D%5Bgte%5D=yesterday",
                "filter[updated_at][gte]",
            ),
            ("/companies?include=owner", "include"),
            ("/reminders?include=user", "include"),
            ("/users/1?include=company", "include"),
            ("/contacts?include=company,", "include"),
            ("/contacts?include=", "include"),
            ("/contacts?include=company,%20user", "include"),
            (
                "/companies?filter%5Bupdated_at%5D%5Bgte%5D=2026-13-01",
                "filter[updated_at][gte]",
            ),
        ];
        for (path, parameter) in cases {
            let error = api_error(get(&server, &http, &token, path).await, 400).await;
            assert_eq!(error["source"]["parameter"], parameter, "{path}");
        }
        // The spec's `X-Api-Version` header, when sent, must be `1`.
        let url = format!("{}/companies", server.api_url());
        for (version, status) in [("1", 200), ("2", 400), ("", 400)] {
            let response = http
                .get(&url)
                .bearer_auth(&token)
                .header("X-Api-Version", version)
                .send()
                .await
                .expect("request");
            assert_eq!(response.status().as_u16(), status, "{version:?}");
        }
        // A date-time filter with a day past the month's end means the month's last day.
        get_json(
            &server,
            &http,
            &token,
            "/companies?filter%5Bupdated_at%5D%5Bgte%5D=2026-02-30T10:00:00.5Z",
            200,
        )
        .await;
        // Parameters outside page/filter/include/per_page are ignored.
        let doc = get_json(
            &server,
            &http,
            &token,
            "/companies?per_page=5&sort=name",
            200,
        )
        .await;
        assert_eq!(ids(&doc).len(), 3);
    })
    .await
}

#[tokio::test]
async fn filters_apply_across_pages() {
    bounded(async {
    let (server, http, token) = server_with(Dataset::default()).await;
    let name_of = |collection: &str, id: &str| -> String {
        server.record(collection, id).expect("record")["attributes"]["name"]
            .as_str()
            .unwrap_or_default()
            .to_lowercase()
    };

    // filter[name_cont], case-insensitive.
    let found = all_pages(
        &server,
        &http,
        &token,
        "/companies?filter%5Bname_cont%5D=IN&page%5Bsize%5D=7",
    )
    .await;
    let expected: Vec<String> = server
        .ids("companies")
        .into_iter()
        .filter(|id| name_of("companies", id).contains("in"))
        .collect();
    assert!(expected.len() > 7, "the seed has several pages of matches");
    assert!(
        expected.len() < server.count("companies"),
        "and some records do not match"
    );
    let got: Vec<String> = found
        .iter()
        .map(|r| r["id"].as_str().expect("id").to_owned())
        .collect();
    assert_eq!(got, expected);

    // filter[company_name_cont] goes through the company relationship.
    let found = all_pages(
        &server,
        &http,
        &token,
        "/opportunities?filter%5Bcompany_name_cont%5D=packaging&page%5Bsize%5D=7",
    )
    .await;
    let expected: Vec<String> = server
        .ids("opportunities")
        .into_iter()
        .filter(|id| {
            let opp = server.record("opportunities", id).expect("opportunity");
            opp["relationships"]["company"]["data"]["id"]
                .as_str()
                .is_some_and(|cid| name_of("companies", cid).contains("packaging"))
        })
        .collect();
    assert!(expected.len() > 7);
    let got: Vec<String> = found
        .iter()
        .map(|r| r["id"].as_str().expect("id").to_owned())
        .collect();
    assert_eq!(got, expected);

    // filter[updated_at][gte].
    let cutoff = "2025-09-01T00:00:00Z";
    let found = all_pages(
        &server,
        &http,
        &token,
        &format!("/contacts?filter%5Bupdated_at%5D%5Bgte%5D={cutoff}&page%5Bsize%5D=100"),
    )
    .await;
    assert!(!found.is_empty());
    assert!(
        found
            .iter()
            .all(|r| r["attributes"]["updated_at"].as_str().expect("ts") >= cutoff)
    );
    let expected = server
        .ids("contacts")
        .into_iter()
        .filter(|id| {
            server.record("contacts", id).expect("contact")["attributes"]["updated_at"]
                .as_str()
                .is_some_and(|t| t >= cutoff)
        })
        .count();
    assert_eq!(found.len(), expected);

    // Filters combine; quotes filter by company name too.
    let first = server
        .record("companies", &server.ids("companies")[0])
        .expect("company");
    let word = first["attributes"]["name"]
        .as_str()
        .and_then(|n| n.split(' ').next())
        .expect("name")
        .to_owned();
    let doc = get_json(
        &server,
        &http,
        &token,
        &format!(
            "/companies?filter%5Bname_cont%5D={}&filter%5Bwebsite_cont%5D=www.{}&page%5Bsize%5D=100",
            word.to_lowercase(),
            word.to_uppercase()
        ),
        200,
    )
    .await;
    let got = ids(&doc);
    assert!(got.contains(&server.ids("companies")[0]));
    assert!(got.iter().all(|id| {
        let c = server.record("companies", id).expect("company");
        name_of("companies", id).contains(&word.to_lowercase())
            && c["attributes"]["website"]
                .as_str()
                .is_some_and(|w| w.contains(&format!("www.{}", word.to_lowercase())))
    }));
    let quotes = get_json(
        &server,
        &http,
        &token,
        "/quotes?filter%5Bcompany_name_cont%5D=zzz-no-such-company",
        200,
    )
    .await;
    assert_eq!(pagination(&quotes), (1, 0, 25, 0));
}).await
}

#[tokio::test]
async fn include_fills_included_without_duplicates() {
    bounded(async {
        let (server, http, token) = server_with(Dataset::default()).await;
        let doc = get_json(
            &server,
            &http,
            &token,
            "/opportunities?include=user,company&page%5Bsize%5D=100",
            200,
        )
        .await;
        let mut expected = BTreeSet::new();
        for opp in doc["data"].as_array().expect("data") {
            for rel in ["user", "company"] {
                let data = &opp["relationships"][rel]["data"];
                expected.insert((
                    data["type"].as_str().expect("type").to_owned(),
                    data["id"].as_str().expect("id").to_owned(),
                ));
            }
        }
        let included = doc["included"].as_array().expect("included");
        let got: Vec<(String, String)> = included
            .iter()
            .map(|r| {
                (
                    r["type"].as_str().expect("type").to_owned(),
                    r["id"].as_str().expect("id").to_owned(),
                )
            })
            .collect();
        assert_eq!(got.len(), expected.len(), "deduplicated");
        assert_eq!(got.iter().cloned().collect::<BTreeSet<_>>(), expected);
        let user = included
            .iter()
            .find(|r| r["type"] == "user")
            .expect("a user");
        assert!(user["attributes"]["first_name"].is_string());

        let id = &server.ids("opportunities")[0];
        let single = get_json(
            &server,
            &http,
            &token,
            &format!("/opportunities/{id}?include=user,company"),
            200,
        )
        .await;
        let types: Vec<&str> = single["included"]
            .as_array()
            .expect("included")
            .iter()
            .map(|r| r["type"].as_str().expect("type"))
            .collect();
        assert_eq!(types, ["user", "company"]);
        let plain = get_json(&server, &http, &token, &format!("/opportunities/{id}"), 200).await;
        assert!(plain.get("included").is_none());
        assert_eq!(
            plain["data"],
            server.record("opportunities", id).expect("record")
        );
    })
    .await
}

#[tokio::test]
async fn records_look_like_spiro() {
    bounded(async {
        let (server, http, token) = server_with(Dataset::default()).await;
        let id = &server.ids("opportunities")[0];
        let opp = get_json(&server, &http, &token, &format!("/opportunities/{id}"), 200).await;
        let data = &opp["data"];
        assert_eq!(data["type"], "opportunity");
        assert!(data["id"].as_str().expect("id").parse::<u64>().is_ok());
        let names: BTreeSet<&str> = data["relationships"]
            .as_object()
            .expect("relationships")
            .keys()
            .map(String::as_str)
            .collect();
        assert_eq!(
            names,
            BTreeSet::from(["company", "user", "pipeline", "opportunity_stage"])
        );
        assert_eq!(
            data["relationships"]["opportunity_stage"]["data"]["type"],
            "opportunity_stage"
        );
        let custom = &data["attributes"]["custom"];
        assert!(custom["rating"]["label"].is_string());
        assert!(custom["assigned_isr"]["value"].is_number());
        assert!(custom["product_lines"].is_array());
        assert!(custom["probability"].is_number());
        assert!(data["attributes"]["amount"].is_number());

        let pipeline = data["relationships"]["pipeline"]["data"]["id"]
            .as_str()
            .expect("pipeline");
        let stages = get_json(
            &server,
            &http,
            &token,
            &format!("/pipelines/{pipeline}/opportunity_stages"),
            200,
        )
        .await;
        let names: Vec<&str> = stages["data"]
            .as_array()
            .expect("stages")
            .iter()
            .map(|s| s["attributes"]["name"].as_str().expect("name"))
            .collect();
        assert_eq!(
            names,
            [
                "Prospecting",
                "Qualifying",
                "Proposing",
                "Closing",
                "Closed Won",
                "Closed Lost"
            ]
        );
        assert!(
            stages["data"]
                .as_array()
                .expect("stages")
                .iter()
                .all(|s| s["relationships"]["pipeline"]["data"]["id"] == pipeline)
        );
        let stage_id = data["relationships"]["opportunity_stage"]["data"]["id"].clone();
        assert!(
            stages["data"]
                .as_array()
                .expect("stages")
                .iter()
                .any(|s| s["id"] == stage_id),
            "the stage belongs to the opportunity's pipeline"
        );
        api_error(
            get(&server, &http, &token, "/pipelines/1/opportunity_stages").await,
            404,
        )
        .await;
        assert_eq!(server.count("users"), 20);
        assert_eq!(server.count("pipelines"), 3);
        assert_eq!(server.count("opportunity_stages"), 18);
        assert_eq!(server.count("contacts"), 1_000);
        assert_eq!(server.count("custom_objects/machines"), 60);
    })
    .await
}

#[tokio::test]
async fn put_merges_attributes_and_custom_keys() {
    bounded(async {
    let (server, http, token) = server_with(Dataset::default()).await;
    let id = server.ids("opportunities")[5].clone();
    let before = server.record("opportunities", &id).expect("record");
    let body = json!({"data": {"type": "opportunity", "id": id, "attributes": {
        "custom": {"bc_packaging_quote": "https://bc.example.com/q/1", "new_key": {"label": "New", "value": 1}},
        "created_at": "1999-01-01T00:00:00Z",
        "not_a_spiro_attribute": 1,
    }}});
    let response = send_json(
        &server,
        &http,
        &token,
        Method::PUT,
        &format!("/opportunities/{id}"),
        &body,
    )
    .await;
    assert_eq!(response.status(), 200);
    let doc: Value = response.json().await.expect("json");
    let after = server.record("opportunities", &id).expect("record");
    assert_eq!(doc["data"], after);
    let (b, a) = (&before["attributes"], &after["attributes"]);
    assert_eq!(
        a["custom"]["bc_packaging_quote"],
        "https://bc.example.com/q/1"
    );
    assert_eq!(a["custom"]["new_key"]["label"], "New");
    for key in [
        "rating",
        "assigned_isr",
        "probability",
        "product_lines",
        "unit_type",
    ] {
        assert_eq!(a["custom"][key], b["custom"][key], "custom.{key} kept");
    }
    assert_eq!(a["name"], b["name"]);
    assert_eq!(a["amount"], b["amount"]);
    assert_eq!(
        a["created_at"], b["created_at"],
        "read-only attributes are ignored"
    );
    assert!(a.get("not_a_spiro_attribute").is_none());
    assert!(a["updated_at"].as_str() > b["updated_at"].as_str());
    assert_eq!(after["relationships"], before["relationships"]);

    // Top-level attributes, a null custom value and a relationship change.
    let company = server.ids("companies")[0].clone();
    let body = json!({"data": {"type": "opportunity", "id": id.parse::<u64>().expect("numeric"), "attributes": {
        "name": "Renamed", "amount": 12.5, "close_at": null, "custom": {"rating": null}
    }, "relationships": {"company": {"data": {"type": "company", "id": company}}}}});
    let response = send_json(
        &server,
        &http,
        &token,
        Method::PUT,
        &format!("/opportunities/{id}"),
        &body,
    )
    .await;
    assert_eq!(response.status(), 200);
    let after = server.record("opportunities", &id).expect("record");
    assert_eq!(after["attributes"]["name"], "Renamed");
    assert_eq!(after["attributes"]["amount"], 12.5);
    assert_eq!(after["attributes"]["close_at"], Value::Null);
    assert_eq!(after["attributes"]["custom"]["rating"], Value::Null);
    assert_eq!(after["attributes"]["custom"]["new_key"]["label"], "New");
    assert_eq!(
        after["relationships"]["company"]["data"]["id"],
        company.as_str()
    );
    // A filter on updated_at finds the record just written.
    let cutoff = after["attributes"]["updated_at"]
        .as_str()
        .expect("ts")
        .to_owned();
    let found = all_pages(
        &server,
        &http,
        &token,
        &format!("/opportunities?filter%5Bupdated_at%5D%5Bgte%5D={cutoff}"),
    )
    .await;
    assert!(found.iter().any(|r| r["id"] == id.as_str()));
}).await
}

#[tokio::test]
async fn invalid_writes_are_refused_with_pointers() {
    bounded(async {
    let (server, http, token) =
        server_with(Dataset::empty().companies(2).opportunities(2).users(1)).await;
    let id = server.ids("opportunities")[0].clone();
    let path = format!("/opportunities/{id}");
    let before = server.record("opportunities", &id).expect("record");
    let other = format!("{id}0");
    // 422 where the document breaks the spec's schema; 403, 404 and 409 where JSON:API
    // prescribes them (the spec declares each).
    let cases = [
        (
            json!({"data": {"type": "opportunity", "attributes": {"amount": "a lot"}}}),
            422,
            "/data/attributes/amount",
        ),
        (
            json!({"data": {"type": "opportunity", "attributes": {"name": 5}}}),
            422,
            "/data/attributes/name",
        ),
        (
            json!({"data": {"type": "opportunity", "attributes": {"custom": {"rating": {"label": 1}}}}}),
            422,
            "/data/attributes/custom/rating",
        ),
        (
            json!({"data": {"type": "opportunity", "attributes": "x"}}),
            422,
            "/data/attributes",
        ),
        (json!({"data": {"attributes": {}}}), 422, "/data/type"),
        (json!({"data": {"type": "company"}}), 409, "/data/type"),
        (
            json!({"data": {"type": "opportunities"}}),
            409,
            "/data/type",
        ),
        (
            json!({"data": {"type": "opportunity", "id": other}}),
            409,
            "/data/id",
        ),
        (
            json!({"data": {"type": "opportunity", "id": true}}),
            422,
            "/data/id",
        ),
        (
            json!({"data": {"type": "opportunity", "relationships": {"company": {"data": {"type": "company", "id": "1"}}}}}),
            404,
            "/data/relationships/company/data/id",
        ),
        (
            json!({"data": {"type": "opportunity", "relationships": {"company": {"data": {"type": "user", "id": "1"}}}}}),
            409,
            "/data/relationships/company/data/type",
        ),
        (
            json!({"data": {"type": "opportunity", "relationships": {"contact": {"data": {"type": "contact", "id": "1"}}}}}),
            403,
            "/data/relationships/contact",
        ),
        (
            json!({"data": {"type": "opportunity", "relationships": {"company": {"data": [{"type": "company", "id": "1"}]}}}}),
            403,
            "/data/relationships/company/data",
        ),
        (json!({"meta": {}}), 422, "/data"),
        (json!(null), 422, ""),
    ];
    for (body, status, pointer) in cases {
        let response = send_json(&server, &http, &token, Method::PUT, &path, &body).await;
        let error = api_error(response, status).await;
        if status == 422 {
            assert_eq!(error["title"], "Invalid Attribute");
        }
        assert_eq!(error["source"]["pointer"], pointer, "{body}");
    }
    assert_eq!(
        server.record("opportunities", &id).expect("record"),
        before,
        "nothing was written"
    );
    // POST must not carry an id: client-generated ids are not supported (403).
    let response = send_json(
        &server,
        &http,
        &token,
        Method::POST,
        "/opportunities",
        &json!({"data": {"type": "opportunity", "id": "77", "attributes": {"name": "x"}}}),
    )
    .await;
    assert_eq!(
        api_error(response, 403).await["source"]["pointer"],
        "/data/id"
    );
    assert_eq!(server.count("opportunities"), 2);
}).await
}

#[tokio::test]
async fn unknown_records_and_routes_are_404() {
    bounded(async {
        let (server, http, token) = server_with(Dataset::empty().companies(1)).await;
        for path in [
            "/companies/1",
            "/companies/abc",
            "/companies/-5",
            "/custom_objects/spaceships",
            "/custom_objects/spaceships/1",
            "/nope",
            "/companies/1/nope",
            "",
        ] {
            let response = get(&server, &http, &token, path).await;
            let error = api_error(response, 404).await;
            assert_eq!(error["title"], "Not Found", "{path}");
        }
        let body = json!({"data": {"type": "company", "attributes": {}}});
        for method in [Method::PUT, Method::DELETE] {
            let response = send_json(&server, &http, &token, method, "/companies/1", &body).await;
            api_error(response, 404).await;
        }
        let response = send_json(
            &server,
            &http,
            &token,
            Method::POST,
            "/custom_objects/spaceships",
            &json!({"data": {"type": "custom_object"}}),
        )
        .await;
        api_error(response, 404).await;
        for path in ["/nope", "/api/v2/companies", "/oauth/nope", "/"] {
            let response = http
                .get(format!("{}{path}", server.base_url()))
                .send()
                .await
                .expect("request");
            api_error(response, 404).await;
        }
        // Unknown API routes are 404 before authentication; known ones need a token.
        let response = http
            .get(format!("{}/nope", server.api_url()))
            .send()
            .await
            .expect("request");
        assert_eq!(response.status(), 404);
        let response = http
            .get(format!("{}/companies/1", server.api_url()))
            .send()
            .await
            .expect("request");
        assert_eq!(response.status(), 401);
        let response = http.get(server.token_url()).send().await.expect("request");
        assert_eq!(response.status(), 405);
    })
    .await
}

#[tokio::test]
async fn post_creates_and_delete_removes() {
    bounded(async {
    let (server, http, token) = server_with(Dataset::empty().companies(3).users(2)).await;
    let user = server.ids("users")[1].clone();
    let body = json!({"data": {"type": "company", "attributes": {
        "name": "Brand New Co.", "website": "https://brand.example.com",
        "custom": {"relationship_type": "Prospect", "industries_served": ["Retail"]}
    }, "relationships": {"user": {"data": {"type": "user", "id": user}}}}});
    let response = send_json(&server, &http, &token, Method::POST, "/companies", &body).await;
    assert_eq!(response.status(), 201);
    let location = response
        .headers()
        .get("location")
        .and_then(|v| v.to_str().ok())
        .expect("location")
        .to_owned();
    let doc: Value = response.json().await.expect("json");
    let id = doc["data"]["id"].as_str().expect("id").to_owned();
    assert_eq!(location, format!("/api/v1/companies/{id}"));
    let max_seeded: u64 = server.ids("companies")[..3]
        .iter()
        .map(|i| i.parse::<u64>().expect("numeric"))
        .max()
        .expect("max");
    assert!(id.parse::<u64>().expect("numeric") > max_seeded);
    assert_eq!(doc["data"]["type"], "company");
    assert_eq!(doc["data"]["attributes"]["name"], "Brand New Co.");
    assert_eq!(doc["data"]["attributes"]["city"], Value::Null);
    assert!(doc["data"]["attributes"]["created_at"].is_string());
    assert_eq!(
        doc["data"]["relationships"]["user"]["data"]["id"],
        user.as_str()
    );
    assert_eq!(server.count("companies"), 4);
    assert_eq!(
        get_json(&server, &http, &token, &format!("/companies/{id}"), 200).await["data"],
        doc["data"]
    );

    let response = http
        .delete(format!("{}/companies/{id}", server.api_url()))
        .bearer_auth(&token)
        .send()
        .await
        .expect("delete");
    assert_eq!(response.status(), 204);
    assert!(response.bytes().await.expect("body").is_empty());
    assert_eq!(server.count("companies"), 3);
    assert!(server.record("companies", &id).is_none());
    api_error(
        get(&server, &http, &token, &format!("/companies/{id}")).await,
        404,
    )
    .await;
    let again = http
        .delete(format!("{}/companies/{id}", server.api_url()))
        .bearer_auth(&token)
        .send()
        .await
        .expect("delete");
    api_error(again, 404).await;

    // Custom objects.
    let machines = get_json(&server, &http, &token, "/custom_objects/machines", 200).await;
    assert_eq!(pagination(&machines).3, 0);
    let body = json!({"data": {"type": "custom_object", "attributes": {"name": "Wrapper 1", "custom": {"serial_number": "SN-1"}}}});
    let response = send_json(
        &server,
        &http,
        &token,
        Method::POST,
        "/custom_objects/machines",
        &body,
    )
    .await;
    assert_eq!(response.status(), 201);
    let doc: Value = response.json().await.expect("json");
    let mid = doc["data"]["id"].as_str().expect("id").to_owned();
    let body = json!({"data": {"type": "custom_object", "id": mid, "attributes": {"custom": {"running_hours": 12}}}});
    let response = send_json(
        &server,
        &http,
        &token,
        Method::PUT,
        &format!("/custom_objects/machines/{mid}"),
        &body,
    )
    .await;
    assert_eq!(response.status(), 200);
    let stored = server
        .record("custom_objects/machines", &mid)
        .expect("machine");
    assert_eq!(
        stored["attributes"]["custom"],
        json!({"serial_number": "SN-1", "running_hours": 12})
    );
}).await
}

#[tokio::test]
async fn seeding_is_deterministic() {
    bounded(async {
        let paths = [
            "/opportunities?include=user,company&page%5Bsize%5D=100&page%5Bnumber%5D=2",
            "/companies?page%5Bsize%5D=100",
            "/contacts?page%5Bnumber%5D=7",
            "/custom_objects/machines",
            "/quote_products?page%5Bsize%5D=100",
            "/reminders",
            "/activities",
            "/campaigns",
            "/users",
        ];
        let mut bodies = Vec::new();
        for seed in [7, 7, 8] {
            let server = Server::builder().seed(seed).start().await.expect("server");
            let token = server.issue_tokens().access_token;
            let http = client();
            let mut all = Vec::new();
            for path in paths {
                let response = get(&server, &http, &token, path).await;
                assert_eq!(response.status(), 200);
                all.push(response.bytes().await.expect("bytes"));
            }
            bodies.push(all);
        }
        assert_eq!(bodies[0], bodies[1], "same seed, same bytes");
        assert_ne!(bodies[0], bodies[2], "another seed, other data");
        // A bigger data set is quick to seed and serve.
        let big = Server::builder()
            .dataset(Dataset::empty().companies(10_000).users(5))
            .start()
            .await
            .expect("server");
        assert_eq!(big.count("companies"), 10_000);
        let token = big.issue_tokens().access_token;
        let last = get_json(
            &big,
            &client(),
            &token,
            "/companies?page%5Bsize%5D=100&page%5Bnumber%5D=100",
            200,
        )
        .await;
        assert_eq!(pagination(&last), (100, 100, 100, 10_000));
        assert_eq!(ids(&last).last(), big.ids("companies").last());
    })
    .await
}

#[tokio::test]
async fn set_attribute_serves_a_deviation_as_given() {
    bounded(async {
        let (server, http, token) =
            server_with(Dataset::empty().companies(2).opportunities(2)).await;
        let id = server.ids("opportunities")[0].clone();
        assert!(server.set_attribute("opportunities", &id, "amount", json!("48250.0")));
        assert!(server.set_attribute("opportunities", &id, "win_reason", json!(["a", 1])));
        assert!(!server.set_attribute("opportunities", "999999999", "amount", json!(1)));
        assert!(!server.set_attribute("spaceships", &id, "amount", json!(1)));
        assert!(!server.set_attribute("opportunities", "not-a-number", "amount", json!(1)));

        let doc = get_json(&server, &http, &token, &format!("/opportunities/{id}"), 200).await;
        assert_eq!(doc["data"]["attributes"]["amount"], json!("48250.0"));
        assert_eq!(doc["data"]["attributes"]["win_reason"], json!(["a", 1]));
        let list = get_json(&server, &http, &token, "/opportunities", 200).await;
        assert_eq!(list["data"][0]["attributes"]["amount"], json!("48250.0"));
    })
    .await
}
