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
    "many",
    "often",
    "sometimes",
    "usually",
    "generally",
    "mostly",
    "perhaps",
    "maybe",
];

/// Verbs that, after "I", hedge what follows as the speaker's opinion ("I
/// think the vice president knows").
const OPINION_VERBS: &[&str] = &["think", "believe", "guess", "suppose", "suspect", "feel"];

const NEGATIONS: &[&str] = &[
    "not", "no", "never", "none", "nothing", "neither", "nor", "without", "n't", "cannot", "no-one",
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
    /// A name replaced by another.
    NameChanged,
    /// Who does or undergoes it changed: a personal pronoun or a name
    /// replaced by a different one ("we" → "they").
    SubjectOrObjectChanged,
    /// Words cut where the other rendering marks a cut with an ellipsis.
    Elided,
    /// Words at one edge of the quotation that the other article writes
    /// just outside its quotation marks.
    MovedOutside,
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
            ChangeKind::NameChanged => "name_changed",
            ChangeKind::SubjectOrObjectChanged => "subject_or_object_changed",
            ChangeKind::Elided => "elided",
            ChangeKind::MovedOutside => "moved_outside",
        }
    }

    /// Whether a change of this kind changes what the speaker is reported
    /// to have said: a hedge, a negation, a number, a name, the subject or
    /// the object. Other words substituted, added or removed are wording
    /// (a truncation, a verb for a synonym, "a" for "the").
    pub fn is_material(self) -> bool {
        matches!(
            self,
            ChangeKind::HedgeRemoved
                | ChangeKind::HedgeAdded
                | ChangeKind::NegationChanged
                | ChangeKind::NumberChanged
                | ChangeKind::NameChanged
                | ChangeKind::SubjectOrObjectChanged
        )
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
    /// Whether it changes what the speaker is reported to have said.
    pub material: bool,
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

impl Comparison {
    /// Keep the changes but assert none of them material (the pair may be
    /// two quotations).
    pub fn unassert_material(&mut self) {
        self.material = false;
        for c in &mut self.changes {
            c.material = false;
        }
    }
}

/// A word as written and its two comparison keys.
struct Word {
    written: String,
    /// Typography folded, lower case.
    folded: String,
    /// Also without stops, hyphens and a possessive's "s" ("us", "amir
    /// abdollahian", "cameron").
    spelled: String,
    number: bool,
    /// Capitalised other than at the start of a sentence: part of a name.
    name: bool,
    /// An ellipsis: the writer's mark of a cut.
    ellipsis: bool,
    /// The first word of a sentence of the quotation.
    opens: bool,
}

/// Contractions written out, so that "we're" and "we are" are the same
/// words ("'s" only after the pronouns whose "'s" is "is").
fn uncontract(folded: &str) -> Option<(&str, &'static str)> {
    let f = folded.trim_end_matches('.');
    for (end, full) in [
        ("n't", "not"),
        ("'re", "are"),
        ("'m", "am"),
        ("'ve", "have"),
        ("'ll", "will"),
        ("'d", "would"),
    ] {
        if let Some(stem) = f.strip_suffix(end) {
            let stem = match (stem, end) {
                ("ca", "n't") => "can",
                ("wo", "n't") => "will",
                _ => stem,
            };
            return Some((stem, full));
        }
    }
    let stem = f.strip_suffix("'s")?;
    matches!(
        stem,
        "it" | "that" | "there" | "what" | "he" | "she" | "who" | "here" | "where"
    )
    .then_some((stem, "is"))
}

/// A quotation's words: what the writer added in brackets ("(local)",
/// "[the president]") left out, an ellipsis kept as a word of its own,
/// contractions written out.
fn words(text: &str) -> Vec<Word> {
    let mut out: Vec<Word> = Vec::new();
    let mut depth = 0usize;
    let mut opens = true;
    for t in tokens(text) {
        let written = t.span.slice(text);
        if t.kind == TokenKind::Punct {
            match written {
                "(" | "[" => depth += 1,
                ")" | "]" => depth = depth.saturating_sub(1),
                "…" if depth == 0 => out.push(Word {
                    written: written.to_string(),
                    folded: "…".into(),
                    spelled: "…".into(),
                    number: false,
                    name: false,
                    ellipsis: true,
                    opens: false,
                }),
                "." | "!" | "?" => opens = true,
                _ => {}
            }
            continue;
        }
        if depth > 0 {
            continue;
        }
        let folded: String = written
            .chars()
            .map(fold_char)
            .collect::<String>()
            .to_lowercase();
        let name = !opens && written.chars().next().is_some_and(char::is_uppercase);
        // "one-in-three" is "1 in 3" (not "G-7", "no-one", "F-16": only
        // numbers spelled out, and the words between them).
        let split = folded.contains('-')
            && folded
                .split('-')
                .filter(|p| number_word(p).is_some())
                .count()
                >= 2
            && folded.split('-').all(|p| {
                matches!(p, "in" | "out" | "of" | "to")
                    || (number_word(p).is_some() && !p.chars().any(|c| c.is_ascii_digit()))
            });
        let pieces: Vec<String> = match uncontract(&folded) {
            Some((stem, full)) => vec![stem.to_string(), full.to_string()],
            None if split => folded
                .split('-')
                .filter(|p| !p.is_empty())
                .map(str::to_string)
                .collect(),
            None => vec![folded],
        };
        for (k, folded) in pieces.into_iter().enumerate() {
            let bare = folded.replace(['.', '-', '\'', '’'], "");
            let bare = bare
                .strip_suffix('s')
                .filter(|_| folded.ends_with("'s") || folded.ends_with("’s"))
                .unwrap_or(&bare)
                .to_string();
            // "one" alone is as often "no one" or "number one" as a count.
            let digits = number_word(&bare).filter(|_| bare != "one" || split);
            out.push(Word {
                number: t.kind == TokenKind::Number || digits.is_some(),
                written: if k == 0 {
                    written.to_string()
                } else {
                    String::new()
                },
                spelled: digits.map_or_else(|| expand(&bare).to_string(), |n| n.to_string()),
                folded,
                name,
                ellipsis: false,
                opens: opens && k == 0,
            });
        }
        opens = false;
    }
    out
}

/// A number written as a word ("three", "twelve"), so that "three" and "3"
/// are spelling.
pub(crate) fn number_word(w: &str) -> Option<u32> {
    const SMALL: &[&str] = &[
        "zero",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
        "twenty",
    ];
    SMALL
        .iter()
        .position(|x| *x == w)
        .and_then(|k| u32::try_from(k).ok())
        .or_else(|| w.parse().ok().filter(|_| w.len() <= 2))
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

/// Personal pronouns: who does or undergoes what is said.
const PERSONS: &[&str] = &[
    "i", "me", "we", "us", "you", "he", "him", "she", "her", "they", "them", "it",
];

fn classify(removed: &[&Word], added: &[&Word]) -> ChangeKind {
    let has = |ws: &[&Word], list: &[&str]| ws.iter().any(|w| list.contains(&w.folded.as_str()));
    // One side an ellipsis: the writer marked the cut.
    let only_ellipsis = |ws: &[&Word]| !ws.is_empty() && ws.iter().all(|w| w.ellipsis);
    if only_ellipsis(removed) || only_ellipsis(added) {
        return ChangeKind::Elided;
    }
    if has(removed, NEGATIONS) != has(added, NEGATIONS) {
        return ChangeKind::NegationChanged;
    }
    if removed.iter().any(|w| w.number) || added.iter().any(|w| w.number) {
        return ChangeKind::NumberChanged;
    }
    let hedged = |ws: &[&Word]| {
        has(ws, HEDGES)
            || ws
                .windows(2)
                .any(|p| p[0].folded == "i" && OPINION_VERBS.contains(&p[1].folded.as_str()))
    };
    if hedged(removed) && !hedged(added) {
        return ChangeKind::HedgeRemoved;
    }
    if hedged(added) && !hedged(removed) {
        return ChangeKind::HedgeAdded;
    }
    // A name or a person replaced by another (both sides name someone).
    fn names(ws: &[&Word]) -> Vec<String> {
        ws.iter()
            .filter(|w| w.name)
            .map(|w| w.spelled.clone())
            .collect()
    }
    fn persons(ws: &[&Word]) -> Vec<String> {
        ws.iter()
            .filter(|w| PERSONS.contains(&w.folded.as_str()))
            .map(|w| w.folded.clone())
            .collect()
    }
    let (nr, na) = (names(removed), names(added));
    if !nr.is_empty() && !na.is_empty() && nr != na {
        return ChangeKind::NameChanged;
    }
    let (pr, pa) = (persons(removed), persons(added));
    if (!pr.is_empty() || !nr.is_empty()) && (!pa.is_empty() || !na.is_empty()) && pr != pa {
        return ChangeKind::SubjectOrObjectChanged;
    }
    match (removed.is_empty(), added.is_empty()) {
        (false, true) => ChangeKind::WordsRemoved,
        (true, false) => ChangeKind::WordsAdded,
        _ => ChangeKind::WordsSubstituted,
    }
}

/// The words just outside a quotation's marks in its article: a word cut
/// from one rendering may stand there in the other ("perceived “U.S.
/// efforts …”").
#[derive(Debug, Clone, Copy, Default)]
pub struct Outside<'t> {
    /// Text just before the opening mark.
    pub before: &'t str,
    /// Text just after the closing mark.
    pub after: &'t str,
}

/// How many words outside the marks a moved word may stand.
const OUTSIDE_WORDS: usize = 3;

/// The most words an edge edit may have and still be a modifier of what
/// follows rather than a truncation ("perceived" before "U.S. efforts").
const EDGE_MODIFIER_WORDS: usize = 2;

/// The most words the longer side of an edge replacement may have and still
/// be a change of what follows rather than two quotations that begin
/// differently ("To pass" / "If they don't pass").
const EDGE_REPLACE_WORDS: usize = 4;

/// Compare two renderings of a quotation, without their context.
pub fn compare(a: &str, b: &str) -> Comparison {
    compare_in_context(a, b, Outside::default(), Outside::default())
}

/// Compare two renderings of a quotation, each with the words just outside
/// its marks.
pub fn compare_in_context(a: &str, b: &str, outside_a: Outside, outside_b: Outside) -> Comparison {
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
    // The diff runs from the longer rendering to the shorter, so that the
    // two directions of a pair read the same changes (a word diff of
    // repeated words is not symmetric).
    if wa.len() < wb.len() {
        let mut c = compare_in_context(b, a, outside_b, outside_a);
        for change in &mut c.changes {
            std::mem::swap(&mut change.a, &mut change.b);
            change.op = match change.op {
                ChangeOp::Delete => ChangeOp::Insert,
                ChangeOp::Insert => ChangeOp::Delete,
                ChangeOp::Replace => ChangeOp::Replace,
            };
            change.kind = match change.kind {
                ChangeKind::HedgeRemoved => ChangeKind::HedgeAdded,
                ChangeKind::HedgeAdded => ChangeKind::HedgeRemoved,
                ChangeKind::WordsRemoved => ChangeKind::WordsAdded,
                ChangeKind::WordsAdded => ChangeKind::WordsRemoved,
                k => k,
            };
        }
        return c;
    }
    // Diff on spelling keys; a replace whose keys agree is spelling only.
    let sa: Vec<&str> = wa.iter().map(|w| w.spelled.as_str()).collect();
    let sb: Vec<&str> = wb.iter().map(|w| w.spelled.as_str()).collect();
    let near = |text: &str, from_end: bool| -> Vec<String> {
        let ws: Vec<String> = words(text).into_iter().map(|w| w.spelled).collect();
        if from_end {
            ws[ws.len().saturating_sub(OUTSIDE_WORDS)..].to_vec()
        } else {
            ws.into_iter().take(OUTSIDE_WORDS).collect()
        }
    };
    let mut changes = Vec::new();
    // Whether every edit is a cut at an edge, a marked elision or a whole
    // sentence left out: a truncation.
    let mut only_cuts = true;
    for op in aligned_ops(&sa, &sb) {
        let (old_index, old_len, new_index, new_len) = match op {
            DiffOp::Equal {
                old_index,
                new_index,
                len,
            } => {
                for k in 0..len {
                    let (x, y) = (&wa[old_index + k], &wb[new_index + k]);
                    if x.folded != y.folded && !(x.written.is_empty() || y.written.is_empty()) {
                        changes.push(Change {
                            op: ChangeOp::Replace,
                            a: x.written.clone(),
                            b: y.written.clone(),
                            kind: ChangeKind::Spelling,
                            material: false,
                        });
                    }
                }
                continue;
            }
            DiffOp::Delete {
                old_index,
                old_len,
                new_index,
            } => (old_index, old_len, new_index, 0),
            DiffOp::Insert {
                old_index,
                new_index,
                new_len,
            } => (old_index, 0, new_index, new_len),
            DiffOp::Replace {
                old_index,
                old_len,
                new_index,
                new_len,
            } => (old_index, old_len, new_index, new_len),
        };
        let removed: Vec<&Word> = wa[old_index..old_index + old_len].iter().collect();
        let added: Vec<&Word> = wb[new_index..new_index + new_len].iter().collect();
        let mut kind = classify(&removed, &added);
        let at_start = old_index == 0 && new_index == 0;
        let at_end = old_index + old_len == wa.len() && new_index + new_len == wb.len();
        // A one-sided edit: words of one rendering only.
        let one_sided = removed.is_empty() != added.is_empty();
        let (edge_words, other_outside) = if added.is_empty() {
            (&removed, outside_b)
        } else {
            (&added, outside_a)
        };
        // Cut at an edge, and written just outside the other's marks.
        if one_sided && (at_start || at_end) {
            let outside = near(
                if at_start {
                    other_outside.before
                } else {
                    other_outside.after
                },
                at_start,
            );
            if edge_words.iter().all(|w| outside.contains(&w.spelled)) {
                kind = ChangeKind::MovedOutside;
            }
        }
        // Whole sentences left out (the next word opens one, or none is
        // left), wherever the diff could have placed the run; or words the
        // other rendering has too (said twice, quoted once).
        let (ws, at, len, other) = if added.is_empty() {
            (&wa, old_index, old_len, &sb)
        } else {
            (&wb, new_index, new_len, &sa)
        };
        let whole_sentences = one_sided
            && (slides(ws, at, len)
                .any(|at| ws[at].opens && ws.get(at + len).is_none_or(|w| w.opens))
                || repeated(&ws[at..at + len], other));
        let long_edge = (at_start || at_end)
            && if one_sided {
                edge_words.len() > EDGE_MODIFIER_WORDS
            } else {
                removed.len().max(added.len()) > EDGE_REPLACE_WORDS
            };
        let cut = kind == ChangeKind::Elided
            || kind == ChangeKind::MovedOutside
            || (one_sided && (at_start || at_end))
            || whole_sentences;
        let material = kind.is_material() && !long_edge && !whole_sentences;
        only_cuts &= cut && !material;
        let op = match (removed.is_empty(), added.is_empty()) {
            (false, true) => ChangeOp::Delete,
            (true, false) => ChangeOp::Insert,
            _ => ChangeOp::Replace,
        };
        changes.push(Change {
            op,
            a: join(&removed),
            b: join(&added),
            kind,
            material,
        });
    }
    let material = changes.iter().any(|c| c.material);
    let verdict = if changes.iter().all(|c| c.kind == ChangeKind::Spelling) {
        Verdict::SpellingOnly
    } else if only_cuts || is_elided(a, &sa, &sb) || is_elided(b, &sb, &sa) {
        Verdict::Truncated
    } else {
        Verdict::Altered
    };
    Comparison {
        verdict: if material { Verdict::Altered } else { verdict },
        material,
        changes,
    }
}

/// How many words of the shorter rendering's start (or end) anchor it in
/// the longer one.
const ANCHOR_WORDS: usize = 3;

/// The word diff of a longer rendering `sa` against a shorter `sb`, where
/// the shorter quotes a stretch from inside the longer: when `sb`'s first
/// (or last) words stand further in (or earlier) in `sa`, what `sa` has
/// beyond them is one cut at its edge, and only the stretch between is
/// diffed — so a word both share ("I", "it's") is not matched outside the
/// stretch, leaving the cut in pieces in the middle.
fn aligned_ops(sa: &[&str], sb: &[&str]) -> Vec<DiffOp> {
    let k = ANCHOR_WORDS;
    let at = |needle: &[&str]| -> Vec<usize> {
        sa.windows(needle.len())
            .enumerate()
            .filter(|(_, w)| *w == needle)
            .map(|(i, _)| i)
            .collect()
    };
    let (mut lead, mut end) = (0, sa.len());
    if sb.len() >= k && sa.len() > sb.len() {
        // Every place the shorter's start and end stand in the longer (or
        // its own edges); of the windows they make, the one nearest the
        // shorter's length (a sentence the longer says twice is not taken
        // twice).
        let leads: Vec<usize> = if sa[..k] == sb[..k] {
            vec![0]
        } else {
            std::iter::once(0).chain(at(&sb[..k])).collect()
        };
        let ends: Vec<usize> = if sa[sa.len() - k..] == sb[sb.len() - k..] {
            vec![sa.len()]
        } else {
            std::iter::once(sa.len())
                .chain(at(&sb[sb.len() - k..]).into_iter().map(|e| e + k))
                .collect()
        };
        if let Some((l, e)) = leads
            .iter()
            .flat_map(|&l| ends.iter().map(move |&e| (l, e)))
            .filter(|&(l, e)| e >= l + k)
            .min_by_key(|&(l, e)| ((e - l).abs_diff(sb.len()), l, std::cmp::Reverse(e)))
        {
            (lead, end) = (l, e);
        }
    }
    let mut ops = Vec::new();
    if lead > 0 {
        ops.push(DiffOp::Delete {
            old_index: 0,
            old_len: lead,
            new_index: 0,
        });
    }
    for op in capture_diff_slices(Algorithm::Patience, &sa[lead..end], sb) {
        ops.push(match op {
            DiffOp::Equal {
                old_index,
                new_index,
                len,
            } => DiffOp::Equal {
                old_index: old_index + lead,
                new_index,
                len,
            },
            DiffOp::Delete {
                old_index,
                old_len,
                new_index,
            } => DiffOp::Delete {
                old_index: old_index + lead,
                old_len,
                new_index,
            },
            DiffOp::Insert {
                old_index,
                new_index,
                new_len,
            } => DiffOp::Insert {
                old_index: old_index + lead,
                new_index,
                new_len,
            },
            DiffOp::Replace {
                old_index,
                old_len,
                new_index,
                new_len,
            } => DiffOp::Replace {
                old_index: old_index + lead,
                old_len,
                new_index,
                new_len,
            },
        });
    }
    if end < sa.len() {
        ops.push(DiffOp::Delete {
            old_index: end,
            old_len: sa.len() - end,
            new_index: sb.len(),
        });
    }
    ops
}

/// The places a run of `len` words at `at` could stand with the same diff:
/// shifted while the word it leaves equals the word it takes.
fn slides(ws: &[Word], at: usize, len: usize) -> impl Iterator<Item = usize> {
    let mut left = at;
    while left > 0 && ws[left - 1].spelled == ws[left + len - 1].spelled {
        left -= 1;
    }
    let mut right = at;
    while right + len < ws.len() && ws[right].spelled == ws[right + len].spelled {
        right += 1;
    }
    left..=right
}

/// Whether most of a run of words (four in five) stands, in one piece, in
/// the other rendering: a repetition, not a change.
fn repeated(run: &[Word], other: &[&str]) -> bool {
    let keys: Vec<&str> = run.iter().map(|w| w.spelled.as_str()).collect();
    let mut best = 0;
    for i in 0..keys.len() {
        for j in 0..other.len() {
            let n = keys[i..]
                .iter()
                .zip(&other[j..])
                .take_while(|(x, y)| x == y)
                .count();
            best = best.max(n);
        }
    }
    keys.len() >= 3 && best * 5 >= keys.len() * 4
}

fn join(ws: &[&Word]) -> String {
    ws.iter()
        .map(|w| w.written.as_str())
        .collect::<Vec<_>>()
        .join(" ")
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

    #[test]
    fn wording_is_not_material_and_names_pronouns_negations_are() {
        let not = |a: &str, b: &str| {
            let c = compare(a, b);
            assert!(!c.material, "{a:?} / {b:?}: {c:?}");
            assert_eq!(c.material, compare(b, a).material);
        };
        not("It is wonderful news.", "It's wonderful news.");
        not("we are ready to go", "we're ready to go");
        not(
            "now these (local) supervisors have too much",
            "now these supervisors have too much",
        );
        not("What is this? A circus?", "What is this the circus?");
        not("I got a problem", "I have a problem");
        not(
            "However, we would be remiss … if we did not challenge you",
            "We would be remiss in our duty to you if we did not challenge you",
        );
        not(
            "America is not a clown show. America is an idea that sets people free.",
            "America is not a clown show. America is not a circus. America is an idea. America is an idea that sets people free.",
        );
        not(
            "They did not want to be separated and couldn't bear to be apart.",
            "They did not want to be separated. They couldn't bear to be apart.",
        );
        // The same numbers in words and in figures; a count of one that is
        // no count ("Number one,").
        not(
            "there is a 2 in 3 chance that we win. But there's a 1 in 3 chance that we could lose.",
            "there is a two-in-three chance that we win, but there's a one-in-three chance that we could lose",
        );
        not("the G-7 leaders met no-one", "the G7 leaders met no one");
        not(
            "Number one, you said this is a culture where everyone knows",
            "You said this is a culture where everyone knows",
        );
        // A stretch quoted from inside a longer rendering: what the longer
        // says beyond it is a cut, though words of both ("It's", "not")
        // stand there too.
        not(
            "not about you. It's not about your jobs. It's about some phony ideal. Some phony \
             theology. Not a theology based on the Bible.",
            "It's about some phony ideal, some phony theology. Oh, not a theology based on the Bible.",
        );
        not(
            "I'm being myself -- frank. We've got a big challenge.",
            "I would say there is a 2 in 3 chance that we win. But there's a 1 in 3 chance that \
             we could lose. And I'm being myself, frank, we've got a big challenge",
        );
        let yes = |a: &str, b: &str, kind: ChangeKind| {
            let c = compare(a, b);
            assert!(c.material, "{a:?} / {b:?}: {c:?}");
            assert!(
                c.changes.iter().any(|x| x.kind == kind && x.material),
                "{c:?}"
            );
        };
        yes(
            "You saw Tate knock Mr Lee down",
            "You saw Tate knock Mr Seung down",
            ChangeKind::NameChanged,
        );
        yes(
            "we will raise taxes",
            "they will raise taxes",
            ChangeKind::SubjectOrObjectChanged,
        );
        // "I think" before a claim hedges it as the speaker's opinion.
        yes(
            "I think the vice president very well knows that sometimes the words fail",
            "As the vice president very well knows … sometimes the words fail",
            ChangeKind::HedgeRemoved,
        );
        yes(
            "To pass this bill would increase the risk",
            "If they don't pass this bill it will increase the risk",
            ChangeKind::NegationChanged,
        );
    }

    #[test]
    fn a_word_cut_at_an_edge_and_written_outside_the_marks_is_moved() {
        let c = compare_in_context(
            "perceived U.S. efforts to expand influence",
            "U.S. efforts to expand influence",
            Outside::default(),
            Outside {
                before: "concerned about the perceived ",
                after: "",
            },
        );
        assert!(!c.material, "{c:?}");
        assert!(c.changes.iter().any(|x| x.kind == ChangeKind::MovedOutside));
    }
}
