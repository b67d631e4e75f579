//! certdesk's integration suite: one binary, every behaviour test instantiated once
//! per database backend. A backend that is not configured is reported as ignored.

mod architecture;
mod balancer;
mod browser;
mod certificates;
mod citizen;
mod claims;
mod cli;
mod crash;
mod desk;
mod docs;
mod e2e_portal;
mod errors;
mod export;
mod fleet;
mod fleet_load;
mod gateway;
mod graph;
mod helpers;
mod intake;
mod jobs;
mod keys;
mod lanes;
mod mail;
mod meili_process;
mod nodes;
mod objects;
mod ops;
mod outage;
mod pg_cluster;
mod portal;
mod queues;
mod records;
mod roles;
mod s3;
mod search;
mod search_indexing;
mod search_names;
mod security;
mod servers;
mod sms;
mod spec;
mod tickets;
mod triage;
mod upgrade;
mod whatsapp;
mod whatsapp_batch;
mod whatsapp_menu;
mod whatsapp_notices;
mod whatsapp_phone;
mod whatsapp_replies;

use helpers::{Backend, Needs, TestFn};
use libtest_mimic::{Arguments, Trial};

/// `(name, function, needs)` of behaviour tests that run on every backend.
macro_rules! suite {
    ($needs:expr; $($module:ident :: $test:ident),+ $(,)?) => {
        vec![$((concat!(stringify!($module), "::", stringify!($test)), (|app| Box::pin($module::$test(app))) as TestFn, $needs)),+]
    };
}

