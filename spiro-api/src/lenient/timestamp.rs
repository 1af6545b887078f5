//! A date or date-time that may arrive in several forms.

use chrono::{DateTime, FixedOffset, NaiveDate, NaiveDateTime};
use serde_json::{Map, Value};

use super::{Forms, Lenient, lenient_type};

/// A date or date-time attribute whose format the spec only infers: `close_at`, and
/// `created_at`, `updated_at`, `due_at`, … (every date attribute until captured responses show
/// one format).
///
/// No source shows whether Spiro sends `2026-09-30`, `2026-09-30T17:00:00Z` or a Unix
/// time, and one caller reads `close_at` as an object, so all of these decode: any string
/// (kept as it arrived), a JSON number (seconds since the Unix epoch), or an object with a
/// date inside (its `date` or `value` member, else the first member that reads as a date,
/// e.g. `{"date": "2026-09-30"}`). The accessors read what they can and return `None`
/// otherwise; the value is sent back as it arrived. Anything else (a boolean, an array, an
/// object without a date) does not decode: the record then fails alone, with its raw JSON.
///
/// ```
/// use spiro_api::Timestamp;
/// let date: Timestamp = serde_json::from_str("\"2026-09-30\"").unwrap();
/// let time: Timestamp = serde_json::from_str("\"2026-09-30T17:00:00+02:00\"").unwrap();
/// let epoch: Timestamp = serde_json::from_str("1790773200").unwrap();
/// let object: Timestamp = serde_json::from_str(r#"{"date": "2026-09-30"}"#).unwrap();
/// let day = chrono::NaiveDate::from_ymd_opt(2026, 9, 30);
/// assert_eq!((date.as_date(), date.as_datetime()), (day, None));
/// assert_eq!(time.as_date(), day);
/// assert_eq!(time.as_datetime().unwrap().to_rfc3339(), "2026-09-30T17:00:00+02:00");
/// assert_eq!(epoch.as_datetime().unwrap().to_rfc3339(), "2026-09-30T13:00:00+00:00");
/// assert_eq!((object.as_str(), object.as_date()), ("2026-09-30", day));
/// assert_eq!(serde_json::to_string(&object).unwrap(), r#"{"date":"2026-09-30"}"#);
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Timestamp(Lenient);

lenient_type!(
    Timestamp,
    Forms {
        expecting: "a date or date-time string, a Unix time, or an object with a date inside",
        number: true,
        boolean: false,
        object: Some(date_inside),
    }
);

/// The members of a date object that hold its date, in the order they are tried (P11 reads
/// `value` and `date`).
const DATE_MEMBERS: [&str; 2] = ["date", "value"];

/// The date an object holds: its `date` or `value` member (a string or a number), else the
/// first string member that reads as a date.
fn date_inside(object: &Map<String, Value>) -> Option<String> {
    let scalar = |v: &Value| match v {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    };
    DATE_MEMBERS
        .iter()
        .find_map(|m| object.get(*m).and_then(scalar))
        .or_else(|| {
            object.values().find_map(|v| match v {
                Value::String(s) if read_date(s).is_some() => Some(s.clone()),
                _ => None,
            })
        })
}

impl Timestamp {
    /// The value as it arrived (for a date object, the date inside it), e.g. `2026-09-30` or
    /// `1790773200`.
    pub fn as_str(&self) -> &str {
        self.0.as_str()
    }

    /// The instant, when the value has a time and an offset (RFC 3339, e.g.
    /// `2026-09-30T17:00:00Z`), or is a number of seconds since the epoch (in UTC), sent as a
    /// JSON number or as digits.
    pub fn as_datetime(&self) -> Option<DateTime<FixedOffset>> {
        read_instant(self.as_str())
    }

    /// The calendar date: of a date (`2026-09-30`), of a date-time in its own offset, of a
    /// date-time without offset, or of a Unix time in UTC.
    pub fn as_date(&self) -> Option<NaiveDate> {
        read_date(self.as_str())
    }
}

/// The instant `text` spells: RFC 3339 (or with a space for `T`), or Unix seconds.
fn read_instant(text: &str) -> Option<DateTime<FixedOffset>> {
    let text = text.trim();
    let unix_seconds = text
        .bytes()
        .all(|b| b.is_ascii_digit() || b == b'.' || b == b'-')
        .then(|| text.parse::<f64>().ok())
        .flatten()
        .filter(|s| s.is_finite());
    if let Some(seconds) = unix_seconds {
        if seconds.abs() > 1.0e12 {
            return None;
        }
        return DateTime::from_timestamp(seconds.trunc() as i64, 0).map(|t| t.fixed_offset());
    }
    DateTime::parse_from_rfc3339(text)
        .or_else(|_| DateTime::parse_from_str(text, "%Y-%m-%d %H:%M:%S%.f%:z"))
        .ok()
}

