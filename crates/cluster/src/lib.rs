//! Story clustering: articles arrive in time order and each joins the story
//! it is most like, or opens a new one — online, in one pass, over a sliding
//! time window — and two stories that turn out to be one are merged.
//!
//! An article is a vector of its content words (folded and stemmed, by the
//! text layer's [`Words`]), weighted by TF-IDF with the document frequencies
//! of the articles seen so far; words of the headline count more, and so do
//! capitalised words (names, places). A story is the sum of its articles'
//! unit vectors; an article joins the open story whose centroid is nearest
//! by cosine when that is at least [`Options::join`], else it opens a story.
//! A story is open while its last article is at most
//! [`Options::window_days`] before the new one (undated articles: at most
//! [`Options::window_articles`] articles before it). After a story grows, an
//! open story whose centroid is at least [`Options::merge`] like its own is
//! merged into it. A story that drifts into two is split: when the
//! centroid of its earlier articles and that of its later ones are less
//! than [`Options::split`] alike (cosine, at the cut where they are least
//! alike, each side holding at least [`Options::min_part`] articles), the
//! later ones become a story of their own ([`Clusterer::take_splits`]
//! says which).
//!
//! Candidates come from an inverted index of the open stories' words, so an
//! article is compared with the stories that share a word with it, not with
//! every story; closed stories leave the index.
//!
//! The stage does no I/O and cannot fail.

use std::collections::HashMap;

use chrono::NaiveDate;
use crosscheck_text::Words;

/// How the clustering decides.
#[derive(Debug, Clone, PartialEq)]
pub struct Options {
    /// The cosine between an article and a story's centroid at which it
    /// joins the story.
    pub join: f32,
    /// The cosine between two stories' centroids at which they are merged.
    pub merge: f32,
    /// How many days after a story's last article it still takes one.
    pub window_days: i64,
    /// For undated articles: how many articles after a story's last one it
    /// still takes one.
    pub window_articles: usize,
    /// The most words an article keeps (its highest weighted).
    pub terms: usize,
    /// How much a headline word counts, against a word of the text.
    pub title_weight: f32,
    /// How much a capitalised word counts, against a lower-case one.
    pub name_weight: f32,
    /// The cosine between the centroids of a story's earlier and later
    /// articles below which it is split in two (0 never splits).
    pub split: f32,
    /// The fewest articles on each side of a split.
    pub min_part: usize,
}

impl Default for Options {
    /// Tuned on the METER stories of 1999 (the held-out stories of 2000 and
    /// the BASIL events are reported in BENCHMARKS.md).
    fn default() -> Options {
        Options {
            join: 0.15,
            merge: 0.50,
            window_days: 3,
            window_articles: 2_000,
            terms: 100,
            title_weight: 2.0,
            name_weight: 2.5,
            split: 0.2,
            min_part: 3,
        }
    }
}

/// An article as the clustering reads it.
#[derive(Debug, Clone, Copy)]
pub struct Doc<'a> {
    /// The text the words are of.
    pub text: &'a str,
    /// Its words (the text layer's, computed once).
    pub words: &'a Words,
    /// Its headline and the headline's words, if it has one.
    pub title: Option<(&'a str, &'a Words)>,
    /// Its publication date, if known.
    pub date: Option<NaiveDate>,
}

/// A story's index, in the order stories were opened.
pub type StoryIndex = usize;

/// An article of an open story: its sequence number, date and unit
/// vector.
type Member = (usize, Option<NaiveDate>, Vec<(u32, f32)>);

#[derive(Debug, Clone, Default)]
struct Story {
    /// The sum of its articles' unit vectors, by term.
    weights: HashMap<u32, f32>,
    /// The squared length of `weights`.
    norm2: f32,
    /// The date of its earliest dated article.
    first_date: Option<NaiveDate>,
    /// The date of its latest dated article.
    last_date: Option<NaiveDate>,
    /// The sequence number of its latest article.
    last_seq: usize,
    /// How many articles it has.
    size: usize,
    /// Its articles while it is open: sequence number, date and unit
    /// vector, in sequence order (what a split divides).
    members: Vec<Member>,
    /// Merged into another story, or out of the window: it takes no more
    /// articles.
    closed: bool,
}

