//! House data: the gazetteer of KPU satker (`rules/regions.toml`), embedded in the
//! binary and parsed once, on first use.

use std::sync::LazyLock;

use serde::Deserialize;

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

/// The satker with this slug, if the gazetteer has it.
pub fn satker_by_slug(slug: &str) -> Option<&'static Satker> {
    SATKER.iter().find(|s| s.slug == slug)
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
    }
}
