//! The command as users run it: inputs of every kind, bad pages, exit codes.
use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Output};

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_banmian"))
}

fn example() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../examples/000_8d45007d648354c6.txt")
}

/// A scratch directory of one test, removed when the test ends (passing or not).
struct TmpDir(PathBuf);

impl std::ops::Deref for TmpDir {
    type Target = std::path::Path;
    fn deref(&self) -> &std::path::Path {
        &self.0
    }
}

impl AsRef<std::ffi::OsStr> for TmpDir {
    fn as_ref(&self) -> &std::ffi::OsStr {
        self.0.as_os_str()
    }
}

impl Drop for TmpDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn tmp(name: &str) -> TmpDir {
    let d = std::env::temp_dir().join(format!("banmian-cli-{}-{name}", std::process::id()));
    std::fs::create_dir_all(&d).unwrap();
    TmpDir(d)
}

fn records(o: &Output) -> Vec<serde_json::Value> {
    String::from_utf8(o.stdout.clone()).unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect()
}

#[test]
fn example_page_to_jsonl() {
    let o = bin().arg(example()).output().unwrap();
    assert!(o.status.success());
    let recs = records(&o);
    assert_eq!(recs.len(), 9);
    assert_eq!(recs[0]["page"], "000_8d45007d648354c6");
    assert_eq!(recs[0]["headline"], "我市召开民族团结进步创建工作新闻发布会");
}

