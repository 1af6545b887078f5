//! The records of a list document, decoded one by one from their raw JSON: a record that does
//! not decode is kept aside, with its id and raw JSON, instead of failing the whole page.
use std::fmt;
use std::sync::{Arc, Mutex, OnceLock, PoisonError};

use serde::de::DeserializeOwned;
use serde_json::value::RawValue;

use super::decode::{Problem, is_identifier};
use crate::ResourceId;

/// The `data` of a list document (one page): the records that decoded, in order, and a
/// [`RecordError`] for each one that did not.
///
/// The spec's types are partly guessed, and the attributes it only infers are already
/// lenient (see [`Text`](crate::Text) and [`Amount`](crate::Amount)). A record that still
/// does not match, e.g. one whose `live` attribute `name` arrives as a number, or one
/// without an `id`, does not cost the other records of its page: it lands in
/// [`failures`](Self::failures) with its raw JSON. `Records` derefs to the slice of records
/// that decoded.
///
/// ```
/// use spiro_api::types;
/// let page: types::OpportunityListDocument = serde_json::from_str(r#"{ "data": [
///     { "id": "1", "type": "opportunity", "attributes": { "name": "Roof", "amount": "48250.0" } },
///     { "id": "2", "type": "opportunity", "attributes": { "name": 7 } },
///     { "id": 3, "type": "opportunity", "attributes": { "name": "Gutters", "priority": 2 } }
/// ] }"#).unwrap();
/// assert_eq!(page.data.len(), 2); // the records that decoded
/// assert_eq!(page.data[0].id.to_string(), "1");
/// let failure = &page.data.failures()[0];
/// assert_eq!(failure.id().map(|id| id.to_string()).as_deref(), Some("2"));
/// assert_eq!(failure.value().unwrap()["attributes"]["name"], 7);
/// assert_eq!((failure.path(), failure.expected()), ("attributes.name", Some("a string")));
/// ```
///
/// **Bounded memory**: a document keeps the text of its `data` and decodes the records when
/// they are first asked for (`records()`, indexing, `failures()`, …), all at once, dropping the
/// text. The paging streams ([`Pages::items`](crate::Pages::items)) instead decode them one
/// at a time as they hand them out, so that decoding a page takes about twice its body (the
/// body and the text of `data`) plus a few bytes per record, whatever its records hold.
pub struct Records<T> {
    decoded: OnceLock<Decoded<T>>,
    pending: Mutex<Option<Pending<T>>>,
}

/// Records decoded, and the failures.
struct Decoded<T> {
    records: Vec<T>,
    failures: Vec<RecordError>,
}

/// Records not decoded yet: the text of `data` and where each record is in it.
struct Pending<T> {
    text: Box<RawValue>,
    /// Byte ranges of the records in `text`.
    spans: Vec<(u32, u32)>,
    member: Member,
    decode: fn(Member, usize, &str) -> Result<T, RecordError>,
}

/// One record from its raw JSON.
fn decode_one<T: DeserializeOwned>(
    member: Member,
    index: usize,
    raw: &str,
) -> Result<T, RecordError> {
    serde_json::from_str::<T>(raw).map_err(|source| {
        // `raw` is one value of a JSON text, so this cannot fail (`null` if it ever did).
        let raw: Box<RawValue> = serde_json::from_str(raw).unwrap_or_default();
        RecordError::new::<T>(member, index, raw.into(), source)
    })
}

impl<T> Pending<T> {
    fn len(&self) -> usize {
        self.spans.len()
    }

    /// The records and failures, in order, decoded one at a time.
    fn into_results(self) -> impl Iterator<Item = Result<T, RecordError>> {
        let mut index = 0;
        std::iter::from_fn(move || {
            let (start, end) = *self.spans.get(index)?;
            let raw = &self.text.get()[start as usize..end as usize];
            let result = (self.decode)(self.member, index, raw);
            index += 1;
            Some(result)
        })
    }

