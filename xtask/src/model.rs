//! What the spec says about each kind of record, read once from the parsed spec: its JSON:API
//! `type` string, its collection path segment, its attributes schema and its relationships
//! (`x-spiro-relationships`). The mock's resource table is rendered from it.

use std::collections::BTreeMap;

use openapiv3::{OpenAPI, ReferenceOr, Schema, SchemaKind, Type};

use crate::Result;
use crate::spec::Evidence;

/// One kind of record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecordKind {
    /// The record schema, e.g. `Opportunity`.
    pub schema: String,
    /// The JSON:API `type` string (the `example` of the schema's `type` property).
    pub type_name: String,
    /// The last literal segment of the paths that list it, e.g. `opportunities`.
    pub collection: String,
    /// The schema of its attributes, e.g. `OpportunityAttributes`.
    pub attributes_schema: String,
    pub relationships: Vec<RelationshipDef>,
}

/// One relationship of a kind, from `x-spiro-relationships`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RelationshipDef {
    pub name: String,
    /// The record schema it points at, e.g. `Company`.
    pub target: String,
    /// `to: many` (a list of records); absent or `to: one`: one record.
    pub many: bool,
    pub evidence: Evidence,
}

/// Every record kind of the spec, in schema order.
pub fn record_kinds(doc: &OpenAPI) -> Result<Vec<RecordKind>> {
    let schemas = &doc
        .components
        .as_ref()
        .ok_or("the spec has no components")?
        .schemas;
    let collections = collections(doc);
    let mut out = Vec::new();
    for (name, schema) in schemas {
        let attributes_schema = format!("{name}Attributes");
        if !schemas.contains_key(&attributes_schema) {
            continue;
        }
        let schema = schema
            .as_item()
            .ok_or_else(|| format!("schema `{name}` is a $ref"))?;
        let type_name = object_property(schema, "type")
            .and_then(|t| t.schema_data.example.as_ref())
            .and_then(|e| e.as_str())
            .ok_or_else(|| {
                format!("schema `{name}`: its `type` property needs an `example` (the type string)")
            })?
            .to_owned();
        let collection = collections
            .get(name)
            .ok_or_else(|| format!("record schema `{name}`: no GET operation lists it"))?
            .clone();
        let relationships = relationships(name, schema, &|s| schemas.contains_key(s))?;
        out.push(RecordKind {
            schema: name.clone(),
            type_name,
            collection,
            attributes_schema,
            relationships,
        });
    }
    Ok(out)
}

fn relationships(
    name: &str,
    schema: &Schema,
    is_schema: &dyn Fn(&str) -> bool,
) -> Result<Vec<RelationshipDef>> {
    let Some(value) = schema.schema_data.extensions.get("x-spiro-relationships") else {
        return Err(format!("record schema `{name}` has no x-spiro-relationships").into());
    };
    let map = value
        .as_object()
        .ok_or_else(|| format!("`{name}`: x-spiro-relationships must be a map"))?;
    let mut out = Vec::new();
    for (rel, def) in map {
        let where_ = || format!("`{name}` relationship `{rel}`");
        let target = def
            .get("target")
            .and_then(|t| t.as_str())
            .ok_or_else(|| format!("{}: no `target` schema", where_()))?;
        if !is_schema(target) {
            return Err(format!("{}: unknown target schema `{target}`", where_()).into());
        }
        let many = match def.get("to").map(|t| t.as_str()) {
            None | Some(Some("one")) => false,
            Some(Some("many")) => true,
            Some(_) => return Err(format!("{}: `to` must be `one` or `many`", where_()).into()),
        };
        let evidence = def
            .get("x-spiro-evidence")
            .ok_or_else(|| format!("{}: no x-spiro-evidence", where_()))
            .and_then(|e| Evidence::parse(e).map_err(|e| format!("{}: {e}", where_())))?;
        out.push(RelationshipDef {
            name: rel.clone(),
            target: target.to_owned(),
            many,
            evidence,
        });
    }
    Ok(out)
}

/// Record schema → the last literal path segment of the GET operations that list it.
fn collections(doc: &OpenAPI) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    for (path, method, op) in doc.operations() {
        let Some((item, true)) = (method == "get").then(|| record_of(doc, op)).flatten() else {
            continue;
        };
        let literal = path
            .split('/')
            .rev()
            .find(|s| !s.is_empty() && !s.starts_with('{'));
        if let Some(literal) = literal {
            out.entry(item).or_insert_with(|| literal.to_owned());
        }
    }
    out
}

