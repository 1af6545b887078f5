//! The decode corpus: JSON:API documents (lists and single records, of every resource) that
//! differ from the spec where the spec only infers. Each must decode as a whole (no
//! whole-page failure), every coerced value is asserted, and the records that cannot match
//! (a `live` field of the wrong type, no `id`) are set aside with their id and raw JSON while
//! the rest of their page decodes.

use std::path::PathBuf;

use serde::de::DeserializeOwned;
use spiro_api::{Amount, Resource, Text, types};

fn corpus_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/corpus")
}

/// Decodes a corpus document; a failure here is a whole-page failure.
fn load<T: DeserializeOwned>(name: &str) -> T {
    let path = corpus_dir().join(format!("{name}.json"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path:?}: {e}"));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("whole-document failure in {name}: {e}"))
}

fn text(value: &Option<Text>) -> Option<&str> {
    value.as_ref().map(Text::as_str)
}

fn number(value: &Option<Amount>) -> Option<f64> {
    value.as_ref().and_then(Amount::as_f64)
}

fn date(year: i32, month: u32, day: u32) -> Option<chrono::NaiveDate> {
    chrono::NaiveDate::from_ymd_opt(year, month, day)
}

fn attrs<R: Resource>(record: &R) -> &R::Attributes {
    record.attributes().expect("attributes")
}

fn ids<R: Resource>(records: &[R]) -> Vec<String> {
    records.iter().map(|r| r.id().to_string()).collect()
}

/// Every record of the page decoded.
fn all_decoded<T>(records: &spiro_api::Records<T>, expected: usize) {
    assert!(
        records.failures().is_empty(),
        "failures: {:?}",
        records.failures()
    );
    assert_eq!(records.len(), expected);
}

type Case = (&'static str, fn(&'static str));

