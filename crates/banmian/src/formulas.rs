//! Every newspaper formula banmian knows, in one place: lead formulas (本报讯, …电), bylines
//! (本报记者 X), photo credits (X 摄), editor lines (责编), section words, punctuation classes and
//! the display width of a character.
//!
//! Nothing here knows about pages or stages: each function looks at one string.
//!
//! ```
//! use banmian::formulas::{dateline, caption_credit};
//! assert_eq!(dateline("本报讯（记者 白玛论珠）5月19日，市政府…").unwrap().text, "本报讯（记者 白玛论珠）");
//! assert_eq!(caption_credit("图为文艺演出现场。 王恒 摄").unwrap().1, "王恒");
//! ```

/// Display width in full-width units, as a column of newspaper text is set: ASCII letters,
/// digits and punctuation count ½, every other character (CJK, full-width punctuation) 1.
pub fn char_width(c: char) -> f32 {
    if c.is_ascii() {
        0.5
    } else {
        1.0
    }
}

/// Width of the first word of `t` as a typesetter breaks lines: a run of ASCII letters and
/// digits, which no line break splits, or one character.
pub fn first_word_width(t: &str) -> f32 {
    let run = t.bytes().take_while(u8::is_ascii_alphanumeric).count();
    if run > 0 {
        run as f32 * 0.5
    } else {
        t.chars().next().map_or(0.0, char_width)
    }
}

/// [`char_width`] summed over a string, counted on its UTF-8 bytes: an ASCII byte is ½, every
/// other character starts with one lead byte (0b11xxxxxx) worth 1.
pub fn width(s: &str) -> f32 {
    let (mut ascii, mut other) = (0u32, 0u32);
    // Byte counters per chunk of 255 bytes cannot overflow and vectorise 16 bytes at a time.
    for chunk in s.as_bytes().chunks(255) {
        let (mut a, mut o) = (0u8, 0u8);
        for &b in chunk {
            a += u8::from(b < 0x80);
            o += u8::from(b >= 0xC0);
        }
        ascii += u32::from(a);
        other += u32::from(o);
    }
    ascii as f32 * 0.5 + other as f32
}

/// White space as newspapers extract it: ASCII, ideographic space, no-break space.
pub fn is_space(c: char) -> bool {
    // char::is_whitespace spelled out (Unicode White_Space), so that a CJK character is turned
    // away by one comparison instead of a table lookup; plus the invisible ones a page's text
    // may hold (soft hyphen, zero-width space, word joiner, byte order mark: lines::normalise).
    matches!(c as u32, 0x09..=0x0D | 0x20 | 0x85 | 0xA0 | 0xAD | 0x1680 | 0x2000..=0x200B | 0x2028 | 0x2029 | 0x202F | 0x205F | 0x2060 | 0x3000 | 0xFEFF)
}

/// `t` holds the character `c`: a SIMD scan for the last byte of its UTF-8 form, then a look at
/// the bytes before each hit (the standard `contains` sets up a substring search for a CJK character).
pub fn has_char(t: &str, c: char) -> bool {
    let mut buf = [0u8; 4];
    let e = c.encode_utf8(&mut buf).as_bytes();
    memchr::memchr_iter(e[e.len() - 1], t.as_bytes()).any(|i| ends_at(t.as_bytes(), i, e))
}

/// `t` holds `a` or `b`: [`has_char`] for either of two characters, at one scan.
#[inline]
pub fn has_either_char(t: &str, a: char, b: char) -> bool {
    let (mut x, mut y) = ([0u8; 4], [0u8; 4]);
    let (ea, eb) = (a.encode_utf8(&mut x).as_bytes(), b.encode_utf8(&mut y).as_bytes());
    let h = t.as_bytes();
    memchr::memchr2_iter(ea[ea.len() - 1], eb[eb.len() - 1], h).any(|i| ends_at(h, i, ea) || ends_at(h, i, eb))
}

/// The bytes `h` hold the character `e` (its UTF-8 form) ending at byte `i`.
#[inline]
fn ends_at(h: &[u8], i: usize, e: &[u8]) -> bool {
    i + 1 >= e.len() && h[i + 1 - e.len()..=i] == *e
}

/// `t` holds a mark that divides clauses: ，、。；：or an ASCII comma.
pub fn has_clause_mark(t: &str) -> bool {
    marks(t).clause
}

/// [`has_clause_mark`] but for the enumeration comma 、, which headlines use too (朝鲜劳动党委员长、
/// 国务委员会委员长): a mark that only running text uses.
pub fn has_sentence_mark(t: &str) -> bool {
    marks(t).sentence
}

/// `t` holds a full stop (。) anywhere: a statement, which no headline, kicker or subtitle makes
/// (none of the corpus' 736 subtitles holds one; a head may end on ？ or ！).
pub fn holds_stop(t: &str) -> bool {
    has_char(t, '。')
}

/// The marks of running text a line has: [`has_clause_mark`] and [`has_sentence_mark`] at once.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Marks {
    pub clause: bool,
    pub sentence: bool,
    /// The first mark only running text uses is a full-width colon after a label short enough
    /// for a headline's ([`colon_title`] asks the rest).
    pub label_colon: bool,
}

/// One SIMD scan for the bytes the marks begin with (`,`, E3 for 、。, EF for full-width forms),
/// then a look at each hit, until a mark only running text uses.
pub fn marks(t: &str) -> Marks {
    let b = t.as_bytes();
    let mut enumeration = false;
    for i in memchr::memchr3_iter(b',', 0xE3, 0xEF, b) {
        let (sentence, colon) = match b[i] {
            b',' => (true, false),
            0xE3 => {
                enumeration |= matches!(b.get(i + 1..i + 3), Some([0x80, 0x81]));
                (matches!(b.get(i + 1..i + 3), Some([0x80, 0x82])), false)
            }
            _ => match b.get(i + 1..i + 3) {
                Some([0xBC, 0x9A]) => (true, true),
                Some([0xBC, 0x8C | 0x9B]) => (true, false),
                _ => (false, false),
            },
        };
        if sentence {
            return Marks { clause: true, sentence: true, label_colon: colon && i <= 4 * MAX_COLON_LABEL_CHARS };
        }
    }
    Marks { clause: enumeration, sentence: false, label_colon: false }
}

/// `t`'s only mark of running text is one comma between two phrases, as a headline's second
/// line joins two (传承中朝友谊，续写时代新篇章): no other clause mark, the comma not at either end.
pub fn single_comma(t: &str) -> bool {
    let t = trim_space(t);
    let mut marks = t.char_indices().filter(|&(_, c)| matches!(c, '，' | ',' | '。' | '；' | '：' | '、' | ';' | ':'));
    matches!((marks.next(), marks.next()), (Some((at, c @ ('，' | ','))), None) if at > 0 && at + c.len_utf8() < t.len())
}

/// Most characters of the name or label before a headline's colon (南方电网：绿色认证落地).
const MAX_COLON_LABEL_CHARS: usize = 8;

/// `t` is a headline's label and what it says a colon apart (南方电网：绿色认证落地, 山东寿光市：
/// 选优配强…): the colon its only mark, after a short label of ideographs, with words after it.
#[inline(never)]
pub fn colon_title(t: &str) -> bool {
    let t = trim_space(t);
    // (the colon searched for by its bytes; the rest's marks by one scan, which turns away a
    // speaker's words, 王毅：今年是…，…, before any character is counted)
    let Some((label, rest)) = t.split_once('：').or_else(|| t.split_once(':')) else { return false };
    label.len() <= 4 * MAX_COLON_LABEL_CHARS
        && !marks(rest).clause
        && !rest.contains(['：', ':', ';', '？', '！'])
        && (2..=MAX_COLON_LABEL_CHARS).contains(&label.chars().count())
        && label.chars().all(is_cjk)
        && rest.chars().filter(|&c| is_cjk(c)).nth(1).is_some()
}

/// `s` without white space ([`is_space`]) at either end. Lines and blocks reach the formulas
/// already trimmed, so a first look at the bytes at each end settles almost every call.
#[inline]
pub fn trim_space(s: &str) -> &str {
    trim_end_space(trim_start_space(s))
}

/// `s` without white space at its start.
#[inline]
pub fn trim_start_space(s: &str) -> &str {
    match s.as_bytes().first() {
        // ASCII other than white space, or the lead byte of a character U+4000..U+9FFF
        Some(&b) if (b > b' ' && b < 0x80) || (0xE4..=0xE9).contains(&b) => s,
        Some(_) => s.trim_start_matches(is_space),
        None => s,
    }
}

/// `s` without white space at its end.
/// The bytes open with an ideograph from U+3400 (CJK Extension A, E3 90 on) to U+9FFF, three
/// bytes long: the one test on bytes for the runs of characters the stages read.
#[inline]
pub fn ideograph_bytes(b: &[u8]) -> bool {
    match b {
        [x, y, _, ..] => (0xE4..=0xE9).contains(x) || (*x == 0xE3 && *y >= 0x90),
        _ => false,
    }
}

#[inline]
pub fn trim_end_space(s: &str) -> &str {
    let b = s.as_bytes();
    let n = b.len();
    let clean = match n {
        0 => true,
        _ if b[n - 1] > b' ' && b[n - 1] < 0x80 => true,
        // the last character is three bytes: CJK ideographs, CJK punctuation but the
        // ideographic space (E3 80 80), full-width forms but the byte order mark (EF BB BF)
        _ if n >= 3 => match b[n - 3] {
            0xE4..=0xE9 => true,
            0xE3 => b[n - 2..] != [0x80, 0x80],
            0xEF => b[n - 2..] != [0xBB, 0xBF],
            _ => false,
        },
        _ => false,
    };
    if clean {
        s
    } else {
        s.trim_end_matches(is_space)
    }
}

/// Characters that close a quotation or bracket and may follow the end of a sentence.
pub fn is_closer(c: char) -> bool {
    matches!(c, '”' | '’' | '」' | '』' | '）' | ')' | '》' | '〉' | '】' | '"' | '\'')
}

/// Characters that end a sentence.
pub fn is_sentence_end(c: char) -> bool {
    matches!(c, '。' | '！' | '？' | '!' | '?' | '…' | '；' | ';' | '.')
}

/// Characters a typesetter never puts at the start of a line (禁则): they hang on the line before.
pub fn is_no_line_start(c: char) -> bool {
    matches!(
        c,
        '，' | '。' | '、' | '；' | '：' | '？' | '！' | '）' | '」' | '』' | '”' | '’' | '》' | ',' | '.' | ':' | ';' | '!' | '?' | ')'
    )
}

/// Width of the marks no line opens on ([`is_no_line_start`]) that end `line`: what hangs past
/// its column (“便利福建”， hangs ”，, two units).
pub fn hanging_width(line: &str) -> f32 {
    width(&line[line.trim_end_matches(is_no_line_start).len()..])
}

/// Text that cannot open a sentence, so a line that opens with it goes on from the line before:
/// punctuation that no line starts with, or a bound particle (的问候, 们的; not 的确).
pub fn starts_mid_sentence(t: &str) -> bool {
    let mut cs = t.chars();
    match cs.next() {
        Some('的') => cs.next() != Some('确'),
        Some('们') => true,
        Some(c) => is_no_line_start(c),
        None => false,
    }
}

/// Text that stops on an opening quote or bracket (…外交的“), so the line after it goes on with
/// what the quote or bracket holds, whatever stands between them (a wrap, a column break).
pub fn ends_mid_sentence(t: &str) -> bool {
    trim_end_space(t).ends_with(['“', '‘', '「', '『', '（', '《', '〈', '【', '(', '['])
}

/// Text that stops on a field's label set off by a space, as rows of fields print them (…项目：
/// 文字系列报道 题目：, …李炼 刊播单位／发布平台：, 人民日报 报送单位：): the field's value is on the next line, whatever stands
/// between them. (A sentence that leads into what follows on a colon, …以下两方面工作：, sets off
/// no label.)
pub fn ends_on_field_label(t: &str) -> bool {
    let Some(rest) = trim_end_space(t).strip_suffix(['：', ':']) else { return false };
    let Some((before, label)) = rest.rsplit_once(is_space) else { return false };
    let n = label.chars().count();
    // (the row may have wrapped before the field the label follows: 人民日报 报送单位：)
    (2..=MAX_FIELD_LABEL_CHARS).contains(&n) && label.chars().all(|c| is_cjk(c) || matches!(c, '／' | '/')) && !trim_space(before).is_empty()
}

/// Longest label of a field in a row (刊播单位／发布平台).
const MAX_FIELD_LABEL_CHARS: usize = 10;

/// Text that stops on a word that needs more after it, a particle, preposition or conjunction
/// (…探索构建以, …发展的): no headline ends so, and a line that does goes on into the next.
pub fn ends_dangling(t: &str) -> bool {
    trim_end_space(t).ends_with(['的', '以', '于', '把', '被', '从', '向', '与', '和', '及', '并', '而', '对', '在'])
}

/// Punctuation that a headline never ends on (it ends on words, ？, ！ or a closing quote).
pub fn is_clause_punct(c: char) -> bool {
    matches!(c, '，' | '、' | '：' | ',' | ':' | '；' | ';' | '。')
}

/// `t` holds at most one clause mark ([`is_clause_punct`]) and no full stop, as a title's line
/// may (谱写中朝友谊新篇，维护半岛和平稳定; 斯里兰卡统一国民党领袖、政府总); running text seldom does
/// over more than a line. Stops at the second mark.
pub fn title_marks(t: &str) -> bool {
    let mut seen = false;
    for c in t.chars().filter(|&c| is_clause_punct(c)) {
        if seen || c == '。' {
            return false;
        }
        seen = true;
    }
    true
}

/// How many of the characters the scripts write apart [`traditional_script`] reads at most.
const SCRIPT_SAMPLE: usize = 200;

/// Which script a text is set in, by the common characters the two write apart (們/们, 這/这,
/// 說/说…): `Some(true)` for traditional (他們說這個), `Some(false)` for simplified, `None`
/// where neither shows at least `min` more times than the other. Read until [`SCRIPT_SAMPLE`]
/// such characters are found: enough to tell.
pub fn traditional_script<'a>(texts: impl Iterator<Item = &'a str>, min: usize) -> Option<bool> {
    let (mut trad, mut simp) = (0usize, 0usize);
    for c in texts.flat_map(str::chars) {
        if trad + simp >= SCRIPT_SAMPLE {
            break;
        }
        match c {
            '們' | '這' | '說' | '來' | '時' | '為' | '會' | '國' | '與' | '對' | '過' | '還' | '後' | '個' | '長' | '見' | '問' | '題' | '發' | '經' | '無' | '實' | '現' | '當' | '從' | '樣' | '點' | '應' | '該' | '讓' | '進' | '開' | '關' | '學' | '業' | '動' | '歲' | '醫' | '錢' | '產' => trad += 1,
            '们' | '这' | '说' | '来' | '时' | '为' | '会' | '国' | '与' | '对' | '过' | '还' | '后' | '个' | '长' | '见' | '问' | '题' | '发' | '经' | '无' | '实' | '现' | '当' | '从' | '样' | '点' | '应' | '该' | '让' | '进' | '开' | '关' | '学' | '业' | '动' | '岁' | '医' | '钱' | '产' => simp += 1,
            _ => {}
        }
    }
    if trad >= simp + min {
        Some(true)
    } else if simp >= trad + min {
        Some(false)
    } else {
        None
    }
}

/// Round brackets (full-width and ASCII) `t` opens, less those it closes: 1 for （本报记者王某、.
pub fn bracket_depth(t: &str) -> i32 {
    t.chars().map(|c| i32::from(matches!(c, '（' | '(')) - i32::from(matches!(c, '）' | ')'))).sum()
}

/// Quotations (“…”, 「…」, 『…』) `t` opens, less those it closes: 1 for 他说：“今年.
pub fn quote_depth(t: &str) -> i32 {
    t.chars().map(|c| i32::from(matches!(c, '“' | '「' | '『')) - i32::from(matches!(c, '”' | '」' | '』'))).sum()
}

/// Does the text end a sentence (ignoring closing quotes and brackets after the stop)?
pub fn ends_sentence(s: &str) -> bool {
    let mut it = trim_end_space(s).chars().rev();
    let mut closers = 0;
    for c in it.by_ref() {
        if is_closer(c) {
            closers += 1;
            if closers > 3 {
                return false;
            }
            continue;
        }
        // A lone closing bracket after a word is not a sentence end: （新华社发）. An ASCII full
        // stop is one after an ideograph (…上运行., where extraction made the stops ASCII), not
        // after a number or a Latin word (5., Co.).
        return is_sentence_end(c) && !(c == '.' && closers == 0 && !it.next().is_some_and(is_cjk));
    }
    false
}

/// A whole line or block in brackets: a note that closes an article (（新华社北京6月22日电）,
/// （杨晓娜整理）, （作者为…）).
pub fn bracketed_note(s: &str) -> bool {
    let t = trim_space(s);
    ((t.starts_with('（') && t.ends_with('）')) || (t.starts_with('(') && t.ends_with(')'))) && t.chars().count() >= 3
}

/// Running text that announces a document printed after it: …唁电全文如下：, 贺信全文如下：.
pub fn announces_text(s: &str) -> bool {
    let t = trim_end_space(s);
    ["如下：", "如下:"].iter().any(|w| t.ends_with(w)) && has_clause_mark(t.trim_end_matches(['：', ':']))
}

/// A bracketed note that gives a report's dispatch: a date and 电 inside, （本报平壤、首尔12月1日电
/// 记者王莉、孙天仁）, （新华社北京6月22日电）; or, with no date, a source the lead lexicon knows,
/// its places and 电: （本报柏林电）, （新华社北京电　记者王某）.
pub fn dispatch_note(s: &str) -> bool {
    dispatch_rest(s).is_some()
}

/// What a dispatch note ([`dispatch_note`]) holds after its 电: （新华社北京6月22日电　记者郝薇薇） →
/// 　记者郝薇薇. None where `s` is no dispatch note.
fn dispatch_rest(s: &str) -> Option<&str> {
    let inner = bracketed(s)?;
    let at = inner.find(['电', '電'])?;
    let (before, after) = (&inner[..at], &inner[at + '电'.len_utf8()..]);
    (find_date(before).is_some() || (undated_dispatch(before) && (after.is_empty() || after.starts_with(|c: char| c.is_whitespace())))).then_some(after)
}

/// The reporters a bracketed dispatch note closing a report credits after its 电:
/// （新华社北京6月22日电　记者郝薇薇、李忠发） → 郝薇薇, 李忠发 (记者). None where no role word follows
/// 电 (（本报首尔8月31日电）), or where what follows is no list of names.
fn dispatch_people(s: &str) -> Option<Vec<Person>> {
    let rest = trim_start_space(dispatch_rest(s)?);
    role_word_at(rest)?;
    let people = parse_people(rest, None);
    (!people.is_empty() && people.iter().all(|p| short_name(&p.name))).then_some(people)
}

