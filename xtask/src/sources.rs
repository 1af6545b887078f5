//! The sources `spec/EVIDENCE.md` lists: one table row each, `| Id | Backs | … |`, where
//! *Backs* is the strongest evidence level the source can back (a support page backs `doc`, a
//! caller checked against the live API backs `live`, a hand-written mock backs nothing above
//! `inferred`). The lint checks every tag of the spec against it; `cargo xtask learn` adds a
//! row per capture it learned from.

use std::collections::BTreeMap;

use crate::spec::{self, LEVELS};

/// The heading in `spec/EVIDENCE.md` whose table lists the capture sources.
pub const CAPTURES_HEADING: &str = "## Captured responses";

/// One row of `spec/EVIDENCE.md`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Source {
    /// The strongest level the source backs (one of [`LEVELS`]).
    pub backs: String,
    /// The rest of the row, as written.
    pub text: String,
}

impl Source {
    /// Whether the row links to a file at a commit (`…/blob/<hex>/…`), as every source that
    /// backs `live` must (a capture aside: its row names the capture instead).
    pub fn links_a_commit(&self) -> bool {
        self.text.split("/blob/").skip(1).any(|rest| {
            let hex = rest.split('/').next().unwrap_or_default();
            hex.len() >= 7 && hex.bytes().all(|b| b.is_ascii_hexdigit())
        })
    }
}

/// Whether `id` names a source: `S1`, `P12`, `Y3` or a capture (`capture-YYYY-MM-DD[-n]`).
pub fn is_source_id(id: &str) -> bool {
    let family = id.len() >= 2
        && matches!(id.as_bytes()[0], b'S' | b'P' | b'Y')
        && id[1..].bytes().all(|b| b.is_ascii_digit());
    family || spec::is_capture_source(id)
}

/// The sources listed: the table rows whose first cell is a source id, by id.
pub fn listed(evidence_md: &str) -> BTreeMap<String, Source> {
    evidence_md
        .lines()
        .filter_map(|line| line.strip_prefix('|'))
        .filter_map(|rest| {
            let mut cells = rest.splitn(3, '|');
            let id = cells.next()?.trim();
            let backs = cells.next()?.trim();
            is_source_id(id).then(|| {
                (
                    id.to_owned(),
                    Source {
                        backs: backs.to_owned(),
                        text: cells.next().unwrap_or_default().trim().to_owned(),
                    },
                )
            })
        })
        .collect()
}

/// Problems of the table itself: a *Backs* cell that is not a level; a source that backs
/// `live` without a link to a commit.
pub fn problems(evidence_md: &str) -> Vec<String> {
    let mut out = Vec::new();
    for (id, source) in listed(evidence_md) {
        if !LEVELS.contains(&source.backs.as_str()) {
            out.push(format!(
                "{}: source {id} backs {:?}, not one of {LEVELS:?}",
                spec::EVIDENCE_PATH,
                source.backs
            ));
        } else if source.backs == spec::LIVE
            && !spec::is_capture_source(&id)
            && !source.links_a_commit()
        {
            out.push(format!(
                "{}: source {id} backs `live` but links no file at a commit",
                spec::EVIDENCE_PATH
            ));
        }
    }
    out
}

