import SwiftUI

/// A card the user turns towards an official: the text in the official's languages (Russian,
/// Kazakh) first and large, the user's own text below. The screen stays on while it is shown.
struct CardView: View {
    @EnvironmentObject private var shell: Shell
    let id: String

    var body: some View {
        CoreScreen(load: { try $0.officerCard(id: id) }) { card in
            ScrollingColumn(direction: card.direction) {
                Text(card.showHint).foregroundColor(.secondary)
                NoticesBox(notices: card.notices)
                ForEach(Array(card.official.enumerated()), id: \.offset) { _, official in
                    Text(official.label).foregroundColor(.secondary).padding(.top, 16)
                    // Aligned as the official's language reads (Russian to the left), even when
                    // the user's language lays the card out right to left. Large enough to read
                    // at arm's length across a counter, and larger still with Dynamic Type.
                    Text(official.text)
                        .font(.system(size: 30, weight: .regular))
                        .lineSpacing(4)
                        .frame(maxWidth: .infinity, alignment: .leading)
                        .environment(\.layoutDirection, official.direction.layout)
                    if official.machineTranslated {
                        Text(shell.text(.cardMachineTranslated)).font(.footnote).foregroundColor(.secondary)
                    }
                }
                Divider().padding(.vertical, 16)
                Text(card.userTextLabel).foregroundColor(.secondary)
                Text(card.title).font(.headline)
                Text(card.userText).font(.title3)
                Text(card.situation).font(.subheadline).foregroundColor(.secondary)
                if let article = card.article {
                    ItemRow(title: article.title, lines: [article.summary], direction: article.direction) {
                        shell.push(.article(article.id))
                    }
                }
                SourcesList(heading: card.sourcesHeading, sources: card.sources)
            }
            .background(Color.white)
            // Dark text on the white card, also when the phone is in dark mode.
            .environment(\.colorScheme, .light)
            // The whole screen for the card: the official reads it from across a desk.
            .toolbar(.hidden, for: .navigationBar)
        }
        .onAppear { UIApplication.shared.isIdleTimerDisabled = true }
        .onDisappear { UIApplication.shared.isIdleTimerDisabled = false }
    }
}
