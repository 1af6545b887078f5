//! The README's programs, kept from drifting: "Run on several hosts" is
//! `examples/hosts.rs`, which CI compiles and runs (`.ci/hosts`); "Test your integration
//! offline" is the test between the markers below, run here for real (and bounded), which the
//! README shows with `#[tokio::test]` on the function.

use spiro_mock::limit::bounded;

// README: begin
use serde_json::json;
use spiro_api::spiro_mock::{Dataset, Server};

async fn a_contact_comes_with_its_company() -> Result<(), Box<dyn std::error::Error>> {
    // A sandbox holding only what the test describes, and a client logged in through its
    // OAuth flow.
    let (server, client) =
        spiro_api::testing::start_with(Server::builder().dataset(Dataset::empty())).await?;
    let acme = server.insert("companies", json!({ "attributes": { "name": "Acme" } }))?;
    server.insert(
        "contacts",
        json!({
            "attributes": { "first_name": "Pat", "email": "pat@acme.example" },
            "relationships": { "company": acme },
        }),
    )?;

    // The code under test.
    let page = client.list_contacts().include("company").send().await?;

    assert_eq!(page.data.len(), 1);
    let contact = &page.data[0];
    assert_eq!(contact.email(), Some("pat@acme.example"));
    let company = contact.company(&page.included)?.expect("related");
    assert_eq!(company.name(), Some("Acme"));
    Ok(())
}
// README: end

#[tokio::test]
async fn the_readme_test_passes() {
    bounded(a_contact_comes_with_its_company())
        .await
        .expect("the README's test passes");
}

#[test]
fn the_readme_shows_this_test() {
    let source = include_str!("readme.rs");
    let shown = source
        .split("// README: begin\n")
        .nth(1)
        .and_then(|rest| rest.split("// README: end").next())
        .expect("markers");
    let shown = shown.replacen("async fn", "#[tokio::test]\nasync fn", 1);
    let readme = include_str!("../../README.md");
    assert!(
        readme.contains(&format!("```rust\n{shown}```")),
        "README.md's \"Test your integration offline\" must show spiro-api/tests/readme.rs \
         between its markers, as it is"
    );
}

#[test]
fn the_readme_shows_the_hosts_example_as_it_is() {
    let readme = include_str!("../../README.md");
    let example = include_str!("../examples/hosts.rs");
    let program = &example[example
        .find("use std::io::BufRead;")
        .expect("the example's code starts with its imports")..];
    let fenced = format!("```rust,ignore\n{program}```\n");
    assert!(
        readme.contains(&fenced),
        "README.md's \"Run on several hosts\" program differs from spiro-api/examples/hosts.rs: copy the example's code (from its `use` lines on) into the README"
    );
}
