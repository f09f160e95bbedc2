//! `[[override]]` settings beat the global settings for the files they match.

use siaran::config::settings_from_toml;
use siaran::Severity;

/// The global entry names the rule; the override names its family, and still wins.
#[test]
fn an_override_beats_global_settings_of_its_files() {
    let text = "[rules.severity]\n\"dateline/separator\" = \"warning\"\n\"baku\" = \"error\"\n\
                [[override]]\nfiles = [\"arsip/**\"]\ndisable = [\"dateline\"]\n\
                [[override]]\nfiles = [\"arsip/2021/**\"]\nenable = [\"dateline/separator\"]\ndisable = [\"baku\"]\n";
    let s = settings_from_toml(text).unwrap();
    let sep = siaran::rule("dateline/separator").unwrap();
    let month = siaran::rule("baku/month").unwrap();
    let city = siaran::rule("dateline/city-case").unwrap();
    assert_eq!(s.severity_of(sep), Some(Severity::Warning));
    assert_eq!(s.for_path("arsip/rapat.txt").severity_of(sep), None);
    assert_eq!(s.for_path("arsip/rapat.txt").severity_of(city), None);
    assert_eq!(s.for_path("arsip/rapat.txt").severity_of(month), Some(Severity::Error));
    // A later override beats an earlier one; inside one, a rule id beats its family.
    let in_2021 = s.for_path("arsip/2021/rapat.txt");
    assert_eq!(in_2021.severity_of(sep), Some(Severity::Warning));
    assert_eq!(in_2021.severity_of(city), None);
    assert_eq!(
        in_2021.severity_of(month),
        None,
        "the family setting of a later layer wins"
    );
    // A file no override matches keeps the global settings.
    let elsewhere = s.for_path("2025/rapat.txt");
    assert_eq!(elsewhere.severity_of(sep), Some(Severity::Warning));
    assert_eq!(elsewhere.severity_of(month), Some(Severity::Error));
}
