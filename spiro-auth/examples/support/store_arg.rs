//! `--store` for the examples: a token file path, or (cargo feature `postgres`) a PostgreSQL URL
//! naming the grant, `postgres://USER@HOST/DB?grant=NAME`. Shared by spiro-auth's `login` and
//! `copy_tokens` and spiro-api's `companies` examples.
//!
//! With a URL, the tokens are encrypted at rest when `SPIRO_TOKEN_KEY` holds a key (64 hex
//! digits, e.g. from `openssl rand -hex 32`); without it the table holds them in clear.

use std::sync::Arc;

use spiro_auth::{FileTokenStore, StoreError, TokenStore};

/// Environment variable with the encryption key for a PostgreSQL store.
#[cfg_attr(not(feature = "postgres"), allow(dead_code))]
pub const KEY_ENV: &str = "SPIRO_TOKEN_KEY";

/// Whether `spec` is a database URL rather than a file path.
pub fn is_database(spec: &str) -> bool {
    spec.starts_with("postgres://") || spec.starts_with("postgresql://")
}

/// The store named by `spec`, and how to name it in messages (never the URL, which may hold a
/// password). `create_table` runs the PostgreSQL store's idempotent `migrate()` first.
pub async fn open(
    spec: &str,
    create_table: bool,
) -> Result<(Arc<dyn TokenStore>, String), StoreError> {
    if !is_database(spec) {
        return Ok((Arc::new(FileTokenStore::new(spec)), spec.to_owned()));
    }
    #[cfg(feature = "postgres")]
    {
        let mut store = spiro_auth::PostgresTokenStore::from_url(spec)?;
        if let Ok(hex) = std::env::var(KEY_ENV) {
            store = store.with_encryption_key(spiro_auth::EncryptionKey::from_hex(&hex)?);
        }
        if create_table {
            store.migrate().await?;
        }
        let what = format!(
            "grant `{}` in PostgreSQL table {}",
            store.grant_key(),
            spiro_auth::PostgresTokenStore::TABLE
        );
        Ok((Arc::new(store), what))
    }
    #[cfg(not(feature = "postgres"))]
    {
        let _ = create_table;
        Err(StoreError::InvalidUrl {
            reason: "this example was built without PostgreSQL support: run it with `--features postgres`",
        })
    }
}
