//! A date or date-time that may arrive in several forms.
use std::fmt;

use chrono::{DateTime, FixedOffset, NaiveDate, NaiveDateTime};

/// A date or date-time attribute whose format the spec only infers (`created_at`,
/// `updated_at`, `due_at`, … when their evidence is not `live`).
///
/// No source shows whether Spiro sends `2026-09-30`, `2026-09-30T17:00:00Z` or a Unix
/// time, so all decode: any string (kept as it arrived) or a JSON number (seconds since
/// the Unix epoch). The accessors read what they can and return `None` otherwise; the value
/// is sent back as it arrived.
///
/// ```
/// use spiro_api::Timestamp;
/// let date: Timestamp = serde_json::from_str("\"2026-09-30\"").unwrap();
/// let time: Timestamp = serde_json::from_str("\"2026-09-30T17:00:00+02:00\"").unwrap();
/// let epoch: Timestamp = serde_json::from_str("1790773200").unwrap();
/// let day = chrono::NaiveDate::from_ymd_opt(2026, 9, 30);
/// assert_eq!((date.as_date(), date.as_datetime()), (day, None));
/// assert_eq!(time.as_date(), day);
/// assert_eq!(time.as_datetime().unwrap().to_rfc3339(), "2026-09-30T17:00:00+02:00");
/// assert_eq!(epoch.as_datetime().unwrap().to_rfc3339(), "2026-09-30T13:00:00+00:00");
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Timestamp {
    text: String,
    /// Arrived as a JSON number (seconds since the epoch).
    number: bool,
}

impl Timestamp {
    /// The value as it arrived, e.g. `2026-09-30` or `1790773200`.
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// The instant, when the value has a time and an offset (RFC 3339, e.g.
    /// `2026-09-30T17:00:00Z`), or is a number of seconds since the epoch (in UTC).
    pub fn as_datetime(&self) -> Option<DateTime<FixedOffset>> {
        if self.number {
            let seconds = self.text.parse::<f64>().ok().filter(|s| s.is_finite())?;
            if seconds.abs() > 1.0e12 {
                return None;
            }
            return DateTime::from_timestamp(seconds.trunc() as i64, 0).map(|t| t.fixed_offset());
        }
        let text = self.text.trim();
        DateTime::parse_from_rfc3339(text)
            .or_else(|_| DateTime::parse_from_str(text, "%Y-%m-%d %H:%M:%S%.f%:z"))
            .ok()
    }

    /// The calendar date: of a date (`2026-09-30`), of a date-time in its own offset, of a
    /// date-time without offset, or of a Unix time in UTC.
    pub fn as_date(&self) -> Option<NaiveDate> {
        if let Some(instant) = self.as_datetime() {
            return Some(instant.date_naive());
        }
        let text = self.text.trim();
        NaiveDate::parse_from_str(text, "%Y-%m-%d")
            .ok()
            .or_else(|| {
                ["%Y-%m-%dT%H:%M:%S%.f", "%Y-%m-%d %H:%M:%S%.f"]
                    .iter()
                    .find_map(|f| NaiveDateTime::parse_from_str(text, f).ok())
                    .map(|t| t.date())
            })
    }
}

impl fmt::Display for Timestamp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text)
    }
}

impl From<NaiveDate> for Timestamp {
    /// Sent as `YYYY-MM-DD`.
    fn from(date: NaiveDate) -> Self {
        date.format("%Y-%m-%d").to_string().into()
    }
}

impl<Tz: chrono::TimeZone> From<DateTime<Tz>> for Timestamp
where
    Tz::Offset: fmt::Display,
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
        Self {
            text,
            number: false,
        }
    }
}

impl serde::Serialize for Timestamp {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        if self.number
            && let Ok(n) = serde_json::from_str::<serde_json::Number>(&self.text)
        {
            return n.serialize(s);
        }
        s.serialize_str(&self.text)
    }
}

impl<'de> serde::Deserialize<'de> for Timestamp {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        #[derive(serde::Deserialize)]
        #[serde(untagged)]
        enum Wire {
            Text(String),
            Number(serde_json::Number),
        }
        Ok(match Wire::deserialize(d)? {
            Wire::Text(text) => text.into(),
            Wire::Number(n) => Self {
                text: n.to_string(),
                number: true,
            },
        })
    }
}

impl schemars::JsonSchema for Timestamp {
    fn schema_name() -> String {
        "Timestamp".to_owned()
    }

    fn json_schema(_: &mut schemars::r#gen::SchemaGenerator) -> schemars::schema::Schema {
        use schemars::schema::{InstanceType, SchemaObject};
        SchemaObject {
            instance_type: Some(vec![InstanceType::String, InstanceType::Number].into()),
            ..Default::default()
        }
        .into()
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
    fn dates_date_times_and_unix_times() {
        let day = NaiveDate::from_ymd_opt(2026, 1, 5);
        for wire in [
            "\"2026-01-05\"",
            "\"2026-01-05T08:30:00Z\"",
            "\"2026-01-05T08:30:00.123-05:00\"",
            "\"2026-01-05 08:30:00\"",
            "\"2026-01-05T08:30:00\"",
            "1767601800",
        ] {
            assert_eq!(ts(wire).as_date(), day, "{wire}");
            assert_eq!(serde_json::to_string(&ts(wire)).unwrap(), wire);
        }
        assert_eq!(ts("\"2026-01-05\"").as_datetime(), None);
        assert_eq!(ts("\"2026-01-05T08:30:00\"").as_datetime(), None);
        assert_eq!(
            ts("1767601800").as_datetime().unwrap().to_rfc3339(),
            "2026-01-05T08:30:00+00:00"
        );
        assert_eq!(ts("\"next Tuesday\"").as_date(), None);
        assert_eq!(ts("\"next Tuesday\"").as_str(), "next Tuesday");
        assert!(serde_json::from_str::<Timestamp>("true").is_err());
        assert!(serde_json::from_str::<Timestamp>("{}").is_err());
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
