//! `spiro apply FILE`: a batch of writes, one JSON object per line, each through the command
//! of its operation (`update` with an `id`, `create` without), with a JSON line of outcome per
//! input line.

use std::io::{BufRead as _, Write as _};
use std::str::FromStr as _;

use clap::ArgMatches;
use serde_json::{Map, Value, json};
use spiro_api::reqwest::Method;

use crate::catalog::Operation;
use crate::error::CliError;
use crate::input::Input;
use crate::operation::{planned, stdout};
use crate::session::Session;
use crate::write::{self, Changes, Checks};

/// Largest line read.
const MAX_LINE: u64 = 1024 * 1024;

pub(crate) async fn run(args: &ArgMatches, session: &Session) -> Result<(), CliError> {
    let file = args.get_one::<String>("file").expect("clap requires it");
    let options = Options {
        dry_run: args.get_flag("dry-run"),
        checks: Checks {
            if_changed: args.get_flag("if-changed"),
            verify: args.get_flag("verify"),
        },
    };
    let mut input = Input::open(file)?;
    let mut out = stdout();
    let (mut lines, mut failed) = (0usize, 0usize);
    let mut text = String::new();
    loop {
        text.clear();
        let read = std::io::Read::take(&mut input.reader, MAX_LINE)
            .read_line(&mut text)
            .map_err(|e| input.error(e))?;
        if read == 0 {
            break;
        }
        lines += 1;
        if text.trim().is_empty() {
            continue;
        }
        let (line, outcome) = match serde_json::from_str::<Value>(&text) {
            Ok(line) => {
                let outcome = apply_line(&line, session, &options).await;
                (line, outcome)
            }
            Err(e) => (
                Value::Null,
                Err(CliError::Usage(format!("not a JSON object: {e}"))),
            ),
        };
        let mut report = json!({ "line": lines });
        for key in ["resource", "id"] {
            if let Some(value) = line.get(key) {
                report[key] = value.clone();
            }
        }
        match outcome {
            Ok((status, request)) => {
                report["outcome"] = json!(status);
                if let Some(request) = request {
                    report["request"] = request;
                }
            }
            // A revoked grant fails every line alike: stop at once.
            Err(error) if error.is_reauthorization_required() => {
                out.flush()?;
                return Err(error);
            }
            Err(error) => {
                failed += 1;
                report["outcome"] = json!("failed");
                report["error"] = json!(crate::error::chain(&error));
            }
        }
        serde_json::to_writer(&mut out, &report).map_err(std::io::Error::other)?;
        out.write_all(b"\n")?;
        out.flush()?;
    }
    if failed > 0 {
        return Err(CliError::Failed(format!(
            "{failed} of the lines of {} failed (see their outcome on standard output)",
            input.what
        )));
    }
    Ok(())
}

struct Options {
    dry_run: bool,
    checks: Checks,
}

/// Applies one line; its outcome and, for `--dry-run`, the request it would send.
async fn apply_line(
    line: &Value,
    session: &Session,
    options: &Options,
) -> Result<(&'static str, Option<Value>), CliError> {
    let Value::Object(fields) = line else {
        return Err(CliError::Usage("not a JSON object".to_owned()));
    };
    let resource = fields
        .get("resource")
        .and_then(Value::as_str)
        .ok_or_else(|| CliError::Usage("no `resource`".to_owned()))?;
    let id = fields.get("id").map(id_text).transpose()?;
    let verb = if id.is_some() { "update" } else { "create" };
    let op = Operation::for_resource(resource, verb).ok_or_else(|| {
        CliError::Usage(format!("`{resource}` has no {verb} operation in the spec"))
    })?;
    let kind = op
        .body_kind()
        .expect("create and update operations write a record");
    let known = ["resource", "set", "custom"];
    if let Some(extra) = fields.keys().find(|k| {
        !known.contains(&k.as_str()) && !op.path_params.iter().any(|p| p.wire == k.as_str())
    }) {
        return Err(CliError::Usage(format!("unknown key `{extra}`")));
    }
    let path = fill_path(op, fields)?;
    let changes = Changes::from_json(kind, fields.get("set"), fields.get("custom"))
        .map_err(CliError::Usage)?;
    if changes.is_empty() {
        return Err(CliError::Usage(
            "nothing to write: no `set` or `custom`".to_owned(),
        ));
    }
    let request = session
        .client
        .request(
            Method::from_str(op.method).expect("an HTTP method"),
            path.clone(),
        )
        .operation_id(op.id)
        .json(changes.document(kind, id.as_deref()));
    if options.dry_run {
        return Ok(("planned", Some(planned(&request)?)));
    }
    let read_back = op.read_back().map(|get| {
        session
            .client
            .request(Method::GET, path)
            .operation_id(get.id)
    });
    if write::send_checked(request, read_back, &changes, options.checks)
        .await?
        .is_none()
    {
        return Ok(("unchanged", None));
    }
    Ok((if id.is_some() { "updated" } else { "created" }, None))
}

fn id_text(id: &Value) -> Result<String, CliError> {
    match id {
        Value::String(s) if !s.is_empty() => Ok(s.clone()),
        Value::Number(n) => Ok(n.to_string()),
        _ => Err(CliError::Usage(
            "`id` must be a string or a number".to_owned(),
        )),
    }
}

fn fill_path(op: &Operation, fields: &Map<String, Value>) -> Result<String, CliError> {
    let mut path = op.path.to_owned();
    for param in op.path_params {
        let value = fields
            .get(param.wire)
            .map(id_text)
            .transpose()?
            .ok_or_else(|| CliError::Usage(format!("no `{}`", param.wire)))?;
        path = path.replace(
            &format!("{{{}}}", param.wire),
            &crate::operation::encode_segment(&value),
        );
    }
    Ok(path)
}
