// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "kubeling",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "kubeling", targets: ["kubeling"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CMicroHTTPD",
            pkgConfig: "libmicrohttpd",
            providers: [.apt(["libmicrohttpd-dev"])]
        ),
        .systemLibrary(
            name: "CSQLite",
            providers: [.apt(["libsqlite3-dev"])]
        ),
        // SPDY/3.1 header blocks are zlib streams with a preset dictionary.
        .systemLibrary(
            name: "CZlib",
            providers: [.apt(["zlib1g-dev"])]
        ),
        .target(name: "JSON"),
        .target(name: "HTTP", dependencies: ["CMicroHTTPD", "CZlib"]),
        .target(name: "SQLite", dependencies: ["CSQLite"]),
        .target(name: "Storage", dependencies: ["SQLite"]),
        .target(name: "API", dependencies: ["JSON", "Storage"]),
        .target(name: "APIServer", dependencies: ["HTTP", "API", "JSON"]),
        .target(name: "Controllers", dependencies: ["API", "JSON", "Storage"]),
        .target(name: "Simulation", dependencies: ["API", "Controllers", "HTTP", "JSON"]),
        .executableTarget(
            name: "kubeling",
            dependencies: [
                "APIServer", "API", "Controllers", "Simulation", "Storage", "HTTP",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "kubeling-openapi", dependencies: ["API", "JSON"], path: "Sources/kubeling-openapi"),
        // The HPA controller's CPU per sync period with 500 HPAs over 5,000 Pods (issue 12).
        .executableTarget(name: "kubeling-bench-hpa", dependencies: ["API", "Controllers", "JSON", "Storage"],
                          path: "Sources/kubeling-bench-hpa"),
        .testTarget(name: "JSONTests", dependencies: ["JSON"]),
        // Starts test programs with posix_spawn and reads their output on plain threads.
        .target(name: "CChildProcess", path: "Tests/Support/CChildProcess"),
        .target(name: "ChildProcess", dependencies: ["CChildProcess"], path: "Tests/Support/ChildProcess"),
        // A whole cluster minus HTTP on a manual clock, for controller and simulation tests.
        .target(name: "TestCluster", dependencies: ["API", "Controllers", "JSON", "Storage"], path: "Tests/Support/TestCluster"),
        .testTarget(name: "HTTPTests", dependencies: ["HTTP", "ChildProcess"]),
        .testTarget(name: "StorageTests", dependencies: ["Storage", "SQLite"]),
        .testTarget(name: "APITests", dependencies: ["API", "JSON", "Storage"]),
        .testTarget(name: "APIServerTests", dependencies: ["APIServer", "API", "HTTP", "JSON", "TestCluster"]),
        .testTarget(name: "ControllersTests", dependencies: ["Controllers", "API", "JSON", "Simulation", "Storage", "TestCluster"]),
        .testTarget(name: "SimulationTests", dependencies: ["Simulation", "Controllers", "API", "JSON", "TestCluster"]),
        // Real kubectl against an in-process API server with a fake PodRuntime: exec, attach,
        // port-forward, logs and the proxy over SPDY/3.1 and WebSocket.
        .testTarget(name: "StreamingTests", dependencies: ["APIServer", "API", "HTTP", "JSON", "TestCluster", "ChildProcess"]),
        // Real kubectl (`top`, `get --raw`) against an in-process API server with a fake metrics source.
        .testTarget(name: "MetricsAPITests", dependencies: ["APIServer", "API", "Controllers", "HTTP", "JSON", "TestCluster", "ChildProcess"]),
        .testTarget(name: "EndToEndTests", dependencies: ["JSON", "API", "ChildProcess"], exclude: ["Fixtures"]),
    ],
    swiftLanguageModes: [.v6]
)
