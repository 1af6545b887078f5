//! [`TokenSet`]: an access token, the refresh token that came with it and an absolute expiry;
//! and the parsing of Spiro's token responses.

use std::fmt;
use std::time::Duration;

use chrono::{DateTime, TimeDelta, Utc};
use secrecy::{ExposeSecret, SecretString};

use crate::secret::{AccessToken, RefreshToken};
use serde::Deserialize;
use subtle::ConstantTimeEq;

/// Lifetime assumed when a token response has no `expires_in`: Spiro documents 24 hours.
const DEFAULT_EXPIRES_IN: Duration = Duration::from_secs(24 * 60 * 60);

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
    access_token: AccessToken,
    refresh_token: RefreshToken,
    expires_at: DateTime<Utc>,
    issued_at: Option<DateTime<Utc>>,
    token_type: String,
    scope: Option<String>,
    generation: u64,
}

impl TokenSet {
    /// Lifetime assumed when a token response has no `expires_in`: Spiro documents 24 hours.
    pub const DEFAULT_EXPIRES_IN: Duration = DEFAULT_EXPIRES_IN;

    /// A token set of type `Bearer` with unknown issue time and no scope.
    pub fn new(
        access_token: impl Into<AccessToken>,
        refresh_token: impl Into<RefreshToken>,
        expires_at: DateTime<Utc>,
    ) -> Self {
        TokenSet {
            access_token: access_token.into(),
            refresh_token: refresh_token.into(),
            expires_at,
            issued_at: None,
            token_type: "Bearer".to_owned(),
            scope: None,
            generation: 0,
        }
    }

    /// Sets the store generation (see [`generation`](Self::generation)).
    #[must_use]
    pub fn with_generation(mut self, generation: u64) -> Self {
        self.generation = generation;
        self
    }

