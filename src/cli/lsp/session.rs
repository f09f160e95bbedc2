//! The server's state: open documents, what the client can do, its settings, and the
//! configuration found for each document. A document is linted at most once per version
//! (and configuration); diagnostics, code actions and hover all read that one result.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Instant;

use jiff::civil::Date;
use lsp_types::{ClientCapabilities, TextDocumentContentChangeEvent, Uri};
use siaran::pubdate::PubDateSource;
use siaran::{lint, Finding, Lang, LintInput};

use super::super::config_files::{ConfigResolver, FileConfig};
use super::super::input::MAX_BYTES;
use super::position::{Encoding, Lines};
use super::settings::ClientSettings;
use super::uri;

/// What the client said it can do, reduced to what changes the server's behaviour.
#[derive(Debug, Clone, Copy, Default)]
pub struct Abilities {
    /// `textDocument/diagnostic`: the client pulls, so the server never pushes.
    pub pull: bool,
    /// `workspace/diagnostic/refresh`: the client re-pulls when asked.
    pub refresh: bool,
    /// Code actions may carry a `disabled` reason.
    pub disabled_actions: bool,
    /// `workspace/didChangeWatchedFiles` can be registered at run time.
    pub watch_files: bool,
}

impl Abilities {
    pub fn of(capabilities: &ClientCapabilities) -> Self {
        let text = capabilities.text_document.as_ref();
        let workspace = capabilities.workspace.as_ref();
        Abilities {
            pull: text.is_some_and(|t| t.diagnostic.is_some()),
            refresh: workspace
                .and_then(|w| w.diagnostic.as_ref())
                .and_then(|d| d.refresh_support)
                .unwrap_or(false),
            disabled_actions: text
                .and_then(|t| t.code_action.as_ref())
                .and_then(|c| c.disabled_support)
                .unwrap_or(false),
            watch_files: workspace
                .and_then(|w| w.did_change_watched_files.as_ref())
                .and_then(|w| w.dynamic_registration)
                .unwrap_or(false),
        }
    }
}

/// One open document.
pub struct Document {
    pub uri: Uri,
    pub text: String,
    pub version: i32,
    pub lines: Lines,
    /// The name the library sees (decides Markdown and the date in a file name).
    pub name: String,
    pub path: Option<PathBuf>,
    /// The lint of this version, once made.
    pub checked: Option<Arc<Checked>>,
    /// When pushed diagnostics are due (clients that do not pull).
    pub push_due: Option<Instant>,
}

impl Document {
    pub fn is_markdown(&self) -> bool {
        siaran::SourceKind::from_path(&self.name) == siaran::SourceKind::Markdown
    }
}

/// The result of linting one version of a document.
pub struct Checked {
    pub findings: Vec<Finding>,
    /// Why the document was not linted (a configuration error, too large), to show the
    /// user instead of findings.
    pub problem: Option<String>,
    pub lang: Lang,
    pub config: Option<FileConfig>,
    /// The publication date the lint used, as given to the library.
    pub date: Option<Date>,
}

pub struct Session {
    pub encoding: Encoding,
    pub abilities: Abilities,
    pub settings: ClientSettings,
    /// Documents with no path look for siaran.toml from here (the first workspace folder,
    /// else the server's working folder).
    root: PathBuf,
    configs: ConfigResolver,
    /// Bumped when the configuration changes, so cached lints and pull result ids of the
    /// same document version go stale.
    pub generation: u64,
    docs: HashMap<Uri, Document>,
}

impl Session {
    pub fn new(encoding: Encoding, abilities: Abilities, settings: ClientSettings, root: PathBuf) -> Self {
        let configs = resolver(&settings);
        Session {
            encoding,
            abilities,
            settings,
            root,
            configs,
            generation: 0,
            docs: HashMap::new(),
        }
    }

    pub fn open(&mut self, uri: Uri, text: String, version: i32, language_id: &str) {
        let name = uri::document_name(&uri, language_id);
        let document = Document {
            uri: uri.clone(),
            lines: Lines::new(&text),
            text,
            version,
            path: uri::to_path(&uri),
            name,
            checked: None,
            push_due: None,
        };
        self.docs.insert(uri, document);
    }

    /// Applies a client's edits in order; `false` when the document is not open.
    pub fn change(&mut self, uri: &Uri, version: i32, changes: Vec<TextDocumentContentChangeEvent>) -> bool {
        let encoding = self.encoding;
        let Some(doc) = self.docs.get_mut(uri) else {
            return false;
        };
        for change in changes {
            match change.range {
                Some(range) => {
                    let (start, end) = doc.lines.range_offsets(&doc.text, range, encoding);
                    doc.text.replace_range(start..end, &change.text);
                }
                None => doc.text = change.text,
            }
            doc.lines = Lines::new(&doc.text);
        }
        doc.version = version;
        doc.checked = None;
        true
    }

