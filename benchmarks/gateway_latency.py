#!/usr/bin/env python3
"""Added latency of sovereign-gateway: the same ~1 KB chat requests (dev-corpus texts with PII) sent
straight to a stand-in upstream (gateway/demo/upstream.py) and through the gateway in front of it, one
client, keep-alive, non-streaming and streaming. Prints p50/p99 of both and of the difference.

  gateway_latency.py --gateway gateway/.build/release/sovereign-gateway --corpus ../shared/corpus/dev.jsonl [--n 2000]
"""
import argparse, http.client, json, os, socket, subprocess, sys, tempfile, time

ap = argparse.ArgumentParser()
ap.add_argument("--gateway", required=True)
ap.add_argument("--corpus", required=True)
ap.add_argument("--n", type=int, default=2000)
ap.add_argument("--out", default=None)
a = ap.parse_args()

here = os.path.dirname(os.path.abspath(__file__))
texts = []
with open(a.corpus) as f:
    for line in f:
        texts.append(json.loads(line)["text"])
# ~1 KB prompts: consecutive corpus texts joined.
prompts, cur = [], ""
for t in texts:
    cur += t + "\n"
    if len(cur.encode()) >= 1000:
        prompts.append(cur)
        cur = ""
up_port, gw_port = 18775, 18909
state = tempfile.mkdtemp()
up = subprocess.Popen([sys.executable, os.path.join(here, "..", "gateway", "demo", "upstream.py"), "--port", str(up_port), "--chunk", "64"])
gw = subprocess.Popen([a.gateway, "--listen", f"127.0.0.1:{gw_port}", "--upstream", f"http://127.0.0.1:{up_port}/v1",
                       "--state-dir", state, "--no-log"], stderr=subprocess.DEVNULL)
try:
    for _ in range(100):
        try:
            c = http.client.HTTPConnection("127.0.0.1", gw_port); c.request("GET", "/healthz"); c.getresponse().read(); break
        except OSError:
            time.sleep(0.1)

    def connect(port):
        c = http.client.HTTPConnection("127.0.0.1", port)
        c.connect()
        c.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        return c

    def run(port, stream):
        conn = connect(port)
        times = []
        for k in range(a.n):
            body = json.dumps({"model": "m", "stream": stream, "messages": [{"role": "user", "content": prompts[k % len(prompts)]}]})
            t0 = time.perf_counter()
            if stream:  # the stand-in closes streaming connections
                conn = connect(port)
            conn.request("POST", "/v1/chat/completions", body, {"content-type": "application/json"})
            r = conn.getresponse(); r.read()
            times.append((time.perf_counter() - t0) * 1e6)
            assert r.status == 200, r.status
        return times

    def pct(xs, p):
        xs = sorted(xs); return xs[min(len(xs) - 1, int(p * len(xs)))]

    res = {}
    for stream in (False, True):
        run(gw_port, stream)  # warm-up
        direct, via = run(up_port, stream), run(gw_port, stream)
        name = "stream" if stream else "json"
        res[name] = {"direct_p50_us": pct(direct, .5), "direct_p99_us": pct(direct, .99),
                     "gateway_p50_us": pct(via, .5), "gateway_p99_us": pct(via, .99),
                     "added_p50_us": pct(via, .5) - pct(direct, .5), "added_p99_us": pct(via, .99) - pct(direct, .99)}
    print(f"gateway added latency, ~1 KB prompts with PII, {a.n} requests each, one client (µs):")
    for name, r in res.items():
        print(f"  {name:6}  direct p50 {r['direct_p50_us']:8.0f} p99 {r['direct_p99_us']:8.0f} | via gateway p50 {r['gateway_p50_us']:8.0f} "
              f"p99 {r['gateway_p99_us']:8.0f} | added p50 {r['added_p50_us']:7.0f} p99 {r['added_p99_us']:7.0f}")
    if a.out:
        json.dump(res, open(a.out, "w"), indent=1)
finally:
    gw.terminate(); up.terminate()
