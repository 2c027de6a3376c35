//! Inputs that must not crash the engine, and pages that cannot be read. (Here rather than in
//! the library crate so that it can use the simulator's coverage checks.)
use banmian::{rebuild, rebuild_bytes, Options, PageError};

fn ok(text: &str) -> Vec<banmian::Record> {
    rebuild("t", text, &Options::default()).expect("readable page")
}

/// Every non-blank line in exactly one item, every character in some field.
fn lines_once(text: &str, recs: &[banmian::Record]) {
    banmian_sim::lines_covered_once(text, recs).unwrap_or_else(|e| panic!("{text:?}: {e}"));
    banmian_sim::chars_covered(text, recs).unwrap_or_else(|e| panic!("{text:?}: {e}"));
}

#[test]
fn unreadable_pages_are_errors() {
    assert_eq!(rebuild("t", "", &Options::default()).unwrap_err(), PageError::Empty);
    assert_eq!(rebuild("t", "\n \n\u{3000}\n", &Options::default()).unwrap_err(), PageError::Empty);
    assert!(matches!(rebuild_bytes("t", b"abc\0def", &Options::default()), Err(PageError::Binary(3))));
    assert!(matches!(rebuild_bytes("t", b"caf\xe9", &Options::default()), Err(PageError::NotUtf8(3))));
    // A UTF-16 byte-order mark over an odd byte.
    assert!(matches!(rebuild_bytes("t", b"\xff\xfe\xfa", &Options::default()), Err(PageError::BadMark("UTF-16LE"))));
}

#[test]
fn odd_pages_do_not_crash_and_stay_lossless() {
    let long_line = "长".repeat(200_000);
    let cases = [
        "。",
        "，，，，\n\n。。。",
        "——\n\n——",
        "本报讯",
        "本报讯（",
        "答：",
        "图为",
        "摄",
        " 摄",
        "责编：",
        "a\r\nb\r\n\r\nc",
        "\u{FEFF}本报讯（记者 王某）5月1日，开会。",
        long_line.as_str(),
        "5月\n32日\n13月1日",
        "记者问答\n\n记者问答\n\n记者问答",
        "标题\n\n标题\n\n标题\n\n标题",
        "（）（）（）\n）（",
        "🙂🙂🙂\n\n𠀀𠀀",
    ];
    for c in cases {
        let recs = ok(c);
        assert!(!recs.is_empty(), "{c:?}");
        lines_once(c, &recs);
    }
}

#[test]
fn many_headlines_no_bodies() {
    let page = (0..50).map(|i| format!("第{i}个标题在这里\n")).collect::<Vec<_>>().join("\n");
    let recs = ok(&page);
    lines_once(&page, &recs);
}

/// Pages built to make quadratic work show: thousands of questions in one box, of bylines, of
/// relayed dispatches, of headline groups. Each must come back whole (and, being linear, fast).
#[test]
fn hostile_repetitions_stay_lossless() {
    let n = 3000;
    let qa: String = (0..n).map(|i| format!("这是第{i}个问题吗？\n答：这是回答，内容如下。\n\n")).collect();
    let bylines: String = (0..n).map(|i| format!("本报记者 王{}\n\n", char::from_u32(0x4e00 + i).unwrap())).collect::<String>() + "正文一段，结束。";
    let leads: String = (0..n).map(|i| format!("据新华社北京7月{}日电 正文一段，结束。\n\n", i % 28 + 1)).collect();
    let heads: String = (0..n).map(|i| format!("第{i}个标题在这里\n\n——副题{i}\n\n正文一段，结束了。\n\n")).collect();
    for page in [qa, bylines, leads, heads] {
        let recs = ok(&page);
        lines_once(&page, &recs);
    }
}
