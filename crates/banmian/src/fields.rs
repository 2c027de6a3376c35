//! Stage 5, items → records: fill each item's fields from its blocks — headline text, kicker,
//! subtitle, section, dateline, bylines, date, body blocks with their roles, captions with
//! credits, and the input line ranges it was built from. A role word with no name (新华社记者 on a
//! line of its own) credits no one: it stays a paragraph.
//!
//! ```
//! let recs = banmian::rebuild("p", "本报讯（记者 范生云）5月24日，活动周启动。\n\n我市职业教育活动周启动\n", &Default::default()).unwrap();
//! assert_eq!(recs[0].dateline.as_deref(), Some("本报讯（记者 范生云）"));
//! assert_eq!(recs[0].date.as_deref(), Some("05-24"));
//! assert_eq!(recs[0].headline.as_deref(), Some("我市职业教育活动周启动"));
//! ```
use crate::formulas::{bracketed_note, byline, note_people, ends_sentence, caption_credit, dateline, find_date, letter_spaced_name, marked_name, two_names, is_cjk, is_space, role_only, Person};
use crate::joins::glue;
use crate::page::{Block, Byline, Caption, Item, Kind, Line, Record, Role, TextBlock};

/// How far into the lead (characters after the dateline) the reported date may stand.
const DATE_WITHIN: usize = 12;

/// The lines of an intertitle set as several lines that each stop short of the column, words
/// alone (克服疫情影响⏎及时进行救助 between paragraphs): each is an intertitle of its own, as
/// where blank lines set them apart. (An intertitle wrapped at the column fills its first line;
/// a line with a mark, or Latin words glued across lines, keeps the block whole.)
fn intertitle_lines<'a>(b: &Block, lines: &[Line<'a>]) -> Option<Vec<&'a str>> {
    let ls = &lines[b.first..=b.last];
    let words = |t: &str| t.chars().all(|c| is_cjk(c) || c.is_ascii_alphanumeric());
    (ls.len() > 1 && ls.iter().all(|l| l.column > 0.0 && !l.is_full() && words(l.text)) && ls.iter().map(|l| l.text.len()).sum::<usize>() == b.text.len()).then(|| ls.iter().map(|l| l.text).collect())
}

