//! The committed spec matches the code.

use libtest_mimic::Failed;

pub fn openapi_yaml_is_up_to_date() -> Result<(), Failed> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/openapi/certdesk.yaml");
    let committed = std::fs::read_to_string(path).map_err(|e| format!("reading {path}: {e}"))?;
    if committed != certdesk::cli::spec_yaml() {
        return Err("openapi/certdesk.yaml is stale: run `cargo run -- openapi` and commit it".into());
    }
    Ok(())
}
