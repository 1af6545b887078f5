//! The resource API under `/api/v1`: routing by the spec's path templates, authentication,
//! query parameters (paging, filters, `include`), body validation and the generic handlers.

use std::sync::Arc;

use axum::body::Body;
use axum::extract::{Request, State};
use axum::response::Response;
use http::{HeaderMap, HeaderValue, Method, StatusCode, header};
use serde_json::{Map, Value};

use crate::Shared;
use crate::faults::{self, Decision, FaultKind, Target};
use crate::jsonapi::{self, Reject};
use crate::resources::{self, RelationshipDef, ResourceKind};
use crate::spec::{self, Operation, ParamLocation, ParamSchema, Segment};
use crate::store::{self, Field, Filter, ListQuery, Page, Store, Write};
use crate::validate::Violation;
use crate::wire::{self, BodyError, KillSwitch};

/// The API prefix.
pub(crate) const PREFIX: &str = "/api/v1";

/// Default `page[size]`.
pub(crate) const DEFAULT_PAGE_SIZE: u64 = 25;

/// What an operation does, derived from its path template and method.
#[derive(Debug)]
enum Action {
    List {
        key: String,
        parent: Option<(&'static str, u64)>,
    },
    Create {
        key: String,
    },
    Read {
        key: String,
        id: u64,
    },
    Update {
        key: String,
        id: u64,
    },
    Delete {
        key: String,
        id: u64,
    },
}

/// A request matched against the spec.
struct Matched<'s> {
    operation: &'s Operation,
    kind: &'static ResourceKind,
    /// `Err` is the response when the target does not exist (unknown custom type, unknown
    /// parent, bad id).
    action: Result<Action, Reject>,
}

/// How routing failed.
enum RouteError {
    NotFound,
    MethodNotAllowed(Vec<Method>),
}

/// Path parameters by name, e.g. `("id", "884211")`.
type PathParams = Vec<(String, String)>;

/// Matches `segments` (the path after `/api/v1`) against the spec's templates.
fn route<'s>(
    spec: &'s spec::Spec,
    method: &Method,
    segments: &[&str],
) -> Result<(&'s Operation, PathParams), RouteError> {
    let mut allowed = Vec::new();
    for op in &spec.operations {
        let Some(params) = match_template(&op.segments, segments) else {
            continue;
        };
        if op.method == *method {
            return Ok((op, params));
        }
        allowed.push(op.method.clone());
    }
    if allowed.is_empty() {
        Err(RouteError::NotFound)
    } else {
        Err(RouteError::MethodNotAllowed(allowed))
    }
}

fn match_template(template: &[Segment], segments: &[&str]) -> Option<PathParams> {
    if template.len() != segments.len() {
        return None;
    }
    let mut params = Vec::new();
    for (t, s) in template.iter().zip(segments) {
        match t {
            Segment::Literal(l) if l == s => {}
            Segment::Literal(_) => return None,
            Segment::Param(name) => params.push((name.clone(), (*s).to_owned())),
        }
    }
    Some(params)
}

/// The shape of a routed path: its literal segments, the record id and the collection
/// qualifier (a non-`id` parameter, e.g. the custom object type).
struct Shape<'a> {
    literals: Vec<&'a str>,
    id: Option<&'a str>,
    qualifier: Option<&'a str>,
}

/// Derives the action of a routed request. Templates are `/c`, `/c/{id}`, `/p/{id}/c`,
/// `/c/{type}` and `/c/{type}/{id}`. `None` when the mock has no resource kind for it.
fn resolve<'s>(
    shared: &Shared,
    operation: &'s Operation,
    params: &[(String, String)],
) -> Option<Matched<'s>> {
    let shape = Shape {
        literals: operation
            .segments
            .iter()
            .filter_map(|s| match s {
                Segment::Literal(l) => Some(l.as_str()),
                Segment::Param(_) => None,
            })
            .collect(),
        id: params
            .iter()
            .find(|(n, _)| n == "id")
            .map(|(_, v)| v.as_str()),
        qualifier: params
            .iter()
            .find(|(n, _)| n != "id")
            .map(|(_, v)| v.as_str()),
    };
    let kind = resources::kind(shape.literals.last()?)?;
    let action = action(&shared.store.read(), &operation.method, kind, &shape);
    Some(Matched {
        operation,
        kind,
        action,
    })
}

