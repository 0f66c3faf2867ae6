//! Corroboration: the claims of a story, how many independent sources back
//! each, where each comes from, and which caveats an outlet carries that
//! another, carrying the same claim, leaves out.
//!
//! - A **claim** is a group of statements that report the same thing: the
//!   sentences the alignment asserts to correspond (verbatim, paraphrase or
//!   partial), joined transitively. A sentence no asserted alignment links is
//!   a claim of its own article.
//! - Its **independent sources**: the articles carrying it, where articles
//!   that derive from one another (an edge of the derivation graph, or two
//!   copies of one source) count once, and so do articles that only relay
//!   the same upstream source for it (the same person, the same state
//!   agency or outlet, a leaked document), and so do articles that write
//!   it in the same words (eight in a row, five of them content words: one
//!   copy of an agency text or a release) unless each side names a source
//!   of its own.
//! - Its **origin**: the source the upstream article (the one no other
//!   article carrying the claim derives it from) gives for it — the root of
//!   its attribution chain ("electronic intercepts gathered by the C.I.A.").
//! - A **caveat** qualifies how far a claim can be relied on: a source that
//!   could not be verified, that was neither confirmed nor disputed, that
//!   was denied, that may have been altered, or that only "appears to be"
//!   what it is said to be. It is not every hedge: "may", "perceived" or
//!   "reportedly" soften a statement's wording (the framing stage's hedges);
//!   a caveat speaks of the evidence or the source behind a claim, in the
//!   claim's own sentence or in a sentence of the same article about the
//!   source the claim rests on. An article that carries the claim but no
//!   counterpart of the caveat *omits* it.
//!
//! The stage does no I/O and cannot fail.

use std::collections::{BTreeMap, BTreeSet, HashSet};

use crosscheck_align::Alignment;
use crosscheck_derive::Graph;
use crosscheck_model::{Article, Span};
use crosscheck_quotes::{ArticleQuotes, Attribution, SourceType};
use crosscheck_text::TextFeatures;

mod patterns;

/// A statement: (article, sentence) indexes.
pub type Statement = (usize, usize);

/// One claim of a story.
#[derive(Debug, Clone, PartialEq)]
pub struct Claim {
    /// Its statements, in article then sentence order.
    pub statements: Vec<Statement>,
    /// The articles that carry it, ascending.
    pub articles: Vec<usize>,
    /// The independent sources behind it: the articles carrying it, grouped
    /// so that articles that derive from one another or relay the same
    /// upstream source share a group. Its length is the number of
    /// independent sources.
    pub sources: Vec<Vec<usize>>,
    /// The article it comes from: the one no other article carrying it
    /// derives it from (the earliest published on a tie).
    pub upstream: usize,
    /// What the upstream article gives as the claim's source: the root of
    /// the attribution chain; `None` when the article gives none (its own
    /// reporting, or unattributed).
    pub origin: Option<String>,
    /// Why the count is what it is, in words a reader understands ("The
    /// Cradle relays The New York Times, which has it from …").
    pub why: String,
    /// The caveats that qualify it.
    pub caveats: Vec<Caveat>,
    /// Where two of its statements disagree.
    pub conflicts: Vec<Conflict>,
}

/// Two statements of one claim, in different articles, that disagree.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Conflict {
    /// The first statement.
    pub a: Statement,
    /// The second (a later article).
    pub b: Statement,
    /// What disagrees.
    pub kind: ConflictKind,
    /// The two sides, as written: ("three people", "four people").
    pub sides: (String, String),
}

/// What two statements disagree on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ConflictKind {
    /// A count or amount of the same thing ("three people" / "four people").
    Number,
    /// A quotation changed in a way that changes its meaning: a negation,
    /// a number or a name (a hedge removed is an altered quotation, reported
    /// with the quotations, not a contradiction).
    Quotation,
}

impl ConflictKind {
    /// The contract's name.
    pub fn as_str(self) -> &'static str {
        match self {
            ConflictKind::Number => "number",
            ConflictKind::Quotation => "quotation",
        }
    }
}

/// A quotation that two articles carry, from the quotes stage: the
/// sentences that hold the two renderings and what changed. The two are one
/// speaker's words, so the articles have that claim from one source.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuotationChange {
    /// The first rendering's sentence.
    pub a: Statement,
    /// The second's.
    pub b: Statement,
    /// Each change that alters what the speaker is reported to have said in
    /// a way both cannot be right about, the first rendering's words and the
    /// second's (empty when none does).
    pub contradicting: Vec<(String, String)>,
}

impl Claim {
    /// How many independent sources back it.
    pub fn independent_sources(&self) -> usize {
        self.sources.len()
    }

    /// Whether it rests on a single source though several articles carry it.
    pub fn single_source(&self) -> bool {
        self.sources.len() == 1 && self.articles.len() > 1
    }
}

/// A statement that qualifies how far a claim can be relied on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Caveat {
    /// The article that carries it.
    pub article: usize,
    /// Its sentence.
    pub sentence: usize,
    /// The words that make it a caveat ("neither disputed"), in the article
    /// text.
    pub cue: Span,
    /// What it says of the claim's reliability.
    pub kind: CaveatKind,
    /// The articles that carry the claim but not the caveat, ascending.
    pub omitted_by: Vec<usize>,
    /// Whether the other articles were checked for leaving it out: not for
    /// a cue that qualifies only its own sentence ("said he did not …",
    /// "no evidence"), whose `omitted_by` is then empty and says nothing.
    pub omissions_assessed: bool,
}

/// What a caveat says about a claim's reliability.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum CaveatKind {
    /// Not verified or confirmed ("could not be independently verified").
    Unverified,
    /// Contested by someone ("disputed the figures", "neither confirmed nor
    /// denied").
    Disputed,
    /// Denied by the person or body concerned ("denies the charges",
    /// "pleaded not guilty"; a reported negation, "said he did not send
    /// it", is taken as one without knowing whose it is, and qualifies only
    /// its own sentence).
    Denied,
    /// The evidence may be altered or wrong ("had been doctored").
    Altered,
    /// The source is not named ("who spoke on condition of anonymity").
    Anonymous,
    /// Only an appearance is asserted ("appears to be").
    Appearance,
    /// An accusation not established ("alleged", "charged with").
    Allegation,
}

impl CaveatKind {
    /// Every kind, in report order.
    pub const ALL: [CaveatKind; 7] = [
        CaveatKind::Unverified,
        CaveatKind::Disputed,
        CaveatKind::Denied,
        CaveatKind::Altered,
        CaveatKind::Anonymous,
        CaveatKind::Appearance,
        CaveatKind::Allegation,
    ];

