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
