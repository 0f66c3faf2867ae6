//! The local web application (`crosscheck serve`): the stories in the
//! store with their outlets, dates and independent sources, filtered by
//! outlet, date and headline; each story's report (the HTML report of
//! `compare`, computed from the stored articles the first time it is asked
//! for, and kept in memory); each article with its
//! quotations and entities.
//!
//! Pages are rendered on the server, with no external assets; every string
//! that comes from an article is escaped. The application is read-only: it
//! writes nothing to the store (a story's report and its count of
//! independent sources are kept in memory, with the articles they were
//! made of). Requests are bounded: a body above
//! [`Options::max_body`] is refused with 413, a request that takes longer
//! than [`Options::timeout`] ends with 408, and no route reads a file, so
//! no path can reach one. It listens on 127.0.0.1 unless told otherwise.
//!
//! Search reads the store's full-text index (`crosscheck-index`): the
//! articles whose headline, text, quotations or names match, each with the
//! passage that matches and its story.
//!
//! Started with an [`Ingest`] (`crosscheck serve --allow-ingest`), it also
//! ingests files uploaded from its ingest page, in the background, with a
//! page that shows each ingest's progress (see the `ingest` module); the
//! pages above stay read-only.

use std::collections::HashMap;
use std::fmt::Write as _;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::Router;
use axum::extract::{DefaultBodyLimit, Path, Query, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Response};
use axum::routing::get;

mod ingest;

use chrono::NaiveDate;
use crosscheck_index::ArticleIndex;
use crosscheck_model::Article;
use crosscheck_store::{ArticleId, Store, StoryId, StorySummary};
pub use ingest::{Ingest, OpenStore};
use serde::Deserialize;

/// How the application runs.
#[derive(Debug, Clone)]
pub struct Options {
    /// Where it listens (127.0.0.1 by default: this machine only).
    pub addr: SocketAddr,
    /// The longest a request may take.
    pub timeout: Duration,
    /// The largest request body accepted, in bytes (the application only
    /// reads; any body is refused above this).
    pub max_body: usize,
    /// Stories on one page of the list.
    pub page_size: usize,
    /// The most bytes of story pages kept in memory (the least recently
    /// shown go first; their independent-source counts stay).
    pub max_cached_bytes: usize,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            addr: SocketAddr::from(([127, 0, 0, 1], 8737)),
            timeout: Duration::from_secs(30),
            max_body: 16 * 1024,
            page_size: 50,
            max_cached_bytes: 64 * 1024 * 1024,
        }
    }
}

/// Why the application could not run.
#[derive(Debug, thiserror::Error)]
pub enum ServeError {
    /// The address could not be listened on.
    #[error("cannot listen on {addr}: {source}")]
    Bind {
        /// The address.
        addr: SocketAddr,
        /// Why.
        source: std::io::Error,
    },
    /// The server failed while running.
    #[error("the server stopped: {0}")]
    Io(#[from] std::io::Error),
}

/// The store, shared by the requests.
pub type SharedStore = Mutex<Box<dyn Store + Send>>;

/// A story's report, with the articles it was made of.
/// A story's report: the articles it was made of, the page, and how many
/// of the articles are independent sources.
type Report = (Vec<ArticleId>, Arc<String>, Option<usize>);

/// The story summaries, with the store version they were read at.
type Summaries = (u64, Arc<Vec<Listed>>);

/// A story as the list filters it: its summary, and its outlets and
/// headlines lower-cased once (one per line).
struct Listed {
    summary: StorySummary,
    outlets: String,
    titles: String,
}

impl Listed {
    fn of(summary: StorySummary) -> Listed {
        let lower = |v: Vec<&str>| v.join("\n").to_lowercase();
        Listed {
            outlets: lower(
                summary
                    .articles
                    .iter()
                    .filter_map(|a| a.outlet.as_deref())
                    .collect(),
            ),
            titles: lower(
                summary
                    .articles
                    .iter()
                    .filter_map(|a| a.title.as_deref())
                    .collect(),
            ),
            summary,
        }
    }
}

/// The story pages made so far, within a byte budget: the least recently
/// shown page goes first; a story's independent-source count is kept when
/// its page goes (a few bytes a story).
struct Reports {
    pages: HashMap<StoryId, (Report, u64)>,
    counts: HashMap<StoryId, (Vec<ArticleId>, Option<usize>)>,
    /// The counts read from stored analyses (an analysis is always of the
    /// story's articles as they are, so these hold while the articles do).
    stored: HashMap<StoryId, (Vec<ArticleId>, Option<usize>)>,
    bytes: usize,
    budget: usize,
    clock: u64,
}

impl Reports {
    fn new(budget: usize) -> Reports {
        Reports {
            pages: HashMap::new(),
            counts: HashMap::new(),
            stored: HashMap::new(),
            bytes: 0,
            budget,
            clock: 0,
        }
    }

    /// The page of a story made of exactly these articles.
    fn page(&mut self, id: StoryId, ids: &[ArticleId]) -> Option<Arc<String>> {
        self.clock += 1;
        let clock = self.clock;
        let ((made_of, html, _), used) = self.pages.get_mut(&id)?;
        (made_of.as_slice() == ids).then(|| {
            *used = clock;
            Arc::clone(html)
        })
    }

    /// The independent-source count of a story made of exactly these
    /// articles, when its page was made.
    fn count(&self, id: StoryId, ids: &[ArticleId]) -> Option<Option<usize>> {
        self.counts
            .get(&id)
            .filter(|(made_of, _)| made_of.as_slice() == ids)
            .map(|(_, count)| *count)
    }

