//! Where tokens live between runs: the [`TokenStore`] trait, an in-memory store, a file store
//! and (cargo feature `postgres`) a PostgreSQL store for grants shared by several hosts.
//!
//! A store must make [`save`](TokenStore::save) durable before it returns `Ok`, because the
//! [`TokenManager`](crate::TokenManager) hands a new access token out only after that: a
//! rotated refresh token is never lost to a crash. [`lock`](TokenStore::lock) serializes
//! refreshes among every user of the store, so one refresh token is never spent twice.

mod file;
mod memory;
#[cfg(feature = "postgres")]
mod postgres;
mod record;

use std::fmt;
use std::sync::Arc;

use async_trait::async_trait;

pub use file::FileTokenStore;
pub use memory::MemoryTokenStore;
#[cfg(feature = "postgres")]
pub use postgres::{EncryptionKey, PostgresTokenStore};

use crate::error::StoreError;
use crate::token::TokenSet;

/// Persistent storage for one grant's [`TokenSet`].
///
/// Implementations for other backends (a database row, a secrets manager) must honour the same
/// contract: `save` is durable when it returns `Ok`, and `lock` is exclusive among everyone who
/// may refresh the same grant (other processes, other hosts) until the returned [`StoreLock`]
/// is dropped.
///
/// **Fencing** (optional, for stores shared across hosts): a store that keeps a generation per
/// save sets [`TokenSet::generation`] on `load` and refuses, in `save`, tokens whose generation
/// is not newer than the stored one with [`StoreError::Superseded`]; the
/// [`TokenManager`](crate::TokenManager) then adopts the stored tokens. Every save is fenced:
/// the manager saves *g + 1* for tokens derived from (or, for a login, replacing) generation
/// *g*, so a save of generation 0 only ever fills an empty store. A stored generation that
/// cannot be incremented is refused on `load` with [`StoreError::GenerationExhausted`].
#[async_trait]
pub trait TokenStore: Send + Sync + fmt::Debug + 'static {
    /// The stored tokens, `None` when nothing was stored yet.
    async fn load(&self) -> Result<Option<TokenSet>, StoreError>;

    /// Replaces the stored tokens; durable once it returns `Ok`.
    async fn save(&self, tokens: &TokenSet) -> Result<(), StoreError>;

    /// Takes the store's exclusive lock, held until the returned guard is dropped. The manager
    /// holds it for the whole of a refresh: re-read, token request, save, publish. Waiting must
    /// not block the async runtime; the manager bounds it with the refresh deadline by dropping
    /// the future.
    async fn lock(&self) -> Result<StoreLock, StoreError>;

    /// Checks, without writing anything, that a [`save`](Self::save) made now would be
    /// accepted: the store is trusted, writable, and holds nothing a save would refuse to
    /// replace (tokens it cannot read). A login calls it, with the lock held, before it spends
    /// its one-time authorization code, so that a store that would refuse the new tokens costs
    /// no login. The default accepts; [`FileTokenStore`] and `PostgresTokenStore` check.
    async fn check_writable(&self) -> Result<(), StoreError> {
        Ok(())
    }
}

#[async_trait]
impl<S: TokenStore + ?Sized> TokenStore for Arc<S> {
    async fn load(&self) -> Result<Option<TokenSet>, StoreError> {
        (**self).load().await
    }

    async fn save(&self, tokens: &TokenSet) -> Result<(), StoreError> {
        (**self).save(tokens).await
    }

    async fn lock(&self) -> Result<StoreLock, StoreError> {
        (**self).lock().await
    }

    async fn check_writable(&self) -> Result<(), StoreError> {
        (**self).check_writable().await
    }
}

/// An exclusive lock on a [`TokenStore`], released when dropped.
pub struct StoreLock {
    _guard: Box<dyn Send + Sync>,
}

impl StoreLock {
    /// Wraps whatever keeps the lock held (a mutex guard, a locked file); dropping it releases
    /// the lock.
    pub fn new<G: Send + Sync + 'static>(guard: G) -> Self {
        StoreLock {
            _guard: Box::new(guard),
        }
    }
}

impl fmt::Debug for StoreLock {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("StoreLock")
    }
}
