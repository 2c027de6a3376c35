//! `banmian-sim`: simulate pages, evaluate banmian on a gold directory, run the accuracy benchmark.
use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::{bail, Context, Result};
use banmian_sim::{layout::{Layout, TRADITIONAL}, score, SimPage};
use clap::{Parser, Subcommand};
use rayon::prelude::*;

#[derive(Parser)]
#[command(name = "banmian-sim", about = "Simulated newspaper pages with known answers, and scoring")]
struct Cli {
    #[command(subcommand)]
    cmd: Cmd,
}

#[derive(Subcommand)]
enum Cmd {
    /// Lay out pages: writes NAME.txt and NAME.gold.json into --out.
    Simulate {
        /// Corpus JSON Lines files or gold JSON files to draw articles from.
        #[arg(required = true)]
        sources: Vec<PathBuf>,
        /// A variation (before, after, away, …) or several joined with + (after+noise+furniture),
        /// or a benchmark row's name (traditional, traditional+noise: the base layout, or the
        /// variation, of that row; pass the traditional-script articles as the sources).
        #[arg(long, default_value = "before")]
        layout: String,
        #[arg(long, default_value_t = 10)]
        pages: usize,
        #[arg(long, default_value_t = 1)]
        seed: u64,
        #[arg(long)]
        out: PathBuf,
    },
    /// Run banmian on every NAME.txt with a NAME.gold.json in DIR and print score.py's metrics.
    Eval {
        dir: PathBuf,
        /// Also write NAME.pred.jsonl beside each page.
        #[arg(long)]
        write_pred: bool,
    },
    /// Write a JSON Lines corpus ({"id", "text"} per row) of simulated pages, at least --mb
    /// megabytes, cycling every layout: input for throughput benchmarks.
    Corpus {
        /// Corpus JSON Lines files or gold JSON files to draw articles from.
        #[arg(required = true)]
        sources: Vec<PathBuf>,
        #[arg(long, default_value_t = 500)]
        mb: usize,
        #[arg(long, default_value_t = 1)]
        seed: u64,
        #[arg(long)]
        out: PathBuf,
    },
    /// Accuracy across layouts: simulate --pages per variation from ../shared/corpus with --seed,
    /// score, print a Markdown table.
    Bench {
        #[arg(long, default_value = "../shared")]
        shared: PathBuf,
        #[arg(long, default_value_t = 200)]
        pages: usize,
        #[arg(long)]
        seed: u64,
        /// Only these variations (comma-separated; each may join several with +).
        #[arg(long)]
        only: Option<String>,
    },
}

fn main() {
    match run() {
        Ok(()) => {}
        // A reader that stopped reading (`banmian-sim eval DIR | head`) is no error.
        Err(e) if e.chain().any(|c| c.downcast_ref::<std::io::Error>().is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)) => {}
        Err(e) => {
            eprintln!("banmian-sim: {e:#}");
            std::process::exit(1);
        }
    }
}

fn run() -> Result<()> {
    match Cli::parse().cmd {
        Cmd::Simulate { sources, layout, pages, seed, out } => {
            let l = Layout::bench_row(&layout).with_context(|| format!("unknown layout {layout}; known: {}, {TRADITIONAL}, or several joined with +", names()))?;
            let pool = load(&sources)?;
            std::fs::create_dir_all(&out)?;
            for p in banmian_sim::simulate(&pool, &l, seed, pages) {
                std::fs::write(out.join(format!("{}.txt", p.name)), &p.text)?;
                std::fs::write(out.join(format!("{}.gold.json", p.name)), serde_json::to_string_pretty(&p.gold)?)?;
            }
            Ok(())
        }
        Cmd::Eval { dir, write_pred } => {
            let mut out = std::io::stdout().lock();
            let mut total = score::Counts::new();
            let mut names: Vec<String> = std::fs::read_dir(&dir)?
                .filter_map(|e| e.ok())
                .filter_map(|e| e.file_name().to_str().and_then(|n| n.strip_suffix(".gold.json")).map(str::to_string))
                .collect();
            names.sort();
            for n in names {
                let gold: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(dir.join(format!("{n}.gold.json")))?)?;
                let text = std::fs::read_to_string(dir.join(format!("{n}.txt"))).ok();
                let recs = match &text {
                    Some(t) => banmian::rebuild(&n, t, &banmian::Options::default()).unwrap_or_default(),
                    None => Vec::new(),
                };
                if write_pred {
                    let mut buf = Vec::new();
                    banmian::record::write_jsonl(&mut buf, &recs)?;
                    std::fs::write(dir.join(format!("{n}.pred.jsonl")), buf)?;
                }
                let pred: Vec<serde_json::Value> = recs.iter().map(|r| serde_json::to_value(r).unwrap()).collect();
                let r = score::score_page(&gold, &pred, text.as_deref());
                let s = score::summary(&r);
                let show = ["items_f1", "segmentation", "paragraph_f1", "headline_f1"];
                writeln!(out, "{n} {}", s.iter().filter(|(k, _)| show.contains(&k.as_str())).map(|(k, v)| format!("{k}={}", fmt(*v))).collect::<Vec<_>>().join(" "))?;
                score::merge(&mut total, &r);
            }
            for (k, v) in score::summary(&total) {
                writeln!(out, "{k:16} {}", fmt(v))?;
            }
            Ok(())
        }
        Cmd::Bench { shared, pages, seed, only } => bench(&shared, pages, seed, only.as_deref()),
        Cmd::Corpus { sources, mb, seed, out } => {
            let pool = load(&sources)?;
            let mut pages = Vec::new();
            for (i, l) in Layout::variations().iter().enumerate() {
                pages.extend(banmian_sim::simulate(&pool, l, seed + i as u64, 40));
            }
            let mut w = std::io::BufWriter::new(std::fs::File::create(&out).with_context(|| format!("{}: cannot create", out.display()))?);
            let (mut written, mut n) = (0usize, 0usize);
            while written < mb * 1_000_000 {
                let p = &pages[n % pages.len()];
                let row = serde_json::json!({"id": format!("{}#{n}", p.name), "text": p.text}).to_string();
                written += row.len() + 1;
                writeln!(w, "{row}")?;
                n += 1;
            }
            w.flush()?;
            eprintln!("{n} pages, {:.1} MB", written as f64 / 1e6);
            Ok(())
        }
    }
}

