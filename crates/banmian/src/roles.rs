//! Stage 3, blocks → roles: give each block the role its own text and shape show (lead, body,
//! question, answer, caption, byline, subtitle, section label, furniture, or a short `Title` line
//! whose exact part — headline, kicker or intertitle — the item stage decides with context).
//!
//! ```
//! use banmian::page::Role;
//! let lines = banmian::lines::read("本报讯（记者 王某）5月19日，会议召开。\n\n部门动态\n\n本报记者 巴桑卓嘎");
//! let mut blocks = banmian::joins::join(&lines);
//! banmian::roles::classify(&mut blocks, &lines);
//! let roles: Vec<Role> = blocks.iter().map(|b| b.role).collect();
//! assert_eq!(roles, [Role::Lead, Role::Section, Role::Byline]);
//! ```
use crate::formulas::{
    has_clause_mark, hanging_width, holds_stop, has_sentence_mark, letter_signer, list_number, place_name, short_name, signature, speaker_start, masthead, marked_name, personal_name, trim_space, agency_credit, announces_text, answer_start, role_only, bracketed_note, byline, rubric_suffix, salutation, signature_date, source_line, author_line, caption_credit, caption_start, dateline, editor_credit, ends_sentence, furniture, genre_subtitle, inline_label, is_clause_punct, question_start,
    section_label, width, dated_entry, colon_title, is_cjk, enumerated, starts_mid_sentence, report_opening,
};
use crate::page::{Block, Line, Role};

/// Longest text (in full-width units) a headline group line-block set in a column may have.
const MAX_TITLE_WIDTH: f32 = 64.0;
/// Most lines a headline stack may have.
const MAX_STACK_LINES: usize = 6;

pub fn classify(blocks: &mut [Block], lines: &[Line]) {
    for i in 0..blocks.len() {
        let next_is_answer = blocks.get(i + 1).is_some_and(|n| answer_start(&n.text));
        let mut role = role_of(&blocks[i], lines, next_is_answer);
        // A stack of three lines or more with no stop in it, not ending mid-clause, straight
        // over a lead formula or a byline, is a headline wrapped at the body's column: a
        // paragraph that long holds a stop (既未组织记者观看 也未公布失败原因 朝鲜发⏎射卫星未进
        // 入预定轨道 ⏎中方对有关事态发展表示关切和忧虑 国际社⏎会敦促朝鲜执行安理会的决议⏎⏎本报
        // 平壤4月13日电…). Not a closing note in brackets (（本报首尔、平壤…8月20日电 记者…）).
        // So is one with no mark of running text at all over a report's opening sentence on its
        // date (…会见李洙墉并观看朝鲜友好艺术团⏎演出 王沪宁陪同会见并观⏎看演出⏎⏎1月27日，中共
        // 中央…); a summary printed over it has its commas (此次中国艺术团应邀赴朝交⏎流，恰逢…).
        let opens_under = |n: &Block| matches!(role_of(n, lines, false), Role::Lead | Role::Byline) || (!has_sentence_mark(&blocks[i].text) && report_opening(&n.text));
        if role == Role::Body && wrapped_headline(&blocks[i], lines) && blocks.get(i + 1).is_some_and(opens_under) {
            role = Role::Title;
        }
        // A short line ending in a colon right above a title is a kicker: 山东寿光市：
        let b = &blocks[i];
        if role == Role::Body
            && b.n_lines() == 1
            && b.text.ends_with(['：', ':'])
            && width(&b.text) <= 16.0
            && blocks.get(i + 1).is_some_and(|n| role_of(n, lines, false) == Role::Title)
        {
            role = Role::Title;
        }
        // Text that fills its column and stops mid-sentence right above a furniture line (■, a
        // page number), with text after it, was cut by it: a paragraph, which goes on after the
        // furniture.
        // So does one that leaves a bracket or a quote open (会议还传达学习了《市场监管总).
        let open = |t: &str| [('《', '》'), ('“', '”'), ('（', '）'), ('「', '」')].iter().any(|&(o, c)| t.matches(o).count() > t.matches(c).count());
        // (but not one the line after closes: 挺膺担当⏎）, its bracket wrapped alone)
        let closes_it = |n: &Block| n.text.starts_with(['）', ')', '》', '”', '」']);
        if role == Role::Title
            && (lines[b.last].is_full() || open(&b.text))
            && !ends_sentence(&b.text)
            && blocks.get(i + 1).is_some_and(|n| furniture_block(n) && !closes_it(n))
            // (and text goes on after the furniture: a title over the page's last furniture,
            // …⏎特朗普宣布取消与金正恩在新加坡的会晤⏎责编：…, is no cut paragraph)
            && blocks[i + 1..].iter().any(|n| !furniture_block(n))
        {
            role = Role::Body;
        }
        // A dash line under a quotation that ends a sentence names who said it (——习近平总书记在…
        // 上的报告): text of the report, not a subtitle.
        // So does one straight under a paragraph, blank or none between (我养了9000只鸭子…解了我的燃
        // 眉之急。⏎⏎——河北省邯郸市…养殖户): a subtitle sits under its headline, which ends no
        // sentence. (Straight under it on the page: where columns read across were put back in
        // order, the block before may be another column's last.)
        let under_text = |p: &Block| {
            let (above, me) = (lines[p.last].no, lines[blocks[i].first].no);
            ends_sentence(&p.text) && above < me && !lines.iter().any(|l| l.no > above && l.no < me)
        };
        // (an editor's note's signature, ——编者, is always its text's)
        let signed = || blocks[i].text.strip_prefix("——").is_some_and(signature);
        if role == Role::Subtitle && i > 0 && matches!(blocks[i - 1].role, Role::Body | Role::Lead) && (under_text(&blocks[i - 1]) || signed()) {
            role = Role::Body;
        }
        // Three lines with no clause mark (but a headline's label colon) read as text (three full
        // lines are a paragraph's cut part to [`title_shaped`]), standing apart over a lead
        // formula, are a headline wrapped at the column's width (一些国家领导人致电或致⏎函
        // 热烈祝贺习近平当选⏎国家主席⏎⏎新华社北京3月17日电…), not a paragraph cut off by a column
        // break: one would go on in the text after it, and a report's opening is none. (A single
        // comma, 帧帧光影，重现…, as a headline may have, cost fragments of interleaved columns.)
        if role == Role::Body
            && b.n_lines() == 3
            && (i == 0 || lines[b.first].gap_before)
            && (!has_clause_mark(&b.text) || colon_title(&b.text))
            && !ends_sentence(&b.text)
            && blocks.get(i + 1).is_some_and(|n| lines[n.first].gap_before && dateline(&n.text).is_some())
        {
            role = Role::Title;
        }
        // Two full lines over a short third that the next block goes on from mid-sentence
        // (…部署春季农业生产⏎⏎的重要举措，…) are a paragraph's part, however they read.
        if role == Role::Title
            && b.n_lines() == 3
            && lines[b.first..b.last].iter().all(Line::is_full)
            && blocks.get(i + 1).is_some_and(|n| starts_mid_sentence(&n.text))
        {
            role = Role::Body;
        }
        // A sentence set in the body's font that leads on a dash into a title, not into text, is
        // that title's kicker (修复湿地生态、开展巡查巡护，天津市⏎宁河区——⏎⏎七里海 芦苇青青⏎鸥鹭鸣（美丽中国）):
        // the paragraph that so leads into what follows goes on into a paragraph. (Its lines hold
        // together: a column's cut line joined over a blank to a sub-head's label is no kicker.)
        if role == Role::Body
            && b.n_lines() <= 3
            && b.text.ends_with("——")
            && !lines[b.first + 1..=b.last].iter().any(|l| l.gap_before)
            && blocks.get(i + 1).is_some_and(|n| n.n_lines() <= 2 && role_of(n, lines, false) == Role::Title)
        {
            role = Role::Title;
        }
        // After a question a speaker's name and a colon open the answer: 孟子伟：我们坚持…
        if role == Role::Body && i > 0 && blocks[i - 1].role == Role::Question && speaker_start(&blocks[i].text) {
            role = Role::Answer;
        }
        blocks[i].role = role;
    }
    letters(blocks, lines);
    indented_titles(blocks, lines);
    authors(blocks);
    writers(blocks);
    contents(blocks, lines);
    editors(blocks, lines);
    signatures(blocks);
}

/// A reader's letter signs off with the writer's place and name, each on a line of its own, under
/// its last sentence and over the page's furniture (…予以更换。⏎⏎河南鄢陵县⏎⏎邢先生⏎⏎第 149 页): the
/// letter's text, not the kicker and byline of the title after them.
fn signatures(blocks: &mut [Block]) {
    let place = |b: &Block| b.n_lines() == 1 && place_name(&b.text);
    let signer = |b: &Block| b.n_lines() == 1 && letter_signer(&b.text);
    for i in 1..blocks.len().saturating_sub(1) {
        let after = || blocks.get(i + 2).is_none_or(|b| b.role == Role::Furniture);
        if place(&blocks[i]) && signer(&blocks[i + 1]) && after() && matches!(blocks[i - 1].role, Role::Body | Role::Lead) && ends_sentence(&blocks[i - 1].text) {
            blocks[i].role = Role::Body;
            blocks[i + 1].role = Role::Body;
        }
    }
}

