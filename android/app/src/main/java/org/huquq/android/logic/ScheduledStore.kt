package org.huquq.android.logic

/**
 * The text format of the file that remembers which alarms were set, parsed by hand. The first
 * line is `huquq-scheduled 1 <boot count> <exact 0|1>`; then one alarm a line, its fields
 * separated by tabs: `numericId fireAtUnix id title body`. Backslash, tab, newline and carriage
 * return inside a field are written as `\\`, `\t`, `\n`, `\r`. A damaged line is skipped: the
 * worst outcome is one alarm that is not cancelled, never a crash at boot.
 */
object ScheduledStore {
    private const val MAGIC = "huquq-scheduled"
    private const val VERSION = "1"

    fun write(schedule: StoredSchedule): String = buildString {
        val state = schedule.state
        append(MAGIC).append(' ').append(VERSION)
        if (state != null) append(' ').append(state.bootCount).append(' ').append(if (state.exact) '1' else '0')
        append('\n')
        for (entry in schedule.entries) {
            append(entry.numericId).append('\t')
            append(entry.fireAtUnix).append('\t')
            append(escape(entry.id)).append('\t')
            append(escape(entry.title)).append('\t')
            append(escape(entry.body)).append('\n')
        }
    }

    fun read(text: String): StoredSchedule {
        val lines = text.split('\n')
        val header = lines.first().trimEnd('\r').split(' ')
        if (header.size < 2 || header[0] != MAGIC || header[1] != VERSION) return StoredSchedule.EMPTY
        val state = if (header.size == 4) {
            val boot = header[2].toIntOrNull()
            val exact = when (header[3]) {
                "1" -> true
                "0" -> false
                else -> null
            }
            if (boot != null && exact != null) ArmState(boot, exact) else null
        } else {
            null
        }
        val entries = lines.drop(1).mapNotNull(::entry)
        return StoredSchedule(state, entries)
    }

    private fun entry(line: String): Scheduled? {
        val fields = line.trimEnd('\r').split('\t')
        if (fields.size != 5) return null
        val code = fields[0].toIntOrNull() ?: return null
        val at = fields[1].toLongOrNull() ?: return null
        val id = unescape(fields[2]) ?: return null
        val title = unescape(fields[3]) ?: return null
        val body = unescape(fields[4]) ?: return null
        return Scheduled(code, id, at, title, body)
    }

    fun escape(value: String): String = buildString(value.length) {
        for (c in value) {
            when (c) {
                '\\' -> append("\\\\")
                '\t' -> append("\\t")
                '\n' -> append("\\n")
                '\r' -> append("\\r")
                else -> append(c)
            }
        }
    }

    /** The field's text, or null if it has an escape this format never writes (a damaged file). */
    fun unescape(value: String): String? {
        val out = StringBuilder(value.length)
        var i = 0
        while (i < value.length) {
            val c = value[i]
            if (c != '\\') {
                out.append(c)
                i++
                continue
            }
            if (i + 1 >= value.length) return null
            out.append(
                when (value[i + 1]) {
                    '\\' -> '\\'
                    't' -> '\t'
                    'n' -> '\n'
                    'r' -> '\r'
                    else -> return null
                },
            )
            i += 2
        }
        return out.toString()
    }
}
