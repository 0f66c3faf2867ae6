//! Word lists the stages share, lower case: honorifics and titles before a
//! person's name, abbreviations written with a stop, month names, the stop
//! words left out of content words, and adjectives of peoples the place
//! table has no row for. Each list is kept
//! once here; a stage that needs a narrower or wider set names the subsets
//! it joins.
//!
//! ```
//! use crosscheck_lexicon::words::{HONORIFIC_ABBREVIATIONS, month};
//! assert!(HONORIFIC_ABBREVIATIONS.contains(&"sen"));
//! assert_eq!(month("Sept."), Some(9));
//! assert_eq!(month("Maybe"), None);
//! ```

/// Honorifics and ranks abbreviated with a stop before a name ("Mr.",
/// "Sen.", "Gen."): the titles every stage knows.
pub const HONORIFIC_ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "gen", "sen", "rep", "gov", "lt", "col", "capt", "adm", "sgt",
    "rev",
];

/// Ranks abbreviated with a stop that only the quotes stage reads as a
/// title's stop when walking left over a source ("Maj.", "Cpl.", "Hon."); the
/// entity stage's tokens and titles do not include them.
pub const RARE_RANK_ABBREVIATIONS: &[&str] = &[
    "maj", "cpl", "hon", "pvt", "cmdr", "brig", "supt", "det", "insp",
];

/// Abbreviations with a stop inside or after a name ("St. Louis", "Jr.",
/// "Sr.").
pub const NAME_ABBREVIATIONS: &[&str] = &["st", "jr", "sr"];

/// Abbreviations with a stop in company names ("Inc.", "Bros.").
pub const COMPANY_ABBREVIATIONS: &[&str] = &["inc", "corp", "co", "ltd", "bros"];

/// Other abbreviations written with a stop ("Mt. Everest", "Ft. Worth",
/// "No. 10", "vs.").
pub const OTHER_ABBREVIATIONS: &[&str] = &["mt", "ft", "no", "vs"];

/// Titles written out in front of a person's name ("President", "Sheikh",
/// "Congresswoman") that the entity stage keeps in a person's mention,
/// besides [`HONORIFIC_ABBREVIATIONS`].
pub const PERSON_TITLES: &[&str] = &[
    "miss",
    "president",
    "general",
    "senator",
    "governor",
    "king",
    "queen",
    "prince",
    "princess",
    "pope",
    "sheikh",
    "ayatollah",
    "judge",
    "sir",
    "dame",
    "lord",
    "lady",
    "emir",
    "sultan",
    "chancellor",
    "premier",
    "representative",
    "congressman",
    "congresswoman",
    "chairman",
    "chairwoman",
    "captain",
    "ambassador",
    "officer",
    "speaker",
    "attorney",
];

/// Words of offices that open a title in front of a name ("Vice President",
/// "House Speaker", "Foreign Minister", "Prime Minister", "Secretary"): the
/// entity evaluation drops them with the titles when it compares names.
pub const OFFICE_WORDS: &[&str] = &["vice", "house", "secretary", "minister", "foreign", "prime"];

/// Whether a word (any case, with or without its stop) is an honorific or a
/// title written in front of a person's name ("Mr.", "President").
pub fn is_person_title(word: &str) -> bool {
    let w = word.trim_end_matches('.').to_lowercase();
    HONORIFIC_ABBREVIATIONS.contains(&w.as_str()) || PERSON_TITLES.contains(&w.as_str())
}

/// The months: full name, number, and the abbreviations written with a stop
/// ("Sept.", "Sep.").
pub const MONTHS: [(&str, u32, &[&str]); 12] = [
    ("january", 1, &["jan"]),
    ("february", 2, &["feb"]),
    ("march", 3, &["mar"]),
    ("april", 4, &["apr"]),
    ("may", 5, &[]),
    ("june", 6, &["jun"]),
    ("july", 7, &["jul"]),
    ("august", 8, &["aug"]),
    ("september", 9, &["sept", "sep"]),
    ("october", 10, &["oct"]),
    ("november", 11, &["nov"]),
    ("december", 12, &["dec"]),
];

