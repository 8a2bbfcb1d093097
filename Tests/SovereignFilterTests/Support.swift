@testable import SovereignFilter

/// One engine for the default policy, shared by the tests (engines are immutable and thread-safe).
let defaultEngine: Engine = try! Engine()

/// Findings of `text` as (type, the original substring) pairs, in order.
func found(_ text: String, _ engine: Engine = defaultEngine) throws -> [(String, String)] {
    let bytes = Array(text.utf8)
    return try engine.scan(bytes).map { f in (f.type.name, String(decoding: bytes[f.start..<f.end], as: UTF8.self)) }
}

/// The substrings found in `text` for the given types, in order.
func found(_ text: String, of types: Set<String>, _ engine: Engine = defaultEngine) throws -> [String] {
    try found(text, engine).filter { types.contains($0.0) }.map(\.1)
}

/// The single finding of `type` in `text`, or nil.
func value(_ text: String, _ type: String, _ engine: Engine = defaultEngine) throws -> String? {
    try found(text, engine).first { $0.0 == type }?.1
}

func redacted(_ text: String, _ engine: Engine = defaultEngine, session: Session? = nil) throws -> String {
    String(decoding: try engine.redact(text, session: session).text, as: UTF8.self)
}
