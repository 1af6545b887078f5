//! `cargo xtask learn [--spec FILE] [--dry-run] CAPTURE…`: merges shape captures written by
//! spiro-api (`ClientBuilder::capture_shapes`, format `spiro-shapes/1`) into the spec.
//!
//! - An operation seen answering 2xx becomes `live`, with `capture-<date>` as a source.
//! - A declared field that was seen gets `x-spiro-evidence: {level: observed}`; when a type
//!   was seen that the spec does not allow, its type is widened (a second type becomes a
//!   `oneOf`; `null` becomes `nullable: true`). Types are never narrowed: a field declared
//!   `number | string` and seen only as numbers stays as it is.
//! - A field seen in a record schema that does not declare it is added with the observed
//!   type and evidence `observed`.
//! - Paths under free-form maps (`custom`, `relationships`, `included[].attributes`) and
//!   error responses are reported, not merged: their keys are per organisation or not ours.
//!
//! - Each capture source the learned spec cites (`capture-YYYY-MM-DD`, named by
//!   [`spec::capture_source`]) gets a row in the `EVIDENCE.md` beside the spec, under
//!   "Captured responses", where the lint looks for it.
//!
//! The operations and every existing `x-spiro-evidence` are read with the spec model
//! ([`crate::spec`]: its levels, including `observed`, and its source ids); the YAML tree is
//! only walked to find the entries to edit. The edits are applied with [`crate::layout`],
//! which touches only the lines of the entries it changes. The review diffs are printed;
//! nothing is generated: run `cargo xtask generate`.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use serde_json::Value as Json;
use serde_yaml::{Mapping, Value};

use crate::Result;
use crate::layout::{self, Edit};
use crate::spec::{self, Spec};

/// The capture format this version reads.
pub const FORMAT: &str = "spiro-shapes/1";

const USAGE: &str = "usage: cargo xtask learn [--spec FILE] [--dry-run] CAPTURE.jsonl…\n\
    (the capture sources are listed in the EVIDENCE.md beside the spec file)";

/// What was observed, summed over every capture line.
#[derive(Debug, Default, PartialEq)]
pub struct Observed {
    /// By operation id and status.
    pub groups: BTreeMap<(String, u16), Group>,
}

/// The counts of one operation and status.
#[derive(Debug, Default, PartialEq)]
pub struct Group {
    pub responses: u64,
    /// The latest capture date (`YYYY-MM-DD`).
    pub date: String,
    pub paths: BTreeMap<String, Counts>,
}

/// How often each JSON type was seen at one path.
#[derive(Debug, Default, PartialEq, Clone)]
pub struct Counts {
    pub types: BTreeMap<String, u64>,
}

impl Counts {
    fn total(&self) -> u64 {
        self.types.values().sum()
    }
}

/// Runs the task with its command-line arguments (after `learn`).
pub fn run(args: &[String], root: &Path) -> Result<()> {
    let mut spec_path = root.join(crate::spec::PATH);
    let mut dry_run = false;
    let mut files = Vec::new();
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--spec" => spec_path = PathBuf::from(args.next().ok_or(USAGE)?),
            "--dry-run" => dry_run = true,
            flag if flag.starts_with("--") => {
                return Err(format!("unknown option {flag}\n{USAGE}").into());
            }
            file => files.push(PathBuf::from(file)),
        }
    }
    if files.is_empty() {
        return Err(USAGE.into());
    }
    let mut observed = Observed::default();
    for file in &files {
        let text = std::fs::read_to_string(file)
            .map_err(|e| format!("cannot read capture {}: {e}", file.display()))?;
        read_capture(&mut observed, &file.display().to_string(), &text)?;
    }
    let old = std::fs::read_to_string(&spec_path)
        .map_err(|e| format!("cannot read {}: {e}", spec_path.display()))?;
    let learned = learn(&old, &observed)?;
    let responses: u64 = observed.groups.values().map(|g| g.responses).sum();
    println!(
        "learned from {} capture file(s): {} responses of {} operation/status pairs",
        files.len(),
        responses,
        observed.groups.len()
    );
    // The capture sources the spec now cites are listed in the EVIDENCE.md beside it.
    let evidence_path = spec_path.with_file_name("EVIDENCE.md");
    let old_evidence = std::fs::read_to_string(&evidence_path).map_err(|e| {
        format!(
            "cannot read {}: {e} (learn lists the capture sources it cites in the \
                 EVIDENCE.md beside the spec)",
            evidence_path.display()
        )
    })?;
    let new_evidence = if learned.text == old {
        old_evidence.clone()
    } else {
        list_sources(&old_evidence, &learned.sources)
    };
    let mut changed = Vec::new();
    for (path, old, new) in [
        (&spec_path, &old, &learned.text),
        (&evidence_path, &old_evidence, &new_evidence),
    ] {
        let shown = path.display().to_string();
        if old == new {
            println!("{shown}: nothing to change");
        } else {
            println!(
                "{}",
                crate::generate::diff(&shown, "learned", old, new, None)
            );
            changed.push((path, new));
        }
    }
    for note in &learned.notes {
        println!("note: {note}");
    }
    if !dry_run && !changed.is_empty() {
        for (path, text) in &changed {
            std::fs::write(path, text)?;
        }
        println!(
            "written. Review the diff above, then run `cargo xtask generate` and send the \
             diff of spec/ (see README, \"Help us map Spiro's API\")."
        );
    }
    Ok(())
}

