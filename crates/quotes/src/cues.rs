//! Attribution cues inside one sentence and the source and content they
//! introduce: "X said (that) …", "“…,” X said", "“…,” said X", "according
//! to X, …", "…, according to X", "X, Y reported, said …", "…, accusing …".

use crosscheck_model::Span;
use crosscheck_text::{Token, TokenKind, tokens};

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
    "asked",
    "asks",
    "replied",
    "replies",
    "responded",
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

/// Verbs that are also nouns ("swing states", "news reports"): cues only
/// when "that", a comma or a quotation follows.
const AMBIGUOUS: &[&str] = &[
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

/// Participles that take the main clause's subject ("…, accusing the west of …").
const PARTICIPLES: &[&str] = &[
    "saying",
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
];

/// Words that may stand between a source and its verb (kept in the cue).
const AUXILIARIES: &[&str] = &[
    "has", "have", "had", "was", "were", "is", "are", "will", "would", "could", "may", "might",
    "did", "does", "do", "be", "been",
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
];

/// Words that end a source noun phrase when walking left from the verb.
const BOUNDARIES: &[&str] = &[
    "that", "and", "but", "while", "when", "because", "if", "as", "after", "before", "since",
    "although", "though", "so", "or", "than", "where", "whereas", "yet", "until", "unless",
    "whether", "said", "says", "told", "noted", "to", "who", "which", "whom",
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

fn is_word(t: &Token) -> bool {
    t.kind != TokenKind::Punct
}

fn lower(text: &str, t: &Token) -> String {
    t.span.slice(text).to_lowercase()
}

fn inside(quotes: &[Span], at: usize) -> bool {
    quotes.iter().any(|q| q.start <= at && at < q.end)
}

fn is_title(w: &str) -> bool {
    matches!(
        w,
        "Mr" | "Mrs"
            | "Ms"
            | "Dr"
            | "Gen"
            | "Sen"
            | "Rep"
            | "Gov"
            | "St"
            | "Jr"
            | "Lt"
            | "Col"
            | "Capt"
            | "Sgt"
            | "Prof"
            | "Sr"
            | "Adm"
            | "Maj"
            | "Cpl"
            | "Rev"
            | "Hon"
    )
}

/// The tokens of a sentence and the attributions they hold. `quotes` are the
/// quoted stretches (content spans) of the article: cues inside them are
/// someone's words, not attributions.
pub fn find(text: &str, sentence: Span, quotes: &[Span]) -> Vec<Found> {
    let body = sentence.slice(text);
    let toks: Vec<Token> = tokens(body)
        .into_iter()
        .map(|t| Token {
            span: Span::new(sentence.start + t.span.start, sentence.start + t.span.end),
            kind: t.kind,
        })
        .collect();
    let mut out: Vec<Found> = Vec::new();
    let mut k = 0;
    while k < toks.len() {
        let t = &toks[k];
        if !is_word(t) || inside(quotes, t.span.start) {
            k += 1;
            continue;
        }
        let w = lower(text, t);
        if w == "according" && toks.get(k + 1).is_some_and(|n| lower(text, n) == "to") {
            if let Some(f) = according_to(text, &toks, k, sentence, quotes) {
                out.push(f);
            }
            k += 2;
            continue;
        }
        let written = t.span.slice(text);
        let lowercase = written.chars().next().is_some_and(char::is_lowercase);
        let ambiguous_ok = !AMBIGUOUS.contains(&w.as_str())
            || toks.get(k + 1).is_some_and(|n| {
                matches!(lower(text, n).as_str(), "that" | "," | "“" | "\"" | ":")
            });
        if VERBS.contains(&w.as_str()) && (lowercase || k == 0) && ambiguous_ok {
            if let Some(f) = verb(text, &toks, k, sentence, quotes, &out) {
                out.push(f);
            }
        }
        k += 1;
    }
    out
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

fn according_to(
    text: &str,
    toks: &[Token],
    k: usize,
    sentence: Span,
    quotes: &[Span],
) -> Option<Found> {
    let cue = Span::new(toks[k].span.start, toks[k + 1].span.end);
    let start = k + 2;
    let end = phrase_end(text, toks, start, quotes);
    let source = span_of(toks, start, end)?;
    // "…, according to X." or "According to X, …".
    let content = if k == 0 || (end >= toks.len().saturating_sub(1)) && k > 0 {
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
    // Skip adverbs between the source and the verb.
    while end > 0 && ADVERBS.contains(&lower(text, &toks[end - 1]).as_str()) {
        end -= 1;
    }
    let mut start = end;
    while start > 0 && end - start < 12 {
        let t = &toks[start - 1];
        if inside(quotes, t.span.start) {
            break;
        }
        let s = t.span.slice(text);
        if t.kind == TokenKind::Punct {
            // "Mr." — a title's stop.
            if s == "."
                && start >= 2
                && (is_title(toks[start - 2].span.slice(text))
                    || is_initial(toks[start - 2].span.slice(text)))
            {
                start -= 1;
                continue;
            }
            break;
        }
        if BOUNDARIES.contains(&s.to_lowercase().as_str()) {
            break;
        }
        start -= 1;
    }
    (start < end).then_some((start, end))
}

fn verb(
    text: &str,
    toks: &[Token],
    k: usize,
    sentence: Span,
    quotes: &[Span],
    earlier: &[Found],
) -> Option<Found> {
    let w = lower(text, &toks[k]);
    // The cue: auxiliaries before it, "as saying" after "quoted", "to" after
    // "referred"/"pointed".
    let mut cue_start = k;
    let mut before = k;
    while before > 0 {
        let p = lower(text, &toks[before - 1]);
        if AUXILIARIES.contains(&p.as_str()) {
            before -= 1;
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
    let mut cue_end = k + 1;
    let next = |i: usize| toks.get(i).map(|t| lower(text, t)).unwrap_or_default();
    if w == "quoted" && next(k + 1) == "as" && VERBS.contains(&next(k + 2).as_str()) {
        cue_end = k + 3;
    } else if (matches!(w.as_str(), "referred" | "pointed" | "refers") && next(k + 1) == "to")
        || (w == "pointed" && next(k + 1) == "out")
    {
        cue_end = k + 2;
    }
    let cue = Span::new(toks[cue_start].span.start, toks[cue_end - 1].span.end);
    let participle = PARTICIPLES.contains(&w.as_str());
    // Source to the left, unless the verb directly follows a quotation and a
    // comma ("“…,” said X") — then to the right.
    let prev = cue_start.checked_sub(1).map(|i| toks[i].span.slice(text));
    let after_quote = cue_start > 0
        && (matches!(prev, Some("”" | "\"" | "»" | "'"))
            || (matches!(prev, Some(","))
                && cue_start >= 2
                && matches!(toks[cue_start - 2].span.slice(text), "”" | "\"" | "»" | "'")))
        && !participle;
    let mut source: Option<Span> = None;
    let mut content: Option<Span> = None;
    let mut aside: Option<Span> = None;
    if after_quote && !AUXILIARIES.contains(&next(cue_start).as_str()) {
        // “…,” said X, a former governor.  /  “…,” X said (the left walk below).
        source = to_end(text, toks, cue_end, sentence)
            .filter(|s| !s.is_empty())
            .or_else(|| span_of(toks, cue_end, phrase_end(text, toks, cue_end, quotes)));
        let mut to = cue_start;
        while to > 0 && matches!(toks[to - 1].span.slice(text), "," | "”" | "\"" | "'" | "»") {
            to -= 1;
        }
        content = quote_before(toks, to, quotes).or_else(|| span_of(toks, 0, to));
    }
    if source.is_none() {
        let mut walk = left_phrase(text, toks, cue_start, quotes);
        // "X, IRNA reported, said …": skip a parenthetical attribution.
        if walk.is_none() && cue_start >= 2 && toks[cue_start - 1].span.slice(text) == "," {
            if let Some(inner) = earlier
                .iter()
                .rev()
                .find(|f| f.cue.end <= toks[cue_start - 1].span.start)
            {
                if let Some(open) = toks.iter().rposition(|t| {
                    t.span.end <= inner.source.map_or(inner.cue.start, |s| s.start)
                        && t.span.slice(text) == ","
                }) {
                    walk = left_phrase(text, toks, open, quotes);
                }
            }
        }
        // "The report — provided to X and based on Y — states …": skip a
        // dashed or bracketed aside; it is kept for the source's chain.
        if walk.is_none() && cue_start >= 2 {
            let close = toks[cue_start - 1].span.slice(text);
            let open = match close {
                "—" | "–" => Some(close),
                ")" => Some("("),
                _ => None,
            };
            if let Some(open) = open {
                if let Some(o) = (0..cue_start - 1)
                    .rev()
                    .find(|&i| toks[i].span.slice(text) == open)
                {
                    walk = left_phrase(text, toks, o, quotes);
                    if walk.is_some() {
                        aside = Some(Span::new(toks[o].span.start, toks[cue_start - 1].span.end));
                    }
                }
            }
        }
        // "X, a former governor, said" / "X, who ran …, said": the aside
        // belongs to the source.
        if walk.is_none() && cue_start >= 2 && toks[cue_start - 1].span.slice(text) == "," {
            if let Some(c) = (0..cue_start - 1)
                .rev()
                .take(25)
                .find(|&i| toks[i].span.slice(text) == ",")
            {
                let first = lower(text, &toks[c + 1]);
                let aside_word = matches!(
                    first.as_str(),
                    "a" | "an"
                        | "the"
                        | "who"
                        | "which"
                        | "whose"
                        | "also"
                        | "one"
                        | "writing"
                        | "speaking"
                        | "himself"
                        | "herself"
                        | "both"
                        | "now"
                        | "then"
                        | "like"
                ) || toks[c + 1]
                    .span
                    .slice(text)
                    .chars()
                    .next()
                    .is_some_and(char::is_uppercase);
                if aside_word {
                    if let Some((s, _)) = left_phrase(text, toks, c, quotes) {
                        walk = Some((s, cue_start));
                    }
                }
            }
        }
        // "…, said Democratic strategist Hank Sheinkopf.": the source follows.
        if walk.is_none()
            && source.is_none()
            && cue_start >= 1
            && toks[cue_start - 1].span.slice(text) == ","
            && toks.get(cue_end).is_some_and(|t| {
                let s = t.span.slice(text);
                s.chars().next().is_some_and(char::is_uppercase) || matches!(s, "the" | "a" | "an")
            })
            && !participle
        {
            source = to_end(text, toks, cue_end, sentence);
            content = span_of(toks, 0, cue_start - 1);
        }
        if let Some((s, e)) = walk {
            source = span_of(toks, s, e);
            // “…,” X said: content is the quotation before.
            if s > 0
                && matches!(toks[s - 1].span.slice(text), "," | "”" | "\"" | "'")
                && content.is_none()
            {
                let mut to = s;
                while to > 0 && matches!(toks[to - 1].span.slice(text), ",") {
                    to -= 1;
                }
                let rest_empty = to_end(text, toks, cue_end, sentence).is_none_or(|r| {
                    tokens(r.slice(text))
                        .iter()
                        .all(|t| t.kind == TokenKind::Punct)
                });
                if rest_empty {
                    content = quote_before(toks, to, quotes).or_else(|| span_of(toks, 0, to));
                }
            }
        } else if cue_start > 0 && lower(text, &toks[cue_start - 1]) == "and" {
            // "X met with Y and noted that …": the sentence's subject.
            if let Some((s, e)) = sentence_subject(text, toks, cue_start) {
                source = span_of(toks, s, e);
            }
        } else if participle {
            // "X, though acknowledging …" / "…, accusing the west of …": the
            // main clause's subject.
            source = toks
                .iter()
                .position(|t| t.span.slice(text) == ",")
                .filter(|&c| c < k)
                .and_then(|c| left_phrase(text, toks, c, quotes))
                .filter(|&(s, e)| s == 0 && e - s <= 4)
                .and_then(|(s, e)| span_of(toks, s, e))
                .or_else(|| sentence_subject(text, toks, k).and_then(|(s, e)| span_of(toks, s, e)));
        }
    }
    if content.is_none() {
        // After the verb: skip the addressee of "told X that".
        let mut from = cue_end;
        if matches!(
            w.as_str(),
            "told"
                | "tells"
                | "tell"
                | "telling"
                | "warned"
                | "urged"
                | "asked"
                | "accusing"
                | "accused"
                | "calling"
                | "called"
                | "described"
                | "referred"
        ) {
            if let Some(that) = (cue_end..toks.len().min(cue_end + 10)).find(|&i| {
                lower(text, &toks[i]) == "that" || matches!(toks[i].span.slice(text), "“" | "\"")
            }) {
                from = that;
            }
        }
        content = to_end(text, toks, from, sentence).filter(|c| {
            tokens(c.slice(text))
                .iter()
                .any(|t| t.kind != TokenKind::Punct)
        });
    }
    let content = content?;
    // A verb with neither a source nor any clause after it is not a cue
    // ("the report said" needs a source; "he called" needs content).
    if source.is_none() && !participle {
        return None;
    }
    Some(Found {
        cue,
        source,
        content,
        aside,
    })
}

/// The quotation ending right before token `to`, if any.
fn quote_before(toks: &[Token], to: usize, quotes: &[Span]) -> Option<Span> {
    let at = toks.get(to.checked_sub(1)?)?.span.end;
    quotes
        .iter()
        .filter(|q| q.end <= at && at - q.end <= 4)
        .max_by_key(|q| q.end)
        .map(|q| Span::new(q.start, q.end))
}

/// The subject of a sentence: its first run of capitalised words (with
/// titles' stops), after a leading "According to X," or "In response,".
fn sentence_subject(text: &str, toks: &[Token], before: usize) -> Option<(usize, usize)> {
    let mut start = 0;
    let first = toks.first().map(|t| lower(text, t)).unwrap_or_default();
    if matches!(
        first.as_str(),
        "according" | "in" | "on" | "during" | "after" | "later" | "earlier"
    ) {
        start = (0..before).find(|&i| toks[i].span.slice(text) == ",")? + 1;
    }
    let mut end = start;
    while end < before {
        let s = toks[end].span.slice(text);
        let capital = s.chars().next().is_some_and(char::is_uppercase);
        if (toks[end].kind == TokenKind::Word && capital)
            || (s == "." && end > start && is_title(toks[end - 1].span.slice(text)))
        {
            end += 1;
        } else {
            break;
        }
    }
    (end > start).then_some((start, end))
}

/// A single capital letter: an initial ("Edward G. Rendell").
fn is_initial(w: &str) -> bool {
    let mut c = w.chars();
    c.next().is_some_and(char::is_uppercase) && c.next().is_none()
}
