//! Articles held by tools as records (a CMS row, a JSON object) rather than files.

use serde::{Deserialize, Serialize};

use crate::document::{MetaValue, Metadata};

/// A release with its metadata, as a tool holds it. Field names follow the Hugo/Jekyll
/// front matter keys; the body is the release text without front matter.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Article {
    /// The headline.
    pub title: Option<String>,
    /// The release text, without front matter.
    pub body: String,
    /// `YYYY-MM-DD` or RFC 3339.
    pub date: Option<String>,
    /// Initials of the writer, as in the credit tail.
    pub author: Option<String>,
    /// Initials of the editor.
    pub editor: Option<String>,
    /// Initials of the photographer.
    pub photographer: Option<String>,
    /// The satker slug (`kota-semarang`).
    pub satker: Option<String>,
    /// Tags, checked against `[meta] tags` when set.
    #[serde(default)]
    pub tags: Vec<String>,
    /// Categories, checked against `[meta] categories` when set.
    #[serde(default)]
    pub categories: Vec<String>,
    /// The page's slug.
    pub slug: Option<String>,
    /// The page's summary.
    pub description: Option<String>,
    /// Whether the page is a draft.
    pub draft: Option<bool>,
}

impl Article {
    /// The article's fields as metadata entries, in front matter key order.
    pub fn metadata(&self) -> Metadata {
        let text = [
            ("title", &self.title),
            ("date", &self.date),
            ("author", &self.author),
            ("editor", &self.editor),
            ("photographer", &self.photographer),
            ("satker", &self.satker),
            ("slug", &self.slug),
            ("description", &self.description),
        ];
        let mut entries: Vec<(String, MetaValue)> = text
            .into_iter()
            .filter_map(|(k, v)| v.as_ref().map(|v| (k.to_string(), MetaValue::Text(v.clone()))))
            .collect();
        for (key, list) in [("tags", &self.tags), ("categories", &self.categories)] {
            if !list.is_empty() {
                entries.push((key.to_string(), MetaValue::List(list.clone())));
            }
        }
        if self.draft.is_some() {
            entries.push(("draft".to_string(), MetaValue::Other));
        }
        Metadata::external(entries)
    }
}
