import SwiftUI

/// The notices (not translated, machine translated, unverified) in a framed box: a reader must see
/// before reading that the text is not in their language or not checked.
struct NoticesBox: View {
    let notices: [Notice]

    var body: some View {
        if !notices.isEmpty {
            let unverified = notices.contains { $0.kind == .unverified }
            VStack(alignment: .leading, spacing: 6) {
                ForEach(Array(notices.enumerated()), id: \.offset) { _, notice in
                    Text("⚠ " + notice.text).font(.body.bold())
                }
            }
            .frame(maxWidth: .infinity, alignment: .leading)
            .padding(12)
            .background(
                RoundedRectangle(cornerRadius: 8)
                    .fill(unverified ? Color(red: 0.99, green: 0.93, blue: 0.92) : Color(red: 1.0, green: 0.96, blue: 0.84))
            )
            .overlay(
                RoundedRectangle(cornerRadius: 8)
                    .stroke(unverified ? Color(red: 0.77, green: 0.13, blue: 0.12) : Color(red: 0.91, green: 0.65, blue: 0.0), lineWidth: 2)
            )
            .foregroundColor(Color(red: 0.24, green: 0.16, blue: 0.0))
        }
    }
}

/// Where a legal statement comes from: the citation, the official text's address, an unofficial
/// translation, and the day it was checked. The app has no network: addresses are shown to copy.
struct SourcesList: View {
    let heading: String
    let sources: [SourceItem]

    var body: some View {
        if !sources.isEmpty {
            SectionHeading(text: heading)
            ForEach(Array(sources.enumerated()), id: \.offset) { _, source in
                VStack(alignment: .leading, spacing: 4) {
                    Text(source.citation)
                    if let url = source.url {
                        Text(url).font(.footnote).foregroundColor(.secondary).textSelection(.enabled)
                    }
                    if let translation = source.translation {
                        Text("\(translation.label): \(translation.url)").font(.footnote).foregroundColor(.secondary).textSelection(.enabled)
                    }
                    Text(source.checked).font(.footnote).foregroundColor(.secondary)
                }
                .padding(.vertical, 6)
                Divider()
            }
        }
    }
}

/// A glossary term: the term, the officials' words for it, its definition.
struct GlossaryTermView: View {
    let term: GlossaryItem

    var body: some View {
        VStack(alignment: .leading, spacing: 4) {
            Text(term.term).font(.headline)
            ForEach(Array(term.official.enumerated()), id: \.offset) { _, official in
                // The official's word keeps its own direction inside the reader's line.
                Text("\(official.language): \u{2068}\(official.text)\u{2069}")
                    .font(.subheadline).foregroundColor(.secondary)
            }
            Text(term.definition)
        }
        .padding(.vertical, 8)
    }
}