/// Adds one capture file's lines to `observed`. `name` is for error messages.
pub fn read_capture(observed: &mut Observed, name: &str, text: &str) -> Result<()> {
    for (n, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let at = || format!("{name}:{}", n + 1);
        let line: Json =
            serde_json::from_str(line).map_err(|e| format!("{}: not a JSON line: {e}", at()))?;
        if line["format"] != FORMAT {
            return Err(format!("{}: not a {FORMAT} capture line", at()).into());
        }
        let (Some(operation), Some(status), Some(responses), Some(date), Some(paths)) = (
            line["operation"].as_str(),
            line["status"].as_u64().and_then(|s| u16::try_from(s).ok()),
            line["responses"].as_u64(),
            line["date"].as_str(),
            line["paths"].as_object(),
        ) else {
            return Err(format!(
                "{}: a capture line needs operation, status, responses, date and paths",
                at()
            )
            .into());
        };
        if !spec::is_date(date) {
            return Err(format!("{}: date {date:?} is not YYYY-MM-DD", at()).into());
        }
        let group = observed
            .groups
            .entry((operation.to_owned(), status))
            .or_default();
        group.responses = group.responses.saturating_add(responses);
        if date > group.date.as_str() {
            group.date = date.to_owned();
        }
        for (path, entry) in paths {
            let counts = group.paths.entry(path.clone()).or_default();
            for (t, n) in entry["types"].as_object().into_iter().flatten() {
                if JSON_TYPES.contains(&t.as_str()) {
                    let n = n.as_u64().unwrap_or(0);
                    let slot = counts.types.entry(t.clone()).or_default();
                    *slot = slot.saturating_add(n);
                }
            }
        }
    }
    Ok(())
}

const JSON_TYPES: [&str; 7] = [
    "null", "boolean", "integer", "number", "string", "array", "object",
];

/// The same test spiro-api's capture applies to keys: only these can become field names.
fn is_field_name(key: &str) -> bool {
    let mut chars = key.chars();
    key.len() <= 64
        && chars
            .next()
            .is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
}

/// The learned spec text and what the reviewer should know.
#[derive(Debug)]
pub struct Learned {
    pub text: String,
    pub notes: Vec<String>,
    /// The capture sources learning cites, with what each shows: rows for
    /// `spec/EVIDENCE.md` ([`list_sources`]).
    pub sources: BTreeMap<String, String>,
}

/// Merges `observed` into the spec `text`.
pub fn learn(text: &str, observed: &Observed) -> Result<Learned> {
    // The spec model reads the operations and every `x-spiro-evidence` (refusing unknown
    // levels); the YAML tree is only for the layout-preserving edits.
    let spec = spec::parse(text)?;
    spec::tagged(&spec.doc)?;
    let model: Value = serde_yaml::from_str(text)?;
    let (edits, notes) = plan(&spec, &model, observed);
    let text = layout::apply(text, &model, &edits)?;
    // Still a spec the xtask accepts (operation ids, evidence levels, parameter names).
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
    let mut sources = capture_sources(&spec, observed);
    sources.retain(|id, _| cited.contains(id));
    Ok(Learned {
        sources,
        text,
        notes,
    })
}

/// The capture sources that learning cites, with a line for `spec/EVIDENCE.md` each: one per
/// capture date of a 2xx answer of an operation of the spec.
fn capture_sources(spec: &Spec, observed: &Observed) -> BTreeMap<String, String> {
    let mut by_date: BTreeMap<&str, (u64, BTreeSet<&str>)> = BTreeMap::new();
    for ((operation, status), group) in &observed.groups {
        if (200..300).contains(status) && find_operation(spec, operation).is_some() {
            let entry = by_date.entry(group.date.as_str()).or_default();
            entry.0 = entry.0.saturating_add(group.responses);
            entry.1.insert(operation);
        }
    }
    by_date
        .into_iter()
        .map(|(date, (responses, operations))| {
            (
                spec::capture_source(date, 1),
                format!(
                    "Shapes of {responses} successful response(s) of {} operation(s), \
                     captured with spiro-api's `capture_shapes` on {date} and merged by \
                     `cargo xtask learn` (JSON paths, JSON types and counts; no values).",
                    operations.len()
                ),
            )
        })
        .collect()
}

/// The heading in `spec/EVIDENCE.md` whose table lists the capture sources.
pub const CAPTURES_HEADING: &str = "## Captured responses";

/// `evidence_md` with a row for each of `sources` that it does not list yet, appended to the
/// table under [`CAPTURES_HEADING`] (the section is added at the end when missing).
pub fn list_sources(evidence_md: &str, sources: &BTreeMap<String, String>) -> String {
    let listed = crate::lint::listed_sources(evidence_md);
    let rows: Vec<String> = sources
        .iter()
        .filter(|(id, _)| !listed.contains(*id))
        .map(|(id, what)| format!("| {id} | {what} |"))
        .collect();
    if rows.is_empty() {
        return evidence_md.to_owned();
    }
    let mut lines: Vec<String> = evidence_md.lines().map(str::to_owned).collect();
    match lines.iter().position(|l| l.trim_end() == CAPTURES_HEADING) {
        Some(heading) => {
            let end = lines[heading + 1..]
                .iter()
                .position(|l| l.starts_with("## "))
                .map_or(lines.len(), |n| heading + 1 + n);
            // After the section's last table row; a new table when it has none.
            match lines[heading + 1..end]
                .iter()
                .rposition(|l| l.starts_with('|'))
            {
                Some(n) => {
                    let at = heading + 2 + n;
                    lines.splice(at..at, rows);
                }
                None => {
                    let mut at = end;
                    while at > heading + 1 && lines[at - 1].trim().is_empty() {
                        at -= 1;
                    }
                    let mut table = vec![
                        String::new(),
                        "| Id | What it shows |".to_owned(),
                        "|---|---|".to_owned(),
                    ];
                    table.extend(rows);
                    if end < lines.len() {
                        table.push(String::new());
                    }
                    lines.splice(at..end, table);
                }
            }
        }
        None => {
            while lines.last().is_some_and(|l| l.trim().is_empty()) {
                lines.pop();
            }
            lines.extend([
                String::new(),
                CAPTURES_HEADING.to_owned(),
                String::new(),
                "| Id | What it shows |".to_owned(),
                "|---|---|".to_owned(),
            ]);
            lines.extend(rows);
        }
    }
    let mut out = lines.join("\n");
    out.push('\n');
    out
}

