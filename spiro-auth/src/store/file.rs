//! [`FileTokenStore`]: a JSON file written atomically and durably, shared between processes
//! through an advisory lock on a side file.

use std::fs::{self, File};
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

use async_trait::async_trait;
use serde::Deserialize;
use zeroize::Zeroizing;

use super::record::{self, TokensIn};
use super::{StoreLock, TokenStore};
use crate::error::{StoreError, UnsafePath};
use crate::failpoint;
use crate::token::{ResponseProblem, TokenResponse, TokenSet};

/// The token file format version this crate writes (and the newest it reads).
const FORMAT_VERSION: u64 = 1;

/// Largest token file read, in bytes (64 KiB). A real one is under 1 KiB; anything bigger is
/// refused with [`StoreError::TooLarge`] after reading at most this much.
const MAX_TOKEN_FILE_SIZE: u64 = 64 * 1024;

/// Longest pause between two attempts to take the side-file lock.
const MAX_LOCK_POLL: Duration = Duration::from_millis(25);

/// How long a save made without holding the lock waits for it before writing anyway (the
/// manager's saves hold it already and never wait here).
const MAX_SAVE_LOCK_WAIT: Duration = Duration::from_secs(30);

/// A [`TokenStore`] in a JSON file, safe to share between processes.
///
/// - **Atomic and durable writes**: a temporary file in the same directory, created with mode
///   `0600`, is written, `fsync`ed, renamed over the token file, and the directory is `fsync`ed.
///   Readers see the old file or the new one, never a mix, and a crash never leaves a torn file.
/// - **No stale copies**: temporary files `.NAME.*.tmp` left by a writer that was killed (they
///   hold a refresh token) are deleted under the store lock by the next load or save, so none
///   outlives the next rotation.
/// - **Cross-process lock**: an advisory lock (`flock`) on `<path>.lock`, taken by polling
///   without blocking the async runtime. The lock file is never deleted (deleting it would let
///   two processes lock different files).
/// - **Strict modes** (unix, like OpenSSH's for private keys): the token file and the lock file
///   are opened with `O_NOFOLLOW | O_NONBLOCK` and checked with `fstat`: a symlink, anything but
///   a regular file, a file owned by another user or readable or writable by the group or
///   others, and a directory writable by others without the sticky bit are refused with
///   [`StoreError::Unsafe`], which names the path and the fix. Reads stop at
///   [`MAX_FILE_SIZE`](Self::MAX_FILE_SIZE). The same checks hold on every unix (Linux, macOS,
///   the BSDs); on other platforms only the file type and size are checked.
/// - **Format**: `{"version": 1, "access_token", "refresh_token", "expires_at" (RFC 3339 UTC),
///   "issued_at", "token_type", "scope"}`. Unknown fields are ignored; a newer `version` is a
///   typed [`StoreError::UnsupportedVersion`]. A raw Spiro token response saved by an older
///   script (`access_token`, `refresh_token`, `expires_in`, `created_at`) is read with
///   `expires_at = created_at + expires_in`.
/// - **Damage**: an empty, truncated or otherwise unreadable file is a typed
///   [`StoreError::Corrupt`]; it is never overwritten silently (only an explicit login replaces
///   it).
///
/// ```no_run
/// # async fn demo() -> Result<(), spiro_auth::AuthError> {
/// use spiro_auth::{Credentials, FileTokenStore, TokenManager};
/// let manager = TokenManager::builder(Credentials::from_env()?)
///     .store(FileTokenStore::new("/var/lib/my-app/spiro-tokens.json"))
///     .build()?;
/// let header = manager.authorization().await?;
/// # let _ = header; Ok(()) }
/// ```
#[derive(Debug, Clone)]
pub struct FileTokenStore {
    path: PathBuf,
    lock_path: PathBuf,
    shared: Arc<Shared>,
}

