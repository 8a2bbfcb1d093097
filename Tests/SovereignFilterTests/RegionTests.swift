import Testing
@testable import SovereignFilter

/// Regional isolation (policy `region`) and the log's keyed value hashes (who was affected).
struct RegionTests {
    func engine(_ region: String?, key: String = "one session key for both regions") throws -> Engine {
        let r = region.map { #", "region": "\#($0)""# } ?? ""
        return try Engine(policyJSON: Array(#"{"session_key": "\#(key)"\#(r)}"#.utf8))
    }

    func sealed(_ e: Engine) throws -> [UInt8] {
        let s = Session()
        _ = try e.redact("mail anna.schmidt@example.org", session: s)
        return try e.export(s)
    }

    @Test func aSessionOpensInItsRegionOnly() throws {
        let eu = try engine("eu-central"), us = try engine("us-east"), none = try engine(nil)
        let blob = try sealed(eu)
        #expect(blob.starts(with: Array("sf2.eu-central.".utf8)))
        let back = try eu.importSession(blob)
        #expect(String(decoding: back.restore(Array("<EMAIL_1>".utf8)), as: UTF8.self) == "anna.schmidt@example.org")
        for other in [us, none] {
            do { _ = try other.importSession(blob); Issue.record("opened in another region") } catch let e as SFError {
                #expect(e.code == .region && e.message.contains("eu-central"))
            }
        }
        // A session sealed without a region does not open in a region either; it does where there is none.
        let plain = try sealed(none)
        #expect(plain.starts(with: Array("sf1.".utf8)))
        #expect(throws: SFError(.region, "sealed session of region (none) refused: this engine serves region eu-central")) { try eu.importSession(plain) }
        _ = try none.importSession(plain)
    }

    @Test func theRegionCannotBeRewritten() throws {
        let eu = try engine("eu-central"), us = try engine("us-east")
        var blob = try sealed(eu)
        // The clear region is the authenticated data: renamed, the blob no longer opens anywhere.
        blob.replaceSubrange(0..<"sf2.eu-central.".utf8.count, with: Array("sf2.us-east.".utf8))
        do { _ = try us.importSession(blob); Issue.record("a relabelled session opened") } catch let e as SFError {
            #expect(e.code == .invalidArgument)
        }
        for bad in ["sf2.", "sf2.EU.abc", "sf2.eu central.abc", "sf3.x.abc"] {
            do { _ = try eu.importSession(Array(bad.utf8)); Issue.record("\(bad) opened") } catch let e as SFError {
                #expect(e.code == .invalidArgument, "\(bad)")
            }
        }
    }

    @Test func regionNamesAreChecked() throws {
        for bad in [#""""#, #""EU""#, #""eu central""#, "7", #""\#(String(repeating: "a", count: 33))""#] {
            #expect(throws: SFError.self) { try Policy(json: Array(#"{"region": \#(bad)}"#.utf8)) }
        }
        #expect(try Policy(json: Array(#"{"region": "eu-central-2"}"#.utf8)).region == "eu-central-2")
        #expect(ProtocolFailure.from(SFError(.region, "x")).status == 421)
        #expect(ProtocolFailure.from(SFError(.region, "x")).code == "wrong_region")
        #expect(SFError.Code.region.description == "SF_E_REGION")
    }

    @Test func logRecordsCarryRegionPolicyAndKeyedValueHashes() throws {
        let dir = tempDir()
        let policy = #"{"state_dir": "\#(dir)", "region": "eu-central", "log": {"session_key": "log key for the value hashes"}}"#
        let rt = try Runtime(policyJSON: Array(policy.utf8))
        for text in ["mail Anna.Schmidt@Example.org and bob@example.net", "again anna.schmidt@example.org"] {
            let input = Array(text.utf8)
            _ = try rt.guarded(CallContext(feature: "support_chat")) {
                let r = try rt.engine.redact(input)
                return (r, .redaction(r, source: input))
            }
        }
        let reply = try rt.guarded(CallContext(feature: "support_chat", direction: "reply")) {
            let c = try rt.engine.checkOutput("Other customer: carol@example.com", session: nil)
            return (c, .reply(c))
        }
        #expect(reply.verdict == .redact)
        let lines = readLines(dir + "/inference.jsonl")
        let records = lines.compactMap { try? JSON.parse($0) }
        #expect(records.count == 3 && records.allSatisfy { $0["region"]?.stringValue == "eu-central" })
        #expect(records.allSatisfy { $0["policy"]?.stringValue == rt.policy.fingerprint })
        #expect(records[0]["policy_summary"]?["region"]?.stringValue == "eu-central" && records[1]["policy_summary"] == nil)
        let anna = try #require(try rt.valueHash(type: "EMAIL", value: "anna.schmidt@example.org"))
        // Two spellings, one value: the same keyed hash in both records.
        let first = records[0]["values"]?["EMAIL"], second = records[1]["values"]?["EMAIL"]
        guard case .array(let a)? = first, case .array(let b)? = second else { Issue.record("no value hashes"); return }
        #expect(a.count == 2 && a.contains(.string(anna)) && b == [.string(anna)])
        let carol = try #require(try rt.valueHash(type: "EMAIL", value: "carol@example.com"))
        #expect(records[2]["values"]?["EMAIL"] == .array([.string(carol)]))
        // The values themselves are nowhere in the log.
        let raw = String(decoding: Array(lines.joined(separator: [0x0A])), as: UTF8.self).lowercased()
        #expect(!raw.contains("anna.schmidt") && !raw.contains("carol@") && !raw.contains("bob@"))
        // Another key, another hash: the hashes say nothing without the log's key.
        let other = try Runtime(policyJSON: Array(#"{"state_dir": "\#(dir)", "log": {"session_key": "some other key, 16+ bytes"}}"#.utf8))
        #expect(try other.valueHash(type: "EMAIL", value: "anna.schmidt@example.org") != anna)
        #expect(try rt.valueHash(type: "PHONE", value: "anna.schmidt@example.org") != anna)
    }

    @Test func protocolRepliesRecordTheValueHashesOfEveryString() throws {
        let dir = tempDir()
        let rt = try Runtime(policyJSON: Array(#"{"state_dir": "\#(dir)", "log": {"session_key": "log key for the value hashes"}}"#.utf8))
        var rf = ReplyFilter(engine: rt.engine, session: Session())
        _ = try rf.filter(try JSON.parse(Array(#"{"choices": [{"message": {"content": "Mail carol@example.com"}}, {"message": {"content": "or dave@example.com"}}]}"#.utf8)))
        var tally = ReplyFilter.Tally()
        tally.add(rf)
        #expect(tally.subjects.count == 2 && tally.counts == ["EMAIL": 2])
        try rt.guarded(CallContext(feature: "gateway", direction: "reply")) { () throws -> ((), CallOutcome?) in
            var o = CallOutcome(verdict: tally.verdict.rawValue, entities: tally.counts, rules: tally.rules)
            o.moreSubjects = tally.subjects
            return ((), o)
        }
        let rec = try #require(readLines(dir + "/inference.jsonl").last.flatMap { try? JSON.parse($0) })
        let carol = try #require(try rt.valueHash(type: "EMAIL", value: "carol@example.com"))
        let dave = try #require(try rt.valueHash(type: "EMAIL", value: "dave@example.com"))
        #expect(rec["values"]?["EMAIL"] == .array([carol, dave].sorted().map { .string($0) }))
    }
}
