import JSON

/// Builds the `paths` of the documents: for every resource, its collection, item, all-namespaces,
/// status and scale paths, with one operation per served verb. Each operation carries
/// `x-kubernetes-action` and `x-kubernetes-group-version-kind`; every write operation lists the
/// `fieldValidation` query parameter, which kubectl looks for on the PATCH operation of a GVK to decide
/// that the server validates fields itself (kubectl-wire.md §2.5).
struct OpenAPIPaths: Sendable {
    /// Whether to build OpenAPI 3 operations (parameters with `schema`, `requestBody`, `content`).
    let v3: Bool
    private var renderer: OpenAPISchemaRenderer { OpenAPISchemaRenderer(v3: v3) }

    /// The path items of one resource, keyed by path.
    func paths(for r: ResourceInfo) -> [(String, JSON)] {
        let base = r.group.isEmpty ? "/api/\(r.version)" : "/apis/\(r.group)/\(r.version)"
        let scoped = r.namespaced ? base + "/namespaces/{namespace}" : base
        let collection = scoped + "/" + r.plural
        let item = collection + "/{name}"
        let kindDef = OpenAPIDefinitions.definitionName(for: r)
        let gvk = OpenAPIGVK(group: r.group, version: r.version, kind: r.kind)
        let ns = r.namespaced ? "Namespaced" : ""
        let id = Self.operationGroup(r)
        let tag = Self.tag(r)
        let verbs = Set(r.verbs)
        var out: [(String, JSON)] = []

        func op(_ verb: String, _ action: String, _ opID: String, _ summary: String, params: [JSON],
                body: String?, response: String, gvk: OpenAPIGVK, created: Bool = false) -> JSON {
            var o: JSONObject = [
                "description": .string(summary),
                "operationId": .string(opID),
                "tags": [.string(tag)],
                "x-kubernetes-action": .string(action),
                "x-kubernetes-group-version-kind": gvk.json,
            ]
            var ps = params
            if let body {
                if v3 {
                    // PATCH lists the patch types upstream lists for a built-in kind, strategic merge
                    // included: kubectl apply (1.30+) then computes its patch from these schemas (with their
                    // patch-merge keys) instead of logging that the v3 path does not support strategic merge.
                    let types: [String] = verb == "patch"
                        ? ["application/apply-patch+yaml", "application/json-patch+json", "application/merge-patch+json",
                           "application/strategic-merge-patch+json"]
                        : ["application/json", "application/yaml"]
                    var content = JSONObject()
                    for t in types { content[t] = ["schema": renderer.ref(body)] }
                    o["requestBody"] = ["content": .object(content), "required": .bool(verb != "delete")]
                } else {
                    ps.insert(["in": "body", "name": "body", "required": .bool(verb != "delete"), "schema": renderer.ref(body)], at: 0)
                    if verb == "patch" {
                        // Upstream's v2 `consumes` of PATCH, in its order.
                        o["consumes"] = ["application/json-patch+json", "application/merge-patch+json",
                                         "application/strategic-merge-patch+json", "application/apply-patch+yaml"]
                    }
                }
            }
            if !ps.isEmpty { o["parameters"] = .array(ps) }
            var responses: JSONObject = ["200": response200(response), "401": ["description": "Unauthorized"]]
            if created {
                responses["201"] = response200(response, description: "Created")
                responses["202"] = response200(response, description: "Accepted")
            }
            o["responses"] = .object(responses)
            return .object(o)
        }

        let writeParams = [query("dryRun", "When present, the change is validated but not persisted. The only valid value is All."),
                           query("fieldManager", "The name of the actor making the change, for managedFields."),
                           query("fieldValidation", "How unknown and duplicate fields are handled: Ignore, Warn or Strict.")]
        let patchParams = writeParams + [query("force", "Apply only: take ownership of conflicting fields.", type: "boolean")]
        let listParams = [query("labelSelector", "Only objects whose labels match."),
                          query("fieldSelector", "Only objects whose fields match."),
                          query("limit", "The most items to return; a continue token fetches the rest.", type: "integer"),
                          query("continue", "The token from a previous limited list."),
                          query("resourceVersion", "The resource version to read at, or to watch from."),
                          query("timeoutSeconds", "How long a watch lasts.", type: "integer"),
                          query("watch", "Stream changes instead of returning a list.", type: "boolean")]
        let deleteParams = [query("dryRun", "When present, the deletion is not persisted. The only valid value is All."),
                            query("gracePeriodSeconds", "Seconds before the object is deleted.", type: "integer"),
                            query("propagationPolicy", "How dependents are deleted: Orphan, Background or Foreground.")]
        let pretty = query("pretty", "Indent the output.")
        let nameParam = pathParam("name", "The name of the \(r.kind).")
        let nsParam = pathParam("namespace", "The namespace of the object.")
        let statusDef = OpenAPITypeDef.expand("meta.Status")

        var coll = JSONObject()
        if verbs.contains("list") {
            coll["get"] = op("get", "list", "list\(id)\(ns)\(r.kind)", "list or watch \(r.kind) objects", params: listParams,
                             body: nil, response: kindDef + "List", gvk: gvk)
        }
        if verbs.contains("create") {
            coll["post"] = op("post", "post", "create\(id)\(ns)\(r.kind)", "create a \(r.kind)", params: writeParams,
                              body: kindDef, response: kindDef, gvk: gvk, created: true)
        }
        if verbs.contains("deletecollection") {
            coll["delete"] = op("delete", "deletecollection", "deleteCollection\(id)\(ns)\(r.kind)", "delete a collection of \(r.kind) objects",
                                params: deleteParams + listParams, body: OpenAPITypeDef.expand("meta.DeleteOptions"), response: statusDef, gvk: gvk)
        }
        if !coll.isEmpty {
            coll["parameters"] = .array(r.namespaced ? [nsParam, pretty] : [pretty])
            out.append((collection, .object(coll)))
        }

        var one = JSONObject()
        if verbs.contains("get") {
            one["get"] = op("get", "get", "read\(id)\(ns)\(r.kind)", "read the specified \(r.kind)", params: [], body: nil,
                            response: kindDef, gvk: gvk)
        }
        if verbs.contains("update") {
            one["put"] = op("put", "put", "replace\(id)\(ns)\(r.kind)", "replace the specified \(r.kind)", params: writeParams,
                            body: kindDef, response: kindDef, gvk: gvk, created: true)
        }
        if verbs.contains("patch") {
            one["patch"] = op("patch", "patch", "patch\(id)\(ns)\(r.kind)", "partially update the specified \(r.kind)",
                              params: patchParams, body: OpenAPITypeDef.expand("meta.Patch"), response: kindDef, gvk: gvk, created: true)
        }
        if verbs.contains("delete") {
            one["delete"] = op("delete", "delete", "delete\(id)\(ns)\(r.kind)", "delete a \(r.kind)", params: deleteParams,
                               body: OpenAPITypeDef.expand("meta.DeleteOptions"), response: statusDef, gvk: gvk)
        }
        let itemParams: [JSON] = r.namespaced ? [nameParam, nsParam, pretty] : [nameParam, pretty]
        if !one.isEmpty {
            one["parameters"] = .array(itemParams)
            out.append((item, .object(one)))
        }

        if r.namespaced && verbs.contains("list") {
            let all: JSONObject = [
                "get": op("get", "list", "list\(id)\(r.kind)ForAllNamespaces", "list or watch \(r.kind) objects in every namespace",
                          params: listParams, body: nil, response: kindDef + "List", gvk: gvk),
                "parameters": [pretty],
            ]
            out.append((base + "/" + r.plural, .object(all)))
        }

        for (sub, suffix) in [("status", "Status"), ("scale", "Scale")] where r.subresources.contains(sub) {
            let def = sub == "scale" ? OpenAPITypeDef.expand("as1.Scale") : kindDef
            let subGVK = sub == "scale" ? OpenAPIGVK(group: "autoscaling", version: "v1", kind: "Scale") : gvk
            let what = sub == "scale" ? "scale of the specified \(r.kind)" : "status of the specified \(r.kind)"
            let s: JSONObject = [
                "get": op("get", "get", "read\(id)\(ns)\(r.kind)\(suffix)", "read \(what)", params: [], body: nil,
                          response: def, gvk: subGVK),
                "put": op("put", "put", "replace\(id)\(ns)\(r.kind)\(suffix)", "replace \(what)", params: writeParams,
                          body: def, response: def, gvk: subGVK, created: true),
                "patch": op("patch", "patch", "patch\(id)\(ns)\(r.kind)\(suffix)", "partially update \(what)",
                            params: patchParams, body: OpenAPITypeDef.expand("meta.Patch"), response: def, gvk: subGVK, created: true),
                "parameters": .array(itemParams),
            ]
            out.append((item + "/" + sub, .object(s)))
        }
        return out
    }

