package org.huquq.android.pixels

/**
 * One way the screens are looked at: the app's language, the phone's screen (Robolectric
 * qualifiers, at 1 px per dp so the pictures stay small) and the user's font size.
 */
data class Variant(val name: String, val language: String, val qualifiers: String, val fontScale: Float = 1f) {
    override fun toString() = name

    companion object {
        /** A common phone: 411 × 891 dp (a Pixel 3a class screen). */
        private const val PHONE = "w411dp-h891dp-port-mdpi"
        /** The small cheap phone many seasonal workers carry: 360 × 640 dp. */
        private const val SMALL_PHONE = "w360dp-h640dp-port-mdpi"

        val all = listOf(
            Variant("en", "en", PHONE),
            Variant("ru", "ru", PHONE),
            Variant("kk", "kk", PHONE),
            Variant("ar", "ar", PHONE),
            Variant("en-font-1.3", "en", PHONE, fontScale = 1.3f),
            Variant("en-small-phone", "en", SMALL_PHONE),
        )
    }
}
