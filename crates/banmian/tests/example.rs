//! The bundled example page: its output is pinned by a snapshot, and it must be lossless.
use std::path::PathBuf;

fn example() -> (String, String) {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../examples");
    let name = "000_8d45007d648354c6";
    (name.to_string(), std::fs::read_to_string(dir.join(format!("{name}.txt"))).expect("example page is bundled"))
}

#[test]
fn example_page_snapshot() {
    let (name, text) = example();
    let recs = banmian::rebuild(&name, &text, &banmian::Options::default()).unwrap();
    let mut out = Vec::new();
    banmian::record::write_jsonl(&mut out, &recs).unwrap();
    insta::assert_snapshot!("example_jsonl", String::from_utf8(out).unwrap());
    insta::assert_snapshot!("example_markdown", banmian::record::to_markdown(&recs));
}

#[test]
fn example_page_structure() {
    let (name, text) = example();
    let recs = banmian::rebuild(&name, &text, &banmian::Options::default()).unwrap();
    let kinds: Vec<&str> = recs.iter().map(|r| r.kind.as_str()).collect();
    assert_eq!(kinds, ["article", "interview", "article", "article", "article", "article", "article", "photo", "photo"]);
    // Headlines printed after their bodies are attached backwards; one item has none on the page.
    assert_eq!(recs.iter().filter(|r| r.headline.is_none()).count(), 3);
    for (i, r) in recs.iter().enumerate() {
        assert_eq!(r.index, i);
        assert!(r.confidence > 0.0 && r.confidence <= 1.0);
    }
}
