//! A faithful port of `shared/eval/score.py`: match predicted items to gold by shared character
//! bigrams, then score items, segmentation, paragraphs, body CER, fields, roles and coverage.
//! `banmian-sim eval` prints exactly the script's summary; a test checks both agree.
use std::collections::{BTreeMap, HashMap};

use serde_json::Value;

/// NFKC-free canonical text: the scorer applies NFKC; we apply the width folding that matters
/// for newspaper text (full-width ASCII forms and the ideographic space) and drop white space.
pub fn canon(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '…' => out.push_str("..."),
            '‥' => out.push_str(".."),
            '①'..='⑳' => out.push_str(&(c as u32 - '①' as u32 + 1).to_string()),
            _ => {
                if let Some(c) = nfkc_char(c) {
                    if !c.is_whitespace() {
                        out.push(c);
                    }
                }
            }
        }
    }
    out
}

/// The NFKC mappings that occur in newspaper text: full-width forms → ASCII, ideographic space
/// → space, and a few compatibility characters. Everything else maps to itself.
fn nfkc_char(c: char) -> Option<char> {
    let u = c as u32;
    Some(match u {
        0xFF01..=0xFF5E => char::from_u32(u - 0xFF01 + 0x21).unwrap(),
        0x3000 => ' ',
        0x2024 => '.',
        0x00A0 => ' ',
        0xFFE5 => '¥',
        _ => c,
    })
}

fn s(v: &Value) -> Option<&str> {
    v.as_str()
}

pub fn item_texts(it: &Value) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for k in ["section", "kicker", "headline", "subtitle"] {
        if let Some(t) = it.get(k).and_then(s) {
            if !t.is_empty() {
                out.push(t.to_string());
            }
        }
    }
    for b in arr(it, "blocks") {
        out.push(b.get("text").and_then(s).unwrap_or("").to_string());
    }
    for c in arr(it, "captions") {
        match c.get("printed").and_then(s).filter(|p| !p.is_empty()) {
            Some(p) => out.push(p.to_string()),
            None => {
                out.push(c.get("text").and_then(s).unwrap_or("").to_string());
                if let Some(cr) = c.get("credit").and_then(s).filter(|p| !p.is_empty()) {
                    out.push(cr.to_string());
                }
            }
        }
    }
    for b in arr(it, "bylines") {
        if let Some(p) = b.get("printed").and_then(s).filter(|p| !p.is_empty()) {
            out.push(p.to_string());
        } else if let Some(n) = b.get("name").and_then(s).filter(|p| !p.is_empty()) {
            if !out.iter().any(|t| t.contains(n)) {
                out.push(n.to_string());
            }
        }
    }
    out
}

fn arr<'a>(v: &'a Value, k: &str) -> &'a [Value] {
    v.get(k).and_then(Value::as_array).map(Vec::as_slice).unwrap_or(&[])
}

type Bag = HashMap<(char, char), u32>;

fn bigrams(it: &Value) -> Bag {
    let mut c = Bag::new();
    for t in item_texts(it) {
        let t: Vec<char> = canon(&t).chars().collect();
        for w in t.windows(2) {
            *c.entry((w[0], w[1])).or_default() += 1;
        }
    }
    c
}

fn total(b: &Bag) -> u32 {
    b.values().sum()
}

fn overlap(a: &Bag, b: &Bag) -> u32 {
    let (small, big) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    small.iter().map(|(k, v)| (*v).min(*big.get(k).unwrap_or(&0))).sum()
}

fn body(it: &Value) -> Vec<Vec<char>> {
    arr(it, "blocks").iter().map(|b| canon(b.get("text").and_then(s).unwrap_or("")).chars().collect()).collect()
}