/// Most furniture lines between a page's editor credit and the rest of its names, and most
/// such names.
const MAX_FURNITURE_BETWEEN: usize = 4;
const MAX_EDITOR_NAMES: usize = 6;

/// The names of a page's editor credit, letter-spaced across lines, run on past the furniture
/// printed after it (本版责编：陈⏎凌⏎⏎第 92 页⏎⏎常⏎⏎晋⏎⏎回望…): each a name alone between
/// blank lines, a character of one or a whole name (董映雪), is that credit's furniture, not the
/// kicker of the title under it.
fn editors(blocks: &mut [Block], lines: &[Line]) {
    let alone = |b: &Block| b.n_lines() == 1 && lines[b.first].gap_before && lines.get(b.last + 1).is_none_or(|l| l.gap_before);
    let name = |b: &Block| alone(b) && (b.text.chars().count() == 1 && short_name(&b.text) || personal_name(&b.text));
    let mut i = 0;
    while i < blocks.len() {
        if blocks[i].role != Role::Furniture || !editor_credit(&blocks[i].text) {
            i += 1;
            continue;
        }
        let (mut k, mut between, mut names) = (i + 1, 0, 0);
        while k < blocks.len() && between <= MAX_FURNITURE_BETWEEN && names < MAX_EDITOR_NAMES {
            if blocks[k].role == Role::Furniture && !editor_credit(&blocks[k].text) {
                between += 1;
            } else if blocks[k].role != Role::Furniture && name(&blocks[k]) {
                blocks[k].role = Role::Furniture;
                names += 1;
            } else {
                break;
            }
            k += 1;
        }
        i = k;
    }
}

/// A name straight under a title and over the text signs the piece (雅砻河畔的春天⏎□ 次仁央宗⏎三月的…,
/// 理论的力量⏎王小明⏎…): a byline. Behind a block mark any short name; elsewhere the same shape
/// is a box's label (■留言板). Without a mark a name with a surname that the text under it does not
/// hold: a short headline under its kicker is mostly spoken of in its text (高原红⏎…“高原红”…).
fn writers(blocks: &mut [Block]) {
    for i in 1..blocks.len() {
        let b = &blocks[i];
        let under_title = matches!(blocks[i - 1].role, Role::Title | Role::Subtitle);
        // (the text may open with an intertitle: 王小明⏎一、深刻认识…⏎高质量发展是…)
        let text = |k: usize| blocks.get(k).is_some_and(|x| matches!(x.role, Role::Body | Role::Lead));
        // (or over another writer's byline: …（专题深思）⏎张成虎⏎高睿凯⏎《人民日报》…)
        let over_text = text(i + 1) || (blocks.get(i + 1).is_some_and(|x| matches!(x.role, Role::Title | Role::Intertitle)) && text(i + 2)) || blocks.get(i + 1).is_some_and(|x| x.role == Role::Byline);
        // Where headlines follow their reports the name closes the head group under the text
        // (…（作者为…）⏎弘扬中朝友好⏎共创美好未来（大使随笔）⏎李进军): it is the text above that
        // must not speak of it.
        let under_text = i >= 2 && text(i - 2) && !over_text;
        if !(under_title && (over_text || under_text) && b.n_lines() == 1 && matches!(b.role, Role::Title | Role::Intertitle | Role::Body)) {
            continue;
        }
        let unspoken = |k: usize| blocks.get(k).is_none_or(|x| !x.text.contains(trim_space(&b.text)));
        let named = || personal_name(&b.text) && if under_text { unspoken(i - 2) } else { unspoken(i + 1) && unspoken(i + 2) };
        if marked_name(&b.text).is_some() || named() {
            blocks[i].role = Role::Byline;
        }
    }
}

/// Fewest entries, numbered one after another, that make a table of contents.
const MIN_CONTENTS_ENTRIES: usize = 5;
/// Most lines between two entries of one table of contents (a page break's number, an editor's
/// credit split over lines by the extraction).
const MAX_CONTENTS_GAP: usize = 8;
/// Widest block (units) of more than one line between two entries that goes with them (names, a
/// page number); a single line that ends no sentence goes with them whatever its width (the rest
/// of an entry wrapped after a blank).
const MAX_CONTENTS_ASIDE: f32 = 12.0;

/// A table of contents, as an archive's compilation opens (1. 确保基本实现…⏎2. 中共中央总书记…):
/// titles on lines that open with numbers one more than the entry before, at least
/// [`MIN_CONTENTS_ENTRIES`] of them, none ending a sentence. It is no item of reading: its blocks
/// are furniture, and so are the short blocks between its entries and the title above it
/// (人民日报文章目录).
fn contents(blocks: &mut [Block], lines: &[Line]) {
    // (one look at each line's first byte: most pages have no numbered line at all)
    if !lines.iter().any(|l| l.text.as_bytes()[0].is_ascii_digit()) {
        return;
    }
    // Entries: (line index, number), chained where each is one more than the last.
    let mut entry = vec![false; lines.len()];
    let mut chain: Vec<usize> = Vec::new();
    let mut last: Option<(usize, u32)> = None;
    // (most entries on the line right after the one before: numbered intertitles, each over its
    // paragraphs, are no table of contents)
    let close = |chain: &mut Vec<usize>, entry: &mut Vec<bool>| {
        let next_lines = chain.windows(2).filter(|w| w[1] == w[0] + 1).count();
        if chain.len() >= MIN_CONTENTS_ENTRIES && 2 * next_lines >= chain.len() - 1 {
            chain.iter().for_each(|&i| entry[i] = true);
        }
        chain.clear();
    };
    for (i, l) in lines.iter().enumerate() {
        let Some(n) = list_number(l.text).filter(|_| !ends_sentence(l.text)) else { continue };
        match last {
            Some((j, m)) if n == m + 1 && i - j <= MAX_CONTENTS_GAP => chain.push(i),
            _ => {
                close(&mut chain, &mut entry);
                chain.push(i);
            }
        }
        last = Some((i, n));
    }
    close(&mut chain, &mut entry);
    if !entry.contains(&true) {
        return;
    }
    // (an entry's block may have the contents' title over it, or an entry's wrapped rest)
    let is_entry = |b: &Block| (b.first..=b.last).any(|i| entry[i]) && !ends_sentence(&b.text);
    for k in 0..blocks.len() {
        let b = &blocks[k];
        let aside = || !ends_sentence(&b.text) && (width(&b.text) <= MAX_CONTENTS_ASIDE || b.n_lines() == 1);
        let between = || {
            let before = blocks[..k].iter().rev().find(|x| x.role != Role::Furniture || is_entry(x));
            before.is_some_and(is_entry) && blocks[k + 1..].iter().take(MAX_CONTENTS_GAP).any(is_entry)
        };
        let title_above = || blocks.get(k + 1).is_some_and(is_entry) && (b.text.ends_with("目录") || b.text.ends_with("目錄"));
        if is_entry(b) || (aside() && between()) || title_above() {
            blocks[k].role = Role::Furniture;
        }
    }
}

/// The short line above a source line (《人民日报》（2025年10月20日 第 01 版）) names the author
/// (新华社记者, 任仲平): a byline.
fn authors(blocks: &mut [Block]) {
    for i in 1..blocks.len() {
        let above = &blocks[i - 1];
        // (one line, or a name letter-spaced over several: 洪⏎⏎勇)
        if source_line(&blocks[i].text) && (above.n_lines() == 1 || !above.text.contains(' ')) && matches!(above.role, Role::Title | Role::Body | Role::Section) && author_line(&above.text) {
            blocks[i - 1].role = Role::Byline;
        }
    }
}

/// Where a page opens its paragraphs with an indent, a short block that opens with one is a
/// paragraph (a lead-in sentence set apart), not a headline: headlines are not indented.
fn indented_titles(blocks: &mut [Block], lines: &[Line]) {
    let indented = |b: &Block| lines[b.first].indent && !lines[b.first].stray_space;
    let paragraphs = blocks.iter().filter(|b| b.role == Role::Body && b.n_lines() >= 2);
    let (n, with_indent) = paragraphs.fold((0, 0), |(n, k), b| (n + 1, k + usize::from(indented(b))));
    if n < 3 || with_indent * 2 < n {
        return;
    }
    for b in blocks.iter_mut().filter(|b| b.role == Role::Title) {
        if indented(b) {
            b.role = Role::Body;
        }
    }
}

/// Most short lines that may name the addressee above a salutation, or the signers above the
/// date of a letter.
const MAX_LETTER_LINES: usize = 6;
/// Most lines of one block of a letter's names that fills its column on some line.
const MAX_LETTER_BLOCK_LINES: usize = 3;

