//! `baku/reduplication-digit`: the digit 2 as a repetition mark: `kegiatan2` →
//! `kegiatan-kegiatan`, `masing2` → `masing-masing`.

use crate::diagnostic::{Edit, Fix};
use crate::findings::Findings;
use crate::lexicon;
use crate::rules::{declare_rule, Context, Rule};

declare_rule! {
    pub struct ReduplicationDigit;
    id: "baku/reduplication-digit",
    severity: Warning,
    fix: Always,
    default_enabled: true,
    summary: ("Angka 2 dipakai sebagai penanda kata ulang", "Digit 2 used as a reduplication mark"),
    what: (
        "Angka `2` sebagai penanda pengulangan (`kegiatan2`, `masing2`) adalah gaya catatan, bukan ejaan baku; kata ulang ditulis lengkap dengan tanda hubung: `kegiatan-kegiatan`, `masing-masing` (EYD V, Bentuk Ulang). Token yang angkanya bermakna tidak ditandai: singkatan berhuruf kapital dan kode (`S2`, `D3`, `C1`, `P3K`, `BP2MI`), serta kata berhuruf awal kapital di tengah kalimat (`Sesi2` bisa berarti `Sesi 2`).",
        "The digit `2` as a repetition mark (`kegiatan2`, `masing2`) is note-taking style, not standard spelling; the reduplication is written out with a hyphen: `kegiatan-kegiatan`, `masing-masing` (EYD V, reduplication). Tokens whose digit means something are not flagged: capitalised abbreviations and codes (`S2`, `D3`, `C1`, `P3K`, `BP2MI`), and capitalised words mid-sentence (`Sesi2` may mean `Sesi 2`).",
    ),
    why: (
        "Ini ejaan baku (EYD V, kata ulang); siaran pers lembaga negara memakai ejaan baku.",
        "This is the standard spelling (EYD V, reduplication); releases of a state institution use standard spelling.",
    ),
    fix_safety: (
        "Perbaikan aman mengulang kata utuh; untuk kata berawalan kata kerja (`bersama2` → `bersama-sama`, bukan `bersama-bersama`) dan bentuk ber-`-nya` (`sebaik2nya`) perbaikannya tidak otomatis.",
        "The safe fix repeats the whole word; for words with a verbal prefix (`bersama2` → `bersama-sama`, not `bersama-bersama`) and forms with `-nya` (`sebaik2nya`) the fix is not automatic.",
    ),
    examples: [Example {
        bad: "Peserta menyampaikan kegiatan2 yang sudah dilakukan di daerah masing2.",
        good: "Peserta lulusan S2 dan D3 menyampaikan kegiatan-kegiatan yang sudah dilakukan di daerah masing-masing.",
    }],
    messages: {
        MESSAGE = (
            "Angka 2 bukan penanda kata ulang; tulis kata ulangnya lengkap: '{right}'",
            "The digit 2 is not a reduplication mark; write the word out: '{right}'",
        ),
        MESSAGE_AFFIXED = (
            "Angka 2 bukan penanda kata ulang; tulis kata ulangnya lengkap dengan tanda hubung (kata berimbuhan mengulang kata dasarnya: 'bersama-sama')",
            "The digit 2 is not a reduplication mark; write the word out with a hyphen (a word with an affix repeats its base: 'bersama-sama')",
        ),
        FIX = ("Ganti dengan '{right}'", "Replace with '{right}'"),
    },
}

/// Prefixes that make a partial reduplication (`berlari-lari`, `dipukul-pukul`).
const VERBAL_PREFIXES: &[&str] = &["ber", "di", "me", "se", "ter"];

impl Rule for ReduplicationDigit {
    fn check(&self, cx: &Context<'_>, out: &mut Findings) {
        for (_, word) in cx.doc.checked_words_with(lexicon::ENDS_IN_2) {
            let text = cx.doc.text(word.span);
            if !(text.ends_with('2') || text.ends_with("2nya")) {
                continue;
            }
            let Some((base, clitic)) = text.split_once('2') else {
                continue;
            };
            if !(clitic.is_empty() || clitic == "nya")
                || base.len() < 3
                || !base.chars().all(|c| c.is_ascii_alphabetic())
            {
                continue;
            }
            let rest_lower = base.chars().skip(1).all(|c| c.is_ascii_lowercase());
            let first_upper = base.starts_with(|c: char| c.is_ascii_uppercase());
            if !rest_lower || (first_upper && !word.sentence_start()) {
                continue;
            }
            let right = format!("{base}-{}{clitic}", base.to_lowercase());
            let args = [("right", right.as_str())];
            let edits = vec![Edit::replace(word.span, right.as_str())];
            let lower = base.to_lowercase();
            let partial = !clitic.is_empty() || VERBAL_PREFIXES.iter().any(|p| lower.starts_with(p));
            let (message, fix) = if partial {
                (&MESSAGE_AFFIXED, Fix::unsafe_(cx.text(&FIX, &args), edits))
            } else {
                (&MESSAGE, Fix::safe(cx.text(&FIX, &args), edits))
            };
            out.push(cx.finding(&META, word.span, message, &args).with_fix(fix));
        }
    }
}