fn action(
    store: &Store,
    method: &Method,
    kind: &'static ResourceKind,
    shape: &Shape<'_>,
) -> Result<Action, Reject> {
    let not_found = |what: &str| -> Reject {
        jsonapi::not_found(format!("There is no {what} with this id.")).into()
    };
    let parse_id = |raw: Option<&str>| raw.and_then(|v| v.parse::<u64>().ok());
    if let [parent, _] = shape.literals[..] {
        // `/parent/{id}/collection`: the records whose relationship points at the parent.
        let parent_kind = resources::kind(parent).ok_or_else(|| not_found("record"))?;
        let rel = kind
            .relationships
            .iter()
            .find(|r| r.collection == parent_kind.collection)
            .ok_or_else(|| not_found(parent_kind.type_name))?;
        let parent_id = parse_id(shape.id)
            .filter(|id| store.record(parent, *id).is_some())
            .ok_or_else(|| not_found(parent_kind.type_name))?;
        return Ok(Action::List {
            key: kind.collection.to_owned(),
            parent: Some((rel.name, parent_id)),
        });
    }
    let key = resources::store_key(kind.collection, shape.qualifier);
    if let Some(qualifier) = shape.qualifier.filter(|_| store.collection(&key).is_none()) {
        return Err(
            jsonapi::not_found(format!("There is no custom object type `{qualifier}`.")).into(),
        );
    }
    let Some(raw) = shape.id else {
        return match *method {
            Method::GET => Ok(Action::List { key, parent: None }),
            Method::POST => Ok(Action::Create { key }),
            _ => Err(method_not_allowed(&[Method::GET, Method::POST]).into()),
        };
    };
    let id = parse_id(Some(raw)).ok_or_else(|| not_found(kind.type_name))?;
    match *method {
        Method::GET => Ok(Action::Read { key, id }),
        Method::PUT => Ok(Action::Update { key, id }),
        Method::DELETE => Ok(Action::Delete { key, id }),
        _ => Err(method_not_allowed(&[Method::GET, Method::PUT, Method::DELETE]).into()),
    }
}

/// Every request under `/api/`.
pub(crate) async fn handle(State(shared): State<Arc<Shared>>, request: Request) -> Response {
    let (parts, body) = request.into_parts();
    let kill = parts.extensions.get::<KillSwitch>().cloned();
    let decision = faults::apply(&shared, Target::Api).await;
    match decision {
        Decision::Respond(kind) => return fault_response(kind),
        Decision::Drop => {
            crate::record_dropped(&shared, &parts.method, &parts.uri);
            return wire::drop_connection(kill).await;
        }
        Decision::Proceed | Decision::ProceedThenDrop => {}
    }
    let response = serve(&shared, &parts.method, &parts.uri, &parts.headers, body).await;
    if decision == Decision::ProceedThenDrop {
        crate::record_dropped(&shared, &parts.method, &parts.uri);
        return wire::drop_connection(kill).await;
    }
    response
}

