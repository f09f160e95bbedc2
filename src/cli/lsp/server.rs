//! The main loop: one thread reads messages in order, answers requests, applies
//! notifications, and pushes diagnostics when their debounce delay has passed. Linting a
//! 5 KB release takes a fraction of a millisecond, so nothing runs in the background and
//! there is no state to share between threads. A panic while handling one message is caught and
//! answered with an error; the server goes on.

use std::collections::HashSet;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::time::{Duration, Instant};

use lsp_server::{Connection, ErrorCode, Message, Notification, Request, RequestId, Response};
use lsp_types::notification::{self as notif, Notification as _};
use lsp_types::request::{self as req, Request as _};
use lsp_types::{
    CodeActionParams, DidChangeConfigurationParams, DidChangeTextDocumentParams, DidCloseTextDocumentParams,
    DidOpenTextDocumentParams, DocumentDiagnosticParams, DocumentDiagnosticReport, DocumentDiagnosticReportResult,
    FullDocumentDiagnosticReport, HoverParams, MessageType, PublishDiagnosticsParams,
    RelatedFullDocumentDiagnosticReport, RelatedUnchangedDocumentDiagnosticReport, ShowMessageParams,
    UnchangedDocumentDiagnosticReport, Uri,
};
use serde::de::DeserializeOwned;
use serde::Serialize;

use super::session::{Checked, Session};
use super::settings::ClientSettings;
use super::{actions, diagnostics, hover, watch};

/// How long typing must pause before diagnostics are pushed to a client that does not
/// pull them.
pub const DEBOUNCE: Duration = Duration::from_millis(150);

/// How the conversation ended.
#[derive(Debug, PartialEq, Eq)]
pub enum Ending {
    /// `exit` after `shutdown`.
    Clean,
    /// `exit` without `shutdown`, or the client went away: exit code 1, as the protocol says.
    Abrupt,
}

pub struct Server<'c> {
    connection: &'c Connection,
    session: Session,
    shutting_down: bool,
    next_request: i32,
    /// Problems already shown with `window/showMessage`, so a bad siaran.toml is shown
    /// once, not on every keystroke.
    shown: HashSet<String>,
}

/// A handler's failure: the error to answer a request with.
type Failure = (ErrorCode, String);

impl<'c> Server<'c> {
    pub fn new(connection: &'c Connection, session: Session) -> Self {
        Server {
            connection,
            session,
            shutting_down: false,
            next_request: 0,
            shown: HashSet::new(),
        }
    }

    pub fn run(mut self) -> Ending {
        if self.session.abilities.watch_files {
            let id = self.request_id();
            self.send(watch::registration(id).into());
        }
        loop {
            self.push_due();
            let message = match self.session.next_push() {
                Some(due) => {
                    let wait = due.saturating_duration_since(Instant::now());
                    match self.connection.receiver.recv_timeout(wait) {
                        Ok(message) => message,
                        Err(e) if e.is_timeout() => continue,
                        Err(_) => return Ending::Abrupt,
                    }
                }
                None => match self.connection.receiver.recv() {
                    Ok(message) => message,
                    Err(_) => return Ending::Abrupt,
                },
            };
            match message {
                Message::Request(request) => self.request(request),
                Message::Notification(n) if n.method == notif::Exit::METHOD => {
                    return if self.shutting_down {
                        Ending::Clean
                    } else {
                        Ending::Abrupt
                    };
                }
                Message::Notification(n) => self.notification(n),
                // Answers to our registration and refresh requests: nothing to do.
                Message::Response(_) => {}
            }
        }
    }

    fn request(&mut self, request: Request) {
        let id = request.id.clone();
        let method = request.method.clone();
        let response = if self.shutting_down {
            Err((ErrorCode::InvalidRequest, "the server is shutting down".to_string()))
        } else if method == req::Shutdown::METHOD {
            self.shutting_down = true;
            Ok(serde_json::Value::Null)
        } else {
            match catch_unwind(AssertUnwindSafe(|| self.dispatch(request))) {
                Ok(result) => result,
                Err(panic) => Err((ErrorCode::InternalError, internal_error(&method, &*panic))),
            }
        };
        let response = match response {
            Ok(value) => Response::new_ok(id, value),
            Err((code, message)) => Response::new_err(id, code as i32, message),
        };
        self.send(response.into());
    }

