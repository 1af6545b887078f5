//! `spiro`: the Spiro CRM API from the command line. Every operation of `spec/spiro.yaml` is a
//! command (`spiro GROUP VERB`), generated into a catalog by `cargo xtask generate`; requests
//! and tokens go through spiro-api and spiro-auth, as in any program using the SDK.
//!
//! - `catalog` / `generated`: the operations and record kinds of the spec;
//! - `commands`: the clap command tree built from the catalog, and the hand-written commands;
//! - `config`: environment, profiles, the config file; `session`: the client made from them;
//! - `operation`: running an operation's command; `write`: `--set`, `--if-changed`, `--verify`;
//! - `output`: `json`, `ndjson`, `csv`, `table` and `--fields`;
//! - `auth`, `api`, `apply`, `doctor`: the other commands; `input`: files and standard input;
//!   `error`: messages and exit codes.

mod api;
mod apply;
mod auth;
mod catalog;
mod commands;
mod config;
mod doctor;
mod error;
#[rustfmt::skip]
mod generated;
mod input;
mod operation;
mod output;
mod session;
mod write;

use std::process::ExitCode;

use clap::ArgMatches;

use crate::catalog::Operation;
use crate::config::Settings;
use crate::error::{CliError, EXIT_FAILURE, EXIT_USAGE};
use crate::session::Session;

fn main() -> ExitCode {
    let matches = match commands::command().try_get_matches() {
        Ok(matches) => matches,
        Err(error) => {
            // Help and version go to stdout (exit 0); a usage error to stderr (exit 2).
            let _ = error.print();
            return ExitCode::from(if error.use_stderr() { EXIT_USAGE } else { 0 });
        }
    };
    if let Some(("completion", args)) = matches.subcommand() {
        let shell = args.get_one::<String>("shell").expect("clap requires it");
        return completion(shell);
    }
    if matches.get_flag("debug") {
        let filter = std::env::var("RUST_LOG")
            .unwrap_or_else(|_| "spiro_api=debug,spiro_auth=debug".to_owned());
        tracing_subscriber::fmt()
            .with_env_filter(tracing_subscriber::EnvFilter::new(filter))
            .with_writer(std::io::stderr)
            .init();
    }
    let profile = matches.get_one::<String>("profile").cloned();
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
    {
        Ok(runtime) => runtime,
        Err(e) => {
            eprintln!("spiro: cannot start: {e}");
            return ExitCode::from(EXIT_FAILURE);
        }
    };
    let outcome = runtime.block_on(run(&matches, profile.as_deref()));
    // A blocked read of standard input (login) must not hold the process.
    runtime.shutdown_background();
    match outcome {
        Ok(()) => ExitCode::SUCCESS,
        Err((CliError::OutputClosed, _)) => ExitCode::SUCCESS,
        Err((error, profile)) => {
            eprintln!("spiro: {}", error::chain(&error));
            if let Some(advice) = error.advice(&profile) {
                eprintln!("spiro: {advice}");
            }
            ExitCode::from(error.exit_code())
        }
    }
}

/// Runs the command; on failure, the error and the profile (for the advice).
async fn run(matches: &ArgMatches, profile: Option<&str>) -> Result<(), (CliError, String)> {
    let doctor = matches!(matches.subcommand(), Some(("doctor", _)));
    let settings = Settings::load(profile).map_err(|e| {
        if doctor {
            doctor::unusable(&e);
        }
        let name = profile.unwrap_or(config::DEFAULT_PROFILE).to_owned();
        (e, name)
    })?;
    let name = settings.profile.clone();
    let session = Session::open(settings).map_err(|e| {
        if doctor {
            doctor::unusable(&e);
        }
        (e, name.clone())
    })?;
    let outcome = tokio::select! {
        outcome = dispatch(matches, &session) => outcome,
        _ = tokio::signal::ctrl_c() => Err(CliError::Failed("interrupted".to_owned())),
    };
    // Rotated tokens are stored before the process ends.
    session.finish().await;
    outcome.map_err(|e| (e, name))
}

async fn dispatch(matches: &ArgMatches, session: &Session) -> Result<(), CliError> {
    match matches.subcommand() {
        Some(("auth", args)) => match args.subcommand() {
            Some(("login", _)) => auth::login(session).await,
            Some(("status", _)) => auth::status(session).await,
            Some(("refresh", _)) => auth::refresh(session).await,
            Some(("logout", _)) => auth::logout(session).await,
            _ => unreachable!("clap requires a subcommand"),
        },
        Some(("api", args)) => api::run(args, session).await,
        Some(("apply", args)) => apply::run(args, session).await,
        Some(("doctor", _)) => doctor::run(session).await,
        Some((group, args)) => {
            let (verb, args) = args.subcommand().expect("clap requires a subcommand");
            let op = Operation::find(group, verb).expect("commands come from the catalog");
            operation::run(op, args, session).await
        }
        None => unreachable!("clap requires a subcommand"),
    }
}

fn completion(shell: &str) -> ExitCode {
    use clap_complete::Shell;
    let shell = match shell {
        "bash" => Shell::Bash,
        "zsh" => Shell::Zsh,
        "fish" => Shell::Fish,
        _ => Shell::PowerShell,
    };
    let mut out = std::io::stdout().lock();
    clap_complete::generate(shell, &mut commands::command(), "spiro", &mut out);
    ExitCode::SUCCESS
}
