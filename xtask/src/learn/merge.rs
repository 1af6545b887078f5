//! Merging captures into the spec, through the spec model: which captures are evidence, what
//! each operation and record attribute gains, and the layout-preserving edits that say so.
//!
//! Only a record's attributes are learned (`data.attributes.<name>`,
//! `data[].attributes.<name>`); the envelope ([`model::envelope`]: ids, types, links,
//! relationships, `meta.pagination`, `included`, `errors`), custom fields, nested maps and
//! error answers are reported, never merged.

use std::collections::{BTreeMap, BTreeSet};

use openapiv3::{OpenAPI, ReferenceOr, Schema, SchemaKind, Type};
use serde_yaml::Value;

use super::capture::{self, Capture, Counts};
use super::widen;
use crate::Result;
use crate::layout::{self, Edit};
use crate::model;
use crate::sources;
use crate::spec::{self, Evidence, Seen, Spec};

/// What learning produced: the new texts, and what the reviewer should know.
#[derive(Debug)]
pub struct Learned {
    /// The spec's new text (the old one when nothing changed).
    pub spec: String,
    /// `EVIDENCE.md`'s new text.
    pub evidence_md: String,
    /// What changed level, what became lenient or strict, what was refused and why, what was
    /// left alone.
    pub notes: Vec<String>,
    /// The source ids of the captures taken as evidence.
    pub sources: Vec<String>,
}

/// A capture taken as evidence, with its source id.
struct Accepted<'a> {
    capture: &'a Capture,
    source: String,
}

/// What the accepted captures showed of one attribute.
#[derive(Default)]
struct Observed {
    seen: Seen,
    sources: Vec<String>,
    operations: BTreeSet<String>,
}

