//! JSON and JSON Lines records.
//!
//! A record is one article: `id`, `outlet`, `url`, `title`, `dek`, `author`,
//! `published` (or the common other names of a publication date: `date`,
//! `pubDate`, `published_at`, `publishedAt`, `datePublished`, `pub_date`)
//! (all optional) and either `text` (taken exactly as given) or
//! `html` (extracted like a page). A JSON file holds one record or an array
//! of them; a JSONL file holds one record per line.

use crosscheck_model::{Article, ArticleMeta, Origin};
use serde_json::{Map, Value};

use crate::dates::parse_date;
use crate::error::Problem;
use crate::html;

/// Read one record; an `html` field's page may nest `max_depth` deep.
pub fn read_record(
    mut origin: Origin,
    value: &Value,
    max_depth: usize,
) -> Result<Article, Problem> {
    let Value::Object(map) = value else {
        return Err(Problem::malformed(
            "JSON record",
            format!("expected an object, found {}", kind(value)),
        ));
    };
    let field = |k: &str| -> Result<Option<String>, Problem> {
        match map.get(k) {
            None | Some(Value::Null) => Ok(None),
            Some(Value::String(s)) => Ok(Some(s.clone())),
            Some(Value::Number(n)) if k == "id" => Ok(Some(n.to_string())),
            Some(other) => Err(Problem::malformed(
                "JSON record",
                format!("field `{k}` should be a string, found {}", kind(other)),
            )),
        }
    };
    origin.record_id = field("id")?;
    let meta = ArticleMeta {
        outlet_as_written: field("outlet")?.filter(|s| !s.trim().is_empty()),
        url: field("url")?,
        title: field("title")?,
        dek: field("dek")?,
        author: authors(map)?,
        ..ArticleMeta::default()
    };
    let (published, date_problem) = published(map, &field)?;
    let meta = ArticleMeta {
        published,
        date_problem,
        ..meta
    };
    if let Some(text) = field("text")? {
        if text.trim().is_empty() {
            return Err(Problem::NoText(" (`text` is empty)"));
        }
        origin.format = "json";
        return Ok(Article::from_text(origin, meta, text));
    }
    if let Some(page) = field("html")? {
        origin.format = "json+html";
        let mut article = html::read(origin, &page, meta.url.as_deref(), max_depth)?;
        // What the record states wins over what the page says.
        let found = std::mem::take(&mut article.meta);
        article.meta = ArticleMeta {
            outlet_as_written: meta.outlet_as_written.or(found.outlet_as_written),
            url: meta.url.or(found.url),
            title: meta.title.or(found.title),
            dek: meta.dek.or(found.dek),
            author: meta.author.or(found.author),
            published: meta.published.or(found.published),
            // A page's own date makes up for a record's unreadable one.
            date_problem: meta
                .date_problem
                .filter(|_| found.published.is_none())
                .or(found.date_problem),
            ..found
        };
        return Ok(article);
    }
    Err(Problem::malformed(
        "JSON record",
        "no `text` or `html` field",
    ))
}

/// The names a record may give its publication date under, the contract's
/// first.
const DATE_FIELDS: &[&str] = &[
    "published",
    "date",
    "pubDate",
    "published_at",
    "publishedAt",
    "datePublished",
    "pub_date",
];

/// The publication date: the first date field the record has; or why
/// there is none though the record gives one — a value that is no date
/// this reads, or a field of another name that looks like a date's
/// ("publication_date", "created_at").
fn published(
    map: &Map<String, Value>,
    field: &dyn Fn(&str) -> Result<Option<String>, Problem>,
) -> Result<(Option<crosscheck_model::Published>, Option<String>), Problem> {
    for name in DATE_FIELDS {
        if let Some(value) = field(name)? {
            return Ok(match parse_date(&value) {
                Some(date) => (Some(date), None),
                None => (
                    None,
                    Some(format!(
                        "its `{name}` {:?} is no date crosscheck reads (ISO 8601, RFC 2822 or \"March 22, 2013\"); the article is undated",
                        value.chars().take(60).collect::<String>()
                    )),
                ),
            });
        }
    }
    // A field named like a date's (its words split at "_" and at a
    // capital: "publication_date", "createdAt"; not "publisher",
    // "candidate") whose value is a date this reads.
    let looks_like_a_date = |k: &str| {
        let mut words: Vec<String> = Vec::new();
        let mut word = String::new();
        for c in k.chars() {
            if (c == '_' || c == '-' || c.is_uppercase()) && !word.is_empty() {
                words.push(std::mem::take(&mut word));
            }
            if c != '_' && c != '-' {
                word.extend(c.to_lowercase());
            }
        }
        words.push(word);
        words.iter().any(|w| {
            matches!(
                w.as_str(),
                "date" | "published" | "publication" | "time" | "timestamp" | "created"
            )
        })
    };
    let unread = map
        .iter()
        .find(|(k, v)| {
            looks_like_a_date(k) && v.as_str().is_some_and(|d| parse_date(d).is_some())
        })
        .map(|(k, _)| {
            format!(
                "its field `{k}` is not read as the publication date (crosscheck reads `published`, or {}); the article is undated",
                DATE_FIELDS[1..]
                    .iter()
                    .map(|f| format!("`{f}`"))
                    .collect::<Vec<_>>()
                    .join(", ")
            )
        });
    Ok((None, unread))
}

