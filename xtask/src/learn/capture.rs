//! Reading a capture file (`spiro-shapes/2`, written by spiro-api's `capture_shapes`) like
//! hostile input: every line is checked, counts saturate, and anything malformed is refused
//! with its line and the reason. Nothing here panics, whatever the bytes (property-tested).

use std::collections::BTreeMap;

use serde_json::{Map, Value};

use crate::Result;
use crate::spec::{self, FORMATS, JSON_TYPES};

/// The capture format this version reads.
pub const FORMAT: &str = "spiro-shapes/2";

/// The largest capture file read (spiro-api writes at most 2 MiB).
pub const MAX_FILE: usize = 16 << 20;

/// Where a capture's answers came from (its header's `origin`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Origin {
    pub host: String,
    pub sdk: String,
    pub spec: String,
}

/// One capture file, read and checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Capture {
    /// The file, for messages.
    pub name: String,
    /// The capture's random id (recognises a capture learned before).
    pub id: String,
    /// The UTC date it was started, `YYYY-MM-DD`.
    pub started: String,
    pub origin: Origin,
    /// The file reached its cap: some paths were dropped.
    pub cap_reached: bool,
    /// By operation id and status.
    pub groups: BTreeMap<(String, u16), Group>,
}

/// The counts of one operation and status.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Group {
    pub responses: u64,
    pub paths: BTreeMap<String, Counts>,
    pub dropped_paths: u64,
    pub placeholder_keys: u64,
}

/// How often each JSON type and each class of value was seen at one path.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Counts {
    pub types: BTreeMap<String, u64>,
    pub formats: BTreeMap<String, u64>,
}

impl Counts {
    /// The number of values (saturating).
    pub fn total(&self) -> u64 {
        self.types.values().fold(0u64, |n, c| n.saturating_add(*c))
    }
}

/// Reads one capture file's text; `name` is for messages.
pub fn read(name: &str, text: &str) -> Result<Capture> {
    if text.len() > MAX_FILE {
        return Err(format!(
            "{name}: {} bytes, more than a capture file gets ({MAX_FILE}): not read",
            text.len()
        )
        .into());
    }
    let mut lines = text
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty());
    let Some((n, first)) = lines.next() else {
        return Err(format!("{name}: empty, not a {FORMAT} capture").into());
    };
    let at = |n: usize| format!("{name}:{}", n + 1);
    let header = object(first).map_err(|e| format!("{}: {e}", at(n)))?;
    let mut capture = header_of(name, &header).map_err(|e| format!("{}: {e}", at(n)))?;
    for (n, line) in lines {
        let line = object(line).map_err(|e| format!("{}: {e}", at(n)))?;
        let (key, group) = group_of(&line).map_err(|e| format!("{}: {e}", at(n)))?;
        if capture.groups.contains_key(&key) {
            return Err(format!(
                "{}: a second line for {} {} (a capture has one line per operation and status)",
                at(n),
                key.0,
                key.1
            )
            .into());
        }
        capture.groups.insert(key, group);
    }
    Ok(capture)
}

fn object(line: &str) -> std::result::Result<Map<String, Value>, String> {
    match serde_json::from_str::<Value>(line) {
        Ok(Value::Object(map)) => Ok(map),
        Ok(_) => Err("not a JSON object".to_owned()),
        Err(e) => Err(format!("not a JSON line: {e}")),
    }
}

fn text<'a>(map: &'a Map<String, Value>, key: &str) -> std::result::Result<&'a str, String> {
    map.get(key)
        .and_then(Value::as_str)
        .ok_or_else(|| format!("`{key}` is missing or not a string"))
}

fn count(map: &Map<String, Value>, key: &str) -> std::result::Result<u64, String> {
    map.get(key)
        .and_then(Value::as_u64)
        .ok_or_else(|| format!("`{key}` is missing or not a count"))
}

fn only_keys(map: &Map<String, Value>, allowed: &[&str]) -> std::result::Result<(), String> {
    match map.keys().find(|k| !allowed.contains(&k.as_str())) {
        Some(k) => Err(format!("unknown member {k:?}")),
        None => Ok(()),
    }
}

