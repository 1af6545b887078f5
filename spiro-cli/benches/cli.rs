//! `spiro companies list --all -o ndjson` over 100,000 companies from spiro-mock, against the
//! library's own paging loop (`client.list_companies().pages()…items()`) in the same run; the
//! peak memory of the `spiro` process for 1,000 and 100,000 records; and how long
//! `spiro --help` takes to start, next to the time to spawn `true`.
//!
//! `cargo bench -p spiro-cli --bench cli`. Prints medians and ratios; fails nothing.

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use chrono::{Duration as Age, Utc};
use futures::TryStreamExt;
use spiro_api::ListOperation;
use spiro_api::spiro_auth::{Credentials, Endpoints, FileTokenStore, TokenSet, TokenStore};
use spiro_mock::{Dataset, Server};

const PAGE: i64 = 100;

/// spiro-mock on a runtime of its own, and a token file for it.
struct Mock {
    server: Server,
    runtime: tokio::runtime::Runtime,
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
            runtime,
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

    /// Runs `spiro companies list --all -o ndjson`, reading every line; the records seen.
    fn cli_list(&self) -> u64 {
        let mut child = self
            .spiro(&["companies", "list", "--all", "-o", "ndjson"])
            .spawn()
            .expect("spiro starts");
        let reader = BufReader::with_capacity(64 * 1024, child.stdout.take().expect("stdout"));
        let mut lines = 0u64;
        for line in reader.lines() {
            line.expect("a line");
            lines += 1;
        }
        assert!(child.wait().expect("spiro ends").success());
        lines
    }

    /// The library's own loop over the same records, with the CLI's page size and read-ahead.
    fn library_list(&self, client: &spiro_api::Client) -> u64 {
        self.runtime.block_on(async {
            client
                .list_companies()
                .pages()
                .page_size(PAGE)
                .read_ahead(1)
                .items()
                .try_fold(0u64, |n, c| async move {
                    std::hint::black_box(&c);
                    Ok(n + 1)
                })
                .await
                .expect("stream")
        })
    }

    fn client(&self) -> spiro_api::Client {
        spiro_api::Client::builder()
            .base_url(self.server.api_url())
            .credentials(Credentials::new(
                self.server.client_id(),
                self.server.client_secret().to_owned(),
                self.server.redirect_uri(),
            ))
            .oauth_endpoints(Endpoints::from_oauth_url(&self.server.oauth_url()).expect("URL"))
            .token_store(FileTokenStore::new(self.dir.path().join("tokens.json")))
            .build()
            .expect("client")
    }
}

/// The peak resident memory of every child process waited for so far, in KiB.
fn children_peak_kib() -> i64 {
    let mut usage = std::mem::MaybeUninit::<libc::rusage>::zeroed();
    // SAFETY: `getrusage` fills the struct it is given; RUSAGE_CHILDREN is valid.
    let usage = unsafe {
        libc::getrusage(libc::RUSAGE_CHILDREN, usage.as_mut_ptr());
        usage.assume_init()
    };
    usage.ru_maxrss
}

fn median(mut times: Vec<Duration>) -> Duration {
    times.sort();
    times[times.len() / 2]
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn main() {
    // Memory first: getrusage reports the largest child so far.
    println!("Peak memory of `spiro companies list --all -o ndjson` (max RSS of the process)");
    let mut peaks = Vec::new();
    for records in [1_000usize, 100_000] {
        let mock = Mock::start(records);
        assert_eq!(mock.cli_list(), records as u64);
        let peak = children_peak_kib();
        println!("  {records:>7} records: {:>8.1} MiB", peak as f64 / 1024.0);
        peaks.push(peak);
    }
    println!(
        "  100,000 / 1,000 records: {:.2}x (flat memory: about 1x)",
        peaks[1] as f64 / peaks[0] as f64
    );

    let mock = Mock::start(100_000);
    let client = mock.client();
    let rounds = 5;
    let (mut library, mut cli) = (Vec::new(), Vec::new());
    for _ in 0..rounds {
        let started = Instant::now();
        assert_eq!(mock.library_list(&client), 100_000);
        library.push(started.elapsed());
        let started = Instant::now();
        assert_eq!(mock.cli_list(), 100_000);
        cli.push(started.elapsed());
    }
    let (library, cli) = (median(library), median(cli));
    println!(
        "\nStreaming 100,000 companies, 100 per page, read-ahead 1 (median of {rounds}, interleaved)"
    );
    println!(
        "  library paging loop (spiro-api, in process): {:>8.1} ms",
        ms(library)
    );
    println!(
        "  spiro companies list --all -o ndjson:         {:>8.1} ms",
        ms(cli)
    );
    println!(
        "  ratio: {:.3}x (target <= 1.10x)",
        cli.as_secs_f64() / library.as_secs_f64()
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
