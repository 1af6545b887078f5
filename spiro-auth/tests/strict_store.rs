//! The file store's guard rails: stale temporary files are removed, no file operation of a
//! refresh outlives the refresh deadline, nothing is read without bound, and the token file,
//! its lock file and their directory are held to OpenSSH's StrictModes.

mod common;

use std::os::unix::fs::{PermissionsExt, symlink};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use async_trait::async_trait;
use common::*;
use spiro_auth::{
    AuthError, FileTokenStore, MemoryTokenStore, RetryPolicy, StoreError, StoreLock, TokenManager,
    TokenSet, TokenStore, UnsafePath,
};

fn sample(tag: &str) -> TokenSet {
    let now = chrono::Utc::now();
    TokenSet::new(
        format!("access-{tag}"),
        format!("refresh-{tag}"),
        now + chrono::Duration::hours(24),
    )
    .with_issued_at(now)
}

fn temp_files(dir: &Path) -> Vec<PathBuf> {
    let mut found: Vec<PathBuf> = std::fs::read_dir(dir)
        .expect("dir")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "tmp"))
        .collect();
    found.sort();
    found
}

fn chmod(path: &Path, mode: u32) {
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).expect("chmod");
}

fn mkfifo(path: &Path) {
    let status = Command::new("mkfifo")
        .arg(path)
        .status()
        .expect("mkfifo runs");
    assert!(status.success());
}

/// Defect 4: a writer killed between creating its temporary file and the rename leaves a copy
/// of a refresh token behind; the next load or save (under the store lock) removes it.
#[tokio::test]
async fn stale_temp_files_from_a_killed_writer_are_removed_by_the_next_load_and_save() {
    bounded(async {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("tokens.json");
    let store = FileTokenStore::new(&path);
    store.save(&sample("k")).await.expect("seed");
    let before = std::fs::read(&path).expect("token file");

    // What a writer killed after its temp write leaves: `.NAME.<random>.tmp`, mode 0600,
    // holding the newer tokens. Plus files that only look alike, which stay.
    let leave_leftovers = || {
        for name in [".tokens.json.a1b2c3.tmp", ".tokens.json.zz9.tmp"] {
            write_private(
                &dir.path().join(name),
                br#"{"version":1,"access_token":"a","refresh_token":"LIVE-REFRESH-TOKEN","expires_at":"2030-01-01T00:00:00Z"}"#,
            );
        }
    };
    let unrelated = [
        dir.path().join(".other.json.a1b2c3.tmp"),
        dir.path().join("tokens.json.tmp"),
    ];
    for p in &unrelated {
        write_private(p, b"x");
    }

    leave_leftovers();
    assert_eq!(temp_files(dir.path()).len(), 4);
    let loaded = store.load().await.expect("load").expect("tokens");
    assert_eq!(loaded.refresh_token().expose_secret(), "refresh-k");
    assert_eq!(
        temp_files(dir.path()),
        unrelated.to_vec(),
        "load removed the leftovers, and only them"
    );
    assert_eq!(std::fs::read(&path).expect("token file"), before, "intact");

    leave_leftovers();
    store.save(&sample("k1")).await.expect("save");
    assert_eq!(
        temp_files(dir.path()),
        unrelated.to_vec(),
        "save removed them"
    );
    let loaded = store.load().await.expect("load").expect("tokens");
    assert_eq!(loaded.refresh_token().expose_secret(), "refresh-k1");

    // While another holder has the lock, a load leaves them alone (one may be a save in
    // progress): they go with the holder's next save or the next load after it.
    leave_leftovers();
    let other = FileTokenStore::new(&path);
    let guard = other.lock().await.expect("lock");
    store.load().await.expect("load").expect("tokens");
    assert_eq!(temp_files(dir.path()).len(), 4, "not ours to remove");
    other.save(&sample("k2")).await.expect("holder saves");
    assert_eq!(temp_files(dir.path()), unrelated.to_vec());
    drop(guard);
    let loaded = store.load().await.expect("load").expect("tokens");
    assert_eq!(loaded.refresh_token().expose_secret(), "refresh-k2");
}).await
}