/// The full name of a month written in full or abbreviated (lower case,
/// without its stop: "sept" → "september").
pub fn month_name(lower: &str) -> Option<&'static str> {
    MONTHS
        .iter()
        .find(|(name, _, short)| *name == lower || short.contains(&lower))
        .map(|(name, _, _)| *name)
}

/// The number of a month written in full or abbreviated, in any case, with
/// or without a stop ("Apr." → 4).
pub fn month(word: &str) -> Option<u32> {
    let w = word.trim_end_matches('.').to_lowercase();
    MONTHS
        .iter()
        .find(|(name, _, short)| *name == w || short.contains(&w.as_str()))
        .map(|(_, n, _)| *n)
}

/// Whether a word (lower case, no stop) is a month's abbreviation.
pub fn is_month_abbreviation(lower: &str) -> bool {
    MONTHS.iter().any(|(_, _, short)| short.contains(&lower))
}

/// English stop words, lower case with apostrophes dropped: the function
/// words, and the words every news report repeats whatever its story (the
/// verbs of reporting "said", "says", "say", the honorifics "mr", "mrs",
/// "ms", and "yesterday", "today"). The text layer leaves them out of an
/// article's content words.
pub const STOP_WORDS: &[&str] = &[
    "a",
    "about",
    "after",
    "again",
    "against",
    "all",
    "also",
    "am",
    "an",
    "and",
    "any",
    "are",
    "as",
    "at",
    "be",
    "because",
    "been",
    "before",
    "being",
    "between",
    "both",
    "but",
    "by",
    "can",
    "could",
    "did",
    "do",
    "does",
    "doing",
    "down",
    "during",
    "each",
    "few",
    "for",
    "from",
    "further",
    "had",
    "has",
    "have",
    "having",
    "he",
    "her",
    "here",
    "hers",
    "herself",
    "him",
    "himself",
    "his",
    "how",
    "i",
    "if",
    "in",
    "into",
    "is",
    "it",
    "its",
    "itself",
    "just",
    "me",
    "more",
    "most",
    "my",
    "myself",
    "no",
    "nor",
    "not",
    "now",
    "of",
    "off",
    "on",
    "once",
    "only",
    "or",
    "other",
    "our",
    "ours",
    "out",
    "over",
    "own",
    "same",
    "she",
    "should",
    "so",
    "some",
    "such",
    "than",
    "that",
    "the",
    "their",
    "theirs",
    "them",
    "then",
    "there",
    "these",
    "they",
    "this",
    "those",
    "through",
    "to",
    "too",
    "under",
    "until",
    "up",
    "very",
    "was",
    "we",
    "were",
    "what",
    "when",
    "where",
    "which",
    "while",
    "who",
    "whom",
    "why",
    "will",
    "with",
    "would",
    "you",
    "your",
    "said",
    "says",
    "say",
    "mr",
    "mrs",
    "ms",
    "yesterday",
    "today",
];

/// Adjectives of peoples and blocs that the place table has no row for
/// ("Soviet", "Western"), read as nationality adjectives in a role.
pub const BLOC_ADJECTIVES: &[&str] = &["soviet", "western"];

/// Titles, honorifics and abbreviations written with a stop that never
/// ends a sentence (the segmenter's list: wider than
/// [`HONORIFIC_ABBREVIATIONS`], since "vs." or "e.g." do not end one
/// either).
pub const NEVER_FINAL_ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "messrs", "mme", "dr", "prof", "gen", "gov", "sen", "rep", "reps", "sens",
    "lt", "col", "capt", "cmdr", "adm", "maj", "sgt", "cpl", "pvt", "rev", "hon", "pres", "supt",
    "det", "insp", "atty", "amb", "brig", "fr", "sr", "sra", "st", "mt", "ft", "vs", "v", "e.g",
    "i.e", "cf", "approx",
];

/// Abbreviations of a reference written with a stop ("No. 10", "Art. 5",
/// "pp. 12"): one only before its number — words of their own otherwise,
/// which may end a sentence ("Beaumont said no.", "modern art.").
pub const NUMBERED_ABBREVIATIONS: &[&str] = &[
    "no", "nos", "vol", "vols", "pp", "fig", "figs", "art", "sec", "ch",
];