fn header_of(name: &str, map: &Map<String, Value>) -> std::result::Result<Capture, String> {
    if map.get("format").and_then(Value::as_str) != Some(FORMAT) {
        return Err(format!(
            "not a {FORMAT} capture header (format {:?}); captures of spiro-shapes/1 hold no origin and cannot be learned: capture again",
            map.get("format").map(Value::to_string).unwrap_or_default()
        ));
    }
    only_keys(
        map,
        &[
            "format",
            "capture",
            "started",
            "updated",
            "origin",
            "cap_reached",
        ],
    )?;
    let id = text(map, "capture")?;
    if id.len() != 32 || !id.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Err("`capture` is not a capture id (32 hex digits)".to_owned());
    }
    let mut dates = [("started", ""), ("updated", "")];
    for (key, value) in &mut dates {
        *value = text(map, key)?;
        if !spec::is_date(value) {
            return Err(format!("`{key}` {value:?} is not a date (YYYY-MM-DD)"));
        }
    }
    if dates[1].1 < dates[0].1 {
        return Err("`updated` is before `started`".to_owned());
    }
    let origin = map
        .get("origin")
        .and_then(Value::as_object)
        .ok_or("`origin` is missing or not an object")?;
    only_keys(origin, &["host", "sdk", "spec"])?;
    let origin = Origin {
        host: text(origin, "host")?.to_ascii_lowercase(),
        sdk: text(origin, "sdk")?.to_owned(),
        spec: text(origin, "spec")?.to_owned(),
    };
    for (what, value) in [
        ("host", &origin.host),
        ("sdk", &origin.sdk),
        ("spec", &origin.spec),
    ] {
        if value.is_empty() || value.len() > 256 || value.chars().any(char::is_control) {
            return Err(format!(
                "`origin.{what}` is empty, too long or not printable"
            ));
        }
    }
    Ok(Capture {
        name: name.to_owned(),
        id: id.to_ascii_lowercase(),
        started: dates[0].1.to_owned(),
        origin,
        cap_reached: map
            .get("cap_reached")
            .and_then(Value::as_bool)
            .ok_or("`cap_reached` is missing or not a boolean")?,
        groups: BTreeMap::new(),
    })
}

fn group_of(map: &Map<String, Value>) -> std::result::Result<((String, u16), Group), String> {
    only_keys(
        map,
        &[
            "operation",
            "status",
            "responses",
            "paths",
            "dropped_paths",
            "truncated",
            "placeholder_keys",
        ],
    )?;
    let operation = text(map, "operation")?;
    let well_formed = !operation.is_empty()
        && operation.len() <= 128
        && operation
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'_');
    if !well_formed {
        return Err(format!("operation {operation:?} is not an operation id"));
    }
    let status = count(map, "status")?;
    let status = u16::try_from(status)
        .ok()
        .filter(|s| (100..=599).contains(s))
        .ok_or_else(|| format!("status {status} is not an HTTP status"))?;
    let responses = count(map, "responses")?;
    if responses == 0 {
        return Err("`responses` is 0: a line is written for answers only".to_owned());
    }
    count(map, "truncated")?;
    let mut group = Group {
        responses,
        paths: BTreeMap::new(),
        dropped_paths: count(map, "dropped_paths")?,
        placeholder_keys: count(map, "placeholder_keys")?,
    };
    let paths = map
        .get("paths")
        .and_then(Value::as_object)
        .ok_or("`paths` is missing or not an object")?;
    for (path, entry) in paths {
        let where_ = || format!("path {path:?}");
        if path.is_empty() || path.len() > 4_096 || path.chars().any(char::is_control) {
            return Err(format!("{}: not a JSON path", where_()));
        }
        let entry = entry
            .as_object()
            .ok_or_else(|| format!("{}: not an object", where_()))?;
        only_keys(entry, &["types", "formats"]).map_err(|e| format!("{}: {e}", where_()))?;
        let types = named_counts(entry.get("types"), &JSON_TYPES)
            .map_err(|e| format!("{}: types: {e}", where_()))?;
        if types.is_empty() {
            return Err(format!("{}: no type was counted", where_()));
        }
        let formats = match entry.get("formats") {
            None => BTreeMap::new(),
            some => {
                named_counts(some, &FORMATS).map_err(|e| format!("{}: formats: {e}", where_()))?
            }
        };
        group.paths.insert(path.clone(), Counts { types, formats });
    }
    Ok(((operation.to_owned(), status), group))
}

/// `{name: count}` with names from `names` and counts of at least 1.
fn named_counts(
    value: Option<&Value>,
    names: &[&str],
) -> std::result::Result<BTreeMap<String, u64>, String> {
    let map = value
        .and_then(Value::as_object)
        .ok_or("missing or not an object")?;
    let mut out = BTreeMap::new();
    for (name, n) in map {
        if !names.contains(&name.as_str()) {
            return Err(format!("{name:?} is not one of {names:?}"));
        }
        match n.as_u64() {
            Some(0) => return Err(format!("a count of 0 for {name:?}")),
            Some(n) => {
                out.insert(name.clone(), n);
            }
            None => return Err(format!("the count of {name:?} is not a whole number")),
        }
    }
    Ok(out)
}

