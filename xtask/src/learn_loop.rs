//! The whole learning loop, end to end, as a new user runs it: spiro-mock answers with the
//! deviations issue 14 found (a new string field on every opportunity, a new integer on some
//! companies, `priority` as a number, a contact `title` as an object, a field always null, a new
//! nested object), with the envelope, `included` and a 404 around them → spiro-api captures the
//! shapes → `learn` merges them (the capture passed off as Spiro's in the one visible place,
//! [`crate::learn::as_if_from_spiro`]) → `generate` → a scratch copy of the workspace, holding
//! the learned spec, is checked (`cargo xtask check`), **compiled with the hand-written crates
//! and its tests run** (`cargo test -p spiro-api -p spiro-mock`, sharing this build's target
//! directory so that no dependency is built twice).

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use serde_json::json;
use spiro_mock::{Dataset, Server};

use crate::{generate, learn, spec};

/// The type of every field of every `…Attributes` struct of `types` in generated code, without
/// spaces.
fn attribute_types(code: &str) -> BTreeMap<(String, String), String> {
    fn walk(items: &[syn::Item], out: &mut BTreeMap<(String, String), String>) {
        for item in items {
            match item {
                syn::Item::Struct(s) if s.ident.to_string().ends_with("Attributes") => {
                    for field in &s.fields {
                        let ty = &field.ty;
                        let name = field
                            .ident
                            .as_ref()
                            .map(ToString::to_string)
                            .unwrap_or_default();
                        out.insert(
                            (s.ident.to_string(), name),
                            quote::quote!(#ty).to_string().replace(' ', ""),
                        );
                    }
                }
                // The structs of `mod types`, not those of typify's `types::builder`.
                syn::Item::Mod(m) if m.ident == "types" => {
                    if let Some((_, items)) = &m.content {
                        walk(items, out);
                    }
                }
                _ => {}
            }
        }
    }
    let file: syn::File = syn::parse_str(code).expect("generated code parses");
    let mut out = BTreeMap::new();
    walk(&file.items, &mut out);
    out
}

/// The Rust types a field may take after learning, given its type before: the same type, or a
/// wider lenient one. A strict type never changes.
fn allowed_after(before: &str) -> Vec<String> {
    let wrap = |t: &str| format!("::std::option::Option<{t}>");
    let (text, amount, timestamp, json) = (
        wrap("crate::Text"),
        wrap("crate::Amount"),
        wrap("crate::Timestamp"),
        wrap("::serde_json::Value"),
    );
    if before == text {
        vec![text, json]
    } else if before == amount {
        vec![amount, text, json]
    } else if before == timestamp {
        vec![timestamp, json]
    } else {
        vec![before.to_owned()]
    }
}

/// The files of the workspace: tracked, and untracked but not ignored (a change in progress).
fn workspace_files(root: &Path) -> Vec<PathBuf> {
    let output = Command::new("git")
        .args([
            "ls-files",
            "-z",
            "--cached",
            "--others",
            "--exclude-standard",
        ])
        .current_dir(root)
        .output()
        .expect("git runs");
    assert!(output.status.success(), "git ls-files failed");
    output
        .stdout
        .split(|b| *b == 0)
        .filter(|p| !p.is_empty())
        .map(|p| PathBuf::from(String::from_utf8_lossy(p).into_owned()))
        .filter(|p| root.join(p).is_file())
        .collect()
}

/// Copies the workspace to `scratch`, writing only the files whose contents differ (so that
/// cargo sees unchanged files as unchanged) and removing the files the workspace no longer has.
fn sync_scratch(root: &Path, scratch: &Path) {
    let files = workspace_files(root);
    let wanted: BTreeSet<PathBuf> = files.iter().cloned().collect();
    for file in &files {
        let (from, to) = (root.join(file), scratch.join(file));
        let contents = std::fs::read(&from).expect("read");
        if std::fs::read(&to).ok().as_deref() != Some(contents.as_slice()) {
            std::fs::create_dir_all(to.parent().expect("parent")).expect("mkdir");
            std::fs::write(&to, contents).expect("write");
        }
    }
    let mut stack = vec![scratch.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).expect("read_dir") {
            let path = entry.expect("entry").path();
            if path.is_dir() {
                stack.push(path);
            } else if let Ok(relative) = path.strip_prefix(scratch)
                && !wanted.contains(relative)
            {
                std::fs::remove_file(&path).expect("remove a stale file");
            }
        }
    }
}

/// This build's target directory (`<target>/debug/deps/xtask-…` is running).
fn target_dir() -> PathBuf {
    let exe = std::env::current_exe().expect("current exe");
    exe.ancestors().nth(3).expect("target dir").to_path_buf()
}

