//! Entities and aliases against hand-made groups: each gold entity is a name,
//! a type and the ways the texts write it. Scored: whether each entity is
//! found with its type, and pairwise alias precision / recall / F1 over the
//! written forms that occur in the texts (two forms are "together" when one
//! predicted entity holds both), and whether people the gold keeps apart stay
//! apart.

use crosscheck_lexicon::words;
use std::collections::{BTreeSet, HashMap};

use crosscheck_model::{Article, Entity};

use crate::Prf;

/// One hand-made entity group.
#[derive(Debug, Clone)]
pub struct GoldEntity {
    /// Canonical name.
    pub name: String,
    /// `PERSON`, `ORG`, `GPE`, `LOC` or `MISC`.
    pub kind: String,
    /// The name and every alias.
    pub forms: Vec<String>,
    /// The name of another gold entity that must not be merged with it.
    pub distinct_from: Option<String>,
}

/// The scores.
#[derive(Debug, Clone, Default)]
pub struct EntityScore {
    /// Gold entities with at least one form in the texts.
    pub gold: usize,
    /// Of those, found (a predicted entity holds one of their forms).
    pub found: usize,
    /// Of those found, with the gold type.
    pub typed: usize,
    /// Pairwise alias scores over the forms in the texts.
    pub pairs: Prf,
    /// (pairs together in both, together in the prediction, together in the gold).
    pub pair_counts: (usize, usize, usize),
    /// (gold "distinct from" constraints, kept apart).
    pub distinct: (usize, usize),
    /// Gold entities not found, and forms not joined to their entity.
    pub misses: Vec<String>,
}

/// Whether a word is a title or an office in front of a name; they are not
/// part of it, so "Mr. Ortega", "Attorney General Eric Holder" and "Officer
/// Darren Wilson" are scored as "Ortega", "Eric Holder" and "Darren
/// Wilson", on both sides.
fn is_title(word: &str) -> bool {
    words::is_person_title(word)
        || words::OFFICE_WORDS.contains(&word.trim_end_matches('.').to_lowercase().as_str())
}

/// A written form without a leading "the", titles, or a trailing possessive.
pub fn normalise(form: &str) -> String {
    let t = form.trim();
    let t = t
        .strip_prefix("the ")
        .or_else(|| t.strip_prefix("The "))
        .unwrap_or(t);
    let t = t
        .strip_suffix("'s")
        .or_else(|| t.strip_suffix("’s"))
        .unwrap_or(t);
    let mut words: Vec<&str> = t.split_whitespace().collect();
    while words.len() > 1 && is_title(words[0]) {
        words.remove(0);
    }
    words.join(" ")
}

/// Score predicted entities against gold groups over the given articles.
pub fn score(articles: &[Article], predicted: &[Entity], gold: &[GoldEntity]) -> EntityScore {
    let in_text = |f: &str| articles.iter().any(|a| a.text.contains(f));
    // Predicted: each normalised form → the entities that hold it.
    let mut holders: HashMap<String, BTreeSet<usize>> = HashMap::new();
    for (i, e) in predicted.iter().enumerate() {
        for form in e.aliases.iter().chain(std::iter::once(&e.name)) {
            holders.entry(normalise(form)).or_default().insert(i);
        }
    }
    let mut s = EntityScore::default();
    // The universe: every gold form in the texts, with its gold group.
    let mut universe: Vec<(String, usize)> = Vec::new();
    for (g, entity) in gold.iter().enumerate() {
        let forms: BTreeSet<String> = entity
            .forms
            .iter()
            .filter(|f| in_text(f))
            .map(|f| normalise(f))
            .collect();
        if forms.is_empty() {
            continue;
        }
        s.gold += 1;
        // The predicted entity holding most of its forms.
        let mut votes: HashMap<usize, usize> = HashMap::new();
        for f in &forms {
            for &p in holders.get(f).into_iter().flatten() {
                *votes.entry(p).or_default() += 1;
            }
        }
        match votes
            .into_iter()
            .max_by_key(|&(p, n)| (n, std::cmp::Reverse(p)))
        {
            Some((p, _)) => {
                s.found += 1;
                if predicted[p].kind.as_str() == entity.kind {
                    s.typed += 1;
                } else {
                    s.misses.push(format!(
                        "{}: typed {} (gold {})",
                        entity.name,
                        predicted[p].kind.as_str(),
                        entity.kind
                    ));
                }
                for f in &forms {
                    if !holders.get(f).is_some_and(|h| h.contains(&p)) {
                        s.misses.push(format!("{}: “{f}” not joined", entity.name));
                    }
                }
            }
            None => s.misses.push(format!("{}: not found", entity.name)),
        }
        universe.extend(forms.into_iter().map(|f| (f, g)));
    }
    let (mut both, mut pred, mut gold_pairs) = (0, 0, 0);
    for i in 0..universe.len() {
        for j in i + 1..universe.len() {
            let same_gold = universe[i].1 == universe[j].1;
            let same_pred = match (holders.get(&universe[i].0), holders.get(&universe[j].0)) {
                (Some(a), Some(b)) => !a.is_disjoint(b),
                _ => false,
            };
            gold_pairs += usize::from(same_gold);
            pred += usize::from(same_pred);
            both += usize::from(same_gold && same_pred);
        }
    }
    let ratio = |a: usize, b: usize| if b == 0 { 0.0 } else { a as f64 / b as f64 };
    s.pairs = Prf::new(ratio(both, pred), ratio(both, gold_pairs));
    s.pair_counts = (both, pred, gold_pairs);
    for entity in gold {
        let Some(other) = &entity.distinct_from else {
            continue;
        };
        s.distinct.0 += 1;
        let a = holders.get(&normalise(&entity.name));
        let b = holders.get(&normalise(other));
        let apart = match (a, b) {
            (Some(a), Some(b)) => a.is_disjoint(b),
            _ => true,
        };
        s.distinct.1 += usize::from(apart);
        if !apart {
            s.misses
                .push(format!("{} merged with {other}", entity.name));
        }
    }
    s
}

/// The gold groups of a JSON array of `{"name", "type", "aliases",
/// "distinct_from"}`.
pub fn gold_groups(value: &serde_json::Value) -> Vec<GoldEntity> {
    value
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|e| {
            let name = e["name"].as_str()?.to_string();
            let mut forms = vec![name.clone()];
            for a in e["aliases"].as_array().into_iter().flatten() {
                if let Some(a) = a.as_str() {
                    if !forms.iter().any(|f| f == a) {
                        forms.push(a.to_string());
                    }
                }
            }
            Some(GoldEntity {
                name,
                kind: e["type"].as_str().unwrap_or("MISC").to_string(),
                forms,
                distinct_from: e["distinct_from"].as_str().map(String::from),
            })
        })
        .collect()
}
