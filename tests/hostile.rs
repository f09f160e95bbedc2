//! Hostile input: what years of archives copied from CMS exports, Word documents and
//! WhatsApp messages throw at the linter. Every case has a defined outcome (a finding, a
//! clear error, or a clean pass) and runs in bounded time; the library's invariants
//! (spans in the text, on character boundaries, on existing lines) are checked on each.
//!
//! Sizes: `cargo test` builds in debug mode, about ten times slower than release, and
//! the whole suite must stay within a few seconds. So the scale cases run at debug-sized
//! inputs, and a linearity check carries the weight: doubling an input may at most
//! roughly double the time (3x allowed for noise; a quadratic scan shows 4x once it
//! dominates). In debug, a scan with a small constant (comparing findings with
//! findings) only dominates at sizes too slow for `cargo test`; so built with
//! `--release` the same checks run at `SCALE` times the size, where it does, and the
//! ignored case adds the full sizes (a 50 MB single line, 100,000 paragraphs):
//! `cargo test --release --test hostile -- --include-ignored`, which `.ci/run` runs.
//!
//! Tests here run one at a time (`SERIAL`), so timings are not disturbed by each other.

mod invariants;

use std::fs;
use std::path::Path;
use std::process::{Command, Output};
use std::sync::{Mutex, MutexGuard};
use std::time::{Duration, Instant};

use siaran::document::Document;
use siaran::fix::{self, FixMode};
use siaran::{lint, LintInput, Report, Settings, SourceKind};

static SERIAL: Mutex<()> = Mutex::new(());

/// How much larger the linearity inputs are in a release build.
const SCALE: usize = if cfg!(debug_assertions) { 1 } else { 16 };

fn serial() -> MutexGuard<'static, ()> {
    SERIAL.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// A clean release around one paragraph (satker kota-semarang, date 2025-10-27).
const TEMPLATE: &str = siaran::Example::TEMPLATE;

/// A paragraph with an address, a quotation, a date and a parenthesis: the structures
/// whose lookups were once linear scans.
const PARAGRAPH: &str =
    "Peserta membahas jadwal unggahan di laman kpu.go.id, Senin (27/10), dan “kami siap” ujar Ratna (Humas).";

fn release(paragraph: &str) -> String {
    TEMPLATE.replace("{}", paragraph)
}

fn lint_checked(text: &str, path: Option<&str>) -> Report {
    let input = LintInput {
        source: text,
        path,
        date: Some(jiff::civil::date(2025, 10, 27)),
        today: jiff::civil::date(2025, 10, 27),
    };
    let report = lint(&input, &Settings::default());
    invariants::check_report(text, &report);
    report
}

/// `rule line:column` of every finding.
fn found(text: &str, path: Option<&str>) -> Vec<String> {
    let report = lint_checked(text, path);
    let at = |offset| report.lines.position(text, offset);
    let list = report.findings.iter();
    list.map(|f| format!("{} {}:{}", f.rule, at(f.span.start).line, at(f.span.start).column))
        .collect()
}

fn siaran(args: &[&str], dir: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_siaran"))
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .output()
        .expect("the siaran binary runs")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// Lints `text` and places every finding on its line and column, as a renderer does.
fn lint_and_place(text: &str) {
    let report = lint_checked(text, Some("rilis.md"));
    for f in &report.findings {
        std::hint::black_box(report.lines.position(text, f.span.end));
    }
}

/// Only parses: the document model alone, at sizes where its own scans would show.
fn parse_only(text: &str) {
    let doc = Document::parse(text, SourceKind::Text);
    assert!(doc.paragraphs.len() > 1);
}

/// Fixes every safe fix, as `--fix` does; the result must be stable.
fn fix_all(text: &str) {
    let input = LintInput {
        source: text,
        path: None,
        date: Some(jiff::civil::date(2025, 10, 27)),
        today: jiff::civil::date(2025, 10, 27),
    };
    assert!(fix::fix(&input, &Settings::default(), FixMode::Safe).converged);
}

/// The fastest of three runs of `work` on `text`, in seconds of this thread's CPU time:
/// wall time measures the other processes of a busy machine too (developers and CI
/// compile beside the tests), and made the ratios below flaky.
fn seconds(text: &str, work: fn(&str)) -> f64 {
    (0..3)
        .map(|_| {
            let start = thread_cpu_seconds();
            work(text);
            thread_cpu_seconds() - start
        })
        .fold(f64::INFINITY, f64::min)
}

fn thread_cpu_seconds() -> f64 {
    let mut now = libc::timespec { tv_sec: 0, tv_nsec: 0 };
    // SAFETY: `now` is a valid timespec for the call to fill; the clock id is a constant
    // every Linux kernel since 2.6.12 supports.
    let status = unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut now) };
    assert_eq!(status, 0, "clock_gettime(CLOCK_THREAD_CPUTIME_ID)");
    now.tv_sec as f64 + now.tv_nsec as f64 * 1e-9
}