    fn insert(&mut self, id: StoryId, report: Report) {
        self.clock += 1;
        self.counts.insert(id, (report.0.clone(), report.2));
        self.bytes += report.1.len();
        if let Some(((_, old, _), _)) = self.pages.insert(id, (report, self.clock)) {
            self.bytes -= old.len();
        }
        while self.bytes > self.budget && self.pages.len() > 1 {
            let Some(oldest) = self
                .pages
                .iter()
                .filter(|(k, _)| **k != id)
                .min_by_key(|(_, (_, used))| *used)
                .map(|(k, _)| *k)
            else {
                break;
            };
            if let Some(((_, html, _), _)) = self.pages.remove(&oldest) {
                self.bytes -= html.len();
            }
        }
    }
}

/// What every request reads.
pub struct App {
    store: SharedStore,
    /// The stories as last read (the list reads them again only when the
    /// store changed).
    summaries: Mutex<Option<Summaries>>,
    /// Each story's report, with the articles it was made of.
    reports: Mutex<Reports>,
    /// The full-text index, when the store has one.
    index: Option<ArticleIndex>,
    /// Ingest through the application, when it was started to allow it.
    ingest: Option<Ingest>,
    /// The ingests since it started.
    jobs: Mutex<ingest::Jobs>,
    /// Held by the ingest that runs (one at a time).
    ingesting: Mutex<()>,
    /// The token the ingest form carries (none without a random source:
    /// then no upload is taken).
    token: Option<String>,
    page_size: usize,
}

impl App {
    /// An application over a store, with its full-text index if it has
    /// one.
    pub fn new(
        store: Box<dyn Store + Send>,
        index: Option<ArticleIndex>,
        options: &Options,
    ) -> Arc<App> {
        App::with_ingest(store, index, options, None)
    }

    /// An application that also ingests uploads, with `ingest`.
    pub fn with_ingest(
        store: Box<dyn Store + Send>,
        index: Option<ArticleIndex>,
        options: &Options,
        ingest: Option<Ingest>,
    ) -> Arc<App> {
        Arc::new(App {
            store: Mutex::new(store),
            summaries: Mutex::new(None),
            reports: Mutex::new(Reports::new(options.max_cached_bytes)),
            index,
            ingest,
            jobs: Mutex::new(ingest::Jobs::default()),
            ingesting: Mutex::new(()),
            token: ingest::new_token(),
            page_size: options.page_size.max(1),
        })
    }
}

/// The application's routes, with its limits.
pub fn router(app: Arc<App>, options: &Options) -> Router {
    // Uploads have a limit of their own; every other body the small one.
    let upload = app
        .ingest
        .as_ref()
        .map_or(options.max_body, |i| i.max_upload.max(options.max_body));
    let reading = Router::new()
        .route("/", get(stories))
        .route("/story/{id}", get(story))
        .route("/article/{id}", get(article))
        .route("/ingest/{job}", get(ingest::job))
        .layer(DefaultBodyLimit::max(options.max_body))
        .layer(tower_http::limit::RequestBodyLimitLayer::new(
            options.max_body,
        ));
    let uploading = Router::new()
        .route("/ingest", get(ingest::form).post(ingest::upload))
        // The upload is read only through the multipart extractor, which
        // keeps to this limit (413 past it).
        .layer(DefaultBodyLimit::max(upload));
    reading
        .merge(uploading)
        .fallback(not_found)
        .layer(tower_http::timeout::TimeoutLayer::with_status_code(
            StatusCode::REQUEST_TIMEOUT,
            options.timeout,
        ))
        .with_state(app)
}

/// Serve until the process is interrupted (Ctrl-C), printing the address
/// on standard error.
pub fn run(
    store: Box<dyn Store + Send>,
    index: Option<ArticleIndex>,
    options: &Options,
    ingest: Option<Ingest>,
) -> Result<(), ServeError> {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?;
    runtime.block_on(async {
        let listener = tokio::net::TcpListener::bind(options.addr)
            .await
            .map_err(|source| ServeError::Bind {
                addr: options.addr,
                source,
            })?;
        let addr = listener.local_addr()?;
        tracing::info!(%addr, "serving");
        #[allow(clippy::print_stderr)]
        {
            eprintln!("crosscheck serve: http://{addr}/ (Ctrl-C stops it)");
        }
        let app = router(App::with_ingest(store, index, options, ingest), options);
        axum::serve(listener, app)
            .with_graceful_shutdown(async {
                let _ = tokio::signal::ctrl_c().await;
            })
            .await?;
        Ok(())
    })
}

/// A page: the application's frame around `body`.
fn page(title: &str, body: &str) -> Html<String> {
    Html(format!(
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <title>{} · crosscheck</title><style>{STYLE}</style></head><body>\
         <nav><a href=\"/\">crosscheck · stories</a></nav><main>{body}</main></body></html>\n",
        esc(title)
    ))
}

const STYLE: &str = "body{font:15px/1.5 system-ui,sans-serif;margin:0;color:#212529}\
nav{background:#212529;padding:.5em 1em}nav a{color:#fff;text-decoration:none;font-weight:600}\
main{max-width:72em;margin:0 auto;padding:1em}table{border-collapse:collapse;width:100%}\
th,td{text-align:left;padding:.35em .5em;border-bottom:1px solid #dee2e6;vertical-align:top}\
th{font-size:.85em;color:#495057}form{display:flex;flex-wrap:wrap;gap:.5em;margin:.5em 0 1em}\
label{font-size:.85em;color:#495057;display:flex;flex-direction:column}\
input{font:inherit;padding:.2em .4em}.meta{color:#6c757d;font-size:.9em}\
.none{color:#6c757d;font-style:italic}pre{white-space:pre-wrap;background:#f8f9fa;padding:.75em}\
.text p{max-width:45em}mark{background:#ffe066}.hits td{padding:.6em .5em}@media(max-width:600px){td:nth-child(4),th:nth-child(4){display:none}}";

/// `s` escaped for HTML, control characters shown visibly (the report's
/// escaping).
fn esc(s: &str) -> String {
    crosscheck_report::escape_html(s)
}

/// What went wrong with a request: its status and what to tell the user.
#[derive(Debug)]
struct Problem {
    status: StatusCode,
    what: String,
}

impl IntoResponse for Problem {
    /// A page that says what went wrong, with its status.
    fn into_response(self) -> Response {
        (
            self.status,
            page(
                self.status.canonical_reason().unwrap_or("error"),
                &format!(
                    "<h1>{}</h1><p>{}</p>",
                    self.status.as_u16(),
                    esc(&self.what)
                ),
            ),
        )
            .into_response()
    }
}

fn problem(status: StatusCode, what: &str) -> Problem {
    Problem {
        status,
        what: what.to_string(),
    }
}

async fn not_found() -> Problem {
    problem(StatusCode::NOT_FOUND, "There is no such page.")
}

/// Run blocking work (the store, the analysis) off the async threads.
async fn blocking<T: Send + 'static>(
    work: impl FnOnce() -> Result<T, Problem> + Send + 'static,
) -> Result<T, Problem> {
    tokio::task::spawn_blocking(work).await.unwrap_or_else(|e| {
        Err(problem(
            StatusCode::INTERNAL_SERVER_ERROR,
            &format!("the request failed: {e}"),
        ))
    })
}

