import Foundation
import Logging
import NIOConcurrencyHelpers

/// Log lines as JSON, one object per line on standard output (`CHIBO_LOG_FORMAT=json`), for a log
/// collector: `ts` (UTC, ISO 8601 with milliseconds), `level`, `msg`, `logger`, and every metadata
/// key as its own field — `request-id` (`RequestOps`) among them, so that one request's lines are
/// found together.
struct JSONLogHandler: LogHandler {
    let label: String
    var logLevel: Logger.Level
    var metadata: Logger.Metadata = [:]
    var metadataProvider: Logger.MetadataProvider?

    private static let output = NIOLock()

    init(label: String, level: Logger.Level) {
        self.label = label
        self.logLevel = level
    }

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        var all = metadata
        if let provided = metadataProvider?.get() { all.merge(provided) { $1 } }
        if let explicit = event.metadata { all.merge(explicit) { $1 } }
        guard
            let data = Self.line(
                level: event.level, message: event.message.description, metadata: all, label: label, file: event.file, line: event.line)
        else { return }
        Self.output.withLock { FileHandle.standardOutput.write(data) }
    }

    /// One line: the JSON object and a newline.
    static func line(
        level: Logger.Level, message: String, metadata: Logger.Metadata, label: String, date: Date = Date(), file: String, line: UInt
    ) -> Data? {
        var fields: [String: Any] = [:]
        for (key, value) in metadata { fields[key] = json(value) }
        fields["ts"] = timestamp(date)
        fields["level"] = level.rawValue
        fields["msg"] = message
        fields["logger"] = label
        if level >= .error { fields["source"] = "\(file):\(line)" }
        guard var data = try? JSONSerialization.data(withJSONObject: fields, options: [.sortedKeys, .withoutEscapingSlashes]) else {
            return nil
        }
        data.append(0x0A) // not a rule: a newline
        return data
    }

    private static func json(_ value: Logger.Metadata.Value) -> Any {
        switch value {
        case .string(let s): s
        case .stringConvertible(let s): s.description
        case .array(let a): a.map(json)
        case .dictionary(let d): d.mapValues(json)
        }
    }

    private static func timestamp(_ date: Date) -> String {
        date.formatted(Date.ISO8601FormatStyle(includingFractionalSeconds: true))
    }
}
