//! Attribution cues inside one sentence and the source and content they
//! introduce: "X said (that) …", "“…,” X said", "“…,” said X", "according
//! to X, …", "…, according to X", "X, Y reported, said …", "…, accusing …".

use crosscheck_lexicon::words;
use crosscheck_model::Span;
use crosscheck_text::{Token, TokenKind};

use crate::names::{capitalised, is_initial, is_lead_word, is_role};

/// Verbs (all forms listed) that report speech, writing or belief.
const VERBS: &[&str] = &[
    "said",
    "says",
    "say",
    "saying",
    "told",
    "tells",
    "tell",
    "telling",
    "noted",
    "notes",
    "noting",
    "added",
    "adds",
    "adding",
    "stressed",
    "stresses",
    "warned",
    "warns",
    "warning",
    "argued",
    "argues",
    "arguing",
    "claimed",
    "claims",
    "claiming",
    "stated",
    "states",
    "wrote",
    "writes",
    "explained",
    "explains",
    "insisted",
    "insists",
    "objected",
    "objects",
    "asked",
    "asks",
    "replied",
    "replies",
    "responded",
    "answered",
    "answers",
    "pressed",
    "interrupted",
    "beamed",
    "referred",
    "refers",
    "accusing",
    "accused",
    "accuses",
    "reported",
    "reports",
    "announced",
    "announces",
    "declared",
    "declares",
    "tweeted",
    "tweets",
    "recalled",
    "recalls",
    "acknowledged",
    "acknowledges",
    "admitted",
    "confessed",
    "admits",
    "conceded",
    "concedes",
    "suggested",
    "suggests",
    "urged",
    "urges",
    "believes",
    "believed",
    "thinks",
    "confirmed",
    "confirms",
    "denied",
    "denies",
    "predicted",
    "predicts",
    "cautioned",
    "complained",
    "maintained",
    "maintains",
    "emphasized",
    "emphasised",
    "emphasizes",
    "contended",
    "alleged",
    "alleges",
    "revealed",
    "reveals",
    "indicated",
    "indicates",
    "signaled",
    "signalled",
    "promised",
    "promises",
    "vowed",
    "vows",
    "pledged",
    "threatened",
    "called",
    "calls",
    "described",
    "describes",
    "learned",
    "quoted",
    "told",
    "charged",
    "countered",
    "observed",
    "pointed",
    "remarked",
    "conceded",
    "testified",
    "boasted",
    "acknowledging",
    "explaining",
    "insisting",
    "arguing",
    "suggesting",
    "calling",
    "describing",
    "announcing",
    "asserting",
    "asserted",
    "asserts",
    "expects",
    "expected",
    "hopes",
    "feared",
    "fears",
    "worried",
    "concluded",
    "concludes",
    "found",
    "shows",
    "showed",
    "estimated",
    "estimates",
    "mentioned",
    "commented",
    "wondered",
    // Belief, intention and stance reports (PolNeAR annotates them too).
    "think",
    "believe",
    "seemed",
    "seems",
    "appears",
    "appeared",
    "declined",
    "endorsed",
    "endorses",
    "criticized",
    "criticised",
    "criticizes",
    "want",
    "wants",
    "wanted",
    "citing",
    "cited",
    "cites",
    "supports",
    "supported",
    "supporting",
    "defended",
    "defends",
    "praised",
    "praises",
    "thanked",
    "congratulated",
    "commended",
    "agreed",
    "agrees",
    "argue",
    "proposed",
    "proposes",
    "know",
    "knows",
    "knew",
    "sees",
    "saw",
    "hope",
    "hoped",
    "fear",
    "feel",
    "feels",
    "felt",
    "blamed",
    "blames",
    "questioned",
    "dismissed",
    "rejected",
    "rejects",
    "opposed",
    "opposes",
    "sought",
    "seeks",
    "refused",
    "refuses",
    "intends",
    "intended",
    "demanded",
    "demands",
    "recommended",
    "recommends",
    "attacked",
    "slammed",
    "blasted",
    "mocked",
    "touted",
    "touts",
    "highlighted",
    "characterized",
    "labeled",
    "dubbed",
    "quipped",
    "retorted",
    "retorts",
    "retort",
    "shouted",
    "fumed",
    "seethed",
    "yelled",
    "screamed",
    "bellowed",
    "hollered",
    "exclaimed",
    "interjected",
    "chanted",
    "joked",
    "disputed",
    "disputes",
    "welcomed",
    "welcomes",
    "doubted",
    "doubts",
    "doubt",
    "considers",
    "considered",
    "understands",
    "realized",
    "agree",
    "disagree",
    "disagreed",
];

/// Whether a word is one of the reporting verbs.
pub fn is_verb(word: &str) -> bool {
    VERBS.contains(&word)
}

/// Verbs that are also nouns ("swing states", "news reports"): cues only
/// when "that", a comma or a quotation follows.
const AMBIGUOUS: &[&str] = &[
    "objects",
    "objected",
    "states",
    "reports",
    "calls",
    "claims",
    "hopes",
    "fears",
    "promises",
    "shows",
    "showed",
    "found",
    "expected",
    "believed",
    "alleged",
    "called",
    "pledged",
    "estimates",
    "notes",
    "expects",
    "concluded",
    "vows",
    "pledges",
];

/// Verbs that report speech only right before or after the words (see
/// `find`): "answered questions", "pressed the case", "Smith answered,
/// then hung up", "the talks continued, and" and "asking for money"
/// report none.
const QUOTE_ONLY_VERBS: &[&str] = &[
    "laughed",
    "laughs",
    "smiled",
    "sighed",
    "continued",
    "continues",
    "asking",
    "answered",
    "answers",
    "pressed",
    "interrupted",
    "beamed",
    "posted",
    "texted",
    "messaged",
    "emailed",
    "writing",
    // The manner of speaking ("“August is my whole year,” he grumbled").
    "grumbled",
    "mused",
    "marvelled",
    "marveled",
    "murmured",
    "muttered",
    "whispered",
    "chuckled",
    "gushed",
    "enthused",
    "deadpanned",
    "confided",
    "scoffed",
    "lamented",
    "pleaded",
    "protested",
    "teased",
    // A feature's present tense, and more of the manner of speaking ("“Now
    // I tune better blind,” she jokes").
    "jokes",
    "quips",
    "confides",
    "muses",
    "reflects",
    "reflected",
    "complains",
    "boasts",
    "confesses",
    "smiles",
    "sighs",
    "whispers",
    "raps",
    "rapped",
    "murmurs",
    "mutters",
    "grumbles",
    // Words given as a list ("“Sex, weight, which box,” he listed").
    "listed",
    "lists",
];

/// Participles that take the main clause's subject ("…, accusing the west of …").
const PARTICIPLES: &[&str] = &[
    "saying",
    "asking",
    "telling",
    "noting",
    "adding",
    "warning",
    "arguing",
    "claiming",
    "accusing",
    "acknowledging",
    "explaining",
    "insisting",
    "suggesting",
    "calling",
    "describing",
    "announcing",
    "asserting",
    "writing",
];

/// Words that may stand between a source and its verb (kept in the cue);
/// in the head of a source phrase they show a clause, not a noun phrase.
pub(crate) const AUXILIARIES: &[&str] = &[
    "has", "have", "had", "was", "were", "is", "are", "will", "would", "could", "may", "might",
    "did", "does", "do", "be", "been", "can", "should", "must", "shall",
];

/// Connectives set off by commas between a source and its verb ("X,
/// though, said"): skipped, in neither the source nor the cue.
const CONNECTIVES: &[&str] = &[
    "though",
    "however",
    "meanwhile",
    "too",
    "also",
    "instead",
    "moreover",
    "furthermore",
    "nonetheless",
    "nevertheless",
];

/// Words skipped between a source and its verb (not in the cue).
const ADVERBS: &[&str] = &[
    "also",
    "later",
    "previously",
    "reportedly",
    "repeatedly",
    "once",
    "then",
    "again",
    "recently",
    "publicly",
    "privately",
    "separately",
    "further",
    "often",
    "always",
    "usually",
    "sometimes",
    "frequently",
    "regularly",
    "earlier",
    "even",
    "still",
    "already",
    "allegedly",
    "first",
    "himself",
    "herself",
    "themselves",
    "not",
    // Times of speaking ("X, …, tonight said", "just told").
    "just",
    "today",
    "tonight",
    "yesterday",
    "now",
];

/// Verbs of a habit before "to" and a verb of speech ("used to say",
/// "liked to joke"): part of the cue.
const HABIT_VERBS: &[&str] = &[
    "used", "liked", "likes", "loved", "loves", "tended", "tends",
];

/// Words that end a source noun phrase when walking left from the verb.
const BOUNDARIES: &[&str] = &[
    "that", "and", "but", "while", "when", "because", "if", "as", "after", "before", "since",
    "although", "though", "so", "or", "than", "where", "whereas", "yet", "until", "unless",
    "whether", "said", "says", "told", "noted", "to", "who", "which", "whom", "what",
];

/// One attribution found in a sentence (byte spans of the article text).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Found {
    /// The cue (with auxiliaries: "has learned", "was quoted as saying").
    pub cue: Span,
    /// The source, when stated.
    pub source: Option<Span>,
    /// What is attributed.
    pub content: Span,
    /// An aside between the source and the cue ("— provided to X and based
    /// on Y —"), part of the source's chain.
    pub aside: Option<Span>,
}

/// Whether a token is one of [`ADVERBS`] written in lower case ("USA
/// Today", "Russia Today" are names).
fn is_adverb(text: &str, t: &Token) -> bool {
    let written = t.span.slice(text);
    written.chars().next().is_some_and(char::is_lowercase)
        && (ADVERBS.contains(&written.to_lowercase().as_str()) || manner_adverb(written))
}

/// Whether a lower-case word is an adverb of manner by its ending ("clearly
/// says", "immediately asks", "angrily told"): "-ly" words but the nouns
/// and adjectives of that ending that stand before a verb as its subject's
/// last word ("the family said", "an ally told", "the daily reported").
fn manner_adverb(word: &str) -> bool {
    word.len() > 5
        && word.ends_with("ly")
        && word.chars().all(|c| c.is_ascii_lowercase())
        && !LY_NOUNS.contains(&word)
}

/// Words ending in "-ly" that name someone or something that can speak or
/// report (see [`manner_adverb`]).
pub(crate) const LY_NOUNS: &[&str] = &[
    "family",
    "assembly",
    "monopoly",
    "anomaly",
    "supply",
    "weekly",
    "monthly",
    "quarterly",
    "biweekly",
    "bully",
    "rally",
    "reply",
    "ally",
    "daily",
    "homily",
    "panoply",
    "oligopoly",
    "fly",
    "early",
    "elderly",
    "friendly",
    "likely",
    "only",
    "lonely",
    "nearly",
];

fn is_word(t: &Token) -> bool {
    t.kind != TokenKind::Punct
}

fn lower(text: &str, t: &Token) -> String {
    t.span.slice(text).to_lowercase()
}

fn inside(quotes: &[Span], at: usize) -> bool {
    quotes.iter().any(|q| q.start <= at && at < q.end)
}

/// Whether a word is an abbreviated title or name part written capitalised
/// ("Mr", "Gen", "St", "Maj"), whose stop belongs to a name.
fn is_title(w: &str) -> bool {
    let lower = w.to_lowercase();
    let mut chars = lower.chars();
    let capitalised: String = chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default();
    w == capitalised
        && [
            words::HONORIFIC_ABBREVIATIONS,
            words::NAME_ABBREVIATIONS,
            words::RARE_RANK_ABBREVIATIONS,
        ]
        .iter()
        .any(|list| list.contains(&lower.as_str()))
}

/// The attributions a sentence holds, read from its tokens `toks` (with the
/// text's offsets). `quotes` are the quoted stretches (content spans) of the
/// article: cues inside them are someone's words, not attributions.
pub fn find(text: &str, toks: &[Token], sentence: Span, quotes: &[Span]) -> Vec<Found> {
    let mut out: Vec<Found> = Vec::new();
    let mut k = 0;
    while k < toks.len() {
        let t = &toks[k];
        if !is_word(t) || inside(quotes, t.span.start) {
            k += 1;
            continue;
        }
        let w = lower(text, t);
        if PERCEIVED.contains(&w.as_str())
            && let Some((f, next)) = heard_saying(text, toks, k, sentence, quotes)
        {
            out.push(f);
            k = next;
            continue;
        }
        if QUOTING.contains(&w.as_str())
            && let Some((f, next)) = quoted_as_saying(text, toks, k, sentence, quotes)
        {
            out.push(f);
            k = next;
            continue;
        }
        if k == 0
            && let Some((f, next)) = inverted(text, toks, sentence, quotes)
        {
            out.push(f);
            k = next;
            continue;
        }
        if k == 0
            && w == "in"
            && let Some((f, next)) = in_the_words_of(text, toks, sentence, quotes)
        {
            out.push(f);
            k = next;
            continue;
        }
        // "…, in his words, “too small to think in”": the words are the
        // one the pronoun stands for — not after a pronoun subject ("He
        // was, in his words, “…”"), who may be someone never named.
        if k > 0
            && w == "in"
            && !matches!(
                lower(text, &toks[0]).as_str(),
                "he" | "she" | "they" | "his" | "her" | "their"
            )
            && toks
                .get(k + 1)
                .is_some_and(|n| matches!(lower(text, n).as_str(), "his" | "her" | "their"))
            && toks.get(k + 2).is_some_and(|n| lower(text, n) == "words")
            && toks.get(k + 3).is_some_and(|n| n.span.slice(text) == ",")
            && toks
                .get(k + 4)
                .is_some_and(|n| matches!(n.span.slice(text), "“" | "\""))
            && let Some(content) = to_end(text, toks, k + 4, sentence)
        {
            out.push(Found {
                cue: toks[k + 2].span,
                source: Some(toks[k + 1].span),
                content,
                aside: None,
            });
            k += 4;
            continue;
        }
        if k == 0
            && let Some(f) = owned_words_frame(text, toks, sentence, quotes)
        {
            out.push(f);
            k += 1;
            continue;
        }
        if FRAME_ADJECTIVES.contains(&w.as_str())
            && let Some(f) = manner_frame(text, toks, k, sentence, quotes)
        {
            out.push(f);
            k += 2;
            continue;
        }
        if w == "according" && toks.get(k + 1).is_some_and(|n| lower(text, n) == "to") {
            if let Some(f) = according_to(text, toks, k, sentence, quotes) {
                out.push(f);
            }
            k += 2;
            continue;
        }
        let written = t.span.slice(text);
        let lowercase = written.chars().next().is_some_and(char::is_lowercase);
        // A verb that is also a noun reports speech before "that", a comma,
        // a quotation or a colon, or at the end of a sentence that a
        // quotation opens ("“…,” the letter states.").
        // ("“…!” a woman called down.", "“…,” he called back to them":
        // "called" and its particle.)
        let particle = matches!(w.as_str(), "called" | "calls")
            && toks.get(k + 1).is_some_and(|n| {
                matches!(
                    lower(text, n).as_str(),
                    "out" | "down" | "up" | "over" | "back"
                )
            })
            && toks.get(k + 2).is_none_or(|n| {
                matches!(
                    lower(text, n).as_str(),
                    "." | "!" | "?" | "," | "to" | "from" | "across"
                )
            });
        // (Not where the quotation has its frame already: "“…,” she said,
        // her fingers still pressed".)
        // "“…,” Donald Trump posted on his platform": a quotation closed by
        // a comma, a question or an exclamation mark just before the source.
        let window_from = k.saturating_sub(MAX_SOURCE_TOKENS);
        let framed_quotation = k >= 2
            && toks[window_from..k].windows(2).enumerate().any(|(i, p)| {
                matches!(lower(text, &p[0]).as_str(), "," | "?" | "!")
                    && matches!(lower(text, &p[1]).as_str(), "”" | "\"")
                    && toks[window_from + i + 2..k]
                        .iter()
                        .all(|t| !VERBS.contains(&lower(text, t).as_str()))
            });
        let after_quotation = (particle
            || toks
                .get(k + 1)
                .is_none_or(|n| matches!(lower(text, n).as_str(), "." | "!" | "?")))
            && framed_quotation;
        // "answered", "pressed", "interrupted", "beamed": speech only before
        // a colon, the marks or "that" (a comma only before the marks), or
        // after a quotation — not "Smith answered, then hung up".
        let quote_only = QUOTE_ONLY_VERBS.contains(&w.as_str());
        let before_words = toks.get(k + 1).is_some_and(|n| {
            matches!(lower(text, n).as_str(), "that" | "“" | "\"" | ":")
                || (n.span.slice(text) == ","
                    && toks
                        .get(k + 2)
                        .is_some_and(|m| matches!(m.span.slice(text), "“" | "\"")))
        })
            // "opened by asking former prosecutor Diego Fuentes: “…”": whom
            // it asks, then a colon and the marks.
            || (w == "asking"
                && (k + 2..toks.len().min(k + 9)).any(|c| {
                    toks[c].span.slice(text) == ":"
                        && toks
                            .get(c + 1)
                            .is_some_and(|m| matches!(m.span.slice(text), "“" | "\""))
                        && toks[k + 1..c].iter().all(|t| t.kind == TokenKind::Word)
                }))
            // "posted a notice asking residents to “keep cats indoors”":
            // whom it asks, "to" and the words asked for.
            || (w == "asking" && asks_in_words(text, toks, k));
        // What someone found or saw before the marks is its object ("Agents
        // found “classified documents”", "officials saw “upside risks”").
        let finding = matches!(w.as_str(), "found" | "finds" | "saw" | "sees" | "see");
        let ambiguous_ok = if quote_only {
            after_quotation || before_words || framed_quotation
        } else {
            let marks_next = toks
                .get(k + 1)
                .is_some_and(|n| matches!(n.span.slice(text), "“" | "\""));
            !(AMBIGUOUS.contains(&w.as_str()) || finding && marks_next) || after_quotation
            || toks.get(k + 1).is_some_and(|n| {
                matches!(lower(text, n).as_str(), "that" | "," | ":")
                    || (!finding && matches!(lower(text, n).as_str(), "“" | "\""))
            })
            // "what he called his “utter failure”", "called the night “a
            // solid win”": its object, then the quotation (of "called"
            // only: "the poll showed the “…”" is none).
            || (matches!(w.as_str(), "called" | "calls")
                && calls_its_object(text, toks, k, quotes))
            // "A woman at the back called out: “…”", "“…,” a woman called
            // down" (after the words: `after_quotation`).
            // Not the passive ("The army was called out:").
            || (matches!(w.as_str(), "called" | "calls")
                && !k
                    .checked_sub(1)
                    .is_some_and(|p| PASSIVE_BEFORE.contains(&lower(text, &toks[p]).as_str()))
                && toks.get(k + 1).is_some_and(|n| {
                    matches!(lower(text, n).as_str(), "out" | "down" | "up" | "over" | "back")
                })
                && called_out_opens_words(text, toks, k + 2))
            // "has called for “a full audit …”", "called on Congress to
            // “act now”": what they called for, in their words.
            || (matches!(w.as_str(), "called" | "calls" | "calling")
                && calls_for_in_words(text, toks, k))
        };
        // "Jordan's office released a statement: “…”".
        let puts_out = statement_follows(text, toks, k);
        // "As Smith put it, “…”", "Smith put it this way: “…”".
        // "posted on Facebook: “…”", "posts on X that …".
        // Or "posted on social media:", "posted on his official account:".
        let posts_on = matches!(w.as_str(), "posted" | "posts")
            && toks.get(k + 1).is_some_and(|n| lower(text, n) == "on")
            && (k + 2..toks.len().min(k + 2 + MAX_POSTED_ON_WORDS + 1))
                .find(|&j| matches!(toks[j].span.slice(text), ":" | "," | "that" | "“" | "\""))
                .is_some_and(|end| {
                    end > k + 2
                        && toks[k + 2..end].iter().all(|n| {
                            capitalised(n.span.slice(text))
                                || POSTED_ON_WORDS.contains(&lower(text, n).as_str())
                        })
                });
        // Not "put it on the table": words or a stop follow the frame.
        let puts_it = matches!(w.as_str(), "put" | "puts")
            && toks.get(k + 1).is_some_and(|n| lower(text, n) == "it")
            && toks
                .get(cue_extent(text, toks, k, &w).1)
                .is_none_or(|n| matches!(n.span.slice(text), "," | ":" | "." | "“" | "\"" | "—"));
        // Answering back: speech only right before the words ("Ryan shot
        // back: “…”") or right after them ("“…,” Warren shot back"), never
        // "hit back at Labour's claim" or "shot back after the ambush".
        let answers_back = back_verb(text, toks, k)
            && (toks.get(k + 2).is_some_and(|n| after_back(&lower(text, n)))
                || quote_right_before(text, toks, k, quotes));
        // A participle after its noun, no auxiliary between ("a new
        // labelling scheme intended to protect"): no one's intent.
        let reduced_relative = matches!(w.as_str(), "intended" | "designed")
            && k.checked_sub(1).is_some_and(|p| {
                let before = toks[p].span.slice(text);
                before.chars().all(char::is_lowercase)
                    && !AUXILIARIES.contains(&before)
                    && !matches!(before, "who" | "which" | "that" | "and")
            })
            && toks.get(k + 1).is_some_and(|n| lower(text, n) == "to");
        // An adjective before its noun ("a simple message for worried
        // residents", "the worried parents"): no one's fear.
        let adjective = w == "worried"
            && k.checked_sub(1)
                .is_some_and(|p| ADJECTIVE_BEFORE.contains(&lower(text, &toks[p]).as_str()))
            && toks.get(k + 1).is_some_and(|n| {
                n.kind == TokenKind::Word
                    && n.span.slice(text).starts_with(char::is_lowercase)
                    && !matches!(lower(text, n).as_str(), "that" | "about" | "by")
            });
        if (VERBS.contains(&w.as_str())
            || quote_only
            || answers_back
            || puts_out
            || puts_it
            || posts_on)
            && (lowercase || k == 0)
            && (ambiguous_ok || puts_out || puts_it || posts_on)
            && !reduced_relative
            && !adjective
            && !things_objected(text, toks, k, &w)
        {
            if let Some(f) = verb(text, toks, k, sentence, quotes, &out) {
                out.push(f);
            }
        } else if matches!(w.as_str(), "read" | "reads")
            && lowercase
            && let Some(f) = verb(text, toks, k, sentence, quotes, &out)
            && reads_a_text(text, &f, quotes)
        {
            out.push(f);
        }
        k += 1;
    }
    if out.is_empty()
        && let Some(f) = colon_frame(text, toks, sentence, quotes)
    {
        out.push(f);
    }
    out
}

