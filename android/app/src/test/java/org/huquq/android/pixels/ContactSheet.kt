package org.huquq.android.pixels

import java.awt.Color
import java.awt.image.BufferedImage
import java.io.File
import javax.imageio.ImageIO

/**
 * One picture per variant with every screen side by side, the first screen's height of each, at
 * full size so a reviewer or translator can read it: text that does not fit, cut labels,
 * overlapping views and the wrong direction show at a glance. The screens come in the order of
 * their names (docs/screens/README.md lists them).
 *
 * Usage: ContactSheetKt DRAWN DEST — for each variant folder in DRAWN, writes DEST/<variant>.png.
 */
fun main(args: Array<String>) {
    require(args.size == 2) { "usage: ContactSheetKt DRAWN-FOLDER DEST-FOLDER" }
    val dest = File(args[1]).apply { mkdirs() }
    // Every folder of pictures but the differences (and the sheets, when they are made in there).
    val variants = File(args[0]).listFiles { file -> file.isDirectory && file.name != "diff" && file.canonicalFile != dest.canonicalFile }
        .orEmpty().sortedBy { it.name }
    for (folder in variants) {
        val screens = folder.listFiles { file -> file.name.endsWith(".png") }.orEmpty().sortedBy { it.name }.map { ImageIO.read(it) }
        if (screens.isEmpty()) continue
        val sheet = ContactSheet.of(screens)
        ImageIO.write(Palette.reduce(sheet), "png", File(dest, "${folder.name}.png"))
        println("contact sheet ${folder.name}: ${screens.size} screens, ${sheet.width}×${sheet.height}")
    }
}

object ContactSheet {
    private const val COLUMNS = 8
    private const val GUTTER = 16
    private val BACKGROUND = Color(0x60, 0x60, 0x60)

    /** [screens] in rows of [COLUMNS], each cut to the height of the shortest (one phone screen). */
    fun of(screens: List<BufferedImage>): BufferedImage {
        val width = screens.maxOf { it.width }
        val height = screens.minOf { it.height }
        val columns = minOf(COLUMNS, screens.size)
        val rows = (screens.size + columns - 1) / columns
        val sheet = BufferedImage(
            GUTTER + columns * (width + GUTTER),
            GUTTER + rows * (height + GUTTER),
            BufferedImage.TYPE_INT_RGB,
        )
        val graphics = sheet.createGraphics()
        graphics.color = BACKGROUND
        graphics.fillRect(0, 0, sheet.width, sheet.height)
        screens.forEachIndexed { index, screen ->
            val x = GUTTER + (index % columns) * (width + GUTTER)
            val y = GUTTER + (index / columns) * (height + GUTTER)
            graphics.drawImage(screen.getSubimage(0, 0, screen.width, minOf(height, screen.height)), x, y, null)
        }
        graphics.dispose()
        return sheet
    }
}
