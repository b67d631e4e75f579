//! The committed spec matches the code.

use std::collections::BTreeSet;

use libtest_mimic::Failed;
use serde_json::Value;

pub fn openapi_yaml_is_up_to_date() -> Result<(), Failed> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/openapi/certdesk.yaml");
    let committed = std::fs::read_to_string(path).map_err(|e| format!("reading {path}: {e}"))?;
    if committed != certdesk::cli::spec_yaml() {
        return Err("openapi/certdesk.yaml is stale: run `cargo run -- openapi` and commit it".into());
    }
    Ok(())
}

/// Where a schema is a reference, the component it names.
fn resolve<'a>(spec: &'a Value, schema: &'a Value) -> &'a Value {
    let reference = schema
        .get("$ref")
        .or_else(|| schema.get("allOf").and_then(|a| a.get(0)).and_then(|s| s.get("$ref")))
        .and_then(Value::as_str);
    match reference.and_then(|r| r.strip_prefix("#/components/schemas/")) {
        Some(name) => &spec["components"]["schemas"][name],
        None => schema,
    }
}

/// A string whose schema says nothing of what the handler accepts.
fn says_nothing(s: &Value) -> bool {
    s.get("type").and_then(Value::as_str) == Some("string")
        && ["pattern", "enum", "format", "maxLength"].iter().all(|k| s.get(*k).is_none())
}

/// A client generated from the spec sends what the API accepts: every path parameter
/// and every string a request body or query takes states its rule (a pattern, a set of
/// values, a format or a length), except the free texts listed here on purpose.
pub fn the_spec_states_the_rules_the_handlers_apply() -> Result<(), Failed> {
    let spec = certdesk::http::api::spec();
    let free: BTreeSet<&str> = [
        // Free texts and filters: any string is taken (trimmed, length-capped or ignored).
        "GET /api/v1/tickets q",
        "GET /api/v1/tickets assignee",
        "GET /api/v1/tickets cursor",
        "GET /api/v1/export/tickets q",
        "GET /api/v1/export/tickets assignee",
        "GET /api/v1/search/people q",
        "GET /api/v1/search/tickets q",
        "GET /api/v1/search/tickets queue",
        "GET /api/v1/search/tickets assignee",
        "GET /api/v1/jobs status",
        "GET /api/v1/jobs kind",
        "GET /api/v1/audit entity_type",
        "GET /api/v1/audit entity_id",
        "GET /api/v1/audit action",
        "ActionIn.reason",
        "ActionIn.correction",
        "ApproveIn.note",
        "BulkFilter.assignee",
        "ChangePassword.current_password",
        "HolidayIn.name",
        "PhoneChangeConfirmIn.flow",
        "UpdateStaff.email",
        "RecordIn.nik",
        "RecordIn.full_name",
        "RecordIn.birth_date",
        "RecordIn.sex",
        "RecordIn.phone",
        "RecordIn.email",
        "DoseIn.date",
        "DoseIn.vaccine",
        "DoseIn.facility",
        "DoseIn.batch",
    ]
    .into_iter()
    .collect();
    let mut silent = BTreeSet::new();
    let mut bodies = BTreeSet::new();
    for (path, ops) in spec["paths"].as_object().ok_or("no paths")? {
        for (method, op) in ops.as_object().ok_or("no operations")? {
            let name = format!("{} {path}", method.to_uppercase());
            for p in op["parameters"].as_array().into_iter().flatten() {
                let s = resolve(&spec, &p["schema"]);
                let s = if s.get("type").and_then(Value::as_str) == Some("array") { &s["items"] } else { s };
                if says_nothing(resolve(&spec, s)) {
                    silent.insert(format!("{name} {}", p["name"].as_str().unwrap_or("?")));
                }
            }
            for content in op["requestBody"]["content"].as_object().into_iter().flat_map(|c| c.values()) {
                let s = &content["schema"];
                let s = if s.get("type").and_then(Value::as_str) == Some("array") { &s["items"] } else { s };
                if let Some(r) = s.get("$ref").and_then(Value::as_str) {
                    bodies.insert(r.trim_start_matches("#/components/schemas/").to_string());
                }
            }
        }
    }
    // Request bodies and the objects they hold.
    let mut seen = BTreeSet::new();
    while let Some(body) = bodies.pop_first() {
        if !seen.insert(body.clone()) {
            continue;
        }
        let schema = &spec["components"]["schemas"][&body];
        for (field, s) in schema["properties"].as_object().into_iter().flatten() {
            let s = if s.get("type").and_then(Value::as_str) == Some("array") { &s["items"] } else { s };
            let target = resolve(&spec, s);
            if target.get("type").and_then(Value::as_str) == Some("object") {
                if let Some(r) = s.get("$ref").or_else(|| s["allOf"][0].get("$ref")).and_then(Value::as_str) {
                    bodies.insert(r.trim_start_matches("#/components/schemas/").to_string());
                }
            } else if says_nothing(target) {
                silent.insert(format!("{body}.{field}"));
            }
        }
    }
    closed_bodies_say_so(&spec, &seen)?;
    let unstated: Vec<_> = silent.iter().filter(|s| !free.contains(s.as_str())).collect();
    let stale: Vec<_> = free.iter().filter(|f| !silent.contains(**f)).collect();
    if seen.len() < 20 {
        return Err(format!("only {} request bodies were found", seen.len()).into());
    }
    if !unstated.is_empty() || !stale.is_empty() {
        return Err(format!(
            "strings whose rule the spec does not state: {unstated:?}; listed as free but no longer: {stale:?}"
        )
        .into());
    }
    Ok(())
}

/// Which `Object` structs under `src/http` refuse unknown fields, by name.
fn refusing_structs() -> std::collections::BTreeMap<String, bool> {
    let mut out = std::collections::BTreeMap::new();
    let mut stack = vec![std::path::PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/src/http"))];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).expect("src/http").flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let text = std::fs::read_to_string(&path).expect("a source file");
                let mut attrs = String::new();
                for line in text.lines().map(str::trim) {
                    if line.starts_with("#[") {
                        attrs.push_str(line);
                    } else if let Some(rest) = line.strip_prefix("pub struct ") {
                        if attrs.contains("Object") {
                            let name: String = rest.chars().take_while(|c| c.is_alphanumeric()).collect();
                            out.insert(name, attrs.contains("deny_unknown_fields"));
                        }
                        attrs.clear();
                    } else if !line.starts_with("///") {
                        attrs.clear();
                    }
                }
            }
        }
    }
    out
}

/// Every request body says in the spec whether it takes unknown fields, as its struct does.
fn closed_bodies_say_so(spec: &Value, bodies: &BTreeSet<String>) -> Result<(), Failed> {
    let structs = refusing_structs();
    let mut wrong = Vec::new();
    for body in bodies {
        let schema = &spec["components"]["schemas"][body];
        if schema["type"] != "object" {
            continue;
        }
        let says_closed = schema["additionalProperties"] == Value::Bool(false);
        match structs.get(body.as_str()) {
            Some(refuses) if *refuses == says_closed => {}
            found => wrong.push(format!("{body}: spec closed {says_closed}, struct refuses {found:?}")),
        }
    }
    if wrong.is_empty() {
        Ok(())
    } else {
        Err(format!("request bodies whose spec and struct disagree on unknown fields: {wrong:?}").into())
    }
}
