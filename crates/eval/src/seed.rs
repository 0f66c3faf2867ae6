//! The seed pair against its hand-made gold (`testdata/seed-pair.gold.json`).
//!
//! Gold sentences are named by a distinctive substring, so any segmentation
//! that keeps the sentence whole can be scored.

use std::path::Path;

use crosscheck_model::Article;
use crosscheck_pipeline::Analysis;
use serde_json::Value;

use crate::EvalError;

/// The seed articles (A, B) read and analysed, with the gold.
pub struct Seed {
    /// The gold file.
    pub gold: Value,
    /// The analysis of A and B, in that order.
    pub analysis: Analysis,
}

/// Read the gold and the two example articles from the repository root.
pub fn load(
    root: &Path,
    encoder: Option<&dyn crosscheck_pipeline::SentenceEncoder>,
) -> Result<Seed, EvalError> {
    load_with(root, encoder, &crosscheck_pipeline::Settings::default())
}

/// [`load`] with the pipeline's settings given.
pub fn load_with(
    root: &Path,
    encoder: Option<&dyn crosscheck_pipeline::SentenceEncoder>,
    settings: &crosscheck_pipeline::Settings,
) -> Result<Seed, EvalError> {
    let gold = crate::read_json(&root.join("testdata/seed-pair.gold.json"))?;
    let mut articles = Vec::new();
    for key in ["A", "B"] {
        let file = root
            .join("examples")
            .join(gold["articles"][key]["file"].as_str().unwrap_or_default());
        crosscheck_ingest::read_inputs(
            &[file.display().to_string()],
            &Default::default(),
            &mut |item| {
                if let Ok(a) = item {
                    articles.push(a);
                }
            },
        );
    }
    if articles.len() != 2 {
        return Err(EvalError::Read {
            path: root.join("examples").display().to_string(),
            reason: "the two seed articles could not be read".into(),
        });
    }
    Ok(Seed {
        gold,
        analysis: crosscheck_pipeline::analyse_with(articles, encoder, settings),
    })
}

/// The index of the sentence of `article` that contains `needle`.
pub fn sentence_with(article: &Article, needle: &str) -> Option<usize> {
    article
        .sentences
        .iter()
        .position(|s| article.slice(s.span).contains(needle))
}

/// Alignment against the gold.
#[derive(Debug, Clone, PartialEq)]
pub struct AlignmentReport {
    /// Gold alignments found (any relation).
    pub found: usize,
    /// Gold alignments.
    pub gold: usize,
    /// Gold alignments found with the gold relation.
    pub same_relation: usize,
    /// Alignments predicted across the two articles.
    pub predicted: usize,
    /// Gold `only_in` strings whose sentence is in the predicted `only_in`.
    pub only_in_found: usize,
    /// Gold `only_in` strings.
    pub only_in_gold: usize,
    /// Gold alignments that were missed, as (A substring, B substring).
    pub missed: Vec<(String, String)>,
}

/// Score the alignment stage on the seed pair.
pub fn alignment(seed: &Seed) -> AlignmentReport {
    let (a, b) = (&seed.analysis.articles[0], &seed.analysis.articles[1]);
    let gold = seed.gold["alignments"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    let mut report = AlignmentReport {
        found: 0,
        gold: gold.len(),
        same_relation: 0,
        predicted: seed.analysis.alignments.len(),
        only_in_found: 0,
        only_in_gold: 0,
        missed: Vec::new(),
    };
    for g in &gold {
        let (ga, gb) = (g["A"].as_str().unwrap_or(""), g["B"].as_str().unwrap_or(""));
        let (Some(i), Some(j)) = (sentence_with(a, ga), sentence_with(b, gb)) else {
            report.missed.push((ga.into(), gb.into()));
            continue;
        };
        match seed
            .analysis
            .alignments
            .iter()
            .find(|al| al.a_sentence == i && al.b_sentence == j)
        {
            Some(al) => {
                report.found += 1;
                report.same_relation +=
                    usize::from(Some(al.relation.as_str()) == g["relation"].as_str());
            }
            None => report.missed.push((ga.into(), gb.into())),
        }
    }
    for (k, key) in ["A", "B"].iter().enumerate() {
        let article = &seed.analysis.articles[k];
        for s in seed.gold["only_in"][key].as_array().into_iter().flatten() {
            report.only_in_gold += 1;
            let hit = s
                .as_str()
                .and_then(|s| sentence_with(article, s))
                .is_some_and(|i| seed.analysis.only_in[k].contains(&i));
            report.only_in_found += usize::from(hit);
        }
    }
    report
}

/// The quotes and attributions of the seed pair against the gold.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct QuoteScore {
    /// Gold quotations (one per article that carries it).
    pub quotes_gold: usize,
    /// Gold quotations of fewer words than a quotation has (not scored).
    pub short_gold: usize,
    /// Found (a quotation of that article holding the gold words).
    pub quotes_found: usize,
    /// Of those, with the gold speaker.
    pub speaker_right: usize,
    /// Gold channels (`via`) and how many were found.
    pub via_gold: usize,
    /// Channels right.
    pub via_right: usize,
    /// Gold cross-outlet verdicts and how many were right.
    pub verdicts_gold: usize,
    /// Verdicts right.
    pub verdicts_right: usize,
    /// The "perceived" alteration: reported altered, material, hedge removed.
    pub hedge_removal_found: bool,
    /// Quoted names reported as speech (should be none).
    pub names_as_speech: usize,
    /// Speech quotations predicted in all.
    pub quotes_predicted: usize,
    /// Gold attributions, found (source and cue inside the gold passage),
    /// with the gold chain, with the gold source type.
    pub attributions: (usize, usize, usize, usize),
}

