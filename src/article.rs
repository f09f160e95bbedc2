//! Articles held by tools as records (a CMS row, a JSON object) rather than files.

use serde::Deserialize;

use crate::document::{MetaValue, Metadata};

/// A release with its metadata, as a tool holds it. Field names follow the Hugo/Jekyll
/// front matter keys; the body is the release text without front matter.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Article {
    pub title: Option<String>,
    pub body: String,
    /// `YYYY-MM-DD` or RFC 3339.
    pub date: Option<String>,
    pub author: Option<String>,
    pub editor: Option<String>,
    pub photographer: Option<String>,
    pub satker: Option<String>,
    #[serde(default)]
    pub tags: Vec<String>,
    #[serde(default)]
    pub categories: Vec<String>,
    pub slug: Option<String>,
    pub description: Option<String>,
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
