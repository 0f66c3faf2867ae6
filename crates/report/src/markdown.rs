//! The Markdown report (`--format md`): the answers of the summary with
//! their evidence quoted whole, to paste a finding into a ticket or a
//! fact-check draft. What the articles say is untrusted: every Markdown
//! punctuation character in it is escaped (so it renders as text, never
//! as a link, an image, HTML or a heading), and control characters are
//! shown as escapes.

use std::fmt::Write;

use crosscheck_pipeline::Analysis;

use crate::ids::ArticleId;

/// The characters that can start Markdown syntax inside a line of text:
/// emphasis, code, links and images, HTML and entities, headings, tables,
/// strike-through, and the backslash itself.
const SYNTAX: &[char] = &[
    '\\', '`', '*', '_', '[', ']', '<', '>', '#', '!', '|', '~', '&',
];

/// `text` with every character that can start Markdown syntax escaped by a
/// backslash (what the report writes around it never starts a line with
/// it, so list and heading markers cannot form), line breaks kept as
/// spaces, and control characters visible.
fn escape(text: &str) -> String {
    let text = crate::visible(text);
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '\n' | '\r' | '\t' => out.push(' '),
            c if SYNTAX.contains(&c) => {
                out.push('\\');
                out.push(c);
            }
            c => out.push(c),
        }
    }
    out
}

/// The Markdown report of `compare`.
pub fn compare_markdown(analysis: &Analysis) -> String {
    let names = crate::outlet_names(analysis);
    let summary = crate::summary::summary(analysis);
    let mut out = String::new();
    let _ = writeln!(out, "# crosscheck: {}\n", escape(&summary.story[0]));
    for line in &summary.story[1..] {
        let _ = writeln!(out, "{}  ", escape(line));
    }
    out.push('\n');
    let _ = writeln!(out, "## Articles\n");
    for (k, a) in analysis.articles.iter().enumerate() {
        let date = a.meta.published.map_or("undated".to_string(), |p| {
            p.date.format("%Y-%m-%d").to_string()
        });
        let title = a
            .meta
            .title
            .as_deref()
            .map_or(String::new(), |t| format!(": “{}”", escape(t)));
        let url = a
            .meta
            .url
            .as_deref()
            .filter(|u| u.starts_with("https://") || u.starts_with("http://"))
            .map_or(String::new(), |u| format!(" — `{}`", u.replace('`', "%60")));
        let _ = writeln!(
            out,
            "- **{}** {}, {date}{title}{url}",
            ArticleId(k),
            escape(&names[k])
        );
    }
    out.push('\n');
    for part in &summary.parts {
        let _ = writeln!(out, "## {}\n", part.heading);
        if part.findings.is_empty() {
            let _ = writeln!(out, "{}\n", escape(&part.none));
            continue;
        }
        for f in &part.findings {
            let _ = writeln!(out, "- {}", escape(&f.text));
            for (id, text) in &f.evidence {
                let _ = writeln!(out, "  > **{id}** {}", escape(text));
            }
            if !f.passages.is_empty() {
                let _ = writeln!(
                    out,
                    "  - shared passages: {}",
                    crate::summary::pairs(&f.passages)
                );
            }
        }
        out.push('\n');
    }
    let _ = writeln!(
        out,
        "_Sentence ids (`a1.s5`: article 1, sentence 5) are those of `crosscheck compare --format json`._"
    );
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_in_an_article_is_text() {
        let got = escape("# Hi [x](javascript:alert(1)) <script>*b*</script>\n`c`");
        assert!(got.starts_with("\\# Hi \\[x\\](javascript"), "{got}");
        assert!(got.contains("\\<script\\>\\*b\\*"), "{got}");
        assert!(!got.contains('\n'), "{got}");
        // Every character that can start syntax is escaped.
        let bare = got.replace("\\\\", "").chars().collect::<Vec<_>>();
        for (i, c) in bare.iter().enumerate() {
            if SYNTAX.contains(c) && *c != '\\' {
                assert_eq!(bare[i - 1], '\\', "{got}");
            }
        }
        assert_eq!(escape("a.b, (c) d-e: f"), "a.b, (c) d-e: f");
    }
}
