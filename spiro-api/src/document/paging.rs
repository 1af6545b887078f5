//! Walking every page of a list operation as a `Stream`.
//!
//! Every list builder (`client.list_companies()`, …) implements [`ListOperation`]; its
//! filters, `include` and page size are kept on every page.
//!
//! ```no_run
//! use futures::TryStreamExt;
//! use spiro_api::ListOperation;
//! # async fn run(client: &spiro_api::Client) -> spiro_api::Result<()> {
//! let mut companies = client.list_companies().filter_name_cont("Watkins").pages().page_size(100).items();
//! while let Some(company) = companies.try_next().await? {
//!     println!("{}", company.id);
//! }
//! # Ok(()) }
//! ```

use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;

use futures::stream::{BoxStream, FuturesOrdered, StreamExt, TryStreamExt};

use crate::{BadRecords, Error, RecordError, Records, Result, types};

/// A list operation's builder: it can fetch any page of its collection.
///
/// Implemented (by `cargo xtask generate`) for the builder of every list operation of the
/// spec.
pub trait ListOperation: Clone + Send + Sized {
    /// The record type.
    type Item: Send + 'static;

    /// The operation's id in the spec (e.g. `list_companies`), named by its errors.
    const OPERATION: &'static str;

    /// Sends the request for page `number` (1-based), with page size `size` when given.
    fn fetch_page(
        self,
        number: i64,
        size: Option<i64>,
    ) -> impl Future<Output = Result<types::ListDocument<Self::Item>>> + Send;

    /// Walks the pages of this request; configure page size and read-ahead on the result.
    fn pages(self) -> Pages<Self> {
        Pages {
            request: self,
            page_size: None,
            read_ahead: 0,
            set_aside: None,
        }
    }

    /// Every record of every page, in order, one page in flight at a time.
    fn stream<'a>(self) -> BoxStream<'a, Result<Item<Self>>>
    where
        Self: 'a,
    {
        self.pages().items()
    }
}

/// The record type of a list operation.
pub type Item<R> = <R as ListOperation>::Item;

/// The `included` records of one page, shared by the items of that page (see
/// [`Pages::items_with_included`]); it derefs to `[types::IncludedResource]`.
pub type Included = Arc<[types::IncludedResource]>;

/// One page of a collection.
#[derive(Clone, Debug, PartialEq)]
pub struct Page<T> {
    /// The page's number, starting at 1.
    pub number: i64,
    /// The records that decoded, in order.
    pub items: Vec<T>,
    /// The records that did not decode as the spec's type, each with its id, position and
    /// raw JSON.
    pub failures: Vec<RecordError>,
    /// Related records requested with `include`.
    pub included: Vec<types::IncludedResource>,
    /// Entries of `included` without a readable `id` and `type`, dropped from `included`.
    pub included_failures: Vec<RecordError>,
    /// Spiro's `meta.pagination`, when it sent one.
    pub pagination: Option<types::Pagination>,
}

/// The pages of a list request; see [`ListOperation::pages`].
#[derive(Clone, Debug)]
#[must_use]
pub struct Pages<R> {
    request: R,
    page_size: Option<i64>,
    read_ahead: usize,
    set_aside: Option<BadRecords>,
}

type PageFuture<'a, D> = Pin<Box<dyn Future<Output = (i64, Result<D>)> + Send + 'a>>;

impl<R: ListOperation> Pages<R> {
    /// Records per page (sent as `page[size]`). Also lets the walk stop on a short page
    /// when Spiro sends no `meta.pagination`.
    pub fn page_size(mut self, size: i64) -> Self {
        self.page_size = Some(size);
        self
    }

    /// How many pages are requested ahead of the one being read (default 0: one request
    /// at a time; 2 keeps up to three requests in flight). Read-ahead starts once the first
    /// page has told how many pages there are. Order is preserved; memory grows with this
    /// number of pages.
    pub fn read_ahead(mut self, pages: usize) -> Self {
        self.read_ahead = pages;
        self
    }

    /// Sets aside each record that does not decode as the spec's type in `bad` (counted, the
    /// first ones kept with their raw JSON) instead of yielding it as [`Error::Record`]: then
    /// [`items`](Self::items) and [`items_with_included`](Self::items_with_included) yield
    /// only records, and end only at the end of the collection or at an error that stops the
    /// walk, so `try_next()?` finishes an export that meets a bad record. See [`BadRecords`].
    pub fn set_aside(mut self, bad: &BadRecords) -> Self {
        self.set_aside = Some(bad.clone());
        self
    }

