//! The request hooks progenitor calls around every generated operation: the one place
//! where requests meet authentication, retries and error bodies.
//!
//! - `pre` sets `X-Api-Version` and the `Authorization` header (waiting for a token
//!   refresh if one is due);
//! - `exec` sends, retries transient failures, handles a 401 with one refresh and one
//!   replay, and keeps the body of an error response for [`crate::Error`].

use progenitor_client::{ClientHooks, ClientInfo, Error, OperationInfo};
use reqwest::StatusCode;
use reqwest::header::{AUTHORIZATION, HeaderName, HeaderValue};
use tokio::time::Instant;

use crate::client::Authentication;
use crate::error::{AuthFailure, capture_body};
use crate::retry::{is_retryable_status, is_retryable_transport, retry_after};
use crate::{Client, ClientState};

/// progenitor adds an `api-version` header of its own; Spiro documents `X-Api-Version`.
const PROGENITOR_VERSION_HEADER: HeaderName = HeaderName::from_static("api-version");
const SPIRO_VERSION_HEADER: HeaderName = HeaderName::from_static("x-api-version");

impl ClientHooks<ClientState> for Client {
    async fn pre<E>(
        &self,
        request: &mut reqwest::Request,
        _info: &OperationInfo,
    ) -> Result<(), Error<E>> {
        let headers = request.headers_mut();
        headers.remove(PROGENITOR_VERSION_HEADER);
        headers.insert(SPIRO_VERSION_HEADER, HeaderValue::from_static("1"));
        match self.inner().auth.header().await {
            Ok(Some(header)) => {
                headers.insert(AUTHORIZATION, header);
                Ok(())
            }
            Ok(None) => Ok(()),
            // Not a response from Spiro: `crate::Error::from` turns it back into
            // `Error::Auth`, typed.
            Err(error) => Err(Error::UnexpectedResponse(AuthFailure::response(error))),
        }
    }

    async fn exec(
        &self,
        request: reqwest::Request,
        info: &OperationInfo,
    ) -> reqwest::Result<reqwest::Response> {
        let state = self.inner();
        let policy = &state.retry;
        let replay_allowed = policy.allows(request.method());
        let started = Instant::now();
        let mut retries = 0;
        let mut refreshed = false;
        let mut request = request;
        loop {
            // Bodies of generated requests are JSON bytes, so this clone is cheap and only
            // fails for streaming bodies, which are then sent once.
            let mut replay = request.try_clone();
            let sent_with = request.headers().get(AUTHORIZATION).cloned();
            let outcome = self.client().execute(request).await;

            // A 401 to a managed token: refresh once (or pick up the token another request
            // already refreshed) and replay once. Spiro did not act on a 401, so replaying is
            // safe for any method.
            if let Ok(response) = &outcome
                && response.status() == StatusCode::UNAUTHORIZED
                && !refreshed
                && let Authentication::Managed(manager) = &state.auth
                && let Some(rejected) = &sent_with
                && let Some(mut next) = replay.take()
            {
                refreshed = true;
                tracing::debug!(
                    operation = info.operation_id,
                    "401: refreshing the access token once"
                );
                match manager.unauthorized(rejected).await {
                    Ok(header) => {
                        next.headers_mut().insert(AUTHORIZATION, header);
                        request = next;
                        continue;
                    }
                    Err(error) => return Ok(AuthFailure::response(error)),
                }
            }

            let wait_hint = match &outcome {
                Ok(response) if replay_allowed && is_retryable_status(response.status()) => {
                    Some(retry_after(response.headers()))
                }
                Err(error) if is_retryable_transport(error, replay_allowed) => Some(None),
                _ => None,
            };
            if let (Some(hint), Some(mut next)) = (wait_hint, replay)
                && retries < policy.max_retries_allowed()
            {
                let delay = policy.delay(retries, hint);
                if started.elapsed() + delay <= policy.total_deadline() {
                    tracing::debug!(
                        operation = info.operation_id,
                        retry = retries + 1,
                        delay_ms = u64::try_from(delay.as_millis()).unwrap_or(u64::MAX),
                        status = outcome.as_ref().ok().map(|r| r.status().as_u16()),
                        "retrying a transient failure",
                    );
                    tokio::time::sleep(delay).await;
                    // The token may have been refreshed while we waited.
                    if let Ok(Some(header)) = state.auth.header().await {
                        next.headers_mut().insert(AUTHORIZATION, header);
                    }
                    retries += 1;
                    request = next;
                    continue;
                }
            }
            return match outcome {
                Ok(response) if !response.status().is_success() => Ok(capture_body(response).await),
                other => other,
            };
        }
    }
}
