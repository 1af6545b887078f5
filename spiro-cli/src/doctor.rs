//! `spiro doctor`: is everything in place? Configuration, token store, token, one cheap
//! request, the server's clock against ours, the TLS stack. One line per check; the exit code
//! is that of the first failure.

use std::io::Write as _;
use std::time::{Duration, Instant, SystemTime};

use chrono::Utc;
use spiro_api::reqwest::Method;
use spiro_api::spiro_auth::{AuthError, ExposeSecret as _};

use crate::config::{Setting, Source};
use crate::error::CliError;
use crate::session::Session;

/// A clock further off than this makes token expiry decisions unreliable.
const MAX_SKEW: Duration = Duration::from_secs(60);

/// The TLS stack this `spiro` was built with.
const TLS: &str = if cfg!(feature = "rustls") {
    "rustls with aws-lc-rs (feature rustls)"
} else if cfg!(feature = "rustls-ring") {
    "rustls with ring (feature rustls-ring)"
} else if cfg!(feature = "native-tls") {
    "the platform's TLS library (feature native-tls)"
} else {
    "none: only plain http to loopback works"
};

struct Report {
    failure: Option<CliError>,
}

impl Report {
    fn line(&mut self, state: &str, check: &str, text: &str) {
        let mut out = std::io::stdout().lock();
        let _ = writeln!(out, "{state:<5} {check:<14} {text}");
    }

    fn ok(&mut self, check: &str, text: &str) {
        self.line("ok", check, text);
    }

    fn warn(&mut self, check: &str, text: &str) {
        self.line("warn", check, text);
    }

    fn fail(&mut self, check: &str, error: CliError) {
        self.line("FAIL", check, &crate::error::chain(&error));
        self.failure.get_or_insert(error);
    }
}

fn shown<T>(setting: &Setting<T>, value: &str) -> String {
    match &setting.source {
        Source::Default => format!("{value} (default)"),
        source => format!("{value} (from {source})"),
    }
}

/// The report when the configuration is too incomplete to build a client.
pub(crate) fn unusable(error: &CliError) {
    let mut report = Report { failure: None };
    report.line("FAIL", "configuration", &crate::error::chain(error));
}

pub(crate) async fn run(session: &Session) -> Result<(), CliError> {
    let mut report = Report { failure: None };
    let settings = &session.settings;
    let file = settings
        .config_file
        .as_ref()
        .map_or("no config file".to_owned(), |p| {
            format!("config file {}", p.display())
        });
    report.ok(
        "configuration",
        &format!("profile `{}`, {file}", settings.profile),
    );
    if let Some(id) = &settings.client_id {
        report.ok("client", &shown(id, &format!("client id {}", id.value)));
    }
    if let Some(secret) = &settings.client_secret {
        let length = secret.value.expose_secret().len();
        report.ok(
            "client secret",
            &shown(secret, &format!("set ({length} characters)")),
        );
    }
    if let Some(redirect) = &settings.redirect_uri {
        report.ok("redirect URI", &shown(redirect, &redirect.value));
    }
    report.ok(
        "OAuth URL",
        &shown(&settings.oauth_url, &settings.oauth_url.value),
    );
    report.ok(
        "API URL",
        &shown(&settings.api_url, &settings.api_url.value),
    );

    match session.store.load().await {
        Ok(Some(tokens)) => {
            report.ok(
                "token store",
                &shown(
                    &settings.token_store,
                    &format!("{}: tokens stored", session.store_name),
                ),
            );
            let now = Utc::now();
            let expires = tokens.expires_at();
            if expires > now {
                let left = (expires - now).to_std().unwrap_or_default();
                report.ok(
                    "token",
                    &format!("valid until {expires} ({} min left)", left.as_secs() / 60),
                );
            } else {
                report.warn(
                    "token",
                    &format!("expired at {expires}: the next request refreshes it"),
                );
            }
        }
        Ok(None) => report.fail(
            "token store",
            CliError::NotLoggedIn(session.store_name.clone()),
        ),
        Err(e) => report.fail("token store", CliError::Auth(AuthError::Store(e))),
    }

    if report.failure.is_none() {
        let started = Instant::now();
        let response = session
            .client
            .request(Method::GET, "/companies")
            .query("page[size]", "1")
            .operation_id("list_companies")
            .send()
            .await;
        match response {
            Ok(response) => {
                let took = started.elapsed().as_millis();
                report.ok(
                    "request",
                    &format!(
                        "GET /companies?page[size]=1: {} in {took} ms",
                        response.status()
                    ),
                );
                clock(&mut report, response.headers());
            }
            Err(e) => report.fail("request", e.into()),
        }
    }
    let insecure = settings.api_url.value.starts_with("http://");
    let tls = if insecure {
        format!("{TLS}; the API URL is plain http (loopback only)")
    } else {
        TLS.to_owned()
    };
    report.ok("TLS", &tls);
    match report.failure {
        Some(error) => Err(error),
        None => Ok(()),
    }
}

/// The server's `Date` against our clock.
fn clock(report: &mut Report, headers: &spiro_api::reqwest::header::HeaderMap) {
    let Some(date) = headers
        .get("date")
        .and_then(|d| d.to_str().ok())
        .and_then(|d| httpdate::parse_http_date(d).ok())
    else {
        report.warn("clock", "the server sent no Date header to compare with");
        return;
    };
    let now = SystemTime::now();
    let (skew, ahead) = match date.duration_since(now) {
        Ok(ahead) => (ahead, "ahead of"),
        Err(behind) => (behind.duration(), "behind"),
    };
    // `Date` has whole seconds.
    let text = format!("the server's clock is {}s {ahead} ours", skew.as_secs());
    if skew > MAX_SKEW {
        report.warn(
            "clock",
            &format!("{text}: token expiry is judged by this machine's clock; set it right"),
        );
    } else {
        report.ok("clock", &text);
    }
}
