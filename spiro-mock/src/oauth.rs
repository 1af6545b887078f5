//! OAuth 2.0 as Spiro documents it (Doorkeeper semantics): the authorize endpoint, the token
//! endpoint with refresh-token rotation and revoke-on-use, and bearer authentication of API
//! requests.
//!
//! Revoke-on-use: a refresh issues a new pair that remembers the refresh token it came from.
//! Until the new access token is first presented to the API, the old pair stays valid (so a
//! replay of the old refresh token issues yet another pair). On that first presentation the
//! old pair (access and refresh token) is revoked.

use std::collections::{BTreeMap, HashMap};
use std::fmt;
use std::sync::Arc;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use axum::body::Body;
use axum::extract::{Request, State};
use axum::response::Response;
use http::{HeaderMap, HeaderValue, StatusCode, header};
use rand::TryRngCore;
use serde::Serialize;
use serde_json::Value;

use crate::Shared;
use crate::events::{Event, TokenOutcome};
use crate::faults::{self, Decision, FaultKind, Target};
use crate::jsonapi::{self, Reject};
use crate::wire::{self, BodyError, KillSwitch};

/// A token pair handed out by [`Server::issue_tokens`](crate::Server::issue_tokens), as if an
/// authorization code had been exchanged.
#[derive(Clone, PartialEq, Eq)]
pub struct IssuedTokens {
    /// The access token (64 hex characters).
    pub access_token: String,
    /// The refresh token (64 hex characters).
    pub refresh_token: String,
    /// Lifetime of the access token in seconds.
    pub expires_in: u64,
    /// Server time of issue, Unix epoch seconds.
    pub created_at: i64,
}

impl fmt::Debug for IssuedTokens {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("IssuedTokens")
            .field("access_token", &"[redacted]")
            .field("refresh_token", &"[redacted]")
            .field("expires_in", &self.expires_in)
            .field("created_at", &self.created_at)
            .finish()
    }
}

const INVALID_REQUEST: &str = "The request is missing a required parameter, includes an unsupported parameter value, or is otherwise malformed.";
const INVALID_CLIENT: &str = "Client authentication failed due to unknown client, no client authentication included, or unsupported authentication method.";
const INVALID_GRANT: &str = "The provided authorization grant is invalid, expired, revoked, does not match the redirection URI used in the authorization request, or was issued to another client.";
const UNSUPPORTED_GRANT: &str =
    "The authorization grant type is not supported by the authorization server.";

/// `error_description` of a 401 on the API.
const TOKEN_MISSING: &str = "The access token is missing";
const TOKEN_INVALID: &str = "The access token is invalid";
const TOKEN_EXPIRED: &str = "The access token expired";
const TOKEN_REVOKED: &str = "The access token was revoked";

/// One issued pair (Doorkeeper's `oauth_access_tokens` row). No `Debug`: it holds secrets.
struct TokenRow {
    access_token: String,
    refresh_token: String,
    generation: u64,
    created: SystemTime,
    expires_in: u64,
    previous_refresh_token: Option<String>,
    revoked: bool,
    used: bool,
    force_expired: bool,
}

impl TokenRow {
    fn expired(&self, now: SystemTime) -> bool {
        self.force_expired || now >= self.created + Duration::from_secs(self.expires_in)
    }
}

struct CodeGrant {
    issued: Instant,
    used: bool,
}

/// Codes and tokens. No `Debug`: it holds secrets.
#[derive(Default)]
pub(crate) struct OAuthState {
    codes: HashMap<String, CodeGrant>,
    rows: Vec<TokenRow>,
    by_access: HashMap<String, usize>,
    by_refresh: HashMap<String, usize>,
}

