//! `/api/v1/search/…`: staff search over people and tickets. The search engine is never
//! exposed: certdesk asks it and answers with what staff may see.

use chrono::{DateTime, Utc};
use poem::web::Data;
use poem_openapi::param::Query;
use poem_openapi::payload::Json;
use poem_openapi::{Object, OpenApi};
use uuid::Uuid;

use super::ApiTags;
use crate::domain::{province_name, Nik, PhoneNumber};
use crate::http::auth::StaffAuth;
use crate::http::dto::{Bounded, Date};
use crate::http::dto::{
    Category, CertificateStateText, Channel, PriorityText, ProvinceText, RegencyText, SexText,
    TicketSortText, TicketStatus,
};
use crate::http::error::{ApiError, ApiResult};
use crate::search::{PeopleQuery, TicketQuery, TicketSort};
use crate::service::{search, Context};

pub struct SearchApi;

#[derive(Debug, Clone, Object)]
#[oai(skip_serializing_if_is_none)]
pub struct PersonHitOut {
    pub id: Uuid,
    /// Masked (3275********0001): open the record by `id` to see more.
    pub nik: String,
    pub full_name: String,
    pub birth_date: String,
    /// M or F
    pub sex: String,
    /// Two-digit province code from the NIK, and its name.
    pub province: String,
    pub province_name: Option<String>,
    /// Masked: +62 812-****-789
    pub phone: Option<String>,
    /// issued | pending | none
    pub certificate_status: String,
    /// Status of the latest SMS, if any.
    pub sms_status: Option<String>,
    /// A dose waits for input in the central system.
    pub pending: bool,
    /// Relevance (higher is better; scales differ between engines).
    pub score: f32,
}

#[derive(Debug, Clone, Object)]
#[oai(skip_serializing_if_is_none)]
pub struct PeoplePage {
    pub hits: Vec<PersonHitOut>,
    /// Matches in all.
    pub total: u64,
    pub offset: u32,
    pub limit: u32,
}

#[derive(Debug, Clone, Object)]
#[oai(skip_serializing_if_is_none)]
pub struct TicketHitOut {
    pub id: Uuid,
    pub number: String,
    pub subject: String,
    pub status: String,
    pub category: String,
    pub queue: String,
    pub priority: String,
    pub channel: String,
    pub assignee_id: Option<Uuid>,
    pub requester: String,
    /// The linked NIK, if any.
    pub nik: Option<String>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub score: f32,
}

#[derive(Debug, Clone, Object)]
#[oai(skip_serializing_if_is_none)]
pub struct TicketsPage {
    pub hits: Vec<TicketHitOut>,
    pub total: u64,
    pub offset: u32,
    pub limit: u32,
}

fn digits(field: &str, v: Option<String>, len: usize) -> Result<Option<String>, ApiError> {
    match v.map(|s| s.trim().to_string()).filter(|s| !s.is_empty()) {
        Some(s) if s.len() == len && s.bytes().all(|b| b.is_ascii_digit()) => Ok(Some(s)),
        Some(_) => Err(ApiError::invalid(field, format!("must be {len} digits"))),
        None => Ok(None),
    }
}

fn page(offset: Option<u64>, limit: Option<u64>) -> Result<(usize, usize), ApiError> {
    let limit = limit.unwrap_or(20);
    if !(1..=100).contains(&limit) {
        return Err(ApiError::invalid("limit", "must be 1-100"));
    }
    let offset = offset.unwrap_or(0);
    if offset > 10_000 {
        return Err(ApiError::invalid("offset", "at most 10000: narrow the search instead"));
    }
    Ok((offset as usize, limit as usize))
}

fn unix(t: Option<DateTime<Utc>>) -> Option<i64> {
    t.map(|t| t.timestamp())
}

#[derive(Debug, Clone, Object)]
#[oai(skip_serializing_if_is_none)]
pub struct IndexStatusOut {
    /// people | tickets
    pub index: String,
    /// Documents the database says the index should hold.
    pub database: u64,
    /// Documents the index holds.
    pub indexed: u64,
    /// Documents with a change not yet written to the index.
    pub owed: u64,
    /// Seconds since the oldest change still owed was made (absent when none is).
    pub oldest_owed_seconds: Option<f64>,
    /// What the indexer last reported (absent until one has run).
    pub indexer: Option<IndexerOut>,
}

#[derive(Debug, Clone, Object)]
#[oai(skip_serializing_if_is_none)]
pub struct IndexerOut {
    /// The process running the indexer (one per fleet).
    pub node: String,
    /// Documents confirmed by the engine per second, over the last minute.
    pub rate: f64,
    /// Engine tasks handed over and not yet confirmed.
    pub tasks_in_flight: i32,
    /// Documents confirmed since that process started indexing.
    pub documents: i64,
    /// Writes the engine refused since then (each is sent again from the log).
    pub refusals: i64,
    /// The latest refusal's message (NIKs and phone numbers masked).
    pub last_refusal: Option<String>,
    pub last_refusal_at: Option<DateTime<Utc>>,
    /// When this report was written: an old one means no indexer is running.
    pub updated_at: DateTime<Utc>,
}

