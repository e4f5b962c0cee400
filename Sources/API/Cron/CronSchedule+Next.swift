import Foundation

extension CronSchedule {
    /// The first time after `date` the schedule fires (robfig `SpecSchedule.Next`): the next whole
    /// minute whose wall-clock fields, in `timeZone`, all match; nil when none comes within five years
    /// (an impossible date such as February 30th). `@every d` fires `d` after `date`, in whole seconds.
    ///
    /// Wall-clock minutes that a daylight-saving change skips never fire, as with robfig, which steps
    /// through absolute time. A minute that happens twice (clocks going back) fires once here, at its
    /// first occurrence; robfig would fire at both.
    public func next(after date: Date) -> Date? {
        let seconds = date.timeIntervalSince1970.rounded(.down)
        switch rule {
        case .every(let delay):
            return Date(timeIntervalSince1970: seconds + Double(delay))
        case .fields(let minute, let hour, let dom, let month, let dow):
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = timeZone
            // Seconds are always 0: the first candidate is the next minute boundary after `date`.
            let after = Date(timeIntervalSince1970: seconds)
            let c = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: after)
            var wall = WallTime(year: c.year ?? 1970, month: c.month ?? 1, day: c.day ?? 1, hour: c.hour ?? 0,
                                minute: c.minute ?? 0)
            wall.addMinute()
            let limit = wall.year + 5
            while wall.year <= limit {
                if month & (1 << UInt64(wall.month)) == 0 {
                    wall.nextMonth()
                    continue
                }
                if !Self.dayMatches(dom: dom, dow: dow, wall) {
                    wall.nextDay()
                    continue
                }
                if hour & (1 << UInt64(wall.hour)) == 0 {
                    wall.nextHour()
                    continue
                }
                if minute & (1 << UInt64(wall.minute)) == 0 {
                    wall.addMinute()
                    continue
                }
                if let instant = wall.date(in: calendar), instant > after { return instant }
                wall.addMinute()
            }
            return nil
        }
    }

    /// robfig `dayMatches`: when either day field was `*`/`?`, both must match (so only the other one
    /// restricts); when both are restricted, either may match.
    static func dayMatches(dom: UInt64, dow: UInt64, _ wall: WallTime) -> Bool {
        let domMatch = dom & (1 << UInt64(wall.day)) != 0
        let dowMatch = dow & (1 << UInt64(wall.weekday)) != 0
        if dom & starBit != 0 || dow & starBit != 0 { return domMatch && dowMatch }
        return domMatch || dowMatch
    }
}

/// A wall-clock minute in the proleptic Gregorian calendar, stepped field by field.
struct WallTime: Equatable {
    var year: Int
    var month: Int
    var day: Int
    var hour: Int
    var minute: Int

    /// 0 = Sunday (Sakamoto's method).
    var weekday: Int {
        let t = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4]
        let y = month < 3 ? year - 1 : year
        return (y + y / 4 - y / 100 + y / 400 + t[month - 1] + day) % 7
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    mutating func nextMonth() {
        (day, hour, minute) = (1, 0, 0)
        month += 1
        if month > 12 { (month, year) = (1, year + 1) }
    }

    mutating func nextDay() {
        (hour, minute) = (0, 0)
        day += 1
        if day > Self.daysIn(month: month, year: year) { nextMonth() }
    }

    mutating func nextHour() {
        minute = 0
        hour += 1
        if hour > 23 { nextDay() }
    }

    mutating func addMinute() {
        minute += 1
        if minute > 59 { nextHour() }
    }

    /// The instant this wall time names in `calendar`'s zone; nil when a daylight-saving change skips it.
    func date(in calendar: Calendar) -> Date? {
        let parts = DateComponents(year: year, month: month, day: day, hour: hour, minute: minute, second: 0)
        guard let d = calendar.date(from: parts) else { return nil }
        let back = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: d)
        guard back.year == year, back.month == month, back.day == day, back.hour == hour, back.minute == minute else {
            return nil
        }
        return d
    }
}
