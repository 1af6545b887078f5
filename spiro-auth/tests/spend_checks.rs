//! Nothing is spent that could not be kept: a login checks the store before it exchanges its
//! one-time code, a stored generation that cannot be counted is refused before a refresh token
//! is spent, every save carries the generation after the one it replaces, and a stored access
//! token that cannot be a header is blamed on the store (and refreshed away when it can be).

mod common;

use std::os::unix::fs::{PermissionsExt, symlink};
use std::path::Path;
use std::sync::{Arc, Mutex};

use async_trait::async_trait;
use common::*;
use spiro_auth::{
    AuthError, AuthorizationCode, FileTokenStore, MemoryTokenStore, StoreError, StoreLock,
    TokenSet, TokenStore, UnsafePath,
};

fn chmod(path: &Path, mode: u32) {
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).expect("chmod");
}

/// One way a token store can be unsafe, made and then mended in `dir` (whose token file is
/// `dir/tokens.json`).
struct Unsafe {
    name: &'static str,
    make: fn(&Path),
    mend: fn(&Path),
    problem: fn(&UnsafePath) -> bool,
}

const UNSAFE_STORES: &[Unsafe] = &[
    Unsafe {
        name: "token file readable by others (0644)",
        make: |dir| {
            write_private(&dir.join("tokens.json"), b"{}");
            chmod(&dir.join("tokens.json"), 0o644);
        },
        mend: |dir| chmod(&dir.join("tokens.json"), 0o600),
        problem: |p| matches!(p, UnsafePath::TooOpen { .. }),
    },
    Unsafe {
        name: "token file is a symlink",
        make: |dir| {
            write_private(&dir.join("elsewhere.json"), b"{}");
            symlink(dir.join("elsewhere.json"), dir.join("tokens.json")).expect("symlink");
        },
        mend: |dir| std::fs::remove_file(dir.join("tokens.json")).expect("rm"),
        problem: |p| matches!(p, UnsafePath::Symlink),
    },
    Unsafe {
        name: "lock file writable by the group (0620)",
        make: |dir| {
            write_private(&dir.join("tokens.json.lock"), b"");
            chmod(&dir.join("tokens.json.lock"), 0o620);
        },
        mend: |dir| chmod(&dir.join("tokens.json.lock"), 0o600),
        problem: |p| matches!(p, UnsafePath::TooOpen { .. }),
    },
    Unsafe {
        name: "directory writable by others without the sticky bit",
        make: |dir| chmod(dir, 0o777),
        mend: |dir| chmod(dir, 0o700),
        problem: |p| matches!(p, UnsafePath::DirectoryWritableByOthers { .. }),
    },
];

/// Issue 17, item 7: with an unsafe token file (or lock file, or directory) a login fails with
/// the store's typed error and sends nothing to the token endpoint; once the store is mended,
/// the very same code logs in, so it was not spent.
#[tokio::test]
async fn login_with_an_unsafe_store_makes_no_request_to_the_token_endpoint() {
    bounded(async {
        for case in UNSAFE_STORES {
            let server = mock().await;
            let scratch = tempfile::tempdir().expect("tempdir");
            let dir = scratch.path().join("tokens");
            std::fs::create_dir(&dir).expect("dir");
            chmod(&dir, 0o700);
            (case.make)(&dir);
            let manager = builder(&server)
                .store(FileTokenStore::new(dir.join("tokens.json")))
                .build()
                .expect("manager");
            let code = AuthorizationCode::from(server.issue_code());

            let err = manager.exchange_code(&code).await.expect_err(case.name);
            match &err {
                AuthError::Store(StoreError::Unsafe { problem, .. }) if (case.problem)(problem) => {
                }
                other => panic!("{}: {other:?}", case.name),
            }
            assert!(
                err.to_string().contains("token store"),
                "{}: {err}",
                case.name
            );
            assert_eq!(
                server.counters().token_requests,
                0,
                "{}: the code was sent to the token endpoint",
                case.name
            );

            (case.mend)(&dir);
            manager
                .exchange_code(&code)
                .await
                .unwrap_or_else(|e| panic!("{}: the same code after mending: {e}", case.name));
            assert_eq!(server.counters().token_requests, 1, "{}", case.name);
            let stored = FileTokenStore::new(dir.join("tokens.json"))
                .load()
                .await
                .expect("load")
                .expect("tokens");
            let header = manager.authorization().await.expect("header");
            assert_eq!(
                header.to_str().unwrap_or_default(),
                bearer(stored.access_token().expose_secret())
            );
        }
    })
    .await
}

/// A login replaces a corrupt token file (that is how one recovers from it): the check before
/// the exchange looks at the file's trust, not its content.
#[tokio::test]
async fn login_replaces_a_corrupt_token_file() {
    bounded(async {
        let server = mock().await;
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("tokens.json");
        write_private(&path, b"{ not json");
        let manager = builder(&server)
            .store(FileTokenStore::new(&path))
            .build()
            .expect("manager");
        manager
            .exchange_code(&server.issue_code().into())
            .await
            .expect("login over a corrupt file");
        assert!(
            FileTokenStore::new(&path)
                .load()
                .await
                .expect("load")
                .is_some()
        );
    })
    .await
}

/// A memory store that records the generation of every save and can hand out tokens with a
/// chosen generation (as a fencing store does on load).
#[derive(Debug, Default)]
struct GenerationStore {
    inner: MemoryTokenStore,
    loaded_generation: Mutex<u64>,
    saved: Mutex<Vec<u64>>,
    /// Tokens handed out by `load` after a save (to play a store that another host wrote).
    after_save: Mutex<Option<TokenSet>>,
    fence_saves: bool,
}

