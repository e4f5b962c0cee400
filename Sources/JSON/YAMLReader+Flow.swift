/// Flow collections: `[a, b]` and `{k: v}` (JSON is the special case), which may span lines.
extension YAMLReader {
    /// Reads a flow sequence or mapping whose opening bracket is at the cursor.
    mutating func parseFlowCollection() throws(YAMLError) -> JSON {
        try enter()
        defer { leave() }
        try count()
        let isSequence = bytes[pos] == .openBracket
        let close: UInt8 = isSequence ? .closeBracket : .closeBrace
        pos += 1
        var items: [JSON] = []
        var members = JSONObjectEditor(JSONObject())
        while true {
            try skipFlowSpace()
            if peek() == close {
                pos += 1
                break
            }
            // A key (or a sequence entry, which may turn out to be a single-pair mapping's key).
            var key = try parseFlowNode()
            try skipFlowSpace()
            var value: JSON?
            if peek() == .colon {
                pos += 1
                try skipFlowSpace()
                if let c = peek(), c == .comma || c == close { value = .null } else { value = try parseFlowNode() }
                try skipFlowSpace()
            }
            if isSequence {
                if let value {
                    key = .object(JSONObject([(try keyText(key), value)]))
                }
                items.append(key)
            } else {
                members[try keyText(key)] = value ?? .null
            }
            guard let c = peek() else { throw error("did not find expected ',' or '\(Character(Unicode.Scalar(close)))'") }
            if c == .comma {
                pos += 1
            } else if c != close {
                throw error("did not find expected ',' or '\(Character(Unicode.Scalar(close)))'")
            }
        }
        return isSequence ? .array(items) : .object(members.object)
    }

    /// Spaces, line breaks and comments between flow tokens.
    private mutating func skipFlowSpace() throws(YAMLError) {
        while let c = peek() {
            if c == .space || c == .tab {
                pos += 1
            } else if c == .newline {
                advance()
                if atDocumentMarker { throw error("found unexpected document indicator in a flow collection") }
            } else if c == .hash {
                skipToLineEnd()
            } else {
                return
            }
        }
        throw error("did not find expected node content")
    }

    private mutating func parseFlowNode() throws(YAMLError) -> JSON {
        var tag: String?
        var anchor: String?
        let start = nodes
        while let c = peek(), c == .ampersand || c == .bang {
            if c == .ampersand { anchor = try scanAnchorName() } else { tag = scanTag() }
            try skipFlowSpace()
        }
        let value: JSON
        switch peek() {
        case .some(.openBracket), .some(.openBrace):
            value = try parseFlowCollection()
        case .some(.quote), .some(.apostrophe):
            try count()
            value = .string(try parseQuoted())
        case .some(.star):
            value = try parseAlias()
        case .some(let c) where c == .comma || c == .closeBracket || c == .closeBrace || c == .colon:
            value = .null
        default:
            var (text, _) = scanPlainLine(flow: true)
            // Plain scalars in flow context may continue on following lines.
            while true {
                let saved = (pos, line, lineStart)
                skipSpaces()
                guard peek() == .newline else {
                    (pos, line, lineStart) = saved
                    break
                }
                var breaks = 0
                while peek() == .newline {
                    advance()
                    breaks += 1
                    skipSpaces()
                }
                guard let c = peek(), !c.isFlowIndicator, c != .hash, c != .colon, !atDocumentMarker else {
                    (pos, line, lineStart) = saved
                    break
                }
                let (more, _) = scanPlainLine(flow: true)
                text += breaks == 1 ? " " : String(repeating: "\n", count: breaks - 1)
                text += more
            }
            try count()
            value = try resolve(text, tag: tag)
        }
        if let anchor { anchors[anchor] = (value, max(nodes - start, 1)) }
        return value
    }

    /// The JSON key for a flow mapping key: its text (`1` → "1"); collections cannot be keys.
    private func keyText(_ key: JSON) throws(YAMLError) -> String {
        switch key {
        case .string(let s): return s
        case .null: return "null"
        case .bool(let b): return b ? "true" : "false"
        case .int(let i): return String(i)
        case .double(let d): return String(d)
        case .array, .object: throw error("flow collections as mapping keys are not supported")
        }
    }
}
