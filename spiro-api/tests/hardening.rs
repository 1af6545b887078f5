//! Issue 8: what a hostile or broken server can do to a call, against small servers on
//! 127.0.0.1 written here (raw HTTP/1.1 over tokio's `TcpListener`, so that they can send what
//! no well-behaved framework would): each test asserts the typed error and that the client
//! stopped early (requests counted, bytes written counted).

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use spiro_api::spiro_auth::BodyLimits;
use spiro_api::spiro_auth::{Credentials, Endpoints, MemoryTokenStore, TokenSet};
use spiro_api::{BuildError, Client, Error, RetryPolicy, types};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::Notify;

/// One request as the hostile server saw it.
#[derive(Clone, Debug)]
struct Seen {
    method: String,
    path: String,
    #[allow(dead_code)] // kept for debugging output
    headers: Vec<(String, String)>,
    body: Vec<u8>,
}

/// What the hostile server does with a request.
enum Reply {
    /// Write these bytes and close.
    Raw(Vec<u8>),
    /// Wait, then write these bytes and close.
    Delayed(Duration, Vec<u8>),
    /// Write `head`, then `chunk` over and over (chunked encoding when `chunked`) until
    /// `total` bytes or until the client goes away; the bytes written go to `written`.
    Stream {
        head: Vec<u8>,
        total: usize,
        chunked: bool,
    },
}

struct Hostile {
    port: u16,
    seen: Arc<Mutex<Vec<Seen>>>,
    /// Body bytes written by streaming replies.
    written: Arc<AtomicUsize>,
    /// Notified when a streaming reply ends (all written, or the client went away).
    stream_done: Arc<Notify>,
}

impl Hostile {
    async fn start(reply: impl Fn(&Seen) -> Reply + Send + Sync + 'static) -> Hostile {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let port = listener.local_addr().unwrap().port();
        let seen = Arc::new(Mutex::new(Vec::new()));
        let written = Arc::new(AtomicUsize::new(0));
        let stream_done = Arc::new(Notify::new());
        let reply = Arc::new(reply);
        let (log, count, done) = (seen.clone(), written.clone(), stream_done.clone());
        tokio::spawn(async move {
            while let Ok((socket, _)) = listener.accept().await {
                let (reply, log, count, done) =
                    (reply.clone(), log.clone(), count.clone(), done.clone());
                tokio::spawn(async move {
                    let _ = serve(socket, &*reply, &log, &count, &done).await;
                });
            }
        });
        Hostile {
            port,
            seen,
            written,
            stream_done,
        }
    }

    fn url(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }

    fn seen(&self) -> Vec<Seen> {
        self.seen.lock().unwrap().clone()
    }
}

async fn serve(
    mut socket: TcpStream,
    reply: &(dyn Fn(&Seen) -> Reply + Send + Sync),
    log: &Mutex<Vec<Seen>>,
    written: &AtomicUsize,
    done: &Notify,
) -> std::io::Result<()> {
    let mut buf = Vec::new();
    let mut chunk = [0u8; 4096];
    let head_end = loop {
        let n = socket.read(&mut chunk).await?;
        if n == 0 {
            return Ok(());
        }
        buf.extend_from_slice(&chunk[..n]);
        if let Some(i) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
            break i + 4;
        }
    };
    let head = String::from_utf8_lossy(&buf[..head_end]).into_owned();
    let mut lines = head.split("\r\n");
    let mut request_line = lines.next().unwrap_or_default().split(' ');
    let method = request_line.next().unwrap_or_default().to_owned();
    let path = request_line.next().unwrap_or_default().to_owned();
    let headers: Vec<(String, String)> = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(k, v)| (k.trim().to_ascii_lowercase(), v.trim().to_owned()))
        .collect();
    let length = headers
        .iter()
        .find(|(k, _)| k == "content-length")
        .and_then(|(_, v)| v.parse::<usize>().ok())
        .unwrap_or(0);
    let mut body = buf[head_end..].to_vec();
    while body.len() < length {
        let n = socket.read(&mut chunk).await?;
        if n == 0 {
            break;
        }
        body.extend_from_slice(&chunk[..n]);
    }
    let request = Seen {
        method,
        path,
        headers,
        body,
    };
    log.lock().unwrap().push(request.clone());
    match reply(&request) {
        Reply::Raw(bytes) => socket.write_all(&bytes).await?,
        Reply::Delayed(delay, bytes) => {
            tokio::time::sleep(delay).await;
            socket.write_all(&bytes).await?;
        }
        Reply::Stream {
            head,
            total,
            chunked,
        } => {
            let result = stream(&mut socket, &head, total, chunked, written).await;
            done.notify_one();
            result?;
        }
    }
    socket.shutdown().await
}

