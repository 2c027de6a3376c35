//! Stage 2, lines → blocks: join hard-wrapped lines and column breaks back into paragraphs, and
//! keep real paragraph breaks.
//!
//! A page marks paragraphs in one of three ways, found from the page itself ([`Style`]): blank
//! lines, a leading indent, or only a short last line (and, where extraction dropped the
//! indents, a first line two units short of its column: `lost_indents`). A blank line after a
//! line that fills its column and stops mid-sentence is a column break, not a paragraph break:
//!
//! ```
//! let col = "一二三四五六七八九十各级各部";
//! let page = format!("{col}\n{col}\n{col}\n\n门坚定不移。\n\n新的段落。");
//! let lines = banmian::lines::read(&page);
//! let blocks = banmian::joins::join(&lines);
//! assert_eq!(blocks.len(), 2);
//! assert!(blocks[0].text.ends_with("各级各部门坚定不移。"));
//! ```
//!
//! Formulas that span lines are read first (`page_facts`): a closing note over several lines,
//! a lead formula cut before its 电 or inside its date (新华社北京１２月３１⏎日电), a role word over names printed a line each (本报记者⏎程⏎龙),
//! a byline wrapped inside a letter-spaced name (本报驻叙利亚记者　李⏎　潇), photographers' names
//! over the rest of their credit (刘博通  倪  帅  姜⏎涛摄影报道).
//!
//! Where a page has no blank line at all, nothing but the text sets a head group apart: a kicker
//! ends on its dash or colon, or stands wider over a headline set as a pair of lines; a title
//! ends on its column's rubric; a headline across columns begins after a sentence's end and
//! ends before the prose under it (so does one of words alone, no mark at all, two units past
//! its column though within its tolerance: 王毅同朝鲜外相李勇浩举行会谈 over a column of 12); and
//! three bare names or more, each on a line of its own over a title and its dispatch, are the
//! labels of a report's parts (中国⏎希望早日重启六方会谈⏎本报北京…电).
use crate::formulas::{bare_name, label_name, relays_on, speaker_opening, interview_turn, numbered_opening, announces_text, bracket_depth, quote_depth, ends_on_field_label, is_digit, find_date, colon_title, is_no_line_start, personal_name, report_opening, year_opening, is_clause_punct, closing_note, ideograph_bytes, agency_credit, answer_start, author_note, author_line, bracketed_note, byline, caption_credit, caption_start, couplet, date_opening, day_opening, dateline, dispatch_note, ends_dangling, ends_mid_sentence, editor_credit, ends_sentence, enumerated, first_word_width, furniture, masthead, has_clause_mark, has_either_char, holds_stop, is_cjk, inline_label, marks, photo_label, is_latin_alnum, question_start, role_only, rubric_suffix, short_name, section_label, signature, signature_date, source_line, starts_mid_sentence, single_comma, dated_entry, is_closer, title_marks, trim_space, trim_end_space};
use crate::page::{columns_apart, Block, Line, Role, INDENT_UNITS, OVERHANG};

/// Most lines a bracketed closing note runs to.
const MAX_NOTE_LINES: usize = 4;
/// Most lines of a title stack.
const MAX_STACK_RUN: usize = 3;
/// Share of a lone full line's runs of three ideographs printed again on the page at which it
/// reads as a headline repeating its report's phrases, not a paragraph's first line.
const REPEATED_TITLE: f32 = 0.6;
/// Most name lines under a role word on a line of its own (four letter-spaced names).
const MAX_NAME_LINES: usize = 8;
/// Longest rest of a photo credit wrapped to a line of its own (涛摄影报道), in characters.
const MAX_CREDIT_REST_CHARS: usize = 7;
/// Most characters of a lead formula's date cut to the next line before its 电 (３１⏎日电).
const MAX_CUT_DATE_CHARS: usize = 3;
/// Most lines a closing dispatch fills in a narrow column (ten places and ten reporters fill
/// eight lines of a column of ten).
const MAX_DISPATCH_LINES: usize = 10;
/// Fewest characters of a line read as a list row's wrapped text rather than furniture (a stray
/// character stays furniture).
const MIN_ROW_CHARS: usize = 4;
/// Fewest labelled parts of one report that set their labels apart where no blank line does
/// ([`page_facts`]).
const MIN_SERIES_LABELS: usize = 3;
/// Fewest paragraphs a page opens on lines two units short before their indents count as lost
/// ([`lost_indents`]).
const MIN_LOST_INDENTS: usize = 3;
/// Fewest paragraphs a page opens on a full line with a quotation mark before its marks count
/// as set narrow ([`narrow_quotes`]).
const MIN_FULL_QUOTE_OPENINGS: usize = 2;

/// How the page marks its paragraphs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Style {
    Blank,
    Indent,
    ShortLine,
}

/// Decide the page's paragraph style from the lines that look like paragraph ends.
pub fn style(lines: &[Line]) -> Style {
    let mut ends = 0usize;
    let mut ends_then_blank = 0usize;
    let mut ends_then_indent = 0usize;
    for w in lines.windows(2) {
        let (a, b) = (&w[0], &w[1]);
        if !a.is_full() && a.column > 0.0 && ends_sentence(a.text) {
            ends += 1;
            if b.gap_before {
                ends_then_blank += 1;
            }
            if b.indent {
                ends_then_indent += 1;
            }
        }
    }
    if ends == 0 {
        return Style::Blank;
    }
    if ends_then_indent * 2 >= ends && ends_then_indent >= 2 {
        Style::Indent
    } else if ends_then_blank * 2 >= ends {
        Style::Blank
    } else {
        Style::ShortLine
    }
}

/// A paragraph's first line whose indent extraction dropped: it comes two units short of its
/// column ([`Line::short_by_indent`]), or one short where it ends on a mark that hung past the
/// column (the mark no line opens on stays at the line's end): a clause mark, which no
/// paragraph's last line ends on (…发表评论称，), or a stop after a sentence's end (`after_end`:
/// …办到群众心坎上。⏎站稳人民立场，才能赢得民心。), where the line under it tells a first line
/// from a last (the callers ask for a full one; after a short line that ends no sentence, a
/// title's or a first line's, such a line is the next one's rest); or
/// shorter still where the first word of the `next` line, a number or a Latin word that is not
/// broken, would not have fitted in the room the indent left (清晨7时许，海拔⏎3700米的拉萨火车站…),
/// as no paragraph's last line stops before its words.
fn short_by_lost_indent(l: &Line, next: Option<&Line>, after_end: bool) -> bool {
    l.short_by_indent()
        || (l.column > 0.0 && (1.0..=1.5).contains(&(l.column - l.width)) && (l.text.ends_with(['，', '、', '；', '：']) || (after_end && l.text.ends_with(['。', '！', '？']))))
        || (l.column - l.width > INDENT_UNITS + 0.5 && next.is_some_and(|n| !n.gap_before && l.width + first_word_width(n.text) > l.column - INDENT_UNITS))
}

/// Where only short last lines mark paragraphs, whether the page's paragraphs open on a line
/// that comes two units short of its column ([`Line::short_by_indent`]), the indent dropped by
/// extraction (a PDF's text): more lines after a paragraph's short last line do than fill their
/// column, where few would by chance (the bundled PDF: 446 against 249; the simulator's
/// short-line pages: next to none).
fn lost_indents(lines: &[Line]) -> bool {
    // (counted where a full line follows, the first line's paragraph going on: a one-line
    // paragraph's width says nothing of its indent)
    let (short, full) = openings(lines, |_, c| c.is_some_and(|c| !c.gap_before && c.is_full()));
    short >= MIN_LOST_INDENTS && short > full
}

/// Where the paragraphs lost their indents ([`lost_indents`]), whether the page sets its
/// quotation marks narrow, as a PDF's text may (the marks print half wide but come out as
/// characters of full width): of the lines that open on one after a paragraph's short last line,
/// which open paragraphs, at least [`MIN_FULL_QUOTE_OPENINGS`] come out full, and at least half
/// as many as come out two units short (the bundled PDF: 61 against 89; the simulator's pages,
/// full-width marks: at most 4 against 11). There a full line that opens on a quotation mark may
/// be a paragraph's first line; elsewhere it is not.
fn narrow_quotes(lines: &[Line]) -> bool {
    let (short, full) = openings(lines, |b, _| b.text.starts_with(['“', '「']));
    full >= MIN_FULL_QUOTE_OPENINGS && 2 * full >= short
}

/// How the lines that open paragraphs after a paragraph's short last line (one that ends a
/// sentence, no blank or indent between) come out, among those `keep` takes (asked of the line
/// and the one under it): how many two units short of their column ([`Line::short_by_indent`])
/// and how many full. What [`lost_indents`] and [`narrow_quotes`] count.
fn openings(lines: &[Line], keep: impl Fn(&Line, Option<&Line>) -> bool) -> (usize, usize) {
    let (mut short, mut full) = (0usize, 0usize);
    for (i, w) in lines.windows(2).enumerate() {
        let (a, b) = (&w[0], &w[1]);
        if a.is_full() || b.gap_before || b.indent || !keep(b, lines.get(i + 2)) || !ends_sentence(a.text) {
            continue;
        }
        if b.short_by_indent() {
            short += 1;
        } else if b.is_full() {
            full += 1;
        }
    }
    (short, full)
}

/// A line that can only be the start of a new block (see [`closes_block`] for the flags;
/// `is_lead`: a lead formula opens it). So is a role word alone on a line short of its column,
/// after a blank or not (…坦克部队⏎⏎新华社记者⏎这是…; 展世界艺术画卷⏎本报记者): no column's text
/// and no title goes on into it.
fn opens_block(l: &Line, is_byline: bool, is_furniture: bool, is_lead: bool) -> bool {
    let t = l.text;
    // A bracketed byline may finish a lead formula split over two lines: 本报大阪6月27日电⏎（记者…）
    (is_byline && !bracketed_note(t)) || is_furniture || is_lead || answer_start(t) || question_start(t) || (!l.is_full() && role_only(t))
}

/// A box's label on a line of its own (亮点, 核心阅读) stands over the box, a section's (部门动态)
/// over its reports, a photo report's (图片报道) over its caption: a block of its own, even where
/// no blank line sets it apart.
fn label_line(l: &Line) -> bool {
    !l.is_full() && (inline_label(l.text) || section_label(l.text) || photo_label(l.text))
}

/// A line that can only be the end of a block. `is_byline` and `is_furniture` are the line's
/// answers to [`byline`] and [`furniture`], asked once.
fn closes_block(l: &Line, is_byline: bool, is_furniture: bool, credit: bool) -> bool {
    if label_line(l) {
        return true;
    }
    is_byline || is_furniture || (credit && caption_credit(l.text).is_some()) || (l.width <= 30.0 && agency_credit(l.text))
}

/// Line `a` is the date that signs a letter and `b` no rest of it: the letter ends there
/// (…胡锦涛⏎二〇一二年四月十一日于北京⏎the next title). A place cut at its first character
/// (…于北⏎京) or set on the next line (…十一日⏎于北京) goes on. (The caller asks it only where
/// `b` reads as no running text, ending no sentence and no full line of prose: a sentence's date
/// may fill a line, …任总书记，⏎2010年9月28日⏎连任。)
fn ends_letter(a: &Line, b: &Line) -> bool {
    // (a line with no 年 turns away almost every line, at one scan)
    a.width <= 30.0
        && a.text.contains('年')
        && !b.text.starts_with('于')
        && signature_date(a.text)
        && a.text.split_once('于').is_none_or(|(_, place)| place.trim_end().chars().count() >= 2)
}

/// The line ends on a photographer's credit: …摄, …摄影, …摄影报道, …摄（新华社发）.
fn ends_with_credit(t: &str) -> bool {
    // (one scan for either character turns away almost every line)
    if !has_either_char(t, '摄', '攝') {
        return false;
    }
    let t = t.trim_end_matches(['）', ')']);
    let t = t.strip_suffix("报道").or_else(|| t.strip_suffix("報道")).unwrap_or(t);
    t.ends_with('摄') || t.ends_with('攝') || t.ends_with("摄影") || t.ends_with("攝影") || t.contains("摄（") || t.contains("攝（")
}

/// Line `b` opens a report's first sentence on a time or its source ([`report_opening`]: 6月20日，
/// 中共中央…; 近日，…; 据朝中社4月21日报道，…), not the rest of a date that line `a` began
/// (…成立于1945年⏎10月10日，) or of a phrase it began (…另⏎据俄罗斯媒体报道，).
fn opens_report(a: &Line, b: &Line) -> bool {
    report_opening(b.text) && !ends_in_date(a) && !relays_on(a.text)
}

/// Line `a` stops inside a date that the next line may finish (…成立于1945年⏎10月10日，).
fn ends_in_date(a: &Line) -> bool {
    a.text.ends_with(|c: char| is_digit(c) || matches!(c, '年' | '月'))
}

/// Line `b`, after a blank, opens a report: on a time ([`opens_report`]), or on a year and a
/// few words (2019年，对中国…, [`year_opening`]), which the blank makes a report's opening too.
fn opens_report_across_blank(a: &Line, b: &Line) -> bool {
    opens_report(a, b) || year_opening(b.text)
}

/// The line runs past its column by a character or more and ends on an ideograph, no hanging
/// mark: no line of that column (a title's, set across columns).
fn past_column(l: &Line) -> bool {
    l.width >= l.column + 1.0 && l.text.ends_with(is_cjk)
}

/// How a numbered line numbers: 一、, （一）, 1. or 第一: each a level of its own.
fn numbering(t: &str) -> usize {
    match t.chars().next() {
        Some('（' | '(') => 1,
        Some(c) if c.is_ascii_digit() => 2,
        Some('第') => 3,
        _ => 0,
    }
}

/// For each way of numbering ([`numbering`]), whether the page numbers its titles so, not its
/// paragraphs: some such numbered title stands alone short of its column (一、总体要求), and no
/// such numbered line runs on into the next with no blank between (六、双方同意…⏎…: a list of
/// numbered paragraphs).
fn numbered_titles(lines: &[Line]) -> [bool; 4] {
    let (mut titles, mut paragraphs) = ([false; 4], [false; 4]);
    for (i, l) in lines.iter().enumerate() {
        // (the number first: it turns away almost every line)
        if !enumerated(l.text) || !(i == 0 || l.gap_before) {
            continue;
        }
        let n = numbering(l.text);
        match lines.get(i + 1) {
            Some(next) if !next.gap_before => paragraphs[n] = true,
            _ => titles[n] |= !l.is_full() && numbered_title(l.text),
        }
    }
    std::array::from_fn(|n| titles[n] && !paragraphs[n])
}

/// A numbered title ([`enumerated`]: 二、强化市场基础制度规则统一, （一）坚持党的全面领导): no
/// mark of running text after its number, no sentence's end.
fn numbered_title(t: &str) -> bool {
    if !enumerated(t) || ends_sentence(t) {
        return false;
    }
    let rest = t.split_once(['、', '）', ')', '.', '．']).map_or(t, |(_, r)| r);
    !rest.is_empty() && !has_clause_mark(rest)
}

/// A line short of its column that ends on a dash: a kicker's, or an intertitle's first part
/// (外交部发言人——, 山南，飞驰——), not a paragraph's last line.
fn dash_kicker(l: &Line) -> bool {
    !l.is_full() && l.text.trim_end().ends_with("——")
}

/// The line closes as a title does, on a closing bracket or quote (…（体坛观澜）, …“头雁方阵”).
fn closes_on_bracket_or_quote(t: &str) -> bool {
    t.ends_with(['）', ')', '”'])
}

/// A line of words alone (ideographs, Latin letters and digits, no mark but quotation and title
/// marks; no indent, which opens a paragraph) that runs two units or more past a column `column`
/// wide, though within its tolerance: no line of the column's text does (only a mark hung past
/// the column takes one there, and a closing quote after a word hangs a unit at most), so it is
/// a headline set across columns (王毅同朝鲜外相李勇浩举行会谈, 14 units, over a column of 12;
/// 广袤田野播下文艺“种子”, 12 over 10).
fn runs_past(l: &Line, f: Facts, column: f32) -> bool {
    const QUOTES: [char; 8] = ['“', '”', '‘', '’', '《', '》', '「', '」'];
    let word = |c: char| is_cjk(c) || c.is_ascii_alphanumeric() || c.is_whitespace() || QUOTES.contains(&c);
    // (a closer that is no quotation or title mark fails the words' test anyway)
    let before_quote = l.text.strip_suffix(is_closer).unwrap_or(l.text);
    column > 0.0 && !l.indent && !f.prose() && l.width >= column + OVERHANG && l.text.chars().all(word) && before_quote.ends_with(is_cjk)
}

/// A paragraph's first line lost its indent in extraction: it fills the column two units early.
fn fills(l: &Line, first: bool) -> bool {
    l.is_full() || (first && l.column > 0.0 && l.width + INDENT_UNITS >= l.column - l.tolerance() && l.width <= l.column)
}

/// What the formulas say about one line, asked once per line.
#[derive(Debug, Clone, Copy)]
struct Facts {
    /// It can only start a block ([`opens_block`]).
    opens: bool,
    /// It can only end a block ([`closes_block`]).
    closes: bool,
    /// It is a lead formula and nothing more (本报东京7月3日电).
    bare_formula: bool,
    /// It opens with a lead formula.
    lead: bool,
    /// It ends a sentence.
    ends: bool,
    /// It ends on a photographer's credit ([`ends_with_credit`]).
    credit: bool,
    /// It is a byline ([`byline`]).
    byline: bool,
    /// It has a clause mark ([`has_clause_mark`]), and one only running text uses
    /// ([`has_sentence_mark`]).
    clause: bool,
    sentence: bool,
    /// Its only mark is the colon between a short label and its words, as a headline's is
    /// ([`colon_title`]: 南方电网：绿色认证落地).
    colon_title: bool,
}

impl Facts {
    /// Text with clause punctuation, or a lead formula, reads as prose, not as a headline.
    fn prose(self) -> bool {
        self.lead || self.clause
    }

    fn of(l: &Line) -> Facts {
        Facts::with(l, Facts::furniture(l))
    }

    /// Whether `l` is page furniture. (The paper's name is, after a blank: as a list's row wraps
    /// it follows its label, 报送单位：⏎人民日报.)
    fn furniture(l: &Line) -> bool {
        furniture(l.text) || (l.gap_before && masthead(l.text))
    }

    /// The facts of `l`, told whether it is page furniture (`f`).
    fn with(l: &Line, f: bool) -> Facts {
        Facts::with_credit(l, f, ends_with_credit(l.text))
    }

    /// The facts of `l`, told whether it is page furniture (`f`) and ends on a photo credit.
    fn with_credit(l: &Line, f: bool, credit: bool) -> Facts {
        let (b, d) = (byline(l.text).is_some(), dateline(l.text));
        let marks = marks(l.text);
        // (a closing note on a line of its own, （作者为…）, is a block of its own)
        let note = closing_note(l.text);
        Facts {
            opens: note || opens_block(l, b, f, d.is_some()),
            closes: note || closes_block(l, b, f, credit),
            bare_formula: d.as_ref().is_some_and(|d| d.len >= l.text.len()),
            lead: d.is_some(),
            ends: ends_sentence(l.text),
            credit,
            byline: b,
            clause: marks.clause,
            sentence: marks.sentence,
            // (asked only of a line short of its column whose first such mark is a colon near
            // its start: a title fills its column seldom, a speaker's first line often)
            colon_title: marks.label_colon && !l.is_full() && d.is_none() && colon_title(l.text),
        }
    }
}

/// What the join knows at a break between line `a` (the last of the block so far) and line `b`,
/// beyond the two lines' own [`Facts`].
#[derive(Debug, Clone, Copy, Default)]
struct Break {
    /// Lines the block already has.
    run: usize,
    /// The line before `a` in the block filled its column.
    before_full: bool,
    /// Some line of the block so far opens with a lead formula or has a mark of running text.
    marked: bool,
    /// The block so far is a stack of title lines: its first line short, with no lead formula
    /// or mark of running text in any line; or a rubric closing it, and up to three lines if
    /// they have such marks.
    stack: bool,
    /// The break cuts a word the page prints elsewhere ([`word_cut`]: 消费⏎⏎者).
    word_across: bool,
    /// One of the first lines from `b` on (to the next blank) reads as prose or ends a sentence.
    b_prose: bool,
    /// The line before the block's first ends a sentence, or the block before it is a report's
    /// closing note ([`closing_note`]).
    after_end: bool,
    /// There is a line before the block, and it ends no sentence and opens no list on a colon
    /// (a title's last line).
    after_open: bool,
    /// `a`, the block's only line, after a sentence's end, is a numbered title ([`numbered_title`]:
    /// no mark of running text after its number, as a paragraph's first line has) whose last
    /// character and `b`'s first are printed together nowhere else on the page (a title that
    /// wraps at the break cuts a word the page prints elsewhere: 三、展示负责任大国担⏎⏎当，…),
    /// on a page that numbers its titles so ([`numbered_titles`]).
    numbered: bool,
    /// `a` is wider than its column, and one of the first lines from `b` on reads as prose,
    /// `b` no title over a report's lead formula or opening sentence.
    prose_under: bool,
    /// `a` is a short line with no mark of running text, `b` (no blank between) is narrower than
    /// `a`'s column and finishes a word `a` cut (李源潮会见朝⏎鲜劳动党代表团): a title's second line,
    /// however full of a column of its own width; so is a `b` with no mark of running text either
    /// that fills `a`'s own column (a headline halved inside a word: …成立70周年庆⏎祝活动并赴…).
    title_word_cut: bool,
    /// `b` opens on the label that opens the page's list rows ([`row_label`]), after a blank
    /// where blanks set the rows apart.
    b_row: bool,
    /// `b` is a line alone, and the line after it opens on that label: the last line of a row,
    /// where blanks set the rows apart (where none does, a line alone between blanks over a row
    /// is the list's sub-head: 一等奖（60件）).
    b_row_end: bool,
    /// `b` stands between blanks (or ends the page), a line of its own.
    b_alone: bool,
    /// `b`, after a blank, ends no sentence, opens on no lead formula, and has an unindented
    /// line under it whose first word would have fitted on `b`: a block's first line, not the
    /// rest of one (a `b` with Latin letters or digits that fills its column within the
    /// tolerance is not asked: its width is not sure).
    b_fits_open: bool,
    /// So, and `b` is short of its column past its tolerance.
    b_short_open: bool,
    /// `b` and the lines after it to a blank finish a head group begun by the block.
    head_rest: bool,
    /// `a`, the block's only line, and `b` are a headline's two phrases set as a couplet
    /// ([`couplet`]: 弘扬中朝友好⏎共创美好未来（大使随笔）), however full `b`.
    couplet: bool,
    /// `b` is a short line with no mark of running text, between a sentence's end and a full
    /// line: a title printed with no blank around it. So is a `b` after a sentence's end that
    /// is set across columns, twice as wide as its column, or stands, however full, over such a
    /// line (a headline over its deck); or, after a sentence's end, up to three title lines over
    /// a report's head (its lead formula, byline or opening on a time, or under a rubric the
    /// report's first line).
    b_title: bool,
    /// `a` is such a title, the block's only line: it fills its column only if it plainly does.
    title_line: bool,
    /// `a`, the block's only line, after a sentence's end, with no mark of running text (however
    /// close it comes to filling the narrow column it is read in), and `b` (no blank between) a
    /// full line of prose in a wider column the line under it holds too, where `b`'s first word
    /// would have fitted on `a`: a title printed over the next report, not a line of either
    /// (…不懈努力。⏎从蔬食中感受生活滋味⏎了解了食物背后的讲究和学问，⏎在享用时…).
    over_wider: bool,
    /// The block (`a` and at most two lines before it, after a blank) stands under a kicker that
    /// stands alone and ends on its dash (结构更优——⏎⏎咬住实体经济发展不放松，优化提升产业结构;
    /// 第十一届世界城市论坛呼吁——⏎⏎打造更可持续、更具⏎韧性和包容性的未来), holds no sentence's
    /// end if it has more than one line, and leaves no quotation open: the kicker's headline.
    under_kicker: bool,
    /// `a` is the block's only line, filling its column to half a unit (a title a unit short of
    /// it is no body line, nor one a character past it on no stop), with no mark of running text, neither opening on a dash nor closing
    /// on one or on a bracket or quote as a title does; `b` is no line alone, and the lines from
    /// `b` on to the next blank (at most three) read as prose but open no report
    /// ([`opens_report_across_blank`]); and the page does not print most of `a`'s runs of three
    /// ideographs again, as it does a headline's ([`REPEATED_TITLE`]).
    alone_over_prose: bool,
    /// `a` is a caption's line set wider than the page's column (as are the block's lines before
    /// it), ending no sentence, and the lines from `b`, after a blank, as wide: the caption's rest,
    /// ending on its photographer's credit within three lines ([`caption_across`]).
    caption_across: bool,
    /// A formula ends the block at `a` ([`closes_block`]) or starts one at `b` ([`opens_block`]).
    hard: bool,
    /// `b` opens on a dash and the block on a chronology's entry ([`dated_entry`]: a date, a
    /// space, the day's event), text whose dash sets off an apposition, not a subtitle.
    dash_in_entry: bool,
    /// The page has no blank line at all: none sets a head group's parts apart.
    blankless: bool,
    /// The page has no blank line, and the block so far closes on a column's rubric, with no
    /// mark of running text (转型金融助力绿色低碳发展（感言）), on a line that does not fill
    /// its column (帧帧光影，重现“万园之园”（解码·文化数字化）), or on the block's first line
    /// (办好基层赛事，升温健身热情（体坛观澜）, filling its column), before a line in a wider
    /// column (the next report's), or under a kicker's line ending on its dash.
    rubric_closed: bool,
    /// The block's first line is a kicker over a headline of two balanced lines, where no blank
    /// line sets it apart ([`kicker_over_pair`]).
    over_pair: bool,
    /// `b`, after a sentence's end or a short line, opens a paragraph on a page whose paragraphs
    /// lost their indents ([`lost_indents`]): it comes two units short of its column, over a full
    /// line (a blank before it is no column break then).
    b_first: bool,
    /// `a` is such a first line itself ([`Break::b_first`]), over a full line, and ends on no
    /// semicolon: its room at the column's end is the indent it lost, not the room a paragraph's
    /// last line leaves. (A line that ends on a semicolon there is as often a list's entry of one
    /// line: 以文化赋能经济社会发展，…价值共生；⏎统筹发展和安全，…)
    a_first: bool,
    /// The page's paragraphs lost their indents ([`lost_indents`]): their first lines, not
    /// their openings' words, mark them.
    lost: bool,
    /// The page's paragraphs lost their indents and it sets its quotation marks narrow
    /// ([`narrow_quotes`]): a paragraph's first line that opens on one may come out full.
    narrow_quotes: bool,
    /// On a page whose short last lines mark paragraphs ([`Style::ShortLine`]), `a` is a list's
    /// entry of one line: it ends on a semicolon, the line before it on a semicolon, a colon or a
    /// stop, and `b` (no blank between) on a semicolon or a stop; or `a` ends on a colon over such
    /// an entry, opening the list.
    entry: bool,
}

