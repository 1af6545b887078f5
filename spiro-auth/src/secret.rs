//! The OAuth secrets as distinct types ([`AuthorizationCode`], [`RefreshToken`],
//! [`AccessToken`]), so one cannot be passed where another is meant; and buffers that hold
//! secrets outside `SecretString`: request bodies, file contents and the prebuilt
//! `Authorization` header are kept in memory that is zeroized when its last reference is
//! dropped.

use std::fmt;

use bytes::Bytes;
use http::HeaderValue;
use secrecy::{ExposeSecret, SecretString};
use zeroize::Zeroizing;

/// A secret newtype over [`SecretString`]: zeroized on drop, `[REDACTED]` in `Debug`, no
/// `Display`, readable only through `expose_secret()`.
macro_rules! secret_type {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Clone)]
        pub struct $name(SecretString);

        impl $name {
            /// Wraps `secret`; the `String` moves into zeroize-on-drop memory.
            pub fn new(secret: impl Into<String>) -> Self {
                $name(SecretString::from(secret.into()))
            }

            /// The secret itself. Keep what you read out of logs and error messages.
            pub fn expose_secret(&self) -> &str {
                self.0.expose_secret()
            }
        }

        impl ExposeSecret<str> for $name {
            fn expose_secret(&self) -> &str {
                self.0.expose_secret()
            }
        }

        impl From<SecretString> for $name {
            fn from(secret: SecretString) -> Self {
                $name(secret)
            }
        }

        impl From<String> for $name {
            fn from(secret: String) -> Self {
                $name::new(secret)
            }
        }

        impl From<&str> for $name {
            fn from(secret: &str) -> Self {
                $name::new(secret)
            }
        }

        impl fmt::Debug for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(concat!(stringify!($name), "([REDACTED])"))
            }
        }
    };
}

secret_type!(
    /// The one-time `code` Spiro's authorize page sends back to your redirect URI, read with
    /// [`parse_redirect`](crate::parse_redirect) and spent by
    /// [`TokenManager::exchange_code`](crate::TokenManager::exchange_code).
    ///
    /// A [`RefreshToken`] is not an authorization code, and the compiler says so:
    ///
    /// ```compile_fail,E0308
    /// # async fn demo(endpoint: spiro_auth::TokenEndpoint) {
    /// let refresh = spiro_auth::RefreshToken::new("rt");
    /// let _ = endpoint.exchange_code(&refresh).await; // expected `&AuthorizationCode`
    /// # }
    /// ```
    ///
    /// ```
    /// # async fn demo(endpoint: spiro_auth::TokenEndpoint) {
    /// let code = spiro_auth::AuthorizationCode::new("the-code");
    /// assert_eq!(format!("{code:?}"), "AuthorizationCode([REDACTED])");
    /// let _ = endpoint.exchange_code(&code).await;
    /// # }
    /// ```
    AuthorizationCode
);

secret_type!(
    /// A refresh token: long-lived, rotated by Spiro on every refresh, and spent at most once
    /// ([`TokenSet::refresh_token`](crate::TokenSet::refresh_token)).
    RefreshToken
);

secret_type!(
    /// An access token: sent as `Authorization: Bearer …` to the API
    /// ([`TokenSet::access_token`](crate::TokenSet::access_token)).
    AccessToken
);

/// Owner of a zeroize-on-drop buffer inside [`Bytes`] (clones are reference-count bumps).
struct ZeroizingBuf(Zeroizing<Vec<u8>>);

impl AsRef<[u8]> for ZeroizingBuf {
    fn as_ref(&self) -> &[u8] {
        &self.0
    }
}

/// `buf` as shared [`Bytes`], zeroized when the last clone is dropped.
pub(crate) fn zeroizing_bytes(buf: Zeroizing<Vec<u8>>) -> Bytes {
    Bytes::from_owner(ZeroizingBuf(buf))
}

/// `Bearer <access token>` as a sensitive header value whose clones share one zeroize-on-drop
/// buffer. `None` if the token contains bytes that cannot appear in a header.
pub(crate) fn bearer_header(access_token: &AccessToken) -> Option<HeaderValue> {
    let token = access_token.expose_secret().as_bytes();
    let mut buf = Zeroizing::new(Vec::with_capacity(7 + token.len()));
    buf.extend_from_slice(b"Bearer ");
    buf.extend_from_slice(token);
    let mut value = HeaderValue::from_maybe_shared(zeroizing_bytes(buf)).ok()?;
    value.set_sensitive(true);
    Some(value)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bearer_header_is_sensitive_and_shared() {
        let h = bearer_header(&AccessToken::new("tok-123")).unwrap_or_else(|| panic!("valid"));
        assert!(h.is_sensitive());
        assert_eq!(h.as_bytes(), b"Bearer tok-123");
        assert_eq!(format!("{h:?}"), "Sensitive");
        let clone = h.clone();
        // Same buffer, not a copy.
        assert_eq!(clone.as_bytes().as_ptr(), h.as_bytes().as_ptr());
        assert!(bearer_header(&AccessToken::new("bad\ntoken")).is_none());
    }

    #[test]
    fn secret_types_are_redacted_and_readable() {
        let code = AuthorizationCode::new("code-xyz");
        let refresh = RefreshToken::from(String::from("rt-xyz"));
        let access = AccessToken::from(SecretString::from("at-xyz"));
        assert_eq!(format!("{code:?}"), "AuthorizationCode([REDACTED])");
        assert_eq!(format!("{refresh:?}"), "RefreshToken([REDACTED])");
        assert_eq!(format!("{access:?}"), "AccessToken([REDACTED])");
        assert_eq!(code.expose_secret(), "code-xyz");
        assert_eq!(refresh.expose_secret(), "rt-xyz");
        assert_eq!(access.clone().expose_secret(), "at-xyz");
    }
}
