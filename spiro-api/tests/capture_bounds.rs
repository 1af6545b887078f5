//! Shape capture is safe to leave on: under a flood of large answers whose object keys are data
//! (names, ids, tokens used as keys), it writes no such key, keeps its file within its cap and
//! holds at most a few MiB of memory. (Before the bounds, 384 error answers of 65 KB drove
//! capture to 950 MiB of memory and a 640 MB file.)
//!
//! Memory is measured with a counting global allocator: the peak of this process's live heap
//! while the flood runs, above what it held before, with and without capture.

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};

use serde_json::{Map, Value, json};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;

struct Counting;

static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: forwarded to the system allocator with the caller's layout.
        let ptr = unsafe { System.alloc(layout) };
        if !ptr.is_null() {
            let live = LIVE.fetch_add(layout.size(), Ordering::Relaxed) + layout.size();
            PEAK.fetch_max(live, Ordering::Relaxed);
        }
        ptr
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: `ptr` was allocated by `alloc` above with this layout.
        unsafe { System.dealloc(ptr, layout) };
        LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// Answers to flood with.
const ANSWERS: usize = 384;
/// The size of each answer's body: just within the default error body limit (64 KiB), so that
/// every one is read whole and captured.
const BODY: usize = 65_000;

/// A field name made of letters only, distinct for each `n` (passes the capture's identifier
/// rule, so each becomes a path until the budget is spent).
fn letters(mut n: usize) -> String {
    let mut out = String::new();
    loop {
        out.insert(0, char::from(b'a' + (n % 26) as u8));
        n /= 26;
        if n == 0 {
            return out;
        }
    }
}

/// The `n`th 422 answer: an error document keyed by data (customer names, ids, 56-character
/// tokens, e-mail addresses) and by distinct field-like names, about `BODY` bytes long.
fn answer(n: usize) -> Vec<u8> {
    let mut errors = Map::new();
    let mut i = 0;
    let mut size = 0;
    while size < BODY - 2_000 {
        let key = match i % 5 {
            0 => format!("JaneDoe{n}x{i}"),
            1 => format!("Acme_Corp_{n}_{i}"),
            2 => format!("{:056x}", (n as u128) << 64 | i as u128),
            3 => format!("customer{n}.{i}@example.com"),
            _ => format!("f_{}", letters(n * 10_000 + i)),
        };
        let value = json!(["is not valid", n, { "seen_at": "2026-01-05" }]);
        size += key.len() + value.to_string().len() + 4;
        errors.insert(key, value);
        i += 1;
    }
    let body = json!({ "errors": errors, "meta": { "request": "SECRET-VALUE" } });
    let mut bytes = serde_json::to_vec(&body).unwrap();
    bytes.resize(BODY.max(bytes.len()), b' ');
    bytes
}

/// A server on 127.0.0.1 that answers every request with the next flood answer (HTTP/1.1,
/// keep-alive).
async fn flood_server() -> String {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let counter = std::sync::Arc::new(AtomicUsize::new(0));
    tokio::spawn(async move {
        loop {
            let Ok((mut stream, _)) = listener.accept().await else {
                return;
            };
            let counter = counter.clone();
            tokio::spawn(async move {
                let mut buffer = vec![0u8; 8192];
                let mut filled = 0;
                loop {
                    let Ok(read) = stream.read(&mut buffer[filled..]).await else {
                        return;
                    };
                    if read == 0 {
                        return;
                    }
                    filled += read;
                    let Some(end) = buffer[..filled].windows(4).position(|w| w == b"\r\n\r\n")
                    else {
                        if filled == buffer.len() {
                            return;
                        }
                        continue;
                    };
                    buffer.copy_within(end + 4..filled, 0);
                    filled -= end + 4;
                    let body = answer(counter.fetch_add(1, Ordering::Relaxed));
                    let head = format!(
                        "HTTP/1.1 422 Unprocessable Entity\r\ncontent-type: application/json\r\ncontent-length: {}\r\n\r\n",
                        body.len()
                    );
                    if stream.write_all(head.as_bytes()).await.is_err()
                        || stream.write_all(&body).await.is_err()
                    {
                        return;
                    }
                }
            });
        }
    });
    format!("http://{addr}/api/v1")
}

