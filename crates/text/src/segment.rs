//! Sentence segmentation for news text.
//!
//! A sentence ends at `.`, `!`, `?` or `…` (with any closing quotes and
//! brackets after it) **followed by white space** and then something that can
//! open a sentence (a capital, a digit, an opening quote or bracket). A full
//! stop after an abbreviation ends a sentence only when the orthography says so:
//!
//! - titles (`Mr.`, `Gen.`, `Sen.`) never end one;
//! - month abbreviations before a number (`Feb. 23`) do not;
//! - single initials (`Donald J. Trump`) do not;
//! - dotted initialisms (`U.S.`, `C.I.A.`, `a.m.`) and other abbreviations end
//!   one only when the next word is a common sentence opener ("The", "He",
//!   "But"), since "the U.S. Embassy" and "by the C.I.A. Iran said" look alike
//!   otherwise.
//!
//! Without white space after the stop the text is split only where a closing
//! quotation mark follows the stop and a capital follows the mark
//! (`imperialism.”Mr. Ortega’s son`: a paste that lost its space), or where a
//! lone stop follows a lower-case word or a number and a capitalised word
//! follows it (`in 1994.He said`); `U.S.-backed`, `3.5`, `J.K.Rowling` or
//! `www.JustGiving.com` never are. Control characters count as white space, and wire
//! copy's end-of-paragraph mark `<` after a stop as a closer (`killer.<
//! Simon`). Sentences never cross paragraphs.

use crosscheck_lexicon::words;
use crosscheck_model::{Article, Sentence, Span};

/// Split an article's paragraphs into sentences (fills `article.sentences`).
pub fn segment(article: &mut Article) {
    let mut sentences = Vec::new();
    for (index, para) in article.paragraphs.iter().enumerate() {
        let text = para.slice(&article.text);
        sentences.extend(sentence_spans(text).into_iter().map(|s| Sentence {
            span: Span::new(para.start + s.start, para.start + s.end),
            paragraph: index,
        }));
    }
    article.sentences = sentences;
}

/// The sentence spans of one paragraph (or any text), trimmed of white space.
/// Blank lines always end a sentence.
pub fn sentence_spans(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start = 0;
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < text.len() {
        let c = text[i..].chars().next().expect("in bounds");
        let len = c.len_utf8();
        if c == '\n' && text[i + 1..].starts_with('\n') {
            push_trimmed(text, start, i, &mut out);
            start = i + 1;
            i += 1;
            continue;
        }
        if !matches!(
            c,
            '.' | '!' | '?' | '…' | '۔' | '؟' | '।' | '。' | '！' | '？'
        ) {
            i += len;
            continue;
        }
        // The whole run of terminators and closers: `?!`, `...`, `.”`, `.)`.
        let mut end = i + len;
        while let Some(n) = text[end..].chars().next() {
            if matches!(
                n,
                '.' | '!'
                    | '?'
                    | '…'
                    | '۔'
                    | '؟'
                    | '।'
                    | '。'
                    | '！'
                    | '？'
                    | '”'
                    | '’'
                    | '"'
                    | '\''
                    | ')'
                    | ']'
                    | '»'
                    | '<'
            ) {
                end += n.len_utf8();
            } else {
                break;
            }
        }
        let next_word_at = text[end..]
            .char_indices()
            .find(|(_, ch)| !blank(*ch))
            .map(|(o, _)| end + o);
        // Scripts written without spaces end sentences without them; a
        // closing quotation mark glued to a capital lost its space.
        let glued_after_quote =
            text[i..end].contains(['”', '"']) && text[end..].starts_with(char::is_uppercase);
        let has_space = end < text.len()
            && (text[end..].starts_with(blank)
                || matches!(c, '。' | '！' | '？')
                || glued_after_quote
                || glued_after_word(text, i, end));
        let boundary = match next_word_at {
            None => false, // end of text: the final push takes it
            Some(next) => {
                has_space
                    && can_open(&text[next..])
                    && !abbreviation_blocks(text, i, c, end, &text[next..])
                    && !speaker_tag_follows(text, i, end, &text[next..])
            }
        };
        if boundary {
            push_trimmed(text, start, end, &mut out);
            start = end;
        }
        i = end;
        debug_assert!(i <= bytes.len());
    }
    push_trimmed(text, start, text.len(), &mut out);
    out
}

