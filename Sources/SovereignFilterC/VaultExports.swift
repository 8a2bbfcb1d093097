// C ABI of the caller-bound conversation vaults (sf_vault_*) and of an exchange's summary for metrics
// (sf_exchange_summary). Same conventions as Exports.swift; the rules are the core's CallerVaults and
// ProtocolExchange.
import SovereignFilter

@_cdecl("sf_vault_open")
public func sf_vault_open(_ e: OpaquePointer?, _ identity: UnsafePointer<CChar>?, _ identityLen: Int,
                          _ sid: UnsafePointer<CChar>?, _ sidLen: Int, _ out: UnsafeMutablePointer<OpaquePointer?>?) -> SFStatus {
    openVault(e, identity, identityLen, sid, sidLen, out, emptyKey: false) { vaults, who, key, engine in
        try vaults.open(identity: who, sessionID: key, engine: engine)
    }
}

@_cdecl("sf_vault_open_response")
public func sf_vault_open_response(_ e: OpaquePointer?, _ identity: UnsafePointer<CChar>?, _ identityLen: Int,
                                   _ prev: UnsafePointer<CChar>?, _ prevLen: Int, _ out: UnsafeMutablePointer<OpaquePointer?>?) -> SFStatus {
    openVault(e, identity, identityLen, prev, prevLen, out, emptyKey: true) { vaults, who, key, engine in
        try vaults.openResponse(identity: who, previousResponseID: key, engine: engine)
    }
}

/// The checks and hand-over both vault openers share: arguments, UTF-8, the lease boxed as an sf_session.
/// `emptyKey`: an empty conversation key is allowed (a Responses call without previous_response_id).
private func openVault(_ e: OpaquePointer?, _ identity: UnsafePointer<CChar>?, _ identityLen: Int,
                       _ key: UnsafePointer<CChar>?, _ keyLen: Int, _ out: UnsafeMutablePointer<OpaquePointer?>?, emptyKey: Bool,
                       _ open: (CallerVaults, [UInt8], [UInt8], Engine) throws -> CallerVaults.Lease) -> SFStatus {
    guard let out else { return SF_E_INVALID_ARGUMENT }
    out.pointee = nil
    guard let rt = runtime(e), let who = input(identity, identityLen), who.count > 0, let k = input(key, keyLen), emptyKey || k.count > 0 else {
        return SF_E_INVALID_ARGUMENT
    }
    var ascii = false
    guard UTF8Check.firstInvalid(who, allASCII: &ascii) == nil, UTF8Check.firstInvalid(k, allASCII: &ascii) == nil else {
        return SFError.Code.invalidUTF8.rawValue
    }
    do {
        let lease = try open(CallerVaults(runtime: rt), Array(who), Array(k), rt.engine)
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