    fn dispatch(&mut self, request: Request) -> Result<serde_json::Value, Failure> {
        match request.method.as_str() {
            req::DocumentDiagnosticRequest::METHOD => to_json(self.pull(params(request)?)),
            req::CodeActionRequest::METHOD => to_json(self.code_actions(params(request)?)),
            req::HoverRequest::METHOD => to_json(self.hover(params(request)?)),
            #[cfg(test)]
            super::tests::PANIC => panic!("a handler bug, on purpose"),
            other => Err((ErrorCode::MethodNotFound, format!("unknown method {other}"))),
        }
    }

    fn notification(&mut self, notification: Notification) {
        let method = notification.method.clone();
        if let Err(panic) = catch_unwind(AssertUnwindSafe(|| self.apply(notification))) {
            self.show(MessageType::ERROR, internal_error(&method, &*panic));
        }
    }

    fn apply(&mut self, n: Notification) {
        match n.method.as_str() {
            notif::DidOpenTextDocument::METHOD => {
                if let Some(p) = notification_params::<DidOpenTextDocumentParams>(n) {
                    let doc = p.text_document;
                    self.session
                        .open(doc.uri.clone(), doc.text, doc.version, &doc.language_id);
                    self.schedule(&doc.uri, Duration::ZERO);
                }
            }
            notif::DidChangeTextDocument::METHOD => {
                if let Some(p) = notification_params::<DidChangeTextDocumentParams>(n) {
                    let doc = p.text_document;
                    if self.session.change(&doc.uri, doc.version, p.content_changes) {
                        self.schedule(&doc.uri, DEBOUNCE);
                    }
                }
            }
            notif::DidCloseTextDocument::METHOD => {
                if let Some(p) = notification_params::<DidCloseTextDocumentParams>(n) {
                    if self.session.close(&p.text_document.uri) {
                        self.publish_params(PublishDiagnosticsParams::new(p.text_document.uri, Vec::new(), None));
                    }
                }
            }
            notif::DidChangeWatchedFiles::METHOD => {
                self.shown.clear();
                self.session.reload_configuration();
                self.refresh();
            }
            notif::DidChangeConfiguration::METHOD => {
                if let Some(p) = notification_params::<DidChangeConfigurationParams>(n) {
                    match ClientSettings::from_json(Some(&p.settings)) {
                        Ok(settings) => {
                            self.shown.clear();
                            self.session.set_settings(settings);
                            self.refresh();
                        }
                        Err(e) => self.show(MessageType::ERROR, format!("siaran: settings: {e}")),
                    }
                }
            }
            // didSave, $/cancelRequest, $/setTrace and the rest change nothing here.
            _ => {}
        }
    }

    /// Marks a document's pushed diagnostics due after `delay` (pull clients ask instead).
    fn schedule(&mut self, uri: &Uri, delay: Duration) {
        if self.session.abilities.pull {
            return;
        }
        if let Some(doc) = self.session.document_mut(uri) {
            doc.push_due = Some(Instant::now() + delay);
        }
    }

    /// After a configuration change, every open document's diagnostics are stale.
    fn refresh(&mut self) {
        if self.session.abilities.pull {
            if self.session.abilities.refresh {
                let id = self.request_id();
                let request = Request::new(id, req::WorkspaceDiagnosticRefresh::METHOD.to_string(), ());
                self.send(request.into());
            }
            return;
        }
        for uri in self.session.uris() {
            self.schedule(&uri, Duration::ZERO);
        }
    }

    fn push_due(&mut self) {
        for uri in self.session.take_due(Instant::now()) {
            let Some((version, diagnostics)) = self.diagnostics(&uri) else {
                continue;
            };
            self.publish_params(PublishDiagnosticsParams::new(uri, diagnostics, Some(version)));
        }
    }

    fn publish_params(&self, params: PublishDiagnosticsParams) {
        let method = notif::PublishDiagnostics::METHOD.to_string();
        self.send(Notification::new(method, params).into());
    }

    /// The document's version and diagnostics, linting it if needed.
    fn diagnostics(&mut self, uri: &Uri) -> Option<(i32, Vec<lsp_types::Diagnostic>)> {
        let checked = self.checked(uri)?;
        let doc = self.session.document(uri)?;
        let docs_url = self.docs_url();
        Some((
            doc.version,
            diagnostics::of(doc, &checked, self.session.encoding, &docs_url),
        ))
    }

