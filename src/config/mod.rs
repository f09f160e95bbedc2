//! `siaran.toml`: user-facing options, parsed from text (the binary finds the file).
//!
//! Every field is optional and unknown keys are rejected, with the line and column of
//! the offending key, so a typo never silently does nothing.

use std::collections::BTreeMap;

use serde::Deserialize;
use toml::Spanned;

use crate::line_index::LineIndex;
use crate::message::Lang;
use crate::settings::{Choices, Settings};

mod resolve;

/// A configuration problem at a place in the file.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{line}:{column}: {message}")]
pub struct ConfigError {
    /// What is wrong, in the language of the message catalogue.
    pub message: String,
    /// 1-based line of the problem in the file.
    pub line: usize,
    /// 1-based column (in characters) of the problem.
    pub column: usize,
}

/// The contents of a `siaran.toml`, as written: [`Options::resolve`] checks names and
/// turns them into [`Settings`].
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Options {
    /// Message language: `id` (default) or `en`.
    pub lang: Option<Lang>,
    /// `[rules]`: which rules run and how severe they are.
    #[serde(default)]
    pub rules: RulesOptions,
    /// `[house]`: the satker and its staff.
    #[serde(default)]
    pub house: HouseOptions,
    /// `[meta]`: what front matter must hold.
    #[serde(default)]
    pub meta: MetaOptions,
    /// `[spell]`: dictionary spelling.
    #[serde(default)]
    pub spell: SpellOptions,
    /// Findings one file reports at most (default 5000); more are cut off with one
    /// `meta/too-many-findings` finding.
    #[serde(rename = "max-findings")]
    pub max_findings: Option<Spanned<usize>>,
    /// Globs (relative to the folder of siaran.toml) of the files a folder walk checks;
    /// all release files when absent. Files named on the command line are always checked.
    pub include: Option<Vec<Spanned<String>>>,
    /// Globs of files a folder walk skips (`**/README.md`).
    #[serde(default)]
    pub exclude: Vec<Spanned<String>>,
    /// Per-file rule settings: `[[override]] files = ["arsip/2021/**"]`.
    #[serde(default, rename = "override")]
    pub overrides: Vec<OverrideOptions>,
}

/// One `[[override]]` table: rule choices for the files its globs match.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OverrideOptions {
    /// Glob patterns, relative to the folder of siaran.toml.
    pub files: Vec<Spanned<String>>,
    /// Families or rule ids switched on for these files.
    #[serde(default)]
    pub enable: Vec<Spanned<String>>,
    /// Families or rule ids switched off for these files.
    #[serde(default)]
    pub disable: Vec<Spanned<String>>,
}

/// `[meta]` as written.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MetaOptions {
    /// Front matter keys every release must have (default: title, date).
    pub required: Option<Vec<String>>,
    /// Allowed tags (any when absent).
    pub tags: Option<Vec<String>>,
    /// Allowed categories (any when absent).
    pub categories: Option<Vec<String>>,
}

/// `[rules]` as written.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RulesOptions {
    /// Families or rule ids to switch on (opt-in rules).
    #[serde(default)]
    pub enable: Vec<Spanned<String>>,
    /// Families or rule ids to switch off.
    #[serde(default)]
    pub disable: Vec<Spanned<String>>,
    /// Family or rule id → `error`, `warning`, `info` or `off`.
    #[serde(default)]
    pub severity: BTreeMap<String, Spanned<SeverityOption>>,
}

/// A severity as written in `[rules.severity]`, or `off`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SeverityOption {
    /// Fails the check (exit 1).
    Error,
    /// Probably wrong; does not change the exit code.
    Warning,
    /// Advice.
    Info,
    /// The rule does not run.
    Off,
}

/// `[house]` as written.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HouseOptions {
    /// The satker slug, as in its domain `<slug>.kpu.go.id` (`kota-semarang`).
    pub satker: Option<Spanned<String>>,
    /// Staff roster: initials → full name (`awh = "Nama Lengkap"`).
    #[serde(default)]
    pub staff: BTreeMap<String, String>,
}