/// 64 lowercase hex characters from the OS random number generator.
pub(crate) fn random_token() -> String {
    let mut bytes = [0u8; 32];
    if rand::rngs::OsRng.try_fill_bytes(&mut bytes).is_err() {
        // The OS generator is unavailable: fall back to the thread generator (a CSPRNG seeded
        // from the OS).
        rand::RngCore::fill_bytes(&mut rand::rng(), &mut bytes);
    }
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn epoch_secs(t: SystemTime) -> i64 {
    t.duration_since(UNIX_EPOCH)
        .map_or(0, |d| i64::try_from(d.as_secs()).unwrap_or(i64::MAX))
}

impl OAuthState {
    /// A new authorization code (the pushed event must be recorded by the caller).
    pub(crate) fn new_code(&mut self) -> (String, Event) {
        let code = random_token();
        self.codes.insert(
            code.clone(),
            CodeGrant {
                issued: Instant::now(),
                used: false,
            },
        );
        (code.clone(), Event::CodeIssued { code })
    }

    /// Issues a pair; returns the row index and its `TokensIssued` event.
    fn issue(
        &mut self,
        generation: u64,
        previous: Option<String>,
        ttl: Duration,
    ) -> (usize, Event) {
        let row = TokenRow {
            access_token: random_token(),
            refresh_token: random_token(),
            generation,
            created: SystemTime::now(),
            expires_in: ttl.as_secs().max(1),
            previous_refresh_token: previous,
            revoked: false,
            used: false,
            force_expired: false,
        };
        let event = Event::TokensIssued {
            generation,
            access_token: row.access_token.clone(),
            refresh_token: row.refresh_token.clone(),
            previous_refresh_token: row.previous_refresh_token.clone(),
        };
        let index = self.rows.len();
        self.by_access.insert(row.access_token.clone(), index);
        self.by_refresh.insert(row.refresh_token.clone(), index);
        self.rows.push(row);
        (index, event)
    }

    /// Issues a first-generation pair, as if a code had been exchanged.
    pub(crate) fn issue_tokens(&mut self, ttl: Duration) -> (IssuedTokens, Event) {
        let (index, event) = self.issue(1, None, ttl);
        (self.issued(index), event)
    }

    fn issued(&self, index: usize) -> IssuedTokens {
        let row = &self.rows[index];
        IssuedTokens {
            access_token: row.access_token.clone(),
            refresh_token: row.refresh_token.clone(),
            expires_in: row.expires_in,
            created_at: epoch_secs(row.created),
        }
    }

    /// Revokes every live pair and every outstanding code; returns the `Revoked` events.
    pub(crate) fn revoke_all(&mut self) -> Vec<Event> {
        for code in self.codes.values_mut() {
            code.used = true;
        }
        self.rows
            .iter_mut()
            .filter(|row| !row.revoked)
            .map(|row| {
                row.revoked = true;
                Event::Revoked {
                    access_token: row.access_token.clone(),
                    refresh_token: row.refresh_token.clone(),
                }
            })
            .collect()
    }

    /// Marks every issued access token expired.
    pub(crate) fn expire_all(&mut self) {
        for row in &mut self.rows {
            row.force_expired = true;
        }
    }

    /// Authenticates a presented access token; pushes first-use and revocation events into
    /// `events`. `Err` carries the `error_description`.
    fn authenticate(&mut self, token: &str, events: &mut Vec<Event>) -> Result<(), &'static str> {
        let Some(&index) = self.by_access.get(token) else {
            return Err(TOKEN_INVALID);
        };
        let row = &mut self.rows[index];
        if row.revoked {
            return Err(TOKEN_REVOKED);
        }
        if !row.used {
            // Doorkeeper revokes the previous pair on the first authentication of the new
            // token, before checking its expiry.
            row.used = true;
            events.push(Event::AccessTokenFirstUse {
                access_token: row.access_token.clone(),
            });
            let previous = row.previous_refresh_token.clone();
            if let Some(prev) = previous.and_then(|p| self.by_refresh.get(&p).copied()) {
                let old = &mut self.rows[prev];
                if !old.revoked {
                    old.revoked = true;
                    events.push(Event::Revoked {
                        access_token: old.access_token.clone(),
                        refresh_token: old.refresh_token.clone(),
                    });
                }
            }
        }
        if self.rows[index].expired(SystemTime::now()) {
            return Err(TOKEN_EXPIRED);
        }
        Ok(())
    }
}

