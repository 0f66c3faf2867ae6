//! The store's behaviour, one set of tests run against every implementation:
//! what a caller may rely on whatever keeps the data.

use crosscheck_model::{Article, ArticleMeta, Origin, Published, Sentence, Span};
use crosscheck_store::{
    Added, ArticleId, Assignment, MemoryStore, SqliteStore, Store, StoreError, StoredAnalysis,
    StoryId, StoryMethod,
};

/// Run `test` against a fresh store of every kind.
fn each(test: impl Fn(&mut dyn Store)) {
    test(&mut MemoryStore::new());
    let dir = tempfile::tempdir().unwrap();
    test(&mut SqliteStore::open(dir.path()).unwrap());
}

fn article(text: &str, outlet: &str, published: Option<&str>) -> Article {
    let mut a = Article::from_paragraphs(
        Origin {
            source: format!("{outlet}.txt"),
            record_id: None,
            format: "text",
        },
        ArticleMeta {
            outlet: Some(outlet.into()),
            published: published.map(|d| Published {
                date: chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").unwrap(),
                time: None,
            }),
            ..ArticleMeta::default()
        },
        [text, "Second paragraph, é."],
    );
    a.sentences = vec![
        Sentence {
            span: a.paragraphs[0],
            paragraph: 0,
        },
        Sentence {
            span: a.paragraphs[1],
            paragraph: 1,
        },
    ];
    a
}

fn new_ids(added: &[Added]) -> Vec<ArticleId> {
    added
        .iter()
        .map(|a| match a {
            Added::New { article } => *article,
            Added::Duplicate { .. } => panic!("not new: {a:?}"),
        })
        .collect()
}

fn singletons(store: &mut dyn Store, ids: &[ArticleId]) -> Vec<StoryId> {
    let assignments: Vec<Assignment> = ids
        .iter()
        .map(|&id| Assignment::new_story(StoryMethod::Singleton, vec![id]))
        .collect();
    store.assign(&assignments).unwrap()
}

#[test]
fn add_is_idempotent_by_content_and_articles_round_trip() {
    each(|store| {
        let a = article("Same words.", "Reuters", Some("2024-01-02"));
        let b = article("Same words.", "AP", None);
        let added = store.add(&[a.clone(), b.clone(), a.clone()]).unwrap();
        assert_eq!(
            added,
            vec![
                Added::New {
                    article: ArticleId(1)
                },
                Added::New {
                    article: ArticleId(2)
                },
                Added::Duplicate {
                    article: ArticleId(1),
                    story: None
                },
            ]
        );
        assert_eq!(store.article_count().unwrap(), 2);
        assert_eq!(store.article(ArticleId(1)).unwrap().unwrap(), a);
        assert_eq!(store.article(ArticleId(2)).unwrap().unwrap(), b);
        assert_eq!(store.article(ArticleId(3)).unwrap(), None);
        // Added articles are in no story until assigned.
        assert!(store.stories().unwrap().is_empty());
        let stories = singletons(store, &[ArticleId(1)]);
        assert_eq!(
            store.add(std::slice::from_ref(&a)).unwrap(),
            vec![Added::Duplicate {
                article: ArticleId(1),
                story: Some(stories[0])
            }]
        );
    });
}

#[test]
fn the_time_of_publication_is_not_kept() {
    each(|store| {
        let mut a = article("Words.", "Reuters", Some("2024-01-02"));
        a.meta.published.as_mut().unwrap().time = chrono::NaiveTime::from_hms_opt(10, 0, 0);
        let ids = new_ids(&store.add(std::slice::from_ref(&a)).unwrap());
        let back = store.article(ids[0]).unwrap().unwrap();
        assert_eq!(back.meta.published.unwrap().time, None);
        assert_eq!(
            back.meta.published.unwrap().date,
            a.meta.published.unwrap().date
        );
    });
}

#[test]
fn a_batch_with_a_broken_article_stores_nothing() {
    each(|store| {
        let good = article("Fine.", "Reuters", None);
        let mut bad = article("Broken.", "AP", None);
        bad.sentences[1].span = Span::new(0, 1_000);
        let err = store.add(&[good.clone(), bad.clone()]).unwrap_err();
        assert!(
            matches!(
                err,
                StoreError::InvalidArticle {
                    index: 1,
                    field: "sentences",
                    ..
                }
            ),
            "{err}"
        );
        assert!(err.to_string().contains("AP.txt"), "{err}");
        assert_eq!(store.article_count().unwrap(), 0);
        // Off a char boundary: inside the two bytes of "é." 's "é".
        let end = bad.paragraphs[1].end;
        bad.sentences[1].span = Span::new(bad.paragraphs[1].start, end - 2);
        assert!(store.add(&[bad]).is_err());
        assert_eq!(store.article_count().unwrap(), 0);
    });
}

