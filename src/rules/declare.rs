//! [`declare_rule!`]: a rule declared once. One invocation gives the rule's struct, its
//! metadata (`static META`), its documentation in fixed sections and its messages, each
//! message a `const` whose place in the generated `messages` list is its message id
//! (`rule#index`). The rule file then writes only `impl Rule for X { fn check(..) }`.
//!
//! ```text
//! declare_rule! {
//!     /// Doc comment of the struct.
//!     pub struct PunApart;
//!     id: "baku/pun-apart",
//!     severity: Warning,
//!     fix: Always,
//!     default_enabled: true,
//!     gives_way: true, // optional, false when left out: see `RuleMeta::gives_way`
//!     summary: ("Ringkasan", "Summary"),
//!     what: ("Apa yang diperiksa", "What it checks"),
//!     why: ("Mengapa", "Why"),
//!     fix_safety: ("Keamanan perbaikan", "Fix safety"),
//!     examples: [Example { bad: "...", good: "..." }],
//!     messages: {
//!         MESSAGE = ("Pesan '{right}'", "Message '{right}'"),
//!         FIX = ("Ganti dengan '{right}'", "Replace with '{right}'"),
//!     },
//! }
//! ```
//!
//! A message several rules of a family share is declared in the family's `mod.rs` and
//! named in each rule's list as `FIX = { super::FIX }`, keeping its place (and id).
//!
//! A rule the engine reports itself (suppressions, the findings limit) has no struct and
//! no `check`: `declare_rule! { engine pub static META; id: ..., ... }` gives its
//! metadata only, which `rules::ENGINE` lists.

/// Declares a rule: see the module documentation.
macro_rules! declare_rule {
    (
        $(#[$attr:meta])*
        $vis:vis struct $name:ident;
        $($rest:tt)*
    ) => {
        $(#[$attr])*
        $vis struct $name;

        impl $crate::rules::Declared for $name {
            fn meta(&self) -> &'static $crate::rules::RuleMeta {
                &META
            }
        }

        $crate::rules::declare::declare_rule!(engine static META; $($rest)*);
    };
    (
        engine $meta_vis:vis static $meta:ident;
        id: $id:literal,
        severity: $severity:ident,
        fix: $fix:ident,
        default_enabled: $default_enabled:literal,
        $(gives_way: $gives_way:literal,)?
        summary: ($summary_id:expr, $summary_en:expr $(,)?),
        what: ($what_id:expr, $what_en:expr $(,)?),
        why: ($why_id:expr, $why_en:expr $(,)?),
        fix_safety: ($fix_id:expr, $fix_en:expr $(,)?),
        examples: [$(Example { bad: $bad:expr, good: $good:expr $(,)? }),* $(,)?],
        messages: {
            $(
                $(#[$message_attr:meta])*
                $message_vis:vis $message:ident = $text:tt
            ),* $(,)?
        } $(,)?
    ) => {
        $(
            $(#[$message_attr])*
            $message_vis const $message: $crate::message::Text = $crate::rules::declare::declare_rule!(@text $text);
        )*

        $meta_vis static $meta: $crate::rules::RuleMeta = $crate::rules::RuleMeta {
            id: $id,
            summary: $crate::message::Text::new($summary_id, $summary_en),
            docs: $crate::rules::Docs {
                what: $crate::message::Text::new($what_id, $what_en),
                why: $crate::message::Text::new($why_id, $why_en),
                fix_safety: $crate::message::Text::new($fix_id, $fix_en),
            },
            severity: $crate::diagnostic::Severity::$severity,
            fix: $crate::rules::FixAvailability::$fix,
            default_enabled: $default_enabled,
            gives_way: $crate::rules::declare::declare_rule!(@or $($gives_way)? false),
            examples: &[$($crate::rules::Example::new($bad, $good)),*],
            messages: &[$(&$message),*],
        };
    };
    // An optional key's value, or its default.
    (@or $value:literal $default:literal) => {
        $value
    };
    (@or $default:literal) => {
        $default
    };
    // A message: its two templates, or `{ path }` to a message the family shares.
    (@text ($id:expr, $en:expr $(,)?)) => {
        $crate::message::Text::new($id, $en)
    };
    (@text { $shared:path }) => {
        $shared
    };
}

pub(crate) use declare_rule;

#[cfg(test)]
mod tests {
    use crate::findings::Findings;
    use crate::rules::{Context, FixAvailability, Rule};

    const SHARED_TEXT: crate::message::Text = crate::message::Text::new("Bersama", "Shared");

    declare_rule! {
        /// A rule declared only for this test.
        struct Probe;
        id: "meta/probe",
        severity: Info,
        fix: None,
        default_enabled: false,
        summary: ("Ringkasan", "Summary"),
        what: ("Apa", "What"),
        why: ("Mengapa", "Why"),
        fix_safety: ("Tidak ada perbaikan otomatis.", "No automatic fix."),
        examples: [Example { bad: "salah", good: "benar" }],
        messages: {
            FIRST = ("Pertama '{x}'", "First '{x}'"),
            SECOND = ("Kedua", "Second"),
        },
    }

    impl Rule for Probe {
        fn check(&self, _cx: &Context<'_>, _out: &mut Findings) {}
    }

    declare_rule! {
        engine static ENGINE_PROBE;
        id: "meta/engine-probe",
        severity: Warning,
        fix: None,
        default_enabled: true,
        summary: ("Ringkasan", "Summary"),
        what: ("Apa", "What"),
        why: ("Mengapa", "Why"),
        fix_safety: ("Tidak ada perbaikan otomatis.", "No automatic fix."),
        examples: [],
        messages: { ONLY = ("Satu", "One"), SHARED = { SHARED_TEXT } },
    }

    #[test]
    fn one_declaration_gives_metadata_messages_in_order_and_a_dyn_rule() {
        let rule: &dyn Rule = &Probe;
        let meta = rule.meta();
        assert_eq!(meta.id, "meta/probe");
        assert_eq!(meta.fix, FixAvailability::None);
        assert!(!meta.default_enabled);
        assert_eq!(meta.messages, [&FIRST, &SECOND]);
        assert_eq!(meta.docs.why.en, "Why");
        assert_eq!((&*meta.examples[0].bad, &*meta.examples[0].good), ("salah", "benar"));
        assert_eq!(ENGINE_PROBE.messages, [&ONLY, &SHARED_TEXT]);
        assert!(ENGINE_PROBE.examples.is_empty());
    }
}
