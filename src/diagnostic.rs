//! Findings and fixes: plain data that every front end (CLI, JSON, a language server)
//! renders in its own way.

use serde::{Deserialize, Serialize};

use crate::message::{Lang, Text};
use crate::span::Span;

/// How serious a finding is. `Error` breaks house style and fails a commit; `Warning`
/// is probably wrong; `Info` is advice and never changes the exit code.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Advice; never changes the exit code.
    Info,
    /// Probably wrong.
    Warning,
    /// Breaks house style; fails a commit.
    Error,
}

impl Severity {
    /// The lowercase name used in every output format (`error`).
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

/// How safe it is to apply a fix without a human looking at it, ordered as in ruff from
/// least to most certain (`DisplayOnly < Unsafe < Safe`): a caller that accepts
/// `Unsafe` fixes also accepts `Safe` ones ([`Applicability::applies`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Applicability {
    /// A suggestion to show, never applied automatically.
    DisplayOnly,
    /// Probably right, but may change meaning: only with `--unsafe-fixes`.
    Unsafe,
    /// The intent is certain: `--fix` applies it.
    Safe,
}

impl Applicability {
    /// Whether a fix of this applicability may be applied by a caller that requires at
    /// least `required` (`Unsafe.applies(Unsafe)`, `Safe.applies(Unsafe)`, not
    /// `Unsafe.applies(Safe)`).
    pub fn applies(self, required: Applicability) -> bool {
        self >= required
    }

    /// The name used in JSON output (`display-only`), as serde writes it.
    pub fn as_str(self) -> &'static str {
        match self {
            Applicability::DisplayOnly => "display-only",
            Applicability::Unsafe => "unsafe",
            Applicability::Safe => "safe",
        }
    }
}

/// One replacement of a byte range.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Edit {
    /// The bytes replaced (empty: an insertion).
    pub span: Span,
    /// The new text (empty: a deletion).
    pub replacement: String,
}

impl Edit {
    /// Replaces `span` with `replacement`.
    pub fn replace(span: Span, replacement: impl Into<String>) -> Self {
        Edit {
            span,
            replacement: replacement.into(),
        }
    }

    /// Deletes `span`.
    pub fn delete(span: Span) -> Self {
        Edit::replace(span, "")
    }

    /// Inserts `text` at byte offset `at`.
    pub fn insert(at: usize, text: impl Into<String>) -> Self {
        Edit::replace(Span::empty(at), text)
    }
}

/// A fix: an imperative title ("Ganti dengan tanda pisah") and non-overlapping edits.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Fix {
    /// What applying the fix does, as an imperative.
    pub title: String,
    /// How safe the fix is to apply unseen.
    pub applicability: Applicability,
    /// Non-overlapping edits, in source order.
    pub edits: Vec<Edit>,
}

impl Fix {
    /// A fix with its edits sorted into source order.
    pub fn new(title: String, applicability: Applicability, mut edits: Vec<Edit>) -> Self {
        edits.sort_by_key(|e| (e.span.start, e.span.end));
        Fix {
            title,
            applicability,
            edits,
        }
    }

    /// A fix whose intent is certain.
    pub fn safe(title: String, edits: Vec<Edit>) -> Self {
        Fix::new(title, Applicability::Safe, edits)
    }

    /// A fix that may change meaning: applied only on request.
    pub fn unsafe_(title: String, edits: Vec<Edit>) -> Self {
        Fix::new(title, Applicability::Unsafe, edits)
    }

    /// A suggestion that is shown, never applied.
    pub fn display_only(title: String, edits: Vec<Edit>) -> Self {
        Fix::new(title, Applicability::DisplayOnly, edits)
    }
}

/// A secondary span with its own short message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Label {
    /// The text the label points at.
    pub span: Span,
    /// What that text has to do with the finding.
    pub message: String,
}

/// One thing a rule found in a release.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    /// `family/name`, stable across versions.
    pub rule: &'static str,
    /// How serious it is, after configuration.
    pub severity: Severity,
    /// The message, in the language the settings chose.
    pub message: String,
    /// The bytes the finding is about.
    pub span: Span,
    /// Other places that explain it.
    pub labels: Vec<Label>,
    /// What to do about it, when the message alone does not say.
    pub help: Option<String>,
    /// Background: why the house style asks for it.
    pub note: Option<String>,
    /// A fix, when the rule has one.
    pub fix: Option<Fix>,
    /// Which message this is and what was filled into it, so that a server or a page
    /// can render it later in the reader's language. Not part of JSON v1.
    pub message_ref: Option<MessageRef>,
}

/// A finding's message as data: its template, its place in the rule's `messages` list
/// (with the rule id, a stable message id: `baku/non-standard-word#0`) and the values
/// of its placeholders.
#[derive(Clone, PartialEq, Eq)]
pub struct MessageRef {
    /// The template in both languages.
    pub text: Text,
    /// Its index in the rule's `messages`.
    pub index: usize,
    /// The placeholder names and values in the order the rule gave them, in one string,
    /// each preceded by its length and `:` (`5:found1:-`): every finding carries them,
    /// and one string costs one allocation where a pair of strings per value cost two
    /// each and a list one more.
    args: String,
}

