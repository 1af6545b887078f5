//! A bound on how long a test may wait: a regression that hangs (an uncapped `Retry-After`, a
//! lock never released, a child that never exits) fails its test instead of blocking the suite.
//! Used by every test of this workspace that waits, and offered to yours:
//!
//! ```no_run
//! # async fn demo() {
//! let server = spiro_mock::limit::bounded(spiro_mock::Server::start())
//!     .await
//!     .expect("spiro-mock starts");
//! # }
//! ```
//!
//! The bound is measured in real time by a thread of its own, not by a tokio timer, so it holds
//! on paused time too (where tokio jumps to its next timer as soon as nothing else can run). It
//! is far above what any test takes, so it is no timing window: how fast the machine is never
//! decides whether a test passes.

use std::future::Future;
use std::io::Write;
use std::sync::mpsc::{self, RecvTimeoutError};
use std::time::Duration;

/// How long a test may take unless it says otherwise ([`within`]).
pub const LIMIT: Duration = Duration::from_secs(30);

/// How long a test that has timed out gets to notice: past this its thread is blocked outside
/// the runtime (a synchronous wait), and the watchdog ends the test binary instead.
const GRACE: Duration = Duration::from_secs(10);

/// Runs `test` to its end, failing the test if that takes longer than [`LIMIT`].
pub async fn bounded<F: Future>(test: F) -> F::Output {
    within(LIMIT, test).await
}

/// Runs `test` to its end, failing the test if that takes longer than `limit`: the test panics
/// (and drops what it was waiting for: children started with `kill_on_drop` are killed). A test
/// blocked in a synchronous call cannot panic: ten seconds later the whole binary exits, saying
/// which test hung.
pub async fn within<F: Future>(limit: Duration, test: F) -> F::Output {
    let name = std::thread::current().name().unwrap_or("a test").to_owned();
    let (expired_tx, expired_rx) = tokio::sync::oneshot::channel::<()>();
    let (done_tx, done_rx) = mpsc::channel::<()>();
    let watched = name.clone();
    std::thread::spawn(move || {
        if done_rx.recv_timeout(limit) != Err(RecvTimeoutError::Timeout) {
            return; // the test ended (the sender is dropped)
        }
        let _ = expired_tx.send(());
        if done_rx.recv_timeout(GRACE) == Err(RecvTimeoutError::Timeout) {
            // Straight to the process's stderr: the harness captures what a test prints.
            let _ = writeln!(
                std::io::stderr(),
                "{watched}: still running {:?} after its limit of {limit:?}, blocked outside \
                 the runtime: ending the test binary",
                GRACE
            );
            std::process::exit(101);
        }
    });
    tokio::pin!(test);
    let output = tokio::select! {
        biased;
        output = &mut test => output,
        _ = expired_rx => panic!("{name}: still waiting after {limit:?}: a wait is unbounded"),
    };
    drop(done_tx);
    output
}
