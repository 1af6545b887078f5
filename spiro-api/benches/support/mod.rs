//! What the benchmarks share: a mock server, a client for it, and interleaved timing.
#![allow(dead_code)] // each benchmark uses a different part

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use chrono::{Duration as Age, Utc};
use spiro_api::Client;
use spiro_auth::{MemoryTokenStore, TokenSet};
use spiro_mock::{Dataset, Server};

/// spiro-mock on a runtime of its own (one worker thread), so that the server's work and
/// memory stay apart from the client's being measured.
pub struct Mock {
    pub server: Server,
    _runtime: tokio::runtime::Runtime,
}

thread_local! {
    /// Set on the threads of a server (the mock's, or a bench's own), so that [`Counting`]
    /// leaves them out.
    pub static MOCK_THREAD: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Counts the client's live heap bytes and their peak (threads marked with [`MOCK_THREAD`]
/// are left out). A bench that measures memory installs it:
/// `#[global_allocator] static ALLOCATOR: support::Counting = support::Counting;`.
/// A reallocation counts the old and the new block until the old one is freed.
pub struct Counting;

/// Live heap bytes (of counted threads).
pub static LIVE: AtomicUsize = AtomicUsize::new(0);
/// The highest [`LIVE`] since it was last reset.
pub static PEAK: AtomicUsize = AtomicUsize::new(0);

fn counted() -> bool {
    !MOCK_THREAD.try_with(|flag| flag.get()).unwrap_or(false)
}

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let ptr = unsafe { System.alloc(layout) };
        if !ptr.is_null() && counted() {
            let live = LIVE.fetch_add(layout.size(), Ordering::Relaxed) + layout.size();
            PEAK.fetch_max(live, Ordering::Relaxed);
        }
        ptr
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) };
        if counted() {
            LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
        }
    }
}

pub fn mock(companies: usize) -> Mock {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .on_thread_start(|| MOCK_THREAD.with(|flag| flag.set(true)))
        .build()
        .expect("runtime");
    let dataset = Dataset::empty().companies(companies).users(20);
    let server = runtime
        .block_on(Server::builder().dataset(dataset).start())
        .expect("spiro-mock starts");
    Mock {
        server,
        _runtime: runtime,
    }
}

/// A runtime for the client side: one thread, as most benchmarks of a client library use.
pub fn client_runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime")
}

/// A spiro-api client with OAuth (a valid token in memory) and the raw access token, for the
/// hand-written baselines.
pub fn client(server: &Server) -> (Client, String) {
    let issued = server.issue_tokens();
    let now = Utc::now();
    let tokens = TokenSet::new(
        issued.access_token.clone(),
        issued.refresh_token.clone(),
        now + Age::hours(23),
    )
    .with_issued_at(now - Age::hours(1));
    let client = spiro_api::testing::builder(server)
        .token_store(MemoryTokenStore::with_tokens(tokens))
        .build()
        .expect("client builds");
    (client, issued.access_token)
}

/// Runs variants `0..variants` `rounds` times, interleaved and rotated (0 1 2, 1 2 0, 2 0 1, …)
/// so that a noisy neighbour slows all of them alike and no variant always runs right after the
/// same other one (with a fixed order, the first spiro-api variant, always right after the raw
/// client's batch, measured 3–6% slower than the same calls with a subscriber recording spans,
/// which callgrind counts as the same work), and returns each one's median time.
pub async fn interleaved<F, Fut>(rounds: usize, variants: usize, mut run: F) -> Vec<Duration>
where
    F: FnMut(usize) -> Fut,
    Fut: std::future::Future<Output = u64>,
{
    let mut times = vec![Vec::with_capacity(rounds); variants];
    let mut checksum = 0u64;
    for round in 0..rounds {
        for step in 0..variants {
            let variant = (round + step) % variants;
            let started = Instant::now();
            checksum = checksum.wrapping_add(run(variant).await);
            times[variant].push(started.elapsed());
        }
    }
    std::hint::black_box(checksum);
    times
        .into_iter()
        .map(|mut samples| {
            samples.sort();
            samples[samples.len() / 2]
        })
        .collect()
}

pub fn report(title: &str, names: &[&str], medians: &[Duration], goal: &str) {
    println!("\n{title}");
    for (name, median) in names.iter().zip(medians) {
        println!(
            "  {name:<44} {:>10.2} ms (median)",
            median.as_secs_f64() * 1e3
        );
    }
    for (name, median) in names.iter().zip(medians).skip(1) {
        println!(
            "  ratio {name} / {}: {:.3}x  (goal: {goal})",
            names[0],
            median.as_secs_f64() / medians[0].as_secs_f64()
        );
    }
}

/// The reqwest client a careful hand-written integration would use: the same timeouts and
/// user agent as the SDK's, so that ratios measure the SDK's own work.
pub fn raw_http() -> reqwest::Client {
    reqwest::Client::builder()
        .user_agent(spiro_api::USER_AGENT)
        .timeout(Duration::from_secs(30))
        .connect_timeout(Duration::from_secs(10))
        .build()
        .expect("client")
}

/// A GET as a hand-written integration would send it: bearer header, `X-Api-Version`,
/// decode with serde_json.
pub async fn raw_get<T: serde::de::DeserializeOwned>(
    http: &reqwest::Client,
    url: &str,
    token: &str,
) -> T {
    let body = http
        .get(url)
        .bearer_auth(token)
        .header("x-api-version", "1")
        .header("accept", "application/json")
        .send()
        .await
        .expect("GET")
        .bytes()
        .await
        .expect("body");
    serde_json::from_slice(&body).expect("JSON")
}
