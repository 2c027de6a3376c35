//! Articles to lay out, with their known answer: read from corpus JSON Lines rows
//! (`shared/corpus/*.jsonl`) or from the articles of a gold file.
use banmian::formulas::{byline, note_people, caption_credit, caption_start, dateline, ends_sentence, find_date, furniture, is_space, personal_name, Person};
use serde_json::{json, Value};

/// One article as the simulator prints it and as the gold records it.
#[derive(Debug, Clone, Default)]
pub struct Article {
    pub kind: String,
    pub section: Option<String>,
    pub kicker: Option<String>,
    pub headline: Option<String>,
    pub subtitle: Option<String>,
    /// A byline printed on its own line, and the people it names.
    pub byline: Option<(String, Vec<(Option<String>, String)>)>,
    pub dateline: Option<String>,
    pub dateline_people: Vec<(Option<String>, String)>,
    pub date: Option<String>,
    /// Body blocks: (role p/h/q/a, text).
    pub blocks: Vec<(String, String)>,
    /// Captions: (text, credit, printed).
    pub captions: Vec<(String, Option<String>, String)>,
    /// Traditional script (for the report).
    pub traditional: bool,
    /// Credits printed at the end of the body, and the people they name.
    pub closing: Option<(String, Vec<(Option<String>, String)>)>,
}

fn people(ps: Vec<Person>) -> Vec<(Option<String>, String)> {
    ps.into_iter().map(|p| (p.role.map(str::to_string), p.name)).collect()
}

fn opt_str(v: &Value, k: &str) -> Option<String> {
    v.get(k).and_then(Value::as_str).map(|s| s.trim().to_string()).filter(|s| !s.is_empty())
}

/// The date a lead reports: within the first few characters after the dateline.
pub fn lead_date(text: &str, dl: Option<&banmian::formulas::Dateline>) -> Option<String> {
    if let Some((m, d)) = dl.and_then(|d| d.date) {
        return Some(format!("{m:02}-{d:02}"));
    }
    let rest = &text[dl.map_or(0, |d| d.len)..];
    let d = find_date(rest)?;
    let before = rest[..d.at].chars().filter(|c| !is_space(*c)).count();
    (before <= 12 && !rest[..d.at].contains(['，', '。'])).then(|| format!("{:02}-{:02}", d.month, d.day))
}

impl Article {
    /// Build an article from a corpus row (any of the corpus files' shapes).
    pub fn from_corpus(row: &Value) -> Option<Article> {
        let title = opt_str(row, "title")?;
        if title.contains("责编") || title.contains("責編") {
            return None;
        }
        let body = row.get("body").and_then(Value::as_str)?;
        let mut a = Article { kind: "article".into(), headline: Some(collapse(&title)), ..Default::default() };
        a.kicker = opt_str(row, "kicker").map(|k| collapse(&k));
        a.subtitle = opt_str(row, "subtitle").map(|s| collapse(&s));
        a.traditional = row.get("source").is_none() && row.get("byline").is_some() && row.get("captions").is_some();
        if let Some(b) = opt_str(row, "byline") {
            if let Some(ps) = byline(&b) {
                a.byline = Some((b, people(ps)));
            }
        }
        let subheads: Vec<String> = row.get("subheads").and_then(Value::as_array).map(|v| v.iter().filter_map(|x| x.as_str().map(str::to_string)).collect()).unwrap_or_default();
        // Editor lines (版式设计：…, 制图：…) are page furniture, not article text.
        let mut paras: Vec<String> =
            body.split('\n').map(|p| p.trim_matches(is_space).to_string()).filter(|p| !p.is_empty() && !furniture(p)).collect();
        if paras.is_empty() {
            return None;
        }
        // A byline as the first paragraph: 本报记者 X Y, or the writer's name alone over the text
        // (任寰宇)
        if a.byline.is_none() {
            let name = |p: &str| (paras.len() > 1 && personal_name(p)).then(|| vec![Person { role: None, name: p.chars().filter(|&c| !is_space(c)).collect() }]);
            if let Some(ps) = byline(&paras[0]).or_else(|| name(&paras[0])) {
                let b = paras.remove(0);
                a.byline = Some((b, people(ps)));
            }
        }
        let mut q_seen = false;
        let mut i = 0;
        while i < paras.len() {
            let p = paras[i].clone();
            i += 1;
            let credit = caption_credit(&p);
            if caption_start(&p) || credit.is_some() && p.chars().count() <= 120 {
                // A caption, perhaps with its credit on the next paragraph.
                let mut printed = p.clone();
                let mut cr = credit.clone();
                if cr.is_none() {
                    if let Some(next) = paras.get(i) {
                        if let Some((0, name)) = caption_credit(next) {
                            printed = format!("{p} {next}");
                            cr = Some((p.len() + 1, name));
                            i += 1;
                        }
                    }
                }
                let (text, credit) = match cr {
                    Some((at, name)) => (printed[..at.min(printed.len())].trim_matches(is_space).to_string(), Some(name)),
                    None => (printed.clone(), None),
                };
                a.captions.push((text, credit, printed));
                continue;
            }
            if a.blocks.is_empty() && byline(&p).is_some() && !p.starts_with('（') {
                // A byline line under the headline
                let ps = byline(&p).unwrap_or_default();
                a.byline = Some((p.clone(), people(ps)));
                continue;
            }
            if p.starts_with('（') {
                // （本报记者 X） closing the body: stays a paragraph, credits its people
                if let Some(ps) = note_people(&p) {
                    a.dateline_people.extend(people(ps));
                }
            } else if i == paras.len() && !a.blocks.is_empty() && byline(&p).is_some() {
                // Credits closing the body (曹一图 徐之文): a printed byline at the end
                a.closing = Some((p.clone(), people(byline(&p).unwrap_or_default())));
                continue;
            }
            if a.blocks.is_empty() {
                if let Some(d) = dateline(&p) {
                    a.dateline = Some(d.text.clone());
                    a.dateline_people = people(d.people.clone());
                    a.date = lead_date(&p, Some(&d));
                } else {
                    a.date = lead_date(&p, None);
                }
            }
            let role = if subheads.contains(&p) || (p.chars().count() <= 20 && !ends_sentence(&p) && !p.ends_with(['，', '：', '、']) && !a.blocks.is_empty()) {
                "h"
            } else if (p.starts_with("记者：") || p.starts_with("问：")) && (p.ends_with('？') || p.ends_with('?')) {
                q_seen = true;
                "q"
            } else if q_seen && a.blocks.last().is_some_and(|(r, _)| r == "q" || r == "a") {
                "a"
            } else {
                "p"
            };
            a.blocks.push((role.to_string(), p));
        }
        if a.blocks.is_empty() {
            return None;
        }
        let qs = a.blocks.iter().filter(|b| b.0 == "q").count();
        if qs >= 2 {
            a.kind = "interview".into();
        } else if qs == 1 {
            // A lone question is no interview box: read its blocks as paragraphs.
            for b in a.blocks.iter_mut() {
                if b.0 == "q" || b.0 == "a" {
                    b.0 = "p".into();
                }
            }
        }
        if !a.captions.is_empty() && a.dateline.is_none() && a.blocks.len() <= 2 && a.blocks.iter().map(|b| b.1.chars().count()).sum::<usize>() <= 300 {
            a.kind = "photo".into();
        }
        Some(a)
    }

