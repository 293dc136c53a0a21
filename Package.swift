// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "juesuan",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "juesuan", targets: ["juesuan"]),
        .library(name: "Disclosure", targets: ["Disclosure"]),
        .library(name: "Reading", targets: ["Reading"]),
        .library(name: "Checking", targets: ["Checking"]),
        .library(name: "Scoring", targets: ["Scoring"]),
        .library(name: "Writing", targets: ["Writing"]),
        .library(name: "Authoring", targets: ["Authoring"]),
        .library(name: "Store", targets: ["Store"]),
        .library(name: "Portal", targets: ["Portal"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-crypto", "3.12.3"..<"5.0.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        .package(url: "https://github.com/jpsim/Yams", from: "5.0.1"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth", from: "2.5.0"),
    ],
    targets: [
        // The canonical value model: no I/O, Foundation only.
        .target(name: "Disclosure"),
        // Functional and economic classification codes, shipped as a data file.
        .target(
            name: "Classification",
            dependencies: ["Disclosure"],
            resources: [.copy("Resources/catalogue.tsv")]
        ),
        // Bytes in, Disclosure plus reading notes out.
        .target(
            name: "Reading",
            dependencies: [
                "Disclosure", "Classification",
                .product(name: "Crypto", package: "swift-crypto"),
                "SystemZlib",
            ]
        ),
        // The system's zlib, for the raw inflate of an XLSX container's entries.
        .systemLibrary(name: "SystemZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        // Rules over the model: Disclosure in, findings and reports out.
        .target(name: "Checking", dependencies: ["Disclosure", "Classification", "Scoring"]),
        // Project self-evaluation scores recomputed, and the JX checks: pure functions of the model.
        .target(name: "Scoring", dependencies: ["Disclosure"]),
        // Renders the model as HTML, PDF, XLSX, Markdown and open data; computes nothing the model does not hold.
        .target(name: "Writing", dependencies: ["Disclosure", .product(name: "ZIPFoundation", package: "ZIPFoundation")]),
        // Base figures in (workbook, JSON, YAML), a complete Disclosure out: tables, narrative, glossary.
        .target(
            name: "Authoring",
            dependencies: [
                "Disclosure", "Classification", "Reading", "Writing",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Yams", package: "Yams"),
            ]
        ),
        // Disclosures, their immutable versions, findings, accounts and the audit log: SQLite or PostgreSQL.
        .target(
            name: "Store",
            dependencies: [
                "Disclosure", "Reading", "Checking",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
            ]
        ),
        // The public portal and its JSON API: pages and routes over a DisclosureStore.
        .target(
            name: "Portal",
            dependencies: [
                "Disclosure", "Classification", "Reading", "Checking", "Writing", "Authoring", "Store",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
        .executableTarget(
            name: "juesuan",
            dependencies: [
                "Disclosure", "Reading", "Classification", "Checking", "Scoring", "Writing", "Authoring",
                "Store", "Portal",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // `swift run -c release juesuan-bench`: medians and spread of the main jobs.
        .executableTarget(
            name: "juesuan-bench",
            dependencies: ["Disclosure", "Classification", "Reading", "Checking", "Writing", "Authoring", "Store",
                           .product(name: "PostgresNIO", package: "postgres-nio")],
            path: "Benchmarks/JuesuanBench"
        ),
        // Helpers shared by test targets: the printed figures of a disclosure's tables.
        .target(name: "TestSupport", dependencies: ["Disclosure"], path: "Tests/TestSupport"),
        .testTarget(name: "DisclosureTests", dependencies: ["Disclosure"]),
        .testTarget(name: "ClassificationTests", dependencies: ["Classification"]),
        .testTarget(
            name: "ReadingTests",
            dependencies: ["Reading", "Classification", "TestSupport", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            exclude: ["Fixtures"]
        ),
        .testTarget(name: "CheckingTests", dependencies: ["Checking", "Reading", "Classification", "TestSupport"]),
        .testTarget(
            name: "AuthoringTests",
            dependencies: ["Authoring", "Reading", "Checking", "Classification", "TestSupport"],
            resources: [.copy("Fixtures")]
        ),
        // Inserts versions in a loop until killed: the child process of the store's crash-safety test.
        .executableTarget(name: "store-crash-writer", dependencies: ["Store", "Disclosure"], path: "Tests/StoreCrashWriter"),
        .testTarget(
            name: "StoreTests",
            dependencies: ["Store", "Disclosure", "Checking", "Reading", .product(name: "PostgresNIO", package: "postgres-nio")]
        ),
        .testTarget(name: "ScoringTests", dependencies: ["Scoring", "Reading", "Classification", "Writing"]),
        .testTarget(
            name: "PortalTests",
            dependencies: [
                "Portal", "Store", "Disclosure", "Reading", "Checking", "Classification", "Writing",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
            ]
        ),
        .testTarget(name: "WritingTests", dependencies: ["Writing", "Reading", "Classification", "TestSupport"]),
    ]
)
