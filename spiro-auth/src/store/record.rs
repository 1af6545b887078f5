//! The JSON form in which the token file and the PostgreSQL row keep a [`TokenSet`]: one shape,
//! one reader and one writer for both stores.

use chrono::{DateTime, SecondsFormat, Utc};
use secrecy::{ExposeSecret, SecretString};
use serde::{Deserialize, Serialize, Serializer};
use zeroize::Zeroizing;

use crate::token::TokenSet;

/// A [`TokenSet`] as written. Times are RFC 3339 in whole seconds (UTC); the file store adds
/// its format `version`.
#[derive(Serialize)]
struct TokensOut<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    version: Option<u64>,
    access_token: &'a str,
    refresh_token: &'a str,
    #[serde(serialize_with = "rfc3339")]
    expires_at: DateTime<Utc>,
    #[serde(
        skip_serializing_if = "Option::is_none",
        serialize_with = "rfc3339_opt"
    )]
    issued_at: Option<DateTime<Utc>>,
    token_type: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    scope: Option<&'a str>,
}

/// A [`TokenSet`] as read (unknown fields, such as the file's `version`, are ignored).
#[derive(Deserialize)]
pub(crate) struct TokensIn {
    access_token: SecretString,
    refresh_token: SecretString,
    expires_at: DateTime<Utc>,
    #[serde(default)]
    issued_at: Option<DateTime<Utc>>,
    #[serde(default)]
    token_type: Option<String>,
    #[serde(default)]
    scope: Option<String>,
}

impl TokensIn {
    /// The token set, or why it cannot be one.
    pub(crate) fn into_tokens(self) -> Result<TokenSet, &'static str> {
        if self.access_token.expose_secret().is_empty()
            || self.refresh_token.expose_secret().is_empty()
        {
            return Err("empty access_token or refresh_token");
        }
        let mut tokens = TokenSet::new(self.access_token, self.refresh_token, self.expires_at);
        if let Some(issued_at) = self.issued_at {
            tokens = tokens.with_issued_at(issued_at);
        }
        if let Some(token_type) = self.token_type {
            tokens = tokens.with_token_type(token_type);
        }
        if let Some(scope) = self.scope {
            tokens = tokens.with_scope(scope);
        }
        Ok(tokens)
    }
}

/// `tokens` as pretty-printed JSON, with `version` first when given, in a buffer that is
/// zeroized on drop.
pub(crate) fn encode(tokens: &TokenSet, version: Option<u64>) -> Zeroizing<Vec<u8>> {
    let out = TokensOut {
        version,
        access_token: tokens.access_token().expose_secret(),
        refresh_token: tokens.refresh_token().expose_secret(),
        expires_at: tokens.expires_at(),
        issued_at: tokens.issued_at(),
        token_type: tokens.token_type(),
        scope: tokens.scope(),
    };
    // Sized up front so the buffer holding the secrets is never reallocated (and copied).
    let capacity = 2 * (out.access_token.len() + out.refresh_token.len())
        + out.scope.map_or(0, str::len)
        + 512;
    let mut buf = Zeroizing::new(Vec::with_capacity(capacity));
    serde_json::to_writer_pretty(&mut *buf, &out)
        .expect("serializing string fields into a Vec cannot fail");
    buf
}

fn rfc3339<S: Serializer>(t: &DateTime<Utc>, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(&t.to_rfc3339_opts(SecondsFormat::Secs, true))
}

fn rfc3339_opt<S: Serializer>(t: &Option<DateTime<Utc>>, s: S) -> Result<S::Ok, S::Error> {
    match t {
        Some(t) => rfc3339(t, s),
        None => s.serialize_none(),
    }
}
