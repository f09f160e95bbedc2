//! siaran compiled to WebAssembly. These exports take and return strings (JSON for
//! structured values); the JavaScript wrapper in `wasm/js/` parses them and gives the
//! documented API (`lint`, `fix`, `rules`, `explain`, `satker`, `docxText`). JSON keeps the glue
//! small and the whole API testable in Rust (see `api.rs`).

mod api;
mod catalog;
mod findings;
mod gazetteer;
mod options;
mod utf16;

use wasm_bindgen::prelude::*;

fn js_error(message: String) -> JsError {
    JsError::new(&message)
}

/// Findings on `text` as a JSON array; `options` is JSON (`{today, date, satker, lang,
/// markdown}`).
#[wasm_bindgen]
pub fn lint(text: &str, options: &str) -> Result<String, JsError> {
    api::lint(text, options).map_err(js_error)
}

/// `text` with its fixes applied; `options` as for `lint`, plus `unsafe`.
#[wasm_bindgen]
pub fn fix(text: &str, options: &str) -> Result<String, JsError> {
    api::fix(text, options).map_err(js_error)
}

/// Every rule as a JSON array, summaries in `lang` (`id` or `en`; empty: `id`).
#[wasm_bindgen]
pub fn rules(lang: &str) -> Result<String, JsError> {
    api::rules(lang).map_err(js_error)
}

/// One rule's documentation as JSON (`null` for an unknown id).
#[wasm_bindgen]
pub fn explain(id: &str, lang: &str) -> Result<String, JsError> {
    api::explain(id, lang).map_err(js_error)
}

/// Satker matching `query`, best first, at most `limit`, as a JSON array.
#[wasm_bindgen]
pub fn satker(query: &str, limit: usize) -> Result<String, JsError> {
    api::satker(query, limit).map_err(js_error)
}

/// The text of a Word document (`.docx` bytes), one line per paragraph; errors in `lang`.
#[wasm_bindgen(js_name = docxText)]
pub fn docx_text(bytes: &[u8], lang: &str) -> Result<String, JsError> {
    api::docx_text(bytes, lang).map_err(js_error)
}