const CASES: &[Case] = &[
    ("opportunities_amount_numeric_string", |n| {
        let doc: types::OpportunityListDocument = load(n);
        all_decoded(&doc.data, 2);
        assert_eq!(number(&attrs(&doc.data[0]).amount), Some(48250.0));
        assert_eq!(
            attrs(&doc.data[0]).amount.as_ref().unwrap().as_str(),
            "48250.0"
        );
        assert_eq!(number(&attrs(&doc.data[1]).amount), Some(48250.5));
    }),
    ("opportunities_amount_integer_string", |n| {
        let doc: types::OpportunityListDocument = load(n);
        all_decoded(&doc.data, 2);
        let amount = attrs(&doc.data[0]).amount.as_ref().unwrap();
        assert_eq!(
            (amount.as_i64(), amount.as_f64()),
            (Some(1200), Some(1200.0))
        );
        assert_eq!(number(&attrs(&doc.data[1]).amount), Some(-35.75));
    }),
    ("opportunity_amount_string_single", |n| {
        let doc: types::OpportunityDocument = load(n);
        let a = attrs(&doc.data);
        assert_eq!(number(&a.amount), Some(48250.0));
        assert_eq!(
            a.close_at.as_ref().and_then(|c| c.as_date()),
            date(2026, 9, 30)
        );
        // Sent back as it arrived: a string.
        assert_eq!(serde_json::to_value(&a.amount).unwrap(), "48250.0");
    }),
    ("opportunities_close_at_date_or_datetime", |n| {
        let doc: types::OpportunityListDocument = load(n);
        all_decoded(&doc.data, 3);
        let dates: Vec<_> = doc
            .data
            .iter()
            .map(|o| attrs(o).close_at.clone().unwrap().as_str().to_owned())
            .collect();
        assert_eq!(
            dates,
            [
                "2026-09-30",
                "2026-09-30T17:00:00Z",
                "2026-09-30T17:00:00.123+02:00"
            ]
        );
    }),
    // Issue 17: `close_at` is lenient until captures show its format. A date object and a Unix
    // time decode; an object without a date costs its record only, kept raw; text that is no
    // date decodes and reads as no date.
    ("opportunities_close_at_object_unix_time_or_bad", |n| {
        let doc: types::OpportunityListDocument = load(n);
        assert_eq!(doc.data.len(), 3);
        let failure = &doc.data.failures()[0];
        assert_eq!(doc.data.failures().len(), 1);
        assert_eq!(failure.id().map(|id| id.to_string()).as_deref(), Some("3"));
        assert_eq!(
            failure.value().unwrap()["attributes"]["close_at"]["label"],
            "next quarter"
        );
        let close: Vec<_> = doc
            .data
            .iter()
            .map(|o| attrs(o).close_at.as_ref().unwrap())
            .collect();
        assert_eq!(close[0].as_date(), date(2026, 9, 30));
        assert_eq!(
            serde_json::to_value(close[0]).unwrap(),
            serde_json::json!({ "date": "2026-09-30", "label": "Sep 30" })
        );
        assert_eq!(close[1].as_date(), date(2026, 9, 30));
        assert_eq!(
            (close[2].as_str(), close[2].as_date()),
            ("next Tuesday", None)
        );
    }),
    ("opportunities_priority_number", |n| {
        let doc: types::OpportunityListDocument = load(n);
        all_decoded(&doc.data, 2);
        let priority = attrs(&doc.data[0]).priority.as_ref().unwrap();
        assert_eq!(
            (priority.as_str(), priority.arrived_as_string()),
            ("2", false)
        );
        assert_eq!(serde_json::to_value(priority).unwrap(), 2);
        assert_eq!(text(&attrs(&doc.data[1]).priority), Some("high"));
    }),
    ("opportunities_nulls_everywhere", |n| {
        let doc: types::OpportunityListDocument = load(n);
        all_decoded(&doc.data, 1);
        let a = attrs(&doc.data[0]);
        assert_eq!(a.name, None);
        assert_eq!(a.amount, None);
        assert_eq!(a.close_at, None);
        assert_eq!((a.currency.clone(), a.priority.clone()), (None, None));
        assert_eq!(a.description, None);
        assert_eq!(
            doc.data[0].custom_fields().unwrap().get("rating"),
            Some(&serde_json::Value::Null)
        );
    }),
    ("opportunities_picklist_with_and_without_label", |n| {
        let doc: types::OpportunityListDocument = load(n);
        all_decoded(&doc.data, 2);
        let with = doc.data[0].custom_fields().unwrap();
        assert_eq!(with.label("rating"), Some("Warm"));
        assert_eq!(with.get("rating").unwrap()["value"], 3);
        let without = doc.data[1].custom_fields().unwrap();
        assert_eq!(without.get("rating").unwrap()["name"], "Warm");
        assert_eq!(without.get("rating").unwrap().get("label"), None);
    }),
    ("opportunity_custom_date_object", |n| {
        let doc: types::OpportunityDocument = load(n);
        let custom = doc.data.custom_fields().unwrap();
        assert_eq!(custom.get("go_live").unwrap()["date"], "2026-10-01");
        assert_eq!(doc.data.custom::<String>("probability").unwrap(), "60");
    }),
    ("opportunities_one_record_live_name_number", |n| {
        // `name` is live, so strict: the record with `"name": 7` is set aside, its
        // neighbours decode.
        let doc: types::OpportunityListDocument = load(n);
        assert_eq!(ids(&doc.data), ["1", "3"]);
        let failure = &doc.data.failures()[0];
        assert_eq!(doc.data.failures().len(), 1);
        assert_eq!(failure.id().map(|i| i.to_string()).as_deref(), Some("2"));
        assert_eq!(
            (failure.index(), failure.resource_type()),
            (1, Some("opportunity"))
        );
        assert_eq!(failure.value().unwrap()["attributes"]["name"], 7);
        assert!(failure.decode_error().to_string().contains("invalid type"));
        assert_eq!(
            (failure.path(), failure.expected()),
            ("attributes.name", Some("a string"))
        );
    }),
    ("opportunities_record_without_id", |n| {
        let doc: types::OpportunityListDocument = load(n);
        assert_eq!(ids(&doc.data), ["1"]);
        let failure = &doc.data.failures()[0];
        assert_eq!((failure.id(), failure.index()), (None, 1));
        assert_eq!(failure.value().unwrap()["attributes"]["name"], "ghost");
        assert!(
            failure.to_string().contains("without a readable id"),
            "{failure}"
        );
    }),
    ("opportunities_record_not_an_object", |n| {
        let doc: types::OpportunityListDocument = load(n);
        assert_eq!(ids(&doc.data), ["1"]);
        let raws: Vec<_> = doc
            .data
            .failures()
            .iter()
            .map(|f| (f.index(), f.raw().get()))
            .collect();
        assert_eq!(raws, [(1, "\"3609462\""), (2, "null")]);
    }),
    ("opportunities_currency_number_external_id_number", |n| {
        let doc: types::OpportunityListDocument = load(n);
        all_decoded(&doc.data, 1);
        let a = attrs(&doc.data[0]);
        assert_eq!(text(&a.currency), Some("978"));
        assert_eq!(a.external_id.as_deref(), Some("ERP-1"));
    }),
    ("opportunities_updated_at_epoch_seconds", |n| {
        let doc: types::OpportunityListDocument = load(n);
        all_decoded(&doc.data, 1);
        let a = attrs(&doc.data[0]);
        let updated = a.updated_at.as_ref().unwrap();
        assert_eq!(updated.as_str(), "1767225600");
        assert_eq!(
            updated.as_datetime().unwrap().to_rfc3339(),
            "2026-01-01T00:00:00+00:00"
        );
        let created = a.created_at.as_ref().unwrap();
        assert_eq!(
            (created.as_date(), created.as_datetime()),
            (date(2026, 1, 1), None)
        );
    }),
    ("opportunities_null_relationship_and_include", |n| {
        let doc: types::OpportunityListDocument = load(n);
        all_decoded(&doc.data, 1);
        let relationships = doc.data[0].relationships().unwrap();
        assert_eq!(relationships.one("company"), None);
        assert_eq!(relationships.one("user").unwrap().id.to_string(), "40213");
        assert_eq!(doc.included[0].attributes().unwrap()["nickname"], "D");
    }),
    ("companies_phone_and_zipcode_numbers", |n| {
        let doc: types::CompanyListDocument = load(n);
        all_decoded(&doc.data, 1);
        let a = attrs(&doc.data[0]);
        assert_eq!(
            (text(&a.phone), text(&a.zipcode)),
            (Some("4155550100"), Some("55987"))
        );
        assert_eq!(a.name.as_deref(), Some("Watkins"));
    }),
    ("companies_external_id_and_city_numbers", |n| {
        let doc: types::CompanyListDocument = load(n);
        all_decoded(&doc.data, 1);
        let a = attrs(&doc.data[0]);
        assert_eq!(text(&a.external_id), Some("100234"));
        assert_eq!(text(&a.city), Some("Winona"));
        assert_eq!(text(&a.state), Some("true"));
        assert_eq!(serde_json::to_value(&a.state).unwrap(), true);
    }),
    ("companies_created_at_date_only", |n| {
        let doc: types::CompanyListDocument = load(n);
        all_decoded(&doc.data, 1);
        let a = attrs(&doc.data[0]);
        let (created, updated) = (
            a.created_at.as_ref().unwrap(),
            a.updated_at.as_ref().unwrap(),
        );
        assert_eq!(
            (created.as_str(), created.as_date()),
            ("2026-01-05", date(2026, 1, 5))
        );
        assert_eq!(created.as_datetime(), None, "a date has no time");
        assert_eq!(
            updated.as_datetime().unwrap().to_rfc3339(),
            "2026-01-05T08:30:00+00:00"
        );
    }),
    ("companies_integer_ids", |n| {
        let doc: types::CompanyListDocument = load(n);
        all_decoded(&doc.data, 2);
        assert_eq!(ids(&doc.data), ["884211", "884212"]);
    }),
    ("companies_unknown_attributes", |n| {
        let doc: types::CompanyListDocument = load(n);
        all_decoded(&doc.data, 1);
        assert_eq!(attrs(&doc.data[0]).name.as_deref(), Some("A"));
    }),
    ("company_single_description_number", |n| {
        let doc: types::CompanyDocument = load(n);
        assert_eq!(text(&attrs(&doc.data).description), Some("12"));
    }),
    ("contacts_mobile_number_title_null", |n| {
        let doc: types::ContactListDocument = load(n);
        all_decoded(&doc.data, 1);
        let a = attrs(&doc.data[0]);
        assert_eq!(text(&a.mobile), Some("5551234567"));
        assert_eq!(a.title, None);
        assert_eq!(text(&a.email), Some("ann@example.com"));
        assert_eq!(
            doc.data[0].type_, "contacts",
            "an unknown type string is kept"
        );
    }),
    ("contacts_home_phone_and_description", |n| {
        let doc: types::ContactListDocument = load(n);
        all_decoded(&doc.data, 1);
        let a = attrs(&doc.data[0]);
        assert_eq!(
            (text(&a.home_phone), text(&a.description)),
            (Some("+1 555"), Some("false"))
        );
    }),
    ("contact_single_names_numbers", |n| {
        let doc: types::ContactDocument = load(n);
        let a = attrs(&doc.data);
        assert_eq!(
            (text(&a.first_name), text(&a.last_name)),
            (Some("1"), Some("2"))
        );
    }),
    ("quotes_total_numeric_string", |n| {
        let doc: types::QuoteListDocument = load(n);
        all_decoded(&doc.data, 1);
        let a = attrs(&doc.data[0]);
        assert_eq!(number(&a.total), Some(1999.99));
        assert_eq!(text(&a.status), Some("pending_review"));
    }),
    ("quotes_status_unknown_enum_numbers", |n| {
        let doc: types::QuoteListDocument = load(n);
        all_decoded(&doc.data, 2);
        assert_eq!(text(&attrs(&doc.data[0]).status), Some("3"));
        assert_eq!(number(&attrs(&doc.data[0]).total), Some(10.0));
        let second = attrs(&doc.data[1]);
        assert_eq!(
            (text(&second.status), text(&second.name)),
            (Some("archived_v2"), None)
        );
        assert_eq!(second.total, None);
    }),
    ("quote_products_quantity_price_strings", |n| {
        let doc: types::QuoteProductListDocument = load(n);
        all_decoded(&doc.data, 1);
        let a = attrs(&doc.data[0]);
        assert_eq!(
            (number(&a.quantity), number(&a.price), number(&a.total)),
            (Some(250.0), Some(12.5), Some(3125.0))
        );
        assert_eq!(a.price.as_ref().unwrap().as_str(), "12.50");
    }),
    ("opportunity_stages_position_probability_strings", |n| {
        let doc: types::OpportunityStageListDocument = load(n);
        all_decoded(&doc.data, 2);
        let (first, second) = (attrs(&doc.data[0]), attrs(&doc.data[1]));
        assert_eq!(first.position.as_ref().unwrap().as_i64(), Some(3));
        assert_eq!(number(&first.probability), Some(60.0));
        assert_eq!(second.position.as_ref().unwrap().as_i64(), Some(4));
        assert_eq!(number(&second.probability), Some(0.6));
        assert_eq!(text(&first.name), Some("Proposing"));
    }),
    ("pipelines_name_number", |n| {
        let doc: types::PipelineListDocument = load(n);
        all_decoded(&doc.data, 1);
        assert_eq!(text(&attrs(&doc.data[0]).name), Some("2026"));
    }),
    ("users_email_null_live_names", |n| {
        let doc: types::UserListDocument = load(n);
        all_decoded(&doc.data, 1);
        let a = attrs(&doc.data[0]);
        assert_eq!(
            (a.first_name.as_deref(), a.last_name.as_deref()),
            (Some("Dana"), Some("Ruiz"))
        );
        assert_eq!(a.email, None);
    }),
    ("users_one_live_name_number", |n| {
        let doc: types::UserListDocument = load(n);
        assert_eq!(ids(&doc.data), ["1"]);
        let failure = &doc.data.failures()[0];
        assert_eq!(failure.id().map(|i| i.to_string()).as_deref(), Some("2"));
        assert_eq!(failure.value().unwrap()["attributes"]["first_name"], 404);
    }),
    ("reminders_status_unknown_due_at_offset", |n| {
        let doc: types::ReminderListDocument = load(n);
        all_decoded(&doc.data, 1);
        let a = attrs(&doc.data[0]);
        assert_eq!(text(&a.status), Some("snoozed"));
        let due = a.due_at.as_ref().unwrap().as_datetime().unwrap();
        assert_eq!(due.to_rfc3339(), "2026-12-01T09:00:00-05:00");
        assert_eq!(due.naive_utc().to_string(), "2026-12-01 14:00:00");
    }),
    ("activities_kind_unknown_occurred_at_date", |n| {
        let doc: types::ActivityListDocument = load(n);
        all_decoded(&doc.data, 1);
        let a = attrs(&doc.data[0]);
        assert_eq!((text(&a.kind), text(&a.body)), (Some("sms"), Some("42")));
        assert_eq!(a.occurred_at.as_ref().unwrap().as_date(), date(2026, 11, 2));
    }),
    ("campaigns_description_number", |n| {
        let doc: types::CampaignListDocument = load(n);
        all_decoded(&doc.data, 1);
        assert_eq!(text(&attrs(&doc.data[0]).description), Some("2026"));
    }),
    ("custom_objects_name_number", |n| {
        let doc: types::CustomObjectListDocument = load(n);
        all_decoded(&doc.data, 1);
        assert_eq!(text(&attrs(&doc.data[0]).name), Some("90210"));
        assert_eq!(
            doc.data[0].custom_fields().unwrap().label("quote_ref"),
            Some("Q-9")
        );
        assert_eq!(doc.data[0].custom::<String>("quote_ref").unwrap(), "Q-9");
    }),
    ("companies_pagination_inferred_fields_as_strings", |n| {
        let doc: types::CompanyListDocument = load(n);
        all_decoded(&doc.data, 1);
        let pagination = doc.meta.unwrap().pagination.unwrap();
        assert_eq!(
            (pagination.current_page, pagination.total_pages),
            (Some(1), Some(3))
        );
        assert_eq!(pagination.per_page, Some(25));
        assert_eq!(pagination.total_entries, Some(61));
    }),
    ("contacts_pagination_inferred_fields_null", |n| {
        let doc: types::ContactListDocument = load(n);
        all_decoded(&doc.data, 1);
        let pagination = doc.meta.unwrap().pagination.unwrap();
        assert_eq!(
            (pagination.per_page, pagination.total_entries),
            (None, None)
        );
    }),
];

#[test]
fn every_corpus_document_decodes_with_its_values_coerced() {
    for (name, check) in CASES {
        check(name);
    }
}

#[test]
fn the_corpus_has_at_least_30_documents_and_each_is_asserted() {
    let mut files: Vec<String> = std::fs::read_dir(corpus_dir())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    files.sort();
    let mut cases: Vec<String> = CASES.iter().map(|(n, _)| format!("{n}.json")).collect();
    cases.sort();
    assert_eq!(files, cases, "every corpus file has exactly one case");
    assert!(files.len() >= 30, "{} documents", files.len());
}

#[test]
fn a_live_field_of_the_wrong_type_stays_strict() {
    // Strict means: the field has the spec's exact JSON type; the record fails alone.
    let single =
        std::fs::read_to_string(corpus_dir().join("users_one_live_name_number.json")).unwrap();
    let mut page: serde_json::Value = serde_json::from_str(&single).unwrap();
    let record = page["data"][1].take();
    let err = serde_json::from_value::<types::User>(record).unwrap_err();
    assert!(err.to_string().contains("expected a string"), "{err}");
}
