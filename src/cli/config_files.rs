//! Finding and loading `siaran.toml`: `--config FILE` for every input, or the nearest
//! `siaran.toml` walking up from each file's folder (cached per folder). No file at all
//! means the built-in KPU house style. Command-line choices (`--lang`, `--select`,
//! `--ignore`) are applied on top of whatever file is found.

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

/// What the command line says about settings, whatever the file says.
#[derive(Debug, Clone, Default)]
pub struct CliSettings {
    pub lang: Option<Lang>,
    pub select: Option<Vec<String>>,
    pub ignore: Vec<String>,
}

impl CliSettings {
    fn apply(&self, settings: &mut Settings) {
        if let Some(lang) = self.lang {
            settings.lang = lang;
        }
        if self.select.is_some() {
            settings.select.clone_from(&self.select);
        }
        settings.ignore.extend(self.ignore.iter().cloned());
    }
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
}

impl ConfigResolver {
    pub fn new(explicit: Option<&Path>, cli: CliSettings) -> Result<Self, ConfigFileError> {
        let explicit = explicit
            .map(|path| {
                let settings = Arc::new(load(path, &cli)?);
                Ok(Resolved {
                    settings,
                    base: folder_of(path),
                })
            })
            .transpose()?;
        Ok(ConfigResolver {
            explicit,
            cli,
            by_folder: HashMap::new(),
        })
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
                settings: Arc::new(load(&path, &self.cli)?),
                base: folder_of(&path),
            },
            None => {
                let mut settings = Settings::default();
                self.cli.apply(&mut settings);
                Resolved {
                    settings: Arc::new(settings),
                    base: folder.clone(),
                }
            }
        };
        self.by_folder.insert(folder, resolved.clone());
        Ok(resolved)
    }
}

fn folder_of(path: &Path) -> PathBuf {
    let absolute = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
    absolute.parent().map_or_else(|| PathBuf::from("."), Path::to_path_buf)
}

fn load(path: &Path, cli: &CliSettings) -> Result<Settings, ConfigFileError> {
    let name = path.display().to_string();
    let text = std::fs::read_to_string(path).map_err(|source| ConfigFileError::Io {
        path: name.clone(),
        source,
    })?;
    let mut settings =
        siaran::config::settings_from_toml(&text).map_err(|source| ConfigFileError::Invalid { path: name, source })?;
    cli.apply(&mut settings);
    Ok(settings)
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
