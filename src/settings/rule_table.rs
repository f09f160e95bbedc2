//! Which rules run, at what severity: configuration entries resolved once, when the
//! configuration loads, into a table by rule index (the order of the registry), and
//! each `[[override]]` into its glob set and a table of what it switches. A file whose
//! path no override matches uses the global table as is; one that some match gets
//! their tables laid over the global one: array work, no names compared.

use std::borrow::Cow;
use std::sync::LazyLock;

use super::selector::Selector;
use crate::diagnostic::Severity;
use crate::rules::{self, RuleMeta};

/// What a configuration entry does to the rules it selects.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum RuleSetting {
    /// The rule does not run.
    Off,
    /// The rule runs at its configured severity.
    On,
    /// The rule runs at this severity.
    Severity(Severity),
}

/// One rule before the command line's `--select` and `--ignore` have their say.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct RuleState {
    enabled: bool,
    severity: Severity,
}

/// Rule index → the severity the rule runs at, or `None` when it is off.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct RuleTable {
    severities: Box<[Option<Severity>]>,
}

impl RuleTable {
    /// Each rule's severity (`None`: off), in the order of [`rules::metas`]: the checking
    /// rules, then the engine-reported ones.
    pub(crate) fn severities(&self) -> &[Option<Severity>] {
        &self.severities
    }

    /// The severity `meta`'s rule runs at, or `None` when it is off.
    pub(crate) fn severity_of(&self, meta: &RuleMeta) -> Option<Severity> {
        index_of(meta).and_then(|i| self.severities[i])
    }
}

/// Every rule's metadata, in registry order, gathered once: the engine asks for the
/// rules it reports itself (suppressions, the cut-off) on every file.
static METAS: LazyLock<Box<[&'static RuleMeta]>> = LazyLock::new(|| rules::metas().collect());

/// A rule's place in the registry, by identity (rules are statics): no name compared.
fn index_of(meta: &RuleMeta) -> Option<usize> {
    METAS.iter().position(|m| std::ptr::eq(*m, meta))
}

/// An `[[override]]`: the files it applies to and, per rule, whether it switches the
/// rule on or off (`None`: it leaves the rule alone).
#[derive(Debug)]
struct Override {
    files: globset::GlobSet,
    switches: Box<[Option<bool>]>,
}

/// The rule choices of one configuration, resolved.
#[derive(Debug)]
pub(crate) struct Rules {
    /// Configuration entries applied to the defaults.
    base: Box<[RuleState]>,
    /// Per rule, what `--select` and `--ignore` force (`None`: nothing).
    forced: Box<[Option<bool>]>,
    /// `base` with `forced` applied: the table of every file no override matches.
    table: RuleTable,
    overrides: Vec<Override>,
}

impl Default for Rules {
    fn default() -> Self {
        Rules::new(&[], Vec::new(), None, &[])
    }
}

impl Rules {
    /// Resolves `entries` (in the order written; a rule id beats its family, and among
    /// entries of the same kind the later one wins), `overrides` (each a layer over the
    /// ones before it, where a family entry beats every earlier setting of its rules, and
    /// a rule id beats its family inside one override), then `select` (exactly these
    /// rules run, opt-in ones included) and `ignore` (these never run).
    pub(crate) fn new(
        entries: &[(Selector, RuleSetting)],
        overrides: Vec<(globset::GlobSet, Vec<(Selector, bool)>)>,
        select: Option<&[Selector]>,
        ignore: &[Selector],
    ) -> Rules {
        let metas = &*METAS;
        let mut base: Box<[RuleState]> = metas
            .iter()
            .map(|m| RuleState {
                enabled: m.default_enabled,
                severity: m.severity,
            })
            .collect();
        let families = entries.iter().filter(|(s, _)| s.is_family());
        let ids = entries.iter().filter(|(s, _)| !s.is_family());
        for (selector, setting) in families.chain(ids) {
            for (state, meta) in base.iter_mut().zip(metas) {
                if selector.selects(meta.id) {
                    *state = state.with(*setting);
                }
            }
        }
        let overrides = overrides
            .into_iter()
            .map(|(files, entries)| {
                let mut switches = vec![None; metas.len()].into_boxed_slice();
                let families = entries.iter().filter(|(s, _)| s.is_family());
                let ids = entries.iter().filter(|(s, _)| !s.is_family());
                for (selector, on) in families.chain(ids) {
                    for (switch, meta) in switches.iter_mut().zip(metas) {
                        if selector.selects(meta.id) {
                            *switch = Some(*on);
                        }
                    }
                }
                Override { files, switches }
            })
            .collect();
        let forced: Box<[Option<bool>]> = metas
            .iter()
            .map(|meta| {
                let named = |list: &[Selector]| list.iter().any(|s| s.selects(meta.id));
                if named(ignore) {
                    Some(false)
                } else {
                    select.map(named)
                }
            })
            .collect();
        let table = finish(&base, &forced);
        Rules {
            base,
            forced,
            table,
            overrides,
        }
    }

    /// The table of a file no `[[override]]` matches.
    pub(crate) fn table(&self) -> &RuleTable {
        &self.table
    }

    /// Whether `meta`'s rule runs in some file: in those no override matches, or in
    /// those an override switches it on for (unless `--ignore` or `--select` rule it out).
    pub(crate) fn may_run(&self, meta: &RuleMeta) -> bool {
        let Some(i) = index_of(meta) else {
            return false;
        };
        self.table.severities[i].is_some()
            || (self.forced[i] != Some(false) && self.overrides.iter().any(|o| o.switches[i] == Some(true)))
    }

    /// The table of the file at `path` (relative to the configuration's folder,
    /// `/`-separated): the overrides whose globs match it laid over the global one.
    pub(crate) fn for_path(&self, path: &str) -> Cow<'_, RuleTable> {
        let mut matching = self.overrides.iter().filter(|o| o.files.is_match(path)).peekable();
        if matching.peek().is_none() {
            return Cow::Borrowed(&self.table);
        }
        let mut states = self.base.clone();
        for o in matching {
            for (state, switch) in states.iter_mut().zip(o.switches.iter()) {
                if let Some(on) = *switch {
                    state.enabled = on;
                }
            }
        }
        Cow::Owned(finish(&states, &self.forced))
    }
}