/// What a captured path is in the spec.
#[derive(Debug, Clone, PartialEq)]
enum Target {
    /// A declared property: its location (ends with `properties`, name).
    Declared(Vec<String>),
    /// A property the record schema at `parent` (its `properties` location) does not declare.
    New {
        properties: Vec<String>,
        name: String,
    },
    /// Somewhere learn does not merge (free-form map, union, undeclared); why.
    Unmapped(String),
    /// The document root or array items: structure, nothing to learn.
    Structure,
}

/// Everything seen at one target, over all operations.
#[derive(Default)]
struct Seen {
    counts: Counts,
    /// Occurrences of the enclosing object, for "present in N of M".
    parents: u64,
    date: String,
    operations: BTreeSet<String>,
}

fn plan(spec: &Spec, doc: &Value, observed: &Observed) -> (Vec<Edit>, Vec<String>) {
    let mut edits = Vec::new();
    let mut notes = Vec::new();
    let mut declared: BTreeMap<Vec<String>, Seen> = BTreeMap::new();
    let mut new: BTreeMap<(Vec<String>, String), Seen> = BTreeMap::new();
    let mut unmapped = BTreeMap::<String, u64>::new();

    // Operations: the latest date per operation that answered 2xx.
    let mut live: BTreeMap<&str, &str> = BTreeMap::new();
    for ((operation, status), group) in &observed.groups {
        let Some((path, method)) = find_operation(spec, operation) else {
            notes.push(format!(
                "{operation}: not an operation of this spec (a capture from another version?)"
            ));
            continue;
        };
        if !(200..300).contains(status) {
            notes.push(format!(
                "{operation} answered {status} {} time(s); error responses are not merged",
                group.responses
            ));
            continue;
        }
        let date = live.entry(operation).or_insert(group.date.as_str());
        if group.date.as_str() > *date {
            *date = group.date.as_str();
        }
        let Some(root) = success_schema(doc, &path, &method, *status) else {
            notes.push(format!(
                "{operation} {status}: the spec declares no JSON schema for it"
            ));
            continue;
        };
        for (json_path, counts) in &group.paths {
            match target(doc, &root, json_path) {
                Target::Declared(at) => {
                    let seen = declared.entry(at).or_default();
                    merge_seen(seen, counts, group, json_path, operation);
                }
                Target::New { properties, name } => {
                    let seen = new.entry((properties, name)).or_default();
                    merge_seen(seen, counts, group, json_path, operation);
                }
                Target::Unmapped(why) => {
                    *unmapped.entry(why).or_default() += counts.total();
                }
                Target::Structure => {}
            }
        }
    }

    for (operation, date) in &live {
        if let Some((path, method)) = find_operation(spec, operation) {
            let parent = vec!["paths".to_owned(), path, method];
            if let Some(edit) = operation_evidence_edit(doc, &parent, date) {
                edits.push(edit);
            }
        }
    }
    for (at, seen) in &declared {
        edits.extend(declared_property_edits(doc, at, seen, &mut notes));
    }
    for ((properties, name), seen) in &new {
        let place = format!("`{name}` in {}", schema_name(properties));
        match new_property_edit(properties, name, seen) {
            Some(edit) => {
                edits.push(edit);
                notes.push(format!(
                    "new field {place} ({}), seen as {}",
                    presence(seen),
                    describe(&seen.counts)
                ));
            }
            None => notes.push(format!(
                "field {place} was only ever null: not added (its type is unknown)"
            )),
        }
    }
    for (why, n) in unmapped {
        notes.push(format!("not merged ({n} values): {why}"));
    }
    (edits, notes)
}

fn merge_seen(seen: &mut Seen, counts: &Counts, group: &Group, json_path: &str, operation: &str) {
    for (t, n) in &counts.types {
        *seen.counts.types.entry(t.clone()).or_default() += n;
    }
    seen.parents += group
        .paths
        .get(parent_path(json_path))
        .and_then(|c| c.types.get("object"))
        .copied()
        .unwrap_or(0);
    if group.date > seen.date {
        seen.date = group.date.clone();
    }
    seen.operations.insert(operation.to_owned());
}

/// `data[].attributes` for `data[].attributes.amount`, `$` for `data`.
fn parent_path(path: &str) -> &str {
    path.rsplit_once('.').map_or("$", |(parent, _)| parent)
}

fn presence(seen: &Seen) -> String {
    let present = seen.counts.total();
    format!(
        "present in {present} of {} records",
        seen.parents.max(present)
    )
}

fn describe(counts: &Counts) -> String {
    counts
        .types
        .iter()
        .map(|(t, n)| format!("{t} ×{n}"))
        .collect::<Vec<_>>()
        .join(", ")
}

fn schema_name(location: &[String]) -> String {
    match location {
        [c, s, name, ..] if c == "components" && s == "schemas" => name.clone(),
        _ => location.join("."),
    }
}

// ---------------------------------------------------------------------------------------------
// Spec access: the functions that know where things sit in the YAML tree.
// ---------------------------------------------------------------------------------------------

/// The path and (lower-case) method of the operation with this id, from the spec model.
fn find_operation(spec: &Spec, operation_id: &str) -> Option<(String, String)> {
    spec.operations
        .iter()
        .find(|op| op.operation_id == operation_id)
        .map(|op| (op.path.clone(), op.method.to_lowercase()))
}