/// The clustering of a stream of articles.
#[derive(Debug, Clone, Default)]
pub struct Clusterer {
    options: Options,
    vocabulary: HashMap<String, u32>,
    /// Document frequency of each term.
    df: Vec<u32>,
    docs: u32,
    stories: Vec<Story>,
    /// Each story's representative after merges (a union-find forest).
    parent: Vec<StoryIndex>,
    /// For each term, the stories whose centroid holds it (closed ones are
    /// dropped when the index is pruned).
    postings: HashMap<u32, Vec<StoryIndex>>,
    /// The story each article joined, when it joined.
    joined: Vec<StoryIndex>,
    /// The stream's clock: the latest date two articles agree on (see
    /// [`Clusterer::today`]).
    today: Option<NaiveDate>,
    /// A date further ahead of the clock than the window, waiting for a
    /// second article near it before the clock moves there.
    ahead: Option<NaiveDate>,
    /// Articles since the index was last pruned.
    since_prune: usize,
    /// The splits made since [`Clusterer::take_splits`] was last called.
    splits: Vec<Split>,
}

/// A story split in two: its later articles moved into a story of their
/// own.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Split {
    /// The story split.
    pub from: StoryIndex,
    /// The story its later articles now make.
    pub into: StoryIndex,
    /// The articles moved, by sequence number (their order of arrival,
    /// from 0, [`Clusterer::push`] and [`Clusterer::push_known`] alike).
    pub articles: Vec<usize>,
}

/// The largest story checked for a split (a larger one is not divided).
const SPLIT_CHECKED: usize = 300;

/// The clock of a set of dates, as [`Clusterer::today`] keeps it for a
/// stream: the latest date another date is within `window_days` of (one
/// date far ahead of all others is not the clock); `None` when no two
/// dates are that close.
pub fn clock(dates: impl IntoIterator<Item = NaiveDate>, window_days: i64) -> Option<NaiveDate> {
    let mut dates: Vec<NaiveDate> = dates.into_iter().collect();
    dates.sort_unstable_by(|a, b| b.cmp(a));
    dates
        .windows(2)
        .find(|w| (w[0] - w[1]).num_days() <= window_days)
        .map(|w| w[0])
}

/// How many articles pass between prunings of the index.
const PRUNE_EVERY: usize = 1_000;

impl Clusterer {
    /// A clustering with these options.
    pub fn new(options: Options) -> Clusterer {
        Clusterer {
            options,
            ..Clusterer::default()
        }
    }

    /// How many articles it has taken.
    pub fn len(&self) -> usize {
        self.joined.len()
    }

    /// Whether it has taken none.
    pub fn is_empty(&self) -> bool {
        self.joined.is_empty()
    }

    /// Take the next article (in time order): the story it joins, as it
    /// stands now (a later merge may join that story to another; see
    /// [`Clusterer::assignments`]).
    pub fn push(&mut self, doc: Doc<'_>) -> StoryIndex {
        let (seq, vector) = self.next(doc);
        self.since_prune += 1;
        if self.since_prune >= PRUNE_EVERY {
            self.prune(seq);
        }
        let best = self
            .nearest(&vector, None, seq, doc.date)
            .filter(|&(_, cos)| cos >= self.options.join);
        let story = match best {
            Some((s, _)) => s,
            None => self.open_story(),
        };
        self.add(story, &vector, seq, doc.date);
        self.joined.push(story);
        let story = self.split(self.find(story)).unwrap_or(story);
        self.merge_into(story, seq, doc.date);
        self.find(story)
    }

    /// The story an article (by sequence number) is in now, after merges
    /// and splits.
    pub fn story_of(&self, seq: usize) -> Option<StoryIndex> {
        self.joined.get(seq).map(|&s| self.find(s))
    }

    /// The splits made since the last call, oldest first.
    pub fn take_splits(&mut self) -> Vec<Split> {
        std::mem::take(&mut self.splits)
    }