    /// The pages, in order. Stops after `meta.pagination.total_pages`; without it (or when
    /// it is not a usable number: a warning says so), after an empty page or one shorter
    /// than the page size. Ends after the first error.
    pub fn into_stream<'a>(self) -> BoxStream<'a, Result<Page<Item<R>>>>
    where
        R: 'a,
    {
        self.documents()
            .map_ok(|(number, document)| page::<R>(number, document))
            .boxed()
    }

    /// The list documents of the walk, in order, with their page numbers; their records are
    /// not decoded yet.
    fn documents<'a>(self) -> BoxStream<'a, Result<(i64, types::ListDocument<Item<R>>)>>
    where
        R: 'a,
    {
        let walk = Walk::<R, types::ListDocument<Item<R>>> {
            request: self.request,
            page_size: self.page_size,
            read_ahead: self.read_ahead,
            next: 1,
            last: None,
            longest: 0,
            in_flight: FuturesOrdered::new(),
        };
        futures::stream::unfold(Some(walk), |walk| async move {
            let mut walk = walk?;
            let (number, result) = walk.next_response().await?;
            match result {
                Ok(document) => {
                    walk.saw(number, &document);
                    Some((Ok((number, document)), Some(walk)))
                }
                Err(error) => Some((Err(error), None)),
            }
        })
        .boxed()
    }

    /// Every record of every page, in order, decoded one at a time as it is handed out (a
    /// page is held as its text meanwhile: never more than about twice its body in memory).
    ///
    /// A record that does not decode as the spec's type is yielded in its place as
    /// [`Error::Record`] (its id and raw JSON), and the stream goes on with the next record;
    /// any other error ends the stream. With `try_next()?` such a record would end your
    /// loop: to run to the end, set it aside with [`set_aside`](Self::set_aside) (as below),
    /// or match on [`Error::Record`] yourself.
    ///
    /// ```no_run
    /// use futures::TryStreamExt;
    /// use spiro_api::{BadRecords, ListOperation};
    /// # async fn run(client: &spiro_api::Client) -> spiro_api::Result<()> {
    /// let bad = BadRecords::new();
    /// let mut opportunities = client.list_opportunities().pages().set_aside(&bad).items();
    /// while let Some(opportunity) = opportunities.try_next().await? {
    ///     println!("{}", opportunity.id);
    /// }
    /// eprintln!("{} records did not match the spec and were skipped", bad.count());
    /// # Ok(()) }
    /// ```
    pub fn items<'a>(self) -> BoxStream<'a, Result<Item<R>>>
    where
        R: 'a,
    {
        let set_aside = self.set_aside.clone();
        self.documents()
            .map_ok(move |(_, document)| {
                futures::stream::iter(results::<R>(document.data, set_aside.clone()))
            })
            .try_flatten()
            .boxed()
    }

    /// Every record of every page, in order, each with the `included` records of its page
    /// (shared, not copied), so that its relationships can be read. A record that does not
    /// decode is yielded as [`Error::Record`] or set aside, as by [`items`](Self::items):
    ///
    /// ```no_run
    /// use futures::TryStreamExt;
    /// use spiro_api::ListOperation;
    /// # async fn run(client: &spiro_api::Client) -> spiro_api::Result<()> {
    /// let mut opportunities = client.list_opportunities().include("user").pages().items_with_included();
    /// while let Some((opportunity, included)) = opportunities.try_next().await? {
    ///     let owner = opportunity.user(&included)?;
    ///     println!("{:?}\t{:?}", opportunity.name(), owner.as_ref().and_then(|u| u.email()));
    /// }
    /// # Ok(()) }
    /// ```
    pub fn items_with_included<'a>(self) -> BoxStream<'a, Result<(Item<R>, Included)>>
    where
        R: 'a,
    {
        let set_aside = self.set_aside.clone();
        self.documents()
            .map_ok(move |(_, document)| {
                let included: Included = document.included.into();
                futures::stream::iter(
                    results::<R>(document.data, set_aside.clone())
                        .map(move |item| item.map(|item| (item, Arc::clone(&included)))),
                )
            })
            .try_flatten()
            .boxed()
    }

