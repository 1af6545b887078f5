//! Where the settings come from: the environment variables of `Client::from_env`, then the
//! selected profile of the config file, then the defaults.
//!
//! The config file is `$SPIRO_CONFIG`, or `spiro/config.toml` in the platform's config
//! directory (`~/.config` on Linux, `~/Library/Application Support` on macOS, `%APPDATA%` on
//! Windows). It may hold the client secret, so it is refused, like the token file, when it is
//! readable or writable by anyone but its owner (on unix):
//!
//! ```toml
//! default_profile = "acme"          # when neither --profile nor SPIRO_PROFILE names one
//!
//! [profiles.acme]
//! client_id = "…"
//! client_secret = "…"               # or SPIRO_CLIENT_SECRET; never a flag
//! redirect_uri = "http://127.0.0.1:8765/callback"
//! token_store = "/home/me/acme-tokens.json"   # or postgres://…?grant=acme (feature postgres)
//! oauth_url = "https://engine.spiro.ai"
//! api_url = "https://api.spiro.ai/api/v1"
//! ```

use std::collections::BTreeMap;
use std::fmt;
use std::io::Read as _;
use std::path::{Path, PathBuf};

use serde::Deserialize;
use spiro_api::spiro_auth::{
    ENV_CLIENT_ID, ENV_CLIENT_SECRET, ENV_OAUTH_URL, ENV_REDIRECT_URI, SPIRO_OAUTH_URL,
    SecretString,
};
use spiro_api::{DEFAULT_BASE_URL, ENV_API_URL, ENV_TOKEN_FILE};

use crate::error::CliError;

/// The profile used when none is named.
pub(crate) const DEFAULT_PROFILE: &str = "default";
/// Environment variable naming the profile (`--profile` wins).
pub(crate) const ENV_PROFILE: &str = "SPIRO_PROFILE";
/// Environment variable naming the config file.
pub(crate) const ENV_CONFIG: &str = "SPIRO_CONFIG";
/// Largest config file read.
const MAX_CONFIG_SIZE: u64 = 1024 * 1024;

/// The config file. No `Debug`: it holds the client secret.
#[derive(Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct ConfigFile {
    default_profile: Option<String>,
    #[serde(default)]
    profiles: BTreeMap<String, Profile>,
}

/// One profile of the config file.
#[derive(Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct Profile {
    client_id: Option<String>,
    client_secret: Option<SecretString>,
    redirect_uri: Option<String>,
    token_store: Option<String>,
    oauth_url: Option<String>,
    api_url: Option<String>,
}

/// Where a setting came from, as `spiro doctor` and `spiro auth status` say.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Source {
    Env(&'static str),
    Profile,
    Default,
}

impl fmt::Display for Source {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Source::Env(name) => write!(f, "${name}"),
            Source::Profile => f.write_str("profile"),
            Source::Default => f.write_str("default"),
        }
    }
}

/// A value and where it came from.
#[derive(Debug, Clone)]
pub(crate) struct Setting<T> {
    pub(crate) value: T,
    pub(crate) source: Source,
}

/// Every setting of one run. No `Debug`: it holds the client secret.
pub(crate) struct Settings {
    pub(crate) profile: String,
    /// The config file, when there is one.
    pub(crate) config_file: Option<PathBuf>,
    pub(crate) client_id: Option<Setting<String>>,
    pub(crate) client_secret: Option<Setting<SecretString>>,
    pub(crate) redirect_uri: Option<Setting<String>>,
    /// A token file path, or a PostgreSQL URL.
    pub(crate) token_store: Setting<String>,
    pub(crate) oauth_url: Setting<String>,
    pub(crate) api_url: Setting<String>,
}

/// The config file's path: `$SPIRO_CONFIG` or the platform's.
pub(crate) fn config_path() -> Option<PathBuf> {
    match std::env::var_os(ENV_CONFIG) {
        Some(path) if !path.is_empty() => Some(PathBuf::from(path)),
        _ => dirs::config_dir().map(|d| d.join("spiro").join("config.toml")),
    }
}