#[derive(Debug, Clone, Object)]
#[oai(skip_serializing_if_is_none)]
pub struct SearchStatusOut {
    /// embedded | meilisearch
    pub backend: String,
    pub indexes: Vec<IndexStatusOut>,
}

#[OpenApi(prefix_path = "/api/v1/search", tag = "ApiTags::Search")]
impl SearchApi {
    /// Supervisors: is the index keeping up? Counts per index in the database and in
    /// the engine, changes still owed and the age of the oldest (a growing `owed` means
    /// the engine is down or the indexer is not running), and the indexer's rate, tasks
    /// in flight and refusals. `certdesk search-check` also compares documents.
    #[oai(path = "/status", method = "get")]
    async fn status(&self, cx: Data<&Context>, auth: StaffAuth) -> ApiResult<Json<SearchStatusOut>> {
        let report = search::status(&cx, &auth.actor()).await?;
        Ok(Json(SearchStatusOut {
            backend: cx.search.name().into(),
            indexes: report
                .into_iter()
                .map(|s| IndexStatusOut {
                    index: s.check.index.into(),
                    database: s.check.database,
                    indexed: s.check.indexed,
                    owed: s.check.owed,
                    oldest_owed_seconds: s.oldest_owed_secs,
                    indexer: s.indexer.map(|r| IndexerOut {
                        node: r.node,
                        rate: r.rate,
                        tasks_in_flight: r.in_flight,
                        documents: r.documents,
                        refusals: r.refusals,
                        last_refusal: r.last_refusal,
                        last_refusal_at: r.last_refusal_at,
                        updated_at: r.updated_at,
                    }),
                })
                .collect(),
        }))
    }

    /// Find a person: `q` takes a name (typos, old spellings, titles and abbreviations
    /// are forgiven), a NIK or phone number in any format (spaces, dots, 08/62/+62),
    /// a partial NIK (first 6 or last 4 digits) with a name, and a birth date as heard
    /// (`12 Mei 1990`, `12-05-1990`). Narrow with filters,
    /// e.g. `q=muhamad rizki&birth_date=1990-05-12&province=32`. Every search is audited.
    #[oai(path = "/people", method = "get")]
    #[allow(clippy::too_many_arguments)]
    async fn people(
        &self,
        cx: Data<&Context>,
        auth: StaffAuth,
        /// Name, NIK, phone or partial NIK.
        q: Query<Option<String>>,
        /// Exact birth date (YYYY-MM-DD).
        birth_date: Query<Option<Date>>,
        /// Province code, 2 digits (32 = Jawa Barat).
        province: Query<Option<ProvinceText>>,
        /// Regency/city code, 4 digits (3275 = Kota Bekasi).
        regency: Query<Option<RegencyText>>,
        /// M or F.
        sex: Query<Option<SexText>>,
        /// issued | pending | none
        certificate_status: Query<Option<CertificateStateText>>,
        /// Only people with (true) or without (false) a dose waiting for input.
        pending: Query<Option<bool>>,
        offset: Query<Option<Bounded<0, 10_000>>>,
        /// 1-100 (default 20).
        limit: Query<Option<Bounded<1, 100>>>,
    ) -> ApiResult<Json<PeoplePage>> {
        let (offset, limit) = page(offset.0.map(|n| n.0), limit.0.map(|n| n.0))?;
        let mut query = PeopleQuery::parse(q.0.as_deref().unwrap_or(""));
        // The parameter wins over a date written in `q`.
        if let Some(day) = birth_date.0 {
            query.birth_date = Some(day.0);
        }
        query.province = digits("province", province.0.map(|p| p.0), 2)?;
        query.regency = digits("regency", regency.0.map(|r| r.0), 4)?;
        query.sex = match sex.0.as_deref().map(str::trim) {
            None | Some("") => None,
            Some(s @ ("M" | "F")) => Some(s.to_string()),
            Some(_) => return Err(ApiError::invalid("sex", "must be M or F")),
        };
        query.cert_status = match certificate_status.0.as_deref() {
            None | Some("") => None,
            Some(s @ ("issued" | "pending" | "none")) => Some(s.to_string()),
            Some(_) => {
                return Err(ApiError::invalid("certificate_status", "must be issued, pending or none"))
            }
        };
        query.pending = pending.0;
        query.offset = offset;
        query.limit = limit;
        let found = search::people(&cx, &auth.actor(), query).await?;
        Ok(Json(PeoplePage {
            hits: found
                .hits
                .into_iter()
                .map(|h| {
                    let d = h.doc;
                    PersonHitOut {
                        id: Uuid::parse_str(&d.id).unwrap_or_default(),
                        province_name: province_name(&d.province).map(Into::into),
                        phone: (!d.phone.is_empty())
                            .then(|| PhoneNumber::parse(&format!("+{}", d.phone)).map(|p| p.masked()).ok())
                            .flatten(),
                        nik: Nik::parse(&d.nik).map(|n| n.masked()).unwrap_or_default(),
                        full_name: d.name,
                        birth_date: d.birth_date,
                        sex: d.sex,
                        province: d.province,
                        certificate_status: d.cert_status,
                        sms_status: (!d.sms_status.is_empty()).then_some(d.sms_status),
                        pending: d.pending,
                        score: h.score,
                    }
                })
                .collect(),
            total: found.total,
            offset: offset as u32,
            limit: limit as u32,
        }))
    }

