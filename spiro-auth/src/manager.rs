//! [`TokenManager`]: the one place that decides. A lock-free snapshot of the current token and its
//! prebuilt header; refresh-ahead with jitter; single-flight refresh as an owned task;
//! persist-before-publish; 401 handling.
//!
//! # How a refresh runs
//! One owned tokio task per refresh, joined by every caller through a shared future (a caller
//! that is cancelled neither hangs the others nor causes a second refresh):
//! 1. take the store's lock (this, every load and every save are bounded by the refresh
//!    deadline: a store that blocks fails typed, [`StoreError::DeadlineExceeded`]);
//! 2. re-read the store: if another process already stored newer usable tokens, adopt them
//!    without calling the token endpoint;
//! 3. otherwise send the newest stored refresh token to the token endpoint (retries, backoff);
//!    on `invalid_grant` re-read the store once more before giving up;
//! 4. save the new tokens durably (if the store fences the save off because another holder
//!    stored a newer generation meanwhile, adopt that instead); only then
//! 5. publish them to callers;
//! 6. release the lock.

use std::fmt;
use std::future::Future;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::time::Duration;

use crate::secret::AuthorizationCode;
use arc_swap::ArcSwapOption;
use futures::future::{BoxFuture, Either, FutureExt, Shared};
use http::HeaderValue;
use subtle::ConstantTimeEq;
use tracing::{Instrument, Span, field};

use crate::credentials::Credentials;
use crate::endpoint::{Endpoints, TokenEndpoint};
use crate::engine::Engine;
use crate::error::{AuthError, ConfigError, ReauthReason, StoreError};
use crate::failpoint;
use crate::policy::RefreshPolicy;
use crate::policy::RetryPolicy;
use crate::secret::bearer_header;
use crate::store::{MemoryTokenStore, TokenStore};
use crate::time::{AsyncSleep, Clock, TimeSource, add_nanos};
use crate::token::TokenSet;

/// Keeps one grant's tokens fresh and hands out the `Authorization` header.
///
/// Cheap to clone (an `Arc` inside); clones share everything. Requires a tokio runtime.
///
/// - [`authorization`](Self::authorization) is the hot path: with a valid cached token it is a
///   lock-free snapshot read, a clock read and a reference-count bump of a prebuilt, sensitive
///   header value (no allocation, no mutex).
/// - Inside the refresh-ahead window (see [`RefreshPolicy`]) callers get the still valid token at
///   once and one background refresh starts; if it fails transiently the valid token keeps being
///   served (with [`RefreshPolicy::background_retry_cooldown`] between background attempts).
/// - Once the token has expired (or before the first load), callers wait for the single
///   refresh. A failure is returned to the callers that waited for it and never cached: the next
///   call tries again.
/// - Any number of concurrent callers, and any number of processes sharing a
///   [`FileTokenStore`](crate::FileTokenStore), cause one refresh per expiry.
/// - A new access token is handed out only after the refresh token that came with it is stored
///   durably. If storing fails, the new tokens are dropped unused and the caller gets
///   [`AuthError::Persist`]; the next attempt refreshes again with the old refresh token.
///
/// ```no_run
/// # async fn demo() -> Result<(), spiro_auth::AuthError> {
/// use spiro_auth::{Credentials, Endpoints, FileTokenStore, TokenManager};
///
/// let manager = TokenManager::builder(Credentials::from_env()?)
///     .endpoints(Endpoints::from_env()?)
///     .store(FileTokenStore::new("spiro-tokens.json"))
///     .build()?;
///
/// let http = reqwest::Client::new();
/// let header = manager.authorization().await?;
/// let response = http
///     .get("https://api.spiro.ai/api/v1/companies")
///     .header(http::header::AUTHORIZATION, header.clone())
///     .send()
///     .await
///     .map_err(|_| spiro_auth::AuthError::TaskFailed)?;
/// if response.status() == http::StatusCode::UNAUTHORIZED {
///     // Refreshes only if `header` is still the current one; replay once with the result.
///     let fresh = manager.unauthorized(&header).await?;
/// #   let _ = fresh;
/// }
/// # Ok(()) }
/// ```
#[derive(Clone)]
pub struct TokenManager {
    inner: Arc<Inner>,
}

