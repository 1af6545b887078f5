//! `spiro companies list --all -o ndjson` over 100,000 companies from spiro-mock, against the
//! library's own paging loop (`client.list_companies().pages()…items()`, and the same walk over
//! raw records with `Client::request`) in the same run, each loop in a process of its own like
//! the CLI (this benchmark run again as a child, on the CLI's runtime, configured from the same
//! environment; in the benchmark's process they would share it with the mock and be slowed by
//! it); the peak memory of the `spiro` process for
//! 1,000 and 100,000 records (its `VmHWM`, read while it runs: `getrusage` would count the
//! benchmark's own memory, shared with the child until it executes); and how long
//! `spiro --help` takes to start, next to the time to spawn `true`.
//!
//! `cargo bench -p spiro-cli --bench cli`. Prints medians and ratios; fails nothing.

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use chrono::{Duration as Age, Utc};
use futures::TryStreamExt;
use spiro_api::ListOperation;
use spiro_api::spiro_auth::{FileTokenStore, TokenSet, TokenStore};
use spiro_mock::{Dataset, Server};

const PAGE: i64 = 100;

/// spiro-mock on a runtime of its own, and a token file for it.
struct Mock {
    server: Server,
    /// The mock's own runtime: one worker thread, apart from the client's.
    _runtime: tokio::runtime::Runtime,
    dir: tempfile::TempDir,
}

impl Mock {
    fn start(companies: usize) -> Mock {
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(1)
            .enable_all()
            .build()
            .expect("runtime");
        let server = runtime
            .block_on(
                Server::builder()
                    .dataset(Dataset::empty().companies(companies).users(20))
                    .start(),
            )
            .expect("spiro-mock starts");
        let dir = tempfile::tempdir().expect("temporary directory");
        let issued = server.issue_tokens();
        let now = Utc::now();
        let tokens = TokenSet::new(
            issued.access_token,
            issued.refresh_token,
            now + Age::hours(23),
        )
        .with_issued_at(now - Age::hours(1));
        runtime
            .block_on(FileTokenStore::new(dir.path().join("tokens.json")).save(&tokens))
            .expect("token file");
        Mock {
            server,
            _runtime: runtime,
            dir,
        }
    }

    fn spiro(&self, args: &[&str]) -> Command {
        let mut command = Command::new(env!("CARGO_BIN_EXE_spiro"));
        command
            .args(args)
            .env("SPIRO_CONFIG", self.dir.path().join("config.toml"))
            .env("SPIRO_CLIENT_ID", self.server.client_id())
            .env("SPIRO_CLIENT_SECRET", self.server.client_secret())
            .env("SPIRO_REDIRECT_URI", self.server.redirect_uri())
            .env("SPIRO_TOKEN_FILE", self.dir.path().join("tokens.json"))
            .env("SPIRO_OAUTH_URL", self.server.oauth_url())
            .env("SPIRO_API_URL", self.server.api_url())
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit());
        command
    }

    /// Runs `spiro companies list --all -o ndjson`, reading every line; the records seen and
    /// the peak resident memory of the process in KiB (read every 1,000 lines).
    fn cli_list(&self) -> (u64, u64) {
        let mut child = self
            .spiro(&["companies", "list", "--all", "-o", "ndjson"])
            .spawn()
            .expect("spiro starts");
        let status = format!("/proc/{}/status", child.id());
        let reader = BufReader::with_capacity(64 * 1024, child.stdout.take().expect("stdout"));
        let (mut lines, mut peak) = (0u64, 0u64);
        for line in reader.lines() {
            line.expect("a line");
            lines += 1;
            if lines % 1_000 == 0 {
                peak = peak.max(high_water_kib(&status));
            }
        }
        assert!(child.wait().expect("spiro ends").success());
        (lines, peak)
    }

    /// This benchmark again, as a child running the library's loop `which` (`typed` or
    /// `raw`); the records it saw.
    fn library_list(&self, which: &str) -> u64 {
        let mut command = Command::new(std::env::current_exe().expect("the benchmark's path"));
        command.env(ROLE, which);
        for (name, value) in self.spiro(&[]).get_envs() {
            if let Some(value) = value {
                command.env(name, value);
            }
        }
        let output = command
            .stderr(Stdio::inherit())
            .output()
            .expect("the loop runs");
        assert!(output.status.success());
        String::from_utf8_lossy(&output.stdout)
            .trim()
            .parse()
            .expect("a count")
    }
}

