//! Loading `spec/spiro.yaml` and the project rules every spec must follow.

use std::collections::BTreeMap;
use std::path::Path;

use openapiv3::{OpenAPI, Parameter, PathItem, ReferenceOr, StatusCode};

use crate::Result;

pub const PATH: &str = "spec/spiro.yaml";

/// The evidence levels of `spiro-api-evidence.md`, strongest first.
pub const LEVELS: [&str; 4] = ["live", "call", "doc", "inferred"];

/// The parsed spec plus the facts the tasks need about each operation.
pub struct Spec {
    pub doc: OpenAPI,
    pub operations: Vec<Operation>,
}

/// One operation as the coverage table shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Operation {
    pub method: String,
    pub path: String,
    pub operation_id: String,
    pub level: String,
    pub sources: Vec<String>,
}

pub fn load(root: &Path) -> Result<Spec> {
    let text = std::fs::read_to_string(root.join(PATH))?;
    parse(&text)
}

pub fn parse(text: &str) -> Result<Spec> {
    let doc: OpenAPI = serde_yaml::from_str(text).map_err(|e| format!("{PATH}: {e}"))?;
    let operations = operations(&doc)?;
    check_parameter_names(&doc)?;
    Ok(Spec { doc, operations })
}

fn operations(doc: &OpenAPI) -> Result<Vec<Operation>> {
    let mut out = Vec::new();
    for (path, method, op) in doc.operations() {
        let Some(operation_id) = op.operation_id.clone() else {
            return Err(format!("{} {path} has no operationId", method.to_uppercase()).into());
        };
        let evidence = op
            .extensions
            .get("x-spiro-evidence")
            .ok_or_else(|| format!("operation `{operation_id}` has no x-spiro-evidence"))?;
        let level = evidence
            .get("level")
            .and_then(|l| l.as_str())
            .unwrap_or_default();
        if !LEVELS.contains(&level) {
            return Err(format!(
                "operation `{operation_id}`: x-spiro-evidence level {level:?} is not one of {LEVELS:?}"
            )
            .into());
        }
        let sources = evidence
            .get("sources")
            .and_then(|s| s.as_array())
            .map(|s| {
                s.iter()
                    .filter_map(|v| v.as_str().map(str::to_owned))
                    .collect()
            })
            .unwrap_or_default();
        out.push(Operation {
            method: method.to_uppercase(),
            path: path.to_owned(),
            operation_id,
            level: level.to_owned(),
            sources,
        });
    }
    Ok(out)
}

/// progenitor turns `page[number]` into `page_number` and does not notice when two
/// parameters of one operation end up with the same Rust name: the generated code then
/// fails to compile far from the cause. Catch it here and name the operation.
fn check_parameter_names(doc: &OpenAPI) -> Result<()> {
    for (path, method, op) in doc.operations() {
        let id = op.operation_id.as_deref().unwrap_or(path);
        let item = doc.paths.paths.get(path).and_then(ReferenceOr::as_item);
        let inherited = item.map(|i| i.parameters.as_slice()).unwrap_or_default();
        let mut seen: BTreeMap<String, String> = BTreeMap::new();
        for param in inherited.iter().chain(&op.parameters) {
            let name = resolve_parameter(doc, param)
                .ok_or_else(|| {
                    format!("operation `{id}` ({method} {path}): unresolvable parameter")
                })?
                .parameter_data_ref()
                .name
                .clone();
            let rust = rust_name(&name);
            if let Some(previous) = seen.insert(rust.clone(), name.clone()) {
                return Err(format!(
                    "operation `{id}` ({} {path}): parameters `{previous}` and `{name}` would both be \
                     named `{rust}` in Rust; rename one in the spec",
                    method.to_uppercase()
                )
                .into());
            }
        }
    }
    Ok(())
}

fn resolve_parameter<'a>(
    doc: &'a OpenAPI,
    param: &'a ReferenceOr<Parameter>,
) -> Option<&'a Parameter> {
    match param {
        ReferenceOr::Item(p) => Some(p),
        ReferenceOr::Reference { reference } => {
            let key = reference.strip_prefix("#/components/parameters/")?;
            doc.components.as_ref()?.parameters.get(key)?.as_item()
        }
    }
}

/// The identifier progenitor derives from a parameter's wire name.
fn rust_name(wire: &str) -> String {
    use heck::ToSnakeCase;
    wire.replace('\'', "")
        .replace(|c: char| !(c.is_alphanumeric() || c == '_'), "-")
        .to_snake_case()
}

