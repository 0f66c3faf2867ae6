//! One module per command.

mod cluster;
mod compare;
mod entities;
mod extract;
mod quotes;
mod reuse;
mod search;
mod serve;
mod setup;
mod store;

pub use compare::load_model;
use crosscheck_model::Article;
pub use store::data_dir;

use crate::Outcome;
use crate::cli::{Cli, Command, InputArgs};

/// Run a parsed command line.
pub fn run(cli: Cli) -> anyhow::Result<Outcome> {
    match cli.command {
        Command::Compare(args) => compare::run(args),
        Command::Extract(args) => extract::run(args),
        Command::Quotes(args) => quotes::run(args),
        Command::Reuse(args) => reuse::run(args),
        Command::Setup(args) => setup::run(args),
        Command::Entities(args) => entities::run(args),
        Command::Cluster(args) => cluster::run(args),
        Command::Ingest(args) => store::ingest(args),
        Command::Stories(args) => store::stories(args),
        Command::Serve(args) => serve::run(args),
        Command::Search(args) => search::run(args),
    }
}

/// Read every input; each error is printed on stderr as one line as soon as
/// it happens. Returns the articles and the number of failed inputs.
pub(crate) fn read_articles(input: &InputArgs) -> (Vec<Article>, usize) {
    let options = input.options();
    let mut articles = Vec::new();
    let mut failed = 0;
    crosscheck_ingest::read_inputs(&input.inputs, &options, &mut |item| match item {
        Ok(article) => {
            warn_of_date(&article);
            articles.push(article);
        }
        Err(err) => {
            failed += 1;
            #[allow(clippy::print_stderr)]
            {
                eprintln!("error: {}", crosscheck_report::visible(&err.to_string()));
            }
        }
    });
    (articles, failed)
}

/// Say on stderr, as one line, why an article's publication date was not
/// read, when its input gave one.
pub(crate) fn warn_of_date(article: &Article) {
    if let Some(problem) = &article.meta.date_problem {
        let input = match &article.origin.record_id {
            Some(id) => format!("{} (record {id})", article.origin.source),
            None => article.origin.source.clone(),
        };
        #[allow(clippy::print_stderr)]
        {
            eprintln!(
                "warning: {}: {}",
                crosscheck_report::visible(&input),
                crosscheck_report::visible(problem)
            );
        }
    }
}