/// Builds a [`TokenManager`]; see [`TokenManager::builder`].
#[derive(Debug)]
pub struct TokenManagerBuilder {
    credentials: Credentials,
    endpoints: Endpoints,
    store: Option<Arc<dyn TokenStore>>,
    refresh_policy: RefreshPolicy,
    retry_policy: RetryPolicy,
    http: Option<reqwest::Client>,
    time_source: Option<Arc<dyn TimeSource>>,
    sleep_impl: Option<Arc<dyn AsyncSleep>>,
    engine: Option<Engine>,
}

impl TokenManagerBuilder {
    /// Token and authorize URLs (default: [`Endpoints::spiro`]).
    #[must_use]
    pub fn endpoints(mut self, endpoints: Endpoints) -> Self {
        self.endpoints = endpoints;
        self
    }

    /// Where tokens are kept (default: an empty [`MemoryTokenStore`], so
    /// [`exchange_code`](TokenManager::exchange_code) must run first).
    #[must_use]
    pub fn store(mut self, store: impl TokenStore) -> Self {
        self.store = Some(Arc::new(store));
        self
    }

    /// When to refresh ahead of expiry.
    #[must_use]
    pub fn refresh_policy(mut self, policy: RefreshPolicy) -> Self {
        self.refresh_policy = policy;
        self
    }

    /// How to retry the token endpoint, and the refresh deadline (which also bounds the wait
    /// for the store's lock, its reads and its writes).
    #[must_use]
    pub fn retry_policy(mut self, policy: RetryPolicy) -> Self {
        self.retry_policy = policy;
        self
    }

    /// The HTTP client for the token endpoint (default:
    /// [`TokenEndpoint::default_http_client`]). Build it with redirects disabled; do not pass
    /// a client whose requests go through the API's authentication hooks.
    #[must_use]
    pub fn http_client(mut self, http: reqwest::Client) -> Self {
        self.http = Some(http);
        self
    }

    /// The clocks that decide expiry, refresh-ahead and deadlines (default:
    /// [`SystemTimeSource`](crate::time::SystemTimeSource)). Tests pass a
    /// [`ManualTimeSource`](crate::time::ManualTimeSource) to move time by hand.
    #[must_use]
    pub fn time_source(mut self, time_source: impl TimeSource) -> Self {
        self.time_source = Some(Arc::new(time_source));
        self
    }

    /// How to wait between attempts at the token endpoint (default:
    /// [`TokioSleep`](crate::time::TokioSleep)); see [`time`](crate::time) for what the clock
    /// drives.
    #[must_use]
    pub fn sleep_impl(mut self, sleep_impl: impl AsyncSleep) -> Self {
        self.sleep_impl = Some(Arc::new(sleep_impl));
        self
    }

    /// Sends to the token endpoint through `engine`, with its HTTP client, retry policy, retry
    /// budget and clock, instead of those of this builder.
    ///
    /// Not user API: `spiro-api`'s `ClientBuilder` passes the engine of its client, so that one
    /// client has one policy, one budget and one clock for its API calls and its token endpoint
    /// alike. Hidden, with the engine module, for that reason.
    #[doc(hidden)]
    #[must_use]
    pub fn engine(mut self, engine: Engine) -> Self {
        self.engine = Some(engine);
        self
    }

    /// The manager. Nothing is loaded or requested until the first call.
    ///
    /// # Errors
    /// [`ConfigError`] for out-of-range policies or an HTTP client that cannot be built.
    pub fn build(self) -> Result<TokenManager, ConfigError> {
        self.refresh_policy.validate()?;
        let engine = match self.engine {
            Some(engine) => engine,
            None => Engine::new(
                match self.http {
                    Some(http) => http,
                    None => TokenEndpoint::default_http_client()?,
                },
                self.retry_policy,
                Clock::new(self.time_source, self.sleep_impl),
            ),
        };
        engine.policy().validate()?;
        let clock = engine.clock().clone();
        let endpoint = TokenEndpoint::on(engine, self.credentials, &self.endpoints);
        Ok(TokenManager {
            inner: Arc::new(Inner {
                endpoint,
                store: self
                    .store
                    .unwrap_or_else(|| Arc::new(MemoryTokenStore::new())),
                refresh_policy: self.refresh_policy,
                clock,
                current: ArcSwapOption::empty(),
                generation: AtomicU64::new(0),
                flight: Mutex::new(FlightSlot::default()),
                busy: AtomicBool::new(false),
                background_not_before: AtomicU64::new(0),
            }),
        })
    }
}

