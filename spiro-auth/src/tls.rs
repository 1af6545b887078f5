//! The TLS stack of the HTTP clients built here and in spiro-api, chosen by cargo features, so
//! that the token endpoint and the API always use the same one.

use crate::error::ConfigError;

/// A `reqwest::ClientBuilder` set to the TLS stack chosen by this crate's features:
///
/// | feature | TLS stack |
/// |---|---|
/// | `rustls` (default) | rustls with the aws-lc-rs crypto provider |
/// | `rustls-ring` | rustls with the ring crypto provider (no aws-lc-sys C build) |
/// | `native-tls` | the platform's TLS library (OpenSSL on Linux) |
///
/// With several enabled, `rustls` wins over `rustls-ring`, which wins over `native-tls`. With
/// none, only plain `http` works (enough for tests against a local server; [`Endpoints`]
/// refuses plain `http` to anything but loopback hosts).
///
/// Both rustls variants verify certificates with the platform's roots
/// (`rustls-platform-verifier`).
///
/// # Errors
/// [`ConfigError::Tls`] when the `rustls-ring` configuration cannot be built (e.g. the
/// platform's root certificates cannot be loaded).
///
/// [`Endpoints`]: crate::Endpoints
pub fn http_client_builder() -> Result<reqwest::ClientBuilder, ConfigError> {
    let builder = reqwest::Client::builder();
    #[cfg(feature = "rustls")]
    let builder = builder.tls_backend_rustls();
    #[cfg(all(feature = "rustls-ring", not(feature = "rustls")))]
    let builder = builder.tls_backend_preconfigured(ring_config()?);
    #[cfg(all(
        feature = "native-tls",
        not(any(feature = "rustls", feature = "rustls-ring"))
    ))]
    let builder = builder.tls_backend_native();
    Ok(builder)
}

/// rustls with the ring provider and the platform verifier, without touching the process-wide
/// default provider.
#[cfg(all(feature = "rustls-ring", not(feature = "rustls")))]
fn ring_config() -> Result<rustls::ClientConfig, ConfigError> {
    use std::sync::Arc;

    use rustls_platform_verifier::BuilderVerifierExt;

    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let mut config = rustls::ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .and_then(|builder| builder.with_platform_verifier())
        .map_err(|e| ConfigError::Tls(Arc::new(e)))?
        .with_no_client_auth();
    // reqwest is built without HTTP/2 here.
    config.alpn_protocols = vec![b"http/1.1".to_vec()];
    Ok(config)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_selected_stack_builds_a_client() {
        let client = http_client_builder().map(|b| b.build());
        assert!(matches!(client, Ok(Ok(_))), "{client:?}");
    }
}
