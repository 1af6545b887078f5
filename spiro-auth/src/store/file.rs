//! [`FileTokenStore`]: a JSON file written atomically and durably, shared between processes
//! through an advisory lock on a side file.

use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::time::Duration;

use async_trait::async_trait;
use chrono::{DateTime, SecondsFormat, Utc};
use secrecy::{ExposeSecret, SecretString};
use serde::{Deserialize, Serialize};
use zeroize::Zeroizing;

use super::{StoreLock, TokenStore};
use crate::error::StoreError;
use crate::failpoint;
use crate::token::{ResponseProblem, TokenResponse, TokenSet};

/// The token file format version this crate writes (and the newest it reads).
pub const FORMAT_VERSION: u64 = 1;

/// Longest pause between two attempts to take the side-file lock.
const MAX_LOCK_POLL: Duration = Duration::from_millis(25);

/// A [`TokenStore`] in a JSON file, safe to share between processes.
///
/// - **Atomic and durable writes**: a temporary file in the same directory, created with mode
///   `0600`, is written, `fsync`ed, renamed over the token file, and the directory is `fsync`ed.
///   Readers see the old file or the new one, never a mix, and a crash never leaves a torn file.
/// - **Cross-process lock**: an advisory lock (`flock`) on `<path>.lock`, taken by polling
///   without blocking the async runtime. The lock file is never deleted (deleting it would let
///   two processes lock different files).
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
}

impl FileTokenStore {
    /// A store at `path`; its lock file is `path` with `.lock` appended. Nothing is touched
    /// until the first call.
    pub fn new(path: impl Into<PathBuf>) -> Self {
        let path = path.into();
        let mut lock_path = path.clone().into_os_string();
        lock_path.push(".lock");
        FileTokenStore {
            path,
            lock_path: lock_path.into(),
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
}

#[async_trait]
impl TokenStore for FileTokenStore {
    async fn load(&self) -> Result<Option<TokenSet>, StoreError> {
        let path = self.path.clone();
        blocking(&self.path, move || read_tokens(&path)).await
    }

    async fn save(&self, tokens: &TokenSet) -> Result<(), StoreError> {
        let bytes = encode(tokens);
        let path = self.path.clone();
        blocking(&self.path, move || write_atomic(&path, &bytes)).await
    }

    async fn lock(&self) -> Result<StoreLock, StoreError> {
        let lock_path = self.lock_path.clone();
        let file = blocking(&self.lock_path, move || {
            open_lock_file(&lock_path).map_err(|e| StoreError::Lock {
                path: lock_path.clone(),
                source: e.into(),
            })
        })
        .await?;
        let mut pause = Duration::from_millis(1);
        loop {
            // Fully qualified: std's own `File::try_lock` would shadow the fs4 method.
            match fs4::FileExt::try_lock(&file) {
                Ok(()) => return Ok(StoreLock::new(file)),
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

/// Runs blocking file work off the async runtime's worker threads.
async fn blocking<T: Send + 'static>(
    path: &Path,
    work: impl FnOnce() -> Result<T, StoreError> + Send + 'static,
) -> Result<T, StoreError> {
    tokio::task::spawn_blocking(work)
        .await
        .unwrap_or_else(|e| Err(StoreError::io(path, io::Error::other(e.to_string()))))
}

fn open_lock_file(path: &Path) -> io::Result<File> {
    let mut options = OpenOptions::new();
    options.read(true).write(true).create(true).truncate(false);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    options.open(path)
}

fn read_tokens(path: &Path) -> Result<Option<TokenSet>, StoreError> {
    match fs::read(path) {
        Ok(bytes) => decode(path, &Zeroizing::new(bytes)).map(Some),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(StoreError::io(path, e)),
    }
}

/// The version 1 file as written.
#[derive(Serialize)]
struct FileOut<'a> {
    version: u64,
    access_token: &'a str,
    refresh_token: &'a str,
    expires_at: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    issued_at: Option<String>,
    token_type: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    scope: Option<&'a str>,
}

/// The version 1 file as read (unknown fields ignored).
#[derive(Deserialize)]
struct FileIn {
    access_token: SecretString,
    refresh_token: SecretString,
    expires_at: DateTime<Utc>,
    #[serde(default)]
    issued_at: Option<DateTime<Utc>>,
    #[serde(default)]
    token_type: Option<String>,
    #[serde(default)]
    scope: Option<String>,
}

/// Just the version, to pick a parser.
#[derive(Deserialize)]
struct Probe {
    #[serde(default)]
    version: Option<serde_json::Value>,
}

fn rfc3339(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(SecondsFormat::Secs, true)
}

fn encode(tokens: &TokenSet) -> Zeroizing<Vec<u8>> {
    let out = FileOut {
        version: FORMAT_VERSION,
        access_token: tokens.access_token().expose_secret(),
        refresh_token: tokens.refresh_token().expose_secret(),
        expires_at: rfc3339(tokens.expires_at()),
        issued_at: tokens.issued_at().map(rfc3339),
        token_type: tokens.token_type(),
        scope: tokens.scope(),
    };
    // Sized up front so the buffer holding the secrets is never reallocated (and copied).
    let capacity = 2 * (out.access_token.len() + out.refresh_token.len())
        + out.scope.map_or(0, str::len)
        + 512;
    let mut buf = Zeroizing::new(Vec::with_capacity(capacity));
    serde_json::to_writer_pretty(&mut *buf, &out)
        .expect("serializing string fields into a Vec cannot fail");
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
            let file: FileIn = serde_json::from_slice(bytes).map_err(|e| corrupt(describe(&e)))?;
            if file.access_token.expose_secret().is_empty()
                || file.refresh_token.expose_secret().is_empty()
            {
                return Err(corrupt("empty access_token or refresh_token".into()));
            }
            let mut tokens = TokenSet::new(file.access_token, file.refresh_token, file.expires_at);
            if let Some(issued_at) = file.issued_at {
                tokens = tokens.with_issued_at(issued_at);
            }
            if let Some(token_type) = file.token_type {
                tokens = tokens.with_token_type(token_type);
            }
            if let Some(scope) = file.scope {
                tokens = tokens.with_scope(scope);
            }
            Ok(tokens)
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

/// temp file (0600) → write → fsync → rename → fsync the directory.
fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), StoreError> {
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let name = path
        .file_name()
        .ok_or_else(|| StoreError::io(path, io::Error::other("the token path has no file name")))?;
    let mut builder = tempfile::Builder::new();
    let prefix = format!(".{}.", name.to_string_lossy());
    builder.prefix(&prefix).suffix(".tmp");
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
