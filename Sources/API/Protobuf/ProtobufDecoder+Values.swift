import JSON

// The apimachinery wrapper types that have their own JSON form.
extension ProtobufDecoder {
    /// A map entry message {1: key, 2: value}. Absent parts are their zero values (gogo omits nothing
    /// for maps, but an empty string value may arrive as an absent field).
    static func decodeMapEntry(_ reader: ProtobufReader, _ kind: ProtoKind) throws(APIError) -> (String, JSON) {
        var r = reader
        var key = ""
        var value: JSON
        switch kind {
        case .quantityMap: value = .string("0")
        default: value = .string("")
        }
        while !r.isAtEnd {
            let (number, wireType) = try r.readTag()
            guard wireType == .lengthDelimited, number == 1 || number == 2 else {
                try r.skip(wireType)
                continue
            }
            let range = try r.readLengthDelimited()
            if number == 1 {
                key = r.string(range)
                continue
            }
            switch kind {
            case .bytesMap: value = .string(Base64.encode(Array(r.bytes[range])))
            case .quantityMap:
                let q = try decodeQuantity(r.sub(range))
                value = .string(q.isEmpty ? "0" : q)
            default: value = .string(r.string(range))
            }
        }
        return (key, value)
    }

    /// `intstr.IntOrString` {1: type (0 int, 1 string), 2: intVal, 3: strVal}.
    static func decodeIntOrString(_ reader: ProtobufReader) throws(APIError) -> JSON {
        var r = reader
        var type: UInt64 = 0
        var intVal: Int32 = 0
        var strVal = ""
        while !r.isAtEnd {
            let (number, wireType) = try r.readTag()
            switch (number, wireType) {
            case (1, .varint): type = try r.readVarint()
            case (2, .varint): intVal = Int32(truncatingIfNeeded: try r.readVarint())
            case (3, .lengthDelimited): strVal = r.string(try r.readLengthDelimited())
            default: try r.skip(wireType)
            }
        }
        return type == 1 ? .string(strVal) : .int(Int64(intVal))
    }

    /// `resource.Quantity` {1: string}; the canonical text is kept as sent.
    static func decodeQuantity(_ reader: ProtobufReader) throws(APIError) -> String {
        var r = reader
        var text = ""
        while !r.isAtEnd {
            let (number, wireType) = try r.readTag()
            if number == 1, wireType == .lengthDelimited {
                text = r.string(try r.readLengthDelimited())
            } else {
                try r.skip(wireType)
            }
        }
        return text
    }

    /// `meta.v1.Time` / `MicroTime` {1: seconds, 2: nanos}. The zero time arrives as an empty message
    /// and becomes null (never 1970-01-01). Time renders as RFC 3339 in seconds, MicroTime with six
    /// fractional digits, both in UTC as Go's `MarshalJSON` does.
    static func decodeTime(_ reader: ProtobufReader, micro: Bool) throws(APIError) -> JSON {
        var r = reader
        var seconds: Int64 = 0
        var nanos: Int64 = 0
        var sawAny = false
        while !r.isAtEnd {
            let (number, wireType) = try r.readTag()
            switch (number, wireType) {
            case (1, .varint): seconds = Int64(bitPattern: try r.readVarint()); sawAny = true
            case (2, .varint): nanos = Int64(Int32(truncatingIfNeeded: try r.readVarint())); sawAny = true
            default: try r.skip(wireType)
            }
        }
        if !sawAny { return .null }
        guard (0..<1_000_000_000).contains(nanos) else {
            throw APIError.badRequest("unable to decode protobuf body: time nanos \(nanos) out of range")
        }
        guard let text = rfc3339(seconds: seconds, microseconds: micro ? Int(nanos / 1000) : nil) else {
            throw APIError.badRequest("unable to decode protobuf body: Time.MarshalJSON: year outside of range [0,9999]")
        }
        return .string(text)
    }

    /// Formats Unix seconds as `YYYY-MM-DDTHH:MM:SS[.ffffff]Z`, or nil outside years 0–9999.
    static func rfc3339(seconds: Int64, microseconds: Int?) -> String? {
        var days = seconds / 86_400
        var secondOfDay = seconds % 86_400
        if secondOfDay < 0 { days -= 1; secondOfDay += 86_400 }
        // Civil date from days since 1970-01-01 (proleptic Gregorian, 400-year eras).
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        guard (0...9999).contains(year) else { return nil }
        func pad(_ v: Int64, _ width: Int) -> String {
            let s = String(v)
            return String(repeating: "0", count: max(0, width - s.count)) + s
        }
        var text = pad(year, 4) + "-" + pad(month, 2) + "-" + pad(day, 2) + "T"
            + pad(secondOfDay / 3600, 2) + ":" + pad(secondOfDay / 60 % 60, 2) + ":" + pad(secondOfDay % 60, 2)
        if let microseconds { text += "." + pad(Int64(microseconds), 6) }
        return text + "Z"
    }
}