fn folded(s: &str) -> String {
    s.chars()
        .map(crosscheck_text::fold_char)
        .flat_map(char::to_lowercase)
        .filter(|c| c.is_alphanumeric())
        .collect()
}

/// Score quotes, speakers, channels, verdicts and attributions.
pub fn quotes(seed: &Seed) -> QuoteScore {
    let a = &seed.analysis;
    let mut s = QuoteScore {
        quotes_predicted: a.quotes.iter().map(|q| q.quotes.len()).sum(),
        ..QuoteScore::default()
    };
    let index = |key: &str| usize::from(key == "B");
    for g in seed.gold["quotes"].as_array().into_iter().flatten() {
        let speaker = folded(g["speaker"].as_str().unwrap_or_default());
        let mut found_in: Vec<(usize, usize)> = Vec::new();
        for key in g["in"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
        {
            let k = index(key);
            let words = folded(g[key].as_str().unwrap_or_default());
            // The audit's definitions, which the report is judged by, make
            // one or two quoted words a term, not a quotation (the seed
            // gold predates them and lists “terrorist threat”).
            let written = g[key]
                .as_str()
                .unwrap_or_default()
                .split_whitespace()
                .count();
            if written < crosscheck_quotes::MIN_QUOTE_WORDS {
                s.short_gold += 1;
                continue;
            }
            s.quotes_gold += 1;
            let article = &a.articles[k];
            let Some((i, q)) = a.quotes[k].quotes.iter().enumerate().find(|(_, q)| {
                let ours = folded(article.slice(q.span));
                !ours.is_empty() && (ours.contains(&words) || words.contains(&ours))
            }) else {
                continue;
            };
            s.quotes_found += 1;
            found_in.push((k, i));
            if q.speaker.as_deref().map(folded).as_deref() == Some(speaker.as_str()) {
                s.speaker_right += 1;
            }
            if let Some(via) = g["via"].as_str() {
                s.via_gold += 1;
                if q.via.as_deref().map(folded) == Some(folded(via)) {
                    s.via_right += 1;
                }
            }
        }
        if let (Some(verdict), [(ka, ia), (kb, ib)]) = (g["verdict"].as_str(), found_in.as_slice())
        {
            s.verdicts_gold += 1;
            if let Some(v) = a
                .variants
                .iter()
                .find(|v| v.a == (*ka, *ia) && v.b == (*kb, *ib))
            {
                if v.comparison.verdict.as_str() == verdict {
                    s.verdicts_right += 1;
                }
                if verdict == "altered"
                    && v.comparison.material
                    && v.comparison.changes.iter().any(|c| {
                        c.kind == crosscheck_quotes::ChangeKind::HedgeRemoved && c.a == "perceived"
                    })
                {
                    s.hedge_removal_found = true;
                }
            }
        }
    }
    for name in seed.gold["not_speech_quotes"]
        .as_array()
        .into_iter()
        .flatten()
    {
        let name = folded(name.as_str().unwrap_or_default());
        s.names_as_speech += a
            .quotes
            .iter()
            .enumerate()
            .flat_map(|(k, qs)| qs.quotes.iter().map(move |q| (k, q)))
            .filter(|(k, q)| folded(a.articles[*k].slice(q.span)).contains(&name))
            .count();
    }
    for g in seed.gold["attributions"].as_array().into_iter().flatten() {
        let k = index(g["article"].as_str().unwrap_or_default());
        let passage = g["sentence"].as_str().unwrap_or_default();
        let article = &a.articles[k];
        let Some(at) = article.text.find(passage) else {
            s.attributions.0 += 1;
            continue;
        };
        let region = crosscheck_model::Span::new(at, at + passage.len());
        s.attributions.0 += 1;
        let chain: Vec<String> = g["chain"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
            .map(folded)
            .collect();
        let candidates: Vec<&crosscheck_quotes::Attribution> = a.quotes[k]
            .attributions
            .iter()
            .filter(|x| {
                let touches =
                    |s: crosscheck_model::Span| s.start < region.end && region.start < s.end;
                x.source.is_some_and(touches) || touches(x.cue) || x.aside.is_some_and(touches)
            })
            .collect();
        if candidates.is_empty() {
            continue;
        }
        s.attributions.1 += 1;
        if candidates
            .iter()
            .any(|x| x.chain.iter().map(|c| folded(c)).collect::<Vec<_>>() == chain)
        {
            s.attributions.2 += 1;
        }
        if candidates
            .iter()
            .any(|x| Some(x.source_type.as_str()) == g["source_type"].as_str())
        {
            s.attributions.3 += 1;
        }
    }
    s
}

/// The entities and alias groups of the gold.
pub fn entities(seed: &Seed) -> crate::entities::EntityScore {
    crate::entities::score(
        &seed.analysis.articles,
        &seed.analysis.entities,
        &crate::entities::gold_groups(&seed.gold["entities"]),
    )
}

/// The timeline entries of the gold found: (gold dated statements, found
/// with the gold value in every gold article).
pub fn timeline(seed: &Seed) -> (usize, usize) {
    let a = &seed.analysis;
    let (mut gold, mut found) = (0, 0);
    for g in seed.gold["timeline"].as_array().into_iter().flatten() {
        let Some(date) = g["date"].as_str() else {
            continue;
        };
        let Some(inside) = g["in"].as_array() else {
            continue;
        };
        gold += 1;
        let all = inside.iter().filter_map(Value::as_str).all(|key| {
            let k = usize::from(key == "B");
            a.times[k].iter().any(|t| t.when.value() == date)
        });
        found += usize::from(all);
    }
    (gold, found)
}

/// Claims and caveats on the seed pair.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ClaimScore {
    /// The leaked report's claim (A's and B's opening sentences) is one
    /// claim carried by both.
    pub leaked_grouped: bool,
    /// Its independent sources.
    pub leaked_sources: usize,
    /// Gold caveats.
    pub caveats_gold: usize,
    /// Gold caveats found with the gold omitting article.
    pub caveats_found: usize,
    /// Omissions asserted (a caveat with an article that omits it, on a
    /// claim several articles carry).
    pub omissions_predicted: usize,
    /// Of those, the gold's.
    pub omissions_right: usize,
}

/// Score the claims stage against the seed gold's caveats and its leaked-
/// report claim.
pub fn claims(seed: &Seed) -> ClaimScore {
    let a = &seed.analysis;
    let (x, y) = (&a.articles[0], &a.articles[1]);
    let leaked = (
        sentence_with(x, "Iran and Nicaragua held discussions"),
        sentence_with(y, "During a diplomatic trip to Nicaragua"),
    );
    let leaked_claim = match leaked {
        (Some(i), Some(j)) => a
            .claims
            .iter()
            .find(|c| c.statements.contains(&(0, i)) && c.statements.contains(&(1, j))),
        _ => None,
    };
    // A gold caveat is a phrase of its article: the caveat whose sentence
    // holds it, with the gold's omitting articles.
    let gold: Vec<(usize, String, Vec<usize>)> = seed.gold["caveats"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|g| {
            let article = usize::from(g["article"].as_str() == Some("B"));
            let omitted = g["omitted_by"]
                .as_array()
                .into_iter()
                .flatten()
                .map(|k| usize::from(k.as_str() == Some("B")))
                .collect();
            (
                article,
                g["text"].as_str().unwrap_or_default().to_string(),
                omitted,
            )
        })
        .collect();
    let holds = |article: usize, sentence: usize, text: &str| {
        let art = &a.articles[article];
        art.slice(art.sentences[sentence].span).contains(text)
    };
    let found = gold
        .iter()
        .filter(|(k, text, omitted)| {
            a.claims.iter().any(|c| {
                c.caveats.iter().any(|v| {
                    v.article == *k && holds(*k, v.sentence, text) && v.omitted_by == *omitted
                })
            })
        })
        .count();
    let mut predicted = 0;
    let mut right = 0;
    for c in a.claims.iter().filter(|c| c.articles.len() > 1) {
        for v in c.caveats.iter().filter(|v| !v.omitted_by.is_empty()) {
            predicted += 1;
            right += usize::from(gold.iter().any(|(k, text, omitted)| {
                v.article == *k && holds(*k, v.sentence, text) && v.omitted_by == *omitted
            }));
        }
    }
    ClaimScore {
        leaked_grouped: leaked_claim.is_some(),
        leaked_sources: leaked_claim.map_or(0, crosscheck_pipeline::Claim::independent_sources),
        caveats_gold: gold.len(),
        caveats_found: found,
        omissions_predicted: predicted,
        omissions_right: right,
    }
}

/// The phrases the gold lists under `field` for each outlet (A, B), with
/// the article index.
fn gold_phrases(seed: &Seed, field: &str) -> Vec<(usize, String)> {
    ["A", "B"]
        .iter()
        .enumerate()
        .flat_map(|(k, key)| {
            seed.gold[field][key]
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(|h| h.as_str())
                .map(move |h| (k, h.to_string()))
        })
        .collect()
}

/// Hedges on the seed pair: (gold hedges, found in the gold's article,
/// hedges found, of those inside a gold hedge of their article).
pub fn hedges(seed: &Seed) -> (usize, usize, usize, usize) {
    let a = &seed.analysis;
    let gold = gold_phrases(seed, "hedges");
    let overlaps = |_: usize, found: &str, gold: &str| gold.contains(found) || found.contains(gold);
    let found_gold = gold
        .iter()
        .filter(|(k, g)| {
            a.framing[*k]
                .hedges
                .iter()
                .any(|m| overlaps(*k, a.articles[*k].slice(m.span), g))
        })
        .count();
    let predicted: Vec<(usize, &str)> = a
        .framing
        .iter()
        .enumerate()
        .flat_map(|(k, f)| f.hedges.iter().map(move |m| (k, m)))
        .map(|(k, m)| (k, a.articles[k].slice(m.span)))
        .collect();
    let right = predicted
        .iter()
        .filter(|(k, p)| gold.iter().any(|(gk, g)| gk == k && overlaps(*k, p, g)))
        .count();
    (gold.len(), found_gold, predicted.len(), right)
}

/// Loaded language on the seed pair: (gold phrases, found in the gold's
/// article — a loaded word or phrase inside the gold phrase or holding it —,
/// loaded words and phrases predicted, of those inside a gold phrase of
/// their article). `None` when loaded language was not measured (no
/// sentence model). The gold lists the phrases a reader would point at, not
/// every evaluative word, so predictions outside it are not all wrong.
pub fn loaded(seed: &Seed) -> Option<(usize, usize, usize, usize)> {
    let a = &seed.analysis;
    let mut found_words: Vec<(usize, &str)> = Vec::new();
    for (k, f) in a.framing.iter().enumerate() {
        match &f.loaded {
            crosscheck_pipeline::Loaded::NotMeasured(_) => return None,
            crosscheck_pipeline::Loaded::Found(found) => {
                found_words.extend(found.iter().flat_map(|l| {
                    l.words
                        .iter()
                        .map(move |(s, _)| (k, a.articles[k].slice(*s)))
                }))
            }
        }
    }
    let gold = gold_phrases(seed, "loaded_language");
    let overlaps = |found: &str, gold: &str| gold.contains(found) || found.contains(gold);
    let found_gold = gold
        .iter()
        .filter(|(k, g)| found_words.iter().any(|(fk, w)| fk == k && overlaps(w, g)))
        .count();
    let right = found_words
        .iter()
        .filter(|(k, w)| gold.iter().any(|(gk, g)| gk == k && overlaps(w, g)))
        .count();
    Some((gold.len(), found_gold, found_words.len(), right))
}
