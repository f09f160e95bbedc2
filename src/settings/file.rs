//! What the engine lints one file with: a configuration's settings, the rule table for
//! the file's place, and the resources loaded beside the settings. Borrowed, made per
//! file without copying the settings.

use std::borrow::Cow;

use super::{RuleTable, Settings};
use crate::diagnostic::Severity;
use crate::resources::Resources;
use crate::rules::RuleMeta;

/// Settings for one file: [`Settings::for_path`] (the `[[override]]` entries matching it
/// applied) or `&settings` (none applied), with [`FileSettings::with_resources`] beside.
#[derive(Clone, Debug)]
pub struct FileSettings<'a> {
    settings: &'a Settings,
    rules: Cow<'a, RuleTable>,
    resources: &'a Resources,
}

impl<'a> FileSettings<'a> {
    pub(crate) fn new(settings: &'a Settings, rules: Cow<'a, RuleTable>) -> Self {
        FileSettings {
            settings,
            rules,
            resources: Resources::none(),
        }
    }

    /// With these resources (the spelling dictionary) beside the settings.
    pub fn with_resources(self, resources: &'a Resources) -> Self {
        FileSettings { resources, ..self }
    }

    /// The configuration's settings.
    pub fn settings(&self) -> &'a Settings {
        self.settings
    }

    /// The resources beside them.
    pub fn resources(&self) -> &'a Resources {
        self.resources
    }

    /// The severity a rule runs at in this file, or `None` when it is off.
    pub fn severity_of(&self, meta: &RuleMeta) -> Option<Severity> {
        self.rules.severity_of(meta)
    }

    pub(crate) fn rules(&self) -> &RuleTable {
        &self.rules
    }
}

impl<'a> From<&'a Settings> for FileSettings<'a> {
    fn from(settings: &'a Settings) -> Self {
        FileSettings::new(settings, Cow::Borrowed(settings.rules.table()))
    }
}

/// The same settings again, borrowed: a caller that lints a file more than once (lint,
/// then fix) makes its [`FileSettings`] once.
impl<'b> From<&'b FileSettings<'_>> for FileSettings<'b> {
    fn from(file: &'b FileSettings<'_>) -> Self {
        FileSettings {
            settings: file.settings,
            rules: Cow::Borrowed(&*file.rules),
            resources: file.resources,
        }
    }
}
