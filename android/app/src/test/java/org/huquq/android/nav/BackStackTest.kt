package org.huquq.android.nav

import kotlin.test.Test
import kotlin.test.assertEquals
import kotlin.test.assertFalse
import kotlin.test.assertTrue

class BackStackTest {
    @Test
    fun startsAtTheRoot() {
        val stack = BackStack("home")
        assertEquals("home", stack.current)
        assertEquals(1, stack.depth)
        assertEquals(listOf("home"), stack.toList())
    }

    @Test
    fun pushGoesForwardAndPopComesBack() {
        val stack = BackStack("home")
        stack.push("reminders")
        stack.push("checklist")
        assertEquals("checklist", stack.current)
        assertEquals(3, stack.depth)
        assertTrue(stack.pop())
        assertEquals("reminders", stack.current)
        assertTrue(stack.pop())
        assertEquals("home", stack.current)
    }

    @Test
    fun popAtTheRootReturnsFalseAndKeepsTheRoot() {
        val stack = BackStack("home")
        assertFalse(stack.pop())
        assertEquals("home", stack.current)
        assertEquals(1, stack.depth)
        stack.push("a")
        assertTrue(stack.pop())
        assertFalse(stack.pop())
        assertEquals("home", stack.current)
    }

    @Test
    fun replaceSwapsOnlyTheCurrentEntry() {
        val stack = BackStack("home")
        stack.push("form")
        stack.replace("detail")
        assertEquals(listOf("home", "detail"), stack.toList())
        assertTrue(stack.pop())
        assertEquals("home", stack.current)
    }

    @Test
    fun replaceAtTheRootChangesTheRoot() {
        val stack = BackStack("language")
        stack.replace("home")
        assertEquals(listOf("home"), stack.toList())
        assertFalse(stack.pop())
    }

    @Test
    fun resetLeavesOnlyTheNewRoot() {
        val stack = BackStack("home")
        stack.push("a")
        stack.push("b")
        stack.reset("new home")
        assertEquals(listOf("new home"), stack.toList())
        assertEquals(1, stack.depth)
        assertFalse(stack.pop())
    }
}
