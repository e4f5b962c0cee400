import Foundation
import API
import HTTP
import JSON

extension APIServer {
    /// Routes a resource request to its verb's handler after resolving the resource and checking
    /// scope, verb and subresource as upstream's installer would.
    func handleResource(_ request: HTTPRequest, _ info: RequestInfo, _ respond: @escaping @Sendable (HTTPResponse) -> Void) {
        guard let r = registry.resources.resource(group: info.group, version: info.version, plural: info.resource) else {
            respond(Responses.error(.pathNotFound))
            return
        }
        // A cluster-scoped resource has no namespaced paths; a namespaced one is only listed or
        // watched across namespaces.
        if !r.namespaced, info.namespace != nil {
            respond(Responses.error(.pathNotFound))
            return
        }
        if r.namespaced, info.namespace == nil, info.verb != "list", info.verb != "watch" {
            respond(Responses.error(.pathNotFound))
            return
        }
        // exec, attach, portforward, log and proxy speak their own protocols (upgrades, plain text,
        // whatever the backend answers): no content negotiation, no object verbs.
        if routeStreaming(request, info, r, respond) { return }
        if let sub = info.subresource, !r.subresources.contains(sub) {
            respond(Responses.error(.pathNotFound))
            return
        }
        if info.subresource == nil, !r.verbs.contains(info.verb) {
            respond(Responses.error(.methodNotAllowed("the server does not allow this method on the requested resource")))
            return
        }
        do throws(APIError) {
            guard let format = OutputFormat.negotiate(request.header("Accept")) else {
                throw APIError.notAcceptable("only the following media types are accepted: application/json, application/json;as=Table;v=v1;g=meta.k8s.io, application/json;as=PartialObjectMetadata;v=v1;g=meta.k8s.io")
            }
            switch info.verb {
            case "get": respond(try get(request, info, r, format))
            case "list": respond(try list(request, info, r, format))
            case "watch": respond(try watch(request, info, r, format))
            case "create": try create(request, info, r, respond)
            case "update": try update(request, info, r, respond)
            case "patch": try patch(request, info, r, respond)
            case "delete": try delete(request, info, r, respond)
            case "deletecollection": try deleteCollection(request, info, r, respond)
            default: throw APIError.methodNotAllowed("the server does not allow this method on the requested resource")
            }
        } catch {
            respond(Responses.error(error))
        }
    }

    /// The object of a POST or PUT body, and its duplicate fields (for `fieldValidation`).
    func decodeBody(_ request: HTTPRequest) throws(APIError) -> (JSON, duplicates: [String]) {
        let type = Negotiation.bodyType(request.header("Content-Type"))
        guard !request.body.isEmpty else { throw APIError.badRequest("the body of the request is empty") }
        if type == ProtobufDecoder.mediaType {
            // kubectl ≥ 1.32's typed clients post protobuf and never retry in JSON (kubectl-wire.md §2.4).
            return (try ProtobufDecoder.decode(request.body), [])
        }
        guard type.isEmpty || type == "application/json" || type == "*/*" else {
            throw APIError.unsupportedMediaType(type)
        }
        do {
            let (obj, hasDuplicates) = try JSONParser.parseDetectingDuplicates(request.body)
            guard hasDuplicates else { return (obj, []) }
            // Rare: parse again to name the duplicated fields.
            let (_, paths) = try JSONParser.parseReportingDuplicates(request.body)
            return (obj, paths.map { "duplicate field \"\($0.dropFirst())\"" })
        } catch {
            throw APIError.badRequest("the object provided is unrecognized or malformed: \(error)")
        }
    }

    /// `dryRun`, `fieldManager`, `fieldValidation` and `force`.
    func writeOptions(_ request: HTTPRequest) throws(APIError) -> WriteOptions {
        var o = WriteOptions()
        for (k, v) in request.query where k == "dryRun" {
            guard v == "All" else { throw APIError.badRequest("Invalid dry run value \(v): allowed values are \"All\"") }
            o.dryRun = true
        }
        o.fieldManager = request.queryValue("fieldManager")
        if let fv = request.queryValue("fieldValidation") {
            guard ["Strict", "Warn", "Ignore"].contains(fv) else {
                throw APIError.badRequest("invalid fieldValidation directive: \(fv), must be one of Ignore, Warn, or Strict")
            }
            o.fieldValidation = fv
        }
        o.force = APIServer.isTrue(request.queryValue("force"))
        o.manager = ManagedFields.managerName(fieldManager: o.fieldManager, userAgent: request.header("User-Agent"))
        return o
    }

