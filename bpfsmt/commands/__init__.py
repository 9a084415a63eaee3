"""One module per `bpfsmt` subcommand, each with `main(args) -> exit code`."""
