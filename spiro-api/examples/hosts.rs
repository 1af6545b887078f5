//! One grant shared by several hosts through PostgreSQL: the README's "Run on several hosts"
//! program. Run it on every host; `--login` once, on one of them, to store the grant.
//!
//! ```text
//! export SPIRO_CLIENT_ID=… SPIRO_CLIENT_SECRET=… SPIRO_REDIRECT_URI=…
//! export SPIRO_TOKEN_DATABASE='postgres://app@db.internal/app?grant=acme'
//! export SPIRO_TOKEN_KEY=$(openssl rand -hex 32)   # once; keep it in your secret manager
//! cargo run -p spiro-api --features postgres --example hosts -- --login   # on one host
//! cargo run -p spiro-api --features postgres --example hosts              # on every host
//! ```
//!
//! Against spiro-mock, set `SPIRO_OAUTH_URL` and `SPIRO_API_URL` to its URLs (it prints them)
//! and the credentials it accepts: `ClientBuilder::from_env` reads them all.

use std::io::BufRead;

use futures::TryStreamExt;
use spiro_api::spiro_auth::{
    AuthorizationRequest, Credentials, EncryptionKey, Endpoints, PostgresTokenStore, parse_redirect,
};
use spiro_api::{BadRecords, ClientBuilder, ListOperation};

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    // The grant's row in the `spiro_auth_tokens` table, encrypted at rest when a key is set.
    let mut store = PostgresTokenStore::from_url(&std::env::var("SPIRO_TOKEN_DATABASE")?)?;
    if let Ok(hex) = std::env::var("SPIRO_TOKEN_KEY") {
        store = store.with_encryption_key(EncryptionKey::from_hex(&hex)?);
    }
    store.migrate().await?; // CREATE TABLE IF NOT EXISTS: safe on every host, every start
    // SPIRO_CLIENT_ID, SPIRO_CLIENT_SECRET, SPIRO_REDIRECT_URI, SPIRO_OAUTH_URL, SPIRO_API_URL.
    let client = ClientBuilder::from_env().token_store(store).build()?;

    if std::env::args().any(|arg| arg == "--login") {
        // Once per grant, on one host: the others adopt the stored row.
        let request = AuthorizationRequest::new(&Credentials::from_env()?, &Endpoints::from_env()?);
        println!("{}", request.url());
        eprintln!("Open the URL above, approve, then paste the URL you were redirected to:");
        let mut redirect = String::new();
        std::io::stdin().lock().read_line(&mut redirect)?;
        let code = parse_redirect(&redirect)?.verify_state(request.state())?;
        let manager = client
            .token_manager()
            .expect("OAuth credentials come from the environment");
        manager.exchange_code(&code).await?;
        eprintln!("logged in: the grant is stored in PostgreSQL");
    }

    let bad = BadRecords::new();
    let companies = client.list_companies().pages().set_aside(&bad).items();
    let count = companies
        .try_fold(0_usize, |n, _| async move { Ok(n + 1) })
        .await?;
    println!("{count} companies ({} skipped)", bad.count());
    Ok(())
}
