//! Ingest through the application, when it was started to allow it
//! (`crosscheck serve --allow-ingest`): files uploaded from the ingest page
//! are read, collected into the store (`crosscheck-collect`, as `crosscheck
//! ingest` does) and the stories they changed analysed, in the background;
//! the job's page shows its progress and refreshes itself until it ends.
//!
//! One ingest runs at a time (a later upload waits its turn). An upload
//! must carry the form's token and come from the application's own pages
//! (`Origin` and `Sec-Fetch-Site` checked): another site open in the same
//! browser cannot post articles into the store. No route reads a file of
//! this machine: only the bytes uploaded are read.

use std::fmt::Write as _;
use std::sync::Arc;
use std::time::{Duration, Instant};

use axum::extract::{Multipart, Path, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{Html, IntoResponse, Redirect, Response};
use crosscheck_collect::{Collector, Ingested};
use crosscheck_store::{Store, StoreError};

use crate::{App, Problem, esc, lock, page, problem};

/// Opens a handle on the store for writing (one per ingest).
pub type OpenStore = Box<dyn Fn() -> Result<Box<dyn Store + Send>, StoreError> + Send + Sync>;

/// What ingest through the application needs.
pub struct Ingest {
    /// A writing handle on the store the application reads.
    pub open: OpenStore,
    /// The limits every input is read within.
    pub limits: crosscheck_ingest::Options,
    /// The largest upload accepted, in bytes (all its files together).
    pub max_upload: usize,
}

/// The most error lines a job keeps (the count goes on).
const ERRORS_KEPT: usize = 50;

/// The most jobs remembered (the oldest go first).
const JOBS_KEPT: usize = 100;

/// Where an ingest is.
#[derive(Debug, Clone, PartialEq)]
enum Stage {
    /// Waiting for the ingest before it.
    Waiting,
    /// Reading the files into the store.
    Reading,
    /// Analysing the stories that changed: done of how many.
    Analysing(usize, usize),
    /// Ended.
    Done,
    /// Stopped by an error of the store or the index.
    Failed(String),
}

/// One upload's ingest, as its page shows it.
#[derive(Debug, Clone)]
pub(crate) struct Job {
    files: Vec<(String, usize)>,
    stage: Stage,
    /// Articles read so far.
    read: usize,
    counts: Ingested,
    /// The first [`ERRORS_KEPT`] error lines.
    errors: Vec<String>,
    /// Articles whose input gave a publication date crosscheck did not
    /// read (each is read undated).
    undated: usize,
    /// The first [`ERRORS_KEPT`] lines naming those inputs and why.
    date_warnings: Vec<String>,
    /// Stories analysed, when done.
    analysed: usize,
    started: Instant,
    took: Option<Duration>,
}

/// The jobs since the application started, by id (from 1).
#[derive(Default)]
pub(crate) struct Jobs {
    list: Vec<(u64, Job)>,
    next: u64,
}

impl Jobs {
    fn add(&mut self, job: Job) -> u64 {
        self.next += 1;
        self.list.push((self.next, job));
        if self.list.len() > JOBS_KEPT {
            self.list.remove(0);
        }
        self.next
    }

    fn get(&self, id: u64) -> Option<&Job> {
        self.list.iter().find(|(k, _)| *k == id).map(|(_, j)| j)
    }

    fn update(&mut self, id: u64, f: impl FnOnce(&mut Job)) {
        if let Some((_, job)) = self.list.iter_mut().find(|(k, _)| *k == id) {
            f(job);
        }
    }
}

/// A token the ingest form carries, new each time the application starts:
/// 128 bits from the operating system's random source. Without one, no
/// token is made and every upload is refused.
pub(crate) fn new_token() -> Option<String> {
    let mut bytes = [0u8; 16];
    match getrandom::fill(&mut bytes) {
        Ok(()) => Some(bytes.iter().map(|b| format!("{b:02x}")).collect()),
        Err(e) => {
            tracing::error!(%e, "no random source: ingest through the application is refused");
            None
        }
    }
}

fn no_token() -> Problem {
    problem(
        StatusCode::SERVICE_UNAVAILABLE,
        "This machine gave no random source for the ingest form's token: ingest through the application is unavailable.",
    )
}

fn read_only() -> Problem {
    problem(
        StatusCode::FORBIDDEN,
        "This application is read-only: start it with `crosscheck serve --allow-ingest` to ingest through it.",
    )
}

/// The ingest page: the upload form and the jobs so far.
pub(crate) async fn form(
    State(app): State<Arc<App>>,
    headers: HeaderMap,
) -> Result<Html<String>, Problem> {
    let Some(ingest) = &app.ingest else {
        return Err(read_only());
    };
    if !addressed_here(&headers) {
        return Err(not_here());
    }
    let Some(form_token) = &app.token else {
        return Err(no_token());
    };
    let mut body = String::new();
    let _ = write!(
        body,
        "<h1>Ingest</h1><p class=\"meta\">Files of any format crosscheck reads (text, HTML, JSON, \
         JSON Lines, RSS or Atom, WARC, any of them gzipped), at most {} MB in all. They are \
         clustered into the stored stories, and the stories they change are analysed.</p>\
         <form method=\"post\" action=\"/ingest\" enctype=\"multipart/form-data\">\
         <input type=\"hidden\" name=\"token\" value=\"{}\">\
         <label>files<input type=\"file\" name=\"file\" multiple required></label>\
         <button>ingest</button></form>",
        ingest.max_upload / (1024 * 1024),
        esc(form_token)
    );
    let jobs = lock(&app.jobs);
    if !jobs.list.is_empty() {
        body.push_str("<h2>Ingests</h2><table><tbody>");
        for (id, job) in jobs.list.iter().rev() {
            let _ = write!(
                body,
                "<tr><td><a href=\"/ingest/{id}\">ingest {id}</a></td><td>{}</td><td>{}</td></tr>",
                esc(&files_line(job)),
                stage_line(job)
            );
        }
        body.push_str("</tbody></table>");
    }
    Ok(page("ingest", &body))
}

fn files_line(job: &Job) -> String {
    let names: Vec<&str> = job.files.iter().map(|(n, _)| n.as_str()).collect();
    match names.len() {
        0..=3 => names.join(", "),
        n => format!("{}, … ({n} files)", names[..3].join(", ")),
    }
}

fn stage_line(job: &Job) -> String {
    match &job.stage {
        Stage::Waiting => "waiting for the ingest before it".to_string(),
        Stage::Reading => format!("reading: {} articles", job.read),
        Stage::Analysing(k, n) => format!("analysing stories: {k} of {n}"),
        Stage::Done => format!(
            "done: {} added, {} already stored, {} failed",
            job.counts.new, job.counts.duplicate, job.counts.failed
        ),
        Stage::Failed(_) => "stopped by an error".to_string(),
    }
}

/// Whether a request names this machine as an address (`Host` an IP
/// address or `localhost`, with any port): a page of another site whose
/// name was made to point here (DNS rebinding) sends its own name, and is
/// refused.
fn addressed_here(headers: &HeaderMap) -> bool {
    let Some(host) = headers.get(header::HOST).and_then(|v| v.to_str().ok()) else {
        return false;
    };
    let name = if let Some(rest) = host.strip_prefix('[') {
        // [::1]:8737
        rest.split(']').next().unwrap_or("")
    } else {
        host.rsplit_once(':').map_or(host, |(n, _)| n)
    };
    name.eq_ignore_ascii_case("localhost") || name.parse::<std::net::IpAddr>().is_ok()
}

fn not_here() -> Problem {
    problem(
        StatusCode::FORBIDDEN,
        "Ingest answers only requests addressed to this machine by its address (127.0.0.1, localhost).",
    )
}

/// Whether a request comes from the application's own pages: addressed
/// here, `Origin`, when sent, is this host; `Sec-Fetch-Site`, when sent,
/// is not another site.
fn same_origin(headers: &HeaderMap) -> bool {
    let text = |name: &str| headers.get(name).and_then(|v| v.to_str().ok());
    if !addressed_here(headers) {
        return false;
    }
    let host = text(header::HOST.as_str());
    let origin_ok = match (text(header::ORIGIN.as_str()), host) {
        (None, _) => true,
        (Some(origin), Some(host)) => {
            origin == format!("http://{host}") || origin == format!("https://{host}")
        }
        (Some(_), None) => false,
    };
    let site_ok = !matches!(
        text("sec-fetch-site"),
        Some("cross-site") | Some("same-site")
    );
    origin_ok && site_ok
}

/// An upload: checked, kept as a job, read in the background; answered
/// with the way to the job's page.
pub(crate) async fn upload(
    State(app): State<Arc<App>>,
    headers: HeaderMap,
    mut multipart: Multipart,
) -> Result<Response, Problem> {
    let Some(ingest) = &app.ingest else {
        return Err(read_only());
    };
    if !same_origin(&headers) {
        return Err(problem(
            StatusCode::FORBIDDEN,
            "An upload must come from this application's own ingest page.",
        ));
    }
    let mut token = None;
    let mut files: Vec<(String, Vec<u8>)> = Vec::new();
    let mut total = 0usize;
    let bad = |e: axum::extract::multipart::MultipartError| {
        problem(
            e.status(),
            &format!("The upload could not be read: {}", e.body_text()),
        )
    };
    while let Some(field) = multipart.next_field().await.map_err(bad)? {
        match field.name() {
            Some("token") => token = Some(field.text().await.map_err(bad)?),
            Some("file") => {
                let name = field
                    .file_name()
                    .map(|n| {
                        // Only the file's own name, never a path.
                        n.rsplit(['/', '\\']).next().unwrap_or(n).to_string()
                    })
                    .filter(|n| !n.is_empty())
                    .unwrap_or_else(|| format!("upload {}", files.len() + 1));
                let bytes = field.bytes().await.map_err(bad)?;
                total += bytes.len();
                if total > ingest.max_upload {
                    return Err(problem(
                        StatusCode::PAYLOAD_TOO_LARGE,
                        &format!("The upload is over {} bytes.", ingest.max_upload),
                    ));
                }
                files.push((name, bytes.to_vec()));
            }
            _ => {}
        }
    }
    let Some(form_token) = &app.token else {
        return Err(no_token());
    };
    if token.as_deref() != Some(form_token.as_str()) {
        return Err(problem(
            StatusCode::FORBIDDEN,
            "The upload does not carry this application's form token: reload the ingest page.",
        ));
    }
    if files.is_empty() {
        return Err(problem(
            StatusCode::BAD_REQUEST,
            "The upload holds no file.",
        ));
    }
    let job = Job {
        files: files.iter().map(|(n, b)| (n.clone(), b.len())).collect(),
        stage: Stage::Waiting,
        read: 0,
        counts: Ingested::default(),
        errors: Vec::new(),
        undated: 0,
        date_warnings: Vec::new(),
        analysed: 0,
        started: Instant::now(),
        took: None,
    };
    let id = lock(&app.jobs).add(job);
    let worker = Arc::clone(&app);
    tokio::task::spawn_blocking(move || {
        // A panic ends the job as failed, not as forever reading.
        if std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| run(&worker, id, &files)))
            .is_err()
        {
            lock(&worker.jobs).update(id, |j| {
                j.took = Some(j.started.elapsed());
                j.stage = Stage::Failed("the ingest stopped on a panic".to_string());
            });
        }
    });
    Ok(Redirect::to(&format!("/ingest/{id}")).into_response())
}

