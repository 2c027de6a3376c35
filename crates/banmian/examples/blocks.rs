//! Debugging aid: print the blocks of a page with their lines, roles and columns, then the items.
//! `cargo run --release -p banmian --example blocks PAGE.txt`
fn main() {
    let t = std::fs::read_to_string(std::env::args().nth(1).unwrap()).unwrap();
    let t = banmian::lines::normalise(&t).into_owned();
    let lines = banmian::order::reading_order(&t, banmian::lines::read(&t));
    if std::env::var("LINES").is_ok() {
        for l in &lines { println!("  {} w={} col={} {}", l.no, l.width, l.column, l.text); }
    }
    let mut blocks = banmian::joins::join(&lines);
    banmian::roles::classify(&mut blocks, &lines);
    let items = banmian::items::assemble(&mut blocks, &lines);
    for (i, b) in blocks.iter().enumerate() {
        let s: String = b.text.chars().take(16).collect();
        println!("{i:3} L{}-{} {:?} {} col={}", lines[b.first].no, lines[b.last].no, b.role, s, lines[b.first].column);
    }
    for it in items { println!("{:?} body={:?} head={:?}", it.kind, it.body.first(), it.head); }
}
