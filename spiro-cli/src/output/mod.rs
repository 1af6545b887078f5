//! Writing records to standard output as `json`, `ndjson`, `csv` or `table`, one at a time:
//! nothing but the table's first rows is kept (the table sizes its columns on them).

pub(crate) mod fields;

use std::io::{self, Write};

use serde_json::Value;
use spiro_api::spiro_auth::transport::escape_control;
use spiro_api::types::IncludedResource;
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

use crate::catalog::RecordKind;
use fields::Field;

/// An output format (`-o`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Format {
    Json,
    Ndjson,
    Csv,
    Table,
}

impl Format {
    pub(crate) const NAMES: [&'static str; 4] = ["json", "ndjson", "csv", "table"];

    pub(crate) fn parse(name: &str) -> Option<Format> {
        match name {
            "json" => Some(Format::Json),
            "ndjson" => Some(Format::Ndjson),
            "csv" => Some(Format::Csv),
            "table" => Some(Format::Table),
            _ => None,
        }
    }
}

/// Rows the table sizes its columns on before it prints any.
const TABLE_SAMPLE: usize = 100;
/// Widest table column, in terminal cells.
const TABLE_MAX_WIDTH: usize = 40;

/// Writes a sequence of records in one format.
pub(crate) struct RecordWriter<W: Write> {
    out: W,
    format: Format,
    /// `None`: whole records (JSON formats); CSV and table always have columns.
    fields: Option<Vec<Field>>,
    kind: Option<&'static RecordKind>,
    /// Records written so far.
    count: usize,
    table: Table,
}

#[derive(Default)]
struct Table {
    /// Rows waiting for the widths to be known.
    sample: Vec<Vec<String>>,
    widths: Option<Vec<usize>>,
}

impl<W: Write> RecordWriter<W> {
    /// A writer of records of `kind` (when known); `fields` from `--fields`, if given.
    pub(crate) fn new(
        out: W,
        format: Format,
        fields: Option<Vec<Field>>,
        kind: Option<&'static RecordKind>,
    ) -> Self {
        let fields = match format {
            Format::Csv | Format::Table => Some(fields.unwrap_or_else(|| fields::defaults(kind))),
            Format::Json | Format::Ndjson => fields,
        };
        RecordWriter {
            out,
            format,
            fields,
            kind,
            count: 0,
            table: Table::default(),
        }
    }

    /// Writes one record (with the `included` records of its document).
    pub(crate) fn record(
        &mut self,
        record: &Value,
        included: &[IncludedResource],
    ) -> io::Result<()> {
        let fields = self.fields.take();
        let outcome = self.write(record, included, fields.as_deref());
        self.fields = fields;
        outcome
    }

    fn write(
        &mut self,
        record: &Value,
        included: &[IncludedResource],
        fields: Option<&[Field]>,
    ) -> io::Result<()> {
        let picked = fields.map(|fields| {
            fields
                .iter()
                .map(|f| (f.name.as_str(), f.value(record, included, self.kind)))
                .collect::<Vec<_>>()
        });
        let first = self.count == 0;
        self.count += 1;
        match (self.format, picked) {
            (Format::Ndjson, None) => {
                serde_json::to_writer(&mut self.out, record)?;
                self.out.write_all(b"\n")
            }
            (Format::Ndjson, Some(picked)) => {
                serde_json::to_writer(&mut self.out, &Picked(&picked))?;
                self.out.write_all(b"\n")
            }
            (Format::Json, picked) => {
                self.out.write_all(if first { b"[\n" } else { b",\n" })?;
                let text = match &picked {
                    Some(picked) => serde_json::to_string_pretty(&Picked(picked)),
                    None => serde_json::to_string_pretty(record),
                }
                .map_err(io::Error::other)?;
                for (i, line) in text.lines().enumerate() {
                    if i > 0 {
                        self.out.write_all(b"\n")?;
                    }
                    write!(self.out, "  {line}")?;
                }
                Ok(())
            }
            (Format::Csv, Some(picked)) => {
                if first {
                    let header: Vec<&str> = picked.iter().map(|(name, _)| *name).collect();
                    self.csv_row(header.iter().map(|h| spreadsheet_safe(h)))?;
                }
                let cells: Vec<String> = picked.iter().map(|(_, v)| csv_cell(v)).collect();
                self.csv_row(cells.into_iter())
            }
            (Format::Table, Some(picked)) => {
                if first {
                    let header = picked.iter().map(|(name, _)| name.to_string()).collect();
                    self.table.sample.push(header);
                }
                let cells = picked.iter().map(|(_, v)| table_cell(v)).collect();
                self.table_row(cells)
            }
            (Format::Csv | Format::Table, None) => unreachable!("CSV and tables have columns"),
        }
    }

