//! Stage 1b, lines → lines in reading order: where an extraction read straight across the page,
//! two reports' columns alternate (A's first column, B's first column, A's second…). Put each
//! report's columns back together, each under its own headline group, so that the later stages
//! read each report as one text.
//!
//! The page is read as *pieces*: lines up to a blank line, a lone title with the text under it
//! (a label over its title, 拉萨，出发——⏎⏎出行方式开始改变, is one such title).
//! A piece that ends mid-sentence on a full line stops where its column stops. Between headline
//! groups, the pieces are followed as two reports: where the two are set in columns of widths
//! told apart, a piece goes with the report whose column fits it; else after a stop the other
//! report goes on, else the same one, unless the words say otherwise — a word cut at a column's
//! end is whole where the right text goes on (各级各部⏎门: the page prints 部门 elsewhere), a
//! piece that closes the bracket a stop left open goes on from that stop, and a piece shares
//! more words with its own report. The run is reordered only where that reading
//! holds: pieces that go back and forth between the two columns' widths (or back once, where the
//! second report opens on its lead formula right after a stop); or cut words that go on
//! in the other report's piece, or pieces after the stops that share the other report's words,
//! and two reports that share fewer words with each other than each with itself (cut words
//! alone are read so only under two headline groups: two reports read across print both first). Where every
//! column of a run is as many lines high, the columns' height is read first: each column is one
//! report's and the next column the other's, also where a column ends with its paragraph and
//! no cut word shows the break; of the readings a run allows, the one whose reports take turns at
//! more of the columns' ends wins. Lines of a width the text so far often has are text even with
//! no stop or comma in them (a column's words cut where it ends), not a title that ends the run;
//! so is a line alone of such a width between texts (a column's last line, its paragraph's
//! first), unless it reads as a title (…（钟声）, ——…, over a lead formula) and its cut word goes
//! on in no later text (…对温家⏎⏎宝等…). A short stretch right over a report's lead formula,
//! after a sentence's end, is a headline group though a comma marks it as text (传承中朝友谊，续写
//! 时代新篇章), unless it reads as a column's text.
//! Page furniture printed between a column that stops mid-sentence and its rest (■, a page's
//! number or header) is read at the page's end first.
//!
//! ```
//! // Two reports under their headlines, two lines a column, read straight across: A, B, A, B…
//! let a = ["特高压直流输电工程近日竣工投产，工", "程起于四川凉山州，特高压直流输电工", "程止于江苏苏州，特高压直流输电工程", "全长两千公里，特高压直流输电工程输"];
//! let b = ["朝鲜代表团团长在平壤会见中国代表团", "，朝中友谊源远流长久，朝鲜代表团团", "长表示朝中友谊牢不可破，朝鲜代表团", "团长会见中国代表团，朝中友谊不断发"];
//! let page = format!("特高压工程竣工投产\n\n朝鲜代表团访华\n\n{}\n{}\n\n{}\n{}\n\n{}\n{}\n\n{}\n{}\n", a[0], a[1], b[0], b[1], a[2], a[3], b[2], b[3]);
//! let lines = banmian::order::reading_order(&page, banmian::lines::read(&page));
//! let texts: Vec<&str> = lines.iter().map(|l| l.text).collect();
//! assert_eq!(texts[..5], ["特高压工程竣工投产", a[0], a[1], a[2], a[3]]);
//! assert_eq!(texts[5..], ["朝鲜代表团访华", b[0], b[1], b[2], b[3]]);
//! ```
use crate::bigrams::{bigrams_of, key, pairs_within, shared, Bigrams};
use crate::formulas::{caption_credit, dateline, editors_note, ends_sentence, bracket_depth, furniture, has_clause_mark, is_cjk, is_clause_punct, masthead, quote_depth, rubric_suffix};
use crate::lines::MAX_COLUMN;
use crate::page::{column_tolerance, columns_apart, Line};

/// How many characters of a piece are compared.
const PIECE_CHARS: usize = 400;
/// How many characters of each half of a report's text are compared.
const HALF_CHARS: usize = 600;
/// Fewest pieces in a run that shows alternation, and how many at its start are read for it.
const MIN_PIECES: usize = 4;
const WINDOW: usize = 12;
/// Fewest words cut at a column's end that go on in the other report's next piece (and not in
/// the piece right after the cut) that show alternating columns; one does where none goes on
/// the other way and the reports' words part by at least [`CLEAR_APART`].
const MIN_JUNCTIONS: usize = 2;
const CLEAR_APART: f32 = 0.05;
/// Most words the two reports may share, as a share of the words each shares with itself: the
/// reports' words part by the share each shares with itself less this times the share they
/// share with each other.
const MAX_CROSS: f32 = 1.0;
/// Or: fewest stops mid-sentence whose next piece shares more words with the other report, and
/// their least share of all stops; how many times more the pieces share with the report they
/// are closer to than with the other.
const MIN_SWITCHES: usize = 3;
const MIN_SWITCH_SHARE: f32 = 0.7;
const OWN_RATIO: f32 = 2.0;
/// How many pieces after the next one a stop's cut words are looked for in.
const SKIP_REACH: usize = 3;
/// Most lines of a headline read as text by its marks that [`heads_over_leads`] reads as a
/// headline over its report's lead formula.
const MAX_HEAD_OVER_LEAD_LINES: usize = 3;
/// A piece that shares less than this with the first report's text opens the second by its
/// words alone, where it has at least [`MIN_FRESH_BIGRAMS`] distinct bigrams.
const FRESH_SHARE: f32 = 0.1;
const MIN_FRESH_BIGRAMS: usize = 20;
/// How many times more words a piece must share with one report than the other to go against
/// the columns' order.
const CLEARLY: f32 = 1.5;
/// A piece under its own title that shares less than this with both reports opens another one:
/// the run ends before it.
const NEW_REPORT_SHARE: f32 = 0.03;
/// Fewest times the pieces go over to the other report because only its column fits them that
/// show alternating columns by their widths alone.
const MIN_COLUMN_SWITCHES: usize = 3;
/// Fewest lines of a piece that shows its column (a caption or a paragraph's end shows none).
const MIN_COLUMN_LINES: usize = 3;
/// Fewest lines of the text so far of one width that make it a column's.
const COLUMN_WIDTH_LINES: usize = 4;

/// Heights (the page's lines, blank lines counted, from one column's first line to the next's)
/// a column grid may have; how many lines sooner a column may open; fewest stops mid-sentence a
/// grid must put at a column's end.
const MIN_COLUMN_HEIGHT: usize = 6;
const MAX_COLUMN_HEIGHT: usize = 60;
const GRID_SLACK: usize = 2;
const MIN_GRID_STOPS: usize = 3;
/// How many times more words the pieces must share with their own report than with the other
/// where only the grid shows alternation.
const GRID_OWN_RATIO: f32 = 3.0;
/// Or where the heads before the run part as the reports do: a head (of [`MIN_HEAD_PAIRS`]
/// bigrams at least) shares this much with one report's text, and this many times more than with
/// the other's.
const HEAD_OWN_SHARE: f32 = 0.3;
const HEAD_RATIO: f32 = 2.5;
const MIN_HEAD_PAIRS: usize = 4;

/// A stretch of lines with no blank line inside: `lines[start..end]`.
#[derive(Debug, Clone, Copy)]
struct Stretch {
    start: usize,
    end: usize,
    /// Running text (not a title): a sentence end or a full line with a clause mark, lines that
    /// go on from a stretch that stopped mid-sentence, or lines all of a width the text so far
    /// often has.
    text: bool,
    /// It stops mid-sentence on a full line: its column ends there.
    dangles: bool,
    /// A title set wider than its column and than every column the text so far has (a headline
    /// across columns, no intertitle).
    wide: bool,
    /// A label on a line of its own that leads into the title under it (拉萨，出发——): with that
    /// title, one intertitle.
    label: bool,
    /// A line alone, no text by itself, that fills a column of the text's and stops
    /// mid-sentence between two text stretches: a column's last line or a title of the
    /// column's width ([`cut_lines`] tells).
    lone: bool,
    /// A photo's credit on a line of its own (新华社记者  白雪飞摄): it closes the caption before it.
    credit: bool,
}

impl Stretch {
    /// It opens on a report's lead formula (新华社北京9月24日电…) or on an editor's note, which
    /// stands first under a headline too (编者按：新中国的成立…): no intertitle stands over it, nor is
    /// it a title.
    fn opens_lead(&self, lines: &[Line]) -> bool {
        let first = lines[self.start].text;
        dateline(first).is_some() || editors_note(first)
    }
}

/// Pieces of a run (stretch index ranges) and the headline groups' stretches before it.
#[derive(Debug, Default)]
struct Run {
    heads: std::ops::Range<usize>,
    pieces: Vec<std::ops::Range<usize>>,
}

/// The lines of `page` (as [`crate::lines::read`] gives them) in reading order.
pub fn reading_order<'a>(page: &str, lines: Vec<Line<'a>>) -> Vec<Line<'a>> {
    let lines = set_aside(lines);
    let mut stretches = stretches(&lines);
    cut_lines(page, &lines, &mut stretches);
    heads_over_leads(page, &lines, &mut stretches);
    // Most pages have no stretch that stops mid-sentence, no column that goes on elsewhere:
    // nothing to do.
    let stops = stretches.iter().filter(|s| s.dangles).count();
    if stops == 0 {
        return lines;
    }
    let page = Page { lines: &lines, stretches: &stretches, text: page, stops };
    let mut moves: Vec<(Run, Vec<bool>, Vec<bool>)> = Vec::new();
    for run in runs(&stretches, &lines) {
        if let Some((run, heads_b, pieces_b)) = alternation(&page, run) {
            moves.push((run, heads_b, pieces_b));
        }
    }
    if moves.is_empty() {
        return lines;
    }
    // The new order of stretches: each moved run as A's heads, A's pieces, B's heads, B's pieces.
    let mut order: Vec<usize> = Vec::with_capacity(stretches.len());
    let mut next = 0;
    for (run, heads_b, pieces_b) in &moves {
        order.extend(next..run.heads.start);
        for thread in [false, true] {
            order.extend(run.heads.clone().zip(heads_b).filter(|(_, &b)| b == thread).map(|(s, _)| s));
            for (p, &b) in run.pieces.iter().zip(pieces_b) {
                if b == thread {
                    order.extend(p.clone());
                }
            }
        }
        next = run.pieces.last().map_or(run.heads.end, |p| p.end);
    }
    order.extend(next..stretches.len());
    let mut slots: Vec<Option<Line>> = lines.into_iter().map(Some).collect();
    let mut out = Vec::with_capacity(slots.len());
    for s in order {
        let st = stretches[s];
        for (k, slot) in slots[st.start..st.end].iter_mut().enumerate() {
            let mut line = slot.take().expect("each line is moved once");
            // A moved stretch still stands apart from the text before it.
            if k == 0 && !out.is_empty() {
                line.gap_before = true;
            }
            out.push(line);
        }
    }
    // A moved line's column is the one its new neighbours set, not the other report's it stood
    // among (a line set apart by a column break would read as a title wider than its column).
    crate::lines::columns(&mut out);
    out
}

