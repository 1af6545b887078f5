//! The first leg of the authorization-code flow: the authorize URL with a random [`CsrfState`],
//! and reading the code back from the redirect ([`parse_redirect`]).
//!
//! ```
//! use spiro_auth::{AuthorizationRequest, Credentials, Endpoints, parse_redirect};
//!
//! let credentials = Credentials::new("my-id", "my-secret", "https://example.com/cb");
//! let request = AuthorizationRequest::new(&credentials, &Endpoints::spiro());
//! println!("open {}", request.url());
//!
//! // The browser lands on the redirect URI; the user pastes that URL (or just the code).
//! let pasted = format!("https://example.com/cb?code=0a1b2c&state={}", request.state().as_str());
//! let code = parse_redirect(&pasted)?.verify_state(request.state())?;
//! # let _ = code;
//! # Ok::<(), spiro_auth::AuthError>(())
//! ```

use std::fmt;

use crate::secret::AuthorizationCode;
use rand::rngs::OsRng;
use rand::{RngCore, TryRngCore};
use subtle::ConstantTimeEq;
use url::Url;

use crate::credentials::Credentials;
use crate::endpoint::Endpoints;
use crate::error::{AuthError, sanitize_code};

/// Bytes of OS randomness in a [`CsrfState`] (256 bits).
const STATE_BYTES: usize = 32;

/// The opaque `state` sent with the authorize URL and compared, in constant time, with the one
/// that comes back. 256 bits from the operating system's RNG, hex-encoded.
#[derive(Clone)]
pub struct CsrfState(String);

impl CsrfState {
    /// A fresh random state from the OS RNG.
    ///
    /// # Panics
    /// Only if the operating system cannot provide randomness at all.
    pub fn random() -> Self {
        let mut bytes = [0u8; STATE_BYTES];
        OsRng.unwrap_err().fill_bytes(&mut bytes);
        let mut hex = String::with_capacity(STATE_BYTES * 2);
        for b in bytes {
            hex.push(char::from(HEX[usize::from(b >> 4)]));
            hex.push(char::from(HEX[usize::from(b & 0xf)]));
        }
        CsrfState(hex)
    }

    /// The value as sent in the URL.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Checks the `state` returned by the server, in constant time.
    ///
    /// # Errors
    /// [`AuthError::StateMismatch`] when it differs.
    pub fn verify(&self, returned: &str) -> Result<(), AuthError> {
        if bool::from(self.0.as_bytes().ct_eq(returned.as_bytes())) {
            Ok(())
        } else {
            Err(AuthError::StateMismatch)
        }
    }
}

const HEX: &[u8; 16] = b"0123456789abcdef";

impl fmt::Debug for CsrfState {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("CsrfState([redacted])")
    }
}

/// Builds the URL that sends the user to Spiro's consent page:
/// `{authorize}?client_id=…&redirect_uri=…&response_type=code&state=…[&scope=…]`.
#[derive(Debug, Clone)]
pub struct AuthorizationRequest {
    authorize_url: Url,
    client_id: String,
    redirect_uri: String,
    scope: Option<String>,
    state: CsrfState,
}

impl AuthorizationRequest {
    /// A request for `credentials` with a fresh random [`CsrfState`] and no scope.
    pub fn new(credentials: &Credentials, endpoints: &Endpoints) -> Self {
        AuthorizationRequest {
            authorize_url: endpoints.authorize_url().clone(),
            client_id: credentials.client_id.clone(),
            redirect_uri: credentials.redirect_uri.clone(),
            scope: None,
            state: CsrfState::random(),
        }
    }

    /// Adds a `scope` parameter. Spiro documents no scopes; its older page shows an empty
    /// `scope=`, which `.scope("")` reproduces.
    #[must_use]
    pub fn scope(mut self, scope: impl Into<String>) -> Self {
        self.scope = Some(scope.into());
        self
    }

    /// The URL to open in a browser.
    pub fn url(&self) -> Url {
        let mut url = self.authorize_url.clone();
        {
            let mut query = url.query_pairs_mut();
            query
                .append_pair("client_id", &self.client_id)
                .append_pair("redirect_uri", &self.redirect_uri)
                .append_pair("response_type", "code")
                .append_pair("state", self.state.as_str());
            if let Some(scope) = &self.scope {
                query.append_pair("scope", scope);
            }
        }
        url
    }

    /// The state to verify when the code comes back.
    pub fn state(&self) -> &CsrfState {
        &self.state
    }
}

