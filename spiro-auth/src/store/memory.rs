//! [`MemoryTokenStore`]: tokens kept in the process (tests, short-lived tools, or callers that
//! persist elsewhere).

use std::sync::{Arc, Mutex, PoisonError};

use async_trait::async_trait;

use super::{StoreLock, TokenStore};
use crate::error::StoreError;
use crate::token::TokenSet;

/// A [`TokenStore`] in memory. Its lock is exclusive within the process only.
///
/// ```
/// use chrono::{Duration, Utc};
/// use spiro_auth::{MemoryTokenStore, TokenSet};
/// let store = MemoryTokenStore::with_tokens(TokenSet::new("a", "r", Utc::now() + Duration::hours(1)));
/// # let _ = store;
/// ```
#[derive(Debug, Default)]
pub struct MemoryTokenStore {
    tokens: Mutex<Option<TokenSet>>,
    lock: Arc<tokio::sync::Mutex<()>>,
}

impl MemoryTokenStore {
    /// An empty store.
    pub fn new() -> Self {
        Self::default()
    }

    /// A store already holding `tokens`.
    pub fn with_tokens(tokens: TokenSet) -> Self {
        MemoryTokenStore {
            tokens: Mutex::new(Some(tokens)),
            lock: Arc::default(),
        }
    }

    fn slot(&self) -> std::sync::MutexGuard<'_, Option<TokenSet>> {
        self.tokens.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

#[async_trait]
impl TokenStore for MemoryTokenStore {
    async fn load(&self) -> Result<Option<TokenSet>, StoreError> {
        Ok(self.slot().clone())
    }

    async fn save(&self, tokens: &TokenSet) -> Result<(), StoreError> {
        *self.slot() = Some(tokens.clone());
        Ok(())
    }

    async fn lock(&self) -> Result<StoreLock, StoreError> {
        Ok(StoreLock::new(Arc::clone(&self.lock).lock_owned().await))
    }
}
