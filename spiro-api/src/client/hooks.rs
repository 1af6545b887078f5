//! The request hooks progenitor calls around every generated operation: the one place
//! where requests meet authentication and the request engine.
//!
//! - `pre` sets `X-Api-Version` and the `Authorization` header (waiting for a token
//!   refresh if one is due);
//! - `exec` hands the request to spiro-auth's request engine (`spiro_auth::engine`, shared
//!   with the token endpoint: one retry loop, one retry budget and one clock per client,
//!   attempt spans), with the call's deadline and retry policy ([`CallOptions`] over the
//!   client's) and an [`ApiExchange`] that says what Spiro's answers mean: a 401 gets one
//!   refresh and one replay (unless its `WWW-Authenticate` names another error than
//!   `invalid_token`); a success body that declares a length within
//!   [`BodyLimits::success`](spiro_auth::BodyLimits::success) is left to the generated code
//!   (hyper never reads past a declared length), every other body is read through the capped
//!   reader ([`spiro_auth::transport::read_body`]): a success body past the limit becomes
//!   [`crate::Error::BodyTooLarge`], an error body is kept up to
//!   [`BodyLimits::error`](spiro_auth::BodyLimits::error) for [`crate::Error`]; with
//!   [`ClientBuilder::capture_shapes`](crate::ClientBuilder::capture_shapes), the final
//!   answer's body, when it was read whole, is handed to the shape capture (`capture.rs`).
//!
//! [`CallOptions`]: crate::CallOptions
//!
//! A failure that is not Spiro's answer (no token could be had, the grant is revoked, a body
//! too large) is handed to `call::report`, typed; the generated `send()` returns it (see
//! `call.rs`).

use bytes::Bytes;
use progenitor_client::{ClientHooks, ClientInfo, Error, OperationInfo};
use reqwest::StatusCode;
use reqwest::header::{AUTHORIZATION, HeaderName, HeaderValue};
use spiro_auth::engine::{Attempt, Call, Exchange, Verdict};
use spiro_auth::transport::{self, BodyEnd, Overflow};

use super::call::{Operation, report, with_scope};
use super::hook::{Answer, Outgoing};
use super::{Authentication, ClientState};
use crate::Client;
use crate::error::{capture_body, carry, rebuild};

/// Spiro's API version header. (progenitor's own `api-version` header is left out of the
/// generated requests by `cargo xtask generate`.)
const SPIRO_VERSION_HEADER: HeaderName = HeaderName::from_static("x-api-version");

#[doc(hidden)] // progenitor's hooks: how the generated code reaches the engine, not user API
impl ClientHooks<ClientState> for Client {
    async fn pre<E>(
        &self,
        request: &mut reqwest::Request,
        _info: &OperationInfo,
    ) -> Result<(), Error<E>> {
        let headers = request.headers_mut();
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
        // Boxed apart from the call (which `call::send` boxes): the engine's state (the
        // request, its clone for a retry, the response, the attempt span) is most of a call's
        // future, and the call's future is moved a few times before it is boxed. Measured with
        // callgrind on the request benchmark: boxed here, a call costs 2,000 fewer
        // instructions than with the engine inline (mostly memcpy).
        Box::pin(self.send(request, info.operation_id)).await
    }
}

impl Client {
    /// Sends a request of the current call through the request engine.
    async fn send(
        &self,
        request: reqwest::Request,
        operation_id: &'static str,
    ) -> reqwest::Result<reqwest::Response> {
        let state = self.inner();
        let engine = &state.engine;
        let (operation, options, started) =
            with_scope(|scope| (scope.operation, scope.options.clone(), scope.started))
                .unwrap_or_else(|| (&UNTRACED, Default::default(), engine.clock().monotonic()));
        let policy = options.get_retry_policy().unwrap_or(engine.policy());
        let allowed = options.get_timeout().unwrap_or(policy.deadline());
        let call = Call {
            policy,
            deadline: started.saturating_add(allowed),
            idempotent: policy.allows(request.method()),
            target: operation.attempt,
            paced: true,
        };
        let mut exchange = ApiExchange {
            state,
            operation: operation_id,
            refreshed: false,
            sent_with: None,
            replay_with: None,
            whole_body: None,
            method: None,
        };
        let (outcome, ending) = engine.run(&call, request, &mut exchange).await;
        if ending == spiro_auth::engine::Ending::BudgetExhausted {
            with_scope(|scope| scope.budget_exhausted.set(true));
        }
        // Shape capture sees Spiro's final answer only when the capped reader read its body
        // whole: never a carried failure (`BodyTooLarge`, auth), a cut error body or a failed
        // connection.
        if let (Some(capture), Ok(response), Some(body)) =
            (&state.capture, &outcome, &exchange.whole_body)
        {
            capture.observe(operation_id, response, body);
        }
        outcome
    }
}

