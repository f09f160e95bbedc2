//! Resolved settings: what rules read. Resolved once per configuration from its options
//! layers ([`crate::config::Options`] from `siaran.toml`, then [`Choices`] from a command
//! line or an editor) with [`crate::config::Options::resolve`] or
//! [`Settings::from_choices`]; rules never see raw configuration. A loaded dictionary is
//! no setting: it travels beside them, in [`crate::Resources`].

mod choices;
mod file;
mod rule_table;
mod selector;

use std::collections::BTreeMap;

pub use choices::Choices;
pub(crate) use choices::Draft;
pub use file::FileSettings;
pub(crate) use rule_table::{RuleSetting, RuleTable, Rules};
pub use selector::{Selector, UnknownSelector};

use crate::diagnostic::Severity;
use crate::message::Lang;
use crate::rules::{self, RuleMeta};

/// Everything a lint run is configured by: what rules read. Resolve it with
/// [`crate::config::settings_from_toml`], [`crate::config::Options::resolve`] or
/// [`Settings::from_choices`], or start from `Settings::default()` (the built-in KPU
/// house style). Resolved once per configuration and shared (it is not `Clone`: no
/// file needs its own copy).
#[derive(Debug)]
pub struct Settings {
    pub(crate) lang: Lang,
    pub(crate) satker: Option<String>,
    pub(crate) meta: MetaSettings,
    pub(crate) staff: BTreeMap<String, String>,
    pub(crate) dictionary_path: Option<String>,
    pub(crate) spell_ignore: Option<regex::RegexSet>,
    pub(crate) max_findings: usize,
    pub(crate) walk: WalkFilter,
    pub(crate) rules: Rules,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            lang: Lang::default(),
            satker: None,
            meta: MetaSettings::default(),
            staff: BTreeMap::new(),
            dictionary_path: None,
            spell_ignore: None,
            max_findings: DEFAULT_MAX_FINDINGS,
            walk: WalkFilter::default(),
            rules: Rules::default(),
        }
    }
}

/// Which files a folder walk checks, by paths relative to the configuration's folder.
#[derive(Clone, Debug, Default)]
pub struct WalkFilter {
    pub(crate) include: Option<globset::GlobSet>,
    pub(crate) exclude: globset::GlobSet,
}

impl WalkFilter {
    /// Whether a walk checks the file at `path` (`/`-separated, relative).
    pub fn accepts(&self, path: &str) -> bool {
        self.include.as_ref().is_none_or(|set| set.is_match(path)) && !self.exclude.is_match(path)
    }
}

/// Findings one file reports at most unless `max-findings` says otherwise: far more than
/// any real release has, few enough to bound memory and output on hostile files.
pub const DEFAULT_MAX_FINDINGS: usize = 5000;

/// Front matter expectations (`[meta]` in siaran.toml).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MetaSettings {
    /// Keys every front matter must have.
    pub required: Vec<String>,
    /// Allowed tags; `None` allows any.
    pub tags: Option<Vec<String>>,
    /// Allowed categories; `None` allows any.
    pub categories: Option<Vec<String>>,
}

impl Default for MetaSettings {
    fn default() -> Self {
        MetaSettings {
            required: vec!["title".to_string(), "date".to_string()],
            tags: None,
            categories: None,
        }
    }
}

impl Settings {
    /// The built-in KPU house style with `choices` laid over it: the settings of a
    /// caller that has no `siaran.toml`.
    pub fn from_choices(choices: &Choices) -> Settings {
        Draft::default().finish(choices)
    }

    /// The language of messages.
    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// The satker whose releases these are (`kota-semarang`; empty for KPU RI), from
    /// `[house] satker` or the choices.
    pub fn satker(&self) -> Option<&str> {
        self.satker.as_deref()
    }

    /// `[meta]`: what front matter must hold.
    pub fn meta(&self) -> &MetaSettings {
        &self.meta
    }

    /// Staff roster from `[house.staff]`: lower-case initials → full name. Empty: no
    /// roster check.
    pub fn staff(&self) -> &BTreeMap<String, String> {
        &self.staff
    }

    /// `[spell] dictionary`: a path prefix (`/usr/share/hunspell/id_ID`) or the path of
    /// the `.dic` or `.aff` file, as written. The caller resolves it and loads the files
    /// into [`crate::Resources`].
    pub fn dictionary_path(&self) -> Option<&str> {
        self.dictionary_path.as_deref()
    }

    /// `[spell] ignore`: words one of these patterns matches whole are not checked
    /// against the dictionary.
    pub fn spell_ignore(&self) -> Option<&regex::RegexSet> {
        self.spell_ignore.as_ref()
    }

    /// The findings one file reports at most (`max-findings`).
    pub fn max_findings(&self) -> usize {
        self.max_findings
    }

    /// `include` and `exclude`: which files a folder walk checks.
    pub fn walk(&self) -> &WalkFilter {
        &self.walk
    }

    /// The severity a rule runs at in files no `[[override]]` matches, or `None` when
    /// it is off there.
    pub fn severity_of(&self, meta: &RuleMeta) -> Option<Severity> {
        self.rules.table().severity_of(meta)
    }

    /// The settings for the file at `path`, relative to the configuration file's folder
    /// (`/`-separated): the `[[override]]` entries whose patterns match it applied.
    pub fn for_path(&self, path: &str) -> FileSettings<'_> {
        FileSettings::new(self, self.rules.for_path(path))
    }

    /// Whether a rule that needs the spelling dictionary is enabled, for every file or
    /// for those an `[[override]]` switches it on for, so the caller must load one into
    /// [`crate::Resources`].
    pub fn needs_dictionary(&self) -> bool {
        rules::by_id(rules::spell::DICTIONARY_RULE).is_some_and(|rule| self.rules.may_run(rule))
    }
}
