package org.huquq.android.screens

import java.io.File
import javax.xml.parsers.DocumentBuilderFactory

/** What the app's AndroidManifest.xml asks of the platform (the tests run without a merged one). */
data class AppManifest(val supportsRtl: Boolean, val enableOnBackInvokedCallback: Boolean) {
    companion object {
        private const val ANDROID = "http://schemas.android.com/apk/res/android"

        /** The manifest named by the `huquq.manifest` system property (scripts/android-check.sh sets it). */
        fun read(): AppManifest {
            val path = System.getProperty("huquq.manifest") ?: error("set -Dhuquq.manifest to android/app/src/main/AndroidManifest.xml")
            val factory = DocumentBuilderFactory.newInstance().apply { isNamespaceAware = true }
            val application = factory.newDocumentBuilder().parse(File(path)).getElementsByTagName("application").item(0) as org.w3c.dom.Element
            fun flag(name: String) = application.getAttributeNS(ANDROID, name) == "true"
            return AppManifest(flag("supportsRtl"), flag("enableOnBackInvokedCallback"))
        }
    }
}
