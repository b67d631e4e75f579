//! The words the claim reader looks for, in Bahasa Indonesia (formal and chat spelling)
//! and English. Data, not logic: each table says what its words mean. Phrases are
//! matched as whole words, lower case, longest first, so "tidak aktif" is never read
//! as "aktif".

mod doses;
mod fields;
mod people;
mod phone;

pub use doses::*;
pub use fields::*;
pub use people::*;
pub use phone::*;
