//! Records a test or a dataset file describes, instead of the generator: their JSON format
//! ([`RecordData`], a dataset file), its parser, and their validation against the spec before
//! they enter the store, so that they are served like seeded records.
//!
//! The format is documented on [`Dataset`](crate::Dataset#the-dataset-file).

use std::collections::BTreeMap;
use std::fmt;
use std::io::Read;
use std::path::Path;

use serde::de::{self, Deserializer, Visitor};
use serde::{Deserialize, Serialize, Serializer};
use serde_json::{Map, Value};

use crate::resources::ResourceKind;
use crate::spec::Spec;
use crate::store::{Record, Store};

/// The largest record id a description may give.
pub const MAX_ID: u64 = 999_999_999_999;

/// The largest dataset file [`Dataset::from_file`](crate::Dataset::from_file) reads (32 MiB).
pub const MAX_DATASET_BYTES: u64 = 32 * 1024 * 1024;

/// One record as a test or a dataset file describes it (the
/// [format](crate::Dataset#the-dataset-file)).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RecordData {
    /// The id; `None`: the collection's next free id.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        serialize_with = "write_id",
        deserialize_with = "read_id"
    )]
    pub id: Option<u64>,
    /// Attributes by name; those left out are `null`.
    #[serde(default, skip_serializing_if = "Map::is_empty")]
    pub attributes: Map<String, Value>,
    /// To-one relationships: name → the related record's id (`None`: empty).
    #[serde(
        default,
        skip_serializing_if = "BTreeMap::is_empty",
        serialize_with = "write_relationships",
        deserialize_with = "read_relationships"
    )]
    pub relationships: BTreeMap<String, Option<u64>>,
}

/// Described records by collection, in the order they are stored.
pub(crate) type Described = BTreeMap<String, Vec<RecordData>>;

/// Why a record description was refused. Nothing is stored then.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum InsertError {
    /// The spec has no such collection.
    #[error(
        "the spec has no collection `{collection}`; use one of {known} (a custom type as `custom_objects/machines`)"
    )]
    UnknownCollection {
        /// The collection asked for.
        collection: String,
        /// The collections there are.
        known: String,
    },
    /// The description is not `{"id", "attributes", "relationships"}` as documented.
    #[error(
        "the description of a `{collection}` record is malformed at `{path}`: {message}; write {{\"id\": \"12\", \"attributes\": {{…}}, \"relationships\": {{\"name\": \"id\"}}}}"
    )]
    Malformed {
        /// The collection.
        collection: String,
        /// Where in the description (`.` for the whole).
        path: String,
        /// What is wrong.
        message: String,
    },
    /// An attribute the spec does not declare for this resource.
    #[error("`{collection}` records have no attribute `{name}` in the spec; declared: {known}")]
    UnknownAttribute {
        /// The collection.
        collection: String,
        /// The attribute given.
        name: String,
        /// The declared attributes.
        known: String,
    },
    /// An attribute value the spec's schema refuses.
    #[error("`{collection}` record: {pointer} {message}; give a value the spec's schema allows")]
    InvalidAttribute {
        /// The collection.
        collection: String,
        /// JSON pointer into the record (`/attributes/name`).
        pointer: String,
        /// What the schema says.
        message: String,
    },
    /// A relationship the spec does not declare for this resource.
    #[error("`{collection}` records have no relationship `{name}`; declared: {known}")]
    UnknownRelationship {
        /// The collection.
        collection: String,
        /// The relationship given.
        name: String,
        /// The declared relationships.
        known: String,
    },
    /// A relationship to a record that does not exist.
    #[error(
        "relationship `{relationship}` points at {target} {id}, which does not exist; add that record first or correct the id"
    )]
    MissingRelated {
        /// The relationship.
        relationship: String,
        /// The related collection.
        target: String,
        /// The id given.
        id: u64,
    },
    /// The mock's generated spec tables do not load (a bug of the mock).
    #[error("the mock's spec tables do not load: {0}")]
    Spec(String),
    /// The id is taken.
    #[error(
        "`{collection}` already has a record with id {id}; give another id or none (the next free one is used)"
    )]
    IdTaken {
        /// The collection.
        collection: String,
        /// The id given.
        id: u64,
    },
}

