//! The human-readable terminal report.

use std::fmt::Write;

use crosscheck_pipeline::{Analysis, STAGES, StageStatus};

/// The terminal report of `compare`.
pub fn compare_text(analysis: &Analysis) -> String {
    let mut out = String::new();
    let n = analysis.articles.len();
    let _ = writeln!(
        out,
        "crosscheck compare: {n} article{}\n",
        if n == 1 { "" } else { "s" }
    );
    for (i, a) in analysis.articles.iter().enumerate() {
        let m = &a.meta;
        let outlet = match (&m.outlet, &m.outlet_as_written) {
            (Some(o), Some(w)) if o != w => format!("{o} (as written: {w})"),
            (Some(o), _) => o.clone(),
            (None, _) => "unknown outlet".to_string(),
        };
        let date = m.published.map_or("undated".to_string(), |p| {
            p.date.format("%Y-%m-%d").to_string()
        });
        let mut line = format!("a{}  {outlet} · {date}", i + 1);
        if let Some(author) = &m.author {
            let _ = write!(line, " · {author}");
        }
        let _ = writeln!(out, "{line}");
        if let Some(title) = &m.title {
            let _ = writeln!(out, "    {title}");
        }
        if let Some(dek) = &m.dek {
            let _ = writeln!(out, "    {dek}");
        }
        let _ = writeln!(
            out,
            "    {} · {} · {} paragraphs · {} sentences · {} characters\n",
            a.origin.source,
            m.language.as_deref().unwrap_or("language unknown"),
            a.paragraphs.len(),
            a.sentences.len(),
            a.text.chars().count()
        );
    }
    for stage in STAGES {
        let status = match stage.status {
            StageStatus::Built => "",
            StageStatus::NotBuilt => " — not built yet: nothing was looked for",
        };
        let _ = writeln!(
            out,
            "{}{status}\n    {}",
            title_case(stage.name),
            stage.question
        );
    }
    out
}

fn title_case(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}
