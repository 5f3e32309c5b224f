import SwiftUI

/// Legal terms: each with its definition and the words an official uses for it.
struct GlossaryView: View {
    var body: some View {
        CoreScreen(load: { $0.glossary() }) { glossary in
            ScrollingColumn(direction: glossary.direction) {
                Text(glossary.title).font(.title.bold()).accessibilityAddTraits(.isHeader)
                NoticesBox(notices: glossary.notices)
                ForEach(glossary.terms, id: \.id) { term in
                    GlossaryTermView(term: term)
                    Divider()
                }
            }
        }
    }
}
