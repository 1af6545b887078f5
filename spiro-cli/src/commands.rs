//! The `spiro` command tree: one command per operation of the catalog (`spiro GROUP VERB`,
//! path parameters as positional arguments, query parameters as flags), and the hand-written
//! commands around them (`auth`, `api`, `apply`, `doctor`, `completion`).

use clap::{Arg, ArgAction, Command, value_parser};

use crate::catalog::{self, Operation, Param, ValueKind};
use crate::error::EXIT_CODES_HELP;
use crate::output::Format;

/// Records per page when a list walks its pages (`--all`, `--limit`) and `--page-size` is not
/// given: the largest size known to work live.
pub(crate) const DEFAULT_PAGE_SIZE: i64 = 100;

const CONFIG_HELP: &str = "\
Configuration (environment variables win over the profile):
  SPIRO_CLIENT_ID, SPIRO_CLIENT_SECRET, SPIRO_REDIRECT_URI   the app registered in Spiro
  SPIRO_TOKEN_FILE   the token file (default: <profile>.tokens.json beside the config file)
  SPIRO_OAUTH_URL, SPIRO_API_URL   for a sandbox such as spiro-mock
  SPIRO_PROFILE, SPIRO_CONFIG   the profile, and the config file (default: spiro/config.toml in
                     the platform's config directory; refused if others can read it)
The client secret is never a flag. `spiro doctor` shows where each setting comes from.";

/// The whole command tree.
pub(crate) fn command() -> Command {
    let mut root = Command::new("spiro")
        .version(env!("CARGO_PKG_VERSION"))
        .about("The Spiro CRM API from the command line: every operation of the spec")
        .long_about(
            "The Spiro CRM API from the command line: every operation of the spec, with the \
             tokens, retries and error handling of the spiro-api SDK.\n\nLog in once with \
             `spiro auth login`; then `spiro GROUP VERB`, e.g. `spiro opportunities list --all`.",
        )
        .subcommand_required(true)
        .arg_required_else_help(true)
        .after_help(format!("{CONFIG_HELP}\n\n{EXIT_CODES_HELP}"))
        .arg(
            Arg::new("profile")
                .long("profile")
                .global(true)
                .value_name("NAME")
                .help("The profile of the config file to use (default: $SPIRO_PROFILE, then the file's default_profile, then `default`)"),
        )
        .arg(
            Arg::new("debug")
                .long("debug")
                .global(true)
                .action(ArgAction::SetTrue)
                .help("Log requests, retries and token refreshes to stderr (secrets are never logged)"),
        );
    for group in catalog::groups() {
        let mut command = Command::new(group.name)
            .about(group.about)
            .subcommand_required(true)
            .arg_required_else_help(true);
        for op in catalog::operations()
            .iter()
            .filter(|o| o.group == group.name)
        {
            command = command.subcommand(operation(op));
        }
        root = root.subcommand(command);
    }
    root.subcommand(auth())
        .subcommand(api())
        .subcommand(apply())
        .subcommand(doctor())
        .subcommand(completion())
}

/// The command of one operation.
fn operation(op: &'static Operation) -> Command {
    let mut command = Command::new(op.verb)
        .about(op.summary)
        .long_about(format!(
            "{}.\n\n{}",
            op.summary.trim_end_matches('.'),
            op.description
        ))
        .after_help(format!(
            "Operation `{}`: {} {}. Evidence: {}.\n\nExample:\n  {}",
            op.id,
            op.method,
            op.path,
            op.evidence,
            example(op)
        ));
    for param in op.path_params {
        command = command.arg(
            Arg::new(param.wire)
                .value_name(param.wire.to_ascii_uppercase())
                .required(true)
                .help(param.help),
        );
    }
    for param in op.query_params {
        command = command.arg(query_flag(param));
    }
    if op.list {
        let mut all = Arg::new("all")
            .long("all")
            .action(ArgAction::SetTrue)
            .help_heading("Paging")
            .help("Every page, streamed (the next page is requested while this one prints)")
            .conflicts_with("limit");
        let mut limit = Arg::new("limit")
            .long("limit")
            .value_name("N")
            .value_parser(value_parser!(u64).range(1..))
            .help_heading("Paging")
            .help("The first N records, from as many pages as needed");
        if op.query_params.iter().any(|p| p.wire == "page[number]") {
            all = all.conflicts_with("page[number]");
            limit = limit.conflicts_with("page[number]");
        }
        command = command.arg(all).arg(limit);
    }
    if op.record.is_some() {
        let default = if op.list { "ndjson" } else { "json" };
        command = command
            .arg(
                Arg::new("output")
                    .short('o')
                    .long("output")
                    .value_name("FORMAT")
                    .value_parser(Format::NAMES)
                    .help_heading("Output")
                    .help(format!(
                        "json, ndjson (one record per line), csv (RFC 4180, safe in spreadsheets) or table [default: {default}]"
                    )),
            )
            .arg(
                Arg::new("fields")
                    .long("fields")
                    .value_name("LIST")
                    .help_heading("Output")
                    .help("Columns, e.g. id,name,custom.bc_packaging_quote,user.email (a relationship's fields are read from `included`, which is then requested)"),
            );
    }
    if let Some(kind) = op.body_kind() {
        let attributes: Vec<String> = kind
            .attributes
            .iter()
            .filter(|a| !a.read_only)
            .map(|a| format!("{} ({})", a.name, kind_name(a.kind)))
            .collect();
        let help = command
            .get_after_help()
            .map(|h| h.to_string())
            .unwrap_or_default();
        command = command.after_help(format!(
            "Attributes for --set: {}. Custom fields: --custom KEY=VALUE.\n\n{help}",
            attributes.join(", ")
        ));
        command = command
            .arg(
                Arg::new("set")
                    .long("set")
                    .value_name("NAME=VALUE")
                    .action(ArgAction::Append)
                    .help_heading("Writing")
                    .help(
                        "Set an attribute, typed as the spec says; NAME:=JSON sends JSON as it is",
                    ),
            )
            .arg(
                Arg::new("custom")
                    .long("custom")
                    .value_name("KEY=VALUE")
                    .action(ArgAction::Append)
                    .help_heading("Writing")
                    .help("Set a custom field (text); KEY:=JSON sends JSON as it is"),
            )
            .arg(
                Arg::new("json-body")
                    .long("json-body")
                    .value_name("FILE")
                    .conflicts_with_all(["set", "custom"])
                    .help_heading("Writing")
                    .help("Send this JSON:API document instead (`-` reads standard input)"),
            );
        if op.read_back().is_some() {
            command = command
                .arg(
                    Arg::new("if-changed")
                        .long("if-changed")
                        .action(ArgAction::SetTrue)
                        .help_heading("Writing")
                        .help("Read the record first; write only if a value differs (nothing to do is success)"),
                )
                .arg(
                    Arg::new("verify")
                        .long("verify")
                        .action(ArgAction::SetTrue)
                        .help_heading("Writing")
                        .help("Read the record back after the write; fail if Spiro did not keep every value"),
                );
        }
    }
    if op.method != "GET" {
        command = command.arg(
            Arg::new("dry-run")
                .long("dry-run")
                .action(ArgAction::SetTrue)
                .help_heading("Writing")
                .help("Print the request that would be sent, and send nothing"),
        );
    }
    command
}

fn kind_name(kind: ValueKind) -> &'static str {
    match kind {
        ValueKind::Text => "text",
        ValueKind::Number => "number",
        ValueKind::Boolean => "true/false",
        ValueKind::Json => "JSON",
    }
}

