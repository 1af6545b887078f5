//! Every command of `spiro`, end to end: the binary spawned against spiro-mock over real HTTP
//! on 127.0.0.1, asserting on its output, its exit code and the mock's event log.

mod support;

use std::time::Duration;

use serde_json::{Value, json};
use spiro_mock::{Dataset, Event, Fault, Target};
use support::Env;
use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};

#[tokio::test(flavor = "multi_thread")]
async fn login_through_stdin_then_status_without_a_token_in_sight() {
    support::bounded(async {
        let env = Env::new().await;
        let mut command = env.command(&["auth", "login"]);
        command.stdin(std::process::Stdio::piped());
        let mut child = command.spawn().unwrap();
        let mut stdout = BufReader::new(child.stdout.take().unwrap());
        let authorize = support::next_line(&mut stdout).await;
        assert!(
            authorize.starts_with(&env.server.authorize_url()),
            "{authorize}"
        );
        // The browser: the mock approves and redirects with the code and the state.
        let redirect = support::approve(&authorize).await;
        assert!(redirect.contains("state="), "{redirect}");
        let mut stdin = child.stdin.take().unwrap();
        stdin
            .write_all(format!("{redirect}\n").as_bytes())
            .await
            .unwrap();
        drop(stdin);
        let output = child.wait_with_output().await.unwrap();
        let run = support::Run::from(output);
        run.ok();
        assert!(run.stderr.contains("Logged in"), "{run:#?}");
        assert_eq!(env.token_requests(), ["authorization_code"]);
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(env.token_file())
                .unwrap()
                .permissions()
                .mode();
            assert_eq!(mode & 0o777, 0o600);
        }

        let status = env.run(&["auth", "status"]).await;
        status.ok();
        assert!(
            status.stdout.contains("tokens:       stored"),
            "{status:#?}"
        );
        assert!(
            status.stdout.contains("access token: expires"),
            "{status:#?}"
        );
        let stored = std::fs::read_to_string(env.token_file()).unwrap();
        let stored: Value = serde_json::from_str(&stored).unwrap();
        for secret in ["access_token", "refresh_token"] {
            let token = stored[secret].as_str().unwrap();
            assert!(!status.stdout.contains(token) && !status.stderr.contains(token));
            assert!(!run.stdout.contains(token) && !run.stderr.contains(token));
        }
    })
    .await
}

#[tokio::test(flavor = "multi_thread")]
async fn login_catches_the_redirect_on_a_loopback_redirect_uri() {
    support::bounded(async {
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let redirect_uri = format!("http://127.0.0.1:{port}/callback");
        let env = Env::with(spiro_mock::Server::builder().redirect_uri(&redirect_uri)).await;
        let mut command = env.command(&["auth", "login"]);
        // Standard input stays open and silent: the browser brings the code.
        command.stdin(std::process::Stdio::piped());
        let mut child = command.spawn().unwrap();
        let _stdin = child.stdin.take();
        let mut stdout = BufReader::new(child.stdout.take().unwrap());
        let authorize = support::next_line(&mut stdout).await;
        let redirect = support::approve(&authorize).await;
        assert!(redirect.starts_with(&redirect_uri), "{redirect}");
        // The browser follows the redirect to the CLI's listener.
        let landing = reqwest::get(&redirect).await.unwrap();
        assert_eq!(landing.status(), 200);
        assert!(
            landing
                .text()
                .await
                .unwrap()
                .contains("authorization received")
        );
        let status = child.wait().await.unwrap();
        assert_eq!(status.code(), Some(0));
        assert_eq!(env.token_requests(), ["authorization_code"]);
        assert!(env.token_file().exists());
    })
    .await
}

#[tokio::test(flavor = "multi_thread")]
async fn a_redirect_with_another_state_is_refused() {
    support::bounded(async {
        let env = Env::new().await;
        let code = env.server.issue_code();
        let forged = format!(
            "{}?code={code}&state=not-the-one-sent",
            env.server.redirect_uri()
        );
        let run = env
            .run_with_input(&["auth", "login"], &format!("{forged}\n"))
            .await;
        run.expect_code(1);
        assert!(run.stderr.contains("does not match"), "{run:#?}");
        assert!(env.token_requests().is_empty(), "the code was not spent");
        assert!(!env.token_file().exists());
    })
    .await
}

