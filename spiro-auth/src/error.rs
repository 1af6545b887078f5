//! Errors: one enum for everything the caller can act on ([`AuthError`]), one for token stores
//! ([`StoreError`]).
//!
//! No error message ever contains a secret: variants carry status codes, OAuth error codes,
//! paths and static reasons, never request or response bodies.

use std::fmt;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

/// Everything that can go wrong while getting, refreshing or storing tokens.
///
/// Match on [`AuthError::ReauthorizationRequired`] (or call
/// [`is_reauthorization_required`](AuthError::is_reauthorization_required)) to know when a human
/// has to run the login flow again; [`is_transient`](AuthError::is_transient) tells whether the
/// same call may succeed later without anyone doing anything.
#[derive(Debug, Clone, thiserror::Error)]
#[non_exhaustive]
pub enum AuthError {
    /// The stored grant is gone: a person has to authorize the app again (run the login flow).
    ///
    /// Raised for `invalid_grant` only after the store was re-read, so a token rotated by another
    /// process is adopted instead; also raised when the store holds no tokens at all.
    #[error("re-authorization required: {reason}")]
    ReauthorizationRequired {
        /// Why the grant is considered gone.
        reason: ReauthReason,
    },
    /// The token endpoint rejected the client id or secret (`invalid_client`).
    #[error(
        "the token endpoint rejected the client credentials (invalid_client): check the client id and secret"
    )]
    InvalidClient,
    /// The token endpoint rejected the request with another OAuth error (`invalid_request`,
    /// `unauthorized_client`, …) or with an unexpected client-error status. Not retried.
    #[error("the token endpoint rejected the request with HTTP {status}{}: check the client id, secret and redirect URI", .error.as_deref().map(|e| format!(" ({e})")).unwrap_or_default())]
    Rejected {
        /// HTTP status code of the response.
        status: u16,
        /// The OAuth `error` code, when the body had one (sanitized: `[a-z0-9_]` only).
        error: Option<String>,
    },
    /// Transient failures (retryable statuses, timeouts, connection errors) until the attempts,
    /// the refresh deadline or the retry budget ran out.
    #[error(
        "the token endpoint is unavailable after {attempts} attempt(s): check the network and the OAuth URL (`SPIRO_OAUTH_URL`), or try again later"
    )]
    Unavailable {
        /// Number of requests sent.
        attempts: u32,
        /// The last failure.
        #[source]
        last: TransientError,
    },
    /// New tokens were received but could not be stored durably, so they were not used. The next
    /// attempt refreshes again with the previous refresh token (which Spiro still accepts, since
    /// the new access token was never used).
    #[error(
        "new tokens could not be stored durably, so they were not used (the stored grant still works): fix the token store as its error says, then retry"
    )]
    Persist(#[source] StoreError),
    /// The token store could not be read or locked.
    #[error("the token store failed: fix it as its error says, then retry")]
    Store(#[source] StoreError),
    /// The `state` returned with the authorization code is not the one that was sent.
    #[error(
        "the state returned with the authorization code does not match the one sent (possible CSRF): start the login again and use the newest authorize URL"
    )]
    StateMismatch,
    /// The redirect (or pasted text) carries no `state`, so it cannot be told apart from a
    /// forged one. Paste the whole URL the browser was sent to; a code copied by hand can be
    /// used through `AuthorizationResponse::code_without_state_check`.
    #[error(
        "the redirect carries no state, so it cannot be verified (possible CSRF): use the full redirect URL"
    )]
    StateMissing,
    /// The authorization server redirected back with an `error` instead of a code.
    #[error("authorization was not granted ({error}): run the login again and approve the access")]
    AuthorizationDenied {
        /// The OAuth `error` code from the redirect (sanitized).
        error: String,
    },
    /// The pasted text is neither a redirect URL carrying a code nor a bare code.
    #[error("not a redirect URL with a code, nor a bare authorization code: {reason}")]
    InvalidRedirect {
        /// What is wrong with it.
        reason: &'static str,
    },
    /// The token endpoint answered in a way that cannot be used and will not improve by retrying.
    #[error(
        "unusable response from the token endpoint (HTTP {status}): {reason}; check the OAuth URL (`SPIRO_OAUTH_URL`)"
    )]
    InvalidResponse {
        /// HTTP status code of the response.
        status: u16,
        /// What is wrong with it.
        reason: &'static str,
    },
    /// Invalid configuration (environment, URLs, policies, HTTP client); the message is the
    /// [`ConfigError`]'s, which names the setting.
    #[error(transparent)]
    Config(ConfigError),
    /// The refresh task ended without a result (the runtime shut down or the task panicked).
    #[error("the token refresh task ended without a result (the runtime shut down): retry")]
    TaskFailed,
}