    /// Build an article from one gold item (e.g. the example page's own items).
    pub fn from_gold(g: &Value) -> Article {
        let st = |k: &str| g.get(k).and_then(Value::as_str).map(str::to_string);
        let mut a = Article {
            kind: st("kind").unwrap_or_else(|| "article".into()),
            section: st("section"),
            kicker: st("kicker"),
            headline: st("headline"),
            subtitle: st("subtitle"),
            dateline: st("dateline"),
            date: st("date"),
            ..Default::default()
        };
        for b in g.get("bylines").and_then(Value::as_array).into_iter().flatten() {
            let role = b.get("role").and_then(Value::as_str).map(str::to_string);
            let name = b.get("name").and_then(Value::as_str).unwrap_or("").to_string();
            if let Some(p) = b.get("printed").and_then(Value::as_str) {
                a.byline = Some((p.to_string(), vec![(role, name)]));
            } else if role.as_deref() != Some("摄影") {
                a.dateline_people.push((role, name));
            }
        }
        for b in g.get("blocks").and_then(Value::as_array).into_iter().flatten() {
            a.blocks.push((b["role"].as_str().unwrap_or("p").to_string(), b["text"].as_str().unwrap_or("").to_string()));
        }
        for c in g.get("captions").and_then(Value::as_array).into_iter().flatten() {
            let printed = c.get("printed").and_then(Value::as_str).unwrap_or("").to_string();
            a.captions.push((c["text"].as_str().unwrap_or("").to_string(), c.get("credit").and_then(Value::as_str).map(str::to_string), printed));
        }
        a
    }

    /// The gold record of this article (the shape of `shared/examples/*.gold.json` articles).
    pub fn gold(&self, id: usize) -> Value {
        let mut bylines: Vec<Value> = Vec::new();
        let mut push = |role: &Option<String>, name: &str, printed: Option<&str>| {
            // One entry per person, as banmian gives it; a printed line is never dropped.
            if let Some(b) = bylines.iter_mut().find(|b| b["name"] == name && (printed.is_none() || b.get("printed").is_none())) {
                if let Some(p) = printed {
                    b["printed"] = p.into();
                }
                return;
            }
            let mut v = json!({"role": role, "name": name});
            if let Some(p) = printed {
                v["printed"] = p.into();
            }
            bylines.push(v);
        };
        for (r, n) in &self.dateline_people {
            push(r, n, None);
        }
        for (printed, ps) in self.byline.iter().chain(&self.closing) {
            for (r, n) in ps {
                push(r, n, Some(printed));
            }
        }
        for (_, credit, _) in &self.captions {
            if let Some(c) = credit {
                push(&Some("摄影".into()), c, None);
            }
        }
        json!({
            "id": id,
            "kind": self.kind,
            "section": self.section,
            "kicker": self.kicker,
            "headline": self.headline,
            "subtitle": self.subtitle,
            "dateline": self.dateline,
            "bylines": bylines,
            "date": self.date,
            "blocks": self.blocks.iter().map(|(r, t)| json!({"role": r, "text": t})).collect::<Vec<_>>(),
            "captions": self.captions.iter().map(|(t, c, p)| json!({"text": t, "credit": c, "printed": p})).collect::<Vec<_>>(),
        })
    }
}

/// Collapse runs of white space to one space.
pub fn collapse(s: &str) -> String {
    s.split(is_space).filter(|x| !x.is_empty()).collect::<Vec<_>>().join(" ")
}
