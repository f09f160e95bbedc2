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
        summary: ($summary_id:expr, $summary_en:expr $(,)?),
        what: ($what_id:expr, $what_en:expr $(,)?),
        why: ($why_id:expr, $why_en:expr $(,)?),
        fix_safety: ($fix_id:expr, $fix_en:expr $(,)?),
        examples: [$(Example { bad: $bad:expr, good: $good:expr $(,)? }),* $(,)?],
        messages: {
            $(
                $(#[$message_attr:meta])*
                $message_vis:vis $message:ident = ($message_id:expr, $message_en:expr $(,)?)
            ),* $(,)?
        } $(,)?
    ) => {
        $(
            $(#[$message_attr])*
            $message_vis const $message: $crate::message::Text = $crate::message::Text::new($message_id, $message_en);
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
            examples: &[$($crate::rules::Example::new($bad, $good)),*],
            messages: &[$(&$message),*],
        };
    };
}

pub(crate) use declare_rule;
