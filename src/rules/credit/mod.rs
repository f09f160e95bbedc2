//! `credit/`: the release ends `(awh/ed. Foto: rap/KPU Kota Semarang)`.
//!
//! The document model locates the tail and splits it into parts with spans
//! (`document::credit`); each rule here judges one part, so every drift is reported at
//! its own place with its own fix.
//!
//! What the family flags and what it leaves alone: `docs/credit.md` in the repository.

mod editor_marker;
mod initials_case;
mod institution;
mod missing;
mod photo_label;
mod photo_missing;
mod photo_source;
mod trailing_text;
mod unclosed;

use super::{Context, Rule};

pub const RULES: &[&dyn Rule] = &[
    &missing::Missing,
    &unclosed::Unclosed,
    &initials_case::InitialsCase,
    &editor_marker::EditorMarker,
    &photo_label::PhotoLabel,
    &photo_missing::PhotoMissing,
    &photo_source::PhotoSource,
    &institution::Institution,
    &trailing_text::TrailingText,
];

/// The institution the photo credit should name: the satker's (`KPU Kota Semarang`).
fn satker_institution(cx: &Context<'_>) -> Option<&'static str> {
    cx.satker().map(|s| s.institution.as_str())
}

/// Initials: two to four ASCII letters (`awh`, `RA`).
fn is_initials(text: &str) -> bool {
    (2..=4).contains(&text.len()) && text.bytes().all(|b| b.is_ascii_alphabetic())
}
