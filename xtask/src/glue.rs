//! The impls that connect the types and builders progenitor generates to spiro-api's
//! hand-written traits (`Resource`, `ListOperation`, `ListDocument`), derived from the
//! spec so that a new resource or list operation needs no hand-written code.

use heck::ToPascalCase;
use openapiv3::{OpenAPI, ReferenceOr, Schema, SchemaKind, StatusCode, Type};
use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use crate::Result;

/// A module `glue` with one `Resource` impl per record schema and one `ListOperation` +
/// `ListDocument` impl per paged list operation.
pub fn tokens(doc: &OpenAPI) -> Result<TokenStream> {
    let resources = resources(doc)?.into_iter().map(|(name, type_string)| {
        let (record, attributes) = (format_ident!("{name}"), format_ident!("{name}Attributes"));
        let (write, write_document) = (format_ident!("{name}Write"), format_ident!("{name}WriteDocument"));
        quote! {
            impl crate::Resource for types::#record {
                type Attributes = types::#attributes;
                type WriteDocument = types::#write_document;
                const TYPE: &'static str = #type_string;
                fn id(&self) -> &crate::ResourceId { &self.id }
                fn resource_type(&self) -> &str { &self.type_ }
                fn attributes(&self) -> Option<&types::#attributes> { self.attributes.as_ref() }
                fn relationships(&self) -> Option<&types::Relationships> { self.relationships.as_ref() }
                fn custom_fields(&self) -> Option<&crate::CustomFields> {
                    self.attributes.as_ref().and_then(|a| a.custom.as_ref())
                }
                fn update(&self, attributes: types::#attributes) -> types::#write_document {
                    types::#write_document {
                        data: types::#write {
                            id: Some(self.id.clone()),
                            type_: self.type_.clone(),
                            attributes: Some(attributes),
                            relationships: None,
                        },
                    }
                }
                fn create(
                    attributes: types::#attributes,
                    relationships: Option<types::Relationships>,
                ) -> types::#write_document {
                    types::#write_document {
                        data: types::#write {
                            id: None,
                            type_: #type_string.to_owned(),
                            attributes: Some(attributes),
                            relationships,
                        },
                    }
                }
            }
        }
    });
    let mut documents = Vec::new();
    let lists = list_operations(doc)?.into_iter().map(|(operation_id, document, item)| {
        let builder = format_ident!("{}", operation_id.to_pascal_case());
        let (document, item) = (format_ident!("{document}"), format_ident!("{item}"));
        if !documents.contains(&document) {
            documents.push(document.clone());
        }
        quote! {
            impl crate::ListOperation for builder::#builder<'_> {
                type Document = types::#document;
                fn fetch_page(
                    self,
                    number: i64,
                    size: Option<i64>,
                ) -> impl ::std::future::Future<
                    Output = Result<ResponseValue<types::#document>, progenitor_client::Error>,
                > + Send {
                    let request = self.page_number(number);
                    let request = match size {
                        Some(size) => request.page_size(size),
                        None => request,
                    };
                    request.send()
                }
            }
            impl crate::paging::ListDocument for types::#document {
                type Item = types::#item;
                fn into_parts(
                    self,
                ) -> (Vec<types::#item>, Vec<types::IncludedResource>, Option<types::Pagination>) {
                    (self.data, self.included, self.meta.and_then(|meta| meta.pagination))
                }
            }
        }
    });
    let lists: Vec<TokenStream> = lists.collect();
    Ok(quote! {
        /// Connects the generated types and builders to spiro-api's traits.
        mod glue {
            use super::{builder, types, ResponseValue};
            #(#resources)*
            #(#lists)*
        }
    })
}

/// Record schemas: every `X` that has `XAttributes`, `XWrite` and `XWriteDocument`, with
/// the example value of its `type` property.
fn resources(doc: &OpenAPI) -> Result<Vec<(String, String)>> {
    let schemas = &doc
        .components
        .as_ref()
        .ok_or("the spec has no components")?
        .schemas;
    let mut out = Vec::new();
    for (name, schema) in schemas {
        let companions = ["Attributes", "Write", "WriteDocument"];
        if !companions
            .iter()
            .all(|suffix| schemas.contains_key(&format!("{name}{suffix}")))
        {
            continue;
        }
        let type_property = schema
            .as_item()
            .and_then(|s| object_property(s, "type"))
            .ok_or_else(|| format!("schema `{name}` has no `type` property"))?;
        let example = type_property
            .schema_data
            .example
            .as_ref()
            .and_then(|e| e.as_str())
            .ok_or_else(|| {
                format!("schema `{name}`: its `type` property needs an `example` (the type string)")
            })?;
        out.push((name.clone(), example.to_owned()));
    }
    Ok(out)
}

/// Paged list operations: GETs with a `page[number]` parameter whose success body is a
/// document with `data: [X]`. Returns (operationId, document schema, X).
fn list_operations(doc: &OpenAPI) -> Result<Vec<(String, String, String)>> {
    let components = doc
        .components
        .as_ref()
        .ok_or("the spec has no components")?;
    let mut out = Vec::new();
    for (path, method, op) in doc.operations() {
        let paged = op.parameters.iter().any(|p| match p {
            ReferenceOr::Reference { reference } => {
                let key = reference.rsplit('/').next().unwrap_or_default();
                components
                    .parameters
                    .get(key)
                    .and_then(ReferenceOr::as_item)
                    .is_some_and(|p| p.parameter_data_ref().name == "page[number]")
            }
            ReferenceOr::Item(p) => p.parameter_data_ref().name == "page[number]",
        });
        if method != "get" || !paged {
            continue;
        }
        let id = op.operation_id.clone().unwrap_or_default();
        let where_ = || format!("list operation `{id}` (GET {path})");
        let response = op
            .responses
            .responses
            .iter()
            .find(|(status, _)| {
                matches!(status, StatusCode::Code(200..=299) | StatusCode::Range(2))
            })
            .and_then(|(_, r)| r.as_item())
            .ok_or_else(|| format!("{}: no 2xx response", where_()))?;
        let document = response
            .content
            .get("application/json")
            .and_then(|media| media.schema.as_ref())
            .and_then(reference_name)
            .ok_or_else(|| {
                format!(
                    "{}: the 2xx body must be a $ref to a list document",
                    where_()
                )
            })?;
        let item = components
            .schemas
            .get(&document)
            .and_then(ReferenceOr::as_item)
            .and_then(|s| object_property(s, "data"))
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

fn object_property<'a>(schema: &'a Schema, name: &str) -> Option<&'a Schema> {
    match &schema.schema_kind {
        SchemaKind::Type(Type::Object(object)) => {
            object.properties.get(name)?.as_item().map(|b| &**b)
        }
        _ => None,
    }
}

fn reference_name(schema: &ReferenceOr<Schema>) -> Option<String> {
    match schema {
        ReferenceOr::Reference { reference } => reference.rsplit('/').next().map(str::to_owned),
        ReferenceOr::Item(_) => None,
    }
}
