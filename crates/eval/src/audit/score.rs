//! Scoring one story: the gold's substrings placed in the article texts
//! (byte offsets), then each finding the report asserts matched against
//! them.
//!
//! - **Derivation**: an edge is right when the gold has the same (derived,
//!   source) edge.
//! - **Quotations**: a system quotation is right when it overlaps a gold
//!   quotation of its article; one on a `not_quotations` item or on nothing
//!   is wrong. The speaker of a gold quotation the system found is that of
//!   the system quotation overlapping it most (the shortest of those, so a
//!   quotation nested in another is judged as its own); speakers are equal after
//!   [`speaker_key`], `None` equals `None` only.
//! - **Quotation pairs**: a system pair is a gold pair when both its sides
//!   overlap the gold pair's sides (either orientation); "material" is right
//!   only on a gold pair whose change is material. The system says material
//!   when either direction of its comparison does (the JSON report shows
//!   both).
//! - **Attributions**: within each article's scope (its first `scope`
//!   blocks separated by a blank line, all of them when it has fewer; the
//!   first block of a BASIL text is its title when the text begins with the
//!   record's title, and is not counted), an attribution whose cue starts in
//!   scope is right when a gold item's sentence overlaps its sentence, their
//!   cues overlap and their sources agree (the gold source overlaps the
//!   system's, or the gold `resolved` equals the system speaker by
//!   [`speaker_key`], or neither states one). The gold cue is its occurrence
//!   (whole words) nearest the gold sentence, in the system sentences the
//!   gold sentence overlaps or else in its paragraph (a cue written around
//!   its object, `brought … to a close`, by its first part or word); the
//!   gold sentence stands for those sentences and the cue's; the gold
//!   source is its occurrence there nearest the cue.
//! - **Entities**: right when every mention, by [`name_key`], is a form of
//!   one and the same gold entity and the entity's type is that entity's.
//! - **Timeline**: a dated statement is right when it overlaps a gold time
//!   expression of its article with the same date and precision. A gold
//!   text that occurs more than once stands for each of its occurrences not
//!   inside a longer gold expression; a group of `n` gold items with one
//!   text is found as many times (up to `n`) as its occurrences are.
//! - **Alignments**: a pair is right when a gold alignment's sentences
//!   overlap its two sentences (either orientation).
//! - **What each article adds**: a sentence the framing shows as only its
//!   article's is right when no gold alignment's side overlaps it (the gold
//!   lists every aligned pair).

use std::collections::{BTreeSet, HashMap, HashSet};

use crosscheck_model::{Article, EntityConfidence, Span};
use crosscheck_pipeline::{Analysis, TimelineKind};

use super::gold::{ArticleKey, Bench, Change, GoldFile, Judged};
use super::{AuditError, Finding, MeterLabel, Mismatch, Ratio, Scores, StoryReport};

/// Titles and honorifics dropped from the front of a name. The scorer keeps
/// its own list, not the lexicon's: the measure must not move when the
/// system's lists change.
const TITLES: &[&str] = &[
    "mr",
    "mrs",
    "ms",
    "miss",
    "dr",
    "sen",
    "senator",
    "rep",
    "representative",
    "congressman",
    "congresswoman",
    "president",
    "vice",
    "gov",
    "governor",
    "judge",
    "justice",
    "chief",
    "mayor",
    "secretary",
    "speaker",
    "attorney",
    "general",
    "sir",
    "lord",
    "lady",
    "dame",
    "prof",
    "professor",
    "rev",
    "reverend",
    "det",
    "detective",
    "sgt",
    "sergeant",
    "insp",
    "inspector",
    "supt",
    "superintendent",
    "pc",
    "wpc",
    "constable",
    "gen",
    "col",
    "colonel",
    "capt",
    "captain",
    "lt",
    "lieutenant",
];

/// A name for comparison: typography folded, lower case, full stops and
/// apostrophes dropped, other punctuation as spaces, titles removed from
/// the front (unless nothing else is left).
pub fn name_key(name: &str) -> String {
    let mut folded = String::new();
    for c in name.chars().map(crosscheck_text::fold_char) {
        match c {
            '.' | '\'' => {}
            c if c.is_alphanumeric() => folded.extend(c.to_lowercase()),
            _ => folded.push(' '),
        }
    }
    let words: Vec<&str> = folded.split_whitespace().collect();
    let first = words.iter().position(|w| !TITLES.contains(w)).unwrap_or(0);
    words[first..].join(" ")
}

/// A speaker for comparison: its [`name_key`] without a leading article
/// ("The Department of Health" is "Department of Health", "the Obama
/// campaign" the "Obama campaign"), unless nothing else is left. Entities
/// keep [`name_key`]: there "The" may be part of a name.
pub fn speaker_key(name: &str) -> String {
    let key = name_key(name);
    match key.split_once(' ') {
        Some(("the" | "a" | "an", rest)) => name_key(rest),
        _ => key,
    }
}

/// Whether `system` names `gold`: equal by [`speaker_key`], or the gold
/// name's words (two or more) in a run inside the system speaker's.
pub fn names(system: &str, gold: &str) -> bool {
    let (system, gold) = (speaker_key(system), speaker_key(gold));
    let ours: Vec<&str> = system.split_whitespace().collect();
    let theirs: Vec<&str> = gold.split_whitespace().collect();
    system == gold || (theirs.len() >= 2 && ours.windows(theirs.len()).any(|w| w == theirs))
}

fn overlaps(x: Span, y: Span) -> bool {
    x.start < y.end && y.start < x.end
}

fn hull(x: Span, y: Span) -> Span {
    Span::new(x.start.min(y.start), x.end.max(y.end))
}

