//! `spiro-mock`: runs the Spiro sandbox server until Ctrl-C.

use std::time::Duration;

use clap::Parser;
use spiro_mock::{
    DEFAULT_CLIENT_ID, DEFAULT_CLIENT_SECRET, DEFAULT_REDIRECT_URI, DEFAULT_SEED, Dataset, Server,
};

/// A Spiro-compatible local sandbox: OAuth at /oauth/…, the resource API at /api/v1/….
#[derive(Debug, Parser)]
#[command(name = "spiro-mock", version, about)]
struct Args {
    /// Port on 127.0.0.1 (0 picks a free one).
    #[arg(long, default_value_t = 4010)]
    port: u16,
    /// Client id the token endpoint accepts.
    #[arg(long, default_value = DEFAULT_CLIENT_ID)]
    client_id: String,
    /// Client secret the token endpoint accepts.
    #[arg(long, default_value = DEFAULT_CLIENT_SECRET)]
    client_secret: String,
    /// The registered redirect URI (must match exactly).
    #[arg(long, default_value = DEFAULT_REDIRECT_URI)]
    redirect_uri: String,
    /// Lifetime of access tokens in seconds (at least 1).
    #[arg(long, default_value_t = 86_400, value_parser = clap::value_parser!(u64).range(1..))]
    token_ttl: u64,
    /// Seed of the generated data set.
    #[arg(long, default_value_t = DEFAULT_SEED)]
    seed: u64,
    /// Serve the records of this JSON dataset file instead of generated ones: an object of
    /// collections, each an array of {"id", "attributes", "relationships"} records (see
    /// spiro_mock::Dataset).
    #[arg(long, value_name = "FILE")]
    dataset: Option<std::path::PathBuf>,
    /// Largest accepted page[size].
    #[arg(long, default_value_t = 100, value_parser = clap::value_parser!(u32).range(1..))]
    max_page_size: u32,
}

#[tokio::main]
async fn main() -> std::process::ExitCode {
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env()
                .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info,spiro_mock=debug")),
        )
        .with_writer(std::io::stderr)
        .with_ansi(std::io::IsTerminal::is_terminal(&std::io::stderr()))
        .init();
    let args = Args::parse();
    let dataset = match &args.dataset {
        None => Dataset::default(),
        Some(path) => match Dataset::from_file(path) {
            Ok(dataset) => dataset,
            Err(error) => {
                eprintln!("spiro-mock: {error}");
                return std::process::ExitCode::FAILURE;
            }
        },
    };
    let server = Server::builder()
        .port(args.port)
        .dataset(dataset)
        .client_id(args.client_id)
        .client_secret(args.client_secret)
        .redirect_uri(args.redirect_uri)
        .token_ttl(Duration::from_secs(args.token_ttl))
        .seed(args.seed)
        .max_page_size(args.max_page_size)
        .start()
        .await;
    let server = match server {
        Ok(server) => server,
        Err(error) => {
            eprintln!("spiro-mock: cannot start: {error}");
            return std::process::ExitCode::FAILURE;
        }
    };
    // The credentials of a local sandbox are printed on purpose: clients need them.
    println!("spiro-mock listening on {}", server.base_url());
    println!("  authorize:     {}", server.authorize_url());
    println!("  token:         {}", server.token_url());
    println!("  API:           {}", server.api_url());
    println!("  client_id:     {}", server.client_id());
    println!("  client_secret: {}", server.client_secret());
    println!("  redirect_uri:  {}", server.redirect_uri());
    match &args.dataset {
        Some(path) => println!("  dataset:       {}", path.display()),
        None => println!("  seed:          {}", args.seed),
    }
    println!("Press Ctrl-C to stop.");
    if let Err(error) = tokio::signal::ctrl_c().await {
        eprintln!("spiro-mock: cannot wait for Ctrl-C: {error}");
    }
    server.shutdown().await;
    std::process::ExitCode::SUCCESS
}
