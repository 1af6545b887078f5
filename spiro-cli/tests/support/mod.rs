//! Runs the `spiro` binary against a spiro-mock of the test: a private config directory, the
//! mock's credentials and URLs in the environment, and every run killed when its test ends
//! (each test is [`bounded`]: past the limit it fails and its `spiro` is killed).
#![allow(dead_code)] // each test file uses a different part

pub use spiro_mock::limit::bounded;

use std::path::PathBuf;
use std::process::{Output, Stdio};

use chrono::{Duration as Age, Utc};
use spiro_api::spiro_auth::{FileTokenStore, TokenSet, TokenStore};
use spiro_mock::{Dataset, Event, Server};
use tokio::io::{AsyncBufReadExt, AsyncWriteExt};

pub struct Env {
    /// Shared, so that an `on_event` listener can hold a `Weak` of it.
    pub server: std::sync::Arc<Server>,
    pub dir: tempfile::TempDir,
}

impl Env {
    pub async fn new() -> Env {
        Env::with(Server::builder()).await
    }

    pub async fn with_dataset(dataset: Dataset) -> Env {
        Env::with(Server::builder().dataset(dataset)).await
    }

    pub async fn with(builder: spiro_mock::ServerBuilder) -> Env {
        Env {
            server: std::sync::Arc::new(builder.start().await.expect("spiro-mock starts")),
            dir: tempfile::tempdir().expect("temporary directory"),
        }
    }

    pub fn token_file(&self) -> PathBuf {
        self.dir.path().join("tokens.json")
    }

    pub fn config_file(&self) -> PathBuf {
        self.dir.path().join("config.toml")
    }

    /// Stores a fresh token pair of the mock, as a login would.
    pub async fn log_in(&self) {
        let issued = self.server.issue_tokens();
        let now = Utc::now();
        let tokens = TokenSet::new(
            issued.access_token,
            issued.refresh_token,
            now + Age::hours(24),
        )
        .with_issued_at(now);
        FileTokenStore::new(self.token_file())
            .save(&tokens)
            .await
            .expect("token file written");
    }

    /// `spiro ARGS` with the mock's configuration in the environment.
    pub fn command(&self, args: &[&str]) -> tokio::process::Command {
        let mut command = tokio::process::Command::new(env!("CARGO_BIN_EXE_spiro"));
        command
            .args(args)
            .env_clear()
            .env("PATH", std::env::var_os("PATH").unwrap_or_default())
            .env("HOME", self.dir.path())
            .env("SPIRO_CONFIG", self.config_file())
            .env("SPIRO_CLIENT_ID", self.server.client_id())
            .env("SPIRO_CLIENT_SECRET", self.server.client_secret())
            .env("SPIRO_REDIRECT_URI", self.server.redirect_uri())
            .env("SPIRO_TOKEN_FILE", self.token_file())
            .env("SPIRO_OAUTH_URL", self.server.oauth_url())
            .env("SPIRO_API_URL", self.server.api_url())
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .kill_on_drop(true);
        command
    }

    /// Runs `spiro ARGS` to the end.
    pub async fn run(&self, args: &[&str]) -> Run {
        self.run_command(self.command(args), None).await
    }

    /// Runs `spiro ARGS` with `input` on standard input.
    pub async fn run_with_input(&self, args: &[&str], input: &str) -> Run {
        self.run_command(self.command(args), Some(input)).await
    }

    pub async fn run_command(
        &self,
        mut command: tokio::process::Command,
        input: Option<&str>,
    ) -> Run {
        if input.is_some() {
            command.stdin(Stdio::piped());
        }
        let mut child = command.spawn().expect("spiro starts");
        if let Some(input) = input {
            let mut stdin = child.stdin.take().expect("piped stdin");
            stdin
                .write_all(input.as_bytes())
                .await
                .expect("stdin written");
            drop(stdin);
        }
        let output = child.wait_with_output().await.expect("spiro's output");
        Run::from(output)
    }

    /// The API requests the mock answered: method, path (below /api/v1) and query.
    pub fn api_requests(&self) -> Vec<(String, String, String)> {
        self.server
            .events()
            .into_iter()
            .filter_map(|e| match e {
                Event::ApiRequest {
                    method,
                    path,
                    query,
                    ..
                } => path
                    .strip_prefix("/api/v1")
                    .map(|p| (method, p.to_owned(), query.unwrap_or_default())),
                _ => None,
            })
            .collect()
    }

    /// Requests to the token endpoint, by grant type.
    pub fn token_requests(&self) -> Vec<String> {
        self.server
            .events()
            .into_iter()
            .filter_map(|e| match e {
                Event::TokenRequest { grant, .. } => Some(grant),
                _ => None,
            })
            .collect()
    }
}

/// What a run printed, and how it ended.
#[derive(Debug)]
pub struct Run {
    pub code: Option<i32>,
    pub stdout: String,
    pub stderr: String,
}

impl From<Output> for Run {
    fn from(output: Output) -> Run {
        Run {
            code: output.status.code(),
            stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
        }
    }
}

impl Run {
    /// Fails with everything printed unless the exit code is `code`.
    #[track_caller]
    pub fn expect_code(&self, code: i32) -> &Run {
        assert_eq!(self.code, Some(code), "{self:#?}");
        self
    }

    #[track_caller]
    pub fn ok(&self) -> &Run {
        self.expect_code(0)
    }

    pub fn lines(&self) -> Vec<&str> {
        self.stdout.lines().collect()
    }

    pub fn json_lines(&self) -> Vec<serde_json::Value> {
        self.stdout
            .lines()
            .map(|l| serde_json::from_str(l).expect("a JSON line"))
            .collect()
    }
}

/// The next line a running `spiro` prints.
pub async fn next_line(stdout: &mut tokio::io::BufReader<tokio::process::ChildStdout>) -> String {
    let mut line = String::new();
    stdout
        .read_line(&mut line)
        .await
        .expect("stdout is readable");
    line
}

/// The browser's part of a login: opens the authorize URL (the mock approves at once) and
/// returns where it redirects, with the code and the state.
pub async fn approve(authorize_url: &str) -> String {
    let http = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .expect("HTTP client");
    let approved = http
        .get(authorize_url.trim())
        .send()
        .await
        .expect("the authorize URL answers");
    approved.headers()["location"]
        .to_str()
        .expect("a Location header")
        .to_owned()
}