/// Bytes between two spans (0 when they overlap).
fn distance(x: Span, y: Span) -> usize {
    if overlaps(x, y) {
        0
    } else if x.end <= y.start {
        y.start - x.end
    } else {
        x.start - y.end
    }
}

/// Every occurrence of `needle` in `text`.
fn occurrences(text: &str, needle: &str) -> Vec<Span> {
    if needle.is_empty() {
        return Vec::new();
    }
    text.match_indices(needle)
        .map(|(at, _)| Span::new(at, at + needle.len()))
        .collect()
}

/// Occurrences of `needle` inside `region` that are whole words (no letter
/// or digit right before or after).
fn words_in(text: &str, region: Span, needle: &str) -> Vec<Span> {
    let alnum = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    occurrences(&text[region.start..region.end], needle)
        .into_iter()
        .map(|s| Span::new(s.start + region.start, s.end + region.start))
        .filter(|s| {
            let before = text[..s.start].chars().next_back();
            let after = text[s.end..].chars().next();
            let first = needle.chars().next();
            let last = needle.chars().next_back();
            (!alnum(first) || !alnum(before)) && (!alnum(last) || !alnum(after))
        })
        .collect()
}

/// The text's blocks: runs of lines that are not blank.
fn blocks(text: &str) -> Vec<Span> {
    let mut out: Vec<Span> = Vec::new();
    let mut open = false;
    let mut pos = 0;
    for line in text.split_inclusive('\n') {
        let start = pos;
        pos += line.len();
        let content = line.trim_end_matches(['\n', '\r']);
        if content.trim().is_empty() {
            open = false;
            continue;
        }
        let end = start + content.len();
        match out.last_mut() {
            Some(last) if open => last.end = end,
            _ => out.push(Span::new(start, end)),
        }
        open = true;
    }
    out
}

/// The annotated scope of an article: its first `n` blocks (all of them
/// when it has fewer), a BASIL title not counted.
pub fn scope(text: &str, bench: Bench, title: Option<&str>, n: usize) -> Span {
    let all = blocks(text);
    let titled = bench == Bench::Basil
        && title.is_some_and(|t| !t.trim().is_empty() && text.trim_start().starts_with(t.trim()));
    let body = &all[usize::from(titled).min(all.len())..];
    match (body.first(), body[..n.min(body.len())].last()) {
        (Some(first), Some(last)) => Span::new(first.start, last.end),
        _ => Span::new(0, 0),
    }
}

/// A story and its analysis, with the article keys by index.
struct Story<'a> {
    file: &'a GoldFile,
    analysis: &'a Analysis,
    keys: Vec<&'a ArticleKey>,
    mismatches: Vec<Mismatch>,
    unplaced: Vec<String>,
}

impl<'a> Story<'a> {
    fn index(&self, key: &ArticleKey) -> usize {
        // Keys were checked against the articles before the analysis.
        self.keys.iter().position(|k| *k == key).unwrap_or(0)
    }

    fn article(&self, k: usize) -> &'a Article {
        &self.analysis.articles[k]
    }

    /// The one occurrence of `needle` in the article.
    fn unique(&self, item: String, key: &ArticleKey, needle: &str) -> Result<Span, AuditError> {
        let k = self.index(key);
        let found = occurrences(&self.article(k).text, needle);
        match found.as_slice() {
            [one] => Ok(*one),
            _ => Err(AuditError::Gold {
                file: self.file.path.display().to_string(),
                item,
                reason: format!(
                    "`{needle}` occurs {} times in article `{key}` (once expected)",
                    found.len()
                ),
            }),
        }
    }

    /// Every occurrence of `needle` in the article; none is an error.
    fn every(&self, item: String, key: &ArticleKey, needle: &str) -> Result<Vec<Span>, AuditError> {
        let found = occurrences(&self.article(self.index(key)).text, needle);
        if found.is_empty() {
            return Err(AuditError::Gold {
                file: self.file.path.display().to_string(),
                item,
                reason: format!("`{needle}` is not in article `{key}`"),
            });
        }
        Ok(found)
    }

    /// The system sentences of article `k` that overlap `span`.
    fn sentences(&self, k: usize, span: Span) -> Vec<usize> {
        self.article(k)
            .sentences
            .iter()
            .enumerate()
            .filter(|(_, s)| overlaps(s.span, span))
            .map(|(i, _)| i)
            .collect()
    }

    fn key(&self, k: usize) -> String {
        self.keys[k].0.clone()
    }

    fn mismatch(
        &mut self,
        finding: Finding,
        article: String,
        text: &str,
        gold: Option<String>,
        system: Option<String>,
    ) {
        self.mismatches.push(Mismatch {
            finding,
            article,
            text: text.to_string(),
            gold,
            system,
        });
    }
}

/// Score one story's analysis against its gold. `titles` are the records'
/// titles in key order (to find a BASIL text's title block).
pub fn story(
    file: &GoldFile,
    analysis: &Analysis,
    titles: &[Option<&str>],
    meter_labels: &[Option<&MeterLabel>],
) -> Result<StoryReport, AuditError> {
    let mut s = Story {
        file,
        analysis,
        keys: file.story.articles.keys().collect(),
        mismatches: Vec::new(),
        unplaced: Vec::new(),
    };
    let mut scores = Scores::default();
    let judges = |kind| file.story.judges(kind);
    if judges(Judged::Derivation) {
        derivation(&mut s, &mut scores);
        derivation_by_meter_labels(&s, meter_labels, &mut scores);
    }
    if judges(Judged::Quotations) {
        quotations(&mut s, &mut scores)?;
    }
    if judges(Judged::QuotePairs) {
        pairs(&mut s, &mut scores)?;
    }
    if judges(Judged::Attributions) {
        attributions(&mut s, &mut scores, titles)?;
    }
    if judges(Judged::Entities) {
        entities(&mut s, &mut scores);
    }
    if judges(Judged::Timeline) {
        timeline(&mut s, &mut scores)?;
    }
    if judges(Judged::Alignments) {
        alignments(&mut s, &mut scores)?;
    }
    Ok(StoryReport {
        story: file.story.story.clone(),
        split: file.split,
        event: file.story.event.clone(),
        partial: file.story.annotated.is_some(),
        scores,
        mismatches: s.mismatches,
        unplaced: s.unplaced,
    })
}