/// Merges `captures` into the spec `spec_text`, listing them in `evidence_md`. A capture is
/// evidence only when it came from the spec's API host (`servers[0].url`) and has not been
/// learned before; with `rehearsal`, every capture is merged for the report, which is never
/// evidence (the caller writes nothing).
pub fn learn(
    spec_text: &str,
    evidence_md: &str,
    captures: &[Capture],
    rehearsal: bool,
) -> Result<Learned> {
    let spec = spec::parse(spec_text)?;
    spec::tagged(&spec.doc)?;
    let yaml: Value = serde_yaml::from_str(spec_text)?;
    let mut notes = Vec::new();
    let accepted = accept(&spec, evidence_md, captures, rehearsal, &mut notes)?;

    let mut live: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let mut attributes: BTreeMap<(String, String), Observed> = BTreeMap::new();
    let mut left_alone: BTreeMap<String, u64> = BTreeMap::new();
    for accepted in &accepted {
        observe(&spec, accepted, &mut live, &mut attributes, &mut left_alone);
    }

    let mut edits = Vec::new();
    for (operation_id, new_sources) in &live {
        let Some(op) = spec
            .operations
            .iter()
            .find(|o| &o.operation_id == operation_id)
        else {
            continue;
        };
        let old = Evidence {
            level: op.level.clone(),
            sources: op.sources.clone(),
            seen: None,
        };
        let new = Evidence {
            level: spec::LIVE.to_owned(),
            sources: union(&old.sources, new_sources),
            seen: None,
        };
        if old.level != new.level {
            notes.push(format!(
                "operation `{operation_id}` ({} {}): {} → live",
                op.method, op.path, old.level
            ));
        }
        if old != new {
            edits.push(Edit::Set {
                parent: vec!["paths".into(), op.path.clone(), op.method.to_lowercase()],
                key: "x-spiro-evidence".into(),
                value: new.to_yaml(),
            });
        }
    }
    let mut touched = Vec::new();
    for ((schema, name), observed) in &attributes {
        let place = format!("`{name}` of {schema}");
        match property(&spec.doc, schema, name) {
            Some(ReferenceOr::Item(prop)) => {
                edits.extend(declared_edits(
                    &spec.doc, &yaml, schema, name, prop, observed, &mut notes,
                ));
                touched.push((schema.clone(), name.clone(), Some(prop.as_ref().clone())));
            }
            Some(ReferenceOr::Reference { .. }) => notes.push(format!(
                "{place}: a shared schema (`$ref`), which carries no evidence of its own: not merged"
            )),
            None if name == "*" => notes.push(format!(
                "{} attribute(s) of {schema} whose keys the capture wrote as `*` (they may be data): not learned",
                observed.seen.present()
            )),
            None => match model::attribute_name_problem(name) {
                Some(reason) => notes.push(format!(
                    "refused: new field {place}: {reason}"
                )),
                None => match new_edit(schema, name, observed) {
                    Some(edit) => {
                        notes.push(format!(
                            "new field {place} (read-only: responses only), seen as {}",
                            describe(&observed.seen)
                        ));
                        edits.push(edit);
                        touched.push((schema.clone(), name.clone(), None));
                    }
                    None => notes.push(format!(
                        "new field {place} was only ever null: not added (its type is unknown)"
                    )),
                },
            },
        }
    }
    for (what, values) in left_alone {
        notes.push(format!("left alone ({values} values): {what}"));
    }

    let text = layout::apply(spec_text, &yaml, &edits)?;
    let learned = spec::parse(&text).map_err(|e| format!("the learned spec is rejected: {e}"))?;
    let cited: BTreeSet<String> = learned
        .operations
        .iter()
        .flat_map(|op| op.sources.clone())
        .chain(
            spec::tagged(&learned.doc)?
                .into_iter()
                .flat_map(|t| t.evidence.sources),
        )
        .collect();
    let rows: Vec<(String, String)> = accepted
        .iter()
        .filter(|a| cited.contains(&a.source))
        .map(|a| (a.source.clone(), row(a.capture)))
        .collect();
    let new_md = sources::with_captures(evidence_md, &rows);
    notes.extend(strictness_notes(&spec.doc, &learned.doc, &touched));

    // The learned spec must pass what `cargo xtask check` checks (and, see `verify`, what
    // `generate` does), or nothing is written.
    let before: BTreeSet<String> = crate::lint::problems(&spec, evidence_md)
        .into_iter()
        .collect();
    let after: Vec<String> = crate::lint::problems(&learned, &new_md)
        .into_iter()
        .filter(|p| !before.contains(p))
        .collect();
    if !after.is_empty() {
        return Err(format!(
            "the learned spec breaks project rules; nothing was written:\n  {}",
            after.join("\n  ")
        )
        .into());
    }
    Ok(Learned {
        spec: text,
        evidence_md: new_md,
        notes,
        sources: accepted.into_iter().map(|a| a.source).collect(),
    })
}

/// Checks that the generator accepts the learned spec (progenitor and the glue run on it);
/// `learn`'s caller runs it before writing anything.
pub fn verify(learned: &Learned) -> Result<()> {
    let spec = spec::parse(&learned.spec)?;
    crate::generate::render(&spec).map_err(|e| {
        format!("the generator refuses the learned spec ({e}); nothing was written")
    })?;
    Ok(())
}

