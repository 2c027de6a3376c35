//! Time the engine alone on the pages of a JSON Lines file (field `text`), stage by stage.
//! `cargo run --release -p banmian --example timing FILE.jsonl`
use std::time::Instant;

fn main() {
    let path = std::env::args().nth(1).expect("FILE.jsonl");
    let data = std::fs::read_to_string(path).unwrap();
    let pages: Vec<String> = data
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter_map(|v| v["text"].as_str().map(str::to_string))
        .collect();
    let bytes: usize = pages.iter().map(String::len).sum();
    let mut t = [0f64; 7];
    let mut n_items = 0;
    for p in &pages {
        let s = Instant::now();
        let lines = banmian::lines::read(p);
        t[0] += s.elapsed().as_secs_f64();
        let s = Instant::now();
        let lines = banmian::order::reading_order(p, lines);
        t[6] += s.elapsed().as_secs_f64();
        let s = Instant::now();
        let mut blocks = banmian::joins::join(&lines);
        t[1] += s.elapsed().as_secs_f64();
        let s = Instant::now();
        banmian::roles::classify(&mut blocks, &lines);
        t[2] += s.elapsed().as_secs_f64();
        let s = Instant::now();
        let items = banmian::items::assemble(&mut blocks, &lines);
        t[3] += s.elapsed().as_secs_f64();
        let s = Instant::now();
        let recs: Vec<_> = items.iter().enumerate().map(|(i, it)| banmian::fields::record("p", i, it, &blocks, &lines, None)).collect();
        t[4] += s.elapsed().as_secs_f64();
        let s = Instant::now();
        let mut out = Vec::new();
        banmian::record::write_jsonl(&mut out, &recs).unwrap();
        t[5] += s.elapsed().as_secs_f64();
        n_items += recs.len();
    }
    let total: f64 = t.iter().sum();
    println!("{} pages, {:.1} MB, {n_items} items, {:.1} MB/s", pages.len(), bytes as f64 / 1e6, bytes as f64 / 1e6 / total);
    for (name, x) in ["lines", "joins", "roles", "items", "fields", "json", "order"].iter().zip(t) {
        println!("{name:8} {:6.3} s  {:5.1} %", x, 100.0 * x / total);
    }
}
