//! Resolved settings: what rules read. Built from [`crate::config::Options`] (or by a
//! library caller directly); rules never see raw configuration.

use std::sync::Arc;

use crate::diagnostic::{family_of, Severity};
use crate::message::Lang;
use crate::rules::{self, RuleMeta};
use crate::spell::Dictionary;

/// What a configuration entry does to the rules it selects.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RuleSetting {
    Off,
    On,
    Severity(Severity),
}

#[derive(Clone, Debug, Default)]
pub struct Settings {
    pub lang: Lang,
    /// The satker whose releases these are (`kota-semarang`), from `[house] satker`.
    pub satker: Option<String>,
    /// `(selector, setting)` pairs: a selector is a family (`baku`) or a rule id
    /// (`baku/word-pair`). Rule-id entries beat family entries; among entries of the
    /// same kind the later one wins.
    pub rule_settings: Vec<(String, RuleSetting)>,
    /// `[spell] dictionary`: a path prefix (`/usr/share/hunspell/id_ID`) or the path of the
    /// `.dic` or `.aff` file, as written. The caller resolves it and loads the files.
    pub dictionary_path: Option<String>,
    /// The dictionary `spell/unknown-word` checks against, loaded once per run by the
    /// caller and shared. Without one that rule finds nothing.
    pub dictionary: Option<Arc<Dictionary>>,
}

impl Settings {
    /// The severity a rule runs at, or `None` when it is off.
    pub fn severity_of(&self, meta: &RuleMeta) -> Option<Severity> {
        let mut enabled = meta.default_enabled;
        let mut severity = meta.severity;
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
        enabled.then_some(severity)
    }

    /// Whether a rule that needs the spelling dictionary is enabled, so the caller must
    /// load one.
    pub fn needs_dictionary(&self) -> bool {
        rules::by_id(rules::spell::DICTIONARY_RULE).is_some_and(|rule| self.severity_of(rule.meta()).is_some())
    }

    /// Whether any selector names this family or one of its rules.
    pub fn mentions_family(&self, family: &str) -> bool {
        self.rule_settings.iter().any(|(s, _)| family_of(s) == family)
    }
}
