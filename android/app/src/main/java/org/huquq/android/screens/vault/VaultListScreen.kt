package org.huquq.android.screens.vault

import android.view.View
import org.huquq.android.nav.Routes
import org.huquq.android.ui.Host
import org.huquq.android.ui.Screen
import org.huquq.android.ui.Views
import org.huquq.android.platform.AppClock

/** The documents in the vault, by person, as the core's list model gives them. */
class VaultListScreen : Screen {
    override val route: String get() = Routes.of("vault")

    override val secure: Boolean get() = true

    override fun build(host: Host): View = VaultGuard.screen(host) { list(host) }

    private fun list(host: Host): View {
        val app = host.app
        val context = host.activity
        val list = app.vaultList(AppClock.now())
        val direction = list.direction
        return Views.page(context, direction) { column ->
            column.addView(Views.heading(context, list.title, direction))
            for (section in list.sections) {
                column.addView(Views.text(context, section.heading, direction, sizeSp = 20f, bold = true))
                for (row in section.rows) {
                    // A document an office holds says so under its expiry (the journal's custody).
                    val lines = listOfNotNull(row.subtitle, row.held).joinToString("\n")
                    column.addView(Views.row(context, row.title, lines, direction) { host.push(DocumentScreen(row.documentId)) })
                }
            }
            list.emptyText?.let { column.addView(Views.text(context, it, direction)) }
            column.addView(Views.button(context, list.addLabel) { host.push(EditDocumentScreen(null)) })
            list.lockLabel?.let { label ->
                column.addView(
                    Views.button(context, label) {
                        app.lockVault()
                        host.back()
                    },
                )
            }
        }
    }
}