/// Why a refresh runs (the `reason` field of the `spiro_auth.refresh` span).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Reason {
    /// Nothing valid is cached (expired, or not loaded yet): callers wait.
    Expired,
    /// Refresh-ahead window: callers are served the valid token meanwhile.
    Ahead,
    /// The API rejected the current token.
    Unauthorized,
    /// [`TokenManager::force_refresh`].
    Forced,
    /// [`TokenManager::exchange_code`].
    Login,
}

impl Reason {
    fn as_str(self) -> &'static str {
        match self {
            Reason::Expired => "expired",
            Reason::Ahead => "ahead",
            Reason::Unauthorized => "unauthorized",
            Reason::Forced => "forced",
            Reason::Login => "login",
        }
    }
}

/// What callers see: a published token set, its prebuilt header and its deadlines in
/// nanoseconds on the clock's coarse monotonic time (so wall-clock jumps change no decision
/// in-process).
struct Snapshot {
    header: HeaderValue,
    tokens: TokenSet,
    generation: u64,
    /// Clock time at which a background refresh starts.
    refresh_at: u64,
    /// Clock time at which the token stops being handed out.
    expires_at: u64,
}

impl Snapshot {
    fn is_expired(&self, now: u64) -> bool {
        now >= self.expires_at
    }

    fn is_due(&self, now: u64) -> bool {
        now >= self.refresh_at
    }
}

type RefreshResult = Result<Arc<Snapshot>, AuthError>;

/// The refresh in flight, shared by every caller waiting for it.
#[derive(Clone)]
struct Flight {
    id: u64,
    result: Shared<BoxFuture<'static, RefreshResult>>,
    waiters: Arc<AtomicU64>,
}

#[derive(Default)]
struct FlightSlot {
    flight: Option<Flight>,
    next_id: u64,
}

struct Inner {
    endpoint: TokenEndpoint,
    store: Arc<dyn TokenStore>,
    refresh_policy: RefreshPolicy,
    /// Wall time for remaining lifetimes, monotonic time for every decision.
    clock: Clock,
    /// The published snapshot: read lock-free on the hot path.
    current: ArcSwapOption<Snapshot>,
    /// Last generation number handed out.
    generation: AtomicU64,
    /// The single refresh slot; only touched off the hot path, never held across an await.
    flight: Mutex<FlightSlot>,
    /// A refresh is in flight (lets the refresh-ahead path skip the slot mutex).
    busy: AtomicBool,
    /// No background refresh before this clock time (cooldown after a failed background
    /// refresh).
    background_not_before: AtomicU64,
}

impl TokenManager {
    /// Starts building a manager for `credentials`.
    pub fn builder(credentials: Credentials) -> TokenManagerBuilder {
        TokenManagerBuilder {
            credentials,
            endpoints: Endpoints::spiro(),
            store: None,
            refresh_policy: RefreshPolicy::default(),
            retry_policy: RetryPolicy::default(),
            http: None,
            time_source: None,
            sleep_impl: None,
            engine: None,
        }
    }

