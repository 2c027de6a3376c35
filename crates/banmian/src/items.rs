//! Stage 4, roles → items: cut the page into items and give each its headline group.
//!
//! 1. A series of parallel two-line sub-heads between body blocks (中国⏎希望… 美国⏎…) are the
//!    parts of one report: intertitles. A `Title` block alone between two body blocks is a
//!    headline or an intertitle: decided by several cues at once (a lead formula or a photo's
//!    caption after it, width,
//!    body-font wrap, a column rubric, a column change, enumeration, the page's habit of leads
//!    after headlines, words shared with the report before it (and not with the text after it)
//!    where headlines follow bodies (and whether the head group after it names that report, not
//!    the text under it, which makes the title one of that report's intertitles),
//!    whether the text after it shares any words with the text before it, an author's closing
//!    note before it, a dispatch given on both sides (a lead formula before it, a dispatch note
//!    closing the text after it), a box label above it, a photo report's label). Three or more parts in
//!    a row, each under a title and its own byline and none opening with a dispatch, are one
//!    report gathered from correspondents: intertitles too.
//!    The first of a report's one-line intertitles of one form (特别奖（5件） … 一等奖（60件）),
//!    printed right under its headline, is one too, not the headline under a kicker; and so is
//!    one that opens the page, its report's head printed after the text or away from it.
//! 2. The remaining headline groups ("runs") split the body into segments (not a reporter's
//!    byline with no title over it between two paragraphs: it signs a part of the same report,
//!    a correspondent's in a series or the report under its photo's caption); each segment splits
//!    further into *units* at lead formulas (本报讯…; not one under a series' sub-head; a paragraph
//!    over the dispatch on its day and in its words goes with it: 6月1日，…会见…⏎本报北京6月1日电), after
//!    photo captions, before a photo's text over its credit set in another column or, where it
//!    says it is one (…的热情。图为…), sharing almost no words with the report before, where a Q&A box follows a finished article, and after a closing note in
//!    brackets (（新华社…电）, （作者为…）) where the text after it shares almost no words with
//!    the text before.
//! 3. Each run is parsed into heads (section? kicker? headline subtitle? byline?). (First, on a
//!    page with no blank line, a title block that holds two reports' heads is cut in two: its
//!    upper part names the report right above it, its lower part an earlier one, printed away
//!    from its report.) On a page set in traditional script, a plain title under the headline is
//!    its subtitle (such papers print it without a dash, and seldom a kicker). Elsewhere a plain
//!    title over another is its kicker (not a photo report's label, 图片报道, which heads its
//!    photo), unless each repeats the words of a different report
//!    near the run and not the other's: then they are two headlines.
//! 4. Heads are assigned to units for the whole page at once (Hungarian method): the cost weighs
//!    adjacency, the page's own before/after habit and the text a headline shares with the lead
//!    (a head that shares next to none of it is unlikely to be that report's).
//!    Where headlines follow bodies, a headline no unit took splits the unit before its run where
//!    the paragraphs before and after it side with different heads (a group printed after the
//!    next report); so does a title read as the kicker of such a group, where the two parts
//!    share few words. A headline stacked with other heads in its run is left for that split
//!    rather than take a report whose opening repeats next to none of its words, or one against
//!    the habit; heads still left over then take the free reports they fit. Where the report
//!    before is a unit of its own left without a head, such a kicker (naming the report its head took, over a headline naming none of it) is that
//!    report's headline, and the headline the head of the report before.
//! 5. A head no unit wants folds into its neighbour in the run: above it as the kicker, below it
//!    as the subtitle (or, where headlines come first, as an intertitle opening the body, unless
//!    the headline above closes on its column's rubric); a headline complete in itself (two
//!    clauses, a rubric, one quotation, a speaker and the words a dash apart) over a plain title
//!    has it as its subtitle; a title closed by its column's rubric over a statement of clauses is
//!    the headline, the statement the text's opening (no kicker carries a rubric). A kicker whose
//!    words a report left without a headline beside its run repeats is that report's headline.
//! 6. Dispatches of one report, cut apart at their own lead formulas, rejoin the headed unit
//!    beside them, or one reached through other such dispatches, when they share enough of its
//!    headline or, failing that, its dispatch date.
//!
//! ```
//! let page = "本报讯 5月21日，市公安局举办宣讲交流会。\n\n开展宣讲交流活动\n";
//! let lines = banmian::lines::read(page);
//! let mut blocks = banmian::joins::join(&lines);
//! banmian::roles::classify(&mut blocks, &lines);
//! let items = banmian::items::assemble(&mut blocks, &lines);
//! assert_eq!(items.len(), 1);
//! assert_eq!(items[0].head, vec![1]);
//! ```
use crate::bigrams::{bigrams, bigrams_of, key, pairs_within, shared, Bigrams};
use crate::formulas::{bare_name, is_digit, hanging_width, trim_start_space, colon_title, agency_credit, reporter_byline, has_sentence_mark, box_title, closing_note, dispatch_note, report_opening, jump_in, jump_out, author_line, author_note, kicker_ending, bracketed_note, dateline, photo_label, inline_label, source_line, ends_sentence, enumerated, is_cjk, rubric_suffix, date_opening, find_date, written_date_opening, tells_photo, traditional_script, bracket_depth, quote_depth, is_clause_punct, is_no_line_start};
use crate::joins::make_block;
use crate::page::{columns_apart, Block, Item, Kind, Line, Role};
use crate::roles::{body_font, wide};

/// How many more times a page must write the common characters the scripts write apart in
/// traditional than in simplified to read as set in traditional script ([`parse_heads`]).
const MIN_SCRIPT_LEAD: usize = 10;
/// How far (in units) a head may sit from its body.
const MAX_DISTANCE: usize = 2;
/// Cost of leaving a head without a body (it becomes an item of its own).
const ORPHAN_COST: f32 = 1.75;
/// Cost of leaving a headline without a body where it stands with other heads in one run on a
/// page of headlines after bodies. Such a run holds a head printed after the next report's; the
/// reports before it often run together in one unit, which a head left over splits
/// ([`split_for_orphans`]). Taking a unit against the habit or one whose opening shares next to
/// none of its words is then likely wrong: it is tried only after the splits
/// ([`adopt_orphans`]). (Summed over seeds 7 / 99 / 4242, the away layout's items +0.025, the
/// after layout's -0.002.)
const STACKED_ORPHAN_COST: f32 = 0.75;
/// Cost of giving a head a unit whose opening repeats next to none of its words (less than
/// [`FOREIGN_SHARED`]): a headline names what its report's lead tells, so such a head is
/// more likely another report's, printed away from it, than this one's.
const FOREIGN_COST: f32 = 1.0;
/// Cost of one unit of distance between a head and its body.
const DISTANCE_COST: f32 = 0.5;
/// Cost of attaching against the page's before/after habit.
const HABIT_COST: f32 = 0.9;
/// Reward for a headline's share of bigrams found in the body's opening.
const SHARED_TEXT_GAIN: f32 = 5.0;
/// How much of a body's opening a headline is compared with (characters).
const OPENING_CHARS: usize = 400;
/// How much of the text before a lone title it is compared with (characters), and the share of
/// its bigrams found there that marks it the headline of that text.
const STRETCH_OPENING_CHARS: usize = 200;
const TITLE_SHARED: f32 = 0.5;
/// How much of the text after a title is compared with it (characters): an intertitle's words
/// run on anywhere in its section, which a report's lead (summing up every section) may repeat
/// first.
const SECTION_CHARS: usize = 1000;

pub fn assemble(blocks: &mut Vec<Block>, lines: &[Line]) -> Vec<Item> {
    unstack_titles(blocks, lines);
    let blocks = blocks.as_mut_slice();
    let flow: Vec<usize> = (0..blocks.len()).filter(|&i| blocks[i].role != Role::Furniture).collect();
    resolve_titles(blocks, lines, &flow);
    let (mut units, runs) = segment(blocks, lines, &flow);
    let mut heads = Vec::new();
    // (the script is read from the page's text once, where a title under a headline asks it)
    let traditional = std::cell::OnceCell::new();
    for (r, (gap, run)) in runs.iter().enumerate() {
        // Credits alone after a body close that body (曹一图 徐之文); they head nothing.
        if *gap > 0 && run.iter().all(|&b| blocks[b].role == Role::Byline) {
            units[gap - 1].extend(run);
            continue;
        }
        // A writer's name alone at the top of the page, where no title stands over it, signs
        // the text under it.
        if *gap == 0 && !units.is_empty() && run.iter().all(|&b| blocks[b].role == Role::Byline) {
            units[0].splice(0..0, run.iter().copied());
            continue;
        }
        parse_heads(blocks, lines, run, *gap, r, &traditional, &mut heads);
    }
    let mut opening: Vec<Bigrams> = units.iter().map(|u| opening_bigrams(blocks, u)).collect();
    let mut heads = split_headline_pairs(blocks, heads, &opening);
    place_in_runs(&mut heads);
    let mut head_bigrams: Vec<Bigrams> = heads.iter().map(|h| head_text_bigrams(blocks, h)).collect();
    let habit = habit(blocks, &flow, &heads, &head_bigrams, &opening);
    let mut run_gaps: Vec<usize> = runs.iter().map(|r| r.0).collect();
    if habit > 0.0 {
        split_stacked_heads(blocks, lines, &mut units, &mut opening, &mut heads, &mut head_bigrams, &mut run_gaps);
    }
    let mut assignment = assign_heads(&heads, &head_bigrams, &opening, habit);
    if habit > 0.0 {
        split_for_orphans(blocks, lines, &mut units, &mut opening, &mut heads, &head_bigrams, &mut assignment, &mut run_gaps);
        adopt_orphans(&heads, &head_bigrams, &opening, habit, &mut assignment);
    } else {
        join_decks(blocks, &units, &run_gaps, &mut heads, &mut assignment);
    }

    // Heads left without a body are folded into a neighbouring head of their run when they can be
    // its subtitle or kicker; else they stand alone.
    let mut unit_head: Vec<Option<usize>> = vec![None; units.len()];
    let mut orphans = Vec::new();
    for (h, a) in assignment.iter().enumerate() {
        if heads[h].blocks.is_empty() {
            continue; // a deck joined to the head above it
        }
        match a {
            Some(u) => unit_head[*u] = Some(h),
            None => orphans.push(h),
        }
    }
    let mut extra: Vec<Vec<usize>> = vec![Vec::new(); heads.len()];
    let mut opening_extra: Vec<Vec<usize>> = vec![Vec::new(); heads.len()];
    let mut standalone = Vec::new();
    for h in orphans {
        let run = heads[h].run;
        // The heads of a run are consecutive: look only among them.
        let (first, n) = (h - heads[h].pos, heads[h].of);
        let host = (first..first + n)
            .filter(|&o| o != h && heads[o].run == run && assignment[o].is_some())
            .min_by_key(|&o| (o as isize - h as isize).unsigned_abs());
        match host {
            Some(o) => {
                // Above its host it was the kicker. Below it, between headline and body where
                // headlines come first, it opens the body (an intertitle, 核心阅读), unless it
                // stands above the report's byline or lead; else the subtitle.
                // A headline complete in itself over a plain title that shares words with the
                // report has that title as its subtitle, printed without the dash: the orphan
                // above such a title is the headline, the plain title below it the subtitle.
                let plain_subtitle = |upper: usize, lower: usize| {
                    let quoted = || heads[upper].headline.is_some_and(|t| whole_quotation(&blocks[t].text));
                    heads_swap(blocks, lines, &heads[upper], &heads[lower]) && assignment[o].is_some_and(|u| shared(&head_bigrams[h], &opening[u]) >= SWAP_SHARED || quoted())
                };
                // A column's rubric closes the headline, never a kicker: a title closed by one over
                // a statement of clauses in title type (想办法帮群众解决困难（民生观）⏎用心用情解决好
                // 现实难题，就能让困难群众享有更多获得感…) is the headline over the text's summary,
                // its first paragraph (an intertitle, as where that statement is the head left
                // over under the headline, below), not a kicker over a headline.
                let plain = h < o && plain_subtitle(h, o);
                let lead_under = !plain
                    && h < o
                    && heads[h].subtitle.is_none()
                    && heads[o].kicker.is_none()
                    && heads[h].headline.zip(heads[o].headline).is_some_and(|(a, b)| {
                        let (a, b) = (&blocks[a].text, &blocks[b].text);
                        rubric_suffix(a) && b.contains('，') && !rubric_suffix(b) && !kicker_ending(b) && !author_line(b)
                    });
                let swap = plain || lead_under;
                // A byline or a lead formula comes next in a head group, never after an intertitle:
                // a title between them and the headline that shares words with the report, and is
                // not a headline complete in itself, is its subtitle printed without the dash.
                let subtitle_above_lead = || {
                    let Some(u) = assignment[o] else { return false };
                    (heads[h].byline || blocks[units[u][0]].role == Role::Lead)
                        && shared(&head_bigrams[h], &opening[u]) >= SWAP_SHARED
                        && !heads[h].headline.is_some_and(|t| whole_headline(&blocks[t].text))
                };
                // A column's rubric closes the headline group's main title (…（深度观察）): a plain
                // title right under it is the group's subtitle, not the text's first intertitle.
                let under_rubric = || heads[o].headline.is_some_and(|t| rubric_suffix(&blocks[t].text)) && heads[h].headline.is_some_and(|t| !whole_headline(&blocks[t].text) && !author_line(&blocks[t].text));
                // (a numbered title, 一、深刻认识…, opens the text: no subtitle is numbered)
                let numbered = || heads[h].headline.is_some_and(|t| enumerated(&blocks[t].text));
                let (role, into_body) = if swap {
                    (Role::Headline, false)
                } else if h < o {
                    (Role::Kicker, false)
                } else if habit <= 0.0 && !heads[h].blocks.iter().any(|&b| blocks[b].text.starts_with("——")) && (numbered() || (!plain_subtitle(o, h) && !subtitle_above_lead() && !under_rubric())) {
                    (Role::Intertitle, true)
                } else {
                    (Role::Subtitle, false)
                };
                // A head of its own kicker (ending as one does: 记者一线探访…——) and a title, over a
                // host with no kicker, is the host's kicker over the first line of its headline,
                // set apart where no blank line holds a headline's lines together
                // (…——⏎享低保领补助⏎有工作增收入（…）): a head has one kicker.
                let headline_above = role == Role::Kicker && heads[o].kicker.is_none() && heads[h].kicker.is_some_and(|k| kicker_ending(&blocks[k].text));
                for &b in &heads[h].blocks {
                    if matches!(blocks[b].role, Role::Headline | Role::Kicker | Role::Title) {
                        blocks[b].role = if headline_above && Some(b) == heads[h].headline { Role::Headline } else { role };
                    }
                }
                if lead_under {
                    if let Some(t) = heads[o].headline {
                        blocks[t].role = Role::Intertitle;
                        heads[o].blocks.retain(|&b| b != t);
                        opening_extra[o].insert(0, t);
                        heads[o].headline = heads[h].headline;
                    }
                } else if swap {
                    if let Some(t) = heads[o].headline {
                        blocks[t].role = Role::Subtitle;
                    }
                }
                if into_body {
                    opening_extra[o].extend(heads[h].blocks.iter().copied());
                } else {
                    extra[o].extend(heads[h].blocks.iter().copied());
                }
            }
            None => standalone.push(h),
        }
    }

    promote_kickers(blocks, &mut heads, &mut head_bigrams, &mut unit_head, &opening, &mut extra, &mut opening_extra, habit > 0.0);
    let host = rejoin_dispatches(blocks, &units, &run_gaps, &unit_head, &head_bigrams, &opening);
    let mut items: Vec<Item> = Vec::new();
    let mut item_of_unit: Vec<usize> = vec![usize::MAX; units.len()];
    for (u, unit) in units.iter().enumerate() {
        if host[u] != u {
            continue;
        }
        item_of_unit[u] = items.len();
        let mut head = Vec::new();
        let mut body = unit.clone();
        let mut confidence = 0.55;
        if let Some(h) = unit_head[u] {
            head.extend(&heads[h].blocks);
            head.extend(&extra[h]);
            body.splice(0..0, opening_extra[h].iter().copied());
            head.sort_unstable();
            let (d, dir_after) = distance(&heads[h], u);
            confidence = 0.9 - 0.15 * d as f32 - if dir_after == (habit > 0.0) { 0.0 } else { 0.15 };
        }
        if blocks[body[0]].role == Role::Lead {
            confidence += 0.05;
        }
        items.push(Item { kind: kind_of(blocks, &body), body, head, confidence: confidence.clamp(0.05, 0.99) });
    }
    for (u, unit) in units.iter().enumerate() {
        if host[u] != u {
            let it = &mut items[item_of_unit[host[u]]];
            it.body.extend(unit);
            it.body.sort_unstable();
            it.kind = kind_of(blocks, &it.body);
        }
    }
    for h in standalone {
        items.push(Item { kind: Kind::Article, body: Vec::new(), head: heads[h].blocks.clone(), confidence: 0.3 });
    }
    for (i, b) in blocks.iter().enumerate() {
        if b.role == Role::Furniture {
            items.push(Item { kind: Kind::Furniture, body: vec![i], head: Vec::new(), confidence: 0.8 });
        }
    }
    items.sort_by_key(|it| it.body.first().or(it.head.first()).copied().unwrap_or(0));
    items
}

/// Most heads without a body for which splitting a unit is tried (pages built to be hostile
/// have thousands).
const MAX_SPLIT_ORPHANS: usize = 16;
/// How many of a unit's block boundaries are tried as the place to split it.
const MAX_SPLIT_POINTS: usize = 60;
/// Where headline groups follow their bodies, a group printed after the next report (two heads in
/// one run) leaves two reports run together with no headline between them. A headline no unit
/// took splits the unit before its run in two, one part for it and one for the head that took the
/// unit ([`split_by_vote`]).
fn split_for_orphans(
    blocks: &[Block],
    lines: &[Line],
    units: &mut Vec<Vec<usize>>,
    opening: &mut Vec<Bigrams>,
    heads: &mut [Head],
    hb: &[Bigrams],
    assignment: &mut [Option<usize>],
    run_gaps: &mut [usize],
) {
    let orphans: Vec<usize> = (0..heads.len()).filter(|&h| assignment[h].is_none() && heads[h].headline.is_some() && heads[h].of >= 2).collect();
    if orphans.is_empty() || orphans.len() > MAX_SPLIT_ORPHANS {
        return;
    }
    for h in orphans {
        let Some(u) = heads[h].gap.checked_sub(1) else { continue };
        if units[u].len() < 2 {
            continue;
        }
        let Some(other) = (0..assignment.len()).find(|&o| assignment[o] == Some(u)) else { continue };
        let Some((i, h_second)) = split_by_vote(blocks, lines, &units[u], &hb[h], &hb[other]) else { continue };
        split_unit(blocks, units, opening, heads, run_gaps, u, i);
        for a in assignment.iter_mut().flatten() {
            if *a > u || (*a == u && !h_second) {
                *a += 1;
            }
        }
        assignment[h] = Some(if h_second { u + 1 } else { u });
    }
}

/// Where headlines stand over their reports, a headline in decks over a report gathered from
/// dispatches filed one day names its parts deck by deck (既未组织记者观看 也未公布失败原因⏎朝鲜
/// 发射卫星未进入预定轨道 中方对有关事态发展表示关切…): read as two heads of one run, the upper
/// takes the report under the run, the lower a later dispatch filed the same day and followed by
/// another, with no head between. The lower is the headline's next deck: its blocks join the
/// upper's head.
fn join_decks(blocks: &mut [Block], units: &[Vec<usize>], run_gaps: &[usize], heads: &mut [Head], assignment: &mut [Option<usize>]) {
    let filed = |blocks: &[Block], u: usize| Some(&blocks[units[u][0]]).filter(|b| b.role == Role::Lead).and_then(dispatch_date);
    for upper in 0..heads.len().saturating_sub(1) {
        let lower = upper + 1;
        let (Some(a), Some(b)) = (assignment[upper], assignment[lower]) else { continue };
        let (hu, hl) = (&heads[upper], &heads[lower]);
        if hu.run != hl.run || hu.blocks.is_empty() || hl.kicker.is_some() || hl.headline.is_none() || a != hu.gap || b <= a || run_gaps.iter().any(|&g| g > a && g <= b) {
            continue;
        }
        // (a report gathered so runs on past the lower's dispatch: two reports filed one day and
        // headed in one run, as columns read across the page print them, do not)
        let Some(day) = filed(blocks, a) else { continue };
        if filed(blocks, b) != Some(day) || b + 1 >= units.len() || run_gaps.contains(&(b + 1)) || filed(blocks, b + 1) != Some(day) {
            continue;
        }
        // (the lower head is left empty: no block, no title)
        let moved = std::mem::take(&mut heads[lower].blocks);
        (heads[lower].headline, heads[lower].subtitle) = (None, None);
        for &x in &moved {
            if blocks[x].role == Role::Kicker {
                blocks[x].role = Role::Headline;
            }
        }
        heads[upper].blocks.extend(moved);
        assignment[lower] = None;
    }
}

/// Cut unit `u` in two before its `i`-th block: the units after it, and the heads and runs
/// that stand after it, move up by one.
fn split_unit(blocks: &[Block], units: &mut Vec<Vec<usize>>, opening: &mut Vec<Bigrams>, heads: &mut [Head], run_gaps: &mut [usize], u: usize, i: usize) {
    let tail = units[u].split_off(i);
    units.insert(u + 1, tail);
    opening[u] = opening_bigrams(blocks, &units[u]);
    opening.insert(u + 1, opening_bigrams(blocks, &units[u + 1]));
    for head in heads.iter_mut() {
        if head.gap > u {
            head.gap += 1;
        }
    }
    for g in run_gaps.iter_mut() {
        if *g > u {
            *g += 1;
        }
    }
}

/// Most words the text after a split may share with the text before it ([`continuity`]) where
/// a stacked head splits its unit: two reports share few; one report's parts more.
const STACKED_CONTINUITY: f32 = 0.08;

/// Where headline groups follow their bodies, a group printed after the next report's lands in
/// the same run, right under that report's headline, and reads as its kicker
/// (…⏎以实际行动共促全球可持续发展⏎开启中国特色大国外交新征程⏎——…). Where the two reports
/// also run together in the unit before the run (the later one opens with no lead formula), the
/// unit's paragraphs, voting with each title's words ([`split_by_vote`]), split it in two, the
/// earlier part the lower title's and the later the upper's, where the two parts share few
/// words ([`STACKED_CONTINUITY`]). The upper title is then a headline of
/// its own, and the unit two. Where the two reports are units of their own already (the later
/// opens on its lead formula) and the earlier has no run after it, the upper title is the
/// later's headline where the same vote over both parts them where they meet (the lead formula
/// marks the border, so two reports of one topic may share many words: 金正恩再次被推举为…⏎
/// 金正恩当选…); a kicker of fewer than [`MIN_SHARED_PAIRS`] pairs names no report so.
fn split_stacked_heads(blocks: &mut [Block], lines: &[Line], units: &mut Vec<Vec<usize>>, opening: &mut Vec<Bigrams>, heads: &mut Vec<Head>, hb: &mut Vec<Bigrams>, run_gaps: &mut [usize]) {
    let mut h = 0;
    while h < heads.len() {
        let (Some(k), Some(l), Some(u)) = (heads[h].kicker, heads[h].headline, heads[h].gap.checked_sub(1)) else {
            h += 1;
            continue;
        };
        if kicker_ending(&blocks[k].text) {
            h += 1;
            continue;
        }
        let (kb, lb) = (bigrams(&blocks[k].text, 200), bigrams(&blocks[l].text, 200));
        let within = || split_by_vote(blocks, lines, &units[u], &kb, &lb).filter(|&(i, second)| second && continuity(blocks, &units[u][..i], &units[u][i..]) < STACKED_CONTINUITY);
        // (where the two reports are units of their own already, each opening on its lead
        // formula, the earlier with no run after it, the votes over both must part them where
        // they meet; a kicker of too few words to name a report casts no such vote)
        let apart = || {
            u > 0 && kb.len() >= MIN_SHARED_PAIRS && !heads.iter().any(|o| o.gap == u) && {
                let both: Vec<usize> = units[u - 1].iter().chain(&units[u]).copied().collect();
                split_by_vote(blocks, lines, &both, &kb, &lb) == Some((units[u - 1].len(), true))
            }
        };
        let split = if units[u].len() >= 2 { within() } else { None };
        match split {
            Some((i, _)) => split_unit(blocks, units, opening, heads, run_gaps, u, i),
            None if apart() => {}
            None => {
                h += 1;
                continue;
            }
        }
        // The upper title is a head of its own, before the lower's.
        let upper = kicker_as_headline(blocks, &mut heads[h], k);
        heads.insert(h, upper);
        hb[h] = head_text_bigrams(blocks, &heads[h + 1]);
        hb.insert(h, head_text_bigrams(blocks, &heads[h]));
        h += 2;
    }
    place_in_runs(heads);
}

/// Least margin, in head shares summed over paragraphs, by which the paragraphs on each side of
/// a split must favour their own head in [`split_by_vote`].
const VOTE_MARGIN: f32 = 0.25;

/// How much of a paragraph votes (characters; a paragraph runs a few hundred).
const VOTE_CHARS: usize = 2000;

/// What a split right after a closing note weighs, in votes; one where the column's width
/// changes; one right before a paragraph that opens on a report's lead formula.
const CLOSING_NOTE_VOTE: f32 = 0.25;
const COLUMN_CHANGE_VOTE: f32 = 0.25;
const LEAD_VOTE: f32 = 0.25;
/// What a split right before a paragraph that opens as a report's first sentence does
/// ([`report_opening`]: 近日，…, 5月19日，…) weighs, after a sentence's end: only enough to choose
/// among splits the votes favour alike (paragraphs that hold neither head's words, a list's
/// entries, between the two reports). Such openings are common inside reports too: at 0.25, as
/// much as a lead formula, the after, away and wide-after rows of the tuning seeds lost 0.001 to
/// 0.009 in items; at 0.01 seed 7's away row gained 0.003 and no row fell.
const OPENING_VOTE: f32 = 0.01;

