// C ABI of the guards (output check, canaries, streaming). Same conventions as Exports.swift.
import SovereignFilter

/// A stream handle keeps its engine and session alive.
final class StreamBox {
    let box: SessionBox
    let stream: OutputStream
    init(box: SessionBox, stream: OutputStream) { self.box = box; self.stream = stream }
}

func streamBox(_ p: OpaquePointer?) -> StreamBox? {
    guard let p else { return nil }
    return Unmanaged<StreamBox>.fromOpaque(UnsafeRawPointer(p)).takeUnretainedValue()
}

@_cdecl("sf_check_output")
public func sf_check_output(_ e: OpaquePointer?, _ s: OpaquePointer?, _ text: UnsafePointer<CChar>?, _ len: Int,
                            _ result: UnsafeMutablePointer<OpaquePointer?>?) -> SFStatus {
    guard let result else { return SF_E_INVALID_ARGUMENT }
    result.pointee = nil
    guard let rt = runtime(e), let t = input(text, len) else { return SF_E_INVALID_ARGUMENT }
    let box = sessionBox(s)
    do {
        let check = try rt.guarded(context(box, "reply")) {
            var ascii = false
            if let bad = UTF8Check.firstInvalid(t, allASCII: &ascii) { throw SFError(.invalidUTF8, "invalid UTF-8 at byte \(bad)") }
            let check = try rt.engine.checkOutput(Array(t), session: box?.session)
            return (check, .reply(check))
        }
        guard let b = makeBuffer(check.json()) else { return SF_E_NOMEM }
        result.pointee = b
        return SF_OK
    } catch {
        return status(error)
    }
}

@_cdecl("sf_session_canary")
public func sf_session_canary(_ s: OpaquePointer?, _ out: UnsafeMutablePointer<OpaquePointer?>?) -> SFStatus {
    guard let out else { return SF_E_INVALID_ARGUMENT }
    out.pointee = nil
    guard let box = sessionBox(s) else { return SF_E_INVALID_ARGUMENT }
    guard let b = makeBuffer(box.session.canary()) else { return SF_E_NOMEM }
    out.pointee = b
    return SF_OK
}

@_cdecl("sf_session_set_system_prompt")
public func sf_session_set_system_prompt(_ s: OpaquePointer?, _ text: UnsafePointer<CChar>?, _ len: Int) -> SFStatus {
    guard let box = sessionBox(s), let t = input(text, len) else { return SF_E_INVALID_ARGUMENT }
    var ascii = false
    if UTF8Check.firstInvalid(t, allASCII: &ascii) != nil { return SFError.Code.invalidUTF8.rawValue }
    return box.session.registerSystemPrompt(String(decoding: t, as: UTF8.self)) ? SF_OK : SF_E_INVALID_ARGUMENT
}

@_cdecl("sf_stream_new")
public func sf_stream_new(_ e: OpaquePointer?, _ s: OpaquePointer?) -> OpaquePointer? {
    guard let rt = runtime(e) else { return nil }
    let box = sessionBox(s) ?? SessionBox(runtime: rt, session: Session())
    guard let stream = try? rt.guarded(context(box), { (try OutputStream(engine: rt.engine, session: box.session), nil) }) else {
        return nil
    }
    return OpaquePointer(Unmanaged.passRetained(StreamBox(box: box, stream: stream)).toOpaque())
}

@_cdecl("sf_stream_push")
public func sf_stream_push(_ p: OpaquePointer?, _ chunk: UnsafePointer<CChar>?, _ len: Int,
                           _ out: UnsafeMutablePointer<OpaquePointer?>?) -> SFStatus {
    guard let out else { return SF_E_INVALID_ARGUMENT }
    out.pointee = nil
    guard let sb = streamBox(p), let c = input(chunk, len) else { return SF_E_INVALID_ARGUMENT }
    do {
        let bytes = try sb.box.runtime.guarded(context(sb.box)) { () throws -> ([UInt8]?, CallOutcome?) in
            if sb.stream.finished { return (nil, nil) }
            return (try sb.stream.push(Array(c)), nil)
        }
        guard let bytes else { return SF_E_INVALID_ARGUMENT }
        if sb.stream.verdict == .block { return SF_BLOCKED }
        guard let b = makeBuffer(bytes) else { return SF_E_NOMEM }
        out.pointee = b
        return SF_OK
    } catch {
        return status(error)
    }
}

@_cdecl("sf_stream_finish")
public func sf_stream_finish(_ p: OpaquePointer?, _ out: UnsafeMutablePointer<OpaquePointer?>?,
                             _ verdict: UnsafeMutablePointer<Int32>?) -> SFStatus {
    // SF_VERDICT_BLOCK on every path but SF_OK (also a NULL out or a log that cannot be written): fail closed.
    verdict?.pointee = 2
    guard let out else { return SF_E_INVALID_ARGUMENT }
    out.pointee = nil
    guard let sb = streamBox(p), !sb.stream.finished else { return SF_E_INVALID_ARGUMENT }
    do {
        let (bytes, v) = try sb.box.runtime.guarded(context(sb.box, "reply")) {
            let (bytes, v) = try sb.stream.finish()
            return ((bytes, v), .reply(v, sb.stream.reasons, text: bytes))
        }
        if v == .block { return SF_BLOCKED }
        guard let b = makeBuffer(bytes) else { return SF_E_NOMEM }
        out.pointee = b
        verdict?.pointee = v == .allow ? 0 : 1
        return SF_OK
    } catch {
        return status(error)
    }
}

@_cdecl("sf_stream_free")
public func sf_stream_free(_ p: OpaquePointer?) {
    guard let p else { return }
    Unmanaged<StreamBox>.fromOpaque(UnsafeRawPointer(p)).release()
}

@_cdecl("sf_check_prompt")
public func sf_check_prompt(_ e: OpaquePointer?, _ text: UnsafePointer<CChar>?, _ len: Int,
                            _ result: UnsafeMutablePointer<OpaquePointer?>?) -> SFStatus {
    guard let result else { return SF_E_INVALID_ARGUMENT }
    result.pointee = nil
    guard let rt = runtime(e), let t = input(text, len) else { return SF_E_INVALID_ARGUMENT }
    do {
        let c = try rt.guarded(context(nil)) {
            let c = try rt.engine.checkPrompt(Array(t))
            return (c, .prompt(c))
        }
        guard let b = makeBuffer(c.json()) else { return SF_E_NOMEM }
        result.pointee = b
        return SF_OK
    } catch {
        return status(error)
    }
}