async fn serve(
    shared: &Shared,
    method: &Method,
    uri: &http::Uri,
    headers: &HeaderMap,
    body: Body,
) -> Response {
    let Ok(spec) = spec::get() else {
        return jsonapi::error(
            StatusCode::INTERNAL_SERVER_ERROR,
            "The embedded spec could not be loaded.",
        );
    };
    let path = uri.path();
    let rest = path
        .strip_prefix(PREFIX)
        .filter(|r| r.is_empty() || r.starts_with('/'));
    let Some(rest) = rest else {
        return no_route(path);
    };
    let rest = rest.strip_prefix('/').unwrap_or(rest);
    let rest = rest.strip_suffix('/').unwrap_or(rest);
    let segments: Vec<&str> = if rest.is_empty() {
        Vec::new()
    } else {
        rest.split('/').collect()
    };
    let (operation, params) = match route(spec, method, &segments) {
        Ok(found) => found,
        Err(RouteError::NotFound) => return no_route(path),
        Err(RouteError::MethodNotAllowed(allowed)) => return method_not_allowed(&allowed),
    };
    if let Err(unauthorized) = crate::oauth::authenticate(shared, headers) {
        return unauthorized.into_response();
    }
    if let Err(reject) = check_headers(operation, headers) {
        return reject.into_response();
    }
    let Some(matched) = resolve(shared, operation, &params) else {
        return jsonapi::error(
            StatusCode::NOT_IMPLEMENTED,
            format!(
                "The mock does not serve `{}` ({}).",
                operation.id, operation.path
            ),
        );
    };
    let action = match matched.action {
        Ok(action) => action,
        Err(reject) => return reject.into_response(),
    };
    let query = match QueryParams::parse(
        uri.query(),
        matched.operation,
        matched.kind,
        shared.config.max_page_size,
    ) {
        Ok(q) => q,
        Err(reject) => return reject.into_response(),
    };
    match action {
        Action::List { key, parent } => {
            let list = ListQuery {
                parent,
                filters: query.filters,
                page: query.page,
                include: query.include,
            };
            match shared.store.read().list(&key, &list) {
                Some(doc) => jsonapi::json(StatusCode::OK, &doc),
                None => jsonapi::not_found("There is no such collection."),
            }
        }
        Action::Read { key, id } => {
            match shared
                .store
                .read()
                .single(&key, id, query.include.as_deref())
            {
                Some(doc) => jsonapi::json(StatusCode::OK, &doc),
                None => record_not_found(matched.kind),
            }
        }
        Action::Delete { key, id } => {
            if shared.store.write().delete(&key, id) {
                let mut response = Response::new(Body::empty());
                *response.status_mut() = StatusCode::NO_CONTENT;
                response
            } else {
                record_not_found(matched.kind)
            }
        }
        Action::Create { key } => {
            let write = match read_write(headers, body, matched.operation, matched.kind, None).await
            {
                Ok(w) => w,
                Err(response) => return response,
            };
            let now = now_string();
            let created = shared.store.write().create(&key, &write, &now);
            match created {
                Ok(Some(resource)) => {
                    let location = resource
                        .get("id")
                        .and_then(Value::as_str)
                        .map(|id| format!("{PREFIX}/{key}/{id}"));
                    let mut response = jsonapi::document(StatusCode::CREATED, resource);
                    if let Some(value) = location.and_then(|l| HeaderValue::from_str(&l).ok()) {
                        response.headers_mut().insert(header::LOCATION, value);
                    }
                    response
                }
                Ok(None) => jsonapi::not_found("There is no such collection."),
                Err(e) => jsonapi::rejected(e.status, &[e.violation]),
            }
        }
        Action::Update { key, id } => {
            if shared.store.read().record(&key, id).is_none() {
                return record_not_found(matched.kind);
            }
            let write =
                match read_write(headers, body, matched.operation, matched.kind, Some(id)).await {
                    Ok(w) => w,
                    Err(response) => return response,
                };
            let now = now_string();
            let updated = shared.store.write().update(&key, id, &write, &now);
            match updated {
                Ok(Some(resource)) => jsonapi::document(StatusCode::OK, resource),
                Ok(None) => record_not_found(matched.kind),
                Err(e) => jsonapi::rejected(e.status, &[e.violation]),
            }
        }
    }
}

fn record_not_found(kind: &ResourceKind) -> Response {
    jsonapi::not_found(format!("There is no {} with this id.", kind.type_name))
}

/// 404 for a path that no operation of the spec matches.
pub(crate) fn no_route(path: &str) -> Response {
    let shown: String = path.chars().take(200).collect();
    jsonapi::not_found(format!("No route matches `{shown}`."))
}

fn method_not_allowed(allowed: &[Method]) -> Response {
    let list: Vec<&str> = allowed.iter().map(Method::as_str).collect();
    let mut response = jsonapi::error(
        StatusCode::METHOD_NOT_ALLOWED,
        format!("This path supports {}.", list.join(", ")),
    );
    if let Ok(value) = HeaderValue::from_str(&list.join(", ")) {
        response.headers_mut().insert(header::ALLOW, value);
    }
    response
}

/// The answer of a `Status` or `RateLimited` fault on the API.
fn fault_response(kind: FaultKind) -> Response {
    match kind {
        FaultKind::RateLimited { retry_after } => {
            let mut response = jsonapi::error(
                StatusCode::TOO_MANY_REQUESTS,
                "Rate limit exceeded (injected fault).",
            );
            response.headers_mut().insert(
                header::RETRY_AFTER,
                HeaderValue::from(faults::retry_after_secs(retry_after)),
            );
            response
        }
        FaultKind::Status(code) => match crate::faults::fault_status(code) {
            // A 401 looks exactly like Spiro's answer to a bad token.
            StatusCode::UNAUTHORIZED => crate::oauth::invalid_token_response(),
            status => jsonapi::error(status, "Injected fault."),
        },
        _ => jsonapi::error(StatusCode::INTERNAL_SERVER_ERROR, "Injected fault."),
    }
}