fn authors(map: &Map<String, Value>) -> Result<Option<String>, Problem> {
    Ok(match map.get("author") {
        None | Some(Value::Null) => None,
        Some(Value::String(s)) => Some(s.clone()).filter(|s| !s.trim().is_empty()),
        Some(Value::Array(items)) => {
            let names: Vec<&str> = items
                .iter()
                .filter_map(|v| v.as_str().or_else(|| v.get("name").and_then(Value::as_str)))
                .collect();
            (!names.is_empty()).then(|| names.join(" and "))
        }
        Some(Value::Object(o)) => o.get("name").and_then(Value::as_str).map(str::to_string),
        Some(other) => {
            return Err(Problem::malformed(
                "JSON record",
                format!(
                    "field `author` should be a string or a list, found {}",
                    kind(other)
                ),
            ));
        }
    })
}

fn kind(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

/// The records of a JSON document: one object, or an array of objects.
pub fn records(text: &str) -> Result<Vec<Value>, Problem> {
    let value: Value = serde_json::from_str(text).map_err(|e| Problem::malformed("JSON", e))?;
    Ok(match value {
        Value::Array(items) => items,
        other => vec![other],
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn text_is_kept_exactly() {
        for name in ["date", "pubDate", "published_at", "datePublished"] {
            let v = json!({"text": "One.", name: "2023-04-13"});
            let a = read_record(Origin::default(), &v, 100).unwrap();
            assert!(a.meta.published.is_some(), "{name}");
        }
        let v = json!({"id": 7, "outlet": "NY Times", "published": "2023-04-13", "text": "  First.\n\nSecond.  ", "author": ["A B", {"name": "C D"}]});
        let a = read_record(Origin::default(), &v, 100).unwrap();
        assert_eq!(a.text, "  First.\n\nSecond.  ");
        assert_eq!(a.origin.record_id.as_deref(), Some("7"));
        assert_eq!(a.meta.author.as_deref(), Some("A B and C D"));
        assert_eq!(a.paragraphs.len(), 2);
    }

    #[test]
    fn a_date_not_read_says_why() {
        let v = json!({"text": "One.", "date": "last Tuesday"});
        let a = read_record(Origin::default(), &v, 100).unwrap();
        assert!(a.meta.published.is_none());
        let why = a.meta.date_problem.unwrap();
        assert!(why.contains("`date` \"last Tuesday\" is no date"), "{why}");
        let v = json!({"text": "One.", "publication_date": "2013-03-22"});
        let a = read_record(Origin::default(), &v, 100).unwrap();
        let why = a.meta.date_problem.unwrap();
        assert!(why.contains("`publication_date` is not read"), "{why}");
        let v = json!({"text": "One.", "date": "2013-03-22", "updated_date": "2013-03-23"});
        let a = read_record(Origin::default(), &v, 100).unwrap();
        assert!(a.meta.published.is_some() && a.meta.date_problem.is_none());
        let v = json!({"text": "One."});
        let a = read_record(Origin::default(), &v, 100).unwrap();
        assert!(a.meta.date_problem.is_none());
        // Names that only hold the letters of one, or a value no date.
        for (k, v) in [
            ("publisher", "Reuters"),
            ("candidate", "2013-03-22"),
            ("createdAt", "soon"),
        ] {
            let v = json!({"text": "One.", k: v});
            let a = read_record(Origin::default(), &v, 100).unwrap();
            assert!(a.meta.date_problem.is_none(), "{k}");
        }
        let v = json!({"text": "One.", "createdAt": "2013-03-22"});
        let a = read_record(Origin::default(), &v, 100).unwrap();
        assert!(a.meta.date_problem.is_some());
    }

    #[test]
    fn bad_records_say_why() {
        let e = read_record(Origin::default(), &json!({"title": 3, "text": "x"}), 100).unwrap_err();
        assert_eq!(
            e.to_string(),
            "malformed JSON record: field `title` should be a string, found a number"
        );
        let e = read_record(Origin::default(), &json!({"title": "t"}), 100).unwrap_err();
        assert!(e.to_string().contains("no `text` or `html`"));
        assert!(read_record(Origin::default(), &json!([1]), 100).is_err());
    }
}
