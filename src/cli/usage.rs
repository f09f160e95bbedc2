//! Combinations of `check` options: each one either does something or is refused with
//! a message saying why (exit 2). An option that is silently ignored looks like it
//! worked: `--unsafe-fixes` without `--fix` fixed nothing and said nothing.

use siaran::Text;

use super::args::{CheckArgs, Format, InputFormat};

const NEEDS_STDIN: Text = Text::new(
    "{option} hanya berlaku bersama --stdin",
    "{option} only applies with --stdin",
);
const UNSAFE_WITHOUT_FIX: Text = Text::new(
    "--unsafe-fixes hanya berlaku bersama --fix, --fix-only atau --diff",
    "--unsafe-fixes only applies with --fix, --fix-only or --diff",
);
const FIX_JSON_INPUT: Text = Text::new(
    "--fix, --fix-only dan --diff memerlukan masukan teks, bukan --input-format json",
    "--fix, --fix-only and --diff need text input, not --input-format json",
);
const FORMAT_WITHOUT_FINDINGS: Text = Text::new(
    "--format tidak berlaku bersama {mode}: keluarannya {output}, bukan daftar temuan",
    "--format does not apply with {mode}: it prints {output}, not findings",
);
const STATISTICS_FORMAT: Text = Text::new(
    "--statistics hanya berlaku untuk format human dan concise (tabel temuan per aturan)",
    "--statistics only applies to the human and concise formats (a table of findings per rule)",
);
const DIFF: Text = Text::new("satu diff", "a diff");
const FIXED_TEXT: Text = Text::new("teks yang sudah diperbaiki", "the fixed text");
const NOTHING: Text = Text::new("kosong", "nothing");

/// The first combination of `args` that cannot work, as a message in the language of
/// `--lang` (Indonesian by default).
pub fn check(args: &CheckArgs) -> Result<(), String> {
    let lang = args.lang.unwrap_or_default();
    // Not clap's `requires`: a flag's default value counts as given there.
    if !args.stdin {
        let given = [
            ("--input-format", args.input_format.is_some()),
            ("--stdin-filename", args.stdin_filename.is_some()),
        ];
        if let Some((option, _)) = given.iter().find(|(_, given)| *given) {
            return Err(NEEDS_STDIN.render(lang, &[("option", option)]));
        }
    }
    if args.unsafe_fixes && !args.fixing() && !args.diff {
        return Err(UNSAFE_WITHOUT_FIX.render(lang, &[]));
    }
    if (args.fixing() || args.diff) && args.input_format() == InputFormat::Json {
        return Err(FIX_JSON_INPUT.render(lang, &[]));
    }
    if args.findings_hidden() {
        let (mode, output) = if args.diff {
            ("--diff", DIFF)
        } else if args.fix_only {
            ("--fix-only", NOTHING)
        } else {
            ("--stdin --fix", FIXED_TEXT)
        };
        if args.format.is_some() {
            return Err(FORMAT_WITHOUT_FINDINGS.render(lang, &[("mode", mode), ("output", output.template(lang))]));
        }
        if args.statistics {
            return Err(STATISTICS_FORMAT.render(lang, &[]));
        }
    }
    if args.statistics && !matches!(args.format(), Format::Human | Format::Concise) {
        return Err(STATISTICS_FORMAT.render(lang, &[]));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use clap::Parser;

    use super::super::args::{Cli, Command};

    fn refused(line: &str) -> Option<String> {
        let cli = Cli::try_parse_from(line.split(' ')).map_err(|e| e.to_string());
        match cli {
            Ok(Cli {
                command: Command::Check(args),
            }) => super::check(&args).err(),
            Ok(_) => None,
            Err(clap) => Some(clap),
        }
    }

    #[test]
    fn combinations_that_would_be_ignored_are_refused() {
        for line in [
            "siaran check --unsafe-fixes a.txt",
            "siaran check --input-format json a.txt",
            "siaran check --input-format text",
            "siaran check --stdin-filename b.txt a.txt",
            "siaran check --stdin --input-format json --fix",
            "siaran check --diff --format json a.txt",
            "siaran check --stdin --fix --format concise",
            "siaran check --fix-only --format json a.txt",
            "siaran check --fix-only --diff a.txt",
            "siaran check --statistics --format json a.txt",
            "siaran check --statistics --diff a.txt",
        ] {
            assert!(refused(line).is_some(), "{line} is accepted");
        }
        for line in [
            "siaran check --fix --unsafe-fixes a.txt",
            "siaran check --diff --unsafe-fixes a.txt",
            "siaran check --fix-only --unsafe-fixes a.txt",
            "siaran check --stdin --input-format json --format json",
            "siaran check --fix --format concise a.txt",
            "siaran check --statistics --format concise a.txt",
            "siaran check --exit-zero --format sarif a.txt",
        ] {
            assert_eq!(refused(line), None, "{line}");
        }
        let message = refused("siaran check --lang en --diff --format json a.txt");
        assert_eq!(
            message.as_deref(),
            Some("--format does not apply with --diff: it prints a diff, not findings")
        );
    }
}
