//! The coverage table: every operation of the spec with its evidence level.

use crate::spec::{LEVELS, Operation};

/// A Markdown table of `operations` followed by a count per evidence level.
pub fn table(operations: &[Operation]) -> String {
    let mut out =
        String::from("| Method | Path | Operation | Evidence | Sources |\n|---|---|---|---|---|\n");
    for op in operations {
        out.push_str(&format!(
            "| {} | `{}` | `{}` | {} | {} |\n",
            op.method,
            op.path,
            op.operation_id,
            op.level,
            op.sources.join(", ")
        ));
    }
    let counts: Vec<String> = LEVELS
        .iter()
        .map(|level| {
            format!(
                "{} {level}",
                operations.iter().filter(|op| op.level == *level).count()
            )
        })
        .collect();
    out.push_str(&format!(
        "\n{} operations: {}. The sources are listed in `{}`.\n",
        operations.len(),
        counts.join(", "),
        crate::spec::EVIDENCE_PATH
    ));
    out
}

/// One line per evidence level with the number of attributes at that level.
pub fn fields(levels: &std::collections::BTreeMap<String, Vec<String>>) -> String {
    let total: usize = levels.values().map(Vec::len).sum();
    let mut out = format!("\n{total} attributes:");
    for level in LEVELS.iter().copied().chain(["untagged"]) {
        let count = levels.get(level).map_or(0, Vec::len);
        out.push_str(&format!(" {count} {level},"));
    }
    out.pop();
    out.push_str(".\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_every_level() {
        let op = |level: &str| Operation {
            method: "GET".into(),
            path: "/x".into(),
            operation_id: "x".into(),
            level: level.into(),
            sources: vec!["P1".into(), "Y2".into()],
        };
        let table = table(&[op("live"), op("live"), op("inferred")]);
        assert!(
            table.contains("| GET | `/x` | `x` | live | P1, Y2 |"),
            "{table}"
        );
        assert!(
            table.ends_with(
                "3 operations: 2 live, 0 observed, 0 call, 0 doc, 1 inferred. The sources are listed in \
                 `spec/EVIDENCE.md`.\n"
            ),
            "{table}"
        );
    }

    #[test]
    fn fields_are_counted_per_level_with_the_untagged_last() {
        let mut levels = std::collections::BTreeMap::new();
        levels.insert("live".to_owned(), vec!["A.a".to_owned(), "A.b".to_owned()]);
        levels.insert("untagged".to_owned(), vec!["A.custom".to_owned()]);
        assert_eq!(
            fields(&levels),
            "\n3 attributes: 2 live, 0 observed, 0 call, 0 doc, 0 inferred, 1 untagged.\n"
        );
    }
}
