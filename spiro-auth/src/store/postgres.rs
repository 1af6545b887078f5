//! [`PostgresTokenStore`]: one grant shared by many hosts through a PostgreSQL table (cargo
//! feature `postgres`).

use std::fmt;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use async_trait::async_trait;
use chacha20poly1305::aead::{Aead, AeadCore, KeyInit, OsRng, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use sqlx::postgres::{PgPool, PgRow};
use sqlx::{Postgres, Row, Transaction};
use zeroize::Zeroizing;

use super::record::{self, TokensIn};
use super::{StoreLock, TokenStore};
use crate::error::StoreError;
use crate::failpoint;
use crate::policy::RetryPolicy;
use crate::token::TokenSet;

/// The table every [`PostgresTokenStore`] uses, one row per grant.
const TABLE: &str = "spiro_auth_tokens";

/// What [`PostgresTokenStore::migrate`] runs (idempotent; also fine to run by hand or to copy
/// into your own migrations).
const MIGRATION: &str = "CREATE TABLE IF NOT EXISTS spiro_auth_tokens (
    grant_key   text        PRIMARY KEY,
    generation  bigint      NOT NULL CHECK (generation > 0),
    sealed      boolean     NOT NULL,
    tokens      bytea       NOT NULL,
    expires_at  timestamptz NOT NULL,
    updated_at  timestamptz NOT NULL DEFAULT now()
)";

/// Serializes concurrent [`PostgresTokenStore::migrate`] calls (`CREATE TABLE IF NOT EXISTS` is
/// not safe to race). Arbitrary, fixed: "spiro-au" in ASCII.
const MIGRATION_LOCK: i64 = 0x7370_6972_6f2d_6175;

/// Context mixed into every advisory-lock key and every encryption's associated data.
const DOMAIN: &[u8] = b"spiro-auth/postgres/v1\0";

/// Nonce length of XChaCha20-Poly1305 (random per save: 192 bits never collide in practice).
const NONCE_LEN: usize = 24;

/// Connections a refresh needs: one holds the lock's transaction while another saves.
const NEEDED_CONNECTIONS: u32 = 2;

