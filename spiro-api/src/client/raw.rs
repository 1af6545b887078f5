//! Requests by method and path, for what the generated operations do not cover (a path the
//! spec does not know yet, the `spiro api` command).
//!
//! A [`RawRequest`] goes the way of every generated call: the `pre` hook (bearer header,
//! `X-Api-Version`), then `exec` (retries, one refresh and replay after a 401, the capped body
//! reader), then the conversion into [`Error`]. It is only built differently: from a method, a
//! path below the base URL, query pairs and an optional JSON body, and it answers with the
//! status, headers and body as they came. It is a [`ListOperation`], so the paging streams walk
//! `page[number]` for it as for any list builder, yielding each record as raw JSON.

use bytes::Bytes;
use progenitor_client::ClientInfo as _;
use reqwest::header::HeaderMap;
use reqwest::{Method, StatusCode, Url};
use serde::de::DeserializeOwned;
use serde_json::Value;

use super::call::{self, CallOptions, Operation};
use crate::{Client, DecodeError, Error, ListOperation, Result, types};

/// The operation id that raw requests report to the hooks (tracing, shape capture) unless
/// [`RawRequest::operation_id`] names one.
pub const RAW_OPERATION_ID: &str = "raw_request";

impl Client {
    /// A request to `path` (below the base URL, starting with `/`, optionally with a query
    /// string) that runs through the same hooks as every generated call: see [`RawRequest`].
    ///
    /// ```no_run
    /// use spiro_api::reqwest::Method;
    /// # async fn run(client: &spiro_api::Client) -> spiro_api::Result<()> {
    /// let response = client
    ///     .request(Method::GET, "/pipelines/7/opportunity_stages")
    ///     .query("page[size]", "100")
    ///     .send()
    ///     .await?;
    /// let stages: serde_json::Value = response.json()?;
    /// # let _ = stages; Ok(()) }
    /// ```
    pub fn request(&self, method: Method, path: impl Into<String>) -> RawRequest<'_> {
        RawRequest {
            client: self,
            method,
            path: path.into(),
            query: Vec::new(),
            body: None,
            operation: None,
            options: CallOptions::new(),
        }
    }
}

/// A request by method and path; see [`Client::request`].
///
/// Its list walk, with [`ListOperation::pages`], sets `page[number]` (and `page[size]` when
/// given) on each page and yields the records of `data` as they came:
///
/// ```no_run
/// use futures::TryStreamExt;
/// use spiro_api::ListOperation;
/// use spiro_api::reqwest::Method;
/// # async fn run(client: &spiro_api::Client) -> spiro_api::Result<()> {
/// let mut records = client.request(Method::GET, "/companies").pages().page_size(100).items();
/// while let Some(record) = records.try_next().await? {
///     println!("{}", record["id"]);
/// }
/// # Ok(()) }
/// ```
#[derive(Clone, Debug)]
#[must_use]
pub struct RawRequest<'a> {
    client: &'a Client,
    method: Method,
    path: String,
    query: Vec<(String, String)>,
    body: Option<Value>,
    /// The spec's operation this request is, when named (see [`RawRequest::operation_id`]).
    operation: Option<&'static Operation>,
    options: CallOptions,
}