/// A lock, taken even when a request that held it panicked: what it guards
/// is a cache or the store handle, each whole after any panic (the store's
/// writes are transactions).
fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
}

/// A failure of the store.
fn store_failed(e: impl std::fmt::Display) -> Problem {
    problem(
        StatusCode::INTERNAL_SERVER_ERROR,
        &format!("the store could not be read: {e}"),
    )
}

/// The list's filters, from the query string.
#[derive(Debug, Default, Deserialize)]
struct Filters {
    /// An outlet's name (any part of it, case-blind).
    outlet: Option<String>,
    /// Stories with an article on or after this date (`YYYY-MM-DD`).
    from: Option<String>,
    /// Stories with an article on or before this date.
    to: Option<String>,
    /// Words every one of which a headline of the story holds.
    headline: Option<String>,
    /// A name (a person, a place, an organisation) an article of the story
    /// names, from the search index.
    entity: Option<String>,
    /// A full-text query over the articles (headlines, texts, quotations,
    /// names).
    q: Option<String>,
    /// The page, from 1.
    page: Option<usize>,
}

fn date(field: &str, value: &Option<String>) -> Result<Option<NaiveDate>, Problem> {
    match value.as_deref().map(str::trim).filter(|v| !v.is_empty()) {
        None => Ok(None),
        Some(v) => NaiveDate::parse_from_str(v, "%Y-%m-%d")
            .map(Some)
            .map_err(|_| {
                problem(
                    StatusCode::BAD_REQUEST,
                    &format!("`{field}` is not a date like 2024-05-01: `{v}`"),
                )
            }),
    }
}

/// Whether a story passes the filters.
fn passes(
    listed: &Listed,
    outlet: &str,
    from: Option<NaiveDate>,
    to: Option<NaiveDate>,
    words: &[String],
) -> bool {
    let s = &listed.summary;
    let outlet_ok = outlet.is_empty() || listed.outlets.contains(outlet);
    // One article dated within the range.
    let dated_ok = (from.is_none() && to.is_none())
        || s.articles.iter().any(|a| {
            a.published
                .is_some_and(|d| from.is_none_or(|f| d >= f) && to.is_none_or(|t| d <= t))
        });
    let words_ok = words.iter().all(|w| listed.titles.contains(w.as_str()));
    outlet_ok && dated_ok && words_ok
}

/// How many of a story's articles are independent of one another, from
/// its stored analysis: articles joined by a derivation edge or as
/// siblings of one source count once.
fn independent(json: &str, articles: usize) -> Option<usize> {
    let doc: serde_json::Value = serde_json::from_str(json).ok()?;
    let index = |id: &serde_json::Value| -> Option<usize> {
        id.as_str()?
            .strip_prefix('a')?
            .parse::<usize>()
            .ok()?
            .checked_sub(1)
    };
    let mut parent: Vec<usize> = (0..articles).collect();
    fn root(parent: &mut [usize], mut k: usize) -> usize {
        while parent[k] != k {
            parent[k] = parent[parent[k]];
            k = parent[k];
        }
        k
    }
    let mut join = |a: usize, b: usize| {
        if a < articles && b < articles {
            let (x, y) = (root(&mut parent, a), root(&mut parent, b));
            parent[x] = y;
        }
    };
    for e in doc["derivation"].as_array()? {
        if let (Some(a), Some(b)) = (index(&e["derived"]), index(&e["source"])) {
            join(a, b);
        }
    }
    for s in doc["siblings"].as_array().into_iter().flatten() {
        if let (Some(a), Some(b)) = (index(&s["a"]), index(&s["b"])) {
            join(a, b);
        }
    }
    Some((0..articles).filter(|&k| root(&mut parent, k) == k).count())
}

