/// Literal (`|`) and folded (`>`) block scalars with chomping (`-` strip, `+` keep, default clip)
/// and an optional indentation indicator, as YAML 1.2 §8.1.
extension YAMLReader {
    private enum Chomping { case clip, strip, keep }

    /// Reads a block scalar whose indicator is at the cursor; `parent` is the indentation of the
    /// enclosing collection, which the content must exceed.
    mutating func parseBlockScalar(parent: Int) throws(YAMLError) -> String {
        let folded = bytes[pos] == .greater
        pos += 1
        var chomping = Chomping.clip
        var explicitIndent: Int?
        for _ in 0..<2 {
            guard let c = peek() else { break }
            if c == .dash { chomping = .strip } else if c == UInt8(ascii: "+") { chomping = .keep } else if c >= UInt8(ascii: "1"), c <= UInt8(ascii: "9") {
                explicitIndent = Int(c - UInt8(ascii: "0"))
            } else {
                break
            }
            pos += 1
        }
        guard finishLine() else { throw error("did not find expected comment or line break") }
        if !atEnd { advance() }

        let base = max(parent, 0)
        let indent = explicitIndent.map { base + $0 } ?? detectIndent(parent: parent)
        var lines: [ArraySlice<UInt8>] = []  // empty slices are empty lines
        while !atEnd {
            let lineBegin = pos
            var p = pos
            var spaces = 0
            while p < bytes.count, bytes[p] == .space {
                p += 1
                spaces += 1
            }
            var q = p
            while q < bytes.count, bytes[q] == .tab || bytes[q] == .space { q += 1 }
            if q >= bytes.count || bytes[q] == .newline {
                // A whitespace-only line counts as empty.
                pos = q
                lines.append([])
                if !atEnd { advance() }
                continue
            }
            if spaces < indent || (indent == 0 && atDocumentMarkerAt(lineBegin)) { break }
            pos = lineBegin + indent
            skipToLineEnd()
            lines.append(bytes[(lineBegin + indent)..<pos])
            if !atEnd { advance() }
        }
        return assemble(lines, folded: folded, chomping: chomping)
    }

    private func atDocumentMarkerAt(_ p: Int) -> Bool {
        guard p + 2 < bytes.count else { return false }
        let c = bytes[p]
        guard c == .dash || c == .dot, bytes[p + 1] == c, bytes[p + 2] == c else { return false }
        return p + 3 >= bytes.count || bytes[p + 3] == .space || bytes[p + 3] == .tab || bytes[p + 3] == .newline
    }

    /// The indentation of the first non-empty content line (auto-detection), or the parent's
    /// plus one when the scalar is empty.
    private func detectIndent(parent: Int) -> Int {
        var p = pos
        while p < bytes.count {
            var spaces = 0
            while p < bytes.count, bytes[p] == .space {
                p += 1
                spaces += 1
            }
            if p >= bytes.count { break }
            if bytes[p] == .newline {
                p += 1
                continue
            }
            return spaces > parent ? spaces : parent + 1
        }
        return parent + 1
    }

    private func assemble(_ lines: [ArraySlice<UInt8>], folded: Bool, chomping: Chomping) -> String {
        var end = lines.count
        while end > 0, lines[end - 1].isEmpty { end -= 1 }
        let trailingEmpty = lines.count - end
        var out: [UInt8] = []
        var pendingEmpty = 0
        var first = true
        var previousMoreIndented = false
        for line in lines[..<end] {
            if line.isEmpty {
                pendingEmpty += 1
                continue
            }
            let moreIndented = line.first == .space || line.first == .tab
            if first {
                out.append(contentsOf: repeatElement(.newline, count: pendingEmpty))
            } else if folded && !previousMoreIndented && !moreIndented {
                // Folding: one line break becomes a space; each empty line keeps a break.
                if pendingEmpty == 0 { out.append(.space) } else { out.append(contentsOf: repeatElement(.newline, count: pendingEmpty)) }
            } else {
                out.append(contentsOf: repeatElement(.newline, count: pendingEmpty + 1))
            }
            out.append(contentsOf: line)
            first = false
            previousMoreIndented = moreIndented
            pendingEmpty = 0
        }
        switch chomping {
        case .strip:
            break
        case .clip:
            if end > 0 { out.append(.newline) }
        case .keep:
            out.append(contentsOf: repeatElement(.newline, count: (end > 0 ? 1 : 0) + trailingEmpty))
        }
        return String(decoding: out, as: UTF8.self)
    }
}