    /// Split `story` in two where the centroids of its earlier and later
    /// articles are least alike, when they are less than [`Options::split`]
    /// alike; the later part (which holds the newest article) becomes a new
    /// story, returned.
    fn split(&mut self, story: StoryIndex) -> Option<StoryIndex> {
        let min = self.options.min_part.max(1);
        let s = &self.stories[story];
        let n = s.members.len();
        if self.options.split <= 0.0 || n < 2 * min || n > SPLIT_CHECKED {
            return None;
        }
        // cos(P, T − P) for each prefix sum P of the members, from P·T and
        // |P|², kept as the prefix grows.
        let total = &s.weights;
        let t2 = s.norm2;
        let mut prefix: HashMap<u32, f32> = HashMap::new();
        let (mut pt, mut p2) = (0.0f32, 0.0f32);
        let mut best: Option<(usize, f32)> = None;
        for (k, (_, _, v)) in s.members[..n - min].iter().enumerate() {
            for &(t, w) in v {
                let old = prefix.get(&t).copied().unwrap_or(0.0);
                p2 += 2.0 * w * old + w * w;
                pt += w * total.get(&t).copied().unwrap_or(0.0);
                prefix.insert(t, old + w);
            }
            let cut = k + 1;
            if cut < min {
                continue;
            }
            let q2 = (t2 - 2.0 * pt + p2).max(0.0);
            let cos = (pt - p2) / (p2.sqrt() * q2.sqrt()).max(f32::MIN_POSITIVE);
            if best.is_none_or(|(_, b)| cos < b) {
                best = Some((cut, cos));
            }
        }
        let (cut, cos) = best?;
        if cos >= self.options.split {
            return None;
        }
        let later = self.stories[story].members.split_off(cut);
        let into = self.open_story();
        let moved: Vec<usize> = later.iter().map(|(seq, _, _)| *seq).collect();
        // The earlier part keeps the story: its sums made again.
        let earlier = std::mem::take(&mut self.stories[story].members);
        for t in self.stories[story].weights.keys() {
            if let Some(list) = self.postings.get_mut(t) {
                list.retain(|&x| x != story);
            }
        }
        self.stories[story] = Story::default();
        for (seq, date, v) in &earlier {
            self.add(story, v, *seq, *date);
        }
        for (seq, date, v) in &later {
            self.add(into, v, *seq, *date);
            self.joined[*seq] = into;
        }
        self.splits.push(Split {
            from: story,
            into,
            articles: moved,
        });
        Some(into)
    }

    /// A new, empty story.
    fn open_story(&mut self) -> StoryIndex {
        self.stories.push(Story::default());
        self.parent.push(self.stories.len() - 1);
        self.stories.len() - 1
    }

    /// The sequence number and vector of the next article (the latest date
    /// seen moves with it).
    fn next(&mut self, doc: Doc<'_>) -> (usize, Vec<(u32, f32)>) {
        if let Some(date) = doc.date {
            self.tick(date);
        }
        (self.joined.len(), self.vector(doc))
    }

    /// Move the clock with an article's date. A date within the window
    /// after the clock moves it; one further ahead (a mistyped year, a
    /// feed's placeholder date) moves it only when a second article dated
    /// within the window of it comes, so that one wrong date does not close
    /// every open story.
    fn tick(&mut self, date: NaiveDate) {
        let window = self.options.window_days;
        let near = |a: NaiveDate, b: NaiveDate| (a - b).num_days().abs() <= window;
        match self.today {
            Some(t) if (date - t).num_days() <= window => {
                self.today = Some(t.max(date));
                // A lone date far ahead is forgotten once the stream goes
                // on: only two articles close together move the clock.
                if date > t {
                    self.ahead = None;
                }
            }
            _ => match self.ahead {
                Some(a) if near(a, date) => {
                    self.today = Some(a.max(date));
                    self.ahead = None;
                }
                _ => self.ahead = Some(date),
            },
        }
    }

    /// The stream's clock: the latest date at most the window after the
    /// clock, or a later one a second article agrees with (within the
    /// window); stories whose last article is further back than the window
    /// close. `None` until two articles agree on a date.
    pub fn today(&self) -> Option<NaiveDate> {
        self.today
    }

