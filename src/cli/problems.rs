//! Problems (I/O, encoding, configuration) in the language of the run: Indonesian by
//! default, English with `--lang en` or `lang = "en"`. The English texts are the types'
//! `Display`; the Indonesian ones are here, beside the system and parser messages
//! (`No such file or directory`, `unknown field`) that siaran can say in Indonesian.

use siaran::Lang;

use super::config_files::ConfigFileError;
use super::dictionary::DictionaryLoadError;
use super::input::InputError;
use super::write::WriteError;

/// A problem that can be told in either language.
pub trait Problem: std::fmt::Display {
    /// The Indonesian text.
    fn indonesian(&self) -> String;

    fn render(&self, lang: Lang) -> String {
        match lang {
            Lang::En => self.to_string(),
            _ => self.indonesian(),
        }
    }
}

/// An operating-system error in Indonesian, for the kinds a linter meets.
pub fn io_error(e: &std::io::Error) -> String {
    use std::io::ErrorKind;
    match e.kind() {
        ErrorKind::NotFound => "berkas atau folder tidak ada".to_string(),
        ErrorKind::PermissionDenied => "tidak ada izin".to_string(),
        ErrorKind::IsADirectory => "sebuah folder, bukan berkas".to_string(),
        ErrorKind::AlreadyExists => "sudah ada".to_string(),
        ErrorKind::ReadOnlyFilesystem => "sistem berkas hanya-baca".to_string(),
        ErrorKind::StorageFull => "ruang penyimpanan penuh".to_string(),
        _ => format!("galat sistem: {e}"),
    }
}

impl Problem for InputError {
    fn indonesian(&self) -> String {
        match self {
            InputError::Io { path, source } => format!("{path}: {}", io_error(source)),
            InputError::Utf16 { path } => {
                format!("{path}: berkas berkode UTF-16; simpan ulang sebagai UTF-8")
            }
            InputError::TooLarge { path, limit } => {
                format!("{path}: lebih dari {limit} MB, terlalu besar untuk siaran pers; tidak diperiksa")
            }
            InputError::InvalidUtf8 { path, offset } => {
                format!("{path}: UTF-8 tidak sah pada bita ke-{offset}; simpan ulang sebagai UTF-8")
            }
            InputError::Walk { path, message } => format!("{path}: {message}"),
            InputError::Json { path, message } => format!("{path}: bukan artikel JSON: {message}"),
            InputError::Docx { path, source } => format!("{path}: {}", source.message(Lang::Id)),
        }
    }
}

impl Problem for WriteError {
    fn indonesian(&self) -> String {
        match self {
            WriteError::Changed { path } => {
                format!("{path}: tidak diperbaiki: berkas berubah selama diperiksa")
            }
            WriteError::Io { path, source } => format!("{path}: tidak diperbaiki: {}", io_error(source)),
        }
    }
}

impl Problem for ConfigFileError {
    fn indonesian(&self) -> String {
        match self {
            ConfigFileError::Io { path, source } => format!("{path}: {}", io_error(source)),
            ConfigFileError::Invalid { path, source } => format!(
                "{path}:{}:{}: {}",
                source.line,
                source.column,
                config_message(&source.message)
            ),
            ConfigFileError::Dictionary(DictionaryLoadError::Io { path, source }) => format!(
                "kamus ejaan {path} tidak dapat dibaca: {}\n  pasang paket Debian hunspell-id \
                 (`apt-get install hunspell-id`) atau atur `[spell] dictionary` di siaran.toml \
                 ke kamus Hunspell bahasa Indonesia",
                io_error(source)
            ),
            ConfigFileError::Dictionary(DictionaryLoadError::Invalid { path, source }) => {
                format!("{path}: bukan kamus Hunspell yang dapat dipakai: {source}")
            }
        }
    }
}

/// A configuration message (siaran's English) in `lang`.
pub fn message_in(message: &str, lang: Lang) -> String {
    match lang {
        Lang::En => message.to_string(),
        _ => config_message(message),
    }
}

/// A configuration message in Indonesian: siaran's own, and the TOML parser's usual
/// ones; anything else is quoted as the parser wrote it.
fn config_message(message: &str) -> String {
    let quoted = |prefix: &str| {
        message
            .strip_prefix(prefix)
            .map(|rest| rest.split(['\'', '`']).nth(1).unwrap_or_default().to_string())
    };
    let near = message
        .split_once("did you mean '")
        .and_then(|(_, rest)| rest.split('\'').next())
        .map(|near| format!("; maksudnya '{near}'?"))
        .unwrap_or_default();
    if let Some(name) = quoted("unknown rule or family ") {
        return format!("aturan atau keluarga '{name}' tidak dikenal{near}");
    }
    if let Some(name) = quoted("unknown satker ") {
        return format!("satker '{name}' tidak dikenal{near} (lihat `siaran satker`)");
    }
    if let Some(name) = quoted("unknown field ") {
        let known = message
            .split_once("expected ")
            .map_or(String::new(), |(_, k)| format!("; yang dikenal: {k}"));
        return format!("kunci `{name}` tidak dikenal{known}");
    }
    if let Some(rest) = message.strip_prefix("invalid file pattern: ") {
        return format!("pola berkas tidak sah: {rest}");
    }
    match message {
        "max-findings must be at least 1" => "max-findings paling sedikit 1".to_string(),
        _ => format!("konfigurasi tidak sah (pesan pengurai: \"{message}\")"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn problems_in_indonesian() {
        let e = InputError::InvalidUtf8 {
            path: "x.txt".into(),
            offset: 2,
        };
        assert_eq!(
            e.render(Lang::Id),
            "x.txt: UTF-8 tidak sah pada bita ke-2; simpan ulang sebagai UTF-8"
        );
        assert_eq!(
            e.render(Lang::En),
            "x.txt: invalid UTF-8 at byte 2; save the file as UTF-8"
        );
        let missing = InputError::Io {
            path: "y.txt".into(),
            source: std::io::Error::from(std::io::ErrorKind::NotFound),
        };
        assert_eq!(missing.render(Lang::Id), "y.txt: berkas atau folder tidak ada");
        for (english, indonesian) in [
            (
                "unknown rule or family 'datelin'; did you mean 'dateline'?",
                "aturan atau keluarga 'datelin' tidak dikenal; maksudnya 'dateline'?",
            ),
            (
                "unknown field `satkr`, expected `satker` or `staff`",
                "kunci `satkr` tidak dikenal; yang dikenal: `satker` or `staff`",
            ),
            (
                "unknown satker 'semarang'",
                "satker 'semarang' tidak dikenal (lihat `siaran satker`)",
            ),
        ] {
            assert_eq!(config_message(english), indonesian);
        }
    }
}
