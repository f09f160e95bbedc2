//! `dateline/domain-misspelt`: with no satker configured, a dateline domain that no
//! satker has but one satker's domain nearly matches (`kota-smrang.kpu.go.id`).

use std::sync::LazyLock;

use crate::diagnostic::{Edit, Fix};
use crate::findings::Findings;
use crate::house;
use crate::lexicon::WordSet;
use crate::rules::{declare_rule, Context, Rule};

declare_rule! {
    pub struct DomainMisspelt;
    id: "dateline/domain-misspelt",
    severity: Warning,
    fix: Always,
    default_enabled: true,
    summary: (
        "Domain dateline yang mirip domain satker tetapi salah ketik",
        "Dateline domain that nearly matches a satker's but is misspelt",
    ),
    what: (
        "Daftar satker siaran (`rules/regions.toml`) memuat domain laman setiap KPU provinsi, kabupaten dan kota. Bila satker tidak dikonfigurasi dan domain dateline tidak ada dalam daftar itu, tetapi hanya berbeda satu atau dua huruf dari domain satker (`kota-smrang.kpu.go.id`), domain terdekat disarankan; bila dua sama dekat, satker yang paling sering disebut siaran atau kota dateline yang memutuskan. Domain yang jauh dari semua domain satker tidak dilaporkan. Dengan satker yang dikonfigurasi, `dateline/domain-satker` yang memeriksa.",
        "siaran's satker list (`rules/regions.toml`) holds the web domain of every KPU province, kabupaten and kota. With no satker configured, a dateline domain that is not in the list but is one or two letters from a satker's domain (`kota-smrang.kpu.go.id`) gets the nearest domain suggested; when two are as near, the office the release names most or the dateline city decides. A domain far from every satker's is not reported. With a configured satker, `dateline/domain-satker` checks instead.",
    ),
    why: (
        "Domain yang salah ketik mengarahkan pembaca ke laman yang tidak ada; domain yang hanya berbeda satu atau dua huruf dari domain satker hampir pasti salah ketik.",
        "A misspelt domain sends readers to a site that does not exist; a domain one or two letters from a satker's is almost surely a typo.",
    ),
    fix_safety: (
        "Perbaikan tidak aman: periksa alamat laman satker.",
        "Unsafe fix: check the satker's web address.",
    ),
    // The example runner configures a satker, which this rule leaves to
    // `dateline/domain-satker`; `tests/fixtures/dateline/` has releases without one.
    examples: [],
    messages: {
        MESSAGE = (
            "Domain '{found}' bukan domain satker KPU mana pun; mungkin salah ketik dari '{expected}'",
            "'{found}' is no KPU satker's domain; perhaps a typo for '{expected}'",
        ),
        FIX = ("Ganti dengan '{expected}'", "Replace with '{expected}'"),
    },
}

/// Hosts under `kpu.go.id` that are not satker sites, so never a typo: `jdih` is KPU's
/// legal-documents portal (seen at real addresses, December 2026; see
/// `rules/satker-hosts-seen.tsv`). The slugs the gazetteer's naming pattern once gave
/// are `former_slugs` there and find their satker.
const OTHER_HOSTS: &[&str] = &["jdih"];

impl Rule for DomainMisspelt {
    fn check(&self, cx: &Context<'_>, out: &mut Findings) {
        let Some(domain) = cx.doc.dateline.as_ref().and_then(|d| d.domain.as_ref()) else {
            return;
        };
        let Some(satker) = meant(cx) else {
            return;
        };
        let expected = satker.domain();
        let found = cx.doc.text(domain.host);
        let args = [("found", found), ("expected", expected.as_str())];
        let fix = Fix::unsafe_(
            cx.text(&FIX, &args),
            vec![Edit::replace(domain.host, expected.as_str())],
        );
        out.push(cx.finding(&META, domain.host, &MESSAGE, &args).with_fix(fix));
    }
}

