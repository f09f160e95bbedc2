//! `dateline/`: the lead opens `City, domain — ` (`Semarang, kota-semarang.kpu.go.id — `).
//!
//! The document model parses the dateline leniently into city, gap, domain and
//! separator spans; each rule here judges one part, so every drift gets its own finding
//! at its own place.
//!
//! What the family flags and what it leaves alone: `docs/dateline.md` in the repository.

mod city_case;
mod city_comma;
mod city_missing;
mod domain_malformed;
mod domain_missing;
mod domain_misspelt;
mod domain_satker;
mod domain_url;
mod missing;
mod separator;
mod spacing;

use super::Rule;

pub const RULES: &[&dyn Rule] = &[
    &missing::Missing,
    &city_missing::CityMissing,
    &city_case::CityCase,
    &city_comma::CityComma,
    &domain_missing::DomainMissing,
    &domain_url::DomainUrl,
    &domain_malformed::DomainMalformed,
    &domain_satker::DomainSatker,
    &domain_misspelt::DomainMisspelt,
    &separator::Separator,
    &spacing::Spacing,
];

/// The canonical separator between domain and news.
const SEPARATOR: &str = " — ";
