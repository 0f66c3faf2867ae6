//! The JSON documents of the contract: one serde type per section, built
//! from an [`Analysis`] without analysing anything (every finding comes from
//! the stages and the pipeline), and a JSON Schema generated from the types
//! (`docs/schema/`, checked by a test).

use std::collections::BTreeMap;

use crosscheck_model::{Article, CharIndex, Span};
use crosscheck_pipeline::{Analysis, Loaded, StageId, StageStatus, TimelineKind};
use schemars::JsonSchema;
use serde::Serialize;

use crate::ids::{ArticleId, EntityId, QuoteId, SentenceId};

/// The schema name of the `compare` document.
pub const COMPARE_SCHEMA: &str = "crosscheck.compare/1";

/// A contract enum mirroring an internal one: each variant serialises as
/// the given name, and the conversion is an exhaustive match, so a new
/// internal variant does not compile until the contract names it.
macro_rules! contract_enum {
    ($(#[$meta:meta])* $name:ident from $from:path { $($(#[$vmeta:meta])* $variant:ident = $text:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema)]
        pub enum $name {
            $($(#[$vmeta])* #[serde(rename = $text)] $variant),+
        }

        impl From<$from> for $name {
            fn from(x: $from) -> Self {
                use $from as Internal;
                match x {
                    $(Internal::$variant => $name::$variant),+
                }
            }
        }
    };
}

contract_enum!(
    /// How two sentences correspond.
    RelationDoc from crosscheck_pipeline::Relation {
        /// The same words, give or take typography.
        Verbatim = "verbatim",
        /// The same statement, rewritten.
        Paraphrase = "paraphrase",
        /// One sentence carries part of the other.
        Partial = "partial",
    }
);

contract_enum!(
    /// What a caveat says of a claim's reliability (an addition to the
    /// contract).
    CaveatKindDoc from crosscheck_pipeline::CaveatKind {
        /// Not verified or confirmed.
        Unverified = "unverified",
        /// Contested by someone.
        Disputed = "disputed",
        /// Denied by the person or body concerned.
        Denied = "denied",
        /// The evidence may be altered or wrong.
        Altered = "altered",
        /// The source is not named.
        Anonymous = "anonymous",
        /// Only an appearance is asserted.
        Appearance = "appearance",
        /// An accusation not established.
        Allegation = "allegation",
    }
);

contract_enum!(
    /// How much of the derived article relays the source.
    ExtentDoc from crosscheck_pipeline::Extent {
        /// All of it, or nearly.
        Whole = "whole",
        /// Part of it.
        Partial = "partial",
    }
);

contract_enum!(
    /// How a quotation's speaker was found (an addition to the contract):
    /// how surely the report can say who spoke.
    SpeakerBasisDoc from crosscheck_quotes::SpeakerBasis {
        /// The quotation's own sentence names the speaker.
        Named = "named",
        /// Its own sentence gives a pronoun, resolved to a person.
        Pronoun = "pronoun",
        /// It continues the speaker of the sentences before.
        Continuation = "continuation",
        /// Only a document or outlet carries it: the document's words.
        Document = "document",
        /// No speaker is stated.
        NotStated = "not_stated",
    }
);

contract_enum!(
    /// What the evidence of a derivation establishes (an addition to the
    /// contract): the report says "derives from", "probably derives from"
    /// or "shares text with".
    StrengthDoc from crosscheck_pipeline::Strength {
        /// A credit, or a news agency's copy carried by a paper.
        Derives = "derives",
        /// Shared text and a later day, without a credit.
        ProbablyDerives = "probably_derives",
        /// Shared text, nothing saying which relays which.
        SharesText = "shares_text",
    }
);

contract_enum!(
    /// A kind of derivation evidence.
    EvidenceKindDoc from crosscheck_pipeline::EvidenceKind {
        /// The derived article names the source as its origin.
        ExplicitCitation = "explicit_citation",
        /// Published after the source.
        PublishedAfter = "published_after",
        /// Text shared beyond common quotations.
        SharedPassages = "shared_passages",
        /// The same quotations, word for word.
        IdenticalQuotes = "identical_quotes",
    }
);

contract_enum!(
    /// How another article renders a quotation.
    VerdictDoc from crosscheck_quotes::Verdict {
        /// Word for word.
        Identical = "identical",
        /// Only punctuation differs.
        PunctuationOnly = "punctuation_only",
        /// Only spelling or transliteration differs.
        SpellingOnly = "spelling_only",
        /// Part of it, the words kept unchanged.
        Truncated = "truncated",
        /// Words changed.
        Altered = "altered",
    }
);

contract_enum!(
    /// What one change to a quotation does.
    ChangeKindDoc from crosscheck_quotes::ChangeKind {
        /// A hedge or qualifier removed.
        HedgeRemoved = "hedge_removed",
        /// A hedge or qualifier added.
        HedgeAdded = "hedge_added",
        /// A negation added, removed or changed.
        NegationChanged = "negation_changed",
        /// A number changed.
        NumberChanged = "number_changed",
        /// Words replaced by others.
        WordsSubstituted = "words_substituted",
        /// Words added.
        WordsAdded = "words_added",
        /// Words removed.
        WordsRemoved = "words_removed",
        /// Spelling, transliteration or abbreviation only.
        Spelling = "spelling",
        /// A name replaced by another.
        NameChanged = "name_changed",
        /// A person or name that does or undergoes it replaced.
        SubjectOrObjectChanged = "subject_or_object_changed",
        /// Cut where the other marks a cut with an ellipsis.
        Elided = "elided",
        /// At an edge of one, just outside the other's quotation marks.
        MovedOutside = "moved_outside",
    }
);

contract_enum!(
    /// Who or what a source is.
    SourceTypeDoc from crosscheck_pipeline::SourceType {
        /// An official named in the text.
        NamedOfficial = "named_official",
        /// An official not named.
        AnonymousOfficial = "anonymous_official",
        /// A leaked or obtained document.
        LeakedDocument = "leaked_document",
        /// State media.
        StateMedia = "state_media",
        /// Media linked to a government.
        GovernmentLinkedMedia = "government_linked_media",
        /// Another news outlet.
        NewsOutlet = "news_outlet",
        /// A social-media post.
        SocialMedia = "social_media",
        /// The outlet's own reporting.
        OwnReporting = "own_reporting",
        /// Anyone else.
        Other = "other",
    }
);

contract_enum!(
    /// An entity's type.
    EntityKindDoc from crosscheck_pipeline::EntityKind {
        /// A person.
        Person = "PERSON",
        /// An organisation.
        Org = "ORG",
        /// A place with a government.
        Gpe = "GPE",
        /// A place without one.
        Loc = "LOC",
        /// Other names.
        Misc = "MISC",
    }
);

contract_enum!(
    /// Whether the report asserts an entity.
    EntityConfidenceDoc from crosscheck_pipeline::EntityConfidence {
        /// Named by a rule or a list, or read clearly by the tagger.
        Asserted = "asserted",
        /// The tagger all but read it otherwise (another type, other words,
        /// or no name): possible, not asserted.
        Possible = "possible",
    }
);

contract_enum!(
    /// How precise a date is.
    PrecisionDoc from crosscheck_pipeline::Precision {
        /// A year.
        Year = "year",
        /// A month.
        Month = "month",
        /// A day.
        Day = "day",
    }
);

/// One article as the contract shows it (`compare`'s `articles[]`, and one
/// line of `extract`).
#[derive(Debug, Clone, Serialize, PartialEq, JsonSchema)]
pub struct ArticleDoc {
    /// `a1`, `a2`, ... in input order.
    pub id: ArticleId,
    /// The input it came from (with the member inside a container).
    pub source_file: String,
    /// The JSON record's (or feed entry's, or WARC record's) own id.
    pub record_id: Option<String>,
    /// Which reader produced it.
    pub format: &'static str,
    /// Canonical outlet name.
    pub outlet: Option<String>,
    /// The outlet as the input wrote it.
    pub outlet_as_written: Option<String>,
    /// URL.
    pub url: Option<String>,
    /// Headline.
    pub title: Option<String>,
    /// Standfirst.
    pub dek: Option<String>,
    /// Byline.
    pub author: Option<String>,
    /// `YYYY-MM-DD`.
    pub published: Option<String>,
    /// ISO 639-1 language code.
    pub language: Option<String>,
    /// The story text.
    pub text: String,
    /// Paragraphs: `char` offsets into `text`.
    pub paragraphs: Vec<[usize; 2]>,
    /// Sentences.
    pub sentences: Vec<SentenceDoc>,
}

/// One sentence.
#[derive(Debug, Clone, Serialize, PartialEq, JsonSchema)]
pub struct SentenceDoc {
    /// `a1.s1`, ...
    pub id: SentenceId,
    /// First `char` of the sentence in the article text.
    pub start: usize,
    /// One past the last `char`.
    pub end: usize,
    /// `text[start..end]`.
    pub text: String,
}

/// Whether a stage is built.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema)]
pub enum StageStatusDoc {
    /// It runs.
    #[serde(rename = "built")]
    Built,
    /// Its keys are empty because nothing looked.
    #[serde(rename = "not built yet")]
    NotBuilt,
}

/// A stage and whether it ran (an addition to the contract).
#[derive(Debug, Clone, Serialize, PartialEq, JsonSchema)]
pub struct StageDoc {
    /// Stage name.
    pub name: &'static str,
    /// `built` or `not built yet`.
    pub status: StageStatusDoc,
    /// The document keys it fills.
    pub fills: &'static [&'static str],
}

/// A stage that is not built yet has no findings: its arrays and maps are
/// always empty (the type has no values).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema)]
pub enum NotBuilt {}

/// The `compare` document. Every key of the contract is present; stages that
/// are not built give empty values and are listed in `stages` as such.
#[derive(Debug, Clone, Serialize, PartialEq, JsonSchema)]
pub struct CompareDocument {
    /// `crosscheck.compare/1`.
    pub schema: &'static str,
    /// The articles.
    pub articles: Vec<ArticleDoc>,
    /// Sentence alignments.
    pub alignments: Vec<AlignmentDoc>,
    /// Sentences with no counterpart, per article.
    pub only_in: BTreeMap<ArticleId, Vec<SentenceId>>,
    /// Derivation edges (`strength` "derives" or "probably_derives").
    pub derivation: Vec<DerivationDoc>,
    /// Pairs that share text with nothing saying which relays which
    /// (`strength` "shares_text"; `derived` is the article more of whose
    /// text is shared): not derivations (an addition to the contract).
    pub shared_text: Vec<DerivationDoc>,
    /// Articles that share an upstream source without deriving from each
    /// other (an addition to the contract).
    pub siblings: Vec<SiblingDoc>,
    /// Direct quotations.
    pub quotes: Vec<QuoteDoc>,
    /// Attributions.
    pub attributions: Vec<AttributionDoc>,
    /// Claims: groups of statements that report the same thing, with their
    /// independent sources, origin and caveats.
    pub claims: Vec<ClaimDoc>,
    /// Framing per article: hedges, certainty markers, voices.
    pub framing: BTreeMap<ArticleId, FramingDoc>,
    /// Entities.
    pub entities: Vec<EntityDoc>,
    /// Timeline.
    pub timeline: Vec<TimelineDoc>,
    /// Which stages ran, in run order.
    pub stages: Vec<StageDoc>,
    /// The sentence model the alignment used, or null for lexical evidence
    /// only (an addition to the contract).
    pub sentence_model: Option<String>,
    /// How much the sentence model was asked, and whether it failed (an
    /// addition to the contract; absent without a model).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sentence_model_use: Option<ModelUseDoc>,
    /// Which article pairs the alignment and derivation compared, when not
    /// every pair (an addition to the contract; absent when they compared
    /// every pair of the story).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pairs_compared: Option<PairsComparedDoc>,
}

/// `pairs_compared`: in a story larger than `max_partners` + 1 articles,
/// each article is compared with the `max_partners` others it shares the
/// most word 3-grams with.
#[derive(Debug, Clone, Serialize, PartialEq, JsonSchema)]
pub struct PairsComparedDoc {
    /// Article pairs compared (the derivation also compares every pair
    /// where one article cites the other's outlet).
    pub compared: usize,
    /// Article pairs in the story.
    pub of: usize,
    /// Articles each article was compared with, at most (more when it is
    /// someone else's nearest, or cites or is cited).
    pub max_partners: usize,
}

/// `sentence_model_use`.
#[derive(Debug, Clone, Serialize, PartialEq, JsonSchema)]
pub struct ModelUseDoc {
    /// Candidate sentence pairs the lexical evidence left open.
    pub open_pairs: usize,
    /// Of those, the pairs the model judged (most promising first, within
    /// its sentence budget).
    pub judged_pairs: usize,
    /// Distinct sentences the model encoded.
    pub sentences: usize,
    /// Why the model gave no vectors: the open pairs were decided on
    /// lexical evidence alone (absent when it did not fail).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub failure: Option<String>,
    /// Why the static-embedding prefilter gave no vectors: the open pairs
    /// were judged unranked (absent when it did not fail).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub prefilter_failure: Option<String>,
}

/// `alignments[]`: one aligned sentence pair.
#[derive(Debug, Clone, Serialize, PartialEq, JsonSchema)]
pub struct AlignmentDoc {
    /// The sentence of the earlier article.
    pub a: SentenceId,
    /// The sentence of the later article.
    pub b: SentenceId,
    /// How they correspond.
    pub relation: RelationDoc,
    /// How strongly (0–1).
    pub score: f64,
    /// Whether the report asserts that the two report the same statement;
    /// false: only possibly related, on weaker evidence (an addition to the
    /// contract).
    pub asserted: bool,
}

/// `framing.a1`: how one article frames what it reports.
#[derive(Debug, Clone, Serialize, PartialEq, JsonSchema)]
pub struct FramingDoc {
    /// Words that soften a statement's certainty ("appears to be",
    /// "reportedly").
    pub hedges: Vec<MarkerDoc>,
    /// Loaded or evaluative words and phrases, in the sentences the
    /// loaded-language model flags (see `loaded_sentences`).
    pub loaded: Vec<LoadedDoc>,
    /// The sentences the loaded-language model flags, with its probability
    /// (an addition to the contract).
    pub loaded_sentences: Vec<LoadedSentenceDoc>,
    /// Sentences whose selected facts cast an entity in a light: not built
    /// yet (always empty; see `not_built`).
    pub informational: Vec<NotBuilt>,
    /// Words that stress certainty ("clearly", "in fact") (an addition to
    /// the contract).
    pub certainty: Vec<MarkerDoc>,
    /// Whose words the article carries, by type of source, most
    /// attributions first (an addition to the contract).
    pub voices: Vec<VoiceDoc>,
    /// What only this article says (sentences with no counterpart in any
    /// other, none of whose rarity-weighted words another article's
    /// sentence shares a tenth or more of),
    /// grouped by the entity most of them name, the largest group first
    /// (an addition to the contract).
    pub adds: Vec<AdditionDoc>,
    /// The parts of framing not built yet, whose lists are empty because
    /// nothing looked (an addition to the contract).
    pub not_built: Vec<&'static str>,
    /// Parts of framing that are built but were not measured for this
    /// article, and why (loaded language without the sentence model) (an
    /// addition to the contract).
    pub not_measured: Vec<NotMeasuredDoc>,
}

/// `framing.a1.loaded[]`: a loaded word or phrase.
#[derive(Debug, Clone, Serialize, PartialEq, JsonSchema)]
pub struct LoadedDoc {
    /// Its sentence.
    pub sentence: SentenceId,
    /// The words as written.
    pub text: String,
    /// Its first `char` in the article text.
    pub start: usize,
    /// One past its last `char`.
    pub end: usize,
    /// The word model's probability that annotators would mark it (the
    /// highest of its words) (an addition to the contract).
    pub probability: f64,
}

/// `framing.a1.loaded_sentences[]`.
#[derive(Debug, Clone, Serialize, PartialEq, JsonSchema)]
pub struct LoadedSentenceDoc {
    /// The sentence.
    pub sentence: SentenceId,
    /// The probability that it is biased, by `classifier`.
    pub probability: f64,
    /// Which model judged it: `logistic` (over the sentence model's
    /// distilled embedding, the default) or `bias_head` (the sentence
    /// model fine-tuned on BABE, `compare --bias-head`) (an addition to the
    /// contract).
    pub classifier: ClassifierDoc,
}

/// `framing.a1.loaded_sentences[].classifier`.
#[derive(Debug, Clone, Copy, Serialize, PartialEq, Eq, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ClassifierDoc {
    /// The logistic sentence model.
    Logistic,
    /// The fine-tuned bias head.
    BiasHead,
}

/// A part of framing not measured, and why.
#[derive(Debug, Clone, Serialize, PartialEq, JsonSchema)]
pub struct NotMeasuredDoc {
    /// `loaded`.
    pub part: &'static str,
    /// Why.
    pub why: String,
}

/// `framing.a1.adds[]`: sentences only this article has, on one topic.
#[derive(Debug, Clone, Serialize, PartialEq, JsonSchema)]
pub struct AdditionDoc {
    /// The entity they name (its id and name), or null for sentences that
    /// name none.
    pub topic: Option<EntityId>,
    /// The entity's name, or null.
    pub topic_name: Option<String>,
    /// The sentences.
    pub sentences: Vec<SentenceId>,
}

/// A framing marker: a word or phrase of a sentence.
#[derive(Debug, Clone, Serialize, PartialEq, JsonSchema)]
pub struct MarkerDoc {
    /// Its sentence.
    pub sentence: SentenceId,
    /// The words as written.
    pub text: String,
    /// Its first `char` in the article text.
    pub start: usize,
    /// One past its last `char`.
    pub end: usize,
}

/// `framing.a1.voices[]`.
#[derive(Debug, Clone, Serialize, PartialEq, JsonSchema)]
pub struct VoiceDoc {
    /// The type of source (as in `attributions[].source_type`).
    pub source_type: &'static str,
    /// Its attributions in the article.
    pub attributions: usize,
    /// Of those, direct quotations.
    pub direct: usize,
}

/// `claims[]`: one claim.
#[derive(Debug, Clone, Serialize, PartialEq, JsonSchema)]
pub struct ClaimDoc {
    /// `c1`, `c2`, …: claims several articles carry first, then in text
    /// order.
    pub id: String,
    /// Its statements: the sentences that report it.
    pub statements: Vec<SentenceId>,
    /// The outlets that carry it, in article order (an article with no
    /// outlet is named by its id).
    pub outlets: Vec<String>,
    /// How many independent sources back it: articles that derive from one
    /// another, that only relay the same upstream source, or that write it
    /// in the same words (one copy), count once.
    pub independent_sources: usize,
    /// What the upstream article gives as its source (the root of the
    /// attribution chain), or null when it gives none.
    pub origin: Option<String>,
    /// The caveats that qualify it.
    pub caveats: Vec<CaveatDoc>,
    /// The articles that carry it (an addition to the contract).
    pub articles: Vec<ArticleId>,
    /// The independent sources, each as the articles that relay it (an
    /// addition to the contract).
    pub sources: Vec<Vec<ArticleId>>,
    /// The article it comes from (an addition to the contract).
    pub upstream: ArticleId,
    /// Several articles carry it but it rests on one source (an addition to
    /// the contract).
    pub single_source: bool,
    /// Why it has the sources it has, in words (an addition to the
    /// contract).
    pub why: String,
    /// Where two of its statements, in different articles, disagree (an
    /// addition to the contract).
    pub conflicts: Vec<ConflictDoc>,
}

/// `claims[].conflicts[]`: two statements of a claim that disagree.
#[derive(Debug, Clone, Serialize, PartialEq, JsonSchema)]
pub struct ConflictDoc {
    /// `number` (the same thing counted differently) or `quotation` (a
    /// quotation's negation, number or name changed).
    pub kind: &'static str,
    /// The first statement.
    pub a: SentenceId,
    /// The second.
    pub b: SentenceId,
    /// What the first says.
    pub a_says: String,
    /// What the second says instead.
    pub b_says: String,
}

/// `claims[].caveats[]`: a statement that qualifies how far the claim can
/// be relied on.
#[derive(Debug, Clone, Serialize, PartialEq, JsonSchema)]
pub struct CaveatDoc {
    /// The article that carries it.
    pub article: ArticleId,
    /// Its sentence.
    pub sentence: SentenceId,
    /// The sentence, whole.
    pub text: String,
    /// The articles that carry the claim but not the caveat.
    pub omitted_by: Vec<ArticleId>,
    /// Whether the other articles were checked for leaving it out (an
    /// addition to the contract): not for a caveat that qualifies only its
    /// own sentence (a reported negation, "said he did not …", or a cue
    /// such as "no evidence"), whose empty `omitted_by` then says nothing.
    pub omissions_assessed: bool,
    /// The words that make it a caveat (an addition to the contract).
    pub cue: SpanDoc,
    /// What it says of the claim's reliability (an addition to the
    /// contract).
    pub kind: CaveatKindDoc,
}

/// `derivation[]`: one article derives from another.
#[derive(Debug, Clone, Serialize, PartialEq, JsonSchema)]
pub struct DerivationDoc {
    /// The share of the derived text found in all its upstream sources
    /// together.
    pub combined_fraction: f64,
    /// How sure (0–1).
    pub confidence: f64,
    /// The article that relays.
    pub derived: ArticleId,
    /// What the evidence establishes (an addition to the contract).
    pub strength: StrengthDoc,
    /// Why.
    pub evidence: Vec<EvidenceDoc>,
    /// Whole or partial.
    pub extent: ExtentDoc,
    /// The share of the derived text found in this source.
    pub shared_fraction: f64,
    /// The article relayed.
    pub source: ArticleId,
}

/// One piece of derivation evidence, with its place in the derived article
/// when it has one.
#[derive(Debug, Clone, Serialize, PartialEq, JsonSchema)]
pub struct EvidenceDoc {
    /// What it shows, in words.
    pub detail: String,
    /// One past its last `char` in the derived article.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub end: Option<usize>,
    /// What kind of evidence.
    pub kind: EvidenceKindDoc,
    /// Its first `char` in the derived article.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub start: Option<usize>,
}

/// `siblings[]`: two articles that share an upstream source.
#[derive(Debug, Clone, Serialize, PartialEq, JsonSchema)]
pub struct SiblingDoc {
    /// One.
    pub a: ArticleId,
    /// The other.
    pub b: ArticleId,
    /// What both derive from.
    pub common_source: ArticleId,
}

/// `quotes[]`: one direct quotation.
#[derive(Debug, Clone, Serialize, PartialEq, JsonSchema)]
pub struct QuoteDoc {
    /// Its article.
    pub article: ArticleId,
    /// It continues the previous quotation (reopened at a new paragraph).
    pub continues: bool,
    /// One past its last `char`.
    pub end: usize,
    /// `q1`, `q2`, ….
    pub id: QuoteId,
    /// The sentence where it starts.
    pub sentence: SentenceId,
    /// Who said it (the fullest name the article gives), if stated.
    pub speaker: Option<String>,
    /// How the speaker was found (an addition to the contract).
    pub speaker_basis: SpeakerBasisDoc,
    /// The person entity the speaker is, when the entities ran.
    pub speaker_entity: Option<EntityId>,
    /// Its first `char` (inside the quotation marks).
    pub start: usize,
    /// The quoted words.
    pub text: String,
    /// How the other articles render it.
    pub variants: Vec<QuoteVariantDoc>,
    /// The channel it came through ("IRNA").
    pub via: Option<String>,
}

/// How another article renders a quotation.
#[derive(Debug, Clone, Serialize, PartialEq, JsonSchema)]
pub struct QuoteVariantDoc {
    /// The changes from this rendering to the other, in order.
    pub changes: Vec<ChangeDoc>,
    /// Whether it changes what the speaker is reported to have said.
    pub material: bool,
    /// The other rendering.
    pub quote: QuoteId,
    /// The verdict.
    pub verdict: VerdictDoc,
}

/// One change between two renderings of a quotation.
#[derive(Debug, Clone, Serialize, PartialEq, JsonSchema)]
pub struct ChangeDoc {
    /// The words of this rendering.
    pub a: String,
    /// The words of the other.
    pub b: String,
    /// What the change does.
    pub kind: ChangeKindDoc,
    /// Whether it changes what the speaker is reported to have said (an
    /// addition to the contract).
    pub material: bool,
    /// `delete`, `insert` or `replace`.
    pub op: ChangeOpDoc,
}

contract_enum!(
    /// An edit of the word diff.
    ChangeOpDoc from crosscheck_quotes::ChangeOp {
        /// Words of this rendering missing from the other.
        Delete = "delete",
        /// Words of the other missing from this one.
        Insert = "insert",
        /// Words replaced.
        Replace = "replace",
    }
);

/// A piece of an article's text.
#[derive(Debug, Clone, Serialize, PartialEq, JsonSchema)]
pub struct SpanDoc {
    /// One past its last `char`.
    pub end: usize,
    /// Its first `char`.
    pub start: usize,
    /// `text[start..end]`.
    pub text: String,
}

/// Which method found an attribution's spans.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum MethodDoc {
    /// The attribution tagger.
    Learned,
    /// The rules.
    Rules,
}

