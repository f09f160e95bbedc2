//! Resolved settings: what rules read. Built from [`crate::config::Options`] (or by a
//! library caller directly); rules never see raw configuration.

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::sync::Arc;

use crate::diagnostic::Severity;
use crate::message::Lang;
use crate::rules::{self, RuleMeta};
use crate::spell::Dictionary;

/// What a configuration entry does to the rules it selects.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RuleSetting {
    /// The rule does not run.
    Off,
    /// The rule runs at its default severity.
    On,
    /// The rule runs at this severity.
    Severity(Severity),
}

/// Everything a lint run is configured by: what rules read. Build it with
/// [`crate::config::settings_from_toml`] or start from `Settings::default()`.
#[derive(Clone, Debug, Default)]
pub struct Settings {
    /// The language of messages.
    pub lang: Lang,
    /// The satker whose releases these are (`kota-semarang`), from `[house] satker`.
    pub satker: Option<String>,
    /// `(selector, setting)` pairs: a selector is a family (`baku`) or a rule id
    /// (`baku/word-pair`). Rule-id entries beat family entries; among entries of the
    /// same kind the later one wins.
    pub rule_settings: Vec<(String, RuleSetting)>,
    /// `[meta]`: what front matter must hold.
    pub meta: MetaSettings,
    /// Only these rules or families run (`--select`).
    pub select: Option<Vec<String>>,
    /// These rules or families never run (`--ignore`).
    pub ignore: Vec<String>,
    /// Per-file settings from `[[override]]`.
    pub overrides: Vec<Override>,
    /// Staff roster from `[house.staff]`: initials → full name. Empty: no roster check.
    pub staff: BTreeMap<String, String>,
    /// `[spell] dictionary`: a path prefix (`/usr/share/hunspell/id_ID`) or the path of the
    /// `.dic` or `.aff` file, as written. The caller resolves it and loads the files.
    pub dictionary_path: Option<String>,
    /// `[spell] ignore`: words one of these patterns matches whole are not checked
    /// against the dictionary.
    pub spell_ignore: Option<regex::RegexSet>,
    /// The dictionary `spell/unknown-word` checks against, loaded once per run by the
    /// caller and shared. Without one that rule finds nothing.
    pub dictionary: Option<Arc<Dictionary>>,
    /// `max-findings`: the findings one file reports at most (`None`: the default).
    pub max_findings: Option<usize>,
    /// `include` and `exclude`: which files a folder walk checks.
    pub walk: WalkFilter,
}

/// Which files a folder walk checks, by paths relative to the configuration's folder.
#[derive(Clone, Debug, Default)]
pub struct WalkFilter {
    /// Only files these match (every file when `None`).
    pub include: Option<globset::GlobSet>,
    /// Never files these match.
    pub exclude: globset::GlobSet,
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

/// Rule settings for the files matching some glob patterns.
#[derive(Clone, Debug)]
pub struct Override {
    /// The files the override applies to.
    pub files: globset::GlobSet,
    /// Its rule settings, as in [`Settings::rule_settings`].
    pub rule_settings: Vec<(String, RuleSetting)>,
}

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
    /// The findings one file reports at most.
    pub fn max_findings(&self) -> usize {
        self.max_findings.unwrap_or(DEFAULT_MAX_FINDINGS)
    }

    /// The severity a rule runs at, or `None` when it is off.
    pub fn severity_of(&self, meta: &RuleMeta) -> Option<Severity> {
        let mut enabled = meta.default_enabled;
        let mut severity = meta.severity;
        // Asked for every rule of every file: without any rule setting, the defaults.
        if self.rule_settings.is_empty() && self.select.is_none() && self.ignore.is_empty() {
            return enabled.then_some(severity);
        }
        let family = meta.family();
        let by_family = self
            .rule_settings
            .iter()
            .filter(|(s, _)| !s.contains('/') && s == family);
        let by_id = self.rule_settings.iter().filter(|(s, _)| s == meta.id);
        for (_, setting) in by_family.chain(by_id) {
            match *setting {
                RuleSetting::Off => enabled = false,
                RuleSetting::On => enabled = true,
                RuleSetting::Severity(s) => {
                    enabled = true;
                    severity = s;
                }
            }
        }
        let names = |list: &[String]| list.iter().any(|s| s == meta.id || s == family);
        if let Some(select) = &self.select {
            // `--select` names exactly the rules to run, opt-in ones included.
            enabled = names(select);
        }
        if names(&self.ignore) {
            enabled = false;
        }
        enabled.then_some(severity)
    }

    /// The settings for a file at `path`, relative to the configuration file's folder
    /// (`/`-separated): `[[override]]` entries whose patterns match are applied.
    pub fn for_path(&self, path: &str) -> Cow<'_, Settings> {
        let matching = self.matching_overrides(path);
        if matching.is_empty() {
            return Cow::Borrowed(self);
        }
        Cow::Owned(self.with_overrides(&matching))
    }

    /// The indices of the `[[override]]` entries whose patterns match `path`, in order.
    /// Files that match the same entries share one [`Settings::with_overrides`].
    pub fn matching_overrides(&self, path: &str) -> Vec<usize> {
        let mut matching: Vec<usize> = self
            .overrides
            .iter()
            .enumerate()
            .filter(|(_, o)| o.files.is_match(path))
            .map(|(i, _)| i)
            .collect();
        matching.shrink_to_fit();
        matching
    }

    /// These settings with the given `[[override]]` entries applied, each a layer over
    /// the ones before: what an override says about a rule wins over every global
    /// setting of it, whether the global one names the rule or its family. Inside one
    /// override, as globally, a rule id beats its family.
    pub fn with_overrides(&self, indices: &[usize]) -> Settings {
        let mut settings = self.clone();
        for o in indices.iter().filter_map(|&i| self.overrides.get(i)) {
            // A family entry of a later layer is written out as an entry per rule of the
            // family, so that it beats earlier rule-id entries too.
            let (families, ids): (Vec<_>, Vec<_>) = o.rule_settings.iter().partition(|(s, _)| !s.contains('/'));
            for (family, setting) in families {
                let ids = rules::metas().filter(|m| m.family() == family);
                settings.rule_settings.extend(ids.map(|m| (m.id.to_string(), *setting)));
            }
            settings.rule_settings.extend(ids.into_iter().cloned());
        }
        settings
    }

    /// Whether a rule that needs the spelling dictionary is enabled, so the caller must
    /// load one.
    pub fn needs_dictionary(&self) -> bool {
        rules::by_id(rules::spell::DICTIONARY_RULE).is_some_and(|meta| self.severity_of(meta).is_some())
    }
}