async fn stream(
    socket: &mut TcpStream,
    head: &[u8],
    total: usize,
    chunked: bool,
    written: &AtomicUsize,
) -> std::io::Result<()> {
    const CHUNK: usize = 64 * 1024;
    socket.write_all(head).await?;
    let filler = vec![b' '; CHUNK];
    let mut sent = 0;
    while sent < total {
        let n = CHUNK.min(total - sent);
        if chunked {
            socket.write_all(format!("{n:x}\r\n").as_bytes()).await?;
        }
        socket.write_all(&filler[..n]).await?;
        if chunked {
            socket.write_all(b"\r\n").await?;
        }
        sent += n;
        written.store(sent, Ordering::SeqCst);
    }
    if chunked {
        socket.write_all(b"0\r\n\r\n").await?;
    }
    Ok(())
}

fn response(status: &str, headers: &[(&str, &str)], body: &[u8]) -> Vec<u8> {
    let mut out = format!("HTTP/1.1 {status}\r\nConnection: close\r\n");
    for (k, v) in headers {
        out.push_str(&format!("{k}: {v}\r\n"));
    }
    out.push_str(&format!("Content-Length: {}\r\n\r\n", body.len()));
    let mut out = out.into_bytes();
    out.extend_from_slice(body);
    out
}

fn static_client(server: &Hostile, policy: RetryPolicy, limits: BodyLimits) -> Client {
    Client::builder()
        .base_url(format!("{}/api/v1", server.url()))
        .access_token("static-token")
        .retry_policy(policy)
        .body_limits(limits)
        .build()
        .unwrap()
}

/// Defect 2: the server waits over a second, then answers 503 with `Retry-After:
/// 18446744073709551615`. `started.elapsed() + delay` used to overflow and panic in the
/// caller's task; now the wait is past the deadline, so the 503 is returned at once, typed.
#[tokio::test]
async fn slow_503_with_huge_retry_after_returns_the_503_instead_of_panicking() {
    let server = Hostile::start(|_| {
        Reply::Delayed(
            Duration::from_millis(1_100),
            response(
                "503 Service Unavailable",
                &[("Retry-After", "18446744073709551615")],
                b"",
            ),
        )
    })
    .await;
    let client = static_client(&server, RetryPolicy::default(), BodyLimits::default());
    // Bounded: with the cap on waits broken, this would sleep for 584 billion years.
    let err = tokio::time::timeout(Duration::from_secs(30), client.get_company().id("1").send())
        .await
        .expect("the call waited instead of returning the 503")
        .unwrap_err();
    assert_eq!(err.status().map(|s| s.as_u16()), Some(503), "{err:?}");
    assert!(err.is_transient());
    assert_eq!(
        err.api().and_then(|api| api.retry_after()),
        Some(Duration::from_secs(u64::MAX))
    );
    assert_eq!(server.seen().len(), 1, "no retry past the deadline");
}

/// Waits until the hostile server's streaming reply ended (a generous guard against hangs,
/// not a timing assertion) and returns the body bytes it managed to write.
async fn bytes_written(server: &Hostile) -> usize {
    tokio::time::timeout(Duration::from_secs(120), server.stream_done.notified())
        .await
        .expect("the client closed the connection");
    server.written.load(Ordering::SeqCst)
}

