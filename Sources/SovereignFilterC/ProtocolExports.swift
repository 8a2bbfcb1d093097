// C ABI of the OpenAI-protocol filter (sf_exchange_*): the gateway's request and reply rules for HTTP
// clients that make the call themselves. Same conventions as Exports.swift; the rules are the core's
// ProtocolExchange.
import SovereignFilter

/// An exchange handle keeps its engine and session alive, and remembers its last failure so the caller
/// can answer with the same OpenAI-style error the gateway would.
final class ExchangeBox {
    let box: SessionBox
    let exchange: ProtocolExchange
    var failure: ProtocolFailure?
    /// True once a streamed reply failed: the error travels as SSE events then.
    var streaming = false
    init(box: SessionBox, exchange: ProtocolExchange) { self.box = box; self.exchange = exchange }
}

func exchangeBox(_ p: OpaquePointer?) -> ExchangeBox? {
    guard let p else { return nil }
    return Unmanaged<ExchangeBox>.fromOpaque(UnsafeRawPointer(p)).takeUnretainedValue()
}

/// Runs one step: kill switch, the step, its failure remembered and mapped to a status. Every output is
/// NULL unless the status is SF_OK.
func exchangeStep(_ x: OpaquePointer?, _ bytes: UnsafePointer<CChar>?, _ len: Int, _ out: UnsafeMutablePointer<OpaquePointer?>?,
                  direction: String, _ step: (ExchangeBox, [UInt8]) throws -> [UInt8]) -> SFStatus {
    guard let out else { return SF_E_INVALID_ARGUMENT }
    out.pointee = nil
    guard let xb = exchangeBox(x), let t = input(bytes, len) else { return SF_E_INVALID_ARGUMENT }
    let engine = xb.box.engine
    if killed(engine, xb.box, direction) {
        xb.failure = .disabled("AI features are switched off (kill switch); try again later")
        return SF_E_DISABLED
    }
    do {
        var ascii = false
        if let bad = UTF8Check.firstInvalid(t, allASCII: &ascii) { throw SFError(.invalidUTF8, "invalid UTF-8 at byte \(bad)") }
        let result = try step(xb, Array(t))
        guard let b = makeBuffer(result) else { return SF_E_NOMEM }
        xb.failure = nil
        out.pointee = b
        return SF_OK
    } catch let f as ProtocolFailure {
        xb.failure = f
        return f.type == "sovereign_filter_blocked" ? SFError.Code.blocked.rawValue
            : f.code == "session_full" ? SFError.Code.sessionFull.rawValue : SF_E_INVALID_ARGUMENT
    } catch let e as SFError {
        xb.failure = .from(e)
        return e.code.rawValue
    } catch {
        xb.failure = .internalError("the filter failed; nothing was forwarded")
        return SF_E_INTERNAL
    }
}

func recordExchange(_ xb: ExchangeBox, direction: String, verdict: String) throws {
    let x = xb.exchange
    if direction == "prompt" {
        try xb.box.engine.record(feature: xb.box.feature, direction: "prompt", verdict: verdict, findings: x.request.findings,
                                 rules: x.promptRules, sessionID: xb.box.id)
    } else {
        let findings = x.reply.counts.flatMap { t, n in (0..<n).map { _ in Finding(start: 0, end: 0, type: EntityType(t), score: 1) } }
        try xb.box.engine.record(feature: xb.box.feature, direction: "reply", verdict: verdict, findings: findings,
                                 rules: x.reply.rules, sessionID: xb.box.id)
    }
}

@_cdecl("sf_exchange_new")
public func sf_exchange_new(_ e: OpaquePointer?, _ s: OpaquePointer?, _ path: UnsafePointer<CChar>?, _ len: Int,
                            _ out: UnsafeMutablePointer<OpaquePointer?>?) -> SFStatus {
    guard let out else { return SF_E_INVALID_ARGUMENT }
    out.pointee = nil
    guard let engine = engine(e), let box = sessionBox(s), box.engine === engine, let p = input(path, len), p.count > 0 else {
        return SF_E_INVALID_ARGUMENT
    }
    var ascii = false
    guard UTF8Check.firstInvalid(p, allASCII: &ascii) == nil else { return SFError.Code.invalidUTF8.rawValue }
    let route = ProtocolExchange.Route(path: String(decoding: p, as: UTF8.self))
    let xb = ExchangeBox(box: box, exchange: ProtocolExchange(engine: engine, session: box.session, route: route))
    out.pointee = OpaquePointer(Unmanaged.passRetained(xb).toOpaque())
    return SF_OK
}

@_cdecl("sf_exchange_request")
public func sf_exchange_request(_ x: OpaquePointer?, _ body: UnsafePointer<CChar>?, _ len: Int,
                                _ out: UnsafeMutablePointer<OpaquePointer?>?) -> SFStatus {
    exchangeStep(x, body, len, out, direction: "prompt") { xb, bytes in
        do {
            let filtered = try xb.exchange.filterRequest(bytes)
            try recordExchange(xb, direction: "prompt", verdict: xb.exchange.request.findings.isEmpty ? "allow" : "redact")
            return filtered
        } catch let f as ProtocolFailure where f.type == "sovereign_filter_blocked" {
            try recordExchange(xb, direction: "prompt", verdict: "block")
            throw f
        }
    }
}

