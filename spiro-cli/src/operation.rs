//! Running the command of one operation: arguments → a request through spiro-api (its
//! `Client::request`, with the operation's id, so that it takes the path of every generated
//! call), lists through the paging stream, writes with their safety checks, records out in the
//! chosen format.

use std::io::{self, BufWriter, Write};
use std::str::FromStr;

use clap::ArgMatches;
use futures::TryStreamExt;
use serde_json::{Value, json};
use spiro_api::reqwest::Method;
use spiro_api::types::IncludedResource;
use spiro_api::{ListOperation, RawRequest};

use crate::catalog::{Operation, ValueKind};
use crate::commands::DEFAULT_PAGE_SIZE;
use crate::error::CliError;
use crate::input;
use crate::output::fields::{self, Field};
use crate::output::{Format, Picked, RecordWriter};
use crate::session::Session;
use crate::write::{self, Changes, Checks};

/// Standard output, buffered; flushed after each page.
pub(crate) fn stdout() -> BufWriter<io::StdoutLock<'static>> {
    BufWriter::with_capacity(64 * 1024, io::stdout().lock())
}

/// Runs `spiro GROUP VERB …` for `op`.
pub(crate) async fn run(
    op: &'static Operation,
    args: &ArgMatches,
    session: &Session,
) -> Result<(), CliError> {
    let kind = op.record_kind();
    let fields = optional::<String>(args, "fields")
        .map(|list| fields::parse(&list).map_err(CliError::Usage))
        .transpose()?;
    let format = match optional::<String>(args, "output") {
        Some(name) => Format::parse(&name).expect("clap checks the format"),
        None if op.list => Format::Ndjson,
        None => Format::Json,
    };
    let path = fill_path(op, args);
    let walk = op.list && (flag(args, "all") || optional::<u64>(args, "limit").is_some());
    let mut request = session
        .client
        .request(method(op), path.clone())
        .operation_id(op.id);
    for param in op.query_params {
        let paging = matches!(param.wire, "page[number]" | "page[size]");
        if param.wire == "include" || (walk && paging) {
            continue;
        }
        if let Some(value) = query_value(args, param.wire, param.kind) {
            request = request.query(param.wire, value);
        }
    }
    if op.has_include() {
        let mut include: Vec<String> = args
            .get_one::<String>("include")
            .map(|list| list.split(',').map(|s| s.trim().to_owned()).collect())
            .unwrap_or_default();
        for relationship in fields::included_relationships(fields.as_deref().unwrap_or(&[]), kind) {
            if !include.contains(&relationship) {
                include.push(relationship);
            }
        }
        include.retain(|s| !s.is_empty());
        if !include.is_empty() {
            request = request.query("include", include.join(","));
        }
    }

    if op.method == "GET" {
        return if walk {
            list_pages(op, args, request, format, fields).await
        } else {
            read(op, request, format, fields).await
        };
    }
    write(op, args, request, &path, session, format, fields).await
}

fn method(op: &Operation) -> Method {
    Method::from_str(op.method).expect("the spec's methods are HTTP methods")
}

fn flag(args: &ArgMatches, id: &str) -> bool {
    optional::<bool>(args, id).unwrap_or(false)
}

/// The value of an argument that this operation's command may not have.
fn optional<T: Clone + Send + Sync + 'static>(args: &ArgMatches, id: &str) -> Option<T> {
    args.try_get_one::<T>(id).ok().flatten().cloned()
}

/// The path with its parameters filled in, each percent-encoded as one segment.
fn fill_path(op: &Operation, args: &ArgMatches) -> String {
    let mut path = op.path.to_owned();
    for param in op.path_params {
        let value = args
            .get_one::<String>(param.wire)
            .expect("clap requires path parameters");
        path = path.replace(&format!("{{{}}}", param.wire), &encode_segment(value));
    }
    path
}

