//! Curated tables that the pipeline looks things up in.
//!
//! News outlets (below), places and organisations (see [`places`] and
//! [`organizations`]). Outlets: with their canonical names, domains, the ways they
//! are written ("NY Times", "NYT", nytimes.com), their country and what kind
//! of source they are (news outlet, news agency, state media,
//! government-linked media, public broadcaster). The table is
//! `data/outlets.tsv`; add a row there to teach crosscheck an outlet.
//!
//! ```
//! use crosscheck_lexicon::{outlets, OutletKind};
//! let nyt = outlets().by_name("NY Times").unwrap();
//! assert_eq!(nyt.name, "The New York Times");
//! assert_eq!(outlets().by_host("www.nytimes.com").unwrap().name, nyt.name);
//! assert_eq!(outlets().by_name("IRNA").unwrap().kind, OutletKind::StateMedia);
//! ```

use std::collections::HashMap;
use std::sync::LazyLock;

pub mod first_names;
mod gazetteer;
pub mod words;

pub use gazetteer::{
    OrgKind, Organization, OrganizationTable, Place, PlaceForm, PlaceKind, PlaceTable,
    organizations, places,
};

/// What kind of source an outlet is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum OutletKind {
    /// A commercial or independent newspaper, site or channel.
    NewsOutlet,
    /// A wire service (AP, Reuters, PA).
    NewsAgency,
    /// Run by a state (IRNA, Xinhua, RT).
    StateMedia,
    /// Formally independent but linked to a government (El 19 Digital, Tasnim).
    GovernmentLinkedMedia,
    /// Publicly funded with editorial independence (BBC, NPR).
    PublicBroadcaster,
}

impl OutletKind {
    fn parse(s: &str) -> Option<Self> {
        Some(match s {
            "news_outlet" => Self::NewsOutlet,
            "news_agency" => Self::NewsAgency,
            "state_media" => Self::StateMedia,
            "government_linked_media" => Self::GovernmentLinkedMedia,
            "public_broadcaster" => Self::PublicBroadcaster,
            _ => return None,
        })
    }

    /// The snake_case name used in output.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::NewsOutlet => "news_outlet",
            Self::NewsAgency => "news_agency",
            Self::StateMedia => "state_media",
            Self::GovernmentLinkedMedia => "government_linked_media",
            Self::PublicBroadcaster => "public_broadcaster",
        }
    }
}

/// One outlet of the table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outlet {
    /// Canonical name ("The New York Times").
    pub name: &'static str,
    /// What kind of source it is.
    pub kind: OutletKind,
    /// ISO 3166 alpha-2 country code.
    pub country: &'static str,
    /// Registered domains, without `www.`.
    pub domains: Vec<&'static str>,
    /// Other ways of writing the name.
    pub aliases: Vec<&'static str>,
}

/// The outlet table with its look-up indexes.
#[derive(Debug)]
pub struct OutletTable {
    outlets: Vec<Outlet>,
    by_key: HashMap<String, usize>,
    by_domain: HashMap<&'static str, usize>,
}

static OUTLETS: LazyLock<OutletTable> =
    LazyLock::new(|| OutletTable::parse(include_str!("../data/outlets.tsv")));

/// The built-in outlet table.
pub fn outlets() -> &'static OutletTable {
    &OUTLETS
}

/// The key a name is looked up by: lower case, letters and digits only,
/// without a leading "the" ("The N.Y. Times" → "nytimes").
pub fn name_key(name: &str) -> String {
    let lower = name.trim().to_lowercase();
    let lower = lower.strip_prefix("the ").unwrap_or(&lower);
    lower.chars().filter(|c| c.is_alphanumeric()).collect()
}

impl OutletTable {
    fn parse(tsv: &'static str) -> Self {
        let mut table = OutletTable {
            outlets: Vec::new(),
            by_key: HashMap::new(),
            by_domain: HashMap::new(),
        };
        for (n, line) in tsv.lines().enumerate() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            let cols: Vec<&'static str> = line.split('\t').collect();
            let kind = cols
                .get(1)
                .and_then(|k| OutletKind::parse(k))
                .unwrap_or_else(|| panic!("outlets.tsv line {}: bad kind", n + 1));
            let split = |i: usize, sep: char| -> Vec<&'static str> {
                cols.get(i)
                    .map(|c| {
                        c.split(sep)
                            .map(str::trim)
                            .filter(|s| !s.is_empty())
                            .collect()
                    })
                    .unwrap_or_default()
            };
            let outlet = Outlet {
                name: cols[0],
                kind,
                country: cols.get(2).copied().unwrap_or(""),
                domains: split(3, ','),
                aliases: split(4, '|'),
            };
            let index = table.outlets.len();
            // The first row to claim a key or domain keeps it.
            for key in std::iter::once(outlet.name).chain(outlet.aliases.iter().copied()) {
                table.by_key.entry(name_key(key)).or_insert(index);
            }
            for domain in &outlet.domains {
                table.by_domain.entry(domain).or_insert(index);
                // "nytimes.com" is also how people write the outlet.
                table.by_key.entry(name_key(domain)).or_insert(index);
            }
            table.outlets.push(outlet);
        }
        table
    }

    /// All outlets, in table order.
    pub fn iter(&self) -> impl Iterator<Item = &Outlet> {
        self.outlets.iter()
    }

    /// The outlet written this way ("NY Times", "nytimes.com", "The Cradle").
    pub fn by_name(&self, written: &str) -> Option<&Outlet> {
        let key = name_key(written);
        if key.is_empty() {
            return None;
        }
        self.by_key
            .get(&key)
            .map(|&i| &self.outlets[i])
            .or_else(|| {
                // "www.nytimes.com" or a URL written as the source.
                let host = written
                    .trim()
                    .trim_start_matches("https://")
                    .trim_start_matches("http://");
                let host = host.split('/').next().unwrap_or(host);
                host.contains('.').then(|| self.by_host(host)).flatten()
            })
    }

    /// The outlet that owns a host name ("www.nytimes.com", "edition.cnn.com").
    pub fn by_host(&self, host: &str) -> Option<&Outlet> {
        let host = host.trim().trim_end_matches('.').to_ascii_lowercase();
        let mut rest = host.as_str();
        loop {
            if let Some(&i) = self.by_domain.get(rest) {
                return Some(&self.outlets[i]);
            }
            match rest.split_once('.') {
                Some((_, tail)) if tail.contains('.') => rest = tail,
                _ => return None,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_parses_and_resolves() {
        let t = outlets();
        assert!(t.iter().count() > 100);
        assert_eq!(t.by_name("nytimes.com").unwrap().name, "The New York Times");
        assert_eq!(
            t.by_name("https://www.thecradle.co/x").unwrap().name,
            "The Cradle"
        );
        assert_eq!(t.by_host("edition.cnn.com").unwrap().name, "CNN");
        assert_eq!(
            t.by_name("El 19").unwrap().kind,
            OutletKind::GovernmentLinkedMedia
        );
        assert!(t.by_name("Unknown Gazette").is_none());
        assert!(t.by_name("").is_none());
    }
}
