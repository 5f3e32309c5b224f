package org.huquq.android.nav

/**
 * The app's navigation history, in plain Kotlin so it is tested on the JVM. The bottom entry is the
 * root (home); going back from the root leaves the app.
 */
class BackStack<T>(root: T) {
    private val entries = ArrayDeque<T>().apply { addLast(root) }

    val current: T get() = entries.last()
    val depth: Int get() = entries.size

    fun push(entry: T) = entries.addLast(entry)

    /** Replaces the current entry (a form that became a detail screen after saving). */
    fun replace(entry: T) {
        entries.removeLast()
        entries.addLast(entry)
    }

    /** Goes back one step; false at the root, where the shell should close. */
    fun pop(): Boolean {
        if (entries.size == 1) return false
        entries.removeLast()
        return true
    }

    /** Back to the root, e.g. after the language changed and every screen must be rebuilt. */
    fun reset(root: T) {
        entries.clear()
        entries.addLast(root)
    }

    fun toList(): List<T> = entries.toList()

    companion object {
        /** A stack restored from [entries], root first; just [root] when there are none. */
        fun <T> of(entries: List<T>, root: T): BackStack<T> =
            BackStack(entries.firstOrNull() ?: root).apply { entries.drop(1).forEach(::push) }
    }
}
