import SwiftUI

/// A screen's action (Android's framework button): bordered, large enough for a finger.
struct ScreenButton: View {
    let title: String
    var role: ButtonRole? = nil
    let action: () -> Void

    var body: some View {
        Button(role: role) { action() } label: {
            Text(title).multilineTextAlignment(.center)
        }
        .buttonStyle(.bordered)
        .controlSize(.large)
    }
}

/// One of several choices (a radio button), a whole row to tap.
struct ChoiceRow: View {
    let label: String
    let selected: Bool
    let choose: () -> Void

    var body: some View {
        MarkedRow(symbol: selected ? "largecircle.fill.circle" : "circle", label: label, on: selected, tap: choose)
    }
}

/// A box to tick, a whole row to tap.
struct TickRow: View {
    let label: String
    let ticked: Bool
    let toggle: (Bool) -> Void

    var body: some View {
        MarkedRow(symbol: ticked ? "checkmark.square.fill" : "square", label: label, on: ticked) { toggle(!ticked) }
    }
}

/// A row with a mark before its label, 44 pt tall; VoiceOver says "selected" from the trait, in
/// the phone's language, and does not read the mark.
private struct MarkedRow: View {
    let symbol: String
    let label: String
    let on: Bool
    let tap: () -> Void

    var body: some View {
        Button { tap() } label: {
            HStack(spacing: 12) {
                Image(systemName: symbol)
                    .foregroundColor(.accentColor)
                    .accessibilityHidden(true)
                Text(label).foregroundColor(.primary).multilineTextAlignment(.leading)
                Spacer(minLength: 0)
            }
            .frame(minHeight: 44)
            .contentShape(Rectangle())
        }
        .buttonStyle(.plain)
        .accessibilityAddTraits(on ? .isSelected : [])
    }
}

/// A field whose text is never shown or offered to autocorrection: a PIN (digits) or a
/// passphrase. The label is its placeholder and what VoiceOver reads.
struct SecretEntry: View {
    let label: String
    @Binding var text: String
    var digits = false

    var body: some View {
        SecureField(label, text: $text)
            .keyboardType(digits ? .numberPad : .default)
            .textInputAutocapitalization(.never)
            .autocorrectionDisabled()
            .textFieldStyle(.roundedBorder)
            .frame(minHeight: 44)
    }
}
