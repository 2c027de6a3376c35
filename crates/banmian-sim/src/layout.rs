//! Lay articles out as a flattened newspaper page: typeset each into a column of 10–20
//! full-width units (Latin letters and digits count half; no line starts with ，。、；：？！）」』”),
//! put its headline group before, after or away from the body, mark paragraphs one of three
//! ways, break columns with or without a blank line, add furniture and extraction noise, and
//! write the gold answer beside the text.
use banmian::formulas::{char_width, is_no_line_start, width};
use serde_json::{json, Value};

use crate::article::{collapse, Article};
use crate::rng::Rng;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HeadPos {
    Before,
    After,
    /// After the body, and sometimes only after the next item.
    Away,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Paras {
    Blank,
    Indent,
    Short,
    /// Indented paragraphs whose indents the extraction dropped, as a PDF's text often has them:
    /// a paragraph's first line comes two units short of its column, nothing before it.
    LostIndent,
}

/// The benchmark row, or the part of a mix, that lays pages out from the traditional-script
/// articles.
pub const TRADITIONAL: &str = "traditional";

/// A column so wide that nothing wraps: each paragraph, headline and caption is one line, as
/// text taken from a web page or reflowed comes.
pub const UNWRAPPED: u32 = 1_000_000;

/// One way of laying out pages. Every field is a choice the benchmark varies.
#[derive(Debug, Clone)]
pub struct Layout {
    pub name: String,
    pub head: HeadPos,
    pub paras: Paras,
    /// Column breaks leave a blank line.
    pub break_blank: bool,
    /// Column widths, full-width units.
    pub width: (u32, u32),
    /// Page header, footer, 责编 lines and stray characters.
    pub furniture: bool,
    /// ASCII punctuation, spaced dates, trailing spaces.
    pub noise: bool,
    /// Two items' columns interleaved.
    pub interleave: bool,
    /// Print subtitles with a leading ——.
    pub dash_subtitles: bool,
    /// Each page draws its own head position, paragraph marking, column width and column
    /// breaks ([`Layout::draw`]): the mixed set of issue 2.
    pub mixed: bool,
    /// Blank lines are printed at all (text extracted without them has none anywhere).
    pub blanks: bool,
    /// Headline group lines wider than the column are wrapped at its width, as a head set in one
    /// column is (its lines as full as the body's).
    pub wrap_heads: bool,
}

impl Layout {
    pub fn base(name: &str) -> Layout {
        Layout {
            name: name.into(),
            head: HeadPos::Before,
            paras: Paras::Blank,
            break_blank: true,
            width: (10, 20),
            furniture: false,
            noise: false,
            interleave: false,
            dash_subtitles: true,
            mixed: false,
            blanks: true,
            wrap_heads: false,
        }
    }

    /// The concrete layout of one page: for a mixed layout, headlines before or after their
    /// bodies, paragraphs marked by blank lines, indents or short lines, narrow, medium or wide
    /// columns, column breaks with or without a blank, each drawn at random; otherwise itself.
    pub fn draw(&self, rng: &mut Rng) -> Layout {
        if !self.mixed {
            return self.clone();
        }
        Layout {
            name: self.name.clone(),
            head: if rng.chance(0.5) { HeadPos::Before } else { HeadPos::After },
            paras: [Paras::Blank, Paras::Indent, Paras::Short][rng.below(3)],
            break_blank: rng.chance(0.5),
            width: [(10, 13), (10, 20), (17, 20)][rng.below(3)],
            mixed: false,
            ..self.clone()
        }
    }

    /// The named variations of the benchmark.
    pub fn variations() -> Vec<Layout> {
        let mut v = Vec::new();
        v.push(Layout::base("before"));
        v.push(Layout { head: HeadPos::After, ..Layout::base("after") });
        v.push(Layout { head: HeadPos::Away, ..Layout::base("away") });
        v.push(Layout { paras: Paras::Indent, ..Layout::base("indent") });
        v.push(Layout { paras: Paras::Short, ..Layout::base("short-lines") });
        v.push(Layout { break_blank: false, ..Layout::base("breaks-no-blank") });
        v.push(Layout { width: (10, 13), ..Layout::base("narrow") });
        v.push(Layout { width: (17, 20), head: HeadPos::After, ..Layout::base("wide-after") });
        v.push(Layout { dash_subtitles: false, ..Layout::base("plain-subtitles") });
        v.push(Layout { furniture: true, ..Layout::base("furniture") });
        v.push(Layout { noise: true, ..Layout::base("noise") });
        v.push(Layout { interleave: true, ..Layout::base("interleaved") });
        v.push(Layout { mixed: true, ..Layout::base("mixed") });
        v.push(Layout { blanks: false, paras: Paras::Short, ..Layout::base("no-blanks") });
        v.push(Layout { width: (UNWRAPPED, UNWRAPPED), ..Layout::base("unwrapped") });
        v.push(Layout { wrap_heads: true, ..Layout::base("wrapped-heads") });
        v.push(Layout { paras: Paras::LostIndent, ..Layout::base("lost-indents") });
        v
    }

    /// A variation by its name, or several mixed by their names joined with `+`
    /// (`after+noise+furniture`: each part sets what it changes from the base; where two parts
    /// set the same choice, the later wins).
    pub fn by_name(name: &str) -> Option<Layout> {
        let mut parts = name.split('+').map(|part| Self::variations().into_iter().find(|l| l.name == part));
        let first = parts.next()??;
        parts.try_fold(Layout { name: name.into(), ..first }, |l, part| Some(l.with(&part?)))
    }

    /// A benchmark row by name: a variation or a mix of them ([`Layout::by_name`]), where the part
    /// [`TRADITIONAL`] lays the pages out from the traditional-script articles instead of setting
    /// a choice (`traditional` alone: the base layout; `traditional+noise`).
    pub fn bench_row(name: &str) -> Option<Layout> {
        let layouts: Vec<&str> = name.split('+').filter(|p| *p != TRADITIONAL).collect();
        let mut l = if layouts.is_empty() { Layout::base(name) } else { Layout::by_name(&layouts.join("+"))? };
        l.name = name.into();
        Some(l)
    }

    /// The row is laid out from the traditional-script articles ([`Layout::bench_row`]).
    pub fn traditional(&self) -> bool {
        self.name.split('+').any(|p| p == TRADITIONAL)
    }

    /// This layout with the choices `other` makes that differ from the base's.
    fn with(mut self, other: &Layout) -> Layout {
        let base = Layout::base("");
        if other.head != base.head {
            self.head = other.head;
        }
        if other.paras != base.paras {
            self.paras = other.paras;
        }
        if other.width != base.width {
            self.width = other.width;
        }
        self.break_blank &= other.break_blank;
        self.furniture |= other.furniture;
        self.noise |= other.noise;
        self.interleave |= other.interleave;
        self.dash_subtitles &= other.dash_subtitles;
        self.mixed |= other.mixed;
        self.blanks &= other.blanks;
        self.wrap_heads |= other.wrap_heads;
        self
    }
}

/// Lines of one item, and where its head and body lines are.
struct Set {
    head: Vec<String>,
    body: Vec<String>,
}

/// Break `text` into lines of at most `width` units; punctuation that may not start a line hangs
/// on the line before; runs of ASCII letters and digits, a dash (——) and an ellipsis (……) are not
/// split.
pub fn typeset(text: &str, width: f32, first_indent: bool) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    let mut lines = Vec::new();
    let mut cur = String::new();
    let mut w = 0.0;
    let mut limit = if first_indent { width - 2.0 } else { width };
    let mut i = 0;
    while i < chars.len() {
        // token: an ASCII alnum run, a dash or an ellipsis (two characters no line splits), or
        // one character
        let mut j = i + 1;
        if matches!(chars[i], '—' | '…') && chars.get(i + 1) == Some(&chars[i]) {
            j = i + 2;
        } else if chars[i].is_ascii_alphanumeric() {
            while j < chars.len() && chars[j].is_ascii_alphanumeric() && (j - i) < 12 {
                j += 1;
            }
        }
        let tw: f32 = chars[i..j].iter().map(|&c| char_width(c)).sum();
        if w + tw > limit && !cur.is_empty() && !is_no_line_start(chars[i]) {
            lines.push(std::mem::take(&mut cur));
            w = 0.0;
            limit = width;
        }
        cur.extend(&chars[i..j]);
        w += tw;
        i = j;
    }
    if !cur.is_empty() {
        lines.push(cur);
    }
    if first_indent {
        if let Some(f) = lines.first_mut() {
            f.insert_str(0, "　　");
        }
    }
    lines
}

