package org.huquq.android.screens.vault

import android.view.View
import org.huquq.android.nav.Routes
import org.huquq.android.ui.Host
import org.huquq.android.ui.Screen

/**
 * The way into the vault from Home. Creating the vault, the PIN and the phone's key are the
 * guard's job (see [VaultGuard]), so that every vault screen can lock and reopen the same way;
 * once open, this is the list of documents.
 */
class VaultGateScreen : Screen {
    override val route: String get() = Routes.of("vault")

    private val list = VaultListScreen()

    override val secure: Boolean get() = true

    override fun build(host: Host): View = list.build(host)

    override fun onLeave() = list.onLeave()
}