#[test]
fn singletons_are_listed_newest_story_first() {
    each(|store| {
        let ids = new_ids(
            &store
                .add(&[
                    article("One.", "Reuters", Some("2024-01-02")),
                    article("Two.", "AP", None),
                ])
                .unwrap(),
        );
        assert_eq!(singletons(store, &ids), vec![StoryId(1), StoryId(2)]);
        let stories = store.stories().unwrap();
        assert_eq!(
            stories.iter().map(|s| s.id).collect::<Vec<_>>(),
            vec![StoryId(2), StoryId(1)]
        );
        assert!(
            stories
                .iter()
                .all(|s| s.method == StoryMethod::Singleton && s.articles.len() == 1)
        );
        let first = &stories[1].articles[0];
        assert_eq!(first.id, ids[0]);
        assert_eq!(first.outlet.as_deref(), Some("Reuters"));
        assert_eq!(first.published.unwrap().to_string(), "2024-01-02");
        assert_eq!(first.source, "Reuters.txt");
    });
}

#[test]
fn many_articles_in_one_story_undated_first_then_by_date() {
    each(|store| {
        let ids = new_ids(
            &store
                .add(&[
                    article("Late.", "Reuters", Some("2024-01-03")),
                    article("Early.", "AP", Some("2024-01-01")),
                    article("Undated.", "BBC", None),
                ])
                .unwrap(),
        );
        let story = store
            .assign(&[Assignment::new_story(StoryMethod::Singleton, ids.clone())])
            .unwrap()[0];
        let stories = store.stories().unwrap();
        assert_eq!(stories.len(), 1);
        assert_eq!(stories[0].id, story);
        assert_eq!(
            stories[0].articles.iter().map(|a| a.id).collect::<Vec<_>>(),
            vec![ids[2], ids[1], ids[0]]
        );
    });
}

#[test]
fn moving_articles_empties_and_removes_stories_and_drops_their_analyses() {
    each(|store| {
        let ids = new_ids(
            &store
                .add(&[
                    article("One.", "Reuters", None),
                    article("Two.", "AP", None),
                    article("Three.", "BBC", None),
                ])
                .unwrap(),
        );
        let stories = singletons(store, &ids);
        let doc = |a: ArticleId| StoredAnalysis {
            schema: "crosscheck.compare/1".into(),
            json: r#"{"schema":"crosscheck.compare/1"}"#.into(),
            articles: vec![a],
        };
        for (&s, &a) in stories.iter().zip(&ids) {
            store.put_analysis(s, &doc(a)).unwrap();
        }
        // The second article joins the first story: its own story is empty
        // and goes; the first story's analysis no longer describes it.
        store
            .assign(&[Assignment::to_story(stories[0], vec![ids[1]])])
            .unwrap();
        let listed = store.stories().unwrap();
        assert_eq!(
            listed.iter().map(|s| s.id).collect::<Vec<_>>(),
            vec![stories[2], stories[0]]
        );
        assert_eq!(listed[1].articles.len(), 2);
        assert_eq!(store.analysis(stories[0]).unwrap(), None);
        assert_eq!(store.analysis(stories[2]).unwrap(), Some(doc(ids[2])));
        assert!(matches!(
            store.analysis(stories[1]),
            Err(StoreError::UnknownStory(_))
        ));
        // Assigning an article to the story it is in changes nothing.
        store
            .assign(&[Assignment::to_story(stories[2], vec![ids[2]])])
            .unwrap();
        assert_eq!(store.analysis(stories[2]).unwrap(), Some(doc(ids[2])));
    });
}

