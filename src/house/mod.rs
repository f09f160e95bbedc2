//! House data: the gazetteer of KPU satker (`rules/regions.toml`), embedded in the
//! binary and parsed once, on first use.

use std::sync::LazyLock;

use serde::Deserialize;

use crate::lexicon::WordMap;

mod near;
pub(crate) use near::slugs_within;

/// The text of the house data file `rules/<name>.toml`, as the JSON that build.rs makes
/// of it (serde_json reads it several times faster than TOML; every run reads it).
macro_rules! data_file {
    ($name:literal) => {
        include_str!(concat!(env!("OUT_DIR"), "/", $name, ".json"))
    };
}
pub(crate) use data_file;

/// Administrative level of a satker.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    /// KPU RI.
    Pusat,
    /// A province (KPU Provinsi, KIP Aceh).
    Provinsi,
    /// A kabupaten (regency).
    Kabupaten,
    /// A kota (city).
    Kota,
}

/// One KPU office: KPU RI, a province, a kabupaten or a kota.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Satker {
    /// Domain `<slug>.kpu.go.id`; empty for KPU RI (`kpu.go.id`).
    pub slug: String,
    /// Administrative level.
    pub level: Level,
    /// Slug of the province, for kabupaten and kota.
    pub province: Option<String>,
    /// Region name without `Provinsi`/`Kabupaten`/`Kota`.
    pub name: String,
    /// `KPU Kota Semarang`, `KIP Aceh`.
    pub institution: String,
    /// The usual dateline city.
    pub seat: String,
    /// Other names the satker goes by in releases.
    #[serde(default)]
    pub aliases: Vec<String>,
    /// Slugs the gazetteer's naming pattern gave before an address seen on the web
    /// settled the slug: releases and configurations that write them still find the
    /// satker.
    #[serde(default)]
    pub former_slugs: Vec<String>,
}

impl Satker {
    /// The satker's domain, `kota-semarang.kpu.go.id`.
    pub fn domain(&self) -> String {
        if self.slug.is_empty() {
            "kpu.go.id".to_string()
        } else {
            format!("{}.kpu.go.id", self.slug)
        }
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Gazetteer {
    satker: Vec<Satker>,
}

#[allow(clippy::expect_used, reason = "data embedded at build time; tests parse it")]
static SATKER: LazyLock<Vec<Satker>> = LazyLock::new(|| {
    let data: Gazetteer =
        serde_json::from_str(data_file!("regions")).expect("rules/regions.toml is valid (checked by tests)");
    data.satker
});

/// Every satker in the gazetteer.
pub fn all_satker() -> &'static [Satker] {
    &SATKER
}

/// Names that stand for KPU RI, whose domain `kpu.go.id` has no slug of its own.
pub const RI_SLUGS: &[&str] = &["ri", "pusat"];

/// The satker with this slug (`ri` or `pusat` for KPU RI; its empty slug still works),
/// if the gazetteer has it.
pub fn satker_by_slug(slug: &str) -> Option<&'static Satker> {
    let slug = if RI_SLUGS.contains(&slug) { "" } else { slug };
    BY_SLUG.get(slug).copied()
}

/// Satker by slug, then by former slug where no slug is the same: every release with a
/// dateline domain asks, and searching the list twice for an unknown slug cost more
/// than the rest of the dateline's checks.
static BY_SLUG: LazyLock<WordMap<&'static str, &'static Satker>> = LazyLock::new(|| {
    let mut by_slug = WordMap::default();
    for s in SATKER.iter() {
        by_slug.entry(s.slug.as_str()).or_insert(s);
    }
    for s in SATKER.iter() {
        for former in &s.former_slugs {
            by_slug.entry(former.as_str()).or_insert(s);
        }
    }
    by_slug
});

/// The slug to write for `satker`: `ri` for KPU RI.
pub fn usable_slug(satker: &Satker) -> &str {
    if satker.slug.is_empty() {
        RI_SLUGS[0]
    } else {
        &satker.slug
    }
}