/// The location of the JSON schema of the response `status` (or the 2xx range).
fn success_schema(doc: &Value, path: &str, method: &str, status: u16) -> Option<Vec<String>> {
    let responses = doc.get("paths")?.get(path)?.get(method)?.get("responses")?;
    let code = status.to_string();
    let key = [code.as_str(), "2XX", "2xx"]
        .into_iter()
        .find(|k| responses.get(*k).is_some())?;
    let mut at = vec![
        "paths".to_owned(),
        path.to_owned(),
        method.to_owned(),
        "responses".to_owned(),
        key.to_owned(),
    ];
    let mut response = responses.get(key)?;
    if let Some(reference) = response.get("$ref").and_then(Value::as_str) {
        at = ref_location(reference)?;
        response = lookup(doc, &at)?;
    }
    response
        .get("content")?
        .get("application/json")?
        .get("schema")?;
    at.extend(["content", "application/json", "schema"].map(str::to_owned));
    Some(at)
}

fn lookup<'a>(doc: &'a Value, at: &[String]) -> Option<&'a Value> {
    at.iter().try_fold(doc, |node, key| node.get(key.as_str()))
}

fn ref_location(reference: &str) -> Option<Vec<String>> {
    let rest = reference.strip_prefix("#/")?;
    Some(
        rest.split('/')
            .map(|s| s.replace("~1", "/").replace("~0", "~"))
            .collect(),
    )
}

/// Follows `$ref` and a single-`allOf` wrapper (`allOf: [$ref], nullable: true`).
fn deref(doc: &Value, mut at: Vec<String>) -> Option<Vec<String>> {
    for _ in 0..16 {
        let schema = lookup(doc, &at)?;
        if let Some(reference) = schema.get("$ref").and_then(Value::as_str) {
            at = ref_location(reference)?;
        } else if let Some([only]) = schema
            .get("allOf")
            .and_then(Value::as_sequence)
            .map(Vec::as_slice)
        {
            match only.get("$ref").and_then(Value::as_str) {
                Some(reference) => at = ref_location(reference)?,
                None => return Some(at),
            }
        } else {
            return Some(at);
        }
    }
    None
}

/// What `json_path` (capture notation) is, starting from the schema at `root`.
fn target(doc: &Value, root: &[String], json_path: &str) -> Target {
    if json_path == "$" {
        return Target::Structure;
    }
    let mut current = root.to_vec();
    let segments: Vec<&str> = json_path.split('.').collect();
    for (i, segment) in segments.iter().enumerate() {
        let last = i + 1 == segments.len();
        let key = segment.trim_end_matches("[]");
        let arrays = (segment.len() - key.len()) / 2;
        if !key.is_empty() {
            let Some(record) = deref(doc, current.clone()) else {
                return Target::Unmapped(format!("an unresolvable $ref near `{json_path}`"));
            };
            let schema = lookup(doc, &record).unwrap_or(&Value::Null);
            let Some(properties) = schema.get("properties").and_then(Value::as_mapping) else {
                return Target::Unmapped(format!(
                    "`{}` is a free-form map or a union in {}",
                    segments[..i].join("."),
                    schema_name(&record)
                ));
            };
            if properties.contains_key(key) {
                current = record;
                current.extend(["properties".to_owned(), key.to_owned()]);
            } else if last && arrays == 0 && is_field_name(key) {
                let mut at = record;
                at.push("properties".to_owned());
                return Target::New {
                    properties: at,
                    name: key.to_owned(),
                };
            } else {
                return Target::Unmapped(format!(
                    "fields under `{}`, which {} does not declare",
                    segments[..=i].join("."),
                    schema_name(&record)
                ));
            }
        }
        for _ in 0..arrays {
            let Some(array) = deref(doc, current.clone()) else {
                return Target::Unmapped(format!("an unresolvable $ref near `{json_path}`"));
            };
            if lookup(doc, &array).and_then(|s| s.get("items")).is_none() {
                return Target::Unmapped(format!("`{segment}` is not declared as an array"));
            }
            current = array;
            current.push("items".to_owned());
        }
    }
    if current.iter().rev().nth(1).map(String::as_str) == Some("properties") {
        Target::Declared(current)
    } else {
        Target::Structure
    }
}

/// The JSON types a schema allows, or `None` when it does not say (no `type`, or a union
/// with an untyped variant).
fn declared_types(schema: &Value) -> Option<BTreeSet<String>> {
    if let Some(t) = schema.get("type").and_then(Value::as_str) {
        return Some(BTreeSet::from([t.to_owned()]));
    }
    variants(schema)?
        .iter()
        .map(|v| v.get("type").and_then(Value::as_str).map(str::to_owned))
        .collect()
}

/// The variants of a `oneOf`/`anyOf` schema.
fn variants(schema: &Value) -> Option<&Vec<Value>> {
    schema
        .get("oneOf")
        .or_else(|| schema.get("anyOf"))
        .and_then(Value::as_sequence)
}

/// Whether the schema accepts `null` (OpenAPI 3.0: `nullable`, on it or on a variant).
fn allows_null(schema: &Value) -> bool {
    let nullable = |s: &Value| s.get("nullable").and_then(Value::as_bool) == Some(true);
    nullable(schema) || variants(schema).is_some_and(|v| v.iter().any(nullable))
}

fn allows(declared: &BTreeSet<String>, seen: &str) -> bool {
    declared.contains(seen) || (seen == "integer" && declared.contains("number"))
}

