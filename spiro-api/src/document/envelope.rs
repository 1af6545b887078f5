//! The JSON:API envelope of every document Spiro sends (`data`, `included`, `meta` with
//! `meta.pagination`, `links`), modelled once, by hand, so that nothing learned about the
//! records' attributes can change it. `types::CompanyListDocument` is
//! `ListDocument<types::Company>`, `types::CompanyDocument` is `Document<types::Company>`.
//!
//! A document is decoded in two steps: the envelope, holding each record as its raw JSON
//! (which checks only that the text is JSON), then each record from its raw JSON. So a record
//! that does not decode (a number beyond `f64`, nesting deeper than 128, a bad id, a value of
//! the wrong type) fails alone, and decoding builds no tree of JSON values: its memory stays
//! within a small multiple of the body (see the README's bounds).

use std::fmt;

use serde::de::{DeserializeOwned, IgnoredAny, MapAccess, Visitor};
use serde::ser::SerializeMap;
use serde_json::value::RawValue;

use super::included::IncludedResource;
use super::pagination::Pagination;
use super::records::{Member, RecordError, Records, spans};

/// One page of a collection: the body of every list operation.
///
/// ```
/// use spiro_api::types;
/// let page: types::CompanyListDocument = serde_json::from_str(r#"{
///   "data": [ { "id": "1", "type": "company", "attributes": { "name": "Watkins" } },
///             { "id": "2", "type": "company", "attributes": { "name": 1e400 } } ],
///   "meta": { "pagination": { "current_page": 1, "total_pages": 3 } }
/// }"#).unwrap();
/// assert_eq!(page.data.len(), 1); // the other record is in page.data.failures()
/// assert_eq!(page.data.failures()[0].raw().get(), r#"{ "id": "2", "type": "company", "attributes": { "name": 1e400 } }"#);
/// assert_eq!(page.meta.and_then(|m| m.pagination).and_then(|p| p.total_pages), Some(3));
/// ```
#[derive(Clone, Debug, PartialEq)]
pub struct ListDocument<T> {
    /// The records that decoded, and a [`RecordError`] (with the raw JSON) for each one that
    /// did not. `data` that is not an array is read as one record (an object) or none
    /// (`null`).
    pub data: Records<T>,
    /// Related records requested with `include`.
    pub included: Vec<IncludedResource>,
    /// Entries of `included` without a readable `id` and `type` (no relationship can point at
    /// them), dropped from `included`.
    pub included_failures: Vec<RecordError>,
    /// `meta`, with `meta.pagination` when Spiro sent one (see [`Pagination`]).
    pub meta: Option<ListMeta>,
    /// `links`, when Spiro sent any.
    pub links: Option<Links>,
}

/// One record and its related records: the body of a `get_*`, `create_*` or `update_*`
/// operation. A record that does not decode as the spec's type is the call's
/// [`Error::Record`](crate::Error::Record), with its raw JSON.
#[derive(Clone, Debug, PartialEq)]
pub struct Document<T> {
    /// The record.
    pub data: T,
    /// Related records requested with `include`.
    pub included: Vec<IncludedResource>,
    /// Entries of `included` without a readable `id` and `type`, dropped from `included`.
    pub included_failures: Vec<RecordError>,
    /// `meta`, as JSON (empty when absent, or when serde_json cannot hold it).
    pub meta: serde_json::Map<String, serde_json::Value>,
    /// `links`, when Spiro sent any.
    pub links: Option<Links>,
}

/// The `meta` of a list document.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize)]
pub struct ListMeta {
    /// `meta.pagination`, read leniently.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pagination: Option<Pagination>,
}

/// A document's `links` (each a URL string, or an object with an `href`). Unknown links and
/// links of another shape are left out.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize)]
pub struct Links {
    /// `links.self`.
    #[serde(rename = "self", skip_serializing_if = "Option::is_none")]
    pub self_: Option<String>,
    /// `links.first`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub first: Option<String>,
    /// `links.prev`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub prev: Option<String>,
    /// `links.next`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next: Option<String>,
    /// `links.last`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last: Option<String>,
}