impl AuthError {
    /// True when a person has to authorize the app again.
    pub fn is_reauthorization_required(&self) -> bool {
        matches!(self, AuthError::ReauthorizationRequired { .. })
    }

    /// True when retrying later may succeed without anyone changing anything: the token endpoint
    /// was unavailable, or the store failed in a way that can heal (I/O, lock).
    pub fn is_transient(&self) -> bool {
        match self {
            AuthError::Unavailable { .. } | AuthError::TaskFailed => true,
            AuthError::Persist(e) | AuthError::Store(e) => e.is_transient(),
            _ => false,
        }
    }

    /// Short machine-readable name of the variant, used as the `outcome` of refresh spans.
    pub fn kind(&self) -> &'static str {
        match self {
            AuthError::ReauthorizationRequired { .. } => "reauthorization_required",
            AuthError::InvalidClient => "invalid_client",
            AuthError::Rejected { .. } => "rejected",
            AuthError::Unavailable { .. } => "unavailable",
            AuthError::Persist(_) => "persist_failed",
            AuthError::Store(_) => "store_failed",
            AuthError::StateMismatch => "state_mismatch",
            AuthError::StateMissing => "state_missing",
            AuthError::AuthorizationDenied { .. } => "authorization_denied",
            AuthError::InvalidRedirect { .. } => "invalid_redirect",
            AuthError::InvalidResponse { .. } => "invalid_response",
            AuthError::Config(_) => "config",
            AuthError::TaskFailed => "task_failed",
        }
    }
}

impl From<ConfigError> for AuthError {
    fn from(e: ConfigError) -> Self {
        AuthError::Config(e)
    }
}

/// Why [`AuthError::ReauthorizationRequired`] was raised.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum ReauthReason {
    /// The token endpoint answered `invalid_grant` to the newest stored refresh token (the user
    /// revoked access, or the token was spent by a client that did not store its successor).
    InvalidGrant,
    /// The token endpoint answered `invalid_grant` to an authorization code (expired, already
    /// used, or issued for another redirect URI).
    CodeRejected,
    /// The token store holds no tokens: run the login flow first.
    StoreEmpty,
}

impl fmt::Display for ReauthReason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            ReauthReason::InvalidGrant => {
                "the refresh token was rejected (invalid_grant); run the login flow again"
            }
            ReauthReason::CodeRejected => {
                "the authorization code was rejected (invalid_grant), maybe expired or already used: log in again"
            }
            ReauthReason::StoreEmpty => "no tokens are stored; run the login flow first",
        })
    }
}