/// `attributions[]`: one attribution.
#[derive(Debug, Clone, Serialize, PartialEq, JsonSchema)]
pub struct AttributionDoc {
    /// Its article.
    pub article: ArticleId,
    /// An aside about the source between it and the cue.
    pub aside: Option<SpanDoc>,
    /// The chain of sources, outermost first.
    pub chain: Vec<String>,
    /// What is attributed.
    pub content: SpanDoc,
    /// The content's fragments when the cue interrupts it.
    pub content_parts: Vec<SpanDoc>,
    /// The cue ("said", "according to").
    pub cue: SpanDoc,
    /// The content is (or holds) a direct quotation.
    pub direct: bool,
    /// Which method found the spans.
    pub method: MethodDoc,
    /// Its sentence.
    pub sentence: SentenceId,
    /// The source as written, when stated.
    pub source: Option<SpanDoc>,
    /// The source's type.
    pub source_type: SourceTypeDoc,
    /// The source resolved to the fullest name the article gives.
    pub speaker: Option<String>,
    /// The outlet that relayed it, when the article says so.
    pub via: Option<String>,
}

/// `entities[]`: one named entity of the story.
#[derive(Debug, Clone, Serialize, PartialEq, JsonSchema)]
pub struct EntityDoc {
    /// Every way the story writes it.
    pub aliases: Vec<String>,
    /// The articles that name it.
    pub articles: Vec<ArticleId>,
    /// `e1`, `e2`, … by first mention.
    pub id: EntityId,
    /// Every mention.
    pub mentions: Vec<MentionDoc>,
    /// Its canonical name.
    pub name: String,
    /// Its type.
    #[serde(rename = "type")]
    pub kind: EntityKindDoc,
    /// Whether the report asserts it (`asserted`) or shows it as possible.
    pub confidence: EntityConfidenceDoc,
}