    /// The `Authorization: Bearer …` header value (marked sensitive) for the next request.
    ///
    /// The cached token is looked up when this is called: with a valid token the future is
    /// ready at once (no state machine to step through on the hot path); otherwise it joins
    /// or starts the refresh.
    ///
    /// # Errors
    /// Only when no valid token can be had: [`AuthError::ReauthorizationRequired`] (revoked
    /// grant, empty store), [`AuthError::Unavailable`] (token endpoint down and the token
    /// expired), [`AuthError::Persist`], [`AuthError::Store`], …
    #[inline]
    pub fn authorization(
        &self,
    ) -> impl Future<Output = Result<HeaderValue, AuthError>> + Send + 'static {
        match self.cached() {
            Ok(header) => Either::Left(std::future::ready(Ok(header))),
            Err(seen) => Either::Right(self.wait_for_token(seen)),
        }
    }

    /// The slow path of [`authorization`](Self::authorization): join or start a refresh. Boxed
    /// and out of line, so the hot path's future stays small.
    ///
    /// `seen` is the snapshot the hot path judged expired (or `None`), not a fresh read: a
    /// refresh that published between that judgement and this call is taken as it is, where a
    /// fresh read would see a valid token as "the one judged insufficient" and refresh again.
    #[cold]
    #[inline(never)]
    fn wait_for_token(
        &self,
        seen: Option<Arc<Snapshot>>,
    ) -> BoxFuture<'static, Result<HeaderValue, AuthError>> {
        let inner = Arc::clone(&self.inner);
        async move {
            let snapshot = Inner::refresh(&inner, Reason::Expired, seen).await?;
            // Stored tokens adopted at start-up may already be in their refresh-ahead window.
            let now = inner.clock.coarse_nanos();
            if snapshot.is_due(now) && !snapshot.is_expired(now) {
                Inner::refresh_in_background(&inner, &snapshot, now);
            }
            Ok(snapshot.header.clone())
        }
        .boxed()
    }

    /// The hot path: the current header if the token is valid, starting a background refresh
    /// when it is in its refresh-ahead window; otherwise the snapshot judged unusable (`None`
    /// before the first load).
    #[inline(always)]
    fn cached(&self) -> Result<HeaderValue, Option<Arc<Snapshot>>> {
        let guard = self.inner.current.load();
        let Some(snapshot) = guard.as_ref() else {
            return Err(None);
        };
        let now = self.inner.clock.coarse_nanos();
        if snapshot.is_due(now) {
            if snapshot.is_expired(now) {
                return Err(arc_swap::Guard::into_inner(guard));
            }
            Inner::refresh_in_background(&self.inner, snapshot, now);
        }
        Ok(snapshot.header.clone())
    }

    /// Call after the API answered 401 to a request sent with `rejected`. If `rejected` is the
    /// current header, refreshes once (single-flight: N concurrent 401s on the same token cause
    /// one refresh) and returns the new header; if it is an older header, returns the current
    /// one without refreshing. Replay the request at most once with the result.
    ///
    /// # Errors
    /// As for [`authorization`](Self::authorization).
    pub async fn unauthorized(&self, rejected: &HeaderValue) -> Result<HeaderValue, AuthError> {
        let current = self.inner.current.load_full();
        match current {
            Some(current) if bool::from(current.header.as_bytes().ct_eq(rejected.as_bytes())) => {
                let snapshot =
                    Inner::refresh(&self.inner, Reason::Unauthorized, Some(current)).await?;
                Ok(snapshot.header.clone())
            }
            // Older (or foreign) token: the current one, refreshed only if it is due.
            _ => self.authorization().await,
        }
    }

    /// Refreshes now, whatever the expiry (single-flight with any refresh in flight). Adopts
    /// newer tokens stored by another process instead, if there are any.
    ///
    /// # Errors
    /// As for [`authorization`](Self::authorization).
    pub async fn force_refresh(&self) -> Result<(), AuthError> {
        let seen = self.inner.current.load_full();
        Inner::refresh(&self.inner, Reason::Forced, seen)
            .await
            .map(drop)
    }

    /// Logs in: exchanges an authorization code for tokens, stores them durably (replacing
    /// whatever the store held) and publishes them. Runs as an owned task under the store's
    /// lock, so it neither races a refresh nor is cut short by a cancelled caller.
    ///
    /// The code can be exchanged only once, so the store is checked first, with its lock held:
    /// trusted (a token file that is a symlink, not yours or open to others), writable, and
    /// readable where a save would refuse to replace what it cannot read (a PostgreSQL row
    /// under another key). A store that fails the check is an [`AuthError::Store`] and the
    /// token endpoint is not called: the same code works once the store is fixed.
    ///
    /// # Errors
    /// [`AuthError::Store`] when the store would not accept the new tokens (nothing was
    /// exchanged); [`AuthError::ReauthorizationRequired`] with [`ReauthReason::CodeRejected`]
    /// for a bad code; [`AuthError::InvalidClient`], [`AuthError::Unavailable`],
    /// [`AuthError::Persist`], …
    pub async fn exchange_code(&self, code: &AuthorizationCode) -> Result<(), AuthError> {
        let inner = Arc::clone(&self.inner);
        let code = code.clone();
        let parent = Span::current();
        tokio::spawn(async move {
            inner
                .run(Reason::Login, None, Some(code), None, parent)
                .await
        })
        .await
        .unwrap_or(Err(AuthError::TaskFailed))
        .map(drop)
    }

    /// Number of token sets published by this manager so far (0 before the first load). Each
    /// refresh, adoption or login increases it.
    pub fn current_generation(&self) -> u64 {
        self.inner
            .current
            .load()
            .as_ref()
            .map_or(0, |s| s.generation)
    }

    /// The outcome of the refresh in flight at the time of this call (`None` when none is
    /// running). The refresh is picked when `wait_idle` is called, not when the future is first
    /// polled. Useful before shutting down, and to observe background refreshes.
    pub fn wait_idle(
        &self,
    ) -> impl Future<Output = Option<Result<(), AuthError>>> + Send + 'static {
        let flight = self.inner.slot().flight.clone();
        async move { Some(flight?.result.await.map(drop)) }
    }
}

