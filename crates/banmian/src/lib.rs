//! banmian (版面): rebuild the articles of a newspaper page from its flattened text.
//!
//! The page flows through one stage per module, each a function from one plain type to the next:
//!
//! | stage | module | from → to |
//! |---|---|---|
//! | 0 | [`decode`](mod@decode) | bytes → text (UTF-8; UTF-16 and GB18030 named) |
//! | 1 | [`lines`] | text → [`Line`]s with widths, indents, gaps and column widths (lone CRs, zero-width characters and letter spacing normalised first) |
//! | 1b | [`order`] | lines → lines in reading order (columns read straight across put back) |
//! | 2 | [`joins`] | lines → [`Block`]s (wraps and column breaks joined, paragraphs kept) |
//! | 3 | [`roles`] | blocks → blocks with a [`Role`] each |
//! | 4 | [`items`] | blocks → [`Item`]s (segmentation and headline assignment) |
//! | 5 | [`fields`] | items → [`Record`]s (headline, dateline, bylines, date, captions…) |
//! | 6 | [`record`] | records → JSON Lines or Markdown |
//!
//! Every newspaper formula (本报讯, 电, 记者, 摄, 责编…) lives in [`formulas`]; the types in [`page`].
//!
//! ```
//! let page = "本报讯（记者 李利改）5月20日，我市召开交流会。\n\n我市召开小微企业\n党建推进现场交流会\n";
//! let items = banmian::rebuild("demo", page, &banmian::Options::default()).unwrap();
//! assert_eq!(items[0].headline.as_deref(), Some("我市召开小微企业党建推进现场交流会"));
//! assert_eq!(items[0].bylines[0].name, "李利改");
//! ```
pub mod bigrams;
pub mod decode;
pub mod fields;
pub mod formulas;
pub mod items;
pub mod joins;
pub mod lines;
pub mod order;
pub mod page;
pub mod record;
pub mod roles;
#[cfg(test)]
mod testing;

pub use decode::{decode, Decoded};
pub use page::{Block, Byline, Caption, Item, Kind, Line, Record, Role, TextBlock};

/// Settings of a run.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// The year to complete MM-DD dates with, when the page does not print one.
    pub year: Option<u32>,
}

/// Why a page could not be read.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum PageError {
    #[error("empty page (no text)")]
    Empty,
    #[error("not UTF-8 text (invalid byte at offset {0}), nor GB18030 text that reads as Chinese")]
    NotUtf8(usize),
    #[error("binary data (NUL byte at offset {0})")]
    Binary(usize),
    #[error("not {0} text (a byte-order mark, then bytes that are no such text)")]
    BadMark(&'static str),
    #[error("a PDF file: banmian reads text, extract it first (pdftotext FILE.pdf FILE.txt)")]
    Pdf,
}

/// Rebuild the items of one page from its text.
pub fn rebuild(page_id: &str, text: &str, opts: &Options) -> Result<Vec<Record>, PageError> {
    if text.contains('\0') {
        return Err(PageError::Binary(text.find('\0').unwrap_or(0)));
    }
    let text = &lines::normalise(text);
    let lines = order::reading_order(text, lines::read(text));
    if lines.is_empty() {
        return Err(PageError::Empty);
    }
    let mut blocks = joins::join(&lines);
    roles::classify(&mut blocks, &lines);
    let items = items::assemble(&mut blocks, &lines);
    let year = opts.year.or_else(|| page_year(&blocks));
    Ok(items.iter().enumerate().map(|(i, it)| fields::record(page_id, i, it, &blocks, &lines, year)).collect())
}

/// Rebuild a page given as bytes in any encoding [`decode()`] reads.
///
/// ```
/// // 本报讯 5月1日，开会。 in GBK
/// let gbk = [0xB1, 0xBE, 0xB1, 0xA8, 0xD1, 0xB6, b' ', b'5', 0xD4, 0xC2, b'1', 0xC8, 0xD5, 0xA3, 0xAC, 0xBF, 0xAA, 0xBB, 0xE1, 0xA1, 0xA3];
/// let records = banmian::rebuild_bytes("gbk", &gbk, &banmian::Options::default()).unwrap();
/// assert_eq!(records[0].dateline.as_deref(), Some("本报讯"));
/// ```
pub fn rebuild_bytes(page_id: &str, bytes: &[u8], opts: &Options) -> Result<Vec<Record>, PageError> {
    rebuild(page_id, &decode(bytes)?.text, opts)
}

/// The year printed in the page's furniture (a dated header), if any.
fn page_year(blocks: &[Block]) -> Option<u32> {
    blocks.iter().filter(|b| b.role == Role::Furniture).find_map(|b| formulas::find_year(&b.text))
}