    /// Its name in JSON and reports.
    pub fn as_str(self) -> &'static str {
        match self {
            CaveatKind::Unverified => "unverified",
            CaveatKind::Disputed => "disputed",
            CaveatKind::Denied => "denied",
            CaveatKind::Altered => "altered",
            CaveatKind::Anonymous => "anonymous",
            CaveatKind::Appearance => "appearance",
            CaveatKind::Allegation => "allegation",
        }
    }

    /// Its cues: phrases that make a sentence speak of the reliability of a
    /// claim's evidence or source (see the crate documentation: a caveat,
    /// not a hedge). Lower case; matched at word boundaries.
    pub fn cues(self) -> &'static [&'static str] {
        match self {
            CaveatKind::Unverified => &[
                "could not be independently verified",
                "cannot be independently verified",
                "could not independently verify",
                "could not be independently confirmed",
                "could not be verified",
                "has not been verified",
                "have not been verified",
                "were not verified",
                "has not been confirmed",
                "have not been confirmed",
                "unverified",
                "unconfirmed",
                "could not confirm",
                "could not be confirmed",
                "would not confirm",
                "did not confirm",
                "declined to confirm",
                "declined to say whether",
                "would not say whether",
                "not authenticated",
                "authenticity",
                "identifies himself as",
                "identifies herself as",
                "identified himself as",
                "identified herself as",
                "self-identified",
                "circumstantial",
                "little is known",
            ],
            CaveatKind::Disputed => &[
                "neither confirmed nor denied",
                "neither confirm nor deny",
                "neither disputed",
                "nor confirmed",
                "disputed",
                "disputes",
                "dispute the",
                "dispute that",
                "contested the",
                "contests the",
                "cast doubt",
                "casts doubt",
                "questioned the accuracy",
                "questioned whether",
                "raised questions about",
                "contradicted",
                "contradicts",
                "contradicting",
                "refuted",
                "refutes",
                "rebutted",
                "rebuts",
            ],
            CaveatKind::Denied => &[
                "denied",
                "denies",
                "deny",
                "denying",
                "denial",
                "denials",
                "pleaded not guilty",
                "pleads not guilty",
                "plead not guilty",
                "pleading not guilty",
                "defending himself against",
                "defending herself against",
                "defended himself against",
                "defended herself against",
                "defends himself against",
                "defends herself against",
                "nothing improper",
                "rejected the allegation",
                "rejected the allegations",
                "rejects the allegations",
                "rejected the claims",
                "dismissed the report",
                "dismissed the claims",
                "dismissed the allegations",
            ],
            CaveatKind::Altered => &[
                "had been altered",
                "have been altered",
                "has been altered",
                "might have been altered",
                "may have been altered",
                "were altered",
                "was altered",
                "doctored",
                "fabricated",
                "forged",
                "outdated or inaccurate",
                "retracted",
            ],
            CaveatKind::Anonymous => &[
                "on condition of anonymity",
                "on the condition of anonymity",
                "not authorized to speak",
                "not authorised to speak",
                "asked not to be identified",
                "asked not to be named",
                "declined to be identified",
                "declined to be named",
                "speaking anonymously",
                "spoke anonymously",
                "anonymous source",
                "anonymous sources",
                "unnamed source",
                "unnamed sources",
                "unnamed official",
                "unnamed officials",
                "a source said",
                "the source said",
                "sources said",
                "source close to",
                "sources close to",
                "familiar with the matter",
                "briefed on the",
                "it is understood",
                "it was understood",
                "not identified",
                "not been identified",
                "not reveal the identity",
            ],
            CaveatKind::Appearance => &[
                "appears to be",
                "appear to be",
                "appeared to be",
                "appears to have",
                "appear to have",
                "appeared to have",
                "appears to show",
                "appeared to show",
                "seemed to show",
                "does not appear",
                "did not appear",
            ],
            CaveatKind::Allegation => &[
                "alleged",
                "allegedly",
                "allegation",
                "allegations",
                "allege",
                "alleges",
                "alleging",
                "accusation",
                "accusations",
                "accused of",
                "suspected of",
                "on suspicion of",
                "indicted",
                "charged with",
                "charges of",
                "counts alleging",
                "is said to have",
                "are said to have",
                "was said to have",
            ],
        }
    }
}

/// Cues that do not say whose words they are or what they speak of ("had
/// done nothing wrong" may be a prosecutor's words, "there is no evidence
/// the documents were forged" speaks for them): like a reported negation,
/// they qualify only their own sentence's claim and no omission of them is
/// asserted (the other cues are [`CaveatKind::cues`]).
const OWN_SENTENCE: &[(&str, CaveatKind)] = &[
    ("done nothing wrong", CaveatKind::Denied),
    ("did nothing wrong", CaveatKind::Denied),
    ("no wrongdoing", CaveatKind::Denied),
    ("baseless", CaveatKind::Denied),
    ("groundless", CaveatKind::Denied),
    ("without merit", CaveatKind::Denied),
    ("without foundation", CaveatKind::Denied),
    ("distortion", CaveatKind::Denied),
    ("no evidence", CaveatKind::Unverified),
    ("without evidence", CaveatKind::Unverified),
    ("without providing evidence", CaveatKind::Unverified),
    ("no proof", CaveatKind::Unverified),
];

/// The word after a denial that makes it a refusal, not a denial of a
/// claim ("denied bail", "denied him entry").
const REFUSED: &[&str] = &[
    "bail",
    "access",
    "entry",
    "permission",
    "parole",
    "visa",
    "visas",
    "him",
    "her",
    "them",
    "us",
    "me",
    "funding",
    "benefits",
    "treatment",
    "coverage",
    "tenure",
    "admission",
    "care",
    "service",
    "services",
    "communion",
    "asylum",
];

/// The claims of a story: `features` are the articles' text features;
/// `alignments`, `graph` and `quotes` are the alignment, derivation and
/// attribution stages' results for `articles`.
pub fn claims(
    articles: &[Article],
    features: &[TextFeatures],
    alignments: &[Alignment],
    graph: &Graph,
    quotes: &[ArticleQuotes],
    changes: &[QuotationChange],
) -> Vec<Claim> {
    let statements: Vec<Statement> = articles
        .iter()
        .enumerate()
        .flat_map(|(k, a)| (0..a.sentences.len()).map(move |i| (k, i)))
        .collect();
    let index: BTreeMap<Statement, usize> = statements
        .iter()
        .enumerate()
        .map(|(n, &s)| (s, n))
        .collect();
    // Statements the alignment asserts to correspond, joined.
    let mut same = Groups::new(statements.len());
    for al in alignments.iter().filter(|al| al.asserted) {
        if let (Some(&x), Some(&y)) = (
            index.get(&(al.a, al.a_sentence)),
            index.get(&(al.b, al.b_sentence)),
        ) {
            same.join(x, y);
        }
    }
    // Articles that derive from one another, or copy one source.
    let mut related = Groups::new(articles.len());
    for e in &graph.edges {
        related.join(e.source, e.derived);
    }
    for s in &graph.siblings {
        related.join(s.a, s.b);
    }
    // One outlet's articles (an agency's copies of a story, its page 1 and
    // its later update) are one source, whichever of them another article
    // was written from.
    for (x, ax) in articles.iter().enumerate() {
        if let Some(y) = articles[..x]
            .iter()
            .position(|ay| ay.meta.outlet.is_some() && ay.meta.outlet == ax.meta.outlet)
        {
            related.join(x, y);
        }
    }
    // The quotation pairs by the two sentences that hold them, both ways.
    let mut changes_of: BTreeMap<(Statement, Statement), Vec<&QuotationChange>> = BTreeMap::new();
    for c in changes {
        changes_of.entry((c.a, c.b)).or_default().push(c);
        if c.a != c.b {
            changes_of.entry((c.b, c.a)).or_default().push(c);
        }
    }
    // Each article's sources in the derivation graph, in edge order.
    let mut sources_of: Vec<Vec<usize>> = vec![Vec::new(); articles.len()];
    for e in &graph.edges {
        sources_of[e.derived].push(e.source);
    }
    let labels = outlet_labels(articles);
    let story = StoryTexts {
        articles,
        features,
        labels: &labels,
        sources_of: &sources_of,
    };
    let mut groups: BTreeMap<usize, Vec<Statement>> = BTreeMap::new();
    for (n, &s) in statements.iter().enumerate() {
        groups.entry(same.root(n)).or_default().push(s);
    }
    let mut found: Vec<Claim> = groups
        .into_values()
        .map(|statements| claim(&story, quotes, &changes_of, &mut related, statements))
        .collect();
    // Claims several articles carry first, then in text order.
    found.sort_by_key(|c| (std::cmp::Reverse(c.articles.len() > 1), c.statements[0]));
    attach_caveats(articles, alignments, quotes, &mut found);
    for claim in &mut found {
        claim.conflicts = conflicts(articles, &claim.statements, &changes_of);
    }
    found
}

