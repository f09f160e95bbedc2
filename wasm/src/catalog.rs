//! The rule catalogue: `rules()` and `explain(id)`, from the rule metadata the CLI's
//! `siaran rules` and `siaran explain` print, so the page cannot drift from the engine.

use serde::Serialize;
use siaran::{FixAvailability, Lang, RuleMeta};

/// One line per rule.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct RuleSummary {
    pub id: &'static str,
    pub family: &'static str,
    pub severity: &'static str,
    /// `none`, `sometimes` or `always`.
    pub fix: FixAvailability,
    /// Opt-in rules (dictionary spelling) are off unless enabled.
    pub default_enabled: bool,
    pub summary: &'static str,
}

/// A rule's whole documentation.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct RuleDoc {
    #[serde(flatten)]
    pub rule: RuleSummary,
    /// Markdown: inline `code` marks what to write. The documentation's sections (what
    /// it checks, why, fix safety), a blank line between them.
    pub explanation: String,
    pub examples: Vec<Example>,
}

#[derive(Debug, Serialize)]
pub struct Example {
    pub bad: String,
    pub good: String,
}

fn summary(m: &'static RuleMeta, lang: Lang) -> RuleSummary {
    RuleSummary {
        id: m.id,
        family: m.family(),
        severity: m.severity.as_str(),
        fix: m.fix,
        default_enabled: m.default_enabled,
        summary: m.summary.template(lang),
    }
}

/// Every rule, family by family.
pub fn all(lang: Lang) -> Vec<RuleSummary> {
    siaran::rules().map(|m| summary(m, lang)).collect()
}

/// The documentation of rule `id`, if there is such a rule.
pub fn explain(id: &str, lang: Lang) -> Option<RuleDoc> {
    let m = siaran::rule(id)?;
    Some(RuleDoc {
        rule: summary(m, lang),
        explanation: m.explanation(lang),
        examples: m
            .examples
            .iter()
            .map(|e| Example {
                bad: e.bad.to_string(),
                good: e.good.to_string(),
            })
            .collect(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_every_rule_once_in_both_languages() {
        let id = all(Lang::Id);
        let en = all(Lang::En);
        assert_eq!(id.len(), siaran::rules().count());
        assert!(id
            .iter()
            .any(|r| r.id == "dateline/separator" && r.family == "dateline"));
        assert!(id.iter().zip(&en).all(|(a, b)| a.id == b.id));
        assert!(id.iter().zip(&en).any(|(a, b)| a.summary != b.summary));
    }

    #[test]
    fn explains_known_rules_only() {
        let doc = explain("dateline/separator", Lang::En).unwrap();
        assert!(doc.explanation.contains("em dash"));
        assert!(!doc.examples.is_empty());
        let json = serde_json::to_value(&doc).unwrap();
        assert_eq!(json["id"], "dateline/separator");
        assert_eq!(json["fix"], "always");
        assert_eq!(json["defaultEnabled"], true);
        assert!(explain("dateline/nope", Lang::Id).is_none());
    }
}
