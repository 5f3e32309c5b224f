import Foundation

/// The app's data folder: Application Support/huquq, readable only while the phone is unlocked
/// (complete file protection) and kept out of iCloud and computer backups (the vault has its own
/// encrypted backup, which the user makes and keeps).
enum DataFolder {
    static func prepare() throws -> URL {
        let fileManager = FileManager.default
        let support = try fileManager.url(for: .applicationSupportDirectory, in: .userDomainMask, appropriateFor: nil, create: true)
        var folder = support.appendingPathComponent("huquq", isDirectory: true)
        try fileManager.createDirectory(at: folder, withIntermediateDirectories: true, attributes: [.protectionKey: FileProtectionType.complete])
        // Files created later inherit the folder's protection class.
        try fileManager.setAttributes([.protectionKey: FileProtectionType.complete], ofItemAtPath: folder.path)
        var values = URLResourceValues()
        values.isExcludedFromBackup = true
        try folder.setResourceValues(values)
        return folder
    }
}

/// The user's language choice, kept apart from the vault: it is needed before the vault opens.
enum LanguagePreference {
    private static let key = "huquq.language"

    static var chosen: String? { UserDefaults.standard.string(forKey: key) }

    static func choose(_ tag: String) { UserDefaults.standard.set(tag, forKey: key) }

    /// The chosen language first, then the phone's list; the core negotiates.
    static var requested: [String] { [chosen].compactMap { $0 } + Locale.preferredLanguages }
}
