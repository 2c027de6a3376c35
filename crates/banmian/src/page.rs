//! The plain types that flow between the stages: a [`Line`] of the page, a [`Block`] of joined
//! lines with its [`Role`], an [`Item`] (one article, box, photo or piece of furniture) and the
//! finished [`Record`] the contract prints.
//!
//! ```
//! use banmian::page::{Kind, Role};
//! assert_eq!(Kind::Interview.as_str(), "interview");
//! assert!(Role::Title.is_head());
//! ```
use serde::Serialize;

/// How far (full-width units) a line may fall short of or run past a column of width `column`
/// and still fill it: justified lines vary with punctuation and half-width digits, by about a
/// character in a narrow column and a tenth of a wide one.
pub fn column_tolerance(column: f32) -> f32 {
    (column * 0.10).max(1.0)
}

/// A line `width` units wide fills a column `column` wide: within its tolerance short of it, and
/// no wider than the column allows ([`within_column`]).
pub fn fills_column(width: f32, column: f32) -> bool {
    width >= column - column_tolerance(column) && within_column(width, column)
}

/// A line `width` units wide runs past a column `column` wide by no more than its tolerance and
/// a character (a hanging stop): as a line of that column may.
pub fn within_column(width: f32, column: f32) -> bool {
    width <= column + column_tolerance(column) + 1.0
}

/// Two column widths are told apart: they differ by more than the narrower one's tolerance.
pub fn columns_apart(a: f32, b: f32) -> bool {
    (a - b).abs() > column_tolerance(a.min(b))
}

/// How far (in units) a body line may run past its column: a hanging stop and a half-width
/// character.
pub const OVERHANG: f32 = 2.0;

/// A paragraph's indent, two ideographic spaces: the room a first line that lost it leaves.
pub const INDENT_UNITS: f32 = 2.0;

/// One non-blank line of the input, borrowing its text from the page.
#[derive(Debug, Clone)]
pub struct Line<'a> {
    /// 1-based line number in the input.
    pub no: usize,
    /// The text without leading and trailing white space.
    pub text: &'a str,
    /// The line began with white space (a paragraph indent, e.g. two ideographic spaces).
    pub indent: bool,
    /// That white space was a single ASCII space, which extraction noise also leaves.
    pub stray_space: bool,
    /// One or more blank lines stand between this line and the previous non-blank one.
    pub gap_before: bool,
    /// Display width of `text` in full-width units.
    pub width: f32,
    /// Width of the column this line sits in, inferred from its neighbours.
    pub column: f32,
}

impl Line<'_> {
    /// Tolerance within which a line counts as filling its column.
    pub fn tolerance(&self) -> f32 {
        column_tolerance(self.column)
    }
    /// The line fills its column: the text runs on into the next line.
    pub fn is_full(&self) -> bool {
        self.column >= 6.0 && fills_column(self.width, self.column)
    }
    /// The line is clearly wider than the column around it (a headline across columns); a line
    /// with no column known is not.
    pub fn is_wide(&self) -> bool {
        self.column > 0.0 && self.wider_than(self.column)
    }
    /// The line is clearly wider than a column of width `column`: past it by more than its
    /// tolerance and a character.
    pub fn wider_than(&self, column: f32) -> bool {
        !within_column(self.width, column)
    }
    /// The line runs past its column by more than a body line can ([`OVERHANG`]).
    pub fn overhangs(&self) -> bool {
        self.column > 0.0 && self.width > self.column + OVERHANG
    }
    /// The line comes two units short of its column, give or take a half-width character: as a
    /// paragraph's first line does where extraction dropped its indent of two ideographic spaces.
    pub fn short_by_indent(&self) -> bool {
        self.column > 0.0 && (INDENT_UNITS - 0.5..=INDENT_UNITS + 0.5).contains(&(self.column - self.width))
    }
}

/// What a block is on the page.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum Role {
    /// A paragraph of body text.
    Body,
    /// A paragraph that opens with a lead formula (本报讯…, …电).
    Lead,
    /// 小标题 inside a body.
    Intertitle,
    /// A question of a Q&A box.
    Question,
    /// An answer of a Q&A box (答：…).
    Answer,
    /// A photo caption (图为…, … X 摄).
    Caption,
    /// A short line group that may be a headline, kicker or intertitle (decided with context).
    Title,
    /// The line printed above a headline.
    Kicker,
    /// A headline.
    Headline,
    /// 副题: —— …
    Subtitle,
    /// A byline on its own line: 本报记者 X.
    Byline,
    /// A column or section label: 部门动态.
    Section,
    /// Page furniture: 责编 lines, headers, page numbers.
    Furniture,
}

impl Role {
    /// Roles that make up a headline group rather than a body.
    pub fn is_head(self) -> bool {
        matches!(self, Role::Title | Role::Kicker | Role::Headline | Role::Subtitle | Role::Byline | Role::Section)
    }
}

/// Consecutive lines read as one unit of text (a paragraph, a headline, a caption).
#[derive(Debug, Clone)]
pub struct Block {
    /// Index of the first and last line in the page's `Vec<Line>` (inclusive).
    pub first: usize,
    pub last: usize,
    /// The lines joined: no space between CJK characters, one space where Latin words meet.
    pub text: String,
    pub role: Role,
    /// The block opens on a paragraph's first line whose indent extraction dropped
    /// ([`Line::short_by_indent`], on a page whose paragraphs open so: `joins::lost_indents`):
    /// that line counts as filling its column.
    pub lost_indent: bool,
}

impl Block {
    pub fn n_lines(&self) -> usize {
        self.last - self.first + 1
    }
}

/// What kind of item a record is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    Article,
    Interview,
    Photo,
    Furniture,
}

impl Kind {
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Article => "article",
            Kind::Interview => "interview",
            Kind::Photo => "photo",
            Kind::Furniture => "furniture",
        }
    }
}

/// One item of the page as the item stage builds it: which blocks are its body and which its head.
#[derive(Debug, Clone)]
pub struct Item {
    pub kind: Kind,
    /// Indices into the page's blocks, in reading order: body, captions.
    pub body: Vec<usize>,
    /// Head blocks (section, kicker, headline, subtitle, byline), each with its decided role.
    pub head: Vec<usize>,
    pub confidence: f32,
}

/// A person credited by an item.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Byline {
    pub role: Option<String>,
    pub name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub printed: Option<String>,
}

/// One block of an item's body.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TextBlock {
    /// `p`, `h`, `q` or `a`.
    pub role: &'static str,
    pub text: String,
}

/// A photo caption.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Caption {
    pub text: String,
    pub credit: Option<String>,
    pub printed: String,
}

/// The record printed for each item (see CONTRACT.md).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Record {
    pub page: String,
    pub index: usize,
    pub kind: Kind,
    pub section: Option<String>,
    pub kicker: Option<String>,
    pub headline: Option<String>,
    pub subtitle: Option<String>,
    pub dateline: Option<String>,
    pub bylines: Vec<Byline>,
    pub date: Option<String>,
    pub blocks: Vec<TextBlock>,
    pub captions: Vec<Caption>,
    pub lines: Vec<[usize; 2]>,
    pub confidence: f32,
}
