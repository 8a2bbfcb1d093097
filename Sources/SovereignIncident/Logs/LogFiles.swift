import Foundation
import SovereignFilter

/// The inference log as the incident tools read it: every file a name stands for (the live file and its
/// rotated parts `log.N … log.1`, oldest first, as `InferenceLog` rotates them) and its records parsed
/// once, with their time, region and what they found. Lines that are not records are skipped here (the
/// chain verification in the evidence bundle is where a broken file is reported).
public enum LogFiles {
    /// `path` and its rotated parts that exist, oldest first; a name given twice counts once.
    public static func expand(_ paths: [String]) -> [String] {
        var out: [String] = []
        for p in paths {
            var parts: [String] = []
            var k = 1
            while FileManager.default.fileExists(atPath: "\(p).\(k)") { parts.append("\(p).\(k)"); k += 1 }
            for f in parts.reversed() + [p] where !out.contains(f) { out.append(f) }
        }
        return out
    }

    /// One record, as the reports need it.
    public struct Record {
        public var ts: Date
        public var value: JSONValue
        public var feature: String { value["feature"]?.stringValue ?? "default" }
        public var direction: String { value["direction"]?.stringValue ?? "" }
        public var verdict: String { value["verdict"]?.stringValue ?? "" }
        public var region: String? { value["region"]?.stringValue }
        public var host: String { value["host"]?.stringValue ?? "" }
        public var detail: String { value["detail"]?.stringValue ?? "" }
        public var rules: [String] {
            if case .array(let rs)? = value["rules"] { return rs.compactMap { $0.stringValue } }
            return []
        }
        public var entities: [String: Int] {
            guard case .object(let es)? = value["entities"] else { return [:] }
            var out: [String: Int] = [:]
            for e in es { out[e.key, default: 0] += Int(e.value.doubleValue ?? 0) }
            return out
        }
        /// Keyed hashes of the values found, per type (`LogRecord.values`).
        public var values: [String: [String]] {
            guard case .object(let vs)? = value["values"] else { return [:] }
            var out: [String: [String]] = [:]
            for v in vs { if case .array(let hs) = v.value { out[v.key, default: []] += hs.compactMap { $0.stringValue } } }
            return out
        }
    }

    /// The records of `files` (already expanded) in the window and region, in file order; throws when a
    /// file cannot be read (a report over missing evidence must not look complete).
    public static func records(_ files: [String], since: Date? = nil, until: Date? = nil, region: String? = nil) throws -> [Record] {
        var out: [Record] = []
        // Formatters are costly to make: one pair for the whole read, not one per record.
        let fractional = ISO8601DateFormatter(), whole = ISO8601DateFormatter()
        fractional.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        whole.formatOptions = [.withInternetDateTime]
        for path in files {
            guard let bytes = FileManager.default.contents(atPath: path).map(Array.init) else { throw ReportError("cannot read \(path)") }
            for line in bytes.split(separator: 0x0A) where !line.isEmpty {
                guard let v = try? JSON.parse(Array(line)), let tss = v["ts"]?.stringValue,
                      let ts = fractional.date(from: tss) ?? whole.date(from: tss) else { continue }
                if let a = since, ts < a { continue }
                if let b = until, ts > b { continue }
                if let region, v["region"]?.stringValue != region { continue }
                out.append(Record(ts: ts, value: v))
            }
        }
        return out
    }
}