    fn decode_all(self) -> Decoded<T> {
        let mut records = Vec::with_capacity(self.len());
        let mut failures = Vec::new();
        for result in self.into_results() {
            match result {
                Ok(record) => records.push(record),
                Err(failure) => failures.push(failure),
            }
        }
        Decoded { records, failures }
    }
}

impl<T: DeserializeOwned> Records<T> {
    /// The records of `text` (the raw JSON of a document's `data`), decoded when first asked
    /// for: the elements of an array, an object as one record, none for `null`, a scalar as
    /// one record that does not decode.
    pub(crate) fn pending(text: Box<RawValue>, member: Member) -> Result<Self, serde_json::Error> {
        let spans = match u32::try_from(text.get().len()) {
            // Beyond 4 GiB of text the positions do not fit: decoded at once.
            Err(_) => return Ok(Self::decoded_now(text, member)),
            Ok(_) => spans(text.get())?,
        };
        Ok(Self {
            decoded: OnceLock::new(),
            pending: Mutex::new(Some(Pending {
                text,
                spans,
                member,
                decode: decode_one::<T>,
            })),
        })
    }

    fn decoded_now(text: Box<RawValue>, member: Member) -> Self {
        let raws: Vec<Box<RawValue>> = match text.get().trim_start().as_bytes().first() {
            Some(b'[') => serde_json::from_str(text.get()).unwrap_or_default(),
            Some(b'n') => Vec::new(),
            _ => vec![text],
        };
        let mut records = Vec::with_capacity(raws.len());
        let mut failures = Vec::new();
        for (index, raw) in raws.iter().enumerate() {
            match decode_one::<T>(member, index, raw.get()) {
                Ok(record) => records.push(record),
                Err(failure) => failures.push(failure),
            }
        }
        Self::from_parts(records, failures)
    }
}

/// Where each record of `text` is: the elements of an array, the whole text for an object or
/// a scalar, nothing for `null`. Reading them checks only that the text is JSON (no number
/// range, no nesting limit), so that whatever fails, fails one record alone.
pub(crate) fn spans(text: &str) -> Result<Vec<(u32, u32)>, serde_json::Error> {
    let base = text.as_ptr() as usize;
    let span = |raw: &RawValue| {
        let start = raw.get().as_ptr() as usize - base;
        // Within `text`, which is shorter than 4 GiB (checked by the caller).
        (start as u32, (start + raw.get().len()) as u32)
    };
    match text.trim_start().as_bytes().first() {
        Some(b'[') => {
            struct Spans<F>(F);
            impl<'de, F: Fn(&RawValue) -> (u32, u32)> serde::de::Visitor<'de> for Spans<F> {
                type Value = Vec<(u32, u32)>;
                fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                    f.write_str("an array of records")
                }
                fn visit_seq<A: serde::de::SeqAccess<'de>>(
                    self,
                    mut seq: A,
                ) -> Result<Self::Value, A::Error> {
                    let mut spans = Vec::new();
                    while let Some(raw) = seq.next_element::<&'de RawValue>()? {
                        spans.push((self.0)(raw));
                    }
                    Ok(spans)
                }
            }
            let mut deserializer = serde_json::Deserializer::from_str(text);
            serde::Deserializer::deserialize_seq(&mut deserializer, Spans(span))
        }
        Some(b'n') if text.trim() == "null" => Ok(Vec::new()),
        Some(b'{') => {
            tracing::warn!("an object where an array of records was expected: read as one record");
            Ok(vec![(0, text.len() as u32)])
        }
        _ => {
            tracing::warn!("a scalar where an array of records was expected: read as one record");
            Ok(vec![(0, text.len() as u32)])
        }
    }
}

impl<T> Records<T> {
    /// Records and failures (each failure knows its position, [`RecordError::index`]).
    pub(crate) fn from_parts(records: Vec<T>, failures: Vec<RecordError>) -> Self {
        Self {
            decoded: OnceLock::from(Decoded { records, failures }),
            pending: Mutex::new(None),
        }
    }

