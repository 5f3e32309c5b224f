package org.huquq.android.logic

/** What the vault's gate shows, from the facts the core and the Keystore give. */
enum class GateState {
    /** The vault is open: show the documents. */
    OPEN,
    /** No vault yet: explain it and offer to create it. */
    CREATE,
    /** The user set a PIN: ask for it, even though the phone also holds the key. */
    PIN,
    /** No PIN: the phone's Keystore key opens the vault without asking. */
    PHONE_KEY,
    /** A vault exists but nothing here can open it (too many wrong PINs, or the key was lost). */
    KEY_LOST;

    companion object {
        fun decide(open: Boolean, exists: Boolean, hasPin: Boolean, phoneKeyStored: Boolean): GateState = when {
            open -> OPEN
            !exists -> CREATE
            hasPin -> PIN
            phoneKeyStored -> PHONE_KEY
            else -> KEY_LOST
        }
    }
}
