//! Several OS processes sharing one token file: one refresh per expiry in total, and crash
//! safety at every step of refresh → persist → first use.
//!
//! The children run `examples/crash_child.rs`, which this test builds with cargo and the
//! `failpoints` feature (see [`crash_child_exe`]), and an environment that tells the child what
//! to do.

mod common;

use std::collections::HashMap;
use std::hash::{DefaultHasher, Hash, Hasher};
use std::path::{Path, PathBuf};
use std::process::Output;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use common::*;
use spiro_auth::{FileTokenStore, TokenStore, failpoint};
use spiro_mock::{Event, Server};

/// Set in a child's environment; its value is the token file.
const CHILD_STORE: &str = "SPIRO_AUTH_TEST_CHILD_STORE";

fn fingerprint(bytes: &[u8]) -> u64 {
    let mut h = DefaultHasher::new();
    bytes.hash(&mut h);
    h.finish()
}

/// The child binary, `examples/crash_child.rs`, built once per test run by the same cargo with
/// `--features failpoints`. The feature is on only in that build: this test binary, and every
/// other crate's tests, link a spiro-auth without it. The build is not part of a test's time: it
/// has a bound of its own, [`BUILD_LIMIT`] (cargo is killed past it), before the test's starts.
async fn crash_child_exe() -> PathBuf {
    static EXE: tokio::sync::OnceCell<Result<PathBuf, String>> = tokio::sync::OnceCell::const_new();
    EXE.get_or_init(|| within(BUILD_LIMIT, build_crash_child()))
        .await
        .clone()
        .unwrap_or_else(|e| panic!("{e}"))
}

/// How long building the child may take (a cold build of spiro-auth on a busy machine).
const BUILD_LIMIT: Duration = Duration::from_secs(600);

/// How long a test of several processes may take: dozens of children, each a runtime, a refresh
/// and an API call (about ten seconds in all on an idle machine).
const PROCESSES_LIMIT: Duration = Duration::from_secs(120);

async fn build_crash_child() -> Result<PathBuf, String> {
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let mut cmd = tokio::process::Command::new(cargo);
    cmd.current_dir(env!("CARGO_MANIFEST_DIR"))
        .args([
            "build",
            "--quiet",
            "-p",
            "spiro-auth",
            "--example",
            "crash_child",
            "--features",
            "failpoints",
            "--message-format=json",
        ])
        .kill_on_drop(true);
    // The same profile as this test binary (`target/<profile>/deps/processes-…`).
    let exe = std::env::current_exe().map_err(|e| e.to_string())?;
    match exe
        .parent()
        .and_then(Path::parent)
        .and_then(Path::file_name)
    {
        Some(p) if p == "release" => {
            cmd.arg("--release");
        }
        Some(p) if p != "debug" => {
            cmd.arg("--profile").arg(p);
        }
        _ => {}
    }
    let out = cmd
        .output()
        .await
        .map_err(|e| format!("running cargo: {e}"))?;
    if !out.status.success() {
        return Err(format!(
            "cargo build of crash_child failed:\n{}",
            String::from_utf8_lossy(&out.stderr)
        ));
    }
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter(|m| m["reason"] == "compiler-artifact" && m["target"]["name"] == "crash_child")
        .find_map(|m| m["executable"].as_str().map(PathBuf::from))
        .ok_or_else(|| "cargo reported no crash_child executable".to_owned())
}

/// Defect 11: the crash hooks reach no ordinary build, this test binary included.
#[test]
fn failpoints_are_off_in_ordinary_builds() {
    assert!(
        !failpoint::enabled(),
        "spiro-auth was built with the failpoints feature for an ordinary test"
    );
}

/// A crash child on the token file `store`, in mode `use` (refresh when due, 64 concurrent
/// tasks) or `rotate` (force a refresh).
fn child(exe: &Path, server: &Server, store: &Path, mode: &str) -> tokio::process::Command {
    let mut cmd = tokio::process::Command::new(exe);
    cmd.env(CHILD_STORE, store);
    child::configure(&mut cmd, server, mode);
    cmd
}

