//! `bench scale`: `compare` (lexical) on one story of more and more
//! articles, and on one article of more and more text — time per article
//! and per kilobyte should stay flat — with, beside each story size, the
//! same story compared pair by pair (every pair, the peer). Each run is a
//! process of its own, so that its peak memory is its own.

use std::io::Write;
use std::process::Command;
use std::time::Instant;

use anyhow::{Context, bail};
use crosscheck_model::Article;
use crosscheck_pipeline::{Settings, analyse_with};

use super::{bench_dir, meter_stories, peak_rss_kib};
use crate::Outcome;
use crate::cli::BenchArgs;

/// Story sizes, in articles.
const STORY_SIZES: [usize; 4] = [100, 200, 400, 800];
/// Article sizes, in KiB.
const ARTICLE_KIB: [usize; 4] = [64, 256, 1024, 4096];

/// What one run measured.
struct Measured {
    secs: f64,
    peak_mib: f64,
    pairs: usize,
}

pub fn run(args: BenchArgs) -> anyhow::Result<Outcome> {
    if let Some(one) = &args.one {
        return run_one(&args, one);
    }
    let mut out = std::io::stdout().lock();
    writeln!(
        out,
        "compare --lexical, {} threads; peak resident memory of each run's process",
        rayon::current_num_threads()
    )?;
    let nearest = Settings::default().max_partners;
    writeln!(
        out,
        "one story of n METER articles: each article with its {nearest} nearest | every pair (the peer)"
    )?;
    let mut per_article = Vec::new();
    for n in STORY_SIZES {
        let m = child(&args, &format!("story:{n}:{nearest}"))?;
        let every = child(&args, &format!("story:{n}:0"))?;
        per_article.push(m.secs / n as f64);
        writeln!(
            out,
            "  {n:>4} articles: {:>6.2} s, {:>5.1} ms/article, {:>5.0} MiB, {:>6} pairs | every pair {:>6.2} s, {:>5.0} MiB — {:.1}× the time",
            m.secs,
            1000.0 * m.secs / n as f64,
            m.peak_mib,
            m.pairs,
            every.secs,
            every.peak_mib,
            every.secs / m.secs
        )?;
    }
    writeln!(
        out,
        "  time per article, largest story / smallest: {:.2}×",
        per_article[per_article.len() - 1] / per_article[0]
    )?;
    writeln!(out, "one article of METER texts run together:")?;
    let mut per_kib = Vec::new();
    for kib in ARTICLE_KIB {
        let m = child(&args, &format!("article:{kib}"))?;
        per_kib.push(m.secs / kib as f64);
        writeln!(
            out,
            "  {kib:>5} KiB: {:>6.2} s, {:.2} ms/KiB, {:.0} MiB",
            m.secs,
            1000.0 * m.secs / kib as f64,
            m.peak_mib
        )?;
    }
    writeln!(
        out,
        "  time per KiB, largest article / smallest: {:.2}×",
        per_kib[per_kib.len() - 1] / per_kib[0]
    )?;
    Ok(Outcome::Done)
}

/// Run one measurement in a process of its own and read its line.
fn child(args: &BenchArgs, one: &str) -> anyhow::Result<Measured> {
    let exe = std::env::current_exe().context("the benchmark's own executable")?;
    let mut command = Command::new(exe);
    command.args(["bench", "scale", "--one", one]);
    if let Some(bench) = &args.bench {
        command.arg("--bench").arg(bench);
    }
    let output = command.output().with_context(|| format!("running {one}"))?;
    if !output.status.success() {
        bail!(
            "{one} failed: {}",
            String::from_utf8_lossy(&output.stderr).trim()
        );
    }
    let line = String::from_utf8(output.stdout).context("the run's output")?;
    let mut fields = line.split_whitespace().map(str::parse::<f64>);
    let mut next = || -> anyhow::Result<f64> {
        fields
            .next()
            .context("a short line from the run")?
            .context("a number from the run")
    };
    Ok(Measured {
        secs: next()?,
        peak_mib: next()?,
        pairs: next()? as usize,
    })
}

/// One measurement, in this process: prints "seconds peak-MiB pairs".
fn run_one(args: &BenchArgs, one: &str) -> anyhow::Result<Outcome> {
    let bench = bench_dir(args)?;
    // Every METER text, in the stories' order.
    let pool: Vec<Article> = meter_stories(&bench)?
        .into_iter()
        .flatten()
        .map(|a| Article::from_text(a.origin, a.meta, a.text))
        .collect();
    let parts: Vec<&str> = one.split(':').collect();
    let number = |i: usize| -> anyhow::Result<usize> {
        parts
            .get(i)
            .with_context(|| format!("{one}: too few fields"))?
            .parse()
            .with_context(|| format!("{one}: not a number"))
    };
    let (articles, settings) = match parts[0] {
        "story" => {
            let n = number(1)?;
            if pool.len() < n {
                bail!("the METER folder holds {} texts, not {n}", pool.len());
            }
            let settings = Settings {
                max_partners: match number(2)? {
                    0 => usize::MAX,
                    k => k,
                },
                ..Settings::default()
            };
            (pool[..n].to_vec(), settings)
        }
        "article" => {
            let bytes = number(1)? * 1024;
            let mut text = String::new();
            for a in pool.iter().cycle() {
                if text.len() >= bytes {
                    break;
                }
                text.push_str(&a.text);
                text.push_str("\n\n");
            }
            let article = Article::from_text(Default::default(), Default::default(), text);
            (vec![article], Settings::default())
        }
        _ => bail!("{one}: expected story:N:PARTNERS or article:KIB"),
    };
    let started = Instant::now();
    let analysis = analyse_with(articles, None, &settings);
    let secs = started.elapsed().as_secs_f64();
    let peak = peak_rss_kib().context("the peak resident size (/proc/self/status)")? as f64;
    let pairs = analysis.pairs.as_ref().map_or(0, |p| p.len());
    writeln!(std::io::stdout().lock(), "{secs} {} {pairs}", peak / 1024.0)?;
    Ok(Outcome::Done)
}
