import SovereignFilter

/// A `--field` path into a JSON record: `text`, `meta.notes`, `messages[].content`. `[]` visits every
/// element of an array. The concrete place of each text found is named with indices
/// (`messages[2].content[0].text`): that is the `field` of a finding in the report.
struct FieldPath: CustomStringConvertible {
    enum Step: Equatable { case key(String), each }
    let steps: [Step]
    let description: String

    struct Invalid: Error { let message: String }

    init(_ s: String) throws(Invalid) {
        description = s
        var steps: [Step] = []
        for part in s.split(separator: ".", omittingEmptySubsequences: false) {
            var p = Substring(part)
            var each = 0
            while p.hasSuffix("[]") { p = p.dropLast(2); each += 1 }
            guard !p.isEmpty, !p.contains("["), !p.contains("]") else {
                throw Invalid(message: "--field \(s): expected names joined by '.', each optionally followed by [] (e.g. messages[].content)")
            }
            steps.append(.key(String(p)))
            for _ in 0..<each { steps.append(.each) }
        }
        self.steps = steps
    }

    /// The texts of OpenAI's fine-tuning chat format: each message's content (a string or content parts)
    /// and the arguments of its tool calls (and of the older function_call).
    static let chat: [FieldPath] = [
        try! FieldPath("messages[].content"),
        try! FieldPath("messages[].tool_calls[].function.arguments"),
        try! FieldPath("messages[].function_call.arguments"),
    ]
    static let promptCompletion: [FieldPath] = [try! FieldPath("prompt"), try! FieldPath("completion")]
    static let text: [FieldPath] = [try! FieldPath("text")]

    /// The default paths for a record without `--field`: chat if it has `messages`, prompt/completion if
    /// it has either, else `text`; nil when it has none of them.
    static func defaults(for record: JSONValue) -> [FieldPath]? {
        if record["messages"] != nil { return chat }
        if record["prompt"] != nil || record["completion"] != nil { return promptCompletion }
        if record["text"] != nil { return text }
        return nil
    }
}

/// A record whose shape does not fit a path (a key step on a string, `[]` on an object): an error that
/// names the record, never a skipped text.
struct ShapeError: Error { let message: String }

/// Visits the texts `path` selects in `value`, calling `visit(field, text)`; when `visit` returns a
/// replacement, the text is replaced in place (the redacted copy). What a path ends on: a string is one
/// text; a number is one text (its source digits: a phone number stored as a number is still one); an
/// array is its strings and its content parts' `text`; null, a boolean or a missing key is no text.
enum FieldWalker {
    typealias Visit = (_ field: String, _ text: String) throws -> String?

    /// Returns true when something was replaced.
    @discardableResult
    static func walk(_ value: inout JSONValue, _ path: FieldPath, _ visit: Visit) throws -> Bool {
        try walk(&value, path.steps[...], "", path, visit)
    }

    private static func walk(_ value: inout JSONValue, _ steps: ArraySlice<FieldPath.Step>, _ here: String,
                             _ path: FieldPath, _ visit: Visit) throws -> Bool {
        guard let step = steps.first else { return try leaf(&value, here, path, visit) }
        let rest = steps.dropFirst()
        switch (step, value) {
        case (.key(let k), .object(var members)):
            guard let i = members.firstIndex(where: { $0.key == k }) else { return false }
            let name = here.isEmpty ? k : here + "." + k
            if try walk(&members[i].value, rest, name, path, visit) {
                value = .object(members)
                return true
            }
            return false
        case (.each, .array(var items)):
            var changed = false
            for i in items.indices where try walk(&items[i], rest, "\(here)[\(i)]", path, visit) { changed = true }
            if changed { value = .array(items) }
            return changed
        case (_, .null):
            return false
        case (.key(let k), _):
            throw ShapeError(message: "\(here.isEmpty ? "the record" : here) is \(value.typeName), not an object with \"\(k)\" (--field \(path))")
        case (.each, _):
            throw ShapeError(message: "\(here) is \(value.typeName), not an array (--field \(path))")
        }
    }

    private static func leaf(_ value: inout JSONValue, _ here: String, _ path: FieldPath, _ visit: Visit) throws -> Bool {
        switch value {
        case .string(let s):
            guard let r = try visit(here, s) else { return false }
            value = .string(r)
            return true
        case .number(let n):
            guard let r = try visit(here, n) else { return false }
            value = .string(r)
            return true
        case .null, .bool:
            return false
        case .array(var items):
            // Content parts: [{"type": "text", "text": "..."}, {"type": "image_url", ...}] or plain strings.
            var changed = false
            for i in items.indices {
                let name = "\(here)[\(i)]"
                switch items[i] {
                case .string(let s):
                    if let r = try visit(name, s) { items[i] = .string(r); changed = true }
                case .object(var members):
                    guard let k = members.firstIndex(where: { $0.key == "text" }) else { continue }
                    guard case .string(let s) = members[k].value else {
                        throw ShapeError(message: "\(name).text is \(members[k].value.typeName), not a string (--field \(path))")
                    }
                    if let r = try visit(name + ".text", s) { members[k].value = .string(r); items[i] = .object(members); changed = true }
                case .null:
                    continue
                default:
                    throw ShapeError(message: "\(name) is \(items[i].typeName), not a string or a content part (--field \(path))")
                }
            }
            if changed { value = .array(items) }
            return changed
        case .object:
            throw ShapeError(message: "\(here) is an object, not a text: name a string inside it (--field \(path).NAME)")
        }
    }
}
