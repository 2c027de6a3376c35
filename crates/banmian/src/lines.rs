//! Stage 1, text → lines: split the page into its non-blank lines, note indents (past a left
//! margin nearly every line has) and blank gaps, measure each line's display width and infer the
//! width of the column it sits in. The text is made readable first ([`normalise`]: lone
//! carriage returns, zero-width characters, letter spacing).
//!
//! ```
//! let lines = banmian::lines::read("本报讯 5月21日，市公安局举办\n宣讲交流会。\n\n　　第二段");
//! assert_eq!(lines.len(), 3);
//! assert!(lines[2].gap_before && lines[2].indent);
//! ```
use crate::formulas::{hanging_width, is_no_line_start, ends_sentence, trim_end_space, trim_start_space, width};
use crate::page::{fills_column, within_column, Line};

/// How many lines on either side are looked at to infer a line's column width.
const WINDOW: usize = 12;
/// How many lines under a line at a column's change may be the rest of its title before one
/// fills the new column.
const NEXT_FILLS: usize = 2;

pub fn read(text: &str) -> Vec<Line<'_>> {
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    let mut out = Vec::new();
    // The width of each line's leading white space.
    let mut leads: Vec<f32> = Vec::new();
    let mut gap = false;
    let mut from = 0;
    for (i, end) in memchr::memchr_iter(b'\n', text.as_bytes()).chain([text.len()]).enumerate() {
        let raw = &text[from..end];
        from = end + 1;
        let raw = raw.strip_suffix('\r').unwrap_or(raw);
        let body = trim_start_space(raw);
        let indent = body.len() != raw.len();
        // An ideographic space or two spaces make a paragraph indent; one space may be a stray.
        let lead = &raw[..raw.len() - body.len()];
        let stray_space = indent && !lead.contains('\u{3000}') && lead.chars().count() == 1;
        let body = trim_end_space(body);
        if body.is_empty() {
            gap = !out.is_empty();
            continue;
        }
        // An indent takes its room in the column: an indented first line fills it too.
        let lead_width = if indent { width(lead) } else { 0.0 };
        out.push(Line { no: i + 1, text: body, indent, stray_space, gap_before: gap, width: width(body) + lead_width, column: 0.0 });
        leads.push(lead_width);
        gap = false;
    }
    double_spaced(&mut out);
    remove_margin(&mut out, &leads);
    columns(&mut out);
    out
}

/// Give each line its column (the width most lines near it reach), or none where the page's
/// lines run past any column unwrapped. Asked again of lines put in another order
/// ([`crate::order`]): a line's column is its neighbours'.
pub fn columns(lines: &mut [Line]) {
    infer_columns(lines);
    if unwrapped(lines) {
        for l in lines.iter_mut() {
            l.column = 0.0;
        }
    }
}

/// Fewest lines a page needs before it is judged double-spaced.
const MIN_DOUBLE_SPACED_LINES: usize = 8;
/// Share (in tenths) of lines with a blank line above them that makes a page double-spaced.
const DOUBLE_SPACED_TENTHS: usize = 9;

/// How many lines either side of a line are looked at for its width.
const NEAR_LINES: usize = 3;

/// On a double-spaced page (a blank line after every line, as some PDF and OCR tools print) one
/// blank line is only the spacing: a gap is two or more. Such a page has some gaps of two and,
/// its lines wrapped, most single blanks in mid-sentence, after lines as wide as lines near
/// them; a page of one paragraph a line with a blank between (text taken from the web) has its
/// single blanks after sentences, or after lines of many widths (a letter's salutation, a list's
/// entries).
///
/// ```
/// let lines = banmian::lines::read("本报讯 5月21日，市公\n\n安局举办宣讲交流会。\n\n\n第二段开头\n\n结尾。\n\n第三\n\n段\n\n还有\n\n更多\n\n文字");
/// assert!(!lines[1].gap_before && lines[2].gap_before && !lines[3].gap_before);
/// ```
fn double_spaced(lines: &mut [Line]) {
    let spaced = lines.iter().skip(1).filter(|l| l.gap_before).count();
    if lines.len() < MIN_DOUBLE_SPACED_LINES || spaced * 10 < (lines.len() - 1) * DOUBLE_SPACED_TENTHS {
        return;
    }
    let single = |k: &usize| lines[*k].no - lines[*k - 1].no == 2;
    let singles = (1..lines.len()).filter(single).count();
    // (a wrapped line's width recurs among the lines near it, its column's; a paragraph's or a
    // list entry's that ends on no stop, 平壤 or 奖次：… 报送单位：人民日报, seldom does)
    let wrapped = |j: usize| (j.saturating_sub(NEAR_LINES)..lines.len().min(j + NEAR_LINES + 1)).any(|i| i != j && (lines[i].width - lines[j].width).abs() <= 1.0);
    let mid_sentence = (1..lines.len()).filter(single).filter(|&k| !ends_sentence(lines[k - 1].text) && wrapped(k - 1)).count();
    if singles == lines.len() - 1 || 2 * mid_sentence < singles {
        return;
    }
    for k in 1..lines.len() {
        lines[k].gap_before = lines[k].no - lines[k - 1].no > 2;
    }
}

