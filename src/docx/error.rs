//! Why a file could not be read as a Word document. The messages say what the file is
//! and what to do, without quoting its content, in both languages.

use crate::{Lang, Text};

const LEGACY: Text = Text::new(
    "bukan berkas .docx: dokumen Word lama (.doc) atau dilindungi kata sandi; simpan sebagai .docx tanpa kata sandi",
    "not a .docx file: an old Word (.doc) or password-protected document; save it as .docx without a password",
);
const NOT_ZIP: Text = Text::new(
    "bukan dokumen Word: bukan arsip zip, atau arsip yang rusak ({reason})",
    "not a Word document: not a zip archive, or a damaged one ({reason})",
);
const MISSING: Text = Text::new(
    "bukan dokumen Word: arsip zip ini tidak memuat word/document.xml",
    "not a Word document: the zip archive has no word/document.xml",
);
const TOO_LARGE: Text = Text::new(
    "{part} lebih dari {limit} MiB setelah dibuka, terlalu besar untuk siaran pers (bom zip?); tidak dibaca",
    "{part} unpacks to more than {limit} MiB, too large for a press release (a zip bomb?); not read",
);
const TOO_MANY: Text = Text::new(
    "lebih dari {limit} paragraf, terlalu banyak untuk siaran pers; tidak dibaca",
    "more than {limit} paragraphs, too many for a press release; not read",
);
const UNPACK: Text = Text::new("{part} tidak dapat dibuka: {reason}", "cannot unpack {part}: {reason}");
const XML: Text = Text::new(
    "XML rusak dalam {part} pada bita {offset}: {reason}",
    "bad XML in {part} at byte {offset}: {reason}",
);

/// A `.docx` that cannot be read. More reasons may be added: match with a `_` arm.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum DocxError {
    /// An OLE compound file: a Word 97-2003 `.doc`, or a password-protected `.docx`.
    LegacyOrEncrypted,
    /// Not a zip archive at all.
    NotZip {
        /// What the zip reader found wrong.
        reason: String,
    },
    /// A zip archive, but no `word/document.xml` in it.
    MissingDocument,
    /// A part unpacks to more than [`MAX_PART_BYTES`](super::MAX_PART_BYTES).
    TooLarge {
        /// The part's name in the archive (`word/document.xml`).
        part: &'static str,
        /// The limit, in MiB.
        limit_mb: u64,
    },
    /// The body has more than [`MAX_PARAGRAPHS`](super::MAX_PARAGRAPHS) paragraphs: a few
    /// bytes of a zip bomb can hold millions of empty ones.
    TooManyParagraphs {
        /// The limit.
        limit: usize,
    },
    /// A part cannot be unpacked: encrypted, an unsupported compression method, corrupt.
    Unpack {
        /// The part's name in the archive.
        part: &'static str,
        /// What the zip reader found wrong.
        reason: String,
    },
    /// A part is not well-formed XML (or not UTF-8).
    Xml {
        /// The part's name in the archive.
        part: &'static str,
        /// Byte offset in the unpacked part.
        offset: u64,
        /// What the XML reader found wrong, control characters replaced.
        reason: String,
    },
}

impl DocxError {
    /// The message in Bahasa Indonesia or English (`Display` writes the English one, as
    /// the command's other input errors are). The zip and XML readers' own explanations
    /// (`reason`) stay in English.
    pub fn message(&self, lang: Lang) -> String {
        match self {
            DocxError::LegacyOrEncrypted => LEGACY.render(lang, &[]),
            DocxError::NotZip { reason } => NOT_ZIP.render(lang, &[("reason", reason)]),
            DocxError::MissingDocument => MISSING.render(lang, &[]),
            DocxError::TooLarge { part, limit_mb } => {
                TOO_LARGE.render(lang, &[("part", part), ("limit", &limit_mb.to_string())])
            }
            DocxError::TooManyParagraphs { limit } => TOO_MANY.render(lang, &[("limit", &limit.to_string())]),
            DocxError::Unpack { part, reason } => UNPACK.render(lang, &[("part", part), ("reason", reason)]),
            DocxError::Xml { part, offset, reason } => XML.render(
                lang,
                &[("part", part), ("offset", &offset.to_string()), ("reason", reason)],
            ),
        }
    }
}

impl std::fmt::Display for DocxError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl std::error::Error for DocxError {}