fn spaced_dates(s: &str) -> String {
    // 7月4日 → 7 月 4 日
    let mut out = String::with_capacity(s.len() + 8);
    let cs: Vec<char> = s.chars().collect();
    for (i, &c) in cs.iter().enumerate() {
        let prev_digit = i > 0 && cs[i - 1].is_ascii_digit();
        let next_digit = cs.get(i + 1).is_some_and(char::is_ascii_digit);
        if (c == '月' || c == '日') && prev_digit {
            out.push(' ');
            out.push(c);
            if next_digit {
                out.push(' ');
            }
        } else {
            out.push(c);
        }
    }
    out
}

fn ascii_commas(s: &str, rng: &mut Rng) -> String {
    s.chars().map(|c| if c == '，' && rng.chance(0.15) { ',' } else { c }).collect()
}

const SECTIONS: &[&str] = &["要闻", "部门动态", "国际观察", "经济视点", "社会民生", "文化", "记者问答", "简讯"];
const HEADER_NAMES: &[&str] = &["要闻", "综合新闻", "国内新闻", "地方新闻"];

/// Lay out one page. Returns the page text and its gold answer.
pub fn page(name: &str, arts: &[Article], l: &Layout, rng: &mut Rng) -> (String, Value) {
    let mut arts: Vec<Article> = arts.to_vec();
    if l.noise {
        for a in arts.iter_mut() {
            for b in a.blocks.iter_mut() {
                b.1 = ascii_commas(&spaced_dates(&b.1), rng);
            }
        }
    }
    let base_w = rng.range(l.width.0, l.width.1) as f32;
    let mut sets = Vec::new();
    for a in arts.iter_mut() {
        if !l.dash_subtitles {
            if let Some(s) = a.subtitle.as_mut() {
                *s = s.trim_start_matches('—').trim_start_matches('-').to_string();
            }
        } else if let Some(s) = a.subtitle.as_mut() {
            if !s.starts_with("——") {
                s.insert_str(0, "——");
            }
        }
        if a.section.is_none() && rng.chance(0.15) {
            a.section = Some(SECTIONS[rng.below(SECTIONS.len())].to_string());
        }
        let w = if rng.chance(0.3) { rng.range(l.width.0, l.width.1) as f32 } else { base_w };
        sets.push(set_item(a, w, l, rng));
    }
    let mut out: Vec<String> = Vec::new();
    if l.furniture {
        out.push(format!("2022年7月{}日 星期二", rng.range(1, 28)));
        out.push(String::new());
        out.push(format!("第{}版 {}", rng.range(1, 20), HEADER_NAMES[rng.below(HEADER_NAMES.len())]));
        out.push(String::new());
    }
    let col_h = rng.range(14, 40) as usize;
    let emit_body = |out: &mut Vec<String>, body: &[String], rng: &mut Rng, furniture: bool| {
        let start = rng.below(col_h.max(1));
        for (i, line) in body.iter().enumerate() {
            if i > 0 && (i + start).is_multiple_of(col_h) {
                if l.break_blank || line.is_empty() {
                    out.push(String::new());
                }
                if furniture && rng.chance(0.2) {
                    out.push("■".into());
                    out.push(String::new());
                }
            }
            out.push(line.clone());
        }
        out.push(String::new());
    };
    let emit_head = |out: &mut Vec<String>, head: &[String]| {
        for h in head {
            out.push(h.clone());
        }
    };
    let n = sets.len();
    let mut delayed: Option<usize> = None;
    let mut i = 0;
    while i < n {
        if l.interleave && i + 1 < n && i == 0 {
            // Two items read straight across the page: A's column, B's column, A's next…
            let (a, b) = (&sets[i], &sets[i + 1]);
            emit_head(&mut out, &a.head);
            emit_head(&mut out, &b.head);
            let h = rng.range(8, 16) as usize;
            let (mut pa, mut pb) = (0, 0);
            while pa < a.body.len() || pb < b.body.len() {
                for (set, p) in [(a, &mut pa), (b, &mut pb)] {
                    if *p < set.body.len() {
                        let end = (*p + h).min(set.body.len());
                        out.extend(set.body[*p..end].iter().cloned());
                        out.push(String::new());
                        *p = end;
                    }
                }
            }
            i += 2;
            continue;
        }
        let s = &sets[i];
        match l.head {
            HeadPos::Before => {
                emit_head(&mut out, &s.head);
                emit_body(&mut out, &s.body, rng, l.furniture);
            }
            HeadPos::After => {
                emit_body(&mut out, &s.body, rng, l.furniture);
                emit_head(&mut out, &s.head);
            }
            HeadPos::Away => {
                emit_body(&mut out, &s.body, rng, l.furniture);
                if delayed.is_none() && i + 1 < n && rng.chance(0.4) {
                    delayed = Some(i);
                } else {
                    emit_head(&mut out, &s.head);
                    if let Some(d) = delayed.take() {
                        emit_head(&mut out, &sets[d].head);
                    }
                }
            }
        }
        i += 1;
    }
    if let Some(d) = delayed {
        emit_head(&mut out, &sets[d].head);
    }
    if l.furniture {
        out.push(format!("责编：{}  版式：{}", ["张  琳", "王晓明", "李  强"][rng.below(3)], ["赵  敏", "陈小红"][rng.below(2)]));
    }
    if l.noise {
        for line in out.iter_mut() {
            if !line.is_empty() && rng.chance(0.1) {
                line.push(' ');
            }
        }
    }
    // collapse repeated blank lines
    let mut text = String::new();
    let mut blank = true;
    for line in &out {
        if line.trim().is_empty() {
            if !blank && l.blanks {
                text.push('\n');
            }
            blank = true;
        } else {
            text.push_str(line);
            text.push('\n');
            blank = false;
        }
    }
    let gold = json!({
        "page": name,
        "layout": l.name,
        "articles": arts.iter().enumerate().map(|(i, a)| a.gold(i)).collect::<Vec<_>>(),
    });
    (text, gold)
}

