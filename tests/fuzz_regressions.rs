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

/// The fixtures, the whole lint pipeline with every rule on (and each safe and unsafe
/// fix mode): the invariants hold on realistic releases too, among them that a rule's
/// declared fix availability matches the fixes it emits and every fix has a title.
#[test]
fn fixtures_keep_the_invariants() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut checked = 0;
    for family in fs::read_dir(&root).expect("tests/fixtures") {
        for entry in fs::read_dir(family.expect("entry").path()).expect("a family folder") {
            let path = entry.expect("entry").path();
            if !path.extension().is_some_and(|e| e == "txt" || e == "md") {
                continue;
            }
            let text = fs::read(&path).expect("readable fixture");
            // The first byte picks the options (see invariants.rs): plain text, then
            // Markdown with a date, spelling and a house configuration.
            for flags in [0x00_u8, 0x3d] {
                let data = [&[flags][..], &text].concat();
                let outcome = std::panic::catch_unwind(|| {
                    invariants::lint(&data);
                    invariants::fix(&data);
                });
                assert!(
                    outcome.is_ok(),
                    "{} (flags {flags:#x}) fails its invariants",
                    path.display()
                );
            }
            checked += 1;
        }
    }
    assert!(checked > 20, "only {checked} fixtures");
}