fn names() -> String {
    Layout::variations().iter().map(|l| l.name.clone()).collect::<Vec<_>>().join(", ")
}

fn fmt(v: Option<f64>) -> String {
    match v {
        None => "None".into(),
        Some(x) if x.fract() == 0.0 && x.abs() >= 1.0 && x != 1.0 => format!("{}", x as i64),
        Some(x) => format!("{x}"),
    }
}

fn load(sources: &[PathBuf]) -> Result<Vec<banmian_sim::article::Article>> {
    let (gold, corpus): (Vec<&PathBuf>, Vec<&PathBuf>) = sources.iter().partition(|p| p.to_string_lossy().ends_with(".gold.json"));
    let mut pool = banmian_sim::load_corpus(&corpus.iter().map(|p| p.as_path()).collect::<Vec<_>>())?;
    pool.extend(banmian_sim::load_gold_articles(&gold.iter().map(|p| p.as_path()).collect::<Vec<_>>())?);
    if pool.is_empty() {
        bail!("no articles in the sources");
    }
    Ok(pool)
}

const TABLE: [&str; 12] = [
    "items_f1", "headline_f1", "paragraph_f1", "kicker_f1", "subtitle_f1", "section_f1", "dateline_f1", "date_f1", "bylines_f1", "credits_f1", "kind_f1",
    "coverage",
];

fn bench(shared: &Path, pages: usize, seed: u64, only: Option<&str>) -> Result<()> {
    let corpus = shared.join("corpus");
    let simplified = banmian_sim::load_corpus(&[&corpus.join("rmrb_20220705_full_issue.jsonl"), &corpus.join("rmrb_jaimelavie.jsonl")])?;
    let traditional = banmian_sim::load_corpus(&[&corpus.join("appledaily_tw_charity.jsonl")])?;
    let mut variations = Layout::variations();
    variations.push(Layout::base(TRADITIONAL));
    // (--only may also name mixes of variations not in the table: after+noise+furniture,
    // traditional+noise)
    if let Some(o) = only {
        let mixes: Vec<&str> = o.split(',').filter(|n| !variations.iter().any(|v| v.name == *n)).collect();
        for name in mixes {
            variations.push(Layout::bench_row(name).with_context(|| format!("unknown layout {name}; known: {}, {TRADITIONAL}, or several joined with +", names()))?);
        }
    }
    let mut out = std::io::stdout().lock();
    writeln!(out, "| variation | pages | {} |", TABLE.join(" | "))?;
    writeln!(out, "|---|---|{}", "---|".repeat(TABLE.len()))?;
    let example = shared.join("examples");
    if example.is_dir() {
        let mut total = score::Counts::new();
        let mut n = 0;
        for e in std::fs::read_dir(&example)?.filter_map(|e| e.ok()) {
            let p = e.path();
            if let Some(stem) = p.file_name().and_then(|n| n.to_str()).and_then(|n| n.strip_suffix(".gold.json")) {
                let text = std::fs::read_to_string(example.join(format!("{stem}.txt")))?;
                let gold = serde_json::from_str(&std::fs::read_to_string(&p)?)?;
                let page = SimPage { name: stem.into(), text, gold };
                score::merge(&mut total, &banmian_sim::eval_page(&page));
                n += 1;
            }
        }
        row(&mut out, "example page", n, &total)?;
    }
    for v in variations {
        if let Some(o) = only {
            if !o.split(',').any(|x| x == v.name) {
                continue;
            }
        }
        let pool = if v.traditional() { &traditional } else { &simplified };
        let sim = banmian_sim::simulate(pool, &v, seed, pages);
        let counts: Vec<score::Counts> = sim.par_iter().map(banmian_sim::eval_page).collect();
        let mut total = score::Counts::new();
        for c in &counts {
            score::merge(&mut total, c);
        }
        row(&mut out, &v.name, sim.len(), &total)?;
    }
    Ok(())
}

fn row(out: &mut impl Write, name: &str, n: usize, total: &score::Counts) -> Result<()> {
    let s = score::summary(total);
    // A field the gold never fills and banmian never guesses has no F1 to show.
    let empty = |k: &str| {
        k.strip_suffix("_f1").filter(|f| score::FIELDS.contains(f)).is_some_and(|f| ["tp", "fp", "fn"].iter().all(|x| total.get(&format!("{f}_{x}")).copied().unwrap_or(0.0) == 0.0))
    };
    let cells: Vec<String> =
        TABLE.iter().map(|k| if empty(k) { "–".into() } else { score::metric(&s, k).map_or("–".into(), |v| format!("{v:.3}")) }).collect();
    writeln!(out, "| {name} | {n} | {} |", cells.join(" | "))?;
    Ok(())
}
