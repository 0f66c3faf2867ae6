//! From bytes to text: compression, binary detection, encodings.

use std::io::Read;

use crate::error::Problem;

/// Whether the bytes start a gzip stream.
pub fn is_gzip(bytes: &[u8]) -> bool {
    bytes.starts_with(&[0x1f, 0x8b])
}

/// Decompress gzip (every member), refusing to produce more than `limit` bytes.
pub fn gunzip(bytes: &[u8], limit: u64) -> Result<Vec<u8>, Problem> {
    let mut out = Vec::new();
    let mut reader = flate2::read::MultiGzDecoder::new(bytes).take(limit + 1);
    reader
        .read_to_end(&mut out)
        .map_err(|e| Problem::malformed("gzip", e))?;
    if out.len() as u64 > limit {
        return Err(Problem::TooLarge {
            size: out.len() as u64,
            limit,
        });
    }
    Ok(out)
}

/// Refuse things that are not text: documents, images, archives, executables.
pub fn check_not_binary(bytes: &[u8]) -> Result<(), Problem> {
    const MAGIC: &[(&[u8], &str)] = &[
        (b"%PDF-", "a PDF document"),
        (b"PK\x03\x04", "a ZIP archive or office document"),
        (b"\x89PNG", "a PNG image"),
        (b"GIF8", "a GIF image"),
        (b"\xff\xd8\xff", "a JPEG image"),
        (b"\x7fELF", "an executable"),
        (b"\xd0\xcf\x11\xe0", "an old Microsoft Office document"),
        (b"{\\rtf", "an RTF document"),
        (b"SQLite format 3", "an SQLite database"),
    ];
    for (magic, what) in MAGIC {
        if bytes.starts_with(magic) {
            return Err(Problem::Binary(what));
        }
    }
    let head = &bytes[..bytes.len().min(8192)];
    // UTF-16 with a byte-order mark is text; it is decoded later.
    if head.starts_with(&[0xff, 0xfe]) || head.starts_with(&[0xfe, 0xff]) {
        return Ok(());
    }
    if head.contains(&0) {
        return Err(Problem::Binary("NUL bytes"));
    }
    let control = head
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0c))
        .count();
    if control * 20 > head.len() {
        return Err(Problem::Binary("control characters"));
    }
    Ok(())
}

/// Decode text: UTF-8 (with or without BOM), UTF-16 with a BOM, or
/// Windows-1252 when the bytes are plausibly that; anything else is refused.
pub fn decode_text(bytes: &[u8]) -> Result<String, Problem> {
    if let Some((encoding, bom)) = encoding_rs::Encoding::for_bom(bytes) {
        let (text, had_errors) = encoding.decode_without_bom_handling(&bytes[bom..]);
        if had_errors {
            return Err(Problem::Encoding { offset: bom });
        }
        return Ok(text.into_owned());
    }
    match std::str::from_utf8(bytes) {
        Ok(s) => Ok(s.to_owned()),
        Err(e) => decode_windows_1252(bytes).ok_or(Problem::Encoding {
            offset: e.valid_up_to(),
        }),
    }
}

/// Decode Windows-1252 if the bytes look like it: no bytes that 1252 leaves
/// undefined, and high bytes under a third of the text (real Western text in
/// 1252 is mostly ASCII; random binary is not).
pub fn decode_windows_1252(bytes: &[u8]) -> Option<String> {
    let high = bytes.iter().filter(|&&b| b >= 0x80).count();
    let undefined = bytes
        .iter()
        .any(|&b| matches!(b, 0x81 | 0x8d | 0x8f | 0x90 | 0x9d));
    if undefined || high * 3 > bytes.len() {
        return None;
    }
    let (text, _, had_errors) = encoding_rs::WINDOWS_1252.decode(bytes);
    (!had_errors).then(|| text.into_owned())
}

/// Decode an HTML page: a BOM, then a `charset` declared in the first bytes,
/// then UTF-8, then Windows-1252.
pub fn decode_html(bytes: &[u8]) -> Result<String, Problem> {
    if encoding_rs::Encoding::for_bom(bytes).is_none() {
        if let Some(encoding) = declared_charset(bytes) {
            if encoding != encoding_rs::UTF_8 {
                let (text, _, _) = encoding.decode(bytes);
                return Ok(text.into_owned());
            }
        }
    }
    decode_text(bytes)
}

fn declared_charset(bytes: &[u8]) -> Option<&'static encoding_rs::Encoding> {
    let head = &bytes[..bytes.len().min(4096)];
    let head = String::from_utf8_lossy(head).to_ascii_lowercase();
    let at = head.find("charset=")? + "charset=".len();
    let label: String = head[at..]
        .trim_start_matches(['"', '\''])
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | ':'))
        .collect();
    encoding_rs::Encoding::for_label(label.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_utf8_1252_and_refuses_junk() {
        assert_eq!(decode_text("café".as_bytes()).unwrap(), "café");
        assert_eq!(
            decode_text(b"caf\xe9 \x93quoted\x94").unwrap(),
            "café “quoted”"
        );
        assert!(matches!(
            decode_text(b"\x81\x81\x81\x81"),
            Err(Problem::Encoding { offset: 0 })
        ));
        let mut bom = vec![0xef, 0xbb, 0xbf];
        bom.extend_from_slice(b"hi");
        assert_eq!(decode_text(&bom).unwrap(), "hi");
    }

    #[test]
    fn refuses_binary() {
        assert!(matches!(
            check_not_binary(b"%PDF-1.7 ..."),
            Err(Problem::Binary(_))
        ));
        assert!(matches!(
            check_not_binary(b"ab\0cd"),
            Err(Problem::Binary(_))
        ));
        assert!(check_not_binary(b"plain text\n").is_ok());
    }

    #[test]
    fn html_charset_is_honoured() {
        let page = b"<meta charset=\"windows-1251\"><p>\xcf\xf0\xe8\xe2\xe5\xf2</p>";
        assert!(decode_html(page).unwrap().contains("Привет"));
    }
}
