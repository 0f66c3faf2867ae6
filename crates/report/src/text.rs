//! The human-readable terminal report.

use std::fmt::Write;

use crosscheck_pipeline::{
    Alignment, Analysis, EntityConfidence, StageId, StageStatus, TimelineKind,
};

use crosscheck_quotes::ChangeOp;

use crate::ids::{ArticleId, EntityId, SentenceId};
use crate::summary::plural;

/// The order a reader reads the stages in: what corresponds and who copied
/// whom first, then what rests on whose word, then names and dates. Every
/// stage once (a test checks it); the run order is [`StageId::ALL`].
pub(crate) const READING_ORDER: [StageId; 8] = [
    StageId::Alignment,
    StageId::Derivation,
    StageId::Quotes,
    StageId::Attribution,
    StageId::Corroboration,
    StageId::Framing,
    StageId::Entities,
    StageId::Time,
];

/// How the terminal report is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TextOptions {
    /// The answers alone (the summary), without the detail by stage.
    pub brief: bool,
    /// Headings in bold (for a terminal that shows colour; never in a
    /// pipe or a file).
    pub color: bool,
    /// The columns to wrap at (the terminal's width; [`WIDTH`] otherwise).
    pub width: usize,
}

impl Default for TextOptions {
    fn default() -> TextOptions {
        TextOptions {
            brief: false,
            color: false,
            width: WIDTH,
        }
    }
}

/// The terminal report of `compare`, in full and without colour.
pub fn compare_text(analysis: &Analysis) -> String {
    compare_text_with(analysis, TextOptions::default())
}

/// The terminal report of `compare`: the articles, the answers (the
/// summary), then — unless `brief` — the detail by stage. Control
/// characters in what the articles say are shown as escapes
/// ([`crate::visible`]).
pub fn compare_text_with(analysis: &Analysis, options: TextOptions) -> String {
    let mut out = String::new();
    let n = analysis.articles.len();
    let _ = writeln!(
        out,
        "crosscheck compare: {n} article{}\n",
        if n == 1 { "" } else { "s" }
    );
    for (i, a) in analysis.articles.iter().enumerate() {
        let m = &a.meta;
        let outlet = match (&m.outlet, &m.outlet_as_written) {
            (Some(o), Some(w)) if o != w => format!("{o} (as written: {w})"),
            (Some(o), _) => o.clone(),
            (None, _) => "unknown outlet".to_string(),
        };
        let date = m.published.map_or("undated".to_string(), |p| {
            p.date.format("%Y-%m-%d").to_string()
        });
        let mut line = format!("{}  {outlet} · {date}", ArticleId(i));
        if let Some(author) = &m.author {
            let _ = write!(line, " · {author}");
        }
        let _ = writeln!(out, "{line}");
        if let Some(title) = &m.title {
            let _ = writeln!(out, "    {title}");
        }
        if let Some(dek) = &m.dek {
            let _ = writeln!(out, "    {dek}");
        }
        let _ = writeln!(
            out,
            "    {} · {} · {} · {} · {}\n",
            a.origin.source,
            m.language.as_deref().unwrap_or("language unknown"),
            plural(a.paragraphs.len(), "paragraph", "paragraphs"),
            plural(a.sentences.len(), "sentence", "sentences"),
            plural(a.text.chars().count(), "character", "characters")
        );
    }
    // The report's own headings, to show in bold on a terminal: known
    // lines, none of which holds an article's words.
    let mut headings: Vec<String> = vec!["In short".to_string()];
    summary_section(&mut out, analysis, &mut headings, options.width);
    if !options.brief {
        let detail = "In detail, stage by stage".to_string();
        let _ = writeln!(out, "{detail}\n");
        headings.push(detail);
        for stage in READING_ORDER {
            let line = stage_heading(stage);
            let _ = writeln!(out, "{line}");
            headings.push(line);
            out.push_str(&stage_findings(stage, analysis, options.width));
            out.push('\n');
        }
    }
    let out = crate::visible(&out).into_owned();
    if !options.color {
        return out;
    }
    out.lines()
        .map(|l| {
            if headings.iter().any(|h| h == l) {
                format!("\u{1b}[1m{l}\u{1b}[0m\n")
            } else {
                format!("{l}\n")
            }
        })
        .collect()
}