fn query_flag(param: &'static Param) -> Arg {
    let arg = Arg::new(param.wire)
        .long(param.flag)
        .help_heading("Parameters")
        .help(param.help);
    match param.kind {
        ValueKind::Number => arg.value_name("N").value_parser(value_parser!(i64)),
        ValueKind::Boolean => arg.value_name("BOOL").value_parser(["true", "false"]),
        ValueKind::Text | ValueKind::Json => arg.value_name(if param.wire == "include" {
            "LIST"
        } else {
            "TEXT"
        }),
    }
}

/// A typical use of the operation, for its help.
fn example(op: &Operation) -> String {
    let mut parts = vec!["spiro".to_owned(), op.group.to_owned(), op.verb.to_owned()];
    parts.extend(op.path_params.iter().map(|p| p.wire.to_ascii_uppercase()));
    let kind = op.record_kind();
    if op.list {
        parts.push("--all -o csv --fields id".to_owned());
        if let Some(kind) = kind {
            let mut fields = String::new();
            if let Some(first) = kind.attributes.first() {
                fields.push(',');
                fields.push_str(first.name);
            }
            if let Some(relationship) = kind.relationships.first().filter(|_| op.has_include()) {
                fields.push_str(&format!(",{relationship}.id"));
            }
            parts.push(fields);
        }
        return join_spaced(parts);
    }
    match op.method {
        "GET" if op.has_include() => {
            let relationships = kind.map(|k| k.relationships.join(",")).unwrap_or_default();
            parts.push(format!("--include {relationships}"));
        }
        "POST" => {
            let first = op.body_kind().and_then(|k| k.attributes.first());
            parts.push(format!(
                "--set {}=… --dry-run",
                first.map_or("name", |a| a.name)
            ));
        }
        "PUT" | "PATCH" => parts.push("--custom KEY=VALUE --if-changed --verify".to_owned()),
        "DELETE" => parts.push("--dry-run".to_owned()),
        _ => {}
    }
    join_spaced(parts)
}