const HUNDRED_MB: usize = 100 * 1024 * 1024;

/// Defect 3: a 200 whose body never ends (100 MB, chunked, no `Content-Length`) used to be
/// read whole into memory. With a 1 MiB limit the call fails with `BodyTooLarge` and the
/// client stops reading: the server could write no more than what the socket buffers hold.
#[tokio::test]
async fn streamed_100_mb_success_body_is_body_too_large_and_reading_stops_early() {
    let server = Hostile::start(|_| Reply::Stream {
        head: b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n".to_vec(),
        total: HUNDRED_MB,
        chunked: true,
    })
    .await;
    let limit = 1024 * 1024;
    let client = static_client(
        &server,
        RetryPolicy::default(),
        BodyLimits::default().with_success(limit),
    );
    let err = client.get_company().id("1").send().await.unwrap_err();
    assert!(
        matches!(err, Error::BodyTooLarge { limit: l } if l == limit),
        "{err:?}"
    );
    assert!(!err.is_transient());
    drop(client);
    let written = bytes_written(&server).await;
    assert!(
        written < 32 * 1024 * 1024,
        "the client read {written} bytes of a body past its 1 MiB limit"
    );
    assert_eq!(server.seen().len(), 1, "not retried");
}

/// Defect 3, declared: a `Content-Length` past the limit fails before the body is read.
#[tokio::test]
async fn declared_content_length_past_the_limit_is_body_too_large_before_reading() {
    let server = Hostile::start(|_| Reply::Stream {
        head: format!("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {HUNDRED_MB}\r\nConnection: close\r\n\r\n").into_bytes(),
        total: HUNDRED_MB,
        chunked: false,
    })
    .await;
    let client = static_client(
        &server,
        RetryPolicy::default(),
        BodyLimits::default().with_success(64 * 1024),
    );
    let err = client.get_company().id("1").send().await.unwrap_err();
    assert!(
        matches!(err, Error::BodyTooLarge { limit: 65_536 }),
        "{err:?}"
    );
    drop(client);
    let written = bytes_written(&server).await;
    assert!(written < 32 * 1024 * 1024, "{written} bytes read");
}

/// A body within the limit is still read whole and decoded.
#[tokio::test]
async fn success_body_within_the_limit_is_decoded() {
    let body = br#"{"data":{"id":"7","type":"company","attributes":{"name":"Acme"}}}"#;
    let server = Hostile::start(move |_| {
        Reply::Raw(response(
            "200 OK",
            &[("Content-Type", "application/json")],
            body,
        ))
    })
    .await;
    let client = static_client(
        &server,
        RetryPolicy::default(),
        BodyLimits::default().with_success(body.len()),
    );
    let company = client.get_company().id("7").send().await.unwrap();
    assert_eq!(company.data.id.as_str(), "7");
}

/// Defect 5: the API base URL gets the OAuth URLs' rule: https, plain http only to loopback,
/// no credentials. A bearer token can no longer be configured to go to `http://somehost`.
#[tokio::test]
async fn plain_http_base_url_to_a_remote_host_is_refused() {
    for bad in [
        "http://somehost/api/v1",
        "http://10.0.0.1:8080/api/v1",
        "http://localhost.evil.com/api/v1",
        "https://user:pw@api.spiro.ai/api/v1",
        "ftp://127.0.0.1/api/v1",
    ] {
        let built = Client::builder().base_url(bad).access_token("t").build();
        assert!(
            matches!(built, Err(BuildError::InsecureBaseUrl(_))),
            "{bad}: {built:?}"
        );
        if let Err(e) = built {
            assert!(!e.to_string().contains("pw"), "no credentials in {e}");
        }
    }
    // Loopback over plain http stays possible for spiro-mock, and https anywhere.
    let server = Hostile::start(|_| Reply::Raw(response("204 No Content", &[], b""))).await;
    for good in [
        format!("{}/api/v1", server.url()),
        format!("http://localhost:{}/api/v1", server.port),
        "https://api.spiro.ai/api/v1".to_owned(),
    ] {
        assert!(Client::builder().base_url(&good).build().is_ok(), "{good}");
    }
    let client = static_client(&server, RetryPolicy::disabled(), BodyLimits::default());
    client.delete_company().id("1").send().await.unwrap();
    assert_eq!(server.seen().len(), 1);
}

