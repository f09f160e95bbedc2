//! Where rules put their findings: a list that keeps at most a limit of each rule's
//! findings and counts the rest. A 20 MB line of `kata kata kata …` gave four million
//! `spell/doubled-word` findings, a gigabyte of memory and of output; no reader reads
//! past the first few thousand, so each rule keeps its first `limit` and the engine
//! closes the file with one finding saying it was cut off (see [`crate::lint`]).

use std::ops::Deref;

use crate::diagnostic::{Finding, Severity};

/// Findings of one release, as the rules report them.
#[derive(Debug)]
pub struct Findings {
    items: Vec<Finding>,
    /// Findings kept per rule.
    limit: usize,
    /// Where the findings of the rule running now begin.
    rule_start: usize,
    /// The severity the rule running now reports at.
    severity: Severity,
    /// The most severe finding not kept, if any was dropped.
    dropped: Option<Severity>,
}

impl Default for Findings {
    /// No limit: what a rule's own tests want.
    fn default() -> Self {
        Findings::new(usize::MAX)
    }
}

impl Findings {
    pub fn new(limit: usize) -> Self {
        Findings {
            items: Vec::new(),
            limit,
            rule_start: 0,
            severity: Severity::Info,
            dropped: None,
        }
    }

    /// Starts the findings of the next rule, reported at `severity`.
    pub(crate) fn begin_rule(&mut self, severity: Severity) {
        self.rule_start = self.items.len();
        self.severity = severity;
    }

    /// Adds a finding, unless the rule running has reached the limit.
    pub fn push(&mut self, finding: Finding) {
        if self.is_full() {
            self.cut_off();
        } else {
            self.items.push(finding);
        }
    }

    /// Records that the rule running found more than it may report, for a rule that
    /// stops looking once [`Findings::is_full`].
    pub fn cut_off(&mut self) {
        self.dropped = self.dropped.max(Some(self.severity));
    }

    /// Whether the rule running has reached the limit: a rule that finds one thing per
    /// word may stop looking.
    pub fn is_full(&self) -> bool {
        self.items.len() - self.rule_start >= self.limit
    }

    /// The most severe finding not kept, if any was dropped.
    pub fn dropped(&self) -> Option<Severity> {
        self.dropped
    }

    /// The findings of the rule running now, to adjust (its severity).
    pub(crate) fn of_rule(&mut self) -> &mut [Finding] {
        &mut self.items[self.rule_start..]
    }

    pub fn into_vec(self) -> Vec<Finding> {
        self.items
    }
}

impl Deref for Findings {
    type Target = [Finding];

    fn deref(&self) -> &[Finding] {
        &self.items
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::span::Span;

    #[test]
    fn each_rule_keeps_its_first_findings_and_the_dropped_severity_is_known() {
        let finding = |at| Finding::new("punct/double-space", Severity::Warning, Span::empty(at), String::new());
        let mut findings = Findings::new(2);
        findings.begin_rule(Severity::Warning);
        for at in 0..5 {
            findings.push(finding(at));
        }
        assert!(findings.is_full());
        findings.begin_rule(Severity::Error);
        assert!(!findings.is_full());
        findings.push(finding(9));
        assert_eq!(findings.len(), 3);
        assert_eq!(findings.dropped(), Some(Severity::Warning));
        findings.push(finding(10));
        findings.push(finding(11));
        assert_eq!(findings.dropped(), Some(Severity::Error));
        let starts: Vec<usize> = findings.into_vec().iter().map(|f| f.span.start).collect();
        assert_eq!(starts, [0, 1, 9, 10]);
    }
}
