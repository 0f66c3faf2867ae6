//! Who a source is: the fullest name the article gives for a person
//! ("Mr. Ortega" → Daniel Ortega), the antecedent of a pronoun, the person a
//! role stands for ("the Iranian foreign minister"), or the fuller phrase a
//! short one repeats ("the commanders" → Nicaraguan Army commanders) —
//! without merging different people who share a name part.

use std::collections::HashMap;

use crosscheck_lexicon::{PlaceForm, first_names, organizations, outlets, places, words};
use crosscheck_model::Span;
use crosscheck_text::{Token, TokenKind};

/// Trades and arts before a name, no part of it ("Actress Funke Adesanya",
/// "Reader Tom Afolabi"), none of them a common surname — but a body's name
/// when one word follows ("Artist Rooms", "Vet Partners").
const TRADE_WORDS: &[&str] = &[
    "actress",
    "actor",
    "veterinarian",
    "vet",
    "poet",
    "author",
    "novelist",
    "artist",
    "chef",
    "photographer",
    "auctioneer",
    "architect",
    "ecologist",
    "vendor",
    "apprentice",
    "reader",
    "sculptor",
    "playwright",
    "filmmaker",
    "composer",
    "pianist",
    "violinist",
    "cellist",
    "comedian",
    "blogger",
    "influencer",
    "podcaster",
];

/// Words that are roles or descriptions, not names, when they open a run of
/// capitalised words ("Iranian Foreign Minister Hossein Amir-Abdollahian"),
/// besides the honorifics ([`words::HONORIFIC_ABBREVIATIONS`]).
const ROLE_WORDS: &[&str] = &[
    "president",
    "laureate",
    "vice",
    "prime",
    "minister",
    "foreign",
    "defense",
    "defence",
    "interior",
    "secretary",
    "senator",
    "representative",
    "governor",
    "mayor",
    "judge",
    "justice",
    "general",
    "admiral",
    "colonel",
    "captain",
    "commander",
    "chief",
    "director",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "ambassador",
    "envoy",
    "king",
    "queen",
    "prince",
    "princess",
    "sheikh",
    "ayatollah",
    // Honorifics of Singapore, Malaysia and West Africa ("Madam Siti",
    // "Mama Adeyemi").
    "madam",
    "mdm",
    "mama",
    // Indonesian honorifics before a given name ("Ibu Yanti", "Bapak
    // Budi"; not the short "Bu" and "Pak", Chinese and Korean surnames
    // too), and a Malawian traditional office ("Group Village Headman
    // Mwale").
    "ibu",
    "bapak",
    "headman",
    "headwoman",
    "supreme",
    "leader",
    "chairman",
    "chairwoman",
    "chair",
    "ceo",
    "former",
    "late",
    "deputy",
    "acting",
    "state",
    "army",
    "sir",
    "lord",
    "lady",
    "pope",
    "cardinal",
    "bishop",
    "archbishop",
    "vicar",
    "chaplain",
    "rabbi",
    "imam",
    "officer",
    "sergeant",
    "lieutenant",
    "major",
    "minister’s",
    "speaker",
    "attorney",
    "senior",
    "top",
    "diplomat",
    "official",
    "military",
    "commanders",
    "adviser",
    "advisor",
    "first",
    "son",
    "daughter",
    "wife",
    "husband",
    "coroner",
    "sheriff",
    "sheriff's",
    "magistrate",
    "recorder",
    "detective",
    "inspector",
    "constable",
    "superintendent",
    "professor",
    "reverend",
    "pastor",
    "chancellor",
    "congressman",
    "congresswoman",
    "rep",
    "councillor",
    "cllr",
    // Australian and Irish papers' councillor, a priest, and titles of West
    // African news ("Cr Chau", "Fr Castro", "Mallam Sani", "Alhaji Bello").
    "cr",
    "fr",
    // A conductor's title ("Maestro Wierzbicki").
    "maestro",
    "mallam",
    "malam",
    "ustad",
    "ustadh",
    "doña",
    "alhaji",
    "alhaja",
    "hajia",
    "councilman",
    "councilwoman",
    "lawmaker",
    "jesuit",
    // Trades and offices of American political news ("Weekly Standard
    // Editor Bill Kristol", "Democratic strategist Hank Sheinkopf").
    "editor",
    "publisher",
    "host",
    "anchor",
    "moderator",
    "presenter",
    "interviewer",
    "columnist",
    "correspondent",
    "strategist",
    "pollster",
    "analyst",
    "economist",
    "commentator",
    "organizer",
    "organizers",
    "organisers",
    "sens",
    "reps",
    "senators",
    "organiser",
    "founder",
    "co-founder",
    "executive",
    "activist",
    "blogger",
    "commissioner",
    "administrator",
    "candidate",
    "nominee",
    "whip",
    "treasurer",
    "historian",
    "manager",
    // Trades and descriptions before a name ("Farmer Pierre Lambert",
    // "Pensioner Joan Smith", "retired teacher Betty Simmons"), which later
    // stand for the person ("the farmer").
    "farmer",
    "caller",
    "coach",
    "singer",
    "mum",
    "mom",
    "dad",
    "mother",
    "father",
    "brother",
    "sister",
    "trustee",
    "pensioner",
    "grandmother",
    "grandfather",
    "widow",
    "widower",
    "teacher",
    "nurse",
    "student",
    "schoolgirl",
    "schoolboy",
    "teenager",
    "housewife",
    "shopkeeper",
    "businessman",
    "businesswoman",
    "landlord",
    "landlady",
    "vicar",
    "soldier",
    "paramedic",
    "firefighter",
    "fireman",
    "accountant",
    "footballer",
    "jockey",
    "tycoon",
    "millionaire",
    "aide",
    "consultant",
    "operative",
    "counselor",
    "counsellor",
    "coordinator",
    // Heads of a house, a school or a collection, and trades of a local
    // story ("Dom Laurent Tremblay, the abbot, … The abbot hopes").
    "abbot",
    "abbess",
    "curator",
    "headteacher",
    "headmaster",
    "headmistress",
    "instructor",
    "lifeguard",
    "beekeeper",
    "ferryman",
    "zookeeper",
    // People of a local story, a laboratory and a match, before a name
    // ("parent Marcus Bell", "Librarian Carla Jennings", "striker Luis
    // Ortega"), who later stand for the person ("the striker").
    "parent",
    "resident",
    "neighbour",
    "neighbor",
    "librarian",
    "trainer",
    "volunteer",
    "researcher",
    "scientist",
    "surgeon",
    "physician",
    "pharmacist",
    "engineer",
    "striker",
    "midfielder",
    "defender",
    "goalkeeper",
    "winger",
    "quarterback",
    "pitcher",
    // British police ranks and court roles, abbreviated as written ("Det
    // Supt Bryan Craddock", "WPC Joy Hendricks", "Prosecutor Paul Sloan").
    "det",
    "supt",
    "insp",
    "ch",
    "pc",
    "wpc",
    "dci",
    "dcs",
    "prosecutor",
    "barrister",
    "solicitor",
    "lawyer",
    "counsel",
    "dc",
    "ds",
    "mp",
    "mep",
    "msp",
    "qc",
];

/// Letters after a name that are no part of it ("Victor Temple QC",
/// "Joe Bloggs MP"): a name's run ends before them.
const POST_NOMINALS: &[&str] = &[
    "qc", "kc", "mp", "mep", "msp", "jp", "obe", "mbe", "cbe", "kbe",
];

/// Whether the words after a name in a source phrase (up to a comma) make
/// it the modifier of a common noun ("A Romney campaign aide", "a Ryan
/// spokesman"): lower-case words that end in a noun, not an adverb, a
/// time or a verb ("Mr. Boehner facetiously", "Jay Carney today", "Obama
/// continued").
fn modifies_a_noun(after: &str) -> bool {
    let clause = after.split([',', '(', '—', ';']).next().unwrap_or("");
    let words: Vec<String> = clause
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_string())
        .filter(|w| !w.is_empty())
        .collect();
    // A role between two names: the first names whom the second works
    // for ("Golden Crust managing director Paul Whitlock").
    if let Some(name) = words
        .iter()
        .position(|w| w.chars().next().is_some_and(char::is_uppercase))
        && (1..=3).contains(&name)
        && (is_role(&words[name - 1])
            // "Silver Ladle Catering boss Trevor Bignall".
            || matches!(
                words[name - 1].to_lowercase().as_str(),
                "boss" | "founder" | "owner" | "manager" | "executive" | "head"
            ))
        && words[..name]
            .iter()
            .all(|w| w.chars().next().is_some_and(char::is_lowercase) && !crate::cues::is_verb(w))
    {
        return true;
    }
    let Some(last) = words.last() else {
        return false;
    };
    words
        .iter()
        .all(|w| w.chars().next().is_some_and(char::is_lowercase))
        // An adverb ("Mr. Boehner facetiously"), not a noun of that
        // ending ("the Delacroix family").
        && (!last.ends_with("ly") || crate::cues::LY_NOUNS.contains(&last.as_str()))
        && !words::STOP_WORDS.contains(&last.as_str())
        && !words::TIME_ADVERBS.contains(&last.as_str())
        && !crate::cues::is_verb(last)
        && !last.ends_with("ed")
        && !last.ends_with("ing")
}

/// Roles that name the same office: a person given one is "the …" of any
/// other later ("Rep. Anthony Weiner" … "the congressman").
const ROLE_SYNONYMS: &[&[&str]] = &[
    &[
        "representative",
        "rep",
        "congressman",
        "congresswoman",
        "lawmaker",
    ],
    &["senator", "sen", "lawmaker"],
    &["governor", "gov"],
    &["spokesman", "spokeswoman", "spokesperson"],
    &["chairman", "chairwoman", "chair"],
    &["councillor", "councilman", "councilwoman"],
    &["mum", "mom", "mother"],
    &["dad", "father"],
    // "Mrs Justice Alison Penrose … the judge said".
    &["judge", "justice", "recorder"],
];

/// How many words of an appositive before a name are kept as its role
/// ("Iran’s foreign minister, Hossein …" → iran’s, foreign, minister).
const APPOSITIVE_ROLE_WORDS: usize = 3;

/// Words that open a subordinate clause at the start of a sentence.
const OPENING_SUBORDINATORS: &[&str] = &[
    "after", "before", "when", "while", "although", "though", "if", "as", "since", "because",
    "asked", "unlike", "like", "despite",
];

/// Conjunctions of [`OPENING_SUBORDINATORS`] that open a clause whose
/// subject a main clause's pronoun may stand for ("When Margaret Vane first
/// ran, she …"); not a participle or a preposition ("Asked", "Despite").
const CLAUSE_CONJUNCTIONS: &[&str] = &[
    "after", "before", "when", "while", "although", "though", "if", "as", "since", "because",
];

/// The most adjectives between an article and the name it opens ("A more
/// congenial Rick Santorum").
const MAX_ADJECTIVES_BEFORE_NAME: usize = 3;

/// Words that open an adverbial before a sentence's subject, whose names
/// are no subject ("Until a chance meeting with Martin Ross, he").
const ADVERBIAL_OPENERS: &[&str] = &[
    "after",
    "before",
    "until",
    "since",
    "following",
    "in",
    "on",
    "at",
    "during",
    "last",
    "despite",
    "without",
];

/// How many sentences back a pronoun looks for the person it stands for.
const PRONOUN_REACH: usize = 3;

/// Prepositions that open a frame before a sentence's subject ("In an
/// interview, Ryan said …").
const FRAME_PREPOSITIONS: &[&str] = &["in", "at", "on", "during", "after", "before"];

/// The most words of such a frame.
const FRAME_WORDS: usize = 8;

/// Prepositions whose object is no sentence's subject.
pub(crate) const PREPOSITIONS: &[&str] = &[
    "with", "at", "in", "on", "for", "to", "from", "by", "of", "about", "after", "before", "during",
];

/// How many sentences that open with the same pronoun a pronoun's person
/// may pass through ("Ryan spoke. He recalled …. “…,” he said.").
const PRONOUN_CHAIN: usize = 3;

/// The most words a person's name has, initials and suffixes included.
const MAX_NAME_WORDS: usize = 5;

/// Leading words dropped from a common noun phrase.
const DETERMINERS: &[&str] = &[
    "the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our",
    "some", "several", "two", "three", "many", "other", "another",
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Gender {
    Male,
    Female,
}

fn gender_of_title(role: &str) -> Option<Gender> {
    if words::MALE_TITLES.contains(&role) {
        Some(Gender::Male)
    } else if words::FEMALE_TITLES.contains(&role) {
        Some(Gender::Female)
    } else {
        None
    }
}

/// The gender the first name of a full name gives ("Meredith Vieira"); a
/// name of one word is a surname as often as not, and gives none.
fn gender_of_first_name(name: &str) -> Option<Gender> {
    let mut words = name.split_whitespace();
    let first = words.next()?;
    words.next()?;
    first_names::gender_of_first_name(first).map(|g| match g {
        first_names::NameGender::Male => Gender::Male,
        first_names::NameGender::Female => Gender::Female,
    })
}

/// The gender an appositive after a name gives ("Lis Smith, a spokeswoman
/// for the Obama campaign", "…, the son of …"): its head word (the last
/// before a preposition or a stop) when that is a gendered title.
pub(crate) fn appositive_gender(after: &str) -> Option<Gender> {
    let rest = after
        .trim_start_matches(['’', '\'', 's'])
        .strip_prefix(", ")?;
    let mut words = rest.split_whitespace();
    let det = words.next()?.to_lowercase();
    if !matches!(det.as_str(), "a" | "an" | "the") {
        return None;
    }
    let mut head = None;
    for w in words.take(APPOSITIVE_ROLE_WORDS + 1) {
        let bare = w.trim_end_matches([',', '.', ';', ':', ')']).to_lowercase();
        if matches!(
            bare.as_str(),
            "for" | "of" | "at" | "in" | "with" | "to" | "from" | "who" | "and"
        ) {
            break;
        }
        head = Some(bare);
        if w.ends_with([',', '.', ';', ':', ')']) {
            break;
        }
    }
    gender_of_title(&head?)
}

/// The words of an appositive after a name ("Nick Clegg, the Deputy Prime
/// Minister", "Tom Briggs, an Ohio Republican"): its words up to a
/// preposition or a stop, lower case, where its last is a role — what
/// "the Deputy Prime Minister" or "the Ohio Republican" stands for later.
fn appositive_roles(after: &str) -> Vec<String> {
    let Some(rest) = after.strip_prefix(", ") else {
        return Vec::new();
    };
    let mut words = rest.split_whitespace();
    let Some(det) = words.next() else {
        return Vec::new();
    };
    if !matches!(det.to_lowercase().as_str(), "a" | "an" | "the") {
        return Vec::new();
    }
    let mut out = Vec::new();
    for w in words.take(APPOSITIVE_ROLE_WORDS + 1) {
        let trimmed = w.trim_end_matches([',', '.', ';', ':', ')']);
        // Someone else's role ("the mayor’s spokesman"), or a qualified
        // one ("the Deputy Prime Minister" is no "Prime Minister"): none.
        if trimmed.ends_with("’s") || trimmed.ends_with("'s") {
            return Vec::new();
        }
        let bare = trimmed.to_lowercase();
        if matches!(
            bare.as_str(),
            "deputy" | "vice" | "assistant" | "acting" | "former" | "associate" | "junior"
        ) {
            return Vec::new();
        }
        if matches!(
            bare.as_str(),
            "for" | "of" | "at" | "in" | "with" | "to" | "from" | "who" | "and" | "whose"
        ) {
            break;
        }
        out.push(bare);
        if w.ends_with([',', '.', ';', ':', ')']) {
            break;
        }
    }
    if out.last().is_some_and(|w| is_role(w)) {
        out
    } else {
        Vec::new()
    }
}

/// Whether a word is a brand's: a capital inside it after four letters or
/// more ("MetroLink", "GlaxoSmithKline"), never a given name's ("LeBron",
/// "JaVale", "DeShawn") nor a surname's prefix ("McDonald", "MacArthur",
/// "FitzGerald", "VanDyke").
/// (The shorter prefixes, "Mc", "Mac", "Van", "De", end before four letters.)
fn camel_cased(word: &str) -> bool {
    !word.starts_with("Fitz")
        && word
            .char_indices()
            .skip(4)
            .any(|(i, c)| c.is_uppercase() && word[..i].chars().skip(1).all(char::is_lowercase))
}

/// The rank of kin a name is set beside ("his son, Mikkel Eira", "her
/// grandfather Ali"), to tell "the elder" from "the younger" of a family:
/// ages of a kind (a grandparent 1,000, a parent 500, a child −500, a
/// grandchild −1,000), comparable with each other, not with real ages.
fn kin_rank(before: &str) -> Option<i64> {
    let w = before
        .trim_end()
        .trim_end_matches(',')
        .split_whitespace()
        .next_back()?;
    let rank = match w.to_lowercase().as_str() {
        "grandfather" | "grandmother" | "grandparent" => 1000,
        "father" | "mother" | "parent" => 500,
        "son" | "daughter" | "child" => -500,
        "grandson" | "granddaughter" | "grandchild" => -1000,
        _ => return None,
    };
    Some(rank)
}

/// The gender a kin word just before a name gives ("his mother Patricia",
/// "Mr Lee's wife Nan-Joo").
pub(crate) fn kin_gender(before: &str) -> Option<Gender> {
    let w = before.split_whitespace().next_back()?;
    let w = w
        .trim_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase();
    matches!(
        w.as_str(),
        "mother"
            | "father"
            | "wife"
            | "husband"
            | "son"
            | "daughter"
            | "brother"
            | "sister"
            | "mum"
            | "mom"
            | "dad"
            | "grandmother"
            | "grandfather"
            | "grandson"
            | "granddaughter"
            | "aunt"
            | "uncle"
            | "niece"
            | "nephew"
    )
    .then(|| gender_of_title(&w))
    .flatten()
}

/// Whether `text` holds a word that gives `pronoun`'s gender ("he",
/// "she") to someone: a title, a kin word or a description ("The wife of
/// Rohan Kapoor called the fire brigade").
pub(crate) fn gendered_word_for(text: &str, pronoun: &str) -> bool {
    let Some(Some(gender)) = pronoun_gender(pronoun) else {
        return false;
    };
    text.split_whitespace().any(|w| {
        let w = w
            .trim_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase();
        // (A pronoun is no one else: "was on her first run".)
        !matches!(w.as_str(), "her" | "hers" | "his" | "him" | "she" | "he")
            && (gender_of_title(&w) == Some(gender) || description_gender(&w) == Some(Some(gender)))
    })
}

/// Whether `text` describes someone by a word in lower case that names no
/// one: a role, a person's noun or a kin word ("His engineer was on the
/// radio", "His partner watched from the stands").
pub(crate) fn describes_someone(text: &str) -> bool {
    text.split_whitespace().any(|w| {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        w.starts_with(char::is_lowercase) && {
            let l = w.to_lowercase();
            // (Not a role's adjective: "her first run", "the former site".)
            let adjective = matches!(
                l.as_str(),
                "first"
                    | "former"
                    | "acting"
                    | "chief"
                    | "senior"
                    | "deputy"
                    | "junior"
                    | "late"
                    | "general"
                    | "head"
                    | "lead"
                    | "principal"
                    | "vice"
            );
            !adjective
                && (is_role(&l)
                    || PERSON_NOUNS.contains(&l.as_str())
                    || words::KIN_WORDS.contains(&l.as_str())
                    || description_gender(&l).is_some()
                    || matches!(l.as_str(), "partner" | "spouse" | "carer" | "caregiver"))
        }
    })
}

/// Whether a speaker's name is an organisation's: one word in capitals
/// ("AARP", "NAACP"), a capitalised run whose last word is an institution's
/// head word ("Democratic National Committee"), or a body the tables know.
fn names_an_organisation(name: &str) -> bool {
    let words = bare_words(name);
    let acronym = |w: &str| w.len() >= 2 && w.chars().all(|c| c.is_ascii_uppercase());
    match words.as_slice() {
        [] => false,
        [one] => acronym(one) || organizations().lookup(one).is_some(),
        [.., last] => {
            (words.iter().all(|w| capitalised(w))
                && words::INSTITUTION_WORDS.contains(&last.to_lowercase().as_str())
                && !given_name_and_surname(&words))
                || organizations().lookup(name).is_some()
        }
    }
}

/// A given name and one more capitalised word is a person's name, even where
/// that word is also an institution's ("Linda Park", "Anne Hall"), unless
/// the tables know it as a place.
fn given_name_and_surname(words: &[&str]) -> bool {
    // Institution words that are common surnames; "Carter Center" and
    // "Howard University" stay bodies.
    const SURNAMES: &[&str] = &["park", "hall", "church", "bank", "hill", "field", "wood"];
    matches!(words, [first, last] if capitalised(last)
        && SURNAMES.contains(&last.to_lowercase().as_str())
        && first_names::gender_of_first_name(first).is_some()
        && places().lookup(&format!("{first} {last}")).is_none())
}

/// Whether a phrase describes a body, not a person: "the company", "the
/// campaign", "a federal agency" — a determiner, and an institution's word
/// or "company" or "firm" at its end.
fn describes_a_body(phrase: &str) -> bool {
    let words: Vec<String> = bare_words(phrase)
        .into_iter()
        .map(str::to_lowercase)
        .collect();
    let determiner = words
        .first()
        .is_some_and(|w| matches!(w.as_str(), "the" | "a" | "an" | "its" | "their"));
    determiner
        && words.last().is_some_and(|w| {
            words::INSTITUTION_WORDS.contains(&w.as_str())
                || matches!(w.as_str(), "company" | "firm")
        })
}

fn pronoun_gender(w: &str) -> Option<Option<Gender>> {
    match w.to_lowercase().as_str() {
        "he" | "him" | "his" => Some(Some(Gender::Male)),
        "she" | "her" => Some(Some(Gender::Female)),
        _ => None,
    }
}

/// A person the article names.
#[derive(Debug, Clone)]
struct Person {
    /// The fullest form the article writes, roles dropped ("Theodore J.
    /// Boutrous Jr.").
    name: String,
    /// Its words folded (lower case, hyphens as spaces), suffixes and
    /// initials dropped: what two forms of one name share.
    core: Vec<String>,
    /// Lower-case role words seen with it ("iranian", "foreign", "minister").
    roles: Vec<String>,
    /// Byte offset of its first full mention.
    first: usize,
    /// Known from a title ("Mr.", "Mrs.", "congresswoman").
    gender: Option<Gender>,
    /// What the first name suggests ("Meredith Vieira"): enough for a
    /// pronoun to pass someone over, not for "the woman" to stand for them.
    name_gender: Option<Gender>,
    /// Written somewhere after "the" ("the Linden Hawks"): a team, a
    /// programme, a body — no "he" or "she" unless a title, a role or a
    /// first name says otherwise.
    after_the: bool,
    /// Written only after a preposition of place ("at Marsh Lane", "on
    /// Tannery Lane"): a place, no "he" or "she" unless a title, a role or
    /// a first name says otherwise.
    placed: bool,
}

impl Person {
    /// Whether a pronoun of `gender` may stand for this person: neither
    /// their title nor (`by_first_name`) their first name says otherwise.
    fn fits_pronoun(&self, gender: Option<Gender>, by_first_name: bool) -> bool {
        let known = if by_first_name {
            self.gender.or(self.name_gender)
        } else {
            self.gender
        };
        match (gender, known) {
            (Some(g), Some(h)) => g == h,
            _ => true,
        }
    }
}

/// Words right before a name that say it is one someone gave ("gave only
/// her first name, Gloria", "gave his name only as Moussa"), lower case.
const ONE_NAME_GIVEN: &[&str] = &[
    "first name,",
    "first name",
    "name only as",
    "name as",
    "known only as",
    "identified only as",
];

/// Whether the text after a one-word name gives an age set off by commas
/// or brackets, a word in lower case after it ("Kofi, 9, had"; not a score,
/// "Celtic (0) 1", nor a count, "Tesco (12), Sainsbury (9)"), or "a
/// 31-year-old" in apposition.
fn single_name_age(after: &str) -> bool {
    let Some(rest) = after
        .strip_prefix(", ")
        .or_else(|| after.strip_prefix(" ("))
    else {
        return false;
    };
    // "Kyle, a 31-year-old from Western Sydney who …".
    if let Some(aged) = rest
        .strip_prefix("a ")
        .or_else(|| rest.strip_prefix("an "))
        .and_then(|r| r.split_whitespace().next())
    {
        let digits = aged.chars().take_while(char::is_ascii_digit).count();
        // A person's age, not a horse's, a ship's or a firm's ("a 9-year-old
        // gelding", "a 12-year-old software company").
        // Within the few words after the age ("a 19-year-old care-home
        // assistant from Kirkcaldy").
        let mut person = false;
        for w in rest.split_whitespace().skip(2).take(AGED_PERSON_REACH) {
            let bare = w
                .trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase();
            if AGED_PERSON_WORDS.contains(&bare.as_str()) {
                person = true;
                break;
            }
            // Not past the phrase ("a 40-year-old trawler, sank").
            if w.ends_with([',', '.', ';']) {
                break;
            }
        }
        return (1..=3).contains(&digits)
            && aged[digits..]
                .trim_end_matches(|c: char| !c.is_alphanumeric())
                .eq_ignore_ascii_case("-year-old")
            && (aged.ends_with(',') || person);
    }
    let digits = rest.chars().take_while(char::is_ascii_digit).count();
    let tail = &rest[digits..];
    let Some(next) = tail.strip_prefix(',').or_else(|| tail.strip_prefix(')')) else {
        return false;
    };
    (1..=3).contains(&digits)
        && next
            .trim_start_matches([',', ' '])
            .starts_with(char::is_lowercase)
}

/// How many words after "a 31-year-old" may give it as a person's age.
const AGED_PERSON_REACH: usize = 4;

/// Words after "a 31-year-old" set beside a one-word name that make it a
/// person's age: where they are from, a relative clause, a person's noun.
const AGED_PERSON_WORDS: &[&str] = &[
    "from",
    "who",
    "whose",
    "living",
    "man",
    "woman",
    "boy",
    "girl",
    "mother",
    "father",
    "mum",
    "dad",
    "student",
    "teacher",
    "nurse",
    "worker",
    "driver",
    "pensioner",
    "widow",
    "widower",
    "grandmother",
    "grandfather",
    "resident",
    "son",
    "daughter",
];

/// The person's noun a one-word name is set in apposition to, right after
/// it ("Sable, the singer who fronted Coldharbour Lane", "Zola, a care
/// worker from Leeds,"): a role word, a noun of a person's station or a
/// performer's ([`PERFORMER_NOUNS`]) closing at most
/// [`MAX_APPOSED_ROLE_WORDS_OF_ONE_NAME`] lower-case words after "the" or
/// "a", before "who", a comma or a preposition ("Apple, the maker of the
/// iPhone" names no one: "maker" is none of them).
fn one_name_apposed_role(after: &str) -> Option<String> {
    let rest = after.strip_prefix(", ")?;
    let (det, rest) = rest.split_once(' ')?;
    if !matches!(det, "the" | "a" | "an") {
        return None;
    }
    let phrase: Vec<&str> = rest
        .split_whitespace()
        .take_while(|w| {
            !matches!(
                w.trim_end_matches([',', '.', ';']),
                "who" | "whose" | "of" | "in" | "at" | "from" | "for" | "with" | "and" | "on"
            )
        })
        .take(MAX_APPOSED_ROLE_WORDS_OF_ONE_NAME + 1)
        .collect();
    let closes = |w: &&str| w.ends_with([',', '.', ';']);
    let end = phrase
        .iter()
        .position(closes)
        .map_or(phrase.len(), |k| k + 1);
    let phrase = &phrase[..end];
    if phrase.is_empty()
        || phrase.len() > MAX_APPOSED_ROLE_WORDS_OF_ONE_NAME
        || !phrase.iter().all(|w| w.starts_with(char::is_lowercase))
    {
        return None;
    }
    let head = phrase.last()?.trim_end_matches([',', '.', ';']);
    (is_role(head) || PERSON_NOUNS.contains(&head) || PERFORMER_NOUNS.contains(&head))
        .then(|| head.to_string())
}

/// The most lower-case words (an article and a trade) before a name in
/// apposition to a description ("…, the baker Rosalind Achterberg,").
const MAX_TRADE_WORDS_BEFORE_NAME: usize = 3;

/// The most lower-case words of a person's noun in apposition to a
/// one-word name ("the former lead singer").
const MAX_APPOSED_ROLE_WORDS_OF_ONE_NAME: usize = 3;

/// Performers and makers of things often known by one name ("Sable, the
/// singer").
pub(crate) const PERFORMER_NOUNS: &[&str] = &[
    "singer",
    "rapper",
    "songwriter",
    "singer-songwriter",
    "guitarist",
    "drummer",
    "bassist",
    "pianist",
    "musician",
    "comedian",
    "actor",
    "actress",
    "model",
    "designer",
    "artist",
    "painter",
    "poet",
    "novelist",
    "author",
    "writer",
    "chef",
    "dancer",
    "footballer",
    "striker",
    "midfielder",
    "defender",
    "goalkeeper",
    "wrestler",
    "boxer",
    "photographer",
    "influencer",
    "streamer",
    "composer",
    "frontman",
    "frontwoman",
];

/// The words before a one-word name read for "his" or "her" ("who gave
/// only her first name").
const GIVEN_NAME_REACH: usize = 6;

/// The characters before a one-word name read for the phrase that gives it.
const ONE_NAME_WINDOW: usize = 80;

/// Nouns for a company's role that a company's name is set in apposition
/// to ("The building's landlord, Harcastle Property Group, plans").
const APPOSED_OWNERS: &[&str] = &[
    "landlord",
    "owner",
    "employer",
    "developer",
    "operator",
    "contractor",
];

/// Prepositions of place that a person's name does not follow ("at Marsh
/// Lane", "behind Tannery Lane").
const PLACE_PREPOSITIONS: &[&str] = &[
    "at", "on", "in", "near", "behind", "outside", "inside", "along", "across", "opposite",
];

/// One place where the article names a person.
#[derive(Debug, Clone, Copy)]
struct Mention {
    span: Span,
    person: usize,
    /// How many name words are written (a full name names the head of a
    /// phrase more surely than a surname).
    written: usize,
    /// Written as a possessive ("Mr. Ortega’s son"): not the one who acts.
    possessive: bool,
}

fn fold(s: &str) -> Vec<String> {
    s.replace(['-', '‑'], " ")
        .split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .trim_end_matches("’s")
                .trim_end_matches("'s")
                .to_lowercase()
        })
        .filter(|w| !w.is_empty())
        .collect()
}

/// The folded words two forms of one name share: suffixes ("Jr.") and
/// initials dropped.
fn core(s: &str) -> Vec<String> {
    let words = fold(s);
    let kept: Vec<String> = words
        .iter()
        .filter(|w| w.chars().count() > 1 && !words::NAME_SUFFIXES.contains(&w.as_str()))
        .cloned()
        .collect();
    if kept.is_empty() { words } else { kept }
}

/// A phrase's words without the punctuation around them, empty ones left
/// out ("“Mr. Smith,”" is "Mr", "Smith").
pub(crate) fn bare_words(phrase: &str) -> Vec<&str> {
    phrase
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty())
        .collect()
}

/// The name a description gives in apposition after its comma: the
/// description opens with a determiner or a possessive and runs on in
/// lower case ("Her publisher, Harrow & Finch"); the name is capitalised
/// words, with "the" before them and "of", "and", "for", "&" between.
fn named_in_apposition(phrase: &str) -> Option<&str> {
    let (description, rest) = phrase.split_once(", ")?;
    let name = rest.trim().trim_end_matches(',').trim_end();
    let described: Vec<&str> = description.split_whitespace().collect();
    let opens = described.first().is_some_and(|w| {
        let l = w.to_lowercase();
        matches!(l.as_str(), "her" | "his" | "their" | "its" | "the" | "our")
            || l.ends_with("'s")
            || l.ends_with("’s")
            || l.ends_with("s'")
    });
    let lower_after = described.len() >= 2
        && described.len() <= 5
        && described[1..].iter().all(|w| {
            w.starts_with(char::is_lowercase) && !w.ends_with("ed") && !crate::cues::is_verb(w)
        });
    let words: Vec<&str> = name.split_whitespace().collect();
    let body = words.strip_prefix(&["the"]).unwrap_or(&words);
    let named = !body.is_empty()
        && body.len() <= 6
        && body.first().is_some_and(|w| capitalised(w))
        && body
            .iter()
            .all(|w| capitalised(w) || matches!(*w, "of" | "and" | "for" | "&"));
    (opens && lower_after && named && places().lookup(name).is_none()).then_some(name)
}