impl Settings {
    /// The settings of `profile` (or `SPIRO_PROFILE`, or the file's `default_profile`).
    ///
    /// # Errors
    /// [`CliError::Usage`] for a config file that is unsafe or invalid, or a named profile
    /// that it does not have.
    pub(crate) fn load(profile: Option<&str>) -> Result<Settings, CliError> {
        let path = config_path();
        let file = match &path {
            Some(path) => read_config(path)?,
            None => None,
        };
        let named = profile
            .map(str::to_owned)
            .or_else(|| env(ENV_PROFILE))
            .or_else(|| file.as_ref().and_then(|f| f.default_profile.clone()));
        let explicit = named.is_some();
        let profile_name = named.unwrap_or_else(|| DEFAULT_PROFILE.to_owned());
        let mut profile = match file.as_ref().and_then(|f| f.profiles.get(&profile_name)) {
            Some(_) => file
                .and_then(|mut f| f.profiles.remove(&profile_name))
                .unwrap_or_default(),
            None if explicit => {
                return Err(CliError::Usage(format!(
                    "no profile `{profile_name}` in {}",
                    path.as_deref()
                        .map_or("the config file".to_owned(), |p| p.display().to_string())
                )));
            }
            None => Profile::default(),
        };
        let config_file = path.filter(|p| p.exists());
        let default_store = path_for_tokens(config_file.as_deref(), &profile_name);
        Ok(Settings {
            client_id: pick(ENV_CLIENT_ID, profile.client_id.take()),
            client_secret: match env(ENV_CLIENT_SECRET) {
                Some(secret) => Some(Setting {
                    value: SecretString::from(secret),
                    source: Source::Env(ENV_CLIENT_SECRET),
                }),
                None => profile.client_secret.take().map(|value| Setting {
                    value,
                    source: Source::Profile,
                }),
            },
            redirect_uri: pick(ENV_REDIRECT_URI, profile.redirect_uri.take()),
            token_store: pick(ENV_TOKEN_FILE, profile.token_store.take()).unwrap_or(Setting {
                value: default_store,
                source: Source::Default,
            }),
            oauth_url: pick(ENV_OAUTH_URL, profile.oauth_url.take()).unwrap_or(Setting {
                value: SPIRO_OAUTH_URL.to_owned(),
                source: Source::Default,
            }),
            api_url: pick(ENV_API_URL, profile.api_url.take()).unwrap_or(Setting {
                value: DEFAULT_BASE_URL.to_owned(),
                source: Source::Default,
            }),
            profile: profile_name,
            config_file,
        })
    }

    /// Whether the token store is a PostgreSQL URL.
    pub(crate) fn store_is_database(&self) -> bool {
        let store = &self.token_store.value;
        store.starts_with("postgres://") || store.starts_with("postgresql://")
    }
}

fn env(name: &str) -> Option<String> {
    std::env::var(name)
        .ok()
        .map(|v| v.trim().to_owned())
        .filter(|v| !v.is_empty())
}

/// The environment variable, else the profile's value.
fn pick(name: &'static str, profile: Option<String>) -> Option<Setting<String>> {
    match env(name) {
        Some(value) => Some(Setting {
            value,
            source: Source::Env(name),
        }),
        None => profile
            .map(|v| v.trim().to_owned())
            .filter(|v| !v.is_empty())
            .map(|value| Setting {
                value,
                source: Source::Profile,
            }),
    }
}

/// The default token file: `<profile>.tokens.json` beside the config file.
fn path_for_tokens(config_file: Option<&Path>, profile: &str) -> String {
    let dir = config_file
        .and_then(Path::parent)
        .map(Path::to_path_buf)
        .or_else(|| config_path().and_then(|p| p.parent().map(Path::to_path_buf)))
        .unwrap_or_else(|| PathBuf::from("."));
    dir.join(format!("{profile}.tokens.json"))
        .display()
        .to_string()
}

/// The config file, `None` when it does not exist.
fn read_config(path: &Path) -> Result<Option<ConfigFile>, CliError> {
    let shown = path.display();
    let mut file = match std::fs::File::open(path) {
        Ok(file) => file,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => {
            return Err(CliError::Usage(format!(
                "cannot read the config file {shown}: {e}"
            )));
        }
    };
    check_private(&file, path)?;
    let mut text = String::new();
    file.by_ref()
        .take(MAX_CONFIG_SIZE + 1)
        .read_to_string(&mut text)
        .map_err(|e| CliError::Usage(format!("cannot read the config file {shown}: {e}")))?;
    if text.len() as u64 > MAX_CONFIG_SIZE {
        return Err(CliError::Usage(format!(
            "the config file {shown} is larger than {MAX_CONFIG_SIZE} bytes"
        )));
    }
    toml::from_str(&text)
        .map(Some)
        .map_err(|e| CliError::Usage(format!("the config file {shown} is not valid: {e}")))
}

/// Refuses a config file that others may read or change, or that is not the user's own (it
/// may hold the client secret, and it says where tokens go and which URLs get them).
#[cfg(unix)]
fn check_private(file: &std::fs::File, path: &Path) -> Result<(), CliError> {
    use std::os::unix::fs::MetadataExt as _;
    let meta = file
        .metadata()
        .map_err(|e| CliError::Usage(format!("cannot read {}: {e}", path.display())))?;
    if !meta.is_file() {
        return Err(CliError::Usage(format!(
            "the config file {} is not a regular file",
            path.display()
        )));
    }
    if meta.uid() != rustix::process::geteuid().as_raw() {
        return Err(CliError::Usage(format!(
            "the config file {} belongs to another user: it is not used",
            path.display()
        )));
    }
    if meta.mode() & 0o077 != 0 {
        return Err(CliError::Usage(format!(
            "the config file {} is open to other users (mode {:o}): it may hold the client \
             secret, so it is not used; fix it with `chmod 600 {}`",
            path.display(),
            meta.mode() & 0o777,
            path.display()
        )));
    }
    Ok(())
}

#[cfg(not(unix))]
fn check_private(_file: &std::fs::File, _path: &Path) -> Result<(), CliError> {
    Ok(())
}