fn stage_heading(stage: StageId) -> String {
    format!("{} — {}", title_case(stage.name()), stage.question())
}

/// The answers first: the story, who derives from whom, the claims several
/// outlets carry, the caveats left out, quotations changed, conflicts —
/// each with the sentences it rests on, whole.
fn summary_section(
    out: &mut String,
    analysis: &Analysis,
    headings: &mut Vec<String>,
    width: usize,
) {
    let s = crate::summary::summary(analysis);
    let _ = writeln!(out, "In short");
    for line in &s.story {
        let _ = writeln!(out, "{}", wrapped(&format!("    {line}"), "      ", width));
    }
    out.push('\n');
    for part in &s.parts {
        let line = format!("  {}", part.heading);
        let _ = writeln!(out, "{line}");
        headings.push(line);
        if part.findings.is_empty() {
            let _ = writeln!(out, "    {}", part.none);
        }
        for f in &part.findings {
            let _ = writeln!(
                out,
                "{}",
                wrapped(&format!("    {}", f.text), "      ", width)
            );
            for (id, text) in &f.evidence {
                let line = format!("        {id}  {text}");
                let _ = writeln!(out, "{}", wrapped(&line, EVIDENCE_INDENT, width));
            }
            if !f.passages.is_empty() {
                let line = format!(
                    "        shared passages: {}",
                    crate::summary::pairs(&f.passages)
                );
                let _ = writeln!(out, "{}", wrapped(&line, EVIDENCE_INDENT, width));
            }
        }
        out.push('\n');
    }
}

/// A sentence whole, for the other reports.
pub(crate) fn sentence_text(analysis: &Analysis, article: usize, index: usize) -> &str {
    sentence(analysis, article, index)
}

/// A sentence whole (a report wraps it; it never cuts evidence).
fn sentence(analysis: &Analysis, article: usize, index: usize) -> &str {
    let a = &analysis.articles[article];
    a.slice(a.sentences[index].span)
}

/// The findings of one stage as text: what it found, or that it is not
/// built, or that it did not run on this story.
pub(crate) fn stage_findings(stage: StageId, analysis: &Analysis, width: usize) -> String {
    let mut out = String::new();
    if stage.status() == StageStatus::NotBuilt {
        let _ = writeln!(out, "    not built yet: nothing was looked for");
        return out;
    }
    if !analysis.has_run(stage) {
        let _ = writeln!(out, "    not run on this story: nothing was looked for");
        return out;
    }
    match stage {
        StageId::Alignment => alignment_section(&mut out, analysis, width),
        StageId::Derivation => derivation_section(&mut out, analysis, width),
        StageId::Quotes => quotes_section(&mut out, analysis, width),
        StageId::Attribution => attribution_section(&mut out, analysis, width),
        StageId::Time => time_section(&mut out, analysis, width),
        StageId::Entities => entities_section(&mut out, analysis, width),
        StageId::Corroboration => claims_section(&mut out, analysis, width),
        StageId::Framing => framing_section(&mut out, analysis, width),
    }
    out
}

