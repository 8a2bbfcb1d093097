// In-process throughput and latency harness (issue "Benchmarks"): no CLI start-up, no JSON.
// usage: sovereign-bench FILE [repeat]   — FILE holds one text per line.
import SovereignFilter
#if canImport(Glibc)
import Glibc
#endif

func now() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_MONOTONIC, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) * 1e-9
}

let args = CommandLine.arguments
guard args.count >= 2, let f = fopen(args[1], "rb") else { print("usage: sovereign-bench FILE [repeat]"); exit(64) }
let repeats = args.count > 2 ? Int(args[2]) ?? 5 : 5
var data: [UInt8] = []
var chunk = [UInt8](repeating: 0, count: 1 << 20)
while true {
    let n = fread(&chunk, 1, chunk.count, f)
    if n <= 0 { break }
    data.append(contentsOf: chunk[0..<n])
}
fclose(f)
var lines: [[UInt8]] = []
var start = 0
for (i, b) in data.enumerated() where b == 0x0A { lines.append(Array(data[start..<i])); start = i + 1 }
if start < data.count { lines.append(Array(data[start...])) }
let total = lines.reduce(0) { $0 + $1.count }

let t0 = now()
let engine = try Engine()
let build = now() - t0
let scratch = try engine.makeScratch()
var findings = 0
var best = Double.infinity
var lat: [Double] = []
lat.reserveCapacity(lines.count)
for r in 0..<repeats {
    findings = 0
    let t = now()
    for l in lines {
        let t1 = r == repeats - 1 ? now() : 0
        findings += try l.withUnsafeBufferPointer { try engine.scan($0, scratch: scratch).count }
        if r == repeats - 1 { lat.append(now() - t1) }
    }
    best = min(best, now() - t)
}
lat.sort()
let sortedLat = lat
let pct = { (p: Double) -> Double in sortedLat[min(sortedLat.count - 1, Int(Double(sortedLat.count) * p))] * 1e6 }
print("engine build: \(Int(build * 1e3)) ms; texts: \(lines.count), \(total) bytes, findings: \(findings)")
print("scan: \(Int(Double(total) / best / 1e6)) MB/s (best of \(repeats)); per text p50 \(pct(0.5)) µs p99 \(pct(0.99)) µs")