    fn pending_lock(&self) -> std::sync::MutexGuard<'_, Option<Pending<T>>> {
        self.pending.lock().unwrap_or_else(PoisonError::into_inner)
    }

    fn decoded(&self) -> &Decoded<T> {
        self.decoded
            .get_or_init(|| match self.pending_lock().take() {
                Some(pending) => pending.decode_all(),
                None => Decoded {
                    records: Vec::new(),
                    failures: Vec::new(),
                },
            })
    }

    fn into_decoded(self) -> Decoded<T> {
        let Records { decoded, pending } = self;
        match decoded.into_inner() {
            Some(decoded) => decoded,
            None => match pending.into_inner().unwrap_or_else(PoisonError::into_inner) {
                Some(pending) => pending.decode_all(),
                None => Decoded {
                    records: Vec::new(),
                    failures: Vec::new(),
                },
            },
        }
    }

    /// How many records there are, decoded or not, without decoding them.
    pub(crate) fn count(&self) -> usize {
        match self.decoded.get() {
            Some(decoded) => decoded.records.len() + decoded.failures.len(),
            None => self.pending_lock().as_ref().map_or(0, Pending::len),
        }
    }

    /// The records and failures in the order Spiro sent them, each failure in its place.
    /// Records not decoded yet are decoded one at a time, as the iterator is advanced: the
    /// way to go through a large page without holding all of its records at once.
    ///
    /// ```
    /// use spiro_api::types;
    /// let page: types::CompanyListDocument = serde_json::from_str(r#"{ "data": [
    ///     { "id": "1", "type": "company" }, { "id": 2e400, "type": "company" } ] }"#).unwrap();
    /// let ids: Vec<String> = page.data.into_results()
    ///     .map(|r| r.map(|c| c.id.to_string()).unwrap_or_else(|e| format!("bad #{}", e.index())))
    ///     .collect();
    /// assert_eq!(ids, ["1", "bad #1"]);
    /// ```
    pub fn into_results(self) -> Box<dyn Iterator<Item = Result<T, RecordError>> + Send>
    where
        T: Send + 'static,
    {
        let Records { decoded, pending } = self;
        match decoded.into_inner() {
            Some(decoded) => Box::new(in_order(decoded.records, decoded.failures)),
            None => match pending.into_inner().unwrap_or_else(PoisonError::into_inner) {
                Some(pending) => Box::new(pending.into_results()),
                None => Box::new(std::iter::empty()),
            },
        }
    }

    /// The records that decoded, in order.
    pub fn records(&self) -> &[T] {
        &self.decoded().records
    }

    /// The records that did not decode, in order.
    pub fn failures(&self) -> &[RecordError] {
        &self.decoded().failures
    }

    /// The records that decoded and the failures.
    pub fn into_parts(self) -> (Vec<T>, Vec<RecordError>) {
        let decoded = self.into_decoded();
        (decoded.records, decoded.failures)
    }

    /// The records that decoded (the failures are dropped).
    pub fn into_records(self) -> Vec<T> {
        self.into_decoded().records
    }
}

/// Records and failures as one sequence in the order Spiro sent them: each failure in its
/// position.
fn in_order<T>(
    records: Vec<T>,
    failures: Vec<RecordError>,
) -> impl Iterator<Item = Result<T, RecordError>> {
    let mut records = records.into_iter().map(Ok).peekable();
    let mut failures = failures.into_iter().peekable();
    let mut position = 0;
    std::iter::from_fn(move || {
        let next = match failures.peek() {
            Some(failure) if failure.index() <= position || records.peek().is_none() => {
                failures.next().map(Err)
            }
            _ => records.next(),
        };
        position += 1;
        next
    })
}

impl<T> Default for Records<T> {
    fn default() -> Self {
        Self::from_parts(Vec::new(), Vec::new())
    }
}

impl<T> std::ops::Deref for Records<T> {
    type Target = [T];

    fn deref(&self) -> &[T] {
        self.records()
    }
}

impl<T> From<Vec<T>> for Records<T> {
    fn from(records: Vec<T>) -> Self {
        Self::from_parts(records, Vec::new())
    }
}