/// Does line `b` continue the block that line `a` is in (`fa`, `fb`: their [`Facts`]; `k`: what
/// else is known at the break)?
fn continues(a: &Line, fa: Facts, b: &Line, fb: Facts, k: Break, style: Style) -> bool {
    if k.hard {
        return false;
    }
    // No line opens on a stop or a closing bracket or quote: one that does, right under another,
    // holds the rest of that line (…非常不容易。⏎”, a wrap that left its last mark behind).
    if ends_mid_sentence(a.text) || (!b.gap_before && b.text.starts_with(is_no_line_start)) {
        return true;
    }
    // Nor on a dash alone: it is the rest of the line above, wrapped (…趋势明显⏎——).
    if dash_rest(fa, b) {
        return true;
    }
    // A role word alone on its line, 新华社记者, with no name under it (its names, one a line, are
    // read before: [`one_name_block`]), is a block of its own, whatever follows: no wrap leaves a
    // writer's role alone (…⏎新华社记者⏎这是一个复杂变化的世界。).
    if k.run == 1 && role_only(a.text) {
        return false;
    }
    // Nor does a field's value leave its label (…项目：文字评论 题目：⏎⏎“正本清源…”…).
    if ends_on_field_label(a.text) {
        return true;
    }
    // Nor does a line close a bracket the line right above it left open unless it goes on from
    // it: a shorter line that ends on the bracket is the rest of the one above, its rubric wrapped
    // (一片叶子富了一方百姓（深度观察·做好金⏎融“五篇大文章”）), however short the column the lines
    // around it set. (A line as long as the one above may be a title stack's next title, unless
    // the two close a column's rubric: 促进农民增收（奋进新征程⏎建功新时代·我们的新时代）.)
    // (the cheap width test first: most lines never end on a bracket)
    let closes_above = || b.text.trim_end().ends_with(['）', ')']) && bracket_depth(b.text) < 0 && bracket_depth(a.text) > 0;
    let rubric_rest = || b.text.ends_with(['）', ')']) && closes_above() && rubric_suffix(&format!("{}{}", a.text, b.text));
    // (and so is a rubric wrapped whole onto a line of its own under a title with no mark of
    // running text: 联合国降半旗为金正日致哀⏎（链接）; not a report's closing note)
    // (the cheap look at the line's first character first: few lines open on a bracket)
    let rubric_alone = || b.text.starts_with(['（', '(']) && !fa.prose() && !fa.ends && bracket_depth(a.text) == 0 && bracket_depth(b.text) == 0 && !closing_note(b.text) && rubric_suffix(&format!("{}{}", a.text, b.text));
    if !b.gap_before && ((b.width < a.width && closes_above()) || rubric_rest() || rubric_alone()) {
        return true;
    }
    if !fa.clause && !fb.ends && !(fb.prose() && b.is_full()) && ends_letter(a, b) {
        return false;
    }
    // A paragraph's first line that lost its indent ([`Break::b_first`]) opens a block however
    // full the line before, after a blank or not (no column break then).
    if k.b_first {
        return false;
    }
    let a_ends = fa.ends;
    let a_full = fills(a, k.run == 1 && !k.title_line);
    // (a sentence's end with room for the next line's first word, where only short last lines
    // mark paragraphs: the rule is told below, and asked on both sides of a blank)
    let ends_with_room = || style == Style::ShortLine && a_ends && !k.a_first && first_word_fits(a, b.text);
    // An indent opens a paragraph; a single space after a full line that stops mid-sentence is a
    // stray left by extraction (6 月⏎ 20 日).
    // (where indents mark paragraphs, a credit the stray sets apart is a line of its own:
    // 平壤黎明大街高楼林立。　　本报记者⏎ 李 满摄)
    if b.indent && !(b.stray_space && (style != Style::Indent || !fb.credit) && a.is_full() && !a_ends) {
        // A headline's second line keeps the space it was broken at: …强烈反应⏎ 朝方敦促…
        let title_goes_on = b.stray_space && !b.gap_before && !a_ends && !fa.prose() && !fb.prose() && !fb.ends;
        return title_goes_on;
    }
    // A dash or a caption opening after a short line or a blank starts a new block (a subtitle,
    // a caption); right after a full line it is only where the wrap fell, and so right after a
    // paragraph's first line that lost its indent ([`Break::a_first`]), full all the same: 7月28日
    // 中国第一个北极科学考察站⏎——黄河站在…建成并投入使用。
    let full_or_first = a.is_full() || k.a_first;
    if (!full_or_first || b.gap_before) && (b.text.starts_with("——") || caption_start(b.text)) {
        return false;
    }
    // So does a dash after a title's lines that fill the column by chance, with no mark of
    // running text in them: a subtitle (“中国是多边主义的最重要支柱”⏎——访联合国秘书长古特雷斯).
    // A dash line that holds a stop is no subtitle, which ends no statement: it goes on from the
    // line above (同日 新中国成立后制定的第一部法律⏎——《中华人民共和国婚姻法》公布施行。).
    // Nor is one in a chronology's entry (12月6日 由…研制成功的中国第一台亿次巨型计算机⏎——“银河—Ⅰ”
    // 计算机在长沙通过国家⏎⏎鉴定，…).
    if !k.marked && !a_ends && b.text.starts_with("——") && !holds_stop(b.text) && !k.dash_in_entry {
        return false;
    }
    // A list's next row opens on the label its rows open on (…报送单位：人民日报⏎⏎奖次：特别奖
    // 项目：…), however full the line before.
    if k.b_row {
        return false;
    }
    // A chronology's next entry opens a paragraph after a sentence's end, however full the line
    // before (…完全掌握在中国人民手中。⏎11月9日 中共中央决定…) and across a column break.
    if fa.ends && dated_entry(b.text) {
        return false;
    }
    if b.gap_before {
        // A caption set wider than the column goes on across a column break into the rest that
        // ends on its credit (…刘云山在平壤百⏎⏎花园迎宾馆会见…第一⏎书记金正恩。新华社记者 李 涛⏎摄).
        if k.caption_across {
            return true;
        }
        // A line alone, wider than its column by more than a hanging stop: a headline set
        // across columns (南方电网：绿色认证落地 激活绿电消费潜能).
        if !a_full || (k.run == 1 && a.overhangs()) {
            return false;
        }
        // A paragraph's first line that lost its indent ([`Break::a_first`]) goes on across the
        // blank into the full line under it, however it closes: the column broke under it
        // (走进杭州市区的“梅堰渔火”⏎⏎清廉文化公园，…).
        if k.a_first {
            return true;
        }
        // A line after a sentence's end and the blank, ending no sentence, whose next line's
        // first word would still have fitted on it opens a block, however close it comes to its
        // column and whatever marks it holds: a title's first line (…不断奉献。⏎⏎南方电网：绿色认证
        // 落地⏎激活绿电消费潜能), not prose the column break carried on, which fills its lines.
        if a_ends && k.b_fits_open {
            return false;
        }
        // A full line that stops on a particle or preposition goes on (…探索构建以⏎⏎“清风e访”…).
        // So does a list's row into a line alone before the next row (…报送单位：中国⏎⏎记协新媒体
        // 专委会⏎⏎奖次：…).
        if ends_dangling(a.text) || (k.b_row_end && k.run >= 2 && !a_ends) {
            return true;
        }
        // A title's lines go on into no title of their own after the blank: a short line there
        // that a line stands under (the next word would have fitted on it) opens a block, where
        // paragraphs do not end on short lines (…金正恩致贺电⏎⏎金大中遗孀李⏎姬镐访问朝鲜, one
        // headline printed over the next).
        if k.b_short_open && !k.marked && style != Style::ShortLine && !k.word_across {
            return false;
        }
        // Nor does one past its column by a character that is no hanging mark, wider than the
        // full line after the blank: no line of that column, a headline's set across columns
        // (朝鲜庆祝金日成诞辰一百周年⏎金正恩被推举为国家最高领导人⏎⏎“30多年，我们在一望无际…).
        if !k.marked && !fa.prose() && past_column(a) && b.is_full() && a.width >= b.width + 1.0 {
            return false;
        }
        // A kicker's headline ends at the blank after it, however full and marked; a quotation
        // it leaves open goes on (肩负新使命——⏎⏎“中国人民愿同各国人民一道，推⏎⏎动…), and so does a
        // full line over one that cannot open a sentence: prose under a dash line of its own
        // (有一个安排表达特殊情谊——⏎⏎璀璨的烟火照亮奔涌的江水，欢快⏎⏎的喷泉…).
        if k.under_kicker && !k.word_across && !(a_full && !a_ends && starts_mid_sentence(b.text)) {
            return false;
        }
        // A line without a clause mark (a headline's) goes on only in a column as wide as its own;
        // prose may go on into a wider or narrower one (the rest of an article set across).
        if !fa.prose() && a.column > 0.0 && b.column > 0.0 && columns_apart(a.column, b.column) {
            return false;
        }
        // The rest of a paragraph carried into the next column ends a sentence; a lone line that
        // does not (a section label, an author's name) is no such rest.
        // A title wrapped at a column break (落地多种应用场景，让⏎⏎历史可触可感) is the exception:
        // a line of its own that stops mid-phrase after a comma.
        let wrapped_title = k.run == 1 && fa.prose() && a.text.ends_with(|c: char| is_cjk(c));
        // So is a lone line that finishes the word the full line before it cut (绿色家电受到更多消费⏎⏎者青睐).
        // (a remnant fits its column: a line alone wider than it is a title of its own, 谱写中朝友谊
        // 新篇，维护半岛和平稳定⏎⏎习近平总书记对朝鲜进行国事访问成果丰硕影响深远)
        // (A caption's rest ends on its photographer's credit, not a sentence: a full line of
        // prose goes on into it, 外相李⏎⏎勇浩。新华社记者 姚大伟摄.)
        if k.b_alone && !fb.ends && (!wrapped_title || b.is_wide() || section_label(b.text) || inline_label(b.text)) && !(k.word_across && a_full) && !(fb.credit && a_full && fa.prose()) {
            return false;
        }
        // (a title over its subtitle after the blank: [`Break::b_title`])
        if a_ends && k.b_title {
            return false;
        }
        // Where only short last lines mark paragraphs, a sentence that ends where the next line's
        // first word would still have fitted ends its paragraph across a column break as within a
        // column (…将助力提升⏎我国群众性应急救护能力。⏎⏎掌握应急救护技能，…, a unit short).
        if ends_with_room() {
            return false;
        }
        if a_ends {
            // A full line that ends a sentence, then a blank: a paragraph break where paragraphs are
            // marked by blanks, else a column break, unless what follows the blank has no clause
            // mark in its first lines: a headline stack (结束对朝鲜…国事访问⏎习近平回到北京).
            return style != Style::Blank && k.b_prose;
        }
        // Mid-sentence column break, where the block is body text: its lines before filled the
        // column too (a headline's second line may fill it by chance), or the lone line is
        // plainly part of a sentence.
        // A lone line ending on a dash or a bracket is a kicker or headline (…趋势明显——).
        // (a line that opens a sentence on its date is none: 7月10日，“袖珍之国”⏎⏎摩纳哥…)
        let title_end = (a.text.ends_with("——") || closes_on_bracket_or_quote(a.text)) && !(k.run == 1 && date_opening(a.text));
        // A stack of title lines whose last lines fill the column by chance ends at the blank:
        // 发展特色产业⏎促进农民增收（奋进新征程⏎建功新时代·我们的新时代）
        // An indented first line opens a paragraph, whatever it says.
        // Lines with no mark of running text end at a blank before a report's opening sentence
        // (习近平同朝鲜劳动党委员长、国⏎务委员会委员长金正恩举行会谈⏎⏎6月20日，中共中央…),
        // and, across the blank, before one that opens on a year (…互释善意⏎⏎2019年，对中国…).
        if !k.marked && opens_report_across_blank(a, b) {
            return false;
        }
        // So does a line of its own after a sentence's end, marks or none, before a sentence
        // that opens on a time (…美好的未来。⏎⏎真诚的朋友：友好邻邦常来常往⏎⏎20日中午，…): an
        // intertitle; a paragraph's first line cut at its column's end goes on mid-phrase.
        if k.run == 1 && k.after_end && (opens_report(a, b) || (day_opening(b.text) && !ends_in_date(a))) {
            return false;
        }
        // So does a numbered title alone (…制度体系。⏎⏎二、强化市场基础制度规则统一⏎⏎完善…).
        if k.numbered {
            return false;
        }
        // A line that cannot open a sentence (的问候。) goes on from a full one. So does a line
        // alone that fills its column, over prose, unless it closes or opens as a title does
        // (…）, ——…): a paragraph's first line is full, a title seldom fills the column exactly.
        // (Full lines after a sentence's end with no mark of running text in them, over a
        // sentence that opens on a date, are a headline of two lines, wide as the column under
        // it: 朝鲜越南老挝古巴领导人发来贺电贺函⏎热烈祝贺习近平当选中共中央总书记⏎⏎7月11日是…)
        return (k.run >= 2 && k.before_full && !k.stack && (k.marked || !k.after_end || !find_date(b.text).is_some_and(|d| d.at == 0)))
            || (k.word_across && a_full)
            || (fa.prose() && !title_end && !k.stack)
            || (k.run == 1 && a.indent)
            || k.alone_over_prose
            || (k.run == 1 && a.is_full() && !title_end && !a.text.starts_with("——") && inner_stop(a.text))
            || starts_mid_sentence(b.text);
    }
    // A title's lines with no mark of running text end before a report's opening sentence:
    // …举行会谈⏎6月20日，中共中央…
    // (and, where the title closes as titles do, on a quote or bracket, before an opening on a
    // year: 选优配强乡村振兴“头雁方阵”⏎2021年，既不毗邻市区…)
    if !k.marked && !a_ends && k.run <= MAX_STACK_RUN && (opens_report(a, b) || (year_opening(b.text) && closes_on_bracket_or_quote(a.text))) {
        return false;
    }
    // A title closed by its column's rubric ends there, where no blank line ends it.
    if k.rubric_closed {
        return false;
    }
    // So does a title that closes on its rubric's bracket or a quote over a name alone, the
    // writer's (构建同科技创新相适应的科技金融体制（专⏎题深思）⏎张成虎).
    if !fa.prose() && !a_ends && closes_on_bracket_or_quote(a.text) && personal_name(b.text) {
        return false;
    }
    // A kicker ends on its dash or colon (第十一届世界城市论坛呼吁——⏎打造更可持续…, 山东寿光市：⏎
    // 选优配强…): where no blank sets it apart from its headline, that is how it is known. A
    // dash kicker with a clause in it is known by its line too, a line of its own that does not
    // fill the column (布达佩斯游泳世锦赛上，跳水队——⏎参赛十三项，夺得十三冠).
    if k.blankless {
        // (a label, where no blank line sets it apart, starts a block too: …宣讲交流活动⏎部门动态)
        if label_line(b) || k.over_pair {
            return false;
        }
        // A line short of its column that ends no sentence, marks or none, ends before a report's
        // opening sentence: a deck (有善意方能争取和平，促缓和方能创造机遇⏎3月9日，…); running
        // text fills its lines.
        if !a.is_full() && !a_ends && opens_report(a, b) {
            return false;
        }
        let own_line = k.run == 1 && !a.is_full();
        let dash = a.text.ends_with("——");
        let colon = own_line && a.text.strip_suffix(['：', ':']).is_some_and(|t| !has_clause_mark(t));
        // (the headline under a dash may list with 、: 第十一届世界城市论坛呼吁——⏎打造更可持续、更具韧性…)
        // (a dash line over a line short of its column that ends no sentence is a kicker over its
        // headline however full its line and whatever its marks: 布达佩斯游泳世锦赛上，中国跳水队——⏎
        // 参赛十三项，夺得十三冠; a paragraph's short last line ends its sentence)
        let dash_over_short = dash && k.run == 1 && !b.is_full() && !fb.ends && !fb.lead;
        if (dash && own_line) || dash_over_short || (dash && !k.marked && k.run <= MAX_STACK_RUN && !fb.sentence && !fb.lead) || (colon && !fb.prose()) {
            return false;
        }
    }
    // Where only short last lines mark paragraphs, a sentence that ends where the next line's
    // first word would still have fitted ends its paragraph, however close to full the line is;
    // not on a paragraph's first line that lost its indent ([`Break::a_first`]), which ends where
    // the indent would have pushed its last word on.
    if ends_with_room() {
        return false;
    }
    // So, more often than not, does one that ends where the line does, before a line that opens
    // a quotation or opens on a speaker and the word of speech (…双方关系。⏎王毅表示，…: on seed
    // 7's simulated short-line pages about 2 such places in 3, and 3 in 4, are paragraph breaks),
    // or on a turn of an interview (…您怎么看？⏎王毅：…, …多一分稳定。⏎新华社记者：…: there
    // every one that ends no quotation is); not one that a quotation closes, which its speaker
    // follows in the same paragraph as often (…托了底。”⏎杨兴才说，…), nor an exchange of words
    // (…肯尼亚人？”⏎“不，…); but a quoted statement closed on its full stop is followed by the
    // next quotation in a paragraph of its own (…人类共同挑战。”⏎“金砖国家…: on the tuning
    // seeds' short-line and no-blank pages every one), unless the paragraphs lost their indents,
    // whose first lines then tell (the bundled PDF's lede quotes two readers in one paragraph:
    // …挣不到钱。”⏎“课没上几节…). Where the paragraphs lost their indents,
    // their first lines mark them, two units short, and a speaker or a quotation on a full line
    // goes on in the paragraph; a quotation still opens one where the page sets its marks narrow
    // and its first lines that open on one come out full ([`narrow_quotes`]; the bundled PDF:
    // …就是好政策。⏎“十四五”时期，…).
    if style == Style::ShortLine && a_ends {
        const CLOSING_QUOTES: [char; 4] = ['”', '」', '’', '』'];
        let a_end = a.text.trim_end();
        let quoted = a_end.ends_with(CLOSING_QUOTES);
        let full_stop = a_end.trim_end_matches(CLOSING_QUOTES).ends_with('。');
        if (b.text.trim_start().starts_with(['“', '「']) && (!k.lost || k.narrow_quotes) && (!quoted || (full_stop && !k.lost))) || (!quoted && !k.lost && (speaker_opening(b.text) || interview_turn(b.text))) {
            return false;
        }
        // So does a full stop, quoted or not, before a line that opens on a dash: an entry of a
        // list set so (…传统友谊新篇章。⏎——加强战略沟通…) or the source under a quotation
        // (…新的更大贡献。”⏎——习近平总书记…): on the tuning seeds' short-line pages every such
        // place is a paragraph break; after a question or an exclamation, five in six are not
        // (…是怎样讲的？⏎——提高人民生活…: the dash gives the answer).
        if !k.lost && full_stop && b.text.trim_start().starts_with("——") {
            return false;
        }
        // And so does one before a line that opens on its number, whatever closed the sentence
        // (…（2023—2027）》。⏎十五、外长们…: on the tuning seeds' short-line pages every one).
        if !k.lost && numbered_opening(b.text) {
            return false;
        }
    }
    // A short unpunctuated line after a sentence's end, a full (or wider) line after it: a title
    // between two reports, printed with no blank around it (…最高司令官。⏎敢为砥柱立中流⏎——党的…).
    if a_ends && k.b_title {
        return false;
    }
    // A line with no mark of running text after a sentence's end, wider than the column of that
    // sentence: a headline set across columns (…取得新的发展。⏎朝鲜提议举行朝韩政府间对话). On a
    // page with no blank line, so is one of words alone two units past it ([`runs_past`]).
    if a_ends && !fb.prose() && a.column > 0.0 && (b.wider_than(a.column) || (k.blankless && runs_past(b, fb, a.column))) {
        return false;
    }
    // A line wider than its column with no mark of running text, a headline set across
    // columns, ends before the column's body: …建设廉洁政治（深度关注·…）⏎反对腐败、建设…
    // So does one with a clause, twice as wide as that column at least (a headline's second
    // deck): 中方希望各方珍惜来之不易的对话势头，推动形势早日转圜⏎早些时候，从朝鲜开城. The
    // body is a full line of prose, or a full line with prose under it that is no title over a
    // report's opening (…共同责任⏎韩国出入境事务所4月1⏎日透露，…). On a page with no blank line,
    // so does a line of words alone two units past its column, opening its block or under title
    // lines with no mark of running text (a kicker: 浙江开展“艺术乡建”助力乡村振兴⏎广袤田野播下文艺
    // “种子”⏎浙江杭州建德市航头镇⏎航川村，…, in a column of ten) ([`runs_past`]).
    if (a.is_wide() || (k.blankless && (k.run == 1 || !k.marked) && runs_past(a, fa, a.column))) && (!fa.prose() || a.width >= 2.0 * b.column) && !a_ends && b.is_full() && (fb.prose() || k.prose_under) {
        return false;
    }
    // A line that opens on a dash and runs wider than its column is a subtitle set across
    // columns, a block of its own (敢为砥柱立中流⏎——党的十九大以来治国理政系列评述“外交篇”⏎新华社记者).
    if k.run == 1 && a.text.starts_with("——") && a.is_wide() {
        return false;
    }
    // So does one under a title, with no mark only running text uses, over a full line of
    // prose that ends no sentence, however close to its column's width: the prose is the
    // report's first line, not the rest of a sentence the dash began (共同开创美好未来⏎——记总书记
    // 国事访问⏎仲夏的平壤，清风拂面，…; an apposition's rest ends its sentence: …望远镜⏎——500米
    // 口径球面射电望远镜⏎（FAST）在贵州平塘落成启动。), nor one that opens on the rest of the
    // dash line's words (a chronology's entry: …科学考察站⏎——黄河站在挪威群岛⏎的新奥尔松建成…,
    // …知识产权法院⏎——北京知识产权法院挂牌成⏎立。此后，…).
    if k.blankless && k.run == 1 && k.after_open && a.text.starts_with("——") && !fa.sentence && !a_ends && !k.word_across && b.is_full() && fb.prose() && !fb.ends && !rest_of_word(b.text) {
        return false;
    }
    // Where no blank line marks paragraphs, prose that ends on a colon short of its column ends
    // its paragraph, as a sentence there does: a letter, a list or a quotation it opens stands
    // under it (…转达了唁电。唁电全文如下：⏎平壤⏎朝鲜劳动党中央委员会⏎…). So does a line that announces
    // the text under it, however full (…唁电。唁电全文如下：).
    if style != Style::Blank && ((fa.prose() && !a_full && a.text.trim_end().ends_with(['：', ':'])) || announces_text(a.text)) {
        return false;
    }
    // A line with no mark of running text, after a sentence's end, over a column wider than its
    // own: a title over the next report ([`Break::over_wider`]).
    if k.over_wider {
        return false;
    }
    // Where only short last lines mark paragraphs, a list's entries of one line each are
    // paragraphs of their own, however full they come: their widths, close to each other, make a
    // column of their own, so none looks short ([`Break::entry`], known on such pages alone:
    // …致贺的有：⏎巴基斯坦总统扎尔达里；⏎纳米比亚总统波汉巴；⏎…).
    if k.entry {
        return false;
    }
    // A short line that ends on a dash after a full line's sentence end opens a block: a
    // paragraph's last line ends on no dash, a kicker or an intertitle's first part does (…出行、
    // 生产和生活。⏎山南，飞驰——⏎产业发展不断提速⏎登车，…), where no blank sets it apart.
    if a_ends && style != Style::Blank && dash_kicker(b) && !fb.ends && !fb.lead {
        return false;
    }
    // (as is one that stops mid-sentence where the next line's first word, a run of Latin
    // letters or digits that no break splits, would not have fitted: 本届世锦赛有来自约⏎180个国家和
    // 地区的⏎2000多名选手参赛。; not a list's number, 96. 图片报道⏎97. 山间小路)
    let no_room = || !a_ends && a.column > 0.0 && b.text.starts_with(is_latin_alnum) && !first_word_fits(a, b.text) && !numbered_opening(b.text);
    if a_full || a.is_wide() || no_room() {
        return true;
    }
    if a_ends {
        return false;
    }
    if style == Style::Blank {
        return true; // blank lines mark paragraphs: no blank, same block
    }
    // A short line that stops mid-phrase: a wrapped headline goes on into another short or wide
    // line; a paragraph starts with a full one, and with an indent where indents mark paragraphs
    // (深入推动能源革命⏎促进绿色低碳发展（调查研究⏎凝聚共识）: one headline).
    // (So does a short phrase with no mark of running text into a full line closed by its
    // column's rubric, none in it either: 七里海⏎芦苇青青鸥鹭鸣（美丽中国）, one headline; a
    // numbered line is a list's next row: 10. 好政策让人心里温暖⏎11. 群众的评价是…（编辑手记）.)
    // (And a bare name alone, no dash or colon after it, into a title over its report, however
    // full in a narrow column: a headline's first words, 朝鲜⏎纪念金正日逝世100天⏎本报平壤…电.)
    let name_over_title = || k.b_title && k.run == 1 && bare_name(a.text) && a.text.chars().all(is_cjk);
    !b.is_full() || (style == Style::Indent && !b.indent && !fa.prose()) || k.head_rest || k.title_word_cut || k.couplet || (!fa.prose() && !fb.prose() && rubric_suffix(b.text) && !enumerated(b.text)) || name_over_title()
}

/// Most a headline's two lines set as a pair differ in width (a character: where the halves of
/// an odd count fall).
const PAIR_SLACK: f32 = 1.0;
/// Least a kicker runs wider than each line of the headline pair under it (smaller type, more
/// characters to the line). A unit is enough (“西电东送”重点工程⏎白鹤滩—江苏特高⏎压直流工程竣工投产,
/// ten units over eight and nine): on the simulator's pages with no blank line (seeds 7, 99 and
/// 4242) a first line one or two units wider than a balanced pair under it was a kicker in all
/// 11 such groups, a headline's first deck in none.
const KICKER_OVER_PAIR: f32 = 1.0;

/// Line `i` is a kicker over a headline set as two balanced lines (浙江开展“艺术乡建”助力乡村振兴⏎
/// 广袤田野播下⏎文艺“种子”): three title lines with no mark of running text and no sentence's end;
/// the second and third no byline or label, short of the column and as wide as each other
/// (within [`PAIR_SLACK`]); the first, which may run past the column, wider than both by
/// [`KICKER_OVER_PAIR`]; and no fourth title line under them. A headline's lines set by phrase
/// or by wrapping do not shape so: its first line is the full one, or no wider than the rest.
fn kicker_over_pair(lines: &[Line], facts: &[Facts], i: usize) -> bool {
    let marked = |j: usize| facts[j].prose() || facts[j].ends || facts[j].sentence;
    let title = |j: usize| lines.get(j).is_some_and(|l| !l.is_full() && !marked(j) && !facts[j].byline && !label_line(l));
    let (Some(b), Some(c)) = (lines.get(i + 1), lines.get(i + 2)) else { return false };
    !marked(i)
        && title(i + 1)
        && title(i + 2)
        && !b.gap_before
        && !c.gap_before
        && (b.width - c.width).abs() <= PAIR_SLACK
        && lines[i].width >= b.width.max(c.width) + KICKER_OVER_PAIR
        && !lines.get(i + 3).is_some_and(|d| !d.gap_before && title(i + 3))
}

/// `b` is a dash and nothing more (——; a longer row of dashes is a rule, furniture) right under
/// a line that ends no sentence or note: that line's rest, wrapped (…趋势明显⏎——), not furniture.
fn dash_rest(fa: Facts, b: &Line) -> bool {
    matches!(b.text, "——" | "—") && !b.gap_before && !fa.ends && !fa.closes
}

/// The label a line opens on, before its colon: 奖次 of 奖次：特别奖 项目：…
fn line_label(t: &str) -> Option<&str> {
    // (two to four ideographs, three bytes each, then the colon: a look at three byte offsets
    // turns away almost every line)
    (2..=MAX_ROW_LABEL_CHARS).map(|n| 3 * n).find_map(|at| {
        let rest = t.as_bytes().get(at..)?;
        let colon = rest.starts_with(b":") || rest.starts_with("：".as_bytes());
        colon.then(|| t.get(..at)).flatten().filter(|label| label.chars().all(is_cjk))
    })
}

fn opens_on_label(t: &str, label: &str) -> bool {
    t.strip_prefix(label).is_some_and(|r| r.starts_with(['：', ':']))
}

/// Longest label of a list's rows (奖次, 时间, 主办单位).
const MAX_ROW_LABEL_CHARS: usize = 4;
/// Fewest rows after blanks that make a list.
const MIN_ROWS: usize = 4;
/// Fewest rows that make a list where no blank sets them apart: twice as many, as a field's label
/// may open a few lines by chance, never standing inside one on a short list.
const MIN_ROWS_BLANKLESS: usize = 2 * MIN_ROWS;

/// The label a page's list rows open on (奖次 of 奖次：特别奖 项目：文字评论 题目：…), and whether
/// its rows stand after blanks: the one that opens at least [`MIN_ROWS`] lines after a blank, and
/// opens lines after a blank three times as often as lines inside a block (a field's label,
/// 编辑：…, opens a line wherever a wrap falls before it); or, on a page whose rows no blank sets
/// apart, one that opens [`MIN_ROWS_BLANKLESS`] lines or more and three times as often as a line's text
/// holds it further on (a wrap falls before a field's label as seldom as anywhere else, so a
/// label that opens lines far more often than it stands inside them opens rows). None on most
/// pages.
fn row_label<'a>(lines: &[Line<'a>]) -> Option<(&'a str, bool)> {
    // (each label that opens a line, with the lines it opens after a blank and in all, in one
    // pass: most pages have none that opens four)
    let mut counts: Vec<(&str, usize, usize)> = Vec::new();
    for l in lines {
        if let Some(label) = line_label(l.text) {
            match counts.iter_mut().find(|c| c.0 == label) {
                Some(c) => {
                    c.1 += usize::from(l.gap_before);
                    c.2 += 1;
                }
                None => counts.push((label, usize::from(l.gap_before), 1)),
            }
        }
    }
    if let Some(&(label, after, all)) = counts.iter().filter(|c| c.1 >= MIN_ROWS).max_by_key(|c| c.1) {
        // (the lines it opens inside a block)
        if after >= 3 * (all - after) {
            return Some((label, true));
        }
    }
    // (one searcher for the label, over every line)
    let within = |label: &str| {
        let finder = memchr::memmem::Finder::new(label);
        lines.iter().map(|l| finder.find_iter(l.text.as_bytes()).filter(|&at| at > 0 && opens_on_label(&l.text[at..], label)).count()).sum::<usize>()
    };
    counts.into_iter().filter(|&(label, _, all)| all >= MIN_ROWS_BLANKLESS && all >= 3 * within(label)).max_by_key(|c| c.2).map(|(label, _, _)| (label, false))
}

/// Text that opens on the rest of a sentence or word cut at the line above: a bound particle
/// (的新奥尔松…) or one character and a stop (立。此后…).
fn rest_of_word(t: &str) -> bool {
    starts_mid_sentence(t) || t.chars().nth(1).is_some_and(is_clause_punct)
}

/// Line `i` ends inside a word that line `i + 1` finishes: three characters across the break
/// (two before it and one after, or one before and two after) are printed inside some line of
/// the page (消费⏎⏎者青睐: 消费者 is in the text).
fn word_cut(lines: &[Line], i: usize, page: &Runs) -> bool {
    let mut before = lines[i].text.chars().rev();
    let mut after = lines[i + 1].text.chars();
    let (Some(a0), Some(a1), Some(b0), Some(b1)) = (before.next(), before.next(), after.next(), after.next()) else { return false };
    if b0.is_ascii_digit() && is_cjk(a0) && is_cjk(a1) {
        return number_cut(a1, a0, lines[i + 1].text, page);
    }
    if ![a0, a1, b0, b1].into_iter().all(is_cjk) {
        return false;
    }
    page.contains(a1, a0, b0) || page.contains(a0, b0, b1)
}

/// Two ideographs before a break and the number the next line opens on (`next`) are printed
/// together elsewhere on the page (…朝鲜劳动党建党⏎⏎70周年…: 建党70 is in the headline). Asked of a
/// page short enough to search; a longer one answers no.
fn number_cut(a1: char, a0: char, next: &str, page: &Runs) -> bool {
    let digits = next.bytes().take_while(u8::is_ascii_digit).count().min(2);
    let mut run = String::with_capacity(8);
    run.push(a1);
    run.push(a0);
    run.push_str(&next[..digits]);
    page.bits.is_empty() && page.holds(run.as_bytes())
}

/// A line of one character: no word of its own, the rest of one a column break cut (…反应强⏎⏎烈).
fn remnant(l: &Line) -> bool {
    let mut cs = l.text.chars();
    cs.next().is_some_and(is_cjk) && cs.next().is_none()
}

/// Line `i` ends on a character that line `i + 1` opens a word with: the two characters across
/// the break are printed together inside some line of the page (委员长深⏎⏎入交流: 深入).
fn pair_cut(lines: &[Line], i: usize, page: &Runs) -> bool {
    let (Some(a), Some(b)) = (lines[i].text.chars().next_back(), lines[i + 1].text.chars().next()) else { return false };
    is_cjk(a) && is_cjk(b) && page.contains_pair(a, b)
}

/// The runs of three CJK characters, and of two, a page prints inside its lines, as a Bloom
/// filter (two bits per run, in at least 2^17 bits and at least 32 bits per character of the page,
/// so that a long compilation fills it no more than a page does, and at most 2^26): built once per
/// page, in one pass over its bytes, then asked in O(1). A false "printed" is rare (under 1 %).
///
/// A run is read as the nine bytes of three characters from U+3400 to U+9FFF (the common
/// ideographs: three bytes each, from E3 90 on), or the six of two, hashed as they stand: no
/// character is decoded.
///
/// A page of up to [`Runs::MAX_SEARCHED`] bytes is asked by a search of its text instead (a
/// newline between lines): fewer instructions than the filter where a page asks a few breaks,
/// and never a false "printed".
struct Runs {
    bits: Vec<u64>,
    /// log2 of the number of bits.
    log: u32,
    /// The page's lines, each closed by a newline, where the page is short enough to search.
    text: String,
}

impl Runs {
    const MIN_LOG: u32 = 17;
    /// At most 8 MiB, whatever the page (a compilation of megabytes fills it more).
    const MAX_LOG: u32 = 26;
    const BITS_PER_CHAR: usize = 32;
    const MAX_SEARCHED: usize = 1 << 16;

    fn of(lines: &[Line]) -> Runs {
        let bytes: usize = lines.iter().map(|l| l.text.len() + 1).sum();
        if bytes <= Self::MAX_SEARCHED {
            let mut text = String::with_capacity(bytes);
            for l in lines {
                text.push_str(l.text);
                text.push('\n');
            }
            return Runs { bits: Vec::new(), log: 0, text };
        }
        let chars: usize = lines.iter().map(|l| l.text.len() / 3).sum();
        let log = Self::MIN_LOG.max((chars * Self::BITS_PER_CHAR).next_power_of_two().trailing_zeros()).min(Self::MAX_LOG);
        let mut t = Runs { bits: vec![0; 1 << (log - 6)], log, text: String::new() };
        for l in lines {
            let b = l.text.as_bytes();
            // Characters in a row that take three bytes from E3..E9, ending before byte `i`.
            let mut run = 0;
            let mut i = 0;
            while i < b.len() {
                let x = b[i];
                if ideograph_bytes(&b[i..]) {
                    run += 1;
                    i += 3;
                    if run >= 2 {
                        for h in t.pair_hashes(&b[i - 6..i]) {
                            t.bits[h / 64] |= 1 << (h % 64);
                        }
                    }
                    if run >= 3 {
                        for h in t.hashes(&b[i - 9..i]) {
                            t.bits[h / 64] |= 1 << (h % 64);
                        }
                    }
                } else {
                    run = 0;
                    i += utf8_len(x);
                }
            }
        }
        t
    }