/// One mention of an entity.
#[derive(Debug, Clone, Serialize, PartialEq, JsonSchema)]
pub struct MentionDoc {
    /// Its article.
    pub article: ArticleId,
    /// One past its last `char`.
    pub end: usize,
    /// Its sentence.
    pub sentence: SentenceId,
    /// Its first `char`.
    pub start: usize,
    /// The words.
    pub text: String,
}

/// What a timeline entry is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum TimelineKindDoc {
    /// A dated statement of an article.
    Statement,
    /// An article's publication.
    Publication,
}

/// `timeline[]`: a dated statement or a publication.
#[derive(Debug, Clone, Serialize, PartialEq, JsonSchema)]
pub struct TimelineDoc {
    /// Other articles whose aligned sentence carries the same date.
    pub also_in: Vec<ArticleId>,
    /// Its article.
    pub article: ArticleId,
    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    pub date: String,
    /// One past the expression's last `char` (statements only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub end: Option<usize>,
    /// A statement or a publication.
    pub kind: TimelineKindDoc,
    /// How precise the date is.
    pub precision: PrecisionDoc,
    /// The sentence (null for a publication).
    pub sentence: Option<SentenceId>,
    /// The expression's first `char` (statements only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub start: Option<usize>,
    /// The expression as written, or `published`.
    pub text: String,
}

