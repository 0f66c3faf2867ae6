//! HTML pages: main content and metadata.
//!
//! The main content comes from `rs-trafilatura` (chosen by measurement on the
//! article-extraction benchmark, see BENCHMARKS.md), then news-specific clean-up
//! that the general extractor does not do: the headline and standfirst are
//! taken out of the body (they are metadata here), bylines, date lines,
//! gallery and share furniture, shouted promotions and the "related" and
//! comment sections at the end are removed. Metadata comes from JSON-LD
//! (`NewsArticle` and kin), then OpenGraph and meta tags.

use crosscheck_model::{Article, ArticleMeta, Origin};
use crosscheck_text::normalize;
use serde_json::Value;

use crate::boilerplate::{Role, byline, ends_sentence, is_bio, is_prose, role, word_count};
use crate::dates::{date_line, parse_date};
use crate::error::Problem;
use crate::limits::{check_depth, guard};

/// Read an HTML page. `url` is where it was fetched from, when known; a
/// page whose elements nest deeper than `max_depth` is refused before it is
/// parsed (a tree builder pays for depth with time and stack).
pub fn read(
    origin: Origin,
    html: &str,
    url: Option<&str>,
    max_depth: usize,
) -> Result<Article, Problem> {
    check_depth(html.as_bytes(), max_depth, false)?;
    let options = rs_trafilatura::Options {
        url: url.map(str::to_string),
        ..rs_trafilatura::Options::default()
    };
    let extracted = guard("HTML", || {
        rs_trafilatura::extract_with_options(html, &options)
            .map_err(|e| Problem::malformed("HTML", e))
    })?;
    let ld = json_ld(html);
    let m = &extracted.metadata;

    let mut meta = ArticleMeta {
        url: ld
            .url
            .clone()
            .or_else(|| m.url.clone())
            .or_else(|| url.map(str::to_string)),
        title: ld
            .headline
            .clone()
            .or_else(|| m.title.clone())
            .map(|t| clean_title(&t, m.sitename.as_deref())),
        dek: ld
            .description
            .clone()
            .or_else(|| m.description.clone())
            .map(|d| squash(&d)),
        author: (!ld.authors.is_empty())
            .then(|| ld.authors.join(" and "))
            .or_else(|| m.author.clone()),
        published: ld
            .date_published
            .as_deref()
            .and_then(parse_date)
            .or_else(|| {
                m.date.map(|d| crosscheck_model::Published {
                    date: d.date_naive(),
                    time: None,
                })
            }),
        outlet_as_written: ld
            .publisher
            .clone()
            .or_else(|| m.sitename.clone())
            .or_else(|| m.hostname.clone()),
        ..ArticleMeta::default()
    };
    if meta.dek.as_deref().is_some_and(str::is_empty) {
        meta.dek = None;
    }
    let paragraphs = clean_lines(&extracted.content_text, &meta);
    if paragraphs.is_empty() {
        return Err(Problem::NoText(" (the page has no main content)"));
    }
    // A description that is only the opening of the story is not a dek.
    if let (Some(dek), Some(first)) = (&meta.dek, paragraphs.first()) {
        let d = key(dek);
        let f = key(first);
        if f.starts_with(d.trim_end_matches("...").trim_end_matches('…')) || d.starts_with(&f) {
            meta.dek = None;
        }
    }
    Ok(Article::from_paragraphs(origin, meta, paragraphs))
}

