//! Recognising the parts of a page that are not the story: navigation,
//! bylines, credits, comment forms, promotions, "related" sections.
//!
//! The rules are general (phrases and shapes that recur across sites), not
//! tied to any page; both the plain-text and the HTML readers use them.

/// What a line of a page is, as far as the story is concerned.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// Story text (or not recognisably anything else).
    Content,
    /// Navigation and page furniture ("top of page", "Advertisement").
    Furniture,
    /// A line after which nothing belongs to the story (a comment form,
    /// a copyright notice).
    Stop,
    /// The heading of a box of links ("Related", "More:", "Tags"): the end of
    /// the story when no more story text follows, a box inside it otherwise.
    Section,
    /// Credits and calls to action that may close a story ("Follow her on
    /// Twitter", "Additional reporting by").
    Trailer,
}

/// Short lines that are page furniture wherever they appear.
const FURNITURE: &[&str] = &[
    "top of page",
    "bottom of page",
    "back to top",
    "skip to content",
    "skip to main content",
    "skip navigation",
    "menu",
    "main menu",
    "search",
    "home",
    "sign in",
    "log in",
    "login",
    "subscribe",
    "subscribe now",
    "advertisement",
    "advert",
    "ad",
    "sponsored",
    "sponsored links",
    "sponsored content",
    "share",
    "share this",
    "share this article",
    "share on facebook",
    "share on twitter",
    "tweet",
    "email",
    "print",
    "facebook",
    "twitter",
    "linkedin",
    "whatsapp",
    "pinterest",
    "reddit",
    "copy link",
    "copied",
    "listen to this article",
    "open in app",
    "enlarge image",
    "enlarge this image",
    "back to gallery",
    "view gallery",
    "see full gallery",
    "watch",
    "video",
    "close",
    "continue reading",
    "show more",
    "load more",
    "breaking news",
    "news",
    "opinion",
    "loading",
    "loading...",
    "toggle caption",
    "hide caption",
    "image",
    "photo",
    "expand",
    "collapse",
    "next",
    "previous",
    "next article",
    "previous article",
    "more",
    "read more",
    "click to tweet",
    "click here",
    "learn more",
    "iklan",
];

/// Lines that end the story: what follows is comments.
const STOPS: &[&str] = &[
    "leave a reply",
    "leave a comment",
    "leave a reply cancel reply",
    "post a comment",
    "comments",
    "add a comment",
    "join the conversation",
    "show comments",
    "view comments",
    "your email address will not be published",
    "you must be logged in to post a comment",
];

/// Headings of boxes of links, tags and promotions.
const SECTIONS: &[&str] = &[
    "related",
    "related articles",
    "related stories",
    "related content",
    "related coverage",
    "related posts",
    "related topics",
    "you may also like",
    "you might also like",
    "more from",
    "more stories",
    "more on this story",
    "more in",
    "most popular",
    "most read",
    "trending",
    "recommended",
    "recommended for you",
    "read next",
    "what to read next",
    "explore further",
    "tags",
    "topics",
    "filed under",
    "categories",
    "more",
    "see also",
    "about the author",
    "about the authors",
    "source",
    "sources",
    "don't miss",
    "don’t miss",
    "see more",
    "citation",
    "share this",
    "like this",
    "sign up for our newsletter",
    "newsletter",
    "follow us",
    "you may be interested in",
    "you may also be interested in",
    "other stories",
    "latest news",
    "editor's picks",
    "from the web",
    "around the web",
    "promoted stories",
    "関連記事",
    "相关文章",
    "相關文章",
    "artigos relacionados",
    "leia também",
    "leia mais",
    "veja também",
    "lesen sie auch",
    "mehr zum thema",
    "ver también",
    "noticias relacionadas",
    "articles connexes",
    "à lire aussi",
    "lire aussi",
    "похожие статьи",
    "читайте также",
    "berita terkait",
    "artikel terkait",
    "baca juga",
];

/// Openings of lines that end the story.
const STOP_PREFIXES: &[&str] = &[
    "this document is subject to copyright",
    "copyright ©",
    "copyright",
    "© ",
    "all rights reserved",
    "your email address will not be published",
    "required fields are marked",
];

/// Openings of lines that head (or are) a box of links.
const SECTION_PREFIXES: &[&str] = &[
    "related:",
    "read more:",
    "see more:",
    "more:",
    "tags:",
    "topics:",
    "filed under",
    "get the latest",
    "sign up for",
    "subscribe to our",
    "this slideshow requires javascript",
    "also:",
    "also read:",
    "read also:",
    "see also:",
    "recommended:",
    "watch:",
    "タグ:",
    "タグ：",
    "标签:",
    "etiquetas:",
    "schlagworte:",
    "теги:",
    "tags :",
];

