//! One authenticated `spiro_api` GET against spiro-mock vs a raw reqwest GET with a static
//! `Authorization` header, same server, same run: the cost of the builder, the hooks (token
//! lookup), the request engine (retry bookkeeping, pacing, spans compiled in) and the error
//! layer on a request that succeeds; once with no `tracing` subscriber, once with an INFO
//! subscriber (tracing-subscriber's fmt layer, writing to a sink) that records every span.
//!
//! `cargo bench -p spiro-api --bench request`. Prints medians and the ratio; fails nothing.

mod support;

use spiro_api::types;

const BATCH: usize = 200;

fn main() {
    let mock = support::mock(10);
    support::client_runtime().block_on(compare(&mock.server));
}

async fn compare(server: &spiro_mock::Server) {
    let (client, token) = support::client(server);
    let id = server.ids("companies")[0].clone();
    let url = format!("{}/companies/{id}", server.api_url());
    let http = support::raw_http();

    // What a service that logs at INFO runs: every span and its fields recorded and formatted.
    let info = tracing::Dispatch::new(
        tracing_subscriber::fmt()
            .with_max_level(tracing::Level::INFO)
            .with_writer(std::io::sink)
            .finish(),
    );
    let run = |variant: usize| {
        let (client, http, url, token, id, info) = (&client, &http, &url, &token, &id, &info);
        async move {
            let _subscriber = (variant == 2).then(|| tracing::dispatcher::set_default(info));
            let mut seen = 0u64;
            for _ in 0..BATCH {
                let company = if variant == 0 {
                    support::raw_get::<types::CompanyDocument>(http, url, token)
                        .await
                        .data
                } else {
                    client.get_company().id(id).send().await.expect("GET").data
                };
                seen += company.id.as_str().len() as u64;
            }
            seen
        }
    };
    // Warm the connection pools.
    support::interleaved(1, 3, run).await;
    if let Ok(only) = std::env::var("PROFILE_ONLY") {
        // One variant alone, for a profiler (`valgrind --tool=callgrind` counts instructions
        // deterministically): PROFILE_ONLY=0, 1 or 2 runs it 2,000 times and prints nothing.
        let variant: usize = only.parse().expect("PROFILE_ONLY is 0, 1 or 2");
        for _ in 0..10 {
            std::hint::black_box(run(variant).await);
        }
        return;
    }
    let names = [
        "raw reqwest GET, static header",
        "spiro-api GET with TokenManager",
        "the same, INFO subscriber recording spans",
    ];
    let medians = support::interleaved(31, names.len(), run).await;
    support::report(
        &format!("{BATCH} sequential GET /companies/{{id}} per sample"),
        &names,
        &medians,
        "no subscriber <= 1.02x, INFO subscriber <= 1.05x",
    );
}
