//! `spiro api METHOD PATH`: any request, through spiro-api's `Client::request` (the same
//! hooks as every generated call: token, retries, 401 replay, body limits, errors).

use std::io::Write as _;
use std::str::FromStr as _;

use clap::ArgMatches;
use futures::TryStreamExt as _;
use spiro_api::ListOperation as _;
use spiro_api::reqwest::Method;

use crate::commands::DEFAULT_PAGE_SIZE;
use crate::error::{self, CliError};
use crate::input::read_json;
use crate::operation::stdout;
use crate::session::Session;

pub(crate) async fn run(args: &ArgMatches, session: &Session) -> Result<(), CliError> {
    let method = args
        .get_one::<String>("method")
        .expect("clap requires it")
        .to_ascii_uppercase();
    let method = Method::from_str(&method).expect("clap allows HTTP methods only");
    let path = args.get_one::<String>("path").expect("clap requires it");
    let mut request = session.client.request(method.clone(), path.clone());
    for field in args.get_many::<String>("field").into_iter().flatten() {
        let (key, value) = field
            .split_once('=')
            .ok_or_else(|| CliError::Usage(format!("-f {field:?}: expected KEY=VALUE")))?;
        request = request.query(key, value);
    }
    if let Some(file) = args.get_one::<String>("input") {
        request = request.json(read_json(file)?);
    }
    // A bad path is a usage error, found before anything is sent.
    request
        .url()
        .map_err(|e| CliError::Usage(error::chain(&e)))?;
    let mut out = stdout();
    if args.get_flag("paginate") {
        if method != Method::GET {
            return Err(CliError::Usage(
                "--paginate follows GET requests only".to_owned(),
            ));
        }
        let size = query_page_size(path, args).unwrap_or(DEFAULT_PAGE_SIZE);
        let mut pages = request.pages().page_size(size).read_ahead(1).into_stream();
        while let Some(page) = pages.try_next().await? {
            for record in &page.items {
                serde_json::to_writer(&mut out, record).map_err(std::io::Error::other)?;
                out.write_all(b"\n")?;
            }
            out.flush()?;
        }
        return Ok(());
    }
    let response = request.send().await?;
    out.write_all(response.body())?;
    if !response.body().is_empty() && !response.body().ends_with(b"\n") {
        out.write_all(b"\n")?;
    }
    out.flush()?;
    Ok(())
}

/// A `page[size]` given with `-f` or in the path's query: the walk keeps it.
fn query_page_size(path: &str, args: &ArgMatches) -> Option<i64> {
    let from_fields = args
        .get_many::<String>("field")
        .into_iter()
        .flatten()
        .filter_map(|f| f.split_once('='))
        .find(|(k, _)| *k == "page[size]")
        .map(|(_, v)| v.to_owned());
    let from_path = path.split_once('?').and_then(|(_, query)| {
        url::form_urlencoded::parse(query.as_bytes())
            .find(|(k, _)| k == "page[size]")
            .map(|(_, v)| v.into_owned())
    });
    from_fields.or(from_path).and_then(|v| v.parse().ok())
}