    /// Writes out what is buffered, so that a reader sees every record written so far.
    pub(crate) fn flush(&mut self) -> io::Result<()> {
        self.out.flush()
    }

    /// Ends the output (closes the JSON array, prints a short table) and flushes.
    pub(crate) fn finish(mut self) -> io::Result<W> {
        match self.format {
            Format::Json if self.count == 0 => self.out.write_all(b"[]\n")?,
            Format::Json => self.out.write_all(b"\n]\n")?,
            Format::Table => {
                if self.count == 0 && self.table.sample.is_empty() {
                    let header = self
                        .fields
                        .iter()
                        .flatten()
                        .map(|f| f.name.clone())
                        .collect();
                    self.table.sample.push(header);
                }
                self.print_sample()?;
            }
            Format::Ndjson | Format::Csv => {}
        }
        self.out.flush()?;
        Ok(self.out)
    }

    /// Records written.
    pub(crate) fn count(&self) -> usize {
        self.count
    }

    /// One RFC 4180 row: a cell with a comma, a quote or a line break is quoted (quotes
    /// doubled); rows end with CRLF.
    fn csv_row(&mut self, cells: impl Iterator<Item = String>) -> io::Result<()> {
        for (i, cell) in cells.enumerate() {
            if i > 0 {
                self.out.write_all(b",")?;
            }
            if cell.contains([',', '"', '\r', '\n']) {
                write!(self.out, "\"{}\"", cell.replace('"', "\"\""))?;
            } else {
                self.out.write_all(cell.as_bytes())?;
            }
        }
        self.out.write_all(b"\r\n")
    }

    fn table_row(&mut self, cells: Vec<String>) -> io::Result<()> {
        if self.table.widths.is_none() {
            self.table.sample.push(cells);
            if self.table.sample.len() > TABLE_SAMPLE {
                self.print_sample()?;
            }
            return Ok(());
        }
        self.print_table_row(&cells)
    }

    fn print_sample(&mut self) -> io::Result<()> {
        let sample = std::mem::take(&mut self.table.sample);
        if self.table.widths.is_none() {
            let columns = sample.first().map_or(0, Vec::len);
            let widths = (0..columns)
                .map(|c| {
                    sample
                        .iter()
                        .map(|row| row[c].width())
                        .max()
                        .unwrap_or(0)
                        .min(TABLE_MAX_WIDTH)
                })
                .collect();
            self.table.widths = Some(widths);
        }
        for row in &sample {
            self.print_table_row(row)?;
        }
        Ok(())
    }

