//! Opt-in capture of the *shapes* of Spiro's responses, for `cargo xtask learn`
//! (see [`ClientBuilder::capture_shapes`](crate::ClientBuilder::capture_shapes)).
//!
//! The `exec` hook hands over Spiro's final answer to each call (after retries and the token
//! refresh) when spiro-auth's capped reader read its body whole: a success body within
//! [`BodyLimits::success`](spiro_auth::BodyLimits::success), an error body within
//! [`BodyLimits::error`](spiro_auth::BodyLimits::error). Failures that are not an
//! answer of Spiro's ([`Error::BodyTooLarge`](crate::Error::BodyTooLarge), an authentication
//! failure, a lost connection) and cut error bodies are never captured.
//!
//! The JSON body is walked and, per operation
//! and status, each JSON path (array indices folded into `[]`: `data[].attributes.amount`) is
//! counted with the JSON types seen there. Values never leave the process: no string, number,
//! id, token or name is stored, only object keys (field names) and type names. A key that does
//! not look like a field name (`^[A-Za-z_][A-Za-z0-9_-]{0,63}$`: ids, e-mail addresses, URLs,
//! free text used as a map key) is recorded as `*`.
//!
//! Memory is bounded: counts are aggregated in memory, at most [`MAX_PATHS`] distinct paths per
//! operation and status and [`MAX_GROUPS`] operation/status pairs, walked to at most
//! [`MAX_DEPTH`] levels. The aggregate is handed to a writer thread every [`FLUSH_EVERY`]
//! responses and when the last clone of the client is dropped; the thread appends one JSON line
//! per operation and status to the file. The API call never waits for the disk and never fails
//! because of the capture: an I/O error is logged once (`tracing::warn!`) and capture stops.
//!
//! The line format (`"format": "spiro-shapes/1"`), one object per line:
//!
//! ```json
//! {"format":"spiro-shapes/1","date":"2026-11-29","operation":"get_opportunity","status":200,
//!  "responses":3,"paths":{"$":{"types":{"object":3}},
//!  "data.attributes.amount":{"types":{"string":2,"number":1},"formats":{"numeric":2}}},
//!  "dropped_paths":0,"truncated":0}
//! ```
//!
//! Counts are deltas since the previous line of the same operation and status, so a reader sums
//! them. `formats` classifies strings (`date`, `date-time`, `numeric`) without keeping them.

use std::collections::BTreeMap;
use std::fs::{File, OpenOptions};
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::sync::mpsc::{self, SyncSender, TrySendError};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;

use serde_json::{Map, Value, json};

/// The `format` of every line this module writes.
pub(crate) const FORMAT: &str = "spiro-shapes/1";
/// Responses between two hand-overs to the writer thread.
pub(crate) const FLUSH_EVERY: u64 = 100;
/// Distinct paths kept per operation and status; more are counted in `dropped_paths`.
pub(crate) const MAX_PATHS: usize = 2_000;
/// Operation/status pairs kept between two flushes; responses of further pairs are skipped.
pub(crate) const MAX_GROUPS: usize = 512;
/// Nesting levels walked; deeper values are counted in `truncated`.
pub(crate) const MAX_DEPTH: usize = 32;
/// Batches waiting for the writer thread; when it falls behind, counts keep aggregating.
const QUEUE: usize = 8;

/// The capture of one client and its clones. Cheap to clone.
#[derive(Clone)]
pub(crate) struct ShapeCapture(Arc<Shared>);

impl std::fmt::Debug for ShapeCapture {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ShapeCapture")
            .field("path", &self.0.path)
            .finish_non_exhaustive()
    }
}

struct Shared {
    path: PathBuf,
    aggregate: Mutex<Aggregate>,
    sender: Mutex<Option<SyncSender<Aggregate>>>,
    writer: Mutex<Option<JoinHandle<()>>>,
}

impl ShapeCapture {
    /// A capture appending to `path`. The file is opened by the writer thread on the first
    /// flush; if the thread cannot start, capture is off (logged once).
    pub(crate) fn new(path: PathBuf) -> ShapeCapture {
        let (sender, receiver) = mpsc::sync_channel::<Aggregate>(QUEUE);
        let writer_path = path.clone();
        let writer = std::thread::Builder::new()
            .name("spiro-shape-capture".into())
            .spawn(move || write_batches(&writer_path, receiver));
        let (sender, writer) = match writer {
            Ok(handle) => (Some(sender), Some(handle)),
            Err(error) => {
                tracing::warn!(path = %path.display(), %error, "shape capture is off: could not start its writer thread");
                (None, None)
            }
        };
        ShapeCapture(Arc::new(Shared {
            path,
            aggregate: Mutex::new(Aggregate::default()),
            sender: Mutex::new(sender),
            writer: Mutex::new(writer),
        }))
    }

