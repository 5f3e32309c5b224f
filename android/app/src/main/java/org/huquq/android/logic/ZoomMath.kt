package org.huquq.android.logic

/**
 * The zoom and pan of a picture in a view: a scale and the picture's top-left corner in view
 * coordinates. The picture never gets smaller than fitting the view, nor larger than [MAX_ZOOM]
 * times that, and it cannot be dragged away: a side smaller than the view is centred, a larger one
 * always covers the view.
 */
data class Zoom(val scale: Float, val left: Float, val top: Float)

class ZoomMath(
    private val viewWidth: Float,
    private val viewHeight: Float,
    private val imageWidth: Float,
    private val imageHeight: Float,
) {
    val minScale: Float =
        if (imageWidth <= 0f || imageHeight <= 0f) 1f else minOf(viewWidth / imageWidth, viewHeight / imageHeight)
    val maxScale: Float = minScale * MAX_ZOOM

    /** The whole picture, centred. */
    fun fit(): Zoom = clamp(Zoom(minScale, 0f, 0f))

    /** Scales by [factor] keeping the picture's point under ([focusX], [focusY]) in place. */
    fun zoom(current: Zoom, factor: Float, focusX: Float, focusY: Float): Zoom {
        val scale = current.scale * factor
        val bounded = scale.coerceIn(minScale, maxScale)
        val applied = bounded / current.scale
        return clamp(
            Zoom(
                bounded,
                focusX - (focusX - current.left) * applied,
                focusY - (focusY - current.top) * applied,
            ),
        )
    }

    /** Moves the picture by ([dx], [dy]) view pixels, as far as it can go. */
    fun pan(current: Zoom, dx: Float, dy: Float): Zoom = clamp(current.copy(left = current.left + dx, top = current.top + dy))

    /** A double tap: from the fitted picture to [DOUBLE_TAP_ZOOM] times it at the tap, else back. */
    fun toggle(current: Zoom, focusX: Float, focusY: Float): Zoom =
        if (current.scale > minScale * 1.01f) fit() else zoom(current, DOUBLE_TAP_ZOOM, focusX, focusY)

    fun clamp(zoom: Zoom): Zoom {
        val scale = zoom.scale.coerceIn(minScale, maxScale)
        return Zoom(
            scale,
            clampOffset(zoom.left, viewWidth, imageWidth * scale),
            clampOffset(zoom.top, viewHeight, imageHeight * scale),
        )
    }

    companion object {
        const val MAX_ZOOM: Float = 6f
        const val DOUBLE_TAP_ZOOM: Float = 2.5f

        /** One axis: centred when the content is smaller than the view, else covering it. */
        fun clampOffset(offset: Float, viewSize: Float, contentSize: Float): Float =
            if (contentSize <= viewSize) (viewSize - contentSize) / 2f else offset.coerceIn(viewSize - contentSize, 0f)
    }
}
