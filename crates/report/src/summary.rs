//! The answers a report leads with: the story in a few lines, who derives
//! from whom (in the words the evidence supports), the claims several
//! outlets carry with their independent sources, the caveats one outlet
//! carries and another leaves out, quotations changed in meaning, and
//! conflicts. The terminal, Markdown and HTML reports render the same
//! [`Summary`]; each finding names the sentences it rests on.

use crosscheck_pipeline::{Analysis, StageId};
use crosscheck_quotes::ChangeOp;

use crate::ids::{ArticleId, SentenceId};

/// One finding of the summary: a sentence a person reads, and the
/// sentences of the articles it rests on (each shown whole after it).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    /// What the report says.
    pub text: String,
    /// The evidence: sentence ids with their text.
    pub evidence: Vec<(SentenceId, String)>,
    /// Passages of two articles it rests on as well (a derived article's
    /// sentence and its source's), given by their ids: the report links
    /// them rather than showing them whole.
    pub passages: Vec<(SentenceId, SentenceId)>,
}

/// The most passages a finding lists (the rest are in the alignment's
/// detail).
const MAX_PASSAGES: usize = 12;

/// One part of the summary.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Part {
    /// Its heading.
    pub heading: &'static str,
    /// Its findings; empty when nothing was found.
    pub findings: Vec<Finding>,
    /// What to say when there are none (nothing found, or why nothing
    /// was looked for).
    pub none: String,
}

/// The summary of a story.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Summary {
    /// The story in up to three lines.
    pub story: Vec<String>,
    /// Derivation, claims, caveats left out, quotations changed,
    /// conflicts: in that order.
    pub parts: Vec<Part>,
}

/// The most claims the summary lists (the most widely carried first); the
/// rest are in the detail.
const MAX_CLAIMS: usize = 8;

/// The summary of an analysis.
pub fn summary(analysis: &Analysis) -> Summary {
    let names = crate::outlet_names(analysis);
    let said = |k: usize, i: usize| {
        let a = &analysis.articles[k];
        (
            SentenceId::new(k, i),
            a.slice(a.sentences[i].span).to_string(),
        )
    };
    let none = |stage: StageId, found: &str| {
        if analysis.has_run(stage) {
            found.to_string()
        } else {
            format!("not looked for: the {} stage did not run", stage.name())
        }
    };
    Summary {
        story: story(analysis, &names),
        parts: vec![
            Part {
                heading: "Who derives from whom",
                findings: derivation(analysis, &names, &said),
                none: none(
                    StageId::Derivation,
                    "no article derives from another, and none shares text with another",
                ),
            },
            Part {
                heading: "Claims several outlets carry",
                findings: claims(analysis, &names, &said),
                none: none(
                    StageId::Corroboration,
                    "no claim is carried by more than one article",
                ),
            },
            Part {
                heading: "Caveats left out",
                findings: caveats(analysis, &names, &said),
                none: none(
                    StageId::Corroboration,
                    "no article leaves out a caveat another carries on the same claim",
                ),
            },
            Part {
                heading: "Quotations changed in meaning",
                findings: quotations(analysis, &names),
                none: none(
                    StageId::Quotes,
                    "no quotation is rendered with a change of meaning",
                ),
            },
            Part {
                heading: "Conflicts",
                findings: conflicts(analysis, &said),
                none: none(StageId::Corroboration, "no aligned statements disagree"),
            },
        ],
    }
}

/// Passage pairs as a reader reads them: `a2.s1 ⇐ a1.s3, …` (the derived
/// article's sentence, then its source's).
pub(crate) fn pairs(passages: &[(SentenceId, SentenceId)]) -> String {
    passages
        .iter()
        .map(|(mine, theirs)| format!("{mine} ⇐ {theirs}"))
        .collect::<Vec<_>>()
        .join(", ")
}

pub(crate) fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

