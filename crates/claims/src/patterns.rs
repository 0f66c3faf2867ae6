//! Caveat cues that a fixed phrase cannot list: a denial worded as a
//! reported negation by the person concerned ("said he did not send it",
//! "insisted that no laws were broken"), charges laid but not proved ("on
//! ten child abuse charges"), a source the article does not name ("a White
//! House official said").
//!
//! They read the lower-cased sentence as words with byte offsets, so that
//! the cue they find is a span of the sentence like a phrase cue's.

use crosscheck_model::Span;

/// A word of a lower-cased sentence and its byte span in it.
#[derive(Debug, Clone, Copy)]
struct Word<'a> {
    text: &'a str,
    start: usize,
    end: usize,
}

/// A lower-cased sentence as the patterns read it: its words (the text
/// stage's word and number tokens, [`crosscheck_text::tokens`]), found once
/// for every pattern.
pub(crate) struct Sentence<'a> {
    lower: &'a str,
    words: Vec<Word<'a>>,
}

impl<'a> Sentence<'a> {
    /// `lower` is a sentence lower-cased (with the offsets of its text).
    pub(crate) fn of(lower: &'a str) -> Self {
        let words = crosscheck_text::tokens(lower)
            .into_iter()
            .filter(|t| t.kind != crosscheck_text::TokenKind::Punct)
            .map(|t| Word {
                text: &lower[t.span.start..t.span.end],
                start: t.span.start,
                end: t.span.end,
            })
            .collect();
        Sentence { lower, words }
    }
}

/// Whether a word negates: "not", "never", "no", "nothing", or a verb
/// with "n't" ("didn't", "wasn’t").
fn negates(word: &str) -> bool {
    matches!(word, "not" | "never" | "no" | "nothing")
        || word.ends_with("n't")
        || word.ends_with("n\u{2019}t")
}

/// The cue of charges laid but not tried, in a lower-cased sentence: "on
/// ten child abuse charges", "faces four charges", "on one charge under
/// the Act" — a verb or "on", at most four words, "charge(s)" — unless the
/// sentence says the charges were settled ("jailed on 22 charges",
/// "acquitted on all charges").
pub(crate) fn charges_laid(sentence: &Sentence<'_>) -> Option<Span> {
    const OPENS: &[&str] = &["on", "faces", "face", "facing", "faced"];
    const PROVED: &[&str] = &[
        "acquitted",
        "cleared",
        "jailed",
        "convicted",
        "sentenced",
        "guilty",
        "admitted",
        "admits",
        "imprisoned",
    ];
    let words = &sentence.words;
    if words.iter().any(|w| PROVED.contains(&w.text)) {
        return None;
    }
    words.iter().enumerate().find_map(|(i, w)| {
        if !OPENS.contains(&w.text) {
            return None;
        }
        words
            .iter()
            .skip(i + 1)
            .take(5)
            .enumerate()
            .take_while(|(_, x)| !matches!(x.text, "of" | "in" | "for" | "and" | "to"))
            .find(|(_, x)| matches!(x.text, "charge" | "charges"))
            // One charge is one laid only with what it is ("a charge of
            // theft", "one charge under the Act"), not "on a single charge"
            // of a battery.
            .filter(|&(k, x)| {
                x.text == "charges"
                    || words
                        .get(i + 2 + k)
                        .is_some_and(|n| matches!(n.text, "of" | "under" | "that"))
            })
            .map(|(_, x)| Span::new(w.start, x.end))
    })
}

/// The cue of a source the article does not name, in a lower-cased
/// sentence: "a White House official said", "an aide told" — a, an or
/// one, at most three words, a word for an unnamed source and
/// a verb of speech right after it (a name after the noun, "a spokesman,
/// John Smith, said", is no unnamed source; "the official said" speaks of
/// one the article has named).
pub(crate) fn unnamed_source(sentence: &Sentence<'_>) -> Option<Span> {
    const SOURCES: &[&str] = &[
        "official",
        "officials",
        "aide",
        "aides",
        "source",
        "sources",
        "insider",
        "insiders",
        "diplomat",
        "diplomats",
    ];
    const SAID: &[&str] = &[
        "said",
        "says",
        "say",
        "told",
        "added",
        "confirmed",
        "insisted",
    ];
    let words = &sentence.words;
    // Nothing but spaces between two words: one phrase ("official, said"
    // is an apposition's end, "a reporter, the official" two phrases).
    let joined = |x: &Word<'_>, y: &Word<'_>| sentence.lower[x.end..y.start].trim().is_empty();
    words.iter().enumerate().find_map(|(i, w)| {
        let said = words.get(i + 1).filter(|x| SAID.contains(&x.text))?;
        if !SOURCES.contains(&w.text) || !joined(w, said) {
            return None;
        }
        // Back to its article, over at most three words of one phrase.
        let mut k = i;
        for _ in 0..4 {
            let before = words.get(k.checked_sub(1)?)?;
            if !joined(before, &words[k]) || matches!(before.text, "the" | "his" | "her" | "their")
            {
                return None;
            }
            k -= 1;
            if matches!(before.text, "a" | "an" | "one") {
                return Some(Span::new(before.start, said.end));
            }
        }
        None
    })
}

