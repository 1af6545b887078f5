//! Rendering `spiro-cli/src/generated.rs`: the `spiro` command's catalog of every operation of
//! the spec (command group and verb, method and path, parameters as flags, the record it
//! answers with and the record it writes) and of every record kind (attributes with their value
//! kinds, relationships). The CLI builds its clap commands from these tables; `check` refuses a
//! catalog that lacks an operation of the spec.
//!
//! Command names: the group is the operation's first tag (`quote_products` →
//! `quote-products`); the verb is the first word of its operationId (`list`, `get`, `create`,
//! `update`, `delete`), or, for a collection nested under a record
//! (`/pipelines/{id}/opportunity_stages`), that collection (`opportunity-stages`). Two
//! operations with the same group and verb are an error that names both.

use std::collections::BTreeMap;

use openapiv3::{OpenAPI, Parameter, ReferenceOr, Schema, SchemaKind, Type};
use proc_macro2::TokenStream;
use quote::quote;

use crate::Result;
use crate::model::{self, RecordKind};
use crate::spec::{self, Spec};

pub const PATH: &str = "spiro-cli/src/generated.rs";

const HEADER: &str = "\
// The contents of this file are generated from spec/spiro.yaml by `cargo xtask generate`;
// do not edit them by hand. `cargo xtask check` fails when they are stale.

";

/// One command of the catalog, as `render` writes it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Command {
    pub operation_id: String,
    pub group: String,
    pub verb: String,
    pub method: String,
    pub path: String,
    pub summary: String,
    pub description: String,
    pub evidence: String,
    pub path_params: Vec<Param>,
    pub query_params: Vec<Param>,
    /// The `type` string of the record(s) it answers with, if any.
    pub record: Option<String>,
    /// Whether it answers with a list (and pages).
    pub list: bool,
    /// The `type` string of the record its body writes, if it takes one.
    pub body: Option<String>,
}

/// A path or query parameter.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Param {
    pub wire: String,
    /// `page[number]` → `page-number`, `filter[updated_at][gte]` → `filter-updated-at-gte`.
    pub flag: String,
    pub help: String,
    pub kind: ValueKind,
}

/// What JSON a value is, for the CLI to parse and type what users type.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ValueKind {
    Text,
    Number,
    Boolean,
    Json,
}

/// Every command of the spec, in spec order.
pub fn commands(spec: &Spec) -> Result<Vec<Command>> {
    let doc = &spec.doc;
    let kinds = model::record_kinds(doc)?;
    let type_of = |schema: &str| {
        kinds
            .iter()
            .find(|k| k.schema == schema)
            .map(|k| k.type_name.clone())
    };
    let mut out: Vec<Command> = Vec::new();
    for (path, method, op) in doc.operations() {
        let id = op.operation_id.clone().unwrap_or_default();
        let where_ = || format!("operation `{id}` ({} {path})", method.to_uppercase());
        let group = op
            .tags
            .first()
            .ok_or_else(|| format!("{}: no tag to name its command group", where_()))?
            .clone();
        let literals: Vec<&str> = path
            .split('/')
            .filter(|s| !s.is_empty() && !s.starts_with('{'))
            .collect();
        let verb = match literals.as_slice() {
            [_, .., nested] if literals.len() > 1 => nested.replace('_', "-"),
            _ => id
                .split('_')
                .next()
                .filter(|v| !v.is_empty())
                .ok_or_else(|| format!("{}: no verb in its operationId", where_()))?
                .to_owned(),
        };
        let (mut path_params, mut query_params) = (Vec::new(), Vec::new());
        let item = doc.paths.paths.get(path).and_then(ReferenceOr::as_item);
        let inherited = item.map(|i| i.parameters.as_slice()).unwrap_or_default();
        for param in inherited.iter().chain(&op.parameters) {
            let param = spec::resolve_parameter(doc, param)
                .ok_or_else(|| format!("{}: unresolvable parameter", where_()))?;
            match param {
                Parameter::Path { parameter_data, .. } => {
                    path_params.push(self::param(doc, parameter_data))
                }
                Parameter::Query { parameter_data, .. } => {
                    query_params.push(self::param(doc, parameter_data))
                }
                // `X-Api-Version` is spiro-api's to send; no other header or cookie exists.
                Parameter::Header { .. } | Parameter::Cookie { .. } => {}
            }
        }
        // Path parameters in the order they appear in the path: they are positional.
        path_params.sort_by_key(|p| path.find(&format!("{{{}}}", p.wire)));
        let (record, list) = match model::record_of(doc, op) {
            Some((schema, list)) => (type_of(&schema), list),
            None => (None, false),
        };
        let body = match &op.request_body {
            Some(body) => Some(
                written_record(doc, body)
                    .and_then(|schema| type_of(&schema))
                    .ok_or_else(|| {
                        format!(
                            "{}: its body is not a write document of a record kind",
                            where_()
                        )
                    })?,
            ),
            None => None,
        };
        let evidence = spec
            .operations
            .iter()
            .find(|o| o.operation_id == id)
            .map(|o| {
                let sources = if o.sources.is_empty() {
                    String::new()
                } else {
                    format!(" ({})", o.sources.join(", "))
                };
                format!("{}{sources}", o.level)
            })
            .unwrap_or_default();
        let command = Command {
            operation_id: id.clone(),
            group: group.replace('_', "-"),
            verb,
            method: method.to_uppercase(),
            path: path.to_owned(),
            summary: op.summary.clone().unwrap_or_else(|| id.clone()),
            description: op.description.clone().unwrap_or_default(),
            evidence,
            path_params,
            query_params,
            record,
            list,
            body,
        };
        if let Some(twin) = out
            .iter()
            .find(|c| c.group == command.group && c.verb == command.verb)
        {
            return Err(format!(
                "operations `{}` and `{id}` would both be the command `spiro {} {}`",
                twin.operation_id, command.group, command.verb
            )
            .into());
        }
        out.push(command);
    }
    Ok(out)
}