/// Words after which a participle is an adjective before its noun ("for
/// worried residents", "the worried parents").
const ADJECTIVE_BEFORE: &[&str] = &[
    "a",
    "an",
    "the",
    "for",
    "to",
    "of",
    "with",
    "many",
    "some",
    "most",
    "more",
    "his",
    "her",
    "their",
    "our",
    "its",
    "my",
    "your",
    "very",
    "visibly",
    "deeply",
    "increasingly",
    "among",
];

/// Auxiliaries before a participle that make it passive ("was called
/// out").
const PASSIVE_BEFORE: &[&str] = &["was", "were", "been", "be", "being", "is", "are"];

/// Words of where something was posted besides a platform's name ("posted
/// on social media:", "posted on his official account:").
const POSTED_ON_WORDS: &[&str] = &[
    "social", "media", "his", "her", "its", "their", "the", "official", "account", "page",
    "website", "site", "blog", "feed", "platform", "channel",
];

/// The most words between "posted on" and the colon or comma before the
/// words.
const MAX_POSTED_ON_WORDS: usize = 4;

/// Verbs of a beat before a quotation ("Kline disagreed.", "She laughed.",
/// "Ian shrugged."): a short sentence that shows its subject about to speak.
const BEAT_VERBS: &[&str] = &[
    "disagreed",
    "disagrees",
    "laughed",
    "laughs",
    "smiled",
    "smiles",
    "shrugged",
    "shrugs",
    "nodded",
    "nods",
    "paused",
    "pauses",
    "sighed",
    "sighs",
    "grinned",
    "grins",
    "chuckled",
    "chuckles",
    "winced",
    "winces",
    "frowned",
    "frowns",
    "hesitated",
    "hesitates",
    "bristled",
    "bristles",
    "scoffed",
    "scoffs",
    "demurred",
    "demurs",
    "relented",
    "relents",
];

/// Whether a word is a verb of a beat ("laughs", "shrugged").
pub(crate) fn is_beat_verb(word: &str) -> bool {
    BEAT_VERBS.contains(&word)
}

/// What a beat's subject was ("The prosecutor was not moved.", "Smith was
/// unconvinced."), beside the adjectives of a manner frame.
const BEAT_STATES: &[&str] = &[
    "moved",
    "unmoved",
    "convinced",
    "unconvinced",
    "impressed",
    "unimpressed",
    "swayed",
    "persuaded",
    "fazed",
    "amused",
    "unrepentant",
    "quiet",
    "silent",
];

/// Verbs of a beat after a negation ("He doesn’t argue.", "She did not
/// budge.").
const NEGATED_BEATS: &[&str] = &["argue", "disagree", "budge", "flinch", "hesitate", "relent"];

/// The most tokens a beat has after its verb ("laughs when she hears
/// that").
const MAX_BEAT_TAIL_TOKENS: usize = 6;

/// The subject of a beat sentence — a short sentence with no quotation that
/// shows someone about to speak ("Kline disagreed.", "The prosecutor was
/// not moved.", "Vega banged her gavel." is no beat: only the verbs of
/// [`BEAT_VERBS`], a state of [`BEAT_STATES`] or a manner adjective after
/// "was", a negated verb of [`NEGATED_BEATS`]). A quotation that opens the
/// next sentence with no frame of its own is the subject's.
pub(crate) fn beat_subject(text: &str, toks: &[Token]) -> Option<Span> {
    if holds_quotation_or_colon(text, toks) {
        return None;
    }
    let word = |i: usize| toks.get(i).map(|t| lower(text, t)).unwrap_or_default();
    let negated = |i: usize| {
        i >= 1
            && (matches!(word(i - 1).as_str(), "not" | "t" | "n’t" | "n't")
                || word(i - 1).ends_with("n’t")
                || word(i - 1).ends_with("n't"))
    };
    let k = (1..toks.len()).find(|&i| {
        let w = word(i);
        let lowercase = toks[i].span.slice(text).starts_with(char::is_lowercase);
        lowercase
            && (BEAT_VERBS.contains(&w.as_str())
                // "Jake rolled his eyes. “That is not true.”": only with the
                // words right after it in its paragraph (a listener's
                // reaction before a new paragraph is no turn).
                || (matches!(w.as_str(), "rolled" | "rolls")
                    && word(i + 2) == "eyes"
                    && toks.last().is_some_and(|t| {
                        text[t.span.end..]
                            .trim_start_matches([' ', '\t'])
                            .starts_with(|c: char| crate::marks::is_quote_mark(c))
                    }))
                || (NEGATED_BEATS.contains(&w.as_str()) && negated(i))
                || ((BEAT_STATES.contains(&w.as_str()) || FRAME_ADJECTIVES.contains(&w.as_str()))
                    && (1..=3).any(|back| {
                        i >= back
                            && matches!(word(i - back).as_str(), "was" | "is" | "were" | "are")
                            && (i - back + 1..i).all(|j| {
                                matches!(
                                    word(j).as_str(),
                                    "not" | "less" | "more" | "clearly" | "far" | "no"
                                )
                            })
                    })))
    })?;
    let tail = toks[k + 1..]
        .iter()
        .filter(|t| !matches!(t.span.slice(text), "." | "!" | "?"))
        .count();
    if tail > MAX_BEAT_TAIL_TOKENS {
        return None;
    }
    // The subject runs from where the sentence's subject starts to the
    // verb, past its auxiliaries and a negation ("His wife, Susan Brandt,
    // laughed": the name in apposition is read later).
    let (s, _) = sentence_subject(text, toks, k)?;
    let mut e = k;
    while e > s
        && (matches!(
            word(e - 1).as_str(),
            "," | "’"
                | "'"
                | "not"
                | "t"
                | "n’t"
                | "n't"
                | "doesn"
                | "didn"
                | "does"
                | "did"
                | "was"
                | "is"
                | "were"
                | "are"
                | "less"
                | "more"
                | "clearly"
                | "far"
                | "no"
        ) || is_adverb(text, &toks[e - 1]))
    {
        e -= 1;
    }
    (e > s && e - s <= MAX_BEAT_SUBJECT_TOKENS).then(|| span_of(toks, s, e))?
}

/// Whether a sentence holds quotation marks or a colon: no beat or scene
/// before a quotation.
fn holds_quotation_or_colon(text: &str, toks: &[Token]) -> bool {
    toks.iter()
        .any(|t| matches!(t.span.slice(text), "“" | "”" | "\"" | "‘" | ":"))
}

/// The subject of a sentence with no quotation, with an apposition after
/// it ("Frank Olsen, the fire chief, stood in front of the warehouse."):
/// who a scene shows, for a quotation that follows it and that nothing
/// else gives a speaker.
pub(crate) fn scene_subject(text: &str, toks: &[Token]) -> Option<Span> {
    if holds_quotation_or_colon(text, toks) {
        return None;
    }
    // Past a clause that opens the sentence ("Before adjourning for the
    // day, Dame Helena addressed the constable").
    let first = toks.first().map(|t| lower(text, t)).unwrap_or_default();
    let from =
        if SCENE_OPENERS.contains(&first.as_str()) || (first.len() > 4 && first.ends_with("ing")) {
            toks.iter()
                .position(|t| t.span.slice(text) == ",")
                .map_or(0, |c| c + 1)
        } else {
            0
        };
    let verb = toks[from..]
        .iter()
        .position(|t| {
            t.kind == TokenKind::Word && t.span.slice(text).starts_with(char::is_lowercase)
        })
        .map_or(toks.len(), |k| k + from);
    let (s, mut e) = sentence_subject(text, toks, verb)?;
    let mut next = e;
    if toks.get(e).is_some_and(|t| t.span.slice(text) == ",")
        && let Some(close) = (e + 1..toks.len().min(e + 1 + MAX_BEAT_SUBJECT_TOKENS))
            .find(|&i| toks[i].span.slice(text) == ",")
    {
        e = close;
        next = close + 1;
    }
    while next < toks.len() && is_adverb(text, &toks[next]) {
        next += 1;
    }
    // The subject is shown where they stand or what they do with their
    // body ("stood in front of", "leaned forward"): not what was done to
    // them ("was jailed", "died", "denies murder", "listened as the judge
    // read").
    // Or taking a turn ("Mwangi-Hart began with the deficit", "The mayor
    // turned to face him").
    let word = |i: usize| toks.get(i).map(|t| lower(text, t)).unwrap_or_default();
    let shown = SCENE_VERBS.contains(&word(next).as_str())
        || (TURN_OPENING_VERBS.contains(&word(next).as_str())
            && matches!(word(next + 1).as_str(), "with" | "by"));
    shown.then(|| span_of(toks, s, e))?
}

/// Words that open a clause before a scene's subject ("Before adjourning
/// for the day, …").
const SCENE_OPENERS: &[&str] = &[
    "before", "after", "during", "at", "in", "on", "later", "earlier",
];

/// Verbs of a scene that shows someone about to speak.
const SCENE_VERBS: &[&str] = &[
    "stood",
    "sat",
    "walked",
    "paced",
    "leaned",
    "gestured",
    "pointed",
    "looked",
    "gazed",
    "waved",
    "turned",
    "rose",
    "stepped",
    "faced",
    "addressed",
    "sits",
    "walks",
    "paces",
    "leans",
    "gestures",
    "points",
    "looks",
    "gazes",
    "waves",
    "turns",
    "rises",
    "steps",
    "faces",
];

/// Verbs that open a turn with what follows "with" or "by" ("began with
/// the deficit", "opened by asking").
const TURN_OPENING_VERBS: &[&str] = &["began", "opened", "started", "begins", "opens", "starts"];

/// The most tokens a beat's subject holds, its apposition included ("The
/// senator’s chief of staff, Hannah Moss").
const MAX_BEAT_SUBJECT_TOKENS: usize = 10;

/// The most tokens between a subject and the colon of a frame that reports
/// no speech in words ("Ron Paul jumped in:", "Jay Carney didn’t
/// hesitate:").
const MAX_COLON_PREDICATE_TOKENS: usize = 6;

/// "Ron Paul jumped in: “…”", "Her neighbor, Frank Ianucci, was less
/// diplomatic: “…”": a sentence whose subject names someone (a capitalised
/// name, or "he" or "she") and whose short predicate, with no word of
/// speech and nothing written, ends in a colon before a quotation and
/// nothing else — the quotation is the subject's. Read only where no other
/// frame is in the sentence.
fn colon_frame(text: &str, toks: &[Token], sentence: Span, quotes: &[Span]) -> Option<Found> {
    let colon = toks
        .iter()
        .position(|t| t.span.slice(text) == ":" && !inside(quotes, t.span.start))?;
    let (s, e) = sentence_subject(text, toks, colon)?;
    // An order opening the sentence is no one ("Read the latest updates
    // below:", "Wait, it gets better:", "See more here:").
    let next = |i: usize| toks.get(i).map(|t| lower(text, t)).unwrap_or_default();
    if e - s == 1
        && toks[s].span.start == sentence.start
        && (matches!(
            next(e).as_str(),
            "the"
                | "a"
                | "an"
                | "this"
                | "these"
                | "our"
                | "your"
                | "more"
                | "below"
                | "here"
                | "from"
                | "into"
        ) || (next(e) == ","
            && matches!(
                next(e + 1).as_str(),
                "it" | "this" | "that" | "there" | "here"
            )))
    {
        return None;
    }
    // An apposition after the subject's head ("Her neighbor, Frank
    // Ianucci, was less diplomatic:"): the subject runs to its last comma.
    // The head may run on a noun or two first ("Her neighbor, …"), not a
    // verb ("He paused, then added:").
    let first_comma = (e..colon).find(|&i| toks[i].span.slice(text) == ",");
    let head_runs_on = first_comma.is_some_and(|c| {
        c - e <= 2
            && (e..c).all(|i| {
                let w = lower(text, &toks[i]);
                toks[i].kind == TokenKind::Word
                    && !capitalised(toks[i].span.slice(text))
                    && !is_verb(&w)
                    && !w.ends_with("ed")
            })
    });
    let e = match first_comma {
        Some(c) if head_runs_on => (c + 1..colon)
            .rev()
            .find(|&i| toks[i].span.slice(text) == ",")
            .unwrap_or(c),
        _ => e,
    };
    let names_someone = (s..e).any(|i| {
        let w = toks[i].span.slice(text);
        capitalised(w)
            && !is_lead_word(w)
            && !(i == s && matches!(w, "The" | "A" | "An" | "This" | "That"))
    }) || (e - s == 1
        && matches!(lower(text, &toks[s]).as_str(), "he" | "she"));
    // A possessive subject's head is the noun after it ("Tuesday’s
    // meeting ended abruptly:").
    let owned = toks[e - 1].span.slice(text);
    if owned.ends_with("’s") || owned.ends_with("'s") {
        return None;
    }
    let predicate_start = if toks.get(e).is_some_and(|t| t.span.slice(text) == ",") {
        e + 1
    } else {
        e
    };
    let predicate = &toks[predicate_start..colon];
    let plain = !predicate.is_empty()
        && predicate.len() <= MAX_COLON_PREDICATE_TOKENS
        && predicate.iter().enumerate().all(|(i, t)| {
            let w = lower(text, t);
            // A language or a place after "from" or "in" ("translated
            // from Quechua:") names no one else.
            let after_from = i > 0
                && i + 1 == predicate.len()
                && matches!(
                    lower(text, &predicate[i - 1]).as_str(),
                    "from" | "in" | "into"
                );
            !inside(quotes, t.span.start)
                && !WRITTEN_NOUNS.contains(&w.as_str())
                && !VERBS.contains(&w.as_str())
                && !matches!(w.as_str(), "," | ";" | "“" | "\"")
                && (t.kind != TokenKind::Word || !capitalised(t.span.slice(text)) || after_from)
        });
    // Not a passive's agent who speaks ("William Ruto was greeted by
    // crowds chanting:"): the subject says nothing.
    let words_before_colon: Vec<String> = toks[e..colon].iter().map(|t| lower(text, t)).collect();
    if words_before_colon.iter().any(|w| w == "by")
        && words_before_colon
            .iter()
            .any(|w| matches!(w.as_str(), "was" | "were" | "is" | "are" | "been" | "being"))
    {
        return None;
    }
    // "has sent us this statement:", "issued the following statement:":
    // the one who sends the words speaks them.
    let words: Vec<String> = predicate.iter().map(|t| lower(text, t)).collect();
    let sends_words = words.len() <= MAX_COLON_PREDICATE_TOKENS
        && words.iter().any(|w| SENDING_VERBS.contains(&w.as_str()))
        && words
            .last()
            .is_some_and(|w| SENT_WORDS.contains(&w.as_str()))
        && words.len() >= 2
        && matches!(
            words[words.len() - 2].as_str(),
            "this" | "following" | "a" | "the"
        )
        && predicate.iter().all(|t| {
            t.kind == TokenKind::Word
                && !capitalised(t.span.slice(text))
                && !inside(quotes, t.span.start)
        });
    if !names_someone || !(plain || sends_words) {
        return None;
    }
    let content = to_end(text, toks, colon + 1, sentence)?;
    if !only_a_quotation(text, content, quotes) {
        return None;
    }
    Some(Found {
        cue: Span::new(predicate[0].span.start, toks[colon].span.end),
        source: span_of(toks, s, e),
        content,
        aside: None,
    })
}

/// Verbs of sending words a colon frame may hold ([`colon_frame`]).
const SENDING_VERBS: &[&str] = &[
    "sent", "sends", "issued", "issues", "released", "releases", "gave", "given", "provided",
    "emailed", "shared", "posted",
];

/// What is sent that holds someone's words ([`colon_frame`]).
const SENT_WORDS: &[&str] = &[
    "statement",
    "message",
    "note",
    "reply",
    "response",
    "comment",
];

/// Whether the verb at `k` answers back ("shot back", "fired back", "hit
/// back") or breaks in on another ("cut in", "chimed in").
fn back_verb(text: &str, toks: &[Token], k: usize) -> bool {
    let word = |i: usize| toks.get(i).map(|t| lower(text, t)).unwrap_or_default();
    (matches!(
        word(k).as_str(),
        "shot" | "fired" | "hit" | "hits" | "fires"
    ) && word(k + 1) == "back")
        || (matches!(
            word(k).as_str(),
            "cut" | "cuts" | "chimed" | "chimes" | "butted"
        ) && word(k + 1) == "in")
}

