//! What a lint may use that is loaded rather than configured: the spelling dictionary.
//! The caller loads it once (the library does no I/O) and shares it; it travels beside
//! the settings ([`crate::settings::FileSettings::with_resources`]), never inside them.

use std::sync::Arc;

use crate::spell::Dictionary;

/// Loaded resources, shared by every file that uses them.
#[derive(Clone, Debug, Default)]
pub struct Resources {
    dictionary: Option<Arc<Dictionary>>,
}

static NONE: Resources = Resources { dictionary: None };

impl Resources {
    /// Nothing loaded.
    pub fn none() -> &'static Resources {
        &NONE
    }

    /// With the dictionary `spell/unknown-word` checks against. Without one that rule
    /// finds nothing.
    pub fn with_dictionary(self, dictionary: Arc<Dictionary>) -> Self {
        Resources {
            dictionary: Some(dictionary),
        }
    }

    /// The spelling dictionary, if one is loaded.
    pub fn dictionary(&self) -> Option<&Dictionary> {
        self.dictionary.as_deref()
    }
}
