package org.huquq.android.pixels

import com.google.android.apps.common.testing.accessibility.framework.AccessibilityCheckResult.AccessibilityCheckResultType
import java.io.File

/**
 * Every accessibility finding of a run, one line each, in <drawn>/accessibility.txt: errors fail
 * the screen's test; warnings and notes are kept for review (android/README.md argues the ones
 * that stay).
 */
object AccessibilityLog {
    private val file = File(System.getProperty("huquq.screens.out") ?: error("set -Dhuquq.screens.out"), "accessibility.txt")

    /** Writes [findings] and [order] down; returns what fails the screen (errors and order problems). */
    fun record(variant: Variant, screen: String, findings: List<AccessibilityReport.Finding>, order: List<String>): List<String> {
        file.parentFile.mkdirs()
        val lines = findings.map { "${variant.name} $screen: $it" } +
            order.map { "${variant.name} $screen: ORDER $it" }
        synchronized(this) { file.appendText(lines.joinToString("") { "$it\n" }) }
        return findings.filter { it.type == AccessibilityCheckResultType.ERROR }.map { "$screen: accessibility $it" } +
            order.map { "$screen: reading order: $it" }
    }
}