/// Page furniture alone between blank lines where a column stops mid-sentence (…虽然不能满足
/// 当事各方的最高⏎⏎■⏎⏎诉求，却能…; a page's header or number between two columns of a report) is read
/// at the page's end, so that the column's text meets its rest across the blank. Where the rest
/// is a remnant on a line of its own that ends a sentence (…参加⏎⏎■⏎⏎会见。), the furniture stays:
/// the roles read a title cut by furniture as text; one that ends none, half a column at most,
/// under a column of text (…报送单位：吉林⏎⏎■⏎⏎记协), is the rest of the column's last word.
fn set_aside(mut lines: Vec<Line>) -> Vec<Line> {
    // (a line alone between blanks first, then the formulas: that turns away almost every line)
    let alone = |lines: &[Line], i: usize| lines[i].gap_before && lines.get(i + 1).is_some_and(|l| l.gap_before) && (furniture(lines[i].text) || masthead(lines[i].text));
    let mut moved: Vec<usize> = Vec::new();
    let mut i = 1;
    while i < lines.len() {
        if !alone(&lines, i) {
            i += 1;
            continue;
        }
        // Lines i..end are furniture, each alone; line end is the rest, if the page goes on.
        let end = (i..lines.len()).find(|&k| !alone(&lines, k)).unwrap_or(lines.len());
        let before = &lines[i - 1];
        let cut = stops_mid_sentence(before) && before.text.ends_with(|c: char| is_cjk(c) || matches!(c, '，' | '、')) && !furniture(before.text);
        // (the rest goes on past its first line, or is a remnant alone under a column of text)
        let goes_on = lines.get(end + 1).is_some_and(|l| !l.gap_before);
        let remnant = !before.gap_before && lines.get(end).is_some_and(|l| !ends_sentence(l.text) && l.width * 2.0 <= l.column);
        if cut && (goes_on || remnant) {
            moved.extend(i..end);
        }
        i = end;
    }
    if moved.is_empty() {
        return lines;
    }
    let mut aside = Vec::with_capacity(moved.len());
    for &k in moved.iter().rev() {
        aside.push(lines.remove(k));
    }
    lines.extend(aside.into_iter().rev());
    lines
}

/// The page's stretches between blank lines.
fn stretches(lines: &[Line]) -> Vec<Stretch> {
    let mut out: Vec<Stretch> = Vec::new();
    let mut start = 0;
    // The widths of the text's lines so far, and how many reach each: two lines or more of one
    // width a column's text has, ending no sentence, are that column's text (its words cut where
    // the column ends), no title, though wider than the column the page's lines around set.
    let mut widths: Vec<(f32, usize)> = Vec::new();
    // (the stretch before is a lone line that may be a column's last: see below)
    let mut lone = false;
    for i in 1..=lines.len() {
        if i == lines.len() || lines[i].gap_before {
            let all = &lines[start..i];
            let last = &lines[i - 1];
            let after_stop = out.last().is_some_and(|s| s.dangles);
            let columned = all.len() > 1 && all.iter().all(|l| l.width == all[0].width && !ends_sentence(l.text)) && text_columns(&widths).any(|w| w == all[0].width);
            let text = columned || (after_stop && all.len() > 1) || all.iter().rev().any(|l| ends_sentence(l.text) || (l.is_full() && has_clause_mark(l.text)));
            if text {
                for l in all {
                    match widths.iter_mut().find(|(w, _)| *w == l.width) {
                        Some((_, n)) => *n += 1,
                        None => widths.push((l.width, 1)),
                    }
                }
            }
            let dangles = text && stops_mid_sentence(last);
            // (a title wider than the column around it but no wider than a column the text so
            // far has is the other report's intertitle where two reports' columns of two widths
            // alternate, no headline across columns)
            let wide = !text && all.iter().any(Line::is_wide) && !all.iter().all(|l| text_columns(&widths).any(|w| !l.wider_than(w)));
            let label = !text && all.len() == 1 && all[0].text.ends_with("——");
            // (a lone line that fills a column of the text's and stops mid-sentence, after text and
            // before text, is a column's last line unless it reads as a title: see [`cut_lines`])
            let after_text = out.last().is_some_and(|s| s.text);
            if let Some(before) = out.last_mut().filter(|_| text && lone) {
                before.lone = true;
            }
            lone = !text && after_text && all.len() == 1 && stops_mid_sentence(&all[0]) && text_columns(&widths).any(|w| w == all[0].width);
            let credit = !text && all.len() == 1 && caption_credit(all[0].text).is_some_and(|(at, _)| at == 0);
            out.push(Stretch { start, end: i, text, dangles, wide, label, lone: false, credit });
            start = i;
        }
    }
    out
}

/// The widths of the text's lines so far (as [`stretches`] counts them) that [`COLUMN_WIDTH_LINES`]
/// lines at least reach: the text's columns.
fn text_columns(widths: &[(f32, usize)]) -> impl Iterator<Item = f32> + '_ {
    widths.iter().filter(|&&(_, n)| n >= COLUMN_WIDTH_LINES).map(|&(w, _)| w)
}

/// A lone line that fills its column, between texts, is text whose column ends there: its
/// paragraph's first line, the rest printed in a later column (…洪磊２４日在例行⏎⏎…⏎⏎记者会上…).
/// Unless it reads as a title: a headline closed by its column's rubric in brackets
/// (…（钟声）), a subtitle opened by a dash, a line right over a report's lead formula (a
/// headline of the column's width). Such a line is text only where its cut word goes on
/// ([`cut_word_goes_on`]: …对温家⏎⏎…⏎⏎宝等中国领导人).
fn cut_lines(page: &str, lines: &[Line], stretches: &mut [Stretch]) {
    for i in 0..stretches.len() {
        if !stretches[i].lone {
            continue;
        }
        let last = lines[stretches[i].start].text;
        let over_lead = stretches.get(i + 1).is_some_and(|s| s.opens_lead(lines));
        let title = last.starts_with("——") || rubric_suffix(last) || over_lead;
        if !title || cut_word_goes_on(page, lines, stretches, i) {
            stretches[i].text = true;
            stretches[i].dangles = true;
        }
    }
}

/// A short stretch read as text by its marks (a full line with a comma: 传承中朝友谊，续写时代
/// 新篇章), right over a report's lead formula and after text that ended its sentence, is that
/// report's headline when it reads as one: at most [`MAX_HEAD_OVER_LEAD_LINES`] lines, none
/// ending a sentence, the last on no clause mark, its brackets and quotation marks closed, none
/// as wide as the lines of the text before it (a column's text is), and its last word going on
/// in no later text ([`cut_word_goes_on`]). Else the run of alternating columns before it would
/// read on through it into the next report.
fn heads_over_leads(page: &str, lines: &[Line], stretches: &mut [Stretch]) {
    for i in 1..stretches.len().saturating_sub(1) {
        let (before, s) = (stretches[i - 1], stretches[i]);
        let all = &lines[s.start..s.end];
        if !s.text || all.len() > MAX_HEAD_OVER_LEAD_LINES || !before.text || before.dangles || !stretches[i + 1].opens_lead(lines) {
            continue;
        }
        let text: String = all.iter().map(|l| l.text).collect();
        // (the text before, less its last line, is a column's: as wide as the column)
        let column = &lines[before.start..before.end - 1];
        let head = all.iter().all(|l| !ends_sentence(l.text) && column.iter().all(|c| c.width != l.width))
            && !text.trim_end().ends_with(|c| is_clause_punct(c) || matches!(c, '“' | '（' | '《'))
            && bracket_depth(&text) == 0
            && quote_depth(&text) == 0;
        if head && !cut_word_goes_on(page, lines, stretches, i) {
            stretches[i].text = false;
            stretches[i].dangles = false;
        }
    }
}

/// The last character of stretch `i` and the first of one of the next text stretches (up to
/// [`SKIP_REACH`] past the next) make a pair of characters the page prints elsewhere, as
/// [`Pieces::goes_on`] reads one (…对温家⏎⏎…⏎⏎宝等中国领导人): a word cut where a column ends.
fn cut_word_goes_on(page: &str, lines: &[Line], stretches: &[Stretch], i: usize) -> bool {
    let last = lines[stretches[i].end - 1].text;
    stretches[i + 1..].iter().take(SKIP_REACH + 1).filter(|s| s.text).any(|s| cut_pair(last, lines[s.start].text).is_some_and(|pair| prints(page, pair)))
}

/// The line fills its column and ends no sentence: the text goes on elsewhere.
fn stops_mid_sentence(line: &Line) -> bool {
    line.is_full() && !ends_sentence(line.text)
}

/// Runs of pieces: each text stretch is a piece, a lone title stretch opens the piece after it
/// (an intertitle), but a photo's credit closes the one before it (its caption); two or more
/// title stretches in a row, one set wider than its column and any column of the text before,
/// or one over a report's lead formula or editor's note (新华社北京9月24日电…, 编者按：…: no
/// intertitle stands over one), are headline groups, which end a run and stand before the next.
fn runs(stretches: &[Stretch], lines: &[Line]) -> Vec<Run> {
    let mut out = Vec::new();
    let mut run = Run::default();
    let mut titles = 0..0;
    for (i, s) in stretches.iter().enumerate() {
        if !s.text {
            if titles.is_empty() {
                titles = i..i;
            }
            titles.end = i + 1;
            continue;
        }
        // (a label over its title is one intertitle, no headline group)
        let labelled = titles.len() == 2 && stretches[titles.start].label;
        let head_group = (titles.len() >= 2 && !labelled) || titles.clone().any(|t| stretches[t].wide) || (titles.len() == 1 && s.opens_lead(lines));
        if head_group {
            out.push(std::mem::take(&mut run));
            run.heads = titles.clone();
        }
        // (a photo's credit closes the piece before it, its caption)
        let credit = titles.len() == 1 && stretches[titles.start].credit && !head_group;
        if let Some(last) = run.pieces.last_mut().filter(|last| credit && last.end == titles.start) {
            last.end = titles.end;
        }
        let start = if (titles.len() == 1 || labelled) && !head_group && !credit { titles.start } else { i };
        titles = i + 1..i + 1;
        run.pieces.push(start..i + 1);
    }
    out.push(run);
    out.retain(|r| r.pieces.len() >= MIN_PIECES);
    out
}