    /// The first `limit` records (fewer if the collection is smaller), counting those that
    /// did not decode (in [`Records::failures`], or in the [`BadRecords`] given to
    /// [`set_aside`](Self::set_aside)); stops requesting pages once it has them. Fails only
    /// on an error that is not [`Error::Record`].
    pub async fn collect(self, limit: usize) -> Result<Records<Item<R>>> {
        let mut items = self.items().take(limit);
        let (mut records, mut failures) = (Vec::new(), Vec::new());
        while let Some(item) = items.next().await {
            match item {
                Ok(record) => records.push(record),
                Err(Error::Record(failure)) => failures.push(failure),
                Err(other) => return Err(other),
            }
        }
        Ok(Records::from_parts(records, failures))
    }
}

/// The state of one walk over the pages.
struct Walk<'a, R, D> {
    request: R,
    page_size: Option<i64>,
    read_ahead: usize,
    /// The next page number to request.
    next: i64,
    /// The last page, once known.
    last: Option<i64>,
    /// The longest page seen, to recognise a short page when there is no metadata.
    longest: usize,
    in_flight: FuturesOrdered<PageFuture<'a, D>>,
}

impl<'a, R> Walk<'a, R, types::ListDocument<Item<R>>>
where
    R: ListOperation + 'a,
{
    /// Tops up the requests in flight, then waits for the oldest one.
    async fn next_response(&mut self) -> Option<(i64, Result<types::ListDocument<Item<R>>>)> {
        // Before the total is known, only one request at a time.
        let window = if self.last.is_some() {
            self.read_ahead.saturating_add(1)
        } else {
            1
        };
        while self.in_flight.len() < window && self.last.is_none_or(|last| self.next <= last) {
            let (number, size, request) = (self.next, self.page_size, self.request.clone());
            self.in_flight.push_back(Box::pin(async move {
                (number, request.fetch_page(number, size).await)
            }));
            self.next += 1;
        }
        self.in_flight.next().await
    }

    /// Learns from page `number` where the walk ends.
    fn saw(&mut self, number: i64, document: &types::ListDocument<Item<R>>) {
        // A record that did not decode still counts towards the page's length.
        let length = document.data.count();
        let expected = self
            .page_size
            .and_then(|s| usize::try_from(s).ok())
            .unwrap_or(0);
        let short = length < expected.max(self.longest);
        let total_pages = document
            .meta
            .and_then(|meta| meta.pagination)
            .and_then(|p| p.total_pages);
        self.last = match total_pages {
            // An empty page ends the walk, whatever the metadata claims.
            _ if length == 0 => Some(number),
            Some(total_pages) => Some(total_pages),
            None if short => Some(number),
            None => None,
        };
        if self.last.is_some_and(|last| last <= number) {
            // Done: requests read ahead past the end are dropped, not awaited.
            self.in_flight = FuturesOrdered::new();
        }
        self.longest = self.longest.max(length);
    }
}

/// Page `number`, its records decoded; the failures name the operation.
fn page<R: ListOperation>(number: i64, document: types::ListDocument<Item<R>>) -> Page<Item<R>> {
    let pagination = document.meta.and_then(|meta| meta.pagination);
    let (items, mut failures) = document.data.into_parts();
    let mut included_failures = document.included_failures;
    for failure in failures.iter_mut().chain(&mut included_failures) {
        failure.set_operation(R::OPERATION);
    }
    Page {
        number,
        items,
        failures,
        included: document.included,
        included_failures,
        pagination,
    }
}

/// A page's records in the order Spiro sent them, decoded one at a time; each failure in its
/// position as [`Error::Record`] naming the operation, or put in `set_aside` and skipped.
fn results<R: ListOperation>(
    records: Records<Item<R>>,
    set_aside: Option<BadRecords>,
) -> impl Iterator<Item = Result<Item<R>>> {
    records
        .into_results()
        .filter_map(move |result| match result {
            Ok(record) => Some(Ok(record)),
            Err(mut failure) => {
                failure.set_operation(R::OPERATION);
                match &set_aside {
                    Some(bad) => {
                        bad.push(failure);
                        None
                    }
                    None => Some(Err(Error::Record(failure))),
                }
            }
        })
}
