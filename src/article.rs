//! Articles held by tools as records (a CMS row, a JSON object) rather than files.

use serde::{Deserialize, Serialize};

use crate::document::{MetaValue, Metadata};

/// Declares the front matter keys siaran knows once: each becomes a field of
/// [`Article`], an entry of [`KEYS`] and, when set, an entry of [`Article::metadata`].
/// A key is `text` (a string), `list` (strings) or `flag` (a boolean whose value no rule
/// reads).
macro_rules! front_matter_keys {
    ($($(#[$doc:meta])* $kind:ident $key:ident,)*) => {
        /// A release with its metadata, as a tool holds it. Field names follow the
        /// Hugo/Jekyll front matter keys; the body is the release text without front matter.
        #[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize, Serialize)]
        #[serde(deny_unknown_fields)]
        pub struct Article {
            /// The release text, without front matter.
            pub body: String,
            $($(#[$doc])* #[serde(default)] pub $key: front_matter_keys!(@type $kind),)*
        }

        /// Front matter keys siaran knows (Hugo/Jekyll compatible), in this order.
        pub const KEYS: &[&str] = &[$(stringify!($key)),*];

        impl Article {
            /// The article's fields that are set, as metadata entries, in [`KEYS`] order.
            pub fn metadata(&self) -> Metadata {
                let mut entries = Vec::new();
                $(
                    if let Some(value) = front_matter_keys!(@value $kind, &self.$key) {
                        entries.push((stringify!($key).to_string(), value));
                    }
                )*
                Metadata::external(entries)
            }
        }
    };
    (@type text) => { Option<String> };
    (@type list) => { Vec<String> };
    (@type flag) => { Option<bool> };
    (@value text, $field:expr) => { $field.as_ref().map(|v| MetaValue::Text(v.clone())) };
    (@value list, $field:expr) => { (!$field.is_empty()).then(|| MetaValue::List($field.clone())) };
    (@value flag, $field:expr) => { $field.map(|_| MetaValue::Other) };
}

front_matter_keys! {
    /// The headline.
    text title,
    /// `YYYY-MM-DD` or RFC 3339.
    text date,
    /// Initials of the writer, as in the credit tail.
    text author,
    /// Initials of the editor.
    text editor,
    /// Initials of the photographer.
    text photographer,
    /// The satker slug (`kota-semarang`).
    text satker,
    /// Tags, checked against `[meta] tags` when set.
    list tags,
    /// Categories, checked against `[meta] categories` when set.
    list categories,
    /// The page's slug.
    text slug,
    /// The page's summary.
    text description,
    /// Whether the page is a draft.
    flag draft,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_set_field_is_a_metadata_entry_under_its_key() {
        let article = Article {
            title: Some("Judul".into()),
            tags: vec!["pemilu".into()],
            draft: Some(false),
            ..Default::default()
        };
        let metadata = article.metadata();
        assert_eq!(metadata.text("title"), Some("Judul"));
        assert_eq!(
            metadata.get("tags").map(|e| &e.value),
            Some(&MetaValue::List(vec!["pemilu".into()]))
        );
        assert_eq!(metadata.get("draft").map(|e| &e.value), Some(&MetaValue::Other));
        assert!(metadata.get("date").is_none());
        assert_eq!(KEYS.len(), 11);
        assert!(KEYS.contains(&"photographer"));
    }
}