fn derivation(s: &mut Story, scores: &mut Scores) {
    let gold = &s.file.story;
    let edges: Vec<(String, String, String)> = s
        .analysis
        .derivation
        .edges
        .iter()
        .map(|e| {
            (
                s.key(e.derived),
                s.key(e.source),
                format!(
                    "derives, confidence {:.2}, {:?}, shared {:.2}",
                    e.confidence, e.extent, e.combined_fraction
                ),
            )
        })
        .collect();
    for (derived, source, what) in &edges {
        let right = gold
            .derivation
            .iter()
            .any(|g| &g.derived.0 == derived && &g.source.0 == source);
        scores.derivation.precision.count(right);
        if right {
            continue;
        }
        let noted = gold.not_derivation.iter().find(|n| {
            (&n.a.0 == derived && &n.b.0 == source) || (&n.b.0 == derived && &n.a.0 == source)
        });
        scores.derivation_noted += usize::from(noted.is_some());
        s.mismatch(
            Finding::Derivation,
            format!("{derived}←{source}"),
            "derives from",
            Some(noted.map_or("no edge".into(), |n| format!("no edge: {}", n.why))),
            Some(what.clone()),
        );
    }
    for g in &gold.derivation {
        let found = edges
            .iter()
            .any(|(d, src, _)| d == &g.derived.0 && src == &g.source.0);
        scores.derivation.recall.count(found);
        if !found {
            s.mismatch(
                Finding::Derivation,
                format!("{}←{}", g.derived, g.source),
                "derives from",
                Some(format!("{:?}: {}", g.extent, g.why)),
                None,
            );
        }
    }
}

/// [`Scores::derivation_meter_labels`]: the edges into a METER paper from
/// Press Association copy judged by METER's own label of the paper, every
/// other edge by the audit's gold. `labels` are in key order.
fn derivation_by_meter_labels(s: &Story, labels: &[Option<&MeterLabel>], scores: &mut Scores) {
    let gold = &s.file.story;
    let index = |key: &str| s.keys.iter().position(|k| k.0 == key);
    let id = |k: usize| gold.articles[s.keys[k]].id.as_str();
    // The paper's label, when the edge comes from copy METER could name.
    let labelled = |derived: usize, source: usize| {
        labels
            .get(derived)
            .copied()
            .flatten()
            .filter(|_| labels.get(source).copied().flatten().is_none())
    };
    let edges: Vec<(usize, usize)> = s
        .analysis
        .derivation
        .edges
        .iter()
        .map(|e| (e.derived, e.source))
        .collect();
    for &(derived, source) in &edges {
        let right = match labelled(derived, source) {
            Some(label) => label.derived && label.pa_sources.iter().any(|p| p == id(source)),
            None => gold.derivation.iter().any(|g| {
                index(&g.derived.0) == Some(derived) && index(&g.source.0) == Some(source)
            }),
        };
        scores.derivation_meter_labels.precision.count(right);
    }
    for (k, label) in labels.iter().enumerate() {
        if let Some(label) = label.filter(|l| l.derived) {
            let found = edges
                .iter()
                .any(|&(d, src)| d == k && label.pa_sources.iter().any(|p| p == id(src)));
            scores.derivation_meter_labels.recall.count(found);
        }
    }
    for g in &gold.derivation {
        let (Some(d), Some(src)) = (index(&g.derived.0), index(&g.source.0)) else {
            continue;
        };
        if labelled(d, src).is_none() {
            let found = edges.contains(&(d, src));
            scores.derivation_meter_labels.recall.count(found);
        }
    }
}

fn speaker_text(s: Option<&str>) -> String {
    s.unwrap_or("(not stated)").to_string()
}

