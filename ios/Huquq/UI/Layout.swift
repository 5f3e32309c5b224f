import SwiftUI

/// Small shared pieces, so screens stay short. Every text comes from the core.
extension Direction {
    /// A text's own direction, for a text in another language than the screen around it.
    var layout: LayoutDirection { self == .rtl ? .rightToLeft : .leftToRight }
}

/// A scrolling column of a screen's content, in the direction of the screen's language.
struct ScrollingColumn<Content: View>: View {
    let direction: Direction
    @ViewBuilder let content: () -> Content

    var body: some View {
        ScrollView {
            VStack(alignment: .leading, spacing: 8) { content() }
                .frame(maxWidth: .infinity, alignment: .leading)
                .padding(16)
        }
        .environment(\.layoutDirection, direction.layout)
    }
}

/// A section heading inside a page, read by VoiceOver as a heading.
struct SectionHeading: View {
    let text: String

    var body: some View {
        Text(text)
            .font(.title3.bold())
            .padding(.top, 16)
            .accessibilityAddTraits(.isHeader)
    }
}

/// A tappable row: a title and lines under it, as large as a finger needs (44 pt or more).
struct ItemRow: View {
    let title: String
    var lines: [String] = []
    var direction: Direction? = nil
    let action: () -> Void

    var body: some View {
        VStack(spacing: 0) {
            row
            Divider()
        }
    }

    private var row: some View {
        Button(action: action) {
            VStack(alignment: .leading, spacing: 4) {
                Text(title).font(.headline).foregroundColor(.primary)
                ForEach(Array(lines.enumerated()), id: \.offset) { _, line in
                    Text(line).font(.subheadline).foregroundColor(.secondary)
                }
            }
            .frame(maxWidth: .infinity, minHeight: 44, alignment: .leading)
            .contentShape(Rectangle())
            .padding(.vertical, 6)
        }
        .buttonStyle(.plain)
        .modifier(OwnDirection(direction: direction))
    }
}

/// Lays a view out in its own text's direction when that differs from the screen's.
struct OwnDirection: ViewModifier {
    let direction: Direction?

    func body(content: Content) -> some View {
        if let direction {
            content.environment(\.layoutDirection, direction.layout)
        } else {
            content
        }
    }
}

/// A screen's data, asked of the core when the screen appears and again when the shell rebuilds;
/// a core error is shown in place, in the user's language.
struct CoreScreen<Model, Content: View>: View {
    @EnvironmentObject private var shell: Shell
    let load: (App) throws -> Model
    @ViewBuilder let content: (Model) -> Content
    @State private var model: Model?
    @State private var failure: String?

    var body: some View {
        Group {
            if let model {
                content(model)
            } else if let failure {
                Text(failure).padding()
            } else {
                ProgressView()
            }
        }
        .onAppear(perform: reload)
        .onChange(of: shell.generation) { _ in reload() }
    }

    private func reload() {
        do {
            model = try load(shell.app)
            failure = nil
        } catch {
            failure = (error as? HuquqError)?.reason ?? shell.text(.errorStorage)
        }
    }
}