/// Defect 4 through the manager: a rotation removes whatever an earlier crash left.
#[tokio::test]
async fn a_rotation_leaves_no_temp_file_behind() {
    bounded(async {
        let server = mock().await;
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("tokens.json");
        let store = FileTokenStore::new(&path);
        store
            .save(&expired(&server.issue_tokens()))
            .await
            .expect("seed");
        write_private(
            &dir.path().join(".tokens.json.Xk3j9a.tmp"),
            b"{\"refresh_token\":\"old\"}",
        );
        let manager = builder(&server).store(store).build().expect("manager");
        let header = manager.authorization().await.expect("refreshed");
        assert_eq!(use_token(&server, &header).await, 200);
        assert!(
            temp_files(dir.path()).is_empty(),
            "{:?}",
            temp_files(dir.path())
        );
        assert_eq!(server.counters().refresh_requests, 1);
    })
    .await
}

fn deadline(deadline: Duration) -> RetryPolicy {
    fast_retries().with_deadline(deadline)
}

/// Defect 6: a FIFO at the token path (which blocks an ordinary `open` until a writer comes)
/// fails typed and at once, for a call and for a forced refresh alike. The refresh deadline
/// is an hour, so the typed `NotRegularFile` (and not `DeadlineExceeded`) shows that nothing
/// waited for a writer.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_fifo_at_the_token_path_fails_typed_at_once() {
    bounded(async {
        let server = mock().await;
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("tokens.json");
        mkfifo(&path);
        chmod(&path, 0o600);
        let manager = builder(&server)
            .retry_policy(deadline(Duration::from_secs(3600)))
            .store(FileTokenStore::new(&path))
            .build()
            .expect("manager");
        for call in ["authorization", "force_refresh"] {
            let result = match call {
                "authorization" => manager.authorization().await.map(drop),
                _ => manager.force_refresh().await,
            };
            let err = result.expect_err("a FIFO yields no tokens");
            assert!(
                matches!(
                    &err,
                    AuthError::Store(StoreError::Unsafe {
                        problem: UnsafePath::NotRegularFile,
                        ..
                    })
                ),
                "{call}: {err:?}"
            );
        }
        assert_eq!(server.counters().token_requests, 0);
    })
    .await
}

/// Which operation of a [`StuckStore`] never finishes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Stuck {
    Load,
    Save,
}

/// A store one of whose operations never finishes (a stuck network file system).
#[derive(Debug)]
struct StuckStore {
    inner: MemoryTokenStore,
    stuck: Stuck,
}

#[async_trait]
impl TokenStore for StuckStore {
    async fn load(&self) -> Result<Option<TokenSet>, StoreError> {
        if self.stuck == Stuck::Load {
            std::future::pending::<()>().await;
        }
        self.inner.load().await
    }

    async fn save(&self, tokens: &TokenSet) -> Result<(), StoreError> {
        if self.stuck == Stuck::Save {
            std::future::pending::<()>().await;
        }
        self.inner.save(tokens).await
    }

    async fn lock(&self) -> Result<StoreLock, StoreError> {
        self.inner.lock().await
    }
}

/// A manager over a [`StuckStore`] holding expired tokens, with a refresh deadline of `limit`.
fn stuck_manager(server: &spiro_mock::Server, stuck: Stuck, limit: Duration) -> TokenManager {
    let store = StuckStore {
        inner: MemoryTokenStore::with_tokens(expired(&server.issue_tokens())),
        stuck,
    };
    builder(server)
        .retry_policy(deadline(limit))
        .store(store)
        .build()
        .expect("manager")
}