/// Server time as stored in `created_at` / `updated_at`.
pub(crate) fn now_string() -> String {
    chrono::Utc::now().format("%Y-%m-%dT%H:%M:%SZ").to_string()
}

/// The parsed query of a request.
struct QueryParams {
    page: Page,
    filters: Vec<Filter>,
    include: Option<Vec<&'static RelationshipDef>>,
}

impl QueryParams {
    /// Parses and checks the query against the operation's declared parameters: `page[…]`,
    /// `filter[…]`, `include` and `per_page` must be declared, and each value must satisfy
    /// the parameter's schema in the spec (400 otherwise); other parameters are ignored.
    /// `page[size]` wins over `per_page`; both are capped at `max_page_size`.
    fn parse(
        raw: Option<&str>,
        op: &Operation,
        kind: &'static ResourceKind,
        max_page_size: u32,
    ) -> Result<QueryParams, Reject> {
        let mut q = QueryParams {
            page: Page {
                number: 1,
                size: DEFAULT_PAGE_SIZE,
            },
            filters: Vec::new(),
            include: None,
        };
        let (mut size, mut per_page) = (None, None);
        for (key, value) in url::form_urlencoded::parse(raw.unwrap_or("").as_bytes()) {
            let key = key.as_ref();
            let governed = key == "include"
                || key == "per_page"
                || key.starts_with("filter[")
                || key.starts_with("page[");
            if !governed {
                continue;
            }
            let Some(schema) = op
                .param_schemas
                .iter()
                .find(|p| p.location == ParamLocation::Query && p.name == key)
            else {
                let what = if key.starts_with("filter[") {
                    "filter"
                } else {
                    "parameter"
                };
                return Err(jsonapi::bad_parameter(
                    key,
                    format!("`{key}` is not a supported {what} of `{}`.", op.id),
                )
                .into());
            };
            let number = check_param(schema, &value)?;
            let cap = u64::from(max_page_size.max(1));
            match key {
                "page[number]" => q.page.number = number.unwrap_or(1),
                "page[size]" => size = number.map(|n| n.min(cap)),
                "per_page" => per_page = number.map(|n| n.min(cap)),
                "include" => q.include = Some(parse_include(&value, kind)?),
                _ => q.filters.push(parse_filter(key, &value, kind)?),
            }
        }
        if let Some(size) = size.or(per_page) {
            q.page.size = size;
        }
        Ok(q)
    }
}

/// Checks one parameter value against its schema; the value of an integer parameter.
fn check_param(schema: &ParamSchema, value: &str) -> Result<Option<u64>, Reject> {
    let name = schema.name.as_str();
    let instance = if schema.integer {
        match value.parse::<i64>() {
            Ok(n) => Value::from(n),
            Err(_) => {
                return Err(
                    jsonapi::bad_parameter(name, format!("`{name}` must be an integer.")).into(),
                );
            }
        }
    } else {
        Value::String(value.to_owned())
    };
    if let Some(error) = schema.validator.iter_errors(&instance).next() {
        return Err(jsonapi::bad_parameter(
            name,
            format!("`{name}` is not valid: {}.", error.masked()),
        )
        .into());
    }
    Ok(instance.as_u64())
}

/// Checks the declared header parameters that were sent (`X-Api-Version`).
fn check_headers(op: &Operation, headers: &HeaderMap) -> Result<(), Reject> {
    for schema in op
        .param_schemas
        .iter()
        .filter(|p| p.location == ParamLocation::Header)
    {
        let Some(value) = headers.get(schema.name.as_str()) else {
            continue;
        };
        let value = value.to_str().map_err(|_| {
            Reject::from(jsonapi::bad_parameter(
                &schema.name,
                format!("`{}` is not valid text.", schema.name),
            ))
        })?;
        check_param(schema, value)?;
    }
    Ok(())
}

fn parse_include(
    value: &str,
    kind: &'static ResourceKind,
) -> Result<Vec<&'static RelationshipDef>, Reject> {
    let mut out: Vec<&'static RelationshipDef> = Vec::new();
    for name in value.split(',') {
        let Some(rel) = kind.relationship(name) else {
            return Err(jsonapi::bad_parameter(
                "include",
                format!(
                    "`{}` has no relationship `{name}` to include.",
                    kind.type_name
                ),
            )
            .into());
        };
        if !out.iter().any(|r| r.name == rel.name) {
            out.push(rel);
        }
    }
    Ok(out)
}