impl fmt::Debug for TokenManager {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("TokenManager")
            .field("endpoint", &self.inner.endpoint)
            .field("store", &self.inner.store)
            .field("refresh_policy", &self.inner.refresh_policy)
            .field("generation", &self.current_generation())
            .field("refreshing", &self.inner.busy.load(Ordering::Relaxed))
            .finish()
    }
}

impl Inner {
    fn slot(&self) -> MutexGuard<'_, FlightSlot> {
        self.flight.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Joins the refresh in flight or starts one. `seen` is the snapshot the caller judged
    /// insufficient.
    async fn refresh(
        self: &Arc<Self>,
        reason: Reason,
        seen: Option<Arc<Snapshot>>,
    ) -> RefreshResult {
        let flight = {
            let mut slot = self.slot();
            // A refresh may have completed since the caller looked: then it must not start a
            // second one.
            if let Some(current) = self.current.load_full() {
                let advanced = seen
                    .as_ref()
                    .is_none_or(|s| s.generation != current.generation);
                if advanced && !current.is_expired(self.clock.coarse_nanos()) {
                    return Ok(current);
                }
            }
            match &slot.flight {
                Some(flight) => {
                    flight.waiters.fetch_add(1, Ordering::Relaxed);
                    flight.clone()
                }
                None => self.start(&mut slot, reason, seen),
            }
        };
        flight.result.await
    }

    /// Starts a background refresh for the snapshot in its refresh-ahead window, unless one is
    /// running or a failed one is cooling down. Rarely taken: kept out of the hot path.
    #[cold]
    #[inline(never)]
    fn refresh_in_background(self: &Arc<Self>, seen: &Snapshot, now: u64) {
        if self.busy.load(Ordering::Acquire)
            || now < self.background_not_before.load(Ordering::Relaxed)
        {
            return;
        }
        let mut slot = self.slot();
        if slot.flight.is_some() {
            return;
        }
        let current = self.current.load_full();
        if current.as_ref().map(|c| c.generation) != Some(seen.generation) {
            return;
        }
        self.start(&mut slot, Reason::Ahead, current);
    }

    /// Spawns the refresh task and records it in the slot (called with the slot locked).
    fn start(
        self: &Arc<Self>,
        slot: &mut FlightSlot,
        reason: Reason,
        seen: Option<Arc<Snapshot>>,
    ) -> Flight {
        slot.next_id += 1;
        let id = slot.next_id;
        let waiters = Arc::new(AtomicU64::new(0));
        self.busy.store(true, Ordering::Release);
        let inner = Arc::clone(self);
        let task_waiters = Arc::clone(&waiters);
        // The refresh span is a child of the span that needed it (the attempt that met a 401,
        // or the call that found the token expired), though the refresh runs as its own task.
        let parent = Span::current();
        let task = tokio::spawn(async move {
            let _clear = ClearSlot {
                inner: Arc::clone(&inner),
                id,
            };
            inner
                .run(reason, seen, None, Some(&task_waiters), parent)
                .await
        });
        let result = async move { task.await.unwrap_or(Err(AuthError::TaskFailed)) }
            .boxed()
            .shared();
        let flight = Flight {
            id,
            result,
            waiters,
        };
        slot.flight = Some(flight.clone());
        flight
    }