#[test]
fn bad_pages_are_reported_and_the_run_goes_on() {
    let d = tmp("bad");
    std::fs::write(d.join("empty.txt"), "").unwrap();
    std::fs::write(d.join("binary.txt"), b"\x00\x01\x02").unwrap();
    std::fs::write(d.join("latin1.txt"), b"caf\xe9 \xe9t\xe9").unwrap();
    std::fs::copy(example(), d.join("good.txt")).unwrap();
    let errs = d.join("errors.jsonl");
    let o = bin().arg(&d).arg("--errors").arg(&errs).output().unwrap();
    assert_eq!(o.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert!(stderr.contains("empty.txt: empty page"), "{stderr}");
    assert!(stderr.contains("binary.txt: binary data"), "{stderr}");
    assert!(stderr.contains("latin1.txt: not UTF-8"), "{stderr}");
    assert_eq!(records(&o).len(), 9);
    assert_eq!(std::fs::read_to_string(errs).unwrap().lines().count(), 3);
    // A PDF named on the command line is told apart from other binary data.
    std::fs::write(d.join("scan.pdf"), b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n").unwrap();
    let o = bin().arg(d.join("scan.pdf")).output().unwrap();
    assert_eq!(o.status.code(), Some(1), "no page could be read");
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert!(stderr.contains("scan.pdf: a PDF file: banmian reads text"), "{stderr}");
}

#[test]
fn nothing_readable_exits_1() {
    let d = tmp("none");
    std::fs::write(d.join("empty.txt"), "").unwrap();
    let o = bin().arg(d.join("empty.txt")).output().unwrap();
    assert_eq!(o.status.code(), Some(1));
}

#[test]
fn jsonl_corpus_compressed_with_meta_and_broken_rows() {
    let d = tmp("jsonl");
    let page = std::fs::read_to_string(example()).unwrap();
    let rows = [
        serde_json::json!({"id": "p1", "text": page, "source": "x"}).to_string(),
        "{broken".to_string(),
        serde_json::json!({"id": "p2", "body": "no text field"}).to_string(),
        serde_json::json!({"id": "p3", "text": "本报讯 5月1日，开会。"}).to_string(),
    ];
    let path = d.join("pages.jsonl.gz");
    let mut gz = flate2_writer(&path);
    gz.write_all(rows.join("\n").as_bytes()).unwrap();
    drop(gz);
    let o = bin().arg(&path).arg("-j").arg("2").output().unwrap();
    assert_eq!(o.status.code(), Some(2));
    let recs = records(&o);
    assert_eq!(recs[0]["page"], "p1");
    assert_eq!(recs[0]["meta"]["source"], "x");
    assert_eq!(recs.last().unwrap()["page"], "p3");
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert!(stderr.contains("pages.jsonl.gz:2: broken JSON row"), "{stderr}");
    assert!(stderr.contains("pages.jsonl.gz:3: row has no 'text' field"), "{stderr}");
}

#[test]
fn a_row_with_invalid_utf8_is_a_broken_row_and_the_run_goes_on() {
    let d = tmp("badutf8");
    let path = d.join("rows.jsonl");
    let mut bytes = br#"{"id": "a", "text": "bad \xff byte"}"#.to_vec();
    let at = bytes.iter().position(|&b| b == b'\\').unwrap();
    bytes.splice(at..at + 4, [0xFF]); // a raw invalid byte inside the string
    bytes.extend_from_slice("\n{\"id\": \"b\", \"text\": \"本报讯 5月1日，开会。\"}\n".as_bytes());
    std::fs::write(&path, bytes).unwrap();
    let o = bin().arg(&path).output().unwrap();
    assert_eq!(o.status.code(), Some(2));
    let recs = records(&o);
    assert_eq!(recs.len(), 1);
    assert_eq!(recs[0]["page"], "b");
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert!(stderr.contains("rows.jsonl:1: broken JSON row"), "{stderr}");
}

fn flate2_writer(p: &PathBuf) -> impl Write {
    // gzip via the system-independent encoder the binary also links
    GzFile(std::fs::File::create(p).unwrap(), Vec::new())
}

/// A minimal gzip writer (stored blocks) so the test needs no extra crate.
struct GzFile(std::fs::File, Vec<u8>);
impl Write for GzFile {
    fn write(&mut self, b: &[u8]) -> std::io::Result<usize> {
        self.1.extend_from_slice(b);
        Ok(b.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}
impl Drop for GzFile {
    fn drop(&mut self) {
        let data = std::mem::take(&mut self.1);
        let mut out = vec![0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 255];
        let chunks: Vec<&[u8]> = if data.is_empty() { vec![&[][..]] } else { data.chunks(65535).collect() };
        for (i, c) in chunks.iter().enumerate() {
            out.push(u8::from(i + 1 == chunks.len()));
            let n = c.len() as u16;
            out.extend_from_slice(&n.to_le_bytes());
            out.extend_from_slice(&(!n).to_le_bytes());
            out.extend_from_slice(c);
        }
        out.extend_from_slice(&crc32(&data).to_le_bytes());
        out.extend_from_slice(&(data.len() as u32).to_le_bytes());
        self.0.write_all(&out).unwrap();
    }
}
fn crc32(d: &[u8]) -> u32 {
    let mut c = !0u32;
    for &b in d {
        c ^= b as u32;
        for _ in 0..8 {
            c = if c & 1 != 0 { (c >> 1) ^ 0xEDB8_8320 } else { c >> 1 };
        }
    }
    !c
}

#[test]
fn stdin_and_markdown() {
    let page = std::fs::read(example()).unwrap();
    let mut child = bin().args(["-", "--format", "markdown"]).stdin(std::process::Stdio::piped()).stdout(std::process::Stdio::piped()).spawn().unwrap();
    child.stdin.take().unwrap().write_all(&page).unwrap();
    let o = child.wait_with_output().unwrap();
    assert!(o.status.success());
    let md = String::from_utf8(o.stdout).unwrap();
    assert!(md.contains("# 唱响红色歌曲 传承红色记忆"));
    assert!(md.contains("*图为文艺演出现场。 王恒 摄*"));
}

#[test]
fn gbk_page_is_decoded_and_named() {
    let d = tmp("gbk");
    // "本报讯 5月1日，开会。" in GBK
    let (bytes, _, _) = encoding_rs_like_gbk();
    std::fs::write(d.join("gbk.txt"), bytes).unwrap();
    let o = bin().arg(d.join("gbk.txt")).output().unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let recs = records(&o);
    assert_eq!(recs[0]["encoding"], "GB18030");
    assert_eq!(recs[0]["dateline"], "本报讯");
    // A form feed between two pages' text (pdftotext prints one) or a DOS end-of-file mark keeps
    // it GB18030.
    let (mut bytes, _, _) = encoding_rs_like_gbk();
    bytes.extend_from_slice(b"\n\x0c\n");
    bytes.extend_from_slice(&encoding_rs_like_gbk().0);
    bytes.push(0x1A);
    std::fs::write(d.join("gbk2.txt"), bytes).unwrap();
    let o = bin().arg(d.join("gbk2.txt")).output().unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert_eq!(records(&o)[0]["encoding"], "GB18030");
}

#[test]
fn utf16_pages_are_decoded_and_named() {
    let d = tmp("utf16");
    let page = std::fs::read_to_string(example()).unwrap();
    let le: Vec<u8> = page.encode_utf16().flat_map(u16::to_le_bytes).collect();
    let be: Vec<u8> = page.encode_utf16().flat_map(u16::to_be_bytes).collect();
    // With a byte-order mark (as Windows' Notepad saves "Unicode" text), and without one.
    std::fs::write(d.join("le_bom.txt"), [&[0xFF, 0xFE][..], &le].concat()).unwrap();
    std::fs::write(d.join("be_bom.txt"), [&[0xFE, 0xFF][..], &be].concat()).unwrap();
    std::fs::write(d.join("le.txt"), &le).unwrap();
    std::fs::write(d.join("be.txt"), &be).unwrap();
    let utf8 = records(&bin().arg(example()).output().unwrap());
    for (name, enc) in [("le_bom", "UTF-16LE"), ("be_bom", "UTF-16BE"), ("le", "UTF-16LE"), ("be", "UTF-16BE")] {
        let o = bin().arg(d.join(format!("{name}.txt"))).output().unwrap();
        assert!(o.status.success(), "{name}: {}", String::from_utf8_lossy(&o.stderr));
        let recs = records(&o);
        assert_eq!(recs.len(), utf8.len(), "{name}");
        assert_eq!(recs[0]["encoding"], enc, "{name}");
        assert_eq!((&recs[0]["headline"], &recs[0]["blocks"]), (&utf8[0]["headline"], &utf8[0]["blocks"]), "{name}");
    }
    // A mark over bytes that are no UTF-16 (a lone surrogate) is a page error, not text with
    // characters replaced; so is binary data of even length that decodes to control characters.
    std::fs::write(d.join("bad.txt"), [0xFF, 0xFE, 0x00, 0xD8, 0x41, 0x00]).unwrap();
    std::fs::write(d.join("bin.txt"), [0x00, 0x01, 0x02, 0x03]).unwrap();
    let o = bin().arg(d.join("bad.txt")).arg(d.join("bin.txt")).output().unwrap();
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert!(stderr.contains("bad.txt: not UTF-16LE text"), "{stderr}");
    assert!(stderr.contains("bin.txt: binary data"), "{stderr}");
}

fn encoding_rs_like_gbk() -> (Vec<u8>, (), ()) {
    // 本 B1BE 报 B1A8 讯 D1B6, space, 5 月 D4C2 1 日 C8D5 ， A3AC 开 BFAA 会 BBE1 。 A1A3
    (vec![0xB1, 0xBE, 0xB1, 0xA8, 0xD1, 0xB6, b' ', b'5', 0xD4, 0xC2, b'1', 0xC8, 0xD5, 0xA3, 0xAC, 0xBF, 0xAA, 0xBB, 0xE1, 0xA1, 0xA3], (), ())
}

#[test]
fn oversized_pages_and_rows_are_page_errors() {
    let d = tmp("big");
    // One huge single line, over the limit: an error for that page, not an out-of-memory.
    std::fs::write(d.join("long.txt"), "长".repeat(50_000)).unwrap();
    std::fs::copy(example(), d.join("good.txt")).unwrap();
    let o = bin().arg(&d).args(["--max-page-bytes", "100000"]).output().unwrap();
    assert_eq!(o.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert!(stderr.contains("long.txt: page larger than the limit of 100000 bytes"), "{stderr}");
    assert_eq!(records(&o).len(), 9);
    // The same in a JSON Lines corpus, with a NUL inside a row's text.
    let rows = [
        serde_json::json!({"id": "big", "text": "长".repeat(50_000)}).to_string(),
        serde_json::json!({"id": "nul", "text": "本报讯\u{0}开会"}).to_string(),
        serde_json::json!({"id": "ok", "text": "本报讯 5月1日，开会。"}).to_string(),
    ];
    std::fs::write(d.join("rows.jsonl"), rows.join("\n")).unwrap();
    let o = bin().arg(d.join("rows.jsonl")).args(["--max-page-bytes", "100000"]).output().unwrap();
    assert_eq!(o.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert!(stderr.contains("rows.jsonl:1: row larger than the limit"), "{stderr}");
    assert!(stderr.contains("rows.jsonl:2: binary data"), "{stderr}");
    let recs = records(&o);
    assert_eq!(recs.len(), 1);
    assert_eq!(recs[0]["page"], "ok");
}

#[test]
fn zstd_in_and_out_keep_input_order_with_threads() {
    let d = tmp("zst");
    let page = std::fs::read_to_string(example()).unwrap();
    let rows: Vec<String> = (0..40).map(|i| serde_json::json!({"id": format!("p{i:02}"), "text": page}).to_string()).collect();
    let raw = rows.join("\n");
    let zipped = zstd::encode_all(raw.as_bytes(), 3).unwrap();
    std::fs::write(d.join("pages.jsonl.zst"), zipped).unwrap();
    let out = d.join("out.jsonl.zst");
    let o = bin().arg(d.join("pages.jsonl.zst")).arg("-o").arg(&out).args(["-j", "2"]).output().unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let text = String::from_utf8(zstd::decode_all(std::fs::File::open(&out).unwrap()).unwrap()).unwrap();
    let pages: Vec<String> = text.lines().map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap()["page"].as_str().unwrap().to_string()).collect();
    assert_eq!(pages.len(), 40 * 9);
    let mut sorted = pages.clone();
    sorted.sort();
    assert_eq!(pages, sorted, "records come in input order");
}

#[test]
fn a_reader_that_stops_reading_ends_the_run_quietly() {
    // (`banmian DIR | head -1`: more output than a pipe holds, its reader gone at once)
    let d = tmp("pipe");
    let page = std::fs::read_to_string(example()).unwrap();
    for i in 0..100 {
        std::fs::write(d.join(format!("{i:03}.txt")), &page).unwrap();
    }
    let mut child = bin().arg(&d).stdout(std::process::Stdio::piped()).stderr(std::process::Stdio::piped()).spawn().unwrap();
    drop(child.stdout.take());
    let o = child.wait_with_output().unwrap();
    assert!(o.status.success(), "{o:?}");
    assert!(o.stderr.is_empty(), "{}", String::from_utf8_lossy(&o.stderr));
}