fn framing_section(out: &mut String, analysis: &Analysis, width: usize) {
    for (k, f) in analysis.framing.iter().enumerate() {
        let a = &analysis.articles[k];
        let outlet = crate::outlet_plain(analysis, k);
        let words = |m: &[crosscheck_pipeline::Marker]| -> String {
            if m.is_empty() {
                return "none".to_string();
            }
            m.iter()
                .map(|m| format!("“{}” ({})", a.slice(m.span), SentenceId::new(k, m.sentence)))
                .collect::<Vec<_>>()
                .join(", ")
        };
        let voices = if f.voices.is_empty() {
            "none".to_string()
        } else {
            f.voices
                .iter()
                .map(|v| {
                    format!(
                        "{} {} ({} quoted directly)",
                        v.source_type.as_str().replace('_', " "),
                        v.attributions,
                        v.direct
                    )
                })
                .collect::<Vec<_>>()
                .join(", ")
        };
        let id = ArticleId(k).to_string();
        if outlet == id {
            let _ = writeln!(out, "    {id}");
        } else {
            let _ = writeln!(out, "    {id} {outlet}");
        }
        let adds = if f.adds.is_empty() {
            "none found".to_string()
        } else {
            crate::summary::additions(analysis, k)
                .into_iter()
                .map(|(topic, ids)| {
                    let ids: Vec<String> = ids.iter().map(ToString::to_string).collect();
                    format!("{topic} ({})", ids.join(", "))
                })
                .collect::<Vec<_>>()
                .join("; ")
        };
        let loaded = match &f.loaded {
            crosscheck_pipeline::Loaded::NotMeasured(why) => format!("not measured: {why}"),
            crosscheck_pipeline::Loaded::Found(found) if found.is_empty() => "none".to_string(),
            crosscheck_pipeline::Loaded::Found(found) => found
                .iter()
                .map(|l| {
                    let id = SentenceId::new(k, l.sentence);
                    if l.words.is_empty() {
                        return id.to_string();
                    }
                    let w: Vec<String> = l
                        .words
                        .iter()
                        .map(|(s, _)| format!("“{}”", a.slice(*s)))
                        .collect();
                    format!("{} ({id})", w.join(", "))
                })
                .collect::<Vec<_>>()
                .join("; "),
        };
        for line in [
            format!("      hedges: {}", words(&f.hedges)),
            format!("      certainty: {}", words(&f.certainty)),
            format!("      loaded language: {loaded}"),
            format!("      voices: {voices}"),
            format!("      adds: {adds}"),
        ] {
            let _ = writeln!(out, "{}", wrapped(&line, "          ", width));
        }
    }
    let mut notes = vec![crate::summary::ADDS_NOTE];
    notes.extend(crate::summary::loaded_note(analysis));
    for note in notes {
        let _ = writeln!(out, "{}", wrapped(&format!("    {note}"), "      ", width));
    }
    let _ = writeln!(
        out,
        "    informational bias: not built yet, nothing was looked for"
    );
}

fn claims_section(out: &mut String, analysis: &Analysis, width: usize) {
    let names = crate::outlet_names(analysis);
    let outlet = |k: usize| names[k].clone();
    let (shared, single): (Vec<_>, Vec<_>) = analysis
        .claims
        .iter()
        .enumerate()
        .partition(|(_, c)| c.articles.len() > 1);
    if shared.is_empty() {
        let _ = writeln!(out, "    no claim is carried by more than one article");
    }
    for (n, c) in shared {
        let outlets: Vec<String> = c.articles.iter().map(|&k| outlet(k)).collect();
        let count = c.independent_sources();
        let _ = writeln!(
            out,
            "    c{}  {} · {} independent source{}{}",
            n + 1,
            outlets.join(", "),
            count,
            if count == 1 { "" } else { "s" },
            if c.single_source() {
                " — rests on a single source"
            } else {
                ""
            }
        );
        let _ = writeln!(
            out,
            "{}",
            wrapped(&format!("      {}", c.why), "      ", width)
        );
        for &(k, i) in &c.statements {
            let line = format!(
                "      {}  {}",
                SentenceId::new(k, i),
                sentence(analysis, k, i)
            );
            let _ = writeln!(out, "{}", wrapped(&line, "          ", width));
        }
        for x in &c.conflicts {
            let line = format!(
                "      conflict ({}): {} says “{}”, {} says “{}”",
                x.kind.as_str(),
                SentenceId::new(x.a.0, x.a.1),
                x.sides.0,
                SentenceId::new(x.b.0, x.b.1),
                x.sides.1
            );
            let _ = writeln!(out, "{}", wrapped(&line, "          ", width));
        }
        for v in &c.caveats {
            let omitted: Vec<String> = v.omitted_by.iter().map(|&k| outlet(k)).collect();
            let cue = analysis.articles[v.article].slice(v.cue);
            let kind = v.kind.as_str();
            let head = if !v.omissions_assessed {
                format!(
                    "caveat ({kind}; omissions not assessed) “{cue}” ({})",
                    outlet(v.article)
                )
            } else if omitted.is_empty() {
                format!("caveat ({kind}) “{cue}” ({})", outlet(v.article))
            } else {
                format!(
                    "caveat ({kind}) “{cue}” ({}), omitted by {}",
                    outlet(v.article),
                    omitted.join(", ")
                )
            };
            let line = format!(
                "      {head}: {}  {}",
                SentenceId::new(v.article, v.sentence),
                sentence(analysis, v.article, v.sentence)
            );
            let _ = writeln!(out, "{}", wrapped(&line, "          ", width));
        }
    }
    let caveated = single.iter().filter(|(_, c)| !c.caveats.is_empty()).count();
    let _ = writeln!(
        out,
        "    {} statement{} carried by one article only (listed under \"only in\" above){}",
        single.len(),
        if single.len() == 1 { "" } else { "s" },
        if caveated > 0 {
            format!("; {caveated} of them with a caveat")
        } else {
            String::new()
        }
    );
}