/// `filter[x_cont]` and `filter[x][gte]`.
fn parse_filter(key: &str, value: &str, kind: &'static ResourceKind) -> Result<Filter, Reject> {
    let inner = key.strip_prefix("filter[").unwrap_or(key);
    let unsupported = || jsonapi::bad_parameter(key, format!("`{key}` is not a supported filter."));
    if let Some(field) = inner.strip_suffix("_cont]") {
        let field = resolve_field(field, kind).ok_or_else(unsupported)?;
        return Ok(Filter::Contains {
            field,
            needle: value.to_lowercase(),
        });
    }
    if let Some(field) = inner.strip_suffix("][gte]") {
        let field = resolve_field(field, kind).ok_or_else(unsupported)?;
        let instant = store::parse_instant_lenient(value).ok_or_else(|| {
            jsonapi::bad_parameter(key, format!("`{key}` must be an ISO 8601 date or time."))
        })?;
        return Ok(Filter::AtOrAfter { field, instant });
    }
    Err(unsupported().into())
}

/// An attribute of the kind, or `<relationship>_<attribute>` of a related kind.
fn resolve_field(name: &str, kind: &'static ResourceKind) -> Option<Field> {
    let spec = spec::get().ok()?;
    if spec
        .attributes(kind.attributes_schema)
        .iter()
        .any(|a| a.name == name)
    {
        return Some(Field::Attribute(name.to_owned()));
    }
    kind.relationships.iter().find_map(|rel| {
        let attribute = name.strip_prefix(rel.name)?.strip_prefix('_')?;
        let target = resources::kind(rel.collection)?;
        spec.attributes(target.attributes_schema)
            .iter()
            .any(|a| a.name == attribute)
            .then(|| Field::Related {
                relationship: rel,
                attribute: attribute.to_owned(),
            })
    })
}