/// The page as this stage reads it: its text, lines and stretches.
struct Page<'p, 'a> {
    text: &'p str,
    lines: &'p [Line<'a>],
    stretches: &'p [Stretch],
    /// How many stretches stop mid-sentence.
    stops: usize,
}

impl Page<'_, '_> {
    /// The bigrams of a range of stretches' lines.
    fn bigrams(&self, range: impl Iterator<Item = usize>, limit: usize) -> Bigrams {
        bigrams_of(range.flat_map(|s| self.lines[self.stretches[s].start..self.stretches[s].end].iter().map(|l| l.text)), limit)
    }

}

/// A run as pieces of the page.
struct Pieces<'r, 'p, 'a> {
    page: &'r Page<'p, 'a>,
    run: &'r Run,
    /// The page's text from the run's first line to its last.
    text: &'p str,
    /// The pairs of characters printed within the run's lines, once the run is read further
    /// (asked of every piece: one pass instead of a search each).
    pairs: Option<Bigrams>,
}

impl Pieces<'_, '_, '_> {
    fn len(&self) -> usize {
        self.run.pieces.len()
    }
    /// The piece stops mid-sentence on a full line: its column ends there.
    fn dangles(&self, p: usize) -> bool {
        self.page.stretches[self.run.pieces[p].end - 1].dangles
    }
    /// The piece opens with running text (not under a title of its own).
    fn opens_text(&self, p: usize) -> bool {
        self.page.stretches[self.run.pieces[p].start].text
    }
    /// The words cut at the end of piece `a` go on at the start of piece `b`'s text (past a
    /// title over it): the pair of characters they make is printed within a line of the run
    /// (部⏎门: 部门).
    fn goes_on(&self, a: usize, b: usize) -> bool {
        let last = self.page.stretches[self.run.pieces[a].end - 1].end - 1;
        let first = self.page.stretches[self.run.pieces[b].end - 1].start;
        if !self.dangles(a) {
            return false;
        }
        let Some(pair) = cut_pair(self.page.lines[last].text, self.page.lines[first].text) else {
            return false;
        };
        match &self.pairs {
            Some(pairs) => pairs.contains(key(pair.0, pair.1)),
            None => prints(self.text, pair),
        }
    }
    /// Piece `a` stops mid-sentence inside brackets that piece `b`'s text closes (（本报记者王某、
    /// 李某、⏎⏎张某）): `b` goes on from `a`, where the words cut show nothing.
    fn closes_bracket(&self, a: usize, b: usize) -> bool {
        let first = self.page.stretches[self.run.pieces[b].end - 1].start;
        self.dangles(a) && self.text_lines(a).iter().map(|l| bracket_depth(l.text)).sum::<i32>() > 0 && bracket_depth(self.page.lines[first].text) < 0
    }
    fn bigrams(&self, p: usize) -> Bigrams {
        self.page.bigrams(self.run.pieces[p].clone(), PIECE_CHARS)
    }
    /// The piece is a photo's caption closed by its credit.
    fn photo(&self, p: usize) -> bool {
        self.page.stretches[self.run.pieces[p].end - 1].credit
    }
    /// The piece opens on a report's lead formula (新华社北京1月8日电…) or an editor's note
    /// (编者按：…), as [`Stretch::opens_lead`] reads its text stretch.
    fn opens_lead(&self, p: usize) -> bool {
        self.opens_text(p) && self.page.stretches[self.run.pieces[p].end - 1].opens_lead(self.page.lines)
    }
    /// The piece's text lines (past a title over it).
    fn text_lines(&self, p: usize) -> &[Line<'_>] {
        let s = self.page.stretches[self.run.pieces[p].end - 1];
        &self.page.lines[s.start..s.end]
    }
    /// The column of body text the piece is set in: the width most of its lines but the last
    /// reach (ties to the wider), where it has [`MIN_COLUMN_LINES`] lines at least, two of them
    /// reach it, and it is a newspaper column's width (a photo text across the page is none).
    fn column(&self, p: usize) -> Option<f32> {
        let lines = self.text_lines(p);
        if lines.len() < MIN_COLUMN_LINES {
            return None;
        }
        let before_last = &lines[..lines.len() - 1];
        let count = |w: f32| before_last.iter().filter(|l| l.width == w).count();
        let (agree, col) = before_last.iter().map(|l| (count(l.width), l.width)).max_by(|a, b| a.0.cmp(&b.0).then(a.1.total_cmp(&b.1)))?;
        (agree >= 2 && col <= MAX_COLUMN).then_some(col)
    }
    /// The piece may be set in a column of width `col`: its column (if known) is that one within
    /// the column's tolerance, and no line is clearly wider ([`Line::wider_than`]).
    fn fits(&self, p: usize, col: f32) -> bool {
        self.column(p).is_none_or(|c| (c - col).abs() <= column_tolerance(col)) && self.text_lines(p).iter().all(|l| !l.wider_than(col))
    }
}

/// The pair of word characters a break between `a` and `b` cuts: `a`'s last and `b`'s first,
/// where both are CJK (部⏎门: 部, 门).
fn cut_pair(a: &str, b: &str) -> Option<(char, char)> {
    a.chars().next_back().zip(b.chars().next()).filter(|&(x, y)| is_cjk(x) && is_cjk(y))
}

/// Does `text` print the pair of characters?
fn prints(text: &str, (x, y): (char, char)) -> bool {
    let mut pair = [0u8; 8];
    let n = x.encode_utf8(&mut pair).len();
    let m = y.encode_utf8(&mut pair[n..]).len();
    memchr::memmem::find(text.as_bytes(), &pair[..n + m]).is_some()
}

/// The part of `text` from the start of `first` to the end of `last`, both slices of it (all of
/// it where they are not).
fn span<'t>(text: &'t str, first: &str, last: &str) -> &'t str {
    let base = text.as_ptr() as usize;
    let start = (first.as_ptr() as usize).checked_sub(base);
    let end = (last.as_ptr() as usize + last.len()).checked_sub(base);
    start.zip(end).and_then(|(s, e)| text.get(s..e)).unwrap_or(text)
}

/// Share of words two texts have in common, of the smaller one.
fn overlap(a: &Bigrams, b: &Bigrams) -> f32 {
    if a.len() <= b.len() { shared(a, b) } else { shared(b, a) }
}

/// The pieces of a run followed as two reports, and the evidence that they alternate.
#[derive(Debug, Default)]
struct Threads {
    /// Which pieces are the second report's.
    is_b: Vec<bool>,
    /// The pieces of each report.
    pieces: [Vec<usize>; 2],
    /// Where a third report opens (or the run's end).
    end: usize,
    /// How often the words cut at a column's end go on in the other report's next piece (and
    /// not in the piece right after the cut), and how often the other way round, in the pieces
    /// read for alternation (once one report ends, the other goes on alone).
    junction_for: usize,
    junction_against: usize,
    /// Stops mid-sentence, and how often the piece after one shares more words with the other
    /// report; how much the pieces share with the report they are closer to, and with the other.
    stops: usize,
    agree: usize,
    own: f32,
    other: f32,
    /// How often a piece went over to the other report because only that report's column fits
    /// it (the two reports set in columns told apart), in the pieces read for alternation.
    column_switches: usize,
}

/// Follow a run's pieces as two reports, the second opening at piece `seed`: after a stop
/// mid-sentence the other report goes on, else the same one, unless the words cut at the stop
/// say otherwise, or the pieces' words, clearly. `grid`: which pieces end a column of the
/// run's grid ([`grid`]; empty where it is not read), each column one report's. Past the
/// grid's last column one report runs on alone (the other ran out, which ended the grid): a
/// stop there hands over to the other report only where the words cut or the pieces' words say.
fn follow(pieces: &Pieces, sets: &[Bigrams], seed: usize, grid: &[bool]) -> Threads {
    let n = pieces.len();
    let mut t = Threads { is_b: (0..=seed).map(|p| p == seed).collect(), pieces: [(0..seed).collect(), vec![seed]], end: n, ..Threads::default() };
    // The words of each report so far.
    let mut profiles = [Bigrams::default(), sets[seed].clone()];
    for set in &sets[..seed] {
        profiles[0].insert_all(set);
    }
    // The column of each report, from its first piece that shows one.
    let mut columns = [(0..seed).find_map(|p| pieces.column(p)), pieces.column(seed)];
    for (k, this) in sets.iter().enumerate().skip(seed + 1) {
        let (sa, sb) = (shared(this, &profiles[0]), shared(this, &profiles[1]));
        if !pieces.opens_text(k) && sa < NEW_REPORT_SHARE && sb < NEW_REPORT_SHARE {
            t.end = k;
            break;
        }
        let cur = t.is_b[k - 1];
        let (same, switch) = if cur { (sb, sa) } else { (sa, sb) };
        let other_end = *t.pieces[!cur as usize].last().expect("both reports have a piece");
        let j_stay = pieces.goes_on(k - 1, k);
        let j_switch = pieces.goes_on(other_end, k);
        let (bracket_stay, bracket_switch) = (pieces.closes_bracket(k - 1, k), pieces.closes_bracket(other_end, k));
        if k < seed + WINDOW {
            if j_switch && !j_stay {
                t.junction_for += 1;
            } else if j_stay && !j_switch {
                t.junction_against += 1;
            }
            t.own += same.max(switch);
            t.other += same.min(switch);
            if pieces.dangles(k - 1) {
                t.stops += 1;
                t.agree += usize::from(switch > same);
            }
        }
        // Where the reports' columns are told apart, the one the piece fits is its report.
        let by_column = match columns {
            [Some(a), Some(b)] if columns_apart(a, b) => {
                let (fa, fb) = (pieces.fits(k, a), pieces.fits(k, b));
                (fa != fb).then_some(fb)
            }
            _ => None,
        };
        if k < seed + WINDOW && by_column.is_some_and(|b| b != cur) {
            t.column_switches += 1;
        }
        let b = if let Some(b) = by_column {
            b
        } else if bracket_switch != bracket_stay {
            // (a bracket a stop left open is closed where that report goes on, past any grid)
            bracket_switch != cur
        } else if grid.get(k - 1..).is_some_and(|g| g.contains(&true)) {
            // (a column of the grid, not its last, is one report's; at its end the other report
            // goes on unless the words say clearly otherwise)
            if grid[k - 1] { (same > CLEARLY * switch) == cur } else { cur }
        } else if j_switch != j_stay {
            j_switch != cur
        } else if pieces.dangles(k - 1) && grid.is_empty() {
            // (past the grid's columns a stop is the report running on: see above)
            (same > CLEARLY * switch) == cur
        } else {
            (switch > CLEARLY * same) != cur
        };
        t.pieces[b as usize].push(k);
        profiles[b as usize].insert_all(this);
        t.is_b.push(b);
        if columns[b as usize].is_none() {
            columns[b as usize] = pieces.column(k);
        }
    }
    t
}

