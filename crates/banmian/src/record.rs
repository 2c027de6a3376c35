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
    serde_json::to_string(r).expect("records always serialise")
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
        if extra.is_empty() {
            serde_json::to_writer(&mut *out, r)?;
            out.write_all(b"\n")?;
            continue;
        }
        // The extra members go in before the record's closing brace.
        line.clear();
        serde_json::to_writer(&mut line, r)?;
        line.pop();
        for (key, value) in extra {
            line.push(b',');
            serde_json::to_writer(&mut line, key)?;
            line.push(b':');
            serde_json::to_writer(&mut line, value)?;
        }
        line.extend_from_slice(b"}\n");
        out.write_all(&line)?;
    }
    Ok(())
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
}
