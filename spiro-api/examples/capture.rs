//! Capture the *shapes* of Spiro's answers for `cargo xtask learn` (README, "Help us map
//! Spiro's API"): a read-only tour of the API (the first page of every collection, one record
//! of the main ones, the stages of a pipeline) with `capture_shapes` on. Nothing is written to
//! Spiro, and the capture file holds no value: JSON paths, types and counts only.
//!
//! ```text
//! cargo run -p spiro-auth --example login -- --store tokens.json
//! cargo run -p spiro-api --example capture -- --store tokens.json --out spiro-shapes.jsonl
//! cargo xtask learn spiro-shapes.jsonl
//! ```
//!
//! Reads `SPIRO_CLIENT_ID`, `SPIRO_CLIENT_SECRET`, `SPIRO_REDIRECT_URI` and optionally
//! `SPIRO_OAUTH_URL` and `SPIRO_API_URL`, like the `companies` example. Prints one line per
//! call: the operation and Spiro's status (an error status is an answer too: its shape is
//! captured, and a 404 on a path the spec only infers is worth knowing).

use std::future::Future;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::Parser;
use spiro_api::{Client, ClientBuilder, Error, Response};

#[path = "../../spiro-auth/examples/support/store_arg.rs"]
mod store_arg;

/// Capture the shapes of Spiro's answers to a read-only tour of the API.
#[derive(Parser)]
struct Args {
    /// The token file written by the `login` example, or a `postgres://…?grant=NAME` URL
    /// (cargo feature `postgres`).
    #[arg(long)]
    store: String,
    /// The capture file (merged into when it holds a capture of the same origin).
    #[arg(long, default_value = "spiro-shapes.jsonl")]
    out: PathBuf,
    /// Records per page.
    #[arg(long, default_value_t = 25, value_parser = clap::value_parser!(i64).range(1..=100))]
    page_size: i64,
}

#[tokio::main]
async fn main() -> ExitCode {
    let args = Args::parse();
    match run(&args).await {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("capture: {message}");
            ExitCode::FAILURE
        }
    }
}

async fn run(args: &Args) -> Result<(), String> {
    let (store, _) = store_arg::open(&args.store, false)
        .await
        .map_err(|e| e.to_string())?;
    let client = ClientBuilder::from_env()
        .token_store(store)
        .capture_shapes(&args.out)
        .build()
        .map_err(|e| e.to_string())?;
    tour(&client, args.page_size).await?;
    // The last counts are written when the last clone of the client is dropped.
    drop(client);
    println!(
        "shapes written to {}: read it, then `cargo xtask learn {}`",
        args.out.display(),
        args.out.display()
    );
    Ok(())
}

/// Prints what Spiro answered; an error that is not an answer of Spiro's (no token, the
/// network) stops the tour.
fn report<T>(
    operation: &str,
    outcome: spiro_api::Result<Response<T>>,
) -> Result<Option<T>, String> {
    match outcome {
        Ok(response) => {
            println!("{operation}: {}", response.status());
            Ok(Some(response.into_inner()))
        }
        Err(error) => match error.status() {
            Some(status) => {
                println!("{operation}: {status}");
                Ok(None)
            }
            None if matches!(error, Error::Decode { .. }) => {
                println!("{operation}: answered, did not decode ({error}); the shape is captured");
                Ok(None)
            }
            None => Err(format!("{operation}: {error}")),
        },
    }
}

async fn call<T>(
    operation: &str,
    request: impl Future<Output = spiro_api::Result<Response<T>>>,
) -> Result<Option<T>, String> {
    report(operation, request.await)
}

async fn tour(client: &Client, size: i64) -> Result<(), String> {
    let opportunities = call(
        "list_opportunities",
        client
            .list_opportunities()
            .page_size(size)
            .send_with_response(),
    )
    .await?;
    if let Some(id) =
        opportunities.and_then(|page| page.data.iter().next().map(|o| o.id.to_string()))
    {
        call(
            "get_opportunity",
            client
                .get_opportunity()
                .id(&id)
                .include("user,company")
                .send_with_response(),
        )
        .await?;
    }
    let companies = call(
        "list_companies",
        client.list_companies().page_size(size).send_with_response(),
    )
    .await?;
    if let Some(id) = companies.and_then(|page| page.data.iter().next().map(|c| c.id.to_string())) {
        call(
            "get_company",
            client.get_company().id(&id).send_with_response(),
        )
        .await?;
    }
    let contacts = call(
        "list_contacts",
        client.list_contacts().page_size(size).send_with_response(),
    )
    .await?;
    if let Some(id) = contacts.and_then(|page| page.data.iter().next().map(|c| c.id.to_string())) {
        call(
            "get_contact",
            client.get_contact().id(&id).send_with_response(),
        )
        .await?;
    }
    let pipelines = call(
        "list_pipelines",
        client.list_pipelines().page_size(size).send_with_response(),
    )
    .await?;
    if let Some(id) = pipelines.and_then(|page| page.data.iter().next().map(|p| p.id.to_string())) {
        call(
            "list_pipeline_opportunity_stages",
            client
                .list_pipeline_opportunity_stages()
                .id(&id)
                .send_with_response(),
        )
        .await?;
    }
    call(
        "list_users",
        client.list_users().page_size(size).send_with_response(),
    )
    .await?;
    call(
        "list_reminders",
        client.list_reminders().page_size(size).send_with_response(),
    )
    .await?;
    call(
        "list_activities",
        client
            .list_activities()
            .page_size(size)
            .send_with_response(),
    )
    .await?;
    call(
        "list_campaigns",
        client.list_campaigns().page_size(size).send_with_response(),
    )
    .await?;
    call(
        "list_quotes",
        client.list_quotes().page_size(size).send_with_response(),
    )
    .await?;
    call(
        "list_quote_products",
        client
            .list_quote_products()
            .page_size(size)
            .send_with_response(),
    )
    .await?;
    Ok(())
}