impl ListMeta {
    fn read(raw: &RawValue) -> Option<ListMeta> {
        let Ok(members) =
            serde_json::from_str::<std::collections::BTreeMap<String, &RawValue>>(raw.get())
        else {
            if raw.get() != "null" {
                tracing::warn!(
                    "`meta` is not an object: paging goes on until an empty or short page"
                );
            }
            return None;
        };
        let pagination = members
            .get("pagination")
            .filter(|p| p.get() != "null")
            .and_then(|p| Pagination::read(p));
        Some(ListMeta { pagination })
    }
}

impl Links {
    fn read(raw: &RawValue) -> Option<Links> {
        let members =
            serde_json::from_str::<std::collections::BTreeMap<String, &RawValue>>(raw.get())
                .ok()?;
        let href = |name: &str| {
            #[derive(serde::Deserialize)]
            #[serde(untagged)]
            enum Link {
                Url(String),
                Object { href: String },
            }
            match serde_json::from_str::<Link>(members.get(name)?.get()).ok()? {
                Link::Url(url) | Link::Object { href: url } => Some(url),
            }
        };
        Some(Links {
            self_: href("self"),
            first: href("first"),
            prev: href("prev"),
            next: href("next"),
            last: href("last"),
        })
    }
}

/// The members of a document, by name (anything else is ignored).
#[derive(serde::Deserialize)]
#[serde(field_identifier, rename_all = "lowercase")]
enum Key {
    Data,
    Included,
    Meta,
    Links,
    #[serde(other)]
    Other,
}

/// The envelope read in the first step.
struct Envelope {
    /// The text of `data`.
    data: Option<Box<RawValue>>,
    included: Vec<IncludedResource>,
    included_failures: Vec<RecordError>,
    meta: Option<Box<RawValue>>,
    links: Option<Links>,
}

struct EnvelopeVisitor;

impl<'de> Visitor<'de> for EnvelopeVisitor {
    type Value = Envelope;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON:API document (an object with `data`)")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let mut envelope = Envelope {
            data: None,
            included: Vec::new(),
            included_failures: Vec::new(),
            meta: None,
            links: None,
        };
        while let Some(key) = map.next_key::<Key>()? {
            match key {
                Key::Data => envelope.data = Some(map.next_value()?),
                Key::Included => {
                    let (included, failures) = read_included(&map.next_value::<Box<RawValue>>()?)
                        .map_err(serde::de::Error::custom)?;
                    envelope.included = included;
                    envelope.included_failures = failures;
                }
                Key::Meta => envelope.meta = Some(map.next_value()?),
                Key::Links => {
                    envelope.links = Links::read(&map.next_value::<Box<RawValue>>()?);
                }
                Key::Other => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        Ok(envelope)
    }
}

fn envelope<'de, De: serde::Deserializer<'de>>(
    d: De,
) -> Result<(Box<RawValue>, Envelope), De::Error> {
    let mut envelope = d.deserialize_map(EnvelopeVisitor)?;
    let data = envelope
        .data
        .take()
        .ok_or_else(|| serde::de::Error::missing_field("data"))?;
    Ok((data, envelope))
}

/// `included`'s entries that can be pointed at, and the others (read as `data` is: an object
/// is one entry, `null` none).
fn read_included(
    text: &RawValue,
) -> Result<(Vec<IncludedResource>, Vec<RecordError>), serde_json::Error> {
    let text = text.get();
    if u32::try_from(text.len()).is_err() {
        return Err(serde::de::Error::custom("`included` is larger than 4 GiB"));
    }
    let spans = spans(text)?;
    let mut included = Vec::with_capacity(spans.len());
    let mut failures = Vec::new();
    for (index, (start, end)) in spans.into_iter().enumerate() {
        let raw = serde_json::from_str::<Box<RawValue>>(&text[start as usize..end as usize])?;
        match IncludedResource::read(index, raw) {
            Ok(entry) => included.push(entry),
            Err(failure) => failures.push(failure),
        }
    }
    if !failures.is_empty() {
        tracing::warn!(
            dropped = failures.len(),
            "entries of `included` without a readable id and type were dropped"
        );
    }
    Ok((included, failures))
}