    /// The store generation, for fencing in stores shared across hosts: a store that counts
    /// its saves (such as `PostgresTokenStore`) sets it on [`load`](crate::TokenStore::load);
    /// the [`TokenManager`](crate::TokenManager) saves tokens refreshed from generation *g* as
    /// *g + 1* (a login that replaces generation *g* too), and such a store refuses the save
    /// with [`StoreError::Superseded`](crate::StoreError::Superseded) when it already holds
    /// *g + 1* or newer. Loaded from a store that does not count, it is 0; saved as 0, it is
    /// accepted by a counting store only when that store is empty.
    pub fn generation(&self) -> u64 {
        self.generation
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
    pub fn access_token(&self) -> &AccessToken {
        &self.access_token
    }

    /// The refresh token.
    pub fn refresh_token(&self) -> &RefreshToken {
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
        secret_eq(
            self.access_token.expose_secret(),
            other.access_token.expose_secret(),
        )
    }

    /// Whether this set's refresh token is `refresh_token` (constant-time comparison).
    pub fn has_refresh_token(&self, refresh_token: &RefreshToken) -> bool {
        secret_eq(
            self.refresh_token.expose_secret(),
            refresh_token.expose_secret(),
        )
    }
}

fn secret_eq(a: &str, b: &str) -> bool {
    a.as_bytes().ct_eq(b.as_bytes()).into()
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
            .field("generation", &self.generation)
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
        previous: Option<&RefreshToken>,
    ) -> Result<ParsedTokens, ResponseProblem> {
        let expires_in = self.expires_in()?;
        let server_created_at = self.created_at();
        let refresh_token = match (self.refresh_token, previous) {
            (Some(new), _) if !new.expose_secret().is_empty() => RefreshToken::from(new),
            (_, Some(old)) => old.clone(),
            (_, None) => return Err(ResponseProblem::NoRefreshToken),
        };
        let lifetime = TimeDelta::from_std(expires_in).map_err(|_| ResponseProblem::Malformed)?;
        // Checked: a clock near the end of chrono's range must not panic.
        let expires_at = requested_at
            .checked_add_signed(lifetime)
            .ok_or(ResponseProblem::Malformed)?;
        let mut tokens = TokenSet::new(self.access_token, refresh_token, expires_at)
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
            Some(created) => {
                // Checked: `created_at` comes from the file and may be near the end of time.
                let expires_at = created
                    .checked_add_signed(lifetime)
                    .ok_or(ResponseProblem::Malformed)?;
                TokenSet::new(self.access_token, refresh_token, expires_at).with_issued_at(created)
            }
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
        let old = RefreshToken::new("rt-old");
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

/// Property tests: no input panics, every refusal is a typed [`ResponseProblem`], and what is
/// accepted is sane.
#[cfg(test)]
mod proptests {
    use proptest::prelude::*;
    use serde_json::{Map, Value, json};

    use super::*;

    /// A JSON value of any type, numbers included at their extremes.
    fn any_value() -> impl Strategy<Value = Value> {
        let leaf = prop_oneof![
            Just(Value::Null),
            any::<bool>().prop_map(Value::Bool),
            any::<i64>().prop_map(Value::from),
            any::<u64>().prop_map(Value::from),
            any::<f64>()
                .prop_map(|f| serde_json::Number::from_f64(f).map_or(Value::Null, Value::Number)),
            prop_oneof![
                Just(-1.0e300),
                Just(1.0e300),
                Just(0.0),
                Just(-0.5),
                Just(1.0),
                Just(315_360_000.0),
                Just(315_360_001.0),
                Just(9.3e18),
            ]
            .prop_map(|f| serde_json::Number::from_f64(f).map_or(Value::Null, Value::Number)),
            "\\PC{0,16}".prop_map(Value::from),
            "-?[0-9]{1,25}(\\.[0-9]{0,5})?(e[+-]?[0-9]{1,3})?".prop_map(Value::from),
        ];
        leaf.prop_recursive(2, 8, 3, |inner| {
            prop_oneof![
                prop::collection::vec(inner.clone(), 0..3).prop_map(Value::Array),
                prop::collection::btree_map("[a-z_]{1,12}", inner, 0..3)
                    .prop_map(|m| Value::Object(m.into_iter().collect())),
            ]
        })
    }

    const FIELDS: &[&str] = &[
        "access_token",
        "refresh_token",
        "expires_in",
        "created_at",
        "token_type",
        "scope",
        "error",
    ];

    /// Token-response-shaped objects: each known field absent, well typed or of any type.
    fn response_object() -> impl Strategy<Value = Value> {
        let field = |name: &'static str| {
            let typical: BoxedStrategy<Value> = match name {
                "access_token" | "refresh_token" => {
                    "[A-Za-z0-9_-]{0,40}".prop_map(Value::from).boxed()
                }
                "expires_in" => (-10i64..400_000_000).prop_map(Value::from).boxed(),
                "created_at" => prop_oneof![
                    (0i64..4_000_000_000).prop_map(Value::from),
                    any::<i64>().prop_map(Value::from),
                    Just(Value::from(8_210_298_412_799i64)),
                ]
                .boxed(),
                _ => "[a-zA-Z ]{0,10}".prop_map(Value::from).boxed(),
            };
            prop::option::of(prop_oneof![3 => typical, 1 => any_value()])
                .prop_map(move |v| (name, v))
        };
        FIELDS
            .iter()
            .map(|name| field(name))
            .collect::<Vec<_>>()
            .prop_map(|fields| {
                let mut map = Map::new();
                for (name, value) in fields {
                    if let Some(value) = value {
                        map.insert(name.to_owned(), value);
                    }
                }
                Value::Object(map)
            })
    }

    /// Bodies: arbitrary bytes, any JSON, token-shaped objects, and damaged valid responses.
    fn body() -> impl Strategy<Value = Vec<u8>> {
        let valid = serde_json::to_vec(&json!({
            "access_token": "at", "token_type": "Bearer", "expires_in": 86400,
            "refresh_token": "rt", "created_at": 1_767_225_600, "scope": ""
        }))
        .unwrap_or_default();
        prop_oneof![
            1 => prop::collection::vec(any::<u8>(), 0..64),
            1 => any_value().prop_map(|v| serde_json::to_vec(&v).unwrap_or_default()),
            4 => response_object().prop_map(|v| serde_json::to_vec(&v).unwrap_or_default()),
            1 => (0..valid.len(), any::<u8>(), any::<bool>()).prop_map(move |(at, byte, truncate)| {
                let mut damaged = valid.clone();
                if truncate {
                    damaged.truncate(at);
                } else {
                    damaged[at] = byte;
                }
                damaged
            }),
        ]
    }

    /// Local request times, including the ends of chrono's range.
    fn requested_at() -> impl Strategy<Value = DateTime<Utc>> {
        prop_oneof![
            4 => (0i64..4_102_444_800).prop_map(|s| DateTime::from_timestamp(s, 0).unwrap_or_default()),
            1 => Just(DateTime::<Utc>::MAX_UTC),
            1 => Just(DateTime::<Utc>::MIN_UTC),
        ]
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(100_000))]

        #[test]
        fn token_responses_never_panic(body in body(), at in requested_at(), keep_old in any::<bool>()) {
            let old = RefreshToken::new("rt-old");
            let previous = keep_old.then_some(&old);
            let Ok(response) = TokenResponse::parse(&body) else {
                return Ok(());
            };
            match response.into_tokens(at, previous) {
                Ok(parsed) => {
                    let t = parsed.tokens;
                    prop_assert!(!t.access_token().expose_secret().is_empty());
                    prop_assert!(!t.refresh_token().expose_secret().is_empty());
                    prop_assert!(t.expires_at() > at);
                    let lifetime = t.lifetime().unwrap_or_default();
                    prop_assert!(lifetime >= Duration::from_secs(1));
                    prop_assert!(lifetime <= Duration::from_secs(10 * 365 * 86_400));
                }
                Err(ResponseProblem::Malformed | ResponseProblem::NoRefreshToken) => {}
            }
            if let Ok(response) = TokenResponse::parse(&body) {
                match response.into_saved_tokens() {
                    Ok(t) => prop_assert!(!t.refresh_token().expose_secret().is_empty()),
                    Err(ResponseProblem::Malformed | ResponseProblem::NoRefreshToken) => {}
                }
            }
        }
    }
}