async fn stories(
    State(app): State<Arc<App>>,
    Query(filters): Query<Filters>,
) -> Result<Html<String>, Problem> {
    let from = date("from", &filters.from)?;
    let to = date("to", &filters.to)?;
    if let (Some(f), Some(t)) = (from, to)
        && f > t
    {
        return Err(problem(
            StatusCode::BAD_REQUEST,
            &format!("`from` ({f}) is after `to` ({t})"),
        ));
    }
    let outlet = filters
        .outlet
        .as_deref()
        .unwrap_or("")
        .trim()
        .to_lowercase();
    let words: Vec<String> = filters
        .headline
        .as_deref()
        .unwrap_or("")
        .split_whitespace()
        .map(str::to_lowercase)
        .collect();
    let page_no = filters.page.unwrap_or(1).max(1);
    let size = app.page_size;
    let entity = filters.entity.as_deref().unwrap_or("").trim().to_string();
    let named_by = if entity.is_empty() {
        None
    } else {
        let app = Arc::clone(&app);
        Some(blocking(move || naming(&app, &entity)).await?)
    };
    let query = filters.q.as_deref().unwrap_or("").trim().to_string();
    let found = if query.is_empty() {
        None
    } else {
        let app = Arc::clone(&app);
        let query = query.clone();
        Some(blocking(move || search(&app, &query)).await?)
    };
    let app2 = Arc::clone(&app);
    let (total, shown) = blocking(move || {
        let store = lock(&app2.store);
        let version = store.version().map_err(store_failed)?;
        let all = {
            let mut cached = lock(&app2.summaries);
            match cached.as_ref() {
                Some((v, all)) if *v == version => Arc::clone(all),
                _ => {
                    let all = Arc::new(
                        store
                            .stories()
                            .map_err(store_failed)?
                            .into_iter()
                            .map(Listed::of)
                            .collect::<Vec<_>>(),
                    );
                    *cached = Some((version, Arc::clone(&all)));
                    all
                }
            }
        };
        let matching: Vec<&StorySummary> = all
            .iter()
            .filter(|s| passes(s, &outlet, from, to, &words))
            .filter(|s| {
                named_by.as_ref().is_none_or(|named| {
                    s.summary
                        .articles
                        .iter()
                        .any(|a| named.binary_search(&a.id).is_ok())
                })
            })
            .map(|l| &l.summary)
            .collect();
        let total = matching.len();
        let mut shown = Vec::new();
        for s in matching
            .into_iter()
            .skip((page_no - 1).saturating_mul(size))
            .take(size)
        {
            let s = s.clone();
            // The report made here of exactly these articles, else an
            // analysis stored by another program (a story merged away
            // since the list was read has none).
            let ids: Vec<ArticleId> = s.articles.iter().map(|a| a.id).collect();
            // A stored analysis first (`--analyse`, perhaps with the
            // sentence model), else the page made here (lexical).
            let made = || lock(&app2.reports).count(s.id, &ids).flatten();
            let known = lock(&app2.reports)
                .stored
                .get(&s.id)
                .filter(|(of, _)| *of == ids)
                .map(|(_, c)| *c);
            let count = match known {
                Some(c) => c.or_else(made),
                None => match store.analysis(s.id) {
                    Ok(Some(a)) => {
                        let c = independent(&a.json, s.articles.len());
                        lock(&app2.reports).stored.insert(s.id, (ids.clone(), c));
                        c.or_else(made)
                    }
                    Ok(None) => made(),
                    Err(e) => {
                        tracing::warn!(story = s.id.0, %e, "a stored analysis could not be read");
                        made()
                    }
                },
            };
            // A story with no headline is shown by its first article's
            // opening words.
            let lede = match s.articles.iter().any(|a| headline_of(a).is_some()) {
                true => None,
                false => match s.articles.first() {
                    Some(first) => store
                        .article(first.id)
                        .map_err(store_failed)?
                        .map(|a| opening(&a)),
                    None => None,
                },
            };
            shown.push((s, count, lede));
        }
        Ok((total, shown))
    })
    .await?;
    let value = |v: &Option<String>| esc(v.as_deref().unwrap_or(""));
    let mut body = String::new();
    let _ = write!(
        body,
        "<h1>crosscheck</h1><form method=\"get\" action=\"/\">\
         <label>outlet<input name=\"outlet\" value=\"{}\"></label>\
         <label>from<input name=\"from\" type=\"date\" value=\"{}\"></label>\
         <label>to<input name=\"to\" type=\"date\" value=\"{}\"></label>\
         <label>headline words<input name=\"headline\" value=\"{}\"></label>\
         <label>names<input name=\"entity\" value=\"{}\" placeholder=\"a person, place or organisation\"></label>\
         <label>search articles, claims, quotations<input name=\"q\" type=\"search\" value=\"{}\" \
         placeholder=\"words, &quot;a phrase&quot;, names:Ortega\"></label>\
         <button>filter</button></form>",
        value(&filters.outlet),
        value(&filters.from),
        value(&filters.to),
        value(&filters.headline),
        value(&filters.entity),
        value(&filters.q),
    );
    if app.ingest.is_some() {
        body.push_str("<p class=\"meta\"><a href=\"/ingest\">Ingest files</a></p>");
    }
    if let Some(found) = &found {
        body.push_str(found);
    }
    let _ = write!(
        body,
        "<h2>Stories</h2><p class=\"meta\">{total} stor{} match.</p>",
        if total == 1 { "y" } else { "ies" }
    );
    if shown.is_empty() {
        body.push_str("<p class=\"none\">No story matches.</p>");
    } else {
        body.push_str(
            "<table><thead><tr><th>story</th><th>headline</th><th>outlets</th>\
             <th>dates</th><th>independent sources</th></tr></thead><tbody>",
        );
        for (s, count, lede) in &shown {
            let mut outlets: Vec<(String, usize)> = Vec::new();
            for a in &s.articles {
                let name = a.outlet.clone().unwrap_or_else(|| "unknown outlet".into());
                match outlets.iter_mut().find(|(o, _)| *o == name) {
                    Some((_, n)) => *n += 1,
                    None => outlets.push((name, 1)),
                }
            }
            let outlets: Vec<String> = outlets
                .iter()
                .map(|(o, n)| {
                    if *n > 1 {
                        format!("{} ×{n}", esc(o))
                    } else {
                        esc(o)
                    }
                })
                .collect();
            let dates: Vec<NaiveDate> = s.articles.iter().filter_map(|a| a.published).collect();
            let dates = match (dates.iter().min(), dates.iter().max()) {
                (Some(a), Some(b)) if a == b => a.to_string(),
                (Some(a), Some(b)) => format!("{a} – {b}"),
                _ => "undated".into(),
            };
            let headline = s
                .articles
                .iter()
                .find_map(headline_of)
                .or(lede.as_deref())
                .unwrap_or("untitled");
            let independent = match count {
                Some(n) => format!("{n} of {}", s.articles.len()),
                None => format!(
                    "<span class=\"none\">{} article{}; open the story to analyse it</span>",
                    s.articles.len(),
                    if s.articles.len() == 1 { "" } else { "s" }
                ),
            };
            let _ = write!(
                body,
                "<tr><td><a href=\"/story/{id}\">{id}</a></td><td><a href=\"/story/{id}\">{}</a></td>\
                 <td>{}</td><td>{dates}</td><td>{independent}</td></tr>",
                esc(headline),
                outlets.join(", "),
                id = s.id
            );
        }
        body.push_str("</tbody></table>");
        let pages = total.div_ceil(size);
        if pages > 1 {
            let link = |p: usize| {
                let mut q = vec![format!("page={p}")];
                for (k, v) in [
                    ("outlet", &filters.outlet),
                    ("from", &filters.from),
                    ("to", &filters.to),
                    ("headline", &filters.headline),
                    ("entity", &filters.entity),
                    ("q", &filters.q),
                ] {
                    if let Some(v) = v.as_deref().filter(|v| !v.is_empty()) {
                        q.push(format!("{k}={}", url_encode(v)));
                    }
                }
                format!("/?{}", q.join("&amp;"))
            };
            let _ = write!(body, "<p class=\"meta\">page {page_no} of {pages}");
            if page_no > 1 {
                let _ = write!(body, " · <a href=\"{}\">previous</a>", link(page_no - 1));
            }
            if page_no < pages {
                let _ = write!(body, " · <a href=\"{}\">next</a>", link(page_no + 1));
            }
            body.push_str("</p>");
        }
    }
    Ok(page("stories", &body))
}