fn alignment_section(out: &mut String, analysis: &Analysis, width: usize) {
    let u = &analysis.model_use;
    let evidence = match (analysis.sentence_model.as_deref(), &u.failure) {
        (None, _) => "lexical only (no sentence model)".to_string(),
        (Some(m), Some(failure)) => format!(
            "lexical only: the sentence model ({m}) failed, so the {} pairs lexical evidence left open were decided without it ({failure})",
            u.open_pairs
        ),
        (Some(m), None) => format!(
            "lexical and sentence embeddings ({m}; it judged {} of the {} pairs lexical evidence left open, {} sentences encoded)",
            u.judged_pairs, u.open_pairs, u.sentences
        ),
    };
    let _ = writeln!(out, "    evidence: {evidence}");
    if let Some(pairs) = analysis.pairs.as_ref().filter(|p| !p.is_complete()) {
        let n = analysis.articles.len();
        let _ = writeln!(
            out,
            "    compared: {} of the {} article pairs (each article with the {} others it shares the most text with; derivation also compares every pair where one cites the other's outlet)",
            pairs.len(),
            n * n.saturating_sub(1) / 2,
            pairs.max_partners()
        );
    }
    if let Some(failure) = &u.prefilter_failure {
        let _ = writeln!(
            out,
            "    the static-embedding prefilter failed, so the open pairs were judged unranked ({failure})"
        );
    }
    if analysis.alignments.is_empty() {
        let _ = writeln!(
            out,
            "    no sentence of one article corresponds to a sentence of another"
        );
    }
    let (asserted, possible): (Vec<&Alignment>, Vec<&Alignment>) =
        analysis.alignments.iter().partition(|al| al.asserted);
    let pair = |out: &mut String, al: &Alignment| {
        let _ = writeln!(
            out,
            "    {} ~ {}  {} ({:.2})",
            SentenceId::new(al.a, al.a_sentence),
            SentenceId::new(al.b, al.b_sentence),
            al.relation.as_str(),
            al.score,
        );
        for (k, i) in [(al.a, al.a_sentence), (al.b, al.b_sentence)] {
            let line = format!("      {}", sentence(analysis, k, i));
            let _ = writeln!(out, "{}", wrapped(&line, "      ", width));
        }
    };
    for al in asserted {
        pair(out, al);
    }
    if !possible.is_empty() {
        let _ = writeln!(
            out,
            "    possibly related (weaker evidence, not asserted to report the same statement): {} pair{}",
            possible.len(),
            if possible.len() == 1 { "" } else { "s" }
        );
        for al in possible {
            pair(out, al);
        }
    }
    for (k, only) in analysis.only_in.iter().enumerate() {
        let _ = writeln!(
            out,
            "    only in {}: {} of {} sentences",
            ArticleId(k),
            only.len(),
            analysis.articles[k].sentences.len()
        );
        for &i in only {
            let line = format!(
                "      {}  {}",
                SentenceId::new(k, i),
                sentence(analysis, k, i)
            );
            let _ = writeln!(out, "{}", wrapped(&line, "          ", width));
        }
    }
}

