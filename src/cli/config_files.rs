//! Finding and loading `siaran.toml`: `--config FILE` for every input, or the nearest
//! `siaran.toml` walking up from each file's folder (cached per folder). No file at all
//! means the built-in KPU house style. Command-line choices (`--lang`, `--select`,
//! `--ignore`, `--spell`) are applied on top of whatever file is found, and the spelling
//! dictionary is loaded once when a configuration needs it.

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

/// What the command line says about settings, whatever the file says.
#[derive(Debug, Clone, Default)]
pub struct CliSettings {
    pub lang: Option<Lang>,
    pub select: Option<Vec<String>>,
    pub ignore: Vec<String>,
    /// `--spell`: switch on dictionary spelling.
    pub spell: bool,
}

/// Settings and the folder that `[[override]]` patterns are relative to.
#[derive(Debug, Clone)]
pub struct Resolved {
    pub settings: Arc<Settings>,
    pub base: PathBuf,
}

pub struct ConfigResolver {
    explicit: Option<Resolved>,
    cli: CliSettings,
    by_folder: HashMap<PathBuf, Resolved>,
    /// Settings with `[[override]]` entries applied, by configuration folder and the
    /// entries a file matched: made once, shared by every file that matches the same.
    with_overrides: HashMap<(PathBuf, Vec<usize>), Arc<Settings>>,
    dictionaries: Dictionaries,
}

impl ConfigResolver {
    pub fn new(explicit: Option<&Path>, cli: CliSettings) -> Result<Self, ConfigFileError> {
        let mut resolver = ConfigResolver::discovering(cli);
        if let Some(path) = explicit {
            let settings = Arc::new(resolver.load(path)?);
            resolver.explicit = Some(Resolved {
                settings,
                base: folder_of(path),
            });
        }
        Ok(resolver)
    }

    /// Settings for the release at `path`: its folder's, with the `[[override]]` entries
    /// that match it applied.
    pub fn for_file(&mut self, path: &Path) -> Result<Arc<Settings>, ConfigFileError> {
        let folder = path
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or(Path::new("."));
        let resolved = self.for_folder(folder)?;
        let matching = resolved.settings.matching_overrides(&relative(path, &resolved.base));
        if matching.is_empty() {
            return Ok(resolved.settings);
        }
        let settings = self
            .with_overrides
            .entry((resolved.base, matching))
            .or_insert_with_key(|(_, matching)| Arc::new(resolved.settings.with_overrides(matching)));
        Ok(settings.clone())
    }

    /// A resolver that looks for siaran.toml per folder (no `--config`): reads nothing yet.
    pub fn discovering(cli: CliSettings) -> Self {
        ConfigResolver {
            explicit: None,
            cli,
            by_folder: HashMap::new(),
            with_overrides: HashMap::new(),
            dictionaries: Dictionaries::default(),
        }
    }

    /// Settings for a release in `folder`.
    pub fn for_folder(&mut self, folder: &Path) -> Result<Resolved, ConfigFileError> {
        if let Some(resolved) = &self.explicit {
            return Ok(resolved.clone());
        }
        let folder = std::path::absolute(folder).unwrap_or_else(|_| folder.to_path_buf());
        if let Some(resolved) = self.by_folder.get(&folder) {
            return Ok(resolved.clone());
        }
        let resolved = match folder.ancestors().map(|d| d.join(FILE_NAME)).find(|p| p.is_file()) {
            Some(path) => Resolved {
                settings: Arc::new(self.load(&path)?),
                base: folder_of(&path),
            },
            None => Resolved {
                settings: Arc::new(self.finish(Settings::default(), None)?),
                base: folder.clone(),
            },
        };
        self.by_folder.insert(folder, resolved.clone());
        Ok(resolved)
    }

    /// Forgets what was found per folder, so the next look-up reads the files again (the
    /// language server calls this when a siaran.toml changes). Loaded dictionaries are
    /// kept; an explicit `--config` file is not re-read (the server never has one).
    pub fn forget(&mut self) {
        self.by_folder.clear();
        self.with_overrides.clear();
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

    /// Applies the command line and loads the dictionary when a rule needs it;
    /// `config_dir` is where a relative `[spell] dictionary` starts.
    fn finish(&mut self, mut settings: Settings, config_dir: Option<&Path>) -> Result<Settings, ConfigFileError> {
        let cli = &self.cli;
        if let Some(lang) = cli.lang {
            settings.lang = lang;
        }
        if cli.select.is_some() {
            settings.select.clone_from(&cli.select);
        }
        settings.ignore.extend(cli.ignore.iter().cloned());
        if cli.spell {
            settings
                .rule_settings
                .push((siaran::spell::DICTIONARY_RULE.to_string(), RuleSetting::On));
        }
        if settings.needs_dictionary() {
            let dictionary = self.dictionaries.get(settings.dictionary_path.as_deref(), config_dir)?;
            settings.dictionary = Some(dictionary);
        }
        Ok(settings)
    }
}

fn folder_of(path: &Path) -> PathBuf {
    let absolute = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
    absolute.parent().map_or_else(|| PathBuf::from("."), Path::to_path_buf)
}

/// `path` relative to `base`, with `/` separators, for `[[override]]` patterns.
pub fn relative(path: &Path, base: &Path) -> String {
    let absolute = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
    let rel = absolute.strip_prefix(base).unwrap_or(&absolute);
    rel.components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/")
}
