//! The spans production users watch, recorded by a `tracing` layer against spiro-mock: one call
//! span per operation, one attempt span per request sent (OpenTelemetry's HTTP client names),
//! the token refresh under the attempt that needed it; no secret and no filter value in any
//! field or event, at any level.
//!
//! Each test runs on a current-thread runtime with the recording subscriber set for the thread,
//! so the refresh task (spawned on the same thread) is recorded too; waits run on an injected
//! clock, so the 429's `Retry-After` costs no real time.

mod support;

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime};

use spiro_api::spiro_auth::time::{ManualSleep, ManualTimeSource};
use spiro_mock::{Event, Fault, Server, Target};
use tracing::field::{Field, Visit};
use tracing::span::{Attributes, Id, Record};
use tracing_subscriber::layer::{Context, SubscriberExt};
use tracing_subscriber::registry::LookupSpan;

/// One recorded span: its name, its fields (every value as text) and its parent's index.
#[derive(Clone, Debug)]
struct Recorded {
    name: &'static str,
    fields: BTreeMap<String, String>,
    parent: Option<usize>,
}

impl Recorded {
    fn field(&self, name: &str) -> Option<&str> {
        self.fields.get(name).map(String::as_str)
    }
}

/// What the layer saw: spans in creation order, and every event's fields as text.
#[derive(Clone, Default)]
struct Recording {
    spans: Arc<Mutex<Vec<Recorded>>>,
    events: Arc<Mutex<Vec<String>>>,
}

/// Index of a span in [`Recording::spans`], kept in the span's extensions.
struct Index(usize);

struct Fields<'a>(&'a mut BTreeMap<String, String>);

impl Visit for Fields<'_> {
    fn record_str(&mut self, field: &Field, value: &str) {
        self.0.insert(field.name().to_owned(), value.to_owned());
    }
    fn record_debug(&mut self, field: &Field, value: &dyn std::fmt::Debug) {
        self.0.insert(
            field.name().to_owned(),
            format!("{value:?}").trim_matches('"').to_owned(),
        );
    }
}

impl<S> tracing_subscriber::Layer<S> for Recording
where
    S: tracing::Subscriber + for<'a> LookupSpan<'a>,
{
    fn on_new_span(&self, attrs: &Attributes<'_>, id: &Id, ctx: Context<'_, S>) {
        let mut fields = BTreeMap::new();
        attrs.record(&mut Fields(&mut fields));
        let parent = ctx
            .span(id)
            .and_then(|span| span.parent())
            .and_then(|parent| parent.extensions().get::<Index>().map(|i| i.0));
        let mut spans = self.spans.lock().unwrap();
        spans.push(Recorded {
            name: attrs.metadata().name(),
            fields,
            parent,
        });
        if let Some(span) = ctx.span(id) {
            span.extensions_mut().insert(Index(spans.len() - 1));
        }
    }

    fn on_record(&self, id: &Id, values: &Record<'_>, ctx: Context<'_, S>) {
        let Some(index) = ctx
            .span(id)
            .and_then(|span| span.extensions().get::<Index>().map(|i| i.0))
        else {
            return;
        };
        values.record(&mut Fields(&mut self.spans.lock().unwrap()[index].fields));
    }

    fn on_event(&self, event: &tracing::Event<'_>, _ctx: Context<'_, S>) {
        let mut fields = BTreeMap::new();
        event.record(&mut Fields(&mut fields));
        self.events.lock().unwrap().push(format!("{fields:?}"));
    }
}

impl Recording {
    fn spans(&self) -> Vec<Recorded> {
        self.spans.lock().unwrap().clone()
    }

    /// Every span named `name`, with its index.
    fn named(&self, name: &str) -> Vec<(usize, Recorded)> {
        self.spans()
            .into_iter()
            .enumerate()
            .filter(|(_, s)| s.name == name)
            .collect()
    }