fn param(doc: &OpenAPI, data: &openapiv3::ParameterData) -> Param {
    let kind = match &data.format {
        openapiv3::ParameterSchemaOrContent::Schema(schema) => value_kind(doc, schema),
        openapiv3::ParameterSchemaOrContent::Content(_) => ValueKind::Json,
    };
    Param {
        wire: data.name.clone(),
        flag: flag_name(&data.name),
        help: one_paragraph(data.description.as_deref().unwrap_or_default()),
        kind,
    }
}

/// `filter[updated_at][gte]` → `filter-updated-at-gte`.
pub fn flag_name(wire: &str) -> String {
    spec::rust_name(wire).replace('_', "-")
}

/// Descriptions as one paragraph (clap wraps them itself).
fn one_paragraph(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The record schema a request body writes: `…WriteDocument` → `data` → `…Write` →
/// `attributes` → `XAttributes`, whose record schema is `X`.
fn written_record(doc: &OpenAPI, body: &ReferenceOr<openapiv3::RequestBody>) -> Option<String> {
    let document = body
        .as_item()?
        .content
        .get("application/json")?
        .schema
        .as_ref()
        .and_then(model::reference_name)?;
    let schema = |name: &str| component(doc, name);
    let write = property_ref(schema(&document)?, "data")?;
    let attributes = property_ref(schema(&write)?, "attributes")?;
    attributes.strip_suffix("Attributes").map(str::to_owned)
}

/// The component a property of an object schema points at with `$ref`.
fn property_ref(schema: &Schema, name: &str) -> Option<String> {
    match &schema.schema_kind {
        SchemaKind::Type(Type::Object(object)) => match object.properties.get(name)? {
            ReferenceOr::Reference { reference } => reference.rsplit('/').next().map(str::to_owned),
            ReferenceOr::Item(_) => None,
        },
        _ => None,
    }
}

fn component<'a>(doc: &'a OpenAPI, name: &str) -> Option<&'a Schema> {
    doc.components.as_ref()?.schemas.get(name)?.as_item()
}

/// Follows `$ref` and a lone `allOf` to the schema that says what the value is.
fn resolve<'a>(doc: &'a OpenAPI, schema: &'a ReferenceOr<Schema>) -> Option<&'a Schema> {
    let schema = match schema {
        ReferenceOr::Reference { reference } => component(doc, reference.rsplit('/').next()?)?,
        ReferenceOr::Item(schema) => schema,
    };
    match &schema.schema_kind {
        SchemaKind::AllOf { all_of } if all_of.len() == 1 => resolve(doc, &all_of[0]),
        _ => Some(schema),
    }
}

fn value_kind(doc: &OpenAPI, schema: &ReferenceOr<Schema>) -> ValueKind {
    let Some(schema) = resolve(doc, schema) else {
        return ValueKind::Json;
    };
    match &schema.schema_kind {
        SchemaKind::Type(Type::String(_)) => ValueKind::Text,
        SchemaKind::Type(Type::Number(_) | Type::Integer(_)) => ValueKind::Number,
        SchemaKind::Type(Type::Boolean(_)) => ValueKind::Boolean,
        // `Amount`: a number or a numeric string.
        SchemaKind::AnyOf { any_of: branches } | SchemaKind::OneOf { one_of: branches }
            if branches
                .iter()
                .any(|b| value_kind(doc, b) == ValueKind::Number) =>
        {
            ValueKind::Number
        }
        _ => ValueKind::Json,
    }
}

/// One attribute of a record kind.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attribute {
    pub name: String,
    pub kind: ValueKind,
    pub read_only: bool,
}

