import Foundation

/// The vault's 32-byte data key, made by the core and kept in the Keychain when the vault has no
/// PIN: then the phone's hardware is what protects it. Setting a PIN deletes this copy (see
/// `PinSecret`). This device only and only while unlocked, so it never travels in a backup (it
/// would be useless on another phone anyway) and a locked phone in a pocket cannot read it.
enum VaultKeys {
    /// The phone's copy of the key cannot be read: it is gone, or the Keychain refuses.
    struct Unavailable: Error {}

    private static let item = KeychainSecret(service: "org.huquq.vault", account: "data-key")

    /// A Keychain that fails to answer is not one that has no key: the gate then tries the key,
    /// and only a key that fails is reported lost.
    static var stored: Bool { (try? item.exists()) ?? true }

    /// Saves `key` (a fresh vault's), replacing any earlier one.
    static func store(_ key: Data) throws {
        do {
            try item.write(key)
        } catch {
            throw Unavailable()
        }
    }

    /// Reads the key, lends it to `use` and wipes it: it lives in memory only that long (as far as
    /// Swift lets us: a copy `use` keeps is its own).
    static func withKey<T>(_ use: (Data) throws -> T) throws -> T {
        let read: Data?
        do {
            read = try item.read()
        } catch {
            throw Unavailable()
        }
        guard var key = read, !key.isEmpty else { throw Unavailable() }
        defer { key.resetBytes(in: key.startIndex..<key.endIndex) }
        return try use(key)
    }

    /// Opens the vault with the phone's key (the core's errors pass through).
    static func open(_ app: App) throws {
        try withKey { try app.openVault(key: $0) }
    }

    /// Deletes the phone's copy: nothing here opens the vault without a PIN after this.
    static func erase() {
        item.delete()
    }
}
