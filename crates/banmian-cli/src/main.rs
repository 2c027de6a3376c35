//! The `banmian` command: a thin shell over the library — inputs, threads, progress, output.
mod input;

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::time::Instant;

use anyhow::{Context, Result};
use clap::Parser;
use rayon::prelude::*;

use input::{Content, InputKind, RawPage, Settings};

/// Rebuild the articles of newspaper pages from their text.
///
/// Prints one JSON object per item (JSON Lines, see CONTRACT.md), or Markdown.
#[derive(Parser, Debug)]
#[command(name = "banmian", version, about)]
struct Args {
    /// Pages: text files (.txt, .txt.gz, .txt.zst; UTF-8, UTF-16 or GB18030/GBK), directories
    /// (recursive), JSON Lines corpora (.jsonl, .jsonl.gz, .jsonl.zst) or - for standard input.
    #[arg(required = true)]
    inputs: Vec<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value = "jsonl")]
    format: Format,
    /// Write to this file (.jsonl, .jsonl.gz, .jsonl.zst) instead of standard output; with
    /// --format markdown, a directory that receives one .md per page.
    #[arg(short, long)]
    output: Option<PathBuf>,
    /// How to read inputs: by file name (auto), as one page per file (text), as JSON Lines.
    #[arg(long, value_enum, default_value = "auto")]
    input: InputKind,
    /// JSON Lines: the field that holds the page text.
    #[arg(long, default_value = "text")]
    text_field: String,
    /// JSON Lines: the field that holds the page id.
    #[arg(long, default_value = "id")]
    id_field: String,
    /// Only files whose name matches this pattern (* and ?) when walking directories.
    #[arg(long)]
    glob: Option<String>,
    /// Threads (default: all cores).
    #[arg(short = 'j', long)]
    threads: Option<usize>,
    /// Year for MM-DD dates when the page prints none.
    #[arg(long)]
    year: Option<u32>,
    /// Pages larger than this many bytes are a page error.
    #[arg(long, default_value_t = 16 << 20)]
    max_page_bytes: usize,
    /// Also write one JSON line per failed page into this file.
    #[arg(long)]
    errors: Option<PathBuf>,
    /// No progress bar and no summary line.
    #[arg(short, long)]
    quiet: bool,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug, clap::ValueEnum)]
enum Format {
    Jsonl,
    Markdown,
}

/// Pages processed together; bounds memory to one batch whatever the corpus size.
const BATCH: usize = 256;

fn main() {
    match run() {
        Ok(code) => std::process::exit(code),
        // A reader that stopped reading (`banmian page.txt | head`) is no error: stop quietly, as
        // ripgrep does.
        Err(e) if broken_pipe(&e) => std::process::exit(0),
        Err(e) => {
            eprintln!("banmian: {e:#}");
            std::process::exit(1);
        }
    }
}

/// The error is, at its root, a write to a pipe whose reader has gone.
fn broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|c| c.downcast_ref::<std::io::Error>().is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe))
}

struct Done {
    id: String,
    origin: String,
    /// Bytes of input the page had.
    size: usize,
    out: Result<(Vec<u8>, usize), String>,
}

