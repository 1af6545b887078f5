//! Peak memory of decoding one page, as a multiple of the body's size, for a 30 MB page of
//! companies and for a page of 300,000 small records (`{"id":N,"type":"company"}`).
//!
//! `cargo bench -p spiro-api --bench decode_memory`. Prints ratios; fails nothing.
//!
//! Memory is counted by a global allocator (bytes requested and not yet freed; a
//! reallocation counts the old and the new block until the old one is freed). Each ratio is
//! the peak during the work, the body included, divided by the body's size:
//!
//! - **records one at a time**: the body is decoded into a list document (the envelope,
//!   each record kept as its text), the body dropped, then the records decoded one at a time
//!   and dropped, as `Pages::items` hands them out;
//! - **the whole page kept**: the same, but all the page's records decoded and held at once
//!   (`send()` then `document.data[..]`): this adds the size of the decoded records, which
//!   for small records is several times their JSON;
//! - **through the client**: `list_companies().pages().items()` against a loopback server
//!   that sends the body (the server's copy is not counted; the client's is);
//! - **`serde_json::Value`** of the same body: a naive decoder, for scale.

use std::io::{Read, Write};
use std::sync::Arc;
use std::sync::atomic::Ordering;

use chrono::{Duration as Age, Utc};
use futures::TryStreamExt;
use spiro_api::spiro_auth::{Credentials, Endpoints, MemoryTokenStore, TokenSet};
use spiro_api::{Client, ListOperation, types};

mod support;

use support::{LIVE, PEAK};

#[global_allocator]
static ALLOCATOR: support::Counting = support::Counting;

/// Runs `work` and returns the peak of live bytes above what was live before, and its
/// result.
fn peak_growth<T>(work: impl FnOnce() -> T) -> (usize, T) {
    let before = LIVE.load(Ordering::Relaxed);
    PEAK.store(before, Ordering::Relaxed);
    let out = work();
    (PEAK.load(Ordering::Relaxed).saturating_sub(before), out)
}

/// A company as the mock seeds them: ten attributes, custom fields, an owner.
fn company(i: usize) -> String {
    format!(
        r#"{{"id":"{}","type":"company","attributes":{{"name":"Watkins Manufacturing {i}","website":"https://www.watkins{i}.com","city":"Boston","state":"MA","external_id":"C{i:05}","phone":"+16175551212","address":"{} Main Street","zipcode":"02110","description":"Manufacturing account in Boston","created_at":"2024-03-01T10:00:00Z","updated_at":"2025-01-02T11:00:00Z","custom":{{"relationship_type":"Customer","assigned_isr":{{"label":"Dana Lee","value":40213}},"industries_served":["Food","Beverage"],"annual_revenue":1250000000}}}},"relationships":{{"user":{{"data":{{"id":"40213","type":"user"}}}}}}}}"#,
        884_000 + i,
        i % 9_999 + 1
    )
}

