//! One authenticated `spiro_api` GET against spiro-mock vs a raw reqwest GET with a static
//! `Authorization` header, same server, same run: the cost of the builder, the hooks (token
//! lookup, retry bookkeeping) and the error layer on a request that succeeds.
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

    let run = |variant: usize| {
        let (client, http, url, token, id) = (&client, &http, &url, &token, &id);
        async move {
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
    support::interleaved(1, 2, run).await;
    if let Ok(only) = std::env::var("PROFILE_ONLY") {
        // One variant alone, for a profiler (`valgrind --tool=callgrind` counts instructions
        // deterministically): PROFILE_ONLY=0 or 1 runs it 2,000 times and prints nothing.
        let variant: usize = only.parse().expect("PROFILE_ONLY is 0 or 1");
        for _ in 0..10 {
            std::hint::black_box(run(variant).await);
        }
        return;
    }
    let names = [
        "raw reqwest GET, static header",
        "spiro-api GET with TokenManager",
    ];
    let medians = support::interleaved(31, 2, run).await;
    support::report(
        &format!("{BATCH} sequential GET /companies/{{id}} per sample"),
        &names,
        &medians,
        "<= 1.05x",
    );
}
