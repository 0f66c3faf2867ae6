//! Ingest through the application: refused unless it was started to allow
//! it; an upload from its own page is read in the background into the
//! store, with a page that shows how far it is; uploads without the form's
//! token, from another site or over the limit are refused.

use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use crosscheck_serve::{App, Ingest, Options, router};
use crosscheck_store::{SqliteStore, Store};
use http_body_util::BodyExt;
use tower::ServiceExt;

const XSS: &str = "<script>alert(1)</script>";

fn app(dir: &std::path::Path, allow: bool) -> axum::Router {
    let options = Options::default();
    let store = SqliteStore::open(dir).unwrap();
    let index = crosscheck_index::ArticleIndex::open(dir).unwrap();
    let dir = dir.to_path_buf();
    let ingest = allow.then(|| Ingest {
        open: Box::new(move || {
            SqliteStore::open(&dir).map(|s| Box::new(s) as Box<dyn Store + Send>)
        }),
        limits: crosscheck_ingest::Options::default(),
        max_upload: 64 * 1024,
    });
    router(
        App::with_ingest(Box::new(store), Some(index), &options, ingest),
        &options,
    )
}

async fn send(app: &axum::Router, request: Request<Body>) -> (StatusCode, String, Option<String>) {
    let response = app.clone().oneshot(request).await.unwrap();
    let status = response.status();
    let location = response
        .headers()
        .get(header::LOCATION)
        .map(|v| v.to_str().unwrap().to_string());
    let body = response.into_body().collect().await.unwrap().to_bytes();
    (
        status,
        String::from_utf8_lossy(&body).into_owned(),
        location,
    )
}

async fn get(app: &axum::Router, uri: &str) -> (StatusCode, String) {
    let request = Request::get(uri)
        .header(header::HOST, "127.0.0.1:8737")
        .body(Body::empty())
        .unwrap();
    let (status, body, _) = send(app, request).await;
    (status, body)
}

/// A multipart upload of `files` with `token`.
fn upload(token: &str, files: &[(&str, &[u8])], origin: Option<&str>) -> Request<Body> {
    let mut body = Vec::new();
    body.extend_from_slice(
        format!("--XB\r\nContent-Disposition: form-data; name=\"token\"\r\n\r\n{token}\r\n")
            .as_bytes(),
    );
    for (name, bytes) in files {
        body.extend_from_slice(
            format!(
                "--XB\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{name}\"\r\n\
                 Content-Type: application/octet-stream\r\n\r\n"
            )
            .as_bytes(),
        );
        body.extend_from_slice(bytes);
        body.extend_from_slice(b"\r\n");
    }
    body.extend_from_slice(b"--XB--\r\n");
    let mut r = Request::post("/ingest")
        .header(header::HOST, "127.0.0.1:8737")
        .header(header::CONTENT_TYPE, "multipart/form-data; boundary=XB");
    if let Some(origin) = origin {
        r = r.header(header::ORIGIN, origin);
    }
    r.body(Body::from(body)).unwrap()
}

fn token(form: &str) -> String {
    let at = form
        .find("name=\"token\" value=\"")
        .expect("the form has a token")
        + 20;
    form[at..at + 32].to_string()
}

fn jsonl() -> Vec<u8> {
    // Long enough that the first line alone fills what sniffing reads: the
    // file's name says it is JSON Lines.
    let fire = format!(
        "A fire destroyed the Grenfell warehouse in Leeds on Monday, the fire service said. \
         Firefighters fought the warehouse fire for hours, said chief officer Dana Wells. {}",
        "The warehouse stored furniture and had been inspected in March. ".repeat(40)
    );
    let fire = fire.as_str();
    let lines = [
        serde_json::json!({"id": "a", "title": "Warehouse fire in Leeds", "outlet": "Reuters",
            "published": "2024-05-01", "text": fire}),
        serde_json::json!({"id": "b", "title": "Leeds warehouse destroyed by fire",
            "outlet": "The Guardian", "published": "2024-05-01",
            "text": format!("{fire} Reuters reported it first.")}),
        serde_json::json!({"id": "c", "title": XSS, "outlet": XSS, "published": "2024-05-02",
            "text": format!("{XSS} The council met on Tuesday to discuss the budget.")}),
    ];
    lines
        .iter()
        .map(|l| format!("{l}\n"))
        .collect::<String>()
        .into_bytes()
}

#[tokio::test]
async fn a_read_only_application_refuses_ingest() {
    let dir = tempfile::tempdir().unwrap();
    let app = app(dir.path(), false);
    let (status, html) = get(&app, "/ingest").await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    assert!(html.contains("--allow-ingest"), "{html}");
    let (status, _, _) = send(&app, upload("x", &[("a.jsonl", &jsonl())], None)).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let (_, list) = get(&app, "/").await;
    assert!(!list.contains("href=\"/ingest\""));
}

