//! Deterministic seed data: the same seed and [`Dataset`] always give the same records, byte for
//! byte. Every collection draws from its own ChaCha8 stream, so changing the size of one
//! collection does not change the contents of the others (only which records they point at).

use std::collections::BTreeMap;
use std::path::Path;

use chrono::{DateTime, Datelike, Duration as ChronoDuration, NaiveDate, Timelike};
use rand::seq::IndexedRandom;
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use serde_json::{Map, Value, json};

use crate::records::{self, DatasetError, Described, RecordData};
use crate::resources::{self, ResourceKind};
use crate::spec::Spec;
use crate::store::{Record, Store};

/// What the mock seeds: how many records of each kind it generates, and the records a test
/// or a dataset file describes ([`Dataset::record`], [`Dataset::from_file`]).
///
/// # The dataset file
///
/// A JSON object whose keys are collections (the path segment: `companies`, `contacts`,
/// `users`, …, `custom_objects/machines` for a custom type) and whose values are arrays of
/// records. A record is an object with three members, all optional:
///
/// - `id`: a positive integer or a string of digits (at most [`MAX_ID`](crate::MAX_ID));
///   without it, the record gets the collection's next free id.
/// - `attributes`: attributes the spec declares for the resource (its `…Attributes` schema),
///   with values its schema allows; those left out are `null` (`custom`: `{}`; `created_at`
///   and `updated_at`: the time the server starts).
/// - `relationships`: to-one relationship name → the related record's id, or `null`.
///
/// Relationships may point at records anywhere in the file. A file generates nothing: its
/// records are all the server serves. The file holds at most
/// [`MAX_DATASET_BYTES`](crate::MAX_DATASET_BYTES).
///
/// ```
/// # fn main() -> Result<(), spiro_mock::DatasetError> {
/// let dataset = spiro_mock::Dataset::from_json(r#"{
///   "users": [{ "id": "1", "attributes": { "email": "dana@example.com" } }],
///   "companies": [{ "id": 10, "attributes": { "name": "Acme" }, "relationships": { "user": "1" } }],
///   "contacts": [{ "attributes": { "first_name": "Pat" }, "relationships": { "company": "10" } }]
/// }"#)?;
/// assert_eq!(dataset.companies, 0);
/// # Ok(())
/// # }
/// ```
///
/// A described record the spec refuses (an unknown collection, attribute or relationship, a
/// value of the wrong type, a relationship to no record) makes
/// [`ServerBuilder::start`](crate::ServerBuilder::start) fail with a message that names it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Dataset {
    /// Companies.
    pub companies: usize,
    /// Contacts (each linked to a company when there is one).
    pub contacts: usize,
    /// Opportunities (company, owner, pipeline and stage).
    pub opportunities: usize,
    /// Users (owners).
    pub users: usize,
    /// Pipelines.
    pub pipelines: usize,
    /// Opportunity stages per pipeline (Prospecting, Qualifying, Proposing, Closing, Closed Won,
    /// Closed Lost, then "Stage 7", …).
    pub stages_per_pipeline: usize,
    /// Reminders.
    pub reminders: usize,
    /// Activities.
    pub activities: usize,
    /// Campaigns.
    pub campaigns: usize,
    /// Quotes.
    pub quotes: usize,
    /// Quote products (line items).
    pub quote_products: usize,
    /// Records of the custom object type `machines`.
    pub custom_objects: usize,
    /// Described records by collection, stored after the generated ones.
    described: Described,
}

impl Default for Dataset {
    /// 250 companies, 1,000 contacts, 400 opportunities, 20 users, 3 pipelines × 6 stages,
    /// 120 reminders, 300 activities, 8 campaigns, 150 quotes, 450 quote products and 60
    /// machines.
    fn default() -> Dataset {
        Dataset {
            companies: 250,
            contacts: 1_000,
            opportunities: 400,
            users: 20,
            pipelines: 3,
            stages_per_pipeline: 6,
            reminders: 120,
            activities: 300,
            campaigns: 8,
            quotes: 150,
            quote_products: 450,
            custom_objects: 60,
            described: Described::new(),
        }
    }
}

