//! JSON responses: documents and JSON:API error documents.

use axum::body::Body;
use axum::response::Response;
use http::{HeaderValue, StatusCode, header};
use serde::Serialize;
use serde_json::Value;

use crate::validate::Violation;

/// `Content-Type` of every JSON response.
pub(crate) const JSON: &str = "application/json; charset=utf-8";

/// A JSON response.
pub(crate) fn json(status: StatusCode, body: &impl Serialize) -> Response {
    let bytes = match serde_json::to_vec(body) {
        Ok(bytes) => bytes,
        Err(_) => {
            // Serializing `Value`s and plain structs does not fail; answer something sane anyway.
            return error(
                StatusCode::INTERNAL_SERVER_ERROR,
                "The response could not be serialized.",
            );
        }
    };
    let mut response = Response::new(Body::from(bytes));
    *response.status_mut() = status;
    response
        .headers_mut()
        .insert(header::CONTENT_TYPE, HeaderValue::from_static(JSON));
    response
}

/// Where an error comes from.
#[derive(Clone, Debug, Serialize)]
#[serde(rename_all = "lowercase")]
pub(crate) enum Source {
    /// A JSON pointer into the request document, e.g. `/data/attributes/amount`.
    Pointer(String),
    /// A query parameter, e.g. `page[number]`.
    Parameter(String),
}

#[derive(Serialize)]
struct ErrorObject<'a> {
    status: String,
    title: &'a str,
    detail: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    source: Option<Source>,
}

#[derive(Serialize)]
struct ErrorDocument<'a> {
    errors: Vec<ErrorObject<'a>>,
}

fn title(status: StatusCode) -> &'static str {
    status.canonical_reason().unwrap_or("Error")
}

/// An error document with one error.
pub(crate) fn error(status: StatusCode, detail: impl Into<String>) -> Response {
    error_with_source(status, detail, None)
}

/// An error document with one error that names its source.
pub(crate) fn error_with_source(
    status: StatusCode,
    detail: impl Into<String>,
    source: Option<Source>,
) -> Response {
    let doc = ErrorDocument {
        errors: vec![ErrorObject {
            status: status.as_str().to_owned(),
            title: title(status),
            detail: detail.into(),
            source,
        }],
    };
    json(status, &doc)
}

/// 400 for a bad query parameter.
pub(crate) fn bad_parameter(parameter: &str, detail: impl Into<String>) -> Response {
    error_with_source(
        StatusCode::BAD_REQUEST,
        detail,
        Some(Source::Parameter(parameter.to_owned())),
    )
}

/// 404 with a detail.
pub(crate) fn not_found(detail: impl Into<String>) -> Response {
    error(StatusCode::NOT_FOUND, detail)
}

/// 422 with one error per violation, each naming its pointer.
pub(crate) fn unprocessable(violations: &[Violation]) -> Response {
    rejected(StatusCode::UNPROCESSABLE_ENTITY, violations)
}

/// `status` with one error per violation, each naming its pointer: 422 for a schema
/// violation; 403, 404 and 409 where JSON:API prescribes them for writes.
pub(crate) fn rejected(status: StatusCode, violations: &[Violation]) -> Response {
    let title = if status == StatusCode::UNPROCESSABLE_ENTITY {
        "Invalid Attribute"
    } else {
        title(status)
    };
    let errors = violations
        .iter()
        .map(|v| ErrorObject {
            status: status.as_str().to_owned(),
            title,
            detail: v.message.clone(),
            source: Some(Source::Pointer(v.pointer.clone())),
        })
        .collect();
    json(status, &ErrorDocument { errors })
}

/// A single-resource document `{"data": …}`.
pub(crate) fn document(status: StatusCode, data: Value) -> Response {
    json(status, &serde_json::json!({ "data": data }))
}

/// An early answer of a handler step, boxed because responses are large.
#[derive(Debug)]
pub(crate) struct Reject(Box<Response>);

impl From<Response> for Reject {
    fn from(response: Response) -> Reject {
        Reject(Box::new(response))
    }
}

impl Reject {
    /// The response to send.
    pub(crate) fn into_response(self) -> Response {
        *self.0
    }
}
