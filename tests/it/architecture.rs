//! The layout's one rule the compiler cannot check alone: edges (http, mail, the CLI,
//! the job workers, the app's wiring) reach data only through services. `Context`'s
//! store is private to `service`; this test keeps edges from naming the store module,
//! the ORM or the test-only `Context::database` door.

use std::path::{Path, PathBuf};

const EDGES: &[&str] = &[
    "src/http",
    "src/mail",
    "src/jobs",
    "src/cli.rs",
    "src/cli",
    "src/app.rs",
    "src/jobs.rs",
    "src/http.rs",
    "src/mail.rs",
];
const FORBIDDEN: &[&str] = &["crate::store", "sea_orm", ".database()"];

fn rust_files(at: &Path, out: &mut Vec<PathBuf>) {
    if at.is_file() {
        out.push(at.to_path_buf());
    } else if let Ok(entries) = std::fs::read_dir(at) {
        for e in entries.flatten() {
            let p = e.path();
            if p.is_dir() || p.extension().is_some_and(|x| x == "rs") {
                rust_files(&p, out);
            }
        }
    }
}

pub fn edges_reach_data_only_through_services() -> Result<(), libtest_mimic::Failed> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    for e in EDGES {
        rust_files(&root.join(e), &mut files);
    }
    if files.len() < 40 {
        return Err(format!("the edge modules were not found ({} files)", files.len()).into());
    }
    let mut found = Vec::new();
    for f in &files {
        let text = std::fs::read_to_string(f).expect("read a source file");
        for (n, line) in text.lines().enumerate() {
            let code = line.split("//").next().unwrap_or("");
            for word in FORBIDDEN {
                if code.contains(word) {
                    found.push(format!(
                        "{}:{}: {}",
                        f.strip_prefix(root).unwrap_or(f).display(),
                        n + 1,
                        line.trim()
                    ));
                }
            }
        }
    }
    if found.is_empty() {
        Ok(())
    } else {
        Err(format!("edges that reach the store past the services:\n{}", found.join("\n")).into())
    }
}