pub fn record(page: &str, index: usize, item: &Item, blocks: &[Block], lines: &[Line], year: Option<u32>) -> Record {
    let mut rec = Record {
        page: page.to_string(),
        index,
        kind: item.kind,
        section: None,
        kicker: None,
        headline: None,
        subtitle: None,
        dateline: None,
        bylines: Vec::new(),
        date: None,
        blocks: Vec::new(),
        captions: Vec::new(),
        lines: line_ranges(item, blocks, lines),
        confidence: (item.confidence * 100.0).round() / 100.0,
    };
    let mut people: Vec<(Person, Option<String>)> = Vec::new();
    for &h in &item.head {
        let b = &blocks[h];
        let text = Some(tidy(&b.text));
        match b.role {
            Role::Section => set_or_append(&mut rec.section, text),
            Role::Kicker => set_or_append(&mut rec.kicker, text),
            Role::Headline | Role::Title => set_or_append(&mut rec.headline, Some(headline_text(&lines[b.first..=b.last].iter().map(|l| l.text).collect::<Vec<_>>()))),
            Role::Subtitle => set_or_append(&mut rec.subtitle, text),
            // A role word with no name (新华社记者) credits no one: the line stays text.
            Role::Byline if role_only(&b.text) => rec.blocks.push(TextBlock { role: "p", text: b.text.clone() }),
            Role::Byline => people.extend(byline_people(&b.text)),
            _ => set_or_append(&mut rec.subtitle, text),
        }
    }
    if item.kind == Kind::Furniture {
        rec.blocks = item.body.iter().map(|&b| TextBlock { role: "p", text: blocks[b].text.clone() }).collect();
        return rec;
    }
    let mut in_answer = false;
    // The block the last text block came from: a paragraph that a furniture line (a page number,
    // a stray mark) cut in mid-sentence goes on after it.
    let mut last_text: Option<usize> = None;
    for &i in &item.body {
        let b = &blocks[i];
        match b.role {
            Role::Caption => add_caption(&mut rec.captions, b, &mut people),
            Role::Byline if !role_only(&b.text) => people.extend(byline_people(&b.text)),
            Role::Byline => rec.blocks.push(TextBlock { role: "p", text: b.text.clone() }),
            role => {
                let r = match role {
                    Role::Question => {
                        in_answer = false;
                        "q"
                    }
                    Role::Answer => {
                        in_answer = true;
                        "a"
                    }
                    Role::Intertitle | Role::Title | Role::Headline | Role::Kicker => {
                        in_answer = false;
                        "h"
                    }
                    _ if in_answer => "a",
                    _ => "p",
                };
                if bracketed_note(&b.text) {
                    // （本报记者 周之然） closing a body: a paragraph that also credits its people.
                    // (and so does a closing dispatch note after its 电: （新华社北京6月22日电　记者郝薇薇、李忠发）)
                    people.extend(note_people(&b.text).unwrap_or_default().into_iter().map(|p| (p, None)));
                }
                // (the text's first block, where a dateline is looked for, may come after a role
                // word's line)
                if last_text.is_none() {
                    if let Some(d) = dateline(&b.text) {
                        rec.dateline = Some(d.text.clone());
                        people.splice(0..0, d.people.into_iter().map(|p| (p, None)));
                        rec.date = d
                            .date
                            .map(|(m, dd)| format_date(year, m, dd))
                            .or_else(|| lead_date(&b.text[d.len..]).map(|(m, dd)| format_date(year, m, dd)));
                    } else if r == "p" {
                        rec.date = lead_date(&b.text).map(|(m, dd)| format_date(year, m, dd));
                    }
                }
                let cut_by_furniture = last_text.is_some_and(|j| {
                    j + 1 < i && blocks[j + 1..i].iter().all(|x| x.role == Role::Furniture) && !ends_sentence(&blocks[j].text)
                });
                last_text = Some(i);
                if r == "h" {
                    if let Some(parts) = intertitle_lines(b, lines) {
                        rec.blocks.extend(parts.into_iter().map(|t| TextBlock { role: r, text: t.to_string() }));
                        continue;
                    }
                }
                match rec.blocks.last_mut() {
                    Some(prev) if cut_by_furniture && r == prev.role => glue(&mut prev.text, &b.text),
                    _ => rec.blocks.push(TextBlock { role: r, text: b.text.clone() }),
                }
            }
        }
    }
    // One entry per person; a second printed byline line of the same person keeps its own entry,
    // so that its text is not lost. (Entries by name, so that a page of a thousand credits stays
    // linear.)
    let mut by_name: std::collections::HashMap<String, Vec<usize>> = std::collections::HashMap::new();
    for (p, printed) in people {
        let slots = by_name.entry(p.name.clone()).or_default();
        if let Some(&i) = slots.iter().find(|&&i| printed.is_none() || rec.bylines[i].printed.is_none()) {
            if rec.bylines[i].printed.is_none() {
                rec.bylines[i].printed = printed;
            }
            continue;
        }
        slots.push(rec.bylines.len());
        rec.bylines.push(Byline { role: p.role.map(str::to_string), name: p.name, printed });
    }
    rec
}

fn set_or_append(field: &mut Option<String>, text: Option<String>) {
    match (field.as_mut(), text) {
        (Some(f), Some(t)) => {
            f.push(' ');
            f.push_str(&t);
        }
        (None, t) => *field = t,
        _ => {}
    }
}

/// Collapse runs of white space to one space.
fn tidy(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    for c in s.chars() {
        if is_space(c) {
            space = true;
        } else {
            if space && !out.is_empty() {
                out.push(' ');
            }
            space = false;
            out.push(c);
        }
    }
    out
}

/// A headline printed on several lines: one space between two phrases set as a pair
/// (唱响红色歌曲 / 传承红色记忆), nothing where a word was wrapped.
pub fn headline_text(parts: &[&str]) -> String {
    let mut out = String::new();
    for (i, p) in parts.iter().enumerate() {
        let p = tidy(p);
        if i > 0 && parallel(parts[i - 1], &p) {
            out.push(' ');
            out.push_str(&p);
        } else {
            glue(&mut out, &p);
        }
    }
    out
}