/// The people a bracketed note closing a report credits: a byline's (（本报记者 周之然）), or the
/// reporters a dispatch note names after its 电. The engine's fields and the
/// simulator's gold both read them here.
pub fn note_people(s: &str) -> Option<Vec<Person>> {
    byline(s).or_else(|| dispatch_people(s))
}

/// Most characters of places between a source and 电 in an undated dispatch (本报里约热内卢电).
const MAX_DISPATCH_PLACE_CHARS: usize = 12;

/// A known source and its places, all ideographs, before an undated 电: 本报柏林, 新华社北京.
fn undated_dispatch(before: &str) -> bool {
    lead_lexicon().prefixes(before).any(|(_, src)| {
        let places = &before[src.len()..];
        let n = places.chars().count();
        (1..=MAX_DISPATCH_PLACE_CHARS).contains(&n) && places.chars().all(|c| is_cjk(c) || c == '、')
    })
}

/// A bracketed note that names a commentary's author, as it closes: （作者为海南热带海洋学院教授）,
/// （作者单位：云南大学法学院）.
pub fn author_note(s: &str) -> bool {
    bracketed(s).is_some_and(|inner| inner.starts_with("作者") && !inner.contains('。'))
}

/// A note in brackets that closes a report: its dispatch (（本报首尔8月31日电）) or its author
/// (（作者为…）).
pub fn closing_note(t: &str) -> bool {
    // (a note ends on its bracket: one look at the line's end turns away almost every line)
    t.trim_end().ends_with(['）', ')']) && (dispatch_note(t) || author_note(t))
}

/// What a note wholly in round brackets holds: （新华社北京6月22日电） → 新华社北京6月22日电.
fn bracketed(s: &str) -> Option<&str> {
    trim_space(s).strip_prefix(['（', '(']).and_then(|x| x.strip_suffix(['）', ')']))
}

/// A kicker (引题) ends on a dash or a colon: 第十一届世界城市论坛呼吁——, 山东寿光市：; or on
/// a word that gives the headline under it as what was said, longer than a speaker's label over
/// a passage (郭声琨在政法领导干部…开班式上强调, 国务院安委会部署要求; not 习近平强调).
pub fn kicker_ending(t: &str) -> bool {
    let t = trim_end_space(t);
    t.ends_with("——") || t.ends_with(['：', ':']) || (SAYING_WORDS.iter().any(|w| t.ends_with(w)) && t.chars().count() > MAX_SPEAKER_CHARS)
}

/// Words on which a kicker gives its headline as said (要求 only as 部署要求: 提出赔偿要求 ends a
/// headline).
const SAYING_WORDS: &[&str] = &["强调", "強調", "指出", "表示", "呼吁", "呼籲", "宣布", "部署要求"];

/// The label a photo report is printed under, as its headline: 图片报道, 图片新闻.
pub fn photo_label(s: &str) -> bool {
    matches!(trim_space(s), "图片报道" | "图片新闻" | "圖片報道" | "圖片新聞")
}

pub fn is_cjk(c: char) -> bool {
    matches!(c as u32, 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x3134F)
}

/// A character of a person's name: an ideograph, or the point that parts a transliterated name
/// (若昂·罗西).
fn name_char(c: char) -> bool {
    is_cjk(c) || c == '·'
}

/// An ASCII or a full-width digit.
pub fn is_digit(c: char) -> bool {
    c.is_ascii_digit() || ('０'..='９').contains(&c)
}

pub fn is_latin_alnum(c: char) -> bool {
    c.is_ascii_alphanumeric()
}

/// A lead formula at the start of a paragraph, and the people it credits.
#[derive(Debug, Clone, PartialEq)]
pub struct Dateline {
    /// The formula as printed: 本报讯（记者 白玛论珠）, 新华社北京7月4日电
    pub text: String,
    /// Byte length of the formula in the paragraph.
    pub len: usize,
    /// People named in its bracket.
    pub people: Vec<Person>,
    /// A date the formula itself carries (7月4日电), as (month, day).
    pub date: Option<(u32, u32)>,
}

/// One credited person.
#[derive(Debug, Clone, PartialEq)]
pub struct Person {
    /// 记者, 通讯员, 摄影 or none
    pub role: Option<&'static str>,
    pub name: String,
}

/// Agencies and papers whose formulas open a report: X讯 or X…电.
const LEAD_SOURCES: &[&str] = &[
    "本报", "新华社", "中新社", "中新网", "人民网", "新华网", "央视网", "中央社", "本報", "新華社", "中新網", "人民網",
    "新華網", "央視網", "据新华社", "據新華社", "据本报", "特约记者",
];

/// The lead formula that opens `s`, if any.
pub fn dateline(s: &str) -> Option<Dateline> {
    let s0 = trim_start_space(s);
    let skipped = s.len() - s0.len();
    if s0.starts_with(['【', '（', '(', '〔']) {
        return bracketed_dateline(s0, skipped);
    }
    let lexicon = lead_lexicon();
    // A source the lexicon knows, else any outlet's name (光明日报, 新京报) with a formula's tail.
    let known = lexicon.prefixes(s0).map(|(_, p)| p.len()).max();
    let mut end = match known {
        Some(src) => formula_tail(s0, src, false),
        None => outlet_ends(s0).find_map(|src| formula_tail(s0, src, true)),
    }?;
    let head = &s0[..end];
    let date = find_date(head).map(|d| (d.month, d.day));
    // Optional bracket with the reporters: （记者 白玛论珠）
    let after = &s0[end..];
    let trimmed = trim_start_space(after);
    let mut people = Vec::new();
    if let Some(inner_start) = trimmed.strip_prefix('（').or_else(|| trimmed.strip_prefix('(')) {
        if let Some(close) = inner_start.find(['）', ')']) {
            let inner = &inner_start[..close];
            if width(inner) <= 30.0 && !inner.contains(['。', '，']) {
                people = parse_people(inner, None);
                let close_len = inner_start[close..].chars().next().map_or(1, char::len_utf8);
                end += (after.len() - trimmed.len()) + (trimmed.len() - inner_start.len()) + close + close_len;
            }
        }
    }
    // Or the people with no bracket, each role word with its names: 本报讯 记者李明 通讯员张华
    if people.is_empty() && after.starts_with(is_space) {
        let (n, found) = spaced_people(after);
        if !found.is_empty() {
            people = found;
            end += n;
        }
    }
    // 央视网消息（新闻联播）：
    if s0[end..].starts_with('：') && s0[..end].contains("消息") {
        end += '：'.len_utf8();
    }
    let text = trim_end_space(&s0[..end]).to_string();
    Some(Dateline { len: skipped + end, text, people, date })
}

/// The people a lead formula credits without a bracket, in the words after it: role words and
/// names set off by spaces, up to the first word that is neither (记者李明 通讯员张华 7月4日，…).
/// Returns the bytes they take (from the start of `s`, spaces before them included) and the
/// people; none unless the first word opens with a role word.
fn spaced_people(s: &str) -> (usize, Vec<Person>) {
    let mut taken = 0;
    let mut role_seen = false;
    let mut at = 0;
    for word in s.split(is_space) {
        let start = at;
        at += word.len() + s[at + word.len()..].chars().next().map_or(0, char::len_utf8);
        if word.is_empty() {
            continue;
        }
        let (n, _) = role_word_at(word).unwrap_or((0, None));
        let name = &word[n..];
        // (the credit may close on 报道 and the text follow straight on: 记者张三报道：5月19日，…)
        if n > 0 {
            if let Some((who, after)) = name.split_once("报道").or_else(|| name.split_once("報導")) {
                if (2..=4).contains(&who.chars().count()) && who.chars().all(is_cjk) {
                    let colon = after.chars().next().filter(|&c| matches!(c, '：' | ':')).map_or(0, char::len_utf8);
                    let people_end = start + n + who.len();
                    return (start + word.len() - after.len() + colon, parse_people(&s[..people_end], None));
                }
            }
        }
        // (a name, not another role word: 综合本报驻外记者报道 credits no one called 报道)
        let short_name = (1..=4).contains(&name.chars().count()) && name.chars().all(name_char) && role_word_at(name).is_none();
        if !(role_seen || n > 0) || !(short_name || (n > 0 && name.is_empty())) || n == "文".len() && word.starts_with('文') {
            break;
        }
        role_seen = true;
        taken = start + word.len();
    }
    if taken == 0 {
        return (0, Vec::new());
    }
    (taken, parse_people(&s[..taken], None))
}

/// Where the formula that `s` opens with a source `src` bytes long ends: right after the
/// source (本报讯, 新京报讯, 央视网消息) or after up to 16 characters of places and date
/// (本报北京7月4日电, 新华社缅甸蒲甘7月4日电, 经济日报北京7月4日讯). A source the lexicon does not
/// know (`generic`) needs the date before 电, as any word ending in 报 or 社 might open a sentence.
fn formula_tail(s: &str, src: usize, generic: bool) -> Option<usize> {
    let rest = &s[src..];
    let words: &[&str] = if generic { &["讯", "訊"] } else { &["讯", "訊", "消息", "专电", "專電", "电", "電"] };
    if let Some(w) = words.iter().find(|w| rest.starts_with(*w)) {
        return Some(src + w.len());
    }
    let mut n = 0;
    let mut dated = false;
    let mut seen_digit = false;
    for (i, c) in rest.char_indices() {
        // (讯 only after the date: 本报通讯员 is a byline)
        if matches!(c, '电' | '電') && (dated || !generic) || matches!(c, '讯' | '訊') && dated {
            return Some(src + i + c.len_utf8());
        }
        n += 1;
        if n > 16 || !(is_cjk(c) || digit(c).is_some() || is_space(c) || matches!(c, '·' | '・' | '、')) {
            return None;
        }
        // (no outlet's place names run past eight characters before the date's digits)
        seen_digit |= digit(c).is_some();
        if generic && n > 8 && !seen_digit {
            return None;
        }
        if !is_space(c) {
            dated = c == '日'; // (7 月 4 日 电: spaces inside the date)
        }
    }
    None
}

/// A lead formula wholly in brackets, as Taiwanese and Hong Kong papers print it:
/// 【記者王某／台北報導】, （中央社記者王某台北5日電）, 〔記者王某／台北報導〕.
fn bracketed_dateline(s0: &str, skipped: usize) -> Option<Dateline> {
    let open = s0.chars().next()?;
    let close = match open {
        '【' => '】',
        '〔' => '〕',
        '（' => '）',
        _ => ')',
    };
    let end = s0.find(close)?;
    let inner = &s0[open.len_utf8()..end];
    // A lead formula opens a report: text follows it. A bracket alone closes one: （本报北京电）
    if width(inner) > 40.0 || inner.contains(['。', '，']) || s0[end..].trim_start_matches([close, ' ', '\u{3000}']).is_empty() {
        return None;
    }
    let reported = ["報導", "报道", "電", "电", "訊", "讯"].iter().any(|t| inner.ends_with(t));
    let credited = ["記者", "记者", "中央社", "新華社", "新华社", "本報", "本报"].iter().any(|t| inner.starts_with(t));
    // 【明報專訊】, 【大公報訊】: a paper's own news, named in the bracket.
    let own_news = || {
        let name = inner.strip_suffix(['訊', '讯']).map(|n| n.strip_suffix(['專', '专']).unwrap_or(n)).unwrap_or("");
        let n = name.chars().count();
        (2..=8).contains(&n) && name.chars().all(is_cjk) && name.ends_with(['報', '报', '社', '網', '网', '台'])
    };
    if !(reported && (credited || own_news())) {
        return None;
    }
    // 記者王某／台北報導: the name stands between the role word and the ／ before the place.
    // 中央社記者王某台北5日電: before the place that the date follows.
    let who = inner.split(['／', '/', '╱']).next().unwrap_or(inner);
    let who = who.strip_prefix("中央社").unwrap_or(who);
    let who = match who.find(|c: char| digit(c).is_some()) {
        Some(at) => strip_place(&who[..at]),
        None => who,
    };
    let people = if who.len() < inner.len() { parse_people(who, None) } else { Vec::new() };
    let date = find_date(inner).map(|d| (d.month, d.day));
    let len = end + close.len_utf8();
    Some(Dateline { text: s0[..len].to_string(), len: skipped + len, people, date })
}

/// Places a dispatch is filed from, as a formula names them after the reporter's name with
/// nothing between (中央社記者王某台北5日電): the cities of Taiwan and the capitals the wires
/// report from most.
const PLACES: &[&str] = &[
    "台北", "臺北", "新北", "桃園", "台中", "臺中", "台南", "臺南", "高雄", "基隆", "新竹", "嘉義", "屏東", "宜蘭", "花蓮", "台東", "臺東",
    "澎湖", "金門", "苗栗", "彰化", "南投", "雲林", "香港", "澳門", "北京", "上海", "東京", "首爾", "華盛頓", "紐約", "倫敦", "巴黎",
    "柏林", "莫斯科", "布魯塞爾", "新加坡", "雪梨", "曼谷", "河內", "馬尼拉", "雅加達", "吉隆坡", "洛杉磯", "舊金山",
];

/// `s` without a place from [`PLACES`] that ends it (王某台北 → 王某), if what is left is a name.
fn strip_place(s: &str) -> &str {
    PLACES.iter().find_map(|p| s.strip_suffix(p).filter(|rest| rest.chars().count() >= 2)).unwrap_or(s)
}

/// Role words that open a byline, longest first, with the contract role they map to.
const ROLE_WORDS: &[(&str, Option<&str>)] = &[
    ("本报特约通讯员", Some("通讯员")),
    ("本報特約通訊員", Some("通讯员")),
    ("本报特约评论员", None),
    ("本報特約評論員", None),
    ("特约评论员", None),
    ("特約評論員", None),
    ("本报特约记者", Some("记者")),
    ("本報特約記者", Some("记者")),
    ("本报实习记者", Some("记者")),
    ("本报见习记者", Some("记者")),
    ("新华社评论员", None),
    ("新華社評論員", None),
    ("本报评论员", None),
    ("本報評論員", None),
    ("新华社记者", Some("记者")),
    ("新華社記者", Some("记者")),
    ("本报通讯员", Some("通讯员")),
    ("本報通訊員", Some("通讯员")),
    ("本报记者", Some("记者")),
    ("本報記者", Some("记者")),
    ("特约记者", Some("记者")),
    ("实习记者", Some("记者")),
    ("见习记者", Some("记者")),
    ("报道．攝影", Some("记者")),
    ("報導．攝影", Some("记者")),
    ("报道·摄影", Some("记者")),
    ("特约撰稿人", None),
    ("通讯员", Some("通讯员")),
    ("通訊員", Some("通讯员")),
    ("实习生", None),
    ("實習生", None),
    ("摄影", Some("摄影")),
    ("攝影", Some("摄影")),
    ("記者", Some("记者")),
    ("记者", Some("记者")),
    ("報導", Some("记者")),
    ("报道", Some("记者")),
    ("撰文", None),
    ("评论员", None),
    ("評論員", None),
    ("文/", None),
    ("文／", None),
    ("图/", Some("摄影")),
    ("图／", Some("摄影")),
    ("文", None),
];

/// A word list grouped by first character: a line is compared only with the words that begin
/// with its own first character, and almost every line has none.
pub struct Lexicon {
    /// Bit `c % 256` is set when a word begins with character `c`: most lines stop here.
    initials: [u64; 4],
    /// (first character, range in `words`), sorted by character.
    firsts: Vec<(char, std::ops::Range<usize>)>,
    /// (index in the list given, word), grouped by first character, in the order given.
    words: Vec<(usize, &'static str)>,
}

impl Lexicon {
    pub fn new(list: impl Iterator<Item = &'static str>) -> Lexicon {
        let mut words: Vec<(usize, &'static str)> = list.enumerate().filter(|(_, w)| !w.is_empty()).collect();
        words.sort_by_key(|(_, w)| w.chars().next()); // stable: the order given within a group
        let mut firsts: Vec<(char, std::ops::Range<usize>)> = Vec::new();
        for (i, (_, w)) in words.iter().enumerate() {
            let c = w.chars().next().unwrap_or_default();
            match firsts.last_mut() {
                Some((f, r)) if *f == c => r.end = i + 1,
                _ => firsts.push((c, i..i + 1)),
            }
        }
        let mut initials = [0u64; 4];
        for (c, _) in &firsts {
            let b = *c as usize % 256;
            initials[b / 64] |= 1 << (b % 64);
        }
        Lexicon { initials, firsts, words }
    }

    /// The words `s` starts with, as (index in the list given, word), in the order given.
    pub fn prefixes<'s>(&'s self, s: &'s str) -> impl Iterator<Item = (usize, &'static str)> + 's {
        let may = |c: char| self.initials[c as usize % 256 / 64] & (1 << (c as usize % 64)) != 0;
        let group = s.chars().next().filter(|&c| may(c)).and_then(|c| self.firsts.binary_search_by_key(&c, |(f, _)| *f).ok());
        let words = group.map_or(&[][..], |g| &self.words[self.firsts[g].1.clone()]);
        words.iter().copied().filter(move |(_, w)| s.starts_with(w))
    }
}

/// The sources whose formulas open a report ([`LEAD_SOURCES`]), built once: the lead formula and
/// an undated dispatch note read the same list.
#[inline]
fn lead_lexicon() -> &'static Lexicon {
    static LEAD_LEXICON: std::sync::OnceLock<Lexicon> = std::sync::OnceLock::new();
    LEAD_LEXICON.get_or_init(|| Lexicon::new(LEAD_SOURCES.iter().copied()))
}

static ROLE_LEXICON: std::sync::OnceLock<Lexicon> = std::sync::OnceLock::new();
static EDITOR_LEXICON: std::sync::OnceLock<Lexicon> = std::sync::OnceLock::new();

fn role_word_at(s: &str) -> Option<(usize, Option<&'static str>)> {
    listed_role_at(s).or_else(|| outlet_role_at(s))
}

/// A role word of [`ROLE_WORDS`] that `s` opens with: (byte length, role).
fn listed_role_at(s: &str) -> Option<(usize, Option<&'static str>)> {
    let lexicon = ROLE_LEXICON.get_or_init(|| Lexicon::new(ROLE_WORDS.iter().map(|w| w.0)));
    lexicon.prefixes(s).next().map(|(i, w)| (w.len(), ROLE_WORDS[i].1))
}

