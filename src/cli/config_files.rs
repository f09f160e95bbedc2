//! Finding and loading `siaran.toml`: `--config FILE` for every input, or the nearest
//! `siaran.toml` walking up from each file's folder (cached per folder). No file at all
//! means the built-in KPU house style.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use siaran::{Lang, Settings};

pub const FILE_NAME: &str = "siaran.toml";

#[derive(Debug, thiserror::Error)]
pub enum ConfigFileError {
    #[error("{path}: {source}")]
    Io { path: String, source: std::io::Error },
    #[error("{path}:{source}")]
    Invalid { path: String, source: siaran::ConfigError },
}

pub struct ConfigResolver {
    explicit: Option<Arc<Settings>>,
    lang: Option<Lang>,
    by_folder: HashMap<PathBuf, Arc<Settings>>,
}

impl ConfigResolver {
    pub fn new(explicit: Option<&Path>, lang: Option<Lang>) -> Result<Self, ConfigFileError> {
        let explicit = explicit.map(|path| load(path, lang).map(Arc::new)).transpose()?;
        Ok(ConfigResolver {
            explicit,
            lang,
            by_folder: HashMap::new(),
        })
    }

    /// Settings for a release in `folder`.
    pub fn for_folder(&mut self, folder: &Path) -> Result<Arc<Settings>, ConfigFileError> {
        if let Some(settings) = &self.explicit {
            return Ok(settings.clone());
        }
        let folder = std::path::absolute(folder).unwrap_or_else(|_| folder.to_path_buf());
        if let Some(settings) = self.by_folder.get(&folder) {
            return Ok(settings.clone());
        }
        let settings = match folder.ancestors().map(|d| d.join(FILE_NAME)).find(|p| p.is_file()) {
            Some(path) => Arc::new(load(&path, self.lang)?),
            None => Arc::new(Settings {
                lang: self.lang.unwrap_or_default(),
                ..Settings::default()
            }),
        };
        self.by_folder.insert(folder, settings.clone());
        Ok(settings)
    }
}

fn load(path: &Path, lang: Option<Lang>) -> Result<Settings, ConfigFileError> {
    let name = path.display().to_string();
    let text = std::fs::read_to_string(path).map_err(|source| ConfigFileError::Io {
        path: name.clone(),
        source,
    })?;
    let mut settings =
        siaran::config::settings_from_toml(&text).map_err(|source| ConfigFileError::Invalid { path: name, source })?;
    if let Some(lang) = lang {
        settings.lang = lang;
    }
    Ok(settings)
}