/// Typeset one item: its headline group lines (with blanks) and its body lines.
fn set_item(a: &Article, w: f32, l: &Layout, rng: &mut Rng) -> Set {
    let mut head = Vec::new();
    let section_first = l.head == HeadPos::Before;
    let push = |head: &mut Vec<String>, lines: Vec<String>| {
        for line in lines {
            if l.wrap_heads && width(&line) > w {
                head.extend(typeset(&line, w, false));
            } else {
                head.push(line);
            }
        }
        head.push(String::new());
    };
    if section_first {
        if let Some(s) = &a.section {
            push(&mut head, vec![s.clone()]);
        }
    }
    if let Some(k) = &a.kicker {
        push(&mut head, vec![k.clone()]);
    }
    if let Some(h) = &a.headline {
        let chars: Vec<char> = h.chars().collect();
        let lines = if h.contains(' ') && rng.chance(0.6) {
            h.split(' ').map(str::to_string).collect()
        } else if chars.len() >= 12 && rng.chance(0.5) {
            // (punctuation that may not start a line stays on the first)
            let mid = (chars.len() / 2..chars.len()).find(|&m| !is_no_line_start(chars[m])).unwrap_or(chars.len() / 2);
            vec![chars[..mid].iter().collect(), chars[mid..].iter().collect()]
        } else {
            vec![h.clone()]
        };
        push(&mut head, lines);
    }
    if let Some(s) = &a.subtitle {
        push(&mut head, vec![s.clone()]);
    }
    if let Some((b, _)) = &a.byline {
        push(&mut head, vec![b.clone()]);
    }
    if !section_first {
        if let Some(s) = &a.section {
            push(&mut head, vec![s.clone()]);
        }
    }
    let mut body = Vec::new();
    let n = a.blocks.len();
    for (k, (role, text)) in a.blocks.iter().enumerate() {
        let indent = matches!(l.paras, Paras::Indent | Paras::LostIndent) && role != "h";
        let mut lines = typeset(text, w, indent);
        if l.paras == Paras::LostIndent {
            if let Some(first) = lines.first_mut().filter(|_| indent) {
                *first = first.trim_start_matches('\u{3000}').to_string();
            }
        }
        if role == "h" && lines.len() == 1 {
            lines = vec![text.clone()];
        }
        body.extend(lines);
        if l.paras == Paras::Blank || role == "h" || a.blocks.get(k + 1).is_some_and(|b| b.0 == "h") || k + 1 == n {
            body.push(String::new());
        }
    }
    if let Some((printed, _)) = &a.closing {
        body.push(String::new());
        body.push(printed.clone());
        body.push(String::new());
    }
    for (_, _, printed) in &a.captions {
        body.push(String::new());
        body.extend(typeset(printed, w.max(14.0), false));
        body.push(String::new());
    }
    // Mark blank lines inside the body as empty strings; the page writer collapses repeats.
    let _ = collapse;
    Set { head, body }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unwrapped_pages_print_a_paragraph_a_line() {
        let para = "形成前后衔接、左右联动、上下配套、系统集成的反腐倡廉法规制度体系，为系统施治、标本兼治提供了坚强制度支撑。";
        let a = Article { headline: Some("扎紧防治腐败的制度笼子".into()), blocks: vec![("p".into(), para.into()), ("p".into(), para.into())], ..Article::default() };
        let l = Layout::by_name("unwrapped").unwrap();
        let (text, _) = page("p", &[a], &l, &mut Rng::new(1));
        assert_eq!(text.lines().filter(|t| *t == para).count(), 2, "{text}");
    }

    #[test]
    fn no_line_splits_a_dash_or_an_ellipsis() {
        // Each pair falls where the column's edge would cut it, at every width that could.
        for text in ["一二三四五六七八九——十一二三", "一二三四五六七八九……十一二三"] {
            for width in 8..14 {
                let lines = typeset(text, width as f32, false);
                assert_eq!(lines.concat(), text);
                assert!(lines.iter().all(|l| l.chars().filter(|c| matches!(c, '—' | '…')).count() % 2 == 0), "{width}: {lines:?}");
            }
        }
    }

    #[test]
    fn a_headline_halved_keeps_its_comma_on_the_first_line() {
        let a = Article { headline: Some("谱写中朝友谊新篇，维护半岛和平稳定".into()), ..Article::default() };
        let l = Layout::by_name("before").unwrap();
        let mut halved = 0;
        for seed in 0..40 {
            let set = set_item(&a, 15.0, &l, &mut Rng::new(seed));
            let lines: Vec<&String> = set.head.iter().filter(|h| !h.is_empty()).collect();
            if lines.len() == 2 {
                halved += 1;
                assert_eq!(lines[0].as_str(), "谱写中朝友谊新篇，");
                assert_eq!(lines[1].as_str(), "维护半岛和平稳定");
            }
        }
        assert!(halved > 0, "the headline was never halved");
    }

    #[test]
    fn variations_joined_with_plus_mix_their_choices() {
        let l = Layout::by_name("wide-after+noise+furniture+no-blanks").unwrap();
        assert_eq!(l.name, "wide-after+noise+furniture+no-blanks");
        assert_eq!((l.head, l.paras, l.width), (HeadPos::After, Paras::Short, (17, 20)));
        assert!(l.noise && l.furniture && !l.blanks && !l.interleave && l.dash_subtitles && l.break_blank);
        // The later part wins where two set the same choice; an unknown part is no layout.
        assert_eq!(Layout::by_name("after+away").unwrap().head, HeadPos::Away);
        assert_eq!(Layout::by_name("narrow+wide-after").unwrap().width, (17, 20));
        assert!(Layout::by_name("after+sideways").is_none());
        assert!(Layout::by_name("").is_none());
    }

    #[test]
    fn a_bench_row_may_name_the_traditional_articles_alone_or_in_a_mix() {
        let row = Layout::bench_row("traditional+noise").unwrap();
        assert!(row.traditional() && row.noise && row.name == "traditional+noise");
        let row = Layout::bench_row("traditional").unwrap();
        assert!(row.traditional() && !row.noise && row.head == HeadPos::Before);
        assert!(!Layout::bench_row("after+noise").unwrap().traditional());
        assert!(Layout::bench_row("traditional+sideways").is_none());
    }

    #[test]
    fn lost_indents_leave_a_paragraphs_first_line_two_units_short_with_nothing_before_it() {
        let para = "形成前后衔接、左右联动、上下配套、系统集成的反腐倡廉法规制度体系，为系统施治、标本兼治提供了坚强制度支撑。";
        let a = Article { headline: Some("扎紧防治腐败的制度笼子".into()), blocks: vec![("p".into(), para.into()), ("p".into(), para.into())], ..Article::default() };
        let l = Layout::by_name("lost-indents").unwrap();
        let (text, _) = page("p", &[a], &l, &mut Rng::new(1));
        assert!(text.lines().all(|t| !t.starts_with('\u{3000}')), "{text}");
        // (each paragraph's first line two characters shorter than the full line under it)
        let lines: Vec<&str> = text.lines().filter(|t| !t.is_empty()).collect();
        let firsts: Vec<usize> = (0..lines.len()).filter(|&i| lines[i].starts_with("形成")).collect();
        assert_eq!(firsts.len(), 2, "{text}");
        assert!(firsts.iter().all(|&i| lines[i].chars().count() + 2 == lines[i + 1].chars().count()), "{text}");
    }

    #[test]
    fn mixed_pages_draw_every_choice_plain_ones_keep_theirs() {
        let mut rng = Rng::new(3);
        let mixed = Layout::by_name("mixed").unwrap();
        let drawn: Vec<Layout> = (0..60).map(|_| mixed.draw(&mut rng)).collect();
        assert!(drawn.iter().all(|l| !l.mixed && l.name == "mixed"));
        for p in [Paras::Blank, Paras::Indent, Paras::Short] {
            assert!(drawn.iter().any(|l| l.paras == p), "{p:?} never drawn");
        }
        for h in [HeadPos::Before, HeadPos::After] {
            assert!(drawn.iter().any(|l| l.head == h), "{h:?} never drawn");
        }
        assert!(drawn.iter().any(|l| l.break_blank) && drawn.iter().any(|l| !l.break_blank));
        assert!(drawn.iter().any(|l| l.width == (10, 13)) && drawn.iter().any(|l| l.width == (17, 20)));
        let after = Layout::by_name("after").unwrap();
        let same = after.draw(&mut rng);
        assert_eq!((same.head, same.paras, same.width, same.break_blank), (after.head, after.paras, after.width, after.break_blank));
    }
}
