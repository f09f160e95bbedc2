//! The main thread's side of rendering: the parts the workers rendered, written in input
//! order, and the close of the run.

use std::io::{self, BufWriter, Write};

use siaran::Lang;

use super::{Renderer, Summary};

/// What the output shows for one release, rendered on the worker that checked it.
pub struct Part {
    pub bytes: Vec<u8>,
    /// The language of the release's messages.
    pub lang: Lang,
}

/// Standard output as one format writes it.
pub struct Output<'r> {
    renderer: &'r dyn Renderer,
    out: BufWriter<Box<dyn Write>>,
    /// Whether a list format's opening has been written.
    opened: bool,
    first_lang: Option<Lang>,
}

impl<'r> Output<'r> {
    pub fn stdout(renderer: &'r dyn Renderer) -> Self {
        Output {
            renderer,
            out: BufWriter::with_capacity(1 << 16, unbuffered_stdout()),
            opened: false,
            first_lang: None,
        }
    }

    /// Writes the next release's part.
    pub fn part(&mut self, part: &Part) -> io::Result<()> {
        self.first_lang.get_or_insert(part.lang);
        let mut bytes = part.bytes.as_slice();
        if let (Some(opening), Some((b',', items))) = (self.renderer.opening(), bytes.split_first()) {
            if !self.opened {
                self.out.write_all(opening)?;
                self.opened = true;
                bytes = items;
            }
        }
        self.out.write_all(bytes)?;
        if self.renderer.writes_each_file() {
            self.out.flush()?;
        }
        Ok(())
    }

    /// Closes the run: the opening of an empty list, then what the format writes last.
    pub fn finish(mut self, summary: &Summary, lang: Lang, quiet: bool) -> io::Result<()> {
        if let (Some(opening), false) = (self.renderer.opening(), self.opened) {
            self.out.write_all(opening)?;
        }
        self.renderer
            .finish(&mut self.out, summary, lang, self.first_lang, quiet)?;
        self.out.flush()
    }
}

/// Standard output without the standard library's line buffering, which looks for the
/// last newline in every buffer written: JSON output is one line of megabytes, so that
/// search read all of it again. Elsewhere than on Unix, or when standard output cannot
/// be duplicated (it is closed), standard output as it is.
fn unbuffered_stdout() -> Box<dyn Write> {
    #[cfg(unix)]
    {
        use std::os::fd::AsFd;
        if let Ok(fd) = io::stdout().as_fd().try_clone_to_owned() {
            return Box::new(std::fs::File::from(fd));
        }
    }
    Box::new(io::stdout())
}
