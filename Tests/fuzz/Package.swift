// swift-tools-version:6.1
// libFuzzer targets for SovereignFilter. A separate package so the main build never needs the
// sanitizers: `make fuzz` builds these with --sanitize=fuzzer --sanitize=address -parse-as-library.
import PackageDescription

let checks: Target.Dependency = .product(name: "SovereignFilterChecks", package: "SovereignFilter")
let package = Package(
    name: "SovereignFilterFuzz",
    dependencies: [.package(name: "SovereignFilter", path: "../..")],
    targets: [
        .executableTarget(name: "fuzz-scan", dependencies: [checks]),
        .executableTarget(name: "fuzz-policy", dependencies: [checks]),
        .executableTarget(name: "fuzz-stream", dependencies: [checks]),
        .executableTarget(name: "fuzz-capi", dependencies: [.product(name: "sovereign_filter", package: "SovereignFilter")]),
    ],
    swiftLanguageModes: [.v6]
)
