//! The request hooks progenitor calls around every generated operation: the one place
//! where requests meet authentication, retries and response bodies.
//!
//! - `pre` sets `X-Api-Version` and the `Authorization` header (waiting for a token
//!   refresh if one is due);
//! - `exec` sends, retries transient failures under the client's [`RetryPolicy`] and
//!   [`RetryBudget`](spiro_auth::transport::RetryBudget), handles a 401 with one refresh and
//!   one replay (unless its `WWW-Authenticate` names another error than `invalid_token`),
//!   and reads every body through spiro-auth's capped reader
//!   ([`spiro_auth::transport::read_body`]): a success body past
//!   [`BodyLimits::success`](spiro_auth::BodyLimits::success) becomes
//!   [`crate::Error::BodyTooLarge`], an error body is kept up to
//!   [`BodyLimits::error`](spiro_auth::BodyLimits::error) for [`crate::Error`];
//!   with [`ClientBuilder::capture_shapes`](crate::ClientBuilder::capture_shapes), the final
//!   answer's body, when it was read whole, is handed to the shape capture (`capture.rs`).
//!
//! The retry rules (statuses, `Retry-After`, backoff, deadline, budget) are spiro-auth's
//! [`spiro_auth::transport`], shared with the token endpoint.
//!
//! [`RetryPolicy`]: crate::RetryPolicy
//!
//! A failure that is not Spiro's answer (no token could be had, the grant is revoked, a body
//! too large) is handed to `call::report`, typed; the generated `send()` returns it (see
//! `call.rs`).

use std::time::SystemTime;

use bytes::Bytes;
use progenitor_client::{ClientHooks, ClientInfo, Error, OperationInfo};
use reqwest::StatusCode;
use reqwest::header::{AUTHORIZATION, HeaderName, HeaderValue};
use spiro_auth::transport::{self, BodyEnd, Overflow, is_retryable_status};
use tokio::time::Instant;

use super::Authentication;
use super::call::report;
use crate::error::{capture_body, carry, rebuild};
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
            // Not a response from Spiro: the call returns the typed error; the string only
            // stops progenitor's generated code from sending the request.
            Err(error) => {
                let message = format!("authentication failed: {error}");
                report(crate::Error::Auth(error));
                Err(Error::Custom(message))
            }
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
        if let Some(timeout) = policy.attempt_timeout() {
            *request.timeout_mut() = Some(timeout);
        }
        loop {
            // Bodies of generated requests are JSON bytes, so this clone is cheap and only
            // fails for streaming bodies, which are then sent once.
            let mut replay = request.try_clone();
            let sent_with = request.headers().get(AUTHORIZATION).cloned();
            let outcome = self.client().execute(request).await;

            // A 401 to a managed token: refresh once (or pick up the token another request
            // already refreshed) and replay once. Spiro did not act on a 401, so replaying is
            // safe for any method. Not when the Bearer challenge names another error than
            // `invalid_token`: a new token would be refused the same way.
            if let Ok(response) = &outcome
                && response.status() == StatusCode::UNAUTHORIZED
                && !refreshed
                && transport::refresh_may_help(response.headers())
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
                    // The call fails with the typed error; the 401 Spiro sent is only
                    // what the generated code sees.
                    Err(error) => {
                        report(crate::Error::Auth(error));
                        return outcome;
                    }
                }
            }

            let (wait_hint, after_timeout) = match &outcome {
                Ok(response) if replay_allowed && is_retryable_status(response.status()) => (
                    Some(transport::retry_after(
                        response.headers(),
                        SystemTime::now(),
                    )),
                    false,
                ),
                Err(error) if is_retryable_transport(error, replay_allowed) => {
                    (Some(None), error.is_timeout())
                }
                _ => (None, false),
            };
            if let (Some(hint), Some(mut next)) = (wait_hint, replay) {
                // Durations only, saturating: no `Retry-After` can overflow (a wait past the
                // deadline means no retry, and the failure is returned as it is).
                let remaining = policy.deadline().saturating_sub(started.elapsed());
                if let Some(delay) = policy.sample_next_wait(retries, hint, remaining)
                    && state.budget.try_withdraw(after_timeout)
                {
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
            let (outcome, whole_body) = match outcome {
                Ok(response) if response.status().is_success() => {
                    state.budget.deposit();
                    read_success(response, state.limits.success()).await
                }
                Ok(response) => {
                    let (response, whole) = capture_body(response, state.limits.error()).await;
                    (Ok(response), whole)
                }
                other => (other, None),
            };
            // Shape capture sees Spiro's final answer only when the capped reader read its
            // body whole: never a carried failure (`BodyTooLarge`, auth), a cut error body or
            // a failed connection.
            if let (Some(capture), Ok(response), Some(body)) =
                (&state.capture, &outcome, &whole_body)
            {
                capture.observe(info.operation_id, response, body);
            }
            return outcome;
        }
    }
}

/// Transport failures worth a retry. A failed connect never reached Spiro, so it is safe
/// for any method; a timeout or a connection lost mid-response may have been processed.
fn is_retryable_transport(error: &reqwest::Error, replay_allowed: bool) -> bool {
    error.is_connect() || (replay_allowed && (error.is_timeout() || error.is_request()))
}

/// Reads a success body through the capped reader and hands on an equivalent response that
/// holds it, or a response carrying [`crate::Error::BodyTooLarge`] once the body is known to
/// be past `limit` (from `Content-Length`, or one chunk past it): the rest is never read.
///
/// The body is also returned when it was read whole (for shape capture).
async fn read_success(
    mut response: reqwest::Response,
    limit: usize,
) -> (reqwest::Result<reqwest::Response>, Option<Bytes>) {
    let mut body = Vec::new();
    match transport::read_body(&mut response, limit, Overflow::Fail, &mut body).await {
        Ok(BodyEnd::Complete) => {
            let body = Bytes::from(body);
            (Ok(rebuild(response, body.clone(), None)), Some(body))
        }
        Ok(BodyEnd::TooLarge) => {
            tracing::debug!(
                limit,
                "success body larger than the limit: not read further"
            );
            (Ok(carry(crate::Error::BodyTooLarge { limit })), None)
        }
        Err(error) => (Err(error), None),
    }
}