/// Defect 6: a load is bounded by the refresh deadline, whatever the store. On paused time:
/// the runtime jumps to the deadline once nothing else can happen, so the outcome does not
/// depend on how fast the machine is.
#[tokio::test(start_paused = true)]
async fn a_store_whose_load_never_answers_is_cut_off_at_the_refresh_deadline() {
    bounded(async {
        let server = mock().await;
        let manager = stuck_manager(&server, Stuck::Load, Duration::from_secs(2));
        let started = tokio::time::Instant::now();
        // On paused time this limit is exact: a load that outlived the 2 s deadline fails here.
        let err = tokio::time::timeout(Duration::from_secs(3), manager.authorization())
            .await
            .expect("cut off at the refresh deadline")
            .expect_err("the load never finishes");
        assert!(
            matches!(
                err,
                AuthError::Store(StoreError::DeadlineExceeded { operation: "load" })
            ),
            "{err:?}"
        );
        assert!(err.is_transient());
        // Cut off by the deadline, not before it.
        assert!(started.elapsed() >= Duration::from_secs(2));
        assert_eq!(server.counters().token_requests, 0);
    })
    .await
}

/// Defect 6: a save is bounded by the refresh deadline too, and a new access token whose save
/// did not finish is never handed out. The token request goes to spiro-mock over real HTTP, so
/// this one runs on real time; its deadline is generous (the save never finishes, so the
/// outcome is the same for any deadline the token request fits in).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_store_whose_save_never_answers_is_cut_off_at_the_refresh_deadline() {
    bounded(async {
        let server = mock().await;
        let manager = stuck_manager(&server, Stuck::Save, Duration::from_secs(5));
        let err = manager
            .force_refresh()
            .await
            .expect_err("the save never finishes");
        assert!(
            matches!(
                err,
                AuthError::Persist(StoreError::DeadlineExceeded { operation: "save" })
            ),
            "{err:?}"
        );
        assert_eq!(server.counters().refresh_requests, 1);
        assert!(
            first_used(&server).is_empty(),
            "an unsaved access token was never used"
        );
        assert_eq!(manager.current_generation(), 0, "nothing was published");
    })
    .await
}

/// Defect 6: nothing is read without bound: a symlink to `/dev/zero` is refused before any
/// read, and a file over the cap is refused without reading it.
#[tokio::test]
async fn devices_and_oversized_files_are_refused_without_reading_them() {
    bounded(async {
    let dir = tempfile::tempdir().expect("tempdir");

    let zero = dir.path().join("zero.json");
    symlink("/dev/zero", &zero).expect("symlink");
    let err = FileTokenStore::new(&zero)
        .load()
        .await
        .expect_err("refused");
    assert!(
        matches!(
            &err,
            StoreError::Unsafe {
                problem: UnsafePath::Symlink,
                ..
            }
        ),
        "{err:?}"
    );

    // A 4 GiB sparse file: refused by its size, in far less time than reading it would take.
    let huge = dir.path().join("huge.json");
    write_private(&huge, b"{");
    std::fs::OpenOptions::new()
        .write(true)
        .open(&huge)
        .and_then(|f| f.set_len(4 << 30))
        .expect("sparse file");
    let err = FileTokenStore::new(&huge)
        .load()
        .await
        .expect_err("refused");
    assert!(
        matches!(err, StoreError::TooLarge { limit, .. } if limit == spiro_auth::FileTokenStore::MAX_FILE_SIZE),
        "{err:?}"
    );
    assert!(!err.is_transient());

    // One byte over the limit is refused; at the limit it is parsed (and is not a token file).
    let limit = usize::try_from(spiro_auth::FileTokenStore::MAX_FILE_SIZE).expect("fits");
    let over = dir.path().join("over.json");
    write_private(&over, &vec![b' '; limit + 1]);
    assert!(matches!(
        FileTokenStore::new(&over).load().await,
        Err(StoreError::TooLarge { .. })
    ));
    let at = dir.path().join("at.json");
    write_private(&at, &vec![b' '; limit]);
    assert!(matches!(
        FileTokenStore::new(&at).load().await,
        Err(StoreError::Corrupt { .. })
    ));
}).await
}

