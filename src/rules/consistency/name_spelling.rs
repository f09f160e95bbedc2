//! `consistency/name-spelling`: a person's or place's name written once in a form
//! near-identical to the one the release uses elsewhere (`Sudrajat` … `Sudjarat`).

use super::forms::Class;
use crate::findings::Findings;
use crate::rules::{declare_rule, Context, Rule};

declare_rule! {
    pub struct NameSpelling;
    id: "consistency/name-spelling",
    severity: Warning,
    fix: Always,
    default_enabled: true,
    summary: (
        "Nama orang atau tempat ditulis dua cara dalam satu siaran",
        "A person's or place's name spelled two ways in one release",
    ),
    what: (
        "Aturan ini menandai bentuk yang muncul sekali bila bentuk yang hampir sama muncul setidaknya dua kali: dua huruf tertukar, satu huruf lebih, kurang atau berbeda di tengah nama, atau (bila kata di sebelahnya sama) dua huruf vokal berbeda. Dibiarkan: dua nama yang masing-masing ditulis sama lebih dari sekali (`Budi Santoso` dan `Budi Susanto`, dua orang), dua bentuk yang sama-sama muncul sekali (tidak ada yang lebih sering), nama yang bersebelahan dengan nama lain (`Rahmat Hidayat` … `Rahmad Santoso`), bentuk berimbuhan atau berakhiran (`Semarang` … `Semarangan`), kata umum yang ditulis kapital (`Tetap` … `Tahap`), dan kata di awal kalimat yang tidak didukung kata di sebelahnya.",
        "This rule flags the form written once when a near-identical form occurs at least twice: two letters swapped, one letter more, fewer or different inside the name, or (when the word beside it agrees) two vowels different. Left alone: two names each written the same way more than once (`Budi Santoso` and `Budi Susanto`, two people), two forms written once each (neither is the usual one), a name beside another name (`Rahmat Hidayat` … `Rahmad Santoso`), affixed or suffixed forms (`Semarang` … `Semarangan`), common words capitalised (`Tetap` … `Tahap`), and a word opening a sentence unless the word beside it agrees.",
    ),
    why: (
        "Nama yang dalam satu siaran ditulis dengan dua cara yang hampir sama (`Sudrajat` … `Sudjarat`, `Kranggan` … `Krangan`, `Agus Pramono` … `Agus Pramana`) adalah salah ketik yang langsung terlihat pembaca dan merugikan orang yang namanya salah tulis.",
        "A name written two near-identical ways in one release (`Sudrajat` … `Sudjarat`, `Kranggan` … `Krangan`, `Agus Pramono` … `Agus Pramana`) is a slip the reader sees at once, and it wrongs the person misnamed.",
    ),
    fix_safety: (
        "Perbaikan tidak aman: menulis bentuk yang paling sering dipakai, setelah dipastikan keduanya orang atau tempat yang sama.",
        "Unsafe fix: write the form used most, once you are sure both are the same person or place.",
    ),
    examples: [Example {
        bad: "Ketua KPU Kota Semarang, Sudrajat, membuka rapat. Menurut Sudrajat, rapat membahas logistik. Sudjarat menutup rapat pada siang hari.",
        good: "Ketua KPU Kota Semarang, Sudrajat, membuka rapat. Menurut Sudrajat, rapat membahas logistik. Sudrajat menutup rapat pada siang hari.",
    }],
    messages: {
        MESSAGE = (
            "Nama '{found}' di tempat lain ditulis '{usual}' ({count} kali, pertama di baris {line}); mungkin salah ketik, samakan penulisannya",
            "The name '{found}' is written '{usual}' elsewhere ({count} times, first on line {line}); probably a typo: write it one way",
        ),
        FIX = { super::FIX },
        LABEL = { super::LABEL },
    },
}

impl Rule for NameSpelling {
    fn check(&self, cx: &Context<'_>, out: &mut Findings) {
        for variant in super::variants_of(cx, Class::Name) {
            out.push(super::finding(cx, &META, &MESSAGE, &variant));
        }
    }
}
