use serde_json::{Value as Json, json};
use serde_yaml::Value;

use super::capture::tests::line;
use super::*;
use crate::spec;

fn stored() -> (String, String) {
    let root = crate::root();
    (
        std::fs::read_to_string(root.join(spec::PATH)).expect("spec"),
        std::fs::read_to_string(root.join(spec::EVIDENCE_PATH)).expect("EVIDENCE.md"),
    )
}

/// A capture file's text: a header (origin `host`, capture `id`, started `date`) and lines.
fn capture_text(host: &str, id: u8, date: &str, lines: &[String]) -> String {
    let header = json!({
        "format": capture::FORMAT, "capture": format!("{id:032x}"),
        "started": date, "updated": date, "cap_reached": false,
        "origin": { "host": host, "sdk": "spiro-api 0.1.0", "spec": "sha256:00" },
    });
    std::iter::once(header.to_string())
        .chain(lines.iter().cloned())
        .collect::<Vec<_>>()
        .join("\n")
}

fn capture(host: &str, id: u8, date: &str, lines: &[String]) -> Capture {
    read_capture("shapes.jsonl", &capture_text(host, id, date, lines)).expect("valid capture")
}

fn types(pairs: &[(&str, u64)]) -> Json {
    json!({ "types": pairs.iter().map(|(t, n)| ((*t).to_owned(), json!(n))).collect::<serde_json::Map<_, _>>() })
}

/// A single-opportunity answer with the deviations of issue 14 and everything learn must leave
/// alone, plus a page of contacts and a 404.
fn deviating() -> Vec<String> {
    vec![
        line(
            "get_opportunity",
            200,
            json!({
                "$": types(&[("object", 1)]),
                "data": types(&[("object", 1)]),
                "data.id": types(&[("integer", 1)]),
                "data.type": types(&[("integer", 1)]),
                "data.attributes": types(&[("object", 1)]),
                "data.attributes.name": types(&[("string", 1)]),
                "data.attributes.priority": types(&[("integer", 1)]),
                "data.attributes.win_reason": types(&[("string", 1)]),
                "data.attributes.always_null": types(&[("null", 1)]),
                "data.attributes.shipping": types(&[("object", 1)]),
                "data.attributes.shipping.city": types(&[("string", 1)]),
                "data.attributes.custom": types(&[("object", 1)]),
                "data.attributes.custom.rating.label": types(&[("string", 1)]),
                "data.attributes.___": types(&[("string", 1)]),
                "data.attributes.a-b": types(&[("string", 1)]),
                "data.attributes.x-spiro-evidence": types(&[("string", 1)]),
                "data.attributes.type": types(&[("string", 1)]),
                "data.attributes.*": types(&[("string", 3)]),
                "data.relationships.user.data.id": types(&[("string", 1)]),
                "included": types(&[("array", 1)]),
                "included[].attributes.first_name": types(&[("string", 1)]),
            }),
        ),
        line(
            "list_contacts",
            200,
            json!({
                "data[]": types(&[("object", 2)]),
                "data[].attributes": types(&[("object", 2)]),
                "data[].attributes.title": types(&[("string", 1), ("object", 1)]),
                "meta.pagination.current_page": types(&[("string", 1)]),
            }),
        ),
        line(
            "get_company",
            404,
            json!({"errors[]": types(&[("object", 1)])}),
        ),
    ]
}

fn yaml(text: &str) -> Value {
    serde_yaml::from_str(text).expect("yaml")
}

fn prop<'a>(model: &'a Value, schema: &str, name: &str) -> &'a Value {
    &model["components"]["schemas"][schema]["properties"][name]
}

fn has(notes: &[String], needles: &[&str]) -> bool {
    notes.iter().any(|n| needles.iter().all(|x| n.contains(x)))
}

