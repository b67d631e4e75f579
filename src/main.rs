use clap::Parser;

#[tokio::main]
async fn main() -> std::process::ExitCode {
    let cli = certdesk::cli::Cli::parse();
    match certdesk::cli::run(cli).await {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("certdesk: {e:#}");
            std::process::ExitCode::FAILURE
        }
    }
}
