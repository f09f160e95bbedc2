//! Finding release files and reading them as UTF-8, with errors that name the file and
//! the place.

use std::path::{Path, PathBuf};

use ignore::WalkBuilder;

/// A problem with one input; the run goes on with the other files and exits 2.
#[derive(Debug, thiserror::Error)]
pub enum InputError {
    #[error("{path}: {source}")]
    Io { path: String, source: std::io::Error },
    #[error("{path}: file is UTF-16 encoded; save it as UTF-8")]
    Utf16 { path: String },
    #[error("{path}: invalid UTF-8 at byte {offset}; save the file as UTF-8")]
    InvalidUtf8 { path: String, offset: usize },
    #[error("{path}: {message}")]
    Walk { path: String, message: String },
    #[error("{path}: not a JSON article: {message}")]
    Json { path: String, message: String },
}

/// Release files under `paths`: files as given, folders searched (in a stable order) for
/// `.txt`, `.md` and `.markdown` files, honouring `.gitignore` and skipping hidden files.
pub fn collect(paths: &[PathBuf]) -> (Vec<PathBuf>, Vec<InputError>) {
    let mut files = Vec::new();
    let mut errors = Vec::new();
    for path in paths {
        if !path.is_dir() {
            // Explicitly named files are checked whatever their extension; a missing
            // one is reported when it is read.
            files.push(path.clone());
            continue;
        }
        let walker = WalkBuilder::new(path)
            .require_git(false)
            .sort_by_file_name(|a, b| a.cmp(b))
            .build();
        for entry in walker {
            match entry {
                Ok(entry) if entry.file_type().is_some_and(|t| t.is_file()) && is_release(entry.path()) => {
                    files.push(entry.into_path());
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

fn is_release(path: &Path) -> bool {
    matches!(
        path.extension().and_then(|e| e.to_str()),
        Some("txt" | "md" | "markdown")
    )
}

pub fn read(path: &Path) -> Result<String, InputError> {
    let name = path.display().to_string();
    let bytes = std::fs::read(path).map_err(|source| InputError::Io {
        path: name.clone(),
        source,
    })?;
    decode(&name, bytes)
}

/// UTF-8 text from raw bytes; UTF-16 and invalid UTF-8 are errors naming the byte.
pub fn decode(name: &str, bytes: Vec<u8>) -> Result<String, InputError> {
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        return Err(InputError::Utf16 { path: name.to_string() });
    }
    String::from_utf8(bytes).map_err(|e| InputError::InvalidUtf8 {
        path: name.to_string(),
        offset: e.utf8_error().valid_up_to(),
    })
}
