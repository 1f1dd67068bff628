import GrapevineCLI

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

exit(await Grapevine.run(ServeServer.self, arguments: Array(CommandLine.arguments.dropFirst())))
