package org.huquq.android.screens.kb

import android.content.Context
import android.speech.tts.TextToSpeech
import android.speech.tts.UtteranceProgressListener
import java.util.Locale

/**
 * Reads utterances aloud with the phone's text-to-speech engine, in the text's own language.
 * Progress callbacks arrive on the engine's threads; [post] brings them back to the main thread.
 */
class ReadAloud(
    private val context: Context,
    private val languageTag: String,
    private val post: (Runnable) -> Unit,
    /** The phone has no voice for this language (or no engine at all). */
    private val onUnavailable: () -> Unit,
    /** Reading ended: the last utterance finished or failed. Not called after [stop]. */
    private val onFinished: () -> Unit,
) {
    private var session: Session? = null

    val speaking: Boolean get() = session != null

    fun start(utterances: List<String>) {
        stop()
        if (utterances.isEmpty()) return
        val started = Session(utterances)
        session = started
        started.engine = TextToSpeech(context.applicationContext, started)
        // An engine that cannot bind reports failure from inside its constructor.
        started.earlyStatus?.let { started.ready(it) }
    }

    /** Stops reading and releases the engine (it holds a connection to the speech service). */
    fun stop() {
        val ending = session ?: return
        session = null
        ending.engine?.stop()
        ending.engine?.shutdown()
    }

    private inner class Session(private val utterances: List<String>) : TextToSpeech.OnInitListener {
        var engine: TextToSpeech? = null
        var earlyStatus: Int? = null

        override fun onInit(status: Int) {
            if (engine == null) earlyStatus = status else ready(status)
        }

        fun ready(status: Int) {
            val tts = engine ?: return
            if (session !== this) return
            if (status != TextToSpeech.SUCCESS || !hasVoice(tts)) {
                stop()
                onUnavailable()
                return
            }
            tts.setOnUtteranceProgressListener(Progress(this, lastId = idOf(utterances.lastIndex)))
            utterances.forEachIndexed { index, text ->
                val mode = if (index == 0) TextToSpeech.QUEUE_FLUSH else TextToSpeech.QUEUE_ADD
                tts.speak(text, mode, null, idOf(index))
            }
        }
    }

    private fun hasVoice(tts: TextToSpeech): Boolean {
        val result = tts.setLanguage(Locale.forLanguageTag(languageTag))
        return result != TextToSpeech.LANG_MISSING_DATA && result != TextToSpeech.LANG_NOT_SUPPORTED
    }

    private fun idOf(index: Int) = "huquq-$index"

    private inner class Progress(private val owner: Session, private val lastId: String) : UtteranceProgressListener() {
        override fun onStart(utteranceId: String?) {}

        override fun onDone(utteranceId: String?) {
            if (utteranceId == lastId) finish()
        }

        // Abstract in the framework, so it must be implemented; since API 21 engines call the
        // overload with an error code below instead.
        @Deprecated("Replaced by onError(String, Int) in the framework")
        override fun onError(utteranceId: String?) = finish()

        override fun onError(utteranceId: String?, errorCode: Int) = finish()

        private fun finish() = post(Runnable {
            if (session === owner) {
                stop()
                onFinished()
            }
        })
    }
}