    /// `labelSelector`, `fieldSelector`, `limit`, `continue`, `resourceVersion`, `resourceVersionMatch`.
    func listOptions(_ request: HTTPRequest) throws(APIError) -> ListOptions {
        var o = ListOptions()
        if let s = request.queryValue("labelSelector") { o.labelSelector = try LabelSelector(parsing: s) }
        if let s = request.queryValue("fieldSelector") { o.fieldSelector = try FieldSelector(parsing: s) }
        if let s = request.queryValue("limit"), !s.isEmpty {
            guard let l = Int(s), l >= 0 else { throw APIError.badRequest("invalid limit \"\(s)\"") }
            o.limit = l
        }
        o.continueToken = request.queryValue("continue")
        o.resourceVersion = request.queryValue("resourceVersion")
        if let m = request.queryValue("resourceVersionMatch"), !m.isEmpty {
            guard m == "NotOlderThan" || m == "Exact" else {
                throw APIError(code: 422, reason: "Invalid", message: "resourceVersionMatch: Unsupported value: \"\(m)\": supported values: \"Exact\", \"NotOlderThan\"")
            }
            guard let rv = o.resourceVersion, !rv.isEmpty else {
                throw APIError(code: 422, reason: "Invalid", message: "resourceVersionMatch: Forbidden: resourceVersionMatch is forbidden unless resourceVersion is provided")
            }
            o.resourceVersionMatch = m
        }
        return o
    }

    func get(_ request: HTTPRequest, _ info: RequestInfo, _ r: ResourceInfo,
             _ format: OutputFormat) throws(APIError) -> HTTPResponse {
        let name = info.name ?? ""
        if info.subresource == "scale" {
            return Responses.json(200, try registry.getScale(r, namespace: info.namespace, name: name))
        }
        if let sub = info.subresource, sub != "status" {
            throw APIError.methodNotAllowed("the server does not allow this method on the requested resource")
        }
        let bytes = try registry.get(r, namespace: info.namespace, name: name)
        guard format != .json else { return Responses.json(200, bytes) }
        let obj = try Printing.parse(bytes)
        let meta: JSON = ["resourceVersion": obj[path: ["metadata", "resourceVersion"]] ?? ""]
        return Responses.json(200, try Printing.render([obj], resource: r, listMetadata: meta, format: format,
                                                       includeObject: request.queryValue("includeObject"), single: true,
                                                       now: registry.clock.now()))
    }

    func list(_ request: HTTPRequest, _ info: RequestInfo, _ r: ResourceInfo,
              _ format: OutputFormat) throws(APIError) -> HTTPResponse {
        let options = try listOptions(request)
        guard format != .json else {
            return Responses.json(200, try registry.listParts(r, namespace: info.namespace, options: options))
        }
        let page = try registry.listPage(r, namespace: info.namespace, options: options)
        let objects = try page.items.map { item throws(APIError) in try Printing.parse(registry.output(item, for: r)) }
        var meta: JSONObject = ["resourceVersion": .string(String(page.revision))]
        if let token = page.continueToken {
            meta["continue"] = .string(token)
            meta["remainingItemCount"] = .int(Int64(page.remaining))
        }
        return Responses.json(200, try Printing.render(objects, resource: r, listMetadata: .object(meta), format: format,
                                                       includeObject: request.queryValue("includeObject"), single: false,
                                                       now: registry.clock.now()))
    }

    func create(_ request: HTTPRequest, _ info: RequestInfo, _ r: ResourceInfo,
                _ respond: @escaping @Sendable (HTTPResponse) -> Void) throws(APIError) {
        if r.plural == "serviceaccounts", r.group.isEmpty, info.subresource == "token", let name = info.name {
            guard let account = registry.getObject(r, namespace: info.namespace, name: name) else {
                throw APIError.notFound(resource: "serviceaccounts", group: "", name: name)
            }
            let (body, _) = try decodeBody(request)
            respond(Responses.json(201, try TokenRequests.issue(for: account, request: body, now: registry.clock.now())))
            return
        }
        if info.subresource == "binding", let name = info.name {
            let (body, _) = try decodeBody(request)
            registry.bind(r, namespace: info.namespace, name: name, binding: body, options: try writeOptions(request)) { result in
                respond(APIServer.render(result))
            }
            return
        }
        if info.name != nil {
            throw APIError.methodNotAllowed("the server does not allow this method on the requested resource")
        }
        let (body, duplicates) = try decodeBody(request)
        var options = try writeOptions(request)
        options.warnings = duplicates
        if Reviews.isReview(r) {
            respond(Responses.json(201, try Reviews.answer(r, request: body, namespace: info.namespace)))
            return
        }
        registry.create(r, namespace: info.namespace, object: body, options: options) { result in
            respond(APIServer.render(result))
        }
    }

    func update(_ request: HTTPRequest, _ info: RequestInfo, _ r: ResourceInfo,
                _ respond: @escaping @Sendable (HTTPResponse) -> Void) throws(APIError) {
        let name = info.name ?? ""
        let (body, duplicates) = try decodeBody(request)
        var options = try writeOptions(request)
        options.warnings = duplicates
        if info.subresource == "scale" {
            registry.updateScale(r, namespace: info.namespace, name: name, options: options,
                                 change: { _ throws(APIError) in body }) { respond(APIServer.render($0)) }
            return
        }
        registry.update(r, namespace: info.namespace, name: name, subresource: info.subresource, object: body,
                        options: options) { respond(APIServer.render($0)) }
    }