/// Every paragraph votes for the head whose words it holds more of (share of the head's bigrams,
/// the orphan's minus the other's): the split is where the votes before it go to one head and the
/// votes after it to the other by the widest margin (a closing note before the split adds to
/// it, [`CLOSING_NOTE_VOTE`], as does a column of another width or a lead formula after it, and,
/// between splits that tie, a report's opening sentence after it, [`OPENING_VOTE`]),
/// each side favouring its own head (the side that holds back, by [`VOTE_MARGIN`] less those
/// marks of a boundary, which so count twice in the margin). A report's
/// words run through all its paragraphs, so this holds where its lead does not name its headline
/// (a column's note, a quotation). Returns the split and whether the orphan takes the second part.
///
/// 城市论坛开幕…｜城市论坛通过…｜民生无小事…困难群众｜低保救助… with the heads 世界城市论坛呼吁
/// and 保障好困难群众基本生活: the split falls before 民生无小事.
fn split_by_vote(blocks: &[Block], lines: &[Line], unit: &[usize], orphan: &Bigrams, other: &Bigrams) -> Option<(usize, bool)> {
    let n = unit.len().min(MAX_SPLIT_POINTS);
    let votes: Vec<f32> = unit[..n]
        .iter()
        .map(|&b| match blocks[b].role {
            Role::Body | Role::Lead => {
                let p = bigrams(&blocks[b].text, VOTE_CHARS);
                shared(orphan, &p) - shared(other, &p)
            }
            _ => 0.0,
        })
        .collect();
    let total: f32 = votes.iter().sum();
    let mut before = 0.0;
    let mut best: Option<(f32, usize, bool)> = None;
    for i in 1..n {
        before += votes[i - 1];
        // (a split falls before text, or right after a closing note before a title too: the
        // next report's deck, printed as a title, 有善意方能争取和平，促缓和方能创造机遇; not a box's
        // label, 点评, that the report keeps)
        let note_before = closing_note(&blocks[unit[i - 1]].text);
        let deck_after_note = || note_before && blocks[unit[i]].role == Role::Intertitle && !box_title(&blocks[unit[i]].text);
        if !matches!(blocks[unit[i]].role, Role::Body | Role::Lead) && !deck_after_note() {
            continue;
        }
        let after = total - before;
        // A report's closing note is where it ends; a column of another width, or a paragraph
        // opening on a lead formula (本报北京8月31日电…), where the next report begins.
        let closed = if note_before { CLOSING_NOTE_VOTE } else { 0.0 };
        let (was, is) = (column_of(&blocks[unit[i - 1]], lines), column_of(&blocks[unit[i]], lines));
        let closed = closed + if was > 0.0 && is > 0.0 && columns_apart(was, is) { COLUMN_CHANGE_VOTE } else { 0.0 };
        let closed = closed + if blocks[unit[i]].role == Role::Lead { LEAD_VOTE } else { 0.0 };
        // (of splits the votes favour alike, the one before a paragraph that opens as a report's
        // first sentence does, after a sentence's end: 近日，…, 5月19日，…)
        let closed = closed + if blocks[unit[i]].role == Role::Body && ends_sentence(&blocks[unit[i - 1]].text) && report_opening(&blocks[unit[i]].text) { OPENING_VOTE } else { 0.0 };
        // The orphan takes the second part when the votes after favour it and those before do not.
        for (h_second, own, kept) in [(true, after, -before), (false, before, -after)] {
            // (the marks of a boundary there make up for a part that favours its own head by
            // less, a report a closing note ends may share few words with its headline; so
            // credited, they weigh once more in the choice of the split)
            let kept = kept + closed;
            if own >= VOTE_MARGIN && kept >= VOTE_MARGIN && best.is_none_or(|b| own + kept + closed > b.0) {
                best = Some((own + kept + closed, i, h_second));
            }
        }
    }
    best.map(|(_, i, h_second)| (i, h_second))
}

/// Least share of a headline's bigrams a headless dispatch must hold to rejoin its report.
const REJOIN_MIN_SHARED: f32 = 0.5;

/// A report made of several dispatches under one headline (综合报道: 本报北京…电 … 本报联合国…电)
/// was cut at each lead formula. A headless unit that opens with a lead rejoins the headed unit
/// next to it in the same segment when it shares enough of that headline, or was filed the same
/// day as that unit's own dispatch; a headless unit of text with no dispatch (captions printed
/// above a report's dispatch) joins the unit after it when that unit opens on its lead formula
/// and the unit's headline shares enough of the text. Returns, for every unit, the unit whose
/// item it belongs to (itself if none).
fn rejoin_dispatches(blocks: &[Block], units: &[Vec<usize>], run_gaps: &[usize], unit_head: &[Option<usize>], hb: &[Bigrams], opening: &[Bigrams]) -> Vec<usize> {
    let mut host: Vec<usize> = (0..units.len()).collect();
    let mut run_before = vec![false; units.len() + 1];
    for &g in run_gaps {
        run_before[g] = true;
    }
    let boundary = |u: usize| run_before[u]; // a headline run stands before unit u
    // Forward, so that a run of dispatches after a headline joins it one by one; then backward,
    // so that a run of them before a headline printed after its report does.
    for u in (0..units.len()).chain((0..units.len()).rev()) {
        if unit_head[u].is_some() || host[u] != u {
            continue;
        }
        // Text with no dispatch of its own before a report's dispatch (captions and summaries
        // printed above it) may only go forward, on the headline's words.
        let lead = blocks[units[u][0]].role == Role::Lead;
        if !lead && !(u + 1 < units.len() && blocks[units[u + 1][0]].role == Role::Lead) {
            continue;
        }
        // The headed neighbours (the unit before, then the one after) and the share of their
        // headlines the unit's opening repeats.
        let mut beside: [Option<(f32, usize)>; 2] = [None; 2];
        for (next, v) in [(false, u.checked_sub(1)), (true, (u + 1 < units.len()).then_some(u + 1))] {
            let Some(v) = v else { continue };
            if !lead && !next {
                continue;
            }
            if boundary(if next { v } else { u }) {
                continue;
            }
            let root = host[v];
            if let Some(h) = unit_head[root] {
                beside[usize::from(next)] = Some((shared(&hb[h], &opening[u]), root));
            }
        }
        // The one whose headline it repeats most, if enough; else one whose dispatch was filed
        // the same day (the other may share more words: neighbouring reports share topics).
        let best = beside.iter().flatten().copied().reduce(|b, c| if c.0 > b.0 { c } else { b });
        let same_day = || beside.iter().flatten().copied().find(|&(_, root)| same_dispatch_date(blocks, &units[u], &units[root]));
        let to = best.filter(|&(s, _)| s >= REJOIN_MIN_SHARED).or_else(|| if lead { same_day() } else { None });
        if let Some((_, to)) = to {
            host[u] = to;
        }
    }
    host
}

/// The dispatch opening `unit` carries a date (本报联合国4月27日电) that a lead formula of `root`
/// carries too: dispatches filed the same day for one report.
fn same_dispatch_date(blocks: &[Block], unit: &[usize], root: &[usize]) -> bool {
    let Some(d) = dispatch_date(&blocks[unit[0]]) else { return false };
    root.iter().filter(|&&b| blocks[b].role == Role::Lead).any(|&b| dispatch_date(&blocks[b]) == Some(d))
}

/// The date a block's lead formula carries (本报联合国4月27日电: 4月27日), as (month, day).
fn dispatch_date(b: &Block) -> Option<(u32, u32)> {
    dateline(&b.text).and_then(|d| d.date)
}

/// How much text on either side of a title [`continuity`] compares (characters).
const CONTINUITY_CHARS: usize = 400;
/// Below this share of the following text's bigrams found in the preceding text, a title
/// separates two reports.
const LOW_CONTINUITY: f32 = 0.02;
/// Intertitle evidence of a title set in the body's column (its first line fills the column):
/// weak, as a headline's first line in a narrow column fills it as often (2.5 before: items
/// +0.008 and +0.087, headline +0.009 and +0.058 summed over the layouts of seeds 7 and 99,
/// none lower).
const BODY_FONT_WEIGHT: f32 = 2.0;
/// Fewest ideographs of a title too long for an intertitle (a section's few words): set in the
/// body's column with no mark of running text, it is no intertitle evidence
/// ([`BODY_FONT_WEIGHT`]). Of the lone titles this long on seed 7's before, wrapped-heads and
/// mixed pages, 260 are (part of) headlines and 54 sit in a body, most of those kept there by
/// other evidence. Counted in ideographs, not characters, so that a form's row
/// (成立時間：2007年10月（…）) or a list's Latin title stays short.
const MIN_LONG_TITLE_IDEOGRAPHS: usize = 24;
/// Headline evidence of a title that repeats the words of the report before it, on a page that
/// prints headlines after their reports, and of a title closed by its column's rubric: each a
/// little stronger than a title set in the body's column ([`BODY_FONT_WEIGHT`]) is for an
/// intertitle. At 2.0 the two weighed alike and the title stayed in the body; of the lone titles
/// so balanced on the tuning pages (seeds 7, 99, 4242, every layout), 37 of 39 were headlines
/// (a photo's caption under the title, weighed alike, marks a paragraph's cut first lines as often:
/// that balance stays an intertitle). Items +0.037, +0.012, +0.051 summed over the rows of seeds
/// 7, 99 and 4242.
const REPEATS_REPORT_WEIGHT: f32 = 2.5;
const RUBRIC_WEIGHT: f32 = 2.5;
/// Intertitle evidence of a title set as a balanced pair of lines, as [`MIN_PARALLEL_TITLES`]
/// lone titles on the page are, the same.
const PARALLEL_WEIGHT: f32 = 3.0;
const MIN_PARALLEL_TITLES: usize = 3;
/// Intertitle evidence of a title with no writer on a page where every head group of
/// [`MIN_SIGNED_GROUPS`] or more names its writer: as strong as the text's sharing almost nothing
/// across the title ([`CONTINUITY_WEIGHT`]) is headline evidence, which an intertitle's section
/// often does (「只求能過關多陪他」 over a relative's words). Items +0.043 / +0.029 summed over
/// the rows of seeds 7, 99, 4242 / 5, 12, 1001, all in traditional (at 2.0 the same; with two
/// groups enough, wrapped-heads -0.006; counted where headlines follow their reports too, mixed
/// -0.002).
const SIGNED_HEADS_WEIGHT: f32 = 1.5;
const MIN_SIGNED_GROUPS: usize = 3;
/// Headline evidence of a lead formula right under the title.
const LEAD_WEIGHT: f32 = 3.5;
/// Headline evidence of an archive's source line under the title: as strong as a lead formula.
const SOURCED_WEIGHT: f32 = LEAD_WEIGHT;
/// Longest label (characters) before the dash that opens a parallel title (教育与创新——…).
const MAX_DASH_LABEL_CHARS: usize = 6;
/// Headline evidence of a lead formula after up to [`MAX_BEFORE_LEAD`] short paragraphs under
/// the title (a photo's caption, an editor's note): more than a title set in the body's column
/// is intertitle evidence.
const LEAD_SOON_WEIGHT: f32 = 2.5;
/// Most short texts (a photo's caption, printed twice in some archives) between a headline
/// and its report's lead formula that still show the lead coming soon ([`LEAD_SOON_WEIGHT`]).
/// (One until now; two: items +0.008 / +0.089 / +0.028 summed over the rows of seeds 7 / 99 /
/// 4242.)
const MAX_BEFORE_LEAD: usize = 2;
/// Headline evidence of a photo's caption right under the title (or under one short text).
const PHOTO_NEXT_WEIGHT: f32 = 2.0;
/// Headline evidence of a photo report's label (图片报道).
const PHOTO_LABEL_WEIGHT: f32 = 3.0;
/// Headline evidence of a title after a report's closing note (（作者为…）, （本报平壤8月4日电）).
const CLOSED_WEIGHT: f32 = 1.0;
/// Headline evidence of a title between a report opened by a lead formula and text closed by a
/// dispatch note, with no other title between them: a report gives its dispatch once. As strong
/// as a lead coming soon ([`LEAD_SOON_WEIGHT`]); at 4.0 the away row of seed 7 lost items
/// 0.001 and headline 0.003 against 2.5, other rows of seeds 7 and 4242 unchanged.
const TWO_DISPATCHES_WEIGHT: f32 = 2.5;
/// Intertitle evidence of a title under a label (■记者手记).
const LABELLED_WEIGHT: f32 = 3.0;
/// Headline evidence of a title between texts that share almost nothing.
const CONTINUITY_WEIGHT: f32 = 1.5;
/// Intertitle evidence of a title where the head group after it names the text before it and
/// not the text under it ([`next_head_names_before`]): more than a title's repeating that
/// text's opening ([`REPEATS_REPORT_WEIGHT`]) is headline evidence. (At 2.0 the after, away,
/// wide-after and mixed rows of seed 7 gained items +0.002, +0.002, +0.002, 0.000; at 3.0
/// +0.007, +0.006, +0.006, +0.005; 4.0 changed nothing more.)
const NAMED_BEFORE_WEIGHT: f32 = 3.0;

/// Share of the bigrams of the text after a title (the body blocks of `after`, up to
/// [`CONTINUITY_CHARS`]) found in the text just before it (the end of `before`).
fn continuity(blocks: &[Block], before: &[usize], after: &[usize]) -> f32 {
    let text = |&b: &usize| (!blocks[b].role.is_head()).then_some(blocks[b].text.as_str());
    let mut tail: Vec<&str> = Vec::new();
    let mut n = 0;
    for t in before.iter().rev().filter_map(text) {
        tail.push(t);
        n += t.chars().count();
        if n >= CONTINUITY_CHARS {
            break;
        }
    }
    let tail: String = tail.iter().rev().copied().collect();
    // `n` characters gathered; the last CONTINUITY_CHARS of them.
    let from = tail.char_indices().nth(n.saturating_sub(CONTINUITY_CHARS)).map_or(tail.len(), |(at, _)| at);
    let next = bigrams_of(after.iter().filter_map(text), CONTINUITY_CHARS);
    shared(&next, &bigrams(&tail[from..], CONTINUITY_CHARS))
}

/// Where headlines follow their reports, does the head group after the lone title at `k` (the
/// next title or headline group in the flow) name the text before the title (a title or headline
/// in it shares [`OWN_SHARED`] of its words with that stretch's opening, `before`) and not the
/// text under the title (less than [`FOREIGN_SHARED`] with its first
/// [`STRETCH_OPENING_CHARS`])? Then the report before goes on past the title: its headline
/// follows, and the title is one of its intertitles.
fn next_head_names_before(blocks: &[Block], flow: &[usize], k: usize, before: &Bigrams) -> bool {
    let is_head = |x: &usize| blocks[*x].role.is_head();
    let Some(m) = (k + 2..flow.len()).find(|&m| is_head(&flow[m])) else { return false };
    // (the text under the title is read only for a head that names the text before it)
    let mut under: Option<Bigrams> = None;
    flow[m..].iter().take_while(|x| is_head(x)).filter(|&&x| matches!(blocks[x].role, Role::Title | Role::Headline)).any(|&x| {
        let head = bigrams(&blocks[x].text, 200);
        shared(&head, before) >= OWN_SHARED
            && shared(&head, under.get_or_insert_with(|| bigrams_of(flow[k + 1..m].iter().map(|&x| blocks[x].text.as_str()), STRETCH_OPENING_CHARS))) < FOREIGN_SHARED
    })
}

/// Is the `k`-th block of the flow a `Title` with no head beside it (between body blocks)?
fn lone_title(blocks: &[Block], flow: &[usize], k: usize) -> bool {
    let head = |j: usize| blocks[flow[j]].role.is_head();
    blocks[flow[k]].role == Role::Title && k > 0 && k + 1 < flow.len() && !head(k - 1) && !head(k + 1)
}

/// Decide each lone `Title` between body blocks: intertitle (stays in the body) or headline.
fn resolve_titles(blocks: &mut [Block], lines: &[Line], flow: &[usize]) {
    let is_head = |b: &Block| b.role.is_head();
    // The page's habit: how often an unambiguous headline group is followed by a lead formula…
    let mut groups = 0;
    let mut led = 0;
    let mut signed = 0;
    for run in head_runs(blocks, flow).into_iter().filter(|r| r.len() >= 2) {
        groups += 1;
        if flow.get(run.end).is_some_and(|&x| blocks[x].role == Role::Lead) {
            led += 1;
        }
        if flow[run].iter().any(|&x| blocks[x].role == Role::Byline) {
            signed += 1;
        }
    }
    let leads_follow_heads = groups >= 2 && led * 3 >= groups * 2;
    // …and whether every one of them names its writer (報導•攝影╱向高彬 under each headline).
    let heads_signed = groups >= MIN_SIGNED_GROUPS && signed == groups;
    label_series(blocks, flow);

    // Lone titles set as balanced pairs of lines, the same on every one (克服疫情影响⏎及时进行救助,
    // 培训就业技能⏎提供岗位信息): a report's parallel intertitles. So are pairs broken by hand
    // (the first line short of the column) as long as each other line for line (收 获  畅通道⏎
    // 保障农活不断线, 种 植  强帮扶⏎保护种粮积极性: a label and its title, run together where no
    // blank line sets them apart).
    let balanced = |b: &Block| {
        let len = |l: usize| lines[l].text.trim().chars().count();
        let n = len(b.first);
        let even = (b.first..=b.last).all(|l| len(l) == n);
        let by_hand = b.n_lines() == 2 && !lines[b.first].is_full();
        (b.n_lines() >= 2 && (even || by_hand)).then_some((b.n_lines(), n, len(b.last)))
    };
    let is_lone: Vec<bool> = (0..flow.len()).map(|k| lone_title(blocks, flow, k)).collect();
    let lone: Vec<&Block> = (0..flow.len()).filter(|&k| is_lone[k]).map(|k| &blocks[flow[k]]).collect();
    let shapes: Vec<(usize, usize, usize)> = lone.iter().filter_map(|b| balanced(b)).collect();
    // Lone one-line titles as long as each other and opening on the same two characters
    // (这是因势而谋的大国智慧 … 这是开拓创新的大国担当 … 这是海纳百川的大国气象): parallel too.
    let first_two = |b: &Block| {
        let t = b.text.trim();
        let mut cs = t.chars();
        (b.n_lines() == 1).then(|| (t.chars().count(), cs.next(), cs.next()))
    };
    let openings: Vec<_> = lone.iter().filter_map(|b| first_two(b)).collect();
    // Lone titles that open on a short label and its dash (为何著书——中国不是难解的谜团… 战略耐心——
    // 可持续发展不是短跑… 教育与创新——治理不仅是…): parallel too.
    let dash_label = |b: &Block| b.text.split_once("——").is_some_and(|(label, rest)| !rest.is_empty() && (2..=MAX_DASH_LABEL_CHARS).contains(&label.chars().count()) && label.chars().all(is_cjk));
    let dash_labelled = lone.iter().filter(|b| dash_label(b)).count();
    // Lone one-line titles as long as each other between the same two headline groups (媒体加强
    // 交流合作 … 探访经济民生发展 … 中朝友谊深入人心): one report's parallel intertitles too.
    let mut stretch = vec![0usize; flow.len()];
    for k in 1..flow.len() {
        let run_ends = is_head(&blocks[flow[k - 1]]) && !is_lone[k - 1] && !is_head(&blocks[flow[k]]);
        stretch[k] = stretch[k - 1] + usize::from(run_ends);
    }
    let one_line: Vec<Option<(usize, usize)>> = (0..flow.len())
        .map(|k| (is_lone[k] && blocks[flow[k]].n_lines() == 1).then(|| (stretch[k], blocks[flow[k]].text.trim().chars().count())))
        .collect();
    let mut same_length: std::collections::HashMap<(usize, usize), usize> = std::collections::HashMap::new();
    for o in one_line.iter().flatten() {
        *same_length.entry(*o).or_default() += 1;
    }
    // Pages that open on a body and close on a headline group print headlines after bodies.
    // (A writer's name over the first report's text, 新华社记者, opens no headline group.)
    let first_text = flow.iter().find(|&&b| blocks[b].role != Role::Byline);
    let heads_follow_bodies = first_text.is_some_and(|&b| !is_head(&blocks[b])) && flow.last().is_some_and(|&b| is_head(&blocks[b]));
    // Where the stretch of text before the title began: after the last headline or at the last
    // lead formula.
    let mut start = 0;
    for k in 1..flow.len().saturating_sub(1) {
        let (p, b, n) = (flow[k - 1], flow[k], flow[k + 1]);
        if blocks[p].role == Role::Lead {
            start = k - 1;
        } else if is_head(&blocks[p]) {
            start = k;
        }
        if !lone_title(blocks, flow, k) {
            continue;
        }
        if matches!(blocks[p].role, Role::Caption) {
            continue; // a title after a photo caption starts or ends an item
        }
        let blk = &blocks[b];
        let mut headline = 0.0f32;
        let mut intertitle = 0.0f32;
        let lead_soon = blocks[n].role == Role::Lead
            || (2..=MAX_BEFORE_LEAD + 1).any(|d| {
                flow.get(k + d).is_some_and(|&x| blocks[x].role == Role::Lead) && flow[k + 1..k + d].iter().all(|&x| !blocks[x].role.is_head() && blocks[x].text.chars().count() <= 200)
            });
        // An archive's source line right under the title (《人民日报》（2025年10月20日 第 06 版）)
        // follows an article's head group, never an intertitle.
        if blocks.get(b + 1).is_some_and(|x| source_line(&x.text)) {
            headline += SOURCED_WEIGHT;
        }
        if blocks[n].role == Role::Lead {
            headline += LEAD_WEIGHT;
        } else if lead_soon {
            headline += LEAD_SOON_WEIGHT;
        } else if leads_follow_heads {
            intertitle += 1.0;
        }
        // Where every headline group is signed, a title with no writer under it and no lead soon
        // is one of a report's intertitles. (Where headlines follow their reports, only where no
        // lead opened the text above the title: a lead names the writer of the report it opens,
        // 新华社北京4月23日电（记者廖雷）, whose headline after it needs none; a report signed
        // under its headline, 報導•攝影╱向高彬, opens on its text.)
        if heads_signed && !lead_soon && (!heads_follow_bodies || blocks[flow[start]].role != Role::Lead) {
            intertitle += SIGNED_HEADS_WEIGHT;
        }
        // A headline printed after its report repeats words of that report's opening.
        if heads_follow_bodies {
            let title = bigrams(&blk.text, 200);
            let before = bigrams_of(flow[start..k].iter().map(|&x| blocks[x].text.as_str()), STRETCH_OPENING_CHARS);
            // (unless the text after it repeats them as much: an intertitle's words run on into
            // its section, [`SECTION_CHARS`])
            if shared(&title, &before) >= TITLE_SHARED && shared(&title, &bigrams_of(flow[k + 1..].iter().map(|&x| blocks[x].text.as_str()), SECTION_CHARS)) < TITLE_SHARED {
                headline += REPEATS_REPORT_WEIGHT;
            }
            // (unless the head group after it names the text before it, and not the text under
            // it: that report goes on past the title, one of its intertitles)
            if next_head_names_before(blocks, flow, k, &before) {
                intertitle += NAMED_BEFORE_WEIGHT;
            }
        }
        if wide(blk, lines) {
            headline += 3.0; // set across columns: no body text is wider than its column
        }
        // A photo's caption under it, its credit closing a short text (a caption's, or an
        // agency's on a line of its own: …抗议韩美举行联合军演。⏎⏎人民视觉): the title ends the
        // report before, whose headline it is, or heads the photo.
        let credits = |x: usize| blocks[x].role == Role::Caption || (blocks[x].role == Role::Body && agency_credit(&blocks[x].text));
        let photo_next = blocks[n].role == Role::Caption || (flow.get(k + 2).is_some_and(|&x| credits(x)) && blocks[n].text.chars().count() <= 200);
        if photo_next {
            headline += PHOTO_NEXT_WEIGHT;
        }
        // (a title of a headline's length set so, with no mark of running text, is a headline
        // wrapped at the column: the body's font says nothing of it; with a comma it may be a
        // summary opening its report, 用心用情解决好现实难题，就能让困难群众⏎享有更多获得感…)
        // (nor of a label and its words a colon apart, in words alone, a headline's form: 南方电网：
        // 绿色认证落地⏎激活绿电消费潜能, its first line a unit short of the column; a form's row has
        // its figures or a note in brackets, 成立時間：2007年10月（…）)
        let headline_form = || colon_title(&blk.text) && !blk.text.contains(|c: char| c.is_ascii_digit() || c == '（');
        if body_font(blk, lines) {
            if !headline_form() && (has_sentence_mark(&blk.text) || blk.text.chars().filter(|&c| is_cjk(c)).count() < MIN_LONG_TITLE_IDEOGRAPHS) {
                intertitle += BODY_FONT_WEIGHT;
            }
        } else if blk.n_lines() >= 2 {
            headline += 1.5; // broken by hand into short lines, as headlines are
        }
        // A photo report's label heads its item (图片报道, 图片新闻).
        if photo_label(&blk.text) {
            headline += PHOTO_LABEL_WEIGHT;
        }
        if rubric_suffix(&blk.text) {
            headline += RUBRIC_WEIGHT;
        }
        if enumerated(&blk.text) {
            intertitle += 2.0;
        }
        if balanced(blk).is_some_and(|shape| shapes.iter().filter(|&&s| s == shape).count() >= MIN_PARALLEL_TITLES)
            || first_two(blk).is_some_and(|o| openings.iter().filter(|&&x| x == o).count() >= MIN_PARALLEL_TITLES)
            || (dash_labelled >= MIN_PARALLEL_TITLES && dash_label(blk))
            || one_line[k].is_some_and(|o| same_length[&o] >= MIN_PARALLEL_TITLES)
        {
            intertitle += PARALLEL_WEIGHT;
        }
        // A report keeps its column: text before and after the title in columns told apart is
        // two reports'. (Columns within [`NEAR_COLUMNS`] of each other are told apart only around
        // a title with no mark of running text: a paragraph's last lines near another column are
        // often given its width, and a line cut from them at a column break, 国家电影局统计数据
        // 显示，2023年“五一档”, reads as such a title; a headline's label and its words a colon
        // apart, 南方电网：绿色认证落地, is no such line.)
        let cp = column_of(&blocks[p], lines);
        let cn = column_of(&blocks[n], lines);
        if cp > 0.0 && cn > 0.0 && columns_apart(cp, cn) && ((cp - cn).abs() > NEAR_COLUMNS || !has_sentence_mark(&blk.text) || colon_title(&blk.text)) {
            headline += 2.5;
        }
        // A note that closes a report, its author's (（作者为…）) or its dispatch (（本报首尔8月4日
        // 电）): what follows is its headline or another report, unless a box's label opens it (点评,
        // 点 评, 点评　交往总比不交往好: a box the report keeps).
        if author_note(&blocks[p].text) || (dispatch_note(&blocks[p].text) && !box_title(&blk.text)) {
            headline += CLOSED_WEIGHT;
        }
        // A report gives its dispatch once: text before the title opened by a lead formula
        // (本报东京7月3日电) and text after it closed by a dispatch note (（本报柏林电）), with no
        // other title, head or lead between, are two reports. (A report with intertitles may close
        // on a note naming several places: where another title stands between, this says nothing.)
        let titled = |x: &usize| matches!(blocks[*x].role, Role::Title | Role::Intertitle);
        if blocks[flow[start]].role == Role::Lead
            && !flow[start + 1..k].iter().any(titled)
            && flow[k + 1..].iter().take_while(|&&x| !is_head(&blocks[x]) && blocks[x].role != Role::Lead && !titled(&x)).any(|&x| dispatch_note(&blocks[x].text))
        {
            headline += TWO_DISPATCHES_WEIGHT;
        }
        if !ends_sentence(&blocks[p].text) && !bracketed_note(&blocks[p].text) {
            intertitle += 1.0; // the text before has not finished its sentence
        }
        // A box inside a report opens with its label over its title: ■记者手记⏎呼唤更多“勇敢的雨燕”.
        if inline_label(&blocks[p].text) {
            intertitle += LABELLED_WEIGHT;
        }
        if matches!(blocks[p].role, Role::Question | Role::Answer) && matches!(blocks[n].role, Role::Question | Role::Answer) {
            intertitle += 1.0;
        }
        // An intertitle sits inside one report, whose text goes on with the words it used before
        // the title; text that shares almost none with the text before it begins another report.
        // (Much shared text is no sign of an intertitle: neighbouring reports share topics.)
        // Asked last, and only where the answer can change the decision.
        if headline <= intertitle && headline + CONTINUITY_WEIGHT > intertitle && continuity(blocks, &flow[..k], &flow[k + 1..]) < LOW_CONTINUITY {
            headline += CONTINUITY_WEIGHT;
        }
        // A short phrase in a body is the common case; a headline needs evidence.
        if headline <= intertitle {
            blocks[b].role = Role::Intertitle;
        }
    }
    first_parallel_title(blocks, flow);
}

