//! What a decode failure says: where (a JSON path) and what (the type expected, the kind of
//! value found), never the value itself, so that no customer data reaches a log through an
//! error message. serde's own message quotes the value (`invalid type: string "Jane Doe"…`);
//! it stays reachable through the errors' accessors for a caller who asks for it.

use std::fmt;

use bytes::Bytes;
use serde::de::{DeserializeOwned, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde_json::error::Category;

/// Longest path segment (object key) shown in a message.
const MAX_SHOWN_KEY: usize = 64;

/// Why a value did not decode, in words that hold no data from the body: the JSON path of the
/// value (object keys that do not look like identifiers are shown as `?`: they may be data,
/// such as a custom field keyed by a person's name), the type the spec expects, and the kind of
/// value found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Problem {
    /// `attributes.name`, `data[3]`; empty for the value itself.
    pub(crate) path: String,
    /// What serde expected, as the type describes itself (`a string`, `i64`, `struct Company`).
    pub(crate) expected: Option<String>,
    /// The kind of value found (`a string`, `an integer`, `an object`, …), or what is wrong with
    /// the text (`invalid JSON: EOF while parsing an object`, `number out of range`, …).
    pub(crate) found: String,
}

impl Problem {
    /// The problem `error` describes at `path`.
    pub(crate) fn new(path: String, error: &serde_json::Error) -> Self {
        let (expected, found) = describe(error);
        Problem {
            path,
            expected,
            found,
        }
    }

    /// Decodes `raw` as `T` again, tracking the path, to describe why it failed (only called
    /// after it did: tracking costs time). `prefix` is prepended to the path.
    pub(crate) fn of<T: DeserializeOwned>(raw: &str, prefix: &str) -> Self {
        let mut deserializer = serde_json::Deserializer::from_str(raw);
        match serde_path_to_error::deserialize::<_, T>(&mut deserializer) {
            Err(error) => {
                let path = join(prefix, &shown_path(error.path()));
                Problem::new(path, error.inner())
            }
            // Cannot happen for the same input; say so rather than guess.
            Ok(_) => Problem {
                path: prefix.to_owned(),
                expected: None,
                found: "a value that did not decode the first time".to_owned(),
            },
        }
    }

    /// Where in a whole body text that is not what was expected breaks, found by walking it
    /// (without keeping anything) with the path tracked.
    pub(crate) fn in_body(body: &[u8], error: &serde_json::Error) -> Self {
        if error.classify() == Category::Data {
            // A value of the wrong type: the decoder that failed knows its path, but not this
            // walk; the document's own checks name their member in the message.
            return Problem::new(String::new(), error);
        }
        let mut deserializer = serde_json::Deserializer::from_slice(body);
        let path = match serde_path_to_error::deserialize::<_, Walk>(&mut deserializer) {
            Err(walked) => shown_path(walked.path()),
            Ok(_) => String::new(),
        };
        Problem::new(path, error)
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.path.is_empty() {
            f.write_str("at the top level: ")?;
        } else {
            write!(f, "at `{}`: ", self.path)?;
        }
        match &self.expected {
            Some(expected) => write!(f, "expected {expected}, found {}", self.found),
            None => f.write_str(&self.found),
        }
    }
}

fn join(prefix: &str, path: &str) -> String {
    match (prefix.is_empty(), path.is_empty()) {
        (true, _) => path.to_owned(),
        (false, true) => prefix.to_owned(),
        (false, false) if path.starts_with('[') => format!("{prefix}{path}"),
        (false, false) => format!("{prefix}.{path}"),
    }
}

/// A path as shown in messages: keys that look like identifiers as they are, others as `?`.
fn shown_path(path: &serde_path_to_error::Path) -> String {
    use serde_path_to_error::Segment;
    let mut segments: Vec<&Segment> = path.iter().collect();
    // A key that was still being read (the text broke off there) says nothing more.
    if matches!(segments.last(), Some(Segment::Unknown)) {
        segments.pop();
    }
    let mut out = String::new();
    for segment in segments {
        match segment {
            Segment::Seq { index } => out.push_str(&format!("[{index}]")),
            Segment::Map { key } | Segment::Enum { variant: key } => {
                if !out.is_empty() {
                    out.push('.');
                }
                out.push_str(if is_identifier(key) { key } else { "?" });
            }
            Segment::Unknown => {
                if !out.is_empty() {
                    out.push('.');
                }
                out.push('?');
            }
        }
    }
    out
}