impl<T> IntoIterator for Records<T> {
    type Item = T;
    type IntoIter = std::vec::IntoIter<T>;

    /// The records that decoded.
    fn into_iter(self) -> Self::IntoIter {
        self.into_records().into_iter()
    }
}

impl<'a, T> IntoIterator for &'a Records<T> {
    type Item = &'a T;
    type IntoIter = std::slice::Iter<'a, T>;

    fn into_iter(self) -> Self::IntoIter {
        self.records().iter()
    }
}

impl<T: Clone> Clone for Records<T> {
    fn clone(&self) -> Self {
        if let Some(decoded) = self.decoded.get() {
            return Self::from_parts(decoded.records.clone(), decoded.failures.clone());
        }
        let pending = self.pending_lock().as_ref().map(|p| Pending {
            text: p.text.clone(),
            spans: p.spans.clone(),
            member: p.member,
            decode: p.decode,
        });
        match pending {
            Some(pending) => Self {
                decoded: OnceLock::new(),
                pending: Mutex::new(Some(pending)),
            },
            // Decoded meanwhile by another thread.
            None => self.clone(),
        }
    }
}

impl<T: fmt::Debug> fmt::Debug for Records<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Records")
            .field("records", &self.records())
            .field("failures", &self.failures())
            .finish()
    }
}

impl<T: PartialEq> PartialEq for Records<T> {
    fn eq(&self, other: &Self) -> bool {
        self.records() == other.records() && self.failures() == other.failures()
    }
}

/// Decodes a JSON array record by record (see [`Records`]). Anything else is read as the
/// documents' `data` is: `null` as no records, an object or a scalar as one record.
impl<'de, T: DeserializeOwned> serde::Deserialize<'de> for Records<T> {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = Box::<RawValue>::deserialize(d)?;
        Records::pending(text, Member::Data).map_err(serde::de::Error::custom)
    }
}

/// Sends the records that decoded, then the raw JSON of those that did not.
impl<T: serde::Serialize> serde::Serialize for Records<T> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeSeq;
        let (records, failures) = (self.records(), self.failures());
        let mut seq = s.serialize_seq(Some(records.len() + failures.len()))?;
        for record in records {
            seq.serialize_element(record)?;
        }
        for failure in failures {
            seq.serialize_element(failure.raw())?;
        }
        seq.end()
    }
}

impl<T: schemars::JsonSchema> schemars::JsonSchema for Records<T> {
    fn schema_name() -> String {
        format!("Records_of_{}", T::schema_name())
    }

    fn json_schema(generator: &mut schemars::r#gen::SchemaGenerator) -> schemars::schema::Schema {
        <Vec<T>>::json_schema(generator)
    }
}

/// Where in a document a record sits.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Member {
    /// `data`: the records the operation returns.
    Data,
    /// `included`: related records.
    Included,
}

impl Member {
    fn name(self) -> &'static str {
        match self {
            Member::Data => "data",
            Member::Included => "included",
        }
    }
}

/// One record that did not decode as the spec's type: a record of a page, the record of a
/// single-record response, or an entry of `included`. Its raw JSON is kept, exactly as Spiro
/// sent it, so no data is lost: read what you need from [`raw`](Self::raw) or
/// [`value`](Self::value).
///
/// Found in [`Records::failures`], in [`Page::failures`](crate::Page::failures), in a
/// document's `included_failures`, yielded as [`Error::Record`](crate::Error::Record) by the
/// paging streams (which go on with the next record), and returned as `Error::Record` by a
/// single-record call.
///
/// Its message names the record (its id and type when they look like ones), its position, the
/// JSON path that failed and the type expected there, never a value from the record; serde's
/// own error, which may quote one, is [`decode_error`](Self::decode_error).
#[derive(Clone, Debug)]
pub struct RecordError(Box<Failure>);

/// What a [`RecordError`] knows (boxed: errors travel in `Result`s, which stay small).
#[derive(Clone, Debug)]
struct Failure {
    member: Member,
    index: usize,
    id: Option<ResourceId>,
    type_: Option<String>,
    raw: Arc<RawValue>,
    problem: Problem,
    source: Arc<serde_json::Error>,
    operation: Option<&'static str>,
}

