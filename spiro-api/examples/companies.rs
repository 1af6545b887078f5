//! List companies with the tokens the `login` example stored, refreshing (and re-saving)
//! them as needed.
//!
//! ```text
//! cargo run -p spiro-auth --example login -- --store tokens.json
//! cargo run -p spiro-api --example companies -- --store tokens.json [--all] [--page-size N]
//! # Tokens in PostgreSQL, one row per grant (several hosts can share it):
//! cargo run -p spiro-auth --features postgres --example login -- --store 'postgres://USER@HOST/DB?grant=acme'
//! cargo run -p spiro-api --features postgres --example companies -- --store 'postgres://USER@HOST/DB?grant=acme'
//! ```
//!
//! Prints one line per company, `<id><TAB><name>`. Reads `SPIRO_CLIENT_ID`,
//! `SPIRO_CLIENT_SECRET`, `SPIRO_REDIRECT_URI`, and optionally `SPIRO_OAUTH_URL` (default
//! `https://engine.spiro.ai`) and `SPIRO_API_URL` (default `https://api.spiro.ai/api/v1`).
//! Exits non-zero with a message on failure.

use std::io::Write;
use std::process::ExitCode;

use clap::Parser;
use futures::TryStreamExt;
use spiro_api::{ClientBuilder, Error, ListOperation, types};

#[path = "../../spiro-auth/examples/support/store_arg.rs"]
mod store_arg;

/// List Spiro companies.
#[derive(Parser)]
struct Args {
    /// The token file written by the `login` example, or the same `postgres://…?grant=NAME`
    /// URL (cargo feature `postgres`).
    #[arg(long)]
    store: String,
    /// Follow every page (default: the first page only).
    #[arg(long)]
    all: bool,
    /// Companies per page.
    #[arg(long, default_value_t = 25, value_parser = clap::value_parser!(i64).range(1..))]
    page_size: i64,
}

#[tokio::main]
async fn main() -> ExitCode {
    let args = Args::parse();
    match run(&args).await {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("companies: {message}");
            ExitCode::FAILURE
        }
    }
}

async fn run(args: &Args) -> Result<(), String> {
    let (store, _) = store_arg::open(&args.store, false)
        .await
        .map_err(|e| chain(&e))?;
    // Everything from the environment, except the token store, which `--store` names.
    let client = ClientBuilder::from_env()
        .token_store(store)
        .build()
        .map_err(|e| chain(&e))?;

    let pages = client.list_companies().pages().page_size(args.page_size);
    let mut stdout = std::io::stdout().lock();
    let mut print = |company: types::Company| {
        let name = company.name().unwrap_or_default();
        writeln!(stdout, "{}\t{name}", company.id)
            .map_err(|e| format!("cannot write to stdout: {e}"))
    };
    if args.all {
        let mut companies = pages.items();
        while let Some(company) = companies.try_next().await.map_err(|e| explain(&e))? {
            print(company)?;
        }
    } else {
        let mut first = pages.into_stream();
        if let Some(page) = first.try_next().await.map_err(|e| explain(&e))? {
            page.items.into_iter().try_for_each(&mut print)?;
        }
    }
    Ok(())
}

/// A message that says what to do about `error`.
fn explain(error: &Error) -> String {
    let advice = if error.is_reauthorization_required() {
        "\nlog in again: cargo run -p spiro-auth --example login -- --store <PATH or URL>"
    } else if error.is_transient() {
        "\nthis may pass: try again later"
    } else {
        ""
    };
    format!("{}{advice}", chain(error))
}

/// An error and its causes on one line.
fn chain(error: &dyn std::error::Error) -> String {
    let mut text = error.to_string();
    let mut source = error.source();
    while let Some(cause) = source {
        text.push_str(": ");
        text.push_str(&cause.to_string());
        source = cause.source();
    }
    text
}
