//! Walking one response body into a [`Group`] without building it in memory: a serde visitor
//! reads the JSON once and counts, per path, the type and class of each value. No value is
//! kept; object keys are written only when the spec names them or they pass a conservative
//! identifier rule ([`field_name`]), else as `*`.

use std::fmt;
use std::sync::atomic::{AtomicUsize, Ordering};

use serde::de::{self, DeserializeSeed, IgnoredAny, MapAccess, SeqAccess, Visitor};

use super::shapes::{FORMATS, Group, MAX_PATHS, PATH_COST, PathStats, TYPES};

/// Nesting levels walked; deeper values are counted in `truncated`.
pub(crate) const MAX_DEPTH: usize = 32;

/// Unix times counted as such: seconds from 2000-01-01 to 2100-01-01.
const UNIX_TIME: std::ops::Range<u64> = 946_684_800..4_102_444_800;

/// The bytes that the paths of the walks under way may hold together: concurrent calls walk
/// their bodies at the same time, and what does not fit is counted as dropped.
pub(crate) const WALKS_BUDGET: usize = 4 * 1024 * 1024;

/// The shape of one JSON body; `None` when it is not JSON (or nests past serde_json's limit).
/// The paths it holds are reserved from `in_flight` (shared by the walks of one capture, at
/// most [`WALKS_BUDGET`]) until it returns.
pub(crate) fn walk(body: &[u8], in_flight: &AtomicUsize) -> Option<Group> {
    let mut group = Group {
        responses: 1,
        ..Group::default()
    };
    if body.iter().all(u8::is_ascii_whitespace) {
        return Some(group);
    }
    let mut deserializer = serde_json::Deserializer::from_slice(body);
    let mut path = String::new();
    let mut reserved = 0;
    let walked = Walk {
        group: &mut group,
        path: &mut path,
        depth: 0,
        budget: Budget {
            in_flight,
            reserved: &mut reserved,
        },
    }
    .deserialize(&mut deserializer)
    .and_then(|()| deserializer.end());
    in_flight.fetch_sub(reserved, Ordering::Relaxed);
    walked.ok().map(|()| group)
}

/// This walk's share of the bytes all walks may hold.
struct Budget<'a> {
    in_flight: &'a AtomicUsize,
    reserved: &'a mut usize,
}

impl Budget<'_> {
    /// Reserves `bytes`; `false` (nothing reserved) when they do not fit.
    fn reserve(&mut self, bytes: usize) -> bool {
        let before = self.in_flight.fetch_add(bytes, Ordering::Relaxed);
        if before.saturating_add(bytes) > WALKS_BUDGET {
            self.in_flight.fetch_sub(bytes, Ordering::Relaxed);
            return false;
        }
        *self.reserved += bytes;
        true
    }
}

/// How an object key is written: verbatim when it is a field name, else `*` (it may be data: an
/// id, a name, an e-mail address, a token used as a key).
///
/// A key is a field name when the spec names it (`generated::SPEC_KEYS`) or when it passes a
/// conservative identifier rule: lower-case snake_case of at most 32 characters and 4 words,
/// each word letters followed by at most two digits (`address_line2`), or one or two digits.
/// `JaneDoe`, `Acme_Corp_2026`, `dana@example.com` and a 56-character token are not.
pub(crate) fn field_name(key: &str) -> Option<&str> {
    let spec_named = crate::generated::SPEC_KEYS.binary_search(&key).is_ok();
    (spec_named || is_identifier(key)).then_some(key)
}

fn is_identifier(key: &str) -> bool {
    let words: Vec<&str> = key.split('_').collect();
    key.len() <= 32
        && words.len() <= 4
        && words.iter().all(|word| {
            let letters = word.bytes().take_while(u8::is_ascii_lowercase).count();
            let digits = &word.as_bytes()[letters..];
            (1..=12).contains(&word.len())
                && digits.len() <= 2
                && digits.iter().all(u8::is_ascii_digit)
        })
        && key.starts_with(|c: char| c.is_ascii_lowercase())
}