/// Why a dataset file was refused.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum DatasetError {
    /// The file cannot be read.
    #[error("cannot read the dataset file {path}: {error}")]
    Read {
        /// The file.
        path: String,
        /// The cause, which the message includes (so it is not also the `source()`).
        error: std::io::Error,
    },
    /// The file is larger than [`MAX_DATASET_BYTES`].
    #[error(
        "the dataset file {path} is larger than {MAX_DATASET_BYTES} bytes; split the test's data, or generate bulk records with the Dataset sizes"
    )]
    TooLarge {
        /// The file.
        path: String,
    },
    /// The text is not a dataset (JSON syntax or shape).
    #[error(
        "{source_name}: line {line}, column {column}, at `{path}`: {message}; a dataset is {{\"collection\": [{{\"id\": \"1\", \"attributes\": {{…}}, \"relationships\": {{…}}}}]}}"
    )]
    Invalid {
        /// The file, or `dataset` for text.
        source_name: String,
        /// 1-based line of the problem.
        line: usize,
        /// 1-based column of the problem.
        column: usize,
        /// The JSON path of the problem (`contacts[2].id`).
        path: String,
        /// What is wrong.
        message: String,
    },
}

/// Parses dataset text; `source_name` names it in errors.
pub(crate) fn parse(text: &str, source_name: &str) -> Result<Described, DatasetError> {
    let invalid = |path: String, error: serde_json::Error| DatasetError::Invalid {
        source_name: source_name.to_owned(),
        line: error.line(),
        column: error.column(),
        path,
        message: without_position(&error),
    };
    let mut deserializer = serde_json::Deserializer::from_str(text);
    let file: DatasetFile = serde_path_to_error::deserialize(&mut deserializer).map_err(|e| {
        let path = e.path().to_string();
        invalid(path, e.into_inner())
    })?;
    deserializer.end().map_err(|e| invalid(".".into(), e))?;
    Ok(file.0)
}

/// The top level of a dataset file: like [`Described`], but a collection given twice is an
/// error instead of the second one silently replacing the first.
struct DatasetFile(Described);

impl<'de> Deserialize<'de> for DatasetFile {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct FileVisitor;
        impl<'de> Visitor<'de> for FileVisitor {
            type Value = DatasetFile;

            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("an object of collections, each an array of records")
            }

            fn visit_map<A: de::MapAccess<'de>>(self, mut map: A) -> Result<DatasetFile, A::Error> {
                let mut described = Described::new();
                while let Some(collection) = map.next_key::<String>()? {
                    if described.contains_key(&collection) {
                        return Err(de::Error::custom(format!(
                            "collection `{collection}` is given twice; merge its records into one array"
                        )));
                    }
                    let records = map.next_value::<Vec<RecordData>>()?;
                    described.insert(collection, records);
                }
                Ok(DatasetFile(described))
            }
        }
        deserializer.deserialize_map(FileVisitor)
    }
}

