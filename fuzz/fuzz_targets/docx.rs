//! siaran::docx::extract: a text of exactly one line per paragraph, or an error whose
//! message has no control character. The first byte picks the input's shape: odd, the
//! rest is a whole archive; even, the rest is word/document.xml (then, after a NUL byte,
//! word/styles.xml), packed here into a stored zip so that mutations reach the XML
//! reader instead of failing the archive's checksum.

#![no_main]

use std::io::{Cursor, Write};

fn pack(parts: &[(&str, &[u8])]) -> Vec<u8> {
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    for (name, bytes) in parts {
        zip.start_file(*name, options).expect("in-memory zip");
        zip.write_all(bytes).expect("in-memory zip");
    }
    zip.finish().expect("in-memory zip").into_inner()
}

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let Some((&shape, rest)) = data.split_first() else {
        return;
    };
    let archive = if shape & 1 == 1 {
        rest.to_vec()
    } else {
        match rest.iter().position(|&b| b == 0) {
            Some(i) => pack(&[("word/document.xml", &rest[..i]), ("word/styles.xml", &rest[i + 1..])]),
            None => pack(&[("word/document.xml", rest)]),
        }
    };
    match siaran::docx::extract(&archive) {
        Ok(docx) => {
            assert_eq!(docx.text.matches('\n').count(), docx.paragraphs.len());
            assert!(!docx.text.contains('\r'));
        }
        Err(e) => assert!(!e.to_string().chars().any(char::is_control), "{e}"),
    }
});
