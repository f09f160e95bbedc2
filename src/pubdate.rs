//! The publication date, which resolves the year of `Senin (27/10)`-style dates.

use jiff::civil::Date;

use crate::document::Document;
use crate::message::Text;

/// Where the publication date came from; messages name it so a user can tell why a
/// year was chosen.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PubDateSource {
    /// `--date` on the command line (or the caller of the library).
    Given,
    /// The front matter `date` key.
    FrontMatter,
    /// A `YYYY-MM-DD` prefix of the file name.
    FileName,
    /// Nothing said otherwise: today.
    Today,
}

impl PubDateSource {
    /// How messages name this source.
    pub fn describe(self) -> &'static Text {
        const GIVEN: Text = Text::new("tanggal terbit yang diberikan", "publication date as given");
        const FRONT: Text = Text::new(
            "tanggal terbit dari `date` di front matter",
            "publication date from the front matter `date`",
        );
        const FILE: Text = Text::new("tanggal terbit dari nama berkas", "publication date from the file name");
        const TODAY: Text = Text::new(
            "tanggal terbit tidak diketahui, dipakai hari ini",
            "publication date unknown, today used",
        );
        match self {
            PubDateSource::Given => &GIVEN,
            PubDateSource::FrontMatter => &FRONT,
            PubDateSource::FileName => &FILE,
            PubDateSource::Today => &TODAY,
        }
    }
}

/// The publication date a release was checked against.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PubDate {
    /// The date.
    pub date: Date,
    /// Where it came from.
    pub source: PubDateSource,
}

/// Resolves the publication date: the given date, else the front matter `date`, else a
/// `YYYY-MM-DD` file-name prefix, else today.
pub fn resolve(given: Option<Date>, doc: &Document<'_>, path: Option<&str>, today: Date) -> PubDate {
    let found = given
        .map(|d| (d, PubDateSource::Given))
        .or_else(|| front_matter_date(doc).map(|d| (d, PubDateSource::FrontMatter)))
        .or_else(|| path.and_then(file_name_date).map(|d| (d, PubDateSource::FileName)));
    let (date, source) = found.unwrap_or((today, PubDateSource::Today));
    PubDate { date, source }
}

/// The date of a `YYYY-MM-DD` prefix of the file name (`2025-10-27-rapat.md`).
pub fn file_name_date(path: &str) -> Option<Date> {
    let name = path.rsplit(['/', '\\']).next()?;
    parse_date_prefix(name)
}

/// A `YYYY-MM-DD` date at the start of `text`, also when an RFC 3339 time follows.
pub fn parse_date_prefix(text: &str) -> Option<Date> {
    let head = text.get(..10)?;
    let well_formed = head.bytes().enumerate().all(|(i, b)| {
        if i == 4 || i == 7 {
            b == b'-'
        } else {
            b.is_ascii_digit()
        }
    });
    if !well_formed {
        return None;
    }
    head.parse().ok()
}

/// The front matter `date`, when it is a well-formed date (YYYY-MM-DD or RFC 3339).
fn front_matter_date(doc: &Document<'_>) -> Option<Date> {
    parse_date_prefix(doc.metadata.as_ref()?.text("date")?.trim())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::SourceKind;

    fn today() -> Date {
        Date::new(2026, 11, 28).unwrap()
    }

    #[test]
    fn precedence() {
        let src = "---\ndate: 2024-09-16\n---\n# Judul\n";
        let doc = Document::parse(src, SourceKind::Markdown);
        let given = Date::new(2025, 1, 2).ok();
        assert_eq!(resolve(given, &doc, None, today()).source, PubDateSource::Given);
        let p = resolve(None, &doc, Some("2023-01-01-x.md"), today());
        assert_eq!(
            (p.date, p.source),
            (Date::new(2024, 9, 16).unwrap(), PubDateSource::FrontMatter)
        );
        let plain = Document::parse("Judul\n", SourceKind::Text);
        let p = resolve(None, &plain, Some("arsip/2023-01-05-rapat.txt"), today());
        assert_eq!(
            (p.date, p.source),
            (Date::new(2023, 1, 5).unwrap(), PubDateSource::FileName)
        );
        assert_eq!(
            resolve(None, &plain, Some("rapat.txt"), today()).source,
            PubDateSource::Today
        );
    }

    #[test]
    fn malformed_dates_are_not_dates() {
        assert_eq!(parse_date_prefix("14-08-2025"), None);
        assert_eq!(parse_date_prefix("2025-02-30"), None);
        assert!(parse_date_prefix("2025-08-14T09:00:00+07:00").is_some());
    }
}