/// What may follow an answering-back verb that speaks: a colon, a comma, the
/// marks opening a quotation, or "that" before reported words ("Rao shot
/// back that the council had …").
fn after_back(word: &str) -> bool {
    matches!(word, ":" | "," | "“" | "\"" | "that")
}

/// Whether "released" or "issued" at `k` puts out a statement whose words
/// follow: "a statement" (or letter, memo) and then a colon, a comma or
/// "saying" ("released a statement: “…”").
fn statement_follows(text: &str, toks: &[Token], k: usize) -> bool {
    let word = |i: usize| toks.get(i).map(|t| lower(text, t)).unwrap_or_default();
    matches!(
        word(k).as_str(),
        "released" | "issued" | "releases" | "issues"
    ) && matches!(word(k + 1).as_str(), "a" | "an" | "this")
        && matches!(word(k + 2).as_str(), "statement" | "letter" | "memo")
        && (matches!(word(k + 3).as_str(), ":" | "saying")
            // "issued a statement, saying" or ", “…”"; not "issued a
            // statement, and its chief executive told reporters".
            || (word(k + 3) == ","
                && matches!(word(k + 4).as_str(), "saying" | "“" | "\"")))
}

/// Whether the words right before the verb at `k` close a quotation, its
/// source between ("“…,” Warren shot back").
fn quote_right_before(text: &str, toks: &[Token], k: usize, quotes: &[Span]) -> bool {
    let from = k.saturating_sub(MAX_INVERTED_SOURCE_TOKENS + 1);
    toks[from..k].iter().any(|t| {
        matches!(t.span.slice(text), "”" | "\"")
            && quotes
                .iter()
                .any(|q| q.end <= t.span.start && t.span.start <= q.end + 2)
    })
}

/// Whether the words from `k` on, after "called out", open what was called
/// out: a colon, a comma or the marks, maybe past a short circumstance of
/// where from or to whom ("called out from the back: “…”", "called out
/// across the room, “…”").
fn called_out_opens_words(text: &str, toks: &[Token], k: usize) -> bool {
    let opens = |i: usize| {
        toks.get(i)
            .is_some_and(|n| matches!(n.span.slice(text), ":" | "," | "“" | "\""))
    };
    if opens(k) {
        return true;
    }
    let starts_circumstance = toks.get(k).is_some_and(|n| {
        matches!(
            lower(text, n).as_str(),
            "from" | "to" | "across" | "at" | "over" | "into" | "through" | "towards" | "toward"
        )
    });
    starts_circumstance
        && (k + 1..=k + MAX_CALLED_OUT_CIRCUMSTANCE_TOKENS).any(|i| {
            opens(i)
                && toks[k + 1..i]
                    .iter()
                    .all(|t| t.span.slice(text).chars().all(char::is_alphanumeric))
        })
}

/// The most words of a circumstance between "called out" and its words.
const MAX_CALLED_OUT_CIRCUMSTANCE_TOKENS: usize = 5;

/// Whether "asking" at `k` asks someone, in a few words, "to" do what the
/// marks right after give ("asking residents to “keep cats indoors”").
/// Not after anything else ("Nobody is asking drivers to", "has been
/// asking members to", "rebuked the governor for asking", "held banners
/// asking"), nor where a frame of its own follows the words ("…,” Sharon
/// Graham said").
fn asks_in_words(text: &str, toks: &[Token], k: usize) -> bool {
    let word = |i: usize| toks.get(i).map(|t| lower(text, t)).unwrap_or_default();
    // After a text that asks, or where it was put ("a notice on its
    // website asking"), that the clause's subject put out ("posted",
    // "issued", "sent a letter to parents asking"): not one received,
    // shown, read out or ignored ("Residents received a leaflet asking").
    let before = k.checked_sub(1).map(&word).unwrap_or_default();
    if !(ASKING_TEXTS.contains(&before.as_str())
        || before
            .strip_suffix('s')
            .is_some_and(|b| ASKING_TEXTS.contains(&b)))
    {
        return false;
    }
    let put_out = (k.saturating_sub(MAX_PUT_OUT_REACH)..k)
        .rev()
        .take_while(|&i| !matches!(word(i).as_str(), "," | ";" | ":" | "." | "“" | "\""))
        .any(|i| PUTTING_OUT_VERBS.contains(&word(i).as_str()));
    if !put_out {
        return false;
    }
    (k + 2..=k + 1 + MAX_CALLED_OBJECT_TOKENS)
        .find(|&i| word(i) == "to")
        .is_some_and(|i| {
            let opens = i + 1;
            matches!(word(opens).as_str(), "“" | "\"")
                && toks[k + 1..i].iter().all(|t| t.kind == TokenKind::Word)
                && !framed_after(text, toks, opens)
        })
}

/// Verbs by which a clause's subject puts out a text of its own.
const PUTTING_OUT_VERBS: &[&str] = &[
    "posted",
    "issued",
    "sent",
    "published",
    "released",
    "circulated",
    "distributed",
    "wrote",
    "tweeted",
    "shared",
    "put",
    "launched",
    "mailed",
    "emailed",
];

/// How many tokens back from "asking" the verb putting out its text may be
/// ("posted a notice on its website asking").
const MAX_PUT_OUT_REACH: usize = 8;

/// Texts that ask in their words, and where they are put (singular).
const ASKING_TEXTS: &[&str] = &[
    "notice",
    "letter",
    "statement",
    "post",
    "message",
    "email",
    "advisory",
    "appeal",
    "petition",
    "leaflet",
    "tweet",
    "poster",
    "circular",
    "memo",
    "note",
    "website",
    "page",
    "account",
    "release",
    "bulletin",
    "text",
];

/// Whether the quotation opened at token `open` closes on a comma, inside
/// or right after its marks: a frame of its own follows.
fn framed_after(text: &str, toks: &[Token], open: usize) -> bool {
    let Some(close) =
        (open + 1..toks.len()).find(|&i| matches!(toks[i].span.slice(text), "”" | "\""))
    else {
        return false;
    };
    toks[close - 1].span.slice(text) == ","
        || toks
            .get(close + 1)
            .is_some_and(|t| t.span.slice(text) == ",")
}

/// Whether "objects" at `k` is the noun ("The objects that the museum
/// holds"): the verb follows a name or a pronoun ("Alderman Haynes objects
/// that …", "he objects that …").
fn things_objected(text: &str, toks: &[Token], k: usize, w: &str) -> bool {
    w == "objects"
        && !k.checked_sub(1).is_some_and(|p| {
            let before = toks[p].span.slice(text);
            let determiner = matches!(
                before.to_lowercase().as_str(),
                "the"
                    | "these"
                    | "those"
                    | "its"
                    | "his"
                    | "her"
                    | "their"
                    | "our"
                    | "many"
                    | "some"
                    | "other"
                    | "all"
                    | "such"
            );
            (capitalised(before) && !determiner)
                || matches!(before, "he" | "she" | "it" | "they" | "who")
        })
}

/// The most words of the object between "called" and the quotation that
/// names it ("called AARP's position “…”").
const MAX_CALLED_OBJECT_TOKENS: usize = 4;

/// Whether "called" at `k` calls for something in quotation marks: "for"
/// and the marks ("called for “a full audit”"), or "on", an addressee of a
/// few words and "to" before the marks ("called on Congress to “act
/// now”"); not after "which" or "that".
fn calls_for_in_words(text: &str, toks: &[Token], k: usize) -> bool {
    let word = |i: usize| toks.get(i).map(|t| lower(text, t)).unwrap_or_default();
    let marks = |i: usize| matches!(word(i).as_str(), "“" | "\"");
    // "the charter, which calls for “…”": a document's words, read apart.
    if k.checked_sub(1)
        .is_some_and(|i| matches!(word(i).as_str(), "which" | "that"))
    {
        return false;
    }
    match word(k + 1).as_str() {
        "for" => marks(k + 2),
        "on" => (k + 3..=k + 2 + MAX_CALLED_OBJECT_TOKENS)
            .find(|&i| word(i) == "to")
            .is_some_and(|i| marks(i + 1)),
        _ => false,
    }
}

/// The words of a named object before a preposition may join it (a
/// determiner and its noun: "her record on housing").
const CALLED_OBJECT_HEAD_TOKENS: usize = 2;

/// Whether "called" at `k` names its object in a quotation: a short noun
/// phrase — opened by a determiner, a possessive, an object pronoun or a
/// name — then an opening quotation mark ("called the night “a solid win”",
/// "called Ryan “competent”", "called it “…”"). "called on Congress to …"
/// and "called for" are no naming; nor is a phrase with a comma or a
/// conjunction in it.
fn calls_its_object(text: &str, toks: &[Token], k: usize, quotes: &[Span]) -> bool {
    let Some(first) = toks.get(k + 1) else {
        return false;
    };
    let head = lower(text, first);
    let opens = matches!(
        head.as_str(),
        "his"
            | "her"
            | "their"
            | "its"
            | "our"
            | "my"
            | "your"
            | "the"
            | "a"
            | "an"
            | "this"
            | "these"
            | "those"
            | "him"
            | "them"
            | "it"
            | "us"
            | "me"
    ) || (first.span.slice(text).starts_with(char::is_uppercase) && head != "i");
    if !opens {
        return false;
    }
    let rest = &toks[k + 1..];
    let Some(at) = rest
        .iter()
        .take(MAX_CALLED_OBJECT_TOKENS + 1)
        .position(|n| {
            matches!(lower(text, n).as_str(), "“" | "\"") || inside(quotes, n.span.start)
        })
    else {
        return false;
    };
    // A preposition after the object's own words is in its phrase ("called
    // her record on housing “…”"), not "called on X to", "called him for".
    at > 0
        && rest[..at].iter().enumerate().all(|(i, n)| {
            let w = lower(text, n);
            let possessive = matches!(w.as_str(), "'s" | "’s" | "'" | "’");
            let preposition = matches!(w.as_str(), "for" | "on");
            (is_word(n) || possessive)
                && !matches!(w.as_str(), "that" | "and" | "or" | "to" | "as")
                && !(preposition && i < CALLED_OBJECT_HEAD_TOKENS)
        })
}

/// Whether "read" reports a text's words: its source names something
/// written ("“…,” the statement read", "“…,” reads a statement from X's
/// office", "a sign read “…”") and its content is a quotation; "she read
/// the verdict" reports no one's words.
fn reads_a_text(text: &str, f: &Found, quotes: &[Span]) -> bool {
    let Some(source) = f.source else {
        return false;
    };
    let written = source
        .slice(text)
        .split(|c: char| !c.is_alphanumeric())
        .take(6)
        .any(|w| WRITTEN_NOUNS.contains(&w.to_lowercase().as_str()));
    let quoted = quotes
        .iter()
        .any(|q| q.start < f.content.end && f.content.start < q.end);
    // Someone reading words out, the words right before the frame ("“The
    // votes cast in favour were 706,” she read").
    let who = source.slice(text).trim();
    // Not reading out someone's letter ("read aloud from a letter sent to
    // her by Eilidh Baird. “…,” Ms MacAllister read").
    let from_text = text[..source.start]
        .rfind(['.', '!', '?'])
        .and_then(|k| text[..k].rfind(['.', '!', '?']))
        .map_or(0, |k| k + 1);
    let reads_another = text[from_text..source.start]
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| WRITTEN_NOUNS.contains(&w.to_lowercase().as_str()) || w == "poem");
    let right_after = quotes.iter().any(|q| {
        q.end <= source.start
            && text[q.end..source.start]
                .chars()
                .all(|c| c.is_whitespace() || c == ',' || crate::marks::is_quote_mark(c))
    });
    let read_out = !reads_another
        && (matches!(who, "he" | "she") || who.split_whitespace().all(capitalised))
        && right_after;
    // "“We, the undersigned, ask …,” it reads.": a document's own words,
    // where a document is the last written thing named before them (not
    // "A graffiti message had appeared. “…,” it read").
    let its_words = matches!(who, "it" | "It") && right_after && {
        let quote_at = quotes
            .iter()
            .filter(|q| q.end <= source.start)
            .map(|q| q.start)
            .max()
            .unwrap_or(source.start);
        // The quotation's sentence and the two before it.
        let window_start = text[..quote_at]
            .rfind(['.', '!', '?'])
            .and_then(|k| text[..k].rfind(['.', '!', '?']))
            .and_then(|k| text[..k].rfind(['.', '!', '?']))
            .map_or(0, |k| k + 1);
        let last_written = text[window_start..quote_at]
            .rsplit(|c: char| !c.is_alphanumeric() && c != '-')
            .map(str::to_lowercase)
            .find(|w| {
                WRITTEN_NOUNS.contains(&w.as_str()) || OTHER_WRITTEN_THINGS.contains(&w.as_str())
            });
        last_written.is_some_and(|w| {
            DOCUMENT_NOUNS.contains(&w.as_str()) || OTHER_WRITTEN_THINGS.contains(&w.as_str())
        })
    };
    (written || read_out || its_words) && quoted
}

/// Written things whose words are a document's ("the petition"), the
/// ones an "it reads" may stand for.
const DOCUMENT_NOUNS: &[&str] = &[
    "report",
    "document",
    "transcript",
    "ruling",
    "complaint",
    "filing",
    "statement",
    "letter",
    "release",
    "memo",
    "notice",
    "petition",
    "resolution",
    "judgment",
    "study",
    "survey",
];

/// Written things that are no document ("a graffiti message", "his last
/// text message", "a T-shirt").
const OTHER_WRITTEN_THINGS: &[&str] = &[
    "graffiti",
    "text",
    "tweet",
    "post",
    "shirt",
    "t-shirt",
    "plaque",
    "card",
    "inscription",
    "slogan",
    "poster",
    "tattoo",
    "mural",
];

/// Things written whose words "read" reports.
const WRITTEN_NOUNS: &[&str] = &[
    "report",
    "document",
    "transcript",
    "ruling",
    "complaint",
    "indictment",
    "filing",
    "statement",
    "statements",
    "letter",
    "note",
    "release",
    "sign",
    "signs",
    "message",
    "memo",
    "ad",
    "advertisement",
    "banner",
    "banners",
    "headline",
    "caption",
    "notice",
    "placard",
    "placards",
    "resolution",
    "text",
    "post",
    "tweet",
    "email",
    "petition",
    "plaque",
    "inscription",
    "card",
    "flyer",
    "leaflet",
    "poster",
    "posters",
    "slogan",
    "website",
];

/// The participles a witness hears someone speak with ("was heard
/// saying", "was heard singing", "were heard shouting").
const HEARD_PARTICIPLES: &[&str] = &[
    "saying", "singing", "shouting", "telling", "chanting", "boasting",
];

/// Participles of a witness or a recording before a verb of speaking ("was
/// heard saying", "is shown saying", "was caught on tape saying", "was
/// quoted as saying").
const PERCEIVED: &[&str] = &[
    "heard",
    "overheard",
    "shown",
    "seen",
    "filmed",
    "recorded",
    "caught",
    "quoted",
];

/// What may stand between [`PERCEIVED`] and its participle: "on tape", "as".
const PERCEIVED_MEDIA: &[&str] = &["tape", "camera", "video", "film", "audio"];

/// "X was heard (by colleagues) saying: “…”", "X was heard to say …", "“…,”
/// X is shown saying", "X could be heard telling": X spoke, though the cue
/// is passive. The cue runs
/// from "heard" to the participle (so it reads as no passive later); the
/// source is the subject before "was"; the content the rest of the
/// sentence, or the quotation right before the subject. With the index of
/// the token after the cue.
fn heard_saying(
    text: &str,
    toks: &[Token],
    k: usize,
    sentence: Span,
    quotes: &[Span],
) -> Option<(Found, usize)> {
    // The auxiliary before "heard": "was", or "could be", "has been".
    let before = |i: usize| toks.get(i).map(|t| lower(text, t)).unwrap_or_default();
    let aux = match (
        k.checked_sub(1).map(before).as_deref(),
        k.checked_sub(2).map(before).as_deref(),
    ) {
        (Some("was" | "were" | "is" | "are"), _) => k - 1,
        (Some("be"), Some("could" | "can" | "may" | "might" | "would" | "will")) => k - 2,
        (Some("been"), Some("has" | "have" | "had")) => k - 2,
        _ => return None,
    };
    // An agent between ("by colleagues", "by two of his workmates"): one to
    // three tokens.
    let mut p = k + 1;
    if toks.get(p).is_some_and(|t| lower(text, t) == "on")
        && toks
            .get(p + 1)
            .is_some_and(|t| PERCEIVED_MEDIA.contains(&lower(text, t).as_str()))
    {
        p += 2;
    } else if lower(text, &toks[k]) == "quoted"
        && toks.get(p).is_some_and(|t| lower(text, t) == "as")
    {
        p += 1;
    }
    if toks.get(p).is_some_and(|t| lower(text, t) == "by") {
        p = (p + 2..=p + 4).find(|&i| {
            toks.get(i)
                .is_some_and(|t| HEARD_PARTICIPLES.contains(&lower(text, t).as_str()))
        })?;
    }
    let participle = toks.get(p)?;
    let said = HEARD_PARTICIPLES.contains(&lower(text, participle).as_str());
    let to_say =
        lower(text, participle) == "to" && toks.get(p + 1).is_some_and(|t| lower(text, t) == "say");
    if !said && !to_say {
        return None;
    }
    let end = if to_say { p + 1 } else { p };
    // "John McKay, 61, contaminated onions, and was heard singing": the
    // sentence's subject, a capitalised phrase before its first comma.
    let subject = || {
        let comma = toks.iter().position(|t| t.span.slice(text) == ",")?;
        let named = toks[..comma].iter().all(|t| {
            let w = t.span.slice(text);
            capitalised(w) && !words::STOP_WORDS.contains(&w.to_lowercase().as_str())
        });
        (comma > 0 && comma <= 5 && named).then_some((0, comma))
    };
    let (s, e) = match left_phrase(text, toks, aux, quotes) {
        Some(found) => found,
        None if aux >= 1 && lower(text, &toks[aux - 1]) == "and" => subject()?,
        None => return None,
    };
    let content =
        to_end(text, toks, end + 1, sentence).or_else(|| quote_before(toks, s, quotes))?;
    Some((
        Found {
            cue: Span::new(toks[k].span.start, toks[end].span.end),
            source: span_of(toks, s, e),
            content,
            aside: None,
        },
        end + 1,
    ))
}

/// The active forms of "quote" and "cite" that take the speaker as their
/// object ("the newspaper quoted Ted Kennedy as saying …", "the agency
/// cited an official as saying …").
const QUOTING: &[&str] = &[
    "quoted", "quotes", "quoting", "quote", "cited", "cites", "citing", "cite",
];

/// The most tokens of the speaker between "quoted" and "as saying".
const MAX_QUOTED_OBJECT_TOKENS: usize = 8;

