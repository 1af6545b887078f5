//! A whole session with the SDK, step by step.
//!
//! ```text
//! cargo run -p spiro-api --example quickstart
//! ```
//!
//! With no `SPIRO_*` variables set it runs offline against an in-process spiro-mock:
//! authorize URL → code → token exchange → companies, page by page → an opportunity with
//! its owner from `included` → a custom field update → an access token that expires, and
//! the client that refreshes, rotates and carries on.
//!
//! With `SPIRO_CLIENT_ID`, `SPIRO_CLIENT_SECRET` and `SPIRO_REDIRECT_URI` set (and
//! optionally `SPIRO_OAUTH_URL`, `SPIRO_API_URL`) it runs against Spiro itself: you open the
//! authorize URL and paste back the URL you were redirected to. Against Spiro it writes
//! nothing unless you pass `--write` (it then writes a custom field's current value back),
//! and it demonstrates rotation with a forced refresh instead of waiting a day.

use std::error::Error as StdError;
use std::io::BufRead;
use std::path::PathBuf;
use std::process::ExitCode;

use futures::TryStreamExt;
use spiro_api::{Client, ListOperation, Resource, types};
use spiro_auth::{AuthorizationRequest, parse_redirect};
use spiro_auth::{Credentials, Endpoints, FileTokenStore};
use spiro_mock::{Event, Server};

type Failure = Box<dyn StdError>;

#[tokio::main]
async fn main() -> ExitCode {
    let write = std::env::args().any(|a| a == "--write");
    match run(write).await {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            let mut text = error.to_string();
            let mut source = error.source();
            while let Some(cause) = source {
                text = format!("{text}: {cause}");
                source = cause.source();
            }
            eprintln!("quickstart failed: {text}");
            ExitCode::FAILURE
        }
    }
}

/// Where the session runs.
enum Target {
    /// spiro-mock in this process.
    Mock(Server),
    /// Spiro itself.
    Spiro,
}

