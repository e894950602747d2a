/// iCalendar (RFC 5545) invitations to a meeting: one VEVENT in Vietnam time, with a reminder
/// the day before (documents go out at least a day before, RULES.md "Meetings").
public enum ICalendar {
    /// Vietnam's zone: UTC+7 all year, no daylight saving time.
    public static let timeZoneID = "Asia/Ho_Chi_Minh"
    static let utcOffsetMinutes = 7 * 60
    /// RFC 5545 §3.1: lines longer than 75 octets are folded.
    static let maxLineOctets = 75

    /// A calendar with one event.
    ///
    /// - Parameters:
    ///   - uid: a globally unique, stable identifier ("meeting-42@chibo.example"), so that a new
    ///     version of the invitation replaces the old one in the member's calendar.
    ///   - start: the local (Vietnam) date and time the meeting starts.
    ///   - durationMinutes: its length; the end may fall on a later day.
    ///   - stamp: when the invitation was made, in Vietnam time; written in UTC as DTSTAMP.
    /// - Returns: the text, CRLF line endings, folded at 75 octets.
    public static func event(
        uid: String, start: (CivilDate, hour: Int, minute: Int), durationMinutes: Int,
        summary: String, location: String, description: String,
        stamp: (CivilDate, hour: Int, minute: Int)
    ) -> String {
        let startMinutes = minutes(start.0, start.hour, start.minute)
        let endMinutes = startMinutes + max(0, durationMinutes)
        let stampUTC = minutes(stamp.0, stamp.hour, stamp.minute) - utcOffsetMinutes
        let lines = [
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//ChiBo//VI",
            "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH",
            "BEGIN:VTIMEZONE",
            "TZID:\(timeZoneID)",
            "BEGIN:STANDARD",
            "DTSTART:19700101T000000",
            "TZOFFSETFROM:+0700",
            "TZOFFSETTO:+0700",
            "TZNAME:ICT",
            "END:STANDARD",
            "END:VTIMEZONE",
            "BEGIN:VEVENT",
            "UID:\(escape(uid))",
            "DTSTAMP:\(dateTime(stampUTC))Z",
            "DTSTART;TZID=\(timeZoneID):\(dateTime(startMinutes))",
            "DTEND;TZID=\(timeZoneID):\(dateTime(endMinutes))",
            "SUMMARY:\(escape(summary))",
            "LOCATION:\(escape(location))",
            "DESCRIPTION:\(escape(description))",
            "STATUS:CONFIRMED",
            "TRANSP:OPAQUE",
            "BEGIN:VALARM",
            "ACTION:DISPLAY",
            "DESCRIPTION:\(escape(summary))",
            "TRIGGER:-P1D",
            "END:VALARM",
            "END:VEVENT",
            "END:VCALENDAR",
        ]
        return lines.map { fold($0) + "\r\n" }.joined()
    }

    /// Escapes a TEXT value (RFC 5545 §3.3.11): backslash, semicolon and comma take a backslash,
    /// a line break becomes "\n"; other control characters are dropped.
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var previousCR = false
        for s in text.unicodeScalars {
            defer { previousCR = s == "\r" }
            switch s {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\r": out += "\\n"
            case "\n": if !previousCR { out += "\\n" }
            case "\t": out.unicodeScalars.append(s)
            default:
                if s.value < 0x20 || s.value == 0x7F { continue }
                out.unicodeScalars.append(s)
            }
        }
        return out
    }

    /// Folds a content line (without its CRLF) into lines of at most 75 octets: continuation
    /// lines start with one space. A line is only ever cut between Unicode scalars, never
    /// inside a UTF-8 sequence.
    public static func fold(_ line: String) -> String {
        guard line.utf8.count > maxLineOctets else { return line }
        var out = ""
        var current = 0 // octets on the current physical line
        for s in line.unicodeScalars {
            let octets = String(s).utf8.count
            if current + octets > maxLineOctets {
                out += "\r\n "
                current = 1
            }
            out.unicodeScalars.append(s)
            current += octets
        }
        return out
    }

    /// Minutes since 1970-01-01 00:00 of a local date and time (out-of-range hours and minutes
    /// carry over).
    static func minutes(_ date: CivilDate, _ hour: Int, _ minute: Int) -> Int {
        date.dayNumber * 1440 + hour * 60 + minute
    }

    /// "20260205T080000" for minutes since 1970-01-01 00:00.
    static func dateTime(_ minutes: Int) -> String {
        let day = minutes >= 0 ? minutes / 1440 : (minutes - 1439) / 1440
        let inDay = minutes - day * 1440
        let d = CivilDate(dayNumber: day)
        return CivilDate.pad(d.year, 4) + CivilDate.pad(d.month, 2) + CivilDate.pad(d.day, 2)
            + "T" + CivilDate.pad(inDay / 60, 2) + CivilDate.pad(inDay % 60, 2) + "00"
    }
}
