//! Project rules for `spec/spiro.yaml` beyond OpenAPI validity (Redocly and
//! openapi-spec-validator check that in CI). `cargo xtask check` runs them.

use std::collections::BTreeSet;

use openapiv3::{OpenAPI, StatusCode};

use crate::sources;
use crate::spec::{self, Spec};

/// Every broken rule, one line each; empty when the spec is fine.
pub fn problems(spec: &Spec, evidence_md: &str) -> Vec<String> {
    let mut out = Vec::new();
    if spec.doc.openapi != "3.0.3" {
        out.push(format!("openapi is {}, not 3.0.3", spec.doc.openapi));
    }
    let described = spec.doc.info.description.as_deref().unwrap_or_default();
    for level in spec::LEVELS {
        if !described.contains(&format!("`{level}`")) {
            out.push(format!(
                "info.description does not explain the evidence level `{level}`"
            ));
        }
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
    out.extend(sources::problems(evidence_md));
    out.extend(evidence_problems(spec, evidence_md));
    for (level, fields) in spec::field_levels(&spec.doc) {
        if level == "untagged" {
            for field in fields {
                out.push(format!("attribute {field} has no x-spiro-evidence"));
            }
        }
    }
    out.extend(typeless_nullable(&spec.doc));
    out.extend(include_patterns(&spec.doc));
    out
}

/// Every tag against `EVIDENCE.md`, point by point: each source it cites is listed, and its
/// level is no stronger than the strongest its sources back (a `live` tag needs a source
/// checked against the live API, an `observed` one a capture or better; `inferred` needs none).
/// The operations seen live are thus the ones the evidence backs, not a list kept here.
fn evidence_problems(spec: &Spec, evidence_md: &str) -> Vec<String> {
    let listed = sources::listed(evidence_md);
    // Every tag: the operations' and those of parameters, properties and relationships.
    let tags = match spec::tagged(&spec.doc) {
        Ok(tagged) => tagged,
        Err(e) => return vec![e.to_string()],
    };
    let mut out = Vec::new();
    for spec::Tagged { place, evidence } in tags {
        let mut strongest = spec::LEVELS.len() - 1;
        for source in &evidence.sources {
            match listed.get(source) {
                Some(listed) => strongest = strongest.min(spec::rank(&listed.backs)),
                None => out.push(format!(
                    "{place} cites {source}, which {} does not list",
                    spec::EVIDENCE_PATH
                )),
            }
        }
        if spec::rank(&evidence.level) < strongest {
            out.push(format!(
                "{place} is tagged `{}`, but its sources ({}) back at most `{}`",
                evidence.level,
                evidence.sources.join(", "),
                spec::LEVELS[strongest]
            ));
        }
    }
    out
}

/// The pattern of each `include` parameter is `^(a|b)(,(a|b))*$` over relationship names
/// (`x-spiro-relationships`) of the record the operation returns: the mock enforces the
/// pattern, so it must follow the relationships. It may list fewer: those whose `include` is
/// evidenced.
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
            if pattern != format!("^({names})(,({names}))*$") || !listed.is_subset(&declared) {
                out.push(format!(
                    "{where_}: the `include` pattern {pattern:?} must list relationships of \
                     `{}` ({declared:?}), as `^(a|b)(,(a|b))*$`",
                    record.schema
                ));
            }
        }
    }
    out
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
        let listed = sources::listed(&md);
        for id in (1..=9)
            .map(|n| format!("S{n}"))
            .chain((1..=14).map(|n| format!("P{n}")))
            .chain((1..=5).map(|n| format!("Y{n}")))
        {
            assert!(listed.contains_key(&id), "{id} missing from EVIDENCE.md");
        }
    }

    const MINIMAL: &str = r#"
openapi: 3.0.3
info: { title: t, version: "1", description: "`live` `observed` `call` `doc`" }
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
        - name: other
          in: query
          schema: { type: string }
          x-spiro-evidence: { level: live, sources: [Y1, S1] }
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
        let md = "| P4 | live | [x](https://github.com/o/r/blob/1234567/x) |\n\
                  | Y1 | call | x |\n| S1 | doc | x |\n";
        let problems = problems(&spec, md);
        let has = |needle: &str| problems.iter().any(|p| p.contains(needle));
        assert!(has("GET /things: a `default` response"), "{problems:?}");
        assert!(has("GET /things: no 400 response"), "{problems:?}");
        assert!(has("cites Q9"), "{problems:?}");
        assert!(!has("cites P4"), "{problems:?}");
        assert!(
            has("parameters[1] is tagged `live`, but its sources (Y1, S1) back at most `call`"),
            "{problems:?}"
        );
        assert!(!has("parameters[0] is tagged"), "{problems:?}");
        assert!(
            has("does not explain the evidence level `inferred`"),
            "{problems:?}"
        );
        assert!(has("`nullable: true` needs a `type`"), "{problems:?}");
        assert_eq!(problems.len(), 9, "{problems:?}");
    }

    #[test]
    fn an_include_pattern_must_name_relationships() {
        let root = crate::root();
        let text = std::fs::read_to_string(root.join(spec::PATH)).expect("spec");
        let widened = text.replacen(
            "pattern: ^(company|user)(,(company|user))*$",
            "pattern: ^(company|user|contact)(,(company|user|contact))*$",
            1,
        );
        assert_ne!(widened, text, "the stored spec changed: update this test");
        let spec = spec::parse(&widened).expect("parses");
        let problems = include_patterns(&spec.doc);
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert!(problems[0].contains("relationships of"), "{problems:?}");
    }
}