/// The run's columns, where they are all of one height: for each piece, whether a column ends
/// with it. Each column opens one height of the page's lines (blank lines counted) after the one
/// before, or up to [`GRID_SLACK`] lines sooner (a paragraph's blank line lost at the break);
/// a column ends with the last piece before the next opens, whether or not it stops
/// mid-sentence. The grid holds as long as every stop mid-sentence ends a column; where a
/// column passes it inside a piece, or ends short of it but where one report ran out
/// ([`lay`]), it ends. The
/// height is the one that puts the most stops at a column's end before it ends, at least
/// [`MIN_GRID_STOPS`].
fn grid(pieces: &Pieces) -> Option<Vec<bool>> {
    // (read by stretches: a column may end on a line of its own that the pieces read as a title)
    let page = pieces.page;
    let (first, last) = (pieces.run.pieces[0].start, pieces.run.pieces[pieces.len() - 1].end);
    let stretches = &page.stretches[first..last];
    let n = stretches.len();
    if stretches[..n - 1].iter().filter(|s| s.dangles).count() < MIN_GRID_STOPS {
        return None;
    }
    let starts: Vec<usize> = stretches.iter().map(|s| page.lines[s.start].no).collect();
    let mut best: Option<(usize, Vec<bool>)> = None;
    for height in MIN_COLUMN_HEIGHT..=MAX_COLUMN_HEIGHT {
        let mut ends = vec![false; n];
        let placed = lay(stretches, &starts, height, 0, &mut ends, false);
        if placed >= MIN_GRID_STOPS && best.as_ref().is_none_or(|(b, _)| placed > *b) {
            best = Some((placed, ends));
        }
    }
    // A piece ends a column where its last stretch does, or the title that opens the next.
    let (_, ends) = best?;
    Some(pieces.run.pieces.iter().enumerate().map(|(p, r)| ends[r.end - 1 - first] || pieces.run.pieces.get(p + 1).is_some_and(|next| next.len() > 1 && ends[next.start - first])).collect())
}

/// Lay a grid of one height over the stretches from stretch `s` (opening a column): mark the
/// columns' ends in `ends` (none once a report has run out) and return how many stops
/// mid-sentence end a column, as [`grid`] reads them. Where a column ends short of the grid
/// with a paragraph of text (not a title), one report may have run out: that is its last
/// column, and the other report's columns go on alone at the grid's height where one of them
/// ends with a stop on the grid before any title. Once.
fn lay(stretches: &[Stretch], starts: &[usize], height: usize, mut s: usize, ends: &mut [bool], ran_out: bool) -> usize {
    let n = stretches.len();
    let (mut placed, mut open, mut column) = (0, starts[s], s);
    while s + 1 < n {
        // (a title past a report's run-out may open a third report: the grid is read no further)
        if ran_out && !(stretches[s].text && stretches[s + 1].text) {
            break;
        }
        let (target, next) = (open + height, starts[s + 1]);
        // (stretch s + 1 is the last to open on or before the grid's line)
        let last = s + 2 >= n || starts[s + 2] > target;
        let ends_here = stretches[s].dangles || last;
        if next > target || (ends_here && next + GRID_SLACK < target) {
            // (a report runs out on a paragraph of its text, and the other's columns must keep to
            // the grid after it)
            if !ran_out {
                let short = (column..=s).filter(|&r| stretches[r].text && !stretches[r].dangles && starts[r + 1] + GRID_SLACK < target);
                for r in short {
                    let more = lay(stretches, starts, height, r + 1, ends, true);
                    if more > 0 {
                        ends[r] = true;
                        return placed + more;
                    }
                }
            }
            break;
        }
        if ends_here {
            ends[s] = !ran_out;
            placed += usize::from(stretches[s].dangles);
            open = next;
            column = s + 1;
        }
        s += 1;
    }
    placed
}

/// At how many of the grid's column ends (none where it is not read) the reading's reports take
/// turns.
fn turns(t: &Threads, grid: &[bool]) -> usize {
    (0..t.is_b.len().saturating_sub(1)).filter(|&p| grid.get(p) == Some(&true) && t.is_b[p] != t.is_b[p + 1]).count()
}

/// How far two reports' words part (their pieces given): each report's text shares its words
/// with itself (its first half with its second) far more than with the other report's.
fn separation(pieces: &Pieces, reports: &[Vec<usize>; 2]) -> f32 {
    let (page, run) = (pieces.page, pieces.run);
    let halves = |t: &[usize]| {
        let texts: Vec<&str> = t.iter().flat_map(|&p| run.pieces[p].clone()).flat_map(|s| page.lines[page.stretches[s].start..page.stretches[s].end].iter().map(|l| l.text)).collect();
        let half = texts.iter().map(|w| w.len()).sum::<usize>() / 2;
        let mut seen = 0;
        let split = texts.iter().position(|w| {
            seen += w.len();
            seen > half
        });
        let (first, second) = texts.split_at(split.map_or(texts.len(), |i| i + 1));
        (bigrams_of(first.iter().copied(), HALF_CHARS), bigrams_of(second.iter().copied(), HALF_CHARS))
    };
    let (a1, a2) = halves(&reports[0]);
    let (b1, b2) = halves(&reports[1]);
    let within = (overlap(&a1, &a2) + overlap(&b1, &b2)) / 2.0;
    let cross = (overlap(&a1, &b1) + overlap(&a2, &b2) + overlap(&a1, &b2) + overlap(&a2, &b1)) / 4.0;
    within - MAX_CROSS * cross
}

/// The run's pieces followed as two reports ([`follow`]) from each seed B may open at: after
/// the first column's end, at the piece set in another column, or earlier with a piece that
/// shares next to nothing with A's text so far (A's column ended with its paragraph). Of these,
/// the reading whose pieces go over to the other report's column most (by width, then at the
/// grid's column ends: one cut word printed elsewhere is weaker evidence than the grid's every
/// turn), then whose cut words go on best; of equals, the one whose reports' words part best
/// (the separation, also returned). `grid` as [`follow`] reads it.
fn threads(pieces: &Pieces, sets: &[Bigrams], first_stop: Option<usize>, other_column: Option<usize>, grid: &[bool]) -> Option<(Threads, f32)> {
    let n = pieces.len();
    let mut seeds: Vec<usize> = first_stop.map(|p| p + 1).filter(|&p| p < n).into_iter().chain(other_column).collect();
    let mut before = sets[0].clone();
    for (k, set) in sets.iter().enumerate().take(first_stop.map_or(0, |p| p + 1)).skip(1) {
        if set.len() >= MIN_FRESH_BIGRAMS && shared(set, &before) < FRESH_SHARE {
            seeds.push(k);
        }
        before.insert_all(set);
    }
    seeds
        .into_iter()
        .map(|seed| {
            let t = follow(pieces, sets, seed, grid);
            let apart = separation(pieces, &t.pieces);
            (t, apart)
        })
        .max_by(|(x, xa), (y, ya)| {
            let score = |t: &Threads| (t.column_switches, turns(t, grid), t.junction_for as isize - t.junction_against as isize);
            score(x).cmp(&score(y)).then(xa.total_cmp(ya))
        })
}

