//! Time each per-line formula alone over every non-blank line of a JSON Lines file (field
//! `text`), with how many lines it accepts: where the join's per-line checks spend their time.
//! `cargo run --release -p banmian --example ftime FILE.jsonl`
use banmian::formulas as f;
use std::time::Instant;
fn main() {
    let path = std::env::args().nth(1).unwrap();
    let data = std::fs::read_to_string(path).unwrap();
    let pages: Vec<String> = data.lines().filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok()).filter_map(|v| v["text"].as_str().map(str::to_string)).collect();
    let lines: Vec<&str> = pages.iter().flat_map(|p| p.lines()).map(|l| l.trim()).filter(|l| !l.is_empty()).collect();
    println!("{} lines", lines.len());
    macro_rules! t {
        ($name:expr, $e:expr) => {{
            let s = Instant::now();
            let mut n = 0usize;
            for &l in &lines { if std::hint::black_box($e(l)) { n += 1; } }
            println!("{:20} {:7.1} ms  {n}", $name, s.elapsed().as_secs_f64() * 1e3);
        }};
    }
    t!("byline", |l| f::byline(l).is_some());
    t!("furniture", |l| f::furniture(l));
    t!("dateline", |l| f::dateline(l).is_some());
    t!("ends_sentence", |l| f::ends_sentence(l));
    t!("answer_start", |l| f::answer_start(l));
    t!("question_start", |l| f::question_start(l));
    t!("bracketed_note", |l| f::bracketed_note(l));
    t!("inline_label", |l| f::inline_label(l));
    t!("section_label", |l| f::section_label(l));
    t!("caption_credit", |l| f::caption_credit(l).is_some());
    t!("agency_credit", |l| f::agency_credit(l));
    t!("has_clause_mark", |l| f::has_clause_mark(l));
    t!("has_sentence_mark", |l| f::has_sentence_mark(l));
    t!("role_only", |l| f::role_only(l));
    t!("width", |l: &str| f::width(l) > 10.0);
    t!("chars_count", |l: &str| l.chars().count() == 1);
}