/// A phrase's words without the punctuation around them, in lower case.
pub(crate) fn lower_words(phrase: &str) -> Vec<String> {
    phrase
        .split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .collect()
}

pub(crate) fn capitalised(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
}

/// Whether two lower-case role words name one role ("congressman",
/// "representative").
pub(crate) fn same_role(a: &str, b: &str) -> bool {
    a == b
        || ROLE_SYNONYMS
            .iter()
            .any(|group| group.contains(&a) && group.contains(&b))
}

pub(crate) fn is_role(w: &str) -> bool {
    let l = w.trim_end_matches('.').to_lowercase();
    // "Judge-Executive", "Mother-of-two": a role word opening a compound.
    let compound = l.contains('-')
        && l.split('-')
            .next()
            .is_some_and(|first| ROLE_WORDS.contains(&first) || TRADE_WORDS.contains(&first));
    // "Representatives Carla Ibsen and Mitchell Grange": a role's plural.
    let plural = l.len() > 4
        && l.strip_suffix('s')
            .is_some_and(|one| ROLE_WORDS.contains(&one) || TRADE_WORDS.contains(&one));
    // An age before a name is no part of it ("Thirteen-year-old Harini
    // Venkatesan").
    compound
        || l.ends_with("-year-old")
        || plural
        || ROLE_WORDS.contains(&l.as_str())
        || TRADE_WORDS.contains(&l.as_str())
        || words::HONORIFIC_ABBREVIATIONS.contains(&l.as_str())
        || words::RARE_RANK_ABBREVIATIONS.contains(&l.as_str())
        || words::MALE_TITLES.contains(&l.as_str())
        || words::FEMALE_TITLES.contains(&l.as_str())
        || (capitalised(w) && is_demonym(&l))
        // A party's member before a name or standing for one ("Republican
        // Sen. John McCain", "the Arizona Republican").
        || (capitalised(w) && matches!(l.as_str(), "republican" | "democrat"))
}

/// Words right before a name that describe no one: times, comparisons,
/// and bodies a person belongs to ("state police Sgt. John Smith": the
/// police are not the sergeant).
const NOT_DESCRIPTIONS: &[&str] = &[
    "year",
    "week",
    "month",
    "day",
    "night",
    "morning",
    "like",
    "unlike",
    "including",
    "met",
    "police",
    "government",
    "company",
    "party",
    "state",
    "city",
    "county",
    "court",
    "house",
    "senate",
    "congress",
    "parliament",
    "administration",
    "campaign",
    "team",
    "club",
    "family",
];

/// Nouns of things a title follows ("the podcast Burn Rate", "the ship
/// Maren Holt"): the name after them is the thing's, no "he" or "she" —
/// those that may issue words themselves (a band, a newspaper) and those
/// that say nothing ([`UNSPOKEN_THINGS`]).
fn titled_thing(word: &str) -> bool {
    SPEAKING_THINGS.contains(&word) || UNSPOKEN_THINGS.contains(&word)
}

/// Gestures someone described makes before speaking ("A driver waiting at
/// the lights shook his head. “…,” he said").
const SPEAKING_GESTURES: &[&str] = &[
    "shook", "shrugged", "nodded", "sighed", "laughed", "smiled", "frowned", "grimaced", "scoffed",
    "winced",
];

/// Verbs of a frame's "he said" ([`pronoun_after`]).
const FRAME_VERBS: &[&str] = &[
    "said",
    "says",
    "added",
    "adds",
    "told",
    "tells",
    "asked",
    "asks",
    "recalled",
    "recalls",
    "explained",
    "explains",
    "replied",
    "replies",
    "insisted",
    "insists",
    "continued",
    "continues",
    "wrote",
    "writes",
    "noted",
    "notes",
    "joked",
    "jokes",
    "warned",
    "warns",
    "admitted",
    "admits",
    "agreed",
    "agrees",
];

/// The gender of the first "he" or "she" of a frame ("he says", "she
/// said") after byte `from` in its paragraph, outside quotation marks,
/// within two sentence stops.
fn pronoun_after(text: &str, quoted: &[Span], from: usize) -> Option<Gender> {
    let rest = &text[from..];
    let end = rest.find("\n").unwrap_or(rest.len());
    let mut stops = 0;
    let words = word_offsets(&rest[..end]);
    for (k, &(at, w)) in words.iter().enumerate() {
        let at = from + at;
        if quoted.iter().any(|q| q.start <= at && at < q.end) {
            continue;
        }
        let bare = w.trim_matches(|c: char| !c.is_alphanumeric());
        // Only a frame's own "he said", "she says": a pronoun elsewhere may
        // be anyone's ("Clinton thanked him. “…,” she said").
        let speaks = || {
            words.get(k + 1).is_some_and(|&(_, v)| {
                FRAME_VERBS.contains(&v.trim_matches(|c: char| !c.is_alphanumeric()))
            })
        };
        match bare.to_lowercase().as_str() {
            "he" if speaks() => return Some(Gender::Male),
            "she" if speaks() => return Some(Gender::Female),
            _ => {}
        }
        if w.ends_with(['.', '!', '?']) {
            stops += 1;
            if stops >= 2 {
                return None;
            }
        }
    }
    None
}

/// Titles of kin that go before a given name ("Auntie Ladda", "Uncle
/// Bob", "sister Carla"), unlike honorifics ("Mr Gordon").
const KIN_TITLES: &[&str] = &[
    "auntie",
    "aunty",
    "aunt",
    "uncle",
    "sister",
    "brother",
    "mother",
    "father",
    "mum",
    "mom",
    "dad",
    "son",
    "daughter",
    "wife",
    "husband",
    "grandmother",
    "grandfather",
    "nephew",
    "niece",
    "grandson",
    "granddaughter",
    "stepson",
    "stepdaughter",
    "stepfather",
    "stepmother",
    "widow",
    "widower",
    "boyfriend",
    "girlfriend",
    "fiance",
    "fiancé",
    "fiancee",
    "fiancée",
];

/// Words that show a relative named beside a kin word speaking in that
/// paragraph ([`Names::new`]'s two of one surname).
const KIN_SPEAKING: &[&str] = &[
    " said",
    " says",
    " spoke",
    " told",
    " added",
    " recalled",
    " explained",
];

/// Nouns of a place someone owns or runs, whose name set beside it is the
/// place's ("Mr Jones's premises, Fountain Antiques,"): no "he" or "she".
const APPOSED_PLACES: &[&str] = &[
    "premises",
    "shop",
    "store",
    "restaurant",
    "cafe",
    "café",
    "pub",
    "bar",
    "farm",
    "hotel",
    "business",
    "gallery",
    "salon",
    "bakery",
    "workshop",
    "studio",
    "boutique",
];

/// Things with a title that may issue a statement ("the band said").
const SPEAKING_THINGS: &[&str] = &[
    "newspaper",
    "magazine",
    "website",
    "channel",
    "restaurant",
    "hotel",
    "band",
    "brand",
    "label",
    "platform",
    "airline",
    "carrier",
    "company",
    "firm",
    "charity",
    "operator",
    "chain",
    "retailer",
    "publisher",
    "broadcaster",
    "studio",
    "startup",
    "manufacturer",
];

/// Things with a title that say nothing themselves (a podcast, a ship):
/// their noun is no role of the name after it.
const UNSPOKEN_THINGS: &[&str] = &[
    "podcast",
    "programme",
    "program",
    "show",
    "series",
    "documentary",
    "film",
    "album",
    "song",
    "book",
    "novel",
    "app",
    "ship",
    "vessel",
    "yacht",
];

/// The roles that the words after a name give counsel in a court report
/// (", prosecuting", ", for the defence"): none for other words.
fn counsel_roles(after: &str) -> &'static [&'static str] {
    let Some(rest) = after.strip_prefix(',') else {
        return &[];
    };
    // A short prefix only: this is read after every name and a comma.
    let rest: String = rest
        .trim_start()
        .chars()
        .take(24)
        .collect::<String>()
        .to_lowercase();
    const PROSECUTING: &[&str] = &[
        "lawyer",
        "counsel",
        "barrister",
        "prosecutor",
        "prosecution",
    ];
    const DEFENDING: &[&str] = &["lawyer", "counsel", "barrister", "defence", "defense"];
    // The participle alone, an aside of its own ("Aylett, prosecuting,"),
    // not "defending the decision" or "defending champion".
    let at_word_end = |w: &str| {
        rest.strip_prefix(w).is_some_and(|r| {
            r.chars()
                .next()
                .is_none_or(|c| matches!(c, ',' | '.' | ';' | ':'))
        })
    };
    if at_word_end("prosecuting") || at_word_end("for the prosecution") {
        PROSECUTING
    } else if at_word_end("defending")
        || at_word_end("for the defence")
        || at_word_end("for the defense")
    {
        DEFENDING
    } else {
        &[]
    }
}

/// A nationality adjective ("Iranian", "Nicaraguan", "Chinese", "Iraqi"):
/// a demonym of the place table, or a bloc's ("Soviet", "Western").
fn is_demonym(l: &str) -> bool {
    words::BLOC_ADJECTIVES.contains(&l)
        || places()
            .lookup(l)
            .is_some_and(|(_, form)| form == PlaceForm::Demonym)
}

/// Whether the words of a name are initials then one name of a person
/// ("K.P. Sasidharan", "P. Chidambaram"): one to three initials, not
/// those of a country or a body ("U.S. Navy", "U.N. Security"), and a
/// last word that is no institution's.
fn initialled_name(name_words: &[&str]) -> bool {
    let Some((last, initials)) = name_words.split_last() else {
        return false;
    };
    // ("K.P" may come as one word.)
    let parts: Vec<&str> = initials
        .iter()
        .flat_map(|w| w.split('.'))
        .filter(|p| !p.is_empty())
        .collect();
    let letters: String = parts.concat();
    (1..=3).contains(&parts.len())
        && initials
            .iter()
            .all(|w| is_initial(w.trim_end_matches('.')) || dotted_initials(w))
        && !places_initials(&letters)
        && last.chars().filter(|c| c.is_alphabetic()).count() > 2
        && last.chars().skip(1).all(char::is_lowercase)
        && !words::INSTITUTION_WORDS.contains(&last.to_lowercase().as_str())
}

/// The last `bytes` bytes of `text` at most, from a character's start.
fn last_bytes(text: &str, bytes: usize) -> &str {
    let mut from = text.len().saturating_sub(bytes);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    &text[from..]
}

/// How many bytes before a name are read for what introduces it.
const INTRODUCING_BYTES: usize = 40;

/// Whether the words from `start` to `end` of the text as written are the
/// region of a dateline: after a place in capitals and a comma opening a
/// line, before a dash ("TARSAY, Outer Hebrides — For as long as …"; not
/// "Tom Murphy, Ciara Walsh — the two paramedics").
fn in_dateline(text: &str, start: usize, end: usize) -> bool {
    let (Some(before), Some(after)) = (text.get(..start), text.get(end..)) else {
        return false;
    };
    let line = before.rfind('\n').map_or(0, |k| k + 1);
    let Some(place) = before[line..].trim_end().strip_suffix(',') else {
        return false;
    };
    let capitals = place.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && !place.chars().any(char::is_lowercase);
    capitals && after.trim_start().starts_with(['—', '–'])
}

/// Initials written as one word with stops between ("K.P" of "K.P.
/// Sasidharan").
fn dotted_initials(w: &str) -> bool {
    let parts: Vec<&str> = w.trim_end_matches('.').split('.').collect();
    parts.len() >= 2 && parts.iter().all(|p| is_initial(p)) && !places_initials(&parts.concat())
}

/// Whether capital letters are the initials of a country, a city, a body
/// or a time rather than a person's ("U.S.", "U.N.", "D.C.", "P.M.").
fn places_initials(letters: &str) -> bool {
    matches!(
        letters,
        "US" | "UK"
            | "UN"
            | "EU"
            | "DC"
            | "LA"
            | "NY"
            | "NJ"
            | "UAE"
            | "USA"
            | "PM"
            | "AM"
            | "NZ"
            | "SA"
            | "HK"
            | "PR"
            | "NYC"
            | "USSR"
    )
}

/// A single capital letter: an initial ("M" of "Joseph M. Sellers").
pub(crate) fn is_initial(w: &str) -> bool {
    let mut c = w.chars();
    c.next().is_some_and(char::is_uppercase) && c.next().is_none()
}

/// Whether the words can be a person's name: no word in capitals (a
/// headline's "POLICE OFFICERS") but an initial or a suffix, no word of an
/// institution or a day, and not a place, outlet or organisation the
/// tables know.
fn can_be_name(name_words: &[&str]) -> bool {
    let folded: Vec<String> = name_words
        .iter()
        .map(|w| {
            w.trim_end_matches("’s")
                .trim_end_matches("'s")
                .trim_end_matches('.')
                .to_lowercase()
        })
        .collect();
    let shouting = name_words.iter().zip(&folded).any(|(w, l)| {
        w.chars().filter(|c| c.is_alphabetic()).count() > 1
            && !w.chars().any(char::is_lowercase)
            && !words::NAME_SUFFIXES.contains(&l.as_str())
            && !dotted_initials(w)
    });
    let joined = name_words.join(" ");
    // A surname's particle between capitalised words is a person's name
    // ("Pieter de la Court-Vos"), whatever its words.
    let particle = name_words.len() >= 3
        && name_words[1..name_words.len() - 1]
            .iter()
            .any(|w| SURNAME_PARTICLES.contains(w));
    let korean = korean_name(name_words);
    !shouting
        && (given_name_and_surname(name_words)
            || particle
            || korean
            || !folded.iter().any(|l| {
                l.split(['-', '‑']).any(|part| {
                    words::INSTITUTION_WORDS.contains(&part) || words::WEEKDAYS.contains(&part)
                })
            }))
        && places().lookup(&joined).is_none()
        && !part_of_a_place(&folded, name_words)
        && outlets().by_name(&joined).is_none()
        && organizations().lookup(&joined).is_none()
}

/// A Korean family name that is an institution's word too, before a
/// hyphenated given name ("Park Jeom-sun").
fn korean_name(name_words: &[&str]) -> bool {
    matches!(name_words, [family, given] if family.eq_ignore_ascii_case("park")
    && family.starts_with(char::is_uppercase)
    && given.split_once('-').is_some_and(|(a, b)| {
        a.starts_with(char::is_uppercase) && !b.is_empty() && b.chars().all(char::is_lowercase)
    }))
}

/// Whether the words after a name set a thing beside it, not a person's
/// description ("Sinema Glyncoed, a community cinema that", "Kolo, the
/// new bakery"): a determiner and lower-case words up to a clause or a
/// preposition, whose last is a body's or a venue's noun.
fn apposed_thing(after: &str) -> bool {
    let Some(rest) = after.strip_prefix(", ") else {
        return false;
    };
    let phrase = rest
        .split([',', '.', ';', ':', '(', '—', '–', '\n'])
        .next()
        .unwrap_or_default();
    let all: Vec<&str> = phrase.split_whitespace().collect();
    let words: Vec<&str> = all
        .iter()
        .copied()
        .take_while(|w| {
            !PREPOSITIONS.contains(w) && !matches!(*w, "who" | "that" | "which" | "where" | "whose")
        })
        .collect();
    // (Not a figure of speech of a person: "a force of nature", "a pillar
    // of the community".)
    if all.get(words.len()) == Some(&"of") {
        return false;
    }
    let [det, described @ ..] = words.as_slice() else {
        return false;
    };
    // Lower-case words of one noun phrase, none a person's ("the woman
    // behind the bakery", "the singer fronting the band" are people).
    matches!(*det, "a" | "an" | "the")
        && (1..=APPOSED_THING_WORDS).contains(&described.len())
        && described.iter().all(|w| {
            w.chars().all(|c| c.is_lowercase() || c == '-')
                && !matches!(
                    *w,
                    "a" | "an" | "the" | "behind" | "inside" | "named" | "called"
                )
                && !w.ends_with("ing")
                && !is_role(w)
                && !PERSON_NOUNS.contains(w)
        })
        && described.last().is_some_and(|head| {
            words::INSTITUTION_WORDS.contains(head) || VENUE_NOUNS.contains(head)
        })
}

/// Words of a time of day that make a frame a time's ("On Tuesday
/// afternoon, …").
const TIMES_OF_DAY: &[&str] = &[
    "morning",
    "afternoon",
    "evening",
    "night",
    "dawn",
    "dusk",
    "midday",
    "noon",
    "midnight",
    "weekend",
    "lunchtime",
];

/// Whether kin word `a` (how someone was introduced: "her son") and `b`
/// (how they are owned later: "his mother") name one relation from its two
/// ends; words of no known pair pass.
fn inverse_kin(a: &str, b: &str) -> bool {
    const PAIRS: &[(&[&str], &[&str])] = &[
        (
            &["son", "daughter", "child", "stepson", "stepdaughter"],
            &[
                "mother",
                "father",
                "mum",
                "mom",
                "dad",
                "parent",
                "stepmother",
                "stepfather",
            ],
        ),
        (
            &["wife", "husband", "spouse", "partner"],
            &["wife", "husband", "spouse", "partner"],
        ),
        (
            &["brother", "sister", "sibling"],
            &["brother", "sister", "sibling"],
        ),
        (
            &["grandson", "granddaughter", "grandchild"],
            &["grandmother", "grandfather", "grandma", "grandpa"],
        ),
        (&["nephew", "niece"], &["aunt", "uncle", "auntie", "aunty"]),
    ];
    let known = |w: &str| PAIRS.iter().any(|(x, y)| x.contains(&w) || y.contains(&w));
    if !known(a) || !known(b) {
        return true;
    }
    PAIRS
        .iter()
        .any(|(x, y)| (x.contains(&a) && y.contains(&b)) || (y.contains(&a) && x.contains(&b)))
}

/// Whether a run's last word is a plural's possessive before a capitalised
/// word, as the start of a body's or a building's name is ("Dutch Clog
/// Makers' Guild", "Glyncoed Miners' Welfare Hall"): `after` the run's last
/// word, whose apostrophe the run leaves out.
fn plural_owner_of_a_name(name_words: &[&str], after: &str) -> bool {
    // A plural of people's trade ("Makers", "Miners", "Growers"), not a
    // surname in "s" after a given name ("Chris Hughes' Land Rover").
    let plural = name_words.last().is_some_and(|w| {
        let l = w.to_lowercase();
        ["ers", "ors", "ists", "men", "ians"]
            .iter()
            .any(|e| l.ends_with(e))
    });
    let given = name_words
        .first()
        .is_some_and(|w| first_names::gender_of_first_name(w).is_some());
    plural
        && !given
        && after
            .strip_prefix("' ")
            .or_else(|| after.strip_prefix("’ "))
            .is_some_and(|rest| rest.starts_with(char::is_uppercase))
}

/// Whether the name a run writes is set beside a thing anywhere in the
/// text ([`apposed_thing`]), as a venue is where the article first names
/// it ("at Sinema Glyncoed, a community cinema"), though quoted later as a
/// sentence's subject.
fn set_beside_a_thing(text: &str, run: &Run, quoted: &[Span]) -> bool {
    // (Not one written with a title: "Sir Tom Jones" beside "Tom Jones, a
    // pub named after the singer".)
    if !run.roles.is_empty() {
        return false;
    }
    let (first, last) = (run.name[0].0, run.name[run.name.len() - 1].0);
    let written = &text[first.start..last.end];
    if apposed_thing(&text[last.end..]) {
        return true;
    }
    // Elsewhere only where every other time the name is written is inside
    // quotation marks ("Jenny Brown, a bakery, was founded by … Jenny Brown
    // still makes the shortbread" has its person).
    let mut thing = false;
    for (k, _) in text.match_indices(written) {
        if apposed_thing(&text[k + written.len()..]) {
            thing = true;
        } else if !quoted.iter().any(|q| q.start <= k && k < q.end) {
            return false;
        }
    }
    thing
}

/// Nouns of places people go and things they make, beside a name that is
/// then no person's ([`apposed_thing`]).
const VENUE_NOUNS: &[&str] = &[
    "cinema",
    "theatre",
    "theater",
    "pub",
    "restaurant",
    "cafe",
    "café",
    "bakery",
    "shop",
    "bar",
    "venue",
    "charity",
    "business",
    "brand",
    "band",
    "festival",
    "magazine",
    "newspaper",
    "app",
    "website",
    "podcast",
    "startup",
    "start-up",
    "farm",
    "vineyard",
    "gallery",
    "studio",
    "label",
    "chain",
    "franchise",
    "firm",
    "estate",
    "village",
];

/// The most lower-case words of such a description after its determiner.
const APPOSED_THING_WORDS: usize = 4;

/// Whether a run follows a preposition of place ("in", "at", "near",
/// "from", "outside").
fn after_a_preposition_of_place(before: &str) -> bool {
    before.split_whitespace().next_back().is_some_and(|w| {
        matches!(
            w.to_lowercase().as_str(),
            "in" | "at" | "near" | "from" | "outside" | "of"
        )
    })
}

/// A street or a place in a town after a preposition ("A neighbour on
/// Churchtown Lane", "at Victoria Station", "till Wood Green"): no person.
/// `after`: the text after the name.
fn street_after_a_preposition(before: &str, name_words: &[&str], after: &str) -> bool {
    let preposition = before
        .split_whitespace()
        .next_back()
        .map(str::to_lowercase)
        .unwrap_or_default();
    let placed = matches!(
        preposition.as_str(),
        "on" | "off"
            | "along"
            | "of"
            | "in"
            | "at"
            | "near"
            | "from"
            | "to"
            | "past"
            | "via"
            | "till"
            | "until"
            | "into"
            | "towards"
            | "toward"
            | "around"
            | "through"
    );
    // Not a given name before a surname that is a street's word too ("from
    // John Lane").
    let given = name_words
        .first()
        .is_some_and(|w| first_names::gender_of_first_name(w).is_some());
    let last = name_words
        .last()
        .map(|w| {
            w.trim_end_matches("’s")
                .trim_end_matches("'s")
                .to_lowercase()
        })
        .unwrap_or_default();
    // A word some surnames are ("Tunde Hill", "Kwabena Lane") only after a
    // preposition of a street or of going somewhere, with no description
    // set beside it ("on Churchtown Lane", "till Wood Green"; not "from
    // Kemi Green, the shadow minister").
    let on_a_street = matches!(
        preposition.as_str(),
        "on" | "off" | "along" | "till" | "until" | "towards" | "toward" | "past" | "via"
    );
    placed
        && (STREET_WORDS.contains(&last.as_str())
            || (SURNAME_STREET_WORDS.contains(&last.as_str())
                && !given
                && on_a_street
                && !after.starts_with(',')))
}

/// Last words of the name of a street or a place in a town
/// ([`street_after_a_preposition`]).
const STREET_WORDS: &[&str] = &[
    "street",
    "road",
    "avenue",
    "drive",
    "crescent",
    "terrace",
    "boulevard",
    "square",
    "gardens",
    "parade",
    "circus",
    "wharf",
    "market",
    "junction",
    "station",
    "estate",
];

/// Last words of a street's or a place's name that are surnames too
/// ([`street_after_a_preposition`]).
const SURNAME_STREET_WORDS: &[&str] = &[
    "lane", "way", "close", "row", "hill", "green", "park", "common", "heath", "cross", "gate",
    "bridge",
];

/// Whether the words after a name make it a town: a comma and a place the
/// tables know, then a stop or a comma ("Cedar Falls, Iowa, on Tuesday";
/// not "Ted Cruz, Texas Republican").
fn town_of_a_state(after: &str) -> bool {
    let Some(rest) = after.strip_prefix(", ") else {
        return false;
    };
    let end = rest.find([',', '.', ';']).unwrap_or(rest.len());
    let place = rest[..end].trim();
    !place.is_empty()
        && place.split_whitespace().count() <= 3
        && place.split_whitespace().all(capitalised)
        && places().lookup(place).is_some()
}

/// Words that make a part of a place ("North London", "Greater
/// Manchester").
pub(crate) const COMPASS: &[&str] = &[
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
    "greater", "inner", "outer", "upper", "lower", "mid",
];

/// "North London", "South Wales": a part of a place, not a person.
fn part_of_a_place(folded: &[String], name_words: &[&str]) -> bool {
    folded.len() >= 2
        && COMPASS.contains(&folded[0].as_str())
        && places().lookup(&name_words[1..].join(" ")).is_some()
}

/// Lower-case particles of a surname ("de", "van der", "bin", "á").
const SURNAME_PARTICLES: &[&str] = &[
    "van", "von", "der", "den", "de", "da", "di", "del", "della", "dos", "das", "du", "le", "la",
    "bin", "binti", "binte", "bte", "bint", "ibn", "á", "í", "af", "zu", "dela", "delos",
];

/// The most particles in a row before a surname ("de la", "van der").
const MAX_SURNAME_PARTICLES: usize = 2;

/// Where the surname starts when the token at `j` opens a run of one or two
/// surname particles right before a capitalised word on the same line,
/// single spaces between ("de la Court-Vos"): the index of that word.
pub(crate) fn particles_before_a_name(text: &str, toks: &[Token], j: usize) -> Option<usize> {
    let mut k = j;
    while k < toks.len()
        && k - j < MAX_SURNAME_PARTICLES
        && toks[k].kind == TokenKind::Word
        && SURNAME_PARTICLES.contains(&toks[k].span.slice(text))
    {
        k += 1;
    }
    let next = toks.get(k)?;
    let spaced = (j..k).all(|i| text[toks[i].span.end..toks[i + 1].span.start] == *" ");
    (k > j && spaced && next.kind == TokenKind::Word && capitalised(next.span.slice(text)))
        .then_some(k)
}

/// Where the name goes on after a Portuguese "do" at token `j` ("Maria do
/// Céu Fernandes"): the capitalised word right after it, itself before
/// another (a surname), one space between each; not a verb's object
/// ("watching Rita do Pilates too").
fn name_after_do(text: &str, toks: &[Token], j: usize) -> Option<usize> {
    let capital_after = |k: usize| {
        toks.get(k + 1).is_some_and(|next| {
            text[toks[k].span.end..next.span.start] == *" "
                && next.kind == TokenKind::Word
                && capitalised(next.span.slice(text))
        })
    };
    (capital_after(j) && capital_after(j + 1)).then_some(j + 1)
}

/// Whether a surname's particle at token `j` may open a run: at a
/// sentence's or a clause's start, after punctuation, or after a word of
/// speech or a conjunction ("said van der Meer", "Later bin Saleh added");
/// not after a determiner or an adjective ("The stolen van Jones drove").
fn particle_may_open(text: &str, toks: &[Token], j: usize) -> bool {
    let Some(prev) = j.checked_sub(1).map(|i| &toks[i]) else {
        return true;
    };
    prev.kind != TokenKind::Word
        || PARTICLE_LEADS.contains(&prev.span.slice(text).to_lowercase().as_str())
}

/// Words after which a surname's particle may open a name.
const PARTICLE_LEADS: &[&str] = &[
    "said", "says", "told", "asked", "added", "replied", "wrote", "and", "but", "later", "then",
    "by", "with", "from", "for",
];

/// A run's name as written, less a nickname quoted inside it ("Konstantinos
/// Papadopoulos" of "Konstantinos “Con” Papadopoulos").
fn run_name(text: &str, name: &[(Span, &str)]) -> String {
    let mut out = String::new();
    for (k, (span, word)) in name.iter().enumerate() {
        if k > 0 {
            let between = &text[name[k - 1].0.end..span.start];
            if between.contains(['"', '“', '”']) {
                out.push(' ');
            } else {
                out.push_str(between);
            }
        }
        out.push_str(word);
    }
    out
}

/// Whether the text before a name ends with an owner and a kin word of a
/// younger generation set beside it ("Mr Yadav's son,", "his daughter",
/// "Bertolino's grandson,"); not an elder ("his father, Peter Prankerd,"
/// may be the one who speaks for a son who died). Some(whether the owner's
/// gender agrees with the child's, or is not shown).
fn kin_apposed(before: &str) -> Option<bool> {
    let before = before.trim_end();
    let before = before.strip_suffix(',').unwrap_or(before);
    // Past how long they have been married ("His wife of 54 years,").
    let before = before
        .rsplit_once(" of ")
        .filter(|(_, years)| {
            let mut w = years.split_whitespace();
            w.next()
                .is_some_and(|n| n.chars().all(|c| c.is_ascii_digit()))
                && w.next() == Some("years")
                && w.next().is_none()
        })
        .map_or(before, |(kin, _)| kin);
    let mut back = before.split_whitespace().rev();
    // A spouse too: the bare surname stays with the one the article is
    // about ("His wife of 54 years, Jean McAllister, … McAllister
    // produced a folded sheet").
    let child = match back.next().map(str::to_lowercase).as_deref() {
        Some("son" | "grandson" | "stepson" | "husband") => Gender::Male,
        Some("daughter" | "granddaughter" | "stepdaughter" | "wife") => Gender::Female,
        _ => return None,
    };
    // Of the owner's gender where it shows ("Her son" is no father's; the
    // surname is then told apart by its title).
    let owner = back.next()?;
    let owner_gender = match owner.to_lowercase().as_str() {
        "his" => Some(Gender::Male),
        "her" => Some(Gender::Female),
        "their" => None,
        o if o.ends_with("'s") || o.ends_with("’s") => back
            .next()
            .and_then(|t| gender_of_title(&t.trim_end_matches('.').to_lowercase())),
        _ => return None,
    };
    Some(owner_gender.is_none_or(|g| g == child))
}

/// Whether the paragraph holding byte `at` calls the person by the given
/// name before `at`.
fn called_in_paragraph(text: &str, at: usize, person: &Person) -> bool {
    let paragraph = text[..at].rfind("\n\n").unwrap_or(0);
    let given = person.name.split_whitespace().next().unwrap_or("");
    text[paragraph..at].match_indices(given).any(|(i, _)| {
        crosscheck_text::whole_words(text, paragraph + i, paragraph + i + given.len())
    })
}

/// Whether the paragraph before `at` calls `person` by the given name
/// alone, not as part of the full name ("Matteo wants to expand.", not
/// "Her mother, Rose Musyoka,").
fn called_alone_in_paragraph(text: &str, at: usize, person: &Person) -> bool {
    let paragraph = text[..at].rfind("\n\n").unwrap_or(0);
    let mut words = person.name.split_whitespace();
    let given = words.next().unwrap_or("");
    let surname = words.next_back().unwrap_or("");
    text[paragraph..at].match_indices(given).any(|(i, _)| {
        let end = paragraph + i + given.len();
        crosscheck_text::whole_words(text, paragraph + i, end)
            && !text[end..].trim_start().starts_with(surname)
    })
}

/// The age set after a name ("Mr Yadav, 27," → "27").
fn age_after(after: &str) -> Option<&str> {
    let digits = after.strip_prefix(", ")?;
    let n = digits.find(|c: char| !c.is_ascii_digit())?;
    ((1..=3).contains(&n) && digits[n..].starts_with([',', ' ', '.'])).then(|| &digits[..n])
}

/// The most words of a nickname quoted inside a name.
const MAX_NICKNAME_WORDS: usize = 2;

/// Where the surname starts when the token at `j` opens a nickname quoted
/// between a given name and a surname ("Konstantinos “Con” Papadopoulos"):
/// an opening mark right after the given name, one or two capitalised
/// words, the closing mark and a capitalised word, single spaces between.
fn nickname_end(text: &str, toks: &[Token], j: usize) -> Option<usize> {
    let opening = toks.get(j)?;
    if !matches!(opening.span.slice(text), "\"" | "“")
        || text.get(toks[j.checked_sub(1)?].span.end..opening.span.start)? != " "
    {
        return None;
    }
    let closing = (j + 1..toks.len().min(j + 2 + MAX_NICKNAME_WORDS))
        .find(|&k| matches!(toks[k].span.slice(text), "\"" | "”"))?;
    let words = &toks[j + 1..closing];
    let surname = toks.get(closing + 1)?;
    let single_spaces = text.get(toks[closing].span.end..surname.span.start)? == " "
        && text
            .get(opening.span.end..words.first()?.span.start)?
            .is_empty()
        && text
            .get(words.last()?.span.end..toks[closing].span.start)?
            .is_empty();
    (single_spaces
        && words
            .iter()
            .all(|w| w.kind == TokenKind::Word && capitalised(w.span.slice(text)))
        && surname.kind == TokenKind::Word
        && capitalised(surname.span.slice(text))
        && !words::STOP_WORDS.contains(&surname.span.slice(text).to_lowercase().as_str())
        // A person's: no body's noun after the marks ("Jesus “Saves”
        // Church").
        && !words::INSTITUTION_WORDS.contains(&surname.span.slice(text).to_lowercase().as_str()))
    .then_some(closing + 1)
}