/// The parts joined by spaces, where a part starting with `,` continues the previous one.
fn join_spaced(parts: Vec<String>) -> String {
    let mut out = String::new();
    for part in parts {
        if !out.is_empty() && !part.starts_with(',') {
            out.push(' ');
        }
        out.push_str(&part);
    }
    out
}

fn auth() -> Command {
    Command::new("auth")
        .about("Log in, and look after the stored tokens")
        .subcommand_required(true)
        .arg_required_else_help(true)
        .subcommand(
            Command::new("login")
                .about("Authorize the app and store its tokens")
                .long_about(
                    "Authorize the app and store its tokens.\n\nPrints the authorize URL (on \
                     standard output) to open in a browser, then reads the URL the browser was \
                     sent back to, or just the code, from standard input: this works over SSH and \
                     in scripts. When the redirect URI is a loopback address with a port \
                     (http://127.0.0.1:8765/callback), the redirect is also caught there. The \
                     `state` of the redirect is checked; the tokens are stored in the profile's \
                     token store, replacing what it held.",
                ),
        )
        .subcommand(
            Command::new("status")
                .about("Show the token store, the tokens' generation, expiry and last rotation (never a token)"),
        )
        .subcommand(Command::new("refresh").about("Refresh (and rotate) the tokens now"))
        .subcommand(
            Command::new("logout")
                .about("Forget the stored tokens (the app stays authorized in Spiro until revoked there)"),
        )
}

fn api() -> Command {
    Command::new("api")
        .about("Send any request to the API, with the tokens, retries and errors of every command")
        .long_about(
            "Send any request to the API, with the tokens, retries and error handling of every \
             other command. Prints the response body as it came. With --paginate, follows \
             page[number] and prints every record of every page's `data`, one JSON object per \
             line.",
        )
        .after_help(
            "Examples:\n  spiro api GET /pipelines/7/opportunity_stages\n  spiro api GET /companies -f 'filter[name_cont]=Watkins' --paginate\n  spiro api PUT /opportunities/3609460 --input change.json",
        )
        .arg(
            Arg::new("method")
                .value_name("METHOD")
                .required(true)
                .value_parser(["GET", "POST", "PUT", "PATCH", "DELETE", "get", "post", "put", "patch", "delete"])
                .hide_possible_values(true)
                .help("GET, POST, PUT, PATCH or DELETE"),
        )
        .arg(
            Arg::new("path")
                .value_name("PATH")
                .required(true)
                .help("Below the API base URL, e.g. /companies or /companies?include=user"),
        )
        .arg(
            Arg::new("field")
                .short('f')
                .long("field")
                .value_name("KEY=VALUE")
                .action(ArgAction::Append)
                .help("A query parameter (repeatable)"),
        )
        .arg(
            Arg::new("input")
                .long("input")
                .value_name("FILE")
                .help("The JSON request body (`-` reads standard input)"),
        )
        .arg(
            Arg::new("paginate")
                .long("paginate")
                .action(ArgAction::SetTrue)
                .help("Follow page[number] to the last page; print the records as JSON lines"),
        )
}

