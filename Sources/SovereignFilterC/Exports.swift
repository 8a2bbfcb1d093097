// The C ABI of include/sovereign_filter.h. Only argument checks, handle conversion and status
// mapping live here; every decision is the core's. No Swift error crosses this boundary: each
// entry point catches and returns a status, and sets every output to NULL on failure.
import SovereignFilter
#if canImport(Glibc)
import Glibc
#endif

public typealias SFStatus = Int32

let SF_OK: SFStatus = 0
let SF_BLOCKED: SFStatus = 1
let SF_E_INVALID_ARGUMENT: SFStatus = 2
let SF_E_NOMEM: SFStatus = 8
let SF_E_INTERNAL: SFStatus = 9

/// The library version; keep in step with SF_VERSION_* in the header (a C test checks it).
let versionString: StaticString = "0.1.0"
let versionNumber: Int32 = 100

/// Session handles carry their runtime (the engine's sealing key for import/export, the kill switch and
/// the log for guarded calls).
final class SessionBox {
    let runtime: Runtime
    var engine: Engine { runtime.engine }
    let session: Session
    /// The feature this conversation belongs to (kill switch, log), and a random id for the log's keyed hash.
    var feature = "default"
    let id: String
    /// Set when the session is a caller-bound vault (sf_vault_open): its name and the conversation's lock,
    /// released when the handle is freed.
    var vault: CallerVaults.Lease?
    init(runtime: Runtime, session: Session) {
        self.runtime = runtime
        self.session = session
        var g = SystemRandomNumberGenerator()
        id = String(g.next(), radix: 16) + String(g.next(), radix: 16)
    }
}

let SF_E_DISABLED: SFStatus = 7

/// Who makes a guarded call through a session handle (or without one: the "default" feature).
func context(_ box: SessionBox?, _ direction: String = "prompt") -> CallContext {
    CallContext(feature: box?.feature ?? "default", direction: direction, sessionID: box?.id)
}

// MARK: buffers — malloc'd: 8-byte length header, then the bytes and a NUL (not part of the length).

func makeBuffer(_ bytes: UnsafeBufferPointer<UInt8>) -> OpaquePointer? {
    guard let raw = malloc(8 + bytes.count + 1) else { return nil }
    raw.storeBytes(of: UInt64(bytes.count), as: UInt64.self)
    let data = raw.advanced(by: 8).assumingMemoryBound(to: UInt8.self)
    if let b = bytes.baseAddress, bytes.count > 0 { memcpy(data, b, bytes.count) }
    data[bytes.count] = 0
    return OpaquePointer(raw)
}

func makeBuffer(_ bytes: [UInt8]) -> OpaquePointer? { bytes.withUnsafeBufferPointer { makeBuffer($0) } }

func makeBuffer(_ s: String) -> OpaquePointer? { makeBuffer(Array(s.utf8)) }

@_cdecl("sf_buffer_data")
public func sf_buffer_data(_ buffer: OpaquePointer?) -> UnsafePointer<CChar>? {
    guard let buffer else { return nil }
    return UnsafePointer(UnsafeRawPointer(buffer).advanced(by: 8).assumingMemoryBound(to: CChar.self))
}

@_cdecl("sf_buffer_len")
public func sf_buffer_len(_ buffer: OpaquePointer?) -> Int {
    guard let buffer else { return 0 }
    return Int(UnsafeRawPointer(buffer).load(as: UInt64.self))
}

@_cdecl("sf_buffer_free")
public func sf_buffer_free(_ buffer: OpaquePointer?) {
    free(UnsafeMutableRawPointer(buffer))
}

// MARK: version and status

@_cdecl("sf_version")
public func sf_version() -> UnsafePointer<CChar> {
    UnsafeRawPointer(versionString.utf8Start).assumingMemoryBound(to: CChar.self)
}

@_cdecl("sf_version_number")
public func sf_version_number() -> Int32 { versionNumber }

let statusNames: [StaticString] = [
    "SF_OK", "SF_BLOCKED", "SF_E_INVALID_ARGUMENT", "SF_E_INVALID_UTF8", "SF_E_POLICY", "SF_E_LIMIT",
    "SF_E_TOO_LARGE", "SF_E_DISABLED", "SF_E_NOMEM", "SF_E_INTERNAL", "SF_E_SESSION_FULL",
    "SF_E_REGION",
]

@_cdecl("sf_status_name")
public func sf_status_name(_ status: Int32) -> UnsafePointer<CChar> {
    let name: StaticString = status >= 0 && Int(status) < statusNames.count ? statusNames[Int(status)] : "SF_UNKNOWN"
    return UnsafeRawPointer(name.utf8Start).assumingMemoryBound(to: CChar.self)
}

func status(_ error: Error) -> SFStatus {
    (error as? SFError)?.code.rawValue ?? SF_E_INTERNAL
}

/// The caller's text as a buffer; NULL with length 0 is the empty text, NULL with a length is an error.
func input(_ p: UnsafePointer<CChar>?, _ len: Int) -> UnsafeBufferPointer<UInt8>? {
    if len == 0 { return UnsafeBufferPointer(start: nil, count: 0) }
    guard let p, len > 0 else { return nil }
    return UnsafeBufferPointer(start: UnsafeRawPointer(p).assumingMemoryBound(to: UInt8.self), count: len)
}