fn assert_unsafe(
    result: Result<impl std::fmt::Debug, StoreError>,
    path: &Path,
    want: UnsafePath,
    fix: &str,
) {
    match result {
        Err(e @ StoreError::Unsafe { .. }) => {
            let StoreError::Unsafe { path: got, problem } = &e else {
                unreachable!()
            };
            assert_eq!(got, path);
            assert_eq!(*problem, want);
            let message = e.to_string();
            assert!(message.contains(&path.display().to_string()), "{message}");
            assert!(message.contains(fix), "{message} should say {fix}");
            assert!(!e.is_transient());
        }
        other => panic!("{}: expected {want:?}, got {other:?}", path.display()),
    }
}

/// Defect 7: symlinks are neither followed nor replaced, for the token file and the lock file.
#[tokio::test]
async fn symlinked_token_and_lock_files_are_refused_and_left_alone() {
    bounded(async {
        let dir = tempfile::tempdir().expect("tempdir");
        let real = dir.path().join("real.json");
        FileTokenStore::new(&real)
            .save(&sample("real"))
            .await
            .expect("seed");
        let real_bytes = std::fs::read(&real).expect("real");

        let link = dir.path().join("tokens.json");
        symlink(&real, &link).expect("symlink");
        let store = FileTokenStore::new(&link);
        assert_unsafe(
            store.load().await,
            &link,
            UnsafePath::Symlink,
            "replace the symlink",
        );
        assert_unsafe(
            store.save(&sample("new")).await,
            &link,
            UnsafePath::Symlink,
            "replace the symlink",
        );
        assert!(
            std::fs::symlink_metadata(&link)
                .expect("link")
                .file_type()
                .is_symlink(),
            "not replaced"
        );
        assert_eq!(
            std::fs::read(&real).expect("real"),
            real_bytes,
            "target untouched"
        );

        // A lock file that is a symlink (dangling here) is not followed: its target is not created.
        let path = dir.path().join("other.json");
        let target = dir.path().join("created-by-the-lock.txt");
        symlink(&target, dir.path().join("other.json.lock")).expect("symlink");
        let store = FileTokenStore::new(&path);
        let lock_path = store.lock_path().to_owned();
        assert_unsafe(
            store.lock().await,
            &lock_path,
            UnsafePath::Symlink,
            "replace the symlink",
        );
        assert_unsafe(
            store.save(&sample("x")).await,
            &lock_path,
            UnsafePath::Symlink,
            "replace the symlink",
        );
        assert!(!target.exists(), "the symlink's target was created");
        assert!(!path.exists());
    })
    .await
}

/// Defect 7: a token or lock file the group or others can read or write is refused, naming
/// the fix; so is anything but a regular file.
#[tokio::test]
async fn token_and_lock_files_open_to_others_or_not_regular_are_refused() {
    bounded(async {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("tokens.json");
        let store = FileTokenStore::new(&path);
        store.save(&sample("a")).await.expect("seed");
        let bytes = std::fs::read(&path).expect("file");
        for mode in [0o644, 0o640, 0o604, 0o620, 0o602, 0o660] {
            chmod(&path, mode);
            assert_unsafe(
                store.load().await,
                &path,
                UnsafePath::TooOpen {
                    mode: 0o100000 | mode,
                },
                &format!("chmod 600 {}", path.display()),
            );
            assert_unsafe(
                store.save(&sample("b")).await,
                &path,
                UnsafePath::TooOpen {
                    mode: 0o100000 | mode,
                },
                "chmod 600",
            );
            assert_eq!(std::fs::read(&path).expect("file"), bytes, "not replaced");
        }
        chmod(&path, 0o600);
        store.load().await.expect("0600 is fine").expect("tokens");
        chmod(&path, 0o400);
        store.load().await.expect("0400 is fine").expect("tokens");
        chmod(&path, 0o600);

        let lock_path = store.lock_path().to_owned();
        chmod(&lock_path, 0o644);
        assert_unsafe(
            store.lock().await,
            &lock_path,
            UnsafePath::TooOpen { mode: 0o100644 },
            "chmod 600",
        );
        chmod(&lock_path, 0o600);
        drop(store.lock().await.expect("lock"));

        // A directory, or a FIFO, at the token path.
        let sub = dir.path().join("sub.json");
        std::fs::create_dir(&sub).expect("dir");
        assert_unsafe(
            FileTokenStore::new(&sub).load().await,
            &sub,
            UnsafePath::NotRegularFile,
            "regular file",
        );
        let fifo = dir.path().join("fifo.json");
        mkfifo(&fifo);
        chmod(&fifo, 0o600);
        assert_unsafe(
            FileTokenStore::new(&fifo).save(&sample("c")).await,
            &fifo,
            UnsafePath::NotRegularFile,
            "regular file",
        );
    })
    .await
}

