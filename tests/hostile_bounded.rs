//! Bounded findings, memory and time on a hostile file: a line of `kata kata kata …`,
//! where every word doubles the one before. Each file reports at most `max-findings`
//! findings and closes with one saying the list was cut off.
//!
//! The 20 MB case runs through the release binary in CI:
//! `cargo test --release --test hostile_bounded -- --include-ignored` (under 5 s, and
//! under 200 MB at its peak).

mod common;

use common::siaran;
use std::fs;
use std::time::{Duration, Instant};

/// `Judul` and one line of `bytes` bytes of `kata `.
fn doubled_words(bytes: usize) -> String {
    format!("Judul\n{}\n", "kata ".repeat(bytes / 5))
}

#[test]
fn a_file_reports_at_most_max_findings_and_says_it_was_cut_off() {
    let dir = tempfile::tempdir().expect("temp dir");
    fs::write(dir.path().join("rilis.txt"), doubled_words(20_000)).expect("write");
    fs::write(dir.path().join("siaran.toml"), "max-findings = 100\n").expect("write");
    let out = siaran(&["check", "--format", "concise", "--quiet", "rilis.txt"], dir.path());
    assert_eq!(out.status.code(), Some(1), "the missing dateline and credit are errors");
    let stdout = String::from_utf8(out.stdout).expect("UTF-8");
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines.len(), 101, "{stdout}");
    assert!(
        lines[100].contains("warning[meta/too-many-findings] Lebih dari 100 temuan"),
        "{}",
        lines[100]
    );
    let json = siaran(&["check", "--format", "json", "--lang", "en", "rilis.txt"], dir.path());
    let value: serde_json::Value = serde_json::from_slice(&json.stdout).expect("JSON");
    let findings = value["files"][0]["findings"].as_array().expect("findings");
    assert_eq!(findings.len(), 101);
    assert!(findings[100]["message"]
        .as_str()
        .is_some_and(|m| m.starts_with("More than 100 findings")));
}

/// The peak resident memory of the children waited for so far, in bytes.
#[cfg(unix)]
fn children_peak_memory() -> u64 {
    // SAFETY: getrusage only writes the struct it is given.
    let usage = unsafe {
        let mut usage: libc::rusage = std::mem::zeroed();
        libc::getrusage(libc::RUSAGE_CHILDREN, &mut usage);
        usage
    };
    u64::try_from(usage.ru_maxrss).unwrap_or(0) * 1024
}

#[cfg(unix)]
#[test]
#[ignore = "heavy: a 20 MB line; run with --release"]
fn a_20_mb_line_of_doubled_words_in_release() {
    let dir = tempfile::tempdir().expect("temp dir");
    fs::write(dir.path().join("kata.txt"), doubled_words(20 << 20)).expect("write");
    let started = Instant::now();
    let out = siaran(&["check", "kata.txt"], dir.path());
    let took = started.elapsed();
    let peak = children_peak_memory();
    eprintln!("20 MB line: {took:?}, peak {} MB", peak >> 20);
    assert_eq!(out.status.code(), Some(1));
    assert!(out.stdout.len() < 4 << 20, "{} bytes of output", out.stdout.len());
    assert!(took < Duration::from_secs(5), "{took:?}");
    assert!(peak < 200 << 20, "peak memory {} MB", peak >> 20);
}