/// State shared by the clones of one [`FileTokenStore`].
#[derive(Debug, Default)]
struct Shared {
    /// A [`StoreLock`] from this store (or a clone) is alive: this process holds the file lock.
    held: AtomicBool,
    /// Serializes this process's file work, so a cleanup never removes a temporary file that a
    /// save of this process is still writing.
    io: Mutex<()>,
}

impl FileTokenStore {
    /// The token file format version this crate writes (and the newest it reads).
    pub const FORMAT_VERSION: u64 = FORMAT_VERSION;

    /// Largest token file read, in bytes (64 KiB). A real one is under 1 KiB; anything bigger
    /// is refused with [`StoreError::TooLarge`] after reading at most this much.
    pub const MAX_FILE_SIZE: u64 = MAX_TOKEN_FILE_SIZE;

    /// A store at `path`; its lock file is `path` with `.lock` appended. Nothing is touched
    /// until the first call.
    pub fn new(path: impl Into<PathBuf>) -> Self {
        let path = path.into();
        let mut lock_path = path.clone().into_os_string();
        lock_path.push(".lock");
        FileTokenStore {
            path,
            lock_path: lock_path.into(),
            shared: Arc::default(),
        }
    }

    /// The token file.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The side file that carries the advisory lock.
    pub fn lock_path(&self) -> &Path {
        &self.lock_path
    }

    /// Runs `work` with this process's file work serialized and the store lock held, after
    /// deleting stale temporary files. The lock is this process's already (a refresh in
    /// progress), or taken here for `work`: waiting for it when `wait` (a save: every write
    /// happens under the lock, which is what makes deleting temporary files safe), without
    /// waiting otherwise (a load: when another process holds the lock, its temporary file may be
    /// a save in progress, so nothing is deleted and the file is read as it is).
    fn with_cleanup<T>(
        &self,
        wait: bool,
        work: impl FnOnce() -> Result<T, StoreError>,
    ) -> Result<T, StoreError> {
        let io = || {
            self.shared
                .io
                .lock()
                .unwrap_or_else(PoisonError::into_inner)
        };
        if !parent_dir(&self.path).exists() {
            let _io = io();
            return work();
        }
        loop {
            if self.shared.held.load(Ordering::Acquire) {
                let _io = io();
                // Still held once this process's other file work is done?
                if !self.shared.held.load(Ordering::Acquire) {
                    continue;
                }
                remove_stale_temp_files(&self.path);
                return work();
            }
            // Not under `io`: a save waiting here must not stall this process's lock holder.
            let taken = match lock_now(&self.lock_path, wait) {
                Ok(taken) => taken,
                Err(e @ StoreError::Unsafe { .. }) => return Err(e),
                // A read-only directory, say: loading still works, cleaning up cannot.
                Err(e) => {
                    tracing::debug!(error = %e, "token store: lock not taken, temp files kept");
                    None
                }
            };
            let _io = io();
            if taken.is_some() {
                remove_stale_temp_files(&self.path);
            }
            return work();
        }
    }
}

#[async_trait]
impl TokenStore for FileTokenStore {
    async fn load(&self) -> Result<Option<TokenSet>, StoreError> {
        let this = self.clone();
        blocking(&self.path, move || {
            this.with_cleanup(false, || read_tokens(&this.path))
        })
        .await
    }

    async fn save(&self, tokens: &TokenSet) -> Result<(), StoreError> {
        let bytes = encode(tokens);
        let this = self.clone();
        blocking(&self.path, move || {
            this.with_cleanup(true, || write_atomic(&this.path, &bytes))
        })
        .await
    }

    /// The token file (if any) passes the strict checks, and a file can be created (and
    /// removed) in its directory, which must pass them too. The file's content is not read: a
    /// login replaces a corrupt token file.
    async fn check_writable(&self) -> Result<(), StoreError> {
        let path = self.path.clone();
        blocking(&self.path, move || {
            drop(open_strict(&path, false, false)?);
            let dir = parent_dir(&path);
            let prefix = temp_prefix(&path).ok_or_else(|| {
                StoreError::io(&path, io::Error::other("the token path has no file name"))
            })?;
            tempfile::Builder::new()
                .prefix(&prefix)
                .suffix(TEMP_SUFFIX)
                .tempfile_in(dir)
                .map(drop)
                .map_err(|e| StoreError::io(dir, e))
        })
        .await
    }

