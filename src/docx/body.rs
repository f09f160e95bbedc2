//! `word/document.xml` to paragraphs of plain text: what Word displays with tracked changes
//! accepted (see the module docs of [`crate::docx`] for each construct).

use super::styles::Styles;
use super::xml::{Item, Name, Reader};
use super::{DocxError, MAX_PARAGRAPHS};

pub const PART: &str = "word/document.xml";

/// One paragraph as read.
#[derive(Debug, Default)]
pub struct Parsed {
    pub text: String,
    pub style: Option<String>,
    pub is_title: bool,
    pub in_table: bool,
}

/// Where a complex field (`w:fldChar`) is: its instruction is skipped, its result kept.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Field {
    Instruction,
    Result,
}

/// What to do with an element's content.
#[derive(PartialEq, Eq)]
enum Action {
    Descend,
    Skip,
}

pub fn parse(xml: &[u8], styles: &Styles) -> Result<Vec<Parsed>, DocxError> {
    let mut reader = Reader::new(PART, xml)?;
    let mut walk = Walk {
        styles,
        done: Vec::new(),
        current: None,
        mark_deleted: false,
        in_properties: false,
        in_text: false,
        tables: 0,
        fields: Vec::new(),
        in_instruction: 0,
    };
    // Depth inside an element whose content is skipped (0: not skipping).
    let mut skipping = 0usize;
    loop {
        match reader.next()? {
            Item::Open { empty, .. } if skipping > 0 => skipping += usize::from(!empty),
            Item::Close { .. } if skipping > 0 => skipping -= 1,
            Item::Text(_) if skipping > 0 => {}
            Item::Open { ns, tag, empty } => {
                let name = ns.name(tag.local_name().into_inner());
                let action = walk.open(name, |local| reader.attribute(&tag, local))?;
                match (action, empty) {
                    (Action::Skip, false) => skipping = 1,
                    (Action::Descend, true) => walk.close(name),
                    _ => {}
                }
            }
            Item::Close { ns, tag } => walk.close(ns.name(tag.local_name().into_inner())),
            Item::Text(text) => walk.text(&text),
            Item::End => break,
        }
        if walk.done.len() > MAX_PARAGRAPHS {
            return Err(DocxError::TooManyParagraphs { limit: MAX_PARAGRAPHS });
        }
    }
    walk.flush();
    Ok(walk.done)
}

struct Walk<'s> {
    styles: &'s Styles,
    done: Vec<Parsed>,
    /// The paragraph being read, open from `<w:p>` to `</w:p>` (or further, when its mark
    /// was deleted and it runs on into the next).
    current: Option<Parsed>,
    /// The current paragraph's mark is a tracked deletion.
    mark_deleted: bool,
    /// Inside `w:pPr`, the paragraph's properties.
    in_properties: bool,
    /// Inside `w:t`, whose character data is the text.
    in_text: bool,
    /// Tables open around the paragraph.
    tables: usize,
    /// Complex fields open, outermost first.
    fields: Vec<Field>,
    /// How many of them are in their instruction: text shows only when none is. A count,
    /// so that a hostile file nesting a million fields costs nothing per character.
    in_instruction: usize,
}