/// The `quotes` command's document: the articles, their quotations and
/// attributions.
#[derive(Debug, Clone, Serialize, PartialEq, JsonSchema)]
pub struct QuotesDocument {
    /// The articles.
    pub articles: Vec<ArticleDoc>,
    /// Attributions.
    pub attributions: Vec<AttributionDoc>,
    /// Direct quotations.
    pub quotes: Vec<QuoteDoc>,
}

/// The `entities` command's document: the articles, the entities and the
/// timeline.
#[derive(Debug, Clone, Serialize, PartialEq, JsonSchema)]
pub struct EntitiesDocument {
    /// The articles.
    pub articles: Vec<ArticleDoc>,
    /// Entities.
    pub entities: Vec<EntityDoc>,
    /// Timeline.
    pub timeline: Vec<TimelineDoc>,
}

/// A score rounded for output (in f64, so 0.99 prints as 0.99).
fn round(x: f32, scale: f64) -> f64 {
    (f64::from(x) * scale).round() / scale
}

/// Each article's byte → `char` offset index, built once per document.
struct Chars(Vec<CharIndex>);

impl Chars {
    fn of(analysis: &Analysis) -> Chars {
        Chars(
            analysis
                .articles
                .iter()
                .map(|a| CharIndex::new(&a.text))
                .collect(),
        )
    }

