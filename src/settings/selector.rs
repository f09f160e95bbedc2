//! Rule and family names as written in `siaran.toml`, on the command line and in
//! suppression comments: checked here, in one place, with one did-you-mean.

use crate::rules::{self, RuleMeta, FAMILIES};

/// A checked name of a rule family (`baku`) or a rule (`baku/word-pair`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Selector {
    name: &'static str,
    family: bool,
}

/// A name that is neither a rule family nor a rule id.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{}", unknown_message(.name, *.nearest))]
pub struct UnknownSelector {
    name: String,
    nearest: Option<&'static str>,
}

impl Selector {
    /// Checks a name against the rule registry.
    pub fn parse(name: &str) -> Result<Selector, UnknownSelector> {
        if let Some(family) = FAMILIES.iter().find(|f| **f == name) {
            return Ok(Selector {
                name: family,
                family: true,
            });
        }
        match rules::by_id(name) {
            Some(rule) => Ok(Selector {
                name: rule.id,
                family: false,
            }),
            None => Err(UnknownSelector {
                name: name.to_string(),
                nearest: nearest(name),
            }),
        }
    }

    /// The selector of one registered rule.
    pub(crate) fn of(meta: &'static RuleMeta) -> Selector {
        Selector {
            name: meta.id,
            family: false,
        }
    }

    /// The family or rule id, as the registry spells it.
    pub fn name(self) -> &'static str {
        self.name
    }

    /// Whether it names a whole family.
    pub fn is_family(self) -> bool {
        self.family
    }

    /// Whether it selects the rule with this id (its own id, or its family).
    pub(crate) fn selects(self, id: &str) -> bool {
        if self.family {
            crate::diagnostic::family_of(id) == self.name
        } else {
            id == self.name
        }
    }
}

impl UnknownSelector {
    /// The name as written.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The known family or rule id closest to it, if one is close.
    pub fn nearest(&self) -> Option<&'static str> {
        self.nearest
    }
}

/// "unknown rule or family" with the closest known name.
fn unknown_message(name: &str, nearest: Option<&str>) -> String {
    match nearest {
        Some(k) => format!("unknown rule or family '{name}'; did you mean '{k}'?"),
        None => format!("unknown rule or family '{name}' (see `siaran rules`)"),
    }
}

/// The rule id or family closest to `name`, if one is close.
fn nearest(name: &str) -> Option<&'static str> {
    let known = FAMILIES.iter().copied().chain(rules::metas().map(|m| m.id));
    known
        .map(|k| (strsim::jaro_winkler(name, k), k))
        .filter(|(score, _)| *score > 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, k)| k)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn families_and_rules_parse_and_others_get_the_nearest_name() {
        let family = Selector::parse("dateline").unwrap();
        assert!(family.is_family() && family.selects("dateline/separator") && !family.selects("day-date/x"));
        let rule = Selector::parse("dateline/separator").unwrap();
        assert!(!rule.is_family() && rule.selects("dateline/separator") && !rule.selects("dateline/city-case"));
        let err = Selector::parse("datelin").unwrap_err();
        assert_eq!(err.nearest(), Some("dateline"));
        assert_eq!(
            err.to_string(),
            "unknown rule or family 'datelin'; did you mean 'dateline'?"
        );
        let far = Selector::parse("zzzz").unwrap_err();
        assert_eq!(far.to_string(), "unknown rule or family 'zzzz' (see `siaran rules`)");
    }
}
