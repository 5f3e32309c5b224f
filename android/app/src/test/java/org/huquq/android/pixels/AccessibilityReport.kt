package org.huquq.android.pixels

import android.graphics.Bitmap
import android.view.View
import android.widget.Checkable
import android.widget.TextView
import com.google.android.apps.common.testing.accessibility.framework.AccessibilityCheckPreset
import com.google.android.apps.common.testing.accessibility.framework.AccessibilityCheckResult.AccessibilityCheckResultType
import com.google.android.apps.common.testing.accessibility.framework.Parameters
import com.google.android.apps.common.testing.accessibility.framework.uielement.AccessibilityHierarchyAndroid
import com.google.android.apps.common.testing.accessibility.framework.uielement.CustomViewBuilderAndroid
import com.google.android.apps.common.testing.accessibility.framework.uielement.ViewHierarchyElementAndroid
import com.google.android.apps.common.testing.accessibility.framework.utils.contrast.BitmapImage
import com.google.common.collect.HashBiMap
import java.util.Locale

/**
 * Google's Accessibility Test Framework run on a drawn screen: what a scanner on a phone would say
 * about it (touch targets, labels, contrast), as plain findings a test can print or assert on.
 */
object AccessibilityReport {
    /** One thing a check found on one view; [message] is ATF's, in English. */
    data class Finding(
        val type: AccessibilityCheckResultType,
        val check: String,
        val view: String,
        val label: String,
        val message: String,
    ) {
        override fun toString() = "$type $check: $view \"$label\": $message"
    }

    /** What a check can say against a screen; RESOLVED, NOT_RUN and SUPPRESSED say nothing wrong. */
    private val REPORTED = setOf(AccessibilityCheckResultType.ERROR, AccessibilityCheckResultType.WARNING, AccessibilityCheckResultType.INFO)

    /**
     * Runs every hierarchy check of ATF's newest preset on [root] (laid out, attached to its window)
     * with [screenshot] as the screen capture, errors first. [screenshot] must be [root] drawn at
     * its own size from the window's top left, the way the screen would show it: the contrast checks
     * crop it at each view's bounds on the screen.
     */
    fun check(root: View, screenshot: Bitmap): List<Finding> {
        // The views the hierarchy was built from, by ATF's id: a finding names the real view.
        val views = HashBiMap.create<Long, View>()
        val hierarchy = AccessibilityHierarchyAndroid.newBuilder(root)
            .setCustomViewBuilder(FrameworkViews)
            .setViewOriginMap(views)
            .build()
        val parameters = Parameters().apply { putScreenCapture(BitmapImage(screenshot)) }
        val findings = AccessibilityCheckPreset.getAccessibilityHierarchyChecksForPreset(AccessibilityCheckPreset.LATEST)
            .flatMap { it.runCheckOnHierarchy(hierarchy, null, parameters) }
            .filter { it.type in REPORTED }
            .mapNotNull { result ->
                val view = result.element?.let { views[it.condensedUniqueId] }
                // The checks on text (editable content description, clickable spans, link purpose)
                // never ask whether the view is visible: without this they would report a view
                // that is GONE or INVISIBLE, which nobody sees or hears.
                if (view != null && !view.isShown) return@mapNotNull null
                Finding(
                    type = result.type,
                    check = result.sourceCheckClass.simpleName,
                    view = view?.javaClass?.simpleName ?: result.element?.className?.toString() ?: "(screen)",
                    label = view?.let(::label) ?: "",
                    message = result.getMessage(Locale.ENGLISH).toString(),
                )
            }
        return findings.sortedBy { it.type.ordinal }
    }

    /** What a reader of the report recognises a view by: what it reads out, or what it shows. */
    private fun label(view: View): String =
        view.contentDescription?.toString() ?: (view as? TextView)?.text?.toString() ?: ""

    /**
     * ATF's default asks `view is MaterialButton` to tell whether a view can be checked, and
     * Material is an Android library that is neither on Maven Central nor in this app: on the JVM
     * that `instanceof` fails with NoClassDefFoundError. The app draws framework views only, so
     * Checkable is the whole answer.
     */
    private object FrameworkViews : CustomViewBuilderAndroid {
        override fun getClassByName(element: ViewHierarchyElementAndroid, className: String): Class<*>? =
            runCatching { Class.forName(className, false, element.javaClass.classLoader) }.getOrNull()

        override fun isCheckable(view: View): Boolean = view is Checkable
    }
}