/// Whether a run's role is a state's word after a capitalised word, a
/// place's ("Kano State History", "Lagos State Fire"), no office held.
fn state_of_a_place(text: &str, run: &Run) -> bool {
    run.roles.first().is_some_and(|r| *r == "State")
        && text[..run.start]
            .split_whitespace()
            .next_back()
            .is_some_and(|w| capitalised(w) && !is_lead_word(w))
}

/// A run of capitalised words (initials', titles' and suffixes' stops
/// allowed), split into the words dropped before it (a sentence's "And"),
/// its roles and the name.
struct Run<'t> {
    roles: Vec<&'t str>,
    name: Vec<(Span, &'t str)>,
    /// Where the run's first word (a role or the name) starts.
    start: usize,
}

fn runs<'t>(text: &'t str, toks: &[Token]) -> Vec<Run<'t>> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        let mut j = i;
        let mut found: Vec<(Span, &str)> = Vec::new();
        let mut nicknamed = false;
        while j < toks.len() {
            let s = toks[j].span.slice(text);
            // A line break ends a run (a headline above a paragraph).
            if j > i && text[toks[j - 1].span.end..toks[j].span.start].contains('\n') {
                break;
            }
            // Letters after a name end it ("Victor Temple QC said"); before
            // one they are a role ("Labour MP Diane Abbott").
            if toks[j].kind == TokenKind::Word
                && !found.is_empty()
                && POST_NOMINALS.contains(&s.to_lowercase().as_str())
                && !toks.get(j + 1).is_some_and(|n| {
                    n.kind == TokenKind::Word
                        && capitalised(n.span.slice(text))
                        && !text[toks[j].span.end..n.span.start].contains('\n')
                })
            {
                break;
            }
            if toks[j].kind == TokenKind::Word && capitalised(s) {
                found.push((toks[j].span, s));
                j += 1;
            } else if let Some(after) = (!found.is_empty() && !nicknamed)
                .then(|| nickname_end(text, toks, j))
                .flatten()
            {
                // "Konstantinos “Con” Papadopoulos": the nickname between
                // the given name and the surname is no part of the name.
                nicknamed = true;
                j = after;
            } else if s == "do"
                && found.len() == 1
                && crosscheck_lexicon::first_names::gender_of_first_name(&found[0].1.to_lowercase())
                    .is_some()
                && text[toks[j - 1].span.end..toks[j].span.start] == *" "
                && let Some(name_at) = name_after_do(text, toks, j)
            {
                // "Maria do Céu Fernandes": Portuguese "do" inside a name,
                // only after a given name ("Why do Americans" is no name).
                for t in &toks[j..name_at] {
                    found.push((t.span, t.span.slice(text)));
                }
                j = name_at;
            } else if let Some(name_at) = particles_before_a_name(text, toks, j)
                .filter(|_| !found.is_empty() || particle_may_open(text, toks, j))
            {
                // "Eamon de Búrca", "Ragnhild van der Meer", "Tariq bin
                // Saleh", "van der Meer paused": a surname's particles.
                for t in &toks[j..name_at] {
                    found.push((t.span, t.span.slice(text)));
                }
                j = name_at;
            } else if s == "."
                && found.last().is_some_and(|(_, w)| {
                    is_role(w)
                        || is_initial(w)
                        || dotted_initials(w)
                        // "St. Louis", "Mt. Vernon": the stop of a place's
                        // abbreviation before the rest of its name.
                        || (matches!(w.to_lowercase().as_str(), "st" | "mt" | "ft")
                            && toks.get(j + 1).is_some_and(|n| {
                                n.kind == TokenKind::Word && capitalised(n.span.slice(text))
                            }))
                        || words::NAME_SUFFIXES.contains(&w.to_lowercase().as_str())
                        || words::RARE_RANK_ABBREVIATIONS.contains(&w.to_lowercase().as_str())
                })
            {
                // A suffix keeps its stop ("Jr.").
                if let Some((span, w)) = found.last_mut()
                    && words::NAME_SUFFIXES.contains(&w.to_lowercase().as_str())
                {
                    span.end = toks[j].span.end;
                    *w = span.slice(text);
                }
                j += 1;
            } else {
                break;
            }
        }
        if found.is_empty() {
            i += 1;
            continue;
        }
        i = j.max(i + 1);
        // A sentence's first word, a month or a day before a name is no
        // part of it ("And Justice Elena Kagan", "On Tuesday Kennedy").
        // A possessive before more capitals is someone else's
        // ("Twitter's Adam Sharp"): the name starts after it.
        let owner = found[..found.len().saturating_sub(1)]
            .iter()
            .rposition(|(_, w)| w.ends_with("’s") || w.ends_with("'s"))
            .map_or(0, |k| k + 1);
        let found = &found[owner..];
        // A tabloid's feeling or adjective opening a sentence ("Horrified
        // Connie raced", "Angry John McKay"), not one inside a name
        // ("the Associated Press", "Proud Boys leader").
        let opens_sentence = found.first().is_some_and(|(span, _)| {
            text[..span.start]
                .trim_end_matches([' ', '\t'])
                .chars()
                .next_back()
                .is_none_or(|c| matches!(c, '\n' | '.' | '!' | '?' | '"' | '”' | '\'' | '—' | '–'))
        });
        // A month that is also a given name, before a surname and not
        // after a word of time, names someone ("Jan Brewer", "April
        // Ryan"; not "in June Obama said").
        let given_month = |k: usize, w: &str| {
            k == 0
                && found.len() >= 2
                && words::month(w).is_some()
                && !w.ends_with('.')
                // A month abbreviated without its stop is no date ("Jan
                // Brewer"); a month in full must be a given name.
                && (words::is_month_abbreviation(&w.to_lowercase())
                    || first_names::gender_of_first_name(w).is_some())
                && !text[..found[0].0.start]
                    .split_whitespace()
                    .next_back()
                    .is_some_and(|b| TIME_PREPOSITIONS.contains(&b.to_lowercase().as_str()))
        };
        // "Makame's son, Said Ali Juma, 38,": the Arabic given name, set
        // off by a comma inside a sentence before two more names, is no
        // verb.
        let given_said = |k: usize, w: &str| {
            k == 0
                && w == "Said"
                && !opens_sentence
                && found.len() >= 3
                && text[..found[0].0.start].trim_end().ends_with(',')
        };
        let lead = found
            .iter()
            .enumerate()
            .position(|(k, (_, w))| {
                is_role(w)
                    || given_month(k, w)
                    || given_said(k, w)
                    || !(is_lead_word(w)
                        || (opens_sentence && (is_lead_adjective(w) || plural_person_noun(w))))
            })
            .unwrap_or(found.len());
        let mut found = &found[lead..];
        // A day after a name is when, not who ("party Chairman Michael
        // Steele Sunday to better explain").
        while let [rest @ .., (_, last)] = found
            && rest.len() >= 2
            && words::WEEKDAYS.contains(&last.to_lowercase().as_str())
        {
            found = rest;
        }
        // The name follows the last role ("Southwark Crown Court Judge
        // George Bathurst-Norman", "RNC Chair Reince Priebus"); what is
        // before the roles describes them. After a role and "of", the
        // office's own words run on to the first first name ("Secretary of
        // State John Kerry", "Director of National Intelligence James
        // Clapper").
        // A role word closing a run after a name word is a surname
        // ("Peter Singer", "Sir Paul Nurse"): roles come before names.
        let last_is_surname = found.len() >= 2
            && !is_role(found[found.len() - 2].1)
            && SURNAME_ROLES.contains(&found[found.len() - 1].1.to_lowercase().as_str());
        let searched = if last_is_surname {
            &found[..found.len() - 1]
        } else {
            found
        };
        let roles_end = searched
            .iter()
            .rposition(|(_, w)| is_role(w))
            .map_or(0, |k| k + 1)
            .max(office_words(text, found));
        let roles_start = found[..roles_end]
            .iter()
            .rposition(|(_, w)| !is_role(w))
            .map_or(0, |k| k + 1);
        // A trade's word before one word is a body's name ("Artist Rooms"),
        // as it is before words that end with a body's or a place's and
        // open with no given name ("Artist Rooms Scotland", "Actor Training
        // Wales", "Architect Design Partnership").
        let bodily = |rest: &[(Span, &str)]| {
            rest.len() == 1
                || (first_names::gender_of_first_name(rest[0].1).is_none()
                    && rest.last().is_some_and(|(_, w)| {
                        let l = w.to_lowercase();
                        words::INSTITUTION_WORDS.contains(&l.as_str())
                            || words::COMPANY_NAME_WORDS.contains(&l.as_str())
                            || matches!(l.as_str(), "partnership" | "collective" | "rooms")
                            || places().lookup(w).is_some()
                    }))
        };
        let roles_end = if roles_end > roles_start
            && found.len() > roles_end
            && bodily(&found[roles_end..])
            && found[roles_start..roles_end]
                .iter()
                .all(|(_, w)| TRADE_WORDS.contains(&w.to_lowercase().as_str()))
        {
            roles_start
        } else {
            roles_end
        };
        out.push(Run {
            roles: found[roles_start..roles_end]
                .iter()
                .map(|(_, w)| *w)
                .collect(),
            name: found[roles_end..].to_vec(),
            start: found.get(roles_start).map_or(0, |(s, _)| s.start),
        });
    }
    out
}

/// Titles of an office named with "of" ("Secretary of State", "Governor
/// of Texas", "Director of National Intelligence"); not a relative's ("the
/// mother of Stephen Lawrence").
fn holds_an_office(word: &str) -> bool {
    matches!(
        word.trim_end_matches('.').to_lowercase().as_str(),
        "secretary"
            | "director"
            | "speaker"
            | "governor"
            | "minister"
            | "chairman"
            | "chairwoman"
            | "chair"
            | "president"
            | "mayor"
            | "leader"
            | "commissioner"
            | "administrator"
            | "chancellor"
            | "head"
            | "chief"
            | "secretary-general"
            | "ambassador"
            | "attorney"
            | "judge"
    )
}

/// Whether a word is a participle in lower case, what someone was doing
/// ("hauling", "waving").
pub(crate) fn doing_word(w: &str) -> bool {
    w.len() > 4 && w.ends_with("ing") && w.chars().all(|c| c.is_ascii_lowercase())
}

/// The most words of what someone described was doing before their
/// relative clause ("hauling traps near the island on Tuesday, who …").
const DOING_WORDS: usize = 10;

/// How many words opening a run name an office it continues: after a
/// role and "of" ("Secretary of", "Speaker of the"), those before the first
/// word that is a first name, a surname after it ("State John Kerry" has
/// one). None where no first name stands there.
fn office_words(text: &str, found: &[(Span, &str)]) -> usize {
    let Some((first, _)) = found.first() else {
        return 0;
    };
    let before = text[..first.start].trim_end();
    let before = before.strip_suffix(" the").unwrap_or(before).trim_end();
    let after_office = before
        .strip_suffix(" of")
        .and_then(|b| b.split_whitespace().next_back())
        .is_some_and(holds_an_office);
    if !after_office {
        return 0;
    }
    // Not a first name that ends a place ("Governor of South Carolina
    // Nikki Haley").
    (1..found.len().saturating_sub(1))
        .find(|&k| {
            first_names::gender_of_first_name(found[k].1).is_some()
                && (0..=k).all(|j| {
                    let words: Vec<&str> = found[j..=k].iter().map(|(_, w)| *w).collect();
                    places().lookup(&words.join(" ")).is_none()
                })
        })
        .unwrap_or(0)
}

/// Whether a capitalised word opening a run is no part of a name: a
/// function word opening a sentence ("And", "Though"), a participle or an
/// adverb ("Saying", "Sentencing", "Meanwhile"), a month or a day.
pub(crate) fn is_lead_word(w: &str) -> bool {
    let l = w.to_lowercase();
    words::STOP_WORDS.contains(&l.as_str())
        || LEAD_WORDS.contains(&l.as_str())
        || (l.len() > 5
            && (l.ends_with("ing") || (l.ends_with("ly") && !given_name_in_ly(&l)))
            && !hyphenated_name(w))
        || words::month(w).is_some()
        || words::WEEKDAYS.contains(&l.as_str())
}

/// Whether a word in "-ly" is a given name, no adverb: "Anatoly",
/// "Vitaly" (no English adverb ends in "-oly" or "-aly").
fn given_name_in_ly(lower: &str) -> bool {
    lower.ends_with("oly") || lower.ends_with("aly")
}

/// Whether a word joins capitalised parts with a hyphen ("Mei-Ling",
/// "Xiao-Ling"): a given name, not a participle ("Long-standing").
fn hyphenated_name(w: &str) -> bool {
    w.contains('-') && w.split('-').all(|p| capitalised(p) && !is_lead_word(p))
}

/// Whether a capitalised word opening a sentence is a plural noun of people
/// ("Passengers Sunita and Rajesh Bhattacharya", "Residents Ama Owusu and
/// …"): no part of the names after it.
fn plural_person_noun(w: &str) -> bool {
    let l = w.to_lowercase();
    l.strip_suffix('s').is_some_and(|one| {
        PERSON_NOUNS.contains(&one) || matches!(one, "neighbour" | "neighbor" | "friend" | "couple")
    })
}

/// Whether a capitalised word opening a sentence is a feeling or a
/// tabloid's adjective before a name, no part of it.
fn is_lead_adjective(w: &str) -> bool {
    let l = w.to_lowercase();
    (l.len() > 6 && FEELING_ENDINGS.iter().any(|e| l.ends_with(e)))
        || LEAD_ADJECTIVES.contains(&l.as_str())
}

/// Endings of the participles that open a British lead before a first
/// name ("Horrified Connie raced to call for help", "Devastated Marie"):
/// no given name ends so.
const FEELING_ENDINGS: &[&str] = &[
    "ified", "ated", "ened", "essed", "ocked", "unned", "raged", "ighted", "ieved", "ered",
];

/// Honorifics written before a given name as often as before a surname
/// ("Malam Haruna" for Haruna Ado, "Alhaji Sani", "Ustad Abdul").
const GIVEN_NAME_HONORIFICS: &[&str] = &[
    "mallam", "malam", "alhaji", "alhaja", "hajia", "haji", "ustaz", "ustad", "ustadh", "mzee",
    "datuk", "shri", "ratu", "doña",
];

/// Past participles of a feeling: "was delighted" is how one felt, nothing
/// that befell one.
const FEELINGS: &[&str] = &[
    "delighted",
    "pleased",
    "thrilled",
    "relieved",
    "surprised",
    "disappointed",
    "impressed",
    "amazed",
    "saddened",
    "excited",
    "unimpressed",
    "convinced",
    "unconvinced",
    "satisfied",
    "frustrated",
    "annoyed",
    "puzzled",
    "baffled",
    "worried",
    "concerned",
    "determined",
    "overjoyed",
    "bemused",
    "amused",
    "heartened",
    "encouraged",
    "undaunted",
    "unmoved",
];

/// Adjectives a tabloid puts before a name ("Angry John McKay", "Tearful
/// Connie"): no part of it.
const LEAD_ADJECTIVES: &[&str] = &[
    "angry",
    "furious",
    "tearful",
    "heartbroken",
    "distraught",
    "brave",
    "tragic",
    "evil",
    "jealous",
    "defiant",
    "grateful",
    "proud",
    "crazed",
    "sick",
    "twisted",
    "cheeky",
    "fearless",
];

/// Role words that are common surnames too, read as a surname where they
/// close a name ("Peter Singer", "Sir Paul Nurse", "John Major").
const SURNAME_ROLES: &[&str] = &[
    "singer", "farmer", "nurse", "coach", "bishop", "king", "major",
];

/// Words before a month that make it a time, not a given name.
const TIME_PREPOSITIONS: &[&str] = &[
    "in",
    "on",
    "since",
    "by",
    "until",
    "till",
    "last",
    "next",
    "this",
    "early",
    "late",
    "mid",
    "from",
    "through",
    "during",
    "of",
    "to",
    "before",
    "after",
    "between",
    "and",
    "following",
    "every",
    "around",
    "throughout",
    "come",
    "each",
    "that",
    "same",
    "previous",
];

/// Conjunctions and adverbs that open a sentence and are not stop words.
const LEAD_WORDS: &[&str] = &[
    "though",
    "although",
    "meanwhile",
    "however",
    "still",
    "yet",
    "also",
    "instead",
    "later",
    "earlier",
    "today",
    "yesterday",
    "tonight",
    "asked",
    "told",
    "said",
    "says",
    "dear",
    // Prepositions of place opening a sentence ("Near Cheyenne a voice
    // came over the CB").
    "near",
    "outside",
    "inside",
    "behind",
    "beside",
    "beyond",
    "among",
    "amid",
    "around",
    "across",
    "beneath",
];

/// The words of `text` (split at white space), each with its byte offset.
pub(crate) fn word_offsets(text: &str) -> Vec<(usize, &str)> {
    text.split_whitespace()
        .map(|w| (w.as_ptr() as usize - text.as_ptr() as usize, w))
        .collect()
}

/// The text with the words a paragraph's line opens in capitals written in
/// title case, where they start a name: a British lead's "NEIL Hamilton
/// abandoned", "RICHARD BRANSON notched up" — the capitals before a word in
/// title case, or two words or more of them. One capital word before
/// lower-case words ("RUGBY star", "NHS managers") and whole lines in
/// capitals (a headline) stay as they are. Only ASCII letters change, so
/// every byte offset holds.
fn lead_capitals_cased(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for line in text.split_inclusive('\n') {
        let words = word_offsets(line);
        // A word in capitals that could be a name: three letters or more,
        // with a vowel (not "DJ", "MP", "NHS", "BBC").
        let shouted = |w: &str| {
            let letters: Vec<char> = w
                .trim_end_matches(['’', '\'', 'S'])
                .chars()
                .filter(|c| c.is_alphabetic())
                .collect();
            letters.len() > 2
                && letters.iter().any(|c| "AEIOUY".contains(*c))
                && w.chars()
                    .all(|c| !c.is_alphabetic() || c.is_ascii_uppercase())
                && w.chars().next().is_some_and(|c| c.is_ascii_uppercase())
        };
        // A paragraph's line, not a headline: eight words or more, ending a
        // sentence.
        let paragraph = words.len() >= 8
            && line
                .trim_end()
                .ends_with(['.', '"', '\'', '”', '’', '!', '?', ':']);
        let caps = words.iter().take_while(|(_, w)| shouted(w)).count();
        let next_title = words
            .get(caps)
            .is_some_and(|(_, w)| capitalised(w) && w.chars().any(char::is_lowercase));
        let next_lower = words
            .get(caps)
            .is_some_and(|(_, w)| w.chars().next().is_some_and(char::is_lowercase));
        let cased = caps > 0 && paragraph && (next_title || (caps >= 2 && next_lower));
        if cased {
            let end = words[caps - 1].0 + words[caps - 1].1.len();
            let mut first = true;
            for c in line[..end].chars() {
                if c.is_ascii_alphabetic() {
                    out.push(if first { c } else { c.to_ascii_lowercase() });
                    first = false;
                } else {
                    out.push(c);
                    // An apostrophe's "S" is a possessive's ("HAMILTON'S").
                    first = !matches!(c, '\'' | '’');
                }
            }
            out.push_str(&line[end..]);
        } else {
            out.push_str(line);
        }
    }
    debug_assert_eq!(out.len(), text.len());
    out
}

/// The lines written in title case (three words or more, four in five of
/// them capitalised): headlines.
fn title_case_lines(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut at = 0;
    for line in text.split('\n') {
        let words: Vec<&str> = line
            .split_whitespace()
            .filter(|w| w.chars().next().is_some_and(char::is_alphabetic))
            .collect();
        let capitals = words.iter().filter(|w| capitalised(w)).count();
        if words.len() >= 3 && capitals * 5 >= words.len() * 4 {
            out.push(Span::new(at, at + line.len()));
        }
        at += line.len() + 1;
    }
    out
}

/// The people of one article, where it names them, and what its pronouns
/// can stand for.
#[derive(Debug, Clone, Default)]
pub struct Names {
    people: Vec<Person>,
    /// In text order.
    mentions: Vec<Mention>,
    sentences: Vec<Span>,
    quoted: Vec<Span>,
    /// The lines written in title case ([`title_case_lines`]).
    headlines: Vec<Span>,
    text: String,
    /// The text's tokens (the text features').
    tokens: Vec<Token>,
    /// Where each token (lower-cased) occurs, in text order.
    by_word: HashMap<String, Vec<usize>>,
}

