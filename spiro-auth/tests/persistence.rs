//! Persist-before-use when saving fails, `invalid_grant` after revocation, and the file store's
//! handling of damaged, foreign and concurrently written files.

mod common;

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use async_trait::async_trait;
use common::*;
use spiro_auth::{
    AuthError, FileTokenStore, MemoryTokenStore, ReauthReason, StoreError, StoreLock, TokenSet,
    TokenStore,
};

#[tokio::test]
async fn a_failed_save_never_lets_the_new_access_token_be_used() {
    bounded(async {
        let server = mock().await;
        let issued = server.issue_tokens();
        let store = CountingStore::new(MemoryTokenStore::with_tokens(expired(&issued)));
        let manager = builder(&server)
            .store(Arc::clone(&store))
            .build()
            .expect("manager");

        store.fail_saves(true);
        for _ in 0..3 {
            let err = manager.authorization().await.expect_err("cannot persist");
            assert!(matches!(err, AuthError::Persist(_)), "{err}");
            assert!(err.is_transient());
        }
        let lost = issued_access_tokens(&server);
        assert_eq!(
            lost.len(),
            4,
            "the initial pair and three unsaved refreshes"
        );
        assert_eq!(manager.current_generation(), 0, "nothing was published");
        let stored = store.load().await.expect("load").expect("tokens");
        assert_eq!(stored.refresh_token().expose_secret(), issued.refresh_token);

        // The fault clears: the next call refreshes again with the old refresh token.
        store.fail_saves(false);
        let header = manager.authorization().await.expect("recovered");
        assert_eq!(use_token(&server, &header).await, 200);
        let counters = server.counters();
        assert_eq!(counters.refresh_requests, 4);
        assert_eq!(counters.invalid_grant, 0);
        let all = issued_access_tokens(&server);
        assert_eq!(header.as_bytes(), bearer(&all[4]).as_bytes());
        let used = first_used(&server);
        for never in &lost[1..] {
            assert!(!used.contains(never), "an unsaved access token was used");
        }
        assert_eq!(used, vec![all[4].clone()]);
    })
    .await
}

#[tokio::test]
async fn a_failed_background_save_keeps_serving_the_valid_token() {
    bounded(async {
        let server = mock().await;
        let issued = server.issue_tokens();
        let store = CountingStore::new(MemoryTokenStore::with_tokens(in_refresh_window(&issued)));
        let manager = builder(&server)
            .store(Arc::clone(&store))
            .build()
            .expect("manager");
        let valid = bearer(&issued.access_token);
        store.fail_saves(true);
        for _ in 0..2 {
            let header = manager.authorization().await.expect("valid token served");
            assert_eq!(header.as_bytes(), valid.as_bytes());
            let background = manager.wait_idle().await;
            assert!(
                matches!(background, Some(Err(AuthError::Persist(_)))),
                "{background:?}"
            );
            assert_eq!(use_token(&server, &header).await, 200);
        }
        let issued_now = issued_access_tokens(&server);
        assert_eq!(issued_now.len(), 3, "two unsaved refreshes");
        let used = first_used(&server);
        assert!(!used.contains(&issued_now[1]) && !used.contains(&issued_now[2]));

        store.fail_saves(false);
        let header = manager.authorization().await.expect("still valid");
        assert_eq!(header.as_bytes(), valid.as_bytes());
        assert!(matches!(manager.wait_idle().await, Some(Ok(()))));
        let rotated = manager.authorization().await.expect("rotated");
        assert_eq!(
            rotated.as_bytes(),
            bearer(&issued_access_tokens(&server)[3]).as_bytes()
        );
        assert_eq!(use_token(&server, &rotated).await, 200);
        assert_eq!(server.counters().invalid_grant, 0);
    })
    .await
}

#[tokio::test]
async fn revoked_access_is_a_typed_reauthorization_error_and_the_file_is_untouched() {
    bounded(async {
        let server = mock().await;
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("tokens.json");
        let issued = server.issue_tokens();
        FileTokenStore::new(&path)
            .save(&expired(&issued))
            .await
            .expect("seed");
        let before = std::fs::read(&path).expect("file");

        server.revoke_all_tokens();
        let manager = builder(&server)
            .store(FileTokenStore::new(&path))
            .build()
            .expect("manager");
        let err = manager.authorization().await.expect_err("revoked");
        assert!(
            matches!(
                err,
                AuthError::ReauthorizationRequired {
                    reason: ReauthReason::InvalidGrant
                }
            ),
            "{err}"
        );
        assert!(err.is_reauthorization_required() && !err.is_transient());
        assert_eq!(
            std::fs::read(&path).expect("file"),
            before,
            "byte-identical"
        );
        let counters = server.counters();
        assert_eq!(counters.refresh_requests, 1, "invalid_grant is not retried");
        assert_eq!(counters.invalid_grant, 1);
    })
    .await
}