fn story(analysis: &Analysis, names: &[String]) -> Vec<String> {
    let n = analysis.articles.len();
    // Each outlet once (its plain name), with how many of the articles
    // are its.
    let mut outlets: Vec<(String, usize)> = Vec::new();
    for k in 0..n {
        let name = crate::outlet_plain(analysis, k);
        match outlets.iter_mut().find(|(o, _)| *o == name) {
            Some((_, c)) => *c += 1,
            None => outlets.push((name, 1)),
        }
    }
    let outlets: Vec<String> = outlets
        .into_iter()
        .map(|(o, c)| if c == 1 { o } else { format!("{o} ×{c}") })
        .collect();
    let dates: Vec<_> = analysis
        .articles
        .iter()
        .filter_map(|a| a.meta.published.map(|p| p.date))
        .collect();
    let span = match (dates.iter().min(), dates.iter().max()) {
        (Some(a), Some(b)) if a == b => format!(", {}", a.format("%Y-%m-%d")),
        (Some(a), Some(b)) => format!(", {} to {}", a.format("%Y-%m-%d"), b.format("%Y-%m-%d")),
        _ => String::new(),
    };
    let mut lines = vec![format!(
        "{}{span}: {}",
        plural(n, "article", "articles"),
        outlets.join(", ")
    )];
    // The earliest article's headline.
    let first = (0..n)
        .filter(|&k| analysis.articles[k].meta.title.is_some())
        .min_by_key(|&k| {
            let p = analysis.articles[k].meta.published.map(|p| p.date);
            (p.is_none(), p, k)
        });
    if let Some(k) = first {
        let a = &analysis.articles[k];
        lines.push(format!(
            "First: {} — “{}”",
            names[k],
            a.meta.title.as_deref().unwrap_or_default()
        ));
    }
    if analysis.has_run(StageId::Corroboration) {
        let shared = analysis.claims.iter().filter(|c| c.articles.len() > 1);
        let single = shared.clone().filter(|c| c.single_source()).count();
        let own = analysis
            .claims
            .iter()
            .filter(|c| c.articles.len() == 1)
            .count();
        lines.push(format!(
            "{} carried by more than one outlet ({} on a single source); {} carried by one outlet only",
            plural(shared.count(), "claim", "claims"),
            single,
            plural(own, "statement", "statements"),
        ));
    }
    lines
}

fn derivation(
    analysis: &Analysis,
    names: &[String],
    said: &dyn Fn(usize, usize) -> (SentenceId, String),
) -> Vec<Finding> {
    let g = &analysis.derivation;
    // One finding per derived article, strength and source outlet: a paper
    // built on several copies of one agency reads as one line.
    type Key<'a> = (usize, &'a str, String);
    let mut groups: Vec<(Key, Vec<&crosscheck_pipeline::Derivation>)> = Vec::new();
    for d in g.edges.iter().chain(&g.shared_text) {
        let key = (
            d.derived,
            d.strength.wording(),
            crate::outlet_plain(analysis, d.source),
        );
        match groups.iter_mut().find(|(k, _)| *k == key) {
            Some((_, v)) => v.push(d),
            None => groups.push((key, vec![d])),
        }
    }
    let extent = |d: &crosscheck_pipeline::Derivation| match d.extent.as_str() {
        "partial" => "in part",
        other => other,
    };
    let mut out: Vec<Finding> = groups
        .into_iter()
        .map(|((derived, wording, source), ds)| {
            let credits = ds.iter().any(|d| {
                d.evidence
                    .iter()
                    .any(|e| e.kind.as_str() == "explicit_citation")
            });
            let credit = if credits { "; it credits it" } else { "" };
            let text = if let [d] = ds.as_slice() {
                format!(
                    "{} {wording} {}: {} ({:.0}% of its text found there{credit}; confidence {:.2})",
                    names[derived],
                    names[d.source],
                    extent(d),
                    d.shared_fraction * 100.0,
                    d.confidence
                )
            } else {
                let each: Vec<String> = ds
                    .iter()
                    .map(|d| format!("{} {:.0}%", ArticleId(d.source), d.shared_fraction * 100.0))
                    .collect();
                format!(
                    "{} {wording} {source} ({} of its copies{credit}; the share of its text found in each): {}",
                    names[derived],
                    ds.len(),
                    each.join(", ")
                )
            };
            // The sentences of the derived article its evidence points
            // at (the citation of the source), each once.
            let a = &analysis.articles[derived];
            let mut at: Vec<usize> = ds
                .iter()
                .flat_map(|d| d.evidence.iter().filter_map(|e| e.span))
                .filter_map(|span| {
                    a.sentences
                        .iter()
                        .position(|s| s.span.start <= span.start && span.start < s.span.end)
                })
                .collect();
            at.sort_unstable();
            at.dedup();
            // The passages it shares with the source: the aligned sentence
            // pairs the report asserts, in the derived article's order.
            let mut passages: Vec<(SentenceId, SentenceId)> = analysis
                .alignments
                .iter()
                .filter(|p| p.asserted)
                .filter_map(|p| {
                    let mine = (p.a == derived).then_some((p.a_sentence, p.b, p.b_sentence));
                    let theirs = (p.b == derived).then_some((p.b_sentence, p.a, p.a_sentence));
                    mine.or(theirs)
                })
                .filter(|(_, k, _)| ds.iter().any(|d| d.source == *k))
                .map(|(i, k, j)| (SentenceId::new(derived, i), SentenceId::new(k, j)))
                .collect();
            passages.sort_unstable();
            passages.truncate(MAX_PASSAGES);
            Finding {
                text,
                evidence: at.into_iter().map(|i| said(derived, i)).collect(),
                passages,
            }
        })
        .collect();
    out.extend(g.siblings.iter().map(|s| Finding {
        text: format!(
            "{} and {} both derive from {}",
            names[s.a], names[s.b], names[s.common_source]
        ),
        evidence: Vec::new(),
        passages: Vec::new(),
    }));
    out
}