/// The record schema an operation answers with, and whether it answers with a list of them:
/// the `$ref` of `data` (or of its items) in the 2xx document.
pub fn record_of(doc: &OpenAPI, op: &openapiv3::Operation) -> Option<(String, bool)> {
    let document = op
        .responses
        .responses
        .iter()
        .find(|(status, _)| status.to_string().starts_with('2'))
        .and_then(|(_, r)| r.as_item())
        .and_then(|r| r.content.get("application/json"))
        .and_then(|m| m.schema.as_ref())
        .and_then(reference_name)?;
    let data = doc
        .components
        .as_ref()?
        .schemas
        .get(&document)
        .and_then(ReferenceOr::as_item)
        .and_then(|s| match &s.schema_kind {
            SchemaKind::Type(Type::Object(object)) => object.properties.get("data"),
            _ => None,
        })?;
    match data {
        ReferenceOr::Reference { reference } => {
            Some((reference.rsplit('/').next()?.to_owned(), false))
        }
        ReferenceOr::Item(schema) => match &schema.schema_kind {
            SchemaKind::Type(Type::Array(array)) => {
                Some((reference_name(&array.items.clone()?.unbox())?, true))
            }
            _ => None,
        },
    }
}

/// The schema of property `name` when `schema` is an object that declares it inline.
pub(crate) fn object_property<'a>(schema: &'a Schema, name: &str) -> Option<&'a Schema> {
    match &schema.schema_kind {
        SchemaKind::Type(Type::Object(object)) => {
            object.properties.get(name)?.as_item().map(|b| &**b)
        }
        _ => None,
    }
}

/// The component name a `$ref` points at (`#/components/schemas/Name` → `Name`).
pub(crate) fn reference_name(schema: &ReferenceOr<Schema>) -> Option<String> {
    match schema {
        ReferenceOr::Reference { reference } => reference.rsplit('/').next().map(str::to_owned),
        ReferenceOr::Item(_) => None,
    }
}

/// `spiro-mock/src/generated.rs`: the mock's table of record kinds.
pub mod mock_table {
    use super::RecordKind;
    use crate::Result;

    pub const PATH: &str = "spiro-mock/src/generated.rs";

    /// The Rust source of the table.
    pub fn render(kinds: &[RecordKind]) -> Result<String> {
        let collection_of = |schema: &str| -> Result<&str> {
            kinds
                .iter()
                .find(|k| k.schema == schema)
                .map(|k| k.collection.as_str())
                .ok_or_else(|| {
                    format!("relationship target `{schema}` is not a record kind").into()
                })
        };
        let mut out = String::from(
            "// The contents of this file are generated from spec/spiro.yaml by `cargo xtask generate`;\n\
             // do not edit them by hand. `cargo xtask check` fails when they are stale.\n\
             \n\
             //! Every record kind of the spec: collection, JSON:API `type`, attributes schema and\n\
             //! relationships (`x-spiro-relationships`).\n\
             \n\
             use crate::resources::{RelationshipDef, ResourceKind};\n\
             \n\
             /// Every kind, in the spec's schema order.\n\
             pub(crate) static KINDS: &[ResourceKind] = &[\n",
        );
        for kind in kinds {
            out.push_str(&format!(
                "    ResourceKind {{\n        collection: {:?},\n        type_name: {:?},\n        attributes_schema: {:?},\n        relationships: &[",
                kind.collection, kind.type_name, kind.attributes_schema
            ));
            if !kind.relationships.is_empty() {
                out.push('\n');
                for rel in &kind.relationships {
                    out.push_str(&format!(
                        "            RelationshipDef {{\n                name: {:?},\n                collection: {:?},\n            }},\n",
                        rel.name,
                        collection_of(&rel.target)?
                    ));
                }
                out.push_str("        ");
            }
            out.push_str("],\n    },\n");
        }
        out.push_str("];\n");
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_stored_spec_yields_every_kind_with_its_collection() {
        let spec = crate::spec::load(&crate::root()).expect("spec");
        let kinds = record_kinds(&spec.doc).expect("kinds");
        let by_schema = |s: &str| kinds.iter().find(|k| k.schema == s).expect(s);
        assert_eq!(kinds.len(), 12);
        let opp = by_schema("Opportunity");
        assert_eq!(
            (opp.type_name.as_str(), opp.collection.as_str()),
            ("opportunity", "opportunities")
        );
        let names: Vec<&str> = opp.relationships.iter().map(|r| r.name.as_str()).collect();
        assert_eq!(names, ["company", "opportunity_stage", "pipeline", "user"]);
        assert!(opp.relationships.iter().all(|r| r.evidence.level == "live"));
        assert_eq!(
            by_schema("OpportunityStage").collection,
            "opportunity_stages"
        );
        assert_eq!(by_schema("CustomObject").collection, "custom_objects");
        let company_user = &by_schema("Company").relationships[0];
        assert_eq!(
            (
                company_user.target.as_str(),
                company_user.evidence.level.as_str()
            ),
            ("User", "inferred")
        );
    }

    #[test]
    fn the_table_names_collections_of_targets() {
        let spec = crate::spec::load(&crate::root()).expect("spec");
        let table = mock_table::render(&record_kinds(&spec.doc).unwrap()).unwrap();
        assert!(table.starts_with("// The contents of this file are generated"));
        assert!(table.contains(
            "name: \"opportunity_stage\",\n                collection: \"opportunity_stages\","
        ));
    }
}
