package org.huquq.android.platform

import android.app.Activity

/**
 * Runs slow core work (a photo's re-encoding, Argon2 for a PIN, a backup) off the main thread and
 * hands the outcome back on it. The vault is held open meanwhile (see [VaultSession]).
 */
object Background {
    fun <T> run(activity: Activity, work: () -> T, done: (Result<T>) -> Unit) {
        val release = VaultSession.hold()
        Thread {
            val result = runCatching(work)
            activity.runOnUiThread {
                try {
                    done(result)
                } finally {
                    release()
                }
            }
        }.start()
    }
}