/// A letter printed in a report (a telegram, a message of thanks) opens with its addressee over a
/// salutation (平壤⏎朝鲜劳动党第一书记⏎金正恩同志：) and closes with its signers over a date
/// (中国共产党中央委员会⏎…⏎二〇一一年十二月十九日于北京). Those short lines are text of the
/// letter, not headlines of new items.
///
/// The text that announces it (唁电全文如下：) says so too: the short lines under it are its
/// addressee.
///
/// Where no blank line sets them apart, the signers and the date are one block, the date its
/// last line (中国共产党中央委员会总书记⏎胡锦涛⏎二〇一二年四月十一日于北京).
fn letters(blocks: &mut [Block], lines: &[Line]) {
    for i in 0..blocks.len() {
        let b = &blocks[i];
        let t = b.text.as_str();
        let signed = || b.n_lines() <= MAX_LETTER_LINES && signature_date(lines[b.last].text) && !has_sentence_mark(t);
        if announces_text(t) {
            letter_lines(blocks[i + 1..].iter_mut(), lines);
        } else if salutation(t) || (b.n_lines() <= 2 && signature_date(t)) || (b.n_lines() > 1 && signed()) {
            blocks[i].role = Role::Body;
            letter_lines(blocks[..i].iter_mut().rev(), lines);
        }
    }
}

/// The short lines next to a letter's salutation, date or announcement, nearest first, up to
/// [`MAX_LETTER_LINES`] and while they read as titles: text of the letter. A block of them runs
/// to [`MAX_LETTER_BLOCK_LINES`] (a name wrapped at a narrow column, 朝鲜民主主义人民共和⏎国最高人民
/// 会议常任委⏎员会), or to any number where no line fills the column (names a line each, where
/// no blank line parts them).
fn letter_lines<'a>(near: impl Iterator<Item = &'a mut Block>, lines: &[Line]) {
    for b in near.take(MAX_LETTER_LINES) {
        if !matches!(b.role, Role::Title | Role::Section | Role::Byline) || (b.n_lines() > MAX_LETTER_BLOCK_LINES && lines[b.first..=b.last].iter().any(Line::is_full)) {
            break;
        }
        b.role = Role::Body;
    }
}

/// A block of page furniture: an editor line (with the names under it), a page header or
/// number, the paper's name, a stray mark (■).
fn furniture_block(b: &Block) -> bool {
    (b.n_lines() <= 2 || editor_credit(&b.text)) && furniture(&b.text) || (b.n_lines() == 1 && masthead(&b.text))
}

/// Lines of the block were set in the body's column: it wraps, and every line but the last fills
/// the column (a headline stack's first line may fill it by chance; its next ones do not), past
/// it by one character at most, or by the marks no line opens on that hang together at its end
/// (…“便利福建”，): the marks a body line may hang (a title's line two past it on ideographs is
/// set in larger type). A first line that lost its indent ([`Block::lost_indent`]) counts as full.
pub fn body_font(b: &Block, lines: &[Line]) -> bool {
    b.n_lines() >= 2 && lines[b.first..b.last].iter().enumerate().all(|(k, l)| counts_full(b, k, l) && l.width <= l.column + hanging_width(l.text).max(1.0))
}

/// Line `l`, the block's `k`-th, fills its column, or is the first line of a block that lost
/// its indent ([`Block::lost_indent`]), which counts as full.
fn counts_full(b: &Block, k: usize, l: &Line) -> bool {
    l.is_full() || (k == 0 && b.lost_indent)
}

/// Some line of the block runs wider than the column around it: set across columns. A line of
/// its own needs only to run past its column by more than a body line can.
pub fn wide(b: &Block, lines: &[Line]) -> bool {
    if b.n_lines() == 1 {
        return lines[b.first].overhangs();
    }
    lines[b.first..=b.last].iter().any(Line::is_wide)
}

fn role_of(b: &Block, lines: &[Line], next_is_answer: bool) -> Role {
    let t = b.text.as_str();
    let w = width(t);
    if furniture_block(b) {
        return Role::Furniture;
    }
    if b.n_lines() == 1 && section_label(t) {
        return Role::Section;
    }
    // (a role word on its own line over its names, one a line: 本报记者⏎程⏎龙⏎潘俊强; or alone,
    // naming its author: 本报评论员, 新华社记者)
    let role_line = role_only(lines[b.first].text);
    if (b.n_lines() <= 2 || role_line) && (byline(t).is_some() || (b.n_lines() == 1 && role_line)) && !bracketed_note(t) {
        return Role::Byline;
    }
    if agency_credit(t) {
        return Role::Body; // 新华社发: the credit of the photo beside it, a line of its text
    }
    if caption_start(t) || (caption_credit(t).is_some() && w <= 200.0) {
        return Role::Caption;
    }
    // (a subtitle ends no statement: a dash line that holds a stop is text, e.g. a quotation's
    // rest after a column break, ——这不只是一条路，更是…希望。”)
    if (t.starts_with("——") || t.starts_with("--") || t.starts_with("－－")) && b.n_lines() <= 3 && !t.ends_with(is_clause_punct) && !holds_stop(t) {
        return Role::Subtitle;
    }
    if dateline(t).is_some() {
        return Role::Lead;
    }
    if answer_start(t) {
        return Role::Answer;
    }
    if question_start(t) || (next_is_answer && (t.ends_with('？') || t.ends_with('?')) && b.n_lines() <= 5) {
        return Role::Question;
    }
    if inline_label(t) {
        return Role::Intertitle;
    }
    // A headline set across columns may run longer, up to three lines each wider than the column,
    // and its deck may hold a whole sentence (胡锦涛强调，…坚定不移的方针。我们愿同…发展好).
    // (so may a stack of decks with short phrases broken by hand between them: [`stacked_across`])
    let across = (b.n_lines() <= 3 && lines[b.first..=b.last].iter().all(Line::is_wide)) || stacked_across(b, lines);
    let deck = across && !ends_sentence(t) && !t.ends_with(is_clause_punct) && !bracketed_note(t);
    if deck || ((w <= MAX_TITLE_WIDTH || across) && title_shaped(b, lines)) {
        return if (deck || b.n_lines() <= 2) && genre_subtitle(t) { Role::Subtitle } else { Role::Title };
    }
    Role::Body
}

/// A headline of several decks set across columns, with short phrases broken by hand between
/// them (不忘老朋友，发展新友谊，党际交往——⏎扩大朋友圈⏎知交遍天下（大数据观察·壮阔东方潮⏎奋进新时代——
/// 庆祝改革开放40年·数说）): at most [`MAX_STACK_LINES`] lines and no full stop, two of them at
/// least, the last among them, wider than the column around them, the others (one at least) no
/// wider than half of it. No paragraph runs past its column, and its only short line is its last;
/// lines all wider than the column are a photo's caption set across as often (…烈士陵⏎园，向中国
/// 人民志愿军烈士敬献⏎⏎花篮并默哀。新华社记者　李涛⏎摄).
fn stacked_across(b: &Block, lines: &[Line]) -> bool {
    let ls = &lines[b.first..=b.last];
    // (the last line first: nearly every paragraph's is within its column)
    b.n_lines() <= MAX_STACK_LINES
        && ls.last().is_some_and(Line::is_wide)
        && ls.iter().filter(|l| l.is_wide()).count() >= 2
        && ls.iter().all(|l| l.is_wide() || l.width * 2.0 <= l.column)
        && ls.iter().any(|l| !l.is_wide())
        && !holds_stop(&b.text)
}

/// The marks that end a statement, full-width or not (。！？；): no headline's lines hold one.
const STOPS: [char; 7] = ['。', '！', '？', '!', '?', ';', '；'];

/// Fewest lines of a headline wrapped at the body's column that [`classify`] knows by what
/// follows it (two lines may be a paragraph's remnant or a caption's).
const WRAPPED_HEADLINE_LINES: usize = 3;

/// A block of [`WRAPPED_HEADLINE_LINES`] or more with no stop (。！？；) in it, not ending
/// mid-clause, no note in brackets, its first line filling the column or no mark of running
/// text in it at all (a poem's short lines, 城在山中，有拔节的⏎时代钢质的筋骨⏎…, are neither), its
/// last line short of it (a paragraph cut at a column's foot, as columns read across leave one
/// over the next report's lead, fills it; a headline with no mark but a list's 、 may fill it too:
/// 习近平出席朝鲜劳动党委⏎员长、国务委员会委员长⏎金正恩举行的欢迎宴会): a headline's shape, whatever its width.
/// A stack broken by hand, a [`remnant`] line inside it, may have its marks and fill the column
/// at its foot (【权威访谈：谋发展⏎启新篇】走在前⏎挑大梁⏎山东加快建设绿色低碳高质量发展先行区): the
/// caller asks it over a report's opening, which no poem's stanza stands over.
fn wrapped_headline(b: &Block, lines: &[Line]) -> bool {
    let t = b.text.as_str();
    // (the checks that look at one line or one character first: nearly every paragraph ends on
    // a stop, which turns it away before its text is scanned)
    let broken = || lines[b.first..b.last].iter().any(|l| remnant(l, measure(b, lines, l)));
    b.n_lines() >= WRAPPED_HEADLINE_LINES
        && !t.ends_with(is_clause_punct)
        && (((!lines[b.last].is_full() || !has_sentence_mark(t)) && (lines[b.first].is_full() || !has_sentence_mark(t))) || broken())
        && !t.contains(STOPS)
        && !bracketed_note(t)
}