/// Most two columns differ (units) and still be near enough that a paragraph's last lines may
/// be given the other's width ([`resolve_titles`]).
const NEAR_COLUMNS: f32 = 3.0;

/// Share of a kicker's bigrams found in a headless report's opening, at least, to make it that
/// report's headline ([`promote_kickers`]).
const PROMOTED_SHARED: f32 = 0.5;

/// Two heads printed one under the other after their reports read as one head, a kicker over
/// its headline, and leave a report without a headline. A kicker that ends on its dash or colon
/// stays one; else:
/// - where headlines follow their reports (`after`), a report's head printed after the next
///   report's stands under it: body A, body B, B's headline, A's headline. A kicker that names
///   the report its head took (shares [`OWN_SHARED`] of its words) over a headline that names
///   none of it (less than [`FOREIGN_SHARED`]), where the report just before has no head, is
///   that report's headline, and the headline, with what follows it in the group, the head of
///   the report before;
/// - a report left without a headline whose words a kicker in the run beside it repeats, more
///   than its own host's report does, has that kicker as its headline
///   (朝鲜领导人吊唁金正日⏎⏎共同开创中朝两党两国关系的美好未来).
fn promote_kickers(
    blocks: &mut [Block],
    heads: &mut Vec<Head>,
    hb: &mut Vec<Bigrams>,
    unit_head: &mut [Option<usize>],
    opening: &[Bigrams],
    extra: &mut Vec<Vec<usize>>,
    opening_extra: &mut Vec<Vec<usize>>,
    after: bool,
) {
    let mut push = |heads: &mut Vec<Head>, hb: &mut Vec<Bigrams>, blocks: &[Block], new: Head| {
        hb.push(head_text_bigrams(blocks, &new));
        heads.push(new);
        extra.push(Vec::new());
        opening_extra.push(Vec::new());
        heads.len() - 1
    };
    if after {
        for host in 1..unit_head.len() {
            let (None, Some(h)) = (unit_head[host - 1], unit_head[host]) else { continue };
            let (Some(k), Some(l)) = (heads[h].kicker, heads[h].headline) else { continue };
            if heads[h].gap != host + 1 || kicker_ending(&blocks[k].text) {
                continue;
            }
            let (kb, lb) = (bigrams(&blocks[k].text, 200), titles_bigrams(blocks, [Some(l), heads[h].subtitle]));
            if kb.len().min(lb.len()) < MIN_SHARED_PAIRS || shared(&kb, &opening[host]) < OWN_SHARED || shared(&lb, &opening[host]) >= FOREIGN_SHARED {
                continue;
            }
            let upper = kicker_as_headline(blocks, &mut heads[h], k);
            hb[h] = head_text_bigrams(blocks, &heads[h]);
            unit_head[host - 1] = Some(h);
            unit_head[host] = Some(push(heads, hb, blocks, upper));
        }
    }
    let host_of: Vec<Option<usize>> = {
        let mut v = vec![None; heads.len()];
        for (u, h) in unit_head.iter().enumerate() {
            if let Some(h) = h {
                v[*h] = Some(u);
            }
        }
        v
    };
    for u in 0..unit_head.len() {
        if unit_head[u].is_some() {
            continue;
        }
        // Heads of the runs right before and right after the report.
        let best = (0..heads.len())
            .filter(|&h| heads[h].gap == u || heads[h].gap == u + 1)
            .filter_map(|h| {
                let k = heads[h].kicker?;
                let host = host_of[h]?;
                let t = blocks[k].text.trim_end();
                if kicker_ending(t) {
                    return None;
                }
                let kb = bigrams(t, 200);
                let (here, there) = (shared(&kb, &opening[u]), shared(&kb, &opening[host]));
                (here >= PROMOTED_SHARED && here > there).then_some((here, h, k))
            })
            .max_by(|a, b| a.0.total_cmp(&b.0));
        let Some((_, h, k)) = best else { continue };
        heads[h].kicker = None;
        heads[h].blocks.retain(|&b| b != k);
        blocks[k].role = Role::Headline;
        hb[h] = head_text_bigrams(blocks, &heads[h]);
        let new = Head { blocks: vec![k], headline: Some(k), kicker: None, subtitle: None, byline: false, section: false, ..heads[h].clone() };
        unit_head[u] = Some(push(heads, hb, blocks, new));
    }
}

/// Longest first line (characters) of a two-line sub-head in a parallel series.
const MAX_PARALLEL_CHARS: usize = 12;
/// Longest question (characters) that opens a two-line sub-head.
const MAX_QUESTION_CHARS: usize = 20;

/// Most blocks in a head run read as a sub-head pair ([`label_series`]): the pair and two more
/// titles.
const MAX_PAIR_RUN: usize = 4;

/// A report in parts opens each part with a two-line sub-head of one shape: a bare name over a
/// title (中国⏎希望早日重启六方会谈 … 美国⏎无奈承认对朝政策失败), or first lines cut alike
/// (结构更优——⏎… 动力更强——⏎…). One such pair reads as a kicker and a headline; two or more in a
/// row of one shape, with only body text and lone titles between, are the parts of one report:
/// their blocks become intertitles.
fn label_series(blocks: &mut [Block], flow: &[usize]) {
    // Each head run of the flow, as (first, last) positions in `flow`, and its pair shape.
    type ShapedRun = (usize, usize, Option<(usize, usize)>);
    let mut runs: Vec<ShapedRun> = Vec::new();
    for std::ops::Range { start: s, end: i } in head_runs(blocks, flow) {
        if i - s == 1 && blocks[flow[s]].role == Role::Title {
            continue; // a lone title between two parts (an intertitle of its own) breaks no series
        }
        // A pair, or a pair over one or two more titles: a third title (动力更强——⏎围绕…新动能⏎
        // 一剂胶水，有啥科技含量？), or the title's own last words cut off by a column break before it
        // (围绕产业链布局创新链，创新⏎⏎凝聚新动能⏎一剂胶水，…).
        let more = (3..=MAX_PAIR_RUN).contains(&(i - s)) && flow[s + 2..i].iter().all(|&x| blocks[x].role == Role::Title);
        let pair = (i - s == 2 || more) && s > 0 && i < flow.len() && blocks[flow[s + 1]].role == Role::Title;
        runs.push((s, i - 1, if pair { pair_shape(&blocks[flow[s]], &blocks[flow[s + 1]]) } else { None }));
    }
    let mut k = 0;
    while k < runs.len() {
        let s = k;
        while k < runs.len() && runs[k].2.is_some() && runs[k].2 == runs[s].2 {
            k += 1;
        }
        if k - s >= 2 {
            for &(a, b, _) in &runs[s..k] {
                for &x in &flow[a..=b] {
                    blocks[x].role = Role::Intertitle;
                }
            }
            // The first part's sub-head printed right under the report's headline (朝鲜射星举国振奋…⏎
            // 朝鲜⏎热播发射画面民众沸腾⏎本报平壤…电), or under the headline of the report before
            // where headlines follow their reports, ends the run before the series: a pair of the
            // series' shape closing a longer run is its first part.
            if let Some(&(a, b, None)) = s.checked_sub(1).map(|p| &runs[p]) {
                if b >= a + 2 && pair_shape(&blocks[flow[b - 1]], &blocks[flow[b]]) == runs[s].2 {
                    blocks[flow[b - 1]].role = Role::Intertitle;
                    blocks[flow[b]].role = Role::Intertitle;
                }
            }
        }
        k = k.max(s + 1);
    }
    lone_pair_among_labels(blocks, flow, &runs);
    titled_parts(blocks, flow);
}

/// Where the other parts' titles ran into their text (no blank line set them apart), a report in
/// parts shows its series in the labels alone, intertitles of one line (数字存档 … 交互体验): a
/// pair between them whose label has their form, as many characters and the same last one
/// (全景复原⏎从建筑形制到树木品种，…), is a part too, not a kicker over a headline. Asked of
/// [`MIN_PARALLEL_TITLES`] or more labels and pairs in a row, at least one of them a pair, with
/// only body text and lone titles between.
fn lone_pair_among_labels(blocks: &mut [Block], flow: &[usize], runs: &[(usize, usize, Option<(usize, usize)>)]) {
    // A label's form: its characters and its last one where that is a mark (数字存档, 结构更优——).
    let form = |b: &Block| (b.n_lines() == 1 && bare_name(&b.text)).then(|| (b.text.chars().count(), b.text.chars().last().filter(|&c| !is_cjk(c))));
    // The series' members in flow order, as (form, the pair's run where a pair), or None where a
    // head run breaks the series.
    let mut members: Vec<Option<((usize, Option<char>), Option<usize>)>> = Vec::new();
    let mut r = 0;
    for (p, &x) in flow.iter().enumerate() {
        if r < runs.len() && runs[r].0 == p {
            let (a, _, shape) = runs[r];
            members.push(if shape == Some((0, 0)) { form(&blocks[flow[a]]).map(|f| (f, Some(r))) } else { None });
            r += 1;
        } else if blocks[x].role == Role::Intertitle || (lone_title(blocks, flow, p) && !photo_label(&blocks[x].text)) {
            if let Some(f) = form(&blocks[x]) {
                members.push(Some((f, None)));
            }
        }
    }
    let mut s = 0;
    while s < members.len() {
        let Some((f, _)) = members[s] else {
            s += 1;
            continue;
        };
        let mut e = s;
        while e < members.len() && members[e].is_some_and(|(g, _)| g == f) {
            e += 1;
        }
        let pairs = || members[s..e].iter().flatten().filter_map(|m| m.1);
        if e - s >= MIN_PARALLEL_TITLES && pairs().count() > 0 && pairs().count() < e - s {
            for r in pairs() {
                for &x in &flow[runs[r].0..=runs[r].1] {
                    blocks[x].role = Role::Intertitle;
                }
            }
        }
        s = e;
    }
}

/// The flow's runs of head blocks, as ranges of positions in `flow`.
fn head_runs(blocks: &[Block], flow: &[usize]) -> Vec<std::ops::Range<usize>> {
    let mut runs = Vec::new();
    let mut i = 0;
    while i < flow.len() {
        if !blocks[flow[i]].role.is_head() {
            i += 1;
            continue;
        }
        let s = i;
        while i < flow.len() && blocks[flow[i]].role.is_head() {
            i += 1;
        }
        runs.push(s..i);
    }
    runs
}

/// A report's first intertitle printed right under its headline reads as the headline under a
/// kicker (第二十九届中国新闻奖获奖作品目录⏎特别奖（5件）⏎奖次：特别奖…): a one-line title closing a
/// head run of two titles or more, over body text, is an intertitle where two one-line
/// intertitles or more of its form ([`title_form`]: 一等奖（60件）, 二等奖（108件）) follow in the
/// text under it, before the next head. So is such a title alone, where the page opens on it:
/// the report's head was printed after its text or away from it (特别奖（5件）⏎奖次：特别奖…⏎…
/// 一等奖（60件）…). (Not one alone after other text: a headless report's text would run into
/// the report before it.) (Asked once the lone titles are decided: the headline over it is no
/// lone title then.)
fn first_parallel_title(blocks: &mut [Block], flow: &[usize]) {
    for std::ops::Range { start: s, end: i } in head_runs(blocks, flow) {
        let last = flow[i - 1];
        let titles = flow[s..i].iter().filter(|&&x| blocks[x].role == Role::Title).count();
        if titles < (if s == 0 { 1 } else { 2 }) || i == flow.len() || blocks[last].role != Role::Title || blocks[last].n_lines() != 1 || blocks[flow[i]].role == Role::Lead {
            continue;
        }
        let form = title_form(&blocks[last].text);
        let alike = flow[i..]
            .iter()
            .map(|&x| &blocks[x])
            .take_while(|x| !x.role.is_head())
            .filter(|x| x.role == Role::Intertitle && x.n_lines() == 1 && title_form(&x.text) == form)
            .count();
        if alike + 1 >= MIN_PARALLEL_TITLES {
            blocks[last].role = Role::Intertitle;
        }
    }
}

/// A title's form, as parallel titles share it: its length, each run of digits counted as one
/// character, and its last two characters (特别奖（5件）, 一等奖（60件）: seven, 件）).
fn title_form(t: &str) -> (usize, Option<char>, Option<char>) {
    let t = t.trim();
    let mut n = 0;
    let mut digit = false;
    for c in t.chars() {
        let d = is_digit(c);
        if !(d && digit) {
            n += 1;
        }
        digit = d;
    }
    let mut back = t.chars().rev();
    let last = back.next();
    (n, back.next(), last)
}

/// Fewest parts in a row that make a report of titled, signed parts.
const MIN_SIGNED_PARTS: usize = 3;

/// A report gathered from several correspondents prints each part under a title and its own
/// byline, with no lead formula (感言: “这才是真实的中国”⏎本报驻巴西记者 张远南⏎…), each part by
/// another correspondent. Three or more such parts in a row, none opening with a dispatch, by
/// three correspondents or more, are one report: the titles and bylines become its intertitles.
/// A long one may print a correspondent twice, apart (a year's reports from fifteen posts, two
/// from 朝鲜): as many distinct bylines as three parts in four at least, none twice in a row.
/// (Separate reports signed alike open with their dispatches, or are one correspondent's, two
/// signed alike in a row.)
fn titled_parts(blocks: &mut [Block], flow: &[usize]) {
    let mut parts: Vec<(usize, usize)> = Vec::new(); // (title, byline) positions in flow
    let mut i = 0;
    let flush = |parts: &mut Vec<(usize, usize)>, blocks: &mut [Block]| {
        // (the parts are other correspondents' than their neighbours': a byline printed twice
        // in a row, or twice in a short series, signs separate reports)
        let distinct = || {
            let n = parts.iter().map(|&(_, b)| blocks[flow[b]].text.as_str()).collect::<std::collections::HashSet<&str>>().len();
            n >= MIN_SIGNED_PARTS && 4 * n >= 3 * parts.len() && parts.windows(2).all(|w| blocks[flow[w[0].1]].text != blocks[flow[w[1].1]].text)
        };
        if parts.len() >= MIN_SIGNED_PARTS && distinct() {
            for &(t, b) in parts.iter() {
                blocks[flow[t]].role = Role::Intertitle;
                blocks[flow[b]].role = Role::Intertitle;
            }
        }
        parts.clear();
    };
    while i < flow.len() {
        let role = blocks[flow[i]].role;
        if role == Role::Lead {
            flush(&mut parts, blocks);
        } else if role.is_head() {
            let s = i;
            while i < flow.len() && blocks[flow[i]].role.is_head() {
                i += 1;
            }
            // (an archive's source line under the byline, 《人民日报》（… 第 01 版）, makes it an
            // article of its own)
            let sourced = || blocks.get(flow[s + 1] + 1).is_some_and(|b| source_line(&b.text));
            let signed = i - s == 2 && blocks[flow[s]].role == Role::Title && blocks[flow[s + 1]].role == Role::Byline && i < flow.len() && !sourced();
            if signed {
                parts.push((s, s + 1));
            } else {
                flush(&mut parts, blocks);
            }
            continue;
        }
        i += 1;
    }
    flush(&mut parts, blocks);
}

/// The shape of a two-line sub-head: every bare name over a title (美国, 朝鲜——, 联合国：) has
/// one shape; other short first lines are alike when they have as many characters and end on the
/// same mark (结构更优——, 动力更强——), or, ending on a word, make couplets of equal lengths
/// (根据物价变动⏎发放临时补贴, 培训就业技能⏎提供岗位信息).
fn pair_shape(first: &Block, second: &Block) -> Option<(usize, usize)> {
    if first.n_lines() != 1 || first.role != Role::Title {
        return None;
    }
    if bare_name(&first.text) {
        return Some((0, 0));
    }
    let n = first.text.chars().count();
    let last = first.text.chars().last().unwrap_or(' ');
    // (questions over their answers' gist are alike whatever their lengths: 企业信贷需求满足了吗？⏎
    // 装备制造业…维持高景气度 … 融资成本下降了吗？⏎贷款利率…)
    if matches!(last, '？' | '?') && n <= MAX_QUESTION_CHARS {
        return Some((0, '？' as usize | 1 << 32));
    }
    if n > MAX_PARALLEL_CHARS {
        None
    } else if is_cjk(last) {
        Some((n, second.text.chars().count()))
    } else {
        Some((n, last as usize | 1 << 32))
    }
}

fn column_of(b: &Block, lines: &[Line]) -> f32 {
    lines[b.first..=b.last].iter().map(|l| l.column).fold(0.0, f32::max)
}

/// The width of a block's widest line.
fn widest_line(b: &Block, lines: &[Line]) -> f32 {
    lines[b.first..=b.last].iter().map(|l| l.width).fold(0.0, f32::max)
}

/// Block `b` is a title wrapped in larger type than `than`: over two lines at least, all of them
/// narrower than `than`'s widest by more than a character.
fn in_larger_type(b: &Block, than: &Block, lines: &[Line]) -> bool {
    b.n_lines() >= 2 && widest_line(b, lines) + 1.0 < widest_line(than, lines)
}

/// How many times wider (or narrower) than the report before it a photo's text is set to be an
/// item of its own.
const PHOTO_COLUMN_RATIO: f32 = 1.5;

/// Split the flow into body units and headline runs. A run is returned with the number of units
/// before it.
fn segment(blocks: &[Block], lines: &[Line], flow: &[usize]) -> (Vec<Vec<usize>>, Vec<(usize, Vec<usize>)>) {
    let mut units: Vec<Vec<usize>> = Vec::new();
    let mut runs = Vec::new();
    let mut cur: Vec<usize> = Vec::new();
    let mut tally = Tally::default();
    let mut i = 0;
    while i < flow.len() {
        let b = flow[i];
        // A reporter's byline between paragraphs with no title over it signs the next part of
        // the same report: it does not cut the report ([`signs_a_part`]).
        if blocks[b].role == Role::Byline && tally.prose >= 1 {
            let n = flow[i..].iter().take_while(|&&x| blocks[x].role == Role::Byline).count();
            if signs_a_part(blocks, &cur, &flow[i..i + n], flow.get(i + n).copied()) {
                for &x in &flow[i..i + n] {
                    cur.push(x);
                    tally.add(blocks, x);
                }
                i += n;
                continue;
            }
        }
        if blocks[b].role.is_head() {
            if !cur.is_empty() {
                units.push(std::mem::take(&mut cur));
                tally = Tally::default();
            }
            let mut run = Vec::new();
            while i < flow.len() && blocks[flow[i]].role.is_head() {
                run.push(flow[i]);
                i += 1;
            }
            runs.push((units.len(), run));
            continue;
        }
        // A report's closing note in brackets (（新华社缅甸蒲甘7月4日电）, （作者为…）) ends it where
        // the text after it shares almost no words with the text before, or opens a report on a
        // time (（本报首尔1月3日电）⏎6月21日，习近平…): another report.
        let closed = || {
            tally.prose >= 3
                && blocks[b].role == Role::Body
                && tally.last.is_some_and(|l| closing_note(&blocks[l].text))
                && (report_opening(&blocks[b].text) || continuity(blocks, &flow[..i], &flow[i..]) < LOW_CONTINUITY)
        };
        // A photo's text set in another column width than the report before it, over its
        // caption or the agency's credit, is the photo's item (…教育。”⏎⏎5月23日，加查县开展…
        // （wide）⏎⏎图为文艺演出现场。 王恒 摄; …式在平壤举行。…⏎⏎人民图片). So is one that
        // says it is a photo's (…的热情。图为志愿者在接受鲜花。) set in a column told apart from
        // the report's or sharing almost none of its words.
        let photo_text = || {
            tally.prose >= 2
                && blocks[b].role == Role::Body
                && blocks[b].n_lines() >= 2
                && flow.get(i + 1).is_some_and(|&n| blocks[n].role == Role::Caption || (blocks[n].role == Role::Body && agency_credit(&blocks[n].text)))
                && tally.last.is_some_and(|l| {
                    let (a, c) = (column_of(&blocks[l], lines), column_of(&blocks[b], lines));
                    // (half as wide again or more: a column's own width wavers by a character or two)
                    let apart = || a.max(c) >= PHOTO_COLUMN_RATIO * a.min(c);
                    let told_photo = || tells_photo(&blocks[b].text) && (columns_apart(a, c) || continuity(blocks, &cur, &flow[i..=i]) < LOW_CONTINUITY);
                    matches!(blocks[l].role, Role::Body | Role::Lead) && ends_sentence(&blocks[l].text) && a > 0.0 && c > 0.0 && (apart() || told_photo())
                })
        };
        if starts_unit(blocks, &tally, b) || closed() || photo_text() {
            // The paragraph just above a lead formula that tells that report's day and words
            // (a photo's caption printed over the dispatch) goes with it.
            let summary = tally.prose >= 2 && cur.len() >= 2 && summary_of_lead(blocks, &cur[..cur.len() - 1], cur[cur.len() - 1], b);
            // (so do the paragraphs just above it whose first sentence the lead paragraph repeats
            // word for word, captions printed over the dispatch: 5月7日至8日，…在大连举行会晤。⏎
            // 新华社大连5月8日电　（记者李忠发）5月7日至8日，…在大连举行会晤。)
            let restated = restated_above(blocks, &cur, b);
            let carried = if restated > 0 && restated < cur.len() { restated } else { usize::from(summary) };
            let rest = cur.split_off(cur.len() - carried);
            units.push(std::mem::take(&mut cur));
            tally = Tally::default();
            for c in rest {
                cur.push(c);
                tally.add(blocks, c);
            }
        }
        cur.push(b);
        tally.add(blocks, b);
        i += 1;
    }
    if !cur.is_empty() {
        units.push(cur);
    }
    (units, runs)
}

/// Most characters of a paragraph that may be a headline read as running text: more than a
/// headline of two lines runs to.
const MISSED_TITLE_CHARS: usize = 30;

/// Does the run of bylines `run`, between the paragraphs of `cur` and the paragraph `next`,
/// sign a part of the report being built rather than open another? A reporter's byline opens
/// a text; where headlines come before their reports it stands under one, where they come
/// after it stands after the headline of the report before. With no title over it, the text
/// under it goes on from the text above: a correspondent's part of a series, or the report
/// under its photo's caption (图为…⏎人民图片⏎本报驻朝鲜记者 周之然⏎12月28日，…). Not after a
/// short paragraph that ends no sentence (a headline read as running text:
/// …紓困境。⏎母罹癌父病 女：挺你別怕⏎報導•攝影╱張嘉恬), nor over anything but a paragraph.
fn signs_a_part(blocks: &[Block], cur: &[usize], run: &[usize], next: Option<usize>) -> bool {
    let Some(&last) = cur.last() else { return false };
    let last = &blocks[last];
    let missed_title = || cur.len() > 1 && last.role == Role::Body && last.text.chars().count() <= MISSED_TITLE_CHARS && !ends_sentence(&last.text) && !agency_credit(&last.text);
    next.is_some_and(|n| blocks[n].role == Role::Body) && run.iter().all(|&b| reporter_byline(&blocks[b].text)) && !missed_title()
}

/// Is `last` (after the paragraphs `before` it) a summary of the report whose lead formula
/// `lead` opens: a paragraph that opens on the dispatch's own day and whose words after the date
/// the lead paragraph shares more than the text before it does (6月1日，习近平在北京会见…。⏎本报北京
/// 6月1日电　…习近平1日在北京会见…: a photo's caption printed over the dispatch)?
fn summary_of_lead(blocks: &[Block], before: &[usize], last: usize, lead: usize) -> bool {
    let (t, l) = (&blocks[last], &blocks[lead]);
    if l.role != Role::Lead || t.role != Role::Body || !date_opening(&t.text) {
        return false;
    }
    let day = find_date(&t.text).map(|d| (d.month, d.day)).or_else(|| written_date_opening(&t.text));
    if day.is_none() || dateline(&l.text).and_then(|d| d.date) != day {
        return false;
    }
    let words = t.text.split_once(['，', ',']).map_or("", |(_, rest)| rest);
    let own = bigrams(words, OPENING_CHARS);
    let earlier = bigrams_of(before.iter().rev().map(|&b| blocks[b].text.as_str()), OPENING_CHARS);
    shared(&own, &bigrams(&l.text, OPENING_CHARS)) > shared(&own, &earlier)
}

/// Most paragraphs above a lead paragraph that may repeat its opening ([`restated_above`]).
const MAX_RESTATED: usize = 3;
/// Fewest characters of a paragraph's first sentence that a lead paragraph must repeat.
const MIN_RESTATED_CHARS: usize = 12;

/// How many of the last paragraphs of `cur` (at most [`MAX_RESTATED`]) have a first sentence,
/// of [`MIN_RESTATED_CHARS`] at least, that the lead paragraph `lead` opens on word for word
/// after its formula (photos' captions printed above the dispatch), unless one before them does
/// too.
fn restated_above(blocks: &[Block], cur: &[usize], lead: usize) -> usize {
    let l = &blocks[lead];
    if l.role != Role::Lead {
        return 0;
    }
    let Some(d) = dateline(&l.text) else { return 0 };
    let opening = trim_start_space(&l.text[d.len..]);
    let restates = |t: &str| t.find('。').map(|e| &t[..e + '。'.len_utf8()]).is_some_and(|s| s.chars().count() >= MIN_RESTATED_CHARS && opening.starts_with(s));
    let n = cur.iter().rev().take(MAX_RESTATED).take_while(|&&x| blocks[x].role == Role::Body && restates(&blocks[x].text)).count();
    // (none where a paragraph before them repeats it too: captions over the report's head and
    // under it, all of one report)
    if cur[..cur.len() - n].iter().any(|&x| restates(&blocks[x].text)) {
        return 0;
    }
    n
}

