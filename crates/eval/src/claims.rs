//! Claims on METER: the PA copy and the newspaper texts the annotators
//! judged derived from it are one source for whatever they carry together;
//! a newspaper text judged not derived has reporting of its own.

use std::collections::BTreeSet;
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

/// The claims of the audit stories against the judgements in
/// `testdata/audit-claims/` (each claim several articles carry, judged by
/// hand: whether its statements report one thing, and its true number of
/// independent sources), per split.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ClaimsAudit {
    /// Judged claims.
    pub judged: usize,
    /// Of those, claims the stage still reports with the same statements.
    pub matched: usize,
    /// Of the matched, those whose statements report one thing.
    pub grouping_right: usize,
    /// Of the matched, those with a sure true count.
    pub counted: usize,
    /// Of those, the ones whose `independent_sources` is the true count.
    pub count_right: usize,
    /// Matched claims flagged "rests on a single source" with a sure count.
    pub single_flags: usize,
    /// Of those, the ones that truly have one source.
    pub single_right: usize,
    /// Every caveat omission asserted on the split's stories, one line
    /// each (story, the caveat, the article said to omit it and its
    /// statements of the claim), for judging by hand.
    pub omissions: Vec<String>,
    /// Every matched claim whose `independent_sources` is not the true
    /// count, one line each (story, statements, the stage's count and
    /// why, the true count and the judge's note), for `--details`.
    pub count_errors: Vec<String>,
    /// Claims several articles carry that no judgement matches, one line
    /// each, for judging by hand.
    pub unjudged: Vec<String>,
    /// Judged claims the stage no longer reports (story, statements).
    pub stale: Vec<String>,
}

/// The article index of a sentence id ("a2.s7" → 1).
fn article_of(id: &str) -> Option<usize> {
    let (article, _) = id.strip_prefix('a')?.split_once(".s")?;
    article.parse::<usize>().ok()?.checked_sub(1)
}

/// Judged claims of one split (`testdata/audit-claims/SPLIT.jsonl`).
#[derive(Debug, Clone, serde::Deserialize)]
struct JudgedClaim {
    story: String,
    statements: Vec<String>,
    /// Each statement's sentence as it read when judged: a claim is
    /// matched by these where the sentence ids have moved since (the text
    /// stage splits sentences differently).
    #[serde(default)]
    texts: Vec<String>,
    grouping_right: bool,
    independent_sources: serde_json::Value,
    #[serde(default)]
    note: String,
}

/// Score the claims stage on the audit stories (`gold_dir` is
/// `testdata/audit`, `judged_dir` is `testdata/audit-claims`).
pub fn audit(
    bench: &Path,
    gold_dir: &Path,
    judged_dir: &Path,
) -> Result<Vec<(crate::audit::Split, ClaimsAudit)>, crate::audit::AuditError> {
    use crate::audit::{AuditError, BenchIndex, Split, gold};
    let files = gold::load_all(gold_dir)?;
    let index = BenchIndex::load(bench, &files)?;
    let mut out = Vec::new();
    for split in Split::ALL {
        let path = judged_dir.join(format!("{}.jsonl", split.dir()));
        let text = std::fs::read_to_string(&path).map_err(|e| AuditError::Read {
            path: path.display().to_string(),
            reason: e.to_string(),
        })?;
        let mut judged: Vec<JudgedClaim> = Vec::new();
        for (n, line) in text.lines().enumerate() {
            judged.push(serde_json::from_str(line).map_err(|e| AuditError::Read {
                path: format!("{}:{}", path.display(), n + 1),
                reason: e.to_string(),
            })?);
        }
        let mut score = ClaimsAudit {
            judged: judged.len(),
            ..ClaimsAudit::default()
        };
        for file in files.iter().filter(|f| f.split == split) {
            let story = file
                .path
                .file_stem()
                .and_then(|s| s.to_str())
                .unwrap_or_default();
            let of_story: Vec<&JudgedClaim> = judged.iter().filter(|j| j.story == story).collect();
            if of_story.is_empty() {
                continue;
            }
            let analysis = crosscheck_pipeline::analyse(index.articles(file)?);
            let said = |k: usize, i: usize| {
                let a = &analysis.articles[k];
                format!("a{}.s{} {:?}", k + 1, i + 1, a.slice(a.sentences[i].span))
            };
            for claim in &analysis.claims {
                for v in &claim.caveats {
                    for &other in &v.omitted_by {
                        let theirs: Vec<String> = claim
                            .statements
                            .iter()
                            .filter(|(a, _)| *a == other)
                            .map(|&(a, i)| said(a, i))
                            .collect();
                        score.omissions.push(format!(
                            "{story}\tcaveat ({}) {:?} in {}\tomitted by a{}\twhich says: {}",
                            v.kind.as_str(),
                            analysis.articles[v.article].slice(v.cue),
                            said(v.article, v.sentence),
                            other + 1,
                            theirs.join(" | ")
                        ));
                    }
                }
            }
            let mut judged_claims: Vec<usize> = Vec::new();
            for j in of_story {
                // The judged statements as (article, sentence text).
                let judged_texts: Option<BTreeSet<(usize, &str)>> =
                    (j.texts.len() == j.statements.len()).then(|| {
                        j.statements
                            .iter()
                            .zip(&j.texts)
                            .filter_map(|(id, text)| Some((article_of(id)?, text.as_str())))
                            .collect()
                    });
                let found = analysis.claims.iter().enumerate().position(|(n, c)| {
                    // A claim is matched by one judgement at most.
                    if judged_claims.contains(&n) {
                        return false;
                    }
                    let by_id = c
                        .statements
                        .iter()
                        .map(|&(k, i)| format!("a{}.s{}", k + 1, i + 1))
                        .eq(j.statements.iter().cloned());
                    by_id
                        || judged_texts.as_ref().is_some_and(|judged| {
                            let ours: BTreeSet<(usize, &str)> = c
                                .statements
                                .iter()
                                .map(|&(k, i)| {
                                    let a = &analysis.articles[k];
                                    (k, a.slice(a.sentences[i].span))
                                })
                                .collect();
                            ours == *judged
                        })
                });
                let Some(found) = found else {
                    score
                        .stale
                        .push(format!("{story}\t{}", j.statements.join(" ")));
                    continue;
                };
                let claim = &analysis.claims[found];
                judged_claims.push(found);
                score.matched += 1;
                score.grouping_right += usize::from(j.grouping_right);
                let Some(truth) = j.independent_sources.as_u64() else {
                    continue;
                };
                score.counted += 1;
                let count = claim.independent_sources();
                score.count_right += usize::from(count as u64 == truth);
                if count as u64 != truth {
                    let statements: Vec<String> =
                        claim.statements.iter().map(|&(k, i)| said(k, i)).collect();
                    score.count_errors.push(format!(
                        "{story}\tsays {count}, truly {truth}\t{}\tjudged: {}",
                        statements.join(" | "),
                        j.note
                    ));
                }
                if claim.single_source() {
                    score.single_flags += 1;
                    score.single_right += usize::from(truth == 1);
                }
            }
            // Claims several articles carry that no judgement matches: to
            // be judged (by hand) before they count.
            for (n, claim) in analysis.claims.iter().enumerate() {
                if claim.articles.len() < 2 || judged_claims.contains(&n) {
                    continue;
                }
                let statements: Vec<String> =
                    claim.statements.iter().map(|&(k, i)| said(k, i)).collect();
                score.unjudged.push(format!(
                    "{story}\tsays {}\t{}",
                    claim.independent_sources(),
                    statements.join(" | ")
                ));
            }
        }
        out.push((split, score));
    }
    Ok(out)
}
