//! The JSON API under `/api/v1` (poem-openapi), one struct per tag.

mod certificates;
mod corrections;
mod jobs;
mod mail;
mod phone_change;
mod queues;
mod records;
mod search;
mod staff;
mod supervise;
mod tickets;
mod triage;
mod whatsapp;

use poem_openapi::{OpenApiService, Tags};

#[derive(Tags)]
pub enum ApiTags {
    /// Tickets: open, list, read, reply, assign, change, merge, tag.
    Tickets,
    /// Staff accounts and tokens.
    Staff,
    /// Audit log and statistics.
    Supervision,
    /// The mail channel: mailboxes, quarantine.
    Mail,
    /// Vaccination records and vaccine reference data.
    Records,
    /// People's records, certificates (versions, reissue, revocation) and their SMS.
    Certificates,
    /// The durable job queue and bulk actions.
    Jobs,
    /// Staff search over people and tickets.
    Search,
    /// Review of citizens' correction requests; locking records from public lookups.
    Corrections,
    /// Why a certificate did not arrive: diagnosis of a ticket.
    Triage,
    /// Routing rules, SLA policies and the holiday calendar; assignment and pulling the next ticket.
    Queues,
    /// The WhatsApp channel: its state and a ticket's conversation.
    WhatsApp,
}

pub type Api = (
    tickets::TicketsApi,
    staff::StaffApi,
    supervise::SuperviseApi,
    mail::MailApi,
    records::RecordsApi,
    certificates::CertificatesApi,
    jobs::JobsApi,
    search::SearchApi,
    corrections::CorrectionsApi,
    phone_change::PhoneChangeApi,
    triage::TriageApi,
    queues::QueuesApi,
    whatsapp::WhatsAppApi,
);

/// The API with its metadata; also what `certdesk openapi` writes out.
pub fn service(server_url: &str) -> OpenApiService<Api, ()> {
    OpenApiService::new(
        (
            tickets::TicketsApi,
            staff::StaffApi,
            supervise::SuperviseApi,
            mail::MailApi,
            records::RecordsApi,
            certificates::CertificatesApi,
            jobs::JobsApi,
            search::SearchApi,
            corrections::CorrectionsApi,
            phone_change::PhoneChangeApi,
            triage::TriageApi,
            queues::QueuesApi,
            whatsapp::WhatsAppApi,
        ),
        "certdesk",
        env!("CARGO_PKG_VERSION"),
    )
    .description(
        "Helpdesk and self-service correction portal for missing COVID-19 vaccination \
         certificates. Authorize with a staff API token (`certdesk staff create`).",
    )
    .server(server_url)
}

/// Request bodies that take fields they do not know (a register feed's extra columns);
/// every other request body refuses them (`#[oai(deny_unknown_fields)]`).
pub const OPEN_BODIES: &[&str] = &["RecordIn", "DoseIn"];

/// The spec as served at `/openapi.json` and committed in `openapi/certdesk.yaml`:
/// poem-openapi's, with `additionalProperties: false` on the request bodies (and the
/// objects they hold) that refuse unknown fields, which poem does not state itself.
/// A YAML value keeps poem's order of keys (a JSON value would sort them).
pub fn spec_document() -> serde_yaml::Value {
    use serde_yaml::Value;
    let mut spec: Value = serde_yaml::from_str(&service("/").spec()).expect("poem-openapi writes JSON");
    let mut pending: Vec<String> = Vec::new();
    let paths = spec["paths"].as_mapping().into_iter().flat_map(|p| p.values());
    for op in paths.filter_map(Value::as_mapping).flat_map(|o| o.values()) {
        let contents = op["requestBody"]["content"].as_mapping().into_iter().flat_map(|c| c.values());
        for content in contents {
            pending.extend(schema_refs(&content["schema"]));
        }
    }
    let mut closed = std::collections::BTreeSet::new();
    while let Some(name) = pending.pop() {
        if OPEN_BODIES.contains(&name.as_str()) || !closed.insert(name.clone()) {
            continue;
        }
        let Some(schema) = spec
            .get_mut("components")
            .and_then(|c| c.get_mut("schemas"))
            .and_then(|s| s.get_mut(name.as_str()))
            .and_then(Value::as_mapping_mut)
        else {
            continue;
        };
        if schema.get("type").and_then(Value::as_str) != Some("object") {
            continue;
        }
        let fields =
            schema.get("properties").and_then(Value::as_mapping).into_iter().flat_map(|p| p.values());
        pending.extend(fields.flat_map(schema_refs));
        schema.insert("additionalProperties".into(), Value::Bool(false));
    }
    spec
}

/// The spec as JSON, for tests that walk it.
pub fn spec() -> serde_json::Value {
    serde_json::to_value(spec_document()).expect("YAML of JSON is JSON")
}

/// The components a schema names, directly or as its items.
fn schema_refs(schema: &serde_yaml::Value) -> Vec<String> {
    [&schema["$ref"], &schema["items"]["$ref"], &schema["allOf"][0]["$ref"]]
        .into_iter()
        .filter_map(|r| r.as_str()?.strip_prefix("#/components/schemas/").map(String::from))
        .collect()
}
