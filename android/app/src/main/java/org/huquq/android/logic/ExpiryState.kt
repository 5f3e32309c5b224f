package org.huquq.android.logic

import java.time.LocalDate
import java.time.format.DateTimeParseException

/** How a document's expiry date looks today, for the vault list. */
enum class ExpiryState {
    EXPIRED,
    /** Still valid, but within [SOON_DAYS] days of its expiry (the expiry day itself included). */
    EXPIRES_SOON,
    VALID,
    NO_EXPIRY;

    companion object {
        /** Renewals take weeks: two months' warning leaves time to apply. */
        const val SOON_DAYS: Long = 60

        /** [expiresOn] is the core's ISO date (`YYYY-MM-DD`); a document is valid through that day. */
        fun of(expiresOn: String?, today: LocalDate): ExpiryState {
            if (expiresOn.isNullOrBlank()) return NO_EXPIRY
            val expiry = try {
                LocalDate.parse(expiresOn.trim())
            } catch (unreadable: DateTimeParseException) {
                // The core only stores real dates; an unreadable one claims nothing.
                return NO_EXPIRY
            }
            return when {
                expiry.isBefore(today) -> EXPIRED
                !expiry.isAfter(today.plusDays(SOON_DAYS)) -> EXPIRES_SOON
                else -> VALID
            }
        }
    }
}
