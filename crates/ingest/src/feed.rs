//! RSS and Atom feeds with embedded content.

use crosscheck_model::{Article, ArticleMeta, Origin, Published};

use crate::error::Problem;
use crate::html;
use crate::limits::{check_depth, guard};

/// One entry's article, or the entry (`feed.xml#3`) and its problem.
pub type Entry = Result<Article, (String, Problem)>;

/// The articles of a feed, one result per entry; the feed's elements and
/// each entry's HTML may nest `max_depth` deep.
pub fn read(source: &str, bytes: &[u8], max_depth: usize) -> Result<Vec<Entry>, Problem> {
    check_depth(bytes, max_depth, true)?;
    let feed = guard("RSS/Atom", || {
        feed_rs::parser::parse(bytes).map_err(|e| Problem::malformed("RSS/Atom feed", e))
    })?;
    let feed_title = feed.title.as_ref().map(|t| t.content.trim().to_string());
    let feed_host = feed.links.iter().find_map(|l| {
        url::Url::parse(&l.href)
            .ok()?
            .host_str()
            .map(str::to_string)
    });
    let mut out = Vec::new();
    for (n, entry) in feed.entries.iter().enumerate() {
        let member = format!("{source}#{}", n + 1);
        let origin = Origin {
            source: member.clone(),
            record_id: Some(entry.id.clone()).filter(|s| !s.is_empty()),
            format: "feed",
        };
        let link = entry.links.first().map(|l| l.href.clone());
        let body = entry
            .content
            .as_ref()
            .and_then(|c| c.body.clone())
            .filter(|b| !b.trim().is_empty())
            .or_else(|| entry.summary.as_ref().map(|s| s.content.clone()))
            .unwrap_or_default();
        let meta = ArticleMeta {
            title: entry.title.as_ref().map(|t| t.content.trim().to_string()),
            url: link.clone(),
            author: (!entry.authors.is_empty()).then(|| {
                entry
                    .authors
                    .iter()
                    .filter_map(|p| p.name.as_deref())
                    .map(str::trim)
                    .collect::<Vec<_>>()
                    .join(" and ")
            }),
            published: entry.published.or(entry.updated).map(|d| Published {
                date: d.date_naive(),
                time: Some(d.time()),
            }),
            outlet_as_written: feed_title.clone().or_else(|| feed_host.clone()),
            ..ArticleMeta::default()
        };
        let article = if body.trim().is_empty() {
            Err(Problem::NoText(" (the entry has no content or summary)"))
        } else if body.contains('<') {
            // Entry content is an HTML fragment: extract its text, keep the feed's metadata.
            let page = format!("<html><body><article>{body}</article></body></html>");
            html::read(origin.clone(), &page, link.as_deref(), max_depth).map(|mut a| {
                let found = std::mem::take(&mut a.meta);
                a.meta = ArticleMeta {
                    title: meta.title.clone().or(found.title),
                    dek: found.dek,
                    ..meta.clone()
                };
                a.origin.format = "feed";
                a
            })
        } else {
            Ok(Article::from_paragraphs(origin, meta, body.split("\n\n")))
        };
        out.push(article.map_err(|p| (member, p)));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rss_entries_become_articles() {
        let rss = br#"<?xml version="1.0"?><rss version="2.0"><channel><title>Example Wire</title><link>https://example.org/</link>
<item><title>One</title><link>https://example.org/1</link><guid>id-1</guid><pubDate>Thu, 13 Apr 2023 10:00:00 GMT</pubDate>
<description>Plain text body of the first entry.</description></item>
<item><title>Two</title><guid>id-2</guid></item></channel></rss>"#;
        let items = read("feed.xml", rss, 100).unwrap();
        assert_eq!(items.len(), 2);
        let a = items[0].as_ref().unwrap();
        assert_eq!(a.text, "Plain text body of the first entry.");
        assert_eq!(a.meta.outlet_as_written.as_deref(), Some("Example Wire"));
        assert_eq!(a.meta.published.unwrap().date.to_string(), "2023-04-13");
        assert!(items[1].is_err());
    }
}