/// A [`TokenStore`] in a PostgreSQL table, for a grant shared by several hosts (replicas, cron
/// jobs on different machines, containers without a shared disk). Cargo feature `postgres`.
///
/// Built from your own [`sqlx::PgPool`] and a **grant key** naming the grant (one Spiro account
/// authorized for your app, e.g. `"acme"`): one table holds any number of grants, each in its
/// own row with its own lock. Create the table once with [`migrate`](Self::migrate), which runs
/// [`MIGRATION`](Self::MIGRATION):
///
/// ```sql
/// CREATE TABLE IF NOT EXISTS spiro_auth_tokens (
///     grant_key   text        PRIMARY KEY,
///     generation  bigint      NOT NULL CHECK (generation > 0),
///     sealed      boolean     NOT NULL,
///     tokens      bytea       NOT NULL,  -- JSON, or nonce ‖ XChaCha20-Poly1305 ciphertext
///     expires_at  timestamptz NOT NULL,  -- the access token's expiry, for operators
///     updated_at  timestamptz NOT NULL DEFAULT now()
/// )
/// ```
///
/// How it keeps the [`TokenStore`] contract across hosts:
/// - **Single flight**: [`lock`](TokenStore::lock) opens a transaction and takes
///   `pg_advisory_xact_lock` on a key derived from the grant key, after
///   `SET LOCAL lock_timeout` = the refresh deadline. The returned guard owns that transaction
///   (one pooled connection) for the whole refresh; dropping it rolls back, which releases the
///   lock. If the holder's process or connection dies, PostgreSQL ends the transaction and
///   releases the lock: no lease to expire, nothing to clean up. There is no session-level
///   lock, so it works behind PgBouncer in transaction-pooling mode (queries are not kept as
///   named prepared statements).
/// - **Durable save**: [`save`](TokenStore::save) returns `Ok` only after its transaction
///   committed with `synchronous_commit = on` (whatever the server's default).
/// - **Fencing**: each row has a generation, incremented by every save. A refresh saves
///   generation *g + 1* for tokens derived from generation *g* (a login, for the generation it
///   replaces); if the row already holds *g + 1* or newer (this holder lost its lock, e.g. its
///   connection died mid-refresh, and another host refreshed meanwhile), the save is refused
///   with [`StoreError::Superseded`], nothing is written, and the
///   [`TokenManager`](crate::TokenManager) adopts the stored tokens instead of its own. Every
///   save is fenced, generation 0 included (it only fills an empty row). A row at generation
///   `i64::MAX` can never be saved over: it is refused on load with
///   [`StoreError::GenerationExhausted`], before any refresh token is spent.
/// - **Pool**: a refresh holds one connection for the lock and briefly a second one for the
///   save (the save must not depend on the lock's connection staying alive), so
///   [`new`](Self::new) refuses a pool of fewer than 2 connections
///   ([`StoreError::PoolTooSmall`]). Nothing touches the database outside refreshes: the hot
///   path reads memory only.
///
/// **Tokens at rest**: without [`with_encryption_key`](Self::with_encryption_key) the `tokens`
/// column holds **live credentials in clear** (JSON): anyone who can read the table, a backup or
/// a replica can call Spiro as your users until the tokens are rotated. With a key, the column
/// holds an XChaCha20-Poly1305 ciphertext under a random nonce per save, bound to the grant key
/// and generation (a row copied to another grant or generation does not decrypt). A sealed
/// store stays sealed: with a key, a row that is not encrypted is refused
/// ([`StoreError::Unencrypted`]: whoever can write the table, without the key, could have put
/// tokens of their own there; turn encryption on for an existing row with
/// [`encrypt_existing_row`](Self::encrypt_existing_row)), and a row encrypted under another
/// key, or an encrypted row read without a key, is a typed [`StoreError::Decrypt`]. Neither
/// changes anything in the table.
///
/// **Why PostgreSQL and not Redis**: Spiro revokes the previous tokens on the first use of
/// a new access token, so the new refresh token must be durably stored *before* that use
/// (persist-before-use). A store that acknowledges a write it can still lose (Redis' default
/// asynchronous persistence and replication lose the last second or so on a crash or failover)
/// can lose the only valid refresh token, and a person has to log in again. A committed
/// PostgreSQL transaction is on disk.
///
/// ```no_run
/// # async fn demo() -> Result<(), Box<dyn std::error::Error>> {
/// use spiro_auth::{Credentials, EncryptionKey, PostgresTokenStore, TokenManager};
///
/// let pool = sqlx::PgPool::connect(&std::env::var("DATABASE_URL")?).await?;
/// let key = EncryptionKey::from_hex(&std::env::var("SPIRO_TOKEN_KEY")?)?;
/// let store = PostgresTokenStore::new(pool, "acme")?.with_encryption_key(key);
/// store.migrate().await?;
/// let manager = TokenManager::builder(Credentials::from_env()?).store(store).build()?;
/// let header = manager.authorization().await?;
/// # let _ = header; Ok(()) }
/// ```
#[derive(Clone)]
pub struct PostgresTokenStore {
    pool: PgPool,
    grant: Arc<str>,
    lock_key: i64,
    lock_timeout: Duration,
    cipher: Option<Arc<XChaCha20Poly1305>>,
}

impl PostgresTokenStore {
    /// The table every [`PostgresTokenStore`] uses, one row per grant.
    pub const TABLE: &'static str = TABLE;

    /// What [`PostgresTokenStore::migrate`] runs (idempotent; also fine to run by hand or to
    /// copy into your own migrations).
    pub const MIGRATION: &'static str = MIGRATION;

    /// The store of grant `grant_key` in [`TABLE`](Self::TABLE), reached through `pool`.
    /// Nothing is touched until the first call. The lock timeout defaults to [`RetryPolicy`]'s
    /// default refresh deadline.
    ///
    /// # Errors
    /// [`StoreError::PoolTooSmall`] when the pool allows fewer than 2 connections: a refresh
    /// holds one for its lock while it saves on another, so with one it could only wait.
    pub fn new(pool: PgPool, grant_key: impl Into<String>) -> Result<Self, StoreError> {
        let max_connections = pool.options().get_max_connections();
        if max_connections < NEEDED_CONNECTIONS {
            return Err(StoreError::PoolTooSmall {
                max_connections,
                needed: NEEDED_CONNECTIONS,
            });
        }
        let grant: Arc<str> = grant_key.into().into();
        Ok(PostgresTokenStore {
            pool,
            lock_key: lock_key(&grant),
            grant,
            lock_timeout: RetryPolicy::default().deadline(),
            cipher: None,
        })
    }

