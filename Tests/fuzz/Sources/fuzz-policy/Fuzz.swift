// libFuzzer entry: checks Invariants.policy (Sources/SovereignFilterChecks) on every input.
import SovereignFilterChecks

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ d: UnsafePointer<UInt8>, _ n: Int) -> CInt {
    let data = Array(UnsafeBufferPointer(start: d, count: n))
    if let problem = Invariants.policy(data) { fatalError(problem) }
    return 0
}
