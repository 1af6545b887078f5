//! `PostgresTokenStore` against a real PostgreSQL and spiro-mock: a fleet of processes, holders
//! killed mid-refresh, a lock connection terminated, a database restart, two grants in one
//! table, encryption at rest.
//!
//! Needs the cargo feature `postgres` (without it this file has no tests) and a server:
//! `eval "$(scripts/postgres-test-server)"` exports `SPIRO_TEST_DATABASE_URL` (and
//! `SPIRO_TEST_DATABASE_CTL` for the restart test). Without the server each test says so on
//! stderr and returns, except under `CI=true` (set by `.ci/run`), where it fails.

mod common;

#[cfg(feature = "postgres")]
mod pg {
    use std::collections::HashSet;
    use std::process::Stdio;
    use std::time::{Duration, Instant};

    use http::HeaderValue;
    use spiro_auth::{
        AuthError, EncryptionKey, PostgresTokenStore, StoreError, TokenManager, TokenSet,
        TokenStore, failpoint,
    };
    use spiro_mock::{Event, Fault, Server, Target};
    use sqlx::PgPool;
    use sqlx::postgres::PgPoolOptions;
    use tokio::io::AsyncWriteExt;
    use tokio::sync::RwLock;

    use super::common::*;

    /// Normal tests share the server (read); the restart and terminate tests have it alone
    /// (write).
    static SERVER: RwLock<()> = RwLock::const_new(());

    const URL: &str = "SPIRO_TEST_DATABASE_URL";
    const CTL: &str = "SPIRO_TEST_DATABASE_CTL";

    const CHILD_GRANT: &str = "SPIRO_AUTH_PG_CHILD_GRANT";

    /// How long one of these tests may take: fleets of child processes, a database restart
    /// (each a few seconds on an idle machine).
    const POSTGRES_LIMIT: Duration = Duration::from_secs(120);

    /// The database URL, or `None` when the server is missing (a failure under CI).
    fn database_url() -> Option<String> {
        match std::env::var(URL) {
            Ok(url) if !url.is_empty() => Some(url),
            _ => {
                precondition_missing(
                    "spiro-auth PostgreSQL tests",
                    &format!(
                        "{URL} is not set: run `eval \"$(scripts/postgres-test-server)\"` first"
                    ),
                );
                None
            }
        }
    }

    async fn pool(url: &str) -> PgPool {
        PgPoolOptions::new()
            .max_connections(4)
            .acquire_timeout(Duration::from_secs(10))
            .connect(url)
            .await
            .expect("the test database accepts connections")
    }

    /// A grant key no other test (or earlier run) uses.
    fn unique_grant(name: &str) -> String {
        format!("{name}-{:016x}", rand::random::<u64>())
    }

    async fn store(url: &str, grant: &str) -> PostgresTokenStore {
        let store = PostgresTokenStore::new(pool(url).await, grant).expect("a pool of 4");
        store.migrate().await.expect("migrate");
        store
    }

    fn access(tokens: &TokenSet) -> String {
        tokens.access_token().expose_secret().to_owned()
    }

    // ---------------------------------------------------------------- child processes

    /// The child side (does nothing unless started by a test below).
    #[test]
    #[ignore = "child process helper, started by the tests in this file"]
    fn child_process() {
        let Ok(grant) = std::env::var(CHILD_GRANT) else {
            precondition_missing(
                "child_process",
                "a child helper, started by the tests in this file",
            );
            return;
        };
        let code = child::runtime().block_on(async {
            let store = PostgresTokenStore::new(pool(&child::var(URL)).await, grant)
                .expect("a pool of 4")
                .with_lock_timeout(fast_retries().deadline());
            let manager = TokenManager::builder(child::credentials())
                .endpoints(child::endpoints())
                .retry_policy(fast_retries())
                .store(store)
                .build()
                .expect("manager");
            let api = child::var(child::API_URL);
            match child::var(child::MODE).as_str() {
                "fleet" => fleet_child(&manager, &api).await,
                _ => rotate_child(&manager, &api).await,
            }
        });
        std::process::exit(code);
    }

    /// One authenticated API call; a 401 gets one replay with the header `unauthorized` gives.
    async fn call(manager: &TokenManager, http: &reqwest::Client, api: &str) -> Result<(), String> {
        let get = |header: HeaderValue| {
            http.get(format!("{api}/companies"))
                .header(http::header::AUTHORIZATION, header)
                .send()
        };
        let header = manager.authorization().await.map_err(|e| e.to_string())?;
        let status = get(header.clone())
            .await
            .map_err(|e| e.to_string())?
            .status();
        if status == 401 {
            let fresh = manager
                .unauthorized(&header)
                .await
                .map_err(|e| e.to_string())?;
            let status = get(fresh).await.map_err(|e| e.to_string())?.status();
            return if status == 200 {
                Ok(())
            } else {
                Err(format!("HTTP {status} after the replay"))
            };
        }
        if status == 200 {
            Ok(())
        } else {
            Err(format!("HTTP {status}"))
        }
    }