#[tokio::test(flavor = "multi_thread")]
async fn a_list_with_all_in_every_format() {
    support::bounded(async {
        let env = Env::with_dataset(Dataset::empty().companies(230).users(3)).await;
        env.log_in().await;
        let ids = env.server.ids("companies");

        let ndjson = env.run(&["companies", "list", "--all"]).await;
        ndjson.ok();
        let records = ndjson.json_lines();
        let got: Vec<&str> = records.iter().map(|r| r["id"].as_str().unwrap()).collect();
        assert_eq!(got, ids);
        assert_eq!(records[0], env.server.record("companies", &ids[0]).unwrap());
        // Pages 2 and 3 are in flight together (read-ahead): answered in either order.
        let mut pages: Vec<String> = env.api_requests().into_iter().map(|(_, _, q)| q).collect();
        pages.sort();
        assert_eq!(
            pages,
            [1, 2, 3].map(|n| format!("page%5Bnumber%5D={n}&page%5Bsize%5D=100"))
        );

        let json = env.run(&["companies", "list", "--all", "-o", "json"]).await;
        json.ok();
        let array: Vec<Value> = serde_json::from_str(&json.stdout).unwrap();
        assert_eq!(array, records);

        let csv = env
            .run(&[
                "companies",
                "list",
                "--all",
                "-o",
                "csv",
                "--fields",
                "id,name",
            ])
            .await;
        csv.ok();
        let rows: Vec<&str> = csv.stdout.split_terminator("\r\n").collect();
        assert_eq!(rows.len(), 231);
        assert_eq!(rows[0], "id,name");
        assert!(rows[1].starts_with(&format!("{},", ids[0])), "{}", rows[1]);

        let table = env
            .run(&[
                "companies",
                "list",
                "--all",
                "-o",
                "table",
                "--fields",
                "id,name",
            ])
            .await;
        table.ok();
        assert_eq!(table.lines().len(), 231);
        assert!(table.lines()[0].starts_with("id"));
    })
    .await
}

#[tokio::test(flavor = "multi_thread")]
async fn each_output_format_of_the_same_records() {
    support::bounded(async {
        let env = Env::new().await;
        env.log_in().await;
        for format in ["json", "ndjson", "csv", "table"] {
            let run = env
                .run(&[
                    "opportunities",
                    "list",
                    "--limit",
                    "3",
                    "-o",
                    format,
                    "--fields",
                    "id,name,amount,custom.bc_packaging_quote,user.email",
                ])
                .await;
            run.ok();
            insta::assert_snapshot!(format!("opportunities_list_{format}"), run.stdout);
        }
    })
    .await
}

#[tokio::test(flavor = "multi_thread")]
async fn fields_with_a_relationship_read_included_and_ask_for_it() {
    support::bounded(async {
        let env = Env::new().await;
        env.log_in().await;
        let run = env
            .run(&[
                "opportunities",
                "list",
                "--limit",
                "5",
                "--fields",
                "id,user.id,user.email",
            ])
            .await;
        run.ok();
        let rows = run.json_lines();
        assert_eq!(rows.len(), 5);
        for row in &rows {
            let user = env
                .server
                .record("users", row["user.id"].as_str().unwrap())
                .unwrap();
            assert_eq!(row["user.email"], user["attributes"]["email"], "{row}");
        }
        let (_, _, query) = &env.api_requests()[0];
        assert_eq!(query, "include=user&page%5Bnumber%5D=1&page%5Bsize%5D=5");
    })
    .await
}

#[tokio::test(flavor = "multi_thread")]
async fn get_prints_the_document_as_it_came() {
    support::bounded(async {
        let env = Env::new().await;
        env.log_in().await;
        let id = env.server.ids("opportunities")[0].clone();
        let run = env
            .run(&["opportunities", "get", &id, "--include", "user,company"])
            .await;
        run.ok();
        let document: Value = serde_json::from_str(&run.stdout).unwrap();
        assert_eq!(
            document["data"],
            env.server.record("opportunities", &id).unwrap()
        );
        let types: Vec<&str> = document["included"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r["type"].as_str().unwrap())
            .collect();
        assert!(
            types.contains(&"user") && types.contains(&"company"),
            "{types:?}"
        );
    })
    .await
}

