//! `spiro auth login | status | refresh | logout`: the token store of the profile, through
//! spiro-auth's `TokenManager` (log in, refresh) and `TokenStore` (read, forget).

use std::io::{BufRead as _, Read as _, Write as _};
use std::time::Duration;

use chrono::{SubsecRound, Utc};
use spiro_api::spiro_auth::{
    AuthError, AuthorizationRequest, FileTokenStore, TokenSet, parse_redirect,
};
use tokio::io::{AsyncReadExt as _, AsyncWriteExt as _};
use tokio::net::TcpListener;
use tokio::sync::mpsc;

use crate::error::CliError;
use crate::session::Session;

/// Longest line read from standard input or request head read from the browser.
const MAX_REDIRECT: usize = 8 * 1024;
/// How long the browser may take to send its request once connected.
const BROWSER_READ_TIMEOUT: Duration = Duration::from_secs(10);

/// `spiro auth login`.
pub(crate) async fn login(session: &Session) -> Result<(), CliError> {
    // A token store that cannot be written is found now, not after the person approved.
    session.prepare_store().await?;
    drop(session.store.lock().await.map_err(AuthError::Store)?);
    let request = AuthorizationRequest::new(&session.credentials, &session.endpoints);
    let listener = loopback_listener(&session.credentials.redirect_uri).await;
    eprintln!("Open this URL in a browser and approve access:");
    println!("{}", request.url());
    std::io::stdout().flush()?;
    match &listener {
        Some((_, address)) => eprintln!(
            "Then paste the URL you were sent back to (or just the code), or let the browser \
             come back to {address}:"
        ),
        None => eprintln!("Then paste the URL you were sent back to (or just the code):"),
    }
    let pasted = redirect(listener).await?;
    let response = parse_redirect(&pasted)?;
    let code = if response.has_state() {
        response.verify_state(request.state())?
    } else {
        // A code copied by hand from the page this person just opened: there is no state to
        // check. Say so, instead of pretending it was verified.
        eprintln!("No state to verify (a bare code): using it as typed.");
        response.code_without_state_check()
    };
    session.manager().exchange_code(&code).await?;
    let tokens = session.store.load().await.map_err(AuthError::Store)?;
    eprintln!(
        "Logged in: tokens stored in {} (access token valid until {}).",
        session.store_name,
        tokens.map_or("unknown".to_owned(), |t| time(&t.expires_at()))
    );
    Ok(())
}

/// `spiro auth status`: what is stored, never a token.
pub(crate) async fn status(session: &Session) -> Result<(), CliError> {
    let tokens = session.store.load().await.map_err(AuthError::Store)?;
    let mut out = std::io::stdout().lock();
    writeln!(out, "profile:      {}", session.settings.profile)?;
    writeln!(
        out,
        "token store:  {} (from {})",
        session.store_name, session.settings.token_store.source
    )?;
    let Some(tokens) = tokens else {
        writeln!(out, "tokens:       none")?;
        return Err(CliError::NotLoggedIn(session.store_name.clone()));
    };
    write_tokens(&mut out, &tokens)?;
    Ok(())
}

fn write_tokens(out: &mut impl std::io::Write, tokens: &TokenSet) -> std::io::Result<()> {
    writeln!(out, "tokens:       stored")?;
    match tokens.generation() {
        0 => writeln!(out, "generation:   not counted by this store")?,
        n => writeln!(out, "generation:   {n}")?,
    }
    let now = Utc::now();
    let expires = tokens.expires_at();
    let when = if expires > now {
        format!("in {}", span(expires - now))
    } else {
        format!("{} ago; the next command refreshes it", span(now - expires))
    };
    writeln!(out, "access token: expires {} ({when})", time(&expires))?;
    match tokens.issued_at() {
        Some(issued) => writeln!(
            out,
            "last rotation: {} ({} ago)",
            time(&issued),
            span(now - issued)
        ),
        None => writeln!(out, "last rotation: unknown"),
    }
}

/// `spiro auth refresh`: refresh and rotate now.
pub(crate) async fn refresh(session: &Session) -> Result<(), CliError> {
    session.manager().force_refresh().await?;
    let tokens = session
        .store
        .load()
        .await
        .map_err(AuthError::Store)?
        .ok_or_else(|| CliError::NotLoggedIn(session.store_name.clone()))?;
    eprintln!("Refreshed: new tokens stored in {}.", session.store_name);
    write_tokens(&mut std::io::stdout().lock(), &tokens)?;
    Ok(())
}

/// `spiro auth logout`: forget the stored tokens (a token file is deleted, or a PostgreSQL
/// grant's row, under the store's lock, so no refresh of another process is cut in half).
pub(crate) async fn logout(session: &Session) -> Result<(), CliError> {
    if session.settings.store_is_database() {
        return logout_of_database(session).await;
    }
    let file = FileTokenStore::new(&session.settings.token_store.value);
    let _lock = session.store.lock().await.map_err(AuthError::Store)?;
    match std::fs::remove_file(file.path()) {
        Ok(()) => {
            eprintln!(
                "Logged out: the tokens in {} are deleted.",
                session.store_name
            );
            Ok(())
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            eprintln!("No tokens were stored in {}.", session.store_name);
            Ok(())
        }
        Err(source) => Err(CliError::Read {
            what: session.store_name.clone(),
            source,
        }),
    }
}

