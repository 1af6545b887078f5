//! Rendering `spiro-api/src/generated.rs` with progenitor.

use std::panic::{self, AssertUnwindSafe};

use openapiv3::{OpenAPI, ReferenceOr};
use progenitor_impl::{
    GenerationSettings, Generator, HooksMode, InterfaceStyle, TagStyle, TypeImpl,
};
use quote::quote;

use crate::Result;
use crate::lenient::{self, Replacement};
use crate::spec::{self, Spec};

pub const PATH: &str = "spiro-api/src/generated.rs";

const HEADER: &str = "\
// The contents of this file are generated from spec/spiro.yaml by `cargo xtask generate`;
// do not edit them by hand. `cargo xtask check` fails when they are stale.

";

/// The generator settings: the builder interface, a `ClientHooks` impl that must exist
/// (spiro-api's `client/hooks.rs`), `ClientState` as the client's inner type, and the schemas
/// replaced by hand-written types that need lenient decoding (with those that
/// [`lenient::widen`] adds, and the JSON:API envelope's, [`crate::glue::envelope_replacements`]).
fn settings(lenient: &[Replacement]) -> GenerationSettings {
    let mut settings = GenerationSettings::new();
    settings
        .with_interface(InterfaceStyle::Builder)
        .with_tag(TagStyle::Merged)
        .with_hooks(HooksMode::Expected)
        .with_inner_type(quote!(crate::ClientState))
        .with_derive("schemars::JsonSchema")
        .with_derive("PartialEq")
        .with_map_type("::std::collections::BTreeMap")
        .with_replacement(
            "ResourceId",
            "crate::ResourceId",
            [TypeImpl::Display, TypeImpl::FromStr].into_iter(),
        )
        .with_replacement("Amount", "crate::Amount", [TypeImpl::Display].into_iter())
        .with_replacement(
            "CustomFields",
            "crate::CustomFields",
            [TypeImpl::Default].into_iter(),
        )
        // A nullable `oneOf` trips typify 0.8 (it emits the type twice); the values are
        // reached through `CustomFields` anyway.
        .with_replacement("CustomValue", "::serde_json::Value", std::iter::empty());
    for replacement in lenient {
        settings.with_replacement(&replacement.schema, &replacement.rust, std::iter::empty());
    }
    settings
}

/// The formatted contents of the generated file.
pub fn render(spec: &Spec) -> Result<String> {
    let doc = spec::for_generator(&spec.doc)?;
    let (widened, mut replacements) = lenient::widen(&doc)?;
    replacements.extend(crate::glue::envelope_replacements(&doc)?);
    let tokens = generate_guarded(&widened, &replacements)?;
    let mut file: syn::File =
        syn::parse2(tokens).map_err(|e| format!("progenitor emitted invalid Rust: {e}"))?;
    crate::glue::apply(&doc, &mut file)?;
    file.items.extend(spec_facts(spec)?.items);
    let code = progenitor_impl::space_out_items(prettyplease::unparse(&file))?;
    Ok(format!("{HEADER}{code}"))
}

/// What spiro-api's shape capture records of the spec: its hash (the capture's origin) and
/// the keys it names (written verbatim, see `capture/walk.rs`).
fn spec_facts(spec: &Spec) -> Result<syn::File> {
    let hash = &spec.hash;
    let keys: Vec<String> = crate::model::spec_keys(&spec.doc).into_iter().collect();
    let tokens = quote! {
        /// The hash of the `spec/spiro.yaml` this file was generated from.
        pub(crate) const SPEC_HASH: &str = #hash;
        /// Every object key the spec names, sorted (byte order).
        pub(crate) const SPEC_KEYS: &[&str] = &[#(#keys),*];
    };
    Ok(syn::parse2(tokens)?)
}

/// Runs progenitor, turning its panics into an error that names the operation that caused
/// them: progenitor reports some unsupported spec shapes with `panic!`/`unreachable!`.
fn generate_guarded(doc: &OpenAPI, lenient: &[Replacement]) -> Result<proc_macro2::TokenStream> {
    match quietly(|| Generator::new(&settings(lenient)).generate_tokens(doc)) {
        Ok(result) => Ok(result.map_err(|e| format!("progenitor: {e}"))?),
        Err(message) => {
            let culprit = doc.operations().find_map(|(path, method, op)| {
                let alone = only_operation(doc, path, method);
                quietly(|| Generator::new(&settings(lenient)).generate_tokens(&alone))
                    .is_err()
                    .then(|| {
                        let id = op.operation_id.as_deref().unwrap_or("?");
                        format!("operation `{id}` ({} {path})", method.to_uppercase())
                    })
            });
            let culprit = culprit.unwrap_or_else(|| "the shared component schemas".to_owned());
            Err(format!("progenitor panicked while generating {culprit}: {message}").into())
        }
    }
}

/// Runs `f`, catching a panic (and keeping its message off stderr).
fn quietly<T>(f: impl FnOnce() -> T) -> std::result::Result<T, String> {
    let previous = panic::take_hook();
    panic::set_hook(Box::new(|_| {}));
    let outcome = panic::catch_unwind(AssertUnwindSafe(f));
    panic::set_hook(previous);
    outcome.map_err(|payload| {
        payload
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| payload.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "(no message)".to_owned())
    })
}

