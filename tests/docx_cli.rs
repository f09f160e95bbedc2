//! `siaran check` on Word documents: findings at paragraph:column, folder walks, the
//! refusal to --fix, and hostile files ending with a clear error that names the file.
#![cfg(feature = "cli")]

use std::fs;
use std::io::{Cursor, Write};

mod common;

use common::{root, siaran, siaran_stdin, stderr, stdout};

const FIXTURES: &str = "tests/fixtures/docx";

/// `file:line:column rule` for each finding of a concise report.
fn findings(out: &std::process::Output) -> Vec<String> {
    stdout(out)
        .lines()
        .filter_map(|line| {
            let (place, rest) = line.split_once(": ")?;
            let rule = rest.split_once('[')?.1.split_once(']')?.0;
            Some(format!("{place} {rule}"))
        })
        .collect()
}

#[test]
fn findings_are_reported_at_paragraph_and_column() {
    let out = siaran(
        &[
            "check",
            "rilis-salah.docx",
            "rilis-berjudul.docx",
            "--date",
            "2025-10-27",
            "--format",
            "concise",
        ],
        &root().join(FIXTURES),
    );
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert_eq!(
        findings(&out),
        [
            "rilis-salah.docx:2:34 dateline/separator",
            "rilis-salah.docx:2:156 abbr/form",
            "rilis-salah.docx:4:41 punct/double-space",
            "rilis-salah.docx:4:63 baku/non-standard-word",
            "rilis-berjudul.docx:3:34 dateline/separator",
            "rilis-berjudul.docx:3:139 abbr/form",
            "rilis-berjudul.docx:9:62 baku/non-standard-word",
        ]
    );
}

#[test]
fn a_word_file_reports_what_its_text_reports() {
    let check = |file: &str| {
        let out = siaran(
            &["check", file, "--date", "2025-10-27", "--format", "json"],
            &root().join(FIXTURES),
        );
        let mut json: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
        json["files"][0]["path"] = serde_json::Value::Null;
        json
    };
    assert_eq!(check("rilis-salah.docx"), check("rilis-salah.txt"));
}

#[test]
fn folders_are_searched_for_word_files_in_any_case() {
    let dir = tempfile::tempdir().unwrap();
    fs::copy(
        root().join(FIXTURES).join("rilis-salah.docx"),
        dir.path().join("RILIS.DOCX"),
    )
    .unwrap();
    fs::write(dir.path().join("catatan.odt"), "not a release").unwrap();
    let out = siaran(
        &["check", ".", "--date", "2025-10-27", "--format", "concise"],
        dir.path(),
    );
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert_eq!(findings(&out).len(), 4);
    assert!(findings(&out).iter().all(|f| f.starts_with("./RILIS.DOCX:")));
}

#[test]
fn fix_and_diff_refuse_word_files_and_write_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let docx = fs::read(root().join(FIXTURES).join("rilis-salah.docx")).unwrap();
    let text = fs::read(root().join(FIXTURES).join("rilis-salah.txt")).unwrap();
    fs::write(dir.path().join("rilis.docx"), &docx).unwrap();
    fs::write(dir.path().join("rilis.txt"), &text).unwrap();
    for flag in ["--fix", "--diff"] {
        let out = siaran(&["check", flag, "."], dir.path());
        assert_eq!(out.status.code(), Some(2));
        assert!(stdout(&out).is_empty(), "{}", stdout(&out));
        assert_eq!(
            stderr(&out),
            "siaran: error: ./rilis.docx: --fix and --diff cannot change a Word document; nothing was \
             written. Correct it in Word (findings give paragraph:column), or check a .txt copy\n"
        );
    }
    assert_eq!(fs::read(dir.path().join("rilis.docx")).unwrap(), docx);
    assert_eq!(fs::read(dir.path().join("rilis.txt")).unwrap(), text);
}

#[test]
fn standard_input_stays_text_whatever_its_name() {
    let text = fs::read(root().join(FIXTURES).join("rilis-salah.txt")).unwrap();
    let args = [
        "check",
        "--stdin",
        "--stdin-filename",
        "rilis.docx",
        "--date",
        "2025-10-27",
    ];
    let out = siaran_stdin(&[&args[..], &["--format", "concise"]].concat(), &text);
    assert_eq!(findings(&out)[0], "rilis.docx:2:34 dateline/separator");
    let fixed = siaran_stdin(&[&args[..], &["--fix"]].concat(), &text);
    assert_eq!(fixed.status.code(), Some(0), "{}", stderr(&fixed));
}

fn zip(parts: &[(&str, &[u8])]) -> Vec<u8> {
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
    for (name, bytes) in parts {
        zip.start_file(*name, options).unwrap();
        zip.write_all(bytes).unwrap();
    }
    zip.finish().unwrap().into_inner()
}

/// Checks `bytes` saved as `name` next to a good document: exit 2, the error names the
/// file, and the good one is still checked.
fn refused(name: &str, bytes: &[u8]) -> String {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join(name), bytes).unwrap();
    fs::copy(
        root().join(FIXTURES).join("rilis-salah.docx"),
        dir.path().join("baik.docx"),
    )
    .unwrap();
    let out = siaran(
        &[
            "check",
            name,
            "baik.docx",
            "--date",
            "2025-10-27",
            "--format",
            "concise",
            "-q",
        ],
        dir.path(),
    );
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert_eq!(findings(&out).len(), 4, "the good file is checked too");
    let err = stderr(&out);
    assert!(err.starts_with(&format!("siaran: error: {name}: ")), "{err}");
    assert!(!err.contains('\u{1b}'), "{err}");
    err
}

#[test]
fn hostile_word_files_end_with_a_clear_error() {
    let err = refused("teks.docx", b"Judul\nIsi rilis.\n");
    assert!(err.contains("not a Word document: not a zip archive"), "{err}");

    let err = refused("buku.docx", &zip(&[("mimetype", b"application/epub+zip")]));
    assert!(
        err.ends_with("not a Word document: the zip archive has no word/document.xml\n"),
        "{err}"
    );

    let spaces = vec![b' '; 65 << 20];
    let err = refused("bom.docx", &zip(&[("word/document.xml", &spaces)]));
    assert!(
        err.ends_with(
            "word/document.xml unpacks to more than 64 MiB, too large for a press release (a zip bomb?); not read\n"
        ),
        "{err}"
    );

    let broken =
        b"<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p></w:body>";
    let err = refused("rusak.docx", &zip(&[("word/document.xml", broken)]));
    assert!(err.contains(": bad XML in word/document.xml at byte "), "{err}");

    let ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0];
    let err = refused("lama.docx", &ole);
    assert!(
        err.contains("an old Word (.doc) or password-protected document"),
        "{err}"
    );
}