    pub fn close(&mut self, uri: &Uri) -> bool {
        self.docs.remove(uri).is_some()
    }

    pub fn document(&self, uri: &Uri) -> Option<&Document> {
        self.docs.get(uri)
    }

    pub fn document_mut(&mut self, uri: &Uri) -> Option<&mut Document> {
        self.docs.get_mut(uri)
    }

    pub fn uris(&self) -> Vec<Uri> {
        self.docs.keys().cloned().collect()
    }

    /// New client settings: configuration is looked up again with them.
    pub fn set_settings(&mut self, settings: ClientSettings) {
        self.configs = resolver(&settings);
        self.settings = settings;
        self.invalidate();
    }

    /// A siaran.toml changed: read configuration again and re-lint every document.
    pub fn reload_configuration(&mut self) {
        self.configs.forget();
        self.invalidate();
    }

    fn invalidate(&mut self) {
        self.generation += 1;
        for doc in self.docs.values_mut() {
            doc.checked = None;
        }
    }

    /// The lint of the document's current version, made now if needed.
    pub fn checked(&mut self, uri: &Uri) -> Option<Arc<Checked>> {
        let doc = self.docs.get(uri)?;
        if let Some(checked) = &doc.checked {
            return Some(Arc::clone(checked));
        }
        let path = doc.path.clone().unwrap_or_else(|| self.root.join(&doc.name));
        let checked = Arc::new(check(doc, &path, &mut self.configs, &self.settings, MAX_BYTES));
        self.docs.get_mut(uri)?.checked = Some(Arc::clone(&checked));
        Some(checked)
    }

    /// The earliest time pushed diagnostics are due, if any are.
    pub fn next_push(&self) -> Option<Instant> {
        self.docs.values().filter_map(|d| d.push_due).min()
    }

    /// Documents whose pushed diagnostics are due by `now`, marked as no longer due.
    pub fn take_due(&mut self, now: Instant) -> Vec<Uri> {
        let mut due = Vec::new();
        for (uri, doc) in &mut self.docs {
            if doc.push_due.is_some_and(|t| t <= now) {
                doc.push_due = None;
                due.push(uri.clone());
            }
        }
        due
    }
}

fn resolver(settings: &ClientSettings) -> ConfigResolver {
    ConfigResolver::discovering(settings.choices())
}

const TOO_LARGE: siaran::Text = siaran::Text::new(
    "Dokumen lebih dari {limit} MB, terlalu besar untuk siaran pers; tidak diperiksa",
    "Document larger than {limit} MB, too large for a press release; not checked",
);

/// Lints a document with the settings found for `path`; a document over `limit` bytes
/// (the CLI's input limit) is not linted.
fn check(doc: &Document, path: &Path, configs: &mut ConfigResolver, client: &ClientSettings, limit: u64) -> Checked {
    let lang = client.lang().ok().flatten().unwrap_or_default();
    let unchecked = |problem: String, lang| Checked {
        findings: Vec::new(),
        problem: Some(problem),
        lang,
        config: None,
        date: None,
    };
    let config = match configs.for_file(path) {
        Ok(config) => config,
        Err(e) => return unchecked(e.to_string(), lang),
    };
    let lang = config.settings.lang();
    let settings = config.file_settings();
    if doc.text.len() as u64 > limit {
        let limit = (limit >> 20).to_string();
        return unchecked(TOO_LARGE.render(lang, &[("limit", &limit)]), lang);
    }
    let today = crate::cli::today::today();
    let mut input = LintInput {
        source: &doc.text,
        path: Some(&doc.name),
        date: None,
        today,
    };
    let mut report = lint(&input, &settings);
    // The client's date stands in for today only: a date in the front matter or the file
    // name says more about this release than a setting for all of them.
    let fallback = client.date().ok().flatten();
    if let (PubDateSource::Today, Some(date)) = (report.pub_date.source, fallback) {
        input.date = Some(date);
        report = lint(&input, &settings);
    }
    Checked {
        findings: report.findings,
        problem: None,
        lang,
        config: Some(config),
        date: input.date,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn documents_over_the_limit_are_not_linted() {
        let mut session = Session::new(
            Encoding::Utf16,
            Abilities::default(),
            ClientSettings::default(),
            PathBuf::from("."),
        );
        let uri: Uri = "untitled:besar".parse().unwrap();
        session.open(uri.clone(), "praktek ".repeat(1000), 1, "plaintext");
        let doc = session.document(&uri).unwrap();
        let mut configs = resolver(&ClientSettings::default());
        let over = check(
            doc,
            Path::new("besar"),
            &mut configs,
            &ClientSettings::default(),
            4 << 20 >> 10,
        );
        assert!(over.findings.is_empty());
        assert!(over.problem.unwrap().contains("terlalu besar"));
        let within = check(doc, Path::new("besar"), &mut configs, &ClientSettings::default(), 8000);
        assert_eq!((within.findings.len(), within.problem), (1000, None));
    }
}
