//! The in-memory record store: collections of records, JSON:API rendering, paging, filters,
//! `include` and writes.

use std::collections::{BTreeMap, BTreeSet};

use indexmap::IndexMap;

use chrono::{DateTime, Utc};
use http::StatusCode;
use serde_json::{Map, Value, json};

use crate::resources::{self, RelationshipDef, ResourceKind};
use crate::validate::Violation;

/// Why a write was refused: the status and the offending member.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct WriteError {
    pub(crate) status: StatusCode,
    pub(crate) violation: Violation,
}

impl WriteError {
    pub(crate) fn new(status: StatusCode, pointer: String, message: String) -> WriteError {
        WriteError {
            status,
            violation: Violation { pointer, message },
        }
    }
}

/// One stored record.
#[derive(Clone, Debug)]
pub(crate) struct Record {
    pub(crate) id: u64,
    /// Attributes in the order the spec declares them; `custom` is an object.
    pub(crate) attributes: Map<String, Value>,
    /// To-one relationships by name; `None` is an empty relationship (`data: null`).
    pub(crate) relationships: BTreeMap<&'static str, Option<u64>>,
}

impl Record {
    /// The related id through `name`, if set.
    pub(crate) fn related(&self, name: &str) -> Option<u64> {
        self.relationships.get(name).copied().flatten()
    }
}

/// The records of one collection.
#[derive(Debug)]
pub(crate) struct Collection {
    pub(crate) kind: &'static ResourceKind,
    /// By id, in ascending id order (ids only grow, and removal keeps the order), so that a
    /// page is a slice: serving page 1,000 of 100,000 records costs what page 1 costs.
    pub(crate) records: IndexMap<u64, Record>,
    /// The id the next created record gets.
    pub(crate) next_id: u64,
}

/// A filter of a list request.
#[derive(Clone, Debug)]
pub(crate) enum Filter {
    /// Case-insensitive substring match (`filter[x_cont]`); `needle` is lower-cased.
    Contains { field: Field, needle: String },
    /// Timestamp at or after `instant` (`filter[x][gte]`).
    AtOrAfter {
        field: Field,
        instant: DateTime<Utc>,
    },
}

/// What a filter looks at.
#[derive(Clone, Debug)]
pub(crate) enum Field {
    /// An attribute of the record itself.
    Attribute(String),
    /// An attribute of the record a to-one relationship points at (e.g. the company's `name`).
    Related {
        relationship: &'static RelationshipDef,
        attribute: String,
    },
}

/// A requested page (both values are at least 1).
#[derive(Clone, Copy, Debug)]
pub(crate) struct Page {
    pub(crate) number: u64,
    pub(crate) size: u64,
}

/// A list request.
#[derive(Debug)]
pub(crate) struct ListQuery {
    /// Only records whose relationship `.0` points at id `.1` (nested routes).
    pub(crate) parent: Option<(&'static str, u64)>,
    pub(crate) filters: Vec<Filter>,
    pub(crate) page: Page,
    /// `None`: no `include` parameter; `Some(list)`: fill `included`.
    pub(crate) include: Option<Vec<&'static RelationshipDef>>,
}

/// A validated write document, reduced to what the store applies.
#[derive(Debug, Default)]
pub(crate) struct Write {
    /// Writable attributes that the spec declares (no `custom`, no read-only ones).
    pub(crate) attributes: Map<String, Value>,
    /// `attributes.custom`, merged key by key.
    pub(crate) custom: Option<Map<String, Value>>,
    /// `relationships`: name and the identifier's `(type, id)` (`None` for `data: null`).
    pub(crate) relationships: Vec<(String, Option<(String, String)>)>,
}

/// The store.
#[derive(Debug, Default)]
pub(crate) struct Store {
    collections: BTreeMap<String, Collection>,
}

impl Store {
    /// An empty store with every collection registered.
    pub(crate) fn new() -> Store {
        let mut collections = BTreeMap::new();
        for kind in resources::KINDS {
            let keys: Vec<String> = if kind.collection == "custom_objects" {
                resources::CUSTOM_OBJECT_TYPES
                    .iter()
                    .map(|t| resources::store_key(kind.collection, Some(t)))
                    .collect()
            } else {
                vec![kind.collection.to_owned()]
            };
            for key in keys {
                collections.insert(
                    key,
                    Collection {
                        kind,
                        records: IndexMap::new(),
                        next_id: 1,
                    },
                );
            }
        }
        Store { collections }
    }

