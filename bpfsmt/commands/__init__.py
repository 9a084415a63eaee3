"""One module per `bpfsmt` subcommand, each with `main(args) -> exit code`."""


def kernel_of(args) -> str:
    """The `--kernel` a command was given (the default kernel when called without one)."""
    from bpfsmt.spec.kernels import DEFAULT_KERNEL
    return getattr(args, "kernel", None) or DEFAULT_KERNEL
