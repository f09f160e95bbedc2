//! The in-process harness: the server runs on a thread with an in-memory connection and
//! a test drives it as a client would (initialise, open, change, pull, act, shut down),
//! with documents and siaran.toml files in a temporary folder.

mod actions;
mod config;
mod diagnostics;
mod lifecycle;
mod positions;

use std::collections::VecDeque;
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use lsp_server::{Connection, Message, Notification, Request, RequestId, ResponseError};
use lsp_types::notification::{self as notif, Notification as _};
use lsp_types::request::{self as req, Request as _};
use lsp_types::{
    Diagnostic, DidChangeTextDocumentParams, DidOpenTextDocumentParams, DocumentDiagnosticParams,
    DocumentDiagnosticReport, DocumentDiagnosticReportResult, InitializeResult, Range, TextDocumentContentChangeEvent,
    TextDocumentIdentifier, TextDocumentItem, Uri, VersionedTextDocumentIdentifier,
};
use serde_json::{json, Value};

use super::server::Ending;
use super::uri;

/// A request only the tests' server knows: its handler panics.
pub const PANIC: &str = "siaran/test/panic";

/// How long a test waits for a message before it fails.
const TIMEOUT: Duration = Duration::from_secs(10);

/// A release with known findings: the dateline's city in capitals and a hyphen for its
/// dash (line 1), and `praktek` after `—`, `“ ”`, `é` and an emoji (line 2).
pub const RELEASE: &str = "KPU Kota Semarang Gelar Rapat Koordinasi
SEMARANG, kota-semarang.kpu.go.id - Komisi Pemilihan Umum (KPU) Kota Semarang menggelar rapat koordinasi di aula kantor KPU Kota Semarang, Selasa (14/10).
Peserta rapat — termasuk “kafé” 🗳 — membahas praktek pemutakhiran data pemilih.
Hasil rapat akan dilaporkan kepada KPU Provinsi Jawa Tengah sebelum akhir bulan. (awh/ed. Foto: rap/KPU Kota Semarang)
";

/// A client's capabilities: `pull` for `textDocument/diagnostic`, and the position
/// encodings it offers.
pub fn capabilities(pull: bool, encodings: &[&str]) -> Value {
    let mut caps = json!({
        "general": { "positionEncodings": encodings },
        "textDocument": { "codeAction": { "disabledSupport": true } },
        "workspace": {
            "didChangeWatchedFiles": { "dynamicRegistration": true },
            "diagnostic": { "refreshSupport": true }
        }
    });
    if pull {
        caps["textDocument"]["diagnostic"] = json!({});
    }
    caps
}

pub struct Client {
    connection: Connection,
    server: Option<JoinHandle<Result<Ending, String>>>,
    next_id: i32,
    /// Messages from the server not yet claimed by the test.
    inbox: VecDeque<Message>,
    pub initialized: InitializeResult,
    pub dir: tempfile::TempDir,
    versions: std::collections::HashMap<String, i32>,
}

impl Client {
    /// A client with `capabilities`, started in a new temporary folder.
    pub fn start(capabilities: Value, options: Option<Value>) -> Self {
        let dir = tempfile::tempdir().unwrap();
        let (server_side, connection) = Connection::memory();
        let server = std::thread::spawn(move || super::serve(&server_side));
        let mut client = Client {
            connection,
            server: Some(server),
            next_id: 0,
            inbox: VecDeque::new(),
            initialized: InitializeResult::default(),
            dir,
            versions: Default::default(),
        };
        let root = uri::from_path(client.dir.path()).unwrap();
        let params = json!({
            "capabilities": capabilities,
            "initializationOptions": options,
            "workspaceFolders": [{ "uri": root.as_str(), "name": "rilis" }],
        });
        client.initialized = client.request_ok(req::Initialize::METHOD, params);
        client.notify(notif::Initialized::METHOD, json!({}));
        client
    }

    pub fn pulling() -> Self {
        Client::start(capabilities(true, &[]), None)
    }

    pub fn send(&self, message: Message) {
        self.connection.sender.send(message).unwrap();
    }

    pub fn notify(&self, method: &str, params: Value) {
        self.send(Notification::new(method.to_string(), params).into());
    }

    pub fn request(&mut self, method: &str, params: Value) -> Result<Value, ResponseError> {
        self.next_id += 1;
        let id = RequestId::from(self.next_id);
        self.send(Request::new(id.clone(), method.to_string(), params).into());
        let found = self.wait_for(|m| matches!(m, Message::Response(r) if r.id == id));
        match found {
            Message::Response(r) => r.response_result,
            _ => unreachable!(),
        }
    }

    /// A request's result, which must not be an error.
    pub fn request_ok<T: serde::de::DeserializeOwned>(&mut self, method: &str, params: Value) -> T {
        let result = self
            .request(method, params)
            .unwrap_or_else(|e| panic!("{method}: {e:?}"));
        serde_json::from_value(result).unwrap()
    }