/// The page's text made readable before it is split into lines, or the text as it is:
/// - on a page with no newline, a carriage return ends a line (old Mac files);
/// - invisible characters that web copies and PDF extraction leave inside words (zero-width
///   space U+200B, word joiner U+2060, a byte-order mark U+FEFF inside the text, soft hyphen
///   U+00AD) go, as white space does: they would split 本报 from 讯 for every formula;
/// - a letter-spaced page has its spacing closed ([`close_letter_spacing`]).
///
/// ```
/// assert_eq!(banmian::lines::normalise("本\u{200B}报讯\r第二行"), "本报讯\n第二行");
/// assert_eq!(banmian::lines::normalise("一行\r\n二行\r"), "一行\r\n二行\r");
/// ```
pub fn normalise(text: &str) -> std::borrow::Cow<'_, str> {
    use std::borrow::Cow;
    const INVISIBLE: [char; 4] = ['\u{200B}', '\u{2060}', '\u{FEFF}', '\u{00AD}'];
    let b = text.as_bytes();
    let mut t = Cow::Borrowed(text);
    if memchr::memchr(b'\n', b).is_none() && memchr::memchr(b'\r', b).is_some() {
        t = Cow::Owned(t.replace('\r', "\n"));
    }
    // (the first character's mark is the file's, and lines::read passes over it)
    let body = t.strip_prefix('\u{FEFF}').unwrap_or(&t);
    if INVISIBLE.iter().any(|c| memchr::memmem::find(body.as_bytes(), c.encode_utf8(&mut [0; 4]).as_bytes()).is_some()) {
        let bom = if t.starts_with('\u{FEFF}') { "\u{FEFF}" } else { "" };
        t = Cow::Owned(bom.chars().chain(body.chars().filter(|c| !INVISIBLE.contains(c))).collect());
    }
    let closed = close_letter_spacing(&t);
    if let Cow::Owned(s) = closed {
        return Cow::Owned(s);
    }
    t
}

/// Above this share of its characters followed by one space before another character beyond
/// ASCII, a page is letter-spaced (本 报 讯 （ 记 者, as OCR often prints Chinese).
const LETTER_SPACED_SHARE: usize = 4;

/// A letter-spaced page with its letter spacing closed: one space between two characters goes,
/// and a wider gap keeps all its spaces but one (王 恒  摄 → 王恒 摄, 1 9 日 → 19日). Spaces
/// between Latin letters and an indent's stay. On any other page only its letter-spaced lines
/// are closed.
///
/// ```
/// assert_eq!(banmian::lines::close_letter_spacing("本 报 讯 5 月 1 9 日 ， 市 里  召 开 of the UN 会 议 。"), "本报讯5月19日，市里 召开of the UN会议。");
/// assert_eq!(banmian::lines::close_letter_spacing("7 月 4 日，市里召开会议。"), "7 月 4 日，市里召开会议。");
/// // a line of its own on a page set solid
/// let page = "唱 响 红 色 歌 曲\n本报记者 巴桑卓嘎\n市人民医院开展红色歌曲演唱比赛，共有十二支队伍参加了比赛。";
/// assert_eq!(banmian::lines::close_letter_spacing(page), page.replacen("唱 响 红 色 歌 曲", "唱响红色歌曲", 1));
/// ```
pub fn close_letter_spacing(text: &str) -> std::borrow::Cow<'_, str> {
    let b = text.as_bytes();
    // (a character beyond ASCII ends on a byte from 0x80, and one of three bytes opens on one
    // from 0xE0)
    let between = |i: usize, n: usize| i > 0 && b[i - 1] >= 0x80 && b.get(i + n).is_some_and(|&x| x >= 0xE0);
    let spaced: Vec<usize> = memchr::memchr_iter(b' ', b).filter(|&i| between(i, 1)).collect();
    if spaced.is_empty() {
        return std::borrow::Cow::Borrowed(text);
    }
    if spaced.len() * LETTER_SPACED_SHARE * 3 > text.len() {
        return std::borrow::Cow::Owned(close_spaces(text, 0..text.len()));
    }
    // On a page set solid, a line of its own may still be letter-spaced: a headline in large
    // type, as PDF extraction spells it (唱 响 红 色 歌 曲), or a line OCR spaced. (Only the lines
    // with a space between two characters beyond ASCII are looked at.)
    let mut spaced_lines: Vec<std::ops::Range<usize>> = Vec::new();
    let mut looked_to = 0; // (the end of the last line looked at)
    for &at in &spaced {
        if at < looked_to {
            continue;
        }
        let from = memchr::memrchr(b'\n', &b[..at]).map_or(0, |k| k + 1);
        let end = memchr::memchr(b'\n', &b[at..]).map_or(b.len(), |k| at + k);
        // (gaps: runs of spaces inside the line, but between two Latin letters)
        let line = text[from..end].trim();
        let lb = line.as_bytes();
        let gaps = (1..lb.len()).filter(|&k| lb[k] == b' ' && lb[k - 1] != b' ' && !lb[k - 1].is_ascii_alphabetic()).count();
        let chars = line.chars().filter(|c| !c.is_whitespace()).count();
        if gaps >= MIN_SPACED_LINE_GAPS && gaps * 10 >= chars.saturating_sub(1) * SPACED_LINE_TENTHS {
            spaced_lines.push(from..end);
        }
        looked_to = end;
    }
    if spaced_lines.is_empty() {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut from = 0;
    for r in spaced_lines {
        out.push_str(&text[from..r.start]);
        out.push_str(&close_spaces(text, r.clone()));
        from = r.end;
    }
    out.push_str(&text[from..]);
    std::borrow::Cow::Owned(out)
}

