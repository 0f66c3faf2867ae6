//! The self-contained HTML report of `compare`: one file, no external
//! resources (it works offline, from a USB stick, printed or on a phone).
//!
//! It leads with the answers (the [`crate::summary`]), each finding linked
//! to the sentences it rests on; then the derivation graph as inline SVG;
//! then the articles side by side, every sentence with its id as anchor
//! (`a1.s5`), aligned sentences highlighted and linked both ways (a click
//! on one highlights its counterparts), sentences only one article has
//! marked; the quotations each outlet renders differently with the removed
//! and added words marked; and the detail of every stage. `j` / `k` move
//! between findings.
//!
//! Article text is untrusted: every string from an article is escaped,
//! control characters are shown as escapes, and a URL is a link only when
//! it is http(s).

use std::collections::BTreeMap;
use std::fmt::Write;

use crosscheck_pipeline::{Analysis, StageStatus};
use crosscheck_quotes::ChangeOp;

use crate::ids::{ArticleId, SentenceId};

const STYLE: &str = "\
:root{--al:#fff3bf;--hl:#ffd43b;--only:#e7f5ff;--del:#ffc9c9;--ins:#b2f2bb}\
*{box-sizing:border-box}\
body{font:15px/1.5 system-ui,sans-serif;margin:0 auto;padding:1em;max-width:90em;color:#222;overflow-wrap:anywhere}\
h1{font-size:1.35em;margin:.2em 0}h2{font-size:1.15em;margin:1.4em 0 .4em;border-bottom:1px solid #ddd}\
h3{font-size:1em;margin:1em 0 .3em}\
.story p{margin:.2em 0}\
.finding{margin:.5em 0;padding:.3em .5em;border-left:3px solid #adb5bd}\
.finding:focus{outline:2px solid #1c7ed6}\
.ev{margin:.2em 0 .2em 1em;color:#333}.ev a{font-family:ui-monospace,monospace;font-size:.85em;margin-right:.4em}.passages a{margin:0}\
.none{color:#666}\
.note{color:#444;font-size:.9em;max-width:60em}\
.cols{display:grid;grid-template-columns:repeat(auto-fit,minmax(20em,1fr));gap:1em}\
.art{border:1px solid #ccc;border-radius:6px;padding:.6em .9em}\
.meta{color:#555;font-size:.9em}.dek{font-style:italic}\
.s{scroll-margin-top:3em}.sid{color:#868e96;font-size:.75em;margin-right:.3em;font-family:ui-monospace,monospace}\
.al{background:var(--al);cursor:pointer}.only{background:var(--only)}\
.s.hl,.s:target{background:var(--hl)}\
.to{font-size:.75em;margin-left:.2em}\
del{background:var(--del)}ins{background:var(--ins);text-decoration:none}\
.legend span{padding:0 .3em;margin-right:.6em}\
svg{max-width:100%;height:auto}\
pre{white-space:pre-wrap;font-size:.85em}\
table{border-collapse:collapse;width:100%;font-size:.9em}td,th{border:1px solid #dee2e6;padding:.3em .5em;vertical-align:top;text-align:left}\
.timeline td:first-child,.timeline td:nth-child(2){white-space:nowrap}\
@media (max-width:40em){.framing tr{display:block;margin-bottom:.6em}.framing td,.framing th{display:block}.framing tr:first-child{display:none}.framing td[data-label]::before{content:attr(data-label) \": \";font-weight:600}}\
details{margin:.3em 0}\
@media print{.to,.keys{display:none}details{display:block}details>*{display:block}}";

/// Click a sentence to highlight its counterparts; `j` / `k` move between
/// findings. Reads only the page's own attributes.
const SCRIPT: &str = "\
document.addEventListener('click',function(e){\
var s=e.target.closest('.s.al');if(!s)return;\
document.querySelectorAll('.hl').forEach(function(x){x.classList.remove('hl')});\
s.classList.add('hl');(s.dataset.with||'').split(' ').forEach(function(id){\
var t=document.getElementById(id);if(t)t.classList.add('hl')})});\
document.addEventListener('keydown',function(e){\
if(e.target.closest('input,textarea'))return;\
if(e.key!=='j'&&e.key!=='k')return;\
var f=Array.prototype.slice.call(document.querySelectorAll('.finding'));if(!f.length)return;\
var i=f.indexOf(document.activeElement);i=e.key==='j'?Math.min(i+1,f.length-1):Math.max(i-1,0);\
f[i].focus();f[i].scrollIntoView({block:'center'})});";