/// What came back from the authorization server: the code and, if present, the state.
///
/// The code is reachable only through [`verify_state`](Self::verify_state), which requires the
/// state that was sent, or through [`code_without_state_check`](Self::code_without_state_check),
/// whose name says what it skips.
pub struct AuthorizationResponse {
    code: AuthorizationCode,
    state: Option<String>,
}

impl fmt::Debug for AuthorizationResponse {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("AuthorizationResponse")
            .field("code", &"[redacted]")
            .field("has_state", &self.state.is_some())
            .finish()
    }
}

impl AuthorizationResponse {
    /// The code, once the returned `state` is verified against the one sent (in constant time).
    ///
    /// A redirect without `state`, or a bare pasted code, is refused: a web app that accepted it
    /// would be open to login CSRF (an attacker's code logged in as the victim).
    ///
    /// # Errors
    /// [`AuthError::StateMissing`] when no state came back; [`AuthError::StateMismatch`] when it
    /// differs.
    pub fn verify_state(self, expected: &CsrfState) -> Result<AuthorizationCode, AuthError> {
        match &self.state {
            Some(returned) => expected.verify(returned).map(|()| self.code),
            None => Err(AuthError::StateMissing),
        }
    }

    /// The code, **without checking any state**. Only for a code a person copied by hand from a
    /// page they opened themselves (the command-line login); never for a redirect received by a
    /// web server, which must use [`verify_state`](Self::verify_state).
    pub fn code_without_state_check(self) -> AuthorizationCode {
        self.code
    }

    /// Whether the input carried a `state` parameter (false for a bare code).
    pub fn has_state(&self) -> bool {
        self.state.is_some()
    }
}

/// Reads the code (and state) from what a user pasted: the full redirect URL
/// (`https://example.com/cb?code=…&state=…`), just its query string, or the bare code. Then
/// call [`AuthorizationResponse::verify_state`] (a bare code has no state, so it is refused
/// there; see [`AuthorizationResponse::code_without_state_check`]).
///
/// # Errors
/// [`AuthError::AuthorizationDenied`] when the redirect carries an `error` (e.g. the user
/// clicked *Deny*); [`AuthError::InvalidRedirect`] when no code can be found.
pub fn parse_redirect(input: &str) -> Result<AuthorizationResponse, AuthError> {
    let input = input.trim();
    if input.is_empty() {
        return Err(AuthError::InvalidRedirect {
            reason: "the input is empty",
        });
    }
    let query = if let Ok(url) = Url::parse(input) {
        url.query().unwrap_or_default().to_owned()
    } else if input.contains('=') {
        input.trim_start_matches('?').to_owned()
    } else {
        return parse_bare_code(input);
    };
    let mut code = None;
    let mut state = None;
    for (key, value) in url::form_urlencoded::parse(query.as_bytes()) {
        match &*key {
            "code" => code = Some(AuthorizationCode::new(value.into_owned())),
            // A repeated `state` keeps the first: verification then fails if they differ.
            "state" if state.is_none() => state = Some(value.into_owned()),
            "error" => {
                return Err(AuthError::AuthorizationDenied {
                    error: sanitize_code(&value),
                });
            }
            _ => {}
        }
    }
    match code {
        Some(code) => Ok(AuthorizationResponse { code, state }),
        None => Err(AuthError::InvalidRedirect {
            reason: "the URL has no `code` parameter",
        }),
    }
}

fn parse_bare_code(input: &str) -> Result<AuthorizationResponse, AuthError> {
    let plausible = input.len() <= 512
        && input
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"-._~+/".contains(&b));
    if !plausible {
        return Err(AuthError::InvalidRedirect {
            reason: "a bare code is letters, digits and -._~+/ only",
        });
    }
    Ok(AuthorizationResponse {
        code: AuthorizationCode::new(input),
        state: None,
    })
}

#[cfg(test)]
mod tests {

    use super::*;

    fn request() -> AuthorizationRequest {
        let credentials = Credentials::new("cid", "secret", "https://example.com/spiro/callback");
        AuthorizationRequest::new(&credentials, &Endpoints::spiro())
    }