    /// Everything recorded, as one text.
    fn everything(&self) -> String {
        format!("{:?}\n{:?}", self.spans(), self.events.lock().unwrap())
    }
}

/// The secrets of the mock: its client secret and every token it issued.
fn secrets(server: &Server) -> Vec<String> {
    let mut secrets = vec![server.client_secret().to_owned()];
    for event in server.events() {
        if let Event::TokensIssued {
            access_token,
            refresh_token,
            ..
        } = event
        {
            secrets.extend([access_token, refresh_token]);
        }
    }
    secrets
}

/// Runs `test` with a recording subscriber (TRACE) on a current-thread runtime.
fn recorded<F: std::future::Future<Output = ()>>(test: impl FnOnce(Recording) -> F) {
    let recording = Recording::default();
    let subscriber = tracing_subscriber::registry()
        .with(recording.clone())
        .with(tracing_subscriber::filter::LevelFilter::TRACE);
    let _guard = tracing::subscriber::set_default(subscriber);
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap()
        .block_on(async { tokio::time::timeout(Duration::from_secs(60), test(recording)).await })
        .expect("the test finished within a minute");
}

/// A client of `server` on an injected clock, with a valid token.
fn client(server: &Server, clock: &ManualTimeSource) -> spiro_api::Client {
    support::on_clock(server, clock, &ManualSleep::new(clock.clone()))
        .build()
        .unwrap()
}

/// No filter value and no secret of `server` anywhere in `recording`.
fn assert_nothing_leaked(recording: &Recording, server: &Server) {
    let everything = recording.everything();
    assert!(
        !everything.contains("Watkins"),
        "a filter value was recorded"
    );
    let secrets = secrets(server);
    assert!(secrets.len() >= 3, "{}", secrets.len());
    for secret in secrets {
        assert!(!everything.contains(&secret), "a secret was recorded");
    }
}

const FILTER: &str = "Watkins Confidential";

#[test]
fn a_429_then_200_is_one_call_span_with_two_attempt_spans() {
    recorded(|recording| async move {
        let server = Server::start().await.unwrap();
        let clock = ManualTimeSource::new(SystemTime::now());
        let client = client(&server, &clock);
        server.inject(Target::Api, Fault::rate_limited(Duration::from_secs(2)));
        client
            .list_companies()
            .filter_name_cont(FILTER)
            .send()
            .await
            .unwrap();

        let calls = recording.named("spiro.call");
        assert_eq!(calls.len(), 1, "{:?}", recording.spans());
        let (call_index, call) = &calls[0];
        assert_eq!(call.field("otel.name"), Some("spiro.list_companies"));
        assert_eq!(call.field("spiro.operation_id"), Some("list_companies"));
        assert_eq!(call.field("error.type"), None, "the call succeeded");

        let attempts = recording.named("spiro.attempt");
        assert_eq!(attempts.len(), 2, "{attempts:?}");
        let port = server
            .api_url()
            .rsplit(':')
            .next()
            .and_then(|rest| rest.split('/').next())
            .map(str::to_owned);
        for (_, attempt) in &attempts {
            assert_eq!(
                attempt.parent,
                Some(*call_index),
                "a child of the call span"
            );
            assert_eq!(attempt.field("otel.name"), Some("GET /companies"));
            assert_eq!(attempt.field("otel.kind"), Some("client"));
            assert_eq!(attempt.field("url.template"), Some("/companies"));
            assert_eq!(attempt.field("http.request.method"), Some("GET"));
            assert_eq!(attempt.field("server.address"), Some("127.0.0.1"));
            assert_eq!(attempt.field("server.port"), port.as_deref());
            let url = attempt.field("url.full").unwrap();
            assert!(
                url.ends_with("/api/v1/companies?filter%5Bname_cont%5D=REDACTED"),
                "{url}"
            );
        }
        let (first, second) = (&attempts[0].1, &attempts[1].1);
        assert_eq!(first.field("http.response.status_code"), Some("429"));
        assert_eq!(first.field("error.type"), Some("429"));
        assert_eq!(
            first.field("http.request.resend_count"),
            None,
            "the first attempt"
        );
        assert_eq!(second.field("http.response.status_code"), Some("200"));
        assert_eq!(second.field("error.type"), None);
        assert_eq!(second.field("http.request.resend_count"), Some("1"));

        assert_nothing_leaked(&recording, &server);
    });
}

