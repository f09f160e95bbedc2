//! Finding and loading `siaran.toml`: `--config FILE` for every input, or the nearest
//! `siaran.toml` walking up from each file's folder (cached per folder). No file at all
//! means the built-in KPU house style. The binary only gathers the options layers (the
//! file, then the command line's [`Choices`]); the library resolves them. The spelling
//! dictionary is loaded once when a configuration needs it, into the [`Resources`] that
//! travel beside its settings.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use siaran::{Choices, FileSettings, Resources, Settings};

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

/// Settings, what was loaded beside them, and the folder that `[[override]]` patterns
/// are relative to.
#[derive(Debug, Clone)]
pub struct Resolved {
    pub settings: Arc<Settings>,
    pub resources: Arc<Resources>,
    pub base: PathBuf,
}

/// One file's configuration: its folder's, and the file's path relative to the folder of
/// that configuration (what `[[override]]` patterns match).
#[derive(Debug, Clone)]
pub struct FileConfig {
    pub settings: Arc<Settings>,
    pub resources: Arc<Resources>,
    pub relative: String,
}

impl FileConfig {
    /// What the library lints the file with: its overrides applied, resources beside.
    pub fn file_settings(&self) -> FileSettings<'_> {
        self.settings.for_path(&self.relative).with_resources(&self.resources)
    }
}

pub struct ConfigResolver {
    explicit: Option<Resolved>,
    choices: Choices,
    by_folder: HashMap<PathBuf, Resolved>,
    /// The folder asked about last, as given: a walk hands over a folder's files one
    /// after another, and each would otherwise make the folder absolute, hash it and
    /// strip the base again.
    last: Option<LastFolder>,
    dictionaries: Dictionaries,
}

/// A folder's configuration and the folder's path relative to its base, when the base
/// holds it (else a file's relative path is worked out from the whole path).
struct LastFolder {
    folder: PathBuf,
    resolved: Resolved,
    relative: Option<String>,
}

impl ConfigResolver {
    pub fn new(explicit: Option<&Path>, choices: Choices) -> Result<Self, ConfigFileError> {
        let mut resolver = ConfigResolver::discovering(choices);
        if let Some(path) = explicit {
            resolver.explicit = Some(resolver.load(path)?);
        }
        Ok(resolver)
    }

    /// The configuration of the release at `path`: its folder's.
    pub fn for_file(&mut self, path: &Path) -> Result<FileConfig, ConfigFileError> {
        let folder = path
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or(Path::new("."));
        let last = match self.last.take() {
            Some(last) if last.folder.as_os_str() == folder.as_os_str() => last,
            _ => {
                let resolved = self.for_folder(folder)?;
                LastFolder {
                    folder: folder.to_path_buf(),
                    relative: relative_inside(folder, &resolved.base),
                    resolved,
                }
            }
        };
        // A path that ends in a name is its folder's components and that name (what
        // `parent` and `file_name` mean), so its relative path is the folder's and the name.
        let relative = match (&last.relative, path.file_name()) {
            (Some(folder), Some(name)) if folder.is_empty() => name.to_string_lossy().into_owned(),
            (Some(folder), Some(name)) => format!("{folder}/{}", name.to_string_lossy()),
            _ => relative(path, &last.resolved.base),
        };
        let config = FileConfig {
            relative,
            settings: last.resolved.settings.clone(),
            resources: last.resolved.resources.clone(),
        };
        self.last = Some(last);
        Ok(config)
    }

    /// A resolver that looks for siaran.toml per folder (no `--config`): reads nothing yet.
    pub fn discovering(choices: Choices) -> Self {
        ConfigResolver {
            explicit: None,
            choices,
            by_folder: HashMap::new(),
            last: None,
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
            Some(path) => self.load(&path)?,
            None => {
                let settings = Settings::from_choices(&self.choices);
                self.with_resources(settings, None, folder.clone())?
            }
        };
        self.by_folder.insert(folder, resolved.clone());
        Ok(resolved)
    }