impl<'de, T: DeserializeOwned> serde::Deserialize<'de> for ListDocument<T> {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let (data, envelope) = envelope(d)?;
        Ok(ListDocument {
            data: Records::pending(data, Member::Data).map_err(serde::de::Error::custom)?,
            included: envelope.included,
            included_failures: envelope.included_failures,
            meta: envelope.meta.as_deref().and_then(ListMeta::read),
            links: envelope.links,
        })
    }
}

impl<'de, T: DeserializeOwned> serde::Deserialize<'de> for Document<T> {
    /// A record that does not decode fails the document; inside a call, the call's error is
    /// then [`Error::Record`](crate::Error::Record), with the record's raw JSON.
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let (raw, envelope) = envelope(d)?;
        let data = match serde_json::from_str::<T>(raw.get()) {
            Ok(data) => data,
            Err(source) => {
                let failure = RecordError::new::<T>(Member::Data, 0, raw.into(), source);
                let message = failure.to_string();
                crate::client::call::report(crate::Error::Record(failure));
                return Err(serde::de::Error::custom(message));
            }
        };
        let meta = match envelope.meta {
            Some(raw) => serde_json::from_str(raw.get()).unwrap_or_else(|_| {
                if raw.get() != "null" {
                    tracing::warn!("`meta` is not an object serde_json can hold: left out");
                }
                serde_json::Map::new()
            }),
            None => serde_json::Map::new(),
        };
        Ok(Document {
            data,
            included: envelope.included,
            included_failures: envelope.included_failures,
            meta,
            links: envelope.links,
        })
    }
}

/// `included`, with the dropped entries after the others (as they arrived).
struct AllIncluded<'a>(&'a [IncludedResource], &'a [RecordError]);

impl serde::Serialize for AllIncluded<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeSeq;
        let mut seq = s.serialize_seq(Some(self.0.len() + self.1.len()))?;
        for entry in self.0 {
            seq.serialize_element(entry)?;
        }
        for failure in self.1 {
            seq.serialize_element(failure.raw())?;
        }
        seq.end()
    }
}

/// A document's members as they are sent: `data`, then `included` (dropped entries as their
/// raw JSON, after the others) when there is any, then `meta` and `links` when present.
fn serialize_members<S: serde::Serializer>(
    s: S,
    data: &impl serde::Serialize,
    included: (&[IncludedResource], &[RecordError]),
    meta: Option<&impl serde::Serialize>,
    links: Option<&Links>,
) -> Result<S::Ok, S::Error> {
    let mut map = s.serialize_map(None)?;
    map.serialize_entry("data", data)?;
    if !(included.0.is_empty() && included.1.is_empty()) {
        map.serialize_entry("included", &AllIncluded(included.0, included.1))?;
    }
    if let Some(meta) = meta {
        map.serialize_entry("meta", meta)?;
    }
    if let Some(links) = links {
        map.serialize_entry("links", links)?;
    }
    map.end()
}

/// Sends what arrived: records that did not decode and dropped `included` entries as their
/// raw JSON, after the others.
impl<T: serde::Serialize> serde::Serialize for ListDocument<T> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        serialize_members(
            s,
            &self.data,
            (&self.included, &self.included_failures),
            self.meta.as_ref(),
            self.links.as_ref(),
        )
    }
}

/// Sends what arrived (dropped `included` entries as their raw JSON, after the others).
impl<T: serde::Serialize> serde::Serialize for Document<T> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        serialize_members(
            s,
            &self.data,
            (&self.included, &self.included_failures),
            Some(&self.meta).filter(|meta| !meta.is_empty()),
            self.links.as_ref(),
        )
    }
}
