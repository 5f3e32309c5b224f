package org.huquq.android.pixels

import java.awt.image.BufferedImage
import java.io.File
import javax.imageio.ImageIO

/**
 * The screens as last approved, in docs/screens/<variant>/<screen>.png, and the check that a
 * screen still looks the same. Set by scripts/android-check.sh (compare) and scripts/screens.sh
 * (`--update`: approve what is drawn now).
 */
object Goldens {
    /** A pixel differs when a colour channel moves more than this: antialiasing noise does not count. */
    private const val CHANNEL_TOLERANCE = 32
    /** A changed letter moves far more pixels than this; rounding in a gradient far fewer. */
    private const val PIXEL_TOLERANCE = 20

    private val approved = File(property("huquq.screens.goldens"))
    private val drawn = File(property("huquq.screens.out"))
    private val updating = System.getProperty("huquq.screens.update") == "true"

    private fun property(name: String): String =
        System.getProperty(name) ?: error("set -D$name (scripts/android-check.sh and scripts/screens.sh do)")

    /**
     * Saves [image] as this run's picture of [screen], then compares it with the approved one:
     * returns null when it matches (or was approved now), or why it does not.
     */
    fun check(variant: Variant, screen: String, drawnImage: BufferedImage): String? {
        val name = "${variant.name}/$screen.png"
        // Compared as saved: the approved picture went through the same palette.
        val image = Palette.reduce(drawnImage)
        write(image, File(drawn, name))
        val golden = File(approved, name)
        val difference = if (golden.isFile) differences(ImageIO.read(golden), image) else null
        if (golden.isFile && difference == null) return null
        if (updating) {
            write(image, golden)
            return null
        }
        if (!golden.isFile) return "$name: no approved picture; look at ${File(drawn, name)} and run scripts/screens.sh --update"
        val diffFile = File(drawn, "diff/$name")
        difference!!.image?.let { write(it, diffFile) }
        return "$name changed: ${difference.what}; the difference is drawn in $diffFile " +
            "(if the change is wanted, run scripts/screens.sh --update)"
    }

    private class Difference(val what: String, val image: BufferedImage?)

    private fun differences(before: BufferedImage, after: BufferedImage): Difference? {
        if (before.width != after.width || before.height != after.height) {
            return Difference("its size went from ${before.width}×${before.height} to ${after.width}×${after.height}", null)
        }
        // The new picture, faded, with every pixel that moved in red.
        val marked = BufferedImage(after.width, after.height, BufferedImage.TYPE_INT_RGB)
        var changed = 0
        for (y in 0 until after.height) {
            for (x in 0 until after.width) {
                val old = before.getRGB(x, y)
                val new = after.getRGB(x, y)
                if (channelDistance(old, new) > CHANNEL_TOLERANCE) {
                    changed++
                    marked.setRGB(x, y, 0xff0000)
                } else {
                    marked.setRGB(x, y, fade(new))
                }
            }
        }
        return if (changed > PIXEL_TOLERANCE) Difference("$changed pixels differ", marked) else null
    }

    private fun channelDistance(a: Int, b: Int): Int =
        maxOf(
            Math.abs((a shr 16 and 0xff) - (b shr 16 and 0xff)),
            Math.abs((a shr 8 and 0xff) - (b shr 8 and 0xff)),
            Math.abs((a and 0xff) - (b and 0xff)),
        )

    /** Three quarters of the way to white. */
    private fun fade(rgb: Int): Int {
        fun channel(shift: Int) = ((rgb shr shift and 0xff) + 3 * 255) / 4
        return (channel(16) shl 16) or (channel(8) shl 8) or channel(0)
    }

    private fun write(image: BufferedImage, file: File) {
        file.parentFile.mkdirs()
        check(ImageIO.write(image, "png", file)) { "no PNG writer" }
    }
}
