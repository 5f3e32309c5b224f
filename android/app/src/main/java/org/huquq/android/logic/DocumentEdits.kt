package org.huquq.android.logic

import org.huquq.core.Document
import org.huquq.core.DocumentInput
import org.huquq.core.DocumentKind

/** What the edit form writes to the vault, and whether it would change anything. */
object DocumentEdits {
    /** The form's texts as the core's input: a blank date is no date. */
    fun input(
        personId: String,
        kind: DocumentKind,
        number: String,
        authority: String,
        issuedOn: String,
        expiresOn: String,
        notes: String,
    ): DocumentInput = DocumentInput(
        personId,
        kind,
        number,
        authority,
        issuedOn.trim().ifEmpty { null },
        expiresOn.trim().ifEmpty { null },
        notes,
    )

    /** Whether saving [input] would change nothing (the core trims numbers and authorities). */
    fun unchanged(input: DocumentInput, saved: Document): Boolean =
        input.personId == saved.personId &&
            input.kind == saved.kind &&
            input.number.trim() == saved.number &&
            input.authority.trim() == saved.authority &&
            input.issuedOn == saved.issuedOn &&
            input.expiresOn == saved.expiresOn &&
            input.notes == saved.notes

    /** [input] with the dates last saved: what can be kept while a typed date is refused. */
    fun keepingSavedDates(input: DocumentInput, saved: Document): DocumentInput =
        input.copy(issuedOn = saved.issuedOn, expiresOn = saved.expiresOn)
}
