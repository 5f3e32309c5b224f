package org.huquq.android.screens

import java.io.File
import javax.xml.parsers.DocumentBuilderFactory

/** What the app's AndroidManifest.xml asks of the platform (the tests run without a merged one). */
data class AppManifest(
    val supportsRtl: Boolean,
    val enableOnBackInvokedCallback: Boolean,
    /** The application's label, as the launcher and the action bar show it. */
    val label: String,
    /** The framework theme the application names (`@android:style/…`), as an `android.R.style` id. */
    val theme: Int,
) {
    companion object {
        private const val ANDROID = "http://schemas.android.com/apk/res/android"
        private const val FRAMEWORK_STYLE = "@android:style/"

        /** `@android:style/Theme.Material.Light` → `android.R.style.Theme_Material_Light`. */
        private fun frameworkStyle(reference: String): Int {
            require(reference.startsWith(FRAMEWORK_STYLE)) { "the app's theme is not a framework style: $reference" }
            val field = reference.removePrefix(FRAMEWORK_STYLE).replace('.', '_')
            return android.R.style::class.java.getField(field).getInt(null)
        }

        /** The manifest named by the `huquq.manifest` system property (scripts/android-check.sh sets it). */
        fun read(): AppManifest {
            val path = System.getProperty("huquq.manifest") ?: error("set -Dhuquq.manifest to android/app/src/main/AndroidManifest.xml")
            val factory = DocumentBuilderFactory.newInstance().apply { isNamespaceAware = true }
            val application = factory.newDocumentBuilder().parse(File(path)).getElementsByTagName("application").item(0) as org.w3c.dom.Element
            fun flag(name: String) = application.getAttributeNS(ANDROID, name) == "true"
            return AppManifest(
                flag("supportsRtl"),
                flag("enableOnBackInvokedCallback"),
                application.getAttributeNS(ANDROID, "label"),
                frameworkStyle(application.getAttributeNS(ANDROID, "theme")),
            )
        }
    }
}