/// Reads a dataset file of at most [`MAX_DATASET_BYTES`].
pub(crate) fn read_file(path: &Path) -> Result<Described, DatasetError> {
    let name = path.display().to_string();
    let read = |error| DatasetError::Read {
        path: name.clone(),
        error,
    };
    let file = std::fs::File::open(path).map_err(read)?;
    let mut bytes = Vec::new();
    file.take(MAX_DATASET_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(read)?;
    if bytes.len() as u64 > MAX_DATASET_BYTES {
        return Err(DatasetError::TooLarge { path: name });
    }
    let text = String::from_utf8(bytes).map_err(|e| {
        let before = &e.as_bytes()[..e.utf8_error().valid_up_to()];
        let line = before.iter().filter(|b| **b == b'\n').count() + 1;
        let column = before.iter().rev().take_while(|b| **b != b'\n').count() + 1;
        DatasetError::Invalid {
            source_name: name.clone(),
            line,
            column,
            path: ".".into(),
            message: "the file is not UTF-8 text".into(),
        }
    })?;
    parse(&text, &name)
}

/// Pretty JSON of described records, in the dataset file format.
pub(crate) fn to_json(described: &Described) -> String {
    // A map of strings to plain data always serializes.
    serde_json::to_string_pretty(described).unwrap_or_default()
}

/// serde_json's message without its trailing " at line L column C".
fn without_position(error: &serde_json::Error) -> String {
    let text = error.to_string();
    match text.rfind(" at line ") {
        Some(i) => text[..i].to_owned(),
        None => text,
    }
}

/// Parses one description given as JSON (for [`Server::insert`](crate::Server::insert)).
pub(crate) fn from_value(collection: &str, description: Value) -> Result<RecordData, InsertError> {
    serde_path_to_error::deserialize(description).map_err(|error| InsertError::Malformed {
        collection: collection.to_owned(),
        path: error.path().to_string(),
        message: error.into_inner().to_string(),
    })
}

/// Validates a description and stores it; returns its id. Relationships must point at
/// records already stored.
pub(crate) fn insert(
    store: &mut Store,
    spec: &Spec,
    collection: &str,
    data: &RecordData,
    now: &str,
) -> Result<u64, InsertError> {
    let (kind, record) = prepare(store, spec, collection, data, now)?;
    check_related(store, kind, &record)?;
    let id = record.id;
    store.insert(collection, record);
    Ok(id)
}

/// Stores every described record, then checks that every relationship points at a stored
/// record (so that records may refer to ones later in the file). The error names the record.
pub(crate) fn insert_all(
    store: &mut Store,
    spec: &Spec,
    described: &Described,
    now: &str,
) -> Result<(), String> {
    let mut stored = Vec::new();
    for (collection, records) in described {
        for (index, data) in records.iter().enumerate() {
            let (kind, record) = prepare(store, spec, collection, data, now)
                .map_err(|e| format!("dataset: {collection}[{index}]: {e}"))?;
            stored.push((collection, index, kind, record.id));
            store.insert(collection, record);
        }
    }
    for (collection, index, kind, id) in stored {
        if let Some(record) = store.record(collection, id) {
            check_related(store, kind, record)
                .map_err(|e| format!("dataset: {collection}[{index}] (id {id}): {e}"))?;
        }
    }
    Ok(())
}

/// The record a description stands for, validated against the spec (relationship targets
/// aside).
fn prepare(
    store: &Store,
    spec: &Spec,
    collection: &str,
    data: &RecordData,
    now: &str,
) -> Result<(&'static ResourceKind, Record), InsertError> {
    let Some(kind) = store.collection(collection).map(|c| c.kind) else {
        return Err(InsertError::UnknownCollection {
            collection: collection.to_owned(),
            known: store.keys().collect::<Vec<_>>().join(", "),
        });
    };
    let declared = spec.attributes(kind.attributes_schema);
    if let Some(name) = data
        .attributes
        .keys()
        .find(|name| !declared.iter().any(|a| a.name == name.as_str()))
    {
        return Err(InsertError::UnknownAttribute {
            collection: collection.to_owned(),
            name: name.clone(),
            known: declared
                .iter()
                .map(|a| a.name)
                .collect::<Vec<_>>()
                .join(", "),
        });
    }
    let attributes: Map<String, Value> = declared
        .iter()
        .map(|a| {
            let value = match (data.attributes.get(a.name), a.name) {
                (Some(value), _) => value.clone(),
                (None, "custom") => Value::Object(Map::new()),
                (None, "created_at" | "updated_at") => Value::String(now.to_owned()),
                (None, _) => Value::Null,
            };
            (a.name.to_owned(), value)
        })
        .collect();
    let instance = Value::Object(attributes);
    if let Some(violation) = spec
        .validators
        .check_attributes(kind.attributes_schema, &instance)
        .map_err(InsertError::Spec)?
        .and_then(|violations| violations.into_iter().next())
    {
        return Err(InsertError::InvalidAttribute {
            collection: collection.to_owned(),
            pointer: format!("/attributes{}", violation.pointer),
            message: violation.message,
        });
    }
    let Value::Object(attributes) = instance else {
        return Err(InsertError::Malformed {
            collection: collection.to_owned(),
            path: "attributes".into(),
            message: "not an object".into(),
        });
    };
    let mut relationships: BTreeMap<&'static str, Option<u64>> =
        kind.relationships.iter().map(|r| (r.name, None)).collect();
    for (name, id) in &data.relationships {
        let Some(def) = kind.relationship(name) else {
            return Err(InsertError::UnknownRelationship {
                collection: collection.to_owned(),
                name: name.clone(),
                known: known_relationships(kind),
            });
        };
        relationships.insert(def.name, *id);
    }
    let id = match data.id {
        Some(id) if store.record(collection, id).is_some() => {
            return Err(InsertError::IdTaken {
                collection: collection.to_owned(),
                id,
            });
        }
        Some(id) => id,
        None => store.next_id(collection),
    };
    Ok((
        kind,
        Record {
            id,
            attributes,
            relationships,
        },
    ))
}

fn known_relationships(kind: &ResourceKind) -> String {
    if kind.relationships.is_empty() {
        return "none".into();
    }
    kind.relationships
        .iter()
        .map(|r| r.name)
        .collect::<Vec<_>>()
        .join(", ")
}

/// Every relationship of `record` points at a stored record.
fn check_related(store: &Store, kind: &ResourceKind, record: &Record) -> Result<(), InsertError> {
    for def in kind.relationships {
        let Some(id) = record.related(def.name) else {
            continue;
        };
        if store.record(def.collection, id).is_none() {
            return Err(InsertError::MissingRelated {
                relationship: def.name.to_owned(),
                target: def.collection.to_owned(),
                id,
            });
        }
    }
    Ok(())
}

fn write_id<S: Serializer>(id: &Option<u64>, serializer: S) -> Result<S::Ok, S::Error> {
    match id {
        Some(id) => serializer.serialize_str(&id.to_string()),
        None => serializer.serialize_none(),
    }
}

fn read_id<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<u64>, D::Error> {
    deserializer.deserialize_any(IdVisitor { nullable: false })
}

fn write_relationships<S: Serializer>(
    relationships: &BTreeMap<String, Option<u64>>,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    serializer.collect_map(
        relationships
            .iter()
            .map(|(name, id)| (name, id.map(|id| id.to_string()))),
    )
}

fn read_relationships<'de, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<BTreeMap<String, Option<u64>>, D::Error> {
    struct RelationshipId(Option<u64>);
    impl<'de> Deserialize<'de> for RelationshipId {
        fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            deserializer
                .deserialize_any(IdVisitor { nullable: true })
                .map(RelationshipId)
        }
    }
    let map = BTreeMap::<String, RelationshipId>::deserialize(deserializer)?;
    Ok(map.into_iter().map(|(k, v)| (k, v.0)).collect())
}

