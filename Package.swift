// swift-tools-version:6.2
import PackageDescription

let package = Package(
    name: "Grapevine",
    platforms: [.macOS(.v26)],
    products: [
        .executable(name: "grapevine", targets: ["grapevine"]),
        .executable(name: "grapevine-serve", targets: ["grapevine-serve"]),
        .library(name: "GrapevineCore", targets: ["GrapevineCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache.git", from: "2.1.1"),
        // The HTTP server of `grapevine serve` (docs/decisions.md, issue 21).
        .package(url: "https://github.com/swhitty/FlyingFox.git", from: "0.27.1"),
    ],
    targets: [
        .systemLibrary(
            name: "CCmarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [
                .apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"]),
                .brew(["cmark-gfm"]),
            ]
        ),
        // libyaml, for front matter beyond the simple form `SimpleYAMLReader` reads.
        .systemLibrary(
            name: "CYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"]), .brew(["libyaml"])]
        ),
        // System calls Swift's C library modules do not offer: swapping two files in one step
        // (renameat2 on Linux, renameatx_np on macOS), the processors the process may use.
        .target(name: "CSystem"),
        // zlib's inflate and CRC-32, for the zip LinkedIn's data export comes in (`import
        // linkedin`); a few lines of C instead of a zip package (docs/decisions.md, issue 20).
        .target(name: "CInflate", linkerSettings: [.linkedLibrary("z")]),
        .target(
            name: "GrapevineCore",
            dependencies: [
                "CCmarkGFM", "CYAML", "CSystem", "CInflate", .product(name: "Mustache", package: "swift-mustache"),
            ]
        ),
        // The language server (`grapevine lsp`): JSON-RPC messages in and out, over a LiveVault.
        .target(name: "GrapevineLSP", dependencies: ["GrapevineCore"]),
        // The site over HTTP (`grapevine serve`): requests read on FlyingSocks' sockets, answered from a LiveSite.
        .target(
            name: "GrapevineServe",
            dependencies: [
                "GrapevineCore", .product(name: "FlyingSocks", package: "FlyingFox"),
            ]
        ),
        .target(
            name: "GrapevineCLI",
            dependencies: [
                "GrapevineCore", "GrapevineLSP", .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "grapevine",
            dependencies: ["GrapevineCLI"],
            // mimalloc in place of glibc's malloc: loading a vault makes millions of small
            // allocations on two threads, and `check` runs about a fifth faster (Benchmarks/).
            // Release builds only: the test bundle links this target, and tests and debug builds
            // keep the system allocator.
            linkerSettings: [.linkedLibrary("mimalloc", .when(platforms: [.linux], configuration: .release))]
        ),
        // The server of `grapevine serve`, a program of its own: its HTTP library links libcurl
        // (FoundationNetworking), which would cost every other command 8 ms to load.
        .executableTarget(
            name: "grapevine-serve",
            dependencies: [
                "GrapevineCLI", "GrapevineCore", "GrapevineServe",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            linkerSettings: [.linkedLibrary("mimalloc", .when(platforms: [.linux], configuration: .release))]
        ),
        .target(
            name: "TestSupport",
            path: "Tests/TestSupport"
        ),
        .testTarget(
            name: "GrapevineCoreTests",
            dependencies: ["GrapevineCore", "TestSupport"]
        ),
        .testTarget(
            name: "GrapevineLSPTests",
            dependencies: ["GrapevineLSP", "GrapevineCore", "TestSupport"]
        ),
        .testTarget(
            name: "GrapevineCLITests",
            dependencies: [
                "GrapevineCLI", "GrapevineCore", "GrapevineServe", "grapevine", "grapevine-serve", "TestSupport",
            ],
            exclude: ["Expected", "Fixtures"]
        ),
    ]
)
