//! The counts a capture keeps: per operation and status, per JSON path, how often each JSON
//! type and each class of value was seen. Bounded by a byte budget: a path that does not fit
//! is counted in `dropped_paths`, never stored.

use std::collections::BTreeMap;

/// The JSON types counted, in this order (integers apart from other numbers).
pub(crate) const TYPES: [&str; 7] = [
    "null", "boolean", "integer", "number", "string", "array", "object",
];

/// The classes of value counted without keeping the value, in this order.
pub(crate) const FORMATS: [&str; 4] = ["date", "date-time", "numeric", "unix-time"];

/// What a path costs a budget beyond its text: its map entry and counters in memory, and its
/// counts as written (at most 7 types and 4 formats of `"name":<20 digits>` each), so that the
/// budget bounds both.
pub(crate) const PATH_COST: usize = 384;
/// What an operation/status pair costs a budget beyond its name.
const GROUP_COST: usize = 256;

/// The counts at one JSON path.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub(crate) struct PathStats {
    pub(crate) types: [u64; TYPES.len()],
    pub(crate) formats: [u64; FORMATS.len()],
}

impl PathStats {
    fn add(&mut self, other: &PathStats) {
        for (a, b) in self.types.iter_mut().zip(other.types) {
            *a = a.saturating_add(b);
        }
        for (a, b) in self.formats.iter_mut().zip(other.formats) {
            *a = a.saturating_add(b);
        }
    }
}

/// The counts of one operation and status.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub(crate) struct Group {
    pub(crate) responses: u64,
    /// JSON path (`data[].attributes.amount`; `$` is the body) → counts.
    pub(crate) paths: BTreeMap<String, PathStats>,
    /// Values at paths that did not fit (the budget, or [`MAX_PATHS`]).
    pub(crate) dropped_paths: u64,
    /// Values nested deeper than the walk goes.
    pub(crate) truncated: u64,
    /// Object keys written as `*` because they may be data.
    pub(crate) placeholder_keys: u64,
}

/// Distinct paths kept per operation and status.
pub(crate) const MAX_PATHS: usize = 2_000;

/// Counts of many operations and statuses within a byte budget.
#[derive(Debug)]
pub(crate) struct Shapes {
    pub(crate) groups: BTreeMap<(String, u16), Group>,
    /// The estimated bytes held (and written, once rendered).
    bytes: usize,
    budget: usize,
    /// A path or an operation did not fit since this was created.
    pub(crate) full: bool,
}

impl Shapes {
    pub(crate) fn new(budget: usize) -> Self {
        Self {
            groups: BTreeMap::new(),
            bytes: 0,
            budget,
            full: false,
        }
    }

    pub(crate) fn is_empty(&self) -> bool {
        self.groups.is_empty()
    }

    /// The estimated bytes held.
    pub(crate) fn bytes(&self) -> usize {
        self.bytes
    }

    /// Adds one group's counts under `operation` and `status`. What does not fit the budget
    /// is counted (responses, dropped paths), never stored.
    pub(crate) fn add(&mut self, operation: &str, status: u16, group: &Group) {
        let key = (operation.to_owned(), status);
        if !self.groups.contains_key(&key) {
            let cost = operation.len() + GROUP_COST;
            if self.bytes + cost > self.budget {
                self.full = true;
                return;
            }
            self.bytes += cost;
        }
        let into = self.groups.entry(key).or_default();
        into.responses = into.responses.saturating_add(group.responses);
        into.truncated = into.truncated.saturating_add(group.truncated);
        into.placeholder_keys = into.placeholder_keys.saturating_add(group.placeholder_keys);
        into.dropped_paths = into.dropped_paths.saturating_add(group.dropped_paths);
        for (path, stats) in &group.paths {
            if let Some(existing) = into.paths.get_mut(path) {
                existing.add(stats);
                continue;
            }
            let cost = path.len() + PATH_COST;
            if into.paths.len() >= MAX_PATHS || self.bytes + cost > self.budget {
                self.full |= self.bytes + cost > self.budget;
                let values = stats.types.iter().fold(0u64, |n, c| n.saturating_add(*c));
                into.dropped_paths = into.dropped_paths.saturating_add(values);
                continue;
            }
            self.bytes += cost;
            into.paths.insert(path.clone(), stats.clone());
        }
    }

    /// Adds every group of `other`.
    pub(crate) fn merge(&mut self, other: &Shapes) {
        for ((operation, status), group) in &other.groups {
            self.add(operation, *status, group);
        }
    }
}

/// A group as one line of the capture file.
#[derive(serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct GroupLine {
    pub(crate) operation: String,
    pub(crate) status: u16,
    pub(crate) responses: u64,
    pub(crate) paths: BTreeMap<String, PathLine>,
    pub(crate) dropped_paths: u64,
    pub(crate) truncated: u64,
    pub(crate) placeholder_keys: u64,
}