fn small(i: usize) -> String {
    format!(r#"{{"id":{},"type":"company"}}"#, 884_000 + i)
}

fn page(records: impl Iterator<Item = String>) -> Vec<u8> {
    let mut body = String::from(r#"{"data":["#);
    for (i, record) in records.enumerate() {
        if i > 0 {
            body.push(',');
        }
        body.push_str(&record);
    }
    body.push_str(r#"],"meta":{"pagination":{"current_page":1,"total_pages":1}}}"#);
    body.into_bytes()
}

fn ratio(peak: usize, body: usize) -> f64 {
    peak as f64 / body as f64
}

/// Decoded as `Pages::items` does: the body dropped once the envelope is read, the records
/// decoded and dropped one at a time. Returns the peak ratio and how many records decoded.
fn one_at_a_time(body: Vec<u8>) -> (f64, usize) {
    let len = body.len();
    let (growth, decoded) = peak_growth(move || {
        let document: types::CompanyListDocument = serde_json::from_slice(&body).expect("JSON");
        drop(body);
        document
            .data
            .into_results()
            .filter(|r| std::hint::black_box(r).is_ok())
            .count()
    });
    // The body was live before the work began.
    (ratio(growth + len, len), decoded)
}

fn whole_page(body: Vec<u8>) -> (f64, usize) {
    let len = body.len();
    let (growth, page) = peak_growth(move || {
        let document: types::CompanyListDocument = serde_json::from_slice(&body).expect("JSON");
        drop(body);
        let kept = document.data.len();
        (document, kept)
    });
    (ratio(growth + len, len), page.1)
}

fn as_value(body: &[u8]) -> f64 {
    let (growth, value) = peak_growth(|| serde_json::from_slice::<serde_json::Value>(body));
    drop(value);
    ratio(growth + body.len(), body.len())
}

/// A server on loopback that answers every request with `body`.
fn serve(body: Arc<Vec<u8>>) -> String {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    let url = format!("http://{}", listener.local_addr().expect("address"));
    std::thread::spawn(move || {
        support::MOCK_THREAD.with(|flag| flag.set(true));
        for stream in listener.incoming() {
            let Ok(mut stream) = stream else { continue };
            let mut request = Vec::new();
            let mut chunk = [0u8; 4096];
            while !request.windows(4).any(|w| w == b"\r\n\r\n") {
                match stream.read(&mut chunk) {
                    Ok(0) | Err(_) => break,
                    Ok(n) => request.extend_from_slice(&chunk[..n]),
                }
            }
            let head = format!(
                "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n\r\n",
                body.len()
            );
            let _ = stream.write_all(head.as_bytes());
            let _ = stream.write_all(&body);
        }
    });
    url
}

fn through_the_client(body: Vec<u8>) -> (f64, usize) {
    let len = body.len();
    let url = serve(Arc::new(body));
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime");
    let now = Utc::now();
    let tokens = TokenSet::new("access", "refresh", now + Age::hours(23))
        .with_issued_at(now - Age::hours(1));
    let client = Client::builder()
        .base_url(&url)
        .credentials(Credentials::new("id", "secret", format!("{url}/callback")))
        .oauth_endpoints(Endpoints::from_oauth_url(&url).expect("loopback URL"))
        .token_store(MemoryTokenStore::with_tokens(tokens))
        .build()
        .expect("client");
    // A first request, so that the connection pool and the runtime's own memory are in place.
    runtime.block_on(async {
        let _ = client.list_companies().send().await;
    });
    let (growth, decoded) = peak_growth(|| {
        runtime.block_on(async {
            client
                .list_companies()
                .pages()
                .items()
                .try_fold(0usize, |n, company| async move {
                    std::hint::black_box(company);
                    Ok(n + 1)
                })
                .await
                .expect("stream")
        })
    });
    (ratio(growth, len), decoded)
}

fn main() {
    println!("Peak memory while decoding one page, as a multiple of the body (goal: <= 3x)");
    type Body = fn() -> Vec<u8>;
    let cases: [(&str, Body); 2] = [
        ("a 30 MB page of companies", || {
            let n = 30_000_000 / company(0).len();
            page((0..n).map(company))
        }),
        ("300,000 small records", || page((0..300_000).map(small))),
    ];
    for (name, make) in cases {
        let body = make();
        println!(
            "\n{name}: {:.1} MB, {} bytes per record",
            body.len() as f64 / 1e6,
            body.len() / count(&body)
        );
        println!(
            "  serde_json::Value (for scale)    {:>6.2}x",
            as_value(&body)
        );
        let (r, n) = one_at_a_time(make());
        println!("  records one at a time            {r:>6.2}x  ({n} records)");
        let (r, n) = through_the_client(make());
        println!("  through the client (items())     {r:>6.2}x  ({n} records)");
        let (r, n) = whole_page(make());
        println!("  the whole page kept              {r:>6.2}x  ({n} records)");
    }
}

fn count(body: &[u8]) -> usize {
    let document: types::CompanyListDocument = serde_json::from_slice(body).expect("JSON");
    document.data.len().max(1)
}
