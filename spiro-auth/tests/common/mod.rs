//! Helpers shared by the integration tests: a spiro-mock server, token sets in chosen states,
//! a store that counts (and can fail) writes, and "first use" of a token through the API.

#![allow(dead_code)]

pub mod child;

#[allow(unused_imports)] // each test binary uses a different part
pub use spiro_mock::limit::{bounded, within};

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::Duration;

use async_trait::async_trait;
use chrono::Utc;
use http::HeaderValue;
use spiro_auth::{
    Credentials, Endpoints, RefreshPolicy, RetryPolicy, StoreError, StoreLock, TokenManager,
    TokenManagerBuilder, TokenSet, TokenStore,
};
use spiro_mock::{Event, IssuedTokens, Server};

pub async fn mock() -> Server {
    Server::start()
        .await
        .expect("spiro-mock starts on loopback")
}

pub fn credentials(server: &Server) -> Credentials {
    Credentials::new(
        server.client_id(),
        server.client_secret(),
        server.redirect_uri(),
    )
}

pub fn endpoints(server: &Server) -> Endpoints {
    Endpoints::from_oauth_url(&server.oauth_url()).expect("loopback URL is accepted")
}

/// Fast retries so failure scenarios finish quickly; still 4 attempts.
pub fn fast_retries() -> RetryPolicy {
    RetryPolicy::default()
        .with_max_retries(3)
        .with_initial_backoff(Duration::from_millis(1))
        .with_max_backoff(Duration::from_millis(5))
        .with_attempt_timeout(Duration::from_secs(5))
        .with_deadline(Duration::from_secs(20))
}

/// A manager builder for `server` with fast retries and no background cooldown.
pub fn builder(server: &Server) -> TokenManagerBuilder {
    TokenManager::builder(credentials(server))
        .endpoints(endpoints(server))
        .retry_policy(fast_retries())
        .refresh_policy(RefreshPolicy::default().with_background_retry_cooldown(Duration::ZERO))
}

/// The mock's tokens, stored as already expired (issued a day ago).
pub fn expired(issued: &IssuedTokens) -> TokenSet {
    let now = Utc::now();
    TokenSet::new(
        issued.access_token.as_str(),
        issued.refresh_token.as_str(),
        now - chrono::Duration::seconds(1),
    )
    .with_issued_at(now - chrono::Duration::hours(24))
}

/// The mock's tokens, 23 h into a 24 h life: valid, but inside the refresh-ahead window.
pub fn in_refresh_window(issued: &IssuedTokens) -> TokenSet {
    let now = Utc::now();
    TokenSet::new(
        issued.access_token.as_str(),
        issued.refresh_token.as_str(),
        now + chrono::Duration::hours(1),
    )
    .with_issued_at(now - chrono::Duration::hours(23))
}

/// The mock's tokens, just issued.
pub fn fresh(issued: &IssuedTokens) -> TokenSet {
    let now = Utc::now();
    TokenSet::new(
        issued.access_token.as_str(),
        issued.refresh_token.as_str(),
        now + chrono::Duration::hours(24),
    )
    .with_issued_at(now)
}

pub fn bearer(access_token: &str) -> String {
    format!("Bearer {access_token}")
}

/// "First use": an authenticated GET of `/companies`. Returns the status.
pub async fn use_token(server: &Server, header: &HeaderValue) -> u16 {
    reqwest::Client::new()
        .get(format!("{}/companies", server.api_url()))
        .header(http::header::AUTHORIZATION, header.clone())
        .send()
        .await
        .expect("the mock answers")
        .status()
        .as_u16()
}

/// Access tokens issued by the mock, oldest first.
pub fn issued_access_tokens(server: &Server) -> Vec<String> {
    server
        .events()
        .into_iter()
        .filter_map(|e| match e {
            Event::TokensIssued { access_token, .. } => Some(access_token),
            _ => None,
        })
        .collect()
}

/// Access tokens the API saw for the first time.
pub fn first_used(server: &Server) -> Vec<String> {
    server
        .events()
        .into_iter()
        .filter_map(|e| match e {
            Event::AccessTokenFirstUse { access_token } => Some(access_token),
            _ => None,
        })
        .collect()
}

/// Wraps a store: counts saves and fails them on demand.
#[derive(Debug)]
pub struct CountingStore<S> {
    pub inner: S,
    saves: AtomicUsize,
    fail_saves: AtomicBool,
}

impl<S: TokenStore> CountingStore<S> {
    pub fn new(inner: S) -> Arc<Self> {
        Arc::new(CountingStore {
            inner,
            saves: AtomicUsize::new(0),
            fail_saves: AtomicBool::new(false),
        })
    }

    /// Successful saves so far.
    pub fn saves(&self) -> usize {
        self.saves.load(Ordering::SeqCst)
    }

    pub fn fail_saves(&self, fail: bool) {
        self.fail_saves.store(fail, Ordering::SeqCst);
    }
}

#[async_trait]
impl<S: TokenStore> TokenStore for CountingStore<S> {
    async fn load(&self) -> Result<Option<TokenSet>, StoreError> {
        self.inner.load().await
    }

    async fn save(&self, tokens: &TokenSet) -> Result<(), StoreError> {
        if self.fail_saves.load(Ordering::SeqCst) {
            return Err(StoreError::io(
                "/injected",
                std::io::Error::from(std::io::ErrorKind::StorageFull),
            ));
        }
        self.inner.save(tokens).await?;
        self.saves.fetch_add(1, Ordering::SeqCst);
        Ok(())
    }

    async fn lock(&self) -> Result<StoreLock, StoreError> {
        self.inner.lock().await
    }

    async fn check_writable(&self) -> Result<(), StoreError> {
        self.inner.check_writable().await
    }
}

/// Whether this runs in CI: `.ci/run` sets `CI=true` itself.
pub fn in_ci() -> bool {
    std::env::var("CI").is_ok_and(|v| v == "true")
}

/// A test whose precondition (`missing`) is not met here. Under CI it fails: CI must run every
/// test. Elsewhere it says so on the real stderr, which the harness does not capture (it keeps a
/// passing test's `eprintln!` to itself), and the caller returns.
pub fn precondition_missing(test: &str, missing: &str) {
    assert!(
        !in_ci(),
        "{test}: {missing}. CI=true, so this fails instead of being skipped: CI must run it"
    );
    use std::io::Write;
    let _ = writeln!(
        std::io::stderr(),
        "SKIPPED {test}: {missing} (under CI=true this fails)"
    );
}

/// Writes a file the way a careful tool would: mode 0600 from creation (the file store refuses
/// token files that the group or others can read).
pub fn write_private(path: &std::path::Path, bytes: &[u8]) {
    use std::io::Write;
    use std::os::unix::fs::OpenOptionsExt;
    std::fs::OpenOptions::new()
        .write(true)
        .create(true)
        .truncate(true)
        .mode(0o600)
        .open(path)
        .and_then(|mut f| f.write_all(bytes))
        .expect("write a private file");
}
