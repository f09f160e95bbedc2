//! `title/`: the headline in EYD V title case (reference §1.1 K2–K3).
//!
//! Every word of a headline is capitalised except function words that are not first;
//! all-caps and mixed-case tokens (KPU, DPTb, TikTok) and tokens with digits are left as
//! written. The headline is every source of one (`headline::all`): the first line, a
//! Markdown `# ` heading, or the front matter `title` (YAML or TOML), which is checked
//! where it is written, inside the front matter.
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
    use crate::lint::{lint, LintInput};
    use crate::rules::test_kit::{findings, fixed_once};
    use crate::settings::Settings;

    /// The `title/` rules that flag `headline` and the headline their fixes give.
    fn fixed_headline(headline: &str) -> (Vec<&'static str>, String) {
        fixed_headline_in(headline, "Komisi Pemilihan Umum (KPU) Kota Semarang rapat.")
    }

    /// The title findings of a release with this headline and lead, and the headline
    /// after all their fixes.
    fn fixed_headline_in(headline: &str, lead: &str) -> (Vec<&'static str>, String) {
        let source = format!(
            "{headline}\nSemarang, kota-semarang.kpu.go.id — {lead}\nSelesai. (awh/ed. Foto: rap/KPU Kota Semarang)"
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
                "KPU Kota Semarang Gelar Rapat Koordinasi bersama Masing-Masing PPK",
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

    /// Title findings of a Markdown release as (rule, line, column, fixed text).
    fn markdown_title_findings(source: &str) -> Vec<(&'static str, usize, usize)> {
        let input = LintInput {
            source,
            path: Some("siaran.md"),
            date: None,
            today: jiff::civil::date(2025, 10, 27),
        };
        let report = lint(&input, &Settings::default());
        report
            .findings
            .iter()
            .filter(|f| f.family() == "title")
            .map(|f| {
                let at = report.lines.position(source, f.span.start);
                (f.rule, at.line, at.column)
            })
            .collect()
    }

    const BODY: &str = "\nSemarang, kota-semarang.kpu.go.id — Komisi Pemilihan Umum (KPU) Kota Semarang menggelar rapat.\n\nRapat berlangsung lancar. (awh/ed. Foto: rap/KPU Kota Semarang)\n";

    #[test]
    fn a_front_matter_title_is_checked_where_it_is_written() {
        let yaml = format!("---\ntitle: \"KPU KOTA SEMARANG GELAR RAPAT.\"\ndate: 2025-10-27\n---\n{BODY}");
        assert_eq!(
            markdown_title_findings(&yaml),
            [("title/all-caps", 2, 9), ("title/trailing-period", 2, 38)]
        );
        let toml =
            format!("+++\ndate = 2025-10-27\ntitle = 'Sosialisasi Pemilih Di Kecamatan Tembalang.'\n+++\n{BODY}");
        assert_eq!(
            markdown_title_findings(&toml),
            [("title/function-word", 3, 30), ("title/trailing-period", 3, 52)]
        );
        // Beside a `# ` heading it differs from, the title is checked too; when the two
        // agree, the heading's findings stand for both.
        let both =
            format!("---\ntitle: Rapat Koordinasi Dengan Bawaslu\n---\n\n# Rapat Koordinasi dengan Bawaslu\n{BODY}");
        assert_eq!(markdown_title_findings(&both), [("title/function-word", 2, 25)]);
        let same =
            format!("---\ntitle: Rapat Koordinasi Dengan Bawaslu\n---\n\n# Rapat Koordinasi Dengan Bawaslu\n{BODY}");
        assert_eq!(markdown_title_findings(&same), [("title/function-word", 5, 20)]);
        // Correct titles, quoted or not, are left alone.
        for good in [
            format!("---\ntitle: \"KPU Kota Semarang Gelar Rapat\"\n---\n{BODY}"),
            format!("+++\ntitle = \"Sosialisasi Pemilih di Kecamatan Tembalang\"\n+++\n{BODY}"),
            format!("---\ntitle: Rapat Koordinasi dengan Bawaslu\n---\n\n# Rapat Koordinasi dengan Bawaslu\n{BODY}"),
        ] {
            assert_eq!(markdown_title_findings(&good), [], "{good}");
        }
    }

    #[test]
    fn all_caps_keeps_abbreviations_codes_and_hyphenated_names() {
        let headline = "SOSIALISASI DI SMAN 1 DAN DP3 BERSAMA MPK JEMBER-LUMAJANG";
        let lead = "Komisi Pemilihan Umum (KPU) Kota Semarang menggelar sosialisasi di SMAN 1 Jember.";
        let (rules, fixed) = fixed_headline_in(headline, lead);
        assert_eq!(rules, ["title/all-caps"]);
        // `SMAN` as the body writes it; `MPK`, which the body does not write, stays for
        // want of a vowel; `DP3` for its digit.
        assert_eq!(fixed, "Sosialisasi di SMAN 1 dan DP3 Bersama MPK Jember-Lumajang");
        // A known abbreviation stays in capitals even when the body does not write it.
        let (_, fixed) = fixed_headline("SOSIALISASI DI SMAN 1 KOTA SEMARANG");
        assert_eq!(fixed, "Sosialisasi di SMAN 1 Kota Semarang");
        // Neither known nor in the body, a word-like abbreviation is recased, which is why
        // the fix is unsafe.
        let (_, fixed) = fixed_headline("SOSIALISASI DI SAMSAT KOTA SEMARANG");
        assert_eq!(fixed, "Sosialisasi di Samsat Kota Semarang");
    }
}