/// A conservative identifier: what a schema's field name looks like, never free text.
pub(crate) fn is_identifier(key: &str) -> bool {
    let mut chars = key.chars();
    key.len() <= MAX_SHOWN_KEY
        && chars
            .next()
            .is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_')
}

/// (expected type, what was found) from serde_json's message, which quotes the value: only
/// the parts that come from the types (never from the body) are kept.
fn describe(error: &serde_json::Error) -> (Option<String>, String) {
    let text = error.to_string();
    let message = match text.rfind(" at line ") {
        Some(at) if error.line() > 0 => &text[..at],
        _ => text.as_str(),
    };
    match error.classify() {
        // serde_json's own syntax messages quote nothing ("EOF while parsing a string",
        // "number out of range", "recursion limit exceeded", "expected `,` or `]`", …).
        Category::Syntax | Category::Eof => (None, format!("invalid JSON: {message}")),
        Category::Io => (None, "the body could not be read".to_owned()),
        Category::Data => describe_data(message),
    }
}

/// serde's data errors, by the shapes of `serde::de::Error`'s messages.
fn describe_data(message: &str) -> (Option<String>, String) {
    for prefix in ["invalid type: ", "invalid value: "] {
        if let Some(rest) = message.strip_prefix(prefix)
            && let Some(at) = rest.rfind(", expected ")
        {
            let expected = rest[at + ", expected ".len()..].to_owned();
            let found = kind_of(&rest[..at]);
            let found = if prefix == "invalid value: " {
                format!("an invalid {found}")
            } else {
                found.to_owned()
            };
            return (Some(expected), found);
        }
    }
    if let Some(rest) = message.strip_prefix("invalid length ")
        && let Some((length, expected)) = rest.split_once(", expected ")
        && length.bytes().all(|b| b.is_ascii_digit())
    {
        return (Some(expected.to_owned()), format!("{length} elements"));
    }
    for (prefix, found) in [
        ("unknown variant ", "an unknown variant"),
        ("unknown field ", "an unknown field"),
    ] {
        if let Some(rest) = message.strip_prefix(prefix) {
            let expected = rest
                .rfind(", expected ")
                .map(|at| rest[at + ", expected ".len()..].to_owned());
            return (expected, found.to_owned());
        }
    }
    // The field names come from the types.
    for prefix in ["missing field `", "duplicate field `"] {
        if message.starts_with(prefix)
            && message.ends_with('`')
            && message.matches('`').count() == 2
        {
            return (None, message.to_owned());
        }
    }
    if let Some(name) = message.strip_prefix("data did not match any variant of untagged enum ")
        && is_identifier(name)
    {
        return (
            Some(format!("one of the forms `{name}` accepts")),
            "a value of none of them".to_owned(),
        );
    }
    // Any other message (a custom one) may quote the value: not shown.
    (None, "a value that does not match the spec".to_owned())
}

/// The kind of a value from serde's `Unexpected` text (`string "…"`, `integer `5``, …).
fn kind_of(unexpected: &str) -> &'static str {
    const KINDS: &[(&str, &str)] = &[
        ("string", "a string"),
        ("integer", "an integer"),
        ("floating point", "a number"),
        ("boolean", "a boolean"),
        ("null", "null"),
        ("unit value", "null"),
        ("map", "an object"),
        ("sequence", "an array"),
        ("character", "a character"),
        ("byte array", "bytes"),
        ("Option value", "an optional value"),
        ("newtype struct", "a value"),
        ("unit variant", "a variant"),
        ("newtype variant", "a variant"),
        ("tuple variant", "a variant"),
        ("struct variant", "a variant"),
        ("enum", "a variant"),
    ];
    KINDS
        .iter()
        .find(|(prefix, _)| {
            unexpected.starts_with(prefix)
                && unexpected[prefix.len()..]
                    .chars()
                    .next()
                    .is_none_or(|c| c == ' ')
        })
        .map_or("a value of another type", |(_, kind)| kind)
}

/// Walks any JSON value (so that the path to a syntax error is tracked) and keeps nothing.
struct Walk;

impl<'de> serde::Deserialize<'de> for Walk {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(WalkVisitor)
    }
}

struct WalkVisitor;

