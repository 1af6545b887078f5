//! Test helper, not an example to follow: the child process of `tests/processes.rs`, built by
//! that test with `--features failpoints` (the crash hooks must never reach an ordinary build,
//! so they live in this separately built binary instead of in the test's own dependencies).
//!
//! Environment (all set by the test): `SPIRO_AUTH_TEST_CHILD_STORE` (the token file),
//! `…_OAUTH_URL`, `…_API_URL`, `…_CLIENT` (id, secret and redirect URI on three lines),
//! `…_MODE` (`use`: 64 concurrent `authorization()` calls; `rotate`: a forced refresh),
//! `…_ABORT_AFTER_USE` (`1`: abort right after the first use of the token), and
//! `SPIRO_AUTH_FAILPOINT` (the step at which to abort). Prints `FINGERPRINT=<hash of the header>`;
//! exits 0 when the API accepted the token, 3 when re-authorization is required, 4 otherwise.

use std::hash::{DefaultHasher, Hash, Hasher};
use std::time::Duration;

use spiro_auth::{Credentials, Endpoints, FileTokenStore, RetryPolicy, TokenManager};

const CHILD_STORE: &str = "SPIRO_AUTH_TEST_CHILD_STORE";
const CHILD_OAUTH_URL: &str = "SPIRO_AUTH_TEST_CHILD_OAUTH_URL";
const CHILD_API_URL: &str = "SPIRO_AUTH_TEST_CHILD_API_URL";
const CHILD_CLIENT: &str = "SPIRO_AUTH_TEST_CHILD_CLIENT";
const CHILD_MODE: &str = "SPIRO_AUTH_TEST_CHILD_MODE";
const CHILD_ABORT_AFTER_USE: &str = "SPIRO_AUTH_TEST_CHILD_ABORT_AFTER_USE";

const EXIT_REAUTHORIZE: i32 = 3;
const EXIT_OTHER: i32 = 4;

fn main() {
    assert!(
        spiro_auth::failpoint::enabled(),
        "built without the failpoints feature"
    );
    let var = |name| std::env::var(name).unwrap_or_default();
    let store_path = var(CHILD_STORE);
    if store_path.is_empty() {
        eprintln!("crash_child is started by spiro-auth's tests/processes.rs");
        std::process::exit(EXIT_OTHER);
    }
    let client = var(CHILD_CLIENT);
    let mut parts = client.splitn(3, '\n');
    let (id, secret, redirect) = (
        parts.next().unwrap_or_default(),
        parts.next().unwrap_or_default(),
        parts.next().unwrap_or_default(),
    );
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("runtime");
    let code = runtime.block_on(async {
        let manager = TokenManager::builder(Credentials::new(id, secret, redirect))
            .endpoints(Endpoints::from_oauth_url(&var(CHILD_OAUTH_URL)).expect("url"))
            .retry_policy(
                RetryPolicy::default()
                    .with_max_retries(3)
                    .with_initial_backoff(Duration::from_millis(1))
                    .with_max_backoff(Duration::from_millis(5))
                    .with_attempt_timeout(Duration::from_secs(5))
                    .with_deadline(Duration::from_secs(20)),
            )
            .store(FileTokenStore::new(&store_path))
            .build()
            .expect("manager");
        let header = match var(CHILD_MODE).as_str() {
            "rotate" => manager
                .force_refresh()
                .await
                .and(manager.authorization().await),
            _ => {
                let tasks: Vec<_> = (0..64)
                    .map(|_| {
                        let m = manager.clone();
                        tokio::spawn(async move { m.authorization().await })
                    })
                    .collect();
                let mut last = None;
                for t in tasks {
                    last = Some(t.await.expect("task"));
                }
                last.expect("64 tasks")
            }
        };
        let header = match header {
            Ok(h) => h,
            Err(e) if e.is_reauthorization_required() => {
                eprintln!("child: {e}");
                return EXIT_REAUTHORIZE;
            }
            Err(e) => {
                eprintln!("child: {e}");
                return EXIT_OTHER;
            }
        };
        let status = reqwest::Client::new()
            .get(format!("{}/companies", var(CHILD_API_URL)))
            .header(http::header::AUTHORIZATION, header.clone())
            .send()
            .await
            .map(|r| r.status().as_u16())
            .unwrap_or(0);
        if var(CHILD_ABORT_AFTER_USE) == "1" {
            std::process::abort();
        }
        let mut h = DefaultHasher::new();
        header.as_bytes().hash(&mut h);
        println!("FINGERPRINT={}", h.finish());
        if status == 200 { 0 } else { EXIT_OTHER }
    });
    std::process::exit(code);
}
