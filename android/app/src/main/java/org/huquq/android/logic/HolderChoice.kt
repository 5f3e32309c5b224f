package org.huquq.android.logic

/**
 * Whom a recorded event is about. The events are worded for the phone's owner ("I moved"), so the
 * person marked as oneself comes first; with one person there is nothing to ask.
 */
sealed class HolderChoice {
    /** Nobody is in the vault yet. */
    object Nobody : HolderChoice()

    data class Only(val personId: String) : HolderChoice()

    /** Ask, in this order (oneself first, then as the vault lists them). */
    data class Ask(val personIds: List<String>) : HolderChoice()

    companion object {
        /** [people] as (id, is this the phone's owner) in the vault's order. */
        fun of(people: List<Pair<String, Boolean>>): HolderChoice = when (people.size) {
            0 -> Nobody
            1 -> Only(people[0].first)
            else -> Ask(people.sortedByDescending { it.second }.map { it.first })
        }
    }
}
