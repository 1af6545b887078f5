//! The `spiro-mock` binary (cargo feature `cli`) serves the records of a `--dataset` file, and
//! refuses a file the spec refuses with a message that names it. CI runs it with
//! `cargo test -p spiro-mock --features cli --test binary`.

use std::process::Stdio;
use std::time::Duration;

use spiro_mock::limit::bounded;
use tokio::io::{AsyncBufReadExt, BufReader};
use tokio::process::Command;

fn spiro_mock(dataset: &std::path::Path) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_spiro-mock"));
    command
        .args(["--port", "0", "--dataset"])
        .arg(dataset)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .kill_on_drop(true);
    command
}

/// `json` written to a file `name` in a new temporary directory (kept while the guard lives).
fn dataset_file(name: &str, json: &str) -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join(name);
    std::fs::write(&file, json).unwrap();
    (dir, file)
}

/// The JSON answer to `request`.
async fn json_of(request: reqwest::RequestBuilder) -> serde_json::Value {
    request.send().await.unwrap().json().await.unwrap()
}

#[tokio::test(flavor = "multi_thread")]
async fn serves_the_records_of_a_dataset_file() {
    bounded(async {
        let (_dir, file) = dataset_file(
            "crm.json",
            r#"{ "companies": [{ "id": 10, "attributes": { "name": "Acme" } }],
                 "contacts": [{ "attributes": { "first_name": "Pat" }, "relationships": { "company": "10" } }] }"#,
        );
        let mut child = spiro_mock(&file).spawn().unwrap();
        let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
        let mut printed = std::collections::BTreeMap::new();
        while let Some(line) = lines.next_line().await.unwrap() {
            if let Some(base) = line.strip_prefix("spiro-mock listening on ") {
                printed.insert("base".to_owned(), base.to_owned());
            } else if let Some((key, value)) = line.trim().split_once(": ") {
                printed.insert(key.to_owned(), value.trim().to_owned());
            }
            if line.starts_with("Press Ctrl-C") {
                break;
            }
        }
        assert!(printed["dataset"].ends_with("crm.json"), "{printed:?}");

        // A code from the authorize endpoint, a token for it, then the API.
        let http = reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .timeout(Duration::from_secs(10))
            .build()
            .unwrap();
        let authorize = http
            .get(&printed["authorize"])
            .query(&[
                ("client_id", printed["client_id"].as_str()),
                ("redirect_uri", printed["redirect_uri"].as_str()),
                ("response_type", "code"),
            ])
            .send()
            .await
            .unwrap();
        let location = url::Url::parse(authorize.headers()["location"].to_str().unwrap()).unwrap();
        let code = location
            .query_pairs()
            .find(|(k, _)| k == "code")
            .unwrap()
            .1
            .into_owned();
        let tokens = json_of(http.post(&printed["token"]).json(&serde_json::json!({
            "grant_type": "authorization_code",
            "client_id": printed["client_id"],
            "client_secret": printed["client_secret"],
            "redirect_uri": printed["redirect_uri"],
            "code": code,
        })))
        .await;
        let contacts = json_of(
            http.get(format!("{}/contacts?include=company", printed["API"]))
                .bearer_auth(tokens["access_token"].as_str().unwrap()),
        )
        .await;
        assert_eq!(contacts["data"].as_array().unwrap().len(), 1, "{contacts}");
        assert_eq!(contacts["data"][0]["attributes"]["first_name"], "Pat");
        assert_eq!(contacts["included"][0]["attributes"]["name"], "Acme");
    })
    .await
}

#[tokio::test(flavor = "multi_thread")]
async fn refuses_a_dataset_the_spec_refuses_and_says_which() {
    bounded(async {
        let (_dir, file) = dataset_file(
            "dangling.json",
            r#"{ "contacts": [{ "relationships": { "company": "5" } }] }"#,
        );
        let output = spiro_mock(&file).output().await.unwrap();
        assert_eq!(output.status.code(), Some(1));
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(stderr.contains("contacts[0]"), "{stderr}");
        assert!(stderr.contains("company"), "{stderr}");
        assert!(
            output.stdout.is_empty(),
            "no URLs printed for a server that did not start"
        );
    })
    .await
}