fn squash(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn key(s: &str) -> String {
    normalize(s)
        .text
        .to_lowercase()
        .chars()
        .filter(|c| c.is_alphanumeric())
        .collect()
}

/// "Headline | Site" and "Headline - Site" lose the site.
fn clean_title(title: &str, site: Option<&str>) -> String {
    let title = squash(title);
    for sep in [" | ", " - ", " — ", " – ", " :: "] {
        if let Some((head, tail)) = title.rsplit_once(sep) {
            let tail_is_site = site.is_some_and(|s| key(s) == key(tail))
                || crosscheck_lexicon::outlets().by_name(tail).is_some();
            if tail_is_site && head.len() >= 10 {
                return head.trim().to_string();
            }
        }
    }
    title
}

/// The story paragraphs of an extractor's text.
fn clean_lines(content: &str, meta: &ArticleMeta) -> Vec<String> {
    let title_key = meta.title.as_deref().map(key);
    let dek_key = meta.dek.as_deref().map(key);
    let lines: Vec<String> = content
        .lines()
        .map(squash)
        .filter(|l| !l.is_empty())
        .collect();
    // Where story text (prose) last appears.
    let last_prose = lines.iter().rposition(|l| is_prose(l));

    let mut out: Vec<String> = Vec::new();
    let mut body_started = false;
    for (i, line) in lines.iter().enumerate() {
        let line = line.as_str();
        let r = role(line);
        // A comment form ends the story; a box of links does when no story
        // text follows it, and is skipped otherwise.
        let story_follows = last_prose.is_some_and(|p| p > i);
        if body_started && (r == Role::Stop || r == Role::Section && !story_follows) {
            break;
        }
        if matches!(r, Role::Stop | Role::Section) {
            continue;
        }
        let k = key(line);
        let furniture = r == Role::Furniture
            || (!body_started && Some(&k) == title_key.as_ref())
            // A standfirst repeated above the story; a long one is the lede itself.
            || (!body_started && Some(&k) == dek_key.as_ref() && word_count(line) < 25)
            || byline(line).is_some()
            || date_line(line).is_some()
            || shouted(line)
            || is_caption(line)
            || (!body_started && is_kicker(line));
        if furniture {
            continue;
        }
        body_started |= word_count(line) >= 12;
        out.push(line.to_string());
    }
    // Trailing credits, bios and link lists: a run of headline-like lines
    // (no sentence end) after the story is a list of links to other stories.
    while let Some(last) = out.last() {
        if role(last) == Role::Trailer || is_bio(last, meta.author.as_deref()) {
            out.pop();
            continue;
        }
        let run: Vec<&String> = out
            .iter()
            .rev()
            .take_while(|l| is_headline_like(l))
            .collect();
        let data = run.iter().filter(|l| is_data_line(l)).count();
        let remove = if run.len() >= 2 && data * 3 <= run.len() {
            run.len()
        } else {
            usize::from(word_count(last) < 10 && !ends_sentence(last))
        };
        if remove == 0 || remove == out.len() {
            break;
        }
        out.truncate(out.len() - remove);
    }
    for line in &mut out {
        repair_drop_cap(line);
    }
    dedupe(&mut out);
    drop_repeated_lines(&mut out);
    out
}

/// The extractor gives the text of a short page once per element around it
/// (text directly in nested `<div>`s or in `<body>` comes out two or three
/// times, the last copy run together: "T", "T", "TT", or "T" then "T" and a
/// piece of it). Drop a line made of copies of the line before it and at
/// most a piece of it;
/// a line repeated further on (a refrain, the steps of a plan) is kept.
fn drop_repeated_lines(lines: &mut Vec<String>) {
    let mut previous = String::new();
    lines.retain(|line| {
        let k = key(line);
        let repeat = !previous.is_empty() && !k.is_empty() && {
            // Copies of the line before, then at most a piece of it.
            let mut rest = k.as_str();
            while let Some(r) = rest.strip_prefix(previous.as_str()) {
                rest = r;
            }
            rest.len() < k.len() && previous.contains(rest)
        };
        if !repeat {
            previous = k;
        }
        !repeat
    });
}

/// Extractors sometimes emit a block twice (a story nested in a wrapper that
/// is also kept). Drop runs of sentences that repeat earlier ones word for
/// word when the run holds three or more long sentences; short repeated
/// sentences (a refrain, the steps of a plan) are kept.
fn dedupe(lines: &mut Vec<String>) {
    const MIN_RUN: usize = 3;
    // Every sentence: its line, its span, whether it was seen before.
    let mut seen = std::collections::HashSet::new();
    let mut sentences = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        for span in crosscheck_text::sentence_spans(line) {
            let repeat = !seen.insert(key(span.slice(line)));
            sentences.push((i, span, repeat));
        }
    }
    let mut drop = vec![false; sentences.len()];
    let mut at = 0;
    while at < sentences.len() {
        let run = sentences[at..].iter().take_while(|s| s.2).count();
        let long = sentences[at..at + run]
            .iter()
            .filter(|(i, span, _)| word_count(span.slice(&lines[*i])) >= 12)
            .count();
        if run >= MIN_RUN && long >= MIN_RUN {
            drop[at..at + run].iter_mut().for_each(|d| *d = true);
        }
        at += run.max(1);
    }
    if !drop.contains(&true) {
        return;
    }
    let mut rebuilt = vec![String::new(); lines.len()];
    for ((i, span, _), dropped) in sentences.iter().zip(&drop) {
        if !dropped {
            let out = &mut rebuilt[*i];
            if !out.is_empty() {
                out.push(' ');
            }
            out.push_str(span.slice(&lines[*i]));
        }
    }
    *lines = rebuilt.into_iter().filter(|l| !l.is_empty()).collect();
}

/// A line that reads like the headline of another story: a few words and no
/// sentence end.
fn is_headline_like(line: &str) -> bool {
    (2..25).contains(&word_count(line)) && !ends_sentence(line)
}

