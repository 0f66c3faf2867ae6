//! The same quotation in two articles: a word-level diff and a verdict.
//!
//! Words are compared after typographic folding; "spelling" differences are
//! those that vanish when initialisms lose their stops and hyphens become
//! spaces (U.S. / US, Amir-Abdollahian / Amir Abdollahian). Each change is
//! classified — a hedge removed or added, a negation changed, a number
//! changed, words substituted, added or removed — and the variant is
//! `material` when it changes what the speaker is reported to have said.

use crosscheck_lexicon::words;
use crosscheck_text::{TokenKind, fold_char, tokens};
use similar::{Algorithm, DiffOp, capture_diff_slices};

/// Hedges: words that qualify a claim.
const HEDGES: &[&str] = &[
    "perceived",
    "alleged",
    "allegedly",
    "reportedly",
    "apparently",
    "purported",
    "purportedly",
    "suspected",
    "possibly",
    "possible",
    "probably",
    "likely",
    "may",
    "might",
    "could",
    "seems",
    "seemed",
    "appears",
    "appeared",
    "supposedly",
    "claimed",
    "so-called",
    "presumably",
    "arguably",
    "potentially",
    "unconfirmed",
    "some",
    "partly",
    "largely",
    "about",
    "around",
    "nearly",
    "almost",
    "approximately",
    "roughly",
];

const NEGATIONS: &[&str] = &[
    "not", "no", "never", "none", "nothing", "neither", "nor", "without", "n't", "cannot",
];

/// The verdict on two renderings of one quotation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    /// The same characters, give or take typography.
    Identical,
    /// The same words; punctuation differs.
    PunctuationOnly,
    /// The same words but for spelling (U.S. / US).
    SpellingOnly,
    /// One is a contiguous part of the other.
    Truncated,
    /// Words were changed, added or removed inside the quotation.
    Altered,
}

impl Verdict {
    /// The contract's name.
    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Identical => "identical",
            Verdict::PunctuationOnly => "punctuation_only",
            Verdict::SpellingOnly => "spelling_only",
            Verdict::Truncated => "truncated",
            Verdict::Altered => "altered",
        }
    }
}

/// What one change does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChangeKind {
    /// A hedge word is in the first rendering only.
    HedgeRemoved,
    /// A hedge word is in the second only.
    HedgeAdded,
    /// A negation appears or disappears.
    NegationChanged,
    /// A number differs.
    NumberChanged,
    /// Words replaced by others.
    WordsSubstituted,
    /// Words only in the second.
    WordsAdded,
    /// Words only in the first.
    WordsRemoved,
    /// Only spelling differs.
    Spelling,
}

impl ChangeKind {
    /// The contract's name.
    pub fn as_str(self) -> &'static str {
        match self {
            ChangeKind::HedgeRemoved => "hedge_removed",
            ChangeKind::HedgeAdded => "hedge_added",
            ChangeKind::NegationChanged => "negation_changed",
            ChangeKind::NumberChanged => "number_changed",
            ChangeKind::WordsSubstituted => "words_substituted",
            ChangeKind::WordsAdded => "words_added",
            ChangeKind::WordsRemoved => "words_removed",
            ChangeKind::Spelling => "spelling",
        }
    }

    fn material(self) -> bool {
        !matches!(self, ChangeKind::Spelling)
    }
}

/// An edit of the word diff.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChangeOp {
    /// Words of the first rendering missing from the second.
    Delete,
    /// Words of the second missing from the first.
    Insert,
    /// Words replaced.
    Replace,
}

/// One change from the first rendering to the second.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    /// Delete, insert or replace.
    pub op: ChangeOp,
    /// The words of the first rendering.
    pub a: String,
    /// The words of the second.
    pub b: String,
    /// What it does.
    pub kind: ChangeKind,
}

/// The comparison of two renderings.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Comparison {
    /// The verdict.
    pub verdict: Verdict,
    /// Whether it changes what the speaker is reported to have said.
    pub material: bool,
    /// The changes, in order.
    pub changes: Vec<Change>,
}

/// A word as written and its two comparison keys.
struct Word {
    written: String,
    /// Typography folded, lower case.
    folded: String,
    /// Also without stops and hyphens ("us", "amir abdollahian").
    spelled: String,
    number: bool,
}

fn words(text: &str) -> Vec<Word> {
    tokens(text)
        .into_iter()
        .filter(|t| t.kind != TokenKind::Punct)
        .map(|t| {
            let written = t.span.slice(text).to_string();
            let folded: String = written
                .chars()
                .map(fold_char)
                .collect::<String>()
                .to_lowercase();
            let spelled = expand(&folded.replace(['.', '-', '\'', '’'], "")).to_string();
            Word {
                number: t.kind == TokenKind::Number,
                written,
                folded,
                spelled,
            }
        })
        .collect()
}

