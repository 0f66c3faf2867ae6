//! Speaker batteries: articles written for the purpose by annotators who
//! never saw the system's output, every quotation marked with who said it
//! (`testdata/speakers/batteries`, README there).
//!
//! A battery is one Markdown file: `### x01` opens each article, paragraphs
//! are separated by a blank line, and every closing double quotation mark is
//! followed at once by a marker: `[[Name]]` (the speaker, named as fully as
//! the article names them), `[[null]]` (the article never names who said
//! it) or `[[-]]` (quoted words that are no quotation: a title, a scare
//! quote). A quotation over paragraphs (no closing mark at a paragraph's
//! end, an opening one at the next's start) carries one marker, after its
//! last part. The markers are removed to make the article's text.
//!
//! Scored as the audit scores speakers: a quotation is found when a
//! quotation of the quotes stage overlaps it; its speaker is right when it
//! names the gold's ([`crate::audit::score::names`]), or, where the gold
//! names no one, when the stage names no one or gives a description of
//! someone unnamed ("one neighbour", "a spokesman") — the audit's gold
//! writes such descriptions as the speaker, the batteries do not.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use crosscheck_model::{Article, ArticleMeta, Origin, Span};

use crate::audit::score::names;

/// A battery that cannot be read or parsed.
#[derive(Debug, thiserror::Error)]
pub enum BatteryError {
    /// A file or folder is missing or unreadable.
    #[error("cannot read `{path}`: {reason}")]
    Read {
        /// The file or folder.
        path: String,
        /// Why.
        reason: String,
    },
    /// The battery's text breaks the format.
    #[error("`{file}`, article {article}: {reason}")]
    Format {
        /// The battery file.
        file: String,
        /// The article's label (`x07`).
        article: String,
        /// What is wrong.
        reason: String,
    },
}

/// Who the gold says said a quotation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum GoldSpeaker {
    /// A person or body the article names.
    Named(String),
    /// The article never names who said it.
    NotStated,
    /// Quoted words that are no quotation; not scored.
    NotSpeech,
}

/// One marked quotation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MarkedQuotation {
    /// From its first word to its last, marks excluded; a quotation over
    /// paragraphs covers the text between its parts too.
    pub span: Span,
    /// Who said it.
    pub speaker: GoldSpeaker,
}

/// One article of a battery.
#[derive(Debug, Clone)]
pub struct BatteryArticle {
    /// Its label in the file (`x01`).
    pub label: String,
    /// Its text, markers removed.
    pub text: String,
    /// Its quotations, in order.
    pub quotations: Vec<MarkedQuotation>,
}

/// Parse a battery file's text.
pub fn parse(file: &str, source: &str) -> Result<Vec<BatteryArticle>, BatteryError> {
    let mut articles = Vec::new();
    let mut label: Option<&str> = None;
    let mut body = String::new();
    let mut finish = |label: Option<&str>, body: &mut String| -> Result<(), BatteryError> {
        if let Some(label) = label {
            articles.push(parse_article(file, label, body.trim())?);
        }
        body.clear();
        Ok(())
    };
    for line in source.lines() {
        if let Some(rest) = line.strip_prefix("### ") {
            finish(label, &mut body)?;
            label = Some(rest.trim());
        } else if label.is_some() {
            body.push_str(line);
            body.push('\n');
        } else if !line.trim().is_empty() {
            return Err(BatteryError::Format {
                file: file.into(),
                article: "(before the first)".into(),
                reason: "text before the first `### ` heading".into(),
            });
        }
    }
    finish(label, &mut body)?;
    Ok(articles)
}