    /// A store with its own small pool (4 connections, opened on first use) from a URL naming
    /// the grant in a `grant` query parameter, e.g.
    /// `postgres://app@db.internal/app?grant=acme&sslmode=require`; every other part is sqlx's
    /// usual [connection URL](sqlx::postgres::PgConnectOptions). Meant for tools and examples;
    /// services should share their own pool through [`new`](Self::new). Call it inside a tokio
    /// runtime.
    ///
    /// # Errors
    /// [`StoreError::InvalidUrl`] when the URL is not a `postgres://` or `postgresql://` URL,
    /// has no (or an empty) `grant`, or sqlx does not accept it. The message never repeats the
    /// URL (it may hold a password).
    pub fn from_url(url: &str) -> Result<Self, StoreError> {
        let mut parsed = url::Url::parse(url).map_err(|_| StoreError::InvalidUrl {
            reason: "not a URL",
        })?;
        if !matches!(parsed.scheme(), "postgres" | "postgresql") {
            return Err(StoreError::InvalidUrl {
                reason: "the scheme must be postgres:// or postgresql://",
            });
        }
        let mut grant = None;
        let rest: Vec<(String, String)> = parsed
            .query_pairs()
            .filter_map(|(k, v)| {
                if k == "grant" {
                    grant = Some(v.into_owned());
                    None
                } else {
                    Some((k.into_owned(), v.into_owned()))
                }
            })
            .collect();
        let grant = grant
            .filter(|g| !g.is_empty())
            .ok_or(StoreError::InvalidUrl {
                reason: "the grant key is missing: add ?grant=NAME",
            })?;
        if rest.is_empty() {
            parsed.set_query(None);
        } else {
            parsed.query_pairs_mut().clear().extend_pairs(rest);
        }
        let options: sqlx::postgres::PgConnectOptions =
            parsed
                .as_str()
                .parse()
                .map_err(|_| StoreError::InvalidUrl {
                    reason: "the connection parameters are not valid",
                })?;
        let pool = sqlx::postgres::PgPoolOptions::new()
            .max_connections(4)
            .connect_lazy_with(options);
        Self::new(pool, grant)
    }

    /// Encrypts the tokens at rest with `key`, and requires it to read them: a row that is not
    /// encrypted is then refused ([`StoreError::Unencrypted`]); see
    /// [`encrypt_existing_row`](Self::encrypt_existing_row) to turn encryption on for a grant
    /// that already has a row.
    #[must_use]
    pub fn with_encryption_key(mut self, key: EncryptionKey) -> Self {
        self.cipher = Some(Arc::new(XChaCha20Poly1305::new(key.0.as_ref().into())));
        self
    }

    /// How long [`lock`](TokenStore::lock) waits for another holder (PostgreSQL's
    /// `lock_timeout`, whole milliseconds, at least 1). Set it to the manager's
    /// [`RetryPolicy::deadline`] if you changed that.
    #[must_use]
    pub fn with_lock_timeout(mut self, timeout: Duration) -> Self {
        self.lock_timeout = timeout;
        self
    }

    /// The grant key.
    pub fn grant_key(&self) -> &str {
        &self.grant
    }

    /// Creates the table if it does not exist ([`MIGRATION`](Self::MIGRATION)); safe to call
    /// from every host at
    /// start-up.
    ///
    /// # Errors
    /// [`StoreError::Database`] when the database cannot be reached or the role may not create
    /// tables (then run [`MIGRATION`](Self::MIGRATION) once as a role that may).
    pub async fn migrate(&self) -> Result<(), StoreError> {
        let mut tx = self.pool.begin().await.map_err(db("migrate"))?;
        sqlx::query("SELECT pg_advisory_xact_lock($1)")
            .persistent(false)
            .bind(MIGRATION_LOCK)
            .execute(&mut *tx)
            .await
            .map_err(db("migrate"))?;
        sqlx::query(MIGRATION)
            .persistent(false)
            .execute(&mut *tx)
            .await
            .map_err(db("migrate"))?;
        tx.commit().await.map_err(db("migrate"))
    }

