//! A generated corpus of broken inputs, every format: crosscheck must not
//! panic, must name each broken input once on one line, must still process
//! the good ones, and must leave the store consistent.

use std::collections::HashMap;
use std::io::Write;
use std::path::PathBuf;

use assert_cmd::Command;

/// A small deterministic generator (xorshift64*), so the corpus is the same
/// on every run.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn bytes(&mut self, n: usize) -> Vec<u8> {
        (0..n).map(|_| self.next() as u8).collect()
    }
}

const FILES_PER_KIND: usize = 100;
const LIMIT: usize = 4096;

fn seed_text() -> String {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..");
    let text = std::fs::read_to_string(root.join("examples/001_4375f67bd4bb9fb1.txt")).unwrap();
    text.chars().take(2500).collect()
}

/// (file name, bytes, whether it must fail)
fn corpus() -> Vec<(String, Vec<u8>, bool)> {
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let seed = seed_text();
    let record = serde_json::json!({"id": "x", "outlet": "Reuters", "text": seed}).to_string();
    let rss = format!(
        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Wire</title><item><title>T</title><description>{}</description></item></channel></rss>",
        seed.replace(['<', '&'], " ")
    );
    let warc_body = format!(
        "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<html><body><p>{seed}</p></body></html>"
    );
    let warc = format!(
        "WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:1>\r\nWARC-Date: 2023-04-13T00:00:00Z\r\nContent-Length: {}\r\n\r\n{warc_body}\r\n\r\n",
        warc_body.len()
    );
    let mut out = Vec::new();
    for i in 0..FILES_PER_KIND {
        let cut = |s: &str, rng: &mut Rng| -> Vec<u8> {
            let b = s.as_bytes();
            b[..rng.below(b.len() / 2).max(1)].to_vec()
        };
        let ext = ["txt", "html", "json", "xml"][i % 4];
        out.push((format!("empty-{i}.{ext}"), Vec::new(), true));
        out.push((
            format!("blank-{i}.{ext}"),
            b" \n\t \r\n".repeat(i % 5 + 1),
            true,
        ));
        let n = 64 + rng.below(512);
        let mut junk = rng.bytes(n);
        junk[0] = 0;
        out.push((format!("binary-{i}.txt"), junk, true));
        let mut pdf = b"%PDF-1.7\n".to_vec();
        pdf.extend(rng.bytes(100));
        out.push((format!("document-{i}.{ext}"), pdf, true));
        let mut bad = b"Some words then ".to_vec();
        bad.extend((0..20).map(|_| [0x81u8, 0x8d, 0x8f, 0x90, 0x9d, 0xc3][rng.below(6)]));
        out.push((format!("encoding-{i}.txt"), bad, true));
        out.push((format!("truncated-{i}.json"), cut(&record, &mut rng), true));
        let wrong = [
            "{\"text\": 5}",
            "{\"title\": \"no text\"}",
            "[true]",
            "{\"text\": \"\"}",
            "null",
        ];
        out.push((
            format!("wrong-{i}.json"),
            wrong[i % wrong.len()].as_bytes().to_vec(),
            true,
        ));
        out.push((format!("feed-{i}.xml"), cut(&rss, &mut rng), true));
        let mut w = cut(&warc, &mut rng);
        if i % 2 == 0 {
            w = b"WARC/1.0\r\nnot a header line\r\n\r\n".to_vec();
        }
        out.push((format!("archive-{i}.warc"), w, true));
        let mut gz = vec![0x1f, 0x8b, 0x08, 0x00];
        gz.extend(rng.bytes(40));
        out.push((format!("page-{i}.html.gz"), gz, true));
        out.push((
            format!("huge-{i}.txt"),
            "word ".repeat(LIMIT / 5 + 10).into_bytes(),
            true,
        ));
        // Damaged but readable: ASCII bytes of good text replaced by other
        // ASCII (punctuation, quotes, brackets, line breaks). Must not panic.
        let mut flipped = seed.clone().into_bytes();
        for _ in 0..12 {
            let at = rng.below(flipped.len());
            if flipped[at].is_ascii() {
                flipped[at] = b"<>{}[]\"'.\n\r\t#@:-"[rng.below(16)];
            }
        }
        out.push((format!("flipped-{i}.txt"), flipped, false));
    }
    out
}

#[test]
fn a_thousand_broken_inputs() {
    let dir = tempfile::tempdir().unwrap();
    let data = tempfile::tempdir().unwrap();
    let corpus = corpus();
    assert!(corpus.len() >= 1000);
    for (name, bytes, _) in &corpus {
        let mut f = std::fs::File::create(dir.path().join(name)).unwrap();
        f.write_all(bytes).unwrap();
    }
    let out = Command::cargo_bin("crosscheck")
        .unwrap()
        .arg("ingest")
        .arg(dir.path())
        .arg("--data")
        .arg(data.path())
        .args(["--max-article-bytes", &LIMIT.to_string()])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    // One line per failing input, naming it; none named twice.
    let mut named: HashMap<String, usize> = HashMap::new();
    for line in stderr.lines() {
        let rest = line
            .strip_prefix("error: ")
            .unwrap_or_else(|| panic!("not an error line: {line}"));
        let path = rest.split(": ").next().unwrap();
        let file = PathBuf::from(path.split(['#', '@', '[']).next().unwrap());
        let file = file
            .file_name()
            .unwrap()
            .to_string_lossy()
            .split(':')
            .next()
            .unwrap()
            .to_string();
        *named.entry(file).or_default() += 1;
    }
    for (name, _, must_fail) in &corpus {
        let n = named.get(name).copied().unwrap_or(0);
        assert!(n <= 1, "{name} named {n} times");
        if *must_fail {
            assert_eq!(n, 1, "{name} was not reported\n{stderr}");
        }
    }
    // The good inputs went in, and the store is consistent.
    let stdout = String::from_utf8_lossy(&out.stdout);
    let added: usize = stdout.split_whitespace().next().unwrap().parse().unwrap();
    assert!(added > 0, "{stdout}");
    let conn = rusqlite::Connection::open(data.path().join("crosscheck.sqlite3")).unwrap();
    let check: String = conn
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(check, "ok");
    let stored: i64 = conn
        .query_row("SELECT count(*) FROM articles", [], |r| r.get(0))
        .unwrap();
    let orphans: i64 = conn
        .query_row(
            "SELECT count(*) FROM articles a LEFT JOIN stories s ON s.id = a.story_id WHERE s.id IS NULL",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(orphans, 0);
    assert!(stored as usize >= 1);
}
