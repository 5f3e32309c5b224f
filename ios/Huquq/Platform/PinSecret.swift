import CryptoKit
import Foundation
import Security

/// The phone's part of the vault PIN. The core mixes it into the PIN's key derivation, so a copy of
/// the app's files is not enough to guess the PIN on another computer: every guess has to go
/// through this phone's hardware, and the core's attempt limit.
///
/// Where the phone has a Secure Enclave, the secret is the SHA-256 of a key agreement between a
/// P-256 key that never leaves the Secure Enclave and one fixed public key: the same every time, and
/// computable only on this phone. The Keychain keeps the key's handle (`dataRepresentation`, a blob
/// only this phone's Secure Enclave can use), this device only and only while unlocked. No user
/// authentication is tied to it: the PIN is the user's part.
enum PinSecret {
    /// The Keychain or the Secure Enclave refuses to work; nothing was counted, the user may retry.
    struct Unavailable: Error {}

    private static let enclaveKey = KeychainSecret(service: "org.huquq.pin", account: "enclave-key")
    /// Where there is no Secure Enclave (the simulator, phones before the iPhone 5s): a random
    /// secret in the Keychain instead. That costs the hardware binding: the secret itself is
    /// readable by anything that can read this app's Keychain on an unlocked phone (a jailbreak, a
    /// forensic tool), which could then try PINs elsewhere. It still never leaves the phone in a
    /// backup, so a copy of the files alone is not enough.
    private static let plainSecret = KeychainSecret(service: "org.huquq.pin", account: "secret")

    /// The other side of the key agreement: an uncompressed (X9.63) P-256 public key generated once
    /// with Python's `cryptography` for this purpose. Its private half was never kept, so nobody can
    /// compute the secret from the phone's public key; only the phone's private key can.
    private static let peerKey: [UInt8] = [
        0x04, 0x0a, 0x26, 0x21, 0x62, 0xb0, 0x4e, 0x60, 0xbf, 0xda, 0x42, 0x2d, 0xd1,
        0x16, 0x52, 0x94, 0x3c, 0x12, 0x19, 0x8a, 0xb5, 0x04, 0x21, 0x80, 0x43, 0xa4,
        0x42, 0x7c, 0x47, 0xa1, 0x06, 0x77, 0x51, 0x0e, 0x61, 0x84, 0x92, 0x9c, 0x82,
        0xab, 0x58, 0xfd, 0xdd, 0x78, 0x2d, 0xe1, 0x7c, 0xa7, 0xa7, 0xf3, 0x72, 0x48,
        0x0f, 0x1d, 0x85, 0xbb, 0x51, 0x91, 0x61, 0x2c, 0xd2, 0xa3, 0xc3, 0xa4, 0xa5,
    ]

    /// A Keychain that fails to answer is not one without the secret: "gone" would make the gate
    /// offer to erase the vault.
    static var stored: Bool {
        do {
            return try enclaveKey.exists() || plainSecret.exists()
        } catch {
            return true
        }
    }

    /// A new secret (replacing any earlier one) and its value: for setting a PIN from none.
    static func create() throws -> Data {
        erase()
        return try refusalsAsUnavailable {
            if SecureEnclave.isAvailable {
                guard let access = SecAccessControlCreateWithFlags(
                    nil, kSecAttrAccessibleWhenUnlockedThisDeviceOnly, .privateKeyUsage, nil
                ) else { throw Unavailable() }
                let key = try SecureEnclave.P256.KeyAgreement.PrivateKey(
                    compactRepresentable: true, accessControl: access, authenticationContext: nil
                )
                try enclaveKey.write(key.dataRepresentation)
                return try derive(key)
            }
            let secret = SymmetricKey(size: .bits256).withUnsafeBytes { Data($0) }
            try plainSecret.write(secret)
            return secret
        }
    }

    /// The secret for an attempt: the stored one, or a new one when there is none (a PIN set
    /// without it: the core then binds the PIN to it). Only a Keychain that answers "none" gets a
    /// new one: one that fails to answer must not replace the secret a PIN is bound to.
    static func current() throws -> Data {
        let present = try refusalsAsUnavailable { try enclaveKey.exists() || plainSecret.exists() }
        return try present ? secret() : create()
    }

    /// The secret the PIN was set with.
    static func secret() throws -> Data {
        try refusalsAsUnavailable {
            if let handle = try enclaveKey.read() {
                return try derive(SecureEnclave.P256.KeyAgreement.PrivateKey(dataRepresentation: handle, authenticationContext: nil))
            }
            guard let plain = try plainSecret.read() else { throw Unavailable() }
            return plain
        }
    }

    /// Deletes the secret: no PIN opens the vault on this phone after this.
    static func erase() {
        enclaveKey.delete()
        plainSecret.delete()
    }

    private static func derive(_ key: SecureEnclave.P256.KeyAgreement.PrivateKey) throws -> Data {
        let peer = try P256.KeyAgreement.PublicKey(x963Representation: peerKey)
        let shared = try key.sharedSecretFromKeyAgreement(with: peer)
        return shared.withUnsafeBytes { Data(SHA256.hash(data: $0)) }
    }

    /// `work` with every way the Keychain or the Secure Enclave refuses turned into `Unavailable`.
    private static func refusalsAsUnavailable<T>(_ work: () throws -> T) throws -> T {
        do {
            return try work()
        } catch {
            throw Unavailable()
        }
    }
}