    /// Two tasks calling the API until standard input closes. Prints `CALLS=` and `ERRORS=`.
    async fn fleet_child(manager: &TokenManager, api: &str) -> i32 {
        let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
        {
            let stop = std::sync::Arc::clone(&stop);
            std::thread::spawn(move || {
                let _ = std::io::copy(&mut std::io::stdin(), &mut std::io::sink());
                stop.store(true, std::sync::atomic::Ordering::SeqCst);
            });
        }
        let http = reqwest::Client::new();
        let tasks: Vec<_> = (0..2)
            .map(|_| {
                let (manager, http, api, stop) =
                    (manager.clone(), http.clone(), api.to_owned(), stop.clone());
                tokio::spawn(async move {
                    let (mut calls, mut errors) = (0u64, Vec::new());
                    while !stop.load(std::sync::atomic::Ordering::SeqCst) {
                        calls += 1;
                        if let Err(e) = call(&manager, &http, &api).await {
                            errors.push(e);
                        }
                        tokio::time::sleep(Duration::from_millis(20)).await;
                    }
                    (calls, errors)
                })
            })
            .collect();
        let (mut calls, mut errors) = (0, Vec::new());
        for t in tasks {
            let (c, e) = t.await.expect("task");
            calls += c;
            errors.extend(e);
        }
        println!("CALLS={calls}");
        println!("ERRORS={}", errors.len());
        for e in &errors {
            println!("ERROR: {e}");
        }
        i32::from(!errors.is_empty())
    }

    /// Forces one refresh, then uses the token once. Exit 3 for re-authorization, 4 otherwise.
    async fn rotate_child(manager: &TokenManager, api: &str) -> i32 {
        let header = manager
            .force_refresh()
            .await
            .and(manager.authorization().await);
        let header = match header {
            Ok(h) => h,
            Err(e) => {
                eprintln!("child: {e}");
                return if e.is_reauthorization_required() {
                    3
                } else {
                    4
                };
            }
        };
        let status = reqwest::Client::new()
            .get(format!("{api}/companies"))
            .header(http::header::AUTHORIZATION, header)
            .send()
            .await
            .map(|r| r.status().as_u16())
            .unwrap_or(0);
        if child::abort_after_use() {
            std::process::abort();
        }
        if status == 200 { 0 } else { 4 }
    }

    /// A child of this test binary on grant `grant`, in mode `fleet` (API calls until standard
    /// input closes) or `rotate` (force one refresh, use it).
    fn child(server: &Server, grant: &str, mode: &str) -> tokio::process::Command {
        let exe = std::env::current_exe().expect("test binary path");
        let mut cmd = tokio::process::Command::new(exe);
        cmd.args([
            "--exact",
            "pg::child_process",
            "--nocapture",
            "--include-ignored",
        ])
        .env(CHILD_GRANT, grant);
        child::configure(&mut cmd, server, mode);
        cmd
    }

    /// Refresh tokens spent by refreshes that issued tokens (one entry per refresh).
    fn spent_refresh_tokens(server: &Server) -> Vec<String> {
        server
            .events()
            .into_iter()
            .filter_map(|e| match e {
                Event::TokensIssued {
                    previous_refresh_token: Some(previous),
                    ..
                } => Some(previous),
                _ => None,
            })
            .collect()
    }

    // ---------------------------------------------------------------- 1. fleet

    /// 8 processes, each with its own manager and pool, share one grant through at least 5
    /// expiries while calling the API: one refresh per expiry, no `invalid_grant`, no errors.
    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn fleet_of_processes_refreshes_once_per_expiry() {
        within(POSTGRES_LIMIT, async {
            let Some(url) = database_url() else { return };
            let _shared = SERVER.read().await;
            let server = mock().await;
            server.set_token_ttl(Duration::from_secs(2));
            let grant = unique_grant("fleet");
            store(&url, &grant)
                .await
                .save(&fresh(&server.issue_tokens()))
                .await
                .expect("seed");

            let mut children = Vec::new();
            for _ in 0..8 {
                let mut cmd = child(&server, &grant, "fleet");
                cmd.stdin(Stdio::piped())
                    .stdout(Stdio::piped())
                    .stderr(Stdio::piped());
                children.push(cmd.spawn().expect("child starts"));
            }
            // Until 6 refreshes happened (at least 5 full expiries under load), at most 60 s.
            let started = Instant::now();
            while server.counters().refresh_requests < 6
                && started.elapsed() < Duration::from_secs(60)
            {
                tokio::time::sleep(Duration::from_millis(100)).await;
            }
            let mut outputs = Vec::new();
            for mut c in children {
                if let Some(mut stdin) = c.stdin.take() {
                    let _ = stdin.shutdown().await;
                }
                outputs.push(c.wait_with_output().await.expect("child ends"));
            }
            for o in &outputs {
                assert!(o.status.success(), "{}", child::describe(o));
                assert!(
                    String::from_utf8_lossy(&o.stdout).contains("ERRORS=0"),
                    "{}",
                    child::describe(o)
                );
            }
            let counters = server.counters();
            assert!(counters.refresh_requests >= 6, "{counters:?}");
            assert_eq!(counters.invalid_grant, 0, "{counters:?}");
            let spent = spent_refresh_tokens(&server);
            assert_eq!(
                spent.len() as u64,
                counters.refresh_requests,
                "every refresh issued tokens"
            );
            let distinct: HashSet<_> = spent.iter().collect();
            assert_eq!(
                distinct.len(),
                spent.len(),
                "a refresh token was spent twice: two refreshes for one expiry\n{:#?}\n{}",
                server
                    .events()
                    .into_iter()
                    .filter(|e| matches!(
                        e,
                        Event::TokenRequest { .. }
                            | Event::TokensIssued { .. }
                            | Event::FaultInjected { .. }
                    ) || matches!(e, Event::ApiRequest { path, .. } if path.contains("oauth")))
                    .collect::<Vec<_>>(),
                outputs
                    .iter()
                    .map(child::describe)
                    .collect::<Vec<_>>()
                    .join("\n")
            );
            assert!(counters.api_requests > 100, "{counters:?}");
        })
        .await
    }

