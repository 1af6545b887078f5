//! A [`Client`] of a running [spiro-mock](spiro_mock) (the local Spiro sandbox) in one call,
//! for integration tests that run offline. Needs the cargo feature `testing`:
//!
//! ```toml
//! [dev-dependencies]
//! spiro-api = { git = "https://github.com/spiro-rs/spiro-rs", features = ["testing"] }
//! ```
//!
//! The client logs in through the mock's own OAuth flow: the mock approves an authorization
//! code and the client exchanges it at the mock's token endpoint, so it holds real tokens of
//! the mock and refreshes and rotates them like it would against Spiro (after
//! [`Server::expire_access_tokens`] the next call refreshes once and goes on).
//!
//! ```
//! # #[tokio::main(flavor = "current_thread")]
//! # async fn main() -> Result<(), Box<dyn std::error::Error>> {
//! let (server, client) = spiro_api::testing::start().await?;
//! let company = &server.ids("companies")[0];
//! let document = client.get_company().id(company).send().await?;
//! assert_eq!(document.data.id.as_str(), company);
//! # Ok(())
//! # }
//! ```
//!
//! It lives here, behind a feature of spiro-api, and not in spiro-mock, because of the
//! direction of the dependencies: spiro-api's own tests use spiro-mock, so spiro-mock cannot
//! depend on spiro-api; and the mock stays a plain HTTP server, for any client in any language
//! (the `spiro-mock` binary, the `spiro` CLI's tests).

use spiro_auth::{AuthError, Credentials, MemoryTokenStore, TokenStore};
use spiro_mock::{Server, ServerBuilder};

use crate::{BuildError, Client, ClientBuilder};

/// Why a test client could not be set up. Its message includes the cause's, so the cause is
/// not repeated as its `source()`; the cause itself is the variant's field.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum SetupError {
    /// The mock did not start (its port is taken, its configuration is invalid).
    #[error("spiro-mock did not start: {0}")]
    Start(std::io::Error),
    /// The client did not build.
    #[error("the client of spiro-mock did not build: {0}")]
    Build(BuildError),
    /// The mock's token endpoint refused the authorization code (a fault injected before
    /// the client was made, or a mock configured to refuse it).
    #[error("logging in to spiro-mock failed: {0}")]
    LogIn(AuthError),
}

/// A builder preset for `server`: its API URL, client credentials and OAuth endpoints, and
/// nothing else. For tests that wire more (a clock, a retry policy, a token store holding
/// tokens of their own); [`client`] builds and logs in for the others.
pub fn builder(server: &Server) -> ClientBuilder {
    Client::builder()
        .base_url(server.api_url())
        .credentials(Credentials::new(
            server.client_id(),
            server.client_secret().to_owned(),
            server.redirect_uri(),
        ))
        .oauth_url(&server.oauth_url())
}

/// A client of `server`, logged in through the mock's OAuth flow, its tokens in memory.
pub async fn client(server: &Server) -> Result<Client, SetupError> {
    client_with_store(server, MemoryTokenStore::new()).await
}

/// Like [`client`], with the tokens in `store`: pass an `Arc<MemoryTokenStore>` and keep a
/// clone to look at the tokens the client holds (`TokenStore::load`).
pub async fn client_with_store(
    server: &Server,
    store: impl TokenStore,
) -> Result<Client, SetupError> {
    let client = builder(server)
        .token_store(store)
        .build()
        .map_err(SetupError::Build)?;
    log_in(server, &client).await?;
    Ok(client)
}

/// Logs `client` (built with [`builder`]; else [`BuildError::MissingCredentials`]) in: the mock approves a code, the client
/// exchanges it at the mock's token endpoint and stores the tokens.
pub async fn log_in(server: &Server, client: &Client) -> Result<(), SetupError> {
    let Some(manager) = client.token_manager() else {
        return Err(SetupError::Build(BuildError::MissingCredentials));
    };
    manager
        .exchange_code(&server.issue_code().into())
        .await
        .map_err(SetupError::LogIn)
}

/// Starts a mock with the defaults and returns it with a logged-in [`client`]:
/// `let (server, client) = spiro_api::testing::start().await?;`.
pub async fn start() -> Result<(Server, Client), SetupError> {
    start_with(Server::builder()).await
}

/// Starts the mock `builder` describes (a dataset, a seed, a token lifetime, …) and returns it
/// with a logged-in [`client`].
pub async fn start_with(builder: ServerBuilder) -> Result<(Server, Client), SetupError> {
    let server = builder.start().await.map_err(SetupError::Start)?;
    let client = client(&server).await?;
    Ok((server, client))
}
