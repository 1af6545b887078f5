//! Buffers that hold secrets outside `SecretString`: request bodies, file contents and the
//! prebuilt `Authorization` header are kept in memory that is zeroized when its last reference
//! is dropped.

use bytes::Bytes;
use http::HeaderValue;
use secrecy::{ExposeSecret, SecretString};
use zeroize::Zeroizing;

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
pub(crate) fn bearer_header(access_token: &SecretString) -> Option<HeaderValue> {
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
        let h = bearer_header(&SecretString::from("tok-123")).unwrap_or_else(|| panic!("valid"));
        assert!(h.is_sensitive());
        assert_eq!(h.as_bytes(), b"Bearer tok-123");
        assert_eq!(format!("{h:?}"), "Sensitive");
        let clone = h.clone();
        // Same buffer, not a copy.
        assert_eq!(clone.as_bytes().as_ptr(), h.as_bytes().as_ptr());
        assert!(bearer_header(&SecretString::from("bad\ntoken")).is_none());
    }
}