/// `work` on `make(2n)` takes at most about twice as long as on `make(n)`.
fn assert_linear(name: &str, make: impl Fn(usize) -> String, n: usize, work: fn(&str)) {
    let n = n * SCALE;
    let (small, large) = (seconds(&make(n), work), seconds(&make(2 * n), work));
    assert!(
        large <= 3.0 * small + 0.01,
        "{name}: {small:.3} s at n = {n}, {large:.3} s at 2n: not linear"
    );
}

#[test]
fn empty_bom_only_and_white_space_only_files_pass_clean() {
    let _serial = serial();
    for source in ["", "\u{feff}", "  \n\t\n \r\n", "\u{feff}\r\n\r\n"] {
        for path in [None, Some("rilis.md")] {
            assert!(found(source, path).is_empty(), "{source:?}");
        }
    }
    let dir = tempfile::tempdir().expect("temp dir");
    fs::write(dir.path().join("kosong.txt"), "").expect("write");
    fs::write(dir.path().join("bom.md"), "\u{feff}").expect("write");
    let out = siaran(&["check", "kosong.txt", "bom.md"], dir.path());
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(text(&out.stdout), "Tidak ada temuan dalam 2 berkas.\n");
}

/// NUL and other control characters from broken exports are text like any other: the
/// release is linted, and columns still count characters.
#[test]
fn nul_bytes_are_linted_as_text() {
    let _serial = serial();
    let source = release("Peserta\0 membahas jadwal\u{7}  unggahan.");
    assert_eq!(found(&source, None), ["punct/double-space 3:26"]);
}

#[test]
fn invalid_utf8_and_utf16_are_errors_naming_the_file() {
    let _serial = serial();
    let dir = tempfile::tempdir().expect("temp dir");
    let utf16 = |s: &str, big: bool| -> Vec<u8> {
        let units = s.encode_utf16();
        units
            .flat_map(|u| if big { u.to_be_bytes() } else { u.to_le_bytes() })
            .collect()
    };
    let files: [(&str, Vec<u8>); 5] = [
        ("rusak.txt", b"Judul\nSemarang \xe2\x80 rusak\n".to_vec()),
        ("le.txt", [&[0xFF, 0xFE][..], &utf16("Judul\nIsi.", false)].concat()),
        ("be.txt", [&[0xFE, 0xFF][..], &utf16("Judul\nIsi.", true)].concat()),
        ("tanpa-bom.txt", utf16("Judul rilis\nIsi rilis.", false)),
        ("baik.txt", release("Peserta hadir.").into_bytes()),
    ];
    for (name, bytes) in &files {
        fs::write(dir.path().join(name), bytes).expect("write");
    }
    let out = siaran(&["check", "--format", "concise", "."], dir.path());
    assert_eq!(out.status.code(), Some(2));
    let errors = text(&out.stderr);
    for expected in [
        "./rusak.txt: UTF-8 tidak sah pada bita ke-15; simpan ulang sebagai UTF-8",
        "./le.txt: berkas berkode UTF-16; simpan ulang sebagai UTF-8",
        "./be.txt: berkas berkode UTF-16",
        "./tanpa-bom.txt: berkas berkode UTF-16",
    ] {
        assert!(errors.contains(expected), "{expected} missing from {errors}");
    }
    assert!(
        text(&out.stdout).contains("Tidak ada temuan dalam 1 berkas."),
        "the good file is checked"
    );
}

