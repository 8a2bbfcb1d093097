// swift-tools-version:6.1
// sovereign-gateway: an OpenAI-compatible filtering proxy in front of a local model (Ollama, vLLM).
// A separate package so the core library's package never pulls in SwiftNIO, Hummingbird or an HTTP
// client: services that embed the library resolve only swift-crypto and swift-argument-parser.
import PackageDescription

let package = Package(
    name: "SovereignGateway",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "sovereign-gateway", targets: ["sovereign-gateway"]),
    ],
    dependencies: [
        .package(name: "SovereignFilter", path: ".."),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "4.5.2"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
    ],
    targets: [
        // Everything testable: configuration, policy reload, session store, JSON and SSE filtering, routes.
        .target(
            name: "SovereignGateway",
            dependencies: [
                .product(name: "SovereignFilter", package: "SovereignFilter"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ]
        ),
        .executableTarget(
            name: "sovereign-gateway",
            dependencies: ["SovereignGateway", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        .testTarget(
            name: "SovereignGatewayTests",
            dependencies: [
                "SovereignGateway",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)
