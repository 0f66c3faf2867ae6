//! The web application as a browser meets it: the pages, their filters,
//! hostile strings rendered as text, and the limits (wrong ids, paths,
//! dates, query strings, bodies), on a store in memory; and one real
//! request over the loopback interface.

use axum::body::Body;
use axum::http::{Request, StatusCode};
use crosscheck_model::{Article, ArticleMeta, Published};
use crosscheck_serve::{App, Options, router};
use crosscheck_store::{Added, Assignment, MemoryStore, Store, StoryMethod};
use http_body_util::BodyExt;
use tower::ServiceExt;

const XSS: &str = "<script>alert(1)</script><img src=x onerror=alert(2)>\"'&";

fn article(outlet: &str, title: &str, day: u32, text: &str, url: Option<&str>) -> Article {
    let meta = ArticleMeta {
        outlet: Some(outlet.to_string()),
        title: Some(title.to_string()),
        url: url.map(str::to_string),
        published: Some(Published {
            date: chrono::NaiveDate::from_ymd_opt(2024, 5, day).unwrap(),
            time: None,
        }),
        ..Default::default()
    };
    let mut a = Article::from_paragraphs(Default::default(), meta, [text]);
    crosscheck_pipeline::prepare(&mut a);
    a
}

/// A store with two stories: a fire reported by two outlets (one quoting
/// the other), and a hostile one.
fn store() -> MemoryStore {
    let mut store = MemoryStore::new();
    let fire = "A fire destroyed the Grenfell warehouse in Leeds on Monday, the fire service said. \
                \"It was the worst fire we have seen this year,\" said chief officer Dana Wells.";
    let articles = vec![
        article(
            "Reuters",
            "Warehouse fire in Leeds",
            1,
            fire,
            Some("https://example.org/fire"),
        ),
        article(
            "The Guardian",
            "Leeds warehouse destroyed by fire",
            2,
            &format!("{fire} Reuters reported the fire first."),
            Some("javascript:alert(3)"),
        ),
        article(XSS, XSS, 3, &format!("{XSS} said {XSS}."), None),
    ];
    let ids: Vec<_> = store
        .add(&articles)
        .unwrap()
        .into_iter()
        .map(|a| match a {
            Added::New { article } => article,
            Added::Duplicate { article, .. } => article,
        })
        .collect();
    store
        .assign(&[
            Assignment::new_story(StoryMethod::Clustered, vec![ids[0], ids[1]]),
            Assignment::new_story(StoryMethod::Clustered, vec![ids[2]]),
        ])
        .unwrap();
    store
}

fn app() -> axum::Router {
    let options = Options::default();
    router(App::new(Box::new(store()), None, &options), &options)
}

/// The application with a search index of its store.
fn app_with_index(dir: &std::path::Path) -> axum::Router {
    let options = Options::default();
    let store = store();
    let index = crosscheck_index::ArticleIndex::open(dir).unwrap();
    index.catch_up(&store).unwrap();
    router(App::new(Box::new(store), Some(index), &options), &options)
}

async fn get(app: &axum::Router, uri: &str) -> (StatusCode, String) {
    let response = app
        .clone()
        .oneshot(Request::get(uri).body(Body::empty()).unwrap())
        .await
        .unwrap();
    let status = response.status();
    let body = response.into_body().collect().await.unwrap().to_bytes();
    (status, String::from_utf8(body.to_vec()).unwrap())
}

/// No element, attribute or URL of the hostile strings survives.
fn inert(html: &str) {
    assert!(!html.contains("<script>alert"), "a script tag survived");
    assert!(!html.contains("<img src=x"), "an image tag survived");
    assert!(!html.contains("href=\"javascript:"), "a javascript: link");
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
}

