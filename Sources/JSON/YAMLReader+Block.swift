/// Block structure: nodes, mappings and sequences laid out by indentation.
extension YAMLReader {
    /// Reads the node whose content starts at the cursor. `parent` is the indentation of the
    /// enclosing collection (-1 at the root): continuation lines must be indented further.
    /// `inline` is true for a mapping value on its key's line, where a block collection may not start.
    mutating func parseBlockNode(parent: Int, inline: Bool) throws(YAMLError) -> JSON {
        try enter()
        defer { leave() }
        let start = nodes
        var anchor: String?
        var tag: String?
        while let c = peek(), c == .ampersand || c == .bang {
            if c == .ampersand { anchor = try scanAnchorName() } else { tag = scanTag() }
            skipSpaces()
        }
        var value: JSON
        if (anchor != nil || tag != nil) && (atLineEnd || peek() == .hash) {
            // Properties alone on the line: the node follows on the next lines.
            _ = finishLine()
            if try skipToContent(), column > parent || (column == parent && isSequenceEntry) {
                value = try parseBlockNode(parent: parent, inline: false)
            } else {
                value = .null
            }
        } else {
            value = try parseBlockContent(parent: parent, inline: inline, tag: tag)
        }
        if let anchor { anchors[anchor] = (value, max(nodes - start, 1)) }
        return value
    }

    /// Whether the cursor is at a `-` block sequence indicator.
    var isSequenceEntry: Bool { peek() == .dash && blankOrEnd(1) }

    private mutating func parseBlockContent(parent: Int, inline: Bool, tag: String?) throws(YAMLError) -> JSON {
        let col = column
        guard let c = peek() else { return .null }
        switch c {
        case .star:
            let value = try parseAlias()
            try expectLineEnd()
            return value
        case .dash where blankOrEnd(1):
            if inline { throw error("block sequence entries are not allowed in this context") }
            return try parseBlockSequence(indent: col)
        case .openBracket, .openBrace:
            let value = try parseFlowCollection()
            skipSpaces()
            if peek() == .colon, blankOrEnd(1) { throw error("flow collections as mapping keys are not supported") }
            try expectLineEnd()
            return value
        case .pipe, .greater:
            try count()
            return try .string(parseBlockScalar(parent: parent))
        case .quote, .apostrophe:
            let text = try parseQuoted()
            skipSpaces()
            if peek() == .colon, blankOrEnd(1) {
                if inline { throw error("mapping values are not allowed in this context") }
                return try parseBlockMapping(indent: col, firstKey: text)
            }
            try expectLineEnd()
            try count()
            return .string(text)
        case .question where blankOrEnd(1):
            throw error("complex mapping keys are not supported")
        case UInt8(ascii: "@"), UInt8(ascii: "`"), UInt8(ascii: "%"):
            throw error("found character that cannot start any token")
        default:
            let (text, isKey) = scanPlainLine(flow: false)
            if isKey {
                if inline { throw error("mapping values are not allowed in this context") }
                return try parseBlockMapping(indent: col, firstKey: text)
            }
            let full = try continuePlain(text, parent: parent)
            try count()
            return try resolve(full, tag: tag)
        }
    }

    /// A block mapping whose first key has been read; the cursor is at that key's `:`.
    mutating func parseBlockMapping(indent: Int, firstKey: String) throws(YAMLError) -> JSON {
        try count()
        var members = JSONObjectEditor(JSONObject())
        var merged: [JSONObject] = []
        var key = firstKey
        var keyIsPlain = true
        while true {
            pos += 1  // the ':'
            let value = try parseMappingValue(indent: indent)
            if key == "<<", keyIsPlain {
                // A merge key (YAML 1.1 `<<`, which go-yaml honours): its mappings supply defaults.
                switch value {
                case .object(let o): merged.append(o)
                case .array(let list):
                    for case .object(let o) in list { merged.append(o) }
                default: throw error("map merge requires map or sequence of maps as the value")
                }
            } else {
                members[key] = value
            }
            guard try skipToContent(), column >= indent else { break }
            if column > indent { throw error("did not find expected key") }
            if isSequenceEntry { throw error("did not find expected key") }
            (key, keyIsPlain) = try parseBlockKey()
        }
        var object = members.object
        for m in merged {
            for (k, v) in m where object[k] == nil { object[k] = v }
        }
        return .object(object)
    }