    /// One refresh or login, inside its tracing span.
    async fn run(
        &self,
        reason: Reason,
        seen: Option<Arc<Snapshot>>,
        code: Option<AuthorizationCode>,
        waiters: Option<&AtomicU64>,
        parent: Span,
    ) -> RefreshResult {
        let span = tracing::info_span!(
            parent: &parent,
            "spiro_auth.refresh",
            reason = reason.as_str(),
            waiters_coalesced = field::Empty,
            outcome = field::Empty,
            duration_ms = field::Empty,
        );
        let clock = self.endpoint.clock();
        let started = clock.monotonic();
        let deadline = self.endpoint.deadline_from_now();
        let result = async {
            match &code {
                Some(code) => self.login(code, deadline).await,
                None => self.rotate(reason, seen.as_deref(), deadline).await,
            }
        }
        .instrument(span.clone())
        .await;
        let outcome = match &result {
            Ok((_, Outcome::Refreshed)) => "refreshed",
            Ok((_, Outcome::Adopted)) => "adopted",
            Err(e) => e.kind(),
        };
        span.record("outcome", outcome);
        let duration = clock.monotonic().saturating_sub(started);
        span.record(
            "duration_ms",
            u64::try_from(duration.as_millis()).unwrap_or(u64::MAX),
        );
        #[cfg(feature = "metrics")]
        crate::engine::metrics::token_refresh(reason.as_str(), outcome);
        span.record(
            "waiters_coalesced",
            waiters.map_or(0, |w| w.load(Ordering::Relaxed)),
        );
        span.in_scope(|| match &result {
            Ok(_) => tracing::info!("token refresh done"),
            Err(e) => tracing::warn!(error = %e, "token refresh failed"),
        });
        if reason == Reason::Ahead && result.is_err() {
            let cooldown = self.refresh_policy.background_retry_cooldown();
            let until = add_nanos(self.clock.coarse_nanos(), cooldown);
            self.background_not_before.store(until, Ordering::Relaxed);
        }
        result.map(|(snapshot, _)| snapshot)
    }

    /// Steps 1–6 of the module docs.
    async fn rotate(
        &self,
        reason: Reason,
        seen: Option<&Snapshot>,
        deadline: Duration,
    ) -> Result<(Arc<Snapshot>, Outcome), AuthError> {
        let lock = self.lock_store(deadline).await?;
        let mut stored =
            self.load_store(deadline)
                .await?
                .ok_or(AuthError::ReauthorizationRequired {
                    reason: ReauthReason::StoreEmpty,
                })?;
        let mut reread_after_invalid_grant = false;
        loop {
            match self.snapshot(stored.clone()) {
                Some(candidate)
                    if adoptable(&candidate, seen, reason, self.clock.coarse_nanos()) =>
                {
                    return Ok((self.publish(candidate), Outcome::Adopted));
                }
                Some(_) => {}
                // Useless as it is, but the refresh token stored with it may still be good.
                None => tracing::warn!(
                    "the stored access token cannot be sent in a header; refreshing with the stored refresh token"
                ),
            }
            // Checked before the refresh token is spent: new tokens that could not be saved
            // would be lost.
            let generation = next_generation(stored.generation())?;
            match self
                .endpoint
                .refresh_until(stored.refresh_token(), deadline)
                .await
            {
                Ok(fresh) => {
                    let fresh = fresh.with_generation(generation);
                    return self.persist_and_publish(fresh, lock, deadline).await;
                }
                Err(e @ AuthError::ReauthorizationRequired { .. })
                    if !reread_after_invalid_grant =>
                {
                    // Another process may have rotated the token behind our back: re-read once.
                    reread_after_invalid_grant = true;
                    match self.load_store(deadline).await? {
                        Some(newer) if !newer.has_refresh_token(stored.refresh_token()) => {
                            tracing::info!(
                                "refresh token rejected, but the store holds a newer one"
                            );
                            stored = newer;
                        }
                        _ => return Err(e),
                    }
                }
                Err(e) => return Err(e),
            }
        }
    }

    async fn login(
        &self,
        code: &AuthorizationCode,
        deadline: Duration,
    ) -> Result<(Arc<Snapshot>, Outcome), AuthError> {
        let lock = self.lock_store(deadline).await?;
        // The code can be exchanged once: everything that would make the store refuse the new
        // tokens is checked first, so that an unsafe or unreadable store costs no login.
        let replaced = self.generation_replaced_by_login(deadline).await?;
        let generation = next_generation(replaced)?;
        let fresh = self.endpoint.exchange_code_until(code, deadline).await?;
        self.persist_and_publish(fresh.with_generation(generation), lock, deadline)
            .await
    }

    /// With the store lock held: checks that the store would accept a save
    /// ([`TokenStore::check_writable`]) and returns the generation a login replaces (0 when the
    /// store is empty, or holds a token file that a login is how one recovers from: corrupt,
    /// of a newer format, oversized).
    async fn generation_replaced_by_login(&self, deadline: Duration) -> Result<u64, AuthError> {
        tokio::time::timeout(self.left(deadline), self.store.check_writable())
            .await
            .map_err(|_| StoreError::DeadlineExceeded { operation: "check" })
            .and_then(|checked| checked)
            .map_err(AuthError::Store)?;
        match self.load_store(deadline).await {
            Ok(stored) => Ok(stored.map_or(0, |t| t.generation())),
            Err(AuthError::Store(
                StoreError::Corrupt { .. }
                | StoreError::UnsupportedVersion { .. }
                | StoreError::TooLarge { .. },
            )) => Ok(0),
            Err(e) => Err(e),
        }
    }