/// The deviating capture: eight ordinary calls against spiro-mock made to deviate.
async fn deviating_capture(capture: &Path) {
    let server = Server::builder()
        .dataset(
            Dataset::empty()
                .companies(6)
                .contacts(5)
                .opportunities(8)
                .users(2)
                .pipelines(1)
                .stages_per_pipeline(3),
        )
        .start()
        .await
        .expect("mock");
    let opportunities = server.ids("opportunities");
    for (i, id) in opportunities.iter().enumerate() {
        assert!(server.set_attribute("opportunities", id, "win_reason", json!("Price")));
        let address = json!({ "street": "1 Main St", "city": "Winona" });
        assert!(server.set_attribute("opportunities", id, "shipping_address", address));
        if i == 0 {
            assert!(server.set_attribute("opportunities", id, "priority", json!(3)));
        }
    }
    for id in server.ids("companies").iter().step_by(2) {
        assert!(server.set_attribute("companies", id, "employee_count", json!(250)));
    }
    let contacts = server.ids("contacts");
    for id in &contacts {
        assert!(server.set_attribute("contacts", id, "legacy_code", json!(null)));
    }
    assert!(server.set_attribute(
        "contacts",
        &contacts[0],
        "title",
        json!({ "label": "Buyer" })
    ));

    let client = spiro_api::Client::builder()
        .base_url(server.api_url())
        .access_token(server.issue_tokens().access_token.as_str())
        .capture_shapes(capture)
        .build()
        .expect("client");
    // Whatever today's client decodes, the capture sees Spiro's (here: the mock's) answers.
    let company = server.ids("companies")[0].clone();
    let pipeline = server.ids("pipelines")[0].clone();
    let _ = client.list_opportunities().page_size(50).send().await;
    let _ = client
        .get_opportunity()
        .id(&opportunities[0])
        .include("user,company")
        .send()
        .await;
    let _ = client.list_companies().page_size(50).send().await;
    let _ = client.get_company().id(&company).send().await;
    let _ = client.list_contacts().page_size(50).send().await;
    let _ = client.get_contact().id(&contacts[1]).send().await;
    let _ = client
        .list_pipeline_opportunity_stages()
        .id(&pipeline)
        .send()
        .await;
    let missing = client.get_company().id("999999999").send().await;
    assert!(missing.expect_err("a 404").is_not_found());
    drop(client); // writes the capture
}

/// How long the capture may take: a few calls to a local mock.
const CAPTURE_LIMIT: Duration = Duration::from_secs(30);