    /// Deletes this grant's row: every host that shares the grant is logged out (a host
    /// keeps the access token it holds in memory until it expires, then finds no tokens and
    /// answers [`AuthError::ReauthorizationRequired`](crate::AuthError::ReauthorizationRequired)).
    /// Runs under the grant's lock, so a refresh in flight on another host finishes first and
    /// its tokens go with the row. Other grants of the table are untouched.
    ///
    /// Returns whether there was a row.
    ///
    /// # Errors
    /// [`StoreError::LockTimeout`] when another holder keeps the lock past the lock timeout;
    /// [`StoreError::Database`].
    pub async fn forget(&self) -> Result<bool, StoreError> {
        let _lock = self.lock().await?;
        let deleted = sqlx::query("DELETE FROM spiro_auth_tokens WHERE grant_key = $1")
            .persistent(false)
            .bind(&*self.grant)
            .execute(&self.pool)
            .await
            .map_err(db("forget"))?;
        Ok(deleted.rows_affected() > 0)
    }

    /// Turns encryption on for a grant whose row holds its tokens in clear: re-writes the row
    /// encrypted under this store's key, in place, under the grant's lock (same generation,
    /// same tokens). Run it once, from one host, when you add a key to an existing
    /// deployment; until then a store with the key refuses the row
    /// ([`StoreError::Unencrypted`]). Only do this for a row you know you wrote: the point of
    /// the refusal is that a row in clear may have been put there by someone without the key.
    ///
    /// Returns `true` when the row was encrypted, `false` when there is no row or it already
    /// is encrypted (under this key).
    ///
    /// # Errors
    /// [`StoreError::InvalidKey`] when this store has no key; [`StoreError::Decrypt`] for a row
    /// encrypted under another key; [`StoreError::CorruptRow`], [`StoreError::Database`].
    pub async fn encrypt_existing_row(&self) -> Result<bool, StoreError> {
        if self.cipher.is_none() {
            return Err(StoreError::InvalidKey);
        }
        let _lock = self.lock().await?;
        let mut tx = self.pool.begin().await.map_err(db("encrypt"))?;
        let Some(row) = self.select(&mut *tx, true).await.map_err(db("encrypt"))? else {
            return Ok(false);
        };
        let sealed: bool = row.try_get("sealed").map_err(|_| StoreError::CorruptRow {
            grant: self.grant.to_string(),
            reason: "`sealed` is not a boolean",
        })?;
        if sealed {
            self.open(&row)?;
            return Ok(false);
        }
        let (generation, tokens) = self.read_row(&row, true)?;
        let (sealed, payload) = self.seal(&tokens, generation)?;
        sqlx::query(
            "UPDATE spiro_auth_tokens SET sealed = $2, tokens = $3, updated_at = now() \
             WHERE grant_key = $1 AND generation = $4",
        )
        .persistent(false)
        .bind(&*self.grant)
        .bind(sealed)
        .bind(payload.as_slice())
        .bind(generation)
        .execute(&mut *tx)
        .await
        .map_err(db("encrypt"))?;
        tx.commit().await.map_err(db("encrypt: commit"))?;
        Ok(true)
    }

    fn aad(&self, generation: i64) -> Vec<u8> {
        let mut aad = Vec::with_capacity(DOMAIN.len() + self.grant.len() + 9);
        aad.extend_from_slice(DOMAIN);
        aad.extend_from_slice(self.grant.as_bytes());
        aad.push(0);
        aad.extend_from_slice(&generation.to_be_bytes());
        aad
    }

