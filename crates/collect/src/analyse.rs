//! Story analyses kept in the store: each story that has none (a new story,
//! or one whose articles changed, which drops its analysis) is analysed and
//! its `compare` document stored with the articles it is of.
//!
//! Stories are read a few at a time, analysed in parallel and written one
//! by one; a story another process changed while it was analysed is
//! refused by the store ([`StoreError::StaleAnalysis`]) and left for the
//! next run.

use crosscheck_index::ArticleIndex;
use crosscheck_pipeline::{
    ARTICLE_RESULTS_VERSION, ArticleResults, CachedEncoder, SentenceEncoder, Settings,
};
use crosscheck_store::{ArticleId, Store, StoreError, StoredAnalysis, StoryId};
use rayon::prelude::*;

use crate::CollectError;

/// How many stories are read before they are analysed together.
const CHUNK: usize = 64;

/// What one run stored.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Analysed {
    /// Analyses stored.
    pub stored: usize,
    /// Stories whose articles changed while they were analysed (left
    /// without one, for the next run).
    pub stale: usize,
    /// Articles analysed, over all stories.
    pub articles: usize,
    /// Sentences the sentence model encoded (stored for later analyses).
    pub encoded: usize,
    /// Sentences whose stored vectors were used instead.
    pub reused: usize,
    /// Articles whose per-article results (quotations, names, time
    /// expressions) were read from the store instead of found again.
    pub articles_known: usize,
}

/// Analyse every story of `store` that has no analysis, and store each
/// (and its claims in `index`, when given); `progress` hears how many
/// stories are done of how many, after each.
pub fn analyse_stories(
    store: &mut dyn Store,
    index: Option<&ArticleIndex>,
    encoder: Option<&dyn SentenceEncoder>,
    settings: &Settings,
    progress: &mut dyn FnMut(usize, usize),
) -> Result<Analysed, CollectError> {
    let todo = store.unanalysed()?;
    let mut writing = index.map(ArticleIndex::writing).transpose()?;
    let mut seen = 0;
    progress(seen, todo.len());
    let mut done = Analysed::default();
    for chunk in todo.chunks(CHUNK) {
        let mut stories: Vec<(StoryId, Vec<ArticleId>, Vec<crosscheck_model::Article>)> =
            Vec::with_capacity(chunk.len());
        for &id in chunk {
            // Merged away since the list was read: nothing to analyse.
            let Some(summary) = store.story(id)? else {
                done.stale += 1;
                seen += 1;
                progress(seen, todo.len());
                continue;
            };
            let ids: Vec<ArticleId> = summary.articles.iter().map(|a| a.id).collect();
            let mut articles = Vec::with_capacity(ids.len());
            for &a in &ids {
                articles.push(store.article(a)?.ok_or(CollectError::Missing {
                    article: a,
                    story: id,
                })?);
            }
            stories.push((id, ids, articles));
        }
        // The model's vectors stored for these stories' sentences: the
        // model is asked only about sentences it has not seen.
        let cached = match encoder {
            Some(model) => {
                let sentences: Vec<&str> = stories
                    .iter()
                    .flat_map(|(_, _, articles)| articles.iter())
                    .flat_map(|a| a.sentences.iter().map(|s| a.slice(s.span)))
                    .collect();
                let known = store.vectors(&model.name(), &sentences)?;
                Some(CachedEncoder::new(model, known))
            }
            None => None,
        };
        let encoder_now = cached.as_ref().map(|c| c as &dyn SentenceEncoder);
        // What the per-article stages found in these articles before (in
        // an earlier story, or before the story grew).
        let all: Vec<ArticleId> = stories.iter().flat_map(|(_, ids, _)| ids.clone()).collect();
        let kept = known_results(&*store, &all)?;
        let analysed: Vec<Analysed1> = stories
            .into_par_iter()
            .map(|(id, ids, articles)| {
                let known: Vec<Option<ArticleResults>> =
                    ids.iter().map(|a| kept.get(a).cloned()).collect();
                let analysis =
                    crosscheck_pipeline::analyse_known(articles, encoder_now, settings, &known);
                // The results of articles not known before (or known but
                // refused as not fitting the article), to keep.
                let results: Vec<Option<ArticleResults>> = (0..ids.len())
                    .map(|k| analysis.article_results(k))
                    .collect();
                let used = |k: usize| known[k].is_some() && known[k] == results[k];
                let found: Vec<(ArticleId, String)> = ids
                    .iter()
                    .zip(&results)
                    .enumerate()
                    .filter(|(k, _)| !used(*k))
                    .filter_map(|(_, (&a, r))| Some((a, r.clone()?)))
                    .map(|(a, r)| {
                        serde_json::to_string(&r)
                            .map(|json| (a, json))
                            .map_err(|source| CollectError::Json { story: id, source })
                    })
                    .collect::<Result<_, _>>()?;
                let doc = crosscheck_report::compare_document(&analysis);
                let json = serde_json::to_string(&doc)
                    .map_err(|source| CollectError::Json { story: id, source })?;
                Ok(Analysed1 {
                    story: id,
                    known: (0..ids.len()).filter(|&k| used(k)).count(),
                    found,
                    doc: StoredAnalysis {
                        schema: crosscheck_report::COMPARE_SCHEMA.to_string(),
                        json,
                        articles: ids,
                    },
                })
            })
            .collect::<Result<_, CollectError>>()?;
        // Each article's results are kept once, even when two stories of
        // the chunk found them (an article is in one story at a time).
        let mut found: Vec<(ArticleId, String)> = Vec::new();
        let mut documents: Vec<(StoryId, StoredAnalysis)> = Vec::with_capacity(analysed.len());
        for a in analysed {
            done.articles_known += a.known;
            found.extend(a.found);
            documents.push((a.story, a.doc));
        }
        found.sort_by_key(|(a, _)| *a);
        found.dedup_by_key(|(a, _)| *a);
        store.put_article_results(ARTICLE_RESULTS_VERSION, &found)?;
        if let (Some(cached), Some(model)) = (cached, encoder) {
            done.reused += cached.reused();
            let fresh = cached.fresh();
            done.encoded += fresh.len();
            store.put_vectors(&model.name(), &fresh)?;
        }
        let mut stored: Vec<(StoryId, String)> = Vec::new();
        for (id, doc) in documents {
            let n = doc.articles.len();
            match store.put_analysis(id, &doc) {
                Ok(()) => {
                    done.stored += 1;
                    done.articles += n;
                    stored.push((id, doc.json));
                }
                Err(StoreError::StaleAnalysis { .. } | StoreError::UnknownStory(_)) => {
                    done.stale += 1;
                }
                Err(e) => return Err(e.into()),
            }
            seen += 1;
            progress(seen, todo.len());
        }
        if let Some(w) = writing.as_mut() {
            let refs: Vec<(StoryId, &str)> = stored.iter().map(|(k, j)| (*k, j.as_str())).collect();
            w.put_analyses(&refs)?;
        }
    }
    if let Some(w) = writing.as_mut() {
        w.commit()?;
    }
    Ok(done)
}

