//! Word documents (`.docx`, feature `docx`): the body of a document as plain text, one line
//! per paragraph, so that the linter runs on it unchanged and a finding's line number is
//! the paragraph number.
//!
//! ```
//! # fn main() -> Result<(), Box<dyn std::error::Error>> {
//! let bytes = std::fs::read("tests/fixtures/docx/rilis-salah.docx")?;
//! let docx = siaran::docx::extract(&bytes)?;
//! let headline = docx.text.lines().next();
//! assert_eq!(headline, Some("KPU Kota Semarang Gelar Rapat Pleno Rekapitulasi"));
//! # Ok(()) }
//! ```
//!
//! What is read, from `word/document.xml` (WordprocessingML, transitional or strict):
//! - each paragraph (`w:p`) becomes one line: its runs' text (`w:t`), a tab for `w:tab`, a
//!   space for a line break inside the paragraph (`w:br`, `w:cr`), `-` for a non-breaking
//!   hyphen, the symbol of `w:sym` when it is a real character (symbol-font glyphs in the
//!   private use area are left out), nothing for an optional hyphen (`w:softHyphen`);
//! - tracked changes are read as if accepted: insertions (`w:ins`, `w:moveTo`) are kept,
//!   deletions (`w:del`, `w:delText`, `w:moveFrom`) dropped, and a paragraph whose mark was
//!   deleted runs on into the next one;
//! - fields show their displayed result: the instruction (`w:instrText`, and everything
//!   between a `begin` and a `separate` field character) is skipped, nested fields too;
//! - hyperlinks, content controls, smart tags and custom XML keep their text;
//! - tables: each paragraph of each cell is a line of its own, in reading order (row by
//!   row, cell by cell), marked [`Paragraph::in_table`];
//! - the headline: when a paragraph has the built-in *Title* style, it is the headline and
//!   the paragraphs before it (a letterhead, "SIARAN PERS") become empty lines, which the
//!   linter passes over; otherwise the first paragraph is the headline, as in text files.
//!   Only the first Title paragraph outside tables counts, and only with at most eight
//!   non-empty paragraphs before it (a style used further down is not a headline).
//!
//! Left out on purpose, because they are not the release's running text: headers and
//! footers, footnotes and endnotes (their reference marks too), comments, text boxes,
//! drawings and embedded objects, and the numbers and bullets Word generates for list
//! paragraphs (they are not in the document's text).
//!
//! Hostile input is bounded: a part may unpack to at most [`MAX_PART_BYTES`] (zip bombs end
//! with [`DocxError::TooLarge`]), the body may hold at most [`MAX_PARAGRAPHS`], the XML is
//! streamed (no tree, no entity expansion), and nothing panics.

mod archive;
mod body;
mod error;
mod styles;
#[cfg(test)]
mod tests;
mod xml;

pub use error::DocxError;

/// The largest a part of the document (`word/document.xml`, `word/styles.xml`) may be
/// once unpacked: 64 MiB, some thousand times a long release with all its markup.
pub const MAX_PART_BYTES: u64 = 64 << 20;

/// The most paragraphs a document may have: some thousand times a release's, far above
/// any report a humas office writes. Without a limit, 100 KB of zipped `<w:p/>` would
/// unpack to ten million empty lines and a gigabyte of memory.
pub const MAX_PARAGRAPHS: usize = 100_000;

/// The text of a Word document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Docx {
    /// The body as plain text: one line per paragraph, each ending in `\n`, so that line
    /// *n* is paragraph *n* (counting paragraphs as they read with tracked changes
    /// accepted, table cells included, see the module docs).
    pub text: String,
    /// What each line was in the document, in order: `paragraphs[n - 1]` is line *n*.
    pub paragraphs: Vec<Paragraph>,
}

/// One paragraph of a [`Docx`].
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Paragraph {
    /// The paragraph style's name (`Title`, `Normal`, `Heading 1`, ...): the name from
    /// `word/styles.xml`, which Word keeps in English whatever the user interface
    /// language, or the style id when the document has no such entry; `None` for a
    /// paragraph in the document's default style.
    pub style: Option<String>,
    /// Inside a table cell.
    pub in_table: bool,
    /// Before the *Title*-style headline: its line is left empty.
    pub before_title: bool,
}

/// Reads a `.docx` file's bytes.
///
/// Errors name what is wrong: not a zip archive (or an old `.doc` or encrypted file), no
/// `word/document.xml`, a part too large once unpacked, or malformed XML at a byte offset.
pub fn extract(bytes: &[u8]) -> Result<Docx, DocxError> {
    let mut archive = archive::Archive::open(bytes)?;
    let titles = match archive.part(styles::PART)? {
        Some(xml) => styles::parse(&xml)?,
        None => styles::Styles::default(),
    };
    let xml = archive.part(body::PART)?.ok_or(DocxError::MissingDocument)?;
    let paragraphs = body::parse(&xml, &titles)?;
    Ok(assemble(paragraphs))
}

/// At most this many non-empty paragraphs may come before a *Title*-style headline: a
/// letterhead, "SIARAN PERS", a number and a date. A Title paragraph further down is a
/// document using the style for something else, and blanking all before it would leave
/// the body unchecked.
const MAX_PREAMBLE: usize = 8;

/// Joins the paragraphs into lines, blanking those before a Title-style headline.
fn assemble(mut paragraphs: Vec<body::Parsed>) -> Docx {
    let title = paragraphs
        .iter()
        .position(|p| p.is_title && !p.in_table)
        .filter(|&t| paragraphs[..t].iter().filter(|p| !p.text.trim().is_empty()).count() <= MAX_PREAMBLE);
    let mut text = String::with_capacity(paragraphs.iter().map(|p| p.text.len() + 1).sum());
    let mut out = Vec::with_capacity(paragraphs.len());
    for (i, p) in paragraphs.iter_mut().enumerate() {
        let before_title = title.is_some_and(|t| i < t);
        if !before_title {
            text.push_str(&p.text);
        }
        text.push('\n');
        out.push(Paragraph {
            style: p.style.take(),
            in_table: p.in_table,
            before_title,
        });
    }
    Docx { text, paragraphs: out }
}