fn quotations(s: &mut Story, scores: &mut Scores) -> Result<(), AuditError> {
    let gold = &s.file.story;
    let mut placed = Vec::new();
    for (i, q) in gold.quotations.iter().enumerate() {
        placed.push((
            s.index(&q.article),
            s.unique(format!("quotations[{i}]"), &q.article, &q.text)?,
        ));
    }
    let mut noted = Vec::new();
    for (i, n) in gold.not_quotations.iter().enumerate() {
        let k = s.index(&n.article);
        for span in s.every(format!("not_quotations[{i}]"), &n.article, &n.text)? {
            noted.push((k, span, n.why.as_str()));
        }
    }
    let analysis = s.analysis;
    // The system quotation each gold quotation is judged by: the one
    // overlapping it most, the tightest on a tie (a quotation nested in
    // another is its own).
    let best = |k: usize, span: Span| {
        analysis.quotes[k]
            .quotes
            .iter()
            .enumerate()
            .filter(|(_, q)| overlaps(q.span, span))
            .max_by_key(|(_, q)| {
                (
                    q.span.end.min(span.end) - q.span.start.max(span.start),
                    std::cmp::Reverse(q.span.len()),
                )
            })
    };
    let judged: Vec<(usize, usize)> = placed
        .iter()
        .filter_map(|&(k, span)| best(k, span).map(|(i, _)| (k, i)))
        .collect();
    for (k, aq) in analysis.quotes.iter().enumerate() {
        for (i, q) in aq.quotes.iter().enumerate() {
            // A quotation nested in another is right only as the one a gold
            // quotation is judged by, not for overlapping the outer one's.
            let nested = aq.quotes.iter().any(|o| {
                o.span != q.span && o.span.start <= q.span.start && q.span.end <= o.span.end
            });
            let right = if nested {
                judged.contains(&(k, i))
            } else {
                placed.iter().any(|&(gk, g)| gk == k && overlaps(g, q.span))
            };
            scores.quotations.precision.count(right);
            if right {
                continue;
            }
            let note = noted
                .iter()
                .find(|&&(nk, n, _)| nk == k && overlaps(n, q.span));
            scores.quotations_noted += usize::from(note.is_some());
            s.mismatch(
                Finding::Quotation,
                s.key(k),
                s.article(k).slice(q.span),
                note.map(|(_, _, why)| format!("not a quotation: {why}")),
                Some(format!(
                    "quotation of {}",
                    speaker_text(q.speaker.as_deref())
                )),
            );
        }
    }
    for (g, &(k, span)) in gold.quotations.iter().zip(&placed) {
        let best = best(k, span).map(|(_, q)| q);
        scores.quotations.recall.count(best.is_some());
        let Some(q) = best else {
            scores.speakers_all.count(false);
            s.mismatch(
                Finding::Quotation,
                s.key(k),
                &g.text,
                Some(format!(
                    "quotation of {}",
                    speaker_text(g.speaker.as_deref())
                )),
                None,
            );
            continue;
        };
        let right = match (&g.speaker, &q.speaker) {
            (None, None) => true,
            (Some(a), Some(b)) => speaker_key(a) == speaker_key(b),
            _ => false,
        };
        let named = match (&g.speaker, &q.speaker) {
            (Some(a), Some(b)) => names(b, a),
            _ => right,
        };
        scores.speakers.count(right);
        scores.speakers_named.count(named);
        scores.speakers_all.count(right);
        if g.continuation {
            scores.speakers_continuations.count(right);
        }
        match q.basis {
            crosscheck_quotes::SpeakerBasis::Named => scores.speakers_named_basis.count(right),
            crosscheck_quotes::SpeakerBasis::Pronoun => scores.speakers_pronoun_basis.count(right),
            crosscheck_quotes::SpeakerBasis::Continuation => {
                scores.speakers_continuation_basis.count(right)
            }
            crosscheck_quotes::SpeakerBasis::Document => {
                scores.speakers_document_basis.count(right)
            }
            crosscheck_quotes::SpeakerBasis::NotStated => {}
        }
        if !right {
            let continuation = if g.continuation {
                " (continuation)"
            } else {
                ""
            };
            s.mismatch(
                Finding::Speaker,
                format!("{}{continuation}", s.key(k)),
                &g.text,
                Some(speaker_text(g.speaker.as_deref())),
                Some(format!(
                    "{} (basis: {})",
                    speaker_text(q.speaker.as_deref()),
                    q.basis.as_str()
                )),
            );
        }
    }
    Ok(())
}

fn pairs(s: &mut Story, scores: &mut Scores) -> Result<(), AuditError> {
    let gold = &s.file.story;
    let mut placed = Vec::new();
    for (i, p) in gold.quote_pairs.iter().enumerate() {
        let a = s.unique(format!("quote_pairs[{i}].a"), &p.a.article, &p.a.text)?;
        let b = s.unique(format!("quote_pairs[{i}].b"), &p.b.article, &p.b.text)?;
        placed.push(((s.index(&p.a.article), a), (s.index(&p.b.article), b)));
    }
    let analysis = s.analysis;
    let span = |(k, i): (usize, usize)| (k, analysis.quotes[k].quotes[i].span);
    let same = |x: (usize, Span), y: (usize, Span)| x.0 == y.0 && overlaps(x.1, y.1);
    let mut found = vec![(false, false); placed.len()];
    for v in &analysis.variants {
        let (a, b) = (span(v.a), span(v.b));
        let matched: Vec<usize> = placed
            .iter()
            .enumerate()
            .filter(|(_, (ga, gb))| {
                (same(a, *ga) && same(b, *gb)) || (same(a, *gb) && same(b, *ga))
            })
            .map(|(i, _)| i)
            .collect();
        let material = v.comparison.material || v.reverse.material;
        scores.pairs.precision.count(!matched.is_empty());
        let gold_material = matched
            .iter()
            .any(|&i| gold.quote_pairs[i].change == Change::Material);
        if material {
            scores.material.count(gold_material);
        }
        for &i in &matched {
            found[i].0 = true;
            found[i].1 |= material;
        }
        if matched.is_empty() || material != gold_material {
            let gold_says = matched.first().map(|&i| {
                let g = &gold.quote_pairs[i];
                format!("{:?}: {}", g.change, g.what)
            });
            let system = format!(
                "{}{}",
                v.comparison.verdict.as_str(),
                if material { " (material)" } else { "" }
            );
            s.mismatch(
                Finding::QuotePair,
                format!("{}/{}", s.key(a.0), s.key(b.0)),
                &format!(
                    "“{}” ⇄ “{}”",
                    s.article(a.0).slice(a.1),
                    s.article(b.0).slice(b.1)
                ),
                Some(gold_says.unwrap_or_else(|| "not a pair".into())),
                Some(system),
            );
        }
    }
    for (g, &(pair, material)) in gold.quote_pairs.iter().zip(&found) {
        scores.pairs.recall.count(pair);
        if g.change == Change::Material {
            scores.material_recall.count(material);
        }
        if !pair {
            s.mismatch(
                Finding::QuotePair,
                format!("{}/{}", g.a.article, g.b.article),
                &format!("“{}” ⇄ “{}”", g.a.text, g.b.text),
                Some(format!("{:?}: {}", g.change, g.what)),
                None,
            );
        }
    }
    Ok(())
}

