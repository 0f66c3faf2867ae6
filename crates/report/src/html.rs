//! The self-contained HTML report of `compare`: one file, no external
//! resources, that can be mailed or archived. Articles side by side with
//! their sentences (ids as anchors), and the stages with what they found or
//! that they are not built yet.

use std::fmt::Write;

use crosscheck_pipeline::Analysis;

const STYLE: &str = "body{font:15px/1.45 system-ui,sans-serif;margin:1.5em;color:#222}\
h1{font-size:1.3em}h2{font-size:1.1em;margin-top:1.5em}\
.cols{display:grid;grid-template-columns:repeat(auto-fit,minmax(22em,1fr));gap:1.2em}\
.art{border:1px solid #ccc;border-radius:6px;padding:.8em 1em}\
.meta{color:#555;font-size:.9em}.dek{font-style:italic}\
.s{display:block;margin:.15em 0}.sid{color:#999;font-size:.75em;margin-right:.4em}\
.stage{margin:.4em 0}.nb{color:#a15c00}";

/// `s` escaped for HTML, with control characters and bidirectional
/// controls shown as `\u{…}` escapes ([`crate::visible`]).
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

/// The HTML report of `compare`.
pub fn compare_html(analysis: &Analysis) -> String {
    let mut out = String::new();
    let title = analysis
        .articles
        .iter()
        .find_map(|a| a.meta.title.as_deref())
        .unwrap_or("crosscheck report");
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>crosscheck: {}</title><style>{STYLE}</style></head><body>\n<h1>crosscheck: {} article{}</h1>\n<div class=\"cols\">\n",
        esc(title),
        analysis.articles.len(),
        if analysis.articles.len() == 1 {
            ""
        } else {
            "s"
        }
    );
    for (i, a) in analysis.articles.iter().enumerate() {
        let id = crate::ids::ArticleId(i).to_string();
        let m = &a.meta;
        let _ = write!(
            out,
            "<section class=\"art\" id=\"{id}\"><div class=\"meta\">{id} · {}",
            esc(m.outlet.as_deref().unwrap_or("unknown outlet"))
        );
        if let Some(p) = m.published {
            let _ = write!(out, " · {}", p.date.format("%Y-%m-%d"));
        }
        if let Some(author) = &m.author {
            let _ = write!(out, " · {}", esc(author));
        }
        out.push_str("</div>");
        if let Some(t) = &m.title {
            let _ = write!(out, "<h2>{}</h2>", esc(t));
        }
        if let Some(d) = &m.dek {
            let _ = write!(out, "<p class=\"dek\">{}</p>", esc(d));
        }
        let mut paragraph = usize::MAX;
        for (n, s) in a.sentences.iter().enumerate() {
            if s.paragraph != paragraph {
                if paragraph != usize::MAX {
                    out.push_str("</p>");
                }
                out.push_str("<p>");
                paragraph = s.paragraph;
            }
            let _ = write!(
                out,
                "<span class=\"s\" id=\"{id}.s{0}\"><span class=\"sid\">s{0}</span>{1}</span>",
                n + 1,
                esc(a.slice(s.span))
            );
        }
        if paragraph != usize::MAX {
            out.push_str("</p>");
        }
        let _ = writeln!(
            out,
            "<div class=\"meta\">{}</div></section>",
            esc(&a.origin.source)
        );
    }
    out.push_str("</div>\n<h2>Stages</h2>\n");
    for stage in crate::text::READING_ORDER {
        let status = if stage.status() == crosscheck_pipeline::StageStatus::NotBuilt {
            " <span class=\"nb\">not built yet: nothing was looked for</span>".to_string()
        } else {
            format!(
                "<pre>{}</pre>",
                esc(&crate::text::stage_findings(stage, analysis))
            )
        };
        let _ = writeln!(
            out,
            "<div class=\"stage\"><b>{}</b>: {}{status}</div>",
            esc(stage.name()),
            esc(stage.question())
        );
    }
    out.push_str("</body></html>\n");
    out
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
                ..ArticleMeta::default()
            },
            ["A < B here. C & D."],
        );
        let html = compare_html(&crosscheck_pipeline::analyse(vec![a]));
        assert!(html.contains("&lt;b&gt;x&lt;/b&gt;"));
        assert!(html.contains("id=\"a1.s2\""));
        assert!(html.contains("C &amp; D."));
        assert!(!html.contains("<script"));
    }
}
