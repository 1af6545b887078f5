//! `cargo xtask <task>`: maintainer tasks of spiro-rs, in Rust so that they run wherever cargo
//! does (the matklad xtask pattern).
//!
//! - `generate`: regenerate `spiro-api/src/generated.rs` and spiro-mock's table of record
//!   kinds (`spiro-mock/src/generated.rs`) from `spec/spiro.yaml`, the coverage table in
//!   `README.md`, and spiro-mock's copy of the spec (`spiro-mock/spiro.yaml`, which the mock
//!   embeds: a published crate can only include files inside its own package).
//! - `check`: fail with a short diff summary when any of these checked-in copies is stale.
//! - `coverage`: print the table of operations and their evidence levels, and the number of
//!   attributes per level.
//! - `learn CAPTURE…`: merge response shapes captured by spiro-api into the spec (see
//!   `learn.rs`).

mod coverage;
mod generate;
mod glue;
mod layout;
mod learn;
mod lenient;
mod lint;
mod model;
mod readme;
mod sources;
mod spec;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

type Result<T, E = Box<dyn std::error::Error>> = std::result::Result<T, E>;

/// spiro-mock's verbatim copy of `spec/spiro.yaml`.
const MOCK_SPEC_PATH: &str = "spiro-mock/spiro.yaml";

const USAGE: &str = "usage: cargo xtask <generate | check | coverage | learn CAPTURE…>";

fn main() -> ExitCode {
    let task = std::env::args().nth(1);
    let outcome = match task.as_deref() {
        Some("generate") => generate_all(),
        Some("check") => check_all(),
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
        (
            root.join(model::mock_table::PATH),
            model::mock_table::render(&model::record_kinds(&spec.doc)?)?,
        ),
        (
            readme_path,
            readme::with_coverage(&readme_text, &coverage::table(&spec.operations))?,
        ),
        (root.join(MOCK_SPEC_PATH), spec_text),
    ])
}

fn generate_all() -> Result<()> {
    let root = root();
    for (path, contents) in render_all(&root)? {
        let unchanged = std::fs::read_to_string(&path).is_ok_and(|old| old == contents);
        if !unchanged {
            std::fs::write(&path, &contents)?;
        }
        let shown = path.strip_prefix(&root).unwrap_or(&path).display();
        let state = if unchanged { "unchanged" } else { "written" };
        println!("{shown}: {state} ({} bytes)", contents.len());
    }
    Ok(())
}

fn check_all() -> Result<()> {
    let root = root();
    let spec = spec::load(&root)?;
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
    let mut stale = Vec::new();
    for (path, expected) in render_all(&root)? {
        let actual = std::fs::read_to_string(&path).unwrap_or_default();
        if actual != expected {
            let shown = path
                .strip_prefix(&root)
                .unwrap_or(&path)
                .display()
                .to_string();
            eprintln!("{}", generate::diff_summary(&shown, &actual, &expected));
            stale.push(shown);
        }
    }
    if stale.is_empty() {
        println!(
            "generated code, README coverage table and {MOCK_SPEC_PATH} are up to date with spec/spiro.yaml"
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