/// What a unit being built holds so far, kept as it grows (so that cutting stays linear).
#[derive(Default)]
struct Tally {
    last: Option<usize>,
    text: bool,
    lead: bool,
    qa: bool,
    /// Body, question and answer blocks; body and lead blocks.
    paragraphs: usize,
    prose: usize,
    chars: usize,
    /// Intertitles in a row at the end.
    intertitles: usize,
}

impl Tally {
    fn add(&mut self, blocks: &[Block], b: usize) {
        let role = blocks[b].role;
        self.last = Some(b);
        self.text |= matches!(role, Role::Body | Role::Lead | Role::Question | Role::Answer);
        self.lead |= role == Role::Lead;
        self.qa |= matches!(role, Role::Question | Role::Answer);
        self.paragraphs += usize::from(matches!(role, Role::Body | Role::Question | Role::Answer));
        self.prose += usize::from(matches!(role, Role::Body | Role::Lead));
        self.chars += blocks[b].text.chars().count();
        self.intertitles = if role == Role::Intertitle { self.intertitles + 1 } else { 0 };
    }
}

/// Does block `b` open a new unit after the blocks tallied in `cur`?
fn starts_unit(blocks: &[Block], cur: &Tally, b: usize) -> bool {
    let Some(last) = cur.last else { return false };
    // A report sent on to another page stops here; one taken up from another starts here.
    if cur.text && (jump_out(&blocks[last].text) || jump_in(&blocks[b].text)) {
        return true;
    }
    match blocks[b].role {
        // A second lead formula opens the next report, unless what came before is only a short
        // summary of this one (导语 printed above the dateline).
        Role::Lead => {
            // 据新华社…电 relays another agency's dispatch inside the same report.
            let relayed = blocks[b].text.starts_with('据') || blocks[b].text.starts_with('據');
            // Under a pair of intertitles (a series' sub-head) it opens a part of one report
            // (中国⏎希望早日重启六方会谈⏎本报北京…电); a lone intertitle may be a headline missed.
            let part = cur.intertitles >= 2;
            cur.text && !relayed && !part && (cur.lead || cur.paragraphs >= 3 || cur.chars > 300 || blocks[last].role == Role::Caption)
        }
        Role::Question => matches!(blocks[last].role, Role::Body | Role::Lead | Role::Intertitle) && cur.prose >= 3 && !cur.qa,
        Role::Caption => false,
        _ => blocks[last].role == Role::Caption,
    }
}

/// One headline group: the blocks of a run that belong to one item.
#[derive(Debug, Clone, Default)]
struct Head {
    blocks: Vec<usize>,
    headline: Option<usize>,
    kicker: Option<usize>,
    subtitle: Option<usize>,
    byline: bool,
    section: bool,
    /// Units before the run.
    gap: usize,
    /// Position of the head in its run, and the run's number of heads.
    pos: usize,
    of: usize,
    run: usize,
}

/// Parse one run into heads. Roles are decided here: Title → Headline, Kicker or Subtitle.
fn parse_heads(blocks: &mut [Block], lines: &[Line], run: &[usize], gap: usize, run_no: usize, traditional: &std::cell::OnceCell<bool>, out: &mut Vec<Head>) {
    let start = out.len();
    let mut cur = Head { gap, run: run_no, ..Head::default() };
    let mut pending_section: Option<usize> = None;
    for (i, &b) in run.iter().enumerate() {
        match blocks[b].role {
            Role::Section => {
                if cur.headline.is_some() && !cur.section {
                    cur.section = true;
                    cur.blocks.push(b);
                } else if let Some(prev) = pending_section.replace(b) {
                    // Two labels in a row: the first stays with the head being built.
                    cur.section = true;
                    cur.blocks.push(prev);
                }
            }
            Role::Subtitle => {
                if cur.subtitle.is_some() {
                    close(&mut cur, out, gap, run_no);
                }
                cur.subtitle = Some(b);
                cur.blocks.push(b);
            }
            Role::Byline => {
                cur.byline = true;
                cur.blocks.push(b);
            }
            // A long title with a clause in it, under a headline and its byline, is a deck that
            // sums the report up (集采药，拼质量才能护健康（人民时评）⏎孙秀艳⏎国家组织药品集采不是
            // 简单的“团购”砍价，而是用公共购买力换取…): the head's, however many, not a head of its own.
            _ if cur.headline.is_some() && cur.byline && deck(&blocks[b], lines) => {
                cur.subtitle.get_or_insert(b);
                cur.blocks.push(b);
                blocks[b].role = Role::Subtitle;
            }
            _ => {
                // A title: the headline, or the headline after a kicker, or the next head.
                match cur.headline {
                    None => {
                        cur.headline = Some(b);
                    }
                    // Papers set in traditional script (Taiwan's, Hong Kong's) print a
                    // headline's subtitle under it without a dash, and seldom a kicker over it:
                    // there a plain title under a headline is its subtitle, unless a dashed
                    // subtitle follows (單親癌母：為憨兒拚命活⏎「我走了 誰照顧他」). (Headline
                    // +0.46 on the plain-subtitles+traditional pages of seeds 7/99/4242 and
                    // 5/12/1001, every other traditional mix 0 or up, subtitle -0.005.)
                    Some(h) if takes_more(&cur, blocks, h) && run.get(i + 1).is_none_or(|&n| blocks[n].role != Role::Subtitle) && !kicker_ending(&blocks[h].text) && !coded_field(&blocks[h].text) && *traditional.get_or_init(|| traditional_script(lines.iter().map(|l| l.text), MIN_SCRIPT_LEAD) == Some(true)) => {
                        cur.subtitle = Some(b);
                    }
                    Some(h) if takes_more(&cur, blocks, h) && is_kicker_of(&blocks[h], &blocks[b], lines) => {
                        cur.kicker = Some(h);
                        blocks[h].role = Role::Kicker;
                        cur.headline = Some(b);
                    }
                    Some(_) => {
                        close(&mut cur, out, gap, run_no);
                        cur.headline = Some(b);
                    }
                }
                if let Some(s) = pending_section.take() {
                    cur.section = true;
                    cur.blocks.push(s);
                }
                cur.blocks.push(b);
                blocks[b].role = if cur.headline == Some(b) { Role::Headline } else if cur.subtitle == Some(b) { Role::Subtitle } else { Role::Kicker };
            }
        }
    }
    if let Some(s) = pending_section {
        if cur.blocks.is_empty() && out.len() > start {
            out.last_mut().unwrap().blocks.push(s);
        } else {
            cur.section = true;
            cur.blocks.push(s);
        }
    }
    close(&mut cur, out, gap, run_no);
}

/// Head `cur`, whose headline is block `h`, can take another title as its kicker or subtitle: it
/// has neither yet, and no byline under the headline has ended it (credits over the headline
/// close the text before).
fn takes_more(cur: &Head, blocks: &[Block], h: usize) -> bool {
    cur.subtitle.is_none() && cur.kicker.is_none() && !cur.blocks.iter().any(|&x| x > h && blocks[x].role == Role::Byline)
}

