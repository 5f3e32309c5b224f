package org.huquq.android.screens.vault

import android.content.Context
import android.graphics.Bitmap
import android.graphics.Matrix
import android.view.GestureDetector
import android.view.MotionEvent
import android.view.ScaleGestureDetector
import android.widget.ImageView
import org.huquq.android.logic.Zoom
import org.huquq.android.logic.ZoomMath

/**
 * A page photo that can be pinched to zoom, dragged and double-tapped, so small print on a stamp
 * can be read. The limits (fit to the screen up to six times that, never dragged off) are in
 * [ZoomMath]; this class only feeds it gestures and applies the result as a matrix.
 */
class ZoomImageView(context: Context) : ImageView(context) {
    private var math: ZoomMath? = null
    private var zoom: Zoom? = null
    private val drawMatrix = Matrix()

    private val scaler = ScaleGestureDetector(
        context,
        object : ScaleGestureDetector.SimpleOnScaleGestureListener() {
            override fun onScale(detector: ScaleGestureDetector): Boolean {
                change { m, z -> m.zoom(z, detector.scaleFactor, detector.focusX, detector.focusY) }
                return true
            }
        },
    )

    private val gestures = GestureDetector(
        context,
        object : GestureDetector.SimpleOnGestureListener() {
            override fun onDown(e: MotionEvent): Boolean = true

            override fun onScroll(e1: MotionEvent?, e2: MotionEvent, distanceX: Float, distanceY: Float): Boolean {
                change { m, z -> m.pan(z, -distanceX, -distanceY) }
                return true
            }

            override fun onDoubleTap(e: MotionEvent): Boolean {
                change { m, z -> m.toggle(z, e.x, e.y) }
                return true
            }
        },
    )

    init {
        scaleType = ScaleType.MATRIX
    }

    fun show(bitmap: Bitmap) {
        setImageBitmap(bitmap)
        fit()
    }

    override fun onSizeChanged(w: Int, h: Int, oldw: Int, oldh: Int) {
        super.onSizeChanged(w, h, oldw, oldh)
        fit()
    }

    private fun fit() {
        val picture = drawable ?: return
        if (width == 0 || height == 0) return
        val fitted = ZoomMath(
            width.toFloat(),
            height.toFloat(),
            picture.intrinsicWidth.toFloat(),
            picture.intrinsicHeight.toFloat(),
        )
        math = fitted
        apply(fitted.fit())
    }

    private fun change(step: (ZoomMath, Zoom) -> Zoom) {
        val m = math ?: return
        val z = zoom ?: return
        apply(step(m, z))
    }

    private fun apply(next: Zoom) {
        zoom = next
        drawMatrix.setScale(next.scale, next.scale)
        drawMatrix.postTranslate(next.left, next.top)
        imageMatrix = drawMatrix
    }

    override fun onTouchEvent(event: MotionEvent): Boolean {
        scaler.onTouchEvent(event)
        gestures.onTouchEvent(event)
        if (event.actionMasked == MotionEvent.ACTION_UP) performClick()
        return true
    }

    override fun performClick(): Boolean = super.performClick()
}
