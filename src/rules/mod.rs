//! The rule engine's vocabulary: the [`Rule`] trait, rule metadata and the registry.
//!
//! One rule lives in one file under `rules/<family>/`, with its metadata (summary,
//! explanation, examples) and messages beside its logic, so docs cannot drift from code.

pub mod abbr;
pub mod baku;
pub mod consistency;
pub mod credit;
pub mod dateline;
pub mod day_date;
pub mod meta;
pub mod punct;
pub mod spell;
pub mod title;

use std::any::Any;
use std::cell::RefCell;
use std::rc::Rc;

use crate::diagnostic::{Finding, MessageRef, Severity};
use crate::document::Document;
use crate::findings::Findings;
use crate::house::{self, Satker};
use crate::message::Text;
use crate::pubdate::PubDate;
use crate::settings::Settings;
use crate::span::Span;

/// Whether a rule can fix what it finds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum FixAvailability {
    /// The rule never fixes.
    None,
    /// Some findings carry a fix.
    Sometimes,
    /// Every finding carries a fix.
    Always,
}

/// A `bad` text the rule must flag and a `good` one it must leave alone. A text without
/// a line break is placed as a paragraph inside a clean template release; a text with
/// line breaks is a whole release. A test runs every example of every rule.
#[derive(Clone, Copy, Debug)]
pub struct Example {
    /// A text the rule flags.
    pub bad: &'static str,
    /// The same text written correctly, which the rule leaves alone.
    pub good: &'static str,
}

/// What a rule is, for `siaran rules`, `siaran explain` and the README.
#[derive(Debug)]
pub struct RuleMeta {
    /// `family/name`; never reused for another meaning.
    pub id: &'static str,
    /// One line: what the rule flags.
    pub summary: Text,
    /// The long explanation: what it does, why, and what to write instead.
    pub explanation: Text,
    /// The default severity.
    pub severity: Severity,
    /// Whether its findings carry fixes.
    pub fix: FixAvailability,
    /// Opt-in rules (dictionary spelling) are off unless enabled.
    pub default_enabled: bool,
    /// Texts it flags and look-alikes it leaves alone.
    pub examples: &'static [Example],
    /// Every message the rule can emit, so a test can check both languages agree.
    pub messages: &'static [&'static Text],
}

impl RuleMeta {
    /// The family, the part of the id before the slash.
    pub fn family(&self) -> &'static str {
        crate::diagnostic::family_of(self.id)
    }
}

/// Everything a rule may look at while checking one release.
pub struct Context<'a> {
    pub doc: &'a Document<'a>,
    /// The file name or path the release came from, if any.
    pub path: Option<&'a str>,
    pub settings: &'a Settings,
    pub pub_date: PubDate,
    /// Analyses that several rules of a family share, computed once per release.
    pub memo: Memo,
}

/// Values computed once per release and shared by the rules that need them (one per
/// type), so that a family's rules do not each re-scan the release.
#[derive(Default)]
pub struct Memo(RefCell<Vec<Rc<dyn Any>>>);

impl<'a> Context<'a> {
    pub fn new(doc: &'a Document<'a>, path: Option<&'a str>, settings: &'a Settings, pub_date: PubDate) -> Self {
        Context {
            doc,
            path,
            settings,
            pub_date,
            memo: Memo::default(),
        }
    }
}

impl Context<'_> {
    /// The release's value of type `T`, made by `make` the first time it is asked for.
    pub fn memo<T: 'static>(&self, make: impl FnOnce(&Document<'_>) -> T) -> Rc<T> {
        let known = self
            .memo
            .0
            .borrow()
            .iter()
            .find_map(|v| Rc::clone(v).downcast::<T>().ok());
        if let Some(value) = known {
            return value;
        }
        let value = Rc::new(make(self.doc));
        self.memo.0.borrow_mut().push(value.clone());
        value
    }

    /// A message in the configured language.
    pub fn text(&self, text: &Text, args: &[(&str, &str)]) -> String {
        text.render(self.settings.lang, args)
    }

    /// A finding of `meta`'s rule at its default severity (the engine applies the
    /// configured severity afterwards).
    pub fn finding(&self, meta: &'static RuleMeta, span: Span, message: &Text, args: &[(&str, &str)]) -> Finding {
        let finding = Finding::new(meta.id, meta.severity, span, self.text(message, args));
        match meta.messages.iter().position(|m| **m == *message) {
            Some(index) => finding.with_message_ref(MessageRef {
                text: *message,
                index,
                args: args.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect(),
            }),
            None => finding,
        }
    }

    /// The configured satker slug (`kota-semarang`), if any.
    pub fn configured_satker(&self) -> Option<&str> {
        self.settings.satker.as_deref()
    }

    /// The satker whose release this is: the configured one, else the one whose domain
    /// the dateline names (when the gazetteer knows it).
    pub fn satker(&self) -> Option<&'static Satker> {
        match self.configured_satker() {
            Some(slug) => house::satker_by_slug(slug),
            None => {
                let domain = self.doc.dateline.as_ref()?.domain.as_ref()?;
                house::satker_by_slug(&domain.slug)
            }
        }
    }
}

/// A check over a parsed release.
pub trait Rule: Sync {
    fn meta(&self) -> &'static RuleMeta;
    fn check(&self, cx: &Context<'_>, out: &mut Findings);
}

/// Every rule, family by family, in a stable order.
pub fn all() -> impl Iterator<Item = &'static dyn Rule> {
    [
        dateline::RULES,
        day_date::RULES,
        credit::RULES,
        abbr::RULES,
        baku::RULES,
        spell::RULES,
        punct::RULES,
        title::RULES,
        consistency::RULES,
        meta::RULES,
    ]
    .into_iter()
    .flatten()
    .copied()
}

/// The rule families (the part of an id before the slash), including those whose rules
/// are still to come, so configuration can name them.
pub const FAMILIES: &[&str] = &[
    "dateline",
    "day-date",
    "credit",
    "abbr",
    "baku",
    "spell",
    "punct",
    "title",
    "meta",
    "consistency",
];

/// Looks a rule up by id.
pub fn by_id(id: &str) -> Option<&'static dyn Rule> {
    all().find(|r| r.meta().id == id)
}

#[cfg(test)]
mod tests {
    use std::cell::Cell;

    use super::*;
    use crate::document::SourceKind;

    #[test]
    fn memo_makes_each_value_once() {
        let doc = Document::parse("Judul\nIsi.", SourceKind::Text);
        let settings = Settings::default();
        let pub_date = crate::pubdate::PubDate {
            date: jiff::civil::date(2025, 10, 27),
            source: crate::pubdate::PubDateSource::Given,
        };
        let cx = Context::new(&doc, None, &settings, pub_date);
        let made = Cell::new(0);
        let make = |d: &Document<'_>| {
            made.set(made.get() + 1);
            d.paragraphs.len()
        };
        assert_eq!(*cx.memo(make), 1);
        assert_eq!(*cx.memo(make), 1);
        assert_eq!(*cx.memo(|_| "other type"), "other type");
        assert_eq!(made.get(), 1);
    }
}