@_cdecl("sf_exchange_reply")
public func sf_exchange_reply(_ x: OpaquePointer?, _ body: UnsafePointer<CChar>?, _ len: Int,
                              _ out: UnsafeMutablePointer<OpaquePointer?>?) -> SFStatus {
    exchangeStep(x, body, len, out, direction: "reply") { xb, bytes in
        do {
            let checked = try xb.exchange.filterReply(bytes)
            try recordExchange(xb, direction: "reply", verdict: xb.exchange.reply.verdict.rawValue)
            return checked
        } catch {
            try? recordExchange(xb, direction: "reply", verdict: "block")
            throw error
        }
    }
}

@_cdecl("sf_exchange_stream_push")
public func sf_exchange_stream_push(_ x: OpaquePointer?, _ bytes: UnsafePointer<CChar>?, _ len: Int,
                                    _ out: UnsafeMutablePointer<OpaquePointer?>?) -> SFStatus {
    exchangeBox(x)?.streaming = true
    // Upstream bytes may end inside a UTF-8 character: the relay buffers whole events, so no check here
    // beyond the relay's own (an event that is not JSON ends the stream).
    guard let out else { return SF_E_INVALID_ARGUMENT }
    out.pointee = nil
    guard let xb = exchangeBox(x), let t = input(bytes, len) else { return SF_E_INVALID_ARGUMENT }
    if killed(xb.box.engine, xb.box, "reply") {
        xb.failure = .disabled("AI features are switched off (kill switch); the reply was stopped")
        return SF_E_DISABLED
    }
    do {
        let events = try xb.exchange.pushStream(Array(t))
        if xb.exchange.streamBlocked {
            xb.failure = .blocked("the rest of the model's answer was withheld by the output guard", code: "reply_block")
            try? recordExchange(xb, direction: "reply", verdict: "block")
            return SFError.Code.blocked.rawValue
        }
        guard let b = makeBuffer(events) else { return SF_E_NOMEM }
        out.pointee = b
        return SF_OK
    } catch let f as ProtocolFailure {
        xb.failure = f
        try? recordExchange(xb, direction: "reply", verdict: "block")
        return f.type == "sovereign_filter_blocked" ? SFError.Code.blocked.rawValue : SF_E_INVALID_ARGUMENT
    } catch {
        xb.failure = (error as? SFError).map { ProtocolFailure.from($0) } ?? .internalError("the filter failed")
        try? recordExchange(xb, direction: "reply", verdict: "block")
        return status(error)
    }
}

@_cdecl("sf_exchange_stream_finish")
public func sf_exchange_stream_finish(_ x: OpaquePointer?, _ out: UnsafeMutablePointer<OpaquePointer?>?) -> SFStatus {
    guard let out else { return SF_E_INVALID_ARGUMENT }
    out.pointee = nil
    guard let xb = exchangeBox(x) else { return SF_E_INVALID_ARGUMENT }
    xb.streaming = true
    do {
        let events = try xb.exchange.finishStream()
        if xb.exchange.streamBlocked {
            xb.failure = .blocked("the rest of the model's answer was withheld by the output guard", code: "reply_block")
            try? recordExchange(xb, direction: "reply", verdict: "block")
            return SFError.Code.blocked.rawValue
        }
        try recordExchange(xb, direction: "reply", verdict: xb.exchange.reply.verdict.rawValue)
        guard let b = makeBuffer(events) else { return SF_E_NOMEM }
        out.pointee = b
        return SF_OK
    } catch let f as ProtocolFailure {
        xb.failure = f
        return f.type == "sovereign_filter_blocked" ? SFError.Code.blocked.rawValue : SF_E_INVALID_ARGUMENT
    } catch {
        xb.failure = (error as? SFError).map { ProtocolFailure.from($0) } ?? .internalError("the filter failed")
        return status(error)
    }
}

@_cdecl("sf_exchange_error")
public func sf_exchange_error(_ x: OpaquePointer?, _ httpStatus: UnsafeMutablePointer<Int32>?,
                              _ out: UnsafeMutablePointer<OpaquePointer?>?) -> SFStatus {
    guard let out else { return SF_E_INVALID_ARGUMENT }
    out.pointee = nil
    httpStatus?.pointee = 0
    guard let xb = exchangeBox(x) else { return SF_E_INVALID_ARGUMENT }
    guard let f = xb.failure else { return SF_E_INVALID_ARGUMENT }
    let body = xb.streaming ? xb.exchange.streamErrorFrames(f) : f.json()
    guard let b = makeBuffer(body) else { return SF_E_NOMEM }
    httpStatus?.pointee = Int32(f.status)
    out.pointee = b
    return SF_OK
}

@_cdecl("sf_exchange_free")
public func sf_exchange_free(_ x: OpaquePointer?) {
    guard let x else { return }
    Unmanaged<ExchangeBox>.fromOpaque(UnsafeRawPointer(x)).release()
}