#[test]
fn a_failing_assignment_changes_nothing() {
    each(|store| {
        let ids = new_ids(&store.add(&[article("One.", "Reuters", None)]).unwrap());
        let err = store
            .assign(&[
                Assignment::new_story(StoryMethod::Singleton, ids.clone()),
                Assignment::new_story(StoryMethod::Singleton, vec![ArticleId(99)]),
            ])
            .unwrap_err();
        assert!(
            matches!(err, StoreError::UnknownArticle(ArticleId(99))),
            "{err}"
        );
        assert!(store.stories().unwrap().is_empty());
        let err = store
            .assign(&[Assignment::to_story(StoryId(7), ids.clone())])
            .unwrap_err();
        assert!(matches!(err, StoreError::UnknownStory(StoryId(7))), "{err}");
        let err = store
            .assign(&[Assignment::new_story(StoryMethod::Singleton, vec![])])
            .unwrap_err();
        assert!(matches!(err, StoreError::EmptyAssignment(0)), "{err}");
        assert!(store.stories().unwrap().is_empty());
        assert_eq!(
            store
                .assign(&[Assignment::new_story(StoryMethod::Singleton, ids)])
                .unwrap(),
            vec![StoryId(1)]
        );
    });
}

#[test]
fn analyses_are_json_documents_of_a_story() {
    each(|store| {
        let ids = new_ids(&store.add(&[article("One.", "Reuters", None)]).unwrap());
        let story = singletons(store, &ids)[0];
        assert_eq!(store.analysis(story).unwrap(), None);
        let first = StoredAnalysis {
            schema: "crosscheck.compare/1".into(),
            json: "{\"a\": 1}".into(),
            articles: ids.clone(),
        };
        assert!(!store.has_analysis(story).unwrap());
        store.put_analysis(story, &first).unwrap();
        assert!(store.has_analysis(story).unwrap());
        assert_eq!(store.analysis(story).unwrap(), Some(first));
        let second = StoredAnalysis {
            schema: "crosscheck.compare/2".into(),
            json: "[]".into(),
            articles: ids.clone(),
        };
        store.put_analysis(story, &second).unwrap();
        assert_eq!(store.analysis(story).unwrap(), Some(second.clone()));
        let broken = StoredAnalysis {
            schema: "crosscheck.compare/1".into(),
            json: "{".into(),
            articles: ids.clone(),
        };
        let err = store.put_analysis(story, &broken).unwrap_err();
        assert!(matches!(err, StoreError::InvalidAnalysis { .. }), "{err}");
        assert_eq!(store.analysis(story).unwrap(), Some(second.clone()));
        assert!(matches!(
            store.put_analysis(StoryId(42), &second),
            Err(StoreError::UnknownStory(StoryId(42)))
        ));
    });
}

#[test]
fn an_analysis_is_stored_only_of_the_story_as_it_is() {
    each(|store| {
        let ids = new_ids(
            &store
                .add(&[
                    article("One.", "Reuters", Some("2024-01-02")),
                    article("Two.", "AP", Some("2024-01-01")),
                    article("Three.", "BBC", None),
                ])
                .unwrap(),
        );
        let story = store
            .assign(&[Assignment::new_story(
                StoryMethod::Clustered,
                vec![ids[0], ids[1]],
            )])
            .unwrap()[0];
        assert_eq!(store.unanalysed().unwrap(), [story]);
        let doc = |articles: Vec<ArticleId>| StoredAnalysis {
            schema: "crosscheck.compare/1".into(),
            json: "{}".into(),
            articles,
        };
        // Not in the order the story lists them (undated, then by date).
        let err = store
            .put_analysis(story, &doc(vec![ids[0], ids[1]]))
            .unwrap_err();
        assert!(matches!(err, StoreError::StaleAnalysis { .. }), "{err}");
        store
            .put_analysis(story, &doc(vec![ids[1], ids[0]]))
            .unwrap();
        assert!(store.unanalysed().unwrap().is_empty());
        assert_eq!(
            store.analysis(story).unwrap().unwrap().articles,
            [ids[1], ids[0]]
        );
        // An article joins: the analysis goes, and one made before the
        // join is refused.
        store
            .assign(&[Assignment::to_story(story, vec![ids[2]])])
            .unwrap();
        assert_eq!(store.analysis(story).unwrap(), None);
        assert_eq!(store.unanalysed().unwrap(), [story]);
        let err = store
            .put_analysis(story, &doc(vec![ids[1], ids[0]]))
            .unwrap_err();
        assert!(err.to_string().contains("analyse it again"), "{err}");
        store
            .put_analysis(story, &doc(vec![ids[2], ids[1], ids[0]]))
            .unwrap();
    });
}

