//! Opt-in capture of the *shapes* of Spiro's responses, for `cargo xtask learn`
//! (see [`ClientBuilder::capture_shapes`](crate::ClientBuilder::capture_shapes)).
//!
//! The `exec` hook hands over Spiro's final answer to each call (after retries and the token
//! refresh) when spiro-auth's capped reader read its body whole. Failures that are not an
//! answer of Spiro's ([`Error::BodyTooLarge`](crate::Error::BodyTooLarge), an authentication
//! failure, a lost connection) and cut error bodies are never captured.
//!
//! **No data.** The body is walked once without being built in memory (`walk.rs`): per
//! operation and status, each JSON path (array indices folded into `[]`:
//! `data[].attributes.amount`) is counted with the JSON types and the classes of value seen
//! there (`date`, `date-time`, `numeric`, `unix-time`). No string, number, id or token is kept.
//! An object key is written only when the spec names it or it passes a conservative identifier
//! rule; any other key (an id, a name, an e-mail address, a token used as a key, inside `custom`
//! or an error body) is written as `*`, and counted in `placeholder_keys`.
//!
//! **Bounded.** The walks under way hold their paths within `walk::WALKS_BUDGET` together
//! (however many calls run at once); the counts not yet written are held within
//! [`PENDING_BUDGET`]; they are handed
//! to one writer thread every [`FLUSH_EVERY`] responses, when the budget is full, and when the
//! last clone of the client is dropped. The writer merges them into the file, which holds one
//! line per operation and status with its counts (not one per answer) and never grows past
//! [`FILE_CAP`]: what does not fit is counted as dropped, and a warning says the cap was
//! reached. In all, by these budgets (estimated generously per path), capture holds at most
//! about 12 MiB per process, under 16 MiB; `tests/capture_bounds.rs` measures it under a flood
//! of large answers. The API call never waits for
//! the disk and never fails because of the capture: an I/O error is logged once
//! (`tracing::warn!`) and capture stops.
//!
//! **Where it came from.** The file's first line records the capture's origin: the API host
//! the client talked to, the SDK version and the hash of the spec it was generated from.
//! `cargo xtask learn` takes only captures from Spiro's API host as evidence. A file is merged
//! into only by captures of the same origin; another origin leaves it untouched (capture is
//! off, with a warning).
//!
//! The file (`"format": "spiro-shapes/2"`), JSON lines:
//!
//! ```json
//! {"format":"spiro-shapes/2","capture":"9f0c…","started":"2026-11-29","updated":"2026-11-30",
//!  "origin":{"host":"api.spiro.ai","sdk":"spiro-api 0.1.0","spec":"sha256:…"},"cap_reached":false}
//! {"operation":"get_opportunity","status":200,"responses":3,
//!  "paths":{"$":{"types":{"object":3}},
//!  "data.attributes.amount":{"types":{"string":2,"number":1},"formats":{"numeric":2}}},
//!  "dropped_paths":0,"truncated":0,"placeholder_keys":0}
//! ```

mod shapes;
mod walk;

use std::fs::{File, OpenOptions};
use std::io::{Read as _, Write as _};
use std::path::{Path, PathBuf};
use std::sync::atomic::AtomicUsize;
use std::sync::mpsc::{self, SyncSender, TrySendError};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::Duration;

use shapes::{GroupLine, Shapes};

/// The `format` of the files this module writes.
pub(crate) const FORMAT: &str = "spiro-shapes/2";
/// Responses between two hand-overs to the writer thread.
pub(crate) const FLUSH_EVERY: u64 = 100;
/// The estimated bytes of counts waiting for the writer (in the client, in the queue, in the
/// writer's hands: three at most).
pub(crate) const PENDING_BUDGET: usize = 512 * 1024;
/// The largest capture file; the writer holds at most one parsed copy of it.
pub(crate) const FILE_CAP: usize = 2 * 1024 * 1024;
/// What the header line may take of the file.
const HEADER_ROOM: usize = 1024;
/// How long the writer tries to take the capture file's lock before it keeps its counts for
/// the next flush.
const LOCK_PATIENCE: Duration = Duration::from_secs(2);

/// Where a capture's answers came from.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct Origin {
    /// The API base URL's host, e.g. `api.spiro.ai` (or `127.0.0.1` for spiro-mock).
    pub(crate) host: String,
    /// The SDK that captured, e.g. `spiro-api 0.1.0`.
    pub(crate) sdk: String,
    /// The spec the SDK was generated from, `sha256:<hex>`.
    pub(crate) spec: String,
}

