import Foundation

/// A CronJob schedule as upstream parses it: `github.com/robfig/cron/v3`'s `ParseStandard` (five fields
/// minute, hour, day of month, month, day of week; `*`, `?`, ranges `a-b`, steps `*/n`, `a-b/n` and
/// `a/n`, lists `a,b`, month and weekday names; the descriptors `@yearly`, `@annually`, `@monthly`,
/// `@weekly`, `@daily`, `@midnight`, `@hourly` and `@every <duration>`; a `CRON_TZ=` or `TZ=` prefix).
/// Error messages are robfig's, since upstream validation shows them verbatim. It lives in `API` because
/// both CronJob validation and the CronJob controller parse schedules.
public struct CronSchedule: Sendable, Equatable {
    /// What fires: matching wall-clock minutes, or a constant delay (`@every`).
    public enum Rule: Sendable, Equatable {
        /// Bit sets over each field's values; bit 63 is robfig's `starBit` (the field was `*` or `?`).
        case fields(minute: UInt64, hour: UInt64, dayOfMonth: UInt64, month: UInt64, dayOfWeek: UInt64)
        /// `@every`: this many whole seconds after the previous time.
        case every(seconds: Int64)
    }

    /// The rule.
    public let rule: Rule
    /// The zone wall-clock fields are read in (the prefix's, else the one passed to `parse`, else UTC).
    public let timeZone: TimeZone

    /// robfig's `starBit`.
    static let starBit: UInt64 = 1 << 63

    struct Bounds {
        let min: Int
        let max: Int
        let names: [String: Int]
    }

    static let minutes = Bounds(min: 0, max: 59, names: [:])
    static let hours = Bounds(min: 0, max: 23, names: [:])
    static let daysOfMonth = Bounds(min: 1, max: 31, names: [:])
    static let months = Bounds(min: 1, max: 12, names: [
        "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
        "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
    ])
    static let daysOfWeek = Bounds(min: 0, max: 6, names: [
        "sun": 0, "mon": 1, "tue": 2, "wed": 3, "thu": 4, "fri": 5, "sat": 6,
    ])

