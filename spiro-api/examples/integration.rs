//! A small integration as a new user writes it: opportunities with their owner and company
//! exported as CSV (one of them malformed, skipped and reported), one custom field updated by id, a missing record and a revoked grant
//! handled. Runs offline against spiro-mock:
//!
//! ```text
//! cargo run -p spiro-api --example integration
//! ```

use std::io::Write;

use futures::TryStreamExt;
use spiro_api::{BadRecords, Client, CustomFields, ListOperation, types};

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    // The mock, and a client logged in through its OAuth flow (the `testing` feature).
    let (server, client) = spiro_api::testing::start().await?;

    // One opportunity as Spiro might send it one day: a number where the spec says text.
    let odd = server.ids("opportunities")[1].clone();
    server.set_attribute("opportunities", &odd, "name", serde_json::json!(42));
    export_csv(&client, &mut std::io::stdout().lock()).await?;
    let id = server.ids("opportunities")[0].clone();
    set_quote_link(&client, &id, "https://erp.example.com/quotes/Q-10055").await?;
    describe(&client, &id).await?;
    describe(&client, "999999999").await?;

    server.revoke_all_tokens();
    if let Err(error) = describe(&client, &id).await {
        match error.downcast_ref::<spiro_api::Error>() {
            Some(e) if e.is_reauthorization_required() => eprintln!("log in again: {error:#}"),
            _ => return Err(error),
        }
    }
    Ok(())
}

/// Opportunities with their owner's email and their company's name, as CSV; a record that
/// does not match the spec is skipped and reported, and the export goes on.
async fn export_csv(client: &Client, out: &mut impl Write) -> anyhow::Result<()> {
    writeln!(out, "id,name,amount,owner,company")?;
    let bad = BadRecords::new();
    let mut rows = client
        .list_opportunities()
        .include("user,company")
        .pages()
        .page_size(100)
        .set_aside(&bad)
        .items_with_included();
    while let Some((opportunity, included)) = rows.try_next().await? {
        let owner = opportunity.user(&included)?;
        let company = opportunity.company(&included)?;
        writeln!(
            out,
            "{},{},{},{},{}",
            opportunity.id,
            csv(opportunity.name()),
            opportunity
                .amount()
                .map(|a| a.to_string())
                .unwrap_or_default(),
            csv(owner.as_ref().and_then(|u| u.email())),
            csv(company.as_ref().and_then(|c| c.name())),
        )?;
    }
    for record in bad.kept() {
        eprintln!("skipped {record}");
    }
    Ok(())
}

/// Sets one custom field; Spiro keeps the others.
async fn set_quote_link(client: &Client, id: &str, url: &str) -> anyhow::Result<()> {
    let mut custom = CustomFields::new();
    custom.insert("bc_packaging_quote", url);
    let attributes = types::OpportunityWriteAttributes {
        custom: Some(custom),
        ..Default::default()
    };
    client
        .update_opportunity()
        .id(id)
        .attributes(attributes)
        .send()
        .await?;
    Ok(())
}

/// Prints one opportunity, or says that there is none.
async fn describe(client: &Client, id: &str) -> anyhow::Result<()> {
    match client.get_opportunity().id(id).send().await {
        Ok(document) => println!("{id}: {}", document.data.name().unwrap_or("(no name)")),
        Err(e) if e.is_not_found() => println!("{id}: no such opportunity"),
        Err(e) => return Err(e.into()),
    }
    Ok(())
}

/// A CSV field: quoted, with inner quotes doubled.
fn csv(field: Option<&str>) -> String {
    format!("\"{}\"", field.unwrap_or_default().replace('"', "\"\""))
}