#[test]
fn one_story_an_articles_story_and_a_version_that_moves_with_writes() {
    each(|store| {
        let v0 = store.version().unwrap();
        let ids = new_ids(
            &store
                .add(&[
                    article("One.", "Reuters", Some("2024-01-02")),
                    article("Two.", "AP", Some("2024-01-01")),
                    article("Three.", "BBC", None),
                ])
                .unwrap(),
        );
        let v1 = store.version().unwrap();
        assert_ne!(v0, v1);
        let stories = store
            .assign(&[
                Assignment::new_story(StoryMethod::Clustered, vec![ids[0], ids[1]]),
                Assignment::new_story(StoryMethod::Singleton, vec![ids[2]]),
            ])
            .unwrap();
        assert_ne!(store.version().unwrap(), v1);
        let first = store.story(stories[0]).unwrap().unwrap();
        assert_eq!(first.method, StoryMethod::Clustered);
        assert_eq!(
            first.articles.iter().map(|a| a.id).collect::<Vec<_>>(),
            vec![ids[1], ids[0]]
        );
        assert_eq!(
            Some(&first),
            store.stories().unwrap().iter().find(|s| s.id == stories[0])
        );
        assert_eq!(store.story(StoryId(999)).unwrap(), None);
        assert_eq!(store.story_of(ids[2]).unwrap(), Some(stories[1]));
        assert_eq!(store.story_of(ArticleId(999)).unwrap(), None);
    });
}

#[test]
fn the_id_of_a_story_merged_away_is_never_given_again() {
    each(|store| {
        let ids = new_ids(
            &store
                .add(&[
                    article("One.", "Reuters", None),
                    article("Two.", "AP", None),
                    article("Three.", "BBC", None),
                ])
                .unwrap(),
        );
        let stories = singletons(store, &ids[..2]);
        // The newest story merges into the first and goes.
        store
            .assign(&[Assignment::to_story(stories[0], vec![ids[1]])])
            .unwrap();
        assert_eq!(store.story(stories[1]).unwrap(), None);
        let next = singletons(store, &ids[2..])[0];
        assert!(next.0 > stories[1].0, "{next} reuses a merged story's id");
    });
}

#[test]
fn sentence_vectors_are_kept_by_model_and_sentence() {
    each(|store| {
        let vectors = std::collections::HashMap::from([
            ("One sentence.".to_string(), vec![0.25f32, -1.5, 3.0]),
            ("Another.".to_string(), vec![1.0f32]),
        ]);
        store.put_vectors("model-a", &vectors).unwrap();
        let got = store
            .vectors("model-a", &["One sentence.", "Another.", "Unknown."])
            .unwrap();
        assert_eq!(got.len(), 2);
        assert_eq!(got["One sentence."], [0.25, -1.5, 3.0]);
        // Another model's vectors are its own.
        assert!(
            store
                .vectors("model-b", &["One sentence."])
                .unwrap()
                .is_empty()
        );
        // A sentence stored already keeps its vector.
        let again = std::collections::HashMap::from([("Another.".to_string(), vec![9.0f32])]);
        store.put_vectors("model-a", &again).unwrap();
        assert_eq!(
            store.vectors("model-a", &["Another."]).unwrap()["Another."],
            [1.0]
        );
    });
}

#[test]
fn article_results_are_kept_by_article_and_version() {
    each(|store| {
        let ids = new_ids(
            &store
                .add(&[
                    article("First text.", "AP", None),
                    article("Second text.", "Reuters", None),
                ])
                .unwrap(),
        );
        store
            .put_article_results("v1", &[(ids[0], r#"{"quotes":1}"#.to_string())])
            .unwrap();
        let got = store.article_results("v1", &ids).unwrap();
        assert_eq!(got.len(), 1);
        assert_eq!(got[&ids[0]], r#"{"quotes":1}"#);
        // Another version's results are not this version's.
        assert!(store.article_results("v2", &ids).unwrap().is_empty());
        // A newer version's results replace the older's.
        store
            .put_article_results(
                "v2",
                &[(ids[0], "[2]".to_string()), (ids[1], "[3]".to_string())],
            )
            .unwrap();
        assert!(store.article_results("v1", &ids).unwrap().is_empty());
        assert_eq!(store.article_results("v2", &ids).unwrap()[&ids[1]], "[3]");
        // An article the store does not have: an error, and nothing kept.
        let err = store
            .put_article_results(
                "v3",
                &[
                    (ids[0], "[4]".to_string()),
                    (ArticleId(999), "[5]".to_string()),
                ],
            )
            .unwrap_err();
        assert!(
            matches!(err, StoreError::UnknownArticle(ArticleId(999))),
            "{err}"
        );
        assert!(store.article_results("v3", &ids).unwrap().is_empty());
        assert_eq!(store.article_results("v2", &ids).unwrap().len(), 2);
    });
}