/// Whether a host is this machine (spiro-mock, or any local server).
pub fn is_loopback(host: &str) -> bool {
    let host = host.trim_start_matches('[').trim_end_matches(']');
    host == "localhost"
        || host.ends_with(".localhost")
        || host
            .parse::<std::net::IpAddr>()
            .is_ok_and(|ip| ip.is_loopback() || ip.is_unspecified())
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// A capture header line.
    pub(crate) fn header(host: &str, started: &str) -> String {
        serde_json::json!({
            "format": FORMAT, "capture": "0123456789abcdef0123456789abcdef",
            "started": started, "updated": started, "cap_reached": false,
            "origin": { "host": host, "sdk": "spiro-api 0.1.0", "spec": "sha256:00" },
        })
        .to_string()
    }

    /// A group line.
    pub(crate) fn line(operation: &str, status: u16, paths: Value) -> String {
        serde_json::json!({
            "operation": operation, "status": status, "responses": 1, "paths": paths,
            "dropped_paths": 0, "truncated": 0, "placeholder_keys": 0,
        })
        .to_string()
    }

    fn err(text: &str) -> String {
        read("x.jsonl", text)
            .expect_err("must be refused")
            .to_string()
    }

    #[test]
    fn a_capture_reads_back() {
        let text = [
            header("api.spiro.ai", "2026-11-29"),
            line(
                "get_thing",
                200,
                serde_json::json!({"data.attributes.x": {"types": {"string": 2}, "formats": {"date": 2}}}),
            ),
        ]
        .join("\n");
        let capture = read("x.jsonl", &text).expect("valid");
        assert_eq!(capture.origin.host, "api.spiro.ai");
        assert_eq!(capture.started, "2026-11-29");
        let group = &capture.groups[&("get_thing".to_owned(), 200)];
        assert_eq!(group.paths["data.attributes.x"].types["string"], 2);
        assert_eq!(group.paths["data.attributes.x"].formats["date"], 2);
    }

    #[test]
    fn malformed_captures_are_refused_with_place_and_reason() {
        let h = header("api.spiro.ai", "2026-11-29");
        let ok = |paths: Value| format!("{h}\n{}", line("get_thing", 200, paths));
        for (text, expected) in [
            (String::new(), "empty"),
            (
                "{\"format\":\"spiro-shapes/1\"}".to_owned(),
                "capture again",
            ),
            (header("api.spiro.ai", "2026-02-31"), "is not a date"),
            (header("api.spiro.ai", "2026-13-01"), "is not a date"),
            (header("api\nevil", "2026-11-29"), "not printable"),
            (format!("{h}\nnot json"), "x.jsonl:2: not a JSON line"),
            (format!("{h}\n\n[1]"), "x.jsonl:3: not a JSON object"),
            (
                ok(serde_json::json!({"a": {"types": {"string": 0}}})),
                "a count of 0",
            ),
            (
                ok(serde_json::json!({"a": {"types": {"text": 1}}})),
                "\"text\" is not one of",
            ),
            (
                ok(serde_json::json!({"a": {"types": {"string": -1}}})),
                "not a whole number",
            ),
            (
                ok(serde_json::json!({"a": {"types": {"string": 1.5}}})),
                "not a whole number",
            ),
            (
                ok(serde_json::json!({"a": {"types": {}}})),
                "no type was counted",
            ),
            (
                ok(serde_json::json!({"a": {"types": {"string": 1}, "formats": {"iso": 1}}})),
                "formats",
            ),
            (
                format!(
                    "{h}\n{}",
                    line("get_thing", 200, serde_json::json!({}))
                        .replace("\"status\":200", "\"status\":9999")
                ),
                "not an HTTP status",
            ),
            (
                format!("{h}\n{}", line("get thing!", 200, serde_json::json!({}))),
                "not an operation id",
            ),
            (
                format!(
                    "{h}\n{0}\n{0}",
                    line("get_thing", 200, serde_json::json!({}))
                ),
                "a second line",
            ),
        ] {
            let e = err(&text);
            assert!(e.contains(expected), "{expected:?} not in {e:?}");
        }
    }

    #[test]
    fn counts_beyond_u64_are_refused_and_large_ones_saturate_later() {
        let h = header("api.spiro.ai", "2026-11-29");
        let big = format!(
            "{h}\n{}",
            line(
                "a",
                200,
                serde_json::json!({"p": {"types": {"string": u64::MAX}}})
            )
        );
        assert!(read("x", &big).is_ok());
        let bigger = big.replace(&u64::MAX.to_string(), "18446744073709551616");
        assert!(err(&bigger).contains("not a whole number"));
    }

    #[test]
    fn loopback_hosts() {
        for host in [
            "localhost",
            "127.0.0.1",
            "127.8.9.1",
            "::1",
            "[::1]",
            "0.0.0.0",
            "a.localhost",
        ] {
            assert!(is_loopback(host), "{host}");
        }
        for host in ["api.spiro.ai", "10.0.0.1", "example.com"] {
            assert!(!is_loopback(host), "{host}");
        }
    }
}
