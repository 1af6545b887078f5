//! OAuth 2.0 for the [Spiro CRM](https://spiro.ai) API, built so that an integration keeps
//! working for months without anyone re-authorizing.
//!
//! Spiro rotates refresh tokens: every refresh returns a new refresh token, and the previous
//! tokens are revoked once the new access token is first used. A client that uses a new access
//! token before it has stored the new refresh token, or that refreshes twice with the same
//! refresh token, can lose the grant. This crate rules both out:
//!
//! - **Persist before use**: a new access token is handed out only after the refresh token that
//!   came with it is durably stored ([`TokenStore::save`]).
//! - **Single flight**: concurrent callers, and processes sharing a [`FileTokenStore`], cause one
//!   refresh per expiry; the refresh runs as an owned task under the store's lock and re-reads the
//!   store first, adopting tokens another process already rotated.
//! - **Refresh ahead with jitter**, serving the still valid token while the token endpoint is
//!   down; failures are never cached.
//! - **Typed errors**: [`AuthError::ReauthorizationRequired`] when a person must log in again,
//!   [`AuthError::Unavailable`] after bounded retries, [`AuthError::Persist`], …
//! - **Secrets** stay in [`SecretString`]s (zeroized on drop), are redacted in `Debug`/`Display`,
//!   marked sensitive in headers, and never logged.
//!
//! # Modules
//! - [`authorize`] — the authorize URL, its random [`State`](authorize::State), reading the code
//!   back.
//! - [`endpoint`] — [`Endpoints`] and [`TokenEndpoint`] (the token endpoint over HTTP, retries).
//! - [`token`] — [`TokenSet`].
//! - [`store`] — [`TokenStore`], [`MemoryTokenStore`], [`FileTokenStore`].
//! - [`manager`] — [`TokenManager`], the one place that decides when to refresh.
//! - [`policy`] — [`RefreshPolicy`].
//! - [`transport`] — the HTTP rules shared with `spiro-api`: [`RetryPolicy`], the retry
//!   budget, `Retry-After`, body size limits, which URLs may carry tokens, escaping server text.
//! - [`error`] — [`AuthError`], [`StoreError`].
//! - [`credentials`] — [`Credentials`].
//! - [`time`] — injectable clocks and sleep ([`TimeSource`](time::TimeSource),
//!   [`AsyncSleep`](time::AsyncSleep)), with manual ones for tests.
//! - [`failpoint`] — crash-test hooks (active only with the `failpoints` feature).
//!
//! # Logging in once
//! ```no_run
//! # async fn demo() -> Result<(), spiro_auth::AuthError> {
//! use spiro_auth::authorize::{AuthorizationRequest, parse_redirect};
//! use spiro_auth::{Credentials, Endpoints, FileTokenStore, TokenManager};
//!
//! let credentials = Credentials::from_env()?; // SPIRO_CLIENT_ID, _SECRET, SPIRO_REDIRECT_URI
//! let endpoints = Endpoints::from_env()?; // SPIRO_OAUTH_URL, default https://engine.spiro.ai
//! let request = AuthorizationRequest::new(&credentials, &endpoints);
//! println!("Open {} and paste the URL you are sent back to:", request.url());
//! let mut pasted = String::new();
//! std::io::stdin().read_line(&mut pasted).ok();
//! // Refuses a URL whose `state` is missing or is not the one sent (login CSRF).
//! let code = parse_redirect(&pasted)?.verify_state(request.state())?;
//!
//! let manager = TokenManager::builder(credentials)
//!     .endpoints(endpoints)
//!     .store(FileTokenStore::new("spiro-tokens.json"))
//!     .build()?;
//! manager.exchange_code(&code).await?; // exchanged, stored durably, ready
//! # Ok(()) }
//! ```
//!
//! # Using the tokens, for months
//! ```no_run
//! # async fn demo() -> Result<(), spiro_auth::AuthError> {
//! use spiro_auth::{AuthError, Credentials, Endpoints, FileTokenStore, TokenManager};
//!
//! let manager = TokenManager::builder(Credentials::from_env()?)
//!     .endpoints(Endpoints::from_env()?)
//!     .store(FileTokenStore::new("spiro-tokens.json"))
//!     .build()?;
//! match manager.authorization().await {
//!     Ok(header) => { /* request.header(AUTHORIZATION, header) */ }
//!     Err(e) if e.is_reauthorization_required() => eprintln!("log in again: {e}"),
//!     Err(e) if e.is_transient() => eprintln!("try again later: {e}"),
//!     Err(e) => return Err(e),
//! }
//! # Ok(()) }
//! ```
//! `spiro-api` does all of this for you, including the 401 handling through
//! [`TokenManager::unauthorized`].
//!
//! # TLS
//! The token endpoint's default HTTP client uses the TLS stack chosen by cargo features:
//! `rustls` (default, aws-lc-rs), `rustls-ring` (ring: no aws-lc-sys C build) or `native-tls`;
//! see [`http_client_builder`]. To use a client of your own, pass it to
//! [`TokenManagerBuilder::http_client`], built with redirects disabled.

#![warn(missing_docs)]

pub mod authorize;
mod clock;
pub mod credentials;
pub mod endpoint;
pub mod error;
pub mod failpoint;
pub mod manager;
pub mod policy;
mod secret;
pub mod store;
pub mod time;
mod tls;
pub mod token;
pub mod transport;

pub use secrecy::{ExposeSecret, SecretString};

pub use authorize::AuthorizationRequest;
pub use credentials::Credentials;
pub use endpoint::{Endpoints, TokenEndpoint};
pub use error::{AuthError, ConfigError, ReauthReason, StoreError, TransientError, UnsafePath};
pub use manager::{TokenManager, TokenManagerBuilder};
pub use policy::RefreshPolicy;
#[cfg(feature = "postgres")]
pub use store::{EncryptionKey, PostgresTokenStore};
pub use store::{FileTokenStore, MemoryTokenStore, StoreLock, TokenStore};
pub use tls::http_client_builder;
pub use token::TokenSet;
pub use transport::RetryPolicy;

/// The README's example compiles as a doctest.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