fn apply() -> Command {
    Command::new("apply")
        .about("Apply a batch of writes, one JSON object per line")
        .long_about(
            "Apply a batch of writes, one JSON object per line, in order, e.g.\n\n  \
             {\"resource\": \"opportunities\", \"id\": \"3609460\", \"set\": {\"name\": \"Roof\"}, \
             \"custom\": {\"bc_packaging_quote\": \"Q-1\"}}\n\nA line with an `id` updates that \
             record; one without creates a record. Other path parameters go by name \
             (\"object_type\": \"machines\"). Prints one JSON line per input line with its \
             outcome (updated, created, unchanged, planned, failed), goes on past a failed line, \
             and exits 1 when any line failed (4 at once when the grant is revoked).",
        )
        .arg(
            Arg::new("file")
                .value_name("FILE")
                .required(true)
                .help("The batch (`-` reads standard input)"),
        )
        .arg(
            Arg::new("dry-run")
                .long("dry-run")
                .action(ArgAction::SetTrue)
                .help("Print each request that would be sent, and send nothing"),
        )
        .arg(
            Arg::new("if-changed")
                .long("if-changed")
                .action(ArgAction::SetTrue)
                .help("Read each record first; skip the write when every value already matches"),
        )
        .arg(
            Arg::new("verify")
                .long("verify")
                .action(ArgAction::SetTrue)
                .help("Read each record back after its write; a value Spiro did not keep fails the line"),
        )
}

fn doctor() -> Command {
    Command::new("doctor").about(
        "Check the configuration, the token store, the token, one request, the clocks and TLS",
    )
}

fn completion() -> Command {
    Command::new("completion")
        .about("Print a shell completion script")
        .after_help(
            "Example:\n  spiro completion bash > ~/.local/share/bash-completion/completions/spiro",
        )
        .arg(
            Arg::new("shell")
                .value_name("SHELL")
                .required(true)
                .value_parser(["bash", "zsh", "fish", "powershell"]),
        )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every command path of the tree, root first.
    fn paths(command: &Command, prefix: &[String], out: &mut Vec<Vec<String>>) {
        out.push(prefix.to_vec());
        for sub in command.get_subcommands() {
            let mut path = prefix.to_vec();
            path.push(sub.get_name().to_owned());
            paths(sub, &path, out);
        }
    }

    fn help(path: &[String]) -> String {
        let mut command = command().term_width(100);
        command.build();
        let mut target = &mut command;
        for name in path {
            target = target.find_subcommand_mut(name).expect("the path exists");
        }
        target.render_long_help().to_string()
    }

    #[test]
    fn the_tree_is_consistent() {
        command().debug_assert();
    }

    #[test]
    fn help_of_every_command() {
        let mut all = Vec::new();
        paths(&command(), &[], &mut all);
        // Every operation has its command.
        for op in catalog::operations() {
            assert!(
                all.contains(&vec![op.group.to_owned(), op.verb.to_owned()]),
                "{}",
                op.id
            );
        }
        for path in &all {
            let name = if path.is_empty() {
                "spiro".to_owned()
            } else {
                format!("spiro_{}", path.join("_"))
            };
            insta::assert_snapshot!(name, help(path));
        }
    }
}