impl MessageRef {
    /// The message `index` of a rule's `messages`, `text`, filled with `args`.
    pub fn new(text: Text, index: usize, args: &[(&str, &str)]) -> Self {
        let room = args.iter().map(|(k, v)| k.len() + v.len() + 8).sum();
        let mut packed = String::with_capacity(room);
        for (key, value) in args {
            for part in [key, value] {
                push_length(&mut packed, part.len());
                packed.push(':');
                packed.push_str(part);
            }
        }
        MessageRef {
            text,
            index,
            args: packed,
        }
    }

    /// Placeholder values, by name, in the order the rule gave them.
    pub fn args(&self) -> impl Iterator<Item = (&str, &str)> + '_ {
        let mut rest = self.args.as_str();
        let mut next = move || {
            let (length, after) = rest.split_once(':')?;
            let part = after.get(..length.parse().ok()?)?;
            rest = &after[part.len()..];
            Some(part)
        };
        std::iter::from_fn(move || Some((next()?, next()?)))
    }

    /// The message id: the rule id, `#` and the index (`dateline/separator#0`).
    pub fn id(&self, rule: &str) -> String {
        format!("{rule}#{}", self.index)
    }

    /// The message rendered in `lang`.
    pub fn render(&self, lang: Lang) -> String {
        let args: Vec<(&str, &str)> = self.args().collect();
        self.text.render(lang, &args)
    }
}

impl std::fmt::Debug for MessageRef {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("MessageRef")
            .field("text", &self.text)
            .field("index", &self.index)
            .field("args", &self.args().collect::<Vec<_>>())
            .finish()
    }
}

/// Appends `n` in decimal.
fn push_length(out: &mut String, n: usize) {
    // Nearly every value is shorter than ten bytes: one digit, pushed as it is.
    if n < 10 {
        out.push(char::from(b'0' + n as u8));
        return;
    }
    let mut digits = [0u8; 20];
    let mut at = digits.len();
    let mut n = n;
    while n > 0 {
        at -= 1;
        digits[at] = b'0' + (n % 10) as u8;
        n /= 10;
    }
    out.push_str(std::str::from_utf8(&digits[at..]).unwrap_or_default());
}

impl Finding {
    /// A finding with no labels, help, note or fix.
    pub fn new(rule: &'static str, severity: Severity, span: Span, message: String) -> Self {
        Finding {
            rule,
            severity,
            message,
            span,
            labels: Vec::new(),
            help: None,
            note: None,
            fix: None,
            message_ref: None,
        }
    }

    /// Records which message this is, with its placeholder values.
    pub fn with_message_ref(mut self, message_ref: MessageRef) -> Self {
        self.message_ref = Some(message_ref);
        self
    }

    /// Every byte offset the finding mentions: its span, its labels' and its edits'
    /// (what a front end converts to its own positions).
    pub fn offsets(&self) -> impl Iterator<Item = usize> + '_ {
        let labels = self.labels.iter().flat_map(|l| [l.span.start, l.span.end]);
        let edits = self
            .fix
            .iter()
            .flat_map(|x| &x.edits)
            .flat_map(|e| [e.span.start, e.span.end]);
        [self.span.start, self.span.end].into_iter().chain(labels).chain(edits)
    }

    /// Attaches a fix.
    pub fn with_fix(mut self, fix: Fix) -> Self {
        self.fix = Some(fix);
        self
    }

    /// Attaches a help line.
    pub fn with_help(mut self, help: String) -> Self {
        self.help = Some(help);
        self
    }

    /// Attaches a note.
    pub fn with_note(mut self, note: String) -> Self {
        self.note = Some(note);
        self
    }

    /// Adds a label.
    pub fn with_label(mut self, span: Span, message: String) -> Self {
        self.labels.push(Label { span, message });
        self
    }

    /// The family part of the rule id (`dateline` for `dateline/separator`).
    pub fn family(&self) -> &'static str {
        family_of(self.rule)
    }
}

/// The family part of a rule id.
pub fn family_of(rule: &str) -> &str {
    // Asked for every rule of every file: a byte search, not a `char` pattern.
    match rule.bytes().position(|b| b == b'/') {
        Some(slash) => &rule[..slash],
        None => rule,
    }
}

#[cfg(test)]
mod tests {
    use super::Applicability::{DisplayOnly, Safe, Unsafe};
    use super::{Lang, MessageRef, Text};

    #[test]
    fn message_arguments_come_back_as_given() {
        let long = "panjang ".repeat(20);
        let args = [("found", "-"), ("kata", ""), ("a:b", "1:2 é"), ("teks", long.as_str())];
        let message = MessageRef::new(Text::new("{found} {kata} {teks}", "en {found}"), 3, &args);
        assert_eq!(message.args().collect::<Vec<_>>(), args);
        assert_eq!(message.render(Lang::En), "en -");
        assert_eq!(MessageRef::new(Text::new("x", "x"), 0, &[]).args().count(), 0);
    }

    #[test]
    fn applicability_is_ordered_as_in_ruff() {
        assert!(DisplayOnly < Unsafe && Unsafe < Safe);
        assert!(Safe.applies(Safe) && Safe.applies(Unsafe) && Unsafe.applies(Unsafe));
        assert!(!Unsafe.applies(Safe) && !DisplayOnly.applies(Unsafe));
        assert!(DisplayOnly.applies(DisplayOnly));
    }
}