/// Fewest gaps between characters that make a line letter-spaced on a page set solid, and the
/// share of its characters (in tenths) they must follow.
const MIN_SPACED_LINE_GAPS: usize = 3;
const SPACED_LINE_TENTHS: usize = 8;

/// `text[range]` with its letter spacing closed: one space between two characters goes, a wider
/// gap keeps all its spaces but one; digits close up too (1 9 日), Latin words keep their spaces.
fn close_spaces(text: &str, range: std::ops::Range<usize>) -> String {
    let b = &text.as_bytes()[..range.end];
    let closable = |i: usize, n: usize| {
        let (Some(&p), Some(&q)) = (i.checked_sub(1).and_then(|k| b.get(k)), b.get(i + n)) else { return false };
        !matches!(p, b'\n' | b'\r' | b'\t') && !matches!(q, b'\n' | b'\r' | b'\t') && !(p.is_ascii_alphabetic() && q.is_ascii_alphabetic())
    };
    let mut out = String::with_capacity(range.len());
    let mut from = range.start;
    let mut i = range.start;
    while let Some(at) = memchr::memchr(b' ', &b[i..]).map(|k| i + k) {
        let n = b[at..].iter().take_while(|&&x| x == b' ').count();
        if closable(at, n) && at > range.start {
            out.push_str(&text[from..at]);
            out.extend(std::iter::repeat_n(' ', n - 1));
            from = at + n;
        }
        i = at + n;
    }
    out.push_str(&text[from..range.end]);
    out
}

/// Share of a page's lines that must start after white space for it to be the page's margin
/// (a text laid out with its left margin, or every line tabbed in), not paragraph indents.
const MARGIN_SHARE: f32 = 0.8;

/// Where nearly every line of a hard-wrapped page starts after white space ([`MARGIN_SHARE`]),
/// the narrowest such lead is the page's margin: a line is indented only past it, and its width
/// does not count it. (A page of one paragraph a line, every one indented, keeps its indents.)
fn remove_margin(lines: &mut [Line], leads: &[f32]) {
    if lines.len() < 5 || 2 * lines.iter().filter(|l| l.width > MAX_COLUMN).count() > lines.len() {
        return;
    }
    let mut sorted: Vec<f32> = leads.to_vec();
    sorted.sort_by(f32::total_cmp);
    let margin = sorted[((1.0 - MARGIN_SHARE) * sorted.len() as f32) as usize];
    if margin <= 0.0 {
        return;
    }
    for (l, &lead) in lines.iter_mut().zip(leads) {
        let own = (lead - margin).max(0.0);
        l.width -= lead - own;
        l.indent = own > 0.0;
        // (one space past the margin: a stray, as one space is anywhere)
        l.stray_space = own > 0.0 && own <= 0.5;
    }
}

/// Widest column (full-width units) a newspaper sets its text in.
pub const MAX_COLUMN: f32 = 30.0;

/// The page was not hard-wrapped: most lines run past any newspaper column and few fill the
/// column inferred for them to the character (each paragraph a line, as text taken from a web
/// page or reflowed comes). Such lines have no column: none fills one, none is set across columns.
fn unwrapped(lines: &[Line]) -> bool {
    let long = lines.iter().filter(|l| l.width > MAX_COLUMN).count();
    // (to the character: a list's entries of one paragraph a line come within a column's
    // tolerance of each other by chance, not to its width)
    let full = lines.iter().filter(|l| l.is_full() && (l.width - l.column).abs() <= 1.0).count();
    2 * long > lines.len() && 2 * full < lines.len()
}

