//! The whole lint pipeline, every rule on (dictionary spelling too, with the test dictionary), as a file or as an article: every finding, label and edit span in the text and on character boundaries.

#![no_main]

#[path = "../../tests/invariants/mod.rs"]
mod invariants;

libfuzzer_sys::fuzz_target!(|data: &[u8]| invariants::lint(data));
