//! The HTML report opened in a real browser (Debian's Chromium, headless):
//! a click on an aligned sentence highlights its counterparts, no in-page
//! link dangles, nothing logs an error, and an article corpus of hostile
//! titles, outlets, URLs and texts renders as text (no script of its own
//! runs, no element of its own appears). Skipped, saying so, when no
//! Chromium is installed (`.ci/run` installs it).

#![allow(clippy::print_stderr)]

use std::path::{Path, PathBuf};
use std::process::Command;

use assert_cmd::Command as Cmd;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// Chromium, or a line saying that `what` was not opened in a browser.
fn chromium_or_skip(what: &str) -> Option<PathBuf> {
    let found = chromium();
    if found.is_none() {
        eprintln!(
            "skipped: no Chromium installed (apt-get install chromium), so {what} was not opened in a browser"
        );
    }
    found
}

fn chromium() -> Option<PathBuf> {
    ["/usr/bin/chromium", "/usr/bin/chromium-browser"]
        .iter()
        .map(PathBuf::from)
        .find(|p| p.is_file())
}

/// What the page reports about itself once loaded, written into
/// `body[data-test]` by a script appended for the test: the counterparts
/// of the first aligned sentence highlighted after a click, the in-page
/// links with no target, the scripts and images on the page, and whether a
/// payload ran.
const HARNESS: &str = "<script>window.addEventListener('load',function(){\
var r=[];var s=document.querySelector('.s.al');\
if(s){s.click();var ids=(s.dataset.with||'').split(' ');\
r.push('click='+ids.every(function(id){var t=document.getElementById(id);return !!t&&t.classList.contains('hl')}));}\
else{r.push('click=none');}\
var bad=0;document.querySelectorAll('a[href^=\"#\"]').forEach(function(a){\
if(!document.getElementById(decodeURIComponent(a.getAttribute('href').slice(1))))bad++});\
r.push('dangling='+bad);\
r.push('scripts='+document.querySelectorAll('script').length);\
r.push('images='+document.querySelectorAll('img,iframe,object,embed').length);\
r.push('jslinks='+document.querySelectorAll('a[href^=\"javascript\"]').length);\
r.push('pwned='+(window.pwned?1:0));\
document.body.setAttribute('data-test',r.join(';'))});</script>";

/// Open `html` (with the harness) in headless Chromium; the `data-test`
/// report and the browser's log.
fn open(browser: &Path, html: &str, dir: &Path) -> (String, String) {
    let page = dir.join("page.html");
    let with_harness = html.replace("</body>", &format!("{HARNESS}</body>"));
    std::fs::write(&page, with_harness).unwrap();
    let out = headless(browser, 5000)
        .args(["--enable-logging=stderr", "--v=0"])
        .arg(format!("file://{}", page.display()))
        .output()
        .unwrap();
    let dom = String::from_utf8_lossy(&out.stdout).into_owned();
    let log = String::from_utf8_lossy(&out.stderr).into_owned();
    let report = dom
        .split("data-test=\"")
        .nth(1)
        .and_then(|r| r.split('"').next())
        .unwrap_or_default()
        .to_string();
    (report, log)
}

