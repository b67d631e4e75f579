//! The documentation and the command line stay in step: every `certdesk …` command the
//! README or docs/ show exists, and docs/operators.md's command list names every
//! subcommand the binary has.

use std::path::Path;

use clap::CommandFactory;

/// The `certdesk a b` command words shown in code (inline spans and fenced blocks).
fn commands_shown(text: &str) -> Vec<Vec<String>> {
    let mut code = Vec::new();
    let mut fenced = false;
    for line in text.lines() {
        if line.trim_start().starts_with("```") {
            fenced = !fenced;
            continue;
        }
        if fenced {
            code.push(line.to_string());
        } else {
            code.extend(line.split('`').skip(1).step_by(2).map(String::from));
        }
    }
    let mut out = Vec::new();
    for c in code {
        // A pipe in Postfix's master.cf names its service first; what it runs is argv.
        let c = c.split_once("argv=").map_or(c.as_str(), |(_, argv)| argv);
        let words: Vec<&str> = c.split_whitespace().collect();
        let mut at_start = true;
        for (i, w) in words.iter().enumerate() {
            let is_binary = *w == "certdesk" || (w.ends_with("/certdesk") && !w.contains("://"));
            if at_start && is_binary {
                let rest: Vec<String> = words[i + 1..]
                    .iter()
                    .take_while(|w| !w.is_empty() && w.chars().all(|c| c.is_ascii_lowercase() || c == '-'))
                    .take(2)
                    .map(|w| w.to_string())
                    .collect();
                if !rest.is_empty() {
                    out.push(rest);
                }
            }
            // A command starts a line, or follows a shell separator or an env assignment.
            at_start = matches!(*w, "$" | "&&" | "||" | "|" | ";" | "sudo" | "exec")
                || (at_start && w.contains('=') && !w.contains("://"));
        }
    }
    out
}

pub fn the_commands_the_docs_show_exist_and_every_one_is_documented() -> Result<(), libtest_mimic::Failed> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let cli = certdesk::cli::Cli::command();
    let mut files = vec![root.join("README.md")];
    for e in std::fs::read_dir(root.join("docs")).map_err(|e| format!("docs/: {e}"))?.flatten() {
        if e.path().extension().is_some_and(|x| x == "md") {
            files.push(e.path());
        }
    }
    let mut wrong = Vec::new();
    let mut shown = 0;
    for f in &files {
        let text = std::fs::read_to_string(f).map_err(|e| format!("{}: {e}", f.display()))?;
        for words in commands_shown(&text) {
            shown += 1;
            let Some(sub) = cli.find_subcommand(&words[0]) else {
                wrong.push(format!("{}: certdesk {}", f.display(), words.join(" ")));
                continue;
            };
            // `staff create`, `keys rotate`: the second word must be one of theirs.
            if sub.has_subcommands() {
                if let Some(second) = words.get(1) {
                    if sub.find_subcommand(second).is_none() {
                        wrong.push(format!("{}: certdesk {}", f.display(), words.join(" ")));
                    }
                }
            }
        }
    }
    if shown < 10 {
        return Err(format!("only {shown} commands found in the docs: the reader is broken").into());
    }
    let listed = std::fs::read_to_string(root.join("docs/operators.md")).map_err(|e| e.to_string())?;
    let listed: Vec<Vec<String>> = commands_shown(&listed);
    for sub in cli.get_subcommands().filter(|s| s.get_name() != "help") {
        if !listed.iter().any(|w| w[0] == sub.get_name()) {
            wrong.push(format!("docs/operators.md does not show `certdesk {}`", sub.get_name()));
        }
    }
    if wrong.is_empty() {
        Ok(())
    } else {
        Err(format!("commands the docs and the binary disagree on:\n{}", wrong.join("\n")).into())
    }
}
