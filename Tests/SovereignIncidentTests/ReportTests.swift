import Foundation
import Testing
@testable import SovereignIncident

struct ReportTests {
    func log(_ lines: [String]) -> String {
        let path = NSTemporaryDirectory() + "sf-report-\(UUID().uuidString).jsonl"
        FileManager.default.createFile(atPath: path, contents: Data((lines.joined(separator: "\n") + "\n").utf8))
        return path
    }

    let sample = [
        #"{"ts": "2026-01-30T22:00:00.000Z", "feature": "support_chat", "direction": "prompt", "verdict": "redact", "entities": {"EMAIL": 2}, "rules": [], "prev": "x"}"#,
        #"{"ts": "2026-01-31T09:15:00.000Z", "feature": "support_chat", "direction": "reply", "verdict": "block", "entities": {"CREDIT_CARD": 1}, "rules": ["canary"], "prev": "x"}"#,
        #"{"ts": "2026-01-31T10:00:00.000Z", "feature": "support_chat", "direction": "incident", "verdict": "alert", "entities": {"EMAIL": 120}, "rules": ["anomaly.EMAIL"], "detail": "outflow", "prev": "x"}"#,
    ]

    @Test func logsOfManyHostsMergeIntoOneTimeLine() throws {
        let web1 = log([
            #"{"ts": "2026-01-31T10:00:00.000Z", "feature": "chat", "direction": "prompt", "verdict": "redact", "entities": {"EMAIL": 1}, "rules": [], "host": "web1", "prev": "x"}"#,
            #"{"ts": "2026-01-31T10:05:00.000Z", "feature": "chat", "direction": "incident", "verdict": "alert", "entities": {"EMAIL": 90}, "rules": ["anomaly.EMAIL"], "detail": "outflow", "host": "web1", "prev": "x"}"#,
        ])
        let web2 = log([
            #"{"ts": "2026-01-31T10:01:00.000Z", "feature": "chat", "direction": "reply", "verdict": "block", "entities": {"IBAN": 1}, "rules": ["canary"], "host": "web2", "prev": "x"}"#,
        ])
        let r = try IncidentReport.build(logs: [web1, web2], since: nil, until: nil, awareAt: nil, jurisdiction: "EU")
        #expect(r.hosts == ["web1": 2, "web2": 1])
        #expect(r.incidents.map(\.host) == ["web2", "web1"])  // one time line across hosts
        #expect(r.markdown().contains("- Hosts: web1 (2 records), web2 (1 records)") && r.markdown().contains("canary on web2"))
        #expect(r.json().contains(#""hosts": {"web1": 2, "web2": 1}"#))
    }

    @Test func categoriesIncidentsAndDeadlinesAcrossMonthEnd() throws {
        let r = try IncidentReport.build(logs: [log(sample)], since: nil, until: nil, awareAt: nil, jurisdiction: "DE")
        #expect(r.incidents.count == 2)
        #expect(r.categories == ["CREDIT_CARD": 1, "EMAIL": 120])
        // Aware at the first incident: 2026-01-31T09:15Z.
        let d = r.deadlines
        #expect(d.count == 4)
        let iso = ISO8601DateFormatter()
        #expect(iso.string(from: d[0].due) == "2026-02-01T09:15:00Z")   // 24 h, across the month end
        #expect(iso.string(from: d[1].due) == "2026-02-03T09:15:00Z")   // 72 h
        #expect(iso.string(from: d[2].due) == "2026-02-03T09:15:00Z")   // GDPR 72 h
        #expect(iso.string(from: d[3].due) == "2026-03-03T09:15:00Z")   // one month after the notification (Feb → Mar)
    }

    @Test func deadlinesAcrossDSTKeepAbsoluteHoursAndLocalWallTime() throws {
        // Aware one hour before the spring-forward in Berlin (2026-03-29 02:00 local → 03:00).
        let r = try IncidentReport.build(logs: [log(sample)], since: nil, until: nil, awareAt: "2026-03-29T00:00:00Z", jurisdiction: "DE")
        let iso = ISO8601DateFormatter()
        #expect(iso.string(from: r.deadlines[0].due) == "2026-03-30T00:00:00Z")   // exactly 24 h later
        #expect(r.local(r.deadlines[0].due).hasPrefix("2026-03-30 02:00"))         // local time moved from 01:00 to 02:00
        // Autumn: Paris falls back on 2026-10-25; a month after 2026-09-25T12:00Z (14:00 local) is 14:00 local again.
        let r2 = try IncidentReport.build(logs: [log(sample)], since: nil, until: nil, awareAt: "2026-09-22T12:00:00Z", jurisdiction: "FR")
        #expect(r2.local(r2.deadlines[3].due).hasPrefix("2026-10-25 14:00"))
        #expect(iso.string(from: r2.deadlines[3].due) == "2026-10-25T13:00:00Z")
    }

    @Test func windowAndDeterminism() throws {
        let path = log(sample)
        let a = try IncidentReport.build(logs: [path], since: "2026-01-31T00:00:00Z", until: "2026-01-31T09:30:00Z", awareAt: nil, jurisdiction: "EU")
        #expect(a.incidents.count == 1 && a.categories == ["CREDIT_CARD": 1])
        let b = try IncidentReport.build(logs: [path], since: "2026-01-31T00:00:00Z", until: "2026-01-31T09:30:00Z", awareAt: nil, jurisdiction: "EU")
        #expect(a.markdown() == b.markdown() && a.json() == b.json())
        #expect(a.markdown().contains("GDPR notification"))
        #expect(throws: ReportError.self) { try IncidentReport.build(logs: [path], since: nil, until: nil, awareAt: nil, jurisdiction: "XX") }
    }
}