#[tokio::test(flavor = "multi_thread")]
async fn dry_run_sends_nothing() {
    support::bounded(async {
        let env = Env::new().await;
        env.log_in().await;
        let id = env.server.ids("opportunities")[0].clone();
        let events_before = env.server.events().len();
        let run = env
            .run(&[
                "opportunities",
                "update",
                &id,
                "--set",
                "name=Roof",
                "--custom",
                "bc_packaging_quote=Q-1",
                "--dry-run",
            ])
            .await;
        run.ok();
        let plan: Value = serde_json::from_str(&run.stdout).unwrap();
        assert_eq!(plan["method"], "PUT");
        assert_eq!(
            plan["url"],
            format!("{}/opportunities/{id}", env.server.api_url())
        );
        assert_eq!(
            plan["body"],
            json!({ "data": { "type": "opportunity", "id": id,
            "attributes": { "name": "Roof", "custom": { "bc_packaging_quote": "Q-1" } } } })
        );
        assert_eq!(
            env.server.events().len(),
            events_before,
            "no request of any kind"
        );

        let run = env.run(&["companies", "delete", "1", "--dry-run"]).await;
        run.ok();
        assert_eq!(env.server.events().len(), events_before);
    })
    .await
}

#[tokio::test(flavor = "multi_thread")]
async fn if_changed_skips_the_second_write_and_verify_reads_back() {
    support::bounded(async {
        let env = Env::new().await;
        env.log_in().await;
        let id = env.server.ids("opportunities")[0].clone();
        let args = [
            "opportunities",
            "update",
            &id,
            "--custom",
            "bc_packaging_quote=https://erp.example.com/quotes/Q-10055",
            "--if-changed",
            "--verify",
        ];
        let first = env.run(&args).await;
        first.ok();
        assert!(first.stderr.contains("verified"), "{first:#?}");
        let methods: Vec<String> = env.api_requests().into_iter().map(|(m, _, _)| m).collect();
        assert_eq!(methods, ["GET", "PUT", "GET"]);
        let stored = env.server.record("opportunities", &id).unwrap();
        assert_eq!(
            stored["attributes"]["custom"]["bc_packaging_quote"],
            "https://erp.example.com/quotes/Q-10055"
        );

        let second = env.run(&args).await;
        second.ok();
        assert!(second.stderr.contains("unchanged"), "{second:#?}");
        let methods: Vec<String> = env.api_requests().into_iter().map(|(m, _, _)| m).collect();
        assert_eq!(methods, ["GET", "PUT", "GET", "GET"], "no second PUT");
    })
    .await
}

#[tokio::test(flavor = "multi_thread")]
async fn verify_fails_when_spiro_does_not_keep_a_value() {
    support::bounded(async {
        let env = Env::new().await;
        env.log_in().await;
        let id = env.server.ids("opportunities")[0].clone();
        // The mock ignores attributes the spec does not declare, as Spiro may.
        let body = env.dir.path().join("body.json");
        std::fs::write(
            &body,
            json!({ "data": { "type": "opportunity", "id": id,
            "attributes": { "nickname": "Roofy" } } })
            .to_string(),
        )
        .unwrap();
        let run = env
            .run(&[
                "opportunities",
                "update",
                &id,
                "--json-body",
                body.to_str().unwrap(),
                "--verify",
            ])
            .await;
        run.expect_code(1);
        assert!(
        run.stderr.contains(
            "--verify: Spiro did not keep every value written: nickname: has null, wanted \"Roofy\""
        ),
        "{run:#?}"
    );
    })
    .await
}

#[tokio::test(flavor = "multi_thread")]
async fn set_refuses_what_the_spec_does_not_know() {
    support::bounded(async {
        let env = Env::new().await;
        env.log_in().await;
        let run = env
            .run(&["opportunities", "update", "1", "--set", "nmae=Roof"])
            .await;
        run.expect_code(2);
        assert!(
            run.stderr
                .contains("`nmae` is not an attribute of opportunity"),
            "{run:#?}"
        );
        assert!(env.api_requests().is_empty());
    })
    .await
}

