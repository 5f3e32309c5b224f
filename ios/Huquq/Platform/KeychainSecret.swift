import Foundation
import Security

/// One secret in the Keychain, as a generic password readable only on this device and only while
/// it is unlocked (`WhenUnlockedThisDeviceOnly`): never in an iCloud or computer backup, never moved
/// to another phone. The Keychain's items are sealed with keys the Secure Enclave holds, so this is
/// what Android's Keystore-wrapped files are (see VaultKeys.kt, KeystoreAes.kt).
struct KeychainSecret {
    let service: String
    let account: String

    /// The Keychain answered neither "here it is" nor "there is none" (the phone is locked, an
    /// item is damaged). Never treated as "none": that could cost the only key.
    struct Failure: Error {
        let status: OSStatus
    }

    private var query: [String: Any] {
        [
            kSecClass as String: kSecClassGenericPassword,
            kSecAttrService as String: service,
            kSecAttrAccount as String: account,
        ]
    }

    /// The secret, or nil when there is none.
    func read() throws -> Data? {
        var search = query
        search[kSecReturnData as String] = true
        search[kSecMatchLimit as String] = kSecMatchLimitOne
        var found: CFTypeRef?
        let status = SecItemCopyMatching(search as CFDictionary, &found)
        switch status {
        case errSecSuccess:
            guard let data = found as? Data else { throw Failure(status: errSecDecode) }
            return data
        case errSecItemNotFound:
            return nil
        default:
            throw Failure(status: status)
        }
    }

    /// Whether the item is there, without reading the secret.
    func exists() throws -> Bool {
        let status = SecItemCopyMatching(query as CFDictionary, nil)
        switch status {
        case errSecSuccess: return true
        case errSecItemNotFound: return false
        default: throw Failure(status: status)
        }
    }

    /// Stores `secret`, replacing any earlier one. A Keychain write is whole or not at all, so no
    /// half key can be left behind (Android writes beside and renames for that).
    func write(_ secret: Data) throws {
        let attributes: [String: Any] = [
            kSecValueData as String: secret,
            kSecAttrAccessible as String: kSecAttrAccessibleWhenUnlockedThisDeviceOnly,
        ]
        var status = SecItemUpdate(query as CFDictionary, attributes as CFDictionary)
        if status == errSecItemNotFound {
            status = SecItemAdd(query.merging(attributes) { _, new in new } as CFDictionary, nil)
        }
        guard status == errSecSuccess else { throw Failure(status: status) }
    }

    func delete() {
        _ = SecItemDelete(query as CFDictionary)
    }
}
