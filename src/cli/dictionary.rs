//! Loading the spelling dictionary for `--spell`: read once per run (per distinct path),
//! shared by every file through the settings.

use std::collections::HashMap;
use std::io;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use siaran::spell::{Dictionary, DictionaryError};

/// Where Debian's `hunspell-id` package installs the Indonesian dictionary.
pub const DEFAULT_PREFIX: &str = "/usr/share/hunspell/id_ID";

#[derive(Debug, thiserror::Error)]
pub enum DictionaryLoadError {
    #[error(
        "cannot read the spelling dictionary {path}: {source}\n  \
         install the Debian package hunspell-id (`apt-get install hunspell-id`) \
         or set `[spell] dictionary` in siaran.toml to an Indonesian Hunspell dictionary"
    )]
    Io { path: String, source: io::Error },
    #[error("{path}: not a usable Hunspell dictionary: {source}")]
    Invalid { path: String, source: DictionaryError },
}

#[derive(Default)]
pub struct Dictionaries {
    loaded: HashMap<PathBuf, Arc<Dictionary>>,
}

impl Dictionaries {
    /// The dictionary `configured` names (relative to `base`, the folder of the
    /// configuration file), or the default one.
    pub fn get(
        &mut self,
        configured: Option<&str>,
        base: Option<&Path>,
    ) -> Result<Arc<Dictionary>, DictionaryLoadError> {
        let prefix = prefix(configured, base);
        if let Some(dictionary) = self.loaded.get(&prefix) {
            return Ok(dictionary.clone());
        }
        let aff = read(&with_suffix(&prefix, ".aff"))?;
        let dic = read(&with_suffix(&prefix, ".dic"))?;
        let dictionary = Dictionary::from_bytes(&aff, &dic).map_err(|source| DictionaryLoadError::Invalid {
            path: prefix.display().to_string(),
            source,
        })?;
        let dictionary = Arc::new(dictionary);
        self.loaded.insert(prefix, dictionary.clone());
        Ok(dictionary)
    }
}

/// The path without `.aff`/`.dic`: `id_ID`, `id_ID.dic` and `id_ID.aff` name one dictionary.
fn prefix(configured: Option<&str>, base: Option<&Path>) -> PathBuf {
    let path = PathBuf::from(configured.unwrap_or(DEFAULT_PREFIX));
    let path = match base {
        Some(base) if path.is_relative() => base.join(path),
        _ => path,
    };
    match path.extension().and_then(|e| e.to_str()) {
        Some("aff" | "dic") => path.with_extension(""),
        _ => path,
    }
}

/// `prefix` with `suffix` appended (not `with_extension`: `id_ID.v2` keeps its dot).
fn with_suffix(prefix: &Path, suffix: &str) -> PathBuf {
    let mut path = prefix.as_os_str().to_owned();
    path.push(suffix);
    PathBuf::from(path)
}

fn read(path: &Path) -> Result<Vec<u8>, DictionaryLoadError> {
    std::fs::read(path).map_err(|source| DictionaryLoadError::Io {
        path: path.display().to_string(),
        source,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prefixes() {
        assert_eq!(prefix(None, None), PathBuf::from(DEFAULT_PREFIX));
        assert_eq!(
            prefix(Some("d/id_ID.dic"), Some(Path::new("/p"))),
            PathBuf::from("/p/d/id_ID")
        );
        assert_eq!(
            prefix(Some("/x/id_ID.aff"), Some(Path::new("/p"))),
            PathBuf::from("/x/id_ID")
        );
        assert_eq!(prefix(Some("id_ID"), None), PathBuf::from("id_ID"));
    }
}