/// The attributes of a record kind, in spec order, without `custom` (a map of its own).
pub fn attributes(doc: &OpenAPI, kind: &RecordKind) -> Result<Vec<Attribute>> {
    let schema = component(doc, &kind.attributes_schema)
        .ok_or_else(|| format!("no schema `{}`", kind.attributes_schema))?;
    let SchemaKind::Type(Type::Object(object)) = &schema.schema_kind else {
        return Err(format!("`{}` is not an object schema", kind.attributes_schema).into());
    };
    Ok(object
        .properties
        .iter()
        .filter(|(name, _)| name.as_str() != "custom")
        .map(|(name, property)| {
            let property = property.clone().unbox();
            let read_only = property
                .as_item()
                .map(|s| s.schema_data.read_only)
                .or_else(|| resolve(doc, &property).map(|s| s.schema_data.read_only))
                .unwrap_or(false);
            Attribute {
                name: name.clone(),
                kind: value_kind(doc, &property),
                read_only,
            }
        })
        .collect())
}

/// The tags' descriptions, by tag name.
fn group_descriptions(doc: &OpenAPI) -> BTreeMap<String, String> {
    doc.tags
        .iter()
        .map(|t| {
            (
                t.name.replace('_', "-"),
                one_paragraph(t.description.as_deref().unwrap_or_default()),
            )
        })
        .collect()
}

fn kind_tokens(kind: ValueKind) -> TokenStream {
    match kind {
        ValueKind::Text => quote!(ValueKind::Text),
        ValueKind::Number => quote!(ValueKind::Number),
        ValueKind::Boolean => quote!(ValueKind::Boolean),
        ValueKind::Json => quote!(ValueKind::Json),
    }
}