#[tokio::test]
async fn the_story_list_filters_and_escapes() {
    let app = app();
    let (status, html) = get(&app, "/").await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("2 stories match"), "{html}");
    assert!(html.contains("Reuters, The Guardian"));
    assert!(html.contains("2024-05-01 – 2024-05-02"));
    inert(&html);
    let (_, html) = get(&app, "/?outlet=guardian").await;
    assert!(html.contains("1 story match") && html.contains("Warehouse fire in Leeds"));
    let (_, html) = get(&app, "/?from=2024-05-03").await;
    assert!(html.contains("1 story match") && !html.contains("Warehouse fire"));
    let (_, html) = get(&app, "/?headline=leeds+warehouse").await;
    assert!(html.contains("1 story match"));
    let (_, html) = get(&app, "/?outlet=%3Cscript%3E").await;
    assert!(html.contains("value=\"&lt;script&gt;\""));
}

#[tokio::test]
async fn a_story_page_is_its_report_and_the_list_then_counts_its_sources() {
    let app = app();
    let (status, html) = get(&app, "/story/1").await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("Who derives from whom"), "{html}");
    assert!(html.contains("href=\"/\""));
    // Its analysis is kept: the list now says how many sources are
    // independent.
    let (_, list) = get(&app, "/").await;
    assert!(list.contains("1 of 2") || list.contains("2 of 2"), "{list}");
    let (status, html) = get(&app, "/story/2").await;
    assert_eq!(status, StatusCode::OK);
    inert(&html);
    // Asked again, the same report.
    let (_, again) = get(&app, "/story/2").await;
    assert_eq!(html, again);
}

#[tokio::test]
async fn an_article_page_shows_its_text_quotes_and_entities() {
    let app = app();
    let (status, html) = get(&app, "/article/1").await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("Grenfell warehouse"));
    assert!(html.contains("Quotations and attributions"));
    assert!(html.contains("<a href=\"https://example.org/fire\""));
    assert!(html.contains("in <a href=\"/story/1\">story 1</a>"));
    let (_, html) = get(&app, "/article/2").await;
    // A URL that is not http(s) is text, not a link.
    assert!(html.contains("javascript:alert(3)") && !html.contains("href=\"javascript:"));
    let (_, html) = get(&app, "/article/3").await;
    inert(&html);
}

#[tokio::test]
async fn wrong_requests_get_4xx_and_the_app_stays_up() {
    let app = app();
    for (uri, status) in [
        ("/story/999", StatusCode::NOT_FOUND),
        ("/article/999", StatusCode::NOT_FOUND),
        ("/story/abc", StatusCode::BAD_REQUEST),
        ("/story/1%00", StatusCode::BAD_REQUEST),
        ("/../../etc/passwd", StatusCode::NOT_FOUND),
        ("/static/..%2f..%2fetc%2fpasswd", StatusCode::NOT_FOUND),
        ("/?from=yesterday", StatusCode::BAD_REQUEST),
        ("/?page=-1", StatusCode::BAD_REQUEST),
        ("/?page=%ZZ", StatusCode::BAD_REQUEST),
        ("/?from=2024-05-03&to=2024-05-01", StatusCode::BAD_REQUEST),
        ("/?page=18446744073709551615", StatusCode::OK),
        ("/nowhere", StatusCode::NOT_FOUND),
    ] {
        let (got, body) = get(&app, uri).await;
        assert_eq!(got, status, "{uri}");
        assert!(
            body.starts_with("<!DOCTYPE html>") || got == StatusCode::BAD_REQUEST,
            "{uri}"
        );
    }
    let big = vec![b'x'; Options::default().max_body + 1];
    let response = app
        .clone()
        .oneshot(
            Request::post("/")
                .header("content-length", big.len())
                .body(Body::from(big))
                .unwrap(),
        )
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::PAYLOAD_TOO_LARGE);
    let response = app
        .clone()
        .oneshot(Request::post("/").body(Body::from("x=1")).unwrap())
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::METHOD_NOT_ALLOWED);
    let (status, _) = get(&app, "/").await;
    assert_eq!(status, StatusCode::OK);
}