fn claims(
    analysis: &Analysis,
    names: &[String],
    said: &dyn Fn(usize, usize) -> (SentenceId, String),
) -> Vec<Finding> {
    let mut shared: Vec<(usize, &crosscheck_pipeline::Claim)> = analysis
        .claims
        .iter()
        .enumerate()
        .filter(|(_, c)| c.articles.len() > 1)
        .collect();
    shared.sort_by_key(|(n, c)| (std::cmp::Reverse(c.articles.len()), *n));
    shared
        .into_iter()
        .take(MAX_CLAIMS)
        .map(|(n, c)| {
            let outlets: Vec<&str> = c.articles.iter().map(|&k| names[k].as_str()).collect();
            let count = c.independent_sources();
            let first = c.statements[0];
            Finding {
                text: format!(
                    "c{} · {} · {}{}. {}",
                    n + 1,
                    outlets.join(", "),
                    plural(count, "independent source", "independent sources"),
                    if c.single_source() {
                        " — rests on a single source"
                    } else {
                        ""
                    },
                    c.why
                ),
                evidence: vec![said(first.0, first.1)],
                passages: Vec::new(),
            }
        })
        .collect()
}

fn caveats(
    analysis: &Analysis,
    names: &[String],
    said: &dyn Fn(usize, usize) -> (SentenceId, String),
) -> Vec<Finding> {
    let mut seen: Vec<(usize, usize, Vec<usize>)> = Vec::new();
    let mut out = Vec::new();
    for c in &analysis.claims {
        for v in c.caveats.iter().filter(|v| !v.omitted_by.is_empty()) {
            let key = (v.article, v.sentence, v.omitted_by.clone());
            if seen.contains(&key) {
                continue;
            }
            seen.push(key);
            let by: Vec<&str> = v.omitted_by.iter().map(|&k| names[k].as_str()).collect();
            out.push(Finding {
                text: format!(
                    "{} {} out {}’s caveat ({}) “{}”",
                    by.join(", "),
                    if by.len() == 1 { "leaves" } else { "leave" },
                    names[v.article],
                    v.kind.as_str(),
                    analysis.articles[v.article].slice(v.cue)
                ),
                evidence: vec![said(v.article, v.sentence)],
                passages: Vec::new(),
            });
        }
    }
    out
}

fn quotations(analysis: &Analysis, names: &[String]) -> Vec<Finding> {
    analysis
        .variants
        .iter()
        .filter(|v| v.comparison.material)
        .map(|v| {
            let quote = |(k, i): (usize, usize)| {
                let q = &analysis.quotes[k].quotes[i];
                (
                    SentenceId::new(k, q.sentence),
                    format!("“{}”", analysis.articles[k].slice(q.span)),
                )
            };
            let q = &analysis.quotes[v.a.0].quotes[v.a.1];
            let changes: Vec<String> = v
                .comparison
                .changes
                .iter()
                .filter(|ch| ch.material)
                .map(|ch| {
                    let kind = ch.kind.as_str().replace('_', " ");
                    match ch.op {
                        ChangeOp::Delete => format!("{kind} “{}”", ch.a),
                        ChangeOp::Insert => format!("{kind} “{}”", ch.b),
                        ChangeOp::Replace => format!("{kind} “{}” → “{}”", ch.a, ch.b),
                    }
                })
                .collect();
            Finding {
                text: format!(
                    "{} quotes {} differently from {}: {}",
                    names[v.b.0],
                    q.speaker.as_deref().unwrap_or("a speaker it does not name"),
                    names[v.a.0],
                    changes.join("; ")
                ),
                evidence: vec![quote(v.a), quote(v.b)],
                passages: Vec::new(),
            }
        })
        .collect()
}

