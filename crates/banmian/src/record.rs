//! Stage 6, records → output: the contract's JSON Lines and a Markdown rendering for people.
//!
//! ```
//! let recs = banmian::rebuild("p", "会议召开了。\n\n我市召开会议\n", &Default::default()).unwrap();
//! let json = banmian::record::to_json(&recs[0]);
//! assert!(json.starts_with("{\"page\":\"p\""));
//! assert!(banmian::record::to_markdown(&recs).contains("# 我市召开会议"));
//! ```
use std::fmt::Write;

use crate::page::{Kind, Record};

/// One record as one line of JSON (no trailing newline).
pub fn to_json(r: &Record) -> String {
    let mut out = Vec::new();
    write_record(&mut out, r);
    String::from_utf8(out).expect("JSON of str fields is UTF-8")
}

/// Write all records of a page as JSON Lines.
pub fn write_jsonl<W: std::io::Write>(out: &mut W, recs: &[Record]) -> std::io::Result<()> {
    write_jsonl_with(out, recs, &[])
}

/// Write all records of a page as JSON Lines, each carrying the `extra` members after its own
/// (what a caller knows of the page: its corpus fields, its encoding).
pub fn write_jsonl_with<W: std::io::Write>(out: &mut W, recs: &[Record], extra: &[(&str, &serde_json::Value)]) -> std::io::Result<()> {
    let mut line = Vec::new();
    for r in recs {
        line.clear();
        write_record(&mut line, r);
        if !extra.is_empty() {
            // The extra members go in before the record's closing brace.
            line.pop();
            for (key, value) in extra {
                line.push(b',');
                write_str(&mut line, key);
                line.push(b':');
                serde_json::to_writer(&mut line, value)?;
            }
            line.push(b'}');
        }
        line.push(b'\n');
        out.write_all(&line)?;
    }
    Ok(())
}

/// A record as serde_json writes it (the derived `Serialize`, compact), written by hand: the
/// text fields are most of the output, and [`write_str`] copies them eight bytes at a time.
fn write_record(out: &mut Vec<u8>, r: &Record) {
    out.extend_from_slice(b"{\"page\":");
    write_str(out, &r.page);
    out.extend_from_slice(b",\"index\":");
    out.extend_from_slice(r.index.to_string().as_bytes());
    out.extend_from_slice(b",\"kind\":");
    write_str(out, r.kind.as_str());
    for (key, value) in [("section", &r.section), ("kicker", &r.kicker), ("headline", &r.headline), ("subtitle", &r.subtitle), ("dateline", &r.dateline)] {
        write_key(out, key);
        write_opt(out, value.as_deref());
    }
    write_key(out, "bylines");
    write_list(out, &r.bylines, |out, b| {
        out.extend_from_slice(b"{\"role\":");
        write_opt(out, b.role.as_deref());
        out.extend_from_slice(b",\"name\":");
        write_str(out, &b.name);
        if let Some(p) = &b.printed {
            out.extend_from_slice(b",\"printed\":");
            write_str(out, p);
        }
        out.push(b'}');
    });
    write_key(out, "date");
    write_opt(out, r.date.as_deref());
    write_key(out, "blocks");
    write_list(out, &r.blocks, |out, b| {
        out.extend_from_slice(b"{\"role\":");
        write_str(out, b.role);
        out.extend_from_slice(b",\"text\":");
        write_str(out, &b.text);
        out.push(b'}');
    });
    write_key(out, "captions");
    write_list(out, &r.captions, |out, c| {
        out.extend_from_slice(b"{\"text\":");
        write_str(out, &c.text);
        out.extend_from_slice(b",\"credit\":");
        write_opt(out, c.credit.as_deref());
        out.extend_from_slice(b",\"printed\":");
        write_str(out, &c.printed);
        out.push(b'}');
    });
    write_key(out, "lines");
    write_list(out, &r.lines, |out, [a, b]| {
        out.extend_from_slice(format!("[{a},{b}]").as_bytes());
    });
    write_key(out, "confidence");
    serde_json::to_writer(&mut *out, &r.confidence).expect("a number serialises");
    out.push(b'}');
}

fn write_key(out: &mut Vec<u8>, key: &str) {
    out.push(b',');
    write_str(out, key);
    out.push(b':');
}

fn write_opt(out: &mut Vec<u8>, value: Option<&str>) {
    match value {
        Some(v) => write_str(out, v),
        None => out.extend_from_slice(b"null"),
    }
}

fn write_list<T>(out: &mut Vec<u8>, items: &[T], mut each: impl FnMut(&mut Vec<u8>, &T)) {
    out.push(b'[');
    for (i, x) in items.iter().enumerate() {
        if i > 0 {
            out.push(b',');
        }
        each(out, x);
    }
    out.push(b']');
}

