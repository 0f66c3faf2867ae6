//! The article: metadata, story text, paragraphs and sentences.

use crate::Span;

/// Where an article came from.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Origin {
    /// The input as the user named it (a path, `-` for standard input), plus
    /// the member inside it for containers (`feed.xml#3`, `crawl.warc.gz@1234`).
    pub source: String,
    /// The record's own id (JSON `id`, feed entry id, WARC record id), if any.
    pub record_id: Option<String>,
    /// Which reader produced the article (`text`, `html`, `json`, `feed`, `warc`).
    pub format: &'static str,
}

/// A publication date with its precision.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Published {
    /// The calendar date.
    pub date: chrono::NaiveDate,
    /// The time of day in UTC when the source gave one.
    pub time: Option<chrono::NaiveTime>,
}

/// Everything about an article except its text.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ArticleMeta {
    /// The outlet's canonical name ("The New York Times"), from the outlet table.
    pub outlet: Option<String>,
    /// The outlet as the input wrote it ("NY Times", "nytimes.com").
    pub outlet_as_written: Option<String>,
    /// Canonical URL of the article.
    pub url: Option<String>,
    /// Headline.
    pub title: Option<String>,
    /// Standfirst / subheading.
    pub dek: Option<String>,
    /// Byline, names only ("Vivian Yee"; several joined by " and ").
    pub author: Option<String>,
    /// Publication date.
    pub published: Option<Published>,
    /// ISO 639-1 code of the detected language ("en"), when detection is reliable.
    pub language: Option<String>,
    /// Why the input's publication date was not read, when it gave one
    /// ("its `date` \"last Tuesday\" is no date crosscheck reads"): the
    /// article is undated, and the command line says so. Not stored.
    pub date_problem: Option<String>,
}

/// One sentence of an article: a span of its story text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sentence {
    /// Bytes of the story text.
    pub span: Span,
    /// Index of the paragraph that holds it.
    pub paragraph: usize,
}

/// An article after ingest: metadata, the story text (headers, bylines, bios
/// and boilerplate removed), its paragraphs and, after the text stage, its
/// sentences.
///
/// **Invariant:** every paragraph and sentence span lies inside `text`, on
/// `char` boundaries, in order and without overlap.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Article {
    /// Where it came from.
    pub origin: Origin,
    /// Metadata.
    pub meta: ArticleMeta,
    /// The story text; paragraphs are separated by a blank line.
    pub text: String,
    /// Paragraph spans of `text`.
    pub paragraphs: Vec<Span>,
    /// Sentence spans of `text` (empty until the text stage ran).
    pub sentences: Vec<Sentence>,
}

impl Article {
    /// Build an article from paragraphs of story text: they are trimmed, empty
    /// ones dropped, and joined with a blank line.
    pub fn from_paragraphs<I, S>(origin: Origin, meta: ArticleMeta, paragraphs: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: AsRef<str>,
    {
        let mut text = String::new();
        let mut spans = Vec::new();
        for p in paragraphs {
            let p = p.as_ref().trim();
            if p.is_empty() {
                continue;
            }
            if !text.is_empty() {
                text.push_str("\n\n");
            }
            let start = text.len();
            text.push_str(p);
            spans.push(Span::new(start, text.len()));
        }
        Article {
            origin,
            meta,
            text,
            paragraphs: spans,
            sentences: Vec::new(),
        }
    }

    /// Build an article whose story text is `text` exactly as given (as for a
    /// JSON record's `text`): paragraphs are the runs of text between blank
    /// lines, trimmed, but the text itself is not changed.
    pub fn from_text(origin: Origin, meta: ArticleMeta, text: String) -> Self {
        let paragraphs = paragraph_spans(&text);
        Article {
            origin,
            meta,
            text,
            paragraphs,
            sentences: Vec::new(),
        }
    }

    /// The text of a span of this article.
    pub fn slice(&self, span: Span) -> &str {
        span.slice(&self.text)
    }
}

/// The trimmed, non-empty runs of `text` between blank lines.
pub fn paragraph_spans(text: &str) -> Vec<Span> {
    let mut spans = Vec::new();
    let mut start = 0;
    let mut push = |from: usize, to: usize| {
        let piece = &text[from..to];
        let lead = piece.len() - piece.trim_start().len();
        let trail = piece.len() - piece.trim_end().len();
        if lead + trail < piece.len() {
            spans.push(Span::new(from + lead, to - trail));
        }
    };
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'\n' {
            // A blank line: a newline, optional horizontal space, a newline.
            let mut j = i + 1;
            while j < bytes.len() && matches!(bytes[j], b' ' | b'\t' | b'\r') {
                j += 1;
            }
            if j < bytes.len() && bytes[j] == b'\n' {
                push(start, i);
                start = j + 1;
                i = j + 1;
                continue;
            }
        }
        i += 1;
    }
    push(start, text.len());
    spans
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paragraphs_are_trimmed_and_joined() {
        let a = Article::from_paragraphs(
            Origin::default(),
            ArticleMeta::default(),
            [" One. ", "", "Two."],
        );
        assert_eq!(a.text, "One.\n\nTwo.");
        assert_eq!(a.slice(a.paragraphs[1]), "Two.");
    }

    #[test]
    fn text_is_kept_verbatim() {
        let text = "  One.\r\n \r\nTwo.\nstill two.\n\n\n".to_string();
        let a = Article::from_text(Origin::default(), ArticleMeta::default(), text.clone());
        assert_eq!(a.text, text);
        let paras: Vec<&str> = a.paragraphs.iter().map(|p| a.slice(*p)).collect();
        assert_eq!(paras, ["One.", "Two.\nstill two."]);
    }
}
