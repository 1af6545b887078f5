//! Layout-preserving edits of a block-style YAML file such as `spec/spiro.yaml`.
//!
//! The spec is hand-maintained: its header comment, key order, quoting and line wrapping must
//! survive a machine edit, and a reviewer must see only what changed. A serde round trip would
//! rewrite the whole file. So each [`Edit`] is applied twice: to the parsed model (the intended
//! result) and as a targeted text patch of the lines of the one entry it touches, located by
//! its key path through block-mapping indentation. The patched text is then parsed again and
//! must equal the intended model; if it does not (flow-style mappings, anchors, an unusual
//! layout), nothing is written and the error says where.
//!
//! (Lossless YAML editors exist on crates.io, e.g. `yaml-edit` and `yaml-rt`, but both are
//! young 0.x crates; the spec is plain block YAML, which this small, verified patcher handles.)

use serde_yaml::{Mapping, Value};

use crate::Result;

/// One change to a YAML document, addressed by the key path of the mapping it changes.
#[derive(Clone, Debug, PartialEq)]
pub enum Edit {
    /// Sets `key` of the mapping at `parent`: replaces its value, or appends the entry at the
    /// end of the mapping when the key is new.
    Set {
        parent: Vec<String>,
        key: String,
        value: Value,
    },
    /// Removes `key` from the mapping at `parent` (nothing if absent).
    Remove { parent: Vec<String>, key: String },
}

/// `text` with `edits` applied, verified to parse to `model` with the same edits applied.
pub fn apply(text: &str, model: &Value, edits: &[Edit]) -> Result<String> {
    let mut expected = model.clone();
    for edit in edits {
        apply_to_model(&mut expected, edit)?;
    }
    let patched = apply_to_text(text, edits)?;
    let reparsed: Value = serde_yaml::from_str(&patched)
        .map_err(|e| format!("the patched spec is not valid YAML ({e}); nothing was written"))?;
    if reparsed != expected {
        return Err(
            "the text patch does not match the intended change (unusual layout?); \
                    nothing was written: apply the change by hand"
                .into(),
        );
    }
    Ok(patched)
}

fn mapping_at<'a>(doc: &'a mut Value, path: &[String]) -> Result<&'a mut Mapping> {
    let mut node = doc;
    for key in path {
        node = node
            .get_mut(key.as_str())
            .ok_or_else(|| format!("no `{}` in the spec", path.join(".")))?;
    }
    node.as_mapping_mut()
        .ok_or_else(|| format!("`{}` is not a mapping", path.join(".")).into())
}

fn apply_to_model(doc: &mut Value, edit: &Edit) -> Result<()> {
    match edit {
        Edit::Set { parent, key, value } => {
            mapping_at(doc, parent)?.insert(Value::String(key.clone()), value.clone());
        }
        Edit::Remove { parent, key } => {
            mapping_at(doc, parent)?.shift_remove(key.as_str());
        }
    }
    Ok(())
}

/// The lines of one mapping entry: `key_line` holds `key:`, the value runs to `end`
/// (exclusive, trailing blank lines excluded).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Entry {
    key_line: usize,
    indent: usize,
    end: usize,
}

fn indent_of(line: &str) -> usize {
    line.len() - line.trim_start_matches(' ').len()
}

fn is_blank(line: &str) -> bool {
    line.trim().is_empty()
}

/// Whether `line` (already known to be indented by `indent`) is the key line of `key`.
fn is_key_line(line: &str, indent: usize, key: &str) -> bool {
    let rest = &line[indent..];
    [
        key.to_owned(),
        format!("'{}'", key.replace('\'', "''")),
        format!("\"{key}\""),
    ]
    .iter()
    .any(|form| {
        rest.strip_prefix(form.as_str())
            .and_then(|r| r.strip_prefix(':'))
            .is_some_and(|r| r.is_empty() || r.starts_with(' '))
    })
}

