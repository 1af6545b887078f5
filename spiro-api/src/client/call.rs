//! How one call (a generated builder's `send()`, or a raw request) runs and becomes a
//! `Result<T, spiro_api::Error>`: inside its call span, with its options, its outcome typed.
//!
//! progenitor's generated code (`generated.rs`) passes failures through its own
//! `progenitor_client::Error`, which only knows responses and strings. `cargo xtask
//! generate` therefore renames every generated `send` to a private `send_raw` and emits a
//! public `send()` / `send_with_response()` that run it through [`send`] below, the one
//! place where progenitor's error becomes [`Error`]:
//!
//! - the call's [`Operation`], [`CallOptions`] and start live in a scope that lasts exactly
//!   as long as the call ([`tokio::task_local!`]), where the request hooks find them;
//! - a failure the hooks hit before or instead of a response from Spiro (no token could be
//!   had, the grant is revoked, a body too large, …) is [`report`]ed into that scope, and
//!   [`send`] returns it as is: such a failure never travels as a made-up HTTP response;
//! - everything else (an error status, a body that does not decode, a connection failure)
//!   is converted from what progenitor returned.
//!
//! # The call span
//! Every call runs in an INFO span named `spiro.call`, whose `otel.name` is
//! `spiro.<operation_id>` (the exported span's name with `tracing-opentelemetry`), with
//! `spiro.operation_id` and, on failure, `error.type` (see [`error_type`]). The request
//! engine's attempt spans (`spiro.attempt`, `otel.name` = `GET /companies/{id}`) and the
//! token refresh span (`spiro_auth.refresh`) are its children.

use std::borrow::Cow;
use std::cell::{Cell, RefCell};
use std::future::Future;
use std::pin::Pin;
use std::time::Duration;

use progenitor_client::{ClientHooks, ClientInfo, OperationInfo, ResponseValue};
use reqwest::StatusCode;
use reqwest::header::HeaderMap;
use spiro_auth::engine::Target;
use tracing::Instrument;

use crate::{Client, Error, Result, RetryPolicy};

/// One operation of the spec, as its calls are traced: emitted by `cargo xtask generate` for
/// every builder (the id, and the method and path template from the spec).
#[derive(Debug)]
pub(crate) struct Operation {
    /// The operation id (`get_company`).
    pub(crate) id: &'static str,
    /// The call span's `otel.name`: `spiro.<id>`.
    pub(crate) call_name: &'static str,
    /// The attempt spans' name and `url.template`.
    pub(crate) attempt: Target,
}

impl Operation {
    /// The operation of a request that no generated builder makes (the command line's raw
    /// requests): call span `spiro.raw_request`, attempt spans named after the method alone
    /// (OpenTelemetry's name when there is no `url.template`).
    pub(crate) fn raw(method: &reqwest::Method) -> &'static Operation {
        macro_rules! raw {
            ($name:literal) => {{
                static OPERATION: Operation = Operation {
                    id: "raw_request",
                    call_name: "spiro.raw_request",
                    attempt: Target {
                        name: $name,
                        template: None,
                    },
                };
                &OPERATION
            }};
        }
        match method.as_str() {
            "GET" => raw!("GET"),
            "POST" => raw!("POST"),
            "PUT" => raw!("PUT"),
            "PATCH" => raw!("PATCH"),
            "DELETE" => raw!("DELETE"),
            "HEAD" => raw!("HEAD"),
            "OPTIONS" => raw!("OPTIONS"),
            _ => raw!("HTTP"),
        }
    }
}

