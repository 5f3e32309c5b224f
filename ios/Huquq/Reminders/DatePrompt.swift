import SwiftUI

/// Asks for one day with the system's date picker. Days come from and go to the core as ISO
/// `YYYY-MM-DD` (the core decides today, the earliest and the suggested day); this only converts
/// them for the picker.
struct DatePrompt: Identifiable {
    let id = UUID()
    let title: String
    let initial: String
    var earliest: String? = nil
    var latest: String? = nil
    /// Called with the chosen day once the picker has closed.
    let chosen: (String) -> Void
}

struct DatePromptSheet: View {
    @EnvironmentObject private var shell: Shell
    let prompt: DatePrompt
    /// The day, or nil when the user cancelled.
    let done: (String?) -> Void
    @State private var day: Date

    init(prompt: DatePrompt, done: @escaping (String?) -> Void) {
        self.prompt = prompt
        self.done = done
        _day = State(initialValue: IsoDay.date(prompt.initial) ?? IsoDay.date("2000-01-01") ?? Date())
    }

    var body: some View {
        PromptSheet(
            title: prompt.title,
            ok: shell.text(.actionOk),
            tall: true,
            onOk: { done(IsoDay.string(day)) },
            onCancel: { done(nil) }
        ) {
            DatePicker(prompt.title, selection: $day, in: range, displayedComponents: .date)
                .datePickerStyle(.graphical)
                .labelsHidden()
        }
    }

    /// The bounds only need the right calendar days.
    private var range: ClosedRange<Date> {
        let from = prompt.earliest.flatMap(IsoDay.date) ?? .distantPast
        let to = prompt.latest.flatMap(IsoDay.endOf) ?? .distantFuture
        return from...max(from, to)
    }
}

/// A calendar day as the core writes it, in the phone's time zone (where the picker works), with
/// Latin digits whatever the phone's language: the core reads ISO dates.
enum IsoDay {
    private static var calendar: Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = .current
        return calendar
    }

    /// The day's start, or nil when `iso` is not a day.
    static func date(_ iso: String) -> Date? {
        let parts = iso.split(separator: "-").map { Int($0) }
        guard parts.count == 3, let year = parts[0], let month = parts[1], let day = parts[2] else { return nil }
        let components = DateComponents(year: year, month: month, day: day)
        guard components.isValidDate(in: calendar) else { return nil }
        return calendar.date(from: components)
    }

    /// The day's last second.
    static func endOf(_ iso: String) -> Date? {
        date(iso).flatMap { calendar.date(byAdding: DateComponents(day: 1, second: -1), to: $0) }
    }

    static func string(_ date: Date) -> String {
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        return String(format: "%04d-%02d-%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0)
    }
}
