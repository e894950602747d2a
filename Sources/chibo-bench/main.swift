import ChiBoApp
import ChiBoBench
import NIOCore
import NIOPosix

// As `chibo` (Sources/chibo/main.swift), with the benchmark's commands: `country`,
// `bench-prepare`, `bench-run` (scripts/bench.sh).
_ = NIOSingletons.unsafeTryInstallSingletonPosixEventLoopGroupAsConcurrencyGlobalExecutor()
try await runCommandLine(extra: registerBenchCommands)