    // ---------------------------------------------------------------- 2. holder killed

    /// The lock holder dies at each step of a refresh (before the token request, after it,
    /// after the commit, after the first use): the next process refreshes within the deadline,
    /// no one has to log in again, and the store always holds the latest usable pair.
    #[cfg(feature = "failpoints")]
    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn holder_killed_at_every_step_loses_nothing() {
        within(POSTGRES_LIMIT, async {
            use std::os::unix::process::ExitStatusExt;

            let Some(url) = database_url() else { return };
            let _shared = SERVER.read().await;
            let server = mock().await;
            let grant = unique_grant("killed");
            let store = store(&url, &grant).await;
            store
                .save(&fresh(&server.issue_tokens()))
                .await
                .expect("seed");
            let steps = [
                failpoint::POSTGRES_AFTER_LOCK,
                failpoint::AFTER_TOKEN_RESPONSE,
                failpoint::POSTGRES_AFTER_COMMIT,
                "after-first-use",
            ];
            for step in steps {
                let before = store.load().await.expect("load").expect("stored");
                let mut crashing = child(&server, &grant, "rotate");
                if step == "after-first-use" {
                    crashing.env(child::ABORT_AFTER_USE, "1");
                } else {
                    crashing.env(failpoint::ENV, step);
                }
                let crashed = crashing.output().await.expect("child runs");
                assert_eq!(
                    crashed.status.signal(),
                    Some(6),
                    "{step}: the child dies there\n{}",
                    child::describe(&crashed)
                );
                let after_crash = store.load().await.expect("load").expect("stored");
                let issued = issued_access_tokens(&server);
                match step {
                    // Died before anything was stored: the previous pair stays.
                    failpoint::POSTGRES_AFTER_LOCK | failpoint::AFTER_TOKEN_RESPONSE => {
                        assert_eq!(access(&after_crash), access(&before), "{step}");
                        assert_eq!(after_crash.generation(), before.generation(), "{step}");
                    }
                    // Committed: the new pair is stored.
                    _ => {
                        assert_eq!(Some(&access(&after_crash)), issued.last(), "{step}");
                        assert_eq!(after_crash.generation(), before.generation() + 1, "{step}");
                    }
                }
                // The lock died with the holder: the next process refreshes well within the
                // deadline and uses its tokens.
                let started = Instant::now();
                let restarted = child(&server, &grant, "rotate")
                    .output()
                    .await
                    .expect("child runs");
                assert!(
                    restarted.status.success(),
                    "{step}: restart\n{}",
                    child::describe(&restarted)
                );
                assert!(
                    started.elapsed() < fast_retries().deadline(),
                    "{step}: the lock was released"
                );
                let latest = store.load().await.expect("load").expect("stored");
                assert_eq!(
                    Some(&access(&latest)),
                    issued_access_tokens(&server).last(),
                    "{step}: the store holds the latest pair"
                );
            }
            let counters = server.counters();
            assert_eq!(counters.invalid_grant, 0, "no refresh token was lost");
        })
        .await
    }