/// The peak live heap above the start while `ANSWERS` calls meet the flood, 8 at a time.
async fn flood(capture: Option<&std::path::Path>) -> usize {
    let base = flood_server().await;
    let mut builder = spiro_api::Client::builder()
        .base_url(&base)
        .access_token("flood-token");
    if let Some(path) = capture {
        builder = builder.capture_shapes(path);
    }
    let client = builder.build().unwrap();
    let start = LIVE.load(Ordering::Relaxed);
    PEAK.store(start, Ordering::Relaxed);
    let mut calls = futures::stream::iter(0..ANSWERS)
        .map(|_| {
            let client = client.clone();
            async move { client.list_companies().send().await }
        })
        .buffer_unordered(8);
    use futures::StreamExt;
    let mut failed = 0;
    while let Some(outcome) = calls.next().await {
        let error = outcome.expect_err("every answer is a 422");
        assert_eq!(error.status().map(|s| s.as_u16()), Some(422), "{error}");
        failed += 1;
    }
    drop(calls);
    drop(client); // the capture writes its last counts
    assert_eq!(failed, ANSWERS);
    PEAK.load(Ordering::Relaxed).saturating_sub(start)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_flood_of_large_answers_keyed_by_data_stays_within_bounds_and_writes_no_key() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("shapes.jsonl");
    let without = flood(None).await;
    let with = flood(Some(&path)).await;
    println!(
        "peak heap above start over {ANSWERS} answers of {BODY} bytes: {:.1} MiB without capture, {:.1} MiB with",
        without as f64 / 1048576.0,
        with as f64 / 1048576.0
    );
    assert!(
        with.saturating_sub(without) <= 16 << 20,
        "capture held {} bytes",
        with.saturating_sub(without)
    );

    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.len() <= 2 << 20, "{} bytes", text.len());
    let lines: Vec<Value> = text
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    // The header and one line for the one operation and status, with at most 2,000 paths
    // (the file's own cap is reached by many operations: see the unit tests of `capture`).
    assert_eq!(lines.len(), 2, "{text:.2000}");
    assert!(lines[1]["paths"].as_object().unwrap().len() <= 2_000);
    let line = &lines[1];
    assert_eq!(
        (line["operation"].as_str(), line["status"].as_u64()),
        (Some("list_companies"), Some(422))
    );
    assert_eq!(line["responses"], ANSWERS);
    // Four keys of five are data: each is a placeholder, counted.
    assert!(line["placeholder_keys"].as_u64().unwrap() > 4 * ANSWERS as u64);
    assert!(line["paths"]["errors.*"].is_object(), "{line}");
    for leaked in [
        "JaneDoe",
        "Acme",
        "example.com",
        "SECRET",
        "0000000000000000",
        "is not valid",
    ] {
        assert!(!text.contains(leaked), "{leaked} is in the capture");
    }
    // The distinct field-like names fill the budget; what does not fit is counted, not kept.
    assert!(line["dropped_paths"].as_u64().unwrap() > 0, "{line:.300}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn answers_keyed_by_data_leave_no_key_and_fields_keep_their_names() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("shapes.jsonl");
    let server = spiro_mock::Server::builder()
        .dataset(
            spiro_mock::Dataset::empty()
                .opportunities(3)
                .companies(1)
                .users(1)
                .pipelines(1)
                .stages_per_pipeline(1),
        )
        .start()
        .await
        .unwrap();
    let id = server.ids("opportunities")[0].clone();
    let token = "tok_3f9a0c6e1b2d4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c";
    assert!(server.set_attribute(
        "opportunities",
        &id,
        "custom",
        json!({
            "JaneDoe": "x", "Acme_Corp_2026": 1, token: true, "bc_packaging_quote": "https://q"
        })
    ));
    let client = spiro_api::Client::builder()
        .base_url(server.api_url())
        .access_token(server.issue_tokens().access_token.as_str())
        .capture_shapes(&path)
        .build()
        .unwrap();
    client.get_opportunity().id(&id).send().await.unwrap();
    drop(client);
    let text = std::fs::read_to_string(&path).unwrap();
    for leaked in ["JaneDoe", "Acme_Corp_2026", token] {
        assert!(!text.contains(leaked), "{leaked} is in the capture: {text}");
    }
    assert!(
        text.contains("\"data.attributes.custom.bc_packaging_quote\""),
        "{text}"
    );
    assert!(text.contains("\"data.attributes.custom.*\""), "{text}");
    assert!(text.contains("\"placeholder_keys\":3"), "{text}");
}