/// The ids of the articles that name `name` (sorted), from the search
/// index; without an index the filter cannot be applied, and says so.
fn naming(app: &App, name: &str) -> Result<Vec<ArticleId>, Problem> {
    let Some(index) = &app.index else {
        return Err(problem(
            StatusCode::CONFLICT,
            "This store has no search index, which the names filter reads: \
             build it with `crosscheck search --rebuild`.",
        ));
    };
    index.naming(name).map_err(|e| {
        problem(
            StatusCode::INTERNAL_SERVER_ERROR,
            &format!("the names filter failed: {e}"),
        )
    })
}

/// The most articles a search shows.
const SEARCH_HITS: usize = 20;

/// The most characters of a matching passage shown.
const PASSAGE_CHARS: usize = 220;

/// The articles that match a query, as a section of the list page.
fn search(app: &App, query: &str) -> Result<String, Problem> {
    let mut out = String::new();
    let Some(index) = &app.index else {
        out.push_str("<p class=\"none\">This store has no search index.</p>");
        return Ok(out);
    };
    let failed = |e: crosscheck_index::IndexError| {
        problem(
            StatusCode::INTERNAL_SERVER_ERROR,
            &format!("the search failed: {e}"),
        )
    };
    let hits = index.search(query, SEARCH_HITS).map_err(failed)?;
    let claims = index.search_claims(query, SEARCH_HITS).map_err(failed)?;
    let quotes = index.search_quotes(query, SEARCH_HITS).map_err(failed)?;
    let entities = index.search_entities(query, SEARCH_HITS).map_err(failed)?;
    let _ = write!(
        out,
        "<h2>Articles</h2><p class=\"meta\">{} article{} match <b>{}</b>{}.</p>",
        hits.len(),
        if hits.len() == 1 { "" } else { "s" },
        esc(query),
        if hits.len() == SEARCH_HITS {
            " (the best first)"
        } else {
            ""
        }
    );
    let store = lock(&app.store);
    if !hits.is_empty() {
        out.push_str("<table class=\"hits\"><tbody>");
    }
    for hit in &hits {
        let Some(a) = store.article(hit.article).map_err(store_failed)? else {
            continue;
        };
        let story = store.story_of(hit.article).map_err(store_failed)?;
        let (passage, marks) = index
            .snippet(query, &a.text, PASSAGE_CHARS)
            .map_err(failed)?;
        let mut shown = String::new();
        let mut at = 0;
        for r in marks {
            if r.start < at || r.end > passage.len() {
                continue;
            }
            shown.push_str(&esc(&passage[at..r.start]));
            let _ = write!(shown, "<mark>{}</mark>", esc(&passage[r.start..r.end]));
            at = r.end;
        }
        shown.push_str(&esc(&passage[at..]));
        let m = &a.meta;
        let title = m.title.clone().unwrap_or_else(|| opening(&a));
        let _ = write!(
            out,
            "<tr><td><a href=\"/article/{id}\">{}</a><div class=\"meta\">{} · {}{}</div>\
             <div>{shown}</div></td></tr>",
            esc(&title),
            esc(m.outlet.as_deref().unwrap_or("unknown outlet")),
            m.published
                .map_or("undated".to_string(), |p| p.date.to_string()),
            story.map_or(String::new(), |s| format!(
                " · <a href=\"/story/{s}\">story {s}</a>"
            )),
            id = hit.article.0
        );
    }
    if !hits.is_empty() {
        out.push_str("</tbody></table>");
    }
    // Claims, quotations and entities of stories whose analysis is still
    // stored, each a link to where the story's page shows it.
    let link = |story: crosscheck_store::StoryId, anchor: Option<&str>, label: &str| {
        format!(
            "<a href=\"/story/{}{}\">story {} · {}</a>",
            story.0,
            anchor.map_or(String::new(), |a| format!("#{}", esc(a))),
            story.0,
            esc(label)
        )
    };
    let mut rows = String::new();
    let mut n = 0;
    for c in &claims {
        if !store.has_analysis(c.story).map_err(store_failed)? {
            continue;
        }
        n += 1;
        let _ = write!(
            rows,
            "<tr><td>{}<div class=\"meta\">{}</div><div>{}</div></td></tr>",
            link(c.story, c.sentence.as_deref(), &c.claim),
            esc(&c.outlets),
            esc(&c.text)
        );
    }
    section(&mut out, "Claims", "claim", "claims", n, &rows);
    let (mut rows, mut n) = (String::new(), 0);
    for q in &quotes {
        if !store.has_analysis(q.story).map_err(store_failed)? {
            continue;
        }
        n += 1;
        let _ = write!(
            rows,
            "<tr><td>{}<div class=\"meta\">{} · {}</div><div>“{}”</div></td></tr>",
            link(q.story, Some(&q.sentence), &q.quote),
            esc(q.speaker.as_deref().unwrap_or("speaker not stated")),
            esc(q.outlet.as_deref().unwrap_or("unknown outlet")),
            esc(&q.text)
        );
    }
    section(&mut out, "Quotations", "quotation", "quotations", n, &rows);
    let (mut rows, mut n) = (String::new(), 0);
    for e in &entities {
        if !store.has_analysis(e.story).map_err(store_failed)? {
            continue;
        }
        n += 1;
        let _ = write!(
            rows,
            "<tr><td>{}<div class=\"meta\">{} · named in {} article{}</div><div>{}</div></td></tr>",
            link(e.story, e.sentence.as_deref(), &e.name),
            esc(&if e.possible {
                format!("{}? possible only", e.kind)
            } else {
                e.kind.clone()
            }),
            e.articles,
            if e.articles == 1 { "" } else { "s" },
            esc(&e.aliases.join(" · "))
        );
    }
    section(&mut out, "Names", "entity", "entities", n, &rows);
    Ok(out)
}