/// Whether a full stop lost the space after it between a word and the next
/// sentence ("in 1994.He said", "television crews.The"): a stop alone,
/// after a word of three letters or more all in lower case, or three
/// digits or more, before a capital and a lower-case letter. Initials,
/// abbreviations and web addresses ("U.S.", "J.K.Rowling",
/// "BigGovernment.com", "www.JustGiving.com") are none of these.
fn glued_after_word(text: &str, stop: usize, end: usize) -> bool {
    if &text[stop..end] != "." {
        return false;
    }
    let word: String = text[..stop]
        .chars()
        .rev()
        .take_while(|c| c.is_alphanumeric())
        .collect();
    let plain = word.chars().count() >= 3
        && (word.chars().all(|c| c.is_ascii_digit()) || word.chars().all(char::is_lowercase));
    // Not a web address: "www.BigGovernment.com" (the word after holds a
    // stop or a slash of its own).
    let next_word = text[end..].split_whitespace().next().unwrap_or("");
    let address = word == "www"
        || next_word
            .trim_end_matches(['.', ',', ';', ':', '!', '?', '"', '\'', '”', '’', ')'])
            .contains(['.', '/', '@']);
    let mut next = text[end..].chars();
    plain
        && !address
        && next.next().is_some_and(char::is_uppercase)
        && next.next().is_some_and(char::is_lowercase)
}

/// White space, or a control character (wire copy's `\u{19}`).
fn blank(c: char) -> bool {
    c.is_whitespace() || c.is_control()
}

fn push_trimmed(text: &str, start: usize, end: usize, out: &mut Vec<Span>) {
    let piece = &text[start..end];
    let lead = piece.len() - piece.trim_start_matches(blank).len();
    let trail = piece.len() - piece.trim_end_matches(blank).len();
    if lead + trail < piece.len() {
        out.push(Span::new(start + lead, end - trail));
    }
}

/// Verbs of a speaker tag after a quotation ("“Which is it?” Scalia
/// asked.").
const TAG_VERBS: &[&str] = &[
    "asked",
    "asks",
    "said",
    "says",
    "added",
    "adds",
    "replied",
    "replies",
    "shouted",
    "shouts",
    "exclaimed",
    "wondered",
    "wrote",
    "writes",
    "told",
    "tells",
    "continued",
    "insisted",
    "pressed",
    "answered",
    "countered",
    "responded",
];

/// Verbs of a speaker tag after a question or an exclamation only where the
/// tag ends with them ("“…?” Rajesh recalled."), not where they take an
/// object or a clause ("“…?” Experts warned that …").
const CLOSING_TAG_VERBS: &[&str] = &[
    "recalled",
    "recalls",
    "explained",
    "admitted",
    "demanded",
    "declared",
    "joked",
    "quipped",
    "laughed",
    "cried",
    "yelled",
    "screamed",
    "whispered",
    "muttered",
    "murmured",
    "mused",
    "marvelled",
    "marveled",
    "grumbled",
    "sighed",
    "pleaded",
    "protested",
    "remarked",
    "warned",
];

/// Whether a question or exclamation closing a quotation at `stop` (its run
/// of marks ends at `run_end`) is followed by the quotation's speaker tag —
/// one to four capitalised words and a verb of saying: “Which is it?”
/// Scalia asked. The tag belongs to the quotation's sentence.
fn speaker_tag_follows(text: &str, stop: usize, run_end: usize, next: &str) -> bool {
    let mark = text[stop..].chars().next();
    if !matches!(mark, Some('?' | '!')) || !text[stop..run_end].contains(['”', '"']) {
        return false;
    }
    let words: Vec<&str> = next.split_whitespace().take(6).collect();
    // A pronoun written with a capital opens a sentence of its own: a tag
    // would write it small ("“…?” she asked"). "“…?” She replied, “…”"
    // answers the question.
    if words
        .first()
        .is_some_and(|w| matches!(*w, "He" | "She" | "They" | "We" | "It" | "You"))
    {
        return false;
    }
    for (n, w) in words.iter().enumerate() {
        let bare = w.trim_end_matches(['.', ',', ';', ':']);
        // Not a verb before a colon: it opens words of its own ("“…?” Rep.
        // Greg Harmon answered: “…”").
        if n > 0 && TAG_VERBS.contains(&bare) {
            return !w.ends_with(':');
        }
        if n > 0 && CLOSING_TAG_VERBS.contains(&bare) {
            return w.ends_with(['.', ',']);
        }
        // A description inside the tag ("Fox News host Chris Mathers
        // asked"): a lower-case word after the capitalised first, not one
        // that ends a phrase.
        let described = n > 0 && bare == *w && bare.chars().all(|c| c.is_lowercase());
        if n >= 5 || !(w.starts_with(char::is_uppercase) || described) {
            return false;
        }
    }
    false
}