/// A store whose first read returns stale tokens, as if another process rotated the file right
/// after we read it.
#[derive(Debug)]
struct StaleOnce {
    stale: TokenSet,
    inner: MemoryTokenStore,
    served_stale: AtomicBool,
}

#[async_trait]
impl TokenStore for StaleOnce {
    async fn load(&self) -> Result<Option<TokenSet>, StoreError> {
        if !self.served_stale.swap(true, Ordering::SeqCst) {
            return Ok(Some(self.stale.clone()));
        }
        self.inner.load().await
    }
    async fn save(&self, tokens: &TokenSet) -> Result<(), StoreError> {
        self.inner.save(tokens).await
    }
    async fn lock(&self) -> Result<StoreLock, StoreError> {
        self.inner.lock().await
    }
}

#[tokio::test]
async fn invalid_grant_rereads_the_store_before_giving_up() {
    bounded(async {
        let server = mock().await;
        let issued = server.issue_tokens();
        // Another client rotates and uses the new token: the first pair is revoked.
        let other = builder(&server)
            .store(MemoryTokenStore::with_tokens(expired(&issued)))
            .build()
            .expect("manager");
        let rotated = other.authorization().await.expect("rotated");
        assert_eq!(use_token(&server, &rotated).await, 200);
        let rotated_pair = other_pair(&server);

        let store = StaleOnce {
            stale: expired(&issued),
            inner: MemoryTokenStore::with_tokens(rotated_pair),
            served_stale: AtomicBool::new(false),
        };
        let manager = builder(&server).store(store).build().expect("manager");
        let header = manager
            .authorization()
            .await
            .expect("adopts the rotated tokens");
        assert_eq!(header.as_bytes(), rotated.as_bytes());
        let counters = server.counters();
        assert_eq!(
            counters.invalid_grant, 1,
            "the stale refresh token was refused once"
        );
        assert_eq!(counters.refresh_requests, 2, "no refresh after adopting");
    })
    .await
}

/// The newest pair the mock issued, as a valid token set.
fn other_pair(server: &spiro_mock::Server) -> TokenSet {
    let (access, refresh) = server
        .events()
        .into_iter()
        .filter_map(|e| match e {
            spiro_mock::Event::TokensIssued {
                access_token,
                refresh_token,
                ..
            } => Some((access_token, refresh_token)),
            _ => None,
        })
        .next_back()
        .expect("issued");
    let now = chrono::Utc::now();
    TokenSet::new(access, refresh, now + chrono::Duration::hours(24)).with_issued_at(now)
}

#[tokio::test]
async fn a_second_process_that_sees_a_401_adopts_the_rotated_file_without_refreshing() {
    bounded(async {
        let server = mock().await;
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("tokens.json");
        let issued = server.issue_tokens();
        FileTokenStore::new(&path)
            .save(&fresh(&issued))
            .await
            .expect("seed");
        let a = builder(&server)
            .store(FileTokenStore::new(&path))
            .build()
            .expect("a");
        let b = builder(&server)
            .store(FileTokenStore::new(&path))
            .build()
            .expect("b");
        let a_header = a.authorization().await.expect("a loads");
        let _ = b.authorization().await.expect("b loads");
        b.force_refresh().await.expect("b rotates");
        let b_header = b.authorization().await.expect("b");
        assert_eq!(use_token(&server, &b_header).await, 200);
        assert_eq!(
            use_token(&server, &a_header).await,
            401,
            "revoked on first use of b's token"
        );
        let replay = a.unauthorized(&a_header).await.expect("a adopts");
        assert_eq!(replay.as_bytes(), b_header.as_bytes());
        assert_eq!(server.counters().refresh_requests, 1);
        assert_eq!(use_token(&server, &replay).await, 200);
    })
    .await
}

