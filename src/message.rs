//! User-facing text in Bahasa Indonesia and English.
//!
//! Every message is a [`Text`] constant defined once, beside the rule that uses it, with
//! both languages side by side and `{name}` placeholders. Rule logic never branches on
//! the language: it fills placeholders and the chosen language is picked here.

use serde::{Deserialize, Serialize};

/// The language of messages.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// Bahasa Indonesia, the default: the users are KPU humas staff.
    #[default]
    Id,
    /// English (`--lang en`).
    En,
}

impl std::str::FromStr for Lang {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "id" => Ok(Lang::Id),
            "en" => Ok(Lang::En),
            other => Err(format!("unknown language '{other}' (use 'id' or 'en')")),
        }
    }
}

/// A message template in both languages.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Text {
    /// The Bahasa Indonesia template.
    pub id: &'static str,
    /// The English template.
    pub en: &'static str,
}

impl Text {
    /// A template in both languages.
    pub const fn new(id: &'static str, en: &'static str) -> Self {
        Text { id, en }
    }

    /// The template in `lang`, placeholders unfilled.
    pub fn template(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::Id => self.id,
            Lang::En => self.en,
        }
    }

    /// The template in `lang` with every `{name}` replaced by its argument.
    pub fn render(&self, lang: Lang, args: &[(&str, &str)]) -> String {
        fill(self.template(lang), args)
    }

    /// Placeholder names in a template, in order of appearance.
    pub fn placeholders(template: &str) -> Vec<&str> {
        let mut names = Vec::new();
        let mut rest = template;
        while let Some(open) = rest.find('{') {
            let after = &rest[open + 1..];
            match after.find('}') {
                Some(close) => {
                    names.push(&after[..close]);
                    rest = &after[close + 1..];
                }
                None => break,
            }
        }
        names
    }
}

/// Runs for every finding: braces are found with `memchr` (a `char` pattern searched
/// them one character at a time), and the room taken up front fits every value, so the
/// message is never copied to grow.
fn fill(template: &str, args: &[(&str, &str)]) -> String {
    let values: usize = args.iter().map(|(_, v)| v.len()).sum();
    let mut out = String::with_capacity(template.len() + values);
    let mut rest = template;
    while let Some(open) = memchr::memchr(b'{', rest.as_bytes()) {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match memchr::memchr(b'}', after.as_bytes()) {
            Some(close) => {
                let name = &after[..close];
                match args.iter().find(|(k, _)| *k == name) {
                    Some((_, value)) => out.push_str(value),
                    None => {
                        out.push('{');
                        out.push_str(name);
                        out.push('}');
                    }
                }
                rest = &after[close + 1..];
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fills_placeholders_in_the_chosen_language() {
        const T: Text = Text::new("pemisah '{found}'", "separator '{found}'");
        assert_eq!(T.render(Lang::Id, &[("found", "-")]), "pemisah '-'");
        assert_eq!(T.render(Lang::En, &[("found", "–")]), "separator '–'");
        assert_eq!(Text::placeholders(T.id), vec!["found"]);
        // A placeholder without a value, a value used twice, a lone brace.
        const U: Text = Text::new("{a} {b} {a} { } x{", "");
        assert_eq!(U.render(Lang::Id, &[("a", "é")]), "é {b} é { } x{");
    }
}
