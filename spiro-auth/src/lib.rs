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
//! - **Secrets** have their own types ([`AuthorizationCode`], [`RefreshToken`], [`AccessToken`]:
//!   one cannot be passed where another is meant) over [`SecretString`] (zeroized on drop), are
//!   redacted in `Debug`, have no `Display`, are marked sensitive in headers, and never logged.
//!
//! # Where things are
//! Every item has one path. The crate root holds everything an integration touches:
//! [`TokenManager`] (the one place that decides when to refresh), the stores
//! ([`TokenStore`], [`MemoryTokenStore`], [`FileTokenStore`], and `PostgresTokenStore` with the
//! `postgres` feature), [`TokenSet`] and the secrets in it ([`AccessToken`], [`RefreshToken`]),
//! logging in ([`AuthorizationRequest`], [`parse_redirect`], [`AuthorizationCode`]),
//! [`Credentials`], [`Endpoints`], [`TokenEndpoint`], the policies ([`RefreshPolicy`],
//! [`RetryPolicy`], [`BodyLimits`]) and the errors
//! ([`AuthError`], [`ConfigError`], [`StoreError`], …). One module is a namespace:
//! [`time`] — the injectable clock and sleep ([`TimeSource`](time::TimeSource),
//! [`AsyncSleep`](time::AsyncSleep)) that every deadline, wait and expiry reads, with manual
//! ones for tests.
//!
//! Requests to the token endpoint go through the request engine that `spiro-api` shares for its
//! API calls (one retry loop, one budget, one clock per client; spans per attempt). The engine,
//! the HTTP rules it applies and the crash-test hooks are modules of this crate that are public
//! only for `spiro-api` and this repository's tests; they are hidden from these docs and are not
//! covered by semver.
//!
//! **Setter names**: a `…Builder`, consumed by `build()`, takes plain setter names
//! (`.store(..)`, `.endpoints(..)`), while a value used as it is ([`RetryPolicy`],
//! [`RefreshPolicy`], [`BodyLimits`], [`TokenSet`], [`TokenEndpoint`], the stores) takes `with_*`
//! modifiers that return the changed value, and its plain names are getters.
//!
//! # Logging in once
//! ```no_run
//! # async fn demo() -> Result<(), spiro_auth::AuthError> {
//! use spiro_auth::{
//!     AuthorizationRequest, Credentials, Endpoints, FileTokenStore, TokenManager, parse_redirect,
//! };
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

mod authorize;
mod credentials;
mod endpoint;
// Not user API (see each module's docs): the request engine and the HTTP rules it applies
// are public only because spiro-api sends its calls through them; the failpoints are crash-test
// hooks for this repository's tests. Hidden from the docs, so the crate's documented surface is
// what users of tokens need.
#[doc(hidden)]
pub mod engine;
mod error;
#[doc(hidden)]
pub mod failpoint;
mod manager;
mod policy;
mod secret;
mod store;
pub mod time;
mod tls;
mod token;
#[doc(hidden)]
pub mod transport;

pub use secrecy::{ExposeSecret, SecretString};

pub use authorize::{AuthorizationRequest, AuthorizationResponse, CsrfState, parse_redirect};
pub use credentials::{Credentials, ENV_CLIENT_ID, ENV_CLIENT_SECRET, ENV_REDIRECT_URI};
pub use endpoint::{ENV_OAUTH_URL, Endpoints, SPIRO_OAUTH_URL, TokenEndpoint};
pub use error::{AuthError, ConfigError, ReauthReason, StoreError, TransientError, UnsafePath};
pub use manager::{TokenManager, TokenManagerBuilder};
pub use policy::{BodyLimits, RefreshPolicy, RetryPolicy};
pub use secret::{AccessToken, AuthorizationCode, RefreshToken};
#[cfg(feature = "postgres")]
pub use store::{EncryptionKey, PostgresTokenStore};
pub use store::{FileTokenStore, MemoryTokenStore, StoreLock, TokenStore};
pub use tls::http_client_builder;
pub use token::TokenSet;

/// The README's example compiles as a doctest.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
