//! Why a file could not be read as a Word document. The messages say what the file is
//! and what to do, without quoting its content.

/// A `.docx` that cannot be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DocxError {
    /// An OLE compound file: a Word 97-2003 `.doc`, or a password-protected `.docx`.
    #[error(
        "not a .docx file: an old Word (.doc) or password-protected document; save it as .docx without a password"
    )]
    LegacyOrEncrypted,
    /// Not a zip archive at all.
    #[error("not a Word document: not a zip archive ({reason})")]
    NotZip {
        /// What the zip reader found wrong.
        reason: String,
    },
    /// A zip archive, but no `word/document.xml` in it.
    #[error("not a Word document: the zip archive has no word/document.xml")]
    MissingDocument,
    /// A part unpacks to more than [`MAX_PART_BYTES`](super::MAX_PART_BYTES).
    #[error("{part} unpacks to more than {limit_mb} MiB, too large for a press release (a zip bomb?); not read")]
    TooLarge {
        /// The part's name in the archive (`word/document.xml`).
        part: &'static str,
        /// The limit, in MiB.
        limit_mb: u64,
    },
    /// A part cannot be unpacked: encrypted, an unsupported compression method, corrupt.
    #[error("cannot unpack {part}: {reason}")]
    Unpack {
        /// The part's name in the archive.
        part: &'static str,
        /// What the zip reader found wrong.
        reason: String,
    },
    /// A part is not well-formed XML (or not UTF-8).
    #[error("bad XML in {part} at byte {offset}: {reason}")]
    Xml {
        /// The part's name in the archive.
        part: &'static str,
        /// Byte offset in the unpacked part.
        offset: u64,
        /// What the XML reader found wrong, control characters replaced.
        reason: String,
    },
}
