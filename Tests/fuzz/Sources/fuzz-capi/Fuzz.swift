// libFuzzer entry: drives the C ABI with a random sequence of calls decoded from the input — NULL
// handles, NULL or short buffers, foreign and freed-then-reused handles excluded (those are caller bugs
// C cannot detect). Every call must return a valid status, never crash, and every buffer is freed.
import SovereignFilterC

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ d: UnsafePointer<UInt8>, _ n: Int) -> CInt {
    var data = Array(UnsafeBufferPointer(start: d, count: n))
    var engines: [OpaquePointer] = []
    var sessions: [OpaquePointer] = []
    var sealed: [[UInt8]] = []
    func take(_ k: Int) -> [UInt8] {
        let m = min(k, data.count)
        let out = Array(data.prefix(m))
        data.removeFirst(m)
        return out
    }
    func check(_ s: Int32) { precondition(s >= 0 && s <= 9, "invalid status \(s)") }
    func freeBuf(_ b: OpaquePointer?) {
        if let b { precondition(sf_buffer_len(b) >= 0 && sf_buffer_data(b) != nil) }
        sf_buffer_free(b)
    }
    while !data.isEmpty && engines.count < 4 && sessions.count < 16 {
        let op = take(1)[0]
        let len = Int(take(1).first ?? 0)
        let bytes = take(len)
        bytes.withUnsafeBufferPointer { p in
            let ptr = UnsafeRawPointer(p.baseAddress)?.assumingMemoryBound(to: CChar.self)
            let e = engines.isEmpty ? nil : engines[Int(op) % engines.count]
            let s = sessions.isEmpty ? nil : sessions[Int(op) % sessions.count]
            var out: OpaquePointer? = nil
            var out2: OpaquePointer? = nil
            switch op % 10 {
            case 0:
                var eng: OpaquePointer? = nil
                let st = sf_engine_new(op & 0x80 != 0 ? ptr : nil, op & 0x80 != 0 ? p.count : 0, &eng, &out)
                check(st)
                freeBuf(out)
                if let eng { engines.append(eng) }
            case 1: check(sf_scan(e, ptr, p.count, &out)); freeBuf(out)
            case 2: check(sf_redact(e, s, ptr, p.count, &out, &out2)); freeBuf(out); freeBuf(out2)
            case 3: if let ns = sf_session_new(e) { sessions.append(ns) }
            case 4: check(sf_restore(s, ptr, p.count, &out)); freeBuf(out)
            case 5:
                check(sf_session_export(s, &out))
                if let out { sealed.append(Array(UnsafeRawBufferPointer(start: sf_buffer_data(out), count: sf_buffer_len(out)))) }
                freeBuf(out)
            case 6:
                var blob = sealed.isEmpty ? Array(p) : sealed[Int(op) % sealed.count]
                if op & 0x40 != 0 && !blob.isEmpty { blob[Int(op) % blob.count] ^= 1 }
                var ns: OpaquePointer? = nil
                blob.withUnsafeBufferPointer { b in
                    check(sf_session_import(e, UnsafeRawPointer(b.baseAddress)?.assumingMemoryBound(to: CChar.self), b.count, &ns))
                }
                if let ns { sessions.append(ns) }
            case 7: check(sf_check_output(e, s, ptr, p.count, &out)); freeBuf(out)
            case 8: check(sf_check_prompt(e, ptr, p.count, &out)); freeBuf(out)
            default:
                if let st = sf_stream_new(e, s) {
                    var rest = Array(p)
                    while !rest.isEmpty {
                        let k = min(rest.count, Int(op % 7) + 1)
                        let chunk = Array(rest.prefix(k))
                        rest.removeFirst(k)
                        chunk.withUnsafeBufferPointer { c in
                            check(sf_stream_push(st, UnsafeRawPointer(c.baseAddress)?.assumingMemoryBound(to: CChar.self), c.count, &out))
                        }
                        freeBuf(out)
                        out = nil
                    }
                    var v: Int32 = 0
                    check(sf_stream_finish(st, &out, &v))
                    freeBuf(out)
                    sf_stream_free(st)
                }
            }
        }
    }
    for s in sessions { sf_session_free(s) }
    for e in engines { sf_engine_free(e) }
    return 0
}
