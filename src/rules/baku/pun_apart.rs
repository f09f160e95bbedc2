//! `baku/pun-apart`: a conjunction in `-pun` written apart: `walau pun` → `walaupun`,
//! `atau pun` → `ataupun`.

use super::spaced_apart;
use crate::diagnostic::{Edit, Fix, Severity};
use crate::findings::Findings;
use crate::lexicon;
use crate::message::Text;
use crate::rules::{Context, Example, FixAvailability, Rule, RuleMeta};
use crate::span::Span;

pub struct PunApart;

const MESSAGE: Text = Text::new(
    "Kata penghubung '{right}' ditulis serangkai",
    "The conjunction '{right}' is written joined",
);
const FIX: Text = Text::new("Ganti dengan '{right}'", "Replace with '{right}'");

static META: RuleMeta = RuleMeta {
    id: "baku/pun-apart",
    summary: Text::new(
        "Kata penghubung berakhiran -pun ditulis terpisah",
        "Conjunction in -pun written apart",
    ),
    explanation: Text::new(
        "EYD V menulis serangkai 14 kata penghubung berakhiran `pun`: adapun, andaipun, ataupun, bagaimanapun, biarpun, jikapun, kalaupun, kendatipun, maupun, meskipun, sekalipun, sementangpun, sungguhpun, walaupun. Aturan ini menandai `walau pun`, `meski pun`, `atau pun` dan sejenisnya (perbaikan aman: hapus spasi). `mau pun` dan `bagaimana pun` kadang benar ('walaupun mau', 'dengan cara apa saja'), jadi perbaikannya tidak otomatis; `ada pun` dan `sekali pun` ('satu kali pun') tidak ditandai.",
        "EYD V joins 14 conjunctions ending in `pun`: adapun, andaipun, ataupun, bagaimanapun, biarpun, jikapun, kalaupun, kendatipun, maupun, meskipun, sekalipun, sementangpun, sungguhpun, walaupun. This rule flags `walau pun`, `meski pun`, `atau pun` and the like (safe fix: drop the space). `mau pun` and `bagaimana pun` are sometimes right ('even if willing', 'in whatever way'), so their fix is not automatic; `ada pun` and `sekali pun` ('even once') are not flagged.",
    ),
    severity: Severity::Warning,
    fix: FixAvailability::Always,
    default_enabled: true,
    examples: &[Example {
        bad: "Walau pun tahapan padat, layanan tetap dibuka.",
        good: "Walaupun tahapan padat, layanan tetap dibuka dan tidak sekali pun ditutup.",
    }],
    messages: &[&MESSAGE, &FIX],
};

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
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

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