/// Decomposed accents, zero-width characters inside words, right-to-left text and emoji
/// leave a clean release clean; columns count characters, not bytes.
#[test]
fn nfd_zero_width_rtl_and_emoji_pass_clean() {
    let _serial = serial();
    for paragraph in [
        "Peserta menikmati kafe\u{301} dan cre\u{300}me bru\u{302}le\u{301}e di kantin.",
        "Peserta memba\u{200b}has jadwal di la\u{200d}man resmi\u{feff} dan media sosial.",
        "Anggota K\u{200b}PU dan Bawa\u{200c}slu hadir.",
        "Tamu menyapa \u{645}\u{631}\u{62d}\u{628}\u{627} 🎉👍🏽 lalu \u{202e}membaca\u{202c} jadwal.",
    ] {
        assert!(found(&release(paragraph), None).is_empty(), "{paragraph}");
    }
    let emoji_then_error = release("🎉👍🏽 Peserta  hadir.");
    assert_eq!(found(&emoji_then_error, None), ["punct/double-space 3:12"]);
}

#[test]
fn crlf_and_lone_cr_lines_are_numbered_like_lf() {
    let _serial = serial();
    let lf = release("Peserta hadir.\nKalimat  lain.").replace("— Komisi", "- Komisi");
    let expected = ["dateline/separator 2:34", "punct/double-space 4:8"];
    assert_eq!(found(&lf, None), expected);
    assert_eq!(found(&lf.replace('\n', "\r\n"), None), expected);
    assert_eq!(found(&lf.replace('\n', "\r"), None), expected);
    // The human output draws only the line of the finding, not the whole CR file.
    let dir = tempfile::tempdir().expect("temp dir");
    fs::write(dir.path().join("mac.txt"), lf.replace('\n', "\r")).expect("write");
    let shown = text(&siaran(&["check", "mac.txt"], dir.path()).stdout);
    assert!(shown.contains("┌─ mac.txt:4:8\n  │\n4 │ Kalimat  lain.\n"), "{shown}");
    let lines: Vec<&str> = lf.split('\n').collect();
    let mixed = format!(
        "{}\r\n{}\r{}\n{}\r\n{}",
        lines[0], lines[1], lines[2], lines[3], lines[4]
    );
    assert_eq!(found(&mixed, None), expected);
}

#[test]
fn deep_nesting_is_linear_and_balanced_nesting_is_clean() {
    let _serial = serial();
    for (open, close) in [("(", ")"), ("“", "”"), ("[", "]")] {
        let nested = |n: usize| release(&format!("Peserta {}hadir{} semua.", open.repeat(n), close.repeat(n)));
        assert_eq!(found(&nested(200), None), Vec::<String>::new(), "{open}");
        assert_linear(open, nested, 1500, lint_and_place);
    }
    // In the last paragraph the brackets are searched for the credit tail too.
    let closing = |n: usize| format!("{}\n{}a{}", release("Peserta hadir."), "(".repeat(n), ")".repeat(n));
    assert_linear("nested brackets in the last paragraph", closing, 1500, lint_and_place);
    let unclosed = |n: usize| release(&"( kata \" “ ".repeat(n));
    assert_linear("unclosed marks", unclosed, 1500, lint_and_place);
    // Each unclosed `(` was once judged as a credit by searching the rest of the line.
    let brackets_then_quotes = |n: usize| format!("Judul\n{}{}\n", "(".repeat(n), "\"".repeat(n / 2));
    assert_linear(
        "unclosed brackets, then quotes",
        brackets_then_quotes,
        3000,
        lint_and_place,
    );
    // `)` alone: each one looked back to the previous space for a list marker (`1)`).
    let closing_only = |n: usize| format!("Judul\n{}\n", ")".repeat(n));
    assert_linear("closing brackets alone", closing_only, 10_000, lint_and_place);
}