    async fn lock(&self) -> Result<StoreLock, StoreError> {
        let lock_path = self.lock_path.clone();
        let file = blocking(&self.lock_path, move || open_lock_file(&lock_path)).await?;
        let mut pause = Duration::from_millis(1);
        loop {
            // Fully qualified: std's own `File::try_lock` would shadow the fs4 method.
            match fs4::FileExt::try_lock(&file) {
                Ok(()) => {
                    self.shared.held.store(true, Ordering::Release);
                    return Ok(StoreLock::new(HeldLock {
                        shared: Arc::clone(&self.shared),
                        _file: file,
                    }));
                }
                Err(fs4::TryLockError::WouldBlock) => {
                    tokio::time::sleep(pause).await;
                    pause = (pause * 2).min(MAX_LOCK_POLL);
                }
                Err(fs4::TryLockError::Error(e)) => {
                    return Err(StoreError::Lock {
                        path: self.lock_path.clone(),
                        source: e.into(),
                    });
                }
            }
        }
    }
}

/// The locked lock file; marks the store as locked by this process while alive.
struct HeldLock {
    shared: Arc<Shared>,
    _file: File,
}

impl Drop for HeldLock {
    fn drop(&mut self) {
        // Cleared before the file (and with it the lock) is released.
        self.shared.held.store(false, Ordering::Release);
    }
}

/// Runs blocking file work off the async runtime's worker threads.
async fn blocking<T: Send + 'static>(
    path: &Path,
    work: impl FnOnce() -> Result<T, StoreError> + Send + 'static,
) -> Result<T, StoreError> {
    tokio::task::spawn_blocking(work)
        .await
        .unwrap_or_else(|e| Err(StoreError::io(path, io::Error::other(e.to_string()))))
}

fn parent_dir(path: &Path) -> &Path {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    }
}

fn unsafe_path(path: &Path, problem: UnsafePath) -> StoreError {
    StoreError::Unsafe {
        path: path.to_owned(),
        problem,
    }
}

/// Opens `path` without following a symlink and without blocking (a FIFO opens at once),
/// creating it with mode 0600 when `create`. `Ok(None)`: it does not exist.
fn open_strict(path: &Path, write: bool, create: bool) -> Result<Option<File>, StoreError> {
    check_dir(parent_dir(path))?;
    let opened = open_no_follow(path, write, create);
    let file = match opened {
        Ok(file) => file,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(None),
        Err(e) => {
            // O_NOFOLLOW fails with ELOOP (Linux, macOS) or EMLINK (FreeBSD) on a symlink.
            if fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink()) {
                return Err(unsafe_path(path, UnsafePath::Symlink));
            }
            return Err(StoreError::io(path, e));
        }
    };
    check_file(path, &file)?;
    Ok(Some(file))
}

#[cfg(unix)]
fn open_no_follow(path: &Path, write: bool, create: bool) -> io::Result<File> {
    use rustix::fs::{Mode, OFlags};
    let mut flags = OFlags::NOFOLLOW | OFlags::NONBLOCK | OFlags::CLOEXEC;
    flags |= if write { OFlags::RDWR } else { OFlags::RDONLY };
    if create {
        flags |= OFlags::CREATE;
    }
    let fd = rustix::fs::open(path, flags, Mode::from_raw_mode(0o600))?;
    Ok(File::from(fd))
}

#[cfg(not(unix))]
fn open_no_follow(path: &Path, write: bool, create: bool) -> io::Result<File> {
    if fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink()) {
        return Err(io::Error::other("symlink"));
    }
    fs::OpenOptions::new()
        .read(true)
        .write(write)
        .create(create)
        .truncate(false)
        .open(path)
}

