//! The rule engine's vocabulary: the [`Rule`] trait, rule metadata and the registry.
//!
//! One rule lives in one file under `rules/<family>/`: a [`declare_rule!`] invocation
//! (its metadata, documentation sections, examples and messages) and its logic
//! (`impl Rule for X { fn check(..) }`), so docs cannot drift from code.

pub mod abbr;
pub mod baku;
pub mod consistency;
pub mod credit;
pub mod dateline;
pub mod day_date;
pub(crate) mod declare;
pub mod meta;
pub mod punct;
pub mod spell;
#[cfg(test)]
pub(crate) mod test_kit;
pub mod title;

pub(crate) use declare::declare_rule;

use std::any::Any;
use std::borrow::Cow;
use std::cell::RefCell;
use std::rc::Rc;

use crate::diagnostic::{Finding, MessageRef, Severity};
use crate::document::Document;
use crate::findings::Findings;
use crate::house::{self, Satker};
use crate::message::{Lang, Text};
use crate::pubdate::PubDate;
use crate::resources::Resources;
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
/// a line break is placed as a paragraph inside a clean template release
/// ([`Example::release`]); a text with line breaks is a whole release. A test runs every
/// example of every rule. Rules write theirs in `declare_rule!`; the data files
/// (`rules/*.toml`) hold theirs in the same shape (`bad`, `good`), read into this type.
#[derive(Clone, Debug, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Example {
    /// In a data file that serves several rules, the rule the example is for.
    #[serde(default)]
    pub rule: Option<Cow<'static, str>>,
    /// A text the rule flags.
    pub bad: Cow<'static, str>,
    /// The same text written correctly, which the rule leaves alone.
    pub good: Cow<'static, str>,
}

impl Example {
    /// A clean release with `{}` where an example paragraph goes.
    pub const TEMPLATE: &'static str = "Rapat Koordinasi Humas\nSemarang, kota-semarang.kpu.go.id — Komisi Pemilihan Umum (KPU) Kota Semarang menggelar rapat koordinasi humas.\n{}\nRapat berlangsung lancar. (awh/ed. Foto: rap/KPU Kota Semarang)";

    /// An example written in code.
    pub const fn new(bad: &'static str, good: &'static str) -> Self {
        Example {
            rule: None,
            bad: Cow::Borrowed(bad),
            good: Cow::Borrowed(good),
        }
    }

    /// The release an example text stands for: a text with a line break as it is, a
    /// single paragraph inside [`Example::TEMPLATE`].
    pub fn release(text: &str) -> Cow<'_, str> {
        if text.contains('\n') {
            Cow::Borrowed(text)
        } else {
            Cow::Owned(Self::TEMPLATE.replace("{}", text))
        }
    }
}

/// What a rule is, for `siaran rules`, `siaran explain` and the README.
#[derive(Debug)]
pub struct RuleMeta {
    /// `family/name`; never reused for another meaning.
    pub id: &'static str,
    /// One line: what the rule flags.
    pub summary: Text,
    /// The documentation, in fixed sections.
    pub docs: Docs,
    /// The default severity.
    pub severity: Severity,
    /// Whether its findings carry fixes.
    pub fix: FixAvailability,
    /// Opt-in rules (dictionary spelling) are off unless enabled.
    pub default_enabled: bool,
    /// Its findings give way to any other rule's finding about the same word or phrase,
    /// which says more precisely what is wrong (dictionary spelling: `praktek` is
    /// `baku/non-standard-word`'s). The engine applies it after all rules ran.
    pub gives_way: bool,
    /// Texts it flags and look-alikes it leaves alone.
    pub examples: &'static [Example],
    /// Every message the rule can emit, in the order `declare_rule!` declares them (a
    /// message's index is its id, `rule#index`), so a test can check both languages agree.
    pub messages: &'static [&'static Text],
}

impl RuleMeta {
    /// The family, the part of the id before the slash.
    pub fn family(&self) -> &'static str {
        crate::diagnostic::family_of(self.id)
    }

    /// The documentation's sections in one language, in order, as one text (blank lines
    /// between), for readers that show a single block (SARIF, the web page).
    pub fn explanation(&self, lang: Lang) -> String {
        self.docs
            .sections()
            .map(|(_, text)| text.template(lang))
            .collect::<Vec<_>>()
            .join("\n\n")
    }
}

