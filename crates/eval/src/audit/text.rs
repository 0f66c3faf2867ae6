//! The audit report as text: one line per kind of finding, precision with
//! its counts and recall with its counts, for each split and overall; with
//! `details`, every story's lines and its mismatches.

use std::fmt::Write;

use super::{AuditReport, Finding, Pr, Scores, Split, StoryReport};

/// The report as text.
pub fn render(report: &AuditReport, details: bool) -> String {
    let mut out = String::new();
    let evidence = report
        .sentence_model
        .as_deref()
        .map_or("lexical evidence only".to_string(), |m| {
            format!("sentence model {m}")
        });
    let _ = writeln!(
        out,
        "audit: what the report asserts, on {} hand-judged stories ({evidence})",
        report.stories.len()
    );
    if details {
        for story in &report.stories {
            story_section(&mut out, story);
        }
        let _ = writeln!(out);
    }
    for split in Split::ALL {
        let _ = writeln!(
            out,
            "{split} ({} stories{})",
            report.stories_in(split),
            partial_note(report.partial_in(Some(split)))
        );
        lines(&mut out, &report.split(split));
    }
    let _ = writeln!(
        out,
        "all ({} stories{})",
        report.stories.len(),
        partial_note(report.partial_in(None))
    );
    lines(&mut out, &report.overall());
    out
}

/// The speakers set as text: quotations and their speakers only, for each
/// split and overall; with `details`, every article's lines and its
/// quotation and speaker mismatches.
pub fn render_speakers(report: &AuditReport, details: bool) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "speakers: quotations and who said them, on {} hand-judged articles",
        report.stories.len()
    );
    if details {
        for story in &report.stories {
            let _ = writeln!(out, "\n{} [{}] {}", story.story, story.split, story.event);
            quotation_lines(&mut out, &story.scores);
            mismatch_lines(&mut out, story, |f| {
                matches!(f, Finding::Quotation | Finding::Speaker)
            });
        }
        let _ = writeln!(out);
    }
    for split in Split::ALL {
        let _ = writeln!(out, "{split} ({} articles)", report.stories_in(split));
        quotation_lines(&mut out, &report.split(split));
    }
    let _ = writeln!(out, "all ({} articles)", report.stories.len());
    quotation_lines(&mut out, &report.overall());
    out
}

/// How the header names stories judged for some kinds of finding only.
fn partial_note(partial: usize) -> String {
    match partial {
        0 => String::new(),
        n => format!(", {n} of them judged for some kinds of finding only"),
    }
}

fn line(out: &mut String, name: &str, precision: String, recall: String, note: String) {
    let _ = writeln!(out, "  {name:<22}{precision:<34}{recall:<32}{note}");
}

/// A line of precision and recall.
fn pr_line(out: &mut String, name: &str, pr: &Pr, note: String) {
    line(
        out,
        name,
        format!("precision {}", pr.precision),
        format!("recall {}", pr.recall),
        note,
    );
}

/// The quotation and speaker lines of one set of counts.
fn quotation_lines(out: &mut String, s: &Scores) {
    pr_line(
        out,
        "quotations",
        &s.quotations,
        format!("{} on a noted non-quotation", s.quotations_noted),
    );
    line(
        out,
        "speakers",
        format!("accuracy {}", s.speakers),
        format!("continuations {}", s.speakers_continuations),
        format!("over all gold quotations {}", s.speakers_all),
    );
    line(
        out,
        "",
        format!("names the speaker {}", s.speakers_named),
        format!("when named {}", s.speakers_named_basis),
        format!("by a pronoun {}", s.speakers_pronoun_basis),
    );
    line(
        out,
        "",
        String::new(),
        format!("when continuing {}", s.speakers_continuation_basis),
        format!("a document's {}", s.speakers_document_basis),
    );
}

/// The lines of one set of counts.
pub fn lines(out: &mut String, s: &Scores) {
    pr_line(
        out,
        "derivation edges",
        &s.derivation,
        format!("{} on a pair noted as none", s.derivation_noted),
    );
    pr_line(
        out,
        "",
        &s.derivation_meter_labels,
        "METER's own labels for its papers".to_string(),
    );
    quotation_lines(out, s);
    line(
        out,
        "material changes",
        format!("precision {}", s.material),
        format!("recall {}", s.material_recall),
        String::new(),
    );
    pr_line(out, "quotation pairs", &s.pairs, String::new());
    pr_line(
        out,
        "attributions",
        &s.attributions,
        format!("{} on a noted non-attribution", s.attributions_noted),
    );
    let e = &s.entity_errors;
    pr_line(
        out,
        "entities",
        &s.entities,
        format!(
            "wrong: {} no gold form, {} merges ({} kept apart in the gold), {} wrong type",
            e.no_gold_form, e.merged, e.not_merged, e.wrong_type
        ),
    );
    pr_line(out, "", &s.all_entities, "possible ones too".to_string());
    let t = &s.time_errors;
    pr_line(
        out,
        "timeline",
        &s.timeline,
        format!(
            "wrong: {} wrong date ({} coarser than the gold's), {} on a noted non-time, {} unlisted",
            t.wrong_value, t.coarser, t.not_time, t.unlisted
        ),
    );
    pr_line(out, "aligned pairs", &s.alignments, "asserted".to_string());
    pr_line(
        out,
        "",
        &s.all_alignments,
        "possibly related ones too".to_string(),
    );
    pr_line(
        out,
        "adds",
        &s.adds,
        "sentences only one article has".to_string(),
    );
}

fn story_section(out: &mut String, story: &StoryReport) {
    let _ = writeln!(out, "\n{} [{}] {}", story.story, story.split, story.event);
    lines(out, &story.scores);
    mismatch_lines(out, story, |_| true);
}

/// A story's mismatches of the kinds `keep` takes, one line each, and the
/// gold items that could not be placed.
fn mismatch_lines(out: &mut String, story: &StoryReport, keep: impl Fn(Finding) -> bool) {
    for m in story.mismatches.iter().filter(|m| keep(m.finding)) {
        let place = if m.article.is_empty() {
            String::new()
        } else {
            format!(" {}", m.article)
        };
        let one_line = |s: &String| s.split_whitespace().collect::<Vec<_>>().join(" ");
        let verdict = match (
            m.gold.as_ref().map(one_line),
            m.system.as_ref().map(one_line),
        ) {
            (Some(g), Some(s)) => format!("says {s}; gold: {g}"),
            (None, Some(s)) => format!("says {s}; not in the gold"),
            (Some(g), None) => format!("missed; gold: {g}"),
            (None, None) => String::new(),
        };
        let _ = writeln!(
            out,
            "    {}{place}: {:?} {verdict}",
            m.finding.as_str(),
            one_line(&m.text)
        );
    }
    for u in &story.unplaced {
        let _ = writeln!(out, "    unplaced gold item: {u}");
    }
}