    /// The lint of a document; a problem that stopped it is also shown once.
    fn checked(&mut self, uri: &Uri) -> Option<std::sync::Arc<Checked>> {
        let checked = self.session.checked(uri)?;
        if let Some(problem) = &checked.problem {
            if self.shown.insert(problem.clone()) {
                self.show(MessageType::ERROR, format!("siaran: {problem}"));
            }
        }
        Some(checked)
    }

    fn docs_url(&self) -> String {
        self.session
            .settings
            .docs_url
            .clone()
            .unwrap_or_else(diagnostics::default_docs_url)
    }

    fn pull(&mut self, p: DocumentDiagnosticParams) -> Result<DocumentDiagnosticReportResult, Failure> {
        let uri = p.text_document.uri;
        let (version, items) = self.diagnostics(&uri).ok_or_else(|| not_open(&uri))?;
        let result_id = format!("{}:{version}", self.session.generation);
        let report = if p.previous_result_id.as_deref() == Some(result_id.as_str()) {
            DocumentDiagnosticReport::Unchanged(RelatedUnchangedDocumentDiagnosticReport {
                related_documents: None,
                unchanged_document_diagnostic_report: UnchangedDocumentDiagnosticReport { result_id },
            })
        } else {
            DocumentDiagnosticReport::Full(RelatedFullDocumentDiagnosticReport {
                related_documents: None,
                full_document_diagnostic_report: FullDocumentDiagnosticReport {
                    result_id: Some(result_id),
                    items,
                },
            })
        };
        Ok(report.into())
    }

    fn code_actions(&mut self, p: CodeActionParams) -> Result<Vec<lsp_types::CodeActionOrCommand>, Failure> {
        let uri = p.text_document.uri;
        let checked = self.checked(&uri).ok_or_else(|| not_open(&uri))?;
        let docs_url = self.docs_url();
        let doc = self.session.document(&uri).ok_or_else(|| not_open(&uri))?;
        let request = actions::Request {
            uri: &uri,
            range: p.range,
            only: p.context.only.as_deref(),
            encoding: self.session.encoding,
            docs_url: &docs_url,
            disabled_support: self.session.abilities.disabled_actions,
        };
        Ok(actions::actions(doc, &checked, &request))
    }

    fn hover(&mut self, p: HoverParams) -> Result<Option<lsp_types::Hover>, Failure> {
        let at = p.text_document_position_params;
        let uri = at.text_document.uri;
        let checked = self.checked(&uri).ok_or_else(|| not_open(&uri))?;
        let doc = self.session.document(&uri).ok_or_else(|| not_open(&uri))?;
        Ok(hover::hover(doc, &checked, at.position, self.session.encoding))
    }

    /// Settings the client sent at start-up that could not be used.
    pub fn show_settings_problem(&self, problem: &str) {
        self.show(MessageType::ERROR, format!("siaran: settings: {problem}"));
    }

    fn show(&self, typ: MessageType, message: String) {
        let method = notif::ShowMessage::METHOD.to_string();
        self.send(Notification::new(method, ShowMessageParams { typ, message }).into());
    }

    fn request_id(&mut self) -> RequestId {
        self.next_request += 1;
        RequestId::from(format!("siaran-{}", self.next_request))
    }

    fn send(&self, message: Message) {
        // A closed channel means the client is gone; the loop notices on its next read.
        let _ = self.connection.sender.send(message);
    }
}

fn params<P: DeserializeOwned>(request: Request) -> Result<P, Failure> {
    serde_json::from_value(request.params).map_err(|e| (ErrorCode::InvalidParams, e.to_string()))
}

fn notification_params<P: DeserializeOwned>(n: Notification) -> Option<P> {
    serde_json::from_value(n.params).ok()
}

fn to_json<T: Serialize>(result: Result<T, Failure>) -> Result<serde_json::Value, Failure> {
    result.and_then(|value| serde_json::to_value(value).map_err(|e| (ErrorCode::InternalError, e.to_string())))
}

fn not_open(uri: &Uri) -> Failure {
    (ErrorCode::InvalidParams, format!("document not open: {}", uri.as_str()))
}

fn internal_error(method: &str, panic: &(dyn std::any::Any + Send)) -> String {
    let what = panic
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| panic.downcast_ref::<String>().cloned())
        .unwrap_or_default();
    format!("siaran: internal error while handling {method}: {what}")
}