/// `s` escaped for HTML text and attribute values, with control characters
/// and bidirectional controls shown as `\u{…}` escapes ([`crate::visible`]):
/// how every page that shows article text escapes it.
pub fn escape_html(s: &str) -> String {
    esc(s)
}

fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in crate::visible(s).chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

/// A link to a sentence.
fn sentence_link(id: SentenceId) -> String {
    format!("<a href=\"#{id}\">{id}</a>")
}

/// The HTML report of `compare`.
pub fn compare_html(analysis: &Analysis) -> String {
    let summary = crate::summary::summary(analysis);
    let names = crate::outlet_names(analysis);
    let mut out = String::new();
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <title>crosscheck: {}</title><style>{STYLE}</style></head><body>\n",
        esc(&summary.story[0])
    );
    // The answers.
    let _ = write!(
        out,
        "<header class=\"story\"><h1>crosscheck: {}</h1>",
        esc(&summary.story[0])
    );
    for line in &summary.story[1..] {
        let _ = write!(out, "<p>{}</p>", esc(line));
    }
    out.push_str(
        "<p class=\"keys meta\">Keys: <kbd>j</kbd> / <kbd>k</kbd> next / previous finding; \
         click a highlighted sentence to see its counterparts.</p></header>\n<main>\n",
    );
    for (n, part) in summary.parts.iter().enumerate() {
        let _ = write!(
            out,
            "<section id=\"part{}\"><h2>{}</h2>",
            n + 1,
            part.heading
        );
        if part.findings.is_empty() {
            let _ = write!(out, "<p class=\"none\">{}</p>", esc(&part.none));
        }
        for f in &part.findings {
            let _ = write!(
                out,
                "<div class=\"finding\" tabindex=\"0\">{}",
                esc(&f.text)
            );
            for (id, text) in &f.evidence {
                let _ = write!(
                    out,
                    "<div class=\"ev\">{}{}</div>",
                    sentence_link(*id),
                    esc(text)
                );
            }
            if !f.passages.is_empty() {
                out.push_str("<div class=\"ev passages\">shared passages: ");
                for (n, (mine, theirs)) in f.passages.iter().enumerate() {
                    let _ = write!(
                        out,
                        "{}<a href=\"#{mine}\">{mine}</a> ⇐ <a href=\"#{theirs}\">{theirs}</a>",
                        if n == 0 { "" } else { ", " }
                    );
                }
                out.push_str("</div>");
            }
            out.push_str("</div>");
        }
        if n == 0 && !analysis.derivation.edges.is_empty() {
            out.push_str(&graph_svg(analysis, &names));
        }
        out.push_str("</section>\n");
    }
    quotation_diffs(&mut out, analysis, &names);
    framing(&mut out, analysis, &names);
    timeline(&mut out, analysis, &names);
    articles(&mut out, analysis, &names);
    // The detail of every stage.
    out.push_str("<section id=\"detail\"><h2>In detail, stage by stage</h2>");
    for stage in crate::text::READING_ORDER {
        let body = if stage.status() == StageStatus::NotBuilt {
            "<p class=\"none\">not built yet: nothing was looked for</p>".to_string()
        } else {
            format!(
                "<pre>{}</pre>",
                esc(&crate::text::stage_findings(
                    stage,
                    analysis,
                    crate::text::WIDTH
                ))
            )
        };
        let _ = write!(
            out,
            "<details><summary><b>{}</b> — {}</summary>{body}</details>",
            esc(stage.name()),
            esc(stage.question())
        );
    }
    let _ = write!(
        out,
        "</section></main>\n<script>{SCRIPT}</script>\n</body></html>\n"
    );
    out
}