impl Names {
    /// Collect the people of `text`, read from its `tokens` (its
    /// `sentences` and `quoted` spans guide pronouns: a name inside quotation
    /// marks is not who a later "he" is).
    pub fn new(text: &str, tokens: &[Token], sentences: &[Span], quoted: &[Span]) -> Names {
        let as_written = text;
        let cased = lead_capitals_cased(text);
        let text = cased.as_str();
        let runs = runs(text, tokens);
        let headlines = title_case_lines(text);
        let mut people: Vec<Person> = Vec::new();
        // Full names first, wherever they are: a surname stands for the
        // fullest name the article gives, even a later one. A headline's
        // capitals name no one ("Beck Wows the CPAC Crowd").
        for run in runs.iter().filter(|r| {
            !headlines
                .iter()
                .any(|h| h.start <= r.start && r.start < h.end)
        }) {
            let name_words: Vec<&str> = run.name.iter().map(|(_, w)| *w).collect();
            let written = core(&name_words.join(" "));
            let tokens = name_words
                .iter()
                .filter(|w| {
                    !words::NAME_SUFFIXES.contains(&w.trim_end_matches('.').to_lowercase().as_str())
                })
                .count();
            // "Every March", "Every Sunday": a time, no name ("Every
            // Ogunleye" is one).
            let a_time = name_words.first() == Some(&"Every")
                && name_words.get(1).is_some_and(|w| {
                    words::month(w).is_some()
                        || words::WEEKDAYS.contains(&w.to_lowercase().as_str())
                });
            // "K.P. Sasidharan", "P. Chidambaram": initials and one name,
            // as South Asian news writes them (not "U.S. Navy").
            // Only as a person is introduced: with a title or a role, set
            // beside a description, or said to speak ("J.J. Goldberg, a
            // columnist"; not the company "J.P. Morgan had record
            // profits").
            let initialled = written.len() == 1 && initialled_name(&name_words);
            let dotted = name_words.iter().any(|w| dotted_initials(w));
            let introduced = || {
                if !run.roles.is_empty() {
                    return true;
                }
                let Some(&(last, _)) = run.name.last() else {
                    return false;
                };
                let after = text[last.end..].trim_start();
                // (The last words before it only.)
                let before = last_bytes(&text[..run.start], INTRODUCING_BYTES)
                    .trim_end()
                    .to_lowercase();
                // A description, a role or an age set beside it (", a
                // columnist", ", editor at large of", ", 45,"; not ",
                // which"), a verb of saying or a role's word before it
                // ("boat master K.P. Sasidharan").
                after.strip_prefix(", ").is_some_and(|a| {
                    let next = a.split_whitespace().next().unwrap_or_default();
                    next.starts_with(|c: char| c.is_lowercase() || c.is_ascii_digit())
                        && !matches!(next, "which" | "that" | "and" | "or" | "but" | "its")
                }) || ["said", "says", "told", "according to", "asked", "wrote"]
                    .iter()
                    .any(|v| before.ends_with(v))
                    || before.split_whitespace().next_back().is_some_and(is_role)
            };
            if tokens < 2
                || a_time
                || in_dateline(as_written, run.start, run.name[run.name.len() - 1].0.end)
                || (written.len() < 2 && !initialled)
                || ((initialled || dotted) && !introduced())
                || name_words.len() > MAX_NAME_WORDS
                || !can_be_name(&name_words)
                || set_beside_a_thing(text, run, quoted)
                || (run.roles.is_empty()
                    && plural_owner_of_a_name(
                        &name_words,
                        &text[run.name[run.name.len() - 1].0.end..],
                    ))
                || (after_a_preposition_of_place(&text[..run.start])
                    && town_of_a_state(&text[run.name[run.name.len() - 1].0.end..]))
                || (run.roles.is_empty()
                    && street_after_a_preposition(
                        &text[..run.start],
                        &name_words,
                        &text[run.name[run.name.len() - 1].0.end..],
                    ))
            {
                continue;
            }
            let (first, last) = (run.name[0].0, run.name[run.name.len() - 1].0);
            let name = run_name(text, &run.name)
                .trim_end_matches("’s")
                .trim_end_matches("'s")
                .to_string();
            let mut roles: Vec<String> = run
                .roles
                .iter()
                .map(|w| w.trim_end_matches('.').to_lowercase())
                .collect();
            // An appositive role before: "Iran’s foreign minister, Hossein …",
            // "His widow, midwife Marie Cross" (past one lower-case
            // description).
            let before = &text[..run.start];
            let past_description = before
                .trim_end()
                .rsplit_once(char::is_whitespace)
                .filter(|(_, w)| w.len() > 2 && w.chars().all(|c| c.is_lowercase() || c == '-'))
                .map_or(before, |(rest, _)| rest)
                .trim_end()
                .strip_suffix(',')
                // Only a short noun phrase ("His widow,"), not a clause
                // ("After the verdict against her husband,").
                .filter(|clause| {
                    let words: Vec<&str> = clause
                        .rsplit(['.', ',', ';', '—', '(', '“', '”', '\n'])
                        .next()
                        .unwrap_or("")
                        .split_whitespace()
                        .collect();
                    words.len() <= 3
                        && words.first().is_some_and(|w| {
                            matches!(
                                w.to_lowercase().as_str(),
                                "his" | "her" | "their" | "the" | "a" | "an"
                            )
                        })
                });
            if let Some(stripped) = before.trim_end().strip_suffix(',').or(past_description) {
                let clause = stripped
                    .rsplit(['.', ',', ';', '—', '(', '“', '”'])
                    .next()
                    .unwrap_or("");
                // Not the words of an owner ("Mrs Tapsell's grandson,":
                // her title is no title of his).
                roles.extend(
                    clause
                        .split_whitespace()
                        .rev()
                        .take(APPOSITIVE_ROLE_WORDS)
                        .take_while(|w| !w.ends_with("'s") && !w.ends_with("’s"))
                        .map(|w| {
                            w.trim_matches(|c: char| !c.is_alphanumeric())
                                .to_lowercase()
                        }),
                );
            }
            // A description right before the name, without a comma: its
            // head noun ("talk show host Glenn Beck" is "the host" later;
            // "Wal-Mart lawyer Theodore Boutrous"). Not a word of speech
            // or a function word ("said Glenn Beck", "by Glenn Beck").
            if let Some(head) = before
                .split_whitespace()
                .next_back()
                .filter(|w| w.chars().all(|c| c.is_lowercase() || c == '-'))
                .filter(|w| w.len() > 2)
                .filter(|w| {
                    !words::STOP_WORDS.contains(w)
                        && !NOT_DESCRIPTIONS.contains(w)
                        && !UNSPOKEN_THINGS.contains(w)
                })
                .filter(|w| {
                    !crate::cues::is_verb(w)
                        && !w.ends_with("ed")
                        && (!w.ends_with("ing") || w.len() <= 5)
                        && !words::TIME_ADVERBS.contains(w)
                })
            {
                roles.push(head.to_string());
            }
            // Counsel in a court report: "Crispin Aylett, prosecuting" is
            // "the lawyer", "the prosecutor" and "the prosecution" later.
            roles.extend(
                counsel_roles(&text[last.end..])
                    .iter()
                    .map(|r| r.to_string()),
            );
            roles.extend(appositive_roles(&text[last.end..]));
            let gender = roles
                .iter()
                .find_map(|r| gender_of_title(r))
                .or_else(|| appositive_gender(&text[last.end..]))
                .or_else(|| kin_gender(&text[..run.start]));
            // "Representative Weiner" is "the congressman" later (the
            // gender comes from the title as written).
            // A minister of justice is no judge ("Justice Minister Hanna
            // Berg").
            let minister = roles.iter().any(|r| {
                matches!(
                    r.as_str(),
                    "minister" | "ministry" | "secretary" | "department"
                )
            });
            let same: Vec<String> = ROLE_SYNONYMS
                .iter()
                .filter(|group| roles.iter().any(|r| group.contains(&r.as_str())))
                .filter(|group| !(minister && group.contains(&"judge")))
                .flat_map(|group| group.iter().map(|w| w.to_string()))
                .collect();
            roles.extend(same);
            match people.iter_mut().find(|p| p.core == written) {
                Some(p) => {
                    if name.split_whitespace().count() > p.name.split_whitespace().count() {
                        p.name = name;
                    }
                    p.gender = p.gender.or(gender);
                    p.name_gender = p.name_gender.or(gender_of_first_name(&p.name));
                    p.roles.extend(roles);
                }
                None => people.push(Person {
                    name_gender: gender_of_first_name(&name),
                    after_the: false,
                    placed: false,
                    name,
                    core: written,
                    roles,
                    first: first.start,
                    gender,
                }),
            }
        }
        // A full name that ends another ("Amir Abdollahian" of "Hossein
        // Amir Abdollahian") is that person.
        let mut k = 0;
        while k < people.len() {
            let longer = (0..people.len()).find(|&j| {
                j != k
                    && people[j].core.len() > people[k].core.len()
                    && people[j].core.ends_with(&people[k].core)
            });
            match longer {
                Some(j) => {
                    let p = people.remove(k);
                    let j = if j > k { j - 1 } else { j };
                    people[j].first = people[j].first.min(p.first);
                    people[j].gender = people[j].gender.or(p.gender);
                    people[j].name_gender = people[j].name_gender.or(p.name_gender);
                    people[j].roles.extend(p.roles);
                }
                None => k += 1,
            }
        }
        // A couple named with one surname ("Hector and Rosa Alvarez"): the
        // first given name is a person of that surname too.
        for pair in runs.windows(2) {
            let (one, other) = (&pair[0], &pair[1]);
            let ([(given_at, given)], [(_, second), .., (_, surname)]) =
                (&one.name[..], &other.name[..])
            else {
                continue;
            };
            let between = text[given_at.end..other.start].trim();
            // Given names the lists lack, where the words before say a
            // family or a pair follows ("two brothers from Co Cavan,
            // Séamus and Pádraig Brady").
            let lead = last_bytes(&text[..one.start], FAMILY_LEAD_BYTES);
            let family = || {
                lead.split(|c: char| !c.is_alphanumeric())
                    .any(|w| FAMILY_PLURALS.contains(&w.to_lowercase().as_str()))
                    // Or right after a plural noun of people ("Passengers
                    // Sunita and Rajesh Bhattacharya").
                    || lead.split_whitespace().next_back().is_some_and(plural_person_noun)
            };
            let listed = |w: &str| first_names::gender_of_first_name(w).is_some();
            // (Not where the last word is no family name: "Harjit and
            // Manpreet Kaur", "Lim and Tan Bee Hoon".)
            let a_family_name = other.name.len() == 2
                && !GIVEN_NOT_SHARED.contains(&surname.to_lowercase().as_str());
            if between != "and"
                || !one.roles.is_empty()
                || !((listed(given) && listed(second)) || (family() && a_family_name))
            {
                continue;
            }
            let name = format!("{given} {surname}");
            let core_words = core(&name);
            if !people.iter().any(|p| p.core == core_words) {
                people.push(Person {
                    name_gender: gender_of_first_name(&name),
                    after_the: false,
                    placed: false,
                    name,
                    core: core_words,
                    roles: Vec::new(),
                    first: given_at.start,
                    gender: None,
                });
            }
        }
        // A relative introduced by a first name after a possessive surname
        // ("Captain Prankerd's father Peter") is a person of that surname.
        let mut kin: HashMap<usize, usize> = HashMap::new();
        for (r, pair) in runs.windows(2).enumerate() {
            let (owner, named) = (&pair[0], &pair[1]);
            let (Some(&(last, written)), [(first_name, given)]) =
                (owner.name.last(), &named.name[..])
            else {
                continue;
            };
            let Some(surname) = written
                .strip_suffix("’s")
                .or_else(|| written.strip_suffix("'s"))
            else {
                continue;
            };
            let between = text[last.end..named.start].trim();
            let Some(gender) = kin_gender(between).filter(|_| !between.contains(' ')) else {
                continue;
            };
            if !named.roles.is_empty() || !capitalised(surname) {
                continue;
            }
            let name = format!("{given} {surname}");
            let core_words = core(&name);
            let person = match people.iter().position(|p| p.core == core_words) {
                Some(k) => k,
                None => {
                    people.push(Person {
                        name,
                        core: core_words,
                        roles: vec![between.to_lowercase()],
                        first: first_name.start,
                        gender: Some(gender),
                        name_gender: None,
                        after_the: false,
                        placed: false,
                    });
                    people.len() - 1
                }
            };
            kin.insert(r + 1, person);
        }
        // Someone the article names by one name alone, said to be a name
        // ("who gave only her first name, Gloria", "gave his name only as
        // Moussa"), set off with an age ("Kofi, 9,") or after a relative
        // ("her youngest son, Kofi"): a person of that name, unless it is a
        // word of a fuller name above.
        for run in &runs {
            let [(span, word)] = run.name[..] else {
                continue;
            };
            if !run.roles.is_empty()
                || !capitalised(word)
                || word.chars().all(|c| c.is_uppercase())
                || !can_be_name(&[word])
                || places().lookup(word).is_some()
            {
                continue;
            }
            let key = core(word);
            if key.len() != 1 || people.iter().any(|p| p.core.contains(&key[0])) {
                continue;
            }
            let before = text[..span.start].trim_end();
            // The last words before it (a window: the text may be long).
            let window = before
                .char_indices()
                .rev()
                .nth(ONE_NAME_WINDOW)
                .map_or(0, |(k, _)| k);
            let lower = before[window..].to_lowercase();
            // Not after a description without a comma ("The victim's
            // sister Joan, 54,"): the description and the name speak.
            let described = text[..span.start].ends_with(' ')
                && before.split_whitespace().next_back().is_some_and(|w| {
                    w.chars().all(|c| c.is_lowercase() || c == '-')
                        && !words::STOP_WORDS.contains(&w)
                });
            // Or "a boy called Haziq", "a kitchen porter named Dritan": a
            // person's noun before "called" or "named".
            let called = ["called", "named"].iter().any(|c| {
                lower
                    .strip_suffix(c)
                    .and_then(|b| b.split_whitespace().next_back())
                    .is_some_and(|noun| {
                        PERSON_NOUNS.contains(&noun)
                            || description_gender(noun).is_some()
                            || is_role(noun)
                    })
            });
            let given = ONE_NAME_GIVEN.iter().any(|w| lower.ends_with(w)) || called;
            if described && !given {
                continue;
            }
            // Not a place ("In Kilkenny, a 45-year-old man was arrested").
            let aged = single_name_age(&text[span.end..]) && !after_a_preposition_of_place(before);
            let kin = before.strip_suffix(',').and_then(kin_gender);
            let apposed = one_name_apposed_role(&text[span.end..]);
            if !(given || aged || kin.is_some() || apposed.is_some()) {
                continue;
            }
            // "his name", "her first name": the gender it gives.
            // ("gave only her first name": the last words before it.)
            let near: Vec<&str> = lower
                .split_whitespace()
                .rev()
                .take(GIVEN_NAME_REACH)
                .collect();
            let told = if given && near.contains(&"her") {
                Some(Gender::Female)
            } else if given && near.contains(&"his") {
                Some(Gender::Male)
            } else {
                None
            };
            people.push(Person {
                name_gender: gender_of_first_name(word),
                after_the: false,
                placed: false,
                name: word.to_string(),
                core: key,
                roles: apposed.into_iter().collect(),
                first: span.start,
                gender: kin.or(told),
            });
        }
        // Then every mention: a full name, or a surname (with or without a
        // title) of a person above; a titled surname no full name gives
        // ("Mr. Weiner") is a person of its own. A surname two people of the
        // article share stands for the one named last before it.
        let mut mentions = Vec::new();
        let mut last_seen: Vec<Option<usize>> = vec![None; people.len()];
        // Where a child named beside a kin word of someone sharing the
        // surname was last seen, and where that paragraph ends.
        // Where a child named beside a kin word was named, where that
        // paragraph ends, and whether the owner's gender agrees with the
        // child's (where it does not, a title of either gender tells them
        // apart: "Her son, Vikram Rao … Mr Rao").
        let mut kin_paragraph: Vec<Option<(usize, usize, bool)>> = vec![None; people.len()];
        // One-word surnames written with a title or a role, or set off
        // after a description, so far.
        let mut titled_surnames: Vec<String> = Vec::new();
        for (r, run) in runs.iter().enumerate() {
            if let Some(&person) = kin.get(&r) {
                let (span, _) = run.name[0];
                mentions.push(Mention {
                    span,
                    person,
                    written: 1,
                    possessive: false,
                });
                last_seen[person] = Some(span.start);
                continue;
            }
            if run.name.is_empty() || run.name.len() > MAX_NAME_WORDS {
                continue;
            }
            let name_words: Vec<&str> = run.name.iter().map(|(_, w)| *w).collect();
            // ("Park" alone for Park Jeom-sun.)
            let korean_family = |word: &str| {
                people.iter().any(|p| {
                    let written: Vec<&str> = p.name.split_whitespace().collect();
                    korean_name(&written) && written[0] == word
                })
            };
            if !can_be_name(&name_words) && !matches!(name_words[..], [w] if korean_family(w)) {
                continue;
            }
            let query = core(&name_words.join(" "));
            let gender = run
                .roles
                .iter()
                .find_map(|r| gender_of_title(&r.trim_end_matches('.').to_lowercase()));
            // A name at the end of a longer capitalised run ("Jobs Bill
            // President Obama" in a headline).
            let tail = (1..query.len()).find_map(|k| find(&people, &query[k..], gender));
            // A surname shared: the person of it seen last.
            // A child or spouse named beside a kin word, not seen since, past
            // the paragraphs that keep the bare surname theirs (a title of
            // either gender tells them apart where the owner's differs).
            let past_kin_paragraph = |k: usize| {
                kin_paragraph
                    .get(k)
                    .copied()
                    .flatten()
                    .is_some_and(|(intro, end, agrees)| {
                        last_seen.get(k).copied().flatten() == Some(intro)
                            && (agrees || gender.is_none())
                            && run.start > end
                    })
            };
            // One whose father's surname the word is ("Hernández" of
            // "Rigoberto Hernández Salas"), unless a title or a role was
            // written with the word alone (someone else's: "The prosecutor,
            // Beltrán,").
            // (A courtesy title alone is no role: "Ms. Acosta" for Melba
            // Acosta Febo, of the title's gender.)
            let courtesy = run.roles.iter().all(|r| {
                matches!(
                    r.trim_end_matches('.').to_lowercase().as_str(),
                    "mr" | "mrs"
                        | "ms"
                        | "miss"
                        | "dr"
                        | "señor"
                        | "señora"
                        | "sr"
                        | "sra"
                        | "don"
                        | "doña"
                )
            });
            let first_surname =
                (query.len() == 1 && courtesy && !titled_surnames.contains(&query[0]))
                    .then(|| first_surname(&people, &query))
                    .flatten()
                    .filter(
                        |&k| match (gender, people[k].gender.or(people[k].name_gender)) {
                            (Some(g), Some(h)) => g == h,
                            _ => true,
                        },
                    );
            // A possessive before a kin word ("Mrs MacNeil's nephew"), and
            // then where its sentence starts.
            let name_end = run.name[run.name.len() - 1].0.end;
            let kin_owner = {
                let last = run.name[run.name.len() - 1].1;
                (last.ends_with("'s") || last.ends_with("’s"))
                    && text[name_end..].split_whitespace().next().is_some_and(|w| {
                        words::KIN_WORDS
                            .contains(&w.trim_end_matches([',', '.']).to_lowercase().as_str())
                    })
            };
            let sentence_start = kin_owner.then(|| {
                text[..run.start]
                    .rfind(['.', '\n', '?', '!'])
                    .map_or(0, |k| k + 1)
            });
            // (The one whose father's surname it is shares it only where
            // named before all whose names end with it: "Rigoberto
            // Hernández Salas … His son, Iván Hernández", not "Dr. Elena
            // Vargas … His father, Miguel Vargas Llosa".)
            let paternal_first = first_surname.is_some_and(|j| {
                people
                    .iter()
                    .filter(|p| p.core.len() > 1 && p.core.ends_with(&query))
                    .all(|p| people[j].first < p.first)
            });
            let shared = (query.len() == 1)
                .then(|| {
                    // Those of the title's gender, where it gives one
                    // ("Mrs Tapsell" is not her grandson Liam Tapsell).
                    let seen_any: Vec<(usize, usize)> = people
                        .iter()
                        .enumerate()
                        .filter(|&(k, p)| {
                            p.core.len() > 1
                                && (p.core.ends_with(&query)
                                    || (first_surname == Some(k) && paternal_first))
                        })
                        .filter_map(|(k, _)| Some((k, last_seen.get(k).copied().flatten()?)))
                        .collect();
                    let seen: Vec<(usize, usize)> = seen_any
                        .iter()
                        .copied()
                        .filter(|&(k, _)| {
                            let p = &people[k];
                            match (gender, p.gender.or(p.name_gender)) {
                                (Some(g), Some(h)) => g == h,
                                _ => true,
                            }
                        })
                        // A child named beside a kin word, past that
                        // paragraph, unless this paragraph calls the
                        // child by the given name ("Matteo wants to
                        // expand. “…,” Bertolino said").
                        .filter(|&(k, _)| {
                            !past_kin_paragraph(k)
                                || called_in_paragraph(text, run.start, &people[k])
                        })
                        // Not the one whose relative the owner is, named
                        // earlier in the sentence ("Angus John MacNeil, who
                        // runs the shop and is Mrs MacNeil's nephew").
                        .filter(|&(_, at)| sentence_start.is_none_or(|s| at < s))
                        .collect();
                    // Of a man and a woman, the one the next pronoun in the
                    // sentence or the one after stands for, outside
                    // quotation marks ("Gallagher considers the question.
                    // “…,” he says" is not his daughter Bríd Gallagher).
                    // Only of a sentence's subject: at its start or after a
                    // clause's comma ("Asked the secret, Gallagher
                    // considers"), a verb after it.
                    let last_word_end = run.name[run.name.len() - 1].0.end;
                    let opens = text[..run.start]
                        .trim_end_matches([' ', '\t'])
                        .ends_with('\n')
                        || text[..run.start].trim_end().ends_with(['.', ',', '—'])
                        || text[..run.start].trim().is_empty();
                    let verb_after =
                        text[last_word_end..]
                            .split_whitespace()
                            .next()
                            .is_some_and(|w| {
                                w.starts_with(char::is_lowercase)
                                    && !words::STOP_WORDS.contains(&w)
                                    && !PREPOSITIONS.contains(&w)
                            });
                    let hinted = (gender.is_none() && opens && verb_after)
                        .then(|| pronoun_after(text, quoted, last_word_end))
                        .flatten();
                    if let Some(g) = hinted {
                        let fitting: Vec<usize> = seen
                            .iter()
                            .map(|&(k, _)| k)
                            .filter(|&k| people[k].gender.or(people[k].name_gender) == Some(g))
                            .collect();
                        let others = seen.iter().any(|&(k, _)| {
                            people[k]
                                .gender
                                .or(people[k].name_gender)
                                .is_some_and(|h| h != g)
                        });
                        // (Of two who fit, the one named first: past a
                        // relative's paragraph the bare surname is theirs.)
                        if others && let Some(&k) = fitting.iter().min_by_key(|&&k| people[k].first)
                        {
                            return Some(k);
                        }
                    }
                    // An age after the surname tells them apart ("Mr Yadav,
                    // 27,"): the one the article gave that age.
                    let age = age_after(&text[run.name[run.name.len() - 1].0.end..]);
                    let aged: Vec<usize> = people
                        .iter()
                        .enumerate()
                        .filter(|(_, p)| p.core.len() > 1 && p.core.ends_with(&query))
                        .filter(|(_, p)| {
                            age.is_some()
                                && text[p.first..]
                                    .strip_prefix(p.name.as_str())
                                    .and_then(age_after)
                                    == age
                        })
                        .map(|(k, _)| k)
                        .collect();
                    if let [one] = aged[..] {
                        return Some(one);
                    }
                    // A title only one of them was given ("Dr Finch" of
                    // Laura Finch and her husband, Dr Nigel Finch).
                    let titled: Vec<usize> = seen_any
                        .iter()
                        .map(|&(k, _)| k)
                        .filter(|&k| {
                            run.roles.iter().any(|r| {
                                let r = r.trim_end_matches('.').to_lowercase();
                                // (Not the everyday ones everyone may be
                                // given.)
                                !matches!(r.as_str(), "mr" | "mrs" | "ms" | "miss")
                                    && people[k].roles.contains(&r)
                            })
                        })
                        .collect();
                    if let [one] = titled[..] {
                        return Some(one);
                    }
                    // The surname alone, used for one of them before any
                    // other of it was named, and for no other since, stays
                    // theirs: news calls the others by their given names
                    // ("Musyoka grew up in Kibwezi. Her mother, Rose
                    // Musyoka, … “…,” Musyoka says" is the daughter).
                    // (The surname itself, after the full name, with no
                    // title or the same one: "Capt Prankerd" makes no "Mr
                    // Prankerd" the captain's.)
                    let roles_here: Vec<String> =
                        run.roles.iter().map(|r| r.to_lowercase()).collect();
                    let words_of = |m: &Mention| -> Vec<String> {
                        text[m.span.start..m.span.end]
                            .split_whitespace()
                            .map(|w| {
                                w.trim_end_matches("’s")
                                    .trim_end_matches("'s")
                                    .to_lowercase()
                            })
                            .collect()
                    };
                    let bare = |m: &Mention| {
                        m.written == 1
                            && m.span.start < run.start
                            && words_of(m).last().is_some_and(|w| fold(w) == query)
                    };
                    let alone = |m: &Mention| {
                        let words = words_of(m);
                        bare(m)
                            && people[m.person].first < m.span.start
                            && words[..words.len() - 1] == roles_here[..]
                    };
                    let kept: Vec<usize> = seen
                        .iter()
                        .filter(|_| seen_any.len() > 1)
                        .map(|&(k, _)| k)
                        .filter(|&k| {
                            // (None before their full name: "Roberts, who
                            // was having a relationship with his cousin
                            // Peter Roberts" leaves whose it is open.)
                            !mentions
                                .iter()
                                .any(|m| bare(m) && m.span.start < people[k].first)
                                && mentions.iter().any(|m| {
                                    alone(m)
                                        && m.person == k
                                        && seen_any
                                            .iter()
                                            .all(|&(j, _)| j == k || m.span.start < people[j].first)
                                })
                                && !mentions.iter().any(|m| {
                                    alone(m)
                                        && m.person != k
                                        && seen_any.iter().any(|&(j, _)| j == m.person)
                                })
                        })
                        .collect();
                    // (Not where the paragraph calls another of them by
                    // the given name: "Matteo wants to expand. “…,”
                    // Bertolino said".)
                    let another_called = seen.iter().any(|&(j, _)| {
                        !kept.contains(&j) && called_alone_in_paragraph(text, run.start, &people[j])
                    });
                    if seen_any.len() > 1
                        && !another_called
                        && let [one] = kept[..]
                    {
                        return Some(one);
                    }
                    (seen_any.len() > 1)
                        .then(|| seen.iter().max_by_key(|(_, at)| *at).map(|(k, _)| *k))
                        .flatten()
                })
                .flatten();
            // A first name alone, where it names someone rather than
            // modifying a noun ("Connie raced", not "Catholic teaching").
            let after = &text[run.name[run.name.len() - 1].0.end..];
            let joined = query.join(" ");
            // A knight or dame goes by the first name after the title
            // ("Sir Godfrey" for Sir Godfrey Anstruther), and so may a lady
            // or a lord ("Lady Imogen" for Imogen Ashby-Khan), a sister or
            // a brother of an order, or a priest ("Sister Perpetua" for
            // Sister Perpetua Nnamani-Walsh).
            let lordly = !run.roles.is_empty()
                && run
                    .roles
                    .iter()
                    .all(|r| matches!(r.to_lowercase().trim_end_matches('.'), "lady" | "lord"));
            let knighted = !run.roles.is_empty()
                && run.roles.iter().all(|r| {
                    matches!(
                        r.to_lowercase().trim_end_matches('.'),
                        "sir"
                            | "dame"
                            | "lady"
                            | "lord"
                            | "sister"
                            | "brother"
                            | "father"
                            | "sr"
                            | "fr"
                    )
                });
            // Nor a place an office is of ("The Mayor of Ashcombe").
            let office_of = text[..run.start]
                .trim_end()
                .strip_suffix(" of")
                .and_then(|t| t.split_whitespace().next_back())
                .is_some_and(|w| {
                    is_role(&w.to_lowercase()) && !KIN_TITLES.contains(&w.to_lowercase().as_str())
                });
            let first_name = ((run.roles.is_empty() || knighted)
                && !office_of
                && !is_demonym(&joined)
                && !RELIGIONS.contains(&joined.as_str())
                && !before_a_noun(after))
            .then(|| find_first_name(&people, &query, knighted, lordly))
            .flatten();
            // A first surname of two alone ("Almeida" for Verónica Almeida
            // Paredes), never one the article gives someone with a title
            // or a role ("Prosecutor Salgado", "The prosecutor, Beltrán,").
            let set_off = text[..run.start]
                .trim_end()
                .strip_suffix(',')
                .and_then(|t| t.split_whitespace().next_back())
                .is_some_and(|w| w.starts_with(char::is_lowercase) && is_role(w));
            // (A courtesy title tells a description's subject apart: "A
            // lawyer and Harvard-trained accountant, Ms. Acosta" is Melba
            // Acosta Febo.)
            if query.len() == 1
                && (!(run.roles.is_empty() || courtesy) || (set_off && run.roles.is_empty()))
            {
                titled_surnames.push(query[0].clone());
            }
            // A family name written first, with a title ("Mr Tan" for Mr
            // Tan Boon Huat).
            let family_first = (query.len() == 1 && !run.roles.is_empty())
                .then(|| {
                    // Not yet named, or a child past the paragraph that
                    // names them beside a kin word.
                    let child = |k: usize| people[k].first > run.start || past_kin_paragraph(k);
                    family_name_first(&people, &query, gender, &child)
                        .or_else(|| titled_opening_name(&people, &query, gender, text, run))
                })
                .flatten();
            // A kin word, a trade or a person's noun before a given name ("Auntie
            // Ladda" for Ladda Srisuk, "Nursery manager Carol" for Carol
            // Davidson, "her sister Carla"): one person of that first name,
            // none of that surname, of the title's gender where both are
            // known.
            // Not after an honorific: "Mr Gordon" is no Gordon Brown, nor
            // "Mr Bola" Bola Tinubu.
            let honorific = run.roles.iter().any(|r| {
                let r = r.trim_end_matches('.').to_lowercase();
                words::HONORIFIC_ABBREVIATIONS.contains(&r.as_str())
                    || gender_of_title(&r).is_some() && !KIN_TITLES.contains(&r.as_str())
            });
            // Nor one introduced there ("said Coach Steve, who runs an
            // under-10s side", "Auntie Grace, a tomato seller"), nor one the
            // article gave another role ("Steve Clarke, the Scotland
            // manager").
            let introduced = text[run.name[run.name.len() - 1].0.end..]
                .strip_prefix(',')
                .is_some_and(|a| {
                    ["a ", "an ", "the ", "who "]
                        .iter()
                        .any(|w| a.trim_start().starts_with(w))
                });
            let titled_given =
                (query.len() == 1 && !run.roles.is_empty() && !honorific && !introduced)
                    .then(|| find_first_name(&people, &query, false, false))
                    .flatten()
                    // Only after a kin word written as one ("her sister
                    // Carla", "Auntie Ladda"), a trade or a person's noun
                    // ("Nursery manager Carol", "Mother-of-three Carol"): a
                    // rank or an office goes with a surname ("Judge
                    // Howard", "Inspector Thomas").
                    .filter(|_| {
                        run.roles.iter().any(|r| {
                            let l = r.trim_end_matches('.').to_lowercase();
                            let kin = KIN_TITLES.contains(&l.as_str())
                                && (r.starts_with(char::is_lowercase)
                                    || matches!(l.as_str(), "auntie" | "aunty" | "uncle"));
                            let compound = ["mother-of", "father-of", "mum-of", "dad-of"]
                                .iter()
                                .any(|c| l.starts_with(c));
                            kin || compound
                                || TRADE_WORDS.contains(&l.as_str())
                                || PERSON_NOUNS.contains(&l.as_str())
                                || GIVEN_NAME_HONORIFICS.contains(&l.as_str())
                        })
                    })
                    .filter(|&k| {
                        people[k].roles.is_empty()
                            || run.roles.iter().any(|r| {
                                people[k]
                                    .roles
                                    .contains(&r.trim_end_matches('.').to_lowercase())
                            })
                    })
                    .filter(
                        |&k| match (gender, people[k].gender.or(people[k].name_gender)) {
                            (Some(g), Some(h)) => g == h,
                            _ => true,
                        },
                    );
            // Of one whose name ends with the word and one whose father's
            // surname it is, the one named already, where the other is
            // named later or was a relative named beside a kin word whose
            // paragraph is past ("Hernández, 61, …" before "His son, Iván
            // Hernández").
            let later = |k: usize| people[k].first > run.start || past_kin_paragraph(k);
            let found = find(&people, &query, gender);
            let found = match (shared, found, first_surname) {
                (None, Some(k), Some(j)) if later(k) && people[j].first < run.start => Some(j),
                _ => found,
            };
            // Of one whose name ends with the word and one whose family name
            // written first it is, the one written with the run's title or
            // named already where the other is named later ("Mr Tan" of "Mr
            // Tan Kok Wah" before his nephew Jeremy Tan).
            let titles: Vec<String> = run
                .roles
                .iter()
                .map(|r| r.trim_end_matches('.').to_lowercase())
                .collect();
            let found = match (shared, found, family_first) {
                (None, Some(k), Some(j))
                    if k != j
                        && people[k].core.first() != query.first()
                        && ((later(k) && people[j].first < run.start)
                            || (people[j].roles.iter().any(|r| titles.contains(r))
                                && !people[k].roles.iter().any(|r| titles.contains(r)))) =>
                {
                    Some(j)
                }
                _ => found,
            };
            let person = match shared
                .or(found)
                .or(tail)
                .or(first_name)
                .or(first_surname)
                .or(family_first)
                .or(titled_given)
            {
                Some(k) => k,
                // Not in a headline, whose capitals name no one ("N.C.
                // Congressman Apologizes").
                None if !run.roles.is_empty()
                    && query.len() == 1
                    // Not a family name two people written family name
                    // first share ("Mr Tan" of Tan Chee Wah and his son
                    // Tan Wei Jie): which one is not known here.
                    && people
                        .iter()
                        .filter(|p| p.core.len() >= 3 && p.core[0] == query[0])
                        .count()
                        < 2
                    && !headlines
                        .iter()
                        .any(|h| h.start <= run.start && run.start < h.end)
                    // Not a state's word after a place ("the Kano State
                    // History and Culture Bureau" names no "History").
                    && !state_of_a_place(text, run) =>
                {
                    let first = run.name[0].0;
                    people.push(Person {
                        name: run_name(text, &run.name)
                            .trim_end_matches("’s")
                            .trim_end_matches("'s")
                            .to_string(),
                        core: query,
                        roles: run
                            .roles
                            .iter()
                            .map(|w| w.trim_end_matches('.').to_lowercase())
                            .collect(),
                        first: first.start,
                        gender,
                        name_gender: None,
                        after_the: false,
                        placed: false,
                    });
                    people.len() - 1
                }
                None => continue,
            };
            if people[person].gender.is_none() {
                people[person].gender = gender;
            }
            if last_seen.len() < people.len() {
                last_seen.resize(people.len(), None);
            }
            let last = run.name[run.name.len() - 1];
            // A lone name after "in", "at" or "near" is where, not who ("a
            // ceremony in Shelton" is no mention of "the Shelton Weekly").
            let possessive = last.1.ends_with("’s") || last.1.ends_with("'s");
            let placed = text[..run.start]
                .split_whitespace()
                .next_back()
                .is_some_and(|w| matches!(w, "in" | "at" | "near"));
            // Only where it matched someone by another part of their name
            // ("Shelton" of "Shelton Weekly"); "lost faith in Romney" is
            // still Romney.
            let by_surname = people[person].core.last().map(String::as_str)
                == Some(run.name[0].1.to_lowercase().trim_end_matches("'s"));
            if run.roles.is_empty() && run.name.len() == 1 && placed && !possessive && !by_surname {
                continue;
            }
            // A first name alone ("Simon grew up on the ocean") does not make
            // its person the one a shared surname stands for ("wrote Mr
            // Prankerd" is still the father).
            // A full name set beside a kin word of someone sharing it
            // ("Mr Yadav's son, Rajesh Yadav, 27,"): past its paragraph the
            // family goes by first names, and the bare surname stays with
            // the one first named.
            let kin_word = kin_apposed(&text[..run.start]);
            let kin_of_another = run.name.len() > 1
                && kin_word.is_some()
                && people.iter().enumerate().any(|(k, p)| {
                    k != person
                        && p.core.len() > 1
                        && (p.core.last() == people[person].core.last()
                            // The family name first ("Tan Wei Jie", son of
                            // Tan Chee Wah).
                            || (p.core.len() >= 3
                                && people[person].core.len() >= 3
                                && p.core[0] == people[person].core[0]))
                        && last_seen.get(k).copied().flatten().is_some()
                });
            if first_name != Some(person) {
                last_seen[person] = Some(run.start);
                if kin_paragraph.len() < people.len() {
                    kin_paragraph.resize(people.len(), None);
                }
                kin_paragraph[person] = kin_of_another.then(|| {
                    let paragraph_end =
                        |from: usize| text[from..].find("\n\n").map_or(text.len(), |k| from + k);
                    let end = paragraph_end(run.start);
                    // A relative who speaks there ("His wife, Ruth Finch,
                    // said he had been reading") may be the bare surname of
                    // the next paragraph too; past that, the one first
                    // named.
                    // (Their own sentence's verb: "Rajesh recalled" in a
                    // later one is the family going by first names.)
                    let sentence_end = text[run.start..end]
                        .find(". ")
                        .map_or(end, |k| run.start + k);
                    let speaks = KIN_SPEAKING
                        .iter()
                        .any(|w| text[run.start..sentence_end].contains(w));
                    // Where the owner's gender differs (a mother's son, a
                    // husband's wife), the relative may well speak on in
                    // the next paragraph too: the one first named only past
                    // it.
                    let next = |e: usize| {
                        if e + 2 < text.len() {
                            paragraph_end(e + 2)
                        } else {
                            e
                        }
                    };
                    // Of the other gender (a mother's son, a husband's wife,
                    // often the one who speaks for someone who has died),
                    // only past two paragraphs more.
                    let until = if kin_word == Some(false) {
                        next(next(next(end)))
                    } else if speaks {
                        next(end)
                    } else {
                        end
                    };
                    (run.start, until, kin_word == Some(true))
                });
            }
            mentions.push(Mention {
                span: Span::new(run.start, last.0.end),
                person,
                written: run.name.len(),
                possessive,
            });
        }
        // A role after "the" stands for the person seen with it ("The
        // congressman also expressed concern").
        for (i, pair) in tokens.windows(2).enumerate() {
            let (det, role) = (pair[0].span.slice(text), pair[1].span.slice(text));
            let next_capital = tokens
                .get(i + 2)
                .is_some_and(|t| capitalised(t.span.slice(text)) && t.kind == TokenKind::Word);
            // Nor a role word that also modifies a noun, before one ("the
            // executive branch", "the host country").
            let next_lower = matches!(
                role.to_lowercase().as_str(),
                "executive" | "host" | "anchor" | "whip" | "candidate"
            ) && tokens
                .get(i + 2)
                .is_some_and(|t| t.kind == TokenKind::Word && !capitalised(t.span.slice(text)));
            if !det.eq_ignore_ascii_case("the") || next_capital || next_lower {
                continue;
            }
            let head = role.to_lowercase();
            if !ROLE_WORDS.contains(&head.as_str()) {
                continue;
            }
            let at = pair[0].span.start;
            // Of those seen with the role, the one named last before it
            // ("radio host Rush Limbaugh" named before Beck's "This year
            // Beck …" does not make "The host" Limbaugh).
            let named_last = |k: usize| {
                mentions
                    .iter()
                    .filter(|m: &&Mention| m.person == k && m.span.start < at)
                    .map(|m| m.span.start)
                    .max()
                    .unwrap_or(people[k].first)
            };
            if let Some(person) = people
                .iter()
                .enumerate()
                .filter(|(_, p)| p.first <= at && p.roles.contains(&head))
                .max_by_key(|&(k, p)| (named_last(k), p.first))
                .map(|(k, _)| k)
            {
                mentions.push(Mention {
                    span: Span::new(at, pair[1].span.end),
                    person,
                    written: 1,
                    possessive: false,
                });
            }
        }
        mentions.sort_by_key(|m| m.span.start);
        // Mentions of each person, and those after a preposition of place.
        let mut placed = vec![(0usize, 0usize); people.len()];
        for m in &mentions {
            let before = text[..m.span.start].trim_end();
            let word = before
                .rsplit(|c: char| !c.is_alphanumeric())
                .next()
                .unwrap_or_default()
                .to_lowercase();
            placed[m.person].0 += 1;
            if PLACE_PREPOSITIONS.contains(&word.as_str()) {
                placed[m.person].1 += 1;
            }
        }
        for (person, (all, after)) in people.iter_mut().zip(placed) {
            person.placed = all > 0 && after == all;
        }
        for m in &mentions {
            let before = text[..m.span.start].trim_end();
            // ("The Bhat household", "the Okafor family": a family, people.)
            let family = text[m.span.end..]
                .split_whitespace()
                .next()
                .is_some_and(|w| {
                    let w = w
                        .trim_end_matches([',', '.', ';', ':', '\'', '’'])
                        .to_lowercase();
                    FAMILY_NOUNS.contains(&w.as_str())
                        || w.strip_suffix('s')
                            .is_some_and(|w| FAMILY_NOUNS.contains(&w))
                });
            let the = before.len() >= 3
                && before.is_char_boundary(before.len() - 3)
                && before[before.len() - 3..].eq_ignore_ascii_case("the")
                && !before[..before.len() - 3].ends_with(char::is_alphanumeric)
                && !family;
            // "the technology podcast Burn Rate", "the ship Maren Holt": a
            // thing's title, no one.
            let titled = before
                .rsplit(|c: char| !c.is_alphanumeric())
                .next()
                .is_some_and(|w| titled_thing(&w.to_lowercase()));
            // Set beside such a thing's noun ("The airline, Sahel Skies,
            // said"), or owned, with a model's year ("Her 2014 Honda
            // Civic"): a thing.
            let mut back = before.split_whitespace().rev();
            // Or beside a place's noun, the place owned ("Mr Jones's
            // premises, Fountain Antiques,", "her shop, Petal & Stem,").
            let apposed = before.strip_suffix(',').is_some_and(|b| {
                let mut back = b.split_whitespace().rev();
                let noun = back.next().map(str::to_lowercase).unwrap_or_default();
                let owner = back.next().unwrap_or_default();
                (titled_thing(&noun)
                    && matches!(owner.to_lowercase().as_str(), "the" | "its" | "their"))
                    || (APPOSED_PLACES.contains(&noun.as_str())
                        && (matches!(owner.to_lowercase().as_str(), "his" | "her" | "their")
                            || owner.ends_with("'s")
                            || owner.ends_with("’s")))
            });
            let owned = back.next().is_some_and(|w| {
                let owner = |w: &str| {
                    matches!(
                        w.to_lowercase().as_str(),
                        "his" | "her" | "their" | "its" | "my" | "our" | "your"
                    )
                };
                owner(w)
                    || (w.len() == 4
                        && w.chars().all(|c| c.is_ascii_digit())
                        && back.next().is_some_and(owner))
            });
            if the || titled || apposed || owned {
                people[m.person].after_the = true;
            }
        }
        let mut names = Names {
            people,
            mentions,
            sentences: sentences.to_vec(),
            quoted: quoted.to_vec(),
            headlines,
            text: text.to_string(),
            tokens: tokens.to_vec(),
            by_word: {
                let mut by_word: HashMap<String, Vec<usize>> = HashMap::new();
                for (i, t) in tokens.iter().enumerate() {
                    by_word
                        .entry(t.span.slice(text).to_lowercase())
                        .or_default()
                        .push(i);
                }
                by_word
            },
        };
        names.rank_families();
        names.owners_of_kin();
        names
    }

