import SwiftUI
import UIKit

/// How a state looks: a symbol (so it is not told by colour alone) and a colour that reads in
/// light and dark mode. The words come from the core.
struct StateLook {
    let symbol: String
    let color: Color

    /// For a note that something needs the user's attention (notifications off, say).
    static let warning = StateLook(symbol: "⚠", color: amber)

    static func of(_ state: DeadlineState) -> StateLook {
        switch state {
        case .upcoming: return StateLook(symbol: "◷", color: blue)
        case .dueToday: return StateLook(symbol: "⚠", color: amber)
        case .overdue: return StateLook(symbol: "✗", color: red)
        case .snoozed: return StateLook(symbol: "⏸", color: grey)
        case .done: return StateLook(symbol: "✓", color: green)
        }
    }

    static func of(_ state: ItemState) -> StateLook {
        switch state {
        case .valid: return StateLook(symbol: "✓", color: green)
        case .expiresBeforeDeadline: return StateLook(symbol: "⚠", color: amber)
        case .expired: return StateLook(symbol: "✗", color: red)
        case .missing: return StateLook(symbol: "○", color: red)
        case .notTracked: return StateLook(symbol: "•", color: grey)
        }
    }

    // The Android shell's colours on light backgrounds (amber darkened to 5.4:1); lighter ones on
    // dark backgrounds, where those would be too faint.
    private static let green = adaptive(light: 0x2E7D32, dark: 0x81C784)
    private static let amber = adaptive(light: 0x935A00, dark: 0xFFB74D)
    private static let red = adaptive(light: 0xC62828, dark: 0xEF9A9A)
    private static let blue = adaptive(light: 0x1565C0, dark: 0x90CAF9)
    private static let grey = adaptive(light: 0x616161, dark: 0xBDBDBD)

    private static func adaptive(light: UInt32, dark: UInt32) -> Color {
        Color(uiColor: UIColor { traits in
            let rgb = traits.userInterfaceStyle == .dark ? dark : light
            return UIColor(
                red: CGFloat((rgb >> 16) & 0xFF) / 255,
                green: CGFloat((rgb >> 8) & 0xFF) / 255,
                blue: CGFloat(rgb & 0xFF) / 255,
                alpha: 1
            )
        })
    }
}

/// Something that needs the user's attention, with the warning's symbol and colour.
struct WarningLine: View {
    let text: String
    var font: Font = .subheadline

    var body: some View {
        Text("\(StateLook.warning.symbol) \(text)").font(font).foregroundColor(StateLook.warning.color)
    }
}
