//! A configured client: the settings made into a `spiro_api::Client` with OAuth and its token
//! store. The CLI has no HTTP or token code of its own: every request goes through this client
//! (and its `TokenManager`).

use std::sync::Arc;

use spiro_api::Client;
use spiro_api::spiro_auth::{Credentials, Endpoints, FileTokenStore, TokenManager, TokenStore};

use crate::config::Settings;
use crate::error::CliError;

/// Environment variable with the key that encrypts tokens in a PostgreSQL store (64 hex
/// digits), as in spiro-auth's examples.
#[cfg_attr(not(feature = "postgres"), allow(dead_code))]
pub(crate) const ENV_TOKEN_KEY: &str = "SPIRO_TOKEN_KEY";

/// The client of one run, its token store and the settings it came from.
pub(crate) struct Session {
    pub(crate) settings: Settings,
    pub(crate) credentials: Credentials,
    pub(crate) endpoints: Endpoints,
    pub(crate) client: Client,
    pub(crate) store: Arc<dyn TokenStore>,
    /// How to name the store in messages (never a URL, which may hold a password).
    pub(crate) store_name: String,
}

impl Session {
    /// Builds the client. Nothing is read or sent yet.
    ///
    /// # Errors
    /// [`CliError::Usage`] for a missing client id, secret or redirect URI, and the client
    /// builder's errors (a bad URL, …).
    pub(crate) fn open(settings: Settings) -> Result<Session, CliError> {
        let missing = |what: &str, variable: &str, key: &str| {
            CliError::Usage(format!(
                "no {what}: set {variable} or `{key}` in profile `{}` of {}",
                settings.profile,
                crate::config::config_path()
                    .map_or("the config file".to_owned(), |p| p.display().to_string())
            ))
        };
        let client_id = settings.client_id.as_ref().ok_or_else(|| {
            missing(
                "client id",
                spiro_api::spiro_auth::ENV_CLIENT_ID,
                "client_id",
            )
        })?;
        let secret = settings.client_secret.as_ref().ok_or_else(|| {
            missing(
                "client secret",
                spiro_api::spiro_auth::ENV_CLIENT_SECRET,
                "client_secret",
            )
        })?;
        let redirect = settings.redirect_uri.as_ref().ok_or_else(|| {
            missing(
                "redirect URI",
                spiro_api::spiro_auth::ENV_REDIRECT_URI,
                "redirect_uri",
            )
        })?;
        let credentials = Credentials::new(
            client_id.value.clone(),
            secret.value.clone(),
            redirect.value.clone(),
        );
        let endpoints = Endpoints::from_oauth_url(&settings.oauth_url.value)
            .map_err(|e| CliError::Usage(crate::error::chain(&e)))?;
        let (store, store_name) = open_store(&settings)?;
        let client = Client::builder()
            .base_url(settings.api_url.value.clone())
            .credentials(credentials.clone())
            .oauth_endpoints(endpoints.clone())
            .token_store(Arc::clone(&store))
            .build()?;
        Ok(Session {
            settings,
            credentials,
            endpoints,
            client,
            store,
            store_name,
        })
    }

    /// The token manager of the client (it always has one: the client uses OAuth).
    pub(crate) fn manager(&self) -> &TokenManager {
        self.client
            .token_manager()
            .expect("the session's client is built with credentials")
    }

    /// Makes the token store ready to be written by a login: the directory of a token file
    /// at its default place (created, private), the table of a PostgreSQL store.
    pub(crate) async fn prepare_store(&self) -> Result<(), CliError> {
        if self.settings.store_is_database() {
            #[cfg(feature = "postgres")]
            {
                let store = spiro_api::spiro_auth::PostgresTokenStore::from_url(
                    &self.settings.token_store.value,
                )
                .map_err(|e| CliError::Usage(crate::error::chain(&e)))?;
                store
                    .migrate()
                    .await
                    .map_err(|e| CliError::Failed(crate::error::chain(&e)))?;
            }
            return Ok(());
        }
        let path = std::path::Path::new(&self.settings.token_store.value);
        if self.settings.token_store.source == crate::config::Source::Default
            && let Some(dir) = path.parent()
            && !dir.as_os_str().is_empty()
            && !dir.exists()
        {
            create_private_dir(dir).map_err(|source| CliError::Read {
                what: format!("the directory {}", dir.display()),
                source,
            })?;
        }
        Ok(())
    }

    /// Waits for a token refresh still in flight, so that rotated tokens are stored before
    /// the process ends.
    pub(crate) async fn finish(&self) {
        if let Some(Err(error)) = self.manager().wait_idle().await {
            tracing::debug!(%error, "a background token refresh failed");
        }
    }
}

#[cfg(unix)]
fn create_private_dir(dir: &std::path::Path) -> std::io::Result<()> {
    use std::os::unix::fs::DirBuilderExt as _;
    std::fs::DirBuilder::new()
        .recursive(true)
        .mode(0o700)
        .create(dir)
}

#[cfg(not(unix))]
fn create_private_dir(dir: &std::path::Path) -> std::io::Result<()> {
    std::fs::create_dir_all(dir)
}

/// The token store named by the settings: a file, or a PostgreSQL URL with the `postgres`
/// feature.
fn open_store(settings: &Settings) -> Result<(Arc<dyn TokenStore>, String), CliError> {
    let spec = &settings.token_store.value;
    if !settings.store_is_database() {
        return Ok((Arc::new(FileTokenStore::new(spec)), spec.clone()));
    }
    #[cfg(feature = "postgres")]
    {
        use spiro_api::spiro_auth::{EncryptionKey, PostgresTokenStore};
        let store_error =
            |e: spiro_api::spiro_auth::StoreError| CliError::Usage(crate::error::chain(&e));
        let mut store = PostgresTokenStore::from_url(spec).map_err(store_error)?;
        if let Ok(hex) = std::env::var(ENV_TOKEN_KEY) {
            store = store.with_encryption_key(EncryptionKey::from_hex(&hex).map_err(store_error)?);
        }
        let name = format!(
            "grant `{}` in PostgreSQL table {}",
            store.grant_key(),
            PostgresTokenStore::TABLE
        );
        Ok((Arc::new(store), name))
    }
    #[cfg(not(feature = "postgres"))]
    {
        Err(CliError::Usage(
            "the token store is a PostgreSQL URL, but this `spiro` was built without PostgreSQL \
             support: install it with `cargo install --path spiro-cli --features postgres`"
                .to_owned(),
        ))
    }
}