/// "The newspaper quoted Ted Kennedy as saying …", "the report quotes a
/// senior official as saying …": the speaker is the object, not the
/// subject (the outlet or document that relays the words). The cue is "as
/// saying"; the source the words between; the content the rest of the
/// sentence. Not the passive ("X was quoted as saying", read by
/// [`heard_saying`]). With the index of the token after the cue.
fn quoted_as_saying(
    text: &str,
    toks: &[Token],
    k: usize,
    sentence: Span,
    quotes: &[Span],
) -> Option<(Found, usize)> {
    // Not the passive, across adverbs ("was later quoted", "is often
    // quoted"), nor a participle after a comma ("Tom Hale, quoted by
    // Reuters as saying"), nor an object that is a place or an agent ("in
    // the Times", "by aides").
    let mut b = k;
    while b > 0 && is_adverb(text, &toks[b - 1]) {
        b -= 1;
    }
    if b > 0
        && (AUXILIARIES.contains(&lower(text, &toks[b - 1]).as_str())
            || toks[b - 1].span.slice(text) == ",")
    {
        return None;
    }
    if toks
        .get(k + 1)
        .is_some_and(|t| matches!(lower(text, t).as_str(), "by" | "in" | "on" | "at"))
    {
        return None;
    }
    let last = (k + 1 + MAX_QUOTED_OBJECT_TOKENS).min(toks.len().saturating_sub(1));
    let as_at = (k + 2..=last).find(|&i| {
        lower(text, &toks[i]) == "as"
            && toks
                .get(i + 1)
                .is_some_and(|t| HEARD_PARTICIPLES.contains(&lower(text, t).as_str()))
    })?;
    let object = &toks[k + 1..as_at];
    // A title's stop is part of the name ("Lt. Col. Ahmed Bani").
    let clean = object.iter().enumerate().all(|(i, t)| {
        let title_stop = t.span.slice(text) == "."
            && i > 0
            && (is_title(object[i - 1].span.slice(text))
                || is_initial(object[i - 1].span.slice(text)));
        !inside(quotes, t.span.start)
            && (title_stop || !matches!(t.span.slice(text), "." | ";" | ":" | "“" | "\""))
    });
    if !clean {
        return None;
    }
    let content = to_end(text, toks, as_at + 2, sentence)?;
    Some((
        Found {
            cue: Span::new(toks[as_at].span.start, toks[as_at + 1].span.end),
            source: span_of(toks, k + 1, as_at),
            content,
            aside: None,
        },
        as_at + 2,
    ))
}

/// The most tokens of a speaker in "In X's words," or a manner frame's
/// subject ("Mr. Smith's response was short:").
const MAX_FRAME_SOURCE_TOKENS: usize = 8;

/// "In Smith's words, “…”", "In the words of John Smith, “…”": the rest of
/// the sentence is the named speaker's. The cue is "words"; the source the
/// words that name the speaker. With the index of the token after the comma.
fn in_the_words_of(
    text: &str,
    toks: &[Token],
    sentence: Span,
    quotes: &[Span],
) -> Option<(Found, usize)> {
    let last = (MAX_FRAME_SOURCE_TOKENS + 4).min(toks.len());
    let words_at = (1..last).find(|&i| lower(text, &toks[i]) == "words")?;
    let comma = words_at + 1;
    if toks.get(comma).map(|t| t.span.slice(text)) != Some(",") {
        // "In the words of John Smith, …": the source runs to the comma.
        if words_at != 2
            || lower(text, &toks[1]) != "the"
            || toks.get(3).is_none_or(|t| lower(text, t) != "of")
        {
            return None;
        }
        let end = phrase_end(text, toks, 4, quotes);
        if end >= toks.len() || toks[end].span.slice(text) != "," || end == 4 {
            return None;
        }
        let content = to_end(text, toks, end + 1, sentence)?;
        return Some((
            Found {
                cue: toks[words_at].span,
                source: span_of(toks, 4, end),
                content,
                aside: None,
            },
            end + 1,
        ));
    }
    // "In Smith's words,": a possessive before "words".
    let mut end = words_at;
    if toks[..end]
        .last()
        .is_some_and(|t| matches!(t.span.slice(text), "’s" | "'s" | "’" | "'"))
    {
        end -= 1;
    }
    let owner = toks[end - 1].span.slice(text);
    let possessive = owner.ends_with("’s") || owner.ends_with("'s") || end < words_at;
    if !possessive || end <= 1 || toks[1..end].iter().any(|t| inside(quotes, t.span.start)) {
        return None;
    }
    let content = to_end(text, toks, comma + 1, sentence)?;
    Some((
        Found {
            cue: toks[words_at].span,
            source: span_of(toks, 1, end),
            content,
            aside: None,
        },
        comma + 1,
    ))
}

/// Nouns of someone's words that, owned and before a colon, frame the
/// quotation after it as the owner's ("His response: “…”", "Smith’s
/// reply: “…”").
const WORDS_NOUNS: &[&str] = &[
    "response",
    "reply",
    "answer",
    "retort",
    "riposte",
    "reaction",
    "verdict",
    "message",
    "advice",
    "explanation",
    "excuse",
    "comment",
    "plea",
    "warning",
];

/// Whether the words after a colon at token `colon` are one quotation and
/// nothing else.
fn only_a_quotation(text: &str, content: Span, quotes: &[Span]) -> bool {
    quotes.iter().any(|q| {
        let before = &text[content.start..q.start.max(content.start)];
        let after = text.get(q.end..content.end).unwrap_or("");
        q.start >= content.start
            && before.chars().all(|c| !c.is_alphanumeric())
            && after.chars().all(|c| !c.is_alphanumeric())
    })
}

/// "His response: “…”", "Smith’s reply: “…”": the owner (a possessive
/// pronoun or a name's possessive opening the sentence) speaks the
/// quotation after the colon. The cue is the noun; the source the owner.
fn owned_words_frame(text: &str, toks: &[Token], sentence: Span, quotes: &[Span]) -> Option<Found> {
    let colon =
        (1..toks.len().min(MAX_FRAME_SOURCE_TOKENS)).find(|&i| toks[i].span.slice(text) == ":")?;
    let noun = colon - 1;
    if noun == 0 || !WORDS_NOUNS.contains(&lower(text, &toks[noun]).as_str()) {
        return None;
    }
    // The owner: "His", "Her", "Their", or words ending in a possessive.
    let owner_end = noun;
    let first = lower(text, &toks[0]);
    let possessive = |t: &Token| {
        let w = t.span.slice(text);
        w.ends_with("’s") || w.ends_with("'s") || matches!(w, "’s" | "'s" | "’" | "'")
    };
    let (source_end, owned) = if owner_end == 1 && matches!(first.as_str(), "his" | "her" | "their")
    {
        (1, true)
    } else if possessive(&toks[owner_end - 1]) {
        let end = if matches!(
            toks[owner_end - 1].span.slice(text),
            "’s" | "'s" | "’" | "'"
        ) {
            owner_end - 1
        } else {
            owner_end
        };
        (end, end > 0)
    } else {
        (0, false)
    };
    if !owned || toks[..colon].iter().any(|t| inside(quotes, t.span.start)) {
        return None;
    }
    let content = to_end(text, toks, colon + 1, sentence)?;
    if !only_a_quotation(text, content, quotes) {
        return None;
    }
    // The owner without its possessive ("The jury’s verdict:" is the
    // jury's).
    let source = span_of(toks, 0, source_end).map(|span| {
        let written = span.slice(text);
        let cut = written
            .strip_suffix("’s")
            .or_else(|| written.strip_suffix("'s"))
            .map_or(written.len(), str::len);
        Span::new(span.start, span.start + cut)
    });
    Some(Found {
        cue: toks[noun].span,
        source,
        content,
        aside: None,
    })
}

/// Adjectives of a speaker's manner that, after "was" and before a colon,
/// frame the words that follow as the subject's ("Smith was blunt: “…”",
/// "Her reply was short: “…”").
const FRAME_ADJECTIVES: &[&str] = &[
    "blunt",
    "defiant",
    "adamant",
    "emphatic",
    "unapologetic",
    "unequivocal",
    "categorical",
    "candid",
    "frank",
    "succinct",
    "terse",
    "curt",
    "direct",
    "dismissive",
    "scathing",
    "withering",
    "forthright",
    "unrepentant",
    "skeptical",
    "sceptical",
    "scornful",
    "unimpressed",
];

/// "Smith was blunt: “…”": the sentence's subject (a short phrase opening
/// it) speaks the words after the colon. The cue runs from the copula to
/// the adjective.
fn manner_frame(
    text: &str,
    toks: &[Token],
    k: usize,
    sentence: Span,
    quotes: &[Span],
) -> Option<Found> {
    let copula = k.checked_sub(1)?;
    if !matches!(
        lower(text, &toks[copula]).as_str(),
        "was" | "is" | "were" | "are"
    ) || toks.get(k + 1).map(|t| t.span.slice(text)) != Some(":")
        || copula == 0
    {
        return None;
    }
    // The subject opens the sentence, after a conjunction ("But Laura Kim,
    // a Republican strategist, was skeptical:"); an apposition between
    // commas may follow its head.
    let start = usize::from(matches!(
        lower(text, &toks[0]).as_str(),
        "but" | "and" | "yet" | "so"
    ));
    let head_end = (start..copula)
        .find(|&i| toks[i].span.slice(text) == ",")
        .unwrap_or(copula);
    if start >= copula || head_end - start > MAX_FRAME_SOURCE_TOKENS {
        return None;
    }
    let subject = &toks[start..copula];
    let plain = subject.iter().all(|t| {
        !inside(quotes, t.span.start) && !matches!(t.span.slice(text), ";" | ":" | "“" | "\"")
    });
    let content = to_end(text, toks, k + 2, sentence)?;
    // The words after the colon are one quotation and nothing else ("The
    // mood was upbeat: “…,” one aide said" is the aide's).
    if !plain || !only_a_quotation(text, content, quotes) {
        return None;
    }
    // "His reply was curt:": the owner speaks.
    let source_end = if copula == start + 2
        && matches!(lower(text, &toks[start]).as_str(), "his" | "her" | "their")
    {
        start + 1
    } else {
        copula
    };
    Some(Found {
        cue: Span::new(toks[copula].span.start, toks[k].span.end),
        source: span_of(toks, start, source_end),
        content,
        aside: None,
    })
}

/// Index of the first token at or after `from` that is `,` `;` `.` or a
/// closing sentence mark outside quotes, or `toks.len()`.
fn phrase_end(text: &str, toks: &[Token], from: usize, quotes: &[Span]) -> usize {
    (from..toks.len())
        .find(|&i| {
            let s = toks[i].span.slice(text);
            !inside(quotes, toks[i].span.start)
                && (matches!(s, "," | ";" | "(" | "—" | "–")
                    || (s == "." && i + 1 == toks.len())
                    || matches!(s, "?" | "!" | ":"))
        })
        .unwrap_or(toks.len())
}

fn span_of(toks: &[Token], from: usize, to: usize) -> Option<Span> {
    (from < to).then(|| Span::new(toks[from].span.start, toks[to - 1].span.end))
}

/// Content span from token `from` to the end of the sentence, without the
/// final stop.
fn to_end(text: &str, toks: &[Token], mut from: usize, sentence: Span) -> Option<Span> {
    while from < toks.len() && matches!(toks[from].span.slice(text), "," | ";" | ":" | "—") {
        from += 1;
    }
    let mut to = toks.len();
    while to > from && matches!(toks[to - 1].span.slice(text), "." | "," | ";") {
        to -= 1;
    }
    span_of(toks, from, to).map(|s| Span::new(s.start, s.end.min(sentence.end)))
}

/// Verbs that report words as they were spoken, not a reading of them
/// ("the note suggested:" may be the witness's gloss): the frame that opens
/// a quotation inside another's, a verb that opens its sentence before its
/// subject ("Added Gibbs: “…”"), a frame nested in a quotation.
pub(crate) const SAYING_VERBS: &[&str] = &[
    "said",
    "says",
    "say",
    "saying",
    "told",
    "tells",
    "tell",
    "telling",
    "asked",
    "asks",
    "replied",
    "shouted",
    "screamed",
    "yelled",
    "cried",
    "whispered",
    "added",
    "adds",
];

/// Words that open a clause of its own subject inside a sentence ("when
/// a stranger approached her and said", "whose client stood up and said").
const INNER_CLAUSE_OPENERS: &[&str] = &[
    "when", "where", "whose", "who", "whom", "which", "that", "as", "while", "after", "before",
    "until", "because", "since", "than", "if", "once", "whenever",
];

/// The most tokens from "of" to the comma of "One of the jurors, NAME,".
const MAX_PARTITIVE_TOKENS: usize = 6;

/// The most tokens of a subject after an inverted verb.
const MAX_INVERTED_SOURCE_TOKENS: usize = 6;

/// The token after the last a colon before an inverted verb's quotation
/// may be (the verb is token 0), an apposition or a clause of the
/// subject's included.
const MAX_INVERTED_ASIDE_TOKENS: usize = 18;

/// A sentence that opens with a verb of saying, capitalised, then its
/// subject, a colon or a comma and a quotation ("Added Gibbs: “I think
/// …”"): the source is the subject, the content the rest of the sentence.
/// With the index of the token after the content.
fn inverted(text: &str, toks: &[Token], sentence: Span, quotes: &[Span]) -> Option<(Found, usize)> {
    let verb = toks.first()?;
    let written = verb.span.slice(text);
    if !written.starts_with(char::is_uppercase)
        || !SAYING_VERBS.contains(&written.to_lowercase().as_str())
        || written.ends_with("ing")
    {
        return None;
    }
    // The colon or comma right before the quotation, past an apposition
    // or a clause of the subject's ("Said one longtime resident, Edna
    // Firth: “…”", "Said one driver, who asked not to be named: “…”").
    let opens_quote = |i: usize| {
        toks.get(i + 1).is_some_and(|n| {
            quotes
                .iter()
                .any(|q| q.start <= n.span.end && n.span.start <= q.start)
        })
    };
    let stop = (1..toks.len().min(MAX_INVERTED_SOURCE_TOKENS + 2))
        .find(|&i| matches!(toks[i].span.slice(text), ":" | ","))?;
    let stop = if opens_quote(stop) {
        stop
    } else {
        (stop + 1..toks.len().min(MAX_INVERTED_ASIDE_TOKENS))
            .find(|&i| matches!(toks[i].span.slice(text), ":" | ",") && opens_quote(i))
            .filter(|&i| !(stop..i).any(|j| inside(quotes, toks[j].span.start)))?
    };
    if stop < 2 {
        return None;
    }
    // The subject names someone: it starts with a capital or, but after
    // "Asked" (whose object may follow it: "Asked the same question, “…”,
    // Obama laughed"), a determiner.
    let first = toks[1].span.slice(text);
    let asked = written.eq_ignore_ascii_case("asked") || written.eq_ignore_ascii_case("asks");
    // Or a role in lower case before a name ("Said transit director
    // Hollis Beckford: “…”").
    let role_then_name = !asked
        && (1..stop).any(|i| is_role(toks[i].span.slice(text)))
        && toks[stop - 1]
            .span
            .slice(text)
            .starts_with(char::is_uppercase);
    if !(first.starts_with(char::is_uppercase)
        || role_then_name
        || (!asked && matches!(first, "the" | "a" | "an" | "one")))
    {
        return None;
    }
    // (A quotation opens right after the colon or comma: `opens_quote`.)
    let content = to_end(text, toks, stop + 1, sentence)?;
    Some((
        Found {
            cue: verb.span,
            source: span_of(toks, 1, stop),
            content,
            aside: None,
        },
        toks.len(),
    ))
}

/// Verbs after which "according to" says how, not who says so ("went
/// according to plan", "analyzed according to"); not "was arrested
/// according to police".
const MANNER_VERBS: &[&str] = &[
    "went",
    "go",
    "goes",
    "going",
    "done",
    "do",
    "did",
    "run",
    "ran",
    "analyzed",
    "analysed",
    "conducted",
    "performed",
    "tested",
    "processed",
    "calculated",
    "classified",
    "ranked",
    "treated",
    "handled",
    "collected",
    "sorted",
    "graded",
    "scored",
    "assigned",
    "distributed",
];

/// Lower-case words opening what something goes "according to" when it is
/// a rule, not a source ("according to plan", "according to standard
/// protocols").
const MANNER_NOUNS: &[&str] = &[
    "plan",
    "schedule",
    "standard",
    "protocol",
    "protocols",
    "procedure",
    "procedures",
    "tradition",
    "custom",
    "instructions",
    "regulations",
    "rules",
    "guidelines",
];

/// Whether "according to" between the words `before` and `after` says how,
/// not who says so: after a verb of doing ("analyzed according to standard
/// protocols", "went according to plan") or before a rule.
pub(crate) fn according_to_manner(before: &str, after: &str) -> bool {
    MANNER_VERBS.contains(&before) || MANNER_NOUNS.contains(&after)
}

/// "According to X, …" or "…, according to X": X is the source, the rest
/// of the sentence (or what comes before) the content.
fn according_to(
    text: &str,
    toks: &[Token],
    k: usize,
    sentence: Span,
    quotes: &[Span],
) -> Option<Found> {
    let cue = Span::new(toks[k].span.start, toks[k + 1].span.end);
    let start = k + 2;
    let before = k.checked_sub(1).map_or("", |b| toks[b].span.slice(text));
    let after = toks.get(start).map_or("", |t| t.span.slice(text));
    if according_to_manner(before, after) {
        return None;
    }
    let end = phrase_end(text, toks, start, quotes);
    let source = span_of(toks, start, end)?;
    // "…, according to X." or "According to X, …".
    // "…, according to the report, released Thursday by the bank.": a
    // modifier of the source runs to the end of the sentence; the content
    // is before.
    let modifier_ends = end + 1 < toks.len() && toks[end].span.slice(text) == "," && {
        let next = lower(text, &toks[end + 1]);
        (next.ends_with("ed") || matches!(next.as_str(), "which" | "who" | "written"))
            && !quotes.iter().any(|q| q.start >= toks[end].span.end)
    };
    let end_of_sentence = end >= toks.len().saturating_sub(1) || modifier_ends;
    let content = if k == 0 || end_of_sentence && k > 0 {
        if k == 0 {
            to_end(text, toks, end + 1, sentence)?
        } else {
            let mut to = k;
            while to > 0 && matches!(toks[to - 1].span.slice(text), "," | "—") {
                to -= 1;
            }
            span_of(toks, 0, to)?
        }
    } else if toks[..k].iter().any(|t| t.span.slice(text) == ",") {
        // "Officials, according to X, said …": the rest of the sentence.
        to_end(text, toks, end + 1, sentence).or_else(|| span_of(toks, 0, k))?
    } else {
        to_end(text, toks, end + 1, sentence)?
    };
    Some(Found {
        cue,
        source: Some(source),
        content,
        aside: None,
    })
}