    #[test]
    fn authorize_url_carries_every_parameter() {
        let request = request();
        let url = request.url();
        assert_eq!(url.scheme(), "https");
        assert_eq!(url.host_str(), Some("engine.spiro.ai"));
        assert_eq!(url.path(), "/oauth/authorize");
        let pairs: Vec<(String, String)> = url.query_pairs().into_owned().collect();
        let get = |k: &str| {
            pairs
                .iter()
                .find(|(key, _)| key == k)
                .map(|(_, v)| v.as_str())
        };
        assert_eq!(get("client_id"), Some("cid"));
        assert_eq!(
            get("redirect_uri"),
            Some("https://example.com/spiro/callback")
        );
        assert_eq!(get("response_type"), Some("code"));
        assert_eq!(get("state"), Some(request.state().as_str()));
        assert_eq!(get("scope"), None);
        // The redirect URI is percent-encoded in the raw query.
        assert!(
            url.query()
                .unwrap_or_default()
                .contains("redirect_uri=https%3A%2F%2Fexample.com%2Fspiro%2Fcallback")
        );
        let with_scope = request.scope("").url();
        assert!(with_scope.query().unwrap_or_default().ends_with("&scope="));
    }

    #[test]
    fn state_has_at_least_128_random_bits() {
        let a = CsrfState::random();
        let b = CsrfState::random();
        assert_eq!(a.as_str().len(), 64, "256 bits, hex");
        assert!(a.as_str().bytes().all(|c| c.is_ascii_hexdigit()));
        assert_ne!(a.as_str(), b.as_str());
        // 64 states share no 32-bit prefix (a collision has odds around 5e-7).
        let distinct: std::collections::HashSet<String> = (0..64)
            .map(|_| CsrfState::random().0[..8].to_owned())
            .collect();
        assert_eq!(distinct.len(), 64);
    }

    #[test]
    fn state_verification() {
        let s = CsrfState::random();
        assert!(s.verify(s.as_str()).is_ok());
        assert!(matches!(
            s.verify(&s.as_str()[..63]),
            Err(AuthError::StateMismatch)
        ));
        let mut other = s.as_str().to_owned();
        other.replace_range(0..1, if other.starts_with('0') { "1" } else { "0" });
        assert!(matches!(s.verify(&other), Err(AuthError::StateMismatch)));
        assert!(!format!("{s:?}").contains(s.as_str()));
    }

    #[test]
    fn parses_pasted_redirects() {
        let r = parse_redirect("  https://example.com/cb?code=abc123&state=xyz \n")
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(r.state.as_deref(), Some("xyz"));
        assert_eq!(r.code_without_state_check().expose_secret(), "abc123");

        let r = parse_redirect("?code=abc%2B1&state=s").unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(r.code.expose_secret(), "abc+1");

        let r = parse_redirect("18768d576dc182906bc1e030871bf79bf9da99a38c607c3ffbc60b3796b2f9d2")
            .unwrap_or_else(|e| panic!("{e}"));
        assert!(!r.has_state());
        assert_eq!(r.code_without_state_check().expose_secret().len(), 64);

        assert!(matches!(
            parse_redirect("https://example.com/cb?error=access_denied&state=x"),
            Err(AuthError::AuthorizationDenied { error }) if error == "access_denied"
        ));
        for bad in ["", "https://example.com/cb?state=x", "two words", "a\"b"] {
            assert!(
                matches!(parse_redirect(bad), Err(AuthError::InvalidRedirect { .. })),
                "{bad:?}"
            );
        }
    }

    #[test]
    fn a_redirect_must_carry_the_state_that_was_sent() {
        let request = request();
        let ok = parse_redirect(&format!(
            "https://e.x/cb?code=c&state={}",
            request.state().as_str()
        ))
        .unwrap_or_else(|e| panic!("{e}"));
        let code = ok
            .verify_state(request.state())
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(code.expose_secret(), "c");
        let forged =
            parse_redirect("https://e.x/cb?code=c&state=forged").unwrap_or_else(|e| panic!("{e}"));
        assert!(matches!(
            forged.verify_state(request.state()),
            Err(AuthError::StateMismatch)
        ));
        // Defect 10: a redirect URL, a query string or a bare code without `state` used to pass.
        for no_state in ["https://e.x/cb?code=c", "?code=c", "code=c&x=y", "c0de"] {
            let parsed = parse_redirect(no_state).unwrap_or_else(|e| panic!("{e}"));
            assert!(
                matches!(
                    parsed.verify_state(request.state()),
                    Err(AuthError::StateMissing)
                ),
                "{no_state}"
            );
        }
        // An empty or repeated state is no way around it.
        let empty =
            parse_redirect("https://e.x/cb?code=c&state=").unwrap_or_else(|e| panic!("{e}"));
        assert!(matches!(
            empty.verify_state(request.state()),
            Err(AuthError::StateMismatch)
        ));
        let twice = parse_redirect(&format!(
            "https://e.x/cb?code=c&state=forged&state={}",
            request.state().as_str()
        ))
        .unwrap_or_else(|e| panic!("{e}"));
        assert!(matches!(
            twice.verify_state(request.state()),
            Err(AuthError::StateMismatch)
        ));
        // The explicit, unchecked path for a hand-copied code.
        let bare = parse_redirect("c0de").unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(bare.code_without_state_check().expose_secret(), "c0de");
    }
}

