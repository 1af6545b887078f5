//! Project rules for `spec/spiro.yaml` beyond OpenAPI validity (Redocly and
//! openapi-spec-validator check that in CI). `cargo xtask check` runs them.

use std::collections::BTreeSet;

use openapiv3::{OpenAPI, StatusCode};

use crate::spec::{self, Spec};

/// The operations seen against the live API: they must exist and be tagged `live`.
const LIVE: [(&str, &str); 7] = [
    ("GET", "/companies"),
    ("GET", "/companies/{id}"),
    ("GET", "/contacts"),
    ("GET", "/opportunities"),
    ("GET", "/opportunities/{id}"),
    ("PUT", "/opportunities/{id}"),
    ("GET", "/pipelines/{id}/opportunity_stages"),
];

/// Every broken rule, one line each; empty when the spec is fine.
pub fn problems(spec: &Spec, evidence_md: &str) -> Vec<String> {
    let mut out = Vec::new();
    if spec.doc.openapi != "3.0.3" {
        out.push(format!("openapi is {}, not 3.0.3", spec.doc.openapi));
    }
    let mut ids = BTreeSet::new();
    for op in &spec.operations {
        if !ids.insert(&op.operation_id) {
            out.push(format!("duplicate operationId `{}`", op.operation_id));
        }
    }
    for (path, method, op) in spec.doc.operations() {
        let where_ = format!("{} {path}", method.to_uppercase());
        let statuses: Vec<&StatusCode> = op.responses.responses.keys().collect();
        if !statuses
            .iter()
            .any(|s| matches!(s, StatusCode::Code(200..=299)))
        {
            out.push(format!("{where_}: no 2xx response"));
        }
        if op.responses.default.is_some() {
            out.push(format!(
                "{where_}: a `default` response makes every status conform; declare the statuses"
            ));
        }
        for required in [400, 401, 429] {
            if !statuses.contains(&&StatusCode::Code(required)) {
                out.push(format!("{where_}: no {required} response"));
            }
        }
    }
    for (method, path) in LIVE {
        match spec
            .operations
            .iter()
            .find(|o| o.method == method && o.path == path)
        {
            Some(op) if op.level == "live" => {}
            Some(op) => out.push(format!(
                "{method} {path} is seen live but tagged {}",
                op.level
            )),
            None => out.push(format!("{method} {path} is seen live but missing")),
        }
    }
    let listed = listed_sources(evidence_md);
    let mut cited: Vec<(String, String)> = spec
        .operations
        .iter()
        .flat_map(|op| {
            op.sources
                .iter()
                .map(|s| (s.clone(), format!("{} {}", op.method, op.path)))
        })
        .collect();
    match spec::tagged(&spec.doc) {
        Ok(tagged) => cited.extend(tagged.into_iter().flat_map(|t| {
            t.evidence
                .sources
                .into_iter()
                .map(move |s| (s, t.place.clone()))
        })),
        Err(e) => out.push(e.to_string()),
    }
    for (source, place) in cited {
        if !listed.contains(&source) {
            out.push(format!(
                "{place} cites {source}, which {} does not list",
                spec::EVIDENCE_PATH
            ));
        }
    }
    for (level, fields) in spec::field_levels(&spec.doc) {
        if level == "untagged" {
            for field in fields.iter().filter(|f| !f.ends_with(".custom")) {
                out.push(format!("attribute {field} has no x-spiro-evidence"));
            }
        }
    }
    out.extend(typeless_nullable(&spec.doc));
    out.extend(include_patterns(&spec.doc));
    out
}

/// The pattern of each `include` parameter is `^(a|b)(,(a|b))*$` over exactly the
/// relationship names (`x-spiro-relationships`) of the record the operation returns: the mock
/// enforces the pattern, so it must follow the relationships.
fn include_patterns(doc: &OpenAPI) -> Vec<String> {
    let kinds = match crate::model::record_kinds(doc) {
        Ok(kinds) => kinds,
        Err(e) => return vec![e.to_string()],
    };
    let mut out = Vec::new();
    for (path, method, op) in doc.operations() {
        let where_ = format!("{} {path}", method.to_uppercase());
        for param in &op.parameters {
            let openapiv3::ReferenceOr::Item(openapiv3::Parameter::Query {
                parameter_data, ..
            }) = param
            else {
                continue;
            };
            if parameter_data.name != "include" {
                continue;
            }
            let pattern = match &parameter_data.format {
                openapiv3::ParameterSchemaOrContent::Schema(openapiv3::ReferenceOr::Item(s)) => {
                    match &s.schema_kind {
                        openapiv3::SchemaKind::Type(openapiv3::Type::String(s)) => {
                            s.pattern.clone()
                        }
                        _ => None,
                    }
                }
                _ => None,
            };
            let record = crate::model::record_of(doc, op)
                .and_then(|(record, _)| kinds.iter().find(|k| k.schema == record));
            let (Some(pattern), Some(record)) = (pattern, record) else {
                out.push(format!(
                    "{where_}: `include` needs a string pattern and a record response"
                ));
                continue;
            };
            let names = pattern
                .strip_prefix("^(")
                .and_then(|p| p.split_once(")("))
                .map(|(names, _)| names)
                .unwrap_or_default();
            let listed: BTreeSet<&str> = names.split('|').collect();
            let declared: BTreeSet<&str> = record
                .relationships
                .iter()
                .map(|r| r.name.as_str())
                .collect();
            if pattern != format!("^({names})(,({names}))*$") || listed != declared {
                out.push(format!(
                    "{where_}: the `include` pattern {pattern:?} must list exactly the \
                     relationships of `{}`: {declared:?}",
                    record.schema
                ));
            }
        }
    }
    out
}

