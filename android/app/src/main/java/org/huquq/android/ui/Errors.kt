package org.huquq.android.ui

import org.huquq.HuquqException

/** A core error's reason: already in the user's language, and never naming what the user typed. */
val HuquqException.reasonText: String
    get() = when (this) {
        is HuquqException.NotFound -> reason
        is HuquqException.InvalidInput -> reason
        is HuquqException.QueryTooLong -> reason
        is HuquqException.BadPhoto -> reason
        is HuquqException.WrongKey -> reason
        is HuquqException.WrongPin -> reason
        is HuquqException.KeyErased -> reason
        is HuquqException.PinNotSet -> reason
        is HuquqException.PinWait -> reason
        is HuquqException.PinRequired -> reason
        is HuquqException.PinTooShort -> reason
        is HuquqException.Locked -> reason
        is HuquqException.NoVault -> reason
        is HuquqException.VaultExists -> reason
        is HuquqException.TooNew -> reason
        is HuquqException.BackupWrongSecret -> reason
        is HuquqException.JournalBroken -> reason
        is HuquqException.BackupDamaged -> reason
        is HuquqException.BackupUnsupported -> reason
        is HuquqException.Storage -> reason
        is HuquqException.Crypto -> reason
        is HuquqException.Content -> reason
        is HuquqException.ContentPack -> reason
    }