/// Auxiliaries between a subject and its negation ("he had never", "she
/// did not", "it was not").
const AUXILIARIES: &[&str] = &[
    "had", "has", "have", "did", "does", "do", "was", "were", "is", "are",
];

/// Verbs that report speech and introduce what was said.
const SPEECH: &[&str] = &[
    "said",
    "says",
    "say",
    "saying",
    "added",
    "adding",
    "told",
    "tells",
    "telling",
    "insisted",
    "insists",
    "insisting",
    "maintained",
    "maintains",
    "maintaining",
    "stressed",
    "repeated",
];

/// Whether a word says when something was said ("said Wednesday",
/// "said yesterday").
fn day(word: &str) -> bool {
    crosscheck_lexicon::words::WEEKDAYS.contains(&word)
        || matches!(word, "yesterday" | "today" | "tonight")
}

/// Verbs that insist on something against an accusation: with a negation
/// after them, a denial ("insisted he had done nothing wrong").
const INSIST: &[&str] = &[
    "insisted",
    "insists",
    "insisting",
    "insist",
    "maintained",
    "maintains",
    "maintaining",
];

/// Verbs after a negation that report a belief, a plan or a memory, not a
/// denial of an act ("said he did not expect", "did not believe").
const NOT_AN_ACT: &[&str] = &[
    "believe",
    "think",
    "expect",
    "plan",
    "intend",
    "want",
    "see",
    "recall",
    "remember",
    "anticipate",
    "rule",
    "agree",
    "like",
    "mind",
    "care",
    "need",
    "comment",
    "say",
    "believed",
    "thought",
    "expected",
    "planned",
    "intended",
    "wanted",
    "saw",
    "recalled",
    "remembered",
    "anticipated",
    "agreed",
    "liked",
    "minded",
    "cared",
    "needed",
    "commented",
    "sure",
    "certain",
    "clear",
    "convinced",
    "decide",
    "decided",
    "have",
    "plans",
];

/// Adverbs between a negation and its verb ("not immediately clear",
/// "never even met").
const ADVERBS: &[&str] = &[
    "yet",
    "even",
    "ever",
    "once",
    "be",
    "been",
    "immediately",
    "always",
    "necessarily",
];

/// Who may speak a negation that accuses rather than denies ("Prosecutors
/// said he did not pay", "Police said he had not stopped"): a speaker
/// other than the person concerned.
const ACCUSERS: &[&str] = &[
    "police",
    "prosecutor",
    "prosecutors",
    "prosecution",
    "prosecuting",
    "critics",
    "opponents",
    "officials",
    "investigators",
    "authorities",
    "detectives",
    "officers",
    "witnesses",
    "experts",
    "analysts",
];

/// Subject pronouns a reported denial's clause opens with.
fn subject_pronoun(word: &str) -> bool {
    matches!(word, "he" | "she" | "they" | "it" | "i" | "we")
}

/// Words after "know" that make it a question left open ("did not know
/// who sent it"), not a denial of knowing someone.
const OPEN_QUESTION: &[&str] = &[
    "who", "what", "whether", "how", "if", "why", "when", "where",
];