    fn hashes(&self, nine: &[u8]) -> [usize; 2] {
        let head = u64::from_le_bytes(nine[..8].try_into().expect("nine bytes"));
        let h = (head ^ u64::from(nine[8]).rotate_right(8)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        let h2 = (h ^ (h >> 29)).wrapping_mul(0xC2B2_AE3D_27D4_EB4F);
        [(h >> (64 - self.log)) as usize, (h2 >> (64 - self.log)) as usize]
    }

    /// The bits of a run of two characters (their six bytes, told apart from a run of three).
    fn pair_hashes(&self, six: &[u8]) -> [usize; 2] {
        let mut nine = [0xFFu8; 9];
        nine[..6].copy_from_slice(six);
        self.hashes(&nine)
    }

    fn contains_pair(&self, a: char, b: char) -> bool {
        let mut six = [0u8; 8];
        let n = a.encode_utf8(&mut six).len();
        let n = n + b.encode_utf8(&mut six[n..]).len();
        n == 6 && self.holds(&six[..6])
    }

    fn contains(&self, a: char, b: char, c: char) -> bool {
        let mut nine = [0u8; 12];
        let mut n = 0;
        for ch in [a, b, c] {
            n += ch.encode_utf8(&mut nine[n..]).len();
        }
        n == 9 && self.holds(&nine[..9])
    }

    /// The share of a line's runs of three ideographs that the page prints again elsewhere (a
    /// headline repeats its report's phrases; a paragraph's line seldom repeats any). Asked of a
    /// short page only (searched); a long one answers 0.
    fn repeated_share(&self, line: &str) -> f32 {
        self.repeated_share_of(&[line])
    }

    /// The same share over several lines, each read on its own.
    fn repeated_share_of(&self, lines: &[&str]) -> f32 {
        if !self.bits.is_empty() {
            return 0.0;
        }
        let (mut runs, mut again) = (0, 0);
        for line in lines {
            let b = line.as_bytes();
            let mut i = 0;
            while i + 9 <= b.len() {
                let three = &b[i..i + 9];
                if three.chunks(3).all(ideograph_bytes) {
                    runs += 1;
                    again += usize::from(memchr::memmem::find_iter(self.text.as_bytes(), three).nth(1).is_some());
                    i += 3;
                } else {
                    i += utf8_len(b[i]);
                }
            }
        }
        if runs == 0 { 0.0 } else { again as f32 / runs as f32 }
    }

    /// Does the page print this run of two or three characters (six or nine bytes)? A short
    /// page (no filter built) is searched; a long one asks its filter.
    fn holds(&self, run: &[u8]) -> bool {
        if self.bits.is_empty() {
            return memchr::memmem::find(self.text.as_bytes(), run).is_some();
        }
        let bits = if run.len() == 6 { self.pair_hashes(run) } else { self.hashes(run) };
        bits.iter().all(|&h| self.bits[h / 64] & (1 << (h % 64)) != 0)
    }
}

/// The last line of a closing dispatch that opens at line `j` with a bracket and closes it at
/// the end of one of the [`MAX_DISPATCH_LINES`] lines from `j`: a date and 电 inside (…12月1日电 记者…）),
/// an author's note (（作者为…教授）) or the reporters' names (（本报记者于青、张旸、⏎周之然）); a dispatch
/// may fill one line.
fn closing_dispatch(lines: &[Line], j: usize) -> Option<usize> {
    let t = lines[j].text;
    if !t.starts_with(['（', '(']) {
        return None;
    }
    let mut depth = 0i32;
    for (k, l) in lines.iter().enumerate().skip(j).take(MAX_DISPATCH_LINES) {
        depth += bracket_depth(l.text);
        if depth <= 0 {
            let note: String = lines[j..=k].iter().map(|l| l.text).collect();
            let closed_at_end = depth == 0 && l.text.ends_with(['）', ')']);
            // (a dispatch on one line too: 子要扣好，…改善关系。⏎（本报首尔、平壤8月31日电）⏎张又侠会见…)
            return (closed_at_end && (dispatch_note(&note) || (k > j && (author_note(&note) || byline(&note).is_some())))).then_some(k);
        }
    }
    None
}

/// Bytes of the UTF-8 character that opens on byte `lead`.
fn utf8_len(lead: u8) -> usize {
    if lead < 0x80 { 1 } else if lead < 0xE0 { 2 } else if lead < 0xF0 { 3 } else { 4 }
}

/// Marks that `t` opens (`opens`), less those it closes (`closes`).
/// `t` ends one sentence before its end and goes on with another (何为绿色家电？与普通家电相):
/// running text, whatever it lacks.
fn inner_stop(t: &str) -> bool {
    let t = t.trim_end();
    t.char_indices().next_back().is_some_and(|(last, _)| t[..last].contains(['？', '！', '。', '?', '!']))
}

/// The next line's first word ([`first_word_width`]) would still have fitted on line `l`, in its
/// own column.
fn first_word_fits(l: &Line, next: &str) -> bool {
    l.width + first_word_width(next) <= l.column
}

/// A lead formula begun on `a` is finished by `b`, all of it: the two read as one formula and
/// nothing more (本报北京１２月３１⏎日电, 本报北京7月4日电⏎（记者李红梅）).
fn formula_across(a: &str, b: &str) -> bool {
    dateline(&format!("{a}{b}")).is_some_and(|d| d.len >= a.len() + b.len())
}

fn opens_bracket(t: &str) -> bool {
    t.ends_with(['（', '(', '“', '《', '【', '「'])
}

/// Join the page's lines into blocks. Every line lands in exactly one block, in order.
pub fn join(lines: &[Line]) -> Vec<Block> {
    let style = style(lines);
    let short_style = style == Style::ShortLine;
    let lost = short_style && lost_indents(lines);
    let narrow_quotes = lost && narrow_quotes(lines);
    // The page's runs of two and three characters, built the first time a break asks.
    let mut runs: Option<Runs> = None;
    let (facts, names_end) = page_facts(lines, &mut runs);
    let blankless = lines.iter().all(|l| !l.gap_before);
    let glued = glued(lines);
    let notes = notes(lines, &facts);
    let numbered_titles = numbered_titles(lines);
    let row_label = row_label(lines);
    let mut blocks: Vec<Block> = Vec::new();
    let mut start = 0;
    // Some line of the block so far opens with a lead formula or has a mark of running text.
    let mut marked = false;
    // The line before the block ends a sentence or the block before it is a closing note (asked
    // once a block).
    let mut end_before = false;
    // Line `j` comes after a sentence's end or a short line (a title's last, or the last of a
    // paragraph that ends on no stop): where paragraphs open on a page whose paragraphs lost their
    // indents ([`lost_indents`]).
    let after_stop = |j: usize| facts[j - 1].ends || !lines[j - 1].is_full();
    for i in 0..lines.len() {
        marked = (i > start && marked) || facts[i].lead || facts[i].sentence;
        // The line before must fill its column plainly, or read as prose (a headline's first
        // line may come close to the column by chance).
        // (so does a paragraph's first line that lost its indent after a sentence's end or a short
        // line, prose or not: 德国会议促进局局⏎长马蒂亚斯·舒尔策认⏎⏎为，…)
        let lost_first = lost && i == start + 1 && start > 0 && after_stop(start) && short_by_lost_indent(&lines[start], lines.get(start + 1), facts[start - 1].ends);
        let before_full = i > start && (lines[i - 1].is_full() || (fills(&lines[i - 1], i - 1 == start) && (facts[i - 1].prose() || lost_first)));
        let b_alone = lines.get(i + 2).is_none_or(|l| l.gap_before);
        // A line that is a lead formula and nothing more goes on into its bracket and text, even
        // where the space after the formula was wrapped to the next line: 本报东京、平壤7月3日电⏎ （记者刘军国）日本…
        let bare = i == start && facts[i].bare_formula;
        // So does the bracket of its writers wrapped whole onto the line under it, the formula's
        // rest, however short that line: 本报北京7月4日电⏎ （记者李红梅）⏎中央气象台预计，…
        let formula_rest = i == start + 1 && facts[start].bare_formula && {
            let (a, b) = (trim_end_space(lines[start].text), trim_space(lines[i].text));
            b.starts_with(['（', '(']) && formula_across(a, b)
        };
        // So does one a blank sets apart, and the line under it after another blank where that
        // line ends no sentence: a PDF sets a report's formula in a box of its own at the start of
        // the report's first line, whose text comes out after it, alone and short, the rest of
        // the paragraph after one more blank (本报南平10月19日电⏎⏎（记者刘晓宇）10月18日，由中国社会⏎⏎
        // 科学院、国际儒学联合会…).
        // (not a formula that ends on a colon: it announces a roundup's reports, each under its
        // title, 央视网消息（新闻联播）：⏎⏎十年来我国累计建设国家储备林9200多万亩⏎⏎国家林草局…)
        let boxed = |j: usize| lines.get(j + 1).is_some_and(|b| b.gap_before && !facts[j + 1].opens && !facts[j + 1].lead);
        let formula_box = |j: usize| facts[j].bare_formula && !lines[j].text.trim_end().ends_with(['：', ':']);
        let boxed_formula = (i == start && formula_box(i) && boxed(i)) || (i == start + 1 && formula_box(start) && lines[i].gap_before && !facts[i].ends && !facts[i].closes && boxed(i) && (lines[i + 1].is_full() || facts[i + 1].prose()));
        // A line that ends on an opening bracket or quote goes on with what it opened, 电 （⏎记者…）,
        // and a byline inside that bracket closes nothing.
        let opened = opens_bracket(lines[i].text);
        let in_bracket = i > start && opens_bracket(lines[i - 1].text);
        // A bracketed note that opens a block closes an article, （新华社北京6月22日电）; after a lead
        // formula's first line it finishes that formula instead.
        // So does a note of two lines or more after a sentence's end ([`notes`]), before and after.
        // (but a dash alone under a line is its rest, [`dash_rest`], though it reads as furniture)
        let hard = ((facts[i].closes && !in_bracket) || facts.get(i + 1).is_some_and(|f| f.opens) || (i == start && bracketed_note(lines[i].text)) || notes[i]) && !lines.get(i + 1).is_some_and(|b| dash_rest(facts[i], b));
        // (or closed by a column's rubric: 好典型示范带来好风气（奋斗百年路⏎启航新征程·…一线高高飘扬）)
        // (not a chronology's entry: 7月4日 西气东输一线⏎工程（新疆轮南至上海）⏎开工典礼举行。)
        let rubric_end = || lines[i].text.ends_with(['）', ')']) && !lines[start..=i].iter().any(|l| dated_entry(l.text)) && rubric_suffix(&lines[start..=i].iter().map(|l| l.text).collect::<String>());
        // (a headline may list with 、: 习近平会见朝鲜劳动党委员⏎长、国务委员会委员长金正恩)
        // (a headline with a clause closes on its column's rubric too: 办好基层赛事，升温⏎健身热情（体坛观澜）)
        let stack = i > start && ((!marked && !fills(&lines[start], true)) || ((!marked || i - start < MAX_STACK_RUN) && rubric_end()));
        // (a remnant alone, under half the column; or the rest of a paragraph whose first line
        // stood alone before the break: 虽然金正日总书记的逝⏎⏎世…)
        let list_item = lines[i].text.starts_with("——");
        let word_across = !facts[i].ends
            && fills(&lines[i], i == start)
            && lines.get(i + 1).is_some_and(|b| {
                // (or a title of two lines cut by the break: 推动党和人民事业取得历⏎⏎史性成就的重要方法)
                let title_cut = b_alone && i == start && !facts[i].prose() && !facts[i + 1].prose() && !facts[i + 1].ends;
                // (or a list's item opening on its dash, cut by the break before its last words:
                // ——坚持共产党领导的社会主义国⏎⏎家是中朝关系的本质属性；)
                let item_rest = b_alone && i == start && list_item && b.text.trim_end().ends_with(['；', '。']);
                // (a section's label alone, 文化, 部门动态, is no word's rest; not every label of
                // [`label_line`]: a box's may be one, 联合国降半旗为金正日⏎⏎致哀（链接）)
                // (or a paragraph's first line alone, cut by the break before its last words:
                // 联合国安理会于纽约时间13日上午10时就朝鲜⏎⏎发射火箭一事举行了紧急闭门磋商。)
                let sentence_rest = b_alone && i == start && lines[i].is_full() && !facts[i].prose() && facts[i + 1].ends;
                b.gap_before && !(b_alone && !b.is_full() && section_label(b.text)) && ((b_alone && !facts[i + 1].ends && b.width * 2.0 <= lines[i].column) || title_cut || item_rest || sentence_rest || (!b_alone && i == start && !b.indent && !facts[i].prose()))
            })
            && {
                // (a lone full line with no mark of running text, or a list's item, or one over a
                // remnant of one character: its last character and the next line's first printed
                // together anywhere, 委员长深⏎⏎入交流: 深入; …反应强⏎⏎烈: 强烈)
                let page = runs.get_or_insert_with(|| Runs::of(lines));
                word_cut(lines, i, page) || (i == start && (!b_alone || list_item || remnant(&lines[i + 1])) && pair_cut(lines, i, page))
            };
        let title_word_cut = lines.get(i + 1).is_some_and(|b| {
            let a = &lines[i];
            // (only a line that fills a column asks, of its own or, unmarked, `a`'s: a shorter one
            // goes on anyway)
            !b.gap_before && b.is_full() && !a.is_full() && !facts[i].ends && !facts[i].prose() && ((b.width + 1.0 < a.column && columns_apart(a.column, b.column)) || (!facts[i + 1].prose() && !facts[i + 1].ends))
        }) && word_cut(lines, i, runs.get_or_insert_with(|| Runs::of(lines)));
        // Lines from `k` on, to the next blank (at most three), hold a clause mark or a sentence end.
        let b_prose = |k: usize| {
            (k..lines.len().min(k + 3)).take_while(|&j| j == k || !lines[j].gap_before).any(|j| facts[j].ends || facts[j].prose())
        };
        // (or two lines alone between blanks after a sentence's end or a line that closes its
        // block (a photo's credit), with no mark of running text but a comma joining the second
        // line's two phrases, that repeat the page's phrases as a headline repeats its report's,
        // over prose that opens no clause of one character nor finishes a word the page prints
        // elsewhere: …副委员长。⏎⏎朝鲜劳动党第四次代表会议召开⏎金正恩当选朝鲜劳动党第一书记⏎⏎此次…,
        // …长青！⏎⏎习近平在朝鲜媒体发表署名文章⏎传承中朝友谊，续写时代新篇章⏎⏎近日…, not
        // …“一带一路”始终坚持⏎共商共建共享的黄金法⏎⏎则，… nor …李雪主女士的亲⏎⏎切问候…)
        let stack = stack
            || (i == start + 1
                && lines[i].is_full()
                && start > 0
                && lines[start].gap_before
                && (facts[start - 1].ends || facts[start - 1].closes)
                && !facts[start].prose()
                && !facts[i].lead
                && (!facts[i].prose() || single_comma(lines[i].text))
                && !facts[i].ends
                && lines.get(i + 1).is_some_and(|b| b.gap_before)
                && b_prose(i + 1)
                && !lines[i + 1].text.chars().nth(1).is_some_and(is_clause_punct)
                && runs.get_or_insert_with(|| Runs::of(lines)).repeated_share_of(&[lines[start].text, lines[i].text]) >= REPEATED_TITLE
                && !word_cut(lines, i, runs.get_or_insert_with(|| Runs::of(lines))));
        // Line `j` (and perhaps the next) is a short line with no mark of running text, a full
        // line after it (or one wider than the column: a subtitle set across columns).
        // (a label and its words a colon apart are a headline's: 南方电网：绿色认证落地)
        let plain = |j: usize| lines.get(j).is_some_and(|b| !b.gap_before && !facts[j].ends && (!facts[j].prose() || facts[j].colon_title));
        let full_after = |j: usize| lines.get(j).is_some_and(|c| !c.gap_before && (c.is_full() || c.is_wide()));
        // (line `j`, after a sentence's end or a short line, opens a paragraph where the page's
        // paragraphs lost their indents: it comes two units short of its column over a full line,
        // after a blank or not; so a title over it ends there, 在红色教育中传承党的廉洁基因，⏎
        // 保持共产党人的政治本色⏎“在集中营牺牲了156位有名有⏎姓的革命烈士，…; and so after a line
        // alone between blanks however full, as no column holds one line of text: an intertitle,
        // …市场。⏎⏎聚焦创新驱动，提供科技支撑⏎⏎调研组了解到，目前我国能⏎源科技…)
        // (and over a blank and a full line, where it ends no sentence and has a clause in it, is
        // a chronology's entry ([`dated_entry`]: 一九六九年⏎⏎3月 苏联军队入侵乌苏里⏎⏎江主航道…) or
        // follows a sentence's end with no blank between: the column broke right under it,
        // 党的历史证明，什么时候社⏎⏎会主要矛盾和中心任务判断准确，, …等。⏎走进杭州市区的“梅堰渔火”⏎⏎
        // 清廉文化公园，…; not a title over a report's lead formula)
        let full_across = |j: usize| {
            !facts[j - 1].ends && (facts[j - 1].prose() || dated_entry(lines[j - 1].text) || (j >= 2 && facts[j - 2].ends && !lines[j - 1].gap_before)) && lines.get(j).is_some_and(|c| c.gap_before && c.is_full() && !facts[j].lead)
        };
        // (or over the short last line of a paragraph of two lines, where it ends no sentence
        // itself, so ends no paragraph: …金与正还到艺术团驻地看望。⏎14日上午，宋涛同李洙墉举行⏎
        // 了工作会谈。)
        let two_lines = |j: usize| !facts[j].ends && lines.get(j + 1).is_some_and(|c| !c.gap_before && !c.is_full() && facts[j + 1].ends);
        // (or, two units short and ending no sentence, under an intertitle printed straight over
        // it: one or two lines after a sentence's end, with no blank, lead formula or byline, the
        // last full and closing on no clause mark, a clause mark in them at most, 征。⏎深挖中华优秀
        // 传统文化，⏎厚植廉洁奉公的文化土壤⏎优秀传统文化是中华文⏎明的智慧结晶…; where the full line
        // over it would else go on into it as prose)
        let title_part = |t: usize| !lines[t].gap_before && !facts[t].ends && !facts[t].lead && !facts[t].byline;
        let clause_marks = |t: usize| lines[t].text.chars().filter(|&c| is_clause_punct(c)).count();
        let under_title = |j: usize| {
            j >= 2
                && !lines[j].gap_before
                && lines[j].short_by_indent()
                && !facts[j].ends
                && lines[j - 1].is_full()
                && title_part(j - 1)
                && !lines[j - 1].text.trim_end().ends_with(is_clause_punct)
                && ((facts[j - 2].ends && clause_marks(j - 1) == 0) || (j >= 3 && title_part(j - 2) && facts[j - 3].ends && clause_marks(j - 1) + clause_marks(j - 2) <= 1))
        };
        // (line `j` is a list's entry of one line: [`Break::entry`])
        let ends_on = |j: usize, m: &[char]| lines.get(j).is_some_and(|l| l.text.ends_with(m));
        let entry_at = |j: usize| j > 0 && ends_on(j, &['；', ';']) && ends_on(j - 1, &['；', ';', '：', ':', '。']) && ends_on(j + 1, &['；', ';', '。']) && !lines[j + 1].gap_before;
        // (or, two units short and ending no sentence, under a full line that ends none either,
        // over a full line of its column that is no first line itself and whose first word would
        // still have fitted on it: a paragraph that closes on a dash, a colon, a quotation or no
        // mark at all ends on a full line by chance, …实招迭出——⏎投标文件线上投递，网⏎上开评标…;
        // running text broken there leaves no room a word would fill. Not a list's entry, which
        // ends on a semicolon, nor a line with a field's colon or a space, or over one with a
        // space: a list's rows, …报送单位：中⏎国新闻漫画研究会⏎奖次：二等奖 项目：…)
        let under_full = |j: usize| {
            lines[j].short_by_indent()
                && !lines[j].gap_before
                && !facts[j].ends
                && lines[j - 1].is_full()
                && !ends_on(j, &['；', ';'])
                && !lines[j].text.trim().contains([' ', '\u{3000}', '：', ':'])
                && lines.get(j + 1).is_some_and(|n| n.column == lines[j].column && first_word_fits(&lines[j], n.text) && !n.text.trim().contains([' ', '\u{3000}']) && !short_by_lost_indent(n, lines.get(j + 2), false))
        };
        let first_line = |j: usize| lost && j > 0 && (after_stop(j) || (lines[j - 1].gap_before && lines[j].gap_before) || under_title(j) || under_full(j)) && lines.get(j).is_some_and(|b| !b.indent && short_by_lost_indent(b, lines.get(j + 1), facts[j - 1].ends)) && (full_after(j + 1) || full_across(j + 1) || two_lines(j));
        let plain_short = |j: usize| plain(j) && !lines[j].is_full() && !first_line(j);
        // (or a line with no such mark over a report's lead formula, however wide: …指导方针。⏎
        // 朝鲜掀起“增产突击运动”迎接国庆⏎本报平壤9月7日电…; or, however close to its column,
        // over a line that opens a report on a time whose first word would still have fitted on
        // it, as it would not after a body line: …战胜困难。⏎德国探索会展经济转型⏎近日，…)
        // (and two such lines over a lead formula, however wide: a title of two lines set in the
        // report's own column, 胡锦涛致电祝贺金正恩担⏎任朝鲜人民军最高司令官⏎新华社北京…电)
        // (or over a byline: …举行了工作会谈。⏎朝鲜开放卫星指挥所（第一现场）⏎本报驻朝鲜记者 周之然)
        // (line `t` opens a report on its lead formula or its byline)
        let report_head = |t: usize| facts[t].lead || (facts[t].opens && facts[t].byline);
        let over_lead = |j: usize| plain(j) && lines.get(j + 1).is_some_and(|c| !c.gap_before) && report_head(j + 1);
        let over_report = |j: usize| {
            over_lead(j)
                || (plain(j)
                    && lines.get(j + 1).is_some_and(|c| !c.gap_before && first_word_fits(&lines[j], c.text) && opens_report(&lines[j], c)))
        };
        // (or one or two short lines that end no sentence, marks or none, over a blank and a dash
        // line: a headline over its subtitle, …600多名中外记者参加。⏎谱写中朝友谊新篇，⏎维护半岛和平
        // 稳定⏎⏎——习近平总书记…)
        // (the first line may stand after a blank: a column break where only short last lines
        // mark paragraphs)
        let first_open = |j: usize| lines.get(j).is_some_and(|b| !b.is_full() && !facts[j].ends && !facts[j].lead);
        let short_open = |j: usize| first_open(j) && !lines[j].gap_before;
        let dash_after_blank = |j: usize| lines.get(j).is_some_and(|c| c.gap_before && c.text.starts_with("——"));
        let over_subtitle = |j: usize| first_open(j) && (dash_after_blank(j + 1) || (short_open(j + 1) && dash_after_blank(j + 2)));
        let title_between = |j: usize| (plain_short(j) && (full_after(j + 1) || (plain_short(j + 1) && full_after(j + 2)))) || over_report(j) || (plain(j) && over_lead(j + 1)) || over_subtitle(j);
        // (or a line twice as wide as its column at least, marks or none, with a line of that
        // column under it: a headline set across columns, 习近平同朝鲜劳动党委员长、国务委员会委员长
        // 金正恩举行会谈⏎6月20日，中共中央总书记、)
        let twice_wide = |j: usize| lines.get(j).is_some_and(|b| !b.gap_before && b.column > 0.0 && b.width >= 2.0 * b.column && !facts[j].ends);
        let across = |j: usize| twice_wide(j) && lines.get(j + 1).is_some_and(|c| !c.gap_before && c.is_full());
        // (or a line with no mark of running text, however full, over such a line with a full or
        // wide one under it: a headline over its deck set across columns, …“永远的朋友”。⏎开城工业
        // 园区或将长期关闭⏎韩联社预测，韩国下一步可能采取断水、断电等措施⏎本报驻韩国记者 万 宇…)
        let over_deck = |j: usize| plain(j) && twice_wide(j + 1) && full_after(j + 2);
        // (or up to a title stack's lines from `j` on, each ending no sentence nor on a clause
        // mark, holding one at most (any, set across twice its column's width: a headline and its
        // deck on one line) and no full stop, that a report's head follows: its lead
        // formula or byline, its opening sentence on a time, or, where they close on the column's
        // rubric with one clause mark at most between them, an unindented line with no field's
        // colon. No paragraph stops unpunctuated before a report: …返回朝鲜。⏎朝韩关系陷入严峻状态
        // （国际视点）⏎中方表示，维护半岛和平与稳定是…, …水信息化覆盖人口2560万。⏎斯里兰卡统一国民党
        // 领袖、政府总⏎理维克拉马辛哈同刘建超视频通话⏎新华社北京7月4日电…. The head is asked first:
        // a report's opening line may look like a title's, 近日，习近平总书记在.)
        let head_over_report = |j: usize| {
            let title = |t: usize| lines.get(t).is_some_and(|l| title_part(t) && !facts[t].opens && !l.text.ends_with(is_clause_punct) && (title_marks(l.text) || (l.column > 0.0 && l.width >= 2.0 * l.column && !holds_stop(l.text))));
            let rubric = |t: usize| lines[t - 1].text.ends_with(['）', ')']) && (j..t).map(clause_marks).sum::<usize>() <= 1 && rubric_suffix(&lines[j..t].iter().map(|l| l.text).collect::<String>());
            let head = |t: usize| {
                lines.get(t).is_some_and(|c| {
                    !c.gap_before && (report_head(t) || (facts[t].sentence && opens_report(&lines[t - 1], c)) || (!c.indent && !c.text.contains(['：', ':']) && rubric(t)))
                })
            };
            // (the head asked first at each line: a report's opening line may pass for a title's)
            title(j) && (j + 1..=j + MAX_STACK_RUN).find_map(|t| if head(t) { Some(true) } else if title(t) { None } else { Some(false) }).unwrap_or(false)
        };
        let b_title = title_between(i + 1) || (facts[i].ends && (across(i + 1) || over_deck(i + 1) || head_over_report(i + 1)));
        // (the block's first line, after a sentence's end or a report's closing note, its lines
        // however many: …近期难有进展。⏎（本报首尔、平壤8月4日电）⏎从蔬食中感受生活滋味⏎了解了…)
        if i == start {
            end_before = start > 0 && (facts[start - 1].ends || blocks.last().is_some_and(|b: &Block| closing_note(&b.text)));
        }
        let after_end = i == start && end_before;
        // (and the line itself, split off so after a sentence's end, is such a title)
        let title_line = after_end && title_between(i);
        let over_wider = after_end && !facts[i].prose() && !facts[i].ends && lines.get(i + 1).is_some_and(|b| {
            let a = &lines[i];
            !b.gap_before
                && facts[i + 1].sentence
                && b.is_full()
                && !b.overhangs()
                && a.column > 0.0
                && b.column > a.column
                && columns_apart(a.column, b.column)
                && a.width + first_word_width(b.text) <= b.column
                && lines.get(i + 2).is_some_and(|c| !c.gap_before && !columns_apart(c.column, b.column))
        });
        // (the block at most a title stack's lines, no quotation left open across them)
        let under_kicker = start > 0
            && i - start < MAX_STACK_RUN
            && lines[start].gap_before
            && (start == 1 || lines[start - 1].gap_before)
            && lines[start - 1].text.ends_with("——")
            && (!lines[start - 1].is_full() || !has_clause_mark(lines[start - 1].text))
            && lines[start + 1..=i].iter().all(|l| !l.gap_before)
            && (i == start || !lines[start..=i].iter().any(|l| l.text.contains(['。', '！', '？'])))
            && quote_depth(&lines[start..=i].iter().map(|l| l.text).collect::<String>()) <= 0;
        // (line `j` opens a list's row after a blank)
        let row_at = |j: usize| row_label.is_some_and(|(r, after_blank)| lines.get(j).is_some_and(|b| (b.gap_before || !after_blank) && opens_on_label(b.text, r)));
        let after_open = i == start && i > 0 && !facts[i - 1].ends && !lines[i - 1].text.trim_end().ends_with(['：', ':']);
        // (the page's numbered titles first: most pages have none)
        let numbered = after_end
            && numbered_titles.contains(&true)
            && lines.get(i + 1).is_some_and(|b| b.gap_before)
            && numbered_titles[numbering(lines[i].text)]
            && numbered_title(lines[i].text)
            && !pair_cut(lines, i, runs.get_or_insert_with(|| Runs::of(lines)));
        // (asked only where `continues` is; cheap tests first, the page's runs searched last)
        let mut alone_over_prose = || i == start
            && lines[i].is_full()
            && lines[i].width + 0.5 >= lines[i].column
            // (a line past its column by a character that is no hanging stop is none of its lines)
            && !past_column(&lines[i])
            && !facts[i].prose()
            && !facts[i].ends
            && !b_alone
            && !lines[i].text.starts_with("——")
            && !lines[i].text.ends_with('—')
            && !closes_on_bracket_or_quote(lines[i].text)
            && lines.get(i + 1).is_some_and(|b| b.gap_before)
            && b_prose(i + 1)
            && !opens_report_across_blank(&lines[i], &lines[i + 1])
            && runs.get_or_insert_with(|| Runs::of(lines)).repeated_share(lines[i].text) < REPEATED_TITLE;
        // A head group's lines with no blank between them: the block so far (at most two lines,
        // after a blank) and the lines from the next one to the next blank (at most two) have
        // no mark of running text (中共中央电唁金正日逝世⏎向全体朝鲜人民致以最深切的哀悼…⏎⏎).
        let head_rest = !marked
            && i - start < 2
            && (start == 0 || lines[start].gap_before)
            && lines.get(i + 1).is_some_and(|b| !b.gap_before)
            && {
                let end = (i + 1..lines.len()).find(|&j| j > i + 1 && lines[j].gap_before).unwrap_or(lines.len());
                end - (i + 1) <= 2 && (i + 1..end).all(|j| !facts[j].ends && !facts[j].lead && !facts[j].sentence && !facts[j].opens)
            };
        // (asked only where `continues` reads it: a blank after a sentence end)
        // (a kicker's short line ending on its dash is no column's text, whatever is under it:
        // …陆慷说。⏎⏎外交部发言人——⏎希望朝美双方珍惜积极进展、互释善意)
        let next_prose = facts[i].ends && lines.get(i + 1).is_some_and(|b| b.gap_before && !dash_kicker(b)) && b_prose(i + 1);
        // (asked only after a line wider than its column, or on a page with no blank line one of
        // words alone past it ([`runs_past`]): the prose under it, not a title over a report's
        // lead or opening sentence)
        let prose_under = (lines[i].is_wide() || (blankless && runs_past(&lines[i], facts[i], lines[i].column)))
            && b_prose(i + 1)
            && !lines.get(i + 2).is_some_and(|c| !c.gap_before && (facts[i + 2].lead || opens_report(&lines[i + 1], c)));
        // (a line after a blank with a line under it that it had room for: a block's first, short
        // of its column or not; full within its tolerance only where its width is sure, as Latin
        // letters and digits print wider than the half unit they are counted: 勒布沟国家3A级景区)
        let b_fits_open = lines.get(i + 1).is_some_and(|b| {
            b.gap_before
                && !facts[i + 1].ends
                && !facts[i + 1].lead
                && lines.get(i + 2).is_some_and(|c| !c.gap_before && !c.indent && first_word_fits(b, c.text))
                && (!b.is_full() || !b.text.chars().any(is_latin_alnum))
        });
        let b_short_open = b_fits_open && !lines[i + 1].is_full();
        // (the next line in a wider column than this one's: the report under a headline filling
        // the last report's narrower column, 办好基层赛事，升温⏎健身热情（体坛观澜）⏎办好基层赛事活动，…)
        let widens_after = || lines.get(i + 1).is_some_and(|b| b.column > lines[i].column && columns_apart(b.column, lines[i].column));
        // (or right under a kicker's line that ends on its dash, at most three lines down: the
        // kicker's headline, however full and marked, 孙家栋院士——⏎“国家需要，我就去做”（奋斗百年路⏎
        // 启航新征程·党旗在基层一线高高飘扬）)
        let under_dash = || start > 0 && i - start < MAX_STACK_RUN && lines[start - 1].text.trim_end().ends_with("——");
        // A closing note in brackets goes on until its bracket closes, across the blanks an
        // extraction may put between its lines: （新华社北京10月19日电⏎⏎记者赵超、安蓓、⏎⏎王雨萧）
        let note_open = i - start < MAX_NOTE_LINES && lines[start].text.starts_with(['（', '(']) && lines[start..=i].iter().map(|l| bracket_depth(l.text)).sum::<i32>() > 0;
        let last = i + 1 == lines.len()
            || !(note_open
                || glued[i]
                || names_end[start] > i
                || ((bare || opened || formula_rest) && !lines[i + 1].gap_before)
                || boxed_formula
                || continues(&lines[i], facts[i], &lines[i + 1], facts[i + 1], Break { run: i + 1 - start, before_full, marked, stack, word_across, b_prose: next_prose, after_end: end_before, after_open, numbered, prose_under, title_word_cut, b_row: row_at(i + 1), b_row_end: b_alone && lines.get(i + 1).is_some_and(|b| b.gap_before) && row_label.is_some_and(|(_, after_blank)| after_blank) && row_at(i + 2), b_alone, b_short_open, b_fits_open, head_rest, couplet: i == start && !facts[i].prose() && lines.get(i + 1).is_some_and(|b| !b.gap_before && !facts[i + 1].prose() && couplet(lines[i].text, b.text)), b_title, title_line, over_wider, under_kicker, alone_over_prose: alone_over_prose(), caption_across: caption_across(lines, &facts, start, i), hard, dash_in_entry: lines[i + 1].text.starts_with("——") && dated_entry(lines[start].text), blankless, rubric_closed: blankless && (!marked || !lines[i].is_full() || i == start || widens_after() || under_dash()) && rubric_end(), over_pair: blankless && i == start && kicker_over_pair(lines, &facts, i), b_first: first_line(i + 1), a_first: first_line(i) && !lines[i].text.trim_end().ends_with(['；', ';']), lost, narrow_quotes, entry: short_style && (entry_at(i) || (ends_on(i, &['：', ':']) && entry_at(i + 1))) }, style));
        if last && names_end[start] == i && i > start {
            blocks.push(name_block(lines, start, i));
            start = i + 1;
        } else if last {
            let mut b = make_block(lines, start, i);
            b.lost_indent = lost && !lines[start].indent && lines[start].short_by_indent();
            blocks.push(b);
            start = i + 1;
        }
    }
    blocks
}

/// For each line, whether a note in brackets of two lines or more, after a sentence's end, ends
/// at it or opens on the next: such a note is a paragraph of its own (…不容忽视的影响。⏎（参与记者
/// 胡晓光、吴刚、⏎陆睿、刘晨）⏎韩国总统文在寅访问朝鲜⏎…), closed where its bracket closes at a
/// line's end, whatever comes under it. (A bracket that closes inside a line, （一）坚持…, makes
/// no note.)
fn notes(lines: &[Line], facts: &[Facts]) -> Vec<bool> {
    let mut out = vec![false; lines.len()];
    for j in 1..lines.len() {
        // (the cheap look at the line's first character first: few lines open on a bracket)
        if !lines[j].text.starts_with(['（', '(']) || !facts[j - 1].ends {
            continue;
        }
        let mut depth = 0;
        for k in j..lines.len().min(j + MAX_NOTE_LINES) {
            depth += bracket_depth(lines[k].text);
            if depth <= 0 {
                if depth == 0 && k > j && lines[k].text.trim_end().ends_with(['）', ')']) && !lines.get(k + 1).is_some_and(|b| b.text.starts_with(is_no_line_start)) {
                    out[j - 1] = true;
                    out[k] = true;
                }
                break;
            }
        }
    }
    out
}

/// For each line, whether it goes on into the next as one text: a subscript or superscript that the
/// extraction set on a line of its own (广义货币（M⏎⏎2⏎）余额…, PM⏎2.5⏎浓度): one or two Latin letters or digits (or a
/// decimal) after a line that ends on a Latin letter and before one that goes on with a
/// closing bracket or a stop, or with no blank before it: the three lines are one text.
fn glued(lines: &[Line]) -> Vec<bool> {
    let mut out = vec![false; lines.len()];
    for i in 1..lines.len().saturating_sub(1) {
        let t = lines[i].text;
        let small = (1..=4).contains(&t.len()) && t.bytes().all(|c| c.is_ascii_alphanumeric() || c == b'.') && t.as_bytes()[0].is_ascii_alphanumeric();
        let after_letter = lines[i - 1].text.as_bytes().last().is_some_and(u8::is_ascii_alphabetic);
        let next = lines[i + 1].text;
        let goes_on = next.starts_with(['）', ')', '，', '、', '。', '；', '：']) || !lines[i + 1].gap_before;
        if small && after_letter && goes_on && !next.starts_with(|c: char| c.is_ascii_alphanumeric()) {
            out[i - 1] = true;
            out[i] = true;
        }
    }
    // So is an editor's note's signature split over two lines (——编⏎⏎者), and a photo credit
    // whose word a column break carried off (…默哀。新华社记者　李涛⏎⏎摄).
    for i in 0..lines.len().saturating_sub(1) {
        if let Some(sign) = lines[i].text.strip_prefix("——") {
            let whole = format!("{sign}{}", lines[i + 1].text);
            if !sign.is_empty() && lines[i + 1].text.chars().count() == 1 && signature(&whole) {
                out[i] = true;
            }
        }
        if lines[i].is_full() && lines[i + 1].gap_before && credit_word_wrapped(lines[i].text, lines[i + 1].text) {
            out[i] = true;
        }
    }
    out
}

/// Lines `start..=i` are a caption's first lines, set wider than the page's column, cut by a
/// column break: each runs past its column by [`OVERHANG`] at least, one has a clause mark and
/// `i` ends no sentence; and from the next line, after a blank and as wide as `i` to a unit, the
/// lines to the next blank (three at most) end on a photographer's credit, whole or with its
/// word wrapped (…第一⏎书记金正恩。新华社记者 李 涛⏎摄).
fn caption_across(lines: &[Line], facts: &[Facts], start: usize, i: usize) -> bool {
    // (the cheap tests first: few lines run wider than their column before a blank)
    let Some(b) = lines.get(i + 1) else { return false };
    let past = |l: &Line| l.column > 0.0 && l.width >= l.column + OVERHANG;
    if !b.gap_before || !past(&lines[i]) || facts[i].ends || (b.width - lines[i].width).abs() > 1.0 {
        return false;
    }
    let end = (i + 2..lines.len()).find(|&j| lines[j].gap_before).unwrap_or(lines.len());
    end - (i + 1) <= 3
        && lines[start..i].iter().all(past)
        && facts[start..=i].iter().any(|f| f.clause)
        && (i + 1..end).any(|j| facts[j].credit || lines.get(j + 1).is_some_and(|n| j + 1 < end && credit_word_wrapped(lines[j].text, n.text)))
}

/// `next` is the word of a photo credit that `line` ends on the names of (…新华社记者 李 涛⏎摄):
/// together they end on a credit, `next` alone is none.
fn credit_word_wrapped(line: &str, next: &str) -> bool {
    // (the credit's last character asked first: it turns away almost every line)
    ends_with_credit(next) && next.chars().count() <= MAX_CREDIT_REST_CHARS && caption_credit(next).is_none() && caption_credit(&format!("{line}{next}")).is_some()
}

/// `next` is all that is left of the credit's word `line` ends on: …涛摄影⏎报道, …涛摄影报⏎道.
fn credit_word_rest(line: &str, next: &str) -> bool {
    // (the word cut after its first two characters at least: a line ending on 摄 alone may be
    // running text, 手机摄⏎影课; a line longer than the rest, nearly every one, is turned away
    // by its length)
    if next.len() > 3 * "报道".len() {
        return false;
    }
    match next.trim() {
        "报道" => line.ends_with("摄影"),
        "報道" => line.ends_with("攝影"),
        "道" => line.ends_with("摄影报") || line.ends_with("攝影報"),
        _ => false,
    }
}

/// `line` ends on 摄 and `next` finishes a word of running text with it: 摄影 and more, no
/// credit's word (…一堂手机摄⏎影课开讲，…; not …王恒 摄⏎影, …摄⏎影报道), or a particle
/// (…拍摄⏎的照片).
fn credit_word_cut(line: &str, next: &str) -> bool {
    if !line.ends_with(['摄', '攝']) {
        return false;
    }
    let photo_word = next.starts_with('影') && !ends_with_credit(&format!("摄{next}"));
    photo_word || starts_mid_sentence(next)
}

/// `line` and `next` are one byline wrapped at the column: the line's last "name" is no name
/// (the line cut inside the next role word: 本报驻朝鲜记⏎者 王 莉, 本⏎报驻韩国记者), and read as one
/// text they are a byline whose names are not the names each line reads as alone.
fn wrapped_byline(line: &str, next: &str) -> bool {
    let Some(mut parts) = byline(line) else { return false };
    if parts.last().is_none_or(|p| personal_name(&p.name)) {
        return false;
    }
    let Some(whole) = byline(&format!("{line}{next}")) else { return false };
    parts.extend(byline(next).unwrap_or_default());
    whole.iter().map(|p| &p.name).ne(parts.iter().map(|p| &p.name))
}

/// What the formulas say about each line ([`Facts`]), corrected where a formula spans lines: a
/// closing note or dispatch over several lines, a source credit or byline whose end wrapped, a
/// lead formula cut before its 电 or inside its date, a role word over names a line each, an author above a source
/// line. Also, for each line that opens names under a role word (or an author's letter-spaced
/// name), the last line of those names (else the line itself).
fn page_facts(lines: &[Line], runs: &mut Option<Runs>) -> (Vec<Facts>, Vec<usize>) {
    // Formula checks, once per line.
    let mut facts: Vec<Facts> = lines.iter().map(Facts::of).collect();
    // A line ending on 摄 whose wrap cut a word, the next line going on with no blank (…一堂手机摄⏎
    // 影课开讲，…: 摄影; …拍摄⏎的照片), is running text, no photo credit (asked
    // first: the rules below read the credits).
    for j in 0..lines.len().saturating_sub(1) {
        let (l, next) = (&lines[j], &lines[j + 1]);
        if facts[j].credit && !next.gap_before && credit_word_cut(l.text, next.text) {
            facts[j] = Facts::with_credit(l, Facts::furniture(l), false);
        }
    }
    // A report's closing dispatch in brackets over several lines, （本报平壤、首尔⏎12月1日电　记者
    // 王莉、⏎孙天仁）, is a block of its own even where it follows a full line: what comes after
    // it is another report or this one's headline.
    for j in 0..lines.len() {
        if let Some(end) = closing_dispatch(lines, j) {
            facts[j].opens = true;
            facts[end].closes = true;
        }
    }
    // A closing line that wrapped ends on the next line instead: a source credit that fills its
    // column (数据来源：广东电网有限⏎责任公司), a byline whose last name left its last character
    // (本报驻朝鲜记者 周之⏎然).
    for j in 0..lines.len().saturating_sub(1) {
        let (l, next) = (&lines[j], &lines[j + 1]);
        if !facts[j].closes || next.gap_before {
            continue;
        }
        // (the rest of a name, as short as a credit's rest: a longer line is the next title, 数据来源：
        // 广东电网有限责任公司⏎开城工业园区谈判没有进展)
        let credit = || l.is_full() && next.text.chars().count() <= MAX_CREDIT_REST_CHARS && l.text.contains(['：', ':']) && agency_credit(l.text) && !next.is_full();
        let name = || next.text.len() <= 4 && next.text.chars().count() == 1 && short_name(next.text) && byline(l.text).is_some();
        // (or a byline of several reporters wrapped at its column inside a role word, 本报驻韩国记者
        // 万 宇 本报驻朝鲜记⏎者 王 莉 程维丹: read whole, its names are others than its lines' own)
        let wrapped = || facts[j].byline && l.is_full() && next.text.chars().count() <= l.text.chars().count() && wrapped_byline(l.text, next.text);
        if credit() || name() {
            facts[j].closes = false;
            facts[j + 1].closes = true;
        } else if wrapped() {
            facts[j].closes = false;
            facts[j + 1].opens = false;
        }
    }
    // A lead formula cut before its 电 (本报北京１２月１９日⏎电　（记者王莉）…), or inside its
    // date (新华社北京１２月３１⏎日电　…), is one all the same.
    for j in 0..lines.len().saturating_sub(1) {
        let rest = || {
            let next = lines[j + 1].text;
            next.char_indices().take(MAX_CUT_DATE_CHARS + 1).find(|&(_, c)| matches!(c, '电' | '電')).map(|(k, c)| &next[..k + c.len_utf8()])
        };
        // (a line cut inside a date or before its 电 ends on a digit, 月 or 日: asked first)
        let on_date = lines[j].text.ends_with(|c: char| is_digit(c) || matches!(c, '月' | '日'));
        if !facts[j].lead && on_date && rest().is_some_and(|r| formula_across(lines[j].text, r)) {
            facts[j] = Facts { opens: true, closes: false, bare_formula: true, lead: true, ends: false, credit: false, ..facts[j] };
        }
    }
    // A role word on a line of its own over its names, one a line and a letter-spaced name one
    // character a line (本报记者⏎⏎程⏎⏎龙⏎⏎潘俊强): one byline; so is an editor's credit over
    // more names (三版责编：韩晓明⏎⏎姜⏎⏎波⏎⏎李安琪): one furniture line. `names_end[j]`: the last
    // line of the names under a role word or credit at line `j`.
    let mut names_end: Vec<usize> = (0..lines.len()).collect();
    for j in 0..lines.len() {
        if !role_only(lines[j].text) && !(facts[j].closes && editor_credit(lines[j].text)) {
            continue;
        }
        let mut k = j;
        while k + 1 < lines.len() && k - j < MAX_NAME_LINES && short_name(lines[k + 1].text) {
            k += 1;
        }
        if k > j {
            one_name_block(&mut facts, &mut names_end, j, k);
        }
    }
    // Photographers' names over the rest of their credit (刘博通  倪  帅  姜⏎  涛摄影报道), or
    // over its word alone, and a credit over its word's last part (…姜  涛摄影⏎报道, across a
    // column break too): one credit line.
    for j in 0..lines.len().saturating_sub(1) {
        let (l, next) = (&lines[j], &lines[j + 1]);
        // (the credit, known for every line, asked first: it turns away almost every line)
        // (or the credit's word alone: 刘博通  倪  帅  姜  涛⏎摄影报道)
        let rest = || {
            !next.gap_before
                && facts[j + 1].credit
                && next.text.chars().count() <= MAX_CREDIT_REST_CHARS
                && (caption_credit(next.text).is_some() || credit_word_wrapped(l.text, next.text))
        };
        if (rest() && l.text.split_whitespace().all(short_name)) || credit_word_rest(l.text, next.text) {
            one_name_block(&mut facts, &mut names_end, j, j + 1);
        }
    }
    // A byline wrapped inside a letter-spaced name, its last character on the next line, set
    // apart by its space (本报驻叙利亚记者　李⏎　潇): one byline.
    for j in 0..lines.len().saturating_sub(1) {
        let (l, next) = (&lines[j], &lines[j + 1]);
        // (a short name under the line, asked first: it turns away almost every line)
        if !next.gap_before && next.indent && next.text.chars().count() <= 2 && short_name(next.text) && name_cut(l.text) && byline(l.text).is_some() {
            one_name_block(&mut facts, &mut names_end, j, j + 1);
        }
    }
    // An editor's credit or a page's number that fills its column between two full lines, the
    // one above stopping mid-sentence, no blank around it, is where a list's row wrapped
    // (…梁蓬飞）⏎ 编辑：徐双喜、田源 刊播单位⏎／发布平台：…; 《…》⏎4版 作者：…): text, no furniture.
    for j in 1..lines.len().saturating_sub(1) {
        let (above, l, below) = (&lines[j - 1], &lines[j], &lines[j + 1]);
        // (or across a column break after such a line: 作者：李杨⏎⏎编辑：李华、刘千圣⏎刊播单位…;
        // …）⏎编辑：集体（安鹏、曹力、霍惠⏎⏎兰、孙兰…）, a bracket left open; …刊播单位⏎⏎／发布平台：…,
        // the next line going on with what no text opens on)
        let goes_on = || !below.gap_before || bracket_depth(l.text) > 0 || starts_mid_sentence(below.text) || below.text.starts_with(['／', '/']);
        let cut = || above.is_full() && l.is_full() && !facts[j - 1].ends && goes_on();
        if (facts[j].opens || facts[j].closes) && cut() && l.text.chars().count() >= MIN_ROW_CHARS && furniture(l.text) {
            facts[j] = Facts::with(l, false);
        }
    }
    // A paper's name after a blank, under a field's label (…报送单位：⏎⏎人民日报: a list's row
    // cut by a column break), is that field's value, no page header.
    for j in 1..lines.len() {
        let l = &lines[j];
        if l.gap_before && masthead(l.text) && !furniture(l.text) && ends_on_field_label(lines[j - 1].text) {
            facts[j] = Facts::with(l, false);
        }
    }
    // A question's or an answer's mark right under a full line that stops mid-sentence is where
    // the wrap fell (…马丁·雅克曾经发⏎问：“中国将成为…): no block opens there.
    for j in 0..lines.len().saturating_sub(1) {
        let (l, next) = (&lines[j], &lines[j + 1]);
        if facts[j + 1].opens && !facts[j + 1].lead && !next.gap_before && l.is_full() && !facts[j].ends && (question_start(next.text) || answer_start(next.text)) {
            facts[j + 1].opens = false;
        }
    }
    // A photo credit whose word wrapped to a line of its own (…新华社记者 李 涛⏎摄), or was
    // carried by a column break after a full line: the credit closes there, whatever comes next.
    for j in 0..lines.len().saturating_sub(1) {
        let (l, next) = (&lines[j], &lines[j + 1]);
        // (the credit, known for every line, asked first: it turns away almost every line)
        if (!next.gap_before || l.is_full()) && facts[j + 1].credit && credit_word_wrapped(l.text, next.text) {
            facts[j + 1].closes = true;
        }
    }
    // An author's name printed letter-spaced above a source line, a character a line
    // (洪⏎⏎勇⏎⏎《人民日报》…): one author line.
    for j in 2..lines.len() {
        if !(facts[j].opens && source_line(lines[j].text)) {
            continue;
        }
        let mut k = j;
        while k > 0 && j - k < MAX_NAME_LINES && lines[k - 1].text.chars().count() == 1 && short_name(lines[k - 1].text) {
            k -= 1;
        }
        if j - k >= 2 {
            names_end[k] = j - 1;
            facts[k].opens = true;
        }
    }
    // A report in parts under one headline opens each part on a bare name over the part's title
    // and its dispatch (朝鲜⏎热播发射画面民众沸腾⏎本报平壤…电 … 中国⏎希望早日重启六方会谈⏎本报北京…电):
    // where no blank line sets the names apart, [`MIN_SERIES_LABELS`] or more such names on the
    // page, no two alike, each on a line of its own right over a title (it may fill a narrow
    // column) and a lead formula, are the parts' labels, blocks of their own. (One name over a
    // title is a headline's first words: 朝鲜⏎纪念金正日诞辰70周年.)
    let label_at = |j: usize| {
        // (the lead formula, known for every line, asked first: it turns away almost every line)
        j + 2 < lines.len()
            && facts[j + 2].lead
            && !lines[j + 1].gap_before
            && !lines[j + 2].gap_before
            && bare_name(lines[j].text)
            && !facts[j + 1].prose()
            && !facts[j + 1].ends
    };
    let labels: Vec<usize> = (0..lines.len()).filter(|&j| label_at(j)).collect();
    let names: std::collections::HashSet<&str> = labels.iter().map(|&j| label_name(lines[j].text)).collect();
    if labels.len() >= MIN_SERIES_LABELS && names.len() == labels.len() {
        for j in labels {
            facts[j].opens = true;
            facts[j].closes = true;
        }
    }
    // The author's line above a source line (任仲平⏎《人民日报》（2025年10月20日 第 01 版）) is a
    // block of its own, apart from the title above it.
    for i in 1..lines.len() {
        if (i.saturating_sub(MAX_NAME_LINES)..i).any(|j| names_end[j] >= i) {
            continue; // a name under a role word is no author line of its own
        }
        // (not the rest of a title wrapped mid-word: 当选中国⏎国民党主席, 中国国民 is in the text)
        let title_rest = |runs: &mut Option<Runs>| i >= 2 && !lines[i - 1].gap_before && word_cut(lines, i - 2, runs.get_or_insert_with(|| Runs::of(lines)));
        if facts[i].opens && source_line(lines[i].text) && author_line(lines[i - 1].text) && !title_rest(runs) {
            facts[i - 1].opens = true;
        }
    }
    (facts, names_end)
}

/// The line ends on one character of a letter-spaced name, set apart by a space (…记者　李): the
/// name's rest may be on the next line.
fn name_cut(text: &str) -> bool {
    let mut last = text.trim_end().chars().rev();
    last.next().is_some_and(is_cjk) && last.next().is_some_and(|c| c == ' ' || c == '\u{3000}')
}

/// Lines `first..=last` are one block of names ([`name_block`]): it opens at `first` and closes
/// at `last`.
fn one_name_block(facts: &mut [Facts], names_end: &mut [usize], first: usize, last: usize) {
    names_end[first] = last;
    facts[first].opens = true;
    facts[first].closes = false;
    facts[last].closes = true;
}

/// A role word over its names, as one byline (本报记者 程龙 潘俊强), or an author's name alone
/// (洪勇). Characters a line apart are one letter-spaced name.
fn name_block(lines: &[Line], first: usize, last: usize) -> Block {
    let mut text = String::from(lines[first].text);
    let mut single = lines[first].text.chars().count() == 1;
    for (k, l) in lines[first + 1..=last].iter().enumerate() {
        let one = l.text.chars().count() == 1;
        if !(one && single) && !credit_word_rest(lines[first + k].text, l.text) {
            text.push(' ');
        }
        text.push_str(l.text);
        single = one;
    }
    Block { first, last, text, role: Role::Body, lost_indent: false }
}

/// The block of lines `first..=last`, joined as wrapped lines are ([`glue`]), read as body text.
pub(crate) fn make_block(lines: &[Line], first: usize, last: usize) -> Block {
    let part = &lines[first..=last];
    let mut text = String::with_capacity(part.iter().map(|l| l.text.len() + 1).sum());
    for l in part {
        glue(&mut text, l.text);
    }
    Block { first, last, text, role: Role::Body, lost_indent: false }
}

/// Append a wrapped line: nothing between CJK characters, one space where Latin words meet;
/// nothing inside a number a column split (提高到2⏎5%以上: 25%).
pub fn glue(text: &mut String, next: &str) {
    if let (Some(a), Some(b)) = (text.chars().last(), next.chars().next()) {
        if is_latin_alnum(a) && is_latin_alnum(b) && !(a.is_ascii_digit() && b.is_ascii_digit()) {
            text.push(' ');
        }
    }
    text.push_str(next);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lines::read;

    const COL: &str = "一二三四五六七八九十一二三四五六";

    /// The texts of the blocks `page` is joined into.
    fn joined(page: &str) -> Vec<String> {
        join(&read(page)).into_iter().map(|b| b.text).collect()
    }

    /// Five paragraphs whose first lines lost their indents (two units short of the column, 15).
    const LOST_INDENTS_PAGE: &str = "今年以来，各地加大农村公路\n建设力度，新建改建道路一千多公\n里，方便了沿线群众的日常出行，\n带动了产业发展。\n交通运输部有关负责人在记者\n会上介绍，农村公路建设带动了产\n业发展，沿线群众的收入明显增加，\n获得感不断增强。\n下一步，各地将继续完善路网\n结构，提升养护水平，让农村公路\n更好服务乡村振兴，惠及更多群众。\n村民们表示，路修好了以后出\n行方便多了，农产品也卖得更远，\n日子越过越有奔头。\n记者在村口看到，满载农产品\n的货车正驶向县城，公路两旁的果\n园里一片繁忙景象。\n";

    #[test]
    fn where_extraction_dropped_the_indents_a_line_two_units_short_after_a_sentences_end_opens_a_paragraph() {
        let page = LOST_INDENTS_PAGE;
        assert!(lost_indents(&read(page)));
        let texts = joined(page);
        assert_eq!(texts.len(), 5, "{texts:?}");
        // (a first line with no mark of running text is no title; one after a full line that
        // ends a sentence opens a paragraph all the same)
        assert!(texts[1].starts_with("交通运输部") && texts[1].ends_with("不断增强。"), "{texts:?}");
        assert!(texts[3].starts_with("村民们表示") && texts[2].ends_with("惠及更多群众。"), "{texts:?}");
        // (after a blank too: no column break; and a first line with no mark of running text
        // goes on across one after the full line under it)
        let texts = joined(&page.replace("惠及更多群众。\n", "惠及更多群众。\n\n"));
        assert!(texts.len() == 5 && texts[3].starts_with("村民们表示"), "{texts:?}");
        let cut = page.replace("会上介绍，农村公路建设带动了产\n业发展，沿线群众的收入明显增加，\n获得感不断增强。", "招待会上介绍农村公路建设带动了\n\n产业发展，沿线群众的收入明显增\n加，获得感不断增强。");
        let texts = joined(&cut);
        assert!(texts.len() == 5 && texts[1].starts_with("交通运输部") && texts[1].ends_with("不断增强。"), "{texts:?}");
        // (first lines as full as the rest: no indents were lost)
        let full = page.replace("农村公路\n", "农村公路建设\n").replace("在记者\n", "在记者招待\n");
        assert!(!lost_indents(&read(&full)));
    }

    #[test]
    fn where_extraction_dropped_the_indents_a_line_one_unit_short_that_hangs_a_comma_opens_a_paragraph() {
        // (the first line's last character a comma that hung past its column, as no line opens
        // on one: thirteen units of text and the comma, where the full lines hold fifteen)
        let page = &LOST_INDENTS_PAGE.replace("村民们表示，路修好了以后出\n行方便多了，农产品也卖得更远，\n", "沿线群众出行的条件大为改善，\n农产品卖得更远，收入也增加了，\n");
        assert!(lost_indents(&read(page)));
        let texts = joined(page);
        assert_eq!(texts.len(), 5, "{texts:?}");
        assert!(texts[2].ends_with("惠及更多群众。"), "{texts:?}");
        assert!(texts[3].starts_with("沿线群众出行") && texts[3].ends_with("有奔头。"), "{texts:?}");
        // (a line one unit short that ends on a stop may be a paragraph's last: over the next
        // paragraph's first line it goes on from the line above; over a full line it is a first
        // line, ([`short_by_lost_indent`]) as a last line's next would be two units short)
        let over_first = page.replace("沿线群众出行的条件大为改善，\n农产品卖得更远，收入也增加了，\n日子越过越有奔头。\n", "沿线群众出行条件大为改善了。\n") + "乡里还将组织养护队伍，定期\n巡查路面，及时修补坑洼路段，确\n保道路安全畅通。\n";
        assert!(lost_indents(&read(&over_first)));
        let texts = joined(&over_first);
        assert!(texts.len() == 5 && texts[2].ends_with("惠及更多群众。沿线群众出行条件大为改善了。"), "{texts:?}");
    }

    #[test]
    fn where_extraction_dropped_the_indents_a_line_two_units_short_after_a_title_opens_a_paragraph() {
        // (an intertitle over a paragraph, and a paragraph that ends on a dash, no stop)
        let page = "今年以来，各地加大农村公路\n建设力度，新建改建道路一千多公\n里，方便了沿线群众的日常出行，\n带动了产业发展。\n交通运输部有关负责人在记者\n会上介绍，农村公路建设带动了产\n业发展，沿线群众的收入明显增加，\n获得感不断增强。\n完善路网结构\n下一步，各地将继续完善路网\n结构，提升养护水平，让农村公路\n更好服务乡村振兴，惠及沿线更多\n群众。\n为了让群众少跑腿，全县上下\n想办法、出实招，各部门都自我加\n压，一批便民举措陆续落地见效，\n各项工作亮点频出——\n村民们表示，路修好了以后出\n行方便多了，农产品也卖得更远，\n日子越过越有奔头，大家对今后的\n生活充满信心。\n记者在村口看到，满载农产品\n的货车正驶向县城，公路两旁的果\n园里一片繁忙景象。\n";
        assert!(lost_indents(&read(page)));
        let texts = joined(page);
        assert_eq!(texts.len(), 7, "{texts:?}");
        assert_eq!(texts[2], "完善路网结构", "{texts:?}");
        assert!(texts[3].starts_with("下一步，") && texts[3].ends_with("群众。"), "{texts:?}");
        assert!(texts[4].starts_with("为了让群众") && texts[4].ends_with("亮点频出——"), "{texts:?}");
        assert!(texts[5].starts_with("村民们表示，"), "{texts:?}");
        // (the block that opens on such a line knows it: its first line counts as full)
        let blocks = join(&read(page));
        assert_eq!(blocks.iter().map(|b| b.lost_indent).collect::<Vec<_>>(), [true, true, false, true, true, true, true]);
    }

    #[test]
    fn where_extraction_dropped_the_indents_a_line_alone_between_blanks_ends_before_a_line_two_units_short() {
        // (an intertitle a unit short of the column, 15, full within its tolerance and with no
        // stop, stands alone between blanks: no column holds one line of text, so the line two
        // units short after the blank is a paragraph's first, not the intertitle's second line)
        let page = LOST_INDENTS_PAGE.replace("惠及更多群众。\n", "惠及更多群众。\n\n乡村公路越修越好，群众笑开颜\n\n");
        assert!(lost_indents(&read(&page)));
        let texts = joined(&page);
        assert_eq!(texts.len(), 6, "{texts:?}");
        assert_eq!(texts[3], "乡村公路越修越好，群众笑开颜", "{texts:?}");
        assert!(texts[4].starts_with("村民们表示，") && texts[4].ends_with("有奔头。"), "{texts:?}");
    }

    #[test]
    fn where_extraction_dropped_the_indents_a_first_line_wrapped_early_before_a_number_opens_a_paragraph() {
        // (three units short of the column, 15: the number after it, 3700, would not have fitted
        // in the thirteen units the indent left; no paragraph's last line stops before its words)
        let page = LOST_INDENTS_PAGE.replace("村民们表示，路修好了以后出\n行方便多了，农产品也卖得更远，\n日子越过越有奔头。\n", "清晨七时许，记者看到海拔\n3700米的村口，满载着农产品的货\n车正驶向县城，公路两旁的果园里\n一片繁忙景象。\n");
        assert!(lost_indents(&read(&page)));
        let texts = joined(&page);
        assert_eq!(texts.len(), 5, "{texts:?}");
        assert!(texts[3].starts_with("清晨七时许，记者看到海拔3700米") && texts[3].ends_with("繁忙景象。"), "{texts:?}");
        // (a line that short before a word that would have fitted is no paragraph's first)
        let texts = joined(&page.replace("3700米的村口，满载着农产品的货", "村口，满载着农产品的货车正驶"));
        assert!(!texts.iter().any(|t| t.starts_with("清晨七时许")), "{texts:?}");
    }

    #[test]
    fn where_extraction_dropped_the_indents_a_first_line_that_ends_a_sentence_goes_on_into_the_full_line_under_it() {
        // (two units short after a sentence's end, over a full line: the room is the indent it
        // lost, not a last line's; the full line opens no paragraph, whose first line would be short)
        let page = LOST_INDENTS_PAGE.replace("村民们表示，路修好了以后出\n行方便多了，农产品也卖得更远，\n日子越过越有奔头。\n", "村民们都说路修好了真方便。\n农产品也卖得更远，日子越过越有\n奔头。\n");
        assert!(lost_indents(&read(&page)));
        let texts = joined(&page);
        assert_eq!(texts.len(), 5, "{texts:?}");
        assert_eq!(texts[3], "村民们都说路修好了真方便。农产品也卖得更远，日子越过越有奔头。", "{texts:?}");
        // (one that ends on a semicolon may be a list's entry of one line: it stands alone)
        let texts = joined(&page.replace("真方便。", "真方便；"));
        assert_eq!(texts.len(), 6, "{texts:?}");
        // (so does one a unit short whose stop hung past the room the indent left)
        let texts = joined(&page.replace("路修好了真方便。", "路修好了出行方便。"));
        assert_eq!(texts.len(), 5, "{texts:?}");
        assert_eq!(texts[3], "村民们都说路修好了出行方便。农产品也卖得更远，日子越过越有奔头。", "{texts:?}");
    }

    #[test]
    fn where_extraction_dropped_the_indents_a_full_line_opening_on_a_quotation_goes_on_in_its_paragraph() {
        // (first lines come two units short, a quotation's too: a full one that opens on a
        // quotation mark after a sentence's end goes on in the paragraph)
        let more = "乡里还将组织养护队伍，定期\n巡查路面，及时修补坑洼路段，确\n保道路安全畅通。\n不少外出务工的年轻人也回到\n家乡，在路边开起了农家乐和小超\n市。\n";
        let page = LOST_INDENTS_PAGE.replace("惠及更多群众。\n", "惠及更多群众。\n“路好了，日子就好了”是群众的\n心声。\n") + more;
        assert!(lost_indents(&read(&page)) && !narrow_quotes(&read(&page)));
        let texts = joined(&page);
        assert_eq!(texts.len(), 7, "{texts:?}");
        assert!(texts[2].ends_with("惠及更多群众。“路好了，日子就好了”是群众的心声。"), "{texts:?}");
        // (where the page's paragraphs that open on a quotation come out full, its marks set
        // narrow, such a line may open one)
        let narrow = page
            .replace("村民们表示，路修好了以后出\n行方便多了，农产品也卖得更远，\n日子越过越有奔头。\n", "“路修好了以后，出行方便多了，\n农产品也好卖。”村民们说。\n")
            .replace("记者在村口看到，满载农产品\n的货车正驶向县城，公路两旁的果\n园里一片繁忙景象。\n", "“满载农产品的货车正驶向县城，\n公路两旁很热闹。”\n");
        assert!(lost_indents(&read(&narrow)) && narrow_quotes(&read(&narrow)));
        let texts = joined(&narrow);
        assert_eq!(texts.len(), 8, "{texts:?}");
        assert_eq!(texts[3], "“路好了，日子就好了”是群众的心声。", "{texts:?}");
    }

    #[test]
    fn where_extraction_dropped_the_indents_a_first_line_goes_on_into_a_dash_under_it() {
        // (two units short after a sentence's end, over a full line that opens on a dash: the
        // line counts as full, so the dash is only where the wrap fell, no subtitle's; a
        // chronology's entry, or a line with a clause in it)
        for (first, dash, rest, whole) in [
            ("7月28日 全省最长的农村公路", "——乡村振兴路在大山深处建成并", "投入使用。", "7月28日 全省最长的农村公路——乡村振兴路在大山深处建成并投入使用。"),
            ("村里新修了一条公路，名字叫", "——“幸福路”，年底前将全线贯", "通，沿线群众出行更方便了。", "村里新修了一条公路，名字叫——“幸福路”，年底前将全线贯通，沿线群众出行更方便了。"),
        ] {
            let page = LOST_INDENTS_PAGE.replace("村民们表示，路修好了以后出\n行方便多了，农产品也卖得更远，\n日子越过越有奔头。\n", &format!("{first}\n{dash}\n{rest}\n"));
            assert!(lost_indents(&read(&page)));
            let texts = joined(&page);
            assert_eq!(texts.len(), 5, "{texts:?}");
            assert_eq!(texts[3], whole, "{texts:?}");
        }
    }

    #[test]
    fn where_extraction_dropped_the_indents_a_paragraph_of_two_lines_opens_on_its_first() {
        // (two units short after a full line that ends a sentence, over a short line that ends
        // one: a paragraph of two lines, not the rest of the one before)
        let page = LOST_INDENTS_PAGE.replace("村民们表示，路修好了以后出\n行方便多了，农产品也卖得更远，\n日子越过越有奔头。\n", "村民们表示，路修好了以后出\n行方便多了。\n");
        assert!(lost_indents(&read(&page)));
        let texts = joined(&page);
        assert_eq!(texts.len(), 5, "{texts:?}");
        assert!(texts[2].ends_with("惠及更多群众。"), "{texts:?}");
        assert_eq!(texts[3], "村民们表示，路修好了以后出行方便多了。", "{texts:?}");
    }

    #[test]
    fn where_extraction_dropped_the_indents_a_first_line_over_a_column_break_opens_a_paragraph() {
        // (two units short with a clause in it, after a sentence's end, a blank and a full line
        // under it: the column broke right under the paragraph's first line)
        let page = LOST_INDENTS_PAGE.replace("村民们表示，路修好了以后出\n", "村民们表示，路修好了以后出\n\n");
        assert!(lost_indents(&read(&page)));
        let texts = joined(&page);
        assert_eq!(texts.len(), 5, "{texts:?}");
        assert!(texts[2].ends_with("惠及更多群众。"), "{texts:?}");
        assert!(texts[3].starts_with("村民们表示，") && texts[3].ends_with("有奔头。"), "{texts:?}");
    }

    #[test]
    fn where_extraction_dropped_the_indents_a_chronology_s_entry_goes_on_across_a_column_break() {
        // (its first line alone under its year's heading, a month, a space and no mark of running
        // text, over a blank and a full line: the entry's first line, cut by the column's end)
        let page = LOST_INDENTS_PAGE.replace("村民们表示，路修好了以后出\n行方便多了，农产品也卖得更远，\n日子越过越有奔头。\n", "\n一九六九年\n\n3月 苏联军队入侵乌苏里江主\n\n航道中国一侧的珍宝岛，造成严重\n流血事件。\n");
        assert!(lost_indents(&read(&page)));
        let texts = joined(&page);
        assert!(texts.contains(&"一九六九年".to_string()), "{texts:?}");
        assert!(texts.contains(&"3月 苏联军队入侵乌苏里江主航道中国一侧的珍宝岛，造成严重流血事件。".to_string()), "{texts:?}");
    }

    #[test]
    fn where_extraction_dropped_the_indents_a_first_line_with_no_clause_over_a_column_break_opens_a_paragraph() {
        // (no clause mark in it, closing on a quote even, as titles do: after a sentence's end, over
        // a blank and a full line, it is a paragraph's first line all the same, and goes on)
        for (first, rest) in [("村民们都说道路修好了以后出", "行方便多了，农产品也卖得更远，"), ("走进杭州市区的“梅堰渔火”", "清廉文化公园，映入眼帘的是一片")] {
            let page = LOST_INDENTS_PAGE.replace("村民们表示，路修好了以后出\n行方便多了，农产品也卖得更远，\n", &format!("{first}\n\n{rest}\n"));
            assert!(lost_indents(&read(&page)));
            let texts = joined(&page);
            assert_eq!(texts.len(), 5, "{texts:?}");
            assert!(texts[2].ends_with("惠及更多群众。"), "{texts:?}");
            assert_eq!(texts[3], format!("{first}{rest}日子越过越有奔头。"), "{texts:?}");
        }
    }

    #[test]
    fn where_extraction_dropped_the_indents_a_first_line_under_an_intertitle_opens_a_paragraph() {
        // (a full line with no mark of running text after a sentence's end, over a line two units
        // short that ends no sentence: an intertitle printed straight over a paragraph's first line;
        // so one of two lines with a clause mark at most)
        // (a sixth paragraph: the page's openings still show its lost indents with one under a title)
        let page = format!("{LOST_INDENTS_PAGE}乡亲们纷纷表示，好日子还在\n后头，大家一定要撸起袖子加油干\n出更多成绩。\n");
        for title in ["公路修到了家门口日子越过越红火", "修好农村公路，铺就乡村振兴\n的致富路幸福路小康路和民心之路"] {
            let page = page.replace("获得感不断增强。\n", &format!("获得感不断增强。\n{title}\n"));
            assert!(lost_indents(&read(&page)));
            let texts = joined(&page);
            assert_eq!(texts.len(), 7, "{texts:?}");
            assert_eq!(texts[2], title.replace('\n', ""), "{texts:?}");
            assert!(texts[3].starts_with("下一步，") && texts[3].ends_with("惠及更多群众。"), "{texts:?}");
        }
        // (not prose with clauses in it, whose line two units short is a misread width: it goes
        // on as a paragraph's, which its full line ends on no mark, before the next paragraph's
        // first line)
        let page = page.replace("获得感不断增强。\n", "获得感不断增强。\n修好农村公路，铺就乡村振兴\n的致富路，幸福路和民心路安心路\n");
        let texts = joined(&page);
        assert!(texts.iter().any(|t| t == "修好农村公路，铺就乡村振兴的致富路，幸福路和民心路安心路"), "{texts:?}");
        assert!(texts.iter().any(|t| t.starts_with("下一步，") && t.ends_with("惠及更多群众。")), "{texts:?}");
    }

    #[test]
    fn where_extraction_dropped_the_indents_a_first_line_under_a_full_line_that_ends_no_sentence_opens_a_paragraph() {
        // (a paragraph may close on a dash, a quotation or no mark at all, its last line full by
        // chance: the line two units short under it, ending no sentence, opens the next paragraph
        // where the first word of the line under it would still have fitted on it)
        // (a sixth paragraph: the page's openings still show its lost indents)
        let page = format!("{LOST_INDENTS_PAGE}乡亲们纷纷表示，好日子还在\n后头，大家一定要撸起袖子加油干\n出更多成绩。\n");
        for close in ["，实招不断迭出——", "“路越走越宽广”", "，公路修到了村口"] {
            let page = page.replace("获得感不断增强。\n", &format!("获得感不断增强{close}\n"));
            assert!(lost_indents(&read(&page)));
            let texts = joined(&page);
            assert_eq!(texts.len(), 6, "{texts:?}");
            assert!(texts[1].ends_with(&format!("获得感不断增强{close}")), "{texts:?}");
            assert!(texts[2].starts_with("下一步，") && texts[2].ends_with("惠及更多群众。"), "{texts:?}");
        }
    }

    #[test]
    fn where_extraction_dropped_the_indents_a_full_line_opening_on_a_speaker_goes_on_in_its_paragraph() {
        // (the paragraphs' first lines mark them, two units short: a speaker after a sentence that
        // ended with a full line speaks in the same paragraph)
        let page = LOST_INDENTS_PAGE.replace("惠及更多群众。\n", "惠及更多群众。\n乡长扎西表示，将进一步加大投入\n力度，让群众受益。\n");
        assert!(lost_indents(&read(&page)));
        let texts = joined(&page);
        assert_eq!(texts.len(), 5, "{texts:?}");
        assert!(texts[2].ends_with("惠及更多群众。乡长扎西表示，将进一步加大投入力度，让群众受益。"), "{texts:?}");
        // (so does a quotation, unless the page sets its marks narrow: see the next test)
    }

    #[test]
    fn after_a_sentences_end_and_a_blank_a_line_the_next_word_would_have_fitted_on_opens_a_title() {
        // (short last lines mark paragraphs, a blank is a column break; the title's first line a
        // unit short of the column, full within its tolerance, with a colon, as running text has)
        let page = "村里的道路修好了，村民出行更加方\n便，产业发展也有了新的盼头。\n乡亲们说，如今的日子越过越红火，\n大家心里乐开了花，笑声不断传出。\n\n山南春耕正当时：田间地头农机忙\n村民播种热情高\n\n走进山南市乃东区的农田，只见农机\n来回穿梭，村民们正忙着播种。\n到处是一派繁忙景象。\n";
        assert_eq!(style(&read(page)), Style::ShortLine);
        let texts = joined(page);
        assert_eq!(texts.len(), 5, "{texts:?}");
        assert_eq!(texts[2], "山南春耕正当时：田间地头农机忙村民播种热情高", "{texts:?}");
        // (a line the next word would not have fitted on is the column's next line of prose)
        let texts = joined(&page.replace("山南春耕正当时：田间地头农机忙\n村民播种热情高", "乡里的干部来到田间地头查看苗情，\n帮助农户解决困难。"));
        assert!(texts[1].ends_with("笑声不断传出。乡里的干部来到田间地头查看苗情，帮助农户解决困难。"), "{texts:?}");
        // (nor is one with digits, within its tolerance of the column: its width is not sure)
        let texts = joined(&page.replace("山南春耕正当时：田间地头农机忙\n村民播种热情高", "全市2021年接待游客3000万人次，\n同比增长两成，旅游收入明显增加。"));
        assert!(texts[1].contains("笑声不断传出。全市2021年接待游客3000万人次，同比增长两成，旅游收入明显增加。"), "{texts:?}");
    }

    #[test]
    fn a_reports_closing_note_ends_it_as_a_sentences_end_does_the_title_after_it_its_own_block() {
        // (a page with no blank line; the title comes two units short of the column, as a
        // paragraph's first line does that lost its indent)
        let page = "村里的道路修好了，村民出行更加\n方便，产业发展也有了新的盼头，\n大家的日子越过越红火。\n（本报拉萨5月19日电）\n雪域高原春耕时节田间地头忙\n走进山南市乃东区的农田，只见农\n机来回穿梭，村民们正忙着播种青\n稞，到处是一派繁忙景象。\n";
        let texts = joined(page);
        assert_eq!(texts.len(), 4, "{texts:?}");
        assert_eq!(texts[2], "雪域高原春耕时节田间地头忙", "{texts:?}");
        assert!(texts[3].starts_with("走进山南市") && texts[3].ends_with("繁忙景象。"), "{texts:?}");
        // (after a sentence's end the title stood apart before this rule too)
        let texts = joined(&page.replace("（本报拉萨5月19日电）\n", ""));
        assert!(texts.iter().any(|t| t == "雪域高原春耕时节田间地头忙"), "{texts:?}");
    }

    #[test]
    fn where_only_short_lines_mark_paragraphs_a_quotation_or_a_speaker_after_a_sentence_ending_with_the_line_opens_one() {
        let page = "村里的道路修好了，村民出行更加\n方便，产业发展也有了新的盼头。\n“我们的日子越过越红火了。”村\n民扎西高兴地说，今年的收成比去\n年好了不少。\n乡里的干部来到田间地头查看苗情\n和灌溉设施，帮助农户解决困难。\n乡长次仁表示，将继续加大投入，\n推动特色产业发展，让群众增收。\n";
        let texts = joined(page);
        assert_eq!(texts.len(), 4, "{texts:?}");
        assert!(texts[1].starts_with("“我们的日子") && texts[1].ends_with("好了不少。"), "{texts:?}");
        assert!(texts[3].starts_with("乡长次仁表示，"), "{texts:?}");
        // (a quotation after a question or an exclamation that a quotation closed, or a speaker
        // after any, goes on in its paragraph; after a quoted statement's full stop the next
        // quotation opens one)
        let texts = joined(&page.replace("新的盼头。", "新的盼头！”"));
        assert!(texts[0].ends_with("好了不少。"), "{texts:?}");
        let texts = joined(&page.replace("新的盼头。", "新的盼头。”"));
        assert!(texts[0].ends_with("新的盼头。”") && texts[1].starts_with("“我们的日子"), "{texts:?}");
        let texts = joined(&page.replace("解决困难。", "解决困难。”"));
        assert!(texts.last().is_some_and(|t| t.starts_with("乡里的干部")), "{texts:?}");
    }

    #[test]
    fn a_line_short_where_the_next_line_s_first_number_would_not_have_fitted_goes_on() {
        // (a page where only short last lines mark paragraphs, its column 10 units; 2000 takes
        // two, 1.5 are left on the line over it)
        let page = "村里的道路修好了，村\n民出行更加方便了。\n乡里的干部来到田间地\n头查看苗情。\n展销会共吸引了来自约\n180个乡镇和街道的\n2000多家合作社参展，\n成交额比去年增长了三\n成。\n乡长表示，将继续加大\n投入。\n";
        let b = joined(page);
        assert_eq!(b.len(), 4, "{b:?}");
        assert!(b[2].starts_with("展销会") && b[2].ends_with("增长了三成。"), "{b:?}");
        // A first word that would have fitted leaves the line short: the paragraph ends there.
        let b = joined(&page.replace("2000多家", "两千多家"));
        assert_eq!(b.len(), 5, "{b:?}");
    }

    #[test]
    fn where_only_short_lines_mark_paragraphs_a_dash_after_a_full_stop_ending_with_the_line_opens_one() {
        // (entries of a list opened by dashes; the source under a quotation)
        let page = "两国领导人同意，共同推动双边关\n系迈上新台阶，谱写友谊新篇章。\n——加强战略沟通，保持高层交往，\n增进政治互信，深化治国理政经验\n交流互鉴。\n“让我们携手前进，共同开创更加\n美好的未来，作出新的更大贡献。”\n——国家主席在欢迎宴会上的讲话\n";
        let texts = joined(page);
        assert_eq!(texts.len(), 4, "{texts:?}");
        assert!(texts[1].starts_with("——加强战略沟通") && texts[1].ends_with("交流互鉴。"), "{texts:?}");
        assert!(texts[3].starts_with("——国家主席"), "{texts:?}");
        // (after a question the dash gives its answer, in the same paragraph)
        let texts = joined(&page.replace("友谊新篇章。", "友谊新篇章？"));
        assert!(texts[0].ends_with("新篇章？——加强战略沟通，保持高层交往，增进政治互信，深化治国理政经验交流互鉴。"), "{texts:?}");
    }

    #[test]
    fn where_only_short_lines_mark_paragraphs_an_interview_turn_after_a_sentence_ending_with_the_line_opens_one() {
        // (a press conference's turns: the questioner's label, the answerer's name, each a colon)
        let page = "今年以来，全县各地抓住有利时机，\n组织群众开展春耕生产。\n县里派出工作组深入田间地头，帮\n助农户解决实际困难。\n记者：今年春耕生产进展如何，群众\n关心的问题都解决了吗？您怎么看？\n次仁：今年全县春耕生产总体顺利，\n农机下田率比去年同期提高了一成。\n新华社记者：下一步还有哪些打算？\n次仁：我们将继续加大投入，推动特\n色产业发展。\n";
        let texts = joined(page);
        assert_eq!(texts.len(), 6, "{texts:?}");
        assert!(texts[3].starts_with("次仁：今年") && texts[3].ends_with("一成。"), "{texts:?}");
        assert_eq!(texts[4], "新华社记者：下一步还有哪些打算？");
    }

    #[test]
    fn where_only_short_lines_mark_paragraphs_a_numbered_paragraph_after_a_sentence_ending_with_the_line_opens_one() {
        let page = "今年以来，全县各地抓住有利时机，\n组织群众开展春耕生产。\n县里派出工作组深入田间地头，帮\n助农户解决实际困难。\n一、各方同意进一步加强农业合作，\n共同推进高标准农田的建设和管护。\n二、各方同意进一步深化科技交流，\n推广适用技术，培养更多农业人才。”\n（三）各方同意建立定期会晤机制。\n";
        let texts = joined(page);
        assert_eq!(texts.len(), 5, "{texts:?}");
        assert!(texts[3].starts_with("二、") && texts[3].ends_with("人才。”"), "{texts:?}");
        assert!(texts[4].starts_with("（三）"), "{texts:?}");
    }

    #[test]
    fn a_fields_value_goes_on_from_its_label_across_a_column_break() {
        // (a list's rows, fields set off by spaces; a column break after a label's colon)
        let page = "序号：一 项目：文字消息 题目：\n\n“春耕时节田间忙”系列报道\n作者：王明 报送单位：\n\n山南日报\n\n序号：二 项目：文字评论 题目：农机下田\n";
        let texts = joined(page);
        assert_eq!(texts.len(), 2, "{texts:?}");
        assert!(texts[0].contains("题目：“春耕时节田间忙”") && texts[0].ends_with("报送单位：山南日报"), "{texts:?}");
        // A sentence that leads into what follows on its colon sets off no label.
        let texts = joined("会议强调了以下两方面工作：\n\n一是加快农村公路建设。\n");
        assert_eq!(texts.len(), 2, "{texts:?}");
    }

    #[test]
    fn where_indents_mark_paragraphs_a_stray_space_after_a_full_line_that_stops_mid_sentence_opens_none() {
        // (a row of fields wrapped at the space between two of them)
        let page = "　　春耕时节，田间地头一片繁忙\n景象。\n　　农民们抢抓农时，整地播种忙\n碌。\n　　作者：王明、李华、赵亮、孙平\n 编辑：张三 刊播单位／发布平台：\n山南日报。\n　　又一段，田间地头一片繁忙景象\n忙。\n";
        let texts = joined(page);
        assert_eq!(texts.len(), 4, "{texts:?}");
        assert!(texts[2].starts_with("作者：") && texts[2].ends_with("山南日报。"), "{texts:?}");
        // A photographer's credit it sets apart stays a line of its own.
        let page = "　　春耕时节，田间地头一片繁忙\n景象。\n　　农民们抢抓农时，整地播种忙\n碌。\n　　再一段，田间地头一片繁忙景象\n好。\n春耕时节田间一片忙。　　本报记者\n 李 华摄\n　　又一段，田间地头一片繁忙景象\n忙。\n";
        let texts = joined(page);
        assert!(texts.iter().any(|t| t == "李 华摄"), "{texts:?}");
    }

    #[test]
    fn a_lists_rows_open_on_the_label_they_share_however_full_the_line_before() {
        let row = |n: &str| format!("序号：{n}项目：文字消息题目：春耕\n时节田间忙作者：王明编辑：李华刊\n\n");
        let page: String = ["一", "二", "三", "四", "五"].iter().map(|n| row(n)).collect();
        let texts = joined(&page);
        assert_eq!(texts.len(), 5, "{texts:?}");
        assert!(texts.iter().all(|t| t.starts_with("序号：")), "{texts:?}");
        // A row's last line alone before the next row is the rest of that row, however long.
        let page = format!("{}{}序号：三项目：文字消息题目：春耕\n时节田忙作者：王明报送单位：中国\n\n记协新媒体专业委员会\n\n{}{}", row("一"), row("二"), row("四"), row("五"));
        let texts = joined(&page);
        assert_eq!(texts.len(), 5, "{texts:?}");
        assert!(texts[2].ends_with("报送单位：中国记协新媒体专业委员会"), "{texts:?}");
        // Not a title alone over the list's first label (第二届…目录⏎⏎特别奖（五件）⏎⏎序号：…).
        let page = format!("第二届农村新闻奖获奖作品名单目录\n\n特别奖（五件）\n\n{}{}{}{}", row("一"), row("二"), row("三"), row("四"));
        let texts = joined(&page);
        assert_eq!(texts[..2], ["第二届农村新闻奖获奖作品名单目录", "特别奖（五件）"], "{texts:?}");
        // Three rows are no list: a full line before the blank goes on.
        let page: String = ["一", "二", "三"].iter().map(|n| row(n)).collect();
        assert_eq!(joined(&page).len(), 1);
    }

    #[test]
    fn a_lists_rows_that_no_blank_sets_apart_open_on_their_label_however_full_the_line_before() {
        // (the label opens every row's first line and stands inside no line: a wrap falls before
        // a field's label, 作者：, no more often than anywhere else)
        let row = |n: &str| format!("序号：{n}项目：文字消息题目：春耕\n时节田间忙作者：王明编辑：李华刊\n");
        let rows = |ns: &[&str]| ns.iter().map(|n| row(n)).collect::<String>();
        let eight = ["一", "二", "三", "四", "五", "六", "七", "八"];
        let texts = joined(&rows(&eight));
        assert_eq!(texts.len(), 8, "{texts:?}");
        assert!(texts.iter().all(|t| t.starts_with("序号：") && t.ends_with("李华刊")), "{texts:?}");
        // (a sub-head alone between blanks over the next row is no row's rest)
        let page = format!("{}\n二等奖（六件）\n\n{}", rows(&eight[..2]), rows(&eight[2..]));
        let texts = joined(&page);
        assert_eq!(texts.len(), 9, "{texts:?}");
        assert_eq!(texts[2], "二等奖（六件）", "{texts:?}");
        // (a label that stands inside lines as often is a field's, which opens no row; and so
        // may be one that opens fewer lines than a list's rows, by chance)
        let page: String = eight.iter().map(|n| format!("序号：{n}项目：文字消息题目：春耕\n时节田间忙作者：王明序号：李华刊\n")).collect();
        assert_eq!(joined(&page).len(), 1);
        assert_eq!(joined(&rows(&eight[..7])).len(), 1);
    }

    #[test]
    fn on_a_page_with_no_blank_line_a_short_line_with_a_clause_ends_before_a_reports_opening() {
        let texts = joined("各地各部门持续加大投入，推进农村公路\n建设，方便群众出行，带动产业发展。\n交通部门表示，将继续加大工作力度。\n建好农村公路，铺就致富大道\n路通了，产业旺了\n3月9日，记者来到山区县的一个村庄，\n新修的公路平坦宽阔，运输车辆往来不\n断，村民们忙着把农产品运往县城。\n");
        assert!(texts.iter().any(|t| t.ends_with("路通了，产业旺了")), "{texts:?}");
        // Not a full line: it may run on (…一个村庄，⏎新修的…).
        assert!(texts.iter().any(|t| t.starts_with("3月9日，") && t.ends_with("运往县城。")), "{texts:?}");
    }

    #[test]
    fn a_role_word_alone_on_a_short_line_opens_a_block_with_or_without_a_blank() {
        // (a head whose byline an extraction cut in two around its second line)
        let page = "春耕时节田间忙\n本报记者\n\n农机下田备耕忙\n李华\n\n春耕时节，田间地头一片繁忙景象，农民\n们抢抓农时，整地播种，一派繁忙。\n";
        let texts = joined(page);
        assert_eq!(texts[0], "春耕时节田间忙", "{texts:?}");
        assert_eq!(texts[1], "本报记者", "{texts:?}");
    }

    #[test]
    fn a_chronologys_next_entry_opens_a_paragraph_after_a_full_line_that_ends_a_sentence() {
        // Paragraphs marked by short last lines only: the entry's last line fills its column.
        let page = "10月25日 中央人民政府海关总署成立。\n中国海关从此完全掌握在中国人民手中。\n11月9日 中共中央决定成立中央及各级党\n的纪律检查委员会，朱德任中央纪委书记。\n同日 人民解放军解放海南岛，新中国成立\n\n后，人民解放军展开最后的围歼。\n";
        let texts = joined(page);
        assert_eq!(texts.len(), 3, "{texts:?}");
        assert!(texts[1].starts_with("11月9日") && texts[2].starts_with("同日") && texts[2].ends_with("围歼。"), "{texts:?}");
    }

    #[test]
    fn a_title_wider_than_the_column_under_it_ends_at_the_blank() {
        let page = "春耕时节，田间地头一片繁\n忙景象，农民们抢抓农时，\n整地播种，一派繁忙。\n\n全县春耕备耕工作全面有序展开\n各乡镇组织农机手下田开展作业\n\n“三十多年，我们在这片土\n地上扎下了根；三十多年，\n我们经历了重要的时刻。\n";
        let texts = joined(page);
        assert!(texts.iter().any(|t| t == "全县春耕备耕工作全面有序展开各乡镇组织农机手下田开展作业"), "{texts:?}");
        // A body line the column's estimate runs short of, over a remnant, goes on (…更大成⏎⏎就。).
        let texts = joined("衷心祝愿第一书记同志和朝鲜劳\n动党在领导朝鲜人民建设强盛国\n家的事业中不断取得新的更大成\n\n就。\n\n中国共产党中央委员会总书记\n");
        assert!(texts[0].ends_with("更大成就。"), "{texts:?}");
    }

    #[test]
    fn on_a_page_with_no_blank_line_a_headline_over_its_deck_set_across_columns_ends_the_paragraph_above() {
        // (the headline as wide as the column, within its tolerance; the deck twice as wide)
        let page = "朝鲜人民和金正恩都将是\n“永远的朋友”，罗德曼说。\n开城工业园区或将长期关\n韩联社预测，韩国下一步可能采取断水、断电等措施\n本报驻韩国记者 万 宇 马 菲 本报驻朝鲜记者 王 莉\n韩国政府7月29日上午通\n过板门店热线向朝鲜提议\n举行解决开城工业园区问\n题的第七轮韩朝工作会谈。\n";
        let texts = joined(page);
        assert!(texts[0].ends_with("罗德曼说。"), "{texts:?}");
        assert!(texts.iter().any(|t| t.starts_with("开城工业园区或将长期关")), "{texts:?}");
        // (a line of the column after the full one is the paragraph's: it goes on; ending on a
        // clause mark, it is no title over the byline either)
        let texts = joined(&page.replace("韩联社预测，韩国下一步可能采取断水、断电等措施\n", "韩联社预测，韩国下一步，\n"));
        assert!(texts[0].ends_with("罗德曼说。开城工业园区或将长期关韩联社预测，韩国下一步，"), "{texts:?}");
    }

    #[test]
    fn a_titles_lines_go_on_into_no_short_line_a_line_stands_under_after_a_blank() {
        // One headline printed over the next (the first filling its column by chance): the
        // short line after the blank opens the second.
        let body = "春耕时节，田间地头一片繁忙景象，农\n民们抢抓农时，整地播种，一派繁忙。\n\n记者在山区县看到，新修的公路平坦\n宽阔，运输车辆往来不断，村民们忙\n着把农产品运往县城。\n\n";
        let heads = "全县春耕备耕工作全面有序展开各乡镇\n组织农机手们下田开展春耕生产作业\n\n山区公路修到\n了村民家门口\n\n";
        let page = format!("{body}{heads}交通部门表示，将继续加大工作力度，\n让更多村民走上致富路。\n");
        let texts = joined(&page);
        assert!(texts.iter().any(|t| t == "全县春耕备耕工作全面有序展开各乡镇组织农机手们下田开展春耕生产作业"), "{texts:?}");
        assert!(texts.iter().any(|t| t == "山区公路修到了村民家门口"), "{texts:?}");
        // A line cut short because the number that goes on would not fit is a body line's rest.
        let page = format!("{body}全县春耕备耕工作全面有序展开各乡镇\n\n组织农机手下田开展春耕生产共\n1250000亩，农机具全部出动。\n");
        let texts = joined(&page);
        assert!(texts.iter().any(|t| t.starts_with("全县春耕") && t.ends_with("全部出动。")), "{texts:?}");
    }

    #[test]
    fn short_lines_over_a_blank_and_a_dash_line_are_a_headline_over_its_subtitle() {
        // Paragraphs marked by short last lines; the blank after a full line is a column break,
        // but the two short lines after it stand over a subtitle.
        let texts = joined("今年我们将继续做好城乡环境整治各项工作，确保\n各项任务按期圆满完成。\n各地各部门要加强协作，形成工作合力，切实把好\n事办好，让群众得到更多实惠。\n会上，有关部门负责人回答了记者提问，介绍了\n城乡环境整治的进展情况。\n记者会历时两小时，一百多名中外记者参加会议。\n\n共建美丽家园，\n共享幸福生活\n\n——某市推进城乡环境整治工作纪实\n\n本报杭州3月9日电 记者从市政府获悉，今年以来，\n该市持续推进城乡环境整治，群众满意度明显提升。\n整治工作覆盖全市所有乡镇，取得了明显成效。\n");
        assert!(texts.iter().any(|t| t == "共建美丽家园，共享幸福生活"), "{texts:?}");
        assert!(texts.iter().any(|t| t == "记者会历时两小时，一百多名中外记者参加会议。"), "{texts:?}");
    }

    #[test]
    fn on_a_page_with_no_blank_line_a_label_and_its_words_a_colon_apart_after_a_sentence_s_end_are_a_title() {
        // The report before ends on a full line; the headline's first line names its subject
        // and says what of it a colon apart, its second line plain; a full line of prose follows.
        let page = "各地抓紧抢收成熟的早稻，确保颗粒归仓。\n农业部门组织农机手跨区作业，提高效率。\n市供电公司：智能电表进万家\n居民用电更省心\n近日，市供电公司在全市范围内推广智能\n电表，居民在手机上就能查询用电情况，\n缴费也更加方便快捷，受到群众欢迎。\n";
        let texts = joined(page);
        assert!(texts.iter().any(|t| t.ends_with("农业部门组织农机手跨区作业，提高效率。")), "{texts:?}");
        assert!(texts.iter().any(|t| t.starts_with("市供电公司：智能电表进万家") && t.ends_with("居民用电更省心")), "{texts:?}");
    }

    #[test]
    fn a_headline_halved_inside_a_word_goes_on_into_its_second_line_however_full() {
        // Paragraphs marked by short last lines, no blank line. The headline's first line stops
        // inside a word the page prints whole (春耕生⏎产: 春耕生产), its second line, with no mark
        // of running text, fills the column by chance: one headline, no kicker over another.
        let page = "全市将新建高标准农田十万亩，确\n保粮食生产稳中有增。\n农业农村局召开春耕生\n产工作会议部署全年粮食生产目标\n本报讯　3月9日，市农业农村局召\n开春耕生产工作会议，要求各区抓\n好农资供应，确保春耕生产顺利进\n行，全年粮食产量稳定在十万吨。\n";
        let texts = joined(page);
        assert!(texts.iter().any(|t| t == "农业农村局召开春耕生产工作会议部署全年粮食生产目标"), "{texts:?}");
    }

    #[test]
    fn on_a_page_with_no_blank_line_a_section_label_is_a_block_of_its_own() {
        let col = "一二三四五六七八九十一二";
        let page = format!("{col}\n{col}\n完了。\n市公安局\n开展湖北公安功模\n代表团宣讲交流活动\n部门动态\n5月21日，{col}\n{col}\n完。\n");
        let texts = joined(&page);
        assert!(texts.iter().any(|t| t == "部门动态"), "{texts:?}");
    }

    #[test]
    fn a_dash_line_that_holds_a_stop_goes_on_from_the_full_line_above_it() {
        // A chronology's entry names the thing and then, after the dash, what it is: the dash line
        // ends a statement, which no subtitle does.
        let page = "当地的气象服务能力大增。\n同日第一座高山气象观测站正式\n——云顶站建成。此后，观测数\n据每日发布，服务全省的预报。\n";
        let texts = joined(page);
        assert!(texts.iter().any(|t| t.starts_with("同日") && t.contains("——云顶站建成。")), "{texts:?}");
        // So does one in a chronology's entry, whose stop comes after the next blank.
        let page = "气象服务大增。\n6月3日 我国建成的第一座高山\n——云顶气象观测站通过国家\n\n验收，开始发布观测和预报。\n";
        let texts = joined(page);
        assert!(texts.iter().any(|t| t.starts_with("6月3日") && t.ends_with("预报。")), "{texts:?}");
        // A subtitle under a headline that fills the column by chance still stands apart.
        let page = "当地气象服务的能力从此大增。\n\n第一座高山气象观测站正式启用\n——云顶站建成一年间\n\n本报讯 据每日发布，服务全省。\n";
        let texts = joined(page);
        assert!(texts.iter().any(|t| t == "——云顶站建成一年间"), "{texts:?}");
    }

    #[test]
    fn on_a_page_with_no_blank_line_a_dash_line_under_a_title_ends_before_a_full_line_of_prose() {
        // The subtitle runs a character past the column, within what a body line may.
        let page = "早稻开镰了。\n山区小镇迎来丰收季\n——走访南方三省的稻田和粮仓\n清晨六点，雾还没散，稻田里的\n收割机已经开动。村民们站在田\n埂上看着金黄的稻浪，笑着说：\n今年又是一个好年景。\n要点如下：\n——稻谷收购价格保持稳定\n的同时，仓储条件明显改善；\n";
        let texts = joined(page);
        assert!(texts.iter().any(|t| t == "——走访南方三省的稻田和粮仓"), "{texts:?}");
        // A dash opening a list after a colon goes on into its wrapped rest.
        assert!(texts.iter().any(|t| t == "——稻谷收购价格保持稳定的同时，仓储条件明显改善；"), "{texts:?}");
        // So does one in a chronology's entry, over the rest of its words.
        let page = "当地的气象服务能力大增。\n同日第一座高山气象观测站\n——云顶站在横断山脉主峰之上\n的山脊上建成并投入使用，次年\n正式开始发布观测数据和预报。\n";
        let texts = joined(page);
        assert!(texts.iter().any(|t| t.starts_with("——云顶站") && t.ends_with("预报。")), "{texts:?}");
    }

    #[test]
    fn on_a_page_with_no_blank_line_a_plain_line_after_a_sentence_s_end_over_a_byline_is_a_title() {
        // Every line fills the column, the title a character past it.
        let page = "山里的孩子们第一次走进了科技馆，看\n到了机器人，也看到了天上的星星。\n秋收时节走访山区小学校（见闻）\n本报记者 李明远\n九月的山区，稻谷金黄，学校门口的\n小路上，孩子们背着书包赶来上课。\n";
        let texts = joined(page);
        assert!(texts.iter().any(|t| t == "秋收时节走访山区小学校（见闻）"), "{texts:?}");
    }

    #[test]
    fn on_a_page_with_no_blank_line_a_plain_line_after_a_sentence_s_end_goes_on_into_no_wider_column() {
        // The title a character short of the column above it, the next report in a wider one.
        let page = "秋收时节，山区的稻谷一片\n金黄，农民们在田间地头抢\n收忙碌。\n运粮的车辆排成长队，丰收\n的喜悦写在脸上。\n科技馆里的孩子们看星星\n九月的一个周末，山区小学的孩子们\n第一次走进县城的科技馆，看到了会\n说话的机器人，也透过望远镜看到了\n天上的星星。\n老师说，这是他们最难忘的一课，回\n到学校后，孩子们把看到的一切都写\n进了作文，贴在教室的墙上。\n";
        let texts = joined(page);
        assert!(texts.iter().any(|t| t == "科技馆里的孩子们看星星"), "{texts:?}");
        assert!(texts.iter().any(|t| t.starts_with("九月的一个周末") && t.ends_with("天上的星星。")), "{texts:?}");
    }

    #[test]
    fn a_letter_ends_at_its_date_unless_the_date_s_place_goes_on() {
        let texts = joined("我表示热烈祝贺。\n山区教育基金会\n二〇一二年四月十一日于长沙\n山区学校迎来新学期\n");
        assert_eq!(texts.last().unwrap(), "山区学校迎来新学期");
        let texts = joined("我表示热烈祝贺。\n山区教育基金会\n二〇一二年四月十一日\n于长沙\n");
        assert!(texts.last().unwrap().ends_with("十一日于长沙"), "{texts:?}");
        let texts = joined("我表示热烈祝贺。\n山区教育基金会\n二〇一二年四月十一日于长\n沙\n");
        assert!(texts.last().unwrap().ends_with("于长沙"), "{texts:?}");
        // A sentence's date filling a line goes on into the rest of the sentence.
        let texts = joined("他生于1950年，后来出任基金会理事长，\n2010年9月28日\n连任。\n");
        assert!(texts.last().unwrap().ends_with("9月28日连任。"), "{texts:?}");
    }

    #[test]
    fn on_a_page_with_no_blank_line_a_photo_report_s_label_is_a_block_of_its_own() {
        // The caption is set narrower than the reports around it.
        let col = "一二三四五六七八九十一二三四五六七八九";
        let page = format!("本报讯 一二三四五六七八九十一二三四五六\n{col}\n{col}\n完了。\n{col}\n{col}\n{col}\n{col}\n又完了。\n图片报道\n近日，受强降水影响，澳大利\n亚新南威尔士州部分地区遭洪\n水侵袭。图为7月4日在新南威\n尔士州温莎拍摄的被洪水淹没\n的道路。\n新华社记者  白雪飞摄\n到群众中去\n{col}\n{col}\n{col}\n{col}\n完。\n");
        let texts = joined(&page);
        assert!(texts.iter().any(|t| t == "图片报道"), "{texts:?}");
    }

    #[test]
    fn a_line_of_its_own_after_a_sentence_s_end_over_a_time_opening_is_an_intertitle() {
        // The intertitle nearly fills the column and has a colon; the paragraph under it opens
        // on a day. A paragraph's first line cut at its column's end goes on.
        let page = format!("{COL}\n擘画中朝关系更加美好的未来。\n\n真诚的朋友：友好邻邦常来常往\n\n20日中午，雨后初晴。平壤顺安机\n场，长长的红地毯向远方铺展。\n\n习近平总书记指出，中朝友谊历久\n\n弥坚，要代代传承下去。\n");
        let texts = joined(&page);
        assert!(texts.contains(&"真诚的朋友：友好邻邦常来常往".to_string()), "{texts:?}");
        assert!(texts.contains(&"习近平总书记指出，中朝友谊历久弥坚，要代代传承下去。".to_string()), "{texts:?}");
    }

    #[test]
    fn a_numbered_title_alone_is_one_where_the_page_numbers_titles_not_paragraphs() {
        // 二、… fills its column and stops on no mark, as a paragraph's first line cut at a
        // column break may: 一、总体要求 alone, short, shows the page numbers its titles.
        let doc = "一、总体要求\n\n加快建设高效规范、公平竞争、充分\n开放的全国统一大市场。\n\n（一）指导思想。以习近平新时代中\n国特色社会主义思想为指导。\n\n二、强化市场基础制度规则统一\n\n完善统一的产权保护制度。完善依法\n平等保护各种所有制经济产权的体系。\n";
        let texts = joined(doc);
        assert!(texts.contains(&"二、强化市场基础制度规则统一".to_string()), "{texts:?}");
        // A list of numbered paragraphs: the same line is a paragraph's first, cut by a break.
        let list = "六、双方同意加强澜湄合作机制建设，\n增强协调作用，提高澜湄合作的效率\n和水平。\n\n七、外长们就领导人会议成果落实情\n\n况交换意见，一致同意推进合作，提\n高澜湄合作的质量。\n";
        let texts = joined(list);
        assert_eq!(texts.len(), 2, "{texts:?}");
    }

    #[test]
    fn a_rubric_wrapped_whole_onto_a_line_of_its_own_closes_the_title_above() {
        let text = "据新华社联合国12月28日电 纽约\n联合国总部28日降半旗，为朝鲜\n最高领导人金正日致哀。\n";
        let page = format!("灵车在平壤行驶的路线约有40\n公里，沿途民众冒雪送行。\n（本报平壤12月28日电）\n联合国降半旗为金正日致哀\n（链接）\n{text}");
        let texts = joined(&page);
        assert!(texts.contains(&"联合国降半旗为金正日致哀（链接）".to_string()), "{texts:?}");
        // (a report's closing note on its own line is no rubric of the line above)
        assert!(texts.contains(&"（本报平壤12月28日电）".to_string()), "{texts:?}");
    }

    #[test]
    fn on_a_page_with_no_blank_line_a_headlines_short_first_phrase_goes_on_into_its_rubric_line() {
        // 七里海 is no kicker: the headline's first phrase, its second filling the column and
        // closed by the rubric, no mark of running text in either.
        let page = "当天中午12时，朝鲜全国齐鸣\n笛，全体人民默哀3分钟。\n修复湿地生态、开展巡查巡护，天津市宁河区——\n七里海\n芦苇青青鸥鹭鸣（美丽中国）\n天津七里海湿地是鸟类迁徙线\n路上的重要歇脚地，也是京津\n冀地区重要的生态资源。\n";
        let texts = joined(page);
        assert!(texts.contains(&"七里海芦苇青青鸥鹭鸣（美丽中国）".to_string()), "{texts:?}");
    }

    #[test]
    fn a_column_s_rubric_wrapped_onto_a_line_as_wide_as_the_one_it_opened_on_closes_there() {
        // The rubric opens on the headline's second line and closes on a third a character
        // wider: the headline's, not the first line of the text under it.
        let page = "据介绍，调研组将在此次调研基\n础上形成调研报告，向有关部门\n提出建议，更好服务经济社会发\n展大局。\n发展特色产业\n促进农民增收（奋进新征程\n建功新时代·我们的新时代）\n习近平总书记指出，要深入推进\n农业供给侧结构性改革，因地制\n宜培育壮大优势特色产业。\n";
        let texts = joined(page);
        assert!(texts.iter().any(|t| t.ends_with("促进农民增收（奋进新征程建功新时代·我们的新时代）")), "{texts:?}");
        // A bracket that closes a note, not a rubric, on a line as wide is no such rest.
        let page = page.replace("建功新时代·我们的新时代）", "记者李华、王明、张强报道）");
        assert!(!joined(&page).iter().any(|t| t.ends_with("（奋进新征程记者李华、王明、张强报道）")), "{:?}", joined(&page));
    }

    #[test]
    fn on_a_page_with_no_blank_line_a_headline_set_as_a_couplet_is_one_block() {
        // The second phrase, with its rubric, fills the column; the first is as long as it.
        let page = "遇到受伤的鸟儿会主动联系管\n委会，一些珍稀鸟类得到救助\n回归自然。”于增会说。\n弘扬中朝友好\n共创美好未来（大使随笔）\n应朝鲜劳动党委员长、国务委员会委员\n长金正恩邀请，中共中央总书记、国家\n主席习近平对朝鲜进行国事访问。\n";
        let texts = joined(page);
        assert!(texts.contains(&"弘扬中朝友好共创美好未来（大使随笔）".to_string()), "{texts:?}");
    }

    #[test]
    fn a_number_cut_from_its_word_by_a_column_break_goes_on_where_the_page_prints_them_together() {
        // The headline prints 建党70; the report's first line, cut before the number, fills its
        // column with no mark in it, as a title would.
        let page = "筹备朝鲜劳动党建党70周年纪念活动\n\n10月10日是朝鲜劳动党建党\n\n70周年纪念日。届时，朝鲜\n将举行盛大的阅兵式和群众\n游行。\n";
        let texts = joined(page);
        assert!(texts.contains(&"10月10日是朝鲜劳动党建党70周年纪念日。届时，朝鲜将举行盛大的阅兵式和群众游行。".to_string()), "{texts:?}");
    }

    #[test]
    fn an_editors_credit_where_a_list_s_row_wrapped_is_text_of_the_row() {
        // A row of a prize list, wrapped at 16 units: its third line opens on 编辑：, a column
        // break later another row's does. A real credit under a paragraph stays furniture.
        let page = "奖次：一等奖 项目：文字通讯与\n深度报道 题目：钢多气盈骨更硬\n作者：集体（孙继炼、周猛、钱晓\n虎、梁蓬飞、邹伟、刘铮、朱基）\n 编辑：徐双喜、田源 刊播单位／\n发布平台：解放军报 报送单位：\n解放军新闻传播中心\n\n奖次：二等奖 项目：文字消息 \n题目：日子一天比一天好” 作者\n：李杨 王五、赵六、孙七、周八\n\n编辑：李华、刘千圣、杨英春、李\n刊播单位：新疆日报\n\n奖次：一等奖 项目：文字消息 题\n目：二十三年圆梦 作者：刘益清\n编辑：周福东、朱海华 刊播单位\n\n／发布平台：福建日报 报送单位：\n福建记协\n\n这是一段正文，写满了一整行字。\n完了。\n编辑：张三\n";
        let texts = joined(page);
        assert!(texts[0].contains("编辑：徐双喜") && texts[0].ends_with("解放军新闻传播中心"), "{texts:?}");
        assert!(texts[1].contains("编辑：李华") && texts[1].ends_with("新疆日报"), "{texts:?}");
        assert!(texts[2].contains("编辑：周福东") && texts[2].ends_with("福建记协"), "{texts:?}");
        assert_eq!(texts.last().map(String::as_str), Some("编辑：张三"), "{texts:?}");
    }

    #[test]
    fn the_papers_name_after_a_blank_is_no_text_of_the_paragraph_it_cuts() {
        let page = format!("{COL}\n{COL}\n结束了。\n\n{COL}\n交往交流交融作为重要抓手，大力推\n动西藏与内地的经济、文化、人员双向\n\n山南日报\n\n{COL}\n又结束。\n");
        let b = join(&read(&page));
        assert!(b.iter().any(|b| b.text == "山南日报"), "{b:?}");
    }

    #[test]
    fn a_subscript_on_a_line_of_its_own_stays_in_its_text() {
        let page = "数据显示，截至9月末，我国广义货币（M\n\n2\n\n）余额335.38万亿元，同比增长8.4%。\n\n前三季度净投放现金7619亿元。\n";
        let b = join(&read(page));
        assert_eq!(b.len(), 2, "{b:?}");
        assert!(b[0].text.starts_with("数据显示") && b[0].text.contains("8.4%"), "{b:?}");
    }

    #[test]
    fn an_editors_signature_split_over_two_lines_is_one() {
        let page = format!("{COL}\n记录各地区各部门取得的新成就。\n\n——编\n\n者\n\n第 93 页\n");
        let texts = joined(&page);
        assert!(texts.contains(&"——编者".to_string()), "{texts:?}");
    }

    #[test]
    fn a_kickers_headline_ends_at_the_blank_after_it_unless_it_leaves_a_quotation_open() {
        // The headline fills the column and has a clause, as a paragraph's first line would.
        let head = "咬住实体经济发展不放松，优化提升";
        let page = format!("{COL}\n结束了。\n\n结构更优——\n\n{head}\n\n碧海中，白海豚一号破浪前行。这艘\n{COL}\n又结束。\n");
        let texts = joined(&page);
        assert!(texts.contains(&head.to_string()), "{texts:?}");
        let quote = "“中国人民愿同各国人民一道，推动";
        let page = format!("{COL}\n结束了。\n\n肩负新使命——\n\n{quote}\n\n人类命运共同体建设，共同创造美好未来！”\n{COL}\n又结束。\n");
        let texts = joined(&page);
        assert!(texts.iter().any(|t| t.starts_with(quote) && t.ends_with("又结束。")), "{texts:?}");
        // So does a headline of two lines, under a kicker that fills its column by chance (it has
        // no clause mark); a paragraph of two lines under a dash line that ends a sentence in them
        // goes on.
        let col = "一二三四五六七八九十";
        let page = format!("{col}\n完了。\n\n第十一届世界城市论坛呼吁——\n\n打造更可持续、更具\n韧性和包容性的未来\n\n为政之道，首要在政绩\n观。党的十八大以来，\n");
        let texts = joined(&page);
        assert!(texts.contains(&"打造更可持续、更具韧性和包容性的未来".to_string()), "{texts:?}");
        let page = format!("{col}\n完了。\n\n有一个安排表达情谊——\n\n璀璨的烟火照亮江水，\n的喷泉变色。20日晚，\n\n大同江绫罗岛上的体育\n场流光溢彩。\n");
        let texts = joined(&page);
        assert!(texts.iter().any(|t| t.starts_with("璀璨") && t.ends_with("流光溢彩。")), "{texts:?}");
    }

    #[test]
    fn a_line_that_opens_a_sentence_on_its_date_goes_on_across_a_column_break_whatever_it_ends_on() {
        let col = "一二三四五六七八九十";
        let page = format!("{col}\n结束了。\n\n7月10日，“袖珍之国”\n\n摩纳哥正式成为全球首\n个全境覆盖网络的国\n家。\n");
        let texts = joined(&page);
        assert!(texts.iter().any(|t| t.starts_with("7月10日") && t.ends_with("国家。")), "{texts:?}");
    }

    #[test]
    fn two_full_lines_alone_after_a_report_that_repeat_its_phrases_are_its_headline() {
        // A headline of two lines as wide as the column, printed after its report: no mark of
        // running text, each phrase printed in the report above.
        let report = "会议当天在平壤举行，朝鲜劳动党\n第四次代表会议推举金正恩为朝\n鲜劳动党第一书记，金正恩当选。\n";
        let head = ["朝鲜劳动党第四次代表会议召开", "金正恩当选朝鲜劳动党第一书记"];
        let page = format!("{report}\n{}\n{}\n\n此次中国艺术团应邀赴朝交流，恰\n逢两国领导人会晤后不久。\n", head[0], head[1]);
        let texts = joined(&page);
        assert!(texts.contains(&head.concat()), "{texts:?}");
        assert!(texts.iter().any(|t| t.starts_with("此次")), "{texts:?}");
        // So are they after a photo's credit, which closes its caption as a sentence's end would.
        let page = format!("{report}\n新华社记者 黄敬文摄\n\n{}\n{}\n\n此次中国艺术团应邀赴朝交流，恰\n逢两国领导人会晤后不久。\n", head[0], head[1]);
        let texts = joined(&page);
        assert!(texts.contains(&head.concat()), "{texts:?}");
        // A second line that joins two phrases with a comma is a headline's too (传承中朝友谊，
        // 续写时代新篇章).
        let comma = ["朝鲜劳动党第四次代表会议召开", "金正恩当选，朝鲜劳动党第一书记"];
        let page = format!("{report}\n{}\n{}\n\n此次中国艺术团应邀赴朝交流，恰\n逢两国领导人会晤后不久。\n", comma[0], comma[1]);
        let texts = joined(&page);
        assert!(texts.contains(&comma.concat()), "{texts:?}");
        // Not where the second line stops inside a word the page prints elsewhere, that the text
        // after the blank finishes (第一书⏎⏎记处: 第一书记 is in the report).
        let lines = ["朝鲜劳动党第四次代表会议召开", "金正恩当选为朝鲜劳动党第一书"];
        let page = format!("{report}\n{}\n{}\n\n记处的工作恰逢两国领导人会晤后不久。\n", lines[0], lines[1]);
        assert!(joined(&page).iter().any(|t| t.starts_with(lines[0]) && t.ends_with("不久。")), "{:?}", joined(&page));
        // Two such lines whose phrases the page does not print again are a paragraph's first
        // lines cut at its column's end.
        let lines = ["朝鲜艺术团在京演出受到观众热烈", "欢迎演员们精湛技艺赢得阵阵掌声"];
        let page = format!("{report}\n{}\n{}\n\n此次中国艺术团应邀赴朝交流，恰\n逢两国领导人会晤后不久。\n", lines[0], lines[1]);
        assert!(joined(&page).iter().any(|t| t.starts_with(lines[0]) && t.ends_with("不久。")), "{:?}", joined(&page));
        // Nor is a title a paragraph's first lines over the rest of the word the break cut (法⏎⏎则，).
        let lines = ["朝鲜劳动党第四次代表会议推举金", "正恩为朝鲜劳动党第一书记的法"];
        let page = format!("{report}\n{}\n{}\n\n则，恰逢两国领导人会晤后不久。\n", lines[0], lines[1]);
        assert!(joined(&page).iter().any(|t| t.starts_with(lines[0]) && t.ends_with("不久。")), "{:?}", joined(&page));
    }

    #[test]
    fn a_role_word_alone_with_no_name_under_it_is_a_block_of_its_own() {
        // (a head group set apart by blanks, the byline's role word alone, the text's first
        // short paragraph right under it)
        let page = "要闻\n\n春耕时节田间忙\n\n——各地抢抓农时推进春耕生产\n\n本报记者\n春天来了。\n田间地头一片繁忙景象，农民们抢\n抓农时，整地播种，一派繁忙。\n";
        let texts = joined(page);
        assert!(texts.contains(&"本报记者".to_string()), "{texts:?}");
        assert!(texts.iter().any(|t| t.starts_with("春天来了。")), "{texts:?}");
    }

    #[test]
    fn a_role_word_alone_after_a_blank_opens_a_block() {
        // A headline as wide as its column, printed after its report, over the next report's
        // byline: the column does not go on into the role word.
        let col = "一二三四五六七八九十一二";
        let page = format!("{col}\n结束了。\n\n金正恩视察人民军坦克部队\n\n新华社记者\n这是一个复杂变化的世界。\n");
        let texts = joined(&page);
        assert!(texts.contains(&"金正恩视察人民军坦克部队".to_string()), "{texts:?}");
    }

    #[test]
    fn a_full_line_alone_before_a_column_break_goes_on_into_the_prose_after_it() {
        // The paragraph's first line ends its column; no mark, no word the page prints across.
        let col = "一二三四五六七八九十一二三四五六七八九";
        let line = "虽然金正日总书记的逝世使朝鲜人民陷入巨";
        let page = format!("{col}\n结束了。\n\n{line}\n\n大的悲痛之中，但是朝鲜人民依然充满着对\n美好未来的坚定信念。\n");
        let texts = joined(&page);
        assert!(texts.iter().any(|t| t.starts_with(line) && t.ends_with("信念。")), "{texts:?}");
        // A headline that fills the column and repeats its report's phrases stays apart.
        let head = "外国领导人祝贺中华人民共和国成立七十周年";
        let page = format!("{col}\n结束了。\n\n{head}\n\n连日来，许多国家领导人纷纷致电，热烈\n祝贺中华人民共和国成立七十周年。\n");
        let texts = joined(&page);
        assert!(texts.contains(&head.to_string()), "{texts:?}");
        // So does one over a report's opening on a time (近日，…; 2018年开年，…): a sentence that
        // goes on opens none.
        let head = "朝方专列运送中国遇难者遗体和伤员回中国";
        for opening in ["近日，南方电网在南方五省区同时举办了首", "2018年开年，朝韩借平昌冬奥会实现了高级别"] {
            let page = format!("{col}\n结束了。\n\n{head}\n\n{opening}\n会谈和领导人会谈。\n");
            let texts = joined(&page);
            assert!(texts.contains(&head.to_string()), "{texts:?}");
        }
        // So does a title a unit short of the column: a body line fills it to the unit.
        let head = "从蔬食中感受生活滋味和四季变化的美好";
        let page = format!("{col}\n结束了。\n\n{head}\n\n了解了食物背后的讲究和学问，在享用时就\n多了些知性的愉悦感。\n");
        let texts = joined(&page);
        assert!(texts.contains(&head.to_string()), "{texts:?}");
        // So does a title a character past the column on no stop: a body line runs past it only
        // on a hanging stop.
        let head = "范长龙会见金正恩特使崔龙海一二三四五六七";
        let page = format!("{col}\n结束了。\n\n{head}\n\n发展数字经济是把握新一轮科技革命和产业\n变革新机遇的战略选择，有利于推动构建新\n发展格局。\n");
        let texts = joined(&page);
        assert!(texts.contains(&head.to_string()), "{texts:?}");
        // A subtitle, or a title closed by a rubric, stays apart.
        for title in ["——党的十九大以来治国理政系列评述外交", "发展特色产业促进农民增收（新时代）"] {
            let page = format!("{col}\n结束了。\n\n{title}\n\n大的悲痛之中，但是朝鲜人民依然充满着对\n美好未来的坚定信念。\n");
            let texts = joined(&page);
            assert!(texts.contains(&title.to_string()), "{texts:?}");
        }
    }

    #[test]
    fn two_full_lines_with_no_mark_after_a_sentence_s_end_end_at_a_blank_before_a_date() {
        // A two-line headline as wide as the next report's column, over its opening on a date
        // with no comma after it.
        let col = "一二三四五六七八九十一二三四五六七";
        let page = format!("{col}\n结束了。\n\n山区小学迎来首批支教老师和志愿者们\n乡村教育振兴计划稳步推进取得新成效\n\n9月1日是山区小学开学的日子，清晨\n六点，孩子们就已经赶到学校。\n");
        let texts = joined(&page);
        assert!(texts.contains(&"山区小学迎来首批支教老师和志愿者们乡村教育振兴计划稳步推进取得新成效".to_string()), "{texts:?}");
        // Lines with a mark of running text go on: a paragraph cut by its column's end.
        let page = format!("{col}\n结束了。\n\n山区小学迎来首批支教老师和志愿者，\n乡村教育振兴计划稳步推进取得新成\n\n9月1日，山区小学开学的日子，清晨\n六点，孩子们就已经赶到学校。\n");
        let texts = joined(&page);
        assert!(texts.iter().any(|t| t.starts_with("山区小学") && t.ends_with("学校。")), "{texts:?}");
    }

    #[test]
    fn a_full_line_that_ends_one_sentence_and_goes_on_with_another_goes_on_across_a_column_break() {
        let page = "近年来，绿色家电成为热词。\n政策鼓励，今年《政府工作报\n告》提出，鼓励地方开展绿色\n智能家电下乡和以旧换新。\n\n何为绿色家电？与普通家电相\n\n比，它具有哪些优势？\n\n“绿色家电是指对生态环境和\n人体健康无害或危害极小。”\n";
        let texts = joined(page);
        assert!(texts.contains(&"何为绿色家电？与普通家电相比，它具有哪些优势？".to_string()), "{texts:?}");
    }

    #[test]
    fn a_title_cut_by_a_column_break_inside_a_word_the_page_prints_is_one() {
        let col = "一二三四五六七八九十一";
        let page = format!("{col}\n{col}\n面领会。\n\n推动党和人民事业取得历\n\n史性成就的重要方法\n\n习近平总书记指出：“面\n对复杂形势，要取得历史\n性成就。”\n");
        let texts = joined(&page);
        assert!(texts.contains(&"推动党和人民事业取得历史性成就的重要方法".to_string()), "{texts:?}");
    }

    #[test]
    fn blank_style_breaks_on_blank() {
        let page = format!("{COL}\n{COL}\n结束了。\n\n{COL}\n{COL}\n又结束。\n");
        let b = join(&read(&page));
        assert_eq!(b.len(), 2);
    }

    #[test]
    fn column_break_mid_sentence_is_joined() {
        // (a paragraph's own words: lines the page prints again would read as a headline's)
        let page = format!("{COL}\n{COL}\n结束了。\n\n朝鲜艺术团在京演出受到观众热烈欢\n迎演员们精湛技艺赢得阵阵掌声经久\n\n{COL}\n又结束。\n");
        let b = join(&read(&page));
        assert_eq!(b.len(), 2, "{b:?}");
        assert_eq!(b[1].n_lines(), 4);
    }

    #[test]
    fn a_line_stopping_on_an_opening_quote_goes_on_across_a_blank() {
        // The line opens a paragraph and fills its column only nearly; its quote is not closed.
        let page = format!("{COL}\n{COL}\n结束了。\n\n2018年也是外交的“\n\n南南合作年”。一年来，\n{COL}\n又结束。\n");
        let b = join(&read(&page));
        assert_eq!(b.len(), 2, "{b:?}");
        assert!(b[1].text.starts_with("2018年也是外交的“南南合作年”"), "{b:?}");
    }

    #[test]
    fn a_headline_with_a_clause_filling_its_column_ends_on_its_rubric_at_a_blank() {
        let col = "一二三四五六七八九十";
        let page = format!("{col}\n{col}\n完了。\n\n办好基层赛事，升温\n健身热情（体坛观澜）\n\n{col}\n{col}\n完。\n");
        let texts = joined(&page);
        assert!(texts.iter().any(|t| t == "办好基层赛事，升温健身热情（体坛观澜）"), "{texts:?}");
    }

    #[test]
    fn a_full_line_stopping_on_a_preposition_goes_on_across_a_blank() {
        // It opens its paragraph and stands alone between blanks, with no mark of running text.
        let col = "一二三四五六七八九十一二";
        let page = format!("{col}\n结束了。\n\n姜堰区纪委监委探索构建以\n\n“清风e访”平台为支撑，\n{col}\n完。\n");
        let b = join(&read(&page));
        assert_eq!(b.len(), 2, "{b:?}");
        assert!(b[1].text.starts_with("姜堰区纪委监委探索构建以“清风e访”"), "{b:?}");
    }

    #[test]
    fn a_lone_full_line_goes_on_where_the_pair_across_the_break_is_printed_elsewhere() {
        // 深入 is printed inside a line; 长深入 and 深入交 are not.
        let col = "一二三四五六七八九十一二三四";
        let page = format!("会议要求深入推进改革。\n\n习近平总书记同金正恩委员长深\n\n入交流了两国社会主义建设情况，\n{col}\n完。\n");
        let b = join(&read(&page));
        assert_eq!(b.len(), 2, "{b:?}");
        assert!(b[1].text.starts_with("习近平总书记同金正恩委员长深入交流"), "{b:?}");
    }

    #[test]
    fn a_section_label_alone_after_a_full_title_is_no_word_s_rest() {
        // 长文 is printed inside a line (委员长文喜相), but 文化 alone between blanks is a label.
        let col = "一二三四五六七八九十";
        let page = format!("{col}\n韩国在野党委员长文喜\n相表示反对。\n\n金正恩再次被推举为\n朝鲜国务委员会委员长\n\n文化\n\n{col}\n{col}\n又结束。\n");
        let b = join(&read(&page));
        assert!(b.iter().any(|x| x.text == "文化"), "{b:?}");
        assert!(b.iter().any(|x| x.text == "金正恩再次被推举为朝鲜国务委员会委员长"), "{b:?}");
    }

    #[test]
    fn indent_style() {
        let page = format!("　　{COL}\n{COL}\n结束了。\n　　{COL}\n{COL}\n又结束。\n　　{COL}\n完。\n");
        let l = read(&page);
        assert_eq!(style(&l), Style::Indent);
        assert_eq!(join(&l).len(), 3);
    }

    #[test]
    fn indent_style_headline_lines_stay_together() {
        // A short title line over a full unindented one: where indents open paragraphs, the
        // full line is the title's next line, not a paragraph.
        let body = format!("　　{COL}\n{COL}\n结束了。\n　　{COL}\n{COL}\n又结束。\n　　{COL}\n完。\n");
        let page = format!("{body}\n推动能源革命\n{COL}\n凝聚共识\n\n{body}");
        let l = read(&page);
        assert_eq!(style(&l), Style::Indent);
        let b = join(&l);
        assert_eq!(b.len(), 7, "{b:?}");
        assert_eq!(b[3].n_lines(), 3);
    }

    #[test]
    fn short_line_style_headline_lines_stay_together() {
        // A short headline line over a full one, a blank after: one headline, where only short
        // last lines mark paragraphs; a full line after a short one under it opens a paragraph.
        let body = format!("{COL}\n{COL}\n结束了。\n{COL}\n又结束。\n{COL}\n完。\n");
        let page = format!("{body}\n推动能源革命\n一二三四五六七八九十一二三四五六\n\n{body}\n推动能源革命\n{COL}\n{COL}\n完。\n");
        let l = read(&page);
        assert_eq!(style(&l), Style::ShortLine);
        let b = join(&l);
        assert_eq!(b[3].n_lines(), 2, "{b:?}");
        assert_eq!(b.last().unwrap().n_lines(), 3, "{b:?}");
    }

    #[test]
    fn a_closing_dispatch_over_several_lines_is_a_block_of_its_own() {
        // It follows a full line that ends a sentence (no short line marks the paragraph end),
        // and a headline printed after the report follows it across a blank.
        let page = format!("{COL}\n{COL}\n一二三四五六七八九十一二三四五。\n（本报平壤、首尔、东京、华盛\n顿12月1日电　记者王莉、程维\n丹、孙天仁）\n\n朝鲜宣布将再次发射卫星\n\n{COL}\n完。\n");
        let b = join(&read(&page));
        let texts: Vec<&str> = b.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(texts[1], "（本报平壤、首尔、东京、华盛顿12月1日电　记者王莉、程维丹、孙天仁）", "{texts:?}");
        assert_eq!(texts[2], "朝鲜宣布将再次发射卫星", "{texts:?}");
        assert!(dispatch_note("（新华社北京6月22日电）") && !dispatch_note("（记者 王明）") && !dispatch_note("（电视剧）"));
        // So is an author's note, with the next report's headline straight under it.
        let page = format!("{COL}\n{COL}\n一二三四五六七八九十一二三四五。\n（作者为海南热带海洋学院马克思主义学院\n教授）\n王毅同朝鲜外相李勇浩举行会谈\n新华社北京12月7日电 （记者吴嘉林）国务委员兼外交部长\n");
        let b = join(&read(&page));
        assert_eq!(b[1].text, "（作者为海南热带海洋学院马克思主义学院教授）", "{b:?}");
        // So are the reporters' names in brackets, with no blank line on the page.
        let page = format!("{COL}\n{COL}\n一二三四五六七八九十一二三四五。\n（本报记者于青、张旸、周之然、\n莽九晨）\n各地各部门深入推进新时代廉洁\n{COL}\n");
        let b = join(&read(&page));
        assert_eq!(b[1].text, "（本报记者于青、张旸、周之然、莽九晨）", "{b:?}");
        // And a dispatch on one line, with the next report's headline straight under it.
        let page = format!("{COL}\n一二三四五六七八九十一二三四五。\n（本报首尔、平壤8月31日电）\n张又侠会见朝鲜人\n民军总政治局局长\n新华社北京8月17日电 （记者梅常伟）\n");
        let b = join(&read(&page));
        assert_eq!(b[1].text, "（本报首尔、平壤8月31日电）", "{b:?}");
        // A dispatch from eleven places by thirteen reporters fills eight lines of a narrow column.
        let col = "一二三四五六七八九十";
        let dispatch = "（本报北京、上海、广州、\n深圳、天津、重庆、成都、\n武汉、西安、南京、杭州\n6月22日电　记者李明、\n王强、张伟、刘洋、陈静、\n杨帆、赵磊、黄涛、周敏、\n吴昊、郑凯、孙丽、马超、\n钱进）";
        let page = format!("{col}\n{col}\n一二三四五六七八。\n{dispatch}\n副市长出席国庆\n七十周年招待会\n本报北京9月7日电 （记者王迪）国家\n");
        let b = join(&read(&page));
        assert_eq!(b[1].text, dispatch.replace('\n', ""), "{b:?}");
        assert_eq!(b[2].text, "副市长出席国庆七十周年招待会", "{b:?}");
    }

    #[test]
    fn a_lead_formula_cut_before_its_dispatch_word_opens_a_block() {
        let page = "祝活动。\n\n朝鲜友好艺术团在京访演\n栗战书王沪宁分别出席有关活动\n\n本报北京１２月１９日\n电　（记者王莉）外交部长\n会见了客人。\n";
        let b = join(&read(page));
        let texts: Vec<&str> = b.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(texts, ["祝活动。", "朝鲜友好艺术团在京访演栗战书王沪宁分别出席有关活动", "本报北京１２月１９日电　（记者王莉）外交部长会见了客人。"]);
    }

    #[test]
    fn a_label_under_a_wrapped_title_is_no_part_of_it() {
        // A title line with a comma, alone before a blank, may wrap on after the blank; a label
        // (核心阅读) does not finish it.
        let col = "一二三四五六七八九十一二";
        let page = format!("{col}\n{col}\n{col}\n完。\n\n参赛十三项，夺得十三冠\n\n核心阅读\n\n{col}\n{col}\n完。\n");
        let b = join(&read(&page));
        assert_eq!(b.len(), 4, "{b:?}");
    }

    #[test]
    fn a_line_that_cannot_open_a_sentence_goes_on_across_a_blank() {
        // A paragraph's lone first line, no clause mark, the column break after it.
        let page = format!("{COL}\n{COL}\n完。\n\n习近平请蓬佩奥转达对特朗普总统\n\n的问候。{COL}\n完。\n");
        let b = join(&read(&page));
        assert_eq!(b.len(), 2, "{b:?}");
        assert!(starts_mid_sentence("的问候") && starts_mid_sentence("，而且") && !starts_mid_sentence("的确如此"));
    }

    #[test]
    fn a_source_credit_wrapped_over_two_lines_is_one_block() {
        let col = "一二三四五六七八九十一二";
        let page = format!("{col}\n{col}\n提供经验。\n\n数据来源：广东电网有限\n责任公司\n\n南方电网：绿色认证落地\n");
        let texts = joined(&page);
        assert_eq!(texts[1..], ["数据来源：广东电网有限责任公司", "南方电网：绿色认证落地"], "{texts:?}");
    }

    #[test]
    fn a_source_credit_that_fills_its_column_closes_before_a_title_under_it() {
        // No blank line: the credit fills the column, and the line under it, too long for a
        // name's rest, is the next report's title.
        let col = "一二三四五六七八九十一二三四五";
        let page = format!("{col}\n{col}\n提供了经验。\n数据来源：市统计局农业统计处\n春耕备耕工作全面展开\n{col}\n{col}\n");
        let texts = joined(&page);
        assert!(texts.iter().any(|t| t == "数据来源：市统计局农业统计处"), "{texts:?}");
    }

    #[test]
    fn a_role_word_over_names_one_a_line_is_one_byline() {
        // As archives print letter-spaced names: each character of 程 龙 on its own line.
        let page = "久久为功，“APEC蓝”成为“北京蓝”\n本报记者\n\n程\n\n龙\n\n潘俊强\n\n《人民日报》（2025年10月20日 第 01 版）\n\n编者按：言出必践。\n";
        let b = join(&read(page));
        let texts: Vec<&str> = b.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(texts[1], "本报记者 程龙 潘俊强", "{texts:?}");
        assert_eq!(texts[0], "久久为功，“APEC蓝”成为“北京蓝”", "{texts:?}");
    }

    #[test]
    fn a_byline_wrapped_inside_a_letter_spaced_name_is_one_byline() {
        // (the name's last character on the next line, under the headline's byline, over a
        // paragraph with or without a blank between)
        for gap in ["\n", "\n\n"] {
            let page = format!("浩劫过后迎接重生\n\n本报驻叙利亚记者　李\n　潇{gap}冬日里的大马士革，天气时常阴晴不定。\n");
            let b = join(&read(&page));
            let texts: Vec<&str> = b.iter().map(|b| b.text.as_str()).collect();
            assert_eq!(texts.len(), 3, "{texts:?}");
            assert_eq!(texts[1], "本报驻叙利亚记者　李 潇", "{texts:?}");
        }
        // (a line of two characters under a byline that ends on a whole name is no rest of it;
        // nor is one not set apart by a space, the rest of a name wrapped whole: 周⏎之然)
        let page = "本报记者　李潇\n　朝鲜\n\n冬日里的大马士革，天气时常阴晴不定。\n";
        assert!(join(&read(page)).iter().all(|b| b.text != "本报记者　李潇 朝鲜"));
        let page = "本报驻朝鲜记者 周\n之然\n\n冬日里的大马士革，天气时常阴晴不定。\n";
        assert!(join(&read(page)).iter().all(|b| !b.text.contains("周 之然")));
    }

    #[test]
    fn an_author_letter_spaced_above_a_source_line_is_one_line_and_a_box_label_stands_apart() {
        let page = "服务消费潜力巨大（专家点评）\n洪\n\n勇\n\n《人民日报》（2025年10月20日 第 02 版）\n\n服务消费一头连着经济。\n";
        let b = join(&read(page));
        let texts: Vec<&str> = b.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(texts[..2], ["服务消费潜力巨大（专家点评）", "洪勇"], "{texts:?}");
        let page = "亮点\n2020年至2024年，居民服务性消费支出年均增长9.6%\n";
        assert_eq!(join(&read(page)).len(), 2);
        let page = "部门动态\n完善数字经济治理体系\n";
        assert_eq!(join(&read(page)).len(), 2);
    }

    #[test]
    fn a_page_s_runs_are_searched_within_its_lines() {
        let lines = read("绿色家电受到更多消费\n\n者青睐，消费者说\n");
        let t = Runs::of(&lines);
        assert!(t.bits.is_empty(), "a short page is searched, not filtered");
        assert!(t.contains('消', '费', '者') && t.contains_pair('费', '者'));
        // (not across a line's end: 消费⏎⏎者 is the break asked about)
        assert!(!t.contains('更', '多', '者') && !t.contains_pair('说', '绿'));
    }

    #[test]
    fn a_long_compilation_does_not_fill_the_runs_filter() {
        // 3,000 lines of distinct text: a filter of fixed size would say yes to almost anything.
        let mut page = String::new();
        for i in 0..3000u32 {
            let c = |k: u32| char::from_u32(0x4E00 + (i * 7 + k) % 20000).unwrap();
            page.extend([c(0), c(1), c(2), c(3), c(4), c(5), c(6), c(7), c(8), c(9), c(10), c(11), '\n']);
        }
        let lines = read(&page);
        let t = Runs::of(&lines);
        assert!(!t.bits.is_empty(), "a long page is filtered");
        let (a, b, c) = ('龘', '齉', '爨');
        assert!(!t.contains(a, b, c) && t.contains(lines[5].text.chars().next().unwrap(), lines[5].text.chars().nth(1).unwrap(), lines[5].text.chars().nth(2).unwrap()));
        let misses = (0..2000u32).filter(|&k| t.contains('丁', char::from_u32(0x5000 + k).unwrap(), '乙')).count();
        assert!(misses < 40, "{misses} false hits in 2000");
        // Its two-character runs too.
        let first = |k: usize| lines[5].text.chars().nth(k).unwrap();
        assert!(t.contains_pair(first(0), first(1)) && !t.contains_pair(a, b));
        let misses = (0..2000u32).filter(|&k| t.contains_pair('龘', char::from_u32(0x5000 + k).unwrap())).count();
        assert!(misses < 40, "{misses} false pair hits in 2000");
    }

    #[test]
    fn a_title_filling_its_column_ends_before_an_opening_on_a_date() {
        let col = "一二三四五六七八九十一二三";
        let page = format!("习近平同朝鲜劳动党委员长、国\n务委员会委员长金正恩举行会谈\n\n6月20日，中共中央总书记、\n{col}\n完。\n");
        let b = join(&read(&page));
        assert_eq!(b.len(), 2, "{b:?}");
        // Within running text, a date after the break goes on: the sentence has begun.
        let page = format!("{col}\n会议指出，双方将于今年的\n\n6月20日，在北京举行会谈。\n");
        assert_eq!(join(&read(&page)).len(), 1);
    }

    #[test]
    fn without_blank_lines_a_title_ends_before_an_opening_on_a_date_but_a_date_goes_on() {
        let col = "一二三四五六七八九十一二三";
        let body = format!("{col}\n{col}\n完。\n{col}\n又完。\n");
        let page = format!("{body}习近平同朝鲜劳动党委员长、国\n务委员会委员长金正恩举行会谈\n6月20日，中共中央总书记、\n{col}\n完。\n");
        let b = join(&read(&page));
        assert_eq!(b[2].text, "习近平同朝鲜劳动党委员长、国务委员会委员长金正恩举行会谈", "{b:?}");
        let page = format!("{body}朝鲜劳动党正式成立于1945年\n10月10日，迄今为止已召开过\n{col}\n完。\n");
        let b = join(&read(&page));
        assert_eq!(b.len(), 3, "{b:?}");
    }

    #[test]
    fn without_blank_lines_a_title_nearly_filling_its_column_ends_before_an_opening_on_a_word_of_time() {
        let col = "一二三四五六七八九十一";
        let body = format!("{col}\n{col}\n完。\n{col}\n化悲痛为力量战胜困难。\n");
        // (ten characters in a column of eleven: the first word after it would have fitted)
        let page = format!("{body}山区学校探索课堂转型\n近日，记者走进山区一所\n{col}\n完。\n");
        let b = joined(&page);
        assert!(b.contains(&"山区学校探索课堂转型".to_string()), "{b:?}");
        assert!(b.iter().any(|t| t.starts_with("近日，")), "{b:?}");
    }

    #[test]
    fn a_year_opens_a_report_across_a_blank_or_under_a_title_closing_on_a_quote_else_it_goes_on() {
        let col = "一二三四五六七八九十一";
        let page = format!("{col}\n完。\n\n园林自1707年始建到\n1860年被毁，150余年间\n{col}\n完。\n");
        assert!(joined(&page).iter().any(|t| t.starts_with("园林自1707年始建到1860年被毁")), "{:?}", joined(&page));
        // A title that closes on a quote ends before it, blank or none.
        let page = format!("{col}\n完。\n寿光市：\n选优配强“头雁方阵”\n2021年，既不毗邻市区也\n{col}\n完。\n");
        assert!(joined(&page).contains(&"选优配强“头雁方阵”".to_string()), "{:?}", joined(&page));
        // (a headline with a clause in it, filling a column as wide as its own)
        let page = format!("{COL}\n{COL}\n{COL}\n完。\n\n希望各方珍惜进展、相互释放善意\n\n2019年，对中国和世界而言，都极不\n{COL}\n{COL}\n平凡。\n");
        assert!(joined(&page).contains(&"希望各方珍惜进展、相互释放善意".to_string()), "{:?}", joined(&page));
    }

    #[test]
    fn without_blank_lines_a_subtitle_wider_than_its_column_is_a_block_of_its_own() {
        let col = "一二三四五六七八九十一二三四五";
        let page = format!("{col}\n{col}\n完。\n敢为砥柱立中流\n——党的十九大以来治国理政系列评述“外交篇”\n新华社记者\n这是一个复杂变化的世界。\n{col}\n完。\n");
        let b = joined(&page);
        assert!(b.contains(&"——党的十九大以来治国理政系列评述“外交篇”".to_string()), "{b:?}");
    }

    #[test]
    fn without_blank_lines_a_headline_twice_as_wide_as_the_column_stands_apart_though_it_lists() {
        // A sentence ends a full line; a headline set across columns, with a 、 in it, follows,
        // and the next report's first line under it.
        let col = "一二三四五六七八九十一二三";
        let para = format!("{col}\n{col}\n完了。\n");
        let page = format!("{para}{para}{col}\n国人民的共同努力下不断发展。\n习近平同朝鲜劳动党委员长、国务委员会委员长金正恩举行会谈\n6月20日，中共中央总书记、\n{col}\n完。\n{para}");
        let l = read(&page);
        assert_eq!(style(&l), Style::ShortLine);
        let texts = joined(&page);
        assert!(texts.contains(&"习近平同朝鲜劳动党委员长、国务委员会委员长金正恩举行会谈".to_string()), "{texts:?}");
    }

    #[test]
    fn without_blank_lines_a_headline_with_no_mark_two_units_past_its_column_stands_apart() {
        // A sentence ends a full line of a column of 12; a headline of 14 with no mark follows,
        // within the column's tolerance but past anything a line of its text reaches without a
        // hung mark, and the next report's first line under it, a full line of prose.
        let col = "一二三四五六七八九十一二";
        let para = format!("{col}\n{col}\n完了。\n");
        let head = "王毅同朝鲜外相李勇浩举行会谈";
        let page = format!("{para}{para}{col}\n一二三四五六七八九十一。\n{head}\n国务委员兼外交部长王毅，\n{col}\n完。\n{para}");
        let l = read(&page);
        assert_eq!(style(&l), Style::ShortLine);
        assert!(l.iter().any(|l| l.text == head && !l.is_wide()));
        let texts = joined(&page);
        assert!(texts.contains(&head.to_string()), "{texts:?}");
        assert!(texts.contains(&format!("国务委员兼外交部长王毅，{col}完。")), "{texts:?}");
    }

    #[test]
    fn without_blank_lines_a_short_title_between_reports_stands_apart() {
        let col = "一二三四五六七八九十一二三";
        let para = format!("{col}\n{col}\n完了。\n");
        let page = format!("{para}{para}{col}\n一二三四五六七八九十一二。\n德国探索会展经济转型\n{col}\n{col}\n完。\n{para}");
        let l = read(&page);
        assert_eq!(style(&l), Style::ShortLine);
        let b = join(&l);
        let texts: Vec<&str> = b.iter().map(|b| b.text.as_str()).collect();
        assert!(texts.contains(&"德国探索会展经济转型"), "{texts:?}");
        // A title of two short lines too, before a report's lead.
        let page = format!("{para}{col}\n一二三四五六七八九十一二。\n美日韩寻找对朝关\n系转机（国际视点）\n本报北京1月16日电　综合本报驻\n{col}\n完。\n{para}");
        let texts = joined(&page);
        assert!(texts.iter().any(|t| t == "美日韩寻找对朝关系转机（国际视点）"), "{texts:?}");
        // And one over a line wider than the column (a subtitle set across columns).
        let para = "另据朝中社当天报道，金\n正恩1日率朝鲜党政军领\n导人前往锦绣山纪念宫，\n向金日成和金正日表示敬\n意。\n";
        let page = format!("{para}{para}推举朝鲜劳动党中央军事\n委员会副委员长金正恩为\n朝鲜人民军最高司令官。\n敢为砥柱立中流\n——党的十九大以来治国理政系列评述“外交篇”\n新华社记者\n这是一个复杂变化的世界。\n{para}");
        let texts = joined(&page);
        assert!(texts.contains(&"敢为砥柱立中流".to_string()), "{texts:?}");
    }

    #[test]
    fn a_list_item_opening_on_its_dash_goes_on_across_a_column_break_into_its_last_words() {
        let page = "回顾中朝关系七十年历程，两国始终坚\n持国家利益至上，总结了四条经验：\n\n——坚持共产党领导的社会主义国\n\n家是中朝关系的本质属性；\n\n——共同的理想信念和奋斗目标是\n中朝关系的前进动力。\n";
        let texts = joined(page);
        assert!(texts.contains(&"——坚持共产党领导的社会主义国家是中朝关系的本质属性；".to_string()), "{texts:?}");
        // Not where the words across the break are printed nowhere else on the page.
        let page = page.replace("持国家利益", "持人民利益");
        let texts = joined(&page);
        assert!(texts.contains(&"——坚持共产党领导的社会主义国".to_string()), "{texts:?}");
    }

    #[test]
    fn without_blank_lines_a_title_as_wide_as_its_column_stands_apart_over_a_lead_formula() {
        // The paragraph's last line fills the column on its stop; the title under it fills the
        // column too, with no mark of running text, over a report's lead formula (no body
        // line runs into one, full or not).
        let col = "一二三四五六七八九十一二三四五";
        let para = format!("{col}\n{col}\n完了。\n");
        let page = format!("{para}{para}{col}\n一二三四五六七八九十一二三四。\n朝鲜掀起“增产突击运动”迎接国庆\n本报平壤9月7日电 （记者莽九\n{col}\n完。\n{para}");
        let texts = joined(&page);
        assert!(texts.contains(&"朝鲜掀起“增产突击运动”迎接国庆".to_string()), "{texts:?}");
    }

    #[test]
    fn without_blank_lines_a_title_of_two_lines_as_wide_as_its_column_stands_apart_over_a_lead_formula() {
        let col = "一二三四五六七八九十一";
        let para = format!("{col}\n{col}\n完了。\n");
        let page = format!("{para}{para}{col}\n一二三四五六七八九十。\n胡锦涛致电祝贺金正恩担\n任朝鲜人民军最高司令官\n新华社北京12月31日电　中\n{col}\n完。\n{para}");
        let texts = joined(&page);
        assert!(texts.contains(&"胡锦涛致电祝贺金正恩担任朝鲜人民军最高司令官".to_string()), "{texts:?}");
    }

    #[test]
    fn a_lead_formula_cut_inside_its_date_is_one_all_the_same() {
        let col = "一二三四五六七八九十一";
        let para = format!("{col}\n{col}\n完了。\n");
        let page = format!("{para}{para}胡锦涛致电祝贺金正恩\n新华社北京１２月３１\n日电　中华人民共和国\n{col}\n完。\n{para}");
        let lines = read(&page);
        let (facts, _) = page_facts(&lines, &mut None);
        assert!(facts[7].lead && facts[7].opens, "{:?}", facts[7]);
        // (not a line that only ends on a date's digits over one that goes on to an 电 later)
        let page = format!("{para}会议定于１２月３１\n日举行。电视台将转播。\n");
        let lines = read(&page);
        let (facts, _) = page_facts(&lines, &mut None);
        assert!(!facts[3].lead, "{:?}", facts[3]);
    }

    #[test]
    fn without_blank_lines_a_title_cut_inside_a_word_goes_on_into_its_narrower_second_line() {
        // (the lines around set the title's first line in a column of fifteen; its second fills
        // a column of its own, seven, as one it shares with lines after it would: set here)
        let (wide, col) = ("一二三四五六七八九十一二三四五六七八九十一", "一二三四五六七八九十一二三四五");
        let page = format!(
            "{}完了。\n这正是：\n网点入村覆盖，\n货物销路大开。\n服务通达四海，\n发展动能澎湃。\n张  三图  李  四文\n李源潮会见朝\n鲜劳动党代表团\n新华社北京４月２３日电 （记者\n廖雷）李源潮会见朝鲜劳动党代表\n{}团。\n",
            format!("{wide}\n").repeat(5),
            format!("{col}\n").repeat(5)
        );
        let joined_own = |page: &str, second: &str| {
            let mut lines = read(page);
            let k = lines.iter().position(|l| l.text == second).unwrap();
            lines[k].column = lines[k].width;
            assert!(lines[k].is_full() && lines[k - 1].column == 15.0);
            join(&lines).into_iter().map(|b| b.text).collect::<Vec<_>>()
        };
        let texts = joined_own(&page, "鲜劳动党代表团");
        assert!(texts.contains(&"李源潮会见朝鲜劳动党代表团".to_string()), "{texts:?}");
        // (with no word cut across the lines, two titles)
        let page = page.replace("朝鲜", "中方").replace("鲜劳动党", "新劳动党");
        let texts = joined_own(&page, "新劳动党代表团");
        assert!(texts.contains(&"李源潮会见朝".to_string()), "{texts:?}");
    }

    #[test]
    fn a_question_mark_where_the_wrap_fell_opens_no_block() {
        let col = "一二三四五六七八九十一二三四五六";
        let page = format!("{col}\n{col}\n{col}\n完了。\n\n英国剑桥大学教授马丁·雅克曾经发\n问：“中国将成为怎样的全球性大\n国？”最终，他得出这样的答案：\n{col}\n完。\n\n问：中国如何回应？\n\n答：中方表示欢迎。\n");
        let texts = joined(&page);
        assert!(texts.iter().any(|t| t.starts_with("英国") && t.ends_with("完。")), "{texts:?}");
        // (a question after a finished paragraph, or a blank, opens one still)
        assert!(texts.contains(&"问：中国如何回应？".to_string()) && texts.contains(&"答：中方表示欢迎。".to_string()), "{texts:?}");
    }

    #[test]
    fn a_photo_credit_whose_word_wrapped_to_a_line_of_its_own_closes_there() {
        let col = "一二三四五六七八九十一二三";
        let page = format!("{col}\n完了。\n10月9日，刘云山在平壤会见金\n正恩。新华社记者 李 涛\n摄\n“美军遗留的炸弹仍在夺去无辜民众的生命”（深度观察）\n{col}\n完。\n");
        let texts = joined(&page);
        assert!(texts.contains(&"10月9日，刘云山在平壤会见金正恩。新华社记者 李 涛摄".to_string()), "{texts:?}");
        // (摄 of a line's own under text that is no credit stays in that text: 他在一旁拍⏎摄)
        let page = format!("{col}\n他在一旁用相机拍\n摄。\n");
        assert_eq!(join(&read(&page)).len(), 1);
        // So does one a column break carried off after a full line, with a headline under it.
        let page = format!("{col}\n完了。\n10月11日，刘云山专程赶赴\n安州默哀。新华社记者　李涛\n\n摄\n\n刘云山出席朝鲜劳动党成立70周年庆祝\n\n{col}\n完。\n");
        let texts = joined(&page);
        assert!(texts.contains(&"10月11日，刘云山专程赶赴安州默哀。新华社记者　李涛摄".to_string()), "{texts:?}");
    }

    #[test]
    fn on_a_page_with_no_blank_line_a_kicker_ends_on_its_dash_or_colon() {
        let col = "一二三四五六七八九十一二三";
        let para = format!("{col}\n{col}\n完了。\n");
        for kicker in ["第十一届世界城市论坛呼吁——", "山东寿光市："] {
            let page = format!("{para}{para}{kicker}\n打造更可持续的未来\n本报华沙7月4日电（记者于洋）\n{col}\n完。\n");
            let b = join(&read(&page));
            let texts: Vec<&str> = b.iter().map(|b| b.text.as_str()).collect();
            assert!(texts.contains(&kicker) && texts.contains(&"打造更可持续的未来"), "{texts:?}");
        }
        // The kicker fills the column, the headline under it lists with 、.
        let col = "一二三四五六七八九十一二三四";
        let para = format!("{col}\n{col}\n完了。\n");
        let page = format!("{para}{para}第十一届世界城市论坛呼吁——\n打造更可持续、更具韧性的未来\n本报华沙7月4日电（记者于洋）\n{col}\n完。\n");
        let texts = joined(&page);
        assert!(texts.contains(&"第十一届世界城市论坛呼吁——".to_string()), "{texts:?}");
    }

    #[test]
    fn on_a_page_with_no_blank_line_the_labels_of_a_report_s_parts_stand_apart_from_their_titles() {
        let col = "一二三四五六七八九十一二三四";
        let part = |name: &str, title: &str, place: &str| format!("{name}\n{title}\n本报{place}12月13日电（记者王莉）\n{col}\n{col}\n完了。\n");
        let parts = [("中国", "希望早日重启对话", "北京"), ("俄罗斯", "支持开展对话解决问题", "莫斯科"), ("美国", "承认对朝政策失败", "华盛顿")];
        let page: String = std::iter::once("国际社会反应强烈\n".to_string()).chain(parts.iter().map(|&(n, t, p)| part(n, t, p))).collect();
        let texts = joined(&page);
        for (name, title, _) in parts {
            assert!(texts.contains(&name.to_string()) && texts.contains(&title.to_string()), "{texts:?}");
        }
        // Two such names, or three with one printed twice, are no series: each runs into its title,
        // a headline's first words.
        let page: String = parts[..2].iter().map(|&(n, t, p)| part(n, t, p)).collect();
        assert!(joined(&page).contains(&"中国希望早日重启对话".to_string()));
        let page: String = [parts[0], parts[1], ("中国", "承认对朝政策失败", "华盛顿")].iter().map(|&(n, t, p)| part(n, t, p)).collect();
        assert!(joined(&page).contains(&"中国希望早日重启对话".to_string()));
        // Labels a blank line sets apart say nothing of a name over a title elsewhere on the page.
        let page: String = parts.iter().map(|&(n, t, p)| part(n, t, p).replacen('\n', "\n\n", 2)).chain(std::iter::once(part("古镇旅游", "加快复苏", "北京").replacen("\n本报", "\n\n本报", 1))).collect();
        assert!(joined(&page).contains(&"古镇旅游加快复苏".to_string()), "{:?}", joined(&page));
    }

    #[test]
    fn on_a_page_with_no_blank_line_a_name_alone_runs_into_the_title_under_it_however_full() {
        // (the title fills a narrow column by chance, over its report's lead formula: one name
        // over it is the headline's first words, no kicker of its own)
        let col = "一二三四五六七八九十";
        let page = format!("{col}\n{col}\n完了。\n朝鲜\n纪念金正日逝世一百天\n本报平壤3月25日电　\n（记者周之然）朝鲜25\n{col}\n{col}\n完。\n");
        let texts = joined(&page);
        assert!(texts.contains(&"朝鲜纪念金正日逝世一百天".to_string()), "{texts:?}");
        // (a kicker that ends on its dash still stands apart)
        let texts = joined(&page.replace("朝鲜\n", "朝鲜——\n"));
        assert!(texts.contains(&"朝鲜——".to_string()), "{texts:?}");
    }

    #[test]
    fn on_a_page_with_no_blank_line_a_wider_line_over_a_headline_s_two_balanced_lines_is_its_kicker() {
        let col = "一二三四五六七八九十一二三四";
        let para = format!("{col}\n{col}\n完了。\n");
        let page = format!("{para}{para}国务院安委会部署要求\n四部门开展燃\n气安全行动\n本报北京7月4日电（记者邱超奕）\n{col}\n完。\n");
        let texts = joined(&page);
        assert!(texts.contains(&"国务院安委会部署要求".to_string()) && texts.contains(&"四部门开展燃气安全行动".to_string()), "{texts:?}");
        // A unit wider is wide enough: 扎实推进乡村振兴 is eight units over lines of six.
        let page = format!("{para}{para}扎实推进乡村振兴\n田间地头处处\n丰收繁忙景象\n本报北京7月4日电（记者邱超奕）\n{col}\n完。\n");
        let texts = joined(&page);
        assert!(texts.contains(&"扎实推进乡村振兴".to_string()) && texts.contains(&"田间地头处处丰收繁忙景象".to_string()), "{texts:?}");
        // A headline of three lines set by phrase stays one block: its first line is no wider
        // than the rest, or the lines under it differ in width.
        for head in ["结构更优\n动力更强\n活力更足", "国务院安委会部署要求\n四部门开展\n燃气安全百日行动"] {
            let page = format!("{para}{para}{head}\n本报北京7月4日电（记者邱超奕）\n{col}\n完。\n");
            let texts = joined(&page);
            assert!(texts.contains(&head.replace('\n', "")), "{head} {texts:?}");
        }
        // Nor does a byline under a headline of two lines read as the pair's second line.
        let page = format!("{para}{para}筹备朝鲜劳动党建党纪念活动\n平壤充满节日气氛\n本报记者 周之然\n{col}\n完。\n");
        let texts = joined(&page);
        assert!(texts.contains(&"筹备朝鲜劳动党建党纪念活动平壤充满节日气氛".to_string()), "{texts:?}");
    }

    #[test]
    fn a_subtitle_after_a_headline_that_fills_the_column_by_chance_is_a_block_of_its_own() {
        let col = "一二三四五六七八九十一二三四五";
        let para = format!("{col}\n{col}\n完了。\n");
        let head = "“中国是多边主义的最重要支柱”"; // fifteen units, as wide as the column
        let page = format!("{para}{para}{head}\n——访联合国秘书长古特雷斯\n本报记者 赵嘉鸣\n{col}\n完。\n");
        let b = join(&read(&page));
        let texts: Vec<&str> = b.iter().map(|b| b.text.as_str()).collect();
        assert!(texts.contains(&head) && texts.contains(&"——访联合国秘书长古特雷斯"), "{texts:?}");
        // A dash inside running text, where the wrap fell, goes on.
        let page = format!("{para}会议指出，要坚持三个原则：一二\n——坚持人民至上。\n");
        assert!(join(&read(&page)).iter().any(|b| b.text.ends_with("一二——坚持人民至上。")));
    }

    #[test]
    fn on_a_page_with_no_blank_line_a_kicker_with_a_clause_ends_on_its_dash() {
        let col = "一二三四五六七八九十一二三";
        let para = format!("{col}\n{col}\n完了。\n");
        let page = format!("{para}世锦赛上，跳水队——\n参赛十三项，夺得十三冠\n{col}\n完。\n");
        let texts = joined(&page);
        assert!(texts.iter().any(|t| t == "世锦赛上，跳水队——"), "{texts:?}");
        // Also where its line fills the column, over a headline short of it.
        let page = format!("{para}游泳世锦赛上，中国跳水队——\n参赛十三项，夺得十三冠\n{col}\n完。\n");
        let texts = joined(&page);
        assert!(texts.iter().any(|t| t == "游泳世锦赛上，中国跳水队——"), "{texts:?}");
        // Running text goes on past a dash where its wrap fell, to its sentence's end.
        let page = format!("{para}他说，我们的目标只有一个——\n让群众满意。\n{col}\n完。\n");
        let texts = joined(&page);
        assert!(texts.iter().any(|t| t == "他说，我们的目标只有一个——让群众满意。"), "{texts:?}");
    }

    #[test]
    fn on_a_page_with_no_blank_line_a_dash_kicker_s_headline_ends_on_its_rubric_however_full_and_marked() {
        let col = "一二三四五六七八九十一二三四五六";
        let para = format!("{col}\n{col}\n完了。\n");
        let page = format!("{para}{para}全国优秀共产党员、青山县石桥村党支部书记王某——\n“群众的事，就是我的事”（奋斗百\n年路·党旗在基层一线高高飘扬）\n{col}\n{col}\n完。\n");
        let texts = joined(&page);
        assert!(texts.iter().any(|t| t == "“群众的事，就是我的事”（奋斗百年路·党旗在基层一线高高飘扬）"), "{texts:?}");
    }

    #[test]
    fn a_dash_alone_under_a_line_is_that_line_s_rest() {
        // (a kicker wrapped just before its dash: 绿色化、低碳化、节能化趋势明显⏎——)
        let col = "一二三四五六七八九十一二三四五六";
        let para = format!("{col}\n{col}\n完了。\n");
        let page = format!("{para}\n部门动态\n\n绿色化、低碳化、节能化趋势明显\n——\n\n推广绿色家电\n助力消费升级\n\n{para}");
        let texts = joined(&page);
        assert!(texts.iter().any(|t| t == "绿色化、低碳化、节能化趋势明显——"), "{texts:?}");
        // Not after a sentence's end, nor a rule of dashes.
        let page = format!("{para}\n会议结束。\n——\n\n{para}\n{col}\n——————\n\n{para}");
        let texts = joined(&page);
        assert!(texts.iter().any(|t| t == "会议结束。") && texts.iter().any(|t| t == "——"), "{texts:?}");
        assert!(texts.iter().any(|t| t == "——————"), "{texts:?}");
    }

    #[test]
    fn on_a_page_with_no_blank_line_a_headline_with_a_clause_ends_on_its_column_s_rubric() {
        let col = "一二三四五六七八九十一二三四五六";
        let para = format!("{col}\n{col}\n完了。\n");
        let page = format!("{para}光影重现，万园之园（解码）\n核心阅读\n{col}\n完。\n");
        let texts = joined(&page);
        assert!(texts.iter().any(|t| t == "光影重现，万园之园（解码）"), "{texts:?}");
        // So does one that fills the column, alone after a sentence's end.
        let page = format!("{para}办好基层赛事，升温健身热情（观澜）\n{col}\n完。\n");
        assert!(joined(&page).contains(&"办好基层赛事，升温健身热情（观澜）".to_string()), "{:?}", joined(&page));
    }

    #[test]
    fn on_a_page_with_no_blank_line_a_headline_filling_the_last_report_s_column_ends_on_its_rubric_over_a_wider_one() {
        // A report in a column of 10, then a headline with a clause whose lines fill that
        // column, then the next report in a column of 19.
        let narrow = "一二三四五六七八九十";
        let wide = "一二三四五六七八九十一二三四五六七八九";
        let page = format!("{}完了。\n办好基层赛事，升温\n健身热情（体坛观澜）\n{}完。\n", format!("{narrow}\n").repeat(14), format!("{wide}\n").repeat(14));
        let lines = read(&page);
        assert!(lines[16].is_full() && lines[17].column > lines[16].column, "{:?}", lines.iter().map(|l| l.column).collect::<Vec<_>>());
        let texts = joined(&page);
        assert!(texts.iter().any(|t| t == "办好基层赛事，升温健身热情（体坛观澜）"), "{texts:?}");
    }

    #[test]
    fn a_deck_with_a_clause_twice_the_column_wide_ends_before_the_column_s_body() {
        let col = "一二三四五六七八九十";
        let page = format!("{col}\n完了。\n朝鲜提议举行朝韩政府间对话（国际视点）\n中方希望各方珍惜来之不易的对话势头，推动形势早日转圜\n早些时候，从朝鲜开城\n{col}\n完。\n");
        let b = join(&read(&page));
        let texts: Vec<&str> = b.iter().map(|b| b.text.as_str()).collect();
        assert!(texts.contains(&"中方希望各方珍惜来之不易的对话势头，推动形势早日转圜"), "{texts:?}");
        // Also where the body's first line has no clause mark, the next one has.
        let page = format!("{col}\n完了。\n朝韩关系陷入严峻状态（国际视点） 中方表示，维护半岛和平与稳定是有关各方共同责任\n韩国出入境事务所4月1\n日透露，当天开城工业\n{col}\n完。\n");
        let b = join(&read(&page));
        assert_eq!(b[1].text, "朝韩关系陷入严峻状态（国际视点） 中方表示，维护半岛和平与稳定是有关各方共同责任", "{b:?}");
        // But not where that line is a title over a report's lead (a kicker across columns over
        // its headline).
        let page = format!("{col}\n完了。\n离京对朝鲜民主主义人民共和国进行国事访问\n习近平抵平壤受到热烈欢迎\n6月20日，中共中央总\n{col}\n完。\n");
        let b = join(&read(&page));
        assert_eq!(b[1].text, "离京对朝鲜民主主义人民共和国进行国事访问习近平抵平壤受到热烈欢迎", "{b:?}");
    }

    #[test]
    fn on_a_page_with_no_blank_line_a_title_ends_on_its_column_s_rubric() {
        let col = "一二三四五六七八九十一二三四五六七八";
        let para = format!("{col}\n{col}\n完了。\n");
        let page = format!("{para}{para}部门动态\n转型金融助力绿色低碳发展（感言）\n要处理好发展和减排、转型和稳定、整\n{col}\n完。\n");
        let texts = joined(&page);
        assert!(texts.iter().any(|t| t == "转型金融助力绿色低碳发展（感言）"), "{texts:?}");
        // A chronology's entry (a date, a space, the day's event) goes on past its brackets.
        let page = format!("{para}二〇〇二年\n7月4日 西气东输一线\n工程（新疆轮南至上海）\n开工典礼举行。\n{para}");
        let texts = joined(&page);
        assert!(texts.iter().any(|t| t.ends_with("7月4日 西气东输一线工程（新疆轮南至上海）开工典礼举行。")), "{texts:?}");
    }

    #[test]
    fn an_editor_credit_over_names_a_line_each_is_one_furniture_line() {
        let page = format!("{COL}\n完。\n\n三版责编：韩晓明\n\n姜\n\n波\n\n李安琪\n\n四版责编：袁振喜\n\n白之羽\n");
        let texts = joined(&page);
        assert_eq!(texts[1..], ["三版责编：韩晓明 姜波 李安琪", "四版责编：袁振喜 白之羽"], "{texts:?}");
        let items = crate::rebuild("p", &page, &crate::Options::default()).unwrap();
        assert!(items[1..].iter().all(|r| r.kind == crate::Kind::Furniture), "{items:#?}");
        assert_eq!(items[0].lines, vec![[1, 2]], "the report keeps none of the credits: {items:#?}");
    }

    #[test]
    fn photographers_names_over_the_rest_of_their_credit_are_one_line() {
        let page = format!("{COL}\n图为战机空中编队飞行。\n\n刘博通  倪  帅  姜\n  涛摄影报道\n\n本报平壤6月20日电 （记者杜尚泽）\n");
        let texts = joined(&page);
        assert!(texts.iter().any(|t| t == "刘博通  倪  帅  姜 涛摄影报道"), "{texts:?}");
        // So are the names over the credit's word alone, spaces and all.
        let page = format!("{COL}\n图为战机空中编队飞行。\n\n刘博通\u{a0}\u{a0}倪\u{a0}\u{a0}帅\u{a0}\u{a0}姜\u{a0}\u{a0}涛 \n摄影报道\n\n“飞鲨”搏击\n");
        let texts = joined(&page);
        assert!(texts.iter().any(|t| t.starts_with("刘博通") && t.ends_with("摄影报道")), "{texts:?}");
        assert!(ends_with_credit("涛摄影报道") && caption_credit("涛摄影报道").is_some());
        // (or the credit's word cut in two, on a page with no blank line: …涛摄影⏎报道)
        let page = format!("{COL}\n图为战机空中编队飞行。\n刘博通  倪  帅  姜  涛摄影\n报道\n谱写中朝友谊新篇，\n维护半岛和平稳定\n本报平壤6月20日电 （记者杜尚泽）\n");
        let texts = joined(&page);
        assert!(texts.iter().any(|t| t == "刘博通  倪  帅  姜  涛摄影报道"), "{texts:?}");
        let texts = joined(&page.replace("涛摄影\n报道", "涛摄影报\n道"));
        assert!(texts.iter().any(|t| t == "刘博通  倪  帅  姜  涛摄影报道"), "{texts:?}");
        assert!(ends_with_credit("圖為義賣現場。記者王明攝") && ends_with_credit("本报记者 王恒摄（新华社发）"));
        assert!(!ends_with_credit("摄影展在京开幕，观众踊跃") && !ends_with_credit("我们的学校"));
    }

    #[test]
    fn a_line_ending_on_she_where_the_wrap_cut_a_word_is_no_credit() {
        // (摄 ends the line, 影 opens the next: the wrap cut 摄影 in running text)
        let page = "航川村，一栋闲置多年的旧楼成了热闹\n的摄影艺术村民学校主楼。一堂手机摄\n影课开讲，几名赶来的村民听得津津有\n味。\n";
        let texts = joined(page);
        assert_eq!(texts.len(), 1, "{texts:?}");
        assert!(credit_word_cut("。一堂手机摄", "的照片") && credit_word_cut("一堂手机摄", "影课开讲，"));
        // (a credit whose word wrapped is one still)
        assert!(!credit_word_cut("王恒 摄", "影") && !credit_word_cut("王恒 摄", "影报道") && !credit_word_cut("王恒 摄", "图为…"));
    }

    #[test]
    fn a_headline_across_columns_ends_before_the_body_under_it() {
        let col = "一二三四五六七八九十一二三";
        let para = format!("{col}\n{col}\n完了。\n");
        let page = format!("{para}{para}弘扬清风正气\n建设廉洁政治（深度关注·新时代廉洁文化建设在基层）\n反对腐败、建设廉洁政治，是\n{col}\n完。\n{para}");
        let texts = joined(&page);
        assert!(texts.iter().any(|t| t.ends_with("在基层）")), "{texts:?}");
    }

    #[test]
    fn a_byline_s_wrapped_last_character_stays_with_it() {
        let col = "一二三四五六七八九十";
        let page = format!("朝鲜沉痛送别金正日\n\n本报驻朝鲜记者 周之\n然\n\n12月28日，朝鲜最\n{col}\n完。\n");
        let b = join(&read(&page));
        assert_eq!(b[1].text, "本报驻朝鲜记者 周之然", "{b:?}");
    }

    #[test]
    fn a_byline_of_several_reporters_wrapped_inside_a_role_word_is_one_byline() {
        let col = "一二三四五六七八九十一二三四五六";
        for (first, second) in [("本报驻韩国记者 万 宇 本报驻朝鲜记", "者 王 莉 程维丹"), ("本报驻美国记者 李博雅 黄发红 本", "报驻韩国记者 万 宇")] {
            let page = format!("朝韩媒体聚焦和平与统一\n\n{first}\n{second}\n\n新年伊始，朝鲜半岛似乎已\n{col}\n{col}\n{col}\n完。\n");
            let b = join(&read(&page));
            assert_eq!(b[1].text, format!("{first}{second}"), "{b:?}");
        }
        // Two bylines a line each, each whole, stay two.
        let page = format!("朝韩媒体聚焦和平与统一\n\n本报驻韩国记者 万 宇 李博雅 刘歌\n本报驻朝鲜记者 王 莉\n\n新年伊始，朝鲜半岛似乎已\n{col}\n{col}\n{col}\n完。\n");
        let b = join(&read(&page));
        assert_eq!(b[1].text, "本报驻韩国记者 万 宇 李博雅 刘歌", "{b:?}");
    }

    #[test]
    fn short_line_style_joins_blank_after_full_sentence_end() {
        let full_end = "一二三四五六七八九十一二三四五。";
        let page = format!("{COL}\n{COL}\n结束了。\n{COL}\n{full_end}\n\n{COL}\n又结束。\n{COL}\n完。\n");
        let l = read(&page);
        assert_eq!(style(&l), Style::ShortLine);
        let b = join(&l);
        assert_eq!(b.len(), 3, "{b:?}");
    }

    #[test]
    fn short_line_style_a_sentence_ending_where_the_next_word_would_fit_ends_its_paragraph() {
        // One character short of the column: the next line's first character would have fitted,
        // so the paragraph ended there; a number that would not have fitted goes on.
        let short_by_one = "一二三四五六七八九十一二三四。";
        let page = format!("{COL}\n{short_by_one}\n{COL}\n完。\n{COL}\n{short_by_one}\n2022{}\n完。\n", &COL[6..]);
        let l = read(&page);
        assert_eq!(style(&l), Style::ShortLine);
        let b = join(&l);
        let texts: Vec<&str> = b.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(texts.len(), 3, "{texts:?}");
        assert!(texts[1].ends_with("完。") && texts[2].starts_with(COL) && texts[2].contains("四。2022"), "{texts:?}");
    }

    #[test]
    fn short_line_style_a_sentence_ending_where_the_next_word_would_fit_ends_its_paragraph_across_a_column_break() {
        // The same place with the column broken under it: the blank is no reason to go on.
        let short_by_one = "一二三四五六七八九十一二三四。";
        let page = format!("{COL}\n{COL}\n结束了。\n{COL}\n{short_by_one}\n\n掌握{}\n{COL}\n完。\n", &COL[6..]);
        let l = read(&page);
        assert_eq!(style(&l), Style::ShortLine);
        let texts = joined(&page);
        assert_eq!(texts.len(), 3, "{texts:?}");
        assert!(texts[1].ends_with("四。") && texts[2].starts_with("掌握"), "{texts:?}");
    }

    #[test]
    fn under_a_dash_line_alone_a_full_line_goes_on_across_a_blank_into_a_line_that_cannot_open_a_sentence() {
        // A line of prose ending on a dash stands alone over a paragraph whose first line the
        // column broke mid-phrase: no kicker's headline, which no 的 goes on from.
        let page = format!("{COL}\n{COL}\n结束了。\n\n有一个安排表达特殊情谊——\n\n璀璨的烟火照亮奔涌的江水，欢快\n\n的喷泉变换不同的色彩。{}\n{COL}\n完。\n", &COL[15..]);
        let texts = joined(&page);
        assert_eq!(texts.len(), 3, "{texts:?}");
        assert!(texts[2].starts_with("璀璨的烟火照亮奔涌的江水，欢快的喷泉"), "{texts:?}");
    }

    #[test]
    fn a_captions_rest_a_column_break_carried_goes_on_to_its_credit() {
        // A caption of prose whose column broke mid-name: the line alone after the blank ends on
        // the photographer's credit, not a sentence, and is the caption's rest.
        let col = "一二三四五六七八九十一二三四五六七八九十"; // 20 units
        let page = format!("{col}\n{col}\n结束了。\n\n12月7日，国家主席习近平在北京人民大会\n堂会见朝鲜劳动党中央政治局委员、外相李\n\n勇浩。新华社记者 姚大伟摄\n\n{col}\n又结束。\n");
        let texts = joined(&page);
        assert_eq!(texts.len(), 3, "{texts:?}");
        assert!(texts[1].ends_with("外相李勇浩。新华社记者 姚大伟摄"), "{texts:?}");
    }

    #[test]
    fn headline_lines_stay_apart_from_body() {
        let page = format!("我市召开小微企业\n党建推进现场交流会\n\n本报讯 {COL}\n{COL}\n完。\n");
        let b = join(&read(&page));
        assert_eq!(b.len(), 2);
        assert_eq!(b[0].n_lines(), 2);
    }

    #[test]
    fn latin_words_get_a_space() {
        let mut s = String::from("use the");
        glue(&mut s, "tool");
        assert_eq!(s, "use the tool");
        let mut s = String::from("学习强国");
        glue(&mut s, "APP");
        assert_eq!(s, "学习强国APP");
        let mut s = String::from("森林覆盖率提高到2");
        glue(&mut s, "5%以上");
        assert_eq!(s, "森林覆盖率提高到25%以上");
    }

    #[test]
    fn a_lone_line_past_its_column_is_a_headline_across_columns() {
        let head = "南方电网：绿色认证落地激活绿电消费潜能"; // 19 units, column 16
        let page = format!("{head}\n\n{COL}\n{COL}\n{COL}\n{COL}\n结束了。\n");
        let b = join(&read(&page));
        assert_eq!(b.len(), 2, "{b:?}");
        assert_eq!(b[0].text, head);
    }

    #[test]
    fn a_lead_formula_alone_on_its_line_goes_on() {
        let page = "本报东京、平壤7月3日电\n （记者刘军国、王莉、\n程维丹）日本政府宣布部\n分解除对朝制裁措施。\n";
        let b = join(&read(page));
        assert_eq!(b.len(), 1, "{b:?}");
        // So does one whose writers' bracket was wrapped whole onto a short line of its own, no
        // blank on the page (a bracket of one writer, or of two a comma apart).
        for writers in ["（记者李明）", "（记者李明、王芳）"] {
            let page = format!("各地持续推进农村公\n路建设，群众出行更\n加方便。\n本报北京7月4日电 \n {writers}\n中央气象台预计，4日至7\n日，台风残余环流将继\n续北上，影响多个省份。\n");
            let b = joined(&page);
            assert_eq!(b.len(), 2, "{b:?}");
            assert!(b[1].starts_with(&format!("本报北京7月4日电{writers}中央气象台预计")), "{b:?}");
        }
    }

    #[test]
    fn a_lead_formula_in_a_box_of_its_own_goes_on_with_the_first_line_its_box_shared() {
        // A PDF's text: the formula, the rest of the report's first line, the paragraph's rest,
        // each after a blank; and a prior paragraph to set the column (30 units).
        let col = COL.repeat(2);
        let col = &col[..col.char_indices().nth(30).unwrap().0];
        let page = format!("{col}\n{col}\n结束了。\n\n本报南平10月19日电\n\n（记者刘晓宇）10月18日，由中国社会\n\n{col}\n{col}\n举行。\n");
        let b = joined(&page);
        assert_eq!(b.len(), 2, "{b:?}");
        assert!(b[1].starts_with("本报南平10月19日电（记者刘晓宇）10月18日，由中国社会一二三"), "{b:?}");
        // A formula that ends on a colon announces a roundup's reports, each under its title.
        let page = format!("央视网消息（新闻联播）：\n\n十年来我国累计建设国家储备林\n\n{col}\n{col}\n结束了。\n");
        assert_eq!(joined(&page).len(), 3);
    }

    #[test]
    fn a_headline_does_not_go_on_into_a_wider_column() {
        let narrow = "一二三四五六七八九十一二三四"; // 14 units
        let wide = "一二三四五六七八九十一二三四五六七八九十"; // 20 units
        let page = format!(
            "{narrow}\n{narrow}\n{narrow}\n{narrow}\n结束了。\n\n温家宝会见中朝两个经济区开发\n合作联合指导委员会朝方代表团\n\n{wide}\n{wide}\n{wide}\n{wide}\n又结束。\n"
        );
        let b = join(&read(&page));
        assert_eq!(b.len(), 3, "{b:?}");
        assert_eq!(b[1].n_lines(), 2);
    }

    #[test]
    fn a_wide_title_after_a_sentence_ends_its_paragraph_without_a_blank() {
        // No blank line on the page; the sentence ends on a line that all but fills its column,
        // a headline and a subtitle set across columns follow, then a caption.
        let col = "一二三四五六七八九十一二"; // 12 units
        let wide = "一二三四五六七八九十一二三四五六七"; // 17 units
        let page = format!("{col}\n{col}\n{col}\n关系不断取得新的发展。\n朝鲜提议举行双方政府间对话（国际视点）\n中方希望各方珍惜来之不易的对话势头，推动形势早日好转\n早些时候，从工业园区返回的车\n辆抵达靠近分界线的海关检查站。\n新华社发\n{wide}\n{wide}\n又结束了。\n");
        let b = join(&read(&page));
        assert_eq!(b[0].n_lines(), 4, "{b:?}");
        assert_eq!(b[1].text, "朝鲜提议举行双方政府间对话（国际视点）");
    }

    #[test]
    fn an_indented_first_line_goes_on_after_a_column_break() {
        let page = format!("　　{COL}\n{COL}\n结束了。\n　　韩国在29日提议中未确定具\n\n{COL}\n{COL}\n又结束。\n　　{COL}\n完。\n");
        let l = read(&page);
        assert_eq!(style(&l), Style::Indent);
        let b = join(&l);
        assert_eq!(b.len(), 3, "{b:?}");
        assert!(b[1].text.starts_with("韩国在29日提议中未确定具一二三"));
    }

    #[test]
    fn short_line_style_ends_a_paragraph_two_characters_short() {
        let near = "一二三四五六七八九十一二三四。"; // 15 of 17 units, within the column's tolerance
        let col = "一二三四五六七八九十一二三四五六七";
        let page = format!("{col}\n{col}\n结束了。\n{col}\n{near}\n{col}\n又结束。\n{col}\n完。\n");
        let l = read(&page);
        assert_eq!(style(&l), Style::ShortLine);
        let b = join(&l);
        assert_eq!(b.len(), 4, "{b:?}");
    }

    #[test]
    fn where_only_short_lines_mark_paragraphs_a_lists_entries_of_a_line_each_are_paragraphs() {
        // (a list of one-line entries, each ending on a semicolon between lines that end on one,
        // or on the colon or stop before and after the list: their widths, close to each other,
        // make a column of their own, so none looks short)
        let col = "一二三四五六七八九十一二三四五六七";
        let list = "巴基斯坦总统扎尔达里；\n纳米比亚总统波汉巴；\n朝鲜最高领导人金正恩；\n越南国家主席张晋创。\n";
        let page = format!("{col}\n{col}\n结束了。\n{col}\n外国领导人致电表示祝贺，致贺的有：\n{list}{col}\n又结束。\n{col}\n完。\n");
        let l = read(&page);
        assert_eq!(style(&l), Style::ShortLine);
        let texts = joined(&page);
        assert_eq!(texts.len(), 8, "{texts:?}");
        assert!(texts[1].ends_with("致贺的有："), "{texts:?}");
        assert_eq!(texts[2..6], ["巴基斯坦总统扎尔达里；", "纳米比亚总统波汉巴；", "朝鲜最高领导人金正恩；", "越南国家主席张晋创。"], "{texts:?}");
        // (prose whose line ends on a semicolon by chance, between lines that end otherwise, goes on)
        let page = format!("{col}\n{col}\n结束了。\n{col}\n一二三四五六七八九十一二三四五六；\n{col}\n又结束。\n");
        assert_eq!(joined(&page).len(), 2, "{:?}", joined(&page));
    }

    #[test]
    fn a_title_wrapped_at_a_column_break_is_one_block() {
        let col = "一二三四五六七八九十一";
        let page = format!("{col}\n{col}\n结束了。\n\n落地多种应用场景，让\n\n历史可触可感\n\n{col}\n{col}\n又结束。\n\n简讯\n");
        let b = join(&read(&page));
        assert_eq!(b.len(), 4, "{b:?}");
        assert_eq!(b[1].text, "落地多种应用场景，让历史可触可感");
        // A line alone wider than the column is no such rest: a title of its own (a subtitle).
        let col = "一二三四五六七八九十一二三四五";
        let page = format!("{col}\n{col}\n结束了。\n\n谱写中朝友谊新篇，维护半岛和平稳定\n\n习近平总书记对朝鲜进行国事访问成果丰硕影响深远\n\n{col}\n{col}\n又结束。\n");
        let b = join(&read(&page));
        assert_eq!(b.len(), 4, "{b:?}");
        assert_eq!(b[1].text, "谱写中朝友谊新篇，维护半岛和平稳定");
    }

    #[test]
    fn an_open_bracket_and_a_stray_space_do_not_break_a_lead() {
        let page = "本报平壤6 月 20 日电 （\n记者杜尚泽、莽九晨）6 月\n 20 日，中共中央总书记、\n国家主席习近平出席了朝鲜\n劳动党委员长、国务委员会\n委员长金正恩在平壤木兰馆\n举行的欢迎宴会。\n";
        let b = join(&read(page));
        assert_eq!(b.len(), 1, "{b:?}");
    }

    #[test]
    fn a_headline_broken_at_its_space_stays_one_block() {
        let page = format!("韩美联合军演引发强烈反应\n 朝方敦促美放弃敌视政策\n\n　　{COL}\n{COL}\n结束了。\n　　{COL}\n又结束。\n　　{COL}\n完。\n");
        let l = read(&page);
        assert_eq!(style(&l), Style::Indent);
        let b = join(&l);
        assert_eq!(b[0].n_lines(), 2, "{b:?}");
    }

    #[test]
    fn a_title_stack_ending_full_by_chance_stops_at_the_blank() {
        let col = "一二三四五六七八九十一二";
        let page = format!("{col}\n{col}\n结束了。\n\n发展特色产业\n促进农民增收（奋进新征程\n建功新时代·我们的新时代）\n\n{col}\n{col}\n又结束。\n");
        let b = join(&read(&page));
        assert_eq!(b.len(), 3, "{b:?}");
        assert_eq!(b[1].n_lines(), 3);
    }

    #[test]
    fn a_word_cut_by_a_column_break_goes_on() {
        let col = "一二三四五六七八九十";
        let page = format!("{col}\n{col}\n鼓励消费者换新。\n\n绿色家电受到更多消费\n\n者青睐\n\n{col}\n{col}\n又结束。\n");
        let b = join(&read(&page));
        assert_eq!(b[1].text, "绿色家电受到更多消费者青睐", "{b:?}");
        // Without the word printed elsewhere on the page, the short line stands alone.
        let page = page.replace("消费者", "顾客");
        assert_eq!(join(&read(&page)).len(), 4);
        // A remnant of one character finishes a word of two the page prints elsewhere (强⏎⏎烈:
        // 强烈): no word of three to look for.
        let page = format!("{col}\n{col}\n各方反应强烈。\n\n韩日美对朝发射反应强\n\n烈\n\n{col}\n{col}\n又结束。\n");
        let b = join(&read(&page));
        assert_eq!(b[1].text, "韩日美对朝发射反应强烈", "{b:?}");
        let page = page.replace("反应强烈。", "反应激烈。");
        assert_eq!(join(&read(&page)).len(), 4);
    }

    #[test]
    fn on_indent_pages_a_headline_stack_after_a_full_sentence_end_is_no_column_break() {
        let col = "一二三四五六七八九十一二三四五六七八九";
        let end = "一二三四五六七八九十一二三四五六七八。";
        let page = format!("　　{col}\n{col}\n结束了。\n　　{col}\n{end}\n\n结束对朝鲜民主主义人民共和国国事访问\n习近平回到北京\n\n　　{col}\n{col}\n又结束。\n　　{col}\n完。\n");
        let l = read(&page);
        assert_eq!(style(&l), Style::Indent);
        let b = join(&l);
        assert_eq!(b[2].text, "结束对朝鲜民主主义人民共和国国事访问习近平回到北京", "{b:?}");
        // Prose after the blank is the paragraph going on in the next column.
        let page = page.replace("结束对朝鲜民主主义人民共和国国事访问\n习近平回到北京", "他说，双方要继续推动半岛形势积极发展，\n实现和平。");
        assert_eq!(join(&read(&page)).len(), 4);
    }

    #[test]
    fn on_short_line_pages_a_dash_kicker_after_a_full_sentence_end_is_no_column_break() {
        // A report's last line fills its column; its headline group follows across a blank,
        // the kicker short and ending on its dash, the headline with a clause mark (、).
        let col = "一二三四五六七八九十一";
        let page = format!("{col}\n{col}\n一二三四五。\n{col}\n核化进程。”陆慷说。\n\n外交部发言人——\n希望朝美双方珍惜积极进展、互释善意\n\n{col}\n{col}\n又结束。\n");
        let l = read(&page);
        assert_eq!(style(&l), Style::ShortLine);
        let texts = joined(&page);
        assert!(texts.iter().any(|t| t.starts_with("外交部发言人——")), "{texts:?}");
        assert!(texts.iter().any(|t| t.ends_with("陆慷说。")), "{texts:?}");
    }

    #[test]
    fn on_a_page_with_no_blank_line_a_closing_note_is_a_block_of_its_own() {
        // The commentary's last line fills its column, its author's note too, and the next
        // report's headline follows straight under it.
        let col = "一二三四五六七八九十一二三四五六七八九";
        let page = format!("{col}\n{col}\n就一定能谱写新时代乡村全面振兴新篇章。\n（作者为华北电力大学马克思主义学院教授）\n金正恩观看韩国\n艺术团在平壤演出\n本报平壤4月2日电 （记者莽九晨）据朝中\n{col}\n完。\n");
        let texts = joined(&page);
        assert!(texts.contains(&"（作者为华北电力大学马克思主义学院教授）".to_string()), "{texts:?}");
        assert!(texts.contains(&"金正恩观看韩国艺术团在平壤演出".to_string()), "{texts:?}");
    }

    #[test]
    fn a_source_note_closes_its_block() {
        let b = join(&read("数据来源：广东电网有限责任公司\n南方电网：绿色认证落地\n"));
        assert_eq!(b.len(), 2, "{b:?}");
    }

    #[test]
    fn a_paragraph_s_first_line_cut_mid_word_by_a_column_break_goes_on() {
        let col = "一二三四五六七八九十";
        let page = format!("{col}\n{col}\n金正日的逝世令人悲痛。\n\n虽然金正日总书记的逝\n\n世使人悲痛，但是人们\n{col}\n又结束。\n");
        let b = join(&read(&page));
        assert_eq!(b.len(), 2, "{b:?}");
    }

    #[test]
    fn a_paragraph_s_first_line_alone_before_a_column_break_goes_on_into_its_last_words() {
        // A paragraph of two lines, its first alone on the column's last line, its second (the
        // sentence's end) after the break; the page prints 朝鲜发射 elsewhere.
        let col = "一二三四五六七八九十一二三四五六";
        let page = format!("{col}\n朝鲜发射卫星引发关注。\n\n联合国安理会于纽约时间上午就朝鲜\n\n发射火箭一事举行了紧急闭门磋商。\n\n{col}\n又结束。\n");
        let texts = joined(&page);
        assert_eq!(texts.len(), 3, "{texts:?}");
        assert_eq!(texts[1], "联合国安理会于纽约时间上午就朝鲜发射火箭一事举行了紧急闭门磋商。");
        // (where the page prints the words across the break nowhere, the line stays a title)
        let page = page.replace("朝鲜发射卫星", "朝鲜卫星");
        assert_eq!(joined(&page).len(), 4);
    }

    #[test]
    fn a_bracketed_note_goes_on_until_its_bracket_closes() {
        let page = "必将谱写更加绚丽的篇章。\n\n（新华社北京10月19日电\n\n记者赵超、安蓓、谢希瑶、\n\n王雨萧）\n\n第 14 页\n";
        let b = join(&read(page));
        assert_eq!(b[1].text, "（新华社北京10月19日电记者赵超、安蓓、谢希瑶、王雨萧）", "{b:?}");
    }

    #[test]
    fn a_title_stack_closed_by_a_rubric_stops_at_the_blank() {
        let col = "一二三四五六七八九十一二三四五六";
        let page = format!("{col}\n{col}\n结束了。\n\n好典型示范带来好风气（奋斗百年路\n启航新征程·党旗在基层一线高高飘扬）\n\n{col}\n{col}\n又结束。\n");
        let b = join(&read(&page));
        assert_eq!(b.len(), 3, "{b:?}");
    }

    #[test]
    fn a_headline_that_lists_with_an_enumeration_comma_is_still_a_stack() {
        let col = "一二三四五六七八九十一二三四五";
        let page = format!("{col}\n{col}\n举行午宴。\n\n习近平会见朝鲜劳动党\n委员长、国务委员会委员长金正恩\n\n办好基层赛事活动，要让赛事门\n{col}\n{col}\n又结束。\n");
        let b = join(&read(&page));
        assert_eq!(b[1].text, "习近平会见朝鲜劳动党委员长、国务委员会委员长金正恩", "{b:?}");
    }

    #[test]
    fn a_closing_bracket_wrapped_to_a_line_of_its_own_closes_the_title_above() {
        let page = "第 12 页\n\n守好群众身边的绿色家园（金台视线\n）\n本报记者 张三\n\n清晨，社区的小公园里已有不少居民在散步，大家说起这几年的变化都很满意。\n";
        let b = join(&read(page));
        assert!(b.iter().any(|x| x.text == "守好群众身边的绿色家园（金台视线）"), "{b:?}");
    }

    #[test]
    fn a_closing_quote_wrapped_to_a_line_of_its_own_ends_its_paragraph() {
        let page = "他说：“大家一起把这件事做好，真\n的很不容易。\n”\n\n第二天一早，村里的广场上又热闹起来，\n人们说起这件事都很高兴。\n";
        let b = join(&read(page));
        assert_eq!(b[0].text, "他说：“大家一起把这件事做好，真的很不容易。”", "{b:?}");
    }

    #[test]
    fn a_title_closed_by_its_rubric_stops_before_a_writer_s_name() {
        let page = "（作者单位：某某大学）\n\n让乡村教育的底色更加鲜亮（专\n题深思）\n周卫东\n\n乡村教育是教育强国建设的重要一环。\n";
        let b = join(&read(page));
        assert_eq!(b[1].text, "让乡村教育的底色更加鲜亮（专题深思）", "{b:?}");
        assert_eq!(b[2].text, "周卫东", "{b:?}");
    }

    #[test]
    fn a_line_that_closes_the_bracket_the_line_above_left_open_goes_on_from_it() {
        // (an archive's page, form feeds and all, whose short lines around set a short column)
        let page = "\n\u{c}本版责编：王五\n\n赵\n\n《人民日报》（2025年10月20日 第 17 版）\n\n版式设计：李小四\n\n第 197 页\n\n钱\n\n\u{c}一片茶叶富了一方乡亲（深度观察·写好乡\n村振兴“大文章”）\n本报记者\n\n周卫东\n\n《人民日报》（2025年10月20日 第 18 版）\n\n绿色发展是高质量发展的底色。发展绿色产业是践行新发展理念、\n建设美丽乡村的必然要求。\n作为远近闻名的白茶之乡，这个县位于首批国家级生态产业示范区\n内。在绿色发展理念引领下，这里的合作社加快产品和服务创新步伐，\n加大对生态保护、绿色产业的支持力度，让产业持续滋养绿水青山。\n一片小小的茶叶，带活一方经济，富了一方百姓，正是我国乡村绿\n色发展的生动写照。\n";
        let b = join(&read(page));
        assert!(b.iter().any(|x| x.text.ends_with("（深度观察·写好乡村振兴“大文章”）")), "{b:?}");
    }

    #[test]
    fn on_a_page_with_no_blank_line_a_title_two_units_past_its_column_ending_on_a_quote_ends_before_the_text() {
        // (a column of ten; the headline twelve units wide, its last mark a closing quote that
        // hangs a unit at most in running text)
        let page = "今年以来，各地积极推\n进乡村文化建设，群众\n的文化生活日益丰富。\n多地开展“文化进村”活动助力乡村振兴\n田间地头唱响文艺“新歌”\n村里的文化广场上，一\n场文艺演出正在进行，\n台下坐满了观众。\n";
        let b = joined(page);
        assert!(b.iter().any(|t| t.ends_with("田间地头唱响文艺“新歌”")), "{b:?}");
        assert_eq!(b.last().map(String::as_str), Some("村里的文化广场上，一场文艺演出正在进行，台下坐满了观众。"), "{b:?}");
    }

    #[test]
    fn a_caption_set_wider_than_the_column_goes_on_across_a_column_break_into_its_credit() {
        // (a column of 12; the caption's lines 14 units wide, its credit's word wrapped)
        let page = "发展经济、改善民生，需要\n和平稳定的外部环境。朝鲜\n愿继续为改善北南关系、维\n护半岛局势稳定作出努力，\n希望有关各方共同努力。\n\n当天下午，刘云山还与朝党\n中央政治局委员、中央书记\n崔龙海举行了会谈。\n\n全国政协副主席、中联部部\n长王家瑞参加上述活动。\n\n10月9日，中共中央政治局常委、\n中央书记处书记刘云山在平壤百\n\n花园迎宾馆会见朝鲜劳动党第一\n书记金正恩。新华社记者 李 涛\n摄\n\n此次中国艺术团应邀赴朝交\n流，恰逢习近平总书记和金\n正恩委员长在北京进行历史\n性会晤后不久，这是落实两\n党最高领导人北京会晤所达\n成共识的一次重要的文化艺\n术交流活动\n\n";
        let b = joined(page);
        assert!(b.iter().any(|t| t == "10月9日，中共中央政治局常委、中央书记处书记刘云山在平壤百花园迎宾馆会见朝鲜劳动党第一书记金正恩。新华社记者 李 涛摄"), "{b:?}");
    }

    #[test]
    fn a_short_line_ending_on_a_dash_after_a_full_sentence_s_end_opens_a_block() {
        // (no blank on the page: an intertitle in two parts, the first ending on its dash)
        let page = "各地持续推进农村公路建设，群众出行\n更加方便，产业发展也有了新的起色。\n山区，通车——\n致富道路越走越宽\n村民们说，路修好了以后出行方便多了，\n农产品也卖得更远。\n";
        let b = joined(page);
        assert_eq!(b, ["各地持续推进农村公路建设，群众出行更加方便，产业发展也有了新的起色。", "山区，通车——", "致富道路越走越宽", "村民们说，路修好了以后出行方便多了，农产品也卖得更远。"], "{b:?}");
    }

    #[test]
    fn title_lines_between_a_sentence_s_end_and_a_report_s_head_end_the_paragraph_before() {
        // (no blank on the page; each title's first line as full as the column, 17 units)
        let body = "各地持续推进农村公路建设，群众出行\n更加方便，产业发展也有了新的起色。\n";
        // over a lead formula, a clause mark in the title
        let b = joined(&format!("{body}交通运输部、农业农村部联合部署推进\n农村公路高质量发展\n本报北京3月5日电（记者孙亮）交通运\n输部近日召开会议，部署相关工作。\n"));
        assert_eq!(b[0], "各地持续推进农村公路建设，群众出行更加方便，产业发展也有了新的起色。", "{b:?}");
        assert_eq!(b[1], "交通运输部、农业农村部联合部署推进农村公路高质量发展", "{b:?}");
        // closing on its column's rubric over the report's first line
        let b = joined(&format!("{body}山区群众走上致富路（一线调研）\n新建改建道路一千多公里，方便了沿线\n群众的日常出行。\n"));
        assert_eq!(b[1], "山区群众走上致富路（一线调研）", "{b:?}");
        // over the report's opening sentence on a time
        let b = joined(&format!("{body}交通运输部、农业农村部联合部署推进\n3月5日，交通运输部召开会议，部署\n相关工作。\n"));
        assert_eq!(b[1], "交通运输部、农业农村部联合部署推进", "{b:?}");
        // (a time told by its clock, 当地时间…, is such an opening too)
        let b = joined(&format!("{body}两国外长举行会谈 发表联合声明\n当地时间3月5日，两国外长在首都举行\n会谈，并发表联合声明。\n"));
        assert_eq!(b[1], "两国外长举行会谈 发表联合声明", "{b:?}");
        // (the report's opening line may look like a title's line: the head is asked first)
        // (a report in a narrower column, 10 units, under a title of two lines)
        let b = joined(&format!("{body}用“全周期管理”一体推\n进基层治理（一线调研）\n近日，记者在多地采访\n看到，新修的公路平坦\n宽阔，运输车辆往来不\n断，村民们忙着把农产\n品运往县城。\n"));
        assert_eq!(b[1], "用“全周期管理”一体推进基层治理（一线调研）", "{b:?}");
        // Running text with a bracket at a line's end and more than one clause mark goes on.
        let b = joined(&format!("{body}明确各乡镇（街道）全面推进农\n村公路养护责任，明确各村委会\n管护责任，明确各乡镇（街道）\n干部的具体责任。\n"));
        assert_eq!(b.len(), 1, "{b:?}");
        // So does a line that holds a full stop: a title holds none.
        let b = joined(&format!("{body}会议议程安排紧凑。代表们在\n上午听取了各项工作报告\n3月5日，大会举行第二次全体会议。\n"));
        assert!(b[0].ends_with("新的起色。会议议程安排紧凑。代表们在上午听取了各项工作报告"), "{b:?}");
        // (a headline and its deck set across columns on one line, twice the column's width, with
        // more clause marks, over the byline)
        let b = joined(&format!("{body}农村公路建设提速 各地今年新建改建道路，方便群众出行，带动产业快速发展\n本报驻韩国记者 孙 亮 本报驻朝鲜记者 王 芳\n交通运输部近日召开会议，部署相关工\n作。\n"));
        assert_eq!(b[1], "农村公路建设提速 各地今年新建改建道路，方便群众出行，带动产业快速发展", "{b:?}");
        // Running text stops on a clause mark or holds more than one: it goes on.
        let b = joined(&format!("{body}据了解，当地还将新建、改建道路，\n3月5日，交通运输部召开会议，部署\n相关工作。\n"));
        assert_eq!(b.len(), 1, "{b:?}");
    }

    #[test]
    fn a_note_in_brackets_of_two_lines_after_a_sentence_s_end_is_a_paragraph_of_its_own() {
        // (no blank on the page; the note's last line as full as the column, the title under it)
        let page = "各地持续推进农村公路建设，群众出行\n更加方便，产业发展也有了新的起色。\n（参与采写记者张明、李华、王芳、周\n强、赵刚、刘洋、陈静、孙亮、周涛）\n新建铁路今日通车运营\n本报北京3月5日电（记者孙亮）新建铁\n路今日正式通车运营，沿线群众出行时\n间大为缩短。\n";
        let b = joined(page);
        assert_eq!(b[0], "各地持续推进农村公路建设，群众出行更加方便，产业发展也有了新的起色。", "{b:?}");
        assert_eq!(b[1], "（参与采写记者张明、李华、王芳、周强、赵刚、刘洋、陈静、孙亮、周涛）", "{b:?}");
        assert_eq!(b[2], "新建铁路今日通车运营", "{b:?}");
        // A bracket closed inside the first line makes no note: （一）… goes on.
        let b = joined("各地持续推进农村公路建设，群众出行\n更加方便，产业发展也有了新的起色。\n（一）各地继续推进农村公路建设，群\n众出行更加方便（见下图）\n");
        assert_eq!(b.len(), 1, "{b:?}");
    }

    #[test]
    fn where_no_blank_marks_paragraphs_prose_ending_on_a_colon_ends_its_paragraph() {
        // A short line: the letter it opens stands under it, name lines and all.
        let page = format!("{COL}\n{COL}\n结束了。\n{COL}\n她说，信中写：\n北京\n李华同学：\n{COL}\n{COL}\n盼你早日回来。\n新的一段。\n");
        let b = joined(&page);
        assert!(b[1].ends_with("她说，信中写：") && b[2].starts_with("北京"), "{b:?}");
        // A full line that announces the text under it.
        let page = format!("{COL}\n{COL}\n结束了。\n{COL}\n代办转达了唁电。唁电全文如下：\n平壤\n某某委员会：\n{COL}\n{COL}\n盼你早日回来。\n新的一段。\n");
        let b = joined(&page);
        assert!(b[1].ends_with("全文如下：") && b[2].starts_with("平壤"), "{b:?}");
        // Where blank lines mark paragraphs, lines under the colon with no blank between are its
        // paragraph's.
        let b = joined(&format!("{COL}\n她说，信中写：\n北京的春天来了。\n\n又一段话到此结束了。\n"));
        assert!(b[0].ends_with("信中写：北京的春天来了。"), "{b:?}");
    }
}
