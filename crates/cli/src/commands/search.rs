//! `crosscheck search`: the store's articles that match a query.

use std::io::Write;

use crosscheck_index::ArticleIndex;
use crosscheck_store::{SqliteStore, Store};

use crate::Outcome;
use crate::cli::{SearchArgs, SearchFormat};

/// The most characters of a matching passage shown.
const PASSAGE_CHARS: usize = 200;

pub fn run(args: SearchArgs) -> anyhow::Result<Outcome> {
    let dir = super::data_dir(&args.data)?;
    let store = SqliteStore::open(&dir)?;
    let index = ArticleIndex::open(&dir)?;
    let mut out = std::io::stdout().lock();
    if args.rebuild {
        let n = index.rebuild(&store)?;
        writeln!(out, "{n} articles indexed again in `{}`", dir.display())?;
        if args.query.is_none() {
            return Ok(Outcome::Done);
        }
    } else if let Err(e) = index.catch_up(&store) {
        // Catching up needs the index's writer; an ingest running now holds
        // it (and will catch up itself): search what is indexed.
        tracing::warn!(%e, "the search index could not catch up with the store: searching what it holds");
    }
    let query = args.query.unwrap_or_default();
    let mut hits = Vec::new();
    for hit in index.search(&query, args.limit)? {
        let Some(article) = store.article(hit.article)? else {
            anyhow::bail!(
                "the search index names article {} that the store does not hold: run `crosscheck search --rebuild`",
                hit.article.0
            );
        };
        let (passage, _) = index.snippet(&query, &article.text, PASSAGE_CHARS)?;
        let m = &article.meta;
        hits.push(crosscheck_report::SearchHit {
            article: hit.article.0,
            story: store.story_of(hit.article)?.map(|s| s.0),
            score: hit.score,
            outlet: m.outlet.clone(),
            published: m.published.map(|p| p.date.to_string()),
            title: m.title.clone(),
            passage,
        });
    }
    // Claims, quotations and entities of stories whose analysis is still
    // stored (a story whose articles changed has none until it is analysed
    // again).
    let mut claims = Vec::new();
    for c in index.search_claims(&query, args.limit)? {
        if !store.has_analysis(c.story)? {
            continue;
        }
        claims.push(crosscheck_report::ClaimSearchHit {
            story: c.story.0,
            claim: c.claim,
            score: c.score,
            outlets: c.outlets,
            text: c.text,
            sentence: c.sentence,
        });
    }
    let mut quotes = Vec::new();
    for q in index.search_quotes(&query, args.limit)? {
        if !store.has_analysis(q.story)? {
            continue;
        }
        quotes.push(crosscheck_report::QuoteSearchHit {
            story: q.story.0,
            quote: q.quote,
            score: q.score,
            text: q.text,
            speaker: q.speaker,
            outlet: q.outlet,
            sentence: q.sentence,
        });
    }
    let mut entities = Vec::new();
    for e in index.search_entities(&query, args.limit)? {
        if !store.has_analysis(e.story)? {
            continue;
        }
        entities.push(crosscheck_report::EntitySearchHit {
            story: e.story.0,
            entity: e.entity,
            score: e.score,
            name: e.name,
            kind: e.kind,
            aliases: e.aliases,
            articles: e.articles,
            sentence: e.sentence,
            confidence: if e.possible {
                crosscheck_report::EntityConfidenceDoc::Possible
            } else {
                crosscheck_report::EntityConfidenceDoc::Asserted
            },
        });
    }
    match args.format {
        SearchFormat::Json => {
            serde_json::to_writer_pretty(
                &mut out,
                &crosscheck_report::SearchDocument {
                    query,
                    hits,
                    claims,
                    quotes,
                    entities,
                },
            )?;
            writeln!(out)?;
        }
        SearchFormat::Text => {
            writeln!(
                out,
                "{} article{} match `{}`",
                hits.len(),
                if hits.len() == 1 { "" } else { "s" },
                crosscheck_report::visible(&query)
            )?;
            for h in &hits {
                let line = format!(
                    "\narticle {} · {} · {} · {} · {}\n  {}",
                    h.article,
                    h.story
                        .map_or("in no story".to_string(), |s| format!("story {s}")),
                    h.outlet.as_deref().unwrap_or("unknown outlet"),
                    h.published.as_deref().unwrap_or("undated"),
                    h.title.as_deref().unwrap_or("untitled"),
                    h.passage.split_whitespace().collect::<Vec<_>>().join(" ")
                );
                writeln!(out, "{}", crosscheck_report::visible(&line))?;
            }
            let one_line = |t: &str| t.split_whitespace().collect::<Vec<_>>().join(" ");
            let lines: Vec<String> = claims
                .iter()
                .map(|c| {
                    format!(
                        "\nstory {} {} · {}\n  {}",
                        c.story,
                        c.claim,
                        c.outlets,
                        one_line(&c.text)
                    )
                })
                .collect();
            found(&mut out, ("claim", "claims"), &lines)?;
            let lines: Vec<String> = quotes
                .iter()
                .map(|q| {
                    format!(
                        "\nstory {} {} · {} · {}\n  “{}”",
                        q.story,
                        q.quote,
                        q.speaker.as_deref().unwrap_or("speaker not stated"),
                        q.outlet.as_deref().unwrap_or("unknown outlet"),
                        one_line(&q.text)
                    )
                })
                .collect();
            found(&mut out, ("quotation", "quotations"), &lines)?;
            let lines: Vec<String> = entities
                .iter()
                .map(|e| {
                    format!(
                        "\nstory {} {} · {} ({}{}) · named in {} article{}{}",
                        e.story,
                        e.entity,
                        e.name,
                        e.kind,
                        if e.confidence == crosscheck_report::EntityConfidenceDoc::Possible {
                            "?, possible only"
                        } else {
                            ""
                        },
                        e.articles,
                        if e.articles == 1 { "" } else { "s" },
                        if e.aliases.len() > 1 {
                            format!(" as {}", e.aliases.join(", "))
                        } else {
                            String::new()
                        }
                    )
                })
                .collect();
            found(&mut out, ("entity", "entities"), &lines)?;
        }
    }
    Ok(Outcome::Done)
}

/// One kind of hit of analysed stories: how many match, then each (made
/// visible), when there is any.
fn found(out: &mut impl Write, (one, many): (&str, &str), lines: &[String]) -> std::io::Result<()> {
    if lines.is_empty() {
        return Ok(());
    }
    writeln!(
        out,
        "\n{} {} match",
        lines.len(),
        if lines.len() == 1 { one } else { many }
    )?;
    for line in lines {
        writeln!(out, "{}", crosscheck_report::visible(line))?;
    }
    Ok(())
}
