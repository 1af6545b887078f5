//! Values where the spec guesses: read leniently, so that a type Spiro sends differently
//! from the spec never costs a record.

mod amount;
mod text;
mod timestamp;

pub use amount::Amount;
pub use text::Text;
pub use timestamp::Timestamp;