    /// The `tokens` column for `tokens` at `generation`: JSON, sealed when a key is set.
    fn seal(
        &self,
        tokens: &TokenSet,
        generation: i64,
    ) -> Result<(bool, Zeroizing<Vec<u8>>), StoreError> {
        let json = encode(tokens);
        let Some(cipher) = &self.cipher else {
            return Ok((false, json));
        };
        let nonce = XChaCha20Poly1305::generate_nonce(&mut OsRng);
        let aad = self.aad(generation);
        let ciphertext = cipher
            .encrypt(
                &nonce,
                Payload {
                    msg: &json,
                    aad: &aad,
                },
            )
            .map_err(|_| StoreError::Decrypt {
                grant: self.grant.to_string(),
                reason: "encryption failed",
            })?;
        let mut out = Zeroizing::new(Vec::with_capacity(NONCE_LEN + ciphertext.len()));
        out.extend_from_slice(&nonce);
        out.extend_from_slice(&ciphertext);
        Ok((true, out))
    }

    /// The tokens of a row (`generation`, `sealed`, `tokens`), with their generation.
    fn open(&self, row: &PgRow) -> Result<TokenSet, StoreError> {
        let (generation, tokens) = self.read_row(row, false)?;
        if generation == i64::MAX {
            // No save could ever be fenced above it.
            return Err(StoreError::GenerationExhausted {
                generation: generation.unsigned_abs(),
            });
        }
        Ok(tokens.with_generation(generation.unsigned_abs()))
    }

    /// A row's generation and tokens. A row in clear is refused when this store has a key,
    /// unless `accept_clear` ([`encrypt_existing_row`](Self::encrypt_existing_row)).
    fn read_row(&self, row: &PgRow, accept_clear: bool) -> Result<(i64, TokenSet), StoreError> {
        let corrupt = |reason: &'static str| StoreError::CorruptRow {
            grant: self.grant.to_string(),
            reason,
        };
        let generation: i64 = row
            .try_get("generation")
            .map_err(|_| corrupt("`generation` is not a bigint"))?;
        let sealed: bool = row
            .try_get("sealed")
            .map_err(|_| corrupt("`sealed` is not a boolean"))?;
        let bytes: Zeroizing<Vec<u8>> = Zeroizing::new(
            row.try_get("tokens")
                .map_err(|_| corrupt("`tokens` is not bytea"))?,
        );
        if generation <= 0 {
            return Err(corrupt("`generation` is not positive"));
        }
        let json = match (sealed, &self.cipher) {
            (false, None) => bytes,
            (false, Some(_)) if accept_clear => bytes,
            (false, Some(_)) => {
                return Err(StoreError::Unencrypted {
                    grant: self.grant.to_string(),
                });
            }
            (true, None) => {
                return Err(StoreError::Decrypt {
                    grant: self.grant.to_string(),
                    reason: "the row is encrypted and this store has no key: give the store its key with `with_encryption_key`",
                });
            }
            (true, Some(cipher)) => {
                if bytes.len() < NONCE_LEN {
                    return Err(corrupt("the encrypted tokens are truncated"));
                }
                let (nonce, ciphertext) = bytes.split_at(NONCE_LEN);
                let aad = self.aad(generation);
                Zeroizing::new(
                    cipher
                        .decrypt(
                            XNonce::from_slice(nonce),
                            Payload {
                                msg: ciphertext,
                                aad: &aad,
                            },
                        )
                        .map_err(|_| StoreError::Decrypt {
                            grant: self.grant.to_string(),
                            reason: "it was encrypted under another key, or altered, or copied from another grant or generation: use the key it was written with, or delete the row and log in again",
                        })?,
                )
            }
        };
        decode(&json).map(|t| (generation, t)).map_err(corrupt)
    }

    async fn select(
        &self,
        executor: impl sqlx::PgExecutor<'_>,
        for_update: bool,
    ) -> Result<Option<PgRow>, sqlx::Error> {
        let sql = if for_update {
            "SELECT generation, sealed, tokens FROM spiro_auth_tokens WHERE grant_key = $1 FOR UPDATE"
        } else {
            "SELECT generation, sealed, tokens FROM spiro_auth_tokens WHERE grant_key = $1"
        };
        sqlx::query(sql)
            .persistent(false)
            .bind(&*self.grant)
            .fetch_optional(executor)
            .await
    }

    async fn save_in(
        &self,
        tx: &mut Transaction<'static, Postgres>,
        tokens: &TokenSet,
    ) -> Result<(), StoreError> {
        sqlx::query("SELECT set_config('synchronous_commit', 'on', true)")
            .persistent(false)
            .execute(&mut **tx)
            .await
            .map_err(db("save"))?;
        let existing = self.select(&mut **tx, true).await.map_err(db("save"))?;
        // The generation this save writes: never past what the column can count.
        let next =
            i64::try_from(tokens.generation()).map_err(|_| StoreError::GenerationExhausted {
                generation: tokens.generation(),
            })?;
        if let Some(row) = &existing {
            // Refuses to write over a row this store cannot read (wrong or missing key, in
            // clear under a key), and fences every save, generation 0 included.
            let stored = self.open(row)?.generation();
            if stored >= tokens.generation() {
                return Err(StoreError::Superseded {
                    attempted: tokens.generation(),
                    stored,
                });
            }
        }
        let next = next.max(1);
        let (sealed, payload) = self.seal(tokens, next)?;
        let sql = if existing.is_some() {
            "UPDATE spiro_auth_tokens SET generation = $2, sealed = $3, tokens = $4, \
             expires_at = $5, updated_at = now() WHERE grant_key = $1"
        } else {
            "INSERT INTO spiro_auth_tokens (grant_key, generation, sealed, tokens, expires_at) \
             VALUES ($1, $2, $3, $4, $5) ON CONFLICT (grant_key) DO NOTHING"
        };
        let written = sqlx::query(sql)
            .persistent(false)
            .bind(&*self.grant)
            .bind(next)
            .bind(sealed)
            .bind(payload.as_slice())
            .bind(tokens.expires_at())
            .execute(&mut **tx)
            .await
            .map_err(db("save"))?;
        if written.rows_affected() != 1 {
            // Another writer inserted the first row concurrently (only possible without the
            // lock, e.g. two imports at once).
            return Err(StoreError::Superseded {
                attempted: u64::try_from(next).unwrap_or_default(),
                stored: u64::try_from(next).unwrap_or_default(),
            });
        }
        Ok(())
    }
}