fn child_fingerprint(output: &Output) -> Option<u64> {
    String::from_utf8_lossy(&output.stdout)
        .lines()
        .find_map(|l| l.strip_prefix("FINGERPRINT="))
        .and_then(|v| v.trim().parse().ok())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn eight_processes_sharing_a_token_file_refresh_once() {
    let exe = crash_child_exe().await;
    within(PROCESSES_LIMIT, async {
        let server = mock().await;
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("tokens.json");
        let issued = server.issue_tokens();
        FileTokenStore::new(&path)
            .save(&expired(&issued))
            .await
            .expect("seed the file");

        let children: Vec<_> = (0..8)
            .map(|_| child(&exe, &server, &path, "use").output())
            .collect();
        let mut outputs = Vec::new();
        for c in children {
            outputs.push(c.await.expect("child runs"));
        }
        for o in &outputs {
            assert!(o.status.success(), "{}", child::describe(o));
        }
        let counters = server.counters();
        assert_eq!(
            counters.refresh_requests, 1,
            "one refresh across 8 processes"
        );
        assert_eq!(counters.invalid_grant, 0);
        let issued_now = issued_access_tokens(&server);
        assert_eq!(issued_now.len(), 2);
        let expected = fingerprint(bearer(&issued_now[1]).as_bytes());
        for o in &outputs {
            assert_eq!(
                child_fingerprint(o),
                Some(expected),
                "{}",
                child::describe(o)
            );
        }
        let stored = FileTokenStore::new(&path)
            .load()
            .await
            .expect("readable")
            .expect("stored");
        assert_eq!(
            spiro_auth::ExposeSecret::expose_secret(stored.access_token()),
            issued_now[1]
        );
    })
    .await
}

/// What the mock's listener checks at each first use of an access token.
#[derive(Default)]
struct Durability {
    /// access token → the refresh token issued with it.
    pairs: HashMap<String, String>,
    first_uses_checked: usize,
    violations: Vec<String>,
}

fn stored_refresh_token(path: &Path) -> Option<String> {
    let bytes = std::fs::read(path).ok()?;
    let value: serde_json::Value = serde_json::from_slice(&bytes).ok()?;
    value["refresh_token"].as_str().map(str::to_owned)
}

fn leftover_temp_files(dir: &Path) -> Vec<PathBuf> {
    std::fs::read_dir(dir)
        .map(|entries| {
            entries
                .filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|e| e == "tmp"))
                .collect()
        })
        .unwrap_or_default()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn crashes_at_every_step_never_lose_the_grant() {
    let exe = crash_child_exe().await;
    within(PROCESSES_LIMIT, async {
        use std::os::unix::fs::PermissionsExt;
        use std::os::unix::process::ExitStatusExt;

        let server = mock().await;
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("tokens.json");
        let durability = Arc::new(Mutex::new(Durability::default()));
        {
            let durability = Arc::clone(&durability);
            let path = path.clone();
            // Runs in the mock before the API answers the first request with a new token.
            server.on_event(move |event| {
                let mut d = durability.lock().unwrap_or_else(|e| e.into_inner());
                match event {
                    Event::TokensIssued {
                        access_token,
                        refresh_token,
                        ..
                    } => {
                        d.pairs.insert(access_token.clone(), refresh_token.clone());
                    }
                    Event::AccessTokenFirstUse { access_token } => {
                        d.first_uses_checked += 1;
                        let expected = d.pairs.get(access_token).cloned();
                        let on_disk = stored_refresh_token(&path);
                        if expected.is_none() || on_disk != expected {
                            let n = d.first_uses_checked;
                            d.violations.push(format!(
                                "first use of access token #{n} before its refresh token was stored"
                            ));
                        }
                    }
                    _ => {}
                }
            });
        }
        let issued = server.issue_tokens();
        FileTokenStore::new(&path)
            .save(&fresh(&issued))
            .await
            .expect("seed the file");

        let mut steps: Vec<&str> = failpoint::ALL.to_vec();
        steps.push("after-first-use");
        let rounds = 3;
        for round in 0..rounds {
            for step in &steps {
                let mut crashing = child(&exe, &server, &path, "rotate");
                if *step == "after-first-use" {
                    crashing.env(child::ABORT_AFTER_USE, "1");
                } else {
                    crashing.env(failpoint::ENV, step);
                }
                let crashed = crashing.output().await.expect("child runs");
                assert_eq!(
                    crashed.status.signal(),
                    Some(6),
                    "round {round}, {step}: the child aborts there\n{}",
                    child::describe(&crashed)
                );
                if *step == failpoint::AFTER_TEMP_WRITE || *step == failpoint::AFTER_FSYNC {
                    let temps = leftover_temp_files(dir.path());
                    assert!(!temps.is_empty(), "{step} leaves the temp file behind");
                    for temp in temps {
                        let mode = std::fs::metadata(&temp)
                            .expect("temp file")
                            .permissions()
                            .mode();
                        assert_eq!(mode & 0o777, 0o600, "temp file mode from creation");
                    }
                }
                // The restart continues without re-authorization.
                let restarted = child(&exe, &server, &path, "rotate")
                    .output()
                    .await
                    .expect("child runs");
                assert!(
                    restarted.status.success(),
                    "round {round}: restart after a crash {step}\n{}",
                    child::describe(&restarted)
                );
                // Defect 4: the crashed writer's temp file (a live refresh token) does not
                // outlive the restart's rotation.
                assert_eq!(
                    leftover_temp_files(dir.path()),
                    Vec::<PathBuf>::new(),
                    "round {round}, {step}"
                );
            }
        }
        let counters = server.counters();
        assert_eq!(counters.invalid_grant, 0, "no refresh token was ever lost");
        let d = durability.lock().unwrap_or_else(|e| e.into_inner());
        assert!(d.violations.is_empty(), "{:#?}", d.violations);
        // Every restart and every crash after publish used a token: all checked.
        let expected_uses = rounds * (steps.len() + 1);
        assert_eq!(d.first_uses_checked, expected_uses);
        let mode = std::fs::metadata(&path)
            .expect("token file")
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600);
    })
    .await
}
