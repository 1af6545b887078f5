//! No secret (client secret, code, access or refresh token) appears in any `tracing` output
//! at TRACE level (ours, spiro-auth's, reqwest's, hyper's), nor in `Debug`/`Display` of the
//! client, its builder and its errors, through a session with login, refreshes, a 401
//! replay, retries and failures.

mod support;

use std::io::Write;
use std::sync::{Arc, Mutex};

use spiro_api::{Client, RetryPolicy};
use spiro_auth::MemoryTokenStore;
use spiro_mock::{Event, Fault, Server, Target};

/// Everything the subscriber wrote.
#[derive(Clone, Default)]
struct Captured(Arc<Mutex<Vec<u8>>>);

impl Write for Captured {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(bytes);
        Ok(bytes.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// One thread, so that the thread-local subscriber sees the client, spiro-auth's refresh
/// tasks and the mock alike.
#[tokio::test(flavor = "current_thread")]
async fn no_secret_in_logs_debug_or_errors() {
    let captured = Captured::default();
    let writer = captured.clone();
    let subscriber = tracing_subscriber::fmt()
        .with_max_level(tracing::Level::TRACE)
        .with_writer(move || writer.clone())
        .with_ansi(false)
        .finish();
    let _guard = tracing::subscriber::set_default(subscriber);

    let server = Server::start().await.unwrap();
    let mut shown = Vec::new();
    let builder = spiro_api::testing::builder(&server)
        .token_store(MemoryTokenStore::new())
        .retry_policy(
            RetryPolicy::default().with_initial_backoff(std::time::Duration::from_millis(1)),
        );
    shown.push(format!("{builder:?}"));
    let client = builder.build().unwrap();

    // Before login: a typed error.
    let error = client.list_companies().send().await.unwrap_err();
    assert!(error.is_reauthorization_required());
    // Error::Auth is transparent since 0c9a3cb: the source, if any, is the AuthError's.
    let source = std::error::Error::source(&error).map(ToString::to_string);
    shown.push(format!("{error:?} {error} {}", source.unwrap_or_default()));

    client
        .token_manager()
        .unwrap()
        .exchange_code(&server.issue_code().into())
        .await
        .unwrap();
    client.list_companies().send().await.unwrap();
    server.expire_access_tokens(); // 401, refresh, replay
    client.list_companies().send().await.unwrap();
    server.inject(Target::Api, Fault::status(503)); // retried
    client.list_companies().send().await.unwrap();
    client
        .token_manager()
        .unwrap()
        .force_refresh()
        .await
        .unwrap();
    client.get_company().id("1").send().await.unwrap_err(); // 404
    shown.push(format!("{client:?}"));
    server.revoke_all_tokens(); // 401, then invalid_grant
    let error = client.list_companies().send().await.unwrap_err();
    assert!(error.is_reauthorization_required());
    // Error::Auth is transparent since 0c9a3cb: the source, if any, is the AuthError's.
    let source = std::error::Error::source(&error).map(ToString::to_string);
    shown.push(format!("{error:?} {error} {}", source.unwrap_or_default()));
    let static_client = Client::builder()
        .base_url(server.api_url())
        .access_token("static-secret-token")
        .build()
        .unwrap();
    shown.push(format!("{static_client:?}"));

    let mut secrets = vec![
        server.client_secret().to_owned(),
        "static-secret-token".to_owned(),
    ];
    for event in server.events() {
        match event {
            Event::TokensIssued {
                access_token,
                refresh_token,
                ..
            } => secrets.extend([access_token, refresh_token]),
            Event::CodeIssued { code } => secrets.push(code),
            _ => {}
        }
    }
    // The client secret, the static token, one code, and the pairs of the login and two refreshes.
    assert!(secrets.len() >= 9, "{} secrets", secrets.len());
    let logs = String::from_utf8(captured.0.lock().unwrap().clone()).unwrap();
    assert!(
        logs.contains("spiro_auth.refresh"),
        "the capture saw the refresh spans"
    );
    assert!(
        logs.contains("retrying a transient failure"),
        "the capture saw the hooks' events"
    );
    for secret in &secrets {
        assert!(!logs.contains(secret.as_str()), "a secret is in the logs");
        for text in &shown {
            assert!(!text.contains(secret.as_str()), "a secret is in {text}");
        }
    }
}