fn parse_article(file: &str, label: &str, body: &str) -> Result<BatteryArticle, BatteryError> {
    let error = |reason: String| BatteryError::Format {
        file: file.into(),
        article: label.into(),
        reason,
    };
    let mut text = String::with_capacity(body.len());
    let mut quotations = Vec::new();
    // The open quotation's first word, and whether a paragraph ended inside it.
    let mut open: Option<usize> = None;
    let mut carried = false;
    // A closed quotation waiting for its marker.
    let mut closed: Option<Span> = None;
    let mut rest = body;
    while let Some(c) = rest.chars().next() {
        if let Some(after) = rest.strip_prefix("[[") {
            let end = after
                .find("]]")
                .ok_or_else(|| error(format!("an unclosed marker at byte {}", text.len())))?;
            let name = after[..end].trim();
            let span = closed
                .take()
                .ok_or_else(|| error(format!("the marker [[{name}]] follows no closing mark")))?;
            let speaker = match name {
                "null" => GoldSpeaker::NotStated,
                "-" => GoldSpeaker::NotSpeech,
                "" => return Err(error("an empty marker".into())),
                name => GoldSpeaker::Named(name.into()),
            };
            quotations.push(MarkedQuotation { span, speaker });
            rest = &after[end + 2..];
            continue;
        }
        if let Some(span) = closed.take() {
            return Err(error(format!(
                "the quotation {:?} has no marker",
                &text[span.start..span.end]
            )));
        }
        if c == '\n' && rest.starts_with("\n\n") && open.is_some() {
            carried = true;
        }
        if c == '"' {
            let at_paragraph_start = text.is_empty() || text.ends_with('\n');
            match open {
                Some(_) if carried && at_paragraph_start => carried = false,
                Some(start) => {
                    closed = Some(Span::new(start, text.len()));
                    open = None;
                    carried = false;
                }
                None => open = Some(text.len() + 1),
            }
        }
        text.push(c);
        rest = &rest[c.len_utf8()..];
    }
    if let Some(span) = closed {
        return Err(error(format!(
            "the quotation {:?} has no marker",
            &text[span.start..span.end]
        )));
    }
    if let Some(start) = open {
        return Err(error(format!(
            "a quotation opened at byte {start} never closes"
        )));
    }
    Ok(BatteryArticle {
        label: label.into(),
        text,
        quotations,
    })
}

/// One quotation the stage got wrong.
#[derive(Debug, Clone)]
pub struct Miss {
    /// The article's label.
    pub article: String,
    /// The quoted words.
    pub quotation: String,
    /// The gold's speaker (`None`: not stated).
    pub gold: Option<String>,
    /// The stage's: `Err(())` when it found no quotation there, `Ok(None)`
    /// when it named no one.
    pub system: Result<Option<String>, ()>,
}

/// The score of one battery.
#[derive(Debug, Clone)]
pub struct BatteryScore {
    /// The battery's name (its file stem).
    pub name: String,
    /// Articles.
    pub articles: usize,
    /// Quotations scored (`[[-]]` excluded).
    pub quotations: usize,
    /// Of them, whose speaker the article never names.
    pub not_stated: usize,
    /// Quotations the stage found.
    pub found: usize,
    /// Quotations whose speaker it got right.
    pub right: usize,
    /// The others.
    pub misses: Vec<Miss>,
}

impl BatteryScore {
    /// Right over all scored quotations.
    pub fn accuracy(&self) -> f64 {
        self.right as f64 / self.quotations.max(1) as f64
    }
}

/// Words that open a description of someone the article does not name.
const UNNAMED_OPENERS: &[&str] = &[
    "a", "an", "one", "another", "some", "two", "three", "several", "many", "other",
];

fn unnamed_description(speaker: &str) -> bool {
    speaker
        .split_whitespace()
        .next()
        .is_some_and(|w| UNNAMED_OPENERS.contains(&w.to_lowercase().as_str()))
}

/// Score the quotes stage on parsed articles.
pub fn score(name: &str, articles: &[BatteryArticle]) -> BatteryScore {
    let prepared: Vec<Article> = articles
        .iter()
        .map(|a| Article::from_text(Origin::default(), ArticleMeta::default(), a.text.clone()))
        .collect();
    let analysis = crosscheck_pipeline::analyse_quotes(prepared);
    let mut s = BatteryScore {
        name: name.into(),
        articles: articles.len(),
        quotations: 0,
        not_stated: 0,
        found: 0,
        right: 0,
        misses: Vec::new(),
    };
    for (article, found) in articles.iter().zip(&analysis.quotes) {
        for q in &article.quotations {
            let gold = match &q.speaker {
                GoldSpeaker::NotSpeech => continue,
                GoldSpeaker::NotStated => None,
                GoldSpeaker::Named(n) => Some(n.as_str()),
            };
            s.quotations += 1;
            s.not_stated += usize::from(gold.is_none());
            let system = found
                .quotes
                .iter()
                .find(|f| f.span.start < q.span.end && q.span.start < f.span.end)
                .map(|f| f.speaker.clone())
                .ok_or(());
            s.found += usize::from(system.is_ok());
            let right = match (&system, gold) {
                (Err(()), _) => false,
                (Ok(Some(ours)), Some(theirs)) => names(ours, theirs),
                (Ok(None), None) => true,
                (Ok(Some(ours)), None) => unnamed_description(ours),
                (Ok(None), Some(_)) => false,
            };
            if right {
                s.right += 1;
            } else {
                s.misses.push(Miss {
                    article: article.label.clone(),
                    quotation: article.text[q.span.start..q.span.end].into(),
                    gold: gold.map(str::to_string),
                    system,
                });
            }
        }
    }
    s
}