async fn run(write: bool) -> Result<(), Failure> {
    let target = if std::env::var_os("SPIRO_CLIENT_ID").is_some() {
        println!("spiro-rs quickstart against Spiro itself");
        Target::Spiro
    } else {
        let server = Server::start().await?;
        println!(
            "spiro-rs quickstart, offline: spiro-mock at {}",
            server.base_url()
        );
        Target::Mock(server)
    };
    let (credentials, endpoints, api_url) = match &target {
        Target::Mock(server) => (
            Credentials::new(
                server.client_id(),
                server.client_secret().to_owned(),
                server.redirect_uri(),
            ),
            Endpoints::from_oauth_url(&server.oauth_url())?,
            server.api_url(),
        ),
        Target::Spiro => (
            Credentials::from_env()?,
            Endpoints::from_env()?,
            std::env::var("SPIRO_API_URL")
                .unwrap_or_else(|_| spiro_api::DEFAULT_BASE_URL.to_owned()),
        ),
    };
    let store_dir = tempfile::tempdir()?;
    let store_path: PathBuf = store_dir.path().join("spiro-tokens.json");

    // 1. Authorize.
    let request = AuthorizationRequest::new(&credentials, &endpoints);
    println!("\n1. Authorize: open {}", request.url());
    let redirected = match &target {
        Target::Mock(_) => approve_in_mock(&request.url()).await?,
        Target::Spiro => {
            println!("   then paste the URL your browser was sent to:");
            let mut line = String::new();
            std::io::stdin().lock().read_line(&mut line)?;
            line
        }
    };
    let code = parse_redirect(&redirected)?.verify_state(request.state())?;
    println!("   redirected back with a code; the state matches");

    // 2. Exchange the code; the client stores the tokens durably before using them.
    let client = Client::builder()
        .base_url(&api_url)
        .credentials(credentials)
        .oauth_endpoints(endpoints)
        .token_store(FileTokenStore::new(&store_path))
        .build()?;
    let manager = client
        .token_manager()
        .expect("built with credentials")
        .clone();
    manager.exchange_code(&code).await?;
    println!(
        "\n2. Token exchange: tokens stored in {}",
        store_path.display()
    );

    // 3. Companies, page by page.
    let mut pages = client.list_companies().pages().page_size(100).into_stream();
    let (mut count, mut page_count, mut first) = (0, 0, None);
    while let Some(page) = pages.try_next().await? {
        page_count += 1;
        count += page.items.len();
        first = first.or_else(|| page.items.first().cloned());
    }
    println!("\n3. Companies, 100 per page: {count} companies in {page_count} pages");
    if let Some(company) = &first {
        println!("   first: {}\t{}", company.id, name_of(company.name()));
    }

    // 4. An opportunity with its owner and company from `included`.
    let listed = client.list_opportunities().page_size(1).send().await?;
    let Some(listed) = listed.data.first() else {
        println!("\nNo opportunities: stopping here.");
        return Ok(());
    };
    let document = client
        .get_opportunity()
        .id(&listed.id)
        .include("user,company")
        .send()
        .await?;
    let opportunity = &document.data;
    // The related types come from the spec: `user()` is a `types::User`.
    let owner = opportunity.user(&document.included)?.map(|user| {
        format!(
            "{} {}",
            user.first_name().unwrap_or_default(),
            user.last_name().unwrap_or_default()
        )
    });
    let company = opportunity.company(&document.included)?;
    println!(
        "\n4. Opportunity {} \"{}\": owner {}, company {}",
        opportunity.id,
        name_of(opportunity.name()),
        owner.as_deref().unwrap_or("(none)"),
        name_of(company.as_ref().and_then(|c| c.name())),
    );

    // 5. Update one custom field; only that key is sent, Spiro keeps the others.
    const KEY: &str = "bc_packaging_quote";
    let current: Option<String> = opportunity.custom(KEY).unwrap_or(None);
    let new_value = match (&target, &current) {
        (Target::Mock(_), _) => format!("https://erp.example.com/quotes/{}", opportunity.id),
        (Target::Spiro, Some(value)) if write => value.clone(),
        (Target::Spiro, _) => String::new(),
    };
    if new_value.is_empty() {
        println!(
            "\n5. Custom field update skipped (against Spiro it needs --write and an existing `{KEY}`)"
        );
    } else {
        let mut changes = spiro_api::CustomFields::new();
        changes.insert(KEY, new_value.clone());
        // No fetch needed: the id and the changed attributes are enough.
        client
            .update_opportunity()
            .id(&opportunity.id)
            .attributes(types::OpportunityWriteAttributes {
                custom: Some(changes),
                ..Default::default()
            })
            .send()
            .await?;
        let read_back = client.get_opportunity().id(&opportunity.id).send().await?;
        let others = |record: &types::Opportunity| -> Vec<(String, serde_json::Value)> {
            let fields = record.custom_fields().into_iter().flat_map(|c| c.iter());
            fields
                .filter(|(k, _)| *k != KEY)
                .map(|(k, v)| (k.to_owned(), v.clone()))
                .collect()
        };
        let kept = others(opportunity) == others(&read_back.data);
        println!(
            "\n5. Custom field {KEY} set to {:?}; read back {:?}; the {} other custom fields {}",
            new_value,
            read_back
                .data
                .custom::<Option<String>>(KEY)?
                .unwrap_or_default(),
            others(opportunity).len(),
            if kept { "are unchanged" } else { "CHANGED" },
        );
    }

    // 6. Expiry and rotation.
    let generation = manager.current_generation();
    match &target {
        Target::Mock(server) => {
            server.expire_access_tokens();
            client.list_companies().page_size(1).send().await?;
            let counters = server.counters();
            let revoked = server
                .events()
                .iter()
                .filter(|e| matches!(e, Event::Revoked { .. }))
                .count();
            println!(
                "\n6. The access token expired on the server: the next call got {} 401, the client refreshed \
                 (stored the new refresh token, then used the new access token) and replayed it",
                counters.api_unauthorized
            );
            println!(
                "   token requests: {} code exchange, {} refresh; {revoked} old token pair revoked by the first use of the new one",
                counters.code_exchanges, counters.refresh_requests
            );
        }
        Target::Spiro => {
            manager.force_refresh().await?;
            client.list_companies().page_size(1).send().await?;
            println!(
                "\n6. Forced a refresh: new tokens stored, then used; the old ones are now revoked"
            );
        }
    }
    println!(
        "   token generation {generation} → {}",
        manager.current_generation()
    );
    println!("\nDone.");
    Ok(())
}

/// Follows the mock's authorize URL the way a browser would after the user approved, and
/// returns the URL it redirects to.
async fn approve_in_mock(url: &reqwest::Url) -> Result<String, Failure> {
    let http = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()?;
    let response = http.get(url.clone()).send().await?;
    let location = response
        .headers()
        .get(reqwest::header::LOCATION)
        .ok_or("the authorize endpoint did not redirect")?;
    Ok(location.to_str()?.to_owned())
}

fn name_of(name: Option<&str>) -> &str {
    name.unwrap_or("(no name)")
}