/// difflib.SequenceMatcher(None, a, b, autojunk=False).get_matching_blocks(), without the
/// terminating dummy block.
pub fn matching_blocks(a: &[char], b: &[char]) -> Vec<(usize, usize, usize)> {
    let mut b2j: HashMap<char, Vec<usize>> = HashMap::new();
    for (j, c) in b.iter().enumerate() {
        b2j.entry(*c).or_default().push(j);
    }
    let longest = |alo: usize, ahi: usize, blo: usize, bhi: usize| {
        let (mut besti, mut bestj, mut bestsize) = (alo, blo, 0usize);
        let mut j2len: HashMap<usize, usize> = HashMap::new();
        for i in alo..ahi {
            let mut new: HashMap<usize, usize> = HashMap::new();
            if let Some(js) = b2j.get(&a[i]) {
                for &j in js {
                    if j < blo {
                        continue;
                    }
                    if j >= bhi {
                        break;
                    }
                    let k = j2len.get(&(j.wrapping_sub(1))).copied().unwrap_or(0) + 1;
                    new.insert(j, k);
                    if k > bestsize {
                        besti = i + 1 - k;
                        bestj = j + 1 - k;
                        bestsize = k;
                    }
                }
            }
            j2len = new;
        }
        (besti, bestj, bestsize)
    };
    let mut queue = vec![(0, a.len(), 0, b.len())];
    let mut blocks = Vec::new();
    while let Some((alo, ahi, blo, bhi)) = queue.pop() {
        let (i, j, k) = longest(alo, ahi, blo, bhi);
        if k > 0 {
            blocks.push((i, j, k));
            if alo < i && blo < j {
                queue.push((alo, i, blo, j));
            }
            if i + k < ahi && j + k < bhi {
                queue.push((i + k, ahi, j + k, bhi));
            }
        }
    }
    blocks.sort_unstable();
    let mut out: Vec<(usize, usize, usize)> = Vec::new();
    for (i, j, k) in blocks {
        if let Some(last) = out.last_mut() {
            if last.0 + last.2 == i && last.1 + last.2 == j {
                last.2 += k;
                continue;
            }
        }
        out.push((i, j, k));
    }
    out
}

fn boundaries(blocks: &[Vec<char>]) -> (Vec<usize>, Vec<char>) {
    let mut offs = Vec::new();
    let mut pos = 0;
    for t in &blocks[..blocks.len().saturating_sub(1)] {
        pos += t.len();
        offs.push(pos);
    }
    offs.sort_unstable();
    offs.dedup();
    (offs, blocks.concat())
}

fn para_counts(g: &[Vec<char>], p: &[Vec<char>]) -> (usize, usize, usize) {
    let (gset, gtext) = boundaries(g);
    let (mut pset, ptext) = boundaries(p);
    if gtext != ptext {
        let mut mapped = Vec::new();
        for (a, b, size) in matching_blocks(&ptext, &gtext) {
            for &o in &pset {
                if (a <= o && o < a + size) || (o == a + size && size > 0) {
                    mapped.push(b + (o - a));
                }
            }
        }
        mapped.sort_unstable();
        mapped.dedup();
        pset = mapped;
    }
    let tp = gset.iter().filter(|o| pset.binary_search(o).is_ok()).count();
    (tp, pset.len() - tp, gset.len() - tp)
}

fn cer(g: &[char], p: &[char]) -> f64 {
    if g.is_empty() {
        return if p.is_empty() { 0.0 } else { 1.0 };
    }
    let same: usize = matching_blocks(p, g).iter().map(|x| x.2).sum();
    (g.len().max(p.len()) - same) as f64 / g.len() as f64
}

pub const FIELDS: [&str; 9] = ["kind", "section", "kicker", "headline", "subtitle", "dateline", "date", "bylines", "credits"];

#[derive(Debug, Clone, PartialEq)]
enum FV {
    S(String),
    L(Vec<String>),
}

fn field_value(it: &Value, f: &str) -> Option<FV> {
    match f {
        "bylines" | "credits" => {
            let (key, name) = if f == "bylines" { ("bylines", "name") } else { ("captions", "credit") };
            let mut v: Vec<String> = arr(it, key).iter().filter_map(|b| b.get(name).and_then(s)).filter(|n| !n.is_empty()).map(canon).collect();
            v.sort();
            (!v.is_empty()).then_some(FV::L(v))
        }
        "date" => {
            let d = it.get("date")?;
            let t = match d {
                Value::String(t) if !t.is_empty() => t.clone(),
                Value::Number(n) => n.to_string(),
                _ => return None,
            };
            let chars: Vec<char> = t.chars().collect();
            Some(FV::S(chars[chars.len().saturating_sub(5)..].iter().collect()))
        }
        "kind" => it.get("kind").and_then(s).filter(|k| !k.is_empty()).map(|k| FV::S(k.to_string())),
        _ => {
            let c = canon(it.get(f).and_then(s).unwrap_or(""));
            (!c.is_empty()).then_some(FV::S(c))
        }
    }
}

