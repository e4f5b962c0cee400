import JSON

/// Renders the compact type tables as OpenAPI schema JSON, in the swagger 2.0 form (`#/definitions/…`,
/// `$ref` beside `description`) or the OpenAPI 3 form (`#/components/schemas/…`, a described reference
/// wrapped in `allOf` as upstream's v3 documents do, since siblings of `$ref` are ignored there).
struct OpenAPISchemaRenderer: Sendable {
    /// Whether to render for OpenAPI 3.
    let v3: Bool

    /// The JSON reference to a definition.
    func ref(_ fullName: String) -> JSON {
        ["$ref": .string((v3 ? "#/components/schemas/" : "#/definitions/") + fullName)]
    }

    /// The schema of a type, without a description.
    func schema(_ type: OpenAPIType) -> JSONObject {
        switch type {
        case .string: return ["type": "string"]
        case .int32: return ["type": "integer", "format": "int32"]
        case .int64: return ["type": "integer", "format": "int64"]
        case .number: return ["type": "number", "format": "double"]
        case .boolean: return ["type": "boolean"]
        case .format(let format): return ["type": "string", "format": .string(format)]
        case .ref(let short): return ref(OpenAPITypeDef.expand(short)).objectValue ?? [:]
        case .array(let item): return ["type": "array", "items": .object(schema(item))]
        case .map(let value): return ["type": "object", "additionalProperties": .object(schema(value))]
        case .free: return ["type": "object", "x-kubernetes-preserve-unknown-fields": true]
        }
    }

    /// A property: its type, description and extensions.
    func property(_ field: OpenAPIField) -> JSON {
        var out: JSONObject
        if case .ref(let short) = field.type, v3 {
            out = ["allOf": [ref(OpenAPITypeDef.expand(short))]]
        } else {
            out = schema(field.type)
        }
        out["description"] = .string(field.description)
        for (k, v) in field.extensions { out[k] = v }
        return .object(out)
    }

    /// A whole definition, with extra extensions (the GVK list of a kind).
    func definition(_ def: OpenAPITypeDef, extensions: JSONObject) -> JSON {
        var out: JSONObject = ["description": .string(def.description)]
        switch def.body {
        case .object(let fields):
            out["type"] = "object"
            var props = JSONObject()
            for field in fields { props[field.name] = property(field) }
            out["properties"] = .object(props)
            if !def.required.isEmpty { out["required"] = .array(def.required.map { .string($0) }) }
        case .scalar(let type, let format):
            out["type"] = .string(type)
            if let format { out["format"] = .string(format) }
        case .free:
            out["type"] = "object"
        }
        for (k, v) in extensions { out[k] = v }
        return .object(out)
    }
}
