//! The protocol between a multi-process test and its children (`tests/processes.rs` with
//! `examples/crash_child.rs`, `tests/postgres.rs` with its own test binary): the environment a
//! child is started with, set by the parent with [`configure`] and read back by the child.
//!
//! Each test adds what is its own: which store (`…_STORE`, `…_GRANT`) and which modes.

#![allow(dead_code)]

use std::process::Output;

use spiro_auth::{Credentials, Endpoints, failpoint};
use spiro_mock::Server;

/// spiro-mock's OAuth base URL.
pub const OAUTH_URL: &str = "SPIRO_AUTH_TEST_CHILD_OAUTH_URL";
/// spiro-mock's API base URL.
pub const API_URL: &str = "SPIRO_AUTH_TEST_CHILD_API_URL";
/// Client id, secret and redirect URI, on three lines.
pub const CLIENT: &str = "SPIRO_AUTH_TEST_CHILD_CLIENT";
/// What the child does (each test names its modes).
pub const MODE: &str = "SPIRO_AUTH_TEST_CHILD_MODE";
/// When `1`, the child aborts right after the first use of its token.
pub const ABORT_AFTER_USE: &str = "SPIRO_AUTH_TEST_CHILD_ABORT_AFTER_USE";

/// Parent side: a child that talks to `server` in `mode`, with no failpoint and no abort
/// unless the test adds them, killed when the test drops it.
pub fn configure(cmd: &mut tokio::process::Command, server: &Server, mode: &str) {
    cmd.env(OAUTH_URL, server.oauth_url())
        .env(API_URL, server.api_url())
        .env(
            CLIENT,
            format!(
                "{}\n{}\n{}",
                server.client_id(),
                server.client_secret(),
                server.redirect_uri()
            ),
        )
        .env(MODE, mode)
        .env_remove(failpoint::ENV)
        .env_remove(ABORT_AFTER_USE)
        .kill_on_drop(true);
}

/// Parent side: a finished child's status and output, for assertion messages.
pub fn describe(output: &Output) -> String {
    format!(
        "status {:?}\nstdout:\n{}\nstderr:\n{}",
        output.status,
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    )
}

/// Child side: a variable of the protocol, empty when unset.
pub fn var(name: &str) -> String {
    std::env::var(name).unwrap_or_default()
}

/// Child side: the client registration the parent passed.
pub fn credentials() -> Credentials {
    let client = var(CLIENT);
    let mut parts = client.splitn(3, '\n');
    let (id, secret, redirect) = (
        parts.next().unwrap_or_default(),
        parts.next().unwrap_or_default(),
        parts.next().unwrap_or_default(),
    );
    Credentials::new(id, secret, redirect)
}

/// Child side: spiro-mock's OAuth endpoints.
pub fn endpoints() -> Endpoints {
    Endpoints::from_oauth_url(&var(OAUTH_URL)).expect("the parent passes spiro-mock's URL")
}

/// Child side: whether to abort right after the first use of the token.
pub fn abort_after_use() -> bool {
    var(ABORT_AFTER_USE) == "1"
}

/// Child side: the runtime a child runs on.
pub fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("runtime")
}
