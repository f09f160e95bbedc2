//! Hostile text aimed at the reader's terminal (CWE-150): a release, or a file name,
//! holding `ESC ] 0 ; … BEL` (set the window title), `ESC [ 2 J` (clear the screen), the
//! one-byte C1 CSI or bidi overrides. Nothing of it may reach standard output or
//! standard error raw in any format; the human and concise formats show it escaped.

use std::fs;

mod common;

use common::siaran;

/// A release whose second line carries every kind of attack, with findings around them.
const HOSTILE: &str = "Judul\nSemarang  \x1b]0;dibajak\x07 kata\x1b[2J  lagi \u{9b}31m \u{202e}txt.exe  akhir\n";

/// The bytes a terminal would act on.
fn raw_controls(out: &[u8]) -> Vec<String> {
    let text = String::from_utf8_lossy(out);
    text.chars()
        .filter(|&c| {
            (c < ' ' && c != '\n' && c != '\t')
                || ('\x7f'..='\u{9f}').contains(&c)
                || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{200e}' | '\u{200f}' | '\u{61c}')
        })
        .map(|c| format!("{c:?}"))
        .collect()
}

#[test]
fn no_format_writes_control_characters_from_the_input() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("rilis.txt"), HOSTILE).unwrap();
    for format in ["human", "concise", "json", "sarif", "github"] {
        let out = siaran(&["check", "--format", format, "rilis.txt"], dir.path());
        assert_eq!(out.status.code(), Some(1), "{format}");
        assert_eq!(raw_controls(&out.stdout), Vec::<String>::new(), "{format} stdout");
        assert_eq!(raw_controls(&out.stderr), Vec::<String>::new(), "{format} stderr");
    }
}

/// The excerpt shows each escape where the character was, and the carets still point at
/// the finding: the double space before `lagi`, on column 32.
#[test]
fn human_excerpts_show_escapes_and_carets_stay_aligned() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("rilis.txt"), HOSTILE).unwrap();
    let out = siaran(&["check", "--select", "punct/double-space", "rilis.txt"], dir.path());
    let shown = String::from_utf8(out.stdout).unwrap();
    let line = "2 │ Semarang  \\x1b]0;dibajak\\x07 kata\\x1b[2J  lagi \\u{9b}31m \\u{202e}txt.exe  akhir\n";
    assert!(shown.contains(line), "{shown}");
    let expected = format!(
        "┌─ rilis.txt:2:32\n  │\n{line}  │ {}^^\n",
        " ".repeat(line[..line.find("  lagi").unwrap()].chars().count() - 4)
    );
    assert!(shown.contains(&expected), "{shown}");
    let concise = siaran(&["check", "--format", "concise", "rilis.txt"], dir.path());
    assert!(String::from_utf8(concise.stdout)
        .unwrap()
        .contains("rilis.txt:2:32: warning[punct/double-space]"));
}

/// File names are input too: a folder walk, and an error naming the file.
#[cfg(unix)]
#[test]
fn hostile_file_names_are_escaped_in_output_and_errors() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("a\x1b[2J.txt"), HOSTILE).unwrap();
    fs::write(dir.path().join("b\u{202e}txt.md"), b"Judul\n\xff\n").unwrap();
    for format in ["human", "concise", "github"] {
        let out = siaran(&["check", "--format", format, "."], dir.path());
        assert_eq!(out.status.code(), Some(2), "{format}");
        assert_eq!(raw_controls(&out.stdout), Vec::<String>::new(), "{format} stdout");
        assert_eq!(raw_controls(&out.stderr), Vec::<String>::new(), "{format} stderr");
        let stdout = String::from_utf8(out.stdout).unwrap();
        assert!(stdout.contains("a\\x1b[2J.txt"), "{format}: {stdout}");
        let stderr = String::from_utf8(out.stderr).unwrap();
        assert!(stderr.contains("b\\u{202e}txt.md"), "{stderr}");
    }
}
