//! `siaran lsp`: a language server over standard input and output. It lints open
//! documents in process with the library (no command spawned per change), finds each
//! document's siaran.toml as `siaran check` does, and offers diagnostics (pulled, or
//! pushed after a pause in typing), quick fixes, a safe fix-all, and the rule's
//! explanation on hover.
//!
//! Built on `lsp-server` and `lsp-types` (the scaffold rust-analyzer and ruff use): a
//! synchronous loop over a channel, which suits a server whose every answer takes well
//! under a millisecond, with no async runtime to carry.

mod actions;
mod diagnostics;
mod hover;
mod position;
mod server;
mod session;
mod settings;
#[cfg(test)]
mod tests;
mod uri;
mod watch;

use std::path::PathBuf;
use std::process::ExitCode;

use lsp_server::Connection;
use lsp_types::{
    CodeActionKind, CodeActionOptions, CodeActionProviderCapability, DiagnosticOptions, DiagnosticServerCapabilities,
    HoverProviderCapability, InitializeParams, InitializeResult, ServerCapabilities, ServerInfo,
    TextDocumentSyncCapability, TextDocumentSyncKind, TextDocumentSyncOptions,
};

use position::Encoding;
use server::{Ending, Server};
use session::{Abilities, Session};
use settings::ClientSettings;

/// `siaran lsp`: serves one client on stdio until it exits.
pub fn run() -> ExitCode {
    let (connection, io_threads) = Connection::stdio();
    let ending = serve(&connection);
    drop(connection);
    let joined = io_threads.join();
    match (ending, joined) {
        (Ok(Ending::Clean), Ok(())) => ExitCode::SUCCESS,
        (Err(e), _) => {
            eprintln!("siaran: error: {e}");
            ExitCode::from(1)
        }
        _ => ExitCode::from(1),
    }
}

/// Initialises and serves one client on `connection`; the tests and the benchmark call
/// this with an in-memory connection.
pub fn serve(connection: &Connection) -> Result<Ending, String> {
    let (id, params) = connection.initialize_start().map_err(|e| e.to_string())?;
    let params: InitializeParams = match serde_json::from_value(params) {
        Ok(params) => params,
        Err(e) => {
            let message = format!("initialize: {e}");
            let answer =
                lsp_server::Response::new_err(id, lsp_server::ErrorCode::InvalidParams as i32, message.clone());
            let _ = connection.sender.send(answer.into());
            return Err(message);
        }
    };
    let encoding = Encoding::negotiate(&params.capabilities);
    let abilities = Abilities::of(&params.capabilities);
    let (settings, problem) = match ClientSettings::from_json(params.initialization_options.as_ref()) {
        Ok(settings) => (settings, None),
        Err(e) => (ClientSettings::default(), Some(e)),
    };
    let result = InitializeResult {
        capabilities: capabilities(encoding),
        server_info: Some(ServerInfo {
            name: "siaran".to_string(),
            version: Some(env!("CARGO_PKG_VERSION").to_string()),
        }),
    };
    let result = serde_json::to_value(result).map_err(|e| e.to_string())?;
    connection.initialize_finish(id, result).map_err(|e| e.to_string())?;
    let session = Session::new(encoding, abilities, settings, root(&params));
    let server = Server::new(connection, session);
    if let Some(problem) = problem {
        server.show_settings_problem(&problem);
    }
    Ok(server.run())
}

fn capabilities(encoding: Encoding) -> ServerCapabilities {
    ServerCapabilities {
        position_encoding: Some(encoding.kind()),
        text_document_sync: Some(TextDocumentSyncCapability::Options(TextDocumentSyncOptions {
            open_close: Some(true),
            change: Some(TextDocumentSyncKind::INCREMENTAL),
            ..TextDocumentSyncOptions::default()
        })),
        diagnostic_provider: Some(DiagnosticServerCapabilities::Options(DiagnosticOptions {
            identifier: Some("siaran".to_string()),
            inter_file_dependencies: false,
            workspace_diagnostics: false,
            work_done_progress_options: Default::default(),
        })),
        code_action_provider: Some(CodeActionProviderCapability::Options(CodeActionOptions {
            code_action_kinds: Some(vec![CodeActionKind::QUICKFIX, CodeActionKind::new(actions::FIX_ALL)]),
            ..CodeActionOptions::default()
        })),
        hover_provider: Some(HoverProviderCapability::Simple(true)),
        ..ServerCapabilities::default()
    }
}

/// Where documents without a path look for siaran.toml: the first workspace folder,
/// else the root the client gave, else the server's working folder.
fn root(params: &InitializeParams) -> PathBuf {
    #[allow(deprecated)] // `root_uri` is what older clients (Neovim 0.7) send.
    let given = params
        .workspace_folders
        .as_ref()
        .and_then(|f| f.first())
        .map(|f| &f.uri)
        .or(params.root_uri.as_ref());
    given
        .and_then(uri::to_path)
        .or_else(|| std::env::current_dir().ok())
        .unwrap_or_else(|| PathBuf::from("."))
}