/// Raw counts of one page (or a sum of pages), as score.py's Counter.
pub type Counts = BTreeMap<String, f64>;

fn add(r: &mut Counts, k: &str, v: f64) {
    *r.entry(k.to_string()).or_default() += v;
}

pub fn score_page(gold: &Value, pred: &[Value], page_text: Option<&str>) -> Counts {
    let g_items = arr(gold, "articles");
    let p_items: Vec<&Value> = pred.iter().filter(|p| p.get("kind").and_then(s).unwrap_or("") != "furniture").collect();
    let gb: Vec<Bag> = g_items.iter().map(bigrams).collect();
    let pb: Vec<Bag> = p_items.iter().map(|p| bigrams(p)).collect();
    let mut pairs = Vec::new();
    for (i, g) in gb.iter().enumerate() {
        for (j, p) in pb.iter().enumerate() {
            let ov = overlap(g, p);
            if ov > 0 {
                pairs.push((ov, i, j));
            }
        }
    }
    pairs.sort_unstable_by(|a, b| b.cmp(a));
    let mut used_g = vec![false; g_items.len()];
    let mut used_p = vec![false; p_items.len()];
    let mut m: HashMap<usize, (usize, f64, u32)> = HashMap::new();
    for (ov, i, j) in pairs {
        if used_g[i] || used_p[j] {
            continue;
        }
        used_g[i] = true;
        used_p[j] = true;
        let (ng, np) = (total(&gb[i]), total(&pb[j]));
        m.insert(i, (j, ov as f64 / (ng + np - ov).max(1) as f64, ov));
    }
    let mut r = Counts::new();
    add(&mut r, "gold_items", g_items.len() as f64);
    add(&mut r, "pred_items", p_items.len() as f64);
    add(&mut r, "items_correct", m.values().filter(|x| x.1 >= 0.9).count() as f64);
    add(&mut r, "gold_bigrams", gb.iter().map(total).sum::<u32>() as f64);
    add(&mut r, "matched_bigrams", m.values().map(|x| x.2).sum::<u32>() as f64);
    for f in FIELDS {
        for (i, g) in g_items.iter().enumerate() {
            let mut gv = field_value(g, f);
            let pv = m.get(&i).and_then(|x| field_value(p_items[x.0], f));
            let mut ok = gv.is_some() && pv == gv;
            let nb = |alt: &str| match alt {
                "previous" => i.checked_sub(1),
                "next" => Some(i + 1),
                _ => None,
            };
            let alts: Vec<&str> = arr(g, "section_alternatives").iter().filter_map(s).collect();
            if f == "section" && !ok && gv.is_none() && pv.is_some() {
                for alt in &alts {
                    if let Some(k) = nb(alt).filter(|&k| k < g_items.len()) {
                        if field_value(&g_items[k], f) == pv {
                            ok = true;
                        }
                    }
                }
            }
            if f == "section" && !ok && gv.is_some() && pv.is_none() {
                for alt in &alts {
                    if let Some(k) = nb(alt).filter(|&k| k < g_items.len()) {
                        if let Some(x) = m.get(&k) {
                            if field_value(p_items[x.0], f) == gv {
                                ok = true;
                                gv = None;
                            }
                        }
                    }
                }
            }
            if ok && gv.is_some() {
                add(&mut r, &format!("{f}_tp"), 1.0);
            } else {
                if gv.is_some() {
                    add(&mut r, &format!("{f}_fn"), 1.0);
                }
                if pv.is_some() && !ok {
                    add(&mut r, &format!("{f}_fp"), 1.0);
                }
            }
        }
    }
    let matched_p: Vec<usize> = m.values().map(|x| x.0).collect();
    for (j, p) in p_items.iter().enumerate() {
        if !matched_p.contains(&j) {
            for f in FIELDS {
                if f != "kind" && field_value(p, f).is_some() {
                    add(&mut r, &format!("{f}_fp"), 1.0);
                }
            }
        }
    }
    let mut cer_num = 0.0;
    let mut keys: Vec<&usize> = m.keys().collect();
    keys.sort();
    for &i in keys {
        let (j, _, _) = m[&i];
        let (gbk, pbk) = (body(&g_items[i]), body(p_items[j]));
        let (tp, fp, fn_) = para_counts(&gbk, &pbk);
        add(&mut r, "para_tp", tp as f64);
        add(&mut r, "para_fp", fp as f64);
        add(&mut r, "para_fn", fn_ as f64);
        let (ga, pa) = (gbk.concat(), pbk.concat());
        cer_num += cer(&ga, &pa) * ga.len() as f64;
        add(&mut r, "body_chars", ga.len() as f64);
        let proles: HashMap<String, String> =
            arr(p_items[j], "blocks").iter().map(|b| (canon(b.get("text").and_then(s).unwrap_or("")), b.get("role").and_then(s).unwrap_or("").to_string())).collect();
        let gblocks = arr(&g_items[i], "blocks");
        let any_non_p = gblocks.iter().any(|x| x.get("role").and_then(s) != Some("p"));
        for b in gblocks {
            let role = b.get("role").and_then(s).unwrap_or("");
            if role != "p" || any_non_p {
                add(&mut r, "roles_total", 1.0);
                if proles.get(&canon(b.get("text").and_then(s).unwrap_or(""))).map(String::as_str) == Some(role) {
                    add(&mut r, "roles_ok", 1.0);
                }
            }
        }
    }
    for i in 0..g_items.len() {
        if !m.contains_key(&i) {
            let n = body(&g_items[i]).concat().len() as f64;
            add(&mut r, "body_chars", n);
            cer_num += n;
        }
    }
    add(&mut r, "cer_num", cer_num);
    if let Some(text) = page_text {
        let mut src: HashMap<char, u32> = HashMap::new();
        for c in canon(text).chars() {
            *src.entry(c).or_default() += 1;
        }
        let mut out: HashMap<char, u32> = HashMap::new();
        for p in pred {
            for t in item_texts(p) {
                for c in canon(&t).chars() {
                    *out.entry(c).or_default() += 1;
                }
            }
        }
        add(&mut r, "src_chars", src.values().sum::<u32>() as f64);
        add(&mut r, "covered_chars", src.iter().map(|(c, n)| (*n).min(*out.get(c).unwrap_or(&0))).sum::<u32>() as f64);
    }
    r
}