/// Walk left from token `k` (exclusive) over a noun phrase: words, titles'
/// stops, possessives; stop at punctuation and clause words.
fn left_phrase(text: &str, toks: &[Token], k: usize, quotes: &[Span]) -> Option<(usize, usize)> {
    let mut end = k;
    // Skip adverbs between the source and the verb, and a connective set
    // off by commas ("A campaign aide, though, said").
    loop {
        if end > 0 && is_adverb(text, &toks[end - 1]) {
            end -= 1;
        } else if end >= 4
            && lower(text, &toks[end - 1]) == ","
            && lower(text, &toks[end - 3]) == ","
            && CONNECTIVES.contains(&lower(text, &toks[end - 2]).as_str())
        {
            end -= 3;
        } else {
            break;
        }
    }
    let mut start = end;
    // Past "and" between two names only the first name's capitalised words
    // and titles join ("Sens. Susan Hill and James Carter", not "Obama met
    // Boehner on Tuesday and Reid").
    let mut past_and = false;
    let mut and_at = None;
    while start > 0 && end - start < MAX_SOURCE_TOKENS {
        let t = &toks[start - 1];
        if inside(quotes, t.span.start) {
            break;
        }
        let s = t.span.slice(text);
        // Past "and" only capitalised words join, and "of" or "for" inside
        // a body's name ("the Centers for Disease Control and Prevention",
        // "the Department of Health and Human Services").
        let word_at = |i: usize| toks.get(i).map_or("", |t| t.span.slice(text));
        let inside_a_name = start >= 2
            && ((matches!(s, "of" | "for")
                && capitalised(word_at(start - 2))
                && (capitalised(word_at(start))
                    || (word_at(start) == "the" && capitalised(word_at(start + 1)))))
                // "Friends of the Earth": "the" after "of" inside a name.
                || (s == "the"
                    && matches!(word_at(start - 2), "of" | "for")
                    && capitalised(word_at(start))));
        if past_and && t.kind == TokenKind::Word && !capitalised(s) && !inside_a_name {
            break;
        }
        if t.kind == TokenKind::Punct {
            // "Mr." — a title's stop; "No. 10" — a number's.
            let numbered = || {
                matches!(toks[start - 2].span.slice(text), "No" | "no")
                    && toks.get(start).is_some_and(|n| n.kind == TokenKind::Number)
            };
            if s == "."
                && start >= 2
                && (is_title(toks[start - 2].span.slice(text))
                    || is_initial(toks[start - 2].span.slice(text))
                    || numbered())
            {
                start -= 1;
                continue;
            }
            // "The workers’ union": a plural possessive's apostrophe, right
            // after its word and before the next; "Marks & Spencer",
            // "AT&T": an ampersand between capitalised words.
            let before = (start >= 2).then(|| &toks[start - 2]);
            let joined =
                |a: &Token, b: &Token| a.span.end == t.span.start && t.span.end <= b.span.start;
            let plural_possessive = matches!(s, "’" | "'")
                && before.is_some_and(|b| {
                    b.kind == TokenKind::Word
                        && b.span.slice(text).ends_with('s')
                        && joined(b, &toks[start])
                        && !inside(quotes, b.span.start)
                })
                && toks[start].kind == TokenKind::Word;
            let ampersand = s == "&"
                && before.is_some_and(|b| capitalised(b.span.slice(text)))
                && capitalised(toks[start].span.slice(text));
            // "Ana Gil, Tom Roe and Ivy Chan": past "and" between names, a
            // comma between names lists one more.
            let listed = s == ","
                && past_and
                && before
                    .is_some_and(|b| b.kind == TokenKind::Word && capitalised(b.span.slice(text)))
                && capitalised(toks[start].span.slice(text))
                && toks[start].kind == TokenKind::Word;
            if (plural_possessive || ampersand || listed) && start < end {
                start -= 1;
                continue;
            }
            break;
        }
        // "to" after "close" is inside the source ("a source close to the
        // senator", "people close to the talks").
        // Nor after an office held towards someone ("the ambassador to the
        // United Nations", "an adviser to the president").
        let close_to = s.eq_ignore_ascii_case("to")
            && start >= 2
            && matches!(
                lower(text, &toks[start - 2]).as_str(),
                "close"
                    | "ambassador"
                    | "envoy"
                    | "adviser"
                    | "advisor"
                    | "advisers"
                    | "advisors"
                    | "aide"
                    | "aides"
                    | "delegate"
                    | "delegation"
                    | "counsel"
                    | "successor"
            );
        // "Susan Hill and James Carter said": "and" between two names
        // joins them (both capitalised where they meet, or a role before
        // the second: "Lt. Marcus Bell and firefighter Jenna Ruiz").
        let joins_names = s == "and"
            && start >= 2
            && (capitalised(toks[start].span.slice(text))
                || (is_role(toks[start].span.slice(text)) && capitalised(word_at(start + 1))))
            && capitalised(toks[start - 2].span.slice(text))
            && toks[start - 2].kind == TokenKind::Word
            // (A gerund inside a body's name is no sentence's lead word:
            // "the Land Transportation Franchising and Regulatory Board".)
            && (!is_lead_word(toks[start - 2].span.slice(text))
                || (start >= 3
                    && toks[start - 3].kind == TokenKind::Word
                    && capitalised(toks[start - 3].span.slice(text))
                    && !is_lead_word(toks[start - 3].span.slice(text))));
        // A demonstrative opening the sentence determines its subject
        // ("That firefighter, Lieutenant Rosa Delgado-Finch, said").
        if start == 1 && s == "That" && start < end {
            start -= 1;
            break;
        }
        if BOUNDARIES.contains(&s.to_lowercase().as_str()) && !close_to && !joins_names {
            break;
        }
        if joins_names {
            past_and = true;
            and_at = Some(start - 1);
        }
        start -= 1;
    }
    // A personal pronoun is a whole subject: words before it belong to a
    // clause of their own ("When arrested he told officers").
    // Two names joined only as a subject: what stands before the first is
    // no verb or preposition ("Obama phoned Boehner and Reid said",
    // "Lawyers for Mary Smith and John Doe said" join nothing).
    // (Not a word on a line of its own before, a live report's time
    // "07.34am", nor an owner's "s": "The city's Department of Tourism,
    // Culture and Arts".)
    let owned_or_new_line = start > 0
        && (text[toks[start - 1].span.end..toks[start].span.start].contains('\n') || {
            let w = lower(text, &toks[start - 1]);
            w.ends_with("'s") || w.ends_with("’s") || {
                matches!(w.as_str(), "s" | "'" | "’")
                    && start >= 2
                    && toks[start - 2].span.end == toks[start - 1].span.start
            }
        });
    if let Some(and) = and_at
        && start > 0
        && !owned_or_new_line
        && toks[start - 1].kind == TokenKind::Word
        && !capitalised(toks[start - 1].span.slice(text))
        && !is_role(toks[start - 1].span.slice(text))
        && !matches!(lower(text, &toks[start - 1]).as_str(), "the" | "and")
    {
        start = and + 1;
    }
    // Only right before the verb ("The company he founded said" keeps its
    // noun).
    if end >= 2
        && end - 1 > start
        && matches!(
            lower(text, &toks[end - 1]).as_str(),
            "he" | "she" | "they" | "we" | "i"
        )
    {
        start = end - 1;
    }
    (start < end).then_some((start, end))
}

/// The most tokens a source noun phrase holds when walking left from its
/// verb: longer runs are clauses, not names ("the former Iranian foreign
/// minister Javad Zarif" is ten).
const MAX_SOURCE_TOKENS: usize = 12;

/// How far left of a comma before the verb to look for the comma that opens
/// an aside in apposition ("X, a former governor who …, said"), in tokens: an
/// aside longer than this is a clause of its own.
const MAX_APPOSITION_TOKENS: usize = 25;

/// The most tokens the subject of a main clause may have for a participle
/// after it to be attributed to it ("Iran, accusing …"); longer first
/// phrases are clauses, not their subject.
const MAX_PARTICIPLE_SUBJECT_TOKENS: usize = 4;

/// How far after "told" (and other verbs with an addressee) to look for
/// the "that" or quotation mark that opens the content, in tokens: the
/// addressee is a short noun phrase ("told reporters on Monday that").
const MAX_ADDRESSEE_TOKENS: usize = 10;

/// The most bytes between the end of a quotation and the comma or mark
/// before its verb for the quotation to be the verb's content (a closing
/// mark, a comma and spaces).
const MAX_QUOTE_GAP_BYTES: usize = 4;

/// First words of what follows a reporting verb that is a circumstance of
/// the speaking, not its content ("said on Friday", "said, according to
/// …", "said in a statement"): a frame's openers ([`FRAME_OPENERS`]) and
/// these.
const CIRCUMSTANCE_OPENERS: &[&str] = &[
    "from",
    "to",
    "by",
    "via",
    "last",
    "this",
    "yesterday",
    "today",
    "tonight",
];

/// First words of an aside in apposition after a source ("X, a former
/// governor, said", "X, who ran …, said"); a capitalised word opens one too.
const APPOSITION_OPENERS: &[&str] = &[
    "a",
    "an",
    "the",
    "who",
    "which",
    "whose",
    "also",
    "one",
    "writing",
    "speaking",
    "himself",
    "herself",
    "both",
    "now",
    "then",
    "like",
    // Counsel in court reports: "Melanie Simpson, defending, said".
    "defending",
    "prosecuting",
    "mitigating",
    "representing",
];

/// Words that open an aside after a name only ("Susan Ferrier, for the
/// prosecution, said", "X, of Cricklewood, said", "X, from Leeds, said",
/// "X, aged 61, said"), not after a clause ("The plant will close in June,
/// for economic reasons, said a spokesman").
const NAME_ASIDE_OPENERS: &[&str] = &["for", "of", "from", "aged"];

/// Words that open an aside of where or when someone spoke, after a name or
/// a short noun phrase ("The president, in his weekly address, said"; "X,
/// during a visit to Ohio, said"), or by whom ("X, through his solicitor,
/// said": the words are still X's).
const CIRCUMSTANCE_ASIDE_OPENERS: &[&str] = &["in", "at", "during", "on", "through", "via"];

/// Words that open an aside of a question put to someone before they
/// answer ("Robert Gibbs, asked about the report, said"; "X, when asked …,
/// said"; "X, reached by phone, said"): no part of the source either.
const QUESTION_ASIDE_OPENERS: &[&str] = &["asked", "when", "pressed", "reached", "contacted"];

/// Verbs whose addressee comes before the content ("told reporters that",
/// "accused the west of …", "called on X to …").
const ADDRESSEE_VERBS: &[&str] = &[
    "told",
    "tells",
    "tell",
    "telling",
    "warned",
    "urged",
    "asked",
    "accusing",
    "accused",
    "calling",
    "called",
    "described",
    "referred",
];

/// Marks that close a quotation right before its verb ("“…,” said X").
const CLOSING_MARKS: &[&str] = &["”", "\"", "»", "'", "’"];

/// A reporting verb being read: where it stands and how far its cue runs.
struct Verb<'a> {
    text: &'a str,
    toks: &'a [Token],
    sentence: Span,
    quotes: &'a [Span],
    /// The verb's token.
    k: usize,
    /// The verb, lower case.
    word: String,
    /// The first token of the cue (auxiliaries included).
    cue_start: usize,
    /// The token after the cue.
    cue_end: usize,
    /// Whether the verb is a participle that takes the main clause's subject.
    participle: bool,
}

/// What a verb attributes, as found so far.
#[derive(Default)]
struct Parts {
    source: Option<Span>,
    content: Option<Span>,
    aside: Option<Span>,
}

impl Verb<'_> {
    fn slice(&self, i: usize) -> &str {
        self.toks[i].span.slice(self.text)
    }

    fn lower(&self, i: usize) -> String {
        self.toks
            .get(i)
            .map(|t| lower(self.text, t))
            .unwrap_or_default()
    }
}

/// The attribution a reporting verb at token `k` introduces, if it has a
/// source (or is a participle) and content. `earlier` are the attributions
/// found before it in the sentence.
fn verb(
    text: &str,
    toks: &[Token],
    k: usize,
    sentence: Span,
    quotes: &[Span],
    earlier: &[Found],
) -> Option<Found> {
    let word = lower(text, &toks[k]);
    let (cue_start, cue_end) = cue_extent(text, toks, k, &word);
    let v = Verb {
        text,
        toks,
        sentence,
        quotes,
        k,
        participle: PARTICIPLES.contains(&word.as_str()),
        word,
        cue_start,
        cue_end,
    };
    let cue = Span::new(toks[cue_start].span.start, toks[cue_end - 1].span.end);
    let mut parts = Parts::default();
    // "Residents were told that the water is “safe”": the subject of a
    // passive verb of telling heard the words; whoever spoke them is the
    // agent after "by", or no one the sentence names ("the jury was told").
    let passive = TOLD_VERBS.contains(&v.word.as_str())
        && (cue_start..k).any(|i| BE_FORMS.contains(&v.lower(i).as_str()));
    // An agent opens like a noun phrase that names someone: a determiner,
    // a capital, a role or a plural of people ("by the council", "by
    // Smith", "by prosecutor Anne Whyte", "by doctors", "by police"), not a
    // means or a time ("by text message", "by letter", "by 5 p.m.", "by
    // mid-March", "by Christmas Eve", "by Friday", "by the end of the week").
    let no_agent = || {
        let next = v.lower(cue_end + 1);
        let after = v.lower(cue_end + 2);
        let people = is_role(&next)
            || next == "police"
            || (next.len() > 3
                && next.ends_with('s')
                && !matches!(
                    next.as_str(),
                    "emails"
                        | "letters"
                        | "texts"
                        | "messages"
                        | "means"
                        | "hours"
                        | "minutes"
                        | "days"
                        | "weeks"
                        | "months"
                        | "years"
                        | "phones"
                ));
        let opens_a_name = matches!(
            next.as_str(),
            "the" | "a" | "an" | "his" | "her" | "their" | "its"
        ) || v.slice(cue_end + 1).starts_with(char::is_uppercase)
            || people;
        !opens_a_name
            || words::WEEKDAYS.contains(&next.as_str())
            || words::month(&next).is_some()
            || words::TIME_ADVERBS.contains(&next.as_str())
            || BY_TIMES.contains(&next.as_str())
            || (next == "the" && BY_TIMES.contains(&after.as_str()))
    };
    if passive && v.lower(cue_end) == "by" && !no_agent() {
        let from = cue_end + 1;
        let to = (from..toks.len())
            .find(|&i| {
                let w = v.lower(i);
                matches!(w.as_str(), "that" | "to")
                    || toks[i].kind == TokenKind::Punct
                    || inside(quotes, toks[i].span.start)
            })
            .unwrap_or(toks.len());
        let agent = Verb { cue_end: to, ..v };
        let source = span_of(toks, from, to)?;
        let content = content_after(&agent)?;
        return Some(Found {
            cue,
            source: Some(source),
            content,
            aside: None,
        });
    }
    if follows_quotation(&v) && !AUXILIARIES.contains(&v.lower(cue_start).as_str()) {
        source_after_quotation(&v, &mut parts);
    }
    if parts.source.is_none() {
        source_before(&v, earlier, &mut parts);
        if let Some(src) = parts.source
            && let Some(subject) = described_subject(&v, src)
        {
            parts.source = Some(subject);
        }
    }
    if parts.content.is_none() {
        parts.content = content_after(&v);
    }
    let content = parts.content?;
    if passive {
        return Some(Found {
            cue,
            source: None,
            content,
            aside: None,
        });
    }
    // A verb with neither a source nor any clause after it is not a cue
    // ("the report said" needs a source; "he called" needs content).
    if parts.source.is_none() && !v.participle {
        return None;
    }
    Some(Found {
        cue,
        source: parts.source,
        content,
        aside: parts.aside,
    })
}

/// Phase 1: the cue's tokens `(start, end exclusive)`: auxiliaries before the
/// verb (across an adverb: "has also said"), "as saying" after "quoted",
/// "to" after "referred" / "pointed", "out" after "pointed".
fn cue_extent(text: &str, toks: &[Token], k: usize, word: &str) -> (usize, usize) {
    let mut cue_start = k;
    let mut before = k;
    while before > 0 {
        let p = lower(text, &toks[before - 1]);
        if AUXILIARIES.contains(&p.as_str()) {
            before -= 1;
            cue_start = before;
        } else if p == "to"
            && before >= 3
            && READY.contains(&lower(text, &toks[before - 2]).as_str())
            && AUXILIARIES.contains(&lower(text, &toks[before - 3]).as_str())
        {
            // "Biden was quick to retort": the verb is the cue's.
            before -= 3;
            cue_start = before;
        } else if p == "to"
            && before >= 2
            && HABIT_VERBS.contains(&lower(text, &toks[before - 2]).as_str())
        {
            // "used to say", "liked to tell visitors": a habit of speech.
            before -= 2;
            cue_start = before;
        } else if ADVERBS.contains(&p.as_str()) && before >= 2 {
            // "has also said": keep looking for an auxiliary.
            let pp = lower(text, &toks[before - 2]);
            if AUXILIARIES.contains(&pp.as_str()) {
                before -= 2;
                cue_start = before;
            } else {
                break;
            }
        } else {
            break;
        }
    }
    let next = |i: usize| toks.get(i).map(|t| lower(text, t)).unwrap_or_default();
    let cue_end =
        if word == "quoted" && next(k + 1) == "as" && VERBS.contains(&next(k + 2).as_str()) {
            k + 3
        } else if (matches!(word, "referred" | "pointed" | "refers") && next(k + 1) == "to")
            || (word == "pointed" && next(k + 1) == "out")
            || back_verb(text, toks, k)
        {
            k + 2
        } else if statement_follows(text, toks, k)
            || (matches!(word, "posted" | "posts")
                && next(k + 1) == "on"
                && toks
                    .get(k + 2)
                    .is_some_and(|t| capitalised(t.span.slice(text))))
        {
            // "released a statement:", "posted on Facebook:".
            k + 3
        } else if matches!(word, "put" | "puts") && next(k + 1) == "it" {
            // "put it this way", "put it bluntly", "put it".
            if matches!(next(k + 2).as_str(), "this" | "that") && next(k + 3) == "way" {
                k + 4
            } else if next(k + 2).len() > 4 && next(k + 2).ends_with("ly") {
                k + 3
            } else {
                k + 2
            }
        } else {
            k + 1
        };
    (cue_start, cue_end)
}

/// Verbs of telling whose passive subject is the one told ("were told",
/// "had been warned").
pub(crate) const TOLD_VERBS: &[&str] = &[
    "told", "warned", "informed", "assured", "advised", "reminded",
];

/// Words after "by" that say when, not who ("by Christmas", "by the end").
const BY_TIMES: &[&str] = &[
    "thousands",
    "thousand",
    "hundreds",
    "hundred",
    "dozens",
    "dozen",
    "christmas",
    "easter",
    "midnight",
    "noon",
    "end",
    "time",
    "close",
    "start",
    "beginning",
    "weekend",
    "morning",
    "afternoon",
    "evening",
    "night",
    "then",
];

/// The forms of "be" that make a participle after them passive.
const BE_FORMS: &[&str] = &["was", "were", "been", "being", "is", "are", "be", "am"];

/// Adjectives of readiness between an auxiliary and "to" before a verb of
/// saying ("was quick to retort", "were eager to point out").
const READY: &[&str] = &[
    "quick", "eager", "keen", "swift", "ready", "careful", "happy",
];

/// Whether the cue directly follows a quotation, with or without a comma
/// ("“…,” said X", "“…” X said"), and is not a participle.
fn follows_quotation(v: &Verb) -> bool {
    let c = v.cue_start;
    c > 0
        && (CLOSING_MARKS.contains(&v.slice(c - 1))
            || (v.slice(c - 1) == "," && c >= 2 && CLOSING_MARKS.contains(&v.slice(c - 2))))
        && !v.participle
}