/// How long the scratch workspace's `cargo test` may take: it builds spiro-api anew with the
/// learned spec's code, then runs the spiro-api and spiro-mock tests (about 4 minutes on a
/// busy 2-core machine). Past it cargo is killed (its test binaries, each test bounded by its
/// own limit, end on their own) and the test fails.
const SCRATCH_TEST_LIMIT: Duration = Duration::from_secs(15 * 60);

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_deviating_capture_lands_on_a_workspace_that_builds_and_passes_its_tests() {
    let root = crate::root();
    let work = target_dir().join("learn-loop");
    std::fs::create_dir_all(&work).expect("mkdir");
    let capture = work.join("shapes.jsonl");
    let _ = std::fs::remove_file(&capture);

    // 1. Capture (a handful of calls to a local mock: seconds).
    tokio::time::timeout(CAPTURE_LIMIT, deviating_capture(&capture))
        .await
        .expect("the capture finished within its limit");
    let captured = std::fs::read_to_string(&capture).expect("capture written");

    // 2. Learn. From loopback, it is not evidence: nothing changes, and learn says why.
    let spec_text = std::fs::read_to_string(root.join(spec::PATH)).expect("spec");
    let md = std::fs::read_to_string(root.join(spec::EVIDENCE_PATH)).expect("EVIDENCE.md");
    let from_mock = learn::read_capture("shapes.jsonl", &captured).expect("valid capture");
    let refused = learn::learn(&spec_text, &md, &[from_mock], false)
        .expect_err("a capture of spiro-mock is not evidence")
        .to_string();
    assert!(refused.contains("127.0.0.1, this machine"), "{refused}");
    // Passed off as Spiro's (the one visible place where a test does that), it is learned.
    let capture = learn::read_capture("shapes.jsonl", &learn::as_if_from_spiro(&captured))
        .expect("valid capture");
    let learned = learn::learn(&spec_text, &md, &[capture], false).expect("learns");
    learn::verify(&learned).expect("the generator accepts it");
    let notes = learned.notes.join("\n");
    let model: serde_yaml::Value = serde_yaml::from_str(&learned.spec).expect("yaml");
    let attrs = |schema: &str, name: &str| {
        model["components"]["schemas"][schema]["properties"][name].clone()
    };
    let win = attrs("OpportunityAttributes", "win_reason");
    assert_eq!(win["type"], "string");
    assert_eq!(win["readOnly"], true);
    assert_eq!(win["x-spiro-evidence"]["level"], "observed");
    assert_eq!(
        win["x-spiro-evidence"]["seen"]["types"]["string"], 9,
        "8 in the list, 1 single"
    );
    let employees = attrs("CompanyAttributes", "employee_count");
    assert_eq!(employees["type"], "integer");
    let seen = &employees["x-spiro-evidence"]["seen"];
    assert!(
        seen["types"]["integer"].as_u64() < seen["records"].as_u64(),
        "{seen:?}"
    );
    assert_eq!(
        attrs("OpportunityAttributes", "shipping_address")["type"],
        "object"
    );
    assert!(attrs("ContactAttributes", "legacy_code").is_null());
    assert!(
        notes.contains("`legacy_code` of ContactAttributes was only ever null"),
        "{notes}"
    );
    assert!(
        notes.contains("left alone") && notes.contains("the envelope"),
        "{notes}"
    );
    assert!(notes.contains("error answers (get_company 404)"), "{notes}");
    let before: serde_yaml::Value = serde_yaml::from_str(&spec_text).expect("yaml");
    for schema in [
        "Pagination",
        "ResourceId",
        "IncludedResource",
        "ErrorDocument",
        "Relationships",
    ] {
        assert_eq!(
            model["components"]["schemas"][schema], before["components"]["schemas"][schema],
            "the envelope's {schema} changed"
        );
    }

    // 3. Generate: new fields in the read types only; no strict field changed its Rust type;
    //    nothing got narrower.
    let learned_spec = spec::parse(&learned.spec).expect("parses");
    let old = attribute_types(&generate::render(&spec::parse(&spec_text).unwrap()).unwrap());
    let new = attribute_types(&generate::render(&learned_spec).unwrap());
    for (field, before) in &old {
        let after = new
            .get(field)
            .unwrap_or_else(|| panic!("{field:?} disappeared"));
        assert!(
            allowed_after(before).contains(after),
            "{field:?}: {before} became {after}"
        );
    }
    let field = |s: &str, f: &str| new.get(&(s.to_owned(), f.to_owned())).cloned();
    assert_eq!(
        field("OpportunityAttributes", "win_reason").as_deref(),
        Some("::std::option::Option<crate::Text>")
    );
    assert_eq!(field("OpportunityWriteAttributes", "win_reason"), None);
    assert_eq!(
        field("ContactAttributes", "title").as_deref(),
        Some("::std::option::Option<::serde_json::Value>")
    );
    assert_eq!(
        field("OpportunityAttributes", "priority").as_deref(),
        Some("::std::option::Option<crate::Text>"),
        "a string-or-integer priority is still read as Text"
    );
    assert_eq!(
        field("OpportunityAttributes", "name").as_deref(),
        Some("::std::option::Option<::std::string::String>"),
        "a live field confirmed keeps its strict type"
    );

    // 4. A scratch copy of the workspace with the learned spec: `cargo xtask check` passes,
    //    and the hand-written crates build against the generated client and pass their tests.
    let scratch = work.join("workspace");
    sync_scratch(&root, &scratch);
    for (path, text) in [
        (scratch.join(spec::PATH), &learned.spec),
        (scratch.join(spec::EVIDENCE_PATH), &learned.evidence_md),
    ] {
        if std::fs::read_to_string(&path).ok().as_ref() != Some(text) {
            std::fs::write(&path, text).expect("write");
        }
    }
    crate::generate_all(&scratch).expect("generate in the scratch workspace");
    crate::check_all(&scratch).expect("`cargo xtask check` passes on the learned workspace");
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let started = std::time::Instant::now();
    let output = tokio::process::Command::new(cargo)
        .args([
            "test",
            "--locked",
            "-p",
            "spiro-api",
            "-p",
            "spiro-mock",
            "--target-dir",
        ])
        .arg(target_dir())
        .current_dir(&scratch)
        .env_remove("CARGO_TARGET_DIR")
        .kill_on_drop(true)
        .output();
    let output = tokio::time::timeout(SCRATCH_TEST_LIMIT, output)
        .await
        .unwrap_or_else(|_| {
            panic!("the learned workspace's `cargo test` still ran after {SCRATCH_TEST_LIMIT:?}: killed")
        })
        .expect("cargo runs");
    println!(
        "learn loop: the scratch workspace ({}) built and tested in {:.0?}",
        scratch.display(),
        started.elapsed()
    );
    if !output.status.success() {
        let log = String::from_utf8_lossy(&output.stderr) + String::from_utf8_lossy(&output.stdout);
        let tail: Vec<&str> = log.lines().rev().take(150).collect();
        let tail: Vec<&str> = tail.into_iter().rev().collect();
        panic!(
            "the learned workspace does not build or its tests fail:\n{}",
            tail.join("\n")
        );
    }
}
