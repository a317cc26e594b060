//! Key names as a keyboard of the screen's language prints them: "Enter" / « Entrée »,
//! "Esc" / « Échap », "Shift" / « Maj ». Letters, digits, arrows and F-keys are the same in
//! both languages and are written as they are.

use super::Text;

pub const ENTER: Text = Text::new("Enter", "Entrée");
pub const ESC: Text = Text::new("Esc", "Échap");
pub const SPACE: Text = Text::new("Space", "Espace");
pub const BACKSPACE: Text = Text::new("Backspace", "Retour arr.");
pub const DEL: Text = Text::new("Del", "Suppr");
pub const HOME_END: Text = Text::new("Home End", "Début Fin");
pub const PG_UP_DOWN: Text = Text::new("PgUp PgDn", "PgPréc PgSuiv");
pub const PG_UP_DOWN_SHORT: Text = Text::new("PgUp/PgDn", "PgPréc/PgSuiv");
pub const SHIFT_ARROWS: Text = Text::new("Shift+↑ ↓", "Maj+↑ ↓");
pub const SHIFT_ARROWS_SHORT: Text = Text::new("Shift+↑↓", "Maj+↑↓");
pub const MOUSE: Text = Text::new("mouse", "souris");
pub const ESC_CTRL_S: Text = Text::new("Esc Ctrl+S", "Échap Ctrl+S");
pub const ESC_CTRL_S_SHORT: Text = Text::new("Esc/Ctrl+S", "Échap/Ctrl+S");
pub const ENTER_Y: Text = Text::new("Enter y", "Entrée o");
pub const ENTER_Y_SHORT: Text = Text::new("Enter/y", "Entrée/o");
pub const ESC_N: Text = Text::new("Esc n", "Échap n");
pub const ESC_N_SHORT: Text = Text::new("Esc/n", "Échap/n");
pub const Q_ESC: Text = Text::new("q Esc", "q Échap");
pub const ESC_Q: Text = Text::new("Esc q", "Échap q");
pub const ESC_LEFT_H: Text = Text::new("Esc ← h", "Échap ← h");
pub const ESC_LEFT: Text = Text::new("Esc/←", "Échap/←");
pub const TAB_ARROWS: Text = Text::new("Tab ↑ ↓", "Tab ↑ ↓");
pub const TAB_ARROWS_SHORT: Text = Text::new("Tab ↑↓", "Tab ↑↓");
pub const ARROWS_HOME_END: Text = Text::new("← → Home End", "← → Début Fin");
pub const ARROWS_TEXT: Text = Text::new("arrows Home End", "flèches Début Fin");
pub const SPACE_X: Text = Text::new("Space x", "Espace x");
pub const N_ESC: Text = Text::new("n/Esc", "n/Échap");
pub const Y_N: Text = Text::new("y / n", "o / n");
pub const HELP: Text = Text::new("? F1", "? F1");
