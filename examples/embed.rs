//! Embedding siaran in another tool: lint a release held in memory, print its findings
//! as the `siaran` command's JSON, and fix it. Needs only the lean library:
//!
//! ```sh
//! cargo run --no-default-features --example embed
//! ```

use siaran::{fix, lint, Choices, Date, FixMode, LintInput, Selector};

const RELEASE: &str = "KPU Kota Semarang Gelar Rapat Koordinasi
SEMARANG, kota-semarang.kpu.go.id - Komisi Pemilihan Umum (KPU) Kota Semarang menggelar rapat koordinasi persiapan pemilihan, Senin (27/10).
Rapat dipimpin Ketua KPU Kota Semarang dan diikuti seluruh staf sekretariat. (awh/ed. Foto: rap/KPU Kota Semarang)";

fn main() -> Result<(), Box<dyn std::error::Error>> {
    // Settings are resolved once, as the `siaran` command resolves them, from the options
    // layers: siaran.toml text, then the caller's own choices (what the command line's
    // `--lang`, `--select`, `--ignore` and `--spell` say), over the built-in house style.
    // `Settings::default()` is that style alone.
    let config = "[house]\nsatker = \"kota-semarang\"\n";
    let choices = Choices {
        ignore: vec![Selector::parse("title")?],
        ..Choices::default()
    };
    let settings = siaran::Options::parse(config)?.resolve(config, &choices)?;
    let input = LintInput::new(RELEASE, Date::new(2025, 10, 27)?).path("rilis.txt");

    let report = lint(&input, &settings);
    for finding in &report.findings {
        println!("{} {}: {}", finding.severity.as_str(), finding.rule, finding.message);
    }
    // The same JSON `siaran check --format json` prints for this file.
    println!(
        "{}",
        serde_json::to_string_pretty(&report.to_json("rilis.txt", RELEASE))?
    );

    let fixed = fix(&input, &settings, FixMode::Safe);
    println!(
        "{} fixed in {} passes; {} findings left:\n{}",
        fixed.fixed,
        fixed.passes,
        fixed.report.findings.len(),
        fixed.text
    );
    Ok(())
}