/// A section of the search results of analysed stories (`rows` of a table),
/// when there is any.
fn section(out: &mut String, heading: &str, one: &str, many: &str, n: usize, rows: &str) {
    if n > 0 {
        let _ = write!(
            out,
            "<h2>{heading}</h2><p class=\"meta\">{n} {} of analysed stories match.</p>\
             <table class=\"hits\"><tbody>{rows}</tbody></table>",
            if n == 1 { one } else { many }
        );
    }
}

/// The most characters of an article's opening words shown for a story
/// with no headline.
const LEDE_CHARS: usize = 110;

/// An article's opening words: its first sentence (or paragraph) of four
/// words or more (not a rule of dashes or a time stamp), cut at a word
/// boundary after [`LEDE_CHARS`] characters with "…".
fn opening(a: &Article) -> String {
    // Prose has words in lower case: a wire header ("03:00 03/04/00: Page
    // 1 (HHH) COURTS Breeder") has too few of them.
    let prose = |t: &&str| {
        t.split_whitespace()
            .filter(|w| {
                w.chars().filter(|c| c.is_alphabetic()).count() >= 2
                    && w.chars().any(char::is_lowercase)
            })
            .count()
            >= 4
    };
    let spans: Vec<crosscheck_model::Span> = if a.sentences.is_empty() {
        a.paragraphs.clone()
    } else {
        a.sentences.iter().map(|s| s.span).collect()
    };
    // A wire header run into the text with its rules of dashes ("-----
    // 13:07 09/08/99: Page 1 (HHH) COURTS Fraud ----- (Corrected
    // repetition…)"): what follows its last rule.
    // Wire copy runs its headline and byline into the first sentence, each
    // closed by its paragraph mark `<` ("DOG BREEDER DEATH TRIAL<
    // \u{19}By Brian Farmer, PA News< \u{19}A former …"): the pieces
    // between marks are read apart, a byline skipped, control characters
    // as spaces.
    let first = spans
        .iter()
        .flat_map(|&span| after_rule(a.slice(span)).split('<'))
        .map(|piece| piece.trim_matches(|c: char| c.is_whitespace() || c.is_control()))
        // A byline: "By Brian Farmer, PA News", no sentence of its own.
        .filter(|piece| {
            !(piece.starts_with("By ")
                && piece.split_whitespace().count() <= 8
                && !piece.ends_with(['.', '!', '?']))
        })
        .find(prose)
        .unwrap_or("");
    let words: Vec<&str> = first
        .split(|c: char| c.is_whitespace() || c.is_control())
        .filter(|w| !w.is_empty())
        .collect();
    let mut out = String::new();
    for w in words {
        if out.chars().count() + w.chars().count() > LEDE_CHARS {
            out.push('…');
            return out;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}

/// An article's title as a story's headline: not a wire service's header
/// ("03:00 03/04/00: Page 1 (HHH) COURTS Breeder"), which opens with a
/// clock time or a date.
fn headline_of(a: &crosscheck_store::StoredArticleRef) -> Option<&str> {
    let title = a.title.as_deref()?;
    let first = title.split_whitespace().next()?.trim_end_matches(':');
    let stamp = !first.is_empty()
        && first
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, ':' | '/' | '.'))
        // A clock time ("03:00") or a date with its year ("12/07/99"),
        // not "9/11" or "24/7".
        && (first.contains(':') || first.matches('/').count() == 2);
    (!stamp).then_some(title)
}