impl fmt::Debug for PostgresTokenStore {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("PostgresTokenStore")
            .field("table", &TABLE)
            .field("grant_key", &self.grant)
            .field("lock_timeout", &self.lock_timeout)
            .field("encrypted", &self.cipher.is_some())
            .finish_non_exhaustive()
    }
}

#[async_trait]
impl TokenStore for PostgresTokenStore {
    async fn load(&self) -> Result<Option<TokenSet>, StoreError> {
        let row = self.select(&self.pool, false).await.map_err(db("load"))?;
        row.map(|r| self.open(&r)).transpose()
    }

    async fn save(&self, tokens: &TokenSet) -> Result<(), StoreError> {
        let mut tx = self.pool.begin().await.map_err(db("save"))?;
        self.save_in(&mut tx, tokens).await?;
        tx.commit().await.map_err(db("save: commit"))?;
        failpoint::hit(failpoint::POSTGRES_AFTER_COMMIT);
        Ok(())
    }

    /// In a transaction that is rolled back: the row (if any) must be one this store reads
    /// (its key, sealed as this store seals, a generation that can be incremented), and the
    /// role must be able to write it: the row is updated in place, or a placeholder row
    /// inserted, which also finds a missing table, missing privileges or a read-only server.
    async fn check_writable(&self) -> Result<(), StoreError> {
        let mut tx = self.pool.begin().await.map_err(db("check"))?;
        let existing = self.select(&mut *tx, true).await.map_err(db("check"))?;
        let probe = match &existing {
            Some(row) => {
                self.open(row)?;
                sqlx::query(
                    "UPDATE spiro_auth_tokens SET updated_at = updated_at WHERE grant_key = $1",
                )
            }
            None => sqlx::query(
                "INSERT INTO spiro_auth_tokens (grant_key, generation, sealed, tokens, expires_at) \
                 VALUES ($1, 1, false, '', now())",
            ),
        };
        probe
            .persistent(false)
            .bind(&*self.grant)
            .execute(&mut *tx)
            .await
            .map_err(db("check"))?;
        tx.rollback().await.map_err(db("check"))
    }

