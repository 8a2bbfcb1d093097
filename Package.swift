// swift-tools-version:6.1
// SovereignFilter: an in-process data-leak firewall for e-commerce LLM features.
import PackageDescription

let package = Package(
    name: "SovereignFilter",
    products: [
        // Swift services link the core directly.
        .library(name: "SovereignFilter", targets: ["SovereignFilter"]),
        // The C ABI (`include/sovereign_filter.h`) for PHP FFI and C callers.
        .library(name: "sovereign_filter", type: .dynamic, targets: ["SovereignFilterC"]),
        .executable(name: "sovereign-filter", targets: ["sovereign-filter"]),
        // The invariants the fuzz targets check (Tests/fuzz), replayed on fail cases by `make test`.
        .library(name: "SovereignFilterChecks", targets: ["SovereignFilterChecks"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        // swift-crypto 4 imports FoundationEssentials (not Foundation) on Linux, so the core stays small.
        .package(url: "https://github.com/apple/swift-crypto", from: "4.5.2"),
    ],
    targets: [
        .systemLibrary(name: "CPCRE2", pkgConfig: "libpcre2-8",
                       providers: [.apt(["libpcre2-dev"])]),
        .systemLibrary(name: "CICU", pkgConfig: "icu-uc",
                       providers: [.apt(["libicu-dev"])]),
        // gzip input and output for `sovereign-filter audit` (Debian zlib1g-dev); the CLI only.
        .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        // The only code that sees ICU headers: a Swift module that sees <unicode/*.h> and Foundation
        // together does not compile, so the public header here carries only stdint types.
        .target(name: "CSovereignICU", dependencies: ["CICU"]),
        // Redis/Valkey for a fleet's shared state (issue 21): hiredis behind a C shim whose header
        // exposes no hiredis types (why: Sources/CSovereignRedis/include/sovereign_redis.h).
        .systemLibrary(name: "CHiredis",
                       providers: [.apt(["libhiredis-dev"])]),
        .target(name: "CSovereignRedis", dependencies: ["CHiredis"], linkerSettings: [.linkedLibrary("hiredis")]),
        // The candidate loop's vectorized skip (SSE2/AVX2 picked at run time, scalar elsewhere).
        .target(name: "CSovereignSIMD"),
        .target(
            name: "SovereignFilter",
            dependencies: ["CPCRE2", "CSovereignICU", "CSovereignRedis", "CSovereignSIMD", .product(name: "Crypto", package: "swift-crypto")],
            exclude: ["NER/Data/build_gazetteers.py", "NER/Data/PROVENANCE.md",
                      "Guards/Data/build_rule_literals.py", "Guards/Data/train_scorer.py"]
        ),
        // The @_cdecl("sf_...") exports only: argument checks and status mapping, no logic.
        // `make lib` links it with include/sovereign_filter.map so only sf_* is exported.
        .target(name: "SovereignFilterC", dependencies: ["SovereignFilter"]),
        // The breach-deadline report: needs time zones and calendars, so it uses Foundation and stays
        // out of the core library and the shared object.
        // Also the incident playbook's drill, evidence bundles (ustar + HMAC manifest: swift-crypto) and
        // transparency records.
        .target(name: "SovereignIncident", dependencies: ["SovereignFilter", .product(name: "Crypto", package: "swift-crypto")]),
        .executableTarget(
            name: "sovereign-filter",
            dependencies: ["SovereignFilter", "SovereignIncident", "CZlib", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        // Benchmarks only: counts heap allocations by interposing malloc in the harness executable.
        .target(name: "CAllocCounter"),
        .executableTarget(name: "sovereign-bench", dependencies: ["SovereignFilter", "CAllocCounter"]),
        .target(name: "SovereignFilterChecks", dependencies: ["SovereignFilter"]),
        .testTarget(name: "SovereignFilterTests", dependencies: ["SovereignFilter", "SovereignFilterChecks", "CSovereignSIMD"]),
        .testTarget(name: "SovereignIncidentTests", dependencies: ["SovereignIncident", "SovereignFilter"]),
    ],
    swiftLanguageModes: [.v6]
)