#[test]
fn a_capture_of_spiro_grows_evidence_widens_and_adds_read_only_fields() {
    let (text, md) = stored();
    let c = capture("api.spiro.ai", 1, "2026-11-29", &deviating());
    let learned = learn(&text, &md, &[c], false).expect("learns");
    let notes = &learned.notes;
    let model = yaml(&learned.spec);
    let before = yaml(&text);
    assert_eq!(learned.sources, ["capture-2026-11-29"]);

    // Operations: evidence grows, a live one stays live.
    let op = &model["paths"]["/opportunities/{id}"]["get"]["x-spiro-evidence"];
    assert_eq!(op["level"], "live");
    let sources = op["sources"].as_sequence().unwrap();
    assert_eq!(sources.last().unwrap(), "capture-2026-11-29");
    assert_eq!(sources.len(), 7, "the six sources before, and the capture");

    // A live field confirmed: still live, still read strictly, with what was seen.
    let name = prop(&model, "OpportunityAttributes", "name");
    assert_eq!(name["x-spiro-evidence"]["level"], "live");
    assert_eq!(name["type"], "string");
    assert_eq!(
        name["x-spiro-evidence"]["seen"],
        yaml("{captures: 1, records: 1, types: {string: 1}}")
    );
    assert!(
        !has(notes, &["`name` of OpportunityAttributes: read"]),
        "{notes:#?}"
    );

    // `priority`, inferred text, seen as a number: widened, and still read as Text (never
    // narrower).
    let priority = prop(&model, "OpportunityAttributes", "priority");
    assert_eq!(
        priority["oneOf"],
        yaml("[{type: string, nullable: true}, {type: integer}]")
    );
    assert_eq!(priority["x-spiro-evidence"]["level"], "observed");
    assert_eq!(
        priority["x-spiro-evidence"]["sources"],
        yaml("[S8, capture-2026-11-29]")
    );
    assert!(
        has(notes, &["`priority` of OpportunityAttributes", "widened"]),
        "{notes:#?}"
    );

    // A contact title seen as an object: read as any JSON value from now on.
    assert!(
        has(
            notes,
            &["`title` of ContactAttributes: read as Text before, as any JSON value now"]
        ),
        "{notes:#?}"
    );

    // New fields: read-only (responses only), observed, with their counts.
    let win = prop(&model, "OpportunityAttributes", "win_reason");
    assert_eq!(win["type"], "string");
    assert_eq!(win["readOnly"], true);
    assert_eq!(win["x-spiro-evidence"]["level"], "observed");
    assert_eq!(win["x-spiro-evidence"]["seen"]["records"], 1);
    let shipping = prop(&model, "OpportunityAttributes", "shipping");
    assert_eq!(shipping["type"], "object");
    assert!(has(notes, &["fields inside `shipping`"]), "{notes:#?}");
    assert!(
        has(notes, &["`always_null`", "only ever null"]),
        "{notes:#?}"
    );
    assert!(prop(&model, "OpportunityAttributes", "always_null").is_null());

    // Names the generator would refuse are refused, with the field and the reason.
    for name in ["`___`", "`a-b`", "`x-spiro-evidence`"] {
        assert!(
            has(notes, &["refused: new field", name, "snake_case"]),
            "{name}: {notes:#?}"
        );
    }
    assert!(
        has(notes, &["refused: new field `type`", "keyword"]),
        "{notes:#?}"
    );
    assert!(has(notes, &["wrote as `*`", "not learned"]), "{notes:#?}");

    // The envelope, custom fields, `included` and errors are left alone.
    for alone in [
        "envelope (`type`)",
        "envelope (`id`)",
        "envelope (`relationships`)",
        "envelope (`included`)",
        "envelope (`meta`)",
        "custom fields",
        "error answers (get_company 404)",
    ] {
        assert!(has(notes, &["left alone", alone]), "{alone}: {notes:#?}");
    }
    for schema in [
        "Opportunity",
        "Pagination",
        "ResourceId",
        "IncludedResource",
        "ErrorDocument",
        "PicklistValue",
        "CustomFields",
    ] {
        assert_eq!(
            model["components"]["schemas"][schema], before["components"]["schemas"][schema],
            "{schema} changed"
        );
    }

    // Only the touched entries changed; the header comment is intact.
    assert!(
        learned
            .spec
            .starts_with(&text[..text.find("openapi:").unwrap()])
    );
    // EVIDENCE.md lists the capture; the learned spec passes the lint and the generator.
    let row = crate::sources::listed(&learned.evidence_md)["capture-2026-11-29"].clone();
    assert_eq!(row.backs, "live");
    assert!(row.text.contains(&format!("{:032x}", 1)), "{}", row.text);
    let learned_spec = spec::parse(&learned.spec).unwrap();
    assert_eq!(
        crate::lint::problems(&learned_spec, &learned.evidence_md),
        Vec::<String>::new()
    );
    verify(&learned).expect("the generator accepts the learned spec");
}

