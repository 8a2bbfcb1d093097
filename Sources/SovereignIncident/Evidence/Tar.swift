/// The POSIX ustar format, written and read here (no dependency, no external `tar`): regular files only,
/// names of at most 100 bytes, each member a 512-byte header and its data padded to 512 bytes, two zero
/// blocks at the end. The reader is strict — a header whose checksum does not add up, padding that is
/// not zero, or anything after the end blocks is an error naming the member — so one changed byte
/// anywhere in a bundle is noticed (the manifest's hashes cover the data, the checksums the headers).
public enum Tar {
    public struct Member: Equatable {
        public var name: String
        public var data: [UInt8]
        public init(name: String, data: [UInt8]) { self.name = name; self.data = data }
    }

    public struct Failure: Error, CustomStringConvertible {
        public var member: String
        public var reason: String
        public var description: String { "\(member): \(reason)" }
    }

    /// The archive of `members` in order; `mtime` (seconds) for every header so equal inputs give equal bytes.
    public static func write(_ members: [Member], mtime: Int) throws -> [UInt8] {
        var out: [UInt8] = []
        for m in members {
            let name = Array(m.name.utf8)
            guard !name.isEmpty, name.count <= 100, !name.contains(0) else { throw Failure(member: m.name, reason: "name longer than 100 bytes") }
            guard m.data.count < 1 << 33 else { throw Failure(member: m.name, reason: "larger than 8 GiB") }
            var h = [UInt8](repeating: 0, count: 512)
            func put(_ off: Int, _ bytes: [UInt8]) { for (k, b) in bytes.enumerated() { h[off + k] = b } }
            func octal(_ v: Int, _ width: Int) -> [UInt8] {
                let s = String(v, radix: 8)
                return Array((String(repeating: "0", count: max(0, width - 1 - s.count)) + s).utf8) + [0]
            }
            put(0, name)
            put(100, octal(0o644, 8))
            put(108, octal(0, 8))
            put(116, octal(0, 8))
            put(124, octal(m.data.count, 12))
            put(136, octal(mtime, 12))
            put(148, Array("        ".utf8))
            h[156] = UInt8(ascii: "0")
            put(257, Array("ustar".utf8) + [0])
            put(263, Array("00".utf8))
            put(265, Array("sovereign-filter".utf8))
            put(297, Array("sovereign-filter".utf8))
            let sum = h.reduce(0) { $0 + Int($1) }
            put(148, octal(sum, 7) + [UInt8(ascii: " ")])
            out += h
            out += m.data
            out += [UInt8](repeating: 0, count: (512 - m.data.count % 512) % 512)
        }
        out += [UInt8](repeating: 0, count: 1024)
        return out
    }

    /// The members of an archive written by `write` (or any ustar of regular files); throws `Failure`.
    public static func read(_ bytes: [UInt8]) throws -> [Member] {
        var out: [Member] = []
        var pos = 0
        func field(_ h: ArraySlice<UInt8>, _ off: Int, _ len: Int) -> ArraySlice<UInt8> {
            let s = h.startIndex + off
            let f = h[s..<(s + len)]
            return f.prefix { $0 != 0 }
        }
        func octal(_ f: ArraySlice<UInt8>) -> Int? {
            var v = 0
            var digits = 0
            for c in f where c != 0x20 {
                guard c >= 0x30 && c <= 0x37 else { return nil }
                v = v * 8 + Int(c - 0x30)
                digits += 1
            }
            return digits > 0 ? v : nil
        }
        while true {
            let after = out.last.map { "the header after \($0.name)" } ?? "the first header"
            guard pos + 512 <= bytes.count else { throw Failure(member: after, reason: "archive cut short (no end blocks)") }
            let h = bytes[pos..<(pos + 512)]
            if h.allSatisfy({ $0 == 0 }) {
                // The end: a second zero block, then nothing but zeros (tar pads to its record size).
                guard pos + 1024 <= bytes.count, bytes[(pos + 512)..<(pos + 1024)].allSatisfy({ $0 == 0 }) else {
                    throw Failure(member: "(end of archive)", reason: "the end blocks are not zero")
                }
                guard bytes[(pos + 1024)...].allSatisfy({ $0 == 0 }) else { throw Failure(member: "(end of archive)", reason: "bytes after the end blocks") }
                return out
            }
            let name = String(decoding: field(h, 0, 100), as: UTF8.self)
            var sum = 0
            for (k, b) in h.enumerated() { sum += (k >= 148 && k < 156) ? 0x20 : Int(b) }
            guard let stored = octal(field(h, 148, 8)), stored == sum else {
                throw Failure(member: name.isEmpty ? after : name, reason: "header checksum does not match (the header was changed)")
            }
            guard h[h.startIndex + 156] == UInt8(ascii: "0") || h[h.startIndex + 156] == 0 else {
                throw Failure(member: name, reason: "not a regular file")
            }
            guard let size = octal(field(h, 124, 12)), pos + 512 + size <= bytes.count else {
                throw Failure(member: name, reason: "size field unreadable or beyond the archive")
            }
            let data = Array(bytes[(pos + 512)..<(pos + 512 + size)])
            let padEnd = pos + 512 + size + (512 - size % 512) % 512
            guard padEnd <= bytes.count, bytes[(pos + 512 + size)..<padEnd].allSatisfy({ $0 == 0 }) else {
                throw Failure(member: name, reason: "padding after the data is not zero")
            }
            out.append(Member(name: name, data: data))
            pos = padEnd
        }
    }
}