/// Percent-encodes everything but RFC 3986's unreserved characters, and the dots of a `.` or
/// `..` segment (which would move up the path).
pub(crate) fn encode_segment(text: &str) -> String {
    if text == "." || text == ".." {
        return text.replace('.', "%2E");
    }
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || b"-._~".contains(&byte) {
            out.push(char::from(byte));
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

fn query_value(args: &ArgMatches, id: &str, kind: ValueKind) -> Option<String> {
    match kind {
        ValueKind::Number => optional::<i64>(args, id).map(|n| n.to_string()),
        _ => optional::<String>(args, id),
    }
}

/// `--all` / `--limit N`: every page (or enough of them) through the paging stream, one
/// page requested ahead, each page printed and flushed as it arrives.
async fn list_pages(
    op: &Operation,
    args: &ArgMatches,
    request: RawRequest<'_>,
    format: Format,
    fields: Option<Vec<Field>>,
) -> Result<(), CliError> {
    let limit = optional::<u64>(args, "limit").map(|n| usize::try_from(n).unwrap_or(usize::MAX));
    let mut page_size = optional::<i64>(args, "page[size]").unwrap_or(DEFAULT_PAGE_SIZE);
    if let Some(limit) = limit {
        page_size = page_size.min(i64::try_from(limit).unwrap_or(i64::MAX));
    }
    let mut pages = request
        .pages()
        .page_size(page_size)
        .read_ahead(1)
        .into_stream();
    let mut writer = RecordWriter::new(stdout(), format, fields, op.record_kind());
    'pages: while let Some(page) = pages.try_next().await? {
        for record in &page.items {
            if limit.is_some_and(|limit| writer.count() >= limit) {
                break 'pages;
            }
            writer.record(record, &page.included)?;
        }
        writer.flush()?;
        if limit.is_some_and(|limit| writer.count() >= limit) {
            break;
        }
    }
    // Requests read ahead past the limit are dropped unsent or cancelled.
    drop(pages);
    writer.finish()?;
    Ok(())
}

/// One request; its document printed (a list's page as records).
async fn read(
    op: &Operation,
    request: RawRequest<'_>,
    format: Format,
    fields: Option<Vec<Field>>,
) -> Result<(), CliError> {
    let document: Value = request.send().await?.json()?;
    print_document(op, &document, format, fields)
}

/// Prints a response document: as it came for `-o json` of one record, else its records.
fn print_document(
    op: &Operation,
    document: &Value,
    format: Format,
    fields: Option<Vec<Field>>,
) -> Result<(), CliError> {
    let included: Vec<IncludedResource> = document["included"]
        .as_array()
        .map(|items| {
            items
                .iter()
                .filter_map(|r| serde_json::from_value(r.clone()).ok())
                .collect()
        })
        .unwrap_or_default();
    let mut out = stdout();
    match (&document["data"], format, fields) {
        (Value::Array(records), _, fields) => {
            let mut writer = RecordWriter::new(out, format, fields, op.record_kind());
            for record in records {
                writer.record(record, &included)?;
            }
            writer.finish()?;
        }
        (_, Format::Json, None) => {
            serde_json::to_writer_pretty(&mut out, document).map_err(io::Error::other)?;
            out.write_all(b"\n")?;
            out.flush()?;
        }
        (record, Format::Json, Some(fields)) => {
            let kind = op.record_kind();
            let picked: Vec<(&str, Value)> = fields
                .iter()
                .map(|f| (f.name.as_str(), f.value(record, &included, kind)))
                .collect();
            serde_json::to_writer_pretty(&mut out, &Picked(&picked)).map_err(io::Error::other)?;
            out.write_all(b"\n")?;
            out.flush()?;
        }
        (record, format, fields) => {
            let mut writer = RecordWriter::new(out, format, fields, op.record_kind());
            writer.record(record, &included)?;
            writer.finish()?;
        }
    }
    Ok(())
}

/// POST, PUT, PATCH, DELETE: the body from the flags, then `--dry-run`, `--if-changed`, the
/// write, `--verify`.
async fn write(
    op: &'static Operation,
    args: &ArgMatches,
    request: RawRequest<'_>,
    path: &str,
    session: &Session,
    format: Format,
    fields: Option<Vec<Field>>,
) -> Result<(), CliError> {
    let id = optional::<String>(args, "id");
    let body = match op.body_kind() {
        Some(kind) => Some(match args.get_one::<String>("json-body") {
            Some(file) => input::read_json(file)?,
            None => {
                let mut changes = Changes::default();
                for assignment in args.get_many::<String>("set").into_iter().flatten() {
                    changes.set(kind, assignment)?;
                }
                for assignment in args.get_many::<String>("custom").into_iter().flatten() {
                    changes.custom(assignment)?;
                }
                if changes.is_empty() {
                    return Err(CliError::Usage(
                        "nothing to write: give --set, --custom or --json-body".to_owned(),
                    ));
                }
                changes.document(kind, id.as_deref())
            }
        }),
        None => None,
    };
    let request = match &body {
        Some(body) => request.json(body.clone()),
        None => request,
    };
    if flag(args, "dry-run") {
        let mut out = stdout();
        serde_json::to_writer_pretty(&mut out, &planned(&request)?).map_err(io::Error::other)?;
        out.write_all(b"\n")?;
        out.flush()?;
        return Ok(());
    }
    let read_back = op.read_back().map(|get| {
        session
            .client
            .request(Method::GET, path)
            .operation_id(get.id)
    });
    let checks = Checks {
        if_changed: flag(args, "if-changed"),
        verify: flag(args, "verify"),
    };
    let changes = body.as_ref().map(write::changes_of).unwrap_or_default();
    let Some(response) = write::send_checked(request, read_back, &changes, checks).await? else {
        eprintln!(
            "unchanged: {} {} already holds every value; nothing written",
            op.group,
            id.as_deref().unwrap_or_default()
        );
        return Ok(());
    };
    if response.body().is_empty() {
        eprintln!("{} {}: done ({})", op.group, op.verb, response.status());
    } else {
        let document: Value = response.json()?;
        print_document(op, &document, format, fields)?;
    }
    if checks.verify {
        eprintln!("verified: every value written was read back");
    }
    Ok(())
}

/// What `--dry-run` prints: the request that would be sent (never a header: no token).
pub(crate) fn planned(request: &RawRequest<'_>) -> Result<Value, CliError> {
    Ok(json!({
        "dry_run": true,
        "method": request.method().as_str(),
        "url": request.url()?.as_str(),
        "body": request.body(),
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn path_segments_are_encoded() {
        assert_eq!(encode_segment("3609460"), "3609460");
        assert_eq!(encode_segment("a/b?c d%"), "a%2Fb%3Fc%20d%25");
        assert_eq!(encode_segment(".."), "%2E%2E");
        assert_eq!(encode_segment("v1.2"), "v1.2");
    }
}
