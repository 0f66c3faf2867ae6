//! Claims on METER: the PA copy and the newspaper texts the annotators
//! judged derived from it are one source for whatever they carry together;
//! a newspaper text judged not derived has reporting of its own.

use std::path::Path;

use rayon::prelude::*;

use crate::EvalError;
use crate::derivation::meter_stories;

/// Counts over the METER stories' claims that several texts carry.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct MeterClaims {
    /// Stories.
    pub stories: usize,
    /// Claims carried only by PA copies and newspaper texts derived from
    /// PA (wholly or partly): one source.
    pub relayed: usize,
    /// Of those, the claims given one independent source.
    pub relayed_as_one: usize,
    /// Claims a newspaper text judged not derived carries with another
    /// text: its own reporting.
    pub own_reporting: usize,
    /// Of those, the claims collapsed to one independent source.
    pub own_reporting_as_one: usize,
    /// Of those, the ones where the paper with its own reporting is
    /// related to no other carrier in the derivation graph (collapsed
    /// because they attribute the claim to the same person or body).
    pub own_reporting_same_source: usize,
}

impl std::ops::AddAssign for MeterClaims {
    fn add_assign(&mut self, o: Self) {
        self.stories += o.stories;
        self.relayed += o.relayed;
        self.relayed_as_one += o.relayed_as_one;
        self.own_reporting += o.own_reporting;
        self.own_reporting_as_one += o.own_reporting_as_one;
        self.own_reporting_same_source += o.own_reporting_same_source;
    }
}

/// Every METER story analysed (lexical evidence) and its claims counted;
/// one result per year of publication (1999, 2000) and the total.
pub fn meter(bench: &Path) -> Result<Vec<(String, MeterClaims)>, EvalError> {
    let stories = meter_stories(bench)?;
    let counted: Vec<(String, MeterClaims)> = stories
        .par_iter()
        .map(|story| {
            let year = story.records[0]["published"]
                .as_str()
                .map(|d| d.chars().take(4).collect())
                .unwrap_or_default();
            let articles = story.articles();
            // Each article's role: None for PA, Some(derived?) for a paper.
            let role: Vec<Option<bool>> = articles
                .iter()
                .map(|a| {
                    let id = a.origin.record_id.as_deref().unwrap_or_default();
                    story.gold.get(id).map(|&class| class < 2)
                })
                .collect();
            let analysis = crosscheck_pipeline::analyse(articles);
            let mut c = MeterClaims {
                stories: 1,
                ..MeterClaims::default()
            };
            for claim in analysis.claims.iter().filter(|c| c.articles.len() > 1) {
                let one = claim.independent_sources() == 1;
                let own = claim.articles.iter().any(|&k| role[k] == Some(false));
                if own {
                    c.own_reporting += 1;
                    c.own_reporting_as_one += usize::from(one);
                    let g = &analysis.derivation;
                    let related = |x: usize, y: usize| {
                        g.edges.iter().any(|e| {
                            (e.source, e.derived) == (x, y) || (e.source, e.derived) == (y, x)
                        }) || g
                            .siblings
                            .iter()
                            .any(|s| (s.a, s.b) == (x, y) || (s.a, s.b) == (y, x))
                    };
                    let own_related = claim.articles.iter().any(|&x| {
                        role[x] == Some(false)
                            && claim.articles.iter().any(|&y| y != x && related(x, y))
                    });
                    c.own_reporting_same_source += usize::from(one && !own_related);
                } else {
                    c.relayed += 1;
                    c.relayed_as_one += usize::from(one);
                }
            }
            (year, c)
        })
        .collect();
    let mut by_year: std::collections::BTreeMap<String, MeterClaims> = Default::default();
    let mut total = MeterClaims::default();
    for (year, c) in counted {
        *by_year.entry(year).or_default() += c;
        total += c;
    }
    let mut out: Vec<(String, MeterClaims)> = by_year.into_iter().collect();
    out.push(("all".to_string(), total));
    Ok(out)
}