/// A line of data (a tour date, a price, a score) rather than a headline.
fn is_data_line(line: &str) -> bool {
    line.starts_with(|c: char| c.is_ascii_digit())
        || line
            .split_whitespace()
            .next()
            .is_some_and(|w| crate::dates::parse_date(&format!("{w} 1 2000")).is_some())
}

/// A photo caption's credit: "... [File: Reuters]", "(Photo: AP)".
fn is_caption(line: &str) -> bool {
    let t = line.trim_end();
    let Some(open) = t.rfind(['[', '(']) else {
        return false;
    };
    if !t.ends_with([']', ')']) {
        return false;
    }
    let inner = t[open + 1..t.len() - 1].to_lowercase();
    [
        "file:",
        "photo:",
        "image:",
        "photo by",
        "credit:",
        "getty images",
        "reuters",
        "ap photo",
        "afp",
    ]
    .iter()
    .any(|w| inner.starts_with(w) || inner.ends_with(w))
}

/// A drop capital split from its word ("W hile Anglophiles ..." → "While
/// Anglophiles ..."). "A" and "I" are words of their own and are left alone.
fn repair_drop_cap(line: &mut String) {
    let mut chars = line.chars();
    let (Some(first), Some(' '), Some(third)) = (chars.next(), chars.next(), chars.next()) else {
        return;
    };
    if first.is_uppercase() && first != 'A' && first != 'I' && third.is_lowercase() {
        line.remove(first.len_utf8());
    }
}

/// A promotion in capitals ("GET FOX BUSINESS ON THE GO BY CLICKING HERE");
/// a subheading in capitals ("WHO IS THE FRONT-RUNNER?") is kept.
fn shouted(line: &str) -> bool {
    let letters: Vec<char> = line.chars().filter(|c| c.is_alphabetic()).collect();
    !line.trim_end().ends_with(['?', ':'])
        && letters.len() >= 12
        && line.split_whitespace().count() >= 3
        && letters.iter().all(|c| !c.is_lowercase())
        && letters.iter().any(|c| c.is_uppercase())
}

/// A short label before the story ("News >", "Nation", "Tempo de leitura: 1 minuto").
fn is_kicker(line: &str) -> bool {
    word_count(line) <= 4 && !ends_sentence(line)
}

/// Metadata from JSON-LD blocks.
#[derive(Debug, Default)]
struct LdMeta {
    headline: Option<String>,
    description: Option<String>,
    authors: Vec<String>,
    date_published: Option<String>,
    publisher: Option<String>,
    url: Option<String>,
}

const ARTICLE_TYPES: &[&str] = &[
    "NewsArticle",
    "Article",
    "ReportageNewsArticle",
    "AnalysisNewsArticle",
    "OpinionNewsArticle",
    "BlogPosting",
    "BackgroundNewsArticle",
    "LiveBlogPosting",
    "WebPage",
    "Report",
];

fn json_ld(html: &str) -> LdMeta {
    let mut meta = LdMeta::default();
    let lower = html.to_ascii_lowercase();
    let mut from = 0;
    while let Some(at) = lower[from..].find("application/ld+json") {
        let tag_end = match lower[from + at..].find('>') {
            Some(e) => from + at + e + 1,
            None => break,
        };
        let Some(close) = lower[tag_end..].find("</script") else {
            break;
        };
        let body = &html[tag_end..tag_end + close];
        from = tag_end + close;
        let Ok(value) = serde_json::from_str::<Value>(body.trim()) else {
            continue;
        };
        let mut nodes = Vec::new();
        collect_nodes(&value, &mut nodes);
        // Prefer a news article over a web page.
        nodes.sort_by_key(|n| {
            ARTICLE_TYPES
                .iter()
                .position(|t| types(n).iter().any(|x| x == t))
                .unwrap_or(usize::MAX)
        });
        if let Some(node) = nodes
            .first()
            .filter(|n| types(n).iter().any(|t| ARTICLE_TYPES.contains(&t.as_str())))
        {
            let text = |k: &str| {
                node.get(k)
                    .and_then(Value::as_str)
                    .map(squash)
                    .filter(|s| !s.is_empty())
            };
            meta.headline = meta
                .headline
                .take()
                .or_else(|| text("headline"))
                .or_else(|| text("name"));
            meta.description = meta.description.take().or_else(|| text("description"));
            meta.date_published = meta.date_published.take().or_else(|| text("datePublished"));
            meta.url = meta
                .url
                .take()
                .or_else(|| text("url"))
                .or_else(|| text("mainEntityOfPage"));
            if meta.authors.is_empty() {
                meta.authors = names(node.get("author"));
            }
            if meta.publisher.is_none() {
                meta.publisher = names(node.get("publisher")).into_iter().next();
            }
        }
    }
    meta
}