    /// The gender a possessive before a kin word gives the one its
    /// sentence named just before ("Mateos walked with his granddaughter,
    /// Lucía Mateos": Mateos is a man), where no title or name gave one and
    /// no one else is named between.
    fn owners_of_kin(&mut self) {
        for k in 0..self.people.len() {
            let first = self.people[k].first;
            let Some(before) = self.text[..first].trim_end().strip_suffix(',') else {
                continue;
            };
            let mut back = before.split_whitespace().rev();
            let (Some(kin), Some(owner)) = (back.next(), back.next()) else {
                continue;
            };
            let gender = match owner {
                "his" => Gender::Male,
                "her" => Gender::Female,
                _ => continue,
            };
            if !words::KIN_WORDS.contains(&kin.to_lowercase().as_str()) {
                continue;
            }
            let Some(sentence) = self
                .sentences
                .iter()
                .find(|x| x.start <= first && first < x.end)
                .copied()
            else {
                continue;
            };
            let mut named: Vec<usize> = self
                .mentions
                .iter()
                .filter(|m| m.span.start >= sentence.start && m.span.end <= first)
                .map(|m| m.person)
                .collect();
            named.dedup();
            if let [one] = named[..]
                && one != k
                && self.people[one].gender.is_none()
                && self.people[one].name_gender.is_none_or(|g| g == gender)
            {
                self.people[one].gender = Some(gender);
            }
        }
    }

    /// A surname after "the elder" or "the younger" is the one of the
    /// family [`Names::elder_or_younger`] ranks so, not the one of that
    /// surname named last.
    fn rank_families(&mut self) {
        for k in 0..self.mentions.len() {
            let m = &self.mentions[k];
            let mut before = self.text[..m.span.start].trim_end();
            // Past a particle the mention leaves out ("the elder Al Mannai").
            let mut particle = "";
            if let Some((rest, last)) = before.rsplit_once(' ')
                && (SURNAME_PARTICLES.contains(&last.to_lowercase().as_str())
                    || matches!(last, "Al" | "El" | "Abu" | "Ben" | "Ould"))
            {
                (before, particle) = (rest, last);
            }
            let Some((rest, rank)) = before.rsplit_once(' ') else {
                continue;
            };
            let the = rest
                .rsplit(char::is_whitespace)
                .next()
                .is_some_and(|w| w.eq_ignore_ascii_case("the"));
            if !the || !matches!(rank.to_lowercase().as_str(), "elder" | "older" | "younger") {
                continue;
            }
            let name = self.text[m.span.start..m.span.end]
                .trim_end_matches("'s")
                .trim_end_matches("’s");
            let lower: Vec<String> = ["the", &rank.to_lowercase()]
                .into_iter()
                .map(str::to_string)
                .chain(
                    std::iter::once(particle)
                        .chain(name.split_whitespace())
                        .filter(|w| !w.is_empty())
                        .map(str::to_lowercase),
                )
                .collect();
            if let Some(p) = self.elder_or_younger(&lower, m.span.start) {
                self.mentions[k].person = p;
            }
        }
    }

    /// The first person named at bytes `from..to` ([`Names::people_named_in`])
    /// whom the names know as a person.
    pub(crate) fn first_person_in(&self, from: usize, to: usize) -> Option<String> {
        self.people_named_in(from, to)
            .into_iter()
            .next()
            .map(|(_, name)| name)
            .filter(|name| self.is_person(name))
    }

    /// The person whose name starts right at byte `at` (read up to `to`).
    pub(crate) fn person_at(&self, at: usize, to: usize) -> Option<String> {
        self.people_named_in(at, to)
            .into_iter()
            .find(|(x, _)| x.start == at)
            .map(|(_, name)| name)
            .filter(|name| self.is_person(name))
    }

    /// The people named at bytes `from..to`, outside quotations and not
    /// as a possessive's owner: each mention's span and the person's name.
    pub(crate) fn people_named_in(&self, from: usize, to: usize) -> Vec<(Span, String)> {
        self.starting_in(from, to)
            .iter()
            .filter(|m| m.span.end <= to && !m.possessive && !self.quoted_mention(m))
            .map(|m| (m.span, self.people[m.person].name.clone()))
            .collect()
    }

    /// Whether two people or more share `word` (a surname) as the last word
    /// of their names ("McColgan" of Eilish and Liz McColgan).
    pub(crate) fn shared_surname(&self, word: &str) -> bool {
        let word = word.to_lowercase();
        self.people
            .iter()
            .filter(|p| p.core.last().is_some_and(|l| *l == word))
            .count()
            > 1
    }

    /// [`Names::people_named_in`], and those named as owners ("Cllr
    /// Oduya's").
    pub(crate) fn people_or_owners_named_in(&self, from: usize, to: usize) -> Vec<(Span, String)> {
        self.starting_in(from, to)
            .iter()
            .filter(|m| m.span.end <= to && !self.quoted_mention(m))
            .map(|m| (m.span, self.people[m.person].name.clone()))
            .collect()
    }

    /// The mentions that start at bytes `from..to` (they are in text order).
    fn starting_in(&self, from: usize, to: usize) -> &[Mention] {
        let first = self.mentions.partition_point(|m| m.span.start < from);
        let last = self.mentions.partition_point(|m| m.span.start < to);
        &self.mentions[first..last.max(first)]
    }

    /// Whether `pronoun` ("he", "she") can stand for `name`: no person of
    /// that name has the other gender, and the name is not a place the
    /// tables know nor an organisation (an acronym such as "AARP", a run
    /// ending in an institution's head word, a body the tables know).
    pub fn pronoun_fits(&self, pronoun: &str, name: &str) -> bool {
        let Some(gender) = pronoun_gender(pronoun) else {
            return false;
        };
        if !self.is_person(name) && (names_an_organisation(name) || describes_a_body(name)) {
            return false;
        }
        let f = core(name);
        let other = self
            .people
            .iter()
            .filter(|p| p.core == f)
            .any(|p| matches!((gender, p.gender), (Some(g), Some(h)) if g != h));
        !other && places().lookup(name).is_none()
    }

    /// The one person the article gives the role word `role` (lower case):
    /// "the singer" of "Sable, the singer who …".
    pub(crate) fn only_with_role(&self, role: &str) -> Option<String> {
        let mut with = self
            .people
            .iter()
            .filter(|p| p.roles.iter().any(|r| r == role));
        let one = with.next()?;
        with.next().is_none().then(|| one.name.clone())
    }

    /// The role words the article gives the person called `name` (lower
    /// case).
    pub(crate) fn roles_of(&self, name: &str) -> Vec<String> {
        let f = core(name);
        self.people
            .iter()
            .filter(|p| p.core == f)
            .flat_map(|p| p.roles.iter().filter(|r| is_role(r)).cloned())
            .collect()
    }

    /// Whether the person called `name` is known (by a title, a role or a
    /// pronoun) to be of the other gender than `gender`.
    pub(crate) fn known_as_other_gender(&self, name: &str, gender: Gender) -> bool {
        let f = core(name);
        self.people
            .iter()
            .filter(|p| p.core == f)
            .any(|p| p.gender.is_some_and(|g| g != gender))
    }

    /// Whether the person called `name` is known by a title, a role or a
    /// pronoun (not by a first name) to be of the other gender than
    /// `pronoun`'s ("he", "she").
    pub(crate) fn known_to_misfit(&self, pronoun: &str, name: &str) -> bool {
        pronoun_gender(pronoun)
            .flatten()
            .is_some_and(|g| self.known_as_other_gender(name, g))
    }

    /// Whether `name` is a person whose first name gives the other gender
    /// than `pronoun`'s (a title gives none): a weaker sign than a title's,
    /// the census lists being wrong for some ("Hilary" is a man's name too).
    pub fn first_name_misfits(&self, pronoun: &str, name: &str) -> bool {
        let Some(gender) = pronoun_gender(pronoun) else {
            return false;
        };
        let f = core(name);
        self.people
            .iter()
            .filter(|p| p.core == f)
            .any(|p| p.fits_pronoun(gender, false) && !p.fits_pronoun(gender, true))
    }

    /// Whether the article names the person called `name` between bytes
    /// `from` and `to`.
    pub fn named_between(&self, name: &str, from: usize, to: usize) -> bool {
        self.starting_in(from, to)
            .iter()
            .any(|m| m.span.end <= to && self.people[m.person].name == name)
    }

    /// Whether `name` is a person whose title or first name gives the
    /// gender of `pronoun`.
    pub fn surely_fits(&self, pronoun: &str, name: &str) -> bool {
        let Some(Some(gender)) = pronoun_gender(pronoun) else {
            return false;
        };
        let f = core(name);
        self.people
            .iter()
            .filter(|p| p.core == f)
            .any(|p| p.gender.or(p.name_gender) == Some(gender))
    }

    /// The person a "he" or "she" inside the quotation `within` stands for
    /// when it is not the quotation's own speaker (`except`): the person
    /// named last before byte `at`, outside quotation marks or inside this
    /// one (not in another's words), of the pronoun's gender where it is
    /// known ("He said to me 'You're dodgy'" in the constable's account is
    /// the sergeant she named before).
    pub fn other_than(
        &self,
        pronoun: &str,
        at: usize,
        within: Span,
        except: Option<&str>,
    ) -> Option<String> {
        let gender = pronoun_gender(pronoun)?;
        let except = except.map(core);
        self.mentions
            .iter()
            .rev()
            .filter(|m| m.span.end <= at && !m.possessive)
            .filter(|m| {
                !self.quoted_mention(m)
                    || (within.start <= m.span.start && m.span.end <= within.end)
            })
            .map(|m| &self.people[m.person])
            .find(|p| except.as_ref().is_none_or(|e| *e != p.core) && p.fits_pronoun(gender, true))
            .map(|p| p.name.clone())
    }

    /// The organisation "the company", "the carmaker" or "the union" stands
    /// for: the nearest capitalised name before `at`, in its sentence or the
    /// [`ORGANISATION_REACH`] before, that opens a clause as its subject
    /// ("Halvorsen Chemical agreed to pay …"), names no person of the
    /// article and no public body ("the Justice Department") — for a union,
    /// one whose name says so ("United Auto Workers Local 412").
    fn organisation_before(&self, head: &str, at: usize) -> Option<String> {
        let union = UNION_NOUNS.contains(&head);
        if !union && !COMPANY_NOUNS.contains(&head) {
            return None;
        }
        let si = self
            .sentences
            .partition_point(|s| s.start <= at)
            .checked_sub(1)?;
        let mut found: Vec<String> = Vec::new();
        let mut others: Vec<String> = Vec::new();
        for s in (si.saturating_sub(ORGANISATION_REACH)..=si).rev() {
            let sentence = self.sentences[s];
            let end = sentence.end.min(at);
            let first = self
                .tokens
                .partition_point(|t| t.span.start < sentence.start);
            let last = self.tokens.partition_point(|t| t.span.end <= end);
            let toks = &self.tokens[first..last.max(first)];
            let word = |k: usize| {
                toks.get(k)
                    .filter(|t| t.kind == TokenKind::Word)
                    .map(|t| t.span.slice(&self.text))
            };
            // A capitalised word or a number ("Local 412").
            let named = |k: usize| {
                word(k).is_some_and(|w| capitalised(w) && !is_lead_word(w))
                    || toks.get(k).is_some_and(|t| t.kind == TokenKind::Number)
            };
            for k in 0..toks.len() {
                // Where a subject opens: the sentence's first word (past
                // "The"), a comma's next, or the name after a description
                // in lower case that opens the sentence ("Cloud storage
                // provider Vaultline said").
                let described = (2..=4).contains(&k)
                    && word(0).is_some_and(capitalised)
                    && (1..k).all(|i| {
                        word(i).is_some_and(|w| {
                            w.starts_with(char::is_lowercase)
                                && !words::STOP_WORDS.contains(&w)
                                && !crate::cues::is_verb(w)
                                && !w.ends_with("ed")
                        })
                    });
                let opens = k == 0
                    || (k == 1 && word(0).is_some_and(|w| w == "The"))
                    || described
                    || toks[k - 1].span.slice(&self.text) == ",";
                // After a live report's time stamp ("08:10 — Severn Vale
                // Water has confirmed"), a name of two words or more (not
                // "14:20 — Customers are angry").
                let stamped = k > 0 && matches!(toks[k - 1].span.slice(&self.text), "—" | "–");
                let opens = opens || stamped;
                if !named(k) || !word(k).is_some_and(capitalised) || (k > 0 && named(k - 1)) {
                    continue;
                }
                let mut e = k;
                while named(e + 1)
                    || (word(e + 1).is_some_and(|w| matches!(w, "of" | "and" | "for"))
                        && named(e + 2))
                    || (toks
                        .get(e + 1)
                        .is_some_and(|t| t.span.slice(&self.text) == "&")
                        && named(e + 2))
                {
                    e += if named(e + 1) { 1 } else { 2 };
                }
                let span = Span::new(toks[k].span.start, toks[e].span.end);
                let name = &self.text[span.start..span.end];
                let lower = lower_words(name);
                // A company named anywhere else, as an object too ("sued
                // Brindle Packaging Ltd"), may be the one that speaks.
                if !opens {
                    // By a word companies are named with, or one of the
                    // noun's trade ("accused Lantern Pictures of" before
                    // "the studio").
                    // (Not the word alone: "says Water levels are falling".)
                    if lower.len() >= 2
                        && (lower
                            .last()
                            .is_some_and(|w| words::COMPANY_NAME_WORDS.contains(&w.as_str()))
                            || (!union && company_fits(head, &lower)))
                    {
                        others.push(name.to_string());
                    }
                    continue;
                }
                // Past an aside set off by commas ("Harwell Gate Holdings,
                // which operates the terminal, called", "Harbor & Finch,
                // the 90-year-old department store chain, filed").
                let mut v = e + 1;
                if toks
                    .get(e + 1)
                    .is_some_and(|t| t.span.slice(&self.text) == ",")
                    && word(e + 2)
                        .is_some_and(|w| matches!(w, "which" | "the" | "a" | "an" | "whose"))
                    && let Some(close) = (e + 3..toks.len().min(e + 3 + MAX_ORGANISATION_ASIDE))
                        .find(|&i| toks[i].span.slice(&self.text) == ",")
                {
                    // One whose aside names the noun is not it ("Velo Media,
                    // which distributes the studio's films,").
                    let names_the_noun = (e + 2..close).any(|i| {
                        word(i).is_some_and(|w| {
                            let w = w.to_lowercase();
                            w.trim_end_matches("'s").trim_end_matches("’s") == head
                        })
                    });
                    if names_the_noun {
                        continue;
                    }
                    v = close + 1;
                } else if k > 1
                    && toks[k - 1].span.slice(&self.text) == ","
                    && word(k - 2).is_some_and(|w| {
                        let w = w.to_lowercase();
                        w == head
                            || COMPANY_NOUNS.contains(&w.as_str())
                            || APPOSED_OWNERS.contains(&w.as_str())
                    })
                    && toks
                        .get(e + 1)
                        .is_some_and(|t| t.span.slice(&self.text) == ",")
                {
                    // A name in apposition ("The landlord, Harcastle
                    // Property Group, plans"): its verb after the comma.
                    v = e + 2;
                }
                // A verb after it, in lower case (no joining word).
                if !word(v).is_some_and(|w| {
                    w.starts_with(char::is_lowercase)
                        && !matches!(
                            w,
                            "and"
                                | "or"
                                | "of"
                                | "the"
                                | "a"
                                | "an"
                                | "for"
                                | "in"
                                | "on"
                                | "at"
                                | "to"
                        )
                }) {
                    continue;
                }
                // A person's name with a role or a first name before it
                // ("Inspector Helen Steel", "Rachel Power") is no company.
                let first = name.split_whitespace().next().unwrap_or("");
                if stamped && lower.len() < 2 {
                    continue;
                }
                // (A role anywhere: "Energy Minister Chris Bowen".)
                let someone = name.split_whitespace().any(is_role)
                    || first_names::gender_of_first_name(first).is_some()
                    || lower
                        .iter()
                        .any(|w| PUBLIC_BANK_WORDS.contains(&w.as_str()));
                let fits = !someone
                    && if union {
                        lower.iter().any(|w| UNION_NAME_WORDS.contains(&w.as_str()))
                            && !name.to_lowercase().contains("credit union")
                    } else {
                        // Ending with a word companies are named with that
                        // fits the noun ("Kessler Motors" a carmaker,
                        // "Marlow Insurance Group" an insurer); for "the
                        // company" or "the firm", also two words or more, or
                        // one the article writes with a capital inside a
                        // sentence ("Boeing"), that name no person of the
                        // article and no public body.
                        // (A name, not the trade's word alone: "Water
                        // levels have peaked".)
                        let fitting = lower.len() >= 2 && company_fits(head, &lower);
                        let any_name = matches!(head, "company" | "firm" | "corporation")
                            && (lower.len() >= 2 || self.capitalised_inside_a_sentence(&lower[0]))
                            && (!self.is_person(name) || name.split_whitespace().any(camel_cased))
                            && !lower.iter().any(|w| {
                                words::INSTITUTION_WORDS.contains(&w.as_str())
                                    && !COMPANY_INSTITUTION_WORDS.contains(&w.as_str())
                            });
                        fitting || any_name
                    };
                let quoted = self
                    .quoted
                    .iter()
                    .any(|q| q.start <= span.start && span.start < q.end);
                if fits && !quoted {
                    // The company of a possessive ("Anglian Water's chief
                    // executive").
                    found.push(
                        name.trim_end_matches("'s")
                            .trim_end_matches("’s")
                            .to_string(),
                    );
                }
            }
        }
        // Two of them in reach: which one speaks is the reader's judgement.
        found.dedup();
        match found.as_slice() {
            [one] if others.iter().all(|o| o == one) => Some(one.clone()),
            _ => None,
        }
    }

    /// Whether a name could be a person's for a pronoun: a title, a role or
    /// a first name's gender says so, or it is one word (a surname), or the
    /// article never writes "the" before it ("the Linden Hawks" is a team,
    /// not a "he") nor writes it only after a preposition of place ("at
    /// Marsh Lane").
    fn may_be_someone(&self, person: usize) -> bool {
        let p = &self.people[person];
        // A thing's noun set beside the name is no role of a person ("The
        // airline, Sahel Skies,": "the airline" still stands for it).
        let role = p.roles.iter().any(|r| {
            !titled_thing(r)
                && !APPOSED_PLACES.contains(&r.as_str())
                && !DETERMINERS.contains(&r.as_str())
        });
        p.core.len() < 2
            || p.gender.is_some()
            || p.name_gender.is_some()
            || role
            || !(p.after_the || p.placed)
    }

    /// Whether a word (lower case) is written capitalised somewhere other
    /// than at a sentence's start: a name, not a capitalised common word.
    fn capitalised_inside_a_sentence(&self, lower: &str) -> bool {
        self.by_word.get(lower).is_some_and(|at| {
            at.iter().any(|&i| {
                let t = &self.tokens[i];
                let opens = self
                    .sentences
                    .binary_search_by_key(&t.span.start, |s| s.start)
                    .is_ok();
                capitalised(t.span.slice(&self.text)) && !opens
            })
        })
    }

    /// The lists of two or more people named together in `from..to`
    /// ("Joanna Reyes, Luis Patel and Sam Whitcomb", "Lt. Marcus Bell and
    /// firefighter Jenna Ruiz"): each list's span, from its first name to
    /// its last, and the people's names in full, in order. Names are joined
    /// by a comma or "and", with roles between ([`joins_names`]); a
    /// possessive ends a list.
    pub(crate) fn people_listed(&self, from: usize, to: usize) -> Vec<(Span, Vec<String>)> {
        let mentions: Vec<&Mention> = self
            .starting_in(from, to)
            .iter()
            .filter(|m| m.span.end <= to && !self.quoted_mention(m))
            .collect();
        let mut out = Vec::new();
        let mut k = 0;
        while k < mentions.len() {
            let mut list = vec![mentions[k]];
            while let Some(next) = mentions.get(k + list.len()) {
                let last = list[list.len() - 1];
                if last.possessive
                    || next.possessive
                    || next.span.start < last.span.end
                    || !joins_names(&self.text[last.span.end..next.span.start])
                {
                    break;
                }
                list.push(next);
            }
            let mut people: Vec<String> = Vec::new();
            for m in &list {
                let name = &self.people[m.person].name;
                if !people.contains(name) {
                    people.push(name.clone());
                }
            }
            let joined_by_and = list.windows(2).any(|w| {
                self.text[w[0].span.end..w[1].span.start]
                    .split_whitespace()
                    .any(|x| x == "and")
            });
            if people.len() >= 2 && joined_by_and {
                out.push((
                    Span::new(list[0].span.start, list[list.len() - 1].span.end),
                    people,
                ));
            }
            k += list.len();
        }
        out
    }

    /// Whether the person of this name may hold `role` (a lower-case
    /// singular, "senator"): the article gives them that role or a synonym,
    /// or no role at all.
    pub(crate) fn may_hold(&self, name: &str, role: &str) -> bool {
        // "sens" is "sen", "senators" "senator".
        let one = |r: &str| {
            let r = r.trim_end_matches('.').to_lowercase();
            match r.strip_suffix('s') {
                Some(stem) if r.len() > 3 => stem.to_string(),
                _ => r,
            }
        };
        let wanted = one(role);
        // A synonym of the wanted role, but not through the generic
        // "lawmaker" a representative is given too: a representative is no
        // senator.
        let same = |r: &str| {
            let r = one(r);
            r == wanted || r != "lawmaker" && same_role(&r, &wanted)
        };
        // Only the words of roles count (an appositive may leave others).
        self.people.iter().filter(|p| p.name == name).all(|p| {
            let roles: Vec<&String> = p.roles.iter().filter(|r| is_role(r)).collect();
            roles.is_empty() || roles.iter().any(|r| same(r))
        })
    }

    /// Whether the phrase names or stands for a person the article names.
    pub fn is_person(&self, resolved: &str) -> bool {
        let f = core(resolved);
        self.people.iter().any(|p| p.core == f)
    }

    /// Whether a mention is inside quotation marks.
    fn quoted_mention(&self, m: &Mention) -> bool {
        self.quoted
            .iter()
            .any(|q| q.start <= m.span.start && m.span.end <= q.end)
    }

    /// Whether a mention is in a clause that opens its sentence ("Saying
    /// President Obama, he said …", "After meeting Mr. X, …"): not who acts.
    fn in_opening_clause(&self, m: &Mention) -> bool {
        let k = self.sentences.partition_point(|s| s.start <= m.span.start);
        let Some(sentence) = k.checked_sub(1).map(|k| self.sentences[k]) else {
            return false;
        };
        let body = &self.text[sentence.start..m.span.start];
        let first = body
            .split_whitespace()
            .next()
            .map(|w| {
                w.trim_matches(|c: char| !c.is_alphanumeric())
                    .to_lowercase()
            })
            .unwrap_or_default();
        // Not the subject after an inverted verb ("Waiting on the quay is
        // Astrid Haugland").
        let inverted = body
            .split_whitespace()
            .next_back()
            .is_some_and(|w| matches!(w, "is" | "was" | "stands" | "stood" | "sits" | "sat"));
        let inverted_participle = inverted && first.ends_with("ing");
        !body.contains(',')
            && !inverted_participle
            && ((first.len() > 4 && first.ends_with("ing"))
                || OPENING_SUBORDINATORS.contains(&first.as_str()))
    }

    /// The subject of a sentence's opening clause whose main clause opens
    /// with the same pronoun (before `end`): the two are one ("When
    /// Margaret Vane first ran, she knocked on every door"). The clause
    /// ends at its first comma; its subject is the first person named in
    /// it, not as a possessive nor quoted.
    fn subject_before_pronoun(
        &self,
        sentence: Span,
        end: usize,
        gender: Option<Gender>,
        fits: &dyn Fn(&Person) -> bool,
    ) -> Option<&Mention> {
        let gender = gender?;
        let text = self.text.get(sentence.start..end)?;
        let comma = text.find(',')?;
        let main = text[comma + 1..].split_whitespace().next()?;
        if pronoun_gender(main) != Some(Some(gender)) || !matches!(main, "he" | "she") {
            return None;
        }
        let clause_end = sentence.start + comma;
        let m = self
            .starting_in(sentence.start, clause_end)
            .iter()
            .find(|m| m.span.end <= clause_end && !m.possessive && !self.quoted_mention(m))?;
        // Its subject: only the opening word and function words before it
        // ("After meeting Mr. Obama, he" is no one's).
        // The clause opens with a conjunction, not a participle or a
        // preposition ("Saying President Obama, he said" is not Obama's).
        let mut before = self.text[sentence.start..m.span.start].split_whitespace();
        let conjunction = before.next().is_some_and(|w| {
            CLAUSE_CONJUNCTIONS.contains(
                &w.trim_matches(|c: char| !c.is_alphanumeric())
                    .to_lowercase()
                    .as_str(),
            )
        });
        // Only an article or a title between ("When the Rev. Ann Lee"), no
        // preposition ("Because of Ronald Reagan, he").
        let subject = before.all(|w| matches!(w, "the" | "a" | "an") || capitalised(w));
        (conjunction && subject && self.in_opening_clause(m) && fits(&self.people[m.person]))
            .then_some(m)
    }

    /// Whether a mention can be what a pronoun stands for: not a
    /// possessive, not quoted, not in an opening clause.
    fn usable(&self, m: &Mention) -> bool {
        !m.possessive && !self.quoted_mention(m) && !self.in_opening_clause(m)
    }

    /// Whether a mention is the subject of `sentence`: only function words
    /// before it, or a frame ended by a comma ("In his interview with Fox
    /// News, Ryan also hammered Obama …").
    fn opens_sentence(&self, sentence: Span, m: &Mention) -> bool {
        let before = &self.text[sentence.start..m.span.start];
        let plain = |w: &str| {
            words::STOP_WORDS.contains(
                &w.trim_matches(|c: char| !c.is_alphanumeric())
                    .to_lowercase()
                    .as_str(),
            )
        };
        let frame = before.trim_end().strip_suffix(',').is_some_and(|f| {
            !f.contains([',', '"', '“', '”'])
                && f.split_whitespace().count() <= FRAME_WORDS
                && f.split_whitespace()
                    .next()
                    .is_some_and(|w| FRAME_PREPOSITIONS.contains(&w.to_lowercase().as_str()))
        });
        // "A more congenial Rick Santorum", "The embattled Mr. Obama": an
        // article and adjectives before the name.
        let mut words = before.split_whitespace();
        let described = words
            .next()
            .is_some_and(|w| matches!(w, "A" | "An" | "The"))
            && before.split_whitespace().count() <= MAX_ADJECTIVES_BEFORE_NAME + 1
            && words.all(|w| {
                w.chars().all(|c| c.is_lowercase() || c == '-')
                    && !PREPOSITIONS.contains(&w)
                    && !matches!(w, "and" | "or" | "but" | "that" | "who")
            });
        // "A colleague, Priya Menon,", "My partner on the ward, Priya
        // Menon,": the name set beside the description that opens it.
        let apposed = before.trim_end().strip_suffix(',').is_some_and(|f| {
            let words: Vec<&str> = f.split_whitespace().collect();
            !f.contains([',', '"', '“', '”', ';'])
                && (2..=MAX_APPOSED_DESCRIPTION_WORDS).contains(&words.len())
                && matches!(
                    words[0],
                    "A" | "An" | "The" | "My" | "His" | "Her" | "Our" | "Their"
                )
                && words[1..]
                    .iter()
                    .all(|w| w.starts_with(char::is_lowercase) && !crate::cues::is_verb(w))
        });
        before.split_whitespace().all(plain) || frame || described || apposed
    }

    /// Whether the sentence holding byte `at` names its subject before
    /// `at`: a person `pronoun` may stand for (of its gender where known),
    /// not the object of a preposition ("With Obama, he said").
    pub(crate) fn subject_named_before(&self, at: usize, pronoun: &str) -> bool {
        let Some(gender) = pronoun_gender(pronoun) else {
            return false;
        };
        let si = self
            .sentences
            .partition_point(|s| s.start <= at)
            .saturating_sub(1);
        let Some(&sentence) = self.sentences.get(si) else {
            return false;
        };
        self.starting_in(sentence.start, at).iter().any(|m| {
            let after_preposition = self.text[sentence.start..m.span.start]
                .split_whitespace()
                .next_back()
                .is_some_and(|w| PREPOSITIONS.contains(&w.to_lowercase().as_str()));
            let fits = self.people[m.person].fits_pronoun(gender, false);
            m.span.end <= at
                && !after_preposition
                && fits
                && self.usable(m)
                && self.opens_sentence(sentence, m)
        })
    }

    /// The person a pronoun at byte `at` stands for: the first person
    /// named (outside quotation marks, not as a possessive) in the nearest
    /// sentence that names one — its own sentence before it, or up to
    /// [`PRONOUN_REACH`] sentences back — of the pronoun's gender where
    /// a title tells it.
    fn antecedent(&self, at: usize, gender: Option<Gender>) -> Option<usize> {
        self.antecedent_past(at, gender, None)
    }

    /// [`Names::antecedent`], passing over the person `skip` (one who asked
    /// the question the pronoun's words answer).
    fn antecedent_past(
        &self,
        at: usize,
        gender: Option<Gender>,
        skip: Option<usize>,
    ) -> Option<usize> {
        // A first name's gender chooses between people; it does not leave
        // a pronoun without the one person there ("Lindsey Graham spoke.
        // He said").
        self.antecedent_within(at, gender, 0, true, skip)
            .or_else(|| self.antecedent_within(at, gender, 0, false, skip))
    }

    /// The person a pronoun ("he", "she") at byte `at` stands for, passing
    /// over the person named `skip` (if a person): a person named, never
    /// one described without a name (those are `resolve`'s alone).
    pub(crate) fn resolve_pronoun_past(
        &self,
        pronoun: &str,
        at: usize,
        skip: &str,
    ) -> Option<String> {
        let gender = pronoun_gender(pronoun)?;
        let skip = self.people.iter().position(|p| p.name == skip);
        self.antecedent_past(at, gender, skip)
            .map(|p| self.people[p].name.clone())
    }

