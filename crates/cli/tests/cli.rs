//! The command line as a user meets it: outputs per the contract, snapshots
//! of the reports, exit codes and error lines.

use std::path::PathBuf;

use assert_cmd::Command;
use serde_json::Value;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn seeds() -> Vec<String> {
    ["000_690e2b9d6d846f06.txt", "001_4375f67bd4bb9fb1.txt"]
        .iter()
        .map(|f| format!("examples/{f}"))
        .collect()
}

/// Standard output read as JSON Lines.
fn json_lines(stdout: &[u8]) -> Vec<Value> {
    std::str::from_utf8(stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

fn crosscheck() -> Command {
    let mut cmd = Command::cargo_bin("crosscheck").unwrap();
    cmd.current_dir(root()).env_remove("CROSSCHECK_DATA");
    cmd
}

#[test]
fn compare_json_follows_the_contract() {
    let out = crosscheck()
        .args(["compare", "--lexical"])
        .args(seeds())
        .args(["--format", "json"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(out.stderr.is_empty());
    let doc: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(doc["schema"], "crosscheck.compare/1");
    for key in [
        "articles",
        "alignments",
        "only_in",
        "derivation",
        "quotes",
        "attributions",
        "claims",
        "framing",
        "entities",
        "timeline",
    ] {
        assert!(doc.get(key).is_some(), "missing `{key}`");
    }
    let articles = doc["articles"].as_array().unwrap();
    assert_eq!(articles.len(), 2);
    assert_eq!(articles[0]["id"], "a1");
    assert_eq!(articles[1]["id"], "a2");
    for a in articles {
        let text: Vec<char> = a["text"].as_str().unwrap().chars().collect();
        for (i, s) in a["sentences"].as_array().unwrap().iter().enumerate() {
            assert_eq!(s["id"], format!("{}.s{}", a["id"].as_str().unwrap(), i + 1));
            let (start, end) = (
                s["start"].as_u64().unwrap() as usize,
                s["end"].as_u64().unwrap() as usize,
            );
            let slice: String = text[start..end].iter().collect();
            assert_eq!(slice, s["text"].as_str().unwrap());
        }
    }
    insta::assert_json_snapshot!("compare_seed_pair", doc);
}

#[test]
fn compare_text_report() {
    let out = crosscheck()
        .args(["compare", "--lexical"])
        .args(seeds())
        .output()
        .unwrap();
    assert!(out.status.success());
    insta::assert_snapshot!(
        "compare_seed_pair_text",
        String::from_utf8(out.stdout).unwrap()
    );
}

/// The answers alone, and the same answers in Markdown (no colour in a
/// pipe: the output here is not a terminal).
#[test]
fn compare_brief_and_markdown_reports() {
    let out = crosscheck()
        .args(["compare", "--lexical", "--brief"])
        .args(seeds())
        .output()
        .unwrap();
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(!text.contains('\u{1b}'), "no colour in a pipe");
    assert!(!text.contains("In detail"));
    insta::assert_snapshot!("compare_seed_pair_brief", text);
    let out = crosscheck()
        .args(["compare", "--lexical", "--format", "md"])
        .args(seeds())
        .output()
        .unwrap();
    assert!(out.status.success());
    insta::assert_snapshot!(
        "compare_seed_pair_markdown",
        String::from_utf8(out.stdout).unwrap()
    );
}

#[test]
fn entities_command_on_the_seed_pair() {
    let out = crosscheck().arg("entities").args(seeds()).output().unwrap();
    assert!(out.status.success());
    insta::assert_snapshot!(
        "entities_seed_pair_text",
        String::from_utf8(out.stdout).unwrap()
    );
    let out = crosscheck()
        .args(["entities", "--format", "json"])
        .args(seeds())
        .output()
        .unwrap();
    assert!(out.status.success());
    let doc: Value = serde_json::from_slice(&out.stdout).unwrap();
    for key in ["articles", "entities", "timeline"] {
        assert!(doc[key].is_array(), "{key}");
    }
    let entities = doc["entities"].as_array().unwrap();
    let daniel = entities
        .iter()
        .find(|e| e["name"] == "Daniel Ortega")
        .unwrap();
    assert_eq!(daniel["type"], "PERSON");
    assert!(entities.iter().any(|e| e["name"] == "Laureano Ortega"));
    // The Cradle's "Iran's top diplomat" is the foreign minister it names.
    let minister = entities
        .iter()
        .find(|e| e["name"].as_str().unwrap().starts_with("Hossein Amir"))
        .unwrap();
    assert!(
        minister["aliases"]
            .as_array()
            .unwrap()
            .iter()
            .any(|a| a == "Iran’s top diplomat")
    );
    // Mentions carry character offsets into each article's text.
    let articles = doc["articles"].as_array().unwrap();
    for e in entities {
        for m in e["mentions"].as_array().unwrap() {
            let k: usize = m["article"].as_str().unwrap()[1..].parse().unwrap();
            let text = articles[k - 1]["text"].as_str().unwrap();
            let (start, end) = (
                m["start"].as_u64().unwrap() as usize,
                m["end"].as_u64().unwrap() as usize,
            );
            let written: String = text.chars().skip(start).take(end - start).collect();
            assert_eq!(written, m["text"].as_str().unwrap());
        }
    }
}

#[test]
fn quotes_command_on_the_seed_pair() {
    let out = crosscheck().arg("quotes").args(seeds()).output().unwrap();
    assert!(out.status.success());
    insta::assert_snapshot!(
        "quotes_seed_pair_text",
        String::from_utf8(out.stdout).unwrap()
    );
    let out = crosscheck()
        .args(["quotes", "--format", "json"])
        .args(seeds())
        .output()
        .unwrap();
    assert!(out.status.success());
    let doc: Value = serde_json::from_slice(&out.stdout).unwrap();
    let quotes = doc["quotes"].as_array().unwrap();
    // The Times quotes "perceived U.S. efforts …"; The Cradle drops the hedge.
    let altered = quotes
        .iter()
        .find(|q| q["text"].as_str().unwrap().starts_with("perceived"))
        .unwrap();
    let variant = &altered["variants"][0];
    assert_eq!(variant["verdict"], "altered");
    assert_eq!(variant["material"], true);
    assert!(
        variant["changes"]
            .as_array()
            .unwrap()
            .iter()
            .any(|c| c["kind"] == "hedge_removed" && c["a"] == "perceived")
    );
    // Offsets are characters of the article text.
    let text = doc["articles"][0]["text"].as_str().unwrap();
    let (start, end) = (
        altered["start"].as_u64().unwrap() as usize,
        altered["end"].as_u64().unwrap() as usize,
    );
    let quoted: String = text.chars().skip(start).take(end - start).collect();
    assert_eq!(quoted, altered["text"].as_str().unwrap());
    assert!(!doc["attributions"].as_array().unwrap().is_empty());
}

#[test]
fn extract_jsonl_one_line_per_article() {
    let out = crosscheck().arg("extract").args(seeds()).output().unwrap();
    assert!(out.status.success());
    let lines: Vec<Value> = json_lines(&out.stdout);
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0]["outlet"], "The New York Times");
    assert_eq!(lines[0]["outlet_as_written"], "NY Times");
    assert_eq!(lines[1]["outlet"], "The Cradle");
}

#[test]
fn a_date_not_read_is_said_once_and_the_article_kept_undated() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("dated.jsonl");
    std::fs::write(
        &path,
        "{\"id\":\"r1\",\"publication_date\":\"2013-03-22\",\"text\":\"One. Two.\"}\n\
         {\"id\":\"r2\",\"date\":\"last Tuesday\",\"text\":\"Three. Four.\"}\n\
         {\"id\":\"r3\",\"pubDate\":\"Fri, 22 Mar 2013 10:00:00 GMT\",\"text\":\"Five.\"}\n",
    )
    .unwrap();
    let out = crosscheck().arg("extract").arg(&path).output().unwrap();
    assert!(out.status.success());
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert_eq!(stderr.lines().count(), 2, "{stderr}");
    assert!(
        stderr.contains("(record r1): its field `publication_date` is not read"),
        "{stderr}"
    );
    assert!(
        stderr.contains("(record r2): its `date` \"last Tuesday\" is no date"),
        "{stderr}"
    );
    let lines: Vec<Value> = json_lines(&out.stdout);
    assert_eq!(lines.len(), 3);
    assert!(lines[0]["published"].is_null() && lines[1]["published"].is_null());
    assert_eq!(lines[2]["published"], "2013-03-22");
}

#[test]
fn json_record_text_is_kept_exactly_and_ids_are_stable() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("records.jsonl");
    std::fs::write(
        &path,
        "{\"id\":\"r1\",\"outlet\":\"Reuters\",\"text\":\"  Mr. Smith left.  He came back.\"}\n\
         not json\n\
         {\"id\":\"r2\",\"outlet\":\"AP\",\"published\":\"2023-04-13\",\"text\":\"Second record.\"}\n",
    )
    .unwrap();
    let out = crosscheck().arg("extract").arg(&path).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(
        stderr.contains("records.jsonl:2: malformed JSON"),
        "{stderr}"
    );
    let lines: Vec<Value> = json_lines(&out.stdout);
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0]["text"], "  Mr. Smith left.  He came back.");
    assert_eq!(lines[0]["record_id"], "r1");
    assert_eq!(lines[0]["sentences"][0]["start"], 2);
    assert_eq!(lines[1]["id"], "a2");
    assert_eq!(lines[1]["published"], "2023-04-13");
}

