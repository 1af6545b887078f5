//! Copy a grant's tokens from one store to another, e.g. move an existing token file into the
//! PostgreSQL table before running on several hosts:
//!
//! ```text
//! cargo run -p spiro-auth --features postgres --example copy_tokens -- \
//!     --from tokens.json --to 'postgres://USER@HOST/DB?grant=acme'
//! ```
//!
//! Each side is a token file or a `postgres://…?grant=NAME` URL (`SPIRO_TOKEN_KEY` encrypts or
//! decrypts a PostgreSQL side). The target's previous tokens are replaced (a target that cannot be
//! read is refused: fix or delete it first); the table is created if missing. Stop every process
//! using the source first, and use only the target afterwards: the refresh token rotates on the
//! next refresh, after which the source's copy is dead. Prints no secret; exits non-zero with a
//! message on failure.

use std::process::ExitCode;

use chrono::SubsecRound;
use clap::Parser;
use spiro_auth::StoreError;

#[path = "support/store_arg.rs"]
mod store_arg;

/// Copy a grant's tokens between stores.
#[derive(Parser)]
struct Args {
    /// The store to read: a token file or `postgres://…?grant=NAME`.
    #[arg(long)]
    from: String,
    /// The store to write: a token file or `postgres://…?grant=NAME`.
    #[arg(long)]
    to: String,
}

#[tokio::main(flavor = "current_thread")]
async fn main() -> ExitCode {
    let args = Args::parse();
    match copy(&args).await {
        Ok(message) => {
            eprintln!("{message}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            let mut text = e.to_string();
            let mut source = std::error::Error::source(&e);
            while let Some(cause) = source {
                text.push_str(": ");
                text.push_str(&cause.to_string());
                source = cause.source();
            }
            eprintln!("copy_tokens failed: {text}");
            ExitCode::FAILURE
        }
    }
}

async fn copy(args: &Args) -> Result<String, StoreError> {
    let (from, from_name) = store_arg::open(&args.from, false).await?;
    let (to, to_name) = store_arg::open(&args.to, true).await?;
    let tokens = from.load().await?.ok_or(StoreError::Other {
        message: format!("{from_name} holds no tokens"),
        transient: false,
    })?;
    // Like a login: under the target's lock, the next generation after the one it replaces, so
    // that a host that refreshed the target meanwhile is not overwritten (the save is fenced).
    let _lock = to.lock().await?;
    let replaced = to.load().await?.map_or(0, |t| t.generation());
    let expires_at = tokens.expires_at();
    to.save(&tokens.with_generation(replaced.saturating_add(1)))
        .await?;
    Ok(format!(
        "Copied the tokens from {from_name} to {to_name} (access token valid until {}).",
        expires_at.trunc_subsecs(0).to_rfc3339()
    ))
}
