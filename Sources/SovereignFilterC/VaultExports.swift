// C ABI of the caller-bound conversation vaults (sf_vault_*) and of an exchange's summary for metrics
// (sf_exchange_summary). Same conventions as Exports.swift; the rules are the core's CallerVaults and
// ProtocolExchange.
import SovereignFilter

@_cdecl("sf_vault_open")
public func sf_vault_open(_ e: OpaquePointer?, _ identity: UnsafePointer<CChar>?, _ identityLen: Int,
                          _ sid: UnsafePointer<CChar>?, _ sidLen: Int, _ out: UnsafeMutablePointer<OpaquePointer?>?) -> SFStatus {
    guard let out else { return SF_E_INVALID_ARGUMENT }
    out.pointee = nil
    guard let rt = runtime(e), let who = input(identity, identityLen), who.count > 0, let conv = input(sid, sidLen), conv.count > 0 else {
        return SF_E_INVALID_ARGUMENT
    }
    var ascii = false
    guard UTF8Check.firstInvalid(who, allASCII: &ascii) == nil, UTF8Check.firstInvalid(conv, allASCII: &ascii) == nil else {
        return SFError.Code.invalidUTF8.rawValue
    }
    do {
        let lease = try CallerVaults(runtime: rt).open(identity: Array(who), sessionID: Array(conv), engine: rt.engine)
        let box = SessionBox(runtime: rt, session: lease.session)
        box.vault = lease
        out.pointee = OpaquePointer(Unmanaged.passRetained(box).toOpaque())
        return SF_OK
    } catch {
        return status(error)
    }
}

@_cdecl("sf_vault_open_response")
public func sf_vault_open_response(_ e: OpaquePointer?, _ identity: UnsafePointer<CChar>?, _ identityLen: Int,
                                   _ prev: UnsafePointer<CChar>?, _ prevLen: Int, _ out: UnsafeMutablePointer<OpaquePointer?>?) -> SFStatus {
    guard let out else { return SF_E_INVALID_ARGUMENT }
    out.pointee = nil
    guard let rt = runtime(e), let who = input(identity, identityLen), who.count > 0, let p = input(prev, prevLen) else {
        return SF_E_INVALID_ARGUMENT
    }
    var ascii = false
    guard UTF8Check.firstInvalid(who, allASCII: &ascii) == nil, UTF8Check.firstInvalid(p, allASCII: &ascii) == nil else {
        return SFError.Code.invalidUTF8.rawValue
    }
    do {
        let lease = try CallerVaults(runtime: rt).openResponse(identity: Array(who), previousResponseID: Array(p), engine: rt.engine)
        let box = SessionBox(runtime: rt, session: lease.session)
        box.vault = lease
        out.pointee = OpaquePointer(Unmanaged.passRetained(box).toOpaque())
        return SF_OK
    } catch {
        return status(error)
    }
}

@_cdecl("sf_vault_link_response")
public func sf_vault_link_response(_ s: OpaquePointer?, _ rid: UnsafePointer<CChar>?, _ len: Int) -> SFStatus {
    guard let box = sessionBox(s), let lease = box.vault, let r = input(rid, len), r.count > 0 else { return SF_E_INVALID_ARGUMENT }
    var ascii = false
    guard UTF8Check.firstInvalid(r, allASCII: &ascii) == nil else { return SFError.Code.invalidUTF8.rawValue }
    do {
        try CallerVaults(runtime: box.runtime).link(lease, responseID: Array(r))
        return SF_OK
    } catch {
        return status(error)
    }
}

@_cdecl("sf_vault_save")
public func sf_vault_save(_ s: OpaquePointer?) -> SFStatus {
    guard let box = sessionBox(s), let lease = box.vault else { return SF_E_INVALID_ARGUMENT }
    do {
        try CallerVaults(runtime: box.runtime).save(lease)
        return SF_OK
    } catch {
        return status(error)
    }
}

@_cdecl("sf_exchange_summary")
public func sf_exchange_summary(_ x: OpaquePointer?, _ out: UnsafeMutablePointer<OpaquePointer?>?) -> SFStatus {
    guard let out else { return SF_E_INVALID_ARGUMENT }
    out.pointee = nil
    guard let xb = exchangeBox(x) else { return SF_E_INVALID_ARGUMENT }
    guard let b = makeBuffer(xb.exchange.summary()) else { return SF_E_NOMEM }
    out.pointee = b
    return SF_OK
}