    fn print_table_row(&mut self, cells: &[String]) -> io::Result<()> {
        let widths = self.table.widths.as_ref().expect("widths are known");
        let mut line = String::new();
        for (i, (cell, width)) in cells.iter().zip(widths).enumerate() {
            let cell = fit(cell, *width);
            line.push_str(&cell);
            if i + 1 < cells.len() {
                line.push_str(&" ".repeat(width - cell.width() + 2));
            }
        }
        writeln!(self.out, "{}", line.trim_end())
    }
}

/// Picked fields as a JSON object, in the order of `--fields`.
pub(crate) struct Picked<'a>(pub(crate) &'a [(&'a str, Value)]);

impl serde::Serialize for Picked<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = s.serialize_map(Some(self.0.len()))?;
        for (name, value) in self.0 {
            map.serialize_entry(name, value)?;
        }
        map.end()
    }
}

/// A value as text: strings as they are, `null` as nothing, anything else as JSON.
fn text(value: &Value) -> String {
    match value {
        Value::Null => String::new(),
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// A CSV cell that a spreadsheet shows as text: a text value starting with `=`, `+`, `-`,
/// `@`, a tab or a carriage return (which spreadsheets read as a formula) gets a leading `'`.
/// Numbers stay numbers.
fn csv_cell(value: &Value) -> String {
    match value {
        Value::Number(_) | Value::Bool(_) | Value::Null => text(value),
        other => spreadsheet_safe(&text(other)),
    }
}

fn spreadsheet_safe(text: &str) -> String {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text.to_owned()
    }
}

/// A table cell on one line, with control characters (terminal escapes) shown escaped.
fn table_cell(value: &Value) -> String {
    escape_control(&text(value)).into_owned()
}

/// `cell` cut to `width` terminal cells, with `…` where it was cut.
fn fit(cell: &str, width: usize) -> String {
    if cell.width() <= width {
        return cell.to_owned();
    }
    let mut out = String::new();
    let mut used = 0;
    for c in cell.chars() {
        let w = c.width().unwrap_or(0);
        if used + w + 1 > width {
            break;
        }
        out.push(c);
        used += w;
    }
    out.push('…');
    out
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    fn render(format: Format, fields: Option<&str>, records: &[Value]) -> String {
        let fields = fields.map(|f| fields::parse(f).unwrap());
        let kind = crate::catalog::record_kind("company");
        let mut writer = RecordWriter::new(Vec::new(), format, fields, kind);
        for record in records {
            writer.record(record, &[]).unwrap();
        }
        String::from_utf8(writer.finish().unwrap()).unwrap()
    }

    fn companies() -> Vec<Value> {
        vec![
            json!({ "id": "1", "type": "company", "attributes": { "name": "Watkins, \"the\" roofers", "phone": 4155550100_i64 } }),
            json!({ "id": "2", "type": "company", "attributes": { "name": "=HYPERLINK(\"http://evil\")", "city": "-Zürich\u{1b}[31m", "custom": { "tier": -3 } } }),
        ]
    }

    #[test]
    fn every_format_of_the_same_records() {
        let records = companies();
        let fields = Some("id,name,city,custom.tier");
        insta::assert_snapshot!("json", render(Format::Json, None, &records));
        insta::assert_snapshot!("json_fields", render(Format::Json, fields, &records));
        insta::assert_snapshot!("ndjson", render(Format::Ndjson, None, &records));
        insta::assert_snapshot!("ndjson_fields", render(Format::Ndjson, fields, &records));
        insta::assert_snapshot!("csv", render(Format::Csv, fields, &records));
        insta::assert_snapshot!("table", render(Format::Table, fields, &records));
        insta::assert_snapshot!(
            "table_default_columns",
            render(Format::Table, None, &records)
        );
        insta::assert_snapshot!("json_empty", render(Format::Json, None, &[]));
        insta::assert_snapshot!("table_empty", render(Format::Table, fields, &[]));
    }

    #[test]
    fn csv_is_rfc_4180_and_safe_in_a_spreadsheet() {
        let csv = render(Format::Csv, Some("id,name,city,custom.tier"), &companies());
        let lines: Vec<&str> = csv.split("\r\n").collect();
        assert_eq!(lines[0], "id,name,city,custom.tier");
        assert_eq!(lines[1], "1,\"Watkins, \"\"the\"\" roofers\",,");
        assert!(
            lines[2].starts_with("2,\"'=HYPERLINK(\"\"http://evil\"\")\",'-Zürich"),
            "{}",
            lines[2]
        );
        assert!(
            lines[2].ends_with(",-3"),
            "numbers stay numbers: {}",
            lines[2]
        );
        assert_eq!(lines[3], "");
    }

    #[test]
    fn long_table_cells_are_cut_after_the_sample() {
        let mut records: Vec<Value> = (0..TABLE_SAMPLE + 2)
            .map(|i| json!({ "id": i.to_string(), "attributes": { "name": "short" } }))
            .collect();
        records.push(json!({ "id": "late", "attributes": { "name": "a name far longer than any of the first rows" } }));
        let table = render(Format::Table, Some("id,name"), &records);
        let last = table.lines().last().unwrap();
        // The columns were sized on the header and the first 100 rows.
        assert_eq!(last, "l…  a na…");
        assert_eq!(table.lines().count(), records.len() + 1);
    }
}