/// Whether `rest` can begin a sentence.
fn can_open(rest: &str) -> bool {
    let mut chars = rest.chars();
    match chars.next() {
        Some(c) if c.is_uppercase() || c.is_numeric() => true,
        // Wire copy opens a quotation with backticks (``…'').
        Some('“' | '"' | '‘' | '\'' | '`' | '(' | '[' | '«' | '—' | '–' | '-') => true,
        // Scripts without case (Arabic, Urdu, CJK) open sentences with any letter.
        Some(c) if c.is_alphabetic() && !c.is_lowercase() => true,
        _ => false,
    }
}

/// Whether the full stop at `stop` is an abbreviation's and should not end
/// the sentence before `next`.
fn abbreviation_blocks(text: &str, stop: usize, c: char, run_end: usize, next: &str) -> bool {
    if c != '.' {
        return false;
    }
    // `...` (an ellipsis written with stops) ends a sentence like `…`.
    if text[stop..run_end].starts_with("..") {
        return false;
    }
    // Closing quote or bracket right after the stop: the quotation ended.
    if run_end > stop + 1 {
        return false;
    }
    let word_start = text[..stop]
        .char_indices()
        .rev()
        .find(|(_, ch)| !(ch.is_alphanumeric() || *ch == '.'))
        .map_or(0, |(o, ch)| o + ch.len_utf8());
    let word = &text[word_start..stop];
    if word.is_empty() {
        return false;
    }
    let lower = word.to_lowercase();
    let next_word: &str = next
        .split(|ch: char| ch.is_whitespace())
        .next()
        .unwrap_or("");
    let next_word_bare = next_word.trim_end_matches([',', ';', ':']);
    if words::NEVER_FINAL_ABBREVIATIONS.contains(&lower.as_str()) {
        return true;
    }
    if words::NUMBERED_ABBREVIATIONS.contains(&lower.as_str()) {
        return next_word_bare.starts_with(|ch: char| ch.is_ascii_digit() || ch == '#')
            || is_roman_numeral(next_word_bare);
    }
    if words::is_month_abbreviation(&lower) {
        return next.starts_with(|ch: char| ch.is_ascii_digit()) || !is_opener(next_word_bare);
    }
    let single_initial = word.chars().count() == 1 && word.chars().all(char::is_uppercase);
    if single_initial {
        return true;
    }
    let dotted = word.contains('.') && is_dotted_initialism(word);
    if dotted || words::MAYBE_FINAL_ABBREVIATIONS.contains(&lower.as_str()) {
        return !is_opener(next_word_bare);
    }
    false
}

/// "IV", "XII": a number in roman numerals (of a volume, an article); not
/// "I", which is the pronoun far more often ("said no. I think").
fn is_roman_numeral(word: &str) -> bool {
    word != "I"
        && !word.is_empty()
        && word
            .chars()
            .all(|c| matches!(c, 'I' | 'V' | 'X' | 'L' | 'C'))
}

/// `U.S`, `C.I.A`, `a.m`, `D.C` (the final stop is excluded by the caller).
fn is_dotted_initialism(word: &str) -> bool {
    word.split('.').all(|part| {
        !part.is_empty() && part.chars().count() <= 2 && part.chars().all(char::is_alphabetic)
    })
}

