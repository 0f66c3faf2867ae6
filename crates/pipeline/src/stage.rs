//! The stage registry: every analysis stage, what it answers, which
//! document keys it fills, what it reads and whether it is built.
//!
//! Every property is an exhaustive `match` on [`StageId`], so a new stage
//! does not compile until each property — and every report that matches on
//! the stages — says what it does with it.

/// Whether a stage runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StageStatus {
    /// Runs on every story.
    Built,
    /// Not built yet: its output is empty because nothing looked, not because
    /// nothing was found.
    NotBuilt,
}

/// One analysis stage.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum StageId {
    /// People, organisations and places, aliases grouped across articles.
    Entities,
    /// Sentence alignment and what only one article has.
    Alignment,
    /// Who derives from whom.
    Derivation,
    /// Direct quotations, their speakers, and the same quotation compared
    /// across articles.
    Quotes,
    /// Attributions: source, cue, content, chain.
    Attribution,
    /// Time expressions and the story's timeline.
    Time,
    /// Claims with independent sources, dropped caveats.
    Corroboration,
    /// Hedges, loaded language, voices.
    Framing,
}

impl StageId {
    /// Every stage, in the order they run: a stage runs after every stage it
    /// reads ([`StageId::reads`]).
    pub const ALL: [StageId; 8] = [
        StageId::Entities,
        StageId::Alignment,
        StageId::Derivation,
        StageId::Quotes,
        StageId::Attribution,
        StageId::Time,
        StageId::Corroboration,
        StageId::Framing,
    ];

    /// Short name (`alignment`), as reports and the JSON `stages` list give it.
    pub const fn name(self) -> &'static str {
        match self {
            StageId::Entities => "entities",
            StageId::Alignment => "alignment",
            StageId::Derivation => "derivation",
            StageId::Quotes => "quotes",
            StageId::Attribution => "attribution",
            StageId::Time => "time",
            StageId::Corroboration => "corroboration",
            StageId::Framing => "framing",
        }
    }

    /// The question it answers, as a report heading.
    pub const fn question(self) -> &'static str {
        match self {
            StageId::Entities => {
                "People, organisations and places, with aliases resolved across outlets"
            }
            StageId::Alignment => {
                "Which passages of one article correspond to which of another, and what only one has"
            }
            StageId::Derivation => "Who copied or rewrote whom",
            StageId::Quotes => {
                "Every quotation, its speaker and channel, and how outlets quote it differently"
            }
            StageId::Attribution => "What each statement rests on",
            StageId::Time => "A timeline from the time expressions of every article",
            StageId::Corroboration => {
                "Which claims have how many independent sources, and which caveats were dropped"
            }
            StageId::Framing => "Hedges, loaded language and whose voice each outlet carries",
        }
    }

    /// The keys of the `compare` JSON document it fills.
    pub const fn keys(self) -> &'static [&'static str] {
        match self {
            StageId::Entities => &["entities"],
            StageId::Alignment => &["alignments", "only_in"],
            StageId::Derivation => &["derivation", "siblings"],
            StageId::Quotes => &["quotes"],
            StageId::Attribution => &["attributions"],
            StageId::Time => &["timeline"],
            StageId::Corroboration => &["claims"],
            StageId::Framing => &["framing"],
        }
    }

    /// Whether it is built.
    pub const fn status(self) -> StageStatus {
        match self {
            StageId::Entities
            | StageId::Alignment
            | StageId::Derivation
            | StageId::Quotes
            | StageId::Attribution
            | StageId::Time
            | StageId::Corroboration
            | StageId::Framing => StageStatus::Built,
        }
    }

    /// The stages whose results it needs (each runs before it, and runs
    /// whenever it runs). Results two stages give together when both ran —
    /// a quotation's speaker entity, a dated statement's `also_in` — are
    /// joins, not reads: see [`crate::Analysis`].
    pub const fn reads(self) -> &'static [StageId] {
        match self {
            StageId::Entities => &[],
            // Sentences naming different actors are not paraphrases.
            StageId::Alignment => &[StageId::Entities],
            StageId::Derivation => &[StageId::Alignment],
            StageId::Quotes => &[],
            StageId::Attribution => &[],
            StageId::Time => &[],
            StageId::Corroboration => &[
                StageId::Alignment,
                StageId::Derivation,
                StageId::Quotes,
                StageId::Attribution,
            ],
            // What each outlet adds: its only-in sentences by entity.
            StageId::Framing => &[
                StageId::Entities,
                StageId::Alignment,
                StageId::Quotes,
                StageId::Attribution,
            ],
        }
    }
}

impl std::fmt::Display for StageId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_stage_runs_after_what_it_reads() {
        for (i, stage) in StageId::ALL.iter().enumerate() {
            for read in stage.reads() {
                let at = StageId::ALL.iter().position(|s| s == read).unwrap();
                assert!(at < i, "{stage} reads {read}, which runs after it");
            }
        }
    }

    #[test]
    fn every_stage_is_listed_once_and_fills_its_own_keys() {
        let mut seen = std::collections::BTreeSet::new();
        let mut keys = std::collections::BTreeSet::new();
        for stage in StageId::ALL {
            assert!(seen.insert(stage), "{stage} listed twice");
            for key in stage.keys() {
                assert!(keys.insert(*key), "{key} filled by two stages");
            }
        }
    }

    #[test]
    fn a_built_stage_reads_only_built_stages() {
        for stage in StageId::ALL {
            if stage.status() == StageStatus::Built {
                for read in stage.reads() {
                    assert_eq!(read.status(), StageStatus::Built, "{stage} reads {read}");
                }
            }
        }
    }
}