fn collect_nodes<'a>(value: &'a Value, out: &mut Vec<&'a Value>) {
    match value {
        Value::Array(items) => items.iter().for_each(|v| collect_nodes(v, out)),
        Value::Object(map) => {
            out.push(value);
            if let Some(graph) = map.get("@graph") {
                collect_nodes(graph, out);
            }
        }
        _ => {}
    }
}

fn types(node: &Value) -> Vec<String> {
    match node.get("@type") {
        Some(Value::String(s)) => vec![s.clone()],
        Some(Value::Array(a)) => a
            .iter()
            .filter_map(|v| v.as_str().map(String::from))
            .collect(),
        _ => Vec::new(),
    }
}

fn names(value: Option<&Value>) -> Vec<String> {
    match value {
        Some(Value::String(s)) => vec![squash(s)],
        Some(Value::Object(o)) => o
            .get("name")
            .and_then(Value::as_str)
            .map(squash)
            .into_iter()
            .collect(),
        Some(Value::Array(a)) => a.iter().flat_map(|v| names(Some(v))).collect(),
        _ => Vec::new(),
    }
    .into_iter()
    .filter(|n| !n.is_empty() && n.len() < 100)
    .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = r#"<html><head><title>Big Story Happens Today | Example Times</title>
<meta property="og:site_name" content="Example Times">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
"headline":"Big Story Happens Today","datePublished":"2023-04-13T09:00:00Z",
"author":[{"@type":"Person","name":"Jane Doe"}],"publisher":{"@type":"Organization","name":"Example Times"},
"description":"A standfirst that sums it up."}</script></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Big Story Happens Today</h1><p class="byline">By Jane Doe</p>
<p>The first paragraph of the story is long enough to count as real content for any extractor that looks at it.</p>
<p>The second paragraph adds more detail, with quotes and numbers, 42 of them, so the page reads like news.</p>
<p>A third paragraph closes the story with a little more context about what happens next in this case.</p>
<h3>Related Articles</h3><ul><li><a href="/a">Another story</a></li></ul></article>
<footer>Copyright 2023 Example Times</footer></body></html>"#;

    #[test]
    fn text_directly_in_nested_elements_comes_out_once() {
        for page in [
            "<html><body><div><div>Text directly inside nested divs.</div></div></body></html>",
            "<html><body>Text directly inside the body.</body></html>",
            "<div><div><div>hello world here</div></div></div>",
            "<html><body><div>Some words <div>nested words</div> trailing words</div></body></html>",
        ] {
            let a = read(Origin::default(), page, None, 1000).unwrap();
            let first = a
                .paragraphs
                .first()
                .map(|p| &a.text[p.start..p.end])
                .unwrap();
            assert_eq!(a.paragraphs.len(), 1, "{page}: {:?}", a.text);
            assert_eq!(a.text.matches(first).count(), 1, "{page}: {:?}", a.text);
        }
    }

    #[test]
    fn nesting_100_000_deep_is_refused_in_linear_time() {
        let page = format!(
            "<html><body>{}<p>Deep text.</p>{}</body></html>",
            "<div>".repeat(100_000),
            "</div>".repeat(100_000)
        );
        let start = std::time::Instant::now();
        let e = read(Origin::default(), &page, None, 1000).unwrap_err();
        assert!(e.to_string().starts_with("element nesting over"), "{e}");
        // A linear pass over 1 MB; quadratic tree building took minutes.
        assert!(start.elapsed().as_secs() < 5);
        let page = format!(
            "<html><body>{}<p>The text of a page nested deep, but not too deep, is read.</p>{}</body></html>",
            "<div>".repeat(500),
            "</div>".repeat(500)
        );
        let a = read(Origin::default(), &page, None, 1000).unwrap();
        assert_eq!(
            a.text,
            "The text of a page nested deep, but not too deep, is read."
        );
    }

    #[test]
    fn extracts_story_and_metadata() {
        let a = read(Origin::default(), PAGE, None, 1000).unwrap();
        assert_eq!(a.meta.title.as_deref(), Some("Big Story Happens Today"));
        assert_eq!(a.meta.author.as_deref(), Some("Jane Doe"));
        assert_eq!(a.meta.outlet_as_written.as_deref(), Some("Example Times"));
        assert_eq!(a.meta.published.unwrap().date.to_string(), "2023-04-13");
        assert_eq!(a.meta.dek.as_deref(), Some("A standfirst that sums it up."));
        assert!(a.text.starts_with("The first paragraph"), "{}", a.text);
        assert!(a.text.ends_with("in this case."), "{}", a.text);
    }
}