    /// [`Names::antecedent`], `depth` pronouns into a chain: a sentence
    /// that opens with the same pronoun ("He recalled when he was
    /// campaigning with Romney") passes on its own antecedent, up to
    /// [`PRONOUN_CHAIN`] sentences.
    fn antecedent_within(
        &self,
        at: usize,
        gender: Option<Gender>,
        depth: usize,
        by_first_name: bool,
        skip: Option<usize>,
    ) -> Option<usize> {
        let fits = |p: &Person| {
            p.fits_pronoun(gender, by_first_name)
                && skip.is_none_or(|k| !std::ptr::eq(p, &self.people[k]))
        };
        let si = self
            .sentences
            .partition_point(|s| s.start <= at)
            .saturating_sub(1);
        let mut possessive: Option<usize> = None;
        for s in (si.saturating_sub(PRONOUN_REACH)..=si).rev() {
            let Some(sentence) = self.sentences.get(s) else {
                continue;
            };
            let end = if s == si { at } else { sentence.end };
            // In the pronoun's own sentence, only its subject: a name that
            // opens the sentence ("Saying President Obama, he said" is no
            // subject of "he").
            let opens = |m: &Mention| s != si || self.opens_sentence(*sentence, m);
            // A sentence whose subject is the same pronoun: its person.
            // Its subject's first word, past a frame that names no one
            // ("Six years ago, he arrived …").
            let body = &self.text[sentence.start..end];
            let frame = body
                .find(',')
                .filter(|&c| {
                    let f = &body[..c];
                    f.split_whitespace().count() <= FRAME_WORDS
                        && !f.contains(['"', '“', '”'])
                        && self
                            .starting_in(sentence.start, sentence.start + c)
                            .is_empty()
                })
                .map_or(0, |c| c + 1);
            let first = body[frame..].split_whitespace().next();
            let first_at = sentence.start
                + frame
                + body[frame..]
                    .find(|c: char| !c.is_whitespace())
                    .unwrap_or(0);
            if depth < PRONOUN_CHAIN
                && gender.is_some()
                && first_at < at
                && first.and_then(pronoun_gender) == Some(gender)
                && first.is_some_and(|w| {
                    matches!(w, "He" | "She") || (frame > 0 && matches!(w, "he" | "she"))
                })
            {
                return self.antecedent_within(first_at, gender, depth + 1, by_first_name, skip);
            }
            // The same pronoun as the subject after an adverbial opener
            // whose names are objects ("Last summer, after his father, Knut
            // Pettersen, died, he came back"; "Until a chance meeting with
            // Martin Ross, …, he had never"): its antecedent. Not after a
            // clause whose subject it is ("When Margaret Vane ran, she").
            if depth < PRONOUN_CHAIN
                && s != si
                && let Some(g) = gender
                && let Some(first_word) = body.split_whitespace().next()
                && ADVERBIAL_OPENERS.contains(&first_word.to_lowercase().as_str())
                && self
                    .subject_before_pronoun(*sentence, end, gender, &|_| true)
                    .is_none()
            {
                let subject = [", he ", ", she "]
                    .iter()
                    .filter_map(|p| body.find(p).map(|k| (k + 2, &p[2..p.len() - 1])))
                    .filter(|&(_, w)| pronoun_gender(w) == Some(Some(g)))
                    .map(|(k, _)| k)
                    .next()
                    .filter(|&k| !body[..k].contains(['"', '“', '”']));
                if let Some(k) = subject {
                    let inner = sentence.start + k;
                    return self.antecedent_within(inner, gender, depth + 1, by_first_name, skip);
                }
            }
            let here = || {
                self.starting_in(sentence.start, end)
                    .iter()
                    .filter(move |m| m.span.end <= end)
                    .filter(|m| opens(m))
                    .filter(|m| !self.named_by_a_description(m, gender))
            };
            let compatible = here()
                .filter(|m| self.usable(m))
                .filter(|m| gender.is_none() || self.may_be_someone(m.person))
                .find(|m| fits(&self.people[m.person]));
            // Where the one found is of unknown gender, a person of the
            // pronoun's gender named in an earlier sentence's opening clause
            // ("As Mr Lee's wife Nan-Joo tried to comfort him, Tate attacked
            // him. She later told police …").
            let opening = || {
                gender.and_then(|g| {
                    here()
                        .filter(|m| {
                            s != si
                                && !m.possessive
                                && !self.quoted_mention(m)
                                && self.in_opening_clause(m)
                        })
                        .find(|m| self.people[m.person].gender == Some(g))
                })
            };
            let found = match compatible {
                Some(m) if gender.is_some() && self.people[m.person].gender.is_none() => {
                    opening().or(Some(m))
                }
                Some(m) => Some(m),
                None => {
                    opening().or_else(|| self.subject_before_pronoun(*sentence, end, gender, &fits))
                }
            };
            // A possessive opening an earlier sentence, whose noun is its
            // subject, of the pronoun's gender ("Hutchison's plan does not
            // include tax hikes. … “…,” she told Fox News"): the nearest,
            // taken only when no sentence in reach names anyone fitting.
            if found.is_none()
                && possessive.is_none()
                && let Some(g) = gender.filter(|_| s != si)
            {
                possessive = here()
                    .find(|m| {
                        let p = &self.people[m.person];
                        m.possessive
                            && !self.quoted_mention(m)
                            && self.opens_sentence(*sentence, m)
                            && p.gender.or(p.name_gender) == Some(g)
                            && fits(p)
                    })
                    .map(|m| m.person);
            }
            if let Some(m) = found {
                // (One of unknown gender further back than a possessive of
                // the pronoun's: "Niamh's first pair took three weeks.
                // “…,” she recalls" past "Henk de Vries".)
                let p = &self.people[m.person];
                if possessive.is_some() && p.gender.or(p.name_gender).is_none() {
                    return possessive;
                }
                return Some(m.person);
            }
        }
        if possessive.is_some() {
            return possessive;
        }
        // Further back: the person named last before its sentence.
        let own = self.sentences.get(si).map_or(at, |s| s.start.min(at));
        self.starting_in(0, own)
            .iter()
            .rev()
            .filter(|m| m.span.end <= own)
            .filter(|m| !self.named_by_a_description(m, gender))
            .filter(|m| self.usable(m))
            .filter(|m| gender.is_none() || self.may_be_someone(m.person))
            .find(|m| fits(&self.people[m.person]))
            .map(|m| m.person)
    }

    /// Whether a mention is named by a description of someone else that
    /// opens its sentence ("The mother of murdered schoolgirl Elianne
    /// Andam spoke outside court. She said:"): "of" second or third after
    /// the article, lower-case nouns before it, no comma.
    fn named_by_a_description(&self, m: &Mention, gender: Option<Gender>) -> bool {
        let si = self
            .sentences
            .partition_point(|s| s.start <= m.span.start)
            .saturating_sub(1);
        let Some(sentence) = self.sentences.get(si) else {
            return false;
        };
        let Some(head) = self.text.get(sentence.start..m.span.start) else {
            return false;
        };
        let words: Vec<&str> = head.split_whitespace().collect();
        let of_at = words.iter().position(|w| *w == "of");
        matches!(words.first(), Some(&("The" | "A" | "An")))
            && of_at.is_some_and(|k| {
                let noun = words[k - 1].to_lowercase();
                // A person's noun before "of" ("mother", "coach"), of no
                // gender the pronoun misses ("The wife of Rohan Kapoor …
                // he said" is Rohan); the name right after it, past at
                // most three words of no verb ("of murdered schoolgirl").
                let persons_noun = words::KIN_WORDS.contains(&noun.as_str())
                    || PERSON_NOUNS.contains(&noun.as_str())
                    || is_role(&noun);
                let noun_gender = description_gender(&noun)
                    .flatten()
                    .or_else(|| gender_of_title(&noun));
                let other_gender = matches!((noun_gender, gender), (Some(a), Some(b)) if a != b);
                (2..=3).contains(&k)
                    && persons_noun
                    && !other_gender
                    && words[1..k]
                        .iter()
                        .all(|w| w.chars().all(|c| c.is_lowercase() || c == '-'))
                    && words.len() - k - 1 <= 3
                    && words[k + 1..].iter().all(|w| {
                        !crate::cues::AUXILIARIES.contains(w)
                            && !matches!(*w, "was" | "is" | "were" | "are")
                    })
            })
            && !head.contains([',', '"', '“', '”'])
    }

    /// The nearest person described, not named, as the subject of a
    /// sentence after byte `since` (or up to [`PRONOUN_REACH`] sentences
    /// back) and before the pronoun at `at`, of a gender it fits: "A young
    /// woman holding a baby said …", "But another diplomat was …". A
    /// sentence of the pronoun's own counts when it opens with the
    /// description.
    /// The relative a possessive pronoun and a kin word stand for ("His
    /// wife", "her husband", "His younger brother"): the person the same
    /// words were set beside before `at` ("his wife, Sharon Thwaite"), else,
    /// of a pair introduced with one surname ("Joyce and Alan Whitford",
    /// "two brothers, Séamus and Pádraig Brady"), the other of the one the
    /// pronoun stands for, of the kin word's gender. None otherwise: a
    /// shared surname alone makes no husband or brother.
    pub(crate) fn kin_named(&self, phrase: &str, at: usize) -> Option<String> {
        self.kin_person(phrase, at)
            .map(|p| self.people[p].name.clone())
    }

    /// [`Names::kin_named`], as the person's index.
    fn kin_person(&self, phrase: &str, at: usize) -> Option<usize> {
        let words = lower_words(phrase);
        let (owner_word, rest) = words.split_first()?;
        let owner_gender = match owner_word.as_str() {
            "his" => Gender::Male,
            "her" => Gender::Female,
            _ => return None,
        };
        let (kin, adjectives) = rest.split_last()?;
        if adjectives.len() > 1
            || adjectives.iter().any(|a| {
                !matches!(
                    a.as_str(),
                    "younger" | "elder" | "older" | "eldest" | "youngest" | "late"
                )
            })
            || !words::KIN_WORDS.contains(&kin.as_str())
        {
            return None;
        }
        let kin_gender = gender_of_title(kin)?;
        // The same words set beside a name before ("His younger brother,
        // Mr James Okoro, told reporters").
        let said = words.join(" ");
        let before = self.text.get(..at)?.to_ascii_lowercase();
        let set_beside = before
            .match_indices(&said)
            .filter(|(k, _)| crosscheck_text::whole_words(&before, *k, k + said.len()))
            .filter_map(|(k, _)| {
                let end = k + said.len();
                self.starting_in(end, end + APPOSITION_REACH)
                    .iter()
                    .find(|m| {
                        self.text.get(end..m.span.start).is_some_and(|between| {
                            let between = between.trim().trim_start_matches(',').trim();
                            between.split_whitespace().all(is_role)
                        })
                    })
                    .map(|m| m.person)
            })
            .last();
        if set_beside.is_some() {
            return set_beside;
        }
        let owner = self.antecedent(at, Some(owner_gender))?;
        // The one the owner was introduced as kin of ("Femi Adebayo and his
        // wife, Bisi Adebayo …. Her husband said"; "His daughter, Adwoa …
        // her father says").
        if let Some(k) = self.introduced_as_kin_of(owner, kin, kin_gender, at) {
            return Some(k);
        }
        // The other of a pair introduced with one surname.
        let owner_name: Vec<&str> = self.people[owner].name.split_whitespace().collect();
        let ([given, ..], Some(surname)) = (owner_name.as_slice(), owner_name.last()) else {
            return None;
        };
        let text = self.text.get(..at)?;
        let mut relatives = (0..self.people.len()).filter(|&k| {
            let p = &self.people[k];
            let other: Vec<&str> = p.name.split_whitespace().collect();
            k != owner
                && other.len() == 2
                && other.last() == Some(surname)
                && p.first < at
                && p.fits_pronoun(Some(kin_gender), true)
                && (text.contains(&format!("{given} and {} {surname}", other[0]))
                    || text.contains(&format!("{} and {given} {surname}", other[0])))
        });
        let k = relatives.next()?;
        relatives.next().is_none().then_some(k)
    }

    /// The person `owner` was introduced before `at` as the kin of, where
    /// that person is of `gender`: "X and his wife, OWNER" or "His
    /// daughter, OWNER" (the "his" standing for the last man before it).
    fn introduced_as_kin_of(
        &self,
        owner: usize,
        asked: &str,
        gender: Gender,
        at: usize,
    ) -> Option<usize> {
        let possessive = match gender {
            Gender::Male => "his",
            Gender::Female => "her",
        };
        let found = self.mentions[..self.mentions.partition_point(|m| m.span.start < at)]
            .iter()
            .filter(|m| m.person == owner)
            .find_map(|m| {
                // (Past an age: "her brother, seven-year-old OWNER".)
                let before = self.text[..m.span.start].trim_end();
                let before = before
                    .rsplit_once(char::is_whitespace)
                    .filter(|(_, w)| w.to_lowercase().ends_with("year-old"))
                    .map_or(before, |(b, _)| b.trim_end());
                let before = before.strip_suffix(',')?;
                let (lead, kin) = before.trim_end().rsplit_once(char::is_whitespace)?;
                let kin = kin.to_lowercase();
                let (lead, owner_word) = lead
                    .trim_end()
                    .rsplit_once(char::is_whitespace)
                    .unwrap_or(("", lead));
                if !words::KIN_WORDS.contains(&kin.as_str()) || gender_of_title(&kin).is_none() {
                    return None;
                }
                // (The relation the other way round: "her nephew, Imran"
                // has no "his mother" in her.)
                if !inverse_kin(&kin, asked) {
                    return None;
                }
                // (The kin word fits the owner: a "son" is no woman.)
                let owner_gender = self.people[owner].gender.or(self.people[owner].name_gender);
                if owner_gender.is_some_and(|g| Some(g) != gender_of_title(&kin)) {
                    return None;
                }
                // (Where the possessive itself stands, a slice of the text.)
                let possessive_at = owner_word.as_ptr() as usize - self.text.as_ptr() as usize;
                // "Malam Haruna's son, OWNER": the one named with the "'s".
                if let Some(name) = owner_word
                    .strip_suffix("'s")
                    .or_else(|| owner_word.strip_suffix("’s"))
                    .filter(|n| capitalised(n))
                {
                    let name_end = possessive_at + name.len();
                    return self
                        .mentions
                        .iter()
                        .find(|x| {
                            x.possessive
                                && (name_end..=possessive_at + owner_word.len())
                                    .contains(&x.span.end)
                        })
                        .map(|x| x.person);
                }
                // The owner's kin word names them of the owner's gender,
                // the possessive the other's.
                if !owner_word.eq_ignore_ascii_case(possessive) {
                    return None;
                }
                let lead = lead.trim_end();
                match lead.strip_suffix(" and") {
                    // "X and his wife, OWNER": the name right before "and".
                    Some(named) => self.mentions[..self
                        .mentions
                        .partition_point(|x| x.span.start < named.len())]
                        .last()
                        .filter(|x| x.span.end == named.trim_end().len())
                        .map(|x| x.person),
                    // "His daughter, OWNER": whom "his" stands for, or
                    // the one a relative clause holding it is on ("said
                    // Sylvie Gagnon, 58, who runs the shack with her son,
                    // OWNER").
                    // (Only where the owner is the last one named before
                    // `at`: "Tunde's best friend, Segun, …. His mother"
                    // is Segun's.)
                    None => self.antecedent(possessive_at, Some(gender)).or_else(|| {
                        let last = self.mentions
                            [..self.mentions.partition_point(|x| x.span.start < at)]
                            .iter()
                            .rev()
                            .find(|x| !self.quoted_mention(x))?;
                        (last.person == owner && !last.possessive)
                            .then(|| self.relative_clause_head(possessive_at, gender))
                            .flatten()
                    }),
                }
            })?;
        (found != owner && self.people[found].fits_pronoun(Some(gender), true)).then_some(found)
    }

    /// The person a relative clause holding byte `at` is on: the last
    /// mention before it in its sentence, of `gender` where known, with
    /// ", who" between them and no one else named there.
    fn relative_clause_head(&self, at: usize, gender: Gender) -> Option<usize> {
        let si = self
            .sentences
            .partition_point(|s| s.start <= at)
            .saturating_sub(1);
        let sentence = self.sentences.get(si)?;
        let m = self.starting_in(sentence.start, at).last()?;
        let between = self.text.get(m.span.end..at)?;
        let person = &self.people[m.person];
        (between.contains(", who ")
            && !between.contains(['"', '“', '”'])
            && !m.possessive
            && person.fits_pronoun(Some(gender), true))
        .then_some(m.person)
    }

    /// The subject of a sentence that opens with a possessive and a kin
    /// word ("His wife, sitting beside him, had other ideas"): the
    /// relative [`Names::kin_named`] finds.
    fn kin_subject(&self, rest: &str, start: usize) -> Option<usize> {
        rest.starts_with(['H', 'h'])
            .then(|| kin_phrase(rest))
            .flatten()
            .and_then(|phrase| self.kin_person(&phrase, start))
    }

    fn described_subject_since(
        &self,
        since: Option<Span>,
        at: usize,
        gender: Option<Gender>,
        named_fits: bool,
    ) -> Option<String> {
        let si = self
            .sentences
            .partition_point(|s| s.start <= at)
            .saturating_sub(1);
        let first = match since {
            Some(mention) => self.sentences.partition_point(|s| s.start < mention.end),
            None => si.saturating_sub(PRONOUN_REACH),
        };
        // The last mention's own sentence too, where it only says where the
        // one described is or is from ("A gate attendant at Cikarang
        // Utama, who asked not to be named, said …").
        let from = if since.is_some() {
            first.saturating_sub(1)
        } else {
            first
        };
        (from..=si).rev().find_map(|s| {
            let sentence = self.sentences.get(s)?;
            let text = self.text.get(sentence.start..sentence.end.min(at))?;
            let mut rest = text.trim_start();
            // Past a live report's time stamp ("10.12am — A shopkeeper on
            // Gakere Road, who asked not to be named, says").
            rest = rest[crate::time_stamp_len(rest)..].trim_start();
            for opener in SENTENCE_OPENERS {
                if let Some(r) = rest.strip_prefix(opener) {
                    rest = r;
                }
            }
            let rest = rest.trim_start_matches(|c: char| c.is_whitespace());
            // Past a participle's frame that names no one ("Asked how it
            // felt, one of the students …"), or a circumstance's ("During
            // a break for tea, a woman in a sari, who …").
            let rest = rest
                .split_once(", ")
                .filter(|(frame, _)| {
                    let mut w = frame.split_whitespace();
                    let first = w.next().unwrap_or_default();
                    let participle = first.len() > 3 && capitalised(first) && first.ends_with("ed");
                    // Only before someone who would not be named: one
                    // acting on another there ("In 2023, a judge issued a
                    // warrant for his arrest") is no speaker.
                    // Or where the scene is, before one who acts on no one
                    // else ("Back on the barge, a deckhand watched the shell
                    // slide into the water").
                    let scene = matches!(
                        first.to_lowercase().as_str(),
                        "back" | "outside" | "inside" | "nearby" | "downstairs" | "upstairs"
                    ) || FRAME_PREPOSITIONS.contains(&first.to_lowercase().as_str());
                    let on_another = rest.split_whitespace().any(|w| {
                        matches!(
                            w.trim_matches(|c: char| !c.is_alphanumeric()),
                            "he" | "him" | "she" | "they" | "them"
                        )
                    });
                    // A time ("On Tuesday afternoon, a woman walking her
                    // dog paused").
                    let time_frame = frame.split_whitespace().any(|x| {
                        let x = x.to_lowercase();
                        words::WEEKDAYS.contains(&x.as_str()) || TIMES_OF_DAY.contains(&x.as_str())
                    });
                    let circumstance = scene
                        && (UNNAMED_CLAUSES.iter().any(|u| rest.contains(u))
                            || ((!FRAME_PREPOSITIONS.contains(&first.to_lowercase().as_str())
                                || time_frame)
                                && !on_another));
                    frame.split_whitespace().count() <= FRAME_WORDS
                        && (circumstance || (participle && w.all(|x| !capitalised(x))))
                })
                .map_or(rest, |(_, after)| after);
            let start = sentence.start + (text.len() - rest.len());
            if s >= first
                && let Some(relative) = self.kin_subject(rest, start)
            {
                let person = &self.people[relative];
                return person
                    .fits_pronoun(gender, true)
                    .then(|| person.name.clone());
            }
            let (described, g, len) = described_person(rest)?;
            // "who asked me not to use her name", "who would not give his
            // name": a woman, a man.
            let told = if [" her name", " her full name"]
                .iter()
                .any(|w| rest.contains(w))
            {
                Some(Gender::Female)
            } else if [" his name", " his full name"]
                .iter()
                .any(|w| rest.contains(w))
            {
                Some(Gender::Male)
            } else {
                None
            };
            if let (Some(x), Some(t)) = (gender, told)
                && x != t
            {
                return None;
            }
            if s < first {
                let mention = since?;
                let between = self.text.get(start + len..mention.start)?;
                if !matches!(between.trim(), "at" | "in" | "from" | "of" | "near" | "on") {
                    return None;
                }
            }
            // Past a clause on them ("A retiree, who declined to be named,
            // said …"): the main verb. Such a clause makes them a speaker
            // only when it says they would not be named or the main verb
            // reports words ("A motorist, who was trapped in her car, was
            // freed" is no one speaking).
            let mut main = &rest[len..];
            // Past a clause with no comma before it that says they would
            // not be named ("A buyer who declined to give his name
            // shrugged"; "A buyer who buys kelp, and who would not give
            // his name, shrugged").
            if let Some(clause) = main.strip_prefix(" who ")
                && !clause.contains(['"', '“', '”'])
                && let Some(end) = UNNAMED_CLAUSES
                    .iter()
                    .filter_map(|u| clause.find(u).map(|k| k + u.len()))
                    .min()
            {
                main = clause[end..].trim_start_matches([',', ' ']);
            }
            if let Some(clause) = main
                .strip_prefix(", who ")
                .or_else(|| {
                    // Past where they are ("A toll collector at Cibubur
                    // Gate, who …").
                    let k = main.find(", who ")?;
                    let mut place = main[..k].split_whitespace();
                    let first = place.next();
                    // Or what they were doing ("A lobsterman hauling traps
                    // near the island on Tuesday, who …").
                    let doing = first.is_some_and(doing_word)
                        && main[..k].split_whitespace().count() <= DOING_WORDS;
                    ((matches!(first, Some("at" | "in" | "from" | "of" | "near" | "on"))
                        && place.all(capitalised))
                        || doing)
                        .then(|| &main[k + 2..])
                })
                .filter(|c| !c.contains(['"', '“', '”']))
            {
                let clause_end = clause.find(", ")?;
                let said_unnamed = UNNAMED_CLAUSES
                    .iter()
                    .any(|u| clause[..clause_end].contains(u));

                main = &clause[clause_end + 2..];
                let verb = main
                    .split_whitespace()
                    .next()
                    .unwrap_or_default()
                    .trim_matches(|c: char| !c.is_alphanumeric());
                if !said_unnamed && !crate::cues::is_verb(verb) {
                    return None;
                }
            }
            // "… said he had not been paid": a gender of its own, from the
            // first verb of saying with a pronoun after it.
            let sentence_words: Vec<&str> = rest[len..].split_whitespace().collect();
            // Not where a word of the other gender follows, which may be the
            // speaker's own ("says he is her most exacting customer").
            let other_after = |g: Gender| {
                sentence_words.iter().any(|w| {
                    let w = w
                        .trim_matches(|c: char| !c.is_alphanumeric())
                        .to_lowercase();
                    match g {
                        Gender::Male => matches!(w.as_str(), "her" | "hers" | "herself"),
                        Gender::Female => matches!(w.as_str(), "him" | "his" | "himself"),
                    }
                })
            };
            let own = sentence_words
                .windows(2)
                .find_map(|pair| {
                    crate::cues::is_verb(pair[0])
                        .then(|| {
                            pronoun_gender(pair[1].trim_matches(|c: char| !c.is_alphanumeric()))
                        })
                        .flatten()
                        .flatten()
                })
                .filter(|&g| !other_after(g));
            if let (Some(g), Some(own)) = (gender, own)
                && g != own
            {
                return None;
            }
            // Someone who acts or speaks, not one something befell ("A man
            // was killed and two were injured").
            let mut after = main.split_whitespace();
            let passive = after.next().is_some_and(|w| matches!(w, "was" | "were"))
                && after
                    .map(|w| w.trim_end_matches(['.', ',', ';']))
                    .find(|w| {
                        !(w.ends_with("ly") || matches!(*w, "later" | "then" | "also" | "still"))
                    })
                    .is_some_and(|w| {
                        (w.len() > PARTICIPLE_MIN_LEN && (w.ends_with("ed") || w.ends_with("en"))
                            || IRREGULAR_PASTS.contains(&w))
                            // A feeling is no event ("was delighted with
                            // her purchase").
                            && !FEELINGS.contains(&w)
                    });
            let befell = main
                .split_whitespace()
                .next()
                .is_some_and(|w| matches!(w, "died" | "dies"));
            if passive || befell {
                return None;
            }
            // Not inside someone's words ("“… A president is different,” he
            // told a crowd").
            if self
                .quoted
                .iter()
                .any(|q| q.start <= start && start < q.end)
            {
                return None;
            }
            // Not a name in apposition to it ("A spokesman, Ivan Petrov,";
            // "A spokesman, Dr. Ivan Petrov,").
            let end = start + len;
            let named_after = self
                .starting_in(end, end + APPOSITION_REACH)
                .iter()
                .any(|m| {
                    self.text.get(end..m.span.start).is_some_and(|between| {
                        between.trim_start().strip_prefix(',').is_some_and(|title| {
                            // Or an article and a trade before the name
                            // ("Another member of the syndicate, the
                            // baker Rosalind Achterberg,").
                            let words: Vec<&str> = title.split_whitespace().collect();
                            let lower = words.iter().filter(|w| !capitalised(w)).count();
                            words.iter().all(|w| capitalised(w))
                                || (words
                                    .first()
                                    .is_some_and(|w| matches!(*w, "the" | "a" | "an"))
                                    && words.iter().all(|w| w.chars().all(char::is_alphabetic))
                                    && lower <= MAX_TRADE_WORDS_BEFORE_NAME)
                        })
                    })
                });
            let fits = match (gender, g) {
                (Some(x), Some(y)) => x == y,
                _ => true,
            };
            // Someone in the background of another's scene: a pronoun for
            // that other ("A buyer haggled as she spoke", "A mourner wept
            // behind him"), or, in the same paragraph as the one named, no
            // words of their own ("Jim Cartwright watched the water. A
            // swimmer waved from beyond the flags. “…,” he said").
            let other_pronoun = sentence_words.windows(2).any(|pair| {
                let w = pair[1].trim_matches(|c: char| !c.is_alphanumeric());
                let prev = pair[0].to_lowercase();
                // ("with her son" is her own; "next to her" is no "he".)
                let object = w == "him" || (w == "her" && pair[1].len() > w.len());
                let same_gender = matches!(
                    (gender, w),
                    (Some(Gender::Male), "him" | "he")
                        | (Some(Gender::Female), "her" | "she")
                        | (None, _)
                );
                let after_preposition = PREPOSITIONS.contains(&prev.as_str())
                    || matches!(prev.as_str(), "behind" | "beside" | "near" | "past");
                let clause =
                    matches!(w, "he" | "she") && matches!(prev.as_str(), "as" | "while" | "when");
                // ("A porter watched as Streeting toured the ward": the one
                // named acts in the clause.)
                let named_clause = capitalised(w)
                    && matches!(prev.as_str(), "as" | "while" | "when")
                    && self
                        .people
                        .iter()
                        .any(|p| !core(w).is_empty() && p.core.ends_with(&core(w)));
                (same_gender && ((object && after_preposition) || clause)) || named_clause
            });
            // (Or a gesture before speaking: "A driver waiting at the
            // lights shook his head.")
            let unnamed = UNNAMED_CLAUSES.iter().any(|u| rest.contains(u));
            let speaks = sentence_words.iter().any(|w| {
                let w = w.trim_matches(|c: char| !c.is_alphanumeric());
                crate::cues::is_verb(w) || SPEAKING_GESTURES.contains(&w)
            }) || unnamed;
            let same_paragraph =
                since.is_some_and(|m| m.end <= start && !self.text[m.end..start].contains('\n'));
            if (other_pronoun && !unnamed) || (same_paragraph && !speaks && named_fits) {
                return None;
            }
            (fits && !named_after).then(|| {
                let mut chars = described.chars();
                chars.next().map_or_else(String::new, |c| {
                    c.to_uppercase().chain(chars).collect::<String>()
                })
            })
        })
    }

    /// "The elder Eira", "the younger Al Mannai": of the people named
    /// before byte `at` who share that surname, the oldest or the youngest
    /// by the ages the article gives them ("Nils Eira, 78,") or, without
    /// ages, by the kin it names them as ("his son, Mikkel Eira"); none
    /// when fewer than two share it or they cannot be ranked.
    fn elder_or_younger(&self, lower: &[String], at: usize) -> Option<usize> {
        let [the, rank, surname @ ..] = lower else {
            return None;
        };
        // Past a title ("the younger Mr Tan").
        let surname = match surname {
            [title, rest @ ..]
                if !rest.is_empty() && gender_of_title(title.trim_end_matches('.')).is_some() =>
            {
                rest
            }
            _ => surname,
        };
        let elder = match rank.as_str() {
            "elder" | "older" => true,
            "younger" => false,
            _ => return None,
        };
        if the != "the" || surname.is_empty() || surname.len() > 3 {
            return None;
        }
        let surname = fold(&surname.join(" "));
        let sharing: Vec<usize> = (0..self.people.len())
            .filter(|&p| {
                let core = &self.people[p].core;
                // The family name last, or first ("Chen Mei-hua").
                self.people[p].first < at
                    && core.len() > surname.len()
                    && (core.ends_with(&surname) || core.starts_with(&surname))
            })
            .collect();
        if sharing.len() < 2 {
            return None;
        }
        // Of each one, what the first of their mentions that gives it says.
        let of_each = |read: &dyn Fn(&Mention) -> Option<i64>| -> Vec<Option<i64>> {
            sharing
                .iter()
                .map(|&p| {
                    self.mentions
                        .iter()
                        .filter(|m| m.person == p)
                        .find_map(read)
                })
                .collect()
        };
        // Their ages: ", 78,", ", now 82,", ", aged 60,", ", who at 91 is".
        let ages = of_each(&|m: &Mention| {
            let after = self.text[m.span.end..].strip_prefix(", ")?;
            let after = ["now ", "aged ", "who at ", "who is "]
                .iter()
                .find_map(|p| after.strip_prefix(p))
                .unwrap_or(after);
            let digits: String = after.chars().take_while(char::is_ascii_digit).collect();
            let rest = &after[digits.len()..];
            ((1..=3).contains(&digits.len()) && rest.starts_with([',', '.', ' ', ';']))
                .then(|| digits.parse::<i64>().ok())
                .flatten()
        });
        // Their kin's rank (a parent above a child), from the word before.
        let kin = of_each(&|m: &Mention| kin_rank(&self.text[..m.span.start]));
        // By ages, all given; else, of two, by the one set beside kin against
        // the other ("His son, Anders Eira": younger than the one before).
        // Kin on both is kin of different people, maybe ("her grandfather,
        // Mikkel Eira … his father, Per Eira"): no ranking.
        let ranked: Vec<i64> = match ages.iter().copied().collect::<Option<Vec<i64>>>() {
            Some(ages) => ages,
            None if sharing.len() == 2 && kin.iter().filter(|k| k.is_some()).count() == 1 => {
                kin.iter().map(|k| k.unwrap_or(0)).collect()
            }
            None => return None,
        };
        let best = if elder {
            *ranked.iter().max()?
        } else {
            *ranked.iter().min()?
        };
        // A tie ranks no one.
        let mut at_best = sharing.iter().zip(&ranked).filter(|(_, r)| **r == best);
        let (p, _) = at_best.next()?;
        at_best.next().is_none().then_some(*p)
    }

