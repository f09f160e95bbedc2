//! `consistency/acronym-spelling`: an acronym written once with its letters in another
//! order than elsewhere in the release (`(BRPK)` … `BPRK`).

use super::forms::Class;
use crate::findings::Findings;
use crate::rules::{declare_rule, Context, Rule};

declare_rule! {
    pub struct AcronymSpelling;
    id: "consistency/acronym-spelling",
    severity: Warning,
    fix: Always,
    default_enabled: true,
    summary: (
        "Singkatan ditulis dengan urutan huruf berbeda dalam satu siaran",
        "An abbreviation written with its letters in another order in one release",
    ),
    what: (
        "Aturan ini menandai bentuk yang muncul sekali bila dua hurufnya tertukar dari bentuk yang muncul lebih sering, atau dari bentuk yang hurufnya sesuai huruf awal kepanjangannya. Dibiarkan: singkatan yang dikenal (`KPPS`, `PPS`, `PPK`, `DPT`), singkatan yang satu menjadi bagian yang lain (`PPS` … `KPPS`), singkatan berbeda satu huruf (`DPT` … `DPS`, dua daftar yang berbeda), angka Romawi, dan dua bentuk yang sama seringnya tanpa kepanjangan yang menentukan.",
        "This rule flags the form written once when two of its letters are swapped from a form used more often, or from the form that matches the initials of its long form. Left alone: known abbreviations (`KPPS`, `PPS`, `PPK`, `DPT`), one abbreviation inside another (`PPS` … `KPPS`), abbreviations one letter apart (`DPT` … `DPS`, two different lists), Roman numerals, and two forms as frequent as each other with no long form to decide.",
    ),
    why: (
        "Singkatan yang diperkenalkan dengan satu urutan huruf lalu dipakai dengan urutan lain (`Badan Riset Pemilu Kota (BRPK)` … `BPRK`) membingungkan pembaca: ia mencari kepanjangan `BPRK` dan tidak menemukannya.",
        "An abbreviation introduced with one order of letters and used with another (`Badan Riset Pemilu Kota (BRPK)` … `BPRK`) leaves the reader looking for a `BPRK` that is never spelt out.",
    ),
    fix_safety: (
        "Perbaikan tidak aman: menulis bentuk yang paling sering dipakai atau yang sesuai kepanjangannya.",
        "Unsafe fix: write the form used most, or the one matching the long form.",
    ),
    examples: [Example {
        bad: "Tim Badan Riset Pemilu Kota (BRPK) hadir. Kajian BPRK dibahas bersama.",
        good: "Tim Badan Riset Pemilu Kota (BRPK) hadir. Kajian BRPK dibahas bersama.",
    }],
    messages: {
        MESSAGE = (
            "Singkatan '{found}' di tempat lain ditulis '{usual}' ({count} kali, pertama di baris {line}); mungkin hurufnya tertukar, samakan penulisannya",
            "The abbreviation '{found}' is written '{usual}' elsewhere ({count} times, first on line {line}); its letters are probably swapped: write it one way",
        ),
        LONG_FORM = (
            "Singkatan '{found}' tidak sesuai kepanjangannya: di baris {line} ditulis '{usual}'; mungkin hurufnya tertukar",
            "The abbreviation '{found}' does not match its long form: on line {line} it is written '{usual}'; its letters are probably swapped",
        ),
        FIX = { super::FIX },
        LABEL = { super::LABEL },
    },
}

impl Rule for AcronymSpelling {
    fn check(&self, cx: &Context<'_>, out: &mut Findings) {
        for variant in super::variants_of(cx, Class::Acronym) {
            // One use each: the long form's initials decide, and the message says so.
            let message = if variant.usual_count == 1 { &LONG_FORM } else { &MESSAGE };
            out.push(super::finding(cx, &META, message, &variant));
        }
    }
}
