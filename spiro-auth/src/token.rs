//! [`TokenSet`]: an access token, the refresh token that came with it and an absolute expiry;
//! and the parsing of Spiro's token responses.

use std::fmt;
use std::time::Duration;

use chrono::{DateTime, TimeDelta, Utc};
use secrecy::{ExposeSecret, SecretString};
use serde::Deserialize;
use subtle::ConstantTimeEq;

/// Lifetime assumed when a token response has no `expires_in`: Spiro documents 24 hours.
pub const DEFAULT_EXPIRES_IN: Duration = Duration::from_secs(24 * 60 * 60);

/// The tokens of one grant: access token, refresh token, absolute expiry.
///
/// Expiry is absolute UTC so that it keeps its meaning across restarts; in-process decisions
/// use the monotonic clock (see [`TokenManager`](crate::TokenManager)). `Debug` never shows the
/// tokens.
///
/// ```
/// use chrono::{Duration, Utc};
/// use spiro_auth::TokenSet;
/// let now = Utc::now();
/// let tokens = TokenSet::new("access", "refresh", now + Duration::hours(24)).with_issued_at(now);
/// assert_eq!(tokens.lifetime(), Some(std::time::Duration::from_secs(86_400)));
/// assert!(!format!("{tokens:?}").contains("access\""));
/// ```
#[derive(Clone)]
pub struct TokenSet {
    access_token: SecretString,
    refresh_token: SecretString,
    expires_at: DateTime<Utc>,
    issued_at: Option<DateTime<Utc>>,
    token_type: String,
    scope: Option<String>,
}

impl TokenSet {
    /// A token set of type `Bearer` with unknown issue time and no scope.
    pub fn new(
        access_token: impl Into<SecretString>,
        refresh_token: impl Into<SecretString>,
        expires_at: DateTime<Utc>,
    ) -> Self {
        TokenSet {
            access_token: access_token.into(),
            refresh_token: refresh_token.into(),
            expires_at,
            issued_at: None,
            token_type: "Bearer".to_owned(),
            scope: None,
        }
    }

    /// Sets when the access token was issued (its lifetime is then known, which bounds the
    /// refresh-ahead lead to half of it).
    #[must_use]
    pub fn with_issued_at(mut self, issued_at: DateTime<Utc>) -> Self {
        self.issued_at = Some(issued_at);
        self
    }

    /// Sets the token type reported by the server (informational: the header is always
    /// `Bearer`).
    #[must_use]
    pub fn with_token_type(mut self, token_type: impl Into<String>) -> Self {
        self.token_type = token_type.into();
        self
    }

    /// Sets the granted scope.
    #[must_use]
    pub fn with_scope(mut self, scope: impl Into<String>) -> Self {
        self.scope = Some(scope.into());
        self
    }

    /// The access token.
    pub fn access_token(&self) -> &SecretString {
        &self.access_token
    }

    /// The refresh token.
    pub fn refresh_token(&self) -> &SecretString {
        &self.refresh_token
    }

    /// When the access token expires (UTC).
    pub fn expires_at(&self) -> DateTime<Utc> {
        self.expires_at
    }

    /// When the access token was issued (UTC), if known.
    pub fn issued_at(&self) -> Option<DateTime<Utc>> {
        self.issued_at
    }

    /// The token type the server reported (usually `Bearer`).
    pub fn token_type(&self) -> &str {
        &self.token_type
    }

    /// The granted scope, if the server reported one.
    pub fn scope(&self) -> Option<&str> {
        self.scope.as_deref()
    }

    /// `expires_at - issued_at`, when the issue time is known and before the expiry.
    pub fn lifetime(&self) -> Option<Duration> {
        (self.expires_at - self.issued_at?).to_std().ok()
    }

    /// Time left until expiry at `now`, or `None` once expired.
    pub fn remaining(&self, now: DateTime<Utc>) -> Option<Duration> {
        (self.expires_at - now)
            .to_std()
            .ok()
            .filter(|d| !d.is_zero())
    }

    /// Whether both sets carry the same access token (constant-time comparison).
    pub fn same_access_token(&self, other: &TokenSet) -> bool {
        secret_eq(&self.access_token, &other.access_token)
    }

    /// Whether this set's refresh token is `refresh_token` (constant-time comparison).
    pub fn has_refresh_token(&self, refresh_token: &SecretString) -> bool {
        secret_eq(&self.refresh_token, refresh_token)
    }
}

fn secret_eq(a: &SecretString, b: &SecretString) -> bool {
    a.expose_secret()
        .as_bytes()
        .ct_eq(b.expose_secret().as_bytes())
        .into()
}

impl fmt::Debug for TokenSet {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("TokenSet")
            .field("access_token", &"[redacted]")
            .field("refresh_token", &"[redacted]")
            .field("expires_at", &self.expires_at)
            .field("issued_at", &self.issued_at)
            .field("token_type", &self.token_type)
            .field("scope", &self.scope)
            .finish()
    }
}