/// Abbreviations written with a stop that may end a sentence (the segmenter
/// decides by the next word).
pub const MAYBE_FINAL_ABBREVIATIONS: &[&str] = &[
    "jr", "inc", "ltd", "co", "corp", "bros", "llc", "plc", "etc", "ave", "blvd", "rd", "dept",
    "univ", "assn", "est", "govt", "intl", "natl",
];

/// Words that commonly open a sentence, written capitalised (after an
/// ambiguous abbreviation, one of them starts a new sentence).
pub const SENTENCE_OPENERS: &[&str] = &[
    "The",
    "A",
    "An",
    "He",
    "She",
    "It",
    "They",
    "We",
    "I",
    "You",
    "This",
    "That",
    "These",
    "Those",
    "There",
    "But",
    "And",
    "Or",
    "So",
    "Yet",
    "In",
    "On",
    "At",
    "As",
    "By",
    "For",
    "From",
    "With",
    "After",
    "Before",
    "During",
    "Since",
    "While",
    "When",
    "If",
    "Although",
    "Though",
    "His",
    "Her",
    "Their",
    "Its",
    "Our",
    "My",
    "Your",
    "Mr.",
    "Mrs.",
    "Ms.",
    "Dr.",
    "According",
    "Officials",
    "Some",
    "Many",
    "Most",
    "Both",
    "Neither",
    "No",
    "Not",
    "Still",
    "Also",
    "However",
    "Meanwhile",
    "Earlier",
    "Later",
    "Last",
    "Next",
    "Now",
    "Then",
    "Today",
    "Yesterday",
    "What",
    "Why",
    "How",
    "Who",
    "Where",
    "One",
    "Two",
    "Three",
    "Such",
    "Other",
    "Under",
    "Over",
    "Despite",
    "Among",
    "Instead",
    "Asked",
    "Police",
];

/// Last words of companies' names ("Kessler Motors", "Halvorsen
/// Chemical", "Acme Corp"): a capitalised run ending with one names a
/// company, not a person.
pub const COMPANY_NAME_WORDS: &[&str] = &[
    "inc",
    "corp",
    "corporation",
    "co",
    "company",
    "ltd",
    "llc",
    "plc",
    "group",
    "holdings",
    "motors",
    "foods",
    "chemical",
    "chemicals",
    "aerospace",
    "airlines",
    "airways",
    "bank",
    "energy",
    "oil",
    "pharmaceuticals",
    "pharma",
    "technologies",
    "systems",
    "industries",
    "partners",
    "capital",
    "media",
    "entertainment",
    "studios",
    "labs",
    "software",
    "networks",
    "communications",
    "telecom",
    "electric",
    "steel",
    "mining",
    "logistics",
    "insurance",
    "financial",
    "brands",
    "stores",
    "resources",
    "solutions",
    "therapeutics",
    "automotive",
    "robotics",
    "textiles",
    "shipping",
    "brewing",
    "beverages",
    "hotels",
    "resorts",
    "homes",
    "buses",
    "railways",
    "properties",
    "property",
    "water",
    "utilities",
];

