//! The whole loop of issue 10 item 3, end to end: spiro-mock answers with a deviation from the
//! spec → spiro-api captures the shapes → `learn` merges them into a copy of the spec →
//! progenitor generates a client in which the deviation is typed.

use serde_json::json;
use spiro_mock::{Dataset, Server};

use crate::{generate, learn, spec};

/// The type of field `field` of struct `name` in generated code, without spaces.
fn field_type(code: &syn::File, name: &str, field: &str) -> Option<String> {
    fn find<'a>(items: &'a [syn::Item], name: &str) -> Option<&'a syn::ItemStruct> {
        items.iter().find_map(|item| match item {
            syn::Item::Struct(s) if s.ident == name => Some(s),
            syn::Item::Mod(m) => m.content.as_ref().and_then(|(_, items)| find(items, name)),
            _ => None,
        })
    }
    let item = find(&code.items, name)?;
    item.fields
        .iter()
        .find(|f| f.ident.as_ref().is_some_and(|i| i == field))
        .map(|f| {
            let ty = &f.ty;
            quote::quote!(#ty).to_string().replace(' ', "")
        })
}

fn enum_variants(code: &syn::File, name: &str) -> Vec<String> {
    fn find<'a>(items: &'a [syn::Item], name: &str) -> Option<&'a syn::ItemEnum> {
        items.iter().find_map(|item| match item {
            syn::Item::Enum(e) if e.ident == name => Some(e),
            syn::Item::Mod(m) => m.content.as_ref().and_then(|(_, items)| find(items, name)),
            _ => None,
        })
    }
    find(&code.items, name)
        .map(|e| {
            e.variants
                .iter()
                .map(|v| quote::quote!(#v).to_string().replace(' ', ""))
                .collect()
        })
        .unwrap_or_default()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn capture_learn_generate_types_a_new_attribute() {
    let server = Server::builder()
        .dataset(
            Dataset::empty()
                .companies(4)
                .opportunities(6)
                .users(2)
                .pipelines(1)
                .stages_per_pipeline(3),
        )
        .start()
        .await
        .expect("mock");
    let id = server.ids("opportunities")[0].clone();
    assert!(server.set_attribute("opportunities", &id, "amount", json!("48250.0")));
    assert!(server.set_attribute("opportunities", &id, "priority", json!(3)));
    assert!(server.set_attribute("opportunities", &id, "win_reason", json!("Price")));

    // 1. Capture, with the real client.
    let dir = tempfile::tempdir().expect("tempdir");
    let capture = dir.path().join("shapes.jsonl");
    let client = spiro_api::Client::builder()
        .base_url(server.api_url())
        .access_token(server.issue_tokens().access_token.as_str())
        .capture_shapes(&capture)
        .build()
        .expect("client");
    // Whether today's client decodes the deviation or not, exec saw Spiro's answer.
    let _ = client.get_opportunity().id(&id).send().await;
    client.list_companies().send().await.expect("companies");
    drop(client);

    // 2. Learn, on a copy of the spec.
    let mut observed = learn::Observed::default();
    let captured = std::fs::read_to_string(&capture).expect("capture written");
    learn::read_capture(&mut observed, "shapes.jsonl", &captured).expect("valid capture");
    let original =
        std::fs::read_to_string(crate::root().join(spec::PATH)).expect("spec/spiro.yaml");
    let learned = learn::learn(&original, &observed).expect("learns");
    let copy = dir.path().join("spiro.yaml");
    std::fs::write(&copy, &learned.text).expect("write copy");

    let model: serde_yaml::Value = serde_yaml::from_str(&learned.text).expect("yaml");
    let attributes = &model["components"]["schemas"]["OpportunityAttributes"]["properties"];
    assert_eq!(attributes["win_reason"]["type"], "string");
    assert_eq!(
        attributes["win_reason"]["x-spiro-evidence"]["level"],
        "observed"
    );
    // `amount` as a string is what the shared Amount already allows: not widened.
    let before: serde_yaml::Value = serde_yaml::from_str(&original).expect("yaml");
    assert_eq!(
        attributes["amount"]["allOf"],
        before["components"]["schemas"]["OpportunityAttributes"]["properties"]["amount"]["allOf"]
    );
    assert_eq!(
        attributes["amount"]["x-spiro-evidence"]["level"],
        "observed"
    );
    let priority_types: Vec<&str> = attributes["priority"]["oneOf"]
        .as_sequence()
        .expect("priority widened to a oneOf")
        .iter()
        .filter_map(|v| v["type"].as_str())
        .collect();
    assert_eq!(priority_types, ["string", "integer"]);
    let get = &model["paths"]["/opportunities/{id}"]["get"]["x-spiro-evidence"];
    assert_eq!(get["level"], "live");
    let date = observed
        .groups
        .values()
        .next()
        .expect("a group")
        .date
        .clone();
    assert_eq!(
        get["sources"][0].as_str(),
        Some(format!("capture-{date}").as_str())
    );

    // 3. Generate from the learned copy: the new attribute is a typed field of the client.
    let parsed = spec::parse(&std::fs::read_to_string(&copy).expect("copy")).expect("valid spec");
    let code = generate::render(&parsed).expect("progenitor accepts the learned spec");
    let code: syn::File = syn::parse_str(&code).expect("valid Rust");
    // `observed` is not `live`: the new string field is read leniently, like every
    // attribute the spec does not have from a live source (see `lenient.rs`).
    assert_eq!(
        field_type(&code, "OpportunityAttributes", "win_reason").as_deref(),
        Some("::std::option::Option<crate::Text>")
    );
    let priority = field_type(&code, "OpportunityAttributes", "priority").expect("priority");
    assert!(
        priority.ends_with("Option<OpportunityAttributesPriority>"),
        "{priority}"
    );
    // `priority` was nullable: its first variant is (typify names them by position then).
    assert_eq!(
        enum_variants(&code, "OpportunityAttributesPriority"),
        [
            "Variant0(::std::option::Option<::std::string::String>)",
            "Variant1(i64)"
        ]
    );
    // The learned copy passes the project lint once its EVIDENCE.md lists the capture.
    let md = std::fs::read_to_string(crate::root().join(spec::EVIDENCE_PATH)).expect("md");
    let md = learn::list_sources(&md, &learned.sources);
    assert_eq!(crate::lint::problems(&parsed, &md), Vec::<String>::new());
    // The copy learned; the spec of the repository did not change.
    assert_eq!(
        std::fs::read_to_string(crate::root().join(spec::PATH)).expect("spec"),
        original
    );
}