impl<'de> Visitor<'de> for WalkVisitor {
    type Value = Walk;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_bool<E>(self, _: bool) -> Result<Walk, E> {
        Ok(Walk)
    }
    fn visit_i64<E>(self, _: i64) -> Result<Walk, E> {
        Ok(Walk)
    }
    fn visit_u64<E>(self, _: u64) -> Result<Walk, E> {
        Ok(Walk)
    }
    fn visit_f64<E>(self, _: f64) -> Result<Walk, E> {
        Ok(Walk)
    }
    fn visit_str<E>(self, _: &str) -> Result<Walk, E> {
        Ok(Walk)
    }
    fn visit_unit<E>(self) -> Result<Walk, E> {
        Ok(Walk)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Walk, A::Error> {
        while seq.next_element::<Walk>()?.is_some() {}
        Ok(Walk)
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Walk, A::Error> {
        while map.next_key::<IgnoredAny>()?.is_some() {
            map.next_value::<Walk>()?;
        }
        Ok(Walk)
    }
}

/// A success response whose body could not be decoded as the operation's document: the body is
/// not JSON, is not a JSON:API document, or has no `data`. (A record that does not match the
/// spec is not this: it is [`RecordError`](crate::RecordError), and the other records of its
/// page arrive.)
///
/// Its message names the operation, the JSON path and the type expected, never the body's
/// content; the body itself (up to 64 KiB) and serde's own error, which may quote it, are
/// reachable through [`body`](Self::body) and [`serde_error`](Self::serde_error).
#[derive(Debug)]
pub struct DecodeError {
    operation: Option<&'static str>,
    problem: Problem,
    body: Bytes,
    source: serde_json::Error,
}

impl DecodeError {
    /// The failure of `body` (already cut to the limit the error keeps) to decode.
    pub(crate) fn new(body: Bytes, full: &[u8], source: serde_json::Error) -> Self {
        DecodeError {
            operation: None,
            problem: Problem::in_body(full, &source),
            body,
            source,
        }
    }

    pub(crate) fn set_operation(&mut self, operation: &'static str) {
        self.operation.get_or_insert(operation);
    }

    /// The operation whose response it was (e.g. `get_company`).
    pub fn operation(&self) -> Option<&'static str> {
        self.operation
    }

    /// The JSON path where decoding failed, e.g. `data` (empty for the document itself).
    /// Object keys that do not look like identifiers are shown as `?`.
    pub fn path(&self) -> &str {
        &self.problem.path
    }

    /// The type expected there, as the type describes itself, when serde said.
    pub fn expected(&self) -> Option<&str> {
        self.problem.expected.as_deref()
    }

    /// The body as received, up to the client's error body limit
    /// ([`BodyLimits::error`](spiro_auth::BodyLimits::error), 64 KiB by default). It may hold
    /// customer data: log it with care.
    pub fn body(&self) -> &Bytes {
        &self.body
    }

    /// serde's error, with the line and column; its message may quote the body.
    pub fn serde_error(&self) -> &serde_json::Error {
        &self.source
    }
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("the response")?;
        if let Some(operation) = self.operation {
            write!(f, " of `{operation}`")?;
        }
        write!(
            f,
            " is not the document the spec describes: {}",
            self.problem
        )
    }
}

