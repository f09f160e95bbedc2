//! siaran::fix::fix in safe and unsafe mode: converges, and fixing the result again changes nothing.

#![no_main]

#[path = "../../tests/invariants/mod.rs"]
mod invariants;

libfuzzer_sys::fuzz_target!(|data: &[u8]| invariants::fix(data));