impl Origin {
    /// The origin of a client talking to `base_url` (already checked to be a URL).
    pub(crate) fn of(base_url: &str) -> Origin {
        Origin {
            host: reqwest::Url::parse(base_url.trim())
                .ok()
                .and_then(|u| u.host_str().map(str::to_ascii_lowercase))
                .unwrap_or_default(),
            sdk: concat!("spiro-api ", env!("CARGO_PKG_VERSION")).to_owned(),
            spec: crate::generated::SPEC_HASH.to_owned(),
        }
    }
}

/// The first line of a capture file.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct Header {
    format: String,
    /// A random id: `cargo xtask learn` recognises a capture it has learned already.
    capture: String,
    /// The UTC date the file was started, `YYYY-MM-DD` (the capture's source id).
    started: String,
    /// The UTC date of the last write.
    updated: String,
    origin: Origin,
    /// Whether something was dropped because the file reached [`FILE_CAP`].
    cap_reached: bool,
}

/// The capture of one client and its clones. Cheap to clone.
#[derive(Clone)]
pub(crate) struct ShapeCapture(Arc<Shared>);

impl std::fmt::Debug for ShapeCapture {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ShapeCapture")
            .field("path", &self.0.path)
            .finish_non_exhaustive()
    }
}

struct Shared {
    path: PathBuf,
    /// The bytes the walks under way hold (at most `walk::WALKS_BUDGET`).
    walking: AtomicUsize,
    pending: Mutex<Pending>,
    sender: Mutex<Option<SyncSender<Shapes>>>,
    writer: Mutex<Option<JoinHandle<()>>>,
}

/// Counts not yet handed to the writer.
struct Pending {
    shapes: Shapes,
    responses: u64,
}

impl Pending {
    fn new() -> Self {
        Self {
            shapes: Shapes::new(PENDING_BUDGET),
            responses: 0,
        }
    }
}

impl ShapeCapture {
    /// A capture merging into the file at `path`, recording `origin`. The file is read and
    /// written by a writer thread on each flush; if the thread cannot start, capture is off
    /// (logged once).
    pub(crate) fn new(path: PathBuf, origin: Origin) -> ShapeCapture {
        // One batch in the queue at most: the budget of pending counts is held three times
        // (here, in the queue, in the writer's hands), no more.
        let (sender, receiver) = mpsc::sync_channel::<Shapes>(1);
        let writer_path = path.clone();
        let writer = std::thread::Builder::new()
            .name("spiro-shape-capture".into())
            .spawn(move || write_batches(&writer_path, &origin, receiver));
        let (sender, writer) = match writer {
            Ok(handle) => (Some(sender), Some(handle)),
            Err(error) => {
                tracing::warn!(path = %path.display(), %error, "shape capture is off: could not start its writer thread");
                (None, None)
            }
        };
        ShapeCapture(Arc::new(Shared {
            path,
            walking: AtomicUsize::new(0),
            pending: Mutex::new(Pending::new()),
            sender: Mutex::new(sender),
            writer: Mutex::new(writer),
        }))
    }

    /// Records the shape of one answer of Spiro's, `body` being its whole body as the capped
    /// reader read it (the `exec` hook calls this once per call, with the final response).
    /// Bodies that are not JSON are skipped. The response itself is not touched.
    pub(crate) fn observe(&self, operation: &str, response: &reqwest::Response, body: &[u8]) {
        if is_json(response.headers()) {
            self.record(operation, response.status().as_u16(), body);
        }
    }

    /// Counts the shape of one JSON body.
    pub(crate) fn record(&self, operation: &str, status: u16, body: &[u8]) {
        // Walked before the lock: concurrent calls do not wait for each other's bodies.
        let Some(group) = walk::walk(body, &self.0.walking) else {
            return;
        };
        let Ok(mut pending) = self.0.pending.lock() else {
            return;
        };
        pending.shapes.add(operation, status, &group);
        pending.responses = pending.responses.saturating_add(1);
        if pending.responses >= FLUSH_EVERY || pending.shapes.full {
            self.hand_over(&mut pending);
        }
    }

    /// Hands the pending counts to the writer thread without waiting; if its queue is full
    /// they stay here (within their budget) and go with the next hand-over.
    fn hand_over(&self, pending: &mut Pending) {
        let Ok(sender) = self.0.sender.lock() else {
            return;
        };
        let Some(sender) = sender.as_ref() else {
            // No writer: keep memory bounded by discarding.
            *pending = Pending::new();
            return;
        };
        let batch = std::mem::replace(pending, Pending::new());
        match sender.try_send(batch.shapes) {
            Ok(()) => {}
            Err(TrySendError::Full(shapes) | TrySendError::Disconnected(shapes)) => {
                *pending = Pending {
                    shapes,
                    responses: batch.responses,
                };
            }
        }
    }
}