/// An outlet's name, perhaps a posting (驻…), then a reporter's role word: 本报驻韩国记者,
/// 新华社驻京记者, 光明日报记者, 中青报·中青网记者. Returns (byte length, role).
fn outlet_role_at(s: &str) -> Option<(usize, Option<&'static str>)> {
    for end in outlet_ends(s) {
        let rest = &s[end..];
        let (posted, rest) = match rest.strip_prefix('驻').or_else(|| rest.strip_prefix('駐')) {
            Some(r) => (true, r),
            None => (false, rest),
        };
        for (w, r) in [("记者", Some("记者")), ("記者", Some("记者")), ("通讯员", Some("通讯员")), ("通訊員", Some("通讯员")), ("评论员", None), ("評論員", None)] {
            let at = if posted { rest.find(w) } else { rest.starts_with(w).then_some(0) };
            if let Some(at) = at {
                if rest[..at].chars().count() <= 8 && rest[..at].chars().all(is_cjk) {
                    return Some((s.len() - rest.len() + at + w.len(), r));
                }
            }
        }
    }
    None
}

/// The name of a news outlet ends on 报, 報, 社, 网 or 網 (光明日报, 文汇报, 聯合報, 中新社, 央广网),
/// or on one of these characters after one of the others: a site (澎湃新闻), a broadcaster (总台,
/// 电视台, 电台), an app (客户端), a weekly (新闻周刊).
const OUTLET_ENDS: &[(char, &str)] = &[('台', "总總视視电電"), ('闻', "新"), ('聞', "新"), ('端', "户戶"), ('刊', "周週")];
/// Words a sentence may open with before an outlet's name, that no outlet's name opens with:
/// 受新华社记者采访, 据光明日报, 在本报, 综合本报驻外记者报道.
const NOT_OUTLET_START: &[char] = &['综', '綜', '受', '据', '據', '在', '向', '对', '對', '被', '让', '讓', '给', '給', '与', '與', '和', '从', '從', '为', '為', '接', '该', '該', '其', '各', '本'];
/// Longest outlet name read without a lexicon (characters).
const MAX_OUTLET_CHARS: usize = 10;

/// Where `s` may end the name of an outlet it opens with, nearest first (byte offsets): the
/// name is 本报/本報, or up to [`MAX_OUTLET_CHARS`] ideographs (or · between two names,
/// 中青报·中青网) ending as [`OUTLET_ENDS`] says and opening with none of
/// [`NOT_OUTLET_START`]. What follows decides whether it was one (记者…, …电, …讯).
fn outlet_ends(s: &str) -> impl Iterator<Item = usize> + '_ {
    let b = s.as_bytes();
    let mut ends = [0usize; MAX_OUTLET_CHARS];
    let mut n = 0;
    if s.starts_with("本报") || s.starts_with("本報") {
        ends[0] = "本报".len();
        n = 1;
    } else {
        // Read as bytes: ideographs from U+3400 (E3 90 on) to U+9FFF, three bytes each.
        let mut i = 0;
        for _ in 0..MAX_OUTLET_CHARS {
            match b.get(i..i + 3) {
                Some([0xC2, 0xB7, _]) if i > 0 => i += 2, // ·
                Some(&[x, y, z]) if ideograph_bytes(&[x, y, z]) => {
                    i += 3;
                    // (the last bytes of 社 网 網 报 報 台 闻 聞 端 刊, less 0x80, as bits: one test
                    // passes over almost every other character)
                    const LAST: u64 = 1 << 0x3E | 1 << 0x11 | 1 << 0x32 | 1 << 0x25 | 1 << 0x31 | 1 << 0x30 | 1 << 0x3B | 1 << 0x1E | 1 << 0x2F | 1 << 0x0A;
                    if i > 3 && LAST >> (z & 63) & 1 == 1 && outlet_end(s, i, [x, y, z]) {
                        ends[n] = i;
                        n += 1;
                    }
                }
                _ => break,
            }
        }
        if n > 0 && s.chars().next().is_some_and(|c| NOT_OUTLET_START.contains(&c)) {
            n = 0;
        }
    }
    ends.into_iter().take(n)
}

/// The character `c` (its bytes), ending at byte `i` of `s`, ends an outlet's name there
/// ([`OUTLET_ENDS`]).
#[inline]
fn outlet_end(s: &str, i: usize, c: [u8; 3]) -> bool {
    // (报 報 社 网 網 alone, by their bytes; the others' bytes first, then the character before)
    match c {
        [0xE6, 0x8A, 0xA5] | [0xE5, 0xA0, 0xB1] | [0xE7, 0xA4, 0xBE] | [0xE7, 0xBD, 0x91] | [0xE7, 0xB6, 0xB2] => true,
        [0xE5, 0x8F, 0xB0] | [0xE9, 0x97, 0xBB] | [0xE8, 0x81, 0x9E] | [0xE7, 0xAB, 0xAF] | [0xE5, 0x88, 0x8A] => {
            let last = s[i - 3..i].chars().next();
            let before = s[..i - 3].chars().next_back();
            OUTLET_ENDS.iter().any(|&(l, prev)| Some(l) == last && before.is_some_and(|p| prev.contains(p)))
        }
        _ => false,
    }
}

/// Split "记者 李晓晴 通讯员 王 强、张三" into people. Single characters separated by a space
/// (刘 歌, a name spaced out to fill two cells) are joined back into one name.
pub fn parse_people(s: &str, default_role: Option<&'static str>) -> Vec<Person> {
    let mut out = Vec::new();
    let mut role = default_role;
    let mut pending: Vec<String> = Vec::new();
    let flush = |pending: &mut Vec<String>, role: Option<&'static str>, out: &mut Vec<Person>| {
        let mut i = 0;
        while i < pending.len() {
            let mut name = pending[i].clone();
            // Join runs of one-character tokens: 刘 歌 -> 刘歌
            if name.chars().count() == 1 {
                while i + 1 < pending.len() && pending[i + 1].chars().count() == 1 && name.chars().count() < 3 {
                    i += 1;
                    name.push_str(&pending[i]);
                }
            }
            if !name.is_empty() {
                out.push(Person { role, name });
            }
            i += 1;
        }
        pending.clear();
    };
    // (what parts two names or a role word and a name)
    // (the dot between two credits, 報導．攝影╱X, is printed in several forms: ． · • ‧ ・)
    let parts = |c: char| is_space(c) || matches!(c, '、' | '，' | ',' | ';' | '；' | '╱' | '/' | '／' | '．' | '·' | '•' | '‧' | '・');
    for tok in s.split_inclusive(parts) {
        let mut t = tok;
        let sep = t.chars().next_back().filter(|&c| parts(c));
        if let Some(c) = sep {
            t = &t[..t.len() - c.len_utf8()];
        }
        if t.is_empty() {
            continue;
        }
        // A credit word before a slash names what those after it did: 文/本报记者 李四 图/张三.
        if matches!(sep, Some('/' | '／' | '╱')) {
            let credit = match t {
                "文" | "文字" | "撰文" => Some(None),
                "图" | "圖" | "摄" | "攝" | "摄影" | "攝影" | "图片" | "圖片" => Some(Some("摄影")),
                _ => None,
            };
            if let Some(r) = credit {
                flush(&mut pending, role, &mut out);
                role = r;
                continue;
            }
        }
        // A role word may be glued to a name: 记者吴秋余
        if let Some((n, r)) = role_word_at(t) {
            if !(t.len() == n && t == "文") {
                flush(&mut pending, role, &mut out);
                role = r;
                t = &t[n..];
            }
        }
        let t = t.trim_matches(|c: char| matches!(c, '：' | ':' | '（' | '）' | '(' | ')'));
        if !t.is_empty() {
            pending.push(t.to_string());
        }
    }
    flush(&mut pending, role, &mut out);
    out
}

/// Credits written name-first, as picture pages print them: "曹  一图  徐  之文" (picture by
/// 曹一, text by 徐之). Every chunk is a two- or three-character name followed by 图, 文 or 摄;
/// at least two chunks, so that a title ending in 图 or 文 is not taken for one.
fn suffix_credits(t: &str) -> Option<Vec<Person>> {
    if t.len() > 64 || !t.ends_with(['图', '文', '摄', '圖', '攝']) || !t.contains(is_space) {
        return None;
    }
    let packed: Vec<char> = t.chars().filter(|c| !is_space(*c)).collect();
    if packed.len() > 16 || !packed.iter().all(|c| is_cjk(*c)) || !t.contains(is_space) {
        return None;
    }
    let mut out = Vec::new();
    let mut name = String::new();
    for &c in &packed {
        if matches!(c, '图' | '文' | '摄' | '圖' | '攝') && (2..=3).contains(&name.chars().count()) {
            let role = if matches!(c, '图' | '摄' | '圖' | '攝') { Some("摄影") } else { None };
            out.push(Person { role, name: std::mem::take(&mut name) });
        } else {
            name.push(c);
        }
    }
    (name.is_empty() && out.len() >= 2).then_some(out)
}

/// The titles a commentary's writer is credited with after an institution's name (中国国际问题
/// 研究院研究员 虞少华, 中国人民大学教授 王五); the longer first where one ends another.
const EXPERT_TITLES: &[&str] = &[
    "副研究员", "研究员", "副教授", "教授", "副院长", "院长", "副所长", "所长", "副主任", "主任", "博士", "副研究員", "研究員", "副院長", "院長", "副所長", "所長",
];
/// Longest institution and title before an expert's name (characters).
const MAX_EXPERT_CHARS: usize = 24;

/// A commentary's writer credited with an institution and a title, the name set off by a
/// space: 中国国际问题研究院研究员 虞少华. The name is two to four ideographs; the title is one of
/// [`EXPERT_TITLES`] after at least two characters of the institution's name.
fn expert_credit(t: &str) -> Option<Vec<Person>> {
    // (the name is two to four ideographs of three bytes each after a space: three looks at the
    // line's end turn away almost every line)
    let at = (2..=4).map(|k| t.len().saturating_sub(3 * k)).find(|&at| at > 0 && t.is_char_boundary(at) && t[..at].ends_with(is_space))?;
    let (who, name) = (trim_end_space(&t[..at]), &t[at..]);
    let n = who.chars().count();
    // (the title is evidence enough that a name follows: any two to four ideographs, 虞少华)
    let name_chars = name.chars().count();
    if !(4..=MAX_EXPERT_CHARS).contains(&n) || !who.chars().all(is_cjk) || !(2..=4).contains(&name_chars) || !name.chars().all(is_cjk) {
        return None;
    }
    let title = EXPERT_TITLES.iter().find(|w| who.ends_with(*w))?;
    (who.len() - title.len() >= "院所".len()).then(|| vec![Person { role: None, name: name.to_string() }])
}

/// National dailies whose staff sign a report as a group ([`group_credit`]), beside the sources
/// of [`LEAD_SOURCES`].
const GROUP_OUTLETS: &[&str] = &[
    "人民日报", "光明日报", "经济日报", "解放军报", "中国青年报", "工人日报", "农民日报", "科技日报", "法治日报", "中国日报", "人民日報", "光明日報", "經濟日報",
];
/// A group that signs a report after its outlet's name: 人民日报社代表团, 本报调研组, 本报评论部.
const GROUP_WORDS: &[&str] = &[
    "代表团", "代表團", "调研组", "調研組", "采访组", "採訪組", "课题组", "課題組", "报道组", "報導組", "采访团", "採訪團", "评论部", "評論部", "编辑部", "編輯部",
];

/// A report signed by a group of an outlet's staff, the line nothing but the outlet's name (a
/// source of [`LEAD_SOURCES`] or [`GROUP_OUTLETS`], perhaps with 社 and 联合) and the group's
/// ([`GROUP_WORDS`]): 人民日报社代表团, 本报联合调研组. The group is the one person credited.
fn group_credit(t: &str) -> Option<Vec<Person>> {
    // (every group word ends on 团, 團, 组, 組 or 部: one look at the last character turns away
    // almost every line)
    if !t.ends_with(['团', '團', '组', '組', '部']) {
        return None;
    }
    let group = GROUP_WORDS.iter().find(|w| t.ends_with(*w))?;
    let outlet = &t[..t.len() - group.len()];
    let outlet = outlet.strip_suffix("联合").or_else(|| outlet.strip_suffix("聯合")).unwrap_or(outlet);
    let known = |o: &str| LEAD_SOURCES.contains(&o) || GROUP_OUTLETS.contains(&o);
    (known(outlet) || outlet.strip_suffix('社').is_some_and(known)).then(|| vec![Person { role: None, name: t.to_string() }])
}

/// Marks that open a byline or a box's label: ■本报记者 王小明, ■记者手记.
const BLOCK_MARKS: [char; 11] = ['■', '□', '◎', '●', '○', '▲', '△', '◆', '◇', '★', '☆'];

/// A writer's name behind a block mark, as a feature or a poem is signed under its title
/// (□ 次仁央宗, ◎张三, ■ 王五 李四): the people it names, each without a role. A box's label behind a
/// mark (■留言板, ■记者手记) has the same shape, so only where the line stands tells them apart.
pub fn marked_name(s: &str) -> Option<Vec<Person>> {
    let rest = trim_space(s).strip_prefix(BLOCK_MARKS)?;
    let rest = trim_start_space(rest);
    if rest.is_empty() || role_word_at(rest).is_some() {
        return None;
    }
    // (a name set letter-spaced, 刘  歌, is one name)
    let names = match letter_spaced_name(rest) {
        Some(name) => vec![name],
        None => rest.split(is_space).filter(|t| !t.is_empty()).map(str::to_string).collect(),
    };
    let people: Vec<Person> = names.into_iter().map(|name| Person { role: None, name }).collect();
    // (a name: two to four characters, or longer with the dot of a transliteration, 次仁·央宗)
    let name = |t: &str| {
        let n = t.chars().count();
        t.chars().all(name_char) && (2..=if t.contains('·') { 12 } else { 4 }).contains(&n)
    };
    (people.len() <= 3 && people.iter().all(|p| name(&p.name))).then_some(people)
}

/// A name set letter-spaced, an ideograph (or a transliteration's dot) a word (刘  歌, 张　伟),
/// closed up: 刘歌, 张伟.
pub fn letter_spaced_name(s: &str) -> Option<String> {
    let parts: Vec<&str> = s.split(is_space).filter(|p| !p.is_empty()).collect();
    let spaced = parts.len() > 1 && parts.iter().all(|p| p.chars().count() == 1 && p.chars().all(name_char));
    spaced.then(|| parts.concat())
}

/// Two names of two characters closed up into one run of four, as two co-authors' names set
/// letter-spaced one character a line become (李⏎非⏎黄⏎婧: 李非, 黄婧), where the four are no name
/// themselves.
pub fn two_names(s: &str) -> Option<[String; 2]> {
    let chars: Vec<char> = s.chars().collect();
    if chars.len() != 4 || personal_name(s) {
        return None;
    }
    let (a, b): (String, String) = (chars[..2].iter().collect(), chars[2..].iter().collect());
    (personal_name(&a) && personal_name(&b)).then_some([a, b])
}

/// The commonest Chinese surnames (about nine people in ten bear one), simplified and traditional.
const SURNAMES: &str = "王李张張刘劉陈陳杨楊黄黃赵趙吴吳周徐孙孫马馬朱胡郭何高林罗羅郑鄭梁谢謝宋唐许許韩韓冯馮邓鄧曹彭曾\
    肖蕭田董袁潘于蒋蔣蔡余杜叶葉程苏蘇魏吕呂丁任沈姚卢盧姜崔钟鍾谭譚陆陸汪范金石廖贾賈夏韦韋付方白邹鄒孟熊秦邱江尹薛\
    闫閻段雷侯龙龍史陶黎贺賀顾顧毛郝龚龔邵万萬钱錢严嚴覃武戴莫孔向汤湯";
/// Surnames of two characters.
const DOUBLE_SURNAMES: &[&str] = &["欧阳", "歐陽", "司马", "司馬", "诸葛", "諸葛", "上官", "东方", "東方", "皇甫", "令狐", "慕容", "公孙", "公孫", "夏侯", "司徒", "端木", "南宫", "宇文", "尉迟"];

/// A Chinese personal name and nothing else, on a line of its own: 张三, 王小明, 欧阳修文, 刘  歌
/// (set letter-spaced), 玛丽娜·拉古什. Short titles (春耕忙) mostly open on no surname.
pub fn personal_name(s: &str) -> bool {
    let t: String = trim_space(s).chars().filter(|&c| !is_space(c)).collect();
    let n = t.chars().count();
    if t.contains('·') {
        return (3..=12).contains(&n) && t.chars().all(name_char) && !t.starts_with('·') && !t.ends_with('·');
    }
    if !t.chars().all(is_cjk) {
        return false;
    }
    let first = t.chars().next().unwrap_or(' ');
    (SURNAMES.contains(first) && (2..=3).contains(&n)) || (DOUBLE_SURNAMES.iter().any(|d| t.starts_with(d)) && (3..=4).contains(&n))
}

/// Words after the names of reporters who helped write a report, in brackets at its end.
const CONTRIBUTED: &[&str] = &["参与采写", "参与报道", "參與採寫", "參與報導"];