/// The derivation graph: the articles in publication order on a line, an
/// arrow from each derived article to its source, labelled in the words
/// its confidence supports.
fn graph_svg(analysis: &Analysis, names: &[String]) -> String {
    let n = analysis.articles.len();
    let mut order: Vec<usize> = (0..n).collect();
    order.sort_by_key(|&k| {
        let p = analysis.articles[k].meta.published.map(|p| p.date);
        (p.is_none(), p, k)
    });
    let in_graph: Vec<usize> = order
        .into_iter()
        .filter(|&k| {
            analysis
                .derivation
                .edges
                .iter()
                .any(|d| d.derived == k || d.source == k)
        })
        .collect();
    let slot: BTreeMap<usize, usize> = in_graph.iter().enumerate().map(|(i, &k)| (k, i)).collect();
    let (w, step, y) = (180.0_f32, 200.0_f32, 40.0_f32);
    let width = step * in_graph.len() as f32;
    let height = y + 30.0 + 40.0 * analysis.derivation.edges.len() as f32 + 10.0;
    let mut svg = format!(
        "<svg role=\"img\" aria-label=\"derivation graph\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\" \
         xmlns=\"http://www.w3.org/2000/svg\"><defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" \
         refX=\"10\" refY=\"5\" markerWidth=\"8\" markerHeight=\"8\" orient=\"auto\">\
         <path d=\"M0,0L10,5L0,10z\" fill=\"#495057\"/></marker></defs>"
    );
    for (i, &k) in in_graph.iter().enumerate() {
        let x = step * i as f32 + 10.0;
        let _ = write!(
            svg,
            "<a href=\"#{id}\"><rect x=\"{x}\" y=\"10\" width=\"{w}\" height=\"{h}\" rx=\"6\" \
             fill=\"#f1f3f5\" stroke=\"#868e96\"/><text x=\"{tx}\" y=\"34\" text-anchor=\"middle\" \
             font-size=\"13\">{id} {name}</text></a>",
            id = ArticleId(k),
            h = y,
            tx = x + w / 2.0,
            name = esc(&truncate_label(&names[k]))
        );
    }
    for (e, d) in analysis.derivation.edges.iter().enumerate() {
        let (Some(&from), Some(&to)) = (slot.get(&d.derived), slot.get(&d.source)) else {
            continue;
        };
        let x1 = step * from as f32 + 10.0 + w / 2.0;
        let x2 = step * to as f32 + 10.0 + w / 2.0;
        let low = y + 10.0 + 40.0 * (e + 1) as f32;
        // A cubic with both controls at `low` reaches three quarters of
        // the way down: the label goes just below.
        let bottom = (y + 10.0) + 0.75 * (low - (y + 10.0));
        let dash = if d.strength == crosscheck_pipeline::Strength::Derives {
            ""
        } else {
            " stroke-dasharray=\"6 4\""
        };
        let _ = write!(
            svg,
            "<path d=\"M{x1},{y1} C{x1},{low} {x2},{low} {x2},{y1}\" fill=\"none\" \
             stroke=\"#495057\" stroke-width=\"1.5\"{dash} marker-end=\"url(#arrow)\"/>\
             <text x=\"{mx}\" y=\"{ty}\" text-anchor=\"middle\" font-size=\"12\">{label}</text>",
            y1 = y + 10.0,
            mx = (x1 + x2) / 2.0,
            ty = bottom + 14.0,
            label = esc(&format!("{} ({:.2})", d.strength.wording(), d.confidence))
        );
    }
    svg.push_str("</svg>");
    svg
}

/// A node label short enough for its box (the full name is in the text).
fn truncate_label(name: &str) -> String {
    const MAX: usize = 20;
    if name.chars().count() <= MAX {
        name.to_string()
    } else {
        let cut: String = name.chars().take(MAX - 1).collect();
        format!("{cut}…")
    }
}