/// The observed types the schema does not allow (`null` aside).
fn unexpected(schema: &Value, seen: &Seen) -> BTreeSet<String> {
    let Some(declared) = declared_types(schema) else {
        return BTreeSet::new();
    };
    seen.counts
        .types
        .keys()
        .filter(|t| *t != "null" && !allows(&declared, t))
        .cloned()
        .collect()
}

/// A property seen in traffic: evidence `observed`, and a widened type when needed.
fn declared_property_edits(
    doc: &Value,
    at: &[String],
    seen: &Seen,
    notes: &mut Vec<String>,
) -> Vec<Edit> {
    let Some(schema) = lookup(doc, at) else {
        return Vec::new();
    };
    let name = at.last().cloned().unwrap_or_default();
    let place = format!("`{name}` of {}", schema_name(at));
    // Containers (`data`, `meta`, `included`) are learned through the properties of the
    // schemas they hold.
    if schema.get("items").is_some() || schema.get("properties").is_some() {
        return Vec::new();
    }
    let seen_null = seen.counts.types.contains_key("null");
    // A reference to a shared schema: changing it would change every user, so only say so.
    // (`$ref` cannot have siblings in OpenAPI 3.0; `allOf: [$ref]` can carry the evidence.)
    if schema.get("$ref").is_some() || schema.get("allOf").is_some() {
        let target = deref(doc, at.to_vec()).and_then(|t| lookup(doc, &t).map(|s| (t, s)));
        if let Some((target, shared)) = target {
            let extra = unexpected(shared, seen);
            if !extra.is_empty() || (seen_null && !allows_null(shared)) {
                notes.push(format!(
                    "{place}: seen as {}, which the shared schema {} does not allow; widen it \
                     by hand",
                    describe(&seen.counts),
                    schema_name(&target)
                ));
            }
        }
        if schema.get("$ref").is_some() {
            return Vec::new();
        }
        return vec![evidence_edit(at, schema, &seen.date)];
    }

    let extra = unexpected(schema, seen);
    let mut edits = Vec::new();
    let nullable = allows_null(schema) || seen_null;
    let is_union = variants(schema).is_some();
    if !extra.is_empty() || (seen_null && !allows_null(schema) && is_union) {
        edits.extend(widen(at, schema, &extra, nullable));
        notes.push(format!(
            "{place}: declared {}, seen as {}: widened (check the generated type)",
            declared_types(schema)
                .unwrap_or_default()
                .into_iter()
                .collect::<Vec<_>>()
                .join(" | "),
            describe(&seen.counts)
        ));
    } else if seen_null && !allows_null(schema) {
        edits.push(Edit::Set {
            parent: at.to_vec(),
            key: "nullable".to_owned(),
            value: Value::Bool(true),
        });
        notes.push(format!("{place}: seen as null, now nullable"));
    }
    edits.push(evidence_edit(at, schema, &seen.date));
    edits
}

fn evidence_edit(at: &[String], schema: &Value, date: &str) -> Edit {
    Edit::Set {
        parent: at.to_vec(),
        key: "x-spiro-evidence".to_owned(),
        value: evidence(schema.get("x-spiro-evidence"), spec::OBSERVED, date),
    }
}

/// Keywords that describe one type: they move into that type's variant when a property
/// becomes a union.
const TYPE_KEYWORDS: [&str; 11] = [
    "format",
    "pattern",
    "enum",
    "minimum",
    "maximum",
    "exclusiveMinimum",
    "exclusiveMaximum",
    "minLength",
    "maxLength",
    "multipleOf",
    "nullable",
];

/// A typed variant (OpenAPI 3.0 has no type lists; `nullable` goes on a variant, since a
/// `nullable` without a sibling `type` is invalid).
fn typed(t: &str, nullable: bool) -> Mapping {
    let mut m = Mapping::new();
    m.insert("type".into(), t.into());
    match t {
        "object" => {
            m.insert("additionalProperties".into(), Value::Bool(true));
        }
        "array" => {
            m.insert("items".into(), Value::Mapping(Mapping::new()));
        }
        _ => {}
    }
    if nullable {
        m.insert("nullable".into(), Value::Bool(true));
    }
    m
}

/// Edits that make the property at `at` accept `extra` types too (and `null` when
/// `nullable`): a `oneOf` whose first variants are the declared ones, unchanged except for
/// `nullable`. Nothing the spec allowed is dropped.
fn widen(at: &[String], schema: &Value, extra: &BTreeSet<String>, nullable: bool) -> Vec<Edit> {
    let mut old_variants: Vec<Value> = match variants(schema) {
        Some(list) => list.clone(),
        None => {
            let mut only = Mapping::new();
            for key in std::iter::once("type").chain(TYPE_KEYWORDS) {
                if let Some(v) = schema.get(key) {
                    only.insert(key.into(), v.clone());
                }
            }
            vec![Value::Mapping(only)]
        }
    };
    // `integer` widened by `number` is just `number`.
    let mut extra = extra.clone();
    if extra.contains("number") {
        for v in &mut old_variants {
            if v.get("type").and_then(Value::as_str) == Some("integer")
                && let Some(m) = v.as_mapping_mut()
            {
                m.insert("type".into(), "number".into());
                m.shift_remove("format");
            }
        }
        if old_variants
            .iter()
            .any(|v| v.get("type").and_then(Value::as_str) == Some("number"))
        {
            extra.remove("number");
        }
    }
    // An integer is a number: only a new `integer` variant when no variant is a number.
    if extra.contains("number")
        || old_variants
            .iter()
            .any(|v| v.get("type").and_then(Value::as_str) == Some("number"))
    {
        extra.remove("integer");
    }
    let mut all = old_variants;
    all.extend(extra.iter().map(|t| Value::Mapping(typed(t, false))));
    // `null` on the first variant only: the variants of a `oneOf` must stay mutually
    // exclusive (Redocly's `no-illogical-composition-keywords`).
    for (i, v) in all.iter_mut().enumerate() {
        if let Some(m) = v.as_mapping_mut() {
            if nullable && i == 0 {
                m.insert("nullable".into(), Value::Bool(true));
            } else {
                m.shift_remove("nullable");
            }
        }
    }
    // The type-describing keys the property ends up with; the others are removed. Keys that
    // stay are set in place, so the diff shows a changed line rather than a moved one.
    let mut wanted = Mapping::new();
    match all.as_slice() {
        [Value::Mapping(only)] => wanted = only.clone(),
        _ => {
            wanted.insert("oneOf".into(), Value::Sequence(all));
        }
    }
    let mut edits: Vec<Edit> = std::iter::once("type")
        .chain(TYPE_KEYWORDS)
        .chain(["anyOf", "oneOf"])
        .filter(|k| schema.get(*k).is_some() && !wanted.contains_key(*k))
        .map(|k| Edit::Remove {
            parent: at.to_vec(),
            key: k.to_owned(),
        })
        .collect();
    for (k, v) in &wanted {
        if let Some(k) = k.as_str()
            && schema.get(k) != Some(v)
        {
            edits.push(Edit::Set {
                parent: at.to_vec(),
                key: k.to_owned(),
                value: v.clone(),
            });
        }
    }
    edits
}

