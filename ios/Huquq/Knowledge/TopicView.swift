import SwiftUI

/// One topic: its summary and its articles, each in the language it is available in.
struct TopicView: View {
    @EnvironmentObject private var shell: Shell
    let id: String

    var body: some View {
        CoreScreen(load: { try $0.topic(id: id) }) { topic in
            ScrollingColumn(direction: topic.direction) {
                Text(topic.title).font(.title.bold()).accessibilityAddTraits(.isHeader)
                Text(topic.summary)
                ForEach(topic.articles, id: \.id) { article in
                    ItemRow(title: article.title, lines: [article.summary], direction: article.direction) {
                        shell.push(.article(article.id))
                    }
                }
            }
            .navigationTitle(topic.title)
        }
    }
}
