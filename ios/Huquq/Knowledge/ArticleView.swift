import SwiftUI

/// One article drawn natively: notices first, then the body, the cards to show an official, the
/// sources and related articles. It can be read aloud in the article's language.
struct ArticleView: View {
    @EnvironmentObject private var shell: Shell
    let id: String
    @StateObject private var reader = SpeechReader()

    var body: some View {
        CoreScreen(load: { try $0.article(id: id) }) { article in
            ScrollingColumn(direction: article.direction) {
                Text(article.title).font(.title.bold()).accessibilityAddTraits(.isHeader)
                NoticesBox(notices: article.notices)
                Text("\(article.jurisdiction) · \(article.confidenceText)").font(.subheadline).foregroundColor(.secondary)
                Button(reader.speaking ? shell.text(.articleStopReading) : shell.text(.articleReadAloud)) {
                    toggleReading(article)
                }
                .frame(minHeight: 44)
                if !article.summary.isEmpty {
                    Text(article.summary).font(.body.italic())
                }
                BlocksView(blocks: article.blocks, direction: article.direction)

                if !article.cards.isEmpty {
                    SectionHeading(text: shell.text(.articleCardsHeading))
                    ForEach(article.cards, id: \.id) { card in
                        ItemRow(title: card.title, lines: [card.situation]) { shell.push(.card(card.id)) }
                    }
                }
                SourcesList(heading: article.sourcesHeading, sources: article.sources)
                if !article.related.isEmpty {
                    SectionHeading(text: article.relatedHeading)
                    ForEach(article.related, id: \.id) { related in
                        ItemRow(title: related.title, lines: [related.summary], direction: related.direction) {
                            shell.push(.article(related.id))
                        }
                    }
                }
            }
            .navigationTitle(article.title)
            .navigationBarTitleDisplayMode(.inline)
        }
        // A link to another article opens it here; nothing else is opened.
        .environment(\.openURL, OpenURLAction { url in
            if let target = ArticleLink.id(of: url) {
                shell.push(.article(target))
            }
            return .handled
        })
        // Reading stops with the screen: the voice must not go on from a locked phone's pocket.
        .onDisappear { reader.stop() }
        .onChange(of: shell.notInFront) { away in if away { reader.stop() } }
    }

    private func toggleReading(_ article: ArticleScreen) {
        if reader.speaking {
            reader.stop()
            return
        }
        do {
            let text = try shell.app.readAloud(articleId: article.id)
            if !reader.start(text.chunks, language: text.locale) {
                shell.show(message: shell.text(.articleTtsUnavailable))
            }
        } catch {
            shell.show(error)
        }
    }
}