    async fn lock(&self) -> Result<StoreLock, StoreError> {
        let mut tx = self.pool.begin().await.map_err(db("lock"))?;
        let millis = self.lock_timeout.as_millis().clamp(1, i32::MAX as u128);
        sqlx::query("SELECT set_config('lock_timeout', $1, true)")
            .persistent(false)
            .bind(format!("{millis}ms"))
            .execute(&mut *tx)
            .await
            .map_err(db("lock"))?;
        sqlx::query("SELECT pg_advisory_xact_lock($1)")
            .persistent(false)
            .bind(self.lock_key)
            .execute(&mut *tx)
            .await
            .map_err(|e| match &e {
                // lock_not_available: the lock_timeout ran out.
                sqlx::Error::Database(d) if d.code().as_deref() == Some("55P03") => {
                    StoreError::LockTimeout
                }
                _ => db("lock")(e),
            })?;
        failpoint::hit(failpoint::POSTGRES_AFTER_LOCK);
        // The mutex only makes the guard `Sync`; nothing ever locks it.
        Ok(StoreLock::new(Mutex::new(LockedTransaction(tx))))
    }
}

/// The transaction that holds the advisory lock. Dropping it rolls back (sqlx sends the
/// `ROLLBACK` when the connection goes back to the pool), which releases the lock.
struct LockedTransaction(#[allow(dead_code)] Transaction<'static, Postgres>);

/// A 256-bit key for [`PostgresTokenStore::with_encryption_key`]. Zeroed on drop; `Debug`
/// never shows it.
///
/// Generate one with `openssl rand -hex 32` and keep it in your secret manager, not in the
/// database.
#[derive(Clone)]
pub struct EncryptionKey(Zeroizing<[u8; 32]>);

impl EncryptionKey {
    /// A key from 32 raw bytes.
    pub fn new(bytes: [u8; 32]) -> Self {
        EncryptionKey(Zeroizing::new(bytes))
    }

    /// A key from 64 hexadecimal digits (surrounding whitespace ignored).
    ///
    /// # Errors
    /// [`StoreError::InvalidKey`] when the text is not exactly 64 hex digits (the message never
    /// repeats the text).
    pub fn from_hex(text: &str) -> Result<Self, StoreError> {
        let text = text.trim().as_bytes();
        if text.len() != 64 {
            return Err(StoreError::InvalidKey);
        }
        let mut bytes = Zeroizing::new([0u8; 32]);
        for (byte, pair) in bytes.iter_mut().zip(text.chunks_exact(2)) {
            let hi = hex_digit(pair[0]).ok_or(StoreError::InvalidKey)?;
            let lo = hex_digit(pair[1]).ok_or(StoreError::InvalidKey)?;
            *byte = (hi << 4) | lo;
        }
        Ok(EncryptionKey(bytes))
    }
}

fn hex_digit(c: u8) -> Option<u8> {
    match c {
        b'0'..=b'9' => Some(c - b'0'),
        b'a'..=b'f' => Some(c - b'a' + 10),
        b'A'..=b'F' => Some(c - b'A' + 10),
        _ => None,
    }
}

impl fmt::Debug for EncryptionKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("EncryptionKey([redacted])")
    }
}

/// The advisory-lock key of a grant: FNV-1a (64 bit) of a fixed domain and the grant key. Two
/// grants that collide only share a lock (they wait for each other); nothing else changes.
fn lock_key(grant: &str) -> i64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in DOMAIN.iter().chain(grant.as_bytes()) {
        hash ^= u64::from(*byte);
        hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
    }
    i64::from_ne_bytes(hash.to_ne_bytes())
}

fn db(operation: &'static str) -> impl Fn(sqlx::Error) -> StoreError {
    move |e| {
        let transient = match &e {
            sqlx::Error::Database(d) => !matches!(
                d.code().as_deref().map(|c| c.get(..2).unwrap_or(c)),
                // Syntax or undefined objects (run `migrate`), authorization, data, integrity.
                Some("42" | "28" | "22" | "23")
            ),
            sqlx::Error::Configuration(_)
            | sqlx::Error::ColumnNotFound(_)
            | sqlx::Error::ColumnDecode { .. }
            | sqlx::Error::TypeNotFound { .. } => false,
            _ => true,
        };
        StoreError::Database {
            operation,
            transient,
            source: Arc::new(e),
        }
    }
}