#[test]
fn the_envelope_never_changes_whatever_a_capture_shows() {
    let (text, md) = stored();
    let c = capture(
        "api.spiro.ai",
        2,
        "2026-11-29",
        &[line(
            "list_companies",
            200,
            json!({
                "data[]": types(&[("object", 1)]),
                "data[].type": types(&[("integer", 1)]),
                "data[].id": types(&[("object", 1)]),
                "data[].links.self": types(&[("string", 1)]),
                "meta.pagination.current_page": types(&[("string", 1)]),
                "meta.pagination.total_pages": types(&[("null", 1)]),
                "links.next": types(&[("string", 1)]),
            }),
        )],
    );
    let learned = learn(&text, &md, &[c], false).expect("learns");
    let diff = similar::TextDiff::from_lines(&text, &learned.spec);
    let changed: Vec<String> = diff
        .iter_all_changes()
        .filter(|c| c.tag() != similar::ChangeTag::Equal)
        .map(|c| c.value().to_owned())
        .collect();
    // Only the operation's sources grow.
    assert_eq!(changed, ["        - capture-2026-11-29\n"], "{changed:?}");
}

#[test]
fn evidence_only_grows_and_two_consistent_captures_make_a_field_strict() {
    let (text, md) = stored();
    let lines = |n: u64| {
        vec![line(
            "list_opportunities",
            200,
            json!({
                "data[].attributes": types(&[("object", n)]),
                "data[].attributes.win_reason": types(&[("string", n)]),
                "data[].attributes.name": types(&[("string", n)]),
            }),
        )]
    };
    let first = learn(
        &text,
        &md,
        &[capture("api.spiro.ai", 3, "2026-11-29", &lines(4))],
        false,
    )
    .expect("first");
    assert!(
        has(
            &first.notes,
            &["`win_reason` of OpportunityAttributes: read as Text"]
        ),
        "{:#?}",
        first.notes
    );
    let second = learn(
        &first.spec,
        &first.evidence_md,
        &[capture("api.spiro.ai", 4, "2026-11-29", &lines(6))],
        false,
    )
    .expect("second");
    assert_eq!(second.sources, ["capture-2026-11-29-2"]);
    let model = yaml(&second.spec);
    let win = &prop(&model, "OpportunityAttributes", "win_reason")["x-spiro-evidence"];
    assert_eq!(
        win["sources"],
        yaml("[capture-2026-11-29, capture-2026-11-29-2]")
    );
    assert_eq!(
        win["seen"],
        yaml("{captures: 2, records: 10, types: {string: 10}}")
    );
    assert!(
        has(
            &second.notes,
            &["`win_reason` of OpportunityAttributes: read as Text before, strictly now"]
        ),
        "{:#?}",
        second.notes
    );
    // `name` was live and stays live; its counts add up.
    let name = &prop(&model, "OpportunityAttributes", "name")["x-spiro-evidence"];
    assert_eq!(name["level"], "live");
    assert_eq!(name["seen"]["captures"], 2);
    // Both captures are listed; learning the first again is refused and changes nothing.
    assert_eq!(
        crate::sources::listed(&second.evidence_md)
            .keys()
            .filter(|k| k.starts_with("capture-"))
            .count(),
        2
    );
    let again = learn(
        &second.spec,
        &second.evidence_md,
        &[capture("api.spiro.ai", 3, "2026-12-01", &lines(1))],
        false,
    )
    .expect_err("learned before")
    .to_string();
    assert!(
        again.contains("was learned before (it is capture-2026-11-29)"),
        "{again}"
    );
}

