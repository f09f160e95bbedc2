//! Document::parse (text and Markdown) and Document::parse_article: every span in the text, on character boundaries, on an existing line.

#![no_main]

#[path = "../../tests/invariants/mod.rs"]
mod invariants;

libfuzzer_sys::fuzz_target!(|data: &[u8]| invariants::parse(data));