/// Head words of organisations, buildings, places and documents: a
/// capitalised run holding one ("Southwark Crown Court", "White House",
/// "Budget Office", "Rockefeller Center") names no person, whoever it is
/// named after.
pub const INSTITUTION_WORDS: &[&str] = &[
    "academy",
    "act",
    "administration",
    "agency",
    "airlines",
    "airport",
    "airways",
    "alliance",
    "army",
    "assembly",
    "association",
    "authority",
    "avenue",
    "bank",
    "board",
    "brewery",
    "bridge",
    "building",
    "bureau",
    "cabinet",
    "campaign",
    "capitol",
    "cathedral",
    "center",
    "centre",
    "chamber",
    "church",
    "city",
    "club",
    "co-operative",
    "coalition",
    "collective",
    "college",
    "commission",
    "committee",
    "company",
    "conference",
    "congress",
    "consultancy",
    "cooperative",
    "corporation",
    "council",
    "county",
    "court",
    "department",
    "directorate",
    "district",
    "embassy",
    "enterprises",
    "federation",
    "force",
    "forces",
    "foundation",
    "fund",
    "governorate",
    "group",
    "hall",
    "holdings",
    "hospital",
    "hotel",
    "house",
    "inc",
    "industries",
    "inspectorate",
    "institute",
    "insurance",
    "journal",
    "league",
    "library",
    "limited",
    "logistics",
    "ltd",
    "management",
    "market",
    "markets",
    "ministry",
    "movement",
    "municipality",
    "navy",
    "museum",
    "network",
    "news",
    "office",
    "organisation",
    "organization",
    "palace",
    "park",
    "parliament",
    "party",
    "pharmacy",
    "police",
    "post",
    "prefecture",
    "prison",
    "productions",
    "province",
    "railway",
    "region",
    "republic",
    "road",
    "school",
    "secretariat",
    "senate",
    "service",
    "services",
    "shipping",
    "society",
    "solutions",
    "square",
    "stadium",
    "station",
    "stores",
    "street",
    "studios",
    "supermarket",
    "supermarkets",
    "systems",
    "territory",
    "times",
    "tower",
    "town",
    "tribunal",
    "trust",
    "union",
    "university",
    "water",
];

/// Titles and honorifics that say a person is a man.
pub const MALE_TITLES: &[&str] = &[
    "mr",
    "fr",
    "mallam",
    "alhaji",
    "sir",
    "lord",
    "king",
    "prince",
    "father",
    "congressman",
    "chairman",
    "spokesman",
    "brother",
    "uncle",
    "son",
    "husband",
    "boyfriend",
    "fiance",
    "fiancé",
    "widower",
    "policeman",
    "businessman",
    "grandfather",
    "dad",
    "nephew",
    "grandson",
    "stepson",
    "stepfather",
    // Honorifics of other languages' news written in English ("Herr
    // Schmidt", "Señor Ruiz", "Mzee Njoroge", "Ratu Peni", "Datuk Seri").
    "herr",
    "señor",
    "senor",
    "signor",
    "mzee",
    "ratu",
    "shri",
    "datuk",
    "haji",
    "ustaz",
    // A master of a craft or an art in South Asian news ("Ustad Ghafoor"),
    // and West African news' other spelling of Mallam ("Malam Haruna").
    "ustad",
    "ustadh",
    "malam",
];

/// Titles and honorifics that say a person is a woman.
pub const FEMALE_TITLES: &[&str] = &[
    "mrs",
    // Spanish news' title of a woman ("Doña Sabina Huamán").
    "doña",
    "alhaja",
    "hajia",
    "ms",
    "miss",
    "lady",
    "dame",
    "queen",
    "princess",
    "sister",
    "congresswoman",
    "chairwoman",
    "spokeswoman",
    "mother",
    "aunt",
    "daughter",
    "wife",
    "girlfriend",
    "fiancee",
    "fiancée",
    "widow",
    "policewoman",
    "wpc",
    "businesswoman",
    "grandmother",
    "mum",
    "mom",
    "niece",
    "granddaughter",
    "stepdaughter",
    "stepmother",
    // Honorifics of other languages' news written in English ("Mme
    // Lavergne", "Frau Weber", "Señora Ruiz", "Smt Devi"), and the
    // English "Auntie Ladda", "Madam Siti".
    "mme",
    "mlle",
    "madame",
    "mademoiselle",
    "frau",
    "señora",
    "senora",
    "señorita",
    "signora",
    "smt",
    "datin",
    "hajjah",
    "auntie",
    "aunty",
    "madam",
    // Singapore's and Malaysia's written "Madam" ("Mdm Tan Siew Lan").
    "mdm",
];

/// Words that follow a name and are not part of it for matching ("Jr.",
/// "III").
pub const NAME_SUFFIXES: &[&str] = &["jr", "sr", "ii", "iii", "iv"];

