import SwiftUI

/// A screen's dialogs (Android's AlertDialogs), one at a time, as sheets. What a dialog leads to
/// (the next dialog, the work it asked for, an alert) runs once its sheet has gone: nothing is
/// presented over a sheet on its way out.
@MainActor
final class PromptQueue<Prompt: Identifiable>: ObservableObject {
    @Published var shown: Prompt?
    private var next: (() -> Void)?

    func show(_ prompt: Prompt) { shown = prompt }

    /// Closes the dialog, then runs `then`.
    func close(then: @escaping () -> Void = {}) {
        guard shown != nil else {
            then()
            return
        }
        next = then
        shown = nil
    }

    /// The sheet is gone: closed here, or pulled down by the user (who then chose nothing).
    fileprivate func closed() {
        let then = next
        next = nil
        then?()
    }
}

extension View {
    /// Shows `queue`'s dialogs as the sheets `sheet` draws.
    @MainActor
    func prompts<Prompt: Identifiable, Sheet: View>(
        _ queue: PromptQueue<Prompt>, @ViewBuilder sheet: @escaping (Prompt) -> Sheet
    ) -> some View {
        modifier(Prompting(queue: queue, draw: sheet))
    }
}

private struct Prompting<Prompt: Identifiable, Sheet: View>: ViewModifier {
    @EnvironmentObject private var shell: Shell
    @ObservedObject var queue: PromptQueue<Prompt>
    let draw: (Prompt) -> Sheet

    func body(content: Content) -> some View {
        content.sheet(item: $queue.shown, onDismiss: { queue.closed() }) { prompt in
            draw(prompt).environmentObject(shell)
        }
    }
}

/// A dialog in a sheet: its title, what it asks, and its buttons (Cancel always; OK and a third
/// when given), in the direction of the app's language. Sheets are drawn above the app's privacy
/// cover, so each covers itself while the app is away.
struct PromptSheet<Content: View>: View {
    @EnvironmentObject private var shell: Shell
    let title: String
    var ok: String? = nil
    var other: String? = nil
    /// A date picker needs the whole height.
    var tall = false
    var onOk: () -> Void = {}
    var onOther: () -> Void = {}
    let onCancel: () -> Void
    @ViewBuilder let content: () -> Content

    var body: some View {
        VStack(alignment: .leading, spacing: 12) {
            Text(title).font(.headline).accessibilityAddTraits(.isHeader)
            ScrollView {
                VStack(alignment: .leading, spacing: 8) { content() }
                    .frame(maxWidth: .infinity, alignment: .leading)
            }
            // Long labels (some languages) stack rather than squeeze.
            ViewThatFits(in: .horizontal) {
                HStack(spacing: 12) {
                    Spacer(minLength: 0)
                    buttons
                }
                VStack(alignment: .trailing, spacing: 8) { buttons }
                    .frame(maxWidth: .infinity, alignment: .trailing)
            }
            .buttonStyle(.bordered)
            .controlSize(.large)
        }
        .padding(20)
        .environment(\.layoutDirection, shell.app.direction().layout)
        .presentationDetents(tall ? [.large] : [.medium, .large])
    }

    @ViewBuilder
    private var buttons: some View {
        Button(shell.text(.actionCancel), role: .cancel) { onCancel() }
        if let other {
            Button(other) { onOther() }
        }
        if let ok {
            Button(ok) { onOk() }.buttonStyle(.borderedProminent)
        }
    }
}