macro_rules! setters {
    ($($field:ident),*) => {
        $(
            #[doc = concat!("Sets `", stringify!($field), "`.")]
            #[must_use]
            pub fn $field(mut self, n: usize) -> Dataset {
                self.$field = n;
                self
            }
        )*
    };
}

impl Dataset {
    /// No records at all.
    pub fn empty() -> Dataset {
        Dataset {
            companies: 0,
            contacts: 0,
            opportunities: 0,
            users: 0,
            pipelines: 0,
            stages_per_pipeline: 0,
            reminders: 0,
            activities: 0,
            campaigns: 0,
            quotes: 0,
            quote_products: 0,
            custom_objects: 0,
            described: Described::new(),
        }
    }

    /// Adds a described record of `collection` (e.g. `contacts`, `custom_objects/machines`),
    /// stored after the generated records, in the order added.
    #[must_use]
    pub fn record(mut self, collection: impl Into<String>, record: RecordData) -> Dataset {
        self.described
            .entry(collection.into())
            .or_default()
            .push(record);
        self
    }

    /// The described records by collection.
    pub fn records(&self) -> &BTreeMap<String, Vec<RecordData>> {
        &self.described
    }

    /// A dataset of the described records of a [dataset file](Dataset#the-dataset-file)'s
    /// text, generating nothing.
    pub fn from_json(text: &str) -> Result<Dataset, DatasetError> {
        Ok(Dataset {
            described: records::parse(text, "dataset")?,
            ..Dataset::empty()
        })
    }

    /// A dataset of the described records of a [dataset file](Dataset#the-dataset-file)
    /// (at most [`MAX_DATASET_BYTES`](crate::MAX_DATASET_BYTES)), generating nothing.
    pub fn from_file(path: impl AsRef<Path>) -> Result<Dataset, DatasetError> {
        Ok(Dataset {
            described: records::read_file(path.as_ref())?,
            ..Dataset::empty()
        })
    }

    /// The described records in the [dataset file](Dataset#the-dataset-file) format (the
    /// sizes of generated records are not part of it): `Dataset::from_json` reads it back.
    pub fn to_json(&self) -> String {
        records::to_json(&self.described)
    }

    setters!(
        companies,
        contacts,
        opportunities,
        users,
        pipelines,
        stages_per_pipeline,
        reminders,
        activities,
        campaigns,
        quotes,
        quote_products,
        custom_objects
    );
}

/// Seed times lie before this instant (2026-01-01T00:00:00Z).
const EPOCH_END: i64 = 1_767_225_600;
const TWO_YEARS: i64 = 2 * 365 * 86_400;

