import SwiftUI

/// What to prepare for a procedure, checked against the documents in the vault: each required
/// item with its state and legal basis, what the law does not require, and the sources. Item
/// states come from the vault's documents: the route's guard opens it first.
struct ChecklistView: View {
    @EnvironmentObject private var shell: Shell
    @Environment(\.openURL) private var openURL
    let procedure: String
    let person: String?

    var body: some View {
        CoreScreen(load: { try $0.checklist(procedureId: procedure, personId: person, now: Date()) }) { screen in
            ScrollingColumn(direction: screen.direction) {
                Text(screen.title).font(.title2.bold()).accessibilityAddTraits(.isHeader)
                if !isBlank(screen.summary) { Text(screen.summary) }
                ForEach(Array(screen.notices.enumerated()), id: \.offset) { _, notice in
                    WarningLine(text: notice.text)
                }
                Text(screen.deadlineText).bold()
                if !screen.required.isEmpty {
                    SectionHeading(text: screen.requiredHeading)
                    ForEach(screen.required, id: \.id) { requiredItem($0) }
                }
                if !screen.notRequired.isEmpty {
                    SectionHeading(text: screen.notRequiredHeading)
                    ForEach(screen.notRequired, id: \.id) { notRequiredItem($0) }
                }
                if let article = screen.articleId {
                    ScreenButton(title: shell.text(.checklistReadArticle)) { shell.push(.article(article)) }
                }
                sources(screen.sources)
            }
        }
    }

    private func requiredItem(_ item: ChecklistItem) -> some View {
        let look = StateLook.of(item.state)
        return VStack(alignment: .leading, spacing: 4) {
            Text("\(look.symbol) \(item.text)").bold().accessibilityLabel(item.text)
            Text(item.stateText).font(.subheadline).foregroundColor(look.color)
            if !isBlank(item.basis) { Text(item.basis).font(.footnote) }
            if let unverified = item.unverified { WarningLine(text: unverified, font: .footnote) }
        }
        .padding(.vertical, 8)
    }

    private func notRequiredItem(_ item: NotRequiredItem) -> some View {
        VStack(alignment: .leading, spacing: 4) {
            Text("– \(item.text)")
            if !isBlank(item.basis) { Text(item.basis).font(.footnote) }
            if let unverified = item.unverified { WarningLine(text: unverified, font: .footnote) }
        }
        .padding(.vertical, 8)
    }

    @ViewBuilder
    private func sources(_ sources: [SourceItem]) -> some View {
        if !sources.isEmpty {
            SectionHeading(text: shell.text(.articleSourcesHeading))
            ForEach(Array(sources.enumerated()), id: \.offset) { _, source in
                if let url = source.url {
                    ItemRow(title: source.citation, lines: [source.checked, url]) { open(url) }
                } else {
                    Text(source.citation).bold()
                    Text(source.checked).font(.footnote)
                }
                if let link = source.translation {
                    ItemRow(title: link.label, lines: [link.url]) { open(link.url) }
                }
            }
        }
    }

    /// Sources are official pages: the browser opens them (Huquq itself never goes online).
    private func open(_ address: String) {
        guard let url = URL(string: address) else {
            shell.show(message: address)
            return
        }
        openURL(url) { opened in
            if !opened { shell.show(message: address) }
        }
    }

    private func isBlank(_ text: String) -> Bool {
        text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
    }
}