/// The source ids that `spec/EVIDENCE.md` lists: the first cell of each table row, e.g.
/// `| P4 | …` or `| capture-2026-11-29 | …` (a row `cargo xtask learn` adds).
pub fn listed_sources(evidence_md: &str) -> BTreeSet<String> {
    evidence_md
        .lines()
        .filter_map(|line| line.strip_prefix('|'))
        .filter_map(|rest| rest.split('|').next())
        .map(str::trim)
        .filter(|id| {
            let family = id.len() >= 2
                && matches!(id.as_bytes()[0], b'S' | b'P' | b'Y')
                && id[1..].bytes().all(|b| b.is_ascii_digit());
            family || spec::is_capture_source(id)
        })
        .map(str::to_owned)
        .collect()
}

/// `nullable: true` without a `type` beside it is not valid OpenAPI 3.0, and some validators
/// silently stop validating on it.
fn typeless_nullable(doc: &OpenAPI) -> Vec<String> {
    fn walk(value: &serde_json::Value, place: &str, out: &mut Vec<String>) {
        match value {
            serde_json::Value::Object(map) => {
                if map.get("nullable") == Some(&serde_json::Value::Bool(true))
                    && !map.contains_key("type")
                {
                    out.push(format!(
                        "{place}: `nullable: true` needs a `type` beside it"
                    ));
                }
                for (key, child) in map {
                    walk(child, &format!("{place}/{key}"), out);
                }
            }
            serde_json::Value::Array(items) => {
                for (i, item) in items.iter().enumerate() {
                    walk(item, &format!("{place}/{i}"), out);
                }
            }
            _ => {}
        }
    }
    let mut out = Vec::new();
    match serde_json::to_value(doc) {
        Ok(json) => walk(&json, "", &mut out),
        Err(e) => out.push(format!("the spec does not serialize: {e}")),
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stored() -> (Spec, String) {
        let root = crate::root();
        let spec = spec::load(&root).expect("spec");
        let md = std::fs::read_to_string(root.join(spec::EVIDENCE_PATH)).expect("EVIDENCE.md");
        (spec, md)
    }

    #[test]
    fn the_stored_spec_follows_every_rule() {
        let (spec, md) = stored();
        assert_eq!(problems(&spec, &md), Vec::<String>::new());
        assert_eq!(spec.operations.len(), 50);
    }

    #[test]
    fn evidence_md_lists_every_source_family() {
        let (_, md) = stored();
        let listed = listed_sources(&md);
        for id in (1..=9)
            .map(|n| format!("S{n}"))
            .chain((1..=14).map(|n| format!("P{n}")))
            .chain((1..=5).map(|n| format!("Y{n}")))
        {
            assert!(listed.contains(&id), "{id} missing from EVIDENCE.md");
        }
    }

    const MINIMAL: &str = r#"
openapi: 3.0.3
info: { title: t, version: "1" }
paths:
  /things:
    get:
      operationId: list_things
      x-spiro-evidence: { level: inferred, sources: [Q9] }
      parameters:
        - name: include
          in: query
          schema: { type: string }
          x-spiro-evidence: { level: live, sources: [P4] }
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema:
                type: object
                properties:
                  v: { nullable: true, description: any }
        default: { description: error }
"#;

    #[test]
    fn broken_rules_are_each_reported() {
        let spec = spec::parse(MINIMAL).expect("parses");
        let problems = problems(&spec, "| P4 | a caller |\n");
        let has = |needle: &str| problems.iter().any(|p| p.contains(needle));
        assert!(has("GET /things: a `default` response"), "{problems:?}");
        assert!(has("GET /things: no 400 response"), "{problems:?}");
        assert!(has("cites Q9"), "{problems:?}");
        assert!(!has("cites P4"), "{problems:?}");
        assert!(
            has("GET /companies is seen live but missing"),
            "{problems:?}"
        );
        assert!(has("`nullable: true` needs a `type`"), "{problems:?}");
    }

    #[test]
    fn an_include_pattern_must_follow_the_relationships() {
        let root = crate::root();
        let text = std::fs::read_to_string(root.join(spec::PATH)).expect("spec");
        let narrowed = text.replacen(
            "pattern: ^(company|user|pipeline|opportunity_stage)(,(company|user|pipeline|opportunity_stage))*$",
            "pattern: ^(company|user)(,(company|user))*$",
            1,
        );
        assert_ne!(narrowed, text, "the stored spec changed: update this test");
        let spec = spec::parse(&narrowed).expect("parses");
        let problems = include_patterns(&spec.doc);
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert!(problems[0].contains("`Opportunity`"), "{problems:?}");
    }

    #[test]
    fn source_ids_are_read_from_table_rows_only() {
        let md = "| Id | What |\n|---|---|\n| S1 | page |\n| P12 | script |\nS3 in prose\n\
                  | Yx | no |\n| capture-2026-11-29 | shapes |\n| capture-2026-13-01 | no |\n\
                  capture-2026-11-30 in prose\n";
        let listed: Vec<String> = listed_sources(md).into_iter().collect();
        assert_eq!(listed, ["P12", "S1", "capture-2026-11-29"]);
    }
}
