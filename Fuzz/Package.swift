// swift-tools-version:6.2
// The coverage-guided fuzzer of Grapevine (libFuzzer). A package of its own, so that the main
// package's `swift build` and `swift test` never need the sanitizer runtime. Build and run it
// with `script/fuzz` (see Fuzz/README.md).
import PackageDescription

let package = Package(
    name: "GrapevineFuzz",
    platforms: [.macOS(.v26)],
    dependencies: [.package(name: "Grapevine", path: "..")],
    targets: [
        .executableTarget(
            name: "GrapevineFuzz",
            dependencies: [.product(name: "GrapevineCore", package: "Grapevine")],
            // gold fails with an internal error on the sanitizers' objects; lld links them.
            linkerSettings: [.unsafeFlags(["-use-ld=lld"])]
        )
    ]
)
