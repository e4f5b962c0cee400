import Foundation
import JSON
import Testing
@testable import API

/// A fixed "now" for table tests: 2026-11-27T03:10:00Z.
let tableNow: Date = ObjectMeta.parseTimestamp("2026-11-27T03:10:00Z") ?? Date(timeIntervalSince1970: 0)

/// `tableNow` minus `seconds`, as an RFC 3339 string.
func ago(_ seconds: Double) -> String { ObjectMeta.timestamp(tableNow.addingTimeInterval(-seconds)) }

/// The standard resource for `plural` in `group` (first served version).
func tableResource(_ plural: String, group: String = "") -> ResourceInfo {
    let registry = ResourceRegistry.standard
    let version = registry.preferredVersion(group: group) ?? "v1"
    return registry.resource(group: group, version: version, plural: plural)
        ?? ResourceInfo(group: group, version: version, kind: "Unknown", plural: plural, singular: plural, scope: .namespaced)
}

/// Parses a JSON literal used as a test fixture.
func fixture(_ text: String) throws -> JSON { try JSONParser.parse(text) }

/// The row cells of one object.
func cells(_ object: JSON, _ plural: String, group: String = "") -> [JSON] {
    let row = TableConvertor.row(for: object, resource: tableResource(plural, group: group), now: tableNow,
                                 includeObject: .none)
    return row["cells"]?.arrayValue ?? []
}

/// The names of the columns, in order.
func columnNames(_ plural: String, group: String = "") -> [String] {
    TableConvertor.columns(for: tableResource(plural, group: group)).map { $0["name"]?.stringValue ?? "" }
}

/// The first `n` cells as strings (integers printed), as kubectl shows them.
func shown(_ cells: [JSON], _ n: Int? = nil) -> [String] {
    cells.prefix(n ?? cells.count).map { cell in
        switch cell {
        case .string(let s): return s
        case .int(let i): return String(i)
        case .bool(let b): return b ? "true" : "false"
        default: return cell.jsonString
        }
    }
}