impl RuleState {
    fn with(self, setting: RuleSetting) -> RuleState {
        match setting {
            RuleSetting::Off => RuleState { enabled: false, ..self },
            RuleSetting::On => RuleState { enabled: true, ..self },
            RuleSetting::Severity(severity) => RuleState {
                enabled: true,
                severity,
            },
        }
    }
}

fn finish(states: &[RuleState], forced: &[Option<bool>]) -> RuleTable {
    let severities = states
        .iter()
        .zip(forced)
        .map(|(state, forced)| forced.unwrap_or(state.enabled).then_some(state.severity))
        .collect();
    RuleTable { severities }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sel(name: &str) -> Selector {
        Selector::parse(name).unwrap()
    }

    #[test]
    fn a_rule_id_beats_its_family_whatever_the_order() {
        let sep = rules::by_id("dateline/separator").unwrap();
        let city = rules::by_id("dateline/city-case").unwrap();
        let entries = [
            (sel("dateline/separator"), RuleSetting::Severity(Severity::Info)),
            (sel("dateline"), RuleSetting::Off),
        ];
        let rules = Rules::new(&entries, Vec::new(), None, &[]);
        assert_eq!(rules.table().severity_of(sep), Some(Severity::Info));
        assert_eq!(rules.table().severity_of(city), None);
    }

    #[test]
    fn select_names_exactly_the_rules_to_run_and_ignore_beats_it() {
        let spell = rules::by_id(rules::spell::DICTIONARY_RULE).unwrap();
        let sep = rules::by_id("dateline/separator").unwrap();
        let city = rules::by_id("dateline/city-case").unwrap();
        let select = [sel("spell"), sel("dateline")];
        let rules = Rules::new(&[], Vec::new(), Some(&select), &[sel("dateline/city-case")]);
        assert_eq!(
            rules.table().severity_of(spell),
            Some(spell.severity),
            "opt-in rule selected"
        );
        assert_eq!(rules.table().severity_of(sep), Some(sep.severity));
        assert_eq!(rules.table().severity_of(city), None);
        let title = rules::all().find(|r| r.meta().family() == "title").unwrap().meta();
        assert_eq!(rules.table().severity_of(title), None);
    }
}
