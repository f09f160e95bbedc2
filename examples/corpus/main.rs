//! Writes a reproducible corpus of generated press releases for benchmarks and scale
//! tests, with `manifest.tsv` listing every injected error and the rule that must find it.
//!
//! ```sh
//! cargo run --release --example corpus -- --count 10000 --seed 42 --out /tmp/corpus
//! ```

mod generate;
mod mutations;
mod text;

use std::path::PathBuf;
use std::process::ExitCode;

const USAGE: &str = "usage: corpus [--count N] [--seed S] --out DIR";

fn main() -> ExitCode {
    let (mut count, mut seed, mut out) = (1000_usize, 42_u64, None::<PathBuf>);
    let mut args = std::env::args().skip(1);
    while let Some(flag) = args.next() {
        let value = args.next();
        let parsed = match (flag.as_str(), value) {
            ("--count", Some(v)) => v.parse().map(|v| count = v).is_ok(),
            ("--seed", Some(v)) => v.parse().map(|v| seed = v).is_ok(),
            ("--out", Some(v)) => {
                out = Some(PathBuf::from(v));
                true
            }
            _ => false,
        };
        if !parsed {
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    }
    let Some(out) = out else {
        eprintln!("{USAGE}");
        return ExitCode::from(2);
    };
    match generate::write(&out, count, seed) {
        Ok(bytes) => {
            eprintln!("{count} releases ({bytes} bytes) in {}", out.display());
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("corpus: {}: {e}", out.display());
            ExitCode::FAILURE
        }
    }
}
