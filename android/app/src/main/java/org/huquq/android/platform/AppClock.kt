package org.huquq.android.platform

import java.time.Clock
import java.time.Instant

/**
 * The shell's one source of "now", handed to the core with every call that depends on the date
 * (expiry states, deadlines, what a form saves). One place so that the screen tests can fix the
 * day: a screenshot that says "expires in 12 days" must read the same tomorrow.
 */
object AppClock {
    @Volatile
    var clock: Clock = Clock.systemUTC()

    fun now(): Instant = clock.instant()
}
