package org.huquq.android.logic

/** The two dates of a document, whose errors are shown under their own field. */
enum class DateField { ISSUED, EXPIRES }

/**
 * Which date field a core error belongs under. The core's "not a real date" reason names its field
 * through a `{ $field }` placeable holding the same localized label the form shows
 * (`field-issued-on`, `field-expires-on`), which Fluent wraps in Unicode isolation marks. The one
 * other date error, "expiry before issue", names no field (in some languages it mentions both
 * words, in others neither) and the core files it under the expiry date; so does this.
 */
object DateErrorPlacement {
    private const val FIRST_STRONG_ISOLATE = '\u2068'
    private const val POP_DIRECTIONAL_ISOLATE = '\u2069'

    fun of(reason: String, issuedLabel: String, expiresLabel: String): DateField {
        fun isolated(label: String) = label.isNotBlank() && reason.contains("$FIRST_STRONG_ISOLATE$label$POP_DIRECTIONAL_ISOLATE")
        val issued = isolated(issuedLabel)
        val expires = isolated(expiresLabel)
        if (issued != expires) return if (issued) DateField.ISSUED else DateField.EXPIRES
        // Without isolation marks, the bad-date messages start with the field's label.
        val plain = reason.trimStart(FIRST_STRONG_ISOLATE)
        val startsIssued = issuedLabel.isNotBlank() && plain.startsWith(issuedLabel)
        val startsExpires = expiresLabel.isNotBlank() && plain.startsWith(expiresLabel)
        return if (startsIssued && !startsExpires) DateField.ISSUED else DateField.EXPIRES
    }
}