/// The satker whose domain the dateline misspells, when no satker is configured and
/// the domain is no satker's. `dateline/domain-malformed` leaves such a domain to this
/// rule, whose fix writes it right in every respect (one problem, one finding).
pub(super) fn meant(cx: &Context<'_>) -> Option<&'static house::Satker> {
    if cx.configured_satker().is_some() {
        return None;
    }
    let dateline = cx.doc.dateline.as_ref()?;
    let slug = dateline.domain.as_ref()?.slug.as_str();
    if slug.is_empty() || OTHER_HOSTS.contains(&slug) || house::satker_by_slug(slug).is_some() {
        return None;
    }
    let near = near(slug);
    // Nothing near: what the release says about its satker cannot change that, and
    // finding it out (the office named most, the dateline city) costs more than all
    // else here.
    if near.is_empty() {
        return None;
    }
    let inferred = house::infer_satker(cx.doc.source);
    let city = dateline.city.map(|c| cx.doc.text(c).to_lowercase());
    let some_seat = |city: &str| SEATS_AND_NAMES.contains(city);
    let points_to = |s: &house::Satker| match (inferred, &city) {
        (Some(inferred), _) => inferred.slug == s.slug,
        (None, Some(city)) => is_city_of(s, city),
        (None, None) => false,
    };
    let evidence = Evidence {
        any: inferred.is_some() || city.as_deref().is_some_and(some_seat),
        points_to: &points_to,
    };
    decide(&near, &evidence)
}

/// Every satker's seat and region name in lower case: the cities that name some satker.
static SEATS_AND_NAMES: LazyLock<WordSet<String>> = LazyLock::new(|| {
    house::all_satker()
        .iter()
        .flat_map(|s| [s.seat.to_lowercase(), s.name.to_lowercase()])
        .collect()
});

/// What the release says about its satker: whether it names one at all (its office, or
/// a dateline city that is some satker's seat or region), and whether it points to one.
struct Evidence<'a> {
    any: bool,
    points_to: &'a dyn Fn(&house::Satker) -> bool,
}

/// `city` (in lower case) is the satker's seat or its region's name.
fn is_city_of(s: &house::Satker, city: &str) -> bool {
    s.seat.to_lowercase() == city || s.name.to_lowercase() == city
}

/// The satker whose slug `slug` may misspell: those within two edits (one for short
/// slugs), nearest first.
fn near(slug: &str) -> Vec<(usize, &'static house::Satker)> {
    let limit = if slug.chars().count() < 8 { 1 } else { 2 };
    let mut near = house::slugs_within(slug, limit);
    near.sort_by_key(|(distance, _)| *distance);
    near
}

/// The satker a slug misspells, of those `near` it: the one the release points to
/// (the office it names most, else the one whose seat or name is the dateline city);
/// nothing when the release points to none of them; when it says nothing, the single
/// nearest (`None` on a tie).
fn decide(near: &[(usize, &'static house::Satker)], evidence: &Evidence<'_>) -> Option<&'static house::Satker> {
    let pointed: Vec<_> = near.iter().filter(|(_, s)| (evidence.points_to)(s)).collect();
    match (pointed.as_slice(), near) {
        ([(_, one)], _) => Some(one),
        // The release points elsewhere (another office, a city that is no candidate's):
        // a near slug would only be a guess.
        _ if evidence.any => None,
        (_, [(_, one)]) => Some(one),
        (_, [(a, one), (b, _), ..]) if a < b => Some(one),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::{decide, near, Evidence};
    use crate::house::Satker;

    fn nearest(slug: &str, evidence: &Evidence<'_>) -> Option<&'static Satker> {
        decide(&near(slug), evidence)
    }

    #[test]
    fn the_one_nearest_slug() {
        let nothing = |_: &Satker| false;
        let silent = Evidence {
            any: false,
            points_to: &nothing,
        };
        let slug = |s| nearest(s, &silent).map(|s| s.slug.as_str());
        assert_eq!(slug("kab-kendl"), Some("kab-kendal"));
        assert_eq!(slug("kab-antahberantah"), None);
        // Short slugs allow one edit only.
        assert_eq!(slug("jatemg"), Some("jateng"));
        assert_eq!(slug("jtmg"), None);
        // `kota-serang` is one edit from `kota-smrang`, `kota-semarang` two: the
        // release decides.
        assert_eq!(slug("kota-smrang"), Some("kota-serang"));
        let semarang = |s: &Satker| s.seat == "Semarang";
        let named = Evidence {
            any: true,
            points_to: &semarang,
        };
        assert_eq!(
            nearest("kota-smrang", &named).map(|s| s.slug.as_str()),
            Some("kota-semarang")
        );
        // A release of another office: a near slug would only be a guess.
        let elsewhere = Evidence {
            any: true,
            points_to: &nothing,
        };
        assert!(nearest("kab-kendl", &elsewhere).is_none());
    }
}