/// Satker whose slug, name, institution, seat, domain or an alias contains `query`,
/// ignoring case, accents, and hyphens against spaces (`semarang` finds both
/// `kota-semarang` and `kab-semarang`).
pub fn search_satker(query: &str) -> impl Iterator<Item = &'static Satker> {
    let query = fold(query);
    SATKER.iter().filter(move |s| {
        let domain = s.domain();
        let mut fields = [usable_slug(s), &s.name, &s.institution, &s.seat, &domain]
            .into_iter()
            .chain(s.aliases.iter().map(String::as_str));
        fields.any(|field| fold(field).contains(&query))
    })
}

/// Lower case without accents, hyphens as spaces: how a name is compared when searched.
fn fold(text: &str) -> String {
    text.chars()
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            'à'..='å' => 'a',
            'ç' => 'c',
            'è'..='ë' => 'e',
            'ì'..='ï' => 'i',
            'ñ' => 'n',
            'ò'..='ö' => 'o',
            'ù'..='ü' => 'u',
            '-' | '_' => ' ',
            c => c,
        })
        .collect::<String>()
        .trim()
        .to_string()
}

/// The satker a release is from, inferred from its text: the office named most often
/// (`KPU Kota Semarang`, also written `Komisi Pemilihan Umum (KPU) Kota Semarang`), when
/// one is named more often than any other. KPU RI is never inferred: every release
/// may mention it.
pub fn infer_satker(text: &str) -> Option<&'static Satker> {
    let text = text
        .replace("Komisi Pemilihan Umum (KPU)", "KPU")
        .replace("Komisi Pemilihan Umum", "KPU")
        .replace("Komisi Independen Pemilihan (KIP)", "KIP")
        .replace("Komisi Independen Pemilihan", "KIP");
    let mut counts: Vec<(usize, &'static Satker)> = Vec::new();
    for at in ["KPU ", "KIP "]
        .iter()
        .flat_map(|head| text.match_indices(head).map(|(at, _)| at))
    {
        for satker in institutions_at(&text, at) {
            match counts.iter_mut().find(|(_, s)| std::ptr::eq(*s, satker)) {
                Some((n, _)) => *n += 1,
                None => counts.push((1, satker)),
            }
        }
    }
    counts.sort_by_key(|(n, _)| std::cmp::Reverse(*n));
    match counts.as_slice() {
        [(_, only)] => Some(only),
        [(first, best), (second, _), ..] if first > second => Some(best),
        _ => None,
    }
}

/// Satker by institution (`KPU Kota Semarang`), KPU RI left out, and the longest
/// institution's length: a release names its office by a `KPU `/`KIP ` that opens one
/// of them, so `infer_satker` looks names up where those start instead of searching
/// the text for each of the 550 names.
static BY_INSTITUTION: LazyLock<(WordMap<&'static str, Vec<&'static Satker>>, usize)> = LazyLock::new(|| {
    let mut names: WordMap<&'static str, Vec<&'static Satker>> = WordMap::default();
    for s in SATKER.iter().filter(|s| !s.slug.is_empty()) {
        names.entry(s.institution.as_str()).or_default().push(s);
    }
    let longest = names.keys().map(|name| name.len()).max().unwrap_or(0);
    (names, longest)
});

/// The satker whose institution starts at `at` in `text`, not followed by another letter
/// or digit (`KPU Kabupaten Tapanuli` and `KPU Kabupaten Tapanuli Utara` both, when the
/// longer is written).
fn institutions_at(text: &str, at: usize) -> impl Iterator<Item = &'static Satker> + '_ {
    let (names, longest) = &*BY_INSTITUTION;
    let stop = text.len().min(at + longest);
    (at + 1..=stop)
        .filter(move |&end| text.is_char_boundary(end) && !text[end..].starts_with(char::is_alphanumeric))
        .filter_map(move |end| names.get(&text[at..end]))
        .flatten()
        .copied()
}

