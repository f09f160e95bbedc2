//! YAML and TOML front matter, closed or not, with or without a BOM: located, parsed and checked by the meta/ rules with spans in the text.

#![no_main]

#[path = "../../tests/invariants/mod.rs"]
mod invariants;

libfuzzer_sys::fuzz_target!(|data: &[u8]| invariants::front_matter(data));