fn read_date(text: &str) -> Option<NaiveDate> {
    if let Some(instant) = read_instant(text) {
        return Some(instant.date_naive());
    }
    let text = text.trim();
    NaiveDate::parse_from_str(text, "%Y-%m-%d")
        .ok()
        .or_else(|| {
            ["%Y-%m-%dT%H:%M:%S%.f", "%Y-%m-%d %H:%M:%S%.f"]
                .iter()
                .find_map(|f| NaiveDateTime::parse_from_str(text, f).ok())
                .map(|t| t.date())
        })
}

impl From<NaiveDate> for Timestamp {
    /// Sent as `YYYY-MM-DD`.
    fn from(date: NaiveDate) -> Self {
        date.format("%Y-%m-%d").to_string().into()
    }
}

impl<Tz: chrono::TimeZone> From<DateTime<Tz>> for Timestamp
where
    Tz::Offset: std::fmt::Display,
{
    /// Sent as RFC 3339.
    fn from(instant: DateTime<Tz>) -> Self {
        instant.to_rfc3339().into()
    }
}

impl From<&str> for Timestamp {
    fn from(text: &str) -> Self {
        text.to_owned().into()
    }
}

impl From<String> for Timestamp {
    fn from(text: String) -> Self {
        Self(Lenient::string(text))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn ts(wire: &str) -> Timestamp {
        serde_json::from_str(wire).unwrap()
    }

    #[test]
    fn dates_date_times_unix_times_and_date_objects() {
        let day = NaiveDate::from_ymd_opt(2026, 1, 5);
        for wire in [
            "\"2026-01-05\"",
            "\"2026-01-05T08:30:00Z\"",
            "\"2026-01-05T08:30:00.123-05:00\"",
            "\"2026-01-05 08:30:00\"",
            "\"2026-01-05T08:30:00\"",
            "1767601800",
            "\"1767601800\"",
            "{\"date\":\"2026-01-05\"}",
            "{\"value\":\"2026-01-05T08:30:00Z\",\"label\":\"Jan 5\"}",
            "{\"value\":1767601800}",
            "{\"label\":\"Jan 5\",\"when\":\"2026-01-05\"}",
        ] {
            assert_eq!(ts(wire).as_date(), day, "{wire}");
            assert_eq!(
                serde_json::to_value(ts(wire)).unwrap(),
                serde_json::from_str::<Value>(wire).unwrap(),
                "{wire}"
            );
        }
        assert_eq!(ts("\"2026-01-05\"").as_datetime(), None);
        assert_eq!(ts("\"2026-01-05T08:30:00\"").as_datetime(), None);
        assert_eq!(
            ts("1767601800").as_datetime().unwrap().to_rfc3339(),
            "2026-01-05T08:30:00+00:00"
        );
        assert_eq!(ts("\"next Tuesday\"").as_date(), None);
        assert_eq!(ts("\"next Tuesday\"").as_str(), "next Tuesday");
    }

    #[test]
    fn booleans_arrays_and_objects_without_a_date_are_refused() {
        for wire in [
            "true",
            "[]",
            "{}",
            "{\"label\":\"soon\"}",
            "{\"date\":true}",
        ] {
            let err = serde_json::from_str::<Timestamp>(wire).expect_err(wire);
            assert!(
                err.to_string().contains("a date or date-time string"),
                "{err}"
            );
        }
    }

    #[test]
    fn built_values_are_strings() {
        let day = NaiveDate::from_ymd_opt(2026, 9, 30).unwrap();
        assert_eq!(
            serde_json::to_string(&Timestamp::from(day)).unwrap(),
            "\"2026-09-30\""
        );
    }

    proptest! {
        #[test]
        fn any_input_decodes_or_errors_and_reads_without_panicking(text in ".{0,40}") {
            if let Ok(value) = serde_json::from_str::<Timestamp>(&text) {
                let _ = (value.as_date(), value.as_datetime());
            }
            let value = Timestamp::from(text.as_str());
            let _ = (value.as_date(), value.as_datetime());
        }

        #[test]
        fn any_number_reads_without_panicking(n in any::<f64>(), i in any::<i64>()) {
            if let Ok(value) = serde_json::from_str::<Timestamp>(&n.to_string()) {
                let _ = (value.as_date(), value.as_datetime());
            }
            let value: Timestamp = serde_json::from_str(&i.to_string()).unwrap();
            let _ = (value.as_date(), value.as_datetime());
        }
    }
}