/// The end of the block value starting after `key_line` at `indent`: the first line that is
/// back at a lower indent, or at the same indent and not a `- ` sequence item of this key.
fn block_end(lines: &[&str], key_line: usize, indent: usize, limit: usize) -> usize {
    let mut end = limit;
    for (i, line) in lines.iter().enumerate().take(limit).skip(key_line + 1) {
        if is_blank(line) {
            continue;
        }
        let own = indent_of(line);
        if own < indent || (own == indent && !line[own..].starts_with("- ")) {
            end = i;
            break;
        }
    }
    while end > key_line + 1 && is_blank(lines[end - 1]) {
        end -= 1;
    }
    end
}

/// The indent of the entries of the block mapping that is the value of `entry`.
fn child_indent(lines: &[&str], entry: Entry) -> Option<usize> {
    lines[entry.key_line + 1..entry.end]
        .iter()
        .find(|l| !is_blank(l) && !l.trim_start().starts_with('#'))
        .map(|l| indent_of(l))
        .filter(|&i| i > entry.indent)
}

/// Finds the entry at key path `path` (the empty path is the whole document).
fn locate(lines: &[&str], path: &[String]) -> Result<Entry> {
    let mut scope = Entry {
        key_line: usize::MAX,
        indent: 0,
        end: lines.len(),
    };
    let mut indent = 0;
    for (depth, key) in path.iter().enumerate() {
        let start = scope.key_line.wrapping_add(1);
        let found = (start..scope.end).find(|&i| {
            let line = lines[i];
            !is_blank(line) && indent_of(line) == indent && is_key_line(line, indent, key)
        });
        let Some(key_line) = found else {
            return Err(format!(
                "cannot find `{}` as a block mapping entry in the spec text",
                path[..=depth].join(".")
            )
            .into());
        };
        scope = Entry {
            key_line,
            indent,
            end: block_end(lines, key_line, indent, scope.end),
        };
        if depth + 1 < path.len() {
            indent = child_indent(lines, scope).ok_or_else(|| {
                format!(
                    "`{}` is not a block mapping in the spec text",
                    path[..=depth].join(".")
                )
            })?;
        }
    }
    Ok(scope)
}

/// The lines of `key: value` at `indent`, in serde_yaml's block style (which is the spec's).
fn render(key: &str, value: &Value, indent: usize) -> Result<Vec<String>> {
    let mut entry = Mapping::new();
    entry.insert(Value::String(key.to_owned()), value.clone());
    let text = serde_yaml::to_string(&entry)?;
    let pad = " ".repeat(indent);
    Ok(text
        .lines()
        .map(|l| {
            if l.is_empty() {
                String::new()
            } else {
                format!("{pad}{l}")
            }
        })
        .collect())
}

/// A text change in terms of the original line numbers.
struct Patch {
    start: usize,
    end: usize,
    lines: Vec<String>,
}

