//! The layer between what progenitor generates and the API spiro-api's users see, derived
//! from the spec so that a new resource or operation needs no hand-written code:
//!
//! - progenitor's `Client::new` is removed and `new_with_client` made crate-private
//!   (`ClientBuilder` is the one way to a client);
//! - every builder's generated `send` becomes a crate-private `send_raw`, and a public
//!   `send()` (the decoded body) and `send_with_response()` (with status and headers) run it
//!   through `spiro_api::client::call::send`, the one place where progenitor's error becomes
//!   `spiro_api::Error`, with the operation's `Operation` (its id, and its method and path
//!   template from the spec, for the call and attempt spans);
//! - every builder gets `.options(CallOptions)` (per-call timeout and retry policy): a field
//!   added to progenitor's builder struct, initialised in `new` and carried to `call::send`;
//! - every `send_raw` builds its request without progenitor's `api-version` header map (the
//!   `pre` hook sets Spiro's `X-Api-Version`) and adds an optional query parameter only when
//!   it is set (each `.query(..)` rewrites the URL's query even for an unset one): the same
//!   request, with less work on every call (see the README's benchmarks);
//! - create and update builders get `.attributes(..)` and one method per relationship of the
//!   record (taking a typed `Id` of the spec's related type), each editing its part of the
//!   body in place; an update's body carries the path's id; their `Client` methods' docs get
//!   an example that compiles;
//! - every record type gets `Resource`, one accessor per attribute and one per relationship
//!   (the related type fixed by the spec's `x-spiro-relationships`);
//! - every paged list builder gets `ListOperation`;
//! - the JSON:API envelope is spiro-api's hand-written one (`document/`): its schemas are
//!   replaced ([`envelope_replacements`]) and re-exported into `types`, where each record's
//!   `XDocument` and `XListDocument` are aliases of `Document<X>` and `ListDocument<X>`. So
//!   what the spec (or `cargo xtask learn`) says of records' attributes never changes the
//!   envelope's types.

use std::collections::{BTreeMap, BTreeSet};

use heck::ToPascalCase;
use openapiv3::{OpenAPI, ReferenceOr, SchemaKind, Type};
use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use crate::Result;
use crate::lenient::Replacement;
use crate::model::{RESERVED_NAMES, object_property, reference_name};

/// The envelope's shared schemas, each replaced by the spiro-api type of the same name in
/// `document/`.
const ENVELOPE: &[&str] = &[
    "Pagination",
    "ListMeta",
    "IncludedResource",
    "ErrorDocument",
    "ErrorObject",
    "ErrorSource",
];

/// A document schema: `data` is one record of schema `record` (`Document<record>`), or a list
/// of them (`ListDocument<record>`).
struct EnvelopeDocument {
    name: String,
    record: String,
    list: bool,
    description: Option<String>,
}

/// The document schemas of the spec: every schema whose `data` is a record schema (`$ref`) or
/// an array of them.
fn envelope_documents(doc: &OpenAPI) -> Result<Vec<EnvelopeDocument>> {
    let Some(components) = doc.components.as_ref() else {
        return Ok(Vec::new());
    };
    let schemas = &components.schemas;
    let kinds = crate::model::record_kinds(doc)?;
    let mut out = Vec::new();
    for (name, schema) in schemas {
        let Some(schema) = schema.as_item() else {
            continue;
        };
        let SchemaKind::Type(Type::Object(object)) = &schema.schema_kind else {
            continue;
        };
        let Some(data) = object.properties.get("data") else {
            continue;
        };
        let (record, list) = match data {
            ReferenceOr::Reference { reference } => (
                reference.rsplit('/').next().unwrap_or_default().to_owned(),
                false,
            ),
            ReferenceOr::Item(data) => match &data.schema_kind {
                SchemaKind::Type(Type::Array(array)) => match &array.items {
                    Some(ReferenceOr::Reference { reference }) => (
                        reference.rsplit('/').next().unwrap_or_default().to_owned(),
                        true,
                    ),
                    _ => continue,
                },
                _ => continue,
            },
        };
        if !kinds.iter().any(|k| k.schema == record) {
            continue; // a request body (`XWriteDocument`), not a document Spiro sends
        }
        out.push(EnvelopeDocument {
            name: name.clone(),
            record,
            list,
            description: schema.schema_data.description.clone(),
        });
    }
    Ok(out)
}

/// The schemas of the JSON:API envelope, replaced by spiro-api's hand-written types: the shared
/// ones ([`ENVELOPE`]) and every document schema (by `Document<X>` or `ListDocument<X>`).
pub fn envelope_replacements(doc: &OpenAPI) -> Result<Vec<Replacement>> {
    let mut out: Vec<Replacement> = ENVELOPE
        .iter()
        .map(|name| Replacement {
            schema: (*name).to_owned(),
            rust: format!("crate::document::{name}"),
        })
        .collect();
    for document in envelope_documents(doc)? {
        let generic = if document.list {
            "ListDocument"
        } else {
            "Document"
        };
        out.push(Replacement {
            schema: document.name,
            rust: format!(
                "crate::document::{generic}<crate::types::{}>",
                document.record
            ),
        });
    }
    Ok(out)
}