/// A line's column is the width that most lines near it reach (±1 unit), ties to the wider.
/// Short lines (paragraph ends, headlines) rarely agree with each other, so body lines win.
fn infer_columns(lines: &mut [Line]) {
    let widths: Vec<f32> = lines.iter().map(|l| l.width).collect();
    let n = widths.len();
    // The mode of every window of WINDOW+1 lines ending at j: the "before" side of line j, and
    // the "after" side of line j-WINDOW. The window slides a line at a time, so its tally does.
    let mut ending = vec![0f32; n];
    let mut window = Tally::default();
    for j in 0..n {
        window.add(widths[j]);
        if j > WINDOW {
            window.remove(widths[j - WINDOW - 1]);
        }
        ending[j] = if j > WINDOW && widths[j - WINDOW - 1] == widths[j] {
            ending[j - 1] // same window contents, same mode
        } else {
            window.mode()
        };
    }
    for i in 0..n {
        let lo = i.saturating_sub(WINDOW);
        let hi = (i + WINDOW + 1).min(n);
        let w = widths[i];
        // Ask both sides: a line at the border of two columns belongs to the one it fills.
        let before = side_column(ending[i], &widths[lo..=i], w);
        let after_mode = if i + WINDOW < n { ending[i + WINDOW] } else { mode(widths[i..hi].iter().copied()) };
        let after = side_column(after_mode, &widths[i..hi], w);
        let fits = |c: f32| c > 0.0 && within_column(w, c);
        let narrower = before.min(after);
        let col = match (fits(before), fits(after)) {
            // A line that ends a sentence straight under a line too wide for the column after is
            // the last line of the paragraph before, whatever column it would fill after
            // (…全民健身将不断迈上新台⏎阶，展开更为动人的健康活力画卷。⏎多地加强…——, the next
            // report's column as wide as that last line): it does not run on into the next report.
            // So is one over a column break's blank under a line that fills the column before and
            // stops mid-sentence (“我们也希望国际社会对韩方的建设性⏎⏎努力给予理解和支持。”他说。):
            // the sentence goes on over the blank.
            (true, true)
                if i > 0
                    && (!lines[i].gap_before || (fills_column(widths[i - 1], before) && !ends_sentence(lines[i - 1].text)))
                    && lines[i - 1].wider_than(after)
                    && ends_sentence(lines[i].text) =>
            {
                before
            }
            // A line that fits either side's column, right under one too wide for the column
            // before it that took the wider column after, is in that column too: the column
            // changed at the line above (a headline's kicker, then its headline, short of the
            // new column: …中国跳水队——⏎⏎参赛十三项，夺得十三冠⏎⏎游泳世锦赛男子…), where a line
            // filling the new column follows within [`NEXT_FILLS`] lines (a list's entries of
            // wavering width change no column so).
            (true, true) if i > 0 && after > before && lines[i - 1].column == after && lines[i - 1].wider_than(before) && widths[i + 1..].iter().take(NEXT_FILLS).any(|&n| fills_column(n, after)) => after,
            // A line that runs past the narrower column by more than a character beyond its
            // hanging marks is no line of it, however close the column's tolerance lets it
            // come (the first lines of a report in a column of 19 under one in a column of 17,
            // the last lines of one in a column of 19 over one in 17): it is in the wider one.
            // (Marks inside the line may be set at half width, as a PDF's text has them: each
            // counts half. The width alone is asked first: most lines come nowhere near.)
            (true, true) if w > narrower + 1.0 && w - marks_allowance(lines[i].text) > narrower + 1.0 => before.max(after),
            (true, true) => narrower,
            (true, false) => before,
            (false, true) => after,
            (false, false) if before == 0.0 && after == 0.0 => {
                let whole = &widths[lo..hi];
                side_column(mode(whole.iter().copied()), whole, w)
            }
            // A line too wide for either side's column, in a run of lines as wide as itself,
            // is in the run's own column: a short report set wider than the reports around it,
            // too short for a window to hold three of its lines on its own side (新华社北京7月4日
            // 电 …领袖、政⏎⏎府总理…举行视频⏎通话，…意见。 at 28 under a head, over a page at 24).
            (false, false) => match run_column(&widths, i) {
                0.0 => before.max(after),
                own => own,
            },
        };
        lines[i].column = col;
    }
    lone_columns(lines);
}

/// The column of the run of lines next to each other around line `i` that are as wide as it
/// (within its band, [`Tally::band`]), where the run holds three lines at least and the line
/// fits the column most of them reach; else 0. Lines next to each other only: a list's entries
/// of wavering width, as wide as each other here and there in a window, make no column.
fn run_column(widths: &[f32], i: usize) -> f32 {
    let (lo, hi) = Tally::band(widths[i]);
    let near = |x: &&f32| (lo..=hi).contains(*x);
    let back = widths[..i].iter().rev().take_while(near).count();
    let ahead = widths[i + 1..].iter().take_while(near).count();
    if back + ahead < 2 {
        return 0.0;
    }
    let own = mode(widths[i - back..=i + ahead].iter().copied());
    if own > 0.0 && within_column(widths[i], own) {
        own
    } else {
        0.0
    }
}