/// A line that is only a byline: 本报记者 巴桑卓嘎, 通讯员 王强, 報導．攝影╱向高彬, 曹一图 徐之文.
pub fn byline(s: &str) -> Option<Vec<Person>> {
    let t = trim_space(s);
    let bracketed = t.strip_prefix('（').and_then(|x| x.strip_suffix('）'));
    let t = bracketed.unwrap_or(t);
    // (reporters who helped write the report, at its end: （本报记者靳博参与采写）, （刘张烨参与采写）)
    let t = match bracketed.and_then(|t| CONTRIBUTED.iter().find_map(|w| t.strip_suffix(w))) {
        Some(names) => {
            let names = trim_end_space(names);
            let all_names = || names.split('、').all(personal_name);
            if listed_role_at(names).is_none() && outlet_role_at(names).is_none() {
                return (!names.is_empty() && all_names()).then(|| parse_people(names, None));
            }
            names
        }
        _ => t,
    };
    // (behind a block mark, the names set off by a space: ■本报记者 王小明, ◎记者 孙七; not a
    // box's label, ■记者手记)
    let t = match t.strip_prefix(BLOCK_MARKS) {
        Some(r) if r.contains(is_space) => trim_start_space(r),
        _ => t,
    };
    let listed = listed_role_at(t);
    let Some((n, role)) = listed.or_else(|| outlet_role_at(t)) else {
        return suffix_credits(t).or_else(|| expert_credit(t)).or_else(|| group_credit(t));
    };
    if width(t) > 40.0 || t.contains(['。', '，', ',', '？', '！', '“']) || t.ends_with(['摄', '攝']) || t.ends_with("摄影") {
        return None; // … 摄 is a photo credit
    }
    if n == "文".len() && !t.starts_with("文 ") && !t.starts_with("文\u{3000}") {
        return None; // 文化… is no byline
    }
    // (記者王小明／台北報導: the place it was filed from, after the slash, credits no one)
    let t = match t.rfind(['／', '/', '╱']) {
        Some(at) if ["報導", "报道", "報道"].iter().any(|w| t.ends_with(w)) && at > n => trim_end_space(&t[..at]),
        _ => t,
    };
    let rest = &t[n..];
    // A name after an outlet's own (光明日报记者 王某) is set off by a space: without it the line
    // is more likely a sentence's (…韩国记者采访时表示). One after a commentator's role word is set
    // off by a space or a colon, or there is none (特约评论员 王五, 本报评论员; not 评论员文章).
    let listed = listed.is_some();
    let writer = ["评论员", "評論員"].iter().any(|w| t[..n].ends_with(w));
    let set_off = |c: char| is_space(c) || (writer && matches!(c, '：' | ':'));
    if (!listed || writer) && !(writer && rest.is_empty()) && !rest.starts_with(set_off) {
        return None;
    }
    // (after a commentator's role word nothing but names: 评论员：王五 编辑：张… is a row of a list)
    let names_only = |r: &str| r.trim_start_matches(|c: char| is_space(c) || c == '：' || c == ':').chars().all(|c| is_cjk(c) || is_space(c) || matches!(c, '·' | '、'));
    if writer && !names_only(rest) {
        return None;
    }
    let said = rest.trim_start_matches(|c: char| is_space(c) || c == '：' || c == ':');
    if said.is_empty() || SPEECH_WORDS.iter().chain(SUBJECT_WORDS).any(|w| said.starts_with(w)) || rest.contains(|c: char| digit(c).is_some()) {
        return None; // 本报记者表示, 本报记者在平壤看⏎到，…, 记者参观平壤3·26电…: the reporter is the subject of a sentence
    }
    // (the outlet's name read whole: 中青报·中青网记者 孙八 credits one reporter)
    let people = if listed { parse_people(t, None) } else { parse_people(rest, role) };
    // After a colon only a short name: 新华社记者：在保护主义… is an interviewer's question.
    let longest = if rest.starts_with(['：', ':']) { 4 } else { 6 };
    // A name glued to its role word (记者吴秋余) reads as a name: a reporter's is a name's length
    // (记者莽九晨; 记者扶贫跟访日记 opens a title), anyone else's opens on a common surname (摄影学会
    // ends a society's name).
    let glued = rest.starts_with(is_cjk);
    let reporter = matches!(role, Some("记者" | "通讯员"));
    let first_fits = |p: &Person| p.name.contains('·') || personal_name(&p.name) || (reporter && p.name.chars().count() <= 4);
    let plausible = !people.is_empty()
        && (!glued || people.first().is_some_and(first_fits))
        && people.iter().all(|p| {
            let n = p.name.chars().count();
            // (no name holds a colon: 报道 作者：连俊 编辑：… is a row of a list)
            ((1..=longest).contains(&n) || (p.name.is_ascii() && n <= 30)) && !p.name.contains(['：', ':'])
        });
    plausible.then_some(people)
}

/// A byline that names a reporter or a correspondent (本报记者 巴桑卓嘎, 通讯员 王强,
/// 本报驻朝鲜记者 周之然): the writer of the text under it, not a photo's or a column's credit.
pub fn reporter_byline(s: &str) -> bool {
    byline(s).is_some_and(|people| people.iter().any(|p| matches!(p.role, Some("记者" | "通讯员"))))
}

/// A line that is a role word and nothing more: 本报记者, 新华社记者, 通讯员.
pub fn role_only(s: &str) -> bool {
    let t = trim_space(s);
    // (every role word ends on one of these: one look at the last character turns away almost
    // every line)
    let last = t.chars().next_back().unwrap_or(' ');
    matches!(last, '者' | '影' | '员' | '員' | '／' | '/' | '生' | '文' | '道' | '導' | '人') && role_word_at(t).is_some_and(|(n, _)| n == t.len())
}

/// Longest label (characters, without a closing —— or colon) that opens a labelled sub-head.
const MAX_LABEL_CHARS: usize = 4;

/// A bare name that opens a labelled sub-head (美国, 朝鲜——, 联合国：, 数字存档): up to four
/// ideographs (`MAX_LABEL_CHARS`), with or without its closing dash or colon.
pub fn bare_name(text: &str) -> bool {
    let name = label_name(text);
    let n = name.chars().count();
    n > 0 && n <= MAX_LABEL_CHARS && name.chars().all(is_cjk)
}

/// A label without its closing dash or colon: 朝鲜 of 朝鲜——, 联合国 of 联合国：.
pub fn label_name(text: &str) -> &str {
    text.trim_end_matches(['—', '：', ':', '-'])
}

/// A name, or a letter-spaced part of one, on a line of its own: 潘俊强, 程.
pub fn short_name(s: &str) -> bool {
    let t = trim_space(s);
    let n = t.chars().count();
    (1..=4).contains(&n) && t.chars().all(name_char)
}

/// A line that only credits a photo or graphic to an agency or a source: 新华社发, 中新社发,
/// 资料图片, 新华社传真, 人民视觉供图, 数据来源：广东电网有限责任公司. It belongs to the photo beside it, never heads an item.
pub fn agency_credit(s: &str) -> bool {
    let t = trim_space(s);
    let t = t.strip_prefix('（').and_then(|x| x.strip_suffix('）')).unwrap_or(t);
    // 数据来源：国家统计局 under a chart
    if ["数据来源", "资料来源", "數據來源", "資料來源"].iter().any(|w| t.starts_with(w)) && width(t) <= 30.0 && !t.contains('。') {
        return true;
    }
    // Photo agencies and picture desks that sign a photo by name alone.
    const AGENCIES: &[&str] = &["资料图片", "資料圖片", "人民图片", "人民圖片", "人民视觉", "人民視覺", "视觉中国", "視覺中國", "东方IC", "東方IC"];
    let credit = ["社发", "社發", "供图", "供圖", "传真", "傳真"].iter().any(|w| t.ends_with(w)) || AGENCIES.contains(&t);
    credit && width(t) <= 12.0 && !t.contains(['，', '。', '：'])
}

/// The date that signs a letter, a statement or a telegram, on a line of its own:
/// 二〇一一年十二月十九日于北京, 2021年5月19日.
pub fn signature_date(s: &str) -> bool {
    let t = trim_space(s);
    let t = t.split_once('于').map_or(t, |(d, place)| if place.chars().count() <= 6 { d } else { t });
    let numeral = |c: char| is_digit(c) || "〇零一二三四五六七八九十".contains(c);
    let mut parts = t.split(['年', '月']);
    let (Some(y), Some(m), Some(d)) = (parts.next(), parts.next(), parts.next()) else { return false };
    let Some(d) = d.strip_suffix('日') else { return false };
    parts.next().is_none()
        && [y, m, d].iter().all(|x| !x.is_empty() && x.chars().all(numeral))
        && (2..=4).contains(&y.chars().count())
        && y.chars().count() + m.chars().count() + d.chars().count() <= 10
}

/// Administrative words that end a place's name (河南鄢陵县, 江苏南京市), and its longest length.
const PLACE_ENDINGS: &[char] = &['省', '市', '县', '縣', '区', '區', '州', '镇', '鎮', '乡', '鄉', '村', '旗', '盟'];
const MAX_PLACE_CHARS: usize = 8;

/// A place's name alone, as a reader signs a letter with it: 河南鄢陵县, 江苏南京市.
pub fn place_name(s: &str) -> bool {
    let t = trim_space(s);
    // (the last character first: that turns away almost every line)
    t.ends_with(PLACE_ENDINGS) && (3..=MAX_PLACE_CHARS).contains(&t.chars().count()) && t.chars().all(is_cjk)
}

/// The writer who signs a reader's letter: a name, or a surname and 先生 or 女士 (邢先生).
pub fn letter_signer(s: &str) -> bool {
    let t = trim_space(s);
    personal_name(t) || (t.chars().count() <= 4 && ["先生", "女士"].iter().any(|w| t.ends_with(w)))
}

/// The salutation that opens a letter: 金正恩同志：, 尊敬的主席先生：, 亲爱的同学们：
pub fn salutation(s: &str) -> bool {
    let t = trim_space(s);
    let Some(name) = t.strip_suffix('：').or_else(|| t.strip_suffix(':')) else { return false };
    let n = name.chars().count();
    (2..=20).contains(&n)
        && !name.contains(['，', '。', '：', '；'])
        && (name.starts_with("尊敬的") || name.starts_with("亲爱的") || name.starts_with("親愛的")
            || ["同志", "先生", "女士", "阁下", "閣下", "朋友们", "同学们", "们", "們"].iter().any(|w| name.ends_with(w)))
}

/// The photographer credited at the end of a caption: "… 王恒 摄", "唐  克摄（影像中国）",
/// "（新华社记者 李贺摄）". Returns (byte offset where the credit starts, name).
pub fn caption_credit(s: &str) -> Option<(usize, String)> {
    let t = trim_end_space(s);
    // Strip a trailing agency bracket: （影像中国） （新华社发）
    let mut core = t;
    // Where the bracket holding the whole credit opens in `t`: （新华社记者 李贺摄）
    let mut bracketed: Option<usize> = None;
    if let Some(x) = core.strip_suffix('）').or_else(|| core.strip_suffix(')')) {
        if let Some(open) = x.rfind(['（', '(']) {
            let inner = &x[open + x[open..].chars().next().unwrap().len_utf8()..];
            if inner.starts_with(['见', '見']) {
                return None; // （见图，邵越摄）: the text points at its photo; it is no caption
            }
            if inner.ends_with(['摄', '攝']) || inner.ends_with("摄影") || inner.ends_with("攝影") {
                core = inner;
                bracketed = Some(open);
            } else if width(inner) <= 8.0 {
                core = trim_end_space(&x[..open]);
            }
        }
    }
    let core = trim_end_space(core);
    // (a photo report's credit: 刘博通  倪  帅  姜  涛摄影报道)
    let core = core.strip_suffix("报道").or_else(|| core.strip_suffix("報道")).filter(|c| c.ends_with("摄影") || c.ends_with("攝影")).unwrap_or(core);
    let before = core
        .strip_suffix("摄影")
        .or_else(|| core.strip_suffix("攝影"))
        .or_else(|| core.strip_suffix('摄'))
        .or_else(|| core.strip_suffix('攝'))?;
    // (王某/摄: a slash between the name and 摄)
    let before = trim_end_space(before);
    let before = trim_end_space(before.strip_suffix(['/', '／', '╱']).unwrap_or(before));
    // The name: the run of CJK/Latin characters (with inner single spaces) before 摄, after the
    // last sentence end, role word or wide gap.
    let chars: Vec<(usize, char)> = before.char_indices().collect();
    let mut i = chars.len();
    let mut name_chars = 0;
    while i > 0 {
        let (_, c) = chars[i - 1];
        if is_cjk(c) || c.is_ascii_alphabetic() || c == '·' {
            name_chars += 1;
            i -= 1;
        } else if is_space(c) && name_chars == 1 {
            // 唐  克摄: a two-character name spaced out to fill three cells
            let mut j = i;
            while j > 0 && is_space(chars[j - 1].1) {
                j -= 1;
            }
            let lone = j >= 1 && is_cjk(chars[j - 1].1) && (j < 2 || !is_cjk(chars[j - 2].1));
            if !lone {
                break;
            }
            i = j;
        } else {
            break;
        }
        if name_chars > 8 {
            return None;
        }
    }
    if name_chars == 0 {
        return None;
    }
    let name_start = chars.get(i).map_or(before.len(), |x| x.0);
    let mut name: String = before[name_start..].chars().filter(|c| !is_space(*c)).collect();
    // Drop a role word glued in front: 本报记者王某 摄
    for (w, _) in ROLE_WORDS {
        if let Some(r) = name.strip_prefix(w) {
            if !r.is_empty() && *w != "文" {
                name = r.to_string();
                break;
            }
        }
    }
    // (新闻摄影, photojournalism, names a work's genre, as a prize list's title does: 思念的幸福
    // （新闻摄影）; no photographer)
    if GENRE_NOT_NAMES.contains(&name.as_str()) {
        return None;
    }
    if name.chars().count() > 5 && !name.is_ascii() {
        // Most likely the tail of a sentence (…表演摄), not a name; keep the last three characters
        // only when a separator marked the name.
        return None;
    }
    // The credit must stand apart: after a space, a sentence end, a bracket or a role word.
    let prefix = trim_end_space(&before[..name_start]);
    let separated = bracketed.is_some()
        || prefix.is_empty()
        || before[..name_start].len() != prefix.len()
        || prefix.ends_with(|c: char| is_sentence_end(c) || is_closer(c) || c == '（' || c == '(')
        || ROLE_WORDS.iter().any(|(w, _)| prefix.ends_with(w));
    if !separated {
        return None;
    }
    let mut start = prefix.len();
    // Include a role word in the credit part: 新华社记者 李贺 摄
    for (w, _) in ROLE_WORDS {
        if prefix.ends_with(w) && w.len() > 3 {
            start = prefix.len() - w.len();
            break;
        }
    }
    // Offsets so far are in the bracket's text; the credit then starts at the bracket.
    if let Some(open) = bracketed {
        start = open;
    }
    Some((start, name))
}

/// Words before 摄影 that name a genre of photography, not a photographer (新闻摄影).
const GENRE_NOT_NAMES: &[&str] = &["新闻", "新聞"];

/// Openings of a photo caption: 图为…, 上图：…, 图①…
pub fn caption_start(s: &str) -> bool {
    let t = trim_start_space(s);
    const OPEN: &[&str] = &["图为", "圖為", "图片为", "上图", "下图", "左图", "右图", "中图", "图：", "圖：", "图①", "图②", "图③", "图④", "①", "②", "③", "④", "⑤"];
    OPEN.iter().any(|o| t.starts_with(o))
}

/// A sentence of the text, its first or one after a stop, opens on a caption's formula that
/// names the picture (…以期激发全社会参与无偿献血的热情。图为志愿者在接受鲜花。): the text is a
/// photo's caption, whatever it opens on. (Not a list's ①…, which names no picture.)
pub fn tells_photo(s: &str) -> bool {
    let names = |t: &str| caption_start(t) && trim_start_space(t).chars().take(2).any(|c| c == '图' || c == '圖');
    names(s) || s.match_indices(['。', '！', '？']).any(|(at, m)| names(&s[at + m.len()..]))
}

/// A line that opens with an editor's or a desk's credit, the page's own or one page's of an
/// issue: 责编：王某, 本版责编, 三版责编：韩晓明, 美编, 广告热线.
pub fn editor_credit(s: &str) -> bool {
    const EDITOR: &[&str] = &[
        "责编", "责任编辑", "责任校对", "版式", "美编", "校对", "编辑：", "编辑:", "组版", "制版", "图片编辑", "视觉设计", "本版编辑",
        "本版责编", "責編", "責任編輯", "版面設計", "美術編輯", "本版邮箱", "本版郵箱", "广告热线", "廣告熱線", "广告",
        "廣告", "本期统筹", "本版统筹", "本版統籌", "统筹：", "排版", "制图：", "製圖：", "版式设计",
        // (a page's sources for its figures and pictures: 本版数据来源：国家统计局等)
        "本版数据来源", "本版數據來源", "本版图片", "本版圖片", "本版制图", "本版製圖",
    ];
    let editor = EDITOR_LEXICON.get_or_init(|| Lexicon::new(EDITOR.iter().copied()));
    let t = trim_start_space(s);
    if editor.prefixes(t).next().is_some() {
        return true;
    }
    // (after a page's number: 一版责编, 第3版责编, A3版责编; 版 among the first bytes turns away
    // almost every line)
    let head = &t.as_bytes()[..t.len().min(12)];
    let Some(at) = head.windows(3).position(|w| w == "版".as_bytes()) else { return false };
    let page_char = |c: char| c == '第' || c.is_ascii_alphanumeric() || "一二三四五六七八九十".contains(c);
    at > 0 && t[..at].chars().all(page_char) && editor.prefixes(&t[at + '版'.len_utf8()..]).any(|(_, w)| w.starts_with(['责', '責', '编', '編']))
}

/// Every part of `t` set off by a space that carries a label (…：) is an editor's credit
/// ([`editor_credit`]) or a way to reach the desk (电话：, 邮箱：).
fn desk_labels_only(t: &str) -> bool {
    const CONTACT: &[&str] = &["电话", "電話", "邮箱", "郵箱", "电邮", "電郵", "传真", "傳真", "热线", "熱線", "地址", "E-mail", "Email", "email"];
    t.split(is_space).filter(|part| part.contains(['：', ':'])).all(|part| editor_credit(part) || CONTACT.iter().any(|w| part.starts_with(w)))
}

/// Page furniture: editor lines, page headers and footers, page numbers.
pub fn furniture(s: &str) -> bool {
    let t = trim_space(s);
    if t.is_empty() {
        return false;
    }
    // (one that stops on a list's comma goes on into the next line: a credit in the text,
    // 编辑：李宝善、庹震、⏎…)
    // (and one whose every other label is a desk's or a way to reach it: 编辑：张三 刊播单位：…
    // is a row of a list, 责编：张三 校对：李四 电话：… the page's)
    if editor_credit(t) && width(t) <= 60.0 && !t.ends_with(['、', '，', ',']) && desk_labels_only(t) {
        return true;
    }
    // (in brackets too, as wire copy closes: （责任编辑：张三）, 【责任编辑：张三】)
    if let Some(inner) = t.strip_prefix(['（', '(', '【', '[']).and_then(|x| x.strip_suffix(['）', ')', '】', ']'])) {
        if editor_credit(inner) && width(inner) <= 40.0 && !inner.contains(['，', '。']) {
            return true;
        }
    }
    // A lone page number, symbol or stray character; not a stop or closing bracket, which no
    // line opens with: the rest of the line before it, wrapped (…（金台视线⏎）).
    let mut cs = t.chars();
    let first = cs.next().unwrap_or(' ');
    // (an ASCII stop alone is an OCR speck more often than a wrap's rest; a bracket is not)
    let wrapped_mark = is_no_line_start(first) && (!first.is_ascii_punctuation() || first == ')');
    if cs.next().is_none() && !is_cjk(first) && !wrapped_mark {
        return true;
    }
    if t.len() <= 24 && t.chars().all(|c| c.is_ascii_alphanumeric() || is_space(c) || matches!(c, '-' | '—' | '/' | '第' | '版' | '页' | '頁')) && width(t) <= 6.0 {
        return true;
    }
    // Page header: a date with 星期, or "第N版", "N版：要闻"
    // (週 names a weekday only before one: 週二; 70週年 is an anniversary)
    let weekday = || t.match_indices('週').any(|(i, w)| t[i + w.len()..].starts_with(['一', '二', '三', '四', '五', '六', '日', '天']));
    if has_char(t, '月') && (t.contains("星期") || weekday()) && find_date(t).is_some() && width(t) <= 60.0 {
        return true;
    }
    // (a page label opens on 第, a letter or a digit; a source line on 《)
    let first = t.as_bytes()[0];
    if (first.is_ascii_alphanumeric() || t.starts_with('第')) && page_label(t) && width(t) <= 40.0 {
        return true;
    }
    t.starts_with('《') && source_line(t) || running_head(t) || web_chrome(t)
}

