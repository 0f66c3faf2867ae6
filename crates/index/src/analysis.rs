//! What the index reads of a stored analysis document (the JSON of
//! `compare`): its sentences, claims, quotations and entities, each as
//! typed as the report writes it, and what a hit of each kind shows.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

/// The parts of an analysis document the index reads.
#[derive(Debug, Deserialize)]
pub(crate) struct AnalysisDoc {
    #[serde(default)]
    articles: Vec<ArticleDoc>,
    #[serde(default)]
    claims: Vec<ClaimDoc>,
    #[serde(default)]
    quotes: Vec<QuoteDoc>,
    #[serde(default)]
    entities: Vec<EntityDoc>,
}

#[derive(Debug, Deserialize)]
struct ArticleDoc {
    id: String,
    outlet: Option<String>,
    #[serde(default)]
    sentences: Vec<SentenceDoc>,
}

#[derive(Debug, Deserialize)]
struct SentenceDoc {
    id: String,
    text: String,
}

#[derive(Debug, Deserialize)]
struct ClaimDoc {
    id: String,
    statements: Vec<String>,
    outlets: Vec<String>,
}

#[derive(Debug, Deserialize)]
struct QuoteDoc {
    id: String,
    article: String,
    sentence: String,
    speaker: Option<String>,
    text: String,
}

#[derive(Debug, Deserialize)]
struct EntityDoc {
    id: String,
    name: String,
    #[serde(rename = "type")]
    kind: String,
    aliases: Vec<String>,
    articles: Vec<String>,
    mentions: Vec<MentionDoc>,
    /// `asserted` or `possible` (absent from analyses written before it).
    #[serde(default)]
    confidence: Option<String>,
}

#[derive(Debug, Deserialize)]
struct MentionDoc {
    sentence: String,
}

/// One document of a story's analysis to index: what is searched and what
/// a hit shows.
#[derive(Debug)]
pub(crate) struct Item {
    /// `claim`, `quote` or `entity`.
    pub kind: &'static str,
    /// Its id in the analysis (`c1`, `q1`, `e1`).
    pub id: String,
    /// Searched as the text.
    pub text: String,
    /// Searched as the words quoted.
    pub quoted: String,
    /// Searched as names (each a value).
    pub names: Vec<String>,
    /// Searched as the outlets.
    pub outlets: String,
    /// What a hit shows.
    pub shown: Shown,
}

/// What a hit of an analysis shows (stored with it as JSON).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub(crate) enum Shown {
    Claim {
        text: String,
        outlets: String,
        sentence: Option<String>,
    },
    Quote {
        text: String,
        speaker: Option<String>,
        outlet: Option<String>,
        sentence: String,
    },
    Entity {
        name: String,
        #[serde(rename = "type")]
        kind: String,
        aliases: Vec<String>,
        articles: usize,
        sentence: Option<String>,
        /// Whether the report shows it as possible only (absent from
        /// documents indexed before it: asserted).
        #[serde(default)]
        possible: bool,
    },
}

impl AnalysisDoc {
    /// The claims, quotations and entities of the analysis, as indexed.
    pub(crate) fn items(&self) -> Vec<Item> {
        let sentences: HashMap<&str, &str> = self
            .articles
            .iter()
            .flat_map(|a| &a.sentences)
            .map(|s| (s.id.as_str(), s.text.as_str()))
            .collect();
        let outlets: HashMap<&str, Option<&str>> = self
            .articles
            .iter()
            .map(|a| (a.id.as_str(), a.outlet.as_deref()))
            .collect();
        let mut items = Vec::new();
        for c in &self.claims {
            let mut texts: Vec<&str> = Vec::new();
            for s in &c.statements {
                if let Some(&t) = sentences.get(s.as_str())
                    && !texts.contains(&t)
                {
                    texts.push(t);
                }
            }
            let text = texts.join(" … ");
            let outlets = c.outlets.join(", ");
            items.push(Item {
                kind: "claim",
                id: c.id.clone(),
                text: text.clone(),
                quoted: String::new(),
                names: Vec::new(),
                outlets: outlets.clone(),
                shown: Shown::Claim {
                    text,
                    outlets,
                    sentence: c.statements.first().cloned(),
                },
            });
        }
        for q in &self.quotes {
            let outlet = outlets
                .get(q.article.as_str())
                .copied()
                .flatten()
                .map(str::to_string);
            items.push(Item {
                kind: "quote",
                id: q.id.clone(),
                text: String::new(),
                quoted: q.text.clone(),
                names: q.speaker.iter().cloned().collect(),
                outlets: outlet.clone().unwrap_or_default(),
                shown: Shown::Quote {
                    text: q.text.clone(),
                    speaker: q.speaker.clone(),
                    outlet,
                    sentence: q.sentence.clone(),
                },
            });
        }
        for e in &self.entities {
            let mut names = vec![e.name.clone()];
            names.extend(e.aliases.iter().filter(|a| **a != e.name).cloned());
            items.push(Item {
                kind: "entity",
                id: e.id.clone(),
                text: String::new(),
                quoted: String::new(),
                names,
                outlets: String::new(),
                shown: Shown::Entity {
                    name: e.name.clone(),
                    kind: e.kind.clone(),
                    aliases: e.aliases.clone(),
                    articles: e.articles.len(),
                    sentence: e.mentions.first().map(|m| m.sentence.clone()),
                    possible: e.confidence.as_deref() == Some("possible"),
                },
            });
        }
        items
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn claims_quotes_and_entities_are_read_from_an_analysis() {
        let json = r#"{
          "articles": [
            {"id": "a1", "outlet": "Daily Star", "sentences": [{"id": "a1.s1", "text": "The dam burst on Monday."}]},
            {"id": "a2", "outlet": null, "sentences": [{"id": "a2.s1", "text": "The dam burst, officials said."}]}
          ],
          "claims": [{"id": "c1", "statements": ["a1.s1", "a2.s1"], "outlets": ["Daily Star", "a2"]}],
          "quotes": [{"id": "q1", "article": "a2", "sentence": "a2.s1", "speaker": "Dana Wells", "text": "no warning at all"}],
          "entities": [{"id": "e1", "name": "Dana Wells", "type": "PERSON", "aliases": ["Dana Wells", "Wells"],
                        "articles": ["a2"], "mentions": [{"sentence": "a2.s1"}]}],
          "derivation": []
        }"#;
        let doc: AnalysisDoc = serde_json::from_str(json).unwrap();
        let items = doc.items();
        assert_eq!(items.len(), 3);
        assert_eq!(
            items[0].text,
            "The dam burst on Monday. … The dam burst, officials said."
        );
        assert_eq!(items[0].outlets, "Daily Star, a2");
        assert_eq!(items[1].quoted, "no warning at all");
        assert_eq!(items[1].names, vec!["Dana Wells".to_string()]);
        assert_eq!(
            items[1].shown,
            Shown::Quote {
                text: "no warning at all".into(),
                speaker: Some("Dana Wells".into()),
                outlet: None,
                sentence: "a2.s1".into()
            }
        );
        assert_eq!(items[2].names, vec!["Dana Wells", "Wells"]);
    }
}