/// An `sf_engine` handle holds the runtime (the immutable engine, and the kill switch, log and anomaly
/// detector around it).
func runtime(_ p: OpaquePointer?) -> Runtime? {
    guard let p else { return nil }
    return Unmanaged<Runtime>.fromOpaque(UnsafeRawPointer(p)).takeUnretainedValue()
}

func sessionBox(_ p: OpaquePointer?) -> SessionBox? {
    guard let p else { return nil }
    return Unmanaged<SessionBox>.fromOpaque(UnsafeRawPointer(p)).takeUnretainedValue()
}

// MARK: engine

@_cdecl("sf_engine_new")
public func sf_engine_new(_ policy: UnsafePointer<CChar>?, _ len: Int, _ out: UnsafeMutablePointer<OpaquePointer?>?,
                          _ errorOut: UnsafeMutablePointer<OpaquePointer?>?) -> SFStatus {
    errorOut?.pointee = nil
    guard let out else { return SF_E_INVALID_ARGUMENT }
    out.pointee = nil
    guard let text = input(policy, len) else { return SF_E_INVALID_ARGUMENT }
    do {
        let e = try Runtime(policyJSON: text.isEmpty ? nil : Array(text))
        out.pointee = OpaquePointer(Unmanaged.passRetained(e).toOpaque())
        return SF_OK
    } catch {
        errorOut?.pointee = makeBuffer((error as? SFError)?.message ?? "internal error")
        return status(error)
    }
}

@_cdecl("sf_engine_free")
public func sf_engine_free(_ p: OpaquePointer?) {
    guard let p else { return }
    Unmanaged<Runtime>.fromOpaque(UnsafeRawPointer(p)).release()
}

// MARK: scan and redact

@_cdecl("sf_scan")
public func sf_scan(_ e: OpaquePointer?, _ text: UnsafePointer<CChar>?, _ len: Int,
                    _ findings: UnsafeMutablePointer<OpaquePointer?>?) -> SFStatus {
    guard let findings else { return SF_E_INVALID_ARGUMENT }
    findings.pointee = nil
    guard let rt = runtime(e), let t = input(text, len) else { return SF_E_INVALID_ARGUMENT }
    do {
        let f = try rt.engine.scan(t)
        var json: [UInt8] = []
        FindingsJSON.write(f, into: &json)
        guard let b = makeBuffer(json) else { return SF_E_NOMEM }
        findings.pointee = b
        return SF_OK
    } catch {
        return status(error)
    }
}

@_cdecl("sf_redact")
public func sf_redact(_ e: OpaquePointer?, _ s: OpaquePointer?, _ text: UnsafePointer<CChar>?, _ len: Int,
                      _ outText: UnsafeMutablePointer<OpaquePointer?>?, _ findings: UnsafeMutablePointer<OpaquePointer?>?) -> SFStatus {
    findings?.pointee = nil
    guard let outText else { return SF_E_INVALID_ARGUMENT }
    outText.pointee = nil
    guard let rt = runtime(e), let t = input(text, len) else { return SF_E_INVALID_ARGUMENT }
    let box = sessionBox(s)
    do {
        let r = try rt.guarded(context(box)) {
            let r = try rt.engine.redact(t, session: box?.session)
            // The input is copied only when a log or detector records the call (for the value hashes).
            return (r, .redaction(r, source: rt.records && !r.findings.isEmpty ? Array(t) : nil))
        }
        if r.blocked { return SF_BLOCKED }
        guard let b = makeBuffer(r.text) else { return SF_E_NOMEM }
        if let findings {
            var json: [UInt8] = []
            FindingsJSON.write(r.findings, into: &json)
            guard let fb = makeBuffer(json) else { sf_buffer_free(b); return SF_E_NOMEM }
            findings.pointee = fb
        }
        outText.pointee = b
        return SF_OK
    } catch {
        return status(error)
    }
}

// MARK: sessions

@_cdecl("sf_session_new")
public func sf_session_new(_ e: OpaquePointer?) -> OpaquePointer? {
    guard let rt = runtime(e) else { return nil }
    return OpaquePointer(Unmanaged.passRetained(SessionBox(runtime: rt, session: Session())).toOpaque())
}

@_cdecl("sf_session_free")
public func sf_session_free(_ p: OpaquePointer?) {
    guard let p else { return }
    Unmanaged<SessionBox>.fromOpaque(UnsafeRawPointer(p)).release()
}

@_cdecl("sf_restore")
public func sf_restore(_ s: OpaquePointer?, _ text: UnsafePointer<CChar>?, _ len: Int,
                       _ outText: UnsafeMutablePointer<OpaquePointer?>?) -> SFStatus {
    guard let outText else { return SF_E_INVALID_ARGUMENT }
    outText.pointee = nil
    guard let box = sessionBox(s), let t = input(text, len) else { return SF_E_INVALID_ARGUMENT }
    // The same ceiling as every other text call: a reply is attacker-influenced input too.
    if t.count > box.engine.policy.maxInputBytes { return SFError.Code.tooLarge.rawValue }
    var ascii = false
    if UTF8Check.firstInvalid(t, allASCII: &ascii) != nil { return SFError.Code.invalidUTF8.rawValue }
    guard let b = makeBuffer(box.session.restore(Array(t))) else { return SF_E_NOMEM }
    outText.pointee = b
    return SF_OK
}

