//! Files given on the command line (`-` for standard input): the batch of `spiro apply`, the
//! JSON bodies of `--json-body` and `spiro api --input`.

use std::io::{self, BufRead, Read as _};

use serde_json::Value;

use crate::error::CliError;

/// Largest JSON body read.
const MAX_JSON_FILE: u64 = 32 * 1024 * 1024;

/// An opened input and how to name it in messages.
pub(crate) struct Input {
    pub(crate) what: String,
    pub(crate) reader: Box<dyn BufRead>,
}

impl Input {
    /// Opens `file`, or standard input for `-`.
    pub(crate) fn open(file: &str) -> Result<Input, CliError> {
        if file == "-" {
            return Ok(Input {
                what: "standard input".to_owned(),
                reader: Box::new(io::stdin().lock()),
            });
        }
        let opened = std::fs::File::open(file).map_err(|source| CliError::Read {
            what: file.to_owned(),
            source,
        })?;
        Ok(Input {
            what: file.to_owned(),
            reader: Box::new(io::BufReader::new(opened)),
        })
    }

    /// The error of a failed read.
    pub(crate) fn error(&self, source: io::Error) -> CliError {
        CliError::Read {
            what: self.what.clone(),
            source,
        }
    }
}

/// A JSON document from `file` (or standard input for `-`), at most 32 MiB.
pub(crate) fn read_json(file: &str) -> Result<Value, CliError> {
    let mut input = Input::open(file)?;
    let mut text = Vec::new();
    (&mut input.reader)
        .take(MAX_JSON_FILE + 1)
        .read_to_end(&mut text)
        .map_err(|e| input.error(e))?;
    if text.len() as u64 > MAX_JSON_FILE {
        return Err(CliError::Usage(format!(
            "{} is larger than {MAX_JSON_FILE} bytes",
            input.what
        )));
    }
    serde_json::from_slice(&text)
        .map_err(|e| CliError::Usage(format!("{} is not JSON: {e}", input.what)))
}
