//! Findings as LSP diagnostics: the rule id as `code`, a link to the rule's page, the
//! message in the configured language with its help and note, secondary labels as
//! related information.

use lsp_types::{
    CodeDescription, Diagnostic, DiagnosticRelatedInformation, DiagnosticSeverity, DiagnosticTag, Location,
    NumberOrString, Range, Uri,
};
use siaran::{Finding, Severity};

use super::position::{Encoding, PositionMap};
use super::session::{Checked, Document};

pub const SOURCE: &str = "siaran";

/// Shown faded, as editors show unused code: the comment can go.
const UNUSED_SUPPRESSION: &str = "meta/unused-suppression";

/// Where the rule pages live when the client does not say: `docs/rules` of the
/// documentation the binary links to everywhere ([`crate::cli::file_uri::docs`]).
pub fn default_docs_url() -> String {
    format!("{}/rules", crate::cli::file_uri::docs())
}

/// The diagnostics of a checked document. Their number is bounded by the library's
/// `max-findings` (a hostile document with a finding on every word ends with one
/// `meta/too-many-findings`), so there is no second limit here.
pub fn of(doc: &Document, checked: &Checked, encoding: Encoding, docs_url: &str) -> Vec<Diagnostic> {
    if let Some(problem) = &checked.problem {
        return vec![Diagnostic {
            range: Range::default(),
            severity: Some(DiagnosticSeverity::ERROR),
            source: Some(SOURCE.to_string()),
            message: problem.clone(),
            ..Diagnostic::default()
        }];
    }
    let map = positions(doc, &checked.findings, encoding);
    checked
        .findings
        .iter()
        .map(|f| diagnostic(f, &map, doc, docs_url))
        .collect()
}

/// Positions of every offset the findings (and their labels and fixes) mention.
pub fn positions(doc: &Document, findings: &[Finding], encoding: Encoding) -> PositionMap {
    let offsets = findings.iter().flat_map(Finding::offsets);
    PositionMap::new(&doc.text, &doc.lines, encoding, offsets.collect::<Vec<_>>())
}

/// One finding as a diagnostic.
pub fn diagnostic(finding: &Finding, map: &PositionMap, doc: &Document, docs_url: &str) -> Diagnostic {
    let text = &doc.text;
    let mut message = finding.message.clone();
    for extra in [&finding.help, &finding.note].into_iter().flatten() {
        message.push('\n');
        message.push_str(extra);
    }
    let related = finding
        .labels
        .iter()
        .map(|label| DiagnosticRelatedInformation {
            location: Location::new(doc.uri.clone(), map.range(text, label.span.start, label.span.end)),
            message: label.message.clone(),
        })
        .collect::<Vec<_>>();
    Diagnostic {
        range: map.range(text, finding.span.start, finding.span.end),
        severity: Some(severity(finding.severity)),
        code: Some(NumberOrString::String(finding.rule.to_string())),
        code_description: rule_page(docs_url, finding.rule).map(|href| CodeDescription { href }),
        source: Some(SOURCE.to_string()),
        message,
        related_information: (!related.is_empty()).then_some(related),
        tags: (finding.rule == UNUSED_SUPPRESSION).then(|| vec![DiagnosticTag::UNNECESSARY]),
        data: None,
    }
}

/// The address of a rule's page: `<docs>/<family>/<name>.md`.
pub fn rule_page(docs_url: &str, rule: &str) -> Option<Uri> {
    crate::cli::file_uri::rule_page(docs_url, rule).parse().ok()
}

fn severity(severity: Severity) -> DiagnosticSeverity {
    match severity {
        Severity::Error => DiagnosticSeverity::ERROR,
        Severity::Warning => DiagnosticSeverity::WARNING,
        Severity::Info => DiagnosticSeverity::INFORMATION,
    }
}
