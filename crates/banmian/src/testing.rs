//! Helpers the stages' unit tests share (test builds only).
//!
//! `column_of_text("一二三四五", 2)` is `"一二\n三四\n五\n"`: text as a column prints it.

/// `text` cut into lines of `width` characters, as a column prints it.
pub fn column_of_text(text: &str, width: usize) -> String {
    let chars: Vec<char> = text.chars().collect();
    chars.chunks(width).map(|c| c.iter().collect::<String>() + "\n").collect()
}