/// A client of `server` (API and token endpoint) with OAuth and a valid access token, no retries.
fn managed_client(server: &Hostile) -> Client {
    let now = chrono::Utc::now();
    let tokens = TokenSet::new("access-1", "refresh-1", now + chrono::Duration::hours(23))
        .with_issued_at(now - chrono::Duration::hours(1));
    Client::builder()
        .base_url(format!("{}/api/v1", server.url()))
        .credentials(Credentials::new("cid", "csecret", "https://example.com/cb"))
        .oauth_endpoints(Endpoints::from_oauth_url(&server.url()).unwrap())
        .token_store(MemoryTokenStore::with_tokens(tokens))
        .retry_policy(RetryPolicy::disabled())
        .build()
        .unwrap()
}

/// Defect 8: a PUT answered `307` to another host, whose target answers 401. The default
/// client used to follow it: the body went to the other host, and its 401 forced a token
/// refresh. Now nothing is followed: the 307 is the caller's `ApiError`, the other host sees
/// nothing, and the token endpoint is not called.
#[tokio::test]
async fn cross_host_307_on_put_is_returned_without_following_or_refreshing() {
    let target = Hostile::start(|_| {
        Reply::Raw(response(
            "401 Unauthorized",
            &[
                ("WWW-Authenticate", r#"Bearer error="invalid_token""#),
                ("Content-Type", "application/json"),
            ],
            br#"{"error":"invalid_token"}"#,
        ))
    })
    .await;
    // `localhost` is another host than `127.0.0.1` for the redirect rules.
    let location = format!(
        "http://localhost:{}/api/v1/companies/1?leak=yes",
        target.port
    );
    let api = Hostile::start(move |seen| {
        if seen.path.starts_with("/oauth/token") {
            Reply::Raw(response("500 Internal Server Error", &[], b""))
        } else {
            Reply::Raw(response(
                "307 Temporary Redirect",
                &[("Location", &location)],
                b"moved",
            ))
        }
    })
    .await;
    let client = managed_client(&api);
    let body = types::CompanyWriteDocument {
        data: types::CompanyWrite {
            attributes: Some(types::CompanyWriteAttributes {
                name: Some("Acme".into()),
                ..Default::default()
            }),
            id: Some("1".into()),
            relationships: None,
            type_: "company".into(),
        },
    };
    let err = client
        .update_company()
        .id("1")
        .body(body)
        .send()
        .await
        .unwrap_err();
    assert_eq!(err.status().map(|s| s.as_u16()), Some(307), "{err:?}");
    assert!(err.api().is_some_and(|api| api.body().as_ref() == b"moved"));
    assert!(target.seen().is_empty(), "followed: {:?}", target.seen());
    let seen = api.seen();
    assert_eq!(seen.len(), 1, "{seen:?}");
    assert_eq!(
        (seen[0].method.as_str(), seen[0].body.is_empty()),
        ("PUT", false)
    );
    assert!(
        !seen.iter().any(|s| s.path.starts_with("/oauth")),
        "no token refresh"
    );
}

/// Defect 9: server text with CR/LF (or ESC) used to reach `Display` unchanged, so one error
/// printed as several log lines. Titles, details, pointers, OAuth codes and descriptions and
/// raw bodies are escaped.
#[tokio::test]
async fn control_characters_in_server_text_are_escaped_in_error_messages() {
    let replies: Vec<(&str, &[u8])> = vec![
        (
            "422 Unprocessable Entity",
            br#"{"errors":[{"title":"Invalid\r\nINFO forged line","detail":"bad\u001b[31m red","source":{"pointer":"/data\n/x"}}]}"#,
        ),
        (
            "401 Unauthorized",
            br#"{"error":"invalid\r\ntoken","error_description":"expired\r\nWARN forged"}"#,
        ),
        ("500 Internal Server Error", b"<html>\x1b[2J\x07 oops\r\nforged</html>"),
    ];
    let next = Arc::new(AtomicUsize::new(0));
    let bodies: Vec<Vec<u8>> = replies
        .iter()
        .map(|(status, body)| response(status, &[("Content-Type", "application/json")], body))
        .collect();
    let server = Hostile::start(move |_| {
        Reply::Raw(bodies[next.fetch_add(1, Ordering::SeqCst) % 3].clone())
    })
    .await;
    let client = static_client(&server, RetryPolicy::disabled(), BodyLimits::default());
    let mut messages = Vec::new();
    for _ in 0..3 {
        let err = client.get_company().id("1").send().await.unwrap_err();
        messages.push(err.to_string());
    }
    for message in &messages {
        assert!(
            !message.chars().any(char::is_control),
            "control characters in {message:?}"
        );
    }
    assert!(
        messages[0].contains(r"Invalid\r\nINFO forged line"),
        "{}",
        messages[0]
    );
    assert!(messages[0].contains(r"\u{1b}[31m") && messages[0].contains(r"/data\n/x"));
    assert!(
        messages[1].contains(r"invalid\r\ntoken: expired\r\nWARN forged"),
        "{}",
        messages[1]
    );
    assert!(messages[2].contains(r"\u{1b}[2J\u{7}"), "{}", messages[2]);
}

/// The retry budget: with every request failing, a client makes at most `capacity /
/// RETRY_COST` retries in all, however many calls its callers make.
#[tokio::test]
async fn retries_during_an_outage_are_bounded_by_the_retry_budget() {
    let server =
        Hostile::start(|_| Reply::Raw(response("503 Service Unavailable", &[], b""))).await;
    let policy = RetryPolicy::default()
        .with_max_retries(3)
        .with_initial_backoff(Duration::from_millis(1))
        .with_max_backoff(Duration::from_millis(1))
        .with_retry_budget(50); // 10 retries of cost 5
    let client = static_client(&server, policy, BodyLimits::default());
    let calls = 30;
    let mut tasks = Vec::new();
    for _ in 0..calls {
        let client = client.clone();
        tasks.push(tokio::spawn(async move {
            client.get_company().id("1").send().await.unwrap_err()
        }));
    }
    for task in tasks {
        let err = task.await.unwrap();
        assert_eq!(err.status().map(|s| s.as_u16()), Some(503));
    }
    // Without the budget: 30 × (1 + 3) = 120 requests.
    assert_eq!(server.seen().len(), calls + 10);
}

/// `WWW-Authenticate` is parsed: a 401 whose Bearer challenge names another error than
/// `invalid_token` (here `insufficient_scope`) is returned without refreshing the token, since
/// a new token would be refused the same way.
#[tokio::test]
async fn a_401_whose_challenge_is_not_invalid_token_does_not_refresh() {
    let server = Hostile::start(|seen| {
        if seen.path.starts_with("/oauth/token") {
            Reply::Raw(response("500 Internal Server Error", &[], b""))
        } else {
            Reply::Raw(response(
                "401 Unauthorized",
                &[(
                    "WWW-Authenticate",
                    r#"Bearer realm="Spiro", error="insufficient_scope", scope="admin""#,
                )],
                b"",
            ))
        }
    })
    .await;
    let client = managed_client(&server);
    let err = client.get_company().id("1").send().await.unwrap_err();
    assert_eq!(err.status().map(|s| s.as_u16()), Some(401), "{err:?}");
    let paths: Vec<String> = server.seen().into_iter().map(|s| s.path).collect();
    assert_eq!(paths, ["/api/v1/companies/1"], "no refresh, no replay");
}