/// A gold attribution (or non-attribution) placed: its sentence (the
/// system sentences it overlaps, and the one holding its cue), cue (or
/// predicate) and source.
struct PlacedAttribution {
    k: usize,
    sentence: Span,
    cue: Option<Span>,
    source: Option<Span>,
}

/// The forms a cue is looked for in, most exact first: as written; its
/// first part when written with an ellipsis (`shows ... speaking`); its
/// first word (`brought to a close` written around its object).
fn cue_forms(cue: &str) -> Vec<&str> {
    let mut forms = vec![cue.trim()];
    let first = cue.split(['…']).next().unwrap_or(cue);
    let first = first.split("...").next().unwrap_or(first).trim();
    forms.push(first);
    if let Some(word) = first.split_whitespace().next() {
        forms.push(word);
    }
    forms.retain(|f| !f.is_empty());
    forms.dedup();
    forms
}

/// Place a gold sentence's cue and source: the cue among the words of the
/// system sentences the gold sentence overlaps (or else of its block),
/// nearest the gold sentence; the source among the words of the same
/// sentences and the cue's, nearest the cue.
fn place(
    s: &mut Story,
    item: String,
    key: &ArticleKey,
    sentence: &str,
    cue: &str,
    source: Option<&str>,
) -> Result<PlacedAttribution, AuditError> {
    let k = s.index(key);
    let at = s.unique(item.clone(), key, sentence)?;
    let article = s.article(k);
    let text = &article.text;
    let sentences = |span: Span| {
        s.sentences(k, span)
            .iter()
            .map(|&i| article.sentences[i].span)
            .fold(span, hull)
    };
    let region = sentences(at);
    let block = blocks(text)
        .into_iter()
        .find(|b| overlaps(*b, at))
        .map_or(region, |b| hull(b, region));
    let nearest = |within: Span, words: &str, to: Span| {
        words_in(text, within, words)
            .into_iter()
            .min_by_key(|c| distance(*c, to))
    };
    let forms = cue_forms(cue);
    let cue_at = [region, block]
        .iter()
        .find_map(|&within| forms.iter().find_map(|f| nearest(within, f, at)));
    let region = cue_at.map_or(region, |c| hull(region, sentences(c)));
    if cue_at.is_none() {
        s.unplaced.push(format!(
            "{item}: cue `{cue}` not in its sentence or paragraph"
        ));
    }
    let source_at = match source {
        Some(src) => {
            let found = nearest(region, src, cue_at.unwrap_or(at));
            if found.is_none() {
                s.unplaced
                    .push(format!("{item}: source `{src}` not in its sentence"));
            }
            found
        }
        None => None,
    };
    Ok(PlacedAttribution {
        k,
        sentence: region,
        cue: cue_at,
        source: source_at,
    })
}

fn attributions(
    s: &mut Story,
    scores: &mut Scores,
    titles: &[Option<&str>],
) -> Result<(), AuditError> {
    let gold = &s.file.story;
    let scopes: Vec<Span> = s
        .keys
        .iter()
        .enumerate()
        .map(|(k, key)| {
            let n = gold.attributions.scope.get(*key).copied().unwrap_or(0);
            let title = titles.get(k).copied().flatten();
            scope(&s.article(k).text, gold.bench, title, n)
        })
        .collect();
    let mut items = Vec::new();
    for (i, g) in gold.attributions.items.iter().enumerate() {
        items.push(place(
            s,
            format!("attributions.items[{i}]"),
            &g.article,
            &g.sentence,
            &g.cue,
            g.source.as_deref(),
        )?);
    }
    let mut noted = Vec::new();
    for (i, g) in gold.attributions.not_attributions.iter().enumerate() {
        noted.push(place(
            s,
            format!("attributions.not_attributions[{i}]"),
            &g.article,
            &g.sentence,
            &g.predicate,
            None,
        )?);
    }
    let analysis = s.analysis;
    let mut found = vec![false; items.len()];
    for (k, aq) in analysis.quotes.iter().enumerate() {
        let article = s.article(k);
        for x in &aq.attributions {
            if !(scopes[k].start <= x.cue.start && x.cue.start < scopes[k].end) {
                continue;
            }
            let sentence = article.sentences[x.sentence].span;
            let on = |p: &PlacedAttribution| {
                p.k == k
                    && overlaps(p.sentence, sentence)
                    && p.cue.is_some_and(|c| overlaps(c, x.cue))
            };
            let mut right = false;
            for (i, (p, g)) in items.iter().zip(&gold.attributions.items).enumerate() {
                if !on(p) {
                    continue;
                }
                let agree = match (p.source, x.source) {
                    (Some(a), Some(b)) if overlaps(a, b) => true,
                    _ => {
                        (g.source.is_none() && x.source.is_none())
                            || matches!((&g.resolved, &x.speaker), (Some(a), Some(b)) if speaker_key(a) == speaker_key(b))
                    }
                };
                if agree {
                    found[i] = true;
                    right = true;
                }
            }
            scores.attributions.precision.count(right);
            if right {
                continue;
            }
            let note = noted
                .iter()
                .zip(&gold.attributions.not_attributions)
                .find(|(p, _)| on(p));
            scores.attributions_noted += usize::from(note.is_some());
            let gold_says = note
                .map(|(_, n)| format!("not an attribution: {}", n.why))
                .or_else(|| {
                    items
                        .iter()
                        .zip(&gold.attributions.items)
                        .find(|(p, _)| on(p))
                        .map(|(_, g)| {
                            format!(
                                "{} | {} (resolved {})",
                                g.source.as_deref().unwrap_or("(unstated)"),
                                g.cue,
                                g.resolved.as_deref().unwrap_or("-")
                            )
                        })
                });
            let system = format!(
                "{} | {} (speaker {})",
                x.source.map_or("(unstated)", |src| article.slice(src)),
                article.slice(x.cue),
                x.speaker.as_deref().unwrap_or("-")
            );
            s.mismatch(
                Finding::Attribution,
                s.key(k),
                article.slice(sentence),
                gold_says,
                Some(system),
            );
        }
    }
    for (g, &hit) in gold.attributions.items.iter().zip(&found) {
        scores.attributions.recall.count(hit);
        if !hit {
            s.mismatch(
                Finding::Attribution,
                g.article.0.clone(),
                &g.sentence,
                Some(format!(
                    "{} | {} (resolved {})",
                    g.source.as_deref().unwrap_or("(unstated)"),
                    g.cue,
                    g.resolved.as_deref().unwrap_or("-")
                )),
                None,
            );
        }
    }
    Ok(())
}

