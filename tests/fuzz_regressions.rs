//! Inputs the fuzzer found a crash with (and a few hand-made hard cases), kept under
//! `tests/fuzz-regressions/<target>/` and run through the fuzz targets' own checks, so
//! CI guards them on stable Rust without a fuzzer. Add a file there for every crash
//! `scripts/fuzz.sh` finds (it prints the path of the crashing input).

mod invariants;

use std::fs;
use std::path::Path;

fn run_all(target: &str, check: fn(&[u8])) {
    let folder = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fuzz-regressions")
        .join(target);
    let mut inputs: Vec<_> = fs::read_dir(&folder)
        .unwrap_or_else(|e| panic!("{}: {e}", folder.display()))
        .map(|entry| entry.expect("readable folder entry").path())
        .collect();
    inputs.sort();
    assert!(!inputs.is_empty(), "{}: no inputs", folder.display());
    for path in inputs {
        let data = fs::read(&path).expect("readable input");
        let outcome = std::panic::catch_unwind(|| check(&data));
        assert!(outcome.is_ok(), "{} fails its invariants", path.display());
    }
}

#[test]
fn parse() {
    run_all("parse", invariants::parse);
}

#[test]
fn lint() {
    run_all("lint", invariants::lint);
}

#[test]
fn fix() {
    run_all("fix", invariants::fix);
}

#[test]
fn config() {
    run_all("config", invariants::config);
}

#[test]
fn front_matter() {
    run_all("front_matter", invariants::front_matter);
}