impl Walk<'_> {
    fn open(
        &mut self,
        name: Name,
        attribute: impl Fn(&str) -> Result<Option<String>, DocxError>,
    ) -> Result<Action, DocxError> {
        use Action::{Descend, Skip};
        let local = match name {
            Name::Word(local) => local,
            // Newer markup with a fallback: the fallback is what older readers show.
            Name::Compatibility("AlternateContent" | "Fallback") => return Ok(Descend),
            Name::Compatibility(_) | Name::Other => return Ok(Skip),
        };
        if self.in_properties {
            return Ok(match local {
                "pStyle" => {
                    let id = attribute("val")?;
                    if let Some(p) = &mut self.current {
                        p.is_title = id.as_deref().is_some_and(|id| self.styles.is_title(id));
                        p.style = id.map(|id| self.styles.name(&id));
                    }
                    Skip
                }
                // The paragraph mark's run properties say whether the mark was deleted.
                "rPr" => Descend,
                "del" | "moveFrom" => {
                    self.mark_deleted = true;
                    Skip
                }
                // Everything else, `w:pPrChange` (the properties before a tracked change)
                // among them, is formatting.
                _ => Skip,
            });
        }
        Ok(match local {
            "p" => {
                // A deleted mark joins this paragraph to the one before; a paragraph
                // opened inside another (only in broken files) ends it.
                if !self.mark_deleted {
                    self.flush();
                }
                self.mark_deleted = false;
                let p = self.current.get_or_insert_with(Parsed::default);
                p.in_table |= self.tables > 0;
                Descend
            }
            "pPr" => {
                self.in_properties = true;
                Descend
            }
            "tbl" => {
                self.tables += 1;
                Descend
            }
            "t" => {
                self.in_text = true;
                Descend
            }
            "tab" | "ptab" => self.push("\t"),
            // A line break inside a paragraph, or a page or column break: white space, so
            // that the paragraph stays one line.
            "br" | "cr" => self.push(" "),
            "noBreakHyphen" => self.push("-"),
            "sym" => {
                let symbol = attribute("char")?
                    .and_then(|hex| u32::from_str_radix(&hex, 16).ok())
                    .and_then(char::from_u32)
                    .filter(|c| !is_private_use(*c));
                if let Some(c) = symbol {
                    self.push(c.encode_utf8(&mut [0; 4]));
                }
                Skip
            }
            "fldChar" => {
                match attribute("fldCharType")?.as_deref() {
                    Some("begin") => {
                        self.fields.push(Field::Instruction);
                        self.in_instruction += 1;
                    }
                    Some("separate") => {
                        if let Some(last @ Field::Instruction) = self.fields.last_mut() {
                            *last = Field::Result;
                            self.in_instruction -= 1;
                        }
                    }
                    Some("end") => {
                        let closed = self.fields.pop();
                        self.in_instruction -= usize::from(closed == Some(Field::Instruction));
                    }
                    _ => {}
                }
                Skip
            }
            // Deleted text, field instructions, properties, and what is not running text:
            // notes, comments, drawings, text boxes, embedded objects, phonetic guides.
            "del" | "moveFrom" | "delText" | "instrText" | "delInstrText" | "rPr" | "sectPr" | "tblPr" | "tblGrid"
            | "trPr" | "tcPr" | "sdtPr" | "sdtEndPr" | "footnoteReference" | "endnoteReference"
            | "commentReference" | "annotationRef" | "drawing" | "pict" | "object" | "txbxContent" | "rt"
            | "background" | "softHyphen" => Skip,
            // Runs, insertions, hyperlinks, fields' results, content controls, rows,
            // cells and every other container: their text is shown.
            _ => Descend,
        })
    }

    fn close(&mut self, name: Name) {
        match name {
            Name::Word("p") if !self.mark_deleted => self.flush(),
            Name::Word("pPr") => self.in_properties = false,
            Name::Word("tbl") => self.tables = self.tables.saturating_sub(1),
            Name::Word("t") => self.in_text = false,
            _ => {}
        }
    }

    fn text(&mut self, text: &str) {
        if self.in_text {
            // A line break typed into the text itself would split the paragraph's line.
            if text.contains(['\n', '\r']) {
                self.push(&text.replace(['\n', '\r'], " "));
            } else {
                self.push(text);
            }
        }
    }

    /// Adds displayed text to the paragraph, unless it is a field's instruction or lies
    /// outside any paragraph.
    fn push(&mut self, text: &str) -> Action {
        if self.in_instruction == 0 {
            if let Some(p) = &mut self.current {
                p.text.push_str(text);
            }
        }
        Action::Skip
    }

    fn flush(&mut self) {
        self.done.extend(self.current.take());
        self.mark_deleted = false;
    }
}

/// Symbol fonts (Symbol, Wingdings) put their glyphs in the private use area: bullets and
/// arrows that are no text.
fn is_private_use(c: char) -> bool {
    matches!(c, '\u{e000}'..='\u{f8ff}')
}
