package org.huquq.android.logic

import org.huquq.core.DocumentKind
import org.huquq.core.Relation

/** The Fluent ids of the labels the vault screens show for the core's enums. */
object VaultLabels {
    /** The core's own labels: `vault-kind-residence-permit` for RESIDENCE_PERMIT. */
    fun kind(kind: DocumentKind): String = "vault-kind-" + kind.name.lowercase().replace('_', '-')

    fun relation(relation: Relation): String = "android-relation-" + relation.name.lowercase().replace('_', '-')

    /** Each takes `$date`; the one without an expiry date is the core's. */
    fun expiry(state: ExpiryState): String = when (state) {
        ExpiryState.EXPIRED -> "android-vault-expired"
        ExpiryState.EXPIRES_SOON -> "android-vault-expires-soon"
        ExpiryState.VALID -> "android-vault-valid-until"
        ExpiryState.NO_EXPIRY -> "vault-no-expiry"
    }

    /** Relations a user may give another person: "myself" is the phone's owner, made once. */
    val othersRelations: List<Relation> = Relation.entries.filter { it != Relation.MYSELF }
}