/// One failed attempt that is worth retrying.
#[derive(Debug, Clone, thiserror::Error)]
#[non_exhaustive]
pub enum TransientError {
    /// A status of [`RETRYABLE_STATUSES`](crate::transport::RETRYABLE_STATUSES).
    #[error("HTTP {status}")]
    Status {
        /// HTTP status code.
        status: u16,
        /// The server's `Retry-After`, when it sent one.
        retry_after: Option<Duration>,
    },
    /// The request timed out.
    #[error("the request timed out")]
    Timeout,
    /// Connecting, sending or receiving failed.
    #[error("network error")]
    Network(#[source] Arc<reqwest::Error>),
    /// A success status with a body that is not a token response (the server may have committed:
    /// replaying the refresh is safe on Spiro until the new access token is used).
    #[error("malformed token response (HTTP {status})")]
    MalformedResponse {
        /// HTTP status code.
        status: u16,
    },
    /// The refresh deadline passed before a request could be sent.
    #[error("the refresh deadline passed")]
    Deadline,
}

/// Invalid configuration.
#[derive(Debug, Clone, thiserror::Error)]
#[non_exhaustive]
pub enum ConfigError {
    /// A required environment variable is not set, empty, or not valid Unicode.
    #[error("environment variable {name} is not set: set it, or configure the client in code")]
    MissingEnv {
        /// Variable name.
        name: &'static str,
    },
    /// A URL does not parse.
    #[error("{what} is not a valid URL")]
    InvalidUrl {
        /// Which URL.
        what: &'static str,
        /// Parser error.
        #[source]
        source: url::ParseError,
    },
    /// A URL uses plain `http` for a host that is not loopback, or another scheme.
    #[error("{what} must use https (plain http is allowed only for loopback hosts)")]
    InsecureUrl {
        /// Which URL.
        what: &'static str,
    },
    /// A URL carries a user name or password, or cannot take a path.
    #[error("{what} must be a plain http(s) URL without credentials")]
    UnsupportedUrl {
        /// Which URL.
        what: &'static str,
    },
    /// A [`RefreshPolicy`](crate::RefreshPolicy) or [`RetryPolicy`](crate::RetryPolicy) value is
    /// out of range.
    #[error("invalid policy: {reason}")]
    InvalidPolicy {
        /// Which value and why.
        reason: &'static str,
    },
    /// The HTTP client could not be built.
    #[error("the HTTP client could not be built")]
    HttpClient(#[source] Arc<reqwest::Error>),
    /// The TLS configuration could not be built (e.g. the platform's root certificates could not
    /// be loaded); see [`http_client_builder`](crate::http_client_builder).
    #[error("TLS could not be set up")]
    Tls(#[source] Arc<dyn std::error::Error + Send + Sync>),
}

/// A token store failed.
#[derive(Debug, Clone, thiserror::Error)]
#[non_exhaustive]
pub enum StoreError {
    /// Reading, writing or syncing a file failed.
    #[error("token store I/O failed at {}", .path.display())]
    Io {
        /// The file or directory.
        path: PathBuf,
        /// The I/O error.
        #[source]
        source: Arc<std::io::Error>,
    },
    /// The token file exists but is not a readable token file (empty, truncated, not JSON,
    /// missing fields). It is never overwritten silently: fix or delete it, or log in again.
    #[error("token file {} is corrupt: {reason}", .path.display())]
    Corrupt {
        /// The file.
        path: PathBuf,
        /// What is wrong (never the file's content).
        reason: String,
    },
    /// The token file was written by a newer version of spiro-auth.
    #[error("token file {} has format version {found}; this spiro-auth reads versions up to {supported}", .path.display())]
    UnsupportedVersion {
        /// The file.
        path: PathBuf,
        /// Version found in the file.
        found: u64,
        /// Highest version this crate reads.
        supported: u64,
    },
    /// Locking the store failed.
    #[error("locking the token store at {} failed", .path.display())]
    Lock {
        /// The lock file.
        path: PathBuf,
        /// The I/O error.
        #[source]
        source: Arc<std::io::Error>,
    },
    /// The store lock was not acquired before the refresh deadline (another process holds it).
    #[error("timed out waiting for the token store lock")]
    LockTimeout,
    /// Loading or saving did not finish before the refresh deadline (a file that blocks, a
    /// stuck network file system). A save that finishes later keeps the store lock until then.
    #[error("the token store did not finish `{operation}` before the refresh deadline")]
    DeadlineExceeded {
        /// `load`, `save`, or `check` (a login's [`check_writable`](crate::TokenStore::check_writable)).
        operation: &'static str,
    },
    /// The token file, its lock file or their directory could be read or replaced by someone
    /// else, or is not a plain file; refused the way OpenSSH's StrictModes refuses a private
    /// key. The message names the path and the fix.
    #[error("refusing {}: {problem}; fix: {}", .path.display(), .problem.fix(.path))]
    Unsafe {
        /// The file or directory.
        path: PathBuf,
        /// What is wrong with it.
        problem: UnsafePath,
    },
    /// The token file is larger than a token file can be; it was not read past the limit.
    #[error("token file {} is larger than {limit} bytes, so it is not a token file: remove or replace it", .path.display())]
    TooLarge {
        /// The file.
        path: PathBuf,
        /// The limit, [`FileTokenStore::MAX_FILE_SIZE`](crate::FileTokenStore::MAX_FILE_SIZE).
        limit: u64,
    },
    /// Fencing: the tokens being saved were derived from an older generation than the store
    /// now holds (this holder lost its lock, e.g. its database connection died mid-refresh, and
    /// another one refreshed meanwhile). Nothing was written. The
    /// [`TokenManager`](crate::TokenManager) reacts by adopting the stored tokens; its callers
    /// never see this error unless the stored tokens cannot be used either.
    #[error(
        "a newer token generation ({stored}) is already stored; the save of generation {attempted} was refused"
    )]
    Superseded {
        /// The generation the refused save would have written.
        attempted: u64,
        /// The generation found in the store.
        stored: u64,
    },
    /// The token database failed (unreachable, restarting, connection lost, a query refused).
    #[error("the token database failed during {operation}")]
    Database {
        /// What was being done (`load`, `save`, `lock`, `check`, `migrate`).
        operation: &'static str,
        /// Whether retrying later may succeed (connection and server state problems); false
        /// for errors that need a person (missing table: run `migrate`; permissions).
        transient: bool,
        /// The database driver's error.
        #[source]
        source: Arc<dyn std::error::Error + Send + Sync>,
    },
    /// Stored tokens could not be decrypted: the store's key is wrong or missing, or the row was
    /// altered. Nothing was changed. The reason says what to do.
    #[error("the stored tokens of grant `{grant}` cannot be decrypted: {reason}")]
    Decrypt {
        /// The grant key.
        grant: String,
        /// Why, and what to do.
        reason: &'static str,
    },
    /// A store with an encryption key found tokens that are not encrypted. They are refused:
    /// anyone who can write the table, without the key, could have put them there. Nothing was
    /// changed.
    #[error(
        "the stored tokens of grant `{grant}` are not encrypted, but this store has an encryption key, so they are not trusted (whoever can write the table could have put them there): if you are turning encryption on, encrypt the row once with `PostgresTokenStore::encrypt_existing_row`; otherwise delete the row and log in again"
    )]
    Unencrypted {
        /// The grant key.
        grant: String,
    },
    /// The stored generation cannot be incremented, so no refresh could ever be saved (fenced
    /// stores count generations up to a limit: `i64::MAX` for PostgreSQL). Refused before any
    /// refresh token is spent.
    #[error(
        "the stored token generation {generation} cannot be incremented, so no new tokens could be saved: the record was altered or damaged; delete it and log in again"
    )]
    GenerationExhausted {
        /// The generation found in the store.
        generation: u64,
    },
    /// The access token read from the store cannot be sent in an HTTP header (it holds
    /// characters a header may not carry).
    #[error(
        "the access token in the token store cannot be sent in an HTTP header (it holds characters a header may not carry): the store was damaged or written by another tool; log in again"
    )]
    UnusableAccessToken,
    /// The PostgreSQL pool given to the store allows fewer connections than a refresh needs;
    /// refused when the store is built, instead of a refresh waiting for a connection that
    /// never comes.
    #[error(
        "the PostgreSQL pool allows {max_connections} connection(s); the token store needs at least {needed} (one holds the refresh lock while another saves): raise the pool's max_connections"
    )]
    PoolTooSmall {
        /// The pool's `max_connections`.
        max_connections: u32,
        /// What the store needs.
        needed: u32,
    },
    /// A database row exists for the grant but is not readable (never overwritten silently:
    /// fix or delete the row, or log in again).
    #[error("the stored tokens of grant `{grant}` are corrupt: {reason}")]
    CorruptRow {
        /// The grant key.
        grant: String,
        /// What is wrong (never the row's content).
        reason: &'static str,
    },
    /// A token database URL cannot be used.
    #[error("invalid token database URL: {reason}")]
    InvalidUrl {
        /// What is wrong (never the URL, which may hold a password).
        reason: &'static str,
    },
    /// An encryption key is not 64 hexadecimal digits.
    #[error("the token encryption key must be 64 hexadecimal digits (32 bytes)")]
    InvalidKey,
    /// A failure in a custom [`TokenStore`](crate::TokenStore) implementation.
    #[error("token store failed: {message}")]
    Other {
        /// Description (must not contain secrets).
        message: String,
        /// Whether retrying later may succeed.
        transient: bool,
    },
}