/// The envelope in `mod types`: the hand-written types re-exported, and one alias per document
/// schema.
fn envelope_items(doc: &OpenAPI) -> Result<TokenStream> {
    let shared = ENVELOPE.iter().map(|name| format_ident!("{name}"));
    let mut aliases = Vec::new();
    for document in envelope_documents(doc)? {
        let (name, record) = (
            format_ident!("{}", document.name),
            format_ident!("{}", document.record),
        );
        let (generic, what) = if document.list {
            (quote!(ListDocument), "records")
        } else {
            (quote!(Document), "record")
        };
        let summary = document
            .description
            .unwrap_or_else(|| format!("A document of {} {what}.", document.record));
        let detail = format!(
            " The JSON:API envelope is spiro-api's own, for every record type alike: [`{}`]`<`[`{}`]`>`.",
            if document.list {
                "ListDocument"
            } else {
                "Document"
            },
            document.record
        );
        aliases.push(quote! {
            #[doc = #summary]
            #[doc = ""]
            #[doc = #detail]
            pub type #name = #generic<#record>;
        });
    }
    Ok(quote! {
        pub use crate::document::{Document, ListDocument, Links #(, #shared)*};
        #(#aliases)*
    })
}

/// Rewrites the generated `builder` module's `send` methods and appends the glue.
pub fn apply(doc: &OpenAPI, file: &mut syn::File) -> Result<()> {
    hide_constructors(file)?;
    let sends = rename_sends(file)?;
    add_call_options(file, &sends)?;
    lean_requests(file)?;
    let operations = operation_targets(doc)?;
    let attributes = attribute_fields(file)?;
    let resources = resources(doc)?;
    let writes = write_operations(doc, &resources)?;
    write_bodies(file, &writes)?;
    write_examples(file, &writes, &resources, &attributes)?;

    let mut builder_items = Vec::new();
    let mut lookup = Vec::new();
    for send in &sends {
        let (builder, output, docs) = (&send.builder, &send.output, &send.docs);
        let update = writes.iter().find(|w| w.builder == *builder && w.path_id);
        let (id, call_name, attempt_name, template) = operations
            .get(&builder.to_string())
            .ok_or_else(|| format!("`{builder}` is the builder of no operation of the spec"))?;
        let raw = match update {
            Some(_) => quote!(self.with_path_id().send_raw()),
            None => quote!(self.send_raw()),
        };
        let returns = match output {
            syn::Type::Tuple(t) if t.elems.is_empty() => "Returns `Ok(())` on success",
            _ => "Returns the decoded body",
        };
        let returns = format!(
            " {returns}, or [`crate::Error`] for anything that went wrong (an error status with \
             its body decoded, a revoked grant, a body that does not decode, …). \
             [`send_with_response`](Self::send_with_response) also returns the status and headers."
        );
        lookup.push(quote!(#id => Some(&#builder::OPERATION),));
        builder_items.push(quote! {
            impl #builder<'_> {
                /// What the spans of this operation are named after.
                const OPERATION: crate::client::Operation = crate::client::Operation {
                    id: #id,
                    call_name: #call_name,
                    attempt: crate::client::Target { name: #attempt_name, template: Some(#template) },
                };

                /// Overrides the client's timeout and retry policy for this call (and, for a
                /// list, every page of it).
                pub fn options(mut self, options: crate::CallOptions) -> Self {
                    self.options = options;
                    self
                }

                #(#docs)*
                ///
                #[doc = #returns]
                pub async fn send(mut self) -> crate::Result<#output> {
                    let (client, options) = (self.client, std::mem::take(&mut self.options));
                    crate::client::call::send(client, &Self::OPERATION, options, #raw)
                        .await
                        .map(ResponseValue::into_inner)
                }

                /// Like [`send`](Self::send), with the status and headers of the response.
                pub async fn send_with_response(mut self) -> crate::Result<crate::Response<#output>> {
                    let (client, options) = (self.client, std::mem::take(&mut self.options));
                    crate::client::call::send(client, &Self::OPERATION, options, #raw)
                        .await
                        .map(crate::Response::from_progenitor)
                }
            }
        });
    }
    for write in &writes {
        builder_items.push(write_methods(file, write, &resources)?);
    }
    builder_items.push(quote! {
        /// The operation of the spec with this id (for requests made by method and path that
        /// name it: `Client::request(..).operation_id(..)`).
        pub(crate) fn operation(id: &str) -> Option<&'static crate::client::Operation> {
            match id {
                #(#lookup)*
                _ => None,
            }
        }
    });
    let items = builder_module_items(file)?;
    let injected: syn::File = syn::parse2(quote!(#(#builder_items)*))
        .map_err(|e| format!("glue for `mod builder` is invalid Rust: {e}"))?;
    items.extend(injected.items);

    let envelope: syn::File = syn::parse2(envelope_items(doc)?)
        .map_err(|e| format!("the envelope's items are invalid Rust: {e}"))?;
    types_module(file)?.extend(envelope.items);

    let glue = glue_module(doc, &resources, &attributes)?;
    let glue: syn::File =
        syn::parse2(glue).map_err(|e| format!("the glue module is invalid Rust: {e}"))?;
    file.items.extend(glue.items);
    Ok(())
}

/// One generated `send`, renamed.
struct Send {
    builder: syn::Ident,
    /// `T` of its `Result<ResponseValue<T>, Error<()>>`.
    output: syn::Type,
    docs: Vec<syn::Attribute>,
}

/// The items of the top-level `mod builder` (progenitor's operation builders).
fn builder_module_items(file: &mut syn::File) -> Result<&mut Vec<syn::Item>> {
    let builder = file
        .items
        .iter_mut()
        .find_map(|item| match item {
            syn::Item::Mod(m) if m.ident == "builder" => Some(m),
            _ => None,
        })
        .ok_or("progenitor emitted no `mod builder`")?;
    Ok(&mut builder
        .content
        .as_mut()
        .ok_or("`mod builder` has no body")?
        .1)
}

/// Every method named `name` in the impl blocks of `mod builder`'s items, with the name of
/// the builder it belongs to.
fn methods_named<'a>(
    items: &'a mut [syn::Item],
    name: &'a str,
) -> impl Iterator<Item = (syn::Ident, &'a mut syn::ImplItemFn)> + 'a {
    items.iter_mut().flat_map(move |item| {
        let block = match item {
            syn::Item::Impl(block) => Some(block),
            _ => None,
        };
        let builder = block.as_ref().and_then(|block| match &*block.self_ty {
            syn::Type::Path(self_ty) => self_ty.path.segments.last().map(|s| s.ident.clone()),
            _ => None,
        });
        let methods = match (block, builder) {
            (Some(block), Some(builder)) => Some((builder, block.items.iter_mut())),
            _ => None,
        };
        methods.into_iter().flat_map(move |(builder, members)| {
            members.filter_map(move |member| match member {
                syn::ImplItem::Fn(method) if method.sig.ident == name => {
                    Some((builder.clone(), method))
                }
                _ => None,
            })
        })
    })
}

/// Removes progenitor's `Client::new` and makes `Client::new_with_client` crate-private: they
/// skip the checks, headers and timeouts of `ClientBuilder`, which is the one way to a client.
/// Hides progenitor's `ClientInfo` impl from the docs (the hooks' way to the client's state).
fn hide_constructors(file: &mut syn::File) -> Result<()> {
    let (mut removed, mut hidden, mut hidden_traits) = (0, 0, 0);
    for item in &mut file.items {
        let syn::Item::Impl(block) = item else {
            continue;
        };
        let syn::Type::Path(self_ty) = &*block.self_ty else {
            continue;
        };
        if !self_ty.path.is_ident("Client") {
            continue;
        }
        if let Some((trait_, _)) = &block.trait_ {
            // progenitor's `ClientInfo` is how the hooks reach the client's state, not user API.
            if trait_
                .segments
                .last()
                .is_some_and(|s| s.ident == "ClientInfo")
            {
                block.attrs.push(syn::parse_quote!(#[doc(hidden)]));
                hidden_traits += 1;
            }
            continue;
        }
        block.items.retain(|member| {
            let is_new = matches!(member, syn::ImplItem::Fn(m) if m.sig.ident == "new");
            removed += usize::from(is_new);
            !is_new
        });
        for member in &mut block.items {
            if let syn::ImplItem::Fn(method) = member
                && method.sig.ident == "new_with_client"
            {
                method.vis = syn::parse_quote!(pub(crate));
                hidden += 1;
            }
        }
    }
    if (removed, hidden, hidden_traits) != (1, 1, 1) {
        return Err(format!(
            "expected progenitor's `Client::new`, `Client::new_with_client` and `impl ClientInfo \
             for Client`, found {removed}, {hidden} and {hidden_traits}"
        )
        .into());
    }
    Ok(())
}

/// Renames every builder's `send` to `send_raw`, visible to the generated module only.
fn rename_sends(file: &mut syn::File) -> Result<Vec<Send>> {
    let items = builder_module_items(file)?;
    let mut out = Vec::new();
    for (builder, method) in methods_named(items, "send") {
        let output = success_type(&method.sig.output).ok_or_else(|| {
            format!("`{builder}::send` does not return Result<ResponseValue<T>, Error<()>>")
        })?;
        let (docs, rest): (Vec<_>, Vec<_>) = std::mem::take(&mut method.attrs)
            .into_iter()
            .partition(|a| a.path().is_ident("doc"));
        method.attrs = rest;
        method.sig.ident = format_ident!("send_raw");
        method.vis = syn::parse_quote!(pub(super));
        out.push(Send {
            builder,
            output,
            docs,
        });
    }
    if out.is_empty() {
        return Err("no `send` methods found in progenitor's `mod builder`".into());
    }
    Ok(out)
}

/// Adds an `options: crate::CallOptions` field to every builder with a `send`: declared in its
/// struct, set to the default in its `new`, and passed over (`..`) where `send_raw` takes the
/// builder apart.
fn add_call_options(file: &mut syn::File, sends: &[Send]) -> Result<()> {
    let items = builder_module_items(file)?;
    let names: BTreeSet<String> = sends.iter().map(|s| s.builder.to_string()).collect();
    let (mut fields, mut inits, mut rests) = (0, 0, 0);
    for item in items.iter_mut() {
        match item {
            syn::Item::Struct(s) if names.contains(&s.ident.to_string()) => {
                let syn::Fields::Named(named) = &mut s.fields else {
                    return Err(format!("builder `{}` has no named fields", s.ident).into());
                };
                named
                    .named
                    .push(syn::parse_quote!(options: crate::CallOptions));
                fields += 1;
            }
            syn::Item::Impl(block) if block.trait_.is_none() => {
                let syn::Type::Path(ty) = &*block.self_ty else {
                    continue;
                };
                if !ty
                    .path
                    .segments
                    .last()
                    .is_some_and(|s| names.contains(&s.ident.to_string()))
                {
                    continue;
                }
                for member in &mut block.items {
                    let syn::ImplItem::Fn(method) = member else {
                        continue;
                    };
                    if method.sig.ident == "new" {
                        if let Some(syn::Stmt::Expr(syn::Expr::Struct(init), None)) =
                            method.block.stmts.last_mut()
                        {
                            init.fields.push(
                                syn::parse_quote!(options: ::std::default::Default::default()),
                            );
                            inits += 1;
                        }
                    } else if method.sig.ident == "send_raw" {
                        for stmt in &mut method.block.stmts {
                            if let syn::Stmt::Local(local) = stmt
                                && let syn::Pat::Struct(pattern) = &mut local.pat
                                && pattern.path.is_ident("Self")
                            {
                                pattern.rest = Some(syn::PatRest {
                                    attrs: Vec::new(),
                                    dot2_token: Default::default(),
                                });
                                rests += 1;
                            }
                        }
                    }
                }
            }
            _ => {}
        }
    }
    let n = sends.len();
    if (fields, inits, rests) != (n, n, n) {
        return Err(format!(
            "expected {n} builders with a struct, a `new` and a `send_raw` that takes `Self` apart; \
             found {fields}, {inits} and {rests}"
        )
        .into());
    }
    Ok(())
}

/// Rewrites how every `send_raw` builds its request. progenitor emits
///
/// ```text
/// let mut header_map = HeaderMap::with_capacity(1usize);
/// header_map.append("api-version", ..);
/// let mut request = client.client.get(url).header(ACCEPT, ..)[.json(&body)]
///     .query(&QueryParam::new("include", &include))…
///     .headers(header_map)
///     .build()?;
/// ```
///
/// The header map is dropped (the `pre` hook sets `X-Api-Version`, Spiro's name; it used to
/// remove progenitor's `api-version` again), and each query parameter whose builder field is
/// optional (`Result<Option<_>, String>`) is added only when set: an unset one adds nothing to
/// the URL, but `.query(..)` still rewrites its query string. The request sent is the same.
fn lean_requests(file: &mut syn::File) -> Result<()> {
    let items = builder_module_items(file)?;
    let optional: BTreeMap<String, BTreeSet<String>> = items
        .iter()
        .filter_map(|item| match item {
            syn::Item::Struct(s) => Some((
                s.ident.to_string(),
                s.fields
                    .iter()
                    .filter(|f| {
                        let ty = &f.ty;
                        quote!(#ty)
                            .to_string()
                            .replace(' ', "")
                            .starts_with("Result<Option<")
                    })
                    .filter_map(|f| f.ident.as_ref().map(ToString::to_string))
                    .collect(),
            )),
            _ => None,
        })
        .collect();
    let (mut sends, mut leaned) = (0, 0);
    for (builder, method) in methods_named(items, "send_raw") {
        sends += 1;
        let optional = optional
            .get(&builder.to_string())
            .cloned()
            .unwrap_or_default();
        let stmts = std::mem::take(&mut method.block.stmts);
        let mut out = Vec::with_capacity(stmts.len());
        let mut removed = 0;
        for stmt in stmts {
            if uses_header_map(&stmt) {
                removed += 1;
                continue;
            }
            match lean_request(&stmt, &optional)
                .map_err(|e| format!("`{builder}::send_raw`: {e}"))?
            {
                Some(replacement) => {
                    removed += 1;
                    out.extend(replacement);
                }
                None => out.push(stmt),
            }
        }
        method.block.stmts = out;
        if removed != 3 {
            return Err(format!(
                "`{builder}::send_raw`: expected progenitor's `header_map` (declared, appended \
                 to) and a `request` built with `.headers(header_map).build()?`"
            )
            .into());
        }
        leaned += 1;
    }
    if sends == 0 || leaned != sends {
        return Err(format!("rewrote the requests of {leaned} of {sends} `send_raw`").into());
    }
    Ok(())
}

/// Whether `stmt` declares progenitor's `header_map` or appends to it.
fn uses_header_map(stmt: &syn::Stmt) -> bool {
    match stmt {
        syn::Stmt::Local(local) => {
            matches!(&local.pat, syn::Pat::Ident(p) if p.ident == "header_map")
        }
        syn::Stmt::Expr(syn::Expr::MethodCall(call), _) => {
            matches!(&*call.receiver, syn::Expr::Path(p) if p.path.is_ident("header_map"))
        }
        _ => false,
    }
}

/// For `let mut request = <builder>.query(..)….headers(header_map).build()?;`, the statements
/// that build the same request without the header map, adding optional query parameters
/// only when set; `None` for any other statement.
fn lean_request(
    stmt: &syn::Stmt,
    optional: &BTreeSet<String>,
) -> std::result::Result<Option<Vec<syn::Stmt>>, String> {
    let syn::Stmt::Local(local) = stmt else {
        return Ok(None);
    };
    if !matches!(&local.pat, syn::Pat::Ident(p) if p.ident == "request") {
        return Ok(None);
    }
    let init = local
        .init
        .as_ref()
        .ok_or("`request` is declared without a value")?;
    let syn::Expr::Try(built) = &*init.expr else {
        return Err("`request` is not `….build()?`".into());
    };
    let syn::Expr::MethodCall(build) = &*built.expr else {
        return Err("`request` is not `….build()?`".into());
    };
    let syn::Expr::MethodCall(headers) = &*build.receiver else {
        return Err(
            "the request's last step before `.build()` is not `.headers(header_map)`".into(),
        );
    };
    let is_header_map = |args: &syn::punctuated::Punctuated<syn::Expr, syn::Token![,]>| {
        args.len() == 1 && matches!(&args[0], syn::Expr::Path(p) if p.path.is_ident("header_map"))
    };
    if build.method != "build" || headers.method != "headers" || !is_header_map(&headers.args) {
        return Err("the request is not built with `.headers(header_map).build()?`".into());
    }
    let mut base = &*headers.receiver;
    let mut queries = Vec::new();
    while let syn::Expr::MethodCall(call) = base
        && call.method == "query"
    {
        queries.push(&call.args);
        base = &*call.receiver;
    }
    queries.reverse();
    let mut out: Vec<syn::Stmt> = vec![syn::parse_quote! {
        #[allow(unused_mut)]
        let mut request = #base;
    }];
    for args in queries {
        let param = query_parameter(args)
            .ok_or("a `.query(..)` is not `&QueryParam::new(\"name\", &field)`")?;
        out.push(if optional.contains(&param.to_string()) {
            syn::parse_quote! {
                if #param.is_some() {
                    request = request.query(#args);
                }
            }
        } else {
            syn::parse_quote! { request = request.query(#args); }
        });
    }
    let attrs = &local.attrs;
    out.push(syn::parse_quote! {
        #(#attrs)*
        let mut request = request.build()?;
    });
    Ok(Some(out))
}

/// `field` of a `.query(&progenitor_client::QueryParam::new("name", &field))` call's arguments.
fn query_parameter(
    args: &syn::punctuated::Punctuated<syn::Expr, syn::Token![,]>,
) -> Option<&syn::Ident> {
    let [syn::Expr::Reference(param)] = args.iter().collect::<Vec<_>>()[..] else {
        return None;
    };
    let syn::Expr::Call(new) = &*param.expr else {
        return None;
    };
    let syn::Expr::Path(function) = &*new.func else {
        return None;
    };
    let names_query_param = function
        .path
        .segments
        .iter()
        .map(|s| s.ident.to_string())
        .eq(["progenitor_client", "QueryParam", "new"]);
    let [_, syn::Expr::Reference(value)] = new.args.iter().collect::<Vec<_>>()[..] else {
        return None;
    };
    let syn::Expr::Path(value) = &*value.expr else {
        return None;
    };
    if !names_query_param {
        return None;
    }
    value.path.get_ident()
}

/// For every operation, by builder name: its id, the name of its call span
/// (`spiro.<operation_id>`), the name of its attempt spans (`{METHOD} {path template}`) and its
/// path template, all from the spec.
fn operation_targets(doc: &OpenAPI) -> Result<BTreeMap<String, (String, String, String, String)>> {
    let mut out = BTreeMap::new();
    for (path, method, op) in doc.operations() {
        let id = op
            .operation_id
            .clone()
            .ok_or_else(|| format!("{method} {path} has no operationId"))?;
        out.insert(
            id.to_pascal_case(),
            (
                id.clone(),
                format!("spiro.{id}"),
                format!("{} {path}", method.to_uppercase()),
                path.to_owned(),
            ),
        );
    }
    Ok(out)
}

/// `T` in `-> Result<ResponseValue<T>, Error<()>>`.
fn success_type(output: &syn::ReturnType) -> Option<syn::Type> {
    let syn::ReturnType::Type(_, ty) = output else {
        return None;
    };
    let response_value = first_generic(ty, "Result")?;
    first_generic(&response_value, "ResponseValue")
}

/// `X` in `<name><X, ..>`.
fn first_generic(ty: &syn::Type, name: &str) -> Option<syn::Type> {
    let syn::Type::Path(path) = ty else {
        return None;
    };
    let last = path.path.segments.last()?;
    if last.ident != name {
        return None;
    }
    let syn::PathArguments::AngleBracketed(args) = &last.arguments else {
        return None;
    };
    args.args.iter().find_map(|a| match a {
        syn::GenericArgument::Type(t) => Some(t.clone()),
        _ => None,
    })
}

/// The items of the top-level `mod types` (progenitor's types).
fn types_module(file: &mut syn::File) -> Result<&mut Vec<syn::Item>> {
    file.items
        .iter_mut()
        .find_map(|item| match item {
            syn::Item::Mod(m) if m.ident == "types" => m.content.as_mut().map(|c| &mut c.1),
            _ => None,
        })
        .ok_or_else(|| "progenitor emitted no `mod types`".into())
}

/// The fields of every `…Attributes` struct in `mod types`, by struct name.
fn attribute_fields(file: &syn::File) -> Result<BTreeMap<String, Vec<syn::Field>>> {
    let types = file
        .items
        .iter()
        .find_map(|item| match item {
            syn::Item::Mod(m) if m.ident == "types" => m.content.as_ref(),
            _ => None,
        })
        .ok_or("progenitor emitted no `mod types`")?;
    Ok(types
        .1
        .iter()
        .filter_map(|item| match item {
            syn::Item::Struct(s) if s.ident.to_string().ends_with("Attributes") => Some((
                s.ident.to_string(),
                s.fields.iter().cloned().collect::<Vec<_>>(),
            )),
            _ => None,
        })
        .collect())
}

/// One accessor per attribute: `Option<&str>` for text (`String` or `Text`), the value for `Copy` scalars,
/// `Option<&T>` otherwise. `custom` is left to `Resource::custom_fields`.
fn attribute_accessors(fields: &[syn::Field]) -> Result<Vec<TokenStream>> {
    let mut out = Vec::new();
    for field in fields {
        let name = field
            .ident
            .as_ref()
            .ok_or("an attributes struct has unnamed fields")?;
        if name == "custom" {
            continue;
        }
        let docs: Vec<_> = field
            .attrs
            .iter()
            .filter(|a| a.path().is_ident("doc"))
            .collect();
        let inner = first_generic(&field.ty, "Option").map(|t| in_types_module(&t));
        let (returns, body) = match &inner {
            None => {
                let ty = in_types_module(&field.ty);
                (
                    quote!(Option<&#ty>),
                    quote!(self.attributes.as_ref().map(|a| &a.#name)),
                )
            }
            // `Text` (a lenient text attribute, see `lenient.rs`) reads as text too, whatever
            // JSON type it arrived as.
            Some(inner) if last_ident(inner).is_some_and(|i| i == "Text") => (
                quote!(Option<&str>),
                quote!(self.attributes.as_ref().and_then(|a| a.#name.as_ref()).map(crate::Text::as_str)),
            ),
            Some(inner) if last_ident(inner).is_some_and(|i| i == "String") => (
                quote!(Option<&str>),
                quote!(self.attributes.as_ref().and_then(|a| a.#name.as_deref())),
            ),
            Some(inner)
                if last_ident(inner).is_some_and(|i| {
                    ["bool", "f32", "f64", "i32", "i64", "u32", "u64"].contains(&i.as_str())
                }) =>
            {
                (
                    quote!(Option<#inner>),
                    quote!(self.attributes.as_ref().and_then(|a| a.#name)),
                )
            }
            Some(inner) => (
                quote!(Option<&#inner>),
                quote!(self.attributes.as_ref().and_then(|a| a.#name.as_ref())),
            ),
        };
        out.push(quote! {
            #(#docs)*
            ///
            /// `None` when Spiro did not send it (or the record came without attributes).
            pub fn #name(&self) -> #returns {
                #body
            }
        });
    }
    Ok(out)
}

/// `ty` as the `glue` module names it: a type that typify generated (`OpportunityAttributesPriority`,
/// named without a path inside `mod types`) gets its `types::` prefix, inside generic arguments
/// too; paths (`crate::Text`, `::std::string::String`) and primitives stay as they are.
fn in_types_module(ty: &syn::Type) -> syn::Type {
    let syn::Type::Path(path) = ty else {
        return ty.clone();
    };
    let mut path = path.clone();
    for segment in &mut path.path.segments {
        if let syn::PathArguments::AngleBracketed(args) = &mut segment.arguments {
            for arg in &mut args.args {
                if let syn::GenericArgument::Type(t) = arg {
                    *t = in_types_module(t);
                }
            }
        }
    }
    let generated = path.qself.is_none()
        && path.path.leading_colon.is_none()
        && path.path.segments.len() == 1
        && path.path.segments[0]
            .ident
            .to_string()
            .starts_with(|c: char| c.is_ascii_uppercase())
        && !["Option", "Vec", "String", "Box"]
            .contains(&path.path.segments[0].ident.to_string().as_str());
    if generated {
        path.path.segments.insert(0, format_ident!("types").into());
    }
    syn::Type::Path(path)
}

fn last_ident(ty: &syn::Type) -> Option<String> {
    match ty {
        syn::Type::Path(p) => p.path.segments.last().map(|s| s.ident.to_string()),
        _ => None,
    }
}

/// `mod glue`: `Resource` impls, accessors and `ListOperation` impls.
fn glue_module(
    doc: &OpenAPI,
    resources: &[ResourceSchema],
    attributes: &BTreeMap<String, Vec<syn::Field>>,
) -> Result<TokenStream> {
    let mut impls = Vec::new();
    for resource in resources {
        let name = &resource.name;
        let type_string = &resource.type_string;
        let (record, attrs, write_attrs) = (
            format_ident!("{name}"),
            format_ident!("{name}Attributes"),
            format_ident!("{name}WriteAttributes"),
        );
        let write_document = format_ident!("{name}WriteDocument");
        let fields = attributes
            .get(&format!("{name}Attributes"))
            .ok_or_else(|| format!("progenitor emitted no `{name}Attributes` struct"))?;
        let mut taken: BTreeSet<String> = RESERVED_NAMES.iter().map(|s| s.to_string()).collect();
        for field in fields
            .iter()
            .filter_map(|f| f.ident.as_ref())
            .filter(|i| *i != "custom")
        {
            if !taken.insert(field.to_string()) {
                return Err(format!(
                    "attribute `{field}` of `{name}` would shadow a method every record has"
                )
                .into());
            }
        }
        let accessors = attribute_accessors(fields)?;
        let write_fields: Vec<&syn::Ident> = attributes
            .get(&format!("{name}WriteAttributes"))
            .ok_or_else(|| format!("progenitor emitted no `{name}WriteAttributes` struct"))?
            .iter()
            .filter_map(|f| f.ident.as_ref())
            .collect();
        let from_doc = format!(
            " The attributes of a {name} that a request may send, from those Spiro sent: the \
             read-only ones are left out. For writing back a record that was read."
        );
        let mut relationships = Vec::new();
        for rel in &resource.relationships {
            let method = format_ident!("{}", rel.name);
            if !taken.insert(rel.name.clone()) {
                return Err(format!(
                    "relationship `{}` of `{name}` has the name of an attribute or of a method every record has",
                    rel.name
                )
                .into());
            }
            let target = format_ident!("{}", rel.schema);
            let wire = &rel.name;
            relationships.push(match rel.many {
                false => {
                    let summary = format!(
                        " The [`{0}`](types::{0}) that relationship `{wire}` points at, from a \
                         document's `included`.",
                        rel.schema
                    );
                    let detail = format!(
                        " `Ok(None)` when the relationship is absent or empty; \
                         `Err(Error::Include(IncludeError::MissingFromIncluded {{ .. }}))` when it \
                         points at a record that `included` lacks (request it with \
                         `include(\"{wire}\")`)."
                    );
                    let doc = quote! {
                        #[doc = #summary]
                        #[doc = ""]
                        #[doc = #detail]
                    };
                    quote! {
                        #doc
                        pub fn #method(
                            &self,
                            included: &[types::IncludedResource],
                        ) -> crate::Result<Option<types::#target>> {
                            crate::document::resource::to_one(self.relationships.as_ref(), #wire, included)
                        }
                    }
                }
                true => {
                    let doc = format!(
                        " The [`{}`](types::{}) records that relationship `{wire}` points at, in order, from a \
                         document's `included`. Empty when the relationship is absent; an item is \
                         `Err(Error::Include(IncludeError::MissingFromIncluded {{ .. }}))` when `included` lacks it.",
                        rel.schema, rel.schema
                    );
                    quote! {
                        #[doc = #doc]
                        pub fn #method<'a>(
                            &'a self,
                            included: &'a [types::IncludedResource],
                        ) -> impl Iterator<Item = crate::Result<types::#target>> + 'a {
                            crate::document::resource::to_many(self.relationships.as_ref(), #wire, included)
                        }
                    }
                }
            });
        }
        impls.push(quote! {
            impl types::#record {
                #(#accessors)*
                #(#relationships)*
            }

            impl From<types::#attrs> for types::#write_attrs {
                #[doc = #from_doc]
                fn from(attributes: types::#attrs) -> Self {
                    Self {
                        #(#write_fields: attributes.#write_fields,)*
                    }
                }
            }

            impl crate::Resource for types::#record {
                type Attributes = types::#attrs;
                type WriteAttributes = types::#write_attrs;
                type WriteDocument = types::#write_document;
                const TYPE: &'static str = #type_string;
                fn id(&self) -> &crate::ResourceId { &self.id }
                fn resource_type(&self) -> &str { &self.type_ }
                fn attributes(&self) -> Option<&types::#attrs> { self.attributes.as_ref() }
                fn relationships(&self) -> Option<&types::Relationships> { self.relationships.as_ref() }
                fn custom_fields(&self) -> Option<&crate::CustomFields> {
                    self.attributes.as_ref().and_then(|a| a.custom.as_ref())
                }
            }
        });
    }
    let mut lists = Vec::new();
    for (operation_id, document, item) in list_operations(doc)? {
        let builder = format_ident!("{}", operation_id.to_pascal_case());
        let (document, item) = (format_ident!("{document}"), format_ident!("{item}"));
        lists.push(quote! {
            impl crate::ListOperation for builder::#builder<'_> {
                type Item = types::#item;
                const OPERATION: &'static str = #operation_id;
                fn fetch_page(
                    self,
                    number: i64,
                    size: Option<i64>,
                ) -> impl ::std::future::Future<Output = crate::Result<types::#document>> + Send {
                    let request = self.page_number(number);
                    let request = match size {
                        Some(size) => request.page_size(size),
                        None => request,
                    };
                    request.send()
                }
            }
        });
    }
    Ok(quote! {
        /// Connects the generated types and builders to spiro-api's traits, and adds the
        /// accessors of every record type.
        mod glue {
            use super::{builder, types};
            #(#impls)*
            #(#lists)*
        }
    })
}

/// A record schema.
struct ResourceSchema {
    name: String,
    /// The `type` string (its `type` property's example).
    type_string: String,
    relationships: Vec<RelationshipSchema>,
}

/// One entry of a record schema's `x-spiro-relationships`.
struct RelationshipSchema {
    name: String,
    many: bool,
    /// The related record's schema.
    schema: String,
}

/// A write operation: a `POST` or `PUT` whose body is a record's `…WriteDocument`.
struct WriteOperation {
    id: String,
    builder: syn::Ident,
    resource: String,
    /// Whether its path has the record's `id` (an update), which its body then carries.
    path_id: bool,
    /// Its other path parameters: the builder's setter and an example value (the spec's, or
    /// the parameter's name).
    path_params: Vec<(syn::Ident, String)>,
}

fn write_operations(doc: &OpenAPI, resources: &[ResourceSchema]) -> Result<Vec<WriteOperation>> {
    let mut out = Vec::new();
    for (_, method, op) in doc.operations() {
        if method != "put" && method != "post" {
            continue;
        }
        let Some(ReferenceOr::Item(body)) = &op.request_body else {
            continue;
        };
        let Some(document) = body
            .content
            .get("application/json")
            .and_then(|m| m.schema.as_ref())
            .and_then(reference_name)
        else {
            continue;
        };
        let Some(resource) = resources
            .iter()
            .find(|r| document == format!("{}WriteDocument", r.name))
        else {
            continue;
        };
        let id = op
            .operation_id
            .clone()
            .ok_or("an operation has no operationId")?;
        let (mut path_id, mut path_params) = (false, Vec::new());
        for param in &op.parameters {
            let Some(param @ openapiv3::Parameter::Path { .. }) =
                crate::spec::resolve_parameter(doc, param)
            else {
                continue;
            };
            let data = param.parameter_data_ref();
            if data.name == "id" {
                path_id = true;
                continue;
            }
            let example = data
                .example
                .as_ref()
                .and_then(|e| e.as_str())
                .unwrap_or(&data.name);
            path_params.push((
                format_ident!("{}", crate::spec::rust_name(&data.name)),
                example.to_owned(),
            ));
        }
        if method == "put" && !path_id {
            return Err(format!("update `{id}` has no `id` path parameter").into());
        }
        out.push(WriteOperation {
            builder: format_ident!("{}", id.to_pascal_case()),
            id,
            resource: resource.name.clone(),
            path_id,
            path_params,
        });
    }
    Ok(out)
}

/// Starts every write builder's body as an empty write of its record type (the spec's type
/// string, no attributes, no relationships) instead of progenitor's "no body yet": the
/// builder's `.attributes(..)` and relationship methods then each edit their part of it in
/// place, in any order.
fn write_bodies(file: &mut syn::File, writes: &[WriteOperation]) -> Result<()> {
    let items = builder_module_items(file)?;
    let mut found = 0;
    for (builder, method) in methods_named(items, "new") {
        let Some(write) = writes.iter().find(|w| w.builder == builder) else {
            continue;
        };
        let (record, write_type, document) = (
            format_ident!("{}", write.resource),
            format_ident!("{}Write", write.resource),
            format_ident!("{}WriteDocument", write.resource),
        );
        let Some(syn::Stmt::Expr(syn::Expr::Struct(init), None)) = method.block.stmts.last_mut()
        else {
            continue;
        };
        for field in &mut init.fields {
            if matches!(&field.member, syn::Member::Named(n) if n == "body") {
                field.expr = syn::parse_quote! {
                    Ok(types::#document {
                        data: types::#write_type {
                            id: None,
                            type_: <types::#record as crate::Resource>::TYPE.to_owned(),
                            attributes: None,
                            relationships: None,
                        },
                    }
                    .into())
                };
                found += 1;
            }
        }
    }
    if found != writes.len() {
        return Err(format!(
            "expected {} write builders whose `new` sets `body`, found {found}",
            writes.len()
        )
        .into());
    }
    Ok(())
}

/// The names of the methods progenitor gave `builder`.
fn builder_methods(file: &mut syn::File, builder: &syn::Ident) -> Result<BTreeSet<String>> {
    let mut out = BTreeSet::new();
    for item in builder_module_items(file)?.iter() {
        let syn::Item::Impl(block) = item else {
            continue;
        };
        let syn::Type::Path(ty) = &*block.self_ty else {
            continue;
        };
        if block.trait_.is_some() || ty.path.segments.last().is_none_or(|s| s.ident != *builder) {
            continue;
        }
        for member in &block.items {
            if let syn::ImplItem::Fn(method) = member {
                out.insert(method.sig.ident.to_string());
            }
        }
    }
    Ok(out)
}

/// What the glue adds to a write builder: `.attributes(..)`, one method per relationship of the
/// record (the related type from the spec's `x-spiro-relationships`), each editing its part of
/// the body in place, and for an update the path's id in `data.id`.
fn write_methods(
    file: &mut syn::File,
    write: &WriteOperation,
    resources: &[ResourceSchema],
) -> Result<TokenStream> {
    let builder = &write.builder;
    let resource = resources
        .iter()
        .find(|r| r.name == write.resource)
        .ok_or_else(|| format!("no record schema `{}`", write.resource))?;
    let (write_type, document, attrs) = (
        format_ident!("{}Write", resource.name),
        format_ident!("{}WriteDocument", resource.name),
        format_ident!("{}WriteAttributes", resource.name),
    );
    let mut taken = builder_methods(file, builder)?;
    taken.extend(
        [
            "attributes",
            "options",
            "send",
            "send_with_response",
            "edit",
            "with_path_id",
        ]
        .map(String::from),
    );
    let mut relationships = Vec::new();
    for rel in &resource.relationships {
        if !taken.insert(rel.name.clone()) {
            return Err(format!(
                "relationship `{}` of `{}` has the name of a method of `{builder}`",
                rel.name, resource.name
            )
            .into());
        }
        let (method, target, wire) = (
            format_ident!("{}", rel.name),
            format_ident!("{}", rel.schema),
            &rel.name,
        );
        relationships.push(if rel.many {
            let doc = format!(
                " Sets relationship `{wire}` to the [`{0}`](types::{0}) records with these ids \
                 ([`Id`](crate::Id)s, or `&record`s), in order; keeps the attributes and the \
                 other relationships (`body(..)` replaces the whole body: give it first).",
                rel.schema
            );
            quote! {
                #[doc = #doc]
                pub fn #method<I>(self, #method: I) -> Self
                where
                    I: IntoIterator,
                    I::Item: Into<crate::Id<types::#target>>,
                {
                    let data = types::RelationshipData::Array(
                        #method.into_iter().map(|id| id.into().identifier()).collect(),
                    );
                    self.edit(|write| {
                        crate::document::resource::relate(&mut write.relationships, #wire, data)
                    })
                }
            }
        } else {
            let doc = format!(
                " Sets relationship `{wire}` to the [`{0}`](types::{0}) with this id (an \
                 [`Id`](crate::Id), or `&record`); keeps the attributes and the other \
                 relationships (`body(..)` replaces the whole body: give it first).",
                rel.schema
            );
            quote! {
                #[doc = #doc]
                pub fn #method(self, #method: impl Into<crate::Id<types::#target>>) -> Self {
                    let data = types::RelationshipData::ResourceIdentifier(#method.into().identifier());
                    self.edit(|write| {
                        crate::document::resource::relate(&mut write.relationships, #wire, data)
                    })
                }
            }
        });
    }
    let path_id = write.path_id.then(|| {
        quote! {
            /// The body with `data.id` set to the path's id when it names none (Spiro's
            /// updates carry both).
            fn with_path_id(mut self) -> Self {
                if let (Ok(id), Ok(body)) = (&self.id, &self.body)
                    && let Ok(mut document) = types::#document::try_from(body.clone())
                    && document.data.id.is_none()
                {
                    document.data.id = Some(crate::ResourceId::from(id.as_str()));
                    self.body = Ok(document.into());
                }
                self
            }
        }
    });
    let attributes_doc = if write.path_id {
        " Sets the attributes (and custom fields) to change: only what is set is sent, Spiro \
         keeps the rest, and the record need not be fetched first. Keeps the relationships and \
         the rest of the body (`body(..)` replaces the whole body: give it first)."
    } else {
        " Sets the attributes (and custom fields) of the new record: only what is set is sent. \
         Keeps the relationships and the rest of the body (`body(..)` replaces the whole body: \
         give it first)."
    };
    Ok(quote! {
        impl #builder<'_> {
            #[doc = #attributes_doc]
            pub fn attributes(self, attributes: types::#attrs) -> Self {
                self.edit(|write| write.attributes = Some(attributes))
            }

            #(#relationships)*

            /// Applies `f` to the body's `data` in place (a body that is not valid stays as it
            /// is: `send` reports it).
            fn edit(mut self, f: impl FnOnce(&mut types::#write_type)) -> Self {
                self.body = self.body.and_then(|body| {
                    let mut document =
                        types::#document::try_from(body).map_err(|e| e.to_string())?;
                    f(&mut document.data);
                    Ok(document.into())
                });
                self
            }

            #path_id
        }
    })
}

/// Replaces progenitor's `ignore`d example in the docs of every write operation's `Client`
/// method with one that compiles: the attributes, the relationships (typed ids) and `send`.
fn write_examples(
    file: &mut syn::File,
    writes: &[WriteOperation],
    resources: &[ResourceSchema],
    attributes: &BTreeMap<String, Vec<syn::Field>>,
) -> Result<()> {
    let mut replaced = 0;
    for item in &mut file.items {
        let syn::Item::Impl(block) = item else {
            continue;
        };
        let syn::Type::Path(ty) = &*block.self_ty else {
            continue;
        };
        if block.trait_.is_some() || !ty.path.is_ident("Client") {
            continue;
        }
        for member in &mut block.items {
            let syn::ImplItem::Fn(method) = member else {
                continue;
            };
            let Some(write) = writes.iter().find(|w| method.sig.ident == w.id) else {
                continue;
            };
            let example = write_example(write, resources, attributes)?;
            for attr in &mut method.attrs {
                let syn::Meta::NameValue(meta) = &mut attr.meta else {
                    continue;
                };
                let syn::Expr::Lit(syn::ExprLit {
                    lit: syn::Lit::Str(text),
                    ..
                }) = &mut meta.value
                else {
                    continue;
                };
                let value = text.value();
                let Some(start) = value.find("```ignore") else {
                    continue;
                };
                let end = value[start + 3..]
                    .find("```")
                    .map(|i| start + 3 + i + 3)
                    .ok_or_else(|| format!("`{}`: an unclosed example in its docs", write.id))?;
                let value = format!("{}{example}{}", &value[..start], &value[end..]);
                *text = syn::LitStr::new(&value, text.span());
                replaced += 1;
            }
        }
    }
    if replaced != writes.len() {
        return Err(format!(
            "expected an `ignore`d example in the docs of {} write operations, found {replaced}",
            writes.len()
        )
        .into());
    }
    Ok(())
}

/// The example of a write operation: sets one text attribute (the first the record may
/// send) and each relationship, with made-up ids.
fn write_example(
    write: &WriteOperation,
    resources: &[ResourceSchema],
    attributes: &BTreeMap<String, Vec<syn::Field>>,
) -> Result<String> {
    let resource = resources
        .iter()
        .find(|r| r.name == write.resource)
        .ok_or_else(|| format!("no record schema `{}`", write.resource))?;
    let name = &resource.name;
    let fields = attributes
        .get(&format!("{name}WriteAttributes"))
        .ok_or_else(|| format!("progenitor emitted no `{name}WriteAttributes` struct"))?;
    let text = fields.iter().find_map(|f| {
        let inner = first_generic(&f.ty, "Option")?;
        let ident = f.ident.as_ref()?;
        (ident != "custom" && ["String", "Text"].contains(&last_ident(&inner)?.as_str()))
            .then(|| ident.to_string())
    });
    let mut out = String::from(
        "```no_run\n# async fn run(client: &spiro_api::Client) -> spiro_api::Result<()> {\n",
    );
    out.push_str(if resource.relationships.is_empty() {
        "use spiro_api::types;\n"
    } else {
        "use spiro_api::{Id, types};\n"
    });
    let binding = if write.path_id { "updated" } else { "created" };
    out.push_str(&format!("let {binding} = client\n    .{}()\n", write.id));
    if write.path_id {
        out.push_str("    .id(\"3609460\")\n");
    }
    for (setter, example) in &write.path_params {
        out.push_str(&format!("    .{setter}({example:?})\n"));
    }
    out.push_str(&format!(
        "    .attributes(types::{name}WriteAttributes {{\n"
    ));
    if let Some(field) = &text {
        out.push_str(&format!("        {field}: Some(\"new {field}\".into()),\n"));
    }
    out.push_str("        ..Default::default()\n    })\n");
    for (n, rel) in resource.relationships.iter().enumerate() {
        let ids = if rel.many {
            format!(
                "[Id::<types::{0}>::new(\"{1}\"), Id::new(\"{2}\")]",
                rel.schema,
                1001 + 2 * n,
                1002 + 2 * n
            )
        } else {
            format!("Id::<types::{}>::new(\"{}\")", rel.schema, 1001 + n)
        };
        out.push_str(&format!("    .{}({ids})\n", rel.name));
    }
    out.push_str("    .send()\n    .await?;\n");
    out.push_str(&format!(
        "println!(\"{{}}\", {binding}.data.id);\n# Ok(()) }}\n```"
    ));
    Ok(out)
}

/// Record schemas (the spec model's record kinds), each with its `XWrite` and
/// `XWriteDocument`, its type string and its `x-spiro-relationships`. The model refuses a
/// record schema without `x-spiro-relationships` or with a relationship whose target is not
/// a schema: the related type is never guessed.
fn resources(doc: &OpenAPI) -> Result<Vec<ResourceSchema>> {
    let schemas = &doc
        .components
        .as_ref()
        .ok_or("the spec has no components")?
        .schemas;
    let kinds = crate::model::record_kinds(doc)?;
    let mut out = Vec::new();
    for kind in &kinds {
        let name = &kind.schema;
        for suffix in ["Write", "WriteDocument"] {
            if !schemas.contains_key(&format!("{name}{suffix}")) {
                return Err(format!("record schema `{name}` has no `{name}{suffix}`").into());
            }
        }
        let mut relationships = Vec::new();
        for rel in &kind.relationships {
            if !kinds.iter().any(|k| k.schema == rel.target) {
                return Err(format!(
                    "`{name}` relationship `{}`: `{}` is not a record schema",
                    rel.name, rel.target
                )
                .into());
            }
            if !rel
                .name
                .chars()
                .all(|c| c.is_ascii_lowercase() || c == '_' || c.is_ascii_digit())
            {
                return Err(format!(
                    "`{name}` relationship `{}`: a relationship name must be snake_case",
                    rel.name
                )
                .into());
            }
            relationships.push(RelationshipSchema {
                name: rel.name.clone(),
                many: rel.many,
                schema: rel.target.clone(),
            });
        }
        out.push(ResourceSchema {
            name: name.clone(),
            type_string: kind.type_name.clone(),
            relationships,
        });
    }
    Ok(out)
}

/// Paged list operations: GETs with a `page[number]` parameter whose success body is a
/// document with `data: [X]`. Returns (operationId, document schema, X).
fn list_operations(doc: &OpenAPI) -> Result<Vec<(String, String, String)>> {
    let mut out = Vec::new();
    for (path, method, op) in doc.operations() {
        let paged = op.parameters.iter().any(|p| {
            crate::spec::resolve_parameter(doc, p)
                .is_some_and(|p| p.parameter_data_ref().name == "page[number]")
        });
        if method != "get" || !paged {
            continue;
        }
        let id = op.operation_id.clone().unwrap_or_default();
        let where_ = || format!("list operation `{id}` (GET {path})");
        let body = crate::model::success_schema(doc, op)
            .ok_or_else(|| format!("{}: no 2xx JSON body", where_()))?;
        let document = reference_name(body).ok_or_else(|| {
            format!(
                "{}: the 2xx body must be a $ref to a list document",
                where_()
            )
        })?;
        let item = crate::model::resolve(doc, body)
            .and_then(|(schema, _)| object_property(schema, "data"))
            .and_then(|data| match &data.schema_kind {
                SchemaKind::Type(Type::Array(array)) => array.items.as_ref(),
                _ => None,
            })
            .and_then(|items| reference_name(&items.clone().unbox()))
            .ok_or_else(|| format!("{}: `{document}.data` must be an array of $ref", where_()))?;
        out.push((id, document, item));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The stored spec, with `edit` applied to `Opportunity`'s `x-spiro-relationships`.
    fn spec_with(edit: impl FnOnce(&mut serde_json::Map<String, serde_json::Value>)) -> OpenAPI {
        let mut doc = crate::spec::load(&crate::root()).expect("spec").doc;
        let schemas = &mut doc.components.as_mut().unwrap().schemas;
        let Some(ReferenceOr::Item(opportunity)) = schemas.get_mut("Opportunity") else {
            panic!("no Opportunity schema");
        };
        let extensions = &mut opportunity.schema_data.extensions;
        let mut relationships = extensions
            .get("x-spiro-relationships")
            .and_then(|v| v.as_object())
            .cloned()
            .unwrap_or_default();
        edit(&mut relationships);
        if relationships.is_empty() {
            extensions.shift_remove("x-spiro-relationships");
        } else {
            extensions.insert(
                "x-spiro-relationships".into(),
                serde_json::Value::Object(relationships),
            );
        }
        doc
    }

    /// `Opportunity` as the generator sees it (the generator's copy of the spec).
    fn opportunity(doc: &OpenAPI) -> Result<ResourceSchema> {
        resources(&crate::spec::for_generator(doc)?)?
            .into_iter()
            .find(|r| r.name == "Opportunity")
            .ok_or_else(|| "no Opportunity".into())
    }

    /// A `send_raw` as progenitor emits it: the header map and an optional (`a`) and a
    /// required (`b`) query parameter.
    fn builder_module(request: &str) -> syn::File {
        syn::parse_str(&format!(
            r#"mod builder {{
                pub struct B<'a> {{
                    client: &'a super::Client,
                    a: Result<Option<String>, String>,
                    b: Result<i64, String>,
                }}
                impl<'a> B<'a> {{
                    pub(super) async fn send_raw(self) -> Result<(), Error<()>> {{
                        let Self {{ client, a, b, .. }} = self;
                        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
                        header_map.append(
                            ::reqwest::header::HeaderName::from_static("api-version"),
                            ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
                        );
                        #[allow(unused_mut)]
                        let mut request = {request};
                        client.pre(&mut request, &info).await?;
                        Ok(())
                    }}
                }}
            }}"#
        ))
        .expect("valid Rust")
    }

    #[test]
    fn requests_skip_the_header_map_and_unset_optional_query_parameters() {
        let mut file = builder_module(
            r#"client.client.get(url)
                .header(::reqwest::header::ACCEPT, ::reqwest::header::HeaderValue::from_static("application/json"))
                .query(&progenitor_client::QueryParam::new("a", &a))
                .query(&progenitor_client::QueryParam::new("b", &b))
                .headers(header_map)
                .build()?"#,
        );
        lean_requests(&mut file).expect("rewritten");
        let code = quote!(#file).to_string();
        assert!(!code.contains("header_map"), "{code}");
        let a = code.find("if a . is_some ()").expect("`a` only when set");
        let b = code
            .find("request = request . query (& progenitor_client :: QueryParam :: new (\"b\" , & b))")
            .expect("`b` always");
        let built = code
            .find("let mut request = request . build () ?")
            .expect("built");
        assert!(a < b && b < built, "{code}");
    }

    #[test]
    fn a_request_of_another_shape_is_refused() {
        // No `.headers(header_map)`: progenitor changed; say so rather than guess.
        let mut file = builder_module("client.client.get(url).build()?");
        let err = lean_requests(&mut file).expect_err("refused").to_string();
        assert!(err.contains("`B::send_raw`"), "{err}");
    }

    /// Issue 14, item 1: the envelope is spiro-api's own. Whatever the spec (or a capture
    /// through `cargo xtask learn`) says of it, the generated code does not change: no
    /// envelope type is generated, and every document is an alias of the hand-written ones.
    #[test]
    fn the_envelope_does_not_follow_the_spec() {
        let spec = crate::spec::load(&crate::root()).expect("spec");
        let before = crate::generate::render(&spec).expect("render");
        for name in ENVELOPE {
            assert!(!before.contains(&format!("pub struct {name} ")), "{name}");
        }
        assert!(before.contains("pub type CompanyListDocument = ListDocument<Company>;"));
        assert!(before.contains("pub type OpportunityDocument = Document<Opportunity>;"));

        // What a capture of the envelope would suggest: pagination numbers as strings,
        // `included` ids as objects, an extra pagination field, observed evidence.
        let mut doc = spec.doc.clone();
        let schemas = &mut doc.components.as_mut().unwrap().schemas;
        for (schema, property, replacement) in [
            (
                "Pagination",
                "total_pages",
                serde_json::json!({ "type": "string", "x-spiro-evidence": { "level": "observed", "sources": [] } }),
            ),
            (
                "Pagination",
                "next_page",
                serde_json::json!({ "type": "integer" }),
            ),
            (
                "IncludedResource",
                "id",
                serde_json::json!({ "type": "object" }),
            ),
            (
                "ErrorObject",
                "status",
                serde_json::json!({ "type": "integer" }),
            ),
        ] {
            let Some(ReferenceOr::Item(item)) = schemas.get_mut(schema) else {
                panic!("no {schema}");
            };
            let SchemaKind::Type(Type::Object(object)) = &mut item.schema_kind else {
                panic!("{schema} is not an object");
            };
            object.properties.insert(
                property.to_owned(),
                ReferenceOr::Item(Box::new(serde_json::from_value(replacement).unwrap())),
            );
        }
        let changed = crate::spec::Spec {
            doc,
            operations: spec.operations.clone(),
            hash: spec.hash.clone(),
        };
        let after = crate::generate::render(&changed).expect("render");
        // The list of keys the spec names (for the shape capture) grows with `next_page`;
        // the code before it must not change.
        let code = |rendered: &str| {
            rendered
                .split("SPEC_KEYS")
                .next()
                .unwrap_or_default()
                .to_owned()
        };
        assert!(
            code(&before) == code(&after),
            "the envelope followed the spec"
        );
    }

    #[test]
    fn relationships_and_their_targets_come_from_the_spec() {
        let doc = spec_with(|rels| {
            rels["company"]["to"] = "many".into();
        });
        let opp = opportunity(&doc).unwrap();
        assert_eq!(opp.type_string, "opportunity");
        let rels: Vec<_> = opp
            .relationships
            .iter()
            .map(|r| (r.name.as_str(), r.many, r.schema.as_str()))
            .collect();
        assert!(rels.contains(&("company", true, "Company")), "{rels:?}");
        assert!(rels.contains(&("user", false, "User")), "{rels:?}");
    }

    /// The stored spec with `edit` applied to `Opportunity`'s relationships, rendered.
    fn render_with(
        edit: impl FnOnce(&mut serde_json::Map<String, serde_json::Value>),
    ) -> Result<String> {
        let spec = crate::spec::load(&crate::root()).expect("spec");
        let changed = crate::spec::Spec {
            doc: spec_with(edit),
            operations: spec.operations.clone(),
            hash: spec.hash.clone(),
        };
        crate::generate::render(&changed)
    }

    /// The builder impl that the glue adds to `builder` (the one with `fn edit`).
    fn write_impl<'a>(rendered: &'a str, builder: &str) -> &'a str {
        let header = format!("impl {builder}<'_> {{");
        rendered
            .match_indices(&header)
            .map(|(at, _)| {
                let rest = &rendered[at..];
                &rest[..rest.find("\n    }\n").unwrap_or(rest.len())]
            })
            .find(|block| block.contains("fn edit("))
            .unwrap_or_else(|| panic!("no write methods on {builder}"))
    }

    /// Issue 18, item 1: create and update builders get one method per relationship of the
    /// spec, typed by its target; a to-many relationship takes ids.
    #[test]
    fn write_builders_get_a_typed_method_per_relationship() {
        let rendered = render_with(|rels| {
            rels["company"]["to"] = "many".into();
        })
        .unwrap();
        for builder in ["CreateOpportunity", "UpdateOpportunity"] {
            let methods = write_impl(&rendered, builder);
            assert!(
                methods
                    .contains("pub fn user(self, user: impl Into<crate::Id<types::User>>) -> Self"),
                "{methods}"
            );
            assert!(
                methods.contains("pub fn company<I>(self, company: I) -> Self"),
                "{methods}"
            );
            assert!(
                methods.contains("I::Item: Into<crate::Id<types::Company>>,"),
                "{methods}"
            );
            assert!(methods.contains("pub fn attributes("), "{methods}");
        }
        assert!(write_impl(&rendered, "UpdateOpportunity").contains("fn with_path_id("));
        assert!(!write_impl(&rendered, "CreateOpportunity").contains("fn with_path_id("));
        // The example of the docs passes ids.
        assert!(
            rendered
                .contains(r#"    .company([Id::<types::Company>::new("1001"), Id::new("1002")])"#),
            "no to-many example"
        );
    }

    /// Every create and update operation's `Client` method shows an example that compiles
    /// (`no_run`), not progenitor's `ignore`d one.
    #[test]
    fn every_write_operation_has_an_example_that_compiles() {
        let spec = crate::spec::load(&crate::root()).expect("spec");
        let rendered = crate::generate::render(&spec).unwrap();
        let doc = crate::spec::for_generator(&spec.doc).unwrap();
        let writes = write_operations(&doc, &resources(&doc).unwrap()).unwrap();
        assert!(writes.len() >= 18, "{}", writes.len());
        for write in &writes {
            let method = format!("    pub fn {}(&self)", write.id);
            let at = rendered
                .find(&method)
                .unwrap_or_else(|| panic!("no {method}"));
            let docs = &rendered[rendered[..at].rfind("/**").unwrap()..at];
            assert!(!docs.contains("```ignore"), "{docs}");
            assert!(docs.contains("```no_run"), "{docs}");
            assert!(docs.contains(&format!("    .{}()\n", write.id)), "{docs}");
        }
    }

    #[test]
    fn a_relationship_named_like_a_builder_method_is_refused() {
        let err = render_with(|rels| {
            rels.insert(
                "body".into(),
                serde_json::json!({ "target": "User", "x-spiro-evidence": { "level": "inferred", "sources": [] } }),
            );
        })
        .unwrap_err()
        .to_string();
        assert!(
            err.contains("relationship `body` of `Opportunity` has the name of a method of"),
            "{err}"
        );
    }

    #[test]
    fn a_record_schema_without_relationships_is_refused() {
        let doc = spec_with(|rels| rels.clear());
        let err = opportunity(&doc).err().unwrap().to_string();
        assert!(
            err.contains("`Opportunity` has no x-spiro-relationships"),
            "{err}"
        );
    }

    #[test]
    fn a_relationship_without_a_known_target_is_refused() {
        for (value, expected) in [
            (
                serde_json::json!("Nobody"),
                "unknown target schema `Nobody`",
            ),
            (serde_json::Value::Null, "no `target` schema"),
        ] {
            let doc = spec_with(|rels| {
                let user = rels["user"].as_object_mut().unwrap();
                if value.is_null() {
                    user.remove("target");
                } else {
                    user.insert("target".into(), value.clone());
                }
            });
            let err = opportunity(&doc).err().unwrap().to_string();
            assert!(err.contains(expected), "{err}");
        }
        let doc = spec_with(|rels| rels["user"]["to"] = "several".into());
        let err = opportunity(&doc).err().unwrap().to_string();
        assert!(err.contains("`to` must be `one` or `many`"), "{err}");
    }
}
