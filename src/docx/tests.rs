//! Each construct of the module docs, in small documents built here with the zip writer.

use std::io::{Cursor, Write};

use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, ZipWriter};

use super::*;

const W: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

/// A zip archive of these parts, deflated as Word writes them.
fn archive(parts: &[(&str, &[u8])]) -> Vec<u8> {
    let mut zip = ZipWriter::new(Cursor::new(Vec::new()));
    let options = SimpleFileOptions::default().compression_method(CompressionMethod::Deflated);
    for (name, bytes) in parts {
        zip.start_file(*name, options).unwrap();
        zip.write_all(bytes).unwrap();
    }
    zip.finish().unwrap().into_inner()
}

/// A document whose body is `body`, with the usual prefixes bound.
fn document(body: &str) -> Vec<u8> {
    format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="{W}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><w:body>{body}<w:sectPr><w:pgSz w:w="11906"/></w:sectPr></w:body></w:document>"#
    )
    .into_bytes()
}

fn docx(body: &str) -> Vec<u8> {
    archive(&[("word/document.xml", &document(body))])
}

fn text(body: &str) -> String {
    extract(&docx(body)).unwrap().text
}

/// A paragraph of one run per piece of text.
fn p(runs: &[&str]) -> String {
    let runs: String = runs
        .iter()
        .map(|t| format!(r#"<w:r><w:t xml:space="preserve">{t}</w:t></w:r>"#))
        .collect();
    format!("<w:p>{runs}</w:p>")
}

#[test]
fn paragraphs_are_lines_and_runs_join() {
    let body = [
        p(&["Judul ", "Rilis"]),
        "<w:p/>".to_string(),
        p(&["Isi ", "pertama", "."]),
    ]
    .concat();
    assert_eq!(text(&body), "Judul Rilis\n\nIsi pertama.\n");
}

#[test]
fn run_content() {
    let body = concat!(
        "<w:p><w:r><w:tab/><w:t>Kata</w:t><w:br/><w:t>baris</w:t><w:cr/><w:t xml:space=\"preserve\">lagi </w:t></w:r>",
        "<w:r><w:t>non</w:t><w:noBreakHyphen/><w:t>stop</w:t><w:softHyphen/><w:t>kan</w:t></w:r>",
        r#"<w:r><w:sym w:font="Symbol" w:char="F0B7"/><w:sym w:font="Arial" w:char="2013"/></w:r></w:p>"#,
    );
    assert_eq!(text(body), "\tKata baris lagi non-stopkan\u{2013}\n");
}

#[test]
fn entities_and_line_breaks_inside_text() {
    let body = "<w:p><w:r><w:t>A &amp; B &#x2013; &lt;C&gt;&#10;D</w:t></w:r></w:p>";
    assert_eq!(text(body), "A & B \u{2013} <C> D\n");
}

#[test]
fn tracked_changes_read_as_accepted() {
    let body = concat!(
        r#"<w:p><w:r><w:t>KPU </w:t></w:r><w:ins w:id="1" w:author="A"><w:r><w:t>Kota </w:t></w:r></w:ins>"#,
        r#"<w:del w:id="2" w:author="A"><w:r><w:delText>Kabupaten </w:delText></w:r></w:del>"#,
        r#"<w:moveFrom w:id="3"><w:r><w:t>lama </w:t></w:r></w:moveFrom><w:r><w:t>Semarang</w:t></w:r>"#,
        r#"<w:moveTo w:id="4"><w:r><w:t> baru</w:t></w:r></w:moveTo></w:p>"#,
        // This paragraph's mark is deleted: it runs on into the next.
        r#"<w:p><w:pPr><w:rPr><w:del w:id="5" w:author="A"/></w:rPr></w:pPr><w:r><w:t>satu </w:t></w:r></w:p>"#,
        "<w:p><w:r><w:t>dua</w:t></w:r></w:p>",
    );
    assert_eq!(text(body), "KPU Kota Semarang baru\nsatu dua\n");
}

#[test]
fn a_deleted_paragraph_disappears() {
    // Word marks a deleted paragraph by deleting its runs and its paragraph mark.
    let body = concat!(
        "<w:p><w:r><w:t>Satu.</w:t></w:r></w:p>",
        r#"<w:p><w:pPr><w:rPr><w:del w:id="1" w:author="A"/></w:rPr></w:pPr>"#,
        r#"<w:del w:id="2" w:author="A"><w:r><w:delText>Dihapus.</w:delText></w:r></w:del></w:p>"#,
        "<w:p><w:r><w:t>Dua.</w:t></w:r></w:p>",
    );
    assert_eq!(text(body), "Satu.\nDua.\n");
}

#[test]
fn fields_show_their_result() {
    let body = concat!(
        r#"<w:p><w:r><w:t>Halaman </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r>"#,
        r#"<w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>"#,
        r#"<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>3</w:t></w:r>"#,
        r#"<w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:t>, </w:t></w:r>"#,
        // A field nested in another field's instruction adds nothing either.
        r#"<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>IF </w:instrText></w:r>"#,
        r#"<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>DATE</w:instrText></w:r>"#,
        r#"<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>BUKAN</w:t></w:r>"#,
        r#"<w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:instrText> = 1</w:instrText></w:r>"#,
        r#"<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>ya</w:t></w:r>"#,
        r#"<w:r><w:fldChar w:fldCharType="end"/></w:r>"#,
        r#"<w:fldSimple w:instr=" NUMPAGES "><w:r><w:t> dari 7</w:t></w:r></w:fldSimple></w:p>"#,
    );
    assert_eq!(text(body), "Halaman 3, ya dari 7\n");
}

#[test]
fn deeply_nested_fields_cost_nothing_per_character() {
    // 100,000 fields left open, then 100,000 runs: linear, and none of it displayed.
    let begin = r#"<w:r><w:fldChar w:fldCharType="begin"/></w:r>"#.repeat(100_000);
    let runs = "<w:r><w:t>x</w:t></w:r>".repeat(100_000);
    let started = std::time::Instant::now();
    assert_eq!(text(&format!("<w:p>{begin}{runs}</w:p>")), "\n");
    assert!(started.elapsed() < std::time::Duration::from_secs(20));
}

#[test]
fn hyperlinks_and_content_controls_keep_their_text() {
    let body = concat!(
        r#"<w:p><w:r><w:t>Lihat </w:t></w:r><w:hyperlink r:id="rId5" xmlns:r="urn:r"><w:r><w:t>kpu.go.id</w:t></w:r></w:hyperlink>"#,
        r#"<w:sdt><w:sdtPr><w:alias w:val="Tanggal"/></w:sdtPr><w:sdtContent><w:r><w:t> hari ini</w:t></w:r></w:sdtContent></w:sdt>"#,
        r#"<w:smartTag w:element="place"><w:r><w:t>.</w:t></w:r></w:smartTag></w:p>"#,
    );
    assert_eq!(text(body), "Lihat kpu.go.id hari ini.\n");
}

#[test]
fn word_bookkeeping_adds_no_text() {
    // As Microsoft Word writes a paragraph: revision ids, paragraph ids in an extension
    // namespace, spelling marks, bookmarks, rendered page breaks, a HYPERLINK field.
    let body = concat!(
        r#"<w:p w:rsidR="00A1" w14:paraId="1A2B" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml">"#,
        r#"<w:pPr><w:spacing w:after="160"/><w:rPr><w:lang w:val="id-ID"/></w:rPr></w:pPr>"#,
        r#"<w:bookmarkStart w:id="0" w:name="_GoBack"/><w:proofErr w:type="spellStart"/>"#,
        r#"<w:r w:rsidRPr="00B2"><w:rPr><w:b/><w:lang w:val="id-ID"/></w:rPr><w:lastRenderedPageBreak/><w:t>Semarang</w:t></w:r>"#,
        r#"<w:proofErr w:type="spellEnd"/><w:bookmarkEnd w:id="0"/><w:r><w:t xml:space="preserve">, </w:t></w:r>"#,
        r#"<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> HYPERLINK "https://kota-semarang.kpu.go.id" </w:instrText></w:r>"#,
        r#"<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:rPr><w:rStyle w:val="Hyperlink"/></w:rPr><w:t>kota-semarang.kpu.go.id</w:t></w:r>"#,
        r#"<w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:t xml:space="preserve"> — Rapat.</w:t></w:r></w:p>"#,
    );
    assert_eq!(text(body), "Semarang, kota-semarang.kpu.go.id — Rapat.\n");
}

#[test]
fn table_cells_are_paragraphs() {
    let cell = |t: &str| format!("<w:tc><w:tcPr/>{}</w:tc>", p(&[t]));
    let body = format!(
        "{}<w:tbl><w:tblPr/><w:tblGrid/><w:tr>{}{}</w:tr><w:tr>{}{}</w:tr></w:tbl>{}",
        p(&["Sebelum"]),
        cell("Nama"),
        cell("Suara"),
        cell("A"),
        cell("12"),
        p(&["Sesudah"])
    );
    let docx = extract(&docx(&body)).unwrap();
    assert_eq!(docx.text, "Sebelum\nNama\nSuara\nA\n12\nSesudah\n");
    let in_table: Vec<bool> = docx.paragraphs.iter().map(|p| p.in_table).collect();
    assert_eq!(in_table, [false, true, true, true, true, false]);
}

#[test]
fn notes_comments_drawings_and_text_boxes_are_left_out() {
    let body = concat!(
        r#"<w:p><w:r><w:t>Rapat</w:t></w:r><w:r><w:footnoteReference w:id="1"/></w:r>"#,
        r#"<w:commentRangeStart w:id="0"/><w:r><w:t> pleno</w:t></w:r><w:commentRangeEnd w:id="0"/>"#,
        r#"<w:r><w:commentReference w:id="0"/></w:r>"#,
        r#"<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:txbx><w:txbxContent><w:p><w:r><w:t>KOTAK</w:t></w:r></w:p></w:txbxContent></wps:txbx></w:drawing></mc:Choice>"#,
        r#"<mc:Fallback><w:pict><w:txbxContent><w:p><w:r><w:t>KOTAK</w:t></w:r></w:p></w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r>"#,
        r#"<w:r><w:t>.</w:t></w:r></w:p>"#,
    );
    assert_eq!(text(body), "Rapat pleno.\n");
}

#[test]
fn title_style_is_the_headline() {
    let styles = format!(
        r#"<w:styles xmlns:w="{W}"><w:style w:type="paragraph" w:styleId="Normal"><w:name w:val="Normal"/></w:style><w:style w:type="paragraph" w:styleId="Judul"><w:name w:val="Title"/></w:style><w:style w:type="character" w:styleId="Title"><w:name w:val="Strong"/></w:style></w:styles>"#
    );
    let titled =
        |id: &str, t: &str| format!(r#"<w:p><w:pPr><w:pStyle w:val="{id}"/></w:pPr><w:r><w:t>{t}</w:t></w:r></w:p>"#);
    let body = [
        p(&["KOMISI PEMILIHAN UMUM"]),
        p(&["SIARAN PERS"]),
        titled("Judul", "Judul Rilis"),
        p(&["Isi."]),
    ]
    .concat();
    let bytes = archive(&[
        ("word/document.xml", &document(&body)),
        ("word/styles.xml", styles.as_bytes()),
    ]);
    let docx = extract(&bytes).unwrap();
    // Line numbers stay paragraph numbers: the letterhead's lines are empty.
    assert_eq!(docx.text, "\n\nJudul Rilis\nIsi.\n");
    assert_eq!(docx.paragraphs[2].style.as_deref(), Some("Title"));
    assert!(docx.paragraphs[1].before_title && !docx.paragraphs[2].before_title);

    // Without styles.xml the built-in id is enough; a style merely named like it is not.
    assert_eq!(text(&[p(&["Kop"]), titled("Title", "Judul")].concat()), "\nJudul\n");
    assert_eq!(text(&[p(&["Kop"]), titled("Judul", "Judul")].concat()), "Kop\nJudul\n");

    // A Title paragraph after the body, or in a table, does not blank what comes before.
    let body: String = (1..=9).map(|i| p(&[&format!("Paragraf {i}.")])).collect();
    let late = text(&[body.as_str(), &titled("Title", "Lampiran")].concat());
    assert!(late.starts_with("Paragraf 1.\n"), "{late}");
    let in_table = format!(
        "{}<w:tbl><w:tr><w:tc>{}</w:tc></w:tr></w:tbl>",
        p(&["Judul"]),
        titled("Title", "Sel")
    );
    assert_eq!(text(&in_table), "Judul\nSel\n");
}

#[test]
fn formatting_changes_do_not_change_the_style() {
    let body = r#"<w:p><w:pPr><w:pStyle w:val="Normal"/><w:pPrChange w:id="1"><w:pPr><w:pStyle w:val="Title"/></w:pPr></w:pPrChange></w:pPr><w:r><w:t>A</w:t></w:r></w:p>"#;
    let docx = extract(&docx(body)).unwrap();
    assert_eq!(docx.paragraphs[0].style.as_deref(), Some("Normal"));
}

#[test]
fn strict_namespace_and_other_prefixes() {
    let xml = r#"<x:document xmlns:x="http://purl.oclc.org/ooxml/wordprocessingml/main"><x:body><x:p><x:r><x:t>Ketat</x:t></x:r></x:p></x:body></x:document>"#;
    let bytes = archive(&[("word/document.xml", xml.as_bytes())]);
    assert_eq!(extract(&bytes).unwrap().text, "Ketat\n");
    // Part names are case-insensitive.
    let bytes = archive(&[("Word/Document.xml", &document(&p(&["A"])))]);
    assert_eq!(extract(&bytes).unwrap().text, "A\n");
}

fn error(bytes: &[u8]) -> String {
    extract(bytes).unwrap_err().to_string()
}

#[test]
fn not_a_word_document() {
    assert!(error(b"Judul\nIsi rilis.\n").starts_with("not a Word document: not a zip archive"));
    assert!(error(b"").starts_with("not a Word document: not a zip archive"));
    let ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0];
    assert!(error(&ole).contains("old Word (.doc) or password-protected"));
    let other = archive(&[("mimetype", b"application/epub+zip"), ("word/styles.xml", b"<x/>")]);
    assert_eq!(
        error(&other),
        "not a Word document: the zip archive has no word/document.xml"
    );
}

#[test]
fn messages_in_both_languages() {
    let missing = extract(&archive(&[("word/styles.xml", b"<x/>")])).unwrap_err();
    assert_eq!(
        missing.message(crate::Lang::Id),
        "bukan dokumen Word: arsip zip ini tidak memuat word/document.xml"
    );
    assert_eq!(missing.message(crate::Lang::En), missing.to_string());
}

#[test]
fn malformed_xml_names_the_place() {
    let bad = |xml: &str| error(&archive(&[("word/document.xml", xml.as_bytes())]));
    let mismatched = bad(&format!(
        r#"<w:document xmlns:w="{W}"><w:body><w:p></w:r></w:body></w:document>"#
    ));
    assert!(
        mismatched.starts_with("bad XML in word/document.xml at byte "),
        "{mismatched}"
    );
    let at: u64 = mismatched["bad XML in word/document.xml at byte ".len()..]
        .split(':')
        .next()
        .unwrap()
        .parse()
        .unwrap();
    assert!((80..=100).contains(&at), "{mismatched}");
    assert!(bad(&format!(r#"<w:document xmlns:w="{W}"><w:body><w:p>"#)).contains("ends inside an element"));
    assert!(bad("<w:document>&nbsp;</w:document>").contains("undefined entity"));
    let latin1 = error(&archive(&[("word/document.xml", b"<a>caf\xe9</a>")]));
    assert_eq!(latin1, "bad XML in word/document.xml at byte 6: not UTF-8");
    // Malformed styles are an error too, named as such.
    let styles = archive(&[
        ("word/document.xml", &document("")),
        ("word/styles.xml", b"<w:styles><"),
    ]);
    assert!(error(&styles).starts_with("bad XML in word/styles.xml"));
}

#[test]
fn control_characters_in_messages_are_replaced() {
    let xml = format!("<w:document xmlns:w=\"{W}\"><w:b\u{1b}[31m></w:x></w:document>");
    let message = error(&archive(&[("word/document.xml", xml.as_bytes())]));
    assert!(!message.contains('\u{1b}'), "{message}");
}

#[test]
fn paragraph_bombs_are_refused() {
    let at_limit = "<w:p/>".repeat(MAX_PARAGRAPHS);
    assert_eq!(extract(&docx(&at_limit)).unwrap().paragraphs.len(), MAX_PARAGRAPHS);
    let over = "<w:p/>".repeat(MAX_PARAGRAPHS + 1);
    assert_eq!(
        error(&docx(&over)),
        "more than 100000 paragraphs, too many for a press release; not read"
    );
}

#[test]
fn zip_bombs_are_refused() {
    // 65 MiB of spaces deflate to some 65 KiB.
    let huge = vec![b' '; (MAX_PART_BYTES + (1 << 20)) as usize];
    let bomb = archive(&[("word/document.xml", &huge)]);
    assert!(bomb.len() < 1 << 20);
    let expected =
        "word/document.xml unpacks to more than 64 MiB, too large for a press release (a zip bomb?); not read";
    assert_eq!(error(&bomb), expected);

    // The same archive claiming a small size in its headers is still stopped: the limit
    // is enforced on what is unpacked, not on what the archive says.
    let mut lying = bomb.clone();
    for (signature, size_at) in [(b"PK\x03\x04", 22), (b"PK\x01\x02", 24)] {
        let at = lying.windows(4).position(|w| w == signature).unwrap() + size_at;
        lying[at..at + 4].copy_from_slice(&1000u32.to_le_bytes());
    }
    let message = error(&lying);
    assert!(
        message == expected || message.starts_with("cannot unpack word/document.xml"),
        "{message}"
    );
}