    /// Take an article whose story is already known (a stored story read
    /// back to resume clustering): `Some(story)` adds it to that story,
    /// `None` opens a story for it. Nothing is decided and nothing merged.
    /// Returns its story.
    pub fn push_known(&mut self, doc: Doc<'_>, story: Option<StoryIndex>) -> StoryIndex {
        let (seq, vector) = self.next(doc);
        let story = match story {
            Some(s) if s < self.stories.len() => self.find(s),
            _ => self.open_story(),
        };
        self.add(story, &vector, seq, doc.date);
        self.joined.push(story);
        story
    }

    /// The story a story index stands for now: itself, or the story it was
    /// merged into.
    pub fn representative(&self, story: StoryIndex) -> StoryIndex {
        self.find(story)
    }

    /// The story of every article taken, in order, after merges: story
    /// numbers from 0 in the order the stories were first seen.
    pub fn assignments(&self) -> Vec<StoryIndex> {
        let mut number: HashMap<StoryIndex, StoryIndex> = HashMap::new();
        self.joined
            .iter()
            .map(|&s| {
                let root = self.find(s);
                let next = number.len();
                *number.entry(root).or_insert(next)
            })
            .collect()
    }

    /// The representative of a story after merges.
    fn find(&self, mut s: StoryIndex) -> StoryIndex {
        while self.parent[s] != s {
            s = self.parent[s];
        }
        s
    }

    /// The article's unit vector: its top [`Options::terms`] terms by
    /// TF-IDF (the document frequencies count it).
    fn vector(&mut self, doc: Doc<'_>) -> Vec<(u32, f32)> {
        let mut tf: HashMap<u32, f32> = HashMap::new();
        let name_weight = self.options.name_weight;
        let mut parts = vec![(doc.text, doc.words, 1.0)];
        if let Some((text, words)) = doc.title {
            parts.push((text, words, self.options.title_weight));
        }
        for (text, words, weight) in parts {
            for (content, span) in words.content.iter().zip(&words.spans) {
                let Some(term) = content else { continue };
                let next = self.vocabulary.len() as u32;
                let id = *self.vocabulary.entry(term.clone()).or_insert(next);
                if id as usize == self.df.len() {
                    self.df.push(0);
                }
                let capital = span
                    .slice(text)
                    .chars()
                    .next()
                    .is_some_and(char::is_uppercase);
                *tf.entry(id).or_default() += weight * if capital { name_weight } else { 1.0 };
            }
        }
        self.docs += 1;
        for &id in tf.keys() {
            self.df[id as usize] += 1;
        }
        let n = self.docs as f32;
        let mut v: Vec<(u32, f32)> = tf
            .into_iter()
            .map(|(id, f)| {
                let idf = ((1.0 + n) / (1.0 + self.df[id as usize] as f32)).ln() + 1.0;
                (id, (1.0 + f.ln()) * idf)
            })
            .collect();
        v.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        v.truncate(self.options.terms);
        let norm = v.iter().map(|(_, w)| w * w).sum::<f32>().sqrt();
        if norm > 0.0 {
            for (_, w) in &mut v {
                *w /= norm;
            }
        }
        v
    }

    /// Whether a story still takes an article dated `date` (sequence
    /// number `seq`).
    fn open(&self, s: &Story, seq: usize, date: Option<NaiveDate>) -> bool {
        if s.closed {
            return false;
        }
        // Input out of time order: an article may also come before the
        // story's first, by the same window.
        match (s.first_date, s.last_date, date) {
            (Some(first), Some(last), Some(date)) => {
                (date - last).num_days() <= self.options.window_days
                    && (first - date).num_days() <= self.options.window_days
            }
            _ => seq - s.last_seq <= self.options.window_articles,
        }
    }

    /// The open story nearest to a unit vector (cosine to its centroid),
    /// other than `except`.
    fn nearest(
        &self,
        vector: &[(u32, f32)],
        except: Option<StoryIndex>,
        seq: usize,
        date: Option<NaiveDate>,
    ) -> Option<(StoryIndex, f32)> {
        let mut dot: HashMap<StoryIndex, f32> = HashMap::new();
        for &(t, w) in vector {
            for &s in self.postings.get(&t).into_iter().flatten() {
                if Some(s) == except || self.stories[s].closed {
                    continue;
                }
                *dot.entry(s).or_default() += w * self.stories[s].weights[&t];
            }
        }
        dot.into_iter()
            .filter(|&(s, _)| self.open(&self.stories[s], seq, date))
            .map(|(s, d)| (s, d / self.stories[s].norm2.sqrt().max(f32::MIN_POSITIVE)))
            .max_by(|a, b| a.1.total_cmp(&b.1).then(b.0.cmp(&a.0)))
    }