/// The class of a string worth knowing for a spec (never the string itself).
fn string_format(s: &str) -> Option<usize> {
    let b = s.as_bytes();
    let digits = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_digit);
    let format = if b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && digits(0..4)
        && digits(5..7)
        && digits(8..10)
    {
        "date"
    } else if b.len() >= 19
        && b[4] == b'-'
        && b[7] == b'-'
        && matches!(b[10], b'T' | b't' | b' ')
        && b[13] == b':'
        && digits(0..4)
        && digits(11..13)
    {
        "date-time"
    } else if (9..=10).contains(&b.len())
        && b.iter().all(u8::is_ascii_digit)
        && s.parse::<u64>().is_ok_and(|n| UNIX_TIME.contains(&n))
    {
        "unix-time"
    } else {
        let t = s.trim();
        let numeric = !t.is_empty()
            && t.len() <= 40
            && t.bytes()
                .all(|c| c.is_ascii_digit() || matches!(c, b'.' | b'-' | b'+' | b'e' | b'E'))
            && t.parse::<f64>().is_ok_and(f64::is_finite);
        if !numeric {
            return None;
        }
        "numeric"
    };
    FORMATS.iter().position(|f| *f == format)
}

fn type_index(name: &str) -> usize {
    TYPES.iter().position(|t| *t == name).unwrap_or(0)
}

fn format_index(name: &str) -> usize {
    FORMATS.iter().position(|f| *f == name).unwrap_or(0)
}

struct Walk<'a, 'b> {
    group: &'a mut Group,
    path: &'a mut String,
    depth: usize,
    budget: Budget<'b>,
}

impl Walk<'_, '_> {
    fn count(&mut self, json_type: &str, format: Option<usize>) {
        let path = if self.path.is_empty() {
            "$"
        } else {
            self.path.as_str()
        };
        if !self.group.paths.contains_key(path) {
            if self.group.paths.len() >= MAX_PATHS || !self.budget.reserve(path.len() + PATH_COST) {
                self.group.dropped_paths = self.group.dropped_paths.saturating_add(1);
                return;
            }
            self.group
                .paths
                .insert(path.to_owned(), PathStats::default());
        }
        let Some(stats) = self.group.paths.get_mut(path) else {
            return;
        };
        let t = &mut stats.types[type_index(json_type)];
        *t = t.saturating_add(1);
        if let Some(f) = format {
            let f = &mut stats.formats[f];
            *f = f.saturating_add(1);
        }
    }

    fn child(&mut self) -> Walk<'_, '_> {
        Walk {
            group: self.group,
            path: self.path,
            depth: self.depth + 1,
            budget: Budget {
                in_flight: self.budget.in_flight,
                reserved: self.budget.reserved,
            },
        }
    }

    fn number(mut self, unix: bool, json_type: &str) {
        let format = unix.then(|| format_index("unix-time"));
        self.count(json_type, format);
    }
}

impl<'de> DeserializeSeed<'de> for Walk<'_, '_> {
    type Value = ();

    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Walk<'_, '_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_unit<E: de::Error>(mut self) -> Result<(), E> {
        self.count("null", None);
        Ok(())
    }

