//! How one generated call becomes a `Result<T, spiro_api::Error>`.
//!
//! progenitor's generated code (`generated.rs`) passes failures through its own
//! `progenitor_client::Error`, which only knows responses and strings. `cargo xtask
//! generate` therefore renames every generated `send` to a private `send_raw` and emits a
//! public `send()` / `send_with_response()` that run it through [`send`] below, the one
//! place where progenitor's error becomes [`Error`]:
//!
//! - a failure the request hooks hit before or instead of a response from Spiro (no token
//!   could be had, the grant is revoked, …) is [`report`]ed into a slot that lives exactly
//!   as long as the call ([`tokio::task_local!`]), and [`send`] returns it as is: such a
//!   failure never travels as a made-up HTTP response;
//! - everything else (an error status, a body that does not decode, a connection failure)
//!   is converted from what progenitor returned.

use std::cell::RefCell;
use std::future::Future;

use progenitor_client::ResponseValue;
use reqwest::StatusCode;
use reqwest::header::HeaderMap;

use crate::{Error, Result};

tokio::task_local! {
    /// The failure reported by a hook during the current call, if any.
    static REPORTED: RefCell<Option<Error>>;
}

/// Runs one generated call and returns its outcome as this crate's [`Result`].
pub(crate) async fn send<T, F>(call: F) -> Result<ResponseValue<T>>
where
    F: Future<Output = std::result::Result<ResponseValue<T>, progenitor_client::Error<()>>>,
{
    let (outcome, reported) = REPORTED
        .scope(RefCell::new(None), async move {
            let outcome = call.await;
            (outcome, REPORTED.with(|slot| slot.borrow_mut().take()))
        })
        .await;
    match (reported, outcome) {
        (Some(error), _) => Err(error),
        (None, Ok(value)) => Ok(value),
        (None, Err(error)) => Err(Error::from_progenitor(error)),
    }
}

/// Records `error` as the outcome of the current call: [`send`] returns it whatever the
/// generated code makes of the hook's return value. Returns `false` (and drops `error`)
/// outside a call, which cannot happen for calls made through the generated `send()`.
pub(crate) fn report(error: Error) -> bool {
    REPORTED
        .try_with(|slot| *slot.borrow_mut() = Some(error))
        .is_ok()
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