fn main() {
    // A debug build polls each test's async body in a frame of up to a megabyte; with
    // the default 2 MiB per test thread, a job run inside a test (a regex compiled on
    // first use deep in the diagnosis) could overflow it. Before any thread starts.
    if std::env::var_os("RUST_MIN_STACK").is_none() {
        std::env::set_var("RUST_MIN_STACK", (8 << 20).to_string());
    }
    let args = Arguments::from_args();
    let none = Needs::default();
    let smtp = Needs { smtp: true, ..none };
    let imap = Needs { smtp: true, imap: true, ..none };
    let imaps = Needs { imap_tls: true, ..imap };
    let imap_seen = Needs { imap_extra: "processed_folder = \"\"\n", ..imap };
    let sms = Needs { sms: true, ..none };
    let sms_mail = Needs { sms: true, smtp: true, ..none };
    let mut behaviour = suite![none;
        tickets::creating_a_ticket_returns_it_new_with_a_number_and_normalised_fields,
        tickets::ticket_numbers_stay_unique_under_concurrent_creation,
        tickets::a_ticket_is_found_by_id_and_by_number,
        tickets::every_allowed_transition_succeeds_and_every_other_is_refused,
        tickets::a_reply_opens_a_new_ticket_and_records_the_first_response,
        tickets::a_reply_to_a_closed_ticket_is_refused_but_a_note_is_kept,
        tickets::listing_filters_by_every_field,
        tickets::cursor_pagination_returns_every_ticket_once_newest_first,
        tickets::merging_moves_messages_and_tags_and_points_to_the_survivor,
        tickets::merge_refuses_self_closed_targets_and_merged_sources,
        tickets::tags_are_added_removed_and_validated,
        tickets::every_change_writes_an_audit_event_with_before_and_after,
        tickets::the_audit_log_refuses_updates_and_deletes,
        tickets::one_bad_ticket_in_a_batch_does_not_fail_the_others,
        tickets::ticket_numbers_stay_unique_across_channels_and_rollbacks,
        roles::requests_without_a_valid_token_get_401_on_every_endpoint,
        roles::agents_work_their_queues_only,
        roles::agents_cannot_reach_supervisor_or_admin_endpoints,
        roles::supervisors_see_every_queue_reassign_and_read_statistics,
        roles::only_admins_manage_staff_and_tokens,
        errors::malformed_json_unknown_fields_and_wrong_types_get_400,
        errors::invalid_values_get_422_naming_the_field,
        errors::oversized_bodies_get_413_with_or_without_content_length,
        errors::unknown_routes_and_methods_get_the_error_shape,
        ops::health_readiness_and_metrics_answer,
        ops::readiness_fails_when_the_database_is_gone,
        ops::every_response_carries_a_request_id,
        ops::in_flight_requests_finish_during_graceful_shutdown,
        mail::the_same_message_twice_is_one_message,
        mail::mime_shapes_charsets_and_attachments_are_read,
        mail::threading_by_tag_headers_and_subject,
        mail::robots_get_no_acknowledgement,
        mail::bad_mail_is_quarantined_listed_and_retried,
        mail::extraction_finds_nik_and_mobile_but_not_kk_or_landlines,
        mail::exactly_one_process_holds_a_mailbox_lease,
        mail::a_nik_matching_one_person_links_the_ticket,
        records::a_batch_upserts_people_rejects_bad_lines_and_keeps_incomplete_doses_pending,
        records::agents_cannot_import_records,
        certificates::complete_doses_get_a_certificate_and_an_sms_pending_ones_do_not,
        certificates::a_corrected_record_gets_a_new_version_and_every_version_verifies,
        certificates::a_tampered_or_foreign_qr_payload_is_rejected,
        certificates::the_sms_link_opens_the_certificate_and_the_pdf_until_it_is_replaced_or_expires,
    ];
    behaviour.extend(suite![sms;
        sms::the_gateway_gets_jasmin_parameters_and_receipts_only_move_forward,
        sms::temporary_failures_retry_with_backoff_then_dead_letter_and_refusals_do_not_retry,
        sms::resolving_with_resend_sends_once_and_reports_delivery,
        sms::phone_update_reissue_and_merge_actions_fix_the_record,
        sms::a_bulk_resend_covers_every_matching_ticket_once_per_person,
        jobs::a_dead_workers_job_is_handed_back_when_its_lease_lapses,
        jobs::two_workers_never_run_the_same_job,
        jobs::an_issuing_job_never_sweeps_before_the_work_it_was_kept_for_commits,
    ]);
    behaviour.extend(suite![sms_mail; sms::an_undeliverable_sms_opens_a_ticket_and_mails_the_link]);
    // Workers running, the gateway at 100 SMS/s: the lanes are what is tested.
    behaviour.extend(
        suite![Needs { config: &[("jobs.workers", "1"), ("sms.rate_per_second", "100")], ..sms_mail };
            lanes::a_code_a_resend_and_a_reply_overtake_a_bulk_issuance,
        ],
    );
    behaviour.extend(suite![imap; lanes::the_mailbox_backlog_is_what_the_server_still_holds]);
    behaviour.extend(suite![none;
        claims::complaints_are_diagnosed_by_what_they_claim,
        claims::of_two_records_the_words_must_not_point_away_from_the_one_in_trouble,
        claims::two_records_the_words_leave_open_are_told_apart_by_their_certificates,
    ]);
    behaviour.extend(suite![Needs { whatsapp: true, ..none };
        whatsapp::the_handshake_and_the_signature_guard_the_webhook,
        whatsapp::every_entry_and_change_is_read_and_replays_change_nothing,
        whatsapp::a_nik_in_the_chat_links_the_person_and_the_number_alone_never_does,
        whatsapp_replies::replies_go_as_text_inside_the_window_and_wait_for_the_citizen_outside_it,
        whatsapp_replies::statuses_only_move_forward_and_failures_reach_the_agent,
        whatsapp_replies::graph_errors_are_handled_by_kind,
        whatsapp::media_is_fetched_and_odd_messages_are_kept_visible,
        whatsapp::a_number_that_changed_hands_and_merged_tickets_never_reach_another_citizen,
        whatsapp_replies::a_reply_held_twice_is_released_twice_and_failed_messages_can_be_retried,
        whatsapp_menu::the_menu_answers_like_the_portal_behind_a_code_to_the_phone_on_record,
        whatsapp_phone::a_phone_change_in_the_chat_files_the_portals_request_with_the_photos,
        whatsapp_batch::users_in_one_webhook_are_told_apart_as_they_would_be_one_by_one,
        whatsapp_batch::a_backlog_is_converted_together_and_a_bad_message_stays_its_own,
        whatsapp_batch::two_workers_converting_one_backlog_share_it_without_waiting_in_a_circle,
    ]);
    behaviour.extend(
        suite![Needs { whatsapp: true, sms: true, config: &[("whatsapp.notices.enabled", "true")], ..none };
            whatsapp_notices::certificate_notices_go_by_whatsapp_template_and_fall_back_to_sms,
            whatsapp_notices::a_resolution_waits_on_the_whatsapp_notice_then_on_its_sms,
        ],
    );
    behaviour.extend(
        suite![Needs { whatsapp: true, config: &[("whatsapp.notices.enabled", "true")], ..none };
            whatsapp_notices::a_correction_decision_goes_by_template_in_one_line,
        ],
    );
    behaviour.extend(suite![none; whatsapp::the_channel_is_off_unless_configured]);
    behaviour.extend(suite![none;
        intake::every_kind_of_complaint_mail_is_read_like_an_agent_would,
        intake::replies_bring_details_threads_hold_and_robots_and_garbage_stay_out,
    ]);
    // The app in the test runs no jobs: separate `serve` processes do, and are killed.
    behaviour.extend(suite![Needs { quiet: true, ..sms_mail };
        crash::a_killed_server_repeats_at_most_its_in_flight_messages_and_loses_none,
    ]);
    behaviour.extend(suite![none;
        portal::the_status_check_answers_alike_whether_or_not_a_record_matched,
        portal::identity_is_proved_by_a_code_to_the_phone_on_record,
        portal::codes_expire_after_five_wrong_tries_and_resend_after_a_cooldown,
        portal::codes_lapse_after_their_lifetime_and_resend_waits_for_the_cooldown,
        portal::a_phone_change_with_evidence_is_approved_by_an_agent,
        portal::corrections_follow_the_two_person_rule_and_reissue_the_certificates,
        portal::a_web_complaint_is_linked_and_followed_with_a_code,
        portal::forms_need_their_csrf_token_and_a_fresh_challenge,
        portal::the_language_switch_persists_and_pages_stay_small,
        portal::resolving_with_apply_correction_approves_under_the_same_policy,
        triage::each_linked_ticket_gets_its_cause_with_evidence,
        triage::a_mail_without_a_nik_is_diagnosed_when_the_answer_brings_it,
        triage::macros_fill_the_reply_for_the_diagnosed_cause_in_either_language,
        triage::a_citizen_writing_again_joins_the_open_story,
        triage::supervisors_see_the_queue_the_causes_and_the_workload,
        triage::a_ticket_without_a_nik_is_linked_by_the_phone_or_email_on_record,
        triage::the_csv_export_streams_every_ticket_of_a_filter,
        queues::routing_rules_send_new_tickets_on_by_category_province_and_cause,
        queues::the_round_robin_spreads_tickets_over_available_agents_within_their_caps,
        queues::bulk_reassign_and_close_and_split_are_audited,
        queues::queue_overview_and_sla_attainment_match_a_hand_computed_data_set,
        queues::sla_policies_are_data_and_bad_ones_are_refused,
    ]);
    behaviour
        .extend(suite![smtp; queues::sla_clocks_count_business_hours_skip_holidays_pause_warn_and_escalate]);
    behaviour.extend(suite![none;
        desk::staff_sign_in_with_sessions_that_expire_and_forms_bound_to_them,
        desk::agents_see_their_queues_only_on_the_desk,
        desk::corrections_are_reviewed_on_the_desk_under_the_two_person_rule,
        desk::a_phone_change_started_on_the_call_is_confirmed_by_the_code_the_caller_reads_out,
        desk::mail_attachments_are_previewed_by_what_their_bytes_are,
        desk::a_correction_is_filed_for_the_caller_from_the_pre_filled_form,
    ]);
    behaviour.extend(suite![none;
        security::metrics_carry_route_templates_only_and_are_not_on_the_public_listener,
        security::a_huge_desk_form_is_refused_before_it_is_read,
        security::staff_alone_cannot_change_a_phone_or_merge_records_that_disagree,
        security::a_records_import_changes_no_identity_without_the_policy,
        security::a_request_filed_before_the_upgrade_is_not_approved_by_its_filer,
        security::a_stranger_writing_to_a_ticket_changes_none_of_its_contact_data,
        security::fifty_parallel_wrong_codes_use_up_the_code,
        security::csv_cells_that_a_spreadsheet_would_run_are_made_inert,
        security::ten_thousand_attachments_are_quarantined_and_the_next_mail_flows,
        security::api_tokens_expire_and_can_be_revoked,
        security::supervisors_sign_in_with_a_second_factor_that_an_admin_can_reset,
    ]);
    behaviour.extend(suite![Needs { config: &[("portal.per_ip", "2")], ..none };
        security::refused_phone_changes_write_no_evidence_and_orphans_are_swept,
    ]);
    behaviour.extend(suite![Needs { config: &[("portal.unproven_sms_per_client_per_hour", "2"), ("portal.unproven_sms_per_network_per_hour", "3"), ("portal.trusted_proxies", "[\"127.0.0.1\"]")], ..none };
        security::a_few_clients_cannot_spend_everyones_codes_to_typed_numbers,
    ]);
    behaviour.extend(suite![Needs { config: &[("mail.authserv_id", "mx.kemkes.test")], ..none };
        security::a_forged_from_address_is_not_the_requester,
    ]);
    behaviour.extend(
        suite![Needs { config: &[("desk.lookups_per_hour", "5"), ("desk.searches_per_hour", "3")], ..none };
            security::an_insider_opens_a_few_records_an_hour_masked_and_every_look_is_listed,
            security::searches_spend_the_lookup_budget_and_show_no_nik_in_full,
        ],
    );
    // Attachments and evidence in a real S3-compatible server (moto), outage included;
    // the file tests of the desk and the portal run there again.
    let s3 = Needs { s3: true, ..none };
    let mut on_s3 = suite![s3;
        objects::files_live_in_the_bucket_are_streamed_back_and_orphans_are_swept,
        desk::mail_attachments_are_previewed_by_what_their_bytes_are,
        portal::a_phone_change_with_evidence_is_approved_by_an_agent,
    ];
    on_s3.extend(suite![Needs { s3: true, config: &[("storage.s3.timeout", "2s")], ..imap };
        objects::an_object_store_outage_answers_503_and_mail_waits_in_the_mailbox,
    ]);
    behaviour.extend(on_s3.into_iter().map(|(name, test, needs)| {
        let name: &'static str = match name.starts_with("objects::") {
            true => name,
            false => Box::leak(format!("s3::{name}").into_boxed_str()),
        };
        (name, test, needs)
    }));
    // A fleet: three `serve` nodes on the test's PostgreSQL database, one killed.
    behaviour.extend(suite![Needs { fleet: true, quiet: true, s3: true, ..sms_mail };
        fleet_load::three_nodes_share_the_work_and_a_kill_loses_nothing,
    ]);
    behaviour.extend(suite![Needs { config: &[("mail.max_attachments", "20000")], ..none };
        security::ten_thousand_attachments_within_the_limit_are_stored_in_chunks,
    ]);
    behaviour.extend(suite![Needs { config: &[("server.metrics_token", "scrape-secret")], ..none };
        security::metrics_on_the_public_listener_need_the_metrics_token,
    ]);
    behaviour.extend(suite![Needs { browser: true, smtp: true, ..none };
        desk::an_agent_finds_a_caller_files_a_ticket_resends_and_replies_in_the_browser,
        desk::a_correction_is_approved_in_the_browser_and_the_certificate_reissued,
    ]);
    // End to end in headless Chromium (reported as ignored where it is not installed).
    let browser = Needs { browser: true, ..none };
    behaviour.extend(suite![browser;
        e2e_portal::a_citizen_checks_verifies_resends_downloads_and_switches_language,
        e2e_portal::a_phone_change_and_a_correction_are_filed_in_the_browser_and_approved,
    ]);
    // No issuing in the background: the test counts what the import logged.
    behaviour.extend(suite![Needs { quiet: true, ..none };
        records::a_file_import_keeps_the_last_line_of_each_nik_across_batches_and_writers,
    ]);
    behaviour.extend(suite![Needs { config: &[("certificates.key_refresh", "0s")], ..none };
        keys::rotated_keys_keep_old_qr_codes_verifying_until_revoked,
    ]);
    behaviour.extend(suite![Needs { config: &[("triage.merge_into_open", "true")], ..none };
        triage::with_merging_on_a_second_ticket_goes_into_the_open_one,
    ]);
    behaviour.extend(suite![Needs { config: &[("triage.auto_resolve", "true")], ..none };
        triage::with_auto_resolution_a_delivered_complaint_from_the_number_on_record_is_answered,
    ]);
    behaviour.extend(suite![Needs { config: &[("portal.per_ip", "4")], ..none };
        portal::lookups_are_limited_per_address_and_nik_across_processes,
    ]);
    behaviour.extend(suite![Needs { config: &[("portal.lock_after_failures", "3"), ("portal.trusted_proxies", "[\"127.0.0.1\"]")], ..none };
        portal::repeated_failures_lock_a_nik_for_the_failing_client_only,
        security::a_stranger_cannot_lock_a_staff_member_out_of_the_desk,
        security::every_portal_step_answers_alike_for_match_miss_locked_and_pending,
    ]);
    behaviour.extend(suite![Needs { config: &[("portal.max_upload_bytes", "65536")], ..none };
        portal::uploads_are_limited_by_size_count_and_content,
    ]);
    behaviour.extend(suite![smtp;
        mail::a_new_mail_opens_a_ticket_and_is_acknowledged,
        mail::acknowledgements_are_rate_limited_per_sender,
        mail::agent_replies_go_out_by_mail_and_answers_thread_back,
        mail::a_bounce_marks_the_reply_and_flags_the_ticket,
        mail::smtp_outage_keeps_the_reply_queued_for_retry,
        mail::oversized_mail_is_quarantined_and_the_sender_told,
    ]);
    behaviour.extend(suite![imap;
        mail::imap_mail_becomes_tickets_and_is_moved,
        mail::a_message_committed_but_not_moved_is_only_moved,
    ]);
    behaviour.extend(suite![imaps; mail::imap_over_tls_with_a_private_ca]);
    behaviour.extend(suite![imap_seen; mail::without_a_processed_folder_mail_is_flagged_seen_and_left]);
    // The search behaviour suite, written once: on the embedded engine, and again on
    // Meilisearch when CERTDESK_TEST_MEILI_URL names a server.
    let quiet = Needs { quiet: true, ..none };
    let searching = suite![quiet;
        search::a_nik_or_phone_in_any_format_finds_the_person,
        search::names_are_found_despite_typos_old_spellings_and_titles,
        search::filters_partial_niks_and_pagination_narrow_the_hits,
        search::merged_and_deleted_people_leave_the_index,
        search::tickets_are_found_by_number_words_and_filters_within_the_agents_queues,
        search::reindex_rebuilds_and_search_check_reports_drift,
        search::an_unreachable_engine_delays_indexing_and_loses_nothing,
        search_names::a_name_said_with_or_without_a_leading_muhammad_finds_the_person,
        search_names::dropped_middle_names_joined_words_and_old_spellings_find_the_person,
        search_names::two_typos_in_a_long_name_find_the_person,
    ];
    let mut searching = searching;
    searching.extend(suite![Needs { config: &[("search.batch", "2")], ..quiet };
        search_indexing::a_person_changed_while_their_write_is_in_flight_ends_in_their_latest_state,
    ]);
    searching.extend(suite![Needs { config: &[("search.batch", "8")], ..quiet };
        search_indexing::a_document_the_engine_refuses_ends_up_alone_and_the_rest_lands,
    ]);
    // PostgreSQL only (SQLite has one writer: changes commit in their order).
    behaviour.extend(suite![Needs { fleet: true, ..quiet };
        search_indexing::a_change_committed_after_a_later_one_is_still_indexed,
    ]);
    let meili = Needs { meili: true, ..quiet };
    let mut on_meili: Vec<_> = searching
        .iter()
        .map(|(name, test, needs)| {
            (
                &*Box::leak(format!("meilisearch::{name}").into_boxed_str()),
                *test,
                Needs { meili: true, ..*needs },
            )
        })
        .collect();
    on_meili.extend(
        suite![meili; search_indexing::a_write_meilisearch_refuses_is_reported_and_sent_again]
            .into_iter()
            .map(|(name, test, needs)| {
                (&*Box::leak(format!("meilisearch::{name}").into_boxed_str()), test, needs)
            }),
    );
    behaviour.extend(searching);
    behaviour.extend(on_meili);
    behaviour.extend(suite![Needs { meili_process: true, ..quiet };
        search_indexing::meilisearch_killed_during_indexing_loses_nothing,
    ]);
    let meili_skip = helpers::meili_server().is_none();
    if meili_skip {
        eprintln!("note: meilisearch tests are skipped: CERTDESK_TEST_MEILI_URL is not set");
    }
    let meili_process_skip = meili_process::binary().is_none();
    if meili_process_skip {
        eprintln!(
            "note: tests that kill and restart Meilisearch are skipped: CERTDESK_TEST_MEILI_BIN is not set"
        );
    }
    let s3_skip = s3::unavailable();
    if let Some(why) = &s3_skip {
        eprintln!("note: object storage (S3) tests are skipped: {why}");
    }
    let browser_skip = !browser::available();
    if browser_skip {
        eprintln!("note: browser tests are skipped: /usr/bin/chromium or /usr/bin/chromedriver is missing");
    }
    eprintln!(
        "note: fleet tests (several serve processes) run on PostgreSQL only: SQLite is one node's database"
    );
    let mut trials = Vec::new();
    for (backend, skip) in Backend::all() {
        if let Some(why) = &skip {
            eprintln!("note: {} tests are skipped: {why}", backend.name());
        }
        for (name, test, needs) in &behaviour {
            if needs.fleet && matches!(backend, Backend::Sqlite) {
                // SQLite is one node's database (docs/fleet.md); not run there at all.
                continue;
            }
            let (b, test, needs) = (backend.clone(), *test, *needs);
            let trial = Trial::test(format!("{}::{name}", backend.name()), move || {
                helpers::run(&b, test, needs);
                Ok(())
            })
            .with_ignored_flag(
                skip.is_some()
                    || (needs.meili && meili_skip)
                    || (needs.meili_process && meili_process_skip)
                    || (needs.browser && browser_skip)
                    || (needs.s3 && s3_skip.is_some()),
            );
            trials.push(trial);
        }
    }
    // Tests of the binary and the repository itself: they run once, not per backend.
    type Standalone = fn() -> Result<(), libtest_mimic::Failed>;
    macro_rules! standalone {
        ($($module:ident :: $test:ident),+ $(,)?) => {
            [$((concat!(stringify!($module), "::", stringify!($test)), $module::$test as Standalone)),+]
        };
    }
    let once = standalone![
        spec::openapi_yaml_is_up_to_date,
        spec::the_spec_states_the_rules_the_handlers_apply,
        architecture::edges_reach_data_only_through_services,
        docs::the_commands_the_docs_show_exist_and_every_one_is_documented,
        cli::staff_create_prints_a_working_token_and_serve_stops_on_sigterm,
        cli::keys_are_listed_rotated_and_revoked_from_the_command_line,
        cli::ingest_mail_exit_codes_tell_the_mta_what_happened,
        cli::ingest_mail_dir_imports_a_folder_once,
        cli::import_records_reads_json_lines_and_csv_and_writes_rejects,
        cli::search_check_reports_drift_until_caught_up_and_reindex_rebuilds,
        cli::a_killed_poller_loses_and_duplicates_nothing,
        cli::a_clean_stop_hands_the_mailbox_over_at_once,
        cli::serve_on_an_empty_database_bootstraps_an_admin_token_once,
        export::a_csv_export_of_100000_tickets_streams_in_flat_memory,
        upgrade::a_database_from_the_previous_release_migrates_forward_with_every_row,
        outage::a_stopping_node_turns_unready_first_and_serves_while_it_drains,
        fleet::a_revocation_hands_over_a_secret_the_configuration_holds,
    ];
    trials.extend(once.into_iter().map(|(name, test)| Trial::test(name, test)));
    let with_s3 = standalone![objects::storage_migrate_moves_every_file_into_the_bucket_and_checks_each_row];
    trials.extend(
        with_s3.into_iter().map(|(name, test)| Trial::test(name, test).with_ignored_flag(s3_skip.is_some())),
    );
    // Several processes on one PostgreSQL database: the fleet's tests.
    let pg_missing = std::env::var("CERTDESK_TEST_DATABASE_URL").map_or(true, |u| u.is_empty());
    let fleet = standalone![
        fleet::nodes_starting_together_migrate_one_after_the_other,
        fleet::a_node_with_another_key_or_secret_refuses_to_start,
        fleet::once_per_fleet_work_has_one_holder_and_moves_when_it_dies,
        fleet_load::a_rolling_restart_under_load_fails_no_request,
    ];
    trials
        .extend(fleet.into_iter().map(|(name, test)| Trial::test(name, test).with_ignored_flag(pg_missing)));
    // Outages of the database: a cluster of the test's own, built with the suite's binaries.
    let no_cluster = pg_cluster::unavailable();
    if let Some(why) = &no_cluster {
        eprintln!("note: the database outage test is skipped: {why}");
    }
    let outages = standalone![outage::a_database_restart_answers_503_and_recovers_by_itself];
    trials.extend(
        outages
            .into_iter()
            .map(|(name, test)| Trial::test(name, test).with_ignored_flag(no_cluster.is_some())),
    );
    libtest_mimic::run(&args, trials).exit();
}
