//! Fuzz the page parser: any bytes in, never a panic; a readable page keeps every line exactly
//! once and every character in some record.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(recs) = banmian::rebuild_bytes("fuzz", data, &banmian::Options::default()) else { return };
    // (the page's lines as the engine counts them, in the text it decoded: on a page with no
    // newline a carriage return ends a line)
    let decoded = banmian::decode(data).unwrap();
    let text = &banmian::lines::normalise(&decoded.text);
    let n = text.split('\n').count();
    let mut seen = vec![0u32; n + 1];
    for r in &recs {
        for [a, b] in &r.lines {
            assert!(*a >= 1 && a <= b && *b <= n, "bad range {a}-{b} of {n}");
            for x in *a..=*b {
                seen[x] += 1;
            }
        }
    }
    for (i, l) in text.split('\n').enumerate() {
        if !l.trim_matches(banmian::formulas::is_space).is_empty() {
            assert_eq!(seen[i + 1], 1, "line {} in {} items", i + 1, seen[i + 1]);
        }
    }
});
