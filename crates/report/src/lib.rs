//! Reports: the public JSON documents of the contract (`CONTRACT.md`) and
//! the human-readable terminal report.
//!
//! This is the only place where offsets become the contract's `char` offsets
//! and where article ids (`a1`, `a2`, ...) and sentence ids (`a1.s1`) are
//! given out, in input order.
//!
//! ```
//! use crosscheck_model::{Article, ArticleMeta, Origin};
//! let a = Article::from_paragraphs(Origin::default(), ArticleMeta::default(), ["“Hi.” Bye."]);
//! let analysis = crosscheck_pipeline::analyse(vec![a]);
//! let doc = crosscheck_report::compare_document(&analysis);
//! let json = serde_json::to_value(&doc).unwrap();
//! assert_eq!(json["articles"][0]["sentences"][1]["id"], "a1.s2");
//! assert_eq!(json["articles"][0]["sentences"][1]["start"], 6);
//! ```

mod html;
pub mod ids;
mod json;
mod markdown;
mod schema;
pub mod summary;
mod text;
mod visible;

pub use html::{compare_html, escape_html};
pub use json::*;
pub use markdown::compare_markdown;
pub use schema::{SCHEMAS, schema_of};
pub use text::{TextOptions, WIDTH, compare_text, compare_text_with, entities_text, quotes_text};
pub use visible::visible;

/// The names a report gives the articles: each one's outlet (else its id),
/// with its id when another article of the story has the same outlet
/// ("The Times (a3)").
pub(crate) fn outlet_names(analysis: &crosscheck_pipeline::Analysis) -> Vec<String> {
    let plain: Vec<String> = (0..analysis.articles.len())
        .map(|k| outlet_plain(analysis, k))
        .collect();
    let mut count: std::collections::BTreeMap<&str, usize> = Default::default();
    for name in &plain {
        *count.entry(name.as_str()).or_default() += 1;
    }
    plain
        .iter()
        .enumerate()
        .map(|(k, name)| {
            if count[name.as_str()] > 1 {
                format!("{name} ({})", ids::ArticleId(k))
            } else {
                name.clone()
            }
        })
        .collect()
}

/// The outlet of article `k` as its metadata gives it (the outlet, else as
/// written), else its id: the contract's `outlets` entries.
pub(crate) fn outlet_plain(analysis: &crosscheck_pipeline::Analysis, k: usize) -> String {
    let m = &analysis.articles[k].meta;
    m.outlet
        .clone()
        .or_else(|| m.outlet_as_written.clone())
        .unwrap_or_else(|| ids::ArticleId(k).to_string())
}