fn is_opener(word: &str) -> bool {
    words::SENTENCE_OPENERS.contains(&word)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn check(text: &str, expected: &[&str]) {
        let got: Vec<&str> = sentence_spans(text).iter().map(|s| s.slice(text)).collect();
        assert_eq!(got, expected);
    }

    #[test]
    fn a_stop_that_lost_its_space_still_ends_a_sentence() {
        check(
            "It appeared in the Guardian of Oct 20, 1994.He said the whips decided. Crews waited.Then they left.",
            &[
                "It appeared in the Guardian of Oct 20, 1994.",
                "He said the whips decided.",
                "Crews waited.",
                "Then they left.",
            ],
        );
        check(
            "It was first reported by BigGovernment.com on Saturday, J.K.Rowling said in the U.S.Senate.",
            &[
                "It was first reported by BigGovernment.com on Saturday, J.K.Rowling said in the U.S.Senate.",
            ],
        );
        check(
            "It was first shared on www.JustGiving.com and at www.Example.org by the family.",
            &["It was first shared on www.JustGiving.com and at www.Example.org by the family."],
        );
    }

    #[test]
    fn news_abbreviations() {
        check(
            "But the intelligence report, dated Feb. 23, notes that Mr. Amir Abdollahian met them. It was vague.",
            &[
                "But the intelligence report, dated Feb. 23, notes that Mr. Amir Abdollahian met them.",
                "It was vague.",
            ],
        );
        check(
            "taking 52 American hostages in the U.S. Embassy in Tehran in the process. It was also the year.",
            &[
                "taking 52 American hostages in the U.S. Embassy in Tehran in the process.",
                "It was also the year.",
            ],
        );
        check(
            "intercepts gathered by the C.I.A. The Times described it.",
            &[
                "intercepts gathered by the C.I.A.",
                "The Times described it.",
            ],
        );
        check(
            "Donald J. Trump spoke at 9 a.m. on Monday.",
            &["Donald J. Trump spoke at 9 a.m. on Monday."],
        );
    }

    #[test]
    fn a_reference_abbreviation_only_before_its_number() {
        check(
            "He lives at No. 10 and cited Art. 5 and Vol. XII on pp. 12. Beaumont said no. “Every teacher will be back,” he said. She loves modern art. It shows.",
            &[
                "He lives at No. 10 and cited Art. 5 and Vol. XII on pp. 12.",
                "Beaumont said no.",
                "“Every teacher will be back,” he said.",
                "She loves modern art.",
                "It shows.",
            ],
        );
    }

    #[test]
    fn quotations() {
        check(
            "He said it was “against imperialism.”Mr. Ortega’s son agreed.",
            &[
                "He said it was “against imperialism.”",
                "Mr. Ortega’s son agreed.",
            ],
        );
        check(
            "“We are countries with sister revolutions,” Laureano Ortega said. “We agree.” He left.",
            &[
                "“We are countries with sister revolutions,” Laureano Ortega said.",
                "“We agree.”",
                "He left.",
            ],
        );
        check("Is it? “Yes!” he said.", &["Is it?", "“Yes!” he said."]);
        check(
            "“Which is it?” Justice Antonin Scalia asked. “You can't have both.” Then he left.",
            &[
                "“Which is it?” Justice Antonin Scalia asked.",
                "“You can't have both.”",
                "Then he left.",
            ],
        );
        check(
            "“Why now?” The minister resigned later.",
            &["“Why now?”", "The minister resigned later."],
        );
        check(
            "“Is it over?” Fox News host Chris Mathers asked. “Not yet.”",
            &[
                "“Is it over?” Fox News host Chris Mathers asked.",
                "“Not yet.”",
            ],
        );
        check(
            "Hannity asked, “Did they go too far?” She replied, “Absolutely.”",
            &[
                "Hannity asked, “Did they go too far?”",
                "She replied, “Absolutely.”",
            ],
        );
    }

    #[test]
    fn wire_copy_marks() {
        check(
            "for their son's killer.< \u{19}Simon Prankerd, who was 32, spoke.<",
            &[
                "for their son's killer.<",
                "Simon Prankerd, who was 32, spoke.<",
            ],
        );
        check("the U.S.-backed plan. It", &["the U.S.-backed plan.", "It"]);
        // A quotation opened with backticks starts a sentence.
        check(
            "to the police vehicle.<\n\u{19}``The prosecution say so,'' said Mr Aylett.",
            &[
                "to the police vehicle.<",
                "``The prosecution say so,'' said Mr Aylett.",
            ],
        );
    }

    #[test]
    fn other_scripts() {
        check("پہلا جملہ۔ دوسرا جملہ۔", &["پہلا جملہ۔", "دوسرا جملہ۔"]);
        check("第一句。第二句。", &["第一句。", "第二句。"]);
    }

    #[test]
    fn numbers_and_lowercase() {
        check(
            "Both had revolutions in 1979. That year, Iranians rose. Prices rose 3.5 percent.",
            &[
                "Both had revolutions in 1979.",
                "That year, Iranians rose.",
                "Prices rose 3.5 percent.",
            ],
        );
        check(
            "It costs $4.50 per item. e.g. this.",
            &["It costs $4.50 per item. e.g. this."],
        );
    }

    proptest! {
        #[test]
        fn sentences_are_ordered_trimmed_slices(s in "[A-Za-z .!?“”\"’\n]{0,80}") {
            let spans = sentence_spans(&s);
            let mut last = 0;
            for span in spans {
                prop_assert!(span.start >= last && span.start < span.end);
                let piece = span.slice(&s);
                prop_assert_eq!(piece, piece.trim());
                last = span.end;
            }
        }
    }
}
