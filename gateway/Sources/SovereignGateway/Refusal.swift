import Foundation
import Hummingbird
import NIOCore

/// The polite answer a chat UI shows when `--block-response refusal` is set and a request or reply is
/// blocked: a normal completion (or stream) whose assistant message declines. Routes other than chat
/// and Responses get the error instead: a refusal in a shape the client does not expect helps nobody.
enum Refusal {
    static let text = "I'm sorry, but I can't help with that request."

    /// The refusal in the shape of the route: a Responses-API response (or its events) on
    /// `/v1/responses`, a chat completion elsewhere.
    static func response(streaming: Bool, responses: Bool = false) -> Response {
        let created = Int(Date().timeIntervalSince1970)
        if responses {
            let item = #"{"type":"message","id":"msg_sf_refusal","status":"completed","role":"assistant","content":[{"type":"refusal","refusal":"\#(text)"}]}"#
            let resp = #"{"id":"resp_sf_refusal","object":"response","created_at":\#(created),"status":"completed","model":"sovereign-filter","output":[\#(item)]}"#
            if streaming {
                let body = "event: response.output_item.done\ndata: " + #"{"type":"response.output_item.done","sequence_number":0,"output_index":0,"item":\#(item)}"#
                    + "\n\nevent: response.completed\ndata: " + #"{"type":"response.completed","sequence_number":1,"response":\#(resp)}"# + "\n\n"
                return Response(status: .ok, headers: [.contentType: "text/event-stream", .cacheControl: "no-cache"],
                                 body: .init(byteBuffer: ByteBuffer(string: body)))
            }
            return Response(status: .ok, headers: [.contentType: "application/json"], body: .init(byteBuffer: ByteBuffer(string: resp)))
        }
        if streaming {
            let body = #"data: {"id":"sf-refusal","object":"chat.completion.chunk","created":\#(created),"model":"sovereign-filter","choices":[{"index":0,"delta":{"role":"assistant","content":"\#(text)"},"finish_reason":"stop"}]}"# + "\n\ndata: [DONE]\n\n"
            return Response(status: .ok, headers: [.contentType: "text/event-stream", .cacheControl: "no-cache"],
                            body: .init(byteBuffer: ByteBuffer(string: body)))
        }
        let body = #"{"id":"sf-refusal","object":"chat.completion","created":\#(created),"model":"sovereign-filter","choices":[{"index":0,"message":{"role":"assistant","content":"\#(text)","refusal":"\#(text)"},"finish_reason":"stop"}]}"#
        return Response(status: .ok, headers: [.contentType: "application/json"], body: .init(byteBuffer: ByteBuffer(string: body)))
    }
}
