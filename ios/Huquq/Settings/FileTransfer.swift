import SwiftUI
import UniformTypeIdentifiers

/// A file made for the user (a backup, a case file, the content pack), handed to the system's
/// exporter, which copies it where the user picks (Files, a USB stick, a cloud folder) with no
/// permission asked. The core works on paths, so the file is first written to a private capture
/// file, deleted once the exporter is done, whatever happened.
struct FileExport: Identifiable {
    let id = UUID()
    let url: URL
    /// The name the exporter proposes.
    let name: String
    let type: UTType
    /// After the file was saved: the message saying what it holds.
    let done: () -> Void

    /// A new capture file that `write` (a core call) fills; on failure nothing is left of it.
    static func make<T>(purpose: String, extension ext: String, _ write: (URL) throws -> T) throws -> (url: URL, value: T) {
        let file = try CaptureFiles.newFile(purpose: purpose, extension: ext)
        do {
            return (file, try write(file))
        } catch {
            try? FileManager.default.removeItem(at: file)
            throw error
        }
    }
}

/// A file the user picked, copied into a capture file for the core.
enum PickedFile {
    /// The chosen file could not be read (not the file's fault: the core never saw it).
    struct Unreadable: Error {}

    /// Copies at most `limit` bytes: a huge file picked by mistake is not copied whole only to be
    /// refused. The picker grants access to this one file, for as long as the copy takes.
    static func copy(_ source: URL, purpose: String, extension ext: String, limit: UInt64 = .max) throws -> URL {
        let file = try CaptureFiles.newFile(purpose: purpose, extension: ext)
        let scoped = source.startAccessingSecurityScopedResource()
        defer { if scoped { source.stopAccessingSecurityScopedResource() } }
        do {
            let input = try FileHandle(forReadingFrom: source)
            defer { try? input.close() }
            let output = try FileHandle(forWritingTo: file)
            defer { try? output.close() }
            var left = limit
            while left > 0, let chunk = try input.read(upToCount: Int(min(left, 1 << 16))), !chunk.isEmpty {
                try output.write(contentsOf: chunk)
                left -= UInt64(chunk.count)
            }
        } catch {
            try? FileManager.default.removeItem(at: file)
            throw Unreadable()
        }
        return file
    }
}

extension View {
    /// Presents `export`'s file to the system's exporter while it is set. One per view: SwiftUI
    /// shows only the last of several exporters or importers attached to the same view.
    @MainActor
    func fileExport(_ export: Binding<FileExport?>) -> some View {
        modifier(FileExporting(export: export))
    }

    /// Lets the user pick one file of any kind: what is not a backup or a pack, the core refuses
    /// with its reason. `picked` runs after the picker has gone, so it may show a dialog.
    @MainActor
    func pickFile(isPresented: Binding<Bool>, picked: @escaping (URL) -> Void) -> some View {
        modifier(FilePicking(isPresented: isPresented, picked: picked))
    }
}

private struct FileExporting: ViewModifier {
    @EnvironmentObject private var shell: Shell
    @Binding var export: FileExport?
    /// The export under way, kept apart from `export`, which the exporter clears as it closes.
    @State private var shown: FileExport?
    @State private var release: (() -> Void)?

    func body(content: Content) -> some View {
        content
            .fileExporter(
                isPresented: Binding(get: { export != nil }, set: { if !$0 { closed() } }),
                document: export.map { FileOnDisk(url: $0.url) },
                contentType: export?.type ?? .data,
                defaultFilename: export?.name
            ) { result in
                guard let current = shown else { return }
                switch result {
                case .success:
                    current.done()
                case .failure(let error):
                    if (error as? CocoaError)?.code != .userCancelled {
                        shell.show(message: shell.text(.backupWriteFailed))
                    }
                }
                finish(current.id)
            }
            .onChange(of: export?.id) { _ in
                guard let export, shown?.id != export.id else { return }
                if let earlier = shown { finish(earlier.id) }
                shown = export
                // The file is in the capture folder, which locking the vault empties.
                release = shell.hold()
            }
    }

    private func closed() {
        guard let current = export else { return }
        export = nil
        // Some systems send no completion for a cancel: the file goes anyway, a moment later.
        Task { @MainActor in
            try? await Task.sleep(nanoseconds: 2_000_000_000)
            finish(current.id)
        }
    }

    private func finish(_ id: UUID) {
        guard let current = shown, current.id == id else { return }
        shown = nil
        try? FileManager.default.removeItem(at: current.url)
        release?()
        release = nil
    }
}

/// A file already on disk, as the exporter wants a document: read lazily, never into memory whole.
private struct FileOnDisk: FileDocument {
    static var readableContentTypes: [UTType] { [.data] }
    static var writableContentTypes: [UTType] { [.data, .pdf] }

    let url: URL

    init(url: URL) {
        self.url = url
    }

    init(configuration: ReadConfiguration) throws {
        throw CocoaError(.featureUnsupported)
    }

    func fileWrapper(configuration: WriteConfiguration) throws -> FileWrapper {
        try FileWrapper(url: url, options: [])
    }
}

private struct FilePicking: ViewModifier {
    @EnvironmentObject private var shell: Shell
    @Binding var isPresented: Bool
    let picked: (URL) -> Void
    @State private var release: (() -> Void)?

    func body(content: Content) -> some View {
        content
            // Messengers and file apps label files in many ways: any file may be chosen.
            .fileImporter(isPresented: $isPresented, allowedContentTypes: [.item]) { result in
                if case .success(let url) = result {
                    Task { @MainActor in picked(url) }
                }
            }
            .onChange(of: isPresented) { showing in
                if showing {
                    // The file goes into the vault: it stays open while the user picks.
                    release = shell.hold()
                } else {
                    Task { @MainActor in
                        release?()
                        release = nil
                    }
                }
            }
    }
}
