//! Crash-test hooks at each step of refresh → persist → publish.
//!
//! With the cargo feature `failpoints`, reaching a step whose name is in the environment
//! variable [`ENV`] aborts the process on the spot (like `kill -9`, no destructors run). Without
//! the feature the hooks compile to nothing. The names are public so tests can iterate over
//! [`ALL`].

/// Whether this build has the hooks (the `failpoints` feature). False in every ordinary build;
/// the crash tests build a separate child binary with it.
pub fn enabled() -> bool {
    cfg!(feature = "failpoints")
}

/// Environment variable naming the step at which to abort.
pub const ENV: &str = "SPIRO_AUTH_FAILPOINT";

/// The token endpoint answered with new tokens; nothing is stored yet.
pub const AFTER_TOKEN_RESPONSE: &str = "after-token-response";
/// The temporary file holds the new tokens; not synced, not renamed.
pub const AFTER_TEMP_WRITE: &str = "after-temp-write";
/// The temporary file is synced; not renamed.
pub const AFTER_FSYNC: &str = "after-fsync";
/// The temporary file was renamed over the token file; the directory is not synced.
pub const AFTER_RENAME: &str = "after-rename";
/// The directory is synced: the new tokens are durable.
pub const AFTER_DIR_FSYNC: &str = "after-dir-fsync";
/// The new access token is published to callers (not yet used).
pub const AFTER_PUBLISH: &str = "after-publish";

/// Every step, in the order a refresh reaches them.
pub const ALL: &[&str] = &[
    AFTER_TOKEN_RESPONSE,
    AFTER_TEMP_WRITE,
    AFTER_FSYNC,
    AFTER_RENAME,
    AFTER_DIR_FSYNC,
    AFTER_PUBLISH,
];

/// Aborts the process if [`ENV`] names `step` (only with the `failpoints` feature).
#[inline(always)]
pub(crate) fn hit(step: &'static str) {
    #[cfg(feature = "failpoints")]
    if std::env::var_os(ENV).is_some_and(|v| v == step) {
        std::process::abort();
    }
    #[cfg(not(feature = "failpoints"))]
    let _ = step;
}

/// `PostgresTokenStore` (cargo feature `postgres`) only (not in [`ALL`]): the advisory
/// lock is held, the token request is not sent yet.
pub const POSTGRES_AFTER_LOCK: &str = "postgres-after-lock";
/// `PostgresTokenStore` (cargo feature `postgres`) only (not in [`ALL`]): the save
/// transaction committed; the new tokens are not published yet.
pub const POSTGRES_AFTER_COMMIT: &str = "postgres-after-commit";