    /// A real SIGKILL of the lock holder while Spiro is answering its token request (the new
    /// pair is issued, the holder never sees it): the next process refreshes again with the
    /// stored refresh token (Spiro accepts the replay, the lost pair was never used).
    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn holder_sigkilled_during_its_token_request() {
        within(POSTGRES_LIMIT, async {
            use std::os::unix::process::ExitStatusExt;
            use std::sync::{Arc, Mutex};

            let Some(url) = database_url() else { return };
            let _shared = SERVER.read().await;
            let server = mock().await;
            let grant = unique_grant("sigkill");
            let store = store(&url, &grant).await;
            store
                .save(&fresh(&server.issue_tokens()))
                .await
                .expect("seed");
            let before = store.load().await.expect("load").expect("stored");

            // The hook runs in the mock before the token response is sent.
            let victim: Arc<Mutex<Option<u32>>> = Arc::default();
            let killed = Arc::new(Mutex::new(Vec::<String>::new()));
            {
                let (victim, killed) = (Arc::clone(&victim), Arc::clone(&killed));
                server.on_event(move |event| {
                    if let Event::TokensIssued {
                        previous_refresh_token: Some(_),
                        ..
                    } = event
                    {
                        let pid = victim.lock().unwrap_or_else(|e| e.into_inner()).take();
                        let outcome = match pid {
                            Some(pid) => std::process::Command::new("kill")
                                .args(["-KILL", &pid.to_string()])
                                .status()
                                .map_or_else(|e| format!("kill failed: {e}"), |s| s.to_string()),
                            None => "token issued with no victim set".to_owned(),
                        };
                        killed
                            .lock()
                            .unwrap_or_else(|e| e.into_inner())
                            .push(outcome);
                    }
                });
            }
            let crashing = child(&server, &grant, "rotate")
                .stdout(Stdio::piped())
                .stderr(Stdio::piped())
                .spawn()
                .expect("child starts");
            *victim.lock().unwrap_or_else(|e| e.into_inner()) = crashing.id();
            let crashed = crashing.wait_with_output().await.expect("child ends");
            assert_eq!(
                crashed.status.signal(),
                Some(9),
                "killed by SIGKILL\n{}",
                child::describe(&crashed)
            );
            let outcomes = killed.lock().unwrap_or_else(|e| e.into_inner()).clone();
            assert_eq!(outcomes.len(), 1, "{outcomes:?}");
            assert!(outcomes[0].contains("exit status: 0"), "{outcomes:?}");

            // Nothing was stored; the lock died with the process.
            let after = store.load().await.expect("load").expect("stored");
            assert_eq!(access(&after), access(&before));
            assert_eq!(after.generation(), before.generation());
            let started = Instant::now();
            let restarted = child(&server, &grant, "rotate")
                .output()
                .await
                .expect("child runs");
            assert!(
                restarted.status.success(),
                "{}",
                child::describe(&restarted)
            );
            assert!(started.elapsed() < fast_retries().deadline());
            let latest = store.load().await.expect("load").expect("stored");
            assert_eq!(Some(&access(&latest)), issued_access_tokens(&server).last());
            assert_eq!(latest.generation(), before.generation() + 1);
            let counters = server.counters();
            assert_eq!(counters.refresh_requests, 2, "the lost one and the replay");
            assert_eq!(counters.invalid_grant, 0);
        })
        .await
    }

    // ---------------------------------------------------------------- 3. connection lost

    /// The lock's connection is terminated mid-refresh: the lock is released at once, another
    /// holder refreshes, and the first holder's late save is fenced off; it adopts the stored
    /// tokens and nothing is lost.
    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn terminated_lock_connection_is_fenced() {
        within(POSTGRES_LIMIT, async {
            let Some(url) = database_url() else { return };
            // Alone: it terminates whichever backend holds an advisory lock.
            let _alone = SERVER.write().await;
            let server = mock().await;
            let grant = unique_grant("terminated");
            let store_a = store(&url, &grant).await;
            store_a
                .save(&fresh(&server.issue_tokens()))
                .await
                .expect("seed");
            let generation_0 = store_a
                .load()
                .await
                .expect("load")
                .expect("row")
                .generation();
            let a = builder(&server).store(store_a.clone()).build().expect("a");
            let b = builder(&server)
                .store(
                    PostgresTokenStore::new(pool(&url).await, grant.as_str()).expect("a pool of 4"),
                )
                .build()
                .expect("b");
            a.authorization().await.expect("a loads");
            b.authorization().await.expect("b loads");

            // A's token request is slow; meanwhile its lock connection is terminated.
            server.inject(
                Target::Token,
                Fault::latency(Duration::from_secs(2)).times(1),
            );
            let a_refresh = tokio::spawn({
                let a = a.clone();
                async move { a.force_refresh().await }
            });
            let admin = pool(&url).await;
            let holder = wait_for_lock_holder(&admin).await;
            let terminated: bool = sqlx::query_scalar("SELECT pg_terminate_backend($1)")
                .bind(holder)
                .fetch_one(&admin)
                .await
                .expect("terminate");
            assert!(terminated);

            // The lock is free: B refreshes while A still waits for its token response.
            b.force_refresh().await.expect("b refreshes");
            let b_header = b.authorization().await.expect("b header");

            // B's tokens are not used yet (their first use would revoke the pair A is refreshing).
            // A's save (generation 1 + 1) is refused; A adopts B's tokens instead.
            a_refresh.await.expect("task").expect("a adopts");
            let a_header = a.authorization().await.expect("a header");
            assert_eq!(a_header, b_header, "a adopted the stored tokens");
            assert_eq!(
                issued_access_tokens(&server).len(),
                3,
                "seed, b's refresh, a's refresh (its tokens were issued, then fenced off unused)"
            );
            assert_eq!(use_token(&server, &a_header).await, 200);
            let stored = store_a.load().await.expect("load").expect("row");
            assert_eq!(stored.generation(), generation_0 + 1);
            assert_eq!(
                bearer(&access(&stored)),
                b_header.to_str().unwrap_or_default()
            );
            assert_eq!(server.counters().refresh_requests, 2);

            // The stored pair is the usable one: the next refresh works.
            a.force_refresh()
                .await
                .expect("refresh after the fenced save");
            let header = a.authorization().await.expect("header");
            assert_eq!(use_token(&server, &header).await, 200);
            assert_eq!(server.counters().invalid_grant, 0);
        })
        .await
    }

