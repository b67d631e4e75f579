//! The people-facing rules: security, the portal, triage, SLAs, assignment, the desk
//! and who approves corrections.

use super::*;

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SecurityConfig {
    /// Prefix of generated staff API tokens.
    pub token_prefix: String,
    /// How long an API token works after it is issued or rotated.
    #[serde(with = "humantime_serde")]
    pub api_token_ttl: Duration,
    /// On `serve` with no staff accounts, create `admin` and print its token once.
    pub bootstrap_admin: bool,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PortalConfig {
    /// Proxies whose `X-Forwarded-For` names the real client (the load balancer).
    pub trusted_proxies: Vec<std::net::IpAddr>,
    /// Lookups (status, identity, complaint, ticket) one client address may make per window.
    pub per_ip: u32,
    #[serde(with = "humantime_serde")]
    pub per_ip_window: Duration,
    /// Lookups of one NIK per window, whoever asks.
    pub per_nik: u32,
    #[serde(with = "humantime_serde")]
    pub per_nik_window: Duration,
    /// Codes sent to one phone number (or mailbox) per window. Over it, no code is sent
    /// but the answer is the same (a refusal would tell that the facts matched).
    pub per_phone: u32,
    #[serde(with = "humantime_serde")]
    pub per_phone_window: Duration,
    /// Codes per hour to numbers no record vouches for (phone changes, follow-ups), in
    /// all and per destination prefix (`+62` and five digits): the SMS-pumping budget.
    /// Over it, codes are silently not sent, counted in `/metrics` and logged.
    pub unproven_sms_per_hour: u32,
    pub unproven_sms_per_prefix_per_hour: u32,
    /// The same budget per client address (an IPv6 client as its /64) and per network
    /// (IPv4 /24, IPv6 /48), spent first: a few clients cannot spend everyone's.
    pub unproven_sms_per_client_per_hour: u32,
    pub unproven_sms_per_network_per_hour: u32,
    /// Failed identity checks and wrong codes on one NIK before it is locked from lookups.
    pub lock_after_failures: u32,
    /// How long such a lock lasts.
    #[serde(with = "humantime_serde")]
    pub lock_for: Duration,
    /// How long a one-time code is valid.
    #[serde(with = "humantime_serde")]
    pub code_ttl: Duration,
    /// Wrong tries before a code is void.
    pub code_attempts: u32,
    /// Wait before a code may be sent again.
    #[serde(with = "humantime_serde")]
    pub code_resend_after: Duration,
    /// Sends of one code at most (the first included).
    pub code_max_sends: u32,
    /// Life of a verified portal session.
    #[serde(with = "humantime_serde")]
    pub session_ttl: Duration,
    /// Largest evidence file, in bytes.
    pub max_upload_bytes: usize,
    /// Evidence files per request.
    pub max_uploads: usize,
    /// Ask the self-hosted question on public forms (turn off only for load tests).
    pub challenge: bool,
    /// Lookups answer no sooner than this, so a match (which does a little more work)
    /// cannot be told from a miss by timing.
    #[serde(with = "humantime_serde")]
    pub min_response: Duration,
    /// The floor rises with load to the recent 99th percentile of lookup times (plus a
    /// quarter), so a match's extra work cannot be told from a miss under load either;
    /// never above this.
    #[serde(with = "humantime_serde")]
    pub max_response_floor: Duration,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TriageConfig {
    /// A new ticket from a citizen with an open one is merged into it (otherwise both
    /// are flagged as related).
    pub merge_into_open: bool,
    /// Resolve new complaints whose cause is `sms_delivered` or `certificate_available`
    /// and that came from the phone or e-mail on record: resend the link, reply, resolve.
    pub auto_resolve: bool,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SlaConfig {
    /// IANA timezone of the business calendar.
    pub timezone: String,
    /// Working hours on a working day, `08:00-17:00`, or `24h`.
    pub hours: String,
    /// Working weekdays: `mon` … `sun`.
    pub workdays: Vec<String>,
    /// Where a breached ticket goes (empty: it stays in its queue).
    pub escalation_queue: String,
    /// Raise a breached ticket's priority one step.
    pub raise_priority_on_breach: bool,
    /// How often the SLA sweep looks for warnings and breaches.
    #[serde(with = "humantime_serde")]
    pub sweep_interval: Duration,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AssignmentConfig {
    /// Hand unassigned tickets to the available agents of their queue in turn.
    pub round_robin: bool,
    /// How often the round-robin runs.
    #[serde(with = "humantime_serde")]
    pub interval: Duration,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DeskConfig {
    /// A desk session ends after this long without a request.
    #[serde(with = "humantime_serde")]
    pub idle_timeout: Duration,
    /// And after this long whatever happens (a shift).
    #[serde(with = "humantime_serde")]
    pub max_session: Duration,
    /// Sign-in attempts per client address, and failed ones per (staff name, client
    /// address), in `sign_in_window`. Failures on a name from everywhere never lock it:
    /// past `sign_in_per_name` each attempt waits longer, and the staff member is told.
    pub sign_in_per_ip: u32,
    pub sign_in_per_name: u32,
    #[serde(with = "humantime_serde")]
    pub sign_in_window: Duration,
    /// People's records one member of staff may open an hour (desk and API views and
    /// reveals). Past it they are refused and supervisors are told once.
    pub lookups_per_hour: u32,
    /// People searches one member of staff may make an hour (the desk searches as the
    /// agent types); hits show NIKs masked, and agents see at most 20 a page.
    pub searches_per_hour: u32,
    /// Roles that must give a second factor (a TOTP code, or a recovery code) after
    /// their password; anyone may enrol. Empty: only those who enrolled.
    pub second_factor_roles: Vec<RoleName>,
    /// Enrolling a second factor needs a one-time code an admin issued (not just the
    /// password, which is all a thief of it would have).
    pub second_factor_enrolment_code: bool,
    /// How long such a code is good for.
    #[serde(with = "humantime_serde")]
    pub enrolment_code_ttl: Duration,
}

impl RoleName {
    pub fn role(self) -> crate::domain::Role {
        match self {
            RoleName::Agent => crate::domain::Role::Agent,
            RoleName::Supervisor => crate::domain::Role::Supervisor,
            RoleName::Admin => crate::domain::Role::Admin,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum RoleName {
    Agent,
    Supervisor,
    Admin,
}

#[derive(Debug, Clone, Copy, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ApprovalRule {
    /// Different people who must approve: 1 or 2.
    pub approvals: u8,
    /// The least role of the last approver.
    pub final_role: RoleName,
}

/// Who approves a correction of each field (DOMAIN.md "Corrections policy").
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CorrectionsConfig {
    pub phone: ApprovalRule,
    pub full_name: ApprovalRule,
    pub birth_date: ApprovalRule,
    pub sex: ApprovalRule,
    pub nik: ApprovalRule,
    pub vaccine: ApprovalRule,
    pub vaccinated_on: ApprovalRule,
    pub batch: ApprovalRule,
}

impl CorrectionsConfig {
    pub fn rule(
        &self,
        field: crate::domain::correction::CorrectionField,
    ) -> crate::domain::correction::Approval {
        use crate::domain::correction::CorrectionField as F;
        let r = match field {
            F::Phone => self.phone,
            F::FullName => self.full_name,
            F::BirthDate => self.birth_date,
            F::Sex => self.sex,
            F::Nik => self.nik,
            F::Vaccine => self.vaccine,
            F::VaccinatedOn => self.vaccinated_on,
            F::Batch => self.batch,
        };
        crate::domain::correction::Approval { approvals: r.approvals, final_role: r.final_role.role() }
    }
}