#[tokio::test]
async fn damaged_token_files_are_typed_errors_and_never_overwritten() {
    bounded(async {
        let server = mock().await;
        let dir = tempfile::tempdir().expect("tempdir");
        let cases: Vec<(&str, Vec<u8>)> = vec![
            ("empty", Vec::new()),
            (
                "truncated",
                br#"{"version":1,"access_token":"abc","refresh_tok"#.to_vec(),
            ),
            ("garbage", b"\x7fELF\x02\x01".to_vec()),
            ("wrong shape", br#"{"tokens":[]}"#.to_vec()),
        ];
        for (name, bytes) in cases {
            let path = dir.path().join(format!("{name}.json"));
            write_private(&path, &bytes);
            let manager = builder(&server)
                .store(FileTokenStore::new(&path))
                .build()
                .expect("manager");
            let err = manager.authorization().await.expect_err(name);
            assert!(
                matches!(err, AuthError::Store(StoreError::Corrupt { .. })),
                "{name}: {err:?}"
            );
            assert!(!err.is_transient());
            assert_eq!(
                std::fs::read(&path).expect("file"),
                bytes,
                "{name} untouched"
            );
        }
        let path = dir.path().join("future.json");
        write_private(&path, br#"{"version":7,"sealed":"..."}"#);
        let manager = builder(&server)
            .store(FileTokenStore::new(&path))
            .build()
            .expect("manager");
        let err = manager.authorization().await.expect_err("newer format");
        assert!(
            matches!(
                err,
                AuthError::Store(StoreError::UnsupportedVersion { found: 7, .. })
            ),
            "{err:?}"
        );
        assert_eq!(server.counters().token_requests, 0);
    })
    .await
}

#[tokio::test]
async fn a_raw_token_response_saved_by_an_older_script_is_used_and_refreshed() {
    bounded(async {
        let server = mock().await;
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("legacy.json");
        let issued = server.issue_tokens();
        let legacy = serde_json::json!({
            "access_token": issued.access_token,
            "token_type": "Bearer",
            "expires_in": issued.expires_in,
            "refresh_token": issued.refresh_token,
            "created_at": issued.created_at,
            "scope": "",
            "note": "saved by an older script",
        });
        write_private(&path, &serde_json::to_vec(&legacy).expect("json"));
        let manager = builder(&server)
            .store(FileTokenStore::new(&path))
            .build()
            .expect("manager");
        let header = manager.authorization().await.expect("legacy file read");
        assert_eq!(header.as_bytes(), bearer(&issued.access_token).as_bytes());
        assert_eq!(
            server.counters().token_requests,
            0,
            "still valid: no refresh"
        );

        // A refresh rewrites it in the current format.
        manager.force_refresh().await.expect("refresh");
        let text = std::fs::read_to_string(&path).expect("file");
        let value: serde_json::Value = serde_json::from_str(&text).expect("json");
        assert_eq!(value["version"], 1);
        assert!(
            value["expires_at"]
                .as_str()
                .is_some_and(|s| s.ends_with('Z'))
        );
    })
    .await
}

#[tokio::test]
async fn file_and_lock_file_are_private_from_creation() {
    bounded(async {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().expect("tempdir");
        let store = FileTokenStore::new(dir.path().join("t.json"));
        let t = TokenSet::new("a", "r", chrono::Utc::now());
        store.save(&t).await.expect("save");
        let lock = store.lock().await.expect("lock");
        for path in [store.path(), store.lock_path()] {
            let mode = std::fs::metadata(path)
                .expect("exists")
                .permissions()
                .mode();
            assert_eq!(mode & 0o777, 0o600, "{}", path.display());
        }
        drop(lock);
        // (That the temporary file is 0600 from its creation is checked by the crash test, which
        // stops the process right after the temporary file is written.)
    })
    .await
}

#[tokio::test]
async fn the_lock_is_exclusive_and_released_on_drop() {
    bounded(async {
        let dir = tempfile::tempdir().expect("tempdir");
        let store = FileTokenStore::new(dir.path().join("t.json"));
        let other = FileTokenStore::new(dir.path().join("t.json"));
        let held = store.lock().await.expect("lock");
        // A second locker (its own open file, as another process would have) cannot get it...
        let blocked =
            tokio::time::timeout(std::time::Duration::from_millis(100), other.lock()).await;
        assert!(blocked.is_err(), "the lock is exclusive");
        drop(held);
        // ...until it is released.
        other.lock().await.expect("acquired after release");
    })
    .await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_reader_never_sees_a_torn_file_during_many_writes() {
    bounded(async {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("t.json");
        let writer_store = FileTokenStore::new(&path);
        let t = |i: usize| {
            // Alternate long and short contents: a non-atomic rewrite would leave a mix.
            let pad = if i.is_multiple_of(2) { 2000 } else { 1 };
            TokenSet::new(
                format!("a{i}-{}", "x".repeat(pad)),
                format!("r{i}-{}", "y".repeat(pad)),
                chrono::Utc::now(),
            )
        };
        writer_store.save(&t(0)).await.expect("first");
        let done = Arc::new(AtomicBool::new(false));
        let reader = {
            let done = Arc::clone(&done);
            let store = FileTokenStore::new(&path);
            tokio::spawn(async move {
                let mut reads = 0usize;
                while !done.load(Ordering::SeqCst) {
                    let tokens = store.load().await.expect("never torn").expect("present");
                    let a = tokens.access_token().expose_secret();
                    let r = tokens.refresh_token().expose_secret();
                    let (ai, _) = a[1..].split_once('-').expect("shape");
                    let (ri, _) = r[1..].split_once('-').expect("shape");
                    assert_eq!(ai, ri, "access and refresh token from the same write");
                    reads += 1;
                }
                reads
            })
        };
        for i in 1..=300 {
            writer_store.save(&t(i)).await.expect("write");
        }
        done.store(true, Ordering::SeqCst);
        let reads = reader.await.expect("reader never saw a torn file");
        assert!(reads > 0);
    })
    .await
}