/// Defect 7: a directory others can write to (without the sticky bit) lets them swap the
/// tokens: refused. `/tmp`-like directories (sticky) are fine.
#[tokio::test]
async fn a_directory_writable_by_others_is_refused_unless_sticky() {
    bounded(async {
        let dir = tempfile::tempdir().expect("tempdir");
        let shared = dir.path().join("shared");
        std::fs::create_dir(&shared).expect("dir");
        let path = shared.join("tokens.json");
        let store = FileTokenStore::new(&path);
        store.save(&sample("a")).await.expect("private directory");
        for mode in [0o777, 0o773, 0o707] {
            chmod(&shared, mode);
            let want = UnsafePath::DirectoryWritableByOthers {
                mode: 0o40000 | mode,
            };
            assert_unsafe(store.load().await, &shared, want, "chmod o-w");
            assert_unsafe(store.save(&sample("b")).await, &shared, want, "chmod o-w");
            assert_unsafe(store.lock().await, &shared, want, "chmod o-w");
        }
        chmod(&shared, 0o1777);
        let loaded = store.load().await.expect("sticky is fine").expect("tokens");
        assert_eq!(loaded.refresh_token().expose_secret(), "refresh-a");
        chmod(&shared, 0o700);
    })
    .await
}

fn is_root() -> bool {
    rustix::process::geteuid().is_root()
}

/// Defect 7: a token file or lock file owned by another user is refused. Needs a second uid:
/// as root, the files are given to `nobody` (65534); otherwise this is skipped, saying so.
#[tokio::test]
async fn files_owned_by_another_user_are_refused() {
    bounded(async {
        if !is_root() {
            precondition_missing(
                "files_owned_by_another_user_are_refused",
                "giving a file to another user needs root",
            );
            return;
        }
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("tokens.json");
        let store = FileTokenStore::new(&path);
        store.save(&sample("a")).await.expect("seed");
        let bytes = std::fs::read(&path).expect("file");
        std::os::unix::fs::chown(&path, Some(65534), Some(65534)).expect("chown");
        let want = UnsafePath::NotOwned {
            owner: 65534,
            expected: 0,
        };
        assert_unsafe(
            store.load().await,
            &path,
            want,
            &format!("chown 0 {}", path.display()),
        );
        assert_unsafe(store.save(&sample("b")).await, &path, want, "chown 0");
        assert_eq!(std::fs::read(&path).expect("file"), bytes, "not replaced");
        std::os::unix::fs::chown(&path, Some(0), Some(0)).expect("chown back");

        let lock_path = store.lock_path().to_owned();
        std::os::unix::fs::chown(&lock_path, Some(65534), Some(65534)).expect("chown");
        assert_unsafe(store.lock().await, &lock_path, want, "chown 0");
    })
    .await
}

/// Set in the environment of the unprivileged child below; its value is the scratch directory.
const CHILD_DIR: &str = "SPIRO_AUTH_TEST_UNPRIVILEGED_DIR";