    /// Counts the shape of one JSON body.
    pub(crate) fn record(&self, operation: &str, status: u16, body: &[u8]) {
        let value = if body.iter().all(u8::is_ascii_whitespace) {
            None
        } else {
            match serde_json::from_slice::<Value>(body) {
                Ok(value) => Some(value),
                // Not JSON (or nested beyond serde_json's limit): nothing to learn from it.
                Err(_) => return,
            }
        };
        let Ok(mut aggregate) = self.0.aggregate.lock() else {
            return;
        };
        aggregate.add(operation, status, value.as_ref());
        if aggregate.responses >= FLUSH_EVERY {
            self.hand_over(&mut aggregate);
        }
    }

    /// Hands the aggregate to the writer thread without waiting; if its queue is full the
    /// counts stay here and go with the next hand-over.
    fn hand_over(&self, aggregate: &mut Aggregate) {
        let Ok(sender) = self.0.sender.lock() else {
            return;
        };
        let Some(sender) = sender.as_ref() else {
            // No writer: keep memory bounded by discarding.
            *aggregate = Aggregate::default();
            return;
        };
        match sender.try_send(std::mem::take(aggregate)) {
            Ok(()) => {}
            Err(TrySendError::Full(batch)) => *aggregate = batch,
            Err(TrySendError::Disconnected(_)) => {}
        }
    }
}

impl Drop for Shared {
    /// The last clone is gone: write what is left and wait for the file to be written.
    fn drop(&mut self) {
        let batch = self
            .aggregate
            .get_mut()
            .map(std::mem::take)
            .unwrap_or_default();
        if let Ok(sender) = self.sender.get_mut()
            && let Some(sender) = sender.take()
        {
            if !batch.groups.is_empty() {
                let _ = sender.send(batch);
            }
            drop(sender);
        }
        if let Ok(writer) = self.writer.get_mut()
            && let Some(writer) = writer.take()
        {
            let _ = writer.join();
        }
    }
}

/// The writer thread: appends each batch as JSON lines until every sender is gone.
fn write_batches(path: &Path, batches: mpsc::Receiver<Aggregate>) {
    let mut file: Option<File> = None;
    let mut failed = false;
    for batch in batches {
        if failed {
            continue;
        }
        let text = batch.to_lines(&today());
        let outcome = match &mut file {
            Some(file) => file.write_all(text.as_bytes()),
            None => OpenOptions::new()
                .create(true)
                .append(true)
                .open(path)
                .and_then(|mut opened| {
                    let written = opened.write_all(text.as_bytes());
                    file = Some(opened);
                    written
                }),
        };
        if let Err(error) = outcome {
            failed = true;
            tracing::warn!(path = %path.display(), %error, "shape capture stopped: could not write the capture file");
        }
    }
}

impl ShapeCapture {
    /// Records the shape of one answer of Spiro's, `body` being its whole body as the capped
    /// reader read it (the `exec` hook calls this once per call, with the final response).
    /// Bodies that are not JSON are skipped. The response itself is not touched.
    pub(crate) fn observe(&self, operation: &str, response: &reqwest::Response, body: &[u8]) {
        if is_json(response.headers()) {
            self.record(operation, response.status().as_u16(), body);
        }
    }
}

/// Whether the `Content-Type` says JSON (a missing one is given the benefit of the doubt:
/// the body is parsed, and skipped when it is not JSON).
fn is_json(headers: &reqwest::header::HeaderMap) -> bool {
    headers
        .get(reqwest::header::CONTENT_TYPE)
        .is_none_or(|t| t.to_str().is_ok_and(|t| t.contains("json")))
}

/// Counts since the last flush.
#[derive(Debug, Default)]
pub(crate) struct Aggregate {
    groups: BTreeMap<(String, u16), Group>,
    responses: u64,
}

#[derive(Debug, Default)]
struct Group {
    responses: u64,
    paths: BTreeMap<String, PathStats>,
    dropped_paths: u64,
    truncated: u64,
}

#[derive(Debug, Default)]
struct PathStats {
    types: BTreeMap<&'static str, u64>,
    formats: BTreeMap<&'static str, u64>,
}

