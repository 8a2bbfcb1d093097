import Foundation
import SovereignFilter

/// `incident lookup`: did a given customer's value appear? The value is hashed the way the runtime
/// hashed what it found (canonical form, keyed with the log's `log.session_key`) and compared with the
/// records' `values`; the log never held the value itself. Without the key no hash can be made — and
/// with a random per-process key (no `log.session_key`) the records cannot be matched at all.
public struct AffectedLookup {
    public struct Hit { public var ts: Date; public var feature: String; public var direction: String; public var verdict: String; public var host: String }
    public var type: String
    public var hits: [Hit] = []

    public static func run(value: String, type: String, runtime: Runtime, logs: [String], since: Date?, until: Date?,
                           region: String?) throws -> AffectedLookup {
        guard runtime.logKeyGiven, let hash = try runtime.valueHash(type: type, value: value) else {
            throw ReportError("lookup needs the policy whose log.session_key wrote the log (--policy FILE): without it no hash matches")
        }
        var out = AffectedLookup(type: type)
        for r in try LogFiles.records(LogFiles.expand(logs), since: since, until: until, region: region)
        where r.values[type]?.contains(hash) == true {
            out.hits.append(Hit(ts: r.ts, feature: r.feature, direction: r.direction, verdict: r.verdict, host: r.host))
        }
        return out
    }

    public func text() -> String {
        guard let first = hits.first, let last = hits.last else { return "not found: no record in the window holds this \(type)\n" }
        let f = ISO8601DateFormatter()
        var s = "FOUND: this \(type) appears in \(hits.count) record(s), first \(f.string(from: first.ts)), last \(f.string(from: last.ts))\n"
        for h in hits.prefix(50) {
            s += "- \(f.string(from: h.ts)) \(h.feature) \(h.direction) \(h.verdict)\(h.host.isEmpty ? "" : " on \(h.host)")\n"
        }
        if hits.count > 50 { s += "- … \(hits.count - 50) more\n" }
        return s
    }
}
