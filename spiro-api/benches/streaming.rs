//! Streaming 100,000 companies from spiro-mock with `spiro_api` paging vs a hand-written
//! reqwest + serde_json page loop against the same server in the same run; and the peak
//! heap while streaming 100,000 vs 1,000 records.
//!
//! `cargo bench -p spiro-api --bench streaming`. Prints medians and ratios; fails nothing.

mod support;

use std::sync::atomic::Ordering;
use std::time::Duration;

use futures::TryStreamExt;
use spiro_api::{ListOperation, types};
use spiro_mock::{Fault, Target};

/// Counts live heap bytes and their peak, to measure what streaming keeps in memory.
#[global_allocator]
static ALLOCATOR: support::Counting = support::Counting;

const PAGE: i64 = 100;

/// What a user would write by hand: GET each page, decode it, stop after `total_pages`.
async fn hand_written(http: &reqwest::Client, api: &str, token: &str) -> u64 {
    let mut seen = 0u64;
    let mut page = 1;
    loop {
        let url = format!("{api}/companies?page%5Bnumber%5D={page}&page%5Bsize%5D={PAGE}");
        let document: types::CompanyListDocument = support::raw_get(http, &url, token).await;
        seen += document
            .data
            .iter()
            .map(|c| c.id.as_str().len() as u64)
            .sum::<u64>();
        let total = document
            .meta
            .and_then(|m| m.pagination)
            .and_then(|p| p.total_pages)
            .unwrap_or(0);
        if page >= total {
            return seen;
        }
        page += 1;
    }
}

async fn sdk(client: &spiro_api::Client, read_ahead: usize) -> u64 {
    let stream = client
        .list_companies()
        .pages()
        .page_size(PAGE)
        .read_ahead(read_ahead)
        .items();
    stream
        .try_fold(0u64, |seen, c| async move {
            Ok(seen + c.id.as_str().len() as u64)
        })
        .await
        .expect("stream")
}

fn main() {
    let mock = support::mock(100_000);
    support::client_runtime().block_on(compare(&mock.server));
    println!("\nPeak heap growth of the client while streaming (the server is left out)");
    for records in [1_000usize, 100_000] {
        let mock = support::mock(records);
        let growth = support::client_runtime().block_on(async {
            let (client, _) = support::client(&mock.server);
            let before = support::LIVE.load(Ordering::Relaxed);
            support::PEAK.store(before, Ordering::Relaxed);
            std::hint::black_box(sdk(&client, 0).await);
            support::PEAK.load(Ordering::Relaxed).saturating_sub(before)
        });
        println!(
            "  {records:>7} records: {:>8.1} KiB",
            growth as f64 / 1024.0
        );
    }
}

async fn compare(server: &spiro_mock::Server) {
    let (client, token) = support::client(server);
    let http = support::raw_http();
    let api = server.api_url();

    let names = [
        "hand-written reqwest + serde_json loop",
        "spiro-api stream",
        "spiro-api stream, read-ahead 3",
    ];
    let run = |variant: usize| {
        let (http, api, token, client) = (&http, &api, &token, &client);
        async move {
            match variant {
                0 => hand_written(http, api, token).await,
                1 => sdk(client, 0).await,
                _ => sdk(client, 3).await,
            }
        }
    };
    // The ratios compare like with like only if every variant walks every record.
    let mut seen = Vec::new();
    for variant in 0..names.len() {
        seen.push(run(variant).await);
    }
    assert!(
        seen.iter().all(|s| *s == seen[0]),
        "the variants saw different records: {seen:?}"
    );
    let medians = support::interleaved(5, names.len(), run).await;
    support::report(
        "Streaming 100,000 companies, 100 per page (1,000 pages), no added latency",
        &names,
        &medians,
        "stream <= 1.03x",
    );

    server.inject(Target::Api, Fault::latency(Duration::from_millis(5)));
    let medians = support::interleaved(3, names.len(), run).await;
    support::report(
        "Same, with the server adding 5 ms per request",
        &names,
        &medians,
        "stream <= 1.03x, read-ahead 3 <= 0.3x",
    );
    server.clear_faults();
}
