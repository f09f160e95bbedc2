//! `word/styles.xml`: paragraph style names by style id. Paragraphs refer to their style
//! by id, which a localized Word may translate (`Judul`); the style's name stays English
//! for built-in styles, so the *Title* style is recognised by name.

use std::collections::HashMap;

use super::xml::{Item, Name, Reader};
use super::DocxError;

pub const PART: &str = "word/styles.xml";

/// The built-in style that marks a headline.
const TITLE: &str = "Title";

#[derive(Debug, Default)]
pub struct Styles {
    names: HashMap<String, String>,
}

impl Styles {
    /// The style's name, or its id when the document does not define it.
    pub fn name(&self, id: &str) -> String {
        self.names.get(id).cloned().unwrap_or_else(|| id.to_string())
    }

    pub fn is_title(&self, id: &str) -> bool {
        self.name(id).eq_ignore_ascii_case(TITLE)
    }
}

pub fn parse(xml: &[u8]) -> Result<Styles, DocxError> {
    let mut reader = Reader::new(PART, xml)?;
    let mut names = HashMap::new();
    // The paragraph style being read, by id.
    let mut style: Option<String> = None;
    loop {
        match reader.next()? {
            Item::Open { ns, tag, .. } => match ns.name(tag.local_name().into_inner()) {
                Name::Word("style") => {
                    let paragraph = reader.attribute(&tag, "type")?.is_none_or(|t| t == "paragraph");
                    style = reader.attribute(&tag, "styleId")?.filter(|_| paragraph);
                }
                Name::Word("name") => {
                    if let (Some(id), Some(name)) = (style.take(), reader.attribute(&tag, "val")?) {
                        names.insert(id, name);
                    }
                }
                _ => {}
            },
            Item::Close { ns, tag } if ns.name(tag.local_name().into_inner()) == Name::Word("style") => style = None,
            Item::End => break,
            _ => {}
        }
    }
    Ok(Styles { names })
}