/// Property tests of pasted redirects: no input panics, every refusal is typed, and a code is
/// released only with the state that was sent.
#[cfg(test)]
mod proptests {
    use proptest::prelude::*;

    use super::*;

    /// The expected state in tests (a real one is random; fixed here so inputs can carry it).
    const SENT: &str = "5ca1ab1e5ca1ab1e5ca1ab1e5ca1ab1e5ca1ab1e5ca1ab1e5ca1ab1e5ca1ab1e";

    fn piece() -> impl Strategy<Value = String> {
        prop_oneof![
            Just(String::new()),
            Just(SENT.to_owned()),
            Just(format!("{}x", &SENT[..63])),
            Just(SENT[..32].to_owned()),
            "[A-Za-z0-9._~+/-]{1,20}",
            "(%[0-9A-Fa-f]{2}|%|[a-z=&?#]){0,8}",
            prop::collection::vec(any::<char>(), 0..8).prop_map(|c| c.into_iter().collect()),
        ]
    }

    fn param() -> impl Strategy<Value = String> {
        let key = prop_oneof![
            Just("code"),
            Just("state"),
            Just("error"),
            Just("scope"),
            Just("STATE"),
            Just(""),
        ];
        (key, piece(), any::<bool>()).prop_map(|(k, v, with_eq)| {
            if with_eq {
                format!("{k}={v}")
            } else {
                k.to_owned()
            }
        })
    }

    /// Pasted text: arbitrary strings, bare codes, query strings and URLs with random
    /// parameters (repeated, empty, percent-encoded, with fragments), padded with whitespace.
    fn pasted() -> impl Strategy<Value = String> {
        let prefix = prop_oneof![
            Just(""),
            Just("?"),
            Just("https://example.com/cb?"),
            Just("http://127.0.0.1:8080/cb?x=1&"),
            Just("myapp://cb?"),
            Just("https://example.com/cb#"),
            Just("not a url?"),
        ];
        let structured = (
            prefix,
            prop::collection::vec(param(), 0..5),
            prop::option::of("#[a-z=&]{0,10}"),
        )
            .prop_map(|(p, params, fragment)| {
                format!("{p}{}{}", params.join("&"), fragment.unwrap_or_default())
            });
        let ws = || prop_oneof![Just(""), Just(" "), Just("\n"), Just("\t \r\n")];
        prop_oneof![
            1 => prop::collection::vec(any::<char>(), 0..40).prop_map(|c| c.into_iter().collect::<String>()),
            1 => "[ -~]{0,40}",
            1 => "[A-Za-z0-9._~+/-]{0,600}",
            4 => structured,
        ]
        .prop_flat_map(move |core| (ws(), Just(core), ws()))
        .prop_map(|(a, core, b)| format!("{a}{core}{b}"))
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(100_000))]

        #[test]
        fn pasted_redirects_never_panic_and_need_the_sent_state(input in pasted()) {
            let expected = CsrfState(SENT.to_owned());
            match parse_redirect(&input) {
                Ok(response) => {
                    let has_state = response.has_state();
                    let returned = response.state.clone();
                    match response.verify_state(&expected) {
                        Ok(code) => {
                            prop_assert!(has_state);
                            prop_assert_eq!(returned.as_deref(), Some(SENT));
                            let _ = code.expose_secret();
                        }
                        Err(AuthError::StateMissing) => prop_assert!(!has_state),
                        Err(AuthError::StateMismatch) => {
                            prop_assert!(has_state);
                            prop_assert_ne!(returned.as_deref(), Some(SENT));
                        }
                        Err(other) => prop_assert!(false, "untyped refusal: {other:?}"),
                    }
                }
                Err(AuthError::InvalidRedirect { .. } | AuthError::AuthorizationDenied { .. }) => {}
                Err(other) => prop_assert!(false, "untyped refusal: {other:?}"),
            }
        }
    }
}