/// `evidence_md` with a row `| id | live | what |` for each of `rows` it does not list yet,
/// appended to the table under [`CAPTURES_HEADING`] (the section is added at the end when
/// missing).
pub fn with_captures(evidence_md: &str, rows: &[(String, String)]) -> String {
    let known = listed(evidence_md);
    let rows: Vec<String> = rows
        .iter()
        .filter(|(id, _)| !known.contains_key(id))
        .map(|(id, what)| format!("| {id} | {} | {what} |", spec::LIVE))
        .collect();
    if rows.is_empty() {
        return evidence_md.to_owned();
    }
    let mut lines: Vec<String> = evidence_md.lines().map(str::to_owned).collect();
    match lines.iter().position(|l| l.trim_end() == CAPTURES_HEADING) {
        Some(heading) => {
            let end = lines[heading + 1..]
                .iter()
                .position(|l| l.starts_with("## "))
                .map_or(lines.len(), |n| heading + 1 + n);
            // After the section's last table row; a new table when it has none.
            match lines[heading + 1..end]
                .iter()
                .rposition(|l| l.starts_with('|'))
            {
                Some(n) => {
                    let at = heading + 2 + n;
                    lines.splice(at..at, rows);
                }
                None => {
                    let mut at = end;
                    while at > heading + 1 && lines[at - 1].trim().is_empty() {
                        at -= 1;
                    }
                    let mut table = vec![
                        String::new(),
                        "| Id | Backs | What it shows |".to_owned(),
                        "|---|---|---|".to_owned(),
                    ];
                    table.extend(rows);
                    if end < lines.len() {
                        table.push(String::new());
                    }
                    lines.splice(at..end, table);
                }
            }
        }
        None => {
            while lines.last().is_some_and(|l| l.trim().is_empty()) {
                lines.pop();
            }
            lines.extend([
                String::new(),
                CAPTURES_HEADING.to_owned(),
                String::new(),
                "| Id | Backs | What it shows |".to_owned(),
                "|---|---|---|".to_owned(),
            ]);
            lines.extend(rows);
        }
    }
    let mut out = lines.join("\n");
    out.push('\n');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_are_read_with_the_level_they_back() {
        let md = "| Id | Backs | What |\n|---|---|---|\n| S1 | doc | page |\n\
                  | P12 | live | [f](https://github.com/o/r/blob/eab0a6c/f.ps1) (eab0a6c) |\n\
                  S3 in prose\n| Yx | call | no |\n| capture-2026-11-29 | live | shapes |\n\
                  | capture-2026-13-01 | live | no |\n| P10 | live | no link |\n| Y5 | rumour | x |\n";
        let listed = listed(md);
        assert_eq!(
            listed.keys().collect::<Vec<_>>(),
            ["P10", "P12", "S1", "Y5", "capture-2026-11-29"]
        );
        assert_eq!(listed["S1"].backs, "doc");
        assert!(listed["P12"].links_a_commit());
        let problems = problems(md);
        assert_eq!(problems.len(), 2, "{problems:?}");
        assert!(problems[0].contains("P10 backs `live` but links no file"));
        assert!(problems[1].contains("Y5 backs \"rumour\""));
    }

    #[test]
    fn capture_rows_are_added_in_their_section_once() {
        let rows = [
            ("capture-2026-11-29".to_owned(), "shapes A".to_owned()),
            ("capture-2026-12-01".to_owned(), "shapes B".to_owned()),
        ];
        let md = "# E\n\n| Id | Backs | What |\n|---|---|---|\n| S1 | doc | page |\n\n\
                  ## Captured responses\n\nProse.\n\n## Open questions\n\nMore.\n";
        let once = with_captures(md, &rows[..1]);
        assert_eq!(
            once,
            "# E\n\n| Id | Backs | What |\n|---|---|---|\n| S1 | doc | page |\n\n\
             ## Captured responses\n\nProse.\n\n| Id | Backs | What it shows |\n|---|---|---|\n\
             | capture-2026-11-29 | live | shapes A |\n\n## Open questions\n\nMore.\n"
        );
        let twice = with_captures(&once, &rows);
        assert!(
            twice.contains(
                "| capture-2026-11-29 | live | shapes A |\n| capture-2026-12-01 | live | shapes B |\n\n## Open"
            ),
            "{twice}"
        );
        assert_eq!(with_captures(&twice, &rows), twice);
        let added = with_captures("# E\n\nText.\n\n", &rows);
        assert!(
            added.ends_with("| capture-2026-12-01 | live | shapes B |\n"),
            "{added}"
        );
        assert_eq!(listed(&added).len(), 2);
    }
}