    /// Add a unit vector to a story.
    fn add(
        &mut self,
        story: StoryIndex,
        vector: &[(u32, f32)],
        seq: usize,
        date: Option<NaiveDate>,
    ) {
        let s = &mut self.stories[story];
        for &(t, w) in vector {
            let old = s.weights.get(&t).copied();
            let new = old.unwrap_or(0.0) + w;
            s.norm2 += new * new - old.unwrap_or(0.0).powi(2);
            s.weights.insert(t, new);
            if old.is_none() {
                self.postings.entry(t).or_default().push(story);
            }
        }
        s.size += 1;
        s.last_seq = seq;
        s.members.push((seq, date, vector.to_vec()));
        if let Some(date) = date {
            s.last_date = Some(s.last_date.map_or(date, |d| d.max(date)));
            s.first_date = Some(s.first_date.map_or(date, |d| d.min(date)));
        }
    }

    /// Merge into `story` every open story whose centroid is at least
    /// [`Options::merge`] like its own (the larger absorbs the smaller).
    fn merge_into(&mut self, story: StoryIndex, seq: usize, date: Option<NaiveDate>) {
        loop {
            let s = &self.stories[story];
            let norm = s.norm2.sqrt().max(f32::MIN_POSITIVE);
            let mut centroid: Vec<(u32, f32)> =
                s.weights.iter().map(|(&t, &w)| (t, w / norm)).collect();
            centroid.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
            centroid.truncate(self.options.terms);
            let Some((other, _)) = self
                .nearest(&centroid, Some(story), seq, date)
                .filter(|&(_, cos)| cos >= self.options.merge)
            else {
                return;
            };
            let (big, small) = if self.stories[other].size > self.stories[story].size {
                (other, story)
            } else {
                (story, other)
            };
            let absorbed = std::mem::take(&mut self.stories[small]);
            let weights: Vec<(u32, f32)> = absorbed.weights.into_iter().collect();
            for &(t, w) in &weights {
                let b = &mut self.stories[big];
                let old = b.weights.get(&t).copied();
                let new = old.unwrap_or(0.0) + w;
                b.norm2 += new * new - old.unwrap_or(0.0).powi(2);
                b.weights.insert(t, new);
                if old.is_none() {
                    self.postings.entry(t).or_default().push(big);
                }
            }
            let b = &mut self.stories[big];
            b.members.extend(absorbed.members);
            b.members.sort_by_key(|(seq, _, _)| *seq);
            b.size += absorbed.size;
            b.last_seq = b.last_seq.max(absorbed.last_seq);
            b.last_date = b.last_date.max(absorbed.last_date);
            b.first_date = match (b.first_date, absorbed.first_date) {
                (Some(x), Some(y)) => Some(x.min(y)),
                (x, y) => x.or(y),
            };
            self.stories[small].closed = true;
            self.parent[small] = big;
            if big != story {
                // The story grew into another: go on from that one.
                return self.merge_into(big, seq, date);
            }
        }
    }

