import AVFoundation
import PhotosUI
import SwiftUI
import VisionKit

/// Where a page goes: onto an existing document, or as the first page of a new one of a kind,
/// held by the phone's owner, which the core then stores with its page in one transaction (a bad
/// photo leaves no empty document behind).
enum PageTarget: Equatable {
    case existing(String)
    case new(DocumentKind)
}

/// A page asked for by a tap: from the document camera or the photo picker.
struct PageRequest: Equatable {
    enum Source {
        case camera
        case picker
    }

    let source: Source
    let target: PageTarget
    /// Two taps alike are still two requests.
    let id = UUID()
}

/// Brings page photos into the vault, from the document camera or the system photo picker. Each
/// photo passes through one private file (see `CaptureFiles`) that is deleted whatever happens; the
/// core strips its metadata and re-encodes it. Every failure leaves the vault as it was and says
/// why. The vault is held open while the camera or picker is in front.
struct PageAdder: ViewModifier {
    @EnvironmentObject private var shell: Shell
    @Binding var request: PageRequest?
    /// True while a page is being added.
    @Binding var busy: Bool
    /// Called with the document the pages went to.
    let added: (String) -> Void
    @State private var target: PageTarget?
    @State private var cameraShown = false
    @State private var pickerShown = false
    @State private var picked: PhotosPickerItem?
    @State private var hold: VaultHold?

    /// The phone has the document camera (not the simulator): otherwise only the picker is offered.
    static var cameraAvailable: Bool { VNDocumentCameraViewController.isSupported }

    /// A photo that could not be read from the picker.
    private struct SourceUnreadable: Error {}

    func body(content: Content) -> some View {
        content
            .onChange(of: request) { asked in
                guard let asked else { return }
                request = nil
                start(asked)
            }
            .fullScreenCover(isPresented: $cameraShown) {
                DocumentCamera { outcome in scanned(outcome) }
                    .ignoresSafeArea()
                    .environmentObject(shell)
            }
            // Compatible: a HEIC photo arrives as JPEG, which the core reads.
            .photosPicker(isPresented: $pickerShown, selection: $picked, matching: .images, preferredItemEncoding: .compatible)
            .onChange(of: picked) { item in
                guard let item else { return }
                picked = nil
                load(item)
            }
            .onChange(of: pickerShown) { shown in if !shown { endHold() } }
    }

    private func start(_ asked: PageRequest) {
        target = asked.target
        switch asked.source {
        case .camera:
            // Camera access refused in the phone's settings: the camera would only show black.
            let access = AVCaptureDevice.authorizationStatus(for: .video)
            if access == .denied || access == .restricted {
                shell.show(message: shell.text(.cameraNone))
                return
            }
            hold = VaultHold(shell.hold())
            cameraShown = true
        case .picker:
            hold = VaultHold(shell.hold())
            pickerShown = true
        }
    }

    private func endHold() {
        hold?.release()
        hold = nil
    }

    private func scanned(_ outcome: DocumentCamera.Outcome) {
        cameraShown = false
        switch outcome {
        case .scanned(let pages):
            if let target { ingest(target) { try Self.files(of: pages) } }
        case .failed:
            shell.show(message: shell.text(.cameraNone))
        case .cancelled:
            // Nothing was taken: nothing changes.
            break
        }
        // After the work above took its own hold: the vault never locks in between.
        endHold()
    }

    private func load(_ item: PhotosPickerItem) {
        guard let target else { return }
        let loading = shell.hold()
        Task {
            let data = try? await item.loadTransferable(type: Data.self)
            ingest(target) {
                guard let data else { throw SourceUnreadable() }
                return [try CaptureFiles.write(data, purpose: "picked", extension: "img")]
            }
            loading()
        }
    }

