//! `cargo xtask <task>`: maintainer tasks of spiro-rs, in Rust so that they run wherever cargo
//! does (the matklad xtask pattern).
//!
//! - `generate`: regenerate `spiro-api/src/generated.rs`, what spiro-mock serves
//!   (`spiro-mock/src/generated.rs`: record kinds, routes, attributes, schemas; the mock parses
//!   no YAML) and the coverage table in `README.md` from `spec/spiro.yaml`.
//! - `check`: fail when the spec breaks a project rule (`lint.rs`, `EVIDENCE.md` point by
//!   point) or when a generated file is stale, with a short diff summary.
//!   It also writes the `spiro` command's catalog of operations (`spiro-cli/src/generated.rs`).
//! - `coverage`: print the table of operations and their evidence levels, and the number of
//!   attributes per level.
//! - `learn CAPTURE…`: merge response shapes captured by spiro-api into the spec (see
//!   `learn/`; `cargo xtask learn --help`).

mod cli;
mod coverage;
mod generate;
mod glue;
mod layout;
mod learn;
#[cfg(test)]
mod learn_loop;
mod lenient;
mod lint;
mod mock;
mod model;
mod readme;
mod sources;
mod spec;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

type Result<T, E = Box<dyn std::error::Error>> = std::result::Result<T, E>;

const USAGE: &str = "usage: cargo xtask <generate | check | coverage | learn [--help] CAPTURE…>";

fn main() -> ExitCode {
    let task = std::env::args().nth(1);
    let outcome = match task.as_deref() {
        Some("generate") => generate_all(&root()),
        Some("check") => check_all(&root()),
        Some("learn") => learn::run(&std::env::args().skip(2).collect::<Vec<_>>(), &root()),
        Some("coverage") => spec::load(&root()).map(|s| {
            print!("{}", coverage::table(&s.operations));
            print!("{}", coverage::fields(&spec::field_levels(&s.doc)));
        }),
        _ => {
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    match outcome {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}

/// The workspace root (this crate lives in `<root>/xtask`).
fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask lives in the workspace")
        .to_path_buf()
}

/// Every file that `generate` writes, with its freshly rendered contents.
fn render_all(root: &Path) -> Result<Vec<(PathBuf, String)>> {
    let spec_text = std::fs::read_to_string(root.join(spec::PATH))?;
    let spec = spec::parse(&spec_text)?;
    let readme_path = root.join(readme::PATH);
    let readme_text = std::fs::read_to_string(&readme_path)?;
    Ok(vec![
        (root.join(generate::PATH), generate::render(&spec)?),
        (root.join(mock::PATH), mock::render(&spec.doc)?),
        (
            readme_path,
            readme::with_coverage(&readme_text, &coverage::table(&spec.operations))?,
        ),
        (root.join(cli::PATH), cli::render(&spec)?),
    ])
}

/// Writes every generated file of the workspace at `root` that is stale.
fn generate_all(root: &Path) -> Result<()> {
    for (path, contents) in render_all(root)? {
        let unchanged = std::fs::read_to_string(&path).is_ok_and(|old| old == contents);
        if !unchanged {
            std::fs::write(&path, &contents)?;
        }
        let shown = path.strip_prefix(root).unwrap_or(&path).display();
        let state = if unchanged { "unchanged" } else { "written" };
        println!("{shown}: {state} ({} bytes)", contents.len());
    }
    Ok(())
}

/// Fails when the spec of the workspace at `root` breaks a project rule or a generated file is
/// stale.
fn check_all(root: &Path) -> Result<()> {
    let spec = spec::load(root)?;
    let evidence = std::fs::read_to_string(root.join(spec::EVIDENCE_PATH))?;
    let problems = lint::problems(&spec, &evidence);
    if !problems.is_empty() {
        return Err(format!(
            "{} breaks {} project rule(s):\n  {}",
            spec::PATH,
            problems.len(),
            problems.join("\n  ")
        )
        .into());
    }
    let catalog = std::fs::read_to_string(root.join(cli::PATH)).unwrap_or_default();
    let missing = cli::missing_commands(&spec, &catalog);
    if !missing.is_empty() {
        return Err(format!(
            "{} operation(s) of {} have no `spiro` command in {}: {}; run `cargo xtask generate`",
            missing.len(),
            spec::PATH,
            cli::PATH,
            missing.join(", ")
        )
        .into());
    }
    let mut stale = Vec::new();
    for (path, expected) in render_all(root)? {
        let actual = std::fs::read_to_string(&path).unwrap_or_default();
        if actual != expected {
            let shown = path
                .strip_prefix(root)
                .unwrap_or(&path)
                .display()
                .to_string();
            eprintln!("{}", generate::diff_summary(&shown, &actual, &expected));
            stale.push(shown);
        }
    }
    if stale.is_empty() {
        println!(
            "generated code, the spiro command's catalog and the README coverage table are up to date with spec/spiro.yaml"
        );
        Ok(())
    } else {
        Err(format!(
            "{} out of date relative to spec/spiro.yaml; run `cargo xtask generate`",
            stale.join(", ")
        )
        .into())
    }
}
