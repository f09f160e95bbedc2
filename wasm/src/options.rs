//! The options JavaScript passes (`{date, satker, lang, markdown, unsafe}`), checked once
//! here and turned into what the library takes.

use serde::Deserialize;
use siaran::{Choices, Date, Lang, Settings, Text};

/// Options as the JavaScript wrapper sends them: JSON, with `today` added by the
/// wrapper (the library does no clock reading, and the user's today is the browser's).
#[derive(Debug, Default, Deserialize)]
#[serde(default, deny_unknown_fields, rename_all = "camelCase")]
pub struct RawOptions {
    /// `YYYY-MM-DD`: the publication date, when the writer knows it.
    pub date: Option<String>,
    /// The satker slug (`kota-semarang`).
    pub satker: Option<String>,
    /// `id` (default) or `en`.
    pub lang: Option<String>,
    /// The text is Markdown with front matter, as a `.md` file is.
    pub markdown: bool,
    /// `fix` also applies unsafe fixes.
    #[serde(rename = "unsafe")]
    pub unsafe_fixes: bool,
    /// `YYYY-MM-DD`, the last fallback for the publication date.
    pub today: Option<String>,
}

/// Checked options.
#[derive(Debug)]
pub struct Options {
    pub date: Option<Date>,
    pub today: Date,
    pub markdown: bool,
    pub unsafe_fixes: bool,
    pub settings: Settings,
}

impl Options {
    /// The name the library sees, which tells it how to parse the text.
    pub fn path(&self) -> Option<&'static str> {
        self.markdown.then_some("rilis.md")
    }
}

const BAD_JSON: Text = Text::new("opsi tidak valid: {error}", "invalid options: {error}");
const BAD_LANG: Text = Text::new(
    "bahasa '{lang}' tidak dikenal (pakai 'id' atau 'en')",
    "unknown language '{lang}' (use 'id' or 'en')",
);
const BAD_DATE: Text = Text::new(
    "{name} '{date}' bukan tanggal YYYY-MM-DD",
    "{name} '{date}' is not a YYYY-MM-DD date",
);
const NO_TODAY: Text = Text::new(
    "tanggal hari ini (today) tidak diberikan",
    "today's date (today) is missing",
);
const BAD_SATKER: Text = Text::new(
    "satker '{satker}' tidak dikenal{hint}",
    "unknown satker '{satker}'{hint}",
);
const HINT: Text = Text::new("; maksudnya '{slug}'?", "; did you mean '{slug}'?");

/// Parses the options JSON. Errors are in the language the options ask for, when that
/// much could be read, else in Bahasa Indonesia.
pub fn parse(json: &str) -> Result<Options, String> {
    let raw: RawOptions = if json.trim().is_empty() {
        RawOptions::default()
    } else {
        serde_json::from_str(json).map_err(|e| BAD_JSON.render(Lang::Id, &[("error", &e.to_string())]))?
    };
    let lang = match raw.lang.as_deref() {
        None | Some("") => Lang::default(),
        Some(other) => other
            .parse::<Lang>()
            .map_err(|_| BAD_LANG.render(Lang::Id, &[("lang", other)]))?,
    };
    let date_of = |name: &str, value: &str| {
        value
            .parse::<Date>()
            .map_err(|_| BAD_DATE.render(lang, &[("name", name), ("date", value)]))
    };
    let date = match raw.date.as_deref() {
        None | Some("") => None,
        Some(value) => Some(date_of("date", value)?),
    };
    let today = match raw.today.as_deref() {
        None | Some("") => return Err(NO_TODAY.render(lang, &[])),
        Some(value) => date_of("today", value)?,
    };
    let satker = match raw.satker.as_deref().map(str::trim) {
        None | Some("") => None,
        Some(slug) => {
            let slug = slug.to_lowercase();
            let Some(satker) = siaran::house::satker_by_slug(&slug) else {
                let hint = siaran::house::closest_slug(&slug)
                    .map(|s| HINT.render(lang, &[("slug", s)]))
                    .unwrap_or_default();
                return Err(BAD_SATKER.render(lang, &[("satker", &slug), ("hint", &hint)]));
            };
            Some(satker)
        }
    };
    Ok(Options {
        date,
        today,
        markdown: raw.markdown,
        unsafe_fixes: raw.unsafe_fixes,
        // The page's choices over the built-in house style, resolved as the command
        // line's are.
        settings: Settings::from_choices(&Choices {
            lang: Some(lang),
            satker,
            ..Choices::default()
        }),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_every_option() {
        let o = parse(
            r#"{"date":"2025-10-27","satker":" Kota-Semarang ","lang":"en","markdown":true,"unsafe":true,"today":"2025-11-01"}"#,
        )
        .unwrap();
        assert_eq!(o.date, Some(Date::new(2025, 10, 27).unwrap()));
        assert_eq!(o.today, Date::new(2025, 11, 1).unwrap());
        assert_eq!(o.settings.satker(), Some("kota-semarang"));
        assert_eq!(o.settings.lang(), Lang::En);
        assert!(o.markdown && o.unsafe_fixes);
        assert_eq!(o.path(), Some("rilis.md"));
    }

    #[test]
    fn defaults_are_indonesian_plain_text_safe_fixes() {
        let o = parse(r#"{"today":"2025-11-01"}"#).unwrap();
        assert_eq!(o.settings.lang(), Lang::Id);
        assert_eq!(
            (o.date, o.markdown, o.unsafe_fixes, o.path()),
            (None, false, false, None)
        );
    }

    #[test]
    fn bad_values_are_clear_errors_in_the_asked_language() {
        let err = |json| parse(json).unwrap_err();
        assert_eq!(
            err(r#"{"today":"2025-11-01","date":"27/10/2025"}"#),
            "date '27/10/2025' bukan tanggal YYYY-MM-DD"
        );
        assert_eq!(
            err(r#"{"today":"2025-11-01","satker":"kota-semarng","lang":"en"}"#),
            "unknown satker 'kota-semarng'; did you mean 'kota-semarang'?"
        );
        assert!(err(r#"{"today":"2025-11-01","lang":"jv"}"#).contains("'jv'"));
        assert!(err(r#"{"today":"2025-11-01","colour":1}"#).contains("colour"));
        assert!(err("{}").contains("today"));
    }
}