/// Phase 2: "“…,” said X, a former governor.": the source is the rest of the
/// sentence (else the phrase after the cue), the content the quotation
/// before.
fn source_after_quotation(v: &Verb, parts: &mut Parts) {
    let (toks, text) = (v.toks, v.text);
    // The rest of the sentence ends where a quotation reopens after a
    // comma, a colon or a dash ("“…,” said Ms Nwankwo, “and most of the
    // time …”": the source is Ms Nwankwo); not at a nickname or a title
    // inside the source ("said Dwayne “The Rock” Johnson", "said the author
    // of “Half of a Yellow Sun”, Chimamanda Ngozi Adichie").
    let reopens = (v.cue_end + 1..toks.len()).find(|&i| {
        matches!(v.slice(i), "“" | "\"" | "«")
            && matches!(v.slice(i - 1), "," | ":" | "—" | "–")
            && toks
                .get(i + 1)
                .is_some_and(|t| inside(v.quotes, t.span.start))
    });
    let source = match reopens {
        Some(mut end) => {
            while end > v.cue_end && matches!(v.slice(end - 1), "," | ":" | "—" | ";") {
                end -= 1;
            }
            span_of(toks, v.cue_end, end)
        }
        None => to_end(text, toks, v.cue_end, v.sentence),
    };
    parts.source = source
        .filter(|s| !s.is_empty())
        .or_else(|| span_of(toks, v.cue_end, phrase_end(text, toks, v.cue_end, v.quotes)))
        .map(|src| circumstance_cut(v, src));
    let mut to = v.cue_start;
    while to > 0 && matches!(v.slice(to - 1), "," | "”" | "\"" | "'" | "’" | "»") {
        to -= 1;
    }
    parts.content = quote_before(toks, to, v.quotes).or_else(|| span_of(toks, 0, to));
}

/// Phase 3: the source before the cue. The noun phrase left of the cue
/// (past a parenthetical attribution, a dashed or bracketed aside, or an
/// aside in apposition, or a name before "who"), past adverbs of time; else
/// a source after the cue ("…, said X"); else, for a second verb after
/// "and" or "but", the source of the verb before it ("X said … and urged
/// …") or the sentence's subject ("X met Y and noted …"); else, for a
/// participle, a relative pronoun's noun or the main clause's subject.
fn source_before(v: &Verb, earlier: &[Found], parts: &mut Parts) {
    let (toks, text) = (v.toks, v.text);
    let c = v.cue_start;
    // Where the source's phrase or aside ends: before adverbs of time or
    // manner that stand between it and the cue ("X, …, tonight said").
    let mut b = c;
    while b > 0 && is_adverb(v.text, &v.toks[b - 1]) {
        b -= 1;
    }
    // "…, who last month called", "…, who on Tuesday said": the relative
    // pronoun past the time, before any phrase the time would make.
    let timed_relative = (time_before(v, b) < b)
        .then(|| relative_antecedent(v, b))
        .flatten();
    let walk = timed_relative
        .or_else(|| quote_then_source(v))
        .or_else(|| left_phrase(text, toks, c, v.quotes))
        // "…, with Boutrous noting …", "The ad ends with Perry claiming
        // …": the subject after the last "with" before a capital.
        .map(|(s, e)| {
            let with = (s..e.saturating_sub(1))
                .rev()
                .find(|&k| v.lower(k) == "with" && with_subject(v, k + 1, e));
            match with {
                Some(k) if v.participle => (k + 1, e),
                _ => (s, e),
            }
        })
        .filter(|&(s, _)| !v.participle || subject_position(v, s))
        .map(|(s, e)| {
            if v.participle {
                before_a_finite_verb(v, s, e)
            } else {
                (s, e)
            }
        })
        .or_else(|| past_parenthetical_attribution(v, b, earlier))
        .or_else(|| {
            let (walk, aside) = past_aside(v, b)?;
            parts.aside = Some(aside);
            Some(walk)
        })
        // A participle's subject is not in the clause that opens the
        // sentence ("Asked whether … Mr. Obama lacked sympathy, Mr.
        // Santorum did not back down, saying": found below).
        .or_else(|| {
            past_apposition(v, b)
                .filter(|&(s, _)| !(v.participle && opening_clause_end(v).is_some_and(|e| s < e)))
        })
        .or_else(|| relative_antecedent(v, b));
    // A phrase found left of the cue that is an object inside the clause
    // before the comma ("Tributes were paid to William Turner, said his
    // neighbour Ray Oduya."): no subject; the source after the cue speaks.
    let mid_clause = walk.is_some_and(|(s, _)| {
        s > 0 && {
            let before = v.slice(s - 1);
            before.chars().all(char::is_lowercase)
                && !matches!(before, "and" | "but" | "or" | "as" | "while" | "that")
        }
    });
    let walk = walk.filter(|_| !(mid_clause && source_follows_comma(v)));
    // "…, said Democratic strategist Hank Sheinkopf.": the source follows.
    if walk.is_none() && parts.source.is_none() && source_follows_comma(v) {
        parts.source =
            to_end(text, toks, v.cue_end, v.sentence).map(|src| circumstance_cut(v, src));
        parts.content = span_of(toks, 0, c - 1);
    }
    // "A neighbour who was at the scene said": the speaker is the noun
    // phrase a restrictive relative clause hangs on, not the clause.
    let walk = walk.map(|(s, e)| restrictive_antecedent(v, s).unwrap_or((s, e)));
    // "In Washington, the letter, signed by …, warned": a circumstance
    // that opens the sentence is no part of the source.
    let walk = walk.map(|(s, e)| {
        let opener = CIRCUMSTANCE_ASIDE_OPENERS.contains(&v.lower(s).as_str())
            && v.slice(s + 1).starts_with(char::is_uppercase);
        match (s + 1..e).find(|&i| v.slice(i) == ",") {
            Some(comma) if opener && comma + 1 < e && comma - s <= 4 => (comma + 1, e),
            _ => (s, e),
        }
    });
    if let Some((s, e)) = walk {
        parts.source = span_of(toks, s, e);
        // “…,” X said: content is the quotation before; so it is of
        // “…,” as X put it.
        let s_as = if s > 1
            && v.lower(s - 1) == "as"
            && matches!(v.slice(s - 2), "," | "”" | "\"" | "'" | "’")
        {
            s - 1
        } else {
            s
        };
        if s_as > 0
            && matches!(v.slice(s_as - 1), "," | "”" | "\"" | "'" | "’")
            && parts.content.is_none()
        {
            let mut to = s_as;
            while to > 0 && v.slice(to - 1) == "," {
                to -= 1;
            }
            let rest =
                to_end(text, toks, v.cue_end, v.sentence).filter(|r| has_word(r.slice(text)));
            // A circumstance or a frame of its own after the verb ("“…,”
            // Mr. Steele said, according to a video …", "…, Mr. Gibbs said
            // on ABC, adding that it reflected the “…”") leaves the
            // quotation before its content, the rest with it.
            let circumstance = rest.is_some_and(|r| {
                let words = r.slice(text);
                // Past the one told ("he told donors, according to …").
                let words = match words.split_once(',') {
                    Some((told, after))
                        if ADDRESSEE_VERBS.contains(&v.lower(v.cue_end - 1).as_str())
                            && told.split_whitespace().count() <= MAX_ADDRESSEE_TOKENS
                            && !told.contains(['“', '"']) =>
                    {
                        after
                    }
                    _ => words,
                };
                let first = words
                    .split_whitespace()
                    .next()
                    .unwrap_or_default()
                    .to_lowercase();
                FRAME_OPENERS.contains(&first.as_str())
                    || CIRCUMSTANCE_OPENERS.contains(&first.as_str())
            });
            if rest.is_none() || circumstance {
                let before = quote_before(toks, to, v.quotes).or_else(|| span_of(toks, 0, to));
                parts.content = match (before, rest) {
                    (Some(b), Some(r)) => Some(Span::new(b.start, r.end)),
                    (b, _) => b,
                };
            }
        }
    } else if c > 0 && matches!(v.lower(c - 1).as_str(), "and" | "but") {
        // "X said … and urged …": the source of the verb before it in the
        // sentence; "X met with Y and noted that …": the sentence's subject.
        // An "According to X," frame is no subject ("According to IRNA,
        // Mr. Ortega met … and noted that …").
        // Inside a relative clause, its pronoun ("an assistant keeper,
        // Seán Gilvarry, who taught me draughts and used to say, “…”").
        parts.source = relative_subject(v).or_else(|| {
            earlier
                .iter()
                .rev()
                // Nor one inside an aside ("The audit, which officials said was
                // incomplete, … and concluded").
                .filter(|f| lends_its_source(text, f))
                .find_map(|f| f.source)
                .or_else(|| sentence_subject(text, toks, c).and_then(|(s, e)| span_of(toks, s, e)))
        });
    } else if v.participle {
        // "X, which wrote letters to Congress saying …": the relative
        // pronoun (settled to its noun phrase later); "“…,” Trump said,
        // arguing …": the source of the verb before it in the sentence;
        // "X, though acknowledging …" / "…, accusing the west of …": the
        // main clause's subject.
        // After a comma, or a comma and the marks closing a quotation or a
        // title ("… on “This Week,” adding").
        let after_comma = c > 0
            && (v.slice(c - 1) == ","
                || (c > 1 && CLOSING_MARKS.contains(&v.slice(c - 1)) && v.slice(c - 2) == ","));
        parts.source = relative_subject(v)
            .or_else(|| {
                // The main clause's verb, the first: not one whose words
                // it reports ("Obama said Romney had claimed …, adding"),
                // nor one inside an aside ("The audit, which officials said
                // was incomplete, …, noting").
                earlier
                    .iter()
                    .filter(|_| after_comma)
                    .filter(|f| f.cue.end <= toks[c].span.start)
                    .filter(|f| lends_its_source(text, f))
                    .filter(|f| !in_opening_clause(v, f))
                    .find_map(|f| f.source)
            })
            .or_else(|| {
                toks.iter()
                    .position(|t| t.span.slice(text) == ",")
                    .filter(|&comma| comma < v.k)
                    .and_then(|comma| left_phrase(text, toks, comma, v.quotes))
                    .filter(|&(s, e)| s == 0 && e - s <= MAX_PARTICIPLE_SUBJECT_TOKENS)
                    .filter(|&(s, _)| !FRAME_OPENERS.contains(&v.lower(s).as_str()))
                    // "Throwing down the gauntlet, …": a participle's
                    // phrase, no subject.
                    .filter(|&(s, _)| !(v.lower(s).len() > 4 && v.lower(s).ends_with("ing")))
                    .and_then(|(s, e)| span_of(toks, s, e))
            })
            .or_else(|| {
                // A body in lower case ("The ministry expelled two
                // diplomats, accusing …") only across a comma: with none,
                // the participle may hang on the noun before it ("after
                // the Pentagon issued a report claiming …").
                sentence_subject(text, toks, v.k)
                    .filter(|&(s, e)| {
                        after_comma
                            || e - s < 2
                            || !(matches!(v.lower(s).as_str(), "the" | "a" | "an")
                                && v.slice(s + 1).starts_with(char::is_lowercase))
                    })
                    .and_then(|(s, e)| span_of(toks, s, e))
            });
    }
}

/// Nouns of states' bodies written in lower case after the capitals that
/// name whose they are ("The Kestrian government", "the Obama
/// administration").
const BODY_HEADS: &[&str] = &[
    "government",
    "administration",
    "authorities",
    "military",
    "army",
    "navy",
    "regime",
    "ministry",
    "embassy",
    "delegation",
];

/// Whether an earlier attribution of a sentence lends its source to a later
/// verb there: not an "According to X," frame, nor one inside an aside
/// ("The audit, which officials said was incomplete, …").
fn lends_its_source(text: &str, f: &Found) -> bool {
    !f.cue.slice(text).eq_ignore_ascii_case("according to")
        && f.source.is_none_or(|src| {
            let before = text[..src.start].trim_end();
            !(before.ends_with(',')
                || before.ends_with(" which")
                || before.ends_with(" who")
                || before.ends_with(" that"))
        })
}

/// Subordinators and participles that open a clause before a sentence's
/// main one ("Asked whether …, Mr. Santorum …").
const CLAUSE_OPENERS: &[&str] = &[
    "asked", "when", "while", "as", "after", "before", "if", "although", "though", "because",
    "since", "once", "unless", "whether",
];

/// Whether a sentence opening with `first`, then `second`, opens with a
/// clause before its main one: "As many as 50 Republicans signed" does not.
fn opens_a_clause(first: &str, second: &str) -> bool {
    CLAUSE_OPENERS.contains(&first)
        && !(first == "as" && matches!(second, "many" | "much" | "well" | "of" | "few"))
}

/// Whether an earlier attribution lies in the clause that opens the
/// sentence before its main one ("Asked whether he was suggesting that …,
/// Mr. Santorum did not back down, saying …": "saying" is Santorum's).
fn in_opening_clause(v: &Verb, f: &Found) -> bool {
    opening_clause_end(v).is_some_and(|e| f.cue.end <= v.toks[e].span.start)
}

/// The token of the comma that ends a clause opening the sentence before
/// its main one ("Asked whether …,", "When …,"), before the verb.
fn opening_clause_end(v: &Verb) -> Option<usize> {
    let first = v.toks.iter().position(is_word)?;
    if !opens_a_clause(&v.lower(first), &v.lower(first + 1)) {
        return None;
    }
    (first..v.k).find(|&i| v.slice(i) == "," && !inside(v.quotes, v.toks[i].span.start))
}

/// An inverted source ("…,” said X.") ends before what says how or when X
/// spoke rather than who X is: "in a statement", "on Tuesday", "during an
/// interview", a clause ("when asked"), or, after a name, a second verb of
/// saying ("said Akin said of pregnancies …", a slip of the writer's), and
/// before the relative pronoun of a clause it cuts into; after a name, any
/// place it spoke at ("said Reid on the Senate floor"); a participle after a
/// comma (", noting that …"). Affiliations stay
/// ("said a spokesman for the company", "said officials in the
/// administration", "said Smith of Texas").
fn circumstance_cut(v: &Verb, source: Span) -> Span {
    let determiner = |i: usize| {
        i < v.toks.len()
            && (matches!(
                v.lower(i).as_str(),
                "a" | "an" | "his" | "her" | "their" | "its"
            ) || words::WEEKDAYS.contains(&v.lower(i).as_str()))
    };
    let first = v
        .toks
        .iter()
        .position(|t| t.span.start >= source.start)
        .unwrap_or(v.toks.len());
    // After a name, where it spoke ("said Reid on the Senate floor").
    let named = |i: usize| {
        (first..i).all(|k| {
            let w = v.slice(k);
            w == "." || (v.toks[k].kind == TokenKind::Word && capitalised(w))
        })
    };
    let stop = (first + 1..v.toks.len())
        .take_while(|&i| v.toks[i].span.end <= source.end)
        .find(|&i| {
            let w = v.lower(i);
            // ", noting that …": what it added, not who.
            (w == ","
                && i + 1 < v.toks.len()
                && v.slice(i + 1).len() > 4
                && v.slice(i + 1).ends_with("ing")
                && v.slice(i + 1).chars().all(|c| c.is_ascii_lowercase()))
                || (matches!(w.as_str(), "in" | "on" | "during") && (determiner(i + 1) || named(i)))
                || (matches!(w.as_str(), "at") && named(i))
                || matches!(w.as_str(), "when" | "while" | "after" | "before")
                || (SAYING_VERBS.contains(&w.as_str()) && v.slice(i) == w && named(i))
                // "said Mr Lim firmly": how it was said, after a name.
                || (manner_adverb(v.slice(i)) && named(i))
                // "said a traffic enforcer waving cars onto Padre Faura
                // Street": what the one described was doing (not before
                // the name they give: "said a witness living on the
                // street, Siobhan Keane").
                || (described_doing(v, first, i) && !name_given_after(v, i, source))
        });
    let Some(mut end) = stop else {
        return source;
    };
    // Inside a relative clause the cut falls before its pronoun ("said a
    // senior official who asked not to be named when …").
    if let Some(relative) =
        (first + 1..end).find(|&i| matches!(v.lower(i).as_str(), "who" | "which" | "that"))
    {
        end = relative;
    }
    while end > first + 1 && v.toks[end - 1].kind == TokenKind::Punct {
        end -= 1;
    }
    Span::new(source.start, v.toks[end - 1].span.end)
}

/// Whether token `i` is a participle of what someone described at `first`
/// was doing: "a traffic enforcer waving", "a father walking" (an article
/// and one to three lower-case nouns before it), not a participle that
/// names a post ("a managing director", "the visiting professor").
fn described_doing(v: &Verb, first: usize, i: usize) -> bool {
    let w = v.slice(i);
    let nouns = first + 1..i;
    crate::names::doing_word(w)
        && !POST_PARTICIPLES.contains(&w)
        // "a man calling himself Paul Paul" names him.
        && !matches!(
            v.lower(i + 1).as_str(),
            "himself" | "herself" | "themselves" | "itself"
        )
        && matches!(
            v.lower(first).as_str(),
            "a" | "an" | "one" | "another" | "the"
        )
        && (1..=3).contains(&nouns.len())
        && nouns.into_iter().all(|k| {
            let n = v.slice(k);
            v.toks[k].kind == TokenKind::Word
                && n.chars().all(|c| c.is_ascii_lowercase() || c == '-')
                && !words::STOP_WORDS.contains(&n)
        })
}

/// The one described at the sentence's start when the source found is the
/// object of what they were doing ("A father walking his two children to
/// the ferry, who asked not to be named, said": a father, not the ferry):
/// the source follows a preposition, and the sentence opens, with no
/// comma before the source, on an article, one to three lower-case nouns
/// and a participle ([`described_doing`]).
fn described_subject(v: &Verb, src: Span) -> Option<Span> {
    let first = v.toks.iter().position(|t| t.span.start >= src.start)?;
    let open = v
        .toks
        .iter()
        .position(|t| t.span.start >= v.sentence.start)?;
    if first < 2
        || first <= open
        || !matches!(
            v.lower(first - 1).as_str(),
            "to" | "from" | "at" | "into" | "onto" | "near" | "past" | "towards" | "toward"
        )
        || (open..first).any(|k| v.toks[k].kind == TokenKind::Punct)
    {
        return None;
    }
    let doing = (open + 2..first).find(|&i| described_doing(v, open, i))?;
    span_of(v.toks, open, doing)
}

/// Whether the source names its speaker after token `i`: a capitalised
/// word or a number after a comma ("…, Siobhan Keane", "…, 23-year-old
/// Rhys Evans"), or the name given ("who gave her name as Grace").
fn name_given_after(v: &Verb, i: usize, source: Span) -> bool {
    let end = v
        .toks
        .iter()
        .position(|t| t.span.start >= source.end)
        .unwrap_or(v.toks.len());
    (i..end).any(|k| {
        let w = v.slice(k);
        matches!(w, "name" | "named" | "called")
            || (w == ","
                && v.toks.get(k + 1).is_some_and(|n| {
                    n.span.end <= source.end
                        && (capitalised(n.span.slice(v.text))
                            || n.span
                                .slice(v.text)
                                .starts_with(|c: char| c.is_ascii_digit()))
                }))
    })
}

/// Participles that name a post or a kind, no doing ("a managing
/// director", "a visiting fellow").
const POST_PARTICIPLES: &[&str] = &[
    "managing",
    "visiting",
    "presiding",
    "acting",
    "leading",
    "ruling",
    "governing",
    "founding",
    "consulting",
    "outgoing",
    "incoming",
    "opposing",
    "reigning",
    "serving",
    "sitting",
    "supervising",
    "investigating",
    "arresting",
    "attending",
    "examining",
    "commanding",
    "coordinating",
    "teaching",
    "nursing",
    "marketing",
    "engineering",
    "accounting",
    "training",
    "fundraising",
    "polling",
    "booking",
    "housing",
    "planning",
    "building",
    "shipping",
    "banking",
    "publishing",
    "recording",
    "racing",
    "fishing",
    "farming",
    "mining",
    "boarding",
    "parking",
    "catering",
    "cleaning",
    "counselling",
    "counseling",
    "lending",
    "campaigning",
];

