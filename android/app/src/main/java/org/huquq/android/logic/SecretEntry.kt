package org.huquq.android.logic

/** A passphrase or PIN typed twice, checked before anything is written with it. */
enum class SecretEntry {
    OK,
    EMPTY,
    MISMATCH;

    companion object {
        /** Spaces count (a passphrase may have them), but only spaces is as good as nothing. */
        fun check(first: String, second: String): SecretEntry = when {
            first.isBlank() -> EMPTY
            first != second -> MISMATCH
            else -> OK
        }
    }
}
