import Foundation
import Hummingbird
import NIOCore

/// The polite answer a chat UI shows when `--block-response refusal` is set and a request or reply is
/// blocked: a normal completion (or stream) whose assistant message declines.
enum Refusal {
    static let text = "I'm sorry, but I can't help with that request."

    static func response(streaming: Bool) -> Response {
        let created = Int(Date().timeIntervalSince1970)
        if streaming {
            let body = #"data: {"id":"sf-refusal","object":"chat.completion.chunk","created":\#(created),"model":"sovereign-filter","choices":[{"index":0,"delta":{"role":"assistant","content":"\#(text)"},"finish_reason":"stop"}]}"# + "\n\ndata: [DONE]\n\n"
            return Response(status: .ok, headers: [.contentType: "text/event-stream", .cacheControl: "no-cache"],
                            body: .init(byteBuffer: ByteBuffer(string: body)))
        }
        let body = #"{"id":"sf-refusal","object":"chat.completion","created":\#(created),"model":"sovereign-filter","choices":[{"index":0,"message":{"role":"assistant","content":"\#(text)","refusal":"\#(text)"},"finish_reason":"stop"}]}"#
        return Response(status: .ok, headers: [.contentType: "application/json"], body: .init(byteBuffer: ByteBuffer(string: body)))
    }
}
