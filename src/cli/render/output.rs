//! The main thread's side of rendering: the parts the workers rendered, written in input
//! order, and the close of the run.

use std::io::{self, BufWriter, IoSlice, Write};

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
    out: Box<dyn Write>,
    /// Whether a list format's opening has been written.
    opened: bool,
    first_lang: Option<Lang>,
}

/// Slices handed to one vectored write: Linux refuses more than 1024.
const MAX_SLICES: usize = 512;

impl<'r> Output<'r> {
    pub fn stdout(renderer: &'r dyn Renderer) -> Self {
        Output::to(renderer, unbuffered_stdout())
    }

    fn to(renderer: &'r dyn Renderer, out: Box<dyn Write>) -> Self {
        Output {
            renderer,
            out,
            opened: false,
            first_lang: None,
        }
    }

    /// Whether each part is to be written as soon as it comes (see
    /// [`Renderer::writes_each_file`]) rather than with the rest of its batch.
    pub fn writes_each_file(&self) -> bool {
        self.renderer.writes_each_file()
    }

    /// Writes the next releases' parts, in order. They go out as they are, a batch in one
    /// vectored write: copying them into a buffer first copied the whole output once more.
    pub fn parts(&mut self, parts: &[Part]) -> io::Result<()> {
        let mut slices = Vec::with_capacity(parts.len() + 1);
        for part in parts {
            self.first_lang.get_or_insert(part.lang);
            let mut bytes = part.bytes.as_slice();
            if let (Some(opening), Some((b',', items)), false) =
                (self.renderer.opening(), bytes.split_first(), self.opened)
            {
                slices.push(IoSlice::new(opening));
                self.opened = true;
                bytes = items;
            }
            if !bytes.is_empty() {
                slices.push(IoSlice::new(bytes));
            }
        }
        for chunk in slices.chunks_mut(MAX_SLICES) {
            write_all_vectored(&mut self.out, chunk)?;
        }
        Ok(())
    }

    /// Closes the run: the opening of an empty list, then what the format writes last.
    pub fn finish(self, summary: &Summary, lang: Lang, quiet: bool) -> io::Result<()> {
        let mut out = BufWriter::new(self.out);
        if let (Some(opening), false) = (self.renderer.opening(), self.opened) {
            out.write_all(opening)?;
        }
        self.renderer.finish(&mut out, summary, lang, self.first_lang, quiet)?;
        out.flush()
    }
}

/// Writes all of `slices`, however many calls that takes.
fn write_all_vectored(out: &mut dyn Write, mut slices: &mut [IoSlice<'_>]) -> io::Result<()> {
    while !slices.is_empty() {
        match out.write_vectored(slices) {
            Ok(0) => return Err(io::ErrorKind::WriteZero.into()),
            Ok(written) => IoSlice::advance_slices(&mut slices, written),
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
    Ok(())
}

/// Standard output without the standard library's line buffering, which looks for the
/// last newline in everything written: JSON output is one line of megabytes, so that
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

#[cfg(test)]
mod tests {
    use std::cell::RefCell;
    use std::rc::Rc;

    use super::*;

    /// What was written, readable after the output is finished.
    #[derive(Clone, Default)]
    struct Written(Rc<RefCell<Vec<u8>>>);

    impl Write for Written {
        fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
            // A few bytes at a time, as a pipe may take them.
            let n = buf.len().min(7);
            self.0.borrow_mut().extend_from_slice(&buf[..n]);
            Ok(n)
        }

        fn flush(&mut self) -> io::Result<()> {
            Ok(())
        }
    }

    fn part(bytes: &str) -> Part {
        Part {
            bytes: bytes.as_bytes().to_vec(),
            lang: Lang::En,
        }
    }

    fn run(batches: &[&[&str]]) -> String {
        let renderer = super::super::json::Json::new();
        let written = Written::default();
        let mut output = Output::to(&renderer, Box::new(written.clone()));
        for batch in batches {
            let parts: Vec<Part> = batch.iter().map(|b| part(b)).collect();
            output.parts(&parts).unwrap();
        }
        output.finish(&Summary::default(), Lang::Id, false).unwrap();
        let bytes = written.0.borrow().clone();
        let text = String::from_utf8(bytes).unwrap();
        text.split_once(",\"summary\"").unwrap().0.to_string()
    }

    #[test]
    fn the_first_item_opens_the_list_and_later_ones_follow_a_comma() {
        let opening = format!("{{\"version\":{},\"files\":[", siaran::json::VERSION);
        assert_eq!(run(&[]), format!("{opening}]"));
        assert_eq!(run(&[&[], &[""]]), format!("{opening}]"));
        assert_eq!(
            run(&[&["", ",{a}", ",{b},{c}"], &[",{d}"]]),
            format!("{opening}{{a}},{{b}},{{c}},{{d}}]")
        );
        // More parts than one vectored write takes.
        let many = vec![",{x}"; 3 * MAX_SLICES];
        let items = vec!["{x}"; 3 * MAX_SLICES].join(",");
        assert_eq!(run(&[&many]), format!("{opening}{items}]"));
    }
}