/// The note that sends a report on to a later page, as it stops: …扎实做好各项工作。（下转第三版）,
/// （转3版）.
pub fn jump_out(s: &str) -> bool {
    let t = trim_end_space(s);
    // (one look at the last character turns away almost every block)
    t.ends_with(['）', ')']) && jump_note(t, t.rfind(['（', '(']), &["下转", "转", "轉", "下轉"])
}

/// The note that takes up a report continued from an earlier page, as it opens again:
/// （上接第一版）各级各部门…, （紧接1版）.
pub fn jump_in(s: &str) -> bool {
    let t = trim_start_space(s);
    jump_note(t, t.starts_with(['（', '(']).then_some(0), &["上接", "紧接", "緊接", "接"])
}

/// Is there a jump note in brackets at byte `at` of `t`, opening on one of `words` and closing
/// on the page it names (第三版, 3版, A1版)?
fn jump_note(t: &str, at: Option<usize>, words: &[&str]) -> bool {
    let Some(at) = at else { return false };
    let note = &t[at..];
    let open = note.chars().next().map_or(0, char::len_utf8);
    let Some(close) = note.find(['）', ')']) else { return false };
    let inner = &note[open..close];
    let Some(page) = words.iter().find_map(|w| inner.strip_prefix(w)) else { return false };
    let page = page.strip_prefix('第').unwrap_or(page);
    let Some(page) = page.strip_suffix('版') else { return false };
    let n = page.chars().count();
    (1..=3).contains(&n) && page.chars().all(|c| c.is_ascii_alphanumeric() || "〇一二三四五六七八九十".contains(c))
}

/// The signature under an editor's note, after its dash: 编者, 本报编辑部.
pub fn signature(s: &str) -> bool {
    matches!(trim_space(s), "编者" | "編者" | "本报编辑部" | "本報編輯部" | "编辑部" | "編輯部")
}

/// The line opens on an editor's note (编者按：新中国的成立…, 【编者按】…): the note stands first
/// under its report's headline, as a lead formula does, and no intertitle stands over it.
pub fn editors_note(s: &str) -> bool {
    let t = trim_space(s);
    let t = t.strip_prefix('【').unwrap_or(t);
    ["编者按", "編者按"].iter().any(|w| t.strip_prefix(w).is_some_and(|rest| rest.starts_with(['：', ':', '】'])))
}

/// A paper's name and nothing else, as a page's header prints it on a line of its own: 山南日报,
/// 北京晚报, 聯合報. (A block of its own: a list's line may wrap to leave one, 报送单位：⏎人民日报.)
pub fn masthead(s: &str) -> bool {
    let t = trim_space(s);
    const KINDS: &[&str] = &["日报", "晚报", "早报", "晨报", "时报", "商报", "周报", "导报", "快报", "日報", "晚報", "早報", "晨報", "時報", "商報", "週報", "導報", "快報", "合報"];
    let n = t.chars().count();
    t.ends_with(['报', '報']) && (3..=10).contains(&n) && KINDS.iter().any(|k| t.ends_with(k)) && t.chars().all(is_cjk)
}

/// What a web page prints around a report, kept by a copy of its text: the source line under
/// the headline (来源：人民日报 2022-07-05 05:12) and the page's buttons (分享到：, 打印, 【纠错】).
fn web_chrome(t: &str) -> bool {
    const SOURCE: &[&str] = &["来源：", "来源:", "來源：", "來源:", "稿源："];
    const BUTTONS: &[&str] = &["分享到", "分享", "打印", "关闭窗口", "關閉窗口", "【纠错】", "【糾錯】", "纠错", "扫一扫", "掃一掃", "收藏本文", "返回顶部", "返回頂部"];
    let source = || SOURCE.iter().any(|w| t.starts_with(w)) && width(t) <= 40.0 && !t.contains('。');
    let button = || t.len() <= 16 && BUTTONS.contains(&t.trim_end_matches(['：', ':']));
    (t.starts_with(['来', '來', '稿']) && source()) || button()
}

/// A page's running head: its section's name ([`section_label`]) and its page number, in
/// either order, set apart by a space, ·, | or 丨 (要闻 3, 4 国际, A3·要闻, 文化丨12).
fn running_head(t: &str) -> bool {
    // (the page number opens or closes the line: a look at two bytes turns away almost every line)
    let (first, last) = (t.as_bytes()[0], t.as_bytes()[t.len() - 1]);
    if t.len() > 32 || !(first.is_ascii_digit() || first.is_ascii_uppercase() || last.is_ascii_digit()) {
        return false;
    }
    let mut parts = t.split(|c: char| is_space(c) || matches!(c, '·' | '|' | '丨' | '｜')).filter(|p| !p.is_empty());
    let (Some(a), Some(b), None) = (parts.next(), parts.next(), parts.next()) else { return false };
    let page = |p: &str| {
        let d = p.trim_start_matches(|c: char| c.is_ascii_uppercase());
        (1..=2).contains(&d.len()) && d.chars().all(|c| c.is_ascii_digit()) && p.len() - d.len() <= 1
    };
    // (a section's name, 要闻, 国际: a headline's words before a wrapped number are not, 狠父燒母 1⏎8歲女…)
    (page(a) && section_label(b)) || (section_label(a) && page(b))
}

/// The line that names where an article was printed, as compilations and archives add it:
/// 《人民日报》（2025年10月20日 第 01 版）.
pub fn source_line(t: &str) -> bool {
    let t = trim_space(t);
    t.starts_with('《') && t.contains('》') && (t.ends_with("版）") || t.ends_with("版)")) && has_char(t, '年') && width(t) <= 40.0
}

/// An author's line above a [`source_line`]: a byline (本报记者 王崟欣) or a bare name or
/// agency of at most five characters (任仲平, 新华社记者), never the rest of a wrapped title.
pub fn author_line(t: &str) -> bool {
    let t = trim_space(t);
    let n = t.chars().count();
    // (a transliterated name runs longer, its parts joined by a middle dot: 玛丽娜·拉古什)
    let limit = if t.contains('·') { 12 } else { 5 };
    // (a photo report's label, 图片报道, is no name)
    byline(t).is_some() || (n <= limit && t.chars().all(name_char) && !photo_label(t)) || institution(t)
}

/// Words that end the name of an institution that signs a piece (中共中央党史和文献研究院,
/// 某某大学课题组, 本报编辑部).
const INSTITUTION_ENDINGS: &[&str] = &["研究院", "研究所", "研究中心", "研究会", "委员会", "编辑部", "編輯部", "课题组", "課題組", "中心组", "評論員", "评论员", "办公室", "辦公室"];
/// Longest such name, in characters.
const MAX_INSTITUTION_CHARS: usize = 20;

/// The name of an institution alone on its line (中共中央党史和文献研究院).
fn institution(t: &str) -> bool {
    t.chars().count() <= MAX_INSTITUTION_CHARS && t.chars().all(is_cjk) && INSTITUTION_ENDINGS.iter().any(|w| t.ends_with(w))
}

/// "第3版", "A3版", "03版：要闻", "3 版" at the start of a short line.
fn page_label(t: &str) -> bool {
    let t = t.strip_prefix('第').unwrap_or(t);
    let t = t.trim_start_matches(|c: char| c.is_ascii_uppercase());
    let digits = t.chars().take_while(|c| c.is_ascii_digit()).count();
    digits > 0 && digits <= 3 && trim_start_space(&t[digits..]).starts_with(['版', '頁', '页'])
}

/// Words that end a section label: 部门动态, 记者问答, 要闻.
const SECTION_WORDS: &[&str] = &[
    "动态", "問答", "问答", "要闻", "要聞", "新闻", "新聞", "快讯", "快訊", "简讯", "簡訊", "速递", "速遞", "聚焦", "关注", "關注", "视点",
    "視點", "观察", "觀察", "时评", "時評", "评论", "評論", "专栏", "專欄", "专题", "專題", "综合", "綜合", "国际", "國際", "国内", "國內",
    "社会", "社會", "经济", "經濟", "文化", "体育", "體育", "副刊", "声音", "聲音", "链接", "鏈接", "一线", "一線", "纵深", "縱深", "民生",
    "法治", "热点", "熱點", "看点", "看點", "人物", "走笔", "走筆", "视窗", "視窗", "时政", "時政", "图片新闻", "圖片新聞", "资讯", "資訊",
    "专访", "專訪", "广角", "廣角", "纵横", "縱橫", "动向", "動向", "特稿", "读者来信", "来信", "调查", "調查", "深读", "头条", "頭條",
    "動態", "讀者來信", "來信", "深讀", "速览", "速覽", "一览", "一覽", "集锦", "集錦", "扫描", "掃描", "播报", "播報", "快报", "快報",
    "短波", "传真", "傳真", "直击", "直擊", "时讯", "時訊",
];

/// A short label that names a column or section: 部门动态, 记者问答.
pub fn section_label(s: &str) -> bool {
    let t = trim_space(s);
    // (seven characters take at most 28 bytes: a line of text is turned away uncounted)
    let n = if t.len() <= 7 * 4 { t.chars().count() } else { usize::MAX };
    // (the last character first: one that ends no section word turns the line away)
    let ends = SECTION_ENDS.get_or_init(|| SECTION_WORDS.iter().filter_map(|w| w.chars().next_back()).collect());
    (2..=7).contains(&n)
        && t.chars().next_back().is_some_and(|c| ends.contains(&c))
        && t.chars().all(name_char)
        && SECTION_WORDS.iter().any(|w| t.ends_with(w))
}

/// The characters [`SECTION_WORDS`] end on.
static SECTION_ENDS: std::sync::OnceLock<Vec<char>> = std::sync::OnceLock::new();

/// Labels printed inside an article above a passage (核心阅读): an intertitle, never a headline.
pub fn inline_label(s: &str) -> bool {
    const LABELS: &[&str] = &[
        "核心阅读", "核心閱讀", "延伸阅读", "延伸閱讀", "相关链接", "相關鏈接", "记者手记", "記者手記", "编者按", "編者按", "编后", "短评", "背景链接",
        "链接", "新闻链接", "小贴士", "数据", "现象", "点评", "解读", "亮点", "亮點", "数读", "數讀",
    ];
    let t = trim_space(s);
    // 【绝活看点】, ■记者手记: a label in brackets or behind a block mark
    let boxed = t.starts_with('【') && t.ends_with('】') && t.chars().count() <= 12;
    // 开栏的话, 编者的话, 写在前面的话
    let words = t.ends_with("的话") && t.chars().count() <= 8;
    let marked = t.starts_with(['■', '▲', '●', '◆', '□', '△']) && t.chars().count() <= 16;
    let t = t.trim_matches(|c| matches!(c, '【' | '】' | '：' | ':' | '[' | ']'));
    // A box beside a report, titled as one: 联合国降半旗为金正日致哀（链接）
    let linked = ["（链接）", "（相关链接）", "（鏈接）", "（相關鏈接）"].iter().any(|w| t.ends_with(w));
    boxed || marked || words || linked || LABELS.contains(&t) || speaker_label(t)
}

/// A box's title: its label alone, letter-spaced or not (点评, 点 评), or its label before the
/// title, a space apart (点评　　交往总比不交往好).
pub fn box_title(s: &str) -> bool {
    let t = trim_space(s);
    let compact: String = t.chars().filter(|&c| !is_space(c)).collect();
    inline_label(&compact) || t.split_once(is_space).is_some_and(|(label, _)| inline_label(label))
}

/// Words that end a speaker's label over what was said: 习近平强调, 双方一致表示.
const SPEECH_WORDS: &[&str] = &["表示", "强调", "強調", "指出", "认为", "認為", "介绍", "介紹", "坦言", "说", "說", "称", "稱"];
/// Words on which a sentence goes on after its subject, the reporter (本报记者在平壤看到, 记者从
/// 市政府获悉, 新华社记者：在保护主义…); none of them begins a name (于 and 向, surnames, are
/// left out).
const SUBJECT_WORDS: &[&str] = &[
    "在", "從", "从", "对", "對", "到", "来到", "來到", "随", "隨", "跟随", "近日", "日前", "昨日", "今日", "了解", "看到", "注意到", "发现", "發現",
    "获悉", "獲悉", "走访", "走訪", "采访", "採訪", "一行", "将", "將", "也", "还", "還", "再次", "先后", "先後", "实地", "實地", "专程", "專程",
    "深入", "连线", "連線", "独家", "獨家", "亲历", "親歷", "体验", "體驗",
];
/// Longest speaker label (characters).
const MAX_SPEAKER_CHARS: usize = 8;

/// A speaker's name over the passage they said, with nothing after the speech word: 金正恩表示.
fn speaker_label(t: &str) -> bool {
    let n = if t.len() <= MAX_SPEAKER_CHARS * 4 { t.chars().count() } else { usize::MAX };
    (3..=MAX_SPEAKER_CHARS).contains(&n) && t.chars().all(name_char) && SPEECH_WORDS.iter().any(|w| t.ends_with(w))
}

/// Most characters of the speaker a paragraph opens on ([`speaker_opening`]).
const MAX_OPENING_SPEAKER_CHARS: usize = 5;

/// Text that opens on a speaker (two to five ideographs) and a word of speech before a comma or a
/// colon, as a paragraph that quotes someone often does: 王毅表示，…; 罗西说：…; 金正恩指出，….
pub fn speaker_opening(s: &str) -> bool {
    let t = trim_start_space(s);
    // (the longest speaker and speech word, a comma after: a few characters to look at)
    let head: String = t.chars().take(MAX_OPENING_SPEAKER_CHARS + 3).collect();
    head.char_indices().skip(2).take(MAX_OPENING_SPEAKER_CHARS - 1).any(|(at, _)| {
        let rest = &head[at..];
        head[..at].chars().all(name_char)
            && SPEECH_WORDS.iter().any(|w| rest.strip_prefix(w).is_some_and(|r| r.starts_with(['，', '：', ',', ':'])))
    })
}

/// Longest column rubric (characters): series names run long (奋斗百年路 启航新征程·党旗在基层一线高高飘扬).
const MAX_RUBRIC_CHARS: usize = 24;

/// A headline that ends on its column's rubric in brackets: …（人民时评）, …（钟声）,
/// …（解码·文化数字化）, a series' opening on its year, …（2019年度国际特别报道）. Intertitles
/// carry none.
pub fn rubric_suffix(s: &str) -> bool {
    let t = trim_end_space(s);
    let Some(inner) = t.strip_suffix('）') else { return false };
    let Some(open) = inner.rfind('（') else { return false };
    let rubric = &inner[open + '（'.len_utf8()..];
    let n = rubric.chars().count();
    // Two rubrics may share the brackets, a space apart: （调查研究 凝聚共识）.
    let spaced = |c: char| c == ' ' || c == '\u{3000}';
    open > 0
        && (2..=MAX_RUBRIC_CHARS).contains(&n)
        && !rubric.starts_with(spaced)
        && !rubric.ends_with(spaced)
        && !rubric.contains("  ")
        && series_name(rubric).chars().all(|c| is_cjk(c) || spaced(c) || matches!(c, '·' | '・' | '①'..='⑳'))
        && !(rubric.contains(spaced) && byline(rubric).is_some()) // （记者 王明）: a byline
}

/// Fewest and most characters of each phrase of a headline set as a couplet.
const COUPLET_CHARS: (usize, usize) = (4, 10);

/// Two lines that are a headline's two phrases of as many characters, no mark in either (弘扬中朝
/// 友好⏎共创美好未来（大使随笔）, the second closed by its column's rubric): one headline set as a
/// couplet, not a kicker over its headline.
pub fn couplet(a: &str, b: &str) -> bool {
    let a = trim_space(a);
    let n = a.chars().count();
    if !(COUPLET_CHARS.0..=COUPLET_CHARS.1).contains(&n) || !a.chars().all(is_cjk) {
        return false;
    }
    let b = trim_space(b);
    let b = if rubric_suffix(b) { b.rfind('（').map_or(b, |at| &b[..at]) } else { b };
    b.chars().count() == n && b.chars().all(is_cjk)
}

/// A rubric's name past the year a series may open on (2019年度国际特别报道: 度国际特别报道).
fn series_name(rubric: &str) -> &str {
    let digits = rubric.bytes().take_while(u8::is_ascii_digit).count();
    match rubric[digits..].strip_prefix('年') {
        Some(rest) if digits == 4 && !rest.is_empty() => rest,
        _ => rubric,
    }
}

/// A subtitle that names the report's genre, printed with or without its dash: an interview
/// (访联合国秘书长古特雷斯, 专访…), a portrait or record (记习近平总书记对朝鲜进行国事访问,
/// 追记…), a review (…大国外交述评, …系列评述“外交篇”) or a sketch (…小记, …侧记, …纪实).
pub fn genre_subtitle(s: &str) -> bool {
    let t = trim_space(s);
    let t = t.strip_prefix("——").unwrap_or(t);
    if t.contains("——") {
        return false; // a headline and its subtitle run together
    }
    let opens = (t.starts_with('记') && !t.starts_with("记者")) || (t.starts_with('访') && !t.starts_with("访问")) || t.starts_with("追记") || t.starts_with("专访");
    // (a genre in a column's rubric closing a headline is that column's name: 群众的评价是褒奖也是
    // 鞭策（编辑手记）; a subtitle under its dash may still end on one)
    let in_rubric = !s.trim_start().starts_with("——") && rubric_suffix(t);
    let t = t.trim_end_matches(|c: char| is_closer(c) || matches!(c, '①'..='⑳'));
    opens || t.contains("述评") || t.contains("评述") || (!in_rubric && ["小记", "侧记", "纪实", "札记", "手记"].iter().any(|g| t.ends_with(g)))
}