#[tokio::test(flavor = "multi_thread")]
async fn apply_goes_on_past_a_bad_line_and_fails_at_the_end() {
    support::bounded(async {
    let env = Env::new().await;
    env.log_in().await;
    let ids = env.server.ids("opportunities");
    let batch = [
        json!({ "resource": "opportunities", "id": ids[0], "custom": { "bc_packaging_quote": "Q-1" } })
            .to_string(),
        json!({ "resource": "opportunities", "id": "999999999", "set": { "name": "Nobody" } })
            .to_string(),
        "{ not json".to_owned(),
        json!({ "resource": "opportunities", "id": ids[1], "set": { "name": "Gutters" } })
            .to_string(),
    ]
    .join("\n");
    let file = env.dir.path().join("queue.ndjson");
    std::fs::write(&file, &batch).unwrap();

    let dry = env
        .run(&["apply", file.to_str().unwrap(), "--dry-run"])
        .await;
    dry.expect_code(1); // the line that is not JSON fails even in a dry run
    assert!(env.api_requests().is_empty());
    let planned: Vec<Value> = dry.json_lines();
    assert_eq!(planned[0]["outcome"], "planned");
    assert_eq!(planned[0]["request"]["method"], "PUT");

    let run = env
        .run(&["apply", file.to_str().unwrap(), "--if-changed"])
        .await;
    run.expect_code(1);
    let outcomes: Vec<(Value, Value)> = run
        .json_lines()
        .into_iter()
        .map(|l| (l["line"].clone(), l["outcome"].clone()))
        .collect();
    assert_eq!(
        outcomes,
        [
            (json!(1), json!("updated")),
            (json!(2), json!("failed")),
            (json!(3), json!("failed")),
            (json!(4), json!("updated")),
        ]
    );
    assert!(
        run.json_lines()[1]["error"]
            .as_str()
            .unwrap()
            .contains("404")
    );
    assert!(run.stderr.contains("2 of the lines"), "{run:#?}");
    assert_eq!(
        env.server.record("opportunities", &ids[1]).unwrap()["attributes"]["name"],
        "Gutters"
    );

    // Again: the first line holds already.
    let again = env
        .run(&["apply", file.to_str().unwrap(), "--if-changed"])
        .await;
    assert_eq!(again.json_lines()[0]["outcome"], "unchanged");
}).await
}

#[tokio::test(flavor = "multi_thread")]
async fn api_paginate_follows_page_number() {
    support::bounded(async {
        let env = Env::with_dataset(Dataset::empty().companies(120).users(2)).await;
        env.log_in().await;
        let run = env
            .run(&[
                "api",
                "GET",
                "/companies",
                "-f",
                "page[size]=50",
                "--paginate",
            ])
            .await;
        run.ok();
        let ids: Vec<String> = run
            .json_lines()
            .iter()
            .map(|r| r["id"].as_str().unwrap().to_owned())
            .collect();
        assert_eq!(ids, env.server.ids("companies"));
        let mut queries: Vec<String> = env.api_requests().into_iter().map(|(_, _, q)| q).collect();
        queries.sort(); // read-ahead: pages 2 and 3 are answered in either order
        assert_eq!(
            queries,
            [1, 2, 3].map(|n| format!("page%5Bnumber%5D={n}&page%5Bsize%5D=50"))
        );

        let one = env
            .run(&["api", "GET", &format!("/companies/{}", ids[0])])
            .await;
        one.ok();
        let document: Value = serde_json::from_str(&one.stdout).unwrap();
        assert_eq!(document["data"]["id"], json!(ids[0]));

        let outside = env.run(&["api", "GET", "https://evil.example/x"]).await;
        outside.expect_code(2);
        assert_eq!(env.api_requests().len(), 4);

        let missing = env.run(&["api", "GET", "/companies/999999999"]).await;
        missing.expect_code(3);
    })
    .await
}

#[tokio::test(flavor = "multi_thread")]
async fn a_revoked_grant_says_to_log_in_and_exits_4() {
    support::bounded(async {
        let env = Env::new().await;
        env.log_in().await;
        env.server.revoke_all_tokens();
        let run = env.run(&["companies", "list"]).await;
        run.expect_code(4);
        assert!(run.stderr.contains("re-authorization required"), "{run:#?}");
        assert!(run.stderr.contains("run `spiro auth login`"), "{run:#?}");
        assert!(run.stdout.is_empty());
    })
    .await
}