/// The captures that are evidence (or, in a rehearsal, every capture), each with its source id
/// (`capture-<started>`, `-2`, `-3`, … when the date's id is taken); a note for each refused.
fn accept<'a>(
    spec: &Spec,
    evidence_md: &str,
    captures: &'a [Capture],
    rehearsal: bool,
    notes: &mut Vec<String>,
) -> Result<Vec<Accepted<'a>>> {
    let api_host = spec
        .api_host()
        .ok_or("the spec names no API host (`servers[0].url`): no capture can be evidence")?;
    let listed = sources::listed(evidence_md);
    let mut taken: BTreeSet<String> = listed.keys().cloned().collect();
    let mut ids = BTreeSet::new();
    let mut out = Vec::new();
    for capture in captures {
        let name = &capture.name;
        let host = &capture.origin.host;
        if let Some((source, _)) = listed.iter().find(|(_, s)| s.text.contains(&capture.id)) {
            notes.push(format!(
                "refused: {name}: capture {} was learned before (it is {source}); capture into a new file",
                capture.id
            ));
            continue;
        }
        if !ids.insert(capture.id.clone()) {
            notes.push(format!(
                "refused: {name}: the same capture as another file given"
            ));
            continue;
        }
        if *host != api_host {
            let why = if capture::is_loopback(host) {
                format!(
                    "its answers came from {host}, this machine (spiro-mock or another local server), not from Spiro"
                )
            } else {
                format!("its answers came from {host}, not from Spiro's API host {api_host}")
            };
            if !rehearsal {
                notes.push(format!(
                    "refused: {name}: {why}. Only Spiro's answers are evidence; `--rehearsal` shows what it would change without writing"
                ));
                continue;
            }
            notes.push(format!(
                "rehearsal: {name}: {why}: a report, never evidence"
            ));
        }
        if capture.origin.spec != spec.hash {
            notes.push(format!(
                "{name} was captured by {} generated from another spec ({}); its paths are matched against this one",
                capture.origin.sdk, capture.origin.spec
            ));
        }
        if capture.cap_reached {
            notes.push(format!(
                "{name} reached its file's cap: some paths were dropped (counted, not learned)"
            ));
        }
        let source = (1..)
            .map(|n| spec::capture_source(&capture.started, n))
            .find(|id| !taken.contains(id))
            .ok_or("no free capture source id")?;
        taken.insert(source.clone());
        out.push(Accepted { capture, source });
    }
    if out.is_empty() && !captures.is_empty() {
        return Err(format!(
            "no capture can be learned; nothing was written:\n  {}",
            notes.join("\n  ")
        )
        .into());
    }
    Ok(out)
}

/// Adds what one capture shows: operations that answered 2xx, attributes of the records they
/// returned, and what is left alone.
fn observe(
    spec: &Spec,
    accepted: &Accepted<'_>,
    live: &mut BTreeMap<String, Vec<String>>,
    attributes: &mut BTreeMap<(String, String), Observed>,
    left_alone: &mut BTreeMap<String, u64>,
) {
    let source = &accepted.source;
    let mut seen_here: BTreeMap<(String, String), Seen> = BTreeMap::new();
    for ((operation_id, status), group) in &accepted.capture.groups {
        let mut alone = |what: String, n: u64| {
            let slot = left_alone.entry(what).or_default();
            *slot = slot.saturating_add(n);
        };
        let Some(op) = spec
            .operations
            .iter()
            .find(|o| &o.operation_id == operation_id)
        else {
            alone(
                format!(
                    "operation `{operation_id}`, which this spec does not have (a capture of another version?)"
                ),
                group.responses,
            );
            continue;
        };
        if !(200..300).contains(status) {
            alone(
                format!(
                    "error answers ({operation_id} {status}): their shapes stay in the capture"
                ),
                group.responses,
            );
            continue;
        }
        live.entry(operation_id.clone())
            .or_default()
            .push(source.clone());
        let operation = spec
            .doc
            .operations()
            .find(|(_, _, o)| o.operation_id.as_deref() == Some(op.operation_id.as_str()))
            .map(|(_, _, o)| o);
        let record = operation.and_then(|o| model::record_of(&spec.doc, o));
        let Some((record, list)) = record else {
            for counts in group.paths.values() {
                alone(
                    format!(
                        "answers of `{operation_id}`, whose 2xx body the spec does not model as a record document"
                    ),
                    counts.total(),
                );
            }
            continue;
        };
        let attrs_schema = format!("{record}Attributes");
        let prefix = if list {
            "data[].attributes"
        } else {
            "data.attributes"
        };
        let records = group
            .paths
            .get(prefix)
            .and_then(|c| c.types.get("object"))
            .copied()
            .unwrap_or(0);
        for (json_path, counts) in &group.paths {
            match classify(json_path, prefix) {
                Place::Structure => {}
                Place::Attribute(name) => {
                    let seen = seen_here
                        .entry((attrs_schema.clone(), name.to_owned()))
                        .or_default();
                    add_counts(seen, counts, records);
                    attributes
                        .entry((attrs_schema.clone(), name.to_owned()))
                        .or_default()
                        .operations
                        .insert(operation_id.clone());
                }
                Place::Inside("custom") => alone(
                    "custom fields (`custom.*`): their keys are per organisation".to_owned(),
                    counts.total(),
                ),
                Place::Inside(name) => alone(
                    format!(
                        "fields inside `{name}` of {attrs_schema}: nested values are not learned"
                    ),
                    counts.total(),
                ),
                Place::Envelope(member) => alone(
                    format!(
                        "the envelope (`{member}`): modelled by hand in spiro-api, never learned"
                    ),
                    counts.total(),
                ),
                Place::Unmapped(member) => alone(
                    format!("`{member}`: not a part of a JSON:API document the spec models"),
                    counts.total(),
                ),
            }
        }
    }
    for (key, mut seen) in seen_here {
        seen.captures = 1;
        let observed = attributes.entry(key).or_default();
        observed.seen.add(&seen);
        observed.sources.push(source.clone());
    }
}

