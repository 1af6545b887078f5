//! No secret (client secret, codes, access and refresh tokens) ever shows up in `tracing` output
//! at TRACE level, or in `Debug`/`Display` of any public type or error.
//!
//! Its own test binary: it installs the process-wide subscriber (and the `log` bridge, so
//! reqwest's and hyper's records are captured too) and runs every auth scenario under it.

mod common;

use std::io::Write;
use std::sync::{Arc, Mutex};

use common::*;
use spiro_auth::{
    AuthError, FileTokenStore, MemoryTokenStore, RefreshPolicy, RefreshToken, RetryPolicy,
    StoreError, TokenEndpoint, TokenStore,
};
use spiro_auth::{AuthorizationRequest, CsrfState, parse_redirect};
use spiro_mock::{Event, Fault, Server, Target};
use tracing_subscriber::fmt::MakeWriter;
use tracing_subscriber::fmt::format::FmtSpan;

#[derive(Clone, Default)]
struct Capture(Arc<Mutex<Vec<u8>>>);

impl Write for Capture {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl<'a> MakeWriter<'a> for Capture {
    type Writer = Capture;
    fn make_writer(&'a self) -> Self::Writer {
        self.clone()
    }
}

fn secrets_of(server: &Server) -> Vec<String> {
    let mut secrets = vec![server.client_secret().to_owned()];
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
    secrets
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn no_secret_in_traces_debug_or_display() {
    bounded(async {
        let capture = Capture::default();
        tracing_subscriber::fmt()
            .with_max_level(tracing::Level::TRACE)
            .with_writer(capture.clone())
            .with_span_events(FmtSpan::FULL)
            .with_ansi(false)
            .try_init()
            .expect("the only subscriber in this test binary");

        let server = Server::builder()
            .client_secret("client-secret-4f1b9e2a7c6d5e8f")
            .start()
            .await
            .expect("mock");
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("tokens.json");
        let mut shown: Vec<String> = Vec::new();
        let mut show = |label: &str, text: String| shown.push(format!("{label}: {text}"));

        // Login through the authorize URL and a pasted redirect.
        let credentials = credentials(&server);
        let request = AuthorizationRequest::new(&credentials, &endpoints(&server));
        let code = server.issue_code();
        let pasted = format!(
            "{}?code={code}&state={}",
            server.redirect_uri(),
            request.state().as_str()
        );
        let response = parse_redirect(&pasted).expect("parsed");
        show("response", format!("{response:?}"));
        let login_code = response.verify_state(request.state()).expect("state");
        show("request", format!("{request:?}"));
        show("state", format!("{:?}", request.state()));
        let file_store = FileTokenStore::new(&path);
        let manager = builder(&server)
            .store(file_store.clone())
            .build()
            .expect("manager");
        show("builder", format!("{:?}", builder(&server)));
        manager.exchange_code(&login_code).await.expect("login");
        let header = manager.authorization().await.expect("token");
        show("header", format!("{header:?}"));
        assert_eq!(use_token(&server, &header).await, 200);

        // Refresh: forced, after a 401, through an outage and a lost response.
        manager.force_refresh().await.expect("forced");
        let current = manager.authorization().await.expect("token");
        manager.unauthorized(&current).await.expect("after 401");
        server.inject(Target::Token, Fault::status(503).times(2));
        server.inject(Target::Token, Fault::commit_then_drop());
        manager.force_refresh().await.expect("through faults");
        show("manager", format!("{manager:?}"));
        show("file store", format!("{file_store:?}"));
        show("stored", format!("{:?}", file_store.load().await));
        show("lock", format!("{:?}", file_store.lock().await));

        // Background refresh that fails, then one whose save fails.
        let issued = server.issue_tokens();
        let memory = MemoryTokenStore::with_tokens(in_refresh_window(&issued));
        show("memory store", format!("{memory:?}"));
        let counting = CountingStore::new(memory);
        let background = builder(&server)
            .store(Arc::clone(&counting))
            .build()
            .expect("manager");
        server.inject(Target::Token, Fault::status(500).times(4));
        background.authorization().await.expect("valid");
        let mut errors: Vec<AuthError> = Vec::new();
        if let Some(Err(e)) = background.wait_idle().await {
            errors.push(e);
        }
        counting.fail_saves(true);
        background.authorization().await.expect("valid");
        if let Some(Err(e)) = background.wait_idle().await {
            errors.push(e);
        }

        // Failures: a used code, a revoked grant, a corrupt file, a wrong client secret.
        let endpoint =
            TokenEndpoint::new(credentials.clone(), &endpoints(&server)).expect("endpoint");
        show("endpoint", format!("{endpoint:?}"));
        show("credentials", format!("{credentials:?}"));
        show("endpoints", format!("{:?}", endpoints(&server)));
        errors.extend(endpoint.exchange_code(&login_code).await.err());
        let wrong = spiro_auth::Credentials::new(
            server.client_id(),
            "wrong-secret-9d8c7b6a5f4e3d2c",
            server.redirect_uri(),
        );
        let wrong_endpoint = TokenEndpoint::new(wrong, &endpoints(&server)).expect("endpoint");
        errors.extend(
            wrong_endpoint
                .refresh(&RefreshToken::from(issued.refresh_token.as_str()))
                .await
                .err(),
        );
        server.revoke_all_tokens();
        let revoked = builder(&server)
            .store(MemoryTokenStore::with_tokens(expired(&issued)))
            .build()
            .expect("manager");
        errors.extend(revoked.authorization().await.err());
        let corrupt = dir.path().join("corrupt.json");
        write_private(
            &corrupt,
            format!("{{\"version\":1,\"access_token\":\"{code}\"").as_bytes(),
        );
        let broken = builder(&server)
            .store(FileTokenStore::new(&corrupt))
            .build()
            .expect("manager");
        errors.extend(broken.authorization().await.err());
        errors.push(CsrfState::random().verify("forged").expect_err("mismatch"));
        errors.push(AuthError::Persist(StoreError::io(
            &path,
            std::io::Error::other("disk full"),
        )));
        assert!(errors.len() >= 7, "{errors:?}");
        for e in &errors {
            let mut chain = format!("{e} | {e:?}");
            let mut source = std::error::Error::source(e);
            while let Some(s) = source {
                chain.push_str(&format!(" | {s}"));
                source = s.source();
            }
            show("error", chain);
        }
        show("refresh policy", format!("{:?}", RefreshPolicy::default()));
        show("retry policy", format!("{:?}", RetryPolicy::default()));

        let secrets = secrets_of(&server);
        assert!(secrets.len() >= 10, "secrets collected: {}", secrets.len());
        assert!(secrets.iter().all(|s| s.len() >= 16));
        let logs = String::from_utf8_lossy(&capture.0.lock().unwrap_or_else(|e| e.into_inner()))
            .into_owned();
        // The capture works and sees what it should.
        for expected in [
            "spiro_auth.refresh",
            "reason=\"login\"",
            "reason=\"unauthorized\"",
            "outcome=",
            "waiters_coalesced=",
            "duration_ms=",
            "spiro.attempt",
            "otel.name=\"POST /oauth/token\"",
            "url.full=",
            "http.response.status_code=",
        ] {
            assert!(
                logs.contains(expected),
                "{expected} missing from the captured traces"
            );
        }
        let shown = shown.join("\n");
        for secret in &secrets {
            assert!(
                !logs.contains(secret.as_str()),
                "a secret appears in the traces"
            );
            assert!(
                !shown.contains(secret.as_str()),
                "a secret appears in Debug/Display:\n{shown}"
            );
        }
        assert!(!shown.contains("wrong-secret-9d8c7b6a5f4e3d2c"));
        assert!(!logs.contains("wrong-secret-9d8c7b6a5f4e3d2c"));
    })
    .await
}