/// The known slug closest to `slug`, for "did you mean" hints.
pub fn closest_slug(slug: &str) -> Option<&'static str> {
    SATKER
        .iter()
        .map(|s| (strsim::damerau_levenshtein(slug, &s.slug), s.slug.as_str()))
        .filter(|(distance, _)| *distance <= 3)
        .min_by_key(|(distance, _)| *distance)
        .map(|(_, s)| s)
}

#[cfg(test)]
mod tests {
    use std::collections::HashSet;

    /// `infer_satker` as it was first written: every institution searched for in the text.
    fn infer_by_search(text: &str) -> Option<&'static Satker> {
        let text = text
            .replace("Komisi Pemilihan Umum (KPU)", "KPU")
            .replace("Komisi Pemilihan Umum", "KPU")
            .replace("Komisi Independen Pemilihan (KIP)", "KIP")
            .replace("Komisi Independen Pemilihan", "KIP");
        let whole = |name: &str| {
            text.match_indices(name)
                .filter(|(at, _)| !text[at + name.len()..].starts_with(char::is_alphanumeric))
                .count()
        };
        let mut counts: Vec<(usize, &'static Satker)> = SATKER
            .iter()
            .filter(|s| !s.slug.is_empty())
            .map(|s| (whole(&s.institution), s))
            .filter(|(n, _)| *n > 0)
            .collect();
        counts.sort_by_key(|(n, _)| std::cmp::Reverse(*n));
        match counts.as_slice() {
            [(_, only)] => Some(only),
            [(first, best), (second, _), ..] if first > second => Some(best),
            _ => None,
        }
    }

    #[test]
    fn institutions_open_with_kpu_or_kip() {
        for s in SATKER.iter().filter(|s| !s.slug.is_empty()) {
            assert!(
                s.institution.starts_with("KPU ") || s.institution.starts_with("KIP "),
                "{}",
                s.institution
            );
        }
    }

