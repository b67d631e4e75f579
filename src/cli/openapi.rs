//! `certdesk openapi`: the OpenAPI spec as YAML, to a file or stdout.

use std::path::PathBuf;

use anyhow::Context as _;

pub(super) fn write_spec(out: &PathBuf) -> anyhow::Result<()> {
    let yaml = spec_yaml();
    if out.as_os_str() == "-" {
        print!("{yaml}");
    } else {
        std::fs::write(out, yaml).with_context(|| format!("writing {}", out.display()))?;
        println!("wrote {}", out.display());
    }
    Ok(())
}

/// The spec exactly as `openapi/certdesk.yaml` holds it.
pub fn spec_yaml() -> String {
    serde_yaml::to_string(&crate::http::api::spec_document()).expect("a spec is YAML")
}
