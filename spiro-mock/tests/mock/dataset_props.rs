//! Property tests of the dataset file parser (file input): arbitrary bytes and arbitrary JSON
//! never panic, and a dataset written out reads back equal.

use proptest::prelude::*;
use serde_json::{Map, Value};
use spiro_mock::{Dataset, MAX_ID, RecordData};

/// Arbitrary JSON, floats included as cents (what a dataset holds: amounts, rates).
fn json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        (-1_000_000_000i64..1_000_000_000).prop_map(|c| Value::from(c as f64 / 100.0)),
        ".{0,12}".prop_map(Value::String),
    ];
    leaf.prop_recursive(3, 24, 4, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(Value::Array),
            prop::collection::btree_map(".{0,6}", inner, 0..4)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

fn record() -> impl Strategy<Value = RecordData> {
    (
        prop::option::of(1..=MAX_ID),
        prop::collection::btree_map("[a-z_]{1,10}", json(), 0..4),
        prop::collection::btree_map("[a-z_]{1,10}", prop::option::of(1..=MAX_ID), 0..3),
    )
        .prop_map(|(id, attributes, relationships)| RecordData {
            id,
            attributes: attributes.into_iter().collect::<Map<_, _>>(),
            relationships,
        })
}

fn dataset() -> impl Strategy<Value = Dataset> {
    prop::collection::vec(("[a-z_/]{1,12}", record()), 0..8).prop_map(|records| {
        records
            .into_iter()
            .fold(Dataset::empty(), |d, (collection, r)| {
                d.record(collection, r)
            })
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 20_000, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_text_never_panics(bytes in prop::collection::vec(any::<u8>(), 0..256)) {
        let text = String::from_utf8_lossy(&bytes);
        if let Err(error) = Dataset::from_json(&text) {
            prop_assert!(!error.to_string().is_empty());
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 5_000, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_json_never_panics(value in json()) {
        let _ = Dataset::from_json(&value.to_string());
        let wrapped = serde_json::json!({ "contacts": [value] }).to_string();
        let _ = Dataset::from_json(&wrapped);
    }

    #[test]
    fn a_dataset_written_out_reads_back_equal(dataset in dataset()) {
        let text = dataset.to_json();
        let read = Dataset::from_json(&text);
        prop_assert_eq!(read.as_ref().ok(), Some(&dataset), "{}", text);
    }
}

/// Arbitrary descriptions given to `Server::insert`, for any collection: an id or an error,
/// never a panic, and a record stored exactly when an id is returned.
#[test]
fn arbitrary_descriptions_never_panic() {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime");
    let server = runtime
        .block_on(spiro_mock::limit::bounded(
            spiro_mock::Server::builder()
                .dataset(Dataset::empty().companies(3).users(2))
                .start(),
        ))
        .expect("server");
    let collection = prop_oneof![
        Just("companies"),
        Just("contacts"),
        Just("users"),
        Just("custom_objects/machines"),
        Just("nothing"),
    ];
    let description = prop_oneof![
        json(),
        (json(), json()).prop_map(|(attributes, relationships)| serde_json::json!({
            "attributes": attributes,
            "relationships": relationships,
        })),
        (
            prop::collection::btree_map("[a-z_]{1,10}", json(), 0..3),
            prop::option::of(0u64..6)
        )
            .prop_map(|(attributes, company)| serde_json::json!({
                "attributes": attributes,
                "relationships": { "company": company.map(|c| c.to_string()) },
            })),
    ];
    let config = ProptestConfig {
        cases: 3_000,
        failure_persistence: None,
        ..ProptestConfig::default()
    };
    let stored = std::sync::atomic::AtomicUsize::new(0);
    proptest::test_runner::TestRunner::new(config)
        .run(&(collection, description), |(collection, description)| {
            let before = server.count(collection);
            match server.insert(collection, description) {
                Ok(id) => {
                    stored.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                    prop_assert_eq!(server.count(collection), before + 1);
                    prop_assert!(server.record(collection, &id).is_some());
                }
                Err(error) => {
                    prop_assert_eq!(server.count(collection), before);
                    prop_assert!(!error.to_string().is_empty());
                }
            }
            Ok(())
        })
        .expect("no description panics or half-stores");
    // The generator reaches the path that stores, not only the refusals.
    assert!(stored.into_inner() > 100);
}