/// Reads, parses and validates a write body; reduces it to what the store applies.
async fn read_write(
    headers: &HeaderMap,
    body: Body,
    op: &Operation,
    kind: &ResourceKind,
    path_id: Option<u64>,
) -> Result<Write, Response> {
    let content_type = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    let essence = content_type
        .split(';')
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase();
    if essence != "application/json" && !essence.ends_with("+json") {
        return Err(jsonapi::error(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "Send the document as `Content-Type: application/json`.",
        ));
    }
    let bytes = wire::read_body(headers, body).await.map_err(|e| match e {
        BodyError::TooLarge => jsonapi::error(
            StatusCode::PAYLOAD_TOO_LARGE,
            "The request body is larger than 1 MiB.",
        ),
        BodyError::Read => jsonapi::error(
            StatusCode::BAD_REQUEST,
            "The request body could not be read.",
        ),
    })?;
    let doc: Value = serde_json::from_slice(&bytes).map_err(|e| {
        jsonapi::error(
            StatusCode::BAD_REQUEST,
            format!(
                "The request body is not valid JSON (line {}, column {}).",
                e.line(),
                e.column()
            ),
        )
    })?;
    let spec = spec::get()
        .map_err(|_| jsonapi::error(StatusCode::INTERNAL_SERVER_ERROR, "spec unavailable"))?;
    let violations = op
        .request_schema
        .as_ref()
        .and_then(|schema| spec.validators.check(schema, &doc));
    if let Some(violations) = violations.filter(|v| !v.is_empty()) {
        return Err(jsonapi::unprocessable(&violations));
    }
    let data = doc
        .get("data")
        .and_then(Value::as_object)
        .cloned()
        .unwrap_or_default();
    // JSON:API: 409 for a type other than the collection's or an id other than the path's,
    // 403 for a client-generated id, which the server does not support.
    let refuse = |status: StatusCode, pointer: &str, message: String| {
        jsonapi::rejected(
            status,
            &[Violation {
                pointer: pointer.to_owned(),
                message,
            }],
        )
    };
    if data.get("type").and_then(Value::as_str) != Some(kind.type_name) {
        return Err(refuse(
            StatusCode::CONFLICT,
            "/data/type",
            format!("must be `{}`", kind.type_name),
        ));
    }
    match (data.get("id"), path_id) {
        (None, _) => {}
        (Some(_), None) => {
            return Err(refuse(
                StatusCode::FORBIDDEN,
                "/data/id",
                "client-generated ids are not supported".into(),
            ));
        }
        (Some(id), Some(path_id)) => {
            let sent = match id {
                Value::String(s) => s.clone(),
                other => other.to_string(),
            };
            if sent != path_id.to_string() {
                return Err(refuse(
                    StatusCode::CONFLICT,
                    "/data/id",
                    "does not match the id in the path".into(),
                ));
            }
        }
    }
    let mut write = Write::default();
    let declared = spec.attributes(kind.attributes_schema);
    if let Some(attrs) = data.get("attributes").and_then(Value::as_object) {
        for (name, value) in attrs {
            if name == "custom" {
                write.custom = value
                    .as_object()
                    .cloned()
                    .or_else(|| value.is_null().then(Map::new));
                continue;
            }
            // Read-only and undeclared attributes are ignored, as Rails' strong parameters do.
            if declared.iter().any(|a| a.name == name && !a.read_only) {
                write.attributes.insert(name.clone(), value.clone());
            }
        }
    }
    if let Some(rels) = data.get("relationships").and_then(Value::as_object) {
        for (name, rel) in rels {
            let target = match rel.get("data") {
                Some(Value::Object(ident)) => {
                    let type_name = ident
                        .get("type")
                        .and_then(Value::as_str)
                        .unwrap_or_default()
                        .to_owned();
                    let id = match ident.get("id") {
                        Some(Value::String(s)) => s.clone(),
                        Some(other) => other.to_string(),
                        None => String::new(),
                    };
                    Some((type_name, id))
                }
                Some(Value::Null) | None => None,
                Some(_) => {
                    let pointer =
                        format!("/data/relationships/{}/data", store::escape_pointer(name));
                    return Err(jsonapi::rejected(
                        StatusCode::FORBIDDEN,
                        &[Violation {
                            pointer,
                            message: "to-many relationships cannot be written".into(),
                        }],
                    ));
                }
            };
            write.relationships.push((name.clone(), target));
        }
    }
    Ok(write)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Dataset;
    use crate::validate;

    /// Every document a GET operation returns (seeded data, with and without `include`)
    /// validates against the spec's response schema of that operation.
    #[test]
    fn responses_conform_to_the_spec() {
        let shared = Shared::for_tests(
            &Dataset::default()
                .companies(40)
                .contacts(60)
                .opportunities(40),
        );
        let spec = spec::get().expect("spec");
        let mut checked = 0;
        for op in spec.operations.iter().filter(|o| o.method == Method::GET) {
            let schema = op.response_schema.as_deref().expect("response schema");
            let validator = spec.validators.compile_lenient(schema).expect("compiles");
            let collection = match &op.segments[0] {
                Segment::Literal(l) => l.clone(),
                Segment::Param(_) => panic!("template starts with a parameter"),
            };
            let key = resources::store_key(
                &collection,
                (collection == "custom_objects").then_some("machines"),
            );
            let id = shared.store.read().ids(&key)[0].to_string();
            let segments: Vec<String> = op
                .segments
                .iter()
                .map(|s| match s {
                    Segment::Literal(l) => l.clone(),
                    Segment::Param(p) if p == "id" => id.clone(),
                    Segment::Param(_) => "machines".to_owned(),
                })
                .collect();
            let segments: Vec<&str> = segments.iter().map(String::as_str).collect();
            let (routed, params) = route(spec, &Method::GET, &segments).ok().expect("routes");
            assert_eq!(routed.id, op.id);
            let matched = resolve(&shared, routed, &params).expect("resolves");
            let includes: Vec<Option<Vec<&'static RelationshipDef>>> =
                if op.query_params.contains("include") {
                    vec![None, Some(matched.kind.relationships.iter().collect())]
                } else {
                    vec![None]
                };
            for include in includes {
                let doc = match matched.action.as_ref().expect("action") {
                    Action::List { key, parent } => {
                        let query = ListQuery {
                            parent: *parent,
                            filters: Vec::new(),
                            page: Page {
                                number: 1,
                                size: 100,
                            },
                            include: include.clone(),
                        };
                        shared.store.read().list(key, &query).expect("list")
                    }
                    Action::Read { key, id } => shared
                        .store
                        .read()
                        .single(key, *id, include.as_deref())
                        .expect("single"),
                    other => panic!("unexpected {other:?}"),
                };
                let violations = validate::violations(&validator, &doc);
                assert!(violations.is_empty(), "{}: {violations:?}", op.id);
                checked += 1;
            }
        }
        assert_eq!(checked, 29);
    }
}