impl StoreError {
    /// Builds an I/O error for `path`.
    pub fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Self {
        StoreError::Io {
            path: path.into(),
            source: Arc::new(source),
        }
    }

    /// True when retrying later may succeed (I/O, lock and database availability failures, a
    /// fenced save); false for corrupt or unsupported files and rows and for key problems,
    /// which need a person.
    pub fn is_transient(&self) -> bool {
        match self {
            StoreError::Io { .. }
            | StoreError::Lock { .. }
            | StoreError::LockTimeout
            | StoreError::DeadlineExceeded { .. }
            | StoreError::Superseded { .. } => true,
            StoreError::Other { transient, .. } | StoreError::Database { transient, .. } => {
                *transient
            }
            StoreError::Corrupt { .. }
            | StoreError::UnsupportedVersion { .. }
            | StoreError::Unsafe { .. }
            | StoreError::TooLarge { .. }
            | StoreError::Decrypt { .. }
            | StoreError::Unencrypted { .. }
            | StoreError::GenerationExhausted { .. }
            | StoreError::UnusableAccessToken
            | StoreError::PoolTooSmall { .. }
            | StoreError::CorruptRow { .. }
            | StoreError::InvalidUrl { .. }
            | StoreError::InvalidKey => false,
        }
    }
}

/// Why a token file, lock file or directory is refused ([`StoreError::Unsafe`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum UnsafePath {
    /// The path is a symbolic link (never followed: it could point anywhere, or be swapped).
    Symlink,
    /// Not a regular file (a FIFO, a device, a directory, a socket).
    NotRegularFile,
    /// Owned by another user, who could read it or swap the tokens.
    NotOwned {
        /// The file's owner.
        owner: u32,
        /// The effective user id of this process.
        expected: u32,
    },
    /// Readable or writable by the group or by others.
    TooOpen {
        /// The permission bits found.
        mode: u32,
    },
    /// The directory is writable by others and has no sticky bit: anyone can replace the files
    /// in it.
    DirectoryWritableByOthers {
        /// The directory's permission bits.
        mode: u32,
    },
}