/// Two lines of the same length that repeat a character at the same place read as a pair.
fn parallel(a: &str, b: &str) -> bool {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    a.len() == b.len() && a.len() >= 3 && a.iter().zip(&b).any(|(x, y)| x == y && is_cjk(*x))
}

/// The date a report opens with: within the first few characters of the lead.
fn lead_date(text: &str) -> Option<(u32, u32)> {
    let d = find_date(text)?;
    let before = text[..d.at].chars().filter(|c| !is_space(*c)).count();
    (before <= DATE_WITHIN && !text[..d.at].contains(['，', '。'])).then_some((d.month, d.day))
}

fn format_date(year: Option<u32>, m: u32, d: u32) -> String {
    match year {
        Some(y) => format!("{y:04}-{m:02}-{d:02}"),
        None => format!("{m:02}-{d:02}"),
    }
}

fn add_caption(caps: &mut Vec<Caption>, b: &Block, people: &mut Vec<(Person, Option<String>)>) {
    let printed = b.text.clone();
    let (text, credit) = match caption_credit(&printed) {
        Some((at, name)) => {
            people.push((Person { role: Some("摄影"), name: name.clone() }, None));
            (printed[..at].trim_end_matches(is_space).to_string(), Some(name))
        }
        None => (printed.clone(), None),
    };
    // A credit line of its own completes the caption before it.
    if text.is_empty() {
        if let Some(last) = caps.last_mut() {
            if last.credit.is_none() {
                last.credit = credit;
                last.printed.push(' ');
                last.printed.push_str(&printed);
                return;
            }
        }
    }
    caps.push(Caption { text, credit, printed });
}

/// 1-based inclusive ranges of input lines; blocks that touch (only blank lines between) merge.
fn line_ranges(item: &Item, blocks: &[Block], lines: &[Line]) -> Vec<[usize; 2]> {
    if !lines.windows(2).all(|w| w[0].no < w[1].no) {
        return reordered_line_ranges(item.head.iter().chain(&item.body).map(|&b| &blocks[b]), lines);
    }
    let mut idx: Vec<(usize, usize)> = item.head.iter().chain(&item.body).map(|&b| (blocks[b].first, blocks[b].last)).collect();
    idx.sort_unstable();
    let mut out: Vec<(usize, usize)> = Vec::new();
    for (f, l) in idx {
        match out.last_mut() {
            Some(last) if f == last.1 + 1 => last.1 = l,
            _ => out.push((f, l)),
        }
    }
    out.into_iter().map(|(f, l)| [lines[f].no, lines[l].no]).collect()
}

/// [`line_ranges`] where the reading order moved lines ([`crate::order`]): each line's own
/// number, ranges merged where no other line of the page stands between.
fn reordered_line_ranges<'a>(blocks: impl Iterator<Item = &'a Block>, lines: &[Line]) -> Vec<[usize; 2]> {
    let mut page: Vec<usize> = lines.iter().map(|l| l.no).collect();
    page.sort_unstable();
    let mut mine: Vec<usize> = blocks.flat_map(|b| lines[b.first..=b.last].iter().map(|l| l.no)).collect();
    mine.sort_unstable();
    let mut out: Vec<[usize; 2]> = Vec::new();
    for no in mine {
        let rank = page.partition_point(|&n| n < no);
        match out.last_mut() {
            Some(last) if rank > 0 && page[rank - 1] == last[1] => last[1] = no,
            _ => out.push([no, no]),
        }
    }
    out
}