/// Where the statements of one claim disagree: the same thing counted
/// differently, or a quotation changed in its meaning.
fn conflicts(
    articles: &[Article],
    statements: &[Statement],
    changes: &BTreeMap<(Statement, Statement), Vec<&QuotationChange>>,
) -> Vec<Conflict> {
    let mut out = Vec::new();
    let counts: Vec<Vec<Count>> = statements
        .iter()
        .map(|&(k, i)| counts(articles[k].slice(articles[k].sentences[i].span)))
        .collect();
    for x in 0..statements.len() {
        for y in x + 1..statements.len() {
            let (a, b) = (statements[x], statements[y]);
            if a.0 == b.0 {
                continue;
            }
            // The same thing counted in both, never with the same value.
            for ca in &counts[x] {
                let same_thing: Vec<&Count> =
                    counts[y].iter().filter(|cb| cb.thing == ca.thing).collect();
                if !same_thing.is_empty() && same_thing.iter().all(|cb| cb.value != ca.value) {
                    let cb = same_thing[0];
                    if !counts[x]
                        .iter()
                        .any(|other| other.thing == ca.thing && other.value == cb.value)
                    {
                        out.push(Conflict {
                            a,
                            b,
                            kind: ConflictKind::Number,
                            sides: (ca.written.clone(), cb.written.clone()),
                        });
                    }
                }
            }
            // (a pair with no contradicting change adds nothing)
            for c in changes.get(&(a, b)).into_iter().flatten() {
                for (wa, wb) in &c.contradicting {
                    let sides = if c.a == a {
                        (wa.clone(), wb.clone())
                    } else {
                        (wb.clone(), wa.clone())
                    };
                    out.push(Conflict {
                        a,
                        b,
                        kind: ConflictKind::Quotation,
                        sides,
                    });
                }
            }
        }
    }
    out.dedup();
    out
}

/// A number and the word it counts ("three people": 3, "people").
#[derive(Debug, Clone, PartialEq)]
struct Count {
    value: f64,
    thing: String,
    written: String,
}

/// Number words a count is written with.
const NUMBER_WORDS: &[(&str, f64)] = &[
    ("two", 2.0),
    ("three", 3.0),
    ("four", 4.0),
    ("five", 5.0),
    ("six", 6.0),
    ("seven", 7.0),
    ("eight", 8.0),
    ("nine", 9.0),
    ("ten", 10.0),
    ("eleven", 11.0),
    ("twelve", 12.0),
    ("twenty", 20.0),
    ("dozen", 12.0),
    ("hundred", 100.0),
];

/// Words after a number that say nothing of what is counted.
const NOT_THINGS: &[&str] = &[
    "of", "and", "or", "to", "in", "on", "at", "a", "the", "per", "percent", "years", "year",
    "old", "months", "month", "weeks", "week", "days", "day", "hours", "hour", "minutes", "times",
    "p", "m", "am", "pm", "o", "clock", "more", "other", "others", "than", "out",
];

/// The counts of a sentence: a number (digits or a number word) followed
/// by the noun it counts.
fn counts(text: &str) -> Vec<Count> {
    let words: Vec<&str> = text
        .split(|c: char| c.is_whitespace() || matches!(c, ';' | ':' | '(' | ')' | '"' | '“' | '”'))
        .filter(|w| !w.is_empty())
        .collect();
    let mut out = Vec::new();
    for (i, w) in words.iter().enumerate() {
        let bare = w.trim_matches(|c: char| {
            !c.is_alphanumeric() && c != '.' && c != '£' && c != '$' && c != '€'
        });
        let bare = bare.trim_end_matches('.');
        let digits: String = bare
            .trim_start_matches(['£', '$', '€'])
            .chars()
            .filter(|c| *c != ',')
            .collect();
        let value = digits
            .parse::<f64>()
            .ok()
            .filter(|_| !digits.is_empty())
            .or_else(|| {
                let lower = bare.to_lowercase();
                NUMBER_WORDS
                    .iter()
                    .find(|(n, _)| *n == lower)
                    .map(|&(_, v)| v)
            });
        let Some(value) = value else { continue };
        // A year or a time of day is no count.
        if (1800.0..=2100.0).contains(&value) && digits.len() == 4 {
            continue;
        }
        let Some(next) = words.get(i + 1) else {
            continue;
        };
        let thing: String = next
            .chars()
            .filter(|c| c.is_alphanumeric())
            .collect::<String>()
            .to_lowercase();
        if thing.is_empty()
            || NOT_THINGS.contains(&thing.as_str())
            || crosscheck_text::content_words(&thing).is_empty()
            || thing.chars().all(|c| c.is_ascii_digit())
            || crosscheck_lexicon::words::month_name(&thing).is_some()
        {
            continue;
        }
        let thing = thing
            .strip_suffix('s')
            .map_or(thing.clone(), str::to_string);
        out.push(Count {
            value,
            thing,
            written: format!("{w} {next}"),
        });
    }
    out
}

/// The fewest words in a row two statements must share to be one text's
/// copies: reporters who write a statement on their own share a name, a
/// title or a set phrase, not a clause of eight words.
pub const COPIED_RUN: usize = 8;

/// The fewest content words such a run holds: a set phrase of eight words
/// ("did not immediately respond to a request for comment", "refused to
/// comment as they left the court") holds four at most.
pub const COPIED_CONTENT: usize = 5;

/// The fewest words in a row that count as a piece of a copied sentence
/// edited elsewhere ("had been hired for the evening by" … "to pilot his
/// 31ft cabin cruiser").
pub const COPIED_PIECE: usize = 4;

/// The fewest content words such pieces hold together: more than a title
/// and a name ("Southwark Crown Court Judge George Bathurst-Norman" holds
/// six), which reporters who write on their own share.
pub const COPIED_PIECES_CONTENT: usize = 8;

/// Whether two statements share a run of [`COPIED_RUN`] words (compared as
/// the text stage folds them: case, typography and stops aside) holding
/// [`COPIED_CONTENT`] content words.
fn copied(features: &[TextFeatures], x: Statement, y: Statement) -> bool {
    let words = |(k, i): Statement| {
        features
            .get(k)
            .and_then(|f| f.sentences.get(i).map(|s| (f, s.words.clone())))
    };
    let (Some((fx, rx)), Some((fy, ry))) = (words(x), words(y)) else {
        return false;
    };
    let content = &fx.words.content[rx.clone()];
    let runs = common_runs(&fx.words.keys[rx], &fy.words.keys[ry], COPIED_PIECE);
    if runs.iter().any(|run| {
        run.len() >= COPIED_RUN && content[run.clone()].iter().flatten().count() >= COPIED_CONTENT
    }) {
        return true;
    }
    // A sentence copied and edited: pieces of four words or more, each
    // content word counted once, that together hold
    // [`COPIED_PIECES_CONTENT`] content words.
    let mut covered = vec![false; content.len()];
    for run in runs {
        covered[run].fill(true);
    }
    covered
        .iter()
        .zip(content)
        .filter(|(c, w)| **c && w.is_some())
        .count()
        >= COPIED_PIECES_CONTENT
}

/// The runs of at least `min` equal items two sequences share, as ranges of
/// the first, each at its longest.
fn common_runs(a: &[u64], b: &[u64], min: usize) -> Vec<std::ops::Range<usize>> {
    let mut runs = Vec::new();
    let mut previous = vec![0usize; b.len() + 1];
    let mut current = vec![0usize; b.len() + 1];
    for (i, x) in a.iter().enumerate() {
        for (j, y) in b.iter().enumerate() {
            current[j + 1] = if x == y { previous[j] + 1 } else { 0 };
            // A run ends here when the next pair of items differs.
            let ends = a.get(i + 1).zip(b.get(j + 1)).is_none_or(|(p, q)| p != q);
            if current[j + 1] >= min && ends {
                runs.push(i + 1 - current[j + 1]..i + 1);
            }
        }
        std::mem::swap(&mut previous, &mut current);
    }
    runs
}

/// What every claim of a story reads: its articles and their text
/// features, the outlets' labels and each article's sources in the
/// derivation graph.
struct StoryTexts<'a> {
    articles: &'a [Article],
    features: &'a [TextFeatures],
    labels: &'a [String],
    sources_of: &'a [Vec<usize>],
}

