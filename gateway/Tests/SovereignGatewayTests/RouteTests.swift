import Foundation
import Testing
import SovereignFilter
@testable import SovereignGateway

/// Every reply is checked, whatever the route (issue 14, items 2 and 3).
@Suite(.serialized) struct RouteTests {
    static let me = ("authorization", "Bearer routes-test")
    static let text = "Mail anna.schmidt@example.com about card 4111 1111 1111 1111 now"

    @Test func responsesAPIPlainAndStreamedIsPseudonymizedAndRestored() async throws {
        let up = StandIn(.echo(prefix: "Re: "))
        try await withGateway(upstream: up) { _, port in
            let extra = #","instructions":"You are the shop's assistant. Never reveal supplier terms.""#
            for stream in [false, true] {
                let r = try await post(port, "/v1/responses", json: responsesRequest(Self.text, stream: stream, extra: extra), headers: [Self.me])
                #expect(r.status == 200, "\(r.body)")
                var wholes: [String] = []
                #expect(try responsesText(r, wholes: &wholes) == "Re: " + Self.text, "stream=\(stream): \(r.body)")
                for w in wholes { #expect(w == "Re: " + Self.text, "the .done and completed events repeat the restored text") }
                if stream { #expect(wholes.count == 3) }
                // The echoed instructions are the client's own, byte for byte.
                #expect(r.body.contains("Never reveal supplier terms"))
            }
            for rec in up.requests {
                #expect(!rec.body.contains("anna.schmidt") && !folded(rec.body).contains("4111111111111111"), "\(rec.body)")
            }
        }
    }

    @Test func responsesInputItemsContentPartsAndFunctionOutputs() async throws {
        let up = StandIn(.echo(prefix: ""))
        try await withGateway(upstream: up) { _, port in
            let body = #"""
            {"model":"m","input":[
              {"role":"user","content":[{"type":"input_text","text":"I am Anna Weber, anna.weber@example.de"}]},
              {"type":"function_call","call_id":"call_1","name":"lookup","arguments":"{\"email\":\"anna.weber@example.de\"}"},
              {"type":"function_call_output","call_id":"call_1","output":"{\"customer\":\"Anna Weber\",\"iban\":\"DE89 3704 0044 0532 0130 00\",\"phone\":\"+49 30 1234567\"}"}]}
            """#
            let r = try await post(port, "/v1/responses", json: body, headers: [Self.me])
            #expect(r.status == 200, "\(r.body)")
            var w: [String] = []
            #expect(try responsesText(r, wholes: &w) == "I am Anna Weber, anna.weber@example.de")
            let seen = up.requests[0].body
            for v in ["anna.weber", "DE89", "1234567", "Anna Weber"] { #expect(!seen.contains(v), "\(v) in \(seen)") }
            #expect(seen.contains("call_1") && seen.contains("function_call_output"), "ids and types pass")
        }
    }

    @Test func responsesStreamRestoresAPseudonymCutAtEveryPosition() async throws {
        let up = StandIn(.echo(prefix: ""))
        let text = "Mail anna.schmidt@example.com now"
        try await withGateway(upstream: up) { _, port in
            let sid = ("x-session-id", "resp-cut")
            _ = try await post(port, "/v1/responses", json: responsesRequest(text), headers: [Self.me, sid])
            let upstreamText = "Re: " + StandIn.responsesInput(try JSON.parse(up.requests[0].body))
            #expect(upstreamText.contains("<EMAIL_1>"))
            for k in 1..<upstreamText.utf8.count {
                up.mode.withLock { $0 = .split(prefix: "Re: ", cuts: [k]) }
                let r = try await post(port, "/v1/responses", json: responsesRequest(text, stream: true), headers: [Self.me, sid])
                var w: [String] = []
                #expect(try responsesText(r, wholes: &w) == "Re: " + text, "cut at \(k): \(r.body)")
                #expect(w.allSatisfy { $0 == "Re: " + text })
            }
            up.mode.withLock { $0 = .split(prefix: "Re: ", cuts: Array(1..<upstreamText.utf8.count)) }
            let r = try await post(port, "/v1/responses", json: responsesRequest(text, stream: true), headers: [Self.me, sid])
            var w: [String] = []
            #expect(try responsesText(r, wholes: &w) == "Re: " + text)
        }
    }

    @Test func responsesFunctionCallArgumentsAreRestoredPlainAndStreamed() async throws {
        let up = StandIn(.echo(prefix: ""))
        try await withGateway(upstream: up) { _, port in
            let sid = ("x-session-id", "tools")
            _ = try await post(port, "/v1/responses", json: responsesRequest("send it to anna.weber@example.de"), headers: [Self.me, sid])
            #expect(up.requests[0].body.contains("<EMAIL_1>"))
            up.mode.withLock { $0 = .functionCall(name: "send_mail", arguments: #"{"to":"<EMAIL_1>","note":"thanks"}"#) }
            for stream in [false, true] {
                let r = try await post(port, "/v1/responses", json: responsesRequest("go", stream: stream), headers: [Self.me, sid])
                var w: [String] = []
                let args = try responsesText(r, wholes: &w)
                let parsed = try JSON.parse(args)
                #expect(parsed["to"]?.stringValue == "anna.weber@example.de" && parsed["note"]?.stringValue == "thanks", "stream=\(stream): \(args)")
                for whole in w { #expect(try JSON.parse(whole)["to"]?.stringValue == "anna.weber@example.de", "\(whole)") }
            }
            // Chat tool calls too.
            let c = try await post(port, json: chat("go"), headers: [Self.me, sid])
            #expect(c.body.contains("anna.weber@example.de") && !c.body.contains("<EMAIL_1>"), "\(c.body)")
        }
    }

    @Test func responsesRepliesWithForeignDataAreRedactedAndSecretsWithheld() async throws {
        let up = StandIn(.fixed("Write to bob.miller@example.org today"))
        try await withGateway(upstream: up) { _, port in
            for stream in [false, true] {
                let r = try await post(port, "/v1/responses", json: responsesRequest("news?", stream: stream), headers: [Self.me])
                #expect(!r.body.contains("bob.miller"), "stream=\(stream): \(r.body)")
                var w: [String] = []
                #expect(try responsesText(r, wholes: &w).contains("[EMAIL]"))
            }
            up.mode.withLock { $0 = .fixed("the key is AKIAZ3MHJ2EXQ7T4PL6W ok") }
            let r = try await post(port, "/v1/responses", json: responsesRequest("key?"), headers: [Self.me])
            #expect(r.status == 400 && r.body.contains("reply_block") && !r.body.contains("AKIA"), "\(r.body)")
            let s = try await post(port, "/v1/responses", json: responsesRequest("key?", stream: true), headers: [Self.me])
            #expect(s.body.contains("event: error") && s.body.contains("reply_block") && !s.body.contains("AKIA"), "\(s.body)")
        }
    }

    @Test func previousResponseIDContinuesTheVaultForItsCallerOnly() async throws {
        let up = StandIn(.echo(prefix: ""))
        try await withGateway(upstream: up) { _, port in
            // No x-session-id: the conversation is carried by the upstream's response id.
            let first = try await post(port, "/v1/responses", json: responsesRequest("I am anna.weber@example.de"), headers: [Self.me])
            let id = try #require(try JSON.parse(first.body)["id"]?.stringValue)
            up.mode.withLock { $0 = .fixed("You are <EMAIL_1>.") }
            let next = responsesRequest("who am I?", extra: #","previous_response_id":"\#(id)""#)
            var w: [String] = []
            let mine = try await post(port, "/v1/responses", json: next, headers: [Self.me])
            #expect(try responsesText(mine, wholes: &w) == "You are anna.weber@example.de.", "\(mine.body)")
            let other = try await post(port, "/v1/responses", json: next, headers: [("authorization", "Bearer someone-else")])
            #expect(!other.body.contains("anna.weber"), "another caller with the same response id: \(other.body)")
            let nobody = try await post(port, "/v1/responses", json: next)
            #expect(!nobody.body.contains("anna.weber"), "no identity: \(nobody.body)")
        }
    }

    @Test func unknownRoutesAreCheckedAndUnreadableRepliesRefused() async throws {
        let up = StandIn(.raw(contentType: "application/json",
                              body: #"{"result":{"note":"customer bob.miller@example.org, card 5500 0000 0000 0004","id":"x1"},"n":5500000000000004}"#))
        try await withGateway(upstream: up) { _, port in
            let r = try await post(port, "/v1/some/new/endpoint", json: #"{"q":"hello"}"#, headers: [Self.me])
            #expect(r.status == 200 && r.body.contains("[EMAIL]"), "\(r.body)")
            #expect(!r.body.contains("bob.miller") && !folded(r.body).contains("5500000000000004"), "\(r.body)")
            for (ctype, body) in [("text/plain", "card 5500 0000 0000 0004"), ("text/html", "<p>bob.miller@example.org</p>"),
                                  ("application/json", "{\"truncated\": \"bob.miller@exa"), ("application/octet-stream", "\u{1}\u{2}5500000000000004")] {
                up.mode.withLock { $0 = .raw(contentType: ctype, body: body) }
                let x = try await post(port, "/v1/some/new/endpoint", json: #"{"q":"hello"}"#, headers: [Self.me])
                #expect(x.status == 502 && x.body.contains("upstream_unreadable"), "\(ctype): \(x.status) \(x.body)")
                #expect(!x.body.contains("bob.miller") && !folded(x.body).contains("5500000000000004"))
            }
        }
    }

    @Test func jsonInsideJSONStringsIsFilteredMemberByMember() async throws {
        let up = StandIn(.echo(prefix: ""))
        try await withGateway(upstream: up) { _, port in
            // A tool result serialized with Python's json.dumps: non-ASCII as \u escapes, inside a string.
            let tool = #"{\"customer\": \"J\\u00fcrgen Wei\\u00dfenbach\", \"ship_to\": \"Goethestra\\u00dfe 12, 10115 Berlin\", \"email\": \"juergen.weissenbach@example.de\"}"#
            let body = #"""
            {"model":"m","messages":[
              {"role":"user","content":"where is my parcel?"},
              {"role":"assistant","content":null,"tool_calls":[{"id":"call_1","type":"function","function":{"name":"lookup_customer","arguments":"{}"}}]},
              {"role":"tool","tool_call_id":"call_1","content":"\#(tool)"},
              {"role":"user","content":"Mein Name ist J\\u00fcrgen Wei\\u00dfenbach"}]}
            """#
            let r = try await post(port, json: body, headers: [Self.me])
            #expect(r.status == 200, "\(r.body)")
            let seen = up.requests[0].body
            for v in ["Weißenbach", "Wei\\u00dfenbach", "Wei\\\\u00dfenbach", "Goethestra", "juergen.weissenbach", "J\\u00fcrgen", "Jürgen"] {
                #expect(!seen.contains(v), "\(v) reached the model: \(seen)")
            }
            #expect(seen.contains("10115") == false || seen.contains("<ADDRESS"), "\(seen)")
        }
    }
}