/// The counts at one path, as written: only the types and formats seen.
#[derive(serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct PathLine {
    types: BTreeMap<String, u64>,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    formats: BTreeMap<String, u64>,
}

impl GroupLine {
    pub(crate) fn from_group(operation: &str, status: u16, group: &Group) -> Self {
        let named = |names: &[&str], counts: &[u64]| {
            names
                .iter()
                .zip(counts)
                .filter(|(_, n)| **n > 0)
                .map(|(name, n)| ((*name).to_owned(), *n))
                .collect()
        };
        GroupLine {
            operation: operation.to_owned(),
            status,
            responses: group.responses,
            paths: group
                .paths
                .iter()
                .map(|(path, stats)| {
                    (
                        path.clone(),
                        PathLine {
                            types: named(&TYPES, &stats.types),
                            formats: named(&FORMATS, &stats.formats),
                        },
                    )
                })
                .collect(),
            dropped_paths: group.dropped_paths,
            truncated: group.truncated,
            placeholder_keys: group.placeholder_keys,
        }
    }

    /// The group this line holds; an unknown type or format name is an error.
    pub(crate) fn into_group(self) -> Result<(String, u16, Group), String> {
        let mut paths = BTreeMap::new();
        for (path, line) in self.paths {
            let mut stats = PathStats::default();
            for (names, counts, from) in [
                (&TYPES[..], &mut stats.types[..], &line.types),
                (&FORMATS[..], &mut stats.formats[..], &line.formats),
            ] {
                for (name, n) in from {
                    let i = names
                        .iter()
                        .position(|known| known == name)
                        .ok_or_else(|| format!("unknown type or format {name:?}"))?;
                    counts[i] = *n;
                }
            }
            paths.insert(path, stats);
        }
        Ok((
            self.operation,
            self.status,
            Group {
                responses: self.responses,
                paths,
                dropped_paths: self.dropped_paths,
                truncated: self.truncated,
                placeholder_keys: self.placeholder_keys,
            },
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn group(paths: &[(&str, u64)]) -> Group {
        Group {
            responses: 1,
            paths: paths
                .iter()
                .map(|(p, n)| {
                    let mut stats = PathStats::default();
                    stats.types[4] = *n;
                    ((*p).to_owned(), stats)
                })
                .collect(),
            ..Group::default()
        }
    }

    #[test]
    fn counts_add_and_saturate() {
        let mut shapes = Shapes::new(1 << 20);
        shapes.add("op", 200, &group(&[("a", u64::MAX)]));
        shapes.add("op", 200, &group(&[("a", 5)]));
        shapes.add("op", 200, &group(&[("b", 1)]));
        let g = &shapes.groups[&("op".to_owned(), 200)];
        assert_eq!(g.responses, 2 + 1);
        assert_eq!(g.paths["a"].types[4], u64::MAX);
        assert_eq!(g.paths["b"].types[4], 1);
        assert!(!shapes.full);
    }

    #[test]
    fn the_budget_holds_and_drops_are_counted() {
        let mut shapes = Shapes::new(GROUP_COST + 3 + 2 * (PATH_COST + 10));
        let paths: Vec<(String, u64)> = (0..10).map(|i| (format!("path_{i:05}"), 1)).collect();
        let paths: Vec<(&str, u64)> = paths.iter().map(|(p, n)| (p.as_str(), *n)).collect();
        shapes.add("get", 200, &group(&paths));
        let g = &shapes.groups[&("get".to_owned(), 200)];
        assert_eq!(g.paths.len(), 2);
        assert_eq!(g.dropped_paths, 8);
        assert!(shapes.full);
        assert!(shapes.bytes() <= GROUP_COST + 3 + 2 * (PATH_COST + 10));
        // A new operation does not fit either: not stored.
        shapes.add("other", 200, &group(&[]));
        assert_eq!(shapes.groups.len(), 1);
    }

    #[test]
    fn lines_round_trip_and_refuse_unknown_names() {
        let mut g = group(&[("data.name", 3)]);
        g.paths.get_mut("data.name").unwrap().formats[0] = 2;
        g.placeholder_keys = 4;
        let line = serde_json::to_string(&GroupLine::from_group("get", 200, &g)).unwrap();
        assert_eq!(
            line,
            r#"{"operation":"get","status":200,"responses":1,"paths":{"data.name":{"types":{"string":3},"formats":{"date":2}}},"dropped_paths":0,"truncated":0,"placeholder_keys":4}"#
        );
        let back: GroupLine = serde_json::from_str(&line).unwrap();
        assert_eq!(back.into_group().unwrap(), ("get".to_owned(), 200, g));
        let bad: GroupLine = serde_json::from_str(&line.replace("\"string\"", "\"text\"")).unwrap();
        assert!(bad.into_group().is_err());
    }
}