/// Checks the bearer token of an API request. `Err` is the 401 response to send.
pub(crate) fn authenticate(shared: &Shared, headers: &HeaderMap) -> Result<(), Reject> {
    let token = headers
        .get(header::AUTHORIZATION)
        .map(|v| v.to_str().ok().and_then(bearer_token).ok_or(TOKEN_INVALID))
        .unwrap_or(Err(TOKEN_MISSING));
    let mut events = Vec::new();
    let result = token.and_then(|token| {
        let mut oauth = shared.oauth.lock();
        let result = oauth.authenticate(token, &mut events);
        shared.log.push(events.drain(..));
        result
    });
    shared.log.dispatch();
    result.map_err(|description| unauthorized(description).into())
}

/// The token of an `Authorization: Bearer <token>` header.
fn bearer_token(value: &str) -> Option<&str> {
    let (scheme, token) = value.trim().split_once(' ')?;
    let token = token.trim();
    (scheme.eq_ignore_ascii_case("bearer") && !token.is_empty()).then_some(token)
}

/// A 401 exactly as an authentication failure of the API looks (used for injected 401s too).
pub(crate) fn invalid_token_response() -> Response {
    unauthorized(TOKEN_INVALID)
}

/// 401 with `WWW-Authenticate` and an OAuth error body.
fn unauthorized(description: &str) -> Response {
    let mut response = oauth_error_response(StatusCode::UNAUTHORIZED, "invalid_token", description);
    let challenge = format!(
        r#"Bearer realm="Spiro", error="invalid_token", error_description="{description}""#
    );
    if let Ok(value) = HeaderValue::from_str(&challenge) {
        response
            .headers_mut()
            .insert(header::WWW_AUTHENTICATE, value);
    }
    response
}

#[derive(Serialize)]
struct OAuthErrorBody<'a> {
    error: &'a str,
    error_description: &'a str,
}

fn oauth_error_response(status: StatusCode, error: &str, description: &str) -> Response {
    let mut response = jsonapi::json(
        status,
        &OAuthErrorBody {
            error,
            error_description: description,
        },
    );
    no_store(response.headers_mut());
    response
}

fn no_store(headers: &mut HeaderMap) {
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    headers.insert(header::PRAGMA, HeaderValue::from_static("no-cache"));
}

#[derive(Serialize)]
struct TokenResponse<'a> {
    access_token: &'a str,
    token_type: &'static str,
    expires_in: u64,
    refresh_token: &'a str,
    scope: &'static str,
    created_at: i64,
}

/// `GET /oauth/authorize`: auto-approves and redirects with a code; errors are an HTML page.
pub(crate) async fn authorize(State(shared): State<Arc<Shared>>, request: Request) -> Response {
    let params: BTreeMap<String, String> =
        url::form_urlencoded::parse(request.uri().query().unwrap_or("").as_bytes())
            .into_owned()
            .collect();
    let config = &shared.config;
    if params.get("client_id") != Some(&config.client_id) {
        return error_page("invalid_client", INVALID_CLIENT);
    }
    if params.get("redirect_uri") != Some(&config.redirect_uri) {
        return error_page(
            "invalid_redirect_uri",
            "The requested redirect uri is malformed or doesn't match client redirect URI.",
        );
    }
    match params.get("response_type").map(String::as_str) {
        Some("code") => {}
        None => {
            return error_page(
                "invalid_request",
                "Missing required parameter: response_type.",
            );
        }
        Some(_) => {
            return error_page(
                "unsupported_response_type",
                "The authorization server does not support this response type.",
            );
        }
    }
    let (code, event) = shared.oauth.lock().new_code();
    shared.log.emit([event]);
    let mut location = config.redirect_url.clone();
    location.query_pairs_mut().append_pair("code", &code);
    if let Some(state) = params.get("state") {
        location.query_pairs_mut().append_pair("state", state);
    }
    let mut response = Response::new(Body::empty());
    *response.status_mut() = StatusCode::FOUND;
    if let Ok(value) = HeaderValue::from_str(location.as_str()) {
        response.headers_mut().insert(header::LOCATION, value);
    }
    no_store(response.headers_mut());
    response
}

