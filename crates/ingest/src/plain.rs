//! Plain text as pasted from a web page.
//!
//! A paste carries the page around the story: navigation words, a "Source:"
//! line, a date line, a dateline ("The Cradle, April 14, 2023 —"), the title
//! and dek, a byline, and after the story an author bio, a comment form or
//! related links. The reader splits the paste into blocks, reads the header
//! blocks into metadata, cuts the footer, and keeps the rest as the story.

use crosscheck_model::{Article, ArticleMeta, Origin};
use crosscheck_text::normalize;

use crate::boilerplate::{Role, byline, is_bio, is_prose, role};
use crate::dates::{date_line, parse_date};
use crate::error::Problem;

/// The longest block that can be a title.
const MAX_TITLE_CHARS: usize = 250;
/// The longest block that can be a dek when no byline follows it.
const MAX_DEK_CHARS: usize = 200;

/// Read a pasted page.
pub fn read(origin: Origin, text: &str) -> Result<Article, Problem> {
    let blocks = blocks(text);
    let mut meta = ArticleMeta::default();
    let mut i = 0;
    let mut title_seen = false;
    let mut dek: Option<String> = None;
    let mut body_start_override: Option<String> = None;

    // Header: everything before the first block of story text.
    while i < blocks.len() {
        let block = blocks[i];
        let line = normalize(block).text;
        let line = line.trim();
        if role(line) == Role::Furniture && line.split_whitespace().count() <= 6 {
            i += 1;
            continue;
        }
        if let Some(source) = source_line(line) {
            meta.outlet_as_written.get_or_insert(source.to_string());
            i += 1;
            continue;
        }
        if (line.starts_with("http://") || line.starts_with("https://"))
            && !line.contains(char::is_whitespace)
        {
            meta.url.get_or_insert(line.to_string());
            i += 1;
            continue;
        }
        if let Some(date) = date_line(line) {
            meta.published.get_or_insert(date);
            i += 1;
            continue;
        }
        if let Some((outlet, date, rest)) = dateline(block) {
            meta.outlet_as_written.get_or_insert(outlet);
            meta.published.get_or_insert(date);
            if !rest.is_empty() {
                body_start_override = Some(rest);
                break;
            }
            i += 1;
            continue;
        }
        if let Some(names) = byline(line) {
            meta.author.get_or_insert(names);
            i += 1;
            continue;
        }
        let chars = block.chars().count();
        if !title_seen && chars <= MAX_TITLE_CHARS && i + 1 < blocks.len() {
            meta.title = Some(block.trim().to_string());
            title_seen = true;
            i += 1;
            continue;
        }
        if title_seen && dek.is_none() && meta.author.is_none() && i + 1 < blocks.len() {
            // A dek stands between the title and a byline, or is a short
            // single sentence followed by a longer paragraph.
            let byline_follows = blocks[i + 1..]
                .iter()
                .take(3)
                .any(|b| byline(&normalize(b).text).is_some());
            let short_single = chars <= MAX_DEK_CHARS
                && crosscheck_text::sentence_spans(block).len() == 1
                && blocks[i + 1].chars().count() > chars;
            if byline_follows && chars <= 2 * MAX_TITLE_CHARS || short_single {
                dek = Some(block.trim().to_string());
                i += 1;
                continue;
            }
        }
        break;
    }
    meta.dek = dek;

    // Footer: cut at the first stop line, then trailing furniture, credits and bios.
    let mut body: Vec<String> = body_start_override.into_iter().collect();
    let start = if body.is_empty() { i } else { i + 1 };
    let roles: Vec<Role> = blocks.iter().map(|b| role(b)).collect();
    let mut end = blocks.len();
    for (j, &r) in roles.iter().enumerate().skip(start) {
        let story_follows = || blocks[j + 1..].iter().any(|b| is_prose(b));
        if r == Role::Stop || (r == Role::Section && !story_follows()) {
            end = j;
            break;
        }
    }
    while end > start {
        let last = blocks[end - 1];
        let r = roles[end - 1];
        if matches!(r, Role::Furniture | Role::Trailer) || is_bio(last, meta.author.as_deref()) {
            end -= 1;
        } else {
            break;
        }
    }
    body.extend(
        (start..end.max(start))
            .filter(|&j| !matches!(roles[j], Role::Furniture | Role::Section))
            .map(|j| blocks[j].to_string()),
    );
    if body.is_empty() {
        return Err(Problem::NoText(" (only page furniture and metadata)"));
    }
    Ok(Article::from_paragraphs(origin, meta, body))
}