    /// Find tickets by number, NIK or words of the subject, first message or requester,
    /// with filters and sort. Agents see their queues and what is assigned to them.
    #[oai(path = "/tickets", method = "get")]
    #[allow(clippy::too_many_arguments)]
    async fn tickets(
        &self,
        cx: Data<&Context>,
        auth: StaffAuth,
        /// Words, a ticket number (SRT-2026-000123) or a NIK.
        q: Query<Option<String>>,
        /// Any of these statuses (repeat the parameter).
        status: Query<Vec<TicketStatus>>,
        category: Query<Option<Category>>,
        queue: Query<Option<String>>,
        /// A staff id, or `me`.
        assignee: Query<Option<String>>,
        channel: Query<Option<Channel>>,
        /// low | normal | high | urgent
        priority: Query<Option<PriorityText>>,
        created_from: Query<Option<DateTime<Utc>>>,
        created_to: Query<Option<DateTime<Utc>>>,
        updated_from: Query<Option<DateTime<Utc>>>,
        updated_to: Query<Option<DateTime<Utc>>>,
        /// relevance (default) | -created_at | created_at | -updated_at | updated_at
        sort: Query<Option<TicketSortText>>,
        offset: Query<Option<Bounded<0, 10_000>>>,
        /// 1-100 (default 20).
        limit: Query<Option<Bounded<1, 100>>>,
    ) -> ApiResult<Json<TicketsPage>> {
        let (offset, limit) = page(offset.0.map(|n| n.0), limit.0.map(|n| n.0))?;
        let actor = auth.actor();
        let mut query = TicketQuery::parse(q.0.as_deref().unwrap_or(""));
        query.status =
            status.0.into_iter().map(|s| crate::domain::TicketStatus::from(s).as_str().to_string()).collect();
        query.category = category.0.map(|c| crate::domain::Category::from(c).as_str().to_string());
        query.channel = channel.0.map(|c| crate::domain::Channel::from(c).as_str().to_string());
        query.queue = queue.0.filter(|s| !s.trim().is_empty());
        query.priority = match priority.0.as_deref() {
            None | Some("") => None,
            Some(p) => Some(
                crate::domain::Priority::parse(p)
                    .map_err(|e| ApiError::invalid("priority", e))?
                    .as_str()
                    .to_string(),
            ),
        };
        query.assignee = match assignee.0.as_deref().map(str::trim) {
            None | Some("") => None,
            Some("me") => Some(actor.id.0.to_string()),
            Some(s) => Some(
                Uuid::parse_str(s)
                    .map_err(|_| ApiError::invalid("assignee", "must be a staff id or me"))?
                    .to_string(),
            ),
        };
        query.created_from = unix(created_from.0);
        query.created_to = unix(created_to.0);
        query.updated_from = unix(updated_from.0);
        query.updated_to = unix(updated_to.0);
        query.sort = match sort.0.as_deref() {
            None | Some("") => TicketSort::Relevance,
            Some(s) => TicketSort::parse(s).ok_or_else(|| {
                ApiError::invalid("sort", "relevance, -created_at, created_at, -updated_at or updated_at")
            })?,
        };
        query.offset = offset;
        query.limit = limit;
        let found = search::tickets(&cx, &actor, query).await?;
        let time = |t: i64| DateTime::from_timestamp(t, 0).unwrap_or_default();
        Ok(Json(TicketsPage {
            hits: found
                .hits
                .into_iter()
                .map(|h| {
                    let d = h.doc;
                    TicketHitOut {
                        id: Uuid::parse_str(&d.id).unwrap_or_default(),
                        number: d.number,
                        subject: d.subject,
                        status: d.status,
                        category: d.category,
                        queue: d.queue,
                        priority: d.priority,
                        channel: d.channel,
                        assignee_id: Uuid::parse_str(&d.assignee).ok(),
                        requester: d.requester,
                        nik: (!d.nik.is_empty()).then_some(d.nik),
                        created_at: time(d.created_at),
                        updated_at: time(d.updated_at),
                        score: h.score,
                    }
                })
                .collect(),
            total: found.total,
            offset: offset as u32,
            limit: limit as u32,
        }))
    }
}