/// `fstat` checks on an open token or lock file.
fn check_file(path: &Path, file: &File) -> Result<u64, StoreError> {
    let meta = file.metadata().map_err(|e| StoreError::io(path, e))?;
    if !meta.file_type().is_file() {
        return Err(unsafe_path(path, UnsafePath::NotRegularFile));
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        let expected = rustix::process::geteuid().as_raw();
        if meta.uid() != expected {
            return Err(unsafe_path(
                path,
                UnsafePath::NotOwned {
                    owner: meta.uid(),
                    expected,
                },
            ));
        }
        if meta.mode() & 0o077 != 0 {
            return Err(unsafe_path(path, UnsafePath::TooOpen { mode: meta.mode() }));
        }
    }
    Ok(meta.len())
}

/// The directory must not let others replace the files in it.
fn check_dir(dir: &Path) -> Result<(), StoreError> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        match fs::metadata(dir) {
            Ok(meta) if meta.mode() & 0o002 != 0 && meta.mode() & 0o1000 == 0 => {
                return Err(unsafe_path(
                    dir,
                    UnsafePath::DirectoryWritableByOthers { mode: meta.mode() },
                ));
            }
            Ok(_) => {}
            // Missing: opening the file reports it.
            Err(e) if e.kind() == io::ErrorKind::NotFound => {}
            Err(e) => return Err(StoreError::io(dir, e)),
        }
    }
    #[cfg(not(unix))]
    let _ = dir;
    Ok(())
}

fn open_lock_file(path: &Path) -> Result<File, StoreError> {
    let lock_error = |e: io::Error| StoreError::Lock {
        path: path.to_owned(),
        source: e.into(),
    };
    match open_strict(path, true, true) {
        Ok(Some(file)) => Ok(file),
        Ok(None) => Err(lock_error(io::ErrorKind::NotFound.into())),
        Err(StoreError::Io { source, .. }) => Err(lock_error(io::Error::new(
            source.kind(),
            source.to_string(),
        ))),
        Err(e) => Err(e),
    }
}

/// The lock file, locked. When someone else holds the lock: `None` at once, or, when `wait`,
/// after polling for up to [`MAX_SAVE_LOCK_WAIT`] ([`StoreError::LockTimeout`] past it).
fn lock_now(lock_path: &Path, wait: bool) -> Result<Option<File>, StoreError> {
    let file = open_lock_file(lock_path)?;
    let started = std::time::Instant::now();
    let mut pause = Duration::from_millis(1);
    loop {
        match fs4::FileExt::try_lock(&file) {
            Ok(()) => return Ok(Some(file)),
            Err(fs4::TryLockError::WouldBlock) if !wait => return Ok(None),
            Err(fs4::TryLockError::WouldBlock) if started.elapsed() >= MAX_SAVE_LOCK_WAIT => {
                return Err(StoreError::LockTimeout);
            }
            Err(fs4::TryLockError::WouldBlock) => {
                std::thread::sleep(pause);
                pause = (pause * 2).min(MAX_LOCK_POLL);
            }
            Err(fs4::TryLockError::Error(e)) => {
                return Err(StoreError::Lock {
                    path: lock_path.to_owned(),
                    source: e.into(),
                });
            }
        }
    }
}

/// The prefix and suffix of this token file's temporary files: `.NAME.` … `.tmp`.
fn temp_prefix(path: &Path) -> Option<String> {
    Some(format!(".{}.", path.file_name()?.to_string_lossy()))
}

const TEMP_SUFFIX: &str = ".tmp";