    /// The fullest form of a source phrase written at byte `at` of the
    /// text: the person it names or a pronoun stands for, the person a
    /// role stands for, or the fuller phrase a short one repeats.
    pub fn resolve(&self, phrase: &str, at: usize) -> Option<String> {
        let words: Vec<&str> = phrase.split_whitespace().collect();
        let lower: Vec<String> = words.iter().map(|w| w.to_lowercase()).collect();
        // "The last one", "that one": a thing named before, no one to
        // look up ("A simple one from years ago" is no speaker).
        if words.len() >= 2
            && matches!(lower[0].as_str(), "the" | "this" | "that")
            && lower.last().is_some_and(|w| w == "one")
        {
            return None;
        }
        // A pronoun ("he", "though he"): the person it stands for.
        if let Some(gender) = words.last().and_then(|w| pronoun_gender(w))
            && lower[..lower.len() - 1]
                .iter()
                .all(|w| words::STOP_WORDS.contains(&w.as_str()))
        {
            let pronoun_at = at + phrase.rfind(words[words.len() - 1]).unwrap_or(0);
            let person = self.antecedent(pronoun_at, gender);
            // A person described in a sentence since that one's last
            // mention, as its subject, is nearer ("Kaveh Rostami said …
            // Another diplomat was more pessimistic. “…,” he said").
            let since = person.and_then(|p| {
                self.starting_in(0, pronoun_at)
                    .iter()
                    .rev()
                    .find(|m| m.person == p)
                    .map(|m| m.span)
            });
            // (Whether the one named surely fits: a woman named is no
            // reason to pass over a man described for "he".)
            let named_fits = person.is_none_or(|p| self.people[p].fits_pronoun(gender, true));
            if let Some(described) =
                self.described_subject_since(since, pronoun_at, gender, named_fits)
            {
                return Some(described);
            }
            return person.map(|p| self.people[p].name.clone());
        }
        if let Some(relative) = self.kin_named(phrase, at) {
            return Some(relative);
        }
        // "the Council", "the Trust": a body's noun capitalised as British
        // papers write it stands for the body as "the council" does.
        if let [the, noun] = words.as_slice()
            && the.eq_ignore_ascii_case("the")
            && capitalised(noun)
            && noun.chars().skip(1).all(char::is_lowercase)
            && words::INSTITUTION_WORDS.contains(&lower[1].as_str())
            && let Some(body) = self.resolve(&format!("{the} {}", lower[1]), at)
            && body.split_whitespace().count() > 1
            && !self.is_person(&body)
            && body
                .split_whitespace()
                .next_back()
                .is_some_and(|last| last.eq_ignore_ascii_case(noun))
        {
            return Some(body);
        }
        if let Some(p) = self.elder_or_younger(&lower, at) {
            return Some(self.people[p].name.clone());
        }
        // A person named inside the phrase ("White House Press Secretary
        // Jay Carney", "Lis Smith, a spokeswoman for the Obama campaign",
        // "Mr. Boehner facetiously"): the one written most fully, the first
        // on a tie, a possessive only when nothing else is named.
        let end = at + phrase.len();
        let head_end = phrase.find([',', '(', '—']).unwrap_or(phrase.len());
        // A head that describes someone unnamed ("The clown, who … claims
        // Holmes has put a contract on his life,"): a name in its relative
        // clause is someone it tells of, not the speaker.
        let described_head = {
            let mut words = phrase[..head_end].split_whitespace();
            words
                .next()
                .is_some_and(|w| matches!(w.to_lowercase().as_str(), "the" | "a" | "an" | "one"))
                && words.all(|w| !capitalised(w))
        };
        let inside = self
            .starting_in(at, end)
            .iter()
            .filter(|m| m.span.end <= end)
            .filter(|m| {
                let offset = m.span.start - at;
                let Some(clause) = phrase.get(head_end..offset).filter(|_| described_head) else {
                    return true;
                };
                // (Not one that gives the name: "who gave her name as Mary
                // Jones", "who is called Ade".)
                let gives_name = clause
                    .split_whitespace()
                    .next_back()
                    .is_some_and(|w| matches!(w, "as" | "named" | "called" | "is" | "was"));
                gives_name
                    || !clause
                        .split_whitespace()
                        .any(|w| matches!(w, "who" | "which" | "whose"))
            })
            // A name after a preposition is where someone is from or whom
            // they work for ("Joan, 54, from Port Isaac"; "a spokeswoman
            // for Obama"), not who speaks.
            // But "of" after a role opens the office the name holds
            // ("Secretary of State John Kerry").
            .filter(|m| {
                // Past names joined by "and" or commas ("Lawyers for Mary
                // Smith and John Doe", "… for Mary Smith, John Doe and Ann
                // Lee"): the word before the first of them.
                let mut head = phrase[..m.span.start - at].trim_end();
                let mut listed = list_continues(&phrase[m.span.end - at..]);
                while let Some(rest) = head
                    .strip_suffix(" and")
                    .or_else(|| head.strip_suffix(',').filter(|_| listed))
                {
                    // Past "and", earlier names of the list are joined by
                    // commas ("The parents of Ana Gil, Tom Roe and Ivy Chan").
                    listed = true;
                    head = rest
                        .trim_end_matches(|c: char| {
                            c.is_alphanumeric() || matches!(c, '.' | '\'' | '’' | '-')
                        })
                        .trim_end();
                    while let Some((rest, last)) = head.rsplit_once(' ')
                        && capitalised(last)
                    {
                        head = rest.trim_end();
                    }
                }
                // Past a description in lower case, or an article alone
                // ("Denise Okafor of the rider group Fair Fares Riverton",
                // "Nadia Foster of the National Retail Forum"): the word
                // before it.
                let described = head
                    .split_whitespace()
                    .rev()
                    .take_while(|w| {
                        // Not past a comma: the description before it is
                        // the one the name is set beside ("Another member
                        // of the syndicate, the baker Rosalind Achterberg").
                        w.starts_with(char::is_lowercase)
                            && !w.ends_with(',')
                            && !matches!(
                                w.to_lowercase().as_str(),
                                "from" | "in" | "of" | "at" | "for" | "near" | "to"
                            )
                            && !crate::cues::is_verb(w)
                            && !w.ends_with("ed")
                    })
                    .count();
                // The description opens with an article ("the rider
                // group"), not a possessive ("of his son's death Mr Prankerd").
                let head_words: Vec<&str> = head.split_whitespace().collect();
                let opens = head_words
                    .len()
                    .checked_sub(described)
                    .and_then(|k| head_words.get(k));
                // Not past a comma: a name in apposition is the one
                // described ("A spokesman for the mayor, Ken Alvarez").
                let described_after = (1..=4).contains(&described)
                    && !head.ends_with(',')
                    && opens.is_some_and(|w| matches!(*w, "the" | "a" | "an"))
                    && head_words
                        .len()
                        .checked_sub(described + 1)
                        .and_then(|k| head_words.get(k))
                        .is_some_and(|w| {
                            matches!(w.to_lowercase().as_str(), "of" | "from" | "for" | "at")
                        });
                let mut before = head.split_whitespace().rev();
                let word = before.next().map(str::to_lowercase);
                let office =
                    word.as_deref() == Some("of") && before.next().is_some_and(holds_an_office);
                !described_after
                    && (office
                        || !word.is_some_and(|w| {
                            matches!(
                                w.as_str(),
                                "from" | "in" | "of" | "at" | "for" | "near" | "to"
                            )
                        }))
            })
            .filter(|m| {
                // A name (not a role: "The chief justice") before a noun.
                let role = phrase[m.span.start - at..]
                    .get(..4)
                    .is_some_and(|w| w.eq_ignore_ascii_case("the "));
                // A possessive stands for its owner's words unless a
                // person or a body of theirs follows ("Mr. Braley's
                // apology", not "Ryan's spokesman" nor "Reid's office").
                let after = &phrase[m.span.end - at..];
                role || if m.possessive {
                    !after
                        .split_whitespace()
                        .next()
                        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
                        .is_some_and(|w| {
                            is_role(w)
                                || matches!(
                                    w,
                                    "aide"
                                        | "aides"
                                        | "office"
                                        | "campaign"
                                        | "staff"
                                        | "team"
                                        | "family"
                                        | "relatives"
                                        | "parents"
                                        | "lawyers"
                                        | "attorneys"
                                        | "friends"
                                        | "supporters"
                                        | "allies"
                                        | "advisers"
                                )
                        })
                } else {
                    !modifies_a_noun(after)
                }
            })
            // One named in the head before one named in an aside ("Captain
            // Prankerd's mother Patricia, 61, from St Mawes, Cornwall").
            .min_by_key(|m| {
                let in_aside = m.span.start - at > head_end;
                (
                    m.possessive,
                    in_aside,
                    std::cmp::Reverse(m.written),
                    m.span.start,
                )
            });
        // People named together as the subject ("Sens. Susan Hill and
        // James Carter said", "Lt. Marcus Bell and firefighter Jenna Ruiz
        // said", "Senators Ana Gil, Tom Roe and Ivy Chan wrote"): they all
        // speak. Not people a phrase is about ("Lawyers for Mary Smith and
        // John Doe"): before the first, only determiners and roles.
        // A body's whole name with "and" in it ("The Llanfair and District
        // Sheepdog Society", "the Fish and Wildlife Service"): no list of
        // people, no one named inside it.
        let body: Vec<&str> = words
            .iter()
            .copied()
            .skip_while(|w| DETERMINERS.contains(&w.to_lowercase().as_str()))
            .collect();
        // Not a person and a body, or a person of one ("Jane Roe of the
        // Parks and Recreation Department", "Senator Warren and the Justice
        // Department"): no first name, no title, no second "the".
        // (Not a place's name or a state's: "The Kent Fire and Rescue
        // Service", "The Lagos State Fire and Rescue Service".)
        let someone = body.iter().enumerate().any(|(k, w)| {
            let place = places().lookup(w).is_some();
            let state = *w == "State" && k > 0 && capitalised(body[k - 1]);
            (first_names::gender_of_first_name(w).is_some() && !place) || (is_role(w) && !state)
        }) || body.windows(2).any(|p| matches!(p, ["and" | "&", "the"]));
        if body.len() >= 3
            && !someone
            && body.iter().any(|w| matches!(*w, "and" | "&"))
            && body
                .iter()
                .all(|w| capitalised(w) || matches!(*w, "and" | "&" | "of" | "for" | "the"))
            && body.last().is_some_and(|w| {
                words::INSTITUTION_WORDS.contains(
                    &w.trim_matches(|c: char| !c.is_alphanumeric())
                        .to_lowercase()
                        .as_str(),
                )
            })
        {
            return Some(body.join(" "));
        }
        if let Some((list, people)) = self.people_listed(at, end).into_iter().next()
            && phrase[..list.start - at]
                .split_whitespace()
                .all(|w| DETERMINERS.contains(&w.to_lowercase().as_str()) || is_role(w))
            // The list ends the phrase, or its head before an aside
            // ("Hank and Louise Morrow, who had spent three nights …").
            && (self.text[list.end..end].trim().is_empty()
                || (self.text[list.end..end].starts_with(',') && list.end >= at + head_end))
        {
            return Some(join_names(&people));
        }
        if let Some(m) = inside {
            return Some(self.people[m.person].name.clone());
        }
        // A description, then the name it gives in apposition ("Her
        // publisher, Harrow & Finch", "The plants' operator, EstriaPower",
        // "The nurses' union, the Allied Health Workers Federation").
        if let Some(name) = named_in_apposition(phrase) {
            return Some(name.to_string());
        }
        // Capitalised name words, roles and determiners dropped — not a
        // role word that names a body with the institution word after it
        // ("the Justice Department", "the Labor Department").
        // Nor a party word opening a body's name ("the Republican National
        // Committee", "the Republican Governors Association").
        let institution = |w: &str| {
            words::INSTITUTION_WORDS.contains(
                &w.trim_matches(|c: char| !c.is_alphanumeric())
                    .to_lowercase()
                    .as_str(),
            )
        };
        // Nor a nation's adjective opening one ("The American Cancer
        // Society", "the British Medical Association").
        let names_a_body = |k: usize| {
            let rest = &words[k + 1..];
            let opener = words[k]
                .trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase();
            rest.first().is_some_and(|n| institution(n))
                || (rest.len() >= 2
                    && (matches!(opener.as_str(), "republican" | "democratic" | "democrat")
                        || (capitalised(words[k]) && is_demonym(&opener)))
                    && rest.iter().all(|w| capitalised(w))
                    && rest.last().is_some_and(|n| institution(n)))
        };
        let name: Vec<&str> = words
            .iter()
            .enumerate()
            .skip_while(|&(k, w)| {
                DETERMINERS.contains(&w.to_lowercase().as_str()) || (is_role(w) && !names_a_body(k))
            })
            .map(|(_, w)| *w)
            .collect();
        // "The Arizona Republican" describes someone, as "the senator"
        // does: it is no name.
        let describes = lower.first().is_some_and(|w| w == "the")
            && lower.last().is_some_and(|w| {
                description_gender(w.trim_matches(|c: char| !c.is_alphanumeric())).is_some()
            });
        if !name.is_empty() && name.iter().all(|w| capitalised(w)) && !describes {
            let query = core(&name.join(" "));
            return Some(
                find(&self.people, &query, None)
                    .map_or_else(|| name.join(" "), |k| self.people[k].name.clone()),
            );
        }
        // A role: the person seen with it.
        let head = lower
            .last()?
            .trim_matches(|c: char| !c.is_alphanumeric())
            .to_string();
        // The one of them named last before the phrase ("radio host Rush
        // Limbaugh" in an aside does not make Beck's later "the host"
        // Limbaugh's).
        let named_last = |k: usize| {
            self.mentions[..self.mentions.partition_point(|m| m.span.start < at)]
                .iter()
                .rev()
                .find(|m| m.person == k)
                .map_or(self.people[k].first, |m| m.span.start)
        };
        // "one Republican", "a senior Democrat" is someone unnamed; "the
        // Republican" the one seen with it.
        let party_word = matches!(head.as_str(), "republican" | "democrat");
        let definite = lower.first().is_some_and(|w| w == "the");
        // "a CIA spokesman" is someone new, not the spokesman named before.
        let indefinite = lower
            .first()
            .is_some_and(|w| matches!(w.as_str(), "a" | "an" | "one" | "another"));
        if let Some(k) = (0..self.people.len())
            .filter(|_| !indefinite && (!party_word || definite))
            .filter(|&k| self.people[k].first <= at && self.people[k].roles.contains(&head))
            .max_by_key(|&k| (named_last(k), self.people[k].first))
        {
            return Some(self.people[k].name.clone());
        }
        // "The teenager", "the 5ft 7in policewoman", "the 34-year-old": a
        // description of someone the report named in the sentences just
        // before, who it stands for as a pronoun would — not someone's
        // relative ("The victim's mother"), not an official of the case
        // ("the teenager" after "Prosecutor Jane Evans said").
        if lower.first().is_some_and(|w| w == "the")
            && words.len() <= MAX_DESCRIPTION_WORDS
            && !phrase.contains("'s")
            && !phrase.contains("’s")
            && let Some(gender) = description_gender(&head)
        {
            let fits = |p: usize| {
                (gender.is_none() || self.people[p].gender == gender)
                    && self.named_within(at, p)
                    && (matches!(head.as_str(), "policewoman" | "policeman")
                        || !self.people[p]
                            .roles
                            .iter()
                            .any(|r| OFFICIAL_ROLES.contains(&r.as_str())))
            };
            let found = self
                .antecedent(at, gender)
                .filter(|&p| fits(p))
                // "The policewoman", "the widow" (not a bare "the woman",
                // often someone the report never names): the last one
                // named of that gender.
                .or_else(|| {
                    gender
                        .filter(|_| !matches!(head.as_str(), "woman" | "man" | "girl" | "boy"))
                        .and_then(|g| self.last_of_gender(at, g))
                        .filter(|&p| fits(p))
                });
            if let Some(p) = found {
                return Some(self.people[p].name.clone());
            }
        }
        // A short common phrase: its fuller earlier form. Not a name, its
        // head capitalised ("the U.S. Conference of Catholic Bishops" is no
        // repeat of "the Catholic bishops"; "the Labour spokesman" is a
        // common phrase).
        let named = words.len() > 1 && words.last().is_some_and(|w| capitalised(w));
        if (lower
            .first()
            .is_some_and(|w| DETERMINERS.contains(&w.as_str()))
            || words.len() <= 3)
            && !named
            // A pronoun has no fuller form ("it" is no "exemplify it").
            && !matches!(
                head.as_str(),
                "it" | "he" | "she" | "him" | "her"
            )
            // Nor one set apart from the body named before ("the rival
            // union", "the breakaway guild"; "the new centre" may well be
            // the one just opened).
            && !lower
                .iter()
                .any(|w| matches!(w.as_str(), "rival" | "breakaway"))
            // Nor a source described by what it is near ("a source close
            // to the campaign" is no campaign).
            && !lower.windows(2).any(|w| {
                matches!(
                    (w[0].as_str(), w[1].as_str()),
                    ("close", "to") | ("familiar", "with") | ("knowledge", "of")
                )
            })
        {
            // Its capitalised modifiers must be in the fuller form ("the
            // Democratic committee" is the Democratic National Committee,
            // not the Republican one named first).
            let modifiers: Vec<String> = words[..words.len() - 1]
                .iter()
                .filter(|w| {
                    let l = w.to_lowercase();
                    capitalised(w)
                        && !DETERMINERS.contains(&l.as_str())
                        && !words::STOP_WORDS.contains(&l.as_str())
                        && !is_lead_word(w)
                })
                .map(|w| w.to_lowercase())
                .collect();
            return self.fuller(&head, at, &modifiers).or_else(|| {
                (words.len() == 2 && lower[0] == "the")
                    .then(|| self.organisation_before(&head, at))
                    .flatten()
            });
        }
        None
    }

    /// The mentions within [`PRONOUN_REACH`] sentences before byte `at`,
    /// outside quotation marks and not as a possessive, the last first.
    fn recent_mentions(&self, at: usize) -> impl Iterator<Item = &Mention> {
        let si = self
            .sentences
            .partition_point(|s| s.start <= at)
            .saturating_sub(1);
        let from = self
            .sentences
            .get(si.saturating_sub(PRONOUN_REACH))
            .map_or(0, |s| s.start);
        self.mentions[..self.mentions.partition_point(|m| m.span.start < at)]
            .iter()
            .rev()
            .take_while(move |m| m.span.start >= from)
            .filter(|m| !m.possessive)
            .filter(|m| {
                !self
                    .quoted
                    .iter()
                    .any(|q| q.start <= m.span.start && m.span.end <= q.end)
            })
    }

    /// Whether person `p` is named in the sentences just before byte `at`
    /// ([`Names::recent_mentions`]).
    fn named_within(&self, at: usize, p: usize) -> bool {
        self.recent_mentions(at).any(|m| m.person == p)
    }

    /// The person of a known gender named last in the sentences just
    /// before byte `at` ([`Names::recent_mentions`]): "The 5ft 7in
    /// policewoman" after "Sgt Workman … said" is WPC Hendricks, named
    /// before him.
    fn last_of_gender(&self, at: usize, gender: Gender) -> Option<usize> {
        self.recent_mentions(at)
            .find(|m| self.people[m.person].gender == Some(gender))
            .map(|m| m.person)
    }

    /// The first earlier phrase ending in `head` with capitalised words (or
    /// one modifier) before it, holding every word of `modifiers`:
    /// "Nicaraguan Army commanders", "intelligence report".
    fn fuller(&self, head: &str, at: usize, modifiers: &[String]) -> Option<String> {
        let text = &self.text[..at.min(self.text.len())];
        let toks = &self.tokens[..self.tokens.partition_point(|t| t.span.end <= text.len())];
        // The head as written, or as a possessive ("the Singapore Chess
        // Federation's annual tournament").
        let mut at_head: Vec<usize> = [head.to_string(), format!("{head}'s"), format!("{head}’s")]
            .iter()
            .filter_map(|w| self.by_word.get(w))
            .flatten()
            .copied()
            .collect();
        at_head.sort_unstable();
        let possessive = |phrase: &str| {
            phrase
                .strip_suffix("'s")
                .or_else(|| phrase.strip_suffix("’s"))
                .unwrap_or(phrase)
                .to_string()
        };
        let mut found: Vec<String> = Vec::new();
        let mut part_of_a_longer_name = false;
        for &i in at_head.iter().take_while(|&&i| i < toks.len()) {
            let t = &toks[i];
            // A headline's capitals make no phrase ("Confrontation With
            // Man" is no fuller "the man").
            if i == 0
                || self
                    .headlines
                    .iter()
                    .any(|h| h.start <= t.span.start && t.span.start < h.end)
            {
                continue;
            }
            let mut s = i;
            while s > 0 && i - s < MAX_NAME_BEFORE_HEAD {
                if toks[s - 1].kind == TokenKind::Word && capitalised(toks[s - 1].span.slice(text))
                {
                    s -= 1;
                } else if s > 1
                    && matches!(toks[s - 1].span.slice(text), "'" | "’")
                    && toks[s - 2].span.end == toks[s - 1].span.start
                    && toks[s - 2].kind == TokenKind::Word
                    && capitalised(toks[s - 2].span.slice(text))
                    && toks[s - 2].span.slice(text).ends_with('s')
                {
                    // A plural possessive inside the name ("the Nova Scotia
                    // Quilters' Guild").
                    s -= 2;
                } else {
                    break;
                }
            }
            // A body named head first ("the Ministry of Disaster
            // Management", "the Department of Fish and Wildlife"): its
            // name runs on past "of".
            let end = name_after_of(text, toks, i);
            if s == i && end > i {
                let phrase = &text[t.span.start..toks[end].span.end];
                let has = |m: &String| phrase.split_whitespace().any(|w| w.to_lowercase() == *m);
                if modifiers.iter().all(has) {
                    found.push(possessive(phrase));
                }
                continue;
            }
            if s == i {
                let p = toks[i - 1].span.slice(text);
                if toks[i - 1].kind == TokenKind::Word
                    && !DETERMINERS.contains(&p.to_lowercase().as_str())
                    && p.chars().all(char::is_lowercase)
                    && p.len() > 3
                {
                    s = i - 1;
                    // Capitalised words before the modifier belong to the
                    // phrase ("a Commons select committee").
                    while s > 0
                        && toks[s - 1].kind == TokenKind::Word
                        && capitalised(toks[s - 1].span.slice(text))
                        && !is_lead_word(toks[s - 1].span.slice(text))
                        && i - s < 4
                    {
                        s -= 1;
                    }
                    // A person described without a name keeps the article
                    // that says so ("A district official", not "district
                    // official", which reads as a name).
                    let person = PERSON_NOUNS.contains(&head)
                        || is_role(head)
                        || description_gender(head).is_some();
                    if person
                        && s == i - 1
                        && s > 0
                        && matches!(
                            toks[s - 1].span.slice(text).to_lowercase().as_str(),
                            "a" | "an"
                        )
                    {
                        s -= 1;
                    }
                } else {
                    continue;
                }
            }
            // Not the tail of a longer name ("Hove City Council" of
            // "Brighton and Hove City Council", "Thomas' NHS Foundation
            // Trust" of "Guy's and St Thomas' …"): no part of one.
            // Nor its head ("The Royal Society" of "The Royal Society for
            // the Protection of Birds"). Such a name, seen, leaves "the
            // society" unresolved.
            let tail = s > 0 && {
                let w = toks[s - 1].span.slice(text);
                (toks[s - 1].kind == TokenKind::Word
                    && capitalised(w)
                    && !DETERMINERS.contains(&w.to_lowercase().as_str())
                    && !is_lead_word(w))
                    || matches!(
                        w.to_lowercase().as_str(),
                        "and" | "&" | "upon" | "de" | "du" | "van" | "von"
                    )
            };
            let word_at = |k: usize| toks.get(k).map(|t| t.span.slice(text));
            let after_the = |k: usize| {
                if word_at(k).is_some_and(|w| w.eq_ignore_ascii_case("the")) {
                    k + 1
                } else {
                    k
                }
            };
            let head = matches!(word_at(end + 1), Some("for" | "of"))
                && word_at(after_the(end + 2)).is_some_and(|w| {
                    capitalised(w)
                        && !words::WEEKDAYS.contains(&w.to_lowercase().as_str())
                        && words::month(w).is_none()
                });
            if tail || head {
                part_of_a_longer_name = true;
                continue;
            }
            let phrase = &text[toks[s].span.start..toks[end].span.end];
            let has = |m: &String| phrase.split_whitespace().any(|w| w.to_lowercase() == *m);
            // Only a determiner before the head ("The center warned") is no
            // fuller form.
            let fuller = (s..i)
                .any(|k| !DETERMINERS.contains(&toks[k].span.slice(text).to_lowercase().as_str()))
                || end > i;
            if fuller && modifiers.iter().all(has) {
                found.push(possessive(phrase));
            }
        }
        // Two bodies of that head named before ("the Ministry of Health …
        // with the Ministry of Finance"): which one "the ministry" is, is
        // the reader's judgement.
        let key = |p: &String| {
            let l = p.to_lowercase();
            l.strip_prefix("the ").map_or(l.clone(), str::to_string)
        };
        let first = found.first().filter(|_| !part_of_a_longer_name)?;
        found
            .iter()
            .all(|p| key(p) == key(first))
            .then(|| first.clone())
    }
}

/// The most tokens of a body's name before its head ("Tunghai Riverside
/// Night Market Vendors' Association"; a plural's apostrophe is one).
const MAX_NAME_BEFORE_HEAD: usize = 7;

/// The most words of a body's name after its head and "of" ("Department
/// of Fish and Wildlife").
const MAX_NAME_AFTER_OF: usize = 5;

/// Where the name a capitalised head opens ends, past "of", an optional
/// "the" and capitalised words joined by "and" or "&" ("Ministry of
/// Disaster Management", "Department of Fish and Wildlife"); the head's own
/// token when no such name follows it.
fn name_after_of(text: &str, toks: &[Token], head: usize) -> usize {
    let word = |k: usize| {
        toks.get(k)
            .filter(|t| t.kind == TokenKind::Word)
            .map(|t| t.span.slice(text))
    };
    if !word(head).is_some_and(capitalised) || word(head + 1) != Some("of") {
        return head;
    }
    let mut k = head + 2;
    if word(k).is_some_and(|w| w.eq_ignore_ascii_case("the")) {
        k += 1;
    }
    let mut end = head;
    while k < toks.len() && k - head <= MAX_NAME_AFTER_OF + 2 {
        match word(k) {
            Some(w) if capitalised(w) && !is_lead_word(w) => {
                end = k;
                k += 1;
            }
            Some("and") if end == k - 1 && word(k + 1).is_some_and(capitalised) => k += 1,
            // "Ministry of Foreign Affairs of Istria".
            Some("of") if end == k - 1 && word(k + 1).is_some_and(capitalised) => k += 1,
            _ if toks[k].span.slice(text) == "&" && end == k - 1 => k += 1,
            _ => break,
        }
    }
    end
}

/// Whether the words after a name continue a list of names to its end
/// (", John Doe and Ann Lee", " and Ann Lee"): capitalised words, commas
/// and an "and".
pub(crate) fn list_continues(rest: &str) -> bool {
    let words: Vec<&str> = rest
        .split_whitespace()
        .map(|w| w.trim_matches(','))
        .filter(|w| !w.is_empty())
        .collect();
    words.contains(&"and") && words.iter().all(|w| *w == "and" || capitalised(w))
}

