//! Paths as URIs, and where the documentation lives: one owner for the `file:` addresses
//! that SARIF, the language server and their links to the rule pages need.

use std::path::Path;

/// Every byte but RFC 3986's unreserved characters and the path separator is encoded, so
/// spaces, `#`, `%` and non-ASCII names make valid URIs.
const PATH: &percent_encoding::AsciiSet = &percent_encoding::NON_ALPHANUMERIC
    .remove(b'/')
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

/// `path` percent-encoded for use as a URI path (relative or absolute).
pub fn encode(path: &str) -> String {
    percent_encoding::utf8_percent_encode(path, PATH).to_string()
}

/// The `file://` URI of an absolute path.
pub fn of_path(path: &Path) -> String {
    format!("file://{}", encode(&path.display().to_string()))
}

/// The address of siaran's documentation (`docs/`): the folder of the source this binary
/// was built from, as a `file://` URI, so links work offline and match the binary's rules.
/// The project has no public address yet; when it has one, this is the one place to use it.
pub fn docs() -> String {
    of_path(&Path::new(env!("CARGO_MANIFEST_DIR")).join("docs"))
}

/// The page of one rule under [`docs`]`/rules/`: `<base>/<family>/<name>.md`, where
/// `base` is the rule pages' folder (a client may give another).
pub fn rule_page(base: &str, id: &str) -> String {
    format!("{}/{id}.md", base.trim_end_matches('/'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_are_percent_encoded_and_rule_pages_sit_under_the_docs() {
        assert_eq!(encode("arsip 2025/rilis#1é.md"), "arsip%202025/rilis%231%C3%A9.md");
        assert_eq!(
            of_path(Path::new("/srv/situs/rilis.txt")),
            "file:///srv/situs/rilis.txt"
        );
        assert!(docs().starts_with("file:///") && docs().ends_with("/docs"));
        assert_eq!(
            rule_page("file:///x/docs/rules/", "baku/month"),
            "file:///x/docs/rules/baku/month.md"
        );
    }
}
