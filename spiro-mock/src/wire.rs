//! The HTTP wire layer: our own accept loop (so that a handler can close its connection without a
//! response), the per-connection kill switch, and bounded body reading.

use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::body::Body;
use axum::response::{IntoResponse, Response};
use bytes::{Bytes, BytesMut};
use http::StatusCode;
use http_body_util::BodyExt;
use hyper_util::rt::{TokioIo, TokioTimer};
use parking_lot::Mutex;
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::oneshot;
use tokio::task::JoinSet;
use tower::ServiceExt;

/// Largest accepted request body (1 MiB); larger ones get 413.
pub(crate) const MAX_BODY: usize = 1024 * 1024;

/// Bodies up to this size are read to the end (and discarded) before a 413 is sent, so that the
/// client sees the answer instead of a reset connection; larger ones close the connection.
const DRAIN_LIMIT: usize = 32 * 1024 * 1024;

/// Closes the connection a request came in on, without a response. Put into the request
/// extensions by the accept loop.
#[derive(Clone, Debug)]
pub(crate) struct KillSwitch(Arc<Mutex<Option<oneshot::Sender<()>>>>);

impl KillSwitch {
    /// Fires the switch; `false` when it was fired already.
    fn fire(&self) -> bool {
        match self.0.lock().take() {
            Some(tx) => tx.send(()).is_ok(),
            None => false,
        }
    }
}

/// Closes the connection without writing a response: fires the kill switch and never returns.
/// Without a kill switch (the router used outside [`serve`]) it answers 500.
pub(crate) async fn drop_connection(kill: Option<KillSwitch>) -> Response {
    if kill.is_some_and(|k| k.fire()) {
        // The connection task drops the connection (and this future) on its next poll.
        std::future::pending::<()>().await;
    }
    (
        StatusCode::INTERNAL_SERVER_ERROR,
        "the connection could not be dropped",
    )
        .into_response()
}

/// Accepts connections until the task is aborted; aborting it also aborts every connection.
pub(crate) async fn serve(listener: TcpListener, app: Router) {
    let mut connections = JoinSet::new();
    loop {
        tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok((stream, _peer)) => {
                    // Latency of small responses matters more than packet count here.
                    let _ = stream.set_nodelay(true);
                    connections.spawn(serve_connection(stream, app.clone()));
                }
                Err(error) => {
                    // E.g. out of file descriptors: back off instead of spinning.
                    tracing::warn!(%error, "spiro-mock: accept failed");
                    tokio::time::sleep(Duration::from_millis(10)).await;
                }
            },
            Some(_) = connections.join_next(), if !connections.is_empty() => {}
        }
    }
}

async fn serve_connection(stream: TcpStream, app: Router) {
    let (tx, rx) = oneshot::channel::<()>();
    let kill = KillSwitch(Arc::new(Mutex::new(Some(tx))));
    let service =
        hyper::service::service_fn(move |mut request: http::Request<hyper::body::Incoming>| {
            request.extensions_mut().insert(kill.clone());
            app.clone().oneshot(request.map(Body::new))
        });
    let connection = hyper::server::conn::http1::Builder::new()
        .timer(TokioTimer::new())
        .serve_connection(TokioIo::new(stream), service);
    tokio::select! {
        biased;
        // Dropping the connection future closes the socket without writing anything.
        _ = rx => {}
        result = connection => {
            if let Err(error) = result {
                tracing::debug!(%error, "spiro-mock: connection ended with an error");
            }
        }
    }
}

/// Why a body could not be read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum BodyError {
    /// Larger than [`MAX_BODY`].
    TooLarge,
    /// The client went away or sent a broken body.
    Read,
}

/// Reads a body of at most [`MAX_BODY`] bytes.
pub(crate) async fn read_body(
    headers: &http::HeaderMap,
    mut body: Body,
) -> Result<Bytes, BodyError> {
    let declared = headers
        .get(http::header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    if declared.is_some_and(|n| n > DRAIN_LIMIT as u64) {
        return Err(BodyError::TooLarge);
    }
    let mut buf = BytesMut::new();
    let mut total = 0usize;
    while let Some(frame) = body.frame().await {
        let frame = frame.map_err(|_| BodyError::Read)?;
        let Ok(data) = frame.into_data() else {
            continue;
        };
        total = total.saturating_add(data.len());
        if total <= MAX_BODY {
            buf.extend_from_slice(&data);
        } else if total > DRAIN_LIMIT {
            return Err(BodyError::TooLarge);
        }
    }
    if total > MAX_BODY {
        Err(BodyError::TooLarge)
    } else {
        Ok(buf.freeze())
    }
}
