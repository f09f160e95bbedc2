//! Today's date in the local time zone: the publication date of a release that names
//! none in its front matter or file name, and the "today" date rules compare against.

use jiff::civil::Date;
use jiff::tz::TimeZone;
use jiff::{Timestamp, ZonedDateTime};

/// Where Unix keeps the system's time zone (TZif data, usually a link into zoneinfo).
#[cfg(unix)]
const LOCALTIME: &str = "/etc/localtime";

/// Today in the system's time zone, the date `ZonedDateTime::now()` gives. With `TZ`
/// unset, the zone is read straight from `/etc/localtime`: jiff would first look the
/// link's zone name up in its time zone database, whose first use lists the whole
/// zoneinfo folder (about 1,800 files; 8% of the CPU of a one-release run) only to
/// open the very file the link points at. The date is the same either way; anything
/// unusual (`TZ` set, no readable file) takes jiff's own path.
pub fn today() -> Date {
    #[cfg(unix)]
    if std::env::var_os("TZ").is_none() {
        let zone = std::fs::read(LOCALTIME)
            .ok()
            .and_then(|data| TimeZone::tzif("localtime", &data).ok());
        if let Some(zone) = zone {
            return Timestamp::now().to_zoned_datetime(zone).date();
        }
    }
    ZonedDateTime::now().date()
}
