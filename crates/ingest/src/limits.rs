//! Limits that hold before memory is spent: decompressed bytes counted while
//! they are read, element nesting measured before a parser builds a tree,
//! and panics of the parsers caught and turned into one input's error.

use std::cell::{Cell, RefCell};
use std::io::{self, Read};
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::Once;

use crate::error::{Problem, one_line};

/// A reader that fails once more than `limit` bytes have come through it:
/// the decompressed size of an input, counted while it is read.
pub struct Counted<R> {
    inner: R,
    read: u64,
    limit: u64,
}

impl<R> Counted<R> {
    /// Count what `inner` yields against `limit`.
    pub fn new(inner: R, limit: u64) -> Self {
        Counted {
            inner,
            read: 0,
            limit,
        }
    }
}

/// The error a [`Counted`] reader fails with.
#[derive(Debug, thiserror::Error)]
#[error("over {limit} bytes")]
pub struct InputLimit {
    /// The limit that was reached.
    pub limit: u64,
}

impl<R: Read> Read for Counted<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if self.read > self.limit {
            return Err(io::Error::other(InputLimit { limit: self.limit }));
        }
        // Never ask for more than one byte past the limit.
        let room = (self.limit - self.read + 1).min(buf.len() as u64) as usize;
        let n = self.inner.read(&mut buf[..room])?;
        self.read += n as u64;
        if self.read > self.limit {
            return Err(io::Error::other(InputLimit { limit: self.limit }));
        }
        Ok(n)
    }
}

/// The problem an I/O error stands for: a [`Counted`] limit, or a read or
/// decompression failure.
pub fn io_problem(e: &io::Error, format: &'static str) -> Problem {
    if let Some(InputLimit { limit }) = e.get_ref().and_then(|i| i.downcast_ref::<InputLimit>()) {
        return Problem::OverLimit {
            what: "decompressed input".to_string(),
            limit: *limit,
            flag: "max-input-bytes",
        };
    }
    match e.kind() {
        io::ErrorKind::InvalidData | io::ErrorKind::InvalidInput | io::ErrorKind::UnexpectedEof => {
            Problem::malformed(format, e)
        }
        _ => Problem::Unreadable(one_line(&e.to_string())),
    }
}

/// HTML elements that never have content (no end tag).
const VOID: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
    "track", "wbr", "keygen", "frame", "basefont", "bgsound", "image", "isindex",
];

/// HTML elements whose end tag may be left out: closed by their next
/// sibling, so not counted (sloppy pages leave thousands of them open).
const OPTIONAL_END: &[&str] = &[
    "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "rb", "rt", "rp", "rtc",
    "colgroup", "caption", "thead", "tbody", "tfoot", "head", "body", "html",
];

/// HTML elements whose content is text up to their end tag.
const RAW_TEXT: &[&str] = &[
    "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes",
];

fn is_one_of(name: &[u8], list: &[&str]) -> bool {
    list.iter().any(|n| n.as_bytes().eq_ignore_ascii_case(name))
}

/// How deep elements nest in `markup`, measured in one pass without building
/// a tree, refused past `max`. In HTML, void elements and elements whose end
/// tag is optional are not counted (the measure errs low on sloppy pages and
/// exact on the nesting a tree builder pays for); in XML every element is.
pub fn check_depth(b: &[u8], max: usize, xml: bool) -> Result<(), Problem> {
    let find = |from: usize, needle: &[u8]| -> usize {
        b[from.min(b.len())..]
            .windows(needle.len())
            .position(|w| w.eq_ignore_ascii_case(needle))
            .map_or(b.len(), |p| from + p + needle.len())
    };
    let mut depth = 0usize;
    let mut i = 0;
    while let Some(p) = memchr_lt(&b[i..]) {
        i += p + 1;
        let rest = &b[i..];
        if rest.starts_with(b"!--") {
            i = find(i + 3, b"-->");
        } else if rest.starts_with(b"![CDATA[") {
            i = find(i + 8, b"]]>");
        } else if rest.starts_with(b"!") || rest.starts_with(b"?") {
            i = find(i, b">");
        } else if let Some(name) = rest.strip_prefix(b"/") {
            let len = tag_name_len(name);
            if len > 0
                && (xml || !is_one_of(&name[..len], VOID) && !is_one_of(&name[..len], OPTIONAL_END))
            {
                depth = depth.saturating_sub(1);
            }
            i = find(i, b">");
        } else {
            let len = tag_name_len(rest);
            if len == 0 {
                continue;
            }
            let name = &rest[..len];
            let end = find(i + len, b">");
            let self_closing = end >= 2 && b.get(end - 2) == Some(&b'/');
            i = end;
            let counted = if xml {
                !self_closing
            } else {
                !is_one_of(name, VOID) && !is_one_of(name, OPTIONAL_END)
            };
            if counted {
                depth += 1;
                if depth > max {
                    return Err(Problem::OverLimit {
                        what: "element nesting".to_string(),
                        limit: max as u64,
                        flag: "max-depth",
                    });
                }
            }
            if !xml && !self_closing && is_one_of(name, RAW_TEXT) {
                let mut close = b"</".to_vec();
                close.extend_from_slice(name);
                i = find(i, &close);
                if counted {
                    depth = depth.saturating_sub(1);
                }
            }
        }
    }
    Ok(())
}

