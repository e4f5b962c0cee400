import JSON

/// A label selector, as apimachinery's `labels.Selector`: a conjunction of requirements kept sorted
/// by key, parsed from the query syntax (`app=web,tier in (a,b),!canary`) or built from a
/// `metav1.LabelSelector` object (`matchLabels` + `matchExpressions`).
public struct LabelSelector: Sendable, Equatable, CustomStringConvertible {
    /// A requirement's operator.
    public enum Operator: String, Sendable {
        case equals = "="
        case doubleEquals = "=="
        case notEquals = "!="
        case `in` = "in"
        case notIn = "notin"
        case exists = "exists"
        case doesNotExist = "!"
        /// `key>n`: the label is an integer greater than n (label-selector query syntax only).
        case greaterThan = ">"
        /// `key<n`: the label is an integer less than n.
        case lessThan = "<"
    }

    /// One term: `key op values`.
    public struct Requirement: Sendable, Equatable {
        /// The label key.
        public var key: String
        /// The operator.
        public var op: Operator
        /// The values (one for equality operators, none for exists/does-not-exist).
        public var values: [String]

        /// Whether labels satisfy this requirement (a missing key satisfies only `!=`, `notin` and `!`).
        public func matches(_ labels: [String: String]) -> Bool {
            switch op {
            case .equals, .doubleEquals, .in:
                guard let v = labels[key] else { return false }
                return values.contains(v)
            case .notEquals, .notIn:
                guard let v = labels[key] else { return true }
                return !values.contains(v)
            case .exists: return labels[key] != nil
            case .doesNotExist: return labels[key] == nil
            case .greaterThan, .lessThan:
                guard let v = labels[key], let have = Int64(v), values.count == 1, let bound = Int64(values[0]) else {
                    return false
                }
                return op == .greaterThan ? have > bound : have < bound
            }
        }

        /// The requirement as upstream's `Requirement.String()` prints it (set values sorted).
        public var description: String {
            switch op {
            case .exists: return key
            case .doesNotExist: return "!" + key
            case .equals, .doubleEquals, .notEquals, .greaterThan, .lessThan:
                return key + op.rawValue + (values.first ?? "")
            case .in, .notIn:
                let sorted = values.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
                return key + " " + op.rawValue + " (" + sorted.joined(separator: ",") + ")"
            }
        }
    }

    /// The requirements, sorted by key (stable for equal keys).
    public private(set) var requirements: [Requirement]
    /// True for the selector that matches nothing (a missing `metav1.LabelSelector`).
    public private(set) var matchesNothing: Bool

    /// A selector of these requirements (sorted by key here, as upstream sorts on parse).
    public init(requirements: [Requirement]) {
        self.requirements = LabelSelector.sortedByKey(requirements)
        matchesNothing = false
    }

    /// The selector that matches every object.
    public static let everything = LabelSelector(requirements: [])
    /// The selector that matches no object.
    public static let nothing: LabelSelector = {
        var s = LabelSelector(requirements: [])
        s.matchesNothing = true
        return s
    }()

    /// Whether the selector places no restriction.
    public var isEverything: Bool { !matchesNothing && requirements.isEmpty }

    /// Whether labels satisfy every requirement.
    public func matches(_ labels: [String: String]) -> Bool {
        if matchesNothing { return false }
        for r in requirements where !r.matches(labels) { return false }
        return true
    }

    /// The value `key` must equal for a match (`key=v`, `key==v` or `key in (v)`), if the selector
    /// pins one, as upstream's `RequiresExactMatch`; useful for index lookups.
    public func requiredValue(for key: String) -> String? {
        guard let r = requirements.first(where: { $0.key == key }) else { return nil }
        switch r.op {
        case .equals, .doubleEquals, .in: return r.values.count == 1 ? r.values[0] : nil
        default: return nil
        }
    }

    /// The canonical string form, as upstream's `Selector.String()`.
    public var description: String { requirements.map(\.description).joined(separator: ",") }

    static func sortedByKey(_ list: [Requirement]) -> [Requirement] {
        list.enumerated().sorted { a, b in
            if a.element.key != b.element.key {
                return Array(a.element.key.utf8).lexicographicallyPrecedes(Array(b.element.key.utf8))
            }
            return a.offset < b.offset
        }.map(\.element)
    }

    /// Builds a selector from a `metav1.LabelSelector` object as upstream's `LabelSelectorAsSelector`:
    /// `null` (or a non-object) selects nothing, `{}` everything; `matchLabels` become `=` terms and
    /// `matchExpressions` use `In`, `NotIn`, `Exists`, `DoesNotExist`. Errors are 400 BadRequest.
    public init(from selector: JSON) throws(APIError) {
        guard case .object(let obj) = selector else {
            self = .nothing
            return
        }
        var reqs: [Requirement] = []
        if case .object(let ml)? = obj["matchLabels"] {
            let keys = ml.keys.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
            for k in keys {
                let v = ml[k]?.stringValue ?? ""
                reqs.append(try LabelSelector.makeRequirement(k, .equals, [v], valuesNil: false))
            }
        }
        if case .array(let exprs)? = obj["matchExpressions"] {
            for e in exprs {
                let key = e["key"]?.stringValue ?? ""
                let opName = e["operator"]?.stringValue ?? ""
                let op: Operator
                switch opName {
                case "In": op = .in
                case "NotIn": op = .notIn
                case "Exists": op = .exists
                case "DoesNotExist": op = .doesNotExist
                default: throw APIError.badRequest("\(JSON.string(opName).jsonString) is not a valid label selector operator")
                }
                let rawValues = e["values"]?.arrayValue
                let values = rawValues?.map { $0.stringValue ?? "" } ?? []
                reqs.append(try LabelSelector.makeRequirement(key, op, values, valuesNil: rawValues == nil || values.isEmpty))
            }
        }
        self.init(requirements: reqs)
    }
}
