//! The records of a list document, decoded one by one: a record that does not decode is
//! kept aside, with its id and raw JSON, instead of failing the whole page.
use std::sync::Arc;

use serde::Deserialize as _;
use serde::de::DeserializeOwned;

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
/// assert_eq!(failure.raw()["attributes"]["name"], 7);
/// ```
#[derive(Clone, Debug, PartialEq)]
pub struct Records<T> {
    records: Vec<T>,
    failures: Vec<RecordError>,
}

impl<T> Records<T> {
    /// Records and failures (each failure knows its position, [`RecordError::index`]).
    pub(crate) fn from_parts(records: Vec<T>, failures: Vec<RecordError>) -> Self {
        Self { records, failures }
    }

    /// The records that decoded, in order.
    pub fn records(&self) -> &[T] {
        &self.records
    }

    /// The records that did not decode, in order.
    pub fn failures(&self) -> &[RecordError] {
        &self.failures
    }

    /// The records that decoded and the failures.
    pub fn into_parts(self) -> (Vec<T>, Vec<RecordError>) {
        (self.records, self.failures)
    }

    /// The records that decoded (the failures are dropped).
    pub fn into_records(self) -> Vec<T> {
        self.records
    }
}

impl<T> Default for Records<T> {
    fn default() -> Self {
        Self::from_parts(Vec::new(), Vec::new())
    }
}

impl<T> std::ops::Deref for Records<T> {
    type Target = [T];

    fn deref(&self) -> &[T] {
        &self.records
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
        self.records.into_iter()
    }
}

impl<'a, T> IntoIterator for &'a Records<T> {
    type Item = &'a T;
    type IntoIter = std::slice::Iter<'a, T>;

    fn into_iter(self) -> Self::IntoIter {
        self.records.iter()
    }
}

impl<'de, T: DeserializeOwned> serde::Deserialize<'de> for Records<T> {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let values = Vec::<serde_json::Value>::deserialize(d)?;
        let mut records = Vec::with_capacity(values.len());
        let mut failures = Vec::new();
        for (index, raw) in values.into_iter().enumerate() {
            match T::deserialize(&raw) {
                Ok(record) => records.push(record),
                Err(source) => failures.push(RecordError::new(index, raw, source)),
            }
        }
        Ok(Self { records, failures })
    }
}

/// Sends the records that decoded, then the raw JSON of those that did not.
impl<T: serde::Serialize> serde::Serialize for Records<T> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeSeq;
        let mut seq = s.serialize_seq(Some(self.records.len() + self.failures.len()))?;
        for record in &self.records {
            seq.serialize_element(record)?;
        }
        for failure in &self.failures {
            seq.serialize_element(&failure.raw)?;
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

/// One record of a list document that did not decode as the spec's type. Its raw JSON is
/// kept, so no data is lost: read what you need from [`raw`](Self::raw).
///
/// Found in [`Records::failures`], in [`Page::failures`](crate::Page::failures), and
/// yielded as [`Error::Record`](crate::Error::Record) by the paging streams, which go on
/// with the next record.
#[derive(Clone, Debug, thiserror::Error)]
#[error("{} (position {index} of its page) does not match the spec and was set aside: {source}", describe(.type_, .id))]
pub struct RecordError {
    index: usize,
    id: Option<ResourceId>,
    type_: Option<String>,
    raw: serde_json::Value,
    #[source]
    source: Arc<serde_json::Error>,
}

fn describe(type_: &Option<String>, id: &Option<ResourceId>) -> String {
    match (type_, id) {
        (Some(t), Some(id)) => format!("record {t} {id}"),
        (None, Some(id)) => format!("record {id}"),
        (Some(t), None) => format!("a {t} record without a readable id"),
        (None, None) => "a record without a readable id".to_owned(),
    }
}

impl RecordError {
    fn new(index: usize, raw: serde_json::Value, source: serde_json::Error) -> Self {
        let id = raw
            .get("id")
            .and_then(|id| ResourceId::deserialize(id).ok());
        let type_ = raw.get("type").and_then(|t| t.as_str()).map(str::to_owned);
        Self {
            index,
            id,
            type_,
            raw,
            source: Arc::new(source),
        }
    }

    /// The record's `id`, when it has one that reads as an id.
    pub fn id(&self) -> Option<&ResourceId> {
        self.id.as_ref()
    }

    /// The record's `type`, when it is a string.
    pub fn resource_type(&self) -> Option<&str> {
        self.type_.as_deref()
    }

    /// The record's position in its page's `data` (0-based).
    pub fn index(&self) -> usize {
        self.index
    }

    /// The record as Spiro sent it.
    pub fn raw(&self) -> &serde_json::Value {
        &self.raw
    }

    /// The record as Spiro sent it, by value.
    pub fn into_raw(self) -> serde_json::Value {
        self.raw
    }

    /// What serde reported (names the field and the type it expected).
    pub fn decode_error(&self) -> &serde_json::Error {
        &self.source
    }
}

/// Equal when position, id, type, raw JSON and serde's message are equal.
impl PartialEq for RecordError {
    fn eq(&self, other: &Self) -> bool {
        self.index == other.index
            && self.id == other.id
            && self.type_ == other.type_
            && self.raw == other.raw
            && self.source.to_string() == other.source.to_string()
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
        assert_eq!(failures[1].raw(), &json!("not an object"));
        assert_eq!(failures[1].id(), None);
        let message = failures[0].to_string();
        assert!(message.contains("record 7 (position 1"), "{message}");
    }

    #[test]
    fn a_non_array_still_fails() {
        assert!(serde_json::from_value::<Records<Rec>>(json!({ "id": "a" })).is_err());
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