#[tokio::test(flavor = "multi_thread")]
async fn a_token_refreshed_and_rotated_between_two_commands() {
    support::bounded(async {
        let env = Env::new().await;
        env.log_in().await;
        env.run(&["users", "list"]).await.ok();
        let before = std::fs::read_to_string(env.token_file()).unwrap();

        env.server.expire_access_tokens();
        env.run(&["users", "list"]).await.ok();
        let after = std::fs::read_to_string(env.token_file()).unwrap();
        assert_ne!(before, after, "the rotated tokens were stored");
        assert_eq!(env.token_requests(), ["refresh_token"]);
        let generations: Vec<u64> = env
            .server
            .events()
            .into_iter()
            .filter_map(|e| match e {
                Event::TokensIssued { generation, .. } => Some(generation),
                _ => None,
            })
            .collect();
        assert_eq!(generations, [1, 2]);
        assert!(
            env.server
                .events()
                .iter()
                .any(|e| matches!(e, Event::Revoked { .. })),
            "the old pair was revoked once the new one was used"
        );

        // The next command uses the stored, rotated tokens: no refresh.
        env.run(&["users", "list"]).await.ok();
        assert_eq!(env.token_requests(), ["refresh_token"]);
        let status = env.run(&["auth", "status"]).await;
        status.ok();
    })
    .await
}

#[tokio::test(flavor = "multi_thread")]
async fn auth_refresh_and_logout() {
    support::bounded(async {
        let env = Env::new().await;
        env.log_in().await;
        let refreshed = env.run(&["auth", "refresh"]).await;
        refreshed.ok();
        assert_eq!(env.token_requests(), ["refresh_token"]);
        assert!(refreshed.stdout.contains("tokens:       stored"));

        env.run(&["auth", "logout"]).await.ok();
        assert!(!env.token_file().exists());
        let status = env.run(&["auth", "status"]).await;
        status.expect_code(4);
        assert!(status.stdout.contains("tokens:       none"));
        env.run(&["companies", "list"]).await.expect_code(4);
    })
    .await
}

#[tokio::test(flavor = "multi_thread")]
async fn the_first_record_prints_before_the_last_page_is_fetched() {
    support::bounded(async {
        let env = Env::new().await; // 250 companies: three pages of 100
        env.log_in().await;
        // Once the first page is answered, the second waits 5 s (the third cannot be asked for
        // before the second is answered): far more than reading a line and the event log takes.
        let server = std::sync::Arc::downgrade(&env.server);
        env.server.on_event(move |event| {
            if let Event::ApiRequest {
                query: Some(query), ..
            } = event
                && query.contains("page%5Bnumber%5D=1&")
                && let Some(server) = server.upgrade()
            {
                server.inject(Target::Api, Fault::latency(Duration::from_secs(5)).times(1));
            }
        });
        let mut child = env
            .command(&["companies", "list", "--all"])
            .spawn()
            .unwrap();
        let mut stdout = BufReader::new(child.stdout.take().unwrap());
        let first = support::next_line(&mut stdout).await;
        let record: Value = serde_json::from_str(&first).unwrap();
        assert_eq!(record["id"], json!(env.server.ids("companies")[0]));
        let answered: Vec<String> = env.api_requests().into_iter().map(|(_, _, q)| q).collect();
        assert!(
            !answered.iter().any(|q| q.contains("page%5Bnumber%5D=3")),
            "the last page was not answered yet: {answered:?}"
        );
        let mut rest = String::new();
        tokio::io::AsyncReadExt::read_to_string(&mut stdout, &mut rest)
            .await
            .unwrap();
        assert_eq!(rest.lines().count(), 249);
        assert_eq!(child.wait().await.unwrap().code(), Some(0));
    })
    .await
}

#[tokio::test(flavor = "multi_thread")]
async fn a_closed_pipe_ends_quietly() {
    support::bounded(async {
        let env = Env::with_dataset(Dataset::empty().companies(3000).users(2)).await;
        env.log_in().await;
        let mut child = env
            .command(&["companies", "list", "--all"])
            .spawn()
            .unwrap();
        let mut stdout = BufReader::new(child.stdout.take().unwrap());
        let mut first = String::new();
        stdout.read_line(&mut first).await.unwrap();
        drop(stdout); // `| head -1`
        let output = child.wait_with_output().await.unwrap();
        assert_eq!(output.status.code(), Some(0));
        assert_eq!(String::from_utf8_lossy(&output.stderr), "");
    })
    .await
}