fn memchr_lt(b: &[u8]) -> Option<usize> {
    b.iter().position(|&c| c == b'<')
}

/// The length of the tag name at the start of `b` (a letter, then letters,
/// digits, `-`, `_`, `:`, `.`).
fn tag_name_len(b: &[u8]) -> usize {
    if !b.first().is_some_and(u8::is_ascii_alphabetic) {
        return 0;
    }
    b.iter()
        .position(|c| !(c.is_ascii_alphanumeric() || matches!(c, b'-' | b'_' | b':' | b'.')))
        .unwrap_or(b.len())
}

thread_local! {
    /// How many guarded calls this thread is inside.
    static GUARDED: Cell<u32> = const { Cell::new(0) };
    /// The message of the last panic inside a guarded call.
    static CAUGHT: RefCell<Option<String>> = const { RefCell::new(None) };
}

static HOOK: Once = Once::new();

/// Run `f`, turning a panic inside it into [`Problem::Panicked`] naming
/// `parser`. The panic's message goes into the problem (one line) instead of
/// standard error; panics outside guarded calls are reported as before.
pub fn guard<T>(
    parser: &'static str,
    f: impl FnOnce() -> Result<T, Problem>,
) -> Result<T, Problem> {
    HOOK.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            if GUARDED.with(Cell::get) > 0 {
                CAUGHT.with(|c| *c.borrow_mut() = Some(info.to_string()));
            } else {
                previous(info);
            }
        }));
    });
    GUARDED.with(|g| g.set(g.get() + 1));
    let result = catch_unwind(AssertUnwindSafe(f));
    GUARDED.with(|g| g.set(g.get() - 1));
    result.unwrap_or_else(|_| {
        let detail = CAUGHT
            .with(|c| c.borrow_mut().take())
            .unwrap_or_else(|| "panicked".to_string());
        Err(Problem::Panicked {
            parser,
            detail: one_line(&detail),
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counted_reader_stops_past_its_limit() {
        let mut out = Vec::new();
        let e = Counted::new(&[0u8; 100][..], 10)
            .read_to_end(&mut out)
            .unwrap_err();
        assert!(out.len() <= 11);
        assert_eq!(
            io_problem(&e, "gzip").to_string(),
            "decompressed input over the limit of 10 (raise it with --max-input-bytes)"
        );
        let mut out = Vec::new();
        Counted::new(&[0u8; 10][..], 10)
            .read_to_end(&mut out)
            .unwrap();
        assert_eq!(out.len(), 10);
    }

    #[test]
    fn depth_is_measured_in_one_pass() {
        let deep = "<div>".repeat(100_000);
        let e = check_depth(deep.as_bytes(), 1000, false).unwrap_err();
        assert_eq!(
            e.to_string(),
            "element nesting over the limit of 1000 (raise it with --max-depth)"
        );
        // Closed elements, void elements, optional end tags, comments and
        // scripts do not add up.
        let flat = "<div><p>a<br><img src=x></div><!-- <div><div> -->".repeat(10_000);
        check_depth(flat.as_bytes(), 3, false).unwrap();
        check_depth(&b"<li>item".repeat(10_000), 3, false).unwrap();
        check_depth(b"<script>if (a<b) { '<div><div><div>' }</script>", 1, false).unwrap();
        assert!(check_depth(b"<a><b><c/></b></a>", 2, true).is_ok());
        assert!(check_depth(b"<a><b><c></c></b></a>", 2, true).is_err());
        assert!(check_depth(b"<a><![CDATA[<b><c><d>]]></a>", 1, true).is_ok());
    }

    #[test]
    fn panics_become_problems() {
        let r: Result<(), Problem> = guard("test", || panic!("boom\nat two lines"));
        let e = r.unwrap_err().to_string();
        assert!(e.starts_with("the test parser failed on this input"), "{e}");
        assert!(e.contains("boom at two lines"), "{e}");
        assert!(guard("test", || Ok(1)).is_ok());
    }
}
