import AsyncHTTPClient
import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import NIOHTTP1
import SovereignFilter

/// The reply path: a JSON reply checked whole, an SSE reply relayed event by event, and the log,
/// metrics, vault save and canary signals once per reply.
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
            out = try x.filterReply(Array(body.readableBytesView), contentType: ctype)
        } catch let f as GatewayFailure {
            if f.code == "upstream_unreadable" { metrics.upstreamError(ctx.upstream, kind: "unreadable") }
            finishReply(ctx, verdict: .block, counts: x.reply.counts, rules: x.reply.rules)
            throw f
        }
        if let id = x.responseID { alias(ctx, responseID: id) }
        finishReply(ctx, verdict: x.reply.verdict, counts: x.reply.counts, rules: x.reply.rules)
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
                self.metrics.upstreamError(upstream, kind: "timeout")
                failure = .upstreamTimeout("the model upstream stopped answering mid-reply")
            } catch {
                self.metrics.upstreamError(upstream, kind: "body")
                failure = .upstream("the model upstream's reply broke off")
            }
            if let failure {
                // Headers are out: the error travels as an event. Nothing held back is released.
                try? await writer.write(ByteBuffer(bytes: x.streamErrorFrames(failure)))
            }
            if x.streamBlocked { self.metrics.block(reason: "reply_block") }
            var verdict = x.reply.verdict
            if failure != nil || x.streamBlocked { verdict = .block }
            if verdict != .block, let id = x.responseID { self.alias(ctx, responseID: id) }
            self.finishReply(ctx, verdict: verdict, counts: x.reply.counts, rules: x.reply.rules)
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

    /// Log, metrics, session save and the canary's detector, once per reply.
    func finishReply(_ ctx: Context, verdict: Verdict, counts: [String: Int], rules: [String]) {
        let engine = ctx.engine, upstream = ctx.upstream, sid = ctx.sid, lease = ctx.lease
        metrics.findings(direction: "reply", counts)
        let findings = counts.flatMap { t, n in (0..<n).map { _ in Finding(start: 0, end: 0, type: EntityType(t), score: 1) } }
        let feature = upstream == "canary" ? "gateway.canary" : Gateway.feature
        do {
            try engine.record(feature: feature, direction: "reply", verdict: verdict.rawValue, findings: findings, rules: rules, sessionID: sid)
        } catch {
            FileHandle.standardError.write(Data("sovereign-gateway: inference log append failed: \(error)\n".utf8))
        }
        if upstream == "canary" {
            var signals = counts
            if verdict == .block { signals["BLOCK", default: 0] += 1 }
            if rules.contains("canary") { signals["CANARY", default: 0] += 1 }
            if canary.observe(signals, engine: engine) != nil { metrics.canary(rolledBack: true) }
        }
        try? lease.save(engine: engine)
    }
}

/// Set once by the stream that ends, read by `answer` to count its latency.
final class EndBox: @unchecked Sendable {
    // @unchecked: written before the body runs (by `answer`), read once when the body ends.
    var end: (@Sendable () -> Void)?
}
