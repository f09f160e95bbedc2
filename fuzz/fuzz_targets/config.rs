//! siaran::config::settings_from_toml: settings, or an error at an existing line and column.

#![no_main]

#[path = "../../tests/invariants/mod.rs"]
mod invariants;

libfuzzer_sys::fuzz_target!(|data: &[u8]| invariants::config(data));