/// Adverbs of time and repetition that may follow a name in a source
/// phrase ("Jay Carney today", "Mr. Smith again"), lower-case.
pub const TIME_ADVERBS: &[&str] = &[
    "today",
    "yesterday",
    "tonight",
    "tomorrow",
    "now",
    "again",
    "then",
    "later",
    "earlier",
    "also",
    "too",
    "once",
    "still",
    "already",
];

/// The days of the week, Monday first.
pub const WEEKDAYS: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// British police ranks written before a name ("PC Darren Fenton", "Det
/// Supt Smith"), which the entity stage reads as titles besides
/// [`HONORIFIC_ABBREVIATIONS`] ("DC" is left out: it is Washington's).
pub const POLICE_RANK_TITLES: &[&str] = &[
    "pc",
    "wpc",
    "det",
    "supt",
    "insp",
    "dci",
    "detective",
    "inspector",
    "constable",
    "superintendent",
    "sergeant",
];

/// Abbreviations of places written after a town ("Bentonville, Ark.",
/// "Chorley, Lancs"): the AP style's US states and the English counties'
/// short forms, lower case, without stops.
pub const PLACE_ABBREVIATIONS: &[&str] = &[
    "ala",
    "ariz",
    "ark",
    "calif",
    "colo",
    "conn",
    "del",
    "fla",
    "ga",
    "ill",
    "ind",
    "kan",
    "ky",
    "la",
    "md",
    "mass",
    "mich",
    "minn",
    "miss",
    "mo",
    "mont",
    "neb",
    "nev",
    "nh",
    "nj",
    "nm",
    "ny",
    "nc",
    "nd",
    "okla",
    "ore",
    "pa",
    "ri",
    "sc",
    "sd",
    "tenn",
    "tex",
    "vt",
    "va",
    "wash",
    "wva",
    "wis",
    "wisc",
    "wyo",
    "beds",
    "berks",
    "bucks",
    "cambs",
    "glos",
    "hants",
    "herts",
    "lancs",
    "leics",
    "lincs",
    "northants",
    "notts",
    "oxon",
    "staffs",
    "wilts",
    "worcs",
    "yorks",
];

/// Whether a word (any case, with or without stops) is one of
/// [`PLACE_ABBREVIATIONS`].
pub fn is_place_abbreviation(word: &str) -> bool {
    let w: String = word
        .chars()
        .filter(|c| *c != '.')
        .collect::<String>()
        .to_lowercase();
    PLACE_ABBREVIATIONS.contains(&w.as_str())
}

/// Nouns and adjectives of a party's members ("Republicans", "Democrat"):
/// a name ending with one ("House Republicans", "New York Democrat") or
/// one of them followed by "of" and a place ("Democrat of Vermont") names a
/// group or describes a person, it names no entity.
pub const PARTY_MEMBER_WORDS: &[&str] = &[
    "republican",
    "republicans",
    "democrat",
    "democrats",
    "democratic",
    "conservatives",
    "liberals",
    "tories",
    "labourites",
];

/// Kin words: before a name they make it a person's ("his sister
/// Elizabeth"); as a description's head, someone of a family.
pub const KIN_WORDS: &[&str] = &[
    "mother",
    "father",
    "sister",
    "brother",
    "son",
    "daughter",
    "wife",
    "husband",
    "widow",
    "widower",
    "grandmother",
    "grandfather",
    "grandson",
    "granddaughter",
    "uncle",
    "aunt",
    "nephew",
    "niece",
    "cousin",
    "stepson",
    "stepdaughter",
    "stepfather",
    "stepmother",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn months_read_in_every_form() {
        assert_eq!(month("January"), Some(1));
        assert_eq!(month("sep."), Some(9));
        assert_eq!(month("MAY"), Some(5));
        assert_eq!(month_name("sept"), Some("september"));
        assert!(is_month_abbreviation("dec"));
        assert!(!is_month_abbreviation("may"));
    }

    #[test]
    fn titles() {
        assert!(is_person_title("Mr."));
        assert!(is_person_title("Ayatollah"));
        assert!(!is_person_title("Maj."));
    }
}