/// The number a line of a numbered list opens with: 12. 标题, 3、标题, 4．标题 (not 2.5亿, not
/// 2021年).
pub fn list_number(s: &str) -> Option<u32> {
    let t = trim_start_space(s);
    let digits = t.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 || digits > 3 {
        return None;
    }
    let rest = t[digits..].strip_prefix(['.', '．', '、'])?;
    let next = trim_start_space(rest).chars().next()?;
    (!next.is_ascii_digit()).then(|| t[..digits].parse().ok()).flatten()
}

/// A numeral a list counts its entries with: 一 to 十 (十五 is two).
fn counting_numeral(c: char) -> bool {
    matches!(c, '一' | '二' | '三' | '四' | '五' | '六' | '七' | '八' | '九' | '十')
}

/// A paragraph or an item that opens on its number: 十五、外长们…, （三）…, （2）…, 3．… (not a
/// count in running text, 一是…, 第一，…, nor a decimal, 2.5亿).
pub fn numbered_opening(s: &str) -> bool {
    let t = trim_start_space(s);
    let num = counting_numeral;
    let bracketed = t.strip_prefix(['（', '(']).is_some_and(|r| {
        let inner = r.trim_start_matches(|c: char| num(c) || c.is_ascii_digit());
        inner.len() < r.len() && inner.starts_with(['）', ')'])
    });
    let counted = t.starts_with(num) && t.trim_start_matches(num).starts_with('、');
    bracketed || counted || list_number(t).is_some()
}

/// Enumerated intertitles: 一、… （一）… 1. … 第一，…
pub fn enumerated(s: &str) -> bool {
    let t = trim_start_space(s);
    let num = counting_numeral;
    let mut cs = t.chars();
    match cs.next() {
        Some('（' | '(') => cs.next().is_some_and(|c| num(c) || c.is_ascii_digit()),
        Some(c) if num(c) => t.trim_start_matches(num).starts_with(['、', '是']),
        Some(c) if c.is_ascii_digit() => t.trim_start_matches(|c: char| c.is_ascii_digit()).starts_with(['.', '、', '．']),
        Some('第') => cs.next().is_some_and(num),
        _ => false,
    }
}

/// A question opener: 问：, 记者：, Q：
pub fn question_start(s: &str) -> bool {
    let t = trim_start_space(s);
    ["问：", "问:", "問：", "記者：", "记者：", "Q：", "Q:", "本报记者："].iter().any(|o| t.starts_with(o))
}

/// A speaker's name and a colon opening a paragraph, as an interview prints its answers after the
/// question: 孟子伟：我们坚持…, 次仁·央宗：… (not the questioner's 记者：).
pub fn speaker_start(s: &str) -> bool {
    let t = trim_start_space(s);
    let Some(at) = t.find(['：', ':']) else { return false };
    let name = &t[..at];
    let n = name.chars().count();
    (2..=8).contains(&n) && name.chars().all(name_char) && !question_start(t)
}

/// Most characters of an interviewee's name before the colon of their turn ([`interview_turn`]).
const MAX_TURN_NAME_CHARS: usize = 4;
/// Most characters of a questioner's label ending on 记者 ([`interview_turn`]): 凤凰卫视记者,
/// 中央广播电视总台央视记者.
const MAX_TURN_ASKER_CHARS: usize = 12;

/// A turn of a printed interview or press conference: a name of two to four ideographs and a
/// colon (王毅：中美关系…), a questioner's label ending on 记者 (韩联社记者：朝美…, 《环球时报》记者：…;
/// not 陈艳告诉记者：…, a speaker's), or a question or
/// answer opener (问：, 答：). Not a speech word's colon before a quotation (谭珍说：“…, 他说：…),
/// nor a longer label (婚姻法规定：…).
pub fn interview_turn(s: &str) -> bool {
    let t = trim_start_space(s);
    if question_start(t) || answer_start(t) {
        return true;
    }
    let Some(at) = t.find('：') else { return false };
    let (label, rest) = (&t[..at], &t[at + '：'.len_utf8()..]);
    // (a transliterated name's middle dot counts for nothing: 次仁·央宗)
    let n = label.chars().filter(|&c| c != '·').count();
    // (a speaker who tells the reporter is no questioner: 陈艳告诉记者：…)
    let told = || ["告诉", "告訴", "对记者", "對記者", "向记者", "向記者"].iter().any(|w| label.contains(w));
    let asker = (label.ends_with("记者") || label.ends_with("記者")) && n <= MAX_TURN_ASKER_CHARS && !told();
    let name = (2..=MAX_TURN_NAME_CHARS).contains(&n) && !SPEECH_WORDS.iter().any(|w| label.ends_with(w));
    label.chars().all(|c| name_char(c) || (asker && matches!(c, '《' | '》'))) && (asker || name) && !rest.starts_with(['“', '「', '‘', '『']) && !rest.is_empty()
}

/// An answer opener: 答：, A：
pub fn answer_start(s: &str) -> bool {
    let t = trim_start_space(s);
    ["答：", "答:", "A：", "A:"].iter().any(|o| t.starts_with(o))
}

/// A date in the text: 5月19日, 5 月 21 日, 2021年5月19日.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Date {
    pub year: Option<u32>,
    pub month: u32,
    pub day: u32,
    /// Byte offset where the date starts.
    pub at: usize,
}

/// Words of time a report's first sentence opens with, before a comma: 近日，南方电网…
const TIME_OPENERS: &[&str] = &[
    "近日", "日前", "近期", "目前", "当前", "近年来", "今年以来", "去年以来", "当天", "当日", "今天", "昨天", "此前", "近來", "今年", "去年",
];

/// A report's first sentence opens `s` on a time: a date ([`date_opening`]) or a word of time
/// ([`TIME_OPENERS`]) before a comma, or on the source it relays ([`source_opening`]). A
/// sentence goes on with none of these after a line that ends mid-sentence.
pub fn report_opening(s: &str) -> bool {
    let t = trim_start_space(s);
    date_opening(t) || t.find(['，', ',']).is_some_and(|comma| TIME_OPENERS.contains(&&t[..comma])) || source_opening(t)
}

/// Most characters between 据 and the comma of a source opening ([`source_opening`]).
const MAX_SOURCE_CHARS: usize = 20;

/// `s` opens on the source a report relays, before a comma: 据朝中社4月21日报道，, 据外交部消息，.
/// In the corpus 353 paragraphs open so; of the 554 such phrases inside a paragraph, 401 follow a
/// mark (a stop, a comma, a colon) and all but one of the rest a word that 据 goes on (另据 123,
/// 根据 23, 但据 4, 而据 2: [`relays_on`]).
pub fn source_opening(s: &str) -> bool {
    let t = trim_start_space(s);
    let Some(rest) = t.strip_prefix('据').or_else(|| t.strip_prefix('據')) else { return false };
    let Some(comma) = rest.find(['，', ',']) else { return false };
    let source = &rest[..comma];
    source.chars().count() <= MAX_SOURCE_CHARS && ["报道", "報道", "消息", "报导"].iter().any(|w| source.ends_with(w))
}

/// `s` ends on a word that a source opening's 据 goes on (另据, 根据, 依据, 但据, 而据): the
/// opening is then inside a sentence cut at the line's end.
pub fn relays_on(s: &str) -> bool {
    s.ends_with(['另', '根', '依', '但', '而'])
}

/// `s` opens on a year and a few words before a comma (2018年开年，): a report's opening as often
/// as not, but a sentence may go on so too (圆明园自1707年始建到⏎1860年被毁，): a weaker sign
/// than [`report_opening`].
pub fn year_opening(s: &str) -> bool {
    let t = trim_start_space(s);
    let Some(comma) = t.find(['，', ',']) else { return false };
    let when = &t[..comma];
    // (four digits, 年, up to four characters more)
    let digits = when.bytes().take_while(u8::is_ascii_digit).count();
    digits == 4 && when[4..].starts_with('年') && when[4 + '年'.len_utf8()..].chars().count() <= 4
}

/// Words that name the clock a date is told by, before it: 当地时间5月31日晚，…
const CLOCKS: &[&str] = &["当地时间", "北京时间", "當地時間", "北京時間"];

/// `t` past the clock its date is told by, if it names one ([`CLOCKS`]).
fn past_clock(t: &str) -> &str {
    CLOCKS.iter().find_map(|w| t.strip_prefix(w)).unwrap_or(t)
}

/// Text that opens on a date (a span or a time of day may follow; the clock it is told by may
/// come first) and a comma, as a report's first sentence does: 6月20日，中共中央…; 9月8日至10日，
/// 应…; 7月3日晚，…; 当地时间5月31日晚，….
pub fn date_opening(s: &str) -> bool {
    let t = past_clock(trim_start_space(s));
    let Some(comma) = t.find(['，', ',']) else { return false };
    let when = &t[..comma];
    let timely = |c: char| is_digit(c) || is_space(c) || "年月日号號至到—-－、上下中午晚早凌晨傍清间時时许許".contains(c);
    (when.chars().count() <= 14 && find_date(when).is_some_and(|d| d.at == 0) && when.chars().all(timely)) || written_date_opening(t).is_some()
}

/// The month and day of a date written in Chinese numerals that opens `s` before a comma, as a
/// photo's caption or a report often opens: 六月二十七日，…; 十二月三十一日晚，….
pub fn written_date_opening(s: &str) -> Option<(u32, u32)> {
    let t = trim_start_space(s);
    let comma = t.find(['，', ','])?;
    let (month, rest) = t[..comma].split_once('月')?;
    let (day, rest) = rest.split_once('日')?;
    let (month, day) = (chinese_number(month)?, chinese_number(day)?);
    ((1..=12).contains(&month) && (1..=31).contains(&day) && time_of_day(rest)).then_some((month, day))
}

/// What may follow a day before the comma that opens a report: nothing, or a time of day (上午,
/// 晚, 凌晨).
fn time_of_day(rest: &str) -> bool {
    rest.chars().count() <= 3 && rest.chars().all(|c| "上下中午晚早凌晨傍清间许許".contains(c))
}

/// The value of a number up to 99 written in Chinese numerals: 七, 十, 十二, 二十, 二十七.
fn chinese_number(s: &str) -> Option<u32> {
    let value = |c: char| "一二三四五六七八九".chars().position(|d| d == c).map(|i| i as u32 + 1);
    let cs: Vec<char> = s.chars().collect();
    match cs.as_slice() {
        [d] if *d == '十' => Some(10),
        [d] => value(*d),
        ['十', u] => Some(10 + value(*u)?),
        [t, '十'] => Some(10 * value(*t)?),
        [t, '十', u] => Some(10 * value(*t)? + value(*u)?),
        _ => None,
    }
}

/// A chronology's entry: a date (a day or a span of days, a month, a part of a month, or a word for the
/// time of the entry before: 同日, 本年), a space, and what happened then (7月4日 西气东输一线工程（新疆
/// 轮南至上海）开工典礼举行。; 6月9日—15日 首次…; 同日 人民解放军…). Prose: its brackets close
/// no title's rubric.
pub fn dated_entry(s: &str) -> bool {
    let t = trim_start_space(s);
    // (most lines open on no numeral nor the first character of a word for the time: asked first)
    if !t.starts_with(|c: char| is_digit(c) || ENTRY_WHEN_FIRST.contains(c)) {
        return false;
    }
    let date_char = |c: char| is_digit(c) || "年月日号號—－-、至到".contains(c);
    // (spaces an extraction put inside the date are part of it: 2 月 7 日)
    let mut when_len = 0;
    while let Some(c) = t[when_len..].chars().next() {
        if date_char(c) {
            when_len += c.len_utf8();
        } else if when_len > 0 && is_space(c) && trim_start_space(&t[when_len..]).starts_with(date_char) {
            when_len = t.len() - trim_start_space(&t[when_len..]).len();
        } else {
            break;
        }
    }
    let (when, rest) = t.split_at(when_len);
    // (a month's part may follow its date: 12月下旬)
    let (when, rest) = match ENTRY_WHEN.iter().find(|w| rest.starts_with(*w)) {
        Some(w) => (&t[..when_len + w.len()], &rest[w.len()..]),
        None => (when, rest),
    };
    let numeral = |w: &str| w.starts_with(is_digit);
    // (a month alone too, where the day is not known, under its year's heading: 3月 苏联军队…;
    // a month after its year is a title's, 2022年1月 春节前夕赴山西…)
    let dated = numeral(when) && (when.contains(['日', '号', '號']) || (when.ends_with('月') && !when.contains('年')));
    // (the word alone, or after a month)
    let named = ENTRY_WHEN.iter().find(|w| when.ends_with(*w)).is_some_and(|w| {
        let month = &when[..when.len() - w.len()];
        month.is_empty() || (numeral(month) && month.ends_with('月'))
    });
    // (the event may open on a title's or a quotation's mark: 9月30日 《…》发布)
    (dated || named) && rest.starts_with(is_space) && trim_start_space(rest).starts_with(|c: char| is_cjk(c) || "《“「『（".contains(c))
}

/// The characters [`ENTRY_WHEN`]'s words open on.
const ENTRY_WHEN_FIRST: &str = "同本是当年月上中下";

/// Words a chronology's entry opens on in place of a date, or after a month: the day or the
/// time of the entry before, or a part of the month.
const ENTRY_WHEN: &[&str] = &["同日", "同月", "同年", "本年", "本月", "是日", "当日", "当月", "当年", "年内", "年初", "年底", "年末", "月初", "月底", "月末", "上旬", "中旬", "下旬"];

/// Text that opens on a day of the month alone (its month the report's; the clock it is told by
/// may come first) and a comma, as a paragraph of a report often does: 20日中午，…; 3日，…;
/// 21日上午，…; 北京时间4日凌晨，….
pub fn day_opening(s: &str) -> bool {
    let t = past_clock(trim_start_space(s));
    let Some(comma) = t.find(['，', ',']) else { return false };
    let when = &t[..comma];
    let Some((day, len)) = digits_after(when, 2) else { return false };
    let rest = &when[len..];
    (1..=31).contains(&day) && rest.strip_prefix('日').is_some_and(time_of_day)
}

/// The first date written with 月 and 日 (年 optional) in `s`.
pub fn find_date(s: &str) -> Option<Date> {
    let mut search = 0;
    while let Some(rel) = s[search..].find('月') {
        let m_pos = search + rel;
        search = m_pos + '月'.len_utf8();
        // digits (with spaces) before 月; 月份, 六月 are no dates
        let Some((month, m_start)) = digits_before(s, m_pos, 2) else { continue };
        let a = trim_start_space(&s[search..]);
        let Some((day, dl)) = digits_after(a, 2) else { continue };
        let rest = trim_start_space(&a[dl..]);
        if !(rest.starts_with('日') || rest.starts_with('號') || rest.starts_with('号')) {
            continue;
        }
        if !(1..=12).contains(&month) || !(1..=31).contains(&day) {
            continue;
        }
        // optional year before: 2021年
        let mut at = m_start;
        let mut year = None;
        let pre = trim_end_space(&s[..m_start]);
        if let Some(p) = pre.strip_suffix('年') {
            if let Some((y, y_start)) = digits_before(p, p.len(), 4) {
                if y >= 1000 {
                    year = Some(y);
                    at = y_start;
                }
            }
        }
        return Some(Date { year, month, day, at });
    }
    None
}

/// The value of an ASCII or full-width digit (７ → 7).
fn digit(c: char) -> Option<u32> {
    match c {
        '0'..='9' => Some(c as u32 - '0' as u32),
        '０'..='９' => Some(c as u32 - '０' as u32),
        _ => None,
    }
}

/// The number of at most `max` digits ending (spaces aside) at byte `pos`, and where it starts.
fn digits_before(s: &str, pos: usize, max: usize) -> Option<(u32, usize)> {
    let pre = trim_end_space(&s[..pos]);
    let mut start = pre.len();
    let mut n = 0;
    for (i, c) in pre.char_indices().rev() {
        if digit(c).is_none() {
            break;
        }
        start = i;
        n += 1;
        if n > max {
            return None;
        }
    }
    (n > 0).then(|| (pre[start..].chars().filter_map(digit).fold(0, |v, d| v * 10 + d), start))
}

/// The number of at most `max` digits opening `s`, and its length in bytes.
fn digits_after(s: &str, max: usize) -> Option<(u32, usize)> {
    let mut value = 0;
    let mut len = 0;
    for (n, c) in s.chars().enumerate() {
        let Some(d) = digit(c) else { break };
        if n >= max {
            return None;
        }
        value = value * 10 + d;
        len += c.len_utf8();
    }
    (len > 0).then_some((value, len))
}

