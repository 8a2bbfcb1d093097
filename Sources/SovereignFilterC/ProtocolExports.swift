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

/// Runs one step as a guarded call (kill switch, the step, its log record); its failure is remembered
/// and mapped to a status. `step` returns the bytes and what to record; `failed` names what to record
/// when it throws. Every output is NULL unless the status is SF_OK.
func exchangeStep(_ x: OpaquePointer?, _ bytes: UnsafePointer<CChar>?, _ len: Int, _ out: UnsafeMutablePointer<OpaquePointer?>?,
                  direction: String, failed: @escaping (ExchangeBox, any Error) -> CallOutcome?,
                  _ step: (ExchangeBox, [UInt8]) throws -> ([UInt8], CallOutcome?)) -> SFStatus {
    guard let out else { return SF_E_INVALID_ARGUMENT }
    out.pointee = nil
    guard let xb = exchangeBox(x), let t = input(bytes, len) else { return SF_E_INVALID_ARGUMENT }
    var invalidUTF8 = false
    do {
        let result = try xb.box.runtime.guarded(context(xb.box, direction), onFailure: { invalidUTF8 ? nil : failed(xb, $0) }) {
            var ascii = false
            if let bad = UTF8Check.firstInvalid(t, allASCII: &ascii) {
                invalidUTF8 = true
                throw SFError(.invalidUTF8, "invalid UTF-8 at byte \(bad)")
            }
            return try step(xb, Array(t))
        }
        guard let b = makeBuffer(result) else { return SF_E_NOMEM }
        xb.failure = nil
        out.pointee = b
        return SF_OK
    } catch let e as SFError where e.code == .disabled {
        xb.failure = .disabled("AI features are switched off (kill switch); try again later")
        return SF_E_DISABLED
    } catch let f as ProtocolFailure {
        xb.failure = f
        return f.type == "sovereign_filter_blocked" ? SFError.Code.blocked.rawValue
            : f.code == "session_full" ? SFError.Code.sessionFull.rawValue
            : f.code == "wrong_region" ? SFError.Code.region.rawValue : SF_E_INVALID_ARGUMENT
    } catch let e as SFError {
        xb.failure = .from(e)
        return e.code.rawValue
    } catch {
        xb.failure = .internalError("the filter failed; nothing was forwarded")
        return SF_E_INTERNAL
    }
}

/// What the log records of an exchange's request or reply.
func exchangeOutcome(_ xb: ExchangeBox, direction: String, verdict: String) -> CallOutcome {
    let x = xb.exchange
    if direction == "prompt" { return CallOutcome(verdict: verdict, findings: x.request.findings, rules: x.promptRules) }
    var o = CallOutcome(verdict: verdict, entities: x.reply.counts, rules: x.reply.rules)
    o.moreSubjects = x.reply.subjects
    return o
}

/// A streamed reply's step (push or finish): a guarded call whose block (withheld rest, a broken
/// stream) is recorded best effort, as the stream's error events go out anyway.
func streamStep(_ xb: ExchangeBox, _ step: () throws -> ([UInt8], CallOutcome?)) -> (SFStatus, [UInt8]?) {
    do {
        let events = try xb.box.runtime.guarded(context(xb.box, "reply"), onFailure: { e in
            (e as? SFError)?.code == .disabled ? nil : exchangeOutcome(xb, direction: "reply", verdict: "block")
        }) {
            let r = try step()
            if xb.exchange.streamBlocked {
                throw ProtocolFailure.blocked("the rest of the model's answer was withheld by the output guard", code: "reply_block")
            }
            return r
        }
        return (SF_OK, events)
    } catch let e as SFError where e.code == .disabled {
        xb.failure = .disabled("AI features are switched off (kill switch); the reply was stopped")
        return (SF_E_DISABLED, nil)
    } catch let f as ProtocolFailure {
        xb.failure = f
        return (f.type == "sovereign_filter_blocked" ? SFError.Code.blocked.rawValue : SF_E_INVALID_ARGUMENT, nil)
    } catch {
        xb.failure = (error as? SFError).map { ProtocolFailure.from($0) } ?? .internalError("the filter failed")
        return (status(error), nil)
    }
}

@_cdecl("sf_exchange_new")
public func sf_exchange_new(_ e: OpaquePointer?, _ s: OpaquePointer?, _ path: UnsafePointer<CChar>?, _ len: Int,
                            _ out: UnsafeMutablePointer<OpaquePointer?>?) -> SFStatus {
    guard let out else { return SF_E_INVALID_ARGUMENT }
    out.pointee = nil
    guard let rt = runtime(e), let box = sessionBox(s), box.runtime === rt, let p = input(path, len), p.count > 0 else {
        return SF_E_INVALID_ARGUMENT
    }
    var ascii = false
    guard UTF8Check.firstInvalid(p, allASCII: &ascii) == nil else { return SFError.Code.invalidUTF8.rawValue }
    let route = ProtocolExchange.Route(path: String(decoding: p, as: UTF8.self))
    let xb = ExchangeBox(box: box, exchange: ProtocolExchange(engine: rt.engine, session: box.session, route: route))
    out.pointee = OpaquePointer(Unmanaged.passRetained(xb).toOpaque())
    return SF_OK
}