impl RawRequest<'_> {
    /// Appends a query pair (sent percent-encoded, like the generated calls' parameters).
    pub fn query(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.query.push((name.into(), value.into()));
        self
    }

    /// Sends `body` as the JSON request body.
    pub fn json(mut self, body: Value) -> Self {
        self.body = Some(body);
        self
    }

    /// Names the spec's operation this request is (its id, e.g. `get_company`), so that its
    /// spans carry that operation's name and `url.template` and the shape capture counts it.
    /// Without it (or for an id the spec does not have) the call span is `spiro.raw_request`
    /// and the attempt spans are named after the method alone.
    pub fn operation_id(mut self, id: &str) -> Self {
        self.operation = crate::builder::operation(id);
        self
    }

    /// Overrides the client's timeout and retry policy for this request (and, for a list,
    /// every page of it), as `.options(..)` does on every operation's builder.
    pub fn options(mut self, options: CallOptions) -> Self {
        self.options = options;
        self
    }

    /// The URL the request goes to, with its query.
    ///
    /// # Errors
    /// [`Error::InvalidRequest`] when the path does not start with `/` or would leave the
    /// base URL (another origin, or `..` above the base path).
    pub fn url(&self) -> Result<Url> {
        let invalid = |why: &str| Error::InvalidRequest(format!("path {:?}: {why}", self.path));
        if !self.path.starts_with('/') || self.path.starts_with("//") {
            return Err(invalid(
                "must start with a single `/` (it is relative to the API base URL)",
            ));
        }
        let base = Url::parse(self.client.base_url()).map_err(|_| invalid("bad base URL"))?;
        let mut url = Url::parse(&format!("{}{}", self.client.base_url(), self.path))
            .map_err(|e| invalid(&e.to_string()))?;
        let below_base = url
            .path()
            .strip_prefix(base.path().trim_end_matches('/'))
            .is_some_and(|rest| rest.is_empty() || rest.starts_with('/'));
        if url.origin() != base.origin() || !below_base {
            return Err(invalid("leaves the API base URL"));
        }
        if !self.query.is_empty() {
            url.query_pairs_mut().extend_pairs(&self.query);
        }
        Ok(url)
    }

    /// The JSON body, if any.
    pub fn body(&self) -> Option<&Value> {
        self.body.as_ref()
    }

    /// The method.
    pub fn method(&self) -> &Method {
        &self.method
    }

    /// Sends the request. A 2xx is returned whatever its body; any other status is
    /// [`Error::Api`], as for generated calls.
    ///
    /// # Errors
    /// As for every generated call's `send()`, and [`Error::InvalidRequest`] for a path
    /// refused by [`url`](Self::url).
    pub async fn send(self) -> Result<RawResponse> {
        let url = self.url()?;
        let client = self.client;
        let mut builder = client.client().request(self.method.clone(), url);
        if let Some(body) = &self.body {
            builder = builder.json(body);
        }
        let request = builder
            .build()
            .map_err(|e| Error::InvalidRequest(e.to_string()))?;
        let operation = self
            .operation
            .unwrap_or_else(|| Operation::raw(&self.method));
        let response = call::execute(client, operation, self.options, request).await?;
        let (status, headers) = (response.status(), response.headers().clone());
        let body = response.bytes().await.map_err(Error::Transport)?;
        Ok(RawResponse {
            status,
            headers,
            body,
        })
    }
}

/// A success response to a [`RawRequest`], its body read whole (within the client's
/// [`BodyLimits`](spiro_auth::BodyLimits)).
#[derive(Clone, Debug)]
pub struct RawResponse {
    status: StatusCode,
    headers: HeaderMap,
    body: Bytes,
}

impl RawResponse {
    /// The status (a 2xx).
    pub fn status(&self) -> StatusCode {
        self.status
    }

    /// The response headers.
    pub fn headers(&self) -> &HeaderMap {
        &self.headers
    }

    /// The body as received.
    pub fn body(&self) -> &Bytes {
        &self.body
    }

    /// The body decoded from JSON.
    ///
    /// # Errors
    /// [`Error::Decode`] when it is not JSON of type `T`.
    pub fn json<T: DeserializeOwned>(&self) -> Result<T> {
        serde_json::from_slice(&self.body).map_err(|source| {
            Error::Decode(Box::new(DecodeError::new(
                crate::error::truncate(self.body.clone()),
                &self.body,
                source,
            )))
        })
    }
}

impl ListOperation for RawRequest<'_> {
    type Item = Value;
    const OPERATION: &'static str = RAW_OPERATION_ID;

    fn fetch_page(
        mut self,
        number: i64,
        size: Option<i64>,
    ) -> impl Future<Output = Result<types::ListDocument<Value>>> + Send {
        self.query
            .retain(|(name, _)| name != "page[number]" && (size.is_none() || name != "page[size]"));
        self.query
            .push(("page[number]".to_owned(), number.to_string()));
        if let Some(size) = size {
            self.query.push(("page[size]".to_owned(), size.to_string()));
        }
        async move { self.send().await?.json() }
    }
}
