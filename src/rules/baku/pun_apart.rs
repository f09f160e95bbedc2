//! `baku/pun-apart`: a conjunction in `-pun` written apart: `walau pun` → `walaupun`,
//! `atau pun` → `ataupun`.

use super::spaced_apart;
use crate::diagnostic::{Edit, Fix};
use crate::findings::Findings;
use crate::lexicon;
use crate::rules::{declare_rule, Context, Rule};
use crate::span::Span;

declare_rule! {
    pub struct PunApart;
    id: "baku/pun-apart",
    severity: Warning,
    fix: Always,
    default_enabled: true,
    summary: ("Kata penghubung berakhiran -pun ditulis terpisah", "Conjunction in -pun written apart"),
    what: (
        "EYD V menulis serangkai 14 kata penghubung berakhiran `pun`: adapun, andaipun, ataupun, bagaimanapun, biarpun, jikapun, kalaupun, kendatipun, maupun, meskipun, sekalipun, sementangpun, sungguhpun, walaupun. Aturan ini menandai `walau pun`, `meski pun`, `atau pun` dan sejenisnya (perbaikan aman: hapus spasi).",
        "EYD V joins 14 conjunctions ending in `pun`: adapun, andaipun, ataupun, bagaimanapun, biarpun, jikapun, kalaupun, kendatipun, maupun, meskipun, sekalipun, sementangpun, sungguhpun, walaupun. This rule flags `walau pun`, `meski pun`, `atau pun` and the like (safe fix: drop the space).",
    ),
    why: (
        "Ini ejaan baku (EYD V); siaran pers lembaga negara memakai ejaan baku.",
        "This is the standard spelling (EYD V); releases of a state institution use standard spelling.",
    ),
    fix_safety: (
        "Perbaikan aman: hapus spasi. `mau pun` dan `bagaimana pun` kadang benar ('walaupun mau', 'dengan cara apa saja'), jadi perbaikannya tidak otomatis; `ada pun` dan `sekali pun` ('satu kali pun') tidak ditandai.",
        "Safe fix: drop the space. `mau pun` and `bagaimana pun` are sometimes right ('even if willing', 'in whatever way'), so their fix is not automatic; `ada pun` and `sekali pun` ('even once') are not flagged.",
    ),
    examples: [Example {
        bad: "Walau pun tahapan padat, layanan tetap dibuka.",
        good: "Walaupun tahapan padat, layanan tetap dibuka dan tidak sekali pun ditutup.",
    }],
    messages: {
        MESSAGE = ("Kata penghubung '{right}' ditulis serangkai", "The conjunction '{right}' is written joined"),
        FIX = ("Ganti dengan '{right}'", "Replace with '{right}'"),
    },
}

/// First parts of the joined conjunctions that are never right apart.
const CERTAIN: &[&str] = &[
    "andai",
    "atau",
    "biar",
    "jika",
    "kalau",
    "kendati",
    "meski",
    "sementang",
    "sungguh",
    "walau",
];
/// First parts whose spaced form is sometimes right: flagged without a safe fix.
const PROBABLE: &[&str] = &["bagaimana", "mau"];

impl Rule for PunApart {
    fn check(&self, cx: &Context<'_>, out: &mut Findings) {
        let doc = cx.doc;
        // From each `pun` back to the word before it.
        for (next_index, next) in doc.words_with(lexicon::PUN) {
            let Some(index) = next_index.checked_sub(1) else {
                continue;
            };
            let Some(word) = doc.words.get(index).filter(|w| w.is_checked()) else {
                continue;
            };
            if doc.text(next.span) != "pun" {
                continue;
            }
            let first = doc.text(word.span);
            let lower = first.to_lowercase();
            let certain = CERTAIN.contains(&lower.as_str());
            if !(certain || PROBABLE.contains(&lower.as_str())) {
                continue;
            }
            if !spaced_apart(doc, word, next) {
                continue;
            }
            let right = format!("{first}pun");
            let args = [("right", right.as_str())];
            let edits = vec![Edit::delete(Span::new(word.span.end, next.span.start))];
            let fix = if certain {
                Fix::safe(cx.text(&FIX, &args), edits)
            } else {
                Fix::unsafe_(cx.text(&FIX, &args), edits)
            };
            let span = Span::new(word.span.start, next.span.end);
            out.push(cx.finding(&META, span, &MESSAGE, &args).with_fix(fix));
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::test_kit::{assert_clean, assert_fix, assert_flags, assert_safe_fix};
    use crate::rules::Example;

    const ID: &str = "baku/pun-apart";

    #[test]
    fn flags_the_conjunction_at_its_first_part() {
        let text = Example::release("Layanan dibuka, walau pun hujan, atau pun libur.");
        assert_flags(ID, &text, &[(3, 17), (3, 34)]);
    }

    #[test]
    fn a_certain_conjunction_is_joined_by_the_safe_fix() {
        assert_safe_fix(
            ID,
            &Example::release("Walau pun hujan, layanan dibuka."),
            &Example::release("Walaupun hujan, layanan dibuka."),
        );
    }

    /// `mau pun` may be 'even if willing': joined only by the unsafe fix.
    #[test]
    fn a_probable_conjunction_is_joined_only_by_the_unsafe_fix() {
        let bad = Example::release("Petugas mau pun relawan hadir.");
        assert_fix(ID, &bad, &Example::release("Petugas maupun relawan hadir."));
        let only_safe = crate::fix::fix(
            &crate::rules::test_kit::input(&bad),
            &crate::settings::Settings::default(),
            crate::fix::FixMode::Safe,
        );
        assert!(only_safe.text.contains("mau pun"), "{}", only_safe.text);
    }

    #[test]
    fn leaves_free_pun_alone() {
        assert_clean(
            ID,
            &Example::release("Tidak sekali pun ditutup; ada pun yang hadir, apa pun alasannya."),
        );
    }
}
