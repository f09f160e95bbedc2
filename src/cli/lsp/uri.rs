//! Document addresses: `file:` URIs become paths (for configuration discovery and the
//! date in a file name); anything else (`untitled:`, a remote scheme) has no path.

use std::path::PathBuf;

use lsp_types::Uri;
use percent_encoding::percent_decode_str;

/// The local path of a `file:` URI, percent-decoded.
pub fn to_path(uri: &Uri) -> Option<PathBuf> {
    if !uri.scheme().is_some_and(|s| s.as_str().eq_ignore_ascii_case("file")) {
        return None;
    }
    let path = percent_decode_str(uri.path().as_str()).decode_utf8().ok()?.into_owned();
    // `file:///C:/x` on Windows: the path is `/C:/x`.
    #[cfg(windows)]
    let path = path
        .strip_prefix('/')
        .filter(|p| p.get(1..2) == Some(":"))
        .map_or(path.clone(), str::to_string);
    Some(PathBuf::from(path))
}

/// The name the library sees for a document: its path, or for a document without one
/// the last segment of its URI, with `.md` added when the client says it is Markdown (the
/// library tells Markdown from plain text by the name).
pub fn document_name(uri: &Uri, language_id: &str) -> String {
    if let Some(path) = to_path(uri) {
        return path.display().to_string();
    }
    let last = uri.path().as_str().rsplit('/').next().unwrap_or_default();
    let mut name = percent_decode_str(last).decode_utf8_lossy().into_owned();
    let markdown = [".md", ".markdown"].iter().any(|ext| name.ends_with(ext));
    if language_id == "markdown" && !markdown {
        name.push_str(".md");
    }
    name
}

/// A `file:` URI for a path, percent-encoding what a URI path may not hold.
pub fn from_path(path: &std::path::Path) -> Option<Uri> {
    // Everything but unreserved characters and the separator is encoded.
    const SEGMENT: &percent_encoding::AsciiSet = &percent_encoding::NON_ALPHANUMERIC
        .remove(b'/')
        .remove(b'-')
        .remove(b'.')
        .remove(b'_')
        .remove(b'~');
    let encoded = percent_encoding::utf8_percent_encode(&path.display().to_string(), SEGMENT).to_string();
    format!("file://{encoded}").parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_uris_decode_and_others_have_no_path() {
        let uri: Uri = "file:///tmp/rilis%20baru/2025-10-27-rapat.md".parse().unwrap();
        assert_eq!(
            to_path(&uri),
            Some(PathBuf::from("/tmp/rilis baru/2025-10-27-rapat.md"))
        );
        assert_eq!(
            from_path(&PathBuf::from("/tmp/rilis baru/é.md")).unwrap().as_str(),
            "file:///tmp/rilis%20baru/%C3%A9.md"
        );
        let untitled: Uri = "untitled:Untitled-1".parse().unwrap();
        assert_eq!(to_path(&untitled), None);
        assert_eq!(document_name(&untitled, "markdown"), "Untitled-1.md");
        assert_eq!(document_name(&untitled, "plaintext"), "Untitled-1");
    }
}
