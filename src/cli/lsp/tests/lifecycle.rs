//! The protocol's edges: capabilities, a handler that panics, hostile documents, and
//! shutdown and exit.

use lsp_server::ErrorCode;
use lsp_types::notification::{self as notif, Notification as _};
use lsp_types::request::{self as req, Request as _};
use lsp_types::TextDocumentSyncKind;
use serde_json::{json, Value};

use super::{spans, Client, PANIC, RELEASE};
use crate::cli::lsp::server::Ending;

#[test]
fn initialize_states_what_the_server_does() {
    let client = Client::pulling();
    let caps = serde_json::to_value(&client.initialized.capabilities).unwrap();
    assert_eq!(
        client.initialized.server_info.as_ref().map(|i| i.name.as_str()),
        Some("siaran")
    );
    assert_eq!(
        caps["textDocumentSync"]["change"],
        json!(TextDocumentSyncKind::INCREMENTAL)
    );
    assert_eq!(caps["diagnosticProvider"]["identifier"], "siaran");
    assert_eq!(
        caps["codeActionProvider"]["codeActionKinds"],
        json!(["quickfix", "source.fixAll.siaran"])
    );
    assert_eq!(caps["hoverProvider"], true);
    assert_eq!(client.shut_down(), Ok(Ending::Clean));
}

#[test]
fn a_panicking_handler_leaves_the_server_running() {
    let mut client = Client::pulling();
    let error = client.request(PANIC, Value::Null).unwrap_err();
    assert_eq!(error.code, ErrorCode::InternalError as i32);
    assert!(error.message.contains("internal error"), "{}", error.message);
    let uri = client.open("2025-10-14-rapat.txt", RELEASE);
    assert_eq!(client.pull(&uri).len(), 3);
    let unknown = client.request("siaran/unknown", Value::Null);
    assert_eq!(unknown.unwrap_err().code, ErrorCode::MethodNotFound as i32);
    // A request about a document never opened is an error, not a crash.
    let params = json!({ "textDocument": { "uri": "file:///nowhere.txt" } });
    assert!(client.request(req::DocumentDiagnosticRequest::METHOD, params).is_err());
    assert_eq!(client.shut_down(), Ok(Ending::Clean));
}

#[test]
fn a_finding_on_every_word_stops_at_max_findings() {
    let mut client = Client::pulling();
    client.write("siaran.toml", "max-findings = 100\n");
    let line = "praktek ".repeat(300);
    let uri = client.open("2025-10-14-rapat.txt", &format!("Judul\n{line}\n"));
    let diagnostics = client.pull(&uri);
    assert_eq!(diagnostics.len(), 101);
    let last = spans(&diagnostics).pop().unwrap();
    assert_eq!(last.0, "meta/too-many-findings");
    assert_eq!(client.shut_down(), Ok(Ending::Clean));
}

#[test]
fn after_shutdown_only_exit() {
    let mut client = Client::pulling();
    assert_eq!(client.request(req::Shutdown::METHOD, Value::Null).unwrap(), Value::Null);
    let refused = client.request(req::HoverRequest::METHOD, Value::Null);
    assert_eq!(refused.unwrap_err().code, ErrorCode::InvalidRequest as i32);
    client.notify(notif::Exit::METHOD, Value::Null);
    assert_eq!(client.join(), Ok(Ending::Clean));
}

#[test]
fn exit_without_shutdown_is_abrupt() {
    let client = Client::pulling();
    client.notify(notif::Exit::METHOD, Value::Null);
    assert_eq!(client.join(), Ok(Ending::Abrupt));
}

#[test]
fn a_malformed_initialize_is_answered_with_an_error() {
    let (server, client) = lsp_server::Connection::memory();
    let thread = std::thread::spawn(move || crate::cli::lsp::serve(&server));
    let request = lsp_server::Request::new(
        1.into(),
        req::Initialize::METHOD.to_string(),
        json!({ "capabilities": 7 }),
    );
    client.sender.send(request.into()).unwrap();
    match client
        .receiver
        .recv_timeout(std::time::Duration::from_secs(10))
        .unwrap()
    {
        lsp_server::Message::Response(r) => assert!(r.response_result.is_err(), "{r:?}"),
        other => panic!("{other:?}"),
    }
    assert!(thread.join().unwrap().is_err());
}
