// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "chibo",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "chibo", targets: ["chibo"]),
        .executable(name: "chibo-bench", targets: ["chibo-bench"]),
        .library(name: "ChiBoCore", targets: ["ChiBoCore"]),
        .library(name: "ChiBoApp", targets: ["ChiBoApp"]),
    ],
    dependencies: [
        .package(url: "https://github.com/vapor/vapor.git", from: "4.122.0"),
        .package(url: "https://github.com/vapor/fluent.git", from: "4.13.0"),
        .package(url: "https://github.com/vapor/fluent-sqlite-driver.git", from: "4.9.0"),
        .package(url: "https://github.com/vapor/fluent-postgres-driver.git", from: "2.14.0"),
        .package(url: "https://github.com/swift-server/async-http-client.git", from: "1.37.0"),
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.0"),
        // Snapshot tests of the main pages (only its SnapshotTesting library is built).
        .package(url: "https://github.com/pointfreeco/swift-snapshot-testing.git", from: "1.19.7"),
        // Reading an imported member list: the .xlsx's zip container, and .csv.
        .package(url: "https://github.com/weichsel/ZIPFoundation", exact: "0.9.20"),
        .package(url: "https://github.com/yaslab/CSV.swift", exact: "2.5.2"),
        // Operations: Prometheus metrics on /metrics (Core/Ops).
        .package(url: "https://github.com/apple/swift-metrics.git", exact: "2.13.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus.git", exact: "2.4.1"),
    ],
    targets: [
        // The domain: rules, rulebook, Vietnamese text. No Vapor, no Fluent.
        .target(
            name: "ChiBoCore",
            dependencies: [
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                .product(name: "CSV", package: "CSV.swift"),
            ]
        ),
        // The web application: models, migrations, controllers, views, commands.
        .target(
            name: "ChiBoApp",
            dependencies: [
                "ChiBoCore",
                .product(name: "Vapor", package: "vapor"),
                .product(name: "Fluent", package: "fluent"),
                .product(name: "FluentSQLiteDriver", package: "fluent-sqlite-driver"),
                .product(name: "FluentPostgresDriver", package: "fluent-postgres-driver"),
                .product(name: "CoreMetrics", package: "swift-metrics"),
                .product(name: "Prometheus", package: "swift-prometheus"),
            ]
        ),
        // The synthetic country and the benchmark (`chibo-bench country|bench-prepare|bench-run`),
        // apart from the product.
        .target(
            name: "ChiBoBench",
            dependencies: [
                "ChiBoApp",
                .product(name: "Vapor", package: "vapor"),
                .product(name: "Fluent", package: "fluent"),
                .product(name: "FluentPostgresDriver", package: "fluent-postgres-driver"),
                // The benchmark client (`chibo-bench bench-run`).
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
            ]
        ),
        .executableTarget(
            name: "chibo-bench",
            dependencies: ["ChiBoApp", "ChiBoBench", .product(name: "NIOPosix", package: "swift-nio")]
        ),
        .executableTarget(
            name: "chibo",
            dependencies: [
                "ChiBoApp",
                // NIO's event loops as Swift concurrency's executor (main.swift).
                .product(name: "NIOPosix", package: "swift-nio"),
            ]
        ),
        .testTarget(name: "ChiBoCoreTests", dependencies: ["ChiBoCore"]),
        .testTarget(
            name: "ChiBoAppTests",
            dependencies: [
                "ChiBoApp",
                "ChiBoBench",
                .product(name: "VaporTesting", package: "vapor"),
                .product(name: "SnapshotTesting", package: "swift-snapshot-testing"),
            ],
            exclude: ["__Snapshots__"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
