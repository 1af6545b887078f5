//! `cargo xtask learn`: merges shape captures written by spiro-api
//! (`ClientBuilder::capture_shapes`, format `spiro-shapes/2`) into the spec, so that the
//! reconstructed spec becomes truer with every capture of Spiro's real answers.
//!
//! - `capture.rs` reads a capture file like hostile input.
//! - `merge.rs` decides which captures are evidence (Spiro's API host only; a capture learned
//!   before is refused) and what each operation and attribute gains, through the spec model.
//! - `widen.rs` is the type logic: widened, never narrowed.
//!
//! The rules: an operation that answered 2xx becomes `live`; an attribute seen becomes
//! `observed` unless it was stronger already (a level never goes down); every capture is a
//! source of its own (`capture-YYYY-MM-DD[-n]`), added to those already cited; per attribute,
//! the spec keeps the counts of what was seen (`x-spiro-evidence.seen`: JSON types, formats,
//! nulls, records, captures); a type seen that the spec does not allow widens it; a new
//! attribute is added read-only (responses only). The edits keep the file's layout and
//! comments ([`crate::layout`]); the learned spec must pass the project lint and the generator,
//! or nothing is written. Nothing is generated: run `cargo xtask generate`.

mod capture;
mod merge;
mod widen;

use std::path::{Path, PathBuf};

#[cfg(test)]
pub use capture::Capture;
pub use capture::read as read_capture;
pub use merge::{learn, verify};

use crate::Result;

const HELP: &str = "\
cargo xtask learn [--spec FILE] [--dry-run] [--rehearsal] CAPTURE.jsonl…

Merges shape captures (written by spiro-api's `ClientBuilder::capture_shapes`) into the spec
and lists them in the EVIDENCE.md beside it. Only captures of Spiro's own answers are
evidence: a capture taken against another host (spiro-mock on 127.0.0.1, a proxy) is refused,
and so is a capture learned before. Prints the diff of both files and notes on what changed
level, what became lenient or strict, what was refused and why, what was left alone.

Options:
  --spec FILE    the spec to learn into (default: spec/spiro.yaml)
  --dry-run      print the diffs and notes, write nothing
  --rehearsal    accept captures from any host, for a report only: prints what learning would
                 change and writes nothing (never evidence)
  -h, --help     this text

Then: review the diff, run `cargo xtask generate` and `cargo test --workspace`, and send the
diff of spec/ (see the README, \"Help us map Spiro's API\").";

/// Runs the task with its command-line arguments (after `learn`).
pub fn run(args: &[String], root: &Path) -> Result<()> {
    let mut spec_path = root.join(crate::spec::PATH);
    let (mut dry_run, mut rehearsal) = (false, false);
    let mut files = Vec::new();
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "-h" | "--help" => {
                println!("{HELP}");
                return Ok(());
            }
            "--spec" => {
                spec_path = PathBuf::from(args.next().ok_or("--spec needs a file")?);
            }
            "--dry-run" => dry_run = true,
            "--rehearsal" => rehearsal = true,
            flag if flag.starts_with('-') => {
                return Err(format!("unknown option {flag}\n\n{HELP}").into());
            }
            file => files.push(PathBuf::from(file)),
        }
    }
    if files.is_empty() {
        return Err(format!("no capture file given\n\n{HELP}").into());
    }
    let mut captures = Vec::new();
    for file in &files {
        let size = std::fs::metadata(file)
            .map_err(|e| format!("cannot read capture {}: {e}", file.display()))?
            .len();
        if size > capture::MAX_FILE as u64 {
            return Err(format!(
                "{}: {size} bytes, more than a capture file gets: not read",
                file.display()
            )
            .into());
        }
        let text = std::fs::read_to_string(file)
            .map_err(|e| format!("cannot read capture {}: {e}", file.display()))?;
        captures.push(read_capture(&file.display().to_string(), &text)?);
    }
    let old_spec = std::fs::read_to_string(&spec_path)
        .map_err(|e| format!("cannot read {}: {e}", spec_path.display()))?;
    let evidence_path = spec_path.with_file_name("EVIDENCE.md");
    let old_md = std::fs::read_to_string(&evidence_path).map_err(|e| {
        format!(
            "cannot read {}: {e} (learn lists the captures it learns from in the EVIDENCE.md \
             beside the spec)",
            evidence_path.display()
        )
    })?;
    let learned = learn(&old_spec, &old_md, &captures, rehearsal)?;
    if learned.spec != old_spec {
        verify(&learned)?;
    }
    let mut changed = Vec::new();
    for (path, old, new) in [
        (&spec_path, &old_spec, &learned.spec),
        (&evidence_path, &old_md, &learned.evidence_md),
    ] {
        let shown = path.display().to_string();
        if old == new {
            println!("{shown}: nothing to change");
        } else {
            println!(
                "{}",
                crate::generate::diff(&shown, "learned", old, new, None)
            );
            changed.push((path, new));
        }
    }
    for note in &learned.notes {
        println!("note: {note}");
    }
    if rehearsal {
        println!("rehearsal: nothing written (a report, never evidence)");
    } else if dry_run {
        println!("dry run: nothing written");
    } else if !changed.is_empty() {
        for (path, text) in &changed {
            std::fs::write(path, text)?;
        }
        println!(
            "written ({}). Review the diff above, then run `cargo xtask generate` and \
             `cargo test --workspace`, and send the diff of spec/ (see README, \"Help us map \
             Spiro's API\").",
            learned.sources.join(", ")
        );
    }
    Ok(())
}

/// **The one place where a test passes a capture off as Spiro's.** Captures taken against
/// spiro-mock record its loopback host, which `learn` refuses as evidence; a test of the
/// learning loop that needs "real" evidence rewrites the capture's origin host to the spec's
/// API host here, visibly.
#[cfg(test)]
pub(crate) fn as_if_from_spiro(capture_text: &str) -> String {
    let spec = crate::spec::load(&crate::root()).expect("spec");
    let host = spec.api_host().expect("the spec names its API host");
    let mut lines: Vec<String> = capture_text.lines().map(str::to_owned).collect();
    let mut header: serde_json::Value = serde_json::from_str(&lines[0]).expect("a capture header");
    header["origin"]["host"] = host.into();
    lines[0] = header.to_string();
    lines.join("\n") + "\n"
}

#[cfg(test)]
mod tests;
