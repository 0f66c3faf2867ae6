//! `crosscheck-dev hostile`: a corpus of hostile inputs, every format —
//! broken, enormous, deeply nested, compressed to explode, with terminal
//! escapes — to run `crosscheck` on one input at a time
//! (`scripts/hostile.py`). The same seed gives the same corpus, byte for
//! byte.
//!
//! Every file name starts with its kind (`warc-huge-length-17.warc`), so
//! figures can be read per kind. FIFOs, devices and symbolic-link loops
//! are not files a generator can ship: the runner makes them.

use std::io::Write;
use std::path::Path;

use anyhow::Context;
use flate2::Compression;
use flate2::write::GzEncoder;

use crate::Outcome;
use crate::cli::HostileArgs;
use crate::rng::Rng;

/// Story text to build inputs from.
const STORY: &str = "Iran and Nicaragua discussed military cooperation, according to a leaked intelligence report seen by reporters on Thursday. \"We have nothing to hide,\" a spokesman said in Tehran. The report, dated Feb. 23, said officials met twice last year.\n\nThe Pentagon declined to comment. Analysts said the talks showed a perceived threat to American interests in the region, though the document offered few details.";

/// Control characters and bidirectional overrides that must not reach a
/// terminal raw.
const CONTROLS: &[&str] = &[
    "\u{1b}[2J\u{1b}[H",
    "\u{1b}]0;owned\u{7}",
    "\u{7}\u{7}\u{7}",
    "\u{0}",
    "\u{202e}",
    "\u{2066}\u{202d}",
    "\r",
    "\u{1b}[31m",
    "\u{9b}31m",
];

fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut enc = GzEncoder::new(Vec::new(), Compression::best());
    enc.write_all(bytes).expect("writing to memory");
    enc.finish().expect("writing to memory")
}

/// A gzip stream that decompresses to `members × member_size` zero bytes
/// (or `fill`), made of one compressed member repeated: a bomb that costs
/// nothing to make.
fn gzip_bomb(prefix: &[u8], fill: u8, member_size: usize, members: usize) -> Vec<u8> {
    let mut out = gzip(prefix);
    let member = gzip(&vec![fill; member_size]);
    for _ in 0..members {
        out.extend_from_slice(&member);
    }
    out
}

fn warc_record(kind: &str, headers: &str, body: &[u8]) -> Vec<u8> {
    let mut out = format!(
        "WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-000000000001>\r\nWARC-Date: 2023-04-13T00:00:00Z\r\n{headers}Content-Length: {}\r\n\r\n",
        body.len()
    )
    .into_bytes();
    out.extend_from_slice(body);
    out.extend_from_slice(b"\r\n\r\n");
    out
}

fn html_page(title: &str, body: &str) -> String {
    format!(
        "<!DOCTYPE html><html><head><title>{title}</title></head><body><article><h1>{title}</h1>{body}</article></body></html>"
    )
}

fn paragraphs(text: &str) -> String {
    text.split("\n\n").map(|p| format!("<p>{p}</p>")).collect()
}

fn http_response(content_type: &str, body: &[u8]) -> Vec<u8> {
    let mut out = format!("HTTP/1.1 200 OK\r\nContent-Type: {content_type}\r\n\r\n").into_bytes();
    out.extend_from_slice(body);
    out
}

fn rss(items: &str) -> String {
    format!(
        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Wire</title><link>https://example.org/</link>{items}</channel></rss>"
    )
}

/// One generated input: its kind (the start of its name), its extension
/// and its bytes.
struct Input {
    kind: &'static str,
    ext: &'static str,
    bytes: Vec<u8>,
}

fn input(kind: &'static str, ext: &'static str, bytes: impl Into<Vec<u8>>) -> Input {
    Input {
        kind,
        ext,
        bytes: bytes.into(),
    }
}

