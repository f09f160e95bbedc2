//! Word files made by LibreOffice (tests/fixtures/docx/README): what siaran reads from
//! them is exactly the text beside them, whose findings `tests/fixtures.rs` checks.
#![cfg(feature = "docx")]

use std::fs;
use std::path::Path;

fn fixture(name: &str) -> Vec<u8> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/docx")
        .join(name);
    fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn text(name: &str) -> String {
    String::from_utf8(fixture(name)).unwrap()
}

#[test]
fn a_text_file_converted_by_libreoffice_reads_back_as_the_text() {
    let docx = siaran::docx::extract(&fixture("rilis-salah.docx")).unwrap();
    assert_eq!(docx.text, text("rilis-salah.txt"));
    assert!(docx.paragraphs.iter().all(|p| !p.in_table && !p.before_title));
}

#[test]
fn title_tracked_changes_field_hyperlink_table_footnote_and_header() {
    let docx = siaran::docx::extract(&fixture("rilis-berjudul.docx")).unwrap();
    assert_eq!(docx.text, text("rilis-berjudul.txt"));
    let styles: Vec<Option<&str>> = docx.paragraphs.iter().map(|p| p.style.as_deref()).collect();
    assert_eq!(styles[..3], [Some("Normal"), Some("Title"), Some("Normal")]);
    let in_table: Vec<usize> = (1..=docx.paragraphs.len())
        .filter(|&n| docx.paragraphs[n - 1].in_table)
        .collect();
    assert_eq!(in_table, [5, 6, 7, 8]);
    assert!(docx.paragraphs[0].before_title);
}