/// "A and B", "A, B and C".
pub(crate) fn join_names(people: &[String]) -> String {
    match people {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

/// Whether the text between two names joins them in a list: a comma or
/// "and", perhaps with roles before the second name (", and former Sens.",
/// "and firefighter").
pub(crate) fn joins_names(between: &str) -> bool {
    let words: Vec<&str> = between
        .split_whitespace()
        .map(|w| w.trim_end_matches(','))
        .filter(|w| !w.is_empty())
        .collect();
    (between.contains(',') || words.first() == Some(&"and"))
        && words.len() <= MAX_LIST_JOIN_WORDS
        && between
            .chars()
            .all(|c| c.is_alphanumeric() || c.is_whitespace() || matches!(c, ',' | '.'))
        && words
            .iter()
            .enumerate()
            .all(|(k, w)| (k == 0 && *w == "and") || *w == "former" || is_role(w))
}

/// The most words between two names of a list ("and former Sens.").
const MAX_LIST_JOIN_WORDS: usize = 4;

/// Sentences before a definite "the company" in which the organisation it
/// stands for may be named.
const ORGANISATION_REACH: usize = 3;

/// The most tokens of an aside between an organisation's name and its verb
/// ("Harwell Gate Holdings, which operates the terminal, called").
const MAX_ORGANISATION_ASIDE: usize = 12;

/// Nouns a company goes by ("the company said", "the carmaker said").
const COMPANY_NOUNS: &[&str] = &[
    "company",
    "corporation",
    "firm",
    "carmaker",
    "automaker",
    "airline",
    "retailer",
    "insurer",
    "lender",
    "manufacturer",
    "maker",
    "chain",
    "conglomerate",
    "startup",
    "developer",
    "publisher",
    "supplier",
    "operator",
    "brewer",
    "utility",
    "broadcaster",
    "studio",
    "charity",
];

/// Words of a public bank's name ("World Bank", "Central Bank of Istria"):
/// no company.
const PUBLIC_BANK_WORDS: &[&str] = &["world", "central", "reserve", "development"];

/// Whether a company's name (its words in lower case) fits the noun it is
/// called by: its last word one companies are named with, and of that
/// noun's trade ("the insurer": "… Insurance Group"; "the carmaker": "…
/// Motors"); "the company" and "the firm" take any.
fn company_fits(noun: &str, lower: &[String]) -> bool {
    let last = lower.last().map_or("", String::as_str);
    if !words::COMPANY_NAME_WORDS.contains(&last) {
        return false;
    }
    let trade: &[&str] = match noun {
        "carmaker" | "automaker" => &["motors", "automotive", "cars"],
        "airline" => &["airlines", "airways", "air"],
        "insurer" => &["insurance", "assurance"],
        "lender" => &["bank", "financial", "capital", "credit"],
        "retailer" | "chain" => &["stores", "foods", "markets", "retail", "brands"],
        "broadcaster" => &[
            "media",
            "entertainment",
            "networks",
            "communications",
            "broadcasting",
        ],
        "studio" => &["studios", "entertainment", "pictures", "media"],
        "publisher" => &["media", "publishing", "press", "books"],
        "brewer" => &["brewing", "beverages", "breweries"],
        "utility" | "operator" => &[
            "energy",
            "electric",
            "water",
            "gas",
            "telecom",
            "networks",
            "communications",
        ],
        "developer" => &["homes", "properties", "software", "technologies", "games"],
        "charity" => return false,
        "maker" | "manufacturer" => &[
            "industries",
            "manufacturing",
            "motors",
            "pharma",
            "pharmaceuticals",
            "chemical",
            "chemicals",
            "steel",
            "aerospace",
            "electric",
            "technologies",
            "systems",
            "robotics",
            "textiles",
            "foods",
        ],
        _ => return true,
    };
    lower.iter().any(|w| trade.contains(&w.as_str()))
}

/// Nouns a union goes by.
const UNION_NOUNS: &[&str] = &["union", "federation", "guild"];

/// Words in a union's name ("United Auto Workers Local 412").
const UNION_NAME_WORDS: &[&str] = &[
    "union",
    "unions",
    "workers",
    "federation",
    "guild",
    "brotherhood",
    "teamsters",
];

/// Institution words a company's name may hold ("Northern Bank", "Acme
/// Group"), unlike a public body's ("Justice Department").
const COMPANY_INSTITUTION_WORDS: &[&str] = &[
    "company",
    "corporation",
    "group",
    "bank",
    "airlines",
    "studios",
    "network",
    "trust",
    "services",
];

/// Roles of the officials of a case — the court, counsel, the police — whom
/// a description of age or station ("the teenager") never stands for.
const OFFICIAL_ROLES: &[&str] = &[
    "judge",
    "justice",
    "recorder",
    "magistrate",
    "coroner",
    "prosecutor",
    "prosecution",
    "lawyer",
    "counsel",
    "barrister",
    "solicitor",
    "detective",
    "inspector",
    "superintendent",
    "sergeant",
    "constable",
    "officer",
    "det",
    "supt",
    "insp",
    "sgt",
    "pc",
    "wpc",
    "dc",
    "ds",
    "dci",
    "dcs",
    "spokesman",
    "spokeswoman",
];

/// The most words of a description that stands for a person named before
/// ("The 5ft 7in policewoman").
const MAX_DESCRIPTION_WORDS: usize = 5;

/// Whether a head noun describes a person a report names elsewhere — their
/// age, sex or station, not a part in the case ("the victim", "the
/// defendant" are someone else than who spoke last) — and the gender it
/// gives, if any.
pub(crate) fn description_gender(head: &str) -> Option<Option<Gender>> {
    const FEMALE: &[&str] = &[
        "girl",
        "woman",
        "policewoman",
        "schoolgirl",
        "widow",
        "businesswoman",
        "actress",
        "housewife",
        "fisherwoman",
        "mother-of-two",
        "mother-of-three",
    ];
    const MALE: &[&str] = &[
        "boy",
        "man",
        "policeman",
        "schoolboy",
        "widower",
        "businessman",
        "fisherman",
        "herdsman",
        "father-of-two",
        "father-of-three",
    ];
    const NEUTRAL: &[&str] = &[
        "teenager",
        "youngster",
        "pensioner",
        "student",
        "youth",
        // A politician described after being named ("the Arizona
        // Republican", "the former Alaska governor").
        "republican",
        "democrat",
        "lawmaker",
        "legislator",
        "governor",
        "senator",
        "congressman",
        "congresswoman",
    ];
    if FEMALE.contains(&head) {
        Some(Some(Gender::Female))
    } else if MALE.contains(&head) {
        Some(Some(Gender::Male))
    } else if NEUTRAL.contains(&head) || head.ends_with("-year-old") {
        Some(None)
    } else {
        None
    }
}

/// Nouns for a person by what they do or where they belong, of no gender
/// ("a younger member of the choir", "a senior administrator", "a European
/// delegate"): heads of a description that stands for someone unnamed.
pub(crate) const PERSON_NOUNS: &[&str] = &[
    "rider",
    "seller",
    "buyer",
    "diner",
    "guest",
    "pedestrian",
    "swimmer",
    "fisherman",
    "bystander",
    "mourner",
    "fan",
    "runner",
    "cabbie",
    "pupil",
    "graduate",
    "patron",
    "commenter",
    "homeowner",
    "renter",
    "camper",
    "climber",
    "diver",
    "boatman",
    "waiter",
    "waitress",
    "barman",
    "bartender",
    "carer",
    "member",
    "administrator",
    "executive",
    "delegate",
    "negotiator",
    "manager",
    "worker",
    "employee",
    "teacher",
    "nurse",
    "doctor",
    "physician",
    "surgeon",
    "passenger",
    "tenant",
    "resident",
    "parent",
    "volunteer",
    "organiser",
    "organizer",
    "activist",
    "protester",
    "protestor",
    "soldier",
    "guard",
    "clerk",
    "agent",
    "contractor",
    "engineer",
    "investigator",
    "prosecutor",
    "participant",
    "attendee",
    "customer",
    "driver",
    "pilot",
    "lobbyist",
    "consultant",
    "donor",
    "trustee",
    "researcher",
    "scientist",
    "economist",
    "banker",
    "trader",
    "player",
    "coach",
    "farmer",
    "shopkeeper",
    "owner",
    "veteran",
    "survivor",
    "supporter",
    "critic",
    "voter",
    "worshipper",
    "parishioner",
    "congregant",
    "priest",
    "firefighter",
    "paramedic",
    "villager",
    "journalist",
    "employer",
    "staffer",
    "aide",
    "insider",
    "attendant",
    "retiree",
    "vendor",
    "stallholder",
    "walker",
    "pilgrim",
    "visitor",
    "neighbour",
    "neighbor",
    "operator",
    "juror",
    "spectator",
    "onlooker",
    "commuter",
    "motorist",
    "cyclist",
    "hiker",
    "tourist",
    "shopper",
    "viewer",
    "listener",
    "mechanic",
    "labourer",
    "laborer",
    "miner",
    "sailor",
    "herder",
    "cleaner",
    "porter",
    "builder",
    // People met in a local scene ("A lock-keeper working the flight",
    // "One passerby taking photos", "a deckhand watched").
    "passerby",
    "passer-by",
    "deckhand",
    "farmhand",
    "keeper",
    "lock-keeper",
    "hawker",
    "regular",
    "baker",
    "butcher",
    "grocer",
    "fishmonger",
    "weaver",
    "craftsman",
    "apprentice",
];

/// Whether `pronoun` may stand for the person `phrase` describes without a
/// name (None when it describes none): "A young woman" is no "he".
pub(crate) fn described_fits(pronoun: &str, phrase: &str) -> Option<bool> {
    let (_, g, _) = described_person(phrase)?;
    Some(match (pronoun_gender(pronoun).flatten(), g) {
        (Some(x), Some(y)) => x == y,
        _ => true,
    })
}

/// A person the phrase describes without a name, as an indefinite noun
/// phrase opening it ("A young woman holding a baby", "Another diplomat,
/// from one of the delegations", "one senior Western diplomat"): the
/// description up to its head, and the gender its head gives.
pub(crate) fn described_person(phrase: &str) -> Option<(String, Option<Gender>, usize)> {
    let words: Vec<&str> = phrase.split_whitespace().collect();
    // Where a word of the phrase starts (a piece of it).
    let offset = |w: &str| w.as_ptr() as usize - phrase.as_ptr() as usize;
    let det = words.first()?.to_lowercase();
    if !matches!(det.as_str(), "a" | "an" | "another" | "one") {
        return None;
    }
    if det == "one" && words.get(1) == Some(&"of") {
        return one_of_them(phrase, &words);
    }
    for k in 1..words.len().min(MAX_DESCRIBED_WORDS + 1) {
        let bare = words[k].trim_end_matches([',', ';', ':', '.']);
        let lower = bare.to_lowercase();
        let closed = bare.len() < words[k].len();
        // The head: the last word before a comma, a verb, a participle or
        // a preposition (any word in lower case that is no role).
        let ends = closed
            || words.get(k + 1).is_none_or(|n| {
                n.starts_with(char::is_lowercase) && !is_role(n) && description_gender(n).is_none()
            });
        // A head set off by a comma before "who" is someone ("A retiree
        // living in Block 45, who declined to be named,"), whatever noun.
        // So is one at a place so set off ("A toll collector at Cibubur
        // Gate, who asked not to be named,").
        let placed_then_who = || {
            let rest = words.get(k + 1..)?;
            let (preposition, place) = rest.split_first()?;
            let named = place.iter().position(|w| w.ends_with(',')).filter(|&e| {
                e < MAX_DESCRIBED_WORDS && place[..=e].iter().all(|w| capitalised(w))
            })?;
            (matches!(*preposition, "at" | "in" | "from" | "of" | "near" | "on")
                && place.get(named + 1).is_some_and(|n| *n == "who"))
            .then_some(())
        };
        // Or one doing something so set off ("A lobsterman hauling traps
        // near the island on Tuesday, who declined to give his name,").
        let doing_then_who = || {
            let rest = words.get(k + 1..)?;
            let participle = rest.first()?;
            let comma = rest.iter().position(|w| w.ends_with(','))?;
            (doing_word(participle)
                && comma < DOING_WORDS
                && rest.get(comma + 1).is_some_and(|n| *n == "who"))
            .then_some(())
        };
        let who_follows = bare.ends_with(char::is_alphabetic)
            && ((words[k].ends_with(',') && words.get(k + 1).is_some_and(|n| *n == "who"))
                || (bare.len() == words[k].len()
                    && (placed_then_who().is_some() || doing_then_who().is_some())));
        let gender = match description_gender(&lower) {
            Some(g) => Some(g),
            None if PERSON_NOUNS.contains(&lower.as_str()) || who_follows => Some(None),
            None => (ROLE_WORDS.contains(&lower.as_str())
                && !ROLE_MODIFIERS.contains(&lower.as_str()))
            .then(|| gender_of_title(&lower)),
        };
        if let Some(gender) = gender.filter(|_| ends) {
            let described = format!("{} {bare}", words[..k].join(" "));
            return Some((described, gender, offset(words[k]) + bare.len()));
        }
        // Before the head: adjectives in lower case, or a demonym ("one
        // senior Western diplomat").
        let adjective = bare.chars().all(|c| c.is_lowercase() || c == '-')
            || (capitalised(bare) && is_demonym(&lower));
        if closed || !adjective {
            return None;
        }
    }
    None
}

/// A partitive that describes one person ([`described_person`]): "One of
/// them, a retiree who declined to give his name," (the description set
/// beside it), "one of this year's first-year students" (a plural of a
/// person's noun after determiners and adjectives).
fn one_of_them(phrase: &str, words: &[&str]) -> Option<(String, Option<Gender>, usize)> {
    let offset = |w: &str| w.as_ptr() as usize - phrase.as_ptr() as usize;
    for k in 2..words.len().min(MAX_DESCRIBED_WORDS + 2) {
        let bare = words[k].trim_end_matches([',', ';', ':', '.']);
        let lower = bare.to_lowercase();
        let closed = bare.len() < words[k].len();
        if lower == "them" {
            // Only with a description set beside it.
            let rest = words.get(k + 1).filter(|_| words[k].ends_with(','))?;
            let at = offset(rest);
            // "One of them, who declined to give his name,": the partitive
            // itself, its clause read after it.
            if *rest == "who" {
                let end = offset(words[k]) + bare.len();
                return Some((phrase[..end].to_string(), None, end));
            }
            let (described, gender, len) = described_person(&phrase[at..])?;
            // The whole apposition up to its closing comma, so that the
            // main verb follows ("One of them, a 30-year-old from Bristol,
            // was remanded": one something befell).
            let close = phrase[at + len..]
                .find(", ")
                .map_or(at + len, |c| at + len + c + 2);
            return Some((described, gender, close));
        }
        let plural_person = lower.len() > 3
            && lower.strip_suffix('s').is_some_and(|one| {
                PERSON_NOUNS.contains(&one)
                    || (ROLE_WORDS.contains(&one) && !ROLE_MODIFIERS.contains(&one))
            });
        let ends = closed
            || words
                .get(k + 1)
                .is_none_or(|n| n.starts_with(char::is_lowercase) && !is_role(n));
        if plural_person && ends {
            let end = offset(words[k]) + bare.len();
            return Some((phrase[..end].to_string(), None, end));
        }
        // Before the plural: determiners, possessives and adjectives in
        // lower case ("this year's first-year").
        if closed
            || !bare
                .chars()
                .all(|c| c.is_lowercase() || matches!(c, '-' | '\'' | '’'))
        {
            return None;
        }
    }
    None
}

/// Words of a clause saying someone would not be named ("who asked not to
/// be named", "who would not give his name").
const UNNAMED_CLAUSES: &[&str] = &[
    "not to be named",
    "not be named",
    "to be named",
    "not to be identified",
    "to be identified",
    "give his name",
    "give her name",
    "give their name",
    "give a name",
    "give his full name",
    "give her full name",
    "anonymity",
    // "who asked me not to use her name".
    "use his name",
    "use her name",
    "use their name",
    "use his full name",
    "use her full name",
];

/// How far (bytes) after a description a name in apposition to it may
/// start, a title before it included.
const APPOSITION_REACH: usize = 12;

/// The shortest past participle read by its ending ("killed", "taken").
pub(crate) const PARTICIPLE_MIN_LEN: usize = 4;

/// The most words of a description a name is set beside at the opening of
/// a sentence ("My partner on the ward, Priya Menon,").
const MAX_APPOSED_DESCRIPTION_WORDS: usize = 6;

/// Words that open a sentence before its subject.
const SENTENCE_OPENERS: &[&str] = &[
    "But ",
    "And ",
    "Yet ",
    "Still, ",
    "Meanwhile, ",
    // "Once a woman in a wedding dress sat behind me crying."
    "Once ",
    "Once, ",
    "Then ",
    "Later, ",
];

/// The most words of a described person's phrase up to its head.
const MAX_DESCRIBED_WORDS: usize = 4;

/// Words of the role list that modify a role and head no description
/// ("vice", "foreign", "a state trooper").
const ROLE_MODIFIERS: &[&str] = &[
    "vice", "prime", "foreign", "defense", "defence", "interior", "former", "late", "deputy",
    "acting", "state", "army", "supreme", "senior", "top", "military", "first", "chief", "sir",
    "lord", "lady",
];

/// Adjectives of a faith, capitalised like a name ("Catholic teaching").
const RELIGIONS: &[&str] = &[
    "catholic",
    "protestant",
    "christian",
    "muslim",
    "islamic",
    "jewish",
    "anglican",
    "methodist",
    "baptist",
    "evangelical",
    "orthodox",
    "hindu",
    "sikh",
    "buddhist",
];

/// Whether the word after a capitalised one is a lower-case word it may
/// modify (not a verb, a stop word or a past form: "Connie raced",
/// "Connie and Brian", "Connie says").
fn before_a_noun(after: &str) -> bool {
    let Some(next) = after.split_whitespace().next() else {
        return false;
    };
    let w = next.trim_matches(|c: char| !c.is_alphanumeric());
    w == next
        && w.chars().next().is_some_and(char::is_lowercase)
        && !words::STOP_WORDS.contains(&w)
        && !crate::cues::is_verb(w)
        // "Bernadette laughs at that."
        && !crate::cues::is_beat_verb(w)
        && !IRREGULAR_PASTS.contains(&w)
        && !w.ends_with("ed")
        && !w.ends_with("ly")
}

/// Common irregular past forms after a first name ("Connie broke down",
/// "Simon grew up").
pub(crate) const IRREGULAR_PASTS: &[&str] = &[
    "broke", "wept", "grew", "went", "came", "ran", "sat", "stood", "fell", "left", "took", "gave",
    "made", "felt", "saw", "knew", "thought", "won", "lost", "spoke", "wrote", "began", "became",
    "held", "kept", "met", "was", "had", "cut", "shot", "hit", "put", "got", "found", "sent",
    "brought", "caught", "threw", "drove", "sang", "rang", "heard", "fought",
];

/// A single word that is the first name of exactly one person the article
/// names in full, and the surname of no one ("Connie" of "Connie Casey",
/// as a tabloid calls her after the first mention); after "Sir" or "Dame"
/// (`knighted`), of the one knight of that first name where there is one.
fn find_first_name(
    people: &[Person],
    query: &[String],
    knighted: bool,
    lordly: bool,
) -> Option<usize> {
    // One given name, or a hyphenated one read as its parts
    // ("Jean-Philippe" for Brother Jean-Philippe Gagnon).
    if query.is_empty() || query.len() > MAX_GIVEN_NAME_PARTS {
        return None;
    }
    if people.iter().any(|p| p.core.ends_with(query)) {
        return None;
    }
    // "Sir Edmund" is the knight of that name, not another Edmund.
    let knight = |p: &Person| {
        p.roles
            .iter()
            .any(|r| matches!(r.as_str(), "sir" | "dame" | "lady" | "lord"))
    };
    let any_knight = knighted
        && people
            .iter()
            .any(|p| knight(p) && p.core.len() > query.len() && p.core.starts_with(query));
    // A lady or a lord by a given name is only one written with the title
    // ("Lord Owen" is no Owen Smith).
    if lordly && !any_knight {
        return None;
    }
    // A hyphenated given name reaches only someone written with a title
    // of an order or a knighthood ("Brother Jean-Philippe Gagnon"), not
    // another of that name ("Mayor Jean-Philippe Gagnon").
    let titled = |p: &Person| {
        p.roles.iter().any(|r| {
            matches!(
                r.trim_end_matches('.'),
                "sir" | "dame" | "lady" | "lord" | "sister" | "brother" | "father" | "sr" | "fr"
            )
        })
    };
    let mut by_first = people.iter().enumerate().filter(|(_, p)| {
        p.core.len() > query.len()
            && p.core.starts_with(query)
            && (!any_knight || knight(p))
            && (query.len() == 1 || (knighted && titled(p)))
    });
    let (k, _) = by_first.next()?;
    by_first.next().is_none().then_some(k)
}

/// The most parts of a given name written as one hyphenated word
/// ([`find_first_name`]).
const MAX_GIVEN_NAME_PARTS: usize = 2;

/// The person a name (folded core words) stands for: the same name, or
/// the person whose name ends in it (a surname) — of the given gender where
/// both are known, the one the article introduced first.
fn find(people: &[Person], query: &[String], gender: Option<Gender>) -> Option<usize> {
    if query.is_empty() {
        return None;
    }
    // A title's gender against the person's title, and where that leaves a
    // choice, against the first name ("Mrs. Clinton" after "Hillary Rodham
    // Clinton and Bill Clinton"; "Mr. Graham" is still Lindsey Graham).
    let by_title = |p: &Person| match (gender, p.gender) {
        (Some(g), Some(h)) => g == h,
        _ => true,
    };
    let by_name = |p: &Person| match (gender, p.gender.or(p.name_gender)) {
        (Some(g), Some(h)) => g == h,
        _ => true,
    };
    let ending: Vec<usize> = people
        .iter()
        .enumerate()
        .filter(|(_, p)| p.core.ends_with(query) && by_title(p))
        .map(|(k, _)| k)
        .collect();
    if ending.len() > 1
        && let Some(k) = ending.iter().copied().find(|&k| by_name(&people[k]))
        && ending.iter().any(|&j| !by_name(&people[j]))
    {
        return Some(k);
    }
    let fits = by_title;
    people
        .iter()
        .position(|p| p.core == query && fits(p))
        .or_else(|| {
            people
                .iter()
                .enumerate()
                .filter(|(_, p)| p.core.ends_with(query) && fits(p))
                .min_by_key(|(_, p)| p.first)
                .map(|(k, _)| k)
        })
}

/// The person a title and one word stand for when that word opens a name of
/// three words or more, as a family name written first does ("Mr Tan" for
/// "Mr Tan Boon Huat", "Madam Lee" for "Lee Siew Ling"): a word no first
/// name, and one such person — or one of the title's gender.
fn family_name_first(
    people: &[Person],
    query: &[String],
    gender: Option<Gender>,
    child: &dyn Fn(usize) -> bool,
) -> Option<usize> {
    let [word] = query else { return None };
    if first_names::gender_of_first_name(word).is_some() {
        return None;
    }
    let all: Vec<usize> = (0..people.len())
        .filter(|&k| people[k].core.len() >= 3 && people[k].core[0] == *word)
        .collect();
    // Of several, a child named beside a kin word is not the one the bare
    // title and family name stand for past that paragraph, nor is one not
    // yet named ("Mr Tan" before "his son, Tan Wei Jie").
    let opening: Vec<usize> = if all.len() > 1 {
        all.iter().copied().filter(|&k| !child(k)).collect()
    } else {
        all
    };
    let of_gender: Vec<usize> = opening
        .iter()
        .copied()
        .filter(|&k| gender.is_some() && people[k].gender.or(people[k].name_gender) == gender)
        .collect();
    match (opening.as_slice(), of_gender.as_slice()) {
        (_, [k]) => Some(*k),
        ([k], [])
            if people[*k]
                .gender
                .is_none_or(|g| Some(g) == gender || gender.is_none()) =>
        {
            Some(*k)
        }
        _ => None,
    }
}

/// The person a title and one word stand for when that word opens their
/// name and ends no one's, as a given name used with a title does in
/// Malaysian, Singaporean, Indian and West African papers ("Ms Kavitha"
/// for Kavitha Ramasamy, "Mallam Sani" for Mallam Sani Abubakar): one such
/// person, no company, of the title's gender where both are known. A given
/// name of the English-speaking world's lists must have come with the same
/// title before: a British "Mr Gordon" is a surname, not Gordon Brown's
/// given name.
fn titled_opening_name(
    people: &[Person],
    query: &[String],
    gender: Option<Gender>,
    text: &str,
    run: &Run,
) -> Option<usize> {
    let [word] = query else { return None };
    // Titles written with a stop ("Mr.", "Sen.") are American papers',
    // which name people by surname; and not one the text introduces as
    // someone new ("Mr Bola, a commercial driver,", "A vendor, Mr Rekha,").
    let stopped = text[..run.name[0].0.start].trim_end().ends_with('.');
    let end = run.name[run.name.len() - 1].0.end;
    let introduced = text[..run.start].trim_end().ends_with(',')
        || text[end..]
            .strip_prefix(", ")
            .is_some_and(|after| after.starts_with(char::is_lowercase));
    if stopped || introduced || people.iter().any(|p| p.core.last() == Some(word)) {
        return None;
    }
    let titles: Vec<String> = run
        .roles
        .iter()
        .map(|r| r.trim_end_matches('.').to_lowercase())
        .collect();
    let mut opening = (0..people.len()).filter(|&k| {
        let p = &people[k];
        p.core.len() >= 2
            && p.core[0] == *word
            && (first_names::gender_of_first_name(word).is_none()
                || p.roles.iter().any(|r| titles.contains(r)))
            && !names_an_organisation(&p.name)
            && p.fits_pronoun(gender, true)
    });
    let k = opening.next()?;
    opening.next().is_none().then_some(k)
}

/// The words "his" or "her", an optional adjective and a kin word that open
/// a phrase ("His younger brother was less lyrical"), as written.
pub(crate) fn kin_phrase(phrase: &str) -> Option<String> {
    let lead: Vec<&str> = phrase.split_whitespace().take(3).collect();
    if !matches!(lead.first(), Some(&("His" | "his" | "Her" | "her"))) {
        return None;
    }
    let end = lower_words(&lead.join(" "))
        .iter()
        .position(|w| words::KIN_WORDS.contains(&w.as_str()))?;
    Some(lead[..=end].join(" "))
}

/// Nouns after a surname that make "the" before it a family's, not a
/// thing's ("the Bhat household", "the Okafor brothers"); a plural "s" is
/// taken off before looking.
const FAMILY_NOUNS: &[&str] = &[
    "household",
    "family",
    "families",
    "home",
    "clan",
    "brother",
    "sister",
    "sibling",
    "twin",
    "children",
    "parent",
    "couple",
];

/// Nouns of a family or a pair that may come before two given names sharing
/// one surname ("the couple, Hector and Rosa Alvarez").
const FAMILY_PLURALS: &[&str] = &[
    "brothers",
    "sisters",
    "siblings",
    "twins",
    "couple",
    "parents",
    "spouses",
    "cousins",
    "retirees",
    "pensioners",
    "husband",
    "wife",
];

/// Last words of South Asian names that one sex bears and a spouse does
/// not share ("Kaur", "Devi", "Begum").
const GIVEN_NOT_SHARED: &[&str] = &[
    "kaur", "singh", "devi", "kumari", "begum", "bibi", "khatun", "bai",
];

/// How far before such a pair (bytes) its family's noun may stand.
const FAMILY_LEAD_BYTES: usize = 60;

/// The one person whose name has the word as its first surname of two
/// ("Almeida" for "Verónica Almeida Paredes", "Cárdenas" for "Lucía
/// Cárdenas de la Torre"): a word no first name, the second of three or
/// more, in no one else's name.
fn first_surname(people: &[Person], query: &[String]) -> Option<usize> {
    let [word] = query else { return None };
    if first_names::gender_of_first_name(word).is_some() {
        return None;
    }
    // A father's surname before a mother's ("Hernández" of "Rigoberto
    // Hernández Salas", "García" of "José Luis García Pérez"), no given
    // name after it; others may end with the word ("his son, Iván
    // Hernández"): the caller weighs who was named when.
    // Not a name with words run on ("Glenn Beck Blasts Drudge" of a
    // headline beside "Glenn Beck"), nor a body's ("Hurun Report").
    let paternal = |p: &Person| {
        let n = p.core.len();
        let at = p.core.iter().position(|w| w == word).unwrap_or(0);
        // (Past the second word, only before a last word no given name:
        // "Marcos Ramírez Gil" is still Ramírez.)
        n >= 3
            && (at == 1
                || (at == n - 2 && first_names::gender_of_first_name(&p.core[n - 1]).is_none()))
            && !words::INSTITUTION_WORDS.contains(&p.core[n - 1].as_str())
            && !people.iter().any(|o| o.core == p.core[..=at])
    };
    let mut holders = people
        .iter()
        .enumerate()
        .filter(|(_, p)| p.core.contains(word) && !p.core.ends_with(query));
    let (k, p) = holders.next()?;
    (holders.next().is_none() && paternal(p)).then_some(k)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn initials_and_one_name_are_a_persons_and_a_countrys_are_not() {
        assert!(initialled_name(&["K.P.", "Sasidharan"]));
        assert!(initialled_name(&["P.", "Chidambaram"]));
        assert!(!initialled_name(&["U.S.", "Navy"]));
        assert!(!initialled_name(&["K.P.", "Ministry"]));
        assert!(!initialled_name(&["Sasidharan"]));
        assert!(dotted_initials("K.P.") && !dotted_initials("U.N.") && !dotted_initials("Km."));
    }

    #[test]
    fn capitals_opening_a_lead_are_a_name_and_a_feeling_is_not() {
        assert_eq!(
            lead_capitals_cased(
                "NEIL Hamilton abandoned his claim in the High Court last night.\n\
                 RICHARD BRANSON notched up another victory against British Airways.\n\
                 RUGBY star Jeremy Guscott broke the ankle of a pedestrian in Bath.\n\
                 DJ Chris Evans was in the High Court for the hearing yesterday.\n\
                 NEIL HAMILTON'S lawyer told the court that he would appeal at once.\n\
                 VICAR JAILED for fraud\n"
            ),
            "Neil Hamilton abandoned his claim in the High Court last night.\n\
             Richard Branson notched up another victory against British Airways.\n\
             RUGBY star Jeremy Guscott broke the ankle of a pedestrian in Bath.\n\
             DJ Chris Evans was in the High Court for the hearing yesterday.\n\
             Neil Hamilton's lawyer told the court that he would appeal at once.\n\
             VICAR JAILED for fraud\n"
        );
        assert!(is_lead_adjective("Horrified"));
        assert!(is_lead_adjective("Devastated"));
        assert!(is_lead_adjective("Angry"));
        assert!(!is_lead_adjective("Alfred"));
        assert!(!is_lead_adjective("Mohammed"));
    }
    use crosscheck_text::tokens;

    /// Sentences split at ". " (enough for these texts).
    fn names(text: &str) -> Names {
        let mut sentences = Vec::new();
        let mut start = 0;
        for (at, _) in text.match_indices(". ") {
            sentences.push(Span::new(start, at + 1));
            start = at + 2;
        }
        sentences.push(Span::new(start, text.len()));
        let quoted: Vec<Span> = text
            .match_indices('“')
            .filter_map(|(open, _)| {
                text[open..]
                    .find('”')
                    .map(|close| Span::new(open, open + close))
            })
            .collect();
        Names::new(text, &tokens(text), &sentences, &quoted)
    }

    const TEXT: &str = "Nicaraguan President Daniel Ortega met Iran’s foreign minister, Hossein Amir Abdollahian, and senior Nicaraguan Army commanders. The intelligence report says so. Mr. Ortega spoke. Mr. Ortega’s son, Laureano Ortega, spoke too. Later the commanders told the minister.";

    #[test]
    fn role_words_from_the_lexicon() {
        for w in [
            "Iranian",
            "Nicaraguan",
            "Chinese",
            "Soviet",
            "Western",
            "Sen.",
            "Adm.",
            "Mr.",
        ] {
            assert!(is_role(w), "{w}");
        }
        // A demonym is a role only when capitalised; a place is not one.
        assert!(!is_role("iranian") && !is_role("Iran") && !is_role("Ortega"));
    }

    #[test]
    fn surnames_go_to_the_person_introduced_first_and_full_names_stay_apart() {
        let n = names(TEXT);
        let at = TEXT.len();
        assert_eq!(
            n.resolve("Mr. Ortega", at).as_deref(),
            Some("Daniel Ortega")
        );
        assert_eq!(
            n.resolve("Laureano Ortega", at).as_deref(),
            Some("Laureano Ortega")
        );
        assert_eq!(
            n.resolve("Mr. Amir Abdollahian", at).as_deref(),
            Some("Hossein Amir Abdollahian")
        );
        assert_eq!(
            n.resolve("Amir-Abdollahian", at).as_deref(),
            Some("Hossein Amir Abdollahian")
        );
    }

    #[test]
    fn a_relative_named_by_first_name_shares_the_surname_and_is_the_one_meant_next() {
        let text = "Tom Harker, 32, was skippering the boat. Captain Harker's father Alan, \
                    a retired officer, wrote to the court. “He was a gentle giant,” wrote \
                    Mr Harker. The Harker family did not attend.";
        let n = names(text);
        let at = text.find("Mr Harker").unwrap();
        assert_eq!(n.resolve("Mr Harker", at).as_deref(), Some("Alan Harker"));
        // Before the father is named, the surname is the son's.
        let at = text.find("Captain Harker").unwrap();
        assert_eq!(
            n.resolve("Captain Harker's", at).as_deref(),
            Some("Tom Harker")
        );
    }

    #[test]
    fn a_short_phrase_keeps_its_modifiers_in_the_fuller_form() {
        let text = "The Republican National Committee spoke first. Officials with the \
                    Democratic National Committee replied. A statement from the Democratic \
                    committee said so.";
        let n = names(text);
        let at = text.find("the Democratic committee").unwrap();
        assert_eq!(
            n.resolve("the Democratic committee", at).as_deref(),
            Some("Democratic National Committee")
        );
    }

    #[test]
    fn a_description_before_a_name_is_a_role_and_the_one_named_last_is_meant() {
        let text = "Talk show host Glenn Beck closed the conference. \
                    Last year radio host Rush Limbaugh spoke. \
                    This year Beck had the crowd. \
                    The host urged the party to act. \
                    Police said Glenn Beck left.";
        let n = names(text);
        let at = text.find("The host").unwrap();
        assert_eq!(n.resolve("The host", at).as_deref(), Some("Glenn Beck"));
        // A verb of speech before a name is no description of them.
        assert_eq!(n.resolve("the police", text.len()).as_deref(), None);
        assert!(
            n.people
                .iter()
                .all(|p| !p.roles.iter().any(|r| r == "said"))
        );
    }

    #[test]
    fn counsel_in_a_court_report_is_the_lawyer_and_the_prosecution() {
        let text = "Mr Crispin Aylett, prosecuting, opened the case. \
                    Miss Jane Moss, defending, spoke. \
                    The lawyer said more.";
        let n = names(text);
        let at = text.len();
        assert_eq!(
            n.resolve("The prosecution", at).as_deref(),
            Some("Crispin Aylett")
        );
        assert_eq!(n.resolve("the defence", at).as_deref(), Some("Jane Moss"));
        assert_eq!(counsel_roles(", prosecutingly"), &[] as &[&str]);
        assert_eq!(
            counsel_roles(", defending the decision, said"),
            &[] as &[&str]
        );
        assert_eq!(counsel_roles(", defending champion"), &[] as &[&str]);
        assert!(!counsel_roles(", defending, said").is_empty());
        assert_eq!(counsel_roles(" prosecuting"), &[] as &[&str]);
    }

    #[test]
    fn roles_pronouns_and_short_phrases() {
        let n = names(TEXT);
        let at = TEXT.len();
        assert_eq!(
            n.resolve("the Iranian foreign minister", at).as_deref(),
            Some("Hossein Amir Abdollahian")
        );
        assert_eq!(
            n.resolve("He", TEXT.find("Later").unwrap()).as_deref(),
            Some("Laureano Ortega")
        );
        assert_eq!(
            n.resolve("the commanders", at).as_deref(),
            Some("Nicaraguan Army commanders")
        );
        assert_eq!(
            n.resolve("the report", at).as_deref(),
            Some("intelligence report")
        );
    }

    #[test]
    fn fullest_names_with_initials_and_suffixes_and_no_sentence_openers() {
        let text = "And Justice Elena Kagan said no. Justice Antonin Scalia was unconvinced. \
                    “I’m getting whipsawed,” he told the lawyer, Joseph M. Sellers. \
                    Mr. Sellers replied. Theodore Boutrous Jr. spoke. Theodore J. Boutrous Jr. said so. \
                    The Wal-Mart case dwarfs them. Southwark Crown Court heard it.";
        let n = names(text);
        let at = |s: &str| text.find(s).unwrap();
        assert_eq!(
            n.resolve("he", at("he told")).as_deref(),
            Some("Antonin Scalia")
        );
        assert_eq!(
            n.resolve("Kagan", at("said no")).as_deref(),
            Some("Elena Kagan")
        );
        assert_eq!(
            n.resolve("Mr. Sellers", at("Mr. Sellers")).as_deref(),
            Some("Joseph M. Sellers")
        );
        assert_eq!(
            n.resolve("Boutrous", text.len()).as_deref(),
            Some("Theodore J. Boutrous Jr.")
        );
        assert!(!n.is_person("The Wal-Mart") && !n.is_person("Wal-Mart"));
        assert!(!n.is_person("Southwark Crown Court"));
    }

    #[test]
    fn a_person_named_inside_a_source_phrase_and_pronouns_by_gender() {
        let text = "White House Press Secretary Jay Carney spoke. Lis Smith, a spokeswoman for the Obama campaign, agreed. \
                    Mrs. Smith met Mr. Carney. She said no.";
        let n = names(text);
        let phrase = |s: &str| n.resolve(s, text.find(s).unwrap());
        assert_eq!(
            phrase("White House Press Secretary Jay Carney").as_deref(),
            Some("Jay Carney")
        );
        assert_eq!(
            phrase("Lis Smith, a spokeswoman for the Obama campaign,").as_deref(),
            Some("Lis Smith")
        );
        assert_eq!(phrase("She").as_deref(), Some("Lis Smith"));
    }

    #[test]
    fn a_name_before_a_noun_is_not_the_speaker_and_offices_have_synonyms() {
        let text = "Representative Anthony Weiner spoke. Mitt Romney left. Mr. Braley left. \
                    The congressman said no. A Romney campaign aide said so. Mr. Braley’s apology \
                    came late. Romney continued.";
        let n = names(text);
        let phrase = |s: &str| n.resolve(s, text.find(s).unwrap());
        assert_eq!(phrase("The congressman").as_deref(), Some("Anthony Weiner"));
        assert_ne!(
            phrase("A Romney campaign aide").as_deref(),
            Some("Mitt Romney")
        );
        assert_eq!(phrase("Mr. Braley’s apology").as_deref(), Some("Braley"));
        assert_eq!(phrase("Romney continued").as_deref(), Some("Mitt Romney"));
        assert!(modifies_a_noun(" campaign aide"));
        assert!(!modifies_a_noun(" facetiously"));
        assert!(!modifies_a_noun(" today"));
        assert!(!modifies_a_noun(", a spokeswoman"));
    }
}