    /// Forgets what was found per folder, so the next look-up reads the files again (the
    /// language server calls this when a siaran.toml changes). Loaded dictionaries are
    /// kept; an explicit `--config` file is not re-read (the server never has one).
    pub fn forget(&mut self) {
        self.by_folder.clear();
        self.last = None;
    }

    fn load(&mut self, path: &Path) -> Result<Resolved, ConfigFileError> {
        let name = path.display().to_string();
        let text = std::fs::read_to_string(path).map_err(|source| ConfigFileError::Io {
            path: name.clone(),
            source,
        })?;
        let settings = siaran::Options::parse(&text)
            .and_then(|options| options.resolve(&text, &self.choices))
            .map_err(|source| ConfigFileError::Invalid { path: name, source })?;
        self.with_resources(settings, path.parent(), folder_of(path))
    }

    /// Loads the dictionary when a rule needs it; `config_dir` is where a relative
    /// `[spell] dictionary` starts.
    fn with_resources(
        &mut self,
        settings: Settings,
        config_dir: Option<&Path>,
        base: PathBuf,
    ) -> Result<Resolved, ConfigFileError> {
        let mut resources = Resources::default();
        if settings.needs_dictionary() {
            resources = resources.with_dictionary(self.dictionaries.get(settings.dictionary_path(), config_dir)?);
        }
        Ok(Resolved {
            settings: Arc::new(settings),
            resources: Arc::new(resources),
            base,
        })
    }
}

fn folder_of(path: &Path) -> PathBuf {
    let absolute = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
    absolute.parent().map_or_else(|| PathBuf::from("."), Path::to_path_buf)
}

/// `path` relative to `base`, with `/` separators, for `[[override]]` patterns.
fn relative(path: &Path, base: &Path) -> String {
    let absolute = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
    let rel = absolute.strip_prefix(base).unwrap_or(&absolute);
    joined(rel)
}

/// [`relative`] for a folder inside `base` (or `base` itself, then empty); `None` for
/// one outside it.
fn relative_inside(folder: &Path, base: &Path) -> Option<String> {
    let absolute = std::path::absolute(folder).unwrap_or_else(|_| folder.to_path_buf());
    absolute.strip_prefix(base).ok().map(joined)
}

fn joined(path: &Path) -> String {
    path.components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The relative path built from the folder's and the name is the one worked out from
    /// the whole path, however the path is spelt, the folder asked first or again.
    #[test]
    fn a_files_relative_path_is_its_folders_and_its_name() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        std::fs::create_dir_all(root.join("a/b")).unwrap();
        std::fs::write(root.join("a/siaran.toml"), "").unwrap();
        let spelt = |s: &str| PathBuf::from(format!("{}/{s}", root.display()));
        let mut paths: Vec<PathBuf> = [
            "x.txt",
            "a/y.txt",
            "a/b/z.txt",
            "a/./b/z.txt",
            "a//b/w.txt",
            "a/b/../q.txt",
        ]
        .iter()
        .map(|s| spelt(s))
        .collect();
        paths.extend(["a", "a/b/", "a/b/.", "a/b/..", "a/siaran.toml/"].map(spelt));
        paths.extend(["rel.txt", "./rel.txt", "src/../rel.txt", "../up.txt", "/", "/top.txt"].map(PathBuf::from));
        let explicit = root.join("a/siaran.toml");
        for config in [None, Some(explicit.as_path())] {
            let mut resolver = ConfigResolver::new(config, Choices::default()).unwrap();
            for path in paths.iter().chain(&paths) {
                let fast = resolver.for_file(path).unwrap().relative;
                let folder = path
                    .parent()
                    .filter(|p| !p.as_os_str().is_empty())
                    .unwrap_or(Path::new("."));
                let base = resolver.for_folder(folder).unwrap().base;
                assert_eq!(fast, relative(path, &base), "{path:?} with {config:?}");
            }
        }
    }
}