/// Spiro's token response (Doorkeeper shape). Only `access_token` is required; everything else
/// is optional, and fields of unexpected types are ignored rather than failing the parse.
#[derive(Deserialize)]
pub(crate) struct TokenResponse {
    access_token: SecretString,
    #[serde(default)]
    refresh_token: Option<SecretString>,
    #[serde(default)]
    expires_in: Lenient,
    #[serde(default)]
    created_at: Lenient,
    #[serde(default)]
    token_type: Lenient,
    #[serde(default)]
    scope: Lenient,
}

/// A non-secret field whose type varies between servers: number, numeric string, string, null.
#[derive(Deserialize, Default)]
#[serde(untagged)]
enum Lenient {
    Number(f64),
    Text(String),
    #[default]
    #[serde(skip)]
    Absent,
    Other(serde::de::IgnoredAny),
}

impl Lenient {
    fn number(&self) -> Option<f64> {
        match self {
            Lenient::Number(n) => Some(*n),
            Lenient::Text(s) => s.trim().parse().ok(),
            _ => None,
        }
    }

    fn text(self) -> Option<String> {
        match self {
            Lenient::Text(s) => Some(s),
            _ => None,
        }
    }
}

/// Why a token response cannot be used.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum ResponseProblem {
    /// Not a token response at all (not JSON, no `access_token`, absurd `expires_in`): worth
    /// retrying, the server may have sent an error page with a 2xx.
    Malformed,
    /// A code exchange answered without a refresh token: nothing to rotate, not retried.
    NoRefreshToken,
}

/// A parsed token response.
pub(crate) struct ParsedTokens {
    pub(crate) tokens: TokenSet,
    /// The server's `created_at`, used to detect clock skew.
    pub(crate) server_created_at: Option<DateTime<Utc>>,
}

impl TokenResponse {
    pub(crate) fn parse(body: &[u8]) -> Result<Self, ResponseProblem> {
        let response: TokenResponse =
            serde_json::from_slice(body).map_err(|_| ResponseProblem::Malformed)?;
        if response.access_token.expose_secret().is_empty() {
            return Err(ResponseProblem::Malformed);
        }
        Ok(response)
    }

    fn expires_in(&self) -> Result<Duration, ResponseProblem> {
        match self.expires_in.number() {
            None => Ok(DEFAULT_EXPIRES_IN),
            // Zero or negative would mean "refresh on every call"; more than ten years is junk.
            Some(s) if (1.0..=10.0 * 365.0 * 86_400.0).contains(&s) => {
                Ok(Duration::from_secs_f64(s))
            }
            Some(_) => Err(ResponseProblem::Malformed),
        }
    }

    fn created_at(&self) -> Option<DateTime<Utc>> {
        let secs = self.created_at.number()?;
        DateTime::from_timestamp(secs as i64, 0)
    }

    /// The token set from a fresh response. The expiry counts from `requested_at`, the local
    /// time the request was sent (conservative: never later than the server's expiry). Without a
    /// new refresh token the `previous` one is kept.
    pub(crate) fn into_tokens(
        self,
        requested_at: DateTime<Utc>,
        previous: Option<&SecretString>,
    ) -> Result<ParsedTokens, ResponseProblem> {
        let expires_in = self.expires_in()?;
        let server_created_at = self.created_at();
        let refresh_token = match (self.refresh_token, previous) {
            (Some(new), _) if !new.expose_secret().is_empty() => new,
            (_, Some(old)) => old.clone(),
            (_, None) => return Err(ResponseProblem::NoRefreshToken),
        };
        let lifetime = TimeDelta::from_std(expires_in).map_err(|_| ResponseProblem::Malformed)?;
        let mut tokens = TokenSet::new(self.access_token, refresh_token, requested_at + lifetime)
            .with_issued_at(requested_at);
        if let Some(token_type) = self.token_type.text() {
            tokens.token_type = token_type;
        }
        tokens.scope = self.scope.text();
        Ok(ParsedTokens {
            tokens,
            server_created_at,
        })
    }

    /// The token set from a response saved to disk by an older script: the expiry is
    /// `created_at + expires_in`; without `created_at` it is treated as already expired (the
    /// refresh token still works).
    pub(crate) fn into_saved_tokens(self) -> Result<TokenSet, ResponseProblem> {
        let expires_in = self.expires_in()?;
        let created_at = self.created_at();
        let Some(refresh_token) = self.refresh_token.filter(|r| !r.expose_secret().is_empty())
        else {
            return Err(ResponseProblem::NoRefreshToken);
        };
        let lifetime = TimeDelta::from_std(expires_in).map_err(|_| ResponseProblem::Malformed)?;
        let mut tokens = match created_at {
            Some(created) => TokenSet::new(self.access_token, refresh_token, created + lifetime)
                .with_issued_at(created),
            None => TokenSet::new(self.access_token, refresh_token, DateTime::UNIX_EPOCH),
        };
        if let Some(token_type) = self.token_type.text() {
            tokens.token_type = token_type;
        }
        tokens.scope = self.scope.text();
        Ok(tokens)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t0() -> DateTime<Utc> {
        DateTime::from_timestamp(1_767_225_600, 0).unwrap_or_default()
    }

    #[test]
    fn full_doorkeeper_response() {
        let body = br#"{"access_token":"at1","token_type":"Bearer","expires_in":86400,
            "refresh_token":"rt1","created_at":1767225600,"scope":"","user_email":"a@b.c"}"#;
        let parsed = TokenResponse::parse(body)
            .and_then(|r| r.into_tokens(t0(), None))
            .map_err(|p| format!("{p:?}"))
            .unwrap_or_else(|e| panic!("{e}"));
        let t = parsed.tokens;
        assert_eq!(t.access_token().expose_secret(), "at1");
        assert_eq!(t.refresh_token().expose_secret(), "rt1");
        assert_eq!(t.expires_at(), t0() + TimeDelta::seconds(86_400));
        assert_eq!(t.lifetime(), Some(DEFAULT_EXPIRES_IN));
        assert_eq!(t.token_type(), "Bearer");
        assert_eq!(t.scope(), Some(""));
        assert_eq!(parsed.server_created_at, Some(t0()));
    }

