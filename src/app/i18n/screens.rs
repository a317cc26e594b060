//! Messages of the screens.

use super::Text;

pub const NA: Text = Text::new("n/a", "s.o.");
pub const UNKNOWN: Text = Text::new("unknown", "ne sait pas");
