//! `workshop`: the workshop room for one team, on the terminal: on its own practices, or
//! (`--about`) on another team's as it sees them.

use crate::app::Workspace;
use crate::app::i18n::{self, Lang};
use crate::app::room::{in_lang, open, parse_timebox, participants};
use crate::cli::WorkshopArgs;
use crate::error::Error;
use crate::tui::update::room::RoomOptions;

pub fn run(ws: &Workspace, args: &WorkshopArgs, forced: Option<Lang>) -> Result<(), Error> {
    let opened = open(ws, &args.name, &args.team, args.about.as_deref())?;
    let lang = i18n::for_questionnaire(forced, &opened.loaded.assessment.questionnaire.language);
    let timebox = match &args.timebox {
        Some(text) => parse_timebox(lang, text).map_err(|e| in_lang(lang, "--timebox", &e))?,
        None => None,
    };
    let participants = participants(lang, &opened, &args.participants)?;
    crate::tui::run_room(
        ws,
        opened,
        RoomOptions {
            participants,
            timebox,
            anonymous: args.anonymous,
        },
        forced,
    )
}
