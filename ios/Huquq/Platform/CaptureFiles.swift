import Foundation

/// The one place where a page photo exists outside the vault, briefly: a scanned page, a copy of a
/// picked photo, or a page exported for sharing. In the app's temporary folder (never backed up),
/// readable only while the phone is unlocked, and emptied as soon as each file has done its job.
enum CaptureFiles {
    /// Leftovers of a crash or a share the user never came back from. Not younger: a vault screen
    /// sweeps on every build, while a page may still be on its way into the vault.
    private static let staleAge: TimeInterval = 60 * 60

    private static var folder: URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("capture", isDirectory: true)
    }

    /// A new empty file. Its name says only what it is for, never what it shows.
    static func newFile(purpose: String, extension ext: String) throws -> URL {
        let fileManager = FileManager.default
        let protection: [FileAttributeKey: Any] = [.protectionKey: FileProtectionType.complete]
        try fileManager.createDirectory(at: folder, withIntermediateDirectories: true, attributes: protection)
        // Files the core writes in here later inherit the folder's protection.
        try fileManager.setAttributes(protection, ofItemAtPath: folder.path)
        let unique = UUID().uuidString.filter { $0.isLetter || $0.isNumber }
        let file = folder.appendingPathComponent("\(purpose)-\(unique).\(ext)")
        guard fileManager.createFile(atPath: file.path, contents: nil, attributes: protection) else {
            throw CocoaError(.fileWriteUnknown)
        }
        return file
    }

    /// `data` in a new private file (a scanned page, a picked photo); nothing is left on failure.
    static func write(_ data: Data, purpose: String, extension ext: String) throws -> URL {
        let file = try newFile(purpose: purpose, extension: ext)
        do {
            try data.write(to: file, options: .completeFileProtection)
        } catch {
            try? FileManager.default.removeItem(at: file)
            throw error
        }
        return file
    }

    /// Deletes every capture file, or only those older than an hour.
    static func clear(staleOnly: Bool) {
        let fileManager = FileManager.default
        let files = (try? fileManager.contentsOfDirectory(
            at: folder, includingPropertiesForKeys: [.contentModificationDateKey], options: []
        )) ?? []
        let cutoff = Date().addingTimeInterval(-staleAge)
        for file in files {
            let modified = (try? file.resourceValues(forKeys: [.contentModificationDateKey]))?.contentModificationDate
            if !staleOnly || (modified ?? .distantPast) < cutoff {
                try? fileManager.removeItem(at: file)
            }
        }
    }
}