    fn span(&self, analysis: &Analysis, article: usize, span: Span) -> SpanDoc {
        let (start, end) = self.0[article].char_span(span);
        SpanDoc {
            end,
            start,
            text: analysis.articles[article].slice(span).to_string(),
        }
    }
}

/// The contract's view of one article, with id `a{n}` (`n` from 1).
pub fn article_document(article: &Article, n: usize) -> ArticleDoc {
    let id = ArticleId(n - 1);
    let chars = CharIndex::new(&article.text);
    let meta = &article.meta;
    ArticleDoc {
        source_file: article.origin.source.clone(),
        record_id: article.origin.record_id.clone(),
        format: article.origin.format,
        outlet: meta.outlet.clone(),
        outlet_as_written: meta.outlet_as_written.clone(),
        url: meta.url.clone(),
        title: meta.title.clone(),
        dek: meta.dek.clone(),
        author: meta.author.clone(),
        published: meta
            .published
            .map(|p| p.date.format("%Y-%m-%d").to_string()),
        language: meta.language.clone(),
        text: article.text.clone(),
        paragraphs: article
            .paragraphs
            .iter()
            .map(|p| {
                let (s, e) = chars.char_span(*p);
                [s, e]
            })
            .collect(),
        sentences: article
            .sentences
            .iter()
            .enumerate()
            .map(|(i, s)| {
                let (start, end) = chars.char_span(s.span);
                SentenceDoc {
                    id: SentenceId::new(id.0, i),
                    start,
                    end,
                    text: article.slice(s.span).to_string(),
                }
            })
            .collect(),
        id,
    }
}

/// `articles[]` of every document.
fn articles_json(analysis: &Analysis) -> Vec<ArticleDoc> {
    analysis
        .articles
        .iter()
        .enumerate()
        .map(|(i, a)| article_document(a, i + 1))
        .collect()
}

/// The `compare` document of an analysis.
pub fn compare_document(analysis: &Analysis) -> CompareDocument {
    let chars = Chars::of(analysis);
    CompareDocument {
        schema: COMPARE_SCHEMA,
        articles: articles_json(analysis),
        alignments: analysis
            .alignments
            .iter()
            .map(|al| AlignmentDoc {
                a: SentenceId::new(al.a, al.a_sentence),
                b: SentenceId::new(al.b, al.b_sentence),
                relation: al.relation.into(),
                score: round(al.score, 1000.0),
                asserted: al.asserted,
            })
            .collect(),
        only_in: analysis
            .only_in
            .iter()
            .enumerate()
            .map(|(k, sentences)| {
                (
                    ArticleId(k),
                    sentences.iter().map(|&i| SentenceId::new(k, i)).collect(),
                )
            })
            .collect(),
        derivation: analysis
            .derivation
            .edges
            .iter()
            .map(|d| derivation_doc(d, &chars))
            .collect(),
        shared_text: analysis
            .derivation
            .shared_text
            .iter()
            .map(|d| derivation_doc(d, &chars))
            .collect(),
        siblings: analysis
            .derivation
            .siblings
            .iter()
            .map(|s| SiblingDoc {
                a: ArticleId(s.a),
                b: ArticleId(s.b),
                common_source: ArticleId(s.common_source),
            })
            .collect(),
        quotes: quotes_json(analysis, &chars),
        attributions: attributions_json(analysis, &chars),
        claims: claims_json(analysis, &chars),
        framing: framing_json(analysis, &chars),
        entities: entities_json(analysis, &chars),
        timeline: timeline_json(analysis, &chars),
        sentence_model: analysis.sentence_model.clone(),
        sentence_model_use: analysis.sentence_model.as_ref().map(|_| {
            let u = &analysis.model_use;
            ModelUseDoc {
                open_pairs: u.open_pairs,
                judged_pairs: u.judged_pairs,
                sentences: u.sentences,
                failure: u.failure.as_ref().map(ToString::to_string),
                prefilter_failure: u.prefilter_failure.as_ref().map(ToString::to_string),
            }
        }),
        pairs_compared: analysis
            .pairs
            .as_ref()
            .filter(|p| !p.is_complete())
            .map(|p| {
                let n = analysis.articles.len();
                PairsComparedDoc {
                    compared: p.len(),
                    of: n * n.saturating_sub(1) / 2,
                    max_partners: p.max_partners(),
                }
            }),
        stages: StageId::ALL
            .iter()
            .map(|&s| StageDoc {
                name: s.name(),
                status: match s.status() {
                    StageStatus::Built => StageStatusDoc::Built,
                    StageStatus::NotBuilt => StageStatusDoc::NotBuilt,
                },
                fills: s.keys(),
            })
            .collect(),
    }
}

