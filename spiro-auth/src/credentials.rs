//! The app's OAuth client registration: client id, client secret, redirect URI.

use std::fmt;

use secrecy::SecretString;

use crate::error::ConfigError;

/// Environment variable holding the client id.
pub const ENV_CLIENT_ID: &str = "SPIRO_CLIENT_ID";
/// Environment variable holding the client secret.
pub const ENV_CLIENT_SECRET: &str = "SPIRO_CLIENT_SECRET";
/// Environment variable holding the redirect URI registered with Spiro.
pub const ENV_REDIRECT_URI: &str = "SPIRO_REDIRECT_URI";

/// The client registration created under *Settings → API Tokens* in Spiro.
///
/// `Debug` shows the client id and redirect URI but never the secret.
#[derive(Clone)]
pub struct Credentials {
    /// The client id.
    pub client_id: String,
    /// The client secret (zeroized on drop, redacted everywhere).
    pub client_secret: SecretString,
    /// The redirect URI exactly as registered (Spiro compares it byte for byte).
    pub redirect_uri: String,
}

impl Credentials {
    /// Credentials from their three parts.
    pub fn new(
        client_id: impl Into<String>,
        client_secret: impl Into<SecretString>,
        redirect_uri: impl Into<String>,
    ) -> Self {
        Credentials {
            client_id: client_id.into(),
            client_secret: client_secret.into(),
            redirect_uri: redirect_uri.into(),
        }
    }

    /// Credentials from `SPIRO_CLIENT_ID`, `SPIRO_CLIENT_SECRET` and `SPIRO_REDIRECT_URI`.
    ///
    /// # Errors
    /// [`ConfigError::MissingEnv`] naming the first variable that is missing or empty.
    pub fn from_env() -> Result<Self, ConfigError> {
        let client_id = required_env(ENV_CLIENT_ID)?;
        let client_secret = SecretString::from(required_env(ENV_CLIENT_SECRET)?);
        let redirect_uri = required_env(ENV_REDIRECT_URI)?;
        Ok(Credentials {
            client_id,
            client_secret,
            redirect_uri,
        })
    }
}

fn required_env(name: &'static str) -> Result<String, ConfigError> {
    match std::env::var(name) {
        Ok(v) if !v.trim().is_empty() => Ok(v.trim().to_owned()),
        _ => Err(ConfigError::MissingEnv { name }),
    }
}

impl fmt::Debug for Credentials {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Credentials")
            .field("client_id", &self.client_id)
            .field("client_secret", &"[redacted]")
            .field("redirect_uri", &self.redirect_uri)
            .finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_redacts_the_secret() {
        let c = Credentials::new("id-1", "s3cr3t-value", "https://example.com/cb");
        let s = format!("{c:?}");
        assert!(s.contains("id-1") && s.contains("https://example.com/cb"));
        assert!(!s.contains("s3cr3t-value"), "{s}");
    }
}
