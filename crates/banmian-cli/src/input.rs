//! Where pages come from: text files (plain, .gz, .zst), directories (recursive), standard input,
//! and JSON Lines corpora (one page per row; .jsonl, .jsonl.gz, .jsonl.zst).
//!
//! Pages are streamed: a [`Source`] yields one [`RawPage`] at a time, so memory stays bounded by
//! the batch in flight, not the corpus.
use std::fs::File;
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};

/// A page's content: bytes from a file (to decode), or text a JSON row already decoded.
pub enum Content {
    Bytes(Vec<u8>),
    Text(String),
    /// A JSON Lines row not parsed yet (parsing happens on the worker threads), with the names of
    /// its text and id fields.
    Row(Vec<u8>, std::sync::Arc<(String, String)>),
}

impl Content {
    pub fn len(&self) -> usize {
        match self {
            Content::Bytes(b) | Content::Row(b, _) => b.len(),
            Content::Text(t) => t.len(),
        }
    }
}

/// One page as read, before decoding.
pub struct RawPage {
    /// The page id: file name without extension, or the row's id field.
    pub id: String,
    /// Where it came from, for error messages: `file` or `file:row`.
    pub origin: String,
    /// The page, or the reason it could not be read.
    pub bytes: Result<Content, String>,
    /// Other fields of a JSON Lines row, carried into each record as `meta`.
    pub meta: Option<serde_json::Map<String, serde_json::Value>>,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug, clap::ValueEnum)]
pub enum InputKind {
    Auto,
    Text,
    Jsonl,
}

pub struct Settings {
    pub kind: InputKind,
    pub text_field: String,
    pub id_field: String,
    pub max_bytes: usize,
}

/// Expand the command line's paths into a list of files (directories recursively, sorted).
pub fn expand(paths: &[PathBuf], glob: Option<&str>) -> Result<Vec<PathBuf>> {
    let mut out = Vec::new();
    for p in paths {
        if p.as_os_str() == "-" {
            out.push(p.clone());
        } else if p.is_dir() {
            walk(p, glob, &mut out).with_context(|| format!("{}: cannot read directory", p.display()))?;
        } else {
            out.push(p.clone());
        }
    }
    Ok(out)
}

fn walk(dir: &Path, glob: Option<&str>, out: &mut Vec<PathBuf>) -> std::io::Result<()> {
    let mut entries: Vec<_> = std::fs::read_dir(dir)?.filter_map(|e| e.ok()).map(|e| e.path()).collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            walk(&p, glob, out)?;
        } else {
            let name = p.file_name().and_then(|n| n.to_str()).unwrap_or("");
            let keep = match glob {
                Some(g) => glob_match(g, name),
                None => is_page_name(name),
            };
            if keep {
                out.push(p);
            }
        }
    }
    Ok(())
}

fn is_page_name(name: &str) -> bool {
    let n = strip_compression(name);
    n.ends_with(".txt") || n.ends_with(".jsonl")
}

/// `*` and `?` wildcards on a file name.
pub fn glob_match(pat: &str, name: &str) -> bool {
    fn go(p: &[char], n: &[char]) -> bool {
        match (p.first(), n.first()) {
            (None, None) => true,
            (Some('*'), _) => go(&p[1..], n) || (!n.is_empty() && go(p, &n[1..])),
            (Some('?'), Some(_)) => go(&p[1..], &n[1..]),
            (Some(a), Some(b)) if a == b => go(&p[1..], &n[1..]),
            _ => false,
        }
    }
    let p: Vec<char> = pat.chars().collect();
    let n: Vec<char> = name.chars().collect();
    go(&p, &n)
}

fn strip_compression(name: &str) -> &str {
    name.strip_suffix(".gz").or_else(|| name.strip_suffix(".zst")).unwrap_or(name)
}

/// The page id of a file: its name without directory and extensions (.txt, .gz, .zst).
pub fn page_id(path: &Path) -> String {
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("page");
    let n = strip_compression(name);
    let n = n.strip_suffix(".txt").unwrap_or(n);
    n.to_string()
}

/// Open a file (or standard input), decompressing by its name.
fn open(path: &Path) -> std::io::Result<Box<dyn Read + Send>> {
    if path.as_os_str() == "-" {
        return Ok(Box::new(std::io::stdin()));
    }
    let f = File::open(path)?;
    let name = path.to_string_lossy();
    Ok(if name.ends_with(".gz") {
        Box::new(flate2::read::MultiGzDecoder::new(BufReader::new(f)))
    } else if name.ends_with(".zst") {
        Box::new(zstd::stream::read::Decoder::new(f)?)
    } else {
        Box::new(f)
    })
}