    /// Time left before `deadline`, on the clock: what bounds the store's operations.
    fn left(&self, deadline: Duration) -> Duration {
        deadline.saturating_sub(self.clock.monotonic())
    }

    async fn lock_store(&self, deadline: Duration) -> Result<crate::store::StoreLock, AuthError> {
        tokio::time::timeout(self.left(deadline), self.store.lock())
            .await
            .map_err(|_| AuthError::Store(StoreError::LockTimeout))?
            .map_err(AuthError::Store)
    }

    /// The stored tokens, bounded by the refresh deadline.
    async fn load_store(&self, deadline: Duration) -> Result<Option<TokenSet>, AuthError> {
        tokio::time::timeout(self.left(deadline), self.store.load())
            .await
            .map_err(|_| StoreError::DeadlineExceeded { operation: "load" })
            .and_then(|loaded| loaded)
            .map_err(AuthError::Store)
    }

    /// Saves durably, then publishes: never the other way round. The save is bounded by the
    /// refresh deadline; one that outlives it is left to finish in its own task, which keeps
    /// `lock` until then (so no other process reads or writes the file meanwhile), and the new
    /// tokens are not published.
    async fn persist_and_publish(
        &self,
        fresh: TokenSet,
        lock: crate::store::StoreLock,
        deadline: Duration,
    ) -> Result<(Arc<Snapshot>, Outcome), AuthError> {
        failpoint::hit(failpoint::AFTER_TOKEN_RESPONSE);
        // Built before saving so an unusable token is refused before it replaces a good one.
        let snapshot = self.snapshot(fresh).ok_or(AuthError::InvalidResponse {
            status: 200,
            reason: "the access token contains characters not allowed in a header",
        })?;
        let store = Arc::clone(&self.store);
        let tokens = snapshot.tokens.clone();
        let mut save = tokio::spawn(async move { store.save(&tokens).await });
        match tokio::time::timeout(self.left(deadline), &mut save).await {
            Ok(Ok(Ok(()))) => {}
            Ok(Ok(Err(fenced @ StoreError::Superseded { .. }))) => {
                let adopted = self.adopt_after_fenced_save(fenced, deadline).await;
                drop(lock);
                return adopted;
            }
            Ok(Ok(Err(e))) => return Err(AuthError::Persist(e)),
            Ok(Err(_)) => return Err(AuthError::TaskFailed),
            Err(_) => {
                tokio::spawn(async move {
                    let _ = save.await;
                    drop(lock);
                });
                return Err(AuthError::Persist(StoreError::DeadlineExceeded {
                    operation: "save",
                }));
            }
        }
        let published = self.publish(snapshot);
        failpoint::hit(failpoint::AFTER_PUBLISH);
        drop(lock);
        Ok((published, Outcome::Refreshed))
    }

    /// The store refused our save because it holds a newer generation (we lost the store's
    /// lock mid-refresh and another holder refreshed): our new tokens are dropped unused and
    /// the stored ones are adopted.
    async fn adopt_after_fenced_save(
        &self,
        fenced: StoreError,
        deadline: Duration,
    ) -> Result<(Arc<Snapshot>, Outcome), AuthError> {
        tracing::warn!(error = %fenced, "save fenced off; adopting the stored tokens");
        let stored = self.load_store(deadline).await?;
        let stored = stored
            .map(|t| {
                self.snapshot(t)
                    .ok_or(AuthError::Store(StoreError::UnusableAccessToken))
            })
            .transpose()?;
        match stored {
            Some(candidate) if !candidate.is_expired(self.clock.coarse_nanos()) => {
                Ok((self.publish(candidate), Outcome::Adopted))
            }
            _ => Err(AuthError::Persist(fenced)),
        }
    }

    /// A snapshot of `tokens` (not yet published): header prebuilt, deadlines on the monotonic
    /// clock, refresh-ahead lead sampled with jitter. `None` when the access token cannot be
    /// sent in a header (the caller says where it came from).
    fn snapshot(&self, tokens: TokenSet) -> Option<Snapshot> {
        let header = bearer_header(tokens.access_token())?;
        let now = self.clock.coarse_nanos();
        let remaining = tokens
            .remaining(self.clock.now_utc())
            .unwrap_or(Duration::ZERO);
        let lifetime = tokens.lifetime().unwrap_or(remaining);
        let lead = self.refresh_policy.sample_lead(lifetime);
        Some(Snapshot {
            header,
            tokens,
            generation: 0,
            refresh_at: add_nanos(now, remaining.saturating_sub(lead)),
            expires_at: add_nanos(now, remaining),
        })
    }