fn apply_to_text(text: &str, edits: &[Edit]) -> Result<String> {
    let lines: Vec<&str> = text.lines().collect();
    let mut patches = Vec::new();
    for edit in edits {
        match edit {
            Edit::Set { parent, key, value } => {
                let mut path = parent.clone();
                path.push(key.clone());
                match locate(&lines, &path) {
                    Ok(entry) => patches.push(Patch {
                        start: entry.key_line,
                        end: entry.end,
                        lines: render(key, value, entry.indent)?,
                    }),
                    Err(_) => {
                        let owner = locate(&lines, parent)?;
                        let indent = if parent.is_empty() {
                            0
                        } else {
                            child_indent(&lines, owner).ok_or_else(|| {
                                format!("`{}` is not a block mapping", parent.join("."))
                            })?
                        };
                        patches.push(Patch {
                            start: owner.end,
                            end: owner.end,
                            lines: render(key, value, indent)?,
                        });
                    }
                }
            }
            Edit::Remove { parent, key } => {
                let mut path = parent.clone();
                path.push(key.clone());
                if let Ok(entry) = locate(&lines, &path) {
                    patches.push(Patch {
                        start: entry.key_line,
                        end: entry.end,
                        lines: Vec::new(),
                    });
                }
            }
        }
    }
    // Apply from the bottom up; inserts at one line keep the order of their edits.
    let mut order: Vec<usize> = (0..patches.len()).collect();
    order.sort_by(|&a, &b| {
        (patches[b].start, patches[b].end, b).cmp(&(patches[a].start, patches[a].end, a))
    });
    let mut out: Vec<String> = lines.iter().map(|l| (*l).to_owned()).collect();
    let mut floor = usize::MAX;
    for i in order {
        let patch = &patches[i];
        if patch.end > floor {
            return Err("two edits touch the same lines of the spec".into());
        }
        floor = patch.start;
        out.splice(patch.start..patch.end, patch.lines.iter().cloned());
    }
    let mut joined = out.join("\n");
    if text.ends_with('\n') {
        joined.push('\n');
    }
    Ok(joined)
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "\
# A header comment that must survive.
openapi: 3.0.3
paths:
  /things:
    get:
      operationId: list_things
      responses:
        '200':
          description: ok
      x-spiro-evidence:
        level: inferred
        sources: []
components:
  schemas:
    Thing:
      type: object
      description: A long description that a serde round trip would wrap differently, which is
        exactly what we do not want.
      properties:
        amount:
          type: number
          nullable: true
        tags:
          type: array
          items:
            type: string

    Other:
      type: object
";

    fn s(p: &[&str]) -> Vec<String> {
        p.iter().map(|s| (*s).to_owned()).collect()
    }

    fn edit(edits: &[Edit]) -> Result<String> {
        let model: Value = serde_yaml::from_str(TEXT)?;
        apply(TEXT, &model, edits)
    }

    #[test]
    fn replaces_inserts_and_removes_only_the_touched_lines() {
        let evidence: Value =
            serde_yaml::from_str("{level: live, sources: [capture-2026-11-29]}").expect("yaml");
        let out = edit(&[
            Edit::Set {
                parent: s(&["paths", "/things", "get"]),
                key: "x-spiro-evidence".into(),
                value: evidence,
            },
            Edit::Remove {
                parent: s(&["components", "schemas", "Thing", "properties", "amount"]),
                key: "type".into(),
            },
            Edit::Set {
                parent: s(&["components", "schemas", "Thing", "properties", "amount"]),
                key: "oneOf".into(),
                value: serde_yaml::from_str("[{type: number}, {type: string}]").expect("yaml"),
            },
            Edit::Set {
                parent: s(&["components", "schemas", "Thing", "properties"]),
                key: "win_reason".into(),
                value: serde_yaml::from_str("{type: string}").expect("yaml"),
            },
        ])
        .expect("applies");
        let diff = similar::TextDiff::from_lines(TEXT, &out);
        let changed: Vec<String> = diff
            .iter_all_changes()
            .filter(|c| c.tag() != similar::ChangeTag::Equal)
            .map(|c| format!("{}{}", c.tag(), c.value()))
            .collect();
        assert_eq!(
            changed,
            [
                "-        level: inferred\n",
                "-        sources: []\n",
                "+        level: live\n",
                "+        sources:\n",
                "+        - capture-2026-11-29\n",
                "-          type: number\n",
                "+          oneOf:\n",
                "+          - type: number\n",
                "+          - type: string\n",
                "+        win_reason:\n",
                "+          type: string\n",
            ],
            "{out}"
        );
        assert!(out.starts_with("# A header comment that must survive.\n"));
        assert!(out.contains("\n\n    Other:\n"), "{out}");
    }

    #[test]
    fn a_missing_parent_is_an_error_and_nothing_changes() {
        let err = edit(&[Edit::Set {
            parent: s(&["components", "schemas", "Missing", "properties"]),
            key: "x".into(),
            value: Value::Bool(true),
        }])
        .expect_err("no such mapping")
        .to_string();
        assert!(err.contains("Missing"), "{err}");
    }

    #[test]
    fn a_flow_style_mapping_is_refused_rather_than_corrupted() {
        let text = "a:\n  b: {c: 1}\n";
        let model: Value = serde_yaml::from_str(text).expect("yaml");
        let err = apply(
            text,
            &model,
            &[Edit::Set {
                parent: s(&["a", "b"]),
                key: "d".into(),
                value: Value::Bool(true),
            }],
        );
        assert!(err.is_err());
    }
}