    private func response200(_ def: String, description: String = "OK") -> JSON {
        if v3 {
            return ["description": .string(description),
                    "content": ["application/json": ["schema": renderer.ref(def)], "application/yaml": ["schema": renderer.ref(def)]]]
        }
        return ["description": .string(description), "schema": renderer.ref(def)]
    }

    private func query(_ name: String, _ description: String, type: String = "string") -> JSON {
        if v3 {
            return ["name": .string(name), "in": "query", "description": .string(description), "schema": ["type": .string(type)]]
        }
        return ["name": .string(name), "in": "query", "description": .string(description), "type": .string(type)]
    }

    private func pathParam(_ name: String, _ description: String) -> JSON {
        if v3 {
            return ["name": .string(name), "in": "path", "description": .string(description), "required": true,
                    "schema": ["type": "string"]]
        }
        return ["name": .string(name), "in": "path", "description": .string(description), "required": true, "type": "string"]
    }

    /// The group-version part of upstream's operation ids: "CoreV1", "AppsV1", "RbacAuthorizationV1".
    static func operationGroup(_ r: ResourceInfo) -> String {
        let group = r.group.isEmpty ? "core" : (r.group.hasSuffix(".k8s.io") ? String(r.group.dropLast(7)) : r.group)
        return group.split(separator: ".").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
            + r.version.prefix(1).uppercased() + r.version.dropFirst()
    }

    /// The operation tag: "core_v1", "apps_v1", "rbacAuthorization_v1".
    static func tag(_ r: ResourceInfo) -> String {
        let id = operationGroup(r)
        let group = String(id.dropLast(r.version.count))
        return group.prefix(1).lowercased() + group.dropFirst() + "_" + r.version
    }
}