/// The operation of a request sent outside a call scope (not reachable through the public
/// API; kept so that such a request is still traced).
static UNTRACED: Operation = Operation {
    id: "unknown",
    call_name: "spiro.unknown",
    attempt: super::Target {
        name: "HTTP",
        template: None,
    },
};

/// What Spiro's answers mean to an API call.
struct ApiExchange<'a> {
    state: &'a ClientState,
    operation: &'static str,
    /// The one refresh after a 401 happened.
    refreshed: bool,
    /// The `Authorization` header of the request being sent.
    sent_with: Option<HeaderValue>,
    /// The header the replay after a 401 goes out with.
    replay_with: Option<HeaderValue>,
    /// The final answer's body, when it was read whole (for shape capture).
    whole_body: Option<Bytes>,
    /// The request's method, kept for the user's hook (only when there is one).
    method: Option<reqwest::Method>,
}

impl Exchange for ApiExchange<'_> {
    type Output = reqwest::Result<reqwest::Response>;

    fn sending(&mut self, request: &reqwest::Request, attempt: &Attempt<'_>) {
        self.sent_with = request.headers().get(AUTHORIZATION).cloned();
        if let Some(hook) = &self.state.hook {
            self.method = Some(request.method().clone());
            hook.before_send(&Outgoing {
                operation: self.operation,
                request,
                resend_count: attempt.resend_count,
            });
        }
    }

    fn answered(&mut self, response: &reqwest::Response, attempt: &Attempt<'_>) {
        self.show(Ok(response), attempt);
    }

    async fn answer(
        &mut self,
        response: reqwest::Response,
        _attempt: &Attempt<'_>,
    ) -> Verdict<Self::Output> {
        // A 401 to a managed token: refresh once (or pick up the token another request
        // already refreshed) and replay once. Spiro did not act on a 401, so replaying is safe
        // for any method. Not when the Bearer challenge names another error than
        // `invalid_token`: a new token would be refused the same way.
        if response.status() == StatusCode::UNAUTHORIZED
            && !self.refreshed
            && transport::refresh_may_help(response.headers())
            && let Authentication::Managed(manager) = &self.state.auth
            && let Some(rejected) = &self.sent_with
        {
            self.refreshed = true;
            tracing::debug!("401: refreshing the access token once");
            return match manager.unauthorized(rejected).await {
                Ok(header) => {
                    self.replay_with = Some(header);
                    #[cfg(feature = "metrics")]
                    spiro_auth::engine::metrics::unauthorized_replay(self.operation);
                    Verdict::Replay(Ok(response))
                }
                // The call fails with the typed error; the 401 Spiro sent is only what the
                // generated code sees.
                Err(error) => {
                    report(crate::Error::Auth(error));
                    Verdict::Done(Ok(response))
                }
            };
        }
        let limits = &self.state.limits;
        if response.status().is_success()
            && self.state.capture.is_none()
            && response
                .content_length()
                .is_some_and(|declared| declared <= limits.success() as u64)
        {
            // Within the limit by its declared length, which hyper never reads past: the
            // generated code reads it, under the attempt's timeout, without a copy here (the
            // capped reader's copy and the rebuilt response cost a tenth of a call).
            return Verdict::Done(Ok(response));
        }
        let (outcome, whole) = if response.status().is_success() {
            read_success(response, limits.success()).await
        } else {
            let (response, whole) = capture_body(response, limits.error()).await;
            (Ok(response), whole)
        };
        self.whole_body = whole;
        Verdict::Done(outcome)
    }

    fn failed(&mut self, error: reqwest::Error, attempt: &Attempt<'_>) -> Self::Output {
        self.show(Err(&error), attempt);
        Err(error)
    }

    async fn before_resend(&mut self, request: &mut reqwest::Request) {
        // After a 401, the header the refresh gave; after a wait, the current one (the token
        // may have been refreshed meanwhile).
        let header = match self.replay_with.take() {
            Some(header) => Some(header),
            None => self.state.auth.header().await.ok().flatten(),
        };
        if let Some(header) = header {
            request.headers_mut().insert(AUTHORIZATION, header);
        }
    }
}

impl ApiExchange<'_> {
    /// Shows an answer (or a failure) to the user's hook.
    fn show(&self, response: Result<&reqwest::Response, &reqwest::Error>, attempt: &Attempt<'_>) {
        let Some(hook) = &self.state.hook else {
            return;
        };
        let Some(url) = response.map_or_else(|e| e.url(), |r| Some(r.url())) else {
            return;
        };
        let method = self.method.as_ref().unwrap_or(&reqwest::Method::GET);
        hook.after_answer(&Answer {
            operation: self.operation,
            method,
            url,
            resend_count: attempt.resend_count,
            elapsed: self
                .state
                .engine
                .clock()
                .monotonic()
                .saturating_sub(attempt.started),
            response,
        });
    }
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