/// Deletes the grant's row: every host that shares the grant is logged out.
#[cfg(feature = "postgres")]
async fn logout_of_database(session: &Session) -> Result<(), CliError> {
    let store =
        spiro_api::spiro_auth::PostgresTokenStore::from_url(&session.settings.token_store.value)
            .map_err(|e| CliError::Usage(crate::error::chain(&e)))?;
    let deleted = store
        .forget()
        .await
        .map_err(|e| CliError::Failed(crate::error::chain(&e)))?;
    if deleted {
        eprintln!(
            "Logged out: the {} is deleted; every host that shared it must log in again.",
            session.store_name
        );
    } else {
        eprintln!("No tokens were stored in the {}.", session.store_name);
    }
    Ok(())
}

/// Without the `postgres` feature no session reaches a database store (opening it fails
/// first); this says so all the same.
#[cfg(not(feature = "postgres"))]
async fn logout_of_database(session: &Session) -> Result<(), CliError> {
    Err(CliError::Usage(format!(
        "{} is a PostgreSQL store, and this `spiro` was built without PostgreSQL support",
        session.store_name
    )))
}

/// The address to listen on when the redirect URI is a loopback `http` URL with a port.
async fn loopback_listener(redirect_uri: &str) -> Option<(TcpListener, String)> {
    let url = url::Url::parse(redirect_uri).ok()?;
    let host = url.host_str()?;
    let loopback = matches!(host, "127.0.0.1" | "localhost" | "[::1]");
    let port = url.port()?;
    if url.scheme() != "http" || !loopback {
        return None;
    }
    let bind = if host == "[::1]" {
        "[::1]"
    } else {
        "127.0.0.1"
    };
    match TcpListener::bind(format!("{bind}:{port}")).await {
        Ok(listener) => Some((listener, format!("{}://{host}:{port}", url.scheme()))),
        Err(e) => {
            eprintln!("(Cannot listen on {host}:{port} for the redirect: {e}; paste it instead.)");
            None
        }
    }
}

/// The redirect URL (or code): the first of a line on standard input and a request of the
/// browser to the loopback listener.
async fn redirect(listener: Option<(TcpListener, String)>) -> Result<String, CliError> {
    let (lines, mut pasted) = mpsc::channel::<Option<String>>(1);
    // A thread of its own: a blocked read of standard input must not keep the runtime alive.
    std::thread::spawn(move || {
        let mut line = String::new();
        let read = std::io::stdin()
            .lock()
            .take(MAX_REDIRECT as u64)
            .read_line(&mut line);
        let line = read.ok().filter(|n| *n > 0).map(|_| line);
        let _ = lines.blocking_send(line);
    });
    let Some((listener, origin)) = listener else {
        return match pasted.recv().await.flatten() {
            Some(line) => Ok(line),
            None => Err(CliError::Usage(
                "no redirect URL on standard input".to_owned(),
            )),
        };
    };
    let mut stdin_open = true;
    loop {
        tokio::select! {
            line = pasted.recv(), if stdin_open => match line.flatten() {
                Some(line) => return Ok(line),
                None => stdin_open = false,
            },
            accepted = listener.accept() => {
                let Ok((stream, _)) = accepted else { continue };
                if let Some(target) = browser_request(stream).await {
                    return Ok(format!("{origin}{target}"));
                }
            }
        }
    }
}

/// Reads one request from the browser and answers it; the request target when it carries a
/// `code` or an `error` (favicon requests and the like are answered 404).
async fn browser_request(mut stream: tokio::net::TcpStream) -> Option<String> {
    let mut head = Vec::new();
    let read = async {
        let mut buffer = [0u8; 1024];
        while !head.windows(4).any(|w| w == b"\r\n\r\n") && head.len() < MAX_REDIRECT {
            let n = stream.read(&mut buffer).await.ok()?;
            if n == 0 {
                break;
            }
            head.extend_from_slice(&buffer[..n]);
        }
        Some(())
    };
    tokio::time::timeout(BROWSER_READ_TIMEOUT, read)
        .await
        .ok()??;
    let head = String::from_utf8_lossy(&head);
    let target = head
        .lines()
        .next()
        .and_then(|line| line.strip_prefix("GET "))
        .and_then(|rest| rest.split(' ').next())
        .filter(|target| target.contains("code=") || target.contains("error="))
        .map(str::to_owned);
    let (status, text) = match target {
        Some(_) => (
            "200 OK",
            "spiro: authorization received; you can close this window.",
        ),
        None => ("404 Not Found", "spiro: not the redirect."),
    };
    let response = format!(
        "HTTP/1.1 {status}\r\ncontent-type: text/plain; charset=utf-8\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{text}",
        text.len()
    );
    let _ = stream.write_all(response.as_bytes()).await;
    let _ = stream.shutdown().await;
    target
}

/// A UTC time to the second.
fn time(t: &chrono::DateTime<Utc>) -> String {
    t.trunc_subsecs(0).to_rfc3339()
}

/// `2d 3h`, `5h 12m`, `4m 10s`, `12s`.
fn span(d: chrono::TimeDelta) -> String {
    let s = d.num_seconds().max(0);
    let (days, hours, minutes, seconds) = (s / 86_400, s / 3_600 % 24, s / 60 % 60, s % 60);
    match (days, hours, minutes) {
        (0, 0, 0) => format!("{seconds}s"),
        (0, 0, _) => format!("{minutes}m {seconds}s"),
        (0, _, _) => format!("{hours}h {minutes}m"),
        _ => format!("{days}d {hours}h"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spans_read_well() {
        let s = chrono::TimeDelta::seconds;
        assert_eq!(span(s(12)), "12s");
        assert_eq!(span(s(250)), "4m 10s");
        assert_eq!(span(s(5 * 3600 + 12 * 60 + 5)), "5h 12m");
        assert_eq!(span(s(2 * 86_400 + 3 * 3600)), "2d 3h");
        assert_eq!(span(s(-5)), "0s");
    }
}