fn add_counts(seen: &mut Seen, counts: &Counts, records: u64) {
    seen.add(&Seen {
        captures: 0,
        records: records.max(counts.total()),
        types: counts.types.clone(),
        formats: counts.formats.clone(),
    });
}

/// What a captured JSON path is, in a document whose record attributes are at `prefix`.
#[derive(Debug, PartialEq, Eq)]
enum Place<'a> {
    /// The body, `data` and the attributes object itself.
    Structure,
    /// Attribute `name` itself.
    Attribute(&'a str),
    /// Something inside attribute `name` (a custom field, a nested map, array items).
    Inside(&'a str),
    /// A member of the envelope.
    Envelope(&'a str),
    /// Anything else.
    Unmapped(&'a str),
}

fn classify<'a>(path: &'a str, prefix: &str) -> Place<'a> {
    if ["$", "data", "data[]", prefix].contains(&path) {
        return Place::Structure;
    }
    if let Some(rest) = path.strip_prefix(prefix).and_then(|r| r.strip_prefix('.')) {
        let end = rest.find(['.', '[']).unwrap_or(rest.len());
        let name = &rest[..end];
        return if end == rest.len() {
            Place::Attribute(name)
        } else {
            Place::Inside(name)
        };
    }
    let record_member = path
        .strip_prefix("data[].")
        .or_else(|| path.strip_prefix("data."))
        .map(|rest| &rest[..rest.find(['.', '[']).unwrap_or(rest.len())]);
    if let Some(member) = record_member {
        return if model::envelope::RECORD.contains(&member) {
            Place::Envelope(member)
        } else {
            Place::Unmapped(member)
        };
    }
    let member = &path[..path.find(['.', '[']).unwrap_or(path.len())];
    if model::envelope::DOCUMENT.contains(&member) {
        Place::Envelope(member)
    } else {
        Place::Unmapped(member)
    }
}

/// The property `name` of the object schema `schema`, as the spec model reads it.
fn property<'a>(
    doc: &'a OpenAPI,
    schema: &str,
    name: &str,
) -> Option<&'a ReferenceOr<Box<Schema>>> {
    let schema = doc.components.as_ref()?.schemas.get(schema)?.as_item()?;
    match &schema.schema_kind {
        SchemaKind::Type(Type::Object(object)) => object.properties.get(name),
        _ => None,
    }
}

/// The YAML location of a property.
fn location(schema: &str, name: &str) -> Vec<String> {
    ["components", "schemas", schema, "properties", name]
        .map(str::to_owned)
        .to_vec()
}

fn lookup<'a>(yaml: &'a Value, at: &[String]) -> Option<&'a Value> {
    at.iter().try_fold(yaml, |node, key| node.get(key.as_str()))
}

/// `old` then the new sources it lacks.
fn union(old: &[String], new: &[String]) -> Vec<String> {
    let mut out = old.to_vec();
    for s in new {
        if !out.contains(s) {
            out.push(s.clone());
        }
    }
    out
}