/// An opening delimiter without a closing one: one finding at the delimiter, and the
/// rest is still linted as a release.
#[test]
fn front_matter_that_never_closes() {
    let _serial = serial();
    let source = format!("---\ntitle: Rapat\ndate: 2025-10-27\n{}", release("Peserta  hadir."));
    assert_eq!(
        found(&source, Some("rilis.md")),
        ["meta/malformed 1:1", "punct/double-space 6:8"]
    );
    let keys = |n: usize| {
        let list = "tags:\n  - “rapat” — humas\n".repeat(n);
        format!(
            "---\n{list}title: Rapat\ndate: 2025-10-27\n---\n{}",
            release("Peserta hadir.")
        )
    };
    assert_linear("long front matter", keys, 1000, lint_and_place);
}

#[test]
fn many_paragraphs_and_long_lines_are_linear() {
    let _serial = serial();
    let paragraphs = |n: usize| release(&vec![PARAGRAPH; n].join("\n"));
    assert_linear("parsing paragraphs", paragraphs, 1000, parse_only);
    assert_linear("paragraphs", paragraphs, 150, lint_and_place);
    let blank_separated = |n: usize| release(&vec![PARAGRAPH; n].join("\n\n"));
    assert_linear("blank-separated paragraphs", blank_separated, 150, lint_and_place);
    let one_line = |n: usize| release(&vec![PARAGRAPH; n].join(" "));
    assert_linear("one long line", one_line, 150, lint_and_place);
    let abbreviations = |n: usize| release(&"KPU dan TPS ".repeat(n));
    assert_linear("abbreviations in one paragraph", abbreviations, 1500, lint_and_place);
    let findings_on_one_line = |n: usize| release(&"kata kata,, ".repeat(n));
    assert_linear("findings on one line", findings_on_one_line, 1500, lint_and_place);
    // A lead of domains glued to letters, none of which opens a dateline: the pattern
    // search that once found them was quadratic (209 s for a 1 MB lead).
    let glued_domains = |n: usize| format!("Judul\n{}\nRapat selesai.\n", "xkpu.go.id".repeat(n));
    assert_linear("glued domains in the lead", glued_domains, 2000, parse_only);
    // One token of glued commas and periods: each mark once re-read the token from its
    // start (35 s for a 600 KB line).
    let glued_marks = |n: usize| release(&"go.go,kata.Rapat".repeat(n));
    assert_linear("glued marks in one token", glued_marks, 1500, lint_and_place);
}

/// Many findings of one kind, each once compared with all the others: distinct unknown
/// abbreviations, misspelt day names, suppression comments, spelling findings under
/// other families' findings.
#[test]
fn many_findings_of_one_kind_are_linear() {
    let _serial = serial();
    let abbreviation = |i: usize| {
        format!(
            "Z{}{}Q",
            (b'A' + (i % 26) as u8) as char,
            (b'A' + (i / 26 % 26) as u8) as char
        )
    };
    let unknown = |n: usize| release(&(0..n).map(|i| abbreviation(i) + " dan ").collect::<String>());
    assert_linear("unknown abbreviations", unknown, 600, lint_and_place);
    let jumat = |n: usize| release(&"Jum'at (31/10) ".repeat(n));
    assert_linear("misspelt day names", jumat, 1000, lint_and_place);
    let comments = |n: usize| release(&"<!-- siaran-disable punct -->\nKata  kata.\n\n".repeat(n));
    assert_linear("suppression comments", comments, 600, lint_and_place);
    let covered = |n: usize| release(&"kata kata Selasa (27/10) ".repeat(n));
    assert_linear("spelling under other findings", covered, 1000, lint_and_place);
    let fixable = |n: usize| release(&vec!["Peserta rapat  membahas jadwal ,lalu pulang."; n].join("\n"));
    assert_linear("a fix on every line", fixable, 300, fix_all);
}

