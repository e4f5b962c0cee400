import JSON

/// Encodes a swagger 2.0 JSON document as a gnostic `openapi.v2.Document` (google/gnostic
/// `openapiv2/OpenAPIv2.proto`), the form kubectl 1.27/1.28 require from `/openapi/v2`. Only the
/// subset kubeling emits is mapped: Document, Info, Paths/PathItem/Operation/Parameter, Responses,
/// Definitions/Schema and vendor extensions (`NamedAny` with the value as YAML). Field numbers are
/// gnostic's; a key not listed here is not encoded.
enum OpenAPIProtobuf {
    /// The encoded Document: swagger 1, info 2 (title 1, version 2), paths 8, definitions 9.
    static func document(_ doc: JSON) -> [UInt8] {
        var w = ProtobufWriter()
        if let s = doc["swagger"]?.stringValue { w.string(1, s) }
        if let info = doc["info"] {
            w.message(2) { m in
                if let t = info["title"]?.stringValue { m.string(1, t) }
                if let v = info["version"]?.stringValue { m.string(2, v) }
            }
        }
        if let paths = doc["paths"]?.objectValue {
            w.message(8) { m in
                for (path, item) in paths {
                    m.message(2) { named in
                        named.string(1, path)
                        named.message(2) { pathItem(&$0, item) }
                    }
                }
            }
        }
        if let defs = doc["definitions"]?.objectValue {
            w.message(9) { m in
                for (name, s) in defs {
                    m.message(1) { named in
                        named.string(1, name)
                        named.message(2) { schema(&$0, s) }
                    }
                }
            }
        }
        return w.bytes
    }

    /// PathItem: get 2, put 3, post 4, delete 5, patch 8, parameters 9, vendor extensions 10.
    static func pathItem(_ w: inout ProtobufWriter, _ item: JSON) {
        for (verb, field) in [("get", 2), ("put", 3), ("post", 4), ("delete", 5), ("patch", 8)] {
            if let op = item[verb] { w.message(field) { operation(&$0, op) } }
        }
        for p in item["parameters"]?.arrayValue ?? [] { w.message(9) { parametersItem(&$0, p) } }
        extensions(&w, 10, item)
    }

    /// Operation: tags 1, description 3, operationId 5, consumes 7, parameters 8, responses 9, vendor extensions 13.
    static func operation(_ w: inout ProtobufWriter, _ op: JSON) {
        for t in op["tags"]?.arrayValue ?? [] { if let s = t.stringValue { w.string(1, s) } }
        if let d = op["description"]?.stringValue { w.string(3, d) }
        if let id = op["operationId"]?.stringValue { w.string(5, id) }
        for c in op["consumes"]?.arrayValue ?? [] { if let s = c.stringValue { w.string(7, s) } }
        for p in op["parameters"]?.arrayValue ?? [] { w.message(8) { parametersItem(&$0, p) } }
        if let responses = op["responses"]?.objectValue {
            w.message(9) { rs in
                for (code, r) in responses {
                    rs.message(1) { named in
                        named.string(1, code)
                        named.message(2) { value in value.message(1) { response(&$0, r) } }
                    }
                }
            }
        }
        extensions(&w, 13, op)
    }

    /// ParametersItem{Parameter{BodyParameter 1 | NonBodyParameter 2 {query 3 | path 4}}}.
    static func parametersItem(_ w: inout ProtobufWriter, _ p: JSON) {
        w.message(1) { param in
            if p["in"]?.stringValue == "body" {
                param.message(1) { b in
                    if let d = p["description"]?.stringValue { b.string(1, d) }
                    if let n = p["name"]?.stringValue { b.string(2, n) }
                    b.string(3, "body")
                    if p["required"]?.boolValue == true { b.bool(4, true) }
                    if let s = p["schema"] { b.message(5) { schema(&$0, s) } }
                    extensions(&b, 6, p)
                }
                return
            }
            // QueryParameterSubSchema: required 1, in 2, description 3, name 4, type 6, format 7, ext 23.
            // PathParameterSubSchema:  required 1, in 2, description 3, name 4, type 5, format 6, ext 22.
            let isPath = p["in"]?.stringValue == "path"
            param.message(2) { nonBody in
                nonBody.message(isPath ? 4 : 3) { q in
                    if p["required"]?.boolValue == true { q.bool(1, true) }
                    if let i = p["in"]?.stringValue { q.string(2, i) }
                    if let d = p["description"]?.stringValue { q.string(3, d) }
                    if let n = p["name"]?.stringValue { q.string(4, n) }
                    if let t = p["type"]?.stringValue { q.string(isPath ? 5 : 6, t) }
                    if let f = p["format"]?.stringValue { q.string(isPath ? 6 : 7, f) }
                    extensions(&q, isPath ? 22 : 23, p)
                }
            }
        }
    }