fn params_tokens(params: &[Param]) -> TokenStream {
    let items = params.iter().map(|p| {
        let (wire, flag, help, kind) = (&p.wire, &p.flag, &p.help, kind_tokens(p.kind));
        quote!(Param { wire: #wire, flag: #flag, help: #help, kind: #kind })
    });
    quote!(&[#(#items),*])
}

fn option_tokens(value: Option<&str>) -> TokenStream {
    match value {
        Some(v) => quote!(Some(#v)),
        None => quote!(None),
    }
}

/// The formatted contents of `spiro-cli/src/generated.rs`.
pub fn render(spec: &Spec) -> Result<String> {
    let doc = &spec.doc;
    let commands = commands(spec)?;
    let descriptions = group_descriptions(doc);
    let mut groups: Vec<&str> = Vec::new();
    for c in &commands {
        if !groups.contains(&c.group.as_str()) {
            groups.push(&c.group);
        }
    }
    let groups = groups.iter().map(|g| {
        let about = descriptions.get(*g).cloned().unwrap_or_default();
        quote!(Group { name: #g, about: #about })
    });
    let kinds = model::record_kinds(doc)?;
    let mut records = Vec::new();
    for kind in &kinds {
        let attributes = attributes(doc, kind)?.into_iter().map(|a| {
            let (name, read_only, kind) = (&a.name, a.read_only, kind_tokens(a.kind));
            quote!(Attribute { name: #name, kind: #kind, read_only: #read_only })
        });
        let relationships = kind.relationships.iter().map(|r| &r.name);
        let (type_name, collection) = (&kind.type_name, &kind.collection);
        records.push(quote!(RecordKind {
            type_name: #type_name,
            collection: #collection,
            attributes: &[#(#attributes),*],
            relationships: &[#(#relationships),*],
        }));
    }
    let operations = commands.iter().map(|c| {
        let (id, group, verb, method, path) =
            (&c.operation_id, &c.group, &c.verb, &c.method, &c.path);
        let (summary, description, evidence) =
            (&c.summary, one_paragraph(&c.description), &c.evidence);
        let path_params = params_tokens(&c.path_params);
        let query_params = params_tokens(&c.query_params);
        let record = option_tokens(c.record.as_deref());
        let body = option_tokens(c.body.as_deref());
        let list = c.list;
        quote!(Operation {
            id: #id,
            group: #group,
            verb: #verb,
            method: #method,
            path: #path,
            summary: #summary,
            description: #description,
            evidence: #evidence,
            path_params: #path_params,
            query_params: #query_params,
            record: #record,
            list: #list,
            body: #body,
        })
    });
    let tokens = quote! {
        //! The catalog of the `spiro` command: every operation and record kind of the spec.

        use crate::catalog::{Attribute, Group, Operation, Param, RecordKind, ValueKind};

        /// The command groups (the spec's tags), in spec order.
        pub(crate) static GROUPS: &[Group] = &[#(#groups),*];

        /// Every record kind of the spec.
        pub(crate) static RECORDS: &[RecordKind] = &[#(#records),*];

        /// Every operation of the spec, in spec order.
        pub(crate) static OPERATIONS: &[Operation] = &[#(#operations),*];
    };
    let file: syn::File =
        syn::parse2(tokens).map_err(|e| format!("the CLI catalog is not valid Rust: {e}"))?;
    let code = progenitor_impl::space_out_items(prettyplease::unparse(&file))?;
    Ok(format!("{HEADER}{code}"))
}

/// The operations of the spec that have no entry in `catalog` (the text of a
/// `spiro-cli/src/generated.rs`).
pub fn missing_commands(spec: &Spec, catalog: &str) -> Vec<String> {
    spec.operations
        .iter()
        .filter(|o| !catalog.contains(&format!("id: {:?},", o.operation_id)))
        .map(|o| format!("{} ({} {})", o.operation_id, o.method, o.path))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stored() -> Spec {
        spec::load(&crate::root()).expect("spec")
    }

    #[test]
    fn every_operation_gets_a_noun_verb_command() {
        let spec = stored();
        let commands = commands(&spec).unwrap();
        assert_eq!(commands.len(), spec.operations.len());
        let find = |id: &str| commands.iter().find(|c| c.operation_id == id).unwrap();
        let names = |id: &str| {
            let c = find(id);
            (c.group.clone(), c.verb.clone())
        };
        assert_eq!(names("list_companies"), ("companies".into(), "list".into()));
        assert_eq!(
            names("update_quote_product"),
            ("quote-products".into(), "update".into())
        );
        assert_eq!(
            names("list_pipeline_opportunity_stages"),
            ("pipelines".into(), "opportunity-stages".into())
        );
        let list = find("list_companies");
        assert!(list.list && list.body.is_none());
        assert_eq!(list.record.as_deref(), Some("company"));
        let flags: Vec<&str> = list.query_params.iter().map(|p| p.flag.as_str()).collect();
        assert!(flags.contains(&"filter-updated-at-gte") && flags.contains(&"page-size"));
        assert!(!flags.iter().any(|f| f.contains("version")), "{flags:?}");
        let update = find("update_custom_object");
        let positional: Vec<&str> = update.path_params.iter().map(|p| p.wire.as_str()).collect();
        assert_eq!(positional, ["object_type", "id"]);
        assert_eq!(update.body.as_deref(), Some("custom_object"));
        assert_eq!(find("delete_company").record, None);
    }

    #[test]
    fn attribute_kinds_come_from_the_schemas() {
        let spec = stored();
        let kinds = model::record_kinds(&spec.doc).unwrap();
        let opportunity = kinds.iter().find(|k| k.schema == "Opportunity").unwrap();
        let attributes = attributes(&spec.doc, opportunity).unwrap();
        let get = |n: &str| attributes.iter().find(|a| a.name == n).unwrap();
        assert_eq!(get("name").kind, ValueKind::Text);
        assert_eq!(
            get("amount").kind,
            ValueKind::Number,
            "Amount: number or numeric string"
        );
        assert!(get("updated_at").read_only && !get("name").read_only);
        assert!(attributes.iter().all(|a| a.name != "custom"));
    }

    #[test]
    fn the_catalog_names_every_operation_and_check_sees_a_missing_one() {
        let spec = stored();
        let catalog = render(&spec).unwrap();
        assert!(missing_commands(&spec, &catalog).is_empty());
        let without = catalog.replace("id: \"get_pipeline\",", "id: \"renamed\",");
        assert_eq!(
            missing_commands(&spec, &without),
            ["get_pipeline (GET /pipelines/{id})"]
        );
    }

    #[test]
    fn two_operations_with_one_command_name_are_refused() {
        let text = r#"
openapi: 3.0.3
info: { title: t, version: "1" }
paths:
  /things:
    get:
      operationId: list_things
      tags: [things]
      x-spiro-evidence: { level: live, sources: [] }
      responses: { "200": { description: ok } }
  /things/all:
    get:
      operationId: list_all_things
      tags: [things]
      x-spiro-evidence: { level: live, sources: [] }
      responses: { "200": { description: ok } }
  /stuff:
    get:
      operationId: list_stuff
      tags: [things]
      x-spiro-evidence: { level: live, sources: [] }
      responses: { "200": { description: ok } }
components: { schemas: {} }
"#;
        let spec = spec::parse(text).unwrap();
        let err = commands(&spec).unwrap_err().to_string();
        assert!(
            err.contains("`list_things` and `list_stuff`") && err.contains("spiro things list"),
            "{err}"
        );
    }

    #[test]
    fn flag_names() {
        assert_eq!(flag_name("page[number]"), "page-number");
        assert_eq!(
            flag_name("filter[updated_at][gte]"),
            "filter-updated-at-gte"
        );
        assert_eq!(flag_name("per_page"), "per-page");
    }
}