fn derivation_section(out: &mut String, analysis: &Analysis, width: usize) {
    let label = |k: usize| {
        let a = &analysis.articles[k];
        format!(
            "{} ({})",
            ArticleId(k),
            a.meta.outlet.as_deref().unwrap_or(&a.origin.source)
        )
    };
    if analysis.derivation.edges.is_empty() {
        let _ = writeln!(out, "    no article derives from another");
    }
    // Derivations first, then the pairs that only share text: each in the
    // words its evidence supports.
    for d in analysis
        .derivation
        .edges
        .iter()
        .chain(&analysis.derivation.shared_text)
    {
        let _ = writeln!(
            out,
            "    {} {} {}: {}, {:.0}% of its text shared, confidence {:.2}",
            label(d.derived),
            d.strength.wording(),
            label(d.source),
            d.extent.as_str(),
            d.shared_fraction * 100.0,
            d.confidence
        );
        for e in &d.evidence {
            let line = format!("      {}: {}", e.kind.as_str(), e.detail);
            let _ = writeln!(out, "{}", wrapped(&line, CHANGE_INDENT, width));
        }
    }
    for s in &analysis.derivation.siblings {
        let _ = writeln!(
            out,
            "    {} and {} are siblings: both derive from {}",
            label(s.a),
            label(s.b),
            label(s.common_source)
        );
    }
}

