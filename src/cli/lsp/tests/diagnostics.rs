//! Diagnostics: pulled with exact ranges, codes, links and messages; pushed after a
//! pause for clients that do not pull; cleared on close.

use lsp_types::notification::{self as notif, Notification as _};
use lsp_types::{
    DiagnosticSeverity, DocumentDiagnosticReport, DocumentDiagnosticReportResult, Position, PublishDiagnosticsParams,
    Range,
};
use serde_json::json;

use super::{capabilities, spans, Client, RELEASE};
use crate::cli::lsp::uri;

/// The release's findings: city in capitals and a hyphen on line 1, `praktek` on line 2.
fn expected() -> Vec<(String, u32, u32, u32, u32)> {
    vec![
        ("dateline/city-case".into(), 1, 0, 1, 8),
        ("dateline/separator".into(), 1, 33, 1, 36),
        ("baku/non-standard-word".into(), 2, 46, 2, 53),
    ]
}

#[test]
fn pulled_diagnostics_carry_rule_ranges_links_and_messages() {
    let mut client = Client::pulling();
    // The date in the file name dates `Selasa (14/10)`.
    let uri = client.open("2025-10-14-rapat.txt", RELEASE);
    let diagnostics = client.pull(&uri);
    assert_eq!(spans(&diagnostics), expected());
    let baku = &diagnostics[2];
    assert_eq!(baku.severity, Some(DiagnosticSeverity::WARNING));
    assert_eq!(diagnostics[0].severity, Some(DiagnosticSeverity::ERROR));
    assert_eq!(baku.source.as_deref(), Some("siaran"));
    assert!(
        baku.message
            .starts_with("Kata tidak baku 'praktek'; bentuk bakunya 'praktik'"),
        "{}",
        baku.message
    );
    let href = &baku.code_description.as_ref().unwrap().href;
    assert!(
        href.as_str().ends_with("/docs/rules/baku/non-standard-word.md"),
        "{}",
        href.as_str()
    );
    let page = uri::to_path(href).unwrap();
    assert!(page.is_file(), "the linked page exists: {}", page.display());
    client.shut_down().unwrap();
}

#[test]
fn messages_in_the_language_the_client_asks_for() {
    let mut client = Client::start(capabilities(true, &[]), Some(json!({ "lang": "en" })));
    let uri = client.open("2025-10-14-rapat.txt", RELEASE);
    let diagnostics = client.pull(&uri);
    assert!(
        diagnostics[2].message.starts_with("Non-standard word 'praktek'"),
        "{}",
        diagnostics[2].message
    );
    client.shut_down().unwrap();
}

#[test]
fn edits_are_linted_and_unchanged_results_say_so() {
    let mut client = Client::pulling();
    let uri = client.open("2025-10-14-rapat.txt", RELEASE);
    assert_eq!(client.pull(&uri).len(), 3);
    // `praktek` → `praktik`, in place (UTF-16: the emoji counts two).
    let praktek = Range::new(Position::new(2, 46), Position::new(2, 53));
    client.change(&uri, Some(praktek), "praktik");
    let after = client.pull(&uri);
    assert_eq!(spans(&after), expected()[..2]);
    let id = match client.pull_report(&uri, None) {
        DocumentDiagnosticReportResult::Report(DocumentDiagnosticReport::Full(full)) => {
            full.full_document_diagnostic_report.result_id.unwrap()
        }
        other => panic!("{other:?}"),
    };
    assert!(matches!(
        client.pull_report(&uri, Some(&id)),
        DocumentDiagnosticReportResult::Report(DocumentDiagnosticReport::Unchanged(_))
    ));
    // A new line before everything moves every finding down one line.
    client.change(&uri, Some(Range::new(Position::new(0, 0), Position::new(0, 0))), "\n");
    let moved: Vec<u32> = client.pull(&uri).iter().map(|d| d.range.start.line).collect();
    assert_eq!(moved, [2, 2]);
    client.shut_down().unwrap();
}

#[test]
fn pushed_after_a_pause_in_typing_and_cleared_on_close() {
    let mut client = Client::start(capabilities(false, &[]), None);
    let uri = client.open("2025-10-14-rapat.txt", RELEASE);
    let opened: PublishDiagnosticsParams = client.notification(notif::PublishDiagnostics::METHOD);
    assert_eq!((opened.version, spans(&opened.diagnostics)), (Some(1), expected()));
    // Three quick keystrokes: one push, for the last version.
    let end_of_praktek = Position::new(2, 53);
    for typed in ["x", "y", "z"] {
        client.change(&uri, Some(Range::new(end_of_praktek, end_of_praktek)), typed);
    }
    let typed: PublishDiagnosticsParams = client.notification(notif::PublishDiagnostics::METHOD);
    assert_eq!(typed.version, Some(4));
    // `praktekzyx` is no non-standard word the rule knows.
    assert_eq!(spans(&typed.diagnostics), expected()[..2]);
    client.notify(
        notif::DidCloseTextDocument::METHOD,
        json!({ "textDocument": { "uri": uri.as_str() } }),
    );
    let closed: PublishDiagnosticsParams = client.notification(notif::PublishDiagnostics::METHOD);
    assert_eq!((closed.uri, closed.diagnostics.len()), (uri, 0));
    client.shut_down().unwrap();
}

#[test]
fn pulling_clients_get_no_pushes() {
    let mut client = Client::pulling();
    let uri = client.open("2025-10-14-rapat.txt", RELEASE);
    client.change(&uri, None, RELEASE);
    client.pull(&uri);
    let left = client.unclaimed(std::time::Duration::from_millis(300));
    let pushes = left
        .iter()
        .filter(|m| matches!(m, lsp_server::Message::Notification(n) if n.method == notif::PublishDiagnostics::METHOD))
        .count();
    assert_eq!(pushes, 0);
    client.shut_down().unwrap();
}
