//! Rules every operation of spec/spiro.yaml follows.

use serde_yaml::Value;

const LEVELS: [&str; 4] = ["live", "call", "doc", "inferred"];
const METHODS: [&str; 8] = [
    "get", "put", "post", "delete", "patch", "head", "options", "trace",
];

fn spec() -> Value {
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../spec/spiro.yaml"))
        .unwrap();
    serde_yaml::from_str(&text).unwrap()
}

#[test]
fn every_operation_has_an_id_evidence_and_a_success_response() {
    let spec = spec();
    assert_eq!(spec["openapi"].as_str(), Some("3.0.3"));
    let paths = spec["paths"].as_mapping().unwrap();
    let mut seen = std::collections::BTreeSet::new();
    let mut count = 0;
    for (path, item) in paths {
        let path = path.as_str().unwrap();
        for method in METHODS {
            let Some(op) = item.get(method) else { continue };
            count += 1;
            let where_ = format!("{} {path}", method.to_uppercase());
            let id = op["operationId"]
                .as_str()
                .unwrap_or_else(|| panic!("{where_}: no operationId"));
            assert!(
                seen.insert(id.to_owned()),
                "{where_}: duplicate operationId {id}"
            );
            let evidence = &op["x-spiro-evidence"];
            let level = evidence["level"]
                .as_str()
                .unwrap_or_else(|| panic!("{where_}: no x-spiro-evidence"));
            assert!(
                LEVELS.contains(&level),
                "{where_}: unknown evidence level {level}"
            );
            assert!(
                evidence["sources"].is_sequence(),
                "{where_}: x-spiro-evidence has no sources"
            );
            let responses = op["responses"].as_mapping().unwrap();
            assert!(
                responses
                    .keys()
                    .filter_map(Value::as_str)
                    .any(|s| s.starts_with('2')),
                "{where_}: no 2xx response"
            );
        }
    }
    assert!(count >= 50, "only {count} operations");
}

/// The endpoints seen against the live API are all present and marked `live`.
#[test]
fn live_endpoints_are_present() {
    let spec = spec();
    for (method, path) in [
        ("get", "/companies"),
        ("get", "/companies/{id}"),
        ("get", "/contacts"),
        ("get", "/opportunities"),
        ("get", "/opportunities/{id}"),
        ("put", "/opportunities/{id}"),
        ("get", "/pipelines/{id}/opportunity_stages"),
    ] {
        let op = &spec["paths"][path][method];
        assert_eq!(
            op["x-spiro-evidence"]["level"].as_str(),
            Some("live"),
            "{method} {path}"
        );
    }
    assert!(spec["paths"]["/contacts/{id}"]["get"].is_mapping());
    assert!(spec["paths"]["/quotes"]["get"].is_mapping());
}