/// The unprivileged side of [`as_a_non_root_user_planted_files_are_refused`].
#[test]
#[ignore = "child process helper, started as uid 65534 by the test below"]
fn unprivileged_child() {
    let Some(dir) = std::env::var_os(CHILD_DIR).map(PathBuf::from) else {
        precondition_missing(
            "unprivileged_child",
            "a child helper, started by as_a_non_root_user_planted_files_are_refused",
        );
        return;
    };
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime");
    runtime.block_on(async {
        assert_eq!(rustix::process::geteuid().as_raw(), 65534, "runs as nobody");
        // Another user (root) planted a readable token file in our directory.
        let planted = dir.join("own").join("tokens.json");
        let err = FileTokenStore::new(&planted)
            .load()
            .await
            .expect_err("planted");
        assert!(
            matches!(
                err,
                StoreError::Unsafe {
                    problem: UnsafePath::NotOwned {
                        owner: 0,
                        expected: 65534
                    },
                    ..
                }
            ),
            "{err:?}"
        );
        // A world-writable directory without the sticky bit.
        let open = dir.join("open").join("tokens.json");
        let err = FileTokenStore::new(&open)
            .save(&sample("x"))
            .await
            .expect_err("open dir");
        assert!(
            matches!(
                err,
                StoreError::Unsafe {
                    problem: UnsafePath::DirectoryWritableByOthers { .. },
                    ..
                }
            ),
            "{err:?}"
        );
        assert!(!open.exists());
        // Our own private file is fine.
        let mine = dir.join("own").join("mine.json");
        let store = FileTokenStore::new(&mine);
        store.save(&sample("mine")).await.expect("save as nobody");
        assert!(store.load().await.expect("load").is_some());
    });
    println!("UNPRIVILEGED-CHILD-OK");
}

/// Defect 7 as a non-root user (root could read anything, so this is the case that matters on
/// a shared machine): a copy of this test binary started with `setpriv` as uid 65534. Needs
/// root and `setpriv` (util-linux): skipped, saying so, without them, and a failure under CI.
#[tokio::test]
async fn as_a_non_root_user_planted_files_are_refused() {
    const TEST: &str = "as_a_non_root_user_planted_files_are_refused";
    if !is_root() {
        precondition_missing(TEST, "switching to a throwaway uid needs root");
        return;
    }
    let scratch = tempfile::Builder::new()
        .prefix("spiro-auth-unprivileged")
        .tempdir_in(std::env::temp_dir())
        .expect("tempdir");
    let dir = scratch.path();
    chmod(dir, 0o755);
    // A copy `nobody` can run wherever the build directory is (e.g. under a 0700 home).
    let exe = dir.join("strict_store-test");
    std::fs::copy(std::env::current_exe().expect("test binary"), &exe).expect("copy binary");
    chmod(&exe, 0o755);
    let own = dir.join("own");
    std::fs::create_dir(&own).expect("dir");
    std::os::unix::fs::chown(&own, Some(65534), Some(65534)).expect("chown");
    chmod(&own, 0o700);
    let planted = own.join("tokens.json");
    std::fs::write(&planted, br#"{"version":1,"access_token":"theirs","refresh_token":"theirs","expires_at":"2030-01-01T00:00:00Z"}"#).expect("plant");
    chmod(&planted, 0o644);
    let open = dir.join("open");
    std::fs::create_dir(&open).expect("dir");
    chmod(&open, 0o777);

    let output = tokio::process::Command::new("setpriv")
        .args(["--reuid=65534", "--regid=65534", "--clear-groups", "--"])
        .arg(&exe)
        .args([
            "--exact",
            "unprivileged_child",
            "--include-ignored",
            "--nocapture",
            "--test-threads=1",
        ])
        .env(CHILD_DIR, dir)
        .kill_on_drop(true)
        .output();
    // Killed and failed past the limit, like every test that waits.
    let output = bounded(output).await;
    let output = match output {
        Ok(o) => o,
        Err(e) => {
            precondition_missing(TEST, &format!("setpriv could not run ({e})"));
            return;
        }
    };
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        output.status.success() && stdout.contains("UNPRIVILEGED-CHILD-OK"),
        "status {:?}\nstdout:\n{stdout}\nstderr:\n{stderr}",
        output.status
    );
}