    /// Parses `spec`; `timeZone` is the zone to use when the spec has no `CRON_TZ=`/`TZ=` prefix
    /// (a CronJob's `spec.timeZone`), UTC when nil (kube-controller-manager runs in UTC in kind).
    public static func parse(_ spec: String, timeZone: TimeZone? = nil) throws(CronScheduleError) -> CronSchedule {
        var text = spec
        var zone = timeZone ?? utc
        if text.isEmpty { throw CronScheduleError("empty spec string") }
        if text.hasPrefix("TZ=") || text.hasPrefix("CRON_TZ=") {
            let afterEquals = text[text.index(after: text.firstIndex(of: "=") ?? text.startIndex)...]
            let name = String(afterEquals.prefix { $0 != " " })
            guard let tz = Self.zone(named: name) else {
                throw CronScheduleError("provided bad location \(name): unknown time zone \(name)")
            }
            zone = tz
            text = String(afterEquals.dropFirst(name.count)).trimmingCharacters(in: .whitespaces)
        }
        if text.hasPrefix("@") { return CronSchedule(rule: try descriptor(text), timeZone: zone) }
        let fields = text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }).map(String.init)
        guard fields.count == 5 else {
            throw CronScheduleError("expected exactly 5 fields, found \(fields.count): [\(fields.joined(separator: " "))]")
        }
        return CronSchedule(rule: .fields(minute: try field(fields[0], minutes), hour: try field(fields[1], hours),
                                          dayOfMonth: try field(fields[2], daysOfMonth), month: try field(fields[3], months),
                                          dayOfWeek: try field(fields[4], daysOfWeek)),
                            timeZone: zone)
    }

    static let utc = TimeZone(identifier: "UTC") ?? TimeZone(secondsFromGMT: 0) ?? TimeZone.current

    /// An IANA zone by name as Go's `time.LoadLocation` finds it: "" and "UTC" are UTC, "Local" is not
    /// accepted here (upstream validation refuses it too), anything else must be in the tz database.
    public static func zone(named name: String) -> TimeZone? {
        if name.isEmpty || name == "UTC" { return utc }
        if name == "Local" { return nil }
        return TimeZone(identifier: name)
    }

    /// robfig `parseDescriptor`.
    static func descriptor(_ text: String) throws(CronScheduleError) -> Rule {
        let all = { (b: Bounds) in bits(b.min, b.max, 1) | starBit }
        switch text {
        case "@yearly", "@annually":
            return .fields(minute: 1, hour: 1, dayOfMonth: 1 << 1, month: 1 << 1, dayOfWeek: all(daysOfWeek))
        case "@monthly":
            return .fields(minute: 1, hour: 1, dayOfMonth: 1 << 1, month: all(months), dayOfWeek: all(daysOfWeek))
        case "@weekly":
            return .fields(minute: 1, hour: 1, dayOfMonth: all(daysOfMonth), month: all(months), dayOfWeek: 1)
        case "@daily", "@midnight":
            return .fields(minute: 1, hour: 1, dayOfMonth: all(daysOfMonth), month: all(months), dayOfWeek: all(daysOfWeek))
        case "@hourly":
            return .fields(minute: 1, hour: all(hours), dayOfMonth: all(daysOfMonth), month: all(months),
                           dayOfWeek: all(daysOfWeek))
        default:
            let every = "@every "
            guard text.hasPrefix(every) else { throw CronScheduleError("unrecognized descriptor: \(text)") }
            let spec = String(text.dropFirst(every.count))
            guard let seconds = GoDuration.seconds(spec) else {
                throw CronScheduleError("failed to parse duration \(text): time: invalid duration \"\(spec)\"")
            }
            // robfig `Every`: below one second becomes one second, otherwise whole seconds.
            return .every(seconds: max(1, Int64(seconds.rounded(.down))))
        }
    }

    /// robfig `getField`: a comma-separated list of ranges.
    static func field(_ text: String, _ b: Bounds) throws(CronScheduleError) -> UInt64 {
        var set: UInt64 = 0
        for expr in text.split(separator: ",", omittingEmptySubsequences: false) {
            set |= try range(String(expr), b)
        }
        return set
    }

    /// robfig `getRange`: `*`, `?`, `n`, `a-b`, each with an optional `/step`.
    static func range(_ expr: String, _ b: Bounds) throws(CronScheduleError) -> UInt64 {
        let rangeAndStep = expr.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        let lowAndHigh = rangeAndStep[0].split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        let single = lowAndHigh.count == 1
        var start: Int, end: Int, extra: UInt64 = 0
        if lowAndHigh[0] == "*" || lowAndHigh[0] == "?" {
            start = b.min
            end = b.max
            extra = starBit
        } else {
            start = try intOrName(lowAndHigh[0], b.names)
            switch lowAndHigh.count {
            case 1: end = start
            case 2: end = try intOrName(lowAndHigh[1], b.names)
            default: throw CronScheduleError("too many hyphens: \(expr)")
            }
        }
        var step = 1
        switch rangeAndStep.count {
        case 1: break
        case 2:
            step = try integer(rangeAndStep[1])
            // "n/step" runs from n to the maximum.
            if single { end = b.max }
            if step > 1 { extra = 0 }
        default:
            throw CronScheduleError("too many slashes: \(expr)")
        }
        if start < b.min { throw CronScheduleError("beginning of range (\(start)) below minimum (\(b.min)): \(expr)") }
        if end > b.max { throw CronScheduleError("end of range (\(end)) above maximum (\(b.max)): \(expr)") }
        if start > end { throw CronScheduleError("beginning of range (\(start)) beyond end of range (\(end)): \(expr)") }
        if step == 0 { throw CronScheduleError("step of range should be a positive number: \(expr)") }
        return bits(start, end, step) | extra
    }

    static func intOrName(_ text: String, _ names: [String: Int]) throws(CronScheduleError) -> Int {
        if let n = names[text.lowercased()] { return n }
        return try integer(text)
    }

    /// robfig `mustParseInt`, with Go's `strconv.Atoi` message.
    static func integer(_ text: String) throws(CronScheduleError) -> Int {
        guard let n = Int(text) else {
            throw CronScheduleError("failed to parse int from \(text): strconv.Atoi: parsing \"\(text)\": invalid syntax")
        }
        if n < 0 { throw CronScheduleError("negative number (\(n)) not allowed: \(text)") }
        return n
    }

    static func bits(_ start: Int, _ end: Int, _ step: Int) -> UInt64 {
        var set: UInt64 = 0
        for i in stride(from: start, through: end, by: step) where i < 63 { set |= 1 << UInt64(i) }
        return set
    }
}

/// Why a schedule does not parse, in robfig's words.
public struct CronScheduleError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The message.
    public let description: String
    init(_ description: String) { self.description = description }
}

/// Go's `time.ParseDuration` for the units a schedule would use (`h`, `m`, `s`, `ms`, `us`, `ns`).
enum GoDuration {
    static func seconds(_ text: String) -> Double? {
        let units: [(String, Double)] = [("ns", 1e-9), ("us", 1e-6), ("µs", 1e-6), ("ms", 1e-3), ("h", 3600), ("m", 60), ("s", 1)]
        var rest = Substring(text)
        var total = 0.0
        guard !rest.isEmpty else { return nil }
        while !rest.isEmpty {
            let number = rest.prefix { $0.isNumber || $0 == "." }
            guard !number.isEmpty, let value = Double(number) else { return nil }
            rest = rest.dropFirst(number.count)
            guard let unit = units.first(where: { rest.hasPrefix($0.0) }) else { return nil }
            rest = rest.dropFirst(unit.0.count)
            total += value * unit.1
        }
        return total
    }
}