fn run() -> Result<i32> {
    let args = Args::parse();
    if let Some(n) = args.threads {
        rayon::ThreadPoolBuilder::new().num_threads(n.max(1)).build_global().context("cannot start threads")?;
    }
    let files = input::expand(&args.inputs, args.glob.as_deref())?;
    let settings = Settings {
        kind: args.input,
        text_field: args.text_field.clone(),
        id_field: args.id_field.clone(),
        max_bytes: args.max_page_bytes,
    };
    let opts = banmian::Options { year: args.year };
    let total_bytes: u64 = files.iter().filter_map(|f| std::fs::metadata(f).ok()).map(|m| m.len()).sum();
    let show = !args.quiet && std::io::stderr().is_terminal();
    let bar = if show {
        let b = indicatif::ProgressBar::new(total_bytes);
        b.set_style(
            indicatif::ProgressStyle::with_template("{bar:30} {bytes}/{total_bytes} {binary_bytes_per_sec} eta {eta} {msg}")
                .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
        );
        Some(b)
    } else {
        None
    };

    let markdown_dir = (args.format == Format::Markdown).then(|| args.output.clone()).flatten();
    if let Some(d) = &markdown_dir {
        std::fs::create_dir_all(d).with_context(|| format!("{}: cannot create directory", d.display()))?;
    }
    let mut out: Box<dyn Write> = match (&args.output, args.format) {
        (Some(p), Format::Jsonl) => open_output(p)?,
        _ => Box::new(std::io::BufWriter::with_capacity(1 << 16, std::io::stdout().lock())),
    };
    let mut errors_out = match &args.errors {
        Some(p) => Some(std::io::BufWriter::new(std::fs::File::create(p).with_context(|| format!("{}: cannot create", p.display()))?)),
        None => None,
    };

    let start = Instant::now();
    let (mut pages, mut items, mut failed, mut bytes_in) = (0usize, 0usize, 0usize, 0u64);
    let mut stream = files.iter().flat_map(|f| input::pages(f, &settings));
    let format = args.format;
    loop {
        let batch: Vec<RawPage> = stream.by_ref().take(BATCH).collect();
        if batch.is_empty() {
            break;
        }
        let done: Vec<Done> = batch.into_par_iter().map(|p| process(p, &opts, format)).collect();
        for d in done {
            pages += 1;
            bytes_in += d.size as u64;
            match d.out {
                Ok((buf, n)) => {
                    items += n;
                    match &markdown_dir {
                        Some(dir) => {
                            let path = dir.join(format!("{}.md", safe_name(&d.id)));
                            std::fs::write(&path, &buf).with_context(|| format!("{}: cannot write", path.display()))?;
                        }
                        None => out.write_all(&buf).context("cannot write output")?,
                    }
                }
                Err(reason) => {
                    failed += 1;
                    eprintln!("banmian: {}: {}", d.origin, reason);
                    if let Some(e) = errors_out.as_mut() {
                        let rec = serde_json::json!({"page": d.id, "origin": d.origin, "error": reason});
                        writeln!(e, "{rec}").context("cannot write errors file")?;
                    }
                }
            }
        }
        if let Some(b) = &bar {
            b.set_position(bytes_in.min(total_bytes));
            b.set_message(format!("{pages} pages"));
        }
    }
    out.flush().context("cannot write output")?;
    drop(out);
    if let Some(mut e) = errors_out {
        e.flush()?;
    }
    if let Some(b) = bar {
        b.finish_and_clear();
    }
    if !args.quiet && std::io::stderr().is_terminal() {
        let secs = start.elapsed().as_secs_f64().max(1e-9);
        eprintln!("banmian: {pages} pages, {items} items, {failed} failed, {:.1} MB/s", bytes_in as f64 / secs / 1e6);
    }
    Ok(if pages == 0 || failed == pages {
        if pages == 0 {
            eprintln!("banmian: no pages found");
        }
        1
    } else if failed > 0 {
        2
    } else {
        0
    })
}

fn safe_name(id: &str) -> String {
    id.chars().map(|c| if c == '/' || c == '\\' || c == ':' { '_' } else { c }).collect()
}

fn open_output(p: &Path) -> Result<Box<dyn Write>> {
    let f = std::fs::File::create(p).with_context(|| format!("{}: cannot create", p.display()))?;
    let w = std::io::BufWriter::with_capacity(1 << 16, f);
    let name = p.to_string_lossy();
    Ok(if name.ends_with(".gz") {
        Box::new(flate2::write::GzEncoder::new(w, flate2::Compression::default()))
    } else if name.ends_with(".zst") {
        Box::new(zstd::stream::write::Encoder::new(w, 3)?.auto_finish())
    } else {
        Box::new(w)
    })
}

/// Decode and rebuild one page; render its records.
fn process(p: RawPage, opts: &banmian::Options, format: Format) -> Done {
    let RawPage { id, origin, bytes, meta } = p.parse();
    let size = bytes.as_ref().map_or(0, Content::len);
    let out = bytes.and_then(|c| {
        let (text, encoding) = match &c {
            Content::Text(t) => (std::borrow::Cow::Borrowed(t.as_str()), None),
            Content::Bytes(b) | Content::Row(b, _) => {
                let d = banmian::decode(b).map_err(|e| e.to_string())?;
                (d.text, d.encoding)
            }
        };
        let recs = banmian::rebuild(&id, &text, opts).map_err(|e| e.to_string())?;
        let n = recs.len();
        let buf = match format {
            Format::Markdown => banmian::record::to_markdown(&recs).into_bytes(),
            Format::Jsonl => {
                let mut buf = Vec::with_capacity(text.len() * 2);
                let meta = meta.map(serde_json::Value::Object);
                let encoding = encoding.map(serde_json::Value::from);
                let extra: Vec<(&str, &serde_json::Value)> =
                    [("meta", meta.as_ref()), ("encoding", encoding.as_ref())].into_iter().filter_map(|(k, v)| Some((k, v?))).collect();
                banmian::record::write_jsonl_with(&mut buf, &recs, &extra).map_err(|e| e.to_string())?;
                buf
            }
        };
        Ok((buf, n))
    });
    Done { id, origin, size, out }
}