/// Openings of credit and call-to-action lines.
const TRAILER_PREFIXES: &[&str] = &[
    "additional reporting by",
    "reporting by",
    "editing by",
    "writing by",
    "compiled by",
    "follow him on",
    "follow her on",
    "follow them on",
    "follow us on",
    "follow newsbeat",
    "have a tip?",
    "contact the author",
    "contact us at",
    "send us",
    "click here",
    "read more on",
    "get fox business",
    "click here to get",
    "listen to",
    "subscribe to",
    "get access to",
    "if you enjoyed this article",
    "first published on",
    "first published",
    "updated:",
    "updated on",
    "last updated",
    "published:",
    "posted:",
    "posted on",
    "photo:",
    "photo credit",
    "image:",
    "image credit",
    "credit:",
    "(photo",
    "[photo",
];

/// The comparison key of a line: typography folded, lower case, trailing
/// punctuation dropped; only the first 300 bytes matter for the look-ups.
fn key(line: &str) -> String {
    let line = line.trim();
    let head = &line[..floor_char_boundary(line, 300)];
    let mut k = String::with_capacity(head.len());
    for c in head.chars() {
        let c = crosscheck_text::fold_char(c);
        if c.is_ascii() {
            k.push(c.to_ascii_lowercase());
        } else {
            k.extend(c.to_lowercase());
        }
    }
    while k.ends_with(['.', '!', ' ', '>', '»', '|', '…']) {
        k.pop();
    }
    k
}

fn floor_char_boundary(s: &str, at: usize) -> usize {
    if at >= s.len() {
        return s.len();
    }
    (0..=at).rev().find(|&i| s.is_char_boundary(i)).unwrap_or(0)
}

/// The role of one line (a paragraph of a page).
pub fn role(line: &str) -> Role {
    let k = key(line);
    if k.is_empty() {
        return Role::Furniture;
    }
    let words = line.split_whitespace().take(41).count();
    if words <= 6 {
        if FURNITURE.contains(&k.as_str()) {
            return Role::Furniture;
        }
        if STOPS.contains(&k.as_str()) || STOPS.contains(&k.trim_end_matches(':')) {
            return Role::Stop;
        }
        if SECTIONS.contains(&k.as_str()) || SECTIONS.contains(&k.trim_end_matches(':')) {
            return Role::Section;
        }
        // "Comments (12)", "1 of 6", "0 Comments"
        let bare: String = k
            .chars()
            .filter(|c| !c.is_ascii_digit() && !"()[]+".contains(*c))
            .collect();
        let bare = bare.trim();
        if matches!(
            bare,
            "of" | "comments" | "comment" | "photos" | "images" | "shares"
        ) {
            return if bare.starts_with("comment") {
                Role::Stop
            } else {
                Role::Furniture
            };
        }
    }
    const STAMPS: &[&str] = &[
        "updated",
        "published",
        "posted",
        "last updated",
        "first published",
        "last modified",
    ];
    if words <= 8 && STAMPS.iter().any(|p| k.starts_with(p)) {
        return Role::Furniture;
    }
    if STOP_PREFIXES.iter().any(|p| k.starts_with(p)) && words <= 40 {
        return Role::Stop;
    }
    if SECTION_PREFIXES.iter().any(|p| k.starts_with(p)) && words <= 40 {
        return Role::Section;
    }
    if TRAILER_PREFIXES.iter().any(|p| k.starts_with(p)) && words <= 40 {
        return Role::Trailer;
    }
    Role::Content
}

/// How many words a line has; for scripts written without spaces (Chinese,
/// Japanese, Thai) every two letters count as a word.
pub fn word_count(line: &str) -> usize {
    let spaced = line.split_whitespace().count();
    let unspaced = line
        .chars()
        .filter(|c| {
            matches!(*c as u32, 0x3040..=0x30ff | 0x3400..=0x9fff | 0xac00..=0xd7af | 0x0e00..=0x0e7f | 0xf900..=0xfaff)
        })
        .count();
    spaced.max(unspaced / 2)
}

/// Whether a line ends like a sentence: terminal punctuation, possibly
/// inside closing quotes or brackets (`…he said.”`, but not a headline's
/// `… ‘ongoing cooperation’`).
pub fn ends_sentence(line: &str) -> bool {
    let bare = line
        .trim_end()
        .trim_end_matches(['"', '”', '’', '\'', ')', ']', '»', '」', '』']);
    bare.ends_with(['.', '!', '?', '。', '！', '？', '؟', '۔', '…', ':'])
}

/// Whether a line reads as a paragraph of prose.
pub fn is_prose(line: &str) -> bool {
    word_count(line) >= 20 && ends_sentence(line)
}