/// A copy of `doc` holding just one operation, to find the one that makes progenitor panic.
fn only_operation(doc: &OpenAPI, path: &str, method: &str) -> OpenAPI {
    let mut alone = doc.clone();
    alone.paths.paths.retain(|p, _| p == path);
    if let Some(ReferenceOr::Item(item)) = alone.paths.paths.get_mut(path) {
        for (name, slot) in spec::operation_slots(item) {
            if name != method {
                *slot = None;
            }
        }
    }
    alone
}

/// A short summary of how `actual` differs from `expected`: counts and the first hunks.
pub fn diff_summary(name: &str, actual: &str, expected: &str) -> String {
    let diff = diff(name, "regenerated", actual, expected, Some(40));
    format!("{name} is stale: regenerating {diff}")
}

/// How `old` becomes `new`: "adds N and removes M lines" and the unified diff, cut after
/// `shown` lines when given.
pub fn diff(name: &str, label: &str, old: &str, new: &str, shown: Option<usize>) -> String {
    let diff = similar::TextDiff::from_lines(old, new);
    let (mut added, mut removed) = (0, 0);
    for change in diff.iter_all_changes() {
        match change.tag() {
            similar::ChangeTag::Insert => added += 1,
            similar::ChangeTag::Delete => removed += 1,
            similar::ChangeTag::Equal => {}
        }
    }
    let unified = diff
        .unified_diff()
        .context_radius(1)
        .header(name, label)
        .to_string();
    let lines: Vec<&str> = unified.lines().collect();
    let shown = shown.unwrap_or(lines.len());
    let mut out = format!("adds {added} and removes {removed} lines\n");
    out.push_str(
        &lines
            .iter()
            .take(shown)
            .copied()
            .collect::<Vec<_>>()
            .join("\n"),
    );
    if lines.len() > shown {
        out.push_str(&format!("\n… {} more diff lines", lines.len() - shown));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_progenitor_panic_names_the_operation() {
        // progenitor 0.15 cannot generate an optional object-typed query parameter with the
        // builder interface and says so with `unreachable!`; we must report which operation.
        let text = r#"
openapi: 3.0.3
info: { title: t, version: "1" }
paths:
  /fine:
    get:
      operationId: fine
      x-spiro-evidence: { level: live, sources: [] }
      responses:
        "200": { description: ok, content: { application/json: { schema: { type: string } } } }
  /broken:
    get:
      operationId: broken
      x-spiro-evidence: { level: inferred, sources: [] }
      parameters:
        - name: page
          in: query
          schema: { type: object, properties: { number: { type: integer } } }
      responses:
        "200": { description: ok, content: { application/json: { schema: { type: string } } } }
"#;
        let spec = spec::parse(text).expect("valid spec");
        let err = render(&spec)
            .expect_err("progenitor must refuse this")
            .to_string();
        assert!(err.contains("operation `broken` (GET /broken)"), "{err}");
    }

    #[test]
    fn diff_summary_counts_lines() {
        let summary = diff_summary("f.rs", "a\nb\nc\n", "a\nB\nc\nd\n");
        assert!(summary.contains("adds 2 and removes 1 lines"), "{summary}");
        assert!(
            summary.contains("-b") && summary.contains("+B"),
            "{summary}"
        );
    }
}
