package org.huquq.android.screens.reminders

import android.view.View
import android.widget.LinearLayout
import org.huquq.android.logic.StateStyle
import org.huquq.android.nav.Routes
import org.huquq.android.platform.NotificationAccess
import org.huquq.android.platform.ReminderScheduler
import org.huquq.android.screens.vault.VaultGuard
import org.huquq.android.ui.Host
import org.huquq.android.ui.Screen
import org.huquq.android.ui.Views
import org.huquq.core.DeadlineItem
import org.huquq.core.Direction
import org.huquq.core.UiText
import org.huquq.android.platform.AppClock

/**
 * Every deadline with its state, what can be done about each, "record what happened" and the
 * checklists. Deadlines come from the vault, so the screen is secure and shows only once the
 * vault is open.
 */
class RemindersListScreen : Screen {
    override val route: String get() = Routes.of("reminders")

    override val secure: Boolean get() = true

    /** The vault guard opens the vault (or asks for the PIN) and rebuilds this when it locks. */
    override fun build(host: Host): View = VaultGuard.screen(host) { content(host) }

    private fun content(host: Host): View {
        val app = host.app
        val context = host.activity
        val screen = app.reminders(AppClock.now())
        // Documents may have changed on other screens since the alarms were last set.
        ReminderScheduler.reschedule(context)
        val direction = screen.direction
        return Views.page(context, direction) { page ->
            page.addView(Views.heading(context, screen.title, direction))
            page.addView(Views.text(context, screen.settingsText, direction, sizeSp = 14f))
            addAccessNotes(host, page, direction)
            screen.emptyText?.let { page.addView(Views.text(context, it, direction)) }
            val actions = DeadlineActions(host)
            for (item in screen.deadlines) page.addView(deadlineRow(host, item, direction) { actions.show(item.id) })
            page.addView(Views.button(context, app.uiText(UiText.REMINDERS_RECORD)) { RecordEventFlow(host).start() })
            addChecklists(host, page, direction)
        }
    }

    private fun deadlineRow(host: Host, item: DeadlineItem, direction: Direction, onClick: () -> Unit): View {
        val context = host.activity
        val style = StateStyle.of(item.state)
        return Views.column(context, direction).apply {
            val pad = Views.dp(context, 12)
            setPadding(0, pad, 0, pad)
            isClickable = true
            isFocusable = true
            addView(Views.text(context, item.title, direction, sizeSp = 18f, bold = true))
            if (item.personName.isNotBlank()) addView(Views.text(context, item.personName, direction, sizeSp = 14f))
            addView(Views.text(context, "${style.symbol} ${item.status}", direction, sizeSp = 14f, bold = true).apply {
                setTextColor(style.argb)
            })
            for (caveat in item.caveats) addView(Views.text(context, caveat, direction, sizeSp = 13f))
            setOnClickListener { onClick() }
        }
    }

    /** What stops reminders from reaching the user, said plainly; the list works either way. */
    private fun addAccessNotes(host: Host, page: LinearLayout, direction: Direction) {
        val context = host.activity
        val app = host.app
        if (!NotificationAccess.notificationsAllowed(context)) {
            page.addView(note(host, app.uiText(UiText.REMINDERS_NOTIFICATIONS_OFF), direction))
        } else if (!NotificationAccess.exactAlarmsAllowed(context)) {
            page.addView(note(host, app.uiText(UiText.REMINDERS_EXACT_OFF), direction))
            NotificationAccess.exactAlarmSettings(context)?.let { settings ->
                page.addView(Views.button(context, app.uiText(UiText.REMINDERS_ALLOW_EXACT)) {
                    // Coming back rebuilds the screen, which re-sets the alarms (now exact).
                    host.launch(settings) { _, _ -> host.refresh() }
                })
            }
        }
    }

    private fun note(host: Host, text: String, direction: Direction): View =
        Views.text(host.activity, "${StateStyle.WARNING.symbol} $text", direction, sizeSp = 14f).apply {
            setTextColor(StateStyle.WARNING.argb)
        }

    private fun addChecklists(host: Host, page: LinearLayout, direction: Direction) {
        val context = host.activity
        val procedures = host.app.procedures()
        if (procedures.isEmpty()) return
        page.addView(Views.heading(context, host.app.uiText(UiText.REMINDERS_CHECKLISTS), direction))
        for (procedure in procedures) {
            page.addView(Views.row(context, procedure.title, procedure.summary, direction) {
                host.push(ChecklistScreen(procedure.id, null))
            })
        }
    }
}
