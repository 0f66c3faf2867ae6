//! Tag standard input, one sentence per line, whitespace-separated tokens.
#![allow(clippy::print_stdout, missing_docs)]
use std::io::Read;
fn main() {
    let mut s = String::new();
    std::io::stdin().read_to_string(&mut s).unwrap();
    let sentences: Vec<Vec<&str>> = s.lines().map(|l| l.split_whitespace().collect()).collect();
    let model = crosscheck_entities::ner::built_in();
    for (ws, tags) in sentences
        .iter()
        .zip(crosscheck_entities::ner::tag_document(model, &sentences))
    {
        let out: Vec<String> = ws
            .iter()
            .zip(tags)
            .map(|(w, t)| format!("{w}/{}", crosscheck_entities::ner::TAGS[t]))
            .collect();
        println!("{}", out.join(" "));
    }
}