/// Environment variable that makes this benchmark run one library loop and print its count.
const ROLE: &str = "SPIRO_CLI_BENCH_LOOP";

/// The library's loop, in this (child) process: a client from the environment, the CLI's
/// runtime, page size and read-ahead.
fn library_loop(which: &str) {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("runtime");
    let client = spiro_api::Client::from_env().expect("client");
    let count = runtime.block_on(async {
        let count = |n: u64, record| async move {
            std::hint::black_box(record);
            Ok(n + 1)
        };
        match which {
            "typed" => {
                let items = client
                    .list_companies()
                    .pages()
                    .page_size(PAGE)
                    .read_ahead(1)
                    .items();
                items
                    .map_ok(|c| std::hint::black_box(c.id.as_str().len()))
                    .try_fold(0, count)
                    .await
            }
            _ => {
                let request = client.request(spiro_api::reqwest::Method::GET, "/companies");
                let items = request.pages().page_size(PAGE).read_ahead(1).items();
                items
                    .map_ok(|r| std::hint::black_box(r.is_object()) as usize)
                    .try_fold(0, count)
                    .await
            }
        }
    });
    println!("{}", count.expect("stream"));
}

/// `VmHWM` (peak resident memory) of `/proc/PID/status`, in KiB; 0 where there is none.
fn high_water_kib(status: &str) -> u64 {
    std::fs::read_to_string(status)
        .unwrap_or_default()
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .unwrap_or(0)
}

fn median(mut times: Vec<Duration>) -> Duration {
    times.sort();
    times[times.len() / 2]
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn main() {
    if let Ok(which) = std::env::var(ROLE) {
        return library_loop(&which);
    }
    println!("Peak memory of `spiro companies list --all -o ndjson` (VmHWM of the process)");
    let mut peaks = Vec::new();
    for records in [1_000usize, 100_000] {
        let mock = Mock::start(records);
        let (lines, peak) = mock.cli_list();
        assert_eq!(lines, records as u64);
        println!("  {records:>7} records: {:>8.1} MiB", peak as f64 / 1024.0);
        peaks.push(peak);
    }
    println!(
        "  100,000 / 1,000 records: {:.2}x (flat memory: about 1x)",
        peaks[1] as f64 / peaks[0] as f64
    );

    let mock = Mock::start(100_000);
    let rounds = 5;
    let (mut typed, mut raw, mut cli) = (Vec::new(), Vec::new(), Vec::new());
    for _ in 0..rounds {
        let started = Instant::now();
        assert_eq!(mock.library_list("typed"), 100_000);
        typed.push(started.elapsed());
        let started = Instant::now();
        assert_eq!(mock.library_list("raw"), 100_000);
        raw.push(started.elapsed());
        let started = Instant::now();
        assert_eq!(mock.cli_list().0, 100_000);
        cli.push(started.elapsed());
    }
    let (typed, raw, cli) = (median(typed), median(raw), median(cli));
    println!(
        "\nStreaming 100,000 companies, 100 per page, read-ahead 1, each a process (median of {rounds}, interleaved)"
    );
    println!(
        "  library paging loop, typed records:         {:>8.1} ms",
        ms(typed)
    );
    println!(
        "  library paging loop, raw records (request): {:>8.1} ms",
        ms(raw)
    );
    println!(
        "  spiro companies list --all -o ndjson:       {:>8.1} ms",
        ms(cli)
    );
    println!(
        "  ratio: {:.3}x the typed loop, {:.3}x the raw-record loop (target <= 1.10x)",
        cli.as_secs_f64() / typed.as_secs_f64(),
        cli.as_secs_f64() / raw.as_secs_f64()
    );

    let runs = 21;
    let (mut help, mut spawn) = (Vec::new(), Vec::new());
    for _ in 0..runs {
        let started = Instant::now();
        let status = mock
            .spiro(&["--help"])
            .stdout(Stdio::null())
            .status()
            .expect("spiro --help runs");
        assert!(status.success());
        help.push(started.elapsed());
        let started = Instant::now();
        Command::new("true").status().expect("true runs");
        spawn.push(started.elapsed());
    }
    let (help, spawn) = (median(help), median(spawn));
    println!("\nStart-up (median of {runs})");
    println!(
        "  spiro --help:            {:>6.2} ms (target < 50 ms)",
        ms(help)
    );
    println!("  spawning `true`:         {:>6.2} ms", ms(spawn));
    println!(
        "  ratio: {:.1}x the bare process spawn",
        help.as_secs_f64() / spawn.as_secs_f64()
    );
}