/// No `source()`: serde's error quotes the body, and error reporters print the whole chain.
impl std::error::Error for DecodeError {}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[derive(Debug, serde::Deserialize)]
    #[allow(dead_code)]
    struct Record {
        id: String,
        attributes: Attributes,
    }

    #[derive(Debug, serde::Deserialize)]
    #[allow(dead_code)]
    struct Attributes {
        name: Option<String>,
        count: Option<i64>,
        tags: Option<Vec<String>>,
        custom: Option<std::collections::BTreeMap<String, i64>>,
        extra: Option<serde_json::Value>,
    }

    fn problem(raw: &str) -> Problem {
        assert!(serde_json::from_str::<Record>(raw).is_err(), "{raw}");
        Problem::of::<Record>(raw, "data[2]")
    }

    #[test]
    fn a_wrong_type_names_path_expected_type_and_kind_found() {
        let p =
            problem(r#"{"id":"1","attributes":{"name":"ok","count":"Jane Doe, expected xyz"}}"#);
        assert_eq!(p.path, "data[2].attributes.count");
        assert_eq!(p.expected.as_deref(), Some("i64"));
        assert_eq!(p.found, "a string");
        assert_eq!(
            p.to_string(),
            "at `data[2].attributes.count`: expected i64, found a string"
        );
    }

    #[test]
    fn data_valued_keys_are_not_shown() {
        let p = problem(r#"{"id":"1","attributes":{"custom":{"Jane Doe":"x"}}}"#);
        assert_eq!(p.path, "data[2].attributes.custom.?");
        let p = problem(r#"{"id":"1","attributes":{"custom":{"annual_revenue":"x"}}}"#);
        assert_eq!(p.path, "data[2].attributes.custom.annual_revenue");
    }

    #[test]
    fn syntax_and_range_errors_say_what_is_wrong() {
        let p = problem(r#"{"id":"1","attributes":{"count":1e400}}"#);
        assert_eq!(p.found, "invalid JSON: number out of range");
        let deep = format!(
            r#"{{"id":"1","attributes":{{"extra":{}{}}}}}"#,
            "[".repeat(200),
            "]".repeat(200)
        );
        let p = problem(&deep);
        assert_eq!(p.found, "invalid JSON: recursion limit exceeded");
        let p = problem(r#"{"id":"1","attributes":{}"#);
        assert!(p.found.starts_with("invalid JSON: EOF"), "{}", p.found);
        let p = problem(r#"{"attributes":{}}"#);
        assert_eq!(p.found, "missing field `id`");
    }

    /// Text a body may hold, every word of it marked `Zq-` (which no message contains, and
    /// which is never an identifier: keys that look like identifiers are shown, as schema
    /// field names), mixed with what serde's messages are made of: quotes, backticks,
    /// ", expected ", " at line ".
    fn body_text() -> impl Strategy<Value = String> {
        let word = "Zq-[a-z0-9]{0,4}";
        let separator = prop_oneof![
            Just(", expected "),
            Just(" at line 1 column 5"),
            Just("`"),
            Just("\""),
            Just(" "),
            Just(", "),
            Just("invalid type: string "),
        ];
        (word, proptest::collection::vec((separator, word), 0..4)).prop_map(|(first, rest)| {
            rest.into_iter()
                .fold(first, |text, (separator, word)| text + separator + &word)
        })
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 2_000, failure_persistence: None, ..ProptestConfig::default() })]

        /// Whatever text a record holds where the decoder fails (a value, or a key that is
        /// not an identifier), the description repeats none of it.
        #[test]
        fn no_body_text_in_the_description(text in body_text(), slot in 0usize..6) {
            let quoted = serde_json::to_string(&text).unwrap();
            let raw = match slot {
                0 => format!(r#"{{"id":"1","attributes":{{"count":{quoted}}}}}"#),
                1 => format!(r#"{{"id":{quoted},"attributes":{{"count":{quoted}}}}}"#),
                2 => format!(r#"{{"id":"1","attributes":{{"custom":{{{quoted}:{quoted}}}}}}}"#),
                3 => format!(r#"{{"id":"1","attributes":{{"tags":[{quoted}, 7]}}}}"#),
                4 => format!(r#"{{"id":"1","attributes":{{"name":[{quoted}]}}}}"#),
                _ => format!(r#"{{"id":"1","attributes":{{"count":{quoted}"#),
            };
            prop_assume!(serde_json::from_str::<Record>(&raw).is_err());
            let shown = Problem::of::<Record>(&raw, "data[0]").to_string();
            prop_assert!(!shown.contains("Zq"), "{shown:?} shows some of {text:?}");
        }

        /// Whatever a body that does not decode holds, and wherever it is cut, the decode
        /// error's message repeats none of it, and keeps the body.
        #[test]
        fn no_body_text_in_a_decode_error(text in body_text(), slot in 0usize..5, cut in any::<usize>()) {
            let quoted = serde_json::to_string(&text).unwrap();
            let mut body = match slot {
                0 => format!(r#"{{"data":[{{"id":"1","attributes":{{"name":{quoted}}}}}]}}"#),
                1 => format!(r#"{{{quoted}:[{quoted}]}}"#),
                2 => format!("<html>{text}</html>"),
                3 => format!(r#"[{quoted}, {{"data": {quoted}}}]"#),
                _ => text.clone(),
            };
            body.truncate(cut % (body.len() + 1));
            let Err(source) = serde_json::from_str::<crate::types::CompanyListDocument>(&body) else {
                return Ok(());
            };
            let error = DecodeError::new(Bytes::from(body.clone()), body.as_bytes(), source);
            let shown = error.to_string();
            prop_assert!(!shown.contains("Zq"), "{shown:?} shows some of {body:?}");
            prop_assert_eq!(error.body().as_ref(), body.as_bytes());
        }
    }
}
