//! The request hooks progenitor calls around every generated operation: this is the one
//! place where requests meet authentication, retries and error bodies.

use progenitor_client::{ClientHooks, ClientInfo, Error, OperationInfo};
use reqwest::header::{AUTHORIZATION, HeaderName};
use tokio::time::Instant;

use crate::retry::{is_retryable_status, is_retryable_transport, retry_after};
use crate::{Client, ClientState};

/// progenitor adds an `api-version` header of its own; Spiro documents `X-Api-Version`,
/// which the client sends by default.
const PROGENITOR_VERSION_HEADER: HeaderName = HeaderName::from_static("api-version");

impl ClientHooks<ClientState> for Client {
    /// Sets the `Authorization` header.
    async fn pre<E>(
        &self,
        request: &mut reqwest::Request,
        _info: &OperationInfo,
    ) -> Result<(), Error<E>> {
        let headers = request.headers_mut();
        headers.remove(PROGENITOR_VERSION_HEADER);
        if let Some(bearer) = &self.inner().bearer {
            headers.insert(AUTHORIZATION, bearer.clone());
        }
        Ok(())
    }

    /// Sends the request, retrying transient failures as the client's
    /// [`RetryPolicy`](crate::RetryPolicy) allows, and keeps the body of an error response
    /// for [`crate::Error`].
    async fn exec(
        &self,
        request: reqwest::Request,
        info: &OperationInfo,
    ) -> reqwest::Result<reqwest::Response> {
        let policy = &self.inner().retry;
        let replay_allowed = policy.allows(request.method());
        let started = Instant::now();
        let mut retries = 0;
        let mut request = request;
        loop {
            let replay = if replay_allowed {
                request.try_clone()
            } else {
                None
            };
            let outcome = self.client().execute(request).await;
            let wait_hint = match &outcome {
                Ok(response) if is_retryable_status(response.status()) => {
                    Some(retry_after(response.headers()))
                }
                Err(error) if is_retryable_transport(error, replay_allowed) => Some(None),
                _ => None,
            };
            if let (Some(hint), Some(next)) = (wait_hint, replay)
                && retries < policy.max_retries_allowed()
            {
                let delay = policy.delay(retries, hint);
                if started.elapsed() + delay <= policy.total_deadline() {
                    tracing::debug!(
                        operation = info.operation_id,
                        retry = retries + 1,
                        delay_ms = delay.as_millis() as u64,
                        status = outcome.as_ref().ok().map(|r| r.status().as_u16()),
                        "retrying a transient failure",
                    );
                    tokio::time::sleep(delay).await;
                    retries += 1;
                    request = next;
                    continue;
                }
            }
            return match outcome {
                Ok(response) if !response.status().is_success() => {
                    Ok(crate::error::capture_body(response).await)
                }
                other => other,
            };
        }
    }
}