fn encode(tokens: &TokenSet) -> Zeroizing<Vec<u8>> {
    record::encode(tokens, None)
}

fn decode(bytes: &[u8]) -> Result<TokenSet, &'static str> {
    serde_json::from_slice::<TokensIn>(bytes)
        .map_err(|_| "the tokens are not valid JSON")?
        .into_tokens()
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::DateTime;

    #[test]
    fn hex_keys() {
        let key = EncryptionKey::from_hex(&"0f".repeat(32)).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(*key.0, [0x0f; 32]);
        for bad in ["", "0f", &"zz".repeat(32), &"0f".repeat(33)] {
            assert!(matches!(
                EncryptionKey::from_hex(bad),
                Err(StoreError::InvalidKey)
            ));
        }
        assert_eq!(format!("{key:?}"), "EncryptionKey([redacted])");
    }

    #[tokio::test]
    async fn urls_name_the_grant() {
        let store = PostgresTokenStore::from_url(
            "postgres://u:pw@127.0.0.1:5/db?grant=acme&sslmode=disable",
        )
        .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(store.grant_key(), "acme");
        for bad in [
            "postgres://u:SECRETPW@127.0.0.1/db",
            "postgres://u:SECRETPW@127.0.0.1/db?grant=",
            "mysql://u:SECRETPW@127.0.0.1/db?grant=a",
            "postgres://u:SECRETPW@127.0.0.1/db?grant=a&sslmode=SECRETX",
            "not a url SECRETPW",
        ] {
            match PostgresTokenStore::from_url(bad) {
                Err(e @ StoreError::InvalidUrl { .. }) => {
                    assert!(!format!("{e} {e:?}").contains("SECRET"), "{bad}");
                }
                other => panic!("{bad}: {other:?}"),
            }
        }
    }

    /// Issue 18, item 5: a pool that cannot hold the lock and save at once is refused when the
    /// store is built, saying how many connections it needs, instead of a refresh hanging
    /// until the pool's acquire timeout.
    #[tokio::test]
    async fn a_pool_too_small_for_a_refresh_is_refused_at_construction() {
        let lazy = |max| {
            sqlx::postgres::PgPoolOptions::new()
                .max_connections(max)
                .connect_lazy("postgres://u@127.0.0.1:5/db")
                .unwrap_or_else(|e| panic!("{e}"))
        };
        match PostgresTokenStore::new(lazy(1), "acme") {
            Err(e @ StoreError::PoolTooSmall { .. }) => {
                assert!(matches!(
                    e,
                    StoreError::PoolTooSmall {
                        max_connections: 1,
                        needed: 2
                    }
                ));
                assert!(!e.is_transient());
                assert!(e.to_string().contains("at least 2"), "{e}");
            }
            other => panic!("{other:?}"),
        }
        assert!(PostgresTokenStore::new(lazy(2), "acme").is_ok());
    }

    #[test]
    fn lock_keys_differ_per_grant_and_are_stable() {
        assert_ne!(lock_key("acme"), lock_key("globex"));
        assert_eq!(lock_key("acme"), lock_key("acme"));
    }

    #[test]
    fn json_round_trip_and_damage() {
        let t0 = DateTime::from_timestamp(1_767_225_600, 0).unwrap_or_default();
        let tokens = TokenSet::new("acc", "ref", t0)
            .with_issued_at(t0)
            .with_scope("");
        let back = decode(&encode(&tokens)).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(back.access_token().expose_secret(), "acc");
        assert_eq!(back.refresh_token().expose_secret(), "ref");
        assert_eq!(back.expires_at(), t0);
        assert_eq!(back.scope(), Some(""));
        for bad in [
            &b""[..],
            b"{",
            b"[]",
            br#"{"access_token":"","refresh_token":"r","expires_at":"2026-01-01T00:00:00Z"}"#,
        ] {
            assert!(decode(bad).is_err());
        }
    }
}
