//! Records set aside by a paging walk so that it runs to the end (see [`Pages::set_aside`]).
//!
//! [`Pages::set_aside`]: crate::Pages::set_aside

use std::fmt;
use std::sync::{Arc, Mutex, PoisonError};

use crate::RecordError;

/// The records a walk set aside instead of yielding them as [`Error::Record`]: counted, and
/// the first ones kept (each with its id, position and raw JSON) for a report.
///
/// Clones share one collection: give a clone to [`Pages::set_aside`] and read the original
/// when the walk is over.
///
/// ```no_run
/// use futures::TryStreamExt;
/// use spiro_api::{BadRecords, ListOperation};
/// # async fn run(client: &spiro_api::Client) -> spiro_api::Result<()> {
/// let bad = BadRecords::new();
/// let mut companies = client.list_companies().pages().set_aside(&bad).items();
/// while let Some(company) = companies.try_next().await? {
///     println!("{}", company.id);
/// }
/// for record in bad.kept() {
///     eprintln!("skipped: {record}"); // names the record and what failed, never its data
/// }
/// eprintln!("{} records set aside", bad.count());
/// # Ok(()) }
/// ```
///
/// [`Error::Record`]: crate::Error::Record
/// [`Pages::set_aside`]: crate::Pages::set_aside
#[derive(Clone)]
pub struct BadRecords(Arc<Mutex<Collected>>);

#[derive(Default)]
struct Collected {
    count: usize,
    keep: usize,
    kept: Vec<RecordError>,
}

impl BadRecords {
    /// How many set-aside records [`new`](Self::new) keeps; past it they are counted only,
    /// so that a collection of nothing but bad records costs bounded memory.
    pub const KEPT_BY_DEFAULT: usize = 1_000;

    /// An empty collection that keeps the first [`KEPT_BY_DEFAULT`](Self::KEPT_BY_DEFAULT)
    /// records.
    pub fn new() -> Self {
        Self::keeping(Self::KEPT_BY_DEFAULT)
    }

    /// An empty collection that keeps the first `keep` records and counts the rest.
    pub fn keeping(keep: usize) -> Self {
        Self(Arc::new(Mutex::new(Collected {
            keep,
            ..Collected::default()
        })))
    }

    /// How many records were set aside.
    pub fn count(&self) -> usize {
        self.lock().count
    }

    /// Whether none was.
    pub fn is_empty(&self) -> bool {
        self.count() == 0
    }

    /// The records kept, in the order they were met.
    pub fn kept(&self) -> Vec<RecordError> {
        self.lock().kept.clone()
    }

    /// Sets `record` aside.
    pub(crate) fn push(&self, record: RecordError) {
        tracing::warn!(
            operation = record.operation().unwrap_or_default(),
            id = record.id().map(|id| id.as_str()),
            path = record.path(),
            "a record that does not match the spec was set aside"
        );
        let mut collected = self.lock();
        collected.count = collected.count.saturating_add(1);
        if collected.kept.len() < collected.keep {
            collected.kept.push(record);
        }
    }

    /// A panic while holding the lock cannot leave the collection half-updated (`push`
    /// changes one counter and one vector), so a poisoned lock is used as is.
    fn lock(&self) -> std::sync::MutexGuard<'_, Collected> {
        self.0.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

impl Default for BadRecords {
    fn default() -> Self {
        Self::new()
    }
}

impl fmt::Debug for BadRecords {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let collected = self.lock();
        f.debug_struct("BadRecords")
            .field("count", &collected.count)
            .field("kept", &collected.kept.len())
            .finish()
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use serde_json::value::RawValue;

    use super::*;
    use crate::document::records::Member;

    fn bad(index: usize) -> RecordError {
        let raw: Arc<RawValue> = RawValue::from_string(format!(r#"{{"id":"{index}"}}"#))
            .unwrap()
            .into();
        let source = serde_json::from_str::<u8>("\"x\"").unwrap_err();
        RecordError::new::<u8>(Member::Data, index, raw, source)
    }

    #[test]
    fn counts_every_record_and_keeps_the_first_ones_in_order() {
        let bad_records = BadRecords::keeping(2);
        let shared = bad_records.clone();
        for index in 0..5 {
            shared.push(bad(index));
        }
        assert_eq!(bad_records.count(), 5);
        let kept: Vec<usize> = bad_records.kept().iter().map(RecordError::index).collect();
        assert_eq!(kept, [0, 1]);
        assert_eq!(
            format!("{bad_records:?}"),
            "BadRecords { count: 5, kept: 2 }"
        );
    }

    #[test]
    fn a_new_collection_is_empty() {
        let bad_records = BadRecords::default();
        assert!(bad_records.is_empty());
        assert!(bad_records.kept().is_empty());
    }
}
