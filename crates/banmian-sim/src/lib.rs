//! banmian-sim: lay out synthetic newspaper pages whose right answer is known, and score banmian
//! against gold exactly as `shared/eval/score.py` does.
//!
//! - [`article`]: articles from corpus rows or gold files
//! - [`layout`]: typesetting pages in a chosen [`layout::Layout`]
//! - [`score`]: the scorer, ported
pub mod article;
pub mod layout;
pub mod rng;
pub mod score;

use std::path::Path;

use anyhow::{Context, Result};
use serde_json::Value;

use article::Article;
use layout::Layout;
use rng::Rng;

/// One simulated page.
pub struct SimPage {
    pub name: String,
    pub text: String,
    pub gold: Value,
}

/// Read articles from corpus JSON Lines files.
pub fn load_corpus(paths: &[&Path]) -> Result<Vec<Article>> {
    let mut out = Vec::new();
    for p in paths {
        let text = std::fs::read_to_string(p).with_context(|| format!("{}: cannot read", p.display()))?;
        for line in text.lines().filter(|l| !l.trim().is_empty()) {
            let row: Value = serde_json::from_str(line).with_context(|| format!("{}: broken JSON row", p.display()))?;
            if let Some(a) = Article::from_corpus(&row) {
                out.push(a);
            }
        }
    }
    Ok(out)
}

/// Read the articles of gold files (`*.gold.json`).
pub fn load_gold_articles(paths: &[&Path]) -> Result<Vec<Article>> {
    let mut out = Vec::new();
    for p in paths {
        let g: Value = serde_json::from_str(&std::fs::read_to_string(p).with_context(|| format!("{}: cannot read", p.display()))?)?;
        for a in g["articles"].as_array().into_iter().flatten() {
            out.push(Article::from_gold(a));
        }
    }
    Ok(out)
}

/// Lay out `n` pages of 3–6 distinct items each from `pool`.
pub fn simulate(pool: &[Article], layout: &Layout, seed: u64, n: usize) -> Vec<SimPage> {
    let mut rng = Rng::new(seed);
    (0..n)
        .map(|i| {
            let k = (rng.range(3, 6) as usize).min(pool.len());
            // Distinct articles: a paper never prints one report twice on a page.
            let mut picked: Vec<usize> = Vec::with_capacity(k);
            while picked.len() < k {
                let a = rng.below(pool.len());
                if !picked.contains(&a) {
                    picked.push(a);
                }
            }
            let arts: Vec<Article> = picked.iter().map(|&a| pool[a].clone()).collect();
            let name = format!("{}_{seed}_{i:04}", layout.name);
            // The page's own draws (layout, widths, noise) come from a stream of their own, so
            // that how many lines a page sets never changes which articles the next pages print.
            let mut page_rng = Rng::new(rng.next_u64());
            let drawn = layout.draw(&mut page_rng);
            let (text, gold) = layout::page(&name, &arts, &drawn, &mut page_rng);
            SimPage { name, text, gold }
        })
        .collect()
}

/// Run banmian on a page and score it against its gold; returns the raw counts.
pub fn eval_page(p: &SimPage) -> score::Counts {
    let recs = banmian::rebuild(&p.name, &p.text, &banmian::Options::default()).unwrap_or_default();
    let pred: Vec<Value> = recs.iter().map(|r| serde_json::to_value(r).expect("records serialise")).collect();
    score::score_page(&p.gold, &pred, Some(&p.text))
}

/// Every non-blank line of the text lies in exactly one record's `lines`.
pub fn lines_covered_once(text: &str, recs: &[banmian::Record]) -> Result<(), String> {
    // (the page's lines as the engine counts them: on a page with no newline a carriage return
    // ends a line)
    let text = &banmian::lines::normalise(text);
    let n = text.split('\n').count();
    let mut seen = vec![0u32; n + 1];
    for r in recs {
        for [a, b] in &r.lines {
            for x in *a..=*b {
                if x == 0 || x > n {
                    return Err(format!("line {x} out of range in {:?}", r.lines));
                }
                seen[x] += 1;
            }
        }
    }
    for (i, l) in text.split('\n').enumerate() {
        let blank = l.trim_matches(banmian::formulas::is_space).is_empty();
        let c = seen[i + 1];
        if !blank && c != 1 {
            return Err(format!("line {} ({l:?}) is in {c} items", i + 1));
        }
    }
    Ok(())
}

/// Every non-space character of the text appears in some text field (as a multiset).
pub fn chars_covered(text: &str, recs: &[banmian::Record]) -> Result<(), String> {
    let mut need: std::collections::HashMap<char, i64> = std::collections::HashMap::new();
    for c in text.chars().filter(|c| !banmian::formulas::is_space(*c)) {
        *need.entry(c).or_default() += 1;
    }
    for r in recs {
        let v = serde_json::to_value(r).map_err(|e| e.to_string())?;
        for t in score::item_texts(&v) {
            for c in t.chars() {
                *need.entry(c).or_default() -= 1;
            }
        }
    }
    let missing: Vec<(char, i64)> = need.into_iter().filter(|(_, n)| *n > 0).collect();
    if missing.is_empty() {
        Ok(())
    } else {
        Err(format!("characters lost: {missing:?}"))
    }
}
