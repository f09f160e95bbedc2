//! Finding and loading `siaran.toml`: `--config FILE` for every input, or the nearest
//! `siaran.toml` walking up from each file's folder (cached per folder). No file at all
//! means the built-in KPU house style.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use siaran::settings::RuleSetting;
use siaran::{Lang, Settings};

use super::dictionary::{Dictionaries, DictionaryLoadError};

pub const FILE_NAME: &str = "siaran.toml";

#[derive(Debug, thiserror::Error)]
pub enum ConfigFileError {
    #[error("{path}: {source}")]
    Io { path: String, source: std::io::Error },
    #[error("{path}:{source}")]
    Invalid { path: String, source: siaran::ConfigError },
    #[error(transparent)]
    Dictionary(#[from] DictionaryLoadError),
}

/// Overrides from the command line, applied on top of every configuration.
#[derive(Clone, Copy, Debug, Default)]
pub struct Overrides {
    pub lang: Option<Lang>,
    /// `--spell`: switch on dictionary spelling.
    pub spell: bool,
}

pub struct ConfigResolver {
    explicit: Option<Arc<Settings>>,
    overrides: Overrides,
    by_folder: HashMap<PathBuf, Arc<Settings>>,
    dictionaries: Dictionaries,
}

impl ConfigResolver {
    pub fn new(explicit: Option<&Path>, overrides: Overrides) -> Result<Self, ConfigFileError> {
        let mut resolver = ConfigResolver {
            explicit: None,
            overrides,
            by_folder: HashMap::new(),
            dictionaries: Dictionaries::default(),
        };
        if let Some(path) = explicit {
            let settings = resolver.load(path)?;
            resolver.explicit = Some(Arc::new(settings));
        }
        Ok(resolver)
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
            Some(path) => self.load(&path)?,
            None => self.finish(Settings::default(), None)?,
        };
        let settings = Arc::new(settings);
        self.by_folder.insert(folder, settings.clone());
        Ok(settings)
    }

    fn load(&mut self, path: &Path) -> Result<Settings, ConfigFileError> {
        let name = path.display().to_string();
        let text = std::fs::read_to_string(path).map_err(|source| ConfigFileError::Io {
            path: name.clone(),
            source,
        })?;
        let settings = siaran::config::settings_from_toml(&text)
            .map_err(|source| ConfigFileError::Invalid { path: name, source })?;
        self.finish(settings, path.parent())
    }

    /// Applies the command-line overrides and loads the dictionary when a rule needs it;
    /// `config_dir` is where a relative `[spell] dictionary` starts.
    fn finish(&mut self, mut settings: Settings, config_dir: Option<&Path>) -> Result<Settings, ConfigFileError> {
        if let Some(lang) = self.overrides.lang {
            settings.lang = lang;
        }
        if self.overrides.spell {
            settings
                .rule_settings
                .push((siaran::rules::spell::DICTIONARY_RULE.to_string(), RuleSetting::On));
        }
        if settings.needs_dictionary() {
            let dictionary = self.dictionaries.get(settings.dictionary_path.as_deref(), config_dir)?;
            settings.dictionary = Some(dictionary);
        }
        Ok(settings)
    }
}