fn describe(seen: &Seen) -> String {
    let mut parts: Vec<String> = seen
        .types
        .iter()
        .map(|(t, n)| format!("{t} ×{n}"))
        .collect();
    parts.extend(seen.formats.iter().map(|(f, n)| format!("{f} ×{n}")));
    format!(
        "{} in {} of {} records",
        parts.join(", "),
        seen.present(),
        seen.records
    )
}

/// A declared attribute seen in captures: its evidence grows (a level never goes down), and
/// its type is widened when a capture saw one it does not allow.
fn declared_edits(
    doc: &OpenAPI,
    yaml: &Value,
    schema: &str,
    name: &str,
    prop: &Schema,
    observed: &Observed,
    notes: &mut Vec<String>,
) -> Vec<Edit> {
    let place = format!("`{name}` of {schema}");
    let at = location(schema, name);
    let Some(prop_yaml) = lookup(yaml, &at) else {
        return Vec::new();
    };
    let old = Evidence::of(&prop.schema_data);
    let old_level = old.as_ref().map_or(spec::LEVELS[4], |e| e.level.as_str());
    let level = if spec::rank(old_level) <= spec::rank(spec::OBSERVED) {
        old_level
    } else {
        spec::OBSERVED
    };
    if level != old_level {
        notes.push(format!("{place}: {old_level} → {level}"));
    }
    let mut seen = old
        .as_ref()
        .and_then(|e| e.seen.clone())
        .unwrap_or_default();
    seen.add(&observed.seen);
    let new = Evidence {
        level: level.to_owned(),
        sources: union(
            &old.as_ref().map(|e| e.sources.clone()).unwrap_or_default(),
            &observed.sources,
        ),
        seen: Some(seen),
    };
    let seen_types = observed.seen.types.keys();
    let seen_null = observed.seen.types.contains_key("null");
    let mut edits = Vec::new();
    if let SchemaKind::AllOf { .. } = prop.schema_kind {
        // `allOf: [$ref]` beside the evidence: the shared schema is not ours to change here.
        let wrapped = ReferenceOr::Item(prop.clone());
        let shared = model::resolve(doc, &wrapped)
            .and_then(|(_, shared)| shared)
            .and_then(|shared| {
                let at = ["components", "schemas", shared].map(str::to_owned);
                lookup(yaml, &at).map(|y| (shared, y))
            });
        if let Some((shared, shared_yaml)) = shared {
            let extra = widen::unexpected(shared_yaml, seen_types);
            if !extra.is_empty() || (seen_null && !widen::allows_null(shared_yaml)) {
                notes.push(format!(
                    "{place}: seen as {}, which the shared schema {shared} does not allow; widen it by hand",
                    describe(&observed.seen)
                ));
            }
        }
    } else {
        let extra = widen::unexpected(prop_yaml, seen_types);
        let is_union = prop_yaml.get("oneOf").is_some() || prop_yaml.get("anyOf").is_some();
        let allows_null = widen::allows_null(prop_yaml);
        if !extra.is_empty() || (seen_null && !allows_null && is_union) {
            edits.extend(widen::widen(
                &at,
                prop_yaml,
                &extra,
                allows_null || seen_null,
            ));
            notes.push(format!(
                "{place}: declared {}, seen as {}: widened",
                widen::declared_types(prop_yaml)
                    .unwrap_or_default()
                    .into_iter()
                    .collect::<Vec<_>>()
                    .join(" | "),
                describe(&observed.seen)
            ));
        } else if seen_null && !allows_null {
            edits.push(Edit::Set {
                parent: at.clone(),
                key: "nullable".to_owned(),
                value: Value::Bool(true),
            });
            notes.push(format!("{place}: seen as null, now nullable"));
        }
    }
    edits.push(Edit::Set {
        parent: at,
        key: "x-spiro-evidence".to_owned(),
        value: new.to_yaml(),
    });
    edits
}

