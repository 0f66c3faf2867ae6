//! The committed JSON Schemas (`docs/schema/`) are the ones the types give.

use std::path::PathBuf;

fn dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../docs/schema")
}

#[test]
fn committed_schemas_match_the_types() {
    let update = std::env::var_os("CROSSCHECK_UPDATE_SCHEMA").is_some();
    let mut stale = Vec::new();
    for name in crosscheck_report::SCHEMAS {
        let schema = crosscheck_report::schema_of(name).expect("a listed schema");
        let generated = serde_json::to_string_pretty(&schema).unwrap() + "\n";
        let path = dir().join(format!("{name}.schema.json"));
        if update {
            std::fs::create_dir_all(dir()).unwrap();
            std::fs::write(&path, &generated).unwrap();
            continue;
        }
        let committed = std::fs::read_to_string(&path).unwrap_or_default();
        if committed != generated {
            stale.push(path.display().to_string());
        }
    }
    assert!(
        stale.is_empty(),
        "the committed schemas differ from the types: {stale:?}; \
         rerun with CROSSCHECK_UPDATE_SCHEMA=1 and review the diff"
    );
}

#[test]
fn the_seed_like_document_has_every_key_the_schema_requires() {
    use crosscheck_model::{Article, ArticleMeta, Origin};
    let a = Article::from_paragraphs(
        Origin::default(),
        ArticleMeta::default(),
        ["“We will not stop,” she said. Officials said it on Monday."],
    );
    let b = Article::from_paragraphs(
        Origin::default(),
        ArticleMeta::default(),
        ["“We will not stop,” she said on Monday."],
    );
    let analysis = crosscheck_pipeline::analyse(vec![a, b]);
    let doc = serde_json::to_value(crosscheck_report::compare_document(&analysis)).unwrap();
    let schema = serde_json::to_value(crosscheck_report::schema_of("compare").unwrap()).unwrap();
    let required = schema["required"].as_array().unwrap();
    for key in required {
        assert!(
            doc.get(key.as_str().unwrap()).is_some(),
            "{key} missing from the document"
        );
    }
}