/// The quotations outlets render differently: both renderings, the words
/// one removed and the other added marked.
fn quotation_diffs(out: &mut String, analysis: &Analysis, names: &[String]) {
    let changed: Vec<_> = analysis
        .variants
        .iter()
        .filter(|v| !v.comparison.changes.is_empty())
        .collect();
    out.push_str("<section id=\"quotations\"><h2>Quotations rendered differently</h2>");
    if changed.is_empty() {
        out.push_str("<p class=\"none\">no quotation is rendered differently</p>");
    }
    for v in changed {
        let (qa, qb) = (
            &analysis.quotes[v.a.0].quotes[v.a.1],
            &analysis.quotes[v.b.0].quotes[v.b.1],
        );
        let (ta, tb) = (
            analysis.articles[v.a.0].slice(qa.span),
            analysis.articles[v.b.0].slice(qb.span),
        );
        let removed: Vec<&str> = v
            .comparison
            .changes
            .iter()
            .filter(|c| matches!(c.op, ChangeOp::Delete | ChangeOp::Replace))
            .map(|c| c.a.as_str())
            .collect();
        let added: Vec<&str> = v
            .comparison
            .changes
            .iter()
            .filter(|c| matches!(c.op, ChangeOp::Insert | ChangeOp::Replace))
            .map(|c| c.b.as_str())
            .collect();
        let kinds: Vec<String> = v
            .comparison
            .changes
            .iter()
            .map(|c| {
                format!(
                    "{}{}",
                    c.kind.as_str().replace('_', " "),
                    if c.material { " (material)" } else { "" }
                )
            })
            .collect();
        let _ = write!(
            out,
            "<div class=\"finding\" tabindex=\"0\">{} renders {}’s quotation of {} {}: {}\
             <div class=\"ev\">{}“{}”</div><div class=\"ev\">{}“{}”</div></div>",
            esc(&names[v.b.0]),
            esc(&names[v.a.0]),
            esc(qa
                .speaker
                .as_deref()
                .unwrap_or("a speaker it does not name")),
            esc(&v.comparison.verdict.as_str().replace('_', " ")),
            esc(&kinds.join("; ")),
            sentence_link(SentenceId::new(v.a.0, qa.sentence)),
            marked(ta, &removed, "del"),
            sentence_link(SentenceId::new(v.b.0, qb.sentence)),
            marked(tb, &added, "ins"),
        );
    }
    out.push_str("</section>\n");
}

/// How each outlet frames the story: its hedges, loaded words, whose
/// voices it carries, and what it adds that the others lack.
fn framing(out: &mut String, analysis: &Analysis, names: &[String]) {
    if !analysis.has_run(crosscheck_pipeline::StageId::Framing) {
        return;
    }
    out.push_str(
        "<section id=\"framing\"><h2>How each outlet frames it</h2>\
         <table class=\"framing\"><tr><th>article</th><th>hedges</th><th>loaded language</th>\
         <th>voices</th><th>adds</th></tr>",
    );
    let words = |k: usize, spans: &mut dyn Iterator<Item = (usize, crosscheck_model::Span)>| {
        let a = &analysis.articles[k];
        let items: Vec<String> = spans
            .map(|(s, span)| {
                format!(
                    "<a href=\"#{}\">“{}”</a>",
                    SentenceId::new(k, s),
                    esc(a.slice(span))
                )
            })
            .collect();
        if items.is_empty() {
            "none".to_string()
        } else {
            items.join(", ")
        }
    };
    for (k, f) in analysis.framing.iter().enumerate() {
        let hedges = words(k, &mut f.hedges.iter().map(|m| (m.sentence, m.span)));
        let loaded = match &f.loaded {
            crosscheck_pipeline::Loaded::NotMeasured(why) => {
                format!("<span class=\"none\">not measured: {}</span>", esc(why))
            }
            crosscheck_pipeline::Loaded::Found(found) => words(
                k,
                &mut found
                    .iter()
                    .flat_map(|l| l.words.iter().map(move |(span, _)| (l.sentence, *span))),
            ),
        };
        let voices: Vec<String> = f
            .voices
            .iter()
            .map(|v| {
                format!(
                    "{} {} ({} direct)",
                    esc(&v.source_type.as_str().replace('_', " ")),
                    v.attributions,
                    v.direct
                )
            })
            .collect();
        let adds: Vec<String> = crate::summary::additions(analysis, k)
            .into_iter()
            .map(|(topic, ids)| {
                let ids: Vec<String> = ids.into_iter().map(sentence_link).collect();
                format!("{} ({})", esc(topic), ids.join(", "))
            })
            .collect();
        let _ = write!(
            out,
            "<tr><td>{} {}</td><td data-label=\"hedges\">{hedges}</td>\
             <td data-label=\"loaded language\">{loaded}</td><td data-label=\"voices\">{}</td>\
             <td data-label=\"adds\">{}</td></tr>",
            ArticleId(k),
            esc(&names[k]),
            if voices.is_empty() {
                "none".to_string()
            } else {
                voices.join(", ")
            },
            if adds.is_empty() {
                "none found".to_string()
            } else {
                adds.join("; ")
            },
        );
    }
    out.push_str("</table>");
    out.push_str(&format!(
        "<p class=\"note\">{}</p>",
        esc(crate::summary::ADDS_NOTE)
    ));
    if let Some(note) = crate::summary::loaded_note(analysis) {
        out.push_str(&format!("<p class=\"note\">{}</p>", esc(note)));
    }
    out.push_str("</section>\n");
}