/// "“…,” Rep. Jerrold Nadler, D-N.Y., the former chairman of the
/// subcommittee on the Constitution, Civil Rights and Civil Liberties,
/// said.": after a quotation, a name and asides without a verb, the
/// verb's source is the name right after the quotation, however many
/// commas its asides hold; so is a name that opens the sentence.
fn quote_then_source(v: &Verb) -> Option<(usize, usize)> {
    let c = v.cue_start;
    if c < 2 || v.slice(c - 1) != "," {
        return None;
    }
    let mark = (1..c).rev().find(|&i| {
        CLOSING_MARKS.contains(&v.slice(i)) && (v.slice(i - 1) == "," || v.slice(i + 1) == ",")
    });
    // Or a name of two words or more opening the sentence ("Evan Wolfson,
    // the founder of Freedom to Marry, a gay rights organization, said").
    let named_first = || {
        let comma = (0..c).find(|&i| v.slice(i) == ",")?;
        let words = (0..comma)
            .filter(|&i| v.toks[i].kind == TokenKind::Word)
            .count();
        let name = (0..comma).all(|i| {
            let w = v.slice(i);
            (v.toks[i].kind == TokenKind::Word && capitalised(w) && !is_lead_word(w)) || w == "."
        });
        (words >= 2 && name).then_some(0)
    };
    let start = match mark {
        Some(mark) if v.slice(mark + 1) == "," => mark + 2,
        Some(mark) => mark + 1,
        None => named_first()?,
    };
    let opens = v.toks.get(start).is_some_and(|t| {
        let w = t.span.slice(v.text);
        t.kind == TokenKind::Word
            && (capitalised(w) || matches!(v.lower(start).as_str(), "the" | "a" | "an"))
    });
    let end = (start..c).find(|&i| v.slice(i) == ",")?;
    // Asides name and describe; a verb between is a clause of its own
    // ("“…,” Smith said, and the aide, a veteran, agreed").
    let no_verb = (start..c).all(|i| {
        let w = v.slice(i);
        !(w.chars().all(|ch| ch.is_ascii_lowercase()) && (is_verb(w) || SAYING_VERBS.contains(&w)))
    });
    if !(opens && no_verb && end > start && end < c - 1 && end - start <= MAX_SOURCE_TOKENS) {
        return None;
    }
    // The source keeps its asides, as "X, a former governor," does; the
    // speaker is the one its head names, or the name a description before
    // it gives ("Obama's press secretary, Ben LaBolt,").
    Some((start, c))
}

/// A participle's subject walked left from it ends before a verb in "-ed"
/// that takes an object or a place ("AARP CEO Barry Rand later issued a
/// statement calling …", "Romney released a statement late Tuesday
/// saying …": the subjects are "AARP CEO Barry Rand" and "Romney"), and
/// before the adverbs in front of that verb; a participle as adjective
/// ("the embattled senator") is followed by its noun, not a determiner.
fn before_a_finite_verb(v: &Verb, s: usize, e: usize) -> (usize, usize) {
    let verb = (s + 1..e).find(|&i| {
        let w = v.slice(i);
        // ("She had a blunt warning for anyone: “…”", "The mayor gave a
        // stark warning": past tenses not in "-ed" too.)
        ((w.len() > 3 && w.ends_with("ed"))
            || matches!(w, "had" | "has" | "gave" | "gives" | "sent"))
            && w.chars().all(|c| c.is_ascii_lowercase())
            && i + 1 < e
            && matches!(
                v.lower(i + 1).as_str(),
                "a" | "an" | "the" | "his" | "her" | "their" | "its" | "on" | "in" | "to"
            )
    });
    let Some(mut end) = verb else {
        return (s, e);
    };
    while end > s + 1
        && (is_adverb(v.text, &v.toks[end - 1])
            || matches!(v.lower(end - 1).as_str(), "has" | "had" | "have"))
    {
        end -= 1;
    }
    (s, end)
}

/// "… the ire of Justice Antonin Scalia who said …": the name right before
/// the relative pronoun that opens the cue's clause (capitalised words and
/// titles' stops). After a comma ("…, who said", "…, which said") the
/// pronoun itself, which `relative_noun` settles to its noun once the
/// sentence is read — only where the clause reports words.
fn relative_antecedent(v: &Verb, c: usize) -> Option<(usize, usize)> {
    // Past a time between the pronoun and its verb ("who last month
    // called", "who on Tuesday said", "who also said").
    let c = time_before(v, c);
    // "…, who said", "…, which said": the pronoun, which stands for the
    // phrase before its comma once the sentence is read (`relative_noun`).
    // Only a clause that reports words, "that" or a quotation before its
    // clause ends ("…, who opposes the project, said" is an aside).
    if c >= 2 && matches!(v.lower(c - 1).as_str(), "who" | "which") && v.slice(c - 2) == "," {
        // (A comma right before the marks ends no clause: ", who said, “…”".)
        let reports = v.lower(v.cue_end) == "that"
            || (v.cue_end..v.toks.len())
                .take_while(|&i| {
                    let marks_next = v
                        .toks
                        .get(i + 1)
                        .is_some_and(|n| matches!(n.span.slice(v.text), "“" | "\""));
                    !matches!(v.slice(i), ";" | "—") && (v.slice(i) != "," || marks_next)
                })
                .any(|i| {
                    inside(v.quotes, v.toks[i].span.start) || matches!(v.slice(i), "“" | "\"" | ":")
                });
        return reports.then_some((c - 1, c));
    }
    if c == 0 || v.lower(c - 1) != "who" {
        return None;
    }
    let who = c - 1;
    let mut s = who;
    while s > 0 && who - s < MAX_SOURCE_TOKENS {
        let t = v.slice(s - 1);
        let capital = v.toks[s - 1].kind == TokenKind::Word
            && t.chars().next().is_some_and(char::is_uppercase);
        let stop = t == "." && s >= 2 && (is_title(v.slice(s - 2)) || is_initial(v.slice(s - 2)));
        if capital || stop {
            s -= 1;
        } else {
            break;
        }
    }
    // A sentence's first word is capitalised whatever it is.
    (s < who && !(s == 0 && who == 1)).then_some((s, who))
}

/// Where a time phrase right before token `c` starts ("last month", "on
/// Tuesday", "yesterday", "also"), or `c` when there is none.
fn time_before(v: &Verb, c: usize) -> usize {
    let word = |i: usize| v.lower(i);
    if c >= 2
        && ((word(c - 2) == "on" && words::WEEKDAYS.contains(&word(c - 1).as_str()))
            || (matches!(word(c - 2).as_str(), "last" | "this" | "next" | "earlier")
                && crate::TIME_UNITS.contains(&word(c - 1).as_str())))
    {
        return c - 2;
    }
    if c >= 1 && RELATIVE_TIME_WORDS.contains(&word(c - 1).as_str()) {
        return c - 1;
    }
    c
}

/// Words of time between a relative pronoun and its verb ("who yesterday
/// said", "who also said").
const RELATIVE_TIME_WORDS: &[&str] = &[
    "yesterday",
    "today",
    "also",
    "previously",
    "recently",
    "once",
    "later",
    "earlier",
];

/// The most tokens a restrictive relative clause's antecedent holds ("A
/// neighbour", "The man in the blue van").
const MAX_ANTECEDENT_TOKENS: usize = 6;

/// "A neighbour who was at the scene said", "Those who were there said":
/// when the phrase before the cue opens right after "who", the clause it
/// is (a verb of its own first, lower-case) hangs on a noun phrase that
/// opens the sentence or follows a comma; that phrase is the source.
fn restrictive_antecedent(v: &Verb, s: usize) -> Option<(usize, usize)> {
    // "who" right before the phrase, or a few lower-case words before it
    // ("who declined to be named said", "who spoke to police said").
    let reach = s.saturating_sub(MAX_RELATIVE_CLAUSE_TOKENS);
    let who = (reach..s)
        .rev()
        .find(|&i| v.lower(i) == "who" || that_relative(v, i, s))?;
    if (who + 1..s)
        .any(|i| v.toks[i].kind != TokenKind::Word || !v.slice(i).starts_with(char::is_lowercase))
    {
        return None;
    }
    let s = who + 1;
    let first = v.slice(s);
    let clause_verb = v.toks[s].kind == TokenKind::Word
        && first.chars().next().is_some_and(char::is_lowercase)
        && !matches!(first, "he" | "she" | "they" | "we" | "i" | "you" | "it");
    let (a, b) = left_phrase(v.text, v.toks, who, v.quotes)?;
    // After a comma, or a comma and a conjunction ("…, and one woman who
    // saw it said").
    // Or after a dash (a dateline's: "BRANTON — A police sergeant who …").
    let opens = a == 0
        || matches!(v.slice(a - 1), "," | "—" | "–")
        || (a >= 2 && matches!(v.lower(a - 1).as_str(), "and" | "but") && v.slice(a - 2) == ",");
    // A noun phrase: a determiner first, or capitalised words only (not
    // "Police arrested a man who witnesses said").
    let determiner = matches!(
        v.lower(a).as_str(),
        "the" | "a" | "an" | "one" | "some" | "many" | "those" | "anyone" | "people"
    );
    let capitalised = (a..b).all(|i| v.slice(i).chars().next().is_some_and(char::is_uppercase));
    // Or a short plural that opens the sentence ("ACLU lawyers who filed
    // the suit said"), with no determiner inside ("Police arrested a man").
    let short_plural = a == 0
        && b - a <= 3
        && v.slice(a).starts_with(char::is_uppercase)
        && v.lower(b - 1).ends_with('s')
        && !(a + 1..b).any(|i| matches!(v.lower(i).as_str(), "the" | "a" | "an"));
    (clause_verb
        && opens
        && (determiner || capitalised || short_plural)
        && b > a
        && b - a <= MAX_ANTECEDENT_TOKENS)
        .then_some((a, b))
}

/// Whether the "that" at token `i` opens a relative clause on a body whose
/// verb comes first, the phrase left of a cue at `s` inside it ("A
/// spokesperson for the agency that issues bat licences said"): a noun
/// before it, not a verb ("officials said that police said"), and a verb
/// in the third person or the past right after it.
fn that_relative(v: &Verb, i: usize, s: usize) -> bool {
    let Some(before) = i.checked_sub(1) else {
        return false;
    };
    let noun = v.toks[before].kind == TokenKind::Word
        && v.slice(before).chars().all(char::is_lowercase)
        && !is_verb(&v.lower(before))
        && !AUXILIARIES.contains(&v.lower(before).as_str())
        && !words::STOP_WORDS.contains(&v.lower(before).as_str())
        && !v.lower(before).ends_with("ed");
    let clause_verb = v.toks.get(i + 1).is_some_and(|n| {
        let w = v.lower(i + 1);
        n.kind == TokenKind::Word
            && i < s
            && w.chars().all(char::is_lowercase)
            && w.len() > 3
            && (w.ends_with('s') || w.ends_with("ed"))
            && !w.ends_with("ss")
    });
    v.lower(i) == "that" && noun && clause_verb
}

/// The most tokens between "who" and the phrase left of a cue ("who
/// declined to be named said").
pub(crate) const MAX_RELATIVE_CLAUSE_TOKENS: usize = 8;

/// Whether the phrase starting at token `s` can be the subject of a
/// participle right after it: it opens the sentence, follows "with" ("with
/// Boutrous noting"), or follows a comma, a quotation mark or a dash and
/// opens like a noun phrase. After another preposition it is
/// an object ("letters to Congress saying …"); a lower-case verb in "-ed"
/// opens a verb phrase ("…, issued a statement calling …").
fn subject_position(v: &Verb, s: usize) -> bool {
    if s == 0 {
        return true;
    }
    let before = v.slice(s - 1);
    let first = v.slice(s);
    // "…, with Boutrous noting how …": an absolute construction.
    if v.lower(s - 1) == "with" && with_subject(v, s, v.cue_start) {
        return true;
    }
    let noun_like = first.chars().next().is_some_and(char::is_uppercase)
        || matches!(
            v.lower(s).as_str(),
            "the" | "a" | "an" | "some" | "many" | "other" | "others"
        );
    (before == "," || CLOSING_MARKS.contains(&before) || matches!(before, "“" | "—" | "–"))
        && noun_like
        && !(first.ends_with("ed") && first.chars().next().is_some_and(char::is_lowercase))
}

/// Words that end a role-and-name subject after "with": a preposition, a
/// conjunction or a relative pronoun ("with the support of Senator X").
const WITH_SUBJECT_STOPS: &[&str] = &[
    "of", "to", "in", "on", "at", "for", "from", "and", "or", "but", "by", "as", "that", "which",
    "who",
];

/// Whether tokens `s..e` after "with" are the subject of an absolute
/// construction: a name ("with Boutrous noting"), or a role before a name
/// ("with press secretary Allison Marchetti insisting"), with no comma.
fn with_subject(v: &Verb, s: usize, e: usize) -> bool {
    let capital = |i: usize| v.slice(i).chars().next().is_some_and(char::is_uppercase);
    s < e
        && (capital(s)
            || (capital(e - 1)
                && e - s <= MAX_RELATIVE_CLAUSE_TOKENS
                && (s..e).all(|i| {
                    let w = v.slice(i);
                    w.chars()
                        .all(|c| c.is_alphanumeric() || c == '-' || c == '.')
                        && !(w.ends_with("ed") || w.ends_with("ing"))
                        && !WITH_SUBJECT_STOPS.contains(&v.lower(i).as_str())
                })))
}

/// The relative pronoun a participle's clause hangs on ("X, which wrote
/// several letters to Congress saying …"): "who" or "which" right after a
/// comma, with no comma between it and the participle.
fn relative_subject(v: &Verb) -> Option<Span> {
    let comma = (0..v.k).rev().find(|&i| v.slice(i) == ",")?;
    let pronoun = comma + 1;
    (pronoun < v.k && matches!(v.lower(pronoun).as_str(), "who" | "which"))
        .then(|| v.toks[pronoun].span)
}

/// Whether a cue right after a comma has its source after it, ending the
/// sentence or before an aside: a name, a determiner's phrase, a relation
/// and a name ("said his neighbour Ray Oduya"), a station in lower case and
/// a name ("said county official Ray Oduya").
fn source_follows_comma(v: &Verb) -> bool {
    let (toks, text, c) = (v.toks, v.text, v.cue_start);
    c >= 1
        && v.slice(c - 1) == ","
        && toks.get(v.cue_end).is_some_and(|t| {
            let s = t.span.slice(text);
            s.chars().next().is_some_and(char::is_uppercase)
                || matches!(s, "the" | "a" | "an")
                || (matches!(s, "his" | "her" | "their")
                    && (v.cue_end + 1..phrase_end(text, toks, v.cue_end, v.quotes))
                        .any(|i| capitalised(v.slice(i))))
                || role_then_name(v)
        })
        && !v.participle
        && inverted_source(v)
}

/// Whether the phrase after a cue is one to three words of a person's
/// station in lower case, then a name of capitalised words to the phrase's
/// end ("said county official Ray Oduya", "said coach Patrick Sang").
fn role_then_name(v: &Verb) -> bool {
    let end = phrase_end(v.text, v.toks, v.cue_end, v.quotes);
    let Some(first_capital) = (v.cue_end..end).find(|&i| capitalised(v.slice(i))) else {
        return false;
    };
    let roles = first_capital - v.cue_end;
    (1..=MAX_ROLE_WORDS_BEFORE_NAME).contains(&roles)
        && (v.cue_end..first_capital).all(|i| {
            let w = v.slice(i);
            v.toks[i].kind == TokenKind::Word
                && w.chars().all(|c| c.is_lowercase() || c == '-')
                && !is_verb(w)
                && !AUXILIARIES.contains(&w)
                && !matches!(
                    w,
                    "that" | "it" | "he" | "she" | "they" | "we" | "to" | "of" | "in"
                )
        })
        && (first_capital..end).all(|i| capitalised(v.slice(i)) || v.slice(i) == ".")
        && end - first_capital >= 2
}

/// The most words of a station in lower case before a name after an
/// inverted cue ([`role_then_name`]).
const MAX_ROLE_WORDS_BEFORE_NAME: usize = 3;

/// Whether the phrase after a cue that follows a comma ("…, said X") is a
/// source rather than the content ("…, said the nation faces bigger
/// problems, such as …"): short, with no quotation in it, and ending the
/// sentence or followed by an aside ("…, said X, a former governor").
fn inverted_source(v: &Verb) -> bool {
    let end = phrase_end(v.text, v.toks, v.cue_end, v.quotes);
    let quoted = (v.cue_end..end)
        .any(|i| inside(v.quotes, v.toks[i].span.start) || matches!(v.slice(i), "“" | "”" | "\""));
    let ends = end >= v.toks.len() || matches!(v.slice(end), "." | "!" | "?");
    // After a name, any aside ("said Jane Doe, president of the local";
    // "said Sen. Warren (D-Mass.)").
    let named = v.toks.get(v.cue_end).is_some_and(|t| {
        t.span
            .slice(v.text)
            .chars()
            .next()
            .is_some_and(char::is_uppercase)
    });
    let aside = end < v.toks.len()
        && ((v.slice(end) == ","
            && (named || (opens_aside(v, end + 1) && !opens_name_aside(v, end + 1))))
            || (named && matches!(v.slice(end), "(" | "—" | "–")));
    end - v.cue_end <= MAX_SOURCE_TOKENS && !quoted && (ends || aside)
}

/// Whether token `i` is a word that opens an aside after a name only
/// ([`NAME_ASIDE_OPENERS`]).
fn opens_name_aside(v: &Verb, i: usize) -> bool {
    i < v.toks.len() && NAME_ASIDE_OPENERS.contains(&v.lower(i).as_str())
}

/// Whether token `i` opens an aside in apposition: a word of
/// [`APPOSITION_OPENERS`], a capitalised word, a number (an age: "X, 61,
/// said") or a participle ("X, meeting behind closed doors, said").
fn opens_aside(v: &Verb, i: usize) -> bool {
    let Some(t) = v.toks.get(i) else {
        return false;
    };
    let word = v.lower(i);
    let written = t.span.slice(v.text);
    APPOSITION_OPENERS.contains(&word.as_str())
        || NAME_ASIDE_OPENERS.contains(&word.as_str())
        || CIRCUMSTANCE_ASIDE_OPENERS.contains(&word.as_str())
        || QUESTION_ASIDE_OPENERS.contains(&word.as_str())
        || written
            .chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
        || (word.len() > 4 && word.ends_with("ing"))
        // A past participle's phrase ("The study, published in The Lancet,
        // concluded", "The group, led by X, said").
        || (word.len() > 4 && word.ends_with("ed"))
        || PAST_PARTICIPLES.contains(&word.as_str())
        || told_of_aside(v, i)
        || participle_after_adverb(v, i)
        || role_before_name(v, i)
}

