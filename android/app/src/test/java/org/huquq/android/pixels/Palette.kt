package org.huquq.android.pixels

import java.awt.image.BufferedImage
import java.awt.image.IndexColorModel

/**
 * Cuts a screenshot down to a palette of at most [COLOURS] colours before it is saved: flat
 * framework views use a handful of colours plus the greys of antialiased text, so the pictures
 * stay legible at a third of the size of full colour (docs/screens holds about a hundred).
 * Deterministic: the same picture always gives the same palette.
 */
object Palette {
    private const val COLOURS = 64

    fun reduce(image: BufferedImage): BufferedImage {
        val pixels = image.getRGB(0, 0, image.width, image.height, null, 0, image.width)
        val palette = palette(pixels)
        val nearest = HashMap<Int, Int>()
        val indexes = ByteArray(pixels.size) { at ->
            val rgb = pixels[at] and 0xffffff
            nearest.getOrPut(rgb) { palette.indices.minBy { distance(palette[it], rgb) } }.toByte()
        }
        val model = IndexColorModel(
            8, palette.size,
            ByteArray(palette.size) { (palette[it] shr 16).toByte() },
            ByteArray(palette.size) { (palette[it] shr 8).toByte() },
            ByteArray(palette.size) { palette[it].toByte() },
        )
        val out = BufferedImage(image.width, image.height, BufferedImage.TYPE_BYTE_INDEXED, model)
        out.raster.setDataElements(0, 0, image.width, image.height, indexes)
        return out
    }

    /**
     * The most used regions of colour (4 bits a channel, so that a link's blue is not outvoted by
     * sixteen shades of antialiased grey), each stood for by its most used exact colour.
     */
    private fun palette(pixels: IntArray): IntArray {
        val counts = HashMap<Int, Int>()
        for (pixel in pixels) counts.merge(pixel and 0xffffff, 1, Int::plus)
        val regions = counts.entries.groupBy { region(it.key) }
        return regions.values
            .sortedWith(compareByDescending<List<Map.Entry<Int, Int>>> { region -> region.sumOf { it.value } }.thenBy { region(it.first().key) })
            .take(COLOURS)
            .map { region -> region.maxWith(compareBy<Map.Entry<Int, Int>> { it.value }.thenBy { it.key }).key }
            .toIntArray()
    }

    private fun region(rgb: Int): Int = (rgb shr 4 and 0x0f0f0f)

    private fun distance(a: Int, b: Int): Int {
        val red = (a shr 16 and 0xff) - (b shr 16 and 0xff)
        val green = (a shr 8 and 0xff) - (b shr 8 and 0xff)
        val blue = (a and 0xff) - (b and 0xff)
        return red * red + green * green + blue * blue
    }
}
