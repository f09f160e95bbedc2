//! `consistency/`: one release, one spelling (docs/consistency.md).
//!
//! A name or an acronym written two near-identical ways in one release (`Sudrajat` …
//! `Sudjarat`, `(BRPK)` … `BPRK`) is a slip a reader sees at once. [`variants::Variants`]
//! reads the release once into its names and acronyms and pairs the near-identical
//! forms; each rule reports one class of them.
//!
//! What the family flags and what it leaves alone: `docs/consistency.md` in the repository.

mod acronym_spelling;
mod around;
mod candidates;
mod closeness;
mod forms;
mod known;
mod name_spelling;
mod variants;

use std::rc::Rc;

use super::{Context, Rule};
use crate::diagnostic::{Edit, Finding, Fix};
use crate::message::Text;
use forms::Class;
use variants::{Variant, Variants};

pub const RULES: &[&dyn Rule] = &[&name_spelling::NameSpelling, &acronym_spelling::AcronymSpelling];

const FIX: Text = Text::new("Ganti dengan '{usual}'", "Replace with '{usual}'");
const LABEL: Text = Text::new("pertama ditulis '{usual}' di sini", "first written '{usual}' here");

/// The release's variants of `class`.
fn variants_of(cx: &Context<'_>, class: Class) -> impl Iterator<Item = Variant> {
    let dictionary = cx.resources.dictionary();
    let all: Rc<Variants> = cx.memo(|doc| Variants::new(doc, dictionary));
    let mine: Vec<Variant> = all.0.iter().filter(|v| v.class == class).cloned().collect();
    mine.into_iter()
}

/// The finding for `variant`: at the odd form, a label at the usual form's first use and
/// an unsafe fix writing the usual form (unsafe: two people may really be named so).
fn finding(cx: &Context<'_>, meta: &'static super::RuleMeta, message: &Text, variant: &Variant) -> Finding {
    let line = cx
        .doc
        .lines
        .position(cx.doc.source, variant.usual_first.start)
        .line
        .to_string();
    let count = variant.usual_count.to_string();
    let args = [
        ("found", variant.odd_text.as_str()),
        ("usual", variant.usual.as_str()),
        ("count", count.as_str()),
        ("line", line.as_str()),
    ];
    let usual = [("usual", variant.usual.as_str())];
    cx.finding(meta, variant.odd, message, &args)
        .with_label(variant.usual_first, cx.text(&LABEL, &usual))
        .with_fix(Fix::unsafe_(
            cx.text(&FIX, &usual),
            vec![Edit::replace(variant.odd, variant.usual.as_str())],
        ))
}

#[cfg(test)]
mod tests {
    use jiff::civil::date;

    use crate::diagnostic::Applicability;
    use crate::lint::{lint, LintInput};
    use crate::settings::Settings;

    fn findings(text: &str) -> Vec<crate::Finding> {
        let today = date(2025, 10, 27);
        let input = LintInput {
            source: text,
            path: None,
            date: Some(today),
            today,
        };
        lint(&input, &Settings::default())
            .findings
            .into_iter()
            .filter(|f| f.family() == "consistency")
            .collect()
    }

    const RELEASE: &str = "Rapat Koordinasi\nSemarang, kota-semarang.kpu.go.id — Komisi Pemilihan Umum (KPU) Kota Semarang menggelar rapat di Kelurahan Kranggan, Senin (27/10).\nWarga Kranggan hadir bersama Lurah Kranggan. Gudang di Krangan dijaga petugas.\nRapat berlangsung lancar. (awh/ed. Foto: rap/KPU Kota Semarang)";

    #[test]
    fn the_message_names_the_usual_form_and_where_it_is() {
        let found = findings(RELEASE);
        assert_eq!(found.len(), 1, "{found:?}");
        let f = &found[0];
        assert_eq!(f.rule, "consistency/name-spelling");
        assert_eq!(f.span.text(RELEASE), "Krangan");
        assert_eq!(
            f.message,
            "Nama 'Krangan' di tempat lain ditulis 'Kranggan' (3 kali, pertama di baris 2); mungkin salah ketik, samakan penulisannya"
        );
        let fix = f.fix.as_ref().unwrap();
        assert_eq!(fix.applicability, Applicability::Unsafe);
        assert_eq!(fix.edits[0].replacement, "Kranggan");
        assert_eq!(f.labels[0].span.text(RELEASE), "Kranggan");
    }

    #[test]
    fn a_lower_case_use_makes_it_a_word() {
        let text = RELEASE.replace("Rapat berlangsung", "Jalan krangan ditutup. Rapat berlangsung");
        assert!(findings(&text).is_empty());
    }

    #[test]
    fn a_name_used_only_in_title_case_is_not_the_usual_form() {
        // Capitalised like every word around it, `Kranggan` names no one for sure.
        let text = RELEASE.replace("Kelurahan Kranggan,", "kelurahan,").replace(
            "Warga Kranggan hadir bersama Lurah Kranggan.",
            "Pameran Budaya Kranggan Dan Kranggan Raya\nWarga hadir.",
        );
        assert!(findings(&text).is_empty());
        let named = text.replace(
            "Pameran Budaya Kranggan Dan Kranggan Raya",
            "Pameran di Kranggan dan Kranggan.",
        );
        assert_eq!(findings(&named).len(), 1);
    }

    #[test]
    fn two_forms_once_each_are_left_alone() {
        let text = RELEASE.replace("Warga Kranggan hadir bersama Lurah Kranggan.", "Warga hadir.");
        assert!(findings(&text).is_empty());
    }
}