/// Abbreviations spelled out, so that "Sen." and "Senator" are spelling.
fn expand(w: &str) -> &str {
    match w {
        "sen" => "senator",
        "rep" => "representative",
        "gov" => "governor",
        "gen" => "general",
        "pres" => "president",
        "dept" => "department",
        "govt" => "government",
        "st" => "saint",
        "mt" => "mount",
        "ft" => "fort",
        _ if words::is_month_abbreviation(w) => words::month_name(w).unwrap_or(w),
        _ => w,
    }
}

/// A quotation's words as the cross-outlet match compares them (spelling
/// folded), computed once per quotation.
pub fn spelled(text: &str) -> Vec<String> {
    words(text).into_iter().map(|w| w.spelled).collect()
}

/// How much of two quotations' words correspond: the words the diff keeps,
/// its longest unbroken run and the length of the shorter quotation.
pub fn overlap(sa: &[String], sb: &[String]) -> (usize, usize, usize) {
    let shorter = sa.len().min(sb.len());
    // The diff keeps at most the words the two have in common: when that is
    // under half the shorter quotation, no match is possible.
    let common = sa.iter().filter(|w| sb.contains(w)).count().min(shorter);
    if common == 0 || common * 2 < shorter {
        return (0, 0, shorter);
    }
    let (mut kept, mut longest) = (0, 0);
    for op in capture_diff_slices(Algorithm::Myers, sa, sb) {
        if let DiffOp::Equal { len, .. } = op {
            kept += len;
            longest = longest.max(len);
        }
    }
    (kept, longest, shorter)
}

/// Whether `short` is an elided rendering of `long`: it marks cuts with an
/// ellipsis and its words appear in `long` in order.
fn is_elided(short_text: &str, short: &[&str], long: &[&str]) -> bool {
    if !(short_text.contains('…') || short_text.contains("...")) {
        return false;
    }
    let mut it = long.iter();
    short.iter().all(|w| it.any(|x| x == w))
}

fn folded_all(text: &str) -> String {
    text.chars()
        .map(fold_char)
        .filter(|c| !c.is_whitespace())
        .collect()
}

fn classify(removed: &[&Word], added: &[&Word]) -> ChangeKind {
    let has = |ws: &[&Word], list: &[&str]| ws.iter().any(|w| list.contains(&w.folded.as_str()));
    if has(removed, NEGATIONS) != has(added, NEGATIONS) {
        return ChangeKind::NegationChanged;
    }
    if removed.iter().any(|w| w.number) || added.iter().any(|w| w.number) {
        return ChangeKind::NumberChanged;
    }
    if has(removed, HEDGES) && !has(added, HEDGES) {
        return ChangeKind::HedgeRemoved;
    }
    if has(added, HEDGES) && !has(removed, HEDGES) {
        return ChangeKind::HedgeAdded;
    }
    match (removed.is_empty(), added.is_empty()) {
        (false, true) => ChangeKind::WordsRemoved,
        (true, false) => ChangeKind::WordsAdded,
        _ => ChangeKind::WordsSubstituted,
    }
}

/// Compare two renderings of a quotation.
pub fn compare(a: &str, b: &str) -> Comparison {
    if folded_all(a) == folded_all(b) {
        return Comparison {
            verdict: Verdict::Identical,
            material: false,
            changes: Vec::new(),
        };
    }
    let (wa, wb) = (words(a), words(b));
    let fa: Vec<&str> = wa.iter().map(|w| w.folded.as_str()).collect();
    let fb: Vec<&str> = wb.iter().map(|w| w.folded.as_str()).collect();
    if fa == fb {
        return Comparison {
            verdict: Verdict::PunctuationOnly,
            material: false,
            changes: Vec::new(),
        };
    }
    // Diff on spelling keys; a replace whose keys agree is spelling only.
    let sa: Vec<&str> = wa.iter().map(|w| w.spelled.as_str()).collect();
    let sb: Vec<&str> = wb.iter().map(|w| w.spelled.as_str()).collect();
    let mut changes = Vec::new();
    // Spelling differences among equal keys.
    for op in capture_diff_slices(Algorithm::Myers, &sa, &sb) {
        match op {
            DiffOp::Equal {
                old_index,
                new_index,
                len,
            } => {
                for k in 0..len {
                    let (x, y) = (&wa[old_index + k], &wb[new_index + k]);
                    if x.folded != y.folded {
                        changes.push(Change {
                            op: ChangeOp::Replace,
                            a: x.written.clone(),
                            b: y.written.clone(),
                            kind: ChangeKind::Spelling,
                        });
                    }
                }
            }
            DiffOp::Delete {
                old_index, old_len, ..
            } => {
                let removed: Vec<&Word> = wa[old_index..old_index + old_len].iter().collect();
                changes.push(Change {
                    op: ChangeOp::Delete,
                    a: join(&removed),
                    b: String::new(),
                    kind: classify(&removed, &[]),
                });
            }
            DiffOp::Insert {
                new_index, new_len, ..
            } => {
                let added: Vec<&Word> = wb[new_index..new_index + new_len].iter().collect();
                changes.push(Change {
                    op: ChangeOp::Insert,
                    a: String::new(),
                    b: join(&added),
                    kind: classify(&[], &added),
                });
            }
            DiffOp::Replace {
                old_index,
                old_len,
                new_index,
                new_len,
            } => {
                let removed: Vec<&Word> = wa[old_index..old_index + old_len].iter().collect();
                let added: Vec<&Word> = wb[new_index..new_index + new_len].iter().collect();
                changes.push(Change {
                    op: ChangeOp::Replace,
                    a: join(&removed),
                    b: join(&added),
                    kind: classify(&removed, &added),
                });
            }
        }
    }
    // A cut at either edge: truncated, unless what was cut is a short
    // modifier that changes the rest (a hedge or a negation of one or two
    // words, as "perceived" before "U.S. efforts").
    let short_edit = changes.iter().any(|c| {
        let words = c.a.split_whitespace().count() + c.b.split_whitespace().count();
        words <= 2
            && matches!(
                c.kind,
                ChangeKind::HedgeRemoved | ChangeKind::HedgeAdded | ChangeKind::NegationChanged
            )
    });
    let elided = is_elided(a, &sa, &sb) || is_elided(b, &sb, &sa);
    let material = changes.iter().any(|c| c.kind.material() && is_material(c));
    let verdict = if changes.iter().all(|c| c.kind == ChangeKind::Spelling) {
        Verdict::SpellingOnly
    } else if (is_cut(&sa, &sb) || elided) && !short_edit {
        Verdict::Truncated
    } else {
        Verdict::Altered
    };
    let material = material && verdict == Verdict::Altered;
    Comparison {
        verdict,
        material,
        changes,
    }
}