impl RecordError {
    /// The record `raw` at `index` of `member`, which failed to decode as `T` with `source`.
    pub(crate) fn new<T: DeserializeOwned>(
        member: Member,
        index: usize,
        raw: Arc<RawValue>,
        source: serde_json::Error,
    ) -> Self {
        let problem = Problem::of::<T>(raw.get(), "");
        let (id, type_) = head(&raw);
        Self(Box::new(Failure {
            member,
            index,
            id,
            type_,
            raw,
            problem,
            source: Arc::new(source),
            operation: None,
        }))
    }

    pub(crate) fn set_operation(&mut self, operation: &'static str) {
        self.0.operation.get_or_insert(operation);
    }

    /// The record's `id`, when it has one that reads as an id.
    pub fn id(&self) -> Option<&ResourceId> {
        self.0.id.as_ref()
    }

    /// The record's `type`, when it is a string.
    pub fn resource_type(&self) -> Option<&str> {
        self.0.type_.as_deref()
    }

    /// The record's position in `data` (or in `included`), 0-based.
    pub fn index(&self) -> usize {
        self.0.index
    }

    /// Whether it is an entry of `included` (rather than of `data`).
    pub fn is_included(&self) -> bool {
        self.0.member == Member::Included
    }

    /// The operation whose response held it, when known (e.g. `list_companies`).
    pub fn operation(&self) -> Option<&'static str> {
        self.0.operation
    }

    /// The record as Spiro sent it, byte for byte (numbers beyond `f64` and any nesting
    /// included).
    pub fn raw(&self) -> &RawValue {
        &self.0.raw
    }

    /// The record as a JSON value, when serde_json can hold it (`None` for a number beyond
    /// `f64` or nesting deeper than 128 levels: read [`raw`](Self::raw) then).
    pub fn value(&self) -> Option<serde_json::Value> {
        serde_json::from_str(self.0.raw.get()).ok()
    }

    /// The JSON path, inside the record, where decoding failed (e.g. `attributes.name`).
    pub fn path(&self) -> &str {
        &self.0.problem.path
    }

    /// The type expected there, as the spec's type describes itself, when serde said.
    pub fn expected(&self) -> Option<&str> {
        self.0.problem.expected.as_deref()
    }

    /// What serde reported: names the field and the type expected, and may quote the value.
    pub fn decode_error(&self) -> &serde_json::Error {
        &self.0.source
    }
}

/// The record's `id` and `type`, when they read as such (whatever else is wrong with it).
fn head(raw: &RawValue) -> (Option<ResourceId>, Option<String>) {
    #[derive(serde::Deserialize)]
    struct Head<'a> {
        #[serde(borrow, default)]
        id: Option<&'a RawValue>,
        #[serde(borrow, default, rename = "type")]
        type_: Option<&'a RawValue>,
    }
    if !raw.get().trim_start().starts_with('{') {
        return (None, None); // serde would read an array as a struct, by position
    }
    match serde_json::from_str::<Head<'_>>(raw.get()) {
        Ok(head) => (
            head.id.and_then(|id| serde_json::from_str(id.get()).ok()),
            head.type_.and_then(|t| serde_json::from_str(t.get()).ok()),
        ),
        Err(_) => (None, None),
    }
}

impl fmt::Display for RecordError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(operation) = self.0.operation {
            write!(f, "`{operation}`: ")?;
        }
        // Only what looks like a type and an id: they name the record, and are not free text.
        let type_ = self.0.type_.as_deref().filter(|t| is_identifier(t));
        let id = self.0.id.as_ref().filter(|id| is_id(id.as_str()));
        let what = if self.0.member == Member::Included {
            "included record"
        } else {
            "record"
        };
        match (type_, id) {
            (Some(t), Some(id)) => write!(f, "{what} {t} {id}")?,
            (None, Some(id)) => write!(f, "{what} {id}")?,
            (Some(t), None) => write!(f, "a {t} {what} without a readable id")?,
            (None, None) => write!(f, "a {what} without a readable id")?,
        }
        write!(
            f,
            " (position {} of `{}`) does not match the spec: {}",
            self.0.index,
            self.0.member.name(),
            self.0.problem
        )
    }
}