impl Drop for Shared {
    /// The last clone is gone: write what is left and wait for the file to be written.
    fn drop(&mut self) {
        let batch = self
            .pending
            .get_mut()
            .map(|p| std::mem::replace(&mut p.shapes, Shapes::new(0)))
            .ok();
        if let Ok(sender) = self.sender.get_mut()
            && let Some(sender) = sender.take()
        {
            if let Some(batch) = batch.filter(|b| !b.is_empty()) {
                let _ = sender.send(batch);
            }
            drop(sender);
        }
        if let Ok(writer) = self.writer.get_mut()
            && let Some(writer) = writer.take()
        {
            let _ = writer.join();
        }
    }
}

/// Whether the `Content-Type` says JSON (a missing one is given the benefit of the doubt:
/// the body is parsed, and skipped when it is not JSON).
fn is_json(headers: &reqwest::header::HeaderMap) -> bool {
    headers
        .get(reqwest::header::CONTENT_TYPE)
        .is_none_or(|t| t.to_str().is_ok_and(|t| t.contains("json")))
}

/// The writer thread: merges each batch into the file until every sender is gone. Counts it
/// could not write (the lock was busy) are kept, within their budget, for the next batch.
fn write_batches(path: &Path, origin: &Origin, batches: mpsc::Receiver<Shapes>) {
    let mut carried = Shapes::new(PENDING_BUDGET);
    let mut state = WriterState::default();
    for batch in batches {
        if state.stopped {
            continue;
        }
        carried.merge(&batch);
        drop(batch);
        match merge_into_file(path, origin, &carried, &mut state) {
            Ok(true) => carried = Shapes::new(PENDING_BUDGET),
            Ok(false) => {}
            Err(error) => {
                state.stopped = true;
                tracing::warn!(path = %path.display(), %error, "shape capture stopped");
            }
        }
    }
    if !carried.is_empty() && !state.stopped {
        tracing::warn!(path = %path.display(), "shape capture: the last counts were not written (the file stayed locked)");
    }
}

#[derive(Default)]
struct WriterState {
    stopped: bool,
    warned_cap: bool,
}

/// Why the capture file cannot be merged into.
#[derive(Debug, thiserror::Error)]
enum FileError {
    #[error("could not read or write the capture file: {0}")]
    Io(#[from] std::io::Error),
    #[error(
        "the file is not a {FORMAT} capture ({0}); it is left untouched: capture into a new file"
    )]
    Foreign(String),
    #[error(
        "the file holds a capture from another origin ({0}); it is left untouched: capture into a new file"
    )]
    OtherOrigin(String),
}

/// Merges `counts` into the file at `path`, under its lock file; `Ok(false)` when the lock
/// stayed busy (nothing written).
fn merge_into_file(
    path: &Path,
    origin: &Origin,
    counts: &Shapes,
    state: &mut WriterState,
) -> Result<bool, FileError> {
    let lock_path = sibling(path, ".lock");
    let lock = OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(&lock_path)?;
    if !lock_within(&lock, LOCK_PATIENCE)? {
        return Ok(false);
    }
    let today = today();
    let (mut header, mut file) = match read_file(path)? {
        Some((header, shapes)) => {
            if header.origin != *origin {
                return Err(FileError::OtherOrigin(format!(
                    "host {}, {}, spec {}",
                    header.origin.host, header.origin.sdk, header.origin.spec
                )));
            }
            (header, shapes)
        }
        None => (
            Header {
                format: FORMAT.to_owned(),
                capture: capture_id(),
                started: today.clone(),
                updated: today.clone(),
                origin: origin.clone(),
                cap_reached: false,
            },
            Shapes::new(FILE_CAP - HEADER_ROOM),
        ),
    };
    file.merge(counts);
    header.updated = today;
    if file.full {
        header.cap_reached = true;
        if !state.warned_cap {
            state.warned_cap = true;
            tracing::warn!(path = %path.display(), cap = FILE_CAP, "shape capture reached the cap of its file: new paths and operations are counted as dropped");
        }
    }
    let text = render(&header, &file);
    let temp = sibling(path, ".tmp");
    {
        let mut out = File::create(&temp)?;
        out.write_all(text.as_bytes())?;
        out.sync_all()?;
    }
    std::fs::rename(&temp, path)?;
    drop(lock);
    Ok(true)
}

