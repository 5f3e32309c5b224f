package org.huquq.android.screens.vault

import java.time.LocalDate
import org.huquq.App
import org.huquq.HuquqException
import org.huquq.android.logic.ExpiryState
import org.huquq.android.logic.VaultLabels
import org.huquq.android.ui.reasonText
import org.huquq.core.DocumentKind
import org.huquq.core.Relation

/** The vault screens' words, all from the core's catalog. */
object VaultText {
    /** A core error's reason: already localized, and never naming what the user typed. */
    fun reason(error: HuquqException): String = error.reasonText

    fun kind(app: App, kind: DocumentKind): String = app.uiText(VaultLabels.kind(kind))

    fun relation(app: App, relation: Relation): String = app.uiText(VaultLabels.relation(relation))

    /** An ISO date in the user's language (the ISO date itself until the string is translated in). */
    fun date(app: App, iso: String): String =
        app.uiTextWith("android-date", mapOf("date" to iso)).takeIf { it != "android-date" } ?: iso

    fun expiry(app: App, expiresOn: String?, today: LocalDate = LocalDate.now()): String =
        app.uiTextWith(VaultLabels.expiry(ExpiryState.of(expiresOn, today)), mapOf("date" to (expiresOn ?: "")))
}