/// Where the run's pieces alternate between two reports: the run (cut where a third report
/// opens), which of its heads and pieces are the second report's.
///
/// Only a run where the words cut at some stop go on not in the next piece but in one of the
/// few after it is read further (most runs are one report's columns, each going on in the
/// next). The first piece is A's. B opens after A's first stop mid-sentence, or earlier with a
/// piece that shares next to nothing with A's text so far (A's column ended with its
/// paragraph): of these, the one whose cut words go on best. The columns alternate where the
/// words cut at the columns' ends go on in the other report's pieces, or the pieces after the
/// stops share their words with the other report, and the two reports share few words.
///
/// Where the run's columns are all of one height ([`grid`]), they are read first as the two
/// reports' in turn (a column is one report's; at its end the other goes on unless the words say
/// clearly otherwise): they alternate where the reports take turns at most of the grid's column
/// ends and their words part clearly.
///
/// Where the words part less clearly, two titles over the run, one naming each report (its
/// words clearly that report's), are evidence enough in either reading. So B may open, too,
/// where a piece opens on a report's lead formula right after a stop mid-sentence (no sentence's
/// rest opens so), or on a photo's caption closed by its credit: there B may be that one piece,
/// A's column going on after it. A lead formula there that opens the first piece set in a column
/// apart from A's, where B's column shows in another piece and A's width comes back, is evidence
/// enough with the widths, though they change fewer times than [`MIN_COLUMN_SWITCHES`] asks (A
/// ran out after a column or two).
fn alternation(page: &Page, mut run: Run) -> Option<(Run, Vec<bool>, Vec<bool>)> {
    let lines_of = |p: &std::ops::Range<usize>| page.stretches[p.start].start..page.stretches[p.end - 1].end;
    let (first_line, last_line) = (lines_of(run.pieces.first()?).start, lines_of(run.pieces.last()?).end - 1);
    let mut pieces = Pieces { page, run: &run, text: span(page.text, page.lines[first_line].text, page.lines[last_line].text), pairs: None };
    let n = pieces.len();
    // Where the pieces' columns go back and forth between widths told apart, often enough for
    // the columns alone to show alternation: the first piece set in a column apart from the
    // first's (B's first piece).
    let known: Vec<(usize, f32)> = (0..n.min(WINDOW)).filter_map(|p| pieces.column(p).map(|c| (p, c))).collect();
    let changes = known.windows(2).filter(|w| columns_apart(w[0].1, w[1].1)).count();
    let apart: Vec<usize> = known.iter().filter(|&&(_, c)| columns_apart(c, known[0].1)).map(|&(p, _)| p).collect();
    let first_stop = (0..n.min(WINDOW)).find(|&p| pieces.dangles(p));
    // Or a piece that opens on a report's lead formula, or a photo's caption closed by its
    // credit, right after a stop mid-sentence: B's first (a lead formula opens no sentence's
    // rest). (Looked for only under two heads at least: the titles that name the two reports
    // are what such a reading needs.)
    let lead_cut = (run.heads.len() >= 2).then(|| (1..n.min(WINDOW)).find(|&k| pieces.dangles(k - 1) && (pieces.opens_lead(k) || pieces.photo(k)))).flatten();
    // Where that lead formula opens the first piece set apart from A's column, B's column shown
    // by another piece too, and the widths change back, they show alternation though they go
    // back and forth fewer times (A ran out after a column or two; B ran on alone).
    let lead_column = changes >= 2 && apart.len() >= 2 && lead_cut.is_some_and(|k| apart[0] == k && pieces.opens_lead(k));
    // (and a piece went over to B by that column)
    let over_by_lead_column = |t: &Threads| lead_column && t.column_switches >= 1;
    let other_column = (changes > MIN_COLUMN_SWITCHES || lead_column).then(|| apart.first().copied()).flatten();
    // (on a page of fewer stops than [`MIN_PIECES`] less one, only that shows alternation: a word
    // cut at one stop going on elsewhere is too little)
    if page.stops + 1 < MIN_PIECES && !lead_column {
        return None;
    }
    let by_stops = other_column.is_some()
        || lead_cut.is_some_and(|k| k + 1 < n)
        || first_stop.is_some_and(|first_stop| {
            run.heads.len() >= 2 && first_stop + MIN_PIECES <= n && (1..n.min(WINDOW)).any(|k| !pieces.goes_on(k - 1, k) && (k + 1..n.min(k + 1 + SKIP_REACH)).any(|j| pieces.goes_on(k - 1, j)))
        });
    // Or the run's columns of one height, read as the two reports' in turn.
    let grid = grid(&pieces).unwrap_or_default();
    let grid_stop = (0..n.min(WINDOW).min(grid.len())).find(|&p| grid[p]).filter(|&p| p + MIN_PIECES <= n);
    // (a cheap look first: the grid's columns, taken in turn as the two reports', must part by
    // their words at all)
    let grid_stop = grid_stop.filter(|_| {
        let mut in_turn: [Vec<usize>; 2] = Default::default();
        let mut column = 0;
        let last = grid.iter().rposition(|&g| g).unwrap_or(0);
        for (p, &end) in grid.iter().enumerate().take(last + 1) {
            in_turn[column % 2].push(p);
            column += usize::from(end);
        }
        separation(&pieces, &in_turn) >= 0.0
    });
    if !by_stops && grid_stop.is_none() {
        return None;
    }
    pieces.pairs = Some(pairs_within(page.lines[first_line..=last_line].iter().map(|l| l.text)));
    let sets: Vec<Bigrams> = (0..n).map(|p| pieces.bigrams(p)).collect();
    let profile = |ps: &[usize]| {
        let mut all = Bigrams::default();
        for &p in ps {
            all.insert_all(&sets[p]);
        }
        all
    };
    // The heads before the run name the two reports a reading finds: one title's words are
    // clearly A's, another's clearly B's (two headline groups printed over two reports' columns).
    // (a title's: no report's lead formula, no closing note in brackets; the titles are listed
    // once, and the reports' words built only where two are left)
    let titles: Vec<Bigrams> = run
        .heads
        .clone()
        .filter(|&h| {
            !page.stretches[h].opens_lead(page.lines) && !page.lines[page.stretches[h].start].text.starts_with(['（', '('])
        })
        .map(|h| page.bigrams(h..h + 1, PIECE_CHARS))
        .filter(|hb| hb.len() >= MIN_HEAD_PAIRS)
        .collect();
    let heads_part = |t: &Threads| {
        if titles.len() < 2 {
            return false;
        }
        let profiles = [profile(&t.pieces[0]), profile(&t.pieces[1])];
        let leans = |own: usize| {
            titles.iter().any(|hb| {
                let (mine, other) = (shared(hb, &profiles[own]), shared(hb, &profiles[1 - own]));
                mine >= HEAD_OWN_SHARE && other * HEAD_RATIO <= mine
            })
        };
        leans(0) && leans(1)
    };
    // The grid's reading first, where the run has one: the reports take turns at
    // [`MIN_SWITCHES`] of its column ends at least, and at [`MIN_SWITCH_SHARE`] of them, and
    // their words part clearly.
    let mut read = None;
    if grid_stop.is_some() {
        if let Some((t, apart)) = threads(&pieces, &sets, grid_stop, other_column, &grid) {
            let ends = (0..t.is_b.len() - 1).filter(|&p| grid[p]).count();
            let turns = turns(&t, &grid);
            // (titles that name the two reports show the alternation where one report runs on
            // alone after the other ends, its columns taking no turns)
            let most = turns as f32 >= MIN_SWITCH_SHARE * ends as f32;
            // (or the words cut at the columns' ends go on in the other report's pieces, never the
            // other way)
            let cut = t.junction_for >= MIN_JUNCTIONS && t.junction_against == 0;
            // (or B opened on its lead formula in a column of its own, and a piece went over to it
            // by that column)
            if turns >= MIN_SWITCHES && ((most && apart >= CLEAR_APART && t.own >= GRID_OWN_RATIO * t.other) || (apart >= 0.0 && (heads_part(&t) || (most && (cut || over_by_lead_column(&t)))))) {
                read = Some(t);
            }
        }
    }
    if read.is_none() && by_stops {
        let (t, apart) = threads(&pieces, &sets, first_stop, other_column, &[])?;
        let by_junctions = t.junction_for >= MIN_JUNCTIONS || (t.junction_for >= 1 && t.junction_against == 0 && apart >= CLEAR_APART);
        let by_words = t.agree >= MIN_SWITCHES && t.agree as f32 >= MIN_SWITCH_SHARE * t.stops as f32 && t.own >= OWN_RATIO * t.other;
        let by_columns = t.column_switches >= MIN_COLUMN_SWITCHES || over_by_lead_column(&t);
        if by_columns || (t.junction_for >= t.junction_against && apart >= 0.0 && (by_junctions || by_words || heads_part(&t))) {
            read = Some(t);
        }
    }
    let t = read?;
    // (B of one piece is read only where it is the piece after A's stop that opens on a lead
    // formula or is a photo's caption)
    if t.pieces[1].len() < 2 && !lead_cut.is_some_and(|k| t.pieces[1] == [k]) {
        return None;
    }
    // The heads before the run: from the first that shares more with B's text, B's; where none
    // does, those after the last that shares more with A's, and at least the last (B's group is
    // printed after A's).
    let profiles = [profile(&t.pieces[0]), profile(&t.pieces[1])];
    let leaning: Vec<std::cmp::Ordering> = run
        .heads
        .clone()
        .map(|h| {
            let hb = page.bigrams(h..h + 1, PIECE_CHARS);
            shared(&hb, &profiles[1]).total_cmp(&shared(&hb, &profiles[0]))
        })
        .collect();
    let split = leaning.iter().position(|o| o.is_gt()).unwrap_or_else(|| leaning.iter().rposition(|o| o.is_lt()).map_or(leaning.len(), |i| i + 1));
    // Two groups print at least two stretches, B's last.
    let split = if split == leaning.len() && leaning.len() >= 2 { split - 1 } else { split };
    let heads_b: Vec<bool> = (0..leaning.len()).map(|i| i >= split).collect();
    run.pieces.truncate(t.end);
    let mut is_b = t.is_b;
    is_b.truncate(t.end);
    Some((run, heads_b, is_b))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lines::read;

    /// Two reports of four full lines a column, each line stopping mid-sentence.
    const A: [&str; 8] = [
        "我国特高压直流输电工程近日竣工投产",
        "特高压直流工程起于四川凉山州，止于",
        "江苏苏州，特高压直流工程全长两千公",
        "里，特高压直流工程每年向华东输送清",
        "洁电能，国家电网特高压直流工程投资",
        "三百亿元，特高压直流输电工程建设者",
        "克服高原施工难题，特高压直流工程提",
        "前半年建成，特高压直流工程输送能力",
    ];
    const B: [&str; 8] = [
        "朝鲜领导人金正恩在平壤会见中国代表",
        "团，朝中友谊源远流长，朝鲜代表团团",
        "长表示，朝中两国人民的友谊牢不可破",
        "，朝鲜愿同中方加强交流，推动朝中关",
        "系发展，朝鲜代表团将访问北京，朝中",
        "双方签署多项合作文件，朝鲜劳动党代",
        "表团团长会见中国领导人，朝中两党加",
        "强交往，朝鲜代表团受到热情接待，朝",
    ];

    /// Two reports on one subject in columns of 18 and 12 units, each stopping mid-sentence.
    const WIDE: [&str; 9] = [
        "特高压直流输电工程近日竣工投产，工程",
        "起于四川凉山州，止于江苏苏州，全长两",
        "千公里，每年向华东输送清洁电能三百亿",
        "千瓦时，相当于南京市半年的用电量，工",
        "程首次研制可控自恢复消能装置等二十种",
        "新设备，核心设备全部实现国产化，在世",
        "界上首次研发混合级联特高压直流输电技",
        "术，集成了大容量远距离低损耗的优势，",
        "国家电网表示工程投产后将推动华东地区",
    ];
    const NARROW: [&str; 9] = [
        "华东电网近日迎来一条新的",
        "特高压通道，江苏全省用电",
        "负荷屡创新高，清洁电能从",
        "四川送到江苏，电网公司介",
        "绍，迎峰度夏期间将保持满",
        "负荷运行，江苏电网调度中",
        "心表示，新通道投运后华东",
        "电网的受电能力明显提升，",
        "今年夏季用电高峰期间华东",
    ];

    /// A third text, in words neither report's, on full lines stopping mid-sentence (its last
    /// line left to each test).
    const FARM: [&str; 7] = [
        "春耕时节田野里一派繁忙景象，农民们正",
        "忙着翻地播种，村里的农机站组织农机手",
        "下田作业，技术人员在地头讲解科学施肥",
        "的方法，村民们说今年的好收成有盼头了",
        "，乡里还请来农业专家开展培训，帮助大",
        "家掌握新技术，提高种粮的效益和收入水",
        "平，镇上的农资店备足了种子化肥和农药",
    ];

    fn columns(first: &[&str], second: &[&str], rows: usize) -> Vec<String> {
        let mut cols = Vec::new();
        for k in 0..first.len() / rows {
            cols.push(first[k * rows..(k + 1) * rows].join("\n"));
            cols.push(second[k * rows..(k + 1) * rows].join("\n"));
        }
        cols
    }

    /// The page's stretches and its runs.
    fn runs_of(page: &str) -> (Vec<Stretch>, Vec<Run>) {
        let lines = read(page);
        let stretches = stretches(&lines);
        let runs = runs(&stretches, &lines);
        (stretches, runs)
    }

    fn numbers(lines: &[Line]) -> Vec<usize> {
        lines.iter().map(|l| l.no).collect()
    }

    /// The page's lines in reading order.
    fn ordered(page: &str) -> Vec<String> {
        reading_order(page, read(page)).iter().map(|l| l.text.to_string()).collect()
    }

    /// Two reports one after the other, each under its title.
    fn two_reports(title_a: &str, a: &[&str], title_b: &str, b: &[&str]) -> Vec<String> {
        [&[title_a][..], a, &[title_b][..], b].concat().into_iter().map(str::to_string).collect()
    }

    #[test]
    fn furniture_between_a_column_and_its_rest_is_read_at_the_page_s_end() {
        // A stray mark and a page's number between a column that stops mid-sentence and the
        // next; a mark after a paragraph's end stays where it is.
        let page = format!("{}\n{}\n\n■\n\n3\n\n{}\n{}\n\n■\n\n又一段。\n", A[0], A[1], A[2], "完了。");
        let lines = reading_order(&page, read(&page));
        let texts: Vec<&str> = lines.iter().map(|l| l.text).collect();
        assert_eq!(texts, [A[0], A[1], A[2], "完了。", "■", "又一段。", "■", "3"]);
        assert!(lines[2].gap_before);
        let blocks = crate::joins::join(&lines);
        assert_eq!(blocks[0].text, format!("{}{}{}完了。", A[0], A[1], A[2]));
        // The page's header stays at its top; a mark before a remnant alone stays where it is.
        let page = format!("2022年7月21日 星期二\n\n第10版 国内新闻\n\n{}\n{}\n\n■\n\n会见。\n", A[0], A[1]);
        let lines = reading_order(&page, read(&page));
        let texts: Vec<&str> = lines.iter().map(|l| l.text).collect();
        assert_eq!(texts, ["2022年7月21日 星期二", "第10版 国内新闻", A[0], A[1], "■", "会见。"]);
    }

    #[test]
    fn furniture_before_a_remnant_of_a_columns_last_word_is_read_at_the_page_s_end() {
        // (…特高压直流工程提⏎⏎■⏎⏎前半年: the column's last word cut by the break, its rest alone)
        let column = A[..7].join("\n");
        let page = format!("{column}\n\n■\n\n前半年\n\n又一段。\n");
        let texts: Vec<String> = reading_order(&page, read(&page)).iter().map(|l| l.text.to_string()).collect();
        assert_eq!(texts[7..], ["前半年", "又一段。", "■"]);
        // Not after a line alone (a title cut by the furniture), nor before a remnant that ends a
        // sentence (the roles read a title so cut as text).
        let page = format!("{}\n完了。\n\n{}\n\n■\n\n前半年\n\n又一段。\n", A[..4].join("\n"), A[6]);
        let texts: Vec<String> = reading_order(&page, read(&page)).iter().map(|l| l.text.to_string()).collect();
        assert_eq!(texts[5..], [A[6], "■", "前半年", "又一段。"]);
        let page = format!("{column}\n\n■\n\n前建成。\n\n又一段。\n");
        let texts: Vec<String> = reading_order(&page, read(&page)).iter().map(|l| l.text.to_string()).collect();
        assert_eq!(texts[7], "■");
    }

    #[test]
    fn alternating_columns_are_put_back_together() {
        let page = format!("特高压工程竣工投产\n\n朝鲜领导人会见中国代表团\n\n{}\n\n特高压直流工程全面运行。\n\n朝中关系不断发展。\n", columns(&A, &B, 2).join("\n\n"));
        let lines = reading_order(&page, read(&page));
        let texts: Vec<&str> = lines.iter().map(|l| l.text).collect();
        let mut want = vec!["特高压工程竣工投产"];
        want.extend(A);
        want.push("特高压直流工程全面运行。");
        want.push("朝鲜领导人会见中国代表团");
        want.extend(B);
        want.push("朝中关系不断发展。");
        assert_eq!(texts, want);
        // Every line is still there, once, with its own number.
        let mut nos = numbers(&lines);
        nos.sort_unstable();
        assert_eq!(nos, numbers(&read(&page)));
    }

    #[test]
    fn a_label_over_an_intertitle_inside_alternating_columns_ends_no_run() {
        // A's third column opens under a labelled intertitle (工程亮点——⏎⏎自主创新); B goes on after it.
        let cols = columns(&A, &B, 2);
        let page = format!(
            "特高压工程竣工投产\n\n朝鲜领导人会见中国代表团\n\n{}\n\n{}\n\n{}\n\n{}\n\n工程亮点——\n\n自主创新\n\n{}\n\n{}\n\n{}\n\n{}\n\n特高压直流工程全面运行。\n\n朝中关系不断发展。\n",
            cols[0], cols[1], cols[2], cols[3], cols[4], cols[5], cols[6], cols[7]
        );
        let texts = ordered(&page);
        let b_first = texts.iter().position(|t| t == "朝鲜领导人会见中国代表团").unwrap();
        assert!(texts[..b_first].iter().all(|t| !B.contains(&t.as_str())), "{texts:?}");
        assert!(texts[b_first..].iter().all(|t| !A.contains(&t.as_str())), "{texts:?}");
    }

    #[test]
    fn each_report_is_one_item_under_its_own_headline() {
        let page = format!("特高压工程竣工投产\n\n朝鲜领导人会见中国代表团\n\n{}\n\n特高压直流工程全面运行。\n\n朝中关系不断发展。\n", columns(&A, &B, 2).join("\n\n"));
        let items = crate::rebuild("p", &page, &crate::Options::default()).unwrap();
        assert_eq!(items.len(), 2, "{items:#?}");
        assert_eq!(items[0].headline.as_deref(), Some("特高压工程竣工投产"));
        assert!(items[0].blocks.iter().all(|b| !b.text.contains("朝鲜")), "{:?}", items[0].blocks);
        assert_eq!(items[1].headline.as_deref(), Some("朝鲜领导人会见中国代表团"));
        assert!(items[1].blocks.iter().all(|b| !b.text.contains("特高压")), "{:?}", items[1].blocks);
        // Each item's lines: its own columns, apart.
        assert_eq!(items[0].lines, vec![[1, 1], [5, 6], [11, 12], [17, 18], [23, 24], [29, 29]]);
    }

    #[test]
    fn alternating_columns_of_two_widths_are_put_back_together() {
        // Two reports on one subject, set in columns of 18 and 12 units, three lines a column:
        // their words cannot tell the columns apart, their widths do.
        let a = WIDE;
        let b = NARROW;
        let page = format!("特高压工程竣工投产\n\n华东电网迎峰度夏\n\n{}\n", columns(&a, &b, 3).join("\n\n"));
        assert_eq!(ordered(&page), two_reports("特高压工程竣工投产", &a, "华东电网迎峰度夏", &b));
        // Each line's column is its own report's, read among its new neighbours.
        let lines = reading_order(&page, read(&page));
        for l in lines.iter().filter(|l| a.contains(&l.text) || b.contains(&l.text)) {
            assert_eq!(l.column, if a.contains(&l.text) { 18.0 } else { 12.0 }, "{}", l.text);
        }
    }

    #[test]
    fn a_headline_with_a_comma_over_a_lead_formula_ends_a_run() {
        // After two reports' alternating columns, a third report's headline on a full line with a
        // comma, right over its lead formula: a headline group that ends the run, not a column of
        // the two reports' text; the third report's column break stays where it is.
        let mut a = WIDE;
        a[8] = "国家电网表示工程投产以后运行平稳了。";
        let mut b = NARROW;
        b[8] = "今年用电高峰期平稳度过。";
        let head = ["春耕时节田野里繁忙", "农民们说，好收成有盼头"];
        let farm = [
            "本报讯　春耕时节田野里一派繁忙的景象，", "农民们正忙着翻地播种，村里的农机站组", "织农机手下田作业，技术人员在地头讲解",
            "科学施肥的方法，村民们说今年的好收成", "有盼头了，乡里还请来农业专家开展培训，", "帮助大家掌握新技术。",
        ];
        let page = format!(
            "特高压工程竣工投产\n\n华东电网迎峰度夏\n\n{}\n\n{}\n\n{}\n\n{}\n",
            columns(&a, &b, 3).join("\n\n"),
            head.join("\n"),
            farm[..3].join("\n"),
            farm[3..].join("\n")
        );
        let mut want = two_reports("特高压工程竣工投产", &a, "华东电网迎峰度夏", &b);
        want.extend([&head[..], &farm[..]].concat().into_iter().map(str::to_string));
        assert_eq!(ordered(&page), want);
    }

    #[test]
    fn one_report_after_another_keeps_its_order() {
        // A's columns, then B's: each piece shares the words of its neighbours.
        let mut cols = columns(&A, &A, 2);
        cols.truncate(4);
        cols.extend(columns(&B, &B, 2).into_iter().take(4));
        let page = format!("特高压工程竣工投产\n\n朝鲜领导人会见中国代表团\n\n{}\n", cols.join("\n\n"));
        assert_eq!(numbers(&reading_order(&page, read(&page))), numbers(&read(&page)));
    }

    #[test]
    fn three_pieces_are_not_enough() {
        let mut cols = columns(&A, &B, 4);
        cols.truncate(3);
        let page = format!("{}\n\n{}\n", cols.join("\n\n"), A[0]);
        assert_eq!(numbers(&reading_order(&page, read(&page))), numbers(&read(&page)));
    }

    #[test]
    fn alternating_columns_of_one_height_are_put_back_together_where_a_column_ends_its_paragraph() {
        // Four lines a column; A's second column ends its paragraph, and no word cut at a
        // column's end is printed whole elsewhere: only the columns' height shows where each ends.
        let a_end = [A[4], A[5], A[6], "特高压直流工程全面运行。"];
        let cols = [&A[..4], &B[..4], &a_end[..], &B[4..], &A[..4], &B[..4]].map(|c| c.join("\n"));
        let page = format!("特高压工程竣工投产\n\n朝鲜领导人会见中国代表团\n\n{}\n", cols.join("\n\n"));
        let (a, b) = ([&A[..4], &a_end[..], &A[..4]].concat(), [&B[..], &B[..4]].concat());
        assert_eq!(ordered(&page), two_reports("特高压工程竣工投产", &a, "朝鲜领导人会见中国代表团", &b));
    }

    #[test]
    fn alternating_columns_of_two_reports_on_one_subject_are_put_back_together_where_their_headlines_part() {
        // Two power stations, three lines a column, each column ending on a comma (no word cut):
        // the reports share too many words for their columns to part by words alone; each
        // headline names one of them.
        let a = [
            "四川凉山州的特高压换流站近日投运，", "这座换流站由国家电网建设，凉山州的", "水电从这座换流站源源不断送往华东，",
            "建设者克服高原缺氧等困难，凉山州的", "水电资源丰富，换流站投运后凉山州水", "电外送能力提升，换流站运行很平稳，",
            "建设者说换流站的投运凝聚了凉山州各", "族群众的支持，换流站年送电量三百亿", "千瓦时，凉山州的清洁水电送达华东，",
            "换流站所在的凉山州将继续开发水电，", "换流站二期工程也在规划之中，凉山州", "换流站的建设者们将继续奋战在高原，",
        ];
        let b = [
            "江苏苏州的特高压受端站近日投运，国", "家电网在苏州建设的这座受端站接收来", "自四川的水电，受端站缓解用电紧张，",
            "江苏的企业用上了清洁水电，苏州受端", "站的值班人员说苏州受端站全年无休，", "江苏电网调度中心表示受端站很关键，",
            "苏州受端站投运后江苏电网的受电能力", "明显提升，苏州受端站的运维人员每天", "巡视设备，迎峰度夏期间保持满负荷，",
            "苏州受端站的建设者说受端站的投运为", "江苏经济发展提供了电力保障，苏州受", "端站将继续做好设备的运行维护工作，",
        ];
        let page = format!("凉山州换流站投运\n\n苏州受端站投运\n\n{}\n", columns(&a, &b, 3).join("\n\n"));
        assert_eq!(ordered(&page), two_reports("凉山州换流站投运", &a, "苏州受端站投运", &b));
        // A closing note and a lead formula over the run are no titles: they name no report.
        let page = format!("（本报凉山州换流站电）\n\n本报苏州7月1日电 苏州受端站投运\n\n{}\n", columns(&a, &b, 3).join("\n\n"));
        assert_eq!(numbers(&reading_order(&page, read(&page))), numbers(&read(&page)));
    }

    #[test]
    fn alternating_columns_are_put_back_together_where_one_report_runs_on_alone_under_titles_naming_both() {
        // A's three columns alternate with B's first three; B's last three follow one another.
        // Most column ends take no turn, but each title names one report.
        let a = [
            "我国特高压直流输电工程近日竣工投产，", "特高压直流工程起于四川凉山州，止于江", "苏苏州，特高压直流工程全长两千公里，",
            "特高压直流工程每年向华东输送清洁电能", "三百亿千瓦时，国家电网特高压直流工程", "投资三百亿元，特高压工程按期完工了，",
            "特高压直流输电工程建设者克服高原施工", "难题，特高压直流工程提前半年建成了，", "特高压直流工程输送能力居世界第一位，",
        ];
        let b = [
            "朝鲜艺术团在平壤大剧院演出歌舞节目，", "朝鲜观众热烈欢迎艺术团的精彩表演，朝", "鲜艺术团团长表示演出取得圆满成功了，",
            "朝鲜艺术团演员们身着民族服装载歌载舞", "朝鲜艺术团的舞蹈节目赢得了阵阵掌声，", "朝鲜艺术团还表演了大型歌舞和器乐曲，",
            "朝鲜艺术团团长说，艺术团将赴各地巡演", "朝鲜观众期待艺术团带来更多的好节目，", "朝鲜艺术团巡演将持续一个月的时间了，",
            "朝鲜艺术团的演员们每天排练到深夜，朝", "鲜艺术团团长说演员们非常珍惜演出机会", "朝鲜艺术团此次巡演共准备了十台节目，",
            "朝鲜艺术团的歌舞节目展现了民族风情，", "朝鲜观众说艺术团的演出让人难以忘怀，", "朝鲜艺术团明年还将推出新的歌舞节目，",
            "朝鲜艺术团团长表示将继续创作新作品，", "朝鲜艺术团希望为观众奉献更多好节目，", "朝鲜艺术团的巡演计划已经全部安排好，",
        ];
        let mut cols = columns(&a, &b[..9], 3);
        cols.extend(b[9..].chunks(3).map(|c| c.join("\n")));
        let page = format!("特高压工程竣工投产\n\n朝鲜艺术团在平壤演出\n\n{}\n", cols.join("\n\n"));
        assert_eq!(ordered(&page), two_reports("特高压工程竣工投产", &a, "朝鲜艺术团在平壤演出", &b));
    }

    #[test]
    fn a_report_that_opens_on_its_lead_formula_in_a_column_of_its_own_after_a_stop_alternates_with_the_one_before() {
        // A's column (18 units) stops mid-sentence; B opens on its lead formula in a column of 12
        // and stops mid-sentence; A ends in its own width, B in its own. Two stops only, two
        // changes of width back, no cut word printed elsewhere, titles too short to name either
        // report: the lead formula right after a stop and the widths going back are the
        // evidence.
        let a1 = &FARM[..4];
        let a2 = [FARM[4], FARM[5], FARM[6], "供应。"];
        let b1 = ["新华社南京7月4日电　华东", NARROW[0], NARROW[1], NARROW[2]];
        let b2 = [&NARROW[3..], &["电网运行平稳。"][..]].concat();
        let page = format!("春耕\n\n电网\n\n{}\n\n{}\n\n{}\n\n{}\n", a1.join("\n"), b1.join("\n"), a2.join("\n"), b2.join("\n"));
        let (a, b) = ([a1, &a2[..]].concat(), [&b1[..], &b2[..]].concat());
        assert_eq!(ordered(&page), two_reports("春耕", &a, "电网", &b));
        // (where B opens on no lead formula, nothing shows that A's column stopped there)
        let plain = page.replace("新华社南京7月4日电　华东", "在华东电网调度中心，华东");
        assert_eq!(ordered(&plain), plain.lines().filter(|l| !l.is_empty()).collect::<Vec<_>>());
    }

    #[test]
    fn a_title_wider_than_its_column_heads_a_run_of_its_own() {
        // Four paragraphs, a title across columns, four more: two runs, the title heading the
        // second (read as an intertitle it would join the first report's run).
        let para = "特高压直流输电工程近日竣工投产，工程\n全长两千公里。";
        let title = "朝鲜领导人金正恩在平壤会见中国代表团团长一行";
        let page = format!("{}\n\n{title}\n\n{}\n", [para; 4].join("\n\n"), [para; 4].join("\n\n"));
        let (stretches, runs) = runs_of(&page);
        assert!(stretches[4].wide && !stretches[4].text);
        assert_eq!(runs.len(), 2);
        assert_eq!(runs[1].heads, 4..5);
        assert_eq!(runs[1].pieces, vec![5..6, 6..7, 7..8, 8..9]);
    }

    #[test]
    fn a_title_wider_than_its_column_but_no_wider_than_a_column_the_text_has_is_an_intertitle() {
        // Two reports' columns of 18 and 12 units in turn: a title of B's wider column, printed
        // after A's narrow column, is wider than the lines around it but no headline across
        // columns: an intertitle, the run goes on through it.
        let wide = "特高压直流输电工程近日竣工投产，工程\n全长两千公里。";
        let narrow = "华东电网近日迎来一条新的\n特高压通道。";
        let title = "朝鲜领导人在平壤会见中国代表团团长";
        let page = format!("{}\n\n{}\n\n{title}\n\n{}\n", [wide; 4].join("\n\n"), [narrow; 4].join("\n\n"), [narrow; 3].join("\n\n"));
        let (stretches, runs) = runs_of(&page);
        assert!(!stretches[8].text && !stretches[8].wide);
        assert_eq!(runs.len(), 1);
        assert_eq!(runs[0].pieces[8], 8..10);
        // (on a page whose text has no column that wide, the title heads a run of its own)
        let page = format!("{}\n\n{title}\n\n{}\n", [narrow; 4].join("\n\n"), [narrow; 4].join("\n\n"));
        let (stretches, runs) = runs_of(&page);
        assert!(stretches[4].wide);
        assert_eq!(runs.len(), 2);
    }

    #[test]
    fn a_title_over_a_lead_formula_or_an_editors_note_heads_a_run_of_its_own() {
        // Four paragraphs, a title of the column's width, a report's lead and three paragraphs:
        // two runs, the title heading the second (no intertitle stands over a lead formula).
        let para = "特高压直流输电工程近日竣工投产，工程\n全长两千公里。";
        let lead = "新华社北京9月24日电　朝鲜代表团\n抵达北京访问。";
        let page = format!("{}\n\n朝鲜代表团访华\n\n{lead}\n\n{}\n", [para; 4].join("\n\n"), [para; 3].join("\n\n"));
        let (stretches, runs) = runs_of(&page);
        assert!(!stretches[4].text && !stretches[4].wide);
        assert_eq!(runs.len(), 2);
        assert_eq!(runs[1].heads, 4..5);
        assert_eq!(runs[1].pieces, vec![5..6, 6..7, 7..8, 8..9]);
        // (the same title over a paragraph that is no lead is an intertitle: one run)
        assert_eq!(runs_of(&page.replace(lead, para)).1.len(), 1);
        // (but not over an editor's note, which stands first under its report's headline as a
        // lead formula does: read as an intertitle, the title and the report under it would join
        // the run of the reports before)
        let note = "编者按：新中国的成立，实现了中国从几\n千年封建专制政治向人民民主的飞跃。";
        let runs = runs_of(&page.replace(lead, note)).1;
        assert_eq!(runs.len(), 2);
        assert_eq!(runs[1].heads, 4..5);
    }

    #[test]
    fn alternating_columns_of_one_height_are_read_by_the_turns_they_take_where_a_report_opens_on_a_paragraph_of_its_own() {
        // Five lines a column, each column a paragraph's end and the next paragraph's start. A's
        // opening paragraph shares no word with the one after it, so B could open there too;
        // that reading takes turns at fewer of the columns' ends, though the words cut at the
        // columns' ends favour it (朝中⏎关键 against the right one: 中关 is printed in B; 高原⏎
        // 友好 for the wrong one: 原友 is printed in B's last line).
        let cols = [
            "夏季是用电高峰，国家电网保障华东地\n区夏季用电，迎峰度夏。\n\n我国特高压直流输电工程近日竣工投产\n特高压直流工程起于四川凉山州，止于",
            "朝鲜领导人金正恩在平壤会见中国代表\n团，两国情谊源远流长。\n\n朝鲜代表团团长表示，朝中两国人民的\n友谊牢不可破，朝鲜愿同中方加强交流",
            "江苏苏州，特高压直流工程全长两千公\n里，特高压直流工程全面运行。\n\n国家电网特高压直流工程投资三百亿元\n，特高压直流输电工程建设者克服高原",
            "，推动朝中关系发展，朝鲜代表团将访\n问北京。\n\n朝中双方签署多项合作文件，朝鲜劳动\n党代表团团长会见中国领导人，推动朝中",
            "关键施工难题，保障华东地区夏季用电\n，迎峰度夏。\n\n特高压直流工程输送能力居世界第一，\n特高压直流工程每年向华东输送清洁电",
            "友好交往，朝鲜代表团受到热情接待。\n朝中关系不断发展。\n\n朝鲜艺术团在平壤大剧院演出歌舞节目\n，朝鲜观众热烈欢迎艺术团的精彩表演",
            "能三百亿千瓦时。\n\n国家电网保障华东地区夏季用电高峰。",
            "，草原友人表示朝鲜艺术团演出成功。",
        ];
        let page = format!("特高压工程竣工投产\n\n朝鲜领导人会见中国代表团\n\n{}\n", cols.join("\n\n"));
        let lines_of = |k: usize| cols.iter().skip(k).step_by(2).flat_map(|c| c.lines()).filter(|l| !l.is_empty()).collect::<Vec<_>>();
        assert_eq!(ordered(&page), two_reports("特高压工程竣工投产", &lines_of(0), "朝鲜领导人会见中国代表团", &lines_of(1)));
    }

    #[test]
    fn lines_of_a_width_the_text_has_are_text_though_they_print_no_stop() {
        // A paragraph of one column's width; two lines of that width with no stop or
        // comma (a column's words cut at its end) are text that stops mid-sentence; two lines
        // of a width the text has not, a title.
        let page = "特高压直流输电工程近日竣工投产，工程\n起于四川凉山州，止于江苏苏州，全长两\n千公里，每年向华东输送清洁电能三百亿\n千瓦时，相当于南京市半年的用电量了。\n\n朝鲜领导人会见中国代表团\n习近平致电祝贺金正恩当选\n\n李洙墉首先转达了金正恩委员长和李雪主\n女士对习近平总书记和彭丽媛女士的问候\n";
        let lines = read(page);
        let stretches = stretches(&lines);
        assert_eq!(stretches.len(), 3);
        assert!(!stretches[1].text, "{:?}", stretches[1]);
        assert!(stretches[2].text && stretches[2].dangles, "{:?}", stretches[2]);
    }

    #[test]
    fn a_report_that_runs_out_ends_the_turns_and_the_other_runs_on_at_the_grid_s_height() {
        // Five lines a column: A, B, then A's last column, a paragraph of two lines; B runs on
        // alone in columns of the grid's height, in words neither report's (春耕…). The grid
        // has two stops before A runs out and a third in B's column after it: read with the
        // run-out, the column after A's last is B's though its words say nothing. Without it the
        // grid has too few stops and the words read B's rest as A's.
        let a = [A[0], A[1], A[2], A[3], A[4], A[5], "特高压直流工程全面运行。"];
        let tail: Vec<&str> = FARM.iter().copied().chain(["等物资，保障农户春耕生产顺利进行。"]).collect();
        let cols = [a[..5].join("\n"), B[..5].join("\n"), a[5..].join("\n"), tail[..5].join("\n"), tail[5..].join("\n")];
        let page = format!("特高压工程竣工投产\n\n朝鲜领导人会见中国代表团\n\n{}\n", cols.join("\n\n"));
        let b: Vec<&str> = B[..5].iter().chain(&tail).copied().collect();
        assert_eq!(ordered(&page), two_reports("特高压工程竣工投产", &a, "朝鲜领导人会见中国代表团", &b));
    }

    #[test]
    fn past_the_grid_the_report_that_runs_on_keeps_its_pieces() {
        // Five lines a column, A and B in turn, until A's fourth column ends its report two
        // lines in; B runs on alone: a column of its own words, then two long paragraphs whose
        // words are neither report's. Past the grid no other report takes turns: each piece
        // goes on where the one before stops.
        let a: Vec<&str> = A.iter().chain(&A[..7]).copied().chain([A[0], "特高压直流工程全面运行。"]).collect();
        let b: Vec<&str> = B.iter().chain(&B[..8]).chain(&B[..4]).copied().collect();
        let tail: Vec<&str> = FARM.iter().copied().chain(["等物资，保障农户春耕生产顺利进行了，"]).collect();
        let tail2 = [
            "县里的气象站每天发布天气预报，提醒农",
            "户抓住有利时机抢种抢收，防范倒春寒等",
            "灾害天气，保险公司也推出了种植保险，",
            "为农户辛勤的付出提供保障，不少农户还",
            "通过直播带货把自家的农产品卖到了全国",
            "各地，收入比往年增加了不少，村干部说",
            "村里将继续扩大特色种植，带领大家一起",
            "走上致富路，让乡亲们的日子越过越红火",
        ];
        let mut cols: Vec<String> = (0..4).flat_map(|c| [a[c * 5..(c * 5 + 5).min(a.len())].join("\n"), b[c * 5..c * 5 + 5].join("\n")]).collect();
        cols.push(tail.join("\n"));
        cols.push(tail2.join("\n"));
        let page = format!("特高压工程竣工投产\n\n朝鲜领导人会见中国代表团\n\n{}\n", cols.join("\n\n"));
        let b_all: Vec<&str> = b.iter().chain(&tail).chain(&tail2).copied().collect();
        assert_eq!(ordered(&page), two_reports("特高压工程竣工投产", &a, "朝鲜领导人会见中国代表团", &b_all));
    }

    #[test]
    fn a_lone_line_of_the_column_s_width_is_its_last_line_unless_it_reads_as_a_title() {
        // A paragraph in a column of 17 units, then a line alone of that width that stops
        // mid-sentence, then other text: the line is the column's last (its paragraph's first
        // line, the rest printed in a later column), whether or not its cut word is printed
        // elsewhere (代表⏎⏎团: 表团 is; 代表⏎⏎春 is not). A line that reads as a title stays one:
        // a headline closed by its rubric in brackets, a subtitle opened by a dash, a line over a
        // report's lead formula; but where its cut word goes on, it is the column's last too.
        let page = |lone: &str, next: &str| format!("{}\n{}\n{}\n{}\n\n{lone}\n\n{next}\n到热情接待。\n", A[0], A[1], A[2], A[3]);
        let rest = "团，朝中友谊源远流长，朝鲜代表团受";
        let farm = "春耕时节田野里一派繁忙景象，农民们";
        let lead = "新华社平壤1月8日电　朝鲜代表团受";
        let rubric = "朝鲜领导人会见中国代表（国际论坛）";
        let dash = "——朝鲜领导人会见中国代表团朝中友";
        for (page, is_text) in [
            (page(B[0], rest), true),
            (page(B[0], farm), true),
            (page(rubric, farm), false),
            (page(dash, farm), false),
            (page(B[0], lead), false),
            (page(dash, "谊，朝中友谊源远流长，朝鲜代表团受"), true),
        ] {
            let lines = read(&page);
            let mut stretches = stretches(&lines);
            assert!(stretches[1].lone && !stretches[1].text, "{page}: {:?}", stretches[1]);
            cut_lines(&page, &lines, &mut stretches);
            assert_eq!((stretches[1].text, stretches[1].dangles), (is_text, is_text), "{page}");
        }
    }

    #[test]
    fn a_report_of_one_piece_opening_on_its_lead_formula_inside_another_s_column_is_put_after_it() {
        // A's column stops mid-sentence; B, one paragraph under its lead formula, follows it;
        // A's rest after B, in columns of its own. No cut word shows the break (清⏎本 and 清⏎洁
        // are printed nowhere else), but a report's lead formula opens no sentence's rest, and
        // each title names one report.
        let b = ["本报平壤7月1日电（记者王莉）朝鲜艺术团", "在平壤大剧院演出歌舞节目，朝鲜观众热", "烈欢迎艺术团的精彩表演。"];
        let more = ["居世界前列，国家电网特高压直流工程", "每年减少燃煤消耗两千万吨，特高压直", "流工程建设者们将继续奋战在施工一线"];
        let end = "，特高压直流工程全面运行。";
        let page = format!("特高压工程竣工投产\n\n朝鲜艺术团在平壤演出\n\n{}\n\n{}\n\n{}\n\n{}\n\n{end}\n", A[..4].join("\n"), b.join("\n"), A[4..].join("\n"), more.join("\n"));
        let a: Vec<&str> = A.iter().chain(&more).copied().chain([end]).collect();
        assert_eq!(ordered(&page), two_reports("特高压工程竣工投产", &a, "朝鲜艺术团在平壤演出", &b));
    }

    #[test]
    fn a_photo_caption_closed_by_its_credit_inside_another_report_s_column_is_put_after_it() {
        // A's column stops mid-sentence; a photo's caption and its credit, a line of its own,
        // follow it; A's rest after them. The credit closes the caption (it opens no piece of
        // A's), and the caption after a stop shows where the photo's item opens.
        let photo = ["近日，朝鲜艺术团在平壤大剧院演出歌", "舞节目。图为演出现场。"];
        let credit = "新华社记者  王  莉摄";
        let more = ["居世界前列，国家电网特高压直流工程", "每年减少燃煤消耗两千万吨，特高压直", "流工程建设者们将继续奋战在施工一线"];
        let end = "，特高压直流工程全面运行。";
        let page = format!("特高压工程竣工投产\n\n朝鲜艺术团演出\n\n{}\n\n{}\n\n{credit}\n\n{}\n\n{}\n\n{end}\n", A[..4].join("\n"), photo.join("\n"), A[4..].join("\n"), more.join("\n"));
        let a: Vec<&str> = A.iter().chain(&more).copied().chain([end]).collect();
        let b: Vec<&str> = photo.iter().copied().chain([credit]).collect();
        assert_eq!(ordered(&page), two_reports("特高压工程竣工投产", &a, "朝鲜艺术团演出", &b));
    }

    #[test]
    fn a_piece_that_closes_the_bracket_a_stop_left_open_goes_on_from_that_stop() {
        // Two lines a column, A and B in turn; A's last column stops inside its bracketed
        // byline, B's column after it ends its paragraph, and the rest of the byline follows,
        // then B's next paragraph. The piece that closes A's bracket is A's, though it shares
        // no words with either report and B's column ended with its sentence.
        let byline = "（本报记者王晓东、李明华、赵国强、";
        let b_end = "双方签署多项合作文件，朝中关系发展。";
        let rest = "刘洋、陈静、周涛、李晓明、张亚东）";
        let b_more = ["朝鲜代表团团长会见中国代表团，朝中", "友谊源远流长。"];
        let cols = [A[..2].join("\n"), B[..2].join("\n"), A[2..4].join("\n"), B[2..4].join("\n"), A[4..6].join("\n"), B[4..6].join("\n"), format!("{}\n{byline}", A[6]), format!("{}\n{b_end}", B[6]), rest.to_string(), b_more.join("\n")];
        let page = format!("特高压工程竣工投产\n\n朝鲜领导人会见中国代表团\n\n{}\n", cols.join("\n\n"));
        let a: Vec<&str> = A[..7].iter().copied().chain([byline, rest]).collect();
        let b: Vec<&str> = B[..7].iter().copied().chain([b_end]).chain(b_more).collect();
        assert_eq!(ordered(&page), two_reports("特高压工程竣工投产", &a, "朝鲜领导人会见中国代表团", &b));
    }
}