/// A line alone in a column narrower than the one the lines on both sides of it share is in
/// theirs: short lines near each other (paragraph ends, titles, first lines that lost their
/// indents) can outnumber a window's full lines where the window is cut short at the page's
/// start, but no column holds a single line. Not a line over a blank: a column may end there,
/// and the lines after it be another report's (two reports' columns alternate where an
/// extraction read straight across the page, 16, 14, blank, 16: the 14 ends one).
fn lone_columns(lines: &mut [Line]) {
    // (`above`: the column the line above was given)
    let mut above = lines.first().map_or(0.0, |l| l.column);
    for i in 1..lines.len().saturating_sub(1) {
        let own = lines[i].column;
        if own > 0.0 && own < above && lines[i + 1].column == above && !lines[i + 1].gap_before && !lines[i].wider_than(above) {
            lines[i].column = above;
        }
        above = own;
    }
}

/// How far past its column `line` may run and still be a line of it: its hanging marks, and half
/// of each mark inside it (a PDF's text may set them at half width: ‘十五五’发展的…，确保…).
fn marks_allowance(line: &str) -> f32 {
    let hanging = hanging_width(line);
    let inner = line.trim_end_matches(is_no_line_start).chars().filter(|c| !c.is_alphanumeric() && !c.is_whitespace()).count();
    hanging + 0.5 * inner as f32
}

/// The column of one side of a line, given the mode `col` of that side; a line far wider than
/// that column may sit in a wider column of its own (a photo text across the page): then the
/// other wide lines are asked.
fn side_column(col: f32, near: &[f32], w: f32) -> f32 {
    if col > 0.0 && w > col * 1.3 + 2.0 {
        let wide = mode(near.iter().copied().filter(|&x| x > col * 1.3 + 2.0));
        if wide > 0.0 {
            return wide;
        }
    }
    col
}

/// The width most of `widths` (at most a window on both sides of a line) reach: [`Tally::mode`].
fn mode(widths: impl Iterator<Item = f32>) -> f32 {
    let mut tally = Tally::default();
    for w in widths.take(2 * WINDOW + 1) {
        tally.add(w);
    }
    tally.mode()
}

/// How many lines of a window have each width, by width: a handful of distinct widths (the
/// column, a few paragraph ends), so a sorted list beats a map.
/// (On the stack: a window holds at most `2 * WINDOW + 1` lines.)
#[derive(Default)]
struct Tally {
    slots: [(f32, u32); 2 * WINDOW + 1],
    len: usize,
}

impl Tally {
    fn add(&mut self, w: f32) {
        let at = self.widths().partition_point(|&(x, _)| x < w);
        if at < self.len && self.slots[at].0 == w {
            self.slots[at].1 += 1;
        } else {
            self.slots.copy_within(at..self.len, at + 1);
            self.slots[at] = (w, 1);
            self.len += 1;
        }
    }

    fn remove(&mut self, w: f32) {
        let at = self.widths().partition_point(|&(x, _)| x < w);
        if at < self.len && self.slots[at].0 == w {
            self.slots[at].1 -= 1;
            if self.slots[at].1 == 0 {
                self.slots.copy_within(at + 1..self.len, at);
                self.len -= 1;
            }
        }
    }

    fn widths(&self) -> &[(f32, u32)] {
        &self.slots[..self.len]
    }

    /// The widths in `w`'s band (±5 %, at least ±1 unit).
    fn band(w: f32) -> (f32, f32) {
        let band = (w * 0.05).max(1.0);
        (w - band, w + band)
    }