@_cdecl("sf_exchange_request")
public func sf_exchange_request(_ x: OpaquePointer?, _ body: UnsafePointer<CChar>?, _ len: Int,
                                _ out: UnsafeMutablePointer<OpaquePointer?>?) -> SFStatus {
    exchangeStep(x, body, len, out, direction: "prompt", failed: { xb, e in
        (e as? ProtocolFailure)?.type == "sovereign_filter_blocked" ? exchangeOutcome(xb, direction: "prompt", verdict: "block") : nil
    }) { xb, bytes in
        let filtered = try xb.exchange.filterRequest(bytes)
        return (filtered, exchangeOutcome(xb, direction: "prompt", verdict: xb.exchange.request.findings.isEmpty ? "allow" : "redact"))
    }
}

@_cdecl("sf_exchange_reply")
public func sf_exchange_reply(_ x: OpaquePointer?, _ body: UnsafePointer<CChar>?, _ len: Int,
                              _ out: UnsafeMutablePointer<OpaquePointer?>?) -> SFStatus {
    exchangeStep(x, body, len, out, direction: "reply", failed: { xb, _ in exchangeOutcome(xb, direction: "reply", verdict: "block") }) { xb, bytes in
        let checked = try xb.exchange.filterReply(bytes)
        return (checked, exchangeOutcome(xb, direction: "reply", verdict: xb.exchange.reply.verdict.rawValue))
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
    let (st, events) = streamStep(xb) { (try xb.exchange.pushStream(Array(t)), nil) }
    guard st == SF_OK, let events else { return st }
    guard let b = makeBuffer(events) else { return SF_E_NOMEM }
    out.pointee = b
    return SF_OK
}

@_cdecl("sf_exchange_stream_finish")
public func sf_exchange_stream_finish(_ x: OpaquePointer?, _ out: UnsafeMutablePointer<OpaquePointer?>?) -> SFStatus {
    guard let out else { return SF_E_INVALID_ARGUMENT }
    out.pointee = nil
    guard let xb = exchangeBox(x) else { return SF_E_INVALID_ARGUMENT }
    xb.streaming = true
    let (st, events) = streamStep(xb) {
        let events = try xb.exchange.finishStream()
        return (events, exchangeOutcome(xb, direction: "reply", verdict: xb.exchange.reply.verdict.rawValue))
    }
    guard st == SF_OK, let events else { return st }
    guard let b = makeBuffer(events) else { return SF_E_NOMEM }
    out.pointee = b
    return SF_OK
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

@_cdecl("sf_exchange_header")
public func sf_exchange_header(_ x: OpaquePointer?, _ name: UnsafePointer<CChar>?, _ nameLen: Int, _ value: UnsafePointer<CChar>?,
                               _ valueLen: Int, _ out: UnsafeMutablePointer<OpaquePointer?>?) -> SFStatus {
    guard let out else { return SF_E_INVALID_ARGUMENT }
    out.pointee = nil
    guard let xb = exchangeBox(x), let n = input(name, nameLen), n.count > 0, let v = input(value, valueLen) else { return SF_E_INVALID_ARGUMENT }
    var ascii = false
    guard UTF8Check.firstInvalid(n, allASCII: &ascii) == nil, UTF8Check.firstInvalid(v, allASCII: &ascii) == nil else {
        return SFError.Code.invalidUTF8.rawValue
    }
    do {
        // nil: the header stays behind (SF_OK, *out NULL).
        guard let forwarded = try xb.exchange.forwardedHeader(name: String(decoding: n, as: UTF8.self), value: String(decoding: v, as: UTF8.self)) else {
            return SF_OK
        }
        guard let b = makeBuffer(forwarded) else { return SF_E_NOMEM }
        out.pointee = b
        return SF_OK
    } catch let e as SFError {
        xb.failure = .from(e)
        return e.code.rawValue
    } catch let f as ProtocolFailure {
        xb.failure = f
        return f.type == "sovereign_filter_blocked" ? SFError.Code.blocked.rawValue : SF_E_INVALID_ARGUMENT
    } catch {
        return SF_E_INTERNAL
    }
}

@_cdecl("sf_exchange_query")
public func sf_exchange_query(_ x: OpaquePointer?, _ query: UnsafePointer<CChar>?, _ len: Int,
                              _ out: UnsafeMutablePointer<OpaquePointer?>?) -> SFStatus {
    // Part of the request: its findings are counted with the body's (no record of its own).
    exchangeStep(x, query, len, out, direction: "prompt", failed: { _, _ in nil }) { xb, bytes in
        (Array(try xb.exchange.forwardedQuery(String(decoding: bytes, as: UTF8.self)).utf8), nil)
    }
}
