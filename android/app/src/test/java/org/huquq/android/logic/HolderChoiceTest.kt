package org.huquq.android.logic

import kotlin.test.Test
import kotlin.test.assertEquals

class HolderChoiceTest {
    @Test
    fun nobodyInTheVault() {
        assertEquals(HolderChoice.Nobody, HolderChoice.of(emptyList()))
    }

    @Test
    fun oneDoesNotAsk() {
        assertEquals(HolderChoice.Only("p1"), HolderChoice.of(listOf("p1" to false)))
        assertEquals(HolderChoice.Only("me"), HolderChoice.of(listOf("me" to true)))
    }

    @Test
    fun severalAskWithOneselfFirstAndTheRestInOrder() {
        val people = listOf("child" to false, "spouse" to false, "me" to true, "parent" to false)
        assertEquals(HolderChoice.Ask(listOf("me", "child", "spouse", "parent")), HolderChoice.of(people))
    }

    @Test
    fun withoutOneselfTheVaultOrderIsKept() {
        assertEquals(HolderChoice.Ask(listOf("a", "b")), HolderChoice.of(listOf("a" to false, "b" to false)))
    }
}