impl Aggregate {
    /// Adds one response (`None`: an empty body).
    pub(crate) fn add(&mut self, operation: &str, status: u16, body: Option<&Value>) {
        let key = (operation.to_owned(), status);
        if !self.groups.contains_key(&key) && self.groups.len() >= MAX_GROUPS {
            return;
        }
        self.responses += 1;
        let group = self.groups.entry(key).or_default();
        group.responses += 1;
        if let Some(body) = body {
            group.walk(body, &mut String::new(), 0);
        }
    }

    /// The aggregate as JSON lines (one per operation and status), dated `date`.
    pub(crate) fn to_lines(&self, date: &str) -> String {
        let mut out = String::new();
        for ((operation, status), group) in &self.groups {
            let paths: Map<String, Value> = group
                .paths
                .iter()
                .map(|(path, stats)| {
                    let mut entry = json!({ "types": stats.types });
                    if !stats.formats.is_empty() {
                        entry["formats"] = json!(stats.formats);
                    }
                    (path.clone(), entry)
                })
                .collect();
            let line = json!({
                "format": FORMAT,
                "date": date,
                "operation": operation,
                "status": status,
                "responses": group.responses,
                "paths": paths,
                "dropped_paths": group.dropped_paths,
                "truncated": group.truncated,
            });
            out.push_str(&line.to_string());
            out.push('\n');
        }
        out
    }
}

impl Group {
    fn walk(&mut self, value: &Value, path: &mut String, depth: usize) {
        self.count(if path.is_empty() { "$" } else { path }, value);
        if depth >= MAX_DEPTH {
            if matches!(value, Value::Array(a) if !a.is_empty())
                || matches!(value, Value::Object(o) if !o.is_empty())
            {
                self.truncated += 1;
            }
            return;
        }
        let len = path.len();
        match value {
            Value::Array(items) => {
                path.push_str("[]");
                for item in items {
                    self.walk(item, path, depth + 1);
                }
                path.truncate(len);
            }
            Value::Object(fields) => {
                for (key, child) in fields {
                    if !path.is_empty() {
                        path.push('.');
                    }
                    path.push_str(field_name(key));
                    self.walk(child, path, depth + 1);
                    path.truncate(len);
                }
            }
            _ => {}
        }
    }

    fn count(&mut self, path: &str, value: &Value) {
        if !self.paths.contains_key(path) && self.paths.len() >= MAX_PATHS {
            self.dropped_paths += 1;
            return;
        }
        let stats = self.paths.entry(path.to_owned()).or_default();
        *stats.types.entry(json_type(value)).or_default() += 1;
        if let Value::String(s) = value
            && let Some(format) = string_format(s)
        {
            *stats.formats.entry(format).or_default() += 1;
        }
    }
}

/// `key` if it looks like a field name, `*` otherwise (a key that is data).
pub(crate) fn field_name(key: &str) -> &str {
    let mut chars = key.chars();
    let looks_like_a_name = key.len() <= 64
        && chars
            .next()
            .is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-');
    if looks_like_a_name { key } else { "*" }
}

/// The JSON type, with integers told apart from other numbers.
pub(crate) fn json_type(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "boolean",
        Value::Number(n) if n.is_i64() || n.is_u64() => "integer",
        Value::Number(_) => "number",
        Value::String(_) => "string",
        Value::Array(_) => "array",
        Value::Object(_) => "object",
    }
}

/// A class of string worth knowing for a spec (never the string itself).
fn string_format(s: &str) -> Option<&'static str> {
    let b = s.as_bytes();
    let digits = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_digit);
    if b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && digits(0..4)
        && digits(5..7)
        && digits(8..10)
    {
        return Some("date");
    }
    if b.len() >= 19
        && b[4] == b'-'
        && b[7] == b'-'
        && matches!(b[10], b'T' | b't' | b' ')
        && b[13] == b':'
        && digits(0..4)
        && digits(11..13)
    {
        return Some("date-time");
    }
    let t = s.trim();
    if !t.is_empty()
        && t.len() <= 40
        && t.bytes()
            .all(|c| c.is_ascii_digit() || matches!(c, b'.' | b'-' | b'+' | b'e' | b'E'))
        && t.parse::<f64>().is_ok_and(f64::is_finite)
    {
        return Some("numeric");
    }
    None
}

/// Today's UTC date, `YYYY-MM-DD`.
fn today() -> String {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0);
    civil_date(i64::try_from(secs / 86_400).unwrap_or(0))
}