/// Takes the exclusive lock of `lock`, trying for at most `patience`.
fn lock_within(lock: &File, patience: Duration) -> std::io::Result<bool> {
    let started = std::time::Instant::now();
    let mut pause = Duration::from_millis(1);
    loop {
        // Fully qualified: std's own `File::try_lock` would shadow the fs4 method.
        match fs4::FileExt::try_lock(lock) {
            Ok(()) => return Ok(true),
            Err(fs4::TryLockError::WouldBlock) if started.elapsed() < patience => {
                std::thread::sleep(pause);
                pause = (pause * 2).min(Duration::from_millis(100));
            }
            Err(fs4::TryLockError::WouldBlock) => return Ok(false),
            Err(fs4::TryLockError::Error(e)) => return Err(e),
        }
    }
}

/// `path` with `suffix` appended to its file name.
fn sibling(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(suffix);
    path.with_file_name(name)
}

/// The capture in the file at `path`; `None` when there is no file (or it is empty).
fn read_file(path: &Path) -> Result<Option<(Header, Shapes)>, FileError> {
    let file = match File::open(path) {
        Ok(file) => file,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(e.into()),
    };
    // One byte past the cap tells a file that is too large.
    let mut text = String::new();
    file.take(FILE_CAP as u64 + 1)
        .read_to_string(&mut text)
        .map_err(|e| FileError::Foreign(format!("not UTF-8 text: {e}")))?;
    if text.trim().is_empty() {
        return Ok(None);
    }
    if text.len() > FILE_CAP {
        return Err(FileError::Foreign("larger than a capture file gets".into()));
    }
    parse(&text).map(Some).map_err(FileError::Foreign)
}

/// Parses a capture file written by [`render`].
fn parse(text: &str) -> Result<(Header, Shapes), String> {
    let mut lines = text.lines().filter(|l| !l.trim().is_empty());
    let header: Header = serde_json::from_str(lines.next().unwrap_or_default())
        .map_err(|e| format!("line 1: {e}"))?;
    if header.format != FORMAT {
        return Err(format!("format {:?}", header.format));
    }
    let mut shapes = Shapes::new(FILE_CAP - HEADER_ROOM);
    for (n, line) in lines.enumerate() {
        let line: GroupLine =
            serde_json::from_str(line).map_err(|e| format!("line {}: {e}", n + 2))?;
        let (operation, status, group) = line
            .into_group()
            .map_err(|e| format!("line {}: {e}", n + 2))?;
        shapes.add(&operation, status, &group);
    }
    Ok((header, shapes))
}

/// The file's text: the header, then one line per operation and status.
fn render(header: &Header, shapes: &Shapes) -> String {
    let mut out = String::with_capacity(shapes.bytes() + 512);
    if let Ok(line) = serde_json::to_string(header) {
        out.push_str(&line);
        out.push('\n');
    }
    for ((operation, status), group) in &shapes.groups {
        if let Ok(line) = serde_json::to_string(&GroupLine::from_group(operation, *status, group)) {
            out.push_str(&line);
            out.push('\n');
        }
    }
    out
}

/// 128 random bits, in hex.
fn capture_id() -> String {
    let bits: u128 = rand::random();
    format!("{bits:032x}")
}