/// The dated statements in date order, each linked to its sentence, with
/// the articles that date it the same way; then the publications.
fn timeline(out: &mut String, analysis: &Analysis, names: &[String]) {
    if !analysis.has_run(crosscheck_pipeline::StageId::Time) {
        return;
    }
    out.push_str("<section id=\"timeline\"><h2>Timeline</h2>");
    let mut seen: Vec<(String, usize, usize)> = Vec::new();
    let mut rows = String::new();
    for t in &analysis.timeline {
        let row = match t.kind {
            crosscheck_pipeline::TimelineKind::Statement { sentence, .. } => {
                let key = (t.when.value(), t.article, sentence);
                if seen.contains(&key) {
                    continue;
                }
                seen.push(key);
                let also: Vec<String> = t.also_in.iter().map(|&k| esc(&names[k])).collect();
                format!(
                    "<tr><td>{}</td><td>{}</td><td>{}{}</td></tr>",
                    esc(&t.when.value()),
                    sentence_link(SentenceId::new(t.article, sentence)),
                    esc(crate::text::sentence_text(analysis, t.article, sentence)),
                    if also.is_empty() {
                        String::new()
                    } else {
                        format!(" <span class=\"meta\">(also in {})</span>", also.join(", "))
                    }
                )
            }
            crosscheck_pipeline::TimelineKind::Publication => format!(
                "<tr><td>{}</td><td>{}</td><td>{} published</td></tr>",
                esc(&t.when.value()),
                ArticleId(t.article),
                esc(&names[t.article])
            ),
        };
        rows.push_str(&row);
    }
    if rows.is_empty() {
        out.push_str("<p class=\"none\">no dated statement</p>");
    } else {
        let _ = write!(out, "<table class=\"timeline\">{rows}</table>");
    }
    out.push_str("</section>\n");
}

/// `text` escaped, with the first occurrence of each of `words` (at word
/// boundaries where it can) wrapped in `<tag>`.
fn marked(text: &str, words: &[&str], tag: &str) -> String {
    let mut spans: Vec<(usize, usize)> = Vec::new();
    for w in words.iter().filter(|w| !w.trim().is_empty()) {
        let found = text
            .match_indices(w)
            .find(|&(at, _)| !spans.iter().any(|&(s, e)| at < e && at + w.len() > s));
        if let Some((at, _)) = found {
            spans.push((at, at + w.len()));
        }
    }
    spans.sort_unstable();
    let mut out = String::new();
    let mut at = 0;
    for (s, e) in spans {
        out.push_str(&esc(&text[at..s]));
        let _ = write!(out, "<{tag}>{}</{tag}>", esc(&text[s..e]));
        at = e;
    }
    out.push_str(&esc(&text[at..]));
    out
}

