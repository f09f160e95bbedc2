//! Positions in each encoding a client may choose, on a line where `—`, `“ ”`, `é` and
//! an emoji come before the finding: 45 characters, 46 UTF-16 units, 57 UTF-8 bytes.

use lsp_types::{Position, PositionEncodingKind, Range};

use super::{capabilities, spans, Client, RELEASE};

fn praktek_range(client: &mut Client, uri: &lsp_types::Uri) -> Range {
    let diagnostics = client.pull(uri);
    let baku = diagnostics
        .iter()
        .find(|d| spans(std::slice::from_ref(d))[0].0 == "baku/non-standard-word")
        .expect("the praktek finding");
    baku.range
}

#[test]
fn each_encoding_is_negotiated_and_counted() {
    let cases = [
        (&["utf-16", "utf-8"][..], PositionEncodingKind::UTF8, 57, 64),
        (&["utf-16"][..], PositionEncodingKind::UTF16, 46, 53),
        (&["utf-32", "utf-16"][..], PositionEncodingKind::UTF32, 45, 52),
        (&[][..], PositionEncodingKind::UTF16, 46, 53),
    ];
    for (offered, chosen, start, end) in cases {
        let mut client = Client::start(capabilities(true, offered), None);
        assert_eq!(client.initialized.capabilities.position_encoding, Some(chosen.clone()));
        let uri = client.open("2025-10-14-rapat.txt", RELEASE);
        let range = praktek_range(&mut client, &uri);
        assert_eq!(
            range,
            Range::new(Position::new(2, start), Position::new(2, end)),
            "{offered:?}"
        );
        // The client's edit, in its own units, lands on the word: the finding goes.
        client.change(&uri, Some(range), "praktik");
        let left = spans(&client.pull(&uri));
        assert!(
            left.iter().all(|s| s.0 != "baku/non-standard-word"),
            "{offered:?}: {left:?}"
        );
        // An insertion at the same place, counted the same way, is found there again.
        let at = Position::new(2, start);
        client.change(&uri, Some(Range::new(at, at)), "praktek ");
        assert_eq!(praktek_range(&mut client, &uri), range, "{offered:?}");
        client.shut_down().unwrap();
    }
}