impl UnsafePath {
    /// What to do about it, for `path`.
    pub fn fix(&self, path: &std::path::Path) -> String {
        let p = path.display();
        match self {
            UnsafePath::Symlink => {
                format!("replace the symlink {p} with the file itself (symlinks are not followed)")
            }
            UnsafePath::NotRegularFile => format!("remove {p}; it must be a regular file"),
            UnsafePath::NotOwned { expected, .. } => {
                format!("chown {expected} {p}, or run as the file's owner")
            }
            UnsafePath::TooOpen { .. } => format!("chmod 600 {p}"),
            UnsafePath::DirectoryWritableByOthers { .. } => {
                format!(
                    "chmod o-w {p} (or chmod +t {p}), or keep the tokens in a private directory"
                )
            }
        }
    }
}

impl fmt::Display for UnsafePath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            UnsafePath::Symlink => f.write_str("it is a symbolic link"),
            UnsafePath::NotRegularFile => f.write_str("it is not a regular file"),
            UnsafePath::NotOwned { owner, expected } => {
                write!(
                    f,
                    "it is owned by uid {owner}, not by this process's uid {expected}"
                )
            }
            UnsafePath::TooOpen { mode } => {
                write!(
                    f,
                    "its mode {:o} lets the group or others read or write it",
                    mode & 0o7777
                )
            }
            UnsafePath::DirectoryWritableByOthers { mode } => write!(
                f,
                "the directory's mode {:o} lets others replace files in it (no sticky bit)",
                mode & 0o7777
            ),
        }
    }
}

/// Keeps only `[a-z0-9_]` and at most 64 characters of an OAuth error code from the network, so
/// an error message cannot carry anything else.
pub(crate) fn sanitize_code(code: &str) -> String {
    code.chars()
        .filter(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || *c == '_')
        .take(64)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sanitize_keeps_oauth_codes_only() {
        assert_eq!(sanitize_code("invalid_grant"), "invalid_grant");
        assert_eq!(sanitize_code("<b>x y</b> SECRET"), "bxyb");
        assert_eq!(sanitize_code(&"a".repeat(200)).len(), 64);
    }

    #[test]
    fn classification() {
        assert!(
            AuthError::ReauthorizationRequired {
                reason: ReauthReason::InvalidGrant
            }
            .is_reauthorization_required()
        );
        assert!(
            AuthError::Unavailable {
                attempts: 4,
                last: TransientError::Timeout
            }
            .is_transient()
        );
        assert!(
            AuthError::Persist(StoreError::io("/x", std::io::Error::other("full"))).is_transient()
        );
        assert!(
            !AuthError::Store(StoreError::Corrupt {
                path: "/x".into(),
                reason: "empty".into()
            })
            .is_transient()
        );
        assert!(!AuthError::InvalidClient.is_transient());
        let rejected = AuthError::Rejected {
            status: 400,
            error: Some("invalid_request".into()),
        };
        assert_eq!(
            rejected.to_string(),
            "the token endpoint rejected the request with HTTP 400 (invalid_request): check the client id, secret and redirect URI"
        );
    }
}
