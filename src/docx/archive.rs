//! The zip archive a `.docx` is: opening it, and unpacking one part with a size cap that
//! does not trust the sizes the archive declares.

use std::io::{Cursor, Read};

use zip::result::ZipError;
use zip::ZipArchive;

use super::{DocxError, MAX_PART_BYTES};

/// The first bytes of an OLE compound file: Word 97-2003, and encrypted OOXML.
const OLE_MAGIC: [u8; 8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

pub struct Archive<'a> {
    zip: ZipArchive<Cursor<&'a [u8]>>,
}

impl<'a> Archive<'a> {
    pub fn open(bytes: &'a [u8]) -> Result<Self, DocxError> {
        if bytes.starts_with(&OLE_MAGIC) {
            return Err(DocxError::LegacyOrEncrypted);
        }
        let zip = ZipArchive::new(Cursor::new(bytes)).map_err(|e| DocxError::NotZip { reason: reason(&e) })?;
        Ok(Archive { zip })
    }

    /// A part's bytes, or `None` when the archive has no such part. Part names are
    /// case-insensitive in Open Packaging, so a differently cased entry is found too.
    pub fn part(&mut self, name: &'static str) -> Result<Option<Vec<u8>>, DocxError> {
        let wanted = name.as_bytes();
        let index = self
            .zip
            .index_for_name_raw(wanted)
            .or_else(|| self.zip.file_names_raw().position(|n| n.eq_ignore_ascii_case(wanted)));
        let Some(index) = index else {
            return Ok(None);
        };
        let unpack = |e: ZipError| DocxError::Unpack {
            part: name,
            reason: reason(&e),
        };
        let entry = self.zip.by_index(index).map_err(unpack)?;
        let too_large = DocxError::TooLarge {
            part: name,
            limit_mb: MAX_PART_BYTES >> 20,
        };
        // The declared size is only a hint (a hostile archive may lie); the read below is
        // what enforces the cap.
        if entry.size() > MAX_PART_BYTES {
            return Err(too_large);
        }
        let mut bytes = Vec::with_capacity(usize::try_from(entry.size()).unwrap_or(0));
        entry
            .take(MAX_PART_BYTES + 1)
            .read_to_end(&mut bytes)
            .map_err(|e| DocxError::Unpack {
                part: name,
                reason: e.to_string(),
            })?;
        if bytes.len() as u64 > MAX_PART_BYTES {
            return Err(too_large);
        }
        Ok(Some(bytes))
    }
}

/// The zip crate's explanation, without the input's own bytes.
fn reason(e: &ZipError) -> String {
    match e {
        ZipError::Io(io) => io.to_string(),
        ZipError::InvalidArchive(why) => why.to_string(),
        ZipError::UnsupportedArchive(why) => why.to_string(),
        ZipError::CompressionMethodNotSupported(method) => {
            format!("compression method {method} is not supported (only stored and deflate, as Word writes)")
        }
        ZipError::InvalidPassword => "the part is encrypted".to_string(),
        other => other.to_string(),
    }
}