/// A year printed on the page: 2021年5月25日 in a header. Used to complete MM-DD dates.
pub fn find_year(s: &str) -> Option<u32> {
    find_date(s).and_then(|d| d.year)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_editors_note_is_known_by_its_label_and_colon() {
        assert!(editors_note("编者按：新中国的成立，实现了中国从几"));
        assert!(editors_note("【编者按】今年是…") && editors_note("編者按:今年是…"));
        assert!(!editors_note("编者按")); // a label alone: an intertitle (inline_label)
        assert!(!editors_note("编者按语中说，…") && !editors_note("本报编者按：")); // no label first
    }

    #[test]
    fn hanging_width_is_the_width_of_the_marks_that_end_a_line() {
        assert_eq!(hanging_width("办成事的“便利福建”，"), 2.0);
        assert_eq!(hanging_width("他说：“好。”"), 2.0);
        assert_eq!(hanging_width("到了2018年,"), 0.5);
        assert_eq!(hanging_width("便利福建"), 0.0);
        assert_eq!(hanging_width(""), 0.0);
    }

    #[test]
    fn dispatch_note_gives_a_dispatch_with_or_without_its_date() {
        assert!(dispatch_note("（新华社北京6月22日电）"));
        assert!(dispatch_note("（本报平壤、首尔12月1日电　记者王莉、孙天仁）"));
        assert!(dispatch_note("（本报柏林电）"));
        assert!(dispatch_note("（本报里约热内卢电）"));
        assert!(dispatch_note("（新华社北京电　记者王某）"));
        assert!(!dispatch_note("（作者为华北电力大学马克思主义学院教授）")); // no source before its 电
        assert!(!dispatch_note("（本报电）")); // no place
        assert!(!dispatch_note("（本报记者王某电话采访）")); // 电 in a word
        assert!(!dispatch_note("（记者 王明）"));
    }

    #[test]
    fn colon_title_is_a_short_label_a_colon_and_words() {
        assert!(colon_title("南方电网：绿色认证落地"));
        assert!(colon_title("山东寿光市：选优配强乡村振兴“头雁方阵”"));
        assert!(!colon_title("王毅：今年是中俄建交70周年，两国")); // a speaker's words go on
        assert!(!colon_title("广西代表团刘宁、蓝天立、周家斌等：")); // nothing after it
        assert!(!colon_title("据朝中社等多家媒体报道：朝鲜当天宣布")); // a label longer than a name
        assert!(!colon_title("绿色认证落地")); // no colon
    }

    #[test]
    fn single_comma_is_one_comma_between_two_phrases() {
        assert!(single_comma("传承中朝友谊，续写时代新篇章"));
        assert!(!single_comma("传承中朝友谊续写时代新篇章")); // no comma
        assert!(!single_comma("近日，记者前往朝鲜，采访")); // two
        assert!(!single_comma("记者表示：中朝友谊，源远流长")); // another mark
        assert!(!single_comma("中朝友谊源远流长，")); // at the end: a clause goes on
        assert!(single_comma("传承中朝友谊,续写时代新篇章")); // an extraction's ASCII comma
    }

    #[test]
    fn a_stop_makes_a_statement_a_question_does_not() {
        assert!(holds_stop("——《婚姻法》公布施行。此后，"));
        assert!(!holds_stop("—— 是“篮球外交”吗？")); // a subtitle may ask
        assert!(!holds_stop("——访联合国秘书长"));
    }

    #[test]
    fn dated_entry_is_a_date_a_space_and_the_day_s_event() {
        assert!(dated_entry("7月4日 西气东输一线工程（新疆轮南至上海）"));
        assert!(dated_entry("2001年12月11日　中国正式成为世界贸易组织成员"));
        assert!(dated_entry("9月30日 《中国（上海）自由贸易试验区"));
        assert!(dated_entry("6月9日—15日 首次全国科技大会召开"));
        assert!(!dated_entry("2022年1月 春节前夕赴山西看望慰问基层干部群众")); // a month alone: a title's
        assert!(dated_entry("12月下旬 全国农村工作会议召开"));
        assert!(dated_entry("3月 苏联军队入侵乌苏里江主航道")); // a month alone, under its year
        assert!(dated_entry("同日 人民解放军解放海南岛。"));
        assert!(ENTRY_WHEN.iter().all(|w| w.starts_with(|c: char| ENTRY_WHEN_FIRST.contains(c))));
        assert!(!dated_entry("同日上午 人民解放军")); // no word alone
        assert!(!dated_entry("7 月 4 日，西气东输")); // a report's opening sentence
        assert!(dated_entry("2 月 7 日 新华社播发长篇通讯")); // a date an extraction spaced out
        assert!(!dated_entry("2013年 我们一起走过")); // a year alone
        assert!(!dated_entry("7月4日，西气东输一线工程开工")); // a report's opening sentence
        assert!(!dated_entry("西气东输一线工程7月4日 开工")); // no date first
        assert!(!dated_entry("7月4日 ")); // nothing after
    }

    #[test]
    fn datelines() {
        let d = dateline("本报讯（记者 白玛论珠）5月19日，市政府").unwrap();
        assert_eq!(d.text, "本报讯（记者 白玛论珠）");
        assert_eq!(d.people, vec![Person { role: Some("记者"), name: "白玛论珠".into() }]);
        let d = dateline("本报北京7月4日电  （记者吴秋余）日前，国务院").unwrap();
        assert_eq!(d.text, "本报北京7月4日电  （记者吴秋余）");
        assert_eq!(d.date, Some((7, 4)));
        assert_eq!(d.people[0].name, "吴秋余");
        let d = dateline("新华社北京7月4日电　“全球发展").unwrap();
        assert_eq!(d.text, "新华社北京7月4日电");
        assert!(d.people.is_empty());
        assert_eq!(dateline("本报讯 5 月 21 日，市公安局").unwrap().text, "本报讯");
        assert_eq!(dateline("本报讯（吴顺喜） 自党史").unwrap().people[0].role, None);
        assert!(dateline("本报记者近日走访了").is_none());
        let d = dateline("【記者王小明／台北報導】台北市昨天").unwrap();
        assert_eq!(d.text, "【記者王小明／台北報導】");
        assert_eq!(d.people[0].name, "王小明");
        assert!(dateline("（新华社发）").is_none());
        assert_eq!(dateline("（中央社記者王五台北5日電）行政院今天").unwrap().people[0].name, "王五");
        assert!(dateline("（本报平壤、北京6月19日电）").is_none());
        assert!(dateline("（记者 王某）").is_none());
        assert!(dateline("近年来，本报讯").is_none());
        // Outlets the lexicon does not list, known by their names and the formula's tail.
        let d = dateline("光明日报北京7月4日电（记者 李晓晴）国家统计局").unwrap();
        assert_eq!(d.text, "光明日报北京7月4日电（记者 李晓晴）");
        assert_eq!(d.people[0].name, "李晓晴");
        assert_eq!(dateline("新京报讯（记者 李四）7月4日，北京").unwrap().text, "新京报讯（记者 李四）");
        assert_eq!(dateline("本报北京7 月 4 日讯（记者 张三）记者从").unwrap().date, Some((7, 4)));
        assert!(dateline("员会主席容克闻讯赶来").is_none());
        assert!(dateline("本报通讯员 王强").is_none());
        assert_eq!(dateline("文汇报讯（记者 王某）昨天").unwrap().text, "文汇报讯（记者 王某）");
        assert_eq!(dateline("南方都市报讯 记者王某 近日").unwrap().people[0].name, "王某");
        assert!(dateline("日本经济新闻社北京分社").is_none());
        // A paper's own news in brackets.
        assert_eq!(dateline("【明報專訊】香港特區政府昨日公布").unwrap().text, "【明報專訊】");
        // People credited with no bracket, in the order printed, up to the text.
        let d = dateline("本报讯 记者李明 通讯员 张华 7月4日，市交通局召开").unwrap();
        assert_eq!(d.text, "本报讯 记者李明 通讯员 张华");
        assert_eq!(d.people, vec![Person { role: Some("记者"), name: "李明".into() }, Person { role: Some("通讯员"), name: "张华".into() }]);
        let d = dateline("本报讯 记者张三报道：5月19日，市里召开会议").unwrap();
        assert_eq!((d.text.as_str(), d.people.clone()), ("本报讯 记者张三报道：", vec![Person { role: Some("记者"), name: "张三".into() }]));
        let d = dateline("本报北京3月1日电　综合本报驻外记者报道 朝鲜").unwrap();
        assert_eq!((d.text.as_str(), d.people.len()), ("本报北京3月1日电", 0));
        let d = dateline("本报讯 记者从市交通局获悉，今年").unwrap();
        assert_eq!((d.text.as_str(), d.people.len()), ("本报讯", 0));
    }

    #[test]
    fn reporters_who_helped_write_a_report_are_credited_without_the_words_that_say_so() {
        let names = |s: &str| byline(s).map(|p| p.into_iter().map(|p| (p.role, p.name)).collect::<Vec<_>>());
        assert_eq!(names("（本报记者王小明参与采写）"), Some(vec![(Some("记者"), "王小明".to_string())]));
        assert_eq!(names("（李四、赵五参与报道）"), Some(vec![(None, "李四".to_string()), (None, "赵五".to_string())]));
        // (not outside brackets, nor where no name is left)
        assert_eq!(names("（各地群众参与采写）"), None);
        assert_eq!(names("王小明参与采写"), None);
    }

    #[test]
    fn four_characters_that_are_no_name_may_be_two() {
        assert_eq!(two_names("王明李华"), Some(["王明".to_string(), "李华".to_string()]));
        assert_eq!(two_names("欧阳明华"), None); // a double surname's name
        assert_eq!(two_names("王小明"), None);
        assert_eq!(two_names("春耕时节"), None);
    }

    #[test]
    fn a_line_ends_on_a_fields_label_set_off_by_a_space() {
        assert!(ends_on_field_label("项目：文字评论 题目："));
        assert!(ends_on_field_label("李炼 刊播单位／发布平台："));
        // (the row wrapped before the field the label follows)
        assert!(ends_on_field_label("山南日报 报送单位："));
        // A sentence leads into what follows on its colon: no label.
        assert!(!ends_on_field_label("会议强调了以下两方面工作："));
        assert!(!ends_on_field_label("他说 ，我们的回答是："));
        assert!(!ends_on_field_label(" 报送单位："));
    }

    #[test]
    fn a_role_word_glued_to_words_longer_than_a_name_or_to_a_field_s_label_is_no_byline() {
        // (a list's row wrapped before a title that opens on a role word, or after one)
        assert!(byline("记者节特别策划 作者：王明、李").is_none());
        assert!(byline("通讯员培训班纪实 作者：张华").is_none());
        assert!(byline("报道 作者：赵亮 编辑：孙平、周").is_none());
        assert!(byline("本报记者就此专访了市").is_none());
        assert!(byline("摄影学会").is_none()); // 中国新闻⏎摄影学会
        assert_eq!(byline("记者莽九晨、刘仲华").unwrap().len(), 2); // 莽, a rare surname
        // A name glued to its role word, or after a colon, still is one.
        assert_eq!(byline("记者王小明").unwrap()[0].name, "王小明");
        assert_eq!(byline("本报记者：张华 李明").unwrap().len(), 2);
        assert!(byline("報導•攝影╱向高彬").is_some());
    }

    #[test]
    fn bylines() {
        let p = byline("本报记者 巴桑卓嘎").unwrap();
        assert_eq!(p, vec![Person { role: Some("记者"), name: "巴桑卓嘎".into() }]);
        let p = byline("本报记者 孟祥麟 黄发红 刘 歌").unwrap();
        assert_eq!(p.iter().map(|p| p.name.as_str()).collect::<Vec<_>>(), ["孟祥麟", "黄发红", "刘歌"]);
        let p = byline("本报驻韩国记者 万 宇 本报驻朝鲜记者 王 莉").unwrap();
        assert_eq!(p.iter().map(|p| p.name.as_str()).collect::<Vec<_>>(), ["万宇", "王莉"]);
        let p = byline("曹  一图  徐  之文").unwrap();
        assert_eq!(p.iter().map(|p| p.name.as_str()).collect::<Vec<_>>(), ["曹一", "徐之"]);
        assert!(byline("一张地图").is_none());
        let p = byline("報導．攝影╱向高彬").unwrap();
        assert_eq!(p[0].name, "向高彬");
        // (with a bullet for the dot: one person, no name made of the dot and the role word)
        assert_eq!(byline("報導•攝影╱向高彬").unwrap(), vec![Person { role: Some("摄影"), name: "向高彬".into() }]);
        assert_eq!(byline("報導‧攝影╱向高彬").unwrap(), byline("報導．攝影╱向高彬").unwrap());
        assert!(byline("记者从市政府获悉，今年").is_none());
        assert!(byline("文化是一个民族的灵魂").is_none());
        assert!(byline("本报记者表示,卡特这次").is_none()); // the reporter is the subject, the comma ASCII
        assert!(byline("本报记者表示").is_none());
        assert!(byline("记者参观平壤3·26电").is_none());
        assert!(byline("本报记者在平壤看").is_none() && byline("本报记者近日驱车平壤").is_none());
        assert!(byline("新华社记者：在保护").is_none());
        assert_eq!(byline("本报记者于洋").unwrap()[0].name, "于洋"); // 于, a surname
        // An outlet's own reporters: its name, the role word, a space, the names.
        assert_eq!(byline("光明日报记者 王小明").unwrap()[0].name, "王小明");
        let p = byline("经济日报记者 赵六 通讯员 钱七").unwrap();
        assert_eq!(p, vec![Person { role: Some("记者"), name: "赵六".into() }, Person { role: Some("通讯员"), name: "钱七".into() }]);
        assert_eq!(byline("中青报·中青网记者 孙八").unwrap(), vec![Person { role: Some("记者"), name: "孙八".into() }]);
        assert!(byline("受新华社记者 采访").is_none());
        assert_eq!(byline("聯合報記者 王小明").unwrap()[0].name, "王小明");
        assert_eq!(byline("記者王小明／台北報導").unwrap(), vec![Person { role: Some("记者"), name: "王小明".into() }]);
        assert_eq!(byline("中国新闻周刊记者 李四").unwrap()[0].name, "李四");
        assert!(byline("人民日报社驻外记者感言").is_none());
        assert!(byline("在接受本报记者").is_none());
        assert_eq!(byline("■本报记者 王小明").unwrap()[0].name, "王小明");
        assert!(byline("■记者手记").is_none());
        // Commentators: the paper's own, a special one by name, another paper's.
        assert_eq!(byline("特约评论员 王五").unwrap(), vec![Person { role: None, name: "王五".into() }]);
        assert!(role_only("山南日报评论员") && role_only("本报评论员"));
        assert!(byline("评论员文章").is_none() && byline("评论员：王五 编辑：张三").is_none());
        let p = byline("文/本报记者 李四 图/张三").unwrap();
        assert_eq!(p, vec![Person { role: Some("记者"), name: "李四".into() }, Person { role: Some("摄影"), name: "张三".into() }]);
    }

    #[test]
    fn credits() {
        assert_eq!(caption_credit("图为文艺演出现场。 王恒 摄").unwrap().1, "王恒");
        assert_eq!(caption_credit("唐  克摄（影像中国）").unwrap().1, "唐克");
        assert_eq!(caption_credit("新华社记者 李贺 摄").unwrap().1, "李贺");
        assert!(caption_credit("大家一起拍照留念并拍摄").is_none());
        assert_eq!(caption_credit("图为古城街景。王某/摄").unwrap().1, "王某");
        // (a work's genre in brackets names no photographer)
        assert!(caption_credit("题目：思念的幸福（新闻摄影）").is_none());
    }

    #[test]
    fn sentence_ends() {
        assert!(ends_sentence("开花结果。"));
        assert!(ends_sentence("跟党走。”"));
        assert!(!ends_sentence("“四讲四爱”、"));
        assert!(!ends_sentence("学习功模精神"));
        assert!(ends_sentence("有什么打算？"));
        assert!(ends_sentence("理始终在法治轨道上运行."));
        assert!(!ends_sentence("增长了5."));
        assert!(!ends_sentence("Apple Inc."));
    }

    #[test]
    fn dates() {
        let d = find_date("本报讯 5 月 21 日，市公安局").unwrap();
        assert_eq!((d.month, d.day), (5, 21));
        let d = find_date("2021年5月25日 星期二").unwrap();
        assert_eq!(d.year, Some(2021));
        assert!(find_date("每月15号").is_none());
        let d = find_date("六月份以来，１２月２１日上午").unwrap();
        assert_eq!((d.month, d.day), (12, 21));
        assert_eq!(dateline("新华社北京７月２４日电 周永康").unwrap().date, Some((7, 24)));
    }

    #[test]
    fn furniture_and_labels() {
        assert!(furniture("责编：张三  版式：李四"));
        assert!(furniture("2021年5月25日 星期二"));
        assert!(furniture("第3版"));
        assert!(furniture("（责任编辑：张三）") && furniture("【责任编辑：王五】"));
        assert!(furniture("来源：人民日报 2022-07-05 05:12"));
        assert!(furniture("分享到："));
        assert!(!furniture("来源：记者调查发现，问题出在源头。"));
        assert_eq!(list_number("12. 确保基本实现"), Some(12));
        assert_eq!(list_number("3、图片报道"), Some(3));
        assert_eq!(list_number("2.5亿元"), None);
        assert_eq!(list_number("2021年"), None);
        assert!(!furniture("（编辑部的同志们，大家好）"));
        // A running head: a section's name and the page number.
        assert!(furniture("要闻 3"));
        assert!(furniture("04｜国际"));
        assert!(!furniture("狠父燒母 1")); // a headline wrapped before its number (18歲)
        assert!(!furniture("2022 新年"));
        assert!(!furniture("我市召开小微企业"));
        // A stray mark is furniture; a closing bracket or stop alone is the rest of a wrapped line.
        assert!(furniture("■") && furniture(".") && furniture("3"));
        assert!(!furniture("）") && !furniture(")") && !furniture("。") && !furniture("”"));
        assert!(!furniture("编辑：李宝善、庹震、"), "a credit list going on into the next line");
        assert!(furniture("责编：张三 校对：李四 电话：010-12345678"));
        assert!(!furniture("编辑：张晨、谢宁 刊播单位／发布平台：人民日报"), "a row of a list");
        // One page's editor in an issue's credits, by the page's number.
        assert!(furniture("本版数据来源：国家统计局等") && furniture("本版图片：新华社发"));
        for t in ["三版责编：韩晓明", "一版责编：杨", "第3版责编：王某", "A3版责编：王某"] {
            assert!(editor_credit(t) && furniture(t), "{t}");
        }
        assert!(!editor_credit("出版责任制度") && !editor_credit("三版要闻") && !furniture("二版编者按语"));
        assert!(section_label("部门动态"));
        assert!(section_label("记者问答"));
        assert!(couplet("弘扬中朝友好", "共创美好未来（大使随笔）") && couplet("勤勉的背影", "坚守的初心"));
        assert!(!couplet("完善数字经济治理体系", "依法保障数字经济健康发展") && !couplet("港口忙", "贸易旺") && !couplet("前6月", "国家铁路"));
        assert!(section_label("新闻速览") && section_label("地方传真") && section_label("两会扫描"));
        assert!(!section_label("市公安局"));
        assert!(enumerated("一、坚持党的领导"));
        assert!(!enumerated("一首红色歌曲"));
    }

    #[test]
    fn genre_subtitles_name_interviews_records_and_reviews() {
        for t in ["访联合国秘书长古特雷斯", "记习近平总书记对朝鲜进行国事访问", "——追记“全国模范检察官”蒋春尧", "党的十九大以来治国理政系列评述“外交篇”", "市人民医院开展红色歌曲演唱比赛小记"] {
            assert!(genre_subtitle(t), "{t}");
        }
        // (nor is a headline whose column's rubric names a genre: …（编辑手记）)
        for t in ["记者节前夕走访一线", "访问团抵达平壤", "为了人类更加美好的未来——大国外交述评", "共同开创中朝两党两国关系的美好未来", "好政策要让群众看得见（编辑手记）"] {
            assert!(!genre_subtitle(t), "{t}");
        }
    }

    #[test]
    fn numbered_openings() {
        assert!(numbered_opening("十五、外长们") && numbered_opening("（三）各方") && numbered_opening("(2)各方") && numbered_opening("3．推进"));
        assert!(!numbered_opening("一是加强") && !numbered_opening("第一，") && !numbered_opening("2.5亿元") && !numbered_opening("（记者 王明）") && !numbered_opening("2021年"));
    }

    #[test]
    fn interview_turns() {
        assert!(interview_turn("王毅：中美关系") && interview_turn("韩联社记者：朝美") && interview_turn("答：将继续") && interview_turn("次仁·央宗：我们"));
        assert!(!interview_turn("谭珍说：“这条线") && !interview_turn("他说：今年") && !interview_turn("婚姻法规定：实行") && !interview_turn("王毅：“中方"));
        // (a press conference's questioners, named by their outlet however long, but not a
        // speaker who tells the reporter)
        assert!(interview_turn("中央广播电视总台央视记者：今年是") && interview_turn("《环球时报》记者：据报道"));
        assert!(!interview_turn("陈艳告诉记者：这里"));
    }

    #[test]
    fn rubrics_close_headlines() {
        assert!(rubric_suffix("北约是全球安全稳定的“系统性挑战”（钟声）"));
        assert!(rubric_suffix("帧帧光影，重现“万园之园”（解码·文化数字化）"));
        assert!(rubric_suffix("享低保领补助 有工作增收入（保障好困难群众基本生活①）"));
        assert!(!rubric_suffix("（新华社北京6月22日电）"));
        assert!(!rubric_suffix("中华人民共和国大事记 （1949年10月—2019年9月）"));
        assert!(!rubric_suffix("会见朝鲜客人"));
        // A series' rubric may open on its year; a date in brackets is no rubric.
        assert!(rubric_suffix("服务民族复兴 促进人类进步（2019年度国际特别报道）"));
        assert!(!rubric_suffix("澜湄合作外长会联合新闻公报（2022年7月4日）"));
        assert!(!rubric_suffix("澜湄合作外长会联合新闻公报（2022年）"));
        assert!(inline_label("习近平强调") && inline_label("双方一致表示") && inline_label("核心阅读"));
        assert!(inline_label("联合国降半旗致哀（链接）") && !inline_label("联合国降半旗致哀"));
        // A paragraph's opening on its speaker: two to five characters, the word, a comma or colon.
        assert!(speaker_opening("王毅表示，中方愿") && speaker_opening("乡里的干部表示，") && speaker_opening("罗西说：金砖") && speaker_opening("若昂·罗西指出，"));
        assert!(!speaker_opening("他说，") && !speaker_opening("王毅表示中方愿") && !speaker_opening("“王毅表示，"));
        // A box's title: its label, letter-spaced or before a title a space apart; not a title
        // that opens on a label's word.
        assert!(box_title("点 评") && box_title("点评　　交往总比不交往好") && box_title("核心阅读"));
        assert!(!box_title("数据要素市场加快建设") && !box_title("乡村干部 说振兴"));
        assert!(date_opening("6月20日，中共中央") && date_opening("2021年5月1日, 市") && !date_opening("6月20日在平壤") && !date_opening("于6月20日，"));
        let endings: std::collections::BTreeSet<char> = ROLE_WORDS.iter().filter_map(|w| w.0.chars().next_back()).collect();
        assert!(endings.iter().all(|&c| "者影员員／/生文道導人".contains(c)), "{endings:?}");
        assert!(role_only("本报记者") && role_only("新华社记者") && !role_only("本报记者 王明"));
        assert!(day_opening("20日中午，雨后初晴") && day_opening("3日，国务院") && day_opening("北京时间4日凌晨，") && !day_opening("20日在平壤，") && !day_opening("2022年，") && !day_opening("第20日，"));
        assert!(date_opening("9月8日至10日，应邀") && date_opening("7月3日晚，") && !date_opening("6月20日在平壤举行的会谈中，"));
        // The clock a date is told by may come first.
        assert!(date_opening("当地时间5月31日晚，在") && date_opening("北京时间3月5日，") && !date_opening("当地时间，") && !date_opening("当地时间上午，"));
        // Written in Chinese numerals, as captions print it.
        assert_eq!(written_date_opening("六月二十七日，国家主席在大阪会见"), Some((6, 27)));
        assert_eq!(written_date_opening("十二月二十日上午，"), Some((12, 20)));
        assert_eq!(written_date_opening("十月十日，"), Some((10, 10)));
        assert!(date_opening("六月二十日晚，中共中央") && !date_opening("六月份，") && !date_opening("十三月一日，") && !date_opening("六月二十日在平壤举行的会谈中，"));
        assert!(author_note("（作者为海南热带海洋学院马克思主义学院教授）") && !author_note("（作者：他说。是的）") && !author_note("（记者 王明）"));
        assert!(photo_label("图片报道") && !photo_label("图片报道展"));
        assert!(tells_photo("湖南郴州市献血志愿者参加献血活动。图为志愿者在接受鲜花。") && tells_photo("上图：春耕。"));
        assert!(!tells_photo("措施有三。①加强领导。②落实责任。") && !tells_photo("他们绘制了蓝图为发展指明方向。"));
        let names = |s: &str| dispatch_people(s).map(|ps| ps.into_iter().map(|p| (p.role, p.name)).collect::<Vec<_>>());
        assert_eq!(names("（新华社北京6月22日电　记者郝薇薇、李忠发）"), Some(vec![(Some("记者"), "郝薇薇".to_string()), (Some("记者"), "李忠发".to_string())]));
        // (a note a PDF split over lines, joined with no space after its 电)
        assert_eq!(names("（新华社北京10月19日电记者赵超、安蓓、王雨萧）").map(|v| v.len()), Some(3));
        assert_eq!(names("（本报首尔、平壤8月31日电）"), None);
        assert!(kicker_ending("第十一届世界城市论坛呼吁——") && kicker_ending("山东寿光市： ") && !kicker_ending("选优配强乡村振兴“头雁方阵”"));
        // A kicker that gives its headline as said; not a speaker's label, nor a headline's noun.
        assert!(kicker_ending("郭声琨在政法领导干部加强政治建设专题研讨班开班式上强调") && kicker_ending("国务院安委会部署要求"));
        assert!(!kicker_ending("习近平强调") && !kicker_ending("韩国向朝鲜首次提出赔偿要求"));
        assert!(inline_label("亮点") && author_line("玛丽娜·拉古什") && author_line("任仲平") && !author_line("深入推动能源革命"));
        assert!(agency_credit("人民图片") && agency_credit("（视觉中国）") && !agency_credit("人民图片展"));
        assert!(!inline_label("会见朝鲜客人") && !inline_label("表示") && !inline_label("外交部发言人就半岛局势表示"));
        assert!(rubric_suffix("乡村振兴见闻（调查研究 凝聚共识）"));
        assert!(!rubric_suffix("乡村振兴见闻（调查研究  凝聚共识）"));
        assert!(!rubric_suffix("乡村振兴见闻（记者 王明）"));
    }

    #[test]
    fn a_bracketed_credit_starts_at_its_bracket() {
        let t = "图为文艺演出现场。（新华社记者 李贺摄）";
        let (at, name) = caption_credit(t).expect("a credit");
        assert_eq!(&t[at..], "（新华社记者 李贺摄）");
        assert_eq!(name, "李贺");
        // Found by fuzzing: a bracket right after the first character.
        assert!(caption_credit("F\u{12}（J攝)").is_none_or(|(at, _)| at <= "F\u{12}（J攝)".len()));
    }


    #[test]
    fn a_name_behind_a_block_mark() {
        let names = |s| marked_name(s).map(|p| p.into_iter().map(|p| p.name).collect::<Vec<_>>());
        assert_eq!(names("□ 次仁央宗"), Some(vec!["次仁央宗".to_string()]));
        assert_eq!(names("◎张三"), Some(vec!["张三".to_string()]));
        assert_eq!(names("■ 王五  李四"), Some(vec!["王五".to_string(), "李四".to_string()]));
        assert_eq!(names("□ 刘  歌"), Some(vec!["刘歌".to_string()]));
        assert_eq!(names("◇次仁·央宗"), Some(vec!["次仁·央宗".to_string()]));
        // (a role word is a byline's business; a sentence, a long label or no mark is no name)
        assert_eq!(names("■记者手记"), None);
        assert_eq!(names("■ 这是一个很长的栏目名称"), None);
        assert_eq!(names("★病因：隱性遺傳"), None);
        assert_eq!(names("张三"), None);
    }

    #[test]
    fn a_papers_name_alone_is_its_masthead() {
        assert!(masthead("山南日报") && masthead("北京晚报") && masthead("聯合報") && masthead("人民日报"));
        assert!(!masthead("喜报") && !masthead("人民日报社论") && !masthead("山南日报讯"));
    }

    #[test]
    fn jump_notes() {
        assert!(jump_out("扎实做好各项工作。（下转第三版）") && jump_out("（转3版）") && jump_out("工作。(下转A2版)"));
        assert!(jump_in("（上接第一版）各级各部门要") && jump_in("（紧接1版）") && jump_in("(上接第12版)会议"));
        assert!(!jump_out("（下转）") && !jump_out("会议在第三版（三版）") && !jump_in("各级（上接第一版）") && !jump_in("（接受采访）"));
    }

    #[test]
    fn script_of_a_text() {
        assert_eq!(traditional_script(["他們說這個問題還沒有解決，醫生來了以後會再看。"].into_iter(), 5), Some(true));
        assert_eq!(traditional_script(["他们说这个问题还没有解决，医生来了以后会再看。"].into_iter(), 5), Some(false));
        assert_eq!(traditional_script(["今天天气很好"].into_iter(), 5), None);
    }

    #[test]
    fn traditional_page_words() {
        assert!(section_label("部門動態"));
        assert!(!furniture("5月23日，隆子縣開展主題文藝演出活動，熱烈慶祝西藏和平解放70週年。"));
        assert!(furniture("2021年5月25日 週二"));
    }

    #[test]
    fn personal_names() {
        for n in ["张三", "王小明", "欧阳修文", "刘  歌", "玛丽娜·拉古什", "任寰宇", "陳大文"] {
            assert!(personal_name(n), "{n}");
        }
        for n in ["春耕忙", "图片报道", "王", "王小明说", "张三，李四", "·拉古什", "本报讯"] {
            assert!(!personal_name(n), "{n}");
        }
    }

    #[test]
    fn is_space_is_unicode_white_space_and_the_invisible_ones() {
        for c in (0..0x110000u32).filter_map(char::from_u32) {
            assert_eq!(is_space(c), c.is_whitespace() || matches!(c, '\u{FEFF}' | '\u{200B}' | '\u{2060}' | '\u{00AD}'), "{:X}", c as u32);
        }
    }

    #[test]
    fn byte_level_helpers_agree_with_the_plain_definitions() {
        for (t, c) in [("星期二", '期'), ("七月", '月'), ("abc", 'c'), ("月", '月')] {
            assert!(has_char(t, c), "{t} {c}");
        }
        for (t, c) in [("星期二", '月'), ("期", '朝'), ("abc", 'd'), ("", '月')] {
            assert!(!has_char(t, c), "{t} {c}");
        }
        // (的 ends on the byte 摄 ends on: the bytes before it tell them apart)
        assert!(has_either_char("记者王明攝", '摄', '攝') && has_either_char("摄影", '摄', '攝'));
        assert!(!has_either_char("我们的学校", '摄', '攝') && !has_either_char("", '摄', '攝'));
        for t in ["甲，乙", "甲、乙", "甲。", "甲；乙", "a,b", "甲：乙"] {
            assert!(has_clause_mark(t), "{t}");
        }
        for t in ["", "甲乙丙", "“甲”（乙）！？", "a b"] {
            assert!(!has_clause_mark(t), "{t}");
        }
        assert!(has_clause_mark("甲、乙") && !has_sentence_mark("甲、乙") && has_sentence_mark("甲，乙"));
        // (a mark of running text after an enumeration comma is still found, in the one scan)
        assert_eq!(marks("甲、乙，丙"), Marks { clause: true, sentence: true, label_colon: false });
        assert_eq!(marks("甲、乙「丙」"), Marks { clause: true, sentence: false, label_colon: false });
        assert_eq!(marks("南方电网：绿色认证落地"), Marks { clause: true, sentence: true, label_colon: true });
        assert_eq!(marks("“甲”（乙）"), Marks::default());
        let cases = ["", " ", "\u{3000}", "\u{3000}甲\u{3000}", "甲", "甲。", "。\u{3000}", "ab ", " ab", "\u{FEFF}x\u{FEFF}", "（甲）", "a\u{2003}", "“甲”", "é", "\u{85}甲"];
        for c in cases {
            assert_eq!(trim_space(c), c.trim_matches(is_space), "{c:?}");
            assert_eq!(trim_start_space(c), c.trim_start_matches(is_space), "{c:?}");
            assert_eq!(trim_end_space(c), c.trim_end_matches(is_space), "{c:?}");
        }
    }

    #[test]
    fn agency_credits() {
        for t in ["新华社发", "（新华社发）", "中新社发", "人民视觉供图", "资料图片", "新華社發", "数据来源：广东电网有限责任公司"] {
            assert!(agency_credit(t), "{t}");
        }
        for t in ["新华社", "发展特色产业", "本报讯（记者 张三）5月1日，市里召开会议，新华社发布消息"] {
            assert!(!agency_credit(t), "{t}");
        }
    }

    #[test]
    fn a_source_line_is_furniture_and_the_line_above_names_the_author() {
        assert!(source_line("《人民日报》（2025年10月20日 第 01 版）"));
        assert!(furniture("《人民日报》（2025年10月20日 第 01 版）"));
        assert!(!source_line("《人民日报》评论员文章"));
        assert!(author_line("任仲平") && author_line("新华社记者") && author_line("本报记者 王崟欣"));
        assert!(!author_line("相石破茂致唁电"));
        assert!(!author_line("图片报道"), "a photo report's label over the source line names no author");
        assert!(place_name("河南鄢陵县") && !place_name("市") && !place_name("加快建设国际化大都市和现代化城市"));
        assert!(letter_signer("邢先生") && letter_signer("王小明") && !letter_signer("我们的先生"));
        assert!(author_line("中共中央党史和文献研究院") && author_line("某某大学乡村振兴课题组"));
        assert!(!author_line("加快建设国际科技创新中心") && !author_line("国家发展和改革委员会召开会议"));
    }

    #[test]
    fn a_pointer_to_the_photo_is_no_caption_credit() {
        assert!(caption_credit("高级技师胡俊祥（见图，邵越摄）").is_none());
        assert!(caption_credit("图为演出现场（新华社记者 李贺摄）").is_some());
    }

    #[test]
    fn after_a_colon_a_byline_names_only_a_short_name() {
        assert!(byline("记者：李四").is_some());
        assert!(byline("新华社记者：在保护主义").is_none());
    }

    #[test]
    fn a_report_opens_on_a_date_or_a_word_of_time_and_perhaps_on_a_year() {
        for s in ["6月20日，中共中央", "近日，南方电网", "　目前，全省"] {
            assert!(report_opening(s) && !year_opening(s), "{s}");
        }
        for s in ["2018年开年，朝韩", "2021年，全省"] {
            assert!(year_opening(s) && !report_opening(s), "{s}");
        }
        for s in ["大的悲痛之中，但是", "近日来的消息", "201年开年，", "比，它具有哪些优势？", "2018年年会召开期间，"] {
            assert!(!report_opening(s) && !year_opening(s), "{s}");
        }
    }

    #[test]
    fn a_report_opens_on_the_source_it_relays() {
        for s in ["据朝中社4月21日报道，20日召开的", "据外交部消息，", "據新華社報道，", "据报道，"] {
            assert!(report_opening(s), "{s}");
        }
        for s in ["据统计，全省", "据朝中社4月21日报道称", "据悉，", "根据乌方11日的消息，", "据一位参加了当天会议并在会后接受采访的官员报道，"] {
            assert!(!report_opening(s), "{s}");
        }
        assert!(relays_on("击退俄方进攻。另") && !relays_on("金正恩开始全面领导国家事务"));
    }

    #[test]
    fn ideographs_are_told_by_their_bytes_from_extension_a_on() {
        for c in ["㐀", "䶵", "一", "鿿", "報"] {
            assert!(ideograph_bytes(c.as_bytes()), "{c}");
        }
        for c in ["、", "　", "ａ", "a", "é", ""] {
            assert!(!ideograph_bytes(c.as_bytes()), "{c}");
        }
    }

    #[test]
    fn a_group_of_an_outlets_staff_signs_a_report() {
        let names = |s: &str| byline(s).map(|ps| ps.into_iter().map(|p| (p.role, p.name)).collect::<Vec<_>>());
        for s in ["人民日报社代表团", "本报联合调研组", "新华社采访组", "本报评论部"] {
            assert_eq!(names(s), Some(vec![(None, s.to_string())]), "{s}");
        }
        // (not a headline's line that ends on one, nor the group alone)
        for s in ["见人民日报社代表团", "会见朝鲜代表团", "代表团", "人民日报社代表团抵达平壤"] {
            assert_eq!(names(s), None, "{s}");
        }
    }

    #[test]
    fn an_experts_institution_and_title_credit_the_name_after_them() {
        let names = |s: &str| byline(s).map(|ps| ps.into_iter().map(|p| p.name).collect::<Vec<_>>());
        assert_eq!(names("中国国际问题研究院研究员 虞少华"), Some(vec!["虞少华".to_string()]));
        assert_eq!(names("中国人民大学教授　王五"), Some(vec!["王五".to_string()]));
        // No name set off after the title, a sentence, or a title alone: no credit.
        for s in ["中国国际问题研究院研究员虞少华", "研究员 王五", "该院研究员 表示同意。", "中国人民大学教授 王五说了一句很长的话"] {
            assert_eq!(names(s), None, "{s}");
        }
    }

    #[test]
    fn letters_open_and_close_with_formulas() {
        assert!(signature_date("二〇一一年十二月十九日于北京"));
        assert!(signature_date("2021年5月19日"));
        assert!(!signature_date("12月19日，习近平出席会议"));
        assert!(!signature_date("2021年"));
        assert!(salutation("金正恩同志："));
        assert!(salutation("尊敬的主席先生："));
        assert!(!salutation("贺电全文如下："));
        assert!(!salutation("记者："));
    }

    #[test]
    fn width_counts_across_chunks() {
        let s = "甲a".repeat(300); // 1,200 bytes: several chunks, characters split across them
        assert_eq!(width(&s), 450.0);
        assert_eq!(width(""), 0.0);
    }

    #[test]
    fn lexicon_finds_prefixes_in_the_order_given() {
        let lex = Lexicon::new(["本报记者", "记者", "本报"].into_iter());
        let found: Vec<_> = lex.prefixes("本报记者 李四").collect();
        assert_eq!(found, vec![(0, "本报记者"), (2, "本报")]);
        assert_eq!(lex.prefixes("记者 王五").count(), 1);
        assert_eq!(lex.prefixes("市委书记").count(), 0);
        assert_eq!(lex.prefixes("").count(), 0);
        // A character that shares the filter's bit with an initial is still told apart.
        let clash = char::from_u32('本' as u32 + 256).unwrap();
        assert_eq!(lex.prefixes(&clash.to_string()).count(), 0);
    }
}