const FIRST_NAMES: &[&str] = &[
    "Dana", "Pat", "Alex", "Jordan", "Morgan", "Casey", "Riley", "Taylor", "Jamie", "Avery",
    "Quinn", "Reese", "Sam", "Drew", "Kendall", "Logan", "Harper", "Rowan", "Elliot", "Skyler",
    "Maria", "José", "Chloé", "Anika", "Wei", "Hiro", "Fatima", "Liam", "Noah", "Emma",
];
const LAST_NAMES: &[&str] = &[
    "Ortiz",
    "Lee",
    "Watkins",
    "Nguyen",
    "Schmidt",
    "Okafor",
    "Novak",
    "Brennan",
    "Kowalski",
    "Haddad",
    "Larsen",
    "Moreau",
    "Sato",
    "Fischer",
    "Alvarez",
    "Murphy",
    "Patel",
    "Kim",
    "Rossi",
    "Johansson",
    "Dubois",
    "Byrne",
    "Chen",
    "Silva",
    "Walker",
    "Hughes",
    "Müller",
    "O'Brien",
    "Jensen",
    "Reyes",
];
const COMPANY_WORDS: &[&str] = &[
    "Watkins",
    "Northwind",
    "Bluewater",
    "Summit",
    "Keystone",
    "Redwood",
    "Ironbridge",
    "Harbor",
    "Pioneer",
    "Granite",
    "Lakeside",
    "Evergreen",
    "Cascade",
    "Frontier",
    "Meridian",
    "Silverline",
    "Oakridge",
    "Prairie",
    "Beacon",
    "Crescent",
    "Riverbend",
    "Highland",
    "Sterling",
    "Cobalt",
    "Maple",
    "Falcon",
    "Horizon",
    "Atlas",
    "Liberty",
    "Vantage",
    "Canyon",
    "Orchard",
    "Willow",
    "Quarry",
    "Tidewater",
    "Copper",
    "Juniper",
    "Aspen",
    "Bayside",
    "Driftwood",
];
const COMPANY_SUFFIXES: &[&str] = &[
    "Inc.",
    "LLC",
    "Co.",
    "Group",
    "Packaging",
    "Foods",
    "Manufacturing",
    "Distribution",
    "Logistics",
    "Industries",
];
const CITIES: &[(&str, &str, &str, &str)] = &[
    ("Winona", "MN", "507", "55987"),
    ("Boston", "MA", "617", "02110"),
    ("Chicago", "IL", "312", "60607"),
    ("Austin", "TX", "512", "78701"),
    ("Denver", "CO", "303", "80202"),
    ("Portland", "OR", "503", "97205"),
    ("Madison", "WI", "608", "53703"),
    ("Columbus", "OH", "614", "43215"),
    ("Raleigh", "NC", "919", "27601"),
    ("Nashville", "TN", "615", "37203"),
    ("Omaha", "NE", "402", "68102"),
    ("Tampa", "FL", "813", "33602"),
];
const STREETS: &[&str] = &[
    "Main St",
    "Oak Ave",
    "Industrial Pkwy",
    "Commerce Dr",
    "Market St",
    "River Rd",
    "2nd St",
    "Elm St",
];
const INDUSTRIES: &[&str] = &[
    "Food & Beverage",
    "Pharmaceutical",
    "Cosmetics",
    "Automotive",
    "Electronics",
    "Agriculture",
    "Retail",
    "Household Goods",
];
const RELATIONSHIP_TYPES: &[&str] = &["Customer", "Prospect", "Partner", "Former Customer"];
const TITLES: &[&str] = &[
    "Purchasing Manager",
    "Buyer",
    "Plant Manager",
    "Operations Director",
    "Procurement Specialist",
    "CFO",
    "Owner",
    "Supply Chain Analyst",
    "Warehouse Supervisor",
    "VP Operations",
];
const CONTACT_METHODS: &[(&str, &str)] = &[("Email", "email"), ("Phone", "phone"), ("Text", "sms")];
const PROGRAMS: &[&str] = &[
    "corrugated program",
    "shrink film renewal",
    "label conversion",
    "pallet wrap trial",
    "custom mailers",
    "display packaging",
    "bulk bins",
    "thermoformed trays",
];
const RATINGS: &[&str] = &["Hot", "Warm", "Cold"];
const UNIT_TYPES: &[&str] = &["Cases", "Pallets", "Units", "Rolls"];
const STATUS_REASONS: &[&str] = &[
    "Quote sent",
    "Sampling",
    "Negotiating",
    "Awaiting PO",
    "Budget review",
    "Lost to competitor",
];
const PRODUCT_LINES: &[&str] = &["Corrugated", "Film", "Labels", "Tape", "Foam", "Mailers"];
const PRIORITIES: &[&str] = &["High", "Medium", "Low"];
const STAGES: &[(&str, f64)] = &[
    ("Prospecting", 10.0),
    ("Qualifying", 25.0),
    ("Proposing", 50.0),
    ("Closing", 75.0),
    ("Closed Won", 100.0),
    ("Closed Lost", 0.0),
];
const PIPELINES: &[&str] = &[
    "New Business",
    "Renewals",
    "Partnerships",
    "Enterprise",
    "Channel",
];
const TERRITORIES: &[(&str, &str)] = &[
    ("Northeast", "NE"),
    ("Midwest", "MW"),
    ("South", "S"),
    ("West", "W"),
    ("National Accounts", "NA"),
];
const REMINDERS: &[&str] = &[
    "Follow up on quote",
    "Send samples",
    "Schedule plant visit",
    "Check PO status",
    "Call about renewal",
    "Confirm delivery window",
    "Ask for a reference",
];
const ACTIVITY_KINDS: &[&str] = &["email", "call", "note", "meeting"];
const ACTIVITY_SUBJECTS: &[&str] = &[
    "Pricing discussion",
    "Sample feedback",
    "Intro call",
    "Quarterly review",
    "Delivery issue",
    "Spec change",
    "Plant tour",
    "Contract terms",
];
const CAMPAIGNS: &[&str] = &[
    "Spring trade show follow-up",
    "Q3 reorder reminder",
    "New film line launch",
    "Holiday volume outreach",
    "Sustainability webinar invite",
    "Lapsed customer win-back",
    "Label conversion promo",
    "Plant tour invitations",
];
const QUOTE_STATUSES: &[&str] = &["Draft", "Sent", "Accepted", "Declined"];
const PRODUCTS: &[(&str, u64)] = &[
    ("Regular slotted carton 12x10x8", 185),
    ("Stretch film 18in x 1500ft", 2450),
    ("Thermal labels 4x6 (roll of 500)", 1299),
    ("Packing tape 2in x 110yd", 349),
    ("Foam corner protectors", 89),
    ("Poly mailer 10x13", 42),
    ("Pallet wrap pre-stretched", 3175),
    ("Die-cut display tray", 560),
];
const MACHINE_MODELS: &[&str] = &[
    "Wrapmaster 3000",
    "Case Erector CE-20",
    "Tape Sealer TS-5",
    "Labeler LX-9",
];
const MACHINE_FEATURES: &[&str] = &[
    "Auto cut",
    "Remote monitoring",
    "Pre-stretch",
    "Dual roll",
    "Touch screen",
];