/// Whether a line is a byline ("By Vivian Yee", "| BY: Jane Doe"), and the
/// names in it if so.
pub fn byline(line: &str) -> Option<String> {
    if line.len() > 400 {
        return None;
    }
    let n = crosscheck_text::normalize(line.trim());
    let t = n.text.trim_start_matches(['|', '-', ' ']);
    let rest = t
        .strip_prefix("By ")
        .or_else(|| t.strip_prefix("BY "))
        .or_else(|| t.strip_prefix("By: "))
        .or_else(|| t.strip_prefix("BY: "))
        .or_else(|| t.strip_prefix("by "))
        .or_else(|| t.strip_prefix("Written by "))?;
    // Cut at a separator before a date, role or outlet: "By X | April 13", "By X - 2018-09-16".
    let names = rest
        .split(['|', '•', '·', '\n'])
        .next()
        .unwrap_or(rest)
        .split(" - ")
        .next()
        .unwrap_or(rest)
        .trim()
        .trim_end_matches([',', ';']);
    let names = names
        .split(", ")
        .take_while(|part| !part.chars().any(|c| c.is_ascii_digit()))
        .collect::<Vec<_>>()
        .join(", ");
    let words: Vec<&str> = names.split_whitespace().collect();
    if words.is_empty() || words.len() > 12 {
        return None;
    }
    let namey = words.iter().all(|w| {
        w.starts_with(|c: char| c.is_uppercase())
            || matches!(
                *w,
                "and"
                    | "&"
                    | "de"
                    | "da"
                    | "van"
                    | "von"
                    | "der"
                    | "al"
                    | "bin"
                    | "la"
                    | "le"
                    | "del"
            )
    });
    namey.then(|| words.join(" "))
}

/// Whether a paragraph is an author biography ("Vivian Yee is the Cairo
/// bureau chief, covering …"), given the byline's names if known.
pub fn is_bio(paragraph: &str, author: Option<&str>) -> bool {
    let words: Vec<&str> = paragraph.split_whitespace().take(6).collect();
    if words.len() < 3 {
        return false;
    }
    let verb_at = words.iter().position(|w| {
        matches!(
            *w,
            "is" | "was" | "covers" | "reports" | "writes" | "has" | "joined"
        )
    });
    let Some(verb_at) = verb_at.filter(|&v| (1..=4).contains(&v)) else {
        return false;
    };
    let name = words[..verb_at].join(" ");
    let names_author = author.is_some_and(|a| {
        a.split(" and ")
            .any(|one| one.trim() == name || one.split_whitespace().last() == Some(name.as_str()))
    });
    let capitalised = words[..verb_at]
        .iter()
        .all(|w| w.starts_with(|c: char| c.is_uppercase()));
    let lower = paragraph.to_lowercase();
    const BIO_WORDS: &[&str] = &[
        "correspondent",
        "reporter",
        "editor",
        "bureau",
        "chief",
        "writer",
        "columnist",
        "journalist",
        "contributor",
        "covers",
        "covering",
        "based in",
        "author of",
        "staff",
        "freelance",
        "producer",
        "analyst",
        "fellow",
    ];
    let bio_words = BIO_WORDS.iter().filter(|w| lower.contains(*w)).count();
    (names_author && bio_words >= 1)
        || (capitalised && verb_at >= 2 && bio_words >= 2 && paragraph.len() < 600)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roles() {
        assert_eq!(role("top of page"), Role::Furniture);
        assert_eq!(role("Leave a Reply"), Role::Stop);
        assert_eq!(role("Related Articles"), Role::Section);
        assert_eq!(
            role("Related: The 15 Weirdest Galaxies in Our Universe"),
            Role::Section
        );
        assert_eq!(
            role("Your email address will not be published. Required fields are marked *"),
            Role::Stop
        );
        assert_eq!(role("Comments (12)"), Role::Stop);
        assert_eq!(role("1 of 6"), Role::Furniture);
        assert_eq!(role("Additional reporting by Joseph Hudak"), Role::Trailer);
        assert_eq!(
            role("Iran and Nicaragua held discussions in February."),
            Role::Content
        );
        assert_eq!(role("Home prices rose."), Role::Content);
    }

    #[test]
    fn bylines() {
        assert_eq!(byline("By Vivian Yee").as_deref(), Some("Vivian Yee"));
        assert_eq!(byline("By admin - 2018-09-16"), None);
        assert_eq!(byline("By Louis Jacobson on Monday").as_deref(), None);
        assert_eq!(
            byline("By Jane Doe and John Roe | April 13, 2023").as_deref(),
            Some("Jane Doe and John Roe")
        );
        assert_eq!(byline("By the way, this is a sentence about things."), None);
    }

    #[test]
    fn bios() {
        let bio = "Vivian Yee is the Cairo bureau chief, covering politics, society and culture in the Middle East.";
        assert!(is_bio(bio, Some("Vivian Yee")));
        assert!(is_bio(bio, None));
        assert!(!is_bio(
            "Iran is a country that has long sought allies.",
            None
        ));
    }
}
