//! `abbr/`: institutional abbreviations (docs/abbr.md).
//!
//! The house data is `rules/abbreviations.toml` (each abbreviation with its right form,
//! wrong forms, accepted and wrong expansions, and whether its first use must be
//! expanded) plus the gazetteer for office names. [`scan::Scan`] reads a release once
//! into abbreviation mentions and their expansions; each rule judges one aspect.
//!
//! What the family flags and what it leaves alone: `docs/abbr.md` in the repository.

pub mod data;
mod expansion;
mod first_use;
mod form;
mod not_abbr;
mod office_name;
mod regions;
mod scan;
mod unknown;
mod wrong_expansion;

use super::Rule;

pub const RULES: &[&dyn Rule] = &[
    &form::Form,
    &wrong_expansion::WrongExpansion,
    &first_use::FirstUse,
    &unknown::Unknown,
    &office_name::OfficeName,
];