    /// The collection under a store key (`companies`, `custom_objects/machines`).
    pub(crate) fn collection(&self, key: &str) -> Option<&Collection> {
        self.collections.get(key)
    }

    /// The store keys, e.g. `companies`, `custom_objects/machines`.
    pub(crate) fn keys(&self) -> impl Iterator<Item = &str> {
        self.collections.keys().map(String::as_str)
    }

    /// The id the next record of a collection gets (1 for an unknown one).
    pub(crate) fn next_id(&self, key: &str) -> u64 {
        self.collections.get(key).map_or(1, |c| c.next_id)
    }

    /// Adds a record (seeding); ids grow monotonically.
    pub(crate) fn insert(&mut self, key: &str, record: Record) {
        if let Some(c) = self.collections.get_mut(key) {
            c.next_id = c.next_id.max(record.id.saturating_add(1));
            let in_order = c.records.last().is_none_or(|(last, _)| *last < record.id);
            c.records.insert(record.id, record);
            if !in_order {
                c.records.sort_unstable_keys();
            }
        }
    }

    /// A record by store key and id.
    pub(crate) fn record(&self, key: &str, id: u64) -> Option<&Record> {
        self.collections.get(key)?.records.get(&id)
    }

    /// A record by store key and id, for changing it in place.
    pub(crate) fn record_mut(&mut self, key: &str, id: u64) -> Option<&mut Record> {
        self.collections.get_mut(key)?.records.get_mut(&id)
    }

    /// The ids of a collection, ascending.
    pub(crate) fn ids(&self, key: &str) -> Vec<u64> {
        self.collections
            .get(key)
            .map(|c| c.records.keys().copied().collect())
            .unwrap_or_default()
    }

    /// Number of records in a collection (0 when unknown).
    pub(crate) fn count(&self, key: &str) -> usize {
        self.collections.get(key).map_or(0, |c| c.records.len())
    }

    /// A record of a collection as a resource object.
    pub(crate) fn resource_by_id(&self, key: &str, id: u64) -> Option<Value> {
        let c = self.collections.get(key)?;
        c.records.get(&id).map(|r| render(c.kind, r))
    }

    /// One page of a collection as a JSON:API list document.
    pub(crate) fn list(&self, key: &str, query: &ListQuery) -> Option<Value> {
        let c = self.collections.get(key)?;
        let size = query.page.size.max(1);
        let offset = query
            .page
            .number
            .saturating_sub(1)
            .checked_mul(size)
            .and_then(|o| usize::try_from(o).ok());
        let take = usize::try_from(size).unwrap_or(usize::MAX);
        let selected = |r: &&Record| {
            query
                .parent
                .is_none_or(|(rel, id)| r.related(rel) == Some(id))
                && query.filters.iter().all(|f| self.matches(r, f))
        };
        // One pass, no copy of the collection: count the matches and keep the page's.
        let mut total = 0u64;
        let mut page: Vec<&Record> = Vec::new();
        if query.parent.is_none() && query.filters.is_empty() {
            total = c.records.len() as u64;
            if let Some(o) = offset {
                page.extend(c.records.values().skip(o).take(take));
            }
        } else {
            for record in c.records.values().filter(selected) {
                if offset.is_some_and(|o| (total as usize) >= o && page.len() < take) {
                    page.push(record);
                }
                total += 1;
            }
        }
        let total_pages = total.div_ceil(size);
        let data: Vec<Value> = page.iter().map(|r| render(c.kind, r)).collect();
        let mut doc = Map::new();
        doc.insert("data".into(), Value::Array(data));
        if let Some(include) = &query.include {
            doc.insert(
                "included".into(),
                Value::Array(self.included(&page, include)),
            );
        }
        doc.insert(
            "meta".into(),
            json!({ "pagination": {
                "current_page": query.page.number,
                "total_pages": total_pages,
                "per_page": size,
                "total_entries": total,
            }}),
        );
        Some(Value::Object(doc))
    }