/// A new attribute: the types seen, read-only (it was seen in responses only: request bodies
/// do not get it), evidence `observed`. `None` when it was only ever null.
fn new_edit(schema: &str, name: &str, observed: &Observed) -> Option<Edit> {
    let mut property = widen::new_type(observed.seen.types.keys())?;
    property.insert(
        "description".into(),
        format!(
            "Seen in captured responses of {}; in no public source. [observed]",
            observed
                .operations
                .iter()
                .cloned()
                .collect::<Vec<_>>()
                .join(", "),
        )
        .into(),
    );
    property.insert("readOnly".into(), Value::Bool(true));
    let evidence = Evidence {
        level: spec::OBSERVED.to_owned(),
        sources: observed.sources.clone(),
        seen: Some(observed.seen.clone()),
    };
    property.insert("x-spiro-evidence".into(), evidence.to_yaml());
    let mut parent = location(schema, name);
    parent.pop();
    Some(Edit::Set {
        parent,
        key: name.to_owned(),
        value: Value::Mapping(property),
    })
}

/// How the generator reads each touched attribute, before and after: a note for each change.
fn strictness_notes(
    old: &OpenAPI,
    new: &OpenAPI,
    touched: &[(String, String, Option<Schema>)],
) -> Vec<String> {
    let reading = |doc: &OpenAPI, schema: &str, name: &str| -> Option<&'static str> {
        let owner = doc.components.as_ref()?.schemas.get(schema)?.as_item()?;
        let prop = property(doc, schema, name)?.as_item()?;
        let evidence = Evidence::of(&prop.schema_data).or_else(|| Evidence::of(&owner.schema_data));
        Some(crate::lenient::reading(name, prop, evidence.as_ref()))
    };
    let mut out = Vec::new();
    for (schema, name, _) in touched {
        let before = reading(old, schema, name);
        let after = reading(new, schema, name);
        match (before, after) {
            (Some(before), Some(after)) if before != after => out.push(format!(
                "`{name}` of {schema}: read {before} before, {after} now (its generated Rust type changes)"
            )),
            (None, Some(after)) => out.push(format!("`{name}` of {schema}: read {after}")),
            _ => {}
        }
    }
    out
}

/// The `EVIDENCE.md` row of a capture.
fn row(capture: &Capture) -> String {
    let (mut answers, mut ok) = (0u64, 0u64);
    let mut operations = BTreeSet::new();
    for ((operation, status), group) in &capture.groups {
        answers = answers.saturating_add(group.responses);
        if (200..300).contains(status) {
            ok = ok.saturating_add(group.responses);
            operations.insert(operation);
        }
    }
    let short = capture
        .origin
        .spec
        .get(..19)
        .unwrap_or(&capture.origin.spec);
    format!(
        "Shapes of {answers} answers from {} ({ok} successful, of {} operations), captured from {} \
         with `capture_shapes` ({}, spec {short}…); capture {}. JSON paths, types and counts; no \
         values.",
        capture.started,
        operations.len(),
        capture.origin.host,
        capture.origin.sdk,
        capture.id
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_are_attributes_envelope_or_left_alone() {
        let p = "data[].attributes";
        assert_eq!(classify("$", p), Place::Structure);
        assert_eq!(classify("data[].attributes", p), Place::Structure);
        assert_eq!(
            classify("data[].attributes.amount", p),
            Place::Attribute("amount")
        );
        assert_eq!(
            classify("data[].attributes.tags[]", p),
            Place::Inside("tags")
        );
        assert_eq!(
            classify("data[].attributes.custom.rating.label", p),
            Place::Inside("custom")
        );
        assert_eq!(classify("data[].type", p), Place::Envelope("type"));
        assert_eq!(
            classify("data[].relationships.user.data.id", p),
            Place::Envelope("relationships")
        );
        assert_eq!(
            classify("meta.pagination.current_page", p),
            Place::Envelope("meta")
        );
        assert_eq!(
            classify("included[].attributes.name", p),
            Place::Envelope("included")
        );
        assert_eq!(classify("errors[].status", p), Place::Envelope("errors"));
        assert_eq!(classify("data[].colour", p), Place::Unmapped("colour"));
        assert_eq!(classify("whatever.x", p), Place::Unmapped("whatever"));
    }
}