/// The cue of a denial worded as a reported negation in a lower-cased
/// sentence: "insisted (that) <…> no/never/not" within eight words, or a
/// speech verb, an optional "that", a subject pronoun, at most two
/// auxiliaries and a negation ("said he did not send", "adding that he had
/// never corresponded", "said that was never the case"), unless what is
/// negated is a belief, a plan or an open question, or the speaker is one
/// who accuses (police, prosecutors, critics: [`ACCUSERS`]). Who the
/// pronoun is cannot be read here: a negation reported of someone else
/// than the speaker is taken too, which is why such a cue qualifies only
/// its own sentence.
pub(crate) fn reported_denial(sentence: &Sentence<'_>) -> Option<Span> {
    let words = &sentence.words[..];
    words.iter().enumerate().find_map(|(i, w)| {
        if !INSIST.contains(&w.text) && !SPEECH.contains(&w.text) {
            return None;
        }
        let accuser = words[i.saturating_sub(3)..i]
            .iter()
            .any(|x| ACCUSERS.contains(&x.text));
        if accuser {
            return None;
        }
        if INSIST.contains(&w.text) {
            // "insisted (that) he …": what is insisted on, not "maintained
            // rates".
            if !words
                .get(i + 1)
                .is_some_and(|x| x.text == "that" || subject_pronoun(x.text))
            {
                return None;
            }
            let neg = words
                .iter()
                .enumerate()
                .skip(i + 1)
                .take(8)
                .find(|(_, x)| negates(x.text))?;
            if modal(words, neg.0) || !negated_act(words, neg.0) {
                return None;
            }
            return Some(Span::new(w.start, neg.1.end));
        }
        let mut j = i + 1;
        // "said Wednesday", "said on Tuesday": when it was said.
        if words.get(j).is_some_and(|x| x.text == "on")
            && words.get(j + 1).is_some_and(|x| day(x.text))
        {
            j += 2;
        } else if words.get(j).is_some_and(|x| day(x.text)) {
            j += 1;
        }
        // "told the News that she had never met him", "told reporters he
        // had never met her": the one told, then what was said.
        if matches!(w.text, "told" | "tells" | "telling") {
            if let Some(that) = words
                .iter()
                .enumerate()
                .skip(i + 1)
                .take(7)
                .find(|(_, x)| x.text == "that" || subject_pronoun(x.text))
            {
                j = that.0;
            }
        }
        // "said that he had never …" ("that" opens the clause), but "said
        // that was never the case" ("that" is its subject).
        let that_subject = words
            .get(j + 1)
            .is_some_and(|x| AUXILIARIES.contains(&x.text) || negates(x.text));
        if words.get(j).is_some_and(|x| x.text == "that") && !that_subject {
            j += 1;
        }
        // "said he's certain he did not": the certainty, then the clause.
        let certain_subject = |w: &str| {
            let w = w.replace('\u{2019}', "'");
            matches!(w.as_str(), "he's" | "she's" | "they're" | "i'm" | "we're")
        };
        if words.get(j).is_some_and(|x| certain_subject(x.text))
            && words
                .get(j + 1)
                .is_some_and(|x| matches!(x.text, "certain" | "sure" | "confident"))
        {
            j += 2;
            if words.get(j).is_some_and(|x| x.text == "that") {
                j += 1;
            }
        }
        let subject = words.get(j)?;
        if !(subject_pronoun(subject.text) || subject.text == "that") {
            return None;
        }
        j += 1;
        for _ in 0..2 {
            if words.get(j).is_some_and(|x| AUXILIARIES.contains(&x.text)) {
                j += 1;
            }
        }
        let neg = words.get(j).filter(|x| negates(x.text))?;
        // "had not" is the negation; "didn't" is auxiliary and negation.
        let aux = words[i + 1..j]
            .iter()
            .any(|x| AUXILIARIES.contains(&x.text))
            || neg.text.ends_with("n't")
            || neg.text.ends_with("n\u{2019}t")
            || matches!(neg.text, "never" | "no" | "nothing");
        (aux && !modal(words, j) && negated_act(words, j)).then(|| Span::new(w.start, neg.end))
    })
}

