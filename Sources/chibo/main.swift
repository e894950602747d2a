import ChiBoApp
import NIOCore
import NIOPosix

// Swift concurrency runs on NIO's event loops instead of a pool of its own: a request's awaits
// (middleware, handler, database) no longer hop between two sets of threads. First, before any await.
_ = NIOSingletons.unsafeTryInstallSingletonPosixEventLoopGroupAsConcurrencyGlobalExecutor()
try await runCommandLine()