/// One story analysed: its document, and what the per-article stages found
/// in its articles that were not known before.
struct Analysed1 {
    story: StoryId,
    known: usize,
    found: Vec<(ArticleId, String)>,
    doc: StoredAnalysis,
}

/// The per-article results the store keeps for these articles, read back.
/// Results that cannot be read are found again (and kept anew): they are
/// what the stages would find, so nothing of the analysis is lost, but the
/// damage is reported.
fn known_results(
    store: &dyn Store,
    articles: &[ArticleId],
) -> Result<std::collections::HashMap<ArticleId, ArticleResults>, CollectError> {
    let kept = match store.article_results(ARTICLE_RESULTS_VERSION, articles) {
        Ok(kept) => kept,
        // A damaged row: these articles' results are found again, and
        // kept anew over it.
        Err(e @ StoreError::Corrupt { .. }) => {
            tracing::warn!("{e}; finding these articles' quotations, names and dates again");
            return Ok(std::collections::HashMap::new());
        }
        Err(e) => return Err(e.into()),
    };
    Ok(kept
        .into_iter()
        .filter_map(|(a, json)| match serde_json::from_str(&json) {
            Ok(r) => Some((a, r)),
            Err(e) => {
                tracing::warn!(
                    "article {a}: its kept quotation, name and time results cannot be read ({e}); finding them again"
                );
                None
            }
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use crosscheck_store::{Added, Assignment, MemoryStore, StoryMethod};

    use super::*;

    /// Add articles to a store: their ids.
    fn add(store: &mut MemoryStore, articles: &[crosscheck_model::Article]) -> Vec<ArticleId> {
        store
            .add(articles)
            .unwrap()
            .into_iter()
            .map(|a| match a {
                Added::New { article } | Added::Duplicate { article, .. } => article,
            })
            .collect()
    }

    fn article(outlet: &str, text: &str) -> crosscheck_model::Article {
        let meta = crosscheck_model::ArticleMeta {
            outlet: Some(outlet.to_string()),
            ..Default::default()
        };
        let mut a = crosscheck_model::Article::from_paragraphs(Default::default(), meta, [text]);
        crosscheck_pipeline::prepare(&mut a);
        a
    }

    #[test]
    fn every_story_without_an_analysis_gets_one_and_only_those() {
        let mut store = MemoryStore::new();
        let fire = "A fire destroyed the warehouse in Leeds on Monday, the fire service said.";
        let ids: Vec<ArticleId> = add(
            &mut store,
            &[
                article("Reuters", fire),
                article(
                    "The Guardian",
                    &format!("{fire} Reuters reported it first."),
                ),
                article("AP", "Parliament passed the budget on Tuesday."),
            ],
        );
        let stories = store
            .assign(&[
                Assignment::new_story(StoryMethod::Clustered, vec![ids[0], ids[1]]),
                Assignment::new_story(StoryMethod::Clustered, vec![ids[2]]),
            ])
            .unwrap();
        let settings = Settings::default();
        let mut calls = Vec::new();
        let done = analyse_stories(&mut store, None, None, &settings, &mut |k, n| {
            calls.push((k, n))
        })
        .unwrap();
        assert_eq!(calls, [(0, 2), (1, 2), (2, 2)]);
        assert_eq!(
            done,
            Analysed {
                stored: 2,
                stale: 0,
                articles: 3,
                ..Analysed::default()
            }
        );
        let stored = store.analysis(stories[0]).unwrap().unwrap();
        assert_eq!(stored.articles, [ids[0], ids[1]]);
        let doc: serde_json::Value = serde_json::from_str(&stored.json).unwrap();
        assert_eq!(doc["schema"], crosscheck_report::COMPARE_SCHEMA);
        assert_eq!(doc["articles"].as_array().unwrap().len(), 2);
        // Nothing left to do; an article joining a story makes it due again.
        let again = analyse_stories(&mut store, None, None, &settings, &mut |_, _| {}).unwrap();
        assert_eq!(again, Analysed::default());
        store
            .assign(&[Assignment::to_story(stories[0], vec![ids[2]])])
            .unwrap();
        let again = analyse_stories(&mut store, None, None, &settings, &mut |_, _| {}).unwrap();
        assert_eq!(again.stored, 1);
        assert_eq!(again.articles, 3);
    }

    /// A model whose vector of a sentence is made of its length, counting
    /// the sentences it is asked about.
    struct Counting(std::sync::atomic::AtomicUsize);

    impl SentenceEncoder for Counting {
        fn name(&self) -> String {
            "counting".into()
        }
        fn encode(
            &self,
            sentences: &[&str],
        ) -> Result<Vec<Vec<f32>>, crosscheck_pipeline::EncoderError> {
            self.0
                .fetch_add(sentences.len(), std::sync::atomic::Ordering::SeqCst);
            Ok(sentences
                .iter()
                .map(|s| {
                    let x = s.len() as f32;
                    let n = (x * x + 1.0).sqrt();
                    vec![x / n, 1.0 / n]
                })
                .collect())
        }
    }

    #[test]
    fn a_story_analysed_again_asks_the_model_only_about_new_sentences() {
        let mut store = MemoryStore::new();
        let fire = "A fire destroyed the warehouse in Leeds on Monday, the fire service said. \
                    Officers closed the road to the warehouse for the night.";
        let rewritten = "The Leeds warehouse burned down on Monday, firefighters reported. \
                         Police shut the street beside the building overnight.";
        let ids: Vec<ArticleId> = add(
            &mut store,
            &[article("Reuters", fire), article("AP", rewritten)],
        );
        let story = store
            .assign(&[Assignment::new_story(StoryMethod::Clustered, vec![ids[0]])])
            .unwrap()[0];
        let model = Counting(std::sync::atomic::AtomicUsize::new(0));
        let settings = Settings::default();
        let first =
            analyse_stories(&mut store, None, Some(&model), &settings, &mut |_, _| {}).unwrap();
        assert_eq!((first.reused, first.stored), (0, 1));
        // The second article joins: its sentences are new; the first
        // article's come from the store.
        store
            .assign(&[Assignment::to_story(story, vec![ids[1]])])
            .unwrap();
        let asked_before = model.0.load(std::sync::atomic::Ordering::SeqCst);
        let again =
            analyse_stories(&mut store, None, Some(&model), &settings, &mut |_, _| {}).unwrap();
        assert_eq!(again.stored, 1);
        let asked = model.0.load(std::sync::atomic::Ordering::SeqCst) - asked_before;
        assert_eq!(asked, again.encoded);
        assert!(
            again.reused > 0 || first.encoded == 0,
            "{first:?} {again:?}"
        );
        // The stored analysis is the one a fresh model gives.
        let fresh_store_doc = {
            let mut fresh = MemoryStore::new();
            let ids2: Vec<ArticleId> = add(
                &mut fresh,
                &[article("Reuters", fire), article("AP", rewritten)],
            );
            let s = fresh
                .assign(&[Assignment::new_story(StoryMethod::Clustered, ids2)])
                .unwrap()[0];
            let model = Counting(std::sync::atomic::AtomicUsize::new(0));
            analyse_stories(&mut fresh, None, Some(&model), &settings, &mut |_, _| {}).unwrap();
            fresh.analysis(s).unwrap().unwrap().json
        };
        assert_eq!(
            store.analysis(story).unwrap().unwrap().json,
            fresh_store_doc
        );
    }

    #[test]
    fn a_story_analysed_again_reads_its_old_articles_results() {
        let texts = [
            (
                "Reuters",
                "Mayor Jane Whitfield said on Monday that the bridge in Leeds will close. \u{201c}We have no choice,\u{201d} she said.",
            ),
            (
                "AP",
                "The bridge in Leeds will close, Mayor Jane Whitfield said on Monday.",
            ),
            (
                "The Guardian",
                "Leeds traders fear the closure, the Chamber of Commerce said on Tuesday.",
            ),
        ];
        let articles: Vec<_> = texts.iter().map(|(o, t)| article(o, t)).collect();
        let mut store = MemoryStore::new();
        let ids = add(&mut store, &articles);
        let story = store
            .assign(&[Assignment::new_story(
                StoryMethod::Clustered,
                ids[..2].to_vec(),
            )])
            .unwrap()[0];
        let settings = Settings::default();
        let first = analyse_stories(&mut store, None, None, &settings, &mut |_, _| {}).unwrap();
        assert_eq!(first.articles_known, 0);
        let kept = store
            .article_results(ARTICLE_RESULTS_VERSION, &ids)
            .unwrap();
        assert_eq!(kept.len(), 2);
        // The third joins: the first two are read back, the third found.
        store
            .assign(&[Assignment::to_story(story, vec![ids[2]])])
            .unwrap();
        let again = analyse_stories(&mut store, None, None, &settings, &mut |_, _| {}).unwrap();
        assert_eq!((again.stored, again.articles_known), (1, 2));
        assert_eq!(
            store
                .article_results(ARTICLE_RESULTS_VERSION, &ids)
                .unwrap()
                .len(),
            3
        );
        let fresh = {
            let analysis = crosscheck_pipeline::analyse_with(articles.clone(), None, &settings);
            serde_json::to_string(&crosscheck_report::compare_document(&analysis)).unwrap()
        };
        assert_eq!(store.analysis(story).unwrap().unwrap().json, fresh);
        // Results that cannot be read are found again and kept anew; the
        // analysis is the same.
        let third = keep_and_analyse_again(&mut store, story, ids[0], "{not json", ids[2]);
        assert_eq!(third.articles_known, 2);
        assert_eq!(store.analysis(story).unwrap().unwrap().json, fresh);
        let repaired = store
            .article_results(ARTICLE_RESULTS_VERSION, &ids[..1])
            .unwrap();
        let repaired: ArticleResults = serde_json::from_str(&repaired[&ids[0]]).unwrap();
        // Results that read but do not fit their article (a sentence it
        // does not have) are not counted as known, and are kept anew.
        let mut misfit = repaired.clone();
        misfit.mentions.push(crosscheck_model::Mention {
            sentence: 99,
            ..repaired.mentions[0]
        });
        let misfit = serde_json::to_string(&misfit).unwrap();
        let fourth = keep_and_analyse_again(&mut store, story, ids[0], &misfit, ids[2]);
        assert_eq!(fourth.articles_known, 2);
        assert_eq!(store.analysis(story).unwrap().unwrap().json, fresh);
        let kept = store
            .article_results(ARTICLE_RESULTS_VERSION, &ids[..1])
            .unwrap();
        let kept: ArticleResults = serde_json::from_str(&kept[&ids[0]]).unwrap();
        assert_eq!(kept, repaired);
    }

    /// Keep `json` as `article`'s results, move `other` out of `story` and
    /// back (the story is then due again), and analyse it.
    fn keep_and_analyse_again(
        store: &mut MemoryStore,
        story: StoryId,
        article: ArticleId,
        json: &str,
        other: ArticleId,
    ) -> Analysed {
        store
            .put_article_results(ARTICLE_RESULTS_VERSION, &[(article, json.to_string())])
            .unwrap();
        store
            .assign(&[Assignment::new_story(StoryMethod::Clustered, vec![other])])
            .unwrap();
        store
            .assign(&[Assignment::to_story(story, vec![other])])
            .unwrap();
        analyse_stories(store, None, None, &Settings::default(), &mut |_, _| {}).unwrap()
    }
}