    /// Makes `snapshot` the current one under the next generation number. Called only with the
    /// store lock held, so publications are ordered.
    fn publish(&self, mut snapshot: Snapshot) -> Arc<Snapshot> {
        snapshot.generation = self.generation.fetch_add(1, Ordering::AcqRel) + 1;
        let snapshot = Arc::new(snapshot);
        self.current.store(Some(Arc::clone(&snapshot)));
        tracing::debug!(generation = snapshot.generation, "tokens published");
        snapshot
    }
}

/// How a refresh ended.
#[derive(Clone, Copy)]
enum Outcome {
    /// The token endpoint issued new tokens.
    Refreshed,
    /// Newer tokens from the store were taken over without a request.
    Adopted,
}

/// The store generation of tokens derived from (or replacing) stored generation `stored`; a
/// typed error, before any token is spent, when it cannot be counted.
fn next_generation(stored: u64) -> Result<u64, AuthError> {
    stored
        .checked_add(1)
        .ok_or(AuthError::Store(StoreError::GenerationExhausted {
            generation: stored,
        }))
}

/// Whether stored tokens (as `candidate`) can be used instead of calling the token endpoint.
fn adoptable(candidate: &Snapshot, seen: Option<&Snapshot>, reason: Reason, now: u64) -> bool {
    if candidate.is_expired(now) {
        return false;
    }
    let differs = seen.is_none_or(|s| !s.tokens.same_access_token(&candidate.tokens));
    match reason {
        // Nothing usable cached: anything valid in the store will do.
        Reason::Expired => differs,
        // Ahead of expiry: only tokens that are not themselves due.
        Reason::Ahead => differs && !candidate.is_due(now),
        // The rejected or to-be-replaced token must not come back; with nothing seen, a
        // forced refresh really refreshes.
        Reason::Unauthorized | Reason::Forced => seen.is_some() && differs,
        Reason::Login => false,
    }
}

/// Clears the slot when the refresh task ends, however it ends.
struct ClearSlot {
    inner: Arc<Inner>,
    id: u64,
}

impl Drop for ClearSlot {
    fn drop(&mut self) {
        let mut slot = self.inner.slot();
        if slot.flight.as_ref().is_some_and(|f| f.id == self.id) {
            slot.flight = None;
            self.inner.busy.store(false, Ordering::Release);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::MemoryTokenStore;

    /// The race behind a flaky "one refresh per expiry": a caller finds no usable token, and
    /// before its slow path runs, another caller's refresh publishes new tokens. The slow path
    /// must take those, not judge them insufficient and spend their refresh token again.
    #[tokio::test]
    async fn a_refresh_published_after_the_hot_path_judged_is_taken_not_repeated() {
        let server = spiro_mock::Server::start().await.expect("mock starts");
        let issued = server.issue_tokens();
        let now = chrono::Utc::now();
        let expired = TokenSet::new(
            issued.access_token.as_str(),
            issued.refresh_token.as_str(),
            now - chrono::Duration::seconds(1),
        )
        .with_issued_at(now - chrono::Duration::hours(24));
        let manager = TokenManager::builder(Credentials::new(
            server.client_id(),
            server.client_secret(),
            server.redirect_uri(),
        ))
        .endpoints(Endpoints::from_oauth_url(&server.oauth_url()).expect("loopback URL"))
        .store(MemoryTokenStore::with_tokens(expired))
        .build()
        .expect("manager builds");

        // The hot path judged before the first load (nothing published) ...
        let judged = manager.cached().expect_err("nothing is published yet");
        // ... then another caller refreshed.
        let published = tokio::time::timeout(Duration::from_secs(30), manager.authorization())
            .await
            .expect("the refresh ends within 30 s")
            .expect("the refresh succeeds");
        let taken = tokio::time::timeout(Duration::from_secs(30), manager.wait_for_token(judged))
            .await
            .expect("the slow path ends within 30 s")
            .expect("the slow path gets a token");

        assert_eq!(taken, published, "the published token is handed out");
        assert_eq!(
            server.counters().refresh_requests,
            1,
            "one refresh per expiry"
        );
    }
}