    #[test]
    fn missing_optional_fields_are_tolerated() {
        let body = br#"{"access_token":"at1","refresh_token":"rt1","expires_in":"3600"}"#;
        let parsed = TokenResponse::parse(body)
            .and_then(|r| r.into_tokens(t0(), None))
            .map_err(|p| format!("{p:?}"))
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(parsed.tokens.expires_at(), t0() + TimeDelta::seconds(3600));
        assert_eq!(parsed.tokens.token_type(), "Bearer");
        assert_eq!(parsed.tokens.scope(), None);
        assert_eq!(parsed.server_created_at, None);

        // No expires_in at all: Spiro's documented 24 h. Odd types are ignored.
        let body =
            br#"{"access_token":"at1","refresh_token":"rt1","scope":["a"],"token_type":null}"#;
        let parsed = TokenResponse::parse(body)
            .and_then(|r| r.into_tokens(t0(), None))
            .map_err(|p| format!("{p:?}"))
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(parsed.tokens.lifetime(), Some(DEFAULT_EXPIRES_IN));
        assert_eq!(parsed.tokens.scope(), None);
    }

    #[test]
    fn missing_refresh_token_keeps_the_old_one() {
        let old = SecretString::from("rt-old");
        let body = br#"{"access_token":"at2","expires_in":60}"#;
        let parsed = TokenResponse::parse(body)
            .and_then(|r| r.into_tokens(t0(), Some(&old)))
            .map_err(|p| format!("{p:?}"))
            .unwrap_or_else(|e| panic!("{e}"));
        assert!(parsed.tokens.has_refresh_token(&old));
        // An empty one counts as missing.
        let body = br#"{"access_token":"at2","refresh_token":""}"#;
        let parsed = TokenResponse::parse(body)
            .and_then(|r| r.into_tokens(t0(), Some(&old)))
            .map_err(|p| format!("{p:?}"))
            .unwrap_or_else(|e| panic!("{e}"));
        assert!(parsed.tokens.has_refresh_token(&old));
        // Without an old one (code exchange) it is an error.
        let body = br#"{"access_token":"at2"}"#;
        let problem = TokenResponse::parse(body).and_then(|r| r.into_tokens(t0(), None));
        assert!(matches!(problem, Err(ResponseProblem::NoRefreshToken)));
    }

    #[test]
    fn malformed_responses() {
        for body in [
            &b"<html>502 Bad Gateway</html>"[..],
            b"",
            b"{}",
            br#"{"access_token":""}"#,
            br#"{"access_token":5}"#,
            br#"{"access_token":"a","expires_in":-5}"#,
            br#"{"access_token":"a","expires_in":0}"#,
            br#"{"access_token":"a","expires_in":1e300}"#,
        ] {
            let r = TokenResponse::parse(body).and_then(|r| r.into_tokens(t0(), None));
            assert!(
                matches!(r, Err(ResponseProblem::Malformed)),
                "{}",
                String::from_utf8_lossy(body)
            );
        }
    }

    #[test]
    fn saved_response_uses_created_at() {
        let body = br#"{"access_token":"a","refresh_token":"r","expires_in":7200,"created_at":1767225600}"#;
        let t = TokenResponse::parse(body)
            .and_then(TokenResponse::into_saved_tokens)
            .map_err(|p| format!("{p:?}"))
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(t.expires_at(), t0() + TimeDelta::seconds(7200));
        assert_eq!(t.issued_at(), Some(t0()));
        let body = br#"{"access_token":"a","refresh_token":"r","expires_in":7200}"#;
        let t = TokenResponse::parse(body)
            .and_then(TokenResponse::into_saved_tokens)
            .map_err(|p| format!("{p:?}"))
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            t.remaining(Utc::now()),
            None,
            "no created_at: treated as expired"
        );
    }

    #[test]
    fn debug_is_redacted() {
        let t = TokenSet::new("acc-XYZ", "ref-XYZ", t0());
        let s = format!("{t:?}");
        assert!(!s.contains("acc-XYZ") && !s.contains("ref-XYZ"), "{s}");
    }
}