/// Read one upload into the store, then analyse what changed, saying how
/// far it is in its job.
fn run(app: &App, id: u64, files: &[(String, Vec<u8>)]) {
    let Some(ingest) = &app.ingest else {
        return;
    };
    let _turn = lock(&app.ingesting);
    let update = |f: &mut dyn FnMut(&mut Job)| lock(&app.jobs).update(id, |j| f(j));
    update(&mut |j| j.stage = Stage::Reading);
    let result = (|| -> Result<(Ingested, usize), String> {
        let mut store = (ingest.open)().map_err(|e| e.to_string())?;
        let mut collector =
            Collector::start(store.as_mut(), app.index.as_ref()).map_err(|e| e.to_string())?;
        let mut failure = None;
        for (name, bytes) in files {
            let format = crosscheck_ingest::Format::from_name(name);
            crosscheck_ingest::read_bytes(name, bytes, format, &ingest.limits, &mut |item| {
                if failure.is_some() {
                    return;
                }
                match item {
                    Ok(article) => {
                        if let Some(line) = date_warning(&article) {
                            update(&mut |j| {
                                j.undated += 1;
                                if j.date_warnings.len() < ERRORS_KEPT {
                                    j.date_warnings.push(line.clone());
                                }
                            });
                        }
                        if let Err(e) = collector.push_caught(article) {
                            failure = Some(e.to_string());
                        }
                        update(&mut |j| j.read += 1);
                    }
                    Err(e) => {
                        collector.failed();
                        let line = crosscheck_report::visible(&e.to_string()).to_string();
                        update(&mut |j| {
                            if j.errors.len() < ERRORS_KEPT {
                                j.errors.push(line.clone());
                            }
                        });
                    }
                }
            });
        }
        if let Some(e) = failure {
            return Err(e);
        }
        let counts = collector.finish().map_err(|e| e.to_string())?;
        update(&mut |j| j.counts = counts);
        let analysed = crosscheck_collect::analyse_stories(
            store.as_mut(),
            app.index.as_ref(),
            None,
            &crosscheck_pipeline::Settings::default(),
            &mut |k, n| update(&mut |j| j.stage = Stage::Analysing(k, n)),
        )
        .map_err(|e| e.to_string())?;
        Ok((counts, analysed.stored))
    })();
    update(&mut |j| {
        j.took = Some(j.started.elapsed());
        match &result {
            Ok((counts, analysed)) => {
                j.counts = *counts;
                j.analysed = *analysed;
                j.stage = Stage::Done;
            }
            Err(e) => j.stage = Stage::Failed(e.clone()),
        }
    });
}