fn conflicts(
    analysis: &Analysis,
    said: &dyn Fn(usize, usize) -> (SentenceId, String),
) -> Vec<Finding> {
    analysis
        .claims
        .iter()
        .flat_map(|c| &c.conflicts)
        .map(|x| Finding {
            text: format!(
                "{}: “{}” against “{}”",
                x.kind.as_str(),
                x.sides.0,
                x.sides.1
            ),
            evidence: vec![said(x.a.0, x.a.1), said(x.b.0, x.b.1)],
            passages: Vec::new(),
        })
        .collect()
}

/// What the framing's "adds" lists are, for a reader: every human report
/// prints it beside them.
pub(crate) const ADDS_NOTE: &str = "Adds: sentences no other article pairs, none of whose \
     words (weighed by their rarity in the story) another article's sentence shares a tenth or \
     more of. A sentence another article may say in other words is not shown here: these are \
     about 9 in 10 right and about 4 in 10 of the sentences only one article has (measured on \
     30 hand-judged stories).";

/// What a loaded-language flag is worth, for a reader: every human report
/// that shows loaded language prints it. The figures are measured (BABE,
/// 5-fold cross-validation; BASIL, spans outside quotations, since the
/// stage never shows a speaker's words as the outlet's).
pub(crate) const LOADED_NOTE: &str = "Loaded language: words in sentences a classifier trained \
     on expert labels (BABE) flags. A lead for a reader, not a verdict: on BABE's own sentences \
     (half of them biased) about 3 in 4 flagged sentences are ones the experts call biased, but \
     on whole news articles (BASIL) only about 1 in 14 is a sentence whose annotators mark the \
     outlet's own word choice as biased.";

/// [`LOADED_NOTE`] when the fine-tuned bias head judged the sentences
/// (`compare --bias-head`), with what it is worth: BABE's held-out fold
/// (precision 0.821 as the pipeline runs it), BASIL (0.078 against spans
/// outside quotations).
pub(crate) const LOADED_HEAD_NOTE: &str = "Loaded language: words in sentences that the sentence \
     model fine-tuned on expert labels (BABE) judges biased, among those a lighter classifier \
     flags. A lead for a reader, not a verdict: on BABE's own sentences (half of them biased, \
     a part it was not trained on) about 4 in 5 flagged sentences are ones the experts call \
     biased, but on whole news articles (BASIL) only about 1 in 13 is a sentence whose \
     annotators mark the outlet's own word choice as biased.";

/// The note on loaded language that fits how it was judged; `None` when it
/// was not measured.
pub(crate) fn loaded_note(analysis: &Analysis) -> Option<&'static str> {
    let by = analysis.framing.iter().find_map(|f| match f.loaded {
        crosscheck_pipeline::Loaded::Found(_) => f.loaded_by,
        crosscheck_pipeline::Loaded::NotMeasured(_) => None,
    })?;
    Some(match by {
        crosscheck_pipeline::Classifier::Logistic => LOADED_NOTE,
        crosscheck_pipeline::Classifier::BiasHead => LOADED_HEAD_NOTE,
    })
}

/// What article `k` adds that the others lack, by topic: the topic's name
/// ("other matters" for sentences naming none) and the sentences.
pub(crate) fn additions(analysis: &Analysis, k: usize) -> Vec<(&str, Vec<SentenceId>)> {
    analysis.framing[k]
        .adds
        .iter()
        .map(|a| {
            let topic = a
                .topic
                .map_or("other matters", |e| analysis.entities[e].name.as_str());
            let ids = a.sentences.iter().map(|&s| SentenceId::new(k, s)).collect();
            (topic, ids)
        })
        .collect()
}