/// Per-call overrides of the client's timeout and retry policy, given to any operation's
/// builder with `.options(..)` (for a list, every page of it).
///
/// ```no_run
/// use std::time::Duration;
/// use spiro_api::{CallOptions, RetryPolicy};
/// # async fn run(client: &spiro_api::Client) -> spiro_api::Result<()> {
/// // A large export may take two minutes, with more patient retries...
/// let patient = CallOptions::new()
///     .timeout(Duration::from_secs(120))
///     .retry_policy(RetryPolicy::default().with_max_retries(6));
/// let companies = client.list_companies().page_size(500).options(patient).send().await?;
/// // ... while an interactive lookup answers in two seconds or not at all.
/// let quick = CallOptions::new().timeout(Duration::from_secs(2)).retry_policy(RetryPolicy::disabled());
/// let company = client.get_company().id("884211").options(quick).send().await?;
/// # let _ = (companies, company); Ok(()) }
/// ```
#[derive(Clone, Debug, Default, PartialEq)]
#[must_use]
pub struct CallOptions {
    timeout: Option<Duration>,
    retry_policy: Option<RetryPolicy>,
}

impl CallOptions {
    /// No override: the client's settings.
    pub fn new() -> Self {
        Self::default()
    }

    /// The most this call may take, every attempt and wait included (it replaces the retry
    /// policy's [`deadline`](RetryPolicy::deadline) for this call). A zero timeout is ignored.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = (!timeout.is_zero()).then_some(timeout);
        self
    }

    /// How this call's transient failures are retried, instead of the client's policy (the
    /// client's retry budget still applies).
    pub fn retry_policy(mut self, policy: RetryPolicy) -> Self {
        self.retry_policy = Some(policy);
        self
    }

    /// The timeout override, if any.
    pub fn get_timeout(&self) -> Option<Duration> {
        self.timeout
    }

    /// The retry policy override, if any.
    pub fn get_retry_policy(&self) -> Option<&RetryPolicy> {
        self.retry_policy.as_ref()
    }
}

/// What a call's hooks share with it, for the call's life.
pub(crate) struct Scope {
    pub(crate) operation: &'static Operation,
    pub(crate) options: CallOptions,
    /// When the call started, on the client's clock (its deadline counts from here).
    pub(crate) started: Duration,
    /// The retry budget refused a retry that the call's failure would have had.
    pub(crate) budget_exhausted: Cell<bool>,
    reported: RefCell<Option<Error>>,
}

tokio::task_local! {
    /// Boxed: tokio swaps a task-local's value in and out of its slot on every poll.
    static SCOPE: Box<Scope>;
}

/// Runs `f` with the current call's scope; `None` outside a call (which calls made through
/// the generated `send()` or [`execute`] never are).
pub(crate) fn with_scope<R>(f: impl FnOnce(&Scope) -> R) -> Option<R> {
    SCOPE.try_with(|scope| f(scope)).ok()
}

/// Records the call duration metric.
#[cfg(feature = "metrics")]
fn record_call(operation: &Operation, duration: Duration, failure: Option<&str>) {
    spiro_auth::engine::metrics::call(operation.id, duration, failure.unwrap_or_default());
}

/// Runs one generated call of `operation` on `client` and returns its outcome as this crate's
/// [`Result`].
///
/// Not an `async fn`: the generated call's future (the request, the hooks' futures, the
/// decoding) is boxed here, once, so that the futures of the layers above it (this one, the
/// builder's `send()`, the caller's) stay small. An `async fn` keeps its arguments beside the
/// futures it awaits, so every layer taking the call by value doubled its size: 13.8 KB for
/// `get_company().send()`, copied some twenty times per call, was most of what a call cost
/// over a raw reqwest GET (see the README's benchmarks).
pub(crate) fn send<'a, T, F>(
    client: &'a Client,
    operation: &'static Operation,
    options: CallOptions,
    call: F,
) -> impl Future<Output = Result<ResponseValue<T>>> + 'a
where
    T: 'a,
    F: Future<Output = std::result::Result<ResponseValue<T>, progenitor_client::Error<()>>>
        + Send
        + 'a,
{
    scoped(
        client,
        operation,
        options,
        Box::pin(futures::TryFutureExt::map_err(call, Error::from_progenitor)),
    )
}

