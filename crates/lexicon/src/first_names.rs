//! First names and the gender they name (`data/first-names.tsv`): the
//! names of the 1990 US Census lists (public domain) that one gender bears
//! at least four times as often as the other. A name near even ("Dana",
//! "Terry") is not in it.
//!
//! ```
//! use crosscheck_lexicon::first_names::{NameGender, gender_of_first_name};
//! assert_eq!(gender_of_first_name("Meredith"), Some(NameGender::Female));
//! assert_eq!(gender_of_first_name("BILL"), Some(NameGender::Male));
//! assert_eq!(gender_of_first_name("Dana"), None);
//! ```

use std::collections::HashMap;
use std::sync::LazyLock;

/// The gender a first name names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum NameGender {
    /// Borne mostly by men.
    Male,
    /// Borne mostly by women.
    Female,
}

static TABLE: LazyLock<HashMap<String, NameGender>> = LazyLock::new(|| {
    include_str!("../data/first-names.tsv")
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .filter_map(|l| {
            let (name, gender) = l.split_once('\t')?;
            let gender = match gender.trim() {
                "F" => NameGender::Female,
                "M" => NameGender::Male,
                _ => return None,
            };
            Some((name.to_lowercase(), gender))
        })
        .collect()
});

/// Names the US lists give to women that other countries' news gives mostly
/// to men or to either (Italian Andrea, Nicola, Simone; French Jean;
/// Russian Yuri, Nikita, Valery; Korean and Chinese Kim, Jin, Min, Hyun;
/// Japanese Yuki): no gender for a news reader of any country.
const SURE_ONLY_IN_THE_US: &[&str] = &[
    "andrea", "daniele", "gabriele", "michele", "nicola", "simone", "jean", "yuri", "nikita",
    "misha", "sasha", "valery", "valeri", "kim", "jin", "min", "hyun", "toni", "eden", "yuki",
];

/// The gender `name` (a first name, any case) names, if the table is sure
/// of it.
pub fn gender_of_first_name(name: &str) -> Option<NameGender> {
    let name = name.to_lowercase();
    if SURE_ONLY_IN_THE_US.contains(&name.as_str()) {
        return None;
    }
    TABLE.get(&name).copied()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_row_parses() {
        let rows = include_str!("../data/first-names.tsv")
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            .count();
        assert_eq!(TABLE.len(), rows);
        assert_eq!(gender_of_first_name("hillary"), Some(NameGender::Female));
        assert_eq!(gender_of_first_name("Joe"), Some(NameGender::Male));
        assert_eq!(gender_of_first_name("Obama"), None);
        // The lists' women's names that other countries give to men.
        assert_eq!(gender_of_first_name("Yuri"), None);
        assert_eq!(gender_of_first_name("Andrea"), None);
        assert_eq!(gender_of_first_name("Yuki"), None);
    }
}