/// `[spell]` as written.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SpellOptions {
    /// Switch on dictionary spelling (`spell/unknown-word`), as `--spell` does.
    pub enabled: Option<bool>,
    /// The Hunspell dictionary: a path prefix (`/usr/share/hunspell/id_ID`) or the path
    /// of its `.dic` or `.aff` file; relative paths start at the folder of siaran.toml.
    pub dictionary: Option<String>,
    /// Regular expressions: a word one of them matches whole is not checked against
    /// the dictionary (product codes, programme names).
    #[serde(default)]
    pub ignore: Vec<Spanned<String>>,
}

impl Options {
    /// Parses `siaran.toml` text.
    pub fn parse(text: &str) -> Result<Options, ConfigError> {
        toml::from_str(text).map_err(|e| {
            let offset = e.span().map_or(0, |s| s.start);
            at(text, offset, e.message().to_string())
        })
    }
}

/// Parses and resolves in one go, with no choices laid over the file.
pub fn settings_from_toml(text: &str) -> Result<Settings, ConfigError> {
    Options::parse(text)?.resolve(text, &Choices::default())
}
/// Where `"key"` (or `key`) is written, for errors about map keys.
fn find_key(text: &str, key: &str) -> Option<usize> {
    text.find(&format!("\"{key}\"")).or_else(|| text.find(key))
}