    func patch(_ request: HTTPRequest, _ info: RequestInfo, _ r: ResourceInfo,
               _ respond: @escaping @Sendable (HTTPResponse) -> Void) throws(APIError) {
        let name = info.name ?? ""
        let ct = Negotiation.bodyType(request.header("Content-Type"))
        guard let type = PatchType(rawValue: ct) else {
            throw APIError(code: 415, reason: "UnsupportedMediaType",
                           message: "the body of the request was in an unknown format - accepted media types include: application/json-patch+json, application/merge-patch+json, application/apply-patch+yaml, application/strategic-merge-patch+json")
        }
        let options = try writeOptions(request)
        try ManagedFields.validateOptions(fieldManager: options.fieldManager,
                                          force: request.queryValue("force").map { _ in options.force },
                                          isApply: type == .apply)
        if type == .apply {
            // Apply configurations are YAML (JSON is YAML too).
            let config: JSON
            do {
                config = try YAMLParser.parse(String(decoding: request.body, as: UTF8.self))
            } catch {
                throw APIError.badRequest("error decoding YAML: \(error)")
            }
            guard case .object = config else { throw APIError.badRequest("the apply configuration must be an object") }
            registry.apply(r, namespace: info.namespace, name: name, subresource: info.subresource, config: config,
                           options: options) { respond(APIServer.render($0)) }
            return
        }
        let patchBody: JSON
        do {
            patchBody = try JSONParser.parse(request.body)
        } catch {
            throw APIError.badRequest("error decoding patch: \(error)")
        }
        if info.subresource == "scale" {
            registry.updateScale(r, namespace: info.namespace, name: name, options: options,
                                 change: { scale throws(APIError) in
                                     try Patching.apply(type, patch: patchBody, to: scale, kind: "Scale")
                                 }) { respond(APIServer.render($0)) }
            return
        }
        registry.patch(r, namespace: info.namespace, name: name, subresource: info.subresource, type: type,
                       patch: patchBody, options: options) { respond(APIServer.render($0)) }
    }

    /// DeleteOptions from the body (kubectl sends them as JSON) and the query.
    func deleteOptions(_ request: HTTPRequest) throws(APIError) -> DeleteOptions {
        var body: JSON?
        if !request.body.isEmpty {
            do {
                body = try JSONParser.parse(request.body)
            } catch {
                throw APIError.badRequest("invalid DeleteOptions: \(error)")
            }
        }
        var o = try DeleteOptions(body: body)
        if let g = request.queryValue("gracePeriodSeconds") {
            guard let v = Int64(g) else { throw APIError.badRequest("invalid gracePeriodSeconds \"\(g)\"") }
            o.gracePeriodSeconds = v
        }
        if let p = request.queryValue("propagationPolicy") { o.propagationPolicy = p }
        if let orphan = request.queryValue("orphanDependents") {
            // Query parameters decode as Go's strconv.ParseBool reads them.
            switch orphan {
            case "1", "t", "T", "true", "TRUE", "True": o.orphanDependents = true
            case "0", "f", "F", "false", "FALSE", "False": o.orphanDependents = false
            default: throw APIError.badRequest("invalid orphanDependents \"\(orphan)\"")
            }
        }
        if request.query.contains(where: { $0.name == "dryRun" }) { o.dryRun = try writeOptions(request).dryRun }
        return o
    }

    func delete(_ request: HTTPRequest, _ info: RequestInfo, _ r: ResourceInfo,
                _ respond: @escaping @Sendable (HTTPResponse) -> Void) throws(APIError) {
        if info.subresource != nil {
            throw APIError.methodNotAllowed("the server does not allow this method on the requested resource")
        }
        let options = try deleteOptions(request)
        registry.delete(r, namespace: info.namespace, name: info.name ?? "", options: options) {
            respond(APIServer.render($0))
        }
    }

    func deleteCollection(_ request: HTTPRequest, _ info: RequestInfo, _ r: ResourceInfo,
                          _ respond: @escaping @Sendable (HTTPResponse) -> Void) throws(APIError) {
        let options = try deleteOptions(request)
        let lo = try listOptions(request)
        registry.deleteCollection(r, namespace: info.namespace, listOptions: lo, options: options) {
            respond(APIServer.render($0))
        }
    }

    /// The HTTP answer of a Registry write, with one `Warning` header per warning (RFC 7234 code 299,
    /// as upstream sends them).
    static func render(_ result: Result<WriteResult, APIError>) -> HTTPResponse {
        switch result {
        case .success(let w):
            var r = Responses.json(w.code, w.body)
            for m in w.warnings { r.headers.append((name: "Warning", value: "299 - " + JSON.string(m).jsonString)) }
            return r
        case .failure(let e): return Responses.error(e)
        }
    }
}
