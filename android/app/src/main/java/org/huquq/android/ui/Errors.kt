package org.huquq.android.ui

import org.huquq.HuquqException

/** A core error's reason: already in the user's language, and never naming what the user typed. */
val HuquqException.reasonText: String
    get() = when (this) {
        is HuquqException.NotFound -> reason
        is HuquqException.InvalidInput -> reason
        is HuquqException.WrongKey -> reason
        is HuquqException.Vault -> reason
        is HuquqException.Storage -> reason
        is HuquqException.Content -> reason
    }