#[test]
fn a_capture_from_loopback_or_another_host_changes_nothing_and_says_why() {
    let (text, md) = stored();
    for (host, why) in [
        (
            "127.0.0.1",
            "127.0.0.1, this machine (spiro-mock or another local server)",
        ),
        ("localhost", "localhost, this machine"),
        (
            "api.example.com",
            "api.example.com, not from Spiro's API host api.spiro.ai",
        ),
    ] {
        let c = capture(host, 5, "2026-11-29", &deviating());
        let err = learn(&text, &md, std::slice::from_ref(&c), false)
            .expect_err("not evidence")
            .to_string();
        assert!(
            err.contains(why) && err.contains("nothing was written"),
            "{err}"
        );
        // A rehearsal merges it for the report, and says it is not evidence.
        let report = learn(&text, &md, &[c], true).expect("rehearsal");
        assert_ne!(report.spec, text);
        assert!(
            has(&report.notes, &["rehearsal", "never evidence"]),
            "{:#?}",
            report.notes
        );
    }
}

#[test]
fn the_command_line_writes_only_evidence_and_never_in_a_rehearsal() {
    let dir = tempfile::tempdir().unwrap();
    let (text, md) = stored();
    let spec_path = dir.path().join("spiro.yaml");
    std::fs::write(&spec_path, &text).unwrap();
    std::fs::write(dir.path().join("EVIDENCE.md"), &md).unwrap();
    let mock = dir.path().join("mock.jsonl");
    std::fs::write(
        &mock,
        capture_text("127.0.0.1", 6, "2026-11-29", &deviating()),
    )
    .unwrap();
    let args = |extra: &[&str]| -> Vec<String> {
        ["--spec", spec_path.to_str().unwrap()]
            .iter()
            .chain(extra)
            .map(|s| (*s).to_owned())
            .collect()
    };
    let root = crate::root();
    run(&["--help".to_owned()], &root).expect("--help works");
    assert!(run(&["--frobnicate".to_owned()], &root).is_err());
    assert!(run(&args(&[]), &root).is_err(), "no capture given");
    assert!(run(&args(&[mock.to_str().unwrap()]), &root).is_err());
    run(&args(&["--rehearsal", mock.to_str().unwrap()]), &root).expect("rehearsal");
    assert_eq!(std::fs::read_to_string(&spec_path).unwrap(), text);
    assert_eq!(
        std::fs::read_to_string(dir.path().join("EVIDENCE.md")).unwrap(),
        md
    );

    let real = dir.path().join("real.jsonl");
    std::fs::write(
        &real,
        capture_text("api.spiro.ai", 7, "2026-11-29", &deviating()),
    )
    .unwrap();
    run(&args(&["--dry-run", real.to_str().unwrap()]), &root).expect("dry run");
    assert_eq!(std::fs::read_to_string(&spec_path).unwrap(), text);
    run(&args(&[real.to_str().unwrap()]), &root).expect("learns");
    assert_ne!(std::fs::read_to_string(&spec_path).unwrap(), text);
    assert!(
        std::fs::read_to_string(dir.path().join("EVIDENCE.md"))
            .unwrap()
            .contains("| capture-2026-11-29 | live |")
    );
}

#[test]
fn as_if_from_spiro_is_the_only_way_a_mock_capture_becomes_evidence() {
    let (text, md) = stored();
    let mock = capture_text("127.0.0.1", 8, "2026-11-29", &deviating());
    let passed_off = as_if_from_spiro(&mock);
    let c = read_capture("x", &passed_off).unwrap();
    assert_eq!(c.origin.host, "api.spiro.ai");
    assert!(learn(&text, &md, &[c], false).is_ok());
}

mod properties {
    use proptest::prelude::*;

    use super::*;

    fn json_value() -> impl Strategy<Value = Json> {
        let leaf = prop_oneof![
            Just(Json::Null),
            any::<bool>().prop_map(Json::Bool),
            any::<i64>().prop_map(Json::from),
            any::<u64>().prop_map(Json::from),
            any::<f64>()
                .prop_filter("finite", |f| f.is_finite())
                .prop_map(Json::from),
            ".{0,8}".prop_map(Json::String),
            prop::sample::select(vec![
                "get_opportunity",
                "list_companies",
                "string",
                "null",
                "date",
                "unix-time",
                "2026-02-31",
                "2026-11-29",
                "api.spiro.ai",
                "spiro-shapes/2",
            ])
            .prop_map(|s| Json::String(s.to_owned())),
        ];
        leaf.prop_recursive(3, 24, 5, |inner| {
            prop_oneof![
                prop::collection::vec(inner.clone(), 0..4).prop_map(Json::Array),
                prop::collection::btree_map(
                    prop::sample::select(vec![
                        "format",
                        "capture",
                        "started",
                        "updated",
                        "origin",
                        "host",
                        "sdk",
                        "spec",
                        "cap_reached",
                        "operation",
                        "status",
                        "responses",
                        "paths",
                        "types",
                        "formats",
                        "dropped_paths",
                        "truncated",
                        "placeholder_keys",
                        "string",
                        "integer",
                        "data.attributes.x",
                        "x",
                    ])
                    .prop_map(str::to_owned),
                    inner,
                    0..6,
                )
                .prop_map(|m| Json::Object(m.into_iter().collect())),
            ]
        })
    }