/// One claim from its statements.
fn claim(
    story: &StoryTexts,
    quotes: &[ArticleQuotes],
    changes_of: &BTreeMap<(Statement, Statement), Vec<&QuotationChange>>,
    related: &mut Groups,
    statements: Vec<Statement>,
) -> Claim {
    let StoryTexts {
        articles,
        features,
        labels,
        sources_of,
    } = *story;
    let carried: BTreeSet<usize> = statements.iter().map(|&(k, _)| k).collect();
    let carried: Vec<usize> = carried.into_iter().collect();
    // A carrier's statements, and what the quotes stage found in them.
    let found_in = |k: usize| {
        statements
            .iter()
            .filter(move |&&(a, _)| a == k)
            .flat_map(|&(a, s)| quotes.get(a).map(|q| (q, s)))
    };
    let attributions = |k: usize| -> Vec<&Attribution> {
        found_in(k)
            .flat_map(|(q, s)| q.attributions.iter().filter(move |at| at.sentence == s))
            .collect()
    };
    // Independent sources: related articles count once, and so do articles
    // that attribute the claim to the same upstream source.
    let mut sources = Groups::new(carried.len());
    // The speakers of the quotations in a carrier's statements: those
    // that start there, and those that run on into them from an earlier
    // sentence ("But it is not enough …,\" closing a paragraph's quote).
    let speakers = |k: usize| -> Vec<&str> {
        found_in(k)
            .flat_map(|(q, s)| {
                let span = articles[k].sentences[s].span;
                q.quotes
                    .iter()
                    .filter(move |quote| {
                        quote.sentence == s
                            || (quote.span.start < span.end && span.start < quote.span.end)
                    })
                    .filter_map(|quote| quote.speaker.as_deref())
            })
            .collect()
    };
    let keys: Vec<HashSet<String>> = carried
        .iter()
        .map(|&k| {
            let of_attributions = attributions(k);
            // A person an attribution resolves to is the same source
            // whatever type its source phrase was given (not an official
            // left anonymous).
            // People named together as the source ("Bramble, Rogers and
            // Fenton denied") are each a source of it.
            let named_together = of_attributions
                .iter()
                .filter_map(|at| at.source)
                .flat_map(|s| named_members(articles[k].slice(s)));
            let people = of_attributions
                .iter()
                .filter(|at| at.source_type != SourceType::AnonymousOfficial)
                .filter_map(|at| at.speaker.as_deref())
                .chain(speakers(k))
                .chain(named_together)
                .filter_map(person_key);
            of_attributions
                .iter()
                .filter_map(|at| source_key(articles, k, at))
                .chain(people)
                .collect()
        })
        .collect();
    // Carriers of one quotation have it from its speaker.
    let in_claim: BTreeSet<Statement> = statements.iter().copied().collect();
    for &statement in &statements {
        let together = changes_of
            .range((statement, (0, 0))..=(statement, (usize::MAX, usize::MAX)))
            .map(|(&(_, other), _)| other);
        for other in together {
            if in_claim.contains(&other) {
                if let (Ok(x), Ok(y)) = (
                    carried.binary_search(&statement.0),
                    carried.binary_search(&other.0),
                ) {
                    sources.join(x, y);
                }
            }
        }
    }
    // Each carrier joins the first that shares its derivation group or an
    // upstream source with it.
    let mut first_in_group: BTreeMap<usize, usize> = BTreeMap::new();
    let mut first_with_key: BTreeMap<&str, usize> = BTreeMap::new();
    for (x, &k) in carried.iter().enumerate() {
        match first_in_group.entry(related.root(k)) {
            std::collections::btree_map::Entry::Occupied(y) => sources.join(x, *y.get()),
            std::collections::btree_map::Entry::Vacant(v) => {
                v.insert(x);
            }
        }
        for key in &keys[x] {
            match first_with_key.entry(key.as_str()) {
                std::collections::btree_map::Entry::Occupied(y) => sources.join(x, *y.get()),
                std::collections::btree_map::Entry::Vacant(v) => {
                    v.insert(x);
                }
            }
        }
    }
    // Carriers that write it in the same words have it from one copy, the
    // same agency text or release, though neither derives from the other;
    // unless each side gives it to a source of its own, and not the same
    // one (a source left anonymous is its side's own). Carriers already
    // counted together are not compared again.
    let own: Vec<HashSet<String>> = carried
        .iter()
        .enumerate()
        .map(|(x, &k)| {
            let mut own = keys[x].clone();
            if attributions(k)
                .iter()
                .any(|at| at.source_type == SourceType::AnonymousOfficial)
            {
                own.insert(format!("anonymous:{k}"));
            }
            own
        })
        .collect();
    let mut copied_carriers: BTreeSet<usize> = BTreeSet::new();
    for (n, &x) in statements.iter().enumerate() {
        for &y in &statements[n + 1..] {
            let (Ok(i), Ok(j)) = (carried.binary_search(&x.0), carried.binary_search(&y.0)) else {
                continue;
            };
            let (ri, rj) = (sources.root(i), sources.root(j));
            if i == j || ri == rj {
                continue;
            }
            let side = |sources: &mut Groups, root: usize| -> HashSet<&str> {
                (0..carried.len())
                    .filter(|&z| sources.root(z) == root)
                    .flat_map(|z| own[z].iter().map(String::as_str))
                    .collect()
            };
            let (a, b) = (side(&mut sources, ri), side(&mut sources, rj));
            if !a.is_empty() && !b.is_empty() && a.is_disjoint(&b) {
                continue;
            }
            if copied(features, x, y) {
                copied_carriers.extend([carried[i], carried[j]]);
                sources.join(i, j);
            }
        }
    }
    let mut by_root: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for (x, &k) in carried.iter().enumerate() {
        by_root.entry(sources.root(x)).or_default().push(k);
    }
    let sources: Vec<Vec<usize>> = by_root.into_values().collect();
    // The upstream article: none of the others derives it from another
    // article that carries the claim.
    let carries = |k: usize| carried.binary_search(&k).is_ok();
    let derived_within = |k: usize| sources_of[k].iter().any(|&s| s != k && carries(s));
    let upstream = carried
        .iter()
        .copied()
        .filter(|&k| !derived_within(k))
        .min_by_key(|&k| (articles[k].meta.published.map(|p| p.date), k))
        .unwrap_or(carried[0]);
    // The origin: the source the upstream statement names (a person as
    // the article names them in full, else the root of the chain), else the
    // speaker of a quotation it holds.
    let origin_attribution = attributions(upstream)
        .into_iter()
        .filter(|at| origin_of(articles, upstream, at).is_some())
        .min_by_key(|at| (at.source_type == SourceType::Other, at.content.start));
    let (origin, source_as_written) = match origin_attribution {
        Some(at) => {
            // The source as the article writes it, unless that is a
            // pronoun: then the person it stands for.
            let written = at
                .source
                .map(|s| source_phrase(articles[upstream].slice(s)))
                .filter(|w| {
                    let first = w.split_whitespace().next().unwrap_or("").to_lowercase();
                    !PRONOUNS.contains(&first.as_str())
                })
                // A long phrase is the tagger's cut around a name: the
                // name then.
                .filter(|w| at.speaker.is_none() || w.split_whitespace().count() <= 8);
            (
                origin_of(articles, upstream, at),
                written.or_else(|| at.speaker.clone().filter(|s| names_someone(s))),
            )
        }
        None => {
            // A quotation's speaker, when the stage resolved one (not a
            // pronoun it could not resolve).
            let speaker = speakers(upstream)
                .into_iter()
                .find(|s| names_someone(s))
                .map(str::to_string);
            (speaker.clone(), speaker)
        }
    };
    let mut why = explain(
        labels,
        sources_of,
        &carried,
        &sources,
        upstream,
        source_as_written,
        &copied_carriers,
    );
    // One stop at the end, whatever the source as written ends with.
    if !why.ends_with(['.', '!', '?']) {
        why.push('.');
    }
    Claim {
        statements,
        articles: carried,
        sources,
        upstream,
        origin,
        why,
        caveats: Vec::new(),
        conflicts: Vec::new(),
    }
}

