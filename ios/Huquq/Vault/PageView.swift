import SwiftUI
import UIKit

/// One page full screen, to zoom into; it can be shared (a copy leaves the vault) or deleted.
struct PageView: View {
    @EnvironmentObject private var shell: Shell
    let id: String
    let documentId: String
    @State private var picture: UIImage?
    @State private var failure: String?
    @State private var confirmingDelete = false
    @State private var shared: SharedCopy?
    /// The copy on the share sheet, deleted when the sheet goes (however it goes).
    @State private var sent: URL?

    var body: some View {
        // The document's model names the page (its label) for the title and VoiceOver.
        CoreScreen(load: { try $0.documentScreen(id: documentId, now: Date()) }) { document in
            let label = document.pages.first(where: { $0.pageId == id })?.label ?? document.title
            VStack(spacing: 0) {
                if let picture {
                    ZoomImage(image: picture, label: label)
                } else if let failure {
                    Text(failure).padding().frame(maxWidth: .infinity, maxHeight: .infinity, alignment: .topLeading)
                } else {
                    ProgressView().frame(maxWidth: .infinity, maxHeight: .infinity)
                }
                HStack(spacing: 12) {
                    Button(shell.text(.pageShare), action: share)
                        .buttonStyle(.bordered)
                    Button(shell.text(.pageDelete), role: .destructive) { confirmingDelete = true }
                        .buttonStyle(.bordered)
                }
                .controlSize(.large)
                .padding()
            }
            .environment(\.layoutDirection, shell.app.direction().layout)
            .navigationTitle(label)
            .navigationBarTitleDisplayMode(.inline)
        }
        .onAppear(perform: load)
        .alert(shell.text(.pageDeleteConfirm), isPresented: $confirmingDelete) {
            Button(shell.text(.actionDelete), role: .destructive, action: delete)
            Button(shell.text(.actionCancel), role: .cancel) {}
        }
        // The copy goes when the share sheet does, whatever the user did with it.
        .sheet(item: $shared, onDismiss: removeSent) { copy in
            PageShareSheet(url: copy.url) { shared = nil }
                .environmentObject(shell)
        }
    }

    /// Decrypting and decoding a 12-megapixel photo takes a moment: off the main thread.
    private func load() {
        guard picture == nil, failure == nil else { return }
        shell.run({ app in PageImages.decode(try app.pageJpeg(pageId: id)) }) { result in
            switch result {
            case .success(let image?): picture = image
            case .success(nil): failure = shell.text(.pageUnreadable)
            case .failure(let error): failure = (error as? HuquqError)?.reason ?? shell.text(.pageUnreadable)
            }
        }
    }

    /// A copy of the page, through the share sheet (the vault's own image never leaves it). Not
    /// held open: while the user is in another app the vault locks as usual.
    private func share() {
        let pageId = id
        shell.run({ app -> URL in
            let file = try CaptureFiles.newFile(purpose: "share", extension: "jpg")
            do {
                try app.exportPage(pageId: pageId, destPath: file.path)
            } catch {
                try? FileManager.default.removeItem(at: file)
                throw error
            }
            return file
        }) { result in
            switch result {
            case .success(let file):
                sent = file
                shared = SharedCopy(url: file)
            case .failure(let error as HuquqError): shell.show(error)
            case .failure: shell.show(message: shell.text(.storageFailed))
            }
        }
    }

    private func removeSent() {
        if let sent { try? FileManager.default.removeItem(at: sent) }
        sent = nil
    }

    private func delete() {
        do {
            try shell.app.deletePage(pageId: id)
        } catch {
            shell.show(error)
            return
        }
        shell.show(message: shell.text(.vaultDeleted))
        shell.back()
    }
}

/// A page's copy on its way to the share sheet.
private struct SharedCopy: Identifiable {
    let id = UUID()
    let url: URL
}

/// The system's share sheet for one file; `done` when the user shared it or gave up.
private struct PageShareSheet: UIViewControllerRepresentable {
    let url: URL
    let done: () -> Void

    func makeUIViewController(context: Context) -> UIActivityViewController {
        let sheet = UIActivityViewController(activityItems: [url], applicationActivities: nil)
        sheet.completionWithItemsHandler = { _, _, _, _ in done() }
        return sheet
    }

    func updateUIViewController(_ controller: UIActivityViewController, context: Context) {}
}
