package org.huquq.android.screens.vault

import android.view.View
import java.time.LocalDate
import org.huquq.android.ui.Host
import org.huquq.android.ui.Screen
import org.huquq.android.ui.Views
import org.huquq.core.DocumentFilter

/** The documents in the vault, by person; each with its number and how its expiry looks today. */
class VaultListScreen : Screen {
    override val secure: Boolean get() = true

    override fun build(host: Host): View = VaultGuard.screen(host) { list(host) }

    private fun list(host: Host): View {
        val app = host.app
        val context = host.activity
        val direction = app.direction()
        val today = LocalDate.now()
        return Views.page(context, direction) { column ->
            column.addView(Views.heading(context, app.uiText("android-vault-title"), direction))
            var any = false
            for (person in app.people()) {
                val documents = app.documents(DocumentFilter(person.id, null))
                if (documents.isEmpty()) continue
                any = true
                column.addView(Views.text(context, person.name, direction, sizeSp = 20f, bold = true))
                for (document in documents) {
                    val title = listOf(VaultText.kind(app, document.kind), document.number)
                        .filter { it.isNotBlank() }
                        .joinToString(" · ")
                    val subtitle = VaultText.expiry(app, document.expiresOn, today) + " · " +
                        app.uiCount("vault-pages", document.pageCount)
                    column.addView(Views.row(context, title, subtitle, direction) { host.push(DocumentScreen(document.id)) })
                }
            }
            if (!any) column.addView(Views.text(context, app.uiText("vault-empty"), direction))
            column.addView(Views.button(context, app.uiText("android-vault-add-document")) { host.push(EditDocumentScreen(null)) })
            if (app.vaultHasPin()) {
                // With a PIN, locking means something: the next opening asks for it.
                column.addView(
                    Views.button(context, app.uiText("android-vault-lock")) {
                        app.lockVault()
                        host.back()
                    },
                )
            }
        }
    }
}