/// The text after the last rule of ten dashes or more in it (all of it
/// when it has none).
fn after_rule(t: &str) -> &str {
    const RULE: &str = "----------";
    match t.rfind(RULE) {
        Some(at) => t[at..].trim_start_matches('-').trim_start(),
        None => t,
    }
}

/// Percent-encoding of a query value.
fn url_encode(v: &str) -> String {
    let mut out = String::new();
    for b in v.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(b as char);
        } else {
            let _ = write!(out, "%{b:02X}");
        }
    }
    out
}

/// A story's stored articles, in the listing's order.
fn story_articles(
    store: &dyn Store,
    id: StoryId,
) -> Result<Option<Vec<(ArticleId, Article)>>, Problem> {
    let Some(s) = store.story(id).map_err(store_failed)? else {
        return Ok(None);
    };
    let mut out = Vec::new();
    for a in &s.articles {
        let article = store
            .article(a.id)
            .map_err(store_failed)?
            .ok_or_else(|| store_failed(format!("article {} is missing", a.id.0)))?;
        out.push((a.id, article));
    }
    Ok(Some(out))
}

async fn story(State(app): State<Arc<App>>, Path(id): Path<i64>) -> Result<Response, Problem> {
    let id = StoryId(id);
    let html = blocking(move || {
        let articles = {
            let store = lock(&app.store);
            story_articles(store.as_ref(), id)?
        };
        let Some(articles) = articles else {
            return Ok(None);
        };
        let ids: Vec<ArticleId> = articles.iter().map(|(k, _)| *k).collect();
        if let Some(html) = lock(&app.reports).page(id, &ids) {
            return Ok(Some(html));
        }
        let analysis = crosscheck_pipeline::analyse(articles.into_iter().map(|(_, a)| a).collect());
        let doc = crosscheck_report::compare_document(&analysis);
        let json = serde_json::to_string(&doc).map_err(store_failed)?;
        let report = crosscheck_report::compare_html(&analysis);
        // The way back to the list, in the report's own page.
        let report = report.replacen(
            "<body>\n",
            "<body>\n<p style=\"margin:0;padding:.4em 1em;background:#212529\">\
             <a style=\"color:#fff\" href=\"/\">← crosscheck · stories</a></p>\n",
            1,
        );
        let html = Arc::new(report);
        // Kept in memory with the articles it was made of: the application
        // writes nothing to the store.
        let count = independent(&json, ids.len());
        lock(&app.reports).insert(id, (ids, Arc::clone(&html), count));
        Ok(Some(html))
    })
    .await?;
    match html {
        Some(html) => Ok(Html(html.as_str().to_string()).into_response()),
        None => Err(problem(
            StatusCode::NOT_FOUND,
            &format!("There is no story {}.", id.0),
        )),
    }
}

