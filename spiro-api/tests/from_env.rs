//! `Client::from_env` / `ClientBuilder::from_env`, against spiro-mock.
//!
//! Setting environment variables races with any other thread reading them, so this file holds
//! a single test (its own process) and sets the variables before starting anything else.

mod support;

use chrono::Duration as Age;
use spiro_api::{BuildError, Client, ClientBuilder};
use spiro_auth::{AuthError, ConfigError, FileTokenStore, TokenStore};
use spiro_mock::Server;

const VARIABLES: [&str; 6] = [
    "SPIRO_CLIENT_ID",
    "SPIRO_CLIENT_SECRET",
    "SPIRO_REDIRECT_URI",
    "SPIRO_OAUTH_URL",
    "SPIRO_API_URL",
    "SPIRO_TOKEN_FILE",
];

fn set(name: &str, value: &str) {
    // SAFETY: this is the only test in this binary, and no other thread reads or writes the
    // environment while it runs (the mock's runtime threads do not touch it).
    unsafe { std::env::set_var(name, value) }
}

fn unset(name: &str) {
    // SAFETY: as in `set`.
    unsafe { std::env::remove_var(name) }
}

/// The missing variable named by a `build` error.
fn missing_variable(error: &BuildError) -> Option<&'static str> {
    match error {
        BuildError::Auth(AuthError::Config(ConfigError::MissingEnv { name })) => Some(name),
        _ => None,
    }
}

#[test]
fn from_env_reads_every_setting_and_reports_what_is_missing_at_build() {
    for name in VARIABLES {
        unset(name);
    }
    // Nothing set: the first required variable is named, at `build`.
    let error = Client::from_env().unwrap_err();
    assert_eq!(
        missing_variable(&error),
        Some("SPIRO_CLIENT_ID"),
        "{error:?}"
    );

    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    runtime.block_on(async {
        let server = Server::start().await.unwrap();
        let dir = tempfile::tempdir().unwrap();
        let token_file = dir.path().join("tokens.json");
        set("SPIRO_CLIENT_ID", server.client_id());
        set("SPIRO_CLIENT_SECRET", server.client_secret());
        set("SPIRO_REDIRECT_URI", server.redirect_uri());
        set("SPIRO_OAUTH_URL", &server.oauth_url());
        set("SPIRO_API_URL", &server.api_url());

        // Credentials but no token file: refused, unless a setter supplies the store.
        let error = Client::from_env().unwrap_err();
        assert_eq!(
            missing_variable(&error),
            Some("SPIRO_TOKEN_FILE"),
            "{error:?}"
        );
        set("SPIRO_TOKEN_FILE", token_file.to_str().unwrap());

        // An expired token in the file: the call below refreshes through SPIRO_OAUTH_URL with
        // the credentials, saves to SPIRO_TOKEN_FILE, and reaches the API at SPIRO_API_URL.
        let expired = support::token_set(&server.issue_tokens(), -Age::hours(1));
        let store = FileTokenStore::new(&token_file);
        store.save(&expired).await.unwrap();
        let refreshes_before = server.counters().refresh_requests;

        let client = Client::from_env().unwrap();
        assert_eq!(client.base_url(), server.api_url().trim_end_matches('/'));
        client.list_companies().page_size(1).send().await.unwrap();
        assert_eq!(server.counters().refresh_requests, refreshes_before + 1);
        let saved = store.load().await.unwrap().expect("tokens saved");
        assert_ne!(
            spiro_auth::ExposeSecret::expose_secret(saved.refresh_token()),
            spiro_auth::ExposeSecret::expose_secret(expired.refresh_token()),
            "the rotated refresh token went to SPIRO_TOKEN_FILE"
        );

        // Setters after `from_env` replace what the environment said, errors included.
        set("SPIRO_API_URL", "not a url");
        let error = ClientBuilder::from_env().build().unwrap_err();
        assert!(matches!(error, BuildError::BaseUrl(_)), "{error:?}");
        let client = ClientBuilder::from_env()
            .base_url(server.api_url())
            .build()
            .unwrap();
        assert_eq!(client.base_url(), server.api_url().trim_end_matches('/'));

        set("SPIRO_OAUTH_URL", "http://oauth.example.com");
        let error = ClientBuilder::from_env()
            .base_url(server.api_url())
            .build()
            .unwrap_err();
        assert!(
            matches!(
                error,
                BuildError::Auth(AuthError::Config(ConfigError::InsecureUrl { .. }))
            ),
            "{error:?}"
        );
    });
    for name in VARIABLES {
        unset(name);
    }
}
