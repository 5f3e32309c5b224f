package org.huquq.android.logic

import kotlin.test.assertEquals
import kotlin.test.assertTrue
import org.junit.jupiter.api.Test

class ZoomMathTest {
    // A portrait view and a landscape page: the page's width decides the fit.
    private val math = ZoomMath(viewWidth = 1000f, viewHeight = 2000f, imageWidth = 4000f, imageHeight = 3000f)
    private val eps = 0.001f

    @Test
    fun fitShowsTheWholePageCentred() {
        val fit = math.fit()
        assertEquals(0.25f, fit.scale, eps)
        assertEquals(0f, fit.left, eps)
        // 750 px tall in a 2000 px view: 625 px above and below.
        assertEquals(625f, fit.top, eps)
    }

    @Test
    fun zoomIsClampedBetweenFitAndMaximum() {
        val fit = math.fit()
        assertEquals(math.minScale, math.zoom(fit, 0.1f, 500f, 1000f).scale, eps)
        assertEquals(math.maxScale, math.zoom(fit, 100f, 500f, 1000f).scale, eps)
        assertEquals(0.25f * ZoomMath.MAX_ZOOM, math.maxScale, eps)
    }

    @Test
    fun zoomKeepsThePointUnderTheFingers() {
        val fit = math.fit()
        val zoomed = math.zoom(fit, 2f, 500f, 1000f)
        // The page point under (500, 1000) before: ((500 - 0) / 0.25, (1000 - 625) / 0.25) = (2000, 1500).
        assertEquals(500f, zoomed.left + 2000f * zoomed.scale, eps)
        assertEquals(1000f, zoomed.top + 1500f * zoomed.scale, eps)
    }

    @Test
    fun panStopsAtTheEdges() {
        val zoomed = math.zoom(math.fit(), 4f, 0f, 0f) // scale 1: page 4000 x 3000
        val farRight = math.pan(zoomed, -100_000f, -100_000f)
        assertEquals(1000f - 4000f, farRight.left, eps)
        assertEquals(2000f - 3000f, farRight.top, eps)
        val farLeft = math.pan(zoomed, 100_000f, 100_000f)
        assertEquals(0f, farLeft.left, eps)
        assertEquals(0f, farLeft.top, eps)
    }

    @Test
    fun aSideSmallerThanTheViewStaysCentred() {
        val fit = math.fit()
        val moved = math.pan(fit, 300f, 300f)
        assertEquals(fit, moved)
    }

    @Test
    fun doubleTapZoomsInThenBackToFit() {
        val fit = math.fit()
        val inZoom = math.toggle(fit, 500f, 1000f)
        assertTrue(inZoom.scale > fit.scale)
        assertEquals(fit, math.toggle(inZoom, 10f, 10f))
    }

    @Test
    fun anEmptyPictureDoesNotDivideByZero() {
        val empty = ZoomMath(100f, 100f, 0f, 0f)
        assertEquals(1f, empty.fit().scale, eps)
    }

    @Test
    fun clampOffsetOnOneAxis() {
        assertEquals(25f, ZoomMath.clampOffset(-300f, 100f, 50f), eps)
        assertEquals(-100f, ZoomMath.clampOffset(-300f, 100f, 200f), eps)
        assertEquals(0f, ZoomMath.clampOffset(40f, 100f, 200f), eps)
        assertEquals(-60f, ZoomMath.clampOffset(-60f, 100f, 200f), eps)
    }
}