/// Split a paste into blocks: paragraphs separated by blank lines, or single
/// lines when the paste has one paragraph per line.
fn blocks(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    for para in text.split("\n\n").flat_map(|p| p.split("\r\n\r\n")) {
        let lines: Vec<&str> = para
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .collect();
        if lines.len() <= 1 || !hard_wrapped(&lines) {
            out.extend(lines);
        } else {
            out.push(para.trim());
        }
    }
    out
}

/// Lines of one paragraph wrapped at a fixed width: similar lengths, most not
/// ending a sentence.
fn hard_wrapped(lines: &[&str]) -> bool {
    let body = &lines[..lines.len() - 1];
    let wrapped = body
        .iter()
        .filter(|l| {
            (40..=100).contains(&l.chars().count()) && !l.ends_with(['.', '!', '?', '"', '”', ':'])
        })
        .count();
    wrapped * 2 > body.len()
}

/// "Source: NY Times", "Publication: Reuters".
fn source_line(line: &str) -> Option<&str> {
    let (label, value) = line.split_once(':')?;
    let label = label.trim().to_lowercase();
    let value = value.trim();
    (matches!(
        label.as_str(),
        "source" | "publication" | "publisher" | "outlet" | "via"
    ) && !value.is_empty()
        && value.split_whitespace().count() <= 6)
        .then_some(value)
}

/// A dateline with an outlet and a date: "The Cradle, April 14, 2023 —",
/// possibly followed by the first words of the story.
fn dateline(block: &str) -> Option<(String, crosscheck_model::Published, String)> {
    let dash = block.find(['—', '–']).or_else(|| block.find(" - "))?;
    let head = block[..dash].trim();
    let rest = block[dash..]
        .trim_start_matches(['—', '–', '-', ' '])
        .trim();
    let (outlet, date) = head.split_once(',')?;
    let date = parse_date(date.trim())?;
    let outlet = outlet.trim();
    if outlet.is_empty()
        || outlet.split_whitespace().count() > 6
        || outlet.chars().any(|c| c.is_ascii_digit())
    {
        return None;
    }
    Some((outlet.to_string(), date, rest.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn article(text: &str) -> Article {
        read(Origin::default(), text).unwrap()
    }

    #[test]
    fn header_and_footer() {
        let a = article(
            "top of page\n\nSource: NY Times\n\nApr 13, 2023\n\nA Title Here\n\nThe dek line.\n\nBy Jane Doe\n\nFirst paragraph of the story.\n\nSecond paragraph.\n\nJane Doe is a reporter covering things.\n\nbottom of page",
        );
        assert_eq!(a.meta.outlet_as_written.as_deref(), Some("NY Times"));
        assert_eq!(a.meta.published.unwrap().date.to_string(), "2023-04-13");
        assert_eq!(a.meta.title.as_deref(), Some("A Title Here"));
        assert_eq!(a.meta.dek.as_deref(), Some("The dek line."));
        assert_eq!(a.meta.author.as_deref(), Some("Jane Doe"));
        assert_eq!(a.text, "First paragraph of the story.\n\nSecond paragraph.");
    }

    #[test]
    fn dateline_and_comment_form() {
        let a = article(
            "Headline: with colon\n\nThe Cradle, April 14, 2023 —\n\nShort dek here.\n\nA much longer first paragraph of the story that goes on.\n\nLast one.\n\nLeave a Reply\n\nYour email address will not be published.",
        );
        assert_eq!(a.meta.outlet_as_written.as_deref(), Some("The Cradle"));
        assert_eq!(a.meta.dek.as_deref(), Some("Short dek here."));
        assert_eq!(
            a.text,
            "A much longer first paragraph of the story that goes on.\n\nLast one."
        );
    }

    #[test]
    fn only_furniture_is_an_error() {
        assert!(read(Origin::default(), "top of page\n\nbottom of page").is_err());
    }
}