/// A record id: a positive integer or a string of digits, at most [`MAX_ID`]; `null` only
/// where `nullable`.
struct IdVisitor {
    nullable: bool,
}

impl IdVisitor {
    fn id<E: de::Error>(id: u64) -> Result<Option<u64>, E> {
        if (1..=MAX_ID).contains(&id) {
            Ok(Some(id))
        } else {
            Err(E::custom(format!("an id must be between 1 and {MAX_ID}")))
        }
    }
}

impl<'de> Visitor<'de> for IdVisitor {
    type Value = Option<u64>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a record id: a positive integer or a string of digits, e.g. \"12\"")?;
        if self.nullable {
            f.write_str(", or null")?;
        }
        Ok(())
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Self::Value, E> {
        IdVisitor::id(v)
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Self::Value, E> {
        IdVisitor::id(u64::try_from(v).unwrap_or(0))
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
        if v.is_empty() || !v.bytes().all(|b| b.is_ascii_digit()) || v.len() > 12 {
            return Err(E::invalid_value(de::Unexpected::Str(v), &self));
        }
        IdVisitor::id(v.parse().unwrap_or(0))
    }

    fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
        if self.nullable {
            Ok(None)
        } else {
            Err(E::invalid_type(de::Unexpected::Unit, &self))
        }
    }

    fn visit_none<E: de::Error>(self) -> Result<Self::Value, E> {
        self.visit_unit()
    }
}
