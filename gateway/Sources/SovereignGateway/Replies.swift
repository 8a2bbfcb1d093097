import AsyncHTTPClient
import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import NIOHTTP1
import SovereignFilter

/// The reply path: a JSON reply checked whole, an SSE reply relayed event by event, each as one guarded
/// call of the core's `Runtime` (kill switch, the check, the log record); then metrics, vault save and
/// canary signals once per reply.
extension Gateway {
    /// A JSON reply read whole, checked string by string. Anything else (a text or HTML page, bytes) is
    /// not forwarded: the gateway forwards only what it can inspect.
    func whole(_ resp: HTTPClientResponse, _ ctx: Context, ctype: String) async throws -> Answer {
        let body: ByteBuffer
        do { body = try await resp.body.collect(upTo: config.maxBodyBytes) } catch let e as HTTPClientError where e == .readTimeout || e == .deadlineExceeded {
            metrics.upstreamError(ctx.upstream, kind: "timeout")
            throw GatewayFailure.upstreamTimeout("the model upstream stopped answering")
        } catch {
            metrics.upstreamError(ctx.upstream, kind: "body")
            throw GatewayFailure.upstream("the model upstream's answer could not be read")
        }
        let status = Int(resp.status.code)
        if !(200..<300).contains(status) { metrics.upstreamError(ctx.upstream, kind: "status") }
        let x = ctx.protocolExchange.x
        let out: [UInt8]
        do {
            out = try ctx.runtime.guarded(replyCall(ctx), onFailure: { _ in Gateway.outcome(x, .block) }) {
                let out = try x.filterReply(Array(body.readableBytesView), contentType: ctype)
                return (out, Gateway.outcome(x, x.reply.verdict))
            }
        } catch let f as GatewayFailure {
            if f.code == "upstream_unreadable" { metrics.upstreamError(ctx.upstream, kind: "unreadable") }
            finishReply(ctx, verdict: .block, counts: x.reply.counts)
            throw f
        }
        if let id = x.responseID { alias(ctx, responseID: id) }
        finishReply(ctx, verdict: x.reply.verdict, counts: x.reply.counts)
        var h: HTTPFields = [.contentType: "application/json"]
        if let sid = ctx.sid { h[HTTPField.Name("x-session-id")!] = sid }
        return Answer(status: status, response: Response(status: .init(code: status), headers: h, body: .init(byteBuffer: ByteBuffer(bytes: out))))
    }

    /// A Responses-API reply: its id continues the conversation (`previous_response_id`) in this vault,
    /// for this caller only.
    func alias(_ ctx: Context, responseID: String) {
        guard let name = ctx.lease.name, let scope = binding.responseScope(identity: ctx.identity, responseID: responseID) else { return }
        sessions.setAlias(scope, target: name)
    }

    /// An SSE reply relayed event by event as soon as each piece is safe.
    func streamed(_ resp: HTTPClientResponse, _ ctx: Context) -> Answer {
        let box = EndBox()
        let upstream = ctx.upstream
        let body = ResponseBody { writer in
            defer { ctx.lease.close() }
            let x = ctx.protocolExchange.x
            var verdict = Verdict.block
            do {
                try await ctx.runtime.guarded(self.replyCall(ctx)) { () async throws -> ((), CallOutcome?) in
                    verdict = try await self.relay(resp, x, &writer, upstream: upstream)
                    if verdict != .block, let id = x.responseID { self.alias(ctx, responseID: id) }
                    return ((), Gateway.outcome(x, verdict))
                }
            } catch let e as SFError where e.code == .disabled {
                try? await writer.write(ByteBuffer(bytes: x.streamErrorFrames(.disabled("AI features are switched off (kill switch); the reply was stopped"))))
            } catch {
                FileHandle.standardError.write(Data("sovereign-gateway: inference log append failed: \(error)\n".utf8))
            }
            self.finishReply(ctx, verdict: verdict, counts: x.reply.counts)
            try await writer.finish(nil)
            box.end?()
        }
        var h: HTTPFields = [.contentType: "text/event-stream", .cacheControl: "no-cache"]
        if let sid = ctx.sid { h[HTTPField.Name("x-session-id")!] = sid }
        var a = Answer(status: 200, response: Response(status: .ok, headers: h, body: body))
        a.streamed = true
        a.onEnd = { route, start in
            box.end = {
                let d = ContinuousClock.now - start
                self.metrics.request(route: route, status: 200, seconds: Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18)
            }
        }
        return a
    }

    /// Relays the upstream's events as soon as each piece is safe; a failure ends the stream with its
    /// error event(s), nothing held back released. Returns the reply's verdict.
    func relay(_ resp: HTTPClientResponse, _ x: ProtocolExchange, _ writer: inout any ResponseBodyWriter, upstream: String) async throws -> Verdict {
        var failure: GatewayFailure? = nil
        do {
            loop: for try await chunk in resp.body {
                let events = try x.pushStream(Array(chunk.readableBytesView))
                if !events.isEmpty { try await writer.write(ByteBuffer(bytes: events)) }
                if x.streamBlocked || x.streamDone { break loop }
            }
            let rest = try x.finishStream()
            if !rest.isEmpty { try await writer.write(ByteBuffer(bytes: rest)) }
        } catch let f as GatewayFailure {
            failure = f
        } catch let e as SFError {
            failure = GatewayFailure.from(e)
        } catch let e as HTTPClientError where e == .readTimeout || e == .deadlineExceeded {
            metrics.upstreamError(upstream, kind: "timeout")
            failure = .upstreamTimeout("the model upstream stopped answering mid-reply")
        } catch {
            metrics.upstreamError(upstream, kind: "body")
            failure = .upstream("the model upstream's reply broke off")
        }
        if let failure {
            // Headers are out: the error travels as an event. Nothing held back is released.
            try? await writer.write(ByteBuffer(bytes: x.streamErrorFrames(failure)))
        }
        if x.streamBlocked { metrics.block(reason: "reply_block") }
        return failure != nil || x.streamBlocked ? .block : x.reply.verdict
    }

    /// The guarded call of a reply: the gateway's feature, or the canary's for the canary upstream.
    func replyCall(_ ctx: Context) -> CallContext {
        CallContext(feature: ctx.upstream == "canary" ? "gateway.canary" : Gateway.feature, direction: "reply", sessionID: ctx.sid)
    }

    /// What the log records of a reply.
    static func outcome(_ x: ProtocolExchange, _ verdict: Verdict) -> CallOutcome {
        var o = CallOutcome(verdict: verdict.rawValue, entities: x.reply.counts, rules: x.reply.rules)
        o.moreSubjects = x.reply.subjects  // whole replies: the keyed hashes of what was redacted or blocked
        return o
    }

    /// Metrics, session save and the canary's detector, once per reply (the log record is the guarded
    /// call's).
    func finishReply(_ ctx: Context, verdict: Verdict, counts: [String: Int]) {
        let x = ctx.protocolExchange.x
        metrics.findings(direction: "reply", counts)
        if ctx.upstream == "canary" {
            var signals = counts
            if verdict == .block { signals["BLOCK", default: 0] += 1 }
            if x.reply.rules.contains("canary") { signals["CANARY", default: 0] += 1 }
            if canary.observe(signals, runtime: ctx.runtime) != nil { metrics.canary(rolledBack: true) }
        }
        try? ctx.lease.save(engine: ctx.engine)
    }
}

/// Set once by the stream that ends, read by `answer` to count its latency.
final class EndBox: @unchecked Sendable {
    // @unchecked: written before the body runs (by `answer`), read once when the body ends.
    var end: (@Sendable () -> Void)?
}
