//! JSON:API `errors`: what Spiro says went wrong, read leniently (no Spiro error body is
//! published, so none of its shapes may cost the caller the rest of the message).

use serde_json::value::RawValue;

/// A JSON:API error document: `{"errors": [...]}`. Entries that are not objects are skipped.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize)]
pub struct ErrorDocument {
    /// The errors, in order.
    pub errors: Vec<ErrorObject>,
}

/// One JSON:API error. Each member is text when Spiro sent a string, a number or a boolean,
/// and `None` otherwise.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize)]
pub struct ErrorObject {
    /// The HTTP status, e.g. `422`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// An application-specific code.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    /// A short summary, e.g. `is invalid`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// An explanation of this occurrence.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
    /// What caused it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<ErrorSource>,
}

/// What caused a JSON:API error.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize)]
pub struct ErrorSource {
    /// A JSON pointer to the offending member, e.g. `/data/attributes/name`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pointer: Option<String>,
    /// The offending query parameter.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub parameter: Option<String>,
}

/// Members by name, each as raw JSON (`None` when the value is not an object).
fn members(raw: &str) -> Option<std::collections::BTreeMap<String, Box<RawValue>>> {
    serde_json::from_str(raw).ok()
}

/// A string, number or boolean as text.
fn text(raw: Option<&RawValue>) -> Option<String> {
    match serde_json::from_str::<serde_json::Value>(raw?.get()).ok()? {
        serde_json::Value::String(s) => Some(s),
        serde_json::Value::Number(n) => Some(n.to_string()),
        serde_json::Value::Bool(b) => Some(b.to_string()),
        _ => None,
    }
}

impl ErrorDocument {
    /// Reads an error body; `None` when it has no `errors` array.
    pub(crate) fn read(body: &[u8]) -> Option<ErrorDocument> {
        #[derive(serde::Deserialize)]
        struct Wire {
            errors: Vec<Box<RawValue>>,
        }
        let wire: Wire = serde_json::from_slice(body).ok()?;
        Some(ErrorDocument {
            errors: wire
                .errors
                .iter()
                .filter_map(|raw| ErrorObject::read(raw.get()))
                .collect(),
        })
    }
}

impl ErrorObject {
    fn read(raw: &str) -> Option<ErrorObject> {
        let members = members(raw)?;
        Some(ErrorObject {
            status: text(members.get("status").map(|r| &**r)),
            code: text(members.get("code").map(|r| &**r)),
            title: text(members.get("title").map(|r| &**r)),
            detail: text(members.get("detail").map(|r| &**r)),
            source: members
                .get("source")
                .and_then(|raw| members_of_source(raw.get())),
        })
    }
}

/// Reads leniently (see [`ErrorDocument`]); fails only when there is no `errors` array.
impl<'de> serde::Deserialize<'de> for ErrorDocument {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let raw = Box::<RawValue>::deserialize(d)?;
        ErrorDocument::read(raw.get().as_bytes()).ok_or_else(|| {
            serde::de::Error::custom("not a JSON:API error document (no `errors` array)")
        })
    }
}

fn members_of_source(raw: &str) -> Option<ErrorSource> {
    let members = members(raw)?;
    Some(ErrorSource {
        pointer: text(members.get("pointer").map(|r| &**r)),
        parameter: text(members.get("parameter").map(|r| &**r)),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lenient_members() {
        let doc = ErrorDocument::read(
            br#"{"errors":[{"status":422,"title":"is invalid","detail":{"x":1},"source":{"pointer":"/data/attributes/name"}},"junk",{"code":true}]}"#,
        )
        .unwrap();
        assert_eq!(doc.errors.len(), 2);
        assert_eq!(doc.errors[0].status.as_deref(), Some("422"));
        assert_eq!(doc.errors[0].detail, None);
        assert_eq!(
            doc.errors[0]
                .source
                .as_ref()
                .and_then(|s| s.pointer.as_deref()),
            Some("/data/attributes/name")
        );
        assert_eq!(doc.errors[1].code.as_deref(), Some("true"));
        assert!(ErrorDocument::read(br#"{"error":"invalid_token"}"#).is_none());
    }
}