fn title_case(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

/// The width the terminal report wraps evidence at, unless told the
/// terminal's.
pub const WIDTH: usize = 100;

/// Where a finding's continuation lines start.
const EVIDENCE_INDENT: &str = "          ";

/// Where a quotation change's continuation lines start.
const CHANGE_INDENT: &str = "              ";

/// A line of evidence whole, wrapped at [`WIDTH`] with its continuation
/// lines indented: nothing a reader needs to check it is cut. The line
/// breaks of a hard-wrapped source text are spaces here.
fn wrapped(line: &str, indent: &str, width: usize) -> String {
    let first = line.len() - line.trim_start().len();
    let options = textwrap::Options::new(width)
        .initial_indent(&line[..first])
        .subsequent_indent(indent)
        .break_words(false);
    let body = line.trim_start();
    if body.contains('\n') {
        let joined: Vec<&str> = body
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .collect();
        textwrap::fill(&joined.join(" "), options)
    } else {
        textwrap::fill(body, options)
    }
}

fn quotes_section(out: &mut String, analysis: &Analysis, width: usize) {
    let mut n = 0;
    for (k, aq) in analysis.quotes.iter().enumerate() {
        let article = &analysis.articles[k];
        for (i, q) in aq.quotes.iter().enumerate() {
            n += 1;
            let who = match (q.speaker.as_deref(), q.basis) {
                (None, _) => "speaker not stated".to_string(),
                (Some(s), crosscheck_quotes::SpeakerBasis::Pronoun) => {
                    format!("{s} (by a pronoun)")
                }
                (Some(s), crosscheck_quotes::SpeakerBasis::Continuation) => {
                    format!("{s} (continuing)")
                }
                (Some(s), _) => s.to_string(),
            };
            let via = q
                .via
                .as_deref()
                .map_or(String::new(), |v| format!(" via {v}"));
            let line = format!(
                "    {}  {who}{via}: “{}”",
                SentenceId::new(k, q.sentence),
                article.slice(q.span)
            );
            let _ = writeln!(out, "{}", wrapped(&line, EVIDENCE_INDENT, width));
            for v in analysis.variants.iter().filter(|v| v.a == (k, i)) {
                let c = &v.comparison;
                let changes: Vec<String> = c
                    .changes
                    .iter()
                    .map(|ch| match ch.op {
                        ChangeOp::Delete => format!("{} “{}”", ch.kind.as_str(), ch.a),
                        ChangeOp::Insert => format!("{} “{}”", ch.kind.as_str(), ch.b),
                        ChangeOp::Replace => {
                            format!("{} “{}” → “{}”", ch.kind.as_str(), ch.a, ch.b)
                        }
                    })
                    .collect();
                let line = format!(
                    "        {} quotes it {}{}{}",
                    SentenceId::new(v.b.0, analysis.quotes[v.b.0].quotes[v.b.1].sentence),
                    c.verdict.as_str().replace('_', " "),
                    if c.material { " (material)" } else { "" },
                    if changes.is_empty() {
                        String::new()
                    } else {
                        format!(": {}", changes.join("; "))
                    }
                );
                let _ = writeln!(out, "{}", wrapped(&line, CHANGE_INDENT, width));
            }
        }
    }
    if n == 0 {
        let _ = writeln!(out, "    no direct quotation");
    }
}

fn attribution_section(out: &mut String, analysis: &Analysis, width: usize) {
    let mut n = 0;
    for (k, aq) in analysis.quotes.iter().enumerate() {
        let article = &analysis.articles[k];
        // In text order: the learned attributions come after the rules' ones.
        let mut ordered: Vec<&crosscheck_quotes::Attribution> = aq.attributions.iter().collect();
        ordered.sort_by_key(|a| (a.sentence, a.cue.start));
        for a in ordered {
            n += 1;
            let source = a
                .source
                .map_or("(unstated)".to_string(), |s| article.slice(s).to_string());
            let chain = if a.chain.len() > 1 {
                format!(" ← {}", a.chain[1..].join(" ← "))
            } else {
                String::new()
            };
            let via = a
                .via
                .as_deref()
                .map_or(String::new(), |v| format!(", via {v}"));
            let line = format!(
                "    {}  [{}] {} {}{chain}{via}: {}",
                SentenceId::new(k, a.sentence),
                a.source_type.as_str().replace('_', " "),
                source,
                article.slice(a.cue),
                article.slice(a.content)
            );
            let _ = writeln!(out, "{}", wrapped(&line, EVIDENCE_INDENT, width));
        }
    }
    if n == 0 {
        let _ = writeln!(out, "    no attribution");
    }
}

/// The terminal report of `quotes`: the two sections of `compare`.
pub fn quotes_text(analysis: &Analysis) -> String {
    let mut out = String::new();
    for stage in [StageId::Quotes, StageId::Attribution] {
        let _ = writeln!(out, "{} — {}", title_case(stage.name()), stage.question());
        out.push_str(&stage_findings(stage, analysis, WIDTH));
        out.push('\n');
    }
    crate::visible(&out).into_owned()
}

/// The terminal report of `entities`: entities and the timeline.
pub fn entities_text(analysis: &Analysis) -> String {
    let mut out = String::new();
    for stage in [StageId::Entities, StageId::Time] {
        let _ = writeln!(out, "{} — {}", title_case(stage.name()), stage.question());
        out.push_str(&stage_findings(stage, analysis, WIDTH));
        out.push('\n');
    }
    crate::visible(&out).into_owned()
}

fn entities_section(out: &mut String, analysis: &Analysis, _width: usize) {
    if analysis.entities.is_empty() {
        let _ = writeln!(out, "    no named entity");
    }
    for (i, e) in analysis.entities.iter().enumerate() {
        let mut per_article: Vec<(usize, usize)> = Vec::new();
        for m in &e.mentions {
            match per_article.iter_mut().find(|(a, _)| *a == m.article) {
                Some(x) => x.1 += 1,
                None => per_article.push((m.article, 1)),
            }
        }
        let counts: Vec<String> = per_article
            .iter()
            .map(|(a, n)| format!("{}×{n}", ArticleId(*a)))
            .collect();
        let possible = e.confidence == EntityConfidence::Possible;
        let kind = format!("{}{}", e.kind.as_str(), if possible { "?" } else { "" });
        let _ = write!(
            out,
            "    {:<4} {:<7} {}  [{}]",
            EntityId(i).to_string(),
            kind,
            e.name,
            counts.join(" ")
        );
        let others: Vec<&String> = e.aliases.iter().filter(|a| **a != e.name).collect();
        if !others.is_empty() {
            let _ = write!(
                out,
                "  also: {}",
                others
                    .iter()
                    .map(|a| format!("“{a}”"))
                    .collect::<Vec<_>>()
                    .join(", ")
            );
        }
        out.push('\n');
    }
    if analysis
        .entities
        .iter()
        .any(|e| e.confidence == EntityConfidence::Possible)
    {
        let _ = writeln!(
            out,
            "    ? possible only: the tagger all but read it otherwise (another type, other words, or no name)"
        );
    }
}

fn time_section(out: &mut String, analysis: &Analysis, width: usize) {
    // The dated statements in timeline order, each sentence once per date.
    let mut statements: Vec<(crosscheck_pipeline::When, usize, usize)> = analysis
        .timeline
        .iter()
        .filter_map(|t| match t.kind {
            TimelineKind::Statement { sentence, .. } => Some((t.when, t.article, sentence)),
            TimelineKind::Publication => None,
        })
        .collect();
    statements.dedup();
    if statements.is_empty() {
        let _ = writeln!(out, "    no dated statement");
    }
    for (when, k, s) in statements {
        let line = format!(
            "    {:<10}  {}  {}",
            when.value(),
            SentenceId::new(k, s),
            sentence(analysis, k, s)
        );
        let _ = writeln!(out, "{}", wrapped(&line, "                  ", width));
    }
    for (k, a) in analysis.articles.iter().enumerate() {
        if let Some(p) = a.meta.published {
            let _ = writeln!(
                out,
                "    {:<10}  {} published",
                p.date.format("%Y-%m-%d"),
                ArticleId(k)
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn evidence_from_a_hard_wrapped_text_is_wrapped_anew() {
        let line = "      He said: ``It is a\n  matter of time.''<\n";
        assert_eq!(
            wrapped(line, "        ", 30),
            "      He said: ``It is a\n        matter of time.''<"
        );
        assert_eq!(wrapped("  one line", "    ", 30), "  one line");
    }

    #[test]
    fn the_reading_order_holds_every_stage_once() {
        let mut order = READING_ORDER.to_vec();
        order.sort();
        let mut all = StageId::ALL.to_vec();
        all.sort();
        assert_eq!(order, all);
    }
}

#[cfg(test)]
mod colour_tests {
    use super::*;
    use crosscheck_model::{Article, ArticleMeta, Origin};

    /// Colour marks the report's headings only: an escape sequence in an
    /// article is shown as text, coloured or not.
    #[test]
    fn colour_is_for_headings_and_never_for_article_text() {
        let meta = ArticleMeta {
            title: Some("In short".to_string()),
            ..ArticleMeta::default()
        };
        let a = Article::from_paragraphs(
            Origin::default(),
            meta,
            ["Red \u{1b}[31malert\u{1b}[0m here."],
        );
        let analysis = crosscheck_pipeline::analyse(vec![a]);
        let plain = compare_text(&analysis);
        assert!(!plain.contains('\u{1b}'));
        let coloured = compare_text_with(
            &analysis,
            TextOptions {
                color: true,
                ..TextOptions::default()
            },
        );
        for line in coloured.lines().filter(|l| l.contains('\u{1b}')) {
            assert!(
                line.starts_with("\u{1b}[1m") && line.ends_with("\u{1b}[0m"),
                "{line:?}"
            );
            assert!(!line.contains("alert"), "{line:?}");
        }
        assert!(coloured.contains("\\u{1b}[31malert"));
        assert!(coloured.contains("\u{1b}[1mIn short\u{1b}[0m"));
    }
}