/// Its message names no value (see the type's docs); serde's error is not its `source()`
/// because error reporters print the whole chain.
impl std::error::Error for RecordError {}

/// What a record id looks like: short, letters, digits, `-` and `_`.
fn is_id(id: &str) -> bool {
    (1..=64).contains(&id.len())
        && id
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

/// Equal when place, id, type, raw JSON and serde's message are equal.
impl PartialEq for RecordError {
    fn eq(&self, other: &Self) -> bool {
        self.0.member == other.0.member
            && self.0.index == other.0.index
            && self.0.id == other.0.id
            && self.0.type_ == other.0.type_
            && self.0.raw.get() == other.0.raw.get()
            && self.0.operation == other.0.operation
            && self.0.source.to_string() == other.0.source.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use serde_json::json;

    #[derive(Debug, PartialEq, serde::Deserialize, serde::Serialize)]
    struct Rec {
        id: String,
        n: i64,
    }

    #[test]
    fn bad_records_are_set_aside_in_order() {
        let records: Records<Rec> = serde_json::from_value(json!([
            { "id": "a", "n": 1 },
            { "id": 7, "n": "x" },
            "not an object",
            { "id": "d", "n": 4 },
        ]))
        .unwrap();
        assert_eq!(records.len(), 2);
        assert_eq!(
            records[1],
            Rec {
                id: "d".into(),
                n: 4
            }
        );
        let failures = records.failures();
        assert_eq!(failures.len(), 2);
        assert_eq!(
            (failures[0].index(), failures[0].id().map(|i| i.to_string())),
            (1, Some("7".to_owned()))
        );
        assert_eq!(failures[1].raw().get(), r#""not an object""#);
        assert_eq!(failures[1].id(), None);
        let message = failures[0].to_string();
        assert!(message.contains("record 7 (position 1"), "{message}");
    }

    #[test]
    fn a_non_array_is_one_record_or_none() {
        let one: Records<Rec> = serde_json::from_str(r#"{ "id": "a", "n": 1e400 }"#).unwrap();
        assert_eq!((one.len(), one.failures().len()), (0, 1));
        assert_eq!(
            one.failures()[0].raw().get(),
            r#"{ "id": "a", "n": 1e400 }"#
        );
        let one: Records<Rec> = serde_json::from_str(r#"{ "id": "a", "n": 1 }"#).unwrap();
        assert_eq!(one.len(), 1);
        let none: Records<Rec> = serde_json::from_str("null").unwrap();
        assert!(none.is_empty() && none.failures().is_empty());
        let scalar: Records<Rec> = serde_json::from_str("17").unwrap();
        assert_eq!(scalar.failures()[0].raw().get(), "17");
    }

    proptest! {
        #[test]
        fn any_array_decodes_and_accounts_for_every_element(
            items in proptest::collection::vec(
                prop_oneof![
                    any::<i64>().prop_map(|n| json!({ "id": "x", "n": n })),
                    any::<i64>().prop_map(|n| json!({ "id": n, "n": n.to_string() })),
                    ".{0,8}".prop_map(|s| json!(s)),
                    Just(json!(null)),
                ],
                0..20,
            )
        ) {
            let total = items.len();
            let records: Records<Rec> = serde_json::from_value(json!(items)).unwrap();
            prop_assert_eq!(records.len() + records.failures().len(), total);
            let indices: Vec<usize> = records.failures().iter().map(|f| f.index()).collect();
            prop_assert!(indices.windows(2).all(|w| w[0] < w[1]));
        }

        #[test]
        fn any_text_decodes_or_errors_without_panicking(text in ".{0,60}") {
            let _ = serde_json::from_str::<Records<Rec>>(&text);
        }
    }
}
