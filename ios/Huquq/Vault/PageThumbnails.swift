import SwiftUI

/// A row of a document's page thumbnails; tapping one opens the page full screen.
struct PageThumbnails: View {
    let pages: [PageItem]
    let documentId: String

    var body: some View {
        ScrollView(.horizontal) {
            HStack(spacing: 8) {
                ForEach(pages, id: \.pageId) { page in PageThumbnail(page: page, documentId: documentId) }
            }
        }
    }
}

private struct PageThumbnail: View {
    @EnvironmentObject private var shell: Shell
    let page: PageItem
    let documentId: String
    @State private var image: UIImage?
    @State private var unreadable = false

    var body: some View {
        Button { shell.push(.page(id: page.pageId, documentId: documentId)) } label: {
            Group {
                if let image {
                    Image(uiImage: image).resizable().scaledToFit()
                } else if unreadable {
                    // The page stays tappable, and its full view says what went wrong.
                    Image(systemName: "photo").font(.largeTitle).foregroundColor(.secondary)
                } else {
                    ProgressView()
                }
            }
            .frame(minWidth: 64)
            .frame(height: 96)
        }
        .buttonStyle(.plain)
        .accessibilityLabel(page.label)
        .onAppear(perform: load)
    }

    /// Read and decoded off the main thread, within bounds: a thumbnail from anywhere (a restored
    /// backup) cannot stall or exhaust the app.
    private func load() {
        guard image == nil, !unreadable else { return }
        let pageId = page.pageId
        shell.run({ app in
            PageImages.decode(try app.pageThumbnail(pageId: pageId), maxSide: PageImages.thumbnailMaxSide)
        }) { result in
            if case .success(let decoded?) = result { image = decoded } else { unreadable = true }
        }
    }
}