/// A rule's documentation in fixed sections, each in both languages (`siaran explain`
/// and the pages under `docs/rules/` show them under headings; examples are
/// [`RuleMeta::examples`]). A test requires every section, and a fix-safety section that
/// agrees with the rule's [`FixAvailability`].
#[derive(Debug)]
pub struct Docs {
    /// What the rule checks: what it flags and what it leaves alone.
    pub what: Text,
    /// Why: what goes wrong for readers or the site when the text is left as is.
    pub why: Text,
    /// Whether and how the findings are fixed, and how safe the fix is.
    pub fix_safety: Text,
}

impl Docs {
    /// The heading of [`Docs::what`].
    pub const WHAT: Text = Text::new("Yang diperiksa", "What it checks");
    /// The heading of [`Docs::why`].
    pub const WHY: Text = Text::new("Mengapa", "Why");
    /// The heading of [`Docs::fix_safety`].
    pub const FIX_SAFETY: Text = Text::new("Keamanan perbaikan", "Fix safety");

    /// Each section with its heading, in order.
    pub fn sections(&self) -> impl Iterator<Item = (Text, &Text)> {
        [
            (Self::WHAT, &self.what),
            (Self::WHY, &self.why),
            (Self::FIX_SAFETY, &self.fix_safety),
        ]
        .into_iter()
    }
}

/// Everything a rule may look at while checking one release.
pub struct Context<'a> {
    pub doc: &'a Document<'a>,
    /// The file name or path the release came from, if any.
    pub path: Option<&'a str>,
    pub settings: &'a Settings,
    /// What was loaded beside the settings (the spelling dictionary).
    pub resources: &'a Resources,
    pub pub_date: PubDate,
    /// Analyses that several rules of a family share, computed once per release.
    pub memo: Memo,
}

/// Values computed once per release and shared by the rules that need them (one per
/// type), so that a family's rules do not each re-scan the release.
#[derive(Default)]
pub struct Memo(RefCell<Vec<Rc<dyn Any>>>);

impl<'a> Context<'a> {
    /// A context with nothing loaded beside the settings.
    pub fn new(doc: &'a Document<'a>, path: Option<&'a str>, settings: &'a Settings, pub_date: PubDate) -> Self {
        Context {
            doc,
            path,
            settings,
            resources: Resources::none(),
            pub_date,
            // Room for every family's shared analysis (half a dozen): one allocation a
            // release, not three as the list grows.
            memo: Memo(RefCell::new(Vec::with_capacity(8))),
        }
    }

    /// With these resources beside the settings.
    pub fn with_resources(self, resources: &'a Resources) -> Self {
        Context { resources, ..self }
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
        text.render(self.settings.lang(), args)
    }

    /// A finding of `meta`'s rule at its default severity (the engine applies the
    /// configured severity afterwards).
    pub fn finding(&self, meta: &'static RuleMeta, span: Span, message: &Text, args: &[(&str, &str)]) -> Finding {
        let finding = Finding::new(meta.id, meta.severity, span, self.text(message, args));
        match meta.messages.iter().position(|m| **m == *message) {
            Some(index) => finding.with_message_ref(MessageRef::new(*message, index, args)),
            None => finding,
        }
    }

    /// The configured satker slug (`kota-semarang`), if any.
    pub fn configured_satker(&self) -> Option<&str> {
        self.settings.satker()
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

/// A rule's metadata; [`declare_rule!`] implements it.
pub trait Declared {
    fn meta(&self) -> &'static RuleMeta;
}

/// A check over a parsed release; its metadata comes from [`declare_rule!`].
pub trait Rule: Declared + Sync {
    fn check(&self, cx: &Context<'_>, out: &mut Findings);
}

/// Every rule that checks a release, family by family, in a stable order.
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

/// The rules the engine reports itself while it gathers the other rules' findings
/// (suppressions, the findings limit): metadata only, no `check`.
pub const ENGINE: &[&RuleMeta] = &[
    &crate::suppress::META,
    &crate::suppress::INVALID_META,
    &crate::truncated::META,
];

/// The metadata of every rule, those that check and those the engine reports, in a
/// stable order (the engine's `meta/` rules after the other `meta/` rules).
pub fn metas() -> impl Iterator<Item = &'static RuleMeta> {
    all().map(|rule| rule.meta()).chain(ENGINE.iter().copied())
}

/// Looks a rule's metadata up by id.
pub fn by_id(id: &str) -> Option<&'static RuleMeta> {
    metas().find(|m| m.id == id)
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