#[tokio::test(flavor = "multi_thread")]
async fn doctor_checks_everything_and_fails_without_tokens() {
    support::bounded(async {
        let env = Env::new().await;
        let run = env.run(&["doctor"]).await;
        run.expect_code(4);
        assert!(run.stdout.contains("FAIL  token store"), "{run:#?}");
        let unconfigured = env
            .run_command(
                {
                    let mut command = env.command(&["doctor"]);
                    command.env_remove("SPIRO_CLIENT_SECRET");
                    command
                },
                None,
            )
            .await;
        unconfigured.expect_code(2);
        assert!(
            unconfigured
                .stdout
                .contains("FAIL  configuration  no client secret: set SPIRO_CLIENT_SECRET"),
            "{unconfigured:#?}"
        );

        env.log_in().await;
        let run = env.run(&["doctor"]).await;
        run.ok();
        for check in [
            "configuration",
            "client secret",
            "token store",
            "token",
            "request",
            "clock",
            "TLS",
        ] {
            assert!(
                run.stdout
                    .lines()
                    .any(|l| l.starts_with("ok") && l[6..].starts_with(check)),
                "{check}: {run:#?}"
            );
        }
        assert!(!run.stdout.contains(env.server.client_secret()));
    })
    .await
}

#[tokio::test(flavor = "multi_thread")]
async fn profiles_from_a_private_config_file() {
    support::bounded(async {
    let env = Env::new().await;
    env.log_in().await;
    let config = format!(
        "default_profile = \"sandbox\"\n\n[profiles.sandbox]\nclient_id = {:?}\nclient_secret = {:?}\nredirect_uri = {:?}\ntoken_store = {:?}\noauth_url = {:?}\napi_url = {:?}\n",
        env.server.client_id(),
        env.server.client_secret(),
        env.server.redirect_uri(),
        env.token_file().display().to_string(),
        env.server.oauth_url(),
        env.server.api_url(),
    );
    std::fs::write(env.config_file(), config).unwrap();
    let from_file = |args: &[&str]| {
        let mut command = env.command(args);
        for name in [
            "SPIRO_CLIENT_ID",
            "SPIRO_CLIENT_SECRET",
            "SPIRO_REDIRECT_URI",
            "SPIRO_TOKEN_FILE",
            "SPIRO_OAUTH_URL",
            "SPIRO_API_URL",
        ] {
            command.env_remove(name);
        }
        command
    };
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let path = env.config_file();
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).unwrap();
        let refused = env.run_command(from_file(&["users", "list"]), None).await;
        refused.expect_code(2);
        assert!(refused.stderr.contains("chmod 600"), "{refused:#?}");
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600)).unwrap();
    }
    env.run_command(from_file(&["users", "list"]), None)
        .await
        .ok();
    let unknown = env
        .run_command(from_file(&["--profile", "prod", "users", "list"]), None)
        .await;
    unknown.expect_code(2);
    assert!(unknown.stderr.contains("no profile `prod`"), "{unknown:#?}");
}).await
}

#[tokio::test(flavor = "multi_thread")]
async fn usage_and_not_found_have_their_exit_codes() {
    support::bounded(async {
        let env = Env::new().await;
        env.log_in().await;
        env.run(&["companies", "list", "--no-such-flag"])
            .await
            .expect_code(2);
        env.run(&["companies", "list", "--all", "--limit", "3"])
            .await
            .expect_code(2);
        let missing = env.run(&["companies", "get", "999999999"]).await;
        missing.expect_code(3);
        assert!(missing.stderr.contains("404"), "{missing:#?}");
        let help = env.run(&["companies", "list", "--help"]).await;
        help.ok();
        assert!(help.stdout.contains("Example:"));
    })
    .await
}

#[tokio::test(flavor = "multi_thread")]
async fn completions_for_every_shell() {
    support::bounded(async {
        let env = Env::new().await;
        for shell in ["bash", "zsh", "fish", "powershell"] {
            let run = env.run(&["completion", shell]).await;
            run.ok();
            assert!(run.stdout.contains("opportunities"), "{shell}");
            assert!(run.stdout.contains("if-changed"), "{shell}");
        }
    })
    .await
}