/// A line under half of a column `column` wide that ends on an ideograph: what a title broken
/// by hand, or wrapped at the column, leaves on a line (挑大梁); no paragraph's line but its last.
fn remnant(l: &Line, column: f32) -> bool {
    l.text.ends_with(is_cjk) && l.width * 2.0 <= column
}

/// The width a line of block `b` is measured against for a [`remnant`]: its column, or, where
/// the page's lines run unwrapped and no column is known (a paragraph a line), the block's
/// widest line.
fn measure(b: &Block, lines: &[Line], l: &Line) -> f32 {
    if l.column > 0.0 {
        return l.column;
    }
    lines[b.first..=b.last].iter().map(|l| l.width).fold(0.0, f32::max)
}

/// Few lines (the caller has seen that it is short), not ending mid-clause or on a full stop.
fn title_shaped(b: &Block, lines: &[Line]) -> bool {
    let t = b.text.as_str();
    // A stack of more than three lines is a headline only without any clause punctuation (a
    // paragraph of that length has some): 既未组织记者观看⏎也未公布失败原因⏎朝鲜发射卫星…
    // (unless a full line in it is followed by a remnant of under half its width that ends on an
    // ideograph: a title's lines wrapped at the column, as no paragraph's are, 习近平出席朝鲜劳动党
    // 委员长、⏎国务⏎委员会委员长金正恩举行的欢迎⏎宴会)
    // (or a kicker's line closed by its dash over such a remnant: a head group set inside a wide
    // column, 不忘老朋友，发展新友谊，党际交往——⏎扩大朋友圈⏎知交遍天下（…）, whose lines fill no
    // column; a paragraph's dash runs on into a full line)
    let hand_broken = || lines[b.first..b.last].windows(2).any(|w| (w[0].is_full() && remnant(&w[1], w[0].column)) || (w[0].text.ends_with("——") && remnant(&w[1], measure(b, lines, &w[1]))));
    // (A comma or a space does not make a paragraph of a stack that closes as a head does: on its
    // column's rubric, “国家需要，我就去做”⏎（奋斗百年路 ⏎启航新征程·党旗在基层⏎一线高高飘扬）, or, with
    // no mark but a list's 、, on a kicker's dash, “共和国勋章”获得者、⏎中国航天科技集团有限公⏎司原
    // 高级技术顾问孙家栋⏎院士——.)
    let closes_as_head = || rubric_suffix(t) || (t.ends_with("——") && !has_sentence_mark(t)) || deck_under_rubric(b, lines);
    if b.n_lines() > 3 && (b.n_lines() > MAX_STACK_LINES || ((t.contains(is_clause_punct) || lines[b.first..=b.last].iter().any(|l| l.text.contains(' '))) && !hand_broken() && !closes_as_head())) {
        return false;
    }
    // A note in brackets closes an article: （新华社北京6月22日电）, （杨晓娜整理）
    if bracketed_note(t) {
        return false;
    }
    let last = t.chars().last().unwrap_or(' ');
    // (a question or exclamation after a full stop makes a title only in a title's lines: in
    // the body's it ends a paragraph, …签订的是“实习协⏎议”。这份协议究竟属于什么性质？)
    if is_clause_punct(last) || t.ends_with("。”") || t.contains('。') && (!t.ends_with(['？', '！']) || body_font(b, lines)) {
        return false;
    }
    // A wrapped block whose last line is short and ends a sentence is a paragraph.
    if ends_sentence(t) && !t.ends_with(['？', '！', '?', '!']) {
        return false;
    }
    // So is one that ends on an exclamation, set in the body's font, with a clause in it (我坚信，
    // 中朝友谊这棵参天大树一定会枝繁叶⏎茂、万古长青！): a headline's lines are broken by hand.
    // (A question so set may still be a title: a sub-head run into the sentence under it where
    // no blank parts them.)
    if t.ends_with(['！', '!']) && has_clause_mark(t) && body_font(b, lines) {
        return false;
    }
    // A chronology's entry (7月4日 西气东输一线工程（新疆轮南至上海）) is prose, whatever closes it.
    if dated_entry(t) {
        return false;
    }
    // A row of a form, two labels or more each with its value (奖次：二等奖项目：文字系列报道), is
    // a list's text: a title has a colon once at most.
    if t.matches(['：', ':']).nth(1).is_some() {
        return false;
    }
    // A sentence set in the body's font that leads into what follows on a dash is a paragraph
    // (这个夏天，行走八闽大地，处处涌动高质量⏎发展新气象——), not a kicker.
    if t.ends_with("——") && has_sentence_mark(t) && body_font(b, lines) {
        return false;
    }
    // Three full body-font lines are a paragraph fragment, not a title, unless a column's rubric
    // closes them (深入推动能源革命⏎促进绿色低碳发展（调查研究⏎凝聚共识）). So are two over a short
    // third, unless they read as a headline wrapped at the column: two lines as wide as each
    // other, with no clause mark but a list's 、, no question, no numbering
    // (习近平同朝鲜劳动党委⏎员长、国务委员会委员⏎长金正恩举行会谈; a paragraph's part has its commas,
    // 正是这些平凡的“小人物”和他们拼搏向上、⏎自强不息的精神品质，…).
    // (the ASCII ; and : extraction leaves count as marks here too; a first line that lost its
    // indent, [`Block::lost_indent`], counts as full)
    let fragment = || {
        let wrapped_title = (lines[b.first].width - lines[b.first + 1].width).abs() <= 0.5
            && !has_sentence_mark(t)
            && !t.contains([';', ':'])
            && !t.ends_with(['？', '！', '?', '!'])
            && !enumerated(t);
        lines[b.first..b.last].iter().enumerate().all(|(k, l)| counts_full(b, k, l)) && (lines[b.last].is_full() || !wrapped_title)
    };
    !(b.n_lines() == 3 && fragment()) || rubric_suffix(t) || deck_under_rubric(b, lines)
}

/// Most lines of a headline's second deck under its first, closed by its column's rubric.
const MAX_DECK_LINES: usize = 3;