/// Sends a request that no generated builder makes (the command line's `spiro api METHOD
/// PATH`) the way generated calls are sent: in a call span named after `operation`, through
/// the `pre` hook (`X-Api-Version`, the bearer header) and the request engine (retries, 401
/// replay, capped body reading: the answer's body is read, an error body kept for [`Error`]).
/// An error status is returned as [`Error::Api`], like a generated call's.
pub(crate) fn execute<'a>(
    client: &'a Client,
    operation: &'static Operation,
    options: CallOptions,
    mut request: reqwest::Request,
) -> impl Future<Output = Result<reqwest::Response>> + 'a {
    let call = async move {
        let info = OperationInfo {
            operation_id: operation.id,
        };
        client
            .pre::<()>(&mut request, &info)
            .await
            .map_err(Error::from_progenitor)?;
        let response = client
            .exec(request, &info)
            .await
            .map_err(Error::Transport)?;
        if response.status().is_success() {
            Ok(response)
        } else {
            Err(Error::from_progenitor(
                progenitor_client::Error::<()>::UnexpectedResponse(response),
            ))
        }
    };
    scoped(client, operation, options, Box::pin(call))
}

/// A call's future, boxed (see [`send`]).
type BoxedCall<'a, T> = Pin<Box<dyn Future<Output = Result<T>> + Send + 'a>>;

/// Runs `call` in its span and scope; a failure reported by a hook wins over what `call`
/// returned.
async fn scoped<T>(
    client: &Client,
    operation: &'static Operation,
    options: CallOptions,
    call: BoxedCall<'_, T>,
) -> Result<T> {
    let clock = client.inner().engine.clock();
    let started = clock.monotonic();
    let span = tracing::info_span!(
        "spiro.call",
        otel.name = operation.call_name,
        otel.kind = "internal",
        spiro.operation_id = operation.id,
        error.type = tracing::field::Empty,
        otel.status_code = tracing::field::Empty,
    );
    let scope = Scope {
        operation,
        options,
        started,
        budget_exhausted: Cell::new(false),
        reported: RefCell::new(None),
    };
    let (outcome, reported, budget_exhausted) = SCOPE
        .scope(Box::new(scope), async move {
            let outcome = call.await;
            let (reported, budget) = SCOPE.with(|scope| {
                (
                    scope.reported.borrow_mut().take(),
                    scope.budget_exhausted.get(),
                )
            });
            (outcome, reported, budget)
        })
        .instrument(span.clone())
        .await;
    // Decode failures name the operation whose answer it was.
    let outcome = match reported {
        Some(error) => Err(error),
        None => outcome,
    }
    .map_err(|error| error.in_operation(operation.id));
    let failure = outcome
        .as_ref()
        .err()
        .map(|error| error_type(error, budget_exhausted));
    if let Some(kind) = &failure {
        span.record("error.type", kind.as_ref());
        span.record("otel.status_code", "ERROR");
    }
    #[cfg(feature = "metrics")]
    record_call(
        operation,
        clock.monotonic().saturating_sub(started),
        failure.as_deref(),
    );
    outcome
}

/// Records `error` as the outcome of the current call: [`send`] returns it whatever the
/// generated code makes of the hook's return value. Returns `false` (and drops `error`)
/// outside a call, which cannot happen for calls made through the generated `send()`.
pub(crate) fn report(error: Error) -> bool {
    with_scope(|scope| *scope.reported.borrow_mut() = Some(error)).is_some()
}