/// A stream of pages from one input file.
pub fn pages(path: &Path, s: &Settings) -> Box<dyn Iterator<Item = RawPage> + Send> {
    let name = path.to_string_lossy().to_string();
    let jsonl = match s.kind {
        InputKind::Jsonl => true,
        InputKind::Text => false,
        InputKind::Auto => strip_compression(&name).ends_with(".jsonl"),
    };
    let reader = match open(path) {
        Ok(r) => r,
        Err(e) => {
            let id = if name == "-" { "stdin".to_string() } else { page_id(path) };
            return Box::new(std::iter::once(RawPage { id, origin: name, bytes: Err(format!("cannot open: {e}")), meta: None }));
        }
    };
    if jsonl {
        Box::new(JsonlPages {
            reader: BufReader::with_capacity(1 << 16, reader),
            origin: name,
            row: 0,
            fields: std::sync::Arc::new((s.text_field.clone(), s.id_field.clone())),
            max: s.max_bytes,
            done: false,
        })
    } else {
        let id = if name == "-" { "stdin".to_string() } else { page_id(path) };
        let mut buf = Vec::new();
        let bytes = match reader.take(s.max_bytes as u64 + 1).read_to_end(&mut buf) {
            Ok(_) if buf.len() > s.max_bytes => Err(format!("page larger than the limit of {} bytes", s.max_bytes)),
            Ok(_) => Ok(Content::Bytes(buf)),
            Err(e) => Err(format!("cannot read: {e}")),
        };
        Box::new(std::iter::once(RawPage { id, origin: name, bytes, meta: None }))
    }
}

struct JsonlPages {
    reader: BufReader<Box<dyn Read + Send>>,
    origin: String,
    row: usize,
    fields: std::sync::Arc<(String, String)>,
    max: usize,
    done: bool,
}

impl Iterator for JsonlPages {
    type Item = RawPage;
    fn next(&mut self) -> Option<RawPage> {
        loop {
            if self.done {
                return None;
            }
            self.row += 1;
            let origin = format!("{}:{}", self.origin, self.row);
            // Read one row, but never hold more than the limit of it in memory.
            let mut line = Vec::new();
            let mut too_long = false;
            loop {
                let buf = match self.reader.fill_buf() {
                    Ok(b) => b,
                    Err(e) => {
                        self.done = true;
                        return Some(RawPage { id: origin.clone(), origin, bytes: Err(format!("cannot read: {e}")), meta: None });
                    }
                };
                if buf.is_empty() {
                    self.done = true;
                    break;
                }
                let (chunk, found) = match memchr::memchr(b'\n', buf) {
                    Some(i) => (i + 1, true),
                    None => (buf.len(), false),
                };
                if !too_long {
                    line.extend_from_slice(&buf[..chunk]);
                    if line.len() > self.max {
                        too_long = true;
                        line = Vec::new();
                    }
                }
                self.reader.consume(chunk);
                if found {
                    break;
                }
            }
            if too_long {
                return Some(RawPage { id: origin.clone(), origin, bytes: Err(format!("row larger than the limit of {} bytes", self.max)), meta: None });
            }
            if line.iter().all(|b| b.is_ascii_whitespace()) {
                if self.done {
                    return None;
                }
                continue;
            }
            let id = format!("{}:{}", page_id(Path::new(&self.origin)), self.row);
            return Some(RawPage { id, origin, bytes: Ok(Content::Row(line, self.fields.clone())), meta: None });
        }
    }
}

impl RawPage {
    /// Parse a JSON Lines row into its page (id, text, other fields as meta); other pages are
    /// returned as they are.
    pub fn parse(self) -> RawPage {
        let RawPage { id: default_id, origin, bytes, meta } = self;
        let (line, fields) = match bytes {
            Ok(Content::Row(line, fields)) => (line, fields),
            bytes => return RawPage { id: default_id, origin, bytes, meta },
        };
        let (text_field, id_field) = (&fields.0, &fields.1);
        // One SIMD check that the row is UTF-8 spares the parser checking every string it reads
        // (a row that fails is parsed from bytes, for the parser's own message).
        let parsed = match simdutf8::basic::from_utf8(&line) {
            Ok(row) => serde_json::from_str(row),
            Err(_) => serde_json::from_slice(&line),
        };
        let v: serde_json::Value = match parsed {
            Ok(v) => v,
            Err(e) => return RawPage { id: origin.clone(), origin, bytes: Err(format!("broken JSON row: {e}")), meta: None },
        };
        let serde_json::Value::Object(mut map) = v else {
            return RawPage { id: origin.clone(), origin, bytes: Err("JSON row is not an object".into()), meta: None };
        };
        let id = match map.remove(id_field) {
            Some(serde_json::Value::String(s)) => s,
            Some(serde_json::Value::Number(n)) => n.to_string(),
            _ => default_id,
        };
        let bytes = match map.remove(text_field) {
            Some(serde_json::Value::String(s)) => Ok(Content::Text(s)),
            Some(_) => Err(format!("field '{text_field}' is not a string")),
            None => Err(format!("row has no '{text_field}' field")),
        };
        RawPage { id, origin, bytes, meta: (!map.is_empty()).then_some(map) }
    }
}
