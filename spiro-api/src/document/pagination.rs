//! `meta.pagination` of a list document, read leniently: paging never fails a page.

use serde_json::value::RawValue;

/// Spiro's `meta.pagination` (P4–P7, Y3 read `current_page` and `total_pages`).
///
/// Each field is `None` when Spiro did not send it or sent something that is not a
/// non-negative integer (an integer in a string, such as `"12"`, counts as one). Such a page is
/// never lost: the paging streams then go on until an empty page or one shorter than the
/// others, and a warning says which field was unusable.
///
/// ```
/// use spiro_api::types;
/// let page: types::CompanyListDocument = serde_json::from_str(r#"{ "data": [],
///     "meta": { "pagination": { "current_page": "2", "total_pages": "many" } } }"#).unwrap();
/// let pagination = page.meta.and_then(|m| m.pagination).unwrap();
/// assert_eq!((pagination.current_page, pagination.total_pages), (Some(2), None));
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize)]
pub struct Pagination {
    /// The 1-based number of this page.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub current_page: Option<i64>,
    /// The number of pages.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub total_pages: Option<i64>,
    /// The page size. [inferred: only in Y5's hand-written mock]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub per_page: Option<i64>,
    /// The number of records in the collection. [inferred: only in Y5's hand-written mock]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub total_entries: Option<i64>,
}

impl Pagination {
    /// Reads `meta.pagination` from its raw JSON, field by field; `None` when it is not an
    /// object. Never fails: what cannot be read is `None`, with a warning.
    pub(crate) fn read(raw: &RawValue) -> Option<Pagination> {
        let Ok(fields) =
            serde_json::from_str::<std::collections::BTreeMap<String, &RawValue>>(raw.get())
        else {
            tracing::warn!(
                "meta.pagination is not an object: paging goes on until an empty or short page"
            );
            return None;
        };
        let field = |name: &str, least: i64| {
            let raw = fields.get(name)?;
            let value = count(raw).filter(|n| *n >= least);
            if value.is_none() {
                tracing::warn!(
                    field = name,
                    "meta.pagination.{name} is not an integer of at least {least}: paging goes on until an empty or short page"
                );
            }
            value
        };
        let pagination = Pagination {
            current_page: field("current_page", 1),
            total_pages: field("total_pages", 0),
            per_page: field("per_page", 0),
            total_entries: field("total_entries", 0),
        };
        if !fields.contains_key("total_pages") {
            tracing::warn!(
                "meta.pagination has no total_pages: paging goes on until an empty or short page"
            );
        }
        Some(pagination)
    }
}

/// A count: a JSON integer, a number with no fraction, or such a number in a string.
fn count(raw: &RawValue) -> Option<i64> {
    #[derive(serde::Deserialize)]
    #[serde(untagged)]
    enum Wire<'a> {
        Number(serde_json::Number),
        Text(&'a str),
    }
    let number = match serde_json::from_str::<Wire<'_>>(raw.get()).ok()? {
        Wire::Number(n) => n,
        Wire::Text(text) => serde_json::from_str::<serde_json::Number>(text.trim()).ok()?,
    };
    number.as_i64().or_else(|| {
        number
            .as_f64()
            .filter(|f| f.fract() == 0.0 && f.abs() < 9.0e15)
            .map(|f| f as i64)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn read(text: &str) -> Option<Pagination> {
        Pagination::read(&RawValue::from_string(text.to_owned()).unwrap())
    }

    #[test]
    fn numbers_numeric_strings_and_junk() {
        let p =
            read(r#"{"current_page":2,"total_pages":"12","per_page":25.0,"total_entries":"x"}"#)
                .unwrap();
        assert_eq!(
            (p.current_page, p.total_pages, p.per_page, p.total_entries),
            (Some(2), Some(12), Some(25), None)
        );
        let p = read(r#"{"current_page":0,"total_pages":-3}"#).unwrap();
        assert_eq!((p.current_page, p.total_pages), (None, None));
        let p = read(r#"{"total_pages":1e400,"per_page":12345678901234567890}"#).unwrap();
        assert_eq!((p.total_pages, p.per_page), (None, None));
        assert_eq!(read(r#"{}"#), Some(Pagination::default()));
        assert_eq!(read(r#"[1,2]"#), None);
        assert_eq!(read(r#""12""#), None);
    }

    /// What `read` logs, at WARN.
    fn warnings(text: &str) -> String {
        use std::sync::{Arc, Mutex};
        #[derive(Clone, Default)]
        struct Buffer(Arc<Mutex<Vec<u8>>>);
        impl std::io::Write for Buffer {
            fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
                self.0.lock().unwrap().extend_from_slice(bytes);
                Ok(bytes.len())
            }
            fn flush(&mut self) -> std::io::Result<()> {
                Ok(())
            }
        }
        let buffer = Buffer::default();
        let writer = buffer.clone();
        let subscriber = tracing_subscriber::fmt()
            .with_max_level(tracing::Level::WARN)
            .with_writer(move || writer.clone())
            .with_ansi(false)
            .finish();
        tracing::subscriber::with_default(subscriber, || read(text));
        String::from_utf8(buffer.0.lock().unwrap().clone()).unwrap()
    }

    #[test]
    fn an_unusable_field_is_a_warning_that_says_what_paging_does() {
        let logged = warnings(r#"{"current_page":1,"total_pages":"Zq many"}"#);
        assert!(logged.contains("WARN"), "{logged}");
        assert!(
            logged.contains("meta.pagination.total_pages is not an integer of at least 0: paging goes on until an empty or short page"),
            "{logged}"
        );
        assert!(!logged.contains("Zq"), "no value from the body: {logged}");
        let logged = warnings(r#"{"current_page":1}"#);
        assert!(
            logged.contains("meta.pagination has no total_pages"),
            "{logged}"
        );
        assert_eq!(warnings(r#"{"current_page":1,"total_pages":3}"#), "");
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 5_000, failure_persistence: None, ..ProptestConfig::default() })]

        /// Any JSON at all in `meta.pagination`: read without a panic, and every count it
        /// reports is one the text spelled.
        #[test]
        fn any_pagination_reads(
            fields in proptest::collection::btree_map(
                prop_oneof![
                    Just("current_page".to_owned()),
                    Just("total_pages".to_owned()),
                    Just("per_page".to_owned()),
                    "[a-z_]{1,8}",
                ],
                prop_oneof![
                    any::<i64>().prop_map(|n| n.to_string()),
                    any::<f64>().prop_map(|f| serde_json::to_string(&f).unwrap_or_default()),
                    "-?[0-9]{1,30}(\\.[0-9]{1,3})?(e[0-9]{1,4})?",
                    any::<String>().prop_map(|s| serde_json::to_string(&s).unwrap()),
                    Just("null".to_owned()),
                    Just("[1]".to_owned()),
                ],
                0..5,
            )
        ) {
            let text = format!(
                "{{{}}}",
                fields.iter().map(|(k, v)| format!("{k:?}:{v}")).collect::<Vec<_>>().join(",")
            );
            let Ok(raw) = RawValue::from_string(text) else { return Ok(()) };
            if let Some(p) = Pagination::read(&raw) {
                for (name, value) in [("current_page", p.current_page), ("total_pages", p.total_pages)] {
                    if let Some(n) = value {
                        let spelled = fields
                            .get(name)
                            .map(|v| v.trim_matches('"').trim().to_owned())
                            .unwrap_or_default();
                        prop_assert!(spelled.parse::<f64>().is_ok_and(|f| f == n as f64), "{name}: {n} from {spelled}");
                    }
                }
            }
        }
    }
}