/// The spec as handed to progenitor. Two adjustments, both about status codes:
///
/// - The stored spec documents error responses (401, 404, 422, 429, default) for readers and
///   for spiro-mock, but progenitor would decode their bodies itself and, when Spiro sends an
///   HTML page or an empty body, report only a decode error without the status. Without
///   them every non-2xx reaches spiro-api's error layer as `Error::UnexpectedResponse`,
///   with status, headers and body intact.
/// - The exact success codes of writes (201 for a create, 204 for a delete) are inferred, so
///   each operation's success response is widened to `2XX`: a 200 where we expected a 201
///   must not turn a successful call into an error.
pub fn for_generator(doc: &OpenAPI) -> OpenAPI {
    let mut doc = doc.clone();
    for item in doc.paths.paths.values_mut() {
        let ReferenceOr::Item(item) = item else {
            continue;
        };
        for op in operation_slots(item)
            .into_iter()
            .filter_map(|(_, slot)| slot.as_mut())
        {
            op.responses.default = None;
            let success = std::mem::take(&mut op.responses.responses)
                .into_iter()
                .filter(|(status, _)| {
                    matches!(status, StatusCode::Code(200..=299) | StatusCode::Range(2))
                })
                .map(|(_, response)| response)
                .next();
            if let Some(response) = success {
                op.responses
                    .responses
                    .insert(StatusCode::Range(2), response);
            }
        }
    }
    doc
}

/// A path item's operation slots, by lower-case method name.
pub fn operation_slots(
    item: &mut PathItem,
) -> [(&'static str, &mut Option<openapiv3::Operation>); 8] {
    [
        ("get", &mut item.get),
        ("put", &mut item.put),
        ("post", &mut item.post),
        ("delete", &mut item.delete),
        ("options", &mut item.options),
        ("head", &mut item.head),
        ("patch", &mut item.patch),
        ("trace", &mut item.trace),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    const MINIMAL: &str = r#"
openapi: 3.0.3
info: { title: t, version: "1" }
paths:
  /things:
    get:
      operationId: list_things
      x-spiro-evidence: { level: live, sources: [P1] }
      parameters:
        - { name: "page[size]", in: query, schema: { type: integer } }
        - { name: page_size, in: query, schema: { type: integer } }
      responses:
        "200": { description: ok }
"#;

    #[test]
    fn colliding_parameter_names_name_the_operation() {
        let err = parse(MINIMAL)
            .err()
            .expect("collision must be an error")
            .to_string();
        assert!(err.contains("list_things"), "{err}");
        assert!(
            err.contains("page[size]") && err.contains("page_size"),
            "{err}"
        );
    }

    #[test]
    fn missing_evidence_is_an_error() {
        let text = MINIMAL.replace(
            "      x-spiro-evidence: { level: live, sources: [P1] }\n",
            "",
        );
        let err = parse(&text).err().expect("must fail").to_string();
        assert!(
            err.contains("list_things") && err.contains("x-spiro-evidence"),
            "{err}"
        );
    }

    #[test]
    fn unknown_evidence_level_is_an_error() {
        let text = MINIMAL.replace("level: live", "level: rumour");
        let err = parse(&text).err().expect("must fail").to_string();
        assert!(err.contains("rumour"), "{err}");
    }

    #[test]
    fn generator_sees_only_a_2xx_range() {
        let text = MINIMAL.replace("        - { name: page_size, in: query, schema: { type: integer } }\n", "")
            .replace("\"200\": { description: ok }", "\"201\": { description: ok }\n        \"404\": { description: gone }\n        default: { description: error }");
        let spec = parse(&text).expect("valid");
        let generated = for_generator(&spec.doc);
        let (_, _, op) = generated.operations().next().unwrap();
        let statuses: Vec<_> = op.responses.responses.keys().cloned().collect();
        assert_eq!(statuses, [StatusCode::Range(2)]);
        assert!(op.responses.default.is_none());
    }

    #[test]
    fn rust_names_follow_progenitor() {
        assert_eq!(rust_name("page[number]"), "page_number");
        assert_eq!(
            rust_name("filter[updated_at][gte]"),
            "filter_updated_at_gte"
        );
        assert_eq!(rust_name("include"), "include");
    }
}