    /// Close the stories out of the window and drop closed stories from
    /// the index.
    fn prune(&mut self, seq: usize) {
        self.since_prune = 0;
        let today = self.today;
        for k in 0..self.stories.len() {
            if !self.stories[k].closed && !self.open(&self.stories[k], seq, today) {
                self.stories[k].closed = true;
                // A closed story keeps its size; its words are not needed.
                self.stories[k].weights = HashMap::new();
                self.stories[k].members = Vec::new();
            }
        }
        let stories = &self.stories;
        self.postings.retain(|_, list| {
            list.retain(|&s| !stories[s].closed);
            !list.is_empty()
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const FIRE: &str = "A fire destroyed the Grenfell warehouse in Leeds on Monday. \
        Firefighters from Leeds fought the warehouse fire for hours.";
    const FIRE_AGAIN: &str = "Leeds firefighters said the Grenfell warehouse fire \
        started in a storeroom; the warehouse owner was questioned.";
    const TRIAL: &str = "The trial of Marcus Halloway opened at the Old Bailey. \
        Halloway denies fraud; the jury heard the Old Bailey prosecution case.";
    const TRIAL_AGAIN: &str = "Prosecutors told the Old Bailey jury that Halloway \
        hid the fraud from auditors; the Halloway trial continues.";

    fn date(day: u32) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(2024, 5, day)
    }

    /// Push one untitled article.
    fn push(c: &mut Clusterer, text: &str, date: Option<NaiveDate>) -> StoryIndex {
        let words = Words::of(text);
        c.push(Doc {
            text,
            words: &words,
            title: None,
            date,
        })
    }

    /// The clusterer after `docs`.
    fn fed(options: Options, docs: &[(&str, Option<NaiveDate>)]) -> Clusterer {
        let mut c = Clusterer::new(options);
        for (text, date) in docs {
            push(&mut c, text, *date);
        }
        c
    }

    fn run(options: Options, docs: &[(&str, Option<NaiveDate>)]) -> Vec<StoryIndex> {
        fed(options, docs).assignments()
    }

    #[test]
    fn interleaved_stories_are_told_apart() {
        let found = run(
            Options::default(),
            &[
                (FIRE, date(1)),
                (TRIAL, date(1)),
                (FIRE_AGAIN, date(2)),
                (TRIAL_AGAIN, date(2)),
            ],
        );
        assert_eq!(found, [0, 1, 0, 1]);
    }

    #[test]
    fn a_story_closes_after_its_window() {
        let found = run(
            Options::default(),
            &[(FIRE, date(1)), (FIRE_AGAIN, date(9))],
        );
        assert_eq!(found, [0, 1]);
        // Undated articles: the window counts articles.
        let options = Options {
            window_articles: 1,
            ..Options::default()
        };
        let found = run(
            options,
            &[
                (FIRE, None),
                (TRIAL, None),
                (TRIAL_AGAIN, None),
                (FIRE_AGAIN, None),
            ],
        );
        assert_eq!(found, [0, 1, 1, 2]);
    }

    #[test]
    fn one_wrong_date_does_not_move_the_clock() {
        let mut c = Clusterer::new(Options::default());
        let mut push = |text: &str, date: Option<NaiveDate>| {
            push(&mut c, text, date);
            c.today()
        };
        assert_eq!(push(FIRE, date(1)), None, "one article is no clock yet");
        assert_eq!(push(TRIAL, date(2)), date(2));
        // A year mistyped: the clock stays, and moves on with the stream.
        assert_eq!(
            push(TRIAL_AGAIN, NaiveDate::from_ymd_opt(2099, 5, 2)),
            date(2)
        );
        assert_eq!(push(FIRE_AGAIN, date(4)), date(4));
        // A wrong date, then the stream goes on, then another wrong date
        // near the first: the first was forgotten.
        assert_eq!(push(FIRE, NaiveDate::from_ymd_opt(2099, 5, 3)), date(4));
        assert_eq!(push(TRIAL, date(5)), date(5));
        assert_eq!(push(FIRE, NaiveDate::from_ymd_opt(2099, 5, 4)), date(5));
        assert_eq!(push(TRIAL, date(6)), date(6));
        // A real jump ahead: two articles agree on it.
        let later = |d| NaiveDate::from_ymd_opt(2024, 9, d);
        assert_eq!(push(FIRE, later(1)), date(6));
        assert_eq!(push(TRIAL, later(2)), later(2));
    }

    #[test]
    fn the_clock_of_stored_dates_is_one_two_dates_agree_on() {
        let far = NaiveDate::from_ymd_opt(2099, 1, 1).unwrap();
        let days = |ds: &[u32]| ds.iter().map(|&d| date(d).unwrap()).collect::<Vec<_>>();
        assert_eq!(clock(days(&[1, 2, 9]).into_iter().chain([far]), 3), date(2));
        assert_eq!(clock(days(&[1, 20]), 3), None);
        assert_eq!(clock(days(&[5, 5]), 3), date(5));
    }

    #[test]
    fn a_story_stays_open_past_an_article_dated_far_ahead() {
        let mut c = Clusterer::new(Options::default());
        let mut push = |text: &str, date: Option<NaiveDate>| push(&mut c, text, date);
        let fire = push(FIRE, date(1));
        push(TRIAL, NaiveDate::from_ymd_opt(2099, 5, 1));
        // Enough other articles for the index to be pruned.
        for k in 0..PRUNE_EVERY + 1 {
            push(&format!("filler{k} words{k} about{k} nothing{k}"), date(2));
        }
        let again = push(FIRE_AGAIN, date(3));
        assert_eq!(c.find(again), c.find(fire));
    }

    #[test]
    fn a_story_that_drifts_into_another_is_split() {
        // Articles that join one by one (a low join threshold), drifting
        // from a fire to a trial through two that speak of both.
        let docs = [
            (FIRE, date(1)),
            (FIRE_AGAIN, date(1)),
            (
                "Leeds warehouse fire: Grenfell firefighters and the storeroom owner.",
                date(1),
            ),
            (&*format!("{FIRE_AGAIN} {TRIAL}"), date(2)),
            (&*format!("{FIRE} {TRIAL_AGAIN}"), date(2)),
            (TRIAL, date(2)),
            (TRIAL_AGAIN, date(2)),
            (
                "Halloway fraud jury at the Old Bailey heard from auditors.",
                date(2),
            ),
            (
                "The Old Bailey jury retired in the Halloway fraud trial.",
                date(3),
            ),
        ];
        let options = Options {
            join: 0.05,
            split: 0.0,
            ..Options::default()
        };
        let one = run(options.clone(), &docs);
        assert!(one.iter().all(|&s| s == one[0]), "{one:?}");
        let split = Options {
            split: Options::default().split,
            ..options
        };
        let mut c = fed(split, &docs);
        let found = c.assignments();
        assert_eq!(&found[..3], [0, 0, 0], "{found:?}");
        assert_eq!(&found[5..], [1, 1, 1, 1], "{found:?}");
        let splits = c.take_splits();
        assert!(!splits.is_empty());
        assert!(splits.iter().any(|s| s.articles.contains(&5)), "{splits:?}");
        assert_eq!(c.story_of(8), c.story_of(5));
        assert_ne!(c.story_of(0), c.story_of(8));
        assert!(c.take_splits().is_empty(), "taken once");
    }

    #[test]
    fn two_stories_that_turn_out_to_be_one_are_merged() {
        // Opened apart (the join threshold is above what the first two
        // share), then an article like both brings them together.
        let options = Options {
            join: 0.45,
            merge: 0.30,
            ..Options::default()
        };
        let a = "Halloway fraud trial jury verdict";
        let b = "jury auditors prosecutors ledger accounts";
        let both = "Halloway fraud trial jury verdict auditors prosecutors ledger accounts";
        let apart = run(options.clone(), &[(a, date(1)), (b, date(1))]);
        assert_eq!(apart, [0, 1]);
        let found = run(options, &[(a, date(1)), (b, date(1)), (both, date(1))]);
        assert_eq!(found, [0, 0, 0]);
    }

    #[test]
    fn an_earlier_article_joins_within_the_window_and_known_stories_resume() {
        let found = run(
            Options::default(),
            &[(FIRE_AGAIN, date(5)), (FIRE, date(4))],
        );
        assert_eq!(found, [0, 0]);
        let found = run(
            Options::default(),
            &[(FIRE_AGAIN, date(9)), (FIRE, date(1))],
        );
        assert_eq!(found, [0, 1]);
        let mut c = Clusterer::new(Options::default());
        let (fire, trial) = (Words::of(FIRE), Words::of(TRIAL));
        let doc = |text, words| Doc {
            text,
            words,
            title: None,
            date: date(1),
        };
        let a = c.push_known(doc(FIRE, &fire), None);
        let b = c.push_known(doc(TRIAL, &trial), None);
        assert_ne!(a, b);
        let words = Words::of(TRIAL_AGAIN);
        assert_eq!(c.push(doc(TRIAL_AGAIN, &words)), b);
    }

    #[test]
    fn empty_text_opens_a_story_of_its_own() {
        let found = run(Options::default(), &[("", date(1)), ("", date(1))]);
        assert_eq!(found, [0, 1]);
    }
}