/// Deletes `.NAME.*.tmp` files left next to the token file by writers that died before their
/// rename (each holds a refresh token). Called only with the store lock held. Failures are
/// logged, not raised: they do not make the store unusable.
fn remove_stale_temp_files(path: &Path) -> usize {
    let Some(prefix) = temp_prefix(path) else {
        return 0;
    };
    let dir = parent_dir(path);
    let Ok(entries) = fs::read_dir(dir) else {
        return 0;
    };
    let mut removed = 0;
    for entry in entries.filter_map(Result::ok) {
        let name = entry.file_name();
        let name = name.to_string_lossy();
        if !(name.starts_with(&prefix) && name.ends_with(TEMP_SUFFIX)) {
            continue;
        }
        if entry.file_type().is_ok_and(|t| t.is_dir()) {
            continue;
        }
        match fs::remove_file(entry.path()) {
            Ok(()) => removed += 1,
            Err(e) if e.kind() == io::ErrorKind::NotFound => {}
            Err(e) => {
                tracing::warn!(error = %e, "token store: a stale temporary file could not be removed")
            }
        }
    }
    if removed > 0 {
        tracing::info!(
            removed,
            "token store: removed temporary files left by an interrupted save"
        );
    }
    removed
}

fn read_tokens(path: &Path) -> Result<Option<TokenSet>, StoreError> {
    let Some(mut file) = open_strict(path, false, false)? else {
        return Ok(None);
    };
    let too_large = || StoreError::TooLarge {
        path: path.to_owned(),
        limit: MAX_TOKEN_FILE_SIZE,
    };
    if file.metadata().map_or(0, |m| m.len()) > MAX_TOKEN_FILE_SIZE {
        return Err(too_large());
    }
    // A fixed buffer one byte over the limit: never reallocated (no stray copies of the
    // secrets), and a file that grew since `fstat` is still read only up to the limit.
    let cap = usize::try_from(MAX_TOKEN_FILE_SIZE).unwrap_or(usize::MAX);
    let mut buf = Zeroizing::new(vec![0u8; cap + 1]);
    let mut len = 0;
    while len < buf.len() {
        match file.read(&mut buf[len..]) {
            Ok(0) => break,
            Ok(n) => len += n,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(e) => return Err(StoreError::io(path, e)),
        }
    }
    if len > cap {
        return Err(too_large());
    }
    decode(path, &buf[..len]).map(Some)
}

/// Just the version, to pick a parser.
#[derive(Deserialize)]
struct Probe {
    #[serde(default)]
    version: Option<serde_json::Value>,
}

fn encode(tokens: &TokenSet) -> Zeroizing<Vec<u8>> {
    let mut buf = record::encode(tokens, Some(FORMAT_VERSION));
    buf.push(b'\n');
    buf
}

/// Parses a token file: version 1, or a raw token response saved by an older script.
pub(crate) fn decode(path: &Path, bytes: &[u8]) -> Result<TokenSet, StoreError> {
    let corrupt = |reason: String| StoreError::Corrupt {
        path: path.to_owned(),
        reason,
    };
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(corrupt("the file is empty".into()));
    }
    let probe: Probe = serde_json::from_slice(bytes).map_err(|e| corrupt(describe(&e)))?;
    match probe.version {
        None => {
            // No version: a raw Spiro token response saved by an older script?
            let response = TokenResponse::parse(bytes)
                .map_err(|_| corrupt("no `version` and not a Spiro token response".into()))?;
            response.into_saved_tokens().map_err(|p| {
                corrupt(
                    match p {
                        ResponseProblem::NoRefreshToken => {
                            "the saved token response has no refresh_token"
                        }
                        ResponseProblem::Malformed => {
                            "the saved token response has an invalid expires_in"
                        }
                    }
                    .into(),
                )
            })
        }
        Some(serde_json::Value::Number(n)) if n.as_u64() == Some(FORMAT_VERSION) => {
            let file: TokensIn =
                serde_json::from_slice(bytes).map_err(|e| corrupt(describe(&e)))?;
            file.into_tokens().map_err(|reason| corrupt(reason.into()))
        }
        Some(serde_json::Value::Number(n)) if n.as_u64().is_some_and(|v| v > FORMAT_VERSION) => {
            Err(StoreError::UnsupportedVersion {
                path: path.to_owned(),
                found: n.as_u64().unwrap_or_default(),
                supported: FORMAT_VERSION,
            })
        }
        Some(_) => Err(corrupt(
            "`version` is not a supported version number".into(),
        )),
    }
}

