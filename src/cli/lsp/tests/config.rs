//! Configuration: siaran.toml found per document as `siaran check` finds it, reloaded
//! when the client reports a change, errors shown (never a crash); client settings for
//! language and the publication date.

use lsp_types::notification::{self as notif, Notification as _};
use lsp_types::request::{self as req, Request as _};
use lsp_types::{MessageType, PublishDiagnosticsParams, ShowMessageParams};
use serde_json::json;

use super::{spans, Client, RELEASE};

fn rules(client: &mut Client, uri: &lsp_types::Uri) -> Vec<String> {
    spans(&client.pull(uri)).into_iter().map(|s| s.0).collect()
}

#[test]
fn nearest_siaran_toml_applies_and_reloads_when_changed() {
    let mut client = Client::pulling();
    // The server asks to hear about siaran.toml files.
    let registration = client.server_request(req::RegisterCapability::METHOD);
    assert!(
        registration.params.to_string().contains("**/siaran.toml"),
        "{registration:?}"
    );
    client.write("siaran.toml", "[rules]\ndisable = [\"baku\"]\n");
    let uri = client.open("arsip/2025-10-14-rapat.txt", RELEASE);
    assert_eq!(rules(&mut client, &uri), ["dateline/city-case", "dateline/separator"]);

    client.write("siaran.toml", "[rules]\ndisable = [\"dateline\"]\n");
    let changed = json!({ "changes": [{ "uri": client.uri("siaran.toml").as_str(), "type": 2 }] });
    client.notify(notif::DidChangeWatchedFiles::METHOD, changed);
    // A pulling client is asked to pull again.
    client.server_request(req::WorkspaceDiagnosticRefresh::METHOD);
    assert_eq!(rules(&mut client, &uri), ["baku/non-standard-word"]);
    client.shut_down().unwrap();
}

#[test]
fn a_client_that_does_not_pull_gets_fresh_diagnostics_pushed_on_reload() {
    let mut client = Client::start(super::capabilities(false, &[]), None);
    client.write("siaran.toml", "[rules]\ndisable = [\"baku\"]\n");
    client.open("2025-10-14-rapat.txt", RELEASE);
    let first: PublishDiagnosticsParams = client.notification(notif::PublishDiagnostics::METHOD);
    assert_eq!(first.diagnostics.len(), 2);
    client.write("siaran.toml", "[rules]\ndisable = []\n");
    let changed = json!({ "changes": [{ "uri": client.uri("siaran.toml").as_str(), "type": 2 }] });
    client.notify(notif::DidChangeWatchedFiles::METHOD, changed);
    let reloaded: PublishDiagnosticsParams = client.notification(notif::PublishDiagnostics::METHOD);
    assert_eq!(spans(&reloaded.diagnostics).last().unwrap().0, "baku/non-standard-word");
    client.shut_down().unwrap();
}

#[test]
fn a_bad_siaran_toml_is_shown_once_and_breaks_nothing() {
    let mut client = Client::pulling();
    client.write("siaran.toml", "[rules]\ndisable = [\"bakku\"]\n");
    let uri = client.open("2025-10-14-rapat.txt", RELEASE);
    let diagnostics = client.pull(&uri);
    assert_eq!(diagnostics.len(), 1);
    assert!(
        diagnostics[0].message.contains("siaran.toml"),
        "{}",
        diagnostics[0].message
    );
    assert!(
        diagnostics[0].message.contains("baku"),
        "suggests the known name: {}",
        diagnostics[0].message
    );
    let shown: ShowMessageParams = client.notification(notif::ShowMessage::METHOD);
    assert_eq!(shown.typ, MessageType::ERROR);
    assert!(shown.message.contains("siaran.toml"));
    // Pulled again: no second message.
    client.pull(&uri);
    let again = client.unclaimed(std::time::Duration::from_millis(200));
    assert!(
        !again
            .iter()
            .any(|m| matches!(m, lsp_server::Message::Notification(n) if n.method == notif::ShowMessage::METHOD)),
        "{again:?}"
    );
    client.shut_down().unwrap();
}

#[test]
fn client_settings_choose_language_and_stand_in_for_a_missing_date() {
    let mut client = Client::pulling();
    // No date in the front matter or file name: `Selasa (14/10)` is dated by the setting.
    let uri = client.open("rapat.txt", RELEASE);
    let settings = |date: &str| json!({ "settings": { "siaran": { "lang": "en", "date": date } } });
    client.notify(notif::DidChangeConfiguration::METHOD, settings("2025-10-20"));
    let diagnostics = client.pull(&uri);
    assert!(
        diagnostics[0].message.starts_with("The dateline city"),
        "{}",
        diagnostics[0].message
    );
    assert!(!rules(&mut client, &uri).iter().any(|r| r.starts_with("day-date")));
    // 14 October 2024 was a Monday.
    client.notify(notif::DidChangeConfiguration::METHOD, settings("2024-10-20"));
    assert!(rules(&mut client, &uri)
        .iter()
        .any(|r| r == "day-date/weekday-mismatch"));
    // A date in the file name beats the setting.
    let dated = client.open("2025-10-14-rapat.txt", RELEASE);
    assert!(!rules(&mut client, &dated).iter().any(|r| r.starts_with("day-date")));
    // A setting that makes no sense is shown; the old settings stay.
    client.notify(
        notif::DidChangeConfiguration::METHOD,
        json!({ "settings": { "date": "20/10/2024" } }),
    );
    let shown: ShowMessageParams = client.notification(notif::ShowMessage::METHOD);
    assert!(shown.message.contains("20/10/2024"), "{}", shown.message);
    assert!(rules(&mut client, &uri)
        .iter()
        .any(|r| r == "day-date/weekday-mismatch"));
    client.shut_down().unwrap();
}

#[test]
fn spelling_is_switched_on_by_the_client() {
    let mut client = Client::pulling();
    let dictionary = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/dictionary/id_TEST");
    client.write("siaran.toml", &format!("[spell]\ndictionary = \"{dictionary}\"\n"));
    let text = RELEASE.replace("pemutakhiran data", "pemutakhiran qwrtzk data");
    let uri = client.open("2025-10-14-rapat.txt", &text);
    assert!(!rules(&mut client, &uri).iter().any(|r| r == "spell/unknown-word"));
    client.notify(
        notif::DidChangeConfiguration::METHOD,
        json!({ "settings": { "spell": true } }),
    );
    let diagnostics = client.pull(&uri);
    let unknown: Vec<_> = spans(&diagnostics)
        .into_iter()
        .filter(|s| s.0 == "spell/unknown-word")
        .collect();
    assert!(
        unknown.iter().any(|s| s.1 == 2 && s.2 == 67 && s.4 == 73),
        "qwrtzk is flagged at its place: {unknown:?}"
    );
    client.shut_down().unwrap();
}
