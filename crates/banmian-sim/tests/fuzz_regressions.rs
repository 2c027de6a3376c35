//! Pages the fuzzer (fuzz/, `cargo fuzz run page`) produced, kept as regression tests: every one
//! must be read without a panic and, when readable, stay lossless.
use std::path::PathBuf;

#[test]
fn fuzz_pages_stay_lossless() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../fuzz/regressions");
    let mut n = 0;
    for e in std::fs::read_dir(&dir).expect("fuzz/regressions is in the repository") {
        let path = e.unwrap().path();
        let bytes = std::fs::read(&path).unwrap();
        n += 1;
        let Ok(recs) = banmian::rebuild_bytes("fuzz", &bytes, &banmian::Options::default()) else { continue };
        let text = std::str::from_utf8(&bytes).unwrap();
        banmian_sim::lines_covered_once(text, &recs).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        banmian_sim::chars_covered(text, &recs).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    }
    assert!(n >= 100, "only {n} regression pages");
}