/// The battery files (`*.md` but the README) of a folder, in name order.
pub fn files(dir: &Path) -> Result<Vec<PathBuf>, BatteryError> {
    let read = |e: std::io::Error| BatteryError::Read {
        path: dir.display().to_string(),
        reason: e.to_string(),
    };
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).map_err(read)? {
        let path = entry.map_err(read)?.path();
        let stem = path.file_stem().and_then(|s| s.to_str()).unwrap_or("");
        if path.extension().is_some_and(|e| e == "md") && stem != "README" {
            files.push(path);
        }
    }
    files.sort();
    Ok(files)
}

/// Read, parse and score every battery of a folder.
pub fn run(dir: &Path) -> Result<Vec<BatteryScore>, BatteryError> {
    files(dir)?
        .iter()
        .map(|path| {
            let source = std::fs::read_to_string(path).map_err(|e| BatteryError::Read {
                path: path.display().to_string(),
                reason: e.to_string(),
            })?;
            let name = path
                .file_stem()
                .and_then(|s| s.to_str())
                .unwrap_or("battery");
            let file = path
                .file_name()
                .map_or_else(|| name.to_string(), |f| f.to_string_lossy().into_owned());
            Ok(score(name, &parse(&file, &source)?))
        })
        .collect()
}

/// The scores as text, a line per battery; with `details`, every miss.
pub fn render(scores: &[BatteryScore], details: bool) -> String {
    let mut out = String::new();
    let (mut right, mut total) = (0, 0);
    for s in scores {
        right += s.right;
        total += s.quotations;
        let _ = writeln!(
            out,
            "battery {}\tspeakers {:.3} ({}/{})\tfound {}/{}\t{} articles, {} quotations naming no one",
            s.name,
            s.accuracy(),
            s.right,
            s.quotations,
            s.found,
            s.quotations,
            s.articles,
            s.not_stated
        );
        if details {
            for m in &s.misses {
                let system = match &m.system {
                    Err(()) => "(no quotation found)".to_string(),
                    Ok(None) => "(no one)".to_string(),
                    Ok(Some(n)) => format!("{n:?}"),
                };
                let gold = m
                    .gold
                    .as_deref()
                    .map_or("(no one)".into(), |g| format!("{g:?}"));
                let _ = writeln!(
                    out,
                    "  {}\tgold {gold}\tsystem {system}\t{:?}",
                    m.article, m.quotation
                );
            }
        }
    }
    let _ = writeln!(
        out,
        "all batteries\tspeakers {:.3} ({right}/{total})",
        right as f64 / total.max(1) as f64
    );
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markers_are_removed_and_quotations_kept() {
        let src = "### x01\n\"We will reopen,\"[[Maria Okafor]] said Okafor. A sign read \"Closed\"[[-]].\n\n\"Who knows,\"[[null]] one neighbour said.\n";
        let a = parse("t.md", src).unwrap();
        assert_eq!(a.len(), 1);
        let text = &a[0].text;
        assert!(!text.contains("[["));
        let q = &a[0].quotations;
        assert_eq!(q.len(), 3);
        assert_eq!(&text[q[0].span.start..q[0].span.end], "We will reopen,");
        assert_eq!(q[0].speaker, GoldSpeaker::Named("Maria Okafor".into()));
        assert_eq!(q[1].speaker, GoldSpeaker::NotSpeech);
        assert_eq!(q[2].speaker, GoldSpeaker::NotStated);
    }

    #[test]
    fn a_quotation_over_paragraphs_is_one() {
        let src =
            "### x01\nShe said: \"The first part.\n\n\"The second part,\"[[Ana Lima]] Lima said.\n";
        let a = parse("t.md", src).unwrap();
        let q = &a[0].quotations;
        assert_eq!(q.len(), 1);
        let words = &a[0].text[q[0].span.start..q[0].span.end];
        assert!(words.starts_with("The first") && words.ends_with("second part,"));
    }

    #[test]
    fn format_errors_name_the_article() {
        let missing = parse("t.md", "### x02\n\"No marker here,\" he said.\n").unwrap_err();
        assert!(missing.to_string().contains("x02"), "{missing}");
        let stray = parse("t.md", "### x03\nA [[Stray]] marker.\n").unwrap_err();
        assert!(
            stray.to_string().contains("follows no closing mark"),
            "{stray}"
        );
        let open = parse("t.md", "### x04\n\"Never closed.\n").unwrap_err();
        assert!(open.to_string().contains("never closes"), "{open}");
    }

    #[test]
    fn descriptions_of_someone_unnamed_stand_for_no_one() {
        assert!(unnamed_description("one father from Hull"));
        assert!(unnamed_description("A neighbour"));
        assert!(!unnamed_description("the company"));
        assert!(!unnamed_description("Maria Okafor"));
    }
}
