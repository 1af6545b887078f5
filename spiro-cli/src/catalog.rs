//! The types of the command catalog that `cargo xtask generate` writes from the spec into
//! `generated.rs`, and the look-ups the commands make in it.

use crate::generated::{GROUPS, OPERATIONS, RECORDS};

/// A command group: one of the spec's tags (`companies`, `quote-products`, …).
#[derive(Debug)]
pub(crate) struct Group {
    pub(crate) name: &'static str,
    pub(crate) about: &'static str,
}

/// A kind of record: its JSON:API `type`, its collection, attributes and relationships.
#[derive(Debug)]
pub(crate) struct RecordKind {
    pub(crate) type_name: &'static str,
    pub(crate) collection: &'static str,
    /// Every attribute but `custom`, in spec order.
    pub(crate) attributes: &'static [Attribute],
    pub(crate) relationships: &'static [&'static str],
}

/// One attribute of a record kind.
#[derive(Debug)]
pub(crate) struct Attribute {
    pub(crate) name: &'static str,
    pub(crate) kind: ValueKind,
    pub(crate) read_only: bool,
}

/// One operation of the spec, as one command `spiro GROUP VERB`.
#[derive(Debug)]
pub(crate) struct Operation {
    pub(crate) id: &'static str,
    pub(crate) group: &'static str,
    pub(crate) verb: &'static str,
    pub(crate) method: &'static str,
    /// The path template, e.g. `/companies/{id}`.
    pub(crate) path: &'static str,
    pub(crate) summary: &'static str,
    pub(crate) description: &'static str,
    /// Level and sources of its `x-spiro-evidence`.
    pub(crate) evidence: &'static str,
    /// In path order: the positional arguments.
    pub(crate) path_params: &'static [Param],
    pub(crate) query_params: &'static [Param],
    /// The `type` of the record(s) it answers with.
    pub(crate) record: Option<&'static str>,
    /// It answers with one page of a list.
    pub(crate) list: bool,
    /// The `type` of the record its body writes.
    pub(crate) body: Option<&'static str>,
}

/// A path or query parameter.
#[derive(Debug)]
pub(crate) struct Param {
    /// The name on the wire, e.g. `filter[name_cont]`.
    pub(crate) wire: &'static str,
    /// The flag, e.g. `filter-name-cont`.
    pub(crate) flag: &'static str,
    pub(crate) help: &'static str,
    pub(crate) kind: ValueKind,
}

/// What JSON a value is: how `--set name=value` types what is typed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
// The stored spec has no boolean or JSON-valued attribute or parameter yet; the generator
// emits them when it does.
#[allow(dead_code)]
pub(crate) enum ValueKind {
    Text,
    Number,
    Boolean,
    Json,
}

pub(crate) fn groups() -> &'static [Group] {
    GROUPS
}

pub(crate) fn operations() -> &'static [Operation] {
    OPERATIONS
}

/// The record kind of a `type` string.
pub(crate) fn record_kind(type_name: &str) -> Option<&'static RecordKind> {
    RECORDS.iter().find(|r| r.type_name == type_name)
}

impl Operation {
    /// The operation of `spiro GROUP VERB`.
    pub(crate) fn find(group: &str, verb: &str) -> Option<&'static Operation> {
        OPERATIONS
            .iter()
            .find(|o| o.group == group && o.verb == verb)
    }

    /// The operation by its operationId.
    #[cfg(test)]
    pub(crate) fn by_id(id: &str) -> Option<&'static Operation> {
        OPERATIONS.iter().find(|o| o.id == id)
    }

    /// The record kind it answers with.
    pub(crate) fn record_kind(&self) -> Option<&'static RecordKind> {
        self.record.and_then(record_kind)
    }

    /// The record kind its body writes.
    pub(crate) fn body_kind(&self) -> Option<&'static RecordKind> {
        self.body.and_then(record_kind)
    }

    /// The GET of one record at the same path, to read a record before and after a write
    /// (`--if-changed`, `--verify`).
    pub(crate) fn read_back(&self) -> Option<&'static Operation> {
        OPERATIONS
            .iter()
            .find(|o| o.method == "GET" && o.path == self.path && !o.list && o.record.is_some())
    }

    /// The operation of a line of `spiro apply`: `verb` (`create`, `update`) of `resource`,
    /// a command group (`quote-products`) or a collection (`quote_products`).
    pub(crate) fn for_resource(resource: &str, verb: &str) -> Option<&'static Operation> {
        OPERATIONS.iter().find(|o| {
            o.verb == verb
                && (o.group == resource || o.body_kind().is_some_and(|k| k.collection == resource))
        })
    }

    /// The `include` query parameter, when it has one.
    pub(crate) fn has_include(&self) -> bool {
        self.query_params.iter().any(|p| p.wire == "include")
    }
}

impl RecordKind {
    pub(crate) fn attribute(&self, name: &str) -> Option<&'static Attribute> {
        self.attributes.iter().find(|a| a.name == name)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn updates_read_back_through_the_get_of_their_path() {
        let update = Operation::by_id("update_opportunity").unwrap();
        assert_eq!(update.read_back().unwrap().id, "get_opportunity");
        assert_eq!(update.body_kind().unwrap().collection, "opportunities");
        assert!(
            Operation::by_id("create_company")
                .unwrap()
                .read_back()
                .is_none()
        );
    }

    #[test]
    fn every_record_an_operation_names_is_in_the_catalog() {
        for op in operations() {
            assert!(
                op.record.is_none() || op.record_kind().is_some(),
                "{}",
                op.id
            );
            assert!(op.body.is_none() || op.body_kind().is_some(), "{}", op.id);
            assert!(groups().iter().any(|g| g.name == op.group), "{}", op.id);
        }
    }
}