/// The people a byline block credits, each with the block's printed text; a line that names its
/// author without a role word (任仲平, 新华社记者) credits that text as it stands, a name set
/// letter-spaced closed up (张　伟: 张伟).
fn byline_people(text: &str) -> Vec<(Person, Option<String>)> {
    let as_printed = || {
        let name = letter_spaced_name(text).unwrap_or_else(|| text.trim().to_string());
        match two_names(&name) {
            Some([a, b]) => vec![Person { role: None, name: a }, Person { role: None, name: b }],
            None => vec![Person { role: None, name }],
        }
    };
    let people = byline(text).or_else(|| marked_name(text)).unwrap_or_else(as_printed);
    people.into_iter().map(|p| (p, Some(text.to_string()))).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_intertitle_of_short_lines_is_one_intertitle_a_line() {
        // (no blank line on the page: two short lines of words alone between paragraphs)
        let page = "本报北京3月9日电 （记者李华）今年以来，\n各地出台了一系列救助政策，困难群众\n基本生活得到有效保障，社会救助体系\n不断完善，救助水平稳步提高。\n克服疫情影响\n及时进行救助\n早上8点，老人早已吃完饭，穿戴整齐\n等着社区工作人员上门，领取救助金。\n";
        let parts = |page: &str| {
            let lines = crate::lines::read(page);
            let blocks = crate::joins::join(&lines);
            let b = blocks.iter().find(|b| b.text.starts_with("克服疫情影响")).expect("the intertitle's block").clone();
            intertitle_lines(&b, &lines).map(|p| p.join("|"))
        };
        assert_eq!(parts(page).as_deref(), Some("克服疫情影响|及时进行救助"));
        // (one wrapped at the column fills its first line, and stays one)
        assert_eq!(parts(&page.replace("克服疫情影响\n及时进行救助", "克服疫情影响及时进行救助助力困难\n群众")), None);
        // (so does one with a mark in it)
        assert_eq!(parts(&page.replace("克服疫情影响", "克服疫情影响：")), None);
    }

    #[test]
    fn a_role_word_with_no_name_stays_text_and_credits_no_one() {
        let page = "省长会见德国经济代表团\n\n本报记者\n\n本报杭州3月9日电 （记者李华）省长8日在杭州会见了来访的德国经济代表团，双方就经贸合作交换意见。\n\n省长表示，愿同德方深化合作。\n";
        let r = crate::rebuild("p", page, &crate::Options::default()).unwrap();
        assert_eq!(r.len(), 1, "{r:?}");
        let names: Vec<&str> = r[0].bylines.iter().map(|b| b.name.as_str()).collect();
        assert_eq!(names, ["李华"]);
        assert_eq!(r[0].blocks[0].text, "本报记者");
        // The dateline is still the text's, after the role line.
        assert_eq!(r[0].dateline.as_deref(), Some("本报杭州3月9日电 （记者李华）"));
        assert_eq!(r[0].date.as_deref(), Some("03-09"));
    }

    #[test]
    fn an_author_s_letter_spaced_name_is_closed_up() {
        assert_eq!(byline_people("张　伟")[0].0.name, "张伟");
        assert_eq!(byline_people("任仲平")[0].0.name, "任仲平");
        assert_eq!(byline_people("张　伟")[0].1.as_deref(), Some("张　伟"));
        // Two co-authors set one character a line, closed up: two people.
        let names: Vec<String> = byline_people("王明李华").into_iter().map(|p| p.0.name).collect();
        assert_eq!(names, ["王明", "李华"]);
    }

    #[test]
    fn two_phrase_headlines_get_a_space() {
        assert_eq!(headline_text(&["唱响红色歌曲", "传承红色记忆"]), "唱响红色歌曲 传承红色记忆");
        assert_eq!(headline_text(&["我市召开小微企业", "党建推进现场交流会"]), "我市召开小微企业党建推进现场交流会");
    }

    #[test]
    fn a_lead_formula_s_people_keep_their_order() {
        let page = "本报讯（记者 王明 通讯员 李华）5月19日，市政府召开会议。\n";
        let rec = &crate::rebuild("p", page, &crate::Options::default()).unwrap()[0];
        let names: Vec<&str> = rec.bylines.iter().map(|b| b.name.as_str()).collect();
        assert_eq!(names, ["王明", "李华"]);
    }

    #[test]
    fn a_closing_dispatch_note_credits_its_reporters() {
        let page = "中朝友好合作关系不断发展\n\n　　两国领导人会谈。\n（新华社北京6月22日电　记者郝薇薇、李忠发）\n";
        let rec = &crate::rebuild("p", page, &crate::Options::default()).unwrap()[0];
        let names: Vec<&str> = rec.bylines.iter().map(|b| b.name.as_str()).collect();
        assert_eq!(names, ["郝薇薇", "李忠发"], "{rec:?}");
    }

    #[test]
    fn lead_dates() {
        assert_eq!(lead_date("5 月 21 日，市人民医院"), Some((5, 21)));
        assert_eq!(lead_date("自党史学习教育活动启动以来，5月1日"), None);
    }
}
