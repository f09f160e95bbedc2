//! SARIF output validated against the SARIF 2.1.0 JSON schema (tests/data, with its
//! source and licence), formats included (`uri`, `uri-reference`), by Python's
//! `jsonschema` from PyPI. Without it the test says so and passes, unless
//! `SIARAN_REQUIRE_VALIDATORS` is set, as `scripts/ci-cli.sh` sets it after
//! `pip install 'jsonschema[format-nongpl]'`.

use std::fs;
use std::path::Path;
use std::process::Command;

mod common;

use common::{siaran, stderr, TEMPLATE};

const VALIDATE: &str = r#"
import json, sys
from jsonschema import Draft7Validator, FormatChecker
schema = json.load(open(sys.argv[1]))
validator = Draft7Validator(schema, format_checker=FormatChecker())
# The format checks must be live: a URI with a space is not one.
bad = {"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "x", "informationUri": "a b"}}}]}
assert not validator.is_valid(bad), "format checks are off: install jsonschema[format-nongpl]"
errors = []
for path in sys.argv[2:]:
    for error in validator.iter_errors(json.load(open(path))):
        errors.append(f"{path}: {list(error.absolute_path)}: {error.message}")
print("\n".join(errors))
sys.exit(1 if errors else 0)
"#;

fn validator_available() -> bool {
    let probe = Command::new("python3")
        .args(["-c", "import jsonschema, rfc3986_validator"])
        .output();
    probe.is_ok_and(|o| o.status.success())
}

#[test]
fn sarif_output_is_valid_against_the_2_1_0_schema() {
    if !validator_available() {
        assert!(
            std::env::var_os("SIARAN_REQUIRE_VALIDATORS").is_none(),
            "python3 jsonschema with format checks is required but missing"
        );
        eprintln!("skipped: python3 -m pip install 'jsonschema[format-nongpl]' to validate SARIF");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    fs::create_dir(dir.path().join("arsip 2025")).unwrap();
    let bad = TEMPLATE
        .replace("{}", "Peserta  hadir pada hari Jum'at.")
        .replace("id — ", "id - ");
    fs::write(dir.path().join("arsip 2025/rapat #1 é.txt"), &bad).unwrap();
    fs::write(dir.path().join("bersih.txt"), TEMPLATE.replace("{}", "Peserta hadir.")).unwrap();
    let absolute = dir.path().join("arsip 2025/rapat #1 é.txt").display().to_string();
    let runs: [(&str, Vec<&str>); 4] = [
        ("relative.sarif", vec!["check", "--format", "sarif", "."]),
        (
            "absolute.sarif",
            vec!["check", "--format", "sarif", "--lang", "en", &absolute],
        ),
        ("clean.sarif", vec!["check", "--format", "sarif", "bersih.txt"]),
        (
            "nothing.sarif",
            vec!["check", "--format", "sarif", "arsip 2025/tidak-ada.txt"],
        ),
    ];
    let mut outputs = Vec::new();
    for (name, args) in &runs {
        let out = siaran(args, dir.path());
        assert!(matches!(out.status.code(), Some(0..=2)), "{name}: {}", stderr(&out));
        let path = dir.path().join(name);
        fs::write(&path, &out.stdout).unwrap();
        outputs.push(path.display().to_string());
    }
    let relative: serde_json::Value =
        serde_json::from_slice(&fs::read(dir.path().join("relative.sarif")).unwrap()).unwrap();
    let run = &relative["runs"][0];
    let location = &run["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"];
    assert_eq!(location["uri"], "arsip%202025/rapat%20%231%20%C3%A9.txt");
    assert_eq!(location["uriBaseId"], "%SRCROOT%");
    let driver = &run["tool"]["driver"];
    // The documentation of the source the binary was built from, and each rule's page in it.
    let information = driver["informationUri"].as_str().unwrap();
    assert!(
        information.starts_with("file:///") && information.ends_with("/docs/README.md"),
        "{information}"
    );
    let docs = information.trim_end_matches("README.md");
    for rule in driver["rules"].as_array().unwrap() {
        let id = rule["id"].as_str().unwrap();
        assert_eq!(rule["helpUri"], format!("{docs}rules/{id}.md"));
    }
    let absolute_run: serde_json::Value =
        serde_json::from_slice(&fs::read(dir.path().join("absolute.sarif")).unwrap()).unwrap();
    let uri = &absolute_run["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"];
    assert!(
        uri.as_str()
            .is_some_and(|u| u.starts_with("file:///") && u.ends_with("/arsip%202025/rapat%20%231%20%C3%A9.txt")),
        "{uri}"
    );

    let schema = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/sarif-schema-2.1.0.json");
    let out = Command::new("python3")
        .args(["-c", VALIDATE])
        .arg(&schema)
        .args(&outputs)
        .output()
        .expect("python3 runs");
    assert!(
        out.status.success(),
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}