    #[test]
    fn inferring_by_lookup_equals_searching_every_name() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/releases");
        let mut texts: Vec<String> = std::fs::read_dir(&dir)
            .unwrap()
            .filter_map(|e| std::fs::read_to_string(e.unwrap().path()).ok())
            .collect();
        let names: Vec<&str> = SATKER.iter().step_by(37).map(|s| s.institution.as_str()).collect();
        for (k, name) in names.iter().enumerate() {
            let other = names[(k + 1) % names.len()];
            texts.push(format!("{name} dan {other}. {name}, lalu {name}Raya, {other}"));
            texts.push(format!("Komisi Pemilihan Umum (KPU) {} bersama {name}", &other[4..]));
            texts.push(format!("{name} {name}2 {other}-{other}"));
        }
        texts.push("KPU Kabupaten Tapanuli Utara dan KPU Kabupaten Tapanuli Selatan.".into());
        for text in &texts {
            let by_lookup = infer_satker(text).map(|s| s.slug.as_str());
            let by_search = infer_by_search(text).map(|s| s.slug.as_str());
            assert_eq!(by_lookup, by_search, "{text}");
        }
    }

    use super::*;

    #[test]
    fn gazetteer_is_complete_and_consistent() {
        let all = all_satker();
        let count = |level| all.iter().filter(|s| s.level == level).count();
        assert_eq!(count(Level::Pusat), 1);
        assert_eq!(count(Level::Provinsi), 38);
        assert_eq!(count(Level::Kabupaten), 416);
        assert_eq!(count(Level::Kota), 98);

        let mut slugs = HashSet::new();
        for s in all {
            assert!(slugs.insert(s.slug.as_str()), "duplicate slug {}", s.slug);
        }
        let provinces: HashSet<&str> = all
            .iter()
            .filter(|s| s.level == Level::Provinsi)
            .map(|s| s.slug.as_str())
            .collect();
        let mut names = HashSet::new();
        for s in all.iter().filter(|s| matches!(s.level, Level::Kabupaten | Level::Kota)) {
            let province = s.province.as_deref().unwrap_or_default();
            assert!(
                provinces.contains(province),
                "{} has unknown province {province}",
                s.slug
            );
            assert!(
                names.insert((province, s.level, s.name.as_str())),
                "duplicate {} in {province}",
                s.name
            );
            assert!(s.institution.ends_with(&s.name), "{}: {}", s.slug, s.institution);
        }
    }

    #[test]
    fn lookups() {
        let s = satker_by_slug("kota-semarang").unwrap();
        assert_eq!(s.institution, "KPU Kota Semarang");
        assert_eq!(s.domain(), "kota-semarang.kpu.go.id");
        assert_eq!(closest_slug("kota-semarng"), Some("kota-semarang"));
        assert_eq!(closest_slug("kab-kendel"), Some("kab-kendal"));
        assert_eq!(closest_slug("provinsi-antah-berantah"), None);
        for ri in ["", "ri", "pusat"] {
            assert_eq!(satker_by_slug(ri).map(|s| s.domain()).as_deref(), Some("kpu.go.id"));
        }
        assert_eq!(satker_by_slug("ri").map(usable_slug), Some("ri"));
        // A slug the naming pattern once gave still finds the satker.
        let sidrap = satker_by_slug("kab-sidenrengrappang").unwrap();
        assert_eq!(sidrap.domain(), "kab-sidrap.kpu.go.id");
    }

    /// Every host seen at a real address is a gazetteer slug (the survey's evidence,
    /// `rules/satker-hosts-seen.tsv`), but the one host that is not a satker.
    #[test]
    fn hosts_seen_at_real_addresses_are_gazetteer_slugs() {
        let seen = include_str!("../../rules/satker-hosts-seen.tsv");
        let hosts: Vec<&str> = seen
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            .filter_map(|l| l.split('\t').next())
            .collect();
        assert_eq!(hosts.len(), 103);
        for host in hosts.into_iter().filter(|h| *h != "jdih.kpu.go.id") {
            let slug = host.strip_suffix(".kpu.go.id").unwrap_or_default();
            assert!(satker_by_slug(slug).is_some(), "{host} is not in the gazetteer");
        }
    }

    #[test]
    fn infers_the_office_named_most() {
        let slug = |text| infer_satker(text).map(|s| s.slug.as_str());
        let text = "Komisi Pemilihan Umum (KPU) Kota Semarang melapor kepada KPU Provinsi Jawa Tengah. (awh/ed. Foto: rap/KPU Kota Semarang)";
        assert_eq!(slug(text), Some("kota-semarang"));
        // A name must end where the office's name ends; a tie decides nothing.
        assert_eq!(slug("KPU Kabupaten Kendalan"), None);
        assert_eq!(slug("KPU Kabupaten Kendal dan KPU Kabupaten Batang"), None);
        assert_eq!(slug("KPU RI menggelar rapat"), None);
    }

    #[test]
    fn search_ignores_case_accents_and_hyphens() {
        let slugs = |query| search_satker(query).map(|s| s.slug.as_str()).collect::<Vec<_>>();
        // Semarang is also the seat of KPU Jawa Tengah.
        assert_eq!(slugs("SEMARANG"), ["jateng", "kab-semarang", "kota-semarang"]);
        assert_eq!(slugs("Kota Semarang"), ["kota-semarang"]);
        assert_eq!(slugs("kota-semarang.kpu.go.id"), ["kota-semarang"]);
        assert_eq!(slugs("kendál"), ["kab-kendal"]);
        assert_eq!(slugs("KPU RI"), [""]);
        assert!(slugs("antah berantah").is_empty());
    }
}