#[tokio::test]
async fn an_upload_is_ingested_with_its_progress_shown() {
    let dir = tempfile::tempdir().unwrap();
    let app = app(dir.path(), true);
    let (_, list) = get(&app, "/").await;
    assert!(list.contains("0 stories match") && list.contains("href=\"/ingest\""));
    let (status, form) = get(&app, "/ingest").await;
    assert_eq!(status, StatusCode::OK);
    let token = token(&form);
    let files: [(&str, &[u8]); 2] = [
        ("../../etc/story.jsonl", &jsonl()),
        ("broken.json", b"{not json"),
    ];
    let (status, _, location) =
        send(&app, upload(&token, &files, Some("http://127.0.0.1:8737"))).await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    assert_eq!(location.as_deref(), Some("/ingest/1"));
    let mut page = String::new();
    for _ in 0..200 {
        page = get(&app, "/ingest/1").await.1;
        if !page.contains("http-equiv=\"refresh\"") {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    assert!(
        page.contains("done: 3 added, 0 already stored, 1 failed"),
        "{page}"
    );
    assert!(page.contains("stories analysed"), "{page}");
    // Only the file's own name is kept, and the failing input is named.
    assert!(
        page.contains("story.jsonl") && !page.contains("etc/"),
        "{page}"
    );
    assert!(page.contains("broken.json"), "{page}");
    // The list shows the new stories and their independent sources.
    let (_, list) = get(&app, "/").await;
    assert!(list.contains("2 stories match"), "{list}");
    assert!(list.contains("of 2"), "{list}");
    assert!(!list.contains("<script>alert"), "{list}");
    // The stories' claims are searched with the articles.
    let (_, found) = get(&app, "/?q=storeroom+OR+furniture").await;
    assert!(found.contains("<h2>Claims</h2>"), "{found}");
    // Ingesting the same file again adds nothing.
    let (_, _, location) = send(&app, upload(&token, &files[..1], None)).await;
    assert_eq!(location.as_deref(), Some("/ingest/2"));
    for _ in 0..200 {
        page = get(&app, "/ingest/2").await.1;
        if !page.contains("http-equiv=\"refresh\"") {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    assert!(page.contains("done: 0 added, 3 already stored"), "{page}");
    let (_, form) = get(&app, "/ingest").await;
    assert!(
        form.contains("ingest 1") && form.contains("ingest 2"),
        "{form}"
    );
}

#[tokio::test]
async fn uploads_without_the_token_from_another_site_or_too_large_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let app = app(dir.path(), true);
    let token = token(&get(&app, "/ingest").await.1);
    let file: [(&str, &[u8]); 1] = [("a.jsonl", &jsonl())];
    let (status, _, _) = send(
        &app,
        upload("0123456789abcdef0123456789abcdef", &file, None),
    )
    .await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let (status, _, _) = send(&app, upload(&token, &file, Some("http://evil.example"))).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    // A page of another site whose name points here (DNS rebinding) sends
    // its own name as the host, and its own origin.
    let mut rebound = upload(&token, &file, Some("http://evil.example:8737"));
    rebound.headers_mut().insert(
        header::HOST,
        axum::http::HeaderValue::from_static("evil.example:8737"),
    );
    let (status, _, _) = send(&app, rebound).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let form = Request::get("/ingest")
        .header(header::HOST, "evil.example:8737")
        .body(Body::empty())
        .unwrap();
    let (status, body, _) = send(&app, form).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    assert!(!body.contains(&token));
    // Addressed by another loopback form, it answers.
    let form = Request::get("/ingest")
        .header(header::HOST, "[::1]:8737")
        .body(Body::empty())
        .unwrap();
    assert_eq!(send(&app, form).await.0, StatusCode::OK);
    let big = vec![b'a'; 70 * 1024];
    let (status, _, _) = send(&app, upload(&token, &[("big.txt", &big)], None)).await;
    assert_eq!(status, StatusCode::PAYLOAD_TOO_LARGE);
    let (status, _, _) = send(&app, upload(&token, &[], None)).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    let (status, _) = get(&app, "/ingest/99").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    // Nothing was stored, and the application still answers.
    let (status, list) = get(&app, "/").await;
    assert_eq!(status, StatusCode::OK);
    assert!(list.contains("0 stories match"), "{list}");
}

#[tokio::test]
async fn dates_an_upload_gives_but_crosscheck_cannot_read_are_shown() {
    let dir = tempfile::tempdir().unwrap();
    let app = app(dir.path(), true);
    let token = token(&get(&app, "/ingest").await.1);
    let text = "The council met to discuss the budget for the coming year. ".repeat(20);
    let lines = [
        serde_json::json!({"id": "vague", "published": "last Tuesday", "text": text}),
        serde_json::json!({"id": "<b>renamed</b>", "publication_date": "2024-05-01",
            "text": format!("{text} The mayor spoke.")}),
        serde_json::json!({"id": "fine", "published": "2024-05-01",
            "text": format!("{text} The vote was close.")}),
    ];
    let body: String = lines.iter().map(|l| format!("{l}\n")).collect();
    let (status, _, location) = send(
        &app,
        upload(&token, &[("council.jsonl", body.as_bytes())], None),
    )
    .await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    let uri = location.expect("the job's page");
    let mut page = String::new();
    for _ in 0..200 {
        page = get(&app, &uri).await.1;
        if !page.contains("http-equiv=\"refresh\"") {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    assert!(page.contains("done: 3 added"), "{page}");
    assert!(page.contains("Dates not read (2)"), "{page}");
    assert!(page.contains("council.jsonl:1 (record vague)"), "{page}");
    assert!(page.contains("last Tuesday"), "{page}");
    assert!(page.contains("publication_date"), "{page}");
    assert!(!page.contains("<b>renamed"), "{page}");
    assert!(!page.contains("record fine"), "{page}");
}
