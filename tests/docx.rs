//! Word files made by LibreOffice (tests/fixtures/docx/README): what siaran reads from
//! them is exactly the text beside them, whose findings `tests/fixtures.rs` checks.
#![cfg(feature = "docx")]

use std::fs;
use std::path::Path;

use proptest::prelude::*;

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

/// The parts of a fixture, unpacked.
fn parts(name: &str) -> Vec<(String, Vec<u8>)> {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(fixture(name))).unwrap();
    (0..zip.len())
        .map(|i| {
            let mut entry = zip.by_index(i).unwrap();
            let mut bytes = Vec::new();
            std::io::Read::read_to_end(&mut entry, &mut bytes).unwrap();
            (entry.name().unwrap().into_owned(), bytes)
        })
        .collect()
}

/// Packs parts again, stored, so that damage inside a part reaches the XML reader
/// instead of failing the archive's checksum.
fn pack(parts: &[(String, Vec<u8>)]) -> Vec<u8> {
    use std::io::Write;
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    for (name, bytes) in parts {
        zip.start_file(name.as_str(), options).unwrap();
        zip.write_all(bytes).unwrap();
    }
    zip.finish().unwrap().into_inner()
}

/// Markup that exercises the reader's state: paragraphs, deletions, fields, tables.
const PIECES: [&str; 12] = [
    "<w:p>",
    "</w:p>",
    "<w:del>",
    "</w:del>",
    r#"<w:fldChar w:fldCharType="begin"/>"#,
    r#"<w:fldChar w:fldCharType="separate"/>"#,
    r#"<w:fldChar w:fldCharType="end"/>"#,
    "<w:tbl><w:tr><w:tc>",
    "<w:pPr><w:rPr><w:del/></w:rPr></w:pPr>",
    "&#10;&#13;&#x2028;",
    r#"<w:sym w:char="110000"/>"#,
    "<mc:AlternateContent xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\">",
];

/// What any outcome must satisfy: a text of one line per paragraph, or a message free of
/// control characters.
fn check(bytes: &[u8]) -> Result<(), TestCaseError> {
    match siaran::docx::extract(bytes) {
        Ok(docx) => {
            prop_assert_eq!(docx.text.matches('\n').count(), docx.paragraphs.len());
            prop_assert!(!docx.text.contains('\r'));
        }
        Err(e) => {
            let message = e.to_string();
            prop_assert!(!message.chars().any(char::is_control), "{}", message);
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn damaged_parts_read_or_fail_cleanly(
        edits in prop::collection::vec((any::<prop::sample::Index>(), any::<u8>(), 0u8..4), 1..8),
        styles in any::<bool>(),
    ) {
        let mut parts = parts("rilis-berjudul.docx");
        let wanted = if styles { "word/styles.xml" } else { "word/document.xml" };
        let part = &mut parts.iter_mut().find(|(name, _)| name == wanted).unwrap().1;
        for (at, byte, kind) in edits {
            let i = at.index(part.len() + 1);
            match kind {
                0 if i < part.len() => part[i] = byte,
                1 => part.truncate(i),
                2 => {
                    let piece = PIECES[usize::from(byte) % PIECES.len()];
                    part.splice(i..i, piece.bytes());
                }
                _ => part.insert(i, byte),
            }
        }
        check(&pack(&parts))?;
    }

    #[test]
    fn damaged_archives_read_or_fail_cleanly(
        edits in prop::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 1..6),
        cut in any::<prop::sample::Index>(),
    ) {
        let mut bytes = fixture("rilis-salah.docx");
        for (at, byte) in edits {
            let i = at.index(bytes.len());
            bytes[i] = byte;
        }
        check(&bytes)?;
        check(&bytes[..cut.index(bytes.len())])?;
    }
}