#[tokio::test]
async fn it_answers_over_the_loopback_interface() {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let server = tokio::spawn(async move { axum::serve(listener, app()).await });
    let mut stream = tokio::net::TcpStream::connect(addr).await.unwrap();
    stream
        .write_all(b"GET / HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
        .await
        .unwrap();
    let mut response = String::new();
    stream.read_to_string(&mut response).await.unwrap();
    assert!(response.starts_with("HTTP/1.1 200"), "{response}");
    assert!(response.contains("2 stories match"));
    server.abort();
}

#[tokio::test]
async fn search_finds_articles_by_words_names_and_quotations() {
    let dir = tempfile::tempdir().unwrap();
    let app = app_with_index(dir.path());
    let (status, html) = get(&app, "/?q=warehouse").await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("2 articles match"), "{html}");
    assert!(html.contains("<mark>warehouse</mark>"), "{html}");
    assert!(html.contains("<a href=\"/story/1\">story 1</a>"));
    let (_, html) = get(&app, "/?q=names%3AWells").await;
    assert!(html.contains("2 articles match"), "{html}");
    let (_, html) = get(&app, "/?q=quotes%3Aworst").await;
    assert!(html.contains("2 articles match"), "{html}");
    let (_, html) = get(&app, "/?q=reported+first").await;
    assert!(html.contains("1 article match"), "{html}");
    // A hostile query and hostile articles stay text.
    let (status, html) = get(&app, "/?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E").await;
    assert_eq!(status, StatusCode::OK);
    inert(&html);
    let (status, _) = get(&app, "/?q=%22unclosed+%28+AND+OR").await;
    assert_eq!(status, StatusCode::OK);
}

#[tokio::test]
async fn search_finds_the_quotations_and_names_of_analysed_stories() {
    let dir = tempfile::tempdir().unwrap();
    let options = Options::default();
    let mut store = store();
    let index = crosscheck_index::ArticleIndex::open(dir.path()).unwrap();
    index.catch_up(&store).unwrap();
    crosscheck_collect::analyse_stories(
        &mut store,
        Some(&index),
        None,
        &crosscheck_pipeline::Settings::default(),
        &mut |_, _| {},
    )
    .unwrap();
    let app = router(App::new(Box::new(store), Some(index), &options), &options);
    let (status, html) = get(&app, "/?q=worst+fire").await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("<h2>Quotations</h2>"), "{html}");
    assert!(
        html.contains("2 quotations of analysed stories match"),
        "{html}"
    );
    // Each links to the sentence of the story's page where it starts.
    assert!(html.contains("href=\"/story/1#a1.s2\""), "{html}");
    assert!(html.contains("chief officer Dana Wells") || html.contains("Dana Wells"));
    let (_, html) = get(&app, "/?q=Dana+Wells").await;
    assert!(html.contains("<h2>Names</h2>"), "{html}");
    assert!(html.contains("PERSON · named in 2 articles"), "{html}");
    // A hostile story's analysis is searchable and stays text.
    let (status, html) = get(&app, "/?q=alert").await;
    assert_eq!(status, StatusCode::OK);
    inert(&html);
}

#[tokio::test]
async fn the_names_filter_keeps_stories_that_name_someone() {
    let dir = tempfile::tempdir().unwrap();
    let app = app_with_index(dir.path());
    let (status, html) = get(&app, "/?entity=Dana+Wells").await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        html.contains("1 story match") && html.contains("Warehouse fire in Leeds"),
        "{html}"
    );
    assert!(html.contains("name=\"entity\" value=\"Dana Wells\""));
    let (_, html) = get(&app, "/?entity=Dana+Wells&outlet=nobody").await;
    assert!(html.contains("0 stories match"), "{html}");
    let (_, html) = get(&app, "/?entity=Wells+Dana").await;
    assert!(
        html.contains("0 stories match"),
        "a name is its words in order"
    );
    let (status, html) = get(&app, "/?entity=%3Cscript%3Ealert(1)%3C%2Fscript%3E").await;
    assert_eq!(status, StatusCode::OK);
    inert(&html);
    // An article page links each name it holds to that filter.
    let (_, html) = get(&app, "/article/1").await;
    assert!(html.contains("href=\"/?entity=Dana%20Wells\""), "{html}");
    // Without a search index the filter says why it cannot apply.
    let (status, html) = get(&self::app(), "/?entity=Dana+Wells").await;
    assert_eq!(status, StatusCode::CONFLICT);
    assert!(html.contains("search --rebuild"), "{html}");
}