    /// Each scanned page as a JPEG in its own capture file; none is left if one fails.
    private nonisolated static func files(of pages: [UIImage]) throws -> [URL] {
        var files: [URL] = []
        do {
            for page in pages {
                guard let jpeg = page.jpegData(compressionQuality: 0.9) else { throw CocoaError(.fileWriteUnknown) }
                files.append(try CaptureFiles.write(jpeg, purpose: "camera", extension: "jpg"))
            }
        } catch {
            files.forEach { try? FileManager.default.removeItem(at: $0) }
            throw error
        }
        return files
    }

    /// `photos` makes the private copies (on the background thread); they are deleted after the
    /// core has taken them.
    private func ingest(_ target: PageTarget, photos: @escaping () throws -> [URL]) {
        busy = true
        shell.run({ app -> String in
            let files = try photos()
            defer { files.forEach { try? FileManager.default.removeItem(at: $0) } }
            let now = Date()
            switch target {
            case .existing(let documentId):
                // One page at a time: a page the core refuses leaves those before it in the vault.
                for file in files { _ = try app.addPage(documentId: documentId, path: file.path, capturedAt: now) }
                return documentId
            case .new(let kind):
                let holder = try app.defaultHolder(now: now)
                let input = DocumentInput(
                    personId: holder.id, kind: kind, number: "", authority: "", issuedOn: nil, expiresOn: nil, notes: ""
                )
                return try app.addDocumentWithPages(input: input, photoPaths: files.map(\.path), now: now).id
            }
        }) { result in
            busy = false
            switch result {
            case .success(let documentId):
                added(documentId)
                shell.show(message: shell.text(.pageAdded))
            case .failure(let error as HuquqError):
                // Not an image, damaged, too large: the core's own reason.
                shell.show(error)
            case .failure(is SourceUnreadable):
                shell.show(message: shell.text(.errorPhotoUnreadable))
            case .failure:
                shell.show(message: shell.text(.storageFailed))
            }
        }
    }
}

/// The vault held open while the camera or picker is in front: let go when they are done, or when
/// the screen is rebuilt under them (its state, and this with it, is then gone).
private final class VaultHold {
    private let end: () -> Void

    init(_ end: @escaping () -> Void) {
        self.end = end
    }

    /// Once: the shell's release ignores a second call.
    func release() {
        end()
    }

    deinit {
        end()
    }
}

extension View {
    /// Adds pages when `request` is set (then clears it); see `PageAdder`.
    @MainActor
    func pageAdder(_ request: Binding<PageRequest?>, busy: Binding<Bool>, added: @escaping (String) -> Void) -> some View {
        modifier(PageAdder(request: request, busy: busy, added: added))
    }
}

/// VisionKit's document camera: finds the page's edges, straightens it, and can take several pages.
struct DocumentCamera: UIViewControllerRepresentable {
    enum Outcome {
        case scanned([UIImage])
        case cancelled
        case failed
    }

    let done: (Outcome) -> Void

    func makeCoordinator() -> Coordinator { Coordinator(done: done) }

    func makeUIViewController(context: Context) -> VNDocumentCameraViewController {
        let camera = VNDocumentCameraViewController()
        camera.delegate = context.coordinator
        return camera
    }

    func updateUIViewController(_ camera: VNDocumentCameraViewController, context: Context) {}

    final class Coordinator: NSObject, VNDocumentCameraViewControllerDelegate {
        private let done: (Outcome) -> Void

        init(done: @escaping (Outcome) -> Void) {
            self.done = done
        }

        func documentCameraViewController(_ controller: VNDocumentCameraViewController, didFinishWith scan: VNDocumentCameraScan) {
            done(.scanned((0..<scan.pageCount).map { scan.imageOfPage(at: $0) }))
        }

        func documentCameraViewControllerDidCancel(_ controller: VNDocumentCameraViewController) {
            done(.cancelled)
        }

        func documentCameraViewController(_ controller: VNDocumentCameraViewController, didFailWithError error: Error) {
            done(.failed)
        }
    }
}