#[test]
fn a_401_refreshes_under_the_attempt_and_replays_with_resend_count_1() {
    recorded(|recording| async move {
        let server = Server::start().await.unwrap();
        let clock = ManualTimeSource::new(SystemTime::now());
        let client = client(&server, &clock);
        client.list_companies().send().await.unwrap();
        server.expire_access_tokens();
        recording.spans.lock().unwrap().clear();

        client
            .list_companies()
            .filter_name_cont(FILTER)
            .send()
            .await
            .unwrap();
        assert_eq!(server.counters().refresh_requests, 1);

        let calls = recording.named("spiro.call");
        assert_eq!(calls.len(), 1, "{:?}", recording.spans());
        let call_index = calls[0].0;
        let api_attempts: Vec<_> = recording
            .named("spiro.attempt")
            .into_iter()
            .filter(|(_, a)| a.field("otel.name") == Some("GET /companies"))
            .collect();
        assert_eq!(api_attempts.len(), 2, "{api_attempts:?}");
        let ((rejected_index, rejected), (_, replay)) = (&api_attempts[0], &api_attempts[1]);
        assert_eq!(rejected.parent, Some(call_index));
        assert_eq!(rejected.field("http.response.status_code"), Some("401"));
        assert_eq!(rejected.field("error.type"), Some("401"));
        assert_eq!(replay.parent, Some(call_index));
        assert_eq!(replay.field("http.response.status_code"), Some("200"));
        assert_eq!(
            replay.field("http.request.resend_count"),
            Some("1"),
            "the replay after a 401 is a resend"
        );

        let refreshes = recording.named("spiro_auth.refresh");
        assert_eq!(refreshes.len(), 1);
        let (refresh_index, refresh) = &refreshes[0];
        assert_eq!(
            refresh.parent,
            Some(*rejected_index),
            "the refresh is a child of the attempt that met the 401"
        );
        assert_eq!(refresh.field("reason"), Some("unauthorized"));
        assert_eq!(refresh.field("outcome"), Some("refreshed"));
        let token_attempts: Vec<_> = recording
            .named("spiro.attempt")
            .into_iter()
            .filter(|(_, a)| a.field("otel.name") == Some("POST /oauth/token"))
            .collect();
        assert_eq!(token_attempts.len(), 1);
        assert_eq!(token_attempts[0].1.parent, Some(*refresh_index));
        assert_eq!(
            token_attempts[0].1.field("url.template"),
            Some("/oauth/token")
        );

        assert_nothing_leaked(&recording, &server);
    });
}

#[test]
fn a_failed_call_says_why_in_error_type() {
    recorded(|recording| async move {
        let server = Server::start().await.unwrap();
        let clock = ManualTimeSource::new(SystemTime::now());
        let client = client(&server, &clock);
        let error = client
            .get_company()
            .id("no-such-id")
            .send()
            .await
            .unwrap_err();
        assert!(error.is_not_found());
        let calls = recording.named("spiro.call");
        assert_eq!(calls[0].1.field("error.type"), Some("404"));
        assert_eq!(calls[0].1.field("otel.status_code"), Some("ERROR"));
        let attempts = recording.named("spiro.attempt");
        assert_eq!(attempts.len(), 1);
        assert_eq!(attempts[0].1.field("url.template"), Some("/companies/{id}"));
        assert_eq!(
            attempts[0].1.field("otel.name"),
            Some("GET /companies/{id}")
        );
    });
}