/// The id of quote `i` of article `k`: quotes are numbered across articles
/// in order.
fn quote_ids(analysis: &Analysis) -> Vec<Vec<QuoteId>> {
    let mut n = 0;
    analysis
        .quotes
        .iter()
        .map(|q| {
            q.quotes
                .iter()
                .map(|_| {
                    n += 1;
                    QuoteId(n - 1)
                })
                .collect()
        })
        .collect()
}

fn comparison_json(quote: QuoteId, c: &crosscheck_quotes::Comparison) -> QuoteVariantDoc {
    QuoteVariantDoc {
        changes: c
            .changes
            .iter()
            .map(|ch| ChangeDoc {
                a: ch.a.clone(),
                b: ch.b.clone(),
                kind: ch.kind.into(),
                material: ch.material,
                op: ch.op.into(),
            })
            .collect(),
        material: c.material,
        quote,
        verdict: c.verdict.into(),
    }
}

/// `quotes[]`: every direct quotation with its speaker, channel and its
/// renderings in the other articles.
fn derivation_doc(d: &crosscheck_pipeline::Derivation, chars: &Chars) -> DerivationDoc {
    DerivationDoc {
        combined_fraction: round(d.combined_fraction, 1000.0),
        confidence: round(d.confidence, 100.0),
        derived: ArticleId(d.derived),
        strength: d.strength.into(),
        evidence: d
            .evidence
            .iter()
            .map(|e| {
                let at = e.span.map(|s| chars.0[d.derived].char_span(s));
                EvidenceDoc {
                    detail: e.detail.clone(),
                    end: at.map(|(_, end)| end),
                    kind: e.kind.into(),
                    start: at.map(|(start, _)| start),
                }
            })
            .collect(),
        extent: d.extent.into(),
        shared_fraction: round(d.shared_fraction, 1000.0),
        source: ArticleId(d.source),
    }
}

fn framing_json(analysis: &Analysis, chars: &Chars) -> BTreeMap<ArticleId, FramingDoc> {
    if !analysis.has_run(StageId::Framing) {
        return BTreeMap::new();
    }
    analysis
        .framing
        .iter()
        .enumerate()
        .map(|(k, f)| {
            let loaded_words: &[crosscheck_pipeline::LoadedSentence] = match &f.loaded {
                Loaded::Found(found) => found,
                Loaded::NotMeasured(_) => &[],
            };
            let markers = |m: &[crosscheck_pipeline::Marker]| -> Vec<MarkerDoc> {
                m.iter()
                    .map(|m| {
                        let span = chars.span(analysis, k, m.span);
                        MarkerDoc {
                            sentence: SentenceId::new(k, m.sentence),
                            text: span.text,
                            start: span.start,
                            end: span.end,
                        }
                    })
                    .collect()
            };
            (
                ArticleId(k),
                FramingDoc {
                    hedges: markers(&f.hedges),
                    loaded: loaded_words
                        .iter()
                        .flat_map(|l| {
                            l.words.iter().map(|&(span, p)| {
                                let c = chars.span(analysis, k, span);
                                LoadedDoc {
                                    sentence: SentenceId::new(k, l.sentence),
                                    text: c.text,
                                    start: c.start,
                                    end: c.end,
                                    probability: round(p, 1000.0),
                                }
                            })
                        })
                        .collect(),
                    loaded_sentences: loaded_words
                        .iter()
                        .map(|l| LoadedSentenceDoc {
                            sentence: SentenceId::new(k, l.sentence),
                            probability: round(l.probability, 1000.0),
                            classifier: match l.classifier {
                                crosscheck_pipeline::Classifier::Logistic => {
                                    ClassifierDoc::Logistic
                                }
                                crosscheck_pipeline::Classifier::BiasHead => {
                                    ClassifierDoc::BiasHead
                                }
                            },
                        })
                        .collect(),
                    informational: Vec::new(),
                    certainty: markers(&f.certainty),
                    voices: f
                        .voices
                        .iter()
                        .map(|v| VoiceDoc {
                            source_type: v.source_type.as_str(),
                            attributions: v.attributions,
                            direct: v.direct,
                        })
                        .collect(),
                    adds: f
                        .adds
                        .iter()
                        .map(|a| AdditionDoc {
                            topic: a.topic.map(EntityId),
                            topic_name: a.topic.map(|e| analysis.entities[e].name.clone()),
                            sentences: a.sentences.iter().map(|&s| SentenceId::new(k, s)).collect(),
                        })
                        .collect(),
                    not_built: vec!["informational"],
                    not_measured: match &f.loaded {
                        Loaded::Found(_) => Vec::new(),
                        Loaded::NotMeasured(why) => vec![NotMeasuredDoc {
                            part: "loaded",
                            why: why.clone(),
                        }],
                    },
                },
            )
        })
        .collect()
}

