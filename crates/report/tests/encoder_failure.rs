//! A sentence model that fails is reported, never hidden: the alignment
//! falls back to lexical evidence and every report says why.

use crosscheck_model::{Article, ArticleMeta, Origin};
use crosscheck_pipeline::{EncoderError, SentenceEncoder, Settings};

/// An encoder whose every call fails, as a model with a broken weight file
/// or an exhausted device would.
struct Failing;

impl SentenceEncoder for Failing {
    fn name(&self) -> String {
        "failing test model".to_string()
    }

    fn encode(&self, _: &[&str]) -> Result<Vec<Vec<f32>>, EncoderError> {
        Err(EncoderError("the device ran out of memory".to_string()))
    }
}

fn story() -> Vec<Article> {
    let a = Article::from_paragraphs(
        Origin::default(),
        ArticleMeta::default(),
        [
            "The minister met army commanders in Managua on Thursday to discuss military cooperation and trade.",
        ],
    );
    let b = Article::from_paragraphs(
        Origin::default(),
        ArticleMeta::default(),
        [
            "Army commanders told the visiting minister that cooperation could counter foreign influence in the region.",
        ],
    );
    vec![a, b]
}

#[test]
fn a_failing_model_is_shown_in_json_and_text() {
    let analysis = crosscheck_pipeline::analyse_with(story(), Some(&Failing), &Settings::default());
    let failure = analysis
        .model_use
        .failure
        .as_ref()
        .expect("the failure is recorded");
    assert!(failure.0.contains("out of memory"));
    assert_eq!(analysis.model_use.judged_pairs, 0);
    assert!(
        analysis.model_use.open_pairs > 0,
        "the story must leave pairs open"
    );

    let json = serde_json::to_value(crosscheck_report::compare_document(&analysis)).unwrap();
    assert_eq!(json["sentence_model"], "failing test model");
    assert_eq!(
        json["sentence_model_use"]["failure"],
        "the device ran out of memory"
    );

    let text = crosscheck_report::compare_text(&analysis);
    assert!(
        text.contains("lexical only: the sentence model (failing test model) failed")
            && text.contains("the device ran out of memory"),
        "{text}"
    );
    let html = crosscheck_report::compare_html(&analysis);
    assert!(html.contains("the device ran out of memory"));
}

#[test]
fn a_working_model_reports_no_failure() {
    struct Constant;
    impl SentenceEncoder for Constant {
        fn name(&self) -> String {
            "constant".to_string()
        }
        fn encode(&self, s: &[&str]) -> Result<Vec<Vec<f32>>, EncoderError> {
            Ok(s.iter().map(|_| vec![1.0, 0.0]).collect())
        }
    }
    let analysis =
        crosscheck_pipeline::analyse_with(story(), Some(&Constant), &Settings::default());
    assert_eq!(analysis.model_use.failure, None);
    let json = serde_json::to_value(crosscheck_report::compare_document(&analysis)).unwrap();
    assert!(json["sentence_model_use"].get("failure").is_none());
}
