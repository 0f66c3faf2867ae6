//! Places and organisations: countries with their capitals and demonyms,
//! regions, continents, US states (`data/places.tsv`), and agencies,
//! international bodies, parties and armed groups (`data/organizations.tsv`).
//!
//! The entity stage uses them as gazetteer features for its tagger and to
//! group aliases: "Tehran" and "Iranian" stand for Iran, "C.I.A." is the
//! Central Intelligence Agency.

use std::collections::HashMap;
use std::sync::LazyLock;

use crate::name_key;

/// What kind of place a row is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PlaceKind {
    /// A sovereign state (and the four nations of the United Kingdom).
    Country,
    /// A territory or region that is not a state (Hong Kong, Gaza).
    Region,
    /// A continent or a larger region (Europe, the Middle East).
    Continent,
    /// A state of the United States.
    State,
    /// A city or borough that is not a seat of government of a row above.
    City,
}

/// One place.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Place {
    /// Canonical name ("United States").
    pub name: &'static str,
    /// What kind of place it is.
    pub kind: PlaceKind,
    /// Other names ("U.S.", "America").
    pub aliases: Vec<&'static str>,
    /// Adjectives and nouns of its people ("American", "Americans").
    pub demonyms: Vec<&'static str>,
    /// Cities or buildings that stand for its government ("Washington",
    /// "White House"); the capital first.
    pub seats: Vec<&'static str>,
}

/// How a written name relates to a place.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PlaceForm {
    /// Its name or an alias ("Iran", "Islamic Republic").
    Name,
    /// A demonym ("Iranian").
    Demonym,
    /// A seat of its government ("Tehran").
    Seat,
}

/// What kind of organisation a row is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum OrgKind {
    /// An intelligence service.
    Intelligence,
    /// A ministry, department, legislature or other government body.
    Government,
    /// Armed forces.
    Military,
    /// An international organisation.
    International,
    /// A political party.
    Party,
    /// A court.
    Court,
    /// Police and law enforcement.
    Police,
    /// A movement, armed group or non-governmental organisation.
    Group,
    /// A company.
    Company,
}

impl OrgKind {
    fn parse(s: &str) -> Option<Self> {
        Some(match s {
            "intelligence" => Self::Intelligence,
            "government" => Self::Government,
            "military" => Self::Military,
            "international" => Self::International,
            "party" => Self::Party,
            "court" => Self::Court,
            "police" => Self::Police,
            "group" => Self::Group,
            "company" => Self::Company,
            _ => return None,
        })
    }
}

/// One organisation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Organization {
    /// Canonical name ("Central Intelligence Agency").
    pub name: &'static str,
    /// What kind of organisation it is.
    pub kind: OrgKind,
    /// ISO 3166 alpha-2 country code; empty for international bodies.
    pub country: &'static str,
    /// Acronyms and other names ("CIA", "C.I.A.").
    pub aliases: Vec<&'static str>,
}

/// The place table with its look-up index.
#[derive(Debug)]
pub struct PlaceTable {
    places: Vec<Place>,
    by_key: HashMap<String, (usize, PlaceForm)>,
}

/// The organisation table with its look-up index.
#[derive(Debug)]
pub struct OrganizationTable {
    organizations: Vec<Organization>,
    by_key: HashMap<String, usize>,
}