/// The proleptic Gregorian date of a day count since 1970-01-01 (Howard Hinnant's
/// `civil_from_days`).
fn civil_date(days: i64) -> String {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02}")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(docs: &[Value]) -> Vec<Value> {
        let mut aggregate = Aggregate::default();
        for doc in docs {
            aggregate.add("get_opportunity", 200, Some(doc));
        }
        aggregate
            .to_lines("2026-11-29")
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect()
    }

    #[test]
    fn paths_fold_array_indices_and_count_types() {
        let doc = json!({
            "data": [
                { "id": "3609460", "attributes": { "amount": "48250.0", "close_at": "2026-09-30" } },
                { "id": "3609461", "attributes": { "amount": 12.5, "close_at": null } }
            ],
            "meta": { "pagination": { "current_page": 1 } }
        });
        let line = &lines(&[doc])[0];
        assert_eq!(line["responses"], 1);
        let paths = &line["paths"];
        assert_eq!(paths["$"]["types"]["object"], 1);
        assert_eq!(paths["data"]["types"]["array"], 1);
        assert_eq!(paths["data[]"]["types"]["object"], 2);
        let amount = &paths["data[].attributes.amount"];
        assert_eq!(amount["types"]["string"], 1);
        assert_eq!(amount["types"]["number"], 1);
        assert_eq!(amount["formats"]["numeric"], 1);
        assert_eq!(paths["data[].attributes.close_at"]["types"]["null"], 1);
        assert_eq!(paths["data[].attributes.close_at"]["formats"]["date"], 1);
        assert_eq!(paths["meta.pagination.current_page"]["types"]["integer"], 1);
        let text = line.to_string();
        for value in ["3609460", "48250", "2026-09-30", "12.5"] {
            assert!(!text.contains(value), "{value} leaked: {text}");
        }
    }

    #[test]
    fn keys_that_are_data_become_a_wildcard() {
        let doc = json!({ "custom": {
            "rating": { "label": "Warm" },
            "3609460": 1,
            "dana@example.com": true,
            "https://example.com/x": "y",
            "Dana Ortiz": 2
        }});
        let text = lines(&[doc])[0].to_string();
        assert!(text.contains("custom.rating.label"), "{text}");
        assert!(text.contains("custom.*"), "{text}");
        for leaked in ["3609460", "dana", "example.com", "Ortiz", "Warm"] {
            assert!(!text.contains(leaked), "{leaked} leaked: {text}");
        }
    }

    #[test]
    fn memory_is_bounded() {
        let mut wide = Map::new();
        for i in 0..(MAX_PATHS + 500) {
            wide.insert(format!("field_{i}"), json!(i));
        }
        let mut deep = json!(1);
        for _ in 0..(MAX_DEPTH + 10) {
            deep = json!({ "a": deep });
        }
        let line = &lines(&[Value::Object(wide), deep])[0];
        assert_eq!(line["paths"].as_object().unwrap().len(), MAX_PATHS);
        assert!(line["dropped_paths"].as_u64().unwrap() >= 500);
        assert_eq!(line["truncated"], 1);

        let mut aggregate = Aggregate::default();
        for i in 0..(MAX_GROUPS + 10) {
            aggregate.add(&format!("op_{i}"), 200, None);
        }
        assert_eq!(aggregate.groups.len(), MAX_GROUPS);
    }

    #[test]
    fn dates_are_civil() {
        assert_eq!(civil_date(0), "1970-01-01");
        assert_eq!(civil_date(20_421), "2025-11-29");
        assert_eq!(civil_date(19_782), "2024-02-29");
        assert_eq!(today().len(), 10);
    }

    fn response(content_type: Option<&str>) -> reqwest::Response {
        let mut builder = http::Response::builder().status(200);
        if let Some(content_type) = content_type {
            builder = builder.header("content-type", content_type);
        }
        reqwest::Response::from(builder.body(Vec::<u8>::new()).expect("valid"))
    }

    fn recorded(capture: &ShapeCapture) -> u64 {
        capture.0.aggregate.lock().expect("lock").responses
    }

    #[test]
    fn only_json_bodies_are_recorded() {
        let dir = tempfile::tempdir().expect("tempdir");
        let capture = ShapeCapture::new(dir.path().join("c.jsonl"));
        let json = br#"{"data":[]}"#;
        capture.observe("get_thing", &response(Some("text/html")), json);
        capture.observe("get_thing", &response(Some("application/json")), b"<html>");
        capture.observe(
            "get_thing",
            &response(Some("application/json")),
            b"{\"data\":",
        );
        assert_eq!(recorded(&capture), 0);
        capture.observe(
            "get_thing",
            &response(Some("application/vnd.api+json")),
            json,
        );
        capture.observe("get_thing", &response(None), json);
        // An empty body (a 204) counts as a response without paths.
        capture.observe("get_thing", &response(Some("application/json")), b"");
        assert_eq!(recorded(&capture), 3);
    }

    mod properties {
        use proptest::prelude::*;

        use super::*;

        /// Arbitrary JSON whose strings all start with `§` (so a value can be recognised in the
        /// output) and whose keys are anything from field names to text.
        fn json() -> impl Strategy<Value = Value> {
            let leaf = prop_oneof![
                Just(Value::Null),
                any::<bool>().prop_map(Value::Bool),
                any::<i64>().prop_map(|n| json!(n)),
                any::<f64>()
                    .prop_filter("finite", |f| f.is_finite())
                    .prop_map(|f| json!(f)),
                "§[ -~]{0,12}".prop_map(Value::String),
            ];
            leaf.prop_recursive(6, 64, 6, |inner| {
                prop_oneof![
                    prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
                    prop::collection::btree_map("[a-zA-Z_§0-9 .@-]{0,10}", inner, 0..6)
                        .prop_map(|m| Value::Object(m.into_iter().collect())),
                ]
            })
        }

        /// `value` with every scalar replaced by another of the same kind.
        fn other_values(value: &Value) -> Value {
            match value {
                Value::Null => Value::Null,
                Value::Bool(b) => Value::Bool(!b),
                Value::Number(n) if n.is_i64() || n.is_u64() => json!(7),
                Value::Number(_) => json!(0.5),
                Value::String(_) => json!("§other"),
                Value::Array(items) => Value::Array(items.iter().map(other_values).collect()),
                Value::Object(fields) => Value::Object(
                    fields
                        .iter()
                        .map(|(k, v)| (k.clone(), other_values(v)))
                        .collect(),
                ),
            }
        }

        fn nodes(value: &Value) -> u64 {
            1 + match value {
                Value::Array(items) => items.iter().map(nodes).sum(),
                Value::Object(fields) => fields.values().map(nodes).sum(),
                _ => 0,
            }
        }

        fn shapes(docs: &[Value]) -> String {
            let mut aggregate = Aggregate::default();
            for doc in docs {
                aggregate.add("op", 200, Some(doc));
            }
            aggregate.to_lines("2026-11-29")
        }

        fn numbers(value: &Value, out: &mut Vec<f64>) {
            match value {
                Value::Number(n) => out.push(n.as_f64().unwrap()),
                Value::Array(items) => items.iter().for_each(|v| numbers(v, out)),
                Value::Object(fields) => fields.values().for_each(|v| numbers(v, out)),
                _ => {}
            }
        }

        proptest! {
            #[test]
            fn no_scalar_value_ever_appears(docs in prop::collection::vec(json(), 1..4)) {
                let text = shapes(&docs);
                prop_assert!(!text.contains('§'), "a string value leaked: {}", text);
                // The only numbers are counts (and the status), never above the node count.
                let total: u64 = docs.iter().map(nodes).sum();
                for line in text.lines() {
                    let line: Value = serde_json::from_str(line).unwrap();
                    let mut found = Vec::new();
                    numbers(&line, &mut found);
                    for n in found {
                        prop_assert!(n == 200.0 || (n.fract() == 0.0 && n <= total as f64), "{n}");
                    }
                }
            }

            #[test]
            fn the_shape_depends_on_keys_and_types_only(doc in json()) {
                prop_assert_eq!(shapes(std::slice::from_ref(&doc)), shapes(&[other_values(&doc)]));
            }

            #[test]
            fn any_body_is_recorded_exactly_when_it_is_json(body in prop::collection::vec(any::<u8>(), 0..512), json in json()) {
                let dir = tempfile::tempdir().expect("tempdir");
                let capture = ShapeCapture::new(dir.path().join("c.jsonl"));
                let mut expected = 0;
                for body in [body, json.to_string().into_bytes()] {
                    let before = recorded(&capture);
                    capture.observe("op", &response(Some("application/json")), &body);
                    let is_json = body.iter().all(u8::is_ascii_whitespace)
                        || serde_json::from_slice::<Value>(&body).is_ok();
                    expected += u64::from(is_json);
                    prop_assert_eq!(recorded(&capture) - before, u64::from(is_json));
                }
                prop_assert!(expected >= 1);
            }

            #[test]
            fn any_bytes_are_recorded_or_ignored_without_panicking(body in prop::collection::vec(any::<u8>(), 0..256)) {
                let mut aggregate = Aggregate::default();
                if let Ok(value) = serde_json::from_slice::<Value>(&body) {
                    aggregate.add("op", 200, Some(&value));
                }
                let _ = aggregate.to_lines("2026-11-29");
            }
        }
    }
}