    /// A well-formed line with arbitrary counts (including 0 and `u64::MAX`), names and paths.
    fn group_line() -> impl Strategy<Value = String> {
        (
            prop::sample::select(vec!["get_opportunity", "list_opportunities", "list_contacts", "get_company", "nope"]),
            prop::sample::select(vec![100u16, 200, 201, 204, 404, 599]),
            prop::collection::btree_map(
                "(\\$|data(\\[\\])?(\\.attributes(\\.[a-z_*\\-]{1,12}(\\[\\])?(\\.[a-z]{1,4})?)?|\\.(id|type|links))|meta\\.pagination\\.current_page|included\\[\\]\\.x)",
                prop::collection::btree_map(
                    prop::sample::select(spec::JSON_TYPES.to_vec()),
                    prop_oneof![Just(0u64), 1u64..10, Just(u64::MAX)],
                    0..3,
                ),
                0..6,
            ),
            prop_oneof![1u64..5, Just(u64::MAX)],
        )
            .prop_map(|(operation, status, paths, responses)| {
                json!({
                    "operation": operation, "status": status, "responses": responses,
                    "paths": paths.into_iter().map(|(p, t)| (p, json!({ "types": t }))).collect::<serde_json::Map<_, _>>(),
                    "dropped_paths": 0, "truncated": 0, "placeholder_keys": 0,
                })
                .to_string()
            })
    }

    /// Reads `text` as the capture `p`: accepted, it keeps that name; refused, the message says
    /// where (`p:` and, past the first check, the line).
    fn read_or_refused(text: &str) -> Result<(), TestCaseError> {
        match read_capture("p", text) {
            Ok(capture) => prop_assert_eq!(capture.name, "p"),
            Err(e) => prop_assert!(e.to_string().starts_with("p:"), "{e}"),
        }
        Ok(())
    }

    proptest! {
        // The parser meets hostile input: 100,000 inputs of three kinds.
        #![proptest_config(ProptestConfig::with_cases(40_000))]

        #[test]
        fn any_text_is_read_or_refused_without_panicking(text in "\\PC{0,200}") {
            read_or_refused(&text)?;
        }

        #[test]
        fn any_json_lines_are_read_or_refused_without_panicking(lines in prop::collection::vec(json_value(), 1..4)) {
            let text: Vec<String> = lines.iter().map(Json::to_string).collect();
            read_or_refused(&text.join("\n"))?;
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(20_000))]

        #[test]
        fn well_formed_lines_with_any_counts_are_read_or_refused(lines in prop::collection::vec(group_line(), 0..4)) {
            let mut all = vec![super::super::capture::tests::header("api.spiro.ai", "2026-11-29")];
            all.extend(lines);
            read_or_refused(&all.join("\n"))?;
        }
    }

    proptest! {
        // Merging is slower (the spec is parsed and patched for each input): fewer cases.
        #![proptest_config(ProptestConfig::with_cases(48))]

        #[test]
        fn any_capture_is_learned_or_refused_without_panicking(lines in prop::collection::vec(group_line(), 1..4)) {
            let (text, md) = stored();
            let mut all = vec![super::super::capture::tests::header("api.spiro.ai", "2026-11-29")];
            all.extend(lines);
            if let Ok(c) = read_capture("p", &all.join("\n"))
                && let Ok(learned) = learn(&text, &md, &[c], false)
            {
                let reparsed = spec::parse(&learned.spec);
                prop_assert!(reparsed.is_ok(), "{:?}", reparsed.err());
            }
        }
    }
}