/// The call span's `error.type` (and the call duration metric's): a small, documented set.
///
/// | value | when |
/// |---|---|
/// | the status code (`"404"`, `"429"`, `"503"`, …) | Spiro answered with an error status |
/// | `retry_budget_exhausted` | a transient failure was not retried because the client's retry budget is spent |
/// | `timeout` | an attempt's timeout or the call's deadline passed |
/// | `connection` | connecting, sending or receiving failed |
/// | `reauthorization_required` | no token: a person has to log in again |
/// | `authentication` | no token could be had for another reason (token endpoint down, store failed) |
/// | `decode` | a success body that is not the documented JSON, or a record in it that does not decode |
/// | `body_too_large` | a success body past the client's limit |
/// | `invalid_request` | the request could not be built |
/// | `_OTHER` | anything else |
pub(crate) fn error_type(error: &Error, budget_exhausted: bool) -> Cow<'static, str> {
    if budget_exhausted && error.is_transient() {
        return Cow::Borrowed("retry_budget_exhausted");
    }
    Cow::Borrowed(match error {
        Error::Api(api) => return Cow::Owned(api.status().as_str().to_owned()),
        Error::Transport(e) if e.is_timeout() => "timeout",
        Error::Transport(_) => "connection",
        Error::Auth(e) if e.is_reauthorization_required() => "reauthorization_required",
        Error::Auth(_) => "authentication",
        Error::Decode(_) | Error::Record(_) => "decode",
        Error::BodyTooLarge { .. } => "body_too_large",
        Error::InvalidRequest(_) => "invalid_request",
        _ => "_OTHER",
    })
}

/// A decoded success body with the status and headers it came with; returned by every
/// builder's `send_with_response()`.
///
/// ```no_run
/// # async fn run(client: &spiro_api::Client) -> spiro_api::Result<()> {
/// let response = client.get_company().id("884211").send_with_response().await?;
/// println!("{} {:?}", response.status(), response.headers().get("x-request-id"));
/// let company = response.into_inner().data;
/// # let _ = company; Ok(()) }
/// ```
#[derive(Clone, Debug)]
pub struct Response<T> {
    status: StatusCode,
    headers: HeaderMap,
    value: T,
}

impl<T> Response<T> {
    /// The HTTP status (a 2xx).
    pub fn status(&self) -> StatusCode {
        self.status
    }

    /// The response headers.
    pub fn headers(&self) -> &HeaderMap {
        &self.headers
    }

    /// The decoded body.
    pub fn value(&self) -> &T {
        &self.value
    }

    /// The decoded body, by value.
    pub fn into_inner(self) -> T {
        self.value
    }
}

impl<T> Response<T> {
    /// Takes progenitor's response value apart (kept out of the public API).
    pub(crate) fn from_progenitor(response: ResponseValue<T>) -> Self {
        let (status, headers) = (response.status(), response.headers().clone());
        Self {
            status,
            headers,
            value: response.into_inner(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A raw request (the command line's `spiro api GET /companies`) runs the way generated
    /// calls do: the bearer header from `pre`, the engine's retries, an error status as
    /// [`Error::Api`].
    #[tokio::test]
    async fn a_raw_request_runs_through_pre_and_the_engine() {
        let server = spiro_mock::Server::start().await.unwrap();
        let client = Client::builder()
            .base_url(server.api_url())
            .access_token(server.issue_tokens().access_token)
            .build()
            .unwrap();
        let get = |path: &str| {
            let url = format!("{}{path}", client.base_url());
            reqwest::Request::new(reqwest::Method::GET, url.parse().unwrap())
        };
        server.inject(spiro_mock::Target::Api, spiro_mock::Fault::status(503));
        let operation = Operation::raw(&reqwest::Method::GET);
        let response = execute(&client, operation, CallOptions::new(), get("/companies"))
            .await
            .unwrap();
        assert_eq!(response.status(), StatusCode::OK);
        let document: serde_json::Value = response.json().await.unwrap();
        assert!(document["data"].is_array());
        assert_eq!(server.counters().api_requests, 2, "the 503 was retried");

        let error = execute(&client, operation, CallOptions::new(), get("/companies/0"))
            .await
            .unwrap_err();
        assert!(error.is_not_found(), "{error:?}");
        assert_eq!(operation.attempt.name, "GET");
        assert_eq!(Operation::raw(&reqwest::Method::TRACE).attempt.name, "HTTP");
    }
}