fn columns(line: &'static str) -> Vec<&'static str> {
    line.split('\t').collect()
}

fn list(cols: &[&'static str], i: usize) -> Vec<&'static str> {
    cols.get(i)
        .map(|c| {
            c.split('|')
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .collect()
        })
        .unwrap_or_default()
}

fn rows(tsv: &'static str) -> impl Iterator<Item = (usize, &'static str)> {
    tsv.lines()
        .enumerate()
        .filter(|(_, l)| !l.starts_with('#') && !l.trim().is_empty())
}

impl PlaceTable {
    fn parse(tsv: &'static str) -> Self {
        let mut table = PlaceTable {
            places: Vec::new(),
            by_key: HashMap::new(),
        };
        for (n, line) in rows(tsv) {
            let cols = columns(line);
            let kind = match cols.get(1).copied() {
                Some("country") => PlaceKind::Country,
                Some("region") => PlaceKind::Region,
                Some("continent") => PlaceKind::Continent,
                Some("state") => PlaceKind::State,
                Some("city") => PlaceKind::City,
                _ => panic!("places.tsv line {}: bad kind", n + 1),
            };
            let place = Place {
                name: cols[0],
                kind,
                aliases: list(&cols, 2),
                demonyms: list(&cols, 3),
                seats: list(&cols, 4),
            };
            let index = table.places.len();
            // Names win over demonyms, demonyms over seats, and the first row
            // to claim a key keeps it ("Congolese" is the DRC's, listed later,
            // only if no earlier row claims it).
            for (forms, form) in [
                (
                    std::iter::once(place.name)
                        .chain(place.aliases.iter().copied())
                        .collect::<Vec<_>>(),
                    PlaceForm::Name,
                ),
                (place.demonyms.clone(), PlaceForm::Demonym),
                (place.seats.clone(), PlaceForm::Seat),
            ] {
                for written in forms {
                    let key = name_key(written);
                    match table.by_key.get(&key) {
                        Some((_, PlaceForm::Name)) => {}
                        Some((_, old)) if *old == form || form == PlaceForm::Seat => {}
                        _ => {
                            table.by_key.insert(key, (index, form));
                        }
                    }
                }
            }
            table.places.push(place);
        }
        table
    }

    /// All places, in table order.
    pub fn iter(&self) -> impl Iterator<Item = &Place> {
        self.places.iter()
    }

    /// The place a name, demonym or seat stands for ("Tehran" → Iran, as a
    /// seat). Plural demonyms and "the" are accepted.
    pub fn lookup(&self, written: &str) -> Option<(&Place, PlaceForm)> {
        let key = name_key(written);
        if key.is_empty() {
            return None;
        }
        self.by_key
            .get(&key)
            .map(|&(i, form)| (&self.places[i], form))
    }
}

impl OrganizationTable {
    fn parse(tsv: &'static str) -> Self {
        let mut table = OrganizationTable {
            organizations: Vec::new(),
            by_key: HashMap::new(),
        };
        for (n, line) in rows(tsv) {
            let cols = columns(line);
            let kind = cols
                .get(1)
                .and_then(|k| OrgKind::parse(k))
                .unwrap_or_else(|| panic!("organizations.tsv line {}: bad kind", n + 1));
            let org = Organization {
                name: cols[0],
                kind,
                country: cols.get(2).copied().unwrap_or(""),
                aliases: list(&cols, 3),
            };
            let index = table.organizations.len();
            for written in std::iter::once(org.name).chain(org.aliases.iter().copied()) {
                table.by_key.entry(name_key(written)).or_insert(index);
            }
            table.organizations.push(org);
        }
        table
    }

    /// All organisations, in table order.
    pub fn iter(&self) -> impl Iterator<Item = &Organization> {
        self.organizations.iter()
    }

    /// The organisation written this way ("C.I.A.", "the Pentagon").
    pub fn lookup(&self, written: &str) -> Option<&Organization> {
        let key = name_key(written);
        if key.is_empty() {
            return None;
        }
        self.by_key.get(&key).map(|&i| &self.organizations[i])
    }
}

static PLACES: LazyLock<PlaceTable> =
    LazyLock::new(|| PlaceTable::parse(include_str!("../data/places.tsv")));

static ORGANIZATIONS: LazyLock<OrganizationTable> =
    LazyLock::new(|| OrganizationTable::parse(include_str!("../data/organizations.tsv")));

/// The built-in place table.
pub fn places() -> &'static PlaceTable {
    &PLACES
}

/// The built-in organisation table.
pub fn organizations() -> &'static OrganizationTable {
    &ORGANIZATIONS
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn places_resolve_names_demonyms_and_seats() {
        let p = places();
        assert!(p.iter().filter(|p| p.kind == PlaceKind::Country).count() > 190);
        let (iran, form) = p.lookup("Tehran").unwrap();
        assert_eq!((iran.name, form), ("Iran", PlaceForm::Seat));
        assert_eq!(p.lookup("Iranian").unwrap().0.name, "Iran");
        assert_eq!(p.lookup("Islamic Republic").unwrap().0.name, "Iran");
        assert_eq!(p.lookup("U.S.").unwrap().0.name, "United States");
        assert_eq!(p.lookup("US").unwrap().0.name, "United States");
        assert_eq!(p.lookup("Washington").unwrap().0.name, "United States");
        assert_eq!(p.lookup("Managua").unwrap().0.name, "Nicaragua");
        assert_eq!(p.lookup("Brasilia").unwrap().0.name, "Brazil");
        // A country's name wins over another's demonym or seat.
        assert_eq!(p.lookup("Georgia").unwrap().0.kind, PlaceKind::Country);
        assert_eq!(p.lookup("Saudi").unwrap().1, PlaceForm::Name);
        assert!(p.lookup("Ortega").is_none());
        assert_eq!(p.lookup("Ft. Myers").unwrap().0.kind, PlaceKind::City);
        // A city row never takes a seat's name.
        assert_eq!(p.lookup("Washington").unwrap().0.name, "United States");
    }

    #[test]
    fn organizations_resolve_acronyms() {
        let o = organizations();
        assert_eq!(
            o.lookup("C.I.A.").unwrap().name,
            "Central Intelligence Agency"
        );
        assert_eq!(o.lookup("CIA").unwrap().name, "Central Intelligence Agency");
        assert_eq!(o.lookup("the Pentagon").unwrap().kind, OrgKind::Government);
        assert_eq!(o.lookup("IRGC").unwrap().country, "IR");
        assert!(o.lookup("Daniel Ortega").is_none());
    }
}
