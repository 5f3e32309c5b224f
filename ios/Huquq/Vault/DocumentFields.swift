import SwiftUI

/// The fields of the document form, drawn from the core's form fields. They ask the keyboard not to
/// correct or learn from them: names and numbers would otherwise end up in its dictionary, outside
/// the vault.
struct DocumentFieldLabel: View {
    let text: String

    var body: some View {
        Text(text).font(.subheadline).foregroundColor(.secondary).padding(.top, 12)
    }
}

/// A red line under a field, there only when there is something to say.
struct DocumentErrorLine: View {
    let text: String?

    var body: some View {
        if let text, !text.isEmpty {
            Text(text).font(.subheadline).foregroundColor(.red)
        }
    }
}

struct DocumentTextField: View {
    let field: FormField
    @Binding var text: String
    var multiline = false

    var body: some View {
        VStack(alignment: .leading, spacing: 4) {
            DocumentFieldLabel(text: field.label)
            Group {
                if multiline {
                    TextField(field.hint ?? "", text: $text, axis: .vertical).lineLimit(3...)
                } else {
                    TextField(field.hint ?? "", text: $text)
                }
            }
            .textFieldStyle(.roundedBorder)
            .autocorrectionDisabled()
            .frame(minHeight: 44)
            // VoiceOver names the field by its label, also while it is empty.
            .accessibilityLabel(field.label)
        }
    }
}

/// An ISO date typed by hand, or put there by the calendar button beside it.
struct DocumentDateField: View {
    @EnvironmentObject private var shell: Shell
    let field: FormField
    @Binding var text: String
    @State private var picking = false

    var body: some View {
        VStack(alignment: .leading, spacing: 4) {
            DocumentFieldLabel(text: field.label)
            HStack {
                TextField(field.hint ?? "", text: $text)
                    .textFieldStyle(.roundedBorder)
                    .keyboardType(.numbersAndPunctuation)
                    .autocorrectionDisabled()
                    // Digits and dashes read left to right in every language.
                    .environment(\.layoutDirection, .leftToRight)
                    .frame(minHeight: 44)
                    .accessibilityLabel(field.label)
                Button(shell.text(.datePick)) { picking = true }
                    .buttonStyle(.bordered)
                    .controlSize(.large)
            }
        }
        .sheet(isPresented: $picking) {
            DocumentDateSheet(
                title: field.label, ok: shell.text(.actionOk), cancel: shell.text(.actionCancel), start: start
            ) { text = $0 }
                .environment(\.layoutDirection, shell.layoutDirection)
                .environmentObject(shell)
        }
    }

    /// The picker starts on the typed date, or on the core's today.
    private var start: Date {
        Self.date(text.trimmingCharacters(in: .whitespaces))
            ?? Self.date(shell.app.today(now: Date()))
            ?? Date()
    }

    /// Dates come from and go to the core as ISO `YYYY-MM-DD`, in Latin digits and the Gregorian
    /// calendar whatever the phone's settings; the picker shows them the phone's way.
    private static let iso: DateFormatter = {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.calendar = Calendar(identifier: .gregorian)
        formatter.timeZone = .current
        formatter.dateFormat = "yyyy-MM-dd"
        return formatter
    }()

    private static func date(_ iso: String) -> Date? { Self.iso.date(from: iso) }

    fileprivate static func string(_ date: Date) -> String { iso.string(from: date) }
}

private struct DocumentDateSheet: View {
    @Environment(\.dismiss) private var dismiss
    let title: String
    let ok: String
    let cancel: String
    @State private var day: Date
    let chosen: (String) -> Void

    init(title: String, ok: String, cancel: String, start: Date, chosen: @escaping (String) -> Void) {
        self.title = title
        self.ok = ok
        self.cancel = cancel
        _day = State(initialValue: start)
        self.chosen = chosen
    }

    var body: some View {
        NavigationStack {
            DatePicker(title, selection: $day, displayedComponents: .date)
                .datePickerStyle(.graphical)
                .padding()
                .navigationTitle(title)
                .navigationBarTitleDisplayMode(.inline)
                .toolbar {
                    ToolbarItem(placement: .cancellationAction) { Button(cancel) { dismiss() } }
                    ToolbarItem(placement: .confirmationAction) {
                        Button(ok) {
                            chosen(DocumentDateField.string(day))
                            dismiss()
                        }
                    }
                }
        }
        .presentationDetents([.medium, .large])
    }
}
