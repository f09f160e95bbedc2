//! Resolving the options of a `siaran.toml`: names checked against the registry,
//! patterns compiled, the choices laid over them, the rule tables built once.

use toml::Spanned;

use super::{at, find_key, ConfigError, Options, SeverityOption};
use crate::diagnostic::Severity;
use crate::settings::{Choices, Draft, RuleSetting, Selector, Settings, WalkFilter};

impl Options {
    /// Checks names against the rule registry and resolves into [`Settings`], with
    /// `choices` (a command line's, an editor's) laid over the file's; `text` is the file
    /// the options were parsed from, for the places of errors.
    pub fn resolve(self, text: &str, choices: &Choices) -> Result<Settings, ConfigError> {
        let mut draft = Draft::default();
        let settings = &mut draft.settings;
        settings.lang = self.lang.unwrap_or_default();
        // Before the `[rules]` entries, so `disable = ["spell"]` there still wins.
        if self.spell.enabled == Some(true) {
            draft.entries.push((selector(text, "spell", 0)?, RuleSetting::On));
        }
        settings.dictionary_path = self.spell.dictionary;
        settings.walk = WalkFilter {
            include: match &self.include {
                Some(patterns) => Some(glob_set(text, patterns)?),
                None => None,
            },
            exclude: glob_set(text, &self.exclude)?,
        };
        if let Some(max) = &self.max_findings {
            if *max.get_ref() == 0 {
                return Err(at(
                    text,
                    max.span().start,
                    "max-findings must be at least 1".to_string(),
                ));
            }
            settings.max_findings = *max.get_ref();
        }
        settings.spell_ignore = ignore_patterns(text, &self.spell.ignore)?;
        for (items, setting) in [
            (&self.rules.enable, RuleSetting::On),
            (&self.rules.disable, RuleSetting::Off),
        ] {
            for item in items {
                draft
                    .entries
                    .push((selector(text, item.get_ref(), item.span().start)?, setting));
            }
        }
        for (name, value) in &self.rules.severity {
            let place = find_key(text, name).unwrap_or(value.span().start);
            let setting = match value.get_ref() {
                SeverityOption::Error => RuleSetting::Severity(Severity::Error),
                SeverityOption::Warning => RuleSetting::Severity(Severity::Warning),
                SeverityOption::Info => RuleSetting::Severity(Severity::Info),
                SeverityOption::Off => RuleSetting::Off,
            };
            draft.entries.push((selector(text, name, place)?, setting));
        }
        let settings = &mut draft.settings;
        if let Some(satker) = self.house.satker {
            let slug = satker.get_ref().trim().to_lowercase();
            let Some(found) = crate::house::satker_by_slug(&slug) else {
                let hint =
                    crate::house::closest_slug(&slug).map_or(String::new(), |s| format!("; did you mean '{s}'?"));
                return Err(at(text, satker.span().start, format!("unknown satker '{slug}'{hint}")));
            };
            // The gazetteer's slug: `ri` is KPU RI's empty one.
            settings.satker = Some(found.slug.clone());
        }
        for o in &self.overrides {
            let mut files = globset::GlobSetBuilder::new();
            for pattern in &o.files {
                let glob = globset::Glob::new(pattern.get_ref())
                    .map_err(|e| at(text, pattern.span().start, format!("invalid file pattern: {e}")))?;
                files.add(glob);
            }
            let mut switches = Vec::new();
            for (items, on) in [(&o.enable, true), (&o.disable, false)] {
                for item in items {
                    switches.push((selector(text, item.get_ref(), item.span().start)?, on));
                }
            }
            let files = files
                .build()
                .map_err(|e| at(text, 0, format!("invalid file patterns: {e}")))?;
            draft.overrides.push((files, switches));
        }
        let settings = &mut draft.settings;
        settings.staff = self
            .house
            .staff
            .into_iter()
            .map(|(k, v)| (k.to_lowercase(), v))
            .collect();
        if let Some(required) = self.meta.required {
            settings.meta.required = required;
        }
        settings.meta.tags = self.meta.tags;
        settings.meta.categories = self.meta.categories;
        Ok(draft.finish(choices))
    }
}

/// The most a user pattern may compile to (the regex crate's program and lazy DFA
/// cache): a pattern beyond it is a configuration error, not seconds of start-up and
/// megabytes of memory on every run.
const PATTERN_SIZE_LIMIT: usize = 1 << 20;

/// `[spell] ignore`, each pattern anchored to match a whole word. An invalid or too
/// large pattern is an error at its place in the file.
fn ignore_patterns(text: &str, patterns: &[Spanned<String>]) -> Result<Option<regex::RegexSet>, ConfigError> {
    let Some(first) = patterns.first() else {
        return Ok(None);
    };
    let limited = |pattern: &str| {
        regex::RegexBuilder::new(pattern)
            .size_limit(PATTERN_SIZE_LIMIT)
            .dfa_size_limit(PATTERN_SIZE_LIMIT)
            .build()
    };
    for pattern in patterns {
        // Checked as written first: wrapping an invalid pattern could make it valid.
        limited(pattern.get_ref()).map_err(|e| at(text, pattern.span().start, pattern_error("invalid pattern", &e)))?;
    }
    let whole: Vec<String> = patterns.iter().map(|p| format!("^(?:{})$", p.get_ref())).collect();
    regex::RegexSetBuilder::new(&whole)
        .size_limit(PATTERN_SIZE_LIMIT)
        .dfa_size_limit(PATTERN_SIZE_LIMIT)
        .build()
        .map(Some)
        .map_err(|e| at(text, first.span().start, pattern_error("patterns together", &e)))
}

/// A one-line message for a pattern the regex crate refused.
fn pattern_error(what: &str, e: &regex::Error) -> String {
    match e {
        regex::Error::CompiledTooBig(_) => format!("[spell] ignore: {what}: too large (over 1 MB compiled)"),
        other => {
            // Syntax errors span several lines (pattern, caret, reason): keep the reason.
            let text = other.to_string();
            let reason = text.lines().last().unwrap_or_default().trim_start_matches("error: ");
            format!("[spell] ignore: {what}: {reason}")
        }
    }
}

/// The rule or family `name` written at `offset`, checked.
fn selector(text: &str, name: &str, offset: usize) -> Result<Selector, ConfigError> {
    Selector::parse(name).map_err(|e| at(text, offset, e.to_string()))
}

/// File patterns as one set, matched without regard to case (`README.MD`); an invalid
/// pattern is an error at its place.
fn glob_set(text: &str, patterns: &[Spanned<String>]) -> Result<globset::GlobSet, ConfigError> {
    let mut set = globset::GlobSetBuilder::new();
    for pattern in patterns {
        let glob = globset::GlobBuilder::new(pattern.get_ref())
            .case_insensitive(true)
            .literal_separator(true)
            .build()
            .map_err(|e| at(text, pattern.span().start, format!("invalid file pattern: {e}")))?;
        set.add(glob);
    }
    set.build()
        .map_err(|e| at(text, 0, format!("invalid file patterns: {e}")))
}