/// A label and a code a colon apart (基金會編號：A3874): a field of the text's closing note, no
/// headline.
fn coded_field(t: &str) -> bool {
    t.trim_end().rsplit_once(['：', ':']).is_some_and(|(label, code)| !label.is_empty() && !code.is_empty() && code.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'))
}

/// Fewest characters of a deck ([`deck`]): more than most headlines with a clause in them run to.
const MIN_DECK_CHARS: usize = 30;

/// A title long enough, with a mark only running text uses in its first line and no sentence's
/// end, to be a deck summing a report up rather than a headline. A headline's second deck opens
/// after a first with no such mark, on a line of its own (朝鲜宣布中止核试验⏎中国外交部发言人
/// 表示，…) or set off by a space or closed by a rubric (…对话（国际视点） 中方希望…，…).
fn deck(b: &Block, lines: &[Line]) -> bool {
    let t = b.text.as_str();
    let before_mark = t.find(['，', '；', '：', ',']).map_or(t, |at| &t[..at]);
    has_sentence_mark(lines[b.first].text) && !ends_sentence(t) && t.chars().count() >= MIN_DECK_CHARS && !before_mark.contains([' ', '\u{3000}', '）', ')'])
}

/// Each head's place in its run, and the run's number of heads (the heads of a run are
/// consecutive).
fn place_in_runs(heads: &mut [Head]) {
    let mut i = 0;
    while i < heads.len() {
        let n = heads[i..].iter().take_while(|h| h.run == heads[i].run).count();
        for (pos, h) in heads[i..i + n].iter_mut().enumerate() {
            (h.pos, h.of) = (pos, n);
        }
        i += n;
    }
}

fn close(cur: &mut Head, out: &mut Vec<Head>, gap: usize, run: usize) {
    if !cur.blocks.is_empty() {
        cur.blocks.sort_unstable();
        out.push(std::mem::replace(cur, Head { gap, run, ..Head::default() }));
    }
}

/// Share of a title's bigrams found in a report's opening, at least, that makes it that report's
/// title ([`split_headline_pairs`]), and below which it is no title of that report (there, and
/// in the assignment's [`FOREIGN_COST`]).
const OWN_SHARED: f32 = 0.35;
const FOREIGN_SHARED: f32 = 0.2;

/// Fewest distinct bigrams a title has for its share in a text to say which text it names
/// (平壤, one pair, is all or nothing).
const MIN_SHARED_PAIRS: usize = 4;

/// A plain title over another in a run reads as its kicker ([`parse_heads`]); but where each
/// names a report of its own near the run, the upper's words in one report's opening and the
/// lower's in another's, and neither's in the other's (as a share, under [`FOREIGN_SHARED`] or
/// half its own), they are two headlines (a headline group printed after the next report's:
/// …⏎朝鲜沉痛送别金正日⏎周永康会见朝鲜客人).
fn split_headline_pairs(blocks: &mut [Block], heads: Vec<Head>, opening: &[Bigrams]) -> Vec<Head> {
    let mut out: Vec<Head> = Vec::with_capacity(heads.len());
    for mut h in heads {
        let (Some(k), Some(l)) = (h.kicker, h.headline) else {
            out.push(h);
            continue;
        };
        // (the lower's subtitle says what it is about where the headline is figurative:
        // 惟其勇毅笃行，方显英雄本色⏎——2019年上半年习近平主席引领中国特色大国外交…)
        let (kb, lb) = (bigrams(&blocks[k].text, 200), titles_bigrams(blocks, [Some(l), h.subtitle]));
        // (the reports two heads in a run may take: as far as the assignment looks)
        let near = h.gap.saturating_sub(2 + MAX_DISTANCE)..(h.gap + MAX_DISTANCE).min(opening.len());
        let names = |own: &Bigrams, other: &Bigrams| {
            near.clone()
                .filter(|&u| {
                    let own = shared(own, &opening[u]);
                    own >= OWN_SHARED && shared(other, &opening[u]) < FOREIGN_SHARED.max(own / 2.0)
                })
                .collect::<Vec<usize>>()
        };
        let (upper, lower) = (names(&kb, &lb), names(&lb, &kb));
        if kicker_ending(&blocks[k].text) || kb.len().min(lb.len()) < MIN_SHARED_PAIRS || upper.is_empty() || lower.is_empty() || upper.iter().all(|u| lower.contains(u)) {
            out.push(h);
            continue;
        }
        out.push(kicker_as_headline(blocks, &mut h, k));
        out.push(h);
    }
    out
}

/// On a page with no blank line, two reports' titles printed one right over the other (a head
/// printed away from its report, under the next report's) are one block as the join stage reads
/// them: 朝鲜沉痛送别金正日⏎提升群众性应急救⏎护能力（人民时评）. Where headlines follow their
/// reports, the first head under a report is its own: the block is cut in two where its upper
/// part names the report right above its run and its lower part an earlier one and not that one
/// (each as [`split_headline_pairs`] tells two heads apart: at least [`OWN_SHARED`] of its words
/// in that report's opening, less than the other part's share there or [`FOREIGN_SHARED`]). Not
/// inside a bracket or quotation, nor after a clause mark or a kicker's ending, nor between two
/// characters the page prints together elsewhere (a word cut: 再次就⏎任…). Where blank lines set
/// heads apart, they do it.
fn unstack_titles(blocks: &mut Vec<Block>, lines: &[Line]) {
    if lines.iter().any(|l| l.gap_before) {
        return;
    }
    let text = |r: std::ops::RangeInclusive<usize>| lines[r].iter().map(|l| l.text).collect::<String>();
    let clean_cut = |b: &Block, s: usize| {
        let upper = text(b.first..=s);
        bracket_depth(&upper) == 0 && quote_depth(&upper) == 0 && !upper.trim_end().ends_with(is_clause_punct) && !kicker_ending(&upper) && !lines[s + 1].text.starts_with(is_no_line_start)
    };
    let stacked = |b: &Block| b.role == Role::Title && b.n_lines() >= 2 && (b.first..b.last).any(|s| clean_cut(b, s));
    if !blocks.iter().any(stacked) {
        return;
    }
    let page_pairs = pairs_within(blocks.iter().filter(|b| !b.role.is_head() && b.role != Role::Title).map(|b| b.text.as_str()));
    let cut_word = |s: usize| {
        let (a, b) = (lines[s].text.trim_end().chars().last(), lines[s + 1].text.chars().next());
        matches!((a, b), (Some(a), Some(b)) if is_cjk(a) && is_cjk(b) && page_pairs.contains(key(a, b)))
    };
    // The reports and head runs as the page reads before the cut.
    let mut probe = blocks.clone();
    let flow: Vec<usize> = (0..probe.len()).filter(|&i| probe[i].role != Role::Furniture).collect();
    resolve_titles(&mut probe, lines, &flow);
    let (units, runs) = segment(&probe, lines, &flow);
    let opening: Vec<Bigrams> = units.iter().map(|u| opening_bigrams(&probe, u)).collect();
    let mut cuts = Vec::new();
    for (gap, run) in &runs {
        let Some(above) = gap.checked_sub(1) else { continue };
        // (the reports two heads in a run may take: as far as the assignment looks)
        let near = gap.saturating_sub(2 + MAX_DISTANCE)..(gap + MAX_DISTANCE).min(opening.len());
        // The reports a part names, with its share of words in each.
        let names = |own: &Bigrams, other: &Bigrams| {
            let named = near.clone().filter(|&u| {
                let s = shared(own, &opening[u]);
                s >= OWN_SHARED && shared(other, &opening[u]) < FOREIGN_SHARED.max(s / 2.0)
            });
            named.map(|u| (u, shared(own, &opening[u]))).collect::<Vec<_>>()
        };
        for &b in run.iter().filter(|&&b| stacked(&blocks[b])) {
            let mut best: Option<(f32, usize)> = None;
            for s in (blocks[b].first..blocks[b].last).filter(|&s| clean_cut(&blocks[b], s) && !cut_word(s)) {
                let (ub, lb) = (bigrams(&text(blocks[b].first..=s), 200), bigrams(&text(s + 1..=blocks[b].last), 200));
                if ub.len().min(lb.len()) < MIN_SHARED_PAIRS {
                    continue;
                }
                let (upper, lower) = (names(&ub, &lb), names(&lb, &ub));
                if !upper.iter().any(|&(u, _)| u == above) || lower.is_empty() || lower.iter().any(|&(u, _)| u >= above) {
                    continue;
                }
                let top = |v: &[(usize, f32)]| v.iter().map(|&(_, s)| s).fold(0.0, f32::max);
                let margin = top(&upper).min(top(&lower));
                if best.is_none_or(|(m, _)| margin > m) {
                    best = Some((margin, s));
                }
            }
            if let Some((_, s)) = best {
                cuts.push((b, s));
            }
        }
    }
    for &(b, s) in cuts.iter().rev() {
        let (first, last, role) = (blocks[b].first, blocks[b].last, blocks[b].role);
        let part = |first: usize, last: usize| Block { role, ..make_block(lines, first, last) };
        blocks[b] = part(first, s);
        blocks.insert(b + 1, part(s + 1, last));
    }
}

/// Head `h`'s kicker, block `k`, is a headline of its own: it and the blocks above it leave `h`
/// as a head of their own, which is returned.
fn kicker_as_headline(blocks: &mut [Block], h: &mut Head, k: usize) -> Head {
    blocks[k].role = Role::Headline;
    let split_at = h.blocks.iter().position(|&b| b == k).map_or(0, |i| i + 1);
    let rest = h.blocks.split_off(split_at);
    h.kicker = None;
    Head { blocks: std::mem::replace(&mut h.blocks, rest), headline: Some(k), gap: h.gap, run: h.run, ..Head::default() }
}

/// A headline complete in itself: two clauses a comma apart (谱写中朝友谊新篇，维护半岛和平稳定),
/// closed by its column's rubric (…（人民时评）), a quotation and nothing more (“把伟大的
/// 传统友谊代代传承下去”: a kicker introduces, it quotes no one), or a speaker and what was said
/// a dash apart (外交部发言人——希望朝美双方珍惜积极进展).
fn whole_headline(t: &str) -> bool {
    let t = t.trim_end();
    let spoken = || t.find("——").is_some_and(|at| at > 0 && !t.ends_with("——"));
    rubric_suffix(t) || (t.contains('，') && !t.ends_with(['，', '。', '：', ':']) && !t.ends_with("——")) || whole_quotation(t) || spoken()
}

/// `t` is one quotation: it opens and closes on a quote mark, and none closes before its end.
fn whole_quotation(t: &str) -> bool {
    let inner = t.strip_prefix('“').and_then(|r| r.strip_suffix('”')).or_else(|| t.strip_prefix('「').and_then(|r| r.strip_suffix('」')));
    inner.is_some_and(|r| !r.is_empty() && !r.contains(['”', '」']))
}

/// Share of a headline's bigrams found in the opening of a report, at least, to take that
/// report's title as its subtitle ([`heads_swap`]).
const SWAP_SHARED: f32 = 0.2;

/// Of two heads one above the other, the upper is the headline and the lower's title its
/// subtitle printed without a dash, where the lower's title is no headline complete in itself
/// (nor an author's name, nor text ending as a kicker does) and the upper is one (谱写中朝友谊新篇，维护半岛和平稳定⏎习近平总书记…)
/// or is set in the larger type: wrapped over lines all narrower than the lower's widest
/// (共同开创中朝两党⏎两国关系的美好未来⏎⏎记习近平总书记对朝鲜进行国事访问).
fn heads_swap(blocks: &[Block], lines: &[Line], upper: &Head, lower: &Head) -> bool {
    let (Some(a), Some(b)) = (upper.headline, lower.headline) else { return false };
    let (a, b) = (&blocks[a], &blocks[b]);
    let larger_type = in_larger_type(a, b, lines) && !kicker_ending(&a.text);
    upper.subtitle.is_none() && lower.kicker.is_none() && (whole_headline(&a.text) || larger_type) && !whole_headline(&b.text) && !kicker_ending(&b.text) && !author_line(&b.text)
}

/// Is `first` the kicker (引题) printed above headline `second`? A title of one line is, where it
/// is no longer than the headline by much or the headline wraps; one of more lines only where it
/// wraps at the body's column over a headline in larger type.
fn is_kicker_of(first: &Block, second: &Block, lines: &[Line]) -> bool {
    let a = first.text.trim_end();
    if kicker_ending(a) {
        return true;
    }
    if kicker_ending(&second.text) {
        return false; // the kicker of the next head
    }
    if photo_label(a) {
        return false; // a photo report's label heads its photo: …白雪飞摄⏎图片报道⏎澜沧江…举行
    }
    if second.text.ends_with('？') && !a.ends_with('？') {
        return false; // two heads: a question headline of its own
    }
    if whole_headline(a) {
        return false; // a headline complete in itself: …（人民时评）, …，…
    }
    // (a kicker of two lines or more is set in the small type of the body's column, over a
    // headline in larger type, its lines all narrower: 浙江开展“艺术乡建”助力乡村⏎振兴⏎⏎广袤田野播下⏎
    // 文艺“种子”; not one whose two decks a space sets apart, as 42 % of the corpus' headlines
    // and 3 of its 32 kickers are: …金正恩在⏎大连举行会晤 王沪宁参加有关活动, a headline of its own)
    let one_phrase = !first.text.trim().contains([' ', '\u{3000}']);
    let small_over_large = || one_phrase && body_font(first, lines) && in_larger_type(second, first, lines);
    // (nor need it be, where its lines but the last come to the column's width to the unit: one
    // phrase wrapped at the column, as a head set in one column has its kicker, over a headline
    // wrapped as wide, 加快建设美丽宜居乡村新⏎家园⏎⏎山村道路越修越宽越走越⏎顺畅 in a column of eleven;
    // a title broken by hand comes to the column's width only by chance, and one a unit past it
    // was not wrapped there)
    let wrapped = || one_phrase && first.n_lines() > 1 && lines[first.first..first.last].iter().all(wrapped_at_column);
    (first.n_lines() == 1 || small_over_large() || wrapped()) && (second.n_lines() > 1 || first.text.chars().count() <= second.text.chars().count() + 4)
}

/// The line comes to its column's width to the unit, its hanging marks aside, as a line wrapped
/// at the column does ([`is_kicker_of`]).
fn wrapped_at_column(l: &Line) -> bool {
    l.is_full() && ((l.width - l.column).abs() <= 0.5 || (l.width - hanging_width(l.text) - l.column).abs() <= 0.5)
}

/// The bigrams of a unit's opening, the first [`OPENING_CHARS`] word characters of its text.
fn opening_bigrams(blocks: &[Block], unit: &[usize]) -> Bigrams {
    bigrams_of(unit.iter().map(|&b| blocks[b].text.as_str()), OPENING_CHARS)
}

/// The words of a head's titles; a photo report's label (图片报道) names no report: none of its
/// words are the head's (报道 is in many a lead).
fn head_text_bigrams(blocks: &[Block], h: &Head) -> Bigrams {
    let own = |t: Option<usize>| t.filter(|&b| !photo_label(&blocks[b].text));
    titles_bigrams(blocks, [own(h.kicker), own(h.headline), own(h.subtitle)])
}

/// The bigrams of a head's titles (those present), read as one text.
fn titles_bigrams(blocks: &[Block], titles: impl IntoIterator<Item = Option<usize>>) -> Bigrams {
    bigrams_of(titles.into_iter().flatten().map(|b| blocks[b].text.as_str()), 200)
}

/// > 0: headlines follow their bodies on this page; < 0: they precede them.
fn habit(blocks: &[Block], flow: &[usize], heads: &[Head], hb: &[Bigrams], opening: &[Bigrams]) -> f32 {
    let mut score = 0.0;
    for (h, head) in heads.iter().enumerate() {
        if head.headline.is_none() {
            continue;
        }
        let prev = if head.gap > 0 { shared(&hb[h], &opening[head.gap - 1]) } else { 0.0 };
        let next = opening.get(head.gap).map_or(0.0, |o| shared(&hb[h], o));
        score += prev - next;
    }
    if let (Some(&first), Some(&last)) = (flow.first(), flow.last()) {
        score += if blocks[first].role.is_head() { -0.5 } else { 0.5 };
        score += if blocks[last].role.is_head() { 0.5 } else { -0.25 };
    }
    score
}

/// (distance in units from the head's natural slot, whether the unit lies before the head)
fn distance(h: &Head, u: usize) -> (usize, bool) {
    if u < h.gap {
        let expected = h.gap as isize - h.of as isize + h.pos as isize;
        ((u as isize - expected).unsigned_abs(), true)
    } else {
        let expected = (h.gap + h.pos) as isize;
        ((u as isize - expected).unsigned_abs(), false)
    }
}

/// The units (of `m`) near enough to head `head` for [`pair_cost`] to weigh.
fn reach(head: &Head, m: usize) -> std::ops::Range<usize> {
    let lo = head.gap.saturating_sub(head.of + MAX_DISTANCE);
    let hi = (head.gap + head.of + MAX_DISTANCE + 1).min(m);
    lo..hi.max(lo)
}

/// What pairing head `head` with unit `u` costs, or `None` where the unit lies beyond
/// [`MAX_DISTANCE`] of the head's natural slot: distance, the text the head shares with the
/// unit's opening, next to none of it ([`FOREIGN_COST`]), against the page's habit.
fn pair_cost(head: &Head, hb: &Bigrams, opening: &Bigrams, u: usize, habit: f32) -> Option<f32> {
    let (d, after) = distance(head, u);
    if d > MAX_DISTANCE {
        return None;
    }
    let against = if habit > 0.0 { !after } else { after };
    let sh = shared(hb, opening);
    let mut c = DISTANCE_COST * d as f32 - SHARED_TEXT_GAIN * sh;
    if sh < FOREIGN_SHARED {
        c += FOREIGN_COST;
    }
    if against && habit != 0.0 {
        c += HABIT_COST;
    }
    if head.headline.is_none() {
        c += 0.5; // a run of only a byline or subtitle is a weak head
    }
    Some(c)
}

/// What leaving `head` without a unit costs: [`ORPHAN_COST`], or [`STACKED_ORPHAN_COST`] for a
/// headline stacked with other heads in its run on a page of headlines after bodies.
fn orphan_cost(head: &Head, habit: f32) -> f32 {
    if habit > 0.0 && head.of >= 2 && head.headline.is_some() { STACKED_ORPHAN_COST } else { ORPHAN_COST }
}

/// After the splits ([`split_for_orphans`]), the heads still without a unit take the free units
/// they fit, cheapest pair first, where a pair costs less than [`ORPHAN_COST`] (as the
/// assignment would have given them but for [`STACKED_ORPHAN_COST`]): 记者问答⏎发布会上还透露哪些
/// 重要信息？ under the headline of the report before it shares few words with its box of
/// answers, yet no other head wants the box.
fn adopt_orphans(heads: &[Head], hb: &[Bigrams], opening: &[Bigrams], habit: f32, assignment: &mut [Option<usize>]) {
    let mut taken = vec![false; opening.len()];
    for u in assignment.iter().flatten() {
        taken[*u] = true;
    }
    let pairs: Vec<(f32, usize, usize)> = (0..heads.len())
        .filter(|&h| assignment[h].is_none())
        .flat_map(|h| reach(&heads[h], opening.len()).map(move |u| (h, u)))
        .filter(|&(_, u)| !taken[u])
        .filter_map(|(h, u)| pair_cost(&heads[h], &hb[h], &opening[u], u, habit).map(|c| (c, h, u)))
        .collect();
    cheapest_first(pairs, |_| ORPHAN_COST, assignment, &mut taken);
}

/// Give heads units from `pairs` (cost, head, unit), cheapest pair first, each head and unit
/// once, where the pair costs less than leaving the head without a unit (`orphan`).
fn cheapest_first(mut pairs: Vec<(f32, usize, usize)>, orphan: impl Fn(usize) -> f32, out: &mut [Option<usize>], taken: &mut [bool]) {
    pairs.sort_by(|a, b| a.0.total_cmp(&b.0));
    for (c, h, u) in pairs {
        if c < orphan(h) && out[h].is_none() && !taken[u] {
            out[h] = Some(u);
            taken[u] = true;
        }
    }
}

/// Largest cost matrix (heads × columns) solved exactly; beyond it (pages built to be hostile)
/// heads are assigned greedily, cheapest pair first, in memory and time linear in the pairs.
const MAX_EXACT_CELLS: usize = 1 << 22;

fn assign_heads(heads: &[Head], hb: &[Bigrams], opening: &[Bigrams], habit: f32) -> Vec<Option<usize>> {
    let n = heads.len();
    let m = opening.len();
    if n == 0 {
        return Vec::new();
    }
    // The (head, unit, cost) pairs close enough to consider.
    let mut pairs: Vec<(f32, usize, usize)> = Vec::new();
    for (h, head) in heads.iter().enumerate() {
        for u in reach(head, m) {
            if let Some(c) = pair_cost(head, &hb[h], &opening[u], u, habit) {
                pairs.push((c, h, u));
            }
        }
    }
    if n * (m + n) > MAX_EXACT_CELLS {
        let mut out = vec![None; n];
        cheapest_first(pairs, |h| orphan_cost(&heads[h], habit), &mut out, &mut vec![false; m]);
        return out;
    }
    // Columns: units, then one orphan column per head.
    let big = 1e6f32;
    let mut cost = vec![vec![big; m + n]; n];
    for (c, h, u) in pairs {
        cost[h][u] = c;
    }
    for (h, row) in cost.iter_mut().enumerate() {
        row[m + h] = orphan_cost(&heads[h], habit);
    }
    let cols = hungarian(&cost);
    cols.into_iter().map(|c| (c < m).then_some(c)).collect()
}

/// Minimum-cost assignment of every row to a distinct column (rows ≤ columns).
/// Returns the column of each row. O(n²·m), the classic potentials method.
pub fn hungarian(cost: &[Vec<f32>]) -> Vec<usize> {
    let n = cost.len();
    let m = cost[0].len();
    let inf = f64::INFINITY;
    let mut u = vec![0f64; n + 1];
    let mut v = vec![0f64; m + 1];
    let mut p = vec![0usize; m + 1];
    let mut way = vec![0usize; m + 1];
    for i in 1..=n {
        p[0] = i;
        let mut j0 = 0;
        let mut minv = vec![inf; m + 1];
        let mut used = vec![false; m + 1];
        loop {
            used[j0] = true;
            let i0 = p[j0];
            let mut delta = inf;
            let mut j1 = 0;
            for j in 1..=m {
                if !used[j] {
                    let cur = cost[i0 - 1][j - 1] as f64 - u[i0] - v[j];
                    if cur < minv[j] {
                        minv[j] = cur;
                        way[j] = j0;
                    }
                    if minv[j] < delta {
                        delta = minv[j];
                        j1 = j;
                    }
                }
            }
            for j in 0..=m {
                if used[j] {
                    u[p[j]] += delta;
                    v[j] -= delta;
                } else {
                    minv[j] -= delta;
                }
            }
            j0 = j1;
            if p[j0] == 0 {
                break;
            }
        }
        loop {
            let j1 = way[j0];
            p[j0] = p[j1];
            j0 = j1;
            if j0 == 0 {
                break;
            }
        }
    }
    let mut ans = vec![0; n];
    for j in 1..=m {
        if p[j] != 0 {
            ans[p[j] - 1] = j - 1;
        }
    }
    ans
}

/// What kind of item a unit makes.
fn kind_of(blocks: &[Block], body: &[usize]) -> Kind {
    let count = |r: Role| body.iter().filter(|&&b| blocks[b].role == r).count();
    let (q, a, c) = (count(Role::Question), count(Role::Answer), count(Role::Caption));
    if q >= 2 && a >= 1 || (q >= 1 && a >= 1 && q + a + 1 >= body.len()) {
        return Kind::Interview;
    }
    let text: usize = body.iter().filter(|&&b| blocks[b].role != Role::Caption).map(|&b| blocks[b].text.chars().count()).sum();
    let paragraphs = body.iter().filter(|&&b| blocks[b].role != Role::Caption).count();
    if c >= 1 && count(Role::Lead) == 0 && paragraphs <= 3 && text <= 400 {
        return Kind::Photo;
    }
    Kind::Article
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::column_of_text;

    #[test]
    fn long_titles_with_a_clause_under_a_headline_and_its_writer_are_its_decks() {
        // Set 24 to the line, with no blank line, as a commentary page prints them.
        let page = "第 12 页\n守护好城市的烟火气（时评）\n李晓东\n《人民日报》（2025年7月3日 第 05 版）\n夜市不是简单的摆摊经营，而是用公共空间换取更有温\n度、更有活力的城市生活\n管理规则通过划定经营区域、规范卫生标准，将引导摊\n主转向特色经营和品质提升\n入夏以来，不少城市的夜市重新热闹起来。记者走访发\n现，多地出台新的管理办法，明确经营时段、划定摊位\n范围、规范卫生标准，让夜市既有烟火气又有秩序感。\n作为城市商业的重要补充，夜市承载着就业、消费和社\n交等多种功能。近年来，各地探索包容审慎的管理方\n式，取得了积极成效，群众的满意度明显提升。\n第 13 页\n";
        let r = crate::rebuild("p", page, &crate::Options::default()).unwrap();
        let articles: Vec<_> = r.iter().filter(|r| r.kind != Kind::Furniture).collect();
        assert_eq!(articles.len(), 1, "{articles:?}");
        assert_eq!(articles[0].headline.as_deref(), Some("守护好城市的烟火气（时评）"));
        // (both decks, as the bundled PDF's 人民时评 prints them: the second ends no sentence)
        assert_eq!(articles[0].subtitle.as_deref(), Some("夜市不是简单的摆摊经营，而是用公共空间换取更有温度、更有活力的城市生活 管理规则通过划定经营区域、规范卫生标准，将引导摊主转向特色经营和品质提升"));
        assert!(articles[0].blocks[0].text.starts_with("入夏以来"), "{:?}", articles[0].blocks);
    }

    #[test]
    fn a_paragraph_over_a_dispatch_on_its_day_with_its_words_opens_that_report() {
        let page = "本报上海3月2日电 记者从市交通委获悉，本市新开通三条公交线路，方便市民出行。\n\n新线路覆盖城郊多个居住区，沿途设站二十余个。\n\n3月5日，省长王明在杭州会见来访的德国经济代表团一行。\n\n本报杭州3月5日电 省长王明5日在杭州会见了来访的德国经济代表团，双方就经贸合作交换意见。\n\n王明表示，愿同德方深化合作。\n";
        let r = crate::rebuild("p", page, &crate::Options::default()).unwrap();
        assert_eq!(r.len(), 2, "{r:?}");
        assert_eq!(r[1].blocks[0].text, "3月5日，省长王明在杭州会见来访的德国经济代表团一行。");
        assert_eq!(r[0].blocks.len(), 2);
        // Not a paragraph of another day, nor one that shares the report before it more.
        let other = page.replace("3月5日，省长", "3月4日，省长");
        let r = crate::rebuild("p", &other, &crate::Options::default()).unwrap();
        assert_eq!(r[0].blocks.len(), 3, "{r:?}");
        let other = page.replace("3月5日，省长王明在杭州会见来访的德国经济代表团一行。", "3月5日，市交通委表示，本市新开通的三条公交线路运行平稳。");
        let r = crate::rebuild("p", &other, &crate::Options::default()).unwrap();
        assert_eq!(r[0].blocks.len(), 3, "{r:?}");
    }

    #[test]
    fn paragraphs_over_a_dispatch_whose_first_sentence_it_repeats_open_that_report() {
        // (two photos' captions that repeat the dispatch's opening, of a span of days, one not
        // the dispatch's own)
        let page = "本报上海3月2日电 记者从市交通委获悉，本市新开通三条公交线路，方便市民出行。\n\n新线路覆盖城郊多个居住区，沿途设站二十余个。\n\n市民乘坐新开通的公交线路出行。\n\n3月4日至5日，省长王明在杭州会见来访的德国经济代表团。\n\n3月4日至5日，省长王明在杭州会见来访的德国经济代表团。\n\n本报杭州3月5日电 （记者李华）3月4日至5日，省长王明在杭州会见来访的德国经济代表团。双方就经贸合作交换意见。\n\n王明表示，愿同德方深化合作。\n";
        let r = crate::rebuild("p", page, &crate::Options::default()).unwrap();
        assert_eq!(r.len(), 2, "{r:?}");
        assert_eq!(r[0].blocks.len(), 3, "{r:?}");
        assert!(r[1].blocks[0].text.starts_with("3月4日至5日，") && r[1].blocks.len() == 4, "{r:?}");
        // (a paragraph the dispatch does not repeat word for word stays with the report above)
        let other = page.replace("3月4日至5日，省长王明在杭州会见来访的德国经济代表团。\n\n3月4日至5日", "3月4日至5日，省长王明在杭州会见来访的德国客人。\n\n3月4日至5日");
        let r = crate::rebuild("p", &other, &crate::Options::default()).unwrap();
        assert_eq!(r[0].blocks.len(), 4, "{r:?}");
        assert_eq!(r[1].blocks.len(), 3, "{r:?}");
        // (nor does a caption under a headline that a caption over it repeats: one report's)
        let page = "王明会见德国经济代表团\n\n3月4日至5日，省长王明在杭州会见来访的德国经济代表团。\n\n王明同代表团成员合影留念。\n\n3月4日至5日，省长王明在杭州会见来访的德国经济代表团。\n\n本报杭州3月5日电 （记者李华）3月4日至5日，省长王明在杭州会见来访的德国经济代表团。双方就经贸合作交换意见。\n\n王明表示，愿同德方深化合作。\n";
        let r = crate::rebuild("p", page, &crate::Options::default()).unwrap();
        assert_eq!(r.len(), 1, "{r:?}");
        assert_eq!(r[0].blocks.len(), 5, "{r:?}");
    }

    #[test]
    fn text_before_a_reports_dispatch_that_shares_its_headline_joins_that_report() {
        // Headlines after their reports; the photo captions over the dispatch were cut off as a
        // headless item.
        let page = "3月8日，省长王明在杭州会见来访的德国经济代表团。会见前，王明陪同代表团参观了科技园区。\n\n王明同代表团成员合影留念。\n\n代表团成员在科技园区参观智能制造生产线。\n\n王明向代表团介绍本省经济社会发展情况。\n\n代表团团长表示，期待同浙江企业开展更多合作。\n\n本报杭州3月9日电 （记者李华）省长王明8日会见德国经济代表团，双方就经贸合作交换意见。\n\n王明表示，愿同德方深化合作。\n\n王明会见德国经济代表团\n";
        let r = crate::rebuild("p", page, &crate::Options::default()).unwrap();
        assert_eq!(r.len(), 1, "{r:?}");
        assert_eq!(r[0].headline.as_deref(), Some("王明会见德国经济代表团"));
        assert_eq!(r[0].blocks.len(), 7);
        // Text that does not share the headline stays apart.
        let other = page.replace("3月8日，省长王明在杭州会见来访的德国经济代表团。会见前，王明陪同代表团参观了科技园区。\n\n王明同代表团成员合影留念。\n\n代表团成员在", "3月8日，本市新开通三条公交线路，方便市民出行。\n\n新线路覆盖城郊多个居住区。\n\n市民在");
        let r = crate::rebuild("p", &other, &crate::Options::default()).unwrap();
        assert_eq!(r.len(), 2, "{r:?}");
    }

    #[test]
    fn a_writer_alone_at_the_top_of_a_page_of_headlines_after_reports_signs_the_text_under_it() {
        let page = "本报记者 李华\n\n春耕时节，田间地头一片繁忙景象。农民们抢抓农时，整地播种。\n\n各地农业部门派出技术人员，深入田间指导春耕生产。\n\n春耕时节田间忙\n\n本报北京3月1日电 我国春季农业生产全面展开，各地抓好春耕备耕工作。\n\n春耕备耕工作全面展开\n";
        let r = crate::rebuild("p", page, &crate::Options::default()).unwrap();
        assert_eq!(r.len(), 2, "{r:?}");
        assert_eq!(r[0].headline.as_deref(), Some("春耕时节田间忙"));
        assert_eq!(r[0].bylines.len(), 1);
        assert_eq!(r[0].bylines[0].name, "李华");
    }

    #[test]
    fn one_line_titles_as_long_as_each_other_between_two_head_groups_are_intertitles() {
        let page = "记者团近日访问朝鲜，深感中朝友谊深入人心，两国人民的情谊历久弥新。\n\n媒体加强交流合作\n\n访问期间，双方媒体同意进一步加强交流与合作，定期互派记者团组。\n\n探访经济民生发展\n\n我们走访了农场、医院和市民家庭，了解当地经济民生发展的情况。\n\n中朝友谊深入人心\n\n走到哪里，我们都能感受到当地群众的热情接待，听到他们讲述往事。\n\n共同栽培友谊之树\n";
        let r = crate::rebuild("p", page, &crate::Options::default()).unwrap();
        assert_eq!(r.len(), 1, "{r:?}");
        assert_eq!(r[0].headline.as_deref(), Some("共同栽培友谊之树"));
        let h: Vec<&str> = r[0].blocks.iter().filter(|b| b.role == "h").map(|b| b.text.as_str()).collect();
        assert_eq!(h, ["媒体加强交流合作", "探访经济民生发展", "中朝友谊深入人心"]);
    }

    #[test]
    fn a_label_and_its_words_a_colon_apart_set_in_the_body_s_column_between_unrelated_texts_is_a_headline() {
        let page = "雪域音乐节\n本报讯 本周末，首届高原音乐节\n在市体育场开幕，来自全国各地\n的十余支乐队登台演出，吸引了\n数万名观众到场观看，气氛热烈。\n主办方表示，音乐节将每年举办\n一次，打造城市文化名片。\n乃东：春耕备耕工作全面展开\n农机作业面积稳步扩大\n近日，记者走进乃东区的农田，\n只见拖拉机来回穿梭，播种机整\n齐排开，一派繁忙景象。农技人\n员在地头指导，讲解良种良法。\n";
        let (blocks, items) = assembled(page);
        let heads: Vec<String> = items.iter().flat_map(|it| it.head.iter().map(|&b| blocks[b].text.clone())).collect();
        assert_eq!(heads, ["雪域音乐节", "乃东：春耕备耕工作全面展开农机作业面积稳步扩大"], "{heads:?}");
    }

    #[test]
    fn hungarian_finds_minimum() {
        let c = vec![vec![4.0, 1.0, 3.0], vec![2.0, 0.0, 5.0], vec![3.0, 2.0, 2.0]];
        let a = hungarian(&c);
        let total: f32 = a.iter().enumerate().map(|(i, &j)| c[i][j]).sum();
        assert_eq!(total, 5.0);
    }

    #[test]
    fn a_headline_complete_in_itself_over_a_plain_title_has_that_title_as_its_subtitle() {
        let body = "本报平壤6月21日电 习近平总书记对朝鲜进行国事访问，谱写中朝友谊新篇。\n\n访问成果丰硕，影响深远，双方同意维护半岛和平稳定。\n";
        let page = format!("谱写中朝友谊新篇，维护半岛和平稳定\n\n习近平总书记对朝鲜进行国事访问成果丰硕影响深远\n\n{body}");
        let r = crate::rebuild("p", &page, &crate::Options::default()).unwrap();
        assert_eq!(r.len(), 1);
        assert_eq!(r[0].headline.as_deref(), Some("谱写中朝友谊新篇，维护半岛和平稳定"));
        assert_eq!(r[0].subtitle.as_deref(), Some("习近平总书记对朝鲜进行国事访问成果丰硕影响深远"));
        assert_eq!(r[0].kicker, None);
        // A plain title over another stays its kicker.
        let page = format!("朝鲜各界积极评价国事访问\n\n习近平总书记对朝鲜进行国事访问成果丰硕影响深远\n\n{body}");
        let r = crate::rebuild("p", &page, &crate::Options::default()).unwrap();
        assert_eq!(r[0].kicker.as_deref(), Some("朝鲜各界积极评价国事访问"));
    }

    #[test]
    fn two_heads_after_their_reports_are_no_kicker_and_headline() {
        let page = "本报北京3月1日电 我国春季农业生产全面展开，各地抓好春耕备耕工作。\n\n春耕备耕工作全面展开\n\n\
            本报北京6月22日电 习近平对朝鲜进行国事访问，双方同意共同开创中朝两党两国关系的美好未来。\n\n（新华社北京6月22日电）\n\n\
            本报平壤12月20日电　据朝中社报道，朝鲜领导人前往锦绣山纪念宫吊唁金正日，表示深切哀悼。\n\n\
            朝鲜领导人吊唁金正日\n\n共同开创中朝两党\n两国关系的美好未来\n";
        let r = crate::rebuild("p", page, &crate::Options::default()).unwrap();
        let heads: Vec<(Option<&str>, Option<&str>)> = r.iter().map(|r| (r.kicker.as_deref(), r.headline.as_deref())).collect();
        assert_eq!(heads[1], (None, Some("共同开创中朝两党两国关系的美好未来")), "{heads:?}");
        assert_eq!(heads[2], (None, Some("朝鲜领导人吊唁金正日")), "{heads:?}");
    }

    /// Three reports, each head printed after its report and no blank line on the page; the
    /// first report's head `stacked` right under the second's.
    fn stacked_heads_page(stacked: &str) -> String {
        format!("本报北京5月1日电　甲城春季花卉博\n览会今天开幕，来自各地的花卉企业\n带来了上千个品种，花卉博览会将持\n续十天，市民可以免费入园参观。\n\
            甲城花卉博览会已经连续举办二十届，\n成为当地的一张名片。\n\
            本报上海5月2日电　乙市三座跨江大\n桥今天同时建成通车，跨江大桥连接\n了江两岸的新城和老城，市民过江时\n间缩短到十分钟以内。\n\
            三座跨江大桥全长十二公里，历时四\n年建成。\n乙市三座跨江大桥建成通车\n{stacked}\n\
            本报广州5月3日电　丙县今年种植水\n稻五万亩，丙县水稻长势良好，丰收\n在望，农民们正忙着田间管理。\n\
            丙县水稻种植面积连续三年增加。\n丙县五万亩水稻丰收在望\n")
    }

    #[test]
    fn on_a_page_with_no_blank_line_a_head_printed_away_under_the_next_reports_is_its_own() {
        let r = crate::rebuild("p", &stacked_heads_page("甲城花卉博览会开幕"), &crate::Options::default()).unwrap();
        let heads: Vec<(Option<&str>, Option<&str>)> = r.iter().map(|r| (r.kicker.as_deref(), r.headline.as_deref())).collect();
        assert_eq!(heads, [(None, Some("甲城花卉博览会开幕")), (None, Some("乙市三座跨江大桥建成通车")), (None, Some("丙县五万亩水稻丰收在望"))]);
        // A second deck that names no earlier report is the same headline's.
        let r = crate::rebuild("p", &stacked_heads_page("新城老城市民过江只需十分钟"), &crate::Options::default()).unwrap();
        assert_eq!(r[1].headline.as_deref(), Some("乙市三座跨江大桥建成通车新城老城市民过江只需十分钟"), "{r:?}");
    }

    #[test]
    fn on_a_page_of_headlines_after_bodies_a_title_whose_words_run_on_is_an_intertitle() {
        let page = "本报北京2月1日电 朝鲜宣布将发射卫星，专家认为此次发射给地区形势带来新的变数。\n\n发射给地区形势带来新变数\n\n\
            分析人士认为，发射给地区形势带来新的变数，各方都在关注。\n\n朝鲜宣布将再次发射卫星\n\n\
            本报东京2月2日电 日本政府召开会议，讨论经济对策。\n\n日本讨论经济对策\n";
        let r = crate::rebuild("p", page, &crate::Options::default()).unwrap();
        let heads: Vec<Option<&str>> = r.iter().map(|r| r.headline.as_deref()).collect();
        assert_eq!(heads, vec![Some("朝鲜宣布将再次发射卫星"), Some("日本讨论经济对策")]);
    }

    #[test]
    fn a_closing_dispatch_ends_its_report_where_the_text_after_it_is_another_s() {
        let page = "据朝中社4月21日报道，朝鲜劳动党中央全会决定中止核试验。\n\n会议还讨论了经济建设问题。\n\n\
            朝鲜方面表示将集中力量发展经济。\n\n（新华社平壤4月21日电）\n\n近日，南方电网在南方五省区举办绿色电力证书发放仪式。\n\n\
            绿证交易规模持续增长，为用户提供绿色选择。\n\n朝鲜宣布中止核试验\n\n南方电网绿色认证落地\n";
        let r = crate::rebuild("p", page, &crate::Options::default()).unwrap();
        assert_eq!(r[0].lines, vec![[1, 7], [13, 13]], "{r:?}");
        // (and each title, naming its own report, is that report's headline)
        assert_eq!(r[0].headline.as_deref(), Some("朝鲜宣布中止核试验"));
        assert_eq!(r[1].headline.as_deref(), Some("南方电网绿色认证落地"));
    }

    /// Three reports each signed under its headline (報導•攝影╱…), the second's text given: each
    /// headline group over its text, or after it where `after`.
    fn signed_reports(after: bool, second: &str) -> String {
        let report = |head: &str, writer: &str, body: &str| {
            let group = format!("{head}\n\n報導•攝影╱{writer}\n\n");
            if after { format!("{body}\n\n{group}") } else { format!("{group}{body}\n\n") }
        };
        [
            report("單親爸打工養兒", "林大同", "下午五時，小明一下課便騎車趕往打工的餐廳，他熟練擺放餐具、接待客人。\n\n他說，窮學生在餐廳打工有好處，有免費員工餐。"),
            report("老農守果園盼豐收", "陳美玉", second),
            report("小學生畫卡片送長輩", "張志明", "教室裡擺滿彩色筆和紙張，孩子們一筆一畫寫下祝福。\n\n老師說，這是學校每年的傳統活動。"),
        ]
        .concat()
    }

    #[test]
    fn on_a_page_whose_headlines_all_name_their_writers_an_unsigned_title_is_an_intertitle() {
        let page = signed_reports(false, "清晨的山路上霧氣還沒散，阿伯已經背著竹簍走進果園。\n\n「只求能過關」\n\n鄰居大姊說，這幾年颱風頻繁，村裡年輕人都搬到城市去了。");
        let r = crate::rebuild("p", &page, &crate::Options::default()).unwrap();
        assert_eq!(r.len(), 3, "{r:?}");
        assert_eq!(r[1].headline.as_deref(), Some("老農守果園盼豐收"));
    }

    #[test]
    fn where_signed_headlines_follow_their_reports_an_unsigned_title_in_a_report_without_a_lead_is_an_intertitle() {
        // Each report's text, then its headline and writer; the second report's text holds an
        // intertitle. No lead formula opens any report (its writer is named under the headline,
        // not in a lead), so the unsigned title is no headline of the text above it.
        let page = signed_reports(true, "清晨的山路上霧氣還沒散，阿伯已經背著竹簍走進果園。\n\n颱風季收成難料\n\n鄰居大姊說，這幾年颱風頻繁，村裡年輕人都搬到城市去了。");
        let r = crate::rebuild("p", &page, &crate::Options::default()).unwrap();
        assert_eq!(r.len(), 3, "{r:?}");
        assert_eq!(r[1].headline.as_deref(), Some("老農守果園盼豐收"));
        assert!(r[1].blocks.iter().any(|b| b.text == "颱風季收成難料"), "{r:?}");
    }

    #[test]
    fn on_a_page_in_traditional_script_a_plain_title_under_the_headline_is_its_subtitle() {
        let page = "單親癌母：為憨兒拚命活\n\n「我走了 誰照顧他」\n\n報導．攝影╱韓旭爾\n\n病房裡，36歲、罹患肺癌的單親媽媽阿玲憂愁地說，當初聽醫生告訴病情，覺得人生無望，想放棄治療，但想到家裡還有10歲兒子小恩要養。\n\n阿玲說，去年11月突感左腿腫脹，痛到沒法走路，掛急診就醫，醫生最初診斷為下肢靜脈血栓，住院治療期間，竟檢查出罹患3期肺癌。她說這個問題還沒有解決，醫生來了以後會再看。\n";
        let r = crate::rebuild("p", page, &crate::Options::default()).unwrap();
        assert_eq!((r[0].kicker.as_deref(), r[0].headline.as_deref(), r[0].subtitle.as_deref()), (None, Some("單親癌母：為憨兒拚命活"), Some("「我走了 誰照顧他」")), "{r:?}");
        // (the same head group in simplified script: a kicker over the headline)
        let r = crate::rebuild("p", "单亲癌母：为憨儿拚命活\n\n「我走了 谁照顾他」\n\n病房里，36岁、罹患肺癌的单亲妈妈阿玲忧愁地说，当初听医生告诉病情，她说这个问题还没有解决，医生来了以后会再看。\n", &crate::Options::default()).unwrap();
        assert_eq!(r[0].headline.as_deref(), Some("「我走了 谁照顾他」"), "{r:?}");
    }

    #[test]
    fn kicker_before_headline() {
        let mk = |t: &str, n: usize| Block { first: 0, last: n - 1, text: t.into(), role: Role::Title, lost_indent: false };
        let lines = crate::lines::read("一\n二\n");
        assert!(is_kicker_of(&mk("市公安局", 1), &mk("开展湖北公安功模代表团宣讲交流活动", 2), &lines));
        assert!(is_kicker_of(&mk("外交部发言人——", 1), &mk("金砖计划继续举办会议", 1), &lines));
        assert!(!is_kicker_of(&mk("我市召开民族团结进步创建工作新闻发布会", 2), &mk("发布会上还透露哪些重要信息？", 1), &lines));
        assert!(!is_kicker_of(&mk("到群众中去 到实践中去（奋斗者正青春）", 1), &mk("金正恩为中国艺术团举行晚宴", 1), &lines));
        // A speaker and what was said, a dash between: a headline complete in itself.
        assert!(!is_kicker_of(&mk("外交部发言人——希望朝美双方珍惜积极进展", 1), &mk("金正恩为中国艺术团举行晚宴并观看演出", 1), &lines));
        // A photo report's label heads its photo; where heads follow bodies the next report's
        // head is printed under it.
        assert!(!is_kicker_of(&mk("图片报道", 1), &mk("澜沧江—湄公河合作第七次外长会在缅甸举行", 2), &lines));
    }

    #[test]
    fn a_phrase_wrapped_at_the_column_over_a_title_wrapped_as_wide_is_its_kicker() {
        // (a head set in one column: kicker and headline wrapped at its width, neither in larger
        // type; it had read as a headline over an intertitle)
        let page = "县里修通致富路\n\n本报讯 今年以来，当地持\n续推进道路建设，方便群众\n出行和农产品外运，沿线村\n庄的面貌焕然一新。\n\n加快建设美丽宜居乡村新\n家园\n\n山村道路越修越宽越走越\n顺畅\n\n村民们说，路修好了以后\n出行方便多了，农产品也\n卖得更远，日子越过越有\n奔头。\n";
        let r = crate::rebuild("p", page, &crate::Options::default()).unwrap();
        assert_eq!(r.len(), 2, "{r:?}");
        assert_eq!((r[1].kicker.as_deref(), r[1].headline.as_deref()), (Some("加快建设美丽宜居乡村新家园"), Some("山村道路越修越宽越走越顺畅")), "{r:?}");
        // (a title broken by hand, short of the column, is a headline of its own)
        let page = page.replace("加快建设美丽宜居乡村新\n家园", "加快建设美丽宜居\n乡村新家园");
        let r = crate::rebuild("p", &page, &crate::Options::default()).unwrap();
        assert!(r.iter().all(|i| i.kicker.is_none()), "{r:?}");
    }

    #[test]
    fn a_title_wrapped_at_the_column_over_one_in_larger_type_is_its_kicker() {
        let body = "浙江杭州建德市航头镇航川村，\n一栋闲置多年的旧楼成了热闹\n的摄影艺术村民学校，一堂手\n机摄影课开讲，几名赶来的村\n民听得津津有味。\n";
        let page = format!("浙江开展艺术乡建活动助力乡村\n振兴\n\n广袤田野播下\n文艺的种子\n\n{body}");
        let r = crate::rebuild("p", &page, &crate::Options::default()).unwrap();
        assert_eq!(r.len(), 1, "{r:?}");
        assert_eq!((r[0].kicker.as_deref(), r[0].headline.as_deref()), (Some("浙江开展艺术乡建活动助力乡村振兴"), Some("广袤田野播下文艺的种子")), "{r:?}");
        // (over a title of two lines no narrower, it is a headline of its own; so is one whose
        // two decks a space sets apart)
        let page = format!("浙江开展艺术乡建活动助力乡村\n振兴\n\n广袤田野播下文艺的种子助力\n乡村振兴\n\n{body}");
        let r = crate::rebuild("p", &page, &crate::Options::default()).unwrap();
        assert!(r.iter().all(|i| i.kicker.is_none()), "{r:?}");
        let page = format!("浙江开展艺术乡建活动 助力乡\n村振兴\n\n广袤田野播下\n文艺的种子\n\n{body}");
        let r = crate::rebuild("p", &page, &crate::Options::default()).unwrap();
        assert!(r.iter().all(|i| i.kicker.is_none()), "{r:?}");
    }

    fn items_of(page: &str) -> Vec<Item> {
        assembled(page).1
    }

    /// The page's blocks, with the roles the item stage gave them, and its items.
    fn assembled(page: &str) -> (Vec<Block>, Vec<Item>) {
        let lines = crate::lines::read(page);
        let mut blocks = crate::joins::join(&lines);
        crate::roles::classify(&mut blocks, &lines);
        let items = assemble(&mut blocks, &lines);
        (blocks, items)
    }

    /// A report under its headline (blocks 0 and 1), headlines first, and the page's rest after
    /// it: the second head group starts at block 2.
    fn after_a_first_report(rest: &str) -> String {
        format!("市政府部署春耕工作\n\n本报北京4月1日电 市政府召开常务会议，研究部署春耕工作。\n\n{rest}")
    }

    #[test]
    fn a_head_against_the_page_s_habit_takes_no_report_whose_opening_repeats_none_of_its_words() {
        // Headlines follow bodies on this page (habit > 0); the second head of a run, a report
        // after the run.
        let head = Head { headline: Some(0), gap: 0, pos: 1, of: 2, ..Head::default() };
        let opening = [bigrams("6月20日，中共中央总书记、国家主席习近平抵达平壤，开始对朝鲜进行国事访问。", OPENING_CHARS)];
        let foreign = bigrams("澜湄合作第七次外长会联合新闻公报", 200);
        assert_eq!(assign_heads(std::slice::from_ref(&head), &[foreign], &opening, 1.0), vec![None]);
        let own = bigrams("习近平抵达平壤开始国事访问", 200);
        assert_eq!(assign_heads(&[head], &[own], &opening, 1.0), vec![Some(0)]);
    }

    #[test]
    fn a_photo_report_s_label_takes_the_photo_before_it_not_a_report_whose_lead_says_report() {
        // Headlines follow bodies (habit > 0): a report whose lead says 报道, a photo's text, then
        // the label 图片报道 alone. Its words are no report's: the nearest body, the photo's, is its.
        let blocks = one_line_blocks(&["图片报道"], Role::Headline);
        let head = Head { headline: Some(0), gap: 2, pos: 0, of: 1, ..Head::default() };
        let opening = [
            bigrams("本报北京1月16日电　综合本报驻外记者报道：美日韩三国近日频繁互动。", OPENING_CHARS),
            bigrams("湖南郴州市19名百次献血志愿者日前参加集体献血活动。图为志愿者在接受鲜花。", OPENING_CHARS),
        ];
        let words = head_text_bigrams(&blocks, &head);
        assert!(words.is_empty());
        assert_eq!(assign_heads(&[head], &[words], &opening, 1.0), vec![Some(1)]);
    }

    #[test]
    fn credits_closing_the_text_before_a_head_do_not_keep_its_kicker_from_its_headline() {
        // (a page with no blank line: the photo's credits run straight into the next head)
        let page = "这十年，邮政公共服务不断优化，快\n服务通达四海，发展动能澎湃。\n曹  一图  徐  之文\n四川推动党员教育机制创新——\n好典型示范带来好风气（奋斗百年路\n启航新征程·党旗在基层一线高高飘扬）\n“我们要学习他信仰如山的坚定意志，\n为人民服务。”四川省委组织部有关负\n责人介绍，以典型示范带动党员教育。\n";
        let (blocks, _) = assembled(page);
        let role = |t: &str| blocks.iter().find(|b| b.text.starts_with(t)).map(|b| b.role);
        assert_eq!(role("四川推动党员教育机制创新——"), Some(Role::Kicker), "{blocks:?}");
        assert_eq!(role("好典型示范带来好风气"), Some(Role::Headline), "{blocks:?}");
    }

    #[test]
    fn two_plain_titles_naming_two_reports_are_two_headlines_not_kicker_and_headline() {
        // A headline group printed after the next report's: each title repeats its own report.
        let page = "新华社北京7月24日电 中共中央政治局常委周永康今天在北京会见朝鲜客人，双方进行了友好交谈。周永康表示，中方愿同朝方加强交流合作。\n\n本报平壤12月28日电 朝鲜最高领导人金正日遗体告别仪式在平壤举行，朝鲜人民沉痛送别金正日。灵车缓缓驶出。\n\n朝鲜沉痛送别金正日\n\n周永康会见朝鲜客人\n";
        let (blocks, items) = assembled(page);
        let headline = |i: &Item| i.head.iter().find(|&&b| blocks[b].role == Role::Headline).map(|&b| blocks[b].text.as_str());
        let of_body = |first: &str| items.iter().find(|i| i.body.first().is_some_and(|&b| blocks[b].text.starts_with(first))).expect("the report is an item");
        assert_eq!(headline(of_body("新华社北京")), Some("周永康会见朝鲜客人"), "{items:?}");
        assert_eq!(headline(of_body("本报平壤")), Some("朝鲜沉痛送别金正日"), "{items:?}");
        assert!(blocks.iter().all(|b| b.role != Role::Kicker));
    }

    /// Blocks of one line each, with the given role.
    fn one_line_blocks(texts: &[&str], role: Role) -> Vec<Block> {
        texts.iter().enumerate().map(|(i, t)| Block { first: i, last: i, text: t.to_string(), role, lost_indent: false }).collect()
    }

    /// A kicker over a headline (and a subtitle, where a third title is given), two reports
    /// before their run with the given openings: the heads [`split_headline_pairs`] makes of them,
    /// as (headline, kicker).
    fn pair_split(titles: &[&str], openings: [&str; 2]) -> Vec<(Option<usize>, Option<usize>)> {
        let mut blocks = one_line_blocks(titles, Role::Kicker);
        let opening = openings.map(|o| bigrams(o, OPENING_CHARS));
        let pair = Head { blocks: (0..titles.len()).collect(), kicker: Some(0), headline: Some(1), subtitle: titles.get(2).map(|_| 2), gap: 2, ..Head::default() };
        split_headline_pairs(&mut blocks, vec![pair], &opening).iter().map(|h| (h.headline, h.kicker)).collect()
    }

    #[test]
    fn a_kicker_and_headline_pair_is_two_headlines_where_each_shares_twice_as_much_with_its_own_report() {
        // Each title shares some words with the other's report (金正恩, 访问), half as many as with its own.
        let heads = pair_split(
            &["国际社会关注金正恩访问中国", "习近平和彭丽媛观看团体操演出"],
            ["习近平和夫人彭丽媛在金正恩陪同下观看大型团体操演出，此次访问受到两国民众欢迎。", "国际社会高度关注金正恩对中国进行的访问，认为此访意义重大。"],
        );
        assert_eq!(heads, [(Some(0), None), (Some(1), None)]);
        // A kicker whose words are the headline's report's as much as another's stays its kicker.
        let heads = pair_split(
            &["国务院安委会部署要求", "四部门开展燃气安全专项行动"],
            ["国务院安委会今天召开会议，部署要求各地加强安全生产。", "国务院安委会部署要求，四部门开展燃气安全专项行动，为期百日。"],
        );
        assert_eq!(heads.len(), 1);
        // A figurative headline names its report by its subtitle.
        let heads = pair_split(
            &["朝鲜纪念金正日逝世百日", "惟其勇毅笃行，方显英雄本色", "——上半年中国外交开辟新境界"],
            ["上半年，中国外交开辟新境界，成果丰硕。", "本报平壤电 朝鲜举行集会纪念金正日逝世百日。"],
        );
        assert_eq!(heads.len(), 2);
        // A title of one pair is all or nothing in any text: it names none.
        let heads = pair_split(&["平壤", "朝鲜劳动党中央委员会"], ["本报平壤电 当地民众举行集会。", "朝鲜劳动党中央委员会发表声明。"]);
        assert_eq!(heads.len(), 1);
    }

    #[test]
    fn questions_over_their_answers_gist_are_sub_heads_of_one_shape() {
        let block = |text: &str| Block { first: 0, last: 0, text: text.to_string(), role: Role::Title, lost_indent: false };
        let first = pair_shape(&block("秋粮收获进度快吗？"), &block("主产区机收率保持高位"));
        let second = pair_shape(&block("种粮农民的收入增加了吗？"), &block("粮价总体平稳，种粮收益稳中有升"));
        assert!(first.is_some() && first == second, "{first:?} {second:?}");
    }

    #[test]
    fn labelled_parts_of_a_round_up_stay_one_report() {
        let page = "多国回应半岛局势新变化\n\n本报北京电 各方当天纷纷表态。\n\n中国\n\n希望早日重启六方会谈\n\n外交部发言人表示，中方希望各方保持冷静。\n\n美国\n\n称将继续观察局势\n\n白宫发言人说，美方正密切关注事态发展。\n";
        let items = items_of(page);
        assert_eq!(items.len(), 1, "{items:?}");
        // One labelled pair alone is a kicker over a headline: two items.
        let page = "多国回应半岛局势新变化\n\n本报北京电 各方当天纷纷表态。\n\n前6月\n\n国家铁路发送货物大增\n\n本报北京电 记者从国铁集团获悉，货运量增长。\n";
        assert_eq!(items_of(page).len(), 2);
        // First lines cut alike make a series too.
        let page = "福建加快建设现代化经济体系\n\n这个夏天，八闽大地处处涌动新气象。\n\n结构更优——\n\n优化提升产业结构\n\n碧海中，一艘船破浪前行。\n\n动力更强——\n\n创新凝聚新动能\n\n走进一家科技公司，看到新变化。\n";
        assert_eq!(items_of(page).len(), 1);
        // Couplets of equal lengths too.
        let page = "困难群众基本生活有保障\n\n各地多措并举保障困难群众生活。\n\n根据物价变动\n\n发放临时补贴\n\n走进一处廉租房小区，记者看到新变化。\n\n培训就业技能\n\n提供岗位信息\n\n残疾人在培训班上学到了手艺。\n";
        assert_eq!(items_of(page).len(), 1);
    }

    #[test]
    fn labelled_parts_with_their_own_dispatches_stay_one_report() {
        // Each part of a round-up opens with its correspondent's dispatch under its sub-head.
        let page = "多国回应半岛局势新变化\n\n本报北京电 各方当天纷纷表态。\n\n中国\n\n希望早日重启六方会谈\n\n本报北京电 外交部发言人表示，中方希望各方保持冷静。\n\n美国\n\n称将继续观察局势\n\n本报华盛顿电 白宫发言人说，美方正密切关注事态发展。\n\n俄罗斯\n\n支持开展对话解决问题\n\n本报莫斯科电 俄方人士表示，应通过对话解决问题。\n";
        let items = items_of(page);
        assert_eq!(items.len(), 1, "{items:?}");
    }

    #[test]
    fn a_title_under_a_box_label_is_the_box_s_own() {
        let col = "一二三四五六七八九十一";
        let before = "香港特别行政区政府今天宣布新的防疫措施，市民需要遵守规定。";
        let after = "朝鲜宇宙空间技术委员会发言人表示，将在本月发射实用卫星。";
        let page = format!("{col}\n{col}\n{col}\n结束了。\n\n{before}\n\n■记者手记\n\n各方积极回应\n\n{after}\n");
        assert_eq!(items_of(&page).len(), 1);
    }

    #[test]
    fn a_title_after_a_report_s_closing_note_heads_a_report() {
        // A two-line title filling its column (as an intertitle would) with a rubric (as a
        // headline would): the author's note before it settles it.
        let col = "一二三四五六七八九十一二三";
        let before = "乡村振兴要坚持农民主体地位，\n激发群众内生动力，乡村振兴\n的目标就一定能够实现。";
        let after = "乡村振兴关键是产业振兴，各地\n要坚持农民主体地位，激发群众\n内生动力。";
        let title = "坚持农民主体地位 激发群众内生\n动力（党员论坛·乡村干部说振兴）";
        let page = |note: &str, title: &str| format!("{col}\n{col}\n{col}\n结束了。\n\n{before}\n\n{note}\n\n{title}\n\n{after}\n");
        assert_eq!(items_of(&page("（作者为某县某乡党委副书记，本报\n记者采访整理）", title)).len(), 2);
        // So does a report's dispatch, before a title of one line that would read as an
        // intertitle without it; not before a box's label (点评), which the report keeps.
        assert_eq!(items_of(&page("（本报首尔8月4日电）", "乡村干部说振兴")).len(), 2);
        assert_eq!(items_of(&page("乡村振兴，大有可为。", "乡村干部说振兴")).len(), 1);
        assert_eq!(items_of(&page("（本报首尔8月4日电）", "点评　乡村干部说振兴")).len(), 1);
    }

    #[test]
    fn a_title_between_a_dispatch_s_lead_and_a_dispatch_note_heads_a_second_report() {
        // A report gives its dispatch once: the first under its lead formula, the second closed
        // by its note, are two reports, and the title between them heads the second.
        let first = "本报东京7月3日电　（记者王某）会展\n行业积极探索转型，线上会展\n和线下会展相结合。\n\n各地会展行业积极探索新的\n办展方式，线上会展增长。";
        let second = "近日，德国会展行业积极探\n索新的办展方式，线上会展和\n线下会展相结合。";
        let page = |note: &str| format!("会展行业积极探索转型\n\n{first}\n\n德国会展经济转型\n\n{second}\n\n{note}\n");
        assert_eq!(items_of(&page("（本报柏林电）")).len(), 2);
        // (a note that gives no dispatch leaves the title in the report)
        assert_eq!(items_of(&page("（记者王某）")).len(), 1);
    }

    #[test]
    fn a_photo_report_s_label_heads_its_item() {
        let col = "一二三四五六七八九十一";
        let text = "这十年，邮政公共服务不断优化，快递业务量快速增长。";
        let page = format!("{col}\n{col}\n{col}\n这十年发展很快。\n\n图片报道\n\n{text}\n");
        assert_eq!(items_of(&page).len(), 2);
    }

    #[test]
    fn lone_titles_that_open_on_a_label_and_its_dash_are_one_report_s_intertitles() {
        let page = "一位外国作家眼中的中国乡村\n\n本报邀请这位作家撰写稿件，以飨读者。\n\n为何动笔——\n乡村是理解中国的钥匙\n\n在二十一世纪的国际舞台上，中国的乡村正在\n发生深刻变化，值得每一位观察者认真记录。\n\n田间地头——\n农民的笑脸说明一切\n\n去年秋天我走进一片稻田，收割机轰鸣作响，\n老乡捧着金黄的稻穗告诉我今年又是丰收年。\n\n课堂内外——\n孩子们有了更多选择\n\n山里的学校盖起新楼，操场铺上塑胶跑道，\n音乐教室传出歌声，图书角摆满新书。\n";
        let items = items_of(page);
        assert_eq!(items.len(), 1, "{items:?}");
    }

    #[test]
    fn a_lone_title_over_an_archive_s_source_line_heads_an_article() {
        let col = "一二三四五六七八九十一二三四五";
        let page = format!("乡村振兴的新气象\n《人民日报》（2025年10月20日 第 05 版）\n\n{col}\n{col}\n{col}\n结束了。\n\n第 106 页\n\n回望这五年，难忘那句叮嘱\n《人民日报》（2025年10月20日 第 06 版）\n\n{col}\n{col}\n又结束了。\n");
        let (blocks, items) = assembled(&page);
        let articles: Vec<&Item> = items.iter().filter(|i| i.kind != Kind::Furniture).collect();
        assert_eq!(articles.len(), 2, "{items:?}");
        assert_eq!(blocks[articles[1].head[0]].text, "回望这五年，难忘那句叮嘱");
    }

    #[test]
    fn a_lone_title_between_parallel_sub_heads_breaks_no_series() {
        let col = "一二三四五六七八九十一";
        let para = format!("{col}\n{col}\n{col}\n结束了。\n\n");
        let page = format!(
            "帧帧光影，重现“万园之园”\n\n{para}{para}数字存档\n\n采集海量数据资源，实现\n高精度永久留存\n\n{para}全景复原\n\n{para}交互体验\n\n落地多种应用场景，让历\n史可触可感\n\n{para}"
        );
        assert_eq!(items_of(&page).len(), 1);
    }

    #[test]
    fn a_sub_head_pair_over_more_titles_keeps_its_series() {
        let col = "一二三四五六七八九十一";
        let para = format!("{col}\n{col}\n{col}\n结束了。\n\n");
        let page = |title: &str| {
            format!(
                "福建加快建设现代化经济体系\n\n{para}{para}结构更优——\n\n优化提升产业结构\n\n{para}动力更强——\n\n{title}\n\n一剂胶水，有啥科技含量？\n\n{para}活力更足——\n\n让好环境成为生产力\n\n{para}"
            )
        };
        // A third title under the pair…
        assert_eq!(items_of(&page("创新凝聚新动能")).len(), 1);
        // …and the pair's title cut by a column break before it.
        assert_eq!(items_of(&page("围绕产业链布局创新\n\n凝聚新动能")).len(), 1);
    }

    /// A dispatch of a report in a wide column: its lead formula, its opening sentence, two
    /// full lines and a short last one.
    fn dispatch(lead: &str, text: &str) -> String {
        let col = "一二三四五六七八九十一二三四五六七八九十";
        format!("{lead}{text}\n{col}\n{col}\n结束了。\n\n")
    }

    #[test]
    fn the_first_part_s_sub_head_under_the_headline_is_a_dispatch() {
        // (the first part's opening repeats its sub-head's words, as the others' do theirs)
        let page = format!(
            "中国驻朝鲜大使馆举行招待会\n\n{}朝鲜射星举国振奋 国际社会反应强烈\n\n朝鲜\n\n热播发射画面民众沸腾\n\n{}中国\n\n希望早日重启六方会谈\n\n{}俄罗斯\n\n支持开展对话解决问题\n\n{}",
            dispatch("本报平壤7月11日电　（记者莽九晨）", "大使馆举行招待会。"),
            dispatch("本报平壤12月14日电　（记者王莉）", "朝鲜电视台热播发射画面，民众沸腾。"),
            dispatch("本报北京12月13日电　（记者强薇）", "中方希望早日重启六方会谈。"),
            dispatch("本报莫斯科12月13日电　（记者张三）", "俄方支持开展对话解决问题。")
        );
        let (blocks, items) = assembled(&page);
        assert_eq!(items.len(), 2, "{items:?}");
        let heads: Vec<&str> = items[1].head.iter().map(|&b| blocks[b].text.as_str()).collect();
        assert_eq!(heads, ["朝鲜射星举国振奋 国际社会反应强烈"]);
    }

    #[test]
    fn a_headline_in_decks_over_dispatches_filed_one_day_heads_them_all() {
        let page = |days: &[&str]| {
            let mut page = format!(
                "中国驻朝鲜大使馆举行招待会\n\n{}既未组织记者观看 也未公布失败原因\n\n朝鲜发射卫星未进入预定轨道 中方对事态表示关切\n\n{}",
                dispatch("本报平壤7月11日电　（记者莽九晨）", "大使馆举行招待会。"),
                dispatch("本报平壤4月13日电　（记者周之然）", "朝鲜既未组织记者观看，也未公布失败原因。"),
            );
            page += &dispatch(&format!("本报北京{}电　（记者强薇）", days[0]), "朝鲜发射卫星未进入预定轨道，中方对事态表示关切。");
            for day in &days[1..] {
                page += &dispatch(&format!("本报东京{day}电　（记者于青）"), "日本政府召开会议。");
            }
            page
        };
        let (blocks, items) = assembled(&page(&["4月13日", "4月13日"]));
        assert_eq!(items.len(), 2, "{items:?}");
        let heads: Vec<&str> = items[1].head.iter().map(|&b| blocks[b].text.as_str()).collect();
        assert_eq!(heads, ["既未组织记者观看 也未公布失败原因", "朝鲜发射卫星未进入预定轨道 中方对事态表示关切"]);
        assert!(items[1].head.iter().all(|&b| blocks[b].role == Role::Headline));
        // A dispatch filed another day is another report's, under its own headline; so are two
        // reports filed one day, headed in one run, with no dispatch after them.
        assert_eq!(items_of(&page(&["4月14日", "4月14日"])).len(), 3);
        assert_eq!(items_of(&page(&["4月13日"])).len(), 3);
    }

    #[test]
    fn a_lone_sub_head_pair_among_labels_of_its_form_is_a_part() {
        let col = "一二三四五六七八九十一";
        let para = format!("{col}\n{col}\n{col}\n结束了。\n\n");
        // The other parts' titles ran into their text; only their labels stand alone.
        let page = format!(
            "帧帧光影，重现“万园之园”\n\n{para}{para}数字存档\n\n{para}全景复原\n\n从建筑形制到树木品种\n\n{para}交互体验\n\n{para}"
        );
        assert_eq!(items_of(&page).len(), 1);
        // Labels of another form (as many characters, the last a dash) leave the pair a head.
        let page = format!(
            "帧帧光影，重现“万园之园”\n\n{para}{para}数字存——\n\n{para}全景复原\n\n从建筑形制到树木品种\n\n{para}交互体——\n\n{para}"
        );
        assert_eq!(items_of(&page).len(), 2);
    }

    #[test]
    fn a_title_between_texts_that_share_no_words_heads_the_second() {
        let col = "一二三四五六七八九十一";
        let before = "香港特别行政区政府今天宣布新的防疫措施，市民需要遵守规定。";
        let after = "朝鲜宇宙空间技术委员会发言人表示，将在本月发射实用卫星。";
        let inter = "各方积极回应";
        let page = format!("{col}\n{col}\n{col}\n结束了。\n\n{before}\n\n{inter}\n\n{after}\n");
        assert_eq!(items_of(&page).len(), 2, "texts that share nothing");
        let page = format!("{col}\n{col}\n{col}\n结束了。\n\n{before}\n\n{inter}\n\n香港市民表示支持政府的防疫措施，会遵守新的规定。\n");
        assert_eq!(items_of(&page).len(), 1, "the same report goes on");
    }

    #[test]
    fn a_long_title_set_in_the_body_s_column_between_texts_that_share_no_words_heads_the_second() {
        let col = "一二三四五六七八九十一";
        let before = "香港特别行政区政府今天宣布新的防疫措施，市民需要遵守规定。";
        let after = "朝鲜宇宙空间技术委员会发言人表示，将在本月发射实用卫星。";
        let page = |title: &str| format!("{col}\n{col}\n{col}\n结束了。\n\n{before}\n\n{title}\n\n{after}\n");
        // Wrapped at the column like the body, it is a headline when long, ...
        let long = "多地加强农村供水设施建\n设山区群众喝上安全放心\n的自来水";
        assert_eq!(items_of(&page(long)).len(), 2, "a long title");
        // ... an intertitle when short, as most phrases in a body are.
        let short = "山区群众喝上安全放心的\n自来水";
        assert_eq!(items_of(&page(short)).len(), 1, "a short title");
    }

    #[test]
    fn signed_articles_of_an_archive_stay_apart() {
        // Each under its title and author, then its source line: three articles, not one.
        let art = |t: &str, a: &str| format!("{t}\n{a}\n《人民日报》（2025年10月20日 第 05 版）\n\n这是一篇评论文章的正文，讲述了一个道理。\n\n");
        let page = [art("从多少年感悟自信", "李洪兴"), art("国家队也能省里办", "李嘉岳"), art("让科普追上科创", "裴桐")].concat();
        let items: Vec<Item> = items_of(&page).into_iter().filter(|i| i.kind != Kind::Furniture).collect();
        assert_eq!(items.len(), 3, "{items:?}");
    }

    #[test]
    fn titled_signed_parts_without_dispatches_are_one_report() {
        let col = "一二三四五六七八九十一";
        let para = format!("{col}\n{col}\n{col}\n结束了。\n\n");
        let part = |t: &str, who: &str| format!("{t}\n\n本报驻{who}记者 张三\n\n{para}");
        let page = format!(
            "驻外记者感言\n\n{para}{}{}{}",
            part("携手迎来和平曙光", "朝鲜"),
            part("浩劫过后迎接重生", "印尼"),
            part("中文导游成为香饽饽", "埃及")
        );
        assert_eq!(items_of(&page).len(), 1);
        // Each part is another correspondent's: a byline printed twice signs separate reports.
        let twice = page.replace("本报驻埃及记者", "本报驻朝鲜记者");
        assert_eq!(items_of(&twice).len(), 4, "{:?}", items_of(&twice));
        // Reports that open with their dispatches stay apart.
        let page = page.replace("\n\n本报驻朝鲜记者 张三\n\n", "\n\n本报驻朝鲜记者 张三\n\n本报平壤5月1日电 朝鲜举行活动。\n\n");
        assert!(items_of(&page).len() > 1);
    }

    #[test]
    fn a_long_report_of_signed_parts_may_print_one_correspondent_twice_apart() {
        let col = "一二三四五六七八九十一";
        let para = format!("{col}\n{col}\n{col}\n结束了。\n\n");
        let part = |t: &str, who: &str| format!("{t}\n\n本报驻{who}记者 张三\n\n{para}");
        let parts = |whos: [&str; 5]| {
            let titles = ["携手迎来和平曙光", "浩劫过后迎接重生", "中文导游成为香饽饽", "感谢中国的及时雨", "想去中国更多地方"];
            format!("驻外记者感言\n\n{para}{}", titles.iter().zip(whos).map(|(t, w)| part(t, w)).collect::<String>())
        };
        // (four correspondents of five parts, the first writing the fourth too: one report)
        let page = parts(["朝鲜", "印尼", "埃及", "朝鲜", "日本"]);
        assert_eq!(items_of(&page).len(), 1, "{:?}", items_of(&page));
        // (one correspondent's two parts in a row are two reports of his, the series broken)
        let page = parts(["朝鲜", "印尼", "埃及", "埃及", "日本"]);
        assert!(items_of(&page).len() > 1, "{:?}", items_of(&page));
    }

    #[test]
    fn dispatches_filed_the_same_day_rejoin_their_report() {
        let page = |d: &str| format!("朝韩领导人会晤并签署宣言\n\n本报高阳4月27日电 （记者马菲）朝韩领导人当天举行会晤。\n\n本报联合国4月{d}日电 （记者殷淼）联合国秘书长发表声明表示欢迎。\n");
        assert_eq!(items_of(&page("27")).len(), 1);
        assert_eq!(items_of(&page("25")).len(), 2);
    }

    #[test]
    fn a_dispatch_filed_the_same_day_rejoins_its_report_though_the_next_report_s_headline_shares_more_of_its_words() {
        // Headlines after their reports; the first report's printed after the second's. The
        // second dispatch, filed the day of the first, names the third report's subject.
        let page = "本报首尔1月27日电 （记者甲）韩美日三国将举行安保会议，讨论朝核问题。\n\n本报平壤1月27日电 （记者乙）朝鲜方面表示，欢迎李源潮一行来访。\n\n本报平壤7月25日电 （记者乙）金正恩会见李源潮，双方进行友好交谈。\n\n金正恩会见李源潮\n\n韩美日安保会议将讨论朝核问题\n";
        let items = items_of(page);
        assert_eq!(items.len(), 2, "{items:?}");
        assert_eq!(items[0].body, vec![0, 1]);
    }

    #[test]
    fn dispatches_before_a_headline_printed_after_them_rejoin_it() {
        // Four dispatches of one round-up, then its headline; the page prints headlines after
        // their reports (the report before ends on its own headline too).
        let page = "本报北京4月1日电 市政府召开常务会议，研究部署春耕工作。\n\n会议要求各部门抓好落实。\n\n市政府部署春耕工作\n\n本报平壤4月13日电 （记者周之然）朝鲜当天发射卫星。\n\n朝方12日晚通知外国记者第二天上午参观。\n\n本报莫斯科4月13日电 （记者谢亚宏）俄方表示关切。\n\n杨洁篪同时指出，六方会谈是处理问题的有效机制。\n\n本报首尔4月13日电 （记者莽九晨）韩方表示遗憾。\n\n韩国国防部当日表示，军方已组织搜寻。\n\n本报东京4月13日电 （记者于青）日方表示抗议。\n\n官房长官藤村修发表声明称，朝鲜发射违反决议。\n\n朝鲜发射卫星未进入预定轨道\n";
        let items = items_of(page);
        assert_eq!(items.len(), 2, "{items:?}");
        assert_eq!(items[1].body.len(), 8, "{items:?}");
    }

    #[test]
    fn after_its_report_a_title_repeating_its_opening_is_its_headline() {
        let page = "本报北京5月23日电 中共中央政治局常委刘云山会见金正恩特使崔龙海一行。\n\n刘云山表示，愿同朝方共同努力。\n\n刘云山会见金正恩特使崔龙海\n\n浏阳河弯过了几道弯，几十里水路到湘江。\n\n浏阳人说，距市区远了，离产业更近。\n\n湖南浏阳锚定区域优势谋发展\n\n融入长株潭 联通湘赣边\n";
        let items = items_of(page);
        assert_eq!(items.len(), 2, "{items:?}");
        assert_eq!(items[0].head.len(), 1);
    }

    #[test]
    fn after_its_report_under_its_writer_s_name_a_title_repeating_its_opening_is_its_headline() {
        // The page opens on the first report's writer, not on a head group: headlines follow.
        let page = "新华社记者\n\n浏阳河弯过了几道弯，几十里水路到湘江，浏阳锚定区域优势谋发展。\n\n浏阳人说，距市区远了，离产业更近。\n\n浏阳锚定区域优势谋发展\n\n“问题反映到纪委，钱很快就退回了。”某机构负责人说。\n\n此前，该机构尝试通过平台进行投诉。\n\n江苏泰州构建“清风e访”平台\n\n畅通反映渠道 及时发现线索\n";
        let (blocks, items) = assembled(page);
        assert_eq!(blocks[3].role, Role::Headline, "{blocks:?}");
        assert_eq!(items.len(), 2, "{items:?}");
    }

    #[test]
    fn a_headline_printed_after_the_next_report_takes_its_own_back() {
        // Reports A and B run together; B's headline, then A's, follow them.
        let page = "本报北京5月23日电 刘云山会见金正恩特使崔龙海一行。\n\n刘云山表示，愿同朝方共同努力。\n\n浏阳河弯过了几道弯，浏阳产业发展迅速。\n\n浏阳人说，浏阳离产业更近。\n\n浏阳河弯过了几道弯浏阳产业发展迅速\n\n刘云山会见崔龙海\n";
        let items = items_of(page);
        assert_eq!(items.len(), 2, "{items:?}");
        assert_eq!((items[0].body.clone(), items[0].head.clone()), (vec![0, 1], vec![5]));
        assert_eq!((items[1].body.clone(), items[1].head.clone()), (vec![2, 3], vec![4]));
    }

    #[test]
    fn a_reporter_s_byline_between_paragraphs_with_no_title_over_it_signs_a_part_of_the_same_report() {
        // A correspondents' series: one headline, then each correspondent's part under a byline.
        let page = "驻外记者见证一年\n\n一年来，本报驻外记者行走在世界各地，记录历史瞬间，传递中国声音。\n\n\
            本报驻德国记者 李强\n\n今年春天，我在柏林采访了多家中资企业，感受到合作的热度。\n\n\
            企业负责人说，两国经贸往来越来越密切。\n\n本报驻法国记者 王芳\n\n在巴黎的展会上，中国展台前人头攒动。\n";
        let r = crate::rebuild("p", page, &crate::Options::default()).unwrap();
        assert_eq!(r.len(), 1, "{r:?}");
        assert_eq!(r[0].headline.as_deref(), Some("驻外记者见证一年"));
        assert_eq!(r[0].bylines.iter().map(|b| b.name.as_str()).collect::<Vec<_>>(), ["李强", "王芳"]);
        // A short paragraph that ends no sentence over the byline may be the next report's
        // headline read as running text (here behind a stray colon): the byline still opens a
        // report there.
        let other = page.replace("企业负责人说，两国经贸往来越来越密切。\n\n", "企业负责人说，两国经贸往来越来越密切。\n\n：巴黎展会火爆\n观众：很精彩\n\n");
        let r = crate::rebuild("p", &other, &crate::Options::default()).unwrap();
        assert_eq!(r.len(), 2, "{r:?}");
    }

    #[test]
    fn a_headline_stacked_after_the_next_report_s_splits_the_reports_run_together_rather_than_take_a_brief_it_does_not_name() {
        // A brief with no headline; report B, then C (no lead formula) run together; C's head,
        // then B's headline, follow them. C's head repeats none of the brief's words: rather
        // than take it, it splits C from B.
        let page = "本报讯 全市今年新建改建农村公路一千二百公里，惠及沿线群众。\n\n\
            本报上海3月2日电 上海港今年前两月集装箱吞吐量同比增长一成，创历史同期新高。港口方面介绍，洋山深水港四期自动化码头作业效率持续提升，远洋航线新增三条，与长江沿线港口的水水中转比例进一步提高。\n\n\
            港口方面表示，将继续提升码头作业效率，上海港吞吐量有望再创新高。今年以来，港区推出无纸化放箱、智能闸口等便利措施，集卡平均在港时间缩短近三成，进出口企业的物流成本明显下降。\n\n\
            业内人士认为，随着区域全面经济伙伴关系协定深入实施，长三角外贸企业订单增加，港口货源保持充足。上海港将加快建设国际航运中心，进一步完善集疏运体系，推动海铁联运、江海联运协同发展。\n\n\
            春风送暖，城郊的荒坡上人头攒动，市民们扛着树苗、拎着水桶，参加春季义务植树活动。\n\n\
            植树活动持续一个月，全市将新增绿地三百公顷。\n\n\
            春季植树添新绿\n\n——市民踊跃参加义务植树\n\n上海港吞吐量创新高\n";
        let items = items_of(page);
        let heads: Vec<(Vec<usize>, Vec<usize>)> = items.iter().map(|it| (it.body.clone(), it.head.clone())).collect();
        assert_eq!(heads, [(vec![0], vec![]), (vec![1, 2, 3], vec![8]), (vec![4, 5], vec![6, 7])]);
    }

    #[test]
    fn a_box_s_head_stacked_under_the_report_s_headline_takes_the_box_it_does_not_name_when_no_other_head_wants_it() {
        // Headlines after bodies: a report, a Q&A box, then the report's headline and the box's
        // label and title, which repeats none of the box's words. Left over at first (a stacked
        // head that names no report), the title takes the box after the splits.
        let page = "本报讯 5月19日，市政府召开新闻发布会，介绍全市春季植树造林工作进展情况。\n\n\
            据介绍，今年以来全市累计完成植树造林两万亩，新建城市公园十二个。\n\n\
            下一步，全市将加强林木养护管理，提高造林成活率。\n\n\
            问：今年将推出什么新举措？\n\n答：将继续推进国土绿化行动，建设一批口袋公园和绿道。\n\n\
            问：市民如何参与？\n\n答：可通过线上平台认领树木，参加义务植树活动。\n\n\
            我市召开春季植树造林新闻发布会\n\n记者问答\n\n发布会上还透露哪些重要信息？\n";
        let items = items_of(page);
        let heads: Vec<(Vec<usize>, Vec<usize>)> = items.iter().map(|it| (it.body.clone(), it.head.clone())).collect();
        assert_eq!(heads, [(vec![0, 1, 2], vec![7, 8]), (vec![3, 4, 5, 6], vec![9])]);
    }

    #[test]
    fn a_kicker_naming_its_report_over_a_headline_naming_none_of_it_heads_that_report_and_the_headline_the_report_before() {
        // A's head is printed after B's, so B's headline stands over A's (a figurative one,
        // naming none of B) as if it were its kicker.
        let (blocks, items) = two_titles_after_two_reports("市政府召开常务会议部署春耕生产", "岁月如歌看今朝（人民时评）");
        assert_eq!(items.len(), 3, "{items:?}");
        assert_eq!((items[1].body.clone(), items[1].head.clone()), (vec![3, 4, 5], vec![9]));
        assert_eq!((items[2].body.clone(), items[2].head.clone()), (vec![6, 7], vec![8]));
        assert_eq!((blocks[8].role, blocks[9].role), (Role::Headline, Role::Headline));
    }

    #[test]
    fn a_kicker_over_a_headline_naming_its_report_too_or_ending_on_its_dash_stays_its_kicker() {
        for (upper, lower) in [("市政府召开常务会议", "研究部署春耕生产工作"), ("市政府召开常务会议部署春耕生产——", "岁月如歌看今朝（人民时评）")] {
            let (blocks, items) = two_titles_after_two_reports(upper, lower);
            let item = items.iter().find(|it| it.head.contains(&8)).unwrap();
            assert_eq!(item.head, vec![8, 9], "{upper} {items:?}");
            assert_eq!(blocks[8].role, Role::Kicker, "{upper}");
        }
    }

    /// A report with its headline after it (blocks 0-2), reports A (3-5) and B (6-7, opening on
    /// its lead formula), and two titles (8, 9) after them.
    fn two_titles_after_two_reports(upper: &str, lower: &str) -> (Vec<Block>, Vec<Item>) {
        assembled(&format!(
            "本报上海3月2日电 上海港集装箱吞吐量创新高。\n\n上海港三月吞吐量持续增长。\n\n上海港集装箱吞吐量创新高\n\n\
             春天的田野处处生机勃勃，农民们忙着播种。\n\n一年之计在于春，农时不等人。\n\n田间地头，到处是忙碌的身影。\n\n\
             本报北京4月1日电 市政府召开常务会议，研究部署春耕生产工作。\n\n会议要求各区抓好春耕生产。\n\n{upper}\n\n{lower}\n"
        ))
    }

    #[test]
    fn a_headline_stacked_over_the_head_of_the_report_before_heads_its_own_report() {
        // B and C run together (C opens with no lead formula); C's headline, then B's group.
        let page = "本报拉萨5月20日电 山南市举办文艺演出活动。\n\n文艺演出丰富群众生活。\n\n山南市举办文艺演出\n\n外交部长王毅接受采访，回顾中国外交工作。\n\n王毅说，中国外交坚持合作共赢。\n\n金砖国家可持续发展论坛近日举行。\n\n与会嘉宾认为，金砖国家共促可持续发展。\n\n共促全球可持续发展\n\n王毅回顾中国外交工作\n\n本报记者　赵嘉鸣\n";
        let (blocks, items) = assembled(page);
        assert_eq!(items.len(), 3, "{items:?}");
        assert_eq!((items[1].body.clone(), items[1].head.clone()), (vec![3, 4], vec![8, 9]));
        assert_eq!((items[2].body.clone(), items[2].head.clone()), (vec![5, 6], vec![7]));
        assert_eq!(blocks[7].role, Role::Headline);
    }

    #[test]
    fn a_headline_stacked_over_the_head_of_a_report_that_stands_apart_heads_its_own_report() {
        // A and B each open on a lead formula, on one topic, and each repeats the other's
        // headline; B's headline, then A's, after B: the paragraphs side with one each.
        let page = "本报拉萨5月20日电 山南市举办文艺演出活动。\n\n文艺演出丰富群众生活。\n\n山南市举办文艺演出\n\n本报平壤4月12日电 会议推举金正恩为国务委员会委员长。此前，金正恩当选国防委员会第一委员长。\n\n代表们表示，金正恩再次被推举为国务委员会委员长，体现了人民的意愿。\n\n本报平壤4月13日电 最高人民会议举行会议，金正恩当选国防委员会第一委员长。\n\n会议修改宪法，设立国防委员会第一委员长一职。\n\n金正恩当选国防委员会第一委员长\n\n金正恩再次被推举为国务委员会委员长\n\n本报拉萨5月21日电 西藏召开春耕生产会议。\n\n会议要求抓好粮食生产。\n\n西藏部署春耕生产\n";
        let (blocks, items) = assembled(page);
        assert_eq!(items.len(), 4, "{items:?}");
        assert_eq!((items[1].body.clone(), items[1].head.clone()), (vec![3, 4], vec![8]));
        assert_eq!((items[2].body.clone(), items[2].head.clone()), (vec![5, 6], vec![7]));
        assert_eq!((blocks[7].role, blocks[8].role), (Role::Headline, Role::Headline));
    }

    #[test]
    fn parallel_titles_set_as_balanced_pairs_of_lines_are_one_report_s_intertitles() {
        // Three titles of two six-character lines inside one report.
        let page = "困难群众领到补助\n\n本报长春7月4日电　记者\n来到低保户姜方有老人的楼\n下，陈艳熟门熟路地上楼敲\n门，了解老人的生活情况。\n\n克服疫情影响\n及时进行救助\n\n早上8点，姜方有老人早已\n吃完饭，穿戴整齐，他从抽\n屉里拿出几百元钱，一张一\n张数清。\n\n培训就业技能\n提供岗位信息\n\n残疾人张宇飞双手抱着瓶子，\n将胶水、色粉依次倒入量\n杯，再用手掌夹住玻璃棒轻\n轻搅拌。\n\n根据物价变动\n发放临时补贴\n\n走进长春市一处廉租房小区，\n记者看到，不少蔬菜都贴\n着打折的标签，物价补贴已\n经发放。\n\n";
        one_report_with_intertitles(page, &["克服疫情影响及时进行救助", "培训就业技能提供岗位信息", "根据物价变动发放临时补贴"]);
    }

    /// The page is one item, and each of `titles` is a block of it read as an intertitle.
    fn one_report_with_intertitles(page: &str, titles: &[&str]) {
        let (blocks, items) = assembled(page);
        assert_eq!(items.len(), 1, "{items:?}");
        for t in titles {
            assert_eq!(blocks.iter().find(|b| b.text == *t).map(|b| b.role), Some(Role::Intertitle), "{t}");
        }
    }

    #[test]
    fn parallel_titles_broken_by_hand_into_lines_as_long_as_each_other_s_are_one_report_s_intertitles() {
        // (a page with no blank line: each label runs into its title, two lines of eight and
        // seven characters in a column of sixteen)
        let page = "政策精准发力 全产业链支持\n搞农业有钱挣、得实惠\n小麦颗粒归仓，夏种夏管压茬推进，\n广袤田野一片大忙。\n越是面对风险挑战，越要稳住农业，\n越要确保粮食和重要副食品安全。当\n前，农业市场主体有哪些困难和期盼，\n政策如何精准发力？记者进行了采访。\n收 获  畅通道\n保障农活不断线\n车行麦田，五台联合收割机轰鸣前行，\n拨禾轮转动，麦芒飞扬，金黄麦粒倾\n泻而下。小麦进库，我的心也放肚子\n里了。农场负责人王建敏感慨万分。\n种 植  强帮扶\n保护种粮积极性\n今年小麦亩产一千斤左右，收成不错。\n收购价比去年多三四角钱，好价钱让\n农民心里更踏实，种粮的劲头更足，\n来年还要再多种一些优质小麦品种。\n加 工  稳链条\n延长特色产业链\n丰收更要增收，在产业链下游，粮食\n收购加工企业开足马力，满载优质麦\n的卡车鱼贯而入，生产车间里一派繁\n忙景象，面粉加工出粉率不断提高。\n";
        one_report_with_intertitles(page, &["收 获  畅通道保障农活不断线", "种 植  强帮扶保护种粮积极性", "加 工  稳链条延长特色产业链"]);
    }

    #[test]
    fn the_first_of_parallel_intertitles_right_under_the_headline_is_no_headline_under_a_kicker() {
        // A list under its headline, in three parts whose titles share a form (as many
        // characters, counts aside, and the same last two).
        let rows = |prize: &str, n: usize| (1..=n).map(|i| format!("{prize}第{i}项：新型水稻育种技术研究，\n由省农业科学院完成。\n\n")).collect::<String>();
        let page = format!("春耕生产全面展开\n\n本报讯 各地春耕生产全面展开，\n农机下田，农民抢抓农时。\n\n全省优秀科技成果奖获奖项目名单\n\n特等奖（3项）\n\n{}一等奖（12项）\n\n{}二等奖（25项）\n\n{}", rows("特等奖", 3), rows("一等奖", 3), rows("二等奖", 3));
        let (blocks, items) = assembled(&page);
        let role = |t: &str| blocks.iter().find(|b| b.text == t).map(|b| b.role);
        assert_eq!(role("全省优秀科技成果奖获奖项目名单"), Some(Role::Headline), "{blocks:?}");
        for t in ["特等奖（3项）", "一等奖（12项）", "二等奖（25项）"] {
            assert_eq!(role(t), Some(Role::Intertitle), "{t}");
        }
        let list = items.iter().find(|it| it.head.iter().any(|&h| blocks[h].text == "全省优秀科技成果奖获奖项目名单")).expect("the list's item");
        assert!(list.body.iter().any(|&b| blocks[b].text == "特等奖（3项）"), "{items:?}");
        // With one part of that form after it, it stays the headline under its kicker.
        let one = format!("春耕生产全面展开\n\n本报讯 各地春耕生产全面展开，\n农机下田，农民抢抓农时。\n\n全省优秀科技成果奖获奖项目名单\n\n特等奖（3项）\n\n{}一等奖（12项）\n\n{}", rows("特等奖", 3), rows("一等奖", 3));
        let (blocks, _) = assembled(&one);
        assert_eq!(blocks.iter().find(|b| b.text == "特等奖（3项）").map(|b| b.role), Some(Role::Headline), "{blocks:?}");
    }

    #[test]
    fn the_first_of_parallel_intertitles_opening_the_page_is_no_headline() {
        // The list's headline printed after its text: the page opens on its first part's title.
        let rows = |prize: &str, n: usize| (1..=n).map(|i| format!("{prize}第{i}项：新型水稻育种技术研究，\n由省农业科学院完成。\n\n")).collect::<String>();
        let page = format!("特等奖（3项）\n\n{}一等奖（12项）\n\n{}二等奖（25项）\n\n{}全省优秀科技成果奖获奖项目名单\n", rows("特等奖", 3), rows("一等奖", 3), rows("二等奖", 3));
        let (blocks, items) = assembled(&page);
        for t in ["特等奖（3项）", "一等奖（12项）", "二等奖（25项）"] {
            assert_eq!(blocks.iter().find(|b| b.text == t).map(|b| b.role), Some(Role::Intertitle), "{t}: {blocks:?}");
        }
        let list = items.iter().find(|it| it.body.iter().any(|&b| blocks[b].text == "特等奖（3项）")).expect("the list's item");
        assert!(list.head.iter().any(|&h| blocks[h].text == "全省优秀科技成果奖获奖项目名单"), "{items:?}");
    }

    #[test]
    fn a_title_closed_by_its_rubric_over_a_statement_is_the_headline_over_the_text_s_summary() {
        let page = "我市召开小微企业党建推进现场交流会\n\n本报讯 我市召开交流会，\n各部门参加。\n\n想办法帮群众解决困难（民生观）\n\n用心用情解决好现实难题，就能让困难群众\n享有更多获得感、幸福感、安全感\n\n　　各地用心用情解决好现实难题，享有获得\n感、幸福感、安全感的人越来越多。\n\n　　民生无小事，枝叶总关情。各地用心用\n情，把好事办好。\n";
        let (blocks, items) = assembled(page);
        let role = |t: &str| blocks.iter().find(|b| b.text.starts_with(t)).map(|b| b.role);
        assert_eq!(role("想办法帮群众解决困难"), Some(Role::Headline), "{blocks:?}");
        assert_eq!(role("用心用情解决好现实难题"), Some(Role::Intertitle), "{blocks:?}");
        let it = items.iter().find(|it| it.head.iter().any(|&h| blocks[h].text.starts_with("想办法"))).expect("the commentary's item");
        assert!(blocks[it.body[0]].text.starts_with("用心用情解决好现实难题"), "{items:?}");
        assert!(it.head.iter().all(|&h| blocks[h].role != Role::Kicker), "{blocks:?}");
    }

    #[test]
    fn parallel_one_line_titles_opening_alike_are_one_report_s_intertitles() {
        // Three titles of eleven characters, each opening on 这是; the text after each shares no
        // words with the text before it.
        let page = "敢为砥柱立中流\n\n——治国理政系列评述“外交篇”\n\n这是一个复杂变化的世界。乐观与悲观、理想\n与现实交织碰撞。\n\n这是因势而谋的大国智慧\n\n2018年4月，武汉东湖，春光正好。一\n场非同寻常的非正式会晤在此举行。\n\n这是开拓创新的大国担当\n\n金秋九月，北京迎来盛会，五十多位\n非洲领导人齐聚一堂共商合作。\n\n这是海纳百川的大国气象\n\n上海进博会开幕，来自全球的展商\n带来琳琅满目的商品和服务。\n";
        one_report_with_intertitles(page, &["这是因势而谋的大国智慧", "这是开拓创新的大国担当", "这是海纳百川的大国气象"]);
    }

    #[test]
    fn where_headlines_follow_bodies_a_title_whose_words_the_lead_and_its_section_repeat_is_an_intertitle() {
        // The lead sums up the section under 民间交流仍然维持, which repeats its words past its
        // first paragraph.
        let page = "韩国政府8月4日向朝鲜发出声明\n称，在开城工业园区问题上已经到\n了忍耐极限。政府层面僵持不下，\n但朝韩民间交流的通道仍然维持畅\n通。\n\n民间交流仍然维持\n\n韩国统一部发言人表示，政府将根\n据朝方的回应情况决定下一步措施，\n目前各方都在观望。韩国统一部\n发言人表示，政府将根据朝方的回\n应情况决定下一步措施，目前各方\n都在观望。韩国统一部发言人表示，\n政府将根据朝方的回应情况决定\n下一步措施，目前各方都在观望。\n韩国统一部发言人表示，政府将根\n据朝方的回应情况决定下一步措施，\n目前各方都在观望。韩国统一部\n发言人表示，政府将根据朝方的回\n应情况决定下一步措施，目前各方\n都在观望。韩国统一部发言人表示，\n政府将根据朝方的回应情况决定\n下一步措施，目前各方都在观望。\n韩国统一部发言人表示，政府将根\n据朝方的回应情况决定下一步措施，\n目前各方都在观望。\n\n据报道，朝韩之间的民间交流仍然\n维持，宗教团体和体育团体的往来\n没有中断。\n\n韩国向朝鲜提出赔偿要求\n\n本报北京7月4日电 今年第3号\n台风暹芭于2日在广东登陆，中央\n气象台发布暴雨预警。\n\n预计未来三天，十余省份将有大范\n围暴雨，各地要做好防汛准备。\n\n台风暹芭残余环流北上\n";
        let (blocks, items) = assembled(page);
        assert_eq!(blocks[1].role, Role::Intertitle);
        assert_eq!(items.len(), 2, "{items:?}");
        assert_eq!((items[0].body.clone(), items[0].head.clone()), (vec![0, 1, 2, 3], vec![4]));
    }

    #[test]
    fn where_headlines_follow_bodies_a_title_repeating_the_lead_is_an_intertitle_where_the_next_head_names_the_text_before_it() {
        // 居民意见依然通畅 repeats the lead, but the headline after the text under it names the
        // text before it (老城改造…历史街区), not the text under it: one report, one intertitle.
        let page = "市政府5月4日宣布启动老城改造计\n划，同时表示将保留历史街区的原\n有格局。\n\n但是居民意见的渠道依然保持通畅，\n多个社区已经开始征集建议。\n\n居民意见依然通畅\n\n社区工作人员逐户走访居民，收集\n了大量改造建议，并将汇总后提交\n有关部门研究处理。\n\n老城改造计划启动 保留历史街区\n\n本报北京7月4日电 今年第3号台\n风于2日在广东登陆，中央气象台\n发布暴雨预警。\n\n台风残余环流北上\n";
        let (blocks, items) = assembled(page);
        assert_eq!(items.len(), 2, "{items:?}");
        assert_eq!(blocks[2].role, Role::Intertitle, "{blocks:?}");
        assert_eq!((items[0].body.clone(), items[0].head.clone()), (vec![0, 1, 2, 3], vec![4]));
    }

    #[test]
    fn a_kicker_ending_on_its_dash_over_two_titles_heads_a_headline_of_two_lines() {
        // No blank line on the page: the headline's two lines (two phrases of unequal length, the
        // second closed by its column's rubric) stand under the kicker as one headline.
        let page = "本报讯 一二三四五六七八九十一二三四五六\n一二三四五六七八九十一二三四五六七八九\n一二三四五六七八九十一二三四五六七八九\n完了。\n记者一线探访吉林生活困难家庭——\n享低保领补助金\n有工作增收入（保障好困难群众基本生活①）\n本报长春7月4日电 一二三四五六七八九十\n一二三四五六七八九十一二三四五六七八九\n一二三四五六七八九十一二三四五六七八九\n完。\n";
        let (blocks, _) = assembled(page);
        assert_eq!([blocks[1].role, blocks[2].role], [Role::Kicker, Role::Headline]);
        assert_eq!(blocks[2].text, "享低保领补助金有工作增收入（保障好困难群众基本生活①）");
    }

    #[test]
    fn a_report_opening_with_a_note_takes_its_headline_back_from_the_report_before() {
        // B's first paragraph (a column's note) holds none of B's headline; its other paragraphs do.
        let page = "本报华沙7月4日电 世界城市论坛在卡托维兹闭幕。\n\n论坛通过了行动宣言，呼吁城市可持续发展。\n\n民生无小事，枝叶总关情。\n\n各地保障困难群众基本生活，发放低保补助。\n\n困难群众领到低保补助，生活有了着落。\n\n记者一线探访——\n\n保障困难群众基本生活\n\n世界城市论坛呼吁——\n\n城市可持续发展\n";
        let items = items_of(page);
        assert_eq!(items.len(), 2, "{items:?}");
        assert_eq!((items[0].body.clone(), items[0].head.clone()), (vec![0, 1], vec![7, 8]));
        assert_eq!((items[1].body.clone(), items[1].head.clone()), (vec![2, 3, 4], vec![5, 6]));
    }

    #[test]
    fn after_a_closing_note_a_paragraph_opening_on_a_date_opens_the_next_report_whatever_words_they_share() {
        let page = "朝韩关系出现缓和迹象，金正恩发表新年讲话。\n\n韩国媒体关注金正恩讲话内容，认为朝鲜释放善意。\n\n分析人士认为，朝韩关系有望改善。\n\n（本报首尔1月3日电）\n\n6月21日，习近平在平壤会见金正恩，双方亲切交谈。\n\n本报平壤6月21日电 习近平21日在平壤会见朝鲜劳动党委员长金正恩，金正恩表示朝方愿同中方加强交流。\n\n双方一致同意推动两国关系发展。\n";
        let (blocks, items) = assembled(page);
        let texts = |i: &Item| i.body.iter().map(|&b| blocks[b].text.as_str()).collect::<Vec<_>>();
        assert_eq!(items.len(), 2, "{items:?}");
        assert!(texts(&items[0]).last().is_some_and(|t| t.starts_with("（本报首尔")), "{:?}", texts(&items[0]));
        assert!(texts(&items[1])[0].starts_with("6月21日，"), "{:?}", texts(&items[1]));
    }

    /// The page's lines and its `n` blocks, all read as paragraphs (what [`split_by_vote`] asks of).
    fn paragraphs(page: &str, n: usize) -> (Vec<Line<'_>>, Vec<Block>) {
        let lines = crate::lines::read(page);
        let mut blocks = crate::joins::join(&lines);
        assert_eq!(blocks.len(), n, "{blocks:?}");
        for b in &mut blocks {
            b.role = Role::Body;
        }
        (lines, blocks)
    }

    #[test]
    fn a_closing_note_makes_up_for_a_report_that_names_its_head_little() {
        // The first report holds 2 of its head's 12 pairs of characters (生活, 烟火) and none of
        // the other's: by itself too little to split on; the closing note after it says where.
        let page = "我们要在平凡的生活里寻找烟火的温度。\n\n（作者为剧作家）\n\n这部电影充满诗意，让电影回到诗意。\n\n导演说电影充满诗意是观众的感受。\n";
        let (lines, blocks) = paragraphs(page, 4);
        let (orphan, other) = (bigrams("让电影充满诗意美", 200), bigrams("在观察生活中写出人间烟火气", 200));
        assert_eq!(split_by_vote(&blocks, &lines, &[0, 1, 2, 3], &orphan, &other), Some((2, true)));
    }

    #[test]
    fn where_the_votes_tie_a_report_split_falls_where_the_column_changes_width() {
        // A paragraph that holds neither head's words, set in the first report's column: the
        // votes split as well before it as after it; its column keeps it with the first report.
        let page = "特高压直流输电工程近日在四川竣工投产，\n工程起于四川凉山州，止于江苏苏州，全长\n两千公里，特高压直流输电工程全面运行。\n\n\
                    特高压直流输电工程每年输送清洁电能三百\n亿千瓦时，特高压直流输电工程建设者克服\n了高原施工难题，提前半年完成建设任务。\n\n\
                    记者在现场看到，一排排设备整齐排列，几\n名工作人员正在仔细检查仪表，不时低声交\n流，记录下各项数据，一切都井然有序。\n\n\
                    朝鲜艺术团在平壤演出，朝鲜观众\n热烈欢迎朝鲜艺术团的精彩演出，\n朝鲜艺术团演出持续了三小时。\n\n\
                    朝鲜艺术团团长表示，朝鲜艺术团\n将继续赴各地演出，朝鲜观众期待\n朝鲜艺术团带来更多精彩节目。\n";
        let (lines, blocks) = paragraphs(page, 5);
        let (orphan, other) = (bigrams("朝鲜艺术团在平壤演出", 200), bigrams("特高压直流输电工程投产", 200));
        assert_eq!(split_by_vote(&blocks, &lines, &[0, 1, 2, 3, 4], &orphan, &other), Some((3, true)));
    }

    #[test]
    fn an_orphaned_headline_splits_its_report_off_after_the_closing_note_before_it() {
        // The paragraph before the note holds one word of the orphan's headline (美国); the note
        // still ends the report before.
        let texts = ["朝韩紧张局势归于平静。", "媒体指出，美国也关注。", "（本报首尔8月31日电）", "美国前篮球明星罗德曼访问朝鲜。", "篮球明星受到欢迎。"];
        let blocks = one_line_blocks(&texts, Role::Body);
        let orphan = bigrams("美国前篮球明星访问朝鲜", 200);
        let other = bigrams("朝韩紧张局势归于平静", 200);
        let page = texts.join("\n");
        assert_eq!(split_by_vote(&blocks, &crate::lines::read(&page), &[0, 1, 2, 3, 4], &orphan, &other), Some((3, true)));
    }

    #[test]
    fn an_orphaned_headline_splits_its_report_off_after_the_closing_note_before_the_deck_that_opens_it() {
        // The paragraph before the note holds one word of the orphan's headline (美国); the
        // report after opens on a deck read as a title, which a split may fall before.
        let texts = ["朝韩紧张局势归于平静。", "媒体指出，美国也关注。", "（本报首尔8月31日电）", "篮球外交受关注", "美国前篮球明星罗德曼访问朝鲜。", "篮球明星受到欢迎。"];
        let mut blocks = one_line_blocks(&texts, Role::Body);
        blocks[3].role = Role::Intertitle;
        let orphan = bigrams("美国前篮球明星访问朝鲜", 200);
        let other = bigrams("朝韩紧张局势归于平静", 200);
        let page = texts.join("\n");
        assert_eq!(split_by_vote(&blocks, &crate::lines::read(&page), &[0, 1, 2, 3, 4, 5], &orphan, &other), Some((3, true)));
        // (not before a box's label, which the report keeps)
        let texts = ["朝韩紧张局势归于平静。", "媒体指出，美国也关注。", "（本报首尔8月31日电）", "点评", "美国前篮球明星罗德曼访问朝鲜。", "篮球明星受到欢迎。"];
        let page = texts.join("\n");
        let blocks = {
            let mut b = one_line_blocks(&texts, Role::Body);
            b[3].role = Role::Intertitle;
            b
        };
        assert_ne!(split_by_vote(&blocks, &crate::lines::read(&page), &[0, 1, 2, 3, 4, 5], &orphan, &other), Some((3, true)));
    }

    #[test]
    fn where_the_votes_tie_a_report_split_falls_before_a_paragraph_that_opens_as_a_report_does() {
        // Two paragraphs that hold neither head's words (the end of a list) between the report
        // before and the orphan's: the votes split as well before them as after them; the
        // orphan's report opens on a word of time (近日，…) after a sentence's end.
        let texts = ["朝韩紧张局势归于平静。", "越南国家主席出席；", "老挝国家主席出席。", "近日，美国前篮球明星罗德曼访问朝鲜。", "篮球明星受到欢迎。"];
        let blocks = one_line_blocks(&texts, Role::Body);
        let orphan = bigrams("美国前篮球明星访问朝鲜", 200);
        let other = bigrams("朝韩紧张局势归于平静", 200);
        let page = texts.join("\n");
        assert_eq!(split_by_vote(&blocks, &crate::lines::read(&page), &[0, 1, 2, 3, 4], &orphan, &other), Some((3, true)));
    }

    #[test]
    fn an_orphaned_headline_splits_its_report_off_before_the_lead_formula_that_opens_it() {
        // The paragraph before the lead holds one word of the orphan's headline (美国); the lead
        // formula still opens the report after.
        let texts = ["朝韩紧张局势归于平静。", "媒体指出，美国也关注。", "本报北京8月31日电　美国前篮球明星罗德曼访问朝鲜。", "篮球明星受到欢迎。"];
        let mut blocks = one_line_blocks(&texts, Role::Body);
        blocks[2].role = Role::Lead;
        let orphan = bigrams("美国前篮球明星访问朝鲜", 200);
        let other = bigrams("朝韩紧张局势归于平静", 200);
        let page = texts.join("\n");
        assert_eq!(split_by_vote(&blocks, &crate::lines::read(&page), &[0, 1, 2, 3], &orphan, &other), Some((2, true)));
    }

    #[test]
    fn a_title_ending_in_a_dash_is_the_kicker_of_the_next_head_not_a_headline() {
        // B's headline (no kicker of its own), then A's kicker and headline.
        let page = "本报华沙7月4日电 世界城市论坛在卡托维兹闭幕。\n\n论坛通过了行动宣言，呼吁城市可持续发展。\n\n各地保障困难群众基本生活，发放低保补助。\n\n困难群众领到低保补助，生活有了着落。\n\n保障困难群众基本生活\n\n世界城市论坛呼吁——\n\n城市可持续发展\n";
        let items = items_of(page);
        assert_eq!(items.len(), 2, "{items:?}");
        assert_eq!((items[0].body.clone(), items[0].head.clone()), (vec![0, 1], vec![5, 6]));
        assert_eq!((items[1].body.clone(), items[1].head.clone()), (vec![2, 3], vec![4]));
    }

    /// The page's title that starts with `title` is a block of its own, read as a headline, and
    /// the page is two reports.
    fn assert_headline_of_two_reports(page: &str, title: &str) {
        let (blocks, items) = assembled(page);
        let block = blocks.iter().find(|b| b.text.starts_with(title)).expect("the title is a block of its own");
        assert_eq!(block.role, Role::Headline, "{blocks:?}");
        assert_eq!(items.len(), 2, "{items:?}");
    }

    #[test]
    fn a_title_in_the_body_s_column_that_repeats_the_report_before_it_is_its_headline() {
        // Headlines follow their reports. The two-line title fills the column as body text does
        // (intertitle evidence), but repeats the words of the report before it, not of the text
        // after it: that report's headline.
        let a = column_of_text("本报北京6月19日电　中朝两国领导人在平壤举行会谈，双方一致同意传承中朝友谊，续写时代新篇章，推动两国关系不断向前发展。", 15);
        let a2 = column_of_text("会谈在友好的气氛中进行，双方就共同关心的问题深入交换了意见。", 15);
        let b = column_of_text("近日，记者前往江苏省昆山市周庄古镇采访，双方交换了意见，游客在桥上游览，古镇旅游加快复苏。", 15);
        let page = format!("{a}\n{a2}\n中朝两国领导人在平壤举行会谈\n传承中朝友谊续写时代新篇章\n\n{b}\n当地推出多项措施吸引游客。\n\n古镇旅游加快复苏\n");
        assert_headline_of_two_reports(&page, "中朝两国领导人");
    }

    #[test]
    fn a_title_in_the_body_s_column_closed_by_a_rubric_is_a_headline() {
        // Headlines come first. The title fills the column as body text does (intertitle
        // evidence), but closes on its column's rubric, as only headlines do.
        let a = column_of_text("本报北京4月1日电　市政府召开常务会议，研究部署春耕工作，要求各区抓好农资供应，确保春耕生产顺利进行。", 15);
        let b = column_of_text("近日，多地举办基层体育赛事，各区抓好场地供应，群众参与热情高涨，健身活动顺利进行。", 15);
        let page = format!("市政府部署春耕工作\n\n{a}\n办好基层赛事升温健身热情（体坛观\n澜）\n\n{b}\n赛事吸引了众多市民。\n");
        assert_headline_of_two_reports(&page, "办好基层赛事");
    }

    /// A headed report in a column of 11, `title`, and text in a column of 14 that shares the
    /// report's words.
    fn title_between_columns_of_11_and_14(title: &str) -> String {
        let a = column_of_text("本报北京6月1日电　市政府召开常务会议，研究部署绿色电力工作，要求各区抓好绿电交易，推动绿色低碳发展。", 11);
        let b = column_of_text("近日，多地举办绿色电力证书颁发仪式，各区抓好绿电交易，企业参与热情高涨，推动绿色低碳发展。", 14);
        format!("市政府部署绿色电力工作\n\n{a}\n\n{title}\n\n{b}\n")
    }

    #[test]
    fn a_title_between_reports_in_columns_told_apart_is_a_headline() {
        // Headlines come first. The two-line title fills the column of the report before it, as
        // body text does (intertitle evidence), and the text after it shares that report's words;
        // but the text after it is set in a column three units wider, a column told apart from
        // the one before (a report's own text keeps its column): the next report's headline.
        assert_headline_of_two_reports(&title_between_columns_of_11_and_14("城市电网绿色认证落地\n激活绿电消费潜能"), "城市电网");
        // So is a headline's label and what it says a colon apart: a colon title is no
        // paragraph's cut line, even between columns as near as these.
        assert_headline_of_two_reports(&title_between_columns_of_11_and_14("城市电网：绿色认证落地\n激活绿电消费潜能"), "城市电网");
    }

    #[test]
    fn a_line_with_a_clause_between_near_columns_is_no_headline_for_the_change_alone() {
        // The same page with the title's line holding a comma, as a paragraph's line cut off at
        // a column break does: columns three units apart say nothing of it.
        let (blocks, items) = assembled(&title_between_columns_of_11_and_14("城市电网统计显示，绿色\n认证落地"));
        let block = blocks.iter().find(|b| b.text.starts_with("城市电网")).expect("the title is a block of its own");
        assert_eq!(block.role, Role::Intertitle, "{blocks:?}");
        assert_eq!(items.len(), 1, "{items:?}");
    }

    #[test]
    fn a_title_two_short_paragraphs_over_a_lead_is_a_headline() {
        // Headlines come first. Two short paragraphs (a photo's caption printed twice) stand
        // between the title and its report's lead formula.
        let caption = "1月27日，习近平会见朝鲜艺术团，各部门抓好落实。";
        let page = after_a_first_report(&format!(
            "会议要求各部门抓好落实，确保春耕生产。\n\n习近平会见朝鲜艺术团并观看演出\n\n{caption}\n\n{caption}\n\n新华社北京1月27日电 （记者李忠发）习近平会见朝鲜艺术团。\n\n演出在国家大剧院举行。\n"
        ));
        assert_headline_of_two_reports(&page, "习近平会见");
    }

    #[test]
    fn a_plain_title_over_the_lead_is_the_subtitle_not_an_intertitle() {
        // Headlines come first on this page; the plain title under the second headline stands
        // over its report's lead formula and shares its words.
        let page = after_a_first_report("国家铁路发送\n货物19.46亿吨\n\n中欧班列累计开行7473列\n\n本报北京7月4日电 记者获悉，国家铁路发送货物19.46亿吨，中欧班列开行增多。\n\n铁路货运保持增长。\n");
        let (blocks, items) = assembled(&page);
        assert_eq!(items.len(), 2, "{items:?}");
        assert_eq!(items[1].head, vec![2, 3], "{items:?}");
        assert_eq!((blocks[2].role, blocks[3].role), (Role::Headline, Role::Subtitle), "{blocks:?}");
    }

    #[test]
    fn a_plain_title_under_a_headline_closed_by_its_rubric_is_the_subtitle() {
        // Headlines come first; the title under the rubric shares no words with the report.
        let page = after_a_first_report("“美军遗留的炸弹仍在夺去无辜民众的生命”（深度观察）\n\n美国滥用武力造成世界动荡③\n\n核心阅读\n\n老挝农民在田间发现未爆弹，当地排雷队赶到现场处置。\n\n排雷工作仍需数十年。\n");
        let (blocks, items) = assembled(&page);
        assert_eq!(items.len(), 2, "{items:?}");
        assert_eq!((blocks[2].role, blocks[3].role), (Role::Headline, Role::Subtitle), "{blocks:?}");
        // Without the rubric (nor the quote marks, a headline complete in itself too) it opens
        // the text.
        let page = page.replace("“美军遗留的炸弹仍在夺去无辜民众的生命”（深度观察）", "美军遗留的炸弹仍在夺去无辜民众的生命");
        let (blocks, _) = assembled(&page);
        assert_eq!((blocks[2].role, blocks[3].role), (Role::Headline, Role::Intertitle), "{blocks:?}");
    }

    #[test]
    fn a_quotation_over_a_plain_title_is_the_headline_over_its_subtitle() {
        let page = after_a_first_report("“把伟大的传统友谊代代传承下去”\n\n朝鲜各界积极评价习近平总书记国事访问成果\n\n本报驻朝鲜记者 莽九晨\n\n6月20日至21日，习近平总书记对朝鲜进行国事访问，朝鲜各界积极评价。\n\n平壤市民表示欢迎。\n");
        let (blocks, items) = assembled(&page);
        assert_eq!(items.len(), 2, "{items:?}");
        assert_eq!((blocks[2].role, blocks[3].role), (Role::Headline, Role::Subtitle), "{blocks:?}");
        // A title that quotes only in part stays the kicker.
        let page = page.replace("“把伟大的传统友谊代代传承下去”", "“传统友谊”代代传承");
        let (blocks, _) = assembled(&page);
        assert_eq!((blocks[2].role, blocks[3].role), (Role::Kicker, Role::Headline), "{blocks:?}");
    }

    #[test]
    fn a_photos_text_set_wider_than_the_report_before_it_is_the_photos_item() {
        let col = "一二三四五六七八九十一二三四五六";
        let wide = "5月23日，加查县开展以“奋斗新时代 启航新征程”为主题的庆祝西藏和平解放70周年文";
        let photo = format!("{wide}\n艺汇演。激情的舞姿、高亢的歌声激发了全县干部群众把感党恩、颂扬新时代的真情化为干事\n创业，为党的百年华诞献礼。\n\n图为文艺演出现场。 王恒 摄\n");
        let page = format!("我市职业教育活动周启动\n\n本报讯（记者 范生云）5月24日，\n{col}\n{col}\n校举行。\n\n{col}\n{col}\n{col}\n关心支持职业教育的良好氛围。\n\n{photo}\n{photo}");
        let items = items_of(&page);
        assert_eq!(items.len(), 3, "{items:?}");
    }

    #[test]
    fn a_photos_text_set_narrower_than_the_report_before_it_over_an_agency_credit_is_the_photos_unit() {
        let (col, n) = ("一二三四五六七八九十一二三四五六", "一二三四五六七八九十");
        let page = format!("我市职业教育活动周启动\n\n本报讯（记者 范生云）5月24日，\n{col}\n{col}\n校举行。\n\n{col}\n{col}\n关心支持职业教育的良好氛围。\n\n12月28日，朝鲜最高领\n导人金正日遗体告别仪\n式在平壤举行。覆盖着\n朝鲜劳动党党旗的灵车\n{n}\n{n}\n{n}\n{n}\n{n}\n{n}\n从锦绣山纪念宫广场西\n侧缓缓驶出。\n\n人民图片\n");
        let lines = crate::lines::read(&page);
        let mut blocks = crate::joins::join(&lines);
        crate::roles::classify(&mut blocks, &lines);
        let flow: Vec<usize> = (0..blocks.len()).collect();
        let (units, _) = segment(&blocks, &lines, &flow);
        assert_eq!(units, vec![vec![1, 2], vec![3, 4]], "{blocks:?}");
    }

    #[test]
    fn a_photos_text_that_says_it_is_one_over_its_credit_is_the_photos_unit_where_it_shares_no_words_with_the_report() {
        // (one column throughout: the text's 图为 and its words apart from the report's tell it)
        let report = "本报讯（记者 李四）5月24日，\n市农业农村局召开春耕生\n产推进会，部署全市春耕\n备耕工作。\n\n会议要求，各级各部门要\n扎实做好春耕备耕各项工\n作，确保粮食生产稳定。";
        let units = |photo: &str| {
            let page = format!("{report}\n\n{photo}\n\n新华社记者  白雪飞摄\n");
            let lines = crate::lines::read(&page);
            let mut blocks = crate::joins::join(&lines);
            crate::roles::classify(&mut blocks, &lines);
            let flow: Vec<usize> = (0..blocks.len()).collect();
            (segment(&blocks, &lines, &flow).0, blocks)
        };
        let (u, blocks) = units("近日，受强降水影响，澳\n大利亚部分地区遭洪水侵\n袭。图为在温莎拍摄的被\n洪水淹没的道路。");
        assert_eq!(u, vec![vec![0, 1], vec![2, 3]], "{blocks:?}");
        // (the report's own photo, its words the report's, stays in it)
        let (u, blocks) = units("春耕时节，市农业农村局\n组织各部门扎实做好春耕\n备耕工作。图为农民在田\n间管理春耕生产。");
        assert_eq!(u, vec![vec![0, 1, 2, 3]], "{blocks:?}");
    }

    #[test]
    fn a_jump_note_ends_or_starts_a_report() {
        let page = "我市召开春耕生产推进会\n\n本报讯（记者 李四）5月24日，市农业农村局召开春耕生产推进会。\n\n会议强调，要扎实做好春耕备耕各项工作。（下转第三版）\n\n各级各部门要加强协调配合，形成工作合力。\n\n（上接第一版）会议要求，要加强协调配合。\n";
        let items = items_of(page);
        assert_eq!(items.len(), 3, "{items:?}");
        assert_eq!((items[0].body.clone(), items[1].body.clone(), items[2].body.clone()), (vec![1, 2], vec![3], vec![4]));
    }

    #[test]
    fn a_numbered_title_under_the_writers_name_opens_the_text() {
        let page = "以高质量发展推动边疆\n繁荣稳定\n\n王小明\n\n一、深刻认识高质量发展的重\n大意义\n\n高质量发展是全面建设社会主义\n现代化国家的首要任务。边疆地区\n要立足实际，找准定位。\n\n二、准确把握高质量发展的实\n践要求\n\n要坚持以人民为中心的发展思想，\n把增进民生福祉作为出发点和落\n脚点。\n";
        let (blocks, items) = assembled(page);
        assert_eq!(items.len(), 1, "{items:?}");
        assert_eq!((blocks[0].role, blocks[1].role, blocks[2].role), (Role::Headline, Role::Byline, Role::Intertitle), "{blocks:?}");
    }

    #[test]
    fn a_title_wrapped_in_larger_type_over_a_wider_line_is_the_headline_over_its_subtitle() {
        let page = "共同开创中朝两党\n两国关系的美好未来\n\n记习近平总书记对朝鲜进行国事访问\n\n仲夏的平壤，清风拂面。习近平总书记对朝鲜进行国事访问，共同开创中朝两党两国关系的美好未来。\n\n两国人民夹道欢迎。\n";
        let (blocks, items) = assembled(page);
        assert_eq!(items.len(), 1, "{items:?}");
        assert_eq!((blocks[0].role, blocks[1].role), (Role::Headline, Role::Subtitle), "{blocks:?}");
    }

    /// A finished report in a column of 12, a title of two lines set in that column (its first
    /// line fills it), and what stands under the title.
    fn report_and_title_over(under: &str) -> String {
        let col = "一二三四五六七八九十一二";
        format!("{col}\n{col}\n国际社会对此次会晤的积极成果\n表示欢迎，迈出实质性步伐。\n\n朝美领导人签署联合声明\n确定半岛无核和平目标\n\n{under}")
    }

    #[test]
    fn a_title_over_a_photo_caption_is_a_headline_not_an_intertitle() {
        // Set in the body's column, it follows a finished report and stands over a photo's
        // caption and credit.
        let page = report_and_title_over("7月3日，广西梧州市总工会组\n织职工技能比赛。\n\n何华文摄\n");
        let (blocks, _) = assembled(&page);
        assert_eq!(blocks[1].role, Role::Headline, "{blocks:?}");
    }

    #[test]
    fn a_title_over_a_short_text_and_an_agency_s_credit_is_a_headline_not_an_intertitle() {
        // The same, the photo's text closed by an agency's credit on a line of its own, no
        // caption's formula in it.
        let page = report_and_title_over("8月20日，部分韩国民众在首\n都举行示威游行，抗议联合军\n演。\n\n人民视觉\n");
        let (blocks, _) = assembled(&page);
        assert_eq!(blocks[1].role, Role::Headline, "{blocks:?}");
        // Over a short text and a line that credits no one it stays an intertitle.
        let page = page.replace("人民视觉", "人民群众");
        let (blocks, _) = assembled(&page);
        assert_eq!(blocks[1].role, Role::Intertitle, "{blocks:?}");
    }

    #[test]
    fn a_title_in_the_body_column_over_a_short_paragraph_and_a_lead_is_a_headline() {
        // The title's first line fills the column, as an intertitle's would; but a lead formula
        // follows the short paragraph under it, and the report before it has ended.
        let col = "一二三四五六七八九十一二三四"; // 14 units
        let page = format!("{col}\n{col}\n{col}\n中共中央政治局常委前往当地考察。\n\n温家宝贾庆林李克强贺国强周永\n等赴驻华使馆吊唁\n\n12月21日上午，中共中央政治局常\n委一同前往使馆吊唁。\n\n本报北京12月21日电（记者王莉）\n21日上午，中共中央政治局常委、\n国务院总理温家宝前往使馆吊唁。\n");
        let items = items_of(&page);
        assert_eq!(items.len(), 2, "{items:?}");
        assert_eq!(items[1].head.len(), 1, "{items:?}");
    }
}