/// What an attribution gives as the origin of what it attributes: the
/// person it resolves to, else the root of its chain or its source as
/// written — but not a pronoun or a phrase that names no one (a tagger's
/// cut such as "leaving a note"), which gives none.
fn origin_of(articles: &[Article], k: usize, at: &Attribution) -> Option<String> {
    // A document's or a medium's chain goes back to its root ("electronic
    // intercepts gathered by the C.I.A."); a person is named in full.
    let relayed = matches!(
        at.source_type,
        SourceType::LeakedDocument
            | SourceType::StateMedia
            | SourceType::GovernmentLinkedMedia
            | SourceType::NewsOutlet
            | SourceType::SocialMedia
    );
    if relayed {
        if let Some(root) = at.chain.last() {
            return Some(root.clone());
        }
    }
    if let Some(speaker) = &at.speaker {
        return Some(speaker.clone());
    }
    let written = source_phrase(articles[k].slice(at.source?));
    let written = written.as_str();
    let words: Vec<&str> = written.split_whitespace().collect();
    let first = words.first()?.to_lowercase();
    let names_someone = at.source_type != SourceType::Other
        || (words.len() <= 6
            && !PRONOUNS.contains(&first.as_str())
            && !(first.ends_with("ing") && written.starts_with(|c: char| c.is_lowercase())));
    if !names_someone || PRONOUNS.contains(&first.as_str()) && words.len() == 1 {
        return None;
    }
    at.chain
        .last()
        .cloned()
        .or_else(|| Some(written.to_string()))
}

/// Whether a speaker's name names someone (not a bare pronoun).
fn names_someone(name: &str) -> bool {
    let lower = name.trim().to_lowercase();
    !lower.is_empty() && !PRONOUNS.contains(&lower.as_str())
}

/// A source phrase as a reason quotes it: without a relative clause or an
/// aside after a comma ("Labrador, who is 46," → "Labrador") and without
/// trailing punctuation.
fn source_phrase(written: &str) -> String {
    let head = written.split(',').next().unwrap_or(written);
    head.trim()
        .trim_end_matches([',', ';', ':', '—', '–', '-'])
        .trim()
        .to_string()
}

/// Words that stand for a source without naming it.
const PRONOUNS: &[&str] = &[
    "he", "she", "they", "it", "we", "i", "you", "who", "which", "that", "this", "these", "those",
];

/// The key of a person (or a document) by name, across articles: the last
/// word of the name, lower case.
fn person_key(name: &str) -> Option<String> {
    name.split(|c: char| !c.is_alphanumeric())
        .rfind(|w| !w.is_empty())
        .map(|w| format!("person:{}", w.to_lowercase()))
}

/// The people a source phrase names together ("Bramble, Rogers and
/// Fenton"), each as written; none unless it is a list of two or more
/// capitalised names (not "Smith and his lawyers", not one name).
fn named_members(phrase: &str) -> Vec<&str> {
    // A list ends with "and" ("Marks & Spencer" is a company, "McCain,
    // R-Ariz." one man).
    if !phrase.contains(" and ") {
        return Vec::new();
    }
    let members: Vec<&str> = phrase
        .split(',')
        .flat_map(|part| part.split(" and "))
        .map(str::trim)
        .filter(|m| !m.is_empty())
        .collect();
    let named = |m: &&str| {
        let words: Vec<&str> = m.split_whitespace().collect();
        (1..=4).contains(&words.len())
            && !m.ends_with('.')
            && !m.contains(|c: char| c.is_ascii_digit())
            && words.iter().all(|w| {
                w.starts_with(|c: char| c.is_uppercase())
                    && !(w.len() > 1 && w.chars().all(|c| c.is_uppercase()))
            })
    };
    if members.len() >= 2 && members.iter().all(named) {
        members
    } else {
        Vec::new()
    }
}

/// What identifies the upstream source an attribution names, across
/// articles: a person's surname, an agency's or outlet's name, or "a leaked
/// document". Officials left anonymous, and sources of no known kind, have
/// none (two outlets' "officials" may be different people).
fn source_key(articles: &[Article], k: usize, at: &Attribution) -> Option<String> {
    let last_word = |s: &str| {
        s.split(|c: char| !c.is_alphanumeric())
            .rfind(|w| !w.is_empty())
            .map(str::to_lowercase)
    };
    let named = at
        .chain
        .last()
        .cloned()
        .or_else(|| at.source.map(|s| articles[k].slice(s).to_string()))?;
    match at.source_type {
        SourceType::LeakedDocument => Some("a leaked document".to_string()),
        SourceType::NamedOfficial
        | SourceType::StateMedia
        | SourceType::GovernmentLinkedMedia
        | SourceType::NewsOutlet
        | SourceType::SocialMedia => {
            last_word(&named).map(|w| format!("{}:{w}", at.source_type.as_str()))
        }
        SourceType::AnonymousOfficial | SourceType::OwnReporting | SourceType::Other => None,
    }
}

/// Each article's outlet as a reader knows it, with the article's id when
/// another article of the story has the same outlet ("The Times (a3)"),
/// "article a3" for one with none.
fn outlet_labels(articles: &[Article]) -> Vec<String> {
    let names: Vec<Option<String>> = articles
        .iter()
        .map(|a| {
            a.meta
                .outlet
                .clone()
                .or_else(|| a.meta.outlet_as_written.clone())
        })
        .collect();
    let mut count: BTreeMap<&str, usize> = BTreeMap::new();
    for name in names.iter().flatten() {
        *count.entry(name.as_str()).or_default() += 1;
    }
    names
        .iter()
        .enumerate()
        .map(|(k, name)| match name {
            Some(name) if count[name.as_str()] > 1 => format!("{name} (a{})", k + 1),
            Some(name) => name.clone(),
            None => format!("article a{}", k + 1),
        })
        .collect()
}