/// One line naming the input and saying why its publication date was not
/// read, when the input gave one crosscheck could not read.
fn date_warning(article: &crosscheck_model::Article) -> Option<String> {
    let problem = article.meta.date_problem.as_ref()?;
    let input = match &article.origin.record_id {
        Some(id) => format!("{} (record {id})", article.origin.source),
        None => article.origin.source.clone(),
    };
    Some(crosscheck_report::visible(&format!("{input}: {problem}")).to_string())
}

/// A job's page: its files, how far it is, its errors; it refreshes itself
/// every second until the job ends.
pub(crate) async fn job(
    State(app): State<Arc<App>>,
    Path(id): Path<u64>,
    headers: HeaderMap,
) -> Result<Response, Problem> {
    if app.ingest.is_none() {
        return Err(read_only());
    }
    if !addressed_here(&headers) {
        return Err(not_here());
    }
    let Some(job) = lock(&app.jobs).get(id).cloned() else {
        return Err(problem(
            StatusCode::NOT_FOUND,
            &format!("There is no ingest {id}."),
        ));
    };
    let running = matches!(
        job.stage,
        Stage::Waiting | Stage::Reading | Stage::Analysing(..)
    );
    let mut body = String::new();
    let _ = write!(body, "<h1>Ingest {id}</h1><p class=\"meta\">");
    for (name, size) in &job.files {
        let _ = write!(body, "{} ({size} bytes) ", esc(name));
    }
    body.push_str("</p>");
    let _ = write!(
        body,
        "<p class=\"progress\" role=\"status\">{}</p>",
        esc(&stage_line(&job))
    );
    if let Stage::Analysing(k, n) = job.stage {
        let _ = write!(body, "<progress max=\"{n}\" value=\"{k}\"></progress>");
    }
    if let Stage::Done = job.stage {
        let _ = write!(
            body,
            "<p>{} stor{} analysed in {:.1} s. <a href=\"/\">The stories</a></p>",
            job.analysed,
            if job.analysed == 1 { "y" } else { "ies" },
            job.took.map_or(0.0, |t| t.as_secs_f64())
        );
    }
    if let Stage::Failed(e) = &job.stage {
        let _ = write!(
            body,
            "<p class=\"error\">The ingest stopped: {}. What was stored before it stays; \
             ingesting the same files again adds only what is missing.</p>",
            esc(e)
        );
    }
    if !job.errors.is_empty() {
        let _ = write!(
            body,
            "<h2>Inputs that could not be read ({})</h2><pre>",
            job.counts.failed.max(job.errors.len())
        );
        for e in &job.errors {
            body.push_str(&esc(e));
            body.push('\n');
        }
        body.push_str("</pre>");
    }
    if job.undated > 0 {
        let _ = write!(
            body,
            "<h2>Dates not read ({}): the articles are undated</h2><pre>",
            job.undated
        );
        for w in &job.date_warnings {
            body.push_str(&esc(w));
            body.push('\n');
        }
        body.push_str("</pre>");
    }
    let html = page(&format!("ingest {id}"), &body).0;
    let html = if running {
        html.replacen(
            "<meta charset=\"utf-8\">",
            "<meta charset=\"utf-8\"><meta http-equiv=\"refresh\" content=\"1\">",
            1,
        )
    } else {
        html
    };
    Ok(Html(html).into_response())
}
