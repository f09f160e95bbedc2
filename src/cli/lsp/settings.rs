//! What a client may set: message language, dictionary spelling, a fallback publication
//! date, and where rule pages live. Sent as `initializationOptions` and again with
//! `workspace/didChangeConfiguration` (either bare or under a `siaran` key, as VS Code
//! sends section settings).

use jiff::civil::Date;
use serde::Deserialize;
use siaran::{Choices, Lang};

#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct ClientSettings {
    /// `id` or `en`, as `--lang`; beats `lang` in siaran.toml.
    pub lang: Option<String>,
    /// Dictionary spelling, as `--spell`.
    pub spell: bool,
    /// `YYYY-MM-DD`: the publication date of a release whose front matter and file name
    /// give none (instead of today).
    pub date: Option<String>,
    /// Base address of the rule pages (`<docsUrl>/<family>/<name>.md`).
    pub docs_url: Option<String>,
}

impl ClientSettings {
    /// Settings from a client's JSON; a value that is not an object of known shape is a
    /// problem to show the user, and the defaults apply meanwhile.
    pub fn from_json(value: Option<&serde_json::Value>) -> Result<Self, String> {
        let Some(value) = value.filter(|v| !v.is_null()) else {
            return Ok(ClientSettings::default());
        };
        let value = value.get("siaran").unwrap_or(value);
        let settings: ClientSettings = serde_json::from_value(value.clone()).map_err(|e| e.to_string())?;
        settings.lang()?;
        settings.date()?;
        Ok(settings)
    }

    pub fn lang(&self) -> Result<Option<Lang>, String> {
        self.lang.as_deref().map(str::parse).transpose()
    }

    pub fn date(&self) -> Result<Option<Date>, String> {
        self.date
            .as_deref()
            .map(|d| {
                siaran::pubdate::parse_date_prefix(d)
                    .filter(|_| d.len() == 10)
                    .ok_or_else(|| format!("'{d}' is not a date in the form YYYY-MM-DD"))
            })
            .transpose()
    }

    /// What these settings say on top of any siaran.toml, as the command line would.
    pub fn choices(&self) -> Choices {
        Choices {
            lang: self.lang().ok().flatten(),
            spell: self.spell,
            ..Choices::default()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn bare_or_under_a_section_and_validated() {
        let bare = ClientSettings::from_json(Some(&json!({ "lang": "en", "date": "2025-10-27" }))).unwrap();
        let nested =
            ClientSettings::from_json(Some(&json!({ "siaran": { "lang": "en", "date": "2025-10-27" } }))).unwrap();
        assert_eq!(bare, nested);
        assert_eq!(bare.choices().lang, Some(Lang::En));
        assert!(ClientSettings::from_json(Some(&json!({ "lang": "fr" }))).is_err());
        assert!(ClientSettings::from_json(Some(&json!({ "date": "27/10/2025" }))).is_err());
        assert!(ClientSettings::from_json(Some(&json!({ "spell": "yes" }))).is_err());
        assert_eq!(ClientSettings::from_json(None), Ok(ClientSettings::default()));
    }
}