impl GenerationStore {
    fn with(tokens: Option<TokenSet>, generation: u64) -> Self {
        GenerationStore {
            inner: tokens
                .map(MemoryTokenStore::with_tokens)
                .unwrap_or_default(),
            loaded_generation: Mutex::new(generation),
            ..GenerationStore::default()
        }
    }

    fn saved(&self) -> Vec<u64> {
        self.saved.lock().expect("saved").clone()
    }
}

#[async_trait]
impl TokenStore for GenerationStore {
    async fn load(&self) -> Result<Option<TokenSet>, StoreError> {
        if !self.saved().is_empty()
            && let Some(tokens) = self.after_save.lock().expect("after").clone()
        {
            return Ok(Some(tokens));
        }
        let generation = *self.loaded_generation.lock().expect("generation");
        Ok(self
            .inner
            .load()
            .await?
            .map(|t| t.with_generation(generation)))
    }

    async fn save(&self, tokens: &TokenSet) -> Result<(), StoreError> {
        self.saved.lock().expect("saved").push(tokens.generation());
        if self.fence_saves {
            return Err(StoreError::Superseded {
                attempted: tokens.generation(),
                stored: tokens.generation(),
            });
        }
        *self.loaded_generation.lock().expect("generation") = tokens.generation();
        self.inner.save(tokens).await
    }

    async fn lock(&self) -> Result<StoreLock, StoreError> {
        self.inner.lock().await
    }
}

/// Issue 17, item 5: a stored generation that cannot be incremented is a typed error before any
/// refresh token or code is spent, call after call (no refresh loop), for a refresh and a login.
#[tokio::test]
async fn a_generation_that_cannot_be_incremented_spends_nothing() {
    bounded(async {
        let server = mock().await;
        let store = Arc::new(GenerationStore::with(
            Some(expired(&server.issue_tokens())),
            u64::MAX,
        ));
        let manager = builder(&server)
            .store(Arc::clone(&store))
            .build()
            .expect("manager");
        for _ in 0..3 {
            let err = manager.authorization().await.expect_err("cannot count");
            assert!(
                matches!(
                    err,
                    AuthError::Store(StoreError::GenerationExhausted {
                        generation: u64::MAX
                    })
                ),
                "{err:?}"
            );
            assert!(!err.is_transient(), "not retried as if it could heal");
        }
        let err = manager
            .exchange_code(&server.issue_code().into())
            .await
            .expect_err("a login cannot count either");
        assert!(
            matches!(
                err,
                AuthError::Store(StoreError::GenerationExhausted { .. })
            ),
            "{err:?}"
        );
        assert_eq!(server.counters().token_requests, 0);
        assert!(store.saved().is_empty());
    })
    .await
}

/// Every save carries the generation after the one it replaces: a refresh of generation g and
/// a login over generation g both save g + 1, and a login into an empty store saves 1.
#[tokio::test]
async fn every_save_carries_the_generation_after_the_one_it_replaces() {
    bounded(async {
        let server = mock().await;
        let refreshed = Arc::new(GenerationStore::with(
            Some(expired(&server.issue_tokens())),
            41,
        ));
        let manager = builder(&server)
            .store(Arc::clone(&refreshed))
            .build()
            .expect("manager");
        manager.authorization().await.expect("refresh");
        assert_eq!(refreshed.saved(), [42]);
        manager
            .exchange_code(&server.issue_code().into())
            .await
            .expect("login");
        assert_eq!(refreshed.saved(), [42, 43], "the login replaced 42");

        let empty = Arc::new(GenerationStore::with(None, 0));
        let manager = builder(&server)
            .store(Arc::clone(&empty))
            .build()
            .expect("manager");
        manager
            .exchange_code(&server.issue_code().into())
            .await
            .expect("login");
        assert_eq!(empty.saved(), [1]);
    })
    .await
}

/// Issue 17, item 6: a stored access token that cannot be sent in a header is not blamed on the
/// token endpoint. When the refresh token stored with it is good, the client refreshes it away.
#[tokio::test]
async fn a_stored_access_token_that_cannot_be_a_header_is_refreshed_away() {
    bounded(async {
        let server = mock().await;
        let issued = server.issue_tokens();
        let broken = TokenSet::new(
            "line\nbreak",
            issued.refresh_token.as_str(),
            chrono::Utc::now() + chrono::Duration::hours(20),
        );
        let manager = builder(&server)
            .store(MemoryTokenStore::with_tokens(broken))
            .build()
            .expect("manager");
        let header = manager.authorization().await.expect("refreshed");
        assert_eq!(use_token(&server, &header).await, 200);
        assert_eq!(server.counters().refresh_requests, 1);
    })
    .await
}

/// ... and when the manager has to adopt such a token (its own save was fenced off by a newer
/// generation), the error names the store, not the token endpoint.
#[tokio::test]
async fn adopting_a_stored_token_that_cannot_be_a_header_names_the_store() {
    bounded(async {
        let server = mock().await;
        let store = Arc::new(GenerationStore {
            fence_saves: true,
            after_save: Mutex::new(Some(TokenSet::new(
                "line\nbreak",
                "r",
                chrono::Utc::now() + chrono::Duration::hours(20),
            ))),
            ..GenerationStore::with(Some(expired(&server.issue_tokens())), 1)
        });
        let manager = builder(&server)
            .store(Arc::clone(&store))
            .build()
            .expect("manager");
        let err = manager.authorization().await.expect_err("unusable");
        assert!(
            matches!(err, AuthError::Store(StoreError::UnusableAccessToken)),
            "{err:?}"
        );
        let message = format!(
            "{err}: {}",
            std::error::Error::source(&err)
                .map(ToString::to_string)
                .unwrap_or_default()
        );
        assert!(message.contains("token store"), "{message}");
        assert!(!message.contains("token endpoint"), "{message}");
    })
    .await
}