fn claims_json(analysis: &Analysis, chars: &Chars) -> Vec<ClaimDoc> {
    let outlet = |k: usize| crate::outlet_plain(analysis, k);
    analysis
        .claims
        .iter()
        .enumerate()
        .map(|(n, c)| ClaimDoc {
            id: format!("c{}", n + 1),
            statements: c
                .statements
                .iter()
                .map(|&(k, i)| SentenceId::new(k, i))
                .collect(),
            outlets: c.articles.iter().map(|&k| outlet(k)).collect(),
            independent_sources: c.independent_sources(),
            origin: c.origin.clone(),
            caveats: c
                .caveats
                .iter()
                .map(|v| {
                    let a = &analysis.articles[v.article];
                    CaveatDoc {
                        article: ArticleId(v.article),
                        sentence: SentenceId::new(v.article, v.sentence),
                        text: a.slice(a.sentences[v.sentence].span).to_string(),
                        omitted_by: v.omitted_by.iter().map(|&k| ArticleId(k)).collect(),
                        omissions_assessed: v.omissions_assessed,
                        cue: chars.span(analysis, v.article, v.cue),
                        kind: v.kind.into(),
                    }
                })
                .collect(),
            articles: c.articles.iter().map(|&k| ArticleId(k)).collect(),
            sources: c
                .sources
                .iter()
                .map(|g| g.iter().map(|&k| ArticleId(k)).collect())
                .collect(),
            upstream: ArticleId(c.upstream),
            single_source: c.single_source(),
            why: c.why.clone(),
            conflicts: c
                .conflicts
                .iter()
                .map(|x| ConflictDoc {
                    kind: x.kind.as_str(),
                    a: SentenceId::new(x.a.0, x.a.1),
                    b: SentenceId::new(x.b.0, x.b.1),
                    a_says: x.sides.0.clone(),
                    b_says: x.sides.1.clone(),
                })
                .collect(),
        })
        .collect()
}

fn quotes_json(analysis: &Analysis, chars: &Chars) -> Vec<QuoteDoc> {
    let ids = quote_ids(analysis);
    let mut out = Vec::new();
    for (k, aq) in analysis.quotes.iter().enumerate() {
        for (i, q) in aq.quotes.iter().enumerate() {
            let span = chars.span(analysis, k, q.span);
            let variants = analysis
                .variants
                .iter()
                .filter_map(|v| {
                    if v.a == (k, i) {
                        Some(comparison_json(ids[v.b.0][v.b.1], &v.comparison))
                    } else if v.b == (k, i) {
                        Some(comparison_json(ids[v.a.0][v.a.1], &v.reverse))
                    } else {
                        None
                    }
                })
                .collect();
            out.push(QuoteDoc {
                article: ArticleId(k),
                continues: q.continues,
                end: span.end,
                id: ids[k][i],
                sentence: SentenceId::new(k, q.sentence),
                speaker: q.speaker.clone(),
                speaker_basis: q.basis.into(),
                speaker_entity: analysis
                    .speaker_entities
                    .get(k)
                    .and_then(|s| s.get(i).copied().flatten())
                    .map(EntityId),
                start: span.start,
                text: span.text,
                variants,
                via: q.via.clone(),
            });
        }
    }
    out
}

/// `attributions[]`: every attribution with source, cue and content spans,
/// in text order.
fn attributions_json(analysis: &Analysis, chars: &Chars) -> Vec<AttributionDoc> {
    let mut out = Vec::new();
    for (k, aq) in analysis.quotes.iter().enumerate() {
        let span = |s: Span| chars.span(analysis, k, s);
        let mut ordered: Vec<&crosscheck_quotes::Attribution> = aq.attributions.iter().collect();
        ordered.sort_by_key(|a| (a.sentence, a.cue.start));
        for a in ordered {
            out.push(AttributionDoc {
                article: ArticleId(k),
                aside: a.aside.map(span),
                chain: a.chain.clone(),
                content: span(a.content),
                content_parts: a.content_parts.iter().map(|&s| span(s)).collect(),
                cue: span(a.cue),
                direct: a.direct,
                method: if a.learned {
                    MethodDoc::Learned
                } else {
                    MethodDoc::Rules
                },
                sentence: SentenceId::new(k, a.sentence),
                source: a.source.map(span),
                source_type: a.source_type.into(),
                speaker: a.speaker.clone(),
                via: a.via.clone(),
            });
        }
    }
    out
}

/// `entities[]`: the story's named entities (`e1`, `e2`, … by first
/// mention), each with its canonical name, type, every way it is written,
/// and its mentions with offsets.
fn entities_json(analysis: &Analysis, chars: &Chars) -> Vec<EntityDoc> {
    analysis
        .entities
        .iter()
        .enumerate()
        .map(|(i, e)| EntityDoc {
            aliases: e.aliases.clone(),
            articles: e
                .mentions
                .iter()
                .map(|m| ArticleId(m.article))
                .collect::<std::collections::BTreeSet<_>>()
                .into_iter()
                .collect(),
            id: EntityId(i),
            mentions: e
                .mentions
                .iter()
                .map(|m| {
                    let span = chars.span(analysis, m.article, m.span);
                    MentionDoc {
                        article: ArticleId(m.article),
                        end: span.end,
                        sentence: SentenceId::new(m.article, m.sentence),
                        start: span.start,
                        text: span.text,
                    }
                })
                .collect(),
            name: e.name.clone(),
            kind: e.kind.into(),
            confidence: e.confidence.into(),
        })
        .collect()
}

/// `timeline[]`: the pipeline's timeline with offsets and ids.
fn timeline_json(analysis: &Analysis, chars: &Chars) -> Vec<TimelineDoc> {
    analysis
        .timeline
        .iter()
        .map(|t| {
            let k = t.article;
            match t.kind {
                TimelineKind::Statement {
                    expression,
                    sentence,
                } => {
                    let span = chars.span(analysis, k, analysis.times[k][expression].span);
                    TimelineDoc {
                        also_in: t.also_in.iter().map(|&o| ArticleId(o)).collect(),
                        article: ArticleId(k),
                        date: t.when.value(),
                        end: Some(span.end),
                        kind: TimelineKindDoc::Statement,
                        precision: t.when.precision.into(),
                        sentence: Some(SentenceId::new(k, sentence)),
                        start: Some(span.start),
                        text: span.text,
                    }
                }
                TimelineKind::Publication => TimelineDoc {
                    also_in: Vec::new(),
                    article: ArticleId(k),
                    date: t.when.value(),
                    end: None,
                    kind: TimelineKindDoc::Publication,
                    precision: t.when.precision.into(),
                    sentence: None,
                    start: None,
                    text: "published".to_string(),
                },
            }
        })
        .collect()
}

/// The `entities` command's document.
pub fn entities_document(analysis: &Analysis) -> EntitiesDocument {
    let chars = Chars::of(analysis);
    EntitiesDocument {
        articles: articles_json(analysis),
        entities: entities_json(analysis, &chars),
        timeline: timeline_json(analysis, &chars),
    }
}

/// The `quotes` command's document.
pub fn quotes_document(analysis: &Analysis) -> QuotesDocument {
    let chars = Chars::of(analysis);
    QuotesDocument {
        articles: articles_json(analysis),
        attributions: attributions_json(analysis, &chars),
        quotes: quotes_json(analysis, &chars),
    }
}