#[test]
fn exit_codes() {
    // A missing input among good ones: 1, named on stderr, the rest processed.
    let out = crosscheck()
        .args(["compare", "--lexical"])
        .args(seeds())
        .arg("missing.txt")
        .args(["--format", "json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        String::from_utf8(out.stderr).unwrap(),
        "error: missing.txt: no such file or directory\n"
    );
    let doc: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(doc["articles"].as_array().unwrap().len(), 2);
    // Nothing processed: 2.
    let out = crosscheck()
        .args(["compare", "missing.txt"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    // Usage error: 2.
    let out = crosscheck()
        .args(["compare", "--lexical"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn standard_input() {
    let text = std::fs::read(root().join(&seeds()[1])).unwrap();
    let out = crosscheck()
        .args(["extract", "-"])
        .write_stdin(text)
        .output()
        .unwrap();
    assert!(out.status.success());
    let line: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(line["outlet"], "The Cradle");
    assert_eq!(line["source_file"], "-");
}

#[test]
fn ingest_is_idempotent_and_stories_say_how_they_were_formed() {
    let data = tempfile::tempdir().unwrap();
    for expected in ["2 articles added, 0 already", "0 articles added, 2 already"] {
        let out = crosscheck()
            .arg("ingest")
            .arg("examples")
            .arg("--data")
            .arg(data.path())
            .output()
            .unwrap();
        assert!(out.status.success());
        assert!(String::from_utf8_lossy(&out.stdout).starts_with(expected));
    }
    let out = crosscheck()
        .args(["stories", "--format", "json", "--data"])
        .arg(data.path())
        .output()
        .unwrap();
    let doc: Value = serde_json::from_slice(&out.stdout).unwrap();
    // The seed pair is one story, formed by clustering.
    assert_eq!(doc["stories"].as_array().unwrap().len(), 1);
    assert_eq!(doc["stories"][0]["method"], "clustered");
    assert_eq!(doc["stories"][0]["articles"].as_array().unwrap().len(), 2);
    assert_eq!(
        doc["clustering"],
        "streaming: TF-IDF centroids of content words, 3-day window"
    );
    // Each story's analysis is stored once, and again only when it changes.
    for expected in [
        "1 story analysed (2 articles, lexical evidence only)",
        "0 stories analysed (0 articles",
    ] {
        let out = crosscheck()
            .args(["stories", "--analyse", "--lexical", "--data"])
            .arg(data.path())
            .output()
            .unwrap();
        assert!(out.status.success());
        let said = String::from_utf8_lossy(&out.stdout);
        assert!(said.starts_with(expected), "{said}");
    }
    // The analysis is searchable: the foreign minister as an entity of the
    // story, and the quotations he is the speaker of.
    let out = crosscheck()
        .args(["search", "--format", "json", "--data"])
        .arg(data.path())
        .arg("Abdollahian")
        .output()
        .unwrap();
    assert!(out.status.success());
    let doc: Value = serde_json::from_slice(&out.stdout).unwrap();
    let entities = doc["entities"].as_array().unwrap();
    assert_eq!(entities.len(), 1, "{entities:?}");
    assert_eq!(entities[0]["type"], "PERSON");
    assert_eq!(entities[0]["articles"], 2);
    let quotes = doc["quotes"].as_array().unwrap();
    assert!(!quotes.is_empty());
    assert!(quotes.iter().all(|q| {
        q["speaker"]
            .as_str()
            .is_some_and(|s| s.contains("Abdollahian"))
    }));
}

#[test]
fn compare_html_report_is_self_contained() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("report.html");
    let out = crosscheck()
        .args(["compare", "--lexical"])
        .args(seeds())
        .args(["--format", "html", "-o"])
        .arg(&file)
        .output()
        .unwrap();
    assert!(out.status.success());
    assert!(out.stdout.is_empty());
    let html = std::fs::read_to_string(&file).unwrap();
    assert!(!html.contains("src=") && !html.contains("href=\"http"));
    insta::assert_snapshot!("compare_seed_pair_html", html);
}

#[test]
fn reuse_json_offsets_point_into_the_whole_files() {
    let seeds = seeds();
    let out = crosscheck()
        .arg("reuse")
        .args(&seeds)
        .args(["--format", "json"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let doc: Value = serde_json::from_slice(&out.stdout).unwrap();
    let source: Vec<char> = std::fs::read_to_string(root().join(&seeds[0]))
        .unwrap()
        .chars()
        .collect();
    let target: Vec<char> = std::fs::read_to_string(root().join(&seeds[1]))
        .unwrap()
        .chars()
        .collect();
    let passages = doc["passages"].as_array().unwrap();
    assert!(passages.len() >= 5);
    let text = |chars: &[char], v: &Value| -> String {
        chars[v["start"].as_u64().unwrap() as usize..v["end"].as_u64().unwrap() as usize]
            .iter()
            .collect()
    };
    let quote = passages
        .iter()
        .find(|p| text(&target, &p["target"]).contains("willingness to engage with Tehran"))
        .expect("the shared quotation is found");
    assert_eq!(quote["kind"], "verbatim");
    // Verbatim allows typography: "US" in the copy, "U.S." in the source.
    assert_eq!(
        text(&target, &quote["target"]).replace('.', ""),
        text(&source, &quote["source"]).replace('.', "")
    );
    for p in passages {
        assert!(matches!(
            p["kind"].as_str(),
            Some("verbatim" | "paraphrase")
        ));
    }
}

#[test]
fn help_lists_the_users_commands_only() {
    let out = crosscheck().arg("--help").output().unwrap();
    assert!(out.status.success());
    let help = String::from_utf8_lossy(&out.stdout);
    for command in [
        "compare", "extract", "quotes", "entities", "reuse", "ingest", "stories", "setup",
    ] {
        assert!(help.contains(&format!("  {command} ")), "{command}: {help}");
    }
    // The developers' commands are `crosscheck-dev`'s.
    for command in ["eval", "train", "bench"] {
        assert!(
            !help.contains(&format!("  {command} ")),
            "{command}: {help}"
        );
    }
}

#[test]
fn cluster_gives_one_line_per_input_with_its_story() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("stream.jsonl");
    let record = |id: &str, title: &str, text: &str, day: u32| {
        serde_json::json!({
            "id": id, "title": title, "text": text,
            "published": format!("2024-05-0{day}"), "outlet": "Reuters"
        })
        .to_string()
    };
    let lines = [
        record(
            "fire-1",
            "Warehouse fire in Leeds",
            "A fire destroyed the Grenfell warehouse in Leeds. Firefighters fought the warehouse fire for hours.",
            1,
        ),
        record(
            "trial-1",
            "Halloway trial opens",
            "The trial of Marcus Halloway opened at the Old Bailey. Halloway denies fraud before the jury.",
            1,
        ),
        "not json".to_string(),
        record(
            "fire-2",
            "Leeds warehouse fire began in a storeroom",
            "Leeds firefighters said the Grenfell warehouse fire started in a storeroom.",
            2,
        ),
        record(
            "trial-2",
            "Halloway hid fraud, jury told",
            "Prosecutors told the Old Bailey jury that Halloway hid the fraud from auditors.",
            2,
        ),
    ];
    std::fs::write(&path, lines.join("\n")).unwrap();
    let out = crosscheck().arg("cluster").arg(&path).output().unwrap();
    // The line that is not JSON is named on stderr; the rest are clustered.
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(String::from_utf8_lossy(&out.stderr).lines().count(), 1);
    let got: Vec<(String, String)> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| {
            let v: Value = serde_json::from_str(l).unwrap();
            (
                v["id"].as_str().unwrap().to_string(),
                v["story"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    let story = |id: &str| got.iter().find(|(i, _)| i == id).unwrap().1.clone();
    assert_eq!(got.len(), 4);
    assert_eq!(story("fire-1"), "s1");
    assert_eq!(story("trial-1"), "s2");
    assert_eq!(story("fire-2"), "s1");
    assert_eq!(story("trial-2"), "s2");
    // The seed pair is one story.
    let out = crosscheck().arg("cluster").args(seeds()).output().unwrap();
    assert!(out.status.success());
    let stories: Vec<Value> = json_lines(&out.stdout);
    assert_eq!(stories.len(), 2);
    assert_eq!(stories[0]["story"], stories[1]["story"]);
}
