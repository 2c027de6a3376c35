//! Character bigrams, the measure of shared text used by the stages that compare texts (reading
//! order, headline attachment): which distinct pairs of adjacent word characters two texts share.
//!
//! ```
//! use banmian::bigrams::{bigrams, shared};
//! let head = bigrams("金大中遗孀访问朝鲜", 200);
//! let lead = bigrams("金大中遗孀李姬镐一行5日抵达平壤进行访问。", 400);
//! assert!(shared(&head, &lead) > 0.5);
//! ```
use crate::formulas::is_cjk;

/// The distinct character bigrams of a text, as sorted keys.
pub type Bigrams = Vec<u64>;

pub fn bigrams(text: &str, limit: usize) -> Bigrams {
    bigrams_of([text].into_iter(), limit)
}

/// Bigrams of the first `limit` word characters (CJK, ASCII letters and digits) of the texts,
/// read as one run.
pub fn bigrams_of<'a>(texts: impl Iterator<Item = &'a str>, limit: usize) -> Bigrams {
    let mut keys = Vec::with_capacity(limit);
    let mut prev: Option<char> = None;
    let mut n = 0;
    'texts: for t in texts {
        for c in t.chars().filter(|c| is_cjk(*c) || c.is_ascii_alphanumeric()) {
            if let Some(p) = prev {
                keys.push((p as u64) << 32 | c as u64);
            }
            prev = Some(c);
            n += 1;
            if n >= limit {
                break 'texts;
            }
        }
    }
    keys.sort_unstable();
    keys.dedup();
    keys.shrink_to_fit(); // a page of many short units keeps only what they hold
    keys
}

/// Share of `h`'s bigrams found in `u` (0 when `h` has none).
pub fn shared(h: &Bigrams, u: &Bigrams) -> f32 {
    if h.is_empty() {
        return 0.0;
    }
    let (mut i, mut j, mut n) = (0, 0, 0);
    while i < h.len() && j < u.len() {
        match h[i].cmp(&u[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                n += 1;
                i += 1;
                j += 1;
            }
        }
    }
    n as f32 / h.len() as f32
}

