//! JSON:API documents as Spiro sends them: the envelope, modelled once, by hand (`data`,
//! `included`, `meta.pagination`, `links`, `errors`); records decoded one by one from their raw
//! JSON ([`Records`]), their ids, relationships and `included` records, custom fields; what a
//! decode failure says; and the paging streams over list operations.

mod bad_records;
mod custom_fields;
pub(crate) mod decode;
mod envelope;
mod errors;
mod included;
mod pagination;
pub(crate) mod paging;
mod records;
pub(crate) mod resource;
mod resource_id;

pub use bad_records::BadRecords;
pub use custom_fields::{CustomFieldError, CustomFields};
pub use decode::DecodeError;
pub use envelope::{Document, Links, ListDocument, ListMeta};
pub use errors::{ErrorDocument, ErrorObject, ErrorSource};
pub use included::IncludedResource;
pub use pagination::Pagination;
pub use paging::{Included, ListOperation, Page, Pages};
pub use records::{RecordError, Records};
pub use resource::{IncludeError, Resource};
pub use resource_id::ResourceId;