/// The block opens on a title closed by its column's rubric at a line's end, no mark of running
/// text in it, and goes on, with no blank between, into a second deck of at most
/// [`MAX_DECK_LINES`] lines that makes no statement (朝韩关系陷入严峻状态（国际视⏎点）⏎中方表示，维护
/// 半岛和平与稳定⏎是有关各方共同责任): one headline, whatever the deck's commas. A paragraph's
/// opening has its marks before any bracket closes a line.
fn deck_under_rubric(b: &Block, lines: &[Line]) -> bool {
    // (a line's last character first: few lines close on a bracket; the text is scanned last)
    for j in b.first..b.last {
        if !lines[j].text.ends_with(['）', ')']) {
            continue;
        }
        let head: String = lines[b.first..=j].iter().map(|l| l.text).collect();
        if rubric_suffix(&head) {
            let t = b.text.as_str();
            return !has_clause_mark(&head) && b.last - j <= MAX_DECK_LINES && !t.contains(STOPS) && !t.ends_with(is_clause_punct);
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use crate::testing::column_of_text;

    fn roles_of(page: &str) -> Vec<Role> {
        let lines = crate::lines::read(page);
        let mut blocks = crate::joins::join(&lines);
        classify(&mut blocks, &lines);
        blocks.iter().map(|b| b.role).collect()
    }

    #[test]
    fn where_extraction_dropped_the_indents_a_paragraph_ending_on_no_stop_is_body_text() {
        // (three lines, the first two units short of the column as every paragraph's first is on
        // the page: lines of the body's font all the same, no title wrapped at the column)
        let page = "今年以来，各地加大农村公路\n建设力度，新建改建道路一千多公\n里，方便了沿线群众的日常出行，\n带动了产业发展。\n交通运输部有关负责人在记者\n会上介绍，农村公路建设带动了产\n业发展，沿线群众的收入明显增加，\n获得感不断增强。\n下一步，各地将继续完善路网\n结构，提升养护水平，让农村公路\n更好服务乡村振兴，惠及沿线更多\n群众。\n为了让群众少跑腿，全县上下\n想办法、出实招，各部门都自我加\n压，各项工作亮点频出——\n村民们表示，路修好了以后出\n行方便多了，农产品也卖得更远，\n日子越过越有奔头，大家对今后的\n生活充满信心。\n记者在村口看到，满载农产品\n的货车正驶向县城，公路两旁的果\n园里一片繁忙景象。\n";
        assert_eq!(roles_of(page), [Role::Body; 6]);
        // (so is one whose last line ends on a word, no stop at all)
        assert_eq!(roles_of(&page.replace("亮点频出——", "亮点频出")), [Role::Body; 6]);
    }

    #[test]
    fn a_sentence_in_the_body_s_font_leading_on_a_dash_into_a_title_is_its_kicker() {
        let kicker = column_of_text("治理河道污染、修复沿岸生态，浙江省安吉县——", 12);
        let text = column_of_text("县里治理河道污染，修复沿岸生态，河水一年比一年清。", 12);
        assert_eq!(roles_of(&format!("{kicker}\n西苕溪 碧水绕青山\n\n{text}"))[0], Role::Title);
        // Into text it leads into a paragraph; cut by a blank, it is no kicker.
        assert_eq!(roles_of(&format!("{kicker}\n{text}"))[0], Role::Body);
        let cut = kicker.replacen('\n', "\n\n", 1);
        assert_eq!(roles_of(&format!("{cut}\n西苕溪 碧水绕青山\n\n{text}"))[0], Role::Body);
    }

    #[test]
    fn a_stack_broken_by_hand_over_a_lead_formula_is_a_headline_whatever_its_marks() {
        let para = |t: &str| column_of_text(t, 16);
        let before = para("会议强调，要坚持稳中求进工作总基调，完整准确全面贯彻新发展理念，推动经济实现质的有效提升。").repeat(2);
        // Its first line short with a colon, a line of three characters inside, its last wider
        // than the column.
        let head = "【专家访谈：看发展\n话未来】稳增长\n促转型\n浙江加快打造共同富裕示范区建设高地";
        let lead = para("央视网消息（新闻联播）：作为经济大省，浙江如何推动高质量发展？今天的节目请看记者的专访。");
        let roles = roles_of(&format!("{before}\n{head}\n\n{lead}"));
        assert_eq!(roles[2..], [Role::Title, Role::Lead], "{roles:?}");
    }

    #[test]
    fn a_kicker_s_dash_over_a_short_line_in_a_wide_column_is_a_head_group_however_many_its_commas() {
        // A kicker and a headline of three lines inside a column of 26, straight over the text
        // (over a byline or a lead formula, a stack broken by hand is a headline anyway:
        // [`wrapped_headline`]).
        // (its rubric, with a dash and figures in it, is no column's: [`rubric_suffix`])
        let para = |t: &str| column_of_text(t, 26);
        let before = para("论文围绕多个专题展开，与会专家学者从不同角度深入研讨了有关问题，提出了许多有见地的学术观点，会议取得了丰硕成果。").repeat(2);
        let head = "同舟共济谋发展，携手并进促合作——\n拓宽朋友圈\n合作结硕果（数据观察·携手新时代\n共谋新发展——纪念建交30年·数说）";
        let after = para("总书记在会议上强调，外交是国家意志的集中体现，必须坚持外交大权在党中央，这是做好对外工作的根本保证，意义重大。").repeat(2);
        let roles = roles_of(&format!("{before}\n{head}\n\n{after}"));
        assert_eq!(roles[2], Role::Title, "{roles:?}");
        // A poem's stanza, its lines short with commas and no dash, stays no title.
        let poem = "山在雾中，有挺拔的\n青松苍翠的枝干\n水在山下，炊烟升起之处\n鸟鸣声声";
        let roles = roles_of(&format!("{before}\n{poem}\n\n{after}"));
        assert_ne!(roles[2], Role::Title, "{roles:?}");
    }

    #[test]
    fn on_an_unwrapped_page_a_kicker_s_dash_over_a_short_line_is_a_head_group() {
        // A paragraph a line, no column to measure by: the head group's widest line stands in.
        // (paragraphs of lengths all their own, 30 to 85 characters: no width recurs)
        let words: Vec<char> = "论文围绕多个专题展开，与会专家学者从不同角度深入研讨了有关问题，提出了许多有见地的学术观点，会议取得了丰硕成果，总书记强调外交是国家意志的集中体现，必须坚持外交大权在党中央".chars().collect();
        let para = |n: usize| format!("{}。\n\n", words[..n].iter().collect::<String>());
        let before: String = (0..6).map(|k| para(30 + 11 * k)).collect();
        let after: String = (0..6).map(|k| para(35 + 9 * k)).collect();
        let head = "同舟共济谋发展，携手并进促合作——\n拓宽朋友圈\n合作结硕果（数据观察·携手新时代\n共谋新发展——纪念建交30年·数说）";
        let roles = roles_of(&format!("{before}{head}\n\n{after}"));
        assert_eq!(roles[6], Role::Title, "{roles:?}");
    }

    #[test]
    fn a_title_wrapped_at_the_column_into_remnants_is_a_title_whatever_its_marks() {
        // A two-line headline, each of its lines wrapped at a column of 14, over its lead.
        let lead = column_of_text("本报平壤6月20日电 （记者杜尚泽）6月20日，中共中央总书记出席欢迎宴会，宾主共叙友谊。会议要求各地抓好农资供应。", 14);
        let head = "习近平出席朝鲜劳动党委员长、\n国务\n委员会委员长金正恩举行的欢迎\n宴会";
        assert_eq!(roles_of(&format!("{head}\n\n{lead}"))[0], Role::Title);
        // A poem's short lines after lines short of the column are no wrapped title's.
        let poem = "山在雾中，有挺拔的\n青松苍翠的枝干\n水在山下，炊烟升起之处\n鸟鸣声声";
        assert_eq!(roles_of(&format!("{poem}\n\n{lead}"))[0], Role::Body);
    }

    #[test]
    fn a_long_stack_with_no_stop_over_a_lead_formula_or_a_byline_is_a_headline_wrapped_at_the_column() {
        // Two decks, a comma and a space in them, wrapped at the body's column of 12.
        let head = column_of_text("省农业农村厅召开推进会议，部署春季农业生产 各地抓好农资供应", 12);
        let lead = column_of_text("本报杭州3月2日电 省农业农村厅2日召开全省春耕备耕工作推进会议，部署春季农业生产。", 12);
        assert_eq!(roles_of(&format!("{head}\n\n{lead}"))[0], Role::Title);
        assert_eq!(roles_of(&format!("{head}\n\n本报记者 李华\n\n{lead}"))[0], Role::Title);
        // Over running text it stays a paragraph; so does a closing note in brackets.
        let text = column_of_text("会议要求各地抓好农资供应，确保春耕生产顺利进行。", 12);
        assert_eq!(roles_of(&format!("{head}\n\n{text}"))[0], Role::Body);
        let note = column_of_text("（本报杭州、宁波、温州、绍兴3月2日电 记者李华、王明、张强、赵刚、刘洋）", 12);
        assert_eq!(roles_of(&format!("{note}\n\n{lead}"))[0], Role::Body);
        // So does a paragraph cut at a column's foot, its last line full.
        let cut = column_of_text("外交部发言人在北京答记者问时表示，中方欢迎有关各方改善关系，为维护和平稳", 12);
        assert_eq!(roles_of(&format!("{cut}\n{lead}"))[0], Role::Body);
    }

    #[test]
    fn a_long_stack_with_no_mark_at_all_over_a_report_s_opening_on_its_date_is_a_headline_wrapped_at_the_column() {
        // Two decks a space apart, no mark of running text, wrapped at the body's column of 12,
        // over a lead that opens on its date with no dispatch formula.
        let head = column_of_text("省农业农村厅召开全省春耕备耕工作推进会议 各地抓好农资供应确保春耕生产顺利", 12);
        let opening = column_of_text("3月2日，省农业农村厅召开全省春耕备耕工作推进会议，部署春季农业生产。", 12);
        assert_eq!(roles_of(&format!("{head}\n\n{opening}"))[0], Role::Title);
        // A summary with commas over such an opening is the report's first paragraph.
        let summary = column_of_text("省农业农村厅召开全省春耕备耕工作推进会议，各地抓好农资供应确保春耕生产顺利", 12);
        assert_eq!(roles_of(&format!("{summary}\n\n{opening}"))[0], Role::Body);
    }

    /// A report's lead formula and first sentences, set in a column of 12.
    fn lead_in_a_column_of_12() -> String {
        column_of_text("本报杭州3月2日电 省农业农村厅2日召开全省春耕备耕工作推进会议，部署春季农业生产各项工作。会议要求各地抓好农资供应。", 12)
    }

    #[test]
    fn three_full_lines_without_a_clause_mark_over_a_lead_formula_are_a_title() {
        let lead = lead_in_a_column_of_12();
        let head = column_of_text("省农业农村厅召开全省春耕备耕工作推进会议部署春季农业生产", 12);
        assert_eq!(roles_of(&format!("{head}\n{lead}"))[0], Role::Title);
        let labelled = column_of_text("农业农村厅：全省春耕备耕工作推进会议部署春季农业生产", 12);
        assert_eq!(roles_of(&format!("{labelled}\n{lead}"))[0], Role::Title);
        // Over the text it was cut from, such lines are a paragraph's first part.
        let rest = column_of_text("的重要举措，会议要求各地抓好农资供应，确保春耕生产顺利进行。", 12);
        assert_eq!(roles_of(&format!("{head}\n{rest}\n{lead}"))[0], Role::Body);
    }

    #[test]
    fn three_full_lines_with_no_sentence_mark_over_a_lead_formula_across_a_blank_are_a_title() {
        // A headline wrapped at the body's column whose last line fills it too, then a blank.
        let lead = lead_in_a_column_of_12();
        let head = column_of_text("省农业农村厅召开全省春耕备耕工作推进会议、全省春季农业生产工作部署会议", 12);
        assert_eq!(roles_of(&format!("{head}\n{lead}"))[0], Role::Title);
        // With a comma in it, it is a paragraph's part.
        let part = column_of_text("省农业农村厅召开全省春耕备耕工作推进会议，全省春季农业生产工作部署会议", 12);
        assert_eq!(roles_of(&format!("{part}\n{lead}"))[0], Role::Body);
    }

    #[test]
    fn a_paragraph_in_the_body_s_font_that_ends_on_a_question_after_a_full_stop_is_text() {
        let col = "一二三四五六七八九十一二三四五六七八九十";
        let page = format!("{col}\n{col}\n完了。\n\n记者走访，多数社区与物业签订的是“服务协\n议”。这份协议究竟属于什么性质呢？\n\n律师表示，{col}\n{col}\n完了。\n");
        let roles = roles_of(&page);
        assert_eq!(roles[1], Role::Body, "{roles:?}");
    }

    #[test]
    fn a_writer_s_name_over_another_writer_s_byline_is_a_byline() {
        let page = "让乡村教育的底色更加鲜亮（专题深思）\n周卫东\n\n林晓燕\n\n《人民日报》（2025年10月20日 第 09 版）\n\n乡村教育是教育强国建设的重要一环，也是乡村振兴的基础。\n";
        let roles = roles_of(page);
        assert_eq!(roles[..3], [Role::Title, Role::Byline, Role::Byline], "{roles:?}");
    }

    #[test]
    fn a_letter_s_place_and_writer_under_its_text_are_its_text() {
        let page = "公园的宣传栏损毁严重，希望有关部门及时予以更换。\n\n湖南浏阳市\n\n王先生\n\n第 149 页\n\n大力推广竹制餐具（建议）\n\n一根塑料吸管自然降解需要数百年。\n";
        let roles = roles_of(page);
        assert_eq!(roles[..4], [Role::Body, Role::Body, Role::Body, Role::Furniture], "{roles:?}");
        // A place over a headline is its kicker's place, no signature.
        let page = "公园的宣传栏损毁严重，希望有关部门及时予以更换。\n\n湖南浏阳市\n\n乡村旅游火起来\n\n一根塑料吸管自然降解需要数百年。\n";
        assert_ne!(roles_of(page)[1], Role::Body);
    }

    #[test]
    fn an_editor_credit_s_names_past_the_page_furniture_are_furniture() {
        let page = "村里的小路修好了，大家出门方便多了。\n\n本版责编：王\n\n明\n\n第 3 页\n\n李\n\n华\n\n周卫东\n\n春天的田野\n\n本报讯 今年以来，我县加快推进高标准农田建设。\n";
        let roles = roles_of(page);
        assert_eq!(roles[1..6], [Role::Furniture; 5], "{roles:?}");
        assert_eq!(roles[6], Role::Title, "{roles:?}");
    }

    #[test]
    fn a_title_line_two_characters_past_the_column_is_not_set_in_the_body_s_font() {
        // A column of 18; a title whose first line runs 20 wide with no mark to hang, and a
        // paragraph's two lines, the first filling the column.
        let page = "俄罗斯《生意人报》报道说，金正恩此访\n是朝鲜半岛局势缓和的又一重要信号。\n\n离京对朝鲜民主主义人民共和国进行国事访问\n习近平抵平壤受到热烈欢迎\n\n日本《产经新闻》报道说，此访是金正恩\n首次出访，意义重大。\n";
        let lines = crate::lines::read(page);
        let blocks = crate::joins::join(&lines);
        assert_eq!(blocks.len(), 3, "{blocks:?}");
        assert!(!body_font(&blocks[1], &lines));
        assert!(body_font(&blocks[0], &lines) && body_font(&blocks[2], &lines));
    }

    #[test]
    fn a_chronology_s_entry_is_no_title() {
        // A date, a space, the day's event: short and closed by brackets, but prose.
        let page = "中国正式成为世界贸易组织成员，中国对外\n开放进入新的阶段。\n\n7月4日 西气东输一线工程（新疆轮南至上海）\n\n开工典礼举行。此后又建设了西气东输二线\n工程、三线工程。\n";
        assert_eq!(roles_of(page)[1], Role::Body, "{:?}", roles_of(page));
    }

    #[test]
    fn a_table_of_contents_is_furniture() {
        let page = "人民日报文章目录\n1. 确保基本实现社会主义现代化\n2. 中共中央总书记电贺\n3. 引领未来，中国做对了什么\n4. 服务消费潜力巨大（专家点评）\n\n李安琪\n\n5. 图片报道\n6. 好政策让人心里温暖\n\n本报讯 5月21日，市公安局举办宣讲交流会。\n";
        let roles = roles_of(page);
        assert!(roles[..roles.len() - 1].iter().all(|&r| r == Role::Furniture), "{roles:?}");
        assert_eq!(roles.last(), Some(&Role::Lead));
    }

    #[test]
    fn numbered_intertitles_over_their_paragraphs_are_no_table_of_contents() {
        let para = "各地各部门认真落实部署，\n工作取得明显成效。";
        let page: String = (1..=6).map(|n| format!("{n}. 坚持稳中求进\n\n{para}\n\n")).collect();
        assert!(!roles_of(&page).contains(&Role::Furniture));
    }

    use super::*;
    use crate::joins::join;
    use crate::lines::read;

    fn roles(page: &str) -> Vec<Role> {
        let l = read(page);
        let mut b = join(&l);
        classify(&mut b, &l);
        b.iter().map(|b| b.role).collect()
    }

    #[test]
    fn a_row_of_a_form_is_text_not_a_title() {
        let page = "第二十九届中国新闻奖获奖作品目录\n\n奖次：二等奖项目：文字系列报道\n\n作者：集体\n编辑：武艳珍\n\n发布平台：新华日报报送单位：自荐\n";
        let roles = roles_of(page);
        assert_eq!((roles[0], roles[1], roles[3]), (Role::Title, Role::Body, Role::Body), "{roles:?}");
    }

    /// A paragraph of four lines set in the body's font.
    const BODY: &str = "福州福清市，福光股份有限公司全光谱精密\n光学镜头生产线上，工人们正在忙碌地检\n测一批即将发往海外的镜头，订单已经排\n到了明年三月。";

    #[test]
    fn a_sentence_in_the_body_s_font_ending_on_an_exclamation_is_a_paragraph() {
        let text = BODY;
        let page = format!("{text}\n\n我坚信，中朝友谊这棵参天大树一定会枝繁\n叶茂、万古长青！\n\n{text}");
        assert_eq!(roles_of(&page)[1], Role::Body);
        // A headline so closed, on a line of its own or broken by hand, is still a title.
        assert_eq!(roles_of(&format!("{text}\n\n金正日同志永垂不朽！\n\n{text}"))[1], Role::Title);
        assert_eq!(roles_of(&format!("{text}\n\n同心协力，\n共创美好未来！\n\n{text}"))[1], Role::Title);
    }

    #[test]
    fn a_sentence_in_the_body_s_font_leading_into_what_follows_on_a_dash_is_a_paragraph() {
        let text = BODY;
        let page = format!("这个夏天，行走八闽大地，处处涌动高质量\n发展新气象——\n\n{text}");
        assert_eq!(roles_of(&page)[0], Role::Body);
        // A kicker on a line of its own, with its clauses, is still a title.
        assert_eq!(roles_of(&format!("不忘老朋友，发展新友谊，党际交往——\n\n{text}"))[0], Role::Title);
        // Its first line fills the column, the marks no line may open on hanging past it.
        let text = column_of_text("投标文件线上投递，网上开评标系统在线唱标，投标人远程确认，整个开标过程全程录像、可溯可查，实现投标供应商“零跑腿”，政府采购招投标“不见面办理”正有序推进。", 19);
        let page = format!("{text}\n打造能办事、快办事、办成事的“便利福建”，\n八闽各地自我加压，实招迭出——\n\n{text}");
        assert_eq!(roles_of(&page)[1], Role::Body);
    }

    #[test]
    fn a_marked_name_under_a_title_signs_the_piece() {
        let text = "三月的雅砻河谷，风还带着凉意，\n河边的柳树已经冒出了新芽。";
        assert_eq!(roles(&format!("雅砻河畔的春天\n\n□ 次仁央宗\n\n{text}")), [Role::Title, Role::Byline, Role::Body]);
        assert_eq!(roles(&format!("雅砻河畔的春天\n\n◎张三\n\n{text}")), [Role::Title, Role::Byline, Role::Body]);
        assert_eq!(roles(&format!("加强中朝友好合作\n\n任寰宇\n\n{text}")), [Role::Title, Role::Byline, Role::Body]);
        assert_eq!(roles(&format!("理论的力量\n\n王小明\n\n一、深刻认识高质量发展的意义\n\n{text}"))[1], Role::Byline);
        // A short headline under its kicker, spoken of in its text, is no name.
        assert_eq!(roles("走进错那\n\n高原红\n\n“高原红”是当地人对这种花的叫法，\n如今开遍了山坡。")[1], Role::Title);
        // Between paragraphs the same shape is a box's label.
        assert_ne!(roles(&format!("{text}\n\n■留言板\n\n{text}"))[1], Role::Byline);
        // Where the head group follows its text, the name closes it, at the page's end or before
        // the next report; spoken of in the text above, it is a short title.
        assert_eq!(roles(&format!("{text}\n\n加强中朝友好合作\n\n任寰宇\n")), [Role::Body, Role::Title, Role::Byline]);
        assert_eq!(roles("“高原红”是当地人对这种花的叫法，\n如今开遍了山坡。\n\n走进错那\n\n高原红\n")[2], Role::Title);
    }

    #[test]
    fn a_title_open_over_furniture_is_text_unless_the_furniture_closes_it() {
        let text = "就业实习是衔接学校教育与职场生活的重要环节，\n许多同学也会选择在课余时间进行实习。";
        assert_eq!(roles(&format!("会议还传达学习了《市场监管总\n\n责任编辑：张三\n\n{text}"))[0], Role::Body);
        assert_eq!(roles(&format!("莫让实习生权益保护成“死角”（金台视线\n\n）\n\n{text}"))[0], Role::Title);
    }

    #[test]
    fn an_editors_signature_is_text() {
        assert_eq!(roles("本报记者深入基层采访干部群众，记录各地取得的新成就。\n\n——编者"), [Role::Body, Role::Body]);
    }

    #[test]
    fn the_papers_name_on_a_line_of_its_own_is_furniture() {
        assert_eq!(roles("山南日报\n\n本报讯 5月21日，市公安局举办宣讲交流会。"), [Role::Furniture, Role::Lead]);
    }

    #[test]
    fn questions_need_an_answer_after_them() {
        assert_eq!(roles("下一步有什么打算？\n\n答：我们将继续努力。"), [Role::Question, Role::Answer]);
        // The answer may open on its speaker's name.
        assert_eq!(roles("记者：下一步有什么打算？\n\n孟子伟：我们将继续努力。\n\n会议指出：要继续努力。"), [Role::Question, Role::Answer, Role::Body]);
        assert_eq!(roles("下一步有什么打算？\n\n我们将继续努力。"), [Role::Title, Role::Body]);
    }

    #[test]
    fn captions_subtitles_furniture() {
        assert_eq!(
            roles("图为文艺演出现场。 王恒 摄\n\n——市人民医院开展红色歌曲演唱比赛小记\n\n责编：张三"),
            [Role::Caption, Role::Subtitle, Role::Furniture]
        );
    }

    #[test]
    fn titles_are_short_and_open() {
        assert_eq!(roles("唱响红色歌曲\n传承红色记忆\n\n会议还传达学习了通知精神。"), [Role::Title, Role::Body]);
    }

    #[test]
    fn a_title_naming_the_reports_genre_is_a_subtitle_without_its_dash() {
        assert_eq!(roles("“中国是多边主义的最重要支柱”\n\n访联合国秘书长古特雷斯\n\n本报记者 赵嘉鸣\n\n联合国秘书长古特雷斯在北京接受采访。"), [Role::Title, Role::Subtitle, Role::Byline, Role::Body]);
    }

    #[test]
    fn a_long_headline_across_columns_is_a_title() {
        // Two lines each over twice the column, longer than any headline in one column.
        let col = "一二三四五六七八九十一二三四五六";
        let page = format!("{col}\n{col}\n结束了。\n\n朝鲜宣布中止核试验与洲际弹道导弹发射试验 中国外交部发言人表示，朝方有关\n决定有助于进一步缓和半岛局势，有助于推动半岛无核化和半岛问题政治解决进程\n\n{col}\n完。\n");
        assert_eq!(roles(&page), [Role::Body, Role::Title, Role::Body]);
    }

    #[test]
    fn a_headline_across_columns_with_a_sentence_in_its_deck_is_a_title() {
        let col = "一二三四五六七八九十一二";
        let page = format!("{col}\n{col}\n结束了。\n\n胡锦涛等赴朝鲜驻华使馆吊唁金正日逝世\n胡锦涛江泽民等送花圈，吴邦国李长春习近平一同前往吊唁\n胡锦涛强调，不断巩固和发展中朝传统友好合作关系是坚定不移的方针。我们愿同朝鲜同志携手努力\n\n{col}\n完。\n");
        assert_eq!(roles(&page), [Role::Body, Role::Title, Role::Body]);
    }

    #[test]
    fn a_paragraph_cut_by_furniture_stays_a_paragraph() {
        let col = "一二三四五六七八九十一二三四五六";
        let page = format!("{col}\n{col}\n结束了。\n\n王毅表示，中方赞赏朝方致力于半岛\n\n■\n\n无核化立场以及为缓和半岛形势所作\n的努力。\n");
        assert_eq!(roles(&page), [Role::Body, Role::Body, Role::Furniture, Role::Body]);
        // A title as wide as its column over the page's last furniture is cut by nothing.
        let page = format!("{col}\n{col}\n结束了。\n\n特朗普宣布取消与金正恩在新加坡的\n\n责编：张琳 版式：赵敏\n");
        assert_eq!(roles(&page), [Role::Body, Role::Title, Role::Furniture]);
    }

    #[test]
    fn an_agency_credit_is_a_line_of_text_not_a_title() {
        assert_eq!(roles("朝鲜在平壤举行追悼大会。\n\n新华社发\n\n本报平壤12月29日电 朝鲜29日举行追悼大会。"), [Role::Body, Role::Body, Role::Lead]);
    }

    #[test]
    fn a_letter_s_addressee_and_signers_are_its_text() {
        let page = "贺电全文如下：\n\n平壤\n\n朝鲜劳动党第一书记\n\n金正恩同志：\n\n欣悉你当选，我表示热烈祝贺。\n\n中国共产党中央委员会\n\n二〇一二年四月十一日于北京";
        assert_eq!(roles(page), [Role::Body; 7]);
    }

    #[test]
    fn on_a_page_with_no_blank_line_a_letter_s_signers_and_date_are_its_text_and_the_next_title_a_title() {
        let page = "欣悉你当选，我表示热烈祝贺。\n山区教育基金会理事会\n二〇一二年四月十一日于长沙\n山区学校迎来新学期\n本报记者 李明远\n九月的山区，稻谷金黄，学校门口的\n小路上，孩子们背着书包赶来上课。\n";
        let lines = crate::lines::read(page);
        let mut blocks = crate::joins::join(&lines);
        classify(&mut blocks, &lines);
        let got: Vec<(&str, Role)> = blocks.iter().map(|b| (b.text.as_str(), b.role)).collect();
        assert_eq!(got[1..3], [("山区教育基金会理事会二〇一二年四月十一日于长沙", Role::Body), ("山区学校迎来新学期", Role::Title)], "{got:?}");
    }

    #[test]
    fn the_addressee_under_an_announcement_is_the_letter_s_text() {
        // No salutation of its own (it ran on into the letter's first paragraph): the text that
        // announces the letter says what the short lines under it are.
        let page = "外交部长约见朝鲜驻华使馆临时代办，转达了唁电。唁电全文如下：\n\n平壤\n\n朝鲜劳动党中央委员会\n\n朝鲜民主主义人民共和国内阁：惊悉噩耗，我们深感悲痛。";
        assert_eq!(roles(page), [Role::Body; 4]);
        assert!(!announces_text("全文如下：")); // a title of its own announces nothing
    }

    #[test]
    fn a_dash_line_under_a_quotation_names_its_speaker() {
        let page = "“中国人民愿同各国人民一道，共同创造人类的美好未来！”\n\n——习近平总书记在党的十九大上的报告\n\n2018年6月10日，上海合作组织青岛峰会闭幕。";
        assert_eq!(roles(page), [Role::Body, Role::Body, Role::Body]);
        // Straight under a paragraph it names who wrote it.
        let page = "　　我养了很多鸭子，饲料运不进来，非常发愁。留言后，干部联系了我，解了我的燃眉之急。\n　　——河北省某县某村养殖户\n\n　　家里种植了几十亩的白菜，眼看已到成熟期。";
        assert_eq!(roles(page), [Role::Body, Role::Body, Role::Body]);
        // So it does with a blank around it: a subtitle sits under its headline, which ends no
        // sentence, never under a paragraph that does.
        let page = "我养了很多鸭子，饲料运不进来，非常发愁。留言后，干部联系了我，解了我的燃眉之急。\n\n——河北省某县某村养殖户\n\n家里种植了几十亩的白菜，眼看已到成熟期。";
        assert_eq!(roles(page), [Role::Body, Role::Body, Role::Body]);
        // One that ends a statement is text wherever it stands (a column break before a quoted
        // speaker's dash): a subtitle ends none.
        let page = "站长说：“这条路走多了，\n对它的了解也越来越深\n\n——这不只是一条路，更是沿线群众的希望。”\n\n据介绍，这条路全长两百公里。";
        assert_eq!(roles(page)[1..], [Role::Body, Role::Body]);
        // Under a quoted headline it is a subtitle.
        assert_eq!(roles("“将朝中友谊代代传承下去”\n\n——记中朝友谊\n\n本报讯 5月1日，开会。"), [Role::Title, Role::Subtitle, Role::Lead]);
        // So it is where a paragraph printed elsewhere on the page was put before it, as
        // columns read across are put back in order.
        let l = read("——记中朝友谊\n\n本报讯 5月1日，开会。\n\n另一篇报道的最后一段结束了。");
        let moved = vec![l[2].clone(), l[0].clone(), l[1].clone()];
        let mut b = join(&moved);
        classify(&mut b, &moved);
        assert_eq!(b.iter().map(|b| b.role).collect::<Vec<_>>(), [Role::Body, Role::Subtitle, Role::Lead]);
    }

    #[test]
    fn on_indent_pages_an_indented_short_block_is_a_paragraph() {
        let col = "一二三四五六七八九十一二三四五六";
        let para = format!("　　{col}\n{col}\n结束了。\n");
        let page = format!("{para}{para}{para}　　确保党和人民事业沿着正确方\n向前进的重要前提\n{para}");
        assert_eq!(roles(&page), [Role::Body; 5]);
    }

    #[test]
    fn a_rubric_closes_a_headline_of_three_full_lines() {
        let col = "一二三四五六七八九十";
        let page = format!("深入推动能源革命\n促进绿色低碳发展（调查研究\n凝聚共识）\n\n{col}\n{col}\n{col}\n结束了。");
        assert_eq!(roles(&page)[0], Role::Title);
    }

    #[test]
    fn an_archive_s_title_author_and_source_lines_stand_apart() {
        let page = "引领未来，中国做对了什么\n任仲平\n《人民日报》（2025年10月20日 第 01 版）\n\n历史，正在书写新的篇章。";
        assert_eq!(roles(page), [Role::Title, Role::Byline, Role::Furniture, Role::Body]);
        // A role word alone signs the text under it.
        assert_eq!(roles("本报评论员\n\n这是一篇评论的正文，讲一个道理。")[0], Role::Byline);
        // A role word over its names, one a line, is a byline however many lines it takes.
        let page = "久久为功，“APEC蓝”成为“北京蓝”\n本报记者\n\n程\n\n龙\n\n潘俊强\n\n《人民日报》（2025年10月20日 第 01 版）\n\n编者按：言出必践。";
        assert_eq!(roles(page), [Role::Title, Role::Byline, Role::Furniture, Role::Body]);
    }

    #[test]
    fn two_full_lines_over_a_short_third_without_commas_are_a_headline_wrapped_at_the_column() {
        let col = "一二三四五六七八九十";
        let body = format!("{col}\n{col}\n结束了。");
        // (over a paragraph, not a report's opening formula)
        let page = format!("某省农业农村厅召开全\n省春耕备耕、夏粮生产\n推进会议\n\n{body}");
        assert_eq!(roles(&page)[0], Role::Title);
        // A paragraph's part has its commas; a question is a paragraph's; so is a list's entry.
        for part in ["各地各部门拼搏向上，\n自强不息，凝聚起澎湃\n力量", "如何让这个全省最大的\n电力供应系统更加安全\n高效？", "6.某省农业农村厅召开\n全省春耕备耕工作推进\n会议"] {
            assert_eq!(roles(&format!("{part}\n\n{body}"))[0], Role::Body, "{part}");
        }
        // Lines not as wide as each other are no title's (a poem's stanza).
        assert_eq!(roles(&format!("山上推窗可见城中高耸\n的楼房如松涛奔涌来\n白鹭\n\n{body}"))[0], Role::Body);
    }

    #[test]
    fn a_stack_of_four_lines_closing_on_a_rubric_or_a_kicker_s_dash_is_a_title_despite_its_marks() {
        let body = column_of_text("一名党员就是一面旗帜。孙家栋院士是党和国家在航天事业发展历程中培养出来的优秀科学家。", 11);
        let kicker = column_of_text("“共和国勋章”获得者、中国航天科技集团有限公司原高级技术顾问孙家栋院士——", 11);
        let head = "“国家需要，我就去做”\n（奋斗百年路 \n启航新征程·党旗在基层\n一线高高飘扬）\n";
        assert_eq!(roles_of(&format!("{kicker}\n{head}\n{body}"))[..3], [Role::Title, Role::Title, Role::Body]);
        // Four lines with a comma that close on neither are a paragraph's, and so is a dash line
        // with a comma in it.
        let part = "“国家需要，我就去做”\n孙家栋院士的这句话，\n说出了一代航天人的\n心声\n";
        let led = column_of_text("“共和国勋章”获得者，中国航天科技集团有限公司原高级技术顾问孙家栋院士——", 11);
        assert_eq!(roles_of(&format!("{part}\n{body}"))[0], Role::Body);
        assert_eq!(roles_of(&format!("{led}\n{body}"))[0], Role::Body);
    }

    #[test]
    fn a_title_closed_by_its_rubric_over_a_second_deck_is_one_title_despite_the_deck_s_commas() {
        let body = column_of_text("今年以来，某县加快推进农村公路建设，新建改建公路三百多公里，沿线村庄实现了通客车的目标。", 14);
        let deck = "沿线群众表示，出行更加方便快\n捷致富路子更宽\n";
        let page = format!("山区公路建设通车运营（民生视\n点）\n{deck}\n{body}");
        assert_eq!(roles_of(&page)[..2], [Role::Title, Role::Body]);
        // Not where the lines before the bracket have a paragraph's marks, nor where the lines
        // under it make a statement.
        let page = format!("山区公路建设，通车运营（民生\n视点）\n{deck}\n{body}");
        assert_eq!(roles_of(&page)[0], Role::Body);
        let page = format!("山区公路建设通车运营（民生视\n点）\n沿线群众表示，出行更加方便快\n捷了。\n\n{body}");
        assert_eq!(roles_of(&page)[0], Role::Body);
    }

    #[test]
    fn a_stack_of_decks_wider_than_the_column_with_short_phrases_between_is_a_title() {
        let (above, under) = (
            "中国共产党的国际影响力、感召力、塑造力不断提高，将同世界各国政党和人民一道，为推动构建人类命运共同体，携手建设更加美好的世界作出新的更大贡献。",
            "习近平总书记在中央外事工作会议上强调，外交是国家意志的集中体现，必须坚持外交大权在党中央。党的对外工作始终同党和国家的中心任务紧密相连。",
        );
        let (before, after) = (column_of_text(above, 14), column_of_text(under, 14));
        let head = "不忘老朋友，发展新友谊，党际交往——\n扩大朋友圈\n知交遍天下（大数据观察·壮阔东方潮\n奋进新时代——庆祝改革开放40年·数说）\n";
        assert_eq!(roles_of(&format!("{before}\n{head}\n{after}"))[..3], [Role::Body, Role::Title, Role::Body]);
        // A photo's caption set wider than the column holds its full stop: no headline. Nor is its
        // first part, cut by a column break before its stop: four lines all wider than the
        // column, no short phrase between them.
        let (before, after) = (column_of_text(above, 11), column_of_text(under, 11));
        let caption = "10月11日，中共中央政治局常委、\n中央书记处书记刘云山专程赶赴\n安州祭扫中国人民志愿军烈士陵\n园，向中国人民志愿军烈士敬献\n";
        assert_ne!(roles_of(&format!("{before}\n{caption}花篮并默哀。新华社记者　李涛\n\n{after}"))[1], Role::Title);
        assert_ne!(roles_of(&format!("{before}\n{caption}\n{after}"))[1], Role::Title);
    }

    #[test]
    fn a_letter_s_addressee_runs_to_any_number_of_short_lines_and_wraps_to_three() {
        // (no blank line parts four names a line each; one name wrapped at the column)
        let col = "一二三四五六七八九十一二三四五六";
        let page = format!("{col}\n{col}\n{col}\n外交部长约见某国驻华使馆临时代办，\n转达了唁电。全文如下：\n\n平壤\n某某党中央委员会\n某某党中央军事委员会\n某某国国防委员会\n\n某某民主主义人民共和国最高人民\n会议常任委员会某某民主主义人民\n共和国\n\n某某国内阁\n\n{col}\n{col}\n{col}\n谨致以深切的哀悼。");
        assert_eq!(roles(&page), [Role::Body; 5]);
    }
}