/// A release on one 2 MB line with findings all along it: the human output shows a
/// window of the line around each finding, not the whole line each time.
#[test]
fn human_output_for_a_long_line_stays_small() {
    let _serial = serial();
    let dir = tempfile::tempdir().expect("temp dir");
    let line = "Peserta membahas jadwal unggahan di laman resmi dan media sosial. ".repeat(32_000);
    let source = release(&format!("{line}Kalimat  akhir."));
    fs::write(dir.path().join("panjang.txt"), &source).expect("write");
    let started = Instant::now();
    let out = siaran(&["check", "panjang.txt"], dir.path());
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let shown = text(&out.stdout);
    assert!(
        shown.contains("panjang.txt:3:2112008"),
        "{}",
        &shown[..shown.len().min(2000)]
    );
    assert!(shown.len() < 4000, "{} bytes of output", shown.len());
    assert!(started.elapsed() < Duration::from_secs(20));
}

#[cfg(unix)]
#[test]
fn links_loops_fifos_and_folders_where_files_are_expected() {
    use std::os::unix::fs::symlink;
    let _serial = serial();
    let dir = tempfile::tempdir().expect("temp dir");
    let root = dir.path();
    fs::create_dir_all(root.join("arsip/2024")).expect("mkdir");
    fs::write(root.join("arsip/2024/rapat.txt"), release("Peserta  hadir.")).expect("write");
    // A loop: arsip/2024/balik -> arsip. Links are not followed, so the walk ends.
    symlink(root.join("arsip"), root.join("arsip/2024/balik")).expect("symlink");
    symlink(root.join("hilang.txt"), root.join("arsip/putus.txt")).expect("symlink");
    // A folder named like a release is walked into, not read.
    fs::create_dir(root.join("arsip/folder.txt")).expect("mkdir");
    let fifo = Command::new("mkfifo").arg(root.join("arsip/pipa.txt")).status();
    assert!(fifo.is_ok_and(|s| s.success()), "mkfifo");

    let out = siaran(&["check", "--format", "concise", "arsip"], root);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert_eq!(
        text(&out.stdout),
        "arsip/2024/rapat.txt:3:8: warning[punct/double-space] Spasi ganda di antara kata\nDitemukan 1 temuan (0 galat, 1 peringatan, 0 info) dalam 1 berkas.\n1 temuan dapat diperbaiki otomatis (perbaikan aman).\n",
        "the loop, the dangling link, the FIFO and the folder are skipped"
    );
    // Named on the command line, a dangling link cannot be read (running as root,
    // permission bits would not stop a read, so this is how "unreadable" is tested):
    // exit 2 naming it, and the other files are still checked.
    let out = siaran(
        &[
            "check",
            "--format",
            "concise",
            "arsip/putus.txt",
            "arsip/2024/rapat.txt",
        ],
        root,
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).starts_with("siaran: error: arsip/putus.txt: berkas atau folder tidak ada"));
    assert!(text(&out.stdout).contains("arsip/2024/rapat.txt:3:8"));
}

/// The full sizes, through the release binary:
/// `cargo test --release --test hostile -- --ignored`.
#[test]
#[ignore = "heavy: 50 MB and 100,000 paragraphs; run with --release"]
fn full_size_archives_in_release() {
    let _serial = serial();
    let dir = tempfile::tempdir().expect("temp dir");
    let line = PARAGRAPH.replace("kpu.go.id", "laman resmi") + " ";
    let single = release(&line.repeat(50_000_000 / line.len()));
    fs::write(dir.path().join("satu-baris.txt"), &single).expect("write");
    let paragraphs = release(&vec![PARAGRAPH; 100_000].join("\n"));
    fs::write(dir.path().join("paragraf.txt"), &paragraphs).expect("write");
    for name in ["satu-baris.txt", "paragraf.txt"] {
        let started = Instant::now();
        let out = siaran(&["check", "--quiet", "--format", "concise", name], dir.path());
        let took = started.elapsed();
        eprintln!("{name}: {took:?}, exit {:?}", out.status.code());
        assert!(matches!(out.status.code(), Some(0 | 1)), "{}", text(&out.stderr));
        assert!(took < Duration::from_secs(60), "{name}: {took:?}");
    }
}