/// One collection's generator state.
struct Gen {
    rng: ChaCha8Rng,
}

impl Gen {
    fn new(seed: u64, stream: u64) -> Gen {
        let mut rng = ChaCha8Rng::seed_from_u64(seed);
        rng.set_stream(stream);
        Gen { rng }
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        // Every list above is non-empty.
        items.choose(&mut self.rng).unwrap_or(&items[0])
    }

    fn pick_id(&mut self, ids: &[u64]) -> Option<u64> {
        ids.choose(&mut self.rng).copied()
    }

    fn ids(&mut self, start: u64, n: usize) -> Vec<u64> {
        let mut id = start;
        (0..n)
            .map(|_| {
                id += self.rng.random_range(1..=3);
                id
            })
            .collect()
    }

    /// `(created_at, updated_at)` before 2026-01-01.
    fn times(&mut self) -> (String, String) {
        let created = EPOCH_END - self.rng.random_range(86_400..TWO_YEARS);
        let updated = created + self.rng.random_range(0..=(EPOCH_END - created));
        (timestamp(created), timestamp(updated))
    }

    fn date_in_2026(&mut self) -> String {
        let day = self.rng.random_range(0..365);
        let date =
            NaiveDate::from_ymd_opt(2026, 1, 1).unwrap_or_default() + ChronoDuration::days(day);
        format!("{:04}-{:02}-{:02}", date.year(), date.month(), date.day())
    }

    fn money(&mut self, min_cents: u64, max_cents: u64) -> f64 {
        self.rng.random_range(min_cents..max_cents) as f64 / 100.0
    }

    fn person(&mut self) -> (&'static str, &'static str) {
        (*self.pick(FIRST_NAMES), *self.pick(LAST_NAMES))
    }

    fn phone(&mut self, area: &str) -> String {
        format!("+1{area}555{:04}", self.rng.random_range(0..10_000))
    }

