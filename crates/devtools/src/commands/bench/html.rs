//! `bench html`: the HTML report of METER stories of at least
//! `--story-size` texts (lexical evidence): its size, the time to write it,
//! and the time Debian's Chromium (headless) takes to load it — the load
//! event, as the page's own navigation timing reports it, three times.

use std::io::Write;
use std::process::Command;
use std::time::Instant;

use anyhow::Context;

use super::{bench_dir, meter_stories};
use crate::Outcome;
use crate::cli::BenchArgs;

/// Appended to the page: writes the load event's time (ms since the
/// navigation started) into `body[data-load]` once it has happened.
const TIMING: &str = "<script>window.addEventListener('load',function(){setTimeout(function(){\
var t=performance.getEntriesByType('navigation')[0];\
document.body.setAttribute('data-load',String(Math.round(t.loadEventStart)))},0)});</script>";

pub fn run(args: BenchArgs) -> anyhow::Result<Outcome> {
    let browser = ["/usr/bin/chromium", "/usr/bin/chromium-browser"]
        .into_iter()
        .find(|p| std::path::Path::new(p).is_file())
        .context("no Chromium here: install Debian's `chromium` to time the HTML report")?;
    let stories = meter_stories(&bench_dir(&args)?)?;
    let settings = crosscheck_pipeline::Settings::default();
    let dir = std::env::temp_dir().join(format!("crosscheck-bench-html-{}", std::process::id()));
    std::fs::create_dir_all(&dir)?;
    let page = dir.join("report.html");
    let mut out = std::io::stdout().lock();
    writeln!(
        out,
        "story texts  html-bytes  write-s  chromium load event (ms, 3 runs)"
    )?;
    let mut timed = 0;
    for story in stories
        .iter()
        .filter(|s| s.len() >= args.story_size)
        .take(3)
    {
        let analysis = crosscheck_pipeline::analyse_with(story.clone(), None, &settings);
        let started = Instant::now();
        let html = crosscheck_report::compare_html(&analysis);
        let write_secs = started.elapsed().as_secs_f64();
        std::fs::write(&page, html.replace("</body>", &format!("{TIMING}</body>")))?;
        let mut loads = Vec::new();
        for _ in 0..3 {
            let dom = Command::new(browser)
                .args(["--headless", "--no-sandbox", "--disable-gpu", "--dump-dom"])
                .arg(format!("file://{}", page.display()))
                .output()
                .with_context(|| format!("running {browser}"))?;
            let dom = String::from_utf8_lossy(&dom.stdout);
            let load = dom
                .split("data-load=\"")
                .nth(1)
                .and_then(|r| r.split('"').next())
                .unwrap_or("?")
                .to_string();
            loads.push(load);
        }
        timed += 1;
        writeln!(
            out,
            "{timed:<5} {:>5} {:>11} {:>8.3}  {}",
            story.len(),
            html.len(),
            write_secs,
            loads.join(", ")
        )?;
    }
    let _ = std::fs::remove_dir_all(&dir);
    if timed == 0 {
        writeln!(out, "no story has {} texts or more", args.story_size)?;
    }
    Ok(Outcome::Done)
}