/// The large inputs: one or a few of each, they cost time to run.
fn large(rng: &mut Rng) -> Vec<Input> {
    let mut out = Vec::new();
    // A record claiming 2^64 - 1 bytes, and other enormous lengths.
    for length in [
        "18446744073709551615",
        "18446744073709551614",
        "9223372036854775807",
        "3221225472",
        "99999999999999999999999",
    ] {
        let mut w = format!("WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:1>\r\nWARC-Date: 2023-04-13T00:00:00Z\r\nContent-Length: {length}\r\n\r\n").into_bytes();
        w.extend(http_response(
            "text/html",
            html_page("T", &paragraphs(STORY)).as_bytes(),
        ));
        out.push(input("warc-huge-length", "warc", w.clone()));
        out.push(input("warc-huge-length", "warc.gz", gzip(&w)));
    }
    // A .warc.gz whose record claims 3 GB and holds it (zeros).
    let header = b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:1>\r\nWARC-Date: 2023-04-13T00:00:00Z\r\nContent-Length: 3221225472\r\n\r\n";
    out.push(input(
        "warc-gz-3gb-record",
        "warc.gz",
        gzip_bomb(header, 0, 64 << 20, 48),
    ));
    // A .warc.gz with an endless header (one header line, then many).
    out.push(input(
        "warc-gz-endless-header",
        "warc.gz",
        gzip_bomb(
            b"WARC/1.0\r\nWARC-Type: response\r\nX-Long: ",
            b'a',
            64 << 20,
            80,
        ),
    ));
    out.push(input(
        "warc-gz-endless-header-lines",
        "warc.gz",
        gzip_bomb(b"WARC/1.0\r\nWARC-Type: response\r\n", b'\n', 64 << 20, 80),
    ));
    // Gzip bombs in every format: 5 GB of zeros or of line breaks.
    for (kind, ext, fill) in [
        ("gzip-bomb", "jsonl.gz", 0u8),
        ("gzip-bomb-lines", "jsonl.gz", b'\n'),
        ("gzip-bomb", "html.gz", 0),
        ("gzip-bomb", "txt.gz", b' '),
        ("gzip-bomb", "json.gz", b'['),
        ("gzip-bomb", "xml.gz", b'<'),
    ] {
        out.push(input(kind, ext, gzip_bomb(b"", fill, 64 << 20, 80)));
    }
    // A bomb in a bomb: gzip of a gzip.
    out.push(input(
        "gzip-nested",
        "html.gz",
        gzip(&gzip_bomb(b"", 0, 16 << 20, 8)),
    ));
    // HTML nested 100,000 deep (and variants).
    for depth in [100_000usize, 30_000, 8_000] {
        for tag in ["div", "span", "b", "table"] {
            let page = format!(
                "<html><body>{}{STORY}{}</body></html>",
                format!("<{tag}>").repeat(depth),
                format!("</{tag}>").repeat(depth)
            );
            out.push(input("html-deep", "html", page));
        }
        let open = "<div>".repeat(depth);
        out.push(input(
            "html-deep-unclosed",
            "html",
            format!("<html><body>{open}{STORY}"),
        ));
        let xml = format!(
            "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel>{}x{}</channel></rss>",
            "<a>".repeat(depth),
            "</a>".repeat(depth)
        );
        out.push(input("xml-deep", "xml", xml));
        let json = format!("{}{}", "[".repeat(depth), "]".repeat(depth));
        out.push(input("json-deep", "json", json));
        let html = format!("<p>{}x</p>", "<div>".repeat(depth));
        let record = serde_json::json!({ "html": html }).to_string();
        out.push(input("json-html-deep", "json", record));
        let entry = format!(
            "<item><title>T</title><description>{}</description></item>",
            format!("&lt;div&gt;{STORY}").repeat(depth / 10)
        );
        out.push(input("rss-html-deep", "xml", rss(&entry)));
    }
    // One long article: 1 MB and 41 MB, one line each.
    let sentence = STORY.replace("\n\n", " ");
    for size in [1usize << 20, 41 << 20] {
        let mut text = String::with_capacity(size + sentence.len());
        while text.len() < size {
            text.push_str(&sentence);
            text.push(' ');
        }
        out.push(input("long-article", "txt", text));
    }
    // 1 MB of binary named as every format.
    for ext in [
        "jsonl", "json", "warc", "xml", "html", "txt", "jsonl.gz", "warc.gz",
    ] {
        let mut junk = rng.bytes(1 << 20);
        if ext.ends_with(".gz") {
            junk = gzip(&junk);
        }
        out.push(input("binary-1mb", ext, junk));
    }
    // Binary after a good first line.
    let mut lines = serde_json::json!({"text": STORY}).to_string().into_bytes();
    lines.push(b'\n');
    lines.extend(rng.bytes(1 << 20));
    out.push(input("jsonl-binary-tail", "jsonl", lines));
    // A hundred thousand short bad lines.
    out.push(input(
        "jsonl-many-bad-lines",
        "jsonl",
        "{nope}\n".repeat(100_000),
    ));
    // Billion laughs.
    let mut laughs = String::from("<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">");
    for i in 1..10 {
        let prev = if i == 1 {
            "lol".to_string()
        } else {
            format!("lol{}", i - 1)
        };
        laughs.push_str(&format!(
            "<!ENTITY lol{i} \"{}\">",
            format!("&{prev};").repeat(10)
        ));
    }
    laughs.push_str("]><rss version=\"2.0\"><channel><item><title>&lol9;</title><description>&lol9;</description></item></channel></rss>");
    out.push(input("xml-entity-expansion", "xml", laughs));
    // A WARC of 20,000 small records.
    let mut many = Vec::new();
    for i in 0..20_000 {
        let page = html_page(&format!("Story {i}"), &paragraphs(STORY));
        many.extend(warc_record(
            "response",
            "",
            &http_response("text/html", page.as_bytes()),
        ));
    }
    out.push(input("warc-many-records", "warc", many.clone()));
    out.push(input("warc-many-records", "warc.gz", gzip(&many)));
    out
}

/// The small inputs: `n` of them, every kind in turn, varied by `rng`.
fn small(rng: &mut Rng, n: usize) -> Vec<Input> {
    let record = |text: &str, title: &str| {
        serde_json::json!({"id": "x", "outlet": "Reuters", "title": title, "published": "2023-04-13", "text": text})
            .to_string()
    };
    let mut out = Vec::with_capacity(n);
    let kinds = 24;
    for i in 0..n {
        let control = rng.pick(CONTROLS);
        let cut = rng.below(STORY.len());
        let cut = (0..=cut)
            .rev()
            .find(|&c| STORY.is_char_boundary(c))
            .unwrap_or(0);
        let piece = &STORY[..cut];
        let item = match i % kinds {
            0 => {
                // Control characters in a title or a text, every format.
                let text = STORY.replacen(". ", &format!(".{control} "), 1 + rng.below(3));
                let title = format!("A title{control}with escapes");
                match rng.below(5) {
                    0 => input("controls", "json", record(&text, &title)),
                    1 => input(
                        "controls",
                        "jsonl",
                        format!("{}\n{}\n", record(&text, &title), record(STORY, &title)),
                    ),
                    2 => input("controls", "html", html_page(&title, &paragraphs(&text))),
                    3 => input("controls", "txt", format!("{title}\n\n{text}")),
                    _ => input(
                        "controls",
                        "xml",
                        rss(&format!(
                            "<item><title>{title}</title><description>{text}</description></item>"
                        )),
                    ),
                }
            }
            1 => {
                // Text directly in nested divs or in the body; an RSS description.
                let depth = 1 + rng.below(40);
                let page = format!(
                    "<html><body>{}{}{}</body></html>",
                    "<div>".repeat(depth),
                    STORY.replace("\n\n", "<div>more</div>"),
                    "</div>".repeat(depth)
                );
                input("nested-text", "html", page)
            }
            2 => {
                // A WARC of text/plain records, or of records that hold no page.
                let kind = rng.pick(&["resource", "response", "request", "metadata", "warcinfo"]);
                let body = if kind == "response" {
                    http_response("text/plain; charset=utf-8", STORY.as_bytes())
                } else {
                    STORY.as_bytes().to_vec()
                };
                let headers = "Content-Type: text/plain\r\n";
                let w = warc_record(kind, headers, &body);
                if rng.below(2) == 0 {
                    input("warc-text-plain", "warc", w)
                } else {
                    input("warc-text-plain", "warc.gz", gzip(&w))
                }
            }
            3 => {
                // WARC headers: bad, missing or odd lengths; truncated bodies.
                let length = rng
                    .pick(&[
                        "-1",
                        "abc",
                        "",
                        "1e9",
                        "0x10",
                        " 5",
                        "00000000000000000000000017",
                        "4294967296",
                    ])
                    .to_string();
                let mut w = format!("WARC/1.0\r\nWARC-Type: resource\r\nWARC-Record-ID: <urn:uuid:1>\r\nWARC-Date: 2023-04-13T00:00:00Z\r\nContent-Type: text/html\r\nContent-Length: {length}\r\n\r\n").into_bytes();
                w.extend_from_slice(html_page("T", &paragraphs(piece)).as_bytes());
                input("warc-bad-length", "warc", w)
            }
            4 => {
                // A good WARC record cut anywhere.
                let page = html_page("T", &paragraphs(STORY));
                let w = warc_record("response", "", &http_response("text/html", page.as_bytes()));
                let at = rng.below(w.len());
                input("warc-cut", "warc", w[..at].to_vec())
            }
            5 => {
                // A long header: many lines or one long line.
                let mut w = b"WARC/1.0\r\nWARC-Type: response\r\n".to_vec();
                if rng.below(2) == 0 {
                    w.extend(b"X: y\r\n".repeat(20_000 + rng.below(20_000)));
                } else {
                    w.extend(vec![b'h'; 100_000 + rng.below(100_000)]);
                }
                input("warc-long-header", "warc", w)
            }
            6 => {
                // Binary data named as any format.
                let ext = rng.pick(&["jsonl", "json", "warc", "xml", "html", "txt"]);
                let n = 1 + rng.below(64 << 10);
                input("binary", ext, rng.bytes(n))
            }
            7 => {
                // JSON Lines: bad lines among good ones.
                let mut s = String::new();
                for _ in 0..1 + rng.below(30) {
                    match rng.below(4) {
                        0 => s.push_str(&record(STORY, "T")),
                        1 => s.push_str(
                            &record(piece, "T")[..rng.below(record(piece, "T").len()).max(1)],
                        ),
                        2 => s.push_str("[1,2,3]"),
                        _ => s.push_str("{\"text\": 5}"),
                    }
                    s.push('\n');
                }
                input("jsonl-mixed", "jsonl", s)
            }
            8 => {
                // Deep JSON.
                let depth = 100 + rng.below(10_000);
                let s = format!(
                    "{{\"text\": {}\"x\"{}}}",
                    "[".repeat(depth),
                    "]".repeat(depth)
                );
                input(
                    "json-deep-small",
                    if rng.below(2) == 0 { "json" } else { "jsonl" },
                    s,
                )
            }
            9 => {
                // Deep HTML, small.
                let depth = 500 + rng.below(5_000);
                let tag = rng.pick(&["div", "span", "i", "section", "font", "a"]);
                let page = format!(
                    "<html><body>{}{STORY}</body></html>",
                    format!("<{tag}>").repeat(depth)
                );
                input("html-deep-small", "html", page)
            }
            10 => {
                // Deep XML and deep HTML inside a feed.
                let depth = 500 + rng.below(5_000);
                let s = rss(&format!(
                    "<item><title>T</title>{}</item>",
                    "<x>".repeat(depth)
                ));
                input("xml-deep-small", "xml", s)
            }
            11 => {
                // Truncated gzip and gzip with trailing garbage.
                let mut gz = gzip(html_page("T", &paragraphs(STORY)).as_bytes());
                if rng.below(2) == 0 {
                    let at = rng.below(gz.len());
                    gz.truncate(at.max(2));
                } else {
                    let n = 1 + rng.below(100);
                    gz.extend(rng.bytes(n));
                }
                input(
                    "gzip-broken",
                    rng.pick(&["html.gz", "jsonl.gz", "warc.gz", "json.gz"]),
                    gz,
                )
            }
            12 => {
                // Small gzip bombs (over the article limit used by the runner's sample).
                let ext = rng.pick(&["html.gz", "jsonl.gz", "txt.gz", "xml.gz"]);
                input(
                    "gzip-bomb-small",
                    ext,
                    gzip_bomb(b"", rng.pick(&[0u8, b'\n', b'a', b'<']), 1 << 20, 8),
                )
            }
            13 => {
                // Random bytes flipped in a good input of any format.
                let (ext, mut bytes) = match rng.below(5) {
                    0 => ("html", html_page("T", &paragraphs(STORY)).into_bytes()),
                    1 => ("json", record(STORY, "T").into_bytes()),
                    2 => (
                        "xml",
                        rss(&format!(
                            "<item><title>T</title><description>{STORY}</description></item>"
                        ))
                        .into_bytes(),
                    ),
                    3 => (
                        "warc",
                        warc_record(
                            "response",
                            "",
                            &http_response(
                                "text/html",
                                html_page("T", &paragraphs(STORY)).as_bytes(),
                            ),
                        ),
                    ),
                    _ => ("txt", STORY.as_bytes().to_vec()),
                };
                for _ in 0..1 + rng.below(20) {
                    let at = rng.below(bytes.len());
                    bytes[at] = rng.next() as u8;
                }
                input("flipped", ext, bytes)
            }
            14 => {
                // Markup soup: unbalanced tags, stray end tags, odd comments.
                let bits = [
                    "<div>",
                    "</div>",
                    "<p>",
                    "</span>",
                    "<!--",
                    "-->",
                    "<![CDATA[",
                    "]]>",
                    "<script>",
                    "</script>",
                    "<table><tr><td>",
                    "<<<",
                    ">>>",
                    "&#0;",
                    "&#x110000;",
                    "&bogus;",
                    "<svg><math>",
                    "<template>",
                    "<select><option>",
                ];
                let mut s = String::from("<html><body>");
                for _ in 0..rng.below(2_000) {
                    let bit = rng.pick(&bits);
                    s.push_str(bit);
                    if rng.below(3) == 0 {
                        s.push_str(piece);
                    }
                }
                input("html-soup", "html", s)
            }
            15 => {
                // Feeds: broken, odd, empty entries, HTML in descriptions.
                let body = match rng.below(4) {
                    0 => format!(
                        "<item><title>T</title><description><![CDATA[{}]]></description></item>",
                        paragraphs(STORY)
                    ),
                    1 => "<item></item>".repeat(rng.below(100)),
                    2 => format!(
                        "<entry><content type=\"html\">{}</content></entry>",
                        STORY.replace('<', "&lt;")
                    ),
                    _ => format!("<item><description>{}", piece),
                };
                input("feed-odd", "xml", rss(&body))
            }
            16 => {
                // Encodings: UTF-16 without a BOM, lone surrogates, overlong UTF-8.
                let bytes: Vec<u8> = match rng.below(3) {
                    0 => STORY.encode_utf16().flat_map(u16::to_le_bytes).collect(),
                    1 => {
                        let mut b = STORY.as_bytes().to_vec();
                        b.splice(10..10, [0xed, 0xa0, 0x80]);
                        b
                    }
                    _ => {
                        let mut b = STORY.as_bytes().to_vec();
                        b.splice(10..10, [0xc0, 0xaf, 0xe0, 0x80, 0xaf]);
                        b
                    }
                };
                input(
                    "encoding",
                    rng.pick(&["txt", "html", "json", "jsonl"]),
                    bytes,
                )
            }
            17 => input(
                "empty",
                rng.pick(&["txt", "html", "json", "jsonl", "xml", "warc", "warc.gz"]),
                Vec::new(),
            ),
            18 => {
                // Many records in one JSON array, some bad.
                let mut items = Vec::new();
                for _ in 0..1 + rng.below(200) {
                    items.push(if rng.below(3) == 0 {
                        serde_json::json!({"text": 5})
                    } else {
                        serde_json::json!({"text": piece, "title": "T"})
                    });
                }
                input(
                    "json-array",
                    "json",
                    serde_json::Value::Array(items).to_string(),
                )
            }
            19 => {
                // A long line of HTML: one huge attribute or one huge text run.
                let n = 10_000 + rng.below(200_000);
                let page = if rng.below(2) == 0 {
                    format!(
                        "<html><body><p title=\"{}\">{STORY}</p></body></html>",
                        "x".repeat(n)
                    )
                } else {
                    format!("<html><body><p>{}</p></body></html>", "word ".repeat(n / 5))
                };
                input("html-long", "html", page)
            }
            20 => {
                // Many gzip members, some empty.
                let mut gz = Vec::new();
                for part in STORY.as_bytes().chunks(1 + rng.below(64)) {
                    gz.extend(gzip(part));
                    if rng.below(4) == 0 {
                        gz.extend(gzip(b""));
                    }
                }
                input("gzip-members", "txt.gz", gz)
            }
            21 => {
                // Pasted text with odd line breaks and no sentence ends.
                let s = match rng.below(3) {
                    0 => "\r".repeat(1 + rng.below(10_000)) + STORY,
                    1 => STORY.replace(' ', "\n"),
                    _ => "word ".repeat(rng.below(50_000)),
                };
                input("text-odd", "txt", s)
            }
            22 => {
                // A WARC record that is a JSON or gzip body, or HTML without an HTTP header.
                let body = match rng.below(3) {
                    0 => html_page("T", &paragraphs(STORY)).into_bytes(),
                    1 => gzip(html_page("T", &paragraphs(STORY)).as_bytes()),
                    _ => {
                        let n = 1 + rng.below(4096);
                        http_response("text/html", &rng.bytes(n))
                    }
                };
                input("warc-odd-body", "warc", warc_record("response", "", &body))
            }
            _ => {
                // Control characters in the input's name would be the
                // runner's to make; here, in metadata fields of every kind.
                let v = serde_json::json!({
                    "title": format!("T{control}"),
                    "outlet": format!("Out{control}let"),
                    "author": format!("A{control}B"),
                    "url": format!("https://example.org/{control}"),
                    "text": format!("{STORY}{control}"),
                });
                input("controls-metadata", "json", v.to_string())
            }
        };
        out.push(item);
    }
    out
}

pub fn run(args: HostileArgs) -> anyhow::Result<Outcome> {
    let out = &args.out;
    std::fs::create_dir_all(out).with_context(|| format!("creating {}", out.display()))?;
    let mut rng = Rng::new(args.seed | 1);
    let mut inputs = small(&mut rng, args.count);
    if !args.small_only {
        inputs.extend(large(&mut rng));
    }
    let mut bytes = 0u64;
    for (i, item) in inputs.iter().enumerate() {
        let name = format!("{}-{i:05}.{}", item.kind, item.ext);
        write(&out.join(&name), &item.bytes)?;
        bytes += item.bytes.len() as u64;
    }
    #[allow(clippy::print_stdout)]
    {
        println!(
            "{} inputs ({} bytes) in `{}`",
            inputs.len(),
            bytes,
            out.display()
        );
    }
    Ok(Outcome::Done)
}

fn write(path: &Path, bytes: &[u8]) -> anyhow::Result<()> {
    std::fs::write(path, bytes).with_context(|| format!("writing {}", path.display()))
}