fn list(names: &[String]) -> String {
    match names {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

/// Why a claim has the sources it has, in words (`copied`: the carriers
/// counted together because they write it in the same words).
fn explain(
    labels: &[String],
    sources_of: &[Vec<usize>],
    carried: &[usize],
    sources: &[Vec<usize>],
    upstream: usize,
    source: Option<String>,
    copied: &BTreeSet<usize>,
) -> String {
    if carried.len() == 1 {
        return match &source {
            Some(s) => format!("Only {} reports it, from {s}", labels[upstream].clone()),
            None => format!(
                "Only {} reports it (its own reporting, or unattributed).",
                labels[upstream].clone()
            ),
        };
    }
    if sources.len() == 1 {
        // Who relays whom, among the articles that carry it; the others
        // have it from the same source as the upstream article.
        let mut relays: Vec<String> = Vec::new();
        let mut alongside_ids: Vec<usize> = vec![upstream];
        for &k in carried.iter().filter(|&&k| k != upstream) {
            let source = sources_of[k]
                .iter()
                .copied()
                .find(|s| carried.binary_search(s).is_ok());
            match source {
                Some(source) => relays.push(format!(
                    "{} relays {}",
                    labels[k].clone(),
                    labels[source].clone()
                )),
                None => alongside_ids.push(k),
            }
        }
        let alongside: Vec<String> = alongside_ids.iter().map(|&k| labels[k].clone()).collect();
        let both = if alongside.len() == 2 { "both" } else { "all" };
        let name = labels[upstream].clone();
        return match (&source, alongside.len() > 1) {
            (Some(s), false) if relays.len() == 1 => {
                format!("{}, which has it from {s}", relays[0])
            }
            (Some(s), false) => format!("{}; {name} has it from {s}", list(&relays)),
            (Some(s), true) if relays.is_empty() => {
                format!("{} {both} have it from {s}", list(&alongside))
            }
            (Some(s), true) => format!(
                "{}; {} {both} have it from {s}",
                list(&relays),
                list(&alongside)
            ),
            (None, false) => list(&relays),
            (None, true) => {
                let same = if alongside_ids.iter().all(|k| copied.contains(k)) {
                    format!(
                        "{} {both} write it in the same words, from one copy",
                        list(&alongside)
                    )
                } else {
                    format!("{} {both} have it from the same source", list(&alongside))
                };
                if relays.is_empty() {
                    same
                } else {
                    format!("{}; {same}", list(&relays))
                }
            }
        };
    }
    let groups: Vec<String> = sources
        .iter()
        .map(|g| {
            let names: Vec<String> = g.iter().map(|&k| labels[k].clone()).collect();
            list(&names)
        })
        .collect();
    format!(
        "{} independent sources: {}",
        sources.len(),
        groups.join("; ")
    )
}

/// A caveat found in an article.
struct FoundCaveat {
    /// Its sentence.
    sentence: usize,
    /// Its cue, and what it says.
    cue: Cue,
    /// Its sentence's content words.
    words: HashSet<String>,
}

/// A caveat's cue.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Cue {
    /// Where it is: a span of the text it was found in.
    span: Span,
    /// What it says of the claim's reliability.
    kind: CaveatKind,
    /// Whether it qualifies only its own sentence's claim, with no omission
    /// of it asserted: a reported negation ("said he did not send it") may
    /// deny something other than the accusation, and a cue of
    /// [`OWN_SENTENCE`] ("done nothing wrong", "no evidence") may be someone
    /// else's words or speak for the evidence.
    own_sentence: bool,
}

/// Find each article's caveats and attach them to the claims they qualify,
/// with the articles that carry the claim but omit them.
fn attach_caveats(
    articles: &[Article],
    alignments: &[Alignment],
    quotes: &[ArticleQuotes],
    claims: &mut [Claim],
) {
    let mut claim_of: BTreeMap<Statement, usize> = BTreeMap::new();
    for (c, claim) in claims.iter().enumerate() {
        for &s in &claim.statements {
            claim_of.insert(s, c);
        }
    }
    // Every counterpart of each sentence, asserted or possible.
    let mut counterparts: BTreeMap<Statement, BTreeSet<usize>> = BTreeMap::new();
    for al in alignments {
        counterparts
            .entry((al.a, al.a_sentence))
            .or_default()
            .insert(al.b);
        counterparts
            .entry((al.b, al.b_sentence))
            .or_default()
            .insert(al.a);
    }
    // Every caveat of every article, found once.
    let found: Vec<Vec<FoundCaveat>> = articles
        .iter()
        .enumerate()
        .map(|(k, a)| {
            a.sentences
                .iter()
                .enumerate()
                .filter_map(|(s, sentence)| {
                    let cue = sentence_caveat(a, quotes.get(k), s)?;
                    let words = crosscheck_text::content_words(a.slice(sentence.span));
                    Some(FoundCaveat {
                        sentence: s,
                        cue,
                        words,
                    })
                })
                .collect()
        })
        .collect();
    for (k, article) in articles.iter().enumerate() {
        for caveat in &found[k] {
            let (s, words) = (caveat.sentence, &caveat.words);
            let (cue, kind) = (caveat.cue.span, caveat.cue.kind);
            let text = article.slice(article.sentences[s].span);
            let cue_text = article.slice(cue).to_lowercase();
            // The claims it qualifies: its own sentence's, and those of this
            // article that rest on a source it speaks of.
            let mut qualified: BTreeSet<usize> =
                claim_of.get(&(k, s)).copied().into_iter().collect();
            // Only a caveat about evidence reaches past its sentence this
            // way: an anonymous source of one statement, a denial or an
            // accusation does not qualify what else the source said.
            let about_evidence = matches!(
                kind,
                CaveatKind::Unverified
                    | CaveatKind::Disputed
                    | CaveatKind::Altered
                    | CaveatKind::Appearance
            );
            for at in quotes
                .get(k)
                .into_iter()
                .flat_map(|q| &q.attributions)
                .filter(|_| about_evidence)
            {
                if at.sentence == s {
                    continue;
                }
                // It speaks of the source when it names the thing a link of
                // the chain is ("some documents had been altered" of "the
                // leaked documents"): the link's head, a common noun — a
                // sentence that only shares a name with the source ("White
                // House") may speak of something else the source said.
                let speaks_of = at
                    .chain
                    .iter()
                    .filter_map(|link| source_head(link))
                    .filter(|head| evidence_noun(head))
                    .any(|head| words.contains(&head));
                if speaks_of {
                    qualified.extend(claim_of.get(&(k, at.sentence)));
                }
            }
            // A denial qualifies the accusations of its article against the
            // same person: statements that accuse ("accused of", "charged
            // with", "alleged") and share a name and two other content
            // words with it ("Smith denies murder" of "Smith is accused of
            // murdering his wife").
            if kind == CaveatKind::Denied && !caveat.cue.own_sentence {
                let names = names_in(text);
                for (i, other) in article.sentences.iter().enumerate() {
                    if i == s || !accuses(article.slice(other.span)) {
                        continue;
                    }
                    let theirs = crosscheck_text::content_words(article.slice(other.span));
                    let shared: Vec<&String> = theirs.intersection(words).collect();
                    let named = shared.iter().filter(|w| names.contains(**w)).count();
                    if named >= 1 && shared.len() - named >= 2 {
                        qualified.extend(claim_of.get(&(k, i)));
                    }
                }
            }
            for c in qualified {
                let claim = &mut claims[c];
                // The other article carries it when its statement of the
                // claim says the same words, or when it has a caveat of the
                // same kind (a denial stands for an allegation) in a
                // sentence that shares a content word with this one.
                let carries_cue = |other: usize| {
                    claim
                        .statements
                        .iter()
                        .filter(|&&(a, _)| a == other)
                        .any(|&(a, i)| {
                            let t = articles[a].slice(articles[a].sentences[i].span);
                            t.to_lowercase().contains(&cue_text)
                                || (kind == CaveatKind::Allegation && accuses(t))
                        })
                        || found[other].iter().any(|theirs| {
                            (theirs.cue.kind == kind
                                || (kind == CaveatKind::Allegation
                                    && theirs.cue.kind == CaveatKind::Denied))
                                && !theirs.words.is_disjoint(words)
                        })
                };
                // A caveat inside the claim's own statement is kept only
                // where the other article's statement says it too; one in a
                // sentence of its own, where the other has a counterpart of
                // that sentence.
                let inside = claim.statements.contains(&(k, s));
                let echoed = counterparts.get(&(k, s));
                // Inside the claim's own statement, the other article
                // carries the claim the caveat qualifies only when its
                // statement says most of the caveat's sentence (not a
                // fragment of it, such as a quotation both carry).
                let says_most =
                    |other: usize| {
                        !inside
                            || claim.statements.iter().filter(|&&(a, _)| a == other).any(
                                |&(a, i)| {
                                    let theirs = crosscheck_text::content_words(
                                        articles[a].slice(articles[a].sentences[i].span),
                                    );
                                    2 * theirs.intersection(words).count() >= words.len()
                                },
                            )
                    };
                let omissions_assessed = !caveat.cue.own_sentence;
                let omitted_by: Vec<usize> = claim
                    .articles
                    .iter()
                    .copied()
                    .filter(|&other| other != k && omissions_assessed)
                    .filter(|&other| inside || !echoed.is_some_and(|e| e.contains(&other)))
                    .filter(|&other| says_most(other))
                    .filter(|&other| !carries_cue(other))
                    .collect();
                if !claim
                    .caveats
                    .iter()
                    .any(|v| v.article == k && v.sentence == s)
                {
                    claim.caveats.push(Caveat {
                        article: k,
                        sentence: s,
                        cue,
                        kind,
                        omitted_by,
                        omissions_assessed,
                    });
                }
            }
            if kind == CaveatKind::Denied && !caveat.cue.own_sentence {
                dropped_denials(articles, &found, &claim_of, (k, s, cue), claims);
            }
        }
    }
}

/// A denial an article carries that another leaves out where it reports
/// the accusation: the other article writes an allegation ("is accused
/// of", "charged with") of someone the denial names, and no denial or
/// dispute of anyone it names. The denial goes to the claim of that
/// allegation, omitted by the other article.
fn dropped_denials(
    articles: &[Article],
    found: &[Vec<FoundCaveat>],
    claim_of: &BTreeMap<Statement, usize>,
    (k, s, cue): (usize, usize, Span),
    claims: &mut [Claim],
) {
    let names = names_in(articles[k].slice(articles[k].sentences[s].span));
    if names.is_empty() {
        return;
    }
    for (other, theirs) in found.iter().enumerate() {
        if other == k {
            continue;
        }
        let names_one = |words: &HashSet<String>| !words.is_disjoint(&names);
        let names_of =
            |i: usize| names_in(articles[other].slice(articles[other].sentences[i].span));
        // A denial naming no one ("He pleaded not guilty") may be the
        // same person's: it counts as answering.
        let answered = theirs.iter().any(|c| {
            matches!(c.cue.kind, CaveatKind::Denied | CaveatKind::Disputed)
                && (names_one(&c.words) || names_of(c.sentence).is_empty())
        });
        if answered {
            continue;
        }
        let accusation = theirs.iter().find(|c| {
            c.cue.kind == CaveatKind::Allegation
                && names_one(&c.words)
                && names_of(c.sentence).iter().any(|n| names.contains(n))
        });
        let Some(&c) = accusation.and_then(|c| claim_of.get(&(other, c.sentence))) else {
            continue;
        };
        let claim = &mut claims[c];
        match claim
            .caveats
            .iter_mut()
            .find(|v| v.article == k && v.sentence == s)
        {
            Some(v) => {
                if !v.omitted_by.contains(&other) {
                    v.omitted_by.push(other);
                    v.omitted_by.sort_unstable();
                }
            }
            None => claim.caveats.push(Caveat {
                article: k,
                sentence: s,
                cue,
                kind: CaveatKind::Denied,
                omitted_by: vec![other],
                omissions_assessed: true,
            }),
        }
    }
}

/// Nouns that name evidence a claim can rest on (documents, recordings,
/// figures), as `content_words` writes them: a caveat that names one
/// qualifies what the source of that name says.
fn evidence_noun(head: &str) -> bool {
    const EVIDENCE: &[&str] = &[
        "document",
        "documents",
        "report",
        "reports",
        "update",
        "intercept",
        "intercepts",
        "memo",
        "memos",
        "email",
        "emails",
        "e-mail",
        "e-mails",
        "letter",
        "letters",
        "cable",
        "cables",
        "file",
        "files",
        "leak",
        "leaks",
        "dossier",
        "assessment",
        "briefing",
        "transcript",
        "recording",
        "recordings",
        "tape",
        "tapes",
        "video",
        "videos",
        "photo",
        "photos",
        "photograph",
        "photographs",
        "image",
        "images",
        "footage",
        "figure",
        "figures",
        "data",
        "poll",
        "polls",
        "survey",
        "study",
        "record",
        "records",
        "account",
        "accounts",
        "claim",
        "claims",
        "statement",
        "statements",
    ];
    EVIDENCE
        .iter()
        .any(|e| crosscheck_text::content_words(e).contains(head))
}

/// Whether a sentence accuses: an allegation cue, or a word of the family
/// ("a cocaine dealing charge", "the accusations").
fn accuses(text: &str) -> bool {
    let words: Vec<String> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    caveat_cue(text).is_some_and(|cue| cue.kind == CaveatKind::Allegation)
        || words.iter().enumerate().any(|(i, w)| {
            // "in charge of", "free of charge" are no accusation.
            let after_in = i > 0 && matches!(words[i - 1].as_str(), "in" | "of");
            ["charge", "accus", "alleg", "indict", "prosecut"]
                .iter()
                .any(|stem| w.starts_with(stem))
                && !(w.starts_with("charge") && after_in)
        })
}

/// The names a sentence writes (capitalised words after its first, not
/// words in capitals throughout: a shouted lede is style), as
/// `content_words` writes them.
fn names_in(text: &str) -> std::collections::HashSet<String> {
    text.split(|c: char| !c.is_alphanumeric() && c != '-' && c != '\'' && c != '\u{2019}')
        .filter(|w| !w.is_empty())
        .skip(1)
        .filter(|w| w.starts_with(char::is_uppercase) && w.chars().any(char::is_lowercase))
        .flat_map(crosscheck_text::content_words)
        .collect()
}

/// The head of a source phrase: its last lower-case word before what
/// qualifies it ("intercepts" of "electronic intercepts gathered by the
/// C.I.A.", "documents" of "the leaked documents"), `None` for a name
/// ("White House", "Mr. Bauer") or a pronoun.
fn source_head(link: &str) -> Option<String> {
    const QUALIFIERS: &[&str] = &["by", "of", "from", "who", "which", "that", "in", "on", "at"];
    // What qualifies it starts at a preposition or relative word, or at a
    // participle after the noun ("intercepts gathered by …").
    let words: Vec<&str> = link
        .split(|c: char| !c.is_alphanumeric() && c != '-' && c != '.')
        .filter(|w| !w.is_empty())
        .enumerate()
        .take_while(|(i, w)| {
            !QUALIFIERS.contains(w) && !(*i > 0 && (w.ends_with("ed") || w.ends_with("ing")))
        })
        .map(|(_, w)| w)
        .collect();
    let last = *words.last()?;
    let lower = last.chars().next()?.is_lowercase();
    let key = last.trim_end_matches('.').to_lowercase();
    // As `content_words` writes it ("documents" → its folded form).
    crosscheck_text::content_words(&key)
        .into_iter()
        .next()
        .filter(|_| lower)
}

/// The caveat of sentence `s` of an article, as a span of the article text
/// with its kind: a cue of [`CaveatKind::cues`], or else an attribution to
/// an unnamed official or source (the quotes stage types it).
fn sentence_caveat(article: &Article, quotes: Option<&ArticleQuotes>, s: usize) -> Option<Cue> {
    let sentence = article.sentences[s].span;
    if let Some(cue) = caveat_cue(article.slice(sentence)) {
        return Some(Cue {
            span: Span::new(
                sentence.start + cue.span.start,
                sentence.start + cue.span.end,
            ),
            ..cue
        });
    }
    quotes?
        .attributions
        .iter()
        .filter(|at| at.sentence == s && at.source_type == SourceType::AnonymousOfficial)
        .find_map(|at| at.source)
        .map(|span| Cue {
            span,
            kind: CaveatKind::Anonymous,
            own_sentence: false,
        })
}

/// The first caveat cue of a sentence, as a byte span of it, with its
/// kind (on a tie, the longest cue).
fn caveat_cue(text: &str) -> Option<Cue> {
    let lower = text.to_lowercase();
    // Lower-casing keeps byte offsets only for text whose case mapping keeps
    // lengths; otherwise no offsets can be given and none is asserted.
    if lower.len() != text.len() {
        return None;
    }
    let boundary = |at: usize| {
        lower[..at]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric())
    };
    // "the disputed border", "an alleged plot" is an adjective: a
    // dispute or an allegation only after no article or possessive.
    let adjective = |kind: CaveatKind, at: usize| {
        matches!(kind, CaveatKind::Disputed)
            && lower[..at]
                .split(|c: char| !c.is_alphanumeric())
                .rev()
                .find(|w| !w.is_empty())
                .is_some_and(|w| matches!(w, "the" | "a" | "an" | "its" | "their" | "his" | "her"))
    };
    let refusal = |kind: CaveatKind, end: usize| {
        kind == CaveatKind::Denied
            && lower[end..]
                .split(|c: char| !c.is_alphanumeric())
                .find(|w| !w.is_empty())
                .is_some_and(|w| REFUSED.contains(&w))
    };
    let listed = CaveatKind::ALL
        .iter()
        .flat_map(|&kind| kind.cues().iter().map(move |cue| (kind, *cue, false)))
        .chain(OWN_SENTENCE.iter().map(|&(cue, kind)| (kind, cue, true)))
        .filter_map(|(kind, cue, own_sentence)| {
            lower
                .match_indices(cue)
                .find(|&(at, _)| {
                    let end = at + cue.len();
                    boundary(at)
                        && lower[end..]
                            .chars()
                            .next()
                            .is_none_or(|c| !c.is_alphanumeric())
                        && !refusal(kind, end)
                        && !adjective(kind, at)
                })
                .map(|(at, cue)| Cue {
                    span: Span::new(at, at + cue.len()),
                    kind,
                    own_sentence,
                })
        })
        .min_by_key(|cue| (cue.span.start, std::cmp::Reverse(cue.span.end)));
    // What a phrase cannot list comes second: a sentence with a cue of the
    // lists keeps it ("a senior official said the photo had been altered"
    // is about an altered photo, not only an unnamed source).
    let earliest = |cues: [Option<Cue>; 3]| {
        cues.into_iter()
            .flatten()
            .min_by_key(|cue| (cue.span.start, std::cmp::Reverse(cue.span.end)))
    };
    listed.or_else(|| {
        let sentence = patterns::Sentence::of(&lower);
        earliest([
            patterns::reported_denial(&sentence).map(|span| Cue {
                span,
                kind: CaveatKind::Denied,
                own_sentence: true,
            }),
            patterns::unnamed_source(&sentence).map(|span| Cue {
                span,
                kind: CaveatKind::Anonymous,
                own_sentence: false,
            }),
            patterns::charges_laid(&sentence).map(|span| Cue {
                span,
                kind: CaveatKind::Allegation,
                own_sentence: false,
            }),
        ])
    })
}