fn compare_html(args: &[&str]) -> String {
    let out = Cmd::cargo_bin("crosscheck")
        .unwrap()
        .current_dir(root())
        .env_remove("CROSSCHECK_DATA")
        .args(["compare", "--lexical", "--format", "html"])
        .args(args)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// The console lines the page logged as errors.
fn errors(log: &str) -> Vec<&str> {
    log.lines()
        .filter(|l| l.contains("CONSOLE") && (l.contains("Uncaught") || l.contains("Error")))
        .collect()
}

#[test]
fn seed_report_clicks_links_and_logs_no_error() {
    let Some(browser) = chromium_or_skip("the HTML report") else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let html = compare_html(&[
        "examples/000_690e2b9d6d846f06.txt",
        "examples/001_4375f67bd4bb9fb1.txt",
    ]);
    let (report, log) = open(&browser, &html, dir.path());
    assert!(report.contains("click=true"), "{report}\n{log}");
    assert!(report.contains("dangling=0"), "{report}");
    assert!(report.contains("scripts=2"), "{report}");
    assert!(errors(&log).is_empty(), "{:?}", errors(&log));
}

#[test]
fn hostile_articles_render_as_text() {
    let Some(browser) = chromium_or_skip("the XSS corpus") else {
        return;
    };
    let payloads = [
        "<script>window.pwned=1</script>",
        "<img src=x onerror=\"window.pwned=1\">",
        "\"><svg onload=\"window.pwned=1\">",
        "</title><script>window.pwned=1</script>",
        "<iframe src=\"javascript:window.pwned=1\"></iframe>",
        "' onmouseover='window.pwned=1' x='",
    ];
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("hostile.jsonl");
    let lines: Vec<String> = payloads
        .iter()
        .enumerate()
        .map(|(i, p)| {
            serde_json::json!({
                "id": format!("x{i}"),
                "title": format!("Title {p}"),
                "outlet": format!("Outlet {p}"),
                "url": if i % 2 == 0 { "javascript:window.pwned=1".to_string() } else { format!("https://example.org/{p}") },
                "published": "2024-01-0".to_string() + &(i + 1).to_string(),
                "text": format!("The mayor said the plan {p} would pass. Critics disagreed {p} strongly today."),
            })
            .to_string()
        })
        .collect();
    std::fs::write(&corpus, lines.join("\n") + "\n").unwrap();
    let html = compare_html(&[corpus.to_str().unwrap()]);
    let (report, log) = open(&browser, &html, dir.path());
    assert!(report.contains("pwned=0"), "{report}");
    assert!(report.contains("scripts=2"), "{report}");
    assert!(report.contains("images=0"), "{report}");
    assert!(report.contains("jslinks=0"), "{report}");
    assert!(report.contains("dangling=0"), "{report}");
    assert!(errors(&log).is_empty(), "{:?}", errors(&log));
}

/// The DOM Chromium builds from a page the web application serves.
fn dom(browser: &Path, url: &str) -> String {
    let out = headless(browser, 3000).arg(url).output().unwrap();
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// Headless Chromium that prints the DOM once `budget` ms of virtual time
/// have passed.
fn headless(browser: &Path, budget: u32) -> Command {
    let mut c = Command::new(browser);
    c.args([
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        &format!("--virtual-time-budget={budget}"),
        "--dump-dom",
    ]);
    c
}

/// `crosscheck serve`, stopped when dropped.
struct Server(std::process::Child);

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

#[test]
fn the_web_application_lists_filters_and_opens_stories_and_articles() {
    let Some(browser) = chromium_or_skip("the web application") else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let hostile = dir.path().join("hostile.jsonl");
    let payload = "<img src=x onerror=\"window.pwned=1\"><script>window.pwned=1</script>";
    std::fs::write(
        &hostile,
        serde_json::json!({
            "id": "x1",
            "title": format!("Title {payload}"),
            "outlet": format!("Outlet {payload}"),
            "url": "javascript:window.pwned=1",
            "published": "2024-01-01",
            "text": format!("The mayor said the plan {payload} would pass. Critics disagreed strongly."),
        })
        .to_string(),
    )
    .unwrap();
    for input in ["examples", hostile.to_str().unwrap()] {
        let out = Cmd::cargo_bin("crosscheck")
            .unwrap()
            .current_dir(root())
            .args(["ingest", input, "--data"])
            .arg(&data)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    // A free port on the loopback interface.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let _server = Server(
        Command::new(assert_cmd::cargo::cargo_bin("crosscheck"))
            .args(["serve", "--addr", &format!("127.0.0.1:{port}"), "--data"])
            .arg(&data)
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap(),
    );
    let up = (0..100).any(|_| {
        std::thread::sleep(std::time::Duration::from_millis(100));
        std::net::TcpStream::connect(("127.0.0.1", port)).is_ok()
    });
    assert!(up, "the server did not start");
    let url = |path: &str| format!("http://127.0.0.1:{port}{path}");
    // No element of the payload in any page Chromium built.
    let inert = |dom: &str, scripts: usize| {
        assert!(!dom.contains("<img"), "an image element: {dom}");
        assert_eq!(dom.matches("<script").count(), scripts, "{dom}");
        assert!(!dom.contains("href=\"javascript:"), "{dom}");
    };
    let list = dom(&browser, &url("/"));
    assert!(list.contains("2 stories match"), "{list}");
    assert!(list.contains("Iran and Nicaragua Discussed Military Cooperation"));
    assert!(list.contains("Title &lt;img src=x"), "{list}");
    inert(&list, 0);
    let filtered = dom(&browser, &url("/?outlet=cradle"));
    assert!(filtered.contains("1 story match") && !filtered.contains("Title &lt;img"));
    // Search: an entity's name, and the hostile corpus found as text.
    let found = dom(&browser, &url("/?q=names%3AAbdollahian"));
    assert!(found.contains("2 articles match"), "{found}");
    let found = dom(&browser, &url("/?q=Abdollahian"));
    assert!(found.contains("<mark>Abdollahian</mark>"), "{found}");
    // The names filter: stories an article of which names someone.
    let named = dom(&browser, &url("/?entity=Amir+Abdollahian"));
    assert!(
        named.contains("1 story match") && named.contains("Iran and Nicaragua"),
        "{named}"
    );
    let found = dom(&browser, &url("/?q=mayor"));
    assert!(found.contains("1 article match"), "{found}");
    inert(&found, 0);
    let seed = dom(&browser, &url("/story/1"));
    assert!(seed.contains("Who derives from whom"), "{seed}");
    assert!(seed.contains("The Cradle derives from The New York Times"));
    inert(&seed, 1);
    let hostile_story = dom(&browser, &url("/story/2"));
    inert(&hostile_story, 1);
    let article = dom(&browser, &url("/article/1"));
    assert!(article.contains("Quotations and attributions"), "{article}");
    let hostile_article = dom(&browser, &url("/article/3"));
    assert!(hostile_article.contains("javascript:window.pwned=1"));
    inert(&hostile_article, 0);
    // The list now knows the seed story's independent sources.
    let list = dom(&browser, &url("/"));
    assert!(list.contains("1 of 2"), "{list}");
}
