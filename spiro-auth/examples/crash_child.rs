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

use spiro_auth::{FileTokenStore, RetryPolicy, TokenManager};

/// The environment shared with the test (`tests/common/child.rs`).
#[path = "../tests/common/child.rs"]
mod child;

use child::{API_URL, MODE, var};

/// Set by the test; its value is the token file.
const CHILD_STORE: &str = "SPIRO_AUTH_TEST_CHILD_STORE";

const EXIT_REAUTHORIZE: i32 = 3;
const EXIT_OTHER: i32 = 4;

fn main() {
    assert!(
        spiro_auth::failpoint::enabled(),
        "built without the failpoints feature"
    );
    let store_path = var(CHILD_STORE);
    if store_path.is_empty() {
        eprintln!("crash_child is started by spiro-auth's tests/processes.rs");
        std::process::exit(EXIT_OTHER);
    }
    let code = child::runtime().block_on(async {
        let manager = TokenManager::builder(child::credentials())
            .endpoints(child::endpoints())
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
        let header = match var(MODE).as_str() {
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
            .get(format!("{}/companies", var(API_URL)))
            .header(http::header::AUTHORIZATION, header.clone())
            .send()
            .await
            .map(|r| r.status().as_u16())
            .unwrap_or(0);
        if child::abort_after_use() {
            std::process::abort();
        }
        let mut h = DefaultHasher::new();
        header.as_bytes().hash(&mut h);
        println!("FINGERPRINT={}", h.finish());
        if status == 200 { 0 } else { EXIT_OTHER }
    });
    std::process::exit(code);
}
