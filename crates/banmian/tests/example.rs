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

/// The same page laid out with a left margin (every line after the same white space, as some
/// extractions and OCR print it) is rebuilt into the same items, blocks and fields.
#[test]
fn example_page_with_a_left_margin_reads_the_same() {
    let (name, text) = example();
    let plain = banmian::rebuild(&name, &text, &banmian::Options::default()).unwrap();
    for margin in ["    ", "\t", "\u{3000}\u{3000}"] {
        let shifted: String = text.lines().map(|l| if l.trim().is_empty() { "\n".to_string() } else { format!("{margin}{l}\n") }).collect();
        let recs = banmian::rebuild(&name, &shifted, &banmian::Options::default()).unwrap();
        assert_eq!(recs.len(), plain.len(), "margin {margin:?}");
        for (a, b) in recs.iter().zip(&plain) {
            assert_eq!((&a.headline, &a.blocks, &a.lines), (&b.headline, &b.blocks, &b.lines), "margin {margin:?}");
        }
    }
}

/// The same page letter-spaced, a space after every character (本 报 讯, as OCR often prints
/// Chinese), is rebuilt into the same items and headlines, its text with the spacing closed.
#[test]
fn example_page_letter_spaced_reads_the_same() {
    let (name, text) = example();
    let plain = banmian::rebuild(&name, &text, &banmian::Options::default()).unwrap();
    let spaced: String = text.lines().map(|l| l.chars().map(String::from).collect::<Vec<_>>().join(" ") + "\n").collect();
    let recs = banmian::rebuild(&name, &spaced, &banmian::Options::default()).unwrap();
    assert_eq!(recs.len(), plain.len());
    for (a, b) in recs.iter().zip(&plain) {
        assert_eq!((&a.headline, &a.lines, a.blocks.len()), (&b.headline, &b.lines, b.blocks.len()));
        assert_eq!(a.date, b.date);
    }
}

/// The same page with zero-width spaces inside its words (as web copies leave them), or with
/// carriage returns alone for line ends (old Mac files), is rebuilt into the same items.
#[test]
fn example_page_with_invisible_characters_or_bare_carriage_returns_reads_the_same() {
    let (name, text) = example();
    let plain = banmian::rebuild(&name, &text, &banmian::Options::default()).unwrap();
    let zero_width: String = text.chars().enumerate().flat_map(|(i, c)| if i % 7 == 3 && c != '\n' { vec![c, '\u{200B}'] } else { vec![c] }).collect();
    let bare_cr = text.replace('\n', "\r");
    for page in [zero_width, bare_cr] {
        let recs = banmian::rebuild(&name, &page, &banmian::Options::default()).unwrap();
        assert_eq!(recs.len(), plain.len());
        for (a, b) in recs.iter().zip(&plain) {
            assert_eq!((&a.headline, &a.dateline, &a.lines, &a.blocks), (&b.headline, &b.dateline, &b.lines, &b.blocks));
        }
    }
}

/// The same page double-spaced (a blank line after every line, as some PDF and OCR tools print
/// it; a paragraph's gap becomes two blank lines) is rebuilt into the same items and blocks.
#[test]
fn example_page_double_spaced_reads_the_same() {
    let (name, text) = example();
    let plain = banmian::rebuild(&name, &text, &banmian::Options::default()).unwrap();
    let doubled: String = text.lines().map(|l| if l.trim().is_empty() { "\n".to_string() } else { format!("{l}\n\n") }).collect();
    let recs = banmian::rebuild(&name, &doubled, &banmian::Options::default()).unwrap();
    assert_eq!(recs.len(), plain.len());
    for (a, b) in recs.iter().zip(&plain) {
        assert_eq!((&a.headline, &a.dateline, &a.blocks), (&b.headline, &b.dateline, &b.blocks));
    }
}

/// Page furniture dropped into a paragraph (a page header, the paper's name, an editor's line,
/// between blank lines, where a line stops mid-sentence) cuts nothing: every paragraph reads
/// as on the plain page.
#[test]
fn example_page_with_furniture_inside_paragraphs_reads_the_same() {
    let (name, text) = example();
    let plain = banmian::rebuild(&name, &text, &banmian::Options::default()).unwrap();
    let blocks = |recs: &[banmian::page::Record]| recs.iter().filter(|r| r.kind != banmian::page::Kind::Furniture).flat_map(|r| r.blocks.iter().map(|b| b.text.clone())).collect::<Vec<_>>();
    let lines: Vec<&str> = text.lines().collect();
    let furniture = ["2021年5月25日 星期二", "山南日报", "责任编辑：张三", "第2版"];
    let mut tried = 0;
    for (k, i) in (1..lines.len() - 1).filter(|&i| !lines[i].trim().is_empty() && !lines[i + 1].trim().is_empty() && !banmian::formulas::ends_sentence(lines[i])).step_by(23).enumerate() {
        let f = furniture[k % furniture.len()];
        let page = [&lines[..=i], &["", f, ""], &lines[i + 1..]].concat().join("\n");
        let recs = banmian::rebuild(&name, &page, &banmian::Options::default()).unwrap();
        assert_eq!(blocks(&recs), blocks(&plain), "{f} after line {}", i + 1);
        tried += 1;
    }
    assert!(tried >= 10, "{tried}");
}

/// On the page set solid, lines of their own letter-spaced (headlines in large type, as PDF
/// extraction spells them, 唱 响 红 色 歌 曲; the opening line with its lead formula, as OCR may
/// space one) read as on the plain page.
#[test]
fn example_page_with_letter_spaced_lines_reads_the_same() {
    let (name, text) = example();
    let plain = banmian::rebuild(&name, &text, &banmian::Options::default()).unwrap();
    let spaced: String = text
        .lines()
        .enumerate()
        .map(|(i, l)| {
            let short = l.chars().count() <= 12 && !l.trim().is_empty() && !banmian::formulas::ends_sentence(l);
            if i == 0 || short { l.trim().chars().map(String::from).collect::<Vec<_>>().join(" ") + "\n" } else { format!("{l}\n") }
        })
        .collect();
    let recs = banmian::rebuild(&name, &spaced, &banmian::Options::default()).unwrap();
    assert_eq!(recs.len(), plain.len());
    for (a, b) in recs.iter().zip(&plain) {
        // (a space the page printed inside a line stays, one wider: 记者  白玛论珠)
        let solid = |s: &Option<String>| s.as_ref().map(|s| s.split_whitespace().collect::<String>());
        assert_eq!((&a.headline, &a.kicker, &a.section, solid(&a.dateline), &a.date, &a.lines), (&b.headline, &b.kicker, &b.section, solid(&b.dateline), &b.date, &b.lines));
    }
}
