//! Finding release files and reading them as UTF-8, with errors that name the file and
//! the place.

use std::io::Read;
use std::path::{Path, PathBuf};

use ignore::WalkBuilder;

/// A problem with one input; the run goes on with the other files and exits 2.
#[derive(Debug, thiserror::Error)]
pub enum InputError {
    #[error("{path}: {source}")]
    Io { path: String, source: std::io::Error },
    #[error("{path}: file is UTF-16 encoded; save it as UTF-8")]
    Utf16 { path: String },
    #[error("{path}: larger than {limit} MB, too large for a press release; not checked")]
    TooLarge { path: String, limit: u64 },
    #[error("{path}: invalid UTF-8 at byte {offset}; save the file as UTF-8")]
    InvalidUtf8 { path: String, offset: usize },
    #[error("{path}: {message}")]
    Walk { path: String, message: String },
    #[error("{path}: not a JSON article: {message}")]
    Json { path: String, message: String },
    #[error("{path}: {source}")]
    Docx {
        path: String,
        source: siaran::docx::DocxError,
    },
}

/// A file to check, and whether a folder walk found it (then `include` and `exclude`
/// apply) or it was named.
pub struct Found {
    pub path: PathBuf,
    pub walked: bool,
}

/// Release files under `paths`: files as given, folders searched (in a stable order) for
/// `.txt`, `.md`, `.markdown` and `.docx` files (any case), honouring `.gitignore` and
/// skipping hidden files.
pub fn collect(paths: &[PathBuf]) -> (Vec<Found>, Vec<InputError>) {
    let mut files = Vec::new();
    let mut errors = Vec::new();
    for path in paths {
        if !path.is_dir() {
            // Explicitly named files are checked whatever their extension; a missing
            // one is reported when it is read.
            files.push(Found {
                path: path.clone(),
                walked: false,
            });
            continue;
        }
        // Siblings' paths are their folder's path, a separator and their names, so
        // comparing whole paths orders them by name; `sort_by_file_name` would find each
        // name again by parsing the path from its end in every comparison.
        let walker = WalkBuilder::new(path)
            .require_git(false)
            .sort_by_file_path(|a, b| a.as_os_str().cmp(b.as_os_str()))
            .build();
        for entry in walker {
            match entry {
                Ok(entry) if entry.file_type().is_some_and(|t| t.is_file()) && is_release(entry.path()) => {
                    files.push(Found {
                        path: entry.into_path(),
                        walked: true,
                    });
                }
                Ok(_) => {}
                Err(e) => errors.push(InputError::Walk {
                    path: path.display().to_string(),
                    message: e.to_string(),
                }),
            }
        }
    }
    (files, errors)
}

/// `RILIS.TXT` from an old Windows export is a release too. The extension is taken once:
/// finding it parses the path from its end, for every file a walk meets.
fn is_release(path: &Path) -> bool {
    path.extension().is_some_and(|e| {
        ["txt", "md", "markdown", "docx"]
            .iter()
            .any(|x| e.eq_ignore_ascii_case(x))
    })
}

/// A Word document, by its extension in any case (`RILIS.DOCX` from Windows).
pub fn is_docx(path: &Path) -> bool {
    path.extension().is_some_and(|e| e.eq_ignore_ascii_case("docx"))
}

/// Inputs larger than this are refused: no release is, and reading `/dev/zero` or a
/// stray multi-gigabyte log must end with an error, not exhaust memory.
pub const MAX_BYTES: u64 = 256 << 20;

/// A release's text; for a Word document, its paragraphs one a line.
pub fn read(path: &Path) -> Result<String, InputError> {
    // The name is written out only for an error message.
    let name = || path.display().to_string();
    let file = std::fs::File::open(path).map_err(|source| InputError::Io { path: name(), source })?;
    // Room for the whole file up front: growing by doubling held up to twice its size.
    let size = file.metadata().map_or(0, |m| m.len().min(MAX_BYTES + 1));
    let bytes = read_limited(path.display(), file, size as usize)?;
    if is_docx(path) {
        return siaran::docx::extract(&bytes)
            .map(|docx| docx.text)
            .map_err(|source| InputError::Docx { path: name(), source });
    }
    decode(path.display(), bytes)
}

/// All of `reader` (about `size` bytes, if known), or an error when it holds more than
/// [`MAX_BYTES`].
pub fn read_limited(name: impl std::fmt::Display, reader: impl Read, size: usize) -> Result<Vec<u8>, InputError> {
    let mut bytes = Vec::with_capacity(size);
    reader
        .take(MAX_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|source| InputError::Io {
            path: name.to_string(),
            source,
        })?;
    if bytes.len() as u64 > MAX_BYTES {
        return Err(InputError::TooLarge {
            path: name.to_string(),
            limit: MAX_BYTES >> 20,
        });
    }
    Ok(bytes)
}

/// UTF-8 text from raw bytes; UTF-16 and invalid UTF-8 are errors naming the byte.
pub fn decode(name: impl std::fmt::Display, bytes: Vec<u8>) -> Result<String, InputError> {
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) || utf16_without_bom(&bytes) {
        return Err(InputError::Utf16 { path: name.to_string() });
    }
    String::from_utf8(bytes).map_err(|e| InputError::InvalidUtf8 {
        path: name.to_string(),
        offset: e.utf8_error().valid_up_to(),
    })
}

/// UTF-16 saved without a byte-order mark: in Latin text every other byte is zero, which
/// is valid UTF-8 (NUL characters) and would be linted as gibberish.
fn utf16_without_bom(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(1024)];
    // Text without a zero byte, nearly every file, is no UTF-16 of Latin text.
    if memchr::memchr(0, head).is_none() {
        return false;
    }
    let pairs = head.len() / 2;
    let zero_high = head.chunks_exact(2).filter(|p| p[0] != 0 && p[1] == 0).count();
    let zero_low = head.chunks_exact(2).filter(|p| p[0] == 0 && p[1] != 0).count();
    pairs >= 2 && 4 * zero_high.max(zero_low) >= 3 * pairs
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encodings() {
        let utf16le: Vec<u8> = "Judul rilis".encode_utf16().flat_map(u16::to_le_bytes).collect();
        let utf16be: Vec<u8> = "Judul rilis".encode_utf16().flat_map(u16::to_be_bytes).collect();
        for bytes in [utf16le, utf16be] {
            assert!(matches!(decode("x", bytes), Err(InputError::Utf16 { .. })));
        }
        let stray_nul = b"Judul\0 rilis\0 dengan NUL".to_vec();
        assert!(decode("x", stray_nul).is_ok());
        let err = decode("x", b"ab\xffcd".to_vec()).err().map(|e| e.to_string());
        assert_eq!(
            err.as_deref(),
            Some("x: invalid UTF-8 at byte 2; save the file as UTF-8")
        );
        let big = read_limited("x", std::io::repeat(b'a').take(MAX_BYTES + 10), 0);
        assert!(matches!(big, Err(InputError::TooLarge { .. })));
    }
}