/// Up to 30 bytes of `text` either side of `span`, on one line (where a
/// mismatch was seen).
fn around(text: &str, span: Span) -> String {
    let mut start = span.start.saturating_sub(30);
    while !text.is_char_boundary(start) {
        start -= 1;
    }
    let mut end = (span.end + 30).min(text.len());
    while !text.is_char_boundary(end) {
        end += 1;
    }
    text[start..end]
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

fn entities(s: &mut Story, scores: &mut Scores) {
    let gold = &s.file.story;
    let forms: Vec<HashSet<String>> = gold
        .entities
        .iter()
        .map(|e| e.forms.iter().map(|f| name_key(f)).collect())
        .collect();
    let mut owners: HashMap<&str, BTreeSet<usize>> = HashMap::new();
    for (i, f) in forms.iter().enumerate() {
        for form in f {
            owners.entry(form.as_str()).or_default().insert(i);
        }
    }
    let apart: Vec<Vec<String>> = gold
        .not_merged
        .iter()
        .map(|n| n.forms.iter().map(|f| name_key(f)).collect())
        .collect();
    let analysis = s.analysis;
    let mut written: Vec<HashSet<String>> = Vec::new();
    // Indices into `written` of the entities the report asserts.
    let mut asserted: Vec<usize> = Vec::new();
    for e in &analysis.entities {
        let texts: BTreeSet<String> = e
            .mentions
            .iter()
            .map(|m| name_key(s.article(m.article).slice(m.span)))
            .collect();
        written.push(texts.iter().cloned().collect());
        let stray: Vec<&String> = texts
            .iter()
            .filter(|t| !owners.contains_key(t.as_str()))
            .collect();
        let common = texts
            .iter()
            .filter_map(|t| owners.get(t.as_str()))
            .fold(None::<BTreeSet<usize>>, |acc, o| {
                Some(match acc {
                    None => o.clone(),
                    Some(a) => a.intersection(o).copied().collect(),
                })
            })
            .unwrap_or_default();
        let typed = common
            .iter()
            .any(|&i| gold.entities[i].kind.kind() == e.kind);
        let right = stray.is_empty() && typed;
        scores.all_entities.precision.count(right);
        if e.confidence != EntityConfidence::Asserted {
            continue;
        }
        asserted.push(written.len() - 1);
        scores.entities.precision.count(right);
        if right {
            continue;
        }
        let why = if !stray.is_empty() {
            scores.entity_errors.no_gold_form += 1;
            format!(
                "no gold form: {}",
                stray
                    .iter()
                    .map(|t| t.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            )
        } else if common.is_empty() {
            scores.entity_errors.merged += 1;
            let kept_apart = apart
                .iter()
                .any(|forms| forms.iter().filter(|f| texts.contains(*f)).count() >= 2);
            scores.entity_errors.not_merged += usize::from(kept_apart);
            let names: BTreeSet<&str> = texts
                .iter()
                .filter_map(|t| owners.get(t.as_str()))
                .flatten()
                .map(|&i| gold.entities[i].name.as_str())
                .collect();
            format!(
                "merges {}{}",
                names.into_iter().collect::<Vec<_>>().join(" + "),
                if kept_apart {
                    " (kept apart in the gold)"
                } else {
                    ""
                }
            )
        } else {
            scores.entity_errors.wrong_type += 1;
            let i = common.iter().next().copied().unwrap_or(0);
            format!(
                "{} is {}",
                gold.entities[i].name,
                gold.entities[i].kind.kind().as_str()
            )
        };
        s.mismatch(
            Finding::Entity,
            String::new(),
            &e.name,
            Some(why),
            Some(format!(
                "{}: {}{}",
                e.kind.as_str(),
                texts.iter().cloned().collect::<Vec<_>>().join(" | "),
                e.mentions
                    .first()
                    .map(|m| format!(" (in \"{}\")", around(&s.article(m.article).text, m.span)))
                    .unwrap_or_default()
            )),
        );
    }
    for (g, f) in gold.entities.iter().zip(&forms) {
        let found = |w: &HashSet<String>| f.iter().all(|x| w.contains(x));
        let anywhere = written.iter().any(found);
        scores.all_entities.recall.count(anywhere);
        let hit = asserted.iter().any(|&i| found(&written[i]));
        scores.entities.recall.count(hit);
        if !hit {
            // Found, but shown as possible only: not a plain miss.
            let possible = anywhere.then(|| "a possible entity only, not asserted".to_string());
            s.mismatch(
                Finding::Entity,
                String::new(),
                &g.name,
                Some(format!(
                    "{}: {}",
                    g.kind.kind().as_str(),
                    g.forms.join(" | ")
                )),
                possible,
            );
        }
    }
}

fn timeline(s: &mut Story, scores: &mut Scores) -> Result<(), AuditError> {
    let gold = &s.file.story;
    // Groups of gold items by (article, text), with every occurrence.
    let mut groups: Vec<(usize, &str, Vec<usize>, Vec<Span>)> = Vec::new();
    for (i, t) in gold.timeline.iter().enumerate() {
        let k = s.index(&t.article);
        if let Some(g) = groups.iter_mut().find(|g| g.0 == k && g.1 == t.text) {
            g.2.push(i);
            continue;
        }
        let spans = s.every(format!("timeline[{i}]"), &t.article, &t.text)?;
        groups.push((k, t.text.as_str(), vec![i], spans));
    }
    // An occurrence inside a longer gold expression belongs to that one.
    let all: Vec<(usize, Span)> = groups
        .iter()
        .flat_map(|g| g.3.iter().map(move |&sp| (g.0, sp)))
        .collect();
    for g in &mut groups {
        let k = g.0;
        g.3.retain(|sp| {
            !all.iter().any(|&(ok, o)| {
                ok == k && o.start <= sp.start && sp.end <= o.end && o.len() > sp.len()
            })
        });
    }
    let mut noted = Vec::new();
    for (i, n) in gold.not_time.iter().enumerate() {
        let k = s.index(&n.article);
        for span in s.every(format!("not_time[{i}]"), &n.article, &n.text)? {
            noted.push((k, span, n.why.as_str()));
        }
    }
    let analysis = s.analysis;
    let same = |item: usize, value: &str, precision: crosscheck_pipeline::Precision| {
        let t = &gold.timeline[item];
        t.date == value && t.precision.stage() == precision
    };
    let mut hit_occurrences: Vec<BTreeSet<usize>> = vec![BTreeSet::new(); groups.len()];
    for entry in &analysis.timeline {
        let TimelineKind::Statement { expression, .. } = entry.kind else {
            continue;
        };
        let k = entry.article;
        let x = &analysis.times[k][expression];
        let value = x.when.value();
        let mut right = false;
        let mut on_gold = None;
        for (gi, g) in groups.iter().enumerate() {
            if g.0 != k {
                continue;
            }
            for (oi, &o) in g.3.iter().enumerate() {
                if !overlaps(o, x.span) {
                    continue;
                }
                if g.2.iter().any(|&i| same(i, &value, x.when.precision)) {
                    right = true;
                    hit_occurrences[gi].insert(oi);
                } else {
                    on_gold = Some(g.2[0]);
                }
            }
        }
        scores.timeline.precision.count(right);
        if right {
            continue;
        }
        let note = noted
            .iter()
            .find(|&&(nk, n, _)| nk == k && overlaps(n, x.span));
        let gold_says = if let Some(i) = on_gold {
            scores.time_errors.wrong_value += 1;
            let t = &gold.timeline[i];
            let finer = |p: crosscheck_pipeline::Precision| match p {
                crosscheck_pipeline::Precision::Year => 0,
                crosscheck_pipeline::Precision::Month => 1,
                crosscheck_pipeline::Precision::Day => 2,
            };
            if t.date.starts_with(&value) && finer(x.when.precision) < finer(t.precision.stage()) {
                scores.time_errors.coarser += 1;
            }
            Some(format!("{} ({:?}) for `{}`", t.date, t.precision, t.text))
        } else if let Some((_, _, why)) = note {
            scores.time_errors.not_time += 1;
            Some(format!("not a time expression: {why}"))
        } else {
            scores.time_errors.unlisted += 1;
            None
        };
        s.mismatch(
            Finding::Time,
            s.key(k),
            s.article(k).slice(x.span),
            gold_says,
            Some(format!("{value} ({})", x.when.precision.as_str())),
        );
    }
    for (g, hits) in groups.iter().zip(&hit_occurrences) {
        let n = g.2.len();
        let found = hits.len().min(n);
        scores.timeline.recall += Ratio {
            hits: found,
            total: n,
        };
        if found < n {
            let t = &gold.timeline[g.2[0]];
            s.mismatch(
                Finding::Time,
                t.article.0.clone(),
                &t.text,
                Some(format!(
                    "{} ({:?}), {} of {n} found",
                    t.date, t.precision, found
                )),
                None,
            );
        }
    }
    Ok(())
}

fn alignments(s: &mut Story, scores: &mut Scores) -> Result<(), AuditError> {
    let gold = &s.file.story;
    let mut placed = Vec::new();
    for (i, g) in gold.alignments.iter().enumerate() {
        let a = s.unique(format!("alignments[{i}].a"), &g.a.article, &g.a.sentence)?;
        let b = s.unique(format!("alignments[{i}].b"), &g.b.article, &g.b.sentence)?;
        let (ka, kb) = (s.index(&g.a.article), s.index(&g.b.article));
        placed.push(((ka, s.sentences(ka, a)), (kb, s.sentences(kb, b))));
    }
    let analysis = s.analysis;
    let mut found = vec![false; placed.len()];
    let mut found_asserted = vec![false; placed.len()];
    for al in &analysis.alignments {
        let x = (al.a, al.a_sentence);
        let y = (al.b, al.b_sentence);
        let on =
            |(k, ss): &(usize, Vec<usize>), (xk, xs): (usize, usize)| *k == xk && ss.contains(&xs);
        let mut right = false;
        for (i, (ga, gb)) in placed.iter().enumerate() {
            if (on(ga, x) && on(gb, y)) || (on(ga, y) && on(gb, x)) {
                found[i] = true;
                found_asserted[i] |= al.asserted;
                right = true;
            }
        }
        scores.all_alignments.precision.count(right);
        if al.asserted {
            scores.alignments.precision.count(right);
        }
        if !right {
            let sentence =
                |(k, i): (usize, usize)| s.article(k).slice(s.article(k).sentences[i].span);
            let asserted = if al.asserted {
                ""
            } else {
                ", possibly (not asserted)"
            };
            s.mismatch(
                Finding::Alignment,
                format!("{}/{}", s.key(al.a), s.key(al.b)),
                &format!("{} ⇄ {}", sentence(x), sentence(y)),
                None,
                Some(format!(
                    "{} {:.2}{asserted}",
                    al.relation.as_str(),
                    al.score
                )),
            );
        }
    }
    adds(s, scores, &placed);
    for ((g, &hit), &asserted) in gold.alignments.iter().zip(&found).zip(&found_asserted) {
        scores.all_alignments.recall.count(hit);
        scores.alignments.recall.count(asserted);
        if !hit {
            s.mismatch(
                Finding::Alignment,
                format!("{}/{}", g.a.article, g.b.article),
                &format!("{} ⇄ {}", g.a.sentence, g.b.sentence),
                Some(format!("{:?}", g.relation)),
                None,
            );
        }
    }
    Ok(())
}

/// One gold alignment's two sides: each an article and the system
/// sentences the gold sentence overlaps.
type GoldPair = ((usize, Vec<usize>), (usize, Vec<usize>));

/// Score what each article adds against the sentences the gold pairs
/// with another article's (`placed`: each gold alignment's two sides).
fn adds(s: &mut Story, scores: &mut Scores, placed: &[GoldPair]) {
    let mut paired: HashSet<(usize, usize)> = HashSet::new();
    for (a, b) in placed {
        for (k, ss) in [a, b] {
            paired.extend(ss.iter().map(|&i| (*k, i)));
        }
    }
    let analysis = s.analysis;
    for (k, framing) in analysis.framing.iter().enumerate() {
        let shown: BTreeSet<usize> = framing
            .adds
            .iter()
            .flat_map(|a| a.sentences.iter().copied())
            .collect();
        for i in 0..s.article(k).sentences.len() {
            let alone = !paired.contains(&(k, i));
            if alone {
                scores.adds.recall.count(shown.contains(&i));
            }
            if !shown.contains(&i) {
                continue;
            }
            scores.adds.precision.count(alone);
            if !alone {
                let article = s.article(k);
                s.mismatch(
                    Finding::Addition,
                    s.key(k),
                    article.slice(article.sentences[i].span),
                    Some("paired with another article's sentence".into()),
                    Some("only this article's".into()),
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_compare_without_titles_and_punctuation() {
        let check = |a: &str, b: &str, same: bool| {
            assert_eq!(name_key(a) == name_key(b), same, "{a} / {b}")
        };
        check("Sen. John McCain", "John McCain", true);
        check("Mr Justice Aikens", "Aikens", true);
        check("Chief Justice John Roberts", "JOHN ROBERTS", true);
        check("O’Brien", "O'Brien", true);
        check(
            "a senior administration official",
            "a senior administration official",
            true,
        );
        check("Merkel's", "Merkel", false);
        check("Glenn Beck", "Beck", false);
        assert!(names(
            "White House Press Secretary Jay Carney",
            "Jay Carney"
        ));
        assert!(names(
            "Louie Gohmert, Republican of Texas,",
            "Rep. Louie Gohmert"
        ));
        assert!(!names("Beck", "Glenn Beck"));
        assert!(!names("Michelle Obama", "Obama"));
        // A title alone is kept, so it cannot equal every other title.
        assert_eq!(name_key("President"), "president");
        // A speaker's leading article is no part of who it is; a name's
        // is kept.
        assert_eq!(
            speaker_key("The Department of Health"),
            speaker_key("Department of Health")
        );
        assert_eq!(speaker_key("the Rev. Al Sharpton"), "al sharpton");
        assert_eq!(speaker_key("The"), "the");
        assert_ne!(name_key("The Hill"), name_key("Hill"));
    }

    #[test]
    fn scope_counts_blocks_after_a_basil_title() {
        let text = "Title here\n\nFirst para.\nstill first.\n\n  \nSecond.\n\nThird.";
        let s = scope(text, Bench::Basil, Some("Title here"), 2);
        assert_eq!(
            &text[s.start..s.end],
            "First para.\nstill first.\n\n  \nSecond."
        );
        let s = scope(text, Bench::Meter, None, 1);
        assert_eq!(&text[s.start..s.end], "Title here");
        let s = scope(text, Bench::Basil, None, 9);
        assert_eq!(&text[s.start..s.end], text);
    }

    #[test]
    fn whole_words_only() {
        let text = "He said the thing; then he left.";
        let all = Span::new(0, text.len());
        let found: Vec<&str> = words_in(text, all, "he")
            .iter()
            .map(|s| &text[s.start..s.end])
            .collect();
        assert_eq!(found, ["he"]);
        assert_eq!(words_in(text, all, "He").len(), 1);
    }
}