fn error_page(error: &str, description: &str) -> Response {
    let html = format!(
        "<!DOCTYPE html>\n<html>\n<head><meta charset=\"utf-8\"><title>Spiro: authorization error</title></head>\n\
         <body>\n<h1>An error has occurred</h1>\n<p id=\"error\">{error}</p>\n<p id=\"error_description\">{description}</p>\n</body>\n</html>\n"
    );
    let mut response = Response::new(Body::from(html));
    *response.status_mut() = StatusCode::BAD_REQUEST;
    response.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/html; charset=utf-8"),
    );
    response
}

/// Why the token request parameters could not be read.
#[derive(Debug)]
enum ParamError {
    TooLarge,
    Malformed(&'static str),
}

type Params = BTreeMap<String, String>;

/// The parameters of a token request, by content type (JSON or form-urlencoded).
fn parse_params(headers: &HeaderMap, body: &[u8]) -> Result<Params, ParamError> {
    let content_type = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .map(|v| {
            v.split(';')
                .next()
                .unwrap_or("")
                .trim()
                .to_ascii_lowercase()
        });
    match content_type.as_deref() {
        Some(ct) if ct == "application/json" || ct.ends_with("+json") => {
            let value: Value = serde_json::from_slice(body)
                .map_err(|_| ParamError::Malformed("malformed JSON"))?;
            let Value::Object(map) = value else {
                return Err(ParamError::Malformed("the body is not a JSON object"));
            };
            let mut params = Params::new();
            for (key, value) in map {
                match value {
                    Value::String(s) => {
                        params.insert(key, s);
                    }
                    Value::Null => {}
                    _ if is_grant_param(&key) => {
                        return Err(ParamError::Malformed("a parameter is not a string"));
                    }
                    _ => {}
                }
            }
            Ok(params)
        }
        Some("application/x-www-form-urlencoded") => {
            Ok(url::form_urlencoded::parse(body).into_owned().collect())
        }
        None if body.is_empty() => Ok(Params::new()),
        _ => Err(ParamError::Malformed("unsupported content type")),
    }
}

fn is_grant_param(key: &str) -> bool {
    matches!(
        key,
        "grant_type" | "client_id" | "client_secret" | "code" | "redirect_uri" | "refresh_token"
    )
}

/// What a token request resulted in.
enum Grant {
    Issued(IssuedTokens),
    Denied {
        status: StatusCode,
        error: &'static str,
        description: String,
        outcome: TokenOutcome,
    },
}

fn invalid_request(description: impl Into<String>) -> Grant {
    Grant::Denied {
        status: StatusCode::BAD_REQUEST,
        error: "invalid_request",
        description: description.into(),
        outcome: TokenOutcome::InvalidRequest,
    }
}

fn invalid_grant() -> Grant {
    Grant::Denied {
        status: StatusCode::BAD_REQUEST,
        error: "invalid_grant",
        description: INVALID_GRANT.into(),
        outcome: TokenOutcome::InvalidGrant,
    }
}

/// `POST /oauth/token`.
pub(crate) async fn token(State(shared): State<Arc<Shared>>, request: Request) -> Response {
    let (parts, body) = request.into_parts();
    let kill = parts.extensions.get::<KillSwitch>().cloned();
    let params = match wire::read_body(&parts.headers, body).await {
        Ok(bytes) => parse_params(&parts.headers, &bytes),
        Err(BodyError::TooLarge) => Err(ParamError::TooLarge),
        Err(BodyError::Read) => Err(ParamError::Malformed("the body could not be read")),
    };
    let grant_type = params
        .as_ref()
        .ok()
        .and_then(|p| p.get("grant_type"))
        .cloned()
        .unwrap_or_default();
    let decision = faults::apply(&shared, Target::Token).await;
    match decision {
        Decision::Respond(kind) => {
            shared.log.emit([Event::TokenRequest {
                grant: grant_type,
                outcome: TokenOutcome::Fault,
            }]);
            return fault_response(kind);
        }
        Decision::Drop => {
            shared.log.push([Event::TokenRequest {
                grant: grant_type,
                outcome: TokenOutcome::Fault,
            }]);
            crate::record_dropped(&shared, &parts.method, &parts.uri);
            return wire::drop_connection(kill).await;
        }
        Decision::Proceed | Decision::ProceedThenDrop => {}
    }
    let grant = match params {
        Err(ParamError::TooLarge) => {
            shared.log.push([Event::TokenRequest {
                grant: grant_type,
                outcome: TokenOutcome::InvalidRequest,
            }]);
            Grant::Denied {
                status: StatusCode::PAYLOAD_TOO_LARGE,
                error: "invalid_request",
                description: "The request body is too large.".into(),
                outcome: TokenOutcome::InvalidRequest,
            }
        }
        Err(ParamError::Malformed(why)) => {
            shared.log.push([Event::TokenRequest {
                grant: grant_type,
                outcome: TokenOutcome::InvalidRequest,
            }]);
            invalid_request(format!("{INVALID_REQUEST} ({why})"))
        }
        Ok(params) => perform_grant(&shared, &grant_type, &params),
    };
    shared.log.dispatch();
    if decision == Decision::ProceedThenDrop {
        crate::record_dropped(&shared, &parts.method, &parts.uri);
        return wire::drop_connection(kill).await;
    }
    match grant {
        Grant::Issued(tokens) => {
            let body = TokenResponse {
                access_token: &tokens.access_token,
                token_type: "Bearer",
                expires_in: tokens.expires_in,
                refresh_token: &tokens.refresh_token,
                scope: "",
                created_at: tokens.created_at,
            };
            let mut response = jsonapi::json(StatusCode::OK, &body);
            no_store(response.headers_mut());
            response
        }
        Grant::Denied {
            status,
            error,
            description,
            ..
        } => oauth_error_response(status, error, &description),
    }
}

/// Validates and performs a grant; records its `TokenRequest` (and `TokensIssued`) events under
/// the OAuth lock, so that the log order is the order in which grants happened.
fn perform_grant(shared: &Shared, grant_type: &str, params: &Params) -> Grant {
    let config = &shared.config;
    let get = |k: &str| params.get(k).map(String::as_str).filter(|v| !v.is_empty());
    let precheck = match grant_type {
        "" => Some(invalid_request("Missing required parameter: grant_type.")),
        "authorization_code" if get("code").is_none() => {
            Some(invalid_request("Missing required parameter: code."))
        }
        "authorization_code" if get("redirect_uri").is_none() => {
            Some(invalid_request("Missing required parameter: redirect_uri."))
        }
        "refresh_token" if get("refresh_token").is_none() => Some(invalid_request(
            "Missing required parameter: refresh_token.",
        )),
        "authorization_code" | "refresh_token" => {
            let client_ok = get("client_id") == Some(config.client_id.as_str())
                && get("client_secret") == Some(config.client_secret.as_str());
            (!client_ok).then(|| Grant::Denied {
                status: StatusCode::UNAUTHORIZED,
                error: "invalid_client",
                description: INVALID_CLIENT.into(),
                outcome: TokenOutcome::InvalidClient,
            })
        }
        _ => Some(Grant::Denied {
            status: StatusCode::BAD_REQUEST,
            error: "unsupported_grant_type",
            description: UNSUPPORTED_GRANT.into(),
            outcome: TokenOutcome::InvalidRequest,
        }),
    };
    let ttl = *shared.token_ttl.lock();
    let mut oauth = shared.oauth.lock();
    let grant = match precheck {
        Some(denied) => denied,
        None if grant_type == "authorization_code" => {
            let code = get("code").unwrap_or_default();
            let usable = oauth
                .codes
                .get(code)
                .is_some_and(|c| !c.used && c.issued.elapsed() < config.code_ttl);
            if !usable || get("redirect_uri") != Some(config.redirect_uri.as_str()) {
                invalid_grant()
            } else {
                if let Some(c) = oauth.codes.get_mut(code) {
                    c.used = true;
                }
                let (index, issued) = oauth.issue(1, None, ttl);
                shared.log.push([
                    Event::TokenRequest {
                        grant: grant_type.into(),
                        outcome: TokenOutcome::Issued,
                    },
                    issued,
                ]);
                return Grant::Issued(oauth.issued(index));
            }
        }
        None => {
            let refresh = get("refresh_token").unwrap_or_default();
            match oauth.by_refresh.get(refresh).copied() {
                Some(parent) if !oauth.rows[parent].revoked => {
                    let generation = oauth.rows[parent].generation.saturating_add(1);
                    let (index, issued) = oauth.issue(generation, Some(refresh.to_owned()), ttl);
                    shared.log.push([
                        Event::TokenRequest {
                            grant: grant_type.into(),
                            outcome: TokenOutcome::Issued,
                        },
                        issued,
                    ]);
                    return Grant::Issued(oauth.issued(index));
                }
                _ => invalid_grant(),
            }
        }
    };
    if let Grant::Denied { outcome, .. } = &grant {
        shared.log.push([Event::TokenRequest {
            grant: grant_type.into(),
            outcome: *outcome,
        }]);
    }
    grant
}

/// The answer of a `Status` or `RateLimited` fault on the token endpoint.
fn fault_response(kind: FaultKind) -> Response {
    let (status, retry_after) = match kind {
        FaultKind::RateLimited { retry_after } => {
            (StatusCode::TOO_MANY_REQUESTS, Some(retry_after))
        }
        FaultKind::Status(code) => (crate::faults::fault_status(code), None),
        _ => (StatusCode::INTERNAL_SERVER_ERROR, None),
    };
    let error = match status.as_u16() {
        401 => "invalid_client",
        429 => "rate_limited",
        503 => "temporarily_unavailable",
        500..=599 => "server_error",
        _ => "invalid_request",
    };
    let mut response = oauth_error_response(status, error, "Injected fault.");
    if let Some(delay) = retry_after {
        response.headers_mut().insert(
            header::RETRY_AFTER,
            HeaderValue::from(faults::retry_after_secs(delay)),
        );
    }
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_64_hex() {
        let t = random_token();
        assert_eq!(t.len(), 64);
        assert!(
            t.bytes()
                .all(|b| b.is_ascii_hexdigit() && !b.is_ascii_uppercase())
        );
        assert_ne!(t, random_token());
    }

    #[test]
    fn bearer_parsing() {
        assert_eq!(bearer_token("Bearer abc"), Some("abc"));
        assert_eq!(bearer_token("bearer  abc "), Some("abc"));
        assert_eq!(bearer_token("Basic abc"), None);
        assert_eq!(bearer_token("Bearer"), None);
        assert_eq!(bearer_token("Bearer "), None);
    }

    #[test]
    fn params_by_content_type() {
        let mut h = HeaderMap::new();
        h.insert(
            header::CONTENT_TYPE,
            HeaderValue::from_static("application/json; charset=utf-8"),
        );
        let p = parse_params(&h, br#"{"grant_type":"refresh_token","extra":1}"#).expect("json");
        assert_eq!(
            p.get("grant_type").map(String::as_str),
            Some("refresh_token")
        );
        assert!(parse_params(&h, br#"{"grant_type":5}"#).is_err());
        assert!(parse_params(&h, b"[1]").is_err());
        assert!(parse_params(&h, b"\xff\xfe").is_err());
        h.insert(
            header::CONTENT_TYPE,
            HeaderValue::from_static("application/x-www-form-urlencoded"),
        );
        let p = parse_params(&h, b"grant_type=refresh_token&refresh_token=a%2Bb").expect("form");
        assert_eq!(p.get("refresh_token").map(String::as_str), Some("a+b"));
        h.insert(header::CONTENT_TYPE, HeaderValue::from_static("text/plain"));
        assert!(parse_params(&h, b"x").is_err());
    }
}
