//! How runs end: a closed pipe, `--exit-zero`, `--fix-only` for format-on-save, and the
//! option combinations that are refused rather than silently ignored.

use std::fs;
use std::io::Write;
use std::path::Path;
use std::process::{Command, Output, Stdio};

mod common;

use common::{siaran, siaran_stdin, stderr, stdout};

/// A safe fix (the hyphen separator) and an error no fix can mend (no credit tail).
const FIXABLE_AND_NOT: &str = "Rapat Koordinasi Humas\nSemarang, kota-semarang.kpu.go.id - Komisi Pemilihan Umum (KPU) Kota Semarang menggelar rapat koordinasi humas.\nRapat berlangsung lancar.\n";

/// Runs siaran in `dir` with its standard output closed before it writes anything.
fn with_closed_stdout(args: &[&str], dir: &Path) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_siaran"))
        .args(args)
        .current_dir(dir)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("siaran runs");
    drop(child.stdout.take());
    child.wait_with_output().expect("siaran ends")
}

#[test]
fn a_closed_pipe_ends_quietly_with_exit_0() {
    let dir = tempfile::tempdir().unwrap();
    // Far more output than a pipe buffers, so writing must hit the closed pipe.
    fs::write(
        dir.path().join("rilis.txt"),
        format!("Judul\n{}\n", "kata ".repeat(40_000)),
    )
    .unwrap();
    let runs: [&[&str]; 7] = [
        &["rules", "--format", "json"],
        &["rules"],
        &["explain", "dateline/separator"],
        &["completions", "bash"],
        &["check", "rilis.txt"],
        &["check", "--format", "json", "rilis.txt"],
        &["check", "--format", "concise", "--statistics", "rilis.txt"],
    ];
    for args in runs {
        let out = with_closed_stdout(args, dir.path());
        assert_eq!(out.status.code(), Some(0), "{args:?}: {}", stderr(&out));
        assert_eq!(stderr(&out), "", "{args:?}");
    }
}

#[test]
fn exit_zero_reports_findings_and_exits_0() {
    let out = siaran_stdin(
        &["check", "--stdin", "--format", "concise", "--exit-zero"],
        FIXABLE_AND_NOT.as_bytes(),
    );
    assert_eq!(out.status.code(), Some(0));
    assert!(stdout(&out).contains("error[dateline/separator]"), "{}", stdout(&out));
    let usage = siaran_stdin(&["check", "--stdin", "--exit-zero", "--input-format", "json"], b"{");
    assert_eq!(usage.status.code(), Some(2), "a bad input still exits 2");
}

#[test]
fn fix_only_on_stdin_prints_the_fixed_text_alone_and_exits_0() {
    let out = siaran_stdin(&["check", "--stdin", "--fix-only"], FIXABLE_AND_NOT.as_bytes());
    assert_eq!(out.status.code(), Some(0), "an unfixable error remains, yet exit 0");
    assert_eq!(stdout(&out), FIXABLE_AND_NOT.replace(".id - Komisi", ".id — Komisi"));
    assert_eq!(stderr(&out), "", "no tally for format-on-save");
}

#[test]
fn fix_only_on_a_file_writes_it_and_prints_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("rilis.txt");
    fs::write(&path, FIXABLE_AND_NOT).unwrap();
    let out = siaran(&["check", "--fix-only", "rilis.txt"], dir.path());
    assert_eq!(
        (out.status.code(), stdout(&out).as_str(), stderr(&out).as_str()),
        (Some(0), "", "")
    );
    assert_eq!(
        fs::read_to_string(&path).unwrap(),
        FIXABLE_AND_NOT.replace(".id - Komisi", ".id — Komisi")
    );
    // A fix that cannot be written is still a failure.
    let missing = siaran(&["check", "--fix-only", "hilang.txt"], dir.path());
    assert_eq!(missing.status.code(), Some(2));
}

#[test]
fn ignored_combinations_are_usage_errors() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("rilis.txt"), FIXABLE_AND_NOT).unwrap();
    for (args, says) in [
        (&["check", "--input-format", "json", "rilis.txt"][..], "--stdin"),
        (&["check", "--unsafe-fixes", "rilis.txt"], "--unsafe-fixes"),
        (&["check", "--diff", "--format", "json", "rilis.txt"], "--format"),
        (
            &["check", "--statistics", "--format", "sarif", "rilis.txt"],
            "--statistics",
        ),
    ] {
        let out = siaran(args, dir.path());
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(stderr(&out).contains(says), "{args:?}: {}", stderr(&out));
        assert_eq!(stdout(&out), "", "{args:?}");
    }
    assert_eq!(
        fs::read_to_string(dir.path().join("rilis.txt")).unwrap(),
        FIXABLE_AND_NOT
    );
}

/// Standard input piped in by an editor, answered on a pipe.
#[test]
fn stdin_fix_only_with_a_file_name_reads_that_files_settings() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("siaran.toml"), "[rules]\ndisable = [\"dateline\"]\n").unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_siaran"))
        .args(["check", "--stdin", "--stdin-filename", "rilis.txt", "--fix-only"])
        .current_dir(dir.path())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(FIXABLE_AND_NOT.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(stdout(&out), FIXABLE_AND_NOT, "dateline is off there: nothing to fix");
}

/// clap's usage errors are said in Indonesian unless `--lang en` is given.
#[test]
fn usage_errors_follow_the_language() {
    let dir = tempfile::tempdir().unwrap();
    let id = siaran(&["check", "--frmat", "json"], dir.path());
    assert_eq!(id.status.code(), Some(2));
    assert!(
        stderr(&id).starts_with("error: argumen '--frmat' tidak dikenal\n"),
        "{}",
        stderr(&id)
    );
    assert!(
        stderr(&id).contains("saran: ada argumen yang mirip: '--format'"),
        "{}",
        stderr(&id)
    );
    let en = siaran(&["check", "--lang", "en", "--frmat", "json"], dir.path());
    assert_eq!(en.status.code(), Some(2));
    assert!(
        stderr(&en).starts_with("error: unexpected argument '--frmat' found"),
        "{}",
        stderr(&en)
    );
}

/// `--fix-only` writes fixes, so a Word document is refused as with `--fix`.
#[test]
fn fix_only_refuses_a_word_document() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("rilis.docx"), b"not really a docx").unwrap();
    let out = siaran(&["check", "--fix-only", "rilis.docx"], dir.path());
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("nothing was written"), "{}", stderr(&out));
    assert_eq!(fs::read(dir.path().join("rilis.docx")).unwrap(), b"not really a docx");
}
