#!/usr/bin/env python3
"""A tiny stand-in for a local model's OpenAI-compatible API (make gateway-demo, tests).

POST /v1/chat/completions answers with the last user message echoed back ("You said: ..."), as JSON
or, with "stream": true, as server-sent events a few characters at a time, so pseudonyms arrive split.
Every request it receives is appended to --record (JSON Lines: path, headers, body) so a test or a
person can see exactly what left the gateway. GET /v1/models lists one model.
"""
import argparse, json, socket, sys, time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

ap = argparse.ArgumentParser()
ap.add_argument("--port", type=int, default=8765)
ap.add_argument("--record", default=None)
ap.add_argument("--chunk", type=int, default=3)
args = ap.parse_args()


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *a):
        pass

    def setup(self):
        super().setup()
        # Headers and body go out as separate writes: without NODELAY, Nagle and delayed ACKs add 40 ms.
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def record(self, body):
        if args.record:
            with open(args.record, "a") as f:
                f.write(json.dumps({"method": self.command, "path": self.path, "headers": dict(self.headers),
                                    "body": body.decode("utf-8", "replace")}) + "\n")

    def send(self, code, ctype, data):
        self.send_response(code)
        self.send_header("content-type", ctype)
        self.send_header("content-length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self):
        self.record(b"")
        if self.path.startswith("/v1/models"):
            return self.send(200, "application/json", json.dumps(
                {"object": "list", "data": [{"id": "echo-model", "object": "model", "owned_by": "demo"}]}).encode())
        self.send(404, "application/json", b'{"error":{"message":"not found"}}')

    def do_POST(self):
        n = int(self.headers.get("content-length", "0"))
        body = self.rfile.read(n)
        self.record(body)
        req = json.loads(body or b"{}")
        last = next((m.get("content", "") for m in reversed(req.get("messages", [])) if m.get("role") == "user"), "")
        if not isinstance(last, str):
            last = " ".join(p.get("text", "") for p in last if isinstance(p, dict))
        answer = "You said: " + last
        base = {"id": "chatcmpl-demo", "created": int(time.time()), "model": req.get("model", "echo-model")}
        if not req.get("stream"):
            return self.send(200, "application/json", json.dumps(dict(base, object="chat.completion", choices=[
                {"index": 0, "message": {"role": "assistant", "content": answer}, "finish_reason": "stop"}])).encode())
        self.send_response(200)
        self.send_header("content-type", "text/event-stream")
        self.send_header("cache-control", "no-cache")
        self.send_header("connection", "close")
        self.end_headers()
        def event(obj):
            self.wfile.write(b"data: " + json.dumps(obj).encode() + b"\n\n")
            self.wfile.flush()
        event(dict(base, object="chat.completion.chunk", choices=[{"index": 0, "delta": {"role": "assistant", "content": ""}, "finish_reason": None}]))
        for i in range(0, len(answer), args.chunk):
            event(dict(base, object="chat.completion.chunk", choices=[{"index": 0, "delta": {"content": answer[i:i + args.chunk]}, "finish_reason": None}]))
        event(dict(base, object="chat.completion.chunk", choices=[{"index": 0, "delta": {}, "finish_reason": "stop"}]))
        self.wfile.write(b"data: [DONE]\n\n")
        self.wfile.flush()
        self.close_connection = True


ThreadingHTTPServer(("127.0.0.1", args.port), Handler).serve_forever()