/// The articles side by side: each sentence with its id; aligned ones
/// highlighted with links to their counterparts; only-in ones marked.
fn articles(out: &mut String, analysis: &Analysis, names: &[String]) {
    let mut with: BTreeMap<(usize, usize), Vec<SentenceId>> = BTreeMap::new();
    for al in analysis.alignments.iter().filter(|al| al.asserted) {
        with.entry((al.a, al.a_sentence))
            .or_default()
            .push(SentenceId::new(al.b, al.b_sentence));
        with.entry((al.b, al.b_sentence))
            .or_default()
            .push(SentenceId::new(al.a, al.a_sentence));
    }
    out.push_str(
        "<section id=\"articles\"><h2>The articles side by side</h2>\
         <p class=\"legend meta\"><span class=\"al\">reported by another article too</span>\
         <span class=\"only\">no counterpart found in another article</span></p><div class=\"cols\">",
    );
    for (k, a) in analysis.articles.iter().enumerate() {
        let id = ArticleId(k);
        let m = &a.meta;
        let _ = write!(
            out,
            "<article class=\"art\" id=\"{id}\"><div class=\"meta\">{id} · {}",
            esc(&names[k])
        );
        if let Some(p) = m.published {
            let _ = write!(out, " · {}", p.date.format("%Y-%m-%d"));
        }
        if let Some(author) = &m.author {
            let _ = write!(out, " · {}", esc(author));
        }
        out.push_str("</div>");
        if let Some(t) = &m.title {
            let _ = write!(out, "<h3>{}</h3>", esc(t));
        }
        if let Some(d) = &m.dek {
            let _ = write!(out, "<p class=\"dek\">{}</p>", esc(d));
        }
        let only: &[usize] = analysis.only_in.get(k).map_or(&[], Vec::as_slice);
        let mut paragraph = usize::MAX;
        for (n, s) in a.sentences.iter().enumerate() {
            if s.paragraph != paragraph {
                if paragraph != usize::MAX {
                    out.push_str("</p>");
                }
                out.push_str("<p>");
                paragraph = s.paragraph;
            }
            let sid = SentenceId::new(k, n);
            let counterparts = with.get(&(k, n));
            let class = match counterparts {
                Some(_) => " al",
                None if only.contains(&n) => " only",
                None => "",
            };
            let data = counterparts.map_or(String::new(), |c| {
                let ids: Vec<String> = c.iter().map(ToString::to_string).collect();
                format!(" data-with=\"{}\"", ids.join(" "))
            });
            let _ = write!(
                out,
                "<span class=\"s{class}\" id=\"{sid}\"{data}><span class=\"sid\">s{}</span>{}",
                n + 1,
                esc(a.slice(s.span))
            );
            for c in counterparts.into_iter().flatten() {
                let _ = write!(out, "<a class=\"to\" href=\"#{c}\">→{c}</a>");
            }
            out.push_str("</span> ");
        }
        if paragraph != usize::MAX {
            out.push_str("</p>");
        }
        let url = m.url.as_deref().map_or(String::new(), |u| {
            if u.starts_with("https://") || u.starts_with("http://") {
                format!(
                    " · <a href=\"{}\" rel=\"noopener noreferrer\">{}</a>",
                    esc(u),
                    esc(u)
                )
            } else {
                format!(" · {}", esc(u))
            }
        });
        let _ = writeln!(
            out,
            "<div class=\"meta\">{}{url}</div></article>",
            esc(&a.origin.source)
        );
    }
    out.push_str("</div></section>\n");
}

#[cfg(test)]
mod tests {
    use super::*;
    use crosscheck_model::{Article, ArticleMeta, Origin};

    #[test]
    fn escapes_and_anchors() {
        let a = Article::from_paragraphs(
            Origin::default(),
            ArticleMeta {
                title: Some("<b>x</b>".into()),
                url: Some("javascript:alert(1)".into()),
                ..ArticleMeta::default()
            },
            ["A < B here. C & D <script>alert(1)</script>."],
        );
        let html = compare_html(&crosscheck_pipeline::analyse(vec![a]));
        assert!(html.contains("&lt;b&gt;x&lt;/b&gt;"));
        assert!(html.contains("id=\"a1.s2\""));
        assert!(html.contains("C &amp; D"));
        // The only script is the report's own, and the URL is text.
        assert_eq!(html.matches("<script").count(), 1);
        assert!(!html.contains("href=\"javascript"));
    }

    #[test]
    fn marked_words_are_escaped_too() {
        assert_eq!(
            marked("a <b> perceived c", &["perceived", "<b>"], "del"),
            "a <del>&lt;b&gt;</del> <del>perceived</del> c"
        );
    }
}
