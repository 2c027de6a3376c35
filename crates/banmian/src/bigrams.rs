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

/// The distinct character bigrams of a text: an open-addressing set of keys (two characters in
/// one `u64`; 0 marks an empty slot, which no pair of characters makes), at most half full.
/// Building it is linear in the text, and asking it for a key is one probe or two.
#[derive(Debug, Clone, Default)]
pub struct Bigrams {
    slots: Vec<u64>,
    len: usize,
}

impl Bigrams {
    /// How many distinct bigrams the set holds.
    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// The slot where `key` is or would go.
    fn slot(&self, key: u64) -> usize {
        let mask = self.slots.len() - 1;
        let mut i = (key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 40) as usize & mask;
        while self.slots[i] != 0 && self.slots[i] != key {
            i = (i + 1) & mask;
        }
        i
    }

    pub fn contains(&self, key: u64) -> bool {
        !self.slots.is_empty() && self.slots[self.slot(key)] == key
    }

    fn from_keys(keys: &[u64]) -> Bigrams {
        let mut set = Bigrams { slots: vec![0; (2 * keys.len()).next_power_of_two().max(8)], len: 0 };
        for &k in keys {
            let i = set.slot(k);
            if set.slots[i] == 0 {
                set.slots[i] = k;
                set.len += 1;
            }
        }
        set
    }

    /// Add the bigrams of `other` (the set grows to stay at most half full).
    pub fn insert_all(&mut self, other: &Bigrams) {
        if 2 * (self.len + other.len) > self.slots.len() {
            let keys: Vec<u64> = self.keys().chain(other.keys()).collect();
            *self = Bigrams::from_keys(&keys);
            return;
        }
        for k in other.keys() {
            let i = self.slot(k);
            if self.slots[i] == 0 {
                self.slots[i] = k;
                self.len += 1;
            }
        }
    }

    fn keys(&self) -> impl Iterator<Item = u64> + '_ {
        self.slots.iter().copied().filter(|&k| k != 0)
    }
}

pub fn bigrams(text: &str, limit: usize) -> Bigrams {
    // (a text has no more characters than bytes: the limit holds, and no more room is kept)
    bigrams_of([text].into_iter(), limit.min(text.len()))
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
                keys.push(key(p, c));
            }
            prev = Some(c);
            n += 1;
            if n >= limit {
                break 'texts;
            }
        }
    }
    Bigrams::from_keys(&keys)
}

/// The pairs of adjacent CJK characters printed within each of the texts: none across two
/// texts, none across punctuation or space.
pub fn pairs_within<'a>(texts: impl Iterator<Item = &'a str>) -> Bigrams {
    let mut keys = Vec::new();
    for t in texts {
        let mut prev: Option<char> = None;
        for c in t.chars() {
            let word = is_cjk(c);
            if let (Some(p), true) = (prev, word) {
                keys.push(key(p, c));
            }
            prev = word.then_some(c);
        }
    }
    Bigrams::from_keys(&keys)
}

/// The key of the bigram of two characters, as the sets hold it.
pub fn key(a: char, b: char) -> u64 {
    (a as u64) << 32 | b as u64
}

/// Share of `h`'s bigrams found in `u` (0 when `h` has none).
pub fn shared(h: &Bigrams, u: &Bigrams) -> f32 {
    if h.is_empty() {
        return 0.0;
    }
    let n = h.keys().filter(|&k| u.contains(k)).count();
    n as f32 / h.len() as f32
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn distinct_pairs_counted_once() {
        let b = bigrams("天天天天向上", 100);
        assert_eq!(b.len(), 3); // 天天 天向 向上
        assert!(b.contains(('天' as u64) << 32 | '向' as u64));
        assert!(!b.contains(('上' as u64) << 32 | '天' as u64));
    }

    #[test]
    fn share_is_of_the_first_set() {
        let head = bigrams("金大中遗孀", 100);
        let lead = bigrams("金大中遗孀李姬镐一行", 100);
        assert_eq!(shared(&head, &lead), 1.0);
        assert!(shared(&lead, &head) < 0.5);
        assert_eq!(shared(&Bigrams::default(), &lead), 0.0);
        assert_eq!(shared(&head, &Bigrams::default()), 0.0);
    }

    #[test]
    fn insert_all_grows_the_set() {
        let mut a = bigrams("金大中", 100);
        a.insert_all(&bigrams("遗孀李姬镐一行五日抵达平壤进行访问", 100));
        assert_eq!(a.len(), 2 + 16);
        assert!(a.contains(key('金', '大')) && a.contains(key('平', '壤')));
    }

    #[test]
    fn pairs_within_stay_inside_a_text_and_a_clause() {
        let p = pairs_within(["各级各部", "门，坚定"].into_iter());
        assert!(p.contains(key('各', '部')) && p.contains(key('坚', '定')));
        assert!(!p.contains(key('部', '门')) && !p.contains(key('门', '坚')));
    }

    #[test]
    fn limit_counts_word_characters_only() {
        let b = bigrams("甲，乙丙丁", 3); // 甲乙丙: the comma is skipped
        assert_eq!(b.len(), 2);
    }
}
