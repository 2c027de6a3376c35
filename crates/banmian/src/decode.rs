//! Stage 0, bytes → text: a page's bytes in the encodings Chinese text comes in.
//!
//! UTF-8 (a byte-order mark allowed) is read as is, borrowed. UTF-16 is read after its byte-order
//! mark (as Windows' Notepad saves "Unicode" text). Other bytes are guessed: GB18030 (which covers
//! GBK and GB2312) where they are not UTF-8, UTF-16 with no mark where NUL bytes show it (the high
//! byte of every ASCII character, a line's end among them); a guess holds only where the bytes
//! decode with no error into mostly Chinese text. A text that decodes with errors is refused, never
//! read with characters replaced; a PDF is told apart from other binary data.
//!
//! ```
//! // 本报讯 in GBK
//! let d = banmian::decode(&[0xB1, 0xBE, 0xB1, 0xA8, 0xD1, 0xB6]).unwrap();
//! assert_eq!((d.text.as_ref(), d.encoding), ("本报讯", Some("GB18030")));
//! assert_eq!(banmian::decode("本报讯".as_bytes()).unwrap().encoding, None);
//! ```
use crate::PageError;
use encoding_rs::{Encoding, GB18030, UTF_16BE, UTF_16LE, UTF_8};
use std::borrow::Cow;

/// A page's text and the encoding it was read from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded<'a> {
    /// The text (borrowed from the bytes where they were UTF-8).
    pub text: Cow<'a, str>,
    /// The encoding's name ("GB18030", "UTF-16LE", "UTF-16BE") where it was not UTF-8.
    pub encoding: Option<&'static str>,
}

/// Decode a page's bytes (see the module's comment for what is read and how).
pub fn decode(bytes: &[u8]) -> Result<Decoded<'_>, PageError> {
    if bytes.starts_with(b"%PDF-") {
        return Err(PageError::Pdf);
    }
    if let Some((enc, bom)) = Encoding::for_bom(bytes).filter(|(e, _)| *e != UTF_8) {
        return read(enc, &bytes[bom..], true).ok_or(PageError::BadMark(enc.name()));
    }
    match (memchr::memchr(0, bytes), std::str::from_utf8(bytes)) {
        (None, Ok(text)) => Ok(Decoded { text: Cow::Borrowed(text), encoding: None }),
        // (a GB18030 text may hold control characters, a DOS end-of-file mark or a form feed)
        (None, Err(e)) => guess(GB18030, bytes, true).ok_or(PageError::NotUtf8(e.valid_up_to())),
        // (binary data read as UTF-16 gives control characters but white space)
        (Some(nul), _) if bytes.len().is_multiple_of(2) => {
            guess(UTF_16LE, bytes, false).or_else(|| guess(UTF_16BE, bytes, false)).ok_or(PageError::Binary(nul))
        }
        (Some(nul), _) => Err(PageError::Binary(nul)),
    }
}

/// The bytes read in `enc` where they decode with no error (and hold no control character but
/// white space unless `controls_allowed`).
fn read<'a>(enc: &'static Encoding, bytes: &[u8], controls_allowed: bool) -> Option<Decoded<'a>> {
    let (text, had_errors) = enc.decode_without_bom_handling(bytes);
    let clean = !had_errors && (controls_allowed || !text.chars().any(|c| c.is_control() && !c.is_whitespace()));
    // (encoding_rs names GB18030 in lower case, as the WHATWG standard does)
    let name = if enc == GB18030 { "GB18030" } else { enc.name() };
    clean.then(|| Decoded { text: Cow::Owned(text.into_owned()), encoding: Some(name) })
}

/// A guessed encoding: read as [`read`] does, and mostly Chinese.
fn guess<'a>(enc: &'static Encoding, bytes: &[u8], controls_allowed: bool) -> Option<Decoded<'a>> {
    read(enc, bytes, controls_allowed).filter(|d| mostly_chinese(&d.text))
}

/// A third of the text's non-space characters at least are CJK ideographs: a guessed encoding
/// read it right. (The common block only, not all [`is_cjk`](crate::formulas::is_cjk) reads:
/// the stricter test for a guess, where bytes read in the wrong encoding land anywhere.)
fn mostly_chinese(text: &str) -> bool {
    let cjk = text.chars().filter(|c| ('\u{4E00}'..='\u{9FFF}').contains(c)).count();
    let nonspace = text.chars().filter(|c| !c.is_whitespace()).count().max(1);
    cjk * 3 >= nonspace
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = "本报讯 5月1日，开会。\n\n图为会场。 王恒 摄\n";

    fn utf16(s: &str, le: bool) -> Vec<u8> {
        s.encode_utf16().flat_map(|u| if le { u.to_le_bytes() } else { u.to_be_bytes() }).collect()
    }

    #[test]
    fn utf8_is_borrowed_and_unnamed() {
        let d = decode(PAGE.as_bytes()).unwrap();
        assert!(matches!(d.text, Cow::Borrowed(PAGE)));
        assert_eq!(d.encoding, None);
    }

    #[test]
    fn gb18030_is_guessed_and_keeps_a_form_feed() {
        let mut bytes = GB18030.encode(PAGE).0.into_owned();
        bytes.extend_from_slice(b"\x0c\x1a");
        let d = decode(&bytes).unwrap();
        assert_eq!((d.text.as_ref(), d.encoding), (format!("{PAGE}\x0c\x1a").as_str(), Some("GB18030")));
    }

    #[test]
    fn utf16_with_and_without_its_mark() {
        for (le, name) in [(true, "UTF-16LE"), (false, "UTF-16BE")] {
            let bare = utf16(PAGE, le);
            let marked = [utf16("\u{FEFF}", le), bare.clone()].concat();
            for bytes in [bare, marked] {
                let d = decode(&bytes).unwrap();
                assert_eq!((d.text.as_ref(), d.encoding), (PAGE, Some(name)));
            }
        }
    }

    #[test]
    fn what_is_no_text_is_refused() {
        // A mark over a lone surrogate: an error, not a replacement character.
        assert_eq!(decode(&[0xFF, 0xFE, 0x00, 0xD8, 0x41, 0x00]), Err(PageError::BadMark("UTF-16LE")));
        // Even-length binary data that decodes as UTF-16 into control characters.
        assert_eq!(decode(&[0x00, 0x01, 0x02, 0x03]), Err(PageError::Binary(0)));
        // Latin-1 prose: no error as GB18030 perhaps, but no Chinese.
        assert_eq!(decode(b"caf\xe9 cr\xe8me\n"), Err(PageError::NotUtf8(3)));
        assert_eq!(decode(b"%PDF-1.7\n"), Err(PageError::Pdf));
        // An odd length with a NUL: binary.
        assert_eq!(decode(b"ab\0"), Err(PageError::Binary(2)));
    }
}