    /// The backend pid holding a granted advisory lock (polls for up to 10 s).
    async fn wait_for_lock_holder(admin: &PgPool) -> i32 {
        let started = Instant::now();
        loop {
            let pid: Option<i32> = sqlx::query_scalar(
                "SELECT pid FROM pg_locks WHERE locktype = 'advisory' AND granted \
                 AND pid <> pg_backend_pid() LIMIT 1",
            )
            .fetch_optional(admin)
            .await
            .expect("pg_locks");
            if let Some(pid) = pid {
                return pid;
            }
            assert!(
                started.elapsed() < Duration::from_secs(10),
                "no advisory lock was taken"
            );
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
    }

    // ---------------------------------------------------------------- 4. restart

    /// The database restarts mid-run: a valid cached token keeps working, a refresh during the
    /// outage is a typed transient error, and afterwards refreshing continues without a login.
    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn database_restart_mid_run() {
        within(POSTGRES_LIMIT, async {
            let Some(url) = database_url() else { return };
            let Ok(ctl) = std::env::var(CTL) else {
                precondition_missing(
                    "database_restart_mid_run",
                    &format!(
                        "{CTL} is not set: start the server with scripts/postgres-test-server"
                    ),
                );
                return;
            };
            let _alone = SERVER.write().await;
            let server = mock().await;
            let grant = unique_grant("restart");
            let store = store(&url, &grant).await;
            store
                .save(&fresh(&server.issue_tokens()))
                .await
                .expect("seed");
            let manager = builder(&server)
                .store(store.clone())
                .build()
                .expect("manager");
            let header = manager.authorization().await.expect("loads");
            assert_eq!(use_token(&server, &header).await, 200);

            run_ctl(&ctl, "stop").await;
            // Checked after the server is back, so a failure here leaves it running for the rest.
            let during: Result<(), String> = async {
                // Callers holding a valid token keep working.
                let cached = manager.authorization().await.map_err(|e| e.to_string())?;
                if use_token(&server, &cached).await != 200 {
                    return Err("the cached token stopped working".into());
                }
                // A refresh now fails with a typed, transient store error.
                match manager.force_refresh().await {
                    Err(e @ AuthError::Store(StoreError::Database { .. })) if e.is_transient() => {}
                    other => {
                        return Err(format!(
                            "expected a transient database error, got {other:?}"
                        ));
                    }
                }
                match manager.authorization().await {
                    Ok(still) if still == cached => Ok(()),
                    other => Err(format!("the valid token is no longer served: {other:?}")),
                }
            }
            .await;
            run_ctl(&ctl, "start").await;
            during.expect("during the outage");

            manager
                .force_refresh()
                .await
                .expect("refresh after the restart");
            let header = manager.authorization().await.expect("header");
            assert_eq!(use_token(&server, &header).await, 200);
            assert_eq!(
                access(&store.load().await.expect("load").expect("row")),
                header.to_str().unwrap_or_default()["Bearer ".len()..]
            );
            assert_eq!(server.counters().invalid_grant, 0);
        })
        .await
    }

    async fn run_ctl(ctl: &str, action: &str) {
        let out = tokio::process::Command::new(ctl)
            .arg(action)
            .output()
            .await
            .expect("ctl runs");
        assert!(
            out.status.success(),
            "ctl {action}: {}",
            child::describe(&out)
        );
    }

    // ---------------------------------------------------------------- 5. two grants

    /// Two grants in one table: independent locks and tokens.
    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn two_grants_in_one_table_are_independent() {
        within(POSTGRES_LIMIT, async {
            let Some(url) = database_url() else { return };
            let _shared = SERVER.read().await;
            let server = mock().await;
            let (grant_a, grant_b) = (unique_grant("acme"), unique_grant("globex"));
            let store_a = store(&url, &grant_a).await;
            let store_b =
                PostgresTokenStore::new(pool(&url).await, grant_b.as_str()).expect("a pool of 4");
            store_a
                .save(&fresh(&server.issue_tokens()))
                .await
                .expect("seed a");
            store_b
                .save(&fresh(&server.issue_tokens()))
                .await
                .expect("seed b");
            let a_before = store_a.load().await.expect("a").expect("row a");

            // A's lock is held (as by a host in the middle of a refresh) ...
            let held = store_a.lock().await.expect("lock a");
            // ... another holder of A waits and times out with a typed error ...
            let impatient = PostgresTokenStore::new(pool(&url).await, grant_a.as_str())
                .expect("a pool of 4")
                .with_lock_timeout(Duration::from_millis(300));
            assert!(matches!(
                impatient.lock().await,
                Err(StoreError::LockTimeout)
            ));
            // ... while B refreshes without waiting.
            let b = builder(&server).store(store_b.clone()).build().expect("b");
            tokio::time::timeout(Duration::from_secs(10), b.force_refresh())
                .await
                .expect("b is not blocked by a's lock")
                .expect("b refreshes");
            let header = b.authorization().await.expect("b header");
            assert_eq!(use_token(&server, &header).await, 200);
            drop(held);

            let a_after = store_a.load().await.expect("a").expect("row a");
            assert_eq!(access(&a_after), access(&a_before), "a untouched");
            assert_eq!(a_after.generation(), a_before.generation());
            let b_after = store_b.load().await.expect("b").expect("row b");
            assert_ne!(access(&b_after), access(&a_after));
            assert_eq!(
                bearer(&access(&b_after)),
                header.to_str().unwrap_or_default()
            );
            // A's lock is free again.
            impatient
                .lock()
                .await
                .expect("a's lock is released on drop");
        })
        .await
    }

    /// `forget` deletes one grant's row under its lock (logging out every host of that grant)
    /// and leaves the other grants alone; a manager on the forgotten grant then needs a login.
    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn forgetting_a_grant_logs_out_its_hosts_only() {
        within(POSTGRES_LIMIT, async {
            let Some(url) = database_url() else { return };
            let _shared = SERVER.read().await;
            let server = mock().await;
            let (grant_a, grant_b) = (unique_grant("acme"), unique_grant("globex"));
            let (store_a, store_b) = (store(&url, &grant_a).await, store(&url, &grant_b).await);
            for store in [&store_a, &store_b] {
                store
                    .save(&fresh(&server.issue_tokens()))
                    .await
                    .expect("seed");
            }

            // Held by a host in the middle of a refresh: `forget` waits for it.
            let held = store_a.lock().await.expect("lock a");
            let forgetting = tokio::spawn({
                let store_a = store_a.clone();
                async move { store_a.forget().await }
            });
            tokio::time::sleep(Duration::from_millis(300)).await;
            assert!(
                !forgetting.is_finished(),
                "forget waits for the grant's lock"
            );
            assert!(store_a.load().await.expect("a").is_some());
            drop(held);
            assert!(
                forgetting.await.expect("task").expect("forget"),
                "a row was deleted"
            );

            assert!(store_a.load().await.expect("a").is_none());
            assert!(store_b.load().await.expect("b").is_some(), "b untouched");
            assert!(
                !store_a.forget().await.expect("forget again"),
                "no row left"
            );
            let a = builder(&server).store(store_a.clone()).build().expect("a");
            let error = a.force_refresh().await.expect_err("no tokens left");
            assert!(error.is_reauthorization_required(), "{error}");
        })
        .await
    }

    // ---------------------------------------------------------------- 6. encryption

    /// With a key, no token is in the table in clear; a wrong or missing key is a typed error
    /// that changes nothing.
    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn encrypted_at_rest_and_wrong_key_changes_nothing() {
        within(POSTGRES_LIMIT, async {
            let Some(url) = database_url() else { return };
            let _shared = SERVER.read().await;
            let server = mock().await;
            let admin = pool(&url).await;
            let key = || EncryptionKey::new([7; 32]);
            let (plain_grant, sealed_grant) = (unique_grant("plain"), unique_grant("sealed"));
            let plain = store(&url, &plain_grant).await;
            let sealed = PostgresTokenStore::new(pool(&url).await, sealed_grant.as_str())
                .expect("a pool of 4")
                .with_encryption_key(key());
            let plain_tokens = fresh(&server.issue_tokens());
            plain.save(&plain_tokens).await.expect("plain save");
            let sealed_manager = builder(&server).store(sealed.clone()).build().expect("m");
            sealed
                .save(&fresh(&server.issue_tokens()))
                .await
                .expect("seed");
            // A refresh through the manager stores the rotated tokens encrypted too.
            sealed_manager.force_refresh().await.expect("refresh");
            let sealed_tokens = sealed.load().await.expect("load").expect("row");
            assert_eq!(sealed_tokens.generation(), 2);

            let dump = |grant: String| {
                let admin = admin.clone();
                async move {
                    let (text, raw): (String, Vec<u8>) = sqlx::query_as(
                        "SELECT t::text, t.tokens FROM spiro_auth_tokens t WHERE grant_key = $1",
                    )
                    .bind(grant)
                    .fetch_one(&admin)
                    .await
                    .expect("dump");
                    (text, raw)
                }
            };
            let contains = |hay: &[u8], needle: &str| {
                hay.windows(needle.len()).any(|w| w == needle.as_bytes())
            };
            let hex = |s: &str| s.bytes().map(|b| format!("{b:02x}")).collect::<String>();
            // The control: without a key the row holds the tokens in clear.
            let (_, plain_raw) = dump(plain_grant.clone()).await;
            assert!(contains(
                &plain_raw,
                plain_tokens.refresh_token().expose_secret()
            ));
            // With a key: in neither the raw bytes nor the row's text (bytea as hex).
            let (sealed_text, sealed_raw) = dump(sealed_grant.clone()).await;
            for secret in [
                sealed_tokens.access_token().expose_secret(),
                sealed_tokens.refresh_token().expose_secret(),
            ] {
                assert!(!contains(&sealed_raw, secret));
                assert!(!sealed_text.contains(secret));
                assert!(!sealed_text.contains(&hex(secret)));
            }

            // A wrong key and no key: typed errors, on load, save and through the manager.
            let wrong = PostgresTokenStore::new(pool(&url).await, sealed_grant.as_str())
                .expect("a pool of 4")
                .with_encryption_key(EncryptionKey::new([8; 32]));
            let keyless = PostgresTokenStore::new(pool(&url).await, sealed_grant.as_str())
                .expect("a pool of 4");
            for store in [&wrong, &keyless] {
                assert!(matches!(
                    store.load().await,
                    Err(StoreError::Decrypt { .. })
                ));
                let replacement = fresh(&server.issue_tokens());
                assert!(matches!(
                    store.save(&replacement).await,
                    Err(StoreError::Decrypt { .. })
                ));
                let manager = builder(&server).store(store.clone()).build().expect("m");
                match manager.authorization().await {
                    Err(e @ AuthError::Store(StoreError::Decrypt { .. })) => {
                        assert!(!e.is_transient());
                        assert!(
                            !e.to_string()
                                .contains(sealed_tokens.access_token().expose_secret())
                        );
                    }
                    other => panic!("expected a decrypt error, got {other:?}"),
                }
                // A login checks the row before it spends its code.
                let requests = server.counters().token_requests;
                assert!(matches!(
                    manager.exchange_code(&server.issue_code().into()).await,
                    Err(AuthError::Store(StoreError::Decrypt { .. }))
                ));
                assert_eq!(server.counters().token_requests, requests, "no code spent");
            }
            let (text_after, raw_after) = dump(sealed_grant.clone()).await;
            assert_eq!(raw_after, sealed_raw, "nothing changed");
            assert_eq!(text_after, sealed_text, "nothing changed");
            // The right key still reads it.
            let back = sealed.load().await.expect("load").expect("row");
            assert_eq!(access(&back), access(&sealed_tokens));
            assert!(format!("{sealed:?}").contains("encrypted: true"));
        })
        .await
    }

    // ---------------------------------------------------------------- 7. sealed stays sealed

    /// The row of `grant` as stored: (generation, sealed, tokens).
    async fn row(admin: &PgPool, grant: &str) -> (i64, bool, Vec<u8>) {
        sqlx::query_as(
            "SELECT generation, sealed, tokens FROM spiro_auth_tokens WHERE grant_key = $1",
        )
        .bind(grant)
        .fetch_one(admin)
        .await
        .expect("row")
    }

    /// Issue 17, item 5: with a key, a row in clear (what anyone who can write the table, but
    /// has no key, can put there) is refused on load, save, refresh and login, naming the fix,
    /// and nothing is spent or changed; `encrypt_existing_row` turns encryption on for a row
    /// one wrote oneself. A row under another key, and an encrypted row read without a key, are
    /// refused likewise.
    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn a_sealed_store_stays_sealed() {
        within(POSTGRES_LIMIT, async {
            let Some(url) = database_url() else { return };
            let _shared = SERVER.read().await;
            let server = mock().await;
            let admin = pool(&url).await;
            let grant = unique_grant("swapped");
            let keyless = store(&url, &grant).await;
            let sealed = PostgresTokenStore::new(pool(&url).await, grant.as_str())
                .expect("a pool of 4")
                .with_encryption_key(EncryptionKey::new([1; 32]));
            // Someone without the key writes tokens of their own, in clear.
            let planted = fresh(&server.issue_tokens());
            keyless.save(&planted).await.expect("plant");
            let before = row(&admin, &grant).await;
            assert!(!before.1);

            let unencrypted =
                |r: &Result<_, StoreError>| matches!(r, Err(StoreError::Unencrypted { .. }));
            assert!(unencrypted(&sealed.load().await.map(drop)));
            assert!(unencrypted(
                &sealed.save(&fresh(&server.issue_tokens())).await
            ));
            assert!(unencrypted(&sealed.check_writable().await));
            let manager = builder(&server).store(sealed.clone()).build().expect("m");
            let requests = server.counters().token_requests;
            match manager.authorization().await {
                Err(e @ AuthError::Store(StoreError::Unencrypted { .. })) => {
                    assert!(!e.is_transient());
                    let text = format!("{}", std::error::Error::source(&e).expect("cause"));
                    assert!(text.contains("encrypt_existing_row"), "{text}");
                    assert!(!text.contains(&access(&planted)), "{text}");
                }
                other => panic!("the planted row was used: {other:?}"),
            }
            assert!(matches!(
                manager.exchange_code(&server.issue_code().into()).await,
                Err(AuthError::Store(StoreError::Unencrypted { .. }))
            ));
            assert_eq!(server.counters().token_requests, requests, "nothing spent");
            assert_eq!(row(&admin, &grant).await, before, "nothing changed");

            // The operator who wrote that row turns encryption on for it, once.
            assert!(sealed.encrypt_existing_row().await.expect("encrypt"));
            assert!(!sealed.encrypt_existing_row().await.expect("already"));
            let after = row(&admin, &grant).await;
            assert_eq!(
                (after.0, after.1),
                (before.0, true),
                "same generation, sealed"
            );
            assert!(
                !after
                    .2
                    .windows(planted.refresh_token().expose_secret().len())
                    .any(|w| w == planted.refresh_token().expose_secret().as_bytes())
            );
            let back = sealed.load().await.expect("load").expect("row");
            assert_eq!(access(&back), access(&planted));

            // Now the row is sealed: a store without the key, or with another key, is refused.
            let foreign = PostgresTokenStore::new(pool(&url).await, grant.as_str())
                .expect("a pool of 4")
                .with_encryption_key(EncryptionKey::new([2; 32]));
            for (other, what) in [(&keyless, "no key"), (&foreign, "another key")] {
                match other.load().await {
                    Err(e @ StoreError::Decrypt { .. }) => {
                        assert!(!e.is_transient(), "{what}");
                        let text = e.to_string();
                        assert!(text.contains("key"), "{what}: {text}");
                    }
                    other => panic!("{what}: {other:?}"),
                }
                assert!(
                    matches!(
                        other.check_writable().await,
                        Err(StoreError::Decrypt { .. })
                    ),
                    "{what}"
                );
                assert!(
                    matches!(
                        other.encrypt_existing_row().await,
                        Err(StoreError::Decrypt { .. }) | Err(StoreError::InvalidKey)
                    ),
                    "{what}"
                );
            }
            assert_eq!(row(&admin, &grant).await, after, "nothing changed");
        })
        .await
    }

    /// Issue 17, item 5: every save is fenced, generation 0 included (it only fills an empty
    /// row); a login saves the generation after the one it replaces; a row at `i64::MAX`, whose
    /// generation cannot be incremented, is refused before any token is spent, call after call.
    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn every_save_is_fenced_and_generations_are_bounded() {
        within(POSTGRES_LIMIT, async {
        let Some(url) = database_url() else { return };
        let _shared = SERVER.read().await;
        let server = mock().await;
        let admin = pool(&url).await;
        let grant = unique_grant("generations");
        let pg = store(&url, &grant).await;

        // Generation 0 fills an empty row (as generation 1) ...
        pg.save(&fresh(&server.issue_tokens()))
            .await
            .expect("first save");
        assert_eq!(row(&admin, &grant).await.0, 1);
        // ... and never overwrites one: an import of old tokens loses to the stored ones.
        let before = row(&admin, &grant).await;
        assert!(matches!(
            pg.save(&fresh(&server.issue_tokens())).await,
            Err(StoreError::Superseded {
                attempted: 0,
                stored: 1
            })
        ));
        assert_eq!(row(&admin, &grant).await, before);
        // A save derived from an older generation is fenced off too.
        pg.save(&fresh(&server.issue_tokens()).with_generation(2))
            .await
            .expect("g2");
        assert!(matches!(
            pg.save(&fresh(&server.issue_tokens()).with_generation(2))
                .await,
            Err(StoreError::Superseded {
                attempted: 2,
                stored: 2
            })
        ));

        // A login replaces generation 2 with 3.
        let manager = builder(&server).store(pg.clone()).build().expect("m");
        manager
            .exchange_code(&server.issue_code().into())
            .await
            .expect("login");
        assert_eq!(row(&admin, &grant).await.0, 3);

        // A row at i64::MAX: typed, no refresh spent, no loop.
        sqlx::query(
            "UPDATE spiro_auth_tokens SET generation = $2, expires_at = now() WHERE grant_key = $1",
        )
        .bind(&grant)
        .bind(i64::MAX)
        .execute(&admin)
        .await
        .expect("tamper");
        let exhausted = |e: &StoreError| matches!(e, StoreError::GenerationExhausted { generation } if *generation == i64::MAX.unsigned_abs());
        assert!(pg.load().await.as_ref().err().is_some_and(exhausted));
        let stuck = builder(&server).store(pg.clone()).build().expect("m");
        let requests = server.counters().token_requests;
        for _ in 0..3 {
            match stuck.authorization().await {
                Err(AuthError::Store(e)) if exhausted(&e) => {}
                other => panic!("{other:?}"),
            }
        }
        assert!(matches!(
            stuck.exchange_code(&server.issue_code().into()).await,
            Err(AuthError::Store(StoreError::GenerationExhausted { .. }))
        ));
        assert_eq!(server.counters().token_requests, requests, "nothing spent");
        // A save past the column's range is refused, typed.
        sqlx::query("DELETE FROM spiro_auth_tokens WHERE grant_key = $1")
            .bind(&grant)
            .execute(&admin)
            .await
            .expect("reset");
        assert!(matches!(
            pg.save(&fresh(&server.issue_tokens()).with_generation(u64::MAX))
                .await,
            Err(StoreError::GenerationExhausted {
                generation: u64::MAX
            })
        ));
    }).await
    }
}