/// Whether a role and a name open an aside at `i`, lower-case words before
/// the role ("Her chief rival, state Attorney General Raymond Beaulieu,
/// has dismissed").
fn role_before_name(v: &Verb, i: usize) -> bool {
    // Not a joining word ("…, and British Prime Minister Keir Starmer,
    // said").
    if matches!(
        v.lower(i).as_str(),
        "and" | "or" | "but" | "like" | "unlike"
    ) {
        return false;
    }
    (i..v.toks.len())
        .take(MAX_ROLE_LEAD_TOKENS + 1)
        .take_while(|&j| is_word(&v.toks[j]))
        .any(|j| {
            is_role(v.slice(j))
                && v.toks
                    .get(j + 1)
                    .is_some_and(|t| capitalised(t.span.slice(v.text)))
        })
}

/// The most lower-case words that may stand before a role in an aside
/// ("state", "former deputy").
const MAX_ROLE_LEAD_TOKENS: usize = 3;

/// Adverbs that may stand before the participle opening an aside ("The
/// study, first disclosed by a former employee, found").
pub(crate) const PARTICIPLE_ADVERBS: &[&str] = &[
    "first",
    "originally",
    "previously",
    "later",
    "since",
    "also",
];

/// Whether an adverb of [`PARTICIPLE_ADVERBS`] and a past participle open
/// an aside at `i`.
fn participle_after_adverb(v: &Verb, i: usize) -> bool {
    let next = v.lower(i + 1);
    PARTICIPLE_ADVERBS.contains(&v.lower(i).as_str())
        && i + 1 < v.toks.len()
        && ((next.len() > 4 && next.ends_with("ed")) || PAST_PARTICIPLES.contains(&next.as_str()))
}

/// Whether "told of" or "told about" opens an aside at `i` ("X, told of
/// the answer, said").
fn told_of_aside(v: &Verb, i: usize) -> bool {
    v.lower(i) == "told" && matches!(v.lower(i + 1).as_str(), "of" | "about")
}

/// Irregular past participles that open an aside after a noun phrase.
pub(crate) const PAST_PARTICIPLES: &[&str] = &[
    "led", "written", "known", "held", "run", "seen", "given", "made", "built", "set",
];

/// "X, IRNA reported, said …": the noun phrase before the comma that opens
/// the attribution found just before the cue.
fn past_parenthetical_attribution(v: &Verb, c: usize, earlier: &[Found]) -> Option<(usize, usize)> {
    if c < 2 || v.slice(c - 1) != "," {
        return None;
    }
    let inner = earlier
        .iter()
        .rev()
        .find(|f| f.cue.end <= v.toks[c - 1].span.start)?;
    let open = v.toks.iter().rposition(|t| {
        t.span.end <= inner.source.map_or(inner.cue.start, |s| s.start)
            && t.span.slice(v.text) == ","
    })?;
    // The aside holds no quotation ("someone shouted “…,” though Beck, a
    // critic, said" holds no aside of Beck's).
    if (open + 1..c - 1).any(|i| CLOSING_MARKS.contains(&v.slice(i)) || v.slice(i) == "“") {
        return None;
    }
    left_phrase(v.text, v.toks, open, v.quotes).filter(|&(s, e)| !participial_opener(v, s, e))
}

/// Whether tokens `s..e` are a participle's phrase opening the sentence
/// ("Giving evidence, Daniel Okafor denied …, telling"): no noun phrase.
fn participial_opener(v: &Verb, s: usize, e: usize) -> bool {
    let first = v.lower(s);
    s == 0
        && e > s + 1
        && first.len() > 4
        && first.ends_with("ing")
        && v.slice(s + 1).starts_with(char::is_lowercase)
}

/// "The report — provided to X and based on Y — states …": the noun phrase
/// before a dashed or bracketed aside that ends at the cue, and the aside
/// (kept for the source's chain).
fn past_aside(v: &Verb, c: usize) -> Option<((usize, usize), Span)> {
    if c < 2 {
        return None;
    }
    let close = v.slice(c - 1);
    let open = match close {
        "—" | "–" => close,
        ")" => "(",
        _ => return None,
    };
    let o = (0..c - 1).rev().find(|&i| v.slice(i) == open)?;
    let walk = left_phrase(v.text, v.toks, o, v.quotes)?;
    Some((
        walk,
        Span::new(v.toks[o].span.start, v.toks[c - 1].span.end),
    ))
}

/// "X, a former governor, said" / "X, who ran …, said": the source with its
/// aside in apposition, up to the cue.
fn past_apposition(v: &Verb, c: usize) -> Option<(usize, usize)> {
    if c < 2 || v.slice(c - 1) != "," {
        return None;
    }
    // Asides may follow one another ("Rep. Bobby Scott, D-Va., one of the
    // nine lawmakers …, said"; "Patricia, 61, from St Mawes, Cornwall,
    // said"): the nearest comma left of them whose phrase opens like a
    // noun phrase.
    let reach = c.saturating_sub(1 + MAX_APPOSITION_TOKENS);
    (reach..c - 1)
        .rev()
        .filter(|&i| v.slice(i) == "," && opens_aside(v, i + 1))
        .find_map(|comma| {
            let (s, e) = left_phrase(v.text, v.toks, comma, v.quotes)?;
            // A restrictive relative clause before the aside ("A passenger
            // who was in the second carriage, a nurse, told"): from the
            // noun it hangs on.
            let s = restrictive_antecedent(v, s).map_or(s, |(a, _)| a);
            let first = v.slice(s);
            if e == s + 1 && is_party_label(first) {
                return None;
            }
            if participial_opener(v, s, e) {
                return None;
            }
            let noun_like = first.chars().next().is_some_and(char::is_uppercase)
                || matches!(
                    v.lower(s).as_str(),
                    "the" | "a" | "an" | "his" | "her" | "their" | "its" | "our"
                )
                // A description before a name ("But parent Marcus Bell, …,").
                || (is_role(first) && e > s + 1 && capitalised(v.slice(s + 1)));
            // After "for", "of", "from", "aged": a name of four words at
            // most, all capitalised (a title's stop allowed).
            // Roles may come before the name ("Council leader Marcus
            // Ellingham, of the Labour group,").
            let capital = |i: usize| {
                let w = v.slice(i);
                w == "." || w.chars().next().is_some_and(char::is_uppercase)
            };
            let name_from = (s..e).rfind(|&i| !capital(i)).map_or(s, |i| i + 1);
            let named = e - name_from <= 4
                && (name_from == s
                    || (e - name_from >= 2
                        && (s..name_from).all(|i| capital(i) || is_role(v.slice(i)))));
            let name_only = opens_name_aside(v, comma + 1);
            // "The president, in his weekly address, said": a short noun
            // phrase or a name before a circumstance.
            let opener = v.lower(comma + 1);
            let circumstance = CIRCUMSTANCE_ASIDE_OPENERS.contains(&opener.as_str());
            let question = QUESTION_ASIDE_OPENERS.contains(&opener.as_str());
            // "The group, led by Sarah Jones, said": a participle's phrase
            // says what the source is, and names no one who spoke.
            // But "The man, identified as John Doe, told" names him.
            // "X, told of the answer, said": told what another said.
            let told_of = told_of_aside(v, comma + 1);
            // "The caller, retired electrician Bruce Whitfield, told": an
            // adjective and a trade before a name, no participle's phrase.
            let name_start = (comma + 1..c - 1)
                .rfind(|&i| !capital(i))
                .map_or(comma + 1, |i| i + 1);
            let trade_and_name = c > name_start + 2
                && name_start > comma + 2
                && (comma + 1..name_start).all(|i| {
                    let w = v.lower(i);
                    is_word(&v.toks[i])
                        && !crate::names::PREPOSITIONS.contains(&w.as_str())
                        && !matches!(w.as_str(), "as" | "by" | "into" | "over" | "under" | "and")
                        && !is_verb(&w)
                });
            let participle = v.slice(comma + 1).starts_with(char::is_lowercase)
                && !trade_and_name
                && ((opener.len() > 4 && opener.ends_with("ed"))
                    || PAST_PARTICIPLES.contains(&opener.as_str())
                    || told_of
                    || participle_after_adverb(v, comma + 1))
                && !matches!(opener.as_str(), "identified" | "named" | "aged");
            let short = named || (e - s <= 3 && matches!(v.lower(s).as_str(), "the" | "a" | "an"));
            // A circumstance or a question put is no part of who spoke: the
            // source ends before it.
            (noun_like && e > s && (!name_only || named) && (!circumstance || short)).then_some((
                s,
                if circumstance || question || participle {
                    comma
                } else {
                    c
                },
            ))
        })
}

/// A party label standing as an aside after a politician's name ("R-Ohio",
/// "D-N.J", "I"): a party letter, then a hyphen and a state.
pub(crate) fn is_party_label(word: &str) -> bool {
    let mut parts = word.splitn(2, '-');
    let party = parts.next().unwrap_or_default();
    matches!(party, "D" | "R" | "I")
        && parts
            .next()
            .is_none_or(|state| state.chars().next().is_some_and(char::is_uppercase))
}

/// First words of a frame before the main clause ("In that interview,",
/// "On Tuesday,"): no subject.
const FRAME_OPENERS: &[&str] = &[
    "in",
    "on",
    "at",
    "during",
    "after",
    "before",
    "later",
    "earlier",
    "according",
    "while",
    "when",
    "as",
    "since",
    "with",
    "for",
];

/// Phase 4: the content after the cue to the end of the sentence, past the
/// addressee of "told X that"; none when only punctuation follows.
fn content_after(v: &Verb) -> Option<Span> {
    let (toks, text) = (v.toks, v.text);
    let mut from = v.cue_end;
    if ADDRESSEE_VERBS.contains(&v.word.as_str()) {
        if let Some(that) = (v.cue_end..toks.len().min(v.cue_end + MAX_ADDRESSEE_TOKENS))
            .find(|&i| v.lower(i) == "that" || matches!(v.slice(i), "“" | "\""))
        {
            from = that;
        }
    }
    to_end(text, toks, from, v.sentence).filter(|c| has_word(c.slice(text)))
}

/// Whether `text` holds a word or number token (not only punctuation).
fn has_word(text: &str) -> bool {
    text.chars().any(char::is_alphanumeric)
}

/// The quotation ending right before token `to`, if any.
fn quote_before(toks: &[Token], to: usize, quotes: &[Span]) -> Option<Span> {
    let at = toks.get(to.checked_sub(1)?)?.span.end;
    quotes
        .iter()
        .filter(|q| q.end <= at && at - q.end <= MAX_QUOTE_GAP_BYTES)
        .max_by_key(|q| q.end)
        .map(|q| Span::new(q.start, q.end))
}

/// The subject of a sentence: its first run of capitalised words (with
/// titles' stops), after a leading "According to X," or "In response,".
fn sentence_subject(text: &str, toks: &[Token], before: usize) -> Option<(usize, usize)> {
    // "Updated: Rick Santorum …": a label before a colon opens no subject.
    let mut start = usize::from(toks.len() > 2 && toks[1].span.slice(text) == ":") * 2;
    let first = toks.get(start).map(|t| lower(text, t)).unwrap_or_default();
    if matches!(
        first.as_str(),
        "according" | "in" | "on" | "at" | "during" | "after" | "before" | "later" | "earlier"
    ) {
        start = (0..before).find(|&i| toks[i].span.slice(text) == ",")? + 1;
    } else if matches!(first.as_str(), "asked" | "pressed" | "questioned")
        && toks.get(start + 1).is_some_and(|t| {
            matches!(
                lower(text, t).as_str(),
                "about" | "whether" | "if" | "by" | "why" | "what" | "how"
            )
        })
    {
        // "Asked whether he regretted it, the archbishop smiled": after
        // the question's last comma or dash ("Asked whether … — port
        // records show it … — Solheim-Barre paused").
        // The last that a subject follows, not a participle ("…, saying").
        start = (0..before)
            .rev()
            .find(|&i| {
                matches!(toks[i].span.slice(text), "," | "—" | "–")
                    && toks.get(i + 1).is_some_and(|t| {
                        let w = t.span.slice(text);
                        !(w.starts_with(char::is_lowercase) && w.ends_with("ing"))
                    })
            })
            .map_or(0, |i| i + 1);
    } else if opens_a_clause(
        &first,
        &toks
            .get(start + 1)
            .map(|t| lower(text, t))
            .unwrap_or_default(),
    ) {
        // "When the verdict was read out Smith broke down, saying": with no
        // comma to end the clause, the sentence's first words stand.
        start = (0..before)
            .find(|&i| toks[i].span.slice(text) == ",")
            .map_or(start, |i| i + 1);
    } else if first.len() > 4 && first.ends_with("ing") {
        // "Speaking to reporters, Obama said": after the frame's comma;
        // "Boeing rejected it and said": no comma, a name.
        start = (0..before)
            .find(|&i| toks[i].span.slice(text) == ",")
            .map_or(0, |i| i + 1);
    }
    // "When I was nine I got one before him, and he looked at me and
    // said": a clause's conjunction before its subject.
    if start + 1 < before
        && matches!(lower(text, &toks[start]).as_str(), "and" | "but")
        && matches!(
            lower(text, &toks[start + 1]).as_str(),
            "he" | "she" | "they" | "it" | "we"
        )
    {
        start += 1;
    }
    // "In that interview, he invoked …, saying": a pronoun subject.
    if start < before
        && matches!(
            lower(text, &toks[start]).as_str(),
            "he" | "she" | "they" | "it" | "we"
        )
    {
        return Some((start, start + 1));
    }
    let mut end = start;
    while end < before {
        let s = toks[end].span.slice(text);
        let capital = s.chars().next().is_some_and(char::is_uppercase);
        if (toks[end].kind == TokenKind::Word && capital)
            || (s == "." && end > start && is_title(toks[end - 1].span.slice(text)))
        {
            end += 1;
        } else if let Some(name_at) =
            crate::names::particles_before_a_name(text, toks, end).filter(|&k| k < before)
        {
            // A surname's particles ("van der Meer paused").
            end = name_at;
        } else {
            break;
        }
    }
    // "One of the jurors, Margaret Zwicker, …": the name set beside the
    // part of a group; so "My editor at the time, Gerry Nolan, rang me and
    // said": the name set beside a description its owner opens.
    let partitive = end == start + 1
        && lower(text, &toks[start]) == "one"
        && toks.get(end).is_some_and(|t| lower(text, t) == "of");
    let owned = matches!(
        lower(text, &toks[start]).as_str(),
        "my" | "his" | "her" | "their" | "our"
    ) && toks.get(start + 1).is_some_and(|t| {
        t.kind == TokenKind::Word && t.span.slice(text).starts_with(char::is_lowercase)
    });
    if (partitive || owned)
        && let Some(comma) =
            (end..before.min(end + MAX_PARTITIVE_TOKENS)).find(|&i| toks[i].span.slice(text) == ",")
    {
        let mut name_end = comma + 1;
        while name_end < before
            && toks[name_end].kind == TokenKind::Word
            && capitalised(toks[name_end].span.slice(text))
        {
            name_end += 1;
        }
        // Their own clause up to the cue: no comma, no clause of another
        // subject ("Her husband, Declan Moore, was at work when a police
        // officer knocked and said"), no new subject after "and" ("… stood
        // by and a man pushed through and said").
        let own_clause = partitive
            || (name_end + 1..before).all(|i| {
                let w = lower(text, &toks[i]);
                let new_subject = w == "and"
                    && toks.get(i + 1).is_some_and(|n| {
                        matches!(
                            lower(text, n).as_str(),
                            "a" | "an"
                                | "the"
                                | "his"
                                | "her"
                                | "their"
                                | "my"
                                | "our"
                                | "he"
                                | "she"
                                | "they"
                                | "i"
                                | "we"
                                | "someone"
                                | "somebody"
                        ) || capitalised(n.span.slice(text))
                    });
                // Nor someone else described between ("remembers the day my
                // father came home and said").
                w != ","
                    && !new_subject
                    && !crate::names::describes_someone(&w)
                    && !INNER_CLAUSE_OPENERS.contains(&w.as_str())
            });
        if name_end > comma + 1
            && own_clause
            && toks
                .get(name_end)
                .is_some_and(|t| t.span.slice(text) == ",")
        {
            return Some((comma + 1, name_end));
        }
    }
    // An article opens a noun phrase whose head, in lower case, is a body
    // or a role, with a name after "of" ("The ministry", "the Ulandian
    // foreign ministry", "The government of Talvoria"), not any noun ("The
    // pushback", "A day after", "The writers acknowledge").
    if start < before && matches!(lower(text, &toks[start]).as_str(), "the" | "a" | "an") {
        let mut k = start + 1;
        while k < before && toks[k].kind == TokenKind::Word && capitalised(toks[k].span.slice(text))
        {
            k += 1;
        }
        let nouns = k;
        while k < before && k < nouns + 3 && {
            let w = toks[k].span.slice(text);
            toks[k].kind == TokenKind::Word
                && w.starts_with(char::is_lowercase)
                && !words::STOP_WORDS.contains(&w)
                && !is_verb(w)
                && !AUXILIARIES.contains(&w)
                && !w.ends_with("ed")
                && !w.ends_with("ing")
                && !w.ends_with("ly")
        } {
            k += 1;
        }
        let head = toks[k - 1].span.slice(text);
        // Not a word in lower case before a name ("The state Ethics
        // Commission").
        let before_a_name = toks
            .get(k)
            .is_some_and(|t| t.kind == TokenKind::Word && capitalised(t.span.slice(text)));
        if k > nouns && !before_a_name && (BODY_HEADS.contains(&head) || is_role(head)) {
            if k + 1 < before
                && toks[k].span.slice(text) == "of"
                && capitalised(toks[k + 1].span.slice(text))
            {
                k += 1;
                while k < before && capitalised(toks[k].span.slice(text)) {
                    k += 1;
                }
            }
            return Some((start, k));
        }
    }
    // A body's noun in lower case after capitals is its head ("The
    // Kestrian government", "the Labour party").
    if (start..end).any(|i| !matches!(lower(text, &toks[i]).as_str(), "the" | "a" | "an"))
        && end < before
        && toks[end].kind == TokenKind::Word
        && BODY_HEADS.contains(&toks[end].span.slice(text))
        && !toks[end - 1].span.slice(text).ends_with("'s")
        && !toks[end - 1].span.slice(text).ends_with("’s")
    {
        end += 1;
    }
    // A description between capitals, its last word a role, runs on to
    // the name it describes ("Republican presidential nominee Mitt Romney
    // has …"; not "Trump attacks Sen. John McCain"); so does one in lower
    // case opening the subject ("retired teacher Betty Simmons stood up").
    let described = (end..before.min(end + 4)).find(|&i| {
        let w = toks[i].span.slice(text);
        toks[i].kind == TokenKind::Word && capitalised(w)
    });
    let lower_description = end == start
        && described.is_some_and(|name| name > start && is_role(toks[name - 1].span.slice(text)));
    if (end > start || lower_description)
        && let Some(name) = described
        && name > end
        && is_role(toks[name - 1].span.slice(text))
        && (end..name).all(|i| {
            let w = lower(text, &toks[i]);
            toks[i].kind == TokenKind::Word
                && !words::STOP_WORDS.contains(&w.as_str())
                && !is_verb(&w)
                // "retired teacher Betty Simmons": an adjective in "-ed"
                // opens a description in lower case.
                && (!w.ends_with("ed") || lower_description)
                && !w.ends_with("ing")
        })
    {
        end = name;
        while end < before
            && toks[end].kind == TokenKind::Word
            && capitalised(toks[end].span.slice(text))
        {
            end += 1;
        }
    }
    (end > start).then_some((start, end))
}