    fn visit_bool<E: de::Error>(mut self, _: bool) -> Result<(), E> {
        self.count("boolean", None);
        Ok(())
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<(), E> {
        let unix = u64::try_from(v).is_ok_and(|v| UNIX_TIME.contains(&v));
        self.number(unix, "integer");
        Ok(())
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<(), E> {
        self.number(UNIX_TIME.contains(&v), "integer");
        Ok(())
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<(), E> {
        let unix = v.fract() == 0.0 && v >= UNIX_TIME.start as f64 && v < UNIX_TIME.end as f64;
        self.number(unix, "number");
        Ok(())
    }

    fn visit_str<E: de::Error>(mut self, v: &str) -> Result<(), E> {
        self.count("string", string_format(v));
        Ok(())
    }

    fn visit_seq<A: SeqAccess<'de>>(mut self, mut seq: A) -> Result<(), A::Error> {
        self.count("array", None);
        if self.depth >= MAX_DEPTH {
            let mut any = false;
            while seq.next_element::<IgnoredAny>()?.is_some() {
                any = true;
            }
            self.group.truncated = self.group.truncated.saturating_add(u64::from(any));
            return Ok(());
        }
        let len = self.path.len();
        self.path.push_str("[]");
        while seq.next_element_seed(self.child())?.is_some() {}
        self.path.truncate(len);
        Ok(())
    }

    fn visit_map<A: MapAccess<'de>>(mut self, mut map: A) -> Result<(), A::Error> {
        self.count("object", None);
        if self.depth >= MAX_DEPTH {
            let mut any = false;
            while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {
                any = true;
            }
            self.group.truncated = self.group.truncated.saturating_add(u64::from(any));
            return Ok(());
        }
        let len = self.path.len();
        while let Some(key) = map.next_key_seed(KeySeed)? {
            if key.is_none() {
                self.group.placeholder_keys = self.group.placeholder_keys.saturating_add(1);
            }
            if !self.path.is_empty() {
                self.path.push('.');
            }
            self.path.push_str(key.as_deref().unwrap_or("*"));
            map.next_value_seed(self.child())?;
            self.path.truncate(len);
        }
        Ok(())
    }
}

/// Reads an object key into what is written for it: `Some(name)` or `None` for `*`.
struct KeySeed;

impl<'de> DeserializeSeed<'de> for KeySeed {
    type Value = Option<String>;

    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<Option<String>, D::Error> {
        d.deserialize_str(self)
    }
}

impl<'de> Visitor<'de> for KeySeed {
    type Value = Option<String>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an object key")
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Option<String>, E> {
        Ok(field_name(v).map(str::to_owned))
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use serde_json::{Value, json};

    fn shape(doc: &Value) -> Group {
        walk_alone(doc.to_string().as_bytes()).expect("JSON")
    }

    /// `walk` with a budget of its own.
    pub(crate) fn walk_alone(body: &[u8]) -> Option<Group> {
        walk(body, &AtomicUsize::new(0))
    }

    /// The names with a count above 0.
    fn counted(names: &[&'static str], counts: &[u64]) -> Vec<(&'static str, u64)> {
        names
            .iter()
            .zip(counts)
            .filter(|(_, n)| **n > 0)
            .map(|(t, n)| (*t, *n))
            .collect()
    }

    fn types(group: &Group, path: &str) -> Vec<(&'static str, u64)> {
        counted(&TYPES, &group.paths[path].types)
    }

    fn formats(group: &Group, path: &str) -> Vec<(&'static str, u64)> {
        counted(&FORMATS, &group.paths[path].formats)
    }

    /// A distinct field name of letters only for each `i` (`a`, `b`, …, `ba`, …).
    pub(crate) fn letters(mut i: usize) -> String {
        let mut out = Vec::new();
        loop {
            out.push(b'a' + (i % 26) as u8);
            i /= 26;
            if i == 0 {
                break;
            }
        }
        out.reverse();
        String::from_utf8(out).unwrap_or_default()
    }

    #[test]
    fn paths_fold_array_indices_and_count_types_and_formats() {
        let g = shape(&json!({
            "data": [
                { "id": "3609460", "attributes": { "amount": "48250.0", "close_at": "2026-09-30",
                  "updated_at": 1790773200 } },
                { "id": 3609461, "attributes": { "amount": 12.5, "close_at": null,
                  "updated_at": "2026-09-30T10:00:00Z" } }
            ],
            "meta": { "pagination": { "current_page": 1 } }
        }));
        assert_eq!(types(&g, "$"), [("object", 1)]);
        assert_eq!(types(&g, "data"), [("array", 1)]);
        assert_eq!(types(&g, "data[]"), [("object", 2)]);
        assert_eq!(types(&g, "data[].id"), [("integer", 1), ("string", 1)]);
        assert_eq!(formats(&g, "data[].id"), [("numeric", 1)]);
        assert_eq!(
            types(&g, "data[].attributes.amount"),
            [("number", 1), ("string", 1)]
        );
        assert_eq!(formats(&g, "data[].attributes.amount"), [("numeric", 1)]);
        assert_eq!(
            types(&g, "data[].attributes.close_at"),
            [("null", 1), ("string", 1)]
        );
        assert_eq!(formats(&g, "data[].attributes.close_at"), [("date", 1)]);
        assert_eq!(
            formats(&g, "data[].attributes.updated_at"),
            [("date-time", 1), ("unix-time", 1)]
        );
        assert_eq!(types(&g, "meta.pagination.current_page"), [("integer", 1)]);
    }

    #[test]
    fn keys_that_may_be_data_are_placeholders() {
        let token = "a".repeat(28) + &"9f".repeat(14);
        assert_eq!(token.len(), 56);
        let doc = json!({ "custom": {
            "rating": { "label": "Warm" },
            "bc_packaging_quote": "https://x",
            "address_line2": "x",
            "3609460": 1,
            "dana@example.com": true,
            "https://example.com/x": "y",
            "Dana Ortiz": 2,
            "JaneDoe": 3,
            "Acme_Corp_2026": 4,
            "acme_corp_2026": 5,
            token.clone(): 6,
        }});
        let g = shape(&doc);
        let paths: Vec<&str> = g.paths.keys().map(String::as_str).collect();
        assert_eq!(
            paths,
            [
                "$",
                "custom",
                "custom.*",
                "custom.address_line2",
                "custom.bc_packaging_quote",
                "custom.rating",
                "custom.rating.label",
            ]
        );
        assert_eq!(g.placeholder_keys, 8);
        assert_eq!(
            types(&g, "custom.*"),
            [("boolean", 1), ("integer", 6), ("string", 1)]
        );
        let written =
            serde_json::to_string(&super::super::shapes::GroupLine::from_group("op", 200, &g))
                .unwrap();
        for leaked in [
            "3609460", "dana", "example", "Ortiz", "Warm", "JaneDoe", "Acme", "acme", &token,
        ] {
            assert!(!written.contains(leaked), "{leaked} leaked: {written}");
        }
    }

    #[test]
    fn spec_named_keys_are_kept_whatever_their_form() {
        assert!(crate::generated::SPEC_KEYS.windows(2).all(|w| w[0] < w[1]));
        for key in crate::generated::SPEC_KEYS {
            assert_eq!(field_name(key), Some(*key));
        }
        assert_eq!(field_name("x-spiro-evidence"), None);
    }

    #[test]
    fn depth_and_width_are_bounded() {
        let mut deep = json!(1);
        for _ in 0..(MAX_DEPTH + 10) {
            deep = json!({ "a": deep });
        }
        let g = shape(&deep);
        assert_eq!(g.truncated, 1);
        assert!(
            g.paths
                .keys()
                .all(|p| p.split('.').count() <= MAX_DEPTH + 1)
        );
        let wide: serde_json::Map<String, Value> = (0..(MAX_PATHS + 50))
            .map(|i| (letters(i), json!(i)))
            .collect();
        let g = shape(&Value::Object(wide));
        assert_eq!(g.paths.len(), MAX_PATHS);
        assert!(g.dropped_paths >= 50);
    }

    #[test]
    fn walks_under_way_share_one_budget_and_give_it_back() {
        let doc = json!({ "a": 1, "b": { "c": 2 } }).to_string();
        // Other walks hold all but room for two paths: the rest is counted, not kept.
        let held = WALKS_BUDGET - 2 * (PATH_COST + 4);
        let in_flight = AtomicUsize::new(held);
        let g = walk(doc.as_bytes(), &in_flight).expect("JSON");
        assert_eq!(g.paths.len(), 2, "{:?}", g.paths.keys());
        assert_eq!(g.dropped_paths, 2);
        assert_eq!(in_flight.load(Ordering::Relaxed), held, "given back");
        assert!(walk(b"{\"a\":", &in_flight).is_none());
        assert_eq!(
            in_flight.load(Ordering::Relaxed),
            held,
            "given back on failure too"
        );
    }

    #[test]
    fn not_json_is_not_walked() {
        assert!(walk_alone(b"<html>").is_none());
        assert!(walk_alone(b"{\"data\":").is_none());
        assert!(walk_alone(b"{} trailing").is_none());
        assert_eq!(walk_alone(b"  ").map(|g| g.paths.len()), Some(0));
        // Past the walk's depth, serde_json skips nesting without recursing.
        let nested = "[".repeat(5_000) + &"]".repeat(5_000);
        assert_eq!(walk_alone(nested.as_bytes()).map(|g| g.truncated), Some(1));
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

        /// `value` with every scalar replaced by another of the same kind and class.
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

        fn line(doc: &Value) -> String {
            let g = shape(doc);
            serde_json::to_string(&super::super::super::shapes::GroupLine::from_group(
                "op", 200, &g,
            ))
            .unwrap()
        }

        proptest! {
            #![proptest_config(ProptestConfig::with_cases(2_000))]

            #[test]
            fn no_string_value_ever_appears(doc in json()) {
                let text = line(&doc);
                prop_assert!(!text.contains('§'), "a value leaked: {}", text);
            }

            #[test]
            fn the_shape_depends_on_keys_and_types_only(doc in json()) {
                let (a, b) = (shape(&doc), shape(&other_values(&doc)));
                prop_assert_eq!(a.paths.keys().collect::<Vec<_>>(), b.paths.keys().collect::<Vec<_>>());
                for (x, y) in a.paths.values().zip(b.paths.values()) {
                    prop_assert_eq!(x.types, y.types);
                }
            }

            #[test]
            fn any_bytes_are_walked_or_refused_without_panicking(body in prop::collection::vec(any::<u8>(), 0..256)) {
                let walked = walk_alone(&body);
                // (Short bodies nest less than serde_json's limit, where the two would differ.)
                let is_json = body.iter().all(u8::is_ascii_whitespace)
                    || serde_json::from_slice::<Value>(&body).is_ok();
                prop_assert_eq!(walked.is_some(), is_json);
            }
        }
    }
}