/// Today's UTC date, `YYYY-MM-DD`.
fn today() -> String {
    chrono::Utc::now()
        .date_naive()
        .format("%Y-%m-%d")
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn origin(host: &str) -> Origin {
        Origin {
            host: host.to_owned(),
            sdk: "spiro-api 0.0.0".to_owned(),
            spec: "sha256:00".to_owned(),
        }
    }

    fn response(content_type: Option<&str>) -> reqwest::Response {
        let mut builder = http::Response::builder().status(200);
        if let Some(content_type) = content_type {
            builder = builder.header("content-type", content_type);
        }
        reqwest::Response::from(builder.body(Vec::<u8>::new()).expect("valid"))
    }

    fn pending(capture: &ShapeCapture) -> u64 {
        capture.0.pending.lock().expect("lock").responses
    }

    #[test]
    fn only_json_bodies_are_recorded() {
        let dir = tempfile::tempdir().expect("tempdir");
        let capture = ShapeCapture::new(dir.path().join("c.jsonl"), origin("api.spiro.ai"));
        let json = br#"{"data":[]}"#;
        capture.observe("get_thing", &response(Some("text/html")), json);
        capture.observe("get_thing", &response(Some("application/json")), b"<html>");
        capture.observe(
            "get_thing",
            &response(Some("application/json")),
            b"{\"data\":",
        );
        assert_eq!(pending(&capture), 0);
        capture.observe(
            "get_thing",
            &response(Some("application/vnd.api+json")),
            json,
        );
        capture.observe("get_thing", &response(None), json);
        // An empty body (a 204) counts as a response without paths.
        capture.observe("get_thing", &response(Some("application/json")), b"");
        assert_eq!(pending(&capture), 3);
    }

    fn lines(path: &Path) -> Vec<serde_json::Value> {
        std::fs::read_to_string(path)
            .unwrap()
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect()
    }

    #[test]
    fn the_file_holds_one_line_per_operation_and_status_and_merges_runs() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("c.jsonl");
        for _ in 0..2 {
            let capture = ShapeCapture::new(path.clone(), origin("api.spiro.ai"));
            for _ in 0..(FLUSH_EVERY * 2 + 7) {
                capture.record("list_things", 200, br#"{"data":[{"id":"1"}]}"#);
            }
            capture.record("get_thing", 404, br#"{"errors":[]}"#);
        }
        let lines = lines(&path);
        assert_eq!(lines.len(), 3, "{lines:?}");
        assert_eq!(lines[0]["format"], FORMAT);
        assert_eq!(lines[0]["origin"]["host"], "api.spiro.ai");
        assert_eq!(lines[0]["capture"].as_str().map(str::len), Some(32));
        let list = lines
            .iter()
            .find(|l| l["operation"] == "list_things")
            .unwrap();
        assert_eq!(list["responses"], 2 * (FLUSH_EVERY * 2 + 7));
        assert_eq!(
            list["paths"]["data[].id"]["types"]["string"],
            2 * (FLUSH_EVERY * 2 + 7)
        );
        assert!(!path.with_extension("jsonl.tmp").exists());
    }

    #[test]
    fn a_file_of_another_origin_or_format_is_left_untouched() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("c.jsonl");
        {
            let capture = ShapeCapture::new(path.clone(), origin("127.0.0.1"));
            capture.record("list_things", 200, b"{}");
        }
        let before = std::fs::read_to_string(&path).unwrap();
        {
            let capture = ShapeCapture::new(path.clone(), origin("api.spiro.ai"));
            capture.record("list_things", 200, b"{}");
        }
        assert_eq!(std::fs::read_to_string(&path).unwrap(), before);
        std::fs::write(&path, "my notes, not a capture\n").unwrap();
        {
            let capture = ShapeCapture::new(path.clone(), origin("api.spiro.ai"));
            capture.record("list_things", 200, b"{}");
        }
        assert_eq!(
            std::fs::read_to_string(&path).unwrap(),
            "my notes, not a capture\n"
        );
    }

    #[test]
    fn the_file_stays_within_its_cap_and_says_so() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("c.jsonl");
        {
            let capture = ShapeCapture::new(path.clone(), origin("api.spiro.ai"));
            // Distinct field names (a spec that keeps growing): far more than the cap holds.
            for op in 0..40 {
                let fields: serde_json::Map<String, serde_json::Value> = (0..1_500)
                    .map(|i| (walk::tests::letters(i + op * 1_500), 1.into()))
                    .collect();
                let body = serde_json::to_vec(&serde_json::json!({ "data": fields })).unwrap();
                capture.record(&format!("operation{op}"), 200, &body);
            }
        }
        let size = std::fs::metadata(&path).unwrap().len();
        assert!(size <= FILE_CAP as u64, "{size}");
        let lines = lines(&path);
        assert_eq!(lines[0]["cap_reached"], true);
        let dropped: u64 = lines[1..]
            .iter()
            .map(|l| l["dropped_paths"].as_u64().unwrap())
            .sum();
        assert!(dropped > 0);
    }

    #[test]
    fn a_busy_lock_keeps_the_counts_for_later() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("c.jsonl");
        let lock = OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(sibling(&path, ".lock"))
            .unwrap();
        fs4::FileExt::try_lock(&lock).unwrap();
        let mut counts = Shapes::new(PENDING_BUDGET);
        counts.add("op", 200, &walk::tests::walk_alone(b"{}").unwrap());
        let mut state = WriterState::default();
        // Another open file description of the lock file holds it (flock is per description).
        let started = std::time::Instant::now();
        let written = merge_into_file(&path, &origin("api.spiro.ai"), &counts, &mut state).unwrap();
        assert!(!written);
        assert!(started.elapsed() >= LOCK_PATIENCE);
        drop(lock);
        assert!(merge_into_file(&path, &origin("api.spiro.ai"), &counts, &mut state).unwrap());
    }
}
