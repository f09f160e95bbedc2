//! Embedding siaran in another tool: lint a release held in memory, print its findings
//! as the `siaran` command's JSON, and fix it. Needs only the lean library:
//!
//! ```sh
//! cargo run --no-default-features --example embed
//! ```

use siaran::{fix, lint, Date, FixMode, LintInput};

const RELEASE: &str = "KPU Kota Semarang Gelar Rapat Koordinasi
SEMARANG, kota-semarang.kpu.go.id - Komisi Pemilihan Umum (KPU) Kota Semarang menggelar rapat koordinasi persiapan pemilihan, Senin (27/10).
Rapat dipimpin Ketua KPU Kota Semarang dan diikuti seluruh staf sekretariat. (awh/ed. Foto: rap/KPU Kota Semarang)";

fn main() -> Result<(), Box<dyn std::error::Error>> {
    // Settings come from siaran.toml text, or start from the defaults.
    let settings = siaran::config::settings_from_toml("[house]\nsatker = \"kota-semarang\"\n")?;
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
