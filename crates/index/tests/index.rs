//! The index follows the store: what it finds, catching up after an
//! ingest that stopped before the index's commit, rebuilding, passages.

use crosscheck_index::ArticleIndex;
use crosscheck_model::{Article, ArticleMeta};
use crosscheck_store::{Added, ArticleId, MemoryStore, Store};

fn article(title: &str, text: &str) -> Article {
    let meta = ArticleMeta {
        title: Some(title.to_string()),
        outlet: Some("Reuters".to_string()),
        ..Default::default()
    };
    let mut a = Article::from_paragraphs(Default::default(), meta, [text]);
    a.sentences = vec![crosscheck_model::Sentence {
        span: a.paragraphs[0],
        paragraph: 0,
    }];
    a
}

fn add(store: &mut MemoryStore, articles: &[Article]) -> Vec<ArticleId> {
    store
        .add(articles)
        .unwrap()
        .into_iter()
        .map(|a| match a {
            Added::New { article } | Added::Duplicate { article, .. } => article,
        })
        .collect()
}

#[test]
fn it_finds_words_names_quotations_and_catches_up_with_the_store() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = MemoryStore::new();
    let ids = add(
        &mut store,
        &[
            article(
                "Fire in Leeds",
                "A fire destroyed a warehouse, said chief officer Dana Wells.",
            ),
            article(
                "Trial opens",
                "The trial of Marcus Halloway opened. \"I am innocent,\" he said.",
            ),
        ],
    );
    let index = ArticleIndex::open(dir.path()).unwrap();
    assert_eq!(index.catch_up(&store).unwrap(), 2);
    assert_eq!(index.len().unwrap(), 2);
    assert_eq!(index.last_indexed().unwrap(), Some(ids[1]));
    let found = |q: &str| -> Vec<ArticleId> {
        index
            .search(q, 10)
            .unwrap()
            .into_iter()
            .map(|h| h.article)
            .collect()
    };
    assert_eq!(found("warehouse"), [ids[0]]);
    assert_eq!(found("names:Halloway"), [ids[1]]);
    assert_eq!(found("quotes:innocent"), [ids[1]]);
    assert_eq!(found("title:leeds"), [ids[0]]);
    assert!(
        found("warehouse innocent").is_empty(),
        "all words are required"
    );
    // A query a user mistypes is still read.
    assert_eq!(found("\"warehouse"), [ids[0]]);
    // Stored but not indexed (an ingest killed between the two commits):
    // catching up indexes it, once.
    let late = add(
        &mut store,
        &[article("Later", "The warehouse owner was questioned.")],
    );
    assert_eq!(found("owner"), Vec::<ArticleId>::new());
    assert_eq!(index.catch_up(&store).unwrap(), 1);
    assert_eq!(index.catch_up(&store).unwrap(), 0);
    assert_eq!(found("owner"), late);
    assert_eq!(index.rebuild(&store).unwrap(), 3);
    assert_eq!(index.len().unwrap(), 3);
    let (passage, marks) = index
        .snippet(
            "warehouse",
            "A fire destroyed a warehouse, said the chief.",
            100,
        )
        .unwrap();
    assert_eq!(&passage[marks[0].clone()], "warehouse");
    // Reopened, it is all there.
    drop(index);
    assert_eq!(ArticleIndex::open(dir.path()).unwrap().len().unwrap(), 3);
}

#[test]
fn naming_finds_every_article_that_names_someone_and_only_those() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = MemoryStore::new();
    let ids = add(
        &mut store,
        &[
            article("One", "The trial of Marcus Halloway opened in Leeds."),
            article("Two", "Lawyers for Marcus Halloway appealed."),
            article("Three", "A man named Marcus spoke to Halloway's brother."),
        ],
    );
    let index = ArticleIndex::open(dir.path()).unwrap();
    index.catch_up(&store).unwrap();
    assert_eq!(index.naming("Marcus Halloway").unwrap(), [ids[0], ids[1]]);
    assert_eq!(index.naming("marcus").unwrap(), ids);
    assert_eq!(index.naming("Leeds").unwrap(), [ids[0]]);
    assert!(index.naming("  ,. ").unwrap().is_empty());
    assert!(index.naming("Nobody").unwrap().is_empty());
}

#[test]
fn a_name_with_an_abbreviation_is_one_name() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = MemoryStore::new();
    let ids = add(
        &mut store,
        &[article("One", "Police closed the U.S. Capitol on Monday.")],
    );
    let index = ArticleIndex::open(dir.path()).unwrap();
    index.catch_up(&store).unwrap();
    assert_eq!(index.naming("U.S. Capitol").unwrap(), ids);
}

/// An analysis document with two claims over two articles' sentences, a
/// quotation and an entity.
const ANALYSIS: &str = r#"{
  "articles": [
    {"id": "a1", "outlet": "Reuters",
     "sentences": [{"id": "a1.s1", "text": "The warehouse fire began in a storeroom."}]},
    {"id": "a2", "outlet": "AP",
     "sentences": [{"id": "a2.s1", "text": "Fire crews said the storeroom caught fire first."},
                   {"id": "a2.s2", "text": "The owner was questioned by police."}]}
  ],
  "claims": [
    {"id": "c1", "statements": ["a1.s1", "a2.s1"], "outlets": ["Reuters", "AP"]},
    {"id": "c2", "statements": ["a2.s2"], "outlets": ["AP"]}
  ],
  "quotes": [
    {"id": "q1", "article": "a2", "sentence": "a2.s1", "speaker": "Chief Officer Dana Wells",
     "text": "the storeroom went up like a torch", "continues": false}
  ],
  "entities": [
    {"id": "e1", "name": "Dana Wells", "type": "PERSON", "aliases": ["Chief Officer Dana Wells", "Wells"],
     "articles": ["a2"], "mentions": [{"article": "a2", "sentence": "a2.s1", "start": 0, "end": 5, "text": "Wells"}]}
  ]
}"#;

