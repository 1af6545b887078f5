//! The spans a production service sees, printed by `tracing-subscriber`'s fmt layer: one call
//! that meets a 429 and is retried, one whose token is refused (401), refreshed and replayed.
//! Runs offline against spiro-mock:
//!
//! ```text
//! cargo run -p spiro-api --example tracing
//! ```
//!
//! Every span is printed when it closes, with its fields: `spiro.call` (the operation),
//! `spiro.attempt` (each request sent: `otel.name="GET /companies"`, `url.full` with the query
//! values redacted, `http.request.resend_count` after the first) and `spiro_auth.refresh`
//! under the attempt that needed it. To send them to OpenTelemetry instead, see the crate docs
//! ("Watch it in production").

use std::time::Duration;

use spiro_mock::{Fault, Target};
use tracing_subscriber::fmt::format::FmtSpan;

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    tracing_subscriber::fmt()
        .with_max_level(tracing::Level::INFO)
        .with_span_events(FmtSpan::CLOSE)
        .with_target(false)
        .with_ansi(false)
        .init();
    let (server, client) = spiro_api::testing::start().await?;

    println!("\n# A 429, then a 200 (the filter value never shows)");
    server.inject(Target::Api, Fault::rate_limited(Duration::from_secs(1)));
    client
        .list_companies()
        .filter_name_cont("Watkins")
        .page_size(2)
        .send()
        .await?;

    println!("\n# A 401: one refresh under the attempt, one replay");
    server.expire_access_tokens();
    client.list_companies().page_size(2).send().await?;

    println!("\n# A 404: the call span's error.type");
    let missing = client.get_company().id("999999999").send().await;
    assert!(missing.is_err_and(|e| e.is_not_found()));
    Ok(())
}