/// Function words: changing only these does not change what was said.
const FUNCTION_WORDS: &[&str] = &[
    "that", "the", "a", "an", "and", "of", "to", "in", "on", "for", "is", "are", "was", "were",
    "be", "it", "this", "with", "as", "at", "by", "from", "but", "or", "so", "just", "well", "oh",
    "now", "then", "very", "really",
];

/// Whether a change alters meaning: a hedge, negation or number, or a word
/// beyond function words (a plural ending is not).
fn is_material(c: &Change) -> bool {
    if matches!(
        c.kind,
        ChangeKind::HedgeRemoved
            | ChangeKind::HedgeAdded
            | ChangeKind::NegationChanged
            | ChangeKind::NumberChanged
    ) {
        return true;
    }
    let content = |s: &str| -> Vec<String> {
        s.split_whitespace()
            .map(|w| w.to_lowercase())
            .filter(|w| !FUNCTION_WORDS.contains(&w.as_str()))
            .collect()
    };
    let (a, b) = (content(&c.a), content(&c.b));
    if a.len() == 1 && b.len() == 1 {
        let (x, y) = (&a[0], &b[0]);
        let plural = |p: &str, q: &str| {
            p.strip_suffix('s')
                .is_some_and(|r| r == q || r.strip_suffix('e') == Some(q))
        };
        if plural(x, y) || plural(y, x) {
            return false;
        }
    }
    !(a.is_empty() && b.is_empty())
}

fn join(ws: &[&Word]) -> String {
    ws.iter()
        .map(|w| w.written.as_str())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Whether one word list is a contiguous run of the other.
fn is_cut(a: &[&str], b: &[&str]) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    !short.is_empty() && long.windows(short.len()).any(|w| w == short)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn abbreviations_are_spelled_out() {
        assert_eq!(spelled("on Sept. 4"), spelled("on September 4"));
        assert_eq!(spelled("Apr. 1"), spelled("April 1"));
        assert_eq!(spelled("Sen. Smith"), spelled("Senator Smith"));
        assert_ne!(spelled("May 1"), spelled("March 1"));
    }

    #[test]
    fn a_dropped_hedge_is_a_material_alteration() {
        let c = compare(
            "perceived U.S. efforts to expand influence in Latin America",
            "US efforts to expand influence in Latin America",
        );
        assert_eq!(c.verdict, Verdict::Altered);
        assert!(c.material);
        assert!(
            c.changes
                .iter()
                .any(|x| x.kind == ChangeKind::HedgeRemoved && x.a == "perceived")
        );
        assert!(
            c.changes
                .iter()
                .any(|x| x.kind == ChangeKind::Spelling && x.a == "U.S." && x.b == "US")
        );
    }

    #[test]
    fn verdicts() {
        assert_eq!(
            compare("had a common enemy", "had a common enemy").verdict,
            Verdict::Identical
        );
        assert_eq!(
            compare(
                "of the Iranians, because Nicaragua",
                "of the Iranians because Nicaragua"
            )
            .verdict,
            Verdict::PunctuationOnly
        );
        assert_eq!(
            compare("the U.S. will act", "the US will act").verdict,
            Verdict::SpellingOnly
        );
        let t = compare("we will act now and we will win", "we will act now");
        assert_eq!((t.verdict, t.material), (Verdict::Truncated, false));
        let n = compare("we will act", "we will not act");
        assert_eq!(n.verdict, Verdict::Altered);
        assert_eq!(n.changes[0].kind, ChangeKind::NegationChanged);
        let d = compare("killed 12 people", "killed 21 people");
        assert_eq!(d.changes[0].kind, ChangeKind::NumberChanged);
    }
}