/// A property the spec did not have, with the observed type and evidence `observed`
/// (`None` when it was only ever `null`: there is no type to declare).
fn new_property_edit(properties: &[String], name: &str, seen: &Seen) -> Option<Edit> {
    let mut types: BTreeSet<String> = seen
        .counts
        .types
        .keys()
        .filter(|t| *t != "null")
        .cloned()
        .collect();
    if types.contains("number") {
        types.remove("integer");
    }
    let nullable = seen.counts.types.contains_key("null");
    let mut property = match types.iter().collect::<Vec<_>>().as_slice() {
        [] => return None,
        [only] => typed(only, nullable),
        several => {
            let mut m = Mapping::new();
            m.insert(
                "oneOf".into(),
                Value::Sequence(
                    several
                        .iter()
                        .enumerate()
                        // `null` on the first variant only (see `widen`).
                        .map(|(i, t)| Value::Mapping(typed(t, nullable && i == 0)))
                        .collect(),
                ),
            );
            m
        }
    };
    property.insert(
        "description".into(),
        format!(
            "Seen in captured responses of {} ({}); not in any public source. [observed {}]",
            seen.operations
                .iter()
                .cloned()
                .collect::<Vec<_>>()
                .join(", "),
            presence(seen),
            spec::capture_source(&seen.date, 1)
        )
        .into(),
    );
    property.insert(
        "x-spiro-evidence".into(),
        evidence(None, spec::OBSERVED, &seen.date),
    );
    Some(Edit::Set {
        parent: properties.to_vec(),
        key: name.to_owned(),
        value: Value::Mapping(property),
    })
}

/// `x-spiro-evidence` with `level` and the capture as the newest source. The sources of `old`
/// are read with the spec model (which `learn` checked every tag with first) and kept; an
/// earlier capture source is replaced.
fn evidence(old: Option<&Value>, level: &str, date: &str) -> Value {
    let old = old
        .and_then(|v| serde_json::to_value(v).ok())
        .and_then(|v| spec::Evidence::parse(&v).ok())
        .map(|e| e.sources)
        .unwrap_or_default();
    let sources = std::iter::once(spec::capture_source(date, 1))
        .chain(old.into_iter().filter(|s| !spec::is_capture_source(s)))
        .map(Value::String)
        .collect();
    let mut evidence = Mapping::new();
    evidence.insert("level".into(), level.into());
    evidence.insert("sources".into(), Value::Sequence(sources));
    Value::Mapping(evidence)
}

