//! Log in to Spiro once and write the token store that the SDK then keeps fresh.
//!
//! ```text
//! cargo run -p spiro-auth --example login -- --store PATH [--code CODE]
//! cargo run -p spiro-auth --features postgres --example login -- \
//!     --store 'postgres://USER@HOST/DB?grant=NAME' [--code CODE]
//! ```
//!
//! `--store` is a token file, or a PostgreSQL URL whose `grant` parameter names the grant's row
//! in the `spiro_auth_tokens` table (created if missing; `SPIRO_TOKEN_KEY`, 64 hex digits,
//! encrypts the tokens at rest).
//!
//! Reads `SPIRO_CLIENT_ID`, `SPIRO_CLIENT_SECRET`, `SPIRO_REDIRECT_URI` and optionally
//! `SPIRO_OAUTH_URL` (default `https://engine.spiro.ai`). With `--code`, exchanges that code.
//! Without it, prints the authorize URL, then reads the URL the browser was redirected to (or
//! just the code) from standard input, checks its `state` (a pasted URL without the `state` that
//! was sent is refused; a bare code, which has none, is used as typed and says so), and
//! exchanges the code. Prints no
//! secret; exits non-zero with a message on failure.

use std::io::BufRead;
use std::process::ExitCode;
use std::sync::Arc;

use chrono::SubsecRound;
use clap::Parser;
use spiro_auth::{AuthError, AuthorizationCode, Credentials, Endpoints, TokenManager};
use spiro_auth::{AuthorizationRequest, parse_redirect};

#[path = "support/store_arg.rs"]
mod store_arg;

/// Log in to Spiro and write a token store.
#[derive(Parser)]
struct Args {
    /// The token file to write (created with mode 0600; replaced if it exists), or
    /// `postgres://…?grant=NAME` (cargo feature `postgres`; that grant's row is replaced).
    #[arg(long)]
    store: String,
    /// An authorization code to exchange, instead of the interactive flow.
    #[arg(long)]
    code: Option<String>,
}

#[tokio::main(flavor = "current_thread")]
async fn main() -> ExitCode {
    let args = Args::parse();
    match login(args).await {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("login failed: {}", with_causes(&e));
            if e.is_reauthorization_required() {
                eprintln!("Start again with a new code.");
            }
            ExitCode::FAILURE
        }
    }
}

async fn login(args: Args) -> Result<(), AuthError> {
    let credentials = Credentials::from_env()?;
    let endpoints = Endpoints::from_env()?;
    let code = match args.code {
        Some(code) => AuthorizationCode::new(code),
        None => {
            let request = AuthorizationRequest::new(&credentials, &endpoints);
            eprintln!("Open this URL in a browser and approve access:");
            println!("{}", request.url());
            eprintln!("Then paste the URL you were redirected to (or just the code):");
            let mut line = String::new();
            std::io::stdin().lock().read_line(&mut line).map_err(|_| {
                AuthError::InvalidRedirect {
                    reason: "standard input could not be read",
                }
            })?;
            let response = parse_redirect(&line)?;
            if response.has_state() {
                response.verify_state(request.state())?
            } else {
                // A code copied by hand from the page this person just opened: there is no
                // state to check. Say so, instead of pretending it was verified.
                eprintln!("No state to verify (a bare code): using it as typed.");
                response.code_without_state_check()
            }
        }
    };
    let (store, stored_in) = store_arg::open(&args.store, true)
        .await
        .map_err(AuthError::Store)?;
    let manager = TokenManager::builder(credentials)
        .endpoints(endpoints)
        .store(Arc::clone(&store))
        .build()?;
    manager.exchange_code(&code).await?;
    let expires = store
        .load()
        .await
        .map_err(AuthError::Store)?
        // Whole seconds, as the token file keeps it, so every store prints the same.
        .map(|t| t.expires_at().trunc_subsecs(0).to_rfc3339());
    eprintln!(
        "Logged in. Tokens saved to {stored_in} (access token valid until {}).",
        expires.as_deref().unwrap_or("unknown")
    );
    Ok(())
}

/// The error and its causes on one line.
fn with_causes(e: &AuthError) -> String {
    let mut text = e.to_string();
    let mut source = std::error::Error::source(e);
    while let Some(cause) = source {
        text.push_str(": ");
        text.push_str(&cause.to_string());
        source = cause.source();
    }
    text
}
