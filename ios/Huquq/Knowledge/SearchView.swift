import SwiftUI

/// Search as you type: results follow the query a moment after the user stops typing.
struct SearchView: View {
    @EnvironmentObject private var shell: Shell
    /// Kept while the screen is on the stack, so coming back from an article shows the same results.
    @State private var query = ""
    @State private var result: Result<SearchScreen, HuquqError>?
    @State private var pending: Task<Void, Never>?
    @FocusState private var typing: Bool

    var body: some View {
        VStack(alignment: .leading, spacing: 0) {
            TextField(shell.text(.homeSearchHint), text: $query)
                .textFieldStyle(.roundedBorder)
                .submitLabel(.search)
                .autocorrectionDisabled()
                .focused($typing)
                .padding(16)
                .onSubmit {
                    pending?.cancel()
                    search()
                    typing = false
                }
                .onChange(of: query) { _ in
                    pending?.cancel()
                    pending = Task {
                        try? await Task.sleep(nanoseconds: 250_000_000)
                        if !Task.isCancelled { search() }
                    }
                }
            ScrollView {
                VStack(alignment: .leading, spacing: 8) { results }
                    .frame(maxWidth: .infinity, alignment: .leading)
                    .padding(.horizontal, 16)
            }
        }
        // A fresh search opens the keyboard; coming back to results does not cover them with it.
        .onAppear { if query.isEmpty { typing = true } }
        .onDisappear { pending?.cancel() }
    }

    @ViewBuilder
    private var results: some View {
        switch result {
        case .none:
            EmptyView()
        case .failure(let error):
            // Too long a query, or storage trouble: said in place, the user can edit and go on.
            Text(error.reason).foregroundColor(.red)
        case .success(let screen):
            Group {
                if !screen.summary.isEmpty { Text(screen.summary).font(.subheadline).foregroundColor(.secondary) }
                if let readAs = screen.readAs { Text(readAs).font(.subheadline).foregroundColor(.secondary) }
                ForEach(Array(screen.hits.enumerated()), id: \.offset) { _, hit in hitView(hit) }
                // Nothing found: the glossary's matching terms and the topics, never an empty screen.
                ForEach(screen.glossary, id: \.id) { term in
                    GlossaryTermView(term: term)
                    Divider()
                }
                if !screen.topics.isEmpty {
                    SectionHeading(text: screen.topicsHeading)
                    ForEach(screen.topics, id: \.id) { topic in
                        ItemRow(title: topic.title, lines: [topic.summary]) { open(.topic(topic.id)) }
                    }
                }
            }
            .environment(\.layoutDirection, screen.direction.layout)
        }
    }

    private func hitView(_ hit: SearchHit) -> some View {
        VStack(spacing: 0) {
            Button { open(.article(hit.article)) } label: {
                VStack(alignment: .leading, spacing: 4) {
                    Text(hit.title).font(.headline).foregroundColor(.accentColor)
                    Text(snippet(hit.snippet)).font(.subheadline)
                    // Found through a search keyword the text does not use: say which, or the hit
                    // looks random.
                    if let foundBy = hit.foundBy { Text(foundBy).font(.footnote).foregroundColor(.secondary) }
                }
                .frame(maxWidth: .infinity, minHeight: 44, alignment: .leading)
                .padding(.vertical, 8)
                .contentShape(Rectangle())
            }
            .buttonStyle(.plain)
            .environment(\.layoutDirection, hit.direction.layout)
            Divider()
        }
    }

    /// The matched words in bold.
    private func snippet(_ parts: [SnippetPart]) -> AttributedString {
        var text = AttributedString()
        for part in parts {
            var piece = AttributedString(part.text)
            if part.highlighted { piece.inlinePresentationIntent = .stronglyEmphasized }
            text += piece
        }
        return text
    }

    private func open(_ route: Route) {
        typing = false
        shell.push(route)
    }

    private func search() {
        // An empty box is not a search: the core would answer "nothing found for “”".
        if query.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            result = nil
            return
        }
        do {
            result = .success(try shell.app.search(query: query))
        } catch let error as HuquqError {
            result = .failure(error)
        } catch {
            result = nil
        }
    }
}
