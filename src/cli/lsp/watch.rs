//! Asking the client to report changes to `siaran.toml` files
//! (`workspace/didChangeWatchedFiles`), so configuration is reloaded while editing.

use lsp_server::{Request, RequestId};
use lsp_types::request::{RegisterCapability, Request as _};
use lsp_types::{
    notification::{DidChangeWatchedFiles, Notification as _},
    DidChangeWatchedFilesRegistrationOptions, FileSystemWatcher, GlobPattern, Registration, RegistrationParams,
};

use super::super::config_files::FILE_NAME;

pub fn registration(id: RequestId) -> Request {
    let options = DidChangeWatchedFilesRegistrationOptions {
        watchers: vec![FileSystemWatcher {
            glob_pattern: GlobPattern::String(format!("**/{FILE_NAME}")),
            kind: None,
        }],
    };
    let params = RegistrationParams {
        registrations: vec![Registration {
            id: "siaran-config".to_string(),
            method: DidChangeWatchedFiles::METHOD.to_string(),
            register_options: serde_json::to_value(options).ok(),
        }],
    };
    Request::new(id, RegisterCapability::METHOD.to_string(), params)
}
