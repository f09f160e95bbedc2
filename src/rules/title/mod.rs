//! `title/`: the headline in EYD V title case (reference §1.1 K2–K3).
//!
//! Every word of a headline is capitalised except function words that are not first;
//! all-caps and mixed-case tokens (KPU, DPTb, TikTok) and tokens with digits are left as
//! written. The headline is `doc.headline`: the first line, or a Markdown `# ` heading.
//! A front matter `title` without a heading is the `meta/` family's business.
//!
//! What the family flags and what it leaves alone: `docs/title.md` in the repository.

mod all_caps;
mod data;
mod function_word;
mod headline;
mod lowercase_word;
mod trailing_period;

use super::Rule;

pub const RULES: &[&dyn Rule] = &[
    &function_word::FunctionWord,
    &lowercase_word::LowercaseWord,
    &all_caps::AllCaps,
    &trailing_period::TrailingPeriod,
];

#[cfg(test)]
mod tests {
    use crate::fix::FixMode;
    use crate::rules::test_kit::{findings, fixed_once};

    /// The `title/` rules that flag `headline` and the headline their fixes give.
    fn fixed_headline(headline: &str) -> (Vec<&'static str>, String) {
        let source = format!(
            "{headline}\nSemarang, kota-semarang.kpu.go.id — Komisi Pemilihan Umum (KPU) Kota Semarang rapat.\nSelesai. (awh/ed. Foto: rap/KPU Kota Semarang)"
        );
        let found = findings("title", &source);
        let fixed = fixed_once(&source, &found, FixMode::Unsafe);
        let rules = found.iter().map(|f| f.rule).collect();
        (rules, fixed.lines().next().unwrap_or_default().to_string())
    }

    #[test]
    fn fixes_give_title_case() {
        for (bad, rule, good) in [
            (
                "KPU KOTA SEMARANG KOORDINASI DENGAN KEMENTERIAN DALAM NEGERI SOAL DPTB DI TPS",
                "title/all-caps",
                "KPU Kota Semarang Koordinasi dengan Kementerian Dalam Negeri Soal DPTb di TPS",
            ),
            (
                "KPU Kota Semarang gelar rapat koordinasi bersama masing-masing PPK",
                "title/lowercase-word",
                "KPU Kota Semarang Gelar Rapat Koordinasi Bersama Masing-Masing PPK",
            ),
            (
                "Sosialisasi Pemilu Untuk Pemilih Pemula Dan Penyandang Disabilitas.",
                "title/function-word",
                "Sosialisasi Pemilu untuk Pemilih Pemula dan Penyandang Disabilitas",
            ),
        ] {
            let (rules, fixed) = fixed_headline(bad);
            assert!(rules.contains(&rule), "{bad}: {rules:?}");
            assert_eq!(fixed, good);
            assert_eq!(fixed_headline(good).0, Vec::<&str>::new(), "{good}");
        }
    }

    #[test]
    fn a_lead_taken_for_a_headline_is_not_judged() {
        let lead = "Komisi Pemilihan Umum (KPU) Kota Semarang menggelar rapat koordinasi bersama seluruh panitia pemilihan kecamatan untuk membahas persiapan distribusi logistik pemilihan serentak di gudang kawasan Gayamsari.";
        assert_eq!(fixed_headline(lead).0, Vec::<&str>::new());
    }

    #[test]
    fn a_label_or_an_abbreviation_line_is_not_an_all_caps_headline() {
        assert_eq!(fixed_headline("SIARAN PERS").0, Vec::<&str>::new());
        assert_eq!(fixed_headline("KPU RI DAN DPR RI").0, Vec::<&str>::new());
    }
}
