use super::*;

fn jakarta(holidays: &[&str]) -> Calendar {
    let days: Vec<String> = ["mon", "tue", "wed", "thu", "fri"].iter().map(|s| s.to_string()).collect();
    let closed = holidays.iter().map(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").unwrap());
    Calendar::new("Asia/Jakarta", "08:00-17:00", &days, closed).unwrap()
}

/// Local Jakarta wall time (UTC+7) as UTC.
fn wib(s: &str) -> DateTime<Utc> {
    let local = chrono::NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M").unwrap();
    chrono_tz::Asia::Jakarta.from_local_datetime(&local).unwrap().with_timezone(&Utc)
}

fn h(n: i64) -> Duration {
    Duration::hours(n)
}

#[test]
fn adding_business_time_skips_nights_weekends_and_holidays() {
    let cal = jakarta(&["2021-08-17"]);
    let cases = [
        // (start, business hours, due): within a day.
        ("2021-08-16 09:00", 2, "2021-08-16 11:00"),
        // Over the night: 16:00 + 3 h = 17:00 close, then 2 h next day.
        ("2021-08-12 16:00", 3, "2021-08-13 10:00"),
        // Friday afternoon to Monday.
        ("2021-08-13 15:00", 4, "2021-08-16 10:00"),
        // Monday evening, Tuesday 17 August (Independence Day) closed, Wednesday.
        ("2021-08-16 18:00", 1, "2021-08-18 09:00"),
        // Opened on a Sunday: counts from Monday 08:00.
        ("2021-08-15 10:00", 8, "2021-08-16 16:00"),
        // Before opening.
        ("2021-08-18 06:30", 1, "2021-08-18 09:00"),
        // Five business days of 9 h (45 h) from Monday 08:00, over the holiday.
        ("2021-08-16 08:00", 45, "2021-08-23 17:00"),
    ];
    for (start, hours, due) in cases {
        assert_eq!(cal.add(wib(start), h(hours)), wib(due), "{start} + {hours}h");
        // And back again: the business time between start and due is the target.
        assert_eq!(cal.between(wib(start), wib(due)), h(hours), "{start} .. {due}");
    }
}

#[test]
fn business_time_between_counts_only_working_hours() {
    let cal = jakarta(&[]);
    assert_eq!(cal.between(wib("2021-08-13 16:00"), wib("2021-08-16 09:30")), Duration::minutes(150));
    assert_eq!(cal.between(wib("2021-08-14 09:00"), wib("2021-08-15 20:00")), Duration::zero());
    assert_eq!(cal.between(wib("2021-08-16 12:00"), wib("2021-08-16 11:00")), Duration::zero());
    // A whole working week.
    assert_eq!(cal.between(wib("2021-08-16 00:00"), wib("2021-08-23 00:00")), h(45));
}

#[test]
fn other_timezones_and_round_the_clock_calendars() {
    let days: Vec<String> =
        ["mon", "tue", "wed", "thu", "fri", "sat"].iter().map(|s| s.to_string()).collect();
    let makassar = Calendar::new("Asia/Makassar", "08:00-12:00", &days, []).unwrap();
    // 08:00 WITA is 00:00 UTC.
    let start = Utc.with_ymd_and_hms(2021, 8, 14, 0, 0, 0).unwrap();
    assert_eq!(makassar.add(start, h(5)), Utc.with_ymd_and_hms(2021, 8, 16, 1, 0, 0).unwrap());
    let always = Calendar::always_open();
    assert_eq!(always.add(start, h(30)), start + h(30));
    assert_eq!(always.between(start, start + h(49)), h(49));
}

#[test]
fn bad_calendars_are_refused() {
    let days = vec!["mon".to_string()];
    assert_eq!(
        Calendar::new("Asia/Batavia", "08:00-17:00", &days, []).unwrap_err(),
        CalendarError::Timezone("Asia/Batavia".into())
    );
    assert!(matches!(Calendar::new("Asia/Jakarta", "17:00-08:00", &days, []), Err(CalendarError::Hours(_))));
    assert!(matches!(Calendar::new("Asia/Jakarta", "8-17", &days, []), Err(CalendarError::Hours(_))));
    assert!(matches!(
        Calendar::new("Asia/Jakarta", "08:00-17:00", &["funday".to_string()], []),
        Err(CalendarError::Weekday(_))
    ));
    assert_eq!(Calendar::new("Asia/Jakarta", "08:00-17:00", &[], []).unwrap_err(), CalendarError::NeverOpen);
}

fn targets(first: i64, resolve: i64) -> Targets {
    Targets { first_response: h(first), resolution: h(resolve), warn_before: h(1) }
}

#[test]
fn the_most_specific_policy_wins() {
    let q = |s: &str| QueueName::parse(s).unwrap();
    let policies = vec![
        Policy { queue: None, priority: None, targets: targets(8, 40) },
        Policy { queue: None, priority: Some(Priority::Urgent), targets: targets(1, 8) },
        Policy { queue: Some(q("nik")), priority: None, targets: targets(4, 16) },
        Policy { queue: Some(q("nik")), priority: Some(Priority::Urgent), targets: targets(1, 4) },
    ];
    let pick = |queue: &str, p| policy_for(&policies, &q(queue), p).unwrap().targets;
    assert_eq!(pick("general", Priority::Normal), targets(8, 40));
    assert_eq!(pick("general", Priority::Urgent), targets(1, 8));
    assert_eq!(pick("nik", Priority::Low), targets(4, 16));
    assert_eq!(pick("nik", Priority::Urgent), targets(1, 4));
    assert!(policy_for(&policies[2..3], &q("general"), Priority::Normal).is_none());
}

#[test]
fn waiting_on_the_citizen_pauses_the_clock_in_business_time() {
    let cal = jakarta(&[]);
    let created = wib("2021-08-16 09:00");
    let mut c = Clock::default();
    c.retarget(&cal, created, Some(targets(2, 9)));
    assert_eq!(c.first_due, Some(wib("2021-08-16 11:00")));
    assert_eq!(c.resolve_due, Some(wib("2021-08-17 09:00")));
    // Answered at 10:00, then waiting on the citizen from 10:00 Monday to 10:00 Wednesday
    // (18 business hours).
    let t = Some(targets(2, 9));
    c.refresh(&cal, created, t, true, wib("2021-08-16 10:00"));
    assert_eq!(c.standing(wib("2021-08-18 09:00"), Some(wib("2021-08-16 10:00")), None), Standing::Paused);
    c.refresh(&cal, created, t, true, wib("2021-08-17 10:00")); // still waiting: no change
    assert_eq!(c.paused, Duration::zero());
    c.refresh(&cal, created, t, false, wib("2021-08-18 10:00"));
    assert_eq!(c.paused, h(18));
    assert_eq!(c.resolve_due, Some(wib("2021-08-19 09:00")));
    // Another write changes nothing; a new policy keeps the pause: 4 h + 18 h.
    c.refresh(&cal, created, t, false, wib("2021-08-18 11:00"));
    assert_eq!(c.resolve_due, Some(wib("2021-08-19 09:00")));
    c.refresh(&cal, created, Some(targets(1, 4)), false, wib("2021-08-18 11:00"));
    assert_eq!(c.resolve_due, Some(wib("2021-08-18 13:00")));
    // A pause over a weekend costs nothing extra.
    let mut w = Clock::default();
    let fri = wib("2021-08-20 16:00");
    w.retarget(&cal, fri, Some(targets(1, 2)));
    w.refresh(&cal, fri, Some(targets(1, 2)), true, wib("2021-08-20 17:00"));
    w.refresh(&cal, fri, Some(targets(1, 2)), false, wib("2021-08-23 08:00"));
    assert_eq!(w.paused, Duration::zero());
    assert_eq!(w.resolve_due, Some(wib("2021-08-23 09:00")));
}

#[test]
fn standing_warns_before_and_breaches_at_the_due_instant() {
    let cal = jakarta(&[]);
    let created = wib("2021-08-16 09:00");
    let mut c = Clock::default();
    c.retarget(&cal, created, Some(targets(2, 9)));
    let first = |at: &str| c.standing(wib(at), None, None);
    let due = wib("2021-08-16 11:00");
    assert_eq!(first("2021-08-16 09:30"), Standing::Running { target: Target::FirstResponse, due });
    assert_eq!(first("2021-08-16 10:00"), Standing::Warning { target: Target::FirstResponse, due });
    assert_eq!(first("2021-08-16 11:00"), Standing::Breached { target: Target::FirstResponse, due });
    // After the first response the resolution target runs.
    let answered = Some(wib("2021-08-16 10:30"));
    let rdue = wib("2021-08-17 09:00");
    assert_eq!(
        c.standing(wib("2021-08-16 12:00"), answered, None),
        Standing::Running { target: Target::Resolution, due: rdue }
    );
    assert_eq!(
        c.standing(wib("2021-08-17 09:01"), answered, None),
        Standing::Breached { target: Target::Resolution, due: rdue }
    );
    assert_eq!(c.standing(wib("2021-08-17 09:01"), answered, Some(wib("2021-08-17 08:00"))), Standing::Clear);
    assert_eq!(Clock::default().standing(wib("2021-08-17 09:01"), None, None), Standing::Clear);
}

#[test]
fn a_target_is_met_when_done_by_its_due_instant() {
    let due = Some(wib("2021-08-16 11:00"));
    assert_eq!(met(due, Some(wib("2021-08-16 11:00")), wib("2021-08-20 00:00")), Some(true));
    assert_eq!(met(due, Some(wib("2021-08-16 11:01")), wib("2021-08-20 00:00")), Some(false));
    assert_eq!(met(due, None, wib("2021-08-16 12:00")), Some(false));
    assert_eq!(met(due, None, wib("2021-08-16 10:00")), None);
    assert_eq!(met(None, None, wib("2021-08-16 10:00")), None);
}