    /// A single-record document, `None` when there is no such record.
    pub(crate) fn single(
        &self,
        key: &str,
        id: u64,
        include: Option<&[&'static RelationshipDef]>,
    ) -> Option<Value> {
        let c = self.collections.get(key)?;
        let record = c.records.get(&id)?;
        let mut doc = Map::new();
        doc.insert("data".into(), render(c.kind, record));
        if let Some(include) = include {
            doc.insert(
                "included".into(),
                Value::Array(self.included(&[record], include)),
            );
        }
        Some(Value::Object(doc))
    }

    /// The related records of `records`, deduplicated, in order of first appearance.
    fn included(&self, records: &[&Record], include: &[&'static RelationshipDef]) -> Vec<Value> {
        let mut seen = BTreeSet::new();
        let mut out = Vec::new();
        for record in records {
            for rel in include {
                let Some(id) = record.related(rel.name) else {
                    continue;
                };
                if !seen.insert((rel.collection, id)) {
                    continue;
                }
                if let Some(value) = self.resource_by_id(rel.collection, id) {
                    out.push(value);
                }
            }
        }
        out
    }

    fn field<'a>(&'a self, record: &'a Record, field: &Field) -> Option<&'a Value> {
        match field {
            Field::Attribute(name) => record.attributes.get(name),
            Field::Related {
                relationship,
                attribute,
            } => {
                let id = record.related(relationship.name)?;
                self.record(relationship.collection, id)?
                    .attributes
                    .get(attribute)
            }
        }
    }

    fn matches(&self, record: &Record, filter: &Filter) -> bool {
        match filter {
            Filter::Contains { field, needle } => match self.field(record, field) {
                Some(Value::String(s)) => s.to_lowercase().contains(needle.as_str()),
                Some(Value::Number(n)) => n.to_string().contains(needle.as_str()),
                _ => false,
            },
            Filter::AtOrAfter { field, instant } => match self.field(record, field) {
                Some(Value::String(s)) => parse_instant(s).is_some_and(|t| t >= *instant),
                _ => false,
            },
        }
    }

    /// Resolves the relationships of a write against the store. The first problem decides
    /// the answer, as JSON:API prescribes: 403 for a relationship the kind does not have, 409
    /// for an identifier of the wrong type, 404 for a record that does not exist.
    fn resolve_relationships(
        &self,
        kind: &ResourceKind,
        write: &Write,
    ) -> Result<Vec<(&'static str, Option<u64>)>, WriteError> {
        let mut out = Vec::new();
        for (name, target) in &write.relationships {
            let pointer = format!("/data/relationships/{}", escape_pointer(name));
            let Some(def) = kind.relationship(name) else {
                return Err(WriteError::new(
                    StatusCode::FORBIDDEN,
                    pointer,
                    format!("`{}` has no relationship `{name}`", kind.type_name),
                ));
            };
            let Some((type_name, id)) = target else {
                out.push((def.name, None));
                continue;
            };
            let Some(target_kind) = resources::kind(def.collection) else {
                continue;
            };
            if type_name != target_kind.type_name {
                return Err(WriteError::new(
                    StatusCode::CONFLICT,
                    format!("{pointer}/data/type"),
                    format!("must be `{}`", target_kind.type_name),
                ));
            }
            match id
                .parse::<u64>()
                .ok()
                .filter(|id| self.record(def.collection, *id).is_some())
            {
                Some(id) => out.push((def.name, Some(id))),
                None => {
                    return Err(WriteError::new(
                        StatusCode::NOT_FOUND,
                        format!("{pointer}/data/id"),
                        format!("no {} with this id", target_kind.type_name),
                    ));
                }
            }
        }
        Ok(out)
    }

    /// Creates a record; returns its resource object.
    pub(crate) fn create(
        &mut self,
        key: &str,
        write: &Write,
        now: &str,
    ) -> Result<Option<Value>, WriteError> {
        let Some(kind) = self.collections.get(key).map(|c| c.kind) else {
            return Ok(None);
        };
        let relationships = self.resolve_relationships(kind, write)?;
        let Some(c) = self.collections.get_mut(key) else {
            return Ok(None);
        };
        let id = c.next_id;
        c.next_id = c.next_id.saturating_add(1);
        let mut attributes = Map::new();
        if let Ok(spec) = crate::spec::get() {
            for attr in spec.attributes(kind.attributes_schema) {
                let value = match attr.name {
                    "custom" => Value::Object(write.custom.clone().unwrap_or_default()),
                    "created_at" | "updated_at" => Value::String(now.to_owned()),
                    name => write.attributes.get(name).cloned().unwrap_or(Value::Null),
                };
                attributes.insert(attr.name.to_owned(), value);
            }
        }
        let mut record = Record {
            id,
            attributes,
            relationships: BTreeMap::new(),
        };
        for r in kind.relationships {
            record.relationships.insert(r.name, None);
        }
        for (name, id) in relationships {
            record.relationships.insert(name, id);
        }
        let value = render(kind, &record);
        c.records.insert(id, record);
        Ok(Some(value))
    }

    /// Merges a write into a record (attributes and `custom` key by key; keys not sent are
    /// kept). `Ok(None)` when there is no such record.
    pub(crate) fn update(
        &mut self,
        key: &str,
        id: u64,
        write: &Write,
        now: &str,
    ) -> Result<Option<Value>, WriteError> {
        let Some(kind) = self.collections.get(key).map(|c| c.kind) else {
            return Ok(None);
        };
        if self.record(key, id).is_none() {
            return Ok(None);
        }
        let relationships = self.resolve_relationships(kind, write)?;
        let Some(record) = self
            .collections
            .get_mut(key)
            .and_then(|c| c.records.get_mut(&id))
        else {
            return Ok(None);
        };
        for (name, value) in &write.attributes {
            record.attributes.insert(name.clone(), value.clone());
        }
        if let Some(custom) = &write.custom {
            let entry = record
                .attributes
                .entry("custom")
                .or_insert_with(|| Value::Object(Map::new()));
            if !entry.is_object() {
                *entry = Value::Object(Map::new());
            }
            if let Value::Object(stored) = entry {
                for (k, v) in custom {
                    stored.insert(k.clone(), v.clone());
                }
            }
        }
        for (name, target) in relationships {
            record.relationships.insert(name, target);
        }
        if record.attributes.contains_key("updated_at") {
            record
                .attributes
                .insert("updated_at".into(), Value::String(now.to_owned()));
        }
        let record = record.clone();
        Ok(Some(render(kind, &record)))
    }

    /// Removes a record; `false` when there was none.
    pub(crate) fn delete(&mut self, key: &str, id: u64) -> bool {
        self.collections
            .get_mut(key)
            .is_some_and(|c| c.records.shift_remove(&id).is_some())
    }
}

/// A record as a JSON:API resource object.
pub(crate) fn render(kind: &ResourceKind, record: &Record) -> Value {
    let mut obj = Map::new();
    obj.insert("id".into(), Value::String(record.id.to_string()));
    obj.insert("type".into(), Value::String(kind.type_name.to_owned()));
    obj.insert(
        "attributes".into(),
        Value::Object(record.attributes.clone()),
    );
    if !kind.relationships.is_empty() {
        let rels: Map<String, Value> = kind
            .relationships
            .iter()
            .map(|r| {
                let data = match (record.related(r.name), resources::kind(r.collection)) {
                    (Some(id), Some(target)) => {
                        json!({ "id": id.to_string(), "type": target.type_name })
                    }
                    _ => Value::Null,
                };
                (r.name.to_owned(), json!({ "data": data }))
            })
            .collect();
        obj.insert("relationships".into(), Value::Object(rels));
    }
    Value::Object(obj)
}

/// Parses an ISO 8601 instant: RFC 3339, `YYYY-MM-DDTHH:MM:SS` (UTC) or a date (midnight UTC).
pub(crate) fn parse_instant(s: &str) -> Option<DateTime<Utc>> {
    if let Ok(t) = DateTime::parse_from_rfc3339(s) {
        return Some(t.with_timezone(&Utc));
    }
    if let Ok(t) = chrono::NaiveDateTime::parse_from_str(s, "%Y-%m-%dT%H:%M:%S%.f") {
        return Some(t.and_utc());
    }
    chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d")
        .ok()
        .and_then(|d| d.and_hms_opt(0, 0, 0))
        .map(|t| t.and_utc())
}

/// Like [`parse_instant`], but a day past the end of its month (`2026-02-30`, which the
/// spec's pattern for `filter[updated_at][gte]` allows) means the month's last day.
pub(crate) fn parse_instant_lenient(s: &str) -> Option<DateTime<Utc>> {
    if let Some(t) = parse_instant(s) {
        return Some(t);
    }
    let (date, rest) = (s.get(..10)?, s.get(10..)?);
    let mut parts = date.split('-').map(|p| p.parse::<u32>().ok());
    let (Some(Some(year)), Some(Some(month)), Some(Some(day))) =
        (parts.next(), parts.next(), parts.next())
    else {
        return None;
    };
    let year = i32::try_from(year).ok()?;
    let last = (28..=day.min(31))
        .rev()
        .find(|d| chrono::NaiveDate::from_ymd_opt(year, month, *d).is_some())?;
    parse_instant(&format!("{year:04}-{month:02}-{last:02}{rest}"))
}

/// Escapes a JSON pointer token.
pub(crate) fn escape_pointer(token: &str) -> String {
    token.replace('~', "~0").replace('/', "~1")
}
