//! The gazetteer of KPU offices searched for `satker(query)` (the page's picker).

use serde::Serialize;
use siaran::house::{self, Level, Satker};

#[derive(Debug, Serialize)]
pub struct SatkerHit {
    /// `kota-semarang`; empty for KPU RI.
    pub slug: &'static str,
    /// `KPU Kota Semarang`.
    pub institution: &'static str,
    pub name: &'static str,
    /// `pusat`, `provinsi`, `kabupaten` or `kota`.
    pub level: &'static str,
    /// The province's slug, for kabupaten and kota.
    pub province: Option<&'static str>,
    /// The usual dateline city.
    pub seat: &'static str,
    pub domain: String,
}

/// How well a satker matches: lower is better; `None` is no match.
fn rank(s: &Satker, query: &str) -> Option<u8> {
    let institution = s.institution.to_lowercase();
    let name = s.name.to_lowercase();
    if s.slug == query || name == query || institution == query {
        return Some(0);
    }
    let words = |text: &str| text.split([' ', '-']).any(|w| w.starts_with(query));
    if name.starts_with(query) || s.slug.starts_with(query) {
        return Some(1);
    }
    if words(&name) || words(&institution) || words(&s.slug) {
        return Some(2);
    }
    let anywhere = institution.contains(query)
        || s.slug.contains(query)
        || s.seat.to_lowercase().contains(query)
        || s.aliases.iter().any(|a| a.to_lowercase().contains(query));
    anywhere.then_some(3)
}

/// Satker matching `query` (case-insensitive: slug, name, institution, seat, aliases),
/// best first, at most `limit`. An empty query lists the gazetteer in its own order.
pub fn search(query: &str, limit: usize) -> Vec<SatkerHit> {
    let query = query.trim().to_lowercase();
    let mut hits: Vec<(u8, usize, &'static Satker)> = house::all_satker()
        .iter()
        .enumerate()
        .filter_map(|(i, s)| {
            let rank = if query.is_empty() { Some(0) } else { rank(s, &query) };
            rank.map(|r| (r, i, s))
        })
        .collect();
    hits.sort_by_key(|&(r, i, _)| (r, i));
    hits.into_iter().take(limit).map(|(_, _, s)| hit(s)).collect()
}

fn hit(s: &'static Satker) -> SatkerHit {
    SatkerHit {
        slug: &s.slug,
        institution: &s.institution,
        name: &s.name,
        level: match s.level {
            Level::Pusat => "pusat",
            Level::Provinsi => "provinsi",
            Level::Kabupaten => "kabupaten",
            Level::Kota => "kota",
        },
        province: s.province.as_deref(),
        seat: &s.seat,
        domain: s.domain(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn slugs(query: &str) -> Vec<&'static str> {
        search(query, 10).into_iter().map(|h| h.slug).collect()
    }

    #[test]
    fn finds_by_name_slug_and_institution_best_first() {
        // Kota Semarang and Kabupaten Semarang share the name; the exact slug wins.
        assert_eq!(slugs("kota-semarang")[0], "kota-semarang");
        let semarang = slugs("semarang");
        assert!(semarang.contains(&"kota-semarang") && semarang.contains(&"kab-semarang"));
        assert_eq!(slugs("KIP Aceh")[0], "kipaceh");
        let hit = &search("kota semarang", 1)[0];
        assert_eq!(
            (hit.institution, hit.level, hit.domain.as_str()),
            ("KPU Kota Semarang", "kota", "kota-semarang.kpu.go.id")
        );
    }

    #[test]
    fn limits_and_lists_all_on_empty_query() {
        assert_eq!(search("", 5).len(), 5);
        assert_eq!(search("", usize::MAX).len(), house::all_satker().len());
        assert_eq!(search("", 1)[0].institution, "KPU RI");
        assert!(search("antah berantah", 10).is_empty());
    }
}
