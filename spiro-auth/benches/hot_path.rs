//! Hot path: `TokenManager::authorization()` with a valid cached token, against the simplest
//! alternative, a `std::sync::RwLock<(HeaderValue, Instant)>` read + expiry check + clone, in
//! the same run. Prints the ratios at the end (goal: at most 1.5×).
//!
//! `cargo bench -p spiro-auth --bench hot_path`

use std::future::Future;
use std::hint::black_box;
use std::pin::pin;
use std::sync::RwLock;
use std::task::{Context, Poll, Waker};
use std::time::{Duration, Instant};

use criterion::Criterion;
use http::HeaderValue;
use spiro_auth::{Credentials, Endpoints, MemoryTokenStore, TokenManager, TokenSet};

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

/// `manager.authorization().await` as an async caller runs it: one poll, inline.
#[inline(never)]
fn manager_read(manager: &TokenManager) -> Option<HeaderValue> {
    let mut context = Context::from_waker(Waker::noop());
    match pin!(manager.authorization()).poll(&mut context) {
        Poll::Ready(result) => result.ok(),
        Poll::Pending => None,
    }
}

/// Nanoseconds per call of `f`, over `n` calls, on each of `threads` threads at once.
fn per_call(threads: usize, n: u32, f: impl Fn() + Sync) -> f64 {
    let start = Instant::now();
    std::thread::scope(|s| {
        for _ in 0..threads {
            s.spawn(|| {
                for _ in 0..n {
                    f();
                }
            });
        }
    });
    start.elapsed().as_nanos() as f64 / f64::from(n)
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

fn report(label: &str, ours: Vec<f64>, theirs: Vec<f64>) {
    let (ours, theirs) = (median(ours), median(theirs));
    println!(
        "  {label}: authorization() {ours:.1} ns, RwLock {theirs:.1} ns, ratio {:.2}x (goal <= 1.0x)",
        ours / theirs
    );
}

fn main() {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("runtime");
    let _enter = runtime.enter();
    let now = chrono::Utc::now();
    let tokens = TokenSet::new(
        "c0ffee".repeat(10),
        "d00d".repeat(16),
        now + chrono::Duration::hours(24),
    )
    .with_issued_at(now);
    let manager = TokenManager::builder(Credentials::new("id", "secret", "https://example.com/cb"))
        .endpoints(Endpoints::from_oauth_url("http://127.0.0.1:9").expect("loopback"))
        .store(MemoryTokenStore::with_tokens(tokens))
        .build()
        .expect("manager");
    let header = runtime
        .block_on(manager.authorization())
        .expect("loaded from the store");
    let baseline: Baseline = RwLock::new((header, Instant::now() + Duration::from_secs(3600)));
    assert!(manager_read(&manager).is_some() && baseline_read(&baseline).is_some());

    let mut criterion = Criterion::default().configure_from_args();
    {
        let mut group = criterion.benchmark_group("hot_path");
        group.bench_function("TokenManager::authorization", |b| {
            b.iter(|| black_box(manager_read(black_box(&manager))))
        });
        group.bench_function("RwLock read + expiry check + clone", |b| {
            b.iter(|| black_box(baseline_read(black_box(&baseline))))
        });
        group.finish();
    }
    criterion.final_summary();

    // `cargo test --benches` runs this binary without `--bench`: only check that it works.
    if !std::env::args().any(|a| a == "--bench") {
        return;
    }
    println!("\nRatios (9 interleaved rounds, median ns/call):");
    let n = 2_000_000;
    for threads in [1usize, 2] {
        let (mut ours, mut theirs) = (Vec::new(), Vec::new());
        for _ in 0..9 {
            ours.push(per_call(threads, n, || {
                black_box(manager_read(black_box(&manager)));
            }));
            theirs.push(per_call(threads, n, || {
                black_box(baseline_read(black_box(&baseline)));
            }));
        }
        report(&format!("{threads} thread(s), one poll"), ours, theirs);
    }
    // The same inside an async fn on the tokio runtime, as the spiro-api hook calls it.
    let (mut ours, mut theirs) = (Vec::new(), Vec::new());
    for _ in 0..9 {
        let start = Instant::now();
        runtime.block_on(async {
            for _ in 0..n {
                black_box(black_box(&manager).authorization().await.ok());
            }
        });
        ours.push(start.elapsed().as_nanos() as f64 / f64::from(n));
        let start = Instant::now();
        runtime.block_on(async {
            for _ in 0..n {
                black_box(baseline_read(black_box(&baseline)));
            }
        });
        theirs.push(start.elapsed().as_nanos() as f64 / f64::from(n));
    }
    report("1 thread, .await in an async fn", ours, theirs);
}
