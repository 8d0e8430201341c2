// swift-tools-version: 6.1
import PackageDescription

let strict: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny")
]

let package = Package(
    name: "AfterSchool",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "afterschool", targets: ["afterschool"])
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "4.5.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
    ],
    targets: [
        // Plain value types shared by every other target. No I/O.
        .target(name: "Model", swiftSettings: strict),
        // The XLSForm-subset expression language: lexer, parser, checker, evaluator. No I/O.
        .target(name: "Expressions", dependencies: ["Model"], swiftSettings: strict),
        // YAML declarations (modules, policy, forms) into model types, with file:line:column diagnostics.
        .target(
            name: "Declarations", dependencies: ["Model", "Expressions", .product(name: "Yams", package: "Yams")],
            swiftSettings: strict),
        // The survey runner: order, relevance, validation and answer parsing. No I/O.
        .target(name: "Surveys", dependencies: ["Model", "Expressions"], swiftSettings: strict),
        // Figures (rates, Wilson intervals, small-cell suppression) and the self-contained HTML page.
        .target(name: "Reports", dependencies: ["Model"], swiftSettings: strict),
        // The matching engine: deferred acceptance and study groups over compact arrays. Pure.
        .target(name: "Allocation", swiftSettings: strict),
        // The one SQLite setting Swift cannot make (sqlite3_config takes variable arguments).
        .target(name: "CSQLiteSetup", linkerSettings: [.linkedLibrary("sqlite3")]),
        // GRDB: the database, its migrations and every SQL statement.
        .target(
            name: "Store",
            dependencies: [
                "Model", "CSQLiteSetup", .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "CryptoExtras", package: "swift-crypto"),
            ], swiftSettings: strict),
        // The school's use cases on plain values: clubs, the allocation after publishing, staying
        // and leaving, survey import, report figures; who may do what; the clock. No terminal.
        .target(
            name: "School",
            dependencies: ["Model", "Expressions", "Declarations", "Surveys", "Reports", "Allocation", "Store"],
            swiftSettings: strict),
        // libedit, for line editing and history in the interactive shell.
        .systemLibrary(name: "CEditLine", pkgConfig: "libedit", providers: [.apt(["libedit-dev"])]),
        // The command table, tokenizer, renderers, REPL and script runner.
        .target(
            name: "Shell",
            dependencies: [
                "Model", "Expressions", "Declarations", "Surveys", "Reports", "Allocation", "School", "CEditLine",
            ], swiftSettings: strict),
        // Mutates valid inputs of the parsers people and files reach, for a fixed time (scripts/fuzz).
        .executableTarget(
            name: "fuzz", dependencies: ["Shell", "Declarations", "Expressions", "Model"], swiftSettings: strict),
        // Times the matching engine alone on generated instances (release builds).
        .executableTarget(name: "allocation-bench", dependencies: ["Allocation"], swiftSettings: strict),
        // The thin executable: arguments, then hand over to the shell.
        .executableTarget(
            name: "afterschool",
            dependencies: ["Shell", .product(name: "ArgumentParser", package: "swift-argument-parser")],
            swiftSettings: strict),

        // What the tests share: one seeded generator, the sample schools, and the transcript runner.
        .target(
            name: "TestSupport", dependencies: ["Shell", "School", "Store", "Model"], path: "Tests/TestSupport",
            swiftSettings: strict),

        .testTarget(name: "ModelTests", dependencies: ["Model"], swiftSettings: strict),
        .testTarget(
            name: "ExpressionsTests", dependencies: ["Expressions", "Model", "TestSupport"], swiftSettings: strict),
        .testTarget(name: "SurveysTests", dependencies: ["Surveys", "Expressions", "Model"], swiftSettings: strict),
        .testTarget(name: "ReportsTests", dependencies: ["Reports", "Model", "TestSupport"], swiftSettings: strict),
        .testTarget(
            name: "DeclarationsTests", dependencies: ["Declarations", "Model", "Expressions", "TestSupport"],
            exclude: ["Fixtures"], swiftSettings: strict),
        .testTarget(
            name: "AllocationTests",
            dependencies: [
                "Allocation", "TestSupport", .product(name: "PropertyBased", package: "swift-property-based"),
            ], swiftSettings: strict),
        .testTarget(name: "StoreTests", dependencies: ["Store", "Model", "TestSupport"], swiftSettings: strict),
        .testTarget(
            name: "SchoolTests", dependencies: ["School", "Reports", "Store", "Model", "TestSupport"],
            swiftSettings: strict),
        // The transcripts run the real executable, so it is built with these tests.
        .testTarget(
            name: "ShellTests", dependencies: ["Shell", "School", "Store", "Model", "TestSupport", "afterschool"],
            exclude: ["Transcripts", "Fixtures"], swiftSettings: strict),
    ]
)