#[test]
fn claims_are_found_replaced_and_kept_apart_from_articles() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = MemoryStore::new();
    let ids = add(
        &mut store,
        &[article(
            "Fire",
            "A fire destroyed a warehouse, said Dana Wells.",
        )],
    );
    let index = ArticleIndex::open(dir.path()).unwrap();
    index.catch_up(&store).unwrap();
    let story = crosscheck_store::StoryId(7);
    assert_eq!(index.put_analyses(&[(story, ANALYSIS)]).unwrap(), 4);
    // Claims are not articles: counts and article search do not see them.
    assert_eq!(index.len().unwrap(), 1);
    assert_eq!(index.last_indexed().unwrap(), Some(ids[0]));
    assert!(index.search("storeroom", 10).unwrap().is_empty());
    let found = index.search_claims("storeroom", 10).unwrap();
    assert_eq!(found.len(), 1);
    assert_eq!((found[0].story, found[0].claim.as_str()), (story, "c1"));
    assert_eq!(found[0].outlets, "Reuters, AP");
    assert!(found[0].text.contains("began in a storeroom") && found[0].text.contains(" … "));
    assert_eq!(found[0].sentence.as_deref(), Some("a1.s1"));
    assert_eq!(
        index.search_claims("outlet:AP questioned", 10).unwrap()[0].claim,
        "c2"
    );
    // Analysed again: the story's claims are replaced, not added to.
    let fewer = ANALYSIS
        .replace(
            r#"{"id": "c2", "statements": ["a2.s2"], "outlets": ["AP"]}"#,
            "",
        )
        .replace("},\n    \n  ]", "}\n  ]");
    index.put_analyses(&[(story, fewer.as_str())]).unwrap();
    assert!(index.search_claims("questioned", 10).unwrap().is_empty());
    assert_eq!(index.search_claims("storeroom", 10).unwrap().len(), 1);
    // A document that cannot be read is an error naming the story, and
    // what was indexed for it stays.
    let e = index.put_analyses(&[(story, "{")]).unwrap_err().to_string();
    assert!(e.contains("story 7"), "{e}");
    assert_eq!(index.search_claims("storeroom", 10).unwrap().len(), 1);
}

#[test]
fn quotations_are_found_by_their_words_and_speaker_entities_by_any_form() {
    let dir = tempfile::tempdir().unwrap();
    let index = ArticleIndex::open(dir.path()).unwrap();
    let story = crosscheck_store::StoryId(3);
    index.put_analyses(&[(story, ANALYSIS)]).unwrap();
    let q = index.search_quotes("torch", 10).unwrap();
    assert_eq!(q.len(), 1);
    assert_eq!((q[0].story, q[0].quote.as_str()), (story, "q1"));
    assert_eq!(q[0].speaker.as_deref(), Some("Chief Officer Dana Wells"));
    assert_eq!(q[0].outlet.as_deref(), Some("AP"));
    assert_eq!(q[0].sentence, "a2.s1");
    // By the speaker, and only quotations: the claim with "storeroom" is
    // not a quotation, the quotation's words are not a claim's.
    assert_eq!(index.search_quotes("Wells storeroom", 10).unwrap().len(), 1);
    assert!(index.search_claims("torch", 10).unwrap().is_empty());
    let e = index.search_entities("wells", 10).unwrap();
    assert_eq!(e.len(), 1);
    assert_eq!(
        (e[0].name.as_str(), e[0].kind.as_str()),
        ("Dana Wells", "PERSON")
    );
    assert_eq!(e[0].articles, 1);
    assert_eq!(e[0].sentence.as_deref(), Some("a2.s1"));
    assert!(index.search_entities("chief officer", 10).unwrap().len() == 1);
    assert!(index.search_entities("warehouse", 10).unwrap().is_empty());
    // An analysis without entity confidences (written before them) reads as
    // asserted; a possible entity says so.
    assert!(!e[0].possible);
    let possible = ANALYSIS.replace(
        r#""articles": ["a2"], "mentions""#,
        r#""articles": ["a2"], "confidence": "possible", "mentions""#,
    );
    assert_ne!(possible, ANALYSIS);
    index.put_analyses(&[(story, possible.as_str())]).unwrap();
    assert!(index.search_entities("wells", 10).unwrap()[0].possible);
}

#[test]
fn an_index_made_anew_gets_the_stored_analyses_claims_on_catching_up() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = MemoryStore::new();
    let ids = add(
        &mut store,
        &[article("Fire", "The warehouse fire began in a storeroom.")],
    );
    let story = store
        .assign(&[crosscheck_store::Assignment::new_story(
            crosscheck_store::StoryMethod::Clustered,
            ids.clone(),
        )])
        .unwrap()[0];
    store
        .put_analysis(
            story,
            &crosscheck_store::StoredAnalysis {
                schema: "crosscheck.compare/1".into(),
                json: ANALYSIS.into(),
                articles: ids,
            },
        )
        .unwrap();
    // No index yet (a new data directory, or one deleted): made anew.
    let index = ArticleIndex::open(dir.path()).unwrap();
    index.catch_up(&store).unwrap();
    assert_eq!(index.search_claims("storeroom", 5).unwrap().len(), 1);
    // Opened again, it is not made anew: claims are not indexed twice.
    drop(index);
    let index = ArticleIndex::open(dir.path()).unwrap();
    index.catch_up(&store).unwrap();
    assert_eq!(index.search_claims("storeroom", 5).unwrap().len(), 1);
}