    /// The width most lines reach (within its band), ties to the wider, read as the exact width
    /// most lines of that band have; 0 when fewer than three lines agree (a headline's two equal
    /// lines make no column).
    fn mode(&self) -> f32 {
        // Both ends of a band grow with its width: one sweep with two fingers counts them all.
        let v = self.widths();
        let (mut lo, mut hi, mut inside) = (0, 0, 0u32);
        let mut best = (0u32, 0.0f32, 0, 0);
        for &(w, _) in v {
            let (from, to) = Self::band(w);
            while hi < v.len() && v[hi].0 <= to {
                inside += v[hi].1;
                hi += 1;
            }
            while v[lo].0 < from {
                inside -= v[lo].1;
                lo += 1;
            }
            if w >= 4.0 && inside >= best.0 {
                best = (inside, w, lo, hi);
            }
        }
        if best.0 < 3 {
            return 0.0;
        }
        // The band that holds most lines is centred low where paragraph ends crowd it (10 holds
        // 9, 10 and 11): the column is the width most lines of that band reach exactly.
        let mut col = (0u32, 0.0f32);
        for &(x, count) in &v[best.2..best.3] {
            if count >= col.0 {
                col = (count, x);
            }
        }
        col.1
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_line_alone_over_a_blank_keeps_its_column() {
        // (the lines' columns as inference gave them: 16, 14, 16; a blank before the third)
        let mut l = read("一二三四五六七八九十一二三四五六\n一二三四五六七八九十一二三四\n\n一二三四五六七八九十一二三四五六\n");
        for (l, c) in l.iter_mut().zip([16.0, 14.0, 16.0]) {
            l.column = c;
        }
        lone_columns(&mut l);
        assert_eq!(l[1].column, 14.0);
        // (with no blank, the line is in the column around it)
        l[2].gap_before = false;
        lone_columns(&mut l);
        assert_eq!(l[1].column, 16.0);
    }

    #[test]
    fn a_line_alone_narrower_than_the_column_around_it_is_in_that_column() {
        // (a title's two lines and a lead's first line two units short, near the page's start,
        // outnumber the full lines before a paragraph's first line as short: no column of 14)
        let (full, short) = ("一二三四五六七八九十一二三四五六", "一二三四五六七八九十一二三四");
        let page = format!("一二三四五六七八九十一二三4\n{short}\n\n一二三四五六七八九十一二三4\n{full}\n{full}\n一二三四五六七八九十一。\n{short}\n{}", format!("{full}\n").repeat(8));
        let l = read(&page);
        assert!(l.iter().all(|l| l.column == 16.0), "{:?}", l.iter().map(|l| l.column).collect::<Vec<_>>());
    }

    #[test]
    fn a_short_report_set_wider_than_the_page_is_in_its_own_column() {
        // A head, then a report of three lines at 20 (a column break's blank inside it), over a
        // page set at 16: the report's lines are in a column of 20, so they fill it.
        let (wide, narrow) = ("一二三四五六七八九十一二三四五六七八九十", "一二三四五六七八九十一二三四五六");
        let page = format!("某国领导人同某部部长\n举行视频通话\n\n{wide}\n\n{wide}\n一二三四五六七八九十一二三四五六七八九。\n\n{}", format!("{narrow}\n").repeat(14));
        let l = read(&page);
        assert_eq!([l[2].column, l[3].column, l[4].column], [20.0; 3], "{:?}", l.iter().map(|l| l.column).collect::<Vec<_>>());
        assert!(l[2].is_full() && l[3].is_full());
        // The page's lines keep theirs.
        assert!(l[5..].iter().all(|l| l.column == 16.0));
        // Entries of a list two lines apart, as wide as each other, make no column of their own.
        let list = format!("{narrow}\n{narrow}\n一二三四五六七八九十一二三四五六七八九\n一二三\n一二三四五六七八九十一二三四五六七八九十\n一二三\n{}", format!("{narrow}\n").repeat(12));
        let l = read(&list);
        assert_eq!((l[2].column, l[4].column), (16.0, 16.0), "{:?}", l.iter().map(|l| l.column).collect::<Vec<_>>());
    }

    #[test]
    fn crlf_bom_and_gaps() {
        let l = read("\u{FEFF}甲乙\r\n\r\n丙丁\r\n");
        assert_eq!(l.len(), 2);
        assert_eq!(l[0].text, "甲乙");
        assert_eq!(l[1].no, 3);
        assert!(l[1].gap_before && !l[0].gap_before);
    }

    #[test]
    fn a_margin_every_line_has_is_no_indent() {
        let full = "一二三四五六七八九十一二";
        let page = format!("  {full}\n  {full}\n  一二三。\n    {full}\n  {full}\n  一二三四。\n");
        let l = read(&page);
        let indents: Vec<bool> = l.iter().map(|l| l.indent).collect();
        assert_eq!(indents, [false, false, false, true, false, false]);
        assert_eq!(l[0].width, 12.0);
        assert!(l[0].is_full() && !l[3].stray_space);
    }

    #[test]
    fn column_from_neighbours() {
        let page = "一二三四五六七八九十一二三四五六\n一二三四五六七八九十一二三四五六\n一二三四五六七八九十一二三四五\n一二三。\n";
        let l = read(page);
        assert_eq!(l[3].column, 16.0);
        assert!(l[2].is_full());
        assert!(!l[3].is_full());
    }

    #[test]
    fn a_paragraphs_last_line_keeps_its_column_at_the_border_of_a_narrower_one() {
        // A report in a column of 19 whose last line is 16 units wide, the next report's column:
        // the last line belongs to the column it ends, and does not fill it.
        let (wide, narrow) = ("一二三四五六七八九十一二三四五六七八九", "一二三四五六七八九十一二三四五六");
        let page = format!("{}阶，展开更为动人的健康活力画卷。\n多地加强农村人居环境数字化管理——\n技术加力\n{}", format!("{wide}\n").repeat(12), format!("{narrow}\n").repeat(12));
        let l = read(&page);
        assert_eq!(l[12].column, 19.0, "{:?}", l.iter().map(|l| l.column).collect::<Vec<_>>());
        assert!(!l[12].is_full());
        // The next report's first lines keep theirs.
        assert_eq!((l[13].column, l[15].column), (16.0, 16.0));
    }

    #[test]
    fn a_paragraphs_last_line_over_a_column_break_keeps_its_column() {
        // The same over a column break's blank, under a line that fills the column of 19 and
        // stops mid-sentence: the last line, as wide as the next report's column, ends the
        // sentence in the column it began in.
        let (wide, narrow) = ("一二三四五六七八九十一二三四五六七八九", "一二三四五六七八九十一二三四五六");
        let page = format!("{}\n努力给予社会理解和支持。”他说。\n\n{}", format!("{wide}\n").repeat(12), format!("{narrow}\n").repeat(12));
        let l = read(&page);
        assert!(l[12].gap_before && l[11].is_full());
        assert_eq!(l[12].column, 19.0, "{:?}", l.iter().map(|l| l.column).collect::<Vec<_>>());
        assert!(!l[12].is_full());
        assert_eq!(l[13].column, 16.0);
        // Under a line that ends its sentence, the blank may end the report: the line may open
        // the next one in its column.
        let page = format!("{}一二三四五六七八九十一二三四五六七。\n\n努力给予社会理解和支持。”他说。\n{}", format!("{wide}\n").repeat(11), format!("{narrow}\n").repeat(12));
        let l = read(&page);
        assert_eq!(l[12].column, 16.0, "{:?}", l.iter().map(|l| l.column).collect::<Vec<_>>());
    }

    #[test]
    fn a_line_under_one_that_opened_a_wider_column_is_in_that_column() {
        // A report in a column of 14, then a kicker too wide for it, then its headline of 11
        // units, which fits either column, then the report in a column of 19: the headline is
        // in the column its kicker opened, and does not fill it.
        let (narrow, wide) = ("一二三四五六七八九十一二三四", "一二三四五六七八九十一二三四五六七八九");
        let (before, after) = (format!("{narrow}\n").repeat(12), format!("{wide}\n").repeat(12));
        let page = format!("{before}结束了。\n\n某省运动员在世界锦标赛上取得好成绩——\n\n参赛十三项夺得十三冠军\n\n{after}");
        let l = read(&page);
        assert_eq!((l[13].column, l[14].column), (19.0, 19.0), "{:?}", l.iter().map(|l| l.column).collect::<Vec<_>>());
        assert!(!l[14].is_full());
        // A line under the narrower column's last line keeps that column; so does one that no
        // line filling the wider column follows soon (a list's entries of wavering width).
        let page = format!("{before}结束了。\n\n参赛十三项夺得十三冠军\n\n{after}");
        assert_eq!(read(&page)[13].column, 14.0);
        let page = format!("{before}结束了。\n\n某省运动员在世界锦标赛上取得好成绩——\n\n参赛十三项夺得十三冠军\n\n新加坡总理；\n日本首相。\n{after}");
        assert_eq!(read(&page)[14].column, 14.0);
    }

    #[test]
    fn a_line_wider_than_a_column_past_its_hanging_marks_is_in_the_wider_one() {
        // A report in a column of 17, then a title, then the next report in a column of 19: the
        // next report's first lines fit the column of 17 within its tolerance, yet run two units
        // past it with no hanging mark, as no line of that column does.
        let (narrow, wide) = ("一二三四五六七八九十一二三四五六七\n".repeat(12), "一二三四五六七八九十一二三四五六七八九\n".repeat(12));
        // (each line's width and column)
        let measured = |page: String| read(&page).iter().map(|l| (l.width, l.column)).collect::<Vec<_>>();
        let l = measured(format!("{narrow}的宝贵经验。\n让电影充满诗意美\n{wide}"));
        assert_eq!((l[14].1, l[15].1), (19.0, 19.0), "{l:?}");
        // A line of the column of 17 past it by its hanging stop alone keeps its column.
        assert_eq!(measured(format!("{narrow}一二三四五六七八九十一二三四五六七。\n{wide}"))[12].1, 17.0);
        // So does one past it by two units where two marks inside it may be set at half width.
        assert_eq!(measured(format!("{narrow}一二三四五六七八九十，一二三四五，六七\n{wide}"))[12], (19.0, 17.0));
        // The last full line of a report in a column of 19 over one in a column of 17 is in the
        // column of 19.
        let l = measured(format!("{wide}一二三。\n让电影充满诗意美\n{narrow}"));
        assert_eq!((l[10].1, l[11].1), (19.0, 19.0), "{l:?}");
    }

    #[test]
    fn column_is_the_width_most_lines_reach_not_the_band_paragraph_ends_crowd() {
        // Eleven-unit lines with short paragraph ends of nine and ten units among them: the band
        // around 10 holds them all, yet the column is 11, and a nine-unit line does not fill it.
        let full = "一二三四五六七八九十一";
        let page = format!("{full}\n{full}\n一二三四五六七八九\n{full}\n一二三四五六七八九十\n{full}\n{full}\n一二三四五六七八九\n{full}\n");
        let l = read(&page);
        assert!(l.iter().all(|l| l.column == 11.0), "{:?}", l.iter().map(|l| l.column).collect::<Vec<_>>());
        assert!(!l[2].is_full() && l[4].is_full());
    }

    #[test]
    fn an_indent_takes_its_room_in_the_column() {
        let l = read("　　一二三四五六七八九\n一二三四五六七八九十一\n");
        assert_eq!(l[0].width, l[1].width);
    }

    #[test]
    fn a_page_with_a_paragraph_a_line_has_no_column() {
        let para = |n: usize| "我国特高压直流输电工程近日竣工投产，".repeat(n) + "全长两千公里。";
        // (three paragraphs of one length by chance, which a column would be)
        let page = format!("特高压工程竣工投产\n\n{}\n\n{}\n\n{}\n\n{}\n\n{}\n\n{}\n\n{}\n", para(3), para(5), para(3), para(2), para(3), para(4), para(6));
        let l = read(&page);
        assert!(l.iter().all(|l| l.column == 0.0 && !l.is_full() && !l.is_wide()), "{:?}", l.iter().map(|l| l.column).collect::<Vec<_>>());
        // A hard-wrapped page keeps its column, however wide.
        let line = "我国特高压直流输电工程近日竣工投产，工程起于四川凉山州，止于江苏";
        let page = format!("{line}\n{line}\n{line}\n{line}\n全长两千公里。\n");
        assert!(read(&page)[0].column > MAX_COLUMN);
    }

    #[test]
    fn a_list_of_one_entry_a_line_with_blanks_between_is_neither_wrapped_nor_double_spaced() {
        // Entries of lengths within a column's tolerance of each other, none ending on a stop,
        // a blank line between each: each is a paragraph of its own, no line fills a column.
        let names = ["张三", "李四", "王五", "赵六", "孙七"];
        let papers = ["人民日报", "新华通讯", "经济日报", "光明日报"];
        // (titles two characters apart in length, a length again only four entries on)
        let lengths = [0, 4, 8, 12, 2, 6, 10, 0, 4, 8, 12, 2];
        let entries: Vec<String> = lengths.iter().enumerate().map(|(i, &n)| format!("奖次：一等奖 项目：文字消息 题目：{}的故事 作者：{} 编辑：{} 刊播单位：{} 报送单位：{}", "新".repeat(n), names[i % 5], names[(i + 2) % 5], papers[i % 4], papers[(i + 1) % 4])).collect();
        let page = format!("新闻奖获奖\n作品目录\n\n{}\n", entries.join("\n\n"));
        let l = read(&page);
        assert_eq!(l.len(), 14);
        assert!(l[2..].iter().all(|l| l.gap_before && l.column == 0.0), "{:?}", l.iter().map(|l| (l.gap_before, l.column)).collect::<Vec<_>>());
        // The same entries wrapped at a column of 16 and double-spaced (two blank lines
        // between entries) keep one blank line as spacing only.
        let wrapped: Vec<Vec<String>> = entries.iter().map(|e| e.chars().collect::<Vec<_>>().chunks(16).map(|c| c.iter().collect()).collect()).collect();
        let page = format!("{}\n", wrapped.iter().map(|e| e.join("\n\n")).collect::<Vec<_>>().join("\n\n\n"));
        let l = read(&page);
        let firsts: Vec<bool> = wrapped.iter().flat_map(|e| (0..e.len()).map(|k| k == 0)).collect();
        assert_eq!(l.iter().skip(1).map(|l| l.gap_before).collect::<Vec<_>>(), firsts[1..]);
    }

    /// The definition [`Tally::mode`] sweeps for: each width's band counted over every line.
    fn mode_by_definition(widths: &[f32]) -> f32 {
        let band = |w: f32| Tally::band(w);
        let in_band = |(lo, hi): (f32, f32)| widths.iter().filter(move |&&x| x >= lo && x <= hi);
        let best = widths.iter().filter(|&&w| w >= 4.0).map(|&w| (in_band(band(w)).count(), w)).fold((0, 0.0), |a, b| if b.0 > a.0 || (b.0 == a.0 && b.1 > a.1) { b } else { a });
        if best.0 < 3 {
            return 0.0;
        }
        let exact = |x: f32| widths.iter().filter(|&&y| y == x).count();
        in_band(band(best.1)).map(|&x| (exact(x), x)).fold((0, 0.0), |a, b| if b.0 > a.0 || (b.0 == a.0 && b.1 > a.1) { b } else { a }).1
    }

    #[test]
    fn the_sliding_tally_finds_the_mode_its_definition_gives() {
        let mut seed = 0x2545_F491_4F6C_DD1Du64;
        let mut next = |n: u64| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed % n
        };
        let widths: Vec<f32> = (0..5000).map(|_| if next(3) > 0 { 12.0 + next(5) as f32 * 0.5 } else { next(70) as f32 * 0.5 }).collect();
        let mut tally = Tally::default();
        for j in 0..widths.len() {
            tally.add(widths[j]);
            if j > WINDOW {
                tally.remove(widths[j - WINDOW - 1]);
            }
            let window = &widths[j.saturating_sub(WINDOW)..=j];
            assert_eq!(tally.mode(), mode_by_definition(window), "{window:?}");
        }
    }

    #[test]
    fn latin_counts_half() {
        let l = read("abcd");
        assert_eq!(l[0].width, 2.0);
    }
}
