//! `PostgresTokenStore`: the hot path is unchanged (the store is touched only on refresh), and
//! what a refresh costs with PostgreSQL on loopback against the file store, in the same run.
//! Prints ratios.
//!
//! ```text
//! eval "$(scripts/postgres-test-server)"
//! cargo bench -p spiro-auth --features postgres --bench postgres_refresh
//! ```

use std::future::Future;
use std::hint::black_box;
use std::pin::pin;
use std::sync::RwLock;
use std::task::{Context, Poll, Waker};
use std::time::{Duration, Instant};

use http::HeaderValue;
use spiro_auth::{
    Credentials, Endpoints, FileTokenStore, PostgresTokenStore, RetryPolicy, TokenManager,
    TokenSet, TokenStore,
};

type Baseline = RwLock<(HeaderValue, Instant)>;

#[inline(never)]
fn baseline_read(lock: &Baseline) -> Option<HeaderValue> {
    let guard = lock.read().unwrap_or_else(|e| e.into_inner());
    if Instant::now() < guard.1 {
        Some(guard.0.clone())
    } else {
        None
    }
}

#[inline(never)]
fn manager_read(manager: &TokenManager) -> Option<HeaderValue> {
    let mut context = Context::from_waker(Waker::noop());
    match pin!(manager.authorization()).poll(&mut context) {
        Poll::Ready(result) => result.ok(),
        Poll::Pending => None,
    }
}

fn per_call(n: u32, f: impl Fn()) -> f64 {
    let start = Instant::now();
    for _ in 0..n {
        f();
    }
    start.elapsed().as_nanos() as f64 / f64::from(n)
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

fn fresh(server: &spiro_mock::Server) -> TokenSet {
    let issued = server.issue_tokens();
    let now = chrono::Utc::now();
    TokenSet::new(
        issued.access_token,
        issued.refresh_token,
        now + chrono::Duration::hours(24),
    )
    .with_issued_at(now)
}

fn manager(server: &spiro_mock::Server, store: impl TokenStore) -> TokenManager {
    TokenManager::builder(Credentials::new(
        server.client_id(),
        server.client_secret(),
        server.redirect_uri(),
    ))
    .endpoints(Endpoints::from_oauth_url(&server.oauth_url()).expect("loopback"))
    .retry_policy(RetryPolicy::default())
    .store(store)
    .build()
    .expect("manager")
}

fn main() {
    let Ok(url) = std::env::var("SPIRO_TEST_DATABASE_URL") else {
        println!(
            "postgres_refresh: SKIPPED, set SPIRO_TEST_DATABASE_URL (eval \"$(scripts/postgres-test-server)\")"
        );
        return;
    };
    // `cargo test --benches` runs this without `--bench`: a short run that checks it works.
    let full = std::env::args().any(|a| a == "--bench");
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("runtime");
    runtime.block_on(async {
        let server = spiro_mock::Server::start().await.expect("spiro-mock");
        let pool = sqlx::postgres::PgPoolOptions::new()
            .max_connections(4)
            .connect(&url)
            .await
            .expect("database");
        let grant = format!("bench-{:016x}", rand::random::<u64>());
        let pg = PostgresTokenStore::new(pool, grant.as_str()).expect("a pool of 4");
        pg.migrate().await.expect("migrate");
        pg.save(&fresh(&server)).await.expect("seed");
        let dir = tempfile::tempdir().expect("tempdir");
        let file = FileTokenStore::new(dir.path().join("tokens.json"));
        file.save(&fresh(&server)).await.expect("seed");
        let with_pg = manager(&server, pg.clone());
        let with_file = manager(&server, file);

        // Hot path: a valid token, a PostgreSQL store behind it.
        let header = with_pg.authorization().await.expect("loads");
        with_file.authorization().await.expect("loads");
        let baseline: Baseline = RwLock::new((header, Instant::now() + Duration::from_secs(3600)));
        let n = if full { 2_000_000 } else { 10_000 };
        let (mut ours, mut theirs) = (Vec::new(), Vec::new());
        for _ in 0..9 {
            ours.push(per_call(n, || {
                black_box(manager_read(black_box(&with_pg)));
            }));
            theirs.push(per_call(n, || {
                black_box(baseline_read(black_box(&baseline)));
            }));
        }
        let (ours, theirs) = (median(ours), median(theirs));
        println!("Hot path with a PostgresTokenStore (median of 9 interleaved rounds, 1 thread):");
        println!(
            "  authorization() {ours:.1} ns, RwLock read {theirs:.1} ns, ratio {:.2}x (goal <= 1.5x)",
            ours / theirs
        );

        // Refresh: lock, re-read, token request (spiro-mock on loopback), save, publish.
        let rounds = if full { 60 } else { 3 };
        let (mut pg_ms, mut file_ms) = (Vec::new(), Vec::new());
        for _ in 0..rounds {
            let start = Instant::now();
            with_pg.force_refresh().await.expect("refresh (postgres)");
            pg_ms.push(start.elapsed().as_secs_f64() * 1e3);
            let start = Instant::now();
            with_file.force_refresh().await.expect("refresh (file)");
            file_ms.push(start.elapsed().as_secs_f64() * 1e3);
        }
        let (pg_ms, file_ms) = (median(pg_ms), median(file_ms));
        println!("Refresh, spiro-mock on loopback (median of {rounds} interleaved rounds):");
        println!(
            "  PostgreSQL store {pg_ms:.2} ms, file store {file_ms:.2} ms, ratio {:.2}x, added {:.2} ms",
            pg_ms / file_ms,
            pg_ms - file_ms
        );
        server.shutdown().await;
    });
}