fn get(r: &Counts, k: &str) -> f64 {
    r.get(k).copied().unwrap_or(0.0)
}

fn f1(tp: f64, fp: f64, fn_: f64) -> f64 {
    2.0 * tp / (2.0 * tp + fp + fn_).max(1.0)
}

fn round4(x: f64) -> f64 {
    (x * 10000.0).round() / 10000.0
}

/// The summary score.py prints, in its order. `None` where the script prints None.
pub fn summary(r: &Counts) -> Vec<(String, Option<f64>)> {
    let mut s: Vec<(String, Option<f64>)> = Vec::new();
    s.push(("items_f1".into(), Some(round4(2.0 * get(r, "items_correct") / (get(r, "gold_items") + get(r, "pred_items")).max(1.0)))));
    s.push(("segmentation".into(), Some(round4(get(r, "matched_bigrams") / get(r, "gold_bigrams").max(1.0)))));
    s.push(("paragraph_f1".into(), Some(round4(f1(get(r, "para_tp"), get(r, "para_fp"), get(r, "para_fn"))))));
    s.push(("body_cer".into(), Some(round4(get(r, "cer_num") / get(r, "body_chars").max(1.0)))));
    for f in FIELDS {
        s.push((format!("{f}_f1"), Some(round4(f1(get(r, &format!("{f}_tp")), get(r, &format!("{f}_fp")), get(r, &format!("{f}_fn")))))));
    }
    let rt = get(r, "roles_total");
    s.push(("roles_acc".into(), (rt > 0.0).then(|| round4(get(r, "roles_ok") / rt))));
    if get(r, "src_chars") > 0.0 {
        s.push(("coverage".into(), Some(round4(get(r, "covered_chars") / get(r, "src_chars")))));
    }
    s.push(("gold_items".into(), Some(get(r, "gold_items"))));
    s.push(("pred_items".into(), Some(get(r, "pred_items"))));
    s
}

pub fn merge(total: &mut Counts, r: &Counts) {
    for (k, v) in r {
        *total.entry(k.clone()).or_default() += v;
    }
}

pub fn metric(summary: &[(String, Option<f64>)], k: &str) -> Option<f64> {
    summary.iter().find(|(n, _)| n == k).and_then(|x| x.1)
}