/// `extract --format json`: the articles as read.
#[derive(Debug, Clone, Serialize, PartialEq, JsonSchema)]
pub struct ExtractDocument {
    /// The articles.
    pub articles: Vec<ArticleDoc>,
}

/// `search --format json`: the articles that match a query, best first.
#[derive(Debug, Clone, Serialize, PartialEq, JsonSchema)]
pub struct SearchDocument {
    /// The query as given.
    pub query: String,
    /// The articles found.
    pub hits: Vec<SearchHit>,
    /// The claims found, of the stories whose analysis is stored (`stories
    /// --analyse`, `ingest --analyse`).
    pub claims: Vec<ClaimSearchHit>,
    /// The quotations found (their words, speaker or outlet), of the
    /// stories whose analysis is stored.
    pub quotes: Vec<QuoteSearchHit>,
    /// The entities found by any of their names, of the stories whose
    /// analysis is stored.
    pub entities: Vec<EntitySearchHit>,
}

/// One quotation `search` found.
#[derive(Debug, Clone, Serialize, PartialEq, JsonSchema)]
pub struct QuoteSearchHit {
    /// The story whose analysis holds it.
    pub story: i64,
    /// Its id in that analysis (`q1`).
    pub quote: String,
    /// How well it matches (BM25; comparable within one query).
    pub score: f32,
    /// The words quoted.
    pub text: String,
    /// Who said it, if the article says.
    pub speaker: Option<String>,
    /// The outlet of its article.
    pub outlet: Option<String>,
    /// The sentence where it starts in the analysis (`a2.s3`).
    pub sentence: String,
}

/// One entity `search` found.
#[derive(Debug, Clone, Serialize, PartialEq, JsonSchema)]
pub struct EntitySearchHit {
    /// The story whose analysis holds it.
    pub story: i64,
    /// Its id in that analysis (`e1`).
    pub entity: String,
    /// How well it matches (BM25; comparable within one query).
    pub score: f32,
    /// Its canonical name.
    pub name: String,
    /// Its type (`PERSON`, `ORG`, `GPE`, `LOC`, `MISC`).
    #[serde(rename = "type")]
    pub kind: String,
    /// Every way the story writes it.
    pub aliases: Vec<String>,
    /// How many of the story's articles name it.
    pub articles: usize,
    /// The sentence of its first mention in the analysis (`a1.s1`).
    pub sentence: Option<String>,
    /// Whether the report asserts it (`asserted`) or shows it as possible.
    pub confidence: EntityConfidenceDoc,
}

/// One claim `search` found.
#[derive(Debug, Clone, Serialize, PartialEq, JsonSchema)]
pub struct ClaimSearchHit {
    /// The story whose analysis holds it.
    pub story: i64,
    /// Its id in that analysis (`c1`).
    pub claim: String,
    /// How well it matches (BM25; comparable within one query).
    pub score: f32,
    /// The outlets that carry it.
    pub outlets: String,
    /// The text of its statements (each distinct one once, `…` between).
    pub text: String,
    /// Its first statement's sentence in the analysis (`a1.s4`).
    pub sentence: Option<String>,
}

/// One article `search` found.
#[derive(Debug, Clone, Serialize, PartialEq, JsonSchema)]
pub struct SearchHit {
    /// The article's id in the store.
    pub article: i64,
    /// The story it is in, if any.
    pub story: Option<i64>,
    /// How well it matches (BM25; comparable within one query).
    pub score: f32,
    /// Its outlet.
    pub outlet: Option<String>,
    /// Its publication date (`YYYY-MM-DD`).
    pub published: Option<String>,
    /// Its headline.
    pub title: Option<String>,
    /// The passage of its text that matches best.
    pub passage: String,
}

/// One line of `cluster --format jsonl`: an input and the story it is in.
#[derive(Debug, Clone, Serialize, PartialEq, Eq, JsonSchema)]
pub struct ClusterLine {
    /// The input's own id (a JSON record's `id`), else its place in the
    /// input (`a1`, `a2`, ...).
    pub id: String,
    /// Its story: `s1`, `s2`, ... in the order the stories were opened
    /// (after merges).
    pub story: String,
}

/// `reuse --format json`: the passages of the target reused from the source.
#[derive(Debug, Clone, Serialize, PartialEq, JsonSchema)]
pub struct ReuseDocument {
    /// The passages, in the target's order.
    pub passages: Vec<PassageDoc>,
}

/// One reused passage.
#[derive(Debug, Clone, Serialize, PartialEq, JsonSchema)]
pub struct PassageDoc {
    /// The share of the passage's words found in the source passage.
    pub coverage: f64,
    /// `verbatim` or `rewritten`.
    pub kind: &'static str,
    /// Where it is in the source (`char` offsets).
    pub source: OffsetsDoc,
    /// Where it is in the target (`char` offsets).
    pub target: OffsetsDoc,
    /// Words of the target passage.
    pub words: usize,
}

/// A `char` range.
#[derive(Debug, Clone, Copy, Serialize, PartialEq, JsonSchema)]
pub struct OffsetsDoc {
    /// One past the last `char`.
    pub end: usize,
    /// The first `char`.
    pub start: usize,
}

/// `stories --format json`: what the store holds, story by story.
#[derive(Debug, Clone, Serialize, PartialEq, JsonSchema)]
pub struct StoriesDocument {
    /// How articles were grouped into stories (stories stored before
    /// clustering was built are one article each, `method` `singleton`).
    pub clustering: &'static str,
    /// What a reader should know about the grouping.
    pub note: &'static str,
    /// `crosscheck.stories/1`.
    pub schema: &'static str,
    /// The stories.
    pub stories: Vec<StoryDoc>,
}

/// The schema name of the `stories` document.
pub const STORIES_SCHEMA: &str = "crosscheck.stories/1";

/// One stored story.
#[derive(Debug, Clone, Serialize, PartialEq, JsonSchema)]
pub struct StoryDoc {
    /// Its articles.
    pub articles: Vec<StoredArticleDoc>,
    /// The story's id in the store.
    pub id: i64,
    /// How it was formed (`singleton`).
    pub method: &'static str,
}

/// A stored article, as the story list shows it.
#[derive(Debug, Clone, Serialize, PartialEq, JsonSchema)]
pub struct StoredArticleDoc {
    /// The article's id in the store.
    pub id: i64,
    /// Outlet.
    pub outlet: Option<String>,
    /// `YYYY-MM-DD`.
    pub published: Option<String>,
    /// Where it came from.
    pub source_file: String,
    /// Headline.
    pub title: Option<String>,
}
