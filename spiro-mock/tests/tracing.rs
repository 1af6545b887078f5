//! Nothing secret reaches `tracing`, even at TRACE level.
//!
//! Its own test binary, with the capturing subscriber installed for the whole process before
//! anything logs. In a binary shared with other tests, a subscriber set for one test alone
//! (`set_default`) can miss the mock's events: tracing caches whether a callsite is wanted when
//! it is first hit, and a test running at the same time without a subscriber can hit it first.

#[path = "mock/common.rs"]
mod common;

use std::sync::{Arc, Mutex};

use spiro_mock::{Dataset, Server};

use common::*;
use spiro_mock::limit::bounded;

#[derive(Clone, Default)]
struct Buffer(Arc<Mutex<Vec<u8>>>);

impl std::io::Write for Buffer {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().expect("lock").extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn no_secret_in_tracing_output() {
    let buffer = Buffer::default();
    let writer = buffer.clone();
    tracing_subscriber::fmt()
        .with_max_level(tracing::Level::TRACE)
        .with_writer(move || writer.clone())
        .with_ansi(false)
        .try_init()
        .expect("the only subscriber in this test binary");
    bounded(async {
        let server = Server::builder()
            .dataset(Dataset::empty().companies(2))
            .client_secret("top-secret-client-secret")
            .start()
            .await
            .expect("server");
        let http = client();
        let code = authorize(&server, &http).await;
        let (a1, r1) = pair(exchange(&server, &http, &code).await).await;
        let (a2, r2) = pair(refresh_form(&server, &http, &r1).await).await;
        assert_eq!(get(&server, &http, &a2, "/companies").await.status(), 200);
        assert_eq!(get(&server, &http, &a1, "/companies").await.status(), 401);
        assert_eq!(refresh_json(&server, &http, &r1).await.status(), 400);
        assert_eq!(exchange(&server, &http, &code).await.status(), 400);

        // Debug output of the builder does not show the secret either.
        let builder = format!(
            "{:?}",
            Server::builder().client_secret("top-secret-client-secret")
        );
        assert!(!builder.contains("top-secret-client-secret"), "{builder}");

        let output = String::from_utf8(buffer.0.lock().expect("lock").clone()).expect("utf-8");
        assert!(
            output.contains("spiro-mock request"),
            "the subscriber captured the mock's logs"
        );
        for secret in [
            code.as_str(),
            &a1,
            &r1,
            &a2,
            &r2,
            "top-secret-client-secret",
        ] {
            assert!(
                !output.contains(secret),
                "a secret leaked into tracing output"
            );
        }
    })
    .await
}
