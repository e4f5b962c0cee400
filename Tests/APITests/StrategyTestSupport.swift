import JSON
import Testing
@testable import API

/// Runs a create through a strategy the way the Registry does: defaults, prepareForCreate, validate.
func created(_ text: String, group: String, kind: String) throws -> (JSON, [String]) {
    var obj = try JSONParser.parse(text)
    let s = Strategies.strategy(group: group, kind: kind)
    s.applyDefaults(&obj)
    s.prepareForCreate(&obj)
    return (obj, s.validate(obj).map(\.message))
}

/// Runs an update: defaults, prepareForUpdate, validate and validateUpdate.
func updated(_ new: JSON, old: JSON, group: String, kind: String) -> (JSON, [String]) {
    var obj = new
    let s = Strategies.strategy(group: group, kind: kind)
    s.applyDefaults(&obj)
    s.prepareForUpdate(&obj, old: old)
    return (obj, (s.validate(obj) + s.validateUpdate(obj, old: old)).map(\.message))
}