@_cdecl("sf_session_export")
public func sf_session_export(_ s: OpaquePointer?, _ sealed: UnsafeMutablePointer<OpaquePointer?>?) -> SFStatus {
    guard let sealed else { return SF_E_INVALID_ARGUMENT }
    sealed.pointee = nil
    guard let box = sessionBox(s) else { return SF_E_INVALID_ARGUMENT }
    do {
        guard let b = makeBuffer(try box.engine.export(box.session)) else { return SF_E_NOMEM }
        sealed.pointee = b
        return SF_OK
    } catch {
        return status(error)
    }
}

@_cdecl("sf_session_import")
public func sf_session_import(_ e: OpaquePointer?, _ sealed: UnsafePointer<CChar>?, _ len: Int,
                              _ out: UnsafeMutablePointer<OpaquePointer?>?) -> SFStatus {
    guard let out else { return SF_E_INVALID_ARGUMENT }
    out.pointee = nil
    guard let rt = runtime(e), let t = input(sealed, len) else { return SF_E_INVALID_ARGUMENT }
    do {
        let session = try rt.engine.importSession(Array(t))
        out.pointee = OpaquePointer(Unmanaged.passRetained(SessionBox(runtime: rt, session: session)).toOpaque())
        return SF_OK
    } catch {
        return status(error)
    }
}

@_cdecl("sf_vault_put")
public func sf_vault_put(_ e: OpaquePointer?, _ s: OpaquePointer?, _ scope: UnsafePointer<CChar>?, _ len: Int,
                          _ ttl: Int32) -> SFStatus {
    guard let rt = runtime(e), let box = sessionBox(s), let sc = input(scope, len) else { return SF_E_INVALID_ARGUMENT }
    do {
        try rt.saveVault(box.session, scope: Array(sc), ttlSeconds: Int(ttl))
        return SF_OK
    } catch {
        return status(error)
    }
}

@_cdecl("sf_vault_get")
public func sf_vault_get(_ e: OpaquePointer?, _ scope: UnsafePointer<CChar>?, _ len: Int,
                          _ out: UnsafeMutablePointer<OpaquePointer?>?) -> SFStatus {
    guard let out else { return SF_E_INVALID_ARGUMENT }
    out.pointee = nil
    guard let rt = runtime(e), let sc = input(scope, len) else { return SF_E_INVALID_ARGUMENT }
    do {
        let session = try rt.loadVault(scope: Array(sc))
        out.pointee = OpaquePointer(Unmanaged.passRetained(SessionBox(runtime: rt, session: session)).toOpaque())
        return SF_OK
    } catch {
        return status(error)
    }
}

// MARK: kill switch and features

@_cdecl("sf_engine_killed")
public func sf_engine_killed(_ e: OpaquePointer?, _ feature: UnsafePointer<CChar>?, _ len: Int) -> Int32 {
    guard let rt = runtime(e) else { return 1 }  // no engine: nothing may run
    guard let f = input(feature, len), !f.isEmpty else { return rt.isDisabled() ? 1 : 0 }
    return rt.isDisabled(feature: String(decoding: f, as: UTF8.self)) ? 1 : 0
}

@_cdecl("sf_kill_switch_set")
public func sf_kill_switch_set(_ e: OpaquePointer?, _ on: Int32, _ feature: UnsafePointer<CChar>?, _ flen: Int,
                               _ reason: UnsafePointer<CChar>?, _ rlen: Int, _ by: UnsafePointer<CChar>?, _ blen: Int) -> SFStatus {
    guard let rt = runtime(e), let f = input(feature, flen), let r = input(reason, rlen), let b = input(by, blen) else {
        return SF_E_INVALID_ARGUMENT
    }
    do {
        try rt.setKillSwitch(on != 0, feature: f.isEmpty ? nil : String(decoding: f, as: UTF8.self),
                             reason: String(decoding: r, as: UTF8.self), by: String(decoding: b, as: UTF8.self))
        return SF_OK
    } catch {
        return status(error)
    }
}

@_cdecl("sf_session_set_feature")
public func sf_session_set_feature(_ s: OpaquePointer?, _ name: UnsafePointer<CChar>?, _ len: Int) -> SFStatus {
    guard let box = sessionBox(s), let n = input(name, len), !n.isEmpty, n.count <= 64, !n.elementsEqual("global".utf8),
          n.allSatisfy({ ($0 >= 0x30 && $0 <= 0x39) || ($0 | 0x20 >= 0x61 && $0 | 0x20 <= 0x7A) || $0 == 0x5F || $0 == 0x2D }) else {
        return SF_E_INVALID_ARGUMENT
    }
    box.feature = String(decoding: n, as: UTF8.self)
    return SF_OK
}