fn at(text: &str, offset: usize, message: String) -> ConfigError {
    let pos = LineIndex::new(text).position(text, offset);
    ConfigError {
        message,
        line: pos.line,
        column: pos.column,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostic::Severity;
    use crate::rules;

    #[test]
    fn full_config() {
        let text = "lang = \"en\"\n[rules]\ndisable = [\"title\"]\n[rules.severity]\n\"dateline/separator\" = \"warning\"\n[house]\nsatker = \"kota-semarang\"\n";
        let s = settings_from_toml(text).unwrap();
        assert_eq!(s.lang, Lang::En);
        assert_eq!(s.satker.as_deref(), Some("kota-semarang"));
        let sep = rules::by_id("dateline/separator").unwrap();
        assert_eq!(s.severity_of(sep), Some(Severity::Warning));
    }

    #[test]
    fn unknown_key_points_at_its_line() {
        let err = settings_from_toml("lang = \"id\"\n[house]\nsatkr = \"x\"\n").unwrap_err();
        assert_eq!(err.line, 3);
        assert!(err.message.contains("satkr"), "{}", err.message);
    }

    #[test]
    fn include_and_exclude_select_walked_files() {
        let text = "include = [\"content/**\"]\nexclude = [\"**/README.md\", \"content/draf/*\"]\n";
        let walk = settings_from_toml(text).unwrap().walk;
        for (path, checked) in [
            ("content/2025/rapat.md", true),
            ("content/README.md", false),
            ("content/Readme.MD", false),
            ("content/draf/x.md", false),
            ("README.md", false),
            ("catatan.txt", false),
        ] {
            assert_eq!(walk.accepts(path), checked, "{path}");
        }
        assert!(Settings::default().walk.accepts("README.md"), "no patterns: every file");
        let err = settings_from_toml("exclude = [\"a/**\", \"[\"]\n").unwrap_err();
        assert_eq!(err.column, 20);
    }

    #[test]
    fn max_findings_is_a_positive_limit() {
        let settings = settings_from_toml("max-findings = 20\n").unwrap();
        assert_eq!(settings.max_findings(), 20);
        assert_eq!(
            Settings::default().max_findings(),
            crate::settings::DEFAULT_MAX_FINDINGS
        );
        let err = settings_from_toml("lang = \"id\"\nmax-findings = 0\n").unwrap_err();
        assert_eq!((err.line, err.message.as_str()), (2, "max-findings must be at least 1"));
    }

    #[test]
    fn unknown_rule_gets_a_suggestion() {
        let err = settings_from_toml("[rules]\ndisable = [\"datelin\"]\n").unwrap_err();
        assert_eq!((err.line, err.column), (2, 12));
        assert!(err.message.contains("did you mean 'dateline'"), "{}", err.message);
    }

    #[test]
    fn unknown_satker_gets_a_suggestion() {
        let err = settings_from_toml("[house]\nsatker = \"kota-semarng\"\n").unwrap_err();
        assert_eq!(err.line, 2);
        assert!(err.message.contains("kota-semarang"), "{}", err.message);
    }

    #[test]
    fn meta_and_staff() {
        let text = "[meta]\nrequired = [\"title\", \"date\", \"author\"]\ntags = [\"arsip\"]\n[house.staff]\nAWH = \"Andi Wahyu\"\n";
        let s = settings_from_toml(text).unwrap();
        assert_eq!(s.meta.required, ["title", "date", "author"]);
        assert_eq!(s.meta.tags.as_deref(), Some(&["arsip".to_string()][..]));
        assert_eq!(s.staff.get("awh").map(String::as_str), Some("Andi Wahyu"));
        assert_eq!(Settings::default().meta.required, ["title", "date"]);
    }

    #[test]
    fn overrides_apply_to_matching_paths() {
        let text = "[[override]]\nfiles = [\"arsip/2021/**\"]\ndisable = [\"dateline\"]\n";
        let s = settings_from_toml(text).unwrap();
        let sep = rules::by_id("dateline/separator").unwrap();
        assert_eq!(s.for_path("arsip/2021/01/rapat.txt").severity_of(sep), None);
        assert_eq!(s.for_path("2025/rapat.txt").severity_of(sep), Some(Severity::Error));
        let err = settings_from_toml("[[override]]\nfiles = [\"a/[\"]\n").unwrap_err();
        assert_eq!(err.line, 2);
    }

    #[test]
    fn spell_section() {
        let s = settings_from_toml("[spell]\nenabled = true\ndictionary = \"dic/id_ID\"\n").unwrap();
        assert!(s.needs_dictionary());
        assert_eq!(s.dictionary_path.as_deref(), Some("dic/id_ID"));
        assert!(!Settings::default().needs_dictionary());
        let off = settings_from_toml("[spell]\nenabled = true\n[rules]\ndisable = [\"spell\"]\n").unwrap();
        assert!(!off.needs_dictionary());
        let by_rules = settings_from_toml("[rules]\nenable = [\"spell/unknown-word\"]\n").unwrap();
        assert!(by_rules.needs_dictionary());
        let by_override = "[[override]]\nfiles = [\"arsip/**\"]\nenable = [\"spell\"]\n";
        assert!(settings_from_toml(by_override).unwrap().needs_dictionary());
        let err = settings_from_toml("[spell]\nenable = true\n").unwrap_err();
        assert_eq!(err.line, 2);
        assert!(err.message.contains("enable"), "{}", err.message);
    }

    #[test]
    fn spell_ignore_patterns_match_whole_words_and_errors_point_at_the_pattern() {
        let s = settings_from_toml("[spell]\nignore = [\"SIPOL\\\\d+\", \"e-?coklit\"]\n").unwrap();
        let set = s.spell_ignore.unwrap();
        assert!(set.is_match("SIPOL2024") && set.is_match("ecoklit") && set.is_match("e-coklit"));
        assert!(
            !set.is_match("SIPOL") && !set.is_match("ecoklitnya"),
            "whole words only"
        );
        let err = settings_from_toml("[spell]\nignore = [\"ok\",\n  \"(unclosed\"]\n").unwrap_err();
        assert_eq!((err.line, err.column), (3, 3));
        assert_eq!(err.message, "[spell] ignore: invalid pattern: unclosed group");
        let err = settings_from_toml("[spell]\nignore = [\"\\\\w{1000}{1000}\"]\n").unwrap_err();
        assert_eq!(err.line, 2);
        assert!(err.message.contains("too large"), "{}", err.message);
        let err = settings_from_toml("[spell]\nignore = [\"a)|(b\"]\n").unwrap_err();
        assert!(err.message.contains("invalid pattern"), "{}", err.message);
    }

    #[test]
    fn bad_severity_value() {
        let err = settings_from_toml("[rules.severity]\ntitle = \"fatal\"\n").unwrap_err();
        assert_eq!(err.line, 2);
    }
}
