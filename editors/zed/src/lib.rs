//! A Zed extension that starts `siaran lsp` (found on the `PATH` of the project's
//! shell) for Markdown and plain-text documents. Zed starts only the language servers
//! an extension declares; all the work is the server's. Settings under
//! `lsp.siaran.initialization_options` in Zed's settings.json reach the server as its
//! client settings (`lang`, `spell`, `date`, `docsUrl`).

use zed_extension_api::{self as zed, settings::LspSettings, LanguageServerId, Result, Worktree};

struct Siaran;

impl zed::Extension for Siaran {
    fn new() -> Self {
        Siaran
    }

    fn language_server_command(&mut self, _id: &LanguageServerId, worktree: &Worktree) -> Result<zed::Command> {
        let command = worktree
            .which("siaran")
            .ok_or("siaran is not on PATH: build it from a siaran checkout with `cargo install --path .`")?;
        Ok(zed::Command {
            command,
            args: vec!["lsp".to_string()],
            env: worktree.shell_env(),
        })
    }

    fn language_server_initialization_options(
        &mut self,
        id: &LanguageServerId,
        worktree: &Worktree,
    ) -> Result<Option<zed::serde_json::Value>> {
        let settings = LspSettings::for_worktree(id.as_ref(), worktree)?;
        Ok(settings.initialization_options)
    }
}

zed::register_extension!(Siaran);