/// The operation's evidence, made `live` from this capture; `None` when it already is.
fn operation_evidence_edit(doc: &Value, operation: &[String], date: &str) -> Option<Edit> {
    let old = lookup(doc, operation)?.get("x-spiro-evidence");
    let new = evidence(old, spec::LIVE, date);
    (old != Some(&new)).then(|| Edit::Set {
        parent: operation.to_vec(),
        key: "x-spiro-evidence".to_owned(),
        value: new,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    pub(crate) fn line(operation: &str, status: u16, paths: Json) -> String {
        serde_json::json!({
            "format": FORMAT, "date": "2026-11-29", "operation": operation, "status": status,
            "responses": 1, "paths": paths, "dropped_paths": 0, "truncated": 0
        })
        .to_string()
    }

    fn spec_text() -> String {
        std::fs::read_to_string(crate::root().join(crate::spec::PATH)).expect("spec")
    }

    fn observed(lines: &[String]) -> Observed {
        let mut observed = Observed::default();
        read_capture(&mut observed, "test", &lines.join("\n")).expect("valid capture");
        observed
    }

    #[test]
    fn a_deviation_widens_a_type_and_adds_a_field_with_a_minimal_diff() {
        let text = spec_text();
        let capture = observed(&[line(
            "get_opportunity",
            200,
            serde_json::json!({
                "$": {"types": {"object": 1}},
                "data": {"types": {"object": 1}},
                "data.attributes": {"types": {"object": 1}},
                "data.attributes.amount": {"types": {"string": 1}},
                "data.attributes.priority": {"types": {"integer": 1}},
                "data.attributes.win_reason": {"types": {"string": 1}},
                "data.attributes.custom.rating.label": {"types": {"string": 1}},
            }),
        )]);
        let learned = learn(&text, &capture).expect("learns");
        let model: Value = serde_yaml::from_str(&learned.text).expect("yaml");
        let attrs = &model["components"]["schemas"]["OpportunityAttributes"]["properties"];
        let original: Value = serde_yaml::from_str(&text).expect("yaml");
        let before = &original["components"]["schemas"]["OpportunityAttributes"]["properties"];
        // `amount` (the shared Amount: a number or a numeric string) allows the string: its
        // type stays, its evidence is now the capture.
        assert_eq!(attrs["amount"]["allOf"], before["amount"]["allOf"]);
        assert_eq!(attrs["amount"]["x-spiro-evidence"]["level"], "observed");
        assert_eq!(
            attrs["amount"]["x-spiro-evidence"]["sources"],
            serde_yaml::from_str::<Value>("[capture-2026-11-29, Y1]").expect("yaml")
        );
        // `priority`, a string, seen as an integer: widened. It was nullable, so its first
        // variant is (a typeless `nullable` is invalid; two nullable variants overlap).
        assert_eq!(
            attrs["priority"]["oneOf"],
            serde_yaml::from_str::<Value>("[{type: string, nullable: true}, {type: integer}]")
                .expect("yaml")
        );
        assert!(attrs["priority"].get("type").is_none());
        assert_eq!(attrs["priority"]["x-spiro-evidence"]["level"], "observed");
        assert_eq!(attrs["win_reason"]["type"], "string");
        assert_eq!(attrs["win_reason"]["x-spiro-evidence"]["level"], "observed");
        assert_eq!(
            attrs["win_reason"]["x-spiro-evidence"]["sources"][0],
            "capture-2026-11-29"
        );
        let op = &model["paths"]["/opportunities/{id}"]["get"]["x-spiro-evidence"];
        assert_eq!(op["level"], "live");
        assert_eq!(op["sources"][0], "capture-2026-11-29");
        // Custom fields are per organisation: never merged.
        assert!(
            learned.notes.iter().any(|n| n.contains("custom")),
            "{:?}",
            learned.notes
        );
        assert!(
            model["components"]["schemas"]["PicklistValue"]["properties"]
                .get("x-spiro-evidence")
                .is_none()
        );

        // Only the touched entries changed: the header comment and everything else is intact.
        let diff = similar::TextDiff::from_lines(&text, &learned.text);
        let removed: Vec<&str> = diff
            .iter_all_changes()
            .filter(|c| c.tag() == similar::ChangeTag::Delete)
            .map(|c| c.value())
            .collect();
        assert!(removed.len() <= 8, "{removed:?}");
        assert!(
            learned
                .text
                .starts_with(&text[..text.find("openapi:").expect("header")])
        );

        // The project lint accepts the learned spec once EVIDENCE.md lists the capture, and
        // not before.
        let md = std::fs::read_to_string(crate::root().join(spec::EVIDENCE_PATH)).expect("md");
        let learned_spec = spec::parse(&learned.text).expect("parses");
        let unlisted = crate::lint::problems(&learned_spec, &md);
        assert!(
            !unlisted.is_empty()
                && unlisted
                    .iter()
                    .all(|p| p.contains("cites capture-2026-11-29")),
            "{unlisted:?}"
        );
        assert_eq!(
            learned.sources.keys().collect::<Vec<_>>(),
            ["capture-2026-11-29"]
        );
        let listed = list_sources(&md, &learned.sources);
        assert_eq!(
            crate::lint::problems(&learned_spec, &listed),
            Vec::<String>::new()
        );
        assert_eq!(list_sources(&listed, &learned.sources), listed);
    }

    #[test]
    fn capture_sources_are_listed_in_their_own_table() {
        let sources = BTreeMap::from([
            ("capture-2026-11-29".to_owned(), "shapes A".to_owned()),
            ("capture-2026-12-01".to_owned(), "shapes B".to_owned()),
        ]);
        let md = "# E\n\n| Id | What |\n|---|---|\n| S1 | page |\n\n## Captured responses\n\n\
                  Prose.\n\n## Open questions\n\nMore.\n";
        let once = list_sources(
            md,
            &BTreeMap::from([sources
                .first_key_value()
                .map(|(k, v)| (k.clone(), v.clone()))
                .expect("one")]),
        );
        assert_eq!(
            once,
            "# E\n\n| Id | What |\n|---|---|\n| S1 | page |\n\n## Captured responses\n\n\
             Prose.\n\n| Id | What it shows |\n|---|---|\n| capture-2026-11-29 | shapes A |\n\n\
             ## Open questions\n\nMore.\n"
        );
        let twice = list_sources(&once, &sources);
        assert!(
            twice.contains(
                "| capture-2026-11-29 | shapes A |\n| capture-2026-12-01 | shapes B |\n\n## Open"
            ),
            "{twice}"
        );
        // Without the section, it is added at the end.
        let added = list_sources("# E\n\nText.\n\n", &sources);
        assert!(
            added.ends_with(
                "Text.\n\n## Captured responses\n\n| Id | What it shows |\n|---|---|\n\
                             | capture-2026-11-29 | shapes A |\n| capture-2026-12-01 | shapes B |\n"
            ),
            "{added}"
        );
        assert_eq!(
            crate::lint::listed_sources(&added).len(),
            2,
            "the rows are what the lint reads"
        );
    }

    #[test]
    fn types_are_never_narrowed_and_learning_twice_changes_nothing() {
        let text = spec_text();
        let capture = observed(&[line(
            "get_opportunity",
            200,
            serde_json::json!({
                "data.attributes.priority": {"types": {"string": 2, "number": 1}},
            }),
        )]);
        let once = learn(&text, &capture).expect("learns").text;
        assert_ne!(once, text);
        let only_numbers = observed(&[line(
            "get_opportunity",
            200,
            serde_json::json!({ "data.attributes.priority": {"types": {"integer": 3}} }),
        )]);
        let twice = learn(&once, &only_numbers).expect("learns").text;
        assert_eq!(once, twice);
        assert_eq!(learn(&twice, &capture).expect("learns").text, twice);
    }

    #[test]
    fn errors_and_unknown_operations_are_notes_not_edits() {
        let text = spec_text();
        let capture = observed(&[
            line(
                "get_company",
                404,
                serde_json::json!({"errors[]": {"types": {"object": 1}}}),
            ),
            line("get_spaceship", 200, serde_json::json!({})),
        ]);
        let learned = learn(&text, &capture).expect("learns");
        assert_eq!(learned.text, text);
        assert_eq!(learned.notes.len(), 2, "{:?}", learned.notes);
    }

    /// The evidence model of the `spec` branch: evidence on properties, shared union
    /// schemas behind `allOf`.
    const SMALL: &str = "\
# header
openapi: 3.0.3
info:
  title: t
  version: '1'
paths:
  /things/{id}:
    get:
      operationId: get_thing
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema:
                $ref: '#/components/schemas/ThingDocument'
      x-spiro-evidence:
        level: inferred
        sources:
        - S3
components:
  schemas:
    ThingDocument:
      type: object
      properties:
        data:
          $ref: '#/components/schemas/Thing'
    Thing:
      type: object
      properties:
        count:
          type: integer
          format: int64
          minimum: 0
          x-spiro-evidence:
            level: inferred
            sources:
            - S3
        label:
          type: string
        amount:
          allOf:
          - $ref: '#/components/schemas/Amount'
          description: An amount.
          x-spiro-evidence:
            level: call
            sources:
            - Y1
    Amount:
      anyOf:
      - type: number
        nullable: true
      - type: string
        nullable: true
";

    #[test]
    fn widening_keeps_keywords_with_their_type_and_shared_schemas_are_only_reported() {
        let capture = observed(&[line(
            "get_thing",
            200,
            serde_json::json!({
                "data": {"types": {"object": 2}},
                "data.count": {"types": {"number": 1, "integer": 1}},
                "data.label": {"types": {"string": 1, "null": 1}},
                "data.amount": {"types": {"string": 1, "boolean": 1}},
                "data.gone": {"types": {"null": 2}},
            }),
        )]);
        let learned = learn(SMALL, &capture).expect("learns");
        let model: Value = serde_yaml::from_str(&learned.text).expect("yaml");
        let thing = &model["components"]["schemas"]["Thing"]["properties"];
        // integer → number in place: `format: int64` goes, `minimum` stays.
        assert_eq!(thing["count"]["type"], "number");
        assert!(thing["count"].get("format").is_none());
        assert_eq!(thing["count"]["minimum"], 0);
        assert_eq!(thing["count"]["x-spiro-evidence"]["level"], "observed");
        assert_eq!(
            thing["count"]["x-spiro-evidence"]["sources"],
            serde_yaml::from_str::<Value>("[capture-2026-11-29, S3]").expect("yaml")
        );
        assert_eq!(thing["label"]["nullable"], true);
        // The shared Amount schema is not edited; the property's evidence is.
        assert_eq!(
            model["components"]["schemas"]["Amount"],
            serde_yaml::from_str::<Value>(SMALL).expect("yaml")["components"]["schemas"]["Amount"]
        );
        assert_eq!(thing["amount"]["x-spiro-evidence"]["level"], "observed");
        assert!(
            learned
                .notes
                .iter()
                .any(|n| n.contains("Amount") && n.contains("by hand")),
            "{:?}",
            learned.notes
        );
        // A field only ever null has no type to declare.
        assert!(thing.get("gone").is_none());
        assert!(learned.notes.iter().any(|n| n.contains("gone")));
        assert!(learned.text.starts_with("# header\n"));
        assert_eq!(
            model["paths"]["/things/{id}"]["get"]["x-spiro-evidence"]["level"],
            "live"
        );
    }

    #[test]
    fn a_bad_capture_line_names_its_place() {
        let mut o = Observed::default();
        let err = read_capture(&mut o, "x.jsonl", "{\"format\":\"other\"}")
            .expect_err("wrong format")
            .to_string();
        assert!(err.contains("x.jsonl:1"), "{err}");
        let err = read_capture(&mut o, "x.jsonl", "\n\nnot json")
            .expect_err("not json")
            .to_string();
        assert!(err.contains("x.jsonl:3"), "{err}");
    }

    mod properties {
        use proptest::prelude::*;

        use super::*;

        proptest! {
            #![proptest_config(ProptestConfig::with_cases(64))]

            #[test]
            fn any_text_is_read_or_refused_without_panicking(text in "\\PC{0,300}") {
                let _ = read_capture(&mut Observed::default(), "p", &text);
            }

            #[test]
            fn any_capture_line_is_learned_or_refused_without_panicking(
                operation in prop::sample::select(vec!["get_opportunity", "list_companies", "nope"]),
                status in 100u16..600,
                paths in prop::collection::btree_map(
                    "(\\$|[a-z_\\[\\]\\.\\*]{1,30})",
                    prop::collection::btree_map(
                        prop::sample::select(JSON_TYPES.to_vec()), 0u64..5, 0..3),
                    0..6),
            ) {
                let paths: serde_json::Map<String, Json> = paths
                    .into_iter()
                    .map(|(p, t)| (p, serde_json::json!({ "types": t })))
                    .collect();
                let capture = line(operation, status, Json::Object(paths));
                let mut o = Observed::default();
                read_capture(&mut o, "p", &capture).expect("well-formed line");
                let _ = learn(&spec_text(), &o);
            }
        }
    }
}
