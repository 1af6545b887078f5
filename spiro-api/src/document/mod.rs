//! JSON:API documents as Spiro sends them: records decoded one by one ([`Records`]), their
//! ids, relationships and `included` records, custom fields, and the paging streams over list
//! operations.

mod custom_fields;
pub(crate) mod paging;
mod records;
pub(crate) mod resource;
mod resource_id;

pub use custom_fields::{CustomFieldError, CustomFields};
pub use paging::{Included, ListOperation, Page, Pages};
pub use records::{RecordError, Records};
pub use resource::{IncludeError, Resource};
pub use resource_id::ResourceId;
