import SwiftUI

/// An article's body, block by block, in native text: headings, paragraphs with emphasis and links
/// between articles, lists, callouts and the words of a law.
struct BlocksView: View {
    let blocks: [Block]
    let direction: Direction

    var body: some View {
        ForEach(Array(blocks.enumerated()), id: \.offset) { _, block in
            view(of: block)
        }
    }

    @ViewBuilder
    private func view(of block: Block) -> some View {
        switch block {
        case let .heading(level, spans):
            RichText(spans: spans)
                .font(level <= 2 ? .title3.bold() : .headline)
                .padding(.top, 12)
                .accessibilityAddTraits(.isHeader)
        case let .paragraph(spans):
            RichText(spans: spans)
        case let .bulletList(items):
            ListItems(marks: items.map { _ in "•" }, items: items)
        case let .numberedList(start, items):
            ListItems(marks: items.indices.map { "\(Int(start) + $0)." }, items: items)
        case let .callout(kind, label, paragraphs):
            CalloutView(kind: kind, label: label, paragraphs: paragraphs)
        case let .legalQuote(paragraphs, citation):
            VStack(alignment: .leading, spacing: 6) {
                ForEach(Array(paragraphs.enumerated()), id: \.offset) { _, spans in
                    RichText(spans: spans).italic()
                }
                if let citation {
                    Text("— " + citation).font(.footnote).foregroundColor(.secondary)
                }
            }
            .padding(.leading, 12)
            .overlay(alignment: .leading) { Rectangle().fill(Color.gray).frame(width: 3) }
        }
    }
}

private struct ListItems: View {
    let marks: [String]
    let items: [[Span]]

    var body: some View {
        VStack(alignment: .leading, spacing: 4) {
            ForEach(Array(items.enumerated()), id: \.offset) { index, spans in
                HStack(alignment: .firstTextBaseline, spacing: 8) {
                    Text(marks[index]).accessibilityHidden(true)
                    RichText(spans: spans)
                }
            }
        }
    }
}

private struct CalloutView: View {
    let kind: CalloutKind
    let label: String
    let paragraphs: [[Span]]

    var body: some View {
        HStack(spacing: 0) {
            Rectangle().fill(bar).frame(width: 4)
            VStack(alignment: .leading, spacing: 6) {
                Text(label).font(.headline)
                ForEach(Array(paragraphs.enumerated()), id: \.offset) { _, spans in RichText(spans: spans) }
            }
            .padding(.horizontal, 12)
            .padding(.vertical, 8)
            .frame(maxWidth: .infinity, alignment: .leading)
        }
        .background(bar.opacity(0.08))
    }

    private var bar: Color {
        switch kind {
        case .note: return .blue
        case .tip: return .green
        case .warning: return .orange
        }
    }
}

/// Spans as one attributed text: bold, italic, and links. A link to another article opens it in
/// the app (`huquq-article:` is handled by the article screen); a web address is shown, never
/// opened (the app has no network).
struct RichText: View {
    let spans: [Span]

    var body: some View {
        Text(attributed).fixedSize(horizontal: false, vertical: true)
    }

    private var attributed: AttributedString {
        var text = AttributedString()
        for span in spans {
            var piece = AttributedString(span.text)
            var intent = InlinePresentationIntent()
            if span.strong { intent.insert(.stronglyEmphasized) }
            if span.emphasis { intent.insert(.emphasized) }
            if !intent.isEmpty { piece.inlinePresentationIntent = intent }
            if case let .article(id) = span.link, let url = ArticleLink.url(for: id) {
                piece.link = url
            } else if case .web = span.link {
                piece.underlineStyle = .single
            }
            text += piece
        }
        return text
    }
}

/// Links between articles as URLs that never leave the app.
enum ArticleLink {
    static let scheme = "huquq-article"

    static func url(for id: String) -> URL? {
        var parts = URLComponents()
        parts.scheme = scheme
        parts.path = id
        return parts.url
    }

    static func id(of url: URL) -> String? {
        url.scheme == scheme ? url.path : nil
    }
}