    /// A key at the start of a mapping line, leaving the cursor at its `:`.
    private mutating func parseBlockKey() throws(YAMLError) -> (String, Bool) {
        if peek() == .quote || peek() == .apostrophe {
            let text = try parseQuoted()
            skipSpaces()
            guard peek() == .colon, blankOrEnd(1) else { throw error("could not find expected ':'") }
            return (text, false)
        }
        if let c = peek(), c == .openBracket || c == .openBrace || c == .star || c == .ampersand || c == .bang
            || c == .pipe || c == .greater || (c == .question && blankOrEnd(1)) {
            throw error("did not find expected key")
        }
        let (text, isKey) = scanPlainLine(flow: false)
        guard isKey else { throw error("could not find expected ':'") }
        return (text, true)
    }

    /// The value after a mapping key's `:`: on the same line, on the following more-indented
    /// lines, or a sequence level with the key (`containers:\n- name: x`, as kubectl writes).
    private mutating func parseMappingValue(indent: Int) throws(YAMLError) -> JSON {
        skipSpaces()
        if atLineEnd || peek() == .hash {
            _ = finishLine()
            guard try skipToContent() else { return .null }
            if column > indent { return try parseBlockNode(parent: indent, inline: false) }
            if column == indent, isSequenceEntry { return try parseBlockSequence(indent: indent) }
            return .null
        }
        return try parseBlockNode(parent: indent, inline: true)
    }

    /// A block sequence whose first `-` is at the cursor, in column `indent`.
    mutating func parseBlockSequence(indent: Int) throws(YAMLError) -> JSON {
        try enter()
        defer { leave() }
        try count()
        var items: [JSON] = []
        while true {
            pos += 1  // the '-'
            skipSpaces()
            if atLineEnd || peek() == .hash {
                _ = finishLine()
                guard try skipToContent() else {
                    items.append(.null)
                    break
                }
                items.append(column > indent ? try parseBlockNode(parent: indent, inline: false) : .null)
            } else {
                items.append(try parseBlockNode(parent: indent, inline: false))
            }
            guard try skipToContent(), column >= indent else { break }
            if column > indent { throw error("did not find expected '-' indicator") }
            if !isSequenceEntry { break }
        }
        return .array(items)
    }

    /// `*name`: a copy of the anchored value, counted in full against the node limit so that
    /// nested aliases cannot multiply into an enormous value.
    mutating func parseAlias() throws(YAMLError) -> JSON {
        pos += 1
        let name = scanName()
        guard let entry = anchors[name] else { throw error("unknown anchor '\(name)' referenced") }
        try count(entry.size)
        return entry.value
    }

    mutating func scanAnchorName() throws(YAMLError) -> String {
        pos += 1
        let name = scanName()
        if name.isEmpty { throw error("did not find expected alphabetic or numeric character") }
        return name
    }

    /// An anchor or alias name: everything up to a blank or flow indicator.
    private mutating func scanName() -> String {
        let start = pos
        while let c = peek(), c != .space, c != .tab, c != .newline, !c.isFlowIndicator { pos += 1 }
        return String(decoding: bytes[start..<pos], as: UTF8.self)
    }

    /// A tag such as `!!str` or `!custom`; only the core-schema tags change how a scalar resolves.
    mutating func scanTag() -> String {
        let start = pos
        while let c = peek(), c != .space, c != .tab, c != .newline { pos += 1 }
        return String(decoding: bytes[start..<pos], as: UTF8.self)
    }
}
