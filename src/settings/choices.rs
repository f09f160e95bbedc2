//! The last options layer: choices made outside `siaran.toml`, and the step that lays
//! them over a configuration and resolves the whole once.

use super::rule_table::{RuleSetting, Rules};
use super::selector::Selector;
use super::Settings;
use crate::house::Satker;
use crate::message::Lang;
use crate::rules;

/// Choices made outside `siaran.toml` (a command line, an editor's settings, a web
/// page's options), laid over the configuration file's (or over the built-in house
/// style when there is none) by [`crate::config::Options::resolve`] and
/// [`Settings::from_choices`]. What is left unset leaves the file's value.
#[derive(Clone, Debug, Default)]
pub struct Choices {
    /// Message language (`--lang`); beats `lang` in the file.
    pub lang: Option<Lang>,
    /// The satker whose releases these are; beats `[house] satker`.
    pub satker: Option<&'static Satker>,
    /// Only these rules or families run (`--select`), opt-in ones included, whatever
    /// the file says.
    pub select: Option<Vec<Selector>>,
    /// These rules or families never run (`--ignore`), whatever else says so.
    pub ignore: Vec<Selector>,
    /// Dictionary spelling (`--spell`): switches `spell/unknown-word` on, even where
    /// the file switches the `spell` family off.
    pub spell: bool,
}

/// Settings being resolved: a file's values set, its rule entries and overrides
/// gathered in the order written. [`Draft::finish`] lays the choices over them and
/// builds the rule tables, once.
#[derive(Default)]
pub(crate) struct Draft {
    pub(crate) settings: Settings,
    pub(crate) entries: Vec<(Selector, RuleSetting)>,
    pub(crate) overrides: Vec<(globset::GlobSet, Vec<(Selector, bool)>)>,
}

impl Draft {
    pub(crate) fn finish(mut self, choices: &Choices) -> Settings {
        if let Some(lang) = choices.lang {
            self.settings.lang = lang;
        }
        if let Some(satker) = choices.satker {
            self.settings.satker = Some(satker.slug.clone());
        }
        if choices.spell {
            if let Some(rule) = rules::by_id(rules::spell::DICTIONARY_RULE) {
                self.entries.push((Selector::of(rule), RuleSetting::On));
            }
        }
        self.settings.rules = Rules::new(
            &self.entries,
            self.overrides,
            choices.select.as_deref(),
            &choices.ignore,
        );
        self.settings
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Options;
    use crate::diagnostic::Severity;

    fn resolve(text: &str, choices: &Choices) -> Settings {
        Options::parse(text).unwrap().resolve(text, choices).unwrap()
    }

    /// The command line is the last layer: over the file, and over its overrides.
    #[test]
    fn choices_are_laid_over_the_file_and_its_overrides() {
        let spell = rules::by_id(rules::spell::DICTIONARY_RULE).unwrap();
        let sep = rules::by_id("dateline/separator").unwrap();
        let text =
            "lang = \"en\"\n[rules]\ndisable = [\"spell\"]\n[rules.severity]\n\"dateline/separator\" = \"info\"\n\
                    [[override]]\nfiles = [\"arsip/**\"]\ndisable = [\"dateline\"]\n";
        let file_only = resolve(text, &Choices::default());
        assert_eq!((file_only.lang(), file_only.severity_of(spell)), (Lang::En, None));
        let choices = Choices {
            lang: Some(Lang::Id),
            spell: true,
            select: Some(vec![
                Selector::parse("dateline").unwrap(),
                Selector::parse("spell").unwrap(),
            ]),
            ..Choices::default()
        };
        let s = resolve(text, &choices);
        assert_eq!(s.lang(), Lang::Id);
        assert_eq!(
            s.severity_of(spell),
            Some(spell.severity),
            "--spell beats the file's family entry"
        );
        assert_eq!(s.severity_of(sep), Some(Severity::Info), "the file's severity stays");
        assert_eq!(
            s.for_path("arsip/x.txt").severity_of(sep),
            Some(Severity::Info),
            "--select beats an override"
        );
        let ignoring = Choices {
            ignore: vec![Selector::parse("dateline/separator").unwrap()],
            ..choices
        };
        assert_eq!(
            resolve(text, &ignoring).severity_of(sep),
            None,
            "--ignore beats --select"
        );
        let ri = Choices {
            satker: crate::house::satker_by_slug("ri"),
            ..Choices::default()
        };
        assert_eq!(
            Settings::from_choices(&ri).satker(),
            Some(""),
            "the gazetteer's slug, as in a file"
        );
    }
}