async fn article(
    State(app): State<Arc<App>>,
    Path(id): Path<i64>,
) -> Result<Html<String>, Problem> {
    let found = blocking(move || {
        let store = lock(&app.store);
        let article = store.article(ArticleId(id)).map_err(store_failed)?;
        let story = store.story_of(ArticleId(id)).map_err(store_failed)?;
        Ok(article.map(|a| (a, story)))
    })
    .await?;
    let Some((a, story)) = found else {
        return Err(problem(
            StatusCode::NOT_FOUND,
            &format!("There is no article {id}."),
        ));
    };
    let quotes =
        crosscheck_report::quotes_text(&crosscheck_pipeline::analyse_quotes(vec![a.clone()]));
    let analysed = crosscheck_pipeline::analyse_entities(vec![a.clone()]);
    let entities = crosscheck_report::entities_text(&analysed);
    let named: Vec<String> = analysed
        .entities
        .iter()
        .map(|e| {
            format!(
                "<a href=\"/?entity={}\">{}</a>",
                url_encode(&e.name),
                esc(&e.name)
            )
        })
        .collect();
    let m = &a.meta;
    let mut body = String::new();
    let _ = write!(
        body,
        "<h1>{}</h1><p class=\"meta\">{} · {}{}</p>",
        esc(m.title.as_deref().unwrap_or("untitled")),
        esc(m.outlet.as_deref().unwrap_or("unknown outlet")),
        m.published
            .map_or("undated".to_string(), |p| p.date.to_string()),
        story.map_or(String::new(), |s| format!(
            " · in <a href=\"/story/{s}\">story {s}</a>"
        ))
    );
    if let Some(url) = m.url.as_deref() {
        if url.starts_with("https://") || url.starts_with("http://") {
            let _ = write!(
                body,
                "<p class=\"meta\"><a href=\"{0}\" rel=\"noreferrer\">{0}</a></p>",
                esc(url)
            );
        } else {
            let _ = write!(body, "<p class=\"meta\">{}</p>", esc(url));
        }
    }
    body.push_str("<div class=\"text\">");
    for p in &a.paragraphs {
        let _ = write!(body, "<p>{}</p>", esc(a.slice(*p)));
    }
    let _ = write!(
        body,
        "</div><h2>Quotations and attributions</h2><pre>{}</pre><h2>Entities and time</h2><pre>{}</pre>",
        esc(&quotes),
        esc(&entities)
    );
    if !named.is_empty() {
        let _ = write!(
            body,
            "<h2>Stories that name</h2><p class=\"named\">{}</p>",
            named.join(" · ")
        );
    }
    Ok(page(m.title.as_deref().unwrap_or("article"), &body))
}

#[cfg(test)]
mod cache_tests {
    use super::*;

    fn report(ids: &[i64], bytes: usize) -> Report {
        (
            ids.iter().map(|&k| ArticleId(k)).collect(),
            Arc::new("x".repeat(bytes)),
            Some(ids.len()),
        )
    }

    #[test]
    fn pages_stay_within_the_budget_least_recently_shown_first() {
        let mut r = Reports::new(250);
        r.insert(StoryId(1), report(&[1], 100));
        r.insert(StoryId(2), report(&[2], 100));
        // Story 1 shown again: story 2 is the least recently shown.
        assert!(r.page(StoryId(1), &[ArticleId(1)]).is_some());
        r.insert(StoryId(3), report(&[3], 100));
        assert!(r.page(StoryId(2), &[ArticleId(2)]).is_none());
        assert!(r.page(StoryId(1), &[ArticleId(1)]).is_some());
        assert!(r.page(StoryId(3), &[ArticleId(3)]).is_some());
        assert_eq!(r.bytes, 200);
        // Its count stays; a story whose articles changed has none.
        assert_eq!(r.count(StoryId(2), &[ArticleId(2)]), Some(Some(1)));
        assert_eq!(r.count(StoryId(2), &[ArticleId(2), ArticleId(4)]), None);
        // A page larger than the budget is kept alone.
        r.insert(StoryId(4), report(&[4], 400));
        assert_eq!(r.pages.len(), 1);
        assert_eq!(r.bytes, 400);
        // A page made again replaces the old one.
        r.insert(StoryId(4), report(&[4, 5], 10));
        assert_eq!(r.bytes, 10);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_wire_header_is_no_headline() {
        let titled = |t: &str| crosscheck_store::StoredArticleRef {
            id: crosscheck_store::ArticleId(1),
            outlet: None,
            published: None,
            title: Some(t.to_string()),
            source: String::new(),
        };
        let header = titled("03:00 03/04/00: Page 1 (HHH) COURTS Breeder");
        assert_eq!(headline_of(&header), None);
        let header = titled("12/07/99 COURTS Fraud");
        assert_eq!(headline_of(&header), None);
        assert_eq!(
            headline_of(&titled("9/11: ten years on")),
            Some("9/11: ten years on")
        );
        let headline = titled("2 killed as storm hits coast");
        assert_eq!(headline_of(&headline), Some("2 killed as storm hits coast"));
    }

    #[test]
    fn an_untitled_story_is_shown_by_its_opening_words() {
        let long = "word ".repeat(40);
        let mut a = Article::from_paragraphs(
            Default::default(),
            Default::default(),
            [
                "------------ 15:55 12/07/99 03:00 03/04/00: Page 1 (HHH) COURTS Breeder"
                    .to_string(),
                format!("A rather short first sentence. {long}"),
            ],
        );
        assert_eq!(
            opening(&a),
            format!(
                "A rather short first sentence. {}…",
                "word ".repeat(16).trim()
            )
        );
        let at = a.paragraphs[1].start;
        a.sentences = vec![
            crosscheck_model::Sentence {
                span: a.paragraphs[0],
                paragraph: 0,
            },
            crosscheck_model::Sentence {
                span: crosscheck_model::Span::new(at, at + 30),
                paragraph: 1,
            },
        ];
        assert_eq!(opening(&a), "A rather short first sentence.");
        // A header run into the text with its rules, in one paragraph.
        let b = Article::from_paragraphs(
            Default::default(),
            Default::default(),
            [
                "------------ 13:07 09/08/99: Page 1 (HHH) COURTS Fraud ------------ \
              A man who cheated his employer was jailed for two years today.",
            ],
        );
        assert_eq!(
            opening(&b),
            "A man who cheated his employer was jailed for two years today."
        );
        // Its headline and byline run into the first sentence.
        let c = Article::from_paragraphs(
            Default::default(),
            Default::default(),
            [
                "DOG BREEDER DEATH TRIAL< \u{19}By Brian Farmer, PA News< \u{19}A former \
              salesman was today due to stand trial.<",
            ],
        );
        assert_eq!(
            opening(&c),
            "A former salesman was today due to stand trial."
        );
    }
}