/// A JSON string, escaped as serde_json escapes it: `"`, `\\` and control characters; the rest,
/// CJK included, as it is. Eight bytes with nothing to escape are copied at once.
fn write_str(out: &mut Vec<u8>, s: &str) {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGHS: u64 = 0x8080_8080_8080_8080;
    // Some byte of x is zero / below 0x20 (exact as a test of existence).
    let zero = |x: u64| x.wrapping_sub(ONES) & !x & HIGHS;
    let special = |x: u64| (x.wrapping_sub(ONES * 0x20) & !x & HIGHS) | zero(x ^ (ONES * u64::from(b'"'))) | zero(x ^ (ONES * u64::from(b'\\')));
    let bytes = s.as_bytes();
    out.reserve(bytes.len() + 2);
    out.push(b'"');
    // Runs without anything to escape are copied whole; a chunk of eight bytes with something
    // to escape, and the last few bytes, are looked at byte by byte.
    let mut run = 0;
    let mut i = 0;
    while i < bytes.len() {
        if let Some(chunk) = bytes.get(i..i + 8) {
            if special(u64::from_le_bytes(chunk.try_into().expect("eight bytes"))) == 0 {
                i += 8;
                continue;
            }
        }
        let end = (i + 8).min(bytes.len());
        for j in i..end {
            let b = bytes[j];
            let escaped: &[u8] = match b {
                b'"' => b"\\\"",
                b'\\' => b"\\\\",
                b'\n' => b"\\n",
                b'\r' => b"\\r",
                b'\t' => b"\\t",
                0x08 => b"\\b",
                0x0C => b"\\f",
                0x00..=0x1F => b"",
                _ => continue,
            };
            out.extend_from_slice(&bytes[run..j]);
            run = j + 1;
            if escaped.is_empty() {
                out.extend_from_slice(format!("\\u{b:04x}").as_bytes());
            } else {
                out.extend_from_slice(escaped);
            }
        }
        i = end;
    }
    out.extend_from_slice(&bytes[run..]);
    out.push(b'"');
}

/// The items of a page as Markdown: headline as heading, kicker/subtitle/byline/dateline under
/// it, paragraphs, intertitles as sub-headings, questions in bold, captions in italics.
pub fn to_markdown(recs: &[Record]) -> String {
    let mut s = String::new();
    for r in recs {
        if r.kind == Kind::Furniture {
            for b in &r.blocks {
                let _ = writeln!(s, "<!-- furniture: {} -->\n", b.text);
            }
            continue;
        }
        if let Some(sec) = &r.section {
            let _ = writeln!(s, "`{sec}`\n");
        }
        if let Some(k) = &r.kicker {
            let _ = writeln!(s, "*{k}*\n");
        }
        match &r.headline {
            Some(h) => {
                let _ = writeln!(s, "# {h}\n");
            }
            None => {
                let _ = writeln!(s, "# （无标题 · {}）\n", r.kind.as_str());
            }
        }
        if let Some(sub) = &r.subtitle {
            let _ = writeln!(s, "**{sub}**\n");
        }
        let mut meta = Vec::new();
        for b in &r.bylines {
            meta.push(b.printed.clone().unwrap_or_else(|| format!("{} {}", b.role.as_deref().unwrap_or(""), b.name).trim().to_string()));
        }
        if let Some(d) = &r.date {
            meta.push(d.clone());
        }
        if !meta.is_empty() {
            meta.dedup();
            let _ = writeln!(s, "> {}\n", meta.join(" · "));
        }
        for b in &r.blocks {
            let _ = match b.role {
                "h" => writeln!(s, "## {}\n", b.text),
                "q" => writeln!(s, "**{}**\n", b.text),
                _ => writeln!(s, "{}\n", b.text),
            };
        }
        for c in &r.captions {
            let _ = writeln!(s, "*{}*\n", c.printed);
        }
        s.push_str("---\n\n");
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn extra_members_follow_the_record_s_own() {
        let recs = crate::rebuild("p", "会议召开了。\n\n我市召开会议\n", &Default::default()).unwrap();
        let enc = serde_json::Value::from("GB18030");
        let mut out = Vec::new();
        write_jsonl_with(&mut out, &recs, &[("encoding", &enc)]).unwrap();
        let text = String::from_utf8(out).unwrap();
        let first: serde_json::Value = serde_json::from_str(text.lines().next().unwrap()).unwrap();
        assert_eq!(first["encoding"], "GB18030");
        assert_eq!(first["page"], "p");
        let mut plain = Vec::new();
        write_jsonl(&mut plain, &recs).unwrap();
        assert_eq!(String::from_utf8(plain).unwrap().lines().next().unwrap(), to_json(&recs[0]));
    }

    #[test]
    fn hand_written_json_is_serde_json_s() {
        use crate::page::{Byline, Caption, TextBlock};
        let tricky = ["", "plain", "引号\"与\\反斜杠", "控制\u{1}\u{8}\u{c}\n\r\t\u{1f}字符", "十二个字节十二个字节\"", "é/ü\u{7f}", "12345678\"", "1234567\\"];
        for (i, t) in tricky.iter().enumerate() {
            let r = Record {
                page: t.to_string(),
                index: i,
                kind: Kind::Photo,
                section: None,
                kicker: Some(t.to_string()),
                headline: (i % 2 == 0).then(|| t.to_string()),
                subtitle: None,
                dateline: Some("本报讯".into()),
                bylines: vec![Byline { role: Some("记者".into()), name: t.to_string(), printed: None }, Byline { role: None, name: "乙".into(), printed: Some(t.to_string()) }],
                date: Some("2021-05-19".into()),
                blocks: vec![TextBlock { role: "p", text: t.repeat(3) }, TextBlock { role: "h", text: String::new() }],
                captions: vec![Caption { text: t.to_string(), credit: None, printed: t.to_string() }],
                lines: vec![[1, 2], [4, 4]],
                confidence: 0.1 * i as f32,
            };
            assert_eq!(to_json(&r), serde_json::to_string(&r).unwrap(), "{t:?}");
        }
        let page = include_str!("../../../examples/000_8d45007d648354c6.txt");
        for r in crate::rebuild("p", page, &Default::default()).unwrap() {
            assert_eq!(to_json(&r), serde_json::to_string(&r).unwrap());
        }
    }
}