    /// The first message from the server that `wanted` picks, keeping the others.
    fn wait_for(&mut self, wanted: impl Fn(&Message) -> bool) -> Message {
        if let Some(i) = self.inbox.iter().position(&wanted) {
            return self.inbox.remove(i).unwrap();
        }
        let deadline = Instant::now() + TIMEOUT;
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            let message = self
                .connection
                .receiver
                .recv_timeout(left)
                .expect("a message from the server in time");
            if wanted(&message) {
                return message;
            }
            self.inbox.push_back(message);
        }
    }

    /// The next notification with `method`, as its parameters.
    pub fn notification<T: serde::de::DeserializeOwned>(&mut self, method: &str) -> T {
        let found = self.wait_for(|m| matches!(m, Message::Notification(n) if n.method == method));
        match found {
            Message::Notification(n) => serde_json::from_value(n.params).unwrap(),
            _ => unreachable!(),
        }
    }

    /// The next request from the server with `method`.
    pub fn server_request(&mut self, method: &str) -> Request {
        match self.wait_for(|m| matches!(m, Message::Request(r) if r.method == method)) {
            Message::Request(r) => r,
            _ => unreachable!(),
        }
    }

    /// Whatever the server sent that no test claimed, after a short wait.
    pub fn unclaimed(&mut self, wait: Duration) -> Vec<Message> {
        while let Ok(message) = self.connection.receiver.recv_timeout(wait) {
            self.inbox.push_back(message);
        }
        self.inbox.drain(..).collect()
    }

    pub fn uri(&self, name: &str) -> Uri {
        uri::from_path(&self.dir.path().join(name)).unwrap()
    }

    pub fn write(&self, name: &str, text: &str) {
        let path = self.dir.path().join(name);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }

    pub fn open(&mut self, name: &str, text: &str) -> Uri {
        let uri = self.uri(name);
        let language = if name.ends_with(".md") { "markdown" } else { "plaintext" };
        self.open_uri(uri.clone(), language, text);
        uri
    }

    pub fn open_uri(&mut self, uri: Uri, language: &str, text: &str) {
        self.versions.insert(uri.as_str().to_string(), 1);
        let item = TextDocumentItem::new(uri, language.to_string(), 1, text.to_string());
        let params = DidOpenTextDocumentParams { text_document: item };
        self.notify(
            notif::DidOpenTextDocument::METHOD,
            serde_json::to_value(params).unwrap(),
        );
    }

    /// Replaces `range` (or the whole text) with `text`, as the next version.
    pub fn change(&mut self, uri: &Uri, range: Option<Range>, text: &str) -> i32 {
        let version = self.versions.entry(uri.as_str().to_string()).or_default();
        *version += 1;
        let params = DidChangeTextDocumentParams {
            text_document: VersionedTextDocumentIdentifier::new(uri.clone(), *version),
            content_changes: vec![TextDocumentContentChangeEvent {
                range,
                range_length: None,
                text: text.to_string(),
            }],
        };
        let version = *version;
        self.notify(
            notif::DidChangeTextDocument::METHOD,
            serde_json::to_value(params).unwrap(),
        );
        version
    }

    /// Pulled diagnostics of a document (a full report).
    pub fn pull(&mut self, uri: &Uri) -> Vec<Diagnostic> {
        match self.pull_report(uri, None) {
            DocumentDiagnosticReportResult::Report(DocumentDiagnosticReport::Full(full)) => {
                full.full_document_diagnostic_report.items
            }
            other => panic!("expected a full report, got {other:?}"),
        }
    }

    pub fn pull_report(&mut self, uri: &Uri, previous: Option<&str>) -> DocumentDiagnosticReportResult {
        let params = DocumentDiagnosticParams {
            text_document: TextDocumentIdentifier::new(uri.clone()),
            identifier: None,
            previous_result_id: previous.map(str::to_string),
            work_done_progress_params: Default::default(),
            partial_result_params: Default::default(),
        };
        self.request_ok(
            req::DocumentDiagnosticRequest::METHOD,
            serde_json::to_value(params).unwrap(),
        )
    }

    /// `shutdown`, then `exit`: how the server ended.
    pub fn shut_down(mut self) -> Result<Ending, String> {
        assert_eq!(self.request(req::Shutdown::METHOD, Value::Null).unwrap(), Value::Null);
        self.notify(notif::Exit::METHOD, Value::Null);
        self.server.take().unwrap().join().unwrap()
    }

    pub fn join(mut self) -> Result<Ending, String> {
        self.server.take().unwrap().join().unwrap()
    }
}

/// `(rule, start line, start character, end line, end character)` of each diagnostic.
pub fn spans(diagnostics: &[Diagnostic]) -> Vec<(String, u32, u32, u32, u32)> {
    diagnostics
        .iter()
        .map(|d| {
            let code = match &d.code {
                Some(lsp_types::NumberOrString::String(s)) => s.clone(),
                other => format!("{other:?}"),
            };
            let r = d.range;
            (code, r.start.line, r.start.character, r.end.line, r.end.character)
        })
        .collect()
}

/// `text` with LSP text edits applied, their ranges counted in `encoding`.
pub fn apply(text: &str, edits: &[lsp_types::TextEdit], encoding: super::position::Encoding) -> String {
    let lines = super::position::Lines::new(text);
    let mut spans: Vec<(usize, usize, &str)> = edits
        .iter()
        .map(|e| {
            let (start, end) = lines.range_offsets(text, e.range, encoding);
            (start, end, e.new_text.as_str())
        })
        .collect();
    spans.sort();
    let mut out = text.to_string();
    for (start, end, new) in spans.into_iter().rev() {
        out.replace_range(start..end, new);
    }
    out
}