    fn subset(&mut self, items: &[&'static str], max: usize) -> Value {
        let n = self.rng.random_range(1..=max.min(items.len()));
        let mut chosen: Vec<&str> = items.choose_multiple(&mut self.rng, n).copied().collect();
        chosen.sort_unstable();
        json!(chosen)
    }
}

/// RFC 3339 UTC with whole seconds. Formatted by hand: chrono's `format` is slow without
/// optimisations, and seeding formats thousands of these.
fn timestamp(secs: i64) -> String {
    let t = DateTime::from_timestamp(secs, 0)
        .unwrap_or_default()
        .naive_utc();
    format!(
        "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}Z",
        t.year(),
        t.month(),
        t.day(),
        t.hour(),
        t.minute(),
        t.second()
    )
}

/// Lower-case alphanumerics of a name, for e-mail and web domains.
fn slug(name: &str) -> String {
    name.chars()
        .filter(char::is_ascii_alphanumeric)
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

/// Builds an attribute map with exactly the attributes the spec declares, in its order; any
/// declared attribute not given is `null`, `custom` defaults to `{}`.
fn attributes(spec: &Spec, kind: &ResourceKind, given: Value) -> Map<String, Value> {
    let mut given = match given {
        Value::Object(map) => map,
        _ => Map::new(),
    };
    spec.attributes(kind.attributes_schema)
        .iter()
        .map(|a| {
            let default = if a.name == "custom" {
                Value::Object(Map::new())
            } else {
                Value::Null
            };
            (a.name.to_owned(), given.remove(a.name).unwrap_or(default))
        })
        .collect()
}

fn record(id: u64, attributes: Map<String, Value>, rels: &[(&'static str, Option<u64>)]) -> Record {
    Record {
        id,
        attributes,
        relationships: rels.iter().copied().collect::<BTreeMap<_, _>>(),
    }
}

fn kind(collection: &str) -> Option<&'static ResourceKind> {
    resources::kind(collection)
}

/// Seeds a store.
pub(crate) fn seed(spec: &Spec, seed: u64, d: &Dataset) -> Store {
    let mut store = Store::new();
    let (Some(user_k), Some(pipe_k), Some(stage_k), Some(company_k), Some(contact_k), Some(opp_k)) = (
        kind("users"),
        kind("pipelines"),
        kind("opportunity_stages"),
        kind("companies"),
        kind("contacts"),
        kind("opportunities"),
    ) else {
        return store;
    };
    let (
        Some(reminder_k),
        Some(activity_k),
        Some(campaign_k),
        Some(quote_k),
        Some(qp_k),
        Some(custom_k),
    ) = (
        kind("reminders"),
        kind("activities"),
        kind("campaigns"),
        kind("quotes"),
        kind("quote_products"),
        kind("custom_objects"),
    )
    else {
        return store;
    };

    // Users.
    let mut g = Gen::new(seed, 1);
    let user_ids = g.ids(40_200, d.users);
    let mut user_names = BTreeMap::new();
    for &id in &user_ids {
        let (first, last) = g.person();
        let (territory, code) = *g.pick(TERRITORIES);
        let attrs = attributes(
            spec,
            user_k,
            json!({
                "first_name": first,
                "last_name": last,
                "email": format!("{}.{}@example.com", slug(first), slug(last)),
                "custom": { "territory": { "label": territory, "value": code } },
            }),
        );
        user_names.insert(id, format!("{first} {last}"));
        store.insert("users", record(id, attrs, &[]));
    }

    // Pipelines and their stages.
    let mut g = Gen::new(seed, 2);
    let pipeline_ids = g.ids(7_525, d.pipelines);
    let mut stages_by_pipeline: BTreeMap<u64, Vec<u64>> = BTreeMap::new();
    let mut next_stage = 58_570u64;
    for (i, &pid) in pipeline_ids.iter().enumerate() {
        let name = match PIPELINES.get(i) {
            Some(n) => (*n).to_owned(),
            None => format!("Pipeline {}", i + 1),
        };
        store.insert(
            "pipelines",
            record(pid, attributes(spec, pipe_k, json!({ "name": name })), &[]),
        );
        for s in 0..d.stages_per_pipeline {
            next_stage += 1;
            let (name, probability) = match STAGES.get(s) {
                Some((n, p)) => ((*n).to_owned(), *p),
                None => (format!("Stage {}", s + 1), 50.0),
            };
            let attrs = attributes(
                spec,
                stage_k,
                json!({ "name": name, "position": s + 1, "probability": probability }),
            );
            store.insert(
                "opportunity_stages",
                record(next_stage, attrs, &[("pipeline", Some(pid))]),
            );
            stages_by_pipeline.entry(pid).or_default().push(next_stage);
        }
    }

    // Companies.
    let mut g = Gen::new(seed, 3);
    let company_ids = g.ids(884_000, d.companies);
    let mut company_domains = BTreeMap::new();
    for (i, &id) in company_ids.iter().enumerate() {
        let name = format!("{} {}", g.pick(COMPANY_WORDS), g.pick(COMPANY_SUFFIXES));
        let domain = format!("{}.com", slug(&name));
        let (city, state, area, zip) = *g.pick(CITIES);
        let owner = g.pick_id(&user_ids);
        let isr = g.pick_id(&user_ids);
        let (created, updated) = g.times();
        let street = g.pick(STREETS);
        let number = g.rng.random_range(10..9_999);
        let isr_value = match isr {
            Some(uid) => {
                json!({ "label": user_names.get(&uid).cloned().unwrap_or_default(), "value": uid })
            }
            None => Value::Null,
        };
        let attrs = attributes(
            spec,
            company_k,
            json!({
                "name": name,
                "website": format!("https://www.{domain}"),
                "city": city,
                "state": state,
                "external_id": format!("C{:05}", i + 1),
                "phone": g.phone(area),
                "address": format!("{number} {street}"),
                "zipcode": zip,
                "description": if g.rng.random_bool(0.3) { Value::Null } else { json!(format!("{} account in {city}", g.pick(INDUSTRIES))) },
                "created_at": created,
                "updated_at": updated,
                "custom": {
                    "relationship_type": g.pick(RELATIONSHIP_TYPES),
                    "assigned_isr": isr_value,
                    "industries_served": g.subset(INDUSTRIES, 3),
                    "annual_revenue": g.money(100_000_000, 50_000_000_000),
                },
            }),
        );
        company_domains.insert(id, (name, domain));
        store.insert("companies", record(id, attrs, &[("user", owner)]));
    }

    // Contacts.
    let mut g = Gen::new(seed, 4);
    let contact_ids = g.ids(5_512_000, d.contacts);
    for (i, &id) in contact_ids.iter().enumerate() {
        let (first, last) = g.person();
        let company = g.pick_id(&company_ids);
        let domain = company
            .and_then(|c| company_domains.get(&c))
            .map_or_else(|| "example.com".to_owned(), |(_, d)| d.clone());
        let (_, _, area, _) = *g.pick(CITIES);
        let (created, updated) = g.times();
        let (method_label, method_value) = *g.pick(CONTACT_METHODS);
        let attrs = attributes(
            spec,
            contact_k,
            json!({
                "first_name": first,
                "last_name": last,
                "email": format!("{}.{}@{domain}", slug(first), slug(last)),
                "title": g.pick(TITLES),
                "phone": g.phone(area),
                "mobile": if g.rng.random_bool(0.6) { json!(g.phone(area)) } else { Value::Null },
                "home_phone": Value::Null,
                "description": Value::Null,
                "external_id": format!("P{:06}", i + 1),
                "created_at": created,
                "updated_at": updated,
                "custom": {
                    "preferred_contact_method": { "label": method_label, "value": method_value },
                    "newsletter": g.rng.random_bool(0.5),
                },
            }),
        );
        let owner = g.pick_id(&user_ids);
        store.insert(
            "contacts",
            record(id, attrs, &[("company", company), ("user", owner)]),
        );
    }

    // Opportunities.
    let mut g = Gen::new(seed, 5);
    let opportunity_ids = g.ids(3_609_000, d.opportunities);
    let mut opportunity_company = BTreeMap::new();
    for (i, &id) in opportunity_ids.iter().enumerate() {
        let company = g.pick_id(&company_ids);
        let company_word = company
            .and_then(|c| company_domains.get(&c))
            .and_then(|(n, _)| n.split(' ').next().map(str::to_owned))
            .unwrap_or_else(|| "Unassigned".to_owned());
        let owner = g.pick_id(&user_ids);
        let isr = g.pick_id(&user_ids);
        let pipeline = g.pick_id(&pipeline_ids);
        let stage = pipeline
            .and_then(|p| stages_by_pipeline.get(&p))
            .and_then(|s| g.pick_id(s));
        let (created, updated) = g.times();
        let quote = 10_000 + i as u64 + 1;
        let linked = g.rng.random_bool(0.4);
        let isr_value = match isr {
            Some(uid) => {
                json!({ "label": user_names.get(&uid).cloned().unwrap_or_default(), "value": uid })
            }
            None => Value::Null,
        };
        let attrs = attributes(
            spec,
            opp_k,
            json!({
                "name": format!("{company_word} – 2026 {}", g.pick(PROGRAMS)),
                "amount": g.money(50_000, 50_000_000),
                "close_at": g.date_in_2026(),
                "description": if g.rng.random_bool(0.5) { json!("Replacement for current supplier") } else { Value::Null },
                "external_id": format!("Q-{quote}"),
                "priority": g.pick(PRIORITIES),
                "currency": "USD",
                "created_at": created,
                "updated_at": updated,
                "custom": {
                    "bc_packaging_quote": if linked { json!(format!("https://businesscentral.example.com/quotes/Q-{quote}")) } else { Value::Null },
                    "probability": g.rng.random_range(0..=10) * 10,
                    "rating": { "label": g.pick(RATINGS) },
                    "assigned_isr": isr_value,
                    "est_annual_volume": g.rng.random_range(1..500) * 1_000,
                    "unit_type": g.pick(UNIT_TYPES),
                    "status_reason": g.pick(STATUS_REASONS),
                    "product_lines": g.subset(PRODUCT_LINES, 3),
                    "sharepoint_docs_opportunity": format!("https://sharepoint.example.com/sites/sales/opportunities/{id}"),
                },
            }),
        );
        opportunity_company.insert(id, company);
        store.insert(
            "opportunities",
            record(
                id,
                attrs,
                &[
                    ("company", company),
                    ("user", owner),
                    ("pipeline", pipeline),
                    ("opportunity_stage", stage),
                ],
            ),
        );
    }

    // Quotes.
    let mut g = Gen::new(seed, 6);
    let quote_ids = g.ids(90_200, d.quotes);
    for (i, &id) in quote_ids.iter().enumerate() {
        let opportunity = g.pick_id(&opportunity_ids);
        let company = opportunity.and_then(|o| opportunity_company.get(&o).copied().flatten());
        let owner = g.pick_id(&user_ids);
        let (created, updated) = g.times();
        let attrs = attributes(
            spec,
            quote_k,
            json!({
                "name": format!("Q-2026-{:04}", i + 1),
                "total": g.money(10_000, 20_000_000),
                "status": g.pick(QUOTE_STATUSES),
                "created_at": created,
                "updated_at": updated,
                "custom": { "payment_terms": { "label": "Net 30", "value": 30 } },
            }),
        );
        store.insert(
            "quotes",
            record(
                id,
                attrs,
                &[
                    ("company", company),
                    ("opportunity", opportunity),
                    ("user", owner),
                ],
            ),
        );
    }

    // Quote products.
    let mut g = Gen::new(seed, 7);
    let line_ids = g.ids(455_000, d.quote_products);
    for &id in &line_ids {
        let quote = g.pick_id(&quote_ids);
        let (name, price_cents) = *g.pick(PRODUCTS);
        let quantity = g.rng.random_range(1..200u64) * 10;
        let (created, updated) = g.times();
        let attrs = attributes(
            spec,
            qp_k,
            json!({
                "name": name,
                "quantity": quantity,
                "price": price_cents as f64 / 100.0,
                "total": (quantity * price_cents) as f64 / 100.0,
                "created_at": created,
                "updated_at": updated,
                "custom": { "print_colors": g.rng.random_range(0..=4) },
            }),
        );
        store.insert("quote_products", record(id, attrs, &[("quote", quote)]));
    }

    // Reminders: one parent (company, contact or opportunity) and an owner.
    let mut g = Gen::new(seed, 8);
    for id in g.ids(712_000, d.reminders) {
        let (company, contact, opportunity) =
            parent(&mut g, &company_ids, &contact_ids, &opportunity_ids);
        let owner = g.pick_id(&user_ids);
        let (created, updated) = g.times();
        let attrs = attributes(
            spec,
            reminder_k,
            json!({
                "description": g.pick(REMINDERS),
                "due_at": format!("{}T{:02}:00:00Z", g.date_in_2026(), g.rng.random_range(8..18)),
                "status": if g.rng.random_bool(0.7) { "open" } else { "closed" },
                "created_at": created,
                "updated_at": updated,
                "custom": {},
            }),
        );
        store.insert(
            "reminders",
            record(
                id,
                attrs,
                &[
                    ("company", company),
                    ("contact", contact),
                    ("opportunity", opportunity),
                    ("user", owner),
                ],
            ),
        );
    }

    // Activities.
    let mut g = Gen::new(seed, 9);
    for id in g.ids(9_100_000, d.activities) {
        let (company, contact, opportunity) =
            parent(&mut g, &company_ids, &contact_ids, &opportunity_ids);
        let owner = g.pick_id(&user_ids);
        let (created, updated) = g.times();
        let kind_name = *g.pick(ACTIVITY_KINDS);
        let attrs = attributes(
            spec,
            activity_k,
            json!({
                "kind": kind_name,
                "subject": g.pick(ACTIVITY_SUBJECTS),
                "body": format!("Logged {kind_name}."),
                "occurred_at": created,
                "created_at": created,
                "updated_at": updated,
                "custom": {},
            }),
        );
        store.insert(
            "activities",
            record(
                id,
                attrs,
                &[
                    ("company", company),
                    ("contact", contact),
                    ("opportunity", opportunity),
                    ("user", owner),
                ],
            ),
        );
    }

    // Campaigns.
    let mut g = Gen::new(seed, 10);
    for (i, id) in g.ids(3_100, d.campaigns).into_iter().enumerate() {
        let name = match CAMPAIGNS.get(i) {
            Some(n) => (*n).to_owned(),
            None => format!("Campaign {}", i + 1),
        };
        let owner = g.pick_id(&user_ids);
        let (created, updated) = g.times();
        let attrs = attributes(
            spec,
            campaign_k,
            json!({
                "name": name,
                "description": "Contact call and e-mail list.",
                "created_at": created,
                "updated_at": updated,
                "custom": { "channel": { "label": if i % 2 == 0 { "Email" } else { "Phone" } } },
            }),
        );
        store.insert("campaigns", record(id, attrs, &[("user", owner)]));
    }

    // Custom objects: machines installed at companies.
    let mut g = Gen::new(seed, 11);
    let key = resources::store_key(
        "custom_objects",
        resources::CUSTOM_OBJECT_TYPES.first().copied(),
    );
    for id in g.ids(26_000, d.custom_objects) {
        let model = *g.pick(MACHINE_MODELS);
        let serial = format!("SN-{:06}", g.rng.random_range(0..1_000_000));
        let company = g.pick_id(&company_ids);
        let owner = g.pick_id(&user_ids);
        let (created, updated) = g.times();
        let attrs = attributes(
            spec,
            custom_k,
            json!({
                "name": format!("{model} {serial}"),
                "created_at": created,
                "updated_at": updated,
                "custom": {
                    "serial_number": serial,
                    "model": { "label": model },
                    "installed_on": g.date_in_2026(),
                    "running_hours": g.rng.random_range(0..40_000),
                    "features": g.subset(MACHINE_FEATURES, 3),
                },
            }),
        );
        store.insert(
            &key,
            record(
                id,
                attrs,
                &[
                    ("company", company),
                    ("contact", None),
                    ("opportunity", None),
                    ("user", owner),
                ],
            ),
        );
    }
    store
}

/// One parent among company, contact and opportunity (the others `None`).
fn parent(
    g: &mut Gen,
    companies: &[u64],
    contacts: &[u64],
    opportunities: &[u64],
) -> (Option<u64>, Option<u64>, Option<u64>) {
    match g.rng.random_range(0..3) {
        0 => (g.pick_id(companies), None, None),
        1 => (None, g.pick_id(contacts), None),
        _ => (None, None, g.pick_id(opportunities)),
    }
}
