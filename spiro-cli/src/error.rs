//! What can go wrong in a command, what the message says to do, and the exit codes.
//!
//! The exit codes are stable (scripts rely on them) and documented in `spiro --help`:
//!
//! | code | meaning |
//! |---|---|
//! | 0 | success, including `--if-changed` with nothing to change and a closed pipe (`| head`) |
//! | 1 | any other failure (Spiro's error, network, `--verify` mismatch, a failed `apply` line) |
//! | 2 | usage: bad flags or arguments, bad configuration |
//! | 3 | not found: Spiro answered 404 |
//! | 4 | re-authorization required: run `spiro auth login` |

use std::io;

use spiro_api::spiro_auth::AuthError;

/// Success.
pub(crate) const EXIT_OK: u8 = 0;
/// Any failure not listed below.
pub(crate) const EXIT_FAILURE: u8 = 1;
/// Bad flags, arguments or configuration.
pub(crate) const EXIT_USAGE: u8 = 2;
/// Spiro answered 404.
pub(crate) const EXIT_NOT_FOUND: u8 = 3;
/// A person has to log in again.
pub(crate) const EXIT_REAUTH: u8 = 4;

/// The exit codes as `spiro --help` lists them.
pub(crate) const EXIT_CODES_HELP: &str = "\
Exit codes:
  0  success (also: `--if-changed` with nothing to change, output closed early as by `| head`)
  1  failure (Spiro's error, the network, a `--verify` mismatch, a failed `apply` line)
  2  usage or configuration error
  3  not found (Spiro answered 404)
  4  re-authorization required: run `spiro auth login`";

/// Why a command failed.
#[derive(Debug, thiserror::Error)]
pub(crate) enum CliError {
    /// Bad arguments or configuration.
    #[error("{0}")]
    Usage(String),
    /// A call to Spiro failed.
    #[error(transparent)]
    Api(#[from] spiro_api::Error),
    /// The client could not be configured.
    #[error(transparent)]
    Build(#[from] spiro_api::BuildError),
    /// Logging in, refreshing or the token store failed.
    #[error(transparent)]
    Auth(#[from] AuthError),
    /// A file could not be read.
    #[error("cannot read {what}")]
    Read {
        what: String,
        #[source]
        source: io::Error,
    },
    /// Standard output could not be written (other than a closed pipe).
    #[error("cannot write the output")]
    Write(#[source] io::Error),
    /// The reader of standard output went away (`| head`): not an error for the user.
    #[error("the output was closed")]
    OutputClosed,
    /// The token store holds no tokens.
    #[error("no tokens are stored in {0}")]
    NotLoggedIn(String),
    /// Anything else, said in full.
    #[error("{0}")]
    Failed(String),
}

impl From<io::Error> for CliError {
    /// An error writing the output.
    fn from(error: io::Error) -> Self {
        if error.kind() == io::ErrorKind::BrokenPipe {
            CliError::OutputClosed
        } else {
            CliError::Write(error)
        }
    }
}

impl CliError {
    /// The documented exit code.
    pub(crate) fn exit_code(&self) -> u8 {
        match self {
            CliError::Usage(_) => EXIT_USAGE,
            CliError::OutputClosed => EXIT_OK,
            _ if self.is_reauthorization_required() => EXIT_REAUTH,
            CliError::Api(e) if e.is_not_found() => EXIT_NOT_FOUND,
            CliError::Build(spiro_api::BuildError::Auth(AuthError::Config(_))) => EXIT_USAGE,
            CliError::Build(
                spiro_api::BuildError::BaseUrl(_) | spiro_api::BuildError::InsecureBaseUrl(_),
            ) => EXIT_USAGE,
            _ => EXIT_FAILURE,
        }
    }

    pub(crate) fn is_reauthorization_required(&self) -> bool {
        match self {
            CliError::Api(e) => e.is_reauthorization_required(),
            CliError::Auth(e) => e.is_reauthorization_required(),
            CliError::NotLoggedIn(_) => true,
            _ => false,
        }
    }

    /// What to do about it, when there is something to say.
    pub(crate) fn advice(&self, profile: &str) -> Option<String> {
        if self.is_reauthorization_required() {
            let flag = if profile == crate::config::DEFAULT_PROFILE {
                String::new()
            } else {
                format!(" --profile {profile}")
            };
            return Some(format!(
                "a person has to authorize the app again: run `spiro auth login{flag}`"
            ));
        }
        match self {
            CliError::Api(e) if e.is_transient() => {
                Some("this may pass: the client already retried; try again later".to_owned())
            }
            CliError::Auth(e) if e.is_transient() => {
                Some("this may pass: try again later".to_owned())
            }
            _ => None,
        }
    }
}

/// An error and its causes on one line: `what: because: because`.
pub(crate) fn chain(error: &dyn std::error::Error) -> String {
    let mut text = error.to_string();
    let mut source = error.source();
    while let Some(cause) = source {
        let cause_text = cause.to_string();
        // `#[error(transparent)]` layers repeat their cause's text.
        if !text.ends_with(&cause_text) {
            text.push_str(": ");
            text.push_str(&cause_text);
        }
        source = cause.source();
    }
    text
}