/// Whether the negation at `at` is a modal's ("would not resign", "can't
/// possibly know"): a plan or an ability, not a denial of what was done.
fn modal(words: &[Word<'_>], at: usize) -> bool {
    const MODALS: &[&str] = &[
        "would", "will", "could", "can", "should", "might", "may", "must",
    ];
    let word = words[at].text;
    let stem = word
        .strip_suffix("n't")
        .or_else(|| word.strip_suffix("n\u{2019}t"));
    // "won't", "can't": the stem is not the modal's spelling.
    let stem_modal = stem.is_some_and(|s| MODALS.contains(&s) || matches!(s, "wo" | "ca"));
    stem_modal || at > 0 && MODALS.contains(&words[at - 1].text)
}

/// Whether the words after the negation at `at` deny an act rather than
/// a belief, a plan, or knowledge of an open question.
fn negated_act(words: &[Word<'_>], at: usize) -> bool {
    let mut rest = words[at + 1..].iter().map(|w| w.text);
    // "not yet", "never even": an adverb before the verb.
    let verb = rest.by_ref().find(|w| !ADVERBS.contains(w));
    match verb {
        None => true,
        Some(v) if NOT_AN_ACT.contains(&v) => false,
        Some("know" | "knew") => rest.next().is_none_or(|w| !OPEN_QUESTION.contains(&w)),
        Some(_) => true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cue(text: &str) -> Option<&str> {
        reported_denial(&Sentence::of(&text.to_lowercase())).map(|s| &text[s.start..s.end])
    }

    #[test]
    fn a_reported_denial() {
        assert_eq!(
            cue("He insisted he had done nothing wrong."),
            Some("insisted he had done nothing")
        );
        assert_eq!(
            cue("He said he did not know the woman who received the photo."),
            Some("said he did not")
        );
        assert_eq!(
            cue("Mr. Bauer said that was never the case."),
            Some("said that was never")
        );
        assert_eq!(
            cue("Mr. Weiner said, adding that he had never corresponded with her."),
            Some("adding that he had never")
        );
    }

    #[test]
    fn charges_laid_not_proved() {
        fn cue(text: &str) -> Option<&str> {
            charges_laid(&Sentence::of(&text.to_lowercase())).map(|s| &text[s.start..s.end])
        }
        assert_eq!(
            cue("He appeared in court yesterday on ten child abuse charges."),
            Some("on ten child abuse charges")
        );
        assert_eq!(cue("She faces four charges."), Some("faces four charges"));
        assert_eq!(cue("He was jailed for 12 years on 22 charges."), None);
        assert_eq!(cue("He was put on the team in charge of it."), None);
        assert_eq!(cue("The car travels 300 miles on a single charge."), None);
        assert_eq!(
            cue("He appeared on one charge under the Act."),
            Some("on one charge")
        );
        assert_eq!(cue("She was acquitted on all charges."), None);
    }

    #[test]
    fn an_unnamed_source() {
        fn cue(text: &str) -> Option<&str> {
            unnamed_source(&Sentence::of(&text.to_lowercase())).map(|s| &text[s.start..s.end])
        }
        assert_eq!(
            cue("But a White House official said the plan always was for him to stay."),
            Some("a White House official said")
        );
        assert_eq!(cue("A spokesman, John Smith, said it was false."), None);
        assert_eq!(cue("The official said it was false."), None);
        assert_eq!(
            cue("John Bolton, a former national security official, said so."),
            None
        );
        assert_eq!(cue("Speaking to a reporter, the official said so."), None);
        assert_eq!(cue("In a press release, officials said so."), None);
    }

    #[test]
    fn a_denial_told_to_someone() {
        assert_eq!(
            cue("The woman told the New York Daily News that she had never met him."),
            Some("told the New York Daily News that she had never")
        );
    }

    #[test]
    fn a_denial_said_on_a_day_with_certainty() {
        assert_eq!(
            cue("Weiner said Wednesday he's certain he did not send a photo."),
            Some("said Wednesday he's certain he did not")
        );
        assert_eq!(
            cue("She said on Monday that she had never met him."),
            Some("said on Monday that she had never")
        );
    }

    #[test]
    fn an_accusers_negation_or_plain_news_is_no_denial() {
        assert_eq!(cue("Prosecutors say he did not pay his taxes."), None);
        assert_eq!(
            cue("Police said he had not stopped at the checkpoint."),
            None
        );
        assert_eq!(cue("Police said there were no injuries."), None);
        assert_eq!(cue("He said it was not immediately clear why."), None);
        assert_eq!(cue("She said they did not have details."), None);
        assert_eq!(cue("He said it had not yet decided."), None);
        assert_eq!(cue("The bank maintained rates, not cutting them."), None);
        assert_eq!(
            cue("He told reporters he had never met her."),
            Some("told reporters he had never")
        );
    }

    #[test]
    fn a_modal_is_no_denial() {
        assert_eq!(cue("He insisted he would not resign."), None);
        assert_eq!(
            cue("He added that he \u{201c}can\u{2019}t possibly know what is reported."),
            None
        );
        assert_eq!(cue("She said it could not be done."), None);
    }

    #[test]
    fn a_belief_a_plan_or_an_open_question_is_no_denial() {
        assert_eq!(cue("He said he did not expect the bill to pass."), None);
        assert_eq!(
            cue("He said he did not believe the episode merited an inquiry."),
            None
        );
        assert_eq!(cue("He said he did not know who could have sent it."), None);
        assert_eq!(cue("She said they would go ahead."), None);
        // A negation with no auxiliary is not the speaker's ("said he
        // not only …" is not a clause of its own).
        assert_eq!(cue("He said he not only ran but won."), None);
    }
}