/// A JSON error without the offending content (which could be a token).
fn describe(e: &serde_json::Error) -> String {
    use serde_json::error::Category;
    let what = match e.classify() {
        Category::Eof => "truncated JSON",
        Category::Syntax => "not valid JSON",
        Category::Data => "missing or mistyped fields",
        Category::Io => "read error",
    };
    format!("{what} (line {}, column {})", e.line(), e.column())
}

/// temp file (0600) → write → fsync → rename → fsync the directory. The file it replaces must
/// pass the same checks as a file that is read: a symlink, say, is refused, not replaced.
fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), StoreError> {
    let dir = parent_dir(path);
    let prefix = temp_prefix(path)
        .ok_or_else(|| StoreError::io(path, io::Error::other("the token path has no file name")))?;
    drop(open_strict(path, false, false)?);
    let mut builder = tempfile::Builder::new();
    builder.prefix(&prefix).suffix(TEMP_SUFFIX);
    #[cfg(unix)]
    builder.permissions(std::os::unix::fs::PermissionsExt::from_mode(0o600));
    let mut temp = builder
        .tempfile_in(dir)
        .map_err(|e| StoreError::io(dir, e))?;
    temp.write_all(bytes)
        .map_err(|e| StoreError::io(temp.path(), e))?;
    failpoint::hit(failpoint::AFTER_TEMP_WRITE);
    temp.as_file()
        .sync_all()
        .map_err(|e| StoreError::io(temp.path(), e))?;
    failpoint::hit(failpoint::AFTER_FSYNC);
    temp.persist(path)
        .map_err(|e| StoreError::io(path, e.error))?;
    failpoint::hit(failpoint::AFTER_RENAME);
    #[cfg(unix)]
    File::open(dir)
        .and_then(|d| d.sync_all())
        .map_err(|e| StoreError::io(dir, e))?;
    failpoint::hit(failpoint::AFTER_DIR_FSYNC);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::DateTime;

    fn sample() -> TokenSet {
        let t0 = DateTime::from_timestamp(1_767_225_600, 0).unwrap_or_default();
        TokenSet::new("acc", "ref", t0 + chrono::Duration::hours(24))
            .with_issued_at(t0)
            .with_scope("")
    }

    fn round_trip(tokens: &TokenSet) -> TokenSet {
        decode(Path::new("t.json"), &encode(tokens)).unwrap_or_else(|e| panic!("{e}"))
    }

    #[test]
    fn version_1_round_trip() {
        let t = sample();
        let back = round_trip(&t);
        assert_eq!(back.access_token().expose_secret(), "acc");
        assert_eq!(back.refresh_token().expose_secret(), "ref");
        assert_eq!(back.expires_at(), t.expires_at());
        assert_eq!(back.issued_at(), t.issued_at());
        assert_eq!(back.scope(), Some(""));
        let text = String::from_utf8(encode(&t).to_vec()).unwrap_or_default();
        assert!(text.contains("\"version\": 1"), "{text}");
        assert!(
            text.contains("\"expires_at\": \"2026-01-02T00:00:00Z\""),
            "{text}"
        );
    }

    #[test]
    fn unknown_fields_are_ignored() {
        let text = br#"{"version":1,"access_token":"a","refresh_token":"r",
            "expires_at":"2026-01-02T00:00:00+00:00","written_by":"future tool","extra":{"x":[1]}}"#;
        let t = decode(Path::new("t.json"), text).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(t.refresh_token().expose_secret(), "r");
        assert_eq!(t.issued_at(), None);
        assert_eq!(t.token_type(), "Bearer");
    }

    #[test]
    fn newer_version_is_typed() {
        let text = br#"{"version":2,"something":"else"}"#;
        assert!(matches!(
            decode(Path::new("t.json"), text),
            Err(StoreError::UnsupportedVersion {
                found: 2,
                supported: 1,
                ..
            })
        ));
    }

    #[test]
    fn damage_is_typed_and_never_echoes_content() {
        let full = encode(&sample());
        let cases: Vec<(&str, Vec<u8>)> = vec![
            ("empty", Vec::new()),
            ("blank", b"  \n".to_vec()),
            ("truncated", full[..full.len() / 2].to_vec()),
            ("garbage", b"\x00\x01binary".to_vec()),
            ("array", b"[1,2]".to_vec()),
            ("missing fields", br#"{"version":1,"access_token":"SECRETA"}"#.to_vec()),
            ("bad time", br#"{"version":1,"access_token":"a","refresh_token":"r","expires_at":"SECRETT"}"#.to_vec()),
            ("bad version", br#"{"version":"SECRETV"}"#.to_vec()),
            ("version 0", br#"{"version":0}"#.to_vec()),
            ("not a token response", br#"{"hello":"SECRETH"}"#.to_vec()),
            ("empty tokens", br#"{"version":1,"access_token":"","refresh_token":"","expires_at":"2026-01-02T00:00:00Z"}"#.to_vec()),
        ];
        for (name, bytes) in cases {
            match decode(Path::new("t.json"), &bytes) {
                Err(e @ StoreError::Corrupt { .. }) => {
                    let shown = format!("{e} {e:?}");
                    assert!(!shown.contains("SECRET"), "{name}: {shown}");
                }
                other => panic!("{name}: {other:?}"),
            }
        }
    }

    #[test]
    fn raw_token_response_from_older_scripts() {
        let text = br#"{"access_token":"a","token_type":"Bearer","expires_in":86400,
            "refresh_token":"r","created_at":1767225600,"scope":""}"#;
        let t = decode(Path::new("t.json"), text).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(t.expires_at(), sample().expires_at());
        assert_eq!(t.issued_at(), sample().issued_at());
        // Without a refresh token it is useless: corrupt, not a panic.
        let text = br#"{"access_token":"a","expires_in":86400,"created_at":1767225600}"#;
        assert!(matches!(
            decode(Path::new("t.json"), text),
            Err(StoreError::Corrupt { .. })
        ));
    }
}

/// Property tests of the token file parser: no input panics, every refusal is a typed
/// [`StoreError`], and whatever is accepted survives a round trip.
#[cfg(test)]
mod proptests {
    use proptest::prelude::*;
    use serde_json::{Map, Value};

    use super::*;
    use chrono::DateTime;

    fn scalar() -> impl Strategy<Value = Value> {
        prop_oneof![
            Just(Value::Null),
            any::<bool>().prop_map(Value::Bool),
            any::<i64>().prop_map(Value::from),
            any::<u64>().prop_map(Value::from),
            any::<f64>().prop_map(|f| {
                serde_json::Number::from_f64(f).map_or(Value::Null, Value::Number)
            }),
            "[ -~]{0,12}".prop_map(Value::from),
            prop::collection::vec(any::<char>(), 0..6)
                .prop_map(|c| Value::from(c.into_iter().collect::<String>())),
            Just(Value::Array(vec![])),
            Just(Value::Object(Map::new())),
        ]
    }

    /// Timestamps as written, as mistyped, and at the ends of chrono's range.
    fn timestamp() -> impl Strategy<Value = Value> {
        prop_oneof![
            (1970i32..2200, 1u32..13, 1u32..29, 0u32..24, 0u32..60).prop_map(
                |(y, mo, d, h, mi)| {
                    Value::from(format!("{y:04}-{mo:02}-{d:02}T{h:02}:{mi:02}:00Z"))
                }
            ),
            Just(Value::from("+262142-12-31T23:59:59Z")),
            Just(Value::from("-262143-01-01T00:00:00Z")),
            Just(Value::from("2026-02-30T00:00:00Z")),
            Just(Value::from("2026-01-01T00:00:00+14:00")),
            "[0-9T:+Z-]{0,25}".prop_map(Value::from),
            scalar(),
        ]
    }

    fn version() -> BoxedStrategy<Option<Value>> {
        prop::option::of(prop_oneof![
            4 => Just(Value::from(1)),
            1 => Just(Value::from(2)),
            1 => Just(Value::from(0)),
            1 => Just(Value::from(u64::MAX)),
            1 => Just(Value::from(-1)),
            1 => Just(Value::from(1.0)),
            1 => Just(Value::from("1")),
            1 => scalar(),
        ])
        .boxed()
    }

    /// Token-file-shaped objects (version 1, a raw saved token response, or neither), each
    /// field absent, well typed or of any type.
    fn token_file() -> impl Strategy<Value = Value> {
        let text = || {
            prop_oneof![
                3 => "[A-Za-z0-9._-]{0,24}".prop_map(Value::from),
                1 => scalar(),
            ]
            .boxed()
        };
        let number = || {
            prop_oneof![
                (-5i64..400_000_000).prop_map(Value::from),
                Just(Value::from(8_210_298_412_799i64)),
                scalar(),
            ]
            .boxed()
        };
        let fields: Vec<(&str, BoxedStrategy<Value>)> = vec![
            ("access_token", text()),
            ("refresh_token", text()),
            ("token_type", text()),
            ("scope", text()),
            ("expires_at", timestamp().boxed()),
            ("issued_at", timestamp().boxed()),
            ("expires_in", number()),
            ("created_at", number()),
        ];
        let fields: Vec<BoxedStrategy<Option<(String, Value)>>> = fields
            .into_iter()
            .map(|(key, value)| {
                prop::option::of(value.prop_map(move |v| (key.to_owned(), v))).boxed()
            })
            .collect();
        (version(), fields).prop_map(|(version, fields)| {
            let mut map: Map<String, Value> = fields.into_iter().flatten().collect();
            if let Some(version) = version {
                map.insert("version".to_owned(), version);
            }
            Value::Object(map)
        })
    }

    /// Files: arbitrary bytes, token-shaped JSON (compact or pretty), and damaged real files.
    fn file_bytes() -> impl Strategy<Value = Vec<u8>> {
        let real = encode(
            &TokenSet::new("acc", "ref", DateTime::UNIX_EPOCH).with_issued_at(DateTime::UNIX_EPOCH),
        )
        .to_vec();
        prop_oneof![
            1 => prop::collection::vec(any::<u8>(), 0..64),
            4 => (token_file(), any::<bool>()).prop_map(|(v, pretty)| {
                if pretty {
                    serde_json::to_vec_pretty(&v).unwrap_or_default()
                } else {
                    serde_json::to_vec(&v).unwrap_or_default()
                }
            }),
            1 => (0..real.len(), any::<u8>(), any::<bool>()).prop_map(move |(at, byte, truncate)| {
                let mut damaged = real.clone();
                if truncate {
                    damaged.truncate(at);
                } else {
                    damaged[at] = byte;
                }
                damaged
            }),
        ]
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(100_000))]

        #[test]
        fn token_files_never_panic(bytes in file_bytes()) {
            match decode(Path::new("t.json"), &bytes) {
                Ok(tokens) => {
                    prop_assert!(!tokens.access_token().expose_secret().is_empty());
                    prop_assert!(!tokens.refresh_token().expose_secret().is_empty());
                    // What is accepted is written back and read again unchanged.
                    let again = decode(Path::new("t.json"), &encode(&tokens));
                    let again = again.map_err(|e| TestCaseError::fail(e.to_string()))?;
                    prop_assert!(again.same_access_token(&tokens));
                    prop_assert!(again.has_refresh_token(tokens.refresh_token()));
                    prop_assert_eq!(again.expires_at().timestamp(), tokens.expires_at().timestamp());
                    prop_assert_eq!(again.token_type(), tokens.token_type());
                    prop_assert_eq!(again.scope(), tokens.scope());
                }
                Err(StoreError::Corrupt { .. } | StoreError::UnsupportedVersion { .. }) => {}
                Err(other) => prop_assert!(false, "untyped refusal: {other:?}"),
            }
        }
    }
}
