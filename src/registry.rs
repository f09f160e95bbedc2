//! The rule set as callers see it: every rule's metadata, by id or all in order.

pub use crate::rules::{Docs, Example, FixAvailability, RuleMeta, FAMILIES};

/// Every rule's metadata, family by family, in a stable order (the order of
/// `siaran rules`), the rules the engine reports included.
pub fn rules() -> impl Iterator<Item = &'static RuleMeta> {
    crate::rules::metas()
}

/// The metadata of the rule with this id (`dateline/separator`), if there is one.
pub fn rule(id: &str) -> Option<&'static RuleMeta> {
    crate::rules::by_id(id)
}