/// Disjoint sets over `0..n`.
struct Groups {
    parent: Vec<usize>,
}

impl Groups {
    fn new(n: usize) -> Self {
        Groups {
            parent: (0..n).collect(),
        }
    }

    fn root(&mut self, mut x: usize) -> usize {
        while self.parent[x] != x {
            self.parent[x] = self.parent[self.parent[x]];
            x = self.parent[x];
        }
        x
    }

    fn join(&mut self, x: usize, y: usize) {
        let (rx, ry) = (self.root(x), self.root(y));
        if rx != ry {
            // The smaller index roots the group: deterministic.
            let (keep, drop) = (rx.min(ry), rx.max(ry));
            self.parent[drop] = keep;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn common_runs_at_their_longest() {
        assert_eq!(
            common_runs(&[1, 2, 3, 4, 9], &[0, 2, 3, 4, 5], 3),
            vec![1..4]
        );
        assert_eq!(common_runs(&[1, 2, 3, 4, 9], &[0, 2, 3, 4, 5], 4), vec![]);
        assert!(common_runs(&[1, 2], &[3, 4], 1).is_empty());
        assert!(common_runs(&[], &[3, 4], 1).is_empty());
        assert_eq!(common_runs(&[7, 7, 7], &[7, 7], 2), vec![0..2, 1..3]);
        assert_eq!(common_runs(&[1, 2, 5, 1, 2], &[1, 2], 2), vec![0..2, 3..5]);
    }

    /// Features of texts of one sentence each.
    fn one_sentence_each(texts: &[&str]) -> Vec<TextFeatures> {
        texts
            .iter()
            .map(|t| {
                let mut a = Article::from_text(
                    crosscheck_model::Origin::default(),
                    crosscheck_model::ArticleMeta::default(),
                    (*t).into(),
                );
                a.sentences = vec![crosscheck_model::Sentence {
                    span: Span::new(0, t.len()),
                    paragraph: 0,
                }];
                TextFeatures::of_article(&a)
            })
            .collect()
    }

    #[test]
    fn a_sentence_copied_and_edited_is_one_copy_but_a_title_and_name_are_not() {
        let f = one_sentence_each(&[
            "During the trial, the court was told that Captain Prankerd had been hired for the evening by Jay Colonna, 37, a Florida construction company owner, to pilot his 31ft cabin cruiser, Bill It.",
            "During the two-week trial the court heard how Capt Prankerd had been hired for the evening by Florida construction company owner Jay Colonna, 37, to pilot his 31ft cabin cruiser the Bill It.",
            "Southwark Crown Court Judge George Bathurst-Norman jailed Tate for five years.",
            "Tate was told by Southwark Crown Court Judge George Bathurst-Norman that he was lucky.",
        ]);
        assert!(copied(&f, (0, 0), (1, 0)));
        assert!(!copied(&f, (2, 0), (3, 0)));
    }

    #[test]
    fn people_named_together_are_each_a_source() {
        assert_eq!(
            named_members("Bramble, Rogers and Fenton"),
            vec!["Bramble", "Rogers", "Fenton"]
        );
        assert_eq!(named_members("Rogers and Rogers"), vec!["Rogers", "Rogers"]);
        assert!(named_members("Smith and his lawyers").is_empty());
        assert!(named_members("Mr Smith").is_empty());
        assert!(named_members("the police, who said").is_empty());
        assert!(named_members("McCain, R-Ariz.").is_empty());
        assert!(named_members("Marks & Spencer").is_empty());
        assert!(named_members("Smith, Labour MP, and Jones").is_empty());
    }

    #[test]
    fn a_caveat_cue_is_found_at_word_boundaries() {
        let text = "Officials, who neither disputed the report nor confirmed it, spoke.";
        let cue = caveat_cue(text).expect("a cue");
        assert_eq!(&text[cue.span.start..cue.span.end], "neither disputed");
        assert!(caveat_cue("They were unverifiedly vague.").is_none());
        assert!(caveat_cue("The rates may rise, the bank said.").is_none());
    }

    fn kind_of(text: &str) -> Option<(&str, CaveatKind)> {
        caveat_cue(text).map(|c| (&text[c.span.start..c.span.end], c.kind))
    }

    #[test]
    fn caveats_have_kinds_and_a_denial_is_not_a_refusal() {
        assert_eq!(
            kind_of("Smith, 34, denies murder."),
            Some(("denies", CaveatKind::Denied))
        );
        assert_eq!(
            kind_of("He pleaded not guilty to all charges."),
            Some(("pleaded not guilty", CaveatKind::Denied))
        );
        assert_eq!(kind_of("He was denied bail."), None);
        assert_eq!(kind_of("The court denied him entry."), None);
        assert_eq!(
            kind_of("She is accused of fraud."),
            Some(("accused of", CaveatKind::Allegation))
        );
        assert_eq!(
            kind_of("The video appears to show the man."),
            Some(("appears to show", CaveatKind::Appearance))
        );
    }

    #[test]
    fn a_disputed_border_is_not_a_dispute() {
        assert_eq!(kind_of("Troops crossed the disputed border."), None);
        assert_eq!(
            kind_of("The White House disputed the account."),
            Some(("disputed", CaveatKind::Disputed))
        );
    }

    #[test]
    fn a_source_head_is_a_common_noun_never_a_name() {
        let head = source_head("electronic intercepts gathered by the C.I.A.");
        assert_eq!(
            head,
            crosscheck_text::content_words("intercepts")
                .into_iter()
                .next()
        );
        assert_eq!(source_head("White House"), None);
        assert_eq!(source_head("Mr. Bauer"), None);
    }

    #[test]
    fn evidence_and_accusations() {
        let head = |w: &str| {
            crosscheck_text::content_words(w)
                .into_iter()
                .next()
                .unwrap()
        };
        assert!(evidence_noun(&head("documents")));
        assert!(!evidence_noun(&head("senators")));
        assert!(accuses("He was bailed on a cocaine dealing charge."));
        assert!(accuses("Smith is accused of murder."));
        assert!(!accuses("Smith was in charge of the team."));
    }

    #[test]
    fn names_skip_the_opener_and_shouted_words() {
        let names = names_in("A SENIOR officer, Ian Beckett, denied it.");
        assert!(!names.contains("senior"));
        assert_eq!(names.len(), 2, "{names:?}");
    }

    #[test]
    fn counts_name_what_they_count() {
        let c =
            counts("The blast killed three people and injured more than 100 others on 4 May 1999.");
        let found: Vec<(f64, &str)> = c.iter().map(|c| (c.value, c.thing.as_str())).collect();
        assert_eq!(found, [(3.0, "people")], "{c:?}");
        let c = counts("He was fined £5,000 damages.");
        assert_eq!(c[0].value, 5000.0);
    }

    #[test]
    fn groups_join_transitively() {
        let mut g = Groups::new(4);
        g.join(3, 1);
        g.join(1, 2);
        assert_eq!(g.root(3), 1);
        assert_eq!(g.root(2), 1);
        assert_eq!(g.root(0), 0);
    }
}