    /// Response: description 1, schema 2 (SchemaItem{Schema 1}), vendor extensions 5.
    static func response(_ w: inout ProtobufWriter, _ r: JSON) {
        if let d = r["description"]?.stringValue { w.string(1, d) }
        if let s = r["schema"] { w.message(2) { item in item.message(1) { schema(&$0, s) } } }
        extensions(&w, 5, r)
    }

    /// Schema: $ref 1, format 2, title 3, description 4, required 19, additionalProperties 21,
    /// type 22 (TypeItem), items 23 (ItemsItem), allOf 24, properties 25, vendor extensions 31.
    static func schema(_ w: inout ProtobufWriter, _ s: JSON) {
        if let r = s["$ref"]?.stringValue { w.string(1, r) }
        if let f = s["format"]?.stringValue { w.string(2, f) }
        if let t = s["title"]?.stringValue { w.string(3, t) }
        if let d = s["description"]?.stringValue { w.string(4, d) }
        for r in s["required"]?.arrayValue ?? [] { if let n = r.stringValue { w.string(19, n) } }
        if let ap = s["additionalProperties"] {
            w.message(21) { item in
                if let b = ap.boolValue { item.bool(2, b) } else { item.message(1) { schema(&$0, ap) } }
            }
        }
        if let t = s["type"]?.stringValue { w.message(22) { $0.string(1, t) } }
        if let items = s["items"] { w.message(23) { list in list.message(1) { schema(&$0, items) } } }
        for sub in s["allOf"]?.arrayValue ?? [] { w.message(24) { schema(&$0, sub) } }
        if let props = s["properties"]?.objectValue {
            w.message(25) { p in
                for (name, sub) in props {
                    p.message(1) { named in
                        named.string(1, name)
                        named.message(2) { schema(&$0, sub) }
                    }
                }
            }
        }
        extensions(&w, 31, s)
    }

    /// Every `x-` key of `object` as a NamedAny{name 1, Any{yaml 2}} in field `field`.
    static func extensions(_ w: inout ProtobufWriter, _ field: Int, _ object: JSON) {
        for (key, value) in object.objectValue ?? [:] where key.hasPrefix("x-") {
            w.message(field) { named in
                named.string(1, key)
                named.message(2) { $0.string(2, OpenAPIYAML.encode(value)) }
            }
        }
    }
}

/// A protobuf wire-format writer for the message shapes above.
struct ProtobufWriter {
    /// The encoded bytes.
    var bytes: [UInt8] = []

    /// A base-128 varint.
    mutating func varint(_ value: UInt64) {
        var v = value
        while v >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: v) | 0x80)
            v >>= 7
        }
        bytes.append(UInt8(v))
    }

    /// A field key: the field number and the wire type.
    mutating func key(_ field: Int, _ wireType: UInt64) { varint(UInt64(field) << 3 | wireType) }

    /// A length-delimited string field.
    mutating func string(_ field: Int, _ value: String) {
        key(field, 2)
        varint(UInt64(value.utf8.count))
        bytes.append(contentsOf: value.utf8)
    }

    /// A varint bool field.
    mutating func bool(_ field: Int, _ value: Bool) {
        key(field, 0)
        varint(value ? 1 : 0)
    }

    /// A length-delimited embedded message, built by `build`.
    mutating func message(_ field: Int, _ build: (inout ProtobufWriter) -> Void) {
        var inner = ProtobufWriter()
        build(&inner)
        key(field, 2)
        varint(UInt64(inner.bytes.count))
        bytes.append(contentsOf: inner.bytes)
    }
}
