//! Response bodies shaped like the evidence (string and integer ids, custom fields with
//! pick-list objects, `included` users, unknown extra fields) decode, and types that are
//! also request bodies survive a round trip.

use serde::Serialize;
use serde::de::DeserializeOwned;
use spiro_api::types;

fn fixture<T: DeserializeOwned>(name: &str) -> T {
    let path = format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap();
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{name} does not decode: {e}"))
}

/// Serialize, decode again, and compare.
fn round_trip<T: Serialize + DeserializeOwned + PartialEq + std::fmt::Debug>(value: &T) {
    let json = serde_json::to_string(value).unwrap();
    let back: T = serde_json::from_str(&json).unwrap();
    assert_eq!(&back, value, "round trip changed the value: {json}");
}

#[test]
fn opportunity_with_includes_and_unknown_fields() {
    let doc: types::OpportunityDocument = fixture("opportunity_with_includes.json");
    let opp = &doc.data;
    assert_eq!(opp.id.as_str(), "3609460");
    assert_eq!(opp.type_, "opportunity");
    let attributes = opp.attributes.as_ref().unwrap();
    assert_eq!(
        attributes.name.as_deref(),
        Some("Watkins – 2026 corrugated program")
    );
    assert_eq!(
        attributes.amount.as_ref().and_then(|a| a.as_f64()),
        Some(48250.0)
    );
    assert_eq!(
        attributes.close_at.as_ref().map(|c| c.as_str()),
        Some("2026-09-30")
    );
    let custom = attributes.custom.as_ref().unwrap();
    assert_eq!(custom.label("rating"), Some("Warm"));
    assert_eq!(custom.label("assigned_isr"), Some("Dana Ortiz"));
    assert_eq!(custom.labels("multi_region"), ["Midwest", "Plains"]);
    assert_eq!(custom.get_as::<u32>("probability").unwrap(), 60);
    assert!(custom.get_as::<bool>("is_strategic").unwrap());
    assert_eq!(
        custom.get_as::<Option<String>>("next_review").unwrap(),
        None
    );

    let relationships = &opp.relationships.as_ref().unwrap().0;
    let Some(types::RelationshipData::ResourceIdentifier(user)) = &relationships["user"].data
    else {
        panic!("user relationship is to-one")
    };
    assert_eq!((user.id.as_str(), user.type_.as_str()), ("40213", "user"));
    let Some(types::RelationshipData::Array(contacts)) = &relationships["contacts"].data else {
        panic!("contacts relationship is to-many")
    };
    assert_eq!(
        contacts[0].id.as_str(),
        "5512093",
        "integer ids become strings"
    );
    assert_eq!(
        relationships["lost_reason"].data, None,
        "null to-one relationship"
    );

    assert_eq!(doc.included.len(), 2);
    assert_eq!(doc.included[0].type_, "user");
    assert_eq!(doc.included[0].attributes().unwrap()["first_name"], "Dana");
    assert_eq!(doc.included[1].id.as_str(), "884211");
}

#[test]
fn company_with_an_integer_id() {
    let doc: types::CompanyDocument = fixture("company_integer_id.json");
    assert_eq!(doc.data.id.as_str(), "884211");
    assert_eq!(doc.data.id.to_string(), "884211");
    let attributes = doc.data.attributes.as_ref().unwrap();
    assert_eq!(
        attributes.city.as_ref().map(spiro_api::Text::as_str),
        Some("Winona")
    );
    assert_eq!(
        attributes
            .custom
            .as_ref()
            .unwrap()
            .labels("industries_served"),
        ["Food & Beverage"]
    );
    // Ids are sent back as strings whatever Spiro sent.
    assert_eq!(serde_json::to_value(&doc.data.id).unwrap(), "884211");
}

#[test]
fn contacts_page_with_extra_pagination_fields_and_unknown_type() {
    let doc: types::ContactListDocument = fixture("contacts_page.json");
    assert_eq!(doc.data.len(), 2);
    assert_eq!(doc.data[1].id.as_str(), "5512094");
    assert_eq!(
        doc.data[1].type_, "contacts",
        "unknown type strings are kept as they are"
    );
    let pagination = doc.meta.unwrap().pagination.unwrap();
    assert_eq!(
        (pagination.current_page, pagination.total_pages),
        (Some(1), Some(12))
    );
    assert_eq!(pagination.per_page, Some(2));
    assert_eq!(pagination.total_entries, Some(23));
}

#[test]
fn quotes_and_stages() {
    let quotes: types::QuoteListDocument = fixture("quotes_page.json");
    assert_eq!(
        quotes.data[0]
            .attributes
            .as_ref()
            .and_then(|a| a.total.as_ref())
            .and_then(|t| t.as_f64()),
        Some(48250.0)
    );
    let stages: types::OpportunityStageListDocument = fixture("opportunity_stages.json");
    let names: Vec<_> = stages
        .data
        .iter()
        .map(|s| s.attributes.as_ref().unwrap().name.clone().unwrap())
        .collect();
    assert_eq!(names, ["Prospecting", "Qualifying", "Proposing"]);
    assert!(stages.meta.is_none(), "meta may be missing");
}

#[test]
fn request_body_types_round_trip() {
    let opp: types::OpportunityDocument = fixture("opportunity_with_includes.json");
    let write = types::OpportunityWriteDocument {
        data: types::OpportunityWrite {
            id: Some(opp.data.id.clone()),
            type_: opp.data.type_.clone(),
            attributes: opp.data.attributes.clone().map(Into::into),
            relationships: opp.data.relationships.clone(),
        },
    };
    round_trip(&write);
    round_trip(&opp.data.attributes.unwrap());
    let company: types::CompanyDocument = fixture("company_integer_id.json");
    round_trip(&company.data.attributes.unwrap());
}

#[test]
fn error_documents_decode() {
    let doc: types::ErrorDocument = serde_json::from_str(
        r#"{"errors":[{"status":"422","title":"Invalid","detail":"name can't be blank",
            "source":{"pointer":"/data/attributes/name"},"meta":{"x":1}}]}"#,
    )
    .unwrap();
    let source = doc.errors[0].source.as_ref().unwrap();
    assert_eq!(source.pointer.as_deref(), Some("/data/attributes/name"));
}

/// Whether Spiro sends amounts as numbers or numeric strings is not evidenced: both decode,
/// and a whole page does not fail on the string form (issue 10).
#[test]
fn amounts_decode_from_numbers_and_numeric_strings() {
    let page = serde_json::json!({
        "data": [
            {"id": "1", "type": "opportunity", "attributes": {"amount": 48250.0}},
            {"id": "2", "type": "opportunity", "attributes": {"amount": "48250.0"}},
            {"id": "3", "type": "opportunity", "attributes": {"amount": null}},
        ],
        "meta": {"pagination": {"current_page": 1, "total_pages": 1}}
    });
    let doc: types::OpportunityListDocument = serde_json::from_value(page).unwrap();
    let amounts: Vec<Option<f64>> = doc
        .data
        .iter()
        .map(|o| {
            o.attributes
                .as_ref()
                .and_then(|a| a.amount.as_ref())
                .and_then(|a| a.as_f64())
        })
        .collect();
    assert_eq!(amounts, [Some(48250.0), Some(48250.0), None]);
    let quote: types::QuoteDocument = serde_json::from_value(serde_json::json!({
        "data": {"id": 9, "type": "quote", "attributes": {"total": "120.50"}}
    }))
    .unwrap();
    let total = quote.data.attributes.unwrap().total.unwrap();
    assert_eq!((total.as_f64(), total.as_str()), (Some(120.5), "120.50"));
}
